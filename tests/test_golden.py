"""Rendered iCalendar compared byte-for-byte with stored files.

Run with CALENDARIZE_UPDATE_GOLDEN=1 to rewrite them after an intended change, then
review the diff before committing.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

import pytest

from .conftest import GOLDEN, SEEDS, STAMP, run

UPDATE = os.environ.get("CALENDARIZE_UPDATE_GOLDEN") == "1"
# each golden folder, and the sources exported into it (named as given, from the repository)
SETS = {
    "seeds": "seeds",  # all-day and timed events, one reported twice, a VTIMEZONE
    "courses": "tests/documents/37_course-catalogue-weekly.txt",  # hours recurring weekly
    # a start and an end each with its day and time: one stretch, no RRULE
    "continuous": "tests/documents/38_weekend-camp-continuous.txt",
    # a day left open ("am Samstag, 19. oder Sonntag, 20. September"): STATUS:TENTATIVE
    "tentative": "tests/documents/39_weather-dependent-day.txt",
}


@pytest.fixture(scope="module", params=sorted(SETS))
def exported(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
             ) -> tuple[Path, Path]:
    out = tmp_path_factory.mktemp("out")
    with contextlib.chdir(SEEDS.parent):
        result = run("export", SETS[request.param], "--out", str(out), "--stamp", STAMP,
                     "--quiet")
    assert result.exit_code == 0, result.output
    return out, GOLDEN / request.param


def _relative_files(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*.ics"))


def test_the_same_files_are_written(exported: tuple[Path, Path]) -> None:
    out, golden = exported
    if UPDATE:
        for rel in _relative_files(out):
            target = golden / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes((out / rel).read_bytes())
    assert _relative_files(out) == _relative_files(golden)


def test_files_match_golden_bytes(exported: tuple[Path, Path]) -> None:
    out, golden = exported
    files = _relative_files(golden)
    assert files
    for rel in files:
        assert (out / rel).read_bytes() == (golden / rel).read_bytes(), rel


def test_output_uses_crlf_and_folds_long_lines(exported: tuple[Path, Path]) -> None:
    data = (exported[0] / "calendar.ics").read_bytes()
    lines = data.split(b"\r\n")
    assert b"\n" not in b"".join(lines)
    assert all(len(line) <= 75 for line in lines)
