"""Days named against a text's own date, as one table: (text, expected, reason).

Each text opens with its date line; ``expected`` lists the relative mentions found, in
the date finder's string forms (a run as ``start/end``), separated by ``; ``.
"""

from __future__ import annotations

import re

import pytest

from calendarize import relative
from calendarize.dates import scan_dates
from calendarize.events import extract_events
from calendarize.model import Document
from calendarize.relative import relative_days
from calendarize.years import document_date

from .conftest import work

FRI = "Freitag, 8. September 2017\n\n"  # a Friday's paper
MON = "Montag, 17. März 2014\n\n"  # a Monday's
SAT = "Samstag, 9. April 2016\n\n"  # a Saturday's

CASES: list[tuple[str, str, str]] = [
    # -- today, tomorrow, yesterday ------------------------------------------------------
    (FRI + "Die Band spielt morgen um 20 Uhr im Zelt.", "2017-09-09T20:00",
     "'morgen' with its hour"),
    (FRI + "Das Kurorchester spielt heute Abend um 19.30 Uhr im Saal.", "2017-09-08T19:30",
     "'heute Abend' and its hour"),
    (FRI + "Der Flohmarkt lockt morgen, Samstag, wieder viele Besucher an.", "2017-09-09",
     "'morgen' with its weekday after it"),
    (FRI + "Der Flohmarkt lockt morgen, Sonntag, wieder viele Besucher an.", "",
     "a weekday that contradicts 'morgen': nothing is read"),
    (FRI + "Gestern fand im Rathaus die Auslosung statt.", "2017-09-07",
     "'Gestern' opening its sentence, of the past"),
    (FRI + "Die Messe findet heute und morgen statt.", "2017-09-08/2017-09-09",
     "'heute und morgen': a run of two days"),
    (FRI + "Von heute bis Sonntag feiert die Stadt ihr Weinfest.", "2017-09-08/2017-09-10",
     "'von heute bis Sonntag': a run, whatever the verb"),
    (FRI + "Heute morgen wurde die Ausstellung eröffnet.", "2017-09-08",
     "'heute morgen' is this morning, not tomorrow"),
    (FRI + "Der Brauch hat sich bis heute erhalten.", "", "'bis heute': up to now"),
    (FRI + "Die Musik von heute klingt anders.", "", "'von heute': of our time"),
    (FRI + "Während früher nur wenige kamen, ist das Fest heute eine Großveranstaltung.", "",
     "'heute' beside 'früher' is nowadays"),
    (FRI + "Der Volksempfänger wurde gestern vor 75 Jahren vorgestellt.", "",
     "'gestern vor 75 Jahren' is no yesterday"),
    (FRI + "Das ist heute eine Frage des Geldes.", "",
     "'heute' in a sentence that says nothing of time"),
    (FRI + "Wir treffen uns am Morgen am Brunnen.", "", "'Morgen' is the noun"),
    (FRI + "Morgen, Samstag, lädt der Verein zum Flohmarkt ein.", "2017-09-09",
     "'Morgen' opening its sentence, its weekday after it"),
    (FRI + "Morgen für Morgen stehen die Bäcker früh auf.", "",
     "'Morgen' opening its sentence without its weekday: the noun"),
    (FRI + "Morgen verwandelt sich die Innenstadt von 10 bis 16 Uhr in eine Marktmeile.",
     "2017-09-09", "'Morgen' opening its sentence before a verb of what is to come"),
    (FRI + "Der Posaunenchor spielt am Sonntag um 11 Uhr vor der Dorfkirche.",
     "2017-09-10T11:00", "'spielt' before the weekday is the present ('hielt' the past)"),
    (FRI + "Das für Sonntag, 14 Uhr, geplante Entenrennen auf der Aller fällt aus.",
     "2017-09-10T14:00", "what was planned for a weekday is the coming one; 'Das' before "
     "'für' is an article, no noun the weekday is of"),
    (FRI + "Die Speeldeel zeigt ihr Stück heute und morgen jeweils um 20 Uhr sowie am "
     "Sonntag um 15 Uhr im Gasthaus.", "2017-09-08T20:00; 2017-09-09T20:00; 2017-09-10T15:00",
     "'heute und morgen jeweils': two days; a weekday added by 'sowie am' goes their way"),
    (FRI + "Los geht's heute um 17 Uhr, am Sonntag ist um 18 Uhr Schluss.", "2017-09-08T17:00",
     "a weekday said apart, after a comma, with no tense: not read"),
    (FRI + "Am gestrigen Abend trafen sich die Mitglieder im Gasthaus Krone.", "2017-09-07",
     "'gestrigen' before a part of the day"),
    (FRI + "Am gestrigen Donnerstag eröffnete der Bürgermeister das Weinfest.", "2017-09-07",
     "'gestrigen' before the weekday it names"),
    (FRI + "Am gestrigen Mittwoch eröffnete der Bürgermeister das Weinfest.", "",
     "'gestrigen' before a weekday that contradicts it: nothing is read"),
    (FRI + "Am morgigen Samstag um 14 Uhr startet der Festumzug.", "2017-09-09T14:00",
     "'morgigen' before the weekday, with its hour"),
    (MON + "Am heutigen Montag beginnt die Ausstellung.", "2014-03-17",
     "'heutigen' and the paper's own weekday: today"),
    (FRI + "Das Dorf ist bis zum heutigen Tag von der Landwirtschaft geprägt.", "",
     "'bis zum heutigen Tag': up to now"),
    # -- weekdays ------------------------------------------------------------------------
    (FRI + "Rund 300 Fahrzeuge werden am Sonntag ab 10 Uhr beim Oldtimertreffen erwartet.",
     "2017-09-10T10:00", "a weekday ahead, in an announcement"),
    (MON + "Bei Sonnenschein strömten am Sonnabend und Sonntag Tausende in den Park.",
     "2014-03-15/2014-03-16", "two days of a weekend past, in a report"),
    (MON + "Von Freitag bis gestern Abend hat die Stadt ihre Kirchweih gefeiert.",
     "2014-03-14/2014-03-16", "a run from a weekday after 'Von' to yesterday"),
    (MON + "Dazu lädt der Verein am kommenden Freitag um 19.30 Uhr ins Haus ein.",
     "2014-03-21T19:30", "'kommenden' points ahead"),
    (FRI + "Der Verein lädt am kommenden Freitag zum Fest ein.", "2017-09-15",
     "'kommenden Freitag' in a Friday's paper: a week on"),
    (MON + "Am vergangenen Samstag ging der Wettbewerb zu Ende.", "2014-03-15",
     "'vergangenen' points back"),
    (SAT + "Der Verein organisiert, so wie diesen Samstag, eine Gedenkfeier.", "2016-04-09",
     "'diesen Samstag' in a Saturday's paper is today"),
    (FRI + "Der Flohmarkt, der für diesen Samstag angekündigt war, fällt aus.", "2017-09-09",
     "a plan for 'diesen Samstag' in a Friday's text is the next day, whatever its tense"),
    (MON + "Der Minister hat diesen Samstag auf einer Pressekonferenz angekündigt, …",
     "2014-03-15", "… but a report of 'diesen Samstag' in a Monday's text, the day before"),
    (MON + "Der für Mittwoch geplante Kinderflohmarkt muss entfallen.", "2014-03-19",
     "a plan for a weekday ahead"),
    (FRI + "Am Freitag wird das Fest mit dem Fassanstich eröffnet.", "",
     "the paper's own weekday without a modifier: today or a week on"),
    (FRI + "Von heute bis Sonntag feiert die Stadt. Am Freitag ab 18 Uhr wird das Fest "
     "eröffnet, am Samstag folgt der Umzug.",
     "2017-09-08/2017-09-10; 2017-09-08T18:00; 2017-09-09",
     "weekdays inside a run read before them in the paragraph"),
    (FRI + "Von heute bis Sonntag feiert die Stadt.\n\nDie Sammlung ist am Sonntag geöffnet.",
     "2017-09-08/2017-09-10", "a run lends its days to its own paragraph only"),
    (FRI + "Am Dienstag kam es zu Festnahmen.", "",
     "a past no cue tells: a weekday is read only where the tense is clear"),
    (FRI + "Wie der Präsident nach einem Treffen am Dienstag mitteilte, werden die Gespräche "
     "fortgesetzt.", "", "the tense is the weekday's clause's, not its sentence's"),
    (FRI + "Die Vertrauensfrage am Freitag wurde auch nach diesem Treffen nicht geklärt.", "",
     "a weekday attached to a noun is the noun's: its clause's verb is another's"),
    (FRI + "Zum Heringsessen lädt die Zunft am Mittwoch ab 18 Uhr in ihr Vereinsheim ein.",
     "2017-09-13T18:00", "… not the subject after a verb pointing ahead: the day is the verb's"),
    (FRI + "Im Derby trifft der TSV Schwaben Augsburg am Samstag (14 Uhr) auf den Post SV.",
     "2017-09-09T14:00", "… a subject of three words"),
    (FRI + "Das Fest beginnt am Samstag, 16. September. Am Sonntag findet der Umzug statt.",
     "", "a weekday after a date written out may be that date's week's"),
    (FRI + "Den Auftakt macht am Dienstag, dem 19. September, ein Infoabend.", "",
     "a weekday before its date written out with 'dem' (Austrian) is that date's"),
    ("Hallauer Dorfpost\nNr. 9 · 41. Jahrgang · erscheint Freitag, 8. September 2017\n\nSchon "
     "morgen Samstag ab 10 Uhr findet auf dem Sportplatz das Dorfturnier statt.",
     "2017-09-09T10:00", "an issue's day in its head: 'erscheint Freitag, …'"),
    (FRI + "HAISTERKIRCH (pr) - Übermorgen um 20 Uhr gibt der Musikverein ein Konzert.",
     "2017-09-10T20:00", "'Übermorgen' opening a sentence after a dateline's dash"),
    (FRI + "Die Messe läuft vom Donnerstag, 12. Oktober, bis Sonntag, 15. Oktober 2017 in "
     "Ulm.\n\nAm Samstag findet eine Modenschau statt.", "2017-10-14",
     "a weekday said after a run of days written out ahead of the text's date: its day"),
    (FRI + "Die Messe lief vom 1. bis 3. September 2017 in Ulm.\n\nAm Samstag findet ein "
     "Konzert statt.", "2017-09-09", "… not a run before the text's date: the coming one"),
    (FRI + "Das für heute angesetzte Vereinsrennen am Hündle ist abgesagt.", "2017-09-08",
     "'für heute angesetzt': the day an event was set for, whatever the tense"),
    (FRI + "Sie verschiebt ihre für heute, 19.30 Uhr, geplante Versammlung.", "2017-09-08T19:30",
     "… with its hour between commas"),
    (FRI + "Für heute ist das Wetter gut.", "", "'für heute' alone: no day set for anything"),
    (FRI + "Der Markt findet jeden Sonntag statt.", "", "a weekday without its lead: a habit"),
    (FRI + "Am Sonntag ist Ruhetag.", "", "'ist' says nothing of the time alone"),
    (FRI + "Am Sonntag zieht der Kinderumzug durch den Stadtteil Horas.", "2017-09-10",
     "no cue in the clause: the present of the verb after a day opening its sentence"),
    (FRI + "Am Sonntag um 14 Uhr bietet die Tourist-Info eine Führung an.", "2017-09-10T14:00",
     "… after the day's hour"),
    (MON + "Am Samstag stürzte ein Radfahrer am Marktplatz.", "2014-03-15",
     "… a weak verb's past form"),
    (FRI + "Am Dienstag hielt der Pfarrer die Predigt.", "",
     "… a strong verb's past ending in 't' tells nothing"),
    (FRI + "Am Mittwoch geht es zum Pokalspiel nach Memmingen.", "2017-09-13",
     "… 'geht es' is present too"),
    (FRI + "Am Mittwoch ist Ruhetag im Museum.", "", "… 'ist' tells nothing"),
    (FRI + "Am Montag erst begann die Sanierung der Brücke.", "",
     "… nor an adverb ending in '-t' ('erst')"),
    (FRI + "Die U20 bestreitet am Sonntag um 18.30 Uhr ihr Heimspiel.", "2017-09-10T18:30",
     "… or the verb right before the day's lead"),
    (FRI + "Das Rote Kreuz ruft übermorgen zur Blutspende auf.", "2017-09-10",
     "'übermorgen' needs no tense: only 'heute' may be nowadays"),
    (FRI + "Der Umzug setzt sich am Montag um 12.11 Uhr am Heertor in Bewegung.",
     "2017-09-11T12:11", "… a reflexive pronoun between"),
    (FRI + "Am Montag, dem eigentlichen Jahrestag, findet um 18 Uhr eine Gedenkfeier statt.",
     "2017-09-11", "… past an apposition after the day"),
    (MON + "Die Staatsanwaltschaft beantragte am Samstag die Eröffnung eines Prozesses.", "",
     "… only where it points ahead: a report's verb may be another day's"),
    (FRI + "Die Erste trifft am Samstag (14 Uhr) auf den Post SV.", "2017-09-09T14:00",
     "an hour in brackets after the weekday is no date written out"),
    (FRI + "Am Sonntag um 15 Uhr berichten Zeitzeugen im Erzählcafé.", "",
     "… nor a plural in '-ten', the present's ('berichten') as the past's ('stürzten')"),
    (FRI + "Die Eröffnung am Samstag, 9. September, beginnt um 10 Uhr.", "",
     "a weekday before its date is the written date's"),
    (FRI + "Die Übergabe der Briefe findet am Samstag,\n11. Oktober 2017, statt.", "",
     "… on the next line too"),
    (FRI + "Morgen Samstag und am Sonntag verwandelt sich der Ort in einen Rummelplatz.",
     "2017-09-09/2017-09-10", "'Morgen Samstag' without its comma, as Swiss papers write it; "
     "'und am Sonntag': a run of two days"),
    (FRI + "Morgen Sonntag kommt der Zirkus.", "", "… not a weekday that contradicts it"),
    # -- a day adjective before an event's noun: the event's day ----------------------------
    (FRI + "Bei der gestrigen Jahreshauptversammlung wurde ein neuer Vorstand gewählt.",
     "2017-09-07", "'bei der gestrigen Jahreshauptversammlung': yesterday's"),
    (FRI + "Beim morgigen Konzert spielt die Band im Stadtpark.", "2017-09-09",
     "'beim morgigen Konzert': tomorrow's"),
    (FRI + "Bis zum heutigen Tag ist nichts geschehen.", "",
     "… not before a noun that names no event ('Tag')"),
    (FRI + "Die heutige Jugend liest weniger.", "", "… nor 'die heutige Jugend'"),
    # -- a weekday of a week named before or after it -------------------------------------
    (FRI + "Der Bürgermeister lädt nächste Woche Dienstag zur Sprechstunde ein.", "2017-09-12",
     "'nächste Woche Dienstag': that calendar week's day, no lead or tense needed"),
    (MON + "Kommende Woche Montag tagt der Rat.", "2014-03-24",
     "… the weekday of the paper's own: a week on"),
    (FRI + "Vergangene Woche Freitag brannte es in der Scheune.", "2017-09-01",
     "'Vergangene Woche' opening its sentence"),
    (FRI + "Die Sitzung ist am Mittwoch der kommenden Woche um 18 Uhr.", "2017-09-13T18:00",
     "'am Mittwoch der kommenden Woche': the week after it"),
    (SAT + "Am Montag letzter Woche begann die Sanierung.", "2016-03-28",
     "'letzter Woche' after the weekday"),
]


