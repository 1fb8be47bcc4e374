"""Regression guards for start-up, counted in modules loaded (issue 7).

Importing is most of a short run's work: the process pool (with logging and
multiprocessing) is loaded only to start workers, TOML only to read --config or
--corrections, and the readers (dates, events, titles, people, places: most of start-up,
compiling their patterns) only when a document is read, which an export the cache answers
whole does not (the keys that merge and identity need come from ``nouns`` and
``identity``).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import ROOT, SEEDS, STAMP

LAZY = ("concurrent.futures", "multiprocessing", "tomllib", "calendarize.dates",
        "calendarize.events", "calendarize.titles", "calendarize.people", "calendarize.places")
READERS = {"calendarize.dates", "calendarize.events", "calendarize.titles", "calendarize.people",
           "calendarize.places"}


def _loaded(*args: str) -> set[str]:
    """Which of LAZY a run of the command line with ``args`` imported."""
    script = (
        "import json, sys\n"
        "from calendarize.cli import main\n"
        "try:\n"
        "    main()\n"
        "except SystemExit:\n"
        "    pass\n"
        f"print(json.dumps(sorted(set(sys.modules) & {set(LAZY)!r})))\n"
    )
    done = subprocess.run([sys.executable, "-c", script, *args], cwd=ROOT, check=True,
                          capture_output=True, text=True)
    return set(json.loads(done.stdout.splitlines()[-1]))  # after what the command printed


def _export(out: Path, *extra: str) -> set[str]:
    return _loaded("export", str(SEEDS), "--out", str(out), "--stamp", STAMP, "-q", *extra)


def test_help_loads_no_reader_pool_or_toml() -> None:
    assert _loaded("--help") == set()


@pytest.mark.parametrize(("jobs", "loaded", "reason"), [
    ("1", READERS, "one job: no pool"),
    ("2", READERS | {"concurrent.futures", "multiprocessing"},
     "two jobs: the pool, and the readers loaded before it forks"),
], ids=["one job", "two jobs"])
def test_an_export_loads_the_pool_only_for_workers(tmp_path: Path, jobs: str,
                                                   loaded: set[str], reason: str) -> None:
    assert _export(tmp_path / "out", "--jobs", jobs) == loaded, reason


def test_an_export_the_cache_answers_loads_no_reader(tmp_path: Path) -> None:
    _export(tmp_path / "out", "--jobs", "1")
    assert _export(tmp_path / "out", "--jobs", "2") == set()


def test_toml_is_loaded_for_a_configuration(tmp_path: Path) -> None:
    config = tmp_path / "calendarize.toml"
    config.write_text(f'sources = [{str(SEEDS)!r}]\nout = "out"\n', "utf-8")
    assert "tomllib" in _loaded("export", "--config", str(config), "--stamp", STAMP, "-q")
