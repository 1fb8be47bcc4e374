"""A long fuzz campaign over the document-to-events path, outside the normal test suite.

Every input goes bytes/text → documents.decode/normalise → events.extract_events; every
input that yields exportable events also goes through ical.calendar and is parsed back
with icalendar. An input fails when anything raises, takes longer than ``--timeout``
seconds, or the calendar does not parse back to the same events, titles and places.

Inputs are drawn deterministically from ``--seed``: windows of the seed and test
documents, the same windows mutated (German date tokens spliced in, ranges deleted or
repeated, characters swapped, bytes flipped before decoding), soups of German-looking
tokens, and arbitrary Unicode. Findings are written to ``--findings``.

    python fuzz/campaign.py --inputs 1000000 --workers 1 > fuzz.log 2>&1 &
"""

from __future__ import annotations

import argparse
import multiprocessing
import random
import re
import signal
import sys
import time
import traceback
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import datetime as dt  # noqa: E402

import icalendar  # noqa: E402

from calendarize import vocabulary  # noqa: E402
from calendarize.documents import UnreadableDocument, decode, normalise  # noqa: E402
from calendarize.events import extract_events  # noqa: E402
from calendarize.ical import Entry, Feed, Revision, calendar  # noqa: E402
from calendarize.identity import event_key, event_uid, slugify  # noqa: E402
from calendarize.model import Document  # noqa: E402

STAMP = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
CHUNK = 2_000


def corpus() -> list[str]:
    files = sorted((ROOT / "seeds").glob("*.txt"))
    files += sorted((ROOT / "tests/documents").glob("*.txt"))
    return [normalise(f.read_text("utf-8")) for f in files]


def german_tokens() -> list[str]:
    """Words, numbers and marks that German date and event text is made of."""
    words = list(vocabulary.MONTHS) + list(vocabulary.WEEKDAYS) + list(vocabulary.EVENT_NOUNS)
    words += list(vocabulary.EVENT_VERBS) + list(vocabulary.PAST_CUES[:12])
    words += list(vocabulary.FUTURE_CUES[:12]) + list(vocabulary.CANCEL_CUES)
    words += ["bis", "und", "vom", "am", "ab", "zum", "zur", "im", "in", "um", "Uhr", "von",
              "sowie", "jeweils", "Anmeldung", "Kontakt:", "Ort:", "Beginn", "Einlass",
              "Stuttgart", "Berlin", "Hannover", "Messe", "Rathaus", "e.V.", "GmbH",
              "Tel.", "info@example.de", "2017", "17", "1.", "12.", "31.", "10:00", "9.30",
              "18 Uhr", "2016/17", "\u2013", "\u2014", "-", ".", ",", ";", "/", "(", ")",
              "\u201e", "\u201c", "\n", "\n\n", " ", "..", "0", "00", "99", "2099", "1900",
              "29.02.", "31.04."]
    return words


def soup(rng: random.Random, tokens: list[str], n: int) -> str:
    return " ".join(rng.choice(tokens) for _ in range(n))


def mutate(rng: random.Random, text: str, tokens: list[str]) -> str:
    for _ in range(rng.randint(1, 8)):
        if not text:
            text = rng.choice(tokens)
        i = rng.randrange(len(text) + 1)
        j = min(len(text), i + rng.randint(0, 40))
        op = rng.randrange(6)
        if op == 0:
            text = text[:i] + rng.choice(tokens) + text[i:]
        elif op == 1:
            text = text[:i] + text[j:]
        elif op == 2:
            text = text[:i] + text[i:j] * rng.randint(2, 20) + text[j:]
        elif op == 3:
            text = text[:i] + chr(rng.choice((rng.randrange(0x20), rng.randrange(0x80, 0x3000),
                                               rng.randrange(0x10000, 0x110000)))) + text[i:]
        elif op == 4:
            text = text[:i] + soup(rng, tokens, rng.randint(1, 12)) + text[j:]
        else:
            text = text[j:] + text[:i]
    return text


def from_bytes(rng: random.Random, text: str) -> str | None:
    """The text encoded in some encoding, a few bytes flipped, then decoded as a file is."""
    codec = rng.choice(("utf-8", "utf-8-sig", "utf-16", "cp1252"))
    data = bytearray(text.encode(codec, errors="replace"))
    for _ in range(rng.randint(0, 4)):
        if data:
            data[rng.randrange(len(data))] = rng.randrange(256)
    try:
        return normalise(decode(bytes(data)))
    except UnreadableDocument:
        return None


def make_input(index: int, seed: int, docs: list[str], tokens: list[str]) -> str | None:
    rng = random.Random(seed * 1_000_003 + index)
    kind = rng.randrange(10)
    doc = rng.choice(docs)
    size = rng.choice((20, 60, 120, 250, 500))
    start = rng.randrange(max(1, len(doc) - size))
    window = doc[start : start + size]
    if kind <= 1:
        return normalise(window)
    if kind <= 5:
        return normalise(mutate(rng, window, tokens))
    if kind == 6:
        return from_bytes(rng, mutate(rng, window, tokens))
    if kind <= 8:
        return normalise(soup(rng, tokens, rng.randint(1, 40)))
    return normalise("".join(chr(rng.randrange(0x20, 0x3000)) for _ in range(rng.randint(0, 100))))


