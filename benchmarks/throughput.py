"""How fast calendarize reads a corpus: documents/s, MB/s and peak memory per stage.

    python benchmarks/throughput.py [CORPUS] [--scale N] [--jobs N] [--dateparser] [--profile]
    python benchmarks/throughput.py [CORPUS] [--scale N] --instructions [REV]

CORPUS defaults to ../shared/corpus (relative to the repository). Its files are read once
first (not measured), so every stage reads them from the page cache. Each stage runs in a
fresh process, so its peak RSS is its own. Times are CPU seconds (user + system, of all
processes of the stage), so a busy machine does not distort them; the export also shows
its wall-clock time, which is what --jobs shortens:

- yardstick: the machine's own speed, to set the figures against the issue's: reading and
  decoding the files plainly, and a plain date regex over them;
- read: read, decode and normalise every document (documents.load);
- dates: the date finder alone (find_dates) on the loaded texts;
- events by kind: event extraction (date finder included) per document, its time summed
  for documents with events, dated ones without, and undated ones;
- end-to-end: ``calendarize export CORPUS --out TMP`` (read, find dates, assemble events,
  merge, render and write the feed) into an empty folder, then the same command again:
  the no-op run, where the cache answers for every document; then a nightly run, the
  same command after a day's new documents came in (``DAILY`` of them, copies of the
  corpus's first documents with their years moved on, in a second source folder);
- hostile: the date finder and event assembly on 1 MB of digits and dots and on
  100,000 x "und 1.".

With ``--jobs N`` (N > 1) the export also runs with ``--jobs 1``, and the wall-clock
speed-up is printed.

``--scale N`` runs on a corpus N times the size, made in a temporary folder (kept for the
next run): copy k of each document has every year from 1900 to 2099 moved k years on, so
its events are new events, not repeats. ``--dateparser`` runs dateparser's
``search_dates(text, languages=["de"])`` on a sample of the texts (pip install '.[bench]').
``--instructions [REV]`` counts the instructions of the ``--jobs 1`` export under valgrind
instead (and of the code at git revision REV): the measure to compare versions by on a
machine whose timings vary.
"""

from __future__ import annotations

import argparse
import atexit
import compileall
import cProfile
import datetime as dt
import json
import os
import pstats
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# The code measured: this checkout, or the copy of it main() takes (so that edits made
# while the benchmark runs change neither the numbers nor the cache's code fingerprint).
CODE = Path(os.environ.get("CALENDARIZE_BENCH_CODE", ROOT))
sys.path.insert(0, str(CODE))

from calendarize.dates import find_dates  # noqa: E402
from calendarize.documents import Problem, discover, load  # noqa: E402
from calendarize.model import Document  # noqa: E402

DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus"
STAMP = "2026-01-01T00:00:00Z"
STAMP_TIME = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
_YEAR = re.compile(rb"\b(19[0-9]{2}|20[0-9]{2})\b")
HOSTILE = {
    "1 MB of digits and dots": ("1.2.3.4.5.6.7.8.9.0." * 52_429)[:1_048_576],
    "100,000 x 'und 1.'": "und 1. " * 100_000,
}


