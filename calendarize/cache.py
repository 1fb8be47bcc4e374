"""Each document's events, kept in the output folder so an unchanged document is not read twice.

An entry is keyed by a hash of the document's name and bytes; the whole cache belongs to
one build of calendarize (its version and a hash of its source code) and one reference
date, and is dropped when either differs. The file is written atomically and carries a
digest of its contents: a missing, stale or damaged cache is an empty one, so the cache
can make a run faster but never change what it outputs.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import os
import pickle
import stat
import struct
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import BinaryIO

from . import __version__
from . import model as _model
from .model import Event
from .output import replacing

CACHE_NAME = ".calendarize-cache"
_MAGIC = b"calendarize-cache 2\n"
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
    """calendarize's version and a hash of its source: any code change invalidates caches."""
    digest = hashlib.blake2b(__version__.encode(), digest_size=16)
    for path in sorted(Path(__file__).parent.glob("*.py")):
        digest.update(path.name.encode())
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
    old: Entries = field(default_factory=dict)
    new: Entries = field(default_factory=dict)
    old_merged: Merged | None = None
    new_merged: Merged | None = None
    old_known: Known = field(default_factory=dict)
    new_known: Known = field(default_factory=dict)
    # Files changed after this time minus _SETTLED_NS are not remembered, so a change
    # within the same clock tick cannot go unseen. (Read once: the run's start is the
    # earliest, so the most careful, time to compare with.)
    settled_before: int = field(default_factory=lambda: time.time_ns() - _SETTLED_NS)

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

    def put(self, key: str, events: list[Event]) -> None:
        self.new[key] = tuple(events)

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
        return (self.new.keys() != self.old.keys() or self.new_merged != self.old_merged
                or self.new_known != self.old_known)


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
    try:
        found_scope, entries, merged, known = _ModelUnpickler(io.BytesIO(payload)).load()
    except Exception:  # a damaged cache is an empty cache, whatever the damage
        return None
    if found_scope != wanted or not isinstance(entries, dict):
        return None
    return Cache(wanted, entries, old_merged=merged, old_known=known)


class _Digesting:
    """A file that also hashes what is written to it."""

    def __init__(self, handle: BinaryIO) -> None:
        self.handle = handle
        self.digest = hashlib.blake2b(digest_size=_DIGEST)

    def write(self, data: bytes) -> int:
        self.digest.update(data)
        return self.handle.write(data)


def _write(cache: Cache, path: Path) -> None:
    """Header, digest, pickled entries: streamed to a temporary file, then renamed.

    The payload is never held in memory whole (it is tens of MB for 100,000 documents).
    """
    with replacing(path) as handle:
        handle.write(_MAGIC + bytes(_DIGEST))
        out = _Digesting(handle)
        pickle.dump((cache.scope, cache.new, cache.new_merged, cache.new_known), out,
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
