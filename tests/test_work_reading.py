"""Regression guards for the reading side's speed, without a clock: reads, parses, imports
and function calls counted (see tests/test_performance.py for the approach)."""

from __future__ import annotations

import gc
import os
import pickle
import subprocess
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from calendarize import documents, pipeline
from calendarize.cache import load_cache
from calendarize.documents import decode, discover, normalise, read_bytes
from calendarize.parallel import ordered_map

from .conftest import ROOT, SEEDS, STAMP, run, scans, small_tree, work

LINEAR = 2.5  # work(2n) / work(n) at most: linear, with room for fixed costs


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch, corpus: Path) -> Counter[str]:
    """How often each document of ``corpus`` was opened for reading."""
    counts: Counter[str] = Counter()
    real_open = documents._open

    def counting_open(file: Any, nonblocking: bool) -> int:
        if str(file).startswith(str(corpus)):
            counts[str(file)] += 1
        return real_open(file, nonblocking)

    monkeypatch.setattr(documents, "_open", counting_open)
    return counts


def export(sources: Path, out: Path) -> None:
    result = run("export", str(sources), "--out", str(out), "--stamp", STAMP, "--jobs", "1",
                 "--quiet")
    assert result.exit_code in (0, 4), result.output


def _documents(folder: Path) -> list[str]:
    return [name for found in discover([str(folder)]) if not isinstance(found, documents.Problem)
            for name in [found[0]]]


def test_fresh_export_reads_each_document_once(corpus: Path, tmp_path: Path,
                                               opened: Counter[str]) -> None:
    """Issue 7: the parent read and hashed every document, then its worker read it again."""
    export(corpus, tmp_path / "out")
    assert opened
    assert set(opened) == set(_documents(corpus))
    assert set(opened.values()) == {1}


def test_noop_export_reads_no_document(corpus: Path, tmp_path: Path, opened: Counter[str],
                                       parsed: list[str], monkeypatch: pytest.MonkeyPatch
                                       ) -> None:
    monkeypatch.setattr("calendarize.cache._SETTLED_NS", -1)  # every file counts as settled
    export(corpus, tmp_path / "out")
    opened.clear()
    parsed.clear()
    export(corpus, tmp_path / "out")
    assert not opened
    assert not parsed


def test_touched_document_is_read_once_and_not_parsed(corpus: Path, tmp_path: Path,
                                                      opened: Counter[str],
                                                      parsed: list[str],
                                                      monkeypatch: pytest.MonkeyPatch
                                                      ) -> None:
    """A file with new times but the same bytes (copied again, say): its worker reads and
    hashes it, and the cache answers for its events."""
    monkeypatch.setattr("calendarize.cache._SETTLED_NS", -1)
    export(corpus, tmp_path / "out")
    touched = sorted((corpus / "seeds").glob("*.txt"))[0]
    os.utime(touched, ns=(1, 1))
    opened.clear()
    parsed.clear()
    export(corpus, tmp_path / "out")
    assert opened == {str(touched): 1}
    assert parsed == []
    seen = load_cache(tmp_path / "out", None).seen(str(touched), str(touched))
    assert seen is not None
    assert seen.key  # its new signature is remembered


def test_documents_not_yet_settled_are_answered_by_their_bytes(
        corpus: Path, tmp_path: Path, parsed: list[str]) -> None:
    """Files changed just now are not remembered by their signature; a second run reads
    them once more but parses none."""
    export(corpus, tmp_path / "out")
    parsed.clear()
    export(corpus, tmp_path / "out")
    assert parsed == []


# --- imports ---------------------------------------------------------------------------


def _imports_bs4(code: str) -> bool:
    done = subprocess.run([sys.executable, "-c", code + "\nprint('bs4' in sys.modules)"],
                          capture_output=True, text=True, check=True, cwd=ROOT)
    return done.stdout.strip().splitlines()[-1] == "True"


@pytest.mark.parametrize(
    ("code", "imports", "reason"),
    [
        ("import sys\nfrom calendarize.cli import cli\n"
         "try:\n    cli(['--help'])\nexcept SystemExit:\n    pass", False, "--help"),
        (f"import sys\nfrom calendarize.cli import cli\ntry:\n"
         f"    cli(['list', {str(SEEDS)!r}, '--json'])\nexcept SystemExit:\n    pass",
         False, "plain text documents"),
        ("import sys\nfrom calendarize.documents import text_of\n"
         "text_of(b'<p>Am 5. Mai</p>', '.html')", True, "a web page"),
    ],
    ids=["help", "plain text", "web page"],
)
def test_beautiful_soup_is_imported_only_for_web_pages(code: str, imports: bool,
                                                       reason: str) -> None:
    assert _imports_bs4(code) is imports, reason


# --- work per document -----------------------------------------------------------------


def test_discovery_is_linear_and_light(tmp_path: Path) -> None:
    """Issue 7: sorting Path objects made discovery cost more than answering from the cache."""
    small, large = small_tree(tmp_path / "small", 200), small_tree(tmp_path / "large", 400)
    list(discover([str(small)]))
    calls = work(lambda: list(discover([str(large)])))
    assert calls / work(lambda: list(discover([str(small)]))) <= LINEAR
    assert calls < 8 * 400  # a handful of calls per file, no Path per file


