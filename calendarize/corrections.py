"""A person's corrections (a TOML file), applied to the merged events on every run.

Each correction addresses an event by the UID that ``calendarize list`` shows::

    [events."02586e7376d3ae3c6bc253a9@calendarize"]
    start = 2017-03-14T10:30:00     # a date, or a local date and time
    end_time = 13:00:00             # optional, as are end (the last day) and time
    venue = "Haus der Wirtschaft"   # a name, or a list of names
    city = "Stuttgart"
    title = "Cluster-Brunch"
    add_organisers = ["Ministerium für Wirtschaft, Arbeit und Wohnungsbau"]

    [events."064d10990729931effef2289@calendarize"]
    hide = true                     # not an event: left out of every output

    [events."d1cb497ac17c24457cf6fac5@calendarize"]
    merge_into = "78ffff0bc0029d442dd79a7c@calendarize"   # the same event as that one

Dates and times may be TOML values or strings in the form ``list --json`` prints
(``"2017-03-14T10:30"``, ``"13:00"``).
A corrected event keeps the UID it was addressed by, so its corrections keep applying.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, replace
from pathlib import Path

from .identity import uid_of
from .identity import uids as identity_uids
from .merge import combine
from .model import Day, Event, Organiser

_KEYS = frozenset({
    "title", "start", "end", "time", "end_time", "venue", "city", "add_organisers",
    "hide", "merge_into",
})  # fmt: skip


class CorrectionsError(Exception):
    """The corrections file cannot be read or says something that is not a correction."""


@dataclass(frozen=True, slots=True)
class Correction:
    """What a person says about one event; None means 'as the documents say'."""

    uid: str
    title: str | None = None
    start: Day | None = None
    start_time: dt.time | None = None
    end: Day | None = None
    end_time: dt.time | None = None
    venue: tuple[str, ...] | None = None
    city: str | None = None
    add_organisers: tuple[str, ...] = ()
    hide: bool = False
    merge_into: str | None = None


@dataclass(frozen=True, slots=True)
class Corrected:
    """An event after the corrections, with its UID and the event the documents gave."""

    event: Event
    original: Event
    content_uid: str | None = None  # (the UID its place among the events gives it)

    @property
    def uid(self) -> str:
        """The UID a correction addressed (carried by the event), else the content's."""
        return self.event.uid or self.content_uid or uid_of(self.event)

    @property
    def changed(self) -> bool:
        return self.event != self.original


@dataclass(frozen=True, slots=True)
class Applied:
    """The corrected events in output order, and corrections that found no event."""

    events: tuple[Corrected, ...]
    stale: tuple[str, ...] = ()
    hidden: int = 0


def load(path: Path) -> tuple[Correction, ...]:
    """Read a corrections file; every mistake in it is a CorrectionsError naming the place."""
    import tomllib  # only a run with --corrections reads TOML: ~1% of start-up otherwise

    try:
        data = tomllib.loads(path.read_text("utf-8"))
    except (OSError, UnicodeDecodeError) as err:
        raise CorrectionsError(f"{path}: cannot read ({err})") from err
    except tomllib.TOMLDecodeError as err:
        raise CorrectionsError(f"{path}: not valid TOML ({err})") from err
    unknown = sorted(set(data) - {"events"})
    if unknown:
        raise CorrectionsError(f"{path}: unknown section {unknown[0]!r} "
                               '(expected [events."UID"])')
    events = data.get("events", {})
    if not isinstance(events, dict):
        raise CorrectionsError(f"{path}: 'events' must be tables: [events.\"UID\"]")
    return tuple(parse(uid, table, f"{path}: events.{uid!r}") for uid, table in events.items())


def parse(uid: str, table: object, where: str = "correction") -> Correction:
    """One ``[events."UID"]`` table as a Correction.

    >>> parse("x@calendarize", {"start": "2017-03-14T10:30", "hide": False}).start_time
    datetime.time(10, 30)
    """
    if not isinstance(table, Mapping):
        raise CorrectionsError(f"{where}: must be a table of corrections")
    unknown = sorted(set(table) - _KEYS)
    if unknown:
        raise CorrectionsError(f"{where}: unknown key {unknown[0]!r} "
                               f"(known: {', '.join(sorted(_KEYS))})")
    try:
        start, start_time = _moment(table.get("start"))
        end, end_time = _moment(table.get("end"))
        return Correction(
            uid=uid,
            title=_text(table.get("title")),
            start=start,
            start_time=_time(table.get("time")) or start_time,
            end=end,
            end_time=_time(table.get("end_time")) or end_time,
            venue=None if "venue" not in table else _texts(table["venue"]),
            city=_text(table.get("city")),
            add_organisers=_texts(table.get("add_organisers", [])),
            hide=_flag(table.get("hide", False)),
            merge_into=_text(table.get("merge_into")),
        )
    except (TypeError, ValueError) as err:
        raise CorrectionsError(f"{where}: {err}") from err


