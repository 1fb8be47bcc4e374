"""Write the feed and per-event files atomically, touching only what changed.

A small state file in the output folder remembers each event's UID, content hash,
SEQUENCE and stamp, and which files calendarize wrote: an unchanged event keeps its
bytes, a changed one gets SEQUENCE + 1 and the run's stamp, and files of vanished
events are removed. No other file in the folder is ever touched.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import fcntl
import hashlib
import json
import os
import time
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

from .ical import Entry, Feed, Revision, calendar
from .identity import event_key, event_uid, slugify
from .model import Event

FEED_NAME = "calendar.ics"
EVENTS_DIR = "events"
STATE_NAME = ".calendarize-state.json"
LOCK_NAME = ".calendarize.lock"
STATE_VERSION = 1
_EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)


class OutputError(Exception):
    """The output folder cannot be written: nothing of the previous output was lost."""


class Busy(OutputError):
    """Another run holds the output folder."""


@dataclass(frozen=True, slots=True)
class Report:
    """What an export did to the output folder."""

    exported: tuple[Entry, ...] = ()
    written: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()
    unchanged: tuple[str, ...] = ()
    files: dict[str, str] = field(default_factory=dict)  # uid -> relative path


def atomic_write(path: Path, data: bytes) -> bool:
    """Write ``data`` to ``path`` via a flushed temporary file; False if already equal."""
    try:
        if path.read_bytes() == data:
            return False
    except FileNotFoundError:
        pass
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        with open(tmp, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    return True


@contextlib.contextmanager
def locked(folder: Path, wait: float) -> Iterator[None]:
    """Hold the folder's lock; wait up to ``wait`` seconds for another run to finish."""
    handle = open(folder / LOCK_NAME, "a")  # noqa: SIM115 - held for the whole block
    try:
        deadline = time.monotonic() + wait
        while True:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except OSError as err:
                if err.errno not in (errno.EAGAIN, errno.EACCES) or time.monotonic() >= deadline:
                    raise Busy(f"{folder}: another calendarize run is writing here") from err
                time.sleep(0.1)
        yield
    finally:
        handle.close()


def _load_state(folder: Path) -> dict[str, dict[str, object]]:
    try:
        data = json.loads((folder / STATE_NAME).read_text("utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError) as err:
        raise OutputError(f"{folder / STATE_NAME}: unreadable state file ({err})") from err
    if not isinstance(data, dict) or data.get("version") != STATE_VERSION:
        raise OutputError(f"{folder / STATE_NAME}: unknown state file version")
    events = data.get("events", {})
    return events if isinstance(events, dict) else {}


def _content_hash(event: Event, uid: str, feed: Feed) -> str:
    entry = Entry(event, uid, Revision(_EPOCH, 0))
    return hashlib.sha256(calendar([entry], feed)).hexdigest()[:32]


def plan(events: list[Event], previous: dict[str, dict[str, object]], feed: Feed,
         stamp: dt.datetime) -> tuple[list[Entry], dict[str, dict[str, object]]]:
    """Entries with their UID and revision, and the new state (keyed by event key)."""
    entries: list[Entry] = []
    state: dict[str, dict[str, object]] = {}
    used_files: set[str] = set()
    for event in events:
        key = event_key(event)
        while key in state:  # two events with the same day and kind
            key += "+"
        old = previous.get(key, {})
        uid = str(old.get("uid") or event_uid(key))
        digest = _content_hash(event, uid, feed)
        if old.get("hash") == digest:
            revision = Revision(dt.datetime.fromisoformat(str(old["stamp"])),
                                int(str(old.get("sequence", 0))))
        elif old:
            revision = Revision(stamp, int(str(old.get("sequence", 0))) + 1)
        else:
            revision = Revision(stamp, 0)
        name = _file_name(event, used_files)
        entries.append(Entry(event, uid, revision))
        state[key] = {
            "uid": uid, "title": event.title, "hash": digest, "sequence": revision.sequence,
            "stamp": revision.stamp.isoformat(), "file": name,
        }
    return entries, state


def _file_name(event: Event, used: set[str]) -> str:
    assert event.start is not None
    base = f"{event.start.iso()}-{slugify(event.title)}"
    name, n = f"{base}.ics", 2
    while name in used:
        name, n = f"{base}-{n}.ics", n + 1
    used.add(name)
    return f"{EVENTS_DIR}/{name}"


def export(events: list[Event], folder: Path, feed: Feed, stamp: dt.datetime,
           wait: float = 30.0) -> Report:
    """Write ``folder/calendar.ics`` and one file per exportable event."""
    try:
        (folder / EVENTS_DIR).mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise OutputError(f"{folder}: cannot create output folder ({err.strerror})") from err
    with locked(folder, wait):
        try:
            return _export(events, folder, feed, stamp)
        except OSError as err:
            where = err.filename or folder
            raise OutputError(f"{where}: cannot write ({err.strerror})") from err


def _export(events: list[Event], folder: Path, feed: Feed, stamp: dt.datetime) -> Report:
    previous = _load_state(folder)
    exportable = [e for e in events if e.exportable]
    entries, state = plan(exportable, previous, feed, stamp)
    written, unchanged = [], []
    files = {}
    for entry, record in zip(entries, state.values(), strict=True):
        rel = str(record["file"])
        files[entry.uid] = rel
        single = replace(feed, name=entry.event.title, description=feed.description, url=None)
        changed = atomic_write(folder / rel, calendar([entry], single))
        (written if changed else unchanged).append(rel)
    changed = atomic_write(folder / FEED_NAME, calendar(entries, feed))
    (written if changed else unchanged).append(FEED_NAME)
    current = {str(r["file"]) for r in state.values()}
    removed = []
    for record in previous.values():
        rel = str(record.get("file", ""))
        if rel.startswith(f"{EVENTS_DIR}/") and "/" not in rel[len(EVENTS_DIR) + 1 :] \
                and rel not in current:
            with contextlib.suppress(FileNotFoundError):
                (folder / rel).unlink()
                removed.append(rel)
    data = json.dumps({"version": STATE_VERSION, "events": state}, ensure_ascii=False,
                      indent=1, sort_keys=True) + "\n"
    atomic_write(folder / STATE_NAME, data.encode("utf-8"))
    return Report(tuple(entries), tuple(written), tuple(removed), tuple(unchanged), files)
