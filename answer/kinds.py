"""The kind of answer a question asks for (a quantity, a time, a name), and whether a sentence holds one."""

from __future__ import annotations

import difflib
import re

from index.chunks import sentences
from index.terms import STOPWORDS, terms, words

_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
NUMBER_WORDS = set(
    [
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "twenty",
        "thirty",
        "forty",
        "fifty",
        "hundred",
        "thousand",
        "million",
        "billion",
        "half",
        "dozen",
        "dozens",
        "hundreds",
        "thousands",
        "millions",
        "billions",
        "trillion",
        "trillions",
    ]
)
_NUMBER_STEMS = frozenset(t for w in NUMBER_WORDS for t in terms(w))
_TIME_WORDS = set(
    [
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "today",
        "yesterday",
        "tomorrow",
        "week",
        "weeks",
        "month",
        "months",
        "year",
        "years",
        "day",
        "days",
        "hour",
        "hours",
        "minute",
        "minutes",
        "morning",
        "evening",
        "night",
    ]
)


def expected_kind(question: str) -> str | None:
    """The kind of answer the sentence that asks wants: in "A storm hit the coast. When did it make landfall?", the
    second."""
    q = asking(question).lower()
    if re.search(r"\bhow (many|much|long|old|often|far)\b|['’]s age\b|\b(the age of|what age)\b", q):
        return "quantity"
    if re.match(r"\s*when\b", q) or re.search(r"\bwhat (date|day|year|time)\b", q):
        return "time"
    if re.match(r"\s*who\b", q):
        return "name"
    return None


def only_time(phrase: str) -> bool:
    """Whether a phrase says nothing but a time or an amount ("in three years", "on Friday"): it does not answer
    "Where ...?"."""
    content = [w for w in words(phrase) if w not in STOPWORDS]
    return bool(content) and all(_NUMBER.fullmatch(w) or w in NUMBER_WORDS or w in _TIME_WORDS for w in content)


def asks_where(question: str) -> bool:
    """Whether the sentence that asks opens with "Where"."""
    return bool(re.match(r"\s*where\b", asking(question), re.I))


_YES_NO = re.compile(
    r"\s*(is|are|was|were|am|do|does|did|has|have|had|will|would|can|could|should|shall|may|might|must)"
    r"(n[’']t)?\b(?!.*\bor\b)",
    re.I,
)


def asks_yes_no(question: str) -> bool:
    """Whether the sentence that asks wants a yes or a no: it opens with an auxiliary verb ("Did the talks produce a
    ceasefire?") and offers no alternatives ("Is it Istanbul or Rome?" asks for one of them)."""
    return bool(_YES_NO.match(asking(question)))


COUNTED_WINDOW = 4  # words after a number in which the thing it counts is looked for
SAME_STEM_RATIO = 0.75  # difflib ratio at which a stem of the text is the question's, misspelt ("prisner", "prison")
_HOW_MANY = re.compile(r"\bhow many\s+([^?]*)", re.I)
# what may give a count in a text: a number, a number word, or "how many" itself ("unclear how many troops")
_COUNT = re.compile(rf"{_NUMBER.pattern}|\b(?:{'|'.join(sorted(NUMBER_WORDS))}|how many)\b", re.I)
_TIMES = re.compile(r"\b(?:once|twice|thrice)\b", re.I)  # a count of times in one word


def counted(question: str) -> list[str]:
    """The stems of what "How many ...?" counts (`counted_words`): "russian", "region" for "How many Russian regions
    did drones strike?"."""
    return terms(counted_words(question))


def counted_words(question: str) -> str:
    """What "How many ...?" counts: the content words right after "how many" ("russian regions" in "How many Russian
    regions did drones strike?"); none when a function word follows ("How many did they lose?")."""
    found = _HOW_MANY.search(asking(question))
    return _leading_content(found.group(1)) if found else ""


def counted_names(question: str) -> frozenset[str]:
    """The stems of what "How many ...?" counts that the question writes with a capital: the group it names ("russian"
    for "How many Russian troops ...?"; none for "How many baby swings ...?")."""
    found = _HOW_MANY.search(asking(question))
    if not found:
        return frozenset()
    written = re.findall(r"[\w'’.-]+", found.group(1))[: len(counted_words(question).split())]
    return frozenset(stem for w in written if w[:1].isupper() for stem in terms(w))


