"""The fast VEVENT path gives what icalendar's own gives (issue 7).

``ical.vevent`` sets each property itself rather than through ``Event.new``, and
``ical._to_ical`` renders a component line by line rather than through ``to_ical``; both
must give the same component and the same bytes, for every kind of event.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import pytest
from icalendar.enums import STATUS, TRANSP

from calendarize import ical, pipeline
from calendarize.ical import Entry, Revision
from calendarize.model import Contact, Day, Event, Organiser, Repeat, Role, Source

from .conftest import DOCUMENTS, SEEDS, STAMP, run

BERLIN = ZoneInfo("Europe/Berlin")
SOURCE = (Source("a.txt", "Die Tagung findet am 11. Juli statt."),)
EVENTS = [
    ("all day", Event("Tagung", Day(2016, 7, 11), sources=SOURCE)),
    ("several days", Event("Messe", Day(2017, 4, 24), Day(2017, 4, 28), sources=SOURCE)),
    ("start time only", Event("Empfang", Day(2016, 7, 11), start_time=dt.time(18))),
    ("start and end time", Event("Forum", Day(2016, 7, 11), start_time=dt.time(10),
                                 end_time=dt.time(16, 30))),
    ("end time before start", Event("Nacht", Day(2016, 7, 11), start_time=dt.time(22),
                                    end_time=dt.time(2))),
    ("days with a start time", Event("Woche", Day(2016, 3, 26), Day(2016, 3, 28),
                                     start_time=dt.time(9))),
    ("weekly hours", Event("Kurs", Day(2027, 1, 14), Day(2027, 3, 18), dt.time(18, 30),
                           dt.time(20), Repeat.WEEKLY)),
    ("daily hours", Event("Messe", Day(2016, 3, 26), Day(2016, 3, 28), dt.time(10),
                          dt.time(18), Repeat.DAILY)),
    ("cancelled", Event("Fest", Day(2016, 7, 11), cancelled=True, sources=SOURCE)),
    ("day not settled", Event("Fest", Day(2016, 7, 11), open_days="11. oder 12. Juli 2016",
                              sources=SOURCE)),
    ("place and geo", Event("Tag", Day(2016, 7, 11), venue=("Halle 1",), city="Wetzlar",
                            geo=(50.55, 8.5))),
    ("empty title", Event("", Day(2016, 7, 11))),
    ("one contact", Event("Tag", Day(2016, 7, 11), contacts=(Contact("A", "a@b.de"),))),
    ("several contacts", Event(
        "Tag; der Tür, lang " + "x" * 80, Day(2016, 7, 11),
        organisers=(Organiser("IHK"), Organiser("Land", Role.HOST)),
        contacts=(Contact("A", "a@b.de", "+49 1"),), conflicts=("Beginn: 9 oder 10 Uhr",))),
]
REVISIONS = [
    ("plain", ical._PLAIN),
    ("later", Revision(dt.datetime(2026, 1, 1, tzinfo=dt.UTC), 3)),
    ("stamp not in UTC", Revision(dt.datetime(2026, 1, 1, 12, 30, tzinfo=BERLIN), 1)),
]


def reference(entry: Entry, tz: ZoneInfo) -> icalendar.Event:
    """The VEVENT as ``Event.new`` builds it: what ``ical.vevent`` stands in for."""
    event = entry.event
    start, end = ical._moments(event, tz)
    contacts = [f"{ical._ROLE_LABELS[o.role]}: {o.name}" for o in event.organisers]
    contacts += [ical._contact_text(c) for c in event.contacts]
    component = icalendar.Event.new(
        uid=entry.uid, stamp=entry.revision.stamp, last_modified=entry.revision.stamp,
        sequence=entry.revision.sequence, start=start, end=end if end != start else None,
        summary=event.title, location=event.location, description=ical.description(event),
        contacts=contacts or None,
        status=STATUS.CANCELLED if event.cancelled else (
            STATUS.TENTATIVE if event.open_days else STATUS.CONFIRMED),
        transparency=TRANSP.TRANSPARENT,
    )
    if event.geo is not None:
        component.add("geo", event.geo)
    if (rule := ical.recurrence(event)) is not None:
        component.add("rrule", rule)
    return component


def _shape(component: icalendar.Component) -> list[tuple[str, list[tuple[str, dict[str, str]]]]]:
    """Each property's value types and parameters, which the bytes alone do not show."""
    return [(name, [(type(v).__name__, dict(v.params))
                    for v in (values if isinstance(values, list) else [values])])
            for name, values in sorted(component.items())]


