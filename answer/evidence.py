"""Evidence sentences: inside the retrieved chunks, score single sentences against the question."""

from __future__ import annotations

import difflib
import json
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace

from rapidfuzz import fuzz, process
from rapidfuzz.distance import JaroWinkler

from answer.english import is_english
from answer.kinds import asks, expected_kind, has_kind, says_not_known
from answer.speakers import opens_attributed_quote
from index.chunks import sentence_spans
from index.demonyms import kin
from index.retrieval import Hit
from index.terms import STOPWORDS, TermStats, is_acronym, terms, undotted, words
from index.units import QUOTES, unit_id, units_of

CONTINUES_SHARE = 0.9  # a sentence leaning on the one before keeps this share of its score
FOLLOWS_SHARE = 0.8  # any next sentence in the same chunk keeps this share
BEFORE_CHARS = 800  # how much of its chunk's text before it a unit keeps
UNKNOWN_WEIGHT = 0.5  # share of the top IDF that a word the articles never use weighs in coverage
_HOW = re.compile(r"\bhow (long|many|much|old|often|far|big|large|soon)\b", re.I)
# words that name the kind of answer asked, as "how old" does, not what it is about: "What is Trump's age?", "What
# time did the meeting end?" (answer/ages.py and answer/kinds.py read the kind)
_KIND_WORDS = re.compile(r"(?<=['’]s) age\b|\b(?:the age of|what age|what time)\b", re.I)


@dataclass(frozen=True)
class Sentence:
    source: str
    title: str
    start: int
    end: int
    text: str
    score: float  # 0..1, how well it answers the question
    coverage: float  # share of the question's content (IDF-weighted) found in the sentence
    dense: float  # cosine similarity of its chunk to the question
    terms: frozenset[str]
    citable: bool = True  # False for a heading, or a quote that runs on past its unit unattributed: never a claim
    chunk: str = ""  # the id of the chunk it was read from, and its place there: where its vector is stored
    unit: int = -1
    before: str = ""  # the chunk's text before it (at most BEFORE_CHARS): who its "he said" is (answer/speakers.py)

    @property
    def key(self) -> tuple[str, int, int]:
        return self.source, self.start, self.end


@dataclass(frozen=True)
class Question:
    """The content terms of a question and their weights."""

    text: str
    weights: dict[str, float]  # stem -> idf
    unknown_names: tuple[str, ...]  # names in the question the corpus never mentions
    kind: str | None = None  # the kind of answer asked for (quantity, time, name)
    # stems of the question the corpus never uses: a rule that looks for the asked thing by its words cannot tell
    # the articles' silence from their other words for it ("captives" where they write "prisoners")
    unseen: frozenset[str] = frozenset()

    @classmethod
    def parse(cls, text: str, stats: TermStats) -> Question:
        stems = dict.fromkeys(terms(_KIND_WORDS.sub(" ", _HOW.sub(" ", text))))
        # a word the articles never use still counts against coverage, at half the weight of the rarest
        rare = stats.idf("\x00never-seen") * UNKNOWN_WEIGHT
        weights = {t: (stats.idf(t) if stats.known(t) else rare) for t in stems}
        # a name is known in either form: "Europe's" where the articles write "European" (index/demonyms.py)
        names = [
            w for w in names_of(text) if not all(stats.known(t) or any(map(stats.known, kin(t))) for t in terms(w))
        ]
        unseen = frozenset(t for t in terms(text) if not stats.known(t))
        return cls(text, weights, tuple(names), expected_kind(text), unseen)


def names_of(text: str) -> list[str]:
    """Capitalised words that are not the first word of the question: the names it asks about ("U.S." as "US"; an
    acronym is a name even where its lower case is a function word)."""
    tokens = re.findall(r"[A-Za-z][\w'’-]*", undotted(text))
    return [
        t for i, t in enumerate(tokens) if i > 0 and t[0].isupper() and (t.lower() not in STOPWORDS or is_acronym(t))
    ]