def _peak_mb() -> float:
    """Peak RSS of this process and the children it waited for, in MB (Linux: KiB units)."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, children) / 1024


def _documents(corpus: str) -> list[Document]:
    return [d for d in load([corpus]) if not isinstance(d, Problem)]


def _size(corpus: str) -> tuple[int, int]:
    files = [p for found in discover([corpus]) if not isinstance(found, Problem)
             for p in [found[1]] if p is not None]
    return len(files), sum(os.stat(p).st_size for p in files)


# -- stages, each run in its own process ----------------------------------------------


def stage_read(corpus: str) -> dict[str, float]:
    start = time.process_time()
    count = sum(1 for d in load([corpus]) if not isinstance(d, Problem))
    return {"seconds": time.process_time() - start, "documents": count}


def stage_dates(corpus: str) -> dict[str, float]:
    seconds = 0.0
    count = mentions = 0
    for document in load([corpus]):  # one at a time: memory is one document's
        if isinstance(document, Problem):
            continue
        start = time.process_time()
        mentions += len(find_dates(document.text))
        seconds += time.process_time() - start
        count += 1
    return {"seconds": seconds, "documents": count, "mentions": mentions}


def stage_kinds(corpus: str) -> dict[str, float]:
    """Event extraction (date finder included), its CPU time summed by kind of document:
    with events, dated without events, undated. Press releases are mostly of the first
    kind; the news corpus mostly of the other two."""
    from calendarize.events import extract_events
    from calendarize.places import lookup_city

    lookup_city("Berlin")  # the gazetteer is read once, at the first look-up: not a document's
    out = {f"{kind}_{what}": 0.0 for kind in KINDS for what in ("seconds", "documents", "bytes")}
    for document in load([corpus]):
        if isinstance(document, Problem):
            continue
        start = time.process_time()
        found = extract_events(document)
        seconds = time.process_time() - start
        kind = "events" if found else "dated" if find_dates(document.text) else "undated"
        out[f"{kind}_seconds"] += seconds
        out[f"{kind}_documents"] += 1
        out[f"{kind}_bytes"] += len(document.text.encode("utf-8"))
    return out


KINDS = {"events": "with events", "dated": "dated, no event", "undated": "undated"}
# A yardstick of the machine: the issue quotes, for its machine, ~150 MB/s for reading and
# decoding the corpus and 50-60 MB/s for a plain date regex. Measured here in the same run,
# they tell how this machine compares, as its speed varies from day to day.
_PLAIN_DATE = re.compile(
    r"[0-9]{1,2}\.[ \t]?(?:[0-9]{1,2}\.|(?:Januar|Februar|März|April|Mai|Juni|Juli|August"
    r"|September|Oktober|November|Dezember)\b)[ \t]?(?:[0-9]{4})?")


def stage_yardstick(corpus: str) -> dict[str, float]:
    paths = [p for found in discover([corpus]) if not isinstance(found, Problem)
             for p in [found[1]] if p is not None]
    start = time.process_time()
    texts = []
    for path in paths:
        with open(path, "rb") as handle:
            texts.append(handle.read().decode("utf-8", "replace"))
    read = time.process_time() - start
    start = time.process_time()
    found = sum(len(_PLAIN_DATE.findall(text)) for text in texts)
    return {"read": read, "regex": time.process_time() - start, "found": found}


def stage_hostile(_corpus: str) -> dict[str, float]:
    from calendarize.events import extract_events

    out: dict[str, float] = {}
    for i, text in enumerate(HOSTILE.values()):
        start = time.process_time()
        out[f"dates{i}"] = len(find_dates(text))
        out[f"dates{i}_s"] = time.process_time() - start
        start = time.process_time()
        out[f"events{i}"] = len(extract_events(Document(name="hostile", text=text)))
        out[f"events{i}_s"] = time.process_time() - start
    return out


def stage_dateparser(corpus: str, budget: float = 20.0) -> dict[str, float]:
    import warnings

    warnings.simplefilter("ignore")
    from dateparser.search import search_dates

    search_dates("am 5. Mai 2017", languages=["de"])  # load its language data first
    seconds, chars, count = 0.0, 0, 0
    for document in _documents(corpus)[::37]:  # a spread-out sample, within the budget
        start = time.process_time()
        search_dates(document.text, languages=["de"])
        seconds += time.process_time() - start
        chars += len(document.text.encode("utf-8"))
        count += 1
        if seconds > budget:
            break
    return {"seconds": seconds, "documents": count, "bytes": chars}


def stage_dates_sample(corpus: str) -> dict[str, float]:
    """The date finder on exactly the sample dateparser read, for a like-for-like ratio."""
    docs = _documents(corpus)[::37]
    start = time.process_time()
    for document in docs:
        find_dates(document.text)
    return {"seconds": time.process_time() - start, "documents": len(docs),
            "bytes": sum(len(d.text.encode("utf-8")) for d in docs)}


STAGES = {f.__name__.removeprefix("stage_"): f for f in (
    stage_read, stage_dates, stage_kinds, stage_yardstick, stage_hostile, stage_dateparser,
    stage_dates_sample)}


def _run_stage(name: str, corpus: str) -> dict[str, float]:
    """Run one stage in a fresh interpreter; its numbers and peak RSS."""
    done = subprocess.run(
        [sys.executable, __file__, corpus, "--stage", name],
        check=True, capture_output=True, text=True, env=_env(),
    )
    return dict(json.loads(done.stdout))


def _env() -> dict[str, str]:
    return {**os.environ, "CALENDARIZE_BENCH_CODE": str(CODE), "PYTHONPATH": str(CODE)}


def snapshot(revision: str | None = None) -> Path:
    """A copy of the package to measure (this checkout's, or that of a git ``revision``),
    in a temporary folder, compiled to bytecode as an installed package is (pip compiles
    it): with PYTHONDONTWRITEBYTECODE set, as on this machine, every run would otherwise
    compile the package's source anew (~0.1 s)."""
    folder = Path(tempfile.mkdtemp(prefix="calendarize-bench-code-"))
    if revision is None:
        shutil.copytree(ROOT / "calendarize", folder / "calendarize",
                        ignore=shutil.ignore_patterns("__pycache__"))
    else:
        archive = subprocess.run(["git", "-C", str(ROOT), "archive", revision, "calendarize"],
                                 check=True, capture_output=True).stdout
        subprocess.run(["tar", "-x", "-C", str(folder)], input=archive, check=True)
    compileall.compile_dir(folder / "calendarize", quiet=1)
    return folder


def instructions(code: Path, corpus: str) -> int:
    """The instructions a fresh ``export --jobs 1`` of ``corpus`` executes with the package
    in ``code``, counted by valgrind's callgrind: unlike seconds, the same on a busy
    machine, so two versions of the code compare exactly (it runs ~50x slower)."""
    with tempfile.TemporaryDirectory(prefix="calendarize-bench-out-") as out:
        done = subprocess.run(
            ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", sys.executable,
             "-m", "calendarize", "export", corpus, "--out", f"{out}/o", "--stamp", STAMP,
             "--jobs", "1", "--quiet"],
            cwd=code, capture_output=True, text=True,
            env={**os.environ, "PYTHONPATH": str(code), "PYTHONHASHSEED": "0"},
        )
    found = re.search(r"Collected : ([0-9]+)", done.stderr)
    if found is None:
        raise SystemExit(f"callgrind gave no count (is valgrind installed?): {done.stderr[-300:]}")
    return int(found.group(1))


