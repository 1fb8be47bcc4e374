"""Regression guards for speed that do not read a clock: work counted, not seconds.

The work of a call is the number of function calls it makes (Python and C, regex scans
included), counted with a profile hook: the same on every machine. Doubling the input
must about double the work; a quadratic step would quadruple it. The benchmark script
(benchmarks/throughput.py) measures the seconds.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from calendarize.dates import find_dates
from calendarize.events import extract_events
from calendarize.merge import merge_events
from calendarize.model import Day, Document, Event, Source
from calendarize.parallel import chunked, ordered_map

from .conftest import DOCUMENTS, SEEDS, STAMP, run

LINEAR = 2.5  # work(2n) / work(n) at most: linear, with room for fixed costs


def work(call: Callable[[], object]) -> int:
    """Function calls made by ``call()``."""
    count = 0

    def hook(_frame: object, event: str, _arg: object) -> None:
        nonlocal count
        if event in ("call", "c_call"):
            count += 1

    sys.setprofile(hook)
    try:
        call()
    finally:
        sys.setprofile(None)
    return count


def growth(make: Callable[[int], Callable[[], object]], n: int) -> float:
    make(n)()  # warm caches and lazy loads, so they do not count for the smaller run
    return work(make(2 * n)) / work(make(n))


HOSTILE = [
    ("digits and dots", lambda n: "1.2.3.4.5.6.7.8.9.0." * n),
    ("'und 1.' repeated", lambda n: "und 1. " * n),
    ("ordinals and months", lambda n: "1. 2. 3. Mai, " * n),
    ("dates without end", lambda n: "vom 1. bis " * n),
    ("one long line of numbers", lambda n: " ".join(str(i) for i in range(n))),
    ("ranges of years", lambda n: "2017-2018-" * n),
]
# One endless sentence full of dates: events.py analyses the whole sentence again for
# each date in it (find_venues, the verb scan), so the work grows with dates x sentence.
_SENTENCE_PER_DATE = pytest.mark.xfail(
    reason="issue 7: _Reader._event_at re-reads the whole sentence for every date in it")
READER_HOSTILE = [
    pytest.param(*row, marks=_SENTENCE_PER_DATE) if row[0] == "ordinals and months" else row
    for row in HOSTILE
]


@pytest.mark.parametrize(("name", "text"), HOSTILE)
def test_date_finder_is_linear_on_hostile_text(name: str, text: Callable[[int], str]) -> None:
    assert growth(lambda n: lambda: find_dates(text(n)), 2000) <= LINEAR, name


@pytest.mark.parametrize(("name", "text"), READER_HOSTILE)
def test_event_reader_is_linear_on_hostile_text(name: str, text: Callable[[int], str]) -> None:
    def make(n: int) -> Callable[[], object]:
        return lambda: extract_events(Document(name="hostile.txt", text=text(n)))

    assert growth(make, 100) <= LINEAR, name


def test_event_reader_is_linear_in_the_number_of_reports() -> None:
    text = (SEEDS / sorted(p.name for p in SEEDS.glob("*.txt"))[0]).read_text("utf-8")

    def make(n: int) -> Callable[[], object]:
        return lambda: extract_events(Document(name="long.txt", text="\n\n".join([text] * n)))

    assert growth(make, 4) <= LINEAR


def _distinct_events(n: int) -> list[Event]:
    """``n`` events on different days, with different titles: nothing to merge."""
    return [
        Event(title=f"Tagung {i}", start=Day(2000 + i // 365, 1 + i // 28 % 12, 1 + i % 28),
              sources=(Source(f"{i}.txt", "…"),))
        for i in range(n)
    ]


@pytest.mark.xfail(reason="issue 7: merge_events compares each event with every group "
                   "(quadratic); index the groups by day to make it linear")
def test_merge_is_linear_in_the_number_of_events() -> None:
    assert growth(lambda n: lambda: merge_events(_distinct_events(n)), 100) <= LINEAR


def test_ordered_map_keeps_order_over_processes() -> None:
    assert list(ordered_map(abs, range(-100, 0), jobs=2, chunk=7)) == list(range(100, 0, -1))


def test_chunks_cover_the_input_once() -> None:
    assert [x for c in chunked(range(10), 3) for x in c] == list(range(10))


def _export(sources: Path, out: Path, jobs: int) -> dict[str, bytes]:
    result = run("export", str(sources), "--out", str(out), "--stamp", STAMP,
                 "--jobs", str(jobs), "--quiet")
    assert result.exit_code in (0, 4), result.output
    return {str(p.relative_to(out)): p.read_bytes() for p in sorted(out.rglob("*"))
            if p.is_file() and not p.name.startswith(".calendarize")}


@pytest.mark.parametrize("sources", [SEEDS, DOCUMENTS], ids=["seeds", "documents"])
def test_jobs_give_the_same_bytes(sources: Path, tmp_path: Path) -> None:
    one = _export(sources, tmp_path / "one", 1)
    assert one
    assert _export(sources, tmp_path / "two", 2) == one
    assert _export(sources, tmp_path / "three", 3) == one


def test_jobs_give_the_same_list(tmp_path: Path) -> None:
    results = [run("list", str(DOCUMENTS), "--json", "--jobs", str(j)) for j in (1, 2)]
    assert results[0].exit_code == results[1].exit_code
    assert results[0].stdout == results[1].stdout
    assert results[0].stdout.startswith("[")
