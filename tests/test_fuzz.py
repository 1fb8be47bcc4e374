"""Property tests: no input makes the parser raise, the calendar invalid, or the work grow
faster than the input.

Short runs for the normal suite; fuzz/campaign.py is the long campaign. Inputs are
arbitrary Unicode and bytes, German-looking text built from the vocabulary, and seed
documents with German date tokens spliced in.
"""

from __future__ import annotations

import datetime as dt
import re
import sys
from collections.abc import Callable
from types import FrameType
from typing import Any

import icalendar
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from calendarize import vocabulary
from calendarize.dates import find_dates
from calendarize.documents import UnreadableDocument, decode, normalise, text_of
from calendarize.events import extract_events
from calendarize.ical import Entry, Feed, Revision, calendar
from calendarize.identity import SLUG_MAX, event_key, event_uid, slugify
from calendarize.model import Document

from .conftest import DOCUMENTS, SEEDS

FAST = settings(max_examples=60, deadline=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
STAMP = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
SEED_TEXTS = [normalise(p.read_text("utf-8"))
              for p in sorted(SEEDS.glob("*.txt")) + sorted(DOCUMENTS.glob("*.txt"))[:12]]

TOKENS = [
    *vocabulary.MONTHS, *vocabulary.WEEKDAYS, *vocabulary.EVENT_NOUNS[:30],
    *vocabulary.EVENT_VERBS, *vocabulary.CANCEL_CUES, *vocabulary.POSTPONE_CUES,
    "bis", "und", "vom", "am", "ab", "zum", "im", "in", "um", "Uhr", "von", "sowie", "jeweils",
    "Anmeldung", "Kontakt:", "Ort:", "Beginn", "Einlass", "Stuttgart", "Berlin", "Rathaus",
    "e.V.", "GmbH", "Tel.", "info@example.de", "\u2013", "\u2014", "-", ".", ",", ";", "/",
    "(", ")", "\u201e", "\u201c", "\n", "\n\n", "..", ":", "\\",
]
numbers = st.integers(min_value=0, max_value=3000).map(str)
dotted = st.tuples(st.integers(0, 40), st.integers(0, 14), st.integers(0, 2100)).map(
    lambda t: f"{t[0]}.{t[1]}.{t[2]}")
times = st.tuples(st.integers(0, 25), st.integers(0, 61)).map(lambda t: f"{t[0]}:{t[1]:02d}")
german = st.lists(st.one_of(st.sampled_from(TOKENS), numbers, dotted, times,
                            numbers.map(lambda n: n + ".")), max_size=60).map(" ".join)


@st.composite
def mutated_seed(draw: st.DrawFn) -> str:
    """A window of a real document with German tokens, repeats and cuts spliced in."""
    text = draw(st.sampled_from(SEED_TEXTS))
    start = draw(st.integers(0, len(text)))
    text = text[start : start + draw(st.integers(0, 1500))]
    for _ in range(draw(st.integers(0, 6))):
        at = draw(st.integers(0, len(text)))
        insert = draw(st.one_of(german, st.text(max_size=5), st.just(text[at : at + 30] * 3)))
        text = text[:at] + insert + text[at + draw(st.integers(0, 20)) :]
    return text


documents_text = st.one_of(st.text(max_size=300), german, mutated_seed())


def _check_calendar(text: str) -> None:
    """The whole path: never raises, and the calendar parses back to the same events."""
    events = extract_events(Document(name="fuzz.txt", text=normalise(text)))
    exportable = [e for e in events if e.exportable]
    for event in events:
        assert SLUG.fullmatch(slugify(event.title))
    if not exportable:
        return
    entries = [Entry(e, f"{i}-{event_uid(event_key(e))}", Revision(STAMP))
               for i, e in enumerate(exportable)]
    parsed = icalendar.Calendar.from_ical(calendar(entries, Feed()))
    vevents = parsed.walk("VEVENT")
    assert [str(v["SUMMARY"]) for v in vevents] == [e.event.title for e in entries]
    assert [str(v.get("LOCATION") or "") for v in vevents] == [
        e.event.location or "" for e in entries]


@FAST
@given(documents_text, st.one_of(st.none(), st.dates(dt.date(1990, 1, 1), dt.date(2040, 1, 1))))
def test_date_finder_never_raises_and_spans_fit(text: str, reference: dt.date | None) -> None:
    text = normalise(text)
    for mention in find_dates(text, reference):
        begin, end = mention.span
        assert 0 <= begin < end <= len(text)
        assert text[begin:end] == mention.text


@FAST
@given(documents_text)
def test_document_to_calendar_never_raises(text: str) -> None:
    _check_calendar(text)


@FAST
@given(st.binary(max_size=400), st.sampled_from([".txt", ".md", ".html", ""]))
def test_any_bytes_decode_or_are_named_unreadable(data: bytes, suffix: str) -> None:
    try:
        text = text_of(data, suffix)
    except UnreadableDocument as err:
        message = str(err)
    else:
        message = ""
    if message:
        assert "\n" not in message
        return
    assert normalise(text) == text
    assert not re.search(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b\u00ad]", text)


@FAST
@given(st.text(max_size=200), st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-32"]))
def test_unicode_survives_every_encoding_with_a_bom(text: str, codec: str) -> None:
    text = text.replace("\x00", "")
    data = text.encode(codec, errors="surrogatepass")
    try:
        decoded = decode(data)
    except UnreadableDocument:
        assert re.search(r"[\ud800-\udfff]|[\x01-\x08\x0e-\x1a]", text), "rejected valid text"
        return
    assert normalise(decoded) == normalise(text)


@FAST
@given(st.text())
def test_slugs_are_safe_file_names(title: str) -> None:
    slug = slugify(title)
    assert SLUG.fullmatch(slug)
    assert len(slug) <= SLUG_MAX
    assert slug not in ("con", "prn", "aux", "nul")


# --- linear work ----------------------------------------------------------------------

def _work(action: Callable[[], Any]) -> int:
    """Python lines executed and functions called by ``action``: a deterministic count."""
    count = 0

    def tracer(frame: FrameType, event: str, _arg: Any) -> Any:
        nonlocal count
        count += 1
        return tracer

    old = sys.gettrace()
    sys.settrace(tracer)
    try:
        action()
    finally:
        sys.settrace(old)
    return count


WORST_CASES = {
    "digits": lambda n: "1" * n,
    "dots": lambda n: "." * n,
    "digits and dots": lambda n: "1.2." * (n // 4),
    "date run": lambda n: "12.03.2025 " * (n // 11),
    "und chain": lambda n: "Am " + "1. und " * (n // 7) + "2. Mai 2025 findet die Tagung statt.",
    "bis chain": lambda n: "vom " + "1. bis " * (n // 7) + "3. Mai 2025",
    "huge line": lambda n: "Die Tagung findet statt " * (n // 24),
    "capitalised words": lambda n: "Messe Zentrum Halle " * (n // 20) + "am 5. Mai 2025.",
    "sentences": lambda n: "Die Tagung findet am 5. Mai 2025 in Ulm statt. " * (n // 48),
    "blank lines": lambda n: "\n" * n,
}


# Shapes whose work grows faster than the input, with the reason (to be fixed there).
SUPERLINEAR: dict[str, str] = {}


@pytest.fixture(scope="module")
def warm() -> None:
    """Load the gazetteer and compile the patterns before any work is counted."""
    extract_events(Document(name="warm.txt", text="Die Tagung findet am 5. Mai 2025 in Ulm statt."))


@pytest.mark.usefixtures("warm")
@pytest.mark.parametrize("shape", [
    pytest.param(s, marks=pytest.mark.xfail(reason=SUPERLINEAR[s])) if s in SUPERLINEAR else s
    for s in WORST_CASES
])
def test_work_grows_linearly_with_the_input(shape: str) -> None:
    """Four times the input may cost at most five times the Python-level work.

    The count is of Python lines and calls (sys.settrace): deterministic, whatever the
    machine does, but blind to work inside one regular expression match; fuzz/linear.py
    measures CPU time for that.
    """
    make = WORST_CASES[shape]

    def work(n: int) -> int:
        document = Document(name="worst.txt", text=normalise(make(n)))
        return _work(lambda: extract_events(document))

    small, large = work(1_000), work(4_000)
    assert large <= 5 * small + 2_000, f"{shape}: {small} → {large}"
