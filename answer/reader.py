"""The reader: a model picks the evidence sentence that answers the question and copies the answer out of it.

The model is constrained to JSON `{"answer": "...", "evidence": n}`, and stopped once its answer string closes. Its
answer is kept only if it is an exact span of an evidence unit (the one it names if it got that far, else the best unit
that holds it word for word; of the 1.5B reader's reply worded as a sentence of its own, the longest run of words it
copied) close enough to the question, says something (not a placeholder, not only function words), holds a number when a
quantity is asked for (one that counts what "How many ...?" names, answer/kinds.py `counts`) and more than a time or an
amount when a place is ("Where ...?"), and is not an echo of the question (nor a name of someone it names). To a
question asked yes or no, a bare "Yes" or "No" is no answer: the model goes on to name its evidence sentence, which
answers if it supports the question and names what the question names. The reader is never told it may refuse: its
confidence in its reply (the mean log-probability of the tokens it chose) and, when asked after its reply whether the
evidence states the answer (`judge`), its probability of "yes" are signals of the refusal model (answer/refusal.py),
which decides. An answer that holds up is then checked apart (`check`): the model is asked whether the one passage it
came from shows that it answers the question, and the engine refuses it below settings `reader_check`.
"""

from __future__ import annotations

import itertools
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass

from llama_index.core.llms import ChatMessage
from rapidfuzz import fuzz

from answer import prompts
from answer.counts import counted, counted_names, counts
from answer.evidence import Question, Sentence, names_of
from answer.kinds import asks_where, asks_yes_no, expected_kind, has_kind, only_time
from answer.llm import Generator
from answer.speakers import NAME_SIMILARITY, NAMES, same_person
from index.terms import terms

MAX_ANSWER_CHARS = 200
YES_NO = ("yes", "no")  # a reply to a yes-no question that is a bare yes or no: the sentence it names answers
COPIED_NEW_TERMS = 2  # content words not in the question that a copied run of a reply must hold (see `verify`)
_TRIM = " .,;:\"'“”‘’"  # what an answer, or a run of it, is stripped of at its ends
_PLACEHOLDER = re.compile(r"[\[\]{}<>_]|\b(unknown|n/?a|none|not (mentioned|stated|specified|given))\b", re.I)


@dataclass(frozen=True)
class Reading:
    unit: int  # index into the evidence list
    span: str  # exactly as in the unit's text
    raw: str  # what the model wrote


def schema(n: int) -> dict:
    return {
        "type": "object",
        "properties": {  # the answer first: a model names the sentence better once it has written what it found
            "answer": {"type": "string", "maxLength": MAX_ANSWER_CHARS},
            "evidence": {"type": "integer", "minimum": 1, "maximum": n},
        },
        "required": ["answer", "evidence"],
    }


def messages(question: str, evidence: list[Sentence]) -> list[ChatMessage]:
    listed = "\n".join(f"[{i + 1}] {' '.join(s.text.split())}" for i, s in enumerate(evidence))
    return [
        ChatMessage(role="system", content=prompts.render("reader_system")),
        ChatMessage(role="user", content=prompts.render("reader_user", evidence=listed, question=question)),
    ]


# The reply is cut where its answer string closes: the evidence number after it would take a third of a second to
# generate, and the span is looked for in every unit anyway (see `verify`).
ANSWER_END = ('", "', '","', '",\n')
OPENING = '{"answer": "'  # the bundled model's reply is begun in the prompt, up to the answer string
# The continued answer string ends at a '"' that JSON goes on from (',', '}', a line end). Any '"' would also end at the
# escaped quotes of a title the answer copies (\"Thor: Love and Thunder\") and cut it to nothing.
CLOSES = ('",', '"}', '" ,', '"\n')


def ask(generator: Generator, question: str, evidence: list[Sentence], steps: list[float] | None = None) -> str:
    """The model's reply, unverified: see `verify`. The bundled model continues a reply begun with the answer string
    (no grammar needed: the same answers, about 0.3 s sooner on the 1.5B reader), its confidence at each step appended
    to `steps` if given; a server is asked for JSON."""
    chat = messages(question, evidence)
    yes_no = asks_yes_no(question)
    if not generator.continues_replies:  # to a yes-no question, the sentence it names is the answer: not cut before it
        return generator.json(chat, schema(len(evidence)), max_tokens=80, stop=() if yes_no else ANSWER_END)
    reply = OPENING + generator.continue_reply(chat, OPENING, max_tokens=60, stop=CLOSES, steps=steps)
    if yes_no and _yes_or_no(reply):  # "Yes" or "No" is no answer: the sentence it names is; a few tokens more
        reply += '", "evidence": '
        reply += generator.continue_reply(chat, reply, max_tokens=4, stop=(",", "}", "\n")).strip() + "}"
    return reply


