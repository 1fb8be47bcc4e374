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
GOLDEN_SEEDS = GOLDEN / "seeds"


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("out")
    with contextlib.chdir(SEEDS.parent):  # sources are named as given: "seeds/…"
        result = run("export", "seeds", "--out", str(out), "--stamp", STAMP, "--quiet")
    assert result.exit_code == 0, result.output
    return out


def _relative_files(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*.ics"))


def test_the_same_files_are_written(exported: Path) -> None:
    if UPDATE:
        for rel in _relative_files(exported):
            target = GOLDEN_SEEDS / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes((exported / rel).read_bytes())
    assert _relative_files(exported) == _relative_files(GOLDEN_SEEDS)


@pytest.mark.parametrize("rel", _relative_files(GOLDEN_SEEDS))
def test_file_matches_golden_bytes(exported: Path, rel: str) -> None:
    assert (exported / rel).read_bytes() == (GOLDEN_SEEDS / rel).read_bytes()


def test_output_uses_crlf_and_folds_long_lines(exported: Path) -> None:
    data = (exported / "calendar.ics").read_bytes()
    lines = data.split(b"\r\n")
    assert b"\n" not in b"".join(lines)
    assert all(len(line) <= 75 for line in lines)
