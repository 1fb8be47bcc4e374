"""`calendarize dates FILE... [--json] [--reference-date]` through the real command."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from calendarize.documents import Document, load

from .conftest import SEEDS, run

ANNOUNCEMENT = (
    "Stuttgart, 12.04.2017 – Die Clusterwoche läuft vom 20. bis 28. April 2017.\n"
    "Am Dienstag, 25. April, 10 bis 16 Uhr, ist Tag der offenen Tür.\n"
)
YEARLESS = "Die Messe findet am 5. Januar statt. Am 11. Juli trafen sich alle.\n"


def dates_json(*args: str, input: str | None = None) -> list[dict[str, Any]]:
    result = run("dates", *args, "--json", input=input)
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


@pytest.fixture
def announcement(tmp_path: Path) -> Path:
    path = tmp_path / "announcement.txt"
    path.write_text(ANNOUNCEMENT, encoding="utf-8")
    return path


def test_json_has_the_documented_shape(announcement: Path) -> None:
    (doc,) = dates_json(str(announcement))
    assert set(doc) == {"file", "mentions"}
    assert doc["file"].endswith("announcement.txt")
    assert [set(m) for m in doc["mentions"]] == [{"span", "text", "start", "end"}] * 3
    assert [(m["text"], m["start"], m["end"]) for m in doc["mentions"]] == [
        ("12.04.2017", "2017-04-12", None),
        ("20. bis 28. April 2017", "2017-04-20", "2017-04-28"),
        ("Dienstag, 25. April, 10 bis 16 Uhr", "2017-04-25T10:00", "2017-04-25T16:00"),
    ]


def test_spans_index_the_decoded_text(announcement: Path) -> None:
    (document,) = [d for d in load([str(announcement)]) if isinstance(d, Document)]
    (doc,) = dates_json(str(announcement))
    for m in doc["mentions"]:
        begin, end = m["span"]
        assert document.text[begin:end] == m["text"]


@pytest.mark.parametrize(("reference", "expected"), [
    (None, [("--01-05", None), ("--07-11", None)]),
    ("2016-12-01", [("2017-01-05", None), ("2016-07-11", None)]),
    ("2017-08-01", [("2018-01-05", None), ("2017-07-11", None)]),
], ids=["no reference", "December 2016", "August 2017"])
def test_reference_date_reads_the_tense(tmp_path: Path, reference: str | None,
                                         expected: list[tuple[str, str | None]]) -> None:
    path = tmp_path / "yearless.txt"
    path.write_text(YEARLESS, encoding="utf-8")
    extra = ("--reference-date", reference) if reference else ()
    (doc,) = dates_json(str(path), *extra)
    assert [(m["start"], m["end"]) for m in doc["mentions"]] == expected


def test_one_object_per_file_in_order(announcement: Path, tmp_path: Path) -> None:
    other = tmp_path / "yearless.txt"
    other.write_text(YEARLESS, encoding="utf-8")
    docs = dates_json(str(announcement), str(other))
    assert [Path(d["file"]).name for d in docs] == ["announcement.txt", "yearless.txt"]


def test_a_file_without_dates_has_no_mentions(tmp_path: Path) -> None:
    path = tmp_path / "plain.txt"
    path.write_text("Industrie 4.0, Version 3.11.7 und 12.50 Euro.\n", encoding="utf-8")
    assert dates_json(str(path)) == [{"file": str(path), "mentions": []}]


def test_standard_input() -> None:
    (doc,) = dates_json("-", input="Am 5. Mai 2017 um 19.30 Uhr.\n")
    assert doc["mentions"] == [{"span": [3, 27], "text": "5. Mai 2017 um 19.30 Uhr",
                                "start": "2017-05-05T19:30", "end": None}]


def test_plain_output_names_file_span_and_dates(announcement: Path) -> None:
    result = run("dates", str(announcement))
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert len(lines) == 3
    assert lines[1].endswith("2017-04-20 – 2017-04-28  '20. bis 28. April 2017'")
    assert lines[1].startswith(f"{announcement}:")


def test_seeds_give_dates() -> None:
    docs = dates_json(str(SEEDS))
    assert len(docs) == len(list(SEEDS.glob("*.txt")))
    assert sum(bool(d["mentions"]) for d in docs) >= 4  # one seed names no date


def test_a_bad_reference_date_is_a_usage_error(announcement: Path) -> None:
    result = run("dates", str(announcement), "--reference-date", "5.5.2017")
    assert result.exit_code == 2
    assert "YYYY-MM-DD" in result.output


def test_an_unreadable_file_is_named(tmp_path: Path) -> None:
    result = run("dates", str(tmp_path / "missing.txt"), "--json")
    assert result.exit_code == 1
    assert "missing.txt" in result.stderr


def test_help_names_the_options() -> None:
    result = run("dates", "--help")
    assert "--json" in result.output
    assert "--reference-date" in result.output