def judge(generator: Generator, question: str, evidence: list[Sentence], raw: str) -> float | None:
    """The reader's judgement of its evidence, asked after its reply: the probability of "yes" over "no" to whether
    the evidence states the answer to the question. One forward pass over the question that follows the reply (the
    rest of the prompt is in the model's cache); None when a server gives no probabilities. A signal for the refusal
    model (answer/refusal.py), which decides."""
    chat = [
        *messages(question, evidence),
        ChatMessage(role="assistant", content=_closed(raw)),
        ChatMessage(role="user", content=prompts.render("judge_user")),
    ]
    return generator.choice_probability(chat)


CHECK_MODEL = "qwen2.5-1.5b"  # the model `check` and its threshold (settings reader_check) were chosen with


def check(generator: Generator, question: str, passage: str, answer: str) -> float | None:
    """The model's probability of "yes" over "no" to whether the passage the answer came from says that the answer is
    what the question asks for, every detail of it (person, country, group, time, place, action) matching: asked apart
    from the reading, of the one passage and the answer named, so that a phrase the passage holds but does not give as
    the answer ("Ursula von der Leyen" to "Who will lead the American delegation?", from a list of the European leaders
    Zelenskyy spoke with) is told from one it gives. Worked examples (invented, none from any evaluation set) come
    first as turns of the conversation; the same each time, their cache is kept once they have been read twice
    (`LlamaCPPWithOptions.read`). One forward pass; None when a server gives no probabilities."""
    chat = [ChatMessage(role="system", content=prompts.render("check_system"))]
    for values, reply in prompts.examples("check"):
        chat += [
            ChatMessage(role="user", content=prompts.render("check_user", **values)),
            ChatMessage(role="assistant", content=reply),
        ]
    content = prompts.render("check_user", passage=passage, question=question, answer=answer)
    return generator.choice_probability([*chat, ChatMessage(role="user", content=content)])


def support(question: Question, text: str) -> float:
    """The share of the question's content (IDF-weighted) that `text` holds."""
    total = sum(question.weights.values())
    found = set(terms(text))
    return sum(w for t, w in question.weights.items() if t in found) / total if total else 0.0


def supported(sources: list[str], passes: list[bool]) -> list[bool]:
    """The units an answer may come from: those that pass the checks against the question, and the other units of
    their articles. The answer often sits in another sentence than the one that matches the question (the sentence that
    says a show was renewed calls it "the popular show"; the next one names it); a unit of an article nothing matched
    stays out. Chosen on the development sets (eval/report.md)."""
    matched = {source for source, ok in zip(sources, passes, strict=True) if ok}
    return [ok or source in matched for source, ok in zip(sources, passes, strict=True)]


