"""Reports of one event from several documents become one event; the index keeps it linear."""

from __future__ import annotations

import pytest

from calendarize import merge
from calendarize.merge import merge_events, same_event
from calendarize.model import Day, Event, Source


def _event(title: str, start: Day | None, end: Day | None = None, city: str | None = None,
           name: str = "a.txt") -> Event:
    return Event(title=title, start=start, end=end, city=city, sources=(Source(name, title),))


# first report, second report, one event?, reason
SAME_ROWS = [
    (_event("Clustertagung in Wetzlar", Day(2016, 7, 11), Day(2016, 7, 12), "Wetzlar"),
     _event("Clustertagung", Day(None, 7, 11), Day(None, 7, 12), "Wetzlar"), True,
     "a year-less report meets the dated one on its days"),
    (_event("Frühjahrsmesse 2020", Day(2020, 3, 21), Day(2020, 3, 29)),
     _event("Frühjahrsmesse", Day(2020, 3, 25)), True, "a day inside a range"),
    (_event("Frühjahrsmesse", Day(2020, 3, 21)), _event("Frühjahrsmesse", Day(2021, 3, 21)), False,
     "the same day of another year"),
    (_event("Stadtfest", Day(2017, 6, 30), city="Offenburg"),
     _event("Konzert", Day(2017, 6, 30), city="Offenburg"), False, "same day, other kind"),
    (_event("Ferienprogramm", Day(None, 12, 28), Day(None, 1, 3)),
     _event("Ferienprogramm", Day(None, 12, 28)), True, "a year-less span over New Year"),
    (_event("Cluster-Brunch", None), _event("Cluster-Brunch", None), False,
     "undated reports are never merged"),
]


@pytest.mark.parametrize(("a", "b", "same", "reason"), SAME_ROWS, ids=[r[3] for r in SAME_ROWS])
def test_merges_reports_of_one_event(a: Event, b: Event, same: bool, reason: str) -> None:
    assert (len(merge_events([a, b])) == 1) is same, reason


def test_merged_event_keeps_the_known_year_and_every_source() -> None:
    dated = _event("Clustertagung", Day(2016, 7, 11), name="a.txt")
    yearless = _event("Clustertagung", Day(None, 7, 11), name="b.txt")
    [event] = merge_events([yearless, dated])
    assert event.start == Day(2016, 7, 11)
    assert [s.file for s in event.sources] == ["b.txt", "a.txt"]


def test_conflicting_dates_are_noted_not_merged() -> None:
    a = _event("Jahrestagung Logistik", Day(2017, 10, 11), city="Magdeburg", name="a.txt")
    b = _event("Jahrestagung Logistik", Day(2017, 10, 18), city="Magdeburg", name="b.txt")
    merged = merge_events([a, b])
    assert len(merged) == 2
    assert all(e.conflicts for e in merged)


def test_reports_are_compared_only_with_reports_that_share_a_day(
        monkeypatch: pytest.MonkeyPatch) -> None:
    calls = []

    def counting(a: Event, b: Event) -> bool:
        calls.append((a, b))
        return same_event(a, b)

    monkeypatch.setattr(merge, "same_event", counting)
    events = [_event(f"Tagung {n}", Day(2019, 1 + n % 12, 1 + n % 28)) for n in range(1000)]
    merged = merge_events(events)
    days = {(e.start.month, e.start.day) for e in events if e.start}
    assert len(merged) == len(days)  # same day and kind: one event per day
    # each report is compared with its day's group, not with all others
    assert len(calls) < 5 * len(events)