def counts(things: list[str], span: str, text: str, named: frozenset[str] = frozenset()) -> bool:
    """Whether the number `span` of `text` counts one of `things` (stems, see `counted`): one is in the span or among
    the COUNTED_WINDOW words after it, as written or misspelt in the question ("ten regions" does not count drones;
    "thousands of Ukrainian troops" counts troops). True when nothing is counted or the span is not in `text`."""
    at = text.find(span)
    if not things or at < 0:
        return True
    after = re.findall(r"[\w'’.-]+", text[at + len(span) :])[:COUNTED_WINDOW]
    # the number itself is never what it counts ("one" is no misspelt "drone")
    near = [t for t in terms(span) if not _numeral(t)] + terms(" ".join(after))
    found = [t for t in things if any(same_stem(t, n) for n in near)]
    if not found or (things[-1] not in found and _counts_another(things, found, after)):
        return False
    return not _other_group(things, after, named)


def _numeral(stem: str) -> bool:
    return _NUMBER.match(stem) is not None or stem in _NUMBER_STEMS


def same_stem(a: str, b: str) -> bool:
    return a == b or difflib.SequenceMatcher(None, a, b).ratio() >= SAME_STEM_RATIO


def _counts_another(things: list[str], found: list[str], after: list[str]) -> bool:
    """Whether the words after a number name what it counts, and that is none of `things`: only a word before the
    counted noun was `found`, and the word after it is another noun ("thousands of Ukrainian troops" does not count
    Ukrainian civilians), or is after a second word joined to it ("5,000 Russian and Ukrainian soldiers" counts
    soldiers, not Russian regions). A function word or the end of the window after it says nothing."""
    at = max((i for i, w in enumerate(after) if any(same_stem(t, n) for t in found for n in terms(w))), default=None)
    if at is None or at + 1 >= len(after):
        return False
    if after[at + 1].lower() in ("and", "or", "&") and at + 3 < len(after):
        at += 2  # "Russian and Ukrainian soldiers": the noun after both words is what they count
    following = terms(after[at + 1])
    return bool(following) and not any(same_stem(t, n) for t in things for n in following)


def _other_group(things: list[str], after: list[str], named: frozenset[str]) -> bool:
    """Whether the words after a number count another group of what is asked: "thousands of Ukrainian troops" to "How
    many Russian troops ...?". True when a capitalised word before the counted noun (the last of `things`) is none of
    the question's words, and a word the question writes with a capital before that noun (`named`) is not there: a
    brand before it ("2 million MamaRoo swings") names a kind of what "How many baby swings ...?" counts."""
    head = next((i for i, w in enumerate(after) if any(same_stem(things[-1], n) for n in terms(w))), None)
    if head is None or len(things) < 2:
        return False
    before = [n for w in after[:head] for n in terms(w)]
    # a short modifier is taken for an acronym, which the text may spell as an adjective ("US" troops, "American")
    missing = any(t in named and len(t) > 3 and not any(same_stem(t, n) for n in before) for t in things[:-1])
    foreign = any(w[0].isupper() and not any(same_stem(t, n) for t in things for n in terms(w)) for w in after[:head])
    return missing and foreign


def speaks_to_count(things: list[str], text: str, named: frozenset[str] = frozenset()) -> bool:
    """Whether `text` speaks to how many of `things` (stems, see `counted`) there are: a number in it counts one of
    them (`counts`; "twice" counts times), or it says how many of them in words of its own ("It is unclear how many
    security personnel ...", an answer that the number is not known). True when nothing is counted."""
    if not things or ("time" in things and _TIMES.search(text)):
        return True
    return any(counts(things, found.group(0), text[found.start() :], named) for found in _COUNT.finditer(text))


# "How much ...?" and "What share of ...?" ask for an amount; "How much time/longer ...?" for a time, which
# `speaks_to_count` and the time checks see to
_HOW_MUCH = re.compile(
    r"\bhow much\b(?!\s+(?:time|longer|later|earlier|sooner)\b)"
    r"|\bwhat (?:share|percentage|proportion|fraction|portion|percent)\b"
    r"|\bwhat(?:\s+(?:is|was|are|were|will be)|['’]s)\s+the\s+(?:value|cost|price)\b",  # "What is the value of ...?"
    re.I,
)
_CURRENCY = r"dollars?|euros?|pounds?|yen|yuan|rubles?|roubles?|rupees?|francs?|cents?"
MEASURE = r"barrels?|bpd|tons?|tonnes?|gallons?|litres?|liters?|kilograms?|kg|grams?|ounces?|acres?|hectares?|miles?"
_SCALE = r"(?:hundred|thousand|million|billion|trillion|[mbk]n?)\s+"
_NUMERAL = rf"(?:{_NUMBER.pattern}|{'|'.join(sorted(NUMBER_WORDS))})"
# an amount: money, a percentage, a measured quantity, or a share said in words
_AMOUNT = re.compile(
    rf"[$€£¥₹]\s?\d|\b(?:USD|EUR|GBP)\s?\d|\d\s?%"
    rf"|\b{_NUMERAL}[-\s]+(?:million|billion|trillion|bn)\b"  # "worth 7 billion": a sum, its currency said before
    rf"|\b{_NUMERAL}[-\s]+(?:{_SCALE})?(?:percent|per cent|percentage points?|{_CURRENCY}|{MEASURE})\b"
    rf"|\b(?:half|a third|a quarter|a fifth|two-thirds|three-quarters|double[ds]?|tripled?|quadrupled?|twice)\b",
    re.I,
)


