"""Organisers, issuers and contacts: one row per German form, with the reason."""

from __future__ import annotations

import pytest

from calendarize.model import Organiser, Role
from calendarize.people import contact_block, find_organisers, issuer, resolve_organiser

# sentence, expected (name, role) pairs, reason
ORGANISER_ROWS = [
    ("Veranstalter ist die Stadt Bietigheim in Zusammenarbeit mit dem Gewerbeverein Bietigheim "
     "e. V.", [("Stadt Bietigheim", "organiser"), ("Gewerbeverein Bietigheim e. V.", "organiser")],
     "'in Zusammenarbeit mit' names a co-organiser"),
    ("Die Stadt Lindau lädt in Kooperation mit dem Segelclub Lindau zum Hafenfest ein.",
     [("Stadt Lindau", "organiser"), ("Segelclub Lindau", "organiser")],
     "'X lädt in Kooperation mit Y … ein'"),
    ("Die Stadt Lindau lädt gemeinsam mit dem Segelclub Lindau zum Hafenfest ein.",
     [("Stadt Lindau", "organiser"), ("Segelclub Lindau", "organiser")],
     "'X lädt gemeinsam mit Y … ein'"),
    ("Zum 30. Mal lädt das Hafenfest Einheimische und Gäste auf die Insel ein.", [],
     "the invited after an event noun: no organiser"),
    ("Organisator der ersten Weltkonferenz im Ausland lebender Griechen ist die Stiftung "
     "Hellenismus.", [("Stiftung Hellenismus", "organiser")],
     "Organisator der … ist X: the event between"),
    ("Veranstalter ist das Programm „Ökumenischer Hellenismus“.",
     [("Programm „Ökumenischer Hellenismus“", "organiser")], "a quoted name closes the name"),
    ("Die IHK Rhein-Neckar hat zum Empfang am 5. Mai eingeladen.",
     [("IHK Rhein-Neckar", "organiser")], "X hat … eingeladen"),
    ("Unter dem Motto „Cannabis - ein Problem?!“ hatten am 25. Januar 2006 die Drogenberatung "
     "und die Ärztekammer Westfalen-Lippe zu einem Expertentreffen eingeladen.",
     [("Drogenberatung", "organiser"), ("Ärztekammer Westfalen-Lippe", "organiser")],
     "an opening phrase, then hatten X … eingeladen"),
    ("Wir haben die Gäste zum Fest eingeladen.", [],
     "after the subject, the article's noun is the object: no organiser"),
    ("Das vom Holzbau-Verband Baden e.V. veranstaltete Fachforum fand statt.",
     [("Holzbau-Verband Baden e.V.", "organiser")], "vom X veranstaltete, legal form kept"),
    ("Veranstaltet wird die Reihe von der Forschungsstelle Wasser und Klima.",
     [("Forschungsstelle Wasser und Klima", "organiser")], "passive with the verb first"),
    ("Ausgerichtet werden die Wochen vom Büro für Migration und Integration der Stadt Freiburg.",
     [("Büro für Migration und Integration der Stadt Freiburg", "organiser")],
     "passive, plural, vom"),
    ("Unter dem Motto „Heilbronn bewegt sich“ lädt die Stadt Heilbronn vom 9. März an ein.",
     [("Stadt Heilbronn", "organiser")], "lädt before its subject"),
    ("Vom 30. Juni an richtet die Stadt Offenburg gemeinsam mit der Werbegemeinschaft "
     "Offenburg City e.V. das Stadtfest aus.",
     [("Stadt Offenburg", "organiser"), ("Werbegemeinschaft Offenburg City e.V.", "organiser")],
     "gemeinsam mit: a co-organiser"),
    ("Linz, 8. Jänner 2020 – Die Sparte Industrie der Wirtschaftskammer Oberösterreich lädt "
     "am 24. Jänner zum Empfang.",
     [("Sparte Industrie der Wirtschaftskammer Oberösterreich", "organiser")],
     "subject after a dateline dash"),
    ("Die Exporttage in Wels, die die Sparte gemeinsam mit dem Exportcenter Oberösterreich "
     "ausrichtet.",
     [("Sparte", "organiser"), ("Exportcenter Oberösterreich", "organiser")],
     "relative clause: die X gemeinsam mit Y ausrichtet"),
    ("Die Stadt Speyer als Veranstalterin folgt damit der Empfehlung des Landes.",
     [("Stadt Speyer", "organiser")], "X als Veranstalterin"),
    ("Das Marien-Hospital Siegburg lädt werdende Eltern am Dienstag zu einem Abend ein.",
     [("Marien-Hospital Siegburg", "organiser")], "the guests after lädt are no organiser"),
    ("Zum Auftakt lädt die Südwestfalen Agentur am Montag in die Siegerlandhalle ein.",
     [("Südwestfalen Agentur", "organiser")], "a fronted adverbial is no subject"),
    ("Die Vorträge richten sich an Studierende.", [], "sich richten an: aimed at, not hosted"),
    ("Vom 5. März an zeigt das Stadtmuseum Esslingen die Ausstellung „Licht“.",
     [("Stadtmuseum Esslingen", "organiser")], "zeigt das Museum: the one who shows hosts"),
    ("Im Januar lädt das Museum Kinder zwischen sechs und zwölf Jahren zum Programm ein.",
     [("Museum", "organiser")], "the invited right after the host are not part of its name"),
    ("Zum Tag des Denkmals öffnet der Heimatverein Lippstadt-Süd e.V. die Ölmühle.",
     [("Heimatverein Lippstadt-Süd e.V.", "host")], "öffnet der X: the one who opens hosts"),
    ("Am 19. April 2018 veranstaltet der Verband mittelständischer Zulieferer e.V. einen Tag.",
     [("Verband mittelständischer Zulieferer e.V.", "organiser")],
     "genitive plural adjective inside a name"),
    ("Bonn, 6. September 2018. Die Netzwerkagentur Ländliche Räume richtet die Konferenz aus.",
     [("Netzwerkagentur Ländliche Räume", "organiser")], "a year's full stop ends the dateline"),
    ("Vom 30. Juni bis 2. Juli 2017 richtet die Stadt das Fest aus.",
     [("Stadt", "organiser")], "an ordinal's full stop ends no sentence"),
]


