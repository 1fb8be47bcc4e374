"""Test documents modelled on real German press releases, each with its expected events.

Every document in tests/documents/ has a NN_name.expected.json written by a careful human
reader. Dates, status and city must match exactly; the title must name the event as the
text does; expected venues, organisers and contact addresses must be found.
"""

from __future__ import annotations

import json
import re
import unicodedata
from difflib import SequenceMatcher
from pathlib import Path
from typing import Any

import pytest

from calendarize import documents
from calendarize.documents import decode, normalise, text_of

from .conftest import DOCUMENTS, listed

CASES = sorted(DOCUMENTS.glob("*.txt"))
# Documents whose expected events the extractor does not yet fully find, with why.
KNOWN_GAPS: dict[str, str] = {
    "19_pubdate-weekday-short-library": "organiser only a subject ('erweitert ihr Angebot')",
    "30_historical-anniversary-memorial": "two events dated only by times ('Um 11 Uhr')",
}


def _norm(text: str | None) -> str:
    return re.sub(r"[^\w]+", " ", (text or "").casefold()).strip()


def _title_matches(expected: str, actual: str) -> bool:
    e, a = _norm(expected), _norm(actual)
    return e in a or a in e or SequenceMatcher(None, e, a).ratio() >= 0.6


def _matching(expected: dict[str, Any], found: list[dict[str, Any]]) -> dict[str, Any] | None:
    status = expected["status"]
    for event in found:
        actual_status = event["status"]
        if (event["start"], event["end"]) == (expected["start"], expected["end"]) and (
            actual_status == status and _title_matches(expected["title"], event["title"])
        ):
            return event
    return None


def _problems(path: Path) -> list[str]:
    expected = json.loads(path.with_suffix("").with_suffix(".expected.json").read_text("utf-8"))
    found = listed(str(path))
    problems = []
    for want in expected:
        got = _matching(want, found)
        if got is None:
            problems.append(f"missing {want['title']!r} {want['start']}–{want['end']} "
                            f"({want['status']})")
            continue
        if want["city"] != got["city"]:
            problems.append(f"{want['title']!r}: city {got['city']!r}, expected {want['city']!r}")
        if want["location"] and _norm(want["location"]) not in _norm(got["location"]):
            problems.append(f"{want['title']!r}: location {got['location']!r}, "
                            f"expected {want['location']!r}")
        for organiser in want["organisers"]:
            if not any(_norm(organiser) in _norm(o) or _norm(o) in _norm(organiser)
                       for o in got["organisers"]):
                problems.append(f"{want['title']!r}: organiser {organiser!r} not found")
        emails = {c["email"] for c in got["contacts"]}
        for contact in want["contacts"]:
            if contact["email"] and contact["email"] not in emails:
                problems.append(f"{want['title']!r}: contact {contact['email']} not found")
    extra = len(found) - len(expected)
    if extra > 0:
        problems.append(f"{extra} events more than expected: "
                        + ", ".join(repr(e["title"]) for e in found))
    return problems


@pytest.mark.parametrize(
    "path",
    [pytest.param(p, marks=pytest.mark.xfail(reason=KNOWN_GAPS[p.stem], strict=True))
     if p.stem in KNOWN_GAPS else p for p in CASES],
    ids=[p.stem for p in CASES],
)
def test_document(path: Path) -> None:
    assert _problems(path) == []


def test_every_document_has_expectations() -> None:
    assert len(CASES) >= 25
    for path in CASES:
        assert path.with_suffix("").with_suffix(".expected.json").exists()


# --- normalising: the fast paths give what the full one gives ------------------------


def _fully_normalised(text: str) -> str:
    """What ``normalise`` gives, the long way: NFC, then every odd character replaced."""
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n"))
    return documents._ODD.sub(documents._replacement, text)


ODD = sorted(chr(code) for code in documents._TABLE if not 0xD800 <= code < 0xE000)
NORMALISED = [
    ("ASCII", "Am 5. Mai 2016 im Rathaus."),
    ("Latin-1 only", "Grüße aus Köln: Öffnung am 5. Mai, 10 € ausgenommen, ½ Preis."),
    ("typographic punctuation", "„Sommerfest“ – am 5. Mai… ‚ja‘, ’s ist ”gut“ — 10 € • x"),
    ("Latin Extended letters", "Novak Đoković und Łukasz in Kraków; Şişli, ǅ, ʿ"),
    ("signs of U+0080 to U+00BF", "§ 5, 20 °C, «Titel», ² ³ µ ·"),
    ("other wide characters", "5\u2032 30\u2033, \u0391 и ½ ‰ ™"),
    ("Windows line ends", "Am 5. Mai\r\nim Rathaus\r\n"),
    ("lone carriage return", "Am 5. Mai\rim Rathaus"),
    ("decomposed umlauts", "Gru\u0308ße aus Ko\u0308ln"),
    ("decomposed before a dash", "Ko\u0308ln – Bonn"),
    ("combining mark after a dash", "Bonn –\u0301 Köln"),
    ("NFC singleton", "5 \u212b und \u2126"),
    ("lone surrogate", "Am 5.\ud800 Mai"),
    ("empty", ""),
    *((f"odd U+{ord(char):04X}", f"Am 5.{char}Mai „x“ – ü") for char in ODD),
]


@pytest.mark.parametrize(("reason", "text"), NORMALISED, ids=[r for r, _ in NORMALISED])
def test_normalise_is_the_full_normalisation(reason: str, text: str) -> None:
    assert normalise(text) == _fully_normalised(text), reason


@pytest.mark.parametrize("codec", ["utf-8", "cp1252"])
@pytest.mark.parametrize(("reason", "text"),
                         [(r, t) for r, t in NORMALISED if "surrogate" not in r],
                         ids=[r for r, _ in NORMALISED if "surrogate" not in r])
def test_plain_text_is_the_full_normalisation(reason: str, text: str, codec: str) -> None:
    """From a plain text file's bytes (cp1252: bytes the UTF-8 check may pass that are no
    UTF-8); where they are no text, both ways tell the same."""
    data = text.encode(codec, "replace")
    try:
        expected = _fully_normalised(decode(data))
    except documents.UnreadableDocument as err:
        with pytest.raises(documents.UnreadableDocument, match=re.escape(str(err))):
            text_of(data, ".txt")
    else:
        assert text_of(data, ".txt") == expected, reason


def test_plain_characters_are_plain() -> None:
    """What the fast paths rely on: no character of Latin-1 above U+00BF, of U+0100 to
    U+02FF or of _PLAIN_WIDE is odd, and a text of them and ASCII is NFC whatever their
    order (none combines: NFC changes no pair of them, and none is a combining mark)."""
    plain = [*map(chr, range(0x20, 0x7F)), *map(chr, range(0xC0, 0x300)),
             *documents._PLAIN_WIDE]
    assert not {ord(char) for char in plain} & documents._TABLE.keys()
    assert all(unicodedata.combining(char) == 0 for char in plain)
    assert all(unicodedata.is_normalized("NFC", a + b) for a in plain for b in plain)
    assert all(char.encode()[0] == 0xE2 for char in documents._PLAIN_WIDE)
