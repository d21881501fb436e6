"""The direct answer of a reader's reply, as eval/lead_recall.py reads it."""

from __future__ import annotations

from eval.lead_recall import lead_of


def test_the_direct_answer_is_the_text_before_the_first_citation_without_its_label():
    assert lead_of("Istanbul [1]. The talks were held in Istanbul. [1]") == "Istanbul"
    assert lead_of("As of 12 Jul 2022 (CNN): 20 years [1]. The mission ... [1]") == "20 years"
    assert lead_of("CNN, 27 Jun 2022: Covid-19 [1]. The White House ... [1]") == "Covid-19"
    assert lead_of("A ceasefire: 30 days [1]. ...") == "A ceasefire: 30 days"  # no date: a colon is the answer's own