def verify(
    raw: str,
    question: str,
    units: list[str],
    supported: list[bool] | None = None,
    copied: bool = False,
    passes: list[bool] | None = None,
) -> Reading | None:
    """The answer of the model's reply as an exact span of a unit that supports it, trying the unit it names first;
    with `copied`, of a reply worded as a sentence of its own, the longest run of words it copied. To a yes-no question
    answered "Yes" or "No", the unit it names, if that unit itself `passes` the checks against the question (another
    unit of its article will not do: the sentence is the whole answer); to one that asks for a quantity, likewise a
    unit that itself passes."""
    try:
        found = re.search(r"\{.*\}", raw, re.S)  # servers without a grammar may wrap the JSON in prose
        reply = json.loads(found.group() if found else _closed(raw), strict=False)
        n, answer = int(reply.get("evidence", 0)), str(reply["answer"]).strip()
    except (ValueError, KeyError, TypeError, AttributeError):
        return None
    supported = supported or [True] * len(units)
    answer = answer.strip(_TRIM)
    if answer.lower() in YES_NO and asks_yes_no(question):  # the sentence the reader names answers, if it may
        passes = passes or supported
        ok = 1 <= n <= len(units) and supported[n - 1] and passes[n - 1] and names(question, units[n - 1])
        return Reading(unit=n - 1, span=units[n - 1].strip(), raw=raw) if ok else None
    if not answer or _PLACEHOLDER.search(answer) or not terms(answer) or _echoes(answer, question):
        return None
    quantity = expected_kind(question) == "quantity"
    if quantity and not has_kind(answer, "quantity"):
        return None  # "How much is the deal worth?" is not answered by "the minerals deal"
    if quantity and passes is not None:  # a number is read only from a unit that itself passes the checks: another
        # sentence of the article counts something else ("500,000 have died in the war" for a drone strike's dead)
        supported = [a and b for a, b in zip(supported, passes, strict=True)]
    where = asks_where(question)  # "Where did the delegations meet?" is not answered by "in three years"
    order = ([n - 1] if 1 <= n <= len(units) else []) + [i for i in range(len(units)) if i != n - 1]
    # a reply that words its answer as a sentence of its own around words it copied ("They cancelled them because
    # they wanted to improve air quality"): the longest run of its words a unit holds, if it adds to the question
    said = set(terms(question))
    runs = (r for r in _runs(answer) if _adds(r, said, quantity)) if copied else ()
    # "How many drones ...?" is not answered by the "ten" of "ten regions"
    things, named = (counted(question), counted_names(question)) if quantity else ([], frozenset())
    for text in itertools.chain([answer], runs):
        if where and only_time(text):
            continue  # nor by the "three years" a reply copied beside its place
        for i in order:
            if supported[i] and (span := locate(text, units[i])) and counts(things, span, units[i], named):
                return Reading(unit=i, span=span, raw=raw)
    return None


def names(question: str, unit: str) -> bool:
    """Whether the unit names everyone and everything the question names, spelling slips aside: "Did Zelenskyy attend
    the funeral?" is not answered by a sentence on who else did."""
    held = terms(unit)
    return bool(held) and all(
        any(fuzz.ratio(t, h) >= NAME_SIMILARITY for h in held) for name in names_of(question) for t in terms(name)
    )


def _yes_or_no(reply: str) -> bool:
    """Whether a continued reply's answer is a bare yes or no."""
    return reply[len(OPENING) :].strip().strip(_TRIM).lower() in YES_NO


def _runs(answer: str) -> Iterator[str]:
    """The runs of the answer's words shorter than the whole, longest first."""
    words = answer.split()
    for size in range(len(words) - 1, 0, -1):
        for start in range(len(words) - size + 1):
            yield " ".join(words[start : start + size]).strip(_TRIM)


def _adds(run: str, said: set[str], quantity: bool) -> bool:
    """Whether a copied run holds COPIED_NEW_TERMS content words the question does not, and a number if it asks how
    many."""
    return sum(t not in said for t in terms(run)) >= COPIED_NEW_TERMS and (not quantity or has_kind(run, "quantity"))


def _closed(raw: str) -> str:
    """A reply cut where its answer string closed (`ANSWER_END`, or `CLOSES` for a continued reply), closed
    again: '{"answer": "Istanbul' gives '{"answer": "Istanbul"}'. A reply cut at an escaped quote ends in a lone
    backslash, which is dropped."""
    raw = raw.strip()
    if not raw.startswith("{") or raw.endswith("}"):
        return raw
    return (raw[:-1] if raw.endswith("\\") and not raw.endswith("\\\\") else raw) + '"}'


def locate(answer: str, text: str) -> str | None:
    """`answer` as it is written in `text`: the same words in the same order, case and the spacing or
    punctuation between words aside. None when the text does not hold it."""
    words = re.findall(r"\w+", answer)
    if not words:
        return None
    pattern = r"(?<!\w)" + r"\W{0,3}".join(re.escape(w) for w in words) + r"(?!\w)"
    found = re.search(pattern, text, re.I)
    return found.group() if found else None


def _echoes(answer: str, question: str) -> bool:
    """True when the answer adds nothing: every content word of it is already in the question, or it is a name of
    someone the question names ("Vladimir Putin" to "What did Trump call Putin?")."""
    said = set(terms(question))
    if all(t in said for t in terms(answer)):
        return True
    return _NAME_ONLY.fullmatch(answer) is not None and any(same_person(answer, n) for n in NAMES.findall(question))


_NAME_ONLY = re.compile(r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*")  # every word capitalised: a name and nothing more
