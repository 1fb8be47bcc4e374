"""Regression guards for the speed of the per-sentence readers and the date finder, by work
counted, not seconds.

Most sentences name no address, no phone number, no organiser and no date; each reader
decides that with a cheap look for a word or sign it cannot match without, instead of
trying its patterns at every position. The regex engine's scan is invisible to a count of
function calls, so these guards count the calls made on a given compiled pattern: zero
when the reader skipped it.
"""

from __future__ import annotations

import re

import pytest

from calendarize import dates, layout, people, years
from calendarize.dates import find_dates, scan_dates
from calendarize.events import extract_events
from calendarize.model import Document
from calendarize.sentences import Sentences

from .conftest import calls_on, work

PLAIN = ("Die Ausstellung im Rathaus umfasst Bilder aus drei Jahrhunderten, die der Künstler "
         "seit 2016 gesammelt hat; 30 Teilnehmer zahlen je 45 Euro, Beginn ist um 10 Uhr. ")

# sentence, reason: none of them holds an address or a phone number
NO_CONTACT = [
    (PLAIN, "running text with numbers"),
    ("Das Fest findet statt, das Rathaus hat geöffnet.", "'at' inside words"),
    ("Er sagte: „Wir freuen uns (auf alle)“ [sic].", "brackets without 'at'"),
    ("Die Tel Aviv Philharmoniker spielen.", "'Tel' without a number is no address"),
    ("Das Ticket kostet 12 Euro (ermäßigt 8 Euro).", "a closing bracket, no '(at)'"),
    ("Tel. 7 11 12 34 56 ist die Nummer.", "a label, but no number opens with 0 or +"),
]


@pytest.mark.parametrize(("sentence", "reason"), NO_CONTACT, ids=[r for _, r in NO_CONTACT])
def test_a_sentence_without_an_at_sign_never_runs_the_address_pattern(
        sentence: str, reason: str) -> None:
    assert calls_on(people._EMAIL_LIKE, lambda: list(people.find_emails(sentence))) == 0, reason


def test_a_sentence_without_a_label_or_plus_never_runs_the_phone_pattern() -> None:
    assert calls_on(people._PHONE, lambda: list(people.find_phones(PLAIN * 20))) == 0


# sentence, reason: the cheap look lets the address and phone patterns run when they may match
WITH_CONTACT = [
    ("Anmeldung bei a.krueger@wm.de bis Freitag.", "a plain address"),
    ("Anmeldung bei a.krueger(at)wm(dot)de bis Freitag.", "'(at)'"),
    ("Anmeldung bei a.krueger [ät] wm.de bis Freitag.", "'[ät]'"),
    ("Anmeldung bei a.krueger at wm dot de bis Freitag.", "' at '"),
    ("Anmeldung bei a.krueger\tat\twm.de bis Freitag.", "tabs around 'at'"),
    ("Anmeldung bei a.krueger{at}wm.de bis Freitag.", "'{at}'"),
    ("Anmeldung bei a.krueger (@) wm.de bis Freitag.", "'(@)'"),
]


# sentence, phone numbers, reason: what the look for "+", "0" and a label must let through
PHONES = [
    ("Anmeldung unter Tel. 0711 123456.", ["0711 123456"], "a label and a leading 0"),
    ("Anmeldung unter Telefon (0711) 123456.", ["(0711) 123456"], "the 0 inside brackets"),
    ("Anmeldung unter +49 711 123456.", ["+49 711 123456"], "a '+' needs no label"),
    ("Anmeldung unter 0711 123456.", [], "a number without label or '+'"),
    ("Anmeldung unter Tel. 711 123456.", [], "a label, but no 0 or '+' opens a number"),
]


@pytest.mark.parametrize(("sentence", "expected", "reason"), PHONES, ids=[r[2] for r in PHONES])
def test_a_phone_number_is_found_when_it_may_qualify(sentence: str, expected: list[str],
                                                      reason: str) -> None:
    assert [p for _, p in people.find_phones(sentence)] == expected, reason
    assert [c.phone for c in people.inline_contacts(sentence)] == expected, reason