def asks_amount(question: str) -> bool:
    """Whether the sentence that asks wants an amount: "How much is the deal worth?", "What share of the vote ...?"."""
    return bool(_HOW_MUCH.search(asking(question)))


def amount_of(question: str) -> str:
    """What "How much ...?" asks an amount of: the content words right after it ("oil revenue" in "How much oil revenue
    does Russia earn?"); none when a function word follows ("How much is the deal worth?"), nor for "What share of
    ...?", where what follows runs on into the verb ("What share of voters disapprove?"); for "What is the value of
    ...?", the content words after "of" ("minerals deal")."""
    found = re.search(
        r"\bhow much\s+([^?]*)|\b(?:value|cost|price)\s+of\s+(?:(?:the|a|an)\s+)?([^?]*)", asking(question), re.I
    )
    return _leading_content(found.group(1) or found.group(2)) if found and asks_amount(question) else ""


def _leading_content(phrase: str, most: int = 3) -> str:
    """The content words that open `phrase`, up to `most`, stopping at the first function word."""
    kept = []
    for word in words(phrase):
        if word in STOPWORDS or len(kept) == most:
            break
        kept.append(word)
    return " ".join(kept)


# "How much of the regions ...?" asks a part of a whole, which words say ("the entirety of", "most of", "partly")
_ASKS_PORTION = re.compile(r"\bhow much of\b|\bwhat (?:share|proportion|fraction|portion) of\b", re.I)
_PORTION = re.compile(
    r"\b(?:entirety|entire|whole|all|most|much|part|parts|none|majority|minority|rest|remainder) of\b"
    r"|\b(?:fully|completely|entirely|partly|partially|wholly)\b",
    re.I,
)


def asks_portion(question: str) -> bool:
    """Whether the sentence that asks wants a part of a whole: "How much of the four regions does Russia want?"."""
    return bool(_ASKS_PORTION.search(asking(question)))


def speaks_to_amount(text: str, asked: set[str], portion: bool = False) -> bool:
    """Whether `text` gives an amount (money, a percentage, a measured quantity, a share in words: `_AMOUNT`), or says
    it is not known (`says_not_known`) of something the question asks about (`asked`: its stems): what "How much
    ...?" needs of a passage ("no date was set" for a meeting does not speak to how much oil Russia sells). When the
    question asks a part of a whole (`portion`, `asks_portion`), words that say one of something it asks about ("the
    entirety of the four regions", "partly") are an amount too ("Most of the major points" is not of mineral
    resources)."""
    if portion and any(asked & set(terms(" ".join(text[m.end() :].split()[:6]))) for m in _PORTION.finditer(text)):
        return True
    return bool(_AMOUNT.search(text)) or (says_not_known(text) and bool(asked & set(terms(text))))


def asking(question: str) -> str:
    """The last sentence of `question` that ends in '?', else its last sentence."""
    parts = sentences(question) or [question]
    return ([p for p in parts if asks(p)] or parts)[-1]


def asks(sentence: str) -> bool:
    """Whether a sentence is a question: it ends in '?', closing quotes and brackets aside."""
    return sentence.rstrip("\"”’')").endswith("?")


def has_kind(sentence: str, kind: str | None) -> bool:
    ws = set(words(sentence))
    if kind == "quantity":
        return bool(_NUMBER.search(sentence)) or bool(ws & NUMBER_WORDS)
    if kind == "time":
        return bool(_NUMBER.search(sentence)) or bool(ws & _TIME_WORDS)
    if kind == "name":
        return any(t[0].isupper() for t in re.findall(r"[A-Za-z][\w'-]*", sentence)[1:])
    return True


# A passage that says the answer is not known ("It is unclear how many ...", "no date was set", "declined to comment"):
# a partial answer.
_NOT_KNOWN = re.compile(
    r"\b(unclear|unknown|not (yet )?(known|clear|been (identified|determined|disclosed|announced|set|released))"
    r"|(has|have|had|does|do|did) not (yet |publicly )?(said|say|specified|specify|disclosed|disclose)"
    r"|declined to (comment|say)"
    r"|no (date|decision|details?) (was|were|has been|had been) (set|made|given|released)|yet to (say|decide|announce))\b",
    re.I,
)


def says_not_known(text: str) -> bool:
    """Whether a passage says the answer is not known, or not given (a partial answer)."""
    return bool(_NOT_KNOWN.search(text))