def _export(corpus: str, out: Path, jobs: int, *more: Path) -> dict[str, float]:
    """The real command, timed from outside, with the peak RSS of its process tree."""
    command = [sys.executable, "-m", "calendarize", "export", corpus, *map(str, more),
               "--out", str(out), "--stamp", STAMP, "--jobs", str(jobs), "--quiet"]
    with tempfile.TemporaryFile() as errors:  # a file, not a pipe: it never fills up
        start = time.perf_counter()
        proc = subprocess.Popen(command, cwd=CODE, stderr=errors, env=_env())
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        errors.seek(0)
        lines = errors.read().decode(errors="replace").splitlines()
    if proc.returncode not in (0, 4):
        raise SystemExit(f"export failed ({proc.returncode}): {lines[-5:]}")
    if lines:
        print(f"  ({len(lines)} lines on stderr, e.g. {lines[0][:150]})")
    return {"seconds": usage.ru_utime + usage.ru_stime, "wall": wall,
            "peak_mb": usage.ru_maxrss / 1024}


def _warm(corpus: str) -> None:
    """Read every file once before measuring, so that every stage finds them in the page
    cache. (This machine keeps only about a gigabyte of cache: a cold read of the 50x
    corpus costs three times the CPU of a warm one, mostly in the kernel, and would make
    whichever stage runs first look slow.)"""
    for found in discover([corpus]):
        if not isinstance(found, Problem) and found[1] is not None:
            with open(found[1], "rb") as handle:
                handle.read()


# -- corpus generation ----------------------------------------------------------------

def _moved(data: bytes, years: int) -> bytes:
    """``data`` with every year from 1900 to 2099 moved ``years`` on."""
    def later(m: re.Match[bytes]) -> bytes:
        return str(int(m.group(0)) + years).encode()

    return _YEAR.sub(later, data)


