"""Regression guards for speed that do not read a clock: work counted, not seconds.

The work of a call is the number of function calls it makes (Python and C, regex scans
included), counted with a profile hook: the same on every machine. Doubling the input
must about double the work; a quadratic step would quadruple it. The benchmark script
(benchmarks/throughput.py) measures the seconds.
"""

from __future__ import annotations

import re
import signal
from collections.abc import Callable, Iterator
from pathlib import Path
from re import _constants as sre  # the parsed form of a pattern, to check its shape
from re import _parser
from types import FrameType

import pytest

from calendarize.dates import find_dates
from calendarize.events import extract_events
from calendarize.merge import merge_events
from calendarize.model import Day, Document, Event, Source
from calendarize.parallel import chunked, ordered_map
from calendarize.people import _CO_ORGANISER, _ISSUER_FORMS, _ORGANISER_FORMS, find_organisers
from calendarize.places import document_city

from .conftest import DOCUMENTS, SEEDS, STAMP, run, work

LINEAR = 2.5  # work(2n) / work(n) at most: linear, with room for fixed costs


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
    ("dated sentences on one line", lambda n: "Termin ist der 5. Mai 2024. " * n),
    # (each run of days, an event, looks for the lines of its opening hours once, not
    # through every date of the text)
    ("runs of days among many dates", lambda n: "".join(
        f"Die Messe läuft vom {1 + i % 27}. bis {2 + i % 27}. Mai {1800 + i % 400}. "
        "Gezählt: 3., 5., 7. und 9. Juni. " for i in range(n))),
]
@pytest.mark.parametrize(("name", "text"), HOSTILE)
def test_date_finder_is_linear_on_hostile_text(name: str, text: Callable[[int], str]) -> None:
    assert growth(lambda n: lambda: find_dates(text(n)), 2000) <= LINEAR, name


# One endless sentence full of dates ("ordinals and months"): events.py reads each sentence
# once, not once per date in it.
@pytest.mark.parametrize(("name", "text"), HOSTILE)
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


def test_merge_is_linear_in_the_number_of_events() -> None:
    assert growth(lambda n: lambda: merge_events(_distinct_events(n)), 100) <= LINEAR


# --- backtracking ----------------------------------------------------------------------
# A regular expression that can read the same words in several ways (a nested repetition
# over alternatives that overlap, like "der" as link, article and adjective) backtracks
# through every way when the rest of the pattern fails: exponential in the words. The
# function-call count above cannot see inside one match, so these guards look at the
# pattern's shape instead, and run the worst input with a hang guard.

_ORGANISER_PATTERNS = [p for p, _ in _ORGANISER_FORMS] + [*_ISSUER_FORMS, _CO_ORGANISER]
_SINGLE = {sre.LITERAL, sre.NOT_LITERAL, sre.IN, sre.ANY}


def _group_repeats(tree: _parser.SubPattern | list) -> Iterator[int]:
    """The upper bound of every repetition of more than one character in a parsed pattern."""
    for op, av in tree:
        if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            _, most, body = av
            if len(body) > 1 or any(o not in _SINGLE for o, _ in body):
                yield most
            yield from _group_repeats(body)
        elif op is sre.SUBPATTERN:
            yield from _group_repeats(av[-1])
        elif op is sre.ATOMIC_GROUP:
            yield from _group_repeats(av)
        elif op is sre.BRANCH:
            for branch in av[1]:
                yield from _group_repeats(branch)
        elif op in (sre.ASSERT, sre.ASSERT_NOT):
            yield from _group_repeats(av[1])


@pytest.mark.parametrize("pattern", _ORGANISER_PATTERNS, ids=lambda p: p.pattern[:30])
def test_organiser_names_repeat_words_a_bounded_number_of_times(pattern: re.Pattern[str]) -> None:
    """Issue: 'Veranstalter ist das Kulturforum Alte Ziegelei in der Fei …' repeated hung
    the reader (each repetition tripled the time). A name is now at most a few words, each
    read by an atomic group, so no repetition of words is unbounded."""
    bounds = list(_group_repeats(_parser.parse(pattern.pattern, pattern.flags)))
    assert bounds
    assert max(bounds) < 20, pattern.pattern


class _Hung(Exception):
    pass


def _hang_guard(_signum: int, _frame: FrameType | None) -> None:
    raise _Hung


# Inputs that took hours (or longer) before their fix; each now takes milliseconds. The
# alarm is a hang guard only: far above any machine's time for a linear reading.
BACKTRACKING = [
    ("organiser name", lambda: find_organisers(
        "Veranstalter ist das " + "Kulturforum Alte Ziegelei in der Fei " * 60 + ".")),
    ("organiser before its verb", lambda: find_organisers(
        ". Die " + "Kulturforum Alte Ziegelei in der Fei " * 60 + "sich")),
    ("dateline of slashes", lambda: document_city("Ulm" + "/Ulm" * 200 + "x")),
    ("digits", lambda: document_city("1" * 20_000)),
]


@pytest.mark.parametrize(("name", "call"), BACKTRACKING)
def test_no_input_hangs_the_reader(name: str, call: Callable[[], object]) -> None:
    previous = signal.signal(signal.SIGALRM, _hang_guard)
    signal.alarm(30)
    try:
        call()
    except _Hung:
        pytest.fail(f"{name}: still reading after 30 s")
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


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