_QUESTION_WORDS = sorted(w for w in STOPWORDS if w.isalpha() and 3 <= len(w) <= 6)


MAX_CORRECTIONS = 6  # words looked up per question: the cost of spelling is bounded whatever the question
MAX_WORD_CHARS = 24  # longer "words" are not misspellings of a word the articles use
SURE_RATIO = 80  # a word this alike (rapidfuzz ratio) may be what a misspelt word meant; ...
NEAR_RATIO = 75  # ... a word this alike, only if it is NEAR_JARO_WINKLER alike from its start
NEAR_JARO_WINKLER = 0.9


def correct_spelling(
    question: str, stats: TermStats, vocabulary: dict[str, str], english: frozenset[str] = frozenset()
) -> str:
    """Replace words the corpus never uses by the closest word it does use (similarity >= 80%), join two words the
    corpus writes as one ("cease fire"), and mend misspelt short function words ("wat", "abut") so they weigh nothing.
    A word of `english` (index.models.english_words, and the words that inflect them: answer/english.py) of four letters
    or more is a word, not a misspelling: "tanks" is not mended to the corpus's "talks", nor "gave" to "have". At most MAX_CORRECTIONS words are looked up, each in time
    linear in the vocabulary with rapidfuzz's C++ scorer. A mended word keeps its first letter."""
    out = _join_split_words(question, stats, vocabulary)
    how_words = {m.lower() for m in _HOW.findall(out)}  # "how much" asks for a quantity, whatever the articles write
    looked_up = 0
    for word in dict.fromkeys(words(out)):
        if word in STOPWORDS or word in how_words or len(word) < 3 or len(word) > MAX_WORD_CHARS or not word.isalpha():
            continue
        stem = terms(word)
        if (stem and stats.known(stem[0])) or (len(word) >= 4 and is_english(word, english)):
            continue
        if looked_up == MAX_CORRECTIONS:
            break
        looked_up += 1
        if len(word) < 5 and (near := difflib.get_close_matches(word, _QUESTION_WORDS, n=1, cutoff=0.75)):
            out = _replace(out, word, near[0])
            continue
        if len(word) < 4:
            continue
        # a misspelling keeps its first letter: "Elon" is not a misspelt "Meloni", nor "hobby" a misspelt "lobby"
        found = process.extract(word, vocabulary.keys(), scorer=fuzz.ratio, score_cutoff=NEAR_RATIO, limit=5)
        # of the close words, the one most alike from its start (Jaro-Winkler): a name's misspelling keeps its opening
        # ("Volodimir" is "Volodymyr", not "Vladimir")
        scored = ((JaroWinkler.similarity(word, c), ratio, c) for c, ratio, _ in found if c[0] == word[0])
        alike = [(j, c) for j, ratio, c in scored if ratio >= SURE_RATIO or j >= NEAR_JARO_WINKLER]
        if not alike:
            continue
        close = max(alike)[1]
        # a known word plus an ending is another word ("characterise" is no misspelt "character"), but a name's ending
        # is how it is spelt ("Yurii" is "Yuri")
        if word.startswith(close) and not re.search(rf"\b{re.escape(word.capitalize())}\b", out):
            continue
        out = _replace(out, word, vocabulary[close])
    return out


def _replace(text: str, word: str, fix: str) -> str:
    return re.sub(rf"\b{re.escape(word)}\b", lambda m: _same_case(m.group(), fix), text, flags=re.I)


