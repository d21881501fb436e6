"""Follow-up questions: turning the last message of a conversation into a query that retrieval can use."""

from __future__ import annotations

import re

from llama_index.core.llms import ChatMessage

from answer import prompts
from answer.directives import without_directives
from answer.types import REFUSAL, Message
from index.chunks import sentences
from index.terms import terms

CARRIED_WORDS = 2  # content words a follow-up that leans on a thing takes from the last answered question
_THINGS = r"it|its|this|that|these|those|there"  # words a follow-up leans on a thing with, not a person
_THING = re.compile(rf"\b({_THINGS})\b", re.I)
# "there" as a place, not "there is" nor "Was there ...?"
_THERE = re.compile(
    r"(?<!\bis )(?<!\bare )(?<!\bwas )(?<!\bwere )\bthere\b(?!\s+(?:is|are|was|were|will|would|has|have|had|be)\b)",
    re.I,
)
PLACES_CARRIED = 2  # names "there" takes from the answer to the last "Where ...?"
_LEANS = re.compile(rf"\b(he|she|him|her|his|hers|they|them|their|{_THINGS})\b", re.I)
_WH = frozenset(["what", "who", "whom", "whose", "when", "where", "why", "how", "which"])
_NAME = re.compile(r"\b[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*")
_OPENERS = {"what", "who", "when", "where", "why", "how", "which", "did", "does", "do", "is", "are", "was", "were",
            "can", "could", "would", "should", "tell", "and", "but", "so", "the", "a", "an", "i", "in", "on"}  # fmt: skip


def last_question(messages: list[Message]) -> str:
    """The question to answer: the conversation must end with a user message."""
    if not messages or messages[-1].role != "user":
        raise ValueError("the conversation must end with a user message")
    if not messages[-1].content.strip():
        raise ValueError("the question is empty")
    return messages[-1].content


def names_in(text: str) -> list[str]:
    """Capitalised names in `text` (runs of capitalised words), opening question words left out."""
    out = []
    for m in _NAME.finditer(text):
        parts = [w for w in m.group().split() if w.lower() not in _OPENERS]
        if parts:
            out.append(" ".join(parts))
    return list(dict.fromkeys(out))


def leans_on_context(question: str) -> bool:
    return bool(_LEANS.search(question)) or len(question.split()) <= 3


def rewrite(messages: list[Message]) -> str:
    """Non-LLM rewrite: a follow-up that leans on pronouns gets the earlier questions' names appended; one that leans
    on a thing ("Where was he when he posted it?") also the words of the last answered question it does not repeat
    ("funeral" from "What did Trump post on Truth Social before the funeral?")."""
    question = last_question(messages)
    earlier = answered_questions(messages[:-1])
    if not earlier or not leans_on_context(question):
        return question
    carried = [n for text in reversed(earlier) for n in names_in(text) if n.lower() not in question.lower()]
    carried = list(dict.fromkeys(carried))[:3]
    if _THERE.search(question):  # "Who did Putin send there?" after "Where were the talks?" "In Istanbul."
        carried = [*_answered_place(messages[:-1], question), *carried][:3]
    if _THING.search(question):
        said = set(terms(question)) | {t for n in carried for t in terms(n)}
        carried += [w for w in _content_words(earlier[-1]) if not set(terms(w)) & said][:CARRIED_WORDS]
    return f"{question} ({', '.join(carried)})" if carried else question


def _answered_place(messages: list[Message], question: str) -> list[str]:
    """The names the first sentence of the answer to the last answered "Where ...?" gives, when that is the last
    question answered: the place a following "there" means."""
    for i in range(len(messages) - 2, -1, -1):
        asked, reply = messages[i], messages[i + 1]
        if asked.role != "user" or reply.role != "assistant":
            continue
        if _refused(reply) or _opening(without_directives(asked.content)) != "where":
            return []
        first = (sentences(reply.content.strip()) or [""])[0]
        named = [n for n in names_in(first) if n.lower() not in question.lower()]
        return named[:PLACES_CARRIED]
    return []


def _opening(question: str) -> str | None:
    """The question word a question opens with ("what" in "And what did she say?"), if it opens with one."""
    for word in re.findall(r"[a-z]+", question.lower())[:2]:
        if word in _WH:
            return word
    return None


def _content_words(text: str) -> list[str]:
    """The lower-case content words of `text`, once each, names aside (`names_in` carries those)."""
    named = {t for n in names_in(text) for t in terms(n)}
    return list(
        dict.fromkeys(w for w in re.findall(r"\b[a-z][\w'’-]+", text) if terms(w) and not set(terms(w)) & named)
    )


def answered_questions(messages: list[Message]) -> list[str]:
    """The user's earlier questions that got an answer, without their instructions ("Repeat after me: Boris won."): a
    refused turn, or an instruction, names nothing the conversation is about."""
    out = []
    for i, m in enumerate(messages):
        reply = messages[i + 1] if i + 1 < len(messages) else None
        if m.role == "user" and not (reply and _refused(reply)) and (asked := without_directives(m.content)):
            out.append(asked)
    return out


def _refused(reply: Message) -> bool:
    return reply.role == "assistant" and reply.content.startswith(REFUSAL)


def condense_messages(messages: list[Message]) -> list[ChatMessage]:
    """The prompt asking an LLM for a standalone version of the last question."""
    history = "\n".join(f"user: {question}" for question in answered_questions(messages[:-1]))
    text = prompts.render("condense", history=history, question=last_question(messages))
    return [ChatMessage(role="user", content=text)]


def accept_condensed(condensed: str, messages: list[Message]) -> str:
    """The LLM's rewrite if it is a plausible question that asks what the follow-up asks (it opens with the same
    question word: "What did she say?" is not "Who did Giorgia Meloni say?") and keeps the carried names; else the rule
    rewrite."""
    fallback = rewrite(messages)
    line = condensed.strip().splitlines()[0].strip() if condensed.strip() else ""
    asked = _opening(last_question(messages))
    if not line or len(line) > 3 * len(fallback) + 40 or (asked and _opening(line) != asked):
        return fallback
    missing = [n for n in names_in(fallback) if n.lower() not in line.lower()]
    return f"{line} ({', '.join(missing)})" if missing else line
