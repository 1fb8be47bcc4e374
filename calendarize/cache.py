"""Each document's events, kept in the output folder so an unchanged document is not read twice.

An entry is keyed by a hash of the document's name and bytes; the whole cache belongs to
one build of calendarize (its version and a hash of its source code) and one reference
date, and is dropped when either differs. The file is written atomically and carries a
digest of its contents: a missing, stale or damaged cache is an empty one, so the cache
can make a run faster but never change what it outputs.

The per-document entries and the files' signatures are the bulk of the file and come
last, unpickled only when a run asks for them: a run over the very files of the last one
reuses its merged result (``Cache.rerun``) and needs neither.
"""

from __future__ import annotations

import datetime as dt
import gc
import hashlib
import io
import os
import pickle
import stat
import struct
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, BinaryIO

from . import __version__
from . import model as _model
from .model import Event
from .output import CACHE_NAME, replacing

_MAGIC = b"calendarize-cache 3\n"
_DIGEST = 32


def document_key(name: str, data: bytes) -> str:
    """The cache key of a document: its name (events cite it) and its exact bytes.

    >>> document_key("a.txt", b"x") == document_key("a.txt", b"x") != document_key("b.txt", b"x")
    True
    """
    digest = hashlib.blake2b(name.encode("utf-8", "surrogateescape"), digest_size=16)
    digest.update(b"\0")
    digest.update(data)
    return digest.hexdigest()


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """calendarize's version and a hash of its source and data (the gazetteer): any change
    to what reads the documents invalidates caches."""
    return source_fingerprint(Path(__file__).parent)


def source_fingerprint(package: Path) -> str:
    """A hash of the version, the modules and the data files of the package at ``package``."""
    digest = hashlib.blake2b(__version__.encode(), digest_size=16)
    for path in sorted([*package.glob("*.py"), *package.glob("data/*")]):
        digest.update(path.relative_to(package).as_posix().encode())
        with open(path, "rb") as source:
            digest.update(source.read())
    return digest.hexdigest()


def scope(reference: dt.date | None) -> str:
    """What every entry of one cache shares: the code that made it and the reference date."""
    return f"{code_fingerprint()}/{reference.isoformat() if reference else '-'}"


class _ModelUnpickler(pickle.Unpickler):
    """Builds only calendarize's value types and times: a tampered file cannot run code."""

    def find_class(self, module: str, name: str) -> type:
        if module == _model.__name__ and isinstance(getattr(_model, name, None), type):
            found: type = getattr(_model, name)
            return found
        if module == "datetime" and name in ("date", "time"):
            return dt.date if name == "date" else dt.time
        raise pickle.UnpicklingError(f"{module}.{name} is not allowed in a cache")


Entries = dict[str, tuple[Event, ...]]
Merged = tuple[str, tuple[Event, ...]]  # a hash of the documents merged, and the result
# A file's size, mtime, ctime (ns) and inode, packed: one object per file, not five, for
# the cache of 100,000 files to load and compare quickly.
_SIGNATURE = struct.Struct("<QqqQ")
Known = dict[str, bytes]  # file name -> its signature and then its key, when last read
_SETTLED_NS = 2_000_000_000  # a file this much older than its reading cannot change unseen


@dataclass(frozen=True, slots=True)
class Seen:
    """A document file as its metadata shows it, before it is read."""

    name: str
    signature: bytes  # packed by _SIGNATURE
    settled: bool  # not changed for long enough to be remembered by its signature
    key: str | None  # the key of its bytes, if the signature is the one last seen


