"""Events → iCalendar bytes (RFC 5545/7986). The only module that imports icalendar.

Each event's VEVENT is rendered once, at no particular revision (``render_event``); its
bytes hash the event and go, with the revision's lines put in, into every calendar that
holds it (``assemble``). icalendar is imported only when something is rendered, so a
run that renders nothing does not pay for loading it.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from . import __version__
from .model import Contact, Event, Repeat, Role, Status

if TYPE_CHECKING:
    from icalendar import Component
    from icalendar import Event as VEvent

PRODID = f"-//calendarize//calendarize {__version__}//DE"
_EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)
_END = b"END:VCALENDAR\r\n"
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


_PLAIN = Revision(_EPOCH, 0)


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


@dataclass(frozen=True, slots=True)
class Rendered:
    """An event's VEVENT as subscribers see it, rendered at the epoch with SEQUENCE 0."""

    text: bytes
    tzids: frozenset[str] = frozenset()  # time zones its times refer to
    years: tuple[int, ...] = ()  # years of its local times, which VTIMEZONEs must cover

    @property
    def digest(self) -> str:
        """What ``event_hash`` gives: the revision left out."""
        return hashlib.sha256(self.text).hexdigest()[:32]

    def at(self, revision: Revision) -> bytes:
        """The VEVENT's bytes at ``revision``: the same as rendering it there.

        DTSTAMP, SEQUENCE and LAST-MODIFIED are short lines whose place does not depend
        on their values, and a line that starts right after a line break is a property
        (folded lines go on with a space), so each is found and replaced whole.
        """
        text = _revised(self.text, _PLAIN, revision)
        assert text is not None  # (a render holds its plain revision's lines)
        return text


def _revised(text: bytes, old: Revision, new: Revision) -> bytes | None:
    """``text`` with the revision lines of ``old`` (each the first of its kind) replaced by
    those of ``new``; None if one is missing."""
    for before, after in zip(_revision_lines(old), _revision_lines(new), strict=True):
        at = text.find(before)
        if at < 0:
            return None
        text = text[:at] + after + text[at + len(before):]
    return text


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
    if recurrence(event) is not None:  # the first day's hours, repeated (RRULE)
        assert event.end_time is not None
        return start, dt.datetime.combine(start_day, event.end_time, tz)
    if event.repeat is Repeat.CONTINUOUS and event.end_time is not None:
        return start, dt.datetime.combine(end_day, event.end_time, tz)
    if end_day > start_day and event.end_time is not None and event.end_time > event.start_time:
        # hours on days the text does not let us name ("10 Termine" from 13 January to 24
        # March, "nicht in den Ferien"): the run of days, not one block of weeks from the
        # first day's start to the last day's end
        return start_day, end_day + dt.timedelta(days=1)
    if event.end_time is not None:
        end = dt.datetime.combine(end_day, event.end_time, tz)
        if end > start:
            return start, end
    if event.end is not None:  # days with a start time but no end time: to the last day's end
        return start, dt.datetime.combine(end_day + dt.timedelta(days=1), dt.time(0), tz)
    return start, start  # no end stated: DTEND is left out rather than invented


