"""How well calendarize reads texts it was not written against: scores per labelled set.

    python benchmarks/quality.py [SET ...] [--misses]

Each set in benchmarks/quality/ (K to U) is a folder of German texts and an
``expected.json`` a careful reader wrote for them: one object per event with ``file``,
``title``, ``start`` ("YYYY-MM-DD", "YYYY-MM-DDTHH:MM", "XXXX-MM-DD…" when the text gives
no year, null when no date), ``end``, ``city`` and ``status``. The sets were written by
helpers from a brief, without seeing the code (BRIEF-O.md to BRIEF-U.md; each
later set was first read by readers tuned on the earlier ones, so it measures them on fresh
text). K and U are
held out: look only at their totals, never at their texts or misses, or they stop telling
whether a fix is general (S was written beside R and scored before R's fixes, to tell
whether they carry over, and read in the round after; T was written at the end of R's
round, held out through S's and read in the round after; U was written before T was read,
to tell whether T's fixes carry over).

An expected event is matched to one the tool reports from the same file on its first day
(for a year-unknown one, on its month and day; an undated one to an undated one), the
nearest in time and title first. Scored: the first day found ("day"), its start time,
its city (one name inside the other counts), its status, its end; "extra" counts
reported events no expected one matched (``--misses`` lists them). Titles are compared by
shared words.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from calendarize.pipeline import extract

SETS = Path(__file__).resolve().parent / "quality"
HELD_OUT = ("K", "U")  # (their totals only: see the module's docstring)


def _words(title: object) -> set[str]:
    return {w.lower() for w in re.findall(r"\w+", str(title or "")) if len(w) > 2}


def _similarity(a: object, b: object) -> float:
    x, y = _words(a), _words(b)
    return len(x & y) / max(1, len(x | y))


def _time(moment: object) -> str | None:
    return moment[11:16] if isinstance(moment, str) and len(moment) > 10 else None


def _same_city(want: object, got: object) -> bool:
    """Both none, or one name inside the other ('Weilheim' in 'Weilheim in Oberbayern')."""
    a, b = (str(x or "").lower().replace("-", " ").strip() for x in (want, got))
    return a == b or bool(a and b and (a in b or b in a))


def _fits(expected: dict[str, object], found: dict[str, object]) -> bool:
    want, got = expected["start"], found["start"]
    if want is None:
        return got is None or found["status"] == "undated"
    if not isinstance(got, str) or not isinstance(want, str):
        return False
    if want.startswith("XXXX"):  # (its month and day)
        return got[5:10] == want[5:10]
    return got[:10] == want[:10]


def _as_expected(moment: object) -> object:
    """A year-unknown moment as the sets write it: '--03-14T08:00' → 'XXXX-03-14T08:00'."""
    return "XXXX" + moment[1:] if isinstance(moment, str) and moment.startswith("--") else moment


def score(folder: Path) -> tuple[Counter[str], list[tuple[str, ...]], int]:
    """The counts, the misses and the number of extra events for one set."""
    expected = json.loads((folder / "expected.json").read_text(encoding="utf-8"))
    events = extract([str(folder)], jobs=1).rows()
    for event in events:  # (a year-unknown day as the sets write it)
        event["start"], event["end"] = _as_expected(event["start"]), _as_expected(event["end"])
    by_file: dict[str, list[tuple[int, dict[str, object]]]] = defaultdict(list)
    for i, event in enumerate(events):
        sources = event["sources"]
        assert isinstance(sources, list)
        for name in {Path(str(source["file"])).name for source in sources}:
            by_file[name].append((i, event))
    totals: Counter[str] = Counter()
    misses: list[tuple[str, ...]] = []
    used: set[int] = set()
    for want in expected:
        totals["n"] += 1
        candidates = [(i, e) for i, e in by_file[want["file"]] if i not in used and _fits(want, e)]
        if not candidates:
            misses.append((want["file"], "MISS", want["title"], str(want["start"])))
            continue
        i, got = max(candidates, key=lambda c: (c[1]["start"] == want["start"],
                                                _similarity(want["title"], c[1]["title"])))
        used.add(i)
        totals["day"] += 1
        for field, same in (
                ("time", _time(want["start"]) == _time(got["start"])),
                ("city", _same_city(want.get("city"), got.get("city"))),
                ("status", want["status"] == got["status"]),
                ("end", (want.get("end") or None) == (got.get("end") or None))):
            if same:
                totals[field] += 1
            else:
                key = "start" if field == "time" else field  # (what each side says)
                misses.append((want["file"], field, want["title"], str(want.get(key)),
                               str(got.get(key))))
    for i, event in enumerate(events):  # (what no expected event matched)
        if i not in used:
            names = sorted({Path(str(source["file"])).name for source in event["sources"]})
            misses.append((names[0] if names else "?", "EXTRA", str(event["title"]),
                           str(event["start"])))
    return totals, misses, len(events) - len(used)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("sets", nargs="*", default=sorted(
        p.name for p in SETS.iterdir() if (p / "expected.json").exists()))
    parser.add_argument("--misses", action="store_true", help="list what each set misses")
    args = parser.parse_args()
    for name in args.sets:
        totals, misses, extra = score(SETS / name)
        n = totals["n"]
        print(f"{name}: {n} expected; " + " ".join(
            f"{field} {totals[field] / n:.0%}"
            for field in ("day", "time", "city", "status", "end")) + f"; extra {extra}")
        if args.misses:
            if name in HELD_OUT:
                print(f"  ({name} is held out: its misses are not listed)")
                continue
            for miss in misses:
                print("  ", *miss)


if __name__ == "__main__":
    main()
