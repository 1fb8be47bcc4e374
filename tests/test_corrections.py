"""Corrections by UID: read from TOML, applied on every run, reported when they miss."""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import tomllib
from pathlib import Path
from typing import Any

import pytest
from icalendar import Calendar

from calendarize.corrections import (
    Correction,
    CorrectionsError,
    apply,
    correct,
    load,
    parse,
    uid_of,
)
from calendarize.model import Day, Event, Organiser, Source

from .conftest import SEEDS, STAMP, run

PARSED = [
    ({"title": " Cluster-Brunch "}, "title", "Cluster-Brunch", "title is trimmed"),
    ({"start": dt.date(2017, 3, 14)}, "start", Day(2017, 3, 14), "TOML date"),
    ({"start": "2017-03-14"}, "start", Day(2017, 3, 14), "date as list --json prints it"),
    ({"start": dt.datetime(2017, 3, 14, 10, 30)}, "start_time", dt.time(10, 30),
     "TOML local date-time gives the time"),
    ({"start": "2017-03-14T10:30"}, "start_time", dt.time(10, 30), "date-time as printed"),
    ({"time": dt.time(9, 0)}, "start_time", dt.time(9, 0), "TOML time"),
    ({"end_time": "17:15"}, "end_time", dt.time(17, 15), "time as text"),
    ({"end": "2017-03-15"}, "end", Day(2017, 3, 15), "last day"),
    ({"venue": "Neues Schloss"}, "venue", ("Neues Schloss",), "one venue"),
    ({"venue": ["Neues Schloss", "Saal 2"]}, "venue", ("Neues Schloss", "Saal 2"), "several"),
    ({"venue": []}, "venue", (), "venue cleared"),
    ({}, "venue", None, "venue as the documents say"),
    ({"add_organisers": "IHK"}, "add_organisers", ("IHK",), "one organiser as text"),
    ({"hide": True}, "hide", True, "hidden"),
    ({"merge_into": "b@calendarize"}, "merge_into", "b@calendarize", "merged"),
]


@pytest.mark.parametrize(("table", "field", "expected", "reason"), PARSED,
                         ids=[row[3] for row in PARSED])
def test_parse(table: dict[str, Any], field: str, expected: object, reason: str) -> None:
    assert getattr(parse("a@calendarize", table), field) == expected, reason


WRONG = [
    ({"titel": "x"}, "unknown key 'titel'"),
    ({"start": "14.03.2017"}, "'14.03.2017' is not a date"),
    ({"start": 2017}, "2017 is not a date"),
    ({"start": dt.datetime(2017, 3, 14, 10, tzinfo=dt.UTC)}, "give the local time"),
    ({"time": "halb elf"}, "'halb elf' is not a time"),
    ({"hide": "yes"}, "'yes' is not true or false"),
    ({"title": ""}, "'' is not a text"),
    ({"add_organisers": [1]}, "1 is not a text"),
    ([], "must be a table"),
]


@pytest.mark.parametrize(("table", "message"), WRONG)
def test_parse_rejects(table: object, message: str) -> None:
    with pytest.raises(CorrectionsError, match=message.replace("(", r"\(")):
        parse("a@calendarize", table)