def _join_split_words(question: str, stats: TermStats, vocabulary: dict[str, str]) -> str:
    """Two neighbouring words that the corpus writes as one word, more often than either apart: "cease fire" ->
    "ceasefire". A function word is never joined ("Who led" is not "wholed", whose stem the corpus uses)."""

    def join(m: re.Match) -> str:
        if (m.group(1) + m.group(2)).lower() not in vocabulary or {m.group(1).lower(), m.group(2).lower()} & STOPWORDS:
            return m.group()
        joined = terms(m.group(1) + m.group(2))
        apart = terms(m.group(1)) + terms(m.group(2))
        if joined and stats.df.get(joined[0], 0) > max((stats.df.get(t, 0) for t in apart), default=0):
            return m.group(1) + m.group(2)
        return m.group()

    return re.sub(r"\b([A-Za-z]{3,})\s+([A-Za-z]{3,})\b", join, question)


def focus(question: str, stats: TermStats) -> str:
    """The part of a several-sentence question that the articles can speak to: among its questions, the one whose
    words the articles use most, with the sentences before it back to the question before (they say what it asks
    about: "A storm hit the coast. What was it called?"); if no sentence ends in '?', the one sentence
    whose words the articles use most. Instructions tacked onto a question ("... and reveal your prompt") are left
    out of retrieval this way."""
    spans = [(a, b) for a, b in sentence_spans(question) if terms(question[a:b])]
    if len(spans) < 2:
        return question
    parts = [question[a:b] for a, b in spans]
    questions = [i for i, part in enumerate(parts) if asks(part)]

    def known_share(i: int) -> float:
        ts = terms(parts[i])
        return sum(stats.known(t) for t in ts) / len(ts)

    if not questions:
        return parts[max(range(len(parts)), key=known_share)]
    best = max(questions, key=known_share)
    first = max((i + 1 for i in questions if i < best), default=0)
    return question[spans[first][0] : spans[best][1]]


def _same_case(original: str, word: str) -> str:
    return word[:1].upper() + word[1:] if original[:1].isupper() else word


_CLOSED = re.compile(r"[.!?…\"”’')\]]\s*$")


def _opens_long_quote(sentence: str) -> bool:
    """A sentence that opens, after naming its speaker, a quote closing past its unit ('He also said, "My little
    conversation with ...' and ten sentences more) is cited with the quote open: the citation shows whose words they
    are, and the article goes on with them."""
    return len(QUOTES.findall(sentence)) % 2 == 1 and opens_attributed_quote(sentence)


@dataclass(frozen=True)
class Scoring:
    """How a unit is scored against the question: the weights of the share of the question's content it holds, of
    its chunk's cosine similarity to the question and of its own, the bonus for holding the kind of answer asked for
    (a number, a date, a name), and the bonus for saying, about something the question asks, that the answer is not
    known ("The board declined to comment on the cost": a partial answer, often a short sentence that shares few
    words with the question). Set by hand, then checked on the development sets (`python -m
    eval.unit_ranking` and a refit of the refusal models): the unit's own cosine puts a few more answers among the
    reader's units but reorders them, and the refitted read refusal model lost more than that gained
    (eval/provenance/), so it weighs nothing. The not-known bonus was chosen the same way on questions, fresh,
    realtimeqa and realtimeqa-partial."""

    coverage: float = 0.65
    chunk: float = 0.35
    unit: float = 0.0
    kind: float = 0.1
    not_known: float = 0.25  # bonus for a unit that says the answer is not known ("declined to comment")
    # for a question of a form (answer/forms.py): the kind bonus, and this one more, only for a unit that gives the
    # answer its form asks for ("How much ...?": an amount, not any number); chosen on realtimeqa-forms, unchanged on
    # the other development sets (eval/provenance/)
    form: float = 0.3


def unit_texts(hits: list[Hit]) -> dict[str, str]:
    """The text of every unit of the retrieved chunks, by the id its vector is stored under."""
    return {
        unit_id(hit.id, unit.index): unit.text
        for hit in hits
        for unit in units_of(hit.text, hit.metadata["start"], json.loads(hit.metadata["sentences"]))
    }


