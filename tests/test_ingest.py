"""Ingesting the seed corpus with the real embedding model into a real Chroma in a temp dir."""

from __future__ import annotations

import json
import re
from collections import defaultdict

import numpy as np

from index import units as unit_rules
from index.chunks import normalise
from index.ingest import Indexer
from index.store import ChunkStore
from index.units import unit_id, units_of
from tests.helpers import make_settings, read_text, seed_files

BOILERPLATE = re.compile(
    r"also read|you may also like|read more|breaking news|pic\.twitter\.com|\(@\w+\)|by · |^\s*date \d{4}",
    re.IGNORECASE | re.MULTILINE,
)


def live_chunks(settings):
    return list(ChunkStore(settings).iter_live())


def test_every_chunk_and_sentence_is_the_exact_text_of_its_file(seeded):
    settings, _, _ = seeded
    chunks = live_chunks(settings)
    assert {c.metadata["source"] for c in chunks} == {p.name for p in seed_files()}
    for c in chunks:
        text = read_text(settings.corpus_dir / c.metadata["source"])
        assert text[c.metadata["start"] : c.metadata["end"]] == c.text
        sentences = json.loads(c.metadata["sentences"])
        assert sentences, c.id
        for start, end in sentences:
            assert c.metadata["start"] <= start < end <= c.metadata["end"]
            assert text[start:end].strip() == text[start:end]


def test_no_text_is_stored_twice(seeded):
    settings, _, _ = seeded
    chunks = live_chunks(settings)
    assert len({c.text for c in chunks}) == len(chunks)
    where = defaultdict(set)  # each paragraph's text -> the places it is stored at
    for path in seed_files():
        text = read_text(path)
        for m in re.finditer(r"[^\n]+", text):
            stored = any(
                c.metadata["source"] == path.name and c.metadata["start"] <= m.start() < c.metadata["end"]
                for c in chunks
            )
            if stored and m.group().strip():
                where[normalise(m.group())].add((path.name, m.start()))
    assert {p: places for p, places in where.items() if len(places) > 1} == {}


def test_a_repeated_body_is_indexed_once(seeded):
    settings, _, _ = seeded
    chunks = live_chunks(settings)
    for path in seed_files():
        text = read_text(path)
        lines = [m for m in re.finditer(r"[^\n]+", text) if len(m.group().strip()) > 40]
        seen, second = set(), []
        for m in lines:
            key = normalise(m.group())
            if key in seen:
                second.append(m)
            seen.add(key)
        for m in second:  # a paragraph's second occurrence lies in no stored chunk
            for c in chunks:
                if c.metadata["source"] == path.name:
                    assert not (c.metadata["start"] <= m.start() < c.metadata["end"]), m.group()[:60]


def test_no_boilerplate_is_stored(seeded):
    settings, _, _ = seeded
    for c in live_chunks(settings):
        assert not BOILERPLATE.search(c.text), c.text[:200]
    for path in seed_files():  # nothing after a "You may also like" tail
        text = read_text(path)
        if (tail := text.lower().find("you may also like")) >= 0:
            assert all(c.metadata["start"] < tail for c in live_chunks(settings) if c.metadata["source"] == path.name)


def test_each_seed_gets_a_title_and_the_date_it_carries(seeded):
    settings, _, _ = seeded
    articles = ChunkStore(settings).manifest_metadata()
    for path in seed_files():
        meta = articles[path.name]
        text = read_text(path)
        title = meta["title"]
        assert title and len(title) <= 161
        assert " ".join(text.split()).find(title.rstrip("…")) >= 0  # words of the file, in order
        if m := re.match(r"\s*date (\d{4}-\d{2}-\d{2})", text):
            assert meta["date"] == m.group(1)
        elif m := re.search(
            r"\b(January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}, \d{4}",
            text,
        ):
            assert meta["date"].startswith(m.group().split()[-1])
        else:
            assert "date" not in meta
        for chunk in live_chunks(settings):
            if chunk.metadata["source"] == path.name:
                assert chunk.metadata["title"] == title


def test_a_second_ingest_writes_nothing(seeded):
    settings, indexer, first = seeded
    assert first.added > 0 and not first.skipped
    again = indexer.ingest()
    assert (again.added, again.removed, again.unchanged) == (0, 0, first.added)
    assert set(again.articles.values()) == {"unchanged"}