def recurrence(event: Event) -> dict[str, object] | None:
    """The RRULE of an event whose hours recur over its days ('jeweils 19:00–20:30 Uhr' from
    14 January to 25 March): weekly or daily, as often as the days from its first to its last
    allow (COUNT: the last day is stated, and UNTIL would need it in UTC); None for an event
    that runs on from its first day's start to its last day's end."""
    first = event.start.date() if event.start is not None else None
    last = event.end.date() if event.end is not None else None
    if event.repeat not in (Repeat.DAILY, Repeat.WEEKLY) or first is None or last is None or (
            last <= first or event.start_time is None or event.end_time is None
            or event.end_time <= event.start_time):
        return None
    days = (last - first).days
    if event.repeat is Repeat.WEEKLY:
        return {"FREQ": "WEEKLY", "COUNT": days // 7 + 1}
    return {"FREQ": "DAILY", "COUNT": days + 1}


def description(event: Event) -> str:
    """What a reader sees in the event: what happened, who, and where it was reported."""
    lines = []
    for role in Role:
        names = [o.name for o in event.organisers if o.role is role]
        if names:
            lines.append(f"{_ROLE_LABELS[role]}: {', '.join(names)}")
    for contact in event.contacts:
        lines.append("Kontakt: " + _contact_text(contact))
    if event.open_days is not None:
        lines.append(f"Termin noch offen: {event.open_days}")
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
    """``entry``'s VEVENT: what ``Event.new`` builds of it (tests/test_work_render.py holds
    the two equal), set property by property. ``new`` looks up, converts and validates
    every value, which took as long as rendering; ``_moments`` keeps the end after the
    start, and the values every event shares are built once (``_fixed``)."""
    from icalendar import Event as VEvent
    from icalendar.prop import vDDDTypes, vGeo, vRecur, vText

    event = entry.event
    start, end = _moments(event, tz)
    component = VEvent(_fixed(entry.revision, _status(event)))
    component["SUMMARY"] = vText(event.title)
    component["DESCRIPTION"] = vText(description(event))
    component["UID"] = vText(entry.uid)
    component["DTSTART"] = vDDDTypes(start)
    if end != start:
        component["DTEND"] = vDDDTypes(end)
    rule = recurrence(event)
    if rule is not None:
        component["RRULE"] = vRecur(rule)
    if event.location is not None:
        component["LOCATION"] = vText(event.location)
    contacts = [vText(f"{_ROLE_LABELS[o.role]}: {o.name}") for o in event.organisers]
    contacts += [vText(_contact_text(c)) for c in event.contacts]
    if contacts:  # (as ``add`` leaves them: one value alone, several in a list)
        component["CONTACT"] = contacts if len(contacts) > 1 else contacts[0]
    if event.geo is not None:
        component["GEO"] = vGeo(event.geo)
    return component


def _status(event: Event) -> str:
    """The VEVENT's STATUS for the event's (exported) status: CANCELLED, TENTATIVE (its day
    not settled) or CONFIRMED."""
    return {Status.CANCELLED: "CANCELLED", Status.TENTATIVE: "TENTATIVE"}.get(
        event.status, "CONFIRMED")


def _fixed(revision: Revision, status: str) -> dict[str, object]:
    """DTSTAMP, LAST-MODIFIED, SEQUENCE, STATUS and TRANSP as ``Event.new`` makes them.

    Events are rendered at the epoch (``render_event``), so there they are the same
    objects in every event, made once (nothing changes a property value in place).
    """
    if revision == _PLAIN:
        return _plain().fixed[status]
    return _fixed_values(revision, status)


def _fixed_values(revision: Revision, status: str) -> dict[str, object]:
    from icalendar import Event as VEvent
    from icalendar.enums import STATUS, TRANSP

    made = VEvent.new(uid="-", stamp=revision.stamp, last_modified=revision.stamp,
                      sequence=revision.sequence, status=STATUS(status),
                      transparency=TRANSP.TRANSPARENT)
    del made["UID"]
    return dict(made)


_STATUSES = ("CONFIRMED", "CANCELLED", "TENTATIVE")


@dataclass(frozen=True, slots=True)
class _Plain:
    """``_fixed`` at the epoch for each status, and the line icalendar renders of each of
    these values by the value's ``id`` (held together: while the values live, no other
    object has their ids)."""

    fixed: dict[str, dict[str, object]]
    lines: dict[int, bytes]


@lru_cache(maxsize=1)
def _plain() -> _Plain:
    from icalendar import Event as VEvent

    fixed = {status: _fixed_values(_PLAIN, status) for status in _STATUSES}
    probe = VEvent()
    return _Plain(fixed, {
        id(value): _fold(probe.content_line(name, value))
        for values in fixed.values() for name, value in values.items()})


def render_event(event: Event, uid: str, timezone: str) -> Rendered:
    """``event``'s VEVENT with UID ``uid``, its times local to ``timezone``."""
    component = vevent(Entry(event, uid, _PLAIN), ZoneInfo(timezone))
    return Rendered(_to_ical(component), _tzids(component), _local_years(event))


def _local_years(event: Event) -> tuple[int, ...]:
    """The years of an event's local times (none for an all-day event)."""
    if event.start_time is None:
        return ()
    return tuple(d.year for d in (event.start, event.end or event.start) if d and d.year)


def vevents_by_uid(calendar: bytes) -> dict[str, bytes]:
    """The VEVENTs of a calendar's bytes, whole, by their UID (a later one of a UID wins)."""
    found = {}
    pos = calendar.find(_VEVENT_BEGIN)
    while pos >= 0:
        end = calendar.find(_VEVENT_END, pos)
        if end < 0:
            break
        block = calendar[pos + 2 : end + len(_VEVENT_END)]
        uid = _UID_LINE.search(block)
        if uid is not None:
            found[_unfold(uid.group(1)).decode("utf-8", "replace")] = block
        pos = calendar.find(_VEVENT_BEGIN, end)
    return found


def reread(block: bytes, revision: Revision, digest: str, event: Event) -> Rendered | None:
    """What ``render_event`` gives for ``event``, taken from ``block``, the VEVENT an earlier
    run wrote of it at ``revision``: None unless its text, at the plain revision again,
    has ``digest`` (the record's hash of the render), so it is the render byte for byte.
    Reading an unchanged event back costs a tenth of rendering it."""
    text = _revised(block, revision, _PLAIN)
    if text is None or Rendered(text).digest != digest:
        return None
    return Rendered(text, _tzids_in(text), _local_years(event))


_VEVENT_BEGIN = b"\r\nBEGIN:VEVENT\r\n"
_VEVENT_END = b"\r\nEND:VEVENT\r\n"
_UID_LINE = re.compile(rb"\r\nUID:((?:[^\r\n]|\r\n )*)\r\n")
# a content line's name and parameters (a quoted value may hold ':' and ';'), and a TZID
# among the parameters
_NAME_PARAMS = re.compile(rb'[A-Z][A-Z0-9-]*((?:;(?:[^:;"]|"[^"]*")*)*)')
_TZID_PARAM = re.compile(rb';TZID=(?:"([^"]*)"|([^;:]*))')


def _tzids_in(vevent: bytes) -> frozenset[str]:
    """The time zones a rendered component's lines refer to (``_tzids`` of its bytes)."""
    found = set()
    for line in _unfold(vevent).split(b"\r\n"):
        head = _NAME_PARAMS.match(line)
        if head is not None and b";TZID=" in head.group(1):
            for quoted, plain in _TZID_PARAM.findall(head.group(1)):
                found.add((quoted or plain).decode("utf-8", "replace"))
    return frozenset(found)


def _unfold(data: bytes) -> bytes:
    return data.replace(b"\r\n ", b"").replace(b"\r\n\t", b"")


def _to_ical(component: Component) -> bytes:
    """``component.to_ical()`` for a component without subcomponents: each line made by
    ``Contentline.from_parts`` as ``to_ical`` makes it, in the order ``to_ical`` puts
    them, but folded faster (``_fold``) and the lines of the values every event shares
    (``_plain``) made once. (``content_lines`` also makes a throwaway parameter object
    for each line, and the BEGIN and END lines anew.)"""
    from icalendar.parser import Contentline

    assert not component.subcomponents
    begin, end = _frame_lines(type(component))
    known = _plain().lines
    lines = [begin]
    for name in component.sorted_keys():
        values = component[name]
        for value in values if isinstance(values, list) else (values,):
            line = known.get(id(value))
            if line is None:
                line = _fold(Contentline.from_parts(name, value.params, value))
            lines.append(line)
    lines.append(end)
    return b"\r\n".join(lines) + b"\r\n"


@lru_cache(maxsize=4)
def _frame_lines(kind: type[Component]) -> tuple[bytes, bytes]:
    """The BEGIN and END lines of a component of type ``kind``, as icalendar renders them."""
    begin, end, rest = bytes(kind().to_ical()).split(b"\r\n")
    assert not rest
    return begin, end


_FOLD = 74  # octets a folded line holds (RFC 5545 3.1: fewer than 75)


def _fold(line: str) -> bytes:
    r"""A content line in UTF-8, folded as icalendar folds it: at the last character that
    fits, and before an escaping backslash or caret rather than after it. (icalendar
    does this a character at a time in Python, most of the time an export took.)

    >>> [len(part) for part in _fold("DESCRIPTION:" + "x" * 61 + r"\n").split(b"\r\n ")]
    [73, 2]
    """
    data = line.encode("utf-8")
    chunks, start = [], 0
    while len(data) - start > _FOLD:
        end = start + _FOLD
        while data[end] & 0xC0 == 0x80:  # inside a character: fold before it
            end -= 1
        if data[end - 1] in b"\\^":
            end -= 1
        chunks.append(data[start:end])
        start = end
    chunks.append(data[start:])
    return b"\r\n ".join(chunks)


def _tzids(component: Component) -> frozenset[str]:
    """The time zones a component's properties refer to (as ``Calendar.get_used_tzids``)."""
    # (property_items would also render each component's name, twice, to be skipped)
    found, stack = set(), [component]
    while stack:
        part = stack.pop()
        for values in part.values():
            for value in values if isinstance(values, list) else (values,):
                params = getattr(value, "params", None)
                if params and "TZID" in params:
                    found.add(str(params["TZID"]))
        stack += part.subcomponents
    return frozenset(found)


@lru_cache(maxsize=64)
def _revision_lines(revision: Revision) -> tuple[bytes, bytes, bytes]:
    """DTSTAMP, SEQUENCE and LAST-MODIFIED at ``revision``, each with the line breaks
    around it, as icalendar renders them."""
    from icalendar import Event as VEvent

    text = VEvent.new(uid="-", stamp=revision.stamp, last_modified=revision.stamp,
                      sequence=revision.sequence).to_ical()
    lines = {line.partition(b":")[0]: b"\r\n" + line + b"\r\n" for line in text.split(b"\r\n")}
    return lines[b"DTSTAMP"], lines[b"SEQUENCE"], lines[b"LAST-MODIFIED"]


def _head(feed: Feed) -> bytes:
    """The VCALENDAR with the feed's properties, up to its first component.

    Each event's own file has its title for the feed's name; the rest of the head is the
    same for all of them, so it is rendered once and the name's lines put in.
    """
    before, after = _frame(replace(feed, name=_SENTINEL))
    if not after:
        return _whole_head(feed)
    return before + _name_lines(feed.name) + after


_SENTINEL = "calendarize"


@lru_cache(maxsize=8)
def _frame(feed: Feed) -> tuple[bytes, bytes]:
    """The head with ``feed``'s name, cut around the name's lines (and empty when the
    lines are not found whole)."""
    before, lines, after = _whole_head(feed).partition(b"\r\n" + _name_lines(feed.name))
    return (before + b"\r\n", after) if lines else (b"", b"")


def _name_lines(name: str) -> bytes:
    """The NAME and X-WR-CALNAME lines of a calendar named ``name``, as icalendar writes
    them (they stand together: the name is set once for both).

    icalendar writes the name as it is, unescaped, and refuses a line break; building a
    Calendar for each event's file took a millisecond, so only that case goes to it.

    >>> _name_lines("Tag; der Tür") == _icalendar_name_lines("Tag; der Tür")
    True
    """
    if "\n" in name:
        return _icalendar_name_lines(name)
    return _fold("NAME:" + name) + b"\r\n" + _fold("X-WR-CALNAME:" + name) + b"\r\n"


def _icalendar_name_lines(name: str) -> bytes:
    from icalendar import Calendar

    cal = Calendar()
    cal.calendar_name = name
    return bytes(cal.to_ical()).removeprefix(b"BEGIN:VCALENDAR\r\n").removesuffix(_END)


@lru_cache(maxsize=8)
def _whole_head(feed: Feed) -> bytes:
    from icalendar import Calendar
    from icalendar.prop import vDuration

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
    text = bytes(cal.to_ical())
    assert text.endswith(_END)
    return text[:-len(_END)]


@lru_cache(maxsize=256)
def _vtimezone(tzid: str, first: int, last: int) -> bytes:
    """The VTIMEZONE of ``tzid`` from the first year's start to the last year's end; empty
    for a time zone icalendar does not know (as ``Calendar.add_missing_timezones``)."""
    from icalendar import Timezone

    try:
        timezone = Timezone.from_tzid(tzid, first_date=dt.date(first, 1, 1),
                                      last_date=dt.date(last + 1, 1, 1))
    except ValueError:
        return b""
    timezone.pop("COMMENT", None)  # libical rejects the COMMENT icalendar adds
    return bytes(timezone.to_ical())


def assemble(events: Iterable[tuple[Rendered, Revision]], feed: Feed,
             kept: Sequence[bytes] = ()) -> bytes:
    """A VCALENDAR with the given rendered events at their revisions, their time zone, and
    the feed's properties: the bytes ``calendar`` gives for the same events.

    ``kept`` are earlier single-event calendars whose VEVENTs go in unchanged (events
    kept as cancelled after their documents vanished).
    """
    parts: list[bytes] = []
    tzids: set[str] = set()
    years: list[int] = []
    for rendered, revision in events:
        parts.append(rendered.at(revision))
        tzids |= rendered.tzids
        years += rendered.years
    if kept:
        from icalendar import Calendar

        for document in kept:
            for component in Calendar.from_ical(document).events:
                parts.append(bytes(component.to_ical()))
                tzids |= _tzids(component)
                if "TZID" in component["DTSTART"].params:
                    years += [component.start.year, component.end.year]
    # VTIMEZONEs only when a local time needs them; several sorted by name (icalendar's
    # add_missing_timezones takes them from a set, in an order that varies between runs)
    zones = sorted(tzids - {"UTC"}) if years else []
    first, last = (min(years), max(years)) if years else (0, 0)
    return b"".join((_head(feed), *(_vtimezone(z, first, last) for z in zones), *parts, _END))


def calendar(entries: Sequence[Entry], feed: Feed, kept: Sequence[bytes] = ()) -> bytes:
    """A VCALENDAR with the given events, their time zone, and the feed's properties.

    ``kept`` are earlier single-event calendars whose VEVENTs go in unchanged (events
    kept as cancelled after their documents vanished).
    """
    return assemble(((render_event(e.event, e.uid, feed.timezone), e.revision)
                     for e in entries), feed, kept)


def event_hash(entry: Entry, timezone: str) -> str:
    """A digest of what subscribers see of an event, leaving out its revision.

    Feed-wide settings (name, refresh) do not enter it, so changing them does not make
    every event look changed.
    """
    return render_event(entry.event, entry.uid, timezone).digest


def fingerprint(event: Event, uid: str, timezone: str) -> str:
    """A digest of everything ``render_event`` makes the VEVENT of: the event's values, its
    UID and time zone, and the code that renders it. The same fingerprint means the same
    ``event_hash``, without rendering anything. (The event's own ``uid`` is left out: it
    is set from the state once published, and only ``uid`` is rendered.)"""
    shown = event if event.uid is None else replace(event, uid=None)  # (replace is slow)
    data = f"{_renderer()}\n{timezone}\n{uid}\n{shown!r}"
    return hashlib.sha256(data.encode("utf-8", "surrogatepass")).hexdigest()[:32]


@lru_cache(maxsize=1)
def _renderer() -> str:
    """This module's and the model's source, and icalendar's version."""
    digest = hashlib.sha256(_icalendar_version())
    for module in ("ical.py", "model.py"):
        digest.update((Path(__file__).parent / module).read_bytes())
    return digest.hexdigest()


def _icalendar_version() -> bytes:
    """icalendar's version, without importing it (a re-export the cache answers never
    does): the version file its build writes, else the installed distribution's record
    (importlib.metadata costs a run that renders nothing about a fifth of its work)."""
    import importlib.util

    spec = importlib.util.find_spec("icalendar")
    for folder in (spec.submodule_search_locations or []) if spec else []:
        with contextlib.suppress(OSError):
            return (Path(folder) / "_version.py").read_bytes()
    from importlib import metadata

    return metadata.version("icalendar").encode()


def settings_digest(feed: Feed) -> str:
    """A digest of everything besides the events that shapes the bytes: the feed and PRODID."""
    return hashlib.sha256(f"{PRODID}|{feed!r}".encode()).hexdigest()[:32]


def cancel(document: bytes, revision: Revision) -> bytes:
    """A single-event calendar again, its event now ``STATUS:CANCELLED`` at ``revision``."""
    from icalendar import Calendar
    from icalendar.enums import STATUS

    cal = Calendar.from_ical(document)
    for component in cal.events:
        for name, value in (("STATUS", STATUS.CANCELLED), ("SEQUENCE", revision.sequence)):
            component.pop(name, None)
            component.add(name, value)
        for name in ("DTSTAMP", "LAST-MODIFIED"):
            component.pop(name, None)
            component.add(name, revision.stamp)
    return bytes(cal.to_ical())