def _check(entry: Entry, tz: ZoneInfo) -> None:
    fast, slow = ical.vevent(entry, tz), reference(entry, tz)
    assert fast == slow
    assert _shape(fast) == _shape(slow)
    assert ical._to_ical(fast) == slow.to_ical()


@pytest.mark.parametrize(("name", "event"), EVENTS, ids=[n for n, _ in EVENTS])
@pytest.mark.parametrize(("when", "revision"), REVISIONS, ids=[n for n, _ in REVISIONS])
def test_vevent_is_what_event_new_builds(name: str, event: Event, when: str,
                                         revision: Revision) -> None:
    _check(Entry(event, "788cc1c08369deab159a88c5@calendarize", revision), BERLIN)


@pytest.mark.parametrize("sources", [SEEDS, DOCUMENTS], ids=["seeds", "documents"])
def test_vevent_is_what_event_new_builds_for_real_events(sources: object) -> None:
    events = [e for e in pipeline.extract([str(sources)]).events if e.exportable]
    assert events
    for zone in ("Europe/Berlin", "America/New_York"):
        for event in events:
            _check(Entry(event, f"{event.title}@x", ical._PLAIN), ZoneInfo(zone))


def test_shared_values_stay_unchanged() -> None:
    """The values every event shares are the same objects: rendering must not alter them."""
    before = {k: (v.to_ical(), dict(v.params))
              for k, v in ical._plain().fixed["CONFIRMED"].items()}
    for name, event in EVENTS:
        ical.render_event(event, name, "Europe/Berlin")
    assert {k: (v.to_ical(), dict(v.params))
            for k, v in ical._plain().fixed["CONFIRMED"].items()} == before


