"""Sentence splitting: where sentences end, including hard-wrapped text."""

from __future__ import annotations

import pytest

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
