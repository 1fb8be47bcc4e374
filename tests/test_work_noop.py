"""Regression guards for the no-op re-run's speed (issue 7), without a clock: a run over the
very files of the last one reuses its merged result (``Cache.rerun``), neither unpickling
the per-document entries nor making objects per file; any change takes the per-file path."""

from __future__ import annotations

import datetime as dt
import gc
import hashlib
import os
import pickle
from collections.abc import Callable
from pathlib import Path

import pytest

from calendarize import cache as caching
from calendarize import events, identity, output, pipeline, state
from calendarize.cache import _MAGIC, CACHE_NAME, load_cache, save_cache, scope
from calendarize.documents import Problem, discover
from calendarize.ical import Feed
from calendarize.model import Day, Event

from .conftest import SEEDS, STAMP, counting, run, small_tree, work

LINEAR = 2.2  # work(2n) / work(n) at most
STAMP_TIME = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)


@pytest.fixture(autouse=True)
def settled(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every file counts as settled, however fresh (else a fresh file is hashed again)."""
    monkeypatch.setattr(caching, "_SETTLED_NS", -1)


def _extract(sources: list[str], out: Path) -> pipeline.Extraction:
    """One run over ``sources`` with the cache in ``out``, saved as an export saves it."""
    out.mkdir(exist_ok=True)
    cache = load_cache(out, None)
    result = pipeline.extract(sources, cache=cache)
    save_cache(cache, out)
    return result


def _export(sources: Path, out: Path) -> None:
    result = run("export", str(sources), "--out", str(out), "--stamp", STAMP, "--jobs", "1",
                 "--quiet")
    assert result.exit_code in (0, 4), result.output


def test_noop_export_unpickles_no_entry_and_saves_no_cache(corpus: Path, tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch
                                                           ) -> None:
    """Issue 7: a no-op run at 50x unpickled 100,000 entries and made an Outcome, a Seen
    and a task per file to hand the same merged result on."""
    _export(corpus, tmp_path / "out")
    before = (tmp_path / "out" / CACHE_NAME).stat()
    unpickled = counting(monkeypatch, caching, "_rest")
    seen = counting(monkeypatch, caching.Cache, "seen")
    _export(corpus, tmp_path / "out")
    assert unpickled[0] == seen[0] == 0
    after = (tmp_path / "out" / CACHE_NAME).stat()
    assert (after.st_ino, after.st_mtime_ns) == (before.st_ino, before.st_mtime_ns)


def test_an_export_parses_the_state_file_once(corpus: Path, tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    """It is read for the UIDs the events keep, then again under the folder's lock: the
    same bytes are not parsed twice (a tenth of a no-op run at 50x)."""
    _export(corpus, tmp_path / "out")
    parsed = counting(monkeypatch, state, "_parse")
    _export(corpus, tmp_path / "out")
    assert parsed[0] == 1


def test_noop_extraction_is_a_few_calls_per_file(tmp_path: Path) -> None:
    """Past discovery, a stat and a few calls per file (the per-file path made 23)."""
    small, large = small_tree(tmp_path / "small", 300), small_tree(tmp_path / "large", 600)
    for folder in (small, large):
        _extract([str(folder)], tmp_path / folder.name)
    calls = {n: work(lambda f=folder: _extract([str(f)], tmp_path / f.name))  # type: ignore[misc]
             - work(lambda f=folder: list(discover([str(f)])))  # type: ignore[misc]
             for n, folder in ((300, small), (600, large))}
    assert calls[600] / calls[300] <= LINEAR
    assert calls[600] < 7 * 600


def _touch(folder: Path) -> None:
    path = next(folder.rglob("*.txt"))
    os.utime(path, ns=(path.stat().st_atime_ns, path.stat().st_mtime_ns + 1))


def _edit(folder: Path) -> None:
    path = sorted(folder.rglob("*.txt"))[3]
    path.write_text("Am 9. Juni 2016 tagt der Rat.\n", "utf-8")


def _add(folder: Path) -> None:
    (folder / "part0" / "new.txt").write_text("Am 9. Juni 2016 tagt der Rat.\n", "utf-8")


def _remove(folder: Path) -> None:
    next(folder.rglob("*.txt")).unlink()


def _rename(folder: Path) -> None:
    path = sorted(folder.rglob("*.txt"))[2]
    path.rename(path.with_name("zz-" + path.name))


def _replace_by_copy(folder: Path) -> None:
    path = sorted(folder.rglob("*.txt"))[1]
    data = path.read_bytes()
    path.unlink()
    path.write_bytes(data)


CHANGES: list[tuple[str, Callable[[Path], None], str]] = [
    ("touched", _touch, "a new mtime: the bytes are hashed again (same key, same events)"),
    ("edited", _edit, "other bytes"),
    ("added", _add, "one file more"),
    ("removed", _remove, "one file fewer"),
    ("renamed", _rename, "events cite their file by name; the order changes too"),
    ("copied anew", _replace_by_copy, "same bytes, another inode"),
]


@pytest.mark.parametrize(("name", "change", "reason"), CHANGES, ids=[c[0] for c in CHANGES])
def test_any_change_takes_the_per_file_path_and_gives_its_result(
        tmp_path: Path, name: str, change: Callable[[Path], None], reason: str) -> None:
    folder = small_tree(tmp_path / "in", 12)
    _extract([str(folder)], tmp_path / "out")
    change(folder)
    cache = load_cache(tmp_path / "out", None)
    assert cache.rerun(list(_found(folder))) is None, reason
    again = pipeline.extract([str(folder)], cache=load_cache(tmp_path / "out", None))
    fresh = pipeline.extract([str(folder)])
    assert (again.events, again.documents) == (fresh.events, fresh.documents), reason


def _found(folder: Path) -> list[tuple[str, str | None] | Problem]:
    return list(discover([str(folder)]))


def test_a_rerun_gives_what_the_per_file_path_gives(corpus: Path, tmp_path: Path) -> None:
    first = _extract([str(corpus)], tmp_path / "out")
    again = _extract([str(corpus)], tmp_path / "out")
    assert load_cache(tmp_path / "out", None).rerun(_found(corpus)) is not None
    assert (again.events, again.documents, again.problems, again.crashed) == (
        first.events, first.documents, first.problems, first.crashed)


def test_sources_in_another_order_are_another_run(tmp_path: Path) -> None:
    one, two = small_tree(tmp_path / "one", 3), small_tree(tmp_path / "two", 3)
    _extract([str(one), str(two)], tmp_path / "out")
    cache = load_cache(tmp_path / "out", None)
    assert cache.rerun(_found(two) + _found(one)) is None
    assert cache.rerun(_found(one) + _found(two)) is not None


def test_unsettled_files_are_no_rerun(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A file changed within the last moments is hashed again; its run cannot be reused."""
    monkeypatch.setattr(caching, "_SETTLED_NS", 10**18)
    folder = small_tree(tmp_path / "in", 3)
    _extract([str(folder)], tmp_path / "out")
    assert load_cache(tmp_path / "out", None).old_run == ""


def test_a_crashed_document_is_no_rerun(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A document whose reading crashed has no entry: it is read again, as before."""
    folder = small_tree(tmp_path / "in", 3)
    real = events.extract_events

    def crashing(document: object, reference: object) -> list[Event]:
        if str(document.name).endswith("doc00001.txt"):  # type: ignore[attr-defined]
            raise RuntimeError("boom")
        return real(document, reference)  # type: ignore[arg-type]

    monkeypatch.setattr("calendarize.pipeline.extract_events", crashing)
    assert _extract([str(folder)], tmp_path / "out").crashed
    assert load_cache(tmp_path / "out", None).old_run == ""


def test_the_lazily_read_part_cannot_build_arbitrary_objects(tmp_path: Path) -> None:
    """A cache with a valid digest but foreign types in its entries (a planted file)."""
    payload = (pickle.dumps((scope(None), None, ""))
               + pickle.dumps(({"k": (Path("/etc"),)}, {})))
    digest = hashlib.blake2b(payload, digest_size=32).digest()
    (tmp_path / CACHE_NAME).write_bytes(_MAGIC + digest + payload)
    assert load_cache(tmp_path, None).old == {}


def test_entries_round_trip_through_the_lazy_part(tmp_path: Path) -> None:
    cache = load_cache(tmp_path, None)
    event = Event("Sommerfest", Day(2016, 7, 11))
    cache.put("k", [event])
    cache.new_known["a.txt"] = bytes(caching._SIGNATURE.size) + b"k"
    assert save_cache(cache, tmp_path)
    loaded = load_cache(tmp_path, None)
    assert loaded.pending is not None  # nothing unpickled yet
    assert (loaded.old, loaded.old_known) == ({"k": (event,)}, dict(cache.new_known))


def test_an_export_keys_each_event_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Issue 7: matching and planning each made every event's key (3 per event per run)."""
    result = pipeline.extract([str(SEEDS)])
    exportable = [e for e in result.events if e.exportable]
    for _ in range(2):  # a first export, then a no-op one
        keyed = counting(monkeypatch, identity, "event_key")
        with output.exclusive(tmp_path, 1):
            output.write_all(result.events, tmp_path, Feed(), STAMP_TIME)
        assert keyed[0] == len(exportable) > 0


def test_loading_the_cache_sets_off_no_garbage_collection(tmp_path: Path) -> None:
    """Issue 7: the collections that unpickling 100,000 entries set off took half its time."""
    cache = load_cache(tmp_path, None)
    for i in range(3000):
        cache.put(f"k{i}", [Event(f"Fest {i}", Day(2016, 7, 1 + i % 28))])
    assert save_cache(cache, tmp_path)
    collections: list[str] = []

    def note(phase: str, _info: dict[str, int]) -> None:
        collections.append(phase)

    gc.callbacks.append(note)
    try:
        assert len(load_cache(tmp_path, None).old) == 3000
    finally:
        gc.callbacks.remove(note)
    assert collections == []
    assert gc.isenabled()