@pytest.mark.parametrize("sources", [SEEDS, DOCUMENTS], ids=["seeds", "documents"])
def test_event_new_runs_per_export_not_per_event(
        sources: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """What every event shares is built once: ``Event.new`` runs a few times an export,
    however many events there are."""
    calls: list[object] = []
    real = icalendar.Event.new.__func__  # type: ignore[attr-defined]

    def counting(cls: type[icalendar.Event], /, **kwargs: object) -> icalendar.Event:
        calls.append(kwargs)
        return real(cls, **kwargs)  # type: ignore[no-any-return]

    monkeypatch.setattr(icalendar.Event, "new", classmethod(counting))
    ical._plain.cache_clear()
    ical._revision_lines.cache_clear()
    result = run("export", str(sources), "--out", str(tmp_path / "out"), "--stamp", STAMP, "-q")
    assert result.exit_code in (0, 4), result.output
    events = icalendar.Calendar.from_ical((tmp_path / "out" / "calendar.ics").read_bytes()).events
    assert len(events) >= 5
    assert 0 < len(calls) <= 5  # confirmed, cancelled and tentative at the epoch; the run's
    # revision lines


# event, its RRULE (None: none), reason
RULE_ROWS = [
    (Event("Kurs", Day(2027, 1, 14), Day(2027, 3, 18), dt.time(18, 30), dt.time(20),
           Repeat.WEEKLY), {"FREQ": "WEEKLY", "COUNT": 10}, "ten Thursdays, the last one's too"),
    (Event("Messe", Day(2016, 3, 26), Day(2016, 3, 28), dt.time(10), dt.time(18), Repeat.DAILY),
     {"FREQ": "DAILY", "COUNT": 3}, "three days' hours"),
    (Event("Messe", Day(2016, 3, 26), Day(2016, 3, 28), dt.time(10), dt.time(18)), None,
     "no repeat: days the text does not let us name"),
    (Event("Party", Day(2016, 3, 26), Day(2016, 3, 28), dt.time(22), dt.time(2), Repeat.DAILY),
     None, "hours past midnight recur as no slot of one day"),
    (Event("Kurs", Day(2016, 3, 26), None, dt.time(10), dt.time(12), Repeat.DAILY), None,
     "one day (a correction took the last day away)"),
    (Event("Zeltlager", Day(2026, 7, 3), Day(2026, 7, 5), dt.time(15), dt.time(17),
           Repeat.CONTINUOUS), None, "one stretch of time recurs not"),
]


@pytest.mark.parametrize(("event", "rule", "reason"), RULE_ROWS, ids=[r[2] for r in RULE_ROWS])
def test_recurring_hours_give_an_rrule(event: Event, rule: dict[str, object] | None,
                                       reason: str) -> None:
    assert ical.recurrence(event) == rule, reason
    start, end = ical._moments(event, BERLIN)
    if rule is not None:  # the first day's hours, repeated
        assert (start.date(), end - start) == (event.start.date(), dt.datetime.combine(
            dt.date.min, event.end_time) - dt.datetime.combine(dt.date.min, event.start_time))


# event, its DTSTART and DTEND, reason
MOMENT_ROWS = [
    (Event("Kurs", Day(2026, 1, 13), Day(2026, 3, 24), dt.time(18), dt.time(19, 30)),
     (dt.date(2026, 1, 13), dt.date(2026, 3, 25)),
     "hours on days not named ('10 Termine' in eleven weeks): the run of days, all day"),
    (Event("Kurs", Day(2026, 1, 13), Day(2026, 3, 24), dt.time(18), dt.time(19, 30),
           Repeat.WEEKLY), (dt.datetime(2026, 1, 13, 18, tzinfo=BERLIN),
                            dt.datetime(2026, 1, 13, 19, 30, tzinfo=BERLIN)),
     "weekly hours: the first evening, repeated"),
    (Event("Zeltlager", Day(2026, 6, 9), Day(2026, 6, 11), dt.time(18), dt.time(14)),
     (dt.datetime(2026, 6, 9, 18, tzinfo=BERLIN), dt.datetime(2026, 6, 11, 14, tzinfo=BERLIN)),
     "from the first day's evening to the last day's afternoon: one stay"),
    (Event("Zeltlager", Day(2026, 7, 3), Day(2026, 7, 5), dt.time(15), dt.time(17),
           Repeat.CONTINUOUS),
     (dt.datetime(2026, 7, 3, 15, tzinfo=BERLIN), dt.datetime(2026, 7, 5, 17, tzinfo=BERLIN)),
     "a continuous stretch: from its start to its end, though the end's hour is later"),
    (Event("Woche", Day(2016, 3, 26), Day(2016, 3, 28), dt.time(9)),
     (dt.datetime(2016, 3, 26, 9, tzinfo=BERLIN), dt.datetime(2016, 3, 29, tzinfo=BERLIN)),
     "a start time and days: to the last day's end"),
]


@pytest.mark.parametrize(("event", "moments", "reason"), MOMENT_ROWS,
                         ids=[r[2] for r in MOMENT_ROWS])
def test_moments(event: Event, moments: tuple[object, object], reason: str) -> None:
    assert ical._moments(event, BERLIN) == moments, reason


# -- an unchanged event read back from the last feed instead of rendered ----------------

@pytest.mark.parametrize(("name", "event"), EVENTS, ids=[n for n, _ in EVENTS])
@pytest.mark.parametrize(("when", "revision"), REVISIONS, ids=[n for n, _ in REVISIONS])
@pytest.mark.parametrize("zone", ["Europe/Berlin", "UTC", "America/New_York"])
def test_an_event_read_back_from_a_feed_is_its_render(name: str, event: Event, when: str,
                                                      revision: Revision, zone: str) -> None:
    uid = f"{name}-788cc1c08369deab159a88c5@calendarize"
    rendered = ical.render_event(event, uid, zone)
    other = ical.render_event(Event("Andere", Day(2020, 1, 1), start_time=dt.time(9)), "o", zone)
    feed = ical.assemble([(other, revision), (rendered, revision)], ical.Feed(timezone=zone))
    blocks = ical.vevents_by_uid(feed)
    assert set(blocks) == {uid, "o"}
    assert ical.reread(blocks[uid], revision, rendered.digest, event) == rendered


def test_a_block_that_is_not_the_render_is_not_read_back() -> None:
    event = EVENTS[3][1]
    rendered = ical.render_event(event, "u", "Europe/Berlin")
    later = REVISIONS[1][1]
    block = ical.vevents_by_uid(ical.assemble([(rendered, later)], ical.Feed()))["u"]
    assert ical.reread(block, later, rendered.digest, event) == rendered
    edited = block.replace(b"SUMMARY:Forum", b"SUMMARY:Forum!")
    assert ical.reread(edited, later, rendered.digest, event) is None  # (hand-edited)
    assert ical.reread(block, ical._PLAIN, rendered.digest, event) is None  # (other revision)
    assert ical.reread(block, later, "0" * 32, event) is None  # (other content)
