"""Regression guards for the speed of event extraction beyond the per-sentence readers, by
work counted, not seconds.

Most documents name no event: their headings are looked for only where a line could be one,
a heading is read for a title only when it holds a word that may name an event, sentences
without an organiser's cue word are not read for organisers, and the patterns read over
whole texts start with what they match (a pattern that starts with a boundary test is tried
at every position of the text). The rules that let the readers skip work are tested here as
tables next to the readers they spare.
"""

from __future__ import annotations

import re

import pytest

from calendarize import events, layout, people, places, sentences, titles, years
from calendarize.events import extract_events
from calendarize.model import Document
from calendarize.sentences import Sentences

from .conftest import calls_on, counting, work

NEWS = ("Die Gewerkschaft sieht Handlungsbedarf bei sogenannten Verträgen, sagte die Sprecherin "
        "am Mittwoch. Für mehr Transparenz gebe es nun einen Rechner im Netz. Er zeige, ob sich "
        "der Vertrag für die Beschäftigten lohne. ")

# -- headings --------------------------------------------------------------------------

# text, whether a line could hold a heading, why
HEADING_LINES = [
    (NEWS * 3, False, "one long paragraph"),
    ((NEWS + "\n") * 3, False, "long paragraphs, one per line"),
    ("Kurz gesagt.\n" + NEWS, False, "a short line that ends in a full stop"),
    ("Stand:\n" + NEWS, False, "a short line that ends in a colon"),
    ("   \n\n" + NEWS, False, "blank lines"),
    ("Clustertagung in Wetzlar\n\n" + NEWS, True, "a headline"),
    (NEWS + "\nBildunterschrift ohne Punkt", True, "a caption at the end"),
    ("x" * 140, True, "a line of the longest heading's length"),
    ("x" * 141, False, "a line longer than any heading"),
]


@pytest.mark.parametrize(("text", "expected", "reason"), HEADING_LINES,
                         ids=[r[2] for r in HEADING_LINES])
def test_which_texts_have_lines_that_could_be_headings(text: str, expected: bool,
                                                      reason: str) -> None:
    assert Sentences(text).has_heading_lines is expected, reason


@pytest.mark.parametrize(("text", "expected", "reason"), HEADING_LINES,
                         ids=[r[2] for r in HEADING_LINES])
def test_a_text_without_such_a_line_has_no_headings(text: str, expected: bool,
                                                    reason: str) -> None:
    found = titles.TitleFinder(text, Sentences(text))._headings
    assert bool(found) <= expected, reason


def test_a_text_without_heading_lines_or_dates_splits_no_sentence(
        monkeypatch: pytest.MonkeyPatch) -> None:
    split = counting(monkeypatch, sentences._Line, "more")
    assert extract_events(Document(name="a.txt", text=(NEWS + "\n\n") * 20)) == []
    assert split[0] == 0


# heading, why: leading_phrase finds no event noun in any of them
NO_EVENT_HEADINGS = [
    ("Gemeinderat beschließt neuen Haushalt", "a report"),
    ("Bürgermeister lobt Ehrenamt", "no word ends as an event noun does"),
    ("Neues aus dem Rathaus", "no noun that names an event"),
]


@pytest.mark.parametrize(("line", "reason"), NO_EVENT_HEADINGS,
                         ids=[r for _, r in NO_EVENT_HEADINGS])
def test_a_heading_naming_no_event_is_not_read_for_a_title(line: str, reason: str) -> None:
    assert titles.heading_title(line) is None
    assert calls_on(titles._PHRASE_TOKEN, lambda: titles.heading_title(line)) == 0, reason


# heading, the title found, why: each must pass the quick test to be read at all
EVENT_HEADINGS = [
    ("Clustertagung in Wetzlar", "Clustertagung in Wetzlar", "a compound event noun"),
    ("Drei Tage Musik und Kulinarik: Offenburger Stadtfest 2017", "Offenburger Stadtfest 2017",
     "the noun after a colon"),
    ("Interkulturelle Wochen 2015", "Interkulturelle Wochen 2015",
     "a weak noun after an adjective"),
    ("Tag der offenen Tür in der Lernfabrik", "Tag der offenen Tür", "a noun of many words"),
    ("Nacht der Museen", "Nacht der Museen", "a night of something"),
    ("Einladung zum 5. Innovationsforum Mittelstand", "5. Innovationsforum Mittelstand",
     "after an invitation"),
    ("TAGUNG DER IMKER", "TAGUNG DER IMKER", "capitals"),
    ("Kick-off", "Kick-off", "a noun with a hyphen"),
]


@pytest.mark.parametrize(("line", "title", "reason"), EVENT_HEADINGS,
                         ids=[r[2] for r in EVENT_HEADINGS])
