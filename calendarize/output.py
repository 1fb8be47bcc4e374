"""Write the feed and per-event files atomically, touching only what changed.

The state file (see ``state.py``) remembers each published event: an unchanged event
keeps its bytes, a changed one gets SEQUENCE + 1 and the run's stamp, and an event keeps
its UID when a later run learns more about it. Files of vanished events are removed (or
first kept a while as cancelled); no other file in the folder is ever touched.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import fcntl
import functools
import hashlib
import os
import re
import sys
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import BinaryIO

from . import state
from .ical import (
    Entry,
    Feed,
    Rendered,
    Revision,
    assemble,
    cancel,
    fingerprint,
    render_event,
    reread,
    settings_digest,
    vevents_by_uid,
)
from .identity import event_uid, slugify
from .model import Event
from .state import STATE_NAME, Record, State

FEED_NAME = "calendar.ics"
EVENTS_DIR = "events"
LOCK_NAME = ".calendarize.lock"
PAGE_NAME = "index.html"
PAGE_DIGEST_NAME = ".calendarize-page"  # what the page was made of
CACHE_NAME = ".calendarize-cache"
# the files an export replaces in the folder itself (each by atomic_write or replacing)
_ROOT_FILES = frozenset({FEED_NAME, STATE_NAME, PAGE_NAME, PAGE_DIGEST_NAME, CACHE_NAME})
_TEMPORARY = re.compile(r"^\.(?P<name>.+)\.\d+\.tmp$")  # what atomic_write leaves when killed


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
    cancelled: tuple[str, ...] = ()  # files of vanished events kept as cancelled


def atomic_write(path: Path, data: bytes) -> bool:
    """Write ``data`` to ``path`` via a flushed temporary file; False if already equal."""
    if _holds(path, data):
        return False
    with replacing(path) as handle:
        handle.write(data)
    return True


@contextlib.contextmanager
def replacing(path: Path) -> Iterator[BinaryIO]:
    """A file that takes ``path``'s place whole when the block ends, or not at all: written
    to a temporary file in the same folder, flushed to disk, then renamed over ``path``."""
    tmp = _temporary_of(path)
    try:
        with open(tmp, "wb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise


def _temporary_of(path: Path) -> Path:
    """Where ``path``'s next content is written first (``_TEMPORARY`` names such files)."""
    return path.with_name(f".{path.name}.{os.getpid()}.tmp")


# From this many files, a batch is flushed by one sync of its file system: a file's fsync
# commits the file system's journal, so a fresh export's thousands of event files cost a
# second or two of waiting (and a tenth of a second of CPU per thousand) that one sync
# does not. Fewer files are flushed one by one, so that a small run never waits for what
# other programs have left unwritten on the same disk.
SYNC_ONCE = 16


@contextlib.contextmanager
def replacing_together(folder: Path) -> Iterator[Callable[[Path, bytes], bool]]:
    """A ``write(path, data)`` that works like ``atomic_write`` (False if ``path`` holds
    ``data`` already), for files in ``folder``'s file system: each is written to its
    temporary file, and when the block ends all are flushed to disk, then renamed over
    their paths. If the block fails, no path is replaced and no temporary file is left."""
    pending: list[tuple[Path, Path]] = []
    renamed = 0

    def write(path: Path, data: bytes) -> bool:
        if _holds(path, data):
            return False
        tmp = _temporary_of(path)
        pending.append((tmp, path))
        with open(tmp, "wb") as handle:
            handle.write(data)
        return True

    try:
        yield write
        _flush([tmp for tmp, _ in pending], folder)
        for tmp, path in pending:
            os.replace(tmp, path)
            renamed += 1
    except BaseException:
        for tmp, _ in pending[renamed:]:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
        raise


