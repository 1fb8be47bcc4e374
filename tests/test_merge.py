"""Reports of one event from several documents become one event; the index keeps it linear."""

from __future__ import annotations

import datetime as dt

import pytest

from calendarize import merge
from calendarize.merge import merge_events, same_event
from calendarize.model import Day, Event, Source


def _event(title: str, start: Day | None, end: Day | None = None, city: str | None = None,
           name: str = "a.txt", at: dt.time | None = None) -> Event:
    return Event(title=title, start=start, end=end, city=city, sources=(Source(name, title),),
                 start_time=at)


def _report(title: str, start: Day | None, end: Day | None = None, city: str | None = None,
            at: dt.time | None = None) -> Event:
    """A second document's report (see _event)."""
    return _event(title, start, end, city, name="b.txt", at=at)


# first report, second report, one event?, reason
SAME_ROWS = [
    (_event("Gottesdienst mit Abendmahl", Day(2026, 3, 15), at=dt.time(10)),
     _report("Ökumenischer Gottesdienst in der Kapelle", Day(None, 3, 15), city="Wattwil",
             at=dt.time(10)), False,
     "a year-less report placed where the other is not takes its year only by the same title"),
    (_event("Adventsfeier", Day(2026, 12, 8), at=dt.time(15)),
     _report("Adventsfeier", Day(None, 12, 8), city="Brügge", at=dt.time(15)), True,
     "… which it does by the same title"),
    (_event("Clustertagung in Wetzlar", Day(2016, 7, 11), Day(2016, 7, 12), "Wetzlar"),
     _report("Clustertagung", Day(None, 7, 11), Day(None, 7, 12), "Wetzlar"), True,
     "a year-less report meets the dated one on its days"),
    (_event("Frühjahrsmesse 2020", Day(2020, 3, 21), Day(2020, 3, 29)),
     _report("Frühjahrsmesse", Day(2020, 3, 25)), True, "a day inside a range"),
    (_event("Frühjahrsmesse", Day(2020, 3, 21)), _event("Frühjahrsmesse", Day(2021, 3, 21)), False,
     "the same day of another year"),
    (_event("Stadtfest", Day(2017, 6, 30), city="Offenburg"),
     _report("Konzert", Day(2017, 6, 30), city="Offenburg"), False, "same day, other kind"),
    (_event("Ferienprogramm", Day(None, 12, 28), Day(None, 1, 3)),
     _report("Ferienprogramm", Day(None, 12, 28)), True, "a year-less span over New Year"),
    (_event("Cluster-Brunch", None), _event("Cluster-Brunch", None), False,
     "undated reports are never merged"),
    (_event("Jodlerkonzert des Jodlerklubs Konolfingen", Day(2026, 6, 13), city="Konolfingen"),
     _report("Chorkonzert „Geistliche Musik der Romantik“", Day(2026, 6, 13)), False,
     "dated, one city unknown: two kinds by their own words are two concerts"),
    (_event("Seniorennachmittag", Day(2026, 6, 17), at=dt.time(14)),
     _report("Seniorennachmittag", Day(2026, 6, 17), at=dt.time(14, 30)), False,
     "the same title at two hours of a day: two afternoons"),
    (_event("Jahrestagung Logistik", Day(2017, 10, 11), city="Magdeburg"),
     _report("Tagung", Day(2017, 10, 11)), True, "dated: the same kind, one city unknown"),
    (_event("Weltkonferenz der Griechen in Athen", Day(2006, 6, 6), Day(2006, 6, 8), "Athen"),
     _report("Notenkonferenzen", Day(None, 6, 6), Day(None, 6, 7)), False,
     "year-less: the same kind alone takes no year from another document's event"),
    (_event("Jahrestagung", Day(2017, 10, 11), city="Magdeburg"),
     _report("Tagung", Day(None, 10, 11), city="Magdeburg"), True,
     "year-less: the same kind in the same city"),
    (_event("Frühlingsfest in Landau", Day(None, 4, 12), city="Landau"),
     _report("Frühlingsfest in Mainz", Day(None, 4, 12), city="Mainz"), False,
     "similar titles on one day in two towns are two events"),
    (_event("Stadtlauf", Day(2025, 5, 3), city="Ulm"),
     _report("Stadtlauf", Day(2025, 5, 3), city="Neu-Ulm"), False,
     "the same title in two towns"),
    (_event("Ausstellung", Day(2026, 3, 15), Day(2026, 6, 21), "Oldenburg"),
     _report("Zum Ende der Ausstellung: Performance „Nachhall“", Day(2026, 6, 7)), False,
     "a title of one vague word names no one event to join"),
    (_event("Sonderausstellung", Day(2025, 11, 7), Day(2026, 4, 6), "Kaufbeuren"),
     _report("Führung durch die Sonderausstellung „Ostallgäuer Höfe“", Day(2026, 3, 15)), False,
     "one word is another title's event only where it heads it, not in what follows"),
    (_event("Weinkerwe", Day(2026, 8, 14), Day(2026, 8, 18)),
     _report("Deidesheimer Weinkerwe", Day(2026, 8, 16), city="Deidesheim"), True,
     "one word heading the other title, after its town's adjective"),
    (_event("Kindermette mit Krippenspiel", Day(2026, 12, 24), city="Landshut",
            at=dt.time(16)),
     _report("Christmette mit dem Kirchenchor", Day(2026, 12, 24), city="Landshut",
            at=dt.time(22)), False,
     "the same kind in one town at two hours of one day: two events"),
    (_event("Jahresausstellung", Day(2026, 3, 15), Day(2026, 6, 21), "Oldenburg"),
     _report("Ausstellung", Day(2026, 4, 1), Day(2026, 5, 1)), False,
     "without a city, the kind alone joins only reports of the same first day"),
    (_event("Festival am Bodensee", Day(2026, 7, 17), Day(2026, 7, 19), "Lindau"),
     _event("Konzert: Bodensee Swing Orchestra", Day(2026, 7, 17), city="Lindau",
            at=dt.time(20, 30)), False,
     "two events one document reports apart are two (its reader joins what it says twice)"),
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


def test_a_day_one_report_leaves_open_is_settled_by_another() -> None:
    from dataclasses import replace
    open_day = replace(_event("Herbstfest", Day(2026, 9, 19), name="a.txt"),
                       open_days="19. oder 20. September 2026")
    settled = _event("Herbstfest", Day(2026, 9, 19), name="b.txt")
    [alone] = merge_events([open_day])
    assert alone.status.value == "tentative"
    [both] = merge_events([open_day, settled])
    assert both.open_days is None
    assert both.status.value == "ok"


# second report of "Jahrestagung Logistik" in Magdeburg (the first: 11 October 2017), and
# the conflicts each then notes
CONFLICT_ROWS = [
    (Day(2017, 10, 18), ["2017-10-18 according to b.txt"], "a week later: one of them is wrong"),
    (Day(2018, 3, 1), ["2018-03-01 according to b.txt"], "postponed by months"),
    (Day(2018, 10, 10), [], "next year's edition is another event"),
    (Day(2017, 10, 11), [], "the same day: merged, no conflict"),
]


@pytest.mark.parametrize(("day", "notes", "reason"), CONFLICT_ROWS,
                         ids=[r[2] for r in CONFLICT_ROWS])
def test_conflicting_dates_are_noted_not_merged(day: Day, notes: list[str], reason: str) -> None:
    a = _event("Jahrestagung Logistik", Day(2017, 10, 11), city="Magdeburg", name="a.txt")
    b = _event("Jahrestagung Logistik", day, city="Magdeburg", name="b.txt")
    merged = merge_events([a, b])
    first = next(e for e in merged if e.start == Day(2017, 10, 11))
    assert list(first.conflicts) == notes, reason


def test_conflicts_are_listed_by_date() -> None:
    reports = [_event("Sommerfest", Day(2020, 7, d), city="Ulm", name=f"{d}.txt")
               for d in (20, 4, 12)]
    merged = merge_events(reports)
    assert list(merged[0].conflicts) == ["2020-07-12 according to 12.txt",
                                         "2020-07-20 according to 20.txt"]


def _archive(years: int) -> list[Event]:
    """The same festivals reported every year, as in a newsroom's archive."""
    return [_event(f"{name}fest", Day(2000 + y, month, 10), city="Ulm", name=f"{y}-{name}.txt")
            for y in range(years) for month, name in enumerate(["Sommer", "Herbst", "Stadt"], 6)]


def test_an_archive_of_yearly_events_merges_and_notes_nothing() -> None:
    merged = merge_events(_archive(20))
    assert len(merged) == 60
    assert not any(e.conflicts for e in merged)


def test_merging_an_archive_is_linear_in_its_years(monkeypatch: pytest.MonkeyPatch) -> None:
    """An index by day of the year alone made each report meet that day of every year."""
    calls = []

    def counting(a: Event, b: Event) -> bool:
        calls.append((a, b))
        return same_event(a, b)

    monkeypatch.setattr(merge, "same_event", counting)
    merge_events(_archive(200))
    assert len(calls) == 0


def test_reports_are_compared_only_with_reports_that_share_a_day(
        monkeypatch: pytest.MonkeyPatch) -> None:
    calls = []

    def counting(a: Event, b: Event) -> bool:
        calls.append((a, b))
        return same_event(a, b)

    monkeypatch.setattr(merge, "same_event", counting)
    events = [_event(f"Tagung {n}", Day(2019, 1 + n % 12, 1 + n % 28), name=f"{n}.txt")
              for n in range(1000)]
    merged = merge_events(events)
    days = {(e.start.month, e.start.day) for e in events if e.start}
    assert len(merged) == len(days)  # same day and kind: one event per day
    # each report is compared with its day's group, not with all others
    assert len(calls) < 5 * len(events)
