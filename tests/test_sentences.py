"""Sentence splitting: where sentences end, including hard-wrapped text."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from calendarize.sentences import Sentences

WRAPPED = (
    "Wetzlarer Bote\n\n"
    "Wetzlar. Zum Vortrag „Goethe in Wetzlar“ lädt der Geschichtsverein am\n"
    "Dienstag, 19. März, um 19.30 Uhr in den Saal der Stadtbibliothek ein.\n"
    "Es referiert die Germanistin Dr. Hanna Roth aus Marburg, der Eintritt\n"
    "ist frei und Spenden für die Arbeit des Vereins sind sehr willkommen.\n\n"
    "Gießen. Der Förderverein veranstaltet am Samstag, 23. März, von 8 bis\n"
    "14 Uhr einen Frühjahrsflohmarkt auf dem Schulhof der Gesamtschule Ost.\n"
)

# text, expected sentences, reason
ROWS = [
    ("Er führt durch die Ausstellung „Über die Grenze“. Die Ausstellung ist bis Mai zu sehen.",
     ["Er führt durch die Ausstellung „Über die Grenze“.",
      "Die Ausstellung ist bis Mai zu sehen."],
     "a dot after a closing quote ends the sentence"),
    ("Die Schau „Moor. Mensch. Klima.“ ist ab Mai zu sehen. Der Eintritt ist frei.",
     ["Die Schau „Moor. Mensch. Klima.“ ist ab Mai zu sehen.", "Der Eintritt ist frei."],
     "the marks inside a quoted name end no sentence"),
    ("Sie rief „Halt. Sofort!\nDann ging sie.",
     ["Sie rief „Halt.", "Sofort!", "Dann ging sie."],
     "a quote left open on its line does not join the sentences after it (a guard of the "
     "rule above)"),
    ("Flohmarkt am 25. April (bei Regen im Foyer). Bücherspenden nehmen wir ab 13. April an.",
     ["Flohmarkt am 25. April (bei Regen im Foyer).", "Bücherspenden nehmen wir ab 13. April an."],
     "a sentence ends after a closing parenthesis and its full stop"),
    ("Clustertagung in Wetzlar\n\nAm 11. Juli trafen sich Vertreter. Es war gut.",
     ["Clustertagung in Wetzlar", "Am 11. Juli trafen sich Vertreter.", "Es war gut."],
     "a heading line, then sentences ending at '. ' before a capital"),
    ("Am 5. Mai spricht Dr. A. Meier bzw. Prof. Roth. Danach Fragen.",
     ["Am 5. Mai spricht Dr. A. Meier bzw. Prof. Roth.", "Danach Fragen."],
     "ordinals, initials and abbreviations do not end a sentence"),
    ("Bewerbungsschluss ist der 31.05.2024. Gespräche finden am 12. Juni statt.",
     ["Bewerbungsschluss ist der 31.05.2024.", "Gespräche finden am 12. Juni statt."],
     "a dot after a year ends the sentence; after a day it does not"),
    ("Programm\nDi., 12.03., 14 Uhr: Sprechstunde\nDo., 21.03., 14 Uhr: Onleihe",
     ["Programm", "Di., 12.03., 14 Uhr: Sprechstunde", "Do., 21.03., 14 Uhr: Onleihe"],
     "every line of unwrapped text is its own sentence"),
    (WRAPPED,
     ["Wetzlarer Bote", "Wetzlar.",
      "Zum Vortrag „Goethe in Wetzlar“ lädt der Geschichtsverein am\nDienstag, 19. März, "
      "um 19.30 Uhr in den Saal der Stadtbibliothek ein.",
      "Es referiert die Germanistin Dr. Hanna Roth aus Marburg, der Eintritt\nist frei und "
      "Spenden für die Arbeit des Vereins sind sehr willkommen.",
      "Gießen.",
      "Der Förderverein veranstaltet am Samstag, 23. März, von 8 bis\n14 Uhr einen "
      "Frühjahrsflohmarkt auf dem Schulhof der Gesamtschule Ost."],
     "hard-wrapped text: sentences go on across line breaks, paragraphs end them"),
]


@pytest.mark.parametrize(("text", "expected", "reason"), ROWS, ids=[r[2] for r in ROWS])
def test_sentences(text: str, expected: list[str], reason: str) -> None:
    s = Sentences(text)
    assert [text[b:e] for b, e in s.spans] == expected, reason


def test_walk_gives_the_same_sentences_as_spans() -> None:
    assert list(Sentences(WRAPPED).walk()) == Sentences(WRAPPED).spans


# text, reason: heading_at(pos) must be is_heading_span(at(pos)) at every offset
HEADING_ROWS = [
    ("Premiere in Nürnberg (2005-03-02)\n\nAm 2. März war es so weit. Alle kamen.",
     "a headline's closing date over a paragraph"),
    ("Am 2. März war es so weit. Premiere (2005-03-02)\nDanach", "a sentence ends in the line"),
    ("  Kurz  \n\n\nNoch eine Zeile: \n" + "x" * 150 + "\n", "spaces, empty lines, a long line"),
    ("Titel.\nDr. A. Meier (5. Mai)\n„Zitat“ (1.2.)", "stops and abbreviations"),
    (WRAPPED, "hard-wrapped text: line breaks inside a paragraph end no sentence"),
]


@pytest.mark.parametrize(("text", "reason"), HEADING_ROWS, ids=[r[1] for r in HEADING_ROWS])
def test_heading_at_is_the_heading_test_of_the_sentence_there(text: str, reason: str) -> None:
    expected = [Sentences(text).is_heading_span(Sentences(text).at(p)) for p in range(len(text))]
    assert [Sentences(text).heading_at(p) for p in range(len(text))] == expected, reason


@given(st.lists(st.sampled_from(
    ["a", "B", " ", "\n", ".", "!", "?", "5", "12", "Dr", "„", "(", ")", ":", "Mai", "\t"]),
    max_size=40).map("".join))
@settings(max_examples=300, deadline=None)
def test_heading_at_on_generated_text(text: str) -> None:
    for p in range(len(text)):
        assert Sentences(text).heading_at(p) == Sentences(text).is_heading_span(
            Sentences(text).at(p))


def _lead_by_walking(text: str) -> int | None:
    s = Sentences(text)
    return next((b for b, e in s.walk() if not s.is_heading_span((b, e))), None)


@pytest.mark.parametrize(("text", "reason"), HEADING_ROWS, ids=[r[1] for r in HEADING_ROWS])
def test_lead_is_the_first_sentence_that_is_no_heading(text: str, reason: str) -> None:
    assert Sentences(text).lead() == _lead_by_walking(text), reason


@given(st.lists(st.sampled_from(
    ["a", "B", " ", "\n", ".", "!", "?", "5", "12", "Dr", "„", "(", ")", ":", "Mai", "\t",
     "x" * 70]), max_size=40).map("".join))
@settings(max_examples=300, deadline=None)
def test_lead_on_generated_text(text: str) -> None:
    assert Sentences(text).lead() == _lead_by_walking(text)


@pytest.mark.parametrize(("text", "reason"), HEADING_ROWS, ids=[r[1] for r in HEADING_ROWS])
@pytest.mark.parametrize("count", [1, 2, 6])
def test_headings_among_the_first_sentences(text: str, reason: str, count: int) -> None:
    s = Sentences(text)
    expected = [span for span in s.first(count) if s.is_heading_span(span)]
    assert Sentences(text).headings_among_first(count) == expected, reason


@given(st.lists(st.sampled_from(
    ["a", "B", " ", "\n", ".", "!", "?", "5", "12", "Dr", "„", "(", ")", ":", "Mai", "\t",
     ". A", "x" * 70]), max_size=40).map("".join), st.integers(1, 6))
@settings(max_examples=300, deadline=None)
def test_headings_among_first_on_generated_text(text: str, count: int) -> None:
    s = Sentences(text)
    expected = [span for span in s.first(count) if s.is_heading_span(span)]
    assert Sentences(text).headings_among_first(count) == expected
