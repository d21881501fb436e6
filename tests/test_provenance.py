"""Which set chose each parameter (eval/provenance/): the held-out set chose nothing, and every setting that says it
was chosen on the development sets has its row."""

from __future__ import annotations

import re

from eval.provenance import PARAMETERS, SECTIONS
from eval.report import write_report
from newsqa.settings import Settings

# what a row may name as the set that chose it: the development sets, or none ("—": a fix, not tuned)
DEVELOPMENT = re.compile(r"questions|fresh|realtimeqa|partial|near misses|injections|—")


def test_every_row_names_a_parameter_a_value_the_set_that_chose_it_and_how():
    assert len(PARAMETERS) == sum(len(rows) for _, rows in SECTIONS)
    for row in PARAMETERS:
        assert len(row) == 4 and all(isinstance(cell, str) and cell.strip() for cell in row), row


def test_the_held_out_set_chose_nothing():
    for parameter, _, chosen_on, _ in PARAMETERS:
        chooser = chosen_on.split("(", 1)[0]  # a note in brackets may say what the held-out target is
        assert not re.search(r"held[- ]?out", chooser, re.I), parameter
        assert DEVELOPMENT.search(chooser), (parameter, chosen_on)


def test_a_setting_chosen_on_the_development_sets_has_its_row():
    pointed = [name for name, f in Settings.model_fields.items() if "eval/provenance" in (f.description or "")]
    assert pointed, "no setting points to eval/provenance/"
    for name in pointed:
        assert any(name in parameter for parameter, *_ in PARAMETERS), name


def test_the_report_shows_each_section_with_all_its_rows(tmp_path):
    md = tmp_path / "report.md"
    (tmp_path / "results").mkdir()
    write_report(tmp_path / "results", md, tmp_path / "report.png")  # no results: the tables of choices alone
    text = md.read_text(encoding="utf-8")
    for title, rows in SECTIONS:
        section = text.split(f"### {title}\n", 1)[1].split("\n### ", 1)[0]
        assert section.count("\n| `") == len(rows), title
