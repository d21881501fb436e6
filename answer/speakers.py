"""Who said it: the speaker a question asks about ("What did Vance say about the talks?"), and the speaker a news
sentence gives its words to ("..., Vance said.", or "he said" after a sentence that named him).

A quote answers "What did X say?" only if the article gives it to X: "Crimea will stay with Russia" is not what Vance
said when the sentence goes on "Trump noted". And "What did X say about Y?" is answered only where X's words, or the
passage they stand in, speak of Y: the articles report what Vance said about the talks, not what he said about Crimea.
The speaker of a sentence is the name its speech verb attributes the words to; a sentence with no named speaker
("“We want outcomes.”", "he said") takes the last name that speaks or opens a sentence before it, at most LOOK_BACK
sentences back. When no speaker is found, nobody is ruled out.
"""

from __future__ import annotations

import re
from functools import lru_cache

from rapidfuzz import fuzz

from answer.kinds import asking
from index.chunks import sentences
from index.names import FullNames
from index.terms import STOPWORDS, terms

LOOK_BACK = 5  # sentences before a unit searched for the speaker its "he said" or bare quote belongs to
TOPIC_SHARE = 0.3  # share of an asked topic's weight a quote's passage holds (chosen on the development sets)
# a unit this similar to the asked topic (cosine of their embeddings) speaks of it in other words: "more than open to
# walking away" of "willingness to abandon the peace effort" (chosen on the development sets: eval/provenance/)
TOPIC_SIMILARITY = 0.30
NAME_SIMILARITY = 80  # the same name at this rapidfuzz ratio ("Zelenski"), the spelling check's (answer/evidence.py)

SPEECH = (
    r"(?:say|says|said|saying|tell|tells|told|write|writes|wrote|add|adds|added|note|notes|noted|post|posts|posted|"
    r"state|states|stated|declare|declared|warn|warns|warned|claim|claims|claimed|argue|argued|insist|insisted|"
    r"explain|explained|announce|announced|tweet|tweeted|reply|replied|respond|responded|describe|described|"
    r"call|calls|called|reveal|revealed|suggest|suggested|urge|urged|vow|vowed|indicate|indicated|promise|promised|"
    r"conclude|concludes|concluded|comment|comments|commented|mention|mentions|mentioned|admit|admits|admitted|"
    r"acknowledge|acknowledges|acknowledged|predict|predicts|predicted|assert|asserts|asserted|stress|stresses|"
    r"stressed|emphasise|emphasises|emphasised|emphasize|emphasizes|emphasized)"
)
_NAME = r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’.-]+)*"
NAMES = re.compile(_NAME)  # runs of capitalised words: the names a text gives
# "Vance said", "Vance, the vice president, said", "said Vance", "according to Vance"
_NAMED = re.compile(
    rf"(?P<a>{_NAME})(?:,[^,.“”\"‘’]{{1,80}},|,)?\s+(?:\w+ly\s+|also\s+|has\s+|had\s+|later\s+)?{SPEECH}\b"
    rf"|\b(?:said|says|wrote|added|noted|asked),?\s+(?P<b>{_NAME})|\b[Aa]ccording to (?:(?:[A-Z][a-z]+|the|a|an)\s+)?(?:[a-z][\w'’-]*\s+){{0,3}}?(?P<c>{_NAME})"
)
# the subject that opens a sentence: "Putin raised eyebrows ..." (what a later "he said" refers back to); not the
# first word of a quote ("“Big egos involved,” he said.": the speaker is further back)
_SUBJECT = re.compile(
    rf"^[^\w“”\"‘’']*(?:(?:But|And|Meanwhile|Later|Earlier|Then),?\s+)?(?![A-Z][a-z]+ing\b|[A-Z][a-z]+ly,)(?P<a>{_NAME})"
)
# a name as a question asks it, with the lower-case particles some names hold ("Ursula von der Leyen", "Ben de Vries")
_PARTICLES = r"(?:von|van|der|den|de|da|di|du|del|della|la|le|al|bin|ibn|el|ter|ten|dos|das)"
_ASKED_NAME = rf"[A-Z][\w'’-]+(?:\s+(?:{_PARTICLES}\s+)*[A-Z][\w'’.-]+)*"


def asked_name(group: str) -> str:
    """A pattern for a name as a question asks it, capitalised even in a pattern that ignores case, as the group
    `group`."""
    return rf"(?P<{group}>(?-i:{_ASKED_NAME}))"