def _text(value: object) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str) or not value.strip():
        raise ValueError(f"{value!r} is not a text")
    return value.strip()


def _texts(value: object) -> tuple[str, ...]:
    items = [value] if isinstance(value, str) else value
    if not isinstance(items, list):
        raise ValueError(f"{value!r} is not a text or a list of texts")
    return tuple(t for item in items if (t := _text(item)))


def _flag(value: object) -> bool:
    if not isinstance(value, bool):
        raise ValueError(f"{value!r} is not true or false")
    return value


def _moment(value: object) -> tuple[Day | None, dt.time | None]:
    """A date or local date-time, as a TOML value or as ``list --json`` prints it."""
    if value is None:
        return None, None
    if isinstance(value, str):
        try:
            value = dt.datetime.fromisoformat(value) if "T" in value \
                else dt.date.fromisoformat(value)
        except ValueError:
            raise ValueError(f"{value!r} is not a date like 2017-03-14 or "
                             "2017-03-14T10:30") from None
    if isinstance(value, dt.datetime):
        if value.tzinfo is not None:
            raise ValueError(f"{value} has a time zone offset; give the local time")
        return Day.of(value.date()), value.time().replace(second=0, microsecond=0)
    if isinstance(value, dt.date):
        return Day.of(value), None
    raise ValueError(f"{value!r} is not a date")


def _time(value: object) -> dt.time | None:
    if value is None:
        return None
    if isinstance(value, str):
        try:
            value = dt.time.fromisoformat(value)
        except ValueError:
            raise ValueError(f"{value!r} is not a time like 10:30") from None
    if not isinstance(value, dt.time):
        raise ValueError(f"{value!r} is not a time")
    return value.replace(second=0, microsecond=0)


def correct(event: Event, fix: Correction) -> Event:
    """The event with the correction's fields set.

    A new start without an end keeps the old end only if it still comes after the start.

    >>> undated = Event("Cluster-Brunch", None)
    >>> correct(undated, Correction("x", start=Day(2017, 3, 14))).start_str()
    '2017-03-14'
    """
    changes: dict[str, object] = {}
    if fix.title is not None:
        changes["title"] = fix.title
    if fix.start is not None:
        changes["start"] = fix.start
        if fix.end is None and event.end is not None and event.end < fix.start:
            changes["end"] = None
    if fix.start_time is not None:
        changes["start_time"] = fix.start_time
    if fix.end is not None:
        changes["end"] = None if fix.end == (fix.start or event.start) else fix.end
    if fix.end_time is not None:
        changes["end_time"] = fix.end_time
    if fix.venue is not None:
        changes["venue"] = fix.venue
    if fix.city is not None:
        from .places import lookup_city  # (its patterns: only for a correction of a city)

        found = lookup_city(fix.city)
        changes["city"] = fix.city
        changes["geo"] = (found.latitude, found.longitude) if found else None
    if fix.add_organisers:
        known = {o.name for o in event.organisers}
        changes["organisers"] = event.organisers + tuple(
            Organiser(name) for name in fix.add_organisers if name not in known)
    return replace(event, **changes)  # type: ignore[arg-type]


def apply(events: list[Event], corrections: tuple[Correction, ...]) -> Applied:
    """Corrections applied to merged events: set fields first, then merges, then hiding.

    Every correction whose UID (or merge target) matches no event is named in ``stale``.
    Two events of one day and kind have two UIDs, as the export gives them (``uids``).
    """
    uids = identity_uids(events)
    first = {uid: i for i, uid in reversed(list(enumerate(uids)))}
    current = {uid: events[i] for uid, i in first.items()}
    stale: list[str] = []
    for fix in corrections:
        if fix.uid not in current:
            stale.append(f"correction for {fix.uid}: no such event")
            continue
        current[fix.uid] = replace(correct(current[fix.uid], fix), uid=fix.uid)
    gone: set[str] = set()
    for fix in corrections:
        if fix.merge_into is None or fix.uid not in current or fix.uid in gone:
            continue
        if fix.merge_into not in current or fix.merge_into in gone | {fix.uid}:
            stale.append(f"correction for {fix.uid}: no event {fix.merge_into} to merge into")
            continue
        target = current[fix.merge_into]
        merged = combine([target, current[fix.uid]])
        current[fix.merge_into] = replace(merged, title=target.title, uid=fix.merge_into)
        gone.add(fix.uid)
    gone |= {fix.uid for fix in corrections if fix.hide and fix.uid in current}
    kept = [
        Corrected(current[uid] if first[uid] == i else event, event, uid)
        for i, (uid, event) in enumerate(zip(uids, events, strict=True))
        if not (uid in gone and first[uid] == i)
    ]
    kept.sort(key=lambda c: c.event.sort_key())
    return Applied(tuple(kept), tuple(stale), len(gone))
