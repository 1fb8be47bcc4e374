"""Year resolution as one table: (text, reference date, expected, reason).

The order the issue asks for: a year stated for the same event elsewhere in the document;
the document's own date; the reference date with tense and weekday; otherwise unknown.
"""

from __future__ import annotations

import datetime as dt

import pytest

from calendarize.dates import find_dates
from calendarize.model import Day
from calendarize.years import year_near

from .test_dates import render

D = dt.date.fromisoformat
CASES: list[tuple[str, dt.date | None, str, str]] = [
    # -- a year stated elsewhere in the document ---------------------------------------
    ("Die Messe 2016\n\nDie Messe findet am 5. Mai statt.", None, "2016-05-05",
     "year in the headline"),
    ("Der Kongress 2016 beginnt am 5. Mai in Berlin.", None, "2016-05-05",
     "lone year in the same sentence"),
    ("Vom 20. bis 28. April 2017 läuft die Clusterwoche. Am 24. April lädt das Ministerium ein.",
     None, "2017-04-20/2017-04-28; 2017-04-24", "a day inside an earlier range"),
    ("Am 5. Mai 2017 findet die Tagung statt. Anmeldungen für den 5. Mai nimmt das Büro an.",
     None, "2017-05-05; 2017-05-05", "the same day stated with its year"),
    ("veröffentlicht am 16. Juli 2025\n\nDer Imkertag hat am 12. und 13. Juli die Hallen "
     "gefüllt. Der nächste findet am 11. und 12. Juli 2026 statt.", None,
     "2025-07-16; 2025-07-12/2025-07-13; 2026-07-11/2026-07-12",
     "a range takes a year only from a range that covers all its days"),
    ("Vom 28.12.2016 bis 3.1.2017 ist geschlossen. Am 2. Januar öffnet der Notdienst.", None,
     "2016-12-28/2017-01-03; 2017-01-02", "a range across the new year"),
    ("Nach 2015 und 2016 findet die Messe am 5. Mai statt.", None, "--05-05",
     "two lone years: neither is taken"),
    ("Nach der ersten Show am 12. September ist eine Show in Linz, für 2016 ist eine geplant.",
     None, "--09-12", "'für 2016': a plan's year, not the date's"),
    ("Seit 2010 findet die Messe am 5. Mai statt.", None, "--05-05",
     "'seit 2010': a span's first year, not the date's"),
    ("Am 5. Mai 2016 und am 5. Mai 2017 war Messe. Am 5. Mai kommen alle.", None,
     "2016-05-05; 2017-05-05; --05-05", "two years for the same day: neither is taken"),
    ("Die Messe 2016\n\nDie Messe findet am 5. Mai statt.", D("2020-01-01"), "2016-05-05",
     "the document's year beats the reference date"),
    ("Die Messe 2016\n\nAm Freitag, 5. Mai, öffnet die Messe.", None, "--05-05",
     "a stated weekday rejects a year it contradicts (5 May 2016 was a Thursday)"),
    # -- the document's own date -------------------------------------------------------
    ("Stuttgart, 12.04.2017 – Am 20. Mai findet die Tagung statt.", None,
     "2017-04-12; 2017-05-20", "dateline"),
    ("Stuttgart, 12.04.2017 – Am 20. Mai findet die Tagung statt.", D("2020-01-01"),
     "2017-04-12; 2017-05-20", "the dateline beats the reference date"),
    ("Dresden, 28. November 2018\n\nDer Neujahrsempfang findet am 11. Januar statt.", None,
     "2018-11-28; 2019-01-11", "upcoming across the new year"),
    ("Stuttgart, 12.04.2017 – Am 20. Dezember trafen sich die Vertreter.", None,
     "2017-04-12; 2016-12-20", "past tense from the dateline"),
    ("Veröffentlicht am 3. März 2019\n\nDie Sprechstunde findet am 12.03. statt.", None,
     "2019-03-03; 2019-03-12", "Veröffentlicht am"),
    ("Wetzlarer Bote\nAusgabe vom Donnerstag, 14. März 2019\n\nDer Vortrag ist am 19. März.",
     None, "2019-03-14; 2019-03-19", "a newspaper's 'Ausgabe vom …' dates the document"),
    ("12.04.2017\n\nAm 20. Mai findet die Tagung statt.", None, "2017-04-12; 2017-05-20",
     "a date alone on the first line"),
    ("Pressemitteilung vom 12.04.2017\n\nAm 20. Mai findet die Tagung statt.", None,
     "2017-04-12; 2017-05-20", "a date in the title line"),
    ("Kultur\nveröffentlicht am 14. April 2026, 11:32\n\nDie Orgeltage finden vom 19. bis "
     "27. Juni statt.", None, "2026-04-14T11:32; 2026-06-19/2026-06-27",
     "'veröffentlicht am' in lower case"),
    ("Augsburg, 10.03.2026\n\nNach dem Tag des Artenschutzes am Sonntag, 1. März, geht es in "
     "den kommenden Wochen weiter. Seit 1. März ist der Zoo täglich geöffnet.", None,
     "2026-03-10; 2026-03-01; 2026-03-01",
     "a stated weekday fits one year near the document's date, whatever the tense; 'seit' "
     "looks back"),
    ("Stadtpfarre Steyr\nKirchenmusik\n\nSTEYRER ORGELSOMMER 2026\nSechs Konzerte\n\nDie "
     "Konzerte beginnen jeweils um 20 Uhr.\n\nMittwoch, 1. Juli\nEröffnungskonzert", None,
     "2026-07-01", "a head line naming a programme and its year"),
    ("TC Rot-Weiß Bad Saulgau e.V.\n– Clubnachrichten Frühjahr 2026 –\n\nBei der "
     "Versammlung am 6. März wurde gewählt.", None, "2026-03-06",
     "a head line's period between dashes"),
    ("Klinikum Nord\n\nPATIENTENFORUM 2026 – Programm erstes Halbjahr\n\nMi, 21.01.  Vortrag "
     "Herzstolpern, 18 Uhr", None, "2026-01-21",
     "a head line's year before a dash and the programme's word"),
    ("(LK) Zell am See, 20. März 2026 – Die Energiewoche läuft vom 20. bis 28. April.", None,
     "2026-03-20; 2026-04-20/2026-04-28", "an agency's mark before the dateline"),
    ("LOKALES\nMittwoch, 13. Mai 2026 · Seite 14\n\nTERMINE\n\nAm 15.5. tagt der Verein.", None,
     "2026-05-13; 2026-05-15", "a newspaper page's head: its date a part of its own"),
    ("AMTSBLATT\nAmtliches Mitteilungsblatt · Nr. 15 · Donnerstag, 9. April 2026\n\n"
     "Die Sitzung ist am 21. April.", None, "2026-04-09; 2026-04-21", "an issue's date"),
    ("PFARRBRIEF\nAusgabe 2/2026 · Fastenzeit und Ostern · 22. März bis 26. April 2026\n\n"
     "Der Weltgebetstag ist am 6. März.", None, "2026-03-22/2026-04-26; 2026-03-06",
     "an issue's days"),
    # -- the period a line of the head names, when the document has no date -----------
    ("PFARRE MONDSEE\nPfarrbrief Jänner/Februar 2026\n\nAm Samstag, 17. Jänner, ist der "
     "Pfarrball.", None, "2026-01-17", "an issue's months"),
    ("Pfarrbrief Jänner/Februar 2026\n\nDer Adventmarkt fand am 29. und 30. November im "
     "Pfarrhof statt.", None, "2025-11-29/2025-11-30", "a report in an issue: the year before"),
    ("GEMEINDEBRIEF\n   Mai · Juni · Juli 2027\n\nDer Seniorenkreis trifft sich jeweils um 15 "
     "Uhr:\n  12. Mai   Spargel und Erdbeeren\n  14. Juli  Sommerfest", None,
     "2027-05-12; 2027-07-14", "an issue's months listed: its period starts at "
     "the first"),
    ("PFARRBRIEF\nNr. 4/2026 · Advent 2026 bis Lichtmess 2027\n\nDie Rorate ist am 9. Dezember.",
     None, "2026-12-09", "an issue's season up to a feast of the next year"),
    ("Gemeindebrief Dezember · Januar · Februar 2027\n\nAm Samstag, 12. Dezember, ist der "
     "Adventsbasar.", None, "2026-12-12", "… the first in the year before the last"),
    ("Volkshochschule\nProgrammauszug Herbst 2025\n\nVORTRAG\nDi, 14.10., 19.30 Uhr", None,
     "2025-10-14T19:30", "a programme's season"),
    ("Kreisbote · Lokales · 10.06.2014\n\nPetershagen. Wenn das Mahlwerk klappert, dann ist "
     "Mühlentag: Am Pfingstmontag, 9. Juni, haben nach Schätzung des Vereins mehr als 6.000 "
     "Menschen die Mühlen besucht.", None, "2014-06-10; 2014-06-09",
     "the perfect ('haben … besucht') reports the past, though 'ist' stands in the sentence"),
    ("Kiel, 25. August 2026 – Nach sieben Wochen auf See ist das Forschungsschiff am 28. Juli "
     "in seinen Heimathafen zurückgekehrt.", None, "2026-08-25; 2026-07-28",
     "the perfect with 'sein' of coming and going ('ist … zurückgekehrt') reports the past: "
     "its 'ist' is no announcement's"),
    ("Kiel, 25. August 2026 – Das nächste Treffen ist für den 28. Juli geplant.", None,
     "2026-08-25; 2027-07-28", "'ist … geplant' is no perfect: a plan, the next 28 July"),
    ("HUSUM · LOKALES · Montag, 16. März 2026\n\nEs kamen am Samstag und Sonntag (14./15. März) "
     "rund 25.000 Menschen.", None, "2026-03-16; 2026-03-14/2026-03-15",
     "two weekdays before the parenthesis: the first day's is the first (14 March 2026 is a "
     "Saturday; read as a Sunday, the year was left unknown)"),
    ("UNTERLÄNDER ANZEIGER                               Mittwoch, 29. Oktober 2025\nRegion\n\n"
     "Bülach. Der Herbstmarkt vom 11. Oktober lockte über 5000 Besucher in die Marktgasse. "
     "«Wir sind sehr zufrieden», sagt der Gewerbeverein.", None, "2025-10-29; 2025-10-11",
     "a masthead's date after a wide gap on the first line; a crowd's simple past ('lockte') "
     "reports the past; a Swiss quotation opens a sentence of its own"),
    ("ALBVEREIN METZINGEN\nWander- und Veranstaltungsplan 2. Halbjahr 2025\n\nSo 06.07. "
     "Albtrauf-Wanderung", None, "2025-07-06", "a half of a year"),
    ("Stadtbibliothek\nVeranstaltungen im ersten Halbjahr 2026\n\nAm 22. Januar liest sie.",
     None, "2026-01-22", "the first half of a year, in words"),
    ("LandFrauenverein Jever\n\nJAHRESPROGRAMM – 1. HALBJAHR 2026\n\nDi., 20.1.   14.30 Uhr\n"
     "Jahreshauptversammlung", None, "2026-01-20T14:30", "a half of a year in capitals"),
    ("Kirchengemeinde St. Johannis\nGEMEINDEBRIEF SOMMER 2026 · Juni bis August\n\n"
     "So, 7. Juni · 10.00 Uhr\nKonfirmationsgottesdienst", None, "2026-06-07T10:00",
     "an issue's season in capitals"),
    ("GEMEINDENACHRICHTEN\nAusgabe 2/2026 · März 2026 · Zugestellt durch Post.at\n\n"
     "Der Rechtssprechtag ist am Donnerstag, 9. April.", None, "2026-04-09",
     "an issue's month as one part of a head line set apart by '·'"),
    ("Freundeskreis der Stadtbibliothek\n\nSchwäbisch Hall, im Februar 2026\n\nDie "
     "Mitgliederversammlung ist am Freitag, 20. März.", None, "2026-03-20",
     "a letter's dateline naming its month"),
    ("QUARTIERVEREIN WIPKINGEN\nQuartier-Info – Ausgabe 3/2026 (September)\n\nDer Umzug ist "
     "am Samstag, 7. November.", None, "2026-11-07", "an issue's number, year and month"),
    ("Kreisjugendring\nFERIENPROGRAMM SOMMER 2026\n\nRaus ins Abenteuer!\n\nZELTLAGER\nvom 3. bis "
     "8. August\n", None, "2026-08-03/2026-08-08",
     "a programme's year is all its days' year, late in the year too"),
    ("Programm Winter 2025/26\n\nLesung am 10. Januar", None, "2026-01-10",
     "a winter across the new year"),
    ("Programm Herbst 2025\n\nLesung am 10. Oktober", D("2020-01-01"), "2025-10-10",
     "the document's period beats the reference date"),
    ("PFARRBRIEF\nAusgabe Ostern 2026\n\nDer Besinnungstag fand am 14. März statt. Das "
     "Pfarrfest feiern wir am Sonntag, 12. Juli.", None, "2026-03-14; 2026-07-12",
     "an issue named by its feast"),
    ("LANDESBÜHNEN\nSpielzeit 2025/26 – Die Premieren\n\nPremiere: Sa 27.9. | 19:30\n"
     "Premiere: Sa 31.1. | 19:30\nSaisoneröffnung: Sa 16.5. | 20:00", None,
     "2025-09-27T19:30; 2026-01-31T19:30; 2026-05-16T20:00",
     "a season across the new year: August on in its first year, the rest in its second"),
    ("Ringvorlesung · WS 2026/27\n\nVortrag am 12. November\nVortrag am 21. Januar", None,
     "2026-11-12; 2027-01-21", "a winter semester across the new year, as a season"),
    ("Konzert im Kurpark\n\nVon Petra Schönhals | 12.06.2026, 14:35 Uhr\n\nDas Familienkonzert "
     "am Sonntag, 14. Juni, findet statt.", None, "2026-06-12T14:35; 2026-06-14",
     "an author's byline dates the item"),
    ("Gemeinde Uster\nMitteilungen · Mai 2026\n\nDie Bundesfeier findet am Samstag, 1. August, "
     "statt." + " Der Gemeinderat dankt allen Vereinen für ihre Mithilfe." * 8 + "\n\nWaldumgang"
     "\nDatum: Samstag, 5. September 2026\n", None,
     "2026-08-01; 2026-09-05",
     "'Datum:' past the head is an info box's event date, not the document's"),
    ("MARKTGEMEINDE ST. GEORGEN\nAusgabe 4/2025 – Dezember 2025              Zugestellt durch Post"
     "\n\nFr., 9. Jänner, 19.00 Uhr\nNeujahrsempfang\n", None, "2026-01-09T19:00",
     "an issue's period line may go on after a wide gap"),
    ("Netzwerk\n\nDer Workshop am 18.03.2026 ist ausgebucht. Der Stammtisch am Dienstag, "
     "31. März, entfällt.", None, "2026-03-18; 2026-03-31",
     "undated: the one year the document states whose 31 March is a Tuesday"),
    ("Netzwerk\n\nDer Workshop am 18.03.2026 ist ausgebucht. Der Stammtisch am Mittwoch, "
     "31. März, entfällt.", None, "2026-03-18; --03-31",
     "undated: no year the document states has 31 March on a Wednesday"),
    ("Das Stadtfest 2026 lockte 35.000 Gäste. Am Samstag, 4. Juli, spielt die Stadtkapelle. "
     "Das nächste Stadtfest findet vom 11. bis 13. Juni 2027 statt.", None,
     "2026-07-04; 2027-06-11/2027-06-13",
     "undated: a year written alone next to a stated one counts too (4 July 2026 is a "
     "Saturday, 4 July 2027 a Sunday)"),
    ("Der Verein wurde 1962 gegründet. Am Samstag, 4. Juli, spielt die Stadtkapelle. Das "
     "Stadtfest findet vom 11. bis 13. Juni 2027 statt.", None,
     "--07-04; 2027-06-11/2027-06-13",
     "undated: … but not one far from every stated year (4 July 1962 was a Saturday)"),
    ("Gemeindebrief\nAusgabe Dezember 2025 – Februar 2026\n\nVom 5. bis 30. Januar findet der "
     "Gottesdienst im Gemeindehaus statt.", None, "2026-01-05/2026-01-30",
     "an issue's span of months begins with its first"),
    ("Gemeindeblatt Nr. 12 · Erscheinungstag: Donnerstag, 20. März 2025\n\n"
     "Die Bürgerversammlung fand am 13. Dezember statt.", None, "2025-03-20; 2024-12-13",
     "'Erscheinungstag:' dates the issue"),
    ("Mannheim, 03.02.2018 – Die IHK lädt am 15. März um 10 Uhr ein.", None,
     "2018-02-03; 2018-03-15T10:00", "dateline with a timed date"),
    ("Dresden, 28. November 2018\n\nZum Empfang am Freitag, 11. Januar, kommen 400 Gäste.",
     None, "2018-11-28; 2019-01-11", "weekday confirms the year after the dateline"),
    ("Dresden, 28. November 2018\n\nZum Empfang am Samstag, 11. Januar, kommen Gäste.", None,
     "2018-11-28; --01-11", "no year near the dateline has that weekday"),
    ("Im Heimspiel am 15. Mai wird gefeiert. (APA, 7.5.2016)\n" + "Tore: Soriano (12.) " * 20,
     None, "2016-05-15; 2016-05-07",
     "an agency's byline dates the item, even with a table of results after it"),
    ("Im letzten Heimspiel am 5. September empfangen die Linzer Jönköping. (APA; 27.8.2015)\n"
     "Gruppe G: Linz – Turku 2:3", None, "2015-09-05; 2015-08-27",
     "… with a semicolon after the agency"),
    ("Erfurt, 6. November 2026\n\nAm 4. Dezember 1989 besetzten Bürger die Stasi-Zentrale. Zum "
     "Jahrestag bietet die Gedenkstätte am 4. Dezember um 17 Uhr eine Führung an.", None,
     "2026-11-06; 1989-12-04; 2026-12-04T17:00",
     "a day stated decades before the text's date lends no year to that day said ahead"),
    ("Erfurt, 6. November 2026\n\nAm 4. Dezember 1989 besetzten Bürger die Stasi-Zentrale. Am "
     "4. Dezember wurden auch die Akten gesichert.", None,
     "2026-11-06; 1989-12-04; 1989-12-04", "… but it does to that day told of in the past"),
    ("Berlin, 29.12.2005 – Vom 27. bis zum 30. Dezember findet der Kongress statt.", None,
     "2005-12-29; 2005-12-27/2005-12-30", "an event under way on the document's date"),
    # -- the reference date ------------------------------------------------------------
    ("Am 11. Juli trafen sich Vertreter in Wetzlar.", D("2016-09-01"), "2016-07-11",
     "past tense: the last 11 July"),
    ("Die Messe findet am 5. Januar statt.", D("2016-12-01"), "2017-01-05",
     "upcoming: the next 5 January"),
    ("Die Stadt lädt am 3. März zum Empfang ein.", D("2019-03-10"), "2020-03-03",
     "lädt ein is upcoming"),
    ("Am 3. März fand der Empfang statt.", D("2019-03-10"), "2019-03-03", "fand statt is past"),
    ("Am 16. Oktober wurde das Fest eröffnet.", D("2006-10-17"), "2006-10-16",
     "wurde … eröffnet is past (eröffnet alone reads as the present)"),
    ("Das Treffen ist am 27. August vertagt worden.", D("2014-08-29"), "2014-08-27",
     "ist … worden is past"),
    ("Die Messe wurde auf den 5. Mai verschoben.", D("2020-03-11"), "2020-05-05",
     "wurde … verschoben: the new date lies ahead, not a year back"),
    ("Vom 27. bis 30. Dezember findet der Kongress statt.", D("2005-12-29"),
     "2005-12-27/2005-12-30", "under way on the reference date: begun, not ended"),
    ("Vom 20. bis 22. Juli fand das Fest statt.", D("2012-07-21"), "2012-07-20/2012-07-22",
     "under way, told in the past"),
    ("Die Band tritt am Dienstag (16. Februar) auf.", D("2020-06-01"), "2021-02-16",
     "the weekday before the parenthesis chooses the year"),
    ("Termin: 5. Januar", D("2016-12-01"), "2017-01-05", "no tense: the nearest year"),
    ("Termin: 5. Juni", D("2016-12-01"), "2016-06-05",
     "no tense: 179 days behind beats 186 days ahead"),
    ("Termin: 5. November", D("2016-12-01"), "2016-11-05", "no tense, nearest is behind"),
    ("am Freitag, 25. September findet der Markt statt", D("2020-01-01"), "2020-09-25",
     "upcoming Friday"),
    ("am Freitag, 25. September findet der Markt statt", D("2021-01-01"), "--09-25",
     "no Friday 25 September within a year: unknown"),
    ("Termin: Samstag, 5. Mai", D("2018-11-01"), "2018-05-05",
     "the weekday chooses the year behind"),
    ("Termin: Sonntag, 5. Mai", D("2018-11-01"), "2019-05-05",
     "the weekday chooses the year ahead"),
    ("Die Messe findet vom 28. Dezember bis 3. Januar statt.", D("2016-12-01"),
     "2016-12-28/2017-01-03", "a year-less range across the new year"),
    ("Am 29. Februar findet der Schalttag-Lauf statt.", D("2019-06-01"), "2020-02-29",
     "a leap day finds the next leap year"),
    ("Am 29. Februar findet der Lauf statt.", D("2021-06-01"), "--02-29",
     "no leap day within a year"),
    ("Dienstag, 5. November 2014", D("2014-10-01"), "--11-05",
     "a contradicted year is not replaced by a guess"),
    ("Am 5. Mai findet die Messe statt.", D("2017-05-05"), "2017-05-05",
     "the reference day itself"),
    ("Premiere:   Freitag, 6. März 2026, 20 Uhr\n            Samstag, 7.3., 20 Uhr\n"
     "            Sonntag, 15.3., 17 Uhr", None,
     "2026-03-06T20:00; 2026-03-07T20:00; 2026-03-15T17:00",
     "a list of date lines goes on in the year of its first line"),
    ("Termine:\nFreitag, 18. Dezember 2026\nFreitag, 8. Januar\nFreitag, 22. Januar", None,
     "2026-12-18; 2027-01-08; 2027-01-22", "a list of date lines into January: the next year"),
    ("Termine:\nFreitag, 6. März 2026\nSonntag, 8. März\nFreitag, 1. März", None,
     "2026-03-06; 2026-03-08; --03-01", "a line out of the calendar's order ends the list"),
    ("Termine:\nFreitag, 6. März 2026\nDonnerstag, 8. März", None, "2026-03-06; --03-08",
     "a weekday the list's year contradicts leaves the year unknown"),
    ("Am 6. März 2026 tagt der Rat.\n\nAm 8. März folgt die Sitzung.", None,
     "2026-03-06; --03-08", "no list: a paragraph between"),
    ("2008-12-23\nAb dem 1. Januar 2009 sendet der Kanal.\nDer EPG zeigt das Programm bis zum "
     "28. Dezember an.", None, "2008-12-23; 2009-01-01; 2008-12-28",
     "dates inside paragraphs one line apart are no list of date lines"),
    ("TSV Wels – Vereinsnews Dezember 2025\n\nRund 140 Gäste kamen zu unserer Weihnachtsfeier, "
     "die am 13. Dezember im Vereinsheim stattfand.", None, "2025-12-13",
     "a day of the period's own month is in its year, though the report looks back"),
    ("Amtsblatt der Gemeinde Beselich · Ausgabe 12/2026\n\nDie Versammlung tagte am Freitag, "
     "6. März. Das Zeltlager ist vom 24. bis 26. Juli.", None, "2026-03-06; --07-24/--07-26",
     "an issue's number and year in the head: a weekday picks the one year around it that "
     "has that day on it; a day with no weekday stays unknown (the issue's month is not said)"),
    ("Gemeindebrief · Nr. 2/2026\n\nDie Weihnachtsfeier fand am Samstag, 13. Dezember, im "
     "Pfarrheim statt.", None, "2025-12-13",
     "the weekday may pick the year before the issue's (13 December 2025 was a Saturday)"),
    ("MUSEUMSVEREIN SCHWAZ\n\nMitteilungsblatt 1/2026 · Schwaz, im Februar 2026\n\n"
     "Kuratorinnenführungen jeweils sonntags um 15 Uhr am 17. Mai, 12. Juli, 9. August und "
     "13. September", None, "2026-05-17; 2026-07-12; 2026-08-09; 2026-09-13",
     "a letter's place and month after its bulletin's number date it; the "
     "days of one list go on in the year of the day before (not the September before, nearer "
     "a February)"),
    ("KONZERTE UND VORSPIELABENDE\nSchuljahr 2026/27\n\nSo 04.07.   11.00 Uhr   Sommerserenade\n\n"
     "Änderungen vorbehalten. Stand: 1. Juli 2026", None, "2027-07-04T11:00; 2026-07-01",
     "a season in the head outweighs its date of print: its July is the season's last"),
    ("Skiverein Olbernhau\n\nSAISONPROGRAMM 2026/2027\n\nFr., 16.10.   19.30 Uhr   "
     "Mitgliederversammlung\nSa., 16.01.   18 Uhr   Tagesfahrt\n", None,
     "2026-10-16T19:30; 2027-01-16T18:00",
     "a season's programme in capitals: its autumn in the first year, its January in the next"),
    ("Förderverein der Gleibergschule\n\nELTERNBRIEF 2/2026                         "
     "Wettenberg, 27. April 2026\n\nBeim Kinderflohmarkt am 14. März kamen 640 Euro "
     "zusammen.", None, "2026-04-27; 2026-03-14",
     "a dateline after a wide gap on the head's line dates the text"),
    # -- otherwise unknown -------------------------------------------------------------
    ("TSV Rottach 1921 – Vereinsnachrichten\n\nDas Sommerfest ist am 13.06. am Sportplatz.\n\n"
     "Unser Verein wurde 1921 gegründet.", None, "--06-13",
     "the year in a club's name, which the text says it was founded in, dates no event"),
    ("Am 5. Mai findet die Messe statt.", None, "--05-05", "nothing pins the year"),
    ("Am 5. Mai trafen sich alle. Im Jahr darauf nicht mehr.", None, "--05-05",
     "no year anywhere"),
    ("Der Verein wurde 1990 gegründet.\n\nAm 5. Mai ist das Fest.", None, "--05-05",
     "a year in another sentence that is not the headline"),
]