@dataclass(slots=True)
class Cache:
    """Entries read at the start of a run and the ones this run used or made."""

    scope: str
    new: Entries = field(default_factory=dict)
    old_merged: Merged | None = None
    new_merged: Merged | None = None
    new_known: Known = field(default_factory=dict)
    # Files changed after this time minus _SETTLED_NS are not remembered, so a change
    # within the same clock tick cannot go unseen. (Read once: the run's start is the
    # earliest, so the most careful, time to compare with.)
    settled_before: int = field(default_factory=lambda: time.time_ns() - _SETTLED_NS)
    # The files of a run (names and signatures, in order; see _run_digest) when each was
    # remembered and had an entry: a run over the same files can reuse its merged result.
    old_run: str = ""
    new_run: str = ""
    reused: bool = False  # this run was the last one again (see rerun): nothing changes
    pending: io.BytesIO | None = None  # the pickled entries and known files, until used
    loaded_entries: Entries = field(default_factory=dict)
    loaded_known: Known = field(default_factory=dict)

    def _load(self) -> None:
        if self.pending is not None:
            self.loaded_entries, self.loaded_known = _rest(self.pending)
            self.pending = None

    @property
    def old(self) -> Entries:
        """The entries of the last run (unpickled on first use)."""
        self._load()
        return self.loaded_entries

    @old.setter
    def old(self, entries: Entries) -> None:
        self._load()
        self.loaded_entries = entries

    @property
    def old_known(self) -> Known:
        """The files the last run remembered (unpickled on first use)."""
        self._load()
        return self.loaded_known

    @old_known.setter
    def old_known(self, known: Known) -> None:
        self._load()
        self.loaded_known = known

    def rerun(self, found: Sequence[tuple[str, str | None] | object]) -> list[Event] | None:
        """The last run's merged events when ``found`` (what ``discover`` gave) are its
        files, in its order, each with the signature it had then.

        What the per-file path (``seen``, ``get``, ``remember``, ``merged``) would then
        give, without an object per file and without the entries: the last run remembered
        each of these files by this signature and had an entry for each, so this run
        would answer each from its entry, remember the same and merge the same keys.
        """
        if not self.old_run or self.old_merged is None:
            return None
        names, signatures, pack = [], [], _SIGNATURE.pack
        for item in found:
            if not isinstance(item, tuple) or item[1] is None:  # a Problem, standard input
                return None
            name, path = item
            try:
                info = os.stat(path)
            except (OSError, ValueError):
                return None
            if not stat.S_ISREG(info.st_mode):
                return None
            names.append(name)
            signatures.append(pack(info.st_size, info.st_mtime_ns, info.st_ctime_ns,
                                   info.st_ino))
        if _run_digest(names, signatures) != self.old_run:
            return None
        self.reused = True
        return list(self.old_merged[1])

    def note_run(self, found: Sequence[tuple[str, str | None]], complete: bool) -> None:
        """After a run over ``found`` by the per-file path, ``complete`` when every
        document gave events (none unreadable or crashed): whether a run over the same
        files can be answered by ``rerun``."""
        if not complete or self.new_merged is None:  # (None: standard input was read)
            return
        names = [name for name, _path in found]
        try:  # (comprehensions: no call per file; see tests/test_work_noop.py)
            signatures = [self.new_known[name][:_SIGNATURE.size] for name in names]
        except KeyError:  # not settled: to be hashed again next time
            return
        self.new_run = _run_digest(names, signatures)

    def seen(self, name: str, path: str) -> Seen | None:
        """The file's signature and, when it is the one last seen, its key; reads no bytes.

        Like git's index: a file whose size, times and inode are what they were when it
        was hashed has the same bytes. None for what is no regular file (or is gone): the
        reader says why.
        """
        try:
            info = os.stat(path)
        except (OSError, ValueError):
            return None
        if not stat.S_ISREG(info.st_mode):  # pipes, devices
            return None
        mtime, ctime = info.st_mtime_ns, info.st_ctime_ns
        signature = _SIGNATURE.pack(info.st_size, mtime, ctime, info.st_ino)
        settled = mtime < self.settled_before and ctime < self.settled_before
        known = self.old_known.get(name)
        if known is not None and known.startswith(signature):
            return Seen(name, signature, settled, known[_SIGNATURE.size:].decode("ascii"))
        return Seen(name, signature, settled, None)

    def remember(self, seen: Seen, key: str) -> None:
        """``key`` is the key of the bytes read after ``seen`` was looked at."""
        if seen.settled:
            self.new_known[seen.name] = seen.signature + key.encode("ascii")

    def get(self, key: str) -> tuple[Event, ...] | None:
        found = self.old.get(key)
        if found is not None:
            self.new[key] = found
        return found

    def put(self, key: str, events: Sequence[Event]) -> None:
        self.new[key] = tuple(events)  # (a tuple is kept as it is, not copied)

    def merged(self, keys: list[str | None], events: list[Event],
               merge: Callable[[list[Event]], list[Event]]) -> list[Event]:
        """``merge(events)``, reused when the same documents in the same order gave them.

        ``keys`` are the documents' keys in order; None (standard input) is never reused.
        """
        if None in keys:
            return merge(events)
        digest = hashlib.blake2b("\n".join(map(str, keys)).encode(), digest_size=16).hexdigest()
        if self.old_merged is not None and self.old_merged[0] == digest:
            self.new_merged = self.old_merged
            return list(self.old_merged[1])
        result = merge(events)
        self.new_merged = (digest, tuple(result))
        return result

    @property
    def changed(self) -> bool:
        """Whether saving would change the file (entries added or no longer used)."""
        if self.reused:  # the same entries, files and result: the file as it is
            return False
        return (self.new.keys() != self.old.keys() or self.new_merged != self.old_merged
                or self.new_known != self.old_known or self.new_run != self.old_run)


