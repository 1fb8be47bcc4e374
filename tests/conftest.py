"""Shared fixtures: where the seeds are, and a way to run the real CLI."""

from __future__ import annotations

import datetime as dt
import json
import re
import shutil
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from calendarize import pipeline
from calendarize.cli import cli
from calendarize.model import Document

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


def _counted(call: Callable[[], object], counts: Callable[[str, object], bool]) -> int:
    """Profile events of ``call()`` for which ``counts(event, arg)`` holds."""
    count = 0

    def hook(_frame: object, event: str, arg: object) -> None:
        nonlocal count
        count += counts(event, arg)

    sys.setprofile(hook)
    try:
        call()
    finally:
        sys.setprofile(None)
    return count


def work(call: Callable[[], object]) -> int:
    """Function calls (Python and C, every regex scan and match) made by ``call()``: a
    measure of work that, unlike time, does not depend on the machine's load."""
    return _counted(call, lambda event, _arg: event in ("call", "c_call"))


def calls_on(pattern: re.Pattern[str], call: Callable[[], object]) -> int:
    """Calls of ``pattern``'s methods (search, match, finditer, …) made by ``call()``."""
    return _counted(call, lambda event, arg: event == "c_call"
                    and getattr(arg, "__self__", None) is pattern)


def scans(call: Callable[[], object]) -> int:
    """Regular expression scans (``Pattern.sub``, ``.search`` …) made by ``call()``."""
    return _counted(call, lambda event, arg: event == "c_call"
                    and getattr(arg, "__self__", None).__class__ is re.Pattern)


def counting(monkeypatch: pytest.MonkeyPatch, owner: object, name: str) -> list[int]:
    """Count the calls to ``owner.name`` (a function or method) from now on."""
    count = [0]
    real = getattr(owner, name)

    def counted(*args: Any, **kwargs: Any) -> Any:
        count[0] += 1
        return real(*args, **kwargs)

    monkeypatch.setattr(owner, name, counted)
    return count


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """Seeds and test documents together, in a folder the test may change."""
    folder = tmp_path / "in"
    shutil.copytree(SEEDS, folder / "seeds")
    shutil.copytree(DOCUMENTS, folder / "documents")
    return folder


@pytest.fixture
def parsed(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Names of the documents parsed (not answered from the cache), in order."""
    names: list[str] = []
    real = pipeline.read_events

    def counted(document: Document, reference: dt.date | None) -> object:
        names.append(document.name)
        return real(document, reference)

    monkeypatch.setattr(pipeline, "read_events", counted)
    return names


def small_tree(folder: Path, n: int) -> Path:
    """``n`` small dated documents in a few subfolders of ``folder``."""
    for i in range(n):
        path = folder / f"part{i % 4}" / f"doc{i:05d}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(f"Am {1 + i % 28}. Mai 2016 feiert der Verein {i}.\n", "utf-8")
    return folder