def test_changed_and_removed_files(fresh):
    indexer = Indexer(fresh)
    indexer.ingest()
    files = sorted(fresh.corpus_dir.glob("*.txt"))
    changed, removed = files[0], files[1]
    added_line = "\n\nThe mayor of Springfield opened a new zeppelin museum on Tuesday."
    changed.write_text(read_text(changed) + added_line, encoding="utf-8")
    removed.unlink()
    report = indexer.ingest()
    assert report.articles[changed.name] == "changed"
    assert report.articles[removed.name] == "removed"
    assert all(state == "unchanged" for s, state in report.articles.items() if s not in {changed.name, removed.name})
    chunks = live_chunks(fresh)
    assert not [c for c in chunks if c.metadata["source"] == removed.name]
    mine = [c for c in chunks if c.metadata["source"] == changed.name]
    assert any("zeppelin museum" in c.text for c in mine)
    text = read_text(changed)
    assert all(text[c.metadata["start"] : c.metadata["end"]] == c.text for c in mine)
    store = ChunkStore(fresh)
    assert store.stored_ids() == {c.id for c in chunks}  # nothing left behind
    assert store.chunks_with_units() == {c.id for c in chunks}  # units live and die with their chunk


def test_evidence_units_are_embedded_once_at_ingest(fresh):
    """Each chunk's units are stored with the vector the model gives their text; an index written before units were
    stored gets them on the next ingest, without its chunks being embedded again."""
    indexer = Indexer(fresh)
    indexer.ingest()
    store = ChunkStore(fresh)
    chunk = next(iter(store.iter_live()))
    units = units_of(chunk.text, chunk.metadata["start"], json.loads(chunk.metadata["sentences"]))
    assert units and all(chunk.text[u.start - chunk.metadata["start"] :].startswith(u.text) for u in units)
    stored = store.unit_vectors([unit_id(chunk.id, u.index) for u in units])
    fresh_vectors = indexer.embedding.get_text_embedding_batch([u.text for u in units])
    for u, v in zip(units, fresh_vectors, strict=True):
        assert np.allclose(stored[unit_id(chunk.id, u.index)], v, atol=1e-5)
    store.units.delete(ids=store.units.get(include=[])["ids"])  # as an index built before units were stored
    meta = store.manifest_metadata()
    for source, m in meta.items():  # ... by an older parser
        store.manifest.update(ids=[source], metadatas=[{**m, "parser": "5"}])
    assert indexer.is_stale()
    report = indexer.ingest()
    assert report.added == 0  # no chunk embedded again
    assert store.chunks_with_units() == store.stored_ids()


def test_units_cut_by_rules_since_changed_are_never_read_and_are_embedded_again(fresh, monkeypatch):
    """A change to how units are cut (UNIT_RULES) makes the stored unit vectors unreadable at once, the index stale,
    and the next ingest embeds the units again, without embedding chunks again, and drops the old vectors."""
    indexer = Indexer(fresh)
    indexer.ingest()
    store = ChunkStore(fresh)
    old = set(store.units.get(include=[])["ids"])
    chunk = next(iter(store.iter_live()))
    assert store.unit_vectors([unit_id(chunk.id, 0)])
    monkeypatch.setattr(unit_rules, "UNIT_RULES", "next")
    assert not store.unit_vectors([unit_id(chunk.id, 0)])  # the old rules' vector is not this unit's
    assert store.chunks_with_units() == set() and indexer.is_stale()
    report = indexer.ingest()
    assert report.added == 0  # no chunk embedded again
    new = set(store.units.get(include=[])["ids"])
    assert len(new) == len(old) and not new & old  # every unit again, none of the old left
    assert store.chunks_with_units() == store.stored_ids() and not indexer.is_stale()
    assert store.unit_vectors([unit_id(chunk.id, 0)])


def test_bad_files_are_reported_and_skipped(fresh):
    (fresh.corpus_dir / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    (fresh.corpus_dir / "empty.txt").write_bytes(b"")
    (fresh.corpus_dir / "latin1.txt").write_bytes("Caf\xe9 story about things.".encode("latin-1"))
    report = Indexer(fresh).ingest()
    assert set(report.skipped) == {"binary.txt", "empty.txt", "latin1.txt"}
    assert "binary" in report.skipped["binary.txt"] and "UTF-8" in report.skipped["latin1.txt"]
    assert set(report.articles) == {p.name for p in seed_files()}


def test_chroma_server_setting_against_a_real_server(tmp_path, chroma_server):
    settings = make_settings(tmp_path, chroma_mode="server", chroma_port=chroma_server, collection="ingest_test")
    report = Indexer(settings).ingest()
    assert report.added > 0
    assert not (tmp_path / "data" / "chroma").exists()  # nothing written to the embedded store
    chunks = live_chunks(settings)
    assert len(chunks) == report.added
    assert Indexer(settings).ingest().added == 0
