"""Regression guards for the work around extraction and writing, counted (issue 7).

Each event's own file takes the calendar head rendered once, with the event's title put
in without building an icalendar Calendar; a plain UTF-8 document is decoded without
the UTF-16 and byte-order-mark tests doing more than one check each; with a cache, each
document file is looked at (stat) once, by the parent, and opened without a second look.
"""

from __future__ import annotations

import datetime as dt
import os
import signal
from pathlib import Path

import icalendar
import pytest

from calendarize import ical, output, pipeline
from calendarize.cache import Cache
from calendarize.documents import UnreadableDocument, decode, read_bytes
from calendarize.ical import Feed
from calendarize.model import Day, Event, Source

from .conftest import counting, work

STAMP = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)

NAMES = [  # (name, reason)
    ("Tag der offenen Tür", "plain German"),
    ("Lesung: „Wir; die Anderen“, Teil 2", "colon, semicolon, comma and quotes, unescaped"),
    ("Back\\slash und ^Caret^", "backslash and caret, where folding must not split"),
    ("Sommerfest " * 12, "long: folded"),
    ("Grüße " + "ä" * 70, "long, folded between multi-byte characters"),
    ("Wagen\rrennen", "a lone carriage return, written as it is"),
    ("", "empty"),
]


def test_name_rows_are_unique() -> None:
    assert len({n for n, _ in NAMES}) == len(NAMES)


@pytest.mark.parametrize(("name", "reason"), NAMES, ids=[r for _, r in NAMES])
def test_name_lines_are_icalendars(name: str, reason: str) -> None:
    assert ical._name_lines(name) == ical._icalendar_name_lines(name), reason


def test_a_name_with_a_line_break_is_refused_as_icalendar_refuses_it() -> None:
    with pytest.raises(AssertionError):
        ical._name_lines("zwei\nZeilen")


def _events(n: int) -> list[Event]:
    return [Event(title=f"Konzert Nummer {i}", start=Day(2026, 3, 1 + i % 28),
                  sources=(Source(f"d{i}.txt", "x"),)) for i in range(n)]


def test_event_files_build_no_calendar_each(tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    events = _events(6)
    with output.exclusive(tmp_path, 1):  # warm: the head's frame is rendered once
        output.write_all(events[:1], tmp_path, Feed(), STAMP)
    calendars = counting(monkeypatch, icalendar.Calendar, "to_ical")
    with output.exclusive(tmp_path / "more", 1):
        report = output.write_all(events, tmp_path / "more", Feed(), STAMP)
    assert len(report.written) == len(events) + 1  # each event's file and the feed
    assert calendars[0] == 0


def test_decoding_plain_utf8_is_a_fixed_number_of_calls() -> None:
    short, long = "Am 1. März".encode(), ("Am 1. März, 10 Uhr. " * 400).encode()
    assert work(lambda: decode(short)) == work(lambda: decode(long)) <= 16


def test_with_a_cache_each_document_is_looked_at_once(
        seeds: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    stats = counting(monkeypatch, os, "stat")
    result = pipeline.extract([str(seeds)], cache=Cache("scope"))
    assert result.documents >= 5
    assert stats[0] == result.documents + 1  # each file's signature, and the folder


def test_a_file_seen_regular_that_became_a_pipe_does_not_block(tmp_path: Path) -> None:
    fifo = tmp_path / "was-a-file.txt"
    os.mkfifo(fifo)
    signal.alarm(5)  # a blocking open fails the test rather than hanging it
    try:
        with pytest.raises(UnreadableDocument, match="named pipe"):
            read_bytes(str(fifo), regular=True)
    finally:
        signal.alarm(0)