def test_a_heading_naming_an_event_is_still_read(line: str, title: str, reason: str) -> None:
    assert titles._may_name_event(line), reason
    found = titles.heading_title(line)
    assert found is not None, reason
    assert found[1] == title, reason


# -- sentence ends ---------------------------------------------------------------------

# text, its sentences, why
SENTENCE_ENDS = [
    ("Dr. Meier kommt. Er spricht.", ["Dr. Meier kommt.", "Er spricht."], "an abbreviation"),
    ("Das ist z.B. Bonn. Und Köln.", ["Das ist z.B. Bonn.", "Und Köln."], "one with dots"),
    ("Mit A. Meier. Und B. kam.", ["Mit A. Meier.", "Und B. kam."], "one-letter words"),
    ("Seit 2016. Jetzt mehr.", ["Seit 2016.", "Jetzt mehr."], "a year ends a sentence"),
    ("Am 5. Mai. Dann Juni.", ["Am 5. Mai.", "Dann Juni."], "an ordinal does not"),
    ("Es sprach Dr\n. Meier kam.", ["Es sprach Dr", ". Meier kam."],
     "the word before a line break before the dot"),
    ("Es sprach Haus\n. Meier kam.", ["Es sprach Haus", ".", "Meier kam."],
     "a word that is no abbreviation before the break"),
    ("Es sprach er\n. Meier kam.", ["Es sprach er", ".", "Meier kam."],
     "a two-letter word before the break"),
]


@pytest.mark.parametrize(("text", "expected", "reason"), SENTENCE_ENDS,
                         ids=[r[2] for r in SENTENCE_ENDS])
def test_dots_that_end_sentences(text: str, expected: list[str], reason: str) -> None:
    assert [text[b:e] for b, e in Sentences(text).spans] == expected, reason


def test_dots_that_end_no_sentence_cost_no_call() -> None:
    plain = "Der Rat tagte lange und gern. " * 3
    dotted = "Der Rat mit Dr. A. Meier, Prof. B. Roth u.a. tagte z.B. lange. " * 3
    assert work(lambda: Sentences(dotted).spans) <= work(lambda: Sentences(plain).spans)


# -- plans -----------------------------------------------------------------------------

# text, whether it plans something, why
PLANS = [
    ("Der Verein plant einen Sommerempfang.", True, "'plant … einen'"),
    ("Der Verein plant\nein Fest.", True, "across a line break"),
    ("Ein Folgetreffen ist in Planung.", True, "'ist in Planung'"),
    ("Ein Folgetreffen ist bereits geplant.", True, "'ist bereits geplant'"),
    ("Die Stadt verplant einen Zuschuss.", False, "'plant' inside a word"),
    ("Das Haus ist ungeplant.", False, "'geplant' inside a word"),
    ("Der Bebauungsplan liegt aus.", False, "a plan that announces nothing"),
    ("Die Planung ist abgeschlossen.", False, "'Planung' without 'in'"),
]


@pytest.mark.parametrize(("text", "expected", "reason"), PLANS, ids=[r[2] for r in PLANS])
def test_the_whole_text_test_for_plans_agrees_with_the_pattern(text: str, expected: bool,
                                                               reason: str) -> None:
    assert bool(events._PLANNED.search(text.replace("\n", " "))) is expected, reason
    assert bool(_plan_sentences(text)) is expected, reason


def _plan_sentences(text: str) -> list[tuple[int, int]]:
    return events._Reader(Document(name="a.txt", text=text), None)._plan_sentences()


def test_a_text_without_a_plans_word_is_read_by_no_plan_form() -> None:
    assert calls_on(events._PLANS_VERB, lambda: _plan_sentences(NEWS * 10)) == 0


def test_a_text_naming_no_day_to_be_told_is_read_by_no_pattern_of_them() -> None:
    reader = events._Reader(Document(name="a.txt", text=NEWS * 10), None)
    for pattern in (events._TOLD_AFTER, events._NOT_YET_BEFORE):
        assert calls_on(pattern, reader._to_be_told_sentences) == 0
    told = events._Reader(Document(name="a.txt", text=NEWS + "Der Termin folgt."), None)
    assert calls_on(events._TOLD_AFTER, told._to_be_told_sentences) == 1


# -- organisers, issuers, years ----------------------------------------------------------

ONE_EVENT = ("Clustertagung in Wetzlar\n\nAm 11. Juli 2016 fand die Clustertagung in Wetzlar "
             "statt. Rund 80 Teilnehmer kamen. Es gab Kaffee. Die Stimmung war gut.")


def test_sentences_without_an_organiser_cue_are_not_read_for_organisers(
        monkeypatch: pytest.MonkeyPatch) -> None:
    read = counting(monkeypatch, events, "find_organisers")
    assert len(extract_events(Document(name="a.txt", text=ONE_EVENT))) == 1
    assert read[0] == 0


