"""What the answer engine returns: an answer whose every [n] resolves to an exact quote of a source file."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

REFUSAL = "The articles do not cover this question."

Mode = Literal["extractive", "generative"]
AnswerMode = Literal["extractive", "generative", "extractive_fallback", "refusal"]


class Message(BaseModel):
    role: Literal["user", "assistant", "system"]
    content: str = Field(max_length=20_000)


class Citation(BaseModel):
    n: int = Field(description="The marker [n] in the answer text")
    source: str = Field(description="File name of the article in the corpus folder")
    title: str
    quote: str = Field(description="Exactly the text of the file at [start:end]")
    start: int
    end: int
    score: float = Field(description="How well the quoted sentence matches the question (0..1)")
    date: str | None = Field(None, description="Publication date of the article (YYYY-MM-DD), when known")
    publisher: str | None = Field(None, description="Publisher of the article, when its text names one")
    version: str | None = Field(
        None, description="sha256 of the article version quoted: GET /api/sources/{source}?version= serves it"
    )


class Marker(BaseModel):
    n: int = Field(description="The citation this marker stands for")
    start: int = Field(description="Where the marker [n] starts in the answer text")
    end: int


class Answer(BaseModel):
    answer: str = Field(description="Answer text with [n] citation markers")
    answered: bool = Field(description="False when the articles do not cover the question")
    mode: AnswerMode = Field(description="What produced the text; extractive_fallback when generated text failed")
    citations: list[Citation] = Field(default_factory=list)
    markers: list[Marker] = Field(
        default_factory=list,
        description="Where each citation marker stands in `answer`; a literal [n] inside quoted text is not one",
    )
    query: str = Field("", description="The retrieval query, after follow-up rewriting")
    retrieved: list[str] = Field(default_factory=list, description="Articles of the retrieved chunks, best first")
    timings_ms: dict[str, float] = Field(default_factory=dict)
    note: str | None = Field(None, description="Why a fallback or refusal happened")
    as_of: str | None = Field(None, description="The date time phrases were read against (YYYY-MM-DD)")
    time_frame: str | None = Field(None, description="What the question said about time, resolved to dates")
