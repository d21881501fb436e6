"""How a chunk is cut into evidence units: a sentence that leans on the one before carries it along."""

from __future__ import annotations

import re

from index.chunks import sentence_spans, sentences
from index.units import units_of


def cut(text: str):
    spans = [(m.start(), m.end()) for m in re.finditer(r"[^.]+\.", text)]
    spans = [(a + len(text[a:b]) - len(text[a:b].lstrip()), b) for a, b in spans]
    return units_of(text, 0, spans)


def test_a_sentence_opened_by_a_connective_or_a_phrase_before_a_pronoun_carries_the_sentence_before_it():
    text = (
        "The summit in Istanbul was marked by the absence of the president. Instead, he sent a delegation. "
        "The talks lasted two hours. In a statement, she said the talks were useful. Prisoners were exchanged."
    )
    units = cut(text)
    assert [u.continues for u in units] == [False, True, False, True, False]
    assert (
        units[1].text
        == "The summit in Istanbul was marked by the absence of the president. Instead, he sent a delegation."
    )
    assert units[3].text.startswith("The talks lasted two hours.")
    assert units[4].text == "Prisoners were exchanged."


def test_a_sentence_that_names_its_subject_stands_alone():
    """A comma after a name or a long clause is no sign the sentence leans on the one before."""
    text = (
        "Talks were held in Istanbul. Trump, for his part, dangled incentives. "
        "Although the meeting lasted less than two hours and failed, it agreed on an exchange."
    )
    units = cut(text)
    assert [u.continues for u in units] == [False, False, False]
    assert [u.text for u in units] == [u.sentence for u in units]


def test_sentences_leaning_on_each_other_are_cited_back_to_the_one_that_names_their_subject():
    text = (
        "The Kremlin spokesman spoke on Friday. He noted a need for controls. Another issue, he said, is mobilisation."
    )
    units = cut(text)
    assert units[2].text == text  # not "He noted ... Another issue, he said, ...": who "he" is stays in the unit
    assert units[1].text == "The Kremlin spokesman spoke on Friday. He noted a need for controls."


def test_a_connective_sentence_is_not_joined_to_one_that_leans_on_what_the_chunk_does_not_hold():
    units = cut("He noted a need for controls. Another issue, he said, is mobilisation.")
    assert units[1].text == "Another issue, he said, is mobilisation." and not units[1].continues


def test_a_quote_whose_speaker_is_a_pronoun_carries_the_sentence_that_names_the_speaker():
    text = (
        "Trump indicated he was willing to speak to Putin. 'I would love to meet with him,' he said. "
        "Nearly a million people have died. “We will win,” Zelensky said."
    )
    units = cut(text)
    assert [u.continues for u in units] == [False, True, False, False]
    assert (
        units[1].text == "Trump indicated he was willing to speak to Putin. 'I would love to meet with him,' he said."
    )
    assert units[3].text == units[3].sentence  # the speaker is named in the sentence
    # the sentence before names no one either: joined, both would be cited leaning on nothing
    leaning = cut("He spoke on Friday. “We are ready,” he added.")
    assert not leaning[1].continues and leaning[1].text == leaning[1].sentence


def test_a_sentence_after_a_closed_quote_is_not_an_attribution_of_it():
    # the splitter may keep a closed quote and the next sentence together: "He added that ..." opens a claim of its own
    first = "“We just spent two hours talking,” Trump said."
    second = "“What a shame it ever started.”\nHe added that the Vatican had offered to host the talks in Istanbul."
    text = f"{first} {second}"
    units = units_of(text, 0, [(0, len(first)), (len(first) + 1, len(text))])
    assert not units[1].continues and units[1].text == second


def test_a_quote_that_goes_on_with_a_connective_carries_the_words_and_the_speaker_before_it():
    """“But ...” goes on the quote before it: cited alone it would give no speaker and no place."""
    text = (
        "Later, speaking from the harbour office, Brand described the deal as fragile. “Egos are involved,” he said. "
        "“But I think the ferries will sail”. The strike had lasted a week."
    )
    units = cut(text)
    assert [u.continues for u in units] == [False, True, True, False]
    assert units[2].text.startswith("Later, speaking from the harbour office, Brand")
    assert units[3].text == "The strike had lasted a week."


def test_a_title_before_a_name_does_not_end_a_sentence():
    """The sentence tokenizer ends a sentence after "Dr." or "Lt."; such a fragment would stand as a unit of its own
    ("... best known for her portrayal of Lt.") and push out the whole sentence."""
    text = (
        "Actress Nichelle Nichols, best known for her portrayal of Lt. Nyota Uhura, has died. "
        "The decision was signed by CDC Director Dr. Rochelle Walensky on Saturday.\n"
        "Buses were sent by Texas Gov. Greg Abbott. The talks ended in the U.S. Delegates left."
    )
    found = sentences(text)
    assert found == [
        "Actress Nichelle Nichols, best known for her portrayal of Lt. Nyota Uhura, has died.",
        "The decision was signed by CDC Director Dr. Rochelle Walensky on Saturday.",
        "Buses were sent by Texas Gov. Greg Abbott.",
        "The talks ended in the U.S.",
        "Delegates left.",
    ]
    spans = sentence_spans(text)
    assert all(not any(u.text.rstrip().endswith(t) for t in ("Lt.", "Dr.", "Gov.")) for u in units_of(text, 0, spans))