_ASKS = re.compile(rf"\bwhat (?:did|does|do|has|have|will|would|had) {asked_name('name')} (?:\w+ )?{SPEECH}\b", re.I)
# a follow-up that asks it of "he" or "she", with the names the conversation carried after it in brackets
# (answer/conversation.py rewrite): "What did he say about the minerals deal? (Dmitry Peskov)"
_ASKS_PRONOUN = re.compile(rf"\bwhat (?:did|does|has|will|would|had) (?:he|she) (?:\w+ )?{SPEECH}\b", re.I)
_CARRIED = re.compile(r"\(([^()]+)\)\s*$")
# a quote its sentence opens after saying whose it is: 'He also said, "...', 'Trump told reporters: "...'
_OPENS_QUOTE = re.compile(rf"\b{SPEECH}\b(?:\s+[\w’'-]+){{0,4}}?\s*[,:]\s*[\"“]|\b{SPEECH}\s+[\"“]")
# "... say about the minerals deal?": what the asked words are about
_ABOUT = re.compile(r"\b(?:about|regarding|concerning)\s+(?P<topic>[^?]+)", re.I)
# words of a name that tell nobody apart: titles, sentence openers and determiners, days
_TITLES = (
    "president vice prime minister foreign secretary mr mrs ms dr sen senator rep gov governor general chancellor "
    "king queen pope mayor councillor councilor spokesman spokeswoman spokesperson envoy ambassador adviser advisor "
    "speaker leader chief director commissioner judge justice attorney deputy assistant officer premier prince "
    "princess duke lord lady sir dame cardinal archbishop bishop father rabbi sheikh emir crown defense defence "
    "interior finance health state trade economy energy treasury press special"
)
_OPENERS = "later meanwhile every each some many most several few both another despite although though amid unlike"
_DAYS = "monday tuesday wednesday thursday friday saturday sunday today yesterday"
_NOT_NAMES = frozenset(" ".join((_TITLES, _OPENERS, _DAYS)).split())


@lru_cache(maxsize=256)
def asked_speaker(question: str) -> str | None:
    """The person whose words the question asks for: "Vance" in "What did JD Vance say about the talks?", and in a
    follow-up "What did he say? (JD Vance)". Cached: the refusal signals and the reader's check both ask it of the
    same question in a turn."""
    found = _ASKS.search(asking(question))
    if found and found.group("name")[0].isupper():
        return found.group("name")
    carried = _CARRIED.search(question)
    if carried and _ASKS_PRONOUN.search(asking(question)):  # "he" is the first name the conversation carried
        first = carried.group(1).split(",")[0].strip()
        return first if first[:1].isupper() and _words(first) else None
    return None


@lru_cache(maxsize=256)
def asked_topic(question: str) -> str | None:
    """What the asked person's words are to be about: "the minerals deal" in "What did Peskov say about the minerals
    deal?"; None when the question names no topic."""
    speaker = asked_speaker(question)
    found = _ABOUT.search(asking(question).split(speaker, 1)[-1]) if speaker else None
    return found.group("topic").strip() if found and terms(found.group("topic")) else None


def opens_attributed_quote(sentence: str) -> bool:
    """Whether a sentence opens a quote right after the words that give it to its speaker: such a quote can be cited
    from its first sentences though it closes further on, since whose words they are is in the citation."""
    first = re.search(r"[\"“]", sentence)
    return first is not None and _OPENS_QUOTE.search(sentence[: first.end()]) is not None


def speakers(unit: str, before: str = "") -> list[str]:
    """The names the unit gives words to (a quote inside a quote has two speakers); without one, the subject of its
    own last sentence that opens with a name, else the last name that speaks or opens a sentence in the LOOK_BACK
    sentences before it ("Putin raised eyebrows ... He told reporters ..."). Empty when none does."""
    own = _named(unit)
    if own:
        return own
    back = sentences(before)[-LOOK_BACK:]
    for sentence in [*reversed(sentences(unit)), *reversed(back)]:
        if named := _named(sentence):
            return named[-1:]
        if (subject := _SUBJECT.match(sentence)) and _words(subject.group("a")):
            return [subject.group("a")]
    return []


def said_by(asked: str | None, unit: str, before: str = "") -> bool:
    """Whether the unit's words may be the asked person's: False only when the article gives them to someone else."""
    if asked is None:
        return True
    found = speakers(unit, before)
    return not found or any(same_person(asked, who) for who in found)


