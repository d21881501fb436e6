"""Request and response bodies of the HTTP API, with examples for the OpenAPI docs."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from answer.scope import Scope
from answer.types import Answer, Citation, Message, Mode

__all__ = ["Answer", "Citation", "Message", "AskRequest", "ChatRequest", "SourceIn", "SourceInfo", "SourceText",
           "IngestResult", "ErrorBody", "OpenAIChatRequest"]  # fmt: skip


MODE_HELP = (
    "extractive (quoted passages, tens of milliseconds) or generative (the bundled reader, seconds); default: the "
    "service's NEWSQA_ANSWER_MODE, generative unless set"
)


class Scoped(Scope):
    """Request filters: which articles may answer (`sources`, `since`, `until`) and the date questions are read
    against (`as_of`)."""

    def scope(self) -> Scope:
        return Scope(**{name: getattr(self, name) for name in Scope.model_fields})


class AskRequest(Scoped):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {"question": "What did Putin demand?"},
                {"question": "What is the latest on the ceasefire talks?", "since": "2025-05-01"},
            ]
        }
    )

    question: str = Field(min_length=1, pattern=r"\S", description="The question, in plain words")
    mode: Mode | None = Field(None, description=MODE_HELP)
    top_k: int | None = Field(None, ge=1, le=50, description="Chunks to retrieve")


class ChatRequest(Scoped):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "messages": [
                        {"role": "user", "content": "Who is Steve Witkoff?"},
                        {"role": "assistant", "content": "Trump's envoy."},
                        {"role": "user", "content": "What did he do in Moscow?"},
                    ],
                    "stream": False,
                }
            ]
        }
    )

    messages: list[Message] = Field(
        min_length=1, description="The conversation; the last message, from the user, is the question"
    )
    mode: Mode | None = Field(None, description=MODE_HELP)
    stream: bool = Field(False, description="Answer as text/event-stream: token…, citations, done")
    top_k: int | None = Field(None, ge=1, le=50)


class SourceIn(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={"examples": [{"name": "my_article.txt", "text": "Headline\n\nThe story ..."}]}
    )

    name: str = Field(min_length=1, max_length=160, description="File name ending in .txt")
    text: str = Field(description="The article text (UTF-8)")


class SourceInfo(BaseModel):
    source: str
    title: str = ""
    date: str | None = Field(None, description="Publication date (YYYY-MM-DD), when the article gives one")
    date_source: str = Field(
        "unknown",
        description="Where the date was read: date line, dateline, text (a date the story mentions) or unknown",
    )
    publisher: str | None = Field(None, description="Publisher named by a byline or a wire dateline")
    characters: int = 0
    chunks: int = 0
    version: str | None = Field(None, description="sha256 of the indexed text: a write that was cut off can be checked")


class SourceText(SourceInfo):
    text: str
    removed: list[tuple[int, int]] = Field(
        default_factory=list,
        description="Spans of `text` left out of the index by the cleaning rules (date line, byline, link lists, "
        "embeds), as [start, end) code-point offsets",
    )


class IngestResult(BaseModel):
    source: str
    state: str = Field(description="new, changed, unchanged or removed")
    chunks_added: int
    chunks_removed: int


class ErrorBody(BaseModel):
    error: str
    request_id: str | None = None
    detail: Any = None


class OpenAIMessage(BaseModel):
    model_config = ConfigDict(extra="allow")

    role: Literal["system", "user", "assistant", "tool", "developer"]
    content: str | list[dict] | None = None


class OpenAIChatRequest(Scoped):
    """The OpenAI chat-completions body; fields we do not use (temperature, …) are accepted and ignored. The
    filters `sources`, `since`, `until` and `as_of` may be sent as extra body fields."""

    model_config = ConfigDict(extra="allow")

    model: str = Field("newsqa", max_length=200, description="Any name; echoed in the response")
    messages: list[OpenAIMessage] = Field(min_length=1)
    stream: bool = False
