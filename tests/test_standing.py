"""A quoted passage never opens on a pronoun without the person it stands for (issue 12, class 3): a unit cut from its
chunk alone reaches back into its article for the sentences it leans on (invented articles throughout)."""

from __future__ import annotations

from answer.evidence import Sentence
from answer.standing import standing, standing_all
from index.articles import parse_article
from index.chunks import Chunker
from index.models import embed_model_dir, load_tokenizer
from newsqa.settings import Settings
from tests.helpers import engine_over

TEXT = (
    "Harbour vote delayed\n\n"
    "The council met on Monday. Mayor Ana Ruiz said the harbour plan needs more study. "
    "She asked the port director for a new report. "
    "Another issue, she said, is whether the fishing fleet can stay in the old harbour. "
    "The vote is now expected in June."
)


def _sentence(text: str, piece: str, before: str = "") -> Sentence:
    start = text.index(piece)
    return Sentence(
        source="a.txt", title="t", start=start, end=start + len(piece), text=piece, score=1.0, coverage=1.0,
        dense=1.0, terms=frozenset(), before=before,
    )  # fmt: skip


def test_a_passage_that_leans_on_sentences_before_it_is_quoted_from_the_one_that_names_whom_it_speaks_of():
    s = standing(
        _sentence(TEXT, "Another issue, she said, is whether the fishing fleet can stay in the old harbour."), TEXT
    )
    assert s.text.startswith("Mayor Ana Ruiz said")  # back over "She asked ..." to the sentence that names her
    assert TEXT[s.start : s.end] == s.text  # still an exact span of the article
    assert s.text.endswith("old harbour.")


def test_a_passage_that_stands_alone_or_was_cut_from_another_version_is_left_as_it_is():
    alone = _sentence(TEXT, "The vote is now expected in June.")
    assert standing(alone, TEXT) == alone
    leaning = _sentence(TEXT, "She asked the port director for a new report.")
    assert standing(leaning, TEXT.replace("Monday", "Tuesday")) == leaning  # offsets of another version
    assert standing(leaning, None) == leaning


def test_passages_that_reach_back_over_one_already_quoted_are_quoted_once():
    named = _sentence(TEXT, "Mayor Ana Ruiz said the harbour plan needs more study.")
    leaning = _sentence(TEXT, "She asked the port director for a new report.")
    got = standing_all([leaning, named], lambda source: TEXT)
    assert [s.text for s in got] == [
        "Mayor Ana Ruiz said the harbour plan needs more study. She asked the port director for a new report."
    ]


def test_a_passage_that_reaches_back_over_one_quoted_before_it_is_quoted_with_it_and_loses_no_words():
    """The passage quoted first stands alone; the one after it reaches back over it: the two are one quote, in the
    first one's place, and the later one's words are not dropped."""
    named = _sentence(TEXT, "Mayor Ana Ruiz said the harbour plan needs more study.")
    later = _sentence(TEXT, "Another issue, she said, is whether the fishing fleet can stay in the old harbour.")
    vote = _sentence(TEXT, "The vote is now expected in June.")
    got = standing_all([named, vote, later], lambda source: TEXT)
    assert [s.text for s in got] == [TEXT[named.start : later.end], vote.text]
    assert got[0].start == named.start and got[0].end == later.end


ARTICLE = (
    "Port strike ends after talks\n\n"
    "Dock workers returned to work on Friday after a week-long strike closed the port of Valmora. "
    "The union and the port authority met for nine hours at the town hall. "
    "Union leader Marta Kowal told reporters that the deal keeps every job at the port. "
    "She added that night shifts will be paid a third more from next month. "
    "She called on the port authority to publish the safety review it promised in March. "
    "The port authority said ships would be unloaded again from Saturday morning. "
    "Shipping firms had diverted more than forty vessels to other ports during the strike."
)


def test_an_answer_quoting_a_sentence_that_opens_its_chunk_on_a_pronoun_names_the_person(tmp_path):
    chunker = Chunker(40, 0, load_tokenizer(embed_model_dir(Settings(_env_file=None).embed_model_path)))
    chunks = chunker.chunk_article(parse_article("port.txt", ARTICLE), set())
    assert any(c.text.startswith("She called on") for c in chunks)  # the premise: a chunk opens on "She"
    engine = engine_over(tmp_path, {"port.txt": ARTICLE}, chunk_size=40, chunk_overlap=0)
    answer = engine.ask("What did Marta Kowal call on the port authority to publish?", mode="extractive")
    assert answer.answered
    quote = next(c.quote for c in answer.citations if "safety review" in c.quote)
    assert "Marta Kowal" in quote and not quote.startswith("She")
    cited = next(c for c in answer.citations if c.quote == quote)
    assert ARTICLE[cited.start : cited.end] == quote