def quoted(
    asked: str,
    units: list[tuple[str, str]],
    topic: str | None = None,
    names: FullNames | None = None,
    weights: dict[str, float] | None = None,
    similar: list[float] | None = None,
) -> bool:
    """Whether any of the units, each (text, the text before it), gives words to the asked person, in a passage that
    speaks of `topic` (`asked_topic`; the person's own name aside) if one is given: when none does, the articles do
    not say what they said ("What did Merz say?" over a list of leaders Merz is one of), or not about that ("What did
    Vance say about Crimea?" where Vance speaks of the talks only). The passage (the unit and the text before it) speaks
    of the topic when it holds TOPIC_SHARE of its words as `weights` (stem -> IDF) weigh them, any one word without
    weights: "Putin, the war criminal" is not spoken of where only "the war" is; a unit that names everyone the topic
    names speaks of it, and so does a unit whose embedding is TOPIC_SIMILARITY similar to the topic's (`similar`, one
    cosine per unit), whatever words it uses. A bare family name speaking is the asked person as `may_be` reads it
    with the corpus's `names`."""
    about = {t for t in terms(topic) if not same_person(asked, t)} if topic else set()
    weigh = {t: (weights or {}).get(t, 1.0) for t in about}
    named = {t for n in NAMES.findall(topic or "") for t in terms(n)} & about

    def speaks_of(text: str, before: str) -> bool:
        if not about:
            return True
        held = about & set(terms(f"{before} {text}"))
        if not weights:
            return bool(held)
        if named and named <= set(terms(text)):  # the words themselves name whom the topic names
            return True
        return sum(weigh[t] for t in held) >= TOPIC_SHARE * sum(weigh.values())

    def near(i: int) -> bool:
        return similar is not None and similar[i] >= TOPIC_SIMILARITY

    return any(
        may_be(asked, who, f"{before} {text}", names) and (speaks_of(text, before) or near(i))
        for i, (text, before) in enumerate(units)
        for who in speakers(text, before)
    )


def may_be(asked: str, who: str, passage: str, names: FullNames | None = None) -> bool:
    """Whether `who`, a speaker of the passage, may be the asked person. A bare family name ("Trump said") is the
    person the corpus names most with it ("Donald Trump"), unless the passage itself names the asked person: it is
    "Melania Trump" only next to her name, or where the corpus names no other Trump more often."""
    if not same_person(asked, who):
        return False
    given = _given(asked)
    if names is None or given is None or _given(who) is not None:
        return True
    if re.search(rf"\b{re.escape(given[0])}\b", passage, re.I):
        return True
    usual = _usual_given(given[1], names)
    return usual is None or _alike(usual, given[0])


def _usual_given(family: str, names: FullNames) -> str | None:
    """The given name the corpus writes most before `family` (titles aside): "donald" for "trump"."""
    counts = names.words_before(family)
    return next((word for word, _ in counts.most_common() if _tells_apart(word)), None)


def same_person(a: str, b: str) -> bool:
    """Two names share a word that is not a title, spelling slips aside ("JD Vance", "Vice President Vance"), and are
    not two full names of one family: "Melania Trump" is not "Donald Trump" (though she may be the "Trump" of a text)."""
    left, right = _words(a), _words(b)
    if not any(_alike(x, y) for x in left for y in right):
        return False
    given = _given(a), _given(b)
    return None in given or not _alike(given[0][1], given[1][1]) or _alike(given[0][0], given[1][0])


def _alike(x: str, y: str) -> bool:
    return fuzz.ratio(x, y) >= NAME_SIMILARITY


def _given(name: str) -> tuple[str, str] | None:
    """The given name and family name of a name that has both (its last two capitalised words that are not titles):
    ("melania", "trump") for "Melania Trump"; None for "Trump" or "spokesman Peskov"."""
    words = [w for w in map(str.lower, re.findall(r"[A-Z][a-z'’-]+", name)) if _tells_apart(w)]
    return (words[-2], words[-1]) if len(words) >= 2 else None


def _words(name: str) -> list[str]:
    """The words of a name that tell people apart: no titles, no function words ("And Peskov", "It's"); none for a
    run of shouted words ("WILL END")."""
    if len(name.split()) > 1 and name.isupper():
        return []
    return [w for w in re.findall(r"[a-z]+", name.lower()) if _tells_apart(w)]


def _tells_apart(word: str) -> bool:
    """Whether a lower-case word of a name tells people apart: not a title, an opener or a function word."""
    return word not in _NOT_NAMES and word not in STOPWORDS and len(word) > 1


def _named(sentence: str) -> list[str]:
    """The named speakers of a sentence, in order (the attribution usually closes it)."""
    names = [m.group("a") or m.group("b") or m.group("c") for m in _NAMED.finditer(sentence)]
    return [n for n in names if _words(n)]