def _render(text: str) -> str:
    mentions = scan_dates(text)
    anchor = document_date(text, mentions)
    assert anchor is not None
    out = []
    for m in relative_days(text, anchor, mentions):
        assert text[m.span[0] : m.span[1]] == m.text
        assert m.relative
        end = m.end_str()
        out.append(m.start_str() + ("" if end is None else "/" + end))
    return "; ".join(out)


def test_no_row_twice() -> None:
    assert len({text for text, _, _ in CASES}) == len(CASES)


@pytest.mark.parametrize(("text", "expected", "reason"), CASES, ids=[c[2] for c in CASES])
def test_relative_days(text: str, expected: str, reason: str) -> None:
    assert _render(text) == expected, reason


EVENT_ROWS: list[tuple[str, list[tuple[str, str]], str]] = [
    ("SAALE-ZEITUNG · Montag, 8. August 2011\n\nKurz gemeldet\n\nKurkonzert: Das Kurorchester "
     "spielt heute Abend um 19.30 Uhr im Regentenbau Walzer und Operettenmelodien.\n",
     [("Kurkonzert", "2011-08-08T19:30")], "a newspaper's item for tonight"),
    ("NORDFRIESISCHE RUNDSCHAU · Montag, 17. März 2014\n\nHusum. Zu einer Lesung lädt die "
     "Storm-Gesellschaft am kommenden Freitag um 19.30 Uhr ins Storm-Haus ein.\n\n"
     "Das Krokusblütenfest 2015 soll am 21. und 22. März stattfinden.\n",
     [("Lesung", "2014-03-21T19:30"), ("Krokusblütenfest 2015", "2015-03-21")],
     "a day told against the paper's date lends its year to no written date"),
    ("Die Band spielt morgen um 20 Uhr beim Sommerfest im Zelt.\n", [],
     "without the text's own date, 'morgen' is no day"),
    ("Die Hamburger Grünen wollen mit der CDU verhandeln (2008-03-03)\n\nAuch die CDU hat "
     "entsprechenden Gesprächen bereits zugestimmt, so sollen diese am kommenden Mittwoch in "
     "einem Hotel stattfinden. Gleichsam hat die CDU jedoch auch zu Gesprächen mit der "
     "Hamburger SPD geladen.\n\nDiese beiden sind jedoch die einzigen beiden "
     "Koalitionsmöglichkeiten für die CDU, die die Hamburger Bürgerschaftswahlen am "
     "vergangenen Sonntag mit über 42 Prozent die Wahl zwar gewinnen konnte.\n",
     [("Gesprächen", "2008-03-05")],
     "an election's day told against the text's date is no event's"),
    ("Wien, Freitag, 29. April 2016\n\nDie Minister wollen am Montag in einer gemeinsamen "
     "Pressekonferenz über die Hilfen informieren, wie sie am heutigen Freitag ankündigten.\n",
     [("Pressekonferenz", "2016-05-02")],
     "the day of saying, its verb ending the clause, is no event's: the weekday ahead is"),
    ("Belgrad, Freitag, 18. September 2009\n\nDie An- und Abreise könne ein Problem werden, "
     "sagte Johanna Moser vom „Kollektiv“ gestern in einem Interview.\n", [],
     "a day told right after its speaker is the day of saying"),
    ("Oberstdorf, Freitag, 26. September 2008\n\nDas nächste Springen des Continentalcups "
     "findet am morgigen Samstag auf der Schattenbergschanze statt.\n",
     [("Continentalcup", "2008-09-27")], "'am morgigen Samstag'"),
    ("GEMEINDENACHRICHTEN\nAusgabe 3/2026\n\nLiebe Garserinnen und Garser!\n\nAm kommenden "
     "Samstag findet unsere Flurreinigungsaktion statt. Treffpunkt ist um 9 Uhr beim Bauhof."
     "\n\nGars am Kamp, am 4. Mai 2026\n\nIhr Bürgermeister\n",
     [("Flurreinigungsaktion", "2026-05-09T09:00")],
     "a letter's place and date near its end dates it, and its days told against that date"),
    ("Oberschwaben aktuell\nStand: 14.02.2026, 10.42 Uhr\n\nSturm: Umzüge abgesagt\n\n"
     "- Bad Waldsee: Der große Umzug wird auf Fasnetdienstag, 17. Februar, verschoben.\n"
     "- Wangen im Allgäu: Der Kinderumzug am Sonntag um 13.30 Uhr fällt aus.\n",
     [("Umzug", "2026-02-17"), ("Kinderumzug", "2026-02-15T13:30")],
     "an event's weekday at its hour after another list item's date; the new date after a "
     "feast's day ('auf Fasnetdienstag, 17. Februar'); each item placed in its town"),
]


