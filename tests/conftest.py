"""Shared fixtures: where the seeds are, and a way to run the real CLI."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from calendarize.cli import cli

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
DOCUMENTS = Path(__file__).resolve().parent / "documents"
GOLDEN = Path(__file__).resolve().parent / "golden"
STAMP = "2026-01-01T00:00:00Z"


def run(*args: str, input: str | None = None) -> Result:
    return CliRunner().invoke(cli, list(args), input=input, catch_exceptions=False)


def listed(*sources: str, extra: tuple[str, ...] = ()) -> list[dict[str, Any]]:
    result = run("list", *sources, "--json", *extra)
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


@pytest.fixture
def seeds() -> Path:
    return SEEDS


def work(call: Callable[[], object]) -> int:
    """Function calls (Python and C, every regex scan and match) made by ``call()``: a
    measure of work that, unlike time, does not depend on the machine's load."""
    count = 0

    def hook(_frame: object, event: str, _arg: object) -> None:
        nonlocal count
        count += event in ("call", "c_call")

    sys.setprofile(hook)
    try:
        call()
    finally:
        sys.setprofile(None)
    return count
