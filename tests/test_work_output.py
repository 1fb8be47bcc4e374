"""Regression guards for the write side's speed, counted rather than timed (issue 7).

An export renders each event's VEVENT at most once (its bytes serve the event's own file,
the feed and the hash the state keeps), and a run where nothing changed renders and
writes nothing: no icalendar, no Jinja2, no file replaced.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import shutil
import subprocess
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import icalendar
import pytest

from calendarize import ical, output, site
from calendarize.documents import read_document
from calendarize.events import extract_events
from calendarize.ical import Feed
from calendarize.model import Day, Event, Source

from .conftest import DOCUMENTS, ROOT, SEEDS, STAMP, run, work

LATER = "2026-02-01T00:00:00Z"  # every seed event is past on both days: the same page
LINEAR = 2.5  # work(2n) / work(n) at most


@pytest.fixture
def counts(monkeypatch: pytest.MonkeyPatch) -> Counter[str]:
    """Calls, by name: VEVENTs built, icalendar renderings, files replaced, pages rendered."""
    counter: Counter[str] = Counter()

    def counting(name: str, real: Callable[..., object]) -> Callable[..., object]:
        def call(*args: object, **kwargs: object) -> object:
            counter[name] += 1
            return real(*args, **kwargs)

        return call

    monkeypatch.setattr(ical, "vevent", counting("vevent", ical.vevent))
    monkeypatch.setattr(icalendar.Component, "to_ical",
                        counting("to_ical", icalendar.Component.to_ical))
    monkeypatch.setattr(output, "replacing", counting("replaced", output.replacing))
    monkeypatch.setattr(site, "_page", counting("page", site._page))
    return counter


def export(sources: Path, out: Path, stamp: str = STAMP) -> None:
    result = run("export", str(sources), "--out", str(out), "--stamp", stamp, "--quiet")
    assert result.exit_code in (0, 4), result.output


def vevents(out: Path) -> int:
    return len(icalendar.Calendar.from_ical((out / output.FEED_NAME).read_bytes()).events)


@pytest.mark.parametrize("sources", [SEEDS, DOCUMENTS], ids=["seeds", "documents"])
def test_a_fresh_export_renders_each_event_once(
        sources: Path, tmp_path: Path, counts: Counter[str]) -> None:
    export(sources, tmp_path / "out")
    assert counts["vevent"] == vevents(tmp_path / "out") >= 5
    assert counts["page"] == 1


@pytest.mark.parametrize("stamp", [STAMP, LATER], ids=["same stamp", "later stamp"])
def test_a_noop_export_renders_and_writes_nothing(
        stamp: str, tmp_path: Path, counts: Counter[str]) -> None:
    export(SEEDS, tmp_path / "out")
    counts.clear()
    export(SEEDS, tmp_path / "out", stamp)
    assert counts == Counter()


def test_a_noop_export_loads_neither_icalendar_nor_jinja2(tmp_path: Path) -> None:
    script = (
        "import sys\n"
        "from calendarize.cli import main\n"
        "try:\n"
        "    main()\n"
        "except SystemExit:\n"
        "    pass\n"
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'icalendar', 'jinja2'}))\n"
    )
    args = ["export", str(SEEDS), "--out", str(tmp_path / "out"), "--stamp", STAMP, "-q"]
    loaded = [subprocess.run([sys.executable, "-c", script, *args], cwd=ROOT, check=True,
                             capture_output=True, text=True).stdout for _ in range(2)]
    assert loaded == ["['icalendar', 'jinja2']\n", "[]\n"]


def test_a_changed_document_renders_each_event_at_most_once(
        tmp_path: Path, counts: Counter[str]) -> None:
    sources = tmp_path / "in"
    shutil.copytree(SEEDS, sources)
    export(sources, tmp_path / "out")
    changed = sorted(sources.glob("*.txt"))[0]
    changed.write_text(changed.read_text("utf-8").replace("2016", "2018"), "utf-8")
    counts.clear()
    export(sources, tmp_path / "out", LATER)
    # (the feed holds every event: the unchanged ones are read back from the last feed)
    assert 0 < counts["vevent"] <= vevents(tmp_path / "out")


def test_a_new_document_renders_only_its_own_events(tmp_path: Path, counts: Counter[str]) -> None:
    """The nightly run: the feed is written anew, but an event unchanged since the last
    run is read back from the last feed (checked against the hash the state keeps), not
    rendered again; the bytes are those of rendering everything."""
    sources = tmp_path / "in"
    sources.mkdir()
    first, *rest = sorted(DOCUMENTS.glob("*.txt"))
    for path in rest:
        shutil.copy(path, sources)
    export(sources, tmp_path / "out")
    shutil.copytree(tmp_path / "out", tmp_path / "again")
    shutil.copy(first, sources)
    new = len([e for e in extract_events(read_document(first, first.name)) if e.exportable])
    assert new
    counts.clear()
    export(sources, tmp_path / "out", LATER)
    assert 0 < counts["vevent"] <= new < vevents(tmp_path / "out")
    # the same run where the last feed was lost or edited by hand renders everything
    feed = tmp_path / "again" / output.FEED_NAME
    feed.write_bytes(feed.read_bytes().replace(b"SUMMARY:", b"SUMMARY:x"))
    export(sources, tmp_path / "again", LATER)
    assert _files(tmp_path / "again") == _files(tmp_path / "out")


def _files(out: Path) -> dict[str, bytes]:
    return {str(p.relative_to(out)): p.read_bytes() for p in sorted(out.rglob("*"))
            if p.is_file() and not p.name.startswith(".calendarize")}


def test_a_state_without_fingerprints_renders_once_and_raises_no_sequence(
        tmp_path: Path, counts: Counter[str]) -> None:
    out = tmp_path / "out"
    export(SEEDS, out)
    before = {p: p.read_bytes() for p in sorted(out.rglob("*.ics"))}
    path = out / output.STATE_NAME
    data = json.loads(path.read_text("utf-8"))
    for raw in data["events"].values():
        assert raw.pop("fingerprint")
    path.write_text(json.dumps(data), "utf-8")  # as a run before fingerprints left it
    counts.clear()
    export(SEEDS, out, LATER)
    assert counts["vevent"] == vevents(out)
    assert {p: p.read_bytes() for p in sorted(out.rglob("*.ics"))} == before
    assert all(raw["fingerprint"] for raw in json.loads(path.read_text("utf-8"))["events"].values())
    counts.clear()
    export(SEEDS, out, LATER)
    assert counts == Counter()


def test_a_missing_page_is_written_again(tmp_path: Path, counts: Counter[str]) -> None:
    out = tmp_path / "out"
    export(SEEDS, out)
    page = (out / site.PAGE_NAME).read_bytes()
    (out / site.PAGE_NAME).unlink()
    counts.clear()
    export(SEEDS, out)
    assert (counts["page"], counts["replaced"]) == (1, 1)
    assert (out / site.PAGE_NAME).read_bytes() == page


FOLDS = [
    ("short", "SUMMARY:Sommerfest"),
    ("exactly 74 octets", "X:" + "x" * 72),
    ("75 octets", "X:" + "x" * 73),
    ("escape at the fold", "X:" + "x" * 71 + r"\,y"),
    ("caret at the fold", "X;P=" + "x" * 69 + "^^" + "y"),
    ("umlaut across the fold", "X:" + "x" * 71 + "ä" * 40),
    ("four-octet characters", "X:" + "𝄞" * 60),
    ("only escapes", "X:" + "\\" * 100),
]


@pytest.mark.parametrize("sources", [SEEDS, DOCUMENTS], ids=["seeds", "documents"])
def test_a_fresh_exports_event_files_are_flushed_by_one_sync(
        sources: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """However many event files an export writes, it flushes them by one sync of the file
    system; the feed, state, page and cache are flushed one by one, as before."""
    calls: Counter[str] = Counter()
    real_fsync, real_sync = output.os.fsync, output._sync_file_system

    def fsync(fd: int) -> None:
        calls["fsync"] += 1
        real_fsync(fd)

    def sync(folder: Path) -> bool:
        calls["sync"] += 1
        return real_sync(folder)

    monkeypatch.setattr(output, "SYNC_ONCE", 2)  # the seeds give fewer than 16 event files
    monkeypatch.setattr(output.os, "fsync", fsync)
    monkeypatch.setattr(output, "_sync_file_system", sync)
    export(sources, tmp_path / "out")
    files = len(list((tmp_path / "out" / output.EVENTS_DIR).iterdir()))
    assert files >= 5
    # the state (plan and result), the feed, the page, its digest and the cache
    expected = {"sync": 1, "fsync": 6 if output._syncfs() else 6 + files}
    assert calls == expected


def test_replacing_together_replaces_all_or_nothing(tmp_path: Path) -> None:
    kept, new, same = tmp_path / "kept.ics", tmp_path / "new.ics", tmp_path / "same.ics"
    kept.write_bytes(b"old")
    same.write_bytes(b"same")

    def failing_block() -> None:
        with output.replacing_together(tmp_path) as write:
            assert write(kept, b"changed")
            raise RuntimeError("the block fails after one write")

    with pytest.raises(RuntimeError):
        failing_block()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kept.ics", "same.ics"]
    assert kept.read_bytes() == b"old"
    with output.replacing_together(tmp_path) as write:
        assert [write(kept, b"changed"), write(new, b"new"), write(same, b"same")] == \
            [True, True, False]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kept.ics", "new.ics", "same.ics"]
    assert (kept.read_bytes(), new.read_bytes(), same.read_bytes()) == \
        (b"changed", b"new", b"same")


@pytest.mark.parametrize(("name", "line"), FOLDS)
def test_fold_gives_icalendars_bytes(name: str, line: str) -> None:
    assert ical._fold(line) == icalendar.parser.Contentline(line).to_ical(), name


def test_fold_gives_icalendars_bytes_on_random_lines() -> None:
    rnd = random.Random(7)
    alphabet = ["a", " ", "ä", "€", "𝄞", "\\", "^", ",", "\\,", "ß"]
    for _ in range(3000):
        line = "X:" + "".join(rnd.choice(alphabet) for _ in range(rnd.randrange(300)))
        assert ical._fold(line) == icalendar.parser.Contentline(line).to_ical(), line


def _events(n: int) -> list[Event]:
    """``n`` events on different days, every other one with a time."""
    return [Event(title=f"Tagung {i}", start=Day(2000 + i // 336, 1 + i // 28 % 12, 1 + i % 28),
                  start_time=None if i % 2 else dt.time(10),
                  sources=(Source(f"{i}.txt", "…"),))
            for i in range(n)]


def test_writing_is_linear_in_the_number_of_events(tmp_path: Path) -> None:
    stamp = ical._EPOCH

    def make(n: int) -> Callable[[], object]:
        folder = tmp_path / str(n)
        (folder / output.EVENTS_DIR).mkdir(parents=True, exist_ok=True)
        return lambda: output.write_all(_events(n), folder, Feed(), stamp)

    make(10)()  # warm lazy imports and caches
    assert work(make(80)) / work(make(40)) <= LINEAR
