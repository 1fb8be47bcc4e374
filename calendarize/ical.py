"""Events → iCalendar bytes (RFC 5545/7986). The only module that imports icalendar."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from icalendar import Calendar
from icalendar import Event as VEvent
from icalendar.enums import STATUS, TRANSP
from icalendar.prop import vDuration

from . import __version__
from .model import Contact, Event, Role

PRODID = f"-//calendarize//calendarize {__version__}//DE"
_EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)
_ROLE_LABELS = {
    Role.ORGANISER: "Veranstalter",
    Role.HOST: "Gastgeber",
    Role.COMMISSIONER: "Im Auftrag von",
    Role.INITIATOR: "Initiiert von",
}


@dataclass(frozen=True, slots=True)
class Revision:
    """When an event's content last changed and how often it has (SEQUENCE)."""

    stamp: dt.datetime
    sequence: int = 0


@dataclass(frozen=True, slots=True)
class Feed:
    """Feed-wide settings: what subscribers see of the calendar itself."""

    name: str = "calendarize"
    description: str = "Veranstaltungen aus Pressemitteilungen, erstellt von calendarize"
    timezone: str = "Europe/Berlin"
    refresh: dt.timedelta = dt.timedelta(hours=12)
    url: str | None = None


@dataclass(frozen=True, slots=True)
class Entry:
    """An event as it goes into a calendar: with its UID and revision."""

    event: Event
    uid: str
    revision: Revision


def _moments(event: Event, tz: ZoneInfo) -> tuple[dt.date | dt.datetime, dt.date | dt.datetime]:
    """DTSTART and DTEND: all-day with exclusive end, or local times in ``tz``."""
    assert event.start is not None
    start_day = event.start.date()
    end_day = (event.end or event.start).date()
    assert start_day is not None
    assert end_day is not None
    if event.start_time is None:
        return start_day, end_day + dt.timedelta(days=1)
    start = dt.datetime.combine(start_day, event.start_time, tz)
    if event.end_time is not None:
        end = dt.datetime.combine(end_day, event.end_time, tz)
        if end > start:
            return start, end
    if event.end is not None:  # days with a start time but no end time: to the last day's end
        return start, dt.datetime.combine(end_day + dt.timedelta(days=1), dt.time(0), tz)
    return start, start  # no end stated: DTEND is left out rather than invented


def description(event: Event) -> str:
    """What a reader sees in the event: what happened, who, and where it was reported."""
    lines = []
    for role in Role:
        names = [o.name for o in event.organisers if o.role is role]
        if names:
            lines.append(f"{_ROLE_LABELS[role]}: {', '.join(names)}")
    for contact in event.contacts:
        lines.append("Kontakt: " + _contact_text(contact))
    if event.conflicts:
        lines.append("Abweichende Angaben: " + "; ".join(event.conflicts))
    if lines:
        lines.append("")
    lines.append("Quellen:")
    for source in event.sources:
        lines.append(f"- {source.file}: {source.excerpt}")
    return "\n".join(lines)


def _contact_text(contact: Contact) -> str:
    return ", ".join(p for p in (contact.name, contact.email, contact.phone) if p)


def vevent(entry: Entry, tz: ZoneInfo) -> VEvent:
    event = entry.event
    start, end = _moments(event, tz)
    contacts = [f"{_ROLE_LABELS[o.role]}: {o.name}" for o in event.organisers]
    contacts += [_contact_text(c) for c in event.contacts]
    component = VEvent.new(
        uid=entry.uid,
        stamp=entry.revision.stamp,
        last_modified=entry.revision.stamp,
        sequence=entry.revision.sequence,
        start=start,
        end=end if end != start else None,
        summary=event.title,
        location=event.location,
        description=description(event),
        contacts=contacts or None,
        status=STATUS.CANCELLED if event.cancelled else STATUS.CONFIRMED,
        transparency=TRANSP.TRANSPARENT,
    )
    if event.geo is not None:
        component.add("geo", event.geo)
    return component


def calendar(entries: Sequence[Entry], feed: Feed, kept: Sequence[bytes] = ()) -> bytes:
    """A VCALENDAR with the given events, their time zone, and the feed's properties.

    ``kept`` are earlier single-event calendars whose VEVENTs go in unchanged (events
    kept as cancelled after their documents vanished).
    """
    tz = ZoneInfo(feed.timezone)
    cal = Calendar.new(
        prodid=PRODID,
        calscale="GREGORIAN",
        name=feed.name,
        description=feed.description,
        refresh_interval=feed.refresh,
        url=feed.url,
        source=feed.url,
    )
    # No calendar-level UID (RFC 7986 allows one): Calendar.new draws a random one, and
    # clients that split a feed by UID (vdirsyncer) take the whole feed for one item
    cal.pop("UID", None)
    # RFC 7986 requires the VALUE parameter on REFRESH-INTERVAL; icalendar leaves it out
    cal["REFRESH-INTERVAL"].params["VALUE"] = "DURATION"
    cal.add("x-wr-timezone", feed.timezone)
    cal.add("x-published-ttl", vDuration(feed.refresh))
    for entry in entries:
        cal.add_component(vevent(entry, tz))
    years = [d.year for e in entries if e.event.start_time is not None
             for d in (e.event.start, e.event.end or e.event.start) if d and d.year]
    for document in kept:
        for component in Calendar.from_ical(document).events:
            cal.add_component(component)
            if "TZID" in component["DTSTART"].params:
                years += [component.start.year, component.end.year]
    if years:
        cal.add_missing_timezones(
            first_date=dt.date(min(years), 1, 1), last_date=dt.date(max(years) + 1, 1, 1)
        )
        for timezone in cal.timezones:
            # libical rejects the COMMENT icalendar adds to generated time zones
            timezone.pop("COMMENT", None)
    return bytes(cal.to_ical())


def event_hash(entry: Entry, timezone: str) -> str:
    """A digest of what subscribers see of an event, leaving out its revision.

    Feed-wide settings (name, refresh) do not enter it, so changing them does not make
    every event look changed.
    """
    plain = Entry(entry.event, entry.uid, Revision(_EPOCH, 0))
    data = vevent(plain, ZoneInfo(timezone)).to_ical()
    return hashlib.sha256(data).hexdigest()[:32]


def settings_digest(feed: Feed) -> str:
    """A digest of everything besides the events that shapes the bytes: the feed and PRODID."""
    return hashlib.sha256(f"{PRODID}|{feed!r}".encode()).hexdigest()[:32]


def cancel(document: bytes, revision: Revision) -> bytes:
    """A single-event calendar again, its event now ``STATUS:CANCELLED`` at ``revision``."""
    cal = Calendar.from_ical(document)
    for component in cal.events:
        for name, value in (("STATUS", STATUS.CANCELLED), ("SEQUENCE", revision.sequence)):
            component.pop(name, None)
            component.add(name, value)
        for name in ("DTSTAMP", "LAST-MODIFIED"):
            component.pop(name, None)
            component.add(name, revision.stamp)
    return bytes(cal.to_ical())