def _run_digest(names: list[str], signatures: list[bytes]) -> str:
    """A digest of files' names and signatures, in order."""
    digest = hashlib.blake2b("\0".join(names).encode("utf-8", "surrogateescape"),
                             digest_size=16)
    digest.update(b"\0")
    digest.update(b"".join(signatures))  # (all of one size)
    return digest.hexdigest()


def load_cache(folder: Path, reference: dt.date | None) -> Cache:
    """The cache in ``folder`` for this build and reference date; empty if there is none."""
    wanted = scope(reference)
    return _read(folder / CACHE_NAME, wanted) or Cache(wanted)


def _read(path: Path, wanted: str) -> Cache | None:
    try:
        with open(path, "rb") as handle:  # in two reads: no copy of a large payload
            head, digest = handle.read(len(_MAGIC)), handle.read(_DIGEST)
            payload = handle.read()
    except OSError:
        return None
    if head != _MAGIC or hashlib.blake2b(payload, digest_size=_DIGEST).digest() != digest:
        return None
    stream = io.BytesIO(payload)
    try:
        found_scope, merged, run = _unpickled(stream)
    except Exception:  # a damaged cache is an empty cache, whatever the damage
        return None
    if found_scope != wanted or not isinstance(run, str):
        return None
    return Cache(wanted, old_merged=merged, old_run=run, pending=stream)


def _unpickled(stream: io.BytesIO) -> Any:
    """The next pickle in ``stream``, the garbage collector paused meanwhile: unpickling
    makes objects by the thousand (and no cycles), and every collection they would set
    off walks all of them again (half the time of the load)."""
    paused = gc.isenabled()
    gc.disable()
    try:
        return _ModelUnpickler(stream).load()
    finally:
        if paused:
            gc.enable()


def _rest(stream: io.BytesIO) -> tuple[Entries, Known]:
    """The entries and known files, pickled after the rest (the digest covers them)."""
    try:
        entries, known = _unpickled(stream)
    except Exception:  # as in _read
        return {}, {}
    if not isinstance(entries, dict) or not isinstance(known, dict):
        return {}, {}
    return entries, known


class _Digesting:
    """A file that also hashes what is written to it."""

    def __init__(self, handle: BinaryIO) -> None:
        self.handle = handle
        self.digest = hashlib.blake2b(digest_size=_DIGEST)

    def write(self, data: bytes) -> int:
        self.digest.update(data)
        return self.handle.write(data)


def _write(cache: Cache, path: Path) -> None:
    """Header, digest, the pickled rest, the pickled entries: streamed to a temporary
    file, then renamed.

    The payload is never held in memory whole (it is tens of MB for 100,000 documents).
    """
    with replacing(path) as handle:
        handle.write(_MAGIC + bytes(_DIGEST))
        out = _Digesting(handle)
        pickle.dump((cache.scope, cache.new_merged, cache.new_run), out,
                    protocol=pickle.HIGHEST_PROTOCOL)
        pickle.dump((cache.new, cache.new_known), out,  # last, read only when needed
                    protocol=pickle.HIGHEST_PROTOCOL)
        handle.seek(len(_MAGIC))
        handle.write(out.digest.digest())


def save_cache(cache: Cache, folder: Path) -> bool:
    """Write the entries this run used, atomically; False when nothing changed or on error."""
    if not cache.changed:
        return False
    try:
        _write(cache, folder / CACHE_NAME)
    except OSError:
        return False  # a cache that cannot be written only costs time on the next run
    return True