def test_a_sentence_with_an_organiser_cue_is_read(monkeypatch: pytest.MonkeyPatch) -> None:
    read = counting(monkeypatch, events, "find_organisers")
    text = ONE_EVENT + " Veranstalter ist die IHK Lahn-Dill."
    [event] = extract_events(Document(name="a.txt", text=text))
    assert read[0] == 1
    assert [o.name for o in event.organisers] == ["IHK Lahn-Dill"]


def test_organiser_cues_are_the_words_find_organisers_needs() -> None:
    assert people.organiser_cues(NEWS) == ()
    assert all(people._ANY_CUE.search(cue) for cue in people._CUE_WORDS)
    assert all(any(cue in word for cue in people._CUE_WORDS)
               for word in people._ANY_CUE.pattern.split("|"))


# text, the issuer, why
ISSUERS = [
    ("Pressemitteilung der Stadt Speyer vom 11.03.2020", "Stadt Speyer", "a masthead"),
    (NEWS + "\nPRESSEMITTEILUNG DER STADT SPEYER", "STADT SPEYER", "any case, on a later line"),
    ("TSV Hameln e.V. – Mitteilung des Vorstands\n" + NEWS, "TSV Hameln e.V.", "before a dash"),
    (NEWS + " Pressemitteilung der Stadt Speyer", None, "not where a line starts"),
]


@pytest.mark.parametrize(("text", "expected", "reason"), ISSUERS, ids=[r[2] for r in ISSUERS])
def test_issuers(text: str, expected: str | None, reason: str) -> None:
    found = people.issuer(text)
    assert (found.name if found else None) == expected, reason


def test_issuer_forms_are_tried_only_where_lines_start() -> None:
    text = NEWS * 40 + "\n" + NEWS * 40
    for form in people._ISSUER_FORMS:
        assert calls_on(form, lambda: people.issuer(text)) == 2


def test_issuer_is_linear_in_the_lines() -> None:
    line = "Kurze Zeile ohne Absender\n"
    assert work(lambda: people.issuer(line * 200)) <= 2.1 * work(lambda: people.issuer(line * 100))


def test_a_day_a_dated_range_covers_reads_no_sentence_for_its_year(
        monkeypatch: pytest.MonkeyPatch) -> None:
    stated = counting(monkeypatch, years._Document, "stated_year")
    text = "Die Tage laufen vom 20. bis 28. April 2017. Höhepunkt ist am 22. April das Konzert."
    found = years.resolve_years(text, events.scan_dates(text))
    assert [m.start_str() for m in found] == ["2017-04-20", "2017-04-22"]
    assert stated[0] == 0


# -- places ----------------------------------------------------------------------------

# text, the names after institutions, why
INSTITUTIONS = [
    ("Die Stadtbibliothek Reutlingen lädt ein.", ["Reutlingen"], "a venue's kind"),
    ("An der Universität Bamberg und der Hochschule Coburg", ["Bamberg", "Coburg"], "two"),
    ("Stadtverein Musikverein Berlin", ["Musikverein"], "a name is not the next institution"),
    ("Das Rathaus St. Martin", ["St."], "'St.' as a name's start"),
    ("Der Rathausplatz ist voll.", [], "no capital after the word"),
    ("Die Haus Berlin", [], "the kind must end the word as written"),
    ("Im Kaiserdom Speyer und im Landratsamt Kassel", ["Speyer", "Kassel"],
     "kinds of three letters"),
    ("Amt Neuhaus", [], "kinds are compared as written: 'Amt' is none"),
    ("Der Architekt Ulm", [], "a word ending in letters of no kind"),
    ("Die Stadthalle \t Göttingen", ["Göttingen"], "blanks and a tab in the gap"),
    ("bad Wimpfen", ["Wimpfen"], "a kind opening the text"),
]


@pytest.mark.parametrize(("text", "expected", "reason"), INSTITUTIONS,
                         ids=[r[2] for r in INSTITUTIONS])
def test_names_after_institutions(text: str, expected: list[str], reason: str) -> None:
    assert [name for _, name in places._institution_cities(text)] == expected, reason


# -- patterns read over whole texts ------------------------------------------------------

WHOLE_TEXT_PATTERNS = [
    (places._CITY, "'in'/'nach' and a city"),
    (places._TOWN_CITY, "'Stadt …'"),
    (places._POSTCODE_CITY, "a postcode and a city"),
    (places._GAP_AFTER_KIND_END, "the gap before a name"),
    (places._VENUE, "a venue after its preposition"),
    (places._STREET_WORD, "a street's word"),
    (events._NON_EVENT, "a non-event cue"),
    (layout._SHARED_TIME, "'jeweils um …'"),
    (titles._TOKEN, "a capitalised word"),
    (sentences._END, "a sentence's end"),
    (events._PLANS_VERB, "a plan's verb"),
]