@pytest.mark.parametrize(("text", "expected", "reason"), EVENT_ROWS,
                         ids=[c[2] for c in EVENT_ROWS])
def test_events_on_relative_days(text: str, expected: list[tuple[str, str]],
                                 reason: str) -> None:
    events = extract_events(Document("doc.txt", text))
    assert [(e.title, e.start_str()) for e in events] == expected, reason


# -- linear time, counted rather than timed ---------------------------------------------

HOSTILE: list[tuple[str, str]] = [
    ("weekdays after their lead", "am Sonntag und "),
    ("day words", "heute "),
    ("runs", "von heute bis Sonntag, "),
    ("weekdays in past clauses", "Am Montag fand es statt. "),
]


@pytest.mark.parametrize(("name", "unit"), HOSTILE, ids=[h[0] for h in HOSTILE])
def test_work_grows_linearly_on_hostile_text(name: str, unit: str) -> None:
    """Ten times the input costs at most about ten times the calls."""
    def read(n: int) -> object:
        text = FRI + unit * n
        return relative_days(text, scan_dates(FRI)[0], [])

    read(10)  # (warm lazy imports and caches)
    assert work(lambda: read(5000)) / max(1, work(lambda: read(500))) <= 11, name


@pytest.mark.parametrize("pattern", [
    relative._DAY, relative._JOIN, relative._APPOSITION, relative._PART_AFTER,
    relative._DATE_AFTER, relative._LEAD_BEFORE, relative._NOUN_BEFORE, relative._CLAUSE_END,
    relative._YEARS_AGO, relative._MODIFIER_BEFORE,
], ids=lambda p: p.pattern[:30])
def test_patterns_have_only_bounded_repetition(pattern: re.Pattern[str]) -> None:
    assert not re.search(r"(?<!\\)[*+]", pattern.pattern)