def test_no_row_twice() -> None:
    rows = [(text, ref) for text, ref, _, _ in CASES]
    assert len(rows) == len(set(rows))


@pytest.mark.parametrize(("text", "reference", "expected", "reason"), CASES,
                         ids=[f"{c[0][:50]}|{c[1]}" for c in CASES])
def test_years(text: str, reference: dt.date | None, expected: str, reason: str) -> None:
    assert render(find_dates(text, reference)) == expected, reason


@pytest.mark.parametrize(("day", "reference", "direction", "weekday", "expected"), [
    (Day(None, 7, 11), D("2016-09-01"), -1, None, 2016),
    (Day(None, 7, 11), D("2016-09-01"), 1, None, 2017),
    (Day(None, 7, 11), D("2016-09-01"), 0, None, 2016),
    (Day(None, 12, 31), D("2017-01-01"), 0, None, 2016),
    (Day(None, 1, 1), D("2016-12-31"), 0, None, 2017),
    (Day(None, 2, 29), D("2017-01-01"), 0, None, 2016),
    (Day(None, 9, 25), D("2020-01-01"), 1, 4, 2020),
    (Day(None, 9, 25), D("2020-01-01"), -1, 4, None),
])
def test_year_near(day: Day, reference: dt.date, direction: int, weekday: int | None,
                   expected: int | None) -> None:
    assert year_near(day, reference, direction, weekday) == expected


@pytest.mark.parametrize(("day", "last", "reference", "direction", "expected"), [
    (Day(None, 12, 27), Day(None, 12, 30), D("2005-12-29"), 1, 2005),  # under way
    (Day(None, 12, 27), Day(None, 12, 30), D("2005-12-31"), 1, 2006),  # over: the next one
    (Day(None, 12, 28), Day(None, 1, 3), D("2006-01-02"), 1, 2005),  # across the new year
    (Day(None, 12, 28), Day(None, 1, 3), D("2006-01-02"), -1, 2005),
    (Day(None, 7, 20), Day(None, 7, 22), D("2012-07-19"), -1, 2011),  # not yet begun
])
def test_year_near_range(day: Day, last: Day, reference: dt.date, direction: int,
                         expected: int) -> None:
    assert year_near(day, reference, direction, None, last) == expected
