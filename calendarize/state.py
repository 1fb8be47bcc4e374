"""The state file: what earlier runs published, and which of today's events continue it.

``DIR/.calendarize-state.json`` keeps, per event key, the UID, content hash, SEQUENCE,
stamp and file of every published event, and its first day, title and source documents
so that an event keeps its UID when a later run learns more about it. A fingerprint of
the event's data stands beside the hash: while it is the same, so is the hash, and the
event need not be rendered to tell.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, fields, replace
from pathlib import Path

from .identity import event_keys
from .model import Event

STATE_NAME = ".calendarize-state.json"
STATE_VERSION = 1
_WORD = re.compile(r"\w+")
_SIMILAR_TITLE = 0.5  # share of title words (longer than three letters) in common


class StateError(Exception):
    """The state file exists but cannot be used."""


@dataclass(frozen=True, slots=True)
class Record:
    """One published event as the state file remembers it."""

    uid: str
    file: str
    hash: str
    sequence: int
    stamp: dt.datetime
    title: str = ""
    start: str = ""  # first day, YYYY-MM-DD
    sources: tuple[str, ...] = ()
    cancelled: dt.datetime | None = None  # when it was published as cancelled
    fingerprint: str = ""  # of the data ``hash`` was rendered from (``ical.fingerprint``)


_FIELDS = tuple(f.name for f in fields(Record))


@dataclass(frozen=True, slots=True)
class State:
    """The records by event key, and files written earlier that are still to be removed."""

    records: dict[str, Record]
    obsolete: tuple[str, ...] = ()
    settings: str = ""  # digest of what else shapes the files (feed settings, version)
    feed: str = ""  # digest of what shapes calendar.ics


def load(folder: Path) -> State:
    """What the last run left; empty when there was none.

    An export reads the state twice (for the UIDs ``list`` shows, then under the folder's
    lock to write): the same bytes give the State read last, not parsed again (a tenth of
    a run that changes nothing). Callers do not change a State's records.
    """
    path = folder / STATE_NAME
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return State({})
    except OSError as err:
        raise StateError(f"{path}: unreadable state file ({err})") from err
    read = _last_read.get(raw)
    if read is None:
        read = _parse(path, raw)
        _last_read.clear()
        _last_read[raw] = read
    return read


_last_read: dict[bytes, State] = {}  # the bytes load read last, and their State


def _parse(path: Path, text: bytes) -> State:
    try:
        data = json.loads(text.decode("utf-8"))
    except ValueError as err:
        raise StateError(f"{path}: unreadable state file ({err})") from err
    if not isinstance(data, dict) or data.get("version") != STATE_VERSION:
        raise StateError(f"{path}: unknown state file version")
    try:
        records = {key: _record(key, raw) for key, raw in data.get("events", {}).items()}
        obsolete = tuple(str(f) for f in data.get("obsolete", ()))
        return State(records, obsolete, str(data.get("settings", "")),
                     str(data.get("feed", "")))
    except (AttributeError, KeyError, TypeError, ValueError) as err:
        raise StateError(f"{path}: damaged state file ({err!r})") from err


def _record(key: str, raw: dict[str, object]) -> Record:
    cancelled = raw.get("cancelled")
    return Record(
        uid=str(raw["uid"]), file=str(raw["file"]), hash=str(raw["hash"]),
        sequence=int(str(raw.get("sequence", 0))),
        stamp=dt.datetime.fromisoformat(str(raw["stamp"])),
        title=str(raw.get("title", "")),
        start=str(raw.get("start") or key.split("|", 1)[0]),
        sources=tuple(str(s) for s in raw.get("sources", ())),  # type: ignore[attr-defined]
        cancelled=dt.datetime.fromisoformat(str(cancelled)) if cancelled else None,
        fingerprint=str(raw.get("fingerprint", "")),
    )


def dump(state: State) -> bytes:
    """The state file's bytes: sorted, indented JSON, the same state giving the same bytes.

    ``obsolete`` is only non-empty while a run is writing: it names the files to remove,
    so that a run killed halfway leaves nothing behind for the next run to stumble on.
    """
    events = {}
    for key, record in state.records.items():
        raw = {name: getattr(record, name) for name in _FIELDS}  # (asdict copies deeply)
        raw["stamp"] = record.stamp.isoformat()
        raw["sources"] = list(record.sources)
        if record.cancelled is None:
            del raw["cancelled"]
        else:
            raw["cancelled"] = record.cancelled.isoformat()
        if not record.fingerprint:
            del raw["fingerprint"]
        events[key] = raw
    data: dict[str, object] = {"version": STATE_VERSION, "events": events,
                               "settings": state.settings, "feed": state.feed}
    if state.obsolete:
        data["obsolete"] = sorted(state.obsolete)
    text = json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True)
    return (text + "\n").encode("utf-8")


keys = event_keys  # each event's key, made unique with '+' when two share a day and kind


def _words(title: str) -> set[str]:
    return {w.casefold() for w in _WORD.findall(title) if len(w) > 3}


def similarity(event: Event, record: Record) -> float:
    """How surely ``event`` is the event ``record`` describes; 0 when it is not.

    The same first day and a similar title or a shared document, or a shared document
    and a similar title when the day was corrected.

    >>> from calendarize.model import Day, Source
    >>> old = Record("u", "f", "h", 0, dt.datetime(2026, 1, 1), "Clustertagung in Wetzlar",
    ...              "2016-07-11", ("a.txt",))
    >>> similarity(Event("Hessische Clusterkonferenz", Day(2016, 7, 11),
    ...                  sources=(Source("a.txt", ""),)), old) > 0
    True
    >>> similarity(Event("Sommerfest", Day(2016, 7, 11), sources=(Source("b.txt", ""),)), old)
    0.0
    """
    a, b = _words(event.title), _words(record.title)
    title = len(a & b) / len(a | b) if a and b else 0.0
    files = {s.file for s in event.sources}
    shared = len(files & set(record.sources)) / len(files | set(record.sources) or {""})
    same_day = event.start is not None and event.start.iso() == record.start
    if same_day and (title >= _SIMILAR_TITLE or shared > 0):
        return 2 + shared + title
    if shared > 0 and title >= _SIMILAR_TITLE:
        return 1 + shared + title
    return 0.0


def _hooks(event: Event) -> list[str]:
    return [event.start.iso() if event.start else "", *(s.file for s in event.sources)]


def published(events: list[Event], folder: Path) -> list[Event]:
    """``events`` with the UIDs an earlier export in ``folder`` gave them, so that the UIDs
    people see in ``list`` and address in corrections are the feed's lifelong ones."""
    try:
        previous = load(folder).records
    except StateError:
        return events  # the export itself reports a damaged state file
    if not previous:
        return events
    keys = match(events, previous)
    return [replace(e, uid=previous[k].uid) if k and not e.uid else e
            for e, k in zip(events, keys, strict=True)]


def match(events: Sequence[Event], previous: Mapping[str, Record],
          own: Sequence[str] | None = None) -> list[str | None]:
    """For each event, the key of the earlier record it continues, if any.

    An event with the same key continues its record; the others take the most similar
    record nobody continues, best pairs first. ``own`` are the events' ``keys``, when
    the caller has them.
    """
    own = keys(events) if own is None else own
    by_uid = {record.uid: key for key, record in previous.items()}
    found: list[str | None] = [
        by_uid.get(event.uid) if event.uid else (key if key in previous else None)
        for key, event in zip(own, events, strict=True)
    ]
    claimed = {key for key in found if key is not None}
    near: dict[str, set[str]] = {}  # a day or document -> keys of unclaimed records
    for key, record in previous.items():
        if key not in claimed:
            for hook in (record.start, *record.sources):
                near.setdefault(hook, set()).add(key)
    pairs = sorted(
        (-similarity(event, previous[key]), i, key)
        for i, event in enumerate(events) if found[i] is None
        for key in set().union(*(near.get(h, set()) for h in _hooks(event)))
    )
    for score, i, key in pairs:
        if score < 0 and found[i] is None and key not in claimed:
            found[i] = key
            claimed.add(key)
    return found
