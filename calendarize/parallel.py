"""Read documents and find their events over several processes, in a stable order.

Sources are discovered in the parent; a document whose signature the cache knows is
answered there, the others go to worker processes in chunks, each read once by its worker.
Results come back in discovery order, so the output does not depend on the number of
processes.

>>> list(ordered_map(len, iter(["a", "bb", "ccc"]), jobs=1))
[1, 2, 3]
"""

from __future__ import annotations

import gc
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from itertools import islice
from typing import TYPE_CHECKING, Any, TypeVar

from . import cache as caching
from .cache import Cache, Seen
from .documents import STDIN, Problem, UnreadableDocument, document_of, load, read_bytes
from .model import Document, Event

if TYPE_CHECKING:
    from concurrent.futures import Future

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


# In a worker process: the function ordered_map maps, sent once when the worker starts
# rather than with every chunk (it may carry the cache's keys).
_mapped: Callable[[Any], Any] | None = None


def _start_worker(fn: Callable[[Any], Any]) -> None:
    global _mapped
    _mapped = fn


def _run_chunk(chunk: list[T]) -> list[Any]:
    assert _mapped is not None
    return [_mapped(item) for item in chunk]


def ordered_map(fn: Callable[[T], R], items: Iterable[T], jobs: int,
                chunk: int = CHUNK) -> Iterator[R]:
    """``map(fn, items)`` over ``jobs`` processes, in input order, reading ``items`` lazily.

    Only ``jobs * WINDOW`` chunks are queued at a time, so a large input never sits in
    memory whole. ``fn`` must be picklable (a module-level function, a partial of one or
    an instance of a module-level class); each worker gets it once.
    """
    if jobs <= 1:
        yield from map(fn, items)
        return
    # (imported here: with logging and multiprocessing it is ~6% of start-up, and a run
    # with one job, or one whose documents the cache answers, starts no pool)
    from concurrent.futures import ProcessPoolExecutor

    # The objects made so far (the list of documents, a loaded cache) outlive the pool:
    # frozen, the garbage collector does not walk them again and again, here or in the
    # forked workers, where its walks would also copy every page they share.
    gc.freeze()
    try:
        with ProcessPoolExecutor(max_workers=jobs, initializer=_start_worker,
                                 initargs=(fn,)) as pool:
            pending: deque[Future[list[R]]] = deque()
            for part in chunked(items, chunk):
                pending.append(pool.submit(_run_chunk, part))
                if len(pending) >= jobs * WINDOW:
                    yield from pending.popleft().result()
            while pending:
                yield from pending.popleft().result()
    finally:
        gc.unfreeze()


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
    path: str
    seen: Seen | None = None  # the file before it was read, when there is a cache


@dataclass(frozen=True, slots=True)
class _Cached:
    """A worker's answer for bytes whose events the cache has: the parent has them."""

    key: str


@dataclass(frozen=True, slots=True)
class _Worker:
    """Reads a document once: its bytes give both its cache key and its events."""

    read: Reader
    keyed: bool = False  # whether there is a cache, so bytes need a key
    cached: frozenset[str] = frozenset()  # keys the cache has events for

    def __call__(self, task: _Task) -> Outcome | _Cached:
        try:
            data = read_bytes(task.path, regular=task.seen is not None)
            key = task.seen.key if task.seen else None
            if key is None and self.keyed:
                key = caching.document_key(task.name, data)
                if key in self.cached:  # touched or copied, not changed
                    return _Cached(key)
            document = document_of(data, task.path, task.name)
        except UnreadableDocument as err:
            return Outcome(unreadable=Problem(task.name, str(err)))
        except Exception as err:  # a bug in reading one document must not stop the others
            return Outcome(crashed=Problem(task.name,
                                           f"internal error while reading the file: {err!r}"))
        return _parsed(self.read, document, key)


def _parsed(read: Reader, document: Document, key: str | None) -> Outcome:
    found = read(document)
    if isinstance(found, Problem):
        return Outcome(key, crashed=found)
    return Outcome(key, tuple(found))


def _slot(found: tuple[str, str | None] | Problem, read: Reader,
          cache: Cache | None) -> Outcome | _Task:
    """The outcome when it is known without reading the file (a problem, a cached
    document), else a task for a worker."""
    if isinstance(found, Problem):
        return Outcome(unreadable=found)
    name, path = found
    if path is None:  # standard input: only the parent can read it
        document = next(iter(load([STDIN])))
        if isinstance(document, Problem):
            return Outcome(unreadable=document)
        return _parsed(read, document, None)
    seen = cache.seen(name, path) if cache is not None else None
    if seen is None or seen.key is None:
        return _Task(name, path, seen)
    assert cache is not None
    cache.remember(seen, seen.key)
    events = cache.get(seen.key)
    return _Task(name, path, seen) if events is None else Outcome(seen.key, events)


def outcomes(found: Iterable[tuple[str, str | None] | Problem], read: Reader, jobs: int = 1,
             cache: Cache | None = None) -> Iterator[Outcome]:
    """One Outcome per document ``discover`` found, in its order whatever ``jobs`` is.

    Each document is read once, by the worker that parses it; the parent only looks at
    files' signatures (see Cache.seen).
    """
    slots = [_slot(item, read, cache) for item in found]
    todo = [s for s in slots if isinstance(s, _Task)]
    jobs = max(1, min(jobs, len(todo)))
    chunk = max(1, min(CHUNK, -(-len(todo) // jobs)))
    if jobs > 1:
        from .places import lookup_city

        lookup_city("Berlin")  # load the gazetteer once, before the workers fork
    worker = _Worker(read)
    if cache is not None and todo:  # bytes read need a key, to be kept or found by it
        worker = _Worker(read, keyed=True, cached=frozenset(cache.old))
    done = ordered_map(worker, todo, jobs, chunk)
    for slot in slots:
        yield _answer(slot, next(done), cache) if isinstance(slot, _Task) else slot
    next(done, None)  # let the pool shut down


def _answer(task: _Task, result: Outcome | _Cached, cache: Cache | None) -> Outcome:
    """A worker's result as an Outcome, kept in the cache; the cache's events for bytes
    it knows."""
    if cache is None:
        assert isinstance(result, Outcome)
        return result
    if result.key is not None and task.seen is not None:
        cache.remember(task.seen, result.key)
    if isinstance(result, _Cached):
        events = cache.get(result.key)
        assert events is not None
        return Outcome(result.key, events)
    if result.key is not None and result.crashed is None:
        cache.put(result.key, result.events)
    return result