@pytest.mark.parametrize(("sentence", "reason"), WITH_CONTACT, ids=[r for _, r in WITH_CONTACT])
def test_an_address_is_still_found(sentence: str, reason: str) -> None:
    assert [e for _, e in people.find_emails(sentence)] == ["a.krueger@wm.de"], reason


def test_contact_lines_without_an_address_run_neither_pattern() -> None:
    text = "\n\n".join(["Überschrift", PLAIN, "Kontakt: Stadtverwaltung", PLAIN])

    def read() -> object:
        return layout.contact_blocks(text)

    assert calls_on(people._EMAIL_LIKE, read) == calls_on(people._PHONE, read) == 0


def test_a_sentence_without_an_organiser_word_runs_no_organiser_form() -> None:
    for pattern, _ in people._ORGANISER_FORMS:
        assert calls_on(pattern, lambda: people.find_organisers(PLAIN)) == 0, pattern.pattern


def test_an_organiser_word_runs_only_the_forms_that_need_it() -> None:
    sentence = "Am Samstag lädt die Stadt Heilbronn zum Stadtfest ein."
    ran = [p for p, _ in people._ORGANISER_FORMS
           if calls_on(p, lambda: people.find_organisers(sentence))]
    assert len(ran) == 2  # "lädt die Stadt …" and "Die Stadt … lädt"
    assert [o.name for o in people.find_organisers(sentence)] == ["Stadt Heilbronn"]


def test_every_organiser_form_has_its_words() -> None:
    assert len(people._FORM_CUES) == len(people._ORGANISER_FORMS)
    assert all(people._FORM_CUES)


# -- the date finder ----------------------------------------------------------------------


def test_numbers_that_start_no_date_never_try_the_chain_pattern() -> None:
    """Prices, counts, years and times: the candidate pattern passes over them, so Python
    tries the chain pattern at none of them."""
    assert calls_on(dates._CHAIN, lambda: scan_dates(PLAIN * 50)) == 0


def test_the_chain_pattern_is_tried_once_per_date() -> None:
    text = "Am 5. Mai um 10 Uhr kommen 30 Gäste, am 2014-11-05 sind es 1200. " * 10
    assert calls_on(dates._CHAIN, lambda: scan_dates(text)) == 20
    assert len(scan_dates(text)) == 20


def test_lone_ordinals_are_not_read_as_items() -> None:
    """'zum 3. Mal': a chain of one bare day names no month; it is dropped before reading."""
    text = "Zum 3. Mal, auf dem 2. Platz, in der 10. Klasse. " * 20
    assert calls_on(dates._ITEM_PARTS, lambda: scan_dates(text)) == 0
    assert scan_dates(text) == []


def test_dates_after_a_bracket_search_no_text_before_them() -> None:
    """'(12.3.2015)': no weekday, prefix or 'zwischen' can end with '(' and none is
    looked for."""
    text = "Das Treffen (12.3.2015) war gut. " * 10
    for pattern in (dates._WEEKDAY_BEFORE, dates._PREFIX_BEFORE, dates._BETWEEN_BEFORE):
        assert calls_on(pattern, lambda: scan_dates(text)) == 0, pattern.pattern
    assert len(scan_dates(text)) == 10


@pytest.mark.parametrize("text", [
    "Nr.\n12.3. und Version\n5.1.", "Freitag\n12.3.2016", "zwischen \n5. und 7. Mai",
], ids=["prefix before a line break", "weekday before a line break", "zwischen, line break"])
def test_a_line_break_before_a_date_still_lets_the_patterns_before_it_look(text: str) -> None:
    """'$' matches before a final line break, so a pattern may end with one."""
    spans = [m.span for m in scan_dates(text)]
    if text.startswith("Nr."):
        assert spans == []
    elif text.startswith("Freitag"):
        assert spans[0][0] == 0  # the weekday belongs to the mention
    else:
        assert scan_dates(text)[0].end is not None  # "zwischen … und" is a range