def test_noop_extraction_is_light_per_document(tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("calendarize.cache._SETTLED_NS", -1)
    folder = small_tree(tmp_path / "in", 300)
    out = tmp_path / "out"
    out.mkdir()
    cache = load_cache(out, None)
    pipeline.extract([str(folder)], cache=cache)
    cache.old, cache.old_known, cache.old_merged = cache.new, cache.new_known, cache.new_merged
    calls = work(lambda: pipeline.extract([str(folder)], cache=cache))
    assert calls < 30 * 300


TEXTS = [
    ("plain German", "Am 5. Mai öffnet das Rathaus. " * 2000, 0),
    ("typographic quotes and dashes", "Am 5. Mai – „öffnet“ das Rathaus… " * 2000, 0),
    ("Windows line ends", "Am 5. Mai\r\nöffnet das Rathaus.\r\n" * 2000, 0),
    ("Latin Extended letters", "Am 5. Mai öffnet Đoković das Rathaus. " * 2000, 1),
    ("decomposed umlauts", "Am 5. Mai o\u0308ffnet das Rathaus. " * 2000, 1),
    ("odd characters", "Am\u00a05.\u00adMai\u2011x\x0b" * 2000, 1),
]


@pytest.mark.parametrize(("name", "text", "expected"), TEXTS, ids=[name for name, *_ in TEXTS])
def test_normalise_scans_a_text_at_most_once(name: str, text: str, expected: int) -> None:
    """Issue 7: normalise ran three regex scans over every text; a text of Latin-1 and
    common punctuation, with nothing to change, is told apart without any."""
    assert scans(lambda: normalise(text)) == expected, name


def test_decoding_work_does_not_grow_with_the_control_characters_looked_for() -> None:
    """Issue 7: counting control bytes took one bytes.count per control character (73
    calls for this text; 30 now)."""
    assert work(lambda: decode("Am 5. Mai öffnet das Rathaus. ".encode() * 2000)) <= 40


class _File:
    """A file's reads (``documents._read``), recording how much each asks for."""

    def __init__(self, data: bytes, asked: list[int], most: int | None = None) -> None:
        self.data, self.asked, self.most = data, asked, most

    def read(self, _fd: int, size: int) -> bytes:
        self.asked.append(size)
        size = size if self.most is None else min(size, self.most)
        part, self.data = self.data[:size], self.data[size:]
        return part


def test_small_file_is_read_without_a_large_buffer(tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """Issue 7: every read asked for MAX_BYTES + 1, a 4 MiB buffer per small file."""
    path = tmp_path / "a.txt"
    path.write_bytes(b"Am 5. Mai")
    asked: list[int] = []
    monkeypatch.setattr(documents, "_read", _File(b"Am 5. Mai", asked).read)
    assert read_bytes(path) == b"Am 5. Mai"
    assert asked == [len(b"Am 5. Mai") + 1]


@pytest.mark.parametrize(("size", "reason"), [(9, "the size the file system tells"),
                                              (0, "no size told (/proc)"),
                                              (4, "grown since it was looked at")])
def test_short_reads_are_read_on_to_the_end(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                            size: int, reason: str) -> None:
    """Files are read unbuffered, in one read when it gives their size; a file whose reads
    give at most 3 bytes each, as /proc or a network file may, is read on to its end."""
    path = tmp_path / "a.txt"
    path.write_bytes(b"x" * size)
    asked: list[int] = []
    monkeypatch.setattr(documents, "_read", _File(b"Am 5. Mai", asked, most=3).read)
    assert read_bytes(path) == b"Am 5. Mai", reason


# --- processes -------------------------------------------------------------------------


class _Counted:
    """A picklable function that counts how often it is pickled (in this process)."""

    pickled = 0

    def __call__(self, x: int) -> int:
        return -x

    def __reduce__(self) -> tuple[Callable[[], _Counted], tuple[()]]:
        _Counted.pickled += 1
        return (_Counted, ())


def test_mapped_function_is_sent_to_each_worker_once() -> None:
    """Not with every chunk: the reader may carry the cache's keys."""
    _Counted.pickled = 0
    assert list(ordered_map(_Counted(), range(100), jobs=2, chunk=5)) == [-x for x in range(100)]
    assert _Counted.pickled <= 2  # none at all where workers are forked


def _frozen_objects(_item: int) -> int:
    return gc.get_freeze_count()


def test_workers_garbage_collector_leaves_the_parents_objects_alone() -> None:
    """Issue 7: at 100,000 documents, workers spent seconds walking (and so copying) the
    objects they inherited; frozen before the fork, the collector skips them."""
    assert min(ordered_map(_frozen_objects, range(4), jobs=2, chunk=1)) > 0
    assert gc.get_freeze_count() == 0  # unfrozen again in the parent afterwards


def test_worker_results_keep_the_order(tmp_path: Path) -> None:
    folder = small_tree(tmp_path / "in", 40)
    one = pipeline.extract([str(folder)], jobs=1)
    two = pipeline.extract([str(folder)], jobs=2)
    assert pickle.dumps(one.events) == pickle.dumps(two.events)
