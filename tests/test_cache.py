"""The per-document cache in the output folder: faster re-runs, never different output."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import pickle
from pathlib import Path

import pytest

from calendarize import cache as cache_module
from calendarize import pipeline
from calendarize.cache import (
    _MAGIC,
    CACHE_NAME,
    Cache,
    load_cache,
    save_cache,
    scope,
    source_fingerprint,
)

from .conftest import SEEDS, STAMP, run

SKIP = {CACHE_NAME, ".calendarize.lock"}


def export(sources: Path, out: Path, *extra: str) -> None:
    result = run("export", str(sources), "--out", str(out), "--stamp", STAMP, "--jobs", "1",
                 *extra)
    assert result.exit_code in (0, 4), result.output


def files(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*"))
            if p.is_file() and p.name not in SKIP}


def test_cached_run_gives_the_fresh_output(corpus: Path, tmp_path: Path) -> None:
    export(corpus, tmp_path / "cached")
    export(corpus, tmp_path / "cached")
    export(corpus, tmp_path / "fresh")
    assert (tmp_path / "cached" / CACHE_NAME).exists()
    assert files(tmp_path / "cached") == files(tmp_path / "fresh")


def test_noop_run_parses_nothing(corpus: Path, tmp_path: Path, parsed: list[str]) -> None:
    export(corpus, tmp_path / "out")
    first = len(parsed)
    assert first > 5
    export(corpus, tmp_path / "out")
    assert len(parsed) == first


def test_changed_document_is_parsed_again(corpus: Path, tmp_path: Path,
                                          parsed: list[str]) -> None:
    export(corpus, tmp_path / "out")
    export(corpus, tmp_path / "uncached")
    changed = sorted((corpus / "seeds").glob("*.txt"))[0]
    changed.write_text(changed.read_text("utf-8").replace("2016", "2018"), "utf-8")
    parsed.clear()
    export(corpus, tmp_path / "out")
    assert parsed == [str(changed)]
    (tmp_path / "uncached" / CACHE_NAME).unlink()  # the same history, without the cache
    export(corpus, tmp_path / "uncached")
    assert files(tmp_path / "out") == files(tmp_path / "uncached")


def test_other_reference_date_parses_again(corpus: Path, tmp_path: Path,
                                           parsed: list[str]) -> None:
    export(corpus, tmp_path / "out")
    parsed.clear()
    export(corpus, tmp_path / "out", "--reference-date", "2017-01-01")
    assert len(parsed) > 5


@pytest.mark.parametrize(
    ("damage", "reason"),
    [
        (lambda b: b[: len(b) // 2], "truncated by a crash"),
        (lambda b: b[:-1] + bytes([b[-1] ^ 1]), "one bit flipped"),
        (lambda b: b"", "empty"),
        (lambda b: b"\x00" * 100, "not a cache at all"),
        (lambda b: b"calendarize-cache 9\n" + b[len(_MAGIC):], "a future format"),
    ],
)
def test_damaged_cache_is_ignored(tmp_path: Path, damage: object, reason: str) -> None:
    out = tmp_path / "out"
    export(SEEDS, out)
    cache = out / CACHE_NAME
    cache.write_bytes(damage(cache.read_bytes()))  # type: ignore[operator]
    export(SEEDS, out)
    export(SEEDS, tmp_path / "fresh")
    assert files(out) == files(tmp_path / "fresh"), reason


def test_cache_cannot_build_arbitrary_objects(tmp_path: Path) -> None:
    """A cache with a valid digest but foreign types in its first part, the merged result
    (a planted file), is refused (tests/test_work_noop.py plants them in the entries)."""
    payload = (pickle.dumps((scope(None), ("digest", (Path("/etc"),)), ""))
               + pickle.dumps(({}, {})))
    digest = hashlib.blake2b(payload, digest_size=32).digest()
    (tmp_path / CACHE_NAME).write_bytes(_MAGIC + digest + payload)
    refused = load_cache(tmp_path, None)
    assert (refused.old_merged, refused.old) == (None, {})


def test_round_trip(tmp_path: Path) -> None:
    events = pipeline.extract([str(SEEDS)]).events
    cache = Cache(scope(None))
    cache.put("k", events)
    assert save_cache(cache, tmp_path)
    assert load_cache(tmp_path, None).old == {"k": tuple(events)}
    assert load_cache(tmp_path, dt.date(2020, 1, 1)).old == {}  # other reference date
    assert (tmp_path / CACHE_NAME).read_bytes().startswith(_MAGIC)
    assert [p.name for p in tmp_path.iterdir()] == [CACHE_NAME]  # no temporary file left


def test_nothing_to_save_writes_nothing(tmp_path: Path) -> None:
    cache = Cache(scope(None))
    assert not save_cache(cache, tmp_path)
    assert not (tmp_path / CACHE_NAME).exists()


def test_unwritable_folder_only_costs_time(tmp_path: Path) -> None:
    cache = Cache(scope(None))
    cache.put("k", [])
    assert not save_cache(cache, tmp_path / "missing" / "folder")


def test_unchanged_files_are_not_read_again(corpus: Path, tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    """A file whose size, times and inode are unchanged keeps its key unread (like git)."""
    monkeypatch.setattr(cache_module, "_SETTLED_NS", -1)  # every file counts as settled
    export(corpus, tmp_path / "out")
    hashed: list[str] = []
    real = cache_module.document_key
    monkeypatch.setattr(cache_module, "document_key",
                        lambda name, data: hashed.append(name) or real(name, data))
    export(corpus, tmp_path / "out")
    assert hashed == []
    # same size, same mtime, other bytes: the inode change time still tells
    changed = sorted((corpus / "seeds").glob("*.txt"))[1]
    before = changed.stat()
    changed.write_bytes(changed.read_bytes().replace(b"2016", b"2018"))
    os.utime(changed, ns=(before.st_atime_ns, before.st_mtime_ns))
    export(corpus, tmp_path / "out")
    assert hashed == [str(changed)]


@pytest.mark.parametrize("changed", ["events.py", "data/cities.tsv"])
def test_a_change_to_code_or_gazetteer_invalidates_the_cache(tmp_path: Path, changed: str
                                                              ) -> None:
    package = Path(cache_module.__file__).parent
    (tmp_path / "data").mkdir()
    for name in ("events.py", "places.py", "data/cities.tsv"):
        (tmp_path / name).write_bytes((package / name).read_bytes())
    before = source_fingerprint(tmp_path)
    assert source_fingerprint(tmp_path) == before
    with open(tmp_path / changed, "a", encoding="utf-8") as file:
        file.write("\n")
    assert source_fingerprint(tmp_path) != before
