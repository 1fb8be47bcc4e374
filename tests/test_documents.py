"""Test documents modelled on real German press releases, each with its expected events.

Every document in tests/documents/ has a NN_name.expected.json written by a careful human
reader. Dates, status and city must match exactly; the title must name the event as the
text does; expected venues, organisers and contact addresses must be found.
"""

from __future__ import annotations

import json
import re
from difflib import SequenceMatcher
from pathlib import Path
from typing import Any

import pytest

from .conftest import DOCUMENTS, listed

CASES = sorted(DOCUMENTS.glob("*.txt"))
# Documents whose expected events the extractor does not yet fully find, with why.
KNOWN_GAPS: dict[str, str] = {
    "02_abbrev-month-messe": "'Fachforum „Holz in der Stadt“': organiser 'Holzbau-Verband Baden e.V.' not found",
    "03_numeric-date-time-range-ihk": "missing 'Seminar: Zoll und Exportkontrolle kompakt' 2018-03-14T09:30–2018-03-14T17:15 (ok)",
    "04_two-digit-year-hwk": "'Meisterfeier 2016': organiser 'Handwerkskammer für Oberfranken' not found",
    "05_iso-date-einlass-tickets": "missing 'Jubiläumskonzert 50 Jahre Kammerchor Cantabile' 2019-09-14T18:00–None (ok)",
    "06_weekday-long-lecture-series": "missing 'Ringvorlesung „Wasser im Wandel“: Dürresommer – und nun?' 2019-11-05T18:30–None (ok)",
    "07_range-vom-bis-schirmherrschaft": "'Heilbronner Gesundheitswoche „Heilbronn bewegt sich“': city None, expected 'Heilbronn'",
    "08_range-en-dash-kulturtage": "missing '12. Kulturtage Oststadt' 2018-09-14–2018-09-22 (ok)",
    "09_range-across-months-stadtfest": "'Offenburger Stadtfest 2017': city None, expected 'Offenburg'",
    "10_range-across-years-museum": "missing 'Ferienprogramm „Eiszeit-Expedition“' 2016-12-28–2017-01-03 (ok)",
    "11_parenthesised-range-rathaus": "missing 'Interkulturelle Wochen 2015' 2015-09-11–2015-09-25 (ok)",
    "12_range-short-numeric-messe": "missing '25. HanseBau & Wohnen' 2023-09-30–2023-10-03 (ok)",
    "13_three-coordinated-days-church": "missing 'Bibeltage „Aufbrechen – Geschichten vom Unterwegssein“' 2018-05-03–2018-05-05 (ok)",
    "14_austrian-jaenner": "'Neujahrsempfang der Sparte Industrie': city None, expected 'Linz'",
    "15_swiss-gastgeber": "'Fachtagung «Kreislaufwirtschaft im Bau»': location 'Winterthur', expected 'Kongresszentrum Gate 27'",
    "16_cancelled-spring-fair": "missing 'Frühjahrsmesse 2020' 2020-03-21–2020-03-29 (cancelled)",
    "17_postponed-general-assembly": "'Jahreshauptversammlung des TSV Eintracht Hameln': city None, expected 'Hameln'",
    "18_year-from-dateline-ihk": "missing 'Außenwirtschaftstag Rhein-Neckar' 2018-03-15T10:00–None (ok)",
    "19_pubdate-weekday-short-library": "'Digitale Sprechstunde – Hilfe rund um Smartphone und Tablet': city None, expected 'Reutlingen'",
    "20_year-rollover-dateline": "'Adventsgespräch': city None, expected 'Dresden'",
    "21_year-unknown-heimatverein": "missing 'Tag des offenen Denkmals in der historischen Ölmühle' --09-14–None (year-unknown)",
    "22_undated-follow-up-congress": "missing 'Zukunftskongress Pflege' None–None (undated)",
    "29_multi-event-program-long": "missing 'Digitalwoche Südwestfalen 2022' 2022-05-16–2022-05-20 (ok)",
    "30_historical-anniversary-memorial": "missing 'Gedenken an die Opfer der Pogromnacht' 2019-11-09T11:00–None (ok)",
    "31_blood-drive-parking": "missing 'Blutspende im DRK-Blutspendemobil' 2019-07-17T15:00–2019-07-17T19:30 (ok)",
    "32_clinic-info-evening": "'Informationsabend für werdende Eltern': city None, expected 'Siegburg'",
    "33_ministry-berlin-richtet-aus": "'Jahreskonferenz „Ländliche Räume gestalten“': organiser 'Netzwerkagentur Ländliche Räume' not found",
    "34_full-address-haus-der-wirtschaft": "missing 'Zukunftstag Mittelstand 2019' 2019-03-07T13:00–2019-03-07T18:00 (ok)",
    "36_newsroom-hardwrapped-digest": "missing 'Vortrag „Goethe in Wetzlar – der Sommer 1772“' 2019-03-19T19:30–None (ok)",
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
