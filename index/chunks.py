"""From cleaned articles to deduplicated, sentence-aware chunks that know their exact place in the file."""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cache

from llama_index.core.node_parser import SentenceSplitter
from llama_index.core.node_parser.text.utils import split_by_sentence_tokenizer

from index.articles import Article

Span = tuple[int, int]


@dataclass(frozen=True)
class Chunk:
    """A contiguous piece of one article: `article.text[start:end] == text`."""

    source: str
    start: int
    end: int
    text: str
    sentences: list[Span] = field(hash=False)  # absolute offsets into the file
    metadata: dict[str, str] = field(hash=False)

    @property
    def id(self) -> str:
        """Its article, place and content: its text and the sentences it is cut into (the units an answer quotes are
        read from them), so a chunk cut into other sentences is stored anew."""
        cut = json.dumps([list(span) for span in self.sentences])
        digest = hashlib.sha256(f"{self.text}\x00{cut}".encode()).hexdigest()[:16]
        return f"{self.source}:{self.start}-{self.end}:{digest}"

    def chroma_metadata(self) -> dict[str, str | int]:
        return {
            **self.metadata,
            "start": self.start,
            "end": self.end,
            "sentences": json.dumps(self.sentences),
        }


def normalise(text: str) -> str:
    """The form in which two paragraphs count as the same: case and spacing ignored."""
    return " ".join(text.split()).casefold()


class Chunker:
    """Cuts articles into chunks with a llama-index SentenceSplitter, one story segment at a time."""

    def __init__(self, chunk_size: int, chunk_overlap: int, tokenizer: Callable[[str], list] | None = None):
        self._splitter = SentenceSplitter(
            chunk_size=chunk_size, chunk_overlap=min(chunk_overlap, chunk_size // 2), tokenizer=tokenizer
        )

    def plan(self, articles: Iterable[Article]) -> dict[str, list[Chunk]]:
        """Chunks per source, articles taken in name order (see `chunk_article`)."""
        seen: set[bytes] = set()
        return {a.source: self.chunk_article(a, seen) for a in sorted(articles, key=lambda a: a.source)}

    def chunk_article(self, article: Article, seen: set[bytes]) -> list[Chunk]:
        """The chunks of one article. A paragraph in `seen` (met before, in this article or an earlier one)
        is left out, so repeated text is indexed once; the article's paragraphs are added to `seen`."""
        kept = []
        for start, end in article.cleaned.spans:
            key = hashlib.blake2b(normalise(article.text[start:end]).encode(), digest_size=16).digest()
            if key not in seen:
                seen.add(key)
                kept.append((start, end))
        return [c for seg in _segments(article.text, kept) for c in self._chunk(article, seg)]

    def _chunk(self, article: Article, segment: Span) -> list[Chunk]:
        seg_start, seg_end = segment
        seg_text = article.text[seg_start:seg_end]
        sentences = sentence_spans(seg_text)
        chunks, cursor = [], 0
        for piece in self._splitter.split_text(seg_text):
            piece = piece.strip()
            at = seg_text.find(piece, cursor)
            if not piece or at < 0:
                continue
            cursor = at + 1
            start, end = seg_start + at, seg_start + at + len(piece)
            inside = [(max(s, at) + seg_start, min(e, at + len(piece)) + seg_start) for s, e in sentences]
            chunks.append(
                Chunk(
                    source=article.source,
                    start=start,
                    end=end,
                    text=piece,
                    sentences=[(s, e) for s, e in inside if e > s],
                    metadata=article.metadata,
                )
            )
        return chunks


# a title before a name: the tokenizer ends a sentence after it ("... said committee member Dr." | "Archana ..."), yet
# no sentence ends on one
_TITLE = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|Prof|Gen|Sen|Rep|Gov|Lt|Col|Sgt|Capt|Rev|Adm|Maj|Cpl)\.$")


@cache
def _tokenizer() -> Callable[[str], list[str]]:
    return split_by_sentence_tokenizer()


def sentences(text: str) -> list[str]:
    """The sentences of `text` (see `sentence_spans`)."""
    return [text[a:b] for a, b in sentence_spans(text)]


def sentence_spans(text: str) -> list[Span]:
    """Sentences of `text` as (start, end) offsets; a line break always ends a sentence."""
    split = _tokenizer()
    spans: list[Span] = []
    line_start = 0
    for line in text.split("\n"):
        cursor = 0
        for sentence in split(line):
            sentence = sentence.strip()
            at = line.find(sentence, cursor)
            if sentence and at >= 0:
                same_line = bool(spans) and spans[-1][0] >= line_start
                if same_line and (sentence[0].islower() or _TITLE.search(text[spans[-1][0] : spans[-1][1]])):
                    # a split after an abbreviation ("the U.S. peace plan") or a title ("Dr. Rochelle Walensky"): still
                    # the same sentence
                    spans[-1] = (spans[-1][0], line_start + at + len(sentence))
                else:
                    spans.append((line_start + at, line_start + at + len(sentence)))
                cursor = at + len(sentence)
        line_start += len(line) + 1
    return spans


def _segments(text: str, spans: list[Span]) -> list[Span]:
    """Merge kept spans separated only by white space: each segment is unbroken story text."""
    merged: list[Span] = []
    for start, end in spans:
        if merged and not text[merged[-1][1] : start].strip():
            merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return merged
