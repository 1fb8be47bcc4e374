"""Events → iCalendar bytes (RFC 5545/7986). The only module that imports icalendar."""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from icalendar import Calendar
from icalendar import Event as VEvent
from icalendar.enums import STATUS, TRANSP
from icalendar.prop import vDuration

from . import __version__
from .model import Event, Role

PRODID = f"-//calendarize//calendarize {__version__}//DE"
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
    assert start_day is not None and end_day is not None
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


def _contact_text(contact: object) -> str:
    parts = [getattr(contact, f) for f in ("name", "organisation", "email", "phone")]
    return ", ".join(p for p in parts if p)


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


def calendar(entries: list[Entry], feed: Feed) -> bytes:
    """A VCALENDAR with the given events, their time zone, and the feed's properties."""
    tz = ZoneInfo(feed.timezone)
    cal = Calendar.new(
        uid=_feed_uid(feed),
        prodid=PRODID,
        calscale="GREGORIAN",
        name=feed.name,
        description=feed.description,
        refresh_interval=feed.refresh,
        url=feed.url,
        source=feed.url,
    )
    cal.add("x-wr-timezone", feed.timezone)
    cal.add("x-published-ttl", vDuration(feed.refresh))
    for entry in entries:
        cal.add_component(vevent(entry, tz))
    timed = [e.event for e in entries if e.event.start_time is not None and e.event.start]
    if timed:
        years = [d.year for e in timed for d in (e.start, e.end or e.start) if d and d.year]
        cal.add_missing_timezones(
            first_date=dt.date(min(years), 1, 1), last_date=dt.date(max(years) + 1, 1, 1)
        )
        for timezone in cal.timezones:
            # libical rejects the COMMENT icalendar adds to generated time zones
            timezone.pop("COMMENT", None)
    return bytes(cal.to_ical())


def _feed_uid(feed: Feed) -> str:
    digest = hashlib.sha256((feed.url or feed.name).encode("utf-8")).hexdigest()[:24]
    return f"{digest}@calendarize"
