"""Benchmark: CPU time of the document-to-events path on worst-case inputs as they grow.

tests/test_fuzz.py counts Python-level work, which is deterministic but blind to the work
inside one regular-expression match; this measures CPU time (process_time), which sees
everything. Each shape runs at doubling sizes; the ratio column is the growth of the
time per doubling (2 is linear, 4 quadratic). A run over ``--limit`` CPU seconds stops
that shape.

    python fuzz/linear.py [--sizes 1000 2000 4000 8000] [--limit 20]
"""

from __future__ import annotations

import argparse
import signal
import sys
import time
from collections.abc import Callable
from itertools import pairwise
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from calendarize.documents import normalise  # noqa: E402
from calendarize.events import extract_events  # noqa: E402
from calendarize.model import Document  # noqa: E402
from tests.test_fuzz import WORST_CASES  # noqa: E402

SHAPES: dict[str, Callable[[int], str]] = {
    **WORST_CASES,
    "organiser phrase": lambda n: "Veranstalter ist das "
    + "Kulturforum Alte Ziegelei in der Fei " * (n // 37) + ".",
}


class Limit(Exception):
    pass


def _stop(_signum: int, _frame: object) -> None:
    raise Limit


def cpu_seconds(text: str, limit: float) -> float | None:
    document = Document(name="worst.txt", text=normalise(text))
    signal.setitimer(signal.ITIMER_VIRTUAL, limit)
    began = time.process_time()
    try:
        extract_events(document)
    except Limit:
        return None
    finally:
        signal.setitimer(signal.ITIMER_VIRTUAL, 0)
    return time.process_time() - began


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 2000, 4000, 8000])
    parser.add_argument("--limit", type=float, default=20.0)
    args = parser.parse_args()
    signal.signal(signal.SIGVTALRM, _stop)
    extract_events(Document(name="warm.txt", text="Die Tagung findet am 5. Mai 2025 in Ulm."))
    print(f"{'shape':<20}" + "".join(f"{n:>10}" for n in args.sizes) + "   ratio per doubling")
    for name, make in SHAPES.items():
        cells, times = [], []
        for n in args.sizes:
            seconds = cpu_seconds(make(n), args.limit)
            if seconds is None:
                cells.append(f">{args.limit:.0f}s".rjust(10))
                break
            cells.append(f"{seconds * 1000:9.1f}ms")
            times.append(seconds)
        ratios = [b / a for a, b in pairwise(times) if a > 0.001]
        growth = " ".join(f"{r:.1f}" for r in ratios) or "-"
        print(f"{name:<20}" + "".join(cells).ljust(10 * len(args.sizes)) + f"   {growth}")


if __name__ == "__main__":
    main()
