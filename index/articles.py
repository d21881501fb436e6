"""Articles on disk: reading a corpus folder, rejecting bad files, and what each article says about itself."""

from __future__ import annotations

import os
import re
import stat
from dataclasses import dataclass
from pathlib import Path

from index.clean import CleanArticle, clean
from index.dates import publication_date

TITLE_MAX = 90
_SENTENCE = re.compile(r"^(.+?[.!?])(?=\s|$)", re.DOTALL)
_VALID_NAME = re.compile(r"[\w][\w.\- ]{0,150}\.txt")
MAX_NAME_BYTES = 240  # file systems allow 255 bytes a name; room for the temporary names of atomic writes


class ArticleError(ValueError):
    """A file that cannot be indexed as an article; the message says why."""


@dataclass(frozen=True)
class Article:
    source: str  # file name inside the corpus folder
    text: str  # the decoded file, exactly
    title: str
    headline: bool  # the title is the article's headline (else its first sentence, shortened)
    date: str | None  # YYYY-MM-DD, the publication date
    date_source: str  # where the date was read: date line | dateline | text | unknown
    publisher: str | None
    cleaned: CleanArticle

    @property
    def metadata(self) -> dict[str, str]:
        meta = {"source": self.source, "title": self.title, "headline": self.headline, "date_source": self.date_source}
        if self.date:
            meta["date"] = self.date
        if self.publisher:
            meta["publisher"] = self.publisher
        return meta


def check_source_name(name: str) -> str:
    """Return `name` if it is a plain .txt file name; raise ArticleError otherwise."""
    if "\x00" in name or "/" in name or "\\" in name or ".." in name or not _VALID_NAME.fullmatch(name):
        raise ArticleError(f"invalid article name {name!r}: use a plain file name ending in .txt")
    if len(name.encode("utf-8")) > MAX_NAME_BYTES:
        raise ArticleError(f"article name is {len(name.encode())} bytes in UTF-8; the limit is {MAX_NAME_BYTES}")
    return name


def decode_article(source: str, data: bytes, max_bytes: int) -> str:
    """The text of an article file, or ArticleError for an empty, oversized, binary or non-UTF-8 file."""
    if len(data) > max_bytes:
        raise ArticleError(f"{source}: {len(data)} bytes is over the limit of {max_bytes}")
    if b"\x00" in data:
        raise ArticleError(f"{source}: binary file (contains NUL bytes)")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ArticleError(f"{source}: not UTF-8 text ({exc.reason} at byte {exc.start})") from None
    if not text.strip():
        raise ArticleError(f"{source}: empty file")
    return text


def parse_article(source: str, text: str) -> Article:
    cleaned = clean(text)
    if not cleaned.spans:
        raise ArticleError(f"{source}: no article text left after removing boilerplate")
    dated = publication_date(text, cleaned.date)
    return Article(
        source=source,
        text=text,
        title=_title(text, cleaned),
        headline=_headline(text, cleaned) is not None,
        date=dated.date,
        date_source=dated.source,
        publisher=cleaned.publisher,
        cleaned=cleaned,
    )


def read_bytes_safely(path: Path, max_bytes: int) -> bytes:
    """The bytes of a corpus file, if it is one: a regular file inside its folder (a symlink may point only to another
    file in the same folder), no larger than `max_bytes`. FIFOs, devices, directories and links out of the folder are
    ArticleError, and are never opened in a way that could block or read without end."""
    name = path.name
    folder = path.parent.resolve()
    if path.is_symlink():
        target = path.resolve()
        if target.parent != folder:
            raise ArticleError(f"{name}: a symlink pointing outside the corpus folder is not read")
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except OSError as exc:
        raise ArticleError(f"{name}: cannot be opened ({exc.strerror})") from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise ArticleError(f"{name}: not a regular file ({_kind(info.st_mode)}); skipped")
        if info.st_size > max_bytes:
            raise ArticleError(f"{name}: {info.st_size} bytes is over the limit of {max_bytes}")
        with os.fdopen(fd, "rb", closefd=False) as handle:
            data = handle.read(max_bytes + 1)
    finally:
        os.close(fd)
    if len(data) > max_bytes:  # grew while read
        raise ArticleError(f"{name}: over the limit of {max_bytes} bytes")
    return data


def _kind(mode: int) -> str:
    for test, kind in ((stat.S_ISFIFO, "a FIFO"), (stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device"),
                       (stat.S_ISDIR, "a directory"), (stat.S_ISSOCK, "a socket")):  # fmt: skip
        if test(mode):
            return kind
    return "not a file"


def read_article(path: Path, max_bytes: int) -> Article:
    source = check_source_name(path.name)
    return parse_article(source, decode_article(source, read_bytes_safely(path, max_bytes), max_bytes))


def _headline(text: str, cleaned: CleanArticle) -> str | None:
    """The article's headline, when it opens with one."""
    start, end = cleaned.spans[0]
    first = text[start:end]
    following = text[end : end + 2]
    is_headline = len(first) <= 160 and not re.search(r"[.!?]['\"’”]?$", first) and "\n" in following
    return first.strip() if is_headline and "\n" not in first else None


def _title(text: str, cleaned: CleanArticle) -> str:
    """The headline when the article opens with one, else its first sentence, shortened."""
    if headline := _headline(text, cleaned):
        return headline
    start, end = cleaned.spans[0]
    first = text[start:end]
    m = _SENTENCE.match(" ".join(first.split()))
    return _shorten(m.group(1) if m else " ".join(first.split()))


def _shorten(sentence: str) -> str:
    if len(sentence) <= TITLE_MAX:
        return sentence
    cut = sentence[:TITLE_MAX].rsplit(" ", 1)[0].rstrip(",;:-–— ")
    return cut + "…"