def test_lone_ordinals_and_numbers_before_a_dot_or_word_never_try_the_chain_pattern() -> None:
    """'15.000 Besucher', 'zum 3. Mal', '30 Minuten': the candidate scan's look-ahead
    passes over numbers that begin no more than a bare day, so Python sees none of them."""
    text = "15.000 Besucher kamen zum 3. Mal, 30 Minuten lang, auf den 2. Platz. " * 20
    assert calls_on(dates._CHAIN, lambda: scan_dates(text)) == 0
    assert scan_dates(text) == []


def test_the_candidate_pattern_has_only_bounded_repetition() -> None:
    assert not re.search(r"(?<!\\)[*+]", dates._CHAIN_START.pattern)
    assert not re.search(rb"(?<!\\)[*+]", dates._ROUGH_START.pattern)


# -- years -----------------------------------------------------------------------------


def test_resolving_years_shares_the_callers_sentences(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "Kongress 2016\n\nAm 5. Mai beginnt der Kongress."
    mentions = scan_dates(text)
    sentences = Sentences(text)

    def refuse(_text: str) -> Sentences:
        raise AssertionError("split the text a second time")

    monkeypatch.setattr(years, "Sentences", refuse)
    resolved = years.resolve_years(text, mentions, None, sentences)
    assert [m.start_str() for m in resolved] == ["2016-05-05"]


def test_dates_with_their_years_split_no_sentences(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(_text: str) -> Sentences:
        raise AssertionError("split sentences without need")

    monkeypatch.setattr(years, "Sentences", refuse)
    assert len(find_dates("Am 5. Mai 2017 und am 9.5.2017. " * 20)) == 40


@pytest.mark.parametrize(("text", "expected"), [
    ("Festwoche 2019 in der Altstadt\n\nDie Eröffnung am 5. Mai ist frei.", "2019-05-05"),
    ("Am 5. Mai spielt die Band, am 7.6.2019 der Chor.", "--05-05"),
    ("Am 5. Mai (Programm 2018/2019) spielt die Band.", "2019-05-05"),
    ("Am 5. Oktober (Programm 2018/2019) spielt die Band.", "2018-10-05"),
], ids=["a year in the headline", "a year inside a date is no lone year",
        "two years are a season's: May in its second", "October in its first"])
def test_lone_years(text: str, expected: str) -> None:
    assert find_dates(text)[0].start_str() == expected


def test_the_work_of_finding_dates_grows_linearly_with_the_sentences() -> None:
    small, large = PLAIN * 20 + "Am 5. Mai. " * 20, PLAIN * 40 + "Am 5. Mai. " * 40
    find_dates(small)
    assert work(lambda: find_dates(large)) <= 2.2 * work(lambda: find_dates(small))


# line, whether it labels more dates of the text's event, reason
MORE_DATES_ROWS = [
    ("Weitere Vorstellungen:", True, "a play's further performances"),
    ("Zusatzvorstellungen:", True, "a compound on 'Zusatz'"),
    ("Weitere Termine:", True, "more dates"),
    ("Nächste Konzerte:", True, "an event noun's plural"),
    ("Weitere Informationen:", False, "information is no event"),
    ("Weitere Hinweise:", False, "notes are no event"),
]


@pytest.mark.parametrize(("line", "labels", "reason"), MORE_DATES_ROWS,
                         ids=[row[2] for row in MORE_DATES_ROWS])
def test_labels_of_more_dates(line: str, labels: bool, reason: str) -> None:
    assert layout.more_dates_label(line) is labels, reason


def test_a_news_item_never_looks_for_what_all_its_entries_are() -> None:
    """Whether the text says what kind all its entries are ('Die Vorträge dauern jeweils
    …') is read only for a bare kind beside a programme's entry of its day: a news item of
    one event never scans the whole text for it."""
    text = ("Stuttgart, 3. März 2026 – Die Jahrestagung des Clusters findet am 5. November "
            "2026 auf der Messe in Stuttgart statt. Die Tagung beginnt um 9 Uhr.\n")
    assert calls_on(layout.FOR_ALL, lambda: extract_events(Document("x.txt", text))) == 0