DAILY = 300  # a day's new documents in the nightly run ("hundreds a day", the issue says)


def add_daily(corpus: str, folder: Path, shift: int) -> int:
    """A day's new documents in ``folder``: copies of the first DAILY of ``corpus``'s, with
    every year moved ``shift`` years on (new events, not repeats); their bytes."""
    sources = [found for found in discover([corpus]) if not isinstance(found, Problem)]
    size = 0
    for i, (name, path) in enumerate(sources[:DAILY]):
        assert path is not None
        data = _moved(Path(path).read_bytes(), shift)
        (folder / f"{i:04d}-{Path(name).name}").write_bytes(data)
        size += len(data)
    return size



def scaled(corpus: str, factor: int) -> str:
    """A corpus ``factor`` times the size: copy k has every year moved k years on."""
    if factor <= 1:
        return corpus
    folder = Path(tempfile.gettempdir()) / f"calendarize-bench-{Path(corpus).name}-{factor}x"
    marker = folder / ".complete"
    if marker.exists():
        return str(folder)
    shutil.rmtree(folder, ignore_errors=True)
    sources = [found for found in discover([corpus]) if not isinstance(found, Problem)]
    for k in range(factor):
        for name, path in sources:
            assert path is not None
            data = Path(path).read_bytes()
            if k:
                data = _moved(data, k)
            target = folder / f"copy{k:03d}" / Path(name).relative_to(corpus)
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
    marker.touch()
    return str(folder)


# -- report ---------------------------------------------------------------------------


