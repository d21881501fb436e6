"""How much: what "How much ...?" asks an amount of, and whether a text gives one (money, a percentage, a measure,
a part of a whole)."""

from __future__ import annotations

import re

from answer.kinds import NUMBER, NUMBER_WORDS, asking, leading_content, says_not_known
from index.terms import terms

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
_NUMERAL = rf"(?:{NUMBER.pattern}|{'|'.join(sorted(NUMBER_WORDS))})"
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
    return leading_content(found.group(1) or found.group(2)) if found and asks_amount(question) else ""


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