@pytest.mark.parametrize(("text", "message"), [
    ("[events\n", "not valid TOML"),
    ("[event.\"a\"]\nhide = true\n", "unknown section 'event'"),
    ("events = 1\n", "must be tables"),
    ("[events.\"a\"]\ncolour = 'red'\n", "events.'a': unknown key 'colour'"),
])
def test_load_rejects(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "corrections.toml"
    path.write_text(text, "utf-8")
    with pytest.raises(CorrectionsError, match=message):
        load(path)


def test_load_reads_every_event(tmp_path: Path) -> None:
    path = tmp_path / "corrections.toml"
    path.write_text('[events."a"]\nhide = true\n[events."b"]\nstart = 2017-03-14\n', "utf-8")
    assert load(path) == (Correction("a", hide=True), Correction("b", start=Day(2017, 3, 14)))


BRUNCH = Event("Brunch", None, organisers=(Organiser("IHK"),), sources=(Source("a.txt", "…"),))
FAIR = Event("Messe", Day(2017, 4, 24), Day(2017, 4, 28), city="Hannover",
             sources=(Source("b.txt", "…"),))
CORRECT = [
    (BRUNCH, Correction("x", start=Day(2017, 3, 14)), "start_str", "2017-03-14",
     "an undated event gets a date"),
    (BRUNCH, Correction("x", start=Day(2017, 3, 14), start_time=dt.time(10)), "start_str",
     "2017-03-14T10:00", "and a time"),
    (FAIR, Correction("x", start=Day(2017, 4, 25)), "end_str", "2017-04-28",
     "a later start keeps the end"),
    (FAIR, Correction("x", start=Day(2017, 5, 2)), "end_str", None,
     "a start after the old end drops it"),
    (FAIR, Correction("x", end=Day(2017, 4, 24)), "end_str", None,
     "an end on the start day is a one-day event"),
    (FAIR, Correction("x", city="Wetzlar"), "geo", (50.56109, 8.50495),
     "a corrected city is looked up"),
    (FAIR, Correction("x", city="Kleinkleckersdorf"), "geo", None,
     "an unknown city has no coordinates"),
    (FAIR, Correction("x", venue=("Halle 27",)), "location", "Halle 27, Hannover", "venue"),
    (BRUNCH, Correction("x", add_organisers=("IHK", "HWK")), "organisers",
     (Organiser("IHK"), Organiser("HWK")), "a known organiser is not added twice"),
    (FAIR, Correction("x", title="Hannover Messe"), "title", "Hannover Messe", "title"),
]


@pytest.mark.parametrize(("event", "fix", "attribute", "expected", "reason"), CORRECT,
                         ids=[row[4] for row in CORRECT])
def test_correct(event: Event, fix: Correction, attribute: str, expected: object,
                 reason: str) -> None:
    value = getattr(correct(event, fix), attribute)
    assert (value() if callable(value) else value) == expected, reason


def test_apply_merges_hides_and_reports_what_it_cannot_find() -> None:
    talk = Event("Vortrag", Day(2017, 4, 26), city="Hannover", sources=(Source("c.txt", "…"),))
    fixes = (
        Correction(uid_of(talk), merge_into=uid_of(FAIR)),
        Correction(uid_of(BRUNCH), hide=True),
        Correction("gone@calendarize", title="x"),
        Correction(uid_of(FAIR), merge_into="gone@calendarize"),
    )
    applied = apply([BRUNCH, FAIR, talk], fixes)
    [fair] = applied.events
    assert fair.uid == uid_of(FAIR)
    assert fair.event.title == "Messe"
    assert [s.file for s in fair.event.sources] == ["b.txt", "c.txt"]
    assert applied.stale == (
        "correction for gone@calendarize: no such event",
        f"correction for {uid_of(FAIR)}: no event gone@calendarize to merge into",
    )
    assert applied.hidden == 2


def test_the_second_of_two_events_of_a_day_and_kind_can_be_corrected() -> None:
    farm = Event("Bauernmarkt", Day(2026, 6, 6), city="Reichenau", sources=(Source("m.txt", "…"),))
    pots = Event("Töpfermarkt", Day(2026, 6, 6), city="Radolfzell", sources=(Source("m.txt", "…"),))
    first, second = apply([farm, pots], ()).events
    assert first.uid != second.uid  # (the export's two UIDs, not one for both)
    [kept, fixed] = apply([farm, pots], (Correction(second.uid, city="Konstanz"),)).events
    assert (fixed.event.title, fixed.event.city, fixed.uid) == ("Töpfermarkt", "Konstanz",
                                                                second.uid)
    assert (kept.event.title, kept.event.city, kept.uid) == ("Bauernmarkt", "Reichenau",
                                                             first.uid)


def test_a_corrected_event_keeps_its_uid() -> None:
    fix = Correction(uid_of(BRUNCH), start=Day(2017, 3, 14))
    [corrected] = apply([BRUNCH], (fix,)).events
    assert corrected.uid == uid_of(BRUNCH) == uid_of(corrected.event)  # carried to the feed
    assert corrected.original == BRUNCH
    assert corrected.changed


# Through the real CLI: the seeds, with the undated Cluster-Brunch given a date.

@pytest.fixture
def brunch(tmp_path: Path) -> Path:
    """A corrections file dating the seeds' undated event (found by its status)."""
    with contextlib.chdir(SEEDS.parent):
        rows = json.loads(run("list", "seeds", "--json").stdout)
    [undated] = [r for r in rows if r["status"] == "undated"]
    path = tmp_path / "corrections.toml"
    path.write_text(f'[events."{undated["uid"]}"]\nstart = 2017-03-14T10:30:00\n'
                    f'city = "Stuttgart"\n', "utf-8")
    return path


def test_dated_brunch_gives_six_events_everywhere(tmp_path: Path, brunch: Path) -> None:
    out = tmp_path / "out"
    with contextlib.chdir(SEEDS.parent):
        result = run("export", "seeds", "--out", str(out), "--stamp", STAMP,
                     "--corrections", str(brunch))
    assert result.exit_code == 0, result.output
    assert "not exported" not in result.stderr
    feed = Calendar.from_ical((out / "calendar.ics").read_bytes())
    assert len(feed.walk("VEVENT")) == 6
    assert len(list((out / "events").glob("*.ics"))) == 6
    assert (out / "index.html").read_text("utf-8").count("<article") == 6
    [brunch_file] = (out / "events").glob("2017-03-14-*.ics")
    [event] = Calendar.from_ical(brunch_file.read_bytes()).walk("VEVENT")
    assert event.DTSTART.isoformat() == "2017-03-14T10:30:00+01:00"
    addressed = next(iter(tomllib.loads(brunch.read_text("utf-8"))["events"]))
    assert str(event["UID"]) == addressed  # the UID in list, corrections and the feed


def test_undated_uid_does_not_depend_on_how_the_folder_is_named() -> None:
    with contextlib.chdir(SEEDS.parent):
        relative = json.loads(run("list", "seeds", "--json").stdout)
    absolute = json.loads(run("list", str(SEEDS), "--json").stdout)
    assert [r["uid"] for r in relative] == [r["uid"] for r in absolute]


def test_list_shows_the_correction(brunch: Path) -> None:
    with contextlib.chdir(SEEDS.parent):
        rows = json.loads(run("list", "seeds", "--json", "--corrections", str(brunch)).stdout)
        table = run("list", "seeds", "--corrections", str(brunch)).stdout
    corrected = {r["title"]: r["corrected"] for r in rows}
    assert sum(bool(fields) for fields in corrected.values()) == 1
    [(title, fields)] = [(t, f) for t, f in corrected.items() if f]
    assert {"start", "status", "city"} <= set(fields)
    assert all(r["status"] == "ok" for r in rows)
    [line] = [line for line in table.splitlines() if title in line]
    assert line.startswith("2017-03-14T10:30*")
    assert "(corrected: start, " in line


def test_list_without_corrections_has_empty_corrected_keys() -> None:
    with contextlib.chdir(SEEDS.parent):
        rows = json.loads(run("list", "seeds", "--json").stdout)
    assert all(r["corrected"] == [] for r in rows)


def test_a_correction_without_its_event_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "corrections.toml"
    path.write_text('[events."0000@calendarize"]\nhide = true\n', "utf-8")
    with contextlib.chdir(SEEDS.parent):
        result = run("export", "seeds", "--out", str(tmp_path / "out"), "--stamp", STAMP,
                     "--quiet", "--corrections", str(path))
    assert result.exit_code == 0
    assert result.stderr == "calendarize: correction for 0000@calendarize: no such event\n"


def test_an_unusable_corrections_file_stops_the_run(tmp_path: Path) -> None:
    path = tmp_path / "corrections.toml"
    path.write_text('[events."x"]\nstart = "morgen"\n', "utf-8")
    result = run("list", str(SEEDS), "--corrections", str(path))
    assert result.exit_code == 1
    assert "'morgen' is not a date" in result.stderr


def test_hidden_events_leave_every_output(tmp_path: Path) -> None:
    with contextlib.chdir(SEEDS.parent):
        rows = json.loads(run("list", "seeds", "--json").stdout)
        path = tmp_path / "corrections.toml"
        path.write_text(f'[events."{rows[0]["uid"]}"]\nhide = true\n', "utf-8")
        result = run("export", "seeds", "--out", str(tmp_path / "out"), "--stamp", STAMP,
                     "--corrections", str(path))
        listed = json.loads(run("list", "seeds", "--json", "--corrections", str(path)).stdout)
    assert result.exit_code == 0
    assert result.stderr.rstrip().endswith("; 1 hidden by corrections")
    assert rows[0]["title"] not in [r["title"] for r in listed]
    assert rows[0]["title"] not in (tmp_path / "out" / "index.html").read_text("utf-8")