def _searched(text: str) -> list[tuple[int, int]]:
    """The day words ``relative._DAY`` finds by scanning every position of ``text``."""
    found, pos = [], 0
    while (m := relative._DAY.search(text, pos)) is not None:
        found.append(m.span())
        pos = m.end()
    return found


def _anchored(text: str) -> list[tuple[int, int]]:
    """The same, looked for only where a word holding an anchor starts (as ``relative_days``
    reads them)."""
    found, pos = [], 0
    for begin in relative._day_starts(text):
        if begin >= pos and (m := relative._day_at(text, begin, pos)) is not None:
            found.append(m.span())
            pos = m.end()
    return found


EDGES = [
    "am kommenden  Freitag und am vergangenen\nSonntagabend",
    "Übermorgen, heute-morgen, Oster-Sonntag, 3Montag, Bundestag, Dienstags",
    "kommenden kommenden Montag; diesen Mittwoch; vorgestern und übermorgen",
    "Sonnabendnachmittag heutigen Morgen gestrig Gestern Heute",
]


@pytest.mark.parametrize("text", EDGES + [text for text, _, _ in CASES])
def test_anchored_look_up_finds_what_a_full_scan_finds(text: str) -> None:
    """The day words are looked for by plain substring searches (several times faster
    than the pattern's scan of every position); they must find exactly the same."""
    assert _anchored(text) == _searched(text)