@pytest.mark.parametrize(("pattern", "reason"), WHOLE_TEXT_PATTERNS,
                         ids=[r for _, r in WHOLE_TEXT_PATTERNS])
def test_patterns_read_over_whole_texts_start_with_what_they_match(
        pattern: re.Pattern[str], reason: str) -> None:
    assert not pattern.pattern.startswith((r"\b", "(?<", "^")), reason


# text, the cities, why: the word test comes after the word, and still means a word's start
CITIES = [
    ("Die Tagung in Wetzlar", ["Wetzlar"], "'in'"),
    ("Die Fahrt nach Berlin", ["Berlin"], "'nach'"),
    ("Der Termin in\tKöln", ["Köln"], "a tab"),
    ("Das Gebäude Steinach Nürnberg", [], "'nach' inside a word"),
    ("Die Stadt Heilbronn lädt", ["Heilbronn"], "'Stadt'"),
    ("Die Großstadt Heilbronn lädt", [], "'stadt' inside a word"),
    ("Anschrift: 35578 Wetzlar", ["Wetzlar"], "a postcode"),
    ("Kennung 135578 Wetzlar", [], "six digits are no postcode"),
    ("35578 Wetzlar", ["Wetzlar"], "a postcode opening the text"),
    ("PLZ:35578 Wetzlar", ["Wetzlar"], "a postcode after a colon"),
    ("Kennung X35578 Wetzlar", [], "a postcode after a letter"),
]


@pytest.mark.parametrize(("text", "expected", "reason"), CITIES, ids=[r[2] for r in CITIES])
def test_cities(text: str, expected: list[str], reason: str) -> None:
    assert [c.name for _, c in places.find_cities(text)] == expected, reason


# sentence, the streets find_venues gives, why
STREETS = [
    ("Treffpunkt ist die Hauptstraße 12 in Wetzlar.", ["Hauptstraße 12"], "a street"),
    ("Anmeldung in der Geschäftsstelle, Sportplatzweg 4.", ["Sportplatzweg 4"], "a 'weg'"),
    ("Die Feier ist am Marktplatz.", ["Marktplatz"], "a square"),
    ("Wir treffen uns in der Bahnhofstr. 5.", ["Bahnhofstr. 5"], "an abbreviation"),
    ("Das Büro liegt Berliner Allee 3.", ["Berliner Allee 3"], "two words and a number"),
    ("Die Stimmung war gut, der Weg weit.", [], "'Weg' after no capitalised name"),
    (NEWS, [], "no street word at all"),
]


@pytest.mark.parametrize(("sentence", "expected", "reason"), STREETS, ids=[r[2] for r in STREETS])
def test_streets(sentence: str, expected: list[str], reason: str) -> None:
    assert [m.group(0).strip() for m in places._STREET.finditer(sentence)] == expected, reason
    assert set(expected) <= {v for _, v in places.find_venues(sentence)}, reason
    assert bool(places._STREET_WORD.search(sentence)) or not expected, reason


def test_a_sentence_without_a_street_word_never_runs_the_street_pattern() -> None:
    assert calls_on(places._STREET, lambda: places.find_venues(NEWS)) == 0


# -- where a document names its nouns --------------------------------------------------

MANY_NOUNS = " ".join(f"Am {day}. Mai ist die {name}tagung, danach die {name}tagungen."
                      for day, name in enumerate(
                          ["Kultur", "Klausur", "Jahres", "Fach", "Herbst", "Winter", "Sommer",
                           "Frühjahrs", "Mitglieder", "Stadt", "Land", "Bundes"], start=1))


def test_nouns_are_found_one_by_one_or_all_at_once_alike() -> None:
    nouns = [w for _, w in titles.TitleFinder(MANY_NOUNS, Sentences(MANY_NOUNS))._scan(
        0, len(MANY_NOUNS))]
    finder = titles.TitleFinder(MANY_NOUNS, Sentences(MANY_NOUNS))
    assert len(set(nouns)) > titles._NOUNS_LOOKED_FOR
    for noun in dict.fromkeys(nouns):
        assert finder._where(noun) == finder._find(noun), noun
    assert finder._where("Tagung") == []  # named only inside compounds


def test_only_a_few_nouns_are_looked_for_one_by_one(monkeypatch: pytest.MonkeyPatch) -> None:
    finder = titles.TitleFinder(MANY_NOUNS, Sentences(MANY_NOUNS))
    nouns = dict.fromkeys(w for _, w in finder._scan(0, len(MANY_NOUNS)))
    found = counting(monkeypatch, finder, "_find")
    for noun in nouns:
        finder._where(noun)
    assert found[0] == titles._NOUNS_LOOKED_FOR