def _flush(paths: Sequence[Path], folder: Path) -> None:
    """Bring the files at ``paths`` (in ``folder``'s file system) to disk."""
    if len(paths) >= SYNC_ONCE and _sync_file_system(folder):
        return
    for path in paths:
        fd = os.open(path, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _sync_file_system(folder: Path) -> bool:
    """Flush all that is unwritten in ``folder``'s file system (Linux's syncfs); False
    where the system has no such call."""
    syncfs = _syncfs()
    if syncfs is None:
        return False
    fd = os.open(folder, os.O_RDONLY)
    try:
        if syncfs(fd) != 0:
            import ctypes

            code = ctypes.get_errno()
            raise OSError(code, os.strerror(code), str(folder))
    finally:
        os.close(fd)
    return True


@functools.cache
def _syncfs() -> Callable[[int], int] | None:
    if not sys.platform.startswith("linux"):
        return None
    import ctypes  # (only a run that writes many files needs it)

    try:
        call: Callable[[int], int] = ctypes.CDLL(None, use_errno=True).syncfs
    except (OSError, AttributeError):
        return None
    return call


def _holds(path: Path, data: bytes) -> bool:
    """Whether ``path`` already holds exactly ``data``, reading no more than that."""
    try:
        with open(path, "rb") as handle:
            return handle.read(len(data) + 1) == data
    except (FileNotFoundError, IsADirectoryError):
        return False


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
                if err.errno not in (errno.EAGAIN, errno.EACCES):
                    raise
                if time.monotonic() >= deadline:
                    raise Busy(f"{folder}: another calendarize run is writing here; gave up "
                               f"after waiting {wait:g} s (see --wait)") from err
                time.sleep(0.1)
        yield
    finally:
        handle.close()


def plan(events: Sequence[Event], previous: Mapping[str, Record],
         continued: Sequence[str | None], feed: Feed, stamp: dt.datetime,
         used: set[str], keys: Sequence[str] | None = None
         ) -> tuple[list[Entry], dict[str, Record], list[Rendered | None]]:
    """Each event with its UID and revision, the new state records by event key, and the
    events rendered to tell whether they changed (None where the fingerprint told).

    ``continued`` names the earlier record each event continues (``state.match``);
    ``used`` are file names in the events folder that are taken; ``keys`` the events'
    keys (``state.keys``), when the caller has them.
    """
    entries, records, views = [], {}, []
    keys = state.keys(events) if keys is None else keys
    for key, event, old_key in zip(keys, events, continued, strict=True):
        old = previous.get(old_key) if old_key else None
        uid = event.uid or (old.uid if old else event_uid(key))
        print_ = fingerprint(event, uid, feed.timezone)
        view = None
        if old is not None and old.fingerprint == print_:
            digest = old.hash  # the same data renders the same: no need to render it
        else:
            view = render_event(event, uid, feed.timezone)
            digest = view.digest
        if old is not None and old.hash == digest and old.cancelled is None:
            revision = Revision(old.stamp, old.sequence)
        else:
            revision = Revision(stamp, old.sequence + 1 if old else 0)
        entries.append(Entry(event, uid, revision))
        views.append(view)
        assert event.start is not None
        records[key] = Record(
            uid=uid, file=_file_name(event, used), hash=digest, sequence=revision.sequence,
            stamp=revision.stamp, title=event.title, start=event.start.iso(),
            sources=tuple(sorted({s.file for s in event.sources})), fingerprint=print_,
        )
    return entries, records, views


def _file_name(event: Event, used: set[str]) -> str:
    assert event.start is not None
    base = f"{event.start.iso()}-{slugify(event.title)}"
    name, n = f"{base}.ics", 2
    while name in used:
        name, n = f"{base}-{n}.ics", n + 1
    used.add(name)
    return f"{EVENTS_DIR}/{name}"


def export(events: list[Event], folder: Path, feed: Feed, stamp: dt.datetime, *,
           wait: float = 30.0, keep_cancelled: dt.timedelta | None = None) -> Report:
    """Write ``folder/calendar.ics`` and one file per exportable event.

    With ``keep_cancelled``, an event whose documents vanished stays that long in the
    feed as ``STATUS:CANCELLED`` so that subscribed calendars remove it.
    """
    with exclusive(folder, wait):
        return write_all(events, folder, feed, stamp, keep_cancelled)


@contextlib.contextmanager
def exclusive(folder: Path, wait: float) -> Iterator[None]:
    """The output folder, created if missing and held against other runs for the block."""
    try:
        (folder / EVENTS_DIR).mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise OutputError(f"{folder}: cannot create output folder ({err.strerror})") from err
    try:
        with locked(folder, wait):
            yield
    except OSError as err:
        where = err.filename or folder
        raise OutputError(f"{where}: cannot write ({err.strerror})") from err


def write_all(events: list[Event], folder: Path, feed: Feed, stamp: dt.datetime,
              keep_cancelled: dt.timedelta | None = None) -> Report:
    """The feed and event files of ``events``; the caller holds the folder (``exclusive``)."""
    try:
        return _export(events, folder, feed, stamp, keep_cancelled)
    except state.StateError as err:
        raise OutputError(f"{err}; move it away to start afresh (all UIDs change)") from err


def _temporary(path: Path, folder: Path) -> bool:
    """Whether ``path`` is a temporary file of this module's own writes."""
    found = _TEMPORARY.match(path.name)
    if found is None:
        return False
    if path.parent == folder:
        return found["name"] in _ROOT_FILES
    return found["name"].endswith(".ics")


def _owned(rel: str) -> bool:
    """Whether ``rel`` is a path calendarize itself would write in the events folder."""
    head, _, name = rel.partition("/")
    return head == EVENTS_DIR and bool(name) and "/" not in name and name.endswith(".ics")


def _export(events: list[Event], folder: Path, feed: Feed, stamp: dt.datetime,
            keep_cancelled: dt.timedelta | None) -> Report:
    """Plan, record the plan in the state file, write, remove, then record the result.

    Recording first means a run killed halfway leaves a state that names every file it
    may have written, so the next run finishes the job instead of orphaning files.
    """
    for stale in (*folder.iterdir(), *(folder / EVENTS_DIR).iterdir()):
        if _temporary(stale, folder) and stale.is_file():  # left by a killed run
            os.unlink(stale)
    loaded = state.load(folder)
    previous = loaded.records
    exportable = [e for e in events if e.exportable]
    own = state.keys(exportable)  # (made once: a few calls per event)
    continued = state.match(exportable, previous, own)
    continuing = set(continued)
    vanished = {k: r for k, r in previous.items() if k not in continuing}
    kept, written = _keep_cancelled(folder, vanished, stamp, keep_cancelled)
    unchanged = [r.file for r in kept.values() if r.file not in written]
    used = {p.name for p in (folder / EVENTS_DIR).iterdir()}  # foreign files stay untouched
    used -= {r.file.removeprefix(f"{EVENTS_DIR}/") for r in previous.values()}
    used -= {f.removeprefix(f"{EVENTS_DIR}/") for f in loaded.obsolete}
    used |= {r.file.removeprefix(f"{EVENTS_DIR}/") for r in kept.values()}
    entries, records, views = plan(exportable, previous, continued, feed, stamp, used, own)

    written_before: dict[str, bytes] | None = None  # the last feed's VEVENTs, read once

    def rendered(i: int) -> tuple[Rendered, Revision]:
        """Entry ``i``'s VEVENT at its revision, rendered at most once per run; an event
        unchanged since the last run is read back from the last feed instead."""
        nonlocal written_before
        view = views[i]
        if view is None:
            entry, old_key = entries[i], continued[i]
            old = previous.get(old_key) if old_key else None
            if old is not None:
                if written_before is None:
                    written_before = _feed_vevents(folder / FEED_NAME)
                block = written_before.get(entry.uid)
                if block is not None:
                    view = reread(block, Revision(old.stamp, old.sequence), old.hash,
                                  entry.event)
            if view is None:
                view = render_event(entry.event, entry.uid, feed.timezone)
            views[i] = view
        return view, entries[i].revision

    current = {r.file for r in (*records.values(), *kept.values())}
    obsolete = {r.file for r in previous.values()} | set(loaded.obsolete)
    obsolete = {f for f in obsolete - current if _owned(f)}
    settings = settings_digest(feed)
    final = State({**records, **kept}, (), settings, _feed_digest({**records, **kept}, settings))
    # the plan names every file this run may write or remove; no digests yet, so a run
    # after a crash renders everything again rather than trusting half-written files
    new_state = final != loaded
    if new_state:  # (an unchanged state already names every file)
        atomic_write(folder / STATE_NAME, state.dump(State(final.records, tuple(obsolete))))
    same_settings = loaded.settings == settings
    with replacing_together(folder / EVENTS_DIR) as write:
        for i, (entry, record, old_key) in enumerate(
                zip(entries, records.values(), continued, strict=True)):
            old = previous.get(old_key) if old_key else None
            if same_settings and old == record and (folder / record.file).is_file():
                unchanged.append(record.file)  # same content, same settings: same bytes
                continue
            single = replace(feed, name=entry.event.title, url=None)
            changed = write(folder / record.file, assemble([rendered(i)], single))
            (written if changed else unchanged).append(record.file)
    if loaded.feed == final.feed and (folder / FEED_NAME).is_file():
        unchanged.append(FEED_NAME)
    else:
        documents = [(folder / r.file).read_bytes() for _, r in sorted(kept.items())]
        changed = atomic_write(folder / FEED_NAME,
                               assemble(map(rendered, range(len(entries))), feed, documents))
        (written if changed else unchanged).append(FEED_NAME)
    removed = []
    for rel in sorted(obsolete):
        with contextlib.suppress(FileNotFoundError):
            os.unlink(folder / rel)
            removed.append(rel)
    if new_state:  # (else the file holds ``final`` already)
        atomic_write(folder / STATE_NAME, state.dump(final))
    files = {e.uid: r.file for e, r in zip(entries, records.values(), strict=True)}
    return Report(tuple(entries), tuple(written), tuple(removed), tuple(unchanged),
                  files, tuple(sorted(r.file for r in kept.values())))


def _feed_vevents(path: Path) -> dict[str, bytes]:
    """The VEVENTs of the feed an earlier run wrote, by UID; none if it cannot be read."""
    try:
        return vevents_by_uid(path.read_bytes())
    except OSError:
        return {}


def _feed_digest(records: Mapping[str, Record], settings: str) -> str:
    """What calendar.ics is made of: settings and every record in order."""
    parts = [settings, *(repr(r) for r in records.values())]
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()[:32]


def _keep_cancelled(folder: Path, vanished: Mapping[str, Record], stamp: dt.datetime,
                    keep: dt.timedelta | None) -> tuple[dict[str, Record], list[str]]:
    """Vanished events still published as cancelled, and the files newly marked so."""
    kept, written = {}, []
    for key, record in vanished.items():
        since = record.cancelled or stamp
        if keep is None or stamp - since >= keep or not _owned(record.file):
            continue
        path = folder / record.file
        try:
            document = path.read_bytes()
        except FileNotFoundError:
            continue
        if record.cancelled is None:
            revision = Revision(stamp, record.sequence + 1)
            atomic_write(path, cancel(document, revision))
            written.append(record.file)
            record = replace(record, sequence=revision.sequence, stamp=stamp, cancelled=stamp)
        kept[key] = record
    return kept, written


def explain(events: Sequence[Event], report: Report) -> list[str]:
    """For ``-v``: each document's events and what became of them, then removed files."""
    entries = {id(entry.event): entry for entry in report.exported}
    written = set(report.written)
    by_document: dict[str, list[str]] = {}
    for event in events:
        entry = entries.get(id(event))
        if entry is None:
            fate = f"not exported: {event.status.value}"
        else:
            rel = report.files[entry.uid]
            fate = f"{rel}, SEQUENCE {entry.revision.sequence}, "
            fate += "written" if rel in written else "unchanged"
        line = f"{event.title} ({event.start_str() or 'undated'}; {fate})"
        for name in sorted({s.file for s in event.sources}):
            by_document.setdefault(name, []).append(line)
    lines = [f"{name}: {len(found)} event{'s'[:len(found) - 1]}: {'; '.join(found)}"
             for name, found in sorted(by_document.items())]
    lines += [f"{rel}: kept as cancelled, its documents vanished" for rel in report.cancelled]
    lines += [f"{rel}: removed, its documents vanished" for rel in report.removed]
    return lines
