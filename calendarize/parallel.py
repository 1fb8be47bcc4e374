"""Read documents and find their events over several processes, in a stable order.

Sources are discovered in the parent; a document whose bytes are in the cache is answered
there, the others go to worker processes in chunks. Results come back in discovery order,
so the output does not depend on the number of processes.

>>> list(ordered_map(len, iter(["a", "bb", "ccc"]), jobs=1))
[1, 2, 3]
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from functools import partial
from itertools import islice
from pathlib import Path
from typing import TypeVar

from .cache import Cache
from .documents import STDIN, Problem, UnreadableDocument, discover, load, read_document
from .model import Document, Event
from .places import lookup_city

T = TypeVar("T")
R = TypeVar("R")
Reader = Callable[[Document], "list[Event] | Problem"]

CHUNK = 32  # documents per task: enough to amortise pickling, few enough to balance
WINDOW = 4  # chunks in flight per process: bounds the memory of queued work


def default_jobs() -> int:
    """The number of cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def chunked(items: Iterable[T], size: int) -> Iterator[list[T]]:
    """Consecutive lists of ``size`` items (the last may be shorter).

    >>> list(chunked(range(5), 2))
    [[0, 1], [2, 3], [4]]
    """
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


def _run_chunk(fn: Callable[[T], R], chunk: list[T]) -> list[R]:
    return [fn(item) for item in chunk]


def ordered_map(fn: Callable[[T], R], items: Iterable[T], jobs: int,
                chunk: int = CHUNK) -> Iterator[R]:
    """``map(fn, items)`` over ``jobs`` processes, in input order, reading ``items`` lazily.

    Only ``jobs * WINDOW`` chunks are queued at a time, so a large input never sits in
    memory whole. ``fn`` must be picklable (a module-level function or a partial of one).
    """
    if jobs <= 1:
        yield from map(fn, items)
        return
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        pending: deque[Future[list[R]]] = deque()
        for part in chunked(items, chunk):
            pending.append(pool.submit(_run_chunk, fn, part))
            if len(pending) >= jobs * WINDOW:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()


@dataclass(frozen=True, slots=True)
class Outcome:
    """What one source gave: a document's events, or why it could not be read or parsed."""

    key: str | None = None  # the cache key of the bytes that were read
    events: tuple[Event, ...] = ()
    unreadable: Problem | None = None
    crashed: Problem | None = None


@dataclass(frozen=True, slots=True)
class _Task:
    name: str
    path: Path
    key: str | None  # the cache key of the bytes the parent saw


def _outcome(read: Reader, task: _Task) -> Outcome:
    """Read and parse one document (in a worker process when there are several)."""
    try:
        document = read_document(task.path, task.name)
    except UnreadableDocument as err:
        return Outcome(unreadable=Problem(task.name, str(err)))
    return _parsed(read, document, task.key)


def _parsed(read: Reader, document: Document, key: str | None) -> Outcome:
    found = read(document)
    if isinstance(found, Problem):
        return Outcome(key, crashed=found)
    return Outcome(key, tuple(found))


def _slot(found: tuple[str, Path | None] | Problem, read: Reader,
          cache: Cache | None) -> Outcome | _Task:
    """The outcome when it is known without a worker (a problem, a cached document), else a task."""
    if isinstance(found, Problem):
        return Outcome(unreadable=found)
    name, path = found
    if path is None:  # standard input: only the parent can read it
        document = next(iter(load([STDIN])))
        if isinstance(document, Problem):
            return Outcome(unreadable=document)
        return _parsed(read, document, None)
    if cache is None:
        return _Task(name, path, None)
    try:
        key = cache.key_of(name, path)
    except (OSError, ValueError, UnreadableDocument):
        return _Task(name, path, None)  # the worker says what is wrong with it
    events = cache.get(key)
    return _Task(name, path, key) if events is None else Outcome(key, events)


def outcomes(sources: Iterable[str], read: Reader, jobs: int = 1,
             cache: Cache | None = None) -> Iterator[Outcome]:
    """One Outcome per source document, in discovery order whatever ``jobs`` is."""
    slots = [_slot(found, read, cache) for found in discover(sources)]
    todo = [s for s in slots if isinstance(s, _Task)]
    jobs = max(1, min(jobs, len(todo)))
    chunk = max(1, min(CHUNK, -(-len(todo) // jobs)))
    if jobs > 1:
        lookup_city("Berlin")  # load the gazetteer once, before the workers fork
    done = ordered_map(partial(_outcome, read), todo, jobs, chunk)
    for slot in slots:
        outcome = next(done) if isinstance(slot, _Task) else slot
        if cache is not None and outcome.key and outcome.crashed is None:
            cache.put(outcome.key, list(outcome.events))
        yield outcome
    next(done, None)  # let the pool shut down