def check(text: str, index: int) -> None:
    """Raise AssertionError or whatever the code under test raises."""
    events = extract_events(Document(name=f"fuzz-{index}.txt", text=text))
    exportable = [e for e in events if e.exportable]
    for event in events:
        slug = slugify(event.title)
        assert SLUG.match(slug), f"bad slug {slug!r}"
        assert len(slug) <= 80, f"long slug {slug!r}"
    if not exportable:
        return
    entries = [Entry(e, event_uid(event_key(e)) + str(i), Revision(STAMP))
               for i, e in enumerate(exportable)]
    data = calendar(entries, Feed())
    parsed = icalendar.Calendar.from_ical(data)
    vevents = parsed.walk("VEVENT")
    assert len(vevents) == len(entries), "events lost in the calendar"
    for component, entry in zip(vevents, entries, strict=True):
        assert str(component["SUMMARY"]) == entry.event.title, "title changed in the calendar"
        if entry.event.location:
            assert str(component["LOCATION"]) == entry.event.location, "place changed"


class Timeout(Exception):
    pass


def _alarm(_signum: int, _frame: object) -> None:
    raise Timeout


def run_chunk(args: Chunk) -> tuple[int, int, list[str]]:
    """Inputs [first, first + CHUNK): how many ran, how many were unreadable, findings."""
    first, seed, total, timeout, findings_dir = args
    docs, tokens = corpus(), german_tokens()
    check("Die Tagung findet am 12. März 2025 in Berlin statt.", -1)  # load the gazetteer
    signal.signal(signal.SIGVTALRM, _alarm)
    findings: list[str] = []
    unreadable = 0
    ran = 0
    for index in range(first, min(first + CHUNK, total)):
        text = make_input(index, seed, docs, tokens)
        ran += 1
        if text is None:
            unreadable += 1
            continue
        signal.setitimer(signal.ITIMER_VIRTUAL, timeout)
        try:
            check(text, index)
        except Timeout:
            findings.append(_save(findings_dir, index, text, f"more than {timeout} s of CPU time"))
        except Exception as err:  # every failure is a finding
            why = f"{_where(err)} {type(err).__name__}: {err}\n{traceback.format_exc()}"
            findings.append(_save(findings_dir, index, text, why))
        finally:
            signal.setitimer(signal.ITIMER_VIRTUAL, 0)
    return ran, unreadable, findings


def _where(err: Exception) -> str:
    """The innermost frame of calendarize or the campaign's checks: the finding's place."""
    frames = [f for f in traceback.extract_tb(err.__traceback__)
              if "calendarize" in f.filename or "campaign" in f.filename]
    last = frames[-1] if frames else None
    return f"{Path(last.filename).name}:{last.lineno}" if last else "?"


def _save(folder: str, index: int, text: str, why: str) -> str:
    path = Path(folder) / f"finding-{index}.txt"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f"{why}\n--- input ---\n{text}", "utf-8", errors="surrogatepass")
    return f"{index}: {why.splitlines()[0]}"


Chunk = tuple[int, int, int, float, str]


def chunks(total: int, seed: int, timeout: float, findings: str) -> Iterator[Chunk]:
    for first in range(0, total, CHUNK):
        yield first, seed, total, timeout, findings


def main(argv: list[str] | None = None, out: Callable[[str], None] = print) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--inputs", type=int, default=1_000_000)
    parser.add_argument("--seed", type=int, default=6)
    parser.add_argument("--workers", type=int, default=1, help="processes (default: 1 core)")
    parser.add_argument("--timeout", type=float, default=0.25,
                        help="CPU seconds per input (normal inputs take milliseconds)")
    parser.add_argument("--findings", default=str(ROOT / "fuzz" / "findings"))
    args = parser.parse_args(argv)
    began = time.monotonic()
    done = unreadable = 0
    failures: list[str] = []
    with multiprocessing.Pool(args.workers) as pool:
        work = chunks(args.inputs, args.seed, args.timeout, args.findings)
        for ran, bad, found in pool.imap(run_chunk, work):
            done += ran
            unreadable += bad
            failures += found
            for line in found[:3]:
                out(f"FINDING {line}")
            if done % 50_000 < CHUNK or done == args.inputs:
                rate = done / max(time.monotonic() - began, 1e-9)
                out(f"{done} inputs, {unreadable} unreadable after decoding, "
                    f"{len(failures)} findings, {rate:.0f} inputs/s")
                sys.stdout.flush()
    out(f"done: {done} inputs in {time.monotonic() - began:.0f} s, {len(failures)} findings")
    kinds = Counter(line.split(": ", 1)[1] for line in failures)
    for kind, count in kinds.most_common():
        out(f"{count:8d}  {kind}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
