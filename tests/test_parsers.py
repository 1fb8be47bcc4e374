"""The feed and a per-event file read back by three independent iCalendar parsers."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import icalendar
import pytest
import vobject
from ical.calendar_stream import IcsCalendarStream

from .conftest import SEEDS, STAMP, run

EXPECTED = {
    "Clustertagung in Wetzlar": (dt.date(2016, 7, 11), dt.date(2016, 7, 13)),
    "Jahrestagung der baden-württembergischen ClustermanagerInnen":
        (dt.date(2014, 11, 5), dt.date(2014, 11, 6)),
    "Bundesweite Clusterwoche": (dt.date(2017, 4, 20), dt.date(2017, 4, 29)),
    "Jahrestagung des Programms „go-cluster“": (dt.date(2017, 4, 20), dt.date(2017, 4, 21)),
    "Cluster-Initiativen auf der Hannover Messe": (dt.date(2017, 4, 24), dt.date(2017, 4, 29)),
}


@pytest.fixture(scope="module")
def out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("out")
    assert run("export", str(SEEDS), "--out", str(folder), "--stamp", STAMP).exit_code == 0
    return folder


def _icalendar(data: bytes) -> dict[str, tuple[object, object]]:
    cal = icalendar.Calendar.from_ical(data)
    return {str(e["SUMMARY"]): (e.start, e.end) for e in cal.events}


def _vobject(data: bytes) -> dict[str, tuple[object, object]]:
    cal = vobject.readOne(data.decode("utf-8"))
    return {e.summary.value: (e.dtstart.value, e.dtend.value) for e in cal.vevent_list}


def _ical(data: bytes) -> dict[str, tuple[object, object]]:
    cal = IcsCalendarStream.calendar_from_ics(data.decode("utf-8"))
    return {e.summary: (e.dtstart, e.dtend) for e in cal.events}


PARSERS = [_icalendar, _vobject, _ical]


@pytest.mark.parametrize("parse", PARSERS, ids=["icalendar", "vobject", "ical"])
def test_feed_parses_with_every_event_and_date(out: Path, parse) -> None:  # type: ignore[no-untyped-def]
    assert parse((out / "calendar.ics").read_bytes()) == EXPECTED


@pytest.mark.parametrize("parse", PARSERS, ids=["icalendar", "vobject", "ical"])
def test_single_event_file_parses(out: Path, parse) -> None:  # type: ignore[no-untyped-def]
    data = (out / "events" / "2016-07-11-clustertagung-in-wetzlar.ics").read_bytes()
    assert parse(data) == {"Clustertagung in Wetzlar": EXPECTED["Clustertagung in Wetzlar"]}