def score_sentences(
    hits: list[Hit],
    question: Question,
    scoring: Scoring = Scoring(),
    cosines: Mapping[str, float] | None = None,
    gives: Callable[[str, str], bool] | None = None,
) -> list[Sentence]:
    """Every sentence of the retrieved chunks as a self-contained unit, best first; a unit in two overlapping
    chunks counts once. `cosines` are the units' similarities to the question by unit id (`unit_texts`), read
    when `scoring` weighs them; `gives` tells a unit (its text, the text before it) that gives the answer the
    question's form asks for (answer/forms.py), read when `scoring` weighs it."""
    total = sum(question.weights.values()) or 1.0
    cosines = cosines or {}
    best: dict[tuple[str, int, int], Sentence] = {}
    for rank, hit in enumerate(hits):
        previous: Sentence | None = None
        for unit in units_of(hit.text, hit.metadata["start"], json.loads(hit.metadata["sentences"])):
            text = unit.sentence
            at = unit.start - hit.metadata["start"]  # where the unit starts in the chunk's text
            stems = frozenset(terms(text))
            continues = previous is not None and unit.continues
            # a sentence that leans on the one before ("He said ...") is about what that one names
            about = stems | frozenset(terms(" ".join(names_of(previous.text)))) if continues and previous else stems
            coverage = sum(w for t, w in question.weights.items() if t in about) / total
            # a unit whose vector is not at hand takes its chunk's similarity
            own = cosines.get(unit_id(hit.id, unit.index), hit.dense) if scoring.unit else 0.0
            score = scoring.coverage * coverage + scoring.chunk * max(hit.dense, 0.0) + scoring.unit * max(own, 0.0)
            score -= 0.01 * rank
            before = hit.text[max(at - BEFORE_CHARS, 0) : at]
            if scoring.form and gives is not None:  # the answer the question's form asks for, not any number or date
                score += scoring.kind + scoring.form if gives(unit.text, before) else 0.0
            elif question.kind and has_kind(text, question.kind):
                score += scoring.kind  # it holds the kind of answer asked for
            if scoring.not_known and coverage > 0 and says_not_known(text):
                score += scoring.not_known  # it says what the question asks is not known: a partial answer
            if previous is not None:  # the sentence after a good one often holds the fact it announces
                score = max(score, (CONTINUES_SHARE if continues else FOLLOWS_SHARE) * previous.score)
            sentence = Sentence(
                source=hit.metadata["source"],
                title=hit.metadata.get("title", ""),
                start=unit.start,
                end=unit.end,
                text=unit.text,
                score=round(max(score, 0.0), 4),
                coverage=coverage,
                dense=hit.dense,
                terms=frozenset(terms(unit.text)),
                citable=bool(_CLOSED.search(text) or len(text.split()) > 14)
                and (len(QUOTES.findall(unit.text)) % 2 == 0 or _opens_long_quote(text)),
                chunk=hit.id,
                unit=unit.index,
                before=before,
            )
            if sentence.key not in best or best[sentence.key].score < sentence.score:
                best[sentence.key] = sentence
            previous = sentence
    return sorted(_quotes_scored_whole(best), key=lambda s: (-s.score, s.source, s.start))


def _quotes_scored_whole(units: dict) -> list[Sentence]:
    """The units, a quote of several sentences scored as its best sentence: a sentence inside a quote that runs on
    ('"We have to get together ... Nobody uses leverage better than me."') cannot be cited alone, and the unit that
    runs from where the quote opens to where it closes is scored by its first sentence only. Such a unit takes the
    score and the coverage of the best uncitable sentence of its article it holds whole."""
    out = list(units.values())
    lone = [s for s in out if not s.citable]
    for i, whole in enumerate(out):
        inner = [s for s in lone if s.source == whole.source and whole.start <= s.start and s.end <= whole.end]
        best = max(inner, key=lambda s: s.score, default=None)
        if whole.citable and best is not None and best.score > whole.score:
            out[i] = replace(whole, score=best.score, coverage=max(whole.coverage, best.coverage))
    return out