@pytest.mark.parametrize(("sentence", "expected", "reason"), ORGANISER_ROWS,
                         ids=[row[2] for row in ORGANISER_ROWS])
def test_organiser_forms(sentence: str, expected: list[tuple[str, str]], reason: str) -> None:
    found = [(o.name, o.role.value) for o in find_organisers(sentence)]
    assert found == expected, reason


def test_organiser_rows_are_unique() -> None:
    assert len({row[0] for row in ORGANISER_ROWS}) == len(ORGANISER_ROWS)


# back-reference, text, expected name, reason
RESOLVE_ROWS = [
    ("Verein", "Der Kammerchor Cantabile Göttingen e.V. feiert.",
     "Kammerchor Cantabile Göttingen e.V.", "der Verein: a name with e.V."),
    ("Stadt", "Die Landeshauptstadt Erfurt lädt ein.", "Landeshauptstadt Erfurt",
     "die Stadt: a compound on -stadt"),
    ("Museum", "Ein Besuch im Naturkundemuseum lohnt sich.", "Naturkundemuseum",
     "das Museum: a one-word compound"),
    ("Kammer", "Die Teilnahme kostet 90 Euro.", "Kammer", "nothing to refer to: unchanged"),
    ("Stadtwerke", "Die Stadtwerke Bochum laden ein.", "Stadtwerke", "not a back-reference word"),
]


@pytest.mark.parametrize(("head", "text", "expected", "reason"), RESOLVE_ROWS,
                         ids=[row[3] for row in RESOLVE_ROWS])
def test_back_references(head: str, text: str, expected: str, reason: str) -> None:
    assert resolve_organiser(Organiser(head, Role.ORGANISER), text).name == expected, reason


# document, issuer, reason
ISSUER_ROWS = [
    ("Pressemitteilung der Stadt Speyer vom 11.03.2020\n\nText.", "Stadt Speyer",
     "Pressemitteilung der X"),
    ("TSV Eintracht Hameln 1862 e.V. – Mitteilung des Vorstands\n\nText.",
     "TSV Eintracht Hameln 1862 e.V.", "X – Mitteilung"),
    ("Gemeindebrief Mai/Juni 2018 – Evangelische Kirchengemeinde Paderborn-Süd\n\nText.",
     "Evangelische Kirchengemeinde Paderborn-Süd", "Gemeindebrief – X"),
    ("Text.\n\nKontakt für Medienvertreter:\nPressestelle der Handwerkskammer für Oberfranken\n",
     "Handwerkskammer für Oberfranken", "Pressestelle der X in the contact block"),
    ("Die Messe findet statt.", None, "no masthead"),
]


@pytest.mark.parametrize(("text", "expected", "reason"), ISSUER_ROWS,
                         ids=[row[2] for row in ISSUER_ROWS])
def test_issuer(text: str, expected: str | None, reason: str) -> None:
    found = issuer(text)
    assert (found.name if found else None) == expected, reason


# contact block lines, (name, email, phone), reason
CONTACT_ROWS = [
    (["Angelika Sutter, Tel. 0761 201-6303, angelika.sutter@stadt.freiburg.de"],
     ("Angelika Sutter", "angelika.sutter@stadt.freiburg.de", "0761 201-6303"),
     "one line: comma parts"),
    (["Dr. Hannes Voigt (Vorsitzender), vorstand@cantabile.de"],
     ("Dr. Hannes Voigt", "vorstand@cantabile.de", None), "role in brackets dropped"),
    (["Thomas Reinhardt", "Telefon 0621 1709-234", "thomas.reinhardt [at] rhein-neckar.ihk.de"],
     ("Thomas Reinhardt", "thomas.reinhardt@rhein-neckar.ihk.de", "0621 1709-234"),
     "[at] restored, name on its own line"),
]


@pytest.mark.parametrize(("lines", "expected", "reason"), CONTACT_ROWS,
                         ids=[row[2] for row in CONTACT_ROWS])
def test_contact_blocks(lines: list[str], expected: tuple[str | None, ...], reason: str) -> None:
    contact = contact_block(lines)
    assert contact is not None
    assert (contact.name, contact.email, contact.phone) == expected, reason


@pytest.mark.parametrize(("sentence", "names"), [
    ("Organisiert wird das Rennen von der Gesellschaft zur Förderung des Radsports mbH.",
     ["Gesellschaft zur Förderung des Radsports mbH"]),
    ("Der Verein zum Schutz der Bergwelt e.V. lädt zum Vortrag ein.",
     ["Verein zum Schutz der Bergwelt e.V."]),
    ("Die IHK lädt am 5. Mai zur Tagung ein.", ["IHK"]),
], ids=["zur Förderung", "zum Schutz", "zur Tagung is the event"])
def test_a_purpose_after_zur_belongs_to_the_name(sentence: str, names: list[str]) -> None:
    assert [o.name for o in find_organisers(sentence)] == names