def _line(label: str, seconds: float, docs: float, size: int, peak: float | None,
          wall: float | None = None) -> str:
    """Rates are per CPU second (what one core does, however busy the machine is)."""
    rate = f"{docs / seconds:9.0f} docs/s  {size / 1e6 / seconds:7.2f} MB/s" if seconds else ""
    memory = f"  peak {peak:6.0f} MB" if peak is not None else ""
    elapsed = f"  wall {wall:7.2f} s" if wall is not None else ""
    return f"{label:<32} cpu {seconds:8.2f} s  {rate}{memory}{elapsed}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", default=str(DEFAULT_CORPUS))
    parser.add_argument("--scale", type=int, default=1, help="corpus N times the size")
    parser.add_argument("--jobs", type=int, default=1, help="processes for end-to-end")
    parser.add_argument("--dateparser", action="store_true", help="compare with dateparser")
    parser.add_argument("--profile", action="store_true", help="cProfile the end-to-end path")
    parser.add_argument("--instructions", metavar="REV", nargs="?", const="",
                        help="count the export's instructions (valgrind), and REV's too")
    parser.add_argument("--stage", choices=sorted(STAGES), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.stage:
        numbers = STAGES[args.stage](args.corpus)
        numbers["peak_mb"] = _peak_mb()
        print(json.dumps(numbers))
        return
    global CODE
    if "CALENDARIZE_BENCH_CODE" not in os.environ:
        CODE = snapshot()
        atexit.register(shutil.rmtree, CODE, True)
    corpus = scaled(args.corpus, args.scale)
    if args.profile:
        profile(corpus)
        return
    if args.instructions is not None:
        compare(corpus, args.instructions or None)
        return
    docs, size = _size(corpus)
    _warm(corpus)
    cores = os.cpu_count()
    print(f"corpus {corpus}: {docs} documents, {size / 1e6:.1f} MB; {cores} cores; "
          f"python {sys.version.split()[0]}; code {CODE}")
    yardstick = _run_stage("yardstick", corpus)
    regex_rate = size / 1e6 / yardstick["regex"]
    print(f"yardstick: plain read + decode {size / 1e6 / yardstick['read']:.0f} MB/s, a plain "
          f"date regex {regex_rate:.0f} MB/s (the issue's machine: ~150 and 50-60); the "
          f"15 MB/s target at this machine's speed: {15 * regex_rate / 55:.1f} MB/s")
    read = _run_stage("read", corpus)
    print(_line("read + decode", read["seconds"], docs, size, read["peak_mb"]))
    dates = _run_stage("dates", corpus)
    print(_line("date finder alone", dates["seconds"], docs, size, dates["peak_mb"]))
    kinds = _run_stage("kinds", corpus)
    for kind, label in KINDS.items():
        print(_line(f"events from docs {label}", kinds[f"{kind}_seconds"],
                    kinds[f"{kind}_documents"], int(kinds[f"{kind}_bytes"]), None))
    with tempfile.TemporaryDirectory(prefix="calendarize-bench-out-") as out, \
            tempfile.TemporaryDirectory(prefix="calendarize-bench-daily-") as daily:
        fresh = _export(corpus, Path(out), args.jobs, Path(daily))
        print(_line(f"end-to-end export, --jobs {args.jobs}", fresh["seconds"], docs, size,
                    fresh["peak_mb"], fresh["wall"]))
        noop = _export(corpus, Path(out), args.jobs, Path(daily))
        print(_line("no-op re-run (cache)", noop["seconds"], docs, size, noop["peak_mb"],
                    noop["wall"]))
        added = add_daily(args.corpus, Path(daily), shift=args.scale)
        nightly = _export(corpus, Path(out), args.jobs, Path(daily))
        print(_line(f"nightly run, +{DAILY} new docs", nightly["seconds"], DAILY, added,
                    nightly["peak_mb"], nightly["wall"]))
    if args.jobs > 1:  # the same export on one process, for the speed-up of --jobs
        with tempfile.TemporaryDirectory(prefix="calendarize-bench-out-") as out:
            single = _export(corpus, Path(out), 1)
        print(_line("end-to-end export, --jobs 1", single["seconds"], docs, size,
                    single["peak_mb"], single["wall"]))
        print(f"speed-up of --jobs {args.jobs} over --jobs 1: "
              f"{single['wall'] / fresh['wall']:.2f}x (wall clock)")
    hostile = _run_stage("hostile", corpus)
    for i, label in enumerate(HOSTILE):
        print(f"hostile {label}: dates {hostile[f'dates{i}_s']:.3f} s "
              f"({hostile[f'dates{i}']:.0f} found), events {hostile[f'events{i}_s']:.3f} s "
              f"({hostile[f'events{i}']:.0f} found)")
    if args.dateparser:
        theirs = _run_stage("dateparser", corpus)
        ours = _run_stage("dates_sample", corpus)
        their_rate = theirs["bytes"] / 1e6 / theirs["seconds"]
        n = int(theirs["documents"])
        our_rate = ours["bytes"] / 1e6 / ours["seconds"]
        print(f"dateparser search_dates on {n} documents: {their_rate:.3f} MB/s; "
              f"find_dates on the same sample: {our_rate:.2f} MB/s; "
              f"ratio {our_rate / their_rate:.0f}x")


def compare(corpus: str, revision: str | None) -> None:
    """The export's instruction count, per byte of the corpus; and ``revision``'s."""
    _, size = _size(corpus)
    ours = instructions(CODE, corpus)
    print(f"export --jobs 1 of {corpus} ({size / 1e6:.1f} MB): {ours / 1e9:.2f} G instructions"
          f" ({ours / size:.0f} per byte), this checkout")
    if revision:
        code = snapshot(revision)
        try:
            theirs = instructions(code, corpus)
        finally:
            shutil.rmtree(code, True)
        print(f"the same at {revision}: {theirs / 1e9:.2f} G instructions ({theirs / size:.0f} "
              f"per byte); this checkout does {abs(1 - ours / theirs):.1%} "
              f"{'less' if ours <= theirs else 'more'}")


def profile(corpus: str, top: int = 25) -> None:
    """cProfile the end-to-end path in this process: extract, then render the feed."""
    from calendarize.ical import Feed
    from calendarize.output import export
    from calendarize.pipeline import extract

    with tempfile.TemporaryDirectory() as out:
        profiler = cProfile.Profile()
        profiler.enable()
        result = extract([corpus])
        export(result.events, Path(out), Feed(name="bench"), STAMP_TIME)
        profiler.disable()
    stats = pstats.Stats(profiler)
    stats.sort_stats("tottime").print_stats(top)
    stats.sort_stats("cumulative").print_stats(top)


if __name__ == "__main__":
    main()
