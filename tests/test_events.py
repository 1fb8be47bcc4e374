"""Which dates are events and what each event carries: one row per German form."""

from __future__ import annotations

import datetime as dt

import pytest

from calendarize.events import extract_events
from calendarize.layout import weekday_hours
from calendarize.model import Document, Event
from calendarize.nouns import is_event_noun
from calendarize.sentences import Sentences
from calendarize.titles import TitleFinder, heading_title, leading_phrase

_RULE = "-" * 60  # a plain-text newsletter's rule


def _events(text: str) -> list[Event]:
    return extract_events(Document("doc.txt", text))


def _summary(event: Event) -> tuple[str, str | None, str | None]:
    return (event.title, event.start_str(), event.city)


# a web page's list of highlights: a date and town line over the item's paragraph, its name
# before a dash (its status after it), a feast day's name in brackets after the date
_HIGHLIGHTS = (
    "Veranstaltungshighlights im Sommer 2026\n\n"
    "Hier finden Sie die wichtigsten Termine auf einen Blick.\n\n"
    "Juni & Juli\n\n"
    "Fr., 26. Juni 2026 · Zell am See\n\n"
    "Sonnwendfeuer am See – ab 21 Uhr an der Esplanade, bei Einbruch der Dunkelheit leuchten "
    "die Bergfeuer.\n\n"
    "Sa., 11. Juli 2026 · Kaprun\n\n"
    "Kapruner Bauernmarkt – 9 bis 13 Uhr am Kirchplatz, mit Produkten aus dem Pinzgau.\n\n"
    "August\n\n"
    "Sa., 1. August 2026 · Kaprun\n\n"
    "Bergmesse am Kitzsteinhorn – 11 Uhr bei der Gipfelwelt 3000.\n\n"
    "Sa., 15. August 2026 (Mariä Himmelfahrt) · Zell am See\n\n"
    "Zeller Kirtag – von 10 bis 18 Uhr in der Altstadt mit Schaustellern.\n\n"
    "Sa., 29. August 2026 · Kaprun\n\n"
    "Oldtimertreffen Kaprun – Das Oldtimertreffen findet 2026 nicht statt.\n"
)

# a festival's programme day by day: each day between rules, each item's hour and venue
# over its title in capitals
_FESTIVAL_DAYS = (
    "MUSIKSOMMER AM SEE 2026\n"
    "Festival für Musik und Wort · Gmunden · 10. bis 12. Juli 2026\n"
    "\n"
    "Alle Veranstaltungen sind einzeln buchbar.\n"
    "\n"
    "----------------------------------------------------------------------\n"
    "FREITAG, 10. JULI 2026\n"
    "----------------------------------------------------------------------\n"
    "\n"
    "20.00 Uhr · Stadttheater Gmunden, Großer Saal\n"
    "ERÖFFNUNGSKONZERT: „WELLEN“\n"
    "Bruckner Orchester Linz, Dirigentin: Anna Berg\n"
    "Karten: 25 bis 45 Euro\n"
    "\n"
    "----------------------------------------------------------------------\n"
    "SAMSTAG, 11. JULI 2026\n"
    "----------------------------------------------------------------------\n"
    "\n"
    "9.00 Uhr · Toscanapark\n"
    "WANDERUNG MIT MUSIK\n"
    "Teilnahme: 20 Euro; Anmeldung bis 8. Juli\n"
    "\n"
    "21.00 Uhr · Rathausplatz\n"
    "THEATER: „JEDERMANN“\n"
    "Eintritt frei\n"
)

# a course programme written in Markdown, as markup.markdown_text reads it: each heading a
# paragraph of its own over its course's text, number, dates and place
_MARKDOWN_COURSES = (
    "vhs Musterstadt – Programm Frühjahr 2026\n"
    "\n"
    "Sprachen\n"
    "\n"
    "Spanisch für die Reise – Crashkurs an zwei Samstagen\n"
    "\n"
    "Sie lernen die wichtigsten Wendungen für Restaurant und Hotel.\n"
    "\n"
    "Kursnummer 26F-4210-01\n"
    "Termine: Sa., 07.03.2026 und Sa., 14.03.2026, jeweils 10:00–15:00 Uhr\n"
    "\n"
    "Digitales\n"
    "\n"
    "Smartphone-Sprechstunde für Senior*innen\n"
    "\n"
    "Junge Freiwillige helfen geduldig weiter.\n"
    "\n"
    "Termine: am 3. und 10. März 2026 (dienstags), jeweils 14:00–15:30 Uhr\n"
    "\n"
    "Nistkastenbau für Kinder\n"
    "\n"
    "Samstag, 18. April 2026, 14 bis 17 Uhr\n"
    "Naturschutzzentrum, Alter Kirchhainer Weg 38, 35039 Marburg\n"
    "Für Kinder von 6 bis 12 Jahren.\n"
    "\n"
    "Azubi-Speed-Dating\n"
    "\n"
    "Schülerinnen und Schüler treffen auf Ausbildungsbetriebe.\n"
    "- Wann: Mi., 25.3.2026, 14–17 Uhr\n"
    "- Wo: Berufskolleg, Bodelschwinghstraße 2, 49477 Ibbenbüren\n"
    "\n"
)

# a house's month: each row its date, hour and hall over the title in capitals
_HOUSE_MONTH = (
    "BÜRGERHAUS AM HAFEN · Monatsprogramm November 2025\n"
    "Kirchheide 49 · 28757 Bremen\n"
    "\n"
    "..............................................................\n"
    "SA 01.11. | 15.00 Uhr | Saal\n"
    "KINDERTHEATER: „Der kleine Rabe Socke“\n"
    "Theater Mäusetanz, Hamburg · ab 4 Jahren · 6 €\n"
    "\n"
    "..............................................................\n"
    "FR 07.11. | Einlass 19.00 Uhr, Beginn 20.00 Uhr | Saal\n"
    "KONZERT: Hafenkante & The Blue Wharfs\n"
    "Norddeutscher Bluesrock trifft Shanty.\n"
    "\n"
    "..............................................................\n"
    "SO 09.11. | 11.00 Uhr | Treffpunkt: Vegesacker Bahnhofsplatz\n"
    "GEDENKRUNDGANG zum 9. November 1938\n"
    "Stolpersteine in Vegesack. Eintritt frei.\n"
)

# a programme's row moved to another day, under another row
_MOVED_ROW = ("Spielplan November 2026\n\nSo 15.11.  11.00 Uhr  Theaterfrühstück im Foyer\n"
              "Sa 21.11.  19.30 Uhr  „Der Besuch der alten Dame“ – ENTFÄLLT, verschoben auf "
              "Sa 28.11., 19.30 Uhr\n")

# document, expected (title, start, city) per event, reason
EVENT_ROWS = [
    ("Rundschreiben Nr. 11/2026          Pfarrkirchen, 1. Dezember 2026\n\nWir laden Sie deshalb "
     "herzlich zu folgenden Veranstaltungen ein:\n\n1. Ortsobmännerversammlung\nMontag, 7. "
     "Dezember 2026, 19.30 Uhr, Gasthaus Huber, Marktplatz 9, Massing\n\n2. Kreisbauerntag "
     "2027\nDonnerstag, 14. Januar 2027, Stadthalle Eggenfelden\n",
     [("Ortsobmännerversammlung", "2026-12-07T19:30", "Massing"),
      ("Kreisbauerntag 2027", "2027-01-14", "Eggenfelden")],
     "a numbered section's one event over its date line names it, not the list's "
     "introduction ('zu folgenden Veranstaltungen')"),
    ("Presseinformation\nDresden, 10. Dezember 2026\n\nMit der Fachtagung „Wer macht noch mit?“ "
     "lädt die Stiftung am 18. und 19. Februar 2027 nach Dresden ein.\n\nTagungsort ist das "
     "Tagungszentrum. Die Tagung beginnt am Donnerstag um 13.00 Uhr und endet am Freitag um "
     "13.00 Uhr.\n",
     [("Fachtagung „Wer macht noch mit?“", "2027-02-18T13:00", "Dresden")],
     "a weekday of an event's run told against the text's date by the event's kind alone "
     "('Die Tagung beginnt am Donnerstag …') is the run's, no second event"),
    ("Landfrauenverein Wängi\n\nJAHRESPROGRAMM 2026\n\nSa, 7. März, 9–13 Uhr\nKurs: Brot "
     "backen im Holzofen\nbei Familie Brunner, Hof Eichbühl, Frauenfeld\n\nMi, 16. September, "
     "19 Uhr\nKurs: Kräutersalz und Tee\nim Kirchgemeindehaus Wängi\n",
     [("Kurs: Brot backen im Holzofen", "2026-03-07T09:00", "Frauenfeld"),
      ("Kurs: Kräutersalz und Tee", "2026-09-16T19:00", "Wängi")],
     "a bare kind labelling a title names the event ('Kurs:'), though alone it is none"),
    ("JF-INFO 2/2026\nStuhr, im Mai 2026\n\nVom 24. bis 31. Juli 2026 findet das Kreiszeltlager "
     "in Barnstorf statt.\n\nIn den Sommerferien (2. Juli bis 12. August) ruht der "
     "Dienstbetrieb, ausgenommen natürlich das Zeltlager.\n",
     [("Kreiszeltlager", "2026-07-24", "Barnstorf")],
     "school holidays' days in brackets after their name are no event's"),
    ("Amt für Landwirtschaft Ansbach\n\nAnsbach, 28.04.2026\n\nTermine der Flurbegehungen:\n\n"
     "Datum          | Beginn    | Ort                | Treffpunkt                          \n"
     "Mi., 13.05.26  | 19:00 Uhr | Dentlein am Forst  | Feldrand Richtung Dürrwangen        \n"
     "Mi., 27.05.26  | 19:00 Uhr | Wieseth            | Feldscheune Fam. Ohr, Richtung Forndorf\n",
     [("Flurbegehung Dentlein am Forst", "2026-05-13T19:00", "Dentlein am Forst"),
      ("Flurbegehung Wieseth", "2026-05-27T19:00", "Wieseth")],
     "a table of dates and places under what it dates ('Termine der Flurbegehungen:'): each "
     "row that kind in its town's column (a village the gazetteer leaves out, too), not a "
     "town its meeting point heads for"),
    ("WASSERWACHT PRIEN\nKURSPROGRAMM 2026\n\nDeutsches Rettungsschwimmabzeichen Silber\n"
     "Teil 1 – Theorie und Hallenbad: Sa., 16.05.2026, 9–18 Uhr, Hallenbad Prien\n"
     "Teil 2 – Freiwasserprüfung: Sa., 13.06.2026, 10 Uhr, Strandbad Prien\n\n"
     "+++ PITCHNIGHT ORTENAU 2026 +++\nDie PitchNight findet in zwei Runden statt:\n"
     "1. Runde: Mittwoch, 18. März 2026, 19 Uhr, Saal im GTZ\n"
     "2. Runde: Mittwoch, 17. Juni 2026, 19 Uhr, ebenfalls im GTZ\n",
     [("Deutsches Rettungsschwimmabzeichen Silber – Teil 1 – Theorie und Hallenbad",
       "2026-05-16T09:00", None),
      ("Deutsches Rettungsschwimmabzeichen Silber – Teil 2 – Freiwasserprüfung",
       "2026-06-13T10:00", None),
      ("PitchNight Ortenau 2026 – 1. Runde", "2026-03-18T19:00", None),
      ("PitchNight Ortenau 2026 – 2. Runde", "2026-06-17T19:00", None)],
     "the parts an event is held in, a line each ('Teil 1 – …:', '2. Runde:'), under the "
     "line that names it or, past a sentence introducing them, their section's heading"),
    ("Stadtmuseum Weener\nPressemitteilung vom 28. April 2026\n\nWeener. Zum Museumstag am "
     "Sonntag, 17. Mai, ist das Haus von 11 bis 17 Uhr geöffnet. Um 11.30 Uhr und noch einmal "
     "um 15 Uhr führt Museumsleiterin Dr. Hilke Janssen durch die Sonderausstellung „Über die "
     "Grenze“. Die Ausstellung war am 12. April eröffnet worden und ist noch bis zum 30. "
     "August zu sehen.\n",
     [("Museumstag", "2026-05-17T11:00", "Weener"),
      ("Führung durch die Sonderausstellung „Über die Grenze“", "2026-05-17T11:30", "Weener"),
      ("Führung durch die Sonderausstellung „Über die Grenze“", "2026-05-17T15:00", "Weener"),
      ("Sonderausstellung „Über die Grenze“", "2026-04-12", "Weener")],
     "a guide leading through a show later that day gives a tour at each hour, no run of the "
     "show's; an exhibition's run may pass four months"),
    ("GTZ Lahr – Newsletter 02/2026\nEinsteinallee 8 · 77933 Lahr\n\n+++ WORKSHOP „BUSINESSPLAN "
     "KOMPAKT“ +++\nDi., 24. Februar 2026, 9–13 Uhr, Seminarraum 2\nIn vier Stunden vom "
     "Geschäftsmodell zur Finanzplanung – mit Vorlagen.\n\n+++ PITCHNIGHT ORTENAU 2026 +++\n"
     "Die PitchNight findet in zwei Runden statt:\n1. Runde: Mittwoch, 18. März 2026, 19 Uhr, "
     "Veranstaltungssaal im GTZ\n",
     [("Workshop „Businessplan Kompakt“", "2026-02-24T09:00", "Lahr"),
      ("PitchNight Ortenau 2026 – 1. Runde", "2026-03-18T19:00", "Lahr")],
     "a heading between a newsletter's ticker marks ('+++ … +++') names the event of the "
     "date line right under it, not the sentence after; a 'Night' is an event"),
    ("VOLKSHOCHSCHULE\nOberer Stadtplatz 7 · 6330 Kufstein\n\nMitteilungen – Frühjahrssemester "
     "2026\n\nSPRACHCAFÉ INTERNATIONAL\nPlaudern statt pauken! Ohne Anmeldung.\n\n"
     "Zeit: jeweils Donnerstag, 18.30 bis 20.00 Uhr\nTermine: 15. Jänner · 29. Jänner "
     "· 12. Februar\n\nEXKURSIONEN\n\n1) „Innsbruck in italiano“ – Stadtführung\n   Samstag, "
     "21. März 2026, 10.00 Uhr, Innsbruck\n\nKursbeginn der Abendkurse ist in der Woche ab 12. "
     "Jänner 2026.\n",
     [("Sprachcafé International", "2026-01-15T18:30", "Kufstein"),
      ("Sprachcafé International", "2026-01-29T18:30", "Kufstein"),
      ("Sprachcafé International", "2026-02-12T18:30", "Kufstein"),
      ("„Innsbruck in italiano“ – Stadtführung", "2026-03-21T10:00", "Innsbruck")],
     "a semester in the head dates its year-less days; a heading in capitals right over its "
     "paragraph names the section's event; each date a 'Termine:' line lists after the first "
     "is one; a list's number ('1)') opens no title; a week ('in der Woche ab …') is no day"),
    ("RADIO MUNOT\nSendung vom Donnerstag, 3. September 2026\n\nAm Samstag öffnet die "
     "Feuerwehr Thayngen ihre Türen: Von 10 bis 16 Uhr gibt es Fahrzeuge zu sehen.\n\nAm "
     "Sonntag lädt Hallau zum Trottenfest.\n",
     [("Tag der offenen Tür der Feuerwehr Thayngen", "2026-09-05T10:00", "Thayngen"),
      ("Trottenfest", "2026-09-06", "Hallau")],
     "a house opening its doors on a day holds its open day; a town right after the verb "
     "it hosts by ('lädt Hallau zum …') is the event's"),
    ("RADIO RHYWELLE\nSendungsmanuskript «Usgang-Tipps», Donnerstag, 3. September 2026, "
     "07.40 / 12.40 Uhr\n\nDas Herbstkonzert beginnt am Samstag um 19.30 Uhr.\n",
     [("Herbstkonzert", "2026-09-05T19:30", None)],
     "a broadcast's script dates the text its relative days are told against"),
    ("Veranstaltungen im März\n\nSo., 15.03.2026, 17:00 Uhr   Konzert Saal 12\n"
     "Mo., 16.03.2026, 19:00 Uhr   Vortrag Ludwig Thoma 100\n",
     [("Konzert Saal 12", "2026-03-15T17:00", None),
      ("Vortrag Ludwig Thoma 100", "2026-03-16T19:00", None)],
     "… but a title ending in a number is no person's age ('95 Jahre', '(90)')"),
    ("Gemeindebrief Ausgabe März/April 2026\n\nGOTTESDIENSTE\n\nDatum     | Oberlenningen, "
     "Martinskirche | Schopfloch, Ev. Kirche\n----------+--------------------------+-----------\n"
     "So 1.3.   | 10.00 Pfrin. Maier       | 9.00 Pfrin. Maier\nReminiszere |                   |\n"
     "So 8.3.   | 10.00 Prädikant Weber, mit Taufe | kein Gottesdienst\n"
     "So 5.4.   | 5.30 Osternacht          | 9.00 Pfrin. Maier\n"
     "Ostersonntag | 10.00 Festgottesdienst mit Posaunenchor |\n",
     [("Gottesdienst", "2026-03-01T10:00", None),
      ("Gottesdienst", "2026-03-01T09:00", "Schopfloch"),
      ("Gottesdienst mit Taufe", "2026-03-08T10:00", None),
      ("Osternacht", "2026-04-05T05:30", None), ("Gottesdienst", "2026-04-05T09:00", "Schopfloch"),
      ("Festgottesdienst mit Posaunenchor", "2026-04-05T10:00", None)],
     "a table of services with a column per place: each cell at its hour is an event at its "
     "column's place, of the kind its heading names unless the cell names its own; 'kein "
     "Gottesdienst' at one place calls off none at the other; a row's second line its own"),
    ("BIENENZUCHTVEREIN MONDSEE\n\nKURSTERMINE\nModul 1 – Sa., 7. März, 9–12 Uhr\n   Biologie der "
     "Honigbiene, Jahreslauf, Beutensysteme\n   Vereinsheim Mondsee, Marktplatz 12\n\nModul 3 – "
     "Sa., 11. April, 9–16 Uhr (mit Mittagspause)\n   PRAXISTAG: Durchsicht der Völker\n",
     [("Biologie der Honigbiene, Jahreslauf, Beutensysteme", "--03-07T09:00", "Mondsee"),
      ("Praxistag: Durchsicht der Völker", "--04-11T09:00", "Mondsee")],
     "a course's part by its number before the date opens the entry's line ('Modul 1 – Sa., "
     "7. März, 9–12 Uhr'); a flyer with no year leaves its days' year unknown"),
    ("LandFrauenverein Bordesholm\n\nJAHRESPROGRAMM 2026\n\n• Sa., 18. April, Abfahrt 8.00 Uhr ab "
     "Bahnhof Bordesholm (ZOB)\n  Tagesfahrt nach Lübeck mit Führung durch das Europäische "
     "Hansemuseum und Zeit zur freien Verfügung, Rückkehr am frühen Abend\n  Kosten 49 €\n\n"
     "• Di., 8. Dezember, 15.00 Uhr\n  Adventsfeier mit Kaffeetafel\n  Gasthof „Zur "
     "Wassermühle“, Bordesholm\n\nStand: 20. November 2025 – Änderungen vorbehalten!\n",
     [("Tagesfahrt", "2026-04-18T08:00", "Lübeck"),
      ("Adventsfeier mit Kaffeetafel", "2026-12-08T15:00", "Bordesholm")],
     "an outing's departure after its date is its start, not its place; a long line under the "
     "date is titled by its first clause; a programme's year outweighs its date of print "
     "('JAHRESPROGRAMM 2026' … 'Stand: 20. November 2025')"),
    ("Tourenprogramm Sommer 2026\n\nSa 12.09.–So 13.09. | Großer Priel (2.515 m), Übernachtung "
     "Prielschutzhaus | 8.00 Uhr, Parkplatz Johannishof\nSo 16.08. | Bergmesse am Wendelstein "
     "(1.838 m) | Parkplatz\n",
     [("Großer Priel (2.515 m), Übernachtung Prielschutzhaus", "2026-09-12", None),
      ("Bergmesse am Wendelstein (1.838 m)", "2026-08-16", None)],
     "a mountain's name is no town's: after 'Großer', before its height"),
    ("IHK Schwaben\n\nONLINE\n\nWebinarreihe „Ausbilder-Update\" (3 Termine)\nDienstag, 14., "
     "21. und 28. April 2026, jeweils 16–17 Uhr | online\nTeil 1: Neue Prüfungsordnungen · "
     "Teil 2: Azubi-Marketing\n",
     [("Webinarreihe „Ausbilder-Update\"", "2026-04-14T16:00", None),
      ("Webinarreihe „Ausbilder-Update\"", "2026-04-21T16:00", None),
      ("Webinarreihe „Ausbilder-Update\"", "2026-04-28T16:00", None)],
     "a series' heading names its dates' event, not the line of its parts under them"),
    ("vhs Crailsheim\nProgramm Frühjahr/Sommer 2026\n\n---------------\n\nGESELLSCHAFT\n\n"
     "26F-10105\nVortrag: Die Hohenloher Ebene im Klimawandel\nDr. Martin Kübler, "
     "Agrarmeteorologe\nTrockensommer, Starkregen – was bedeutet das?\nDi., 10.03.2026, 19.30 "
     "Uhr\nCrailsheim, Rathaus, Ratssaal\n\nGESUNDHEIT\n\n26F-31410\nYoga für Einsteiger\n"
     "Tanja Meißner, Yogalehrerin\n2 Termine: Do., 16.04. und 23.04.2026, jeweils 18.00–19.15 "
     "Uhr\n",
     [("Vortrag: Die Hohenloher Ebene im Klimawandel", "2026-03-10T19:30", "Crailsheim"),
      ("Yoga für Einsteiger", "2026-04-16T18:00", None),
      ("Yoga für Einsteiger", "2026-04-23T18:00", None)],
     "a course's number alone on its line stands over the entry's title, not its category's "
     "('Gesellschaft', 'Gesundheit' had titled the courses)"),
    ("Alterszentrum Risi Wattwil\nMonatsprogramm März\n\nDonnerstag, 12. März\nAusflug zur "
     "Glasi Hergiswil mit Besichtigung. Abfahrt 12.45 Uhr beim Haupteingang.\n\nSonntag, 15. "
     "März, 10.00 Uhr\nÖkumenischer Gottesdienst in der Kapelle mit Pfarrerin Anna Bösch und dem "
     "Kirchenchor Wattwil.\n\nWir gratulieren herzlich\n2. März – Frieda Ammann, 95 Jahre\n"
     "19. März – Walter Brunner, 88 Jahre\n",
     [("Ausflug zur Glasi Hergiswil mit Besichtigung", "--03-12T12:45", "Hergiswil"),
      ("Ökumenischer Gottesdienst in der Kapelle", "--03-15T10:00", "Wattwil")],
     "a block's long first clause is titled by the event it names, before whom it is with; a "
     "list of a person and the age they turn is one of birthdays"),
    ("Alsfeld, 1. September 2026\n\nVon Freitag, 18. September, bis Sonntag, 20. September, lädt "
     "der Verein zum Alsfelder Stadtfest ein. Los geht es am Freitag um 17 Uhr.\n\nFür Familien "
     "gibt es am Samstag von 10 bis 14 Uhr einen Kinderflohmarkt in der Obergasse.\n",
     [("Alsfelder Stadtfest", "2026-09-18T17:00", "Alsfeld"),
      ("Kinderflohmarkt", "2026-09-19T10:00", "Alsfeld")],
     "a weekday after a run of days written out without its year, ahead of the text's date, is "
     "a day of the run (not the Saturday after the dateline), in a later paragraph too; the "
     "run's own event's weekday is its hours, no event of its own"),
    ("NABU Kassel\n\nSa., 07.03.2026, 9.00 Uhr\nKrötenzaun-Aufbau an der Kreisstraße. Bitte "
     "Handschuhe mitbringen.\n\nSa., 11.04.2026, 14 Uhr\nNistkastenbau für Familien. Anmeldung "
     "erforderlich.\n\nMi., 10.06.2026, 9 bis 12 Uhr\nKreishandwerkerschaft Werra-Meißner, "
     "Niederhoner Straße 54, 37269 Eschwege\n",
     [("Krötenzaun-Aufbau an der Kreisstraße", "2026-03-07T09:00", "Eschwege"),
      ("Nistkastenbau für Familien", "2026-04-11T14:00", "Eschwege")],
     "… but an address under the date line is no title"),
    ("NABU Preetz und Umgebung e.V.\nRundbrief Nr. 1/2026 – Frühjahr\n\nDer Neujahrsspaziergang "
     "am 4. Januar rund um den Lanker See war ein schöner Auftakt.\n\nUnser Programm:\n\n"
     "Sa., 07.03.2026, 9.00 Uhr\nKrötenzaun-Aufbau an der Kreisstraße nach Wahlstorf. Bitte "
     "Arbeitshandschuhe mitbringen. Treffpunkt: Parkbucht am Ortsausgang Preetz.\n\n"
     "Sa., 09.05.2026, 10.00–11.00 Uhr\nGemeinsame Vogelzählung im Klosterpark – wir zählen "
     "zusammen. Treffpunkt am Eingang Klosterhof.\n\nSo., 22.03.2026, 7.30 Uhr\nVogelstimmen-"
     "Wanderung für Frühaufsteher. Treffpunkt: Parkplatz Klosterhof, Preetz. Dauer ca. 2,5 "
     "Stunden.\n",
     [("Neujahrsspaziergang", "2026-01-04", None),
      ("Krötenzaun-Aufbau an der Kreisstraße nach Wahlstorf", "2026-03-07T09:00", "Preetz"),
      ("Gemeinsame Vogelzählung im Klosterpark", "2026-05-09T10:00", None),
      ("Vogelstimmen-Wanderung für Frühaufsteher", "2026-03-22T07:30", "Preetz")],
     "a programme's block under its date line is titled by its paragraph's first clause when "
     "that is a title, no sentence (nouns and the small words between them); a place label "
     "opening a sentence of the block places it; an issue's number and season date the issue"),
    ("STADTTHEATER LANGENTHAL\nSpielplan Oktober 2026\n\nDER BESUCH DER ALTEN DAME\nTragische "
     "Komödie von Friedrich Dürrenmatt\nRegie: Corinne Stalder · mit Ruth Aebersold u. a.\n\n"
     "Fr 2.10.   19.30   Premiere, anschliessend Premierenfeier\n"
     "Sa 3.10.   19.30\nSo 4.10.   17.00\n\nKUNST\nKomödie von Yasmina Reza, Gastspiel Zürcher "
     "Tournee-Theater\nDo 15.10.  19.30\nSa 17.10.  19.30   mit anschliessendem "
     "Publikumsgespräch\n\nPreise: CHF 52 / 40 / 30\n\nFAMILIENSTÜCK – ab 6 Jahren\nnach "
     "Paul Maar, Gastspiel\nSo 11.10.  11.00 und 14.30\n",
     [("Der Besuch der Alten Dame (Premiere)", "2026-10-02T19:30", "Langenthal"),
      ("Der Besuch der Alten Dame", "2026-10-03T19:30", "Langenthal"),
      ("Der Besuch der Alten Dame", "2026-10-04T17:00", "Langenthal"),
      ("Kunst", "2026-10-15T19:30", "Langenthal"), ("Kunst", "2026-10-17T19:30", "Langenthal"),
      ("Familienstück", "2026-10-11T11:00", "Langenthal")],
     "a play's title in capitals over its facts (genre and author, direction) heads the rows "
     "of its performances; an hour ending a row needs no 'Uhr', nor a second show's after 'und' "
     "(its first is read; a price line above had titled it); what follows the evening is no "
     "event of its own; a row's mark names the show ('Premiere')"),
    ("Schützenverein Wietzendorf\n\nVom 26. bis 29. Juni 2026 feiern wir unser Schützenfest auf "
     "dem Festplatz.\n\nFESTPROGRAMM\n\nFreitag, 26. Juni\n17.00 Uhr  Antreten aller Züge am "
     "Schützenhaus\n\nSamstag, 27. Juni\n14.00 Uhr  Abholen des Königspaares (Am Lohberg 7)\n"
     "20.00 Uhr  Königsball im Festzelt\n\nDie Schießstände sind wegen des Festes vom 22. Juni "
     "bis 3. Juli 2026 geschlossen.\n",
     [("Schützenfest", "2026-06-26", "Wietzendorf"),
      ("Antreten aller Züge am Schützenhaus", "2026-06-26T17:00", "Wietzendorf"),
      ("Abholen des Königspaares (Am Lohberg 7)", "2026-06-27T14:00", "Wietzendorf"),
      ("Königsball im Festzelt", "2026-06-27T20:00", "Wietzendorf")],
     "a feast's run said in a sentence, not the headline, makes its days' timed lines events "
     "(no conference's sessions), as does a house's closure over them; a town's name before a "
     "house number is a street's ('Am Lohberg 7')"),
    ("TOURISMUSVEREIN RITTEN\n\nWOCHENPROGRAMM\n13.07. – 19.07.2026\n\nAnmeldungen für alle "
     "Führungen bis zum Vortag, 17 Uhr.\n\nMONTAG\n09.30 Uhr  Geführte Wanderung zu den "
     "Erdpyramiden\n\nMITTWOCH und FREITAG\n08.30 Uhr  E-Bike-Tour auf dem Rittner Horn\n\n"
     "SONNTAG\nab 11.00 Uhr  Waldfest der Freiwilligen Feuerwehr Signat\n",
     [("Geführte Wanderung zu den Erdpyramiden", "2026-07-13T09:30", "Ritten"),
      ("E-Bike-Tour", "2026-07-15T08:30", "Ritten"),
      ("E-Bike-Tour", "2026-07-17T08:30", "Ritten"),
      ("Waldfest der Freiwilligen Feuerwehr Signat", "2026-07-19T11:00", "Ritten")],
     "a week's programme: its days' headings name weekdays alone, under the week's run of "
     "days (which is no event of its own)"),
    ("Neu im Herbstsemester 2026\n\nHier finden Sie eine Auswahl neuer Kurse.\n\n"
     "Spanisch A1 für Anfänger\n\nKursnummer 26H10204\n\nTermine\n\n8 x dienstags, ab Di., "
     "08.09.2026, 18:00–19:30 Uhr\n\nOrt\n\nVHS-Haus, Hauptstraße 7, 34117 Kassel\n\n"
     "Pilates am Morgen\n\nKursnummer 26H30522\n\nTermine\n\njeweils donnerstags, 8:30–9:45 "
     "Uhr, 10 Termine ab 10.09.2026\n\nOrt\n\nVHS-Haus, Hauptstraße 7, 34117 Kassel\n\n"
     "Excel am Wochenende\n\nKursnummer 26H40110\n\nTermine\n\nSa., 12.09.2026 und So., "
     "13.09.2026, jeweils 9:00–16:00 Uhr\n\nOrt\n\nVHS-Haus, Hauptstraße 7, 34117 Kassel\n\n"
     "Vortrag: Gärten im Klimawandel\n\nKursnummer 26H20706\n\nTermin\n\nMi., 16.09.2026, "
     "19:00 Uhr\n\nOrt\n\nVHS-Haus, Hauptstraße 7, 34117 Kassel\n",
     [("Spanisch A1 für Anfänger", "2026-09-08T18:00", "Kassel"),
      ("Pilates am Morgen", "2026-09-10T08:30", "Kassel"),
      ("Excel am Wochenende", "2026-09-12T09:00", "Kassel"),
      ("Vortrag: Gärten im Klimawandel", "2026-09-16T19:00", "Kassel")],
     "a web page's courses: 'Termine' alone over a course's weekly hours and first day, "
     "under its title and its number ('Kursnummer 26H10204')"),
    ("Altstadtfest Bad Hersfeld 2026\n\nFreitag, 7. bis Sonntag, 9. August 2026\n\nDas "
     "Altstadtfest findet auf dem Linggplatz in Bad Hersfeld statt.\n\nFreitag, 7. August\n\n"
     "Zeit | Bühne | Programm\n\n18:00 | Marktbühne | Offizielle Eröffnung mit Fassanstich\n\n"
     "19:30–21:00 | Marktbühne | The Kellerkinder – Bluegrass und Folk\n\n"
     "Samstag, 8. August\n\nZeit | Bühne | Programm\n\n22:30 | Werra | Großes Höhenfeuerwerk"
     " (bei Trockenheit entfällt das Feuerwerk)\n\n"
     "Sonntag, 9. August\n\nZeit | Bühne | Programm\n\n17:00–19:00 | Marktbühne | Brass "
     "Kollektiv Kassel – Abschlusskonzert\n",
     [("Altstadtfest Bad Hersfeld 2026", "2026-08-07", "Bad Hersfeld"),
      ("Offizielle Eröffnung mit Fassanstich", "2026-08-07T18:00", "Bad Hersfeld"),
      ("The Kellerkinder – Bluegrass und Folk", "2026-08-07T19:30", "Bad Hersfeld"),
      ("Großes Höhenfeuerwerk", "2026-08-08T22:30", "Bad Hersfeld"),
      ("Brass Kollektiv Kassel – Abschlusskonzert", "2026-08-09T17:00", "Bad Hersfeld")],
     "a festival's days, each over a table of times, stages and items under its header row; "
     "a band's town is no place; a firework called off in dry weather only is not"),
    ("KAMMERORCHESTER BERN\nKonzertvorschau Oktober\n\nBern, 21. September 2026\n\n"
     "Liebes Publikum\n\nNachfolgend finden "
     "Sie unsere Konzerte.\n" + "_" * 60 + "\n\n«AUFBRUCH»\nMittwoch, 14. Oktober 2026, "
     "19.30 Uhr\nDonnerstag, 15. Oktober 2026, 19.30 Uhr\nCasino Bern, Grosser Saal\n\n"
     "Werke von Haydn und Mozart.\n" + "_" * 60 + "\n",
     [("Aufbruch", "2026-10-14T19:30", "Bern"), ("Aufbruch", "2026-10-15T19:30", "Bern")],
     "a work's title in «» under a rule, over the lines of its days: each day the work's"),
    ("Stadtmuseum\n\nVeranstaltungen 2026\n\nInternationaler Museumstag\n\n"
     "Sonntag, 17. Mai 2026 · 10–17 Uhr freier Eintritt in alle Räume, stündlich Führungen\n\n"
     "Lange Nacht der Museen\n\nSamstag, 5. September 2026, 18 bis 24 Uhr\n",
     [("Internationaler Museumstag", "2026-05-17T10:00", None),
      ("Lange Nacht der Museen", "2026-09-05T18:00", None)],
     "headings each over a date line of its own: the line's fee is no title, the heading "
     "below is the next entry's"),
    ("Stadtmuseum Lienz\n\nVeranstaltungen im Frühjahr\n\nEröffnung: Donnerstag, 19. März "
     "2026, 18.30 Uhr, mit Museumsdirektorin Dr. Eva Gruber. Freier Eintritt, Anmeldung "
     "erbeten unter event@museum-lienz.example.\n",
     [("Eröffnung", "2026-03-19T18:30", "Lienz")],
     "an event's label and date before an e-mail address make no contact block"),
    ("Kino im Schlosshof\n\nSpecials im April\n\nLiebe Kinofreunde, im April haben wir "
     "einiges vor.\n\nStummfilm mit Orgel: METROPOLIS\n\n"
     "Fritz Langs Klassiker von 1927, live begleitet von Anna Berg an der Orgel.\n"
     "Freitag, 17.04.2026 · 20 Uhr · Eintritt 12 €, Vorverkauf empfohlen.\n\n"
     "Kino im Schlosshof · Schlossplatz 1 · 74523 Schwäbisch Hall\n",
     [("Stummfilm mit Orgel: METROPOLIS", "2026-04-17T20:00", "Schwäbisch Hall")],
     "a date's data line closing its paragraph, under the heading over it; its note on "
     "tickets ('Eintritt 12 €, Vorverkauf empfohlen') is neither title nor presale date"),
    ("Stadtverwaltung Bautzen\nAmtliche Mitteilungen Nr. 12/2026\n\nInhalt\n"
     "  1. Sitzungen des Stadtrats\n  2. Informationsabend Kita-Neubau\n  3. Stadtfest\n\n"
     f"{_RULE}\n1. Sitzungen des Stadtrats\n{_RULE}\nDer Stadtrat tritt zu seinen nächsten "
     "öffentlichen\nSitzungen zusammen am\n\n  - Mittwoch, 10. Juni 2026, 18.00 Uhr\n"
     "  - Mittwoch, 8. Juli 2026, 18.00 Uhr\n\njeweils im Ratssaal.\n\n"
     f"{_RULE}\n2. Informationsabend Kita-Neubau\n{_RULE}\nDas Bauamt stellt die Pläne vor und "
     "beantwortet Fragen\nder Eltern:\n\n  Dienstag, 16.06.2026, 18:30 Uhr bis ca. 20:00 Uhr\n"
     "  Aula der Oberschule, Schulstraße 4, 02625 Bautzen\n\n"
     f"{_RULE}\n3. Stadtfest\n{_RULE}\nVom 26. bis 28. Juni 2026 feiert Bautzen sein Stadtfest.\n",
     [("Sitzungen des Stadtrats", "2026-06-10T18:00", "Bautzen"),
      ("Sitzungen des Stadtrats", "2026-07-08T18:00", "Bautzen"),
      ("Informationsabend Kita-Neubau", "2026-06-16T18:30", "Bautzen"),
      ("Stadtfest", "2026-06-26", "Bautzen")],
     "numbered sections boxed by rules: bare date lines under a paragraph that leads into "
     "them take the section's title, without its number"),
    ("Netzwerk Holz Thüringen\n\nDas Netzwerk lädt Betriebe zum Austausch ein.\n\n"
     "Die Termine 2026 im Überblick:\n\n1. Holzstammtisch\n"
     "   Mittwoch, 18.03.2026, 17.00–20.00 Uhr\n   Erfurt, Kulturbahnhof, Zum Güterbahnhof 20"
     "\n\n2. Holzstammtisch\n   Mittwoch, 13.05.2026, 17.00–20.00 Uhr\n"
     "   Jena, Technologiepark, Hans-Knöll-Straße 6\n",
     [("1. Holzstammtisch", "2026-03-18T17:00", "Erfurt"),
      ("2. Holzstammtisch", "2026-05-13T17:00", "Jena")],
     "editions numbered in a list keep their number"),
    ("KREISBAUERNVERBAND SOEST\nMitteilungen – Februar 2027\n\n====================\n"
     "VERANSTALTUNGEN 2027\n====================\n\nSchlepperführerschein kompakt\n"
     "------------------------------\nWir bieten zwei gleiche Termine an, jeweils von 8 bis "
     "12 Uhr in der Geschäftsstelle:\n\n   Termin 1:  Montag, 08.02.2027\n"
     "   Termin 2:  Montag, 15.02.2027\n\nGebühr 40 Euro.\n",
     [("Schlepperführerschein kompakt", "2027-02-08T08:00", "Soest"),
      ("Schlepperführerschein kompakt", "2027-02-15T08:00", "Soest")],
     "numbered 'Termin 1:' lines under a heading underlined by a rule, in a section boxed "
     "by rules"),
    ("Kulturtage Oststadt, 14.–22. September 2018: Neun Tage Kunst\n\nMusik und Theater.",
     [("Kulturtage Oststadt", "2018-09-14", None)], "a heading names the event before its date"),
    ("Interkulturelle Wochen 2015 (11.-25.09.2015): Freiburg feiert\n\nMehr als 60 Angebote.",
     [("Interkulturelle Wochen 2015", "2015-09-11", "Freiburg")],
     "adjective + Wochen in a heading names the event (and the town it says celebrates)"),
    ("Seminar: Zoll kompakt\n\nTermin: Mittwoch, 14.03.2018, von 9:30 bis 17:15 Uhr\n"
     "Ort: IHK-Bildungszentrum, Rheinstraße 14, 56068 Koblenz\n",
     [("Seminar: Zoll kompakt", "2018-03-14T09:30", "Koblenz")],
     "a 'Termin:' line dates the headline's event, 'Ort:' places it"),
    ("Sprechstunden im März\n\nDie Termine:\n\n"
     "Di., 12.03.2019, 14 bis 16 Uhr: Digitale Sprechstunde\n"
     "Sa., 30.03.2019, 10:30 Uhr: Bilderbuchkino „Ottilie“ (ab 4 Jahren)\n",
     [("Digitale Sprechstunde", "2019-03-12T14:00", None),
      ("Bilderbuchkino „Ottilie“", "2019-03-30T10:30", None)],
     "programme lines: date, time, colon, title"),
    ("Sommerklang im Schlossgarten\n\nDas Programm:\n\n"
     "Freitag, 26. Juli 2024, 18 Uhr: Eröffnung mit der Stadtkapelle, 20.30 Uhr: Konzert „Brass“\n"
     "Samstag, 27. Juli 2024, ab 11 Uhr: Familienprogramm, 21 Uhr: Hauptkonzert „Die Freunde“\n",
     [("Eröffnung mit der Stadtkapelle", "2024-07-26T18:00", None),
      ("Familienprogramm", "2024-07-27T11:00", None)],
     "a programme line of several items: its first item is the one its time is for"),
    ("Ringvorlesung „Wasser im Wandel“ startet\n\n"
     + "Die öffentliche Reihe fragt nach dem Wasser. " * 12
     + "Alle Vorträge beginnen jeweils um 18.30 Uhr.\n\n"
     "Dienstag, 5. November 2019\n„Dürresommer – und nun?“\nProf. Dr. Katrin Lehner\n",
     [("Ringvorlesung „Wasser im Wandel“: Dürresommer – und nun?", "2019-11-05T18:30", None)],
     "a date line with its quoted title below; a series prefixes its name; 'jeweils' time"),
    ("Anmeldungen zum Neujahrsempfang werden bis 17. Januar 2020 erbeten.", [],
     "'bis' before a lone date: a deadline"),
    ("Das Stadtmuseum zeigt ab Freitag, 4. März 2022, die Ausstellung „Licht“.",
     [("Ausstellung „Licht“", "2022-03-04", None)], "'ab' before an event's date: its start"),
    ("Das Bürgerbüro hat ab 1. April 2019 geänderte Öffnungszeiten.", [],
     "'ab' without an event: a validity"),
    ("Jahreshauptversammlung wird verschoben\n\nDie ursprünglich für Freitag, 20. März 2020, "
     "angesetzte Jahreshauptversammlung findet nicht statt. Die Versammlung wird verschoben auf "
     "den 3. Mai 2020 (Sonntag).",
     [("Jahreshauptversammlung", "2020-03-20", None),
      ("Jahreshauptversammlung", "2020-05-03", None)],
     "the superseded date is the old day (called off); the vague noun takes the headline's "
     "name"),
    ("Dschungelbuch-Premiere in Nürnberg (2005-03-02)\n\nViele kennen das Dschungelbuch.",
     [], "a headline's closing date in brackets dates a news item, which announces nothing"),
    ("Ferien im Museum\n\nKassel. Vom 28. Dezember 2016 bis 3. Januar 2017 lädt das Museum zum "
     "Ferienprogramm „Eiszeit“ ein.",
     [("Ferienprogramm „Eiszeit“", "2016-12-28", "Kassel")], "the dateline's city"),
    ("Mannheim, 03.02.2018 – Die Kammer bietet am 27. Februar 2018 ein Webinar „Zoll“ an.",
     [("Webinar „Zoll“", "2018-02-27", None)], "an online event takes no city from the dateline"),
    ("Blutspende auf dem Parkplatz: Mobil in Neumünster\n\nAm Mittwoch, 17.07.2019, steht das "
     "Mobil von 15:00 bis 19:30 Uhr auf dem Parkplatz an der Jahnstraße 90.",
     [("Blutspende", "2019-07-17T15:00", "Neumünster")],
     "the lead sentence with a time dates the headline's event; the venue leaves the title"),
    ("Stadtfest 2017\n\nDas Stadtfest findet vom 30. Juni bis 2. Juli 2017 statt.\n\n"
     "Verkehrshinweise: Die Hauptstraße ist von Freitag, 30. Juni 2017, 12 Uhr, bis Montag, "
     "3. Juli 2017, 6 Uhr, gesperrt.",
     [("Stadtfest 2017", "2017-06-30", None)], "a road closure later in the text is no event"),
    ("Bote\n\nWetzlar. Der Verein lädt am 19. März 2019 zum Vortrag „Goethe“ ein.\n\n"
     "Gießen. Die Schule veranstaltet am 23. März 2019 einen Flohmarkt.",
     [("Vortrag „Goethe“", "2019-03-19", "Wetzlar"), ("Flohmarkt", "2019-03-23", "Gießen")],
     "each paragraph of a digest has its own dateline city"),
    ("Volksempfänger wird 75 (2008-08-18)\n\nAuf der Funkausstellung am 18. August 1933 "
     "wurde er vorgestellt. Am 30. August 2008 lädt das Museum zu einer Lesung ein.",
     [("Lesung", "2008-08-30", None)],
     "a date long before the document's own date is recalled history, not an event"),
    ("Kader steht\n\n(APA, red, 25.8.2015) Kader für die Qualifikationsspiele gegen Schweden.",
     [], "an agency byline in brackets dates the item; it is no event"),
    ("Einladung zum 5. Innovationsforum Mittelstand\n\nDie IHK lädt am 13. Februar 2020 in "
     "Karlsruhe zum Forum ein.",
     [("5. Innovationsforum Mittelstand", "2020-02-13", "Karlsruhe")],
     "'Einladung zum' announces the event; it is not part of its name"),
    ("Fachkräftetag 2023: Unternehmen treffen Talente\n\nAm 14. Juni 2023 findet in Würzburg "
     "der Fachkräftetag statt.",
     [("Fachkräftetag 2023", "2023-06-14", "Würzburg")],
     "a -tag compound names the event; the verb 'treffen' is no noun"),
    ("Lange Nacht der Museen\n\nAm Samstag, 16. März 2024, laden 80 Museen zur Langen Nacht "
     "ein. Von 19 Uhr bis 2 Uhr nachts sind alle Häuser offen.",
     [("Lange Nacht der Museen", "2024-03-16T19:00", None)],
     "'19 Uhr bis 2 Uhr' in the next sentence: start time, the end the next morning"),
    ("Vorträge im Herbst\n\nDie Volkshochschule setzt ihre Reihe fort:\n\n"
     "- Mittwoch, 11. Oktober 2023, 19:30 Uhr: „Gletscher auf dem Rückzug“, Prof. Anna Keller\n"
     "- Mittwoch, 25. Oktober 2023, 19:30 Uhr: „Starkregen in der Stadt“, Dr. Jonas Weber\n",
     [("„Gletscher auf dem Rückzug“", "2023-10-11T19:30", None),
      ("„Starkregen in der Stadt“", "2023-10-25T19:30", None)],
     "bulleted programme lines; a quoted title without the speaker after it"),
    ("VHS Ladenburg\nProgrammauszug Herbst 2025\n\nVORTRAG\n„Lopodunum – Ladenburg als "
     "römischer Hauptort“\nDr. Renate Ludwig, Archäologin\nDi, 14.10., 19.30 Uhr\n"
     "Lobdengau-Museum\n\nFÜHRUNG\nAltstadtrundgang „Vom Marktplatz zur Stadtmauer“\n"
     "mit Stadtführerin Gisela Hornung\nSa, 25.10., 14 Uhr\n\nWORKSHOP\nBrot backen wie "
     "früher – Sauerteig und Holzofen\nmit Bäckermeister Klaus Eder\n"
     "Samstag, 15.11.2025, 10 bis 16 Uhr\n",
     [("Vortrag „Lopodunum – Ladenburg als römischer Hauptort“", "2025-10-14T19:30",
       "Ladenburg"),
      ("Altstadtrundgang „Vom Marktplatz zur Stadtmauer“", "2025-10-25T14:00", None),
      ("Workshop Brot backen wie früher – Sauerteig und Holzofen", "2025-11-15T10:00",
       None)],
     "a programme's blocks: the title over the speaker's line, with the block's category "
     "when it names no event; the year from the programme's season"),
    ("Ringvorlesung „Wer hat's gesagt?“\n\nTermine\n\nMi., 4.3.2026, 19 Uhr\n"
     "Prof. Dr. Jana Riedel (Hochschule): „Echt jetzt? Deepfakes "
     "erkennen“\n\nMi., 15.4.2026, 19 Uhr\nPodiumsdiskussion: „Wem glauben wir morgen?“ mit "
     "Studierenden\n",
     [("Ringvorlesung „Wer hat's gesagt?“: „Echt jetzt? Deepfakes erkennen“",
       "2026-03-04T19:00", None),
      ("Podiumsdiskussion: „Wem glauben wir morgen?“", "2026-04-15T19:00", None)],
     "a date line over the speaker's line with the quoted title"),
    ("Workshop „Fördermittel“ am 20.03.\n\nDas Innovationszentrum Magdeburg bietet am Mittwoch, "
     "20. März 2024, einen Workshop an. Beginn ist um 9:30 Uhr, Ende gegen 13 Uhr. Anmeldung "
     "bis 15. März unter info@izm-magdeburg.de.",
     [("Workshop „Fördermittel“", "2024-03-20T09:30", "Magdeburg")],
     "times stand by the text's report, not the headline's; a dated closing paragraph with an "
     "address is text, not a contact block"),
    ("Sommerkonzert abgesagt\n\nDas für den 2. Juli 2021 geplante Sommerkonzert des "
     "Musikvereins Lindau im Stadtgarten muss abgesagt werden.",
     [("Sommerkonzert des Musikvereins Lindau", "2021-07-02", "Lindau")],
     "a city right after a genitive belongs to the name and places the event"),
    ("Digitalgipfel\n\nBerlin, 4. Oktober 2022 – Die Ministerin eröffnet am 24. Oktober 2022 den "
     "Digitalgipfel im Estrel Congress Center. Unter dem Motto „Daten nutzen“ diskutieren bis "
     "zum 25. Oktober rund 1.000 Gäste.",
     [("Digitalgipfel", "2022-10-24", "Berlin")],
     "'bis zum …' in the next sentence of the paragraph ends the event that began"),
    ("Pressemitteilung vom 10.01.2024\n\nStadtwerke laden zum Energiestammtisch\n\n"
     "Wieder laden die Stadtwerke Fulda zum Energiestammtisch ein. Termin ist der 31. Januar, "
     "17:30 Uhr, im Kundenzentrum am Heertorplatz.",
     [("Energiestammtisch", "2024-01-31T17:30", "Fulda")],
     "'Termin ist der …' dates the event the sentence before names; an institution's city"),
    ("Radrennen „Rund um den Turm“\n\nFrankfurt am Main – Das Radrennen findet am 1. Mai 2025 "
     "zum 62. Mal statt. Organisiert wird das Rennen von der Gesellschaft zur Förderung des "
     "Radsports mbH.",
     [("Radrennen „Rund um den Turm“", "2025-05-01", "Frankfurt am Main")],
     "a dateline with a dash and a city of several words"),
    ("Erfolgreicher Tag der Logistik in Bremen\n\nBremen, 22. April 2024. Rund 400 Gäste "
     "besuchten am Donnerstag, 18. April, den Tag der Logistik im Güterverkehrszentrum Bremen.\n\n"
     "Der nächste Tag der Logistik findet am 10. April 2025 statt.",
     [("Tag der Logistik", "2024-04-18", "Bremen"), ("Tag der Logistik", "2025-04-10", "Bremen")],
     "'Tag der …' names an event; a report's praise is no part of the name"),
    ("Hinweise der Woche\n\nMontag, 3. Juni 2024: Seniorennachmittag im Bürgerhaus Mitte, 15 Uhr\n"
     "Mittwoch, 5. Juni 2024: Repair-Café in der Stadtbücherei, 16 bis 19 Uhr\n",
     [("Seniorennachmittag im Bürgerhaus Mitte", "2024-06-03T15:00", None),
      ("Repair-Café in der Stadtbücherei", "2024-06-05T16:00", None)],
     "programme lines without their trailing time; 'Mitte' in a name is no city"),
    ("Stellenausschreibung\n\nDie Gemeinde sucht zum 1. Juli 2024 eine Erzieherin. "
     "Bewerbungsschluss ist der 31.05.2024. Vorstellungsgespräche finden am 12. Juni 2024 statt.",
     [("Vorstellungsgespräche", "2024-06-12", None)],
     "a deadline right before an event's sentence stays a deadline"),
    ("Geänderte Öffnungszeiten\n\nDas Bürgerbüro ist am Karfreitag, 29. März 2024, geschlossen. "
     "Ab dem 1. März 2024 gilt ein neuer Tarif. Das Gesetz tritt am 1. Januar 2025 in Kraft.",
     [], "closing days, validity and laws coming into force are no events"),
    ("Die Ausstellung „Licht“ wird am 5. Mai 2023 eröffnet. Anmeldungen für Führungen sind bis "
     "zum 30. April möglich.",
     [("Ausstellung „Licht“", "2023-05-05", None)],
     "a 'bis' about signing up is a deadline, not the event's end"),
    ("Die diesjährige Leipziger Buchmesse (15.-18.03.2018) hat einen neuen Rekord erzielt.",
     [("Leipziger Buchmesse", "2018-03-15", "Leipzig")],
     "a city adjective in the title names the city"),
    ("Der nächste Landesparteitag soll am 16. Jänner 2016 im Linzer Design Center stattfinden.",
     [("Landesparteitag", "2016-01-16", "Linz")], "a city adjective opening the venue"),
    ("Gerstetten, 14. März 2025 – Der Musikverein lädt am Samstag, 5. April 2025, zum "
     "Frühjahrskonzert in die Festhalle ein.",
     [("Frühjahrskonzert", "2025-04-05", "Gerstetten")], "a small town's dateline"),
    ("Das Sommerfest findet am 12. Juli 2025 in Bad Schandau statt.",
     [("Sommerfest", "2025-07-12", "Bad Schandau")], "a small town's name of two words"),
    ("Die Kulturtage Oststadt beginnen am 14. September 2018 im Kulturzentrum.",
     [("Kulturtage Oststadt", "2018-09-14", None)], "a city's part is no city"),
    ("Die weiteren Regionalkonferenzen finden am 14. April 2026 in Schramberg, am 5. Mai 2026 "
     "in Walldürn und am 9. Juni 2026 in Langenau statt.",
     [("Regionalkonferenzen", "2026-04-14", "Schramberg"),
      ("Regionalkonferenzen", "2026-05-05", "Walldürn"),
      ("Regionalkonferenzen", "2026-06-09", "Langenau")],
     "as many dates as cities in a sentence: each its own"),
    ("TERMINE\n\nDie Stadtbücherei Schorndorf bleibt geschlossen.\n\nWinterbach\nSo, 9.3.2025, "
     "11 Uhr: Matinee der Musikschule\n\nKorb\nFr, 14.3.2025, 20 Uhr: "
     "Kabarettabend\n",
     [("Matinee der Musikschule", "2025-03-09T11:00", "Winterbach"),
      ("Kabarettabend", "2025-03-14T20:00", None)],
     "a column's town headings place their items; one the gazetteer lacks places its item "
     "nowhere, not in a town the column names elsewhere"),
    ("Ringvorlesung\n\nBasel, 16. Februar 2026. Die Vorlesungen finden im Kollegienhaus statt. "
     "Beginn jeweils 18.15 Uhr."
     "\n\nProgramm\n\n17.3.2026\nProf. Dr. Claudia Wetterwald (Basel): Der Rhein als Grenze. "
     "Eine Flussgeschichte.\n\n31.3.2026\nJonas Heierli (Bern): Grenzgänger. Arbeitsmärkte.\n",
     [("Ringvorlesung: Der Rhein als Grenze", "2026-03-17T18:15", "Basel"),
      ("Ringvorlesung: Grenzgänger", "2026-03-31T18:15", "Basel")],
     "a talk's title after its speaker, to the first full stop; 'Beginn jeweils 18.15 Uhr'"),
    ("Gottesdienste an Weihnachten\n\nStand: 1. Dezember 2025\n\nUnsere Gottesdienste\n\n"
     "Heiligabend, 24. Dezember, 16 Uhr\n\nFamiliengottesdienst mit Krippenspiel in der "
     "Stadtkirche. Die Kinder spielen die Weihnachtsgeschichte.\n\n"
     "Weihnachtstag, Donnerstag, 25. Dezember, 10 Uhr\n\nFestgottesdienst mit Abendmahl in der "
     "Kirche Kurzdorf. Es singt das Vokalensemble.\n",
     [("Familiengottesdienst mit Krippenspiel", "2025-12-24T16:00", None),
      ("Festgottesdienst mit Abendmahl", "2025-12-25T10:00", None)],
     "a feast's date line over the paragraph whose first words name the event"),
    ("Überlingen, 25. Februar 2026 – Die Konzerte im Überblick:\n\n"
     "Samstag, 27.6., 11 Uhr – Matinee\nSpiegelsaal im Neuen Schloss Meersburg\nJunge "
     "Preisträger stellen sich vor.\n\nMittwoch, 1. Juli, 19.30 Uhr – Nachtmusik\n"
     "Konzilgebäude Konstanz\nBläserserenaden von Mozart.\n",
     [("Matinee", "2026-06-27T11:00", "Meersburg"), ("Nachtmusik", "2026-07-01T19:30", "Konstanz")],
     "the venue line under a programme line that names its event too"),
    ("Landesparteitag in Neumünster\n\nWo: Holstenhallen, 24537 Neumünster\n\n"
     "Regionalkonferenz Nord: Freitag, 2. Oktober 2026, 18:30 Uhr, Deutsches Haus, Flensburg\n"
     "Regionalkonferenz Süd: Fr., 9.10.2026, 18:30 Uhr, Media Docks, Lübeck\n",
     [("Regionalkonferenz Nord", "2026-10-02T18:30", "Flensburg"),
      ("Regionalkonferenz Süd", "2026-10-09T18:30", "Lübeck")],
     "the place the rest of a date's line gives, after its time"),
    ("Es wird kundgemacht, dass am Donnerstag, 22. Jänner 2026, um 19.30 Uhr im Gemeindeamt "
     "eine öffentliche Sitzung der Gemeindevertretung stattfindet.",
     [("Sitzung der Gemeindevertretung", "2026-01-22T19:30", None)],
     "an Austrian council's 'Gemeindevertretung'"),
    ("Spielplan\n\nAlle Spiele im Sportpark Badria, Hauptplatz, Wasserburg am Inn\n\n"
     "Datum | Anstoß | Begegnung\nSo 16.3.2025 | 15:00 | TSV Wasserburg – SV Vogtareuth\n"
     "Sa 29.3.2025 | 15:00 | TSV Wasserburg – TSV Babensham\n",
     [("TSV Wasserburg – SV Vogtareuth", "2025-03-16T15:00", "Wasserburg am Inn"),
      ("TSV Wasserburg – TSV Babensham", "2025-03-29T15:00", "Wasserburg am Inn")],
     "a town the text names in full is the one its shortened name means"),
    ("Die Ausbildungsmesse findet vom Freitag, 17. Oktober, bis Samstag, 18. Oktober 2025 in "
     "der Mehrzweckhalle statt.\n\nÖffnungszeiten\nFreitag, 17.10.2025: 14.00 – 18.00 Uhr\n"
     "Samstag, 18.10.2025: 10.00 – 15.00 Uhr\n",
     [("Ausbildungsmesse", "2025-10-17T14:00", None)],
     "a run of days opens at its first day's hours (and closes at its last day's)"),
    ("Die Literaturtage, die ursprünglich vom 23. Februar bis 1. März 2026 stattfinden sollten, "
     "werden verschoben. Neuer Termin ist vom 20. bis 28. April 2026.",
     [("Literaturtage", "2026-02-23", None), ("Literaturtage", "2026-04-20", None)],
     "'ursprünglich vom …': the old days, moved to the new ones"),
    ("Das Festival lädt am 26. Juni 2026 zum Eröffnungskonzert. Für alle Konzerte des Festivals "
     "gilt: Der Vorverkauf beginnt am 2. März 2026.",
     [("Eröffnungskonzert", "2026-06-26", None)], "the day ticket sales begin is no event's"),
    ("Unternehmerfrühstück Rheingau: Fachkräfte sichern\n\nMittwoch, 12.11.2025, 8.00 bis 10.00 "
     "Uhr\nKurfürstliche Burg, Rittersaal, 65343 Eltville am Rhein\n\nDer Wettbewerb um "
     "Mitarbeiter hat die Betriebe erreicht.",
     [("Unternehmerfrühstück Rheingau", "2025-11-12T08:00", "Eltville am Rhein")],
     "a date line alone right under the headline dates the headline's event"),
    ("Gottesdienste an Ostern\n\nTag | Datum | Uhrzeit | Gottesdienst | Kirche\n"
     "Gründonnerstag | 2.4.2026 | 19.00 | Messe vom Letzten Abendmahl | St. Martin\n"
     "Karfreitag | 3.4.2026 | 15.00 | Feier vom Leiden und Sterben Christi | St. Jodok\n",
     [("Messe vom Letzten Abendmahl", "2026-04-02T19:00", None),
      ("Feier vom Leiden und Sterben Christi", "2026-04-03T15:00", None)],
     "a text table: the time in the cell after the date, the title in the next"),
    ("Spielplan 2025\n\nDatum | Anstoß | Begegnung\n"
     "So 16.3.2025 | 15:00 | TSV Wasserburg – SV Vogtareuth\n"
     "Sa 29.3.2025 | 15:00 | TSV Wasserburg – TSV Babensham\n",
     [("TSV Wasserburg – SV Vogtareuth", "2025-03-16T15:00", "Wasserburg"),
      ("TSV Wasserburg – TSV Babensham", "2025-03-29T15:00", "Wasserburg")],
     "a table of fixtures"),
    ("Landesbühnen Sachsen\n\nDer zerbrochne Krug\nPremiere: Sa 27.9.2025 | 19:30 | Stammhaus "
     "Radebeul\nGastspiel: Do 16.10.2025 | 19:30 | Stadthalle stern, Riesa\n",
     [("Premiere", "2025-09-27T19:30", "Radebeul"), ("Gastspiel", "2025-10-16T19:30", "Riesa")],
     "a table row labelled by its event noun; its other cells are the venue"),
    ("Pfarrbrief\n\nDas Pfarrfest feiern wir am Sonntag, 12. Juli 2026, im Pfarrgarten.\n\n"
     "Regelmäßige Termine\nRosenkranzgebet: jeweils dienstags um 18 Uhr in St. Jodok\n",
     [("Pfarrfest", "2026-07-12", None)],
     "a time said for every Tuesday is no time of a Sunday's event"),
    ("Die erste Regionalkonferenz fand am 16. März 2026 im Stadtforum Bad Saulgau statt.",
     [("Regionalkonferenz", "2026-03-16", "Bad Saulgau")],
     "a city's name of two words in a venue's name"),
    ("Die EM-Endrunde läuft in der Schweiz. Sie beginnt am 7. Juni 2008 und endet am 29. Juni "
     "2008.", [("EM-Endrunde", "2008-06-07", None)],
     "a pronoun opening the sentence refers to the event the sentence before names"),
    ("Der Parteitag wählte Schmid zum Kandidaten für die Landtagswahl am 27.03.2011.", [],
     "an election's date is not the day of the event the sentence names"),
    ("Die Parteien sind im Vorfeld der am 10. Mai 2015 stattfindenden Wahl zu einer Talkrunde "
     "eingeladen.", [], "'der am … stattfindenden Wahl': the election's date"),
    ("Das berichtete die „Automobilwoche“ in ihrer Onlineausgabe vom 7. April 2007.", [],
     "the date of a magazine's issue"),
    ("Nach einer Meldung des Staatsfernsehens vom 11. Februar 2008 dauerten die Diskussionen "
     "tagelang.", [], "the date of a news message"),
    ("vhs Esslingen – Newsletter August 2026\n\nLiebe Kursteilnehmer,\n\ndas neue "
     "Herbstprogramm ist da!\n\nInfoabend Sprachen\nSie wissen nicht, welches "
     "Niveau für Sie das richtige ist? Am Mittwoch, 9. September 2026, um 18 Uhr beraten unsere "
     "Dozentinnen im vhs-Haus.\n",
     [("Infoabend Sprachen", "2026-09-09T18:00", None)],
     "the heading over a block names the event its later sentence dates"),
    ("Öffentliche Sitzung des Gemeinderats am Dienstag, 18. November 2025, um 19 Uhr\n\n"
     "Tagesordnung\n\n1. Fragestunde für Einwohner\n2. Bebauungsplan „Am Kirchberg“ – "
     "Aufstellungsbeschluss vom 14.10.2025, hier: Billigung des Entwurfs\n",
     [("Öffentliche Sitzung des Gemeinderats", "2025-11-18T19:00", None)],
     "… not a list's first item over the next"),
    ("Gemeindeblatt Lahnau\nAusgabe 12/2026 – Donnerstag, 19. März 2026\n\nSeniorennachmittag "
     "in Dorlar\nAm Mittwoch, 1. April, ab 14.30 Uhr lädt der Seniorenkreis ins "
     "Dorfgemeinschaftshaus ein.\n\nOsterfeuer der Freiwilligen Feuerwehr Waldgirmes\nAm "
     "Karsamstag, 4. April, entzündet die Feuerwehr ab 19 Uhr das traditionelle Osterfeuer.\n",
     [("Seniorennachmittag in Dorlar", "2026-04-01T14:30", None),
      ("Osterfeuer der Freiwilligen Feuerwehr Waldgirmes", "2026-04-04T19:00", None)],
     "a genitive's name runs on to the end of its line"),
    ("Gemeindeblatt Lahnau\nAusgabe 12/2026 – Donnerstag, 19. März 2026\n\nAm Karsamstag, "
     "4. April, entzündet die Feuerwehr ab 19 Uhr das traditionelle Osterfeuer.\n",
     [("Osterfeuer", "2026-04-04T19:00", None)],
     "an issue's number, a dash and its date date the issue; a feast's bonfire"),
    ("Öffentliche Sitzung der Gemeindevertretung\nDie nächste öffentliche Sitzung der "
     "Gemeindevertretung findet statt am Donnerstag, 26. März 2026, um 19:00 Uhr im Bürgerhaus."
     "\nTagesordnung:\n1. Mitteilungen\n2. Haushaltssatzung 2026\nLahnau, 16. März 2026 – Der "
     "Vorsitzende der Gemeindevertretung\n",
     [("Öffentliche Sitzung der Gemeindevertretung", "2026-03-26T19:00", None)],
     "'findet statt am' is no 'statt am' (instead of); a notice's place, date and signer are "
     "no event"),
    ("Das Seminar „Steuern für Vereine“ am 5. Mai 2026 ist ausgebucht, die Anmeldung ist "
     "geschlossen.", [("Seminar „Steuern für Vereine“", "2026-05-05", None)],
     "a closed list is no closed house: the seminar stays"),
    ("Einladung zur Mitgliederversammlung\n\nDie Mitgliederversammlung findet am 12. März 2026 "
     "um 19 Uhr im Vereinsheim statt.\n\nFreiburg im Breisgau, 20. Februar 2026 – Der Vorstand\n",
     [("Mitgliederversammlung", "2026-03-12T19:00", "Freiburg im Breisgau")],
     "a notice's place of several words, its date and signer are no event"),
    ("Die Aufzeichnung der Talkshow wird am 16. Dezember 2010 von SAT.1 ausgestrahlt.", [],
     "a broadcast's day"),
    ("Im Schreiben vom 3. März 2026 lädt der Bürgermeister zur Bürgerversammlung ein.", [],
     "the date of a letter, not of the meeting it invites to"),
    ("★ HOFFLOHMARKT IN DER NORDSTADT ★\n\nAm 12. September 2026 von 8 bis 14 Uhr öffnen "
     "Familien in der Nordstadt ihre Höfe.\n",
     [("Hofflohmarkt in der Nordstadt", "2026-09-12T08:00", None)],
     "the symbols set around a headline are no part of its title"),
    ("Berlin, 20. September 2010\n\nAm Samstag, 18. September 2010, demonstrierten Zehntausende "
     "bei einer Großdemonstration gegen Atomkraft im Regierungsviertel.",
     [("Großdemonstration gegen Atomkraft", "2010-09-18", "Berlin")],
     "a protest's 'gegen …' names it"),
    ("Am Samstag, 4. Juli 2026, gibt es ab 14 Uhr ein Kinderfest mit Spielen, ab 19 Uhr folgt "
     "der Dorfabend im Festzelt.",
     [("Kinderfest", "2026-07-04T14:00", None), ("Dorfabend", "2026-07-04T19:00", None)],
     "a later clause of the sentence names another event of the day at its hour"),
    ("Höhepunkt ist am Sonntag, 5. Juli 2026, um 13.30 Uhr der historische Festumzug, bei dem "
     "40 Gruppen die Geschichte des Dorfes von der Gründung bis heute darstellen.",
     [("Festumzug", "2026-07-05T13:30", None)],
     "a cue of a day that is no event's ('Gründung') in a relative clause describing the "
     "event after its date"),
    ("Der Ball der Stadt Freistadt im Salzhof findet am Freitag, 23. Jänner 2026, statt.",
     [("Ball der Stadt Freistadt", "2026-01-23", "Freistadt")],
     "a town's ball by its host ('Ball' alone is a game's)"),
    ("Die Geschäftsstelle der Handwerkskammer ist am Fronleichnamstag, 4. Juni 2026, "
     "geschlossen.", [], "a house closed on a holiday holds no event"),
    ("Die Ausstellung „Flussläufe“ ist vom 1. bis 30. Mai 2026 täglich von 10 bis 18 Uhr "
     "geöffnet, montags geschlossen.", [("Ausstellung „Flussläufe“", "2026-05-01T10:00", None)],
     "… but an exhibition open on its days, closed on one weekday, is one"),
    ("Der Parteitag am 5. Mai 2020 wählt den Vorstand.", [("Parteitag", "2020-05-05", None)],
     "'wählt' is a verb, not an election"),
    ("Die Jahreshauptversammlung mit Vorstandswahl am 12. März 2020 ist im Vereinsheim.",
     [("Jahreshauptversammlung", "2020-03-12", None)],
     "a club's election is its assembly's: the date stays the assembly's"),
    ("Die Jahreshauptversammlung mit Neuwahlen am 12. März 2020 ist im Vereinsheim.",
     [("Jahreshauptversammlung", "2020-03-12", None)], "the same with 'Neuwahlen'"),
    ("Das Gedicht wurde am 31. März 2016 in der TV-Show Neo Magazin Royale präsentiert.",
     [("TV-Show Neo Magazin Royale", "2016-03-31", None)],
     "a name of several words after the event noun"),
    ("Das Treffen der Indus Water Commission in Lahore ist am 27. August 2014 vertagt worden.",
     [("Treffen der Indus Water Commission", "2014-08-27", "Lahore")],
     "a genitive name of several words"),
    ("Am 27. Dezember 2005 beginnt die Hackerkonferenz des Chaos Computer Club e.V. (CCC).",
     [("Hackerkonferenz des Chaos Computer Club e.V.", "2005-12-27", None)],
     "a genitive name with its legal form"),
    ("Die Wiener Festwochen gastieren vom 5. bis 7. Juni 2019 in Graz.",
     [("Wiener Festwochen", "2019-06-05", "Graz")], "a city the text names beats the adjective"),
    ("Sportwochenende in Ulm\n\nDas Handballspiel des TSV Ulm gegen den FC Bayern beginnt am "
     "3. Februar 2024 um 18 Uhr in Ulm; tags darauf, am 4. Februar 2024, startet um 10.30 Uhr in "
     "Augsburg der Winterlauf.",
     [("Handballspiel", "2024-02-03T18:00", "Ulm"), ("Winterlauf", "2024-02-04T10:30", "Augsburg")],
     "dated main clauses joined by ';' each tell of their own event and place"),
    ("Der TSV Ulm trifft am 3. Februar 2024 um 18 Uhr in der Sporthalle Nord auf den FC Bayern; "
     "tags darauf, am 4. Februar 2024, startet um 10.30 Uhr in Augsburg der Winterlauf.",
     [("Winterlauf", "2024-02-04T10:30", "Augsburg")],
     "the event noun of one dated main clause does not name the other's event"),
    ("Gartenbauverein feiert 100 Jahre mit Gartenfest\n\nBamberg, 2. Mai 2024 – Der Verein "
     "feiert sein Jubiläum mit einem großen Gartenfest. Gefeiert wird am Samstag/Sonntag, "
     "8./9. Juni, auf dem Vereinsgelände.",
     [("Gartenfest", "2024-06-08", "Bamberg")],
     "a verb opening the sentence ('Gefeiert wird am …') dates the event the headline "
     "mentions and the paragraph names"),
    ("Konditorenball am 27. Jänner\n\nWien, 8. Jänner 2024 – Der Konditorenball findet am "
     "Samstag, 27. Jänner 2024, in der Hofburg statt.\n\nDie Tanzschule Kainz bietet am 13. und "
     "20. Jänner jeweils um 18 Uhr einen Crashkurs an.",
     [("Konditorenball", "2024-01-27", "Wien"), ("Crashkurs", "2024-01-13T18:00", "Wien"),
      ("Crashkurs", "2024-01-20T18:00", "Wien")],
     "'jeweils um 18 Uhr' after dates is their time, not every event's"),
    ("Ringvorlesung „Klima und Konflikt“\n\nBamberg, 2. Oktober 2023 – Die Vorträge finden "
     "jeweils dienstags um 18:15 Uhr in der Aula der Universität Bamberg statt.\n\n"
     "24.10.2023: Prof. Dr. Anna Keller (Universität Würzburg): „Wasser als Ressource“\n",
     [("Ringvorlesung „Klima und Konflikt“: „Wasser als Ressource“", "2023-10-24T18:15",
       "Bamberg")],
     "'jeweils dienstags um' after a dateline times the programme; a speaker's affiliation "
     "in parentheses places nothing, and the speaker before the talk titles nothing"),
    ("Kirchengemeinde St. Johannis Bad Bevensen\n\nUNSERE TERMINE\n\nMo, 20. Juli 2026 bis "
     "Fr, 24. Juli 2026\nKinderbibelwoche „Mit Jona auf großer Fahrt“\nfür Kinder im "
     "Gemeindehaus.\n\nSo, 2. August 2026 · 19.00 Uhr\nTaizé-Andacht mit Liedern und Stille, "
     "Klosterkirche Medingen, Klosterweg 1, Bad Bevensen\n",
     [("Kinderbibelwoche „Mit Jona auf großer Fahrt“", "2026-07-20", "Bad Bevensen"),
      ("Taizé-Andacht mit Liedern und Stille", "2026-08-02T19:00", "Bad Bevensen")],
     "a town only in a quoted title is its subject (Jonah), not its place: the parish's town "
     "after its patron is ('Kirchengemeinde St. Johannis Bad Bevensen'); a venue and its "
     "address after a title's comma are no part of the title"),
    ("Fortbildungsprogramm Herbst 2017\n\n--- Termine ---\n\nMi, 13.9.17, 19:30 Uhr\n"
     "ROSTOCK, Hotel am Warnowufer, Am Warnowufer 1\nArzneimitteltherapiesicherheit\n\n"
     "Mi, 8.11.17, 19:30 Uhr\nGREIFSWALD, Hörsaal der Pharmazie, "
     "Friedrich-Ludwig-Jahn-Straße 17\nNeue orale Antikoagulanzien in der Beratung\n",
     [("Arzneimitteltherapiesicherheit", "2017-09-13T19:30", "Rostock"),
      ("Neue orale Antikoagulanzien in der Beratung", "2017-11-08T19:30", "Greifswald")],
     "an address line under the date, opening with its town in capitals, is no title"),
    ("Kreisvolkshochschule Ahrweiler\nNeu im Programm – Frühjahrssemester 2026\n\nSPRACHEN\n\n"
     "Italienisch für Anfänger (A1)\nKurs-Nr. 26F-4101\nAb Dienstag, 3. März 2026, 10 Termine, "
     "jeweils dienstags 18.00–19.30 Uhr\nOrt: VHS-Haus, Wilhelmstraße 24–30, Bad Neuenahr-"
     "Ahrweiler\n\nGESUNDHEIT\n\nYoga am Morgen\nKurs-Nr. 26F-3210\nDonnerstags, 9.00–10.30 "
     "Uhr, ab 5. März 2026 (8 Termine)\nOrt: Turnhalle der Grundschule, Mühlenbachstraße 12, "
     "Sinzig\n\nBERUF UND EDV\n\nExcel kompakt: Tabellen, Formeln, Diagramme\nKurs-Nr. "
     "26F-5502\nSamstag, 14. März 2026, 9.00–16.00 Uhr\nOrt: Berufsbildende Schule, Goethestraße "
     "33, Remagen\n\nKOCHEN\n\nEifeler Küche neu entdeckt\nKurs-Nr. 26F-6120\nZwei Abende: "
     "Freitag, 20. März, und Freitag, 27. März 2026, jeweils 18.00–21.00 Uhr\nOrt: Lehrküche der "
     "Realschule, Am Wäldchen 3, Adenau\n",
     [("Italienisch für Anfänger (A1)", "2026-03-03T18:00", "Bad Neuenahr-Ahrweiler"),
      ("Yoga am Morgen", "2026-03-05T09:00", "Sinzig"),
      ("Excel kompakt: Tabellen, Formeln, Diagramme", "2026-03-14T09:00", "Remagen"),
      ("Eifeler Küche neu entdeckt", "2026-03-20T18:00", "Adenau"),
      ("Eifeler Küche neu entdeckt", "2026-03-27T18:00", "Adenau")],
     "a catalogue's entries: 'Ab …, 10 Termine, jeweils dienstags …', 'Donnerstags, … Uhr, ab "
     "…' (a start, no deadline), a title with a colon over its 'Kurs-Nr.', 'Zwei Abende: …'"),
    ("In Erinnerung an die Flutkatastrophe vom 14./15. Juli 2021 zieht der Vortrag am "
     "11. März 2026 in Bonn Bilanz.\n",
     [("Vortrag", "2026-03-11", "Bonn")],
     "the day of a disaster is no event's"),
    ("Konzertverein Solothurn\n\nSolothurn, 2. März 2026\n\nDie Programme im Überblick\n\n"
     "Fr. 13.3., 19.30 Uhr, Konzertsaal Solothurn\nSinfoniekonzert: Kammerorchester Basel, "
     "Leitung Marta Ricci\nLudwig van Beethoven: Sinfonie Nr. 7 A-Dur\n\nSa. 4.4., 19.30 Uhr, "
     "Zwinglikirche Grenchen\nOsterkonzert: Solothurner Kammerchor\nJohann Sebastian Bach: "
     "Kantaten zur Osterzeit\nAnschliessend Apéro\n",
     [("Sinfoniekonzert: Kammerorchester Basel, Leitung Marta Ricci", "2026-03-13T19:30",
       "Solothurn"),
      ("Osterkonzert: Solothurner Kammerchor", "2026-04-04T19:30", "Grenchen")],
     "a date line giving its place only: the line under it names the item"),
    ("Kleines Theater am Wall\nSpielzeit 2025/26\n\n„DER ZERBROCHNE KRUG“\n\nTERMINE\n\n"
     "Premiere: Samstag, 11.04., 19.30 Uhr, Großes Haus\nWeitere Vorstellungen:\n"
     "Freitag, 17.04., 19.30 Uhr\nSonntag, 03.05., 18.00 Uhr\n\nGastspiel: Donnerstag, "
     "23.04., 19.30 Uhr, Kulturscheune, Museumstraße 34, Salzgitter\n",
     [("Premiere", "2026-04-11T19:30", None),
      ("„Der Zerbrochne Krug“", "2026-04-17T19:30", None),
      ("„Der Zerbrochne Krug“", "2026-05-03T18:00", None),
      ("Gastspiel", "2026-04-23T19:30", "Salzgitter")],
     "'Weitere Vorstellungen:' over date lines: the text's event; the block after the "
     "list's last date line titles none of them"),
    ("Kita Sonnenschein Gescher\n\nUnsere nächsten Termine:\n\n*** KINDERKLEIDERBASAR ***\n"
     "am 14. März 2026 von 9 bis 12 Uhr im Pfarrheim, Kirchplatz 6, Gescher\n",
     [("Kinderkleiderbasar", "2026-03-14T09:00", "Gescher")],
     "the marks a heading stands between are no part of its title"),
    ("Am 14. März 2026 findet im Pfarrheim der Kinderkleiderbasar in Gescher statt.",
     [("Kinderkleiderbasar", "2026-03-14", "Gescher")],
     "an event noun after the venue's article is the sentence's subject, not the venue's "
     "name"),
    ("Stadtbibliothek Pirna\nVeranstaltungen im ersten Halbjahr 2026\n\nPirna, 8. Januar 2026"
     "\n\nDie Stadtbibliothek startet mit einem Programm ins neue Jahr.\n\nLESUNG: „DIE "
     "FÄHRFRAU VON POSTELWITZ“\n\nDie Dresdner Autorin Katrin Seidemann liest aus ihrem "
     "Roman.\nDonnerstag, 22. Januar 2026, 19 Uhr\nEintritt: 8 Euro.\n",
     [("Lesung: „Die Fährfrau von Postelwitz“", "2026-01-22T19:00", "Pirna")],
     "a bare date line closing its section's paragraph: the section's heading, in capitals "
     "with its event noun before a colon"),
    ("TERMINE DER WOCHE vom 9. bis 15. Februar 2026\n\nMITTWOCH, 11. FEBRUAR\n\nHillesheim: "
     "Vortrag „Wie die Eifel entstand“, 19 Uhr, Bürgerhaus.\n\nDONNERSTAG, 12. FEBRUAR "
     "(WEIBERDONNERSTAG)\n\nPrüm: Sturm der Möhnen auf das Rathaus, 11.11 Uhr, Hahnplatz."
     "\n\nFREITAG, 13. FEBRUAR\n\nUlmen: Der angekündigte Lichtbildervortrag „Mit dem Fahrrad "
     "durch Island“ im Bürgerhaus fällt aus.\n",
     [("Vortrag „Wie die Eifel entstand“", "2026-02-11T19:00", "Hillesheim"),
      ("Sturm der Möhnen auf das Rathaus", "2026-02-12T11:11", "Prüm"),
      ("Lichtbildervortrag „Mit dem Fahrrad durch Island“", "2026-02-13", None)],
     "a calendar column's days: one with a note in parentheses; a village the gazetteer "
     "lacks before an item that names its event, and the article and adjective before it"),
    ("Um Betriebe vor Ort zu erreichen, veranstaltet das Ministerium drei "
     "Informationsveranstaltungen:\n\n- Donnerstag, 16. April 2026, 10:00 bis 12:30 Uhr, "
     "Oldenburg, Handwerkskammer Oldenburg, Theaterwall 32\n- Dienstag, 21. April 2026, 14:00 "
     "bis 16:30 Uhr, Osnabrück, Berufsbildungszentrum der Handwerkskammer, Bramscher Straße "
     "134\n",
     [("Informationsveranstaltungen", "2026-04-16T10:00", "Oldenburg"),
      ("Informationsveranstaltungen", "2026-04-21T14:00", "Osnabrück")],
     "a list's line whose rest opens with its town, then its venue and street, is its place"),
    ("IHK Schwaben\nVeranstaltungen Februar 2026\n\nAlle Seminare sind kostenfrei.\n\n"
     "-----------------------------------------\nDi, 03.02.2026 | 09:00–12:00 Uhr\n"
     "Zoll-Grundlagen für Einsteiger\nOrt: IHK Schwaben, Stettenstraße 1, 86150 Augsburg\n"
     "Referent: Markus Pfaffenzeller\n-----------------------------------------\n"
     "Do, 12.02.2026 | 14:00–17:00 Uhr\nExportkontrolle kompakt: Dual-Use und Sanktionslisten\n"
     "Ort: IHK-Regionalgeschäftsstelle, Bahnhofstraße 55, 87435 Kempten\n"
     "-----------------------------------------\n",
     [("Seminar: Zoll-Grundlagen für Einsteiger", "2026-02-03T09:00", "Augsburg"),
      ("Seminar: Exportkontrolle kompakt: Dual-Use und Sanktionslisten", "2026-02-12T14:00",
       "Kempten")],
     "a title with a colon after two words that no label of facts opens with ('Ort:', "
     "'Referent:', 'Eintritt frei:')"),
    ("THEATER LÜNEBURG\nSpielplan Oktober 2026\n\nAn den Reeperbahn 3 · 21335 Lüneburg\n\n"
     "FREITAG, 2. OKTOBER\n19:30 Uhr · Großes Haus\nDIE ZAUBERFLÖTE – Premiere\nOper von "
     "Wolfgang Amadeus Mozart\n\nDONNERSTAG, 15. OKTOBER\n19:30 Uhr · Großes Haus\n"
     "2. SINFONIEKONZERT: „Nordlichter“\nWerke von Sibelius\n",
     [("Die Zauberflöte – Premiere", "2026-10-02T19:30", "Lüneburg"),
      ("2. Sinfoniekonzert: „Nordlichter“", "2026-10-15T19:30", "Lüneburg")],
     "a day's line of its time and stage after a middle dot, the title under it; the head in "
     "capitals before a dash or colon read in the text's case"),
    ("Netzwerk Optik Jena\n\nTermine\n\nDonnerstag, 9. Juli 2026\n\nab 17:30 Uhr · Sommerfest des "
     "Netzwerks\nTerrasse am Zeiss-Planetarium, Am Planetarium 5, Jena\nFür Mitglieder.\n\n"
     "Mittwoch, 11. November 2026\n\n19:00 Uhr | Vorabendempfang im Restaurant „Löwenbräu“, "
     "Gernsbacher Straße 9, Baden-Baden\n",
     [("Sommerfest des Netzwerks", "2026-07-09T17:30", "Jena"),
      ("Vorabendempfang im Restaurant „Löwenbräu“", "2026-11-11T19:00", "Baden-Baden")],
     "a day's items opening with their time, after a middle dot or a table's bar; an "
     "item's address on the line under it"),
    ("KOMMUNALES KINO\nLindenstraße 12 · Schwäbisch Hall\n\nPROGRAMM 14. – 20. MAI 2026\n\n"
     "---------------------------\n"
     "DO 14.5.   20:00   PERFECT DAYS\n                   Japan/D 2023, 124 Min., OmU\n"
     "---------------------------\nMI 20.5.   20:00   FILMKLASSIKER: DER DRITTE MANN\n"
     "                   GB 1949, 104 Min.\n---------------------------\n",
     [("Perfect Days", "2026-05-14T20:00", "Schwäbisch Hall"),
      ("Filmklassiker: Der Dritte Mann", "2026-05-20T20:00", "Schwäbisch Hall")],
     "a film programme's lines under weekdays' short names in capitals; a word after a "
     "colon opens a title again; the town after the letterhead's street"),
    ("SCHLOSSKONZERTE ETTLINGEN\nSaison 2025/26\n\nSeit drei Jahrzehnten gehören die "
     "Schlosskonzerte zum Ettlinger Kulturleben.\n\nDie Konzerte im Überblick\n\n▸ Sonntag, "
     "19. Oktober, 17 Uhr\nSchumann Quartett\nHaydn, Bartók, Schubert\n\n▸ Sonntag, 25. Januar, "
     "17 Uhr\nKlaviertrio Würzburg\nBeethoven: „Geistertrio“\n\nVeranstaltungsort: Schloss "
     "Ettlingen, Asamsaal, Schlossplatz 3, 76275 Ettlingen.\n",
     [("Konzert: Schumann Quartett", "2025-10-19T17:00", "Ettlingen"),
      ("Konzert: Klaviertrio Würzburg", "2026-01-25T17:00", "Ettlingen")],
     "entries after a '▸' under a heading of many concerts, each named by the line under its "
     "date; an ensemble's town is not where it plays"),
    ("GEMEINDEBRIEF St. Marien Uelzen\nDezember 2025 / Januar 2026\n\nGOTTESDIENSTE\n\n"
     "Mi 24.12.   15:00   Krippenspiel mit den Kindern der Kita\n            17:00   "
     "Christvesper mit dem Kantatenchor\n                    und dem Posaunenchor\n"
     "Do 25.12.   10:00   Festgottesdienst mit Abendmahl\n",
     [("Krippenspiel mit den Kindern der Kita", "2025-12-24T15:00", None),
      ("Christvesper mit dem Kantatenchor", "2025-12-24T17:00", None),
      ("Festgottesdienst mit Abendmahl", "2025-12-25T10:00", None)],
     "a day's second item on the indented line under it, opening with its time in the "
     "column of times; an indented line with no time goes on with the item above"),
    ("Newsletter 04/2025\n\nLiebe Mitglieder, die Verpackungsverordnung beschäftigt viele von "
     "Ihnen.\n\nVeranstaltungen\n\nWebinar: PPWR – was kommt auf Hersteller zu?\n\n"
     "Rechtsanwältin Dr. Sabine Krug gibt einen Überblick.\n\nDatum: | 21.05.2025\n\nZeit: | "
     "10:00–11:00 Uhr\n\nOrt: | online (MS Teams)\n\nFirmenbesuch: Präzision in Serie\n\n"
     "Besichtigung der Fertigung.\n\nDatum: | Donnerstag, 5. Juni 2025\n\nZeit: | 14:00 Uhr\n\n"
     "Ort: | Pforzheim (genaue Adresse nach Anmeldung)\n",
     [("Webinar: PPWR – was kommt auf Hersteller zu?", "2025-05-21T10:00", None),
      ("Firmenbesuch: Präzision in Serie", "2025-06-05T14:00", "Pforzheim")],
     "a web page's table of labels and values, joined by a bar: 'Datum: | …', 'Ort: | …'"),
    ("Landratsamt Landsberg am Lech\n\nPressemitteilung vom 22.09.2025\n\nDas Landratsamt lädt "
     "zu drei öffentlichen Dialogabenden ein.\n\nNach einer Einführung stellen Fachleute die "
     "Ergebnisse vor.\n\nTermine und Veranstaltungsorte:\n\nDatum                     Beginn  "
     "    Ort\n---------------------------------------------------------------------\n"
     "Mi., 8. Oktober 2025      19:00 Uhr   Kaufering, Bürgersaal im Rathaus,\n"
     "                                      Dr.-Gerbl-Straße 1\n"
     "Do., 16. Oktober 2025     19:00 Uhr   Fuchstal, Gemeindehalle Leeder,\n"
     "                                      Schulstraße 2\n",
     [("Dialogabend", "2025-10-08T19:00", "Kaufering"),
      ("Dialogabend", "2025-10-16T19:00", "Landsberg am Lech")],
     "a table of dates and places alone: the event the text names before its label, one "
     "each; a place the gazetteer lacks opening a row's cell borrows no other row's town "
     "(the document's stands in: Fuchstal is not in the gazetteer)"),
    ("Abendvorträge im Herbst\n\nDie Vorträge finden jeweils um 19 Uhr im Hörsaal des "
     "Instituts in Büsum statt:\n\n1. 3. September 2026 – Dr. Inken Carstensen: Seehunde im "
     "Wandel\n2. 1. Oktober 2026 – Prof. Dr. Hauke Petersen: Deiche der Zukunft\n",
     [("Vortrag: Seehunde im Wandel", "2026-09-03T19:00", "Büsum"),
      ("Vortrag: Deiche der Zukunft", "2026-10-01T19:00", "Büsum")],
     "a numbered list of dates; 'Die Vorträge finden jeweils' names the kind of each, and "
     "the speaker before the talk titles nothing"),
    ("Leimen, 10. Januar 2025 – Die nächste öffentliche Sitzung des Gemeinderats der Stadt "
     "Leimen findet am Donnerstag, 23. Januar 2025, um 18.30 Uhr im Rathaus statt. Bekannt "
     "gegeben werden die in nichtöffentlicher Sitzung vom 12. Dezember 2024 gefassten Beschlüsse.",
     [("Sitzung des Gemeinderats der Stadt Leimen", "2025-01-23T18:30", "Leimen")],
     "a council's 'Sitzung des Gemeinderats' is an event, a bare 'Sitzung' is none"),
    ("Seminarreihe der Handwerkskammer\n\nReutlingen, 18. März 2024 – Die Seminare finden – "
     "mit einer Ausnahme – in der Bildungsakademie Tübingen, Raichbergstraße 87, statt.\n\n"
     "Termine:\n\nMontag, 15. April 2024, 9 bis 16 Uhr: „Social Media für Betriebe“\n",
     [("Seminarreihe der Handwerkskammer: „Social Media für Betriebe“", "2024-04-15T09:00",
       "Tübingen")],
     "'Die Seminare finden … statt' gives every event of the programme its venue (and the "
     "series its name, as a Ringvorlesung's talks take theirs)"),
    ("Eishockey-WM\n\nWien, 2. April 2005 – Die Spiele finden in Wien in der Stadthalle und in "
     "Innsbruck in der Arena statt.\n\nDie Eröffnungsfeier findet am 30. April 2005 statt.",
     [("Eröffnungsfeier", "2005-04-30", "Wien")],
     "a venue sentence naming two cities gives no event its venue"),
    ("Karlsruhe, 20. November 2023 – Mit einer festlichen Meisterfeier hat die Kammer die "
     "neuen Meister geehrt. Die Veranstaltung fand am Samstag, 18. November 2023, im "
     "Kongresszentrum statt.",
     [("Meisterfeier", "2023-11-18", "Karlsruhe")],
     "'Die Veranstaltung fand …' refers back to the event the sentence before names"),
    ("Wien, 10. Juni 2015 – Die Vollversammlung wird für zwei Bischöfe eine Premiere sein. Die "
     "Versammlung der Bischöfe beginnt am Montag, 15. Juni, um 15 Uhr.",
     [("Versammlung der Bischöfe", "2015-06-15T15:00", "Wien")],
     "a vague noun with its genitive is named enough: no looking back"),
    ("Wels, 2. Jänner 2025 – Wer nach der Ballnacht noch nicht genug hat: Am Sonntag, 19. "
     "Jänner, lädt der Verein ab 10 Uhr zum Katerfrühschoppen in das Lokal „Zur Alten Post“.",
     [("Katerfrühschoppen", "2025-01-19T10:00", "Wels")],
     "a lead-in before a colon names no event of the dates after it; 'Frühschoppen'"),
    ("Kassel. Es lohnt sich ein Besuch im Naturkundemuseum: Vom 28. Dezember 2016 bis 3. "
     "Januar 2017 lädt das Museum zum Ferienprogramm „Eiszeit“ ein.",
     [("Ferienprogramm „Eiszeit“", "2016-12-28", "Kassel")], "a lead-in's venue stays"),
    ("Lahr, 4. September 2023 – Das Jubiläum feiert der Verein am Samstag, 23. September "
     "2023, mit einem Fest auf dem Marktplatz.\n\nAm 17. März 1998 wurde die Tafel gegründet."
     "\n\nDas Fest beginnt um 11 Uhr mit einem Festakt.",
     [("Fest", "2023-09-23T11:00", "Lahr")],
     "the one event's start said in a later paragraph naming it without a date"),
    ("TERMINE\n\nMANNHEIM. Der Verein lädt am Sa., 20.4.2024, zum Flohmarkt auf den Messplatz."
     "\n\nLÜTZELSACHSEN. Der ADFC lädt am So., 21.4.2024, zum Fahrradbasar auf den Schulhof.\n\n"
     "WEINHEIM. Der Titel eines Vortrags von Dr. Kohl am Mo., 22.4.2024, lautet „Burgen“.",
     [("Flohmarkt", "2024-04-20", "Mannheim"), ("Fahrradbasar", "2024-04-21", None),
      ("Vortrag", "2024-04-22", "Weinheim")],
     "a column's datelines in capitals place their paragraphs, an unknown town none; a "
     "genitive title in its base form"),
    ("Volkshochschule Heidelberg\nProgramm Frühjahrssemester 2026\n\nAlle Kurse finden im "
     "VHS-Haus in Heidelberg statt.\n\n" + "-" * 40 + "\nINFORMATION\n" + "-" * 40 + "\nKurs "
     "26F-100\nInfoabend Deutsch- und Integrationskurse\nMontag, 12. Januar 2026, 17 Uhr, Raum "
     "101\nKostenfrei, ohne Anmeldung\n\nKurs 26F-245\nAquarellmalen am Wochenende\nSamstag, "
     "7. Februar 2026, 10–16 Uhr, Atelier im Dachgeschoss\nLeitung: Ute Gerlach\n",
     [("Infoabend Deutsch- und Integrationskurse", "2026-01-12T17:00", "Heidelberg"),
      ("Aquarellmalen am Wochenende", "2026-02-07T10:00", "Heidelberg")],
     "a catalogue entry's fee note under its date line is no title; an artist's studio is "
     "a place, its date line no title of its own"),
    ("Einladung zur ordentlichen Jahreshauptversammlung 2026\n\nTermin: Freitag, 20. März "
     "2026, 19:30 Uhr\nOrt: Vereinsheim am Sportplatz, Bad Hersfeld\n",
     [("Ordentliche Jahreshauptversammlung 2026", "2026-03-20T19:30", "Bad Hersfeld")],
     "an adjective and its noun after 'zur', with the edition's year, in their base form"),
    ("Teilnehmer des Kongresses der Zahnärzte am 5. Mai 2026 in Ulm diskutierten über "
     "Abrechnungen.", [("Kongress der Zahnärzte", "2026-05-05", "Ulm")],
     "a genitive title before a genitive of its own in its base form"),
    ("Blutspendetermin in Heilbronn\n\nDer Ortsverein ruft zur Blutspende auf: am Samstag, "
     "27. April 2024, von 10 bis 17 Uhr in der Stadthalle.\n\nBitte schon vormerken – der "
     "darauf folgende Termin: Montag, 5. August 2024, 15.30–19.30 Uhr.",
     [("Blutspende", "2024-04-27T10:00", "Heilbronn"),
      ("Blutspendetermin in Heilbronn", "2024-08-05T15:30", "Heilbronn")],
     "'Termin:' in running text dates the headline's event"),
    ("Veranstaltungen\n\nZu allen Vorspielabenden sind Eltern herzlich eingeladen.\n\n"
     "Fr, 06.03. · 18 Uhr\n\nVorspielabend der Streicherklassen\nVioline und Viola.\n\n"
     "So, 29.03. · Einlass 16.30 Uhr, Beginn 17 Uhr\n\nFrühjahrskonzert des Orchesters\n"
     "Großer Redoutensaal, Passau\n",
     [("Vorspielabend der Streicherklassen", "--03-06T18:00", None),
      ("Frühjahrskonzert des Orchesters", "--03-29T17:00", "Passau")],
     "date headings with their times after a middle dot, titles in the paragraph below"),
    ("Verband der Energieberater\nBundesgeschäftsstelle · Reinhardtstraße 31 · 10117 Berlin\n\n"
     "Berlin, 24. Februar 2026\n\nDVGE-Kongress 2026 in Dresden\n\nDer Verband lädt am 12. "
     "und 13. Juni 2026 zu seinem Jahreskongress nach Dresden ein.\n\nProgramm im Überblick\n"
     "- Freitag, 12. Juni 2026, ab 19.30 Uhr: Kongressabend mit Verleihung des "
     "DVGE-Innovationspreises im Ballhaus Watzke, Kötzschenbrodaer Straße 1, 01139 "
     "Dresden\n- Samstag, 13. Juni 2026, 8–9.15 Uhr: Mitgliederversammlung\n\n"
     "Rückblick\nMit 1.100 Gästen verzeichnete der DVGE-Kongress vom 26. bis 27. Juni 2025 "
     "im Congress Centrum in Hannover einen Rekord.",
     [("DVGE-Kongress 2026 in Dresden", "2026-06-12", "Dresden"),
      ("Kongressabend mit Verleihung des DVGE-Innovationspreises", "2026-06-12T19:30",
       "Dresden"),
      ("Mitgliederversammlung", "2026-06-13T08:00", "Dresden"),
      ("DVGE-Kongress", "2025-06-26", "Hannover")],
     "a programme line too long to be a name ends it at its first comma, its venue dropped; "
     "the programme takes the headline's city, not the issuer's dateline; a name holding "
     "another year is no name of last year's congress"),
    ("Presseinformation\n\nLand fördert Denkmäler – Tag des offenen Denkmals in Goslar\n\n"
     "Hannover, 19.03.2026. Das Ministerium fördert 73 Projekte.\n\nFachtagung „Klimaschutz“"
     "\n\nThema einer Fachtagung am Mittwoch, 22. April 2026, von 10 bis 16 Uhr im Landesamt.",
     [("Fachtagung „Klimaschutz“", "2026-04-22T10:00", "Hannover")],
     "an event under a heading of its own does not take the headline's city"),
    ("Pressemitteilung Nr. 58 vom 27. März 2026\n\nMinisterium startet Gespräche\n\n"
     "Mit vier öffentlichen Dialogforen möchte die Ministerin die Anliegen aufnehmen.\n\n"
     "Die Termine:\n\n* Donnerstag, 16. April 2026, 18 Uhr\n  Garmisch-Partenkirchen, "
     "Kongresshaus\n\n* Dienstag, 5. Mai 2026, 18 Uhr – VERSCHOBEN\n  Berchtesgaden, "
     "AlpenCongress\n  Das Forum muss verschoben werden.\n\n* Montag, 11. Mai 2026, 18 Uhr\n"
     "  Miesbach, Waitzinger Keller\n",
     [("Dialogforen", "2026-04-16T18:00", "Garmisch-Partenkirchen"),
      ("Dialogforen", "2026-05-05T18:00", "Berchtesgaden"),
      ("Dialogforen", "2026-05-11T18:00", "Miesbach")],
     "bare date lines of a list under 'Die Termine:' date the event the paragraph before "
     "names ('Foren': a plural no ending makes)"),
    ("VEREINSNACHRICHTEN\n\nJAHRESHAUPTVERSAMMLUNG\nHiermit laden wir alle Mitglieder "
     "herzlich zur ordentlichen Jahreshauptversammlung ein:\nFreitag, 20. März 2026, 19.30 Uhr, "
     "Vereinsheim „Zur Kelle“, Grünstadt\n\nEinladung zur Gemeindeversammlung\nDie "
     "Stimmberechtigten werden zur Rechnungsgemeindeversammlung eingeladen auf\n\nMontag, "
     "8. Juni 2026, 20.00 Uhr, in den Gemeindesaal Obstgarten\n",
     [("Jahreshauptversammlung", "2026-03-20T19:30", "Grünstadt"),
      ("Rechnungsgemeindeversammlung", "2026-06-08T20:00", None)],
     "a date line under the sentence that leads in to it with a colon or an open 'auf'"),
    ("VEREINSNACHRICHTEN\n\nSOMMERKONZERT IM PARK DES TSV\nSonntag, 14. Juni 2026, 19 Uhr\n"
     "Der Chor singt im Park der Villa Hügel.",
     [("Sommerkonzert im Park des TSV", "2026-06-14T19:00", None)],
     "a heading in capitals as a title in the case the text writes its words in"),
    ("Sommer am Wilden Kaiser: Dorffeste und Musik\n\nVeranstaltungstipps für Juli 2026\n\n"
     "Ellmau\n\nEllmauer Dorffest, 3.–5. Juli 2026\nDrei Tage Festkultur am Dorfplatz.\n\n"
     "Going am Wilden Kaiser\n\nKaiserlauf – Samstag, 11. Juli 2026\nDer Berglauf führt zur "
     "Hütte.\n\nScheffau am Wilden Kaiser\n\nSeefest am See – 18. und 19. Juli 2026\nLive-"
     "Musik am Bergsee.\n\nDer Kaiser-Bike-Marathon wird auf Samstag, 5. September 2026 "
     "verschoben.\n\nSöll\n\nSöller Sommernachtsfest – Sa, 25.7.2026, ab 19 Uhr\nMit "
     "Feuerwerk.\n",
     [("Ellmauer Dorffest", "2026-07-03", "Ellmau"), ("Kaiserlauf", "2026-07-11", None),
      ("Seefest am See", "2026-07-18", "Scheffau am Wilden Kaiser"),
      ("Kaiser-Bike-Marathon", "2026-09-05", "Scheffau am Wilden Kaiser"),
      ("Söller Sommernachtsfest", "2026-07-25T19:00", "Söll")],
     "town headings over their items' paragraphs, names with 'am', down to the next heading "
     "(one not known places nothing); a headline naming many feasts is no title of one"),
    ("PRESSEMITTEILUNG\n\n1. Sprechtage des Pflegestützpunkts in den Gemeinden\n\nDer "
     "Pflegestützpunkt bietet im März 2026 erstmals Sprechtage vor Ort an.\n\nDie Termine "
     "im Überblick, jeweils von 9 bis 12 Uhr:\n\n- Donnerstag, 5. März 2026: Titisee-Neustadt, "
     "Rathaus\n- Donnerstag, 26. März 2026: Kirchzarten, Rathaus, Raum 2\n\nIm Landratsamt "
     "ist der Stützpunkt montags bis freitags von 8.30 bis 12 Uhr erreichbar.\n\n"
     "2. Bürgersprechstunde\n\nDie Sprechstunde findet am 10. März 2026 von 14 bis 17 Uhr statt.",
     [("Sprechtage des Pflegestützpunkts", "2026-03-05T09:00", "Titisee-Neustadt"),
      ("Sprechtage des Pflegestützpunkts", "2026-03-26T09:00", "Kirchzarten"),
      ("Sprechstunde", "2026-03-10T14:00", None)],
     "list lines naming only their place take the event the paragraph over the list names; "
     "a numbered heading's number is no ordinal; the next paragraph's weekly hours are no "
     "date's time"),
    ("Messe Offenburg · English · Presse\n\nPressemitteilung · 19. Mai 2026\n\nGartenLust "
     "Ortenau 2026: Rund 230 Aussteller zeigen das Grün von morgen\n\nVom 3. bis 5. Juli "
     "verwandelt sich das Messegelände in Offenburg wieder in eine Gartenlandschaft.\n\n"
     "Öffnungszeiten\n\nTag | Datum | Öffnungszeit\n\nFreitag | 3. Juli 2026 | 10–18 Uhr\n\n"
     "Sonntag | 5. Juli 2026 | 10–17 Uhr\n\nFachforum „Regenwasser im Garten“ – Freitag, "
     "3. Juli, 13:00–15:30 Uhr.\n\nGartenparty mit Live-Musik – Samstag, 4. Juli, ab 19 Uhr.",
     [("GartenLust Ortenau 2026", "2026-07-03T10:00", "Offenburg"),
      ("Fachforum „Regenwasser im Garten“", "2026-07-03T13:00", "Offenburg"),
      ("Gartenparty", "2026-07-04T19:00", "Offenburg")],
     "a headline naming an edition and its year; a table's rows of opening hours; a site's "
     "menu is no headline; a title's words are no venue ('im Garten')"),
    ("Programm Frühjahr 2026\n\nKuratorinnenführungen\n\nSo, 22.3., 15 Uhr\n\nDo, 16.4., "
     "18 Uhr – Abendführung mit Umtrunk\n\nLesungen\n\nDienstag, 14. April\nEinlass 19 Uhr, "
     "Beginn 19.30 Uhr\n„Grenzgänge“ – Reportagen aus dem Erzgebirge\nDer Journalist liest.\n\n"
     "Gottesdienste\n\nMittwoch, 25. März\n19:00 Uhr   Bußgottesdienst, St. Jodok\n",
     [("Kuratorinnenführungen", "2026-03-22T15:00", None),
      ("Abendführung mit Umtrunk", "2026-04-16T18:00", None),
      ("„Grenzgänge“ – Reportagen aus dem Erzgebirge", "2026-04-14T19:30", None),
      ("Bußgottesdienst", "2026-03-25T19:00", None)],
     "a bare date line under a list's heading; a line of times between a date and its "
     "title; a line that opens with its time, then names the event and its place"),
    ("Museumshof Lenzkirch\n\nAKTIONSTAGE 2026\n\nDer Museumshof ist vom 1. April bis 31. "
     "Oktober geöffnet, täglich außer montags von 10 bis 17 Uhr.\n\n>>> 3. Mai, 14 Uhr\n"
     "„Vom Korn zum Brot“\nFührung durch Mühle und Backhaus.\n\n>>> 5. Juli, 14.30 Uhr\n"
     "Kräuterführung im Bauerngarten\nMit der Kräuterpädagogin.\n",
     [("Vom Korn zum Brot", "2026-05-03T14:00", "Lenzkirch"),
      ("Kräuterführung", "2026-07-05T14:30", "Lenzkirch")],
     "a venue, the subject, open from one day to another holds no event of the heading's; "
     "'>>>' opens an entry as a bullet does"),
    ("WEINFEST OBERKIRCH 2026\nDer Winzerverein lädt ein!\n\nPROGRAMM\n\n14. August\n"
     "  18.00 Uhr   Fassanstich durch den Bürgermeister\n"
     "  19.30 Uhr   Tanz mit den „Renchtal-Musikanten“\n\n15. August (Mariä Himmelfahrt)\n"
     "  10.00 Uhr   Ökumenischer Festgottesdienst im Festzelt,\n"
     "              mitgestaltet vom Kirchenchor\n"
     "  19.00 Uhr   Abschlusskonzert der Jugendkapelle\n",
     [("Fassanstich durch den Bürgermeister", "2026-08-14T18:00", "Oberkirch"),
      ("Tanz mit den „Renchtal-Musikanten“", "2026-08-14T19:30", "Oberkirch"),
      ("Ökumenischer Festgottesdienst im Festzelt", "2026-08-15T10:00", "Oberkirch"),
      ("Abschlusskonzert der Jugendkapelle", "2026-08-15T19:00", "Oberkirch")],
     "a day's note in parentheses after its date ('(Mariä Himmelfahrt)') names the day only; "
     "a line going on under an item leaves no comma on its title"),
    ("KREISVERWALTUNG\n\nWöchentlicher Pressedienst – Ausgabe 9/2026 vom 23. Februar 2026\n\n"
     "1. Kreistag tagt im Kreishaus\n\nDer Kreistag tritt am Montag, 2. März, um 15 Uhr im "
     "Kreishaus zu seiner nächsten öffentlichen Sitzung zusammen.\n\n2. Kreismusikschule lädt "
     "zum Frühjahrskonzert\n\nSchülerinnen und Schüler präsentieren am Sonntag, 22. März, um "
     "17 Uhr im Rittersaal ihr Können.\n\n3. Ausbildungsbörse „Zukunft im Kreis“\n\nMehr als "
     "60 Betriebe stellen sich am Samstag, 28. März, von 10 bis 15 Uhr in der Schule vor.",
     [("Sitzung", "2026-03-02T15:00", None), ("Frühjahrskonzert", "2026-03-22T17:00", None),
      ("Ausbildungsbörse „Zukunft im Kreis“", "2026-03-28T10:00", None)],
     "an issue's number before 'vom' and its date; a public session; numbered headings over "
     "blank lines name their paragraphs' events, anywhere in the heading when the paragraph "
     "has an event verb; a section's number is no ordinal"),
    ("Weinviertler Rundschau | Region Retz | 14.04.2026, 06:00\n\nRepair Café lockte "
     "Besucher\n\nDas nächste Treffen ist am Samstag, 9. Mai, von 9 bis 12 Uhr im Pfarrheim.",
     [("Treffen", "2026-05-09T09:00", None)],
     "a date among parts the first line sets apart by '|' dates the document"),
    ("Medienmitteilung · 17. Februar 2026\n\nSolaranlagen: Nachtrag in der Vernehmlassung\n\n"
     "Die Bevölkerung ist zu den folgenden Informationsanlässen eingeladen.\n\n"
     "Dienstag, 3. März 2026, 19.30 Uhr\nAula, Lindenstrasse 1, 9500 Wil\n\n"
     "Donnerstag, 5. März 2026, 19.30 Uhr\nKulturzentrum Kreuz, St.Gallerstrasse 22, 8645 Jona"
     "\n\nDienstag, 10. März 2026, 19.30 Uhr\nPfalzkeller, Klosterhof, 9000 St.Gallen\n",
     [("Informationsanlässen", "2026-03-03T19:30", "Wil"),
      ("Informationsanlässen", "2026-03-05T19:30", "Jona"),
      ("Informationsanlässen", "2026-03-10T19:30", "St.Gallen")],
     "bare date lines, each over its address, under a paragraph that announces them; "
     "'-anlass' is a Swiss event; 'St.Gallen' is St. Gallen"),
    ("STADTTHEATER GIESSEN\nSpielplan März 2026\n\n=====\n\nPREMIERE\nDer zerbrochne Krug\n"
     "Lustspiel von Heinrich von Kleist\n\nDorfrichter Adam hat ein Problem.\n\n"
     "Fr 06.03. | 19.30 Uhr | Großes Haus | PREMIERE\nFr 20.03. | 19.30 Uhr | Großes Haus | "
     "ENTFÄLLT\n\n-----\n\nFÜR KINDER AB 5 JAHREN\nDer Räuber Hotzenplotz\n\nSo 15.03. | "
     "11.00 Uhr und 15.00 Uhr | Großes Haus\n\n-----\n\nEXTRAS\n\nTheaterführung „Hinter den "
     "Kulissen“\nSa 14.03. | 11.00 Uhr | Treffpunkt: Theaterkasse\n",
     [("Der zerbrochne Krug", "2026-03-06T19:30", "Giessen"),
      ("Der zerbrochne Krug", "2026-03-20T19:30", "Giessen"),
      ("Der Räuber Hotzenplotz", "2026-03-15T11:00", "Giessen"),
      ("Theaterführung „Hinter den Kulissen“", "2026-03-14T11:00", "Giessen")],
     "a theatre's rows of dates under the play's title, their stage and marks no title; the "
     "town of the theatre its headline in capitals names; a "
     "row's meeting point is its place"),
    ("Neu im Frühjahrssemester 2026\n\nKurs-Nr. | Kurs | Termine | Ort | Entgelt\n\n"
     "261-7310 | Yoga am Morgen | Mi, 14.01.–25.03.2026, 9.00–10.30 Uhr | Bürgerhaus Amorbach "
     "| 98,00 €\n\n261-8220 | Italienisch kochen: Pasta fresca – fällt aus | Fr., 30.01.2026, "
     "18.00–21.30 Uhr | vhs-Haus, Lehrküche | 39,00 €\n",
     [("Yoga am Morgen", "2026-01-14T09:00", None),
      ("Italienisch kochen: Pasta fresca", "2026-01-30T18:00", None)],
     "a table's header names the columns of title and place; a status ending a title is "
     "the event's status, no part of its title"),
    ("Medieninformation\n\n24. Erfurter Altstadtlauf: Rekordbeteiligung erwartet\n\nErfurt, "
     "12. Mai 2026. Wenn am Sonntag, 7. Juni, der Startschuss auf dem Domplatz fällt, werden "
     "so viele Läuferinnen und Läufer wie noch nie durch die Altstadt laufen.",
     [("24. Erfurter Altstadtlauf", "2026-06-07", "Erfurt")],
     "the starting shot dates the headline's race"),
    ("ALPENVEREIN – SEKTION KUFSTEIN\nTourenprogramm 2026\n\nDer DVGE lädt ein.\n\n***\n\n"
     "Sa., 17. Jänner 2026\nSKITOUR AUF DEN SCHATZBERG\nLeichte Skitour.\nTreffpunkt: 8.00 Uhr, "
     "Parkplatz Schatzbergbahn, 6313 Wildschönau-Auffach\n\nFr., 6. Feber 2026, 19.30 Uhr\n"
     "VORTRAG „AM ENDE DER WELT“ DES DVGE\nEin Bericht.\n\nSa., 14. Feber 2026 (VERSCHOBEN – "
     "ursprünglich 31. Jänner)\nSCHNEESCHUHWANDERUNG ZUR ACKERNALM\nGemütliche Runde.\n",
     [("Skitour auf den Schatzberg", "2026-01-17T08:00", "Wildschönau"),
      ("Vortrag „Am Ende der Welt“ des DVGE", "2026-02-06T19:30", None),
      ("Schneeschuhwanderung zur Ackernalm", "2026-02-14", None)],
     "a meeting point's address places a tour; a heading's short words in capitals are "
     "abbreviations only where running text writes them so; a line's date noted as the "
     "new one ('(VERSCHOBEN – ursprünglich …)') is no cancelled date"),
    ("Rundbrief\n\nÖkumenischer Jugendkreuzweg\n\nJugendliche beten den Ökumenischen "
     "Jugendkreuzweg am Freitag, 20. März 2026, um 19 Uhr in der Stadtpfarrkirche in "
     "Biberach.\n\nDer Weg zum Award\n\nTermin | Was passiert?\n\n21. April 2026, 17–18 Uhr | "
     "Online-Infoveranstaltung: Ablauf (Zoom)\n\n12. Juni 2026 | Pitch-Bootcamp in "
     "Heidelberg\n",
     [("Jugendkreuzweg", "2026-03-20T19:00", "Biberach"),
      ("Online-Infoveranstaltung: Ablauf", "2026-04-21T17:00", None),
      ("Pitch-Bootcamp in Heidelberg", "2026-06-12", "Heidelberg")],
     "a church's Way of the Cross; a row after a bar titled as after a dash; an online "
     "event has no town unless its sentence names one"),
    ("Pressemitteilung · 12.02.2026\n\nWasserstoff braucht neue Werkstoffe: IAW lädt ein\n\n"
     "Das Institut in Dresden öffnet in diesem Sommer seine Türen.\n\nSymposium „Materials "
     "for Hydrogen“\n\nVom 3. bis 4. Juni 2026 diskutieren 250 Fachleute im Hörsaalzentrum."
     "\n\nKolloquium als Vorgeschmack\n\nEinen Einblick gibt Prof. Dr. Henrike Laubner (TU "
     "Bergakademie Freiberg) im Institutskolloquium am Dienstag, 14. April 2026, um 16:00 Uhr.",
     [("Symposium „Materials for Hydrogen“", "2026-06-03", "Dresden"),
      ("Institutskolloquium", "2026-04-14T16:00", "Dresden")],
     "a heading under the lead is a section's, not the headline; a colloquium; a speaker's "
     "affiliation in parentheses places nothing"),
    ("Chorgemeinschaft Einbeck\nPresseinformation vom 28. September 2026\n\nHaydns Schöpfung "
     "im Münster\n\nDer Chor bringt das Werk zweimal zur Aufführung.\n\nDie Termine:\n\n"
     "Samstag, 21. November 2026, 19 Uhr\nMünster St. Alexandri, Stiftplatz, 37574 Einbeck\n\n"
     "Sonntag, 22. November 2026, 17 Uhr\nSt.-Sixti-Kirche, Entenmarkt, 37154 Northeim\n\n"
     "Offene Probe\n\nWer mitsingen möchte, ist zur offenen Probe am Dienstag, 13. Oktober, "
     "von 19:30 bis 21:00 Uhr im Gemeindehaus eingeladen.",
     [("Aufführung", "2026-11-21T19:00", "Einbeck"), ("Aufführung", "2026-11-22T17:00",
                                                       "Northeim"),
      ("Offene Probe", "2026-10-13T19:30", None)],
     "an address line under a date is no title, though a street ends in '-markt'; an open "
     "rehearsal, its adjective in the base form"),
    ("Lüneburg erleben – Newsletter März 2026\n\nLiebe Gäste, hier die Termine.\n\n"
     "Lüneburger Frühling mit verkaufsoffenem Sonntag\n\nAm Sonntag, 29. März 2026, öffnen "
     "die Geschäfte der Innenstadt von 13 bis 18 Uhr ihre Türen.",
     [("Lüneburger Frühling mit verkaufsoffenem Sonntag", "2026-03-29T13:00", None)],
     "a Sunday the shops open is an event; a heading naming it, and no verb, is its title"),
    ("Universität Graz\nInstitut für Geographie\n\nKOLLOQUIUM WINTERSEMESTER 2025/26\n\nDie "
     "Vorträge finden jeweils um 16:15 Uhr im Hörsaal 11.02 statt.\n\nDonnerstag, 8. Jänner "
     "2026\nDr. Maria Holzer (BOKU Wien)\nZwischen Skilift und Stausee\n\nDonnerstag, 22. "
     "Jänner 2026\nDr. Stefan Ober (Graz)\nRaumordnung in der Praxis\n",
     [("Vortrag: Zwischen Skilift und Stausee", "2026-01-08T16:15", "Graz"),
      ("Vortrag: Raumordnung in der Praxis", "2026-01-22T16:15", "Graz")],
     "a speaker under a day heading is no calendar column's town: 'Dr. Maria …' is no "
     "'Adendorf. Das Repair-Café …'"),
    ("PFARRBRIEF\nPfarrei St. Johannes Boppard\n\nAusgabe 2/2026 – März/April\n\nLiebe "
     "Gemeinde,\n\ndie Sternsinger haben am 6. Januar 2025 über 3.400 Euro gesammelt. "
     "Herzlichen Dank!\n\nGOTTESDIENSTE IN DER KARWOCHE\n\nGründonnerstag, 2. April\n19.00 Uhr "
     "– Abendmahlsmesse in der Kirche St. Severus\n\nKarfreitag, 3. April\n15.00 Uhr – "
     "Karfreitagsliturgie in der Kirche St. Severus\n\nDer Kirchenchor probt wieder ab dem 13. "
     "Mai 2026.\n",
     [("Abendmahlsmesse in der Kirche St. Severus", "2026-04-02T19:00", "Boppard"),
      ("Karfreitagsliturgie in der Kirche St. Severus", "2026-04-03T15:00", "Boppard")],
     "a feast named for its weekday ('Gründonnerstag', 'Karfreitag') states the weekday: of "
     "the years the text names, the one whose 2 April is a Thursday"),
    ("Volkshochschule Nordhorn\nProgrammheft Frühjahr 2026\n\nAnmeldung im VHS-Haus, "
     "Bernhard-Niehues-Straße 49, 48529 Nordhorn.\n\nSPRACHEN\n\nKurs 26F-4102\nNiederländisch "
     "A1 – für Anfänger\nSie lernen, sich im Alltag zu verständigen.\nMittwochs, 18.30–20.00 "
     "Uhr, ab 4. März 2026, 10 Termine\nLeitung: Anke Jansen\n\nKULTUR\n\nKurs 26F-2240\n"
     "Aquarell am Wochenende\nEin Malwochenende für Anfänger.\nvon Freitag, 20. März 2026, 18 "
     "Uhr, bis Sonntag, 22. März 2026, 14 Uhr\nOrt: Kloster Frenswegen, Klosterstraße 9, 48527 "
     "Nordhorn\n",
     [("Niederländisch A1 – für Anfänger", "2026-03-04T18:30", "Nordhorn"),
      ("Aquarell am Wochenende", "2026-03-20T18:00", "Nordhorn")],
     "a catalogue's course number on its own line over the title ('Kurs 26F-4102'); its "
     "count of meetings after the date (', 10 Termine'); a stretch of time after 'von'"),
    ("KINO IM KULTURBAHNHOF HUSUM\nWochenprogramm vom 14. bis 20. Mai\n\n14.5.   20:15   DIE "
     "WELLENREITERIN\n                Spielfilm, 112 Min.\n\n18.5.   11:00   MATINEE: NOSFERATU "
     "(1922)\n                Stummfilm mit Live-Klavier.\n",
     [("Die Wellenreiterin", "--05-14T20:15", "Husum"), ("Matinee: Nosferatu", "--05-18T11:00",
                                                         "Husum")],
     "a film's year in parentheses on a programme line dates no screening: the year stays "
     "unknown (it had been 1922)"),
    ("PFARRBLATT\nPfarrei Mariä Himmelfahrt\nNr. 6 – Juni 2026\n\nPRIESTERJUBILÄUM\nAm 29. "
     "Juni 2001 wurde unser Kaplan Johannes Ober im Dom zum Priester geweiht. Zu seinem "
     "Silbernen Priesterjubiläum feiern wir am Montag, 29. Juni 2026, um 19 Uhr einen "
     "Dankgottesdienst im Dom.\n",
     [("Dankgottesdienst", "2026-06-29T19:00", None)],
     "a date long before the issue's period ('Nr. 6 – Juni 2026') is history the letter "
     "recalls, though it has no dateline"),
    ("Call for Papers: Jahrestagung 2026\n\nDie Tagung findet vom 23. bis 25. September 2026 in "
     "Passau statt.\n\nWichtige Termine\n\n| Was | Wann |\n|---|---|\n| Einreichungsfrist "
     "Abstracts | 31. März 2026 |\n| Benachrichtigung | 15. Mai 2026 |\n| Doktorandenworkshop | "
     "22. September 2026 |\n",
     [("Jahrestagung 2026", "2026-09-23", "Passau"),
      ("Doktorandenworkshop", "2026-09-22", "Passau")],
     "a table's rows titled by a deadline ('Einreichungsfrist …', 'Benachrichtigung') are no "
     "events"),
    ("Jahrestagung 2026 in Passau\n\nDie Jahrestagung findet vom 23. bis 25. September 2026 an "
     "der Universität Passau statt.\n\nAm Vortag der Tagung, Dienstag, 22. September 2026, von "
     "13 bis 18 Uhr, findet im Nikolakloster ein Workshop für Promovierende statt.\n",
     [("Jahrestagung 2026 in Passau", "2026-09-23", "Passau"),
      ("Workshop", "2026-09-22T13:00", "Passau")],
     "the event a day is told by ('am Vortag der Tagung') is not the day's when the sentence "
     "names another"),
    ("Kieler Ruderclub von 1890 e. V.\nClubnachrichten Nr. 1/2026\n\nLiebe Mitglieder,\n\ndie "
     "Saison beginnt.\n\nANRUDERN\nWir eröffnen die Saison mit dem Anrudern am Sonntag, 12. "
     "April 2026. Treffpunkt ist um 11 Uhr am Bootshaus.\n\nRückblick Grünkohlessen\nAm 24. "
     "Januar 2026 trafen sich 60 Mitglieder zum Grünkohlessen im Clubhaus.\n",
     [("Anrudern", "2026-04-12T11:00", "Kiel"), ("Grünkohlessen", "2026-01-24", "Kiel")],
     "a club's opening of its season ('Anrudern') and its dinner ('Grünkohlessen') are "
     "events; a newsletter's 'Rückblick' is no part of a title; a letterhead's city "
     "adjective before an institution ('Kieler Ruderclub') places them"),
    ("GEMEINDENACHRICHTEN\nMarktgemeinde Thalgau\nAusgabe 1/2026 · Jänner/Feber\n\nLiebe "
     "Thalgauerinnen und Thalgauer!\n\nNEUJAHRSEMPFANG\nDie Marktgemeinde lädt alle Vereine "
     "zum Neujahrsempfang am Freitag, 9. Jänner, um 19 Uhr ins Kulturhaus ein.\n",
     [("Neujahrsempfang", "2026-01-09T19:00", "Thalgau")],
     "an issue's number and year before its months ('Ausgabe 1/2026 · Jänner/Feber') date "
     "its days"),
    ("Webinarreihe „Logistik-Update 2026“\n\nDie Webinare finden über Zoom statt.\n\nTermine\n\n"
     "  10.03.2026, 10:00–11:00 Uhr\n  Lenk- und Ruhezeiten: Aktuelle Rechtsprechung und "
     "Kontrollpraxis\n  Referent: Jens Ahlers\n\n  24.03.2026, 10:00–11:00 Uhr\n  "
     "Fachkräftegewinnung: Berufskraftfahrer aus Drittstaaten\n  Referentin: Natalia Krüger\n\n"
     "  31.03.2026, 10:00–11:00 Uhr\n  Verpflegung: Kaffee und Kuchen im Foyer\n",
     [("Lenk- und Ruhezeiten: Aktuelle Rechtsprechung und Kontrollpraxis", "2026-03-10T10:00",
       None),
      ("Fachkräftegewinnung: Berufskraftfahrer aus Drittstaaten", "2026-03-24T10:00", None)],
     "a title under its date line may hold one word before its colon; a label's does not "
     "title ('Verpflegung: Kaffee und Kuchen')"),
    ("WEBINARREIHE 2026\n\nAlle Webinare finden online statt.\n\nDIE TERMINE\n\nDienstag, 3. "
     "Februar 2026, 10.00–11.00 Uhr\nModul 1: Das Fachkräfteeinwanderungsgesetz im Überblick – "
     "Chancenkarte, Blaue Karte EU und Erfahrungssäule\n\nDienstag, 17. März 2026, 10.00–11.00 "
     "Uhr\nModul 3: Das beschleunigte Fachkräfteverfahren in der Praxis\n",
     [("Webinar: Modul 1: Das Fachkräfteeinwanderungsgesetz im Überblick", "2026-02-03T10:00",
       None),
      ("Webinar: Modul 3: Das beschleunigte Fachkräfteverfahren in der Praxis",
       "2026-03-17T10:00", None)],
     "a title line too long to be one whole, under its date line: its head before the dash "
     "of its subtitle"),
    ("Termine aus der Region\n\nCreußen. Über „Insekten im Garten – was wirklich hilft“ spricht "
     "der Biologe Dr. Matthias Scherer am Mittwoch, 11. März 2026, um 19 Uhr im Pfarrsaal "
     "Creußen. Der Eintritt ist frei.\n",
     [("Vortrag: Insekten im Garten – was wirklich hilft", "2026-03-11T19:00", "Creußen")],
     "a talk whose topic comes first: 'Über „…“ spricht der Biologe …'"),
    ("Philharmonie Südwestfalen – Spielzeit 2026/27\n\nDIE HÖHEPUNKTE\n\n1. Sinfoniekonzert „Aus "
     "der Neuen Welt“\nFreitag, 25. September 2026, 20 Uhr, Apollo-Theater Siegen, Morleystraße "
     "1\nSamstag, 26. September 2026, 19.30 Uhr, Stadthalle Olpe, Franziskanerstraße 6\nZum "
     "Auftakt erklingt Dvořáks Sinfonie Nr. 9.\n\nNeujahrskonzert\nFreitag, 1. Januar 2027, 18 "
     "Uhr, Apollo-Theater Siegen\nWalzer und Polkas.\n",
     [("1. Sinfoniekonzert „Aus der Neuen Welt“", "2026-09-25T20:00", "Siegen"),
      ("1. Sinfoniekonzert „Aus der Neuen Welt“", "2026-09-26T19:30", "Olpe"),
      ("Neujahrskonzert", "2027-01-01T18:00", "Siegen")],
     "a work's title over the lines of its dates, each with its place: every line is a "
     "performance of it"),
    ("Die Theatergruppe der Kolpingsfamilie Peiting präsentiert:\n\n        DER ZERBROCHENE "
     "KRUG\n        Lustspiel in einem Akt von Heinrich von Kleist\n\nDorfrichter Adam hat ein "
     "Problem.\n\nAufführungen im Pfarrheim St. Nikolaus, Peiting:\n\n  7. November 2026     "
     "19.30 Uhr\n  8. November 2026     14.30 Uhr\n\nEinlass jeweils eine Stunde vor Beginn.\n",
     [("Der Zerbrochene Krug", "2026-11-07T19:30", "Peiting"),
      ("Der Zerbrochene Krug", "2026-11-08T14:30", "Peiting")],
     "a label of a play's performances at their place ('Aufführungen im Pfarrheim …, "
     "Peiting:') gives its dates the play its heading names in capitals, over its genre "
     "and author"),
    ("Landbote · Rinteln · 17.06.2026\n\nAltstadtfest lockt 20.000 Besucher\n\nSonne, Musik und "
     "gute Laune: Das 12. Rintelner Altstadtfest hat am vergangenen Wochenende alle "
     "Erwartungen übertroffen. Nach Angaben des Veranstalters kamen am 13. und 14. Juni rund "
     "20.000 Menschen in die Altstadt.\n",
     [("Altstadtfest", "2026-06-13", "Rinteln")],
     "a report's crowd on the days of the event the sentence before names; the masthead's "
     "town between middle dots places it"),
    ("Blaues Land\n\nGabriele Münter und der Staffelsee – Malerei\n\n6. März – 21. Juni 2026\n"
     "Schlossmuseum, Schloßhof 4a, 82418 Murnau am Staffelsee\n\nDie Sonderausstellung zeigt "
     "rund 60 Bilder aus den Jahren 1908 bis 1914. Viele sind erstmals zu sehen.\n",
     [("Sonderausstellung „Blaues Land“", "2026-03-06", "Murnau am Staffelsee")],
     "a museum page's run alone on a line of its head, before any sentence, is the run of "
     "the exhibition its text names ('Die Sonderausstellung zeigt …'), titled by its first "
     "line"),
    ("Stadtschreiber und Sturmflut\n\nHusum im 17. Jahrhundert\n\nLaufzeit\n\n8. März bis 14. "
     "Juni 2026\n\nOrt\n\nSchloss vor Husum, König-Friedrich-V.-Allee, 25813 Husum\n\nEintritt"
     "\n\n5 Euro, ermäßigt 3 Euro\n\nDie Ausstellung erzählt vom Leben in der Stadt nach der "
     "großen Flut.\n",
     [("Ausstellung „Stadtschreiber und Sturmflut“", "2026-03-08", "Husum")],
     "a 'Laufzeit' label in a block of its own over the run (a page's definition list)"),
    ("Amtsblatt der Stadt Zwiesel\n\nBlutspende\nDas Bayerische Rote Kreuz bittet um Blutspenden "
     "am Montag, 16. März 2026, von 15.30 bis 20.00 Uhr im Pfarrheim Zwiesel. Bitte "
     "Personalausweis mitbringen.\n",
     [("Blutspende", "2026-03-16T15:30", "Zwiesel")],
     "a word ending like an end's cue is none: 'Blutspenden am' is no 'enden am'"),
    ("Bürgerinitiative Isarwinkel\nRundbrief Nr. 9\n\n▶ MAHNWACHE\nTermin: Samstag, 25.4.26, "
     "11–13 Uhr\nOrt: vor dem Rathaus, Marktstraße, Bad Tölz\n\n▶ STERNFAHRT\nAm Sonntag, 10. "
     "Mai 2026, rollen wir gemeinsam: Start ist um 14 Uhr am Isarkai.\n",
     [("Mahnwache", "2026-04-25T11:00", "Bad Tölz"), ("Sternfahrt", "2026-05-10T14:00", None)],
     "a heading's bullet is no part of its title"),
    ("Bad Vöslau, 2. März 2026 – Noch vor dem 31. März soll eine weitere Kundgebung "
     "stattfinden. Bis zum 4. April sind am Hauptplatz Kundgebungen untersagt. Die nächste "
     "Kundgebung ist am 11. April.\n",
     [("Kundgebung", "2026-04-11", "Bad Vöslau")],
     "a day before which or up to which something happens ('vor dem', 'Bis zum' opening a "
     "sentence) is no event's day"),
    ("Husumer Nachrichten · Lokales · Montag, 9. März 2026\n\nKrokusse pünktlich\n\nHusum "
     "(hn) – Im Schlosspark hat die Blüte eingesetzt, genau rechtzeitig für die traditionellen "
     "Krokus-Führungen.\n\nDiese bietet die Tourist-Information an den Sonntagen 15. und 22. "
     "März an, jeweils um 14 Uhr ab dem Schlosstor.\n\nGut besucht war die Aktion „Sauberes "
     "Husum“ am vergangenen Sonnabend, 7. März.\n",
     [("Krokus-Führungen", "2026-03-15T14:00", "Husum"),
      ("Krokus-Führungen", "2026-03-22T14:00", "Husum"),
      ("Aktion „Sauberes Husum“", "2026-03-07", "Husum")],
     "a demonstrative opening a paragraph stands for the event the paragraph above ends "
     "with; an 'Aktion' by its quoted name is an event"),
    ("Bürgerinitiative Isarwinkel\nRundbrief\n\nDer Stadtrat berät am Dienstag, 28. April "
     "2026, in öffentlicher Sitzung ab 18 Uhr im großen Sitzungssaal in Bad Tölz.\n",
     [("Sitzung", "2026-04-28T18:00", "Bad Tölz")],
     "a council's sitting 'in öffentlicher Sitzung' (the dative) is an event"),
    ("Kieler Ruderclub von 1890 e. V.\nClubnachrichten\n\nVEREINSREGATTA\nAm Samstag, 13. Juni "
     "2026, richten wir ab 10 Uhr unsere Regatta auf der Förde aus. Gerudert wird in "
     "gemischten Booten. Am Abend steigt ab 19 Uhr das Sommerfest auf dem Vereinsgelände mit "
     "Grill und DJ.\n",
     [("Vereinsregatta", "2026-06-13T10:00", "Kiel"), ("Sommerfest", "2026-06-13T19:00", "Kiel")],
     "another event of the day a later sentence of the paragraph names with its hour, after "
     "'Am Abend'"),
    ("SEETALER BOTE\n\nIN KÜRZE\n\nHochdorf: Openair-Kino auf dem Brauiplatz\nAm Freitag, "
     "4. September 2026, um 20 Uhr zeigt der Kinoverein einen Film.\n\nBaldegg: Gottesdienst "
     "am See\nAm Sonntag, 6. September 2026, feiern die Kirchgemeinden um 10 Uhr einen "
     "Gottesdienst am Seeufer.\n\nHochdorf: Mittagstisch für Senioren\nPro Senectute lädt am "
     "Mittwoch, 9. September 2026, um 11.30 Uhr zum Mittagstisch ins Restaurant Kreuz ein.\n",
     [("Openair-Kino", "2026-09-04T20:00", "Hochdorf"), ("Gottesdienst", "2026-09-06T10:00", None),
      ("Mittagstisch", "2026-09-09T11:30", "Hochdorf")],
     "a news column's items headed by their town and title: each town its paragraph's (one "
     "the gazetteer lacks, none); a community's lunch is an event"),
    ("Erfurt, 12. Mai 2026\n\nVom 22. bis 24. September 2026 wird die Messe Erfurt wieder zum "
     "Treffpunkt der Kommunen.\n\nAusstellerabend\n\nAm ersten Messetag, Dienstag, 22. "
     "September 2026, lädt die Messe Erfurt ab 19 Uhr alle Aussteller zum Ausstellerabend in "
     "Halle 2 ein.\n",
     [("Messe Erfurt", "2026-09-22", "Erfurt"), ("Ausstellerabend", "2026-09-22T19:00", "Erfurt")],
     "what one is invited to is the event ('zum Ausstellerabend'), not who invites ('die "
     "Messe Erfurt'): the fair keeps its days, the evening its hour"),
    ("PFARRBLATT DER PFARRE MÖDLING\n\nSo, 18. Jänner 2026\n15:00 Uhr Seniorennachmittag im "
     "Pfarrsaal mit Kaffee, Kuchen und Lichtbildern vom Pfarrausflug nach Mariazell\n\nSa, 13. "
     "Juni 2026\n7:00 Uhr Wallfahrt nach Altötting, Abfahrt am Kirchplatz\n",
     [("Seniorennachmittag im Pfarrsaal mit Kaffee, Kuchen und Lichtbildern vom Pfarrausflug "
       "nach Mariazell", "2026-01-18T15:00", "Mödling"),
      ("Wallfahrt nach Altötting", "2026-06-13T07:00", "Altötting")],
     "what an item offers after a comma is no place ('mit Kaffee, Kuchen und …'); a trip's "
     "goal is the place of a trip only, not of an afternoon showing its slides"),
    ("JAZZ IN KEMPTEN\n\nDatum      | Beginn | Spielstätte | Programm\n"
     "23.04.2027 | 20:30  | Kornhaus    | Mats Lindqvist Trio – AUSVERKAUFT\n"
     "25.04.2027 | 11:00  | Residenzplatz | Jazzfrühschoppen mit der Dixie Band (Eintritt frei)\n",
     [("Mats Lindqvist Trio", "2027-04-23T20:30", "Kempten"),
      ("Jazzfrühschoppen mit der Dixie Band", "2027-04-25T11:00", "Kempten")],
     "a note on tickets closing a title is no part of its name"),
    ("PFARRBLATT DER PFARRE MÖDLING\n\nSo, 18. Jänner 2026\n10:00 Uhr Festmesse mit Chor, Orgel "
     "und Pauken, Stadtpfarrkirche\n15:00 Uhr Seniorennachmittag im Pfarrsaal mit Kaffee, Kuchen "
     "und Lichtbildern\n",
     [("Festmesse mit Chor, Orgel und Pauken", "2026-01-18T10:00", "Mödling"),
      ("Seniorennachmittag im Pfarrsaal mit Kaffee, Kuchen und Lichtbildern",
       "2026-01-18T15:00", "Mödling")],
     "what an item offers runs to its place after the last comma; the day's next item, "
     "opening with its hour, is no address of the item above"),
    ("TC Ulm\n\nHeimspiele auf unserer Anlage:\n- Samstag, 9. Mai 2026 gegen 1. FC Köln\n",
     [("Heimspiel gegen 1. FC Köln", "2026-05-09", "Ulm")],
     "an opponent may open with its ordinal"),
    ("Domgemeinde Verden\n\nORGELSOMMER 2026\n\nAlle Konzerte finden mittwochs um 20 Uhr im "
     "Dom statt.\n\nDatum       | Organist                 | Programm\n"
     "01.07.2026  | Annette Lohmann          | Bach, Mendelssohn, Reger\n"
     "22.07.2026  | Henrik Sørensen (Aarhus) | Nielsen, Buxtehude, Improvisation\n",
     [("Bach, Mendelssohn, Reger", "2026-07-01T20:00", "Verden"),
      ("Nielsen, Buxtehude, Improvisation", "2026-07-22T20:00", "Verden")],
     "a composer in a programme's list of names is no town ('Buxtehude')"),
    ("TC Blau-Weiß Bad Saulgau e.V.\nNewsletter April 2026\n\nMEDENRUNDE – HEIMSPIELE HERREN "
     "40\nUnsere Herren 40 sind aufgestiegen. Heimspiele auf unserer Anlage jeweils um 13 Uhr:"
     "\n- Samstag, 9. Mai 2026 gegen TC Ravensburg\n- Samstag, 23. Mai 2026 gegen TSG "
     "Reutlingen\n",
     [("Heimspiel gegen TC Ravensburg", "2026-05-09T13:00", "Bad Saulgau"),
      ("Heimspiel gegen TSG Reutlingen", "2026-05-23T13:00", "Bad Saulgau")],
     "a fixture list's lines name their opponents, the paragraph over them the games and "
     "their hour; an opponent's town is no game's place, the club's is; a heading in "
     "capitals with a dash is no dateline"),
    ("Schützenverein Vreden\n\nAm Freitag, 3. Juli 2026, beginnt das Fest um 18 Uhr mit dem "
     "Antreten auf dem Marktplatz in Vreden. Ab 20 Uhr steigt im Festzelt die große Zeltparty.\n",
     [("Fest", "2026-07-03T18:00", "Vreden"), ("Zeltparty", "2026-07-03T20:00", "Vreden")],
     "another event of the day a later sentence opening with its hour names"),
    ("IHK Lippe zu Detmold\nVERANSTALTUNGEN MÄRZ BIS MAI 2026\n\n" + "-" * 66 + "\nDATUM          "
     "    | ZEIT          | VERANSTALTUNG            | ORT\n" + "-" * 66 + "\nDo, 26.03.2026     | "
     "14:00–17:00   | Sprechtag Unternehmens-  | Lemgo, Rathaus\n                   |          "
     "     | nachfolge                |\n" + "-" * 66 + "\nDi/Mi,             | jeweils       | "
     "Crashkurs Ausbilder-     | Bad Salzuflen, IHK-\n21./22.04.2026     | 08:30–16:30   | "
     "eignung (AEVO)           | Zweigstelle\n" + "-" * 66 + "\n",
     [("Sprechtag Unternehmensnachfolge", "2026-03-26T14:00", "Lemgo"),
      ("Crashkurs Ausbildereignung (AEVO)", "2026-04-21T08:30", "Bad Salzuflen")],
     "a text table's cells going on in the lines under their row, or begun in the line above "
     "the date's ('Di/Mi,' / '21./22.04.2026'); a word broken at its hyphen is whole"),
    ("Veranstaltungen Januar 2027\n\nDatum | Zeit | Anlass | Ort\n\nDo, 28.01.2027 | 9.00–17.00 | "
     "Fachtagung Energie und Gebäude 2027\nNetto-Null im Gebäudepark. Tagungsgebühr CHF 380.– | "
     "Campus Brugg-Windisch, Bahnhofstrasse 6, Windisch\n",
     [("Fachtagung Energie und Gebäude 2027", "2027-01-28T09:00", "Windisch")],
     "a web page's table cell broken into lines: the place is the last cell of the line "
     "under the row"),
    ("TV Gelnhausen – Handball, Herren 1\n\nSpielplan Hinrunde 2025/26\n\n| Tag | Datum | Anwurf "
     "| Begegnung | Halle |\n|---|---|---|---|---|\n| Sa | 27.09. | 19:30 | TV Gelnhausen – HSG "
     "Hanau | Kreissporthalle Gelnhausen |\n| Sa | 04.10. | – | spielfrei | – |\n",
     [("TV Gelnhausen – HSG Hanau", "--09-27T19:30", "Gelnhausen")],
     "a fixture list's 'spielfrei' row holds no event (vocabulary.NO_EVENT_TITLES)"),
    ("Gemeinde Wennigsen – Mitteilungen Mai 2026\n\nBrückentag: Das Rathaus bleibt am Freitag, "
     "15. Mai 2026, geschlossen. Für dringende Angelegenheiten ist eine Notrufnummer "
     "geschaltet.\n",
     [], "a 'Brückentag', when the town hall is closed, is no event"),
    ("Forschung zum Anfassen: Institut für Küstenforschung öffnet seine Türen\n\nKiel, 25. "
     "August 2026 – Nach sieben Wochen auf See ist das Forschungsschiff „Seeschwalbe“ am 28. "
     "Juli in seinen Heimathafen Kiel zurückgekehrt.\n\nTag der offenen Tür\n\nAm Samstag, 12. "
     "September 2026, lädt das Institut von 10 bis 17 Uhr zum Tag der offenen Tür ein.\n",
     [("Tag der offenen Tür", "2026-09-12T10:00", "Kiel")],
     "a lead's other day is not the headline's event, when a sentence naming the event dates "
     "it (the ship's return had been that open day, in 2027)"),
    ("Sursee, 8. April 2026\n\nEinweihung erneut verschoben\n\nDie Stadt muss die Eröffnung "
     "der Halle verschieben.\n\nVon Markus Zemp\n\nGrund sind Mängel an der Lüftung.\n\nNeuer "
     "Termin: 13. Juni\n\nDas Fest bietet Führungen durch die Halle.\n",
     [("Einweihung", "2026-06-13", "Sursee")],
     "an author's line alone is no section heading titling a 'Termin:' line"),
    ("Kreislauf statt Kostendruck: Clustertagung 2026 am 21. und 22. April in Siegen\n\n"
     "Siegen, 12. Februar 2026 – "
     "Im Mittelpunkt steht die diesjährige Clustertagung des Metall-Clusters. Die zweitägige "
     "Veranstaltung findet am Dienstag, 21. April, und Mittwoch, 22. April 2026, in der "
     "Siegerlandhalle statt.\n\nProgramm\n\nDienstag, 21. April 2026\n10.00 Uhr     Eröffnung\n"
     "11.30 Uhr     Fachforen A–C\n\nMittwoch, 22. April 2026\n9.00 Uhr      Fachforen D–F\n"
     "11.00 Uhr     Best-Practice-Berichte\n",
     [("Clustertagung des Metall-Clusters", "2026-04-21T10:00", "Siegen")],
     "a vague word for the one event of those days is that event; a conference's programme "
     "days list sessions, no events, and its first session opens it"),
    ("PRESSEMITTEILUNG\n\nWildpark Hirschau, 20. Juli 2026\n\nSommerferien im Wildpark\n\n"
     "Zum Ferienauftakt am Montag, 3. August, lädt der Park von 10 bis 17 Uhr zum „Tag der "
     "Wildtiere“ ein.\n",
     [("Tag der Wildtiere", "2026-08-03T10:00", "Hirschau")],
     "a town's name that ends as an event noun ('Hirschau') still makes a dateline"),
    ("Sommerfest beim TV Aulendorf\n\nWir feiern wieder mit allen Mitgliedern.\n\nSommerfest, 4. "
     "Juli 2026\n",
     [("Sommerfest", "2026-07-04", "Aulendorf")],
     "an event's name before a date's comma makes no dateline of its line"),
    ("Universität Siegen\nPressemitteilung vom 18.01.2027\n\nKinderuni im Wintersemester\nDie "
     "Vorlesungen finden jeweils donnerstags von 16.30 bis 17.15 Uhr im Hörsaal US-C 115 statt:"
     "\n\n  28.01.  „Warum leuchten Glühwürmchen?“ – Dr. Tim Hesse, Biologie\n  04.02.  „Wie "
     "kommt das Internet ins Handy?“ – Prof. Dr. Katrin Alber, Elektrotechnik\n\nAm 11. Februar "
     "ist der Hörsaal belegt, daher findet an diesem Donnerstag keine Kinderuni statt.\n",
     [("„Warum leuchten Glühwürmchen?“", "2027-01-28T16:30", "Siegen"),
      ("„Wie kommt das Internet ins Handy?“", "2027-02-04T16:30", "Siegen")],
     "a row's talk in quotes before its speaker, a question mark in it; a day on which a "
     "sentence says no such event is held is none"),
    ("Bibliothek Rüti\nDorfstrasse 12, 8630 Rüti ZH\n\nBIBLIOTHEK AKTUELL – Herbst 2026\n\nLiebe "
     "Leserinnen und Leser\nDer Sommer ist vorbei, die Regale sind frisch gefüllt.\n\n"
     "LESUNGEN AM DONNERSTAG\nUnsere Lesereihe geht weiter. Alle "
     "Lesungen beginnen um 19.30 Uhr, Türöffnung 19 Uhr.\n\nDonnerstag, 24. September 2026\n"
     "Claudia Berchtold: «Das Haus am Bachtel»\nDie Autorin liest aus ihrem Familienroman.\nOrt: "
     "Bibliothek, Lesesaal im 1. Stock\n\nDonnerstag, 29. Oktober 2026\nReto Zimmermann: "
     "«Föhnfenster»\nEin Krimi zwischen Rapperswil und dem Glarnerland.\nOrt: Bibliothek, "
     "Lesesaal im 1. Stock\n\nKAMISHIBAI\n"
     "Jeweils mittwochs, 14.30–15.00 Uhr, in der Kinderecke:\n– Mi 16.9. «Der kleine "
     "Siebenschläfer»\n– Mi 21.10. «Frederick»\n",
     [("Claudia Berchtold", "2026-09-24T19:30", "Rüti"),
      ("Reto Zimmermann", "2026-10-29T19:30", "Rüti"),
      ("«Der kleine Siebenschläfer»", "2026-09-16T14:30", "Rüti"),
      ("«Frederick»", "2026-10-21T14:30", "Rüti")],
     "the hour all events of a kind begin at ('Alle Lesungen beginnen um 19.30 Uhr'); a list's "
     "lines of dates and works in guillemets"),
    ("Gemeinde Sulzfeld\n\nSOMMERFERIENPROGRAMM 2026\n\nDIE ANGEBOTE\n\nNr. 1 – Ein Nachmittag "
     "bei der Feuerwehr\nFr, 31.07.2026, 14.00–16.30 Uhr · 6–10 Jahre · max. 15 Kinder · 2 €\n"
     "Treffpunkt: Feuerwehrhaus Sulzfeld. Veranstalter: Freiwillige Feuerwehr\n\nNr. 2 – "
     "Kräuterhexen und Zauberer\nMo, 03.08.2026, 15.00–17.00 Uhr · ab 5 Jahren · 3 €\nOrt: "
     "Gemeindehaus Sulzfeld. Bitte Gummistiefel mitbringen.\n",
     [("Nr. 1 – Ein Nachmittag bei der Feuerwehr", "2026-07-31T14:00", "Sulzfeld"),
      ("Nr. 2 – Kräuterhexen und Zauberer", "2026-08-03T15:00", "Sulzfeld")],
     "a holiday programme's numbered offers: the date line's cells after middle dots open "
     "with the ages it is for"),
    ("Primarschule Stäfa\n\nStäfa, 26. Januar 2026\n\nElternbrief – Termine 2. Semester\n\n"
     "Sa, 7. Februar bis So, 22. Februar 2026\nSportferien\n\nMi, 25. März 2026, 8.20–11.50 "
     "Uhr\nBesuchsmorgen: Sie sind herzlich eingeladen, den Unterricht zu besuchen.\n\nMo, 4. "
     "Mai 2026\nWeiterbildungstag der Lehrpersonen – schulfrei\n\nMo, 17. August 2026\n"
     "Beginn des Schuljahres 2026/27\n",
     [("Besuchsmorgen", "2026-03-25T08:20", "Stäfa")],
     "a school's holidays, days off and term's start are no events; an event named before a "
     "colon and a sentence on it"),
    ("vhs Kaiserstuhl\nProgramm Frühjahr 2026\n\nDIGITALES\n\n261-50105 Tablet sicher "
     "nutzen\n4 x mittwochs, 18.03.–08.04.2026, 9.30–11.00 Uhr\nEndingen, Rathaus, "
     "Sitzungssaal\n\n261-40415 Spanisch A2 – online\n6 Abende ab Do., 12.3., 18.30–20.00 Uhr, "
     "live per Zoom\n\nKREATIV\n\n261-20150 Aquarell am Wochenende: Herbstfarben\nSa./So., "
     "25./26.04.2026, jeweils 10.00–17.00 Uhr\nEndingen, vhs-Haus, Atelier\n",
     [("Tablet sicher nutzen", "2026-03-18T09:30", "Endingen"),
      ("Spanisch A2 – online", "2026-03-12T18:30", None),
      ("Aquarell am Wochenende: Herbstfarben", "2026-04-25T10:00", "Endingen")],
     "catalogue entries: meetings a week over a run ('4 x mittwochs, 18.03.–08.04.2026'), a "
     "line held online ('live per Zoom'), a title of a phrase before its colon"),
    ("Zimmertheater Rottweil\nSpielplan März 2026\n\nVorstellungsbeginn: 20 Uhr, Einlass 19.30 "
     "Uhr.\n\nFr 6.3. Der Besuch der alten Dame\nSa 7.3. Kabale und Liebe\nSo 8.3., 18 Uhr "
     "Kabale und Liebe\n",
     [("Der Besuch der alten Dame", "2026-03-06T20:00", "Rottweil"),
      ("Kabale und Liebe", "2026-03-07T20:00", "Rottweil"),
      ("Kabale und Liebe", "2026-03-08T18:00", "Rottweil")],
     "a list of date lines each with its title, no event's noun; the start said once on a "
     "line of its own"),
    ("Rückblick\n\n13. März Das Publikum war begeistert.\n14. März Der Chor sang in Ulm.\n",
     [], "date lines going on as sentences give no titles"),
    ("TERMINE DER WOCHE\n\nDONNERSTAG, 16. JULI 2026\nAlgund – Dorfabend am Kirchplatz, 18 "
     "Uhr.\n\nFREITAG, 17. JULI 2026\nMeran – „Jazz im Hof“: Trio Greta Lanz im Innenhof der "
     "Burg, 20.30 Uhr. Karten zu 15 Euro.\nMarling – Kräuterwanderung, Treffpunkt Vereinshaus "
     "9 Uhr.\n",
     [("Dorfabend", "2026-07-16T18:00", "Algund"),
      ("„Jazz im Hof“: Trio Greta Lanz", "2026-07-17T20:30", "Meran"),
      ("Kräuterwanderung", "2026-07-17T09:00", "Marling")],
     "a column's item named by a series in quotes and whom it brings"),
    ("UELZENER ANZEIGER\nDonnerstag, 12. Februar 2026\n\nTERMINE DER WOCHE\n\nMONTAG, 16. "
     "FEBRUAR\nUelzen. „Die Heide im Wandel“: Vortrag von Dr. Ute Kern im Rathaussaal, "
     "Herzogenplatz 2. Beginn 19 Uhr.\n\nDIENSTAG, 17. FEBRUAR\nEbstorf. Das Repair-Café öffnet "
     "von 15 bis 18 Uhr im Gemeindehaus.\n\nMITTWOCH, 18. FEBRUAR\nBad Bevensen. Die "
     "Buchhandlung am Kurpark lädt um 19.30 Uhr zur Lesung mit dem Autor Jan Brehm.\n",
     [("Vortrag", "2026-02-16T19:00", "Uelzen"), ("Repair-Café", "2026-02-17T15:00", "Ebstorf"),
      ("Lesung", "2026-02-18T19:30", "Bad Bevensen")],
     "a newspaper's calendar column: each day's item on the line under it, opening with its "
     "town and a full stop; an item of prose is named by its event noun"),
    ("BIBERACH UND UMGEBUNG · Veranstaltungskalender\n\nWas ist los am Wochenende?\n\n"
     "Freitag, 6. März 2026\n\nBiberach: 19 Uhr Konzert „Frühlingserwachen“ mit dem "
     "Kammerorchester, Stadthalle, Theaterstraße 8.\n\nRiedlingen: Der Bildervortrag „Wandern "
     "auf dem Albsteig“ (19.30 Uhr, Gasthaus Brücke) fällt wegen Erkrankung aus.\n\n"
     "Samstag, 7. März 2026\n\nBad Buchau: 10 bis 16 Uhr Frühjahrs-Kinderkleiderbasar, "
     "Federseehalle.\n\nBiberach: 20 Uhr Theater „Der Besuch der alten Dame“, Komödienhaus."
     "\n\nErolzheim: Rockkonzert mit „Die Dorfrocker“, Festhalle. Einlass 19 Uhr, Beginn 20 "
     "Uhr.\n\nRegelmäßige Termine\n\nBiberach: Wochenmarkt mittwochs von 7 bis 12.30 Uhr.",
     [("Konzert „Frühlingserwachen“ mit dem Kammerorchester", "2026-03-06T19:00", "Biberach"),
      ("Bildervortrag „Wandern auf dem Albsteig“", "2026-03-06T19:30", "Riedlingen"),
      ("Frühjahrs-Kinderkleiderbasar", "2026-03-07T10:00", "Bad Buchau"),
      ("Theater „Der Besuch der alten Dame“", "2026-03-07T20:00", "Biberach"),
      ("Rockkonzert mit „Die Dorfrocker“", "2026-03-07T20:00", "Erolzheim")],
     "a calendar column: days alone in their paragraphs over items of a town, a time and a "
     "title, each dated by its day; a paragraph of no item ends the day"),
    ("KREISBOTE · Freizeit · Mittwoch, 3. Juni 2026\n\nTipps fürs Wochenende\n\nSAMSTAG, "
     "6. JUNI\n\nRosenfest im Kurpark: Rund 40 Gärtnereien zeigen von 10 bis 18 Uhr ihre "
     "Züchtungen im Kurpark von Bad Nauheim.\n\nOrgel am Abend: Kantorin Lea Brandt spielt "
     "Bach. Die Johanneskirche in Friedberg öffnet um 19 Uhr, Beginn 19.30 Uhr.\n\nSONNTAG, "
     "7. JUNI\n\nTrödelmarkt am Seedamm: Wer stöbern will, ist hier richtig. Geöffnet ist von "
     "8 bis 14 Uhr am Seedamm in Bad Homburg.\n\nÜbrigens: Das Freibad in Friedberg öffnet "
     "erst am 13. Juni.",
     [("Rosenfest im Kurpark", "2026-06-06T10:00", "Bad Nauheim"),
      ("Orgel am Abend", "2026-06-06T19:30", "Friedberg"),
      ("Trödelmarkt am Seedamm", "2026-06-07T08:00", "Bad Homburg")],
     "a calendar column under days in capitals, its items opening with their titles: each "
     "placed and timed by its own paragraph, not the next item's; 'Übrigens:' is no item"),
    ("Kreiskrankenhaus Waldbreitbach\n\nWaldbreitbach, 2. März 2026\n\nGesundheit im "
     "Gespräch: drei Abende im Frühjahr\n\nAlle Vorträge finden in der Cafeteria des "
     "Kreiskrankenhauses, Klosterweg 4, 56588 Waldbreitbach, statt. Der Eintritt ist "
     "frei.\n\nRückenschmerz – wann hilft Bewegung?\nDienstag, 17. März, 19 "
     "Uhr\nReferent: Dr. Jonas Fell, Orthopädie\n\nSchlaganfall erkennen\nDienstag, "
     "21. April, 19 Uhr\nReferentin: Dr. Mira Sand, Neurologie\n",
     [("Vortrag: Rückenschmerz – wann hilft Bewegung?", "2026-03-17T19:00", "Waldbreitbach"),
      ("Vortrag: Schlaganfall erkennen", "2026-04-21T19:00", "Waldbreitbach")],
     "a programme of talks, each a heading over its date line: what the text says of all its "
     "talks ('Alle Vorträge finden … statt') makes each heading a talk's title"),
    ("KINO IM KULTURBAHNHOF · FILMREIHE IM MÄRZ 2026\n\nAlle Vorstellungen beginnen "
     "um 19.30 Uhr im großen Saal. Eintritt 6 Euro.\n\nMi., 4.3. | 19.30 Uhr\nDER "
     "HIMMEL ÜBER BERLIN\n(BRD/F 1987, Regie: Wim Wenders)\n\nMi., 18.3. | 19.30 "
     "Uhr\nGOOD BYE, LENIN!\n(D 2003, Regie: Wolfgang Becker)\n",
     [("Der Himmel über Berlin", "2026-03-04T19:30", None),
      ("Good Bye, Lenin!", "2026-03-18T19:30", None)],
     "a film series, each date line over its film's title in capitals ('Alle Vorstellungen "
     "beginnen …'); the note in parentheses under it is none"),
    ("Hochschule Trier\n\nTrier, 1. September 2026\n\nVortragsreihe „Wasser im "
     "Wandel“\n\nDie Vorträge finden montags um 18 Uhr im Audimax, Schneidershof "
     "1, 54293 Trier, statt.\n\nDatum      | Referentin           | "
     "Thema\n-----------|----------------------|-------------------------\n14.09.2026 "
     "| Prof. Dr. Anna Weber | Flüsse als Lebensadern\n28.09.2026 | Dr. Lena Stock "
     "| Grundwasser unter Druck\n\nHinweis: Der Vortrag am 28. September muss "
     "leider entfallen.\n",
     [("Flüsse als Lebensadern", "2026-09-14T18:00", "Trier"),
      ("Grundwasser unter Druck", "2026-09-28T18:00", "Trier")],
     "a table's header over a rule ('-----|-----') names its title column; the hours a "
     "sentence gives all talks on a weekday ('Die Vorträge finden montags um 18 Uhr …') are "
     "each Monday's; a talk said off is the table's talk of that day"),
    ("Familienzentrum Nordstadt\n\nNeue Kurse im Frühjahr\n\nHildesheim, 2. "
     "Dezember 2026\n\nNÄHEN FÜR ANFÄNGER\n\nWie fädelt man ein? Hier lernen Sie "
     "die Nähmaschine kennen.\n\nTermine: 3 Abende, jeweils donnerstags von 18 bis "
     "20 Uhr\n14. Januar, 21. Januar und 28. Januar 2027\nOrt: Familienzentrum "
     "Nordstadt, Raum 3\n\nTANZABEND „SWING IN DEN FRÜHLING“\n\nTermin: Samstag, "
     "20. März 2027, 19 Uhr\nOrt: Familienzentrum Nordstadt, Saal\n",
     [("Nähen für Anfänger", "2027-01-14T18:00", "Hildesheim"),
      ("Nähen für Anfänger", "2027-01-21T18:00", "Hildesheim"),
      ("Nähen für Anfänger", "2027-01-28T18:00", "Hildesheim"),
      ("Tanzabend „Swing in den Frühling“", "2027-03-20T19:00", "Hildesheim")],
     "a course programme's sections: a 'Termin:' line, or a date line under a 'Termine:' "
     "line, is the event its section's heading names (a course: no event noun); a city's "
     "part ('Nordstadt') is no town"),
    ("Evangelische Kirchengemeinde Bad Wimpfen\n\nGOTTESDIENSTE ZU OSTERN UND IN "
     "DER KARWOCHE 2027\n\nGründonnerstag, 25. März\n19.00 Uhr  "
     "Abendmahlsgottesdienst – Stadtkirche Bad Wimpfen\n\nOstersonntag, 28. "
     "März\n6.00 Uhr  Osternacht mit Osterfeuer – Stadtkirche Bad Wimpfen\n10.00 "
     "Uhr  Familiengottesdienst mit Ostereiersuche – Stiftskirche Bad Wimpfen\n",
     [("Abendmahlsgottesdienst", "2027-03-25T19:00", "Bad Wimpfen"),
      ("Osternacht mit Osterfeuer", "2027-03-28T06:00", "Bad Wimpfen"),
      ("Familiengottesdienst mit Ostereiersuche", "2027-03-28T10:00", "Bad Wimpfen")],
     "a day's line over lines that open with their times: each line an event at its hour, "
     "the church after its dash its place, not its title"),
    ("Betreff: Einladung: 4. Unternehmerforum Mittelstand\n\nSehr geehrte Damen "
     "und Herren,\n\nwir laden Sie herzlich zu unserem Unternehmerforum "
     "ein.\n\nWANN: Dienstag, 9. März 2027, 17 bis 20 Uhr\nWO: Kreissparkasse, "
     "Marktplatz 3, 72764 Reutlingen\n\nSAVE THE DATE\nUnser Sommerempfang findet "
     "am 24. Juni 2027 statt. Der Veranstaltungsort wird noch bekannt gegeben.\n",
     [("4. Unternehmerforum Mittelstand", "2027-03-09T17:00", "Reutlingen"),
      ("Sommerempfang", "2027-06-24", None)],
     "labels in capitals ('WANN:', 'WO:'); an invitation's 'Einladung:' is no part of the "
     "title; a place still to be announced is none, not the document's town"),
    ("Die Ergebnisse werden am 4. März 2027 bei einem Fachsymposium im Wiener Rathaus "
     "erörtert. Der nächste Kongress ist für Herbst 2027 geplant, der Austragungsort steht "
     "noch nicht fest.",
     [("Fachsymposium", "2027-03-04", "Wien")],
     "another event's place still open is none of this one's (a regression of reading "
     "places to be announced)"),
    ("JAZZINITIATIVE ROTTWEIL e. V.\nKonzerte im Gewölbekeller „Alte Zehntscheuer“ · Programm "
     "März bis Juni 2026\n\nLiebe Freundinnen und Freunde des Jazz,\n\nwir starten mit einem "
     "Programm ins Frühjahr, auf das wir stolz sind. Kommt früh, der Keller ist klein.\n\n"
     "FREITAG, 20. MÄRZ 2026\nMitgliederversammlung\n19 Uhr im Clubraum. Gäste sind "
     "willkommen.\n\nSAMSTAG, 28. MÄRZ 2026\nBlues & Boogie Night mit „Hot Rod Harry“\n"
     "Einlass 19, Beginn 20 Uhr\n\nDONNERSTAG, 2. APRIL 2026 – VERSCHOBEN!\nBig Band Süd\n"
     "Wegen Prüfungen muss dieses Konzert verschoben werden. Neuer Termin: Donnerstag, 4. Juni "
     "2026, 20 Uhr.\n\nEinen Glückwunsch richten wir an Heinrich Verheyen, der am 9. Juli "
     "seinen 85. Geburtstag feiert. Der Vorverkauf für das Sommerkonzert am 4. Juli startet am "
     "1. Mai.\n",
     [("Mitgliederversammlung", "2026-03-20T19:00", "Rottweil"),
      ("Blues & Boogie Night mit „Hot Rod Harry“", "2026-03-28T20:00", "Rottweil"),
      ("Big Band Süd", "2026-04-02", "Rottweil"), ("Big Band Süd", "2026-06-04T20:00", "Rottweil"),
      ("Sommerkonzert", "2026-07-04", "Rottweil")],
     "a weekday in capitals opens an entry, whose lines are no list's heading; a date line "
     "after an entry's is another entry, no document's date; 'Neuer Termin:' in an entry's "
     "block is that entry's; a birthday is no event whatever the verb; a sale's first day "
     "after another date is none"),
    ("Imkerverein Ingelheim e.V. · gegr. 1901\nRundbrief 3/2025 · September\n\nLiebe "
     "Imkerinnen und Imker,\n\ndie Honigernte ist eingebracht – Zeit für einen Blick zurück und "
     "nach vorn.\n\nRÜCKBLICK\n\nTag der offenen Imkerei\nAm Sonntag, 15. Juni 2025, öffneten "
     "wir unseren Lehrbienenstand. Über 400 Gäste kamen.\n\nSommerausflug\nAm 9. August fuhren "
     "23 Mitglieder zum Fachzentrum Bienen und Imkerei nach Mayen.\n\nANKÜNDIGUNGEN\n\n"
     "► Honig- und Bauernmarkt\n  Samstag, 11.10.2025, 10–16 Uhr. Wir sind wieder mit einem "
     "Stand vertreten.\n\n► Vortrag „Varroa im Winter – was tun?“\n  Freitag, 24. Oktober 2025, "
     "19 Uhr, Vereinsheim in Ingelheim-Nord\n\n► Anfängerkurs 2026\n  Unser Kurs für Neuimker "
     "beginnt am Samstag, 17. Januar 2026 (9–12 Uhr), mit acht Terminen bis Juni.\n",
     [("Tag der offenen Imkerei", "2025-06-15", "Ingelheim"),
      ("Sommerausflug", "2025-08-09", "Mayen"),
      ("Honig- und Bauernmarkt", "2025-10-11T10:00", "Ingelheim"),
      ("Vortrag „Varroa im Winter – was tun?“", "2025-10-24T19:00", "Ingelheim"),
      ("Anfängerkurs 2026", "2026-01-17T09:00", "Ingelheim")],
     "a newsletter's issue and month ('Rundbrief 3/2025 · September'); 'Tag der offenen …' of "
     "any kind; headings opening with a bullet over their indented entries; an entry's date "
     "line going on in a sentence; a club's home ('Vereinsheim') is a venue"),
    ("UNIVERSITÄT ROSTOCK\nZentrum für Meeresforschung\n\nÖffentliche Ringvorlesung im "
     "Wintersemester 2025/26\n\nZeit:  dienstags, 18.15–19.45 Uhr\nOrt:   Großer Hörsaal, "
     "Ulmenstraße 69, 18057 Rostock\nEintritt frei, keine Anmeldung erforderlich.\n\nPROGRAMM\n\n"
     "04.11.2025   Dr. Olaf Brandt (Thünen-Institut, Rostock)\n             Hering, Dorsch und "
     "die Krise der Küstenfischerei\n\n18.11.2025   Prof. Dr. Mirja Lindqvist (Universität Lund)"
     "\n             Offshore-Wind und Meeresraumplanung\n\nVorlesungszeit: 13.10.2025 bis "
     "31.01.2026; vom 22.12.2025 bis 02.01.2026\nfinden keine Lehrveranstaltungen statt.\n",
     [("Öffentliche Ringvorlesung: Hering, Dorsch und die Krise der Küstenfischerei",
       "2025-11-04T18:15", "Rostock"),
      ("Öffentliche Ringvorlesung: Offshore-Wind und Meeresraumplanung", "2025-11-18T18:15",
       "Rostock")],
     "a speaker with an academic title in the column of titles, the talk under it; a series "
     "named without its term; a lecture period's label ('Vorlesungszeit:') and 'keine … statt' "
     "give no event"),
    ("54. VOLKACHER WEINFEST\n14. bis 17. August 2026 · Marktplatz Volkach\n\nVier Tage lang "
     "feiert Volkach seinen Wein. Der Eintritt ist frei.\n\nPROGRAMM-HÖHEPUNKTE\n\nSamstag, 15. "
     "August\n  11.00 Uhr   Weinbergsführung „Vom Rebstock ins Glas“\n  22.30 Uhr   "
     "Höhenfeuerwerk über dem Main\n\nSonntag, 16. August\n  10.00 Uhr   Ökumenischer "
     "Festgottesdienst auf dem Marktplatz\n  14.00 Uhr   Großer Winzerfestzug durch die "
     "Altstadt\n",
     [("54. Volkacher Weinfest", "2026-08-14", "Volkach"),
      ("Weinbergsführung „Vom Rebstock ins Glas“", "2026-08-15T11:00", "Volkach"),
      ("Höhenfeuerwerk über dem Main", "2026-08-15T22:30", "Volkach"),
      ("Ökumenischer Festgottesdienst auf dem Marktplatz", "2026-08-16T10:00", "Volkach"),
      ("Großer Winzerfestzug durch die Altstadt", "2026-08-16T14:00", "Volkach")],
     "a feast's days within its run list events of their own, each at its time (a "
     "conference's sessions are none); a feast's parade ('Winzerfestzug')"),
    ("Werbegemeinschaft Lippstadt e.V.\n\nLippstadt, 22.09.2025\n\nPRESSEMITTEILUNG\n\n"
     "Herbstwoche 2025: Vier Tage Rummel\n\nVon Freitag, 3. Oktober, bis Montag, 6. Oktober "
     "2025 verwandeln 85 Schausteller die Innenstadt in eine Kirmesmeile.\n\nÖffnungszeiten der "
     "Fahrgeschäfte\n  Freitag, 3.10.     14.00 – 23.00 Uhr\n  Samstag, 4.10.     12.00 – 24.00 "
     "Uhr\n\nProgramm\n  Fr., 15.00 Uhr   Offizielle Eröffnung am Alten Rathaus\n  So., 9.30 Uhr"
     "    Gottesdienst in der Marienkirche\n  Mo., 21.30 Uhr   Lasershow über dem "
     "Rathausplatz\n",
     [("Herbstwoche 2025: Vier Tage Rummel", "2025-10-03T14:00", "Lippstadt"),
      ("Offizielle Eröffnung am Alten Rathaus", "2025-10-03T15:00", "Lippstadt"),
      ("Gottesdienst in der Marienkirche", "2025-10-05T09:30", "Lippstadt"),
      ("Lasershow über dem Rathausplatz", "2025-10-06T21:30", "Lippstadt")],
     "a programme's lines opening with a weekday and a time, no date, are on that weekday of "
     "the run above them; a table of opening hours gives no event"),
    ("Heimatverein Bad Berleburg e. V.\nRundbrief Frühjahr 2026\n\nAm 29. Januar 2026 referierte "
     "Heimatforscher Dieter Born im Bürgerhaus über „Die Sayn-Wittgensteiner Eisenhütten“. Mit "
     "über 60 Gästen war der Saal besetzt. Das Kindertheater „Der Grüffelo“ (Sonntag, 15. März "
     "2026, 15 Uhr) entfällt ersatzlos.\n",
     [("Vortrag: Die Sayn-Wittgensteiner Eisenhütten", "2026-01-29", "Bad Berleburg"),
      ("Kindertheater „Der Grüffelo“", "2026-03-15T15:00", "Bad Berleburg")],
     "a talk reported in the past ('referierte … über „…“') needs no hour; a children's "
     "play ('Kindertheater') is an event"),
    ("Ulm (swp) – Der Förderverein zieht nach gut besuchter Lesung Bilanz und plant einen "
     "dichten Herbst. Am Samstag, 17. Oktober 2026, lädt der Verein zu einer Stadtführung ein.",
     [("Stadtführung", "2026-10-17", "Ulm")],
     "what one plans is the object after 'plant': no reading planned without a date"),
    ("Verschoben werden musste die geplante Podiumsdiskussion „Bibliothek der Zukunft“, die "
     "ursprünglich für Donnerstag, 15. Oktober 2026, angekündigt war. Weil eine Diskutantin "
     "verhindert ist, findet die Veranstaltung nun am Donnerstag, 29. Oktober 2026, um 19.30 "
     "Uhr statt – und zwar nicht wie geplant in Ulm, sondern im Edwin-Scharff-Haus in Neu-Ulm.",
     [("Podiumsdiskussion „Bibliothek der Zukunft“", "2026-10-15", None),
      ("Podiumsdiskussion „Bibliothek der Zukunft“", "2026-10-29T19:30", "Neu-Ulm")],
     "'die Veranstaltung' inside a sentence stands for the event named before; a town the "
     "event is 'nicht (wie geplant) in' is not its town"),
    ("Weilheim – Vom 10. bis 12. Juli 2026 steigt in der Altstadt das Stadtfest. Neu ist ein "
     "„Regionalmarkt“ in der Pöltnerstraße. Zum Abschluss am 12. Juli endet das Fest um 22 Uhr "
     "mit einem Feuerwerk.",
     [("Stadtfest", "2026-07-10", "Weilheim")],
     "'das Fest' stands for no event of another kind named before it; the day it 'endet' on, "
     "said after the date, is its last, no event's first"),
    ("Die Gemeinde lädt zu zwei Bürgerabenden ein. Der erste Bürgerabend findet am Dienstag, "
     "9. März 2027, um 19 Uhr im Rathaus Sinsheim statt. Der zweite Abend folgt am "
     "Donnerstag, 11. März 2027, in der Festhalle Sinsheim.",
     [("Bürgerabend", "2027-03-09T19:00", "Sinsheim"), ("Bürgerabend", "2027-03-11", "Sinsheim")],
     "'Der zweite Abend' is another of the evenings the sentence before names"),
    ("Am Mittwoch, 14. April 2027, um 19.30 Uhr spricht Förster Jens Albrecht im Bürgersaal "
     "Rottweil über „Der Wald im Klimawandel“. Der Eintritt ist frei.",
     [("Vortrag: Der Wald im Klimawandel", "2027-04-14T19:30", "Rottweil")],
     "a speaker who 'spricht … über' a quoted title gives a talk, though no event is named"),
    ("Stadtmuseum Kaufbeuren\n\nKaufbeuren, 3. Februar 2027\n\n„Glanz und Gloria“ "
     "– Schmuck aus drei Jahrhunderten\n\nDas Stadtmuseum zeigt Schmuck aus "
     "Gablonz und Kaufbeuren.\n\nLaufzeit\n5. März bis 27. Juni "
     "2027\n\nÖffentliche Führung\nSonntag, 21. März 2027, 14 Uhr\n",
     [("Ausstellung „Glanz und Gloria“ – Schmuck aus drei Jahrhunderten", "2027-03-05",
       "Kaufbeuren"),
      ("Öffentliche Führung", "2027-03-21T14:00", "Kaufbeuren")],
     "a 'Laufzeit' over a span is the run of the exhibition the heading over the lead "
     "names; a public tour ('Öffentliche Führung') is an event, 'Führung' alone none"),
    ("Lindau (Bodensee), 15. Oktober 2026 – Die Anmeldung für den Inselmarathon ist "
     "eröffnet. Gelaufen wird im Mai.", [],
     "a dateline whose town ends in its region in parentheses dates the text, no event"),
    ("Der Schützenverein Hüfingen lädt alle Bürger zum Sommerfest ein. Am Samstag, 10. Juli "
     "2027, wird auf dem Festplatz von 11 bis 22 Uhr gefeiert.",
     [("Sommerfest", "2027-07-10T11:00", "Hüfingen")],
     "a timed date in a sentence naming no event is that of the event the sentence before "
     "invites to, with no date of its own"),
    ("Antworten gibt es am Tag der offenen Tür der Hochschule Furtwangen. Die Hochschule "
     "öffnet am Samstag, 15. Mai 2027, von 10 bis 16 Uhr ihre Labore.",
     [("Tag der offenen Tür der Hochschule Furtwangen", "2027-05-15T10:00", "Furtwangen")],
     "a timed date in a sentence with an event's verb but no event is that of the event the "
     "sentence before names"),
    ("NARRENZUNFT RAVENSBURG – FASNET 2027\n\nDie Umzüge im "
     "Überblick\n\nSchmotziger Dunschtig, 4. Februar\n\n6.00 Uhr – Weckruf am "
     "Marienplatz\nMit Trommeln und Schellen wird die Stadt geweckt.\n\n14.00 Uhr "
     "– Kinderumzug\nDer Umzug führt durch die Altstadt.\n\nFasnetsmontag, 8. "
     "Februar\n\n13.30 Uhr – Großer Narrensprung\nRund 80 Gruppen ziehen durch die "
     "Stadt.\n",
     [("Weckruf am Marienplatz", "2027-02-04T06:00", "Ravensburg"),
      ("Kinderumzug", "2027-02-04T14:00", "Ravensburg"),
      ("Großer Narrensprung", "2027-02-08T13:30", "Ravensburg")],
     "a day's line over paragraphs each opening with a time: each an event, named by its "
     "first line even with no event noun when another of the day's names one"),
    ("Stadttheater Bruchsal\nSpielplan März 2027\n\nFr 05.03.  19.30  PREMIERE · Nathan der "
     "Weise – Dramatisches Gedicht von Lessing · Großes Haus · Abo A\nSa 06.03.  16.00  Pippi "
     "Langstrumpf · Kleines Haus\nSo 07.03.  11.00  Matinee zu „Faust“ (Premiere am 20. März) · "
     "Foyer · Eintritt frei\nSa 13.03.  19.30  GASTSPIEL · Der Kontrabass · Stadthalle Bretten "
     "(Karten über die Stadthalle)\n",
     [("Premiere: Nathan der Weise – Dramatisches Gedicht von Lessing", "2027-03-05T19:30",
       "Bruchsal"),
      ("Pippi Langstrumpf", "2027-03-06T16:00", "Bruchsal"),
      ("Matinee zu „Faust“", "2027-03-07T11:00", "Bruchsal"),
      ("Premiere", "2027-03-20", "Bruchsal"),
      ("Gastspiel: Der Kontrabass", "2027-03-13T19:30", "Bretten")],
     "a play bill's rows: the hour in a column of its own without 'Uhr', then cells set off "
     "by middle dots: a kind in capitals, the title, the hall or venue, notes"),
    ("Elternbrief\n\nDie Elternabende sind am Dienstag, 29. September 2026, und am Donnerstag, "
     "1. Oktober 2026. Sie finden jeweils um 19.30 Uhr statt.\n\nSchulfest\nDas Schulfest "
     "findet am Samstag, 19. Juni 2027, auf dem Pausenplatz in Andelfingen statt.",
     [("Elternabende", "2026-09-29T19:30", "Andelfingen"),
      ("Elternabende", "2026-10-01T19:30", "Andelfingen"),
      ("Schulfest", "2027-06-19", "Andelfingen")],
     "'jeweils um 19.30 Uhr' in a paragraph of dates is of those dates, not of a date in "
     "another paragraph"),
    ("IHK Ulm\n\nUlm, 10. Februar 2026 – Das Energieforum findet am 19. März 2026 im Haus der "
     "Wirtschaft in Ulm statt.\n\nWeb-Seminare zur Vorbereitung\n\nWer sich vorab einarbeiten "
     "möchte, kann an zwei kostenfreien Terminen teilnehmen:\n\n- Di., 24.02.2026, 10.00–11.30 "
     "Uhr: Stromverträge richtig verhandeln\n- Mi., 04.03.2026, 14.00–15.30 Uhr: "
     "Förderprogramme im Überblick\n",
     [("Energieforum", "2026-03-19", "Ulm"),
      ("Stromverträge richtig verhandeln", "2026-02-24T10:00", None),
      ("Förderprogramme im Überblick", "2026-03-04T14:00", None)],
     "the entries of a section whose heading names online events ('Web-Seminare zur "
     "Vorbereitung', two paragraphs up) are held in no town; the forum is"),
    ("Vortragsreihe Steuerrecht 2026 im Rathaus Ulm\n\n- Di., 10.03.2026, 18 Uhr: Erbschaft und "
     "Schenkung – Fristen im Blick\n- Di., 17.03.2026, 18 Uhr: Die neue Grundsteuer\n",
     [("Vortragsreihe Steuerrecht: Erbschaft und Schenkung – Fristen im Blick",
       "2026-03-10T18:00", "Ulm"),
      ("Vortragsreihe Steuerrecht: Die neue Grundsteuer", "2026-03-17T18:00", "Ulm")],
     "a deadline's word in an entry's title after its date is the talk's topic ('Fristen'), "
     "not a deadline"),
    ("Handwerkskammer Schwaben\n\nAugsburg, 7. April 2026\n\nGründer-Tour durch Schwaben\nDrei "
     "Abendveranstaltungen für Gründer\n\nDie Kammer informiert an drei Abenden über die "
     "Gründung. Die Termine im Überblick:\n\nDienstag, 21. April 2026, 18 Uhr\nMemmingen, "
     "Stadthalle, Platz der Deutschen Einheit 1\n\nDonnerstag, 23. April 2026, 18 Uhr\n"
     "Kaufbeuren, Stadtsaal, Kaiser-Max-Straße 1\n",
     [("Gründer-Tour", "2026-04-21T18:00", "Memmingen"),
      ("Gründer-Tour", "2026-04-23T18:00", "Kaufbeuren")],
     "the dates an introduction that names no event lists, under a headline of two lines: "
     "the headline's event"),
    ("Handwerkskammer\n\nInfoabende für Gründer\n\nBayreuth, 7. April 2026 – Die Kammer "
     "informiert an drei Abenden. Die Termine im Überblick:\n\nDienstag, 21. April 2026\n"
     "Memmingen, Stadthalle, Platz der Deutschen Einheit 1\n\nDonnerstag, 23. April 2026\nHof, "
     "Bildungszentrum der HWK, Ossecker Straße 52\n",
     [("Infoabende für Gründer", "2026-04-21", "Memmingen"),
      ("Infoabende für Gründer", "2026-04-23", "Hof")],
     "a town whose name is a word too ('Hof') opening an entry's address line is its town, "
     "not the dateline's"),
    ("~ Ostermarkt im Schlosshof ~\nim Hof des Alten Schlosses Sugenheim\n\nSamstag, 21. März "
     "und Sonntag, 22. März\n\nÜber 60 Aussteller zeigen Handgemachtes.\n",
     [("Ostermarkt", "--03-21", "Sugenheim")],
     "a flyer's title between tildes; the line under it says where ('im Hof des Alten "
     "Schlosses Sugenheim'): the town in the venue's name"),
    ("Grundschule Ulm-Söflingen\n\nUlm, 14. September 2026\n\nElternabende\nDie Elternabende "
     "beginnen jeweils um 19.30 Uhr im Schulhaus.\n- Klassen 1 und 2: Dienstag, 29. September "
     "2026, Musiksaal\n- Klassen 3 und 4: Donnerstag, 1. Oktober 2026, Musiksaal\n",
     [("Elternabend: Klassen 1 und 2", "2026-09-29T19:30", "Ulm"),
      ("Elternabend: Klassen 3 und 4", "2026-10-01T19:30", "Ulm")],
     "a list's items labelled by whom they are for ('- Klassen 3 und 4: Donnerstag, …'): "
     "each the list's event, for them"),
    ("VERANSTALTUNGSKALENDER SEPTEMBER 2026 – Gemeinde Hallau\n\nFr 25.9.   19.30 Uhr    "
     "Preisjassen im Restaurant Rebstock (Schieber mit zugelostem Partner), Einschreiben ab 19 "
     "Uhr, Einsatz CHF 25.–\nSa 26.9.   14 Uhr       Kinderflohmarkt\n",
     [("Preisjassen im Restaurant Rebstock", "2026-09-25T19:30", "Hallau"),
      ("Kinderflohmarkt", "2026-09-26T14:00", "Hallau")],
     "a column of titles whose line runs long: its title before the details after commas"),
    ("Bad Waldsee, 12. März 2026 – Am Samstag, 14. März 2026, um 20 Uhr gibt der Musikverein "
     "in der Pfarrkirche ein Benefizkonzert zugunsten des Fördervereins der Kinderklinik in "
     "Ravensburg.",
     [("Benefizkonzert", "2026-03-14T20:00", "Bad Waldsee")],
     "a town in the phrase of whom a concert is for ('zugunsten … in Ravensburg') is not "
     "where it is held"),
    ("Pfarrbrief Pfingsten 2026\n\nPfingstsonntag, 24. Mai\n  9.00 Uhr   Tengling, "
     "Festgottesdienst mit dem Kirchenchor\n 10.30 Uhr   Otting, Pfarrgottesdienst\n",
     [("Festgottesdienst mit dem Kirchenchor", "2026-05-24T09:00", None),
      ("Pfarrgottesdienst", "2026-05-24T10:30", None)],
     "a parish's timed lines naming their village before the title: the title after it"),
    ("Stadt Haslach im Kinzigtal\nAmtsblatt – Nr. 18 – Donnerstag, 30. April 2026\n\n"
     "VERANSTALTUNGSKALENDER MAI 2026\n\nFr., 01.05. (Maifeiertag)\nMaibaumstellen auf dem "
     "Marktplatz, ab 11 Uhr, mit der Stadtkapelle Haslach.\n\nSa., 02.05.\nKinderkleider- und "
     "Spielzeugbörse des Familienzentrums, Stadthalle, 9–12 Uhr.\n",
     [("Maibaumstellen auf dem Marktplatz", "2026-05-01T11:00", "Haslach im Kinzigtal"),
      ("Kinderkleider- und Spielzeugbörse des Familienzentrums, Stadthalle, 9–12 Uhr",
       "2026-05-02T09:00", "Haslach im Kinzigtal")],
     "a calendar's heading over its first date line names no entry: the line under the "
     "date does, up to its first comma"),
    ("Lüdenscheid, 20.03.2026\n\n11. Kunststofftag Südwestfalen: Kreislaufwirtschaft im "
     "Mittelpunkt\n\nMit 340 Gästen war der Kunststofftag ein Erfolg.\n\nDer 12. Kunststofftag "
     "Südwestfalen findet am 16. und 17. März 2027 im Parktheater Iserlohn statt.",
     [("12. Kunststofftag Südwestfalen", "2027-03-16", "Iserlohn")],
     "a report's look ahead to the next edition keeps that edition's number, not the "
     "headline's"),
    ("Lüdenscheid, 20.03.2026\n\nMit rund 340 Gästen hat der 11. Kunststofftag Südwestfalen "
     "einen Rekord aufgestellt. Zwei Tage lang, am 17. und 18. März, diskutierten Fachleute in "
     "Lüdenscheid über Rezyklate.",
     [("11. Kunststofftag Südwestfalen", "2026-03-17", "Lüdenscheid")],
     "a report's days of those who took part ('diskutierten Fachleute') are the days of the "
     "event the sentence before names"),
    ("Bayreuth, 7. April 2026\n\nDie Infoveranstaltung in Lichtenfels war ursprünglich für "
     "Donnerstag, 30. April 2026, geplant. Wegen einer Terminüberschneidung mit der "
     "Vollversammlung der Kreishandwerkerschaft wird sie auf Dienstag, 12. Mai 2026, "
     "verschoben.",
     [("Infoveranstaltung", "2026-04-30", "Lichtenfels"),
      ("Infoveranstaltung", "2026-05-12", "Lichtenfels")],
     "the event a day is moved for ('Wegen einer Terminüberschneidung mit der "
     "Vollversammlung …') is not the one moved: the pronoun's, named before"),
    ("Ulm, 2. März 2026 – Wegen des großen Andrangs findet das Frühlingskonzert am Samstag, "
     "14. März 2026, in der Stadthalle Ulm statt.",
     [("Frühlingskonzert", "2026-03-14", "Ulm")],
     "a reason's phrase ends at its verb: the event after it is the day's"),
    ("Ulm, 2. März 2026 – Wegen der Umbauarbeiten finden die Konzerte am Samstag, 14. März "
     "2026, in der Stadthalle Ulm statt.",
     [("Konzerte", "2026-03-14", "Ulm")],
     "… a plural verb in '-en' too"),
    ("Ulm, 2. März 2026 – Der Musikverein gibt zugunsten der Kinderklinik am 14. März 2026 in "
     "Ravensburg ein Benefizkonzert.",
     [("Benefizkonzert", "2026-03-14", "Ravensburg")],
     "whom an event is for ends at its date: the town after the date is where it is held"),
    ("IHK Ulm\n\nUlm, 10. Februar 2026 – Das Energieforum findet im März statt.\n\nOnline-"
     "Anmeldung und Termine\n\nDie Workshops finden im Haus der Wirtschaft statt:\n\n- Di., "
     "24.02.2026, 10.00 Uhr: Workshop Stromverträge\n- Mi., 04.03.2026, 14.00 Uhr: Workshop "
     "Förderprogramme\n",
     [("Workshop Stromverträge", "2026-02-24T10:00", "Ulm"),
      ("Workshop Förderprogramme", "2026-03-04T14:00", "Ulm")],
     "a section heading naming only a way to sign up online ('Online-Anmeldung') leaves its "
     "entries their town"),
    ("Rheinische Obstbautage 2026\n\nVorab stellt der Verband die neuen Sorten an zwei "
     "Informationsabenden vor:\n– Dienstag, 10. März, 18 Uhr, im Kurhaus Bad Neuenahr, "
     "Kurgartenstraße 1, 53474 Bad Neuenahr-Ahrweiler\n– Donnerstag, 12. März, 18 Uhr, im "
     "Bürgerhaus Meckenheim, Am Markt 12, 53340 Meckenheim (Rhein-Sieg-Kreis)\n",
     [("Informationsabenden", "2026-03-10T18:00", "Bad Neuenahr-Ahrweiler"),
      ("Informationsabenden", "2026-03-12T18:00", "Meckenheim")],
     "a lead-in's list of dates whose rest is a venue with its full address, longer than "
     "a line's usual place: each date is the lead-in's event"),
    ("Obst- und Gartenbauverein Weilheim e. V.\n\nRundbrief Herbst 2026\n\nHier "
     "die wichtigsten Termine für die kommenden "
     "Wochen:\n\nHeckenschnitt-Aktion\nSa, 17.10.2026, 9 bis 12 Uhr, Treffpunkt am "
     "Vereinsgarten\nBitte Handschuhe mitbringen.\n\nApfelpressen für "
     "Familien\nSa, 24.10.2026, ab 14 Uhr im Lehrgarten\nSaft zum Mitnehmen.\n",
     [("Heckenschnitt-Aktion", "2026-10-17T09:00", "Weilheim"),
      ("Apfelpressen für Familien", "2026-10-24T14:00", "Weilheim")],
     "a bulletin announcing its dates ('Hier die wichtigsten Termine …:'): each heading "
     "names the date line under it, whose rest is its place ('Treffpunkt am …', 'im …')"),
    ("Am Mittwoch, 18. November 2026, um 18 Uhr bietet die Sparkasse Ulm einen Online-Vortrag "
     "zum Thema „Förderung – was gilt jetzt?“ an. Am Dienstag, 12. Januar 2027, um 19 Uhr "
     "berichtet Archivar Jan Roth im Stadtarchiv Ulm über „Ulmer Brauereien“.",
     [("Online-Vortrag", "2026-11-18T18:00", None),
      ("Vortrag: Ulmer Brauereien", "2027-01-12T19:00", "Ulm")],
     "a cue of no event's date ('gilt') inside a quoted title is none; one who 'berichtet "
     "über „…“' gives a talk"),
    ("KREISANZEIGER\nMittwoch, 4. November 2026 – Seite 9\n\nTERMINE DER "
     "WOCHE\n\nFreitag, 6. November\n19 Uhr, Wolfhagen: Herbstkonzert des "
     "Posaunenchors, Stadtkirche. Eintritt frei.\n\nSamstag, 7. November\n14 Uhr, "
     "Naumburg: Kürbisschnitzen für Kinder, Heimatmuseum, Burgstraße 2. Kosten 3 "
     "Euro.\n",
     [("Herbstkonzert des Posaunenchors", "2026-11-06T19:00", "Wolfhagen"),
      ("Kürbisschnitzen für Kinder", "2026-11-07T14:00", "Naumburg")],
     "a weekly column: each day's line over an item of its time and town ('19 Uhr, "
     "Wolfhagen: …'), named even without an event noun when another item has one; a "
     "newspaper's date before its page ('– Seite 9') dates the issue, no event"),
    ("vhs Passau – Pressemitteilung\nPassau, 1. Dezember 2026\n\nNeue "
     "Vortragsreihe „Donau im Wandel“\n\nDie Volkshochschule lädt im neuen Jahr zu "
     "einer Vortragsreihe ein.\n\nFische der Donau\nDienstag, 19. Januar 2027, "
     "19:30 Uhr, vhs-Zentrum, Nikolastraße 8, Passau\nReferent: Dr. Max "
     "Huber\n\nDie Donau im Klimawandel\nDienstag, 2. Februar 2027, 19:30 Uhr, "
     "online per Zoom\nReferentin: Dr. Eva Lenz\n",
     [("Vortrag: Fische der Donau", "2027-01-19T19:30", "Passau"),
      ("Vortrag: Die Donau im Klimawandel", "2027-02-02T19:30", None)],
     "a headline's series ('Neue Vortragsreihe …') makes each heading over a date line a "
     "talk; the line's rest is its place ('vhs-Zentrum, …'), or none ('online per Zoom')"),
    ("Stadt Fürth lädt zu Bürgerversammlungen ein\n\nDie Bürgerversammlungen "
     "finden in diesem Jahr an zwei Abenden statt:\n\nTermin: Dienstag, 17. "
     "November 2026, 19 Uhr\nOrt: Stadthalle, Rosenstraße 50, Fürth\nFür: "
     "Innenstadt\n\nTermin: Donnerstag, 19. November 2026, 19 Uhr\nOrt: "
     "Kulturforum, Würzburger Straße 2, Fürth\nFür: Stadtteile im Westen\n",
     [("Bürgerversammlungen", "2026-11-17T19:00", "Fürth"),
      ("Bürgerversammlungen", "2026-11-19T19:00", "Fürth")],
     "'Termin:' blocks under a sentence that leads in to them name its event, each block's "
     "'Ort:' and 'Für:' lines passed over"),
    ("Hospizverein Lahr\n\nWir laden Sie herzlich ein zu unserem "
     "Gedenkgottesdienst\n\nam Sonntag, 22. November 2026, um 15 Uhr\nin der "
     "Stiftskirche Lahr.\n",
     [("Gedenkgottesdienst", "2026-11-22T15:00", "Lahr")],
     "a sentence set out over paragraphs: its date in lower case ('am Sonntag, …') under "
     "the line naming the event"),
    ("Liebe Nachbarn,\n\nunser Straßenfest steht vor der Tür! Am Samstag, 12. "
     "September 2026, wird die Hauptstraße in Zell von 12 bis 22 Uhr zur "
     "Festmeile.\n",
     [("Straßenfest", "2026-09-12T12:00", "Zell")],
     "a timed date after a sentence announcing the event ('… steht vor der Tür!')"),
    ("Die Schau „Moor. Mensch. Klima.“ ist vom 16. Oktober 2026 bis zum 28. Februar 2027 im "
     "Landesmuseum Hannover zu sehen. Zur Ausstellung erscheint am 1. Oktober 2026 ein "
     "Begleitband.",
     [("Schau „Moor. Mensch. Klima.“", "2026-10-16", "Hannover")],
     "a show by its quoted name is an exhibition ('Schau' alone is none); a book's "
     "publication day ('erscheint am …') is no event's"),
    ("Am Dienstag, 3. März 2026, berichtet die Lokalzeitung über „Probleme im Rathaus“.", [],
     "a report 'über „…“' with no hour is news, no talk (a guard of the talk rule)"),
    ("Heimspiele der Rückrunde 2027\n\nDatum | Anwurf | Begegnung | Spielstätte der Partie\n"
     "--- | --- | --- | ---\nSa, 16.01.2027 | 18 Uhr | HC Eisenach – TV Emsdetten | "
     "Werner-Aßmann-Halle, Eisenach",
     [("HC Eisenach – TV Emsdetten", "2027-01-16T18:00", "Eisenach")],
     "a header that names the title's column but calls the place's by no known name: the "
     "cell after the title is the place (a regression of reading headers over a rule)"),
    ("TERMINE IM LANDKREIS\nAusgehtipps vom 5. bis 7. Juni 2026\n\nFREITAG, 5. JUNI\n"
     "Bamberg, 19.30 Uhr, Konzerthalle: Sinfoniekonzert der Bamberger Symphoniker. Karten an "
     "der Abendkasse.\nForchheim, 20 Uhr, Kolpinghaus: Kabarett mit Max Huber, „Alles im "
     "Griff“.\n\nSAMSTAG, 6. JUNI\nErlangen, 10–16 Uhr, Schlossplatz: Flohmarkt des "
     "Fördervereins – ABGESAGT! Ein Ersatztermin folgt.\n",
     [("Sinfoniekonzert der Bamberger Symphoniker", "2026-06-05T19:30", "Bamberg"),
      ("Kabarett mit Max Huber", "2026-06-05T20:00", "Forchheim"),
      ("Flohmarkt des Fördervereins", "2026-06-06T10:00", "Erlangen")],
     "a column's lines open with their town, then time and venue: 'Bamberg, 19.30 Uhr, "
     "Konzerthalle: …'; the range of the column's period names no event; a line's title is "
     "its first sentence"),
    ("WOCHENPROGRAMM\nLandau und Umgebung · 8. bis 9. Juni 2026\n\nMONTAG, 8. JUNI\n"
     "15–17 Uhr, Seniorenbüro, Marktstraße 50: Handy-Sprechstunde – Schüler helfen Senioren. "
     "Ohne Anmeldung.\n\nDIENSTAG, 9. JUNI\n19 Uhr, Altes Kaufhaus: Vortrag „Burgen im "
     "Mittelalter“ mit Prof. Dr. Eva Maier. Eintritt frei.\n10 Uhr (auch Mi.), Festhalle "
     "Speyer: Gesundheitsmesse „Fit im Alter“.\n",
     [("Handy-Sprechstunde – Schüler helfen Senioren", "2026-06-08T15:00", None),
      ("Vortrag „Burgen im Mittelalter“ mit Prof. Dr. Eva Maier", "2026-06-09T19:00", None),
      ("Gesundheitsmesse „Fit im Alter“", "2026-06-09T10:00", "Speyer")],
     "a line's venue (with its address, after a note on the time) before its title; what "
     "follows the title's first sentence is no place; 'Prof. Dr.' ends no sentence"),
    ("Volkshochschule Innsbruck\nProgramm Herbst 2026\n\nKREATIVES\n\nAquarellmalen für "
     "Anfänger\nFarben mischen, Flächen lavieren und erste Landschaften malen.\nSa, 10. "
     "Oktober 2026, 10:00–16:00 Uhr\nAtelier im Kulturhaus, Bahnhofstraße 3, 6020 Innsbruck\n"
     "Kursbeitrag: € 55,–\n\n262-4410 Vortrag: Gesund schlafen\nKursleitung: Dr. Jana Roth\n"
     "Do., 15.10.2026, 19.00 Uhr (nicht in den Herbstferien)\nStadtbücherei, Lesesaal, "
     "Colingasse 5, 6020 Innsbruck\n\n262-5120 Pilates für den Rücken\n6 Abende, Mo., "
     "19.10.–23.11.2026, 18.30–19.30 Uhr\nTurnhalle der Mittelschule, 6020 Innsbruck\n",
     [("Aquarellmalen für Anfänger", "2026-10-10T10:00", "Innsbruck"),
      ("Vortrag: Gesund schlafen", "2026-10-15T19:00", "Innsbruck"),
      ("Pilates für den Rücken", "2026-10-19T18:30", "Innsbruck")],
     "a catalogue's entries: the block's first line is the title of the date line under its "
     "description (its course number left out); a note on the dates is no title; '6 Abende, "
     "' opens a date line; an Austrian postcode line places it"),
    ("Seniorenakademie Passau\n\nVortragsreihe Herbst 2026\n\nAlle Vorträge finden im "
     "Pfarrsaal St. Anton in Passau statt.\n\nDatum            Thema                       "
     "             Referent\n---------------  ---------------------------------------  "
     "-------------------\nDo 08.10.2026    Sicher im Netz: Betrug erkennen          Kommissar "
     "Ralf Eder\n18:00–19:30      und abwehren\nDo 22.10.2026    Gesunder Schlaf im Alter     "
     "            Dr. Anna Huber\n18:00–19:30\nDo 05.11.2026    ENTFÄLLT                       "
     "          Prof. Dr. Eva Lang\n",
     [("Vortrag: Sicher im Netz: Betrug erkennen und abwehren", "2026-10-08T18:00", "Passau"),
      ("Vortrag: Gesunder Schlaf im Alter", "2026-10-22T18:00", "Passau"),
      ("Vortrag", "2026-11-05", "Passau")],
     "a table aligned by spaces: the header's 'Thema' column titles each row, its words going "
     "on in the line below, where the date's column gives the hours; a row marked 'ENTFÄLLT' "
     "is the series' event"),
    ("Kreismusikschule\n\nTermin       Uhrzeit        Workshop              Ort\n"
     "07.02.2027   10:00–13:00    Gitarre für Anfänger  Cham\n14.02.2027   14:00–17:00    "
     "Cajón bauen           Furth im Wald\n",
     [("Gitarre für Anfänger", "2027-02-07T10:00", "Cham"),
      ("Cajón bauen", "2027-02-14T14:00", "Furth im Wald")],
     "an aligned table's header may name its title column by an event noun ('Workshop')"),
    ("KULTURBÜHNE LINDENHOF\nSpielplan März 2027\n\nSa 6.3.    19.30 Uhr   Der zerbrochne "
     "Krug\n                       Lustspiel von Heinrich von Kleist\n\nSo 14.3.   17.00 Uhr   "
     "Kleiner Mann – was nun?\n",
     [("Der zerbrochne Krug", "2027-03-06T19:30", None),
      ("Kleiner Mann – was nun?", "2027-03-14T17:00", None)],
     "a column of titles set off from the date and time by a gap of blanks"),
    ("Fachtagung Holzbau Süd\n3.–4. März 2027 · Messe Friedrichshafen\n\nDie Tagung bringt "
     "Planer und Handwerk zusammen.\n",
     [("Fachtagung Holzbau Süd", "2027-03-03", "Friedrichshafen")],
     "days opening the line under the headline, set off from a venue by '·', are the "
     "headline's event's, not the document's date"),
    ("Landeskongress Pflege\n12. Mai 2027, Congress Center Basel\n\nErwartet werden 400 "
     "Fachleute.\n",
     [("Landeskongress Pflege", "2027-05-12", "Basel")],
     "a date line under the headline whose rest is a short name with a town's in it"),
    ("Stadtbibliothek Aalen\nTorhaus · Gmünder Straße 9 · 73430 Aalen\n\nLESUNG IM HERBST\n\n"
     "Einladung\n\nJuli Zeh\nSchriftstellerin, Berlin\n\n„Über Menschen“\n\nFreitag, "
     "6. November, 19.30 Uhr\nLesesaal im Torhaus\n\nDer Eintritt ist frei.\n",
     [("Lesung im Herbst", "--11-06T19:30", "Aalen")],
     "a date line under the headline's heading lines, blank lines between them not counted"),
    ("Vortragsreihe der Volkssternwarte\n\nJeweils donnerstags, 19.30 Uhr\nPlanetarium, "
     "Sternwartstraße 4, 86152 Augsburg\n\n---\n\n15.10.2026\nProf. Dr. Karl Huber (Garching)"
     "\nSchwarze Löcher im Labor\n\n29.10.2026\nDr. Ina Roth (Tautenburg)\nDer Mond als "
     "Archiv\n",
     [("Vortrag: Schwarze Löcher im Labor", "2026-10-15T19:30", "Augsburg"),
      ("Vortrag: Der Mond als Archiv", "2026-10-29T19:30", "Augsburg")],
     "bare date lines over a speaker with an academic title and the talk: the talk titles the "
     "entry, the speaker's town places none, and the first date is no dateline; 'Jeweils "
     "donnerstags, 19.30 Uhr' gives their hours"),
    ("Stadtmuseum Kaufbeuren\n\nAusstellung „Gold und Glas“\n\nFamilienführungen\nsamstags, "
     "15 Uhr, mit Jana Bauer\n10. Oktober 2026\n14. November 2026\n\nDer Eintritt ist frei.\n",
     [("Familienführung", "2026-10-10T15:00", "Kaufbeuren"),
      ("Familienführung", "2026-11-14T15:00", "Kaufbeuren")],
     "a list's hours under its heading ('samstags, 15 Uhr, …') time each of its date lines; "
     "each line is one of the heading's 'Familienführungen'"),
    ("Einladung zum Verbandstag 2027\n\nDer Verbandstag findet am 4. und 5. März 2027 in Graz "
     "statt.\n\nAblauf\nDonnerstag, 4. März 2027\nBeginn 10.00 Uhr, Fachvorträge\n",
     [("Verbandstag 2027", "2027-03-04", "Graz")],
     "a programme's heading ('Ablauf') over a day's line titles no event of its own"),
    ("Landesverbandstag 2026 in Kassel\n\nWir laden herzlich ein.\n\nAuf einen Blick\n\nWann:\n\n"
     "8./9. Mai 2026\n\nWo:\n\nKongress Palais Kassel\n",
     [("Landesverbandstag 2026 in Kassel", "2026-05-08", "Kassel")],
     "a box's date under its label across a blank line ('Wann:' / '' / '8./9. Mai 2026') "
     "dates the headline's event; the box's heading ('Auf einen Blick') names none"),
    ("Netzwerk Holz\n\nRosenheim, 12.05.2026 – Bereits am Vorabend, Mittwoch, 3. Juni 2026, "
     "lädt das Netzwerk ab 19 Uhr zu einem Get-together in die Alte Mälzerei ein.\n",
     [("Get-together", "2026-06-03T19:00", "Rosenheim")], "'Get-together' names an event"),
    ("Netzwerk Holz\n\nAm Vorabend, Mittwoch, 3. Juni 2026, lädt das Netzwerk ab 19 Uhr zu "
     "einem Get-together in die Alte Mälzerei ein.\n",
     [("Get-together", "2026-06-03T19:00", None)],
     "'Am Vorabend, …' opens no dateline: it is no town, and the date is the event's"),
    ("Symposium: „Brücken bauen“\n\nArbeitskreis Denkmalpflege\n\n14./15. Juni 2027 · Bamberg, "
     "Kongresshaus (Mußstraße 1)\n\nDie Tagung fragt nach dem Umgang mit Brücken.\n",
     [("Symposium „Brücken bauen“", "2027-06-14", "Bamberg")],
     "the headline's event, its title set off by a colon, stands over a date line whose rest "
     "opens with the town"),
    ("Forschungskolloquium Sommersemester 2027\n\n14.04.2027   Lea Brandt (Kiel)\n"
     "             Salzwiesen im Wandel\n\n28.04.2027   Ole Petersen (Husum)\n"
     "             Deichbau im Mittelalter\n",
     [("Salzwiesen im Wandel", "2027-04-14", None),
      ("Deichbau im Mittelalter", "2027-04-28", None)],
     "a speaker and their town in a column of titles: the talk indented under it is the title"),
    ("Handwerkskammer Niederbayern\n\nLandshut – 20 Betriebe zeigen sich auf der Ostbayerischen "
     "Baumesse. Die Messe läuft vom 5. bis 8. März 2027 auf dem Messegelände Landshut.\n\nDer "
     "Ausstellerabend findet am 6. März 2027 ab 18 Uhr am Stand in Halle B1 statt.\n",
     [("Ostbayerische Baumesse", "2027-03-05", "Landshut"),
      ("Ausstellerabend", "2027-03-06T18:00", "Landshut")],
     "'Die Messe läuft …' is the Baumesse the sentence before names; 'Halle B1' is a hall, "
     "not the city of Halle"),
    ("Sommerakademie Alpen\n\nInnsbruck – Die Universität veranstaltet eine Summer School "
     "vom 6. bis 17. Juli 2026 in Kufstein.\n",
     [("Summer School", "2026-07-06", "Kufstein")], "'Summer School' names an event"),
    ("Kunstverein Isny\n\nDie Ausstellung ist bis 30. Mai 2027 zu sehen.\n\nKünstlergespräch: "
     "Am 9. Mai 2027 um 15 Uhr führt der Künstler durch die Ausstellung.\n",
     [("Künstlergespräch", "2027-05-09T15:00", "Isny")],
     "a run-in heading of one event noun ('Künstlergespräch:') names the event of its "
     "paragraph, not a noun after the date ('durch die Ausstellung')"),
    ("Frühjahrsmesse Ulm\n\nDie Messe läuft vom 3. bis 5. April 2027 und ist täglich von 10 bis "
     "18 Uhr geöffnet.\n",
     [("Frühjahrsmesse Ulm", "2027-04-03T10:00", "Ulm")],
     "a run of days 'täglich von 10 bis 18 Uhr' open: those hours each day"),
    ("Sitzungstermine der Stadt\n\nGremium                 Datum        Beginn      Sitzungsort\n"
     "---------------------   -----------  ----------  -----------------------\n"
     "Bauausschuss            Mo 08.03.27  17:00 Uhr   Rathaus, Saal 2, Weiden\n"
     "Stadtrat                Mo 15.03.27  18:00 Uhr   Stadthalle Weiden\n",
     [("Bauausschuss", "2027-03-08T17:00", "Weiden"),
      ("Stadtrat", "2027-03-15T18:00", "Weiden")],
     "a table of sittings: 'Gremium' names the title column, 'Sitzungsort' the place's, and "
     "the date stands in a column of its own"),
    ("KINOKLUB ISNY\nProgramm März 2026\n\nNach jeder Vorführung laden wir zum Gespräch ein."
     "\n\nDi 3.3., 20 h\nDER BLAUE KAFTAN (OmU)\nMA 2023, 124 Min.\n\nDi 10.3.\n!! KEINE "
     "VORSTELLUNG !!\n\nDi 17.3., 20 h\nPERFECT DAYS\nJP 2023, 123 Min.\n",
     [("Der Blaue Kaftan (OmU)", "2026-03-03T20:00", None),
      ("Vorführung", "2026-03-10", None),
      ("Perfect Days", "2026-03-17T20:00", None)],
     "a programme of blocks under an introduction that names their kind: each block's title "
     "line titles it, in the case the text writes ('(OmU)' aside); a block saying there is no "
     "show is the kind's"),
    ("vhs Landkreis – Programm Frühjahr 2027\n\nSPRACHEN\n\n27F-3104  Italienisch A1\n          "
     "Kursleitung: Maria Rossi\n          10 x dienstags, 18.30–20.00 Uhr, Beginn: Di, "
     "02.03.2027\n          Forchheim, Mittelschule, Raum 4\n\nKREATIVES\n\n27F-4305  "
     "Filzen am Wochenende\n          Fr, 12.03.2027, 18.00–21.00 Uhr und Sa, 13.03.2027, "
     "10.00–16.00 Uhr\n          Ebermannstadt, Altes Schulhaus\n",
     [("Italienisch A1", "2027-03-02T18:30", "Forchheim"),
      ("Filzen am Wochenende", "2027-03-12T18:00", "Ebermannstadt"),
      ("Filzen am Wochenende", "2027-03-13T10:00", "Ebermannstadt")],
     "a course's hours before its first day ('10 x dienstags, 18.30–20.00 Uhr, Beginn: Di, "
     "02.03.2027'); a line of two dates alone is two bare date lines, its address below"),
    ("Newsletter 04/2027 | Netzwerk Holz\n\nTERMINE\n\n>> 5. Holzbautag Franken\n   Do, "
     "22.04.2027, 9.00 – 16.00 Uhr\n   Stadthalle Fürth\n\n>> Workshop: Brandschutz im "
     "Holzbau\n   Mi, 28.04.2027, 14:00 – 17:30 Uhr\n   Technologiezentrum Coburg\n\n>> "
     "Stammtisch entfällt\n   Der für Dienstag, 4. Mai, geplante Stammtisch entfällt.\n",
     [("5. Holzbautag Franken", "2027-04-22T09:00", "Fürth"),
      ("Workshop: Brandschutz im Holzbau", "2027-04-28T14:00", "Coburg"),
      ("Stammtisch", "2027-05-04", None)],
     "a block's head marked by '>>' and opening with an ordinal titles it; a year-less date "
     "takes the one year the document states whose day falls on its weekday"),
    ("Kanton Thurgau\n\nDas Amt führt Informationsanlässe in den Regionen durch.\n\nDie "
     "Informationsanlässe im Überblick:\n\n– Dienstag, 12. Mai 2026, 19.30 Uhr\n  Frauenfeld, "
     "Rathaussaal\n\n– Donnerstag, 21. Mai 2026, 19.30 Uhr\n  Buchs SG, Mehrzweckgebäude\n",
     [("Informationsanlässe", "2026-05-12T19:30", "Frauenfeld"),
      ("Informationsanlässe", "2026-05-21T19:30", None)],
     "the place line under each date of a list introduced by a sentence titles none of them"),
    ("Verbandstag 2027 in Ulm\n\nWir laden ein.\n\nWann:\n\n14./15. Mai 2027\nBeginn: 14. Mai, "
     "13:00 Uhr – Ende: 15. Mai, ca. 15:00 Uhr\n",
     [("Verbandstag 2027 in Ulm", "2027-05-14T13:00", "Ulm")],
     "a run of days whose start and end the line under it states ('Beginn: …, 13:00 Uhr – "
     "Ende: …, ca. 15:00 Uhr')"),
    ("Verbandstag 2026 in Leipzig\n\nLeipzig, 3. März 2026 – Der Verbandstag am 2. Juni 2026 ist "
     "ausgebucht. Zum Parlamentarischen Abend am Donnerstag, 24. September 2026, ab 18:30 Uhr "
     "in Berlin laden wir gesondert ein.\n",
     [("Verbandstag 2026 in Leipzig", "2026-06-02", "Leipzig"),
      ("Parlamentarischer Abend", "2026-09-24T18:30", "Berlin")],
     "an evening named by its adjective is an event, titled in the nominative; not the "
     "headline's"),
    ("PFARRBRIEF\nPfarrei St. Walburga Meschede\n23. März bis 12. April 2026 · Nr. 6/2026\n\n"
     "Das Pfarrfest feiern wir am Sonntag, 5. Juli 2026.\n",
     [("Pfarrfest", "2026-07-05", "Meschede")],
     "an issue's days before its number, set off by '·', are the issue's, no event (the "
     "parish's town after its patron places the feast)"),
    ("Geologischer Arbeitskreis\n\nDer Geo-Stammtisch findet im Winterhalbjahr mittwochs um "
     "19:30 Uhr im Gasthaus Kneitinger in Regensburg statt.\n\nTermin        Thema\n"
     "14.10.2026    Die Donau im Eiszeitalter\n11.11.2026    Bernstein aus dem Baltikum\n",
     [("Die Donau im Eiszeitalter", "2026-10-14T19:30", "Regensburg"),
      ("Bernstein aus dem Baltikum", "2026-11-11T19:30", "Regensburg")],
     "a table of two aligned columns; a series' one sentence ('Der Geo-Stammtisch findet … "
     "mittwochs um 19:30 Uhr') gives the hours of its Wednesdays"),
    ("PROGRAMM\n\nSAMSTAG, 6. JUNI 2026\n10 Uhr, Festakt zum Jubiläum: Grußworte des "
     "Bürgermeisters\n14 Uhr, Rathausplatz: Kinderfest mit Hüpfburg\n",
     [("Festakt zum Jubiläum: Grußworte des Bürgermeisters", "2026-06-06T10:00", None),
      ("Kinderfest mit Hüpfburg", "2026-06-06T14:00", None)],
     "what stands between a line's time and colon is its place unless it names an event"),
    ("Volksbühne Kirchberg\n\n„DIE GOLDENE GANS“\nLustspiel in drei Akten von Maria Huber\n\n"
     "AUFFÜHRUNGSTERMINE\nPremiere:   Samstag, 7. November 2026, 19.30 Uhr\n            "
     "Sonntag, 8.11., 17.00 Uhr\n            Freitag, 13.11., 19.30 Uhr\n            Samstag, "
     "14.11., 19.30 Uhr\n            Sonntag, 15.11., 17.00 Uhr\n\nKarten an der Abendkasse.\n",
     [("Premiere", "2026-11-07T19:30", "Kirchberg"),
      ("„Die Goldene Gans“", "2026-11-08T17:00", "Kirchberg"),
      ("„Die Goldene Gans“", "2026-11-13T19:30", "Kirchberg"),
      ("„Die Goldene Gans“", "2026-11-14T19:30", "Kirchberg"),
      ("„Die Goldene Gans“", "2026-11-15T17:00", "Kirchberg")],
     "a play's dates listed under a dates heading ('AUFFÜHRUNGSTERMINE'): each the work's "
     "its quoted heading names, in the year of the list's first line; a labelled date line "
     "above ('Premiere: …') is another entry, no title"),
    ("Pfarreiengemeinschaft Kaufbeuren\nPfarrbüro: Kirchplatz 2, 87600 Kaufbeuren\n\n"
     "GOTTESDIENSTORDNUNG\nvom 24. bis 26. Dezember 2026\n\nHeiligabend, 24.12. – Kollekte "
     "für Adveniat\n16.00 Stadtpfarrkirche St. Martin: Kindermette mit Krippenspiel\n22.30 "
     "Dreifaltigkeitskirche: Christmette mit dem Kirchenchor\n\nErster Weihnachtstag, 25.12.\n"
     "10.00 Stadtpfarrkirche St. Martin: Festgottesdienst\n\nZweiter Weihnachtstag, 26.12.\n"
     "9.30 Klosterkirche: Hochamt zum Stephanitag\n",
     [("Kindermette mit Krippenspiel", "2026-12-24T16:00", "Kaufbeuren"),
      ("Christmette mit dem Kirchenchor", "2026-12-24T22:30", "Kaufbeuren"),
      ("Festgottesdienst", "2026-12-25T10:00", "Kaufbeuren"),
      ("Hochamt zum Stephanitag", "2026-12-26T09:30", "Kaufbeuren")],
     "a parish's order of services: the range under a schedule's heading is its period, no "
     "event's; times without 'Uhr' ('16.00 Stadtpfarrkirche St. Martin: …'), the venue before "
     "the colon; a note after a dash names the day only ('Heiligabend, 24.12. – Kollekte …')"),
    ("Heimspiele der Rückrunde 2026\n\n  Datum        Anstoß   Begegnung\n  ----------   ------   "
     "--------------------------\n  15.03.2026   15:00    FC Weil – SV Lörrach 08\n  29.03.2026  "
     " 15:00    FC Weil – SC Freiburg II\n\nAlle Heimspiele finden im Stadion am Rhein in "
     "Weil am Rhein statt.",
     [("Heimspiel: FC Weil – SV Lörrach 08", "2026-03-15T15:00", "Weil am Rhein"),
      ("Heimspiel: FC Weil – SC Freiburg II", "2026-03-29T15:00", "Weil am Rhein")],
     "an indented table aligned by spaces, its header as far in as its rows; the city said "
     "for all events outranks a town in a row's title (the guests')"),
    ("PFARRBLATT ZELL AM SEE\n\nUnsere Termine:\n\n• Di, 6. Jänner 2026, 9.30 Uhr – "
     "Festgottesdienst mit den Sternsingern, Pfarrkirche (Stadtpfarrkirche)\n",
     [("Festgottesdienst mit den Sternsingern", "2026-01-06T09:30", "Zell am See")],
     "an entry's venue after its title's last comma; the town of a headline in capitals"),
    ("Die für Donnerstag, 12. Februar 2026, geplante Lesung in Halberstadt muss verschoben "
     "werden. Neuer Termin ist Donnerstag, 19. März 2026, um 19 Uhr, im Lesesaal am "
     "Fischmarkt.",
     [("Lesung", "2026-02-12", "Halberstadt"), ("Lesung", "2026-03-19T19:00", "Halberstadt")],
     "'Neuer Termin ist …' dates the event named before it, though a square named like a "
     "market ('am Fischmarkt') stands in its venue"),
    ("Informationsabend zum Umbau\nDie Anwohner sind eingeladen, sich über den Bauablauf zu "
     "informieren:\nMittwoch, 15. April 2026, 19 Uhr, Gemeindesaal, Burgdorf\n",
     [("Informationsabend zum Umbau", "2026-04-15T19:00", "Burgdorf")],
     "a date line whose rest is an address ending in a town, under a sentence introducing it: "
     "the heading over that sentence names the event"),
    ("Vortragsreihe Herbst 2026\n\nDie Vorträge finden jeweils montags um 18.15 Uhr im "
     "Rathaussaal in Landshut statt.\n\nMo 5.10.2026   Dr. Eva Lang, Universität Passau\n"
     "              Hochwasser an der Isar: Was Pegel erzählen\n\nMo 19.10.2026  Max Huber, "
     "Stadtarchiv\n              Landshut im Mittelalter\n",
     [("Vortrag: Hochwasser an der Isar: Was Pegel erzählen", "2026-10-05T18:15", "Landshut"),
      ("Vortrag: Landshut im Mittelalter", "2026-10-19T18:15", "Landshut")],
     "a series' date line naming its speaker: the talk's title is the line below, a colon "
     "inside it no label's"),
    ("Stadtführungen 2026\n\nSONDERFÜHRUNGEN\n\nMit dem Türmer auf den Stadtturm\nWenn die "
     "Glocken schlagen, erzählt der Türmer von Bränden und Belagerungen.\nTermine: 14.5.2026 "
     "und 11.6.2026, jeweils 21 Uhr\nTreffpunkt: Marktplatz Nördlingen\n",
     [("Mit dem Türmer auf den Stadtturm", "2026-05-14T21:00", "Nördlingen"),
      ("Mit dem Türmer auf den Stadtturm", "2026-06-11T21:00", "Nördlingen")],
     "'Termine:' labels a block's dates, its first line the title"),
    ("=====================================\nSPANISCH A2\n=====================================\n"
     "Sie verstehen schon viel? In kleinen Gruppen üben wir das Sprechen.\nDi, 13. Jänner bis "
     "24. März 2026, 18–19.30 Uhr\n(nicht in den Semesterferien, 3. Feber entfällt)\n"
     "VHS-Haus, Hofwiesengasse 48, 1130 Wien\n",
     [("Spanisch A2", "2026-01-13T18:00", "Wien")],
     "a heading set between rules titles its block"),
    ("STADTTHEATER KEMPTEN\nSpielplan Mai 2026\n\nFr 08.05. | 20:00 Uhr\nMaria Stuart\n"
     "Trauerspiel von Friedrich Schiller\n\nSa 09.05. | 15:00 Uhr\nDas Sams\nFamilientheater "
     "nach Paul Maar\n\nSo 10.05. | 17:00 Uhr\nAllgäuer Kammerorchester\nKonzert mit Werken "
     "von Haydn\nSeminarraum im Foyer\n",
     [("Maria Stuart", "2026-05-08T20:00", "Kempten"),
      ("Das Sams", "2026-05-09T15:00", "Kempten"),
      ("Allgäuer Kammerorchester", "2026-05-10T17:00", "Kempten")],
     "a programme of blocks, each a bare date line over its title line: no block takes the "
     "line of the block above"),
    ("Netzwerk Kreislaufwirtschaft Nordhessen\n\nEINLADUNG\n2. Fachforum Kreislaufwirtschaft\n"
     "„Vom Abfall zum Rohstoff“\n\nDo, 11.3.2027 | 9:30–16:00 Uhr\nStadthalle Kassel, "
     "Holländische Straße 1, 34127 Kassel\n",
     [("2. Fachforum Kreislaufwirtschaft", "2027-03-11T09:30", "Kassel")],
     "a date line alone under a heading block of three lines: the line naming one event"),
    ("IHK Nordschwarzwald\nVeranstaltungen Frühjahr 2026\n\n══════════════════════\nWEBINAR "
     "26-WEB-07\nExportkontrolle kompakt\n──────────────────────\nTermin:    Dienstag, "
     "10.02.2026, 10:00 – 11:30 Uhr\nOrt:       online (Microsoft Teams), Zugang nach "
     "Anmeldung\n\n══════════════════════\nNETZWERK 26-NW-04\nUnternehmerinnen-Frühstück\n"
     "──────────────────────\nTermin:    Freitag, 06.03.2026, 08:00 Uhr\nOrt:       "
     "IHK-Zweigstelle Calw, Marktplatz 1, 75365 Calw\n",
     [("Exportkontrolle kompakt", "2026-02-10T10:00", None),
      ("Unternehmerinnen-Frühstück", "2026-03-06T08:00", "Calw")],
     "boxes of heading lines over rules ('══', '──'): a 'Termin:' line's title is its box's "
     "last heading line, its place the 'Ort:' line of its block; 'online' places nothing"),
    ("STADTTHEATER VILLACH\nSpielplan März 2026\n\nFREITAG, 6. MÄRZ\n  19.30 Uhr   Großes Haus"
     "    PREMIERE\n              Der Talisman – Posse mit Gesang von Johann Nestroy\n\n"
     "SAMSTAG, 7. MÄRZ\n  16.00 Uhr   Studiobühne    Die kleine Hexe (ab 6 Jahren)\n",
     [("Premiere: Der Talisman – Posse mit Gesang von Johann Nestroy", "2026-03-06T19:30",
       "Villach"),
      ("Die kleine Hexe (ab 6 Jahren)", "2026-03-07T16:00", "Villach")],
     "a timed line's cells: its stage, its mark ('PREMIERE', the title's kind) and its title, "
     "else the line under it; a day's heading in capitals is no dateline of an unknown town"),
    ("Der nächste Nachfolge-Sprechtag findet am Dienstag, 24.02.2026, von 14 bis 17 Uhr in "
     "Augsburg statt. Ein weiterer Termin folgt am 17.03.2026 von 9 bis 12 Uhr in Kempten.",
     [("Nachfolge-Sprechtag", "2026-02-24T14:00", "Augsburg"),
      ("Nachfolge-Sprechtag", "2026-03-17T09:00", "Kempten")],
     "'Ein weiterer Termin folgt am …' dates the event the sentence before names"),
    ("Institut für Altersforschung Bern\nÖffentliche Abendvorlesung\n\n«Alt werden in der "
     "Stadt»\n\nProf. Dr. Anna Keller\nLeiterin der Abteilung Geriatrie\n\nDonnerstag, 23. April "
     "2026\nEinlass 18.30 Uhr, Beginn 19 Uhr\nAula der Universität, Hochschulstrasse 4, 3012 Bern"
     "\n\nDie Lebenserwartung steigt. Was heisst das für unsere Städte?\n",
     [("Öffentliche Abendvorlesung", "2026-04-23T19:00", "Bern")],
     "a date line under the headline's heading lines (a quoted title, the speaker) dates its "
     "event; with its hours below, it is no document's date"),
    ("Deidesheimer Weinkerwe\n\n14.–18. August 2026 · Historischer Ortskern\n\nFünf Tage "
     "lang wird die Altstadt zur Genießermeile: Weingüter schenken vom 14. bis 18. August "
     "ihre Weine aus.\n\nProgramm\n\nSo., 16.8.\n\n14 Uhr: Großer "
     "Festumzug durch die Weinstraße\n\nMo., 17.8.\n\n18 Uhr: Kommentierte Weinprobe im "
     "Innenhof\n\nDi., 18.8.\n\n22 Uhr: Abschlussfeuerwerk über den Weinbergen\n",
     [("Deidesheimer Weinkerwe", "2026-08-14", "Deidesheim"),
      ("Großer Festumzug durch die Weinstraße", "2026-08-16T14:00", "Deidesheim"),
      ("Kommentierte Weinprobe im Innenhof", "2026-08-17T18:00", "Deidesheim"),
      ("Abschlussfeuerwerk über den Weinbergen", "2026-08-18T22:00", "Deidesheim")],
     "a wine feast ('Kerwe'), a tasting, fireworks; the headline's town adjective places "
     "the programme; a programme's line is no heading of the next day's"),
    ("Programm Oktober 2026\n\nEinlass jeweils 20 Uhr, Konzertbeginn 21 Uhr – sofern nicht "
     "anders angegeben.\n\nDo 01.10. Marta Kessler Quartet – Modern Jazz aus Köln · VVK 18 €"
     "\n\nFr 09.10. Jonas Albrecht Trio feat. Lisa Wendt – Piano-Trio · 24 €\n",
     [("Marta Kessler Quartet", "2026-10-01T21:00", None),
      ("Jonas Albrecht Trio feat. Lisa Wendt", "2026-10-09T21:00", None)],
     "a name right after a programme line's date, set off by a dash or a middle dot; a "
     "shared time's doors are no start when a start follows"),
    ("Ausstellung · 18.04.–07.06.2026\n\nBegleitprogramm\n\nFinissage\n\nSonntag, 7. Juni "
     "2026, 16 Uhr\nZum Ende der Ausstellung: Performance „Nachhall“ mit dem Ensemble\n\n"
     "Unsere Gottesdienste\n\n4. Advent, Sonntag, 20. Dezember 2026, 17 Uhr\n\nAdventssingen in "
     "der Stadtkirche mit dem Kirchenchor. Anschliessend Punsch.\n",
     [("Ausstellung", "2026-04-18", None), ("Finissage", "2026-06-07T16:00", None),
      ("Adventssingen", "2026-12-20T17:00", None)],
     "a date line alone under a heading naming one event (HTML's h3 over a p) takes it as "
     "title; a list's heading in the plural does not; the head line's run of an exhibition "
     "is the exhibition's"),
    ("Museum am Markt\n\nBegleitprogramm\n\nKuratorenführung\n\nSo, 12.04.2026, 11:00 Uhr – mit "
     "Dr. Ewa Nowak, Teilnahme im Museumseintritt enthalten.\n\nInternationaler Museumstag\n\n"
     "Sonntag, 17. Mai 2026, 10–18 Uhr – freier Eintritt in alle Ausstellungen, stündlich "
     "Kurzführungen, Mitmachstationen für Kinder im Hof.\n",
     [("Kuratorenführung", "2026-04-12T11:00", None),
      ("Internationaler Museumstag", "2026-05-17T10:00", None)],
     "a date line's description after a dash ('– freier Eintritt in alle Ausstellungen') "
     "names no event: the heading over it does"),
    ("STV Frauenfeld – Vereinsnachrichten\nFrauenfeld, 20. Oktober 2025\n\nEin Rückblick\nAm "
     "Thurgauer Kantonalturnfest in Weinfelden vom 20. bis 22. Juni 2025 erreichte unsere "
     "Aktivriege den 4. Rang.\n\nTurnerabende 2025 «Zeitreise»\nUnser traditioneller "
     "Turnerabend steht vor der Tür. Dieses Jahr nehmen wir euch mit bis ins Jahr 3000.\n"
     "   Freitag, 14. November 2025, 19.30 Uhr (Türöffnung 18.30 Uhr)\n   Samstag, 15. November "
     "2025, 19.30 Uhr (Türöffnung 18.30 Uhr), anschliessend Barbetrieb und Tanz mit DJ Röbi\n"
     "Ort: Festhalle Rüegerholz, Frauenfeld\n",
     [("Kantonalturnfest", "2025-06-20", "Weinfelden"),
      ("Turnerabend", "2025-11-14T19:30", "Frauenfeld"),
      ("Turnerabend", "2025-11-15T19:30", "Frauenfeld")],
     "a heading's word before a year opens no entry ('Turnerabende 2025 «Zeitreise»'): its "
     "paragraph introduces the dates under it, not the paragraph before; what follows an "
     "event ('…, anschliessend Barbetrieb') names none"),
    ("Bürgerinitiative Sandow\n\nUnsere nächsten Schritte:\n\n3. Übergabe der Unterschriften\n"
     "   Donnerstag, 29. Januar 2026, 11 Uhr, vor dem Rathaus (Neumarkt 5). Wir übergeben die "
     "Unterschriften an den Oberbürgermeister.\n",
     [], "a square before its house number is no market ('Neumarkt 5')"),
    ("Kursprogramm Frühjahr 2026\n\nUnsere Kurse finden im Haus der Familie statt.\n\nEltern und "
     "Kind\n\nVater-Kind-Samstag: Wir bauen ein Vogelhaus\n\nSamstag, 21. März 2026, 10–13 Uhr · "
     "für Väter (oder Opas!) mit Kindern ab 5 Jahren · Werkraum · 18 € inkl. Material\n\n"
     "Kochen und Backen\n\nOsterbäckerei für Kinder von 6 bis 10 Jahren\nMittwoch, 1. April "
     "2026, 15.00–17.30 Uhr · Lehrküche · 15 € inkl. Zutaten\n",
     [("Vater-Kind-Samstag: Wir bauen ein Vogelhaus", "2026-03-21T10:00", None),
      ("Osterbäckerei für Kinder von 6 bis 10 Jahren", "2026-04-01T15:00", None)],
     "a catalogue's data after the date, set off by middle dots (audience, room, fee), under "
     "the entry's title line or heading: the title is the entry's"),
    ("KLEINE BÜHNE · BAMBERG\nSpielplan April 2026\n\nTag   Datum   Beginn  Stück"
     "                       Bemerkung\n----  ------  ------  --------------------------  "
     "---------\nDo    09.04.  19.30   Der zerbrochne Krug (Kleist)  PREMIERE\n"
     "Sa    11.04.  16.00   Das Sams (ab 6 Jahren)        Kindertheater\n",
     [("Der zerbrochne Krug (Kleist)", "2026-04-09T19:30", "Bamberg"),
      ("Das Sams (ab 6 Jahren)", "2026-04-11T16:00", "Bamberg")],
     "a table's 'Beginn' column gives a row without its year its hour, kept once the year "
     "is found"),
    (_HIGHLIGHTS,
     [("Sonnwendfeuer am See", "2026-06-26T21:00", "Zell am See"),
      ("Kapruner Bauernmarkt", "2026-07-11T09:00", "Kaprun"),
      ("Bergmesse am Kitzsteinhorn", "2026-08-01T11:00", "Kaprun"),
      ("Zeller Kirtag", "2026-08-15T10:00", "Zell am See"),
      ("Oldtimertreffen Kaprun", "2026-08-29", "Kaprun")],
     "a date and town line over its item's paragraph names the item by the paragraph's words "
     "before a dash; such lines are entries, no masthead's date; a feast day in brackets "
     "('Mariä Himmelfahrt') is no event"),
    ("Kursprogramm Frühjahr 2026\n\nRund um die Geburt\n\nBabymassage\n\n5 x dienstags ab 10. "
     "März 2026, 10.00–11.00 Uhr · für Babys von 6 Wochen bis 6 Monaten · 55 €\n\nPEKiP – "
     "Prager Eltern-Kind-Programm\n\n8 Treffen, freitags 9.30–11.00 Uhr, Beginn: Freitag, 6. "
     "März 2026 · für Eltern mit Babys · 96 €\n\nNähen für Einsteigerinnen\n4 Abende ab "
     "Donnerstag, 16. April 2026, jeweils 18–21 Uhr · Nähmaschinen sind vorhanden · 72 €\n",
     [("Babymassage", "2026-03-10T10:00", None),
      ("PEKiP – Prager Eltern-Kind-Programm", "2026-03-06T09:30", None),
      ("Nähen für Einsteigerinnen", "2026-04-16T18:00", None)],
     "a course's first day after how often it meets ('5 x dienstags ab', '4 Abende ab') is its "
     "start, no deadline; its hours after the count of meetings ('8 Treffen, freitags "
     "9.30–11.00 Uhr, Beginn: …')"),
    ("SPD Soest\n\nDie SPD lädt am 18. Februar 2026 ab 18 Uhr zum politischen Aschermittwoch in "
     "die Stadthalle Werl ein.\n",
     [("Politischer Aschermittwoch", "2026-02-18T18:00", "Werl")],
     "'politischer Aschermittwoch' in running text"),
    (_FESTIVAL_DAYS.replace("MUSIKSOMMER", "FESTSPIELE"),
     [("Festspiele am See 2026", "2026-07-10", "Gmunden"),
      ("Eröffnungskonzert: „Wellen“", "2026-07-10T20:00", "Gmunden"),
      ("Wanderung mit Musik", "2026-07-11T09:00", "Gmunden"),
      ("Theater: „Jedermann“", "2026-07-11T21:00", "Gmunden")],
     "a festival's headline names a feast ('Festspiele'): its days' lines are events of their "
     "own, and its name titles the run the line under it calls 'Festival' alone"),
    (_FESTIVAL_DAYS,
     [("Musiksommer am See 2026", "2026-07-10", "Gmunden"),
      ("Eröffnungskonzert: „Wellen“", "2026-07-10T20:00", "Gmunden"),
      ("Wanderung mit Musik", "2026-07-11T09:00", "Gmunden"),
      ("Theater: „Jedermann“", "2026-07-11T21:00", "Gmunden")],
     "a festival's run on its head line is its own, no issue's date; a day's rule under it; "
     "an item's hour and venue (a house and its hall) over its title in capitals ('THEATER: "
     "„JEDERMANN“'); a deadline's day ending a line heads no items"),
    (_MARKDOWN_COURSES,
     [("Spanisch für die Reise – Crashkurs an zwei Samstagen", "2026-03-07T10:00", None),
      ("Spanisch für die Reise – Crashkurs an zwei Samstagen", "2026-03-14T10:00", None),
      ("Smartphone-Sprechstunde für Senior*innen", "2026-03-03T14:00", None),
      ("Smartphone-Sprechstunde für Senior*innen", "2026-03-10T14:00", None),
      ("Nistkastenbau für Kinder", "2026-04-18T14:00", "Marburg"),
      ("Azubi-Speed-Dating", "2026-03-25T14:00", "Ibbenbüren")],
     "a heading's paragraph over its course: not the course's number ('Kursnummer 26F-…'), "
     "not the category above; 'Termine: am 3. und 10. März'; a bare date line opening a "
     "paragraph under it; a bulleted place label ('- Wo: …')"),
    (_HOUSE_MONTH,
     [("Kindertheater: „Der kleine Rabe Socke“", "2025-11-01T15:00", "Bremen"),
      ("Konzert: Hafenkante & The Blue Wharfs", "2025-11-07T20:00", "Bremen"),
      ("GEDENKRUNDGANG zum 9. November 1938", "2025-11-09T11:00", "Vegesack")],
     "a row's hall or meeting point over the title under it; a cell of doors and start "
     "hours is no title; the day a title recalls is history, no event, in a programme "
     "whose own dates give no year"),
    ("Veranstaltungen im Oktober 2027\n\nFür Kinder\n\nGaming-Nachmittag\n\nNintendo Switch "
     "und Brettspiele für Jugendliche ab 10 Jahren.\nFreitag, 29. Oktober 2027, 15–18 Uhr, "
     "Jugendbereich „Freiraum“.\n\nLesung: Dana von Suffrin – „Nochmal von vorne“\n\nDie "
     "Münchner Autorin liest aus ihrem Roman. Donnerstag, 14. Oktober 2027, 19.30 Uhr (Einlass "
     "19 Uhr). Eintritt 8 €.\n",
     [("Gaming-Nachmittag", "2027-10-29T15:00", None),
      ("Lesung: Dana von Suffrin – „Nochmal von vorne“", "2027-10-14T19:30", None)],
     "a sentence of a date's data alone (its hours, place, doors) within a paragraph dates "
     "the heading over the paragraph"),
    ("Rolandsfest: Sonne, Spielmannszüge und 35.000 Gäste\nMontag, 18. Juni 2012, 11:42 Uhr\n\n"
     "NORDHAUSEN. Das 20. Rolandsfest lockte vom 15. bis 17. Juni 2012 rund 35.000 Besucher in "
     "die Innenstadt.\n",
     [("Rolandsfest", "2012-06-15", "Nordhausen")],
     "a date alone on its line with a clock's minute ('11:42 Uhr') is the article's stamp"),
    ("Kurz notiert\n\nDie Müller Kunststoffe GmbH aus Lichtenfels feiert am 1. April 2026 ihr "
     "75-jähriges Firmenjubiläum. Herzlichen Glückwunsch!\n",
     [], "a firm's anniversary is a day of its own, no event"),
    ("KELLERTHEATER ISNY\nProgramm November 2026\n\nFr 06.11. | Kabarett\nAnna Weiß: „Alles "
     "im grünen Bereich“\n\nSa 07.11. | Liedermacher\nTom Kern: „Heimwärts“\n!!! ENTFÄLLT !!! Der "
     "Künstler ist erkrankt. Die Vorstellung wird am Sa., 13.03.2027, 20 Uhr nachgeholt.\n",
     [("Kabarett: Anna Weiß – „Alles im grünen Bereich“", "2026-11-06", "Isny"),
      ("Liedermacher: Tom Kern – „Heimwärts“", "2026-11-07", "Isny"),
      ("Liedermacher: Tom Kern – „Heimwärts“", "2027-03-13T20:00", "Isny")],
     "a row's genre after a bar, the act and work on the line under it; the block's note "
     "calls it off and dates its make-up"),
    ("Pfarre Lofer – Gottesdienste\n\nDi, 8. Dez. 2026 – Mariä Empfängnis: 9.00 Uhr "
     "Festgottesdienst, gestaltet vom Kirchenchor\nDo, 24. Dez. 2026 – Heiliger Abend: 16.00 Uhr "
     "Kindermette; 22.00 Uhr Christmette mit der Musikkapelle\n",
     [("Festgottesdienst", "2026-12-08T09:00", "Lofer"),
      ("Kindermette", "2026-12-24T16:00", "Lofer"),
      ("Christmette mit der Musikkapelle", "2026-12-24T22:00", "Lofer")],
     "a day line's feast, then its items at their hours, one after a semicolon"),
    ("Pfarrbrief · Advent 2026\n\nRorate im Advent: jeweils Dienstag um 6.30 Uhr in der "
     "Pfarrkirche in Lofer, anschließend Frühstück im Pfarrsaal – am 1. und 15. Dezember.\n",
     [("Rorate", "2026-12-01T06:30", "Lofer"), ("Rorate", "2026-12-15T06:30", "Lofer")],
     "the event a sentence names before what follows it ('anschließend Frühstück'); the hour "
     "said for each of a weekday ('jeweils Dienstag um 6.30 Uhr')"),
    ("TERMINE DER WOCHE\nPustertal, 3. bis 9. August 2026\n\nMONTAG, 3. AUGUST\nBruneck – "
     "Platzkonzert der Stadtkapelle am Graben, 20.30 Uhr. Bei Regen im Ragenhaus.\nOlang – "
     "Vortrag über alte Almen, Vereinshaus, 20 Uhr. Anmeldung bis Sonntag, 12 Uhr.\n\n"
     "DIENSTAG, 4. AUGUST\nSand in Taufers – Bauernmarkt am Rathausplatz, 8 bis 12 Uhr.\n"
     "Toblach – ABGESAGT: Das Open-Air-Konzert am Seeufer (21 Uhr) fällt aus.\n",
     [("Platzkonzert der Stadtkapelle am Graben", "2026-08-03T20:30", "Bruneck"),
      ("Vortrag über alte Almen", "2026-08-03T20:00", "Olang"),
      ("Bauernmarkt", "2026-08-04T08:00", "Sand in Taufers"),
      ("Open-Air-Konzert", "2026-08-04T21:00", "Toblach")],
     "a week's column: each day's items a line each, the town before a dash, the hours the "
     "line's own"),
    ("TV Jahn Seesen\nVereinsnachrichten 2/2026 – Mai\n\nSa., 6. Juni – Harzer Bergmarathon in "
     "Wernigerode\nWir fahren gemeinsam. Gemeinsame Anreise im Kleinbus, Treffpunkt Vereinsheim um "
     "5.30 Uhr.\n\nSo., 21. Juni – Sommerfest am Vereinsheim\nBeginn um 11 Uhr.\n",
     [("Harzer Bergmarathon in Wernigerode", "2026-06-06", "Wernigerode"),
      ("Sommerfest am Vereinsheim", "2026-06-21T11:00", "Seesen")],
     "a newsletter's number and year ('Vereinsnachrichten 2/2026') date its year-less days; "
     "the hour of the journey to an event is not its start"),
    ("Weinfest Nierstein 2026\n\nSAMSTAG, 3. OKTOBER\n\nFestzelt\n18.00 Uhr      Fassanstich\n"
     "20.00 Uhr      Partyband „Weinberghasen“ aus Mainz\n\nBühne am Marktplatz\n"
     "19.00 Uhr      Weinprobe mit dem Winzerverein Oppenheim\n\nAußerdem:\n"
     "22.30 Uhr      Feuerwerk am Rheinufer\n",
     [("Fassanstich", "2026-10-03T18:00", "Nierstein"),
      ("Partyband „Weinberghasen“ aus Mainz", "2026-10-03T20:00", "Nierstein"),
      ("Weinprobe mit dem Winzerverein Oppenheim", "2026-10-03T19:00", "Nierstein"),
      ("Feuerwerk am Rheinufer", "2026-10-03T22:30", "Nierstein")],
     "a feast's day lists its items under each stage's heading; the town of whom an item is "
     "with or where they come from is not its place"),
    ("Konzerte im Frühjahr 2027\n\nFreitag, 12. März 2027, 19.30 Uhr\nMartinskirche Kaufbeuren\n"
     "Passionskonzert „Stabat Mater“\nEintritt frei\n\nSonntag, 4. April 2027 (1. Ostertag), "
     "10 Uhr\nKatholische Kirche Obergünzburg\nFestgottesdienst mit Orchestermesse\n",
     [("Passionskonzert „Stabat Mater“", "2027-03-12T19:30", "Kaufbeuren"),
      ("Festgottesdienst mit Orchestermesse", "2027-04-04T10:00", "Obergünzburg")],
     "a programme's blocks: the date line, the venue's line, the title's line"),
    ("Abendmusik im Dom\nmittwochs am 6., 13. und 20. Mai 2026, jeweils 18 bis 18.30 Uhr\n"
     "Dom St. Blasius, Braunschweig\n",
     [("Abendmusik im Dom", "2026-05-06T18:00", "Braunschweig"),
      ("Abendmusik im Dom", "2026-05-13T18:00", "Braunschweig"),
      ("Abendmusik im Dom", "2026-05-20T18:00", "Braunschweig")],
     "the weekday the listed days share before them ('mittwochs am …')"),
    ("Die Veranstaltung „Sommerfest im Park“ am Sonntag, 5. Juli 2026, im Kurpark Bad Wörishofen "
     "fällt aus.\n",
     [("Sommerfest im Park", "2026-07-05", "Bad Wörishofen")],
     "a quoted name opening with its event noun is the title whole"),
    ("Gemeindeblatt Oberperfuss\n\nLiebe Leserinnen und Leser, ein Rückblick.\n\nRÜCKBLICK\n\n"
     "Florianifeier\nBei strahlendem Wetter feierte die Freiwillige Feuerwehr "
     "Oberperfuss (gegründet 1878) am Sonntag, 3. Mai 2026, ihren Schutzpatron.\n",
     [("Florianifeier", "2026-05-03", "Oberperfuss")],
     "a founding year in a name's aside is the club's, not the day's"),
    ("Die Müller Kunststoffe GmbH (gegründet 1951) feiert am 1. April 2026 ihr 75-jähriges "
     "Firmenjubiläum.\n",
     [], "a firm's anniversary stays its own day beside an aside"),
    ("Stadtbibliothek Greiz › Veranstaltungen › März 2026\n\nWas ist los in der Bibliothek? – "
     "März 2026\n\nIm März erwarten Sie eine Lesung und unser beliebtes Bilderbuchkino.\n\nAlle "
     "Veranstaltungen finden in der Bibliothek, Marktplatz 5, 07973 Greiz, statt.\n\n"
     "Bilderbuchkino für Kinder von 3 bis 6 Jahren\n\n📅 mittwochs am 4. und 11. März · 🕓 "
     "jeweils 16 Uhr · 📍 Kinderbibliothek\n\nGroßformatige Bilder auf der Leinwand.\n\n"
     "| Datum | Bilderbuch |\n|---|---|\n| 4.3. | „Der Grüffelo“ |\n| 11.3. | „Frederick“ |\n",
     [("Bilderbuchkino: „Der Grüffelo“", "2026-03-04T16:00", "Greiz"),
      ("Bilderbuchkino: „Frederick“", "2026-03-11T16:00", "Greiz")],
     "a table's works on the days a kind of event is held are its showings, no events of "
     "their own"),
    ("Heimatbühne Kastelruth · Theaterverein seit 1952\n\n„Der Brandner Kaspar“ – Volksstück in "
     "drei Akten von Franz von Kobell\n\nSpielzeit Feber 2026\n\nEin Stück über einen schlauen "
     "Bauern.\n\nAufführungstermine\n\n| Tag | Datum | Beginn |\n|---|---|---|\n| Freitag | 13. "
     "Feber 2026 | 20.00 Uhr |\n| Sonntag | 15. Feber 2026 | 17.00 Uhr |\n",
     [("„Der Brandner Kaspar“", "2026-02-13T20:00", "Kastelruth"),
      ("„Der Brandner Kaspar“", "2026-02-15T17:00", "Kastelruth")],
     "a table's rows of days and hours alone are the work's its head names in quotes before "
     "its genre and author"),
    ("vhs – Programm Frühjahr 2026\n\nWochenendseminar Aquarell: Licht und Wasser\n\nFür "
     "Fortgeschrittene. Bitte eigene Farben mitbringen.\n\n| Tag | Zeit |\n|-----|------|\n| "
     "Freitag, 20.03.2026 | 18:00–21:00 Uhr |\n| Samstag, 21.03.2026 | 10:00–17:00 Uhr |\n",
     [("Wochenendseminar Aquarell: Licht und Wasser", "2026-03-20T18:00", None),
      ("Wochenendseminar Aquarell: Licht und Wasser", "2026-03-21T10:00", None)],
     "a table's rows of days and hours alone are its section's, by the heading over it"),
    ("Liederkranz Eppelheim – Vereinsheft 2027\n\nSOMMERFEST AM WASSERTURM\n"
     "------------------------\nSa., 26. Juni und So., 27. Juni 2027\nSamstag ab 17 Uhr mit "
     "Fassbieranstich, Sonntag ab 11 Uhr Frühschoppen.\n",
     [("Sommerfest am Wasserturm", "2027-06-26T17:00", None)],
     "a run's first day's hour said by its weekday after it ('Samstag ab 17 Uhr, Sonntag ab "
     "11 Uhr')"),
    ("Graz, 20. Juni 2015 – Der Polizeidirektor sprach bei einer Pressekonferenz. Der Mann ist "
     "verheiratet. Er wurde am 28. Mai von seinem Wohnsitz weggewiesen.",
     [], "a pronoun stands for a noun of the sentence right before only"),
    ("TV Männedorf\n\nUnsere grosse Turnerunterhaltung steht vor der Tür!\n\nDie Vorstellungen im "
     "Überblick:\n\nFreitag, 6. März 2026, 20 Uhr, Turnhalle Schulhaus Dorf (Türöffnung 19 Uhr)"
     "\n\nSamstag, 7. März 2026, 19.30 Uhr, Turnhalle Schulhaus Dorf\n",
     [("Grosse Turnerunterhaltung", "2026-03-06T20:00", "Männedorf"),
      ("Grosse Turnerunterhaltung", "2026-03-07T19:30", "Männedorf")],
     "'Die Vorstellungen im Überblick:' labels the dates of the show named before it, blank "
     "lines between them; a club's 'Unsere' is no part of the name"),
    ("KULTURSOMMER RHEINGAU 2026\n12. bis 14. Juni 2026\n\nDrei Tage Musik und Literatur im "
     "Kurhaus Wiesbaden.\n\nTag      | Datum      | Beginn | Ort      | Programm\n"
     "Samstag  | 13.06.2026 | 15:00  | Kurhaus  | Die kleine Hexe (ab 6 Jahren)\n"
     "Samstag  | 13.06.2026 | 20:00  | Kurhaus  | Big Band Night\n",
     [("Kultursommer Rheingau 2026", "2026-06-12", "Wiesbaden"),
      ("Die kleine Hexe (ab 6 Jahren)", "2026-06-13T15:00", "Wiesbaden"),
      ("Big Band Night", "2026-06-13T20:00", "Wiesbaden")],
     "a festival named by its art and season; a programme's rows of one day that name no "
     "event are each their own, though both take the headline's noun"),
    ("Kiel, Samstag, 14. November 2026\n\nFischmarkt in Laboe\nDer für morgen, Sonntag, "
     "geplante Fischmarkt am Hafen Laboe wurde abgesagt.\n\nHafenflohmarkt findet statt\nDer "
     "Hafenflohmarkt in der Halle 400 findet morgen wie geplant von 10 bis 16 Uhr statt.\n",
     [("Fischmarkt in Laboe", "2026-11-15", "Laboe"),
      ("Hafenflohmarkt", "2026-11-15T10:00", "Kiel")],
     "a bare kind ('Fischmarkt') is no other compound of its base ('Hafenflohmarkt') that day"),
    ("Am Sonntag, 5. Juli 2026, beginnt der Tag um 9.30 Uhr mit der Schützenmesse in der "
     "Pfarrkirche. Höhepunkt des Festes ist um 15 Uhr der große Festumzug durch die "
     "Innenstadt.",
     [("Schützenmesse", "2026-07-05T09:30", None), ("Festumzug", "2026-07-05T15:00", None)],
     "the day's high point at its hour is another event of the day, named by its own noun, "
     "not the feast's"),
    ("Märkte im Advent\n\nPLOCHINGEN\nSamstag, 12. Dezember 2026, 14–21 Uhr: „Plochinger "
     "Lichterzauber“ im Hundertwasserhof und auf dem Marktplatz.\n",
     [("„Plochinger Lichterzauber“", "2026-12-12T14:00", "Plochingen")],
     "a date line's sentence opening with a quoted name held at a place: the name"),
    ("Das Fest der Goldenen Hochzeit feiern am 20. Juni 2026 Maria und Georg Lindner.", [],
     "a couple's wedding day is theirs, its feast too"),
    ("Am 5. Mai 2026 feiert der Verein sein Sommerfest; Familie Huber feiert am selben Tag "
     "Goldene Hochzeit.", [("Sommerfest", "2026-05-05", None)],
     "… not an event the sentence names beside it"),
    (_MOVED_ROW, [("Theaterfrühstück im Foyer", "2026-11-15T11:00", None),
                  ("„Der Besuch der alten Dame“", "2026-11-21T19:30", None),
                  ("„Der Besuch der alten Dame“", "2026-11-28T19:30", None)],
     "a row's date it is moved to is its own entry's, not the row above's"),
    ("Spielplan April 2026\n\nDo 02.04.  19.30 Uhr  Der zerbrochne Krug\nFr 03.04.  – Karfreitag – "
     "keine Vorstellung\nSa 04.04.  19.30 Uhr  Das Sams\n",
     [("Der zerbrochne Krug", "2026-04-02T19:30", None), ("Das Sams", "2026-04-04T19:30", None)],
     "a programme's line saying there is no show that day is no event"),
    ("Spielplan Damen\n\nSa 07.02.2026  14:00  TSV Marburg – SG Wehrda\nSa 14.02.2026  spielfrei "
     "(Fastnacht)\n",
     [("TSV Marburg – SG Wehrda", "2026-02-07T14:00", "Marburg")],
     "… nor one saying the team does not play ('spielfrei')"),
    ("Berlin, 15. Januar 2026 – Der Verband lädt zur Fachtagung Wärmeplanung ein. Die Tagung "
     "findet am 17. und 18. September im Congress Centrum Hannover statt. Sie beginnt am 17. "
     "September um 9.30 Uhr und endet am 18. September gegen 16 Uhr.\n\nNach der Premiere im "
     "vergangenen Jahr – die Tagung 2025 in Leipzig zählte 600 Gäste – rechnet der Verband "
     "mit 800 Gästen.",
     [("Fachtagung Wärmeplanung", "2026-09-17T09:30", "Hannover")],
     "a year-less day's title names no edition of another year ('Tagung 2025'): the pronoun's "
     "days and hours are the one event's"),
    ("Wetzlar, Samstag, 14. März 2026\n\nBei der gestrigen Jahreshauptversammlung des Obst- "
     "und Gartenbauvereins im Gasthaus Roter Ochse wurde Erika Scherzer zur Vorsitzenden "
     "gewählt.",
     [("Jahreshauptversammlung des Obst- und Gartenbauvereins", "2026-03-13", "Wetzlar")],
     "a day adjective before an event's noun dates it; a genitive's suspended compound ('des "
     "Obst- und Gartenbauvereins') is whole"),
    ("Verbraucherzentrale\nOnline-Seminare im Juni 2026\n\nDüsseldorf, 28. Mai 2026 – Auch im "
     "Juni bietet die Verbraucherzentrale kostenlose Online-Seminare an.\n\nDie Termine im "
     "Überblick:\n\n▸ Montag, 8. Juni, 18:00 bis 19:00 Uhr\n„Balkonkraftwerke: Was ist "
     "erlaubt?“\nEnergieberater Dirk Schumacher erklärt, wie Steckersolargeräte angemeldet "
     "werden.\n\n▸ Mittwoch, 10. Juni, 12:30 bis 13:15 Uhr\n„Stromtarif wechseln in 30 "
     "Minuten“\nEin kurzer Überblick über Vergleichsportale.\n",
     [("Balkonkraftwerke: Was ist erlaubt?", "2026-06-08T18:00", None),
      ("Stromtarif wechseln in 30 Minuten", "2026-06-10T12:30", None)],
     "the entries of a listing headlined by online events are held in no town, not the "
     "dateline's"),
    ("Ringvorlesung im Sommersemester 2026\n\nZeit: jeweils dienstags, 18.15 Uhr\nOrt: Hörsaal "
     "011, Platz der Göttinger Sieben 5, 37073 Göttingen\n\n05.05.2026\nDr. Miriam Okafor "
     "(Oxford): Climate Justice\nAchtung: Dieser Vortrag findet ausschließlich online via Zoom "
     "statt.\n\n12.05.2026\nProf. Dr. Ulrich Behrens (Göttingen): Wald im Stress\n",
     [("Ringvorlesung: Climate Justice", "2026-05-05T18:15", None),
      ("Ringvorlesung: Wald im Stress", "2026-05-12T18:15", "Göttingen")],
     "an entry whose notes say it is held online is held in no town"),
    ("SEETALER BOTE                      Freitag, 4. September 2026\nRegion Hochdorf\n\nIN "
     "KÜRZE\n\nHochdorf: Openair-Kino auf dem Brauiplatz\nHeute Abend um 20 Uhr zeigt der "
     "Kulturverein den Film „Wolkenbruch“ im Kulturzentrum Braui.\n\nHitzkirch: Chilbi mit "
     "Rekordzahl an Bahnen\nMorgen Samstag und am Sonntag verwandelt sich der Dorfplatz in "
     "Hitzkirch in einen Rummelplatz.\n",
     [("Openair-Kino", "2026-09-04T20:00", "Hochdorf"),
      ("Chilbi mit Rekordzahl an Bahnen", "2026-09-05", "Hitzkirch")],
     "a brief's town before its heading is no part of the event's name"),
    ("TV Wetzlar\n\nUnsere grosse Turnerunterhaltung steht vor der Tür!\n\nDie Vorstellungen im "
     "Überblick:\n\nSamstag, 7. März 2026, 14 Uhr, Stadthalle Wetzlar – Familienvorstellung\n\n"
     "Samstag, 7. März 2026, 19.30 Uhr, Stadthalle Wetzlar, anschliessend Tanz\n",
     [("Grosse Turnerunterhaltung", "2026-03-07T14:00", "Wetzlar"),
      ("Grosse Turnerunterhaltung", "2026-03-07T19:30", "Wetzlar")],
     "two shows of a day at different hours are two events"),
    ("TV Wetzlar\n\nUnsere Turnerunterhaltung steht vor der Tür! Unter dem Motto «Zeitreise» "
     "zeigen alle Riegen ihr Können.\n\nDie Vorstellungen im Überblick:\n\nFreitag, 6. März "
     "2026, 20 Uhr, Stadthalle Wetzlar\n\nSamstag, 7. März 2026, 19.30 Uhr, Stadthalle "
     "Wetzlar\n",
     [("Turnerunterhaltung", "2026-03-06T20:00", "Wetzlar"),
      ("Turnerunterhaltung", "2026-03-07T19:30", "Wetzlar")],
     "a motto's quoted word ('Zeitreise', ending like 'Reise') names no event"),
    ("Wanderprogramm Herbst 2026\n\nSo 04.10.2026\nHerbstwanderung am Feldberg – Rund um den "
     "Feldsee\nStrecke ca. 12 km, 450 Höhenmeter\n\nFr 03.04.2026\nGottesdienst mit Abendmahl, "
     "es singt die Kantorei\nStadtkirche\n",
     [("Herbstwanderung am Feldberg – Rund um den Feldsee", "2026-10-04", None),
      ("Gottesdienst mit Abendmahl", "2026-04-03", None)],
     "a title line of its own under a date line is the title whole, not a clause after its "
     "comma"),
    # events whose day is still to be told: reported undated, never given a day
    ("Weilburg, 3. März 2026\n\nDer Heimatverein lädt am Samstag, 14. März 2026, zur "
     "Jahreshauptversammlung ins Bürgerhaus ein. Für das Backhausfest steht noch kein Termin "
     "fest.",
     [("Jahreshauptversammlung", "2026-03-14", "Weilburg"), ("Backhausfest", None, "Weilburg")],
     "'steht noch kein Termin fest': the event its sentence names, undated, in the text's town"),
    ("Weilburg, 3. März 2026\n\nDer Platz wird im Rahmen eines kleinen Dorffestes eröffnet; "
     "der Termin dafür wird noch festgelegt.",
     [("Dorffest", None, "Weilburg")],
     "an undated event named in the genitive ('eines kleinen Dorffestes'): its base form"),
    ("Weilburg, 3. März 2026\n\nIm Herbst soll es wieder eine Kräuterwanderung geben. Der "
     "Termin folgt.",
     [("Kräuterwanderung", None, "Weilburg")],
     "'Der Termin folgt': the event the sentence before names"),
    ("Vereinsnachrichten\n\nAm Sonntag, 8. März 2026, um 10 Uhr treffen sich alle Helfer zum "
     "Frühjahrsputz am Sportplatz.\n\nSeifenkistenrennen\nWann wir starten, hängt von der "
     "Genehmigung der Straßensperrung ab. Der genaue Termin wird rechtzeitig im Gemeindeblatt "
     "bekannt gegeben.",
     [("Frühjahrsputz", "2026-03-08T10:00", None), ("Seifenkistenrennen", None, None)],
     "'Der genaue Termin wird … bekannt gegeben', the paragraph naming no event: the heading "
     "over it"),
    ("Der für Freitag, 6. März 2026, geplante Spieleabend fällt aus. Ein Ersatztermin wird "
     "rechtzeitig bekannt gegeben.",
     [("Spieleabend", "2026-03-06", None)],
     "a replacement day to be told is no undated event beside the dated one"),
    ("Der Termin für den Kinderflohmarkt wurde bereits im Januar bekannt gegeben.",
     [], "a day told already makes no event still to be told"),
    ("Auch das Hoffest soll wieder stattfinden. Ein Datum steht noch nicht fest, da der Hof im "
     "Sommer für die Meisterschaften der Reiter gebraucht wird.",
     [("Hoffest", None, None)],
     "a clause of reason names no event still to be told"),
    ("Bonn, 2. Februar 2026\n\nNoch in diesem Jahr soll es ein Online-Seminar zur Grundsteuer "
     "geben. Der Termin folgt.",
     [("Online-Seminar", None, None)],
     "an online event still to be told takes no town"),
    ("Ingelfingen, 30. Juni 2026\n\nFür den Herbst plant die Wehr einen Leistungsmarsch für "
     "Jugendliche aus dem ganzen Landkreis.",
     [("Leistungsmarsch", None, "Ingelfingen")],
     "a plan with its subject after the verb ('plant die Wehr einen …')"),
]

# two entries of a course catalogue: a title line between its number and fee cells, the
# dates, their hours and the address under it; a date line with its place, and a note
_CATALOGUE_ENTRIES = (
     "K1-2210   Tablet für Einsteiger (iPad)               39,00 €\n"
     "          2 Termine: Mo 21.09. und 28.09.2026,\n          jeweils 17:00–19:00 Uhr\n"
     "          Emsdetten, Bücherei, Lesesaal\n\n"
     "K1-3105   Word kompakt – Tagesworkshop               —\n"
     "          Sa 10.10.2026, Rheine, Rathaus, Raum 12\n"
     "          >>> ENTFÄLLT – der Dozent ist erkrankt.\n"
)

STATUS_ROWS = [
    ("FASNACHT SURSEE 2027\n\nSamstag, 6. Februar 2027\n13.30 Uhr  Grosser Fasnachtsumzug mit "
     "über 40 Gruppen\n\nWICHTIG: Der traditionelle Maskenball in der Stadthalle vom Samstag, "
     "6. Februar 2027, findet in diesem Jahr nicht statt.\n",
     [("2027-02-06T13:30", "ok"), ("2027-02-06", "cancelled")],
     "a note calling off an event of another kind that day ('Maskenball') is none of the "
     "programme's entry ('Fasnachtsumzug')"),
    ("Schierling, 19. März 2026\n\nBürgerversammlung verschoben\nWeil der Kämmerer den "
     "Abschluss nicht vorlegen kann, wird die ursprünglich für Donnerstag, 26. März, geplante "
     "Bürgerversammlung verschoben. Sie findet nun am Donnerstag, 23. April, um 19.30 Uhr im "
     "Pfarrheim statt.\n",
     [("2026-03-26", "cancelled"), ("2026-04-23T19:30", "ok")],
     "a moved event's old day ('ursprünglich für …') is called off, its new day the next "
     "sentence gives is on"),
    ("Ostalbkreis, 1. Oktober 2026\n\nDer ursprünglich für Samstag, 17. Oktober, geplante "
     "Impftag in Lorch muss leider entfallen, da die Halle saniert wird.\n",
     [("2026-10-17", "cancelled")], "… and an old day its sentence calls off with no new one"),
    ("Berlin, 1. März 2006\n\nDie Bundesregierung hat zunächst für Montag, 6. März, zu einer "
     "Sondersitzung des Ausschusses geladen. Danach beraten die Parteien.\n", [],
     "… but a day after 'zunächst' that nothing moves or calls off is no event's"),
    ("ALPENVEREIN MONDSEELAND\nTourenprogramm Sommer 2026\n\nBei Schlechtwetter wird der "
     "Drachenwand-Klettersteig am Samstag, 9. Mai, auf den 16. Mai verschoben.\n\n"
     "Datum     | Tour                             | Treffpunkt\n"
     "Sa 09.05. | Drachenwand-Klettersteig (C/D)   | 8.00 Uhr, Parkplatz Drachenwand\n"
     "Do 14.05. | Familienwanderung auf den Kolomansberg | 9.00 Uhr, Parkplatz Gemeindeamt\n",
     [("2026-05-09T08:00", "ok"), ("2026-05-14T09:00", "ok")],
     "… but not a note that puts it off only as a supposition ('Bei Schlechtwetter …')"),
    ("ALPENVEREIN MONDSEELAND\nTourenprogramm Sommer 2026\n\n!! AKTUELLE ÄNDERUNG !!\nDer "
     "Drachenwand-Klettersteig am Samstag, 9. Mai, muss wegen Sanierungsarbeiten verschoben "
     "werden.\n\nDatum     | Tour                             | Treffpunkt\n"
     "Sa 09.05. | Drachenwand-Klettersteig (C/D)   | 8.00 Uhr, Parkplatz Drachenwand\n"
     "Do 14.05. | Familienwanderung auf den Kolomansberg | 9.00 Uhr, Parkplatz Gemeindeamt\n",
     [("2026-05-09T08:00", "cancelled"), ("2026-05-14T09:00", "ok")],
     "a note apart from a table puts off the row it names by its day and title's first word; "
     "a mountain's name is no town ('Großer Priel')"),
    ("10.03.2026, 14:52 Uhr | Bayern | Kultur\n\nDinkelsbühl (dpa/lby) - Statt wie geplant vom "
     "19. bis 21. Juni soll das Festival nun vom 11. bis 13. September über die Bühne gehen. "
     "Das für den 18. Juni geplante Warm-up-Konzert in der Schranne fällt ersatzlos aus.\n\n"
     "Anwohner sind für Donnerstag um 19.00 Uhr zu einer Informationsveranstaltung der Stadt "
     "eingeladen.\n",
     [("2026-06-19", "cancelled"), ("2026-09-11", "ok"), ("2026-06-18", "cancelled"),
      ("2026-03-12T19:00", "ok")],
     "a news page's stamp before its section dates the text ('14:52 Uhr | Bayern'); 'Statt wie "
     "geplant vom …' is the old date, called off; a prose paragraph's hours are none of the one "
     "before"),
    ("Radio Elbland\nStand: Freitag, 16. Oktober 2026, 8.15 Uhr\n\nAbgesagt: Drachenfest in Pirna\n"
     "Wegen der angekündigten Sturmböen fällt das für morgen ab 11 Uhr geplante Drachenfest auf "
     "den Elbwiesen in Pirna aus.\n\nApfelmarkt in Dohna\nMorgen von 10 bis 16 Uhr verwandelt "
     "sich der Hof der Kelterei in einen Apfelmarkt.\n",
     [("2026-10-17T11:00", "cancelled"), ("2026-10-17T10:00", "ok")],
     "a split verb with its subject between calls off ('fällt das … Drachenfest … aus'); "
     "'Morgen' opening a sentence before its hours is tomorrow"),
    ("Sursee, 8. April 2026\n\nEinweihung erneut verschoben\n\nVon Markus Zemp\n\nEigentlich "
     "hätte die Bevölkerung die Halle schon am Samstag, 21. März, mit einem Eröffnungsfest "
     "einweihen sollen. Der Stadtrat hatte das Fest im Januar auf Samstag, 25. April, "
     "verschoben. Nun wird auch daraus nichts.\n\nDas Eröffnungsfest findet nun am Samstag, 13. "
     "Juni 2026, von 10 bis 17 Uhr statt.\n",
     [("2026-03-21", "cancelled"), ("2026-04-25", "cancelled"), ("2026-06-13T10:00", "ok")],
     "what was to have happened ('hätte … sollen') did not; a new day the next sentence calls "
     "off ('Nun wird auch daraus nichts') is off"),
    ("Oberschwaben aktuell\nStand: 14.02.2026, 10.42 Uhr\n\nSturm: Umzüge abgesagt\n\n"
     "- Bad Waldsee: Der große Umzug, ursprünglich für Sonntag, 14 Uhr, angesetzt, wird auf "
     "Fasnetdienstag, 17. Februar, verschoben.\n"
     "- Wangen im Allgäu: Der Kinderumzug am Sonntag um 13.30 Uhr fällt aus.\n",
     [("2026-02-15T14:00", "cancelled"), ("2026-02-17", "ok"), ("2026-02-15T13:30", "cancelled")],
     "the new day after a feast's name ('auf Fasnetdienstag, 17. Februar') is no called-off "
     "one, the old one ('ursprünglich für Sonntag, 14 Uhr') is; a list item's event on a "
     "weekday at its hour after another item's date"),
    ("Kempten, Samstag, 21. Februar 2026\n\nFunkenfeuer verschoben\nDie Funkenzunft Sonthofen "
     "sagt ihr für Sonntag, 22. Februar 2026, geplantes Funkenfeuer auf dem Festplatz an der "
     "Iller ab. \"Bei diesem Wind geht das nicht\", sagte der Zunftmeister. Entzündet werden "
     "sollte der Funken um 19 Uhr. Er wird nun am Samstag, 28. Februar 2026, um 19 Uhr "
     "nachgeholt.\n",
     [("2026-02-22", "cancelled"), ("2026-02-28T19:00", "ok")],
     "a split verb calls off ('sagt … ab'); a pronoun's made-up day ('Er wird … nachgeholt') "
     "is the event named three sentences before"),
    ("Die Sektion Immenstadt des Alpenvereins verschiebt ihre für Freitag, 27. Februar 2026, "
     "19.30 Uhr, geplante Mitgliederversammlung im Hofgarten. Neuer Termin ist Freitag, 6. März "
     "2026, 19.30 Uhr.",
     [("2026-02-27T19:30", "cancelled"), ("2026-03-06T19:30", "ok")],
     "'verschiebt' (present) puts the day it names off"),
    (_MOVED_ROW, [("2026-11-15T11:00", "ok"), ("2026-11-21T19:30", "cancelled"),
                  ("2026-11-28T19:30", "ok")],
     "the day a row is moved to after its cue ('ENTFÄLLT, verschoben auf …') is not called off"),
    ("Ringvorlesung im Sommersemester 2026\n\nZeit: jeweils dienstags, 18.15 Uhr\nOrt: Hörsaal "
     "011, Platz der Göttinger Sieben 5, 37073 Göttingen\n\n12.05.2026\nProf. Dr. Ulrich "
     "Behrens (Göttingen): Wald im Stress\n\n19.05.2026\nProf. Dr. Sabine Kranich (Hamburg): "
     "Klimaschutz und Demokratie\n– Dieser Termin fällt leider aus. Ein Ersatztermin ist im "
     "Wintersemester vorgesehen. –\n",
     [("2026-05-12T18:15", "ok"), ("2026-05-19T18:15", "cancelled")],
     "a note in dashes under an entry pointing back to it ('– Dieser Termin fällt leider aus') "
     "calls it off, not the entry above"),
    ("Spielplan Herren\n\nSa 07.03.2026 19:30    TSV – SV Kirchhain          Herrenwaldhalle\n"
     "Sa 14.03.2026 18:00    TSV – TSG Biedenkopf        Herrenwaldhalle\n\nDas Heimspiel gegen "
     "den SV Kirchhain am 07.03.2026 ist abgesagt.\n",
     [("2026-03-07T19:30", "cancelled"), ("2026-03-14T18:00", "ok")],
     "a kind of event with its complement ('Heimspiel gegen den SV Kirchhain') calls off the "
     "row of that day"),
    ("Das Herbstfest findet je nach Wetter am 21. oder 22. September 2026 statt.",
     [("2026-09-21", "tentative")], "alternatives after 'oder': one event, its day not settled"),
    ("Das Derby in Istanbul am 20. März 2016 wurde nach dem Anschlag annulliert.",
     [("2016-03-20", "cancelled")], "'annulliert' calls a game off"),
    ("Termine\n\nDer Weihnachtsmarkt in Owen, geplant für Samstag, 19. Dezember 2026, fällt in "
     "diesem Jahr aus.\n", [("2026-12-19", "cancelled")],
     "'fällt in diesem Jahr aus': the separable verb with the year between"),
    ("Kulturprogramm Schwelm 2026\n\n| Datum | Zeit | Veranstaltung | Ort |\n|---|---|---|---|\n"
     "| Fr, 13.02.2026 | 20:00 | Ole Brinkmann – Stand-up-Comedy „Ruhrgebiet für Anfänger“ | "
     "Ibach-Haus |\n", [("2026-02-13T20:00", "ok")],
     "'Stand-up' holds no stamp's 'Stand': the row is an event"),
    ("Weinfest Bernkastel 2026\n\nSamstag, 5. September\n\n22:30 Uhr Großes Höhenfeuerwerk "
     "über der Mosel (bei Trockenheit entfällt das Feuerwerk)\n",
     [("2026-09-05T22:30", "ok")], "called off in dry weather only: no cancellation"),
    ("Veranstaltungen im Mai 2026\n\nSeminare der IHK.\n\nAbgesagt Unternehmerfrühstück Kreis "
     "Gütersloh\n\nTermin\n\n"
     "Mi, 20.05.2026, 8:00 Uhr\n\nOrt\n\nZweigstelle Gütersloh\n\nEin Ersatztermin folgt.\n",
     [("2026-05-20T08:00", "cancelled")], "a web page's badge 'Abgesagt' before the title"),
    ("Stadt Wetzlar\n\nWetzlar, 23.05.2025\n\nUnwetterwarnung: Stadt sagt Veranstaltungen ab\n\n"
     "– Sommerkonzert des Stadtorchesters im Rosengärtchen, Samstag, 24. Mai 2025, 19 Uhr: findet "
     "statt, wird aber in die Stadthalle Wetzlar verlegt. Beginn unverändert 19 Uhr.\n\n"
     "– Öffentliche Altstadtführung „Goethe in Wetzlar“, Sonntag, 25. Mai 2025, 11 Uhr: muss in "
     "diesem Jahr leider ausfallen.\n",
     [("2025-05-24T19:00", "ok"), ("2025-05-25T11:00", "cancelled")],
     "a move to another place puts nothing off; 'muss … ausfallen' with words between"),
    ("NABU Marburg\n\nGruppentreffen\nUnsere offenen Gruppentreffen finden jeweils um 19.30 Uhr "
     "im Gasthaus „Zur Sonne“, Marburg, statt:\n- Donnerstag, 9. April 2026\n- Donnerstag, 14. "
     "Mai 2026 – entfällt (Christi Himmelfahrt)\n",
     [("2026-04-09T19:30", "ok"), ("2026-05-14T19:30", "cancelled")],
     "a list's date called off, its reason in brackets after the status"),
    ("Schützenverein Gailenkirchen von 1862 e. V.\n\nSCHÜTZENFEST 2026\nFreitag, 3. Juli bis "
     "Montag, 6. Juli 2026\nFestplatz am Schützenhaus, Schwäbisch Hall\n\nLiebe "
     "Schützenschwestern und Schützenbrüder, vier Tage lang feiern wir wieder unser "
     "Schützenfest.\n\nFESTPROGRAMM\n\nSamstag, 4. Juli\n  14.30 Uhr  Vogelschießen am "
     "Vogelstand\n  20.00 Uhr  Königsball im Festzelt\n\nMontag, 6. Juli\n  10.00 Uhr  "
     "Frühschoppen mit Ehrungen im Festzelt\n  Das Kinderschützenfest am Montagnachmittag "
     "entfällt in diesem Jahr,\n  da sich nicht genügend Betreuer gefunden haben.\n  22.00 Uhr"
     "  Ausklang des Schützenfests\n",
     [("2026-07-03", "ok"), ("2026-07-04T14:30", "ok"), ("2026-07-04T20:00", "ok"),
      ("2026-07-06T10:00", "ok")],
     "a note under a programme's entry calling off another event it names is not the entry's; "
     "a moment of the feast itself ('Ausklang des Schützenfests') is no event of its programme"),
    ("vhs Musterland\nPROGRAMM HERBST 2026\n\n" + _CATALOGUE_ENTRIES,
     [("2026-09-21T17:00", "ok"), ("2026-09-28T17:00", "ok"), ("2026-10-10", "cancelled")],
     "the hours on the line under one entry's dates are not another entry's"),
    ("Museumshof Lenzkirch\nSonderführungen 2026\n\n3. Mai 2026, 14 Uhr\n„Vom Korn zum Brot“\n"
     "Führung durch Mühle und Backhaus.\n\n22. August 2026\nNachtführung mit Laterne\n"
     "– entfällt in dieser Saison, da die Stube restauriert wird.\n\n13. September 2026, 10 "
     "bis 17 Uhr\nKartoffelfest\nKartoffelernte mit historischen Geräten.\n",
     [("2026-05-03T14:00", "ok"), ("2026-08-22", "cancelled"), ("2026-09-13T10:00", "ok")],
     "a line opening with a dash before a status, under an entry's title, is a note calling "
     "it off, no entry of its own"),
    ("Was ist los in Lindau? – August 2026\n\nHier finden Sie die Höhepunkte des Monats.\n\n"
     "Sa, 01.08.2026, ab 17 Uhr\n\nSeefest am Hafen\n\nDas Sommerfest mit Musik.\n\nSa, "
     "08.08.2026\n\nLichterfest am Seeufer – entfällt\n\nWegen der Sanierung kann das "
     "Lichterfest nicht stattfinden.\n\nSo, 30.08.2026, ab 11 Uhr\n\nFischerfest in "
     "Wasserburg\n\nAm Ufer zeigen die Fischer ihr Handwerk.\n",
     [("2026-08-01T17:00", "ok"), ("2026-08-08", "cancelled"), ("2026-08-30T11:00", "ok")],
     "a page's date over its entry's heading, a blank line between, is no page's date after "
     "other dates; the heading's status after its dash calls it off"),
    ("Ringvorlesung „Wasser und Stadt“ – Sommersemester 2026\n\nUniversität Leipzig\n\n| Datum "
     "| Vortrag |\n|---|---|\n| 14. April 2026 | Starkregen in der Stadt |\n| 21. April 2026 | "
     "Grundwasser unter Druck |\n\nHinweis: Der Vortrag am 21. April 2026 („Grundwasser unter "
     "Druck“) entfällt aus organisatorischen Gründen.\n",
     [("2026-04-14", "ok"), ("2026-04-21", "cancelled")],
     "a note calling off the talk on a day the table lists: that row is off, the note no "
     "event of its own"),
    ("WEBINARREIHE 2026\n\nAlle Webinare finden online statt.\n\nDIE TERMINE\n\n"
     "Dienstag, 17. März 2026, 10.00–11.00 Uhr\nModul 3: Das Fachkräfteverfahren\n\n"
     "Dienstag, 14. April 2026, 10.00–11.00 Uhr\nModul 4: Willkommenskultur\nACHTUNG, "
     "TERMINÄNDERUNG: Modul 4 wird verschoben auf Mittwoch, 22. April 2026, 14.00–15.00 Uhr.\n",
     [("2026-03-17T10:00", "ok"), ("2026-04-14T10:00", "cancelled"),
      ("2026-04-22T14:00", "ok")],
     "a note under an entry that moves it to the date it names: its own day is off, the "
     "new day is the entry's event"),
    ("GESELLSCHAFT\n\n27F-1120  Vortrag: Erben und Vererben\n          Di, 09.03.2027, 19.00 Uhr\n"
     "          Rathaus, Sitzungssaal\n          *** Dieser Vortrag entfällt leider. ***\n",
     [("2027-03-09T19:00", "cancelled")],
     "a note set off by asterisks under an entry calls it off (no bullet)"),
    ("Stammtisch\n\nSa 14.03.2026, 19 Uhr (verschoben vom 07.03.2026)\n",
     [("2026-03-14T19:00", "ok")], "'(verschoben vom …)' after a date notes its old day"),
    ("Vortragsreihe Sternwarte\n\nDer Vortrag am Freitag, 12. März 2027, muss leider "
     "ausfallen. Der Vortrag am 26. März 2027 findet statt.",
     [("2027-03-12", "cancelled"), ("2027-03-26", "ok")],
     "'muss leider ausfallen' calls the event off"),
    ("Sommerfest verschoben – neuer Termin am 3. Oktober\n\nDer Verein muss sein für Samstag, "
     "19. September 2026, geplantes Sommerfest absagen. Neuer Termin ist Samstag, 3. Oktober "
     "2026, ab 15 Uhr.\n\nErsatzlos entfallen muss der Dämmerschoppen am Freitag, 18. "
     "September 2026, der ebenfalls auf der Festwiese stattfinden sollte.",
     [("2026-10-03T15:00", "ok"), ("2026-09-19", "cancelled"), ("2026-09-18", "cancelled")],
     "a headline's 'neuer Termin am …' is the new day, not a postponed one; 'muss … absagen' "
     "calls off; what 'stattfinden sollte' is no supposition"),
    ("Die für Donnerstag, 29.10.2026, vorgesehene Sitzung des Technischen Ausschusses entfällt "
     "mangels Beratungsgegenständen.\n\nDenzlingen, 14.10.2026\n\nDer Bürgermeister",
     [("2026-10-29", "cancelled")],
     "a council named with an adjective ('des Technischen Ausschusses') sits; a letter's "
     "closing place and date is no event's"),
    ("Laternenumzug abgesagt\n\nDer Umzug hätte am Freitag, 6. November 2026, um 17 Uhr am "
     "Schulhaus beginnen sollen. Die Route ist gesperrt.",
     [("2026-11-06T17:00", "cancelled")],
     "what would have begun on a day ('hätte … beginnen sollen') is off"),
    ("Nicht betroffen ist der Wintermärt. Er findet wie geplant am Samstag, 5. Dezember 2026, "
     "von 10 bis 17 Uhr auf dem Dorfplatz statt.",
     [("2026-12-05T10:00", "ok")],
     "'wie geplant am' keeps the day (only 'nicht wie geplant am' supersedes it); a Swiss "
     "'Märt' is a market"),
    ("Ringvorlesung Klimarecht 2026\n\nDatum | Referent | Thema\n---|---|---\n"
     "03.11.2026 | Prof. Dr. Ina Lutz | Klimaklagen in Europa\n17.11.2026 | Dr. Ole Brand | "
     "Emissionshandel\n\nDie Vorlesung am 17. November entfällt.",
     [("2026-11-03", "ok"), ("2026-11-17", "cancelled")],
     "a lecture said off by its kind alone is the table's lecture of that day, not another"),
    ("Ferienprogramm Sommer 2026\n\nDie Online-Anmeldung startet am Mittwoch, 1. Juli 2026, um "
     "18 Uhr.\n\nENTFÄLLT: KANU-SCHNUPPERKURS AUF DEM AMMERSEE\nSa., 22.8.2026, 9.30 Uhr, "
     "Segelclub-Gelände in Utting am Ammersee\nLeider müssen wir diesen Kurs absagen.",
     [("2026-08-22T09:30", "cancelled")],
     "a registration's start is no event's day; a title opening with its cancellation"),
    ("GENERALVERSAMMLUNG\nDienstag, 29. September 2026, 19.30 Uhr\nAnträge sind bis am "
     "8. September 2026 an den Vorstand zu richten.", [("2026-09-29T19:30", "ok")],
     "the Swiss 'bis am' marks a deadline"),
    ("Termine\n\nDie für Dienstag, 19. Mai 2026, 20 Uhr, angekündigte Lesung fällt wegen "
     "Erkrankung aus.", [("2026-05-19T20:00", "cancelled")],
     "'fällt wegen … aus' cancels (not 'fällt gut aus')"),
    ("US-Vorwahlen\n\n„Wir werden einen offenen Parteitag haben“, sagte Gingrich am Dienstag "
     "(27. März 2012).", [], "the day something was said is no event's"),
    ("Lesungen\n\nMittwoch, 18. März 2026, 19 Uhr – VERSCHOBEN\nKrimilesung mit Henning Voss: "
     "„Tod an der Talsperre“\nDie Lesung muss verschoben werden. Neuer Termin ist Mittwoch, "
     "22. April 2026, 19 Uhr.\n\nKartenvorverkauf: Der Vorverkauf für alle Veranstaltungen "
     "beginnt am 16. Februar 2026 an der Infotheke.",
     [("2026-03-18T19:00", "cancelled"), ("2026-04-22T19:00", "ok")],
     "a status in capitals after a programme line's date, its title on the line below; a "
     "sale's first day is no event's"),
    ("Flohmarkt abgesagt\nDer für Samstag, 23. Mai 2026, auf dem Kirchbühl geplante "
     "Frühlingsflohmarkt fällt aus, da das Komitee zu wenige Standanmeldungen erhalten hat.",
     [("2026-05-23", "cancelled")],
     "'Stand' as a stamp's word is a whole word, not the start of 'Standanmeldungen'"),
    ("Konzert verschoben\n\nGöppingen, 2. Mai 2024 – Das für Sonntag, 12. Mai 2024, angekündigte "
     "Frühlingskonzert des Kammerchors muss verschoben werden. Grund ist eine Erkrankung des "
     "Dirigenten. Neuer Termin ist Sonntag, 23. Juni 2024, um 17 Uhr.",
     [("2024-05-12", "cancelled"), ("2024-06-23T17:00", "ok")],
     "'Neuer Termin ist' dates the event named sentences before, in its paragraph"),
    ("Sommerfest des Turnvereins verschoben\n\nDas Sommerfest des Turnvereins wird am 6. Juli "
     "2024 wegen der Bauarbeiten am Sportplatz nicht stattfinden. Der Vorstand bittet um "
     "Verständnis.\n\nNeuer Termin: Samstag, 20. Juli 2024, 14 Uhr.",
     [("2024-07-06", "cancelled"), ("2024-07-20T14:00", "ok")],
     "'nicht stattfinden' cancels; 'Neuer Termin:' alone in its paragraph dates the headline's"),
    ("Die Stadt hat entschieden, das für Samstag, 20. April 2024, geplante Frühlingsfest "
     "auf dem Marktplatz zu verschieben.",
     [("2024-04-20", "cancelled")], "'… zu verschieben': the planned date is off"),
    ("Das Stadtfest findet am 5. Mai 2024 in diesem Jahr nicht statt.",
     [("2024-05-05", "cancelled")], "'findet … nicht statt'"),
    ("Ohne die vielen Helfer könnte das Stadtfest am 5. Mai 2024 nicht stattfinden.",
     [("2024-05-05", "ok")], "a cancellation supposed ('könnte') is none"),
    ("Sommerkonzert abgesagt\n\nDas für den 2. Juli 2021 geplante Sommerkonzert des "
     "Musikvereins muss abgesagt werden.",
     [("2021-07-02", "cancelled")], "'abgesagt'"),
    ("Das für den 20. März 2024 geplante Frühlingsfest wird auf den 5. Mai 2024 verschoben.",
     [("2024-03-20", "cancelled"), ("2024-05-05", "ok")],
     "a postponement: the old date cancelled, the new one ('auf den') the event's"),
    ("Bad Schandau, 2. Mai 2025 – Die für den 10. Mai geplante Putzaktion „Saubere Elbe“ kann "
     "nicht wie vorgesehen stattfinden. Grund ist der hohe Pegel. Nach Abstimmung mit dem Amt "
     "wird die Aktion auf Samstag, 24. Mai 2025, verschoben.",
     [("2025-05-10", "cancelled"), ("2025-05-24", "ok")],
     "'kann nicht wie vorgesehen stattfinden' cancels; 'auf … verschoben' dates the event a "
     "sentence before names"),
    ("Der auf Sonntag, 21. Dezember 2025, angekündigte Lottomatch wird in diesem Jahr nicht "
     "durchgeführt.", [("2025-12-21", "cancelled")], "'nicht durchgeführt' cancels"),
    ("FREITAG, 5. JUNI 2026\nErlangen, 20 Uhr, Redoutensaal: Maskenball des TV Erlangen – "
     "ABGESAGT! Karten werden erstattet.\nFürth, 19 Uhr, Kulturforum: Lesung mit Anna Berg.\n",
     [("2026-06-05T20:00", "cancelled"), ("2026-06-05T19:00", "ok")],
     "a column line's mark ('– ABGESAGT!') cancels its own item, not the next line's"),
    ("Spielplan April 2026\n\nDatum             Beginn   Vorstellung                     Hinweis\n"
     "Do 09.04.2026     19:30    Der zerbrochne Krug\nFr 10.04.2026     19:30    Lesung: "
     "„Salz und Asche“          ENTFÄLLT\nSa 11.04.2026     19:30    Der zerbrochne Krug\n",
     [("2026-04-09T19:30", "ok"), ("2026-04-10T19:30", "cancelled"), ("2026-04-11T19:30", "ok")],
     "a row of a table aligned by spaces is its own: another row's 'ENTFÄLLT' cancels none "
     "of the others, though the table reads as one sentence"),
    ("Die öffentlichen Sitzungen des Stadtrats finden jeweils um 19.00 Uhr im Rathaus "
     "Geretsried statt.\n\n  - Dienstag, 27. Januar 2026\n  - Dienstag, 17. März 2026 – entfällt "
     "mangels Beratungsgegenständen\n  - Dienstag, 28. April 2026\n",
     [("2026-01-27T19:00", "ok"), ("2026-03-17T19:00", "cancelled"), ("2026-04-28T19:00", "ok")],
     "a list's bullets, one a status with its reason ('– entfällt mangels …')"),
    ("Unsere Termine:\n\n• So, 18. Jänner 2026, 14.30 Uhr – Seniorennachmittag im Pfarrsaal\n"
     "  ACHTUNG: Der Seniorennachmittag entfällt leider wegen der Renovierung!\n• Mo, 2. Feber "
     "2026, 19.00 Uhr – Lichtmessgottesdienst mit Kerzensegnung, Pfarrkirche\n",
     [("2026-01-18T14:30", "cancelled"), ("2026-02-02T19:00", "ok")],
     "a note under an entry's line calls it off, not the next entry"),
    ("SAMSTAG, 31. JÄNNER 2026\nEisenerz, 14–17 Uhr, Volkshaus: Kinderfasching mit Zauberer "
     "Fabiano.\nLeoben, 20 Uhr, Eventsaal: Maskenball des Musikvereins – ABGESAGT!\n",
     [("2026-01-31T14:00", "ok"), ("2026-01-31T20:00", "cancelled")],
     "the next timed line of a column is its own entry, no note of the line above"),
    ("SPRACHKURS SPANISCH A2\n\nDi, 13. Jänner bis 24. März 2026, 18–19.30 Uhr (nicht in den "
     "Semesterferien, 3. Feber entfällt)\nVHS-Haus, Hofwiesengasse 48, 1130 Wien\n",
     [("2026-01-13T18:00", "ok")],
     "a cue right after another date calls off that day, not the course"),
    ("Der Verein lädt zum Ortsturnier auf der Eisbahn am Samstag, 31. Jänner 2026, ein. Bei "
     "Tauwetter wird das Turnier auf den 7. Februar 2026 verschoben.",
     [("2026-01-31", "ok")], "a plan for bad weather dates no event and cancels none"),
]


# document, expected (start, end, repeat) of its event, reason
REPEAT_ROWS = [
    ("Der Sprachkurs Spanisch A2 findet von Mi, 14. Jänner bis 25. März 2026, jeweils "
     "19:00–20:30 Uhr im VHS-Haus in Salzburg statt.",
     ("2026-01-14T19:00", "2026-03-25T20:30", "weekly"),
     "hours after a run of days whose first day's weekday is named and whose last day falls "
     "on it, weeks on: an evening a week"),
    ("Der Yogakurs findet dienstags vom 3. März bis 31. März 2026, 18–19 Uhr, in der Turnhalle "
     "in Ulm statt.", ("2026-03-03T18:00", "2026-03-31T19:00", "weekly"),
     "'dienstags' names the weekday"),
    ("Die Gartenmesse ist vom 9. bis 10. Juni 2026, jeweils 9 bis 17 Uhr, in Karlsruhe "
     "geöffnet.", ("2026-06-09T09:00", "2026-06-10T17:00", "daily"),
     "a fair's hours on each of its days"),
    ("Die Kunstausstellung ist täglich von Sonntag, 1. März bis Sonntag, 29. März 2026, "
     "jeweils 14–18 Uhr, im Rathaus Ulm zu sehen.",
     ("2026-03-01T14:00", "2026-03-29T18:00", "daily"),
     "'täglich': each day, though the last day is the first's weekday weeks on"),
    ("Die Herbstmesse findet am 17. und 18. Oktober 2025 in Ulm statt.\n\nÖffnungszeiten:\n"
     "Freitag, 17.10.2025: 14.00 – 18.00 Uhr\nSamstag, 18.10.2025: 10.00 – 15.00 Uhr\n",
     ("2025-10-17T14:00", "2025-10-18T15:00", None),
     "opening hours per day: the run opens at the first day's and closes at the last's, no "
     "hours that recur"),
    ("Die Sommerakademie findet vom 6. bis 10. Juli 2026 in Passau statt.",
     ("2026-07-06", "2026-07-10", None), "days without hours"),
    ("Der Sprachkurs Spanisch A1 (10 Termine) findet von Di, 13. Januar bis 24. März 2026, "
     "jeweils 18.00–19.30 Uhr im VHS-Haus in Bamberg statt.",
     ("2026-01-13T18:00", "2026-03-24T19:30", None),
     "ten sessions in eleven Tuesdays: which one is left out the text does not say"),
    ("Der Sprachkurs Spanisch A1 (11 Termine) findet von Di, 13. Januar bis 24. März 2026, "
     "jeweils 18.00–19.30 Uhr im VHS-Haus in Bamberg statt.",
     ("2026-01-13T18:00", "2026-03-24T19:30", "weekly"), "the count the Tuesdays give"),
    ("Der Sprachkurs Spanisch A1 findet von Di, 13. Januar bis 24. März 2026, jeweils "
     "18.00–19.30 Uhr (nicht in den Faschingsferien) im VHS-Haus in Bamberg statt.",
     ("2026-01-13T18:00", "2026-03-24T19:30", None), "days left out ('nicht in den …')"),
]
REPEAT_ROWS += [
    ("Volkshochschule Hameln\n\n-----------------------------------\n26H-301  Italienisch A1\n"
     "         8 x mittwochs, 18:30–20:00 Uhr\n         07.10.2026 – 25.11.2026\n         "
     "Raum 204\n-----------------------------------\n",
     ("2026-10-07T18:30", "2026-11-25T20:00", "weekly"),
     "the hours on the line above the dates, '8 x mittwochs' the eight Wednesdays they give"),
    ("Volkshochschule Hameln\n\n-----------------------------------\n26H-412  Yoga am Abend\n"
     "         10 x montags, 17:00–18:15 Uhr\n         21.09.2026 – 30.11.2026 (nicht am 19.10.)"
     "\n         Bewegungsraum\n-----------------------------------\n",
     ("2026-09-21T17:00", "2026-11-30T18:15", None),
     "ten sessions in eleven Mondays, one left out: no recurrence"),
    ("SPRACHKURS SPANISCH A2\n\nDi, 13. Jänner bis 24. März 2026, 18–19.30 Uhr\n(nicht in den "
     "Semesterferien, 3. Feber entfällt)\nVHS-Haus, Hofwiesengasse 48, 1130 Wien\n",
     ("2026-01-13T18:00", "2026-03-24T19:30", None),
     "days left out, said in the line under the dates"),
    ("Das Zeltlager der Jugendfeuerwehr findet vom 3. Juli 2026, 15 Uhr, bis 5. Juli 2026, "
     "17 Uhr, auf dem Sportplatz in Melsungen statt.",
     ("2026-07-03T15:00", "2026-07-05T17:00", "continuous"),
     "a start and an end, each with its day: one stretch, not daily hours"),
    ("Der Hackathon beginnt am Samstag, 13. Juni 2026, um 10 Uhr und endet am Sonntag, "
     "14. Juni 2026, um 16 Uhr im Kulturbahnhof Kassel.",
     ("2026-06-13T10:00", "2026-06-14T16:00", "continuous"), "'beginnt … und endet am'"),
    ("Fachtagung Wasserstoff\n\n2./3. Juni 2025\nBeginn: 2. Juni, 13:00 Uhr – Ende: 3. Juni, "
     "15:00 Uhr\nKongresshalle Leipzig\n",
     ("2025-06-02T13:00", "2025-06-03T15:00", "continuous"),
     "the start and end on the line under the days"),
]

# a run of days' opening hours said by weekday, in the sentences or lines after it
REPEAT_ROWS += [
    ("Die Gewerbeschau findet vom 3. bis 5. Juli 2026 in Bruchsal statt.\n\nÖffnungszeiten: "
     "Freitag und Samstag 9–18 Uhr, Sonntag 9–17 Uhr\n",
     ("2026-07-03T09:00", "2026-07-05T17:00", None),
     "opening hours by weekday after the run: its first day's opening to its last day's "
     "closing, no recurrence (the days' hours differ)"),
    ("Messe: Hausbau Süd\nTermin: 13. bis 15. März 2026\nOrt: Messe Offenburg\n"
     "Öffnungszeiten: Fr. 14–20 Uhr, Sa./So. 10–18 Uhr\nEintritt: 8 Euro\n",
     ("2026-03-13T14:00", "2026-03-15T18:00", None),
     "a fact box's hours line, days abbreviated and joined by a slash"),
    ("Der Ostermarkt ist vom 27. bis 29. März 2026 auf dem Marktplatz in Tübingen. Er ist "
     "täglich von 11 bis 19 Uhr geöffnet.",
     ("2026-03-27T11:00", "2026-03-29T19:00", "daily"),
     "'täglich' in the next sentence: the same hours each day"),
    ("Geöffnet ist die Kunstmesse Freitag bis Sonntag von 10 bis 18 Uhr. Sie findet vom 6. bis "
     "8. November 2026 in der Stadthalle Reutlingen statt.",
     ("2026-11-06", "2026-11-08", None),
     "hours said before the run, not after it, are not read as its hours"),
    ("Ausbildungsmesse\nAm 26. und 27. Februar 2026 stellen sich in der Stadthalle Aalen "
     "Betriebe vor. Geöffnet ist jeweils von 8 bis 14 Uhr.",
     ("2026-02-26T08:00", "2026-02-27T14:00", "daily"),
     "'Geöffnet ist jeweils von … bis …' after a run of days: those hours each day"),
    ("~ Ostermarkt im Schlosshof ~\nim Hof des Alten Schlosses Sugenheim\n\nSamstag, 21. März "
     "und Sonntag, 22. März\n\nÖffnungszeiten:\nSamstag 11 – 18 Uhr\nSonntag 10 – 17 Uhr\n",
     ("--03-21T11:00", "--03-22T17:00", None),
     "a flyer's hours a line per weekday under their label, for a year-less run whose "
     "weekdays it states"),
    ("Die Berufsschau findet vom 22. bis 25. Oktober 2026 in der Markthalle Langenthal statt.\n\n"
     "Donnerstag, 22. Oktober: 8.00 bis 17.00 Uhr (vormittags für Schulklassen)\nSamstag, 24. "
     "Oktober: 10.00 bis 17.00 Uhr\nSonntag, 25. Oktober: 10.00 bis 16.00 Uhr\n",
     ("2026-10-22T08:00", "2026-10-25T16:00", None),
     "lines of a run's days and hours, a note in brackets after a day's"),
    ("Die Kunstmesse findet vom 6. bis 8. November 2026 in der Stadthalle Reutlingen statt. "
     "Das Messebüro ist Mo–Fr 9–12 Uhr geöffnet.",
     ("2026-11-06", "2026-11-08", None),
     "hours that leave out some of the run's days (an office's) are none of the run's"),
]


@pytest.mark.parametrize(("text", "expected"), [
    ("Öffnungszeiten: Mo–Fr 9–12 Uhr", {0: "9-12", 1: "9-12", 2: "9-12", 3: "9-12", 4: "9-12"}),
    ("Öffnungszeiten: Freitag und Samstag 9–18 Uhr, Sonntag 9–17 Uhr",
     {4: "9-18", 5: "9-18", 6: "9-17"}),
    ("Geöffnet ist Fr/Sa 10–18, So 10–17 Uhr.", {4: "10-18", 5: "10-18", 6: "10-17"}),
    ("Öffnungszeiten: Sa. und So. 10-18.30 Uhr; Fr. 14 bis 20 Uhr",
     {5: "10-18.30", 6: "10-18.30", 4: "14-20"}),
    ("geöffnet: Freitag bis Montag 11–17 Uhr", {4: "11-17", 5: "11-17", 6: "11-17", 0: "11-17"}),
    ("täglich von 10 bis 18 Uhr", dict.fromkeys(range(7), "10-18")),
    ("Freitag und Samstag 9–18 Uhr", {}),  # (no cue: a programme's line, not opening hours)
    ("Öffnungszeiten: nach Vereinbarung", {}),
    ("Öffnungszeiten:\nSamstag 11 – 18 Uhr\nSonntag 10 – 17 Uhr", {5: "11-18", 6: "10-17"}),
])
def test_weekday_hours(text: str, expected: dict[int, str]) -> None:
    def said(time: dt.time) -> str:
        return f"{time.hour}" + (f".{time.minute:02}" if time.minute else "")

    found = weekday_hours(text, 0, len(text))
    assert {day: f"{said(a)}-{said(b)}" for day, (a, b) in found.items()} == expected

@pytest.mark.parametrize(("text", "expected", "reason"), REPEAT_ROWS,
                         ids=[row[2] for row in REPEAT_ROWS])
def test_hours_recur(text: str, expected: tuple[str, str, str | None], reason: str) -> None:
    [event] = _events(text)
    repeat = event.repeat.value if event.repeat else None
    assert (event.start_str(), event.end_str(), repeat) == expected, reason


@pytest.mark.parametrize(("text", "expected", "reason"), STATUS_ROWS,
                         ids=[row[2] for row in STATUS_ROWS])
def test_event_status(text: str, expected: list[tuple[str, str]], reason: str) -> None:
    assert [(e.start_str(), e.status.value) for e in _events(text)] == expected, reason


@pytest.mark.parametrize(("text", "expected", "reason"), EVENT_ROWS,
                         ids=[row[2] for row in EVENT_ROWS])
def test_event_forms(text: str, expected: list[tuple[str, str | None, str | None]],
                     reason: str) -> None:
    assert [_summary(e) for e in _events(text)] == expected, reason


# a course catalogue aligned by spaces: categories in capitals between its blocks, an
# entry's facts under its row, a title line over an indented date line
_ALIGNED_CATALOGUE = (
    "VOLKSHOCHSCHULE REGION LÜNEBURG\n\nGESUNDHEIT\n"
    "Kurs-Nr.  Titel                       Beginn           Zeit            Entgelt\n"
    "261-101   Yoga für Einsteiger         Mo, 02.03.2026   18.00-19.30 Uhr 89,00 €\n"
    "          Ort: VHS-Haus, Raum 1.12 (Bewegungsraum), Leitung: Anke Timm\n"
    "261-330   Vegane Frühlingsküche       Fr, 13.03.2026   18.00-21.30 Uhr 32,00 €\n"
    "          Ort: Schulküche der Oberschule Adendorf, zzgl. 12 € Lebensmittel\n\n"
    "SPRACHEN\n"
    "262-310   Italienisch A1 – Neustart   Mi, 04.03.2026   19.00-20.30 Uhr 118,00 €\n"
    "          Ort: VHS-Haus, Raum 2.04, Kursleitung: Dott.ssa Chiara Bellini\n\n"
    "GESELLSCHAFT UND GESCHICHTE\n"
    "263-001   Vortrag: Die Salzstadt Lüneburg im Mittelalter\n"
    "          Dienstag, 10. März 2026, 19.30 Uhr, Ratsbücherei, Am Marienplatz 3\n"
)

# document, expected (title, location) per event, reason
LOCATION_ROWS = [
    ("BRIXNER KAMMERORCHESTER\nSAISON 2026/27\n\nABONNEMENTKONZERTE\n\nABO 1 »Aufbruch«\n"
     "Fr 16. Oktober 2026, 20.00 Uhr – Brixen, Forum\nSa 17. Oktober 2026, 20.00 Uhr – Meran, "
     "Kursaal\nJ. Haydn: Sinfonie Nr. 6 · W. A. Mozart: Violinkonzert\n",
     [("ABO 1 »Aufbruch«", "Forum, Brixen"), ("ABO 1 »Aufbruch«", "Kursaal, Meran")],
     "a work's quoted name over its lines of dates and places names each (not the heading of "
     "many, nor the programme under them); a town and its house after a date ('Brixen, "
     "Forum') are its place, though the house's word names events too"),
    ("Hospizverein\nBad Hersfeld, 10. September 2026\n\nAm kommenden Dienstag beginnt die "
     "neue Vortragsreihe des Hospizvereins.\n\nDIE TERMINE\n\nDi., 15.09.2026, 19.30 Uhr\n"
     "„Was Sterbende brauchen“\nDr. med. Annette Wiegand · Ev. Gemeindehaus, Bad Hersfeld\n\n"
     "Do., 15.10.2026, 19.00 Uhr\n„Vorsorgevollmacht“\nNotarin Katrin Heß · Rathaus "
     "Niederaula, Sitzungssaal\n",
     [("Was Sterbende brauchen", "Ev. Gemeindehaus, Bad Hersfeld"),
      ("Vorsorgevollmacht", "Rathaus Niederaula, Sitzungssaal, Niederaula")],
     "a programme block's quoted title over its speaker and, after a middle dot, its place; "
     "a series begun by its first event that day is that event"),
    ("Medienmitteilung\nWinterthur, 15. August 2019\n\nAm Donnerstag, 12. September 2019, "
     "treffen sich Fachleute zur dritten Fachtagung Kreislaufwirtschaft. Gastgeber ist der "
     "Verein Kreislauf Bau. Die Tagung dauert von 8.45 bis 16.30 Uhr und findet im "
     "Kongresszentrum Gate 27 statt. Die Gebühr beträgt 290 Franken. Anmeldung im Büro.\n",
     [("Fachtagung Kreislaufwirtschaft", "Kongresszentrum Gate 27, Winterthur")],
     "a sentence naming the event by its kind ('Die Tagung dauert von … bis …') gives its "
     "hours and, past a short sentence, its venue (not a later one's: 'Anmeldung im Büro')"),
    ("GOTTESDIENSTORDNUNG\n29. November 2026 bis 10. Jänner 2027\n\nSa., 26. Dez. – Stefanitag\n"
     "  10.00   Hl. Messe in der Antoniuskapelle\n\nFr., 1. Jän. – Neujahr\n  10.00   Hl. Messe "
     "(keine Frühmesse!)\n",
     [("Hl. Messe in der Antoniuskapelle", "Antoniuskapelle"), ("Hl. Messe", None)],
     "an entry takes no venue from another entry's timed line under its day, the sentence "
     "cut after 'Hl.'; a schedule's period over its days, their years as read, is no event"),
    ("WEINFEST 2026\nFreitag, 7. August bis Sonntag, 9. August\n\nSonntag, 9. August\n"
     "10.00 Uhr   Gottesdienst im Festzelt\n14.30 Uhr   Festumzug mit Fußgruppen aus Ürzig, "
     "Erden und Zeltingen-Rachtig\n",
     [("Weinfest 2026", None), ("Gottesdienst im Festzelt", None),
      ("Festumzug mit Fußgruppen aus Ürzig, Erden und Zeltingen-Rachtig", None)],
     "the towns a guest list names after 'aus' are where the guests come from, none of them "
     "the event's; a feast named in the heading over its run has its programme's entries as "
     "events (no conference's sessions)"),
    ("PATIENTENFORUM 2026 – Programm\n\nDie Vorträge dauern jeweils rund 45 Minuten.\n\n"
     "Datum       | Uhrzeit         | Thema                  | Referent/in             | Ort\n"
     "------------+-----------------+------------------------+-------------------------+-----"
     "------------\n"
     "Mi, 21.01.  | 18.00–19.30 Uhr | Herzstolpern           | Prof. Dr. Ingrid Weber  | "
     "Hörsaal ZIM, Würzburg\n"
     "Di, 17.03.  | 17.30–19.00 Uhr | Darmkrebs-Vorsorge     | Dr. Tobias Kraußer      | "
     "Rathaus Kitzingen\n\n"
     "Für den Online-Vortrag am 17. März bitten wir um Anmeldung bis 13. März.\n",
     [("Herzstolpern", "Hörsaal ZIM, Würzburg"),
      ("Darmkrebs-Vorsorge", "Rathaus Kitzingen, Kitzingen")],
     "a text table's header over its rule of '-' and '+' names the place's column (not the "
     "speaker's); a note naming the kind all entries are of ('Die Vorträge dauern jeweils') "
     "speaks of that day's entry"),
    ("Stadtfest 2026: Drei Tage Musik\n\nDas Stadtfest findet vom 10. bis 12. Juli 2026 statt. "
     "Die nächste Ausgabe kommt am 3. August 2026.\n",
     [("Stadtfest 2026", None)],
     "a paper's next issue ('Die nächste Ausgabe kommt am …') is no edition of the event: "
     "that is said to be held or planned"),
    ("Naturschutzverein Herisau\n\nEinladung\n\nTraktanden:\n3. Protokoll der 96. "
     "Generalversammlung (liegt ab 27. Februar 2026 im Vereinslokal auf)\n\nSamstag, 17. "
     "Oktober 2026: Nistkastenreinigung im Gebiet Rosenberg, 8.30 Uhr beim Werkhof.\n",
     [("Nistkastenreinigung", "Gebiet Rosenberg, Werkhof, Herisau")],
     "what lies out from a day ('liegt ab … auf') starts no event; a club's nest-box day is "
     "an event; an area's name ('Gebiet Rosenberg') is no town's"),
    ("MEDIENMITTEILUNG\n\nHolz & Energie Luzern 2026: Vier Tage Wald und Holz\n\nLuzern, 15. "
     "September 2026 – Vom 12. bis 15. November 2026 wird die Messe Luzern zum Treffpunkt der "
     "Holzbranche.\n\nMessetage und Öffnungszeiten\nDonnerstag, 12. November bis Sonntag, 15. "
     "November 2026\ntäglich 9.00 bis 17.00 Uhr\nOrt: Messe Luzern, Horwerstrasse 87, 6005 "
     "Luzern\n",
     [("Holz & Energie Luzern 2026", "Horwerstrasse 87, Luzern")],
     "the run's days and hours under a heading of them ('Messetage und Öffnungszeiten') are "
     "the one event of those days, no second one"),
    ("Pfarrei Kirchdorf\n\nTermine 2026\n\nSa., 14.11.2026, 14 Uhr   Adventskranzbinden im "
     "Pfarrheim\nSo., 15.11.2026, 10 Uhr   Flurreinigungsaktion „Stopp Littering“\n",
     [("Adventskranzbinden im Pfarrheim", "Pfarrheim, Kirchdorf"),
      ("Flurreinigungsaktion „Stopp Littering“", "Kirchdorf")],
     "a venue the title names outside its quoted name is the event's venue too; a word "
     "inside the quoted name is none"),
    ("TOURENKALENDER 2026\n\nDatum      | Veranstaltung                  | Treffpunkt / Start\n"
     "-----------+--------------------------------+-------------------------------\n"
     "So 10.05.  | 31. RTF „Rund um den Rothsee“  | Schulzentrum Roth, 7.00 Uhr\n",
     [("31. RTF „Rund um den Rothsee“", "Schulzentrum Roth, Roth")],
     "a text table's title cell opening with an edition's number"),
    ("HANDWERKSKAMMER TRIER\nWeiterbildungstermine 2026/2027\n\n"
     "Tischler-Handwerk – Teilzeit (berufsbegleitend)\nKursbeginn: "
     "Samstag, 09.01.2027, Bildungszentrum Wittlich, Friedrichstraße 21\n",
     [("Tischler-Handwerk – Teilzeit (berufsbegleitend)", "Bildungszentrum Wittlich, Wittlich")],
     "a course's start ('Kursbeginn:') is its date, the rest of its line its place"),
    ("Förderverein\nSchulstraße 9 · 35435 Wettenberg\n\nELTERNBRIEF 2/2026          Wettenberg, "
     "27. April 2026\n\nLiebe Eltern,\n\n*** SPONSORENLAUF „Wir laufen für "
     "unseren Schulgarten“ ***\n\nAm Freitag, 8. Mai 2026, heißt es wieder: Laufschuhe an! "
     "Von 8.30 bis 12.00 Uhr drehen alle Klassen ihre Runden auf dem Sportplatz.\n",
     [("Sponsorenlauf „Wir laufen für unseren Schulgarten“", "Sportplatz")],
     "a heading's kind in capitals before its quoted name is written as the text writes it"),
    ("MEDIENMITTEILUNG\n\nHolz & Energie Luzern 2026: Vier Tage Wald, Holz und Wärme\n\n"
     "Luzern, 15. September 2026 – Vom 12. bis 15. November 2026 wird die Messe Luzern erneut "
     "zum Treffpunkt der Holzbranche.\n\nVorschau\nDie Holz & Energie Luzern findet alle zwei "
     "Jahre statt. Die nächste Ausgabe ist vom 9. bis 12. November 2028 geplant.\n\n"
     "Medienkontakt:\nMesse Luzern AG\nHorwerstrasse 87, 6005 Luzern\n",
     [("Holz & Energie Luzern 2026", "Luzern"), ("Holz & Energie Luzern 2028", "Luzern")],
     "an edition's name with '&' heads the text, and titles the event its text names by kind "
     "or venue ('die Messe Luzern'; a firm's name, 'Messe Luzern AG', names none); 'die "
     "nächste Ausgabe' is that event's next edition"),
    ("Bürgerstiftung Coesfeld\n– Von Bürgern für Bürger –\nGeschäftsstelle: Walkenbrückenstraße "
     "18, 48653 Coesfeld\nTel. 02541 84 73 20 · info@buergerstiftung-coesfeld.de\nSprechzeiten: "
     "dienstags 10–12 Uhr\n\nPresseinformation\nCoesfeld, 2. Juni 2026\n\nBenefizgala "
     "„Gemeinsam für Coesfeld“ – Bürgerstiftung vergibt den Bürgerpreis\n\nDie Stiftung lädt "
     "zu ihrer Gala ein. Die Gala findet am Samstag, 7. November 2026, im Festsaal der Alten "
     "Weberei statt.\n",
     [("Benefizgala „Gemeinsam für Coesfeld“", "Festsaal der Alten Weberei, Coesfeld")],
     "a letterhead's address, phone and office hours count for none of the sentences a "
     "headline is looked for among"),
    ("EVANGELISCHE AKADEMIE TUTZING\nSchloss Tutzing · Schlossstraße 2+4 · 82327 Tutzing\n\n"
     "Tagung 42/26\n\nWem gehört die Stadt?\nWohnen als soziale Frage\n\nFreitag, 16. "
     "Oktober, bis Samstag, 17. Oktober 2026\n\nMieten steigen, Kommunen suchen neue Wege.\n",
     [("Tagung „Wem gehört die Stadt?“", "Tutzing")],
     "a kind and its number over the event's name ('Tagung 42/26' / 'Wem gehört die Stadt?') "
     "title it together"),
    ("Blasmusikverband – Bezirk Weiz\nBEZIRKSINFO 1/2026 · März 2026\n\nRückblick "
     "Bezirksversammlung\nBei der Bezirksversammlung am Samstag, 28. Februar, im Gasthof "
     "Thaller in Gleisdorf wurde gewählt.\n\nJungmusikerleistungsabzeichen (JMLA)\nDie "
     "Prüfungen finden am Samstag, 25. April 2026, an der Musikschule Weiz statt.\n\n"
     "Wichtige Fristen\nDie Wertungslisten werden am 27. März 2026 im Bezirksbüro "
     "abgegeben.\n\nKonzertwertung\nDie Konzertwertung findet am 18. April 2026 im "
     "Kulturhaus St. Ruprecht an der Raab statt.\n",
     [("Bezirksversammlung", "Gasthof Thaller, Gleisdorf"),
      ("Jungmusikerleistungsabzeichen (JMLA)", "Musikschule Weiz, Weiz"),
      ("Konzertwertung", "Kulturhaus St. Ruprecht an der Raab, St. Ruprecht an der Raab")],
     "a section's heading naming no event titles the event its paragraph tells by a verb, "
     "not the bulletin's first section's; a section of deadlines gives none; a saint's name "
     "linked to a river is a town's, even after a house"),
    ("NORDLICHT KONZERTE\nKulturbüro Nordlicht Konzerte GmbH · Elbstraße 2 · 22767 Hamburg\n\n"
     "TOURUPDATE · Hamburg, 15.01.2027\n\nDIE MÖWEN\n„Salz und Wind – Tour 2027“\n\nDer "
     "Vorverkauf, der am 2. Oktober 2026 startete, läuft gut. In Hamburg gibt es ein "
     "Zusatzkonzert am Sonntag, 14.02.2027, in der Markthalle.\n\nTOURDATEN\n"
     "(Einlass jeweils 19 Uhr, Beginn 20 Uhr, sofern nicht anders angegeben)\n\n"
     "Do. 11.02.2027 · Rostock · Stadthafenbühne · AUSVERKAUFT\n"
     "Fr. 12.02.2027 · Kiel · Kulturspeicher Wik\n",
     [("Zusatzkonzert", "Markthalle, Hamburg"),
      ("„Salz und Wind – Tour 2027“", "Stadthafenbühne, Rostock"),
      ("„Salz und Wind – Tour 2027“", "Kulturspeicher Wik, Kiel")],
     "a tour's rows of town, venue and status under 'TOURDATEN' (over its note of hours) are "
     "the tour's, named by its quoted line; a sale's start in its relative clause ('Der "
     "Vorverkauf, der am …') is none; an organisation's name over its legal form's address "
     "line is no headline"),
    ("Kita Regenbogen\n\nKempen, 12. Oktober 2026\n\nLaternenbasteln\nAm Mittwoch, 28. "
     "Oktober, laden wir Sie von 15 bis 17 Uhr zum Laternenbasteln in die Gruppenräume ein.\n"
     "\nAdventscafé\nAm Freitag, 27. November, öffnen wir von 14.30 bis 17 Uhr unser "
     "Adventscafé.\n\nSchließtage\n• Montag, 16. November 2026 (Konzeptionstag)\n\n"
     "Christbaumverkauf\nDer Musikverein verkauft am Samstag, 12. Dezember, von 9 bis 12 Uhr "
     "Christbäume beim Bauhof.\n",
     [("Laternenbasteln", "Gruppenräume, Kempen"), ("Adventscafé", "Kempen"),
      ("Christbaumverkauf", "Bauhof, Kempen")],
     "a day's crafts ('-basteln'), an Advent café and a tree sale are events; a day care's "
     "staff day ('Konzeptionstag') is a closing day, and its list item takes no title from "
     "the next section's heading"),
    ("RFV Lastrup\n\nPFINGSTTURNIER 2026\nSamstag, 23. Mai bis Pfingstmontag, 25. Mai 2026\n\n"
     "Zeiteinteilung\n\nSAMSTAG, 23. MAI\n08.00 Uhr  Prfg. 1  Dressurreiterprüfung Kl. A*\n"
     "ab 20.00 Uhr  Reiterabend mit DJ\n\nPFINGSTMONTAG, 25. MAI\n"
     "15.00 Uhr  Prfg. 16 Großer Preis der Gemeinde Lastrup\n",
     [("Pfingstturnier 2026", "Lastrup"), ("Prfg. 1  Dressurreiterprüfung Kl. A*", "Lastrup"),
      ("Reiterabend mit DJ", "Lastrup"), ("Prfg. 16 Großer Preis der Gemeinde Lastrup", "Lastrup")],
     "a tournament's run to a feast's day ('bis Pfingstmontag, 25. Mai') and its timed "
     "competitions, as a feast's, each an event"),
    ("Schierling, 19. März 2026\n\nEinstimmig hat der Marktgemeinderat in seiner Sitzung "
     "am Dienstagabend den Plänen zugestimmt. Der Bau- und Umweltausschuss tagt am Dienstag, "
     "14. April.\n\nPolling – Am Mittwochabend haben die Burschen die Girlanden festgezurrt: "
     "Polling feiert am kommenden Wochenende sein Dorffest.\n",
     [("Sitzung des Marktgemeinderats", "Schierling"),
      ("Sitzung des Bau- und Umweltausschusses", "Schierling")],
     "a council's session by 'in seiner Sitzung am' (a separable verb's perfect, 'hat … "
     "zugestimmt', tells the past) and by 'tagt am'; a report's day before a colon is none of "
     "the event after it"),
    ("KREISANZEIGER\nFreitag, 8. Mai 2026 · Lokales · Seite 11\n\nVerden: Krimi im "
     "Gemeindehaus\nDen Auftakt macht heute Abend die Bremer Autorin Karin Wölpe, die um "
     "19.30 Uhr im Domgemeindehaus aus ihrem neuen Roman „Tod am Allerufer“ liest.\n\n"
     "Thedinghausen: Plattdeutsches Theater\nDie Speeldeel zeigt ihr neues Stück „Dat Huus "
     "an de Eyter“ heute und morgen jeweils um 20 Uhr im Gasthaus Erbhof.\n\nDörverden: "
     "Muttertagskonzert\nDer Posaunenchor spielt am Sonntag um 11 Uhr vor der Dorfkirche.\n"
     "\nVorverkauf startet\nFür das Open-Air-Konzert am Sonnabend, 13. Juni, auf dem "
     "Verdener Rathausplatz beginnt der Vorverkauf in der Tourist-Information (Mo–Fr 10–17 "
     "Uhr).\n",
     [("Lesung: Tod am Allerufer", "Domgemeindehaus, Verden"),
      ("Stück „Dat Huus an de Eyter“", "Gasthaus Erbhof, Thedinghausen"),
      ("Stück „Dat Huus an de Eyter“", "Gasthaus Erbhof, Thedinghausen"),
      ("Muttertagskonzert", "Dörverden"),
      ("Open-Air-Konzert", "Verdener Rathausplatz, Verden")],
     "a reading by its reader's verb and quoted book, a play by its quoted name ('Stück "
     "„…“'); the venue of a sentence of days told 'jeweils' is no other event's; an "
     "office's hours by weekday are no event's"),
    ("SKICLUB\n\nProgramm 2026\n\nSa., 16.01.   Abfahrt 6.30 Uhr    Tagesfahrt nach Oberstdorf\n"
     "                          Bus ab Busbahnhof Kempten, Rückkehr gegen 18 Uhr\n",
     [("Tagesfahrt nach Oberstdorf", "Oberstdorf")],
     "the line under a trip's row telling where its bus sets off is no address: the trip's "
     "goal places it"),
    ("Rotes Kreuz · Bezirksstelle Amstetten\n\nBLUTSPENDEAKTIONEN APRIL BIS JUNI 2026\n\n"
     "Fr., 17.04.2026   15:30–19:30 Uhr   Amstetten, Stadthalle\n"
     "Sa., 16.05.2026   08:00–12:00 Uhr   Seitenstetten, Volksschule\n\n"
     "KURSE\n\n16-Stunden-Grundkurs\nSa., 18.04. und So., 19.04.2026, jeweils 08:00–17:00 Uhr\n"
     "Bezirksstelle Amstetten, Schulungsraum · Kursbeitrag € 80,–\n\n"
     "Erste Hilfe für den Führerschein (6 Stunden)\n"
     "Sa., 09.05.2026, 08:00–14:00 Uhr, Bezirksstelle Amstetten · € 60,–\n",
     [("Blutspendeaktion", "Stadthalle, Amstetten"),
      ("Blutspendeaktion", "Volksschule, Seitenstetten"),
      ("16-Stunden-Grundkurs", "Bezirksstelle Amstetten, Schulungsraum, Amstetten"),
      ("Erste Hilfe für den Führerschein (6 Stunden)", "Bezirksstelle Amstetten, Amstetten")],
     "a table's rows of a town and a venue under a heading of many ('BLUTSPENDEAKTIONEN …') "
     "are each one of them; a course's block is titled by its first line (a number's compound "
     "too), its date line's office ('Bezirksstelle') is a venue"),
    ("SKIVEREIN\n\nProgramm 2026\n\nSa., 12.12.   10–12 Uhr   Weihnachtsskikurs für Kinder\n"
     "                          Skihang am Schwartenberg, Neuhausen\n",
     [("Weihnachtsskikurs für Kinder", "Skihang am Schwartenberg, Neuhausen")],
     "a row's line under it of a place and its town, after a comma, is its address"),
    ("Stadtbibliothek Bruneck\n\nLesung: Anna Obexer – „Der Sommer am Klausberg“\nDonnerstag, "
     "12. März 2026, 20 Uhr\nMehrzwecksaal der Stadtbibliothek\nDie Autorin, 1978 in Brixen "
     "geboren und heute in Sand in Taufers zu Hause, liest aus ihrem neuen Roman.\n",
     [("Lesung: Anna Obexer – „Der Sommer am Klausberg“", "Mehrzwecksaal der Stadtbibliothek, "
       "Bruneck")],
     "where the author was born or lives is no place of the reading"),
    ("Kanton Aargau\n\nMedienmitteilung\nAarau, 17. Februar 2026\n\nInformationsabende\n\n"
     "Datum            Zeit         Gemeinde       Ort\n"
     "Di, 3.3.2026     19.30 Uhr    Rheinfelden    Kurbrunnen, Grosser Saal\n"
     "Mi, 4.3.2026     19.30 Uhr    Möhlin         Mehrzweckhalle Steinli\n"
     "Di, 17.3.2026    20.00 Uhr    Stein          Saalbau, Saal 1\n",
     [("Informationsabend", "Kurbrunnen, Grosser Saal, Rheinfelden"),
      ("Informationsabend", "Mehrzweckhalle Steinli, Möhlin"),
      ("Informationsabend", "Stein, Saalbau, Saal 1, Aarau")],
     "an aligned table's town column places each row (the dateline's Aarau had placed all "
     "three; it stands in for a town the gazetteer lacks, as in the row above)"),
    ("TV 1898 Eppelheim – Abteilung Handball\nEppelheim, 10. März 2026\n\nUnsere nächsten "
     "Heimspiele in der Rhein-Neckar-Halle:\n\nSa., 14.03., 19:30 Uhr   Herren I – TSG Wiesloch "
     "(Landesliga Nord)\nSo., 22.03., 17:00 Uhr   Damen – HG Oftersheim/Schwetzingen II\n",
     [("Herren I – TSG Wiesloch", "Rhein-Neckar-Halle, Eppelheim"),
      ("Damen – HG Oftersheim/Schwetzingen II", "Rhein-Neckar-Halle, Eppelheim")],
     "a fixture's guest club after its dash is no place (the home games had been placed in "
     "Wiesloch and 'Oftersheim/Schwetzingen II'); a list's lead gives its rows' venue"),
    ("WOCHENPROGRAMM\n13.07. – 19.07.2026\n\nMONTAG\n09.30 Uhr  Geführte Wanderung zu den "
     "Erdpyramiden\n           Treffpunkt: Tourismusbüro Klobenstein · Dauer ca. 3 Std. · € 8,00\n"
     "20.30 Uhr  Platzkonzert der Musikkapelle Lengmoos\n           Musikpavillon Klobenstein · "
     "bei Regen im Vereinshaus\n",
     [("Geführte Wanderung zu den Erdpyramiden", "Tourismusbüro Klobenstein"),
      ("Platzkonzert der Musikkapelle Lengmoos", "Musikpavillon Klobenstein")],
     "each timed item under a day's heading has the place under its own line, not the first "
     "item's; what follows a middle dot is no part of the place but an address's"),
    ("Gemeinde Sulzfeld\n\nZirkuswoche\nMo, 10.08. bis Fr, 14.08.2026, täglich 9.00–13.00 Uhr\n"
     "Ort: Turnhalle der Grundschule Sulzfeld. Die Teilnahme ist nur an allen Tagen möglich.\n",
     [("Zirkuswoche", "Turnhalle der Grundschule Sulzfeld, Sulzfeld")],
     "a place label's value ends where a sentence after it begins"),
    ("Sächsischer Landtag\nBesucherdienst\n\nMedieninformation                       Dresden, 19. "
     "Mai 2026\n\nTag der offenen Tür\nAm Sonnabend, 20. Juni 2026, öffnet der Landtag von 10 "
     "bis 17 Uhr seine Türen.\n\nBürgerforum in Plauen\nAm Dienstag, 9. Juni 2026, diskutieren "
     "Abgeordnete in der Festhalle Plauen. Ein weiteres Bürgerforum ist in Bautzen geplant; der "
     "Termin wird noch bekannt gegeben.\n",
     [("Tag der offenen Tür", "Dresden"), ("Bürgerforum in Plauen", "Festhalle Plauen, Plauen"),
      ("Bürgerforum", "Bautzen")],
     "a dateline at the end of a head line, after a wide gap, places the document; an undated "
     "event in the town the sentence saying its day is to be told names"),
    ("Oberschwaben aktuell\nStand: 14.02.2026, 10.42 Uhr\n\nSturm: Umzüge abgesagt\n\n"
     "- Bad Waldsee: Der Narrenumzug am Sonntag um 14 Uhr fällt aus.\n"
     "- Wangen im Allgäu: Der Kinderball am Sonntag um 15 Uhr in der Festhalle findet "
     "statt.\n",
     [("Narrenumzug", "Bad Waldsee"), ("Kinderball", "Festhalle, Wangen im Allgäu")],
     "a list item's town before its colon places what it says"),
    ("Kulturkalender Oktober 2026 – Stadt Ulm\n\nSa 10.10.  20.00  Stadthalle · Jahreskonzert der "
     "Musikkapelle · Eintritt 10 €\nSo 11.10.  15.00  Großer Saal · Kindertheater „Pippi“\n",
     [("Jahreskonzert der Musikkapelle", "Stadthalle, Ulm"),
      ("Kindertheater „Pippi“", "Großer Saal, Ulm")],
     "a row's hall before its title, set off by middle dots: the title after it, the hall its "
     "place"),
    ("Kur- und Touristinformation Bad Sachsa\nAm Kurpark 6 · 37441 Bad Sachsa\n\nGÄSTEPROGRAMM\n"
     "Woche vom 13. bis 19. Juli 2026\n\nDIENSTAG, 14. JULI\n9.30 Uhr    Waldbaden mit "
     "Kursleiterin Anja Möller, Treffpunkt Parkplatz am Schmelzteich, Dauer ca. 2 Stunden, "
     "Anmeldung erforderlich\n14.00 Uhr   Kinderbasteln, Haus des Gastes, Materialkosten 3 €\n\n"
     "DONNERSTAG, 16. JULI\n8.30 Uhr    Tagesfahrt nach Wernigerode mit Führung durch das "
     "Schloss. Abfahrt am Busbahnhof Bad Sachsa.\n15.00 Uhr   Kurkonzert mit dem "
     "Salonorchester, Musikpavillon im Kurpark\n",
     [("Waldbaden mit Kursleiterin Anja Möller",
       "Treffpunkt Parkplatz am Schmelzteich, Bad Sachsa"),
      ("Kinderbasteln", "Haus des Gastes, Bad Sachsa"),
      ("Tagesfahrt nach Wernigerode mit Führung durch das Schloss",
       "Busbahnhof Bad Sachsa, Wernigerode"),
      ("Kurkonzert mit dem Salonorchester", "Musikpavillon im Kurpark, Bad Sachsa")],
     "a timed item's place without its notes (length, sign-up, fee); no other item's town "
     "of its day (the day trip's goal) for the concert at home"),
    ("Wanderprogramm Herbst 2026\n\nMi 23.09.2026\nFeierabendwanderung zum Schönberg\nStrecke ca. "
     "7 km, gemütliches Tempo\nTreffpunkt: 17.00 Uhr Parkplatz am Friedhof Ebringen\nFührung: "
     "Ursula Spitz\n\nSa 17.10.2026\nWeinwanderung am Kaiserstuhl\nTreffpunkt: 10.30 Uhr Bahnhof "
     "Ihringen\n",
     [("Feierabendwanderung zum Schönberg", "Parkplatz am Friedhof Ebringen, Ebringen"),
      ("Weinwanderung am Kaiserstuhl", "Bahnhof Ihringen, Ihringen")],
     "a meeting point's label with its hour before the place: the place, not the goal's "
     "namesake town ('zum Schönberg')"),
    ("Das Hafenfest findet am Samstag, 4. Juli 2026, an der Rheinpromenade in Bonn statt.",
     [("Hafenfest", "Rheinpromenade, Bonn")], "a shore's walk is a venue ('-promenade')"),
    ("12. Jahreskongress der Gesellschaft für Rehabilitation\n4. bis 6. März 2027 · Congress "
     "Center Rosengarten, Mannheim\n\nNach dem Kongress 2026 in Leipzig freuen wir uns auf "
     "Mannheim.\n\nPre-Congress-Workshops\nAm Mittwoch, 3. März 2027, finden von 14 bis 18 Uhr "
     "Workshops statt, unter anderem zu Ergonomie am Arbeitsplatz.\n\nGesellschaftsabend\n"
     "Am Freitag, 5. März 2027, laden wir ab 19:30 Uhr zum Gesellschaftsabend ein.\n\n"
     "Wichtige Termine\n15. Oktober 2026 – Ende der Abstract-Einreichung\n4.–6. März 2027 – "
     "Kongress\n",
     [("12. Jahreskongress der Gesellschaft für Rehabilitation",
       "Congress Center Rosengarten, Mannheim"), ("Workshop", "Mannheim"),
      ("Gesellschaftsabend", "Mannheim")],
     "a head's venue and town after a middle dot are the document's town, though the text "
     "names another with 'in'; a workplace is no square; the end of something is no event"),
    ("PFARRBRIEF ST. MARTIN LANDSHUT\n\nRorateämter bei Kerzenschein\nAn den Mittwochen im "
     "Advent – 3. und 10. Dezember 2025 – feiern wir jeweils um 6:30 Uhr ein Rorateamt in der "
     "Spitalkirche Heiliggeist.\n\nDonnerstag, 25. Dezember 2025\n10:00 Uhr Festgottesdienst, "
     "Mozart: Spatzenmesse\n",
     [("Rorateamt", "Spitalkirche Heiliggeist, Landshut"),
      ("Rorateamt", "Spitalkirche Heiliggeist, Landshut"), ("Festgottesdienst", "Landshut")],
     "'jeweils' in a sentence with its own dates says nothing of every event's place; a "
     "work after a service's line is no venue"),
    ("KULTURHAUS DORNBIRN\nRathausplatz 1 · 6850 Dornbirn\n\nPROGRAMM JÄNNER BIS MÄRZ 2026\n\n"
     "KONZERT\nNeujahrskonzert des Symphonieorchesters Vorarlberg\nSamstag, 10. Jänner 2026, "
     "19.30 Uhr · Großer Saal\nWalzer, Polkas und Ouvertüren von Johann Strauß.\n\nKABARETT\n"
     "Gerti Hämmerle: „Alls im Gsi“\nFreitag, 30. Jänner 2026, 20 Uhr · Kleiner Saal\nDie "
     "Kabarettistin nimmt den Dialekt aufs Korn.\n",
     [("Neujahrskonzert des Symphonieorchesters Vorarlberg", "Großer Saal, Dornbirn"),
      ("Gerti Hämmerle: „Alls im Gsi“", "Kleiner Saal, Dornbirn")],
     "a day and its hour opening a line before a middle dot are an event's, no issue's date; "
     "a house's hall after them is the place, the title the block's line under its category "
     "in capitals"),
    ("PFARRBRIEF\nder Pfarreiengemeinschaft Ebermannstadt – Pretzfeld\n\nAusgabe 12/2025 · "
     "gültig vom 29. November 2025 bis 11. Januar 2026\n\nLiebe Schwestern und Brüder,\n\nmit "
     "dem ersten Advent beginnt ein neues Kirchenjahr. Ich danke allen, die mithelfen.\n\n"
     "BESONDERE GOTTESDIENSTE\n\nMi 24.12.   16:00  Ebermannstadt   Kindermette mit "
     "Krippenspiel\nMi 24.12.   22:00  Pretzfeld       Christmette\nSo 04.01.   10:30  "
     "Ebermannstadt   Aussendung der Sternsinger\n",
     [("Kindermette mit Krippenspiel", "Ebermannstadt"), ("Christmette", "Pretzfeld"),
      ("Aussendung der Sternsinger", "Ebermannstadt")],
     "a column of towns before the titles places each row; the next row's line is no "
     "address; an entry at another hour is no other's of its kind ('Christmette', "
     "'Kindermette')"),
    ("HSG Warndt – Spielplan 2026/27\n\nDatum          Anwurf   Begegnung                       "
     "Halle\n-------------  -------  ------------------------------  --------------------------\n"
     "Sa 12.09.2026  19:30    HSG Warndt – TV Homburg         Warndthalle Großrosseln\n"
     "Sa 19.09.2026  18:00    TV Merzig – HSG Warndt          Kreissporthalle Merzig\n",
     [("HSG Warndt – TV Homburg", "Warndthalle Großrosseln, Großrosseln"),
      ("TV Merzig – HSG Warndt", "Kreissporthalle Merzig, Merzig")],
     "a column headed 'Halle' is the place"),
    (
     "Volkshochschule Husum – Programm Frühjahrssemester 2026\n\nStand: 05.12.2025\n\nAn"
     "meldungen online. Anmeldeschluss ist jeweils eine Woche vor Kursbeginn.\n\nVortrag"
     "sreihe „Nordfriesland im Klimawandel“\n\nIn Kooperation mit der Nationalparkverwal"
     "tung. Eintritt 6 €, VHS-Haus, Neustadt 95, Husum.\n\n| Datum                      "
     "| Thema                        | Referent/in               |\n|-------------------"
     "---------|------------------------------|---------------------------|\n| Mo., 02.0"
     "2.2026, 19:30 Uhr | Sturmfluten und Küstenschutz | Dipl.-Ing. Hauke Petersen |\n\n"
     "Kreativität\n\nBrotbacken im Holzofen\nKurs 26F-3040 · Samstag, 28. Februar 2026, "
     "9 bis 14 Uhr · Backhaus am Ostenfelder Bauernhaus, Husum · 45 € inkl. Zutaten\n\nW"
     "ir backen Roggenbrot.\n",
     [("Sturmfluten und Küstenschutz", "Husum"),
      ("Brotbacken im Holzofen", "Backhaus am Ostenfelder Bauernhaus, Husum")],
     "a table's column of people ('Referent/in') is no place; a catalogue's course number "
     "before the date ('Kurs 26F-3040 · …'), its fee after the place; a series the headline "
     "names is no other section's"),
    (
     "Veranstaltungskalender Wernigerode – Dezember 2025\n\nStand: 21.11.2025\n\nDurchge"
     "hende Veranstaltungen\n\n- Weihnachtsausstellung „Festlich gedeckt“ im Schloss Wer"
     "nigerode\n  29.11.2025–11.01.2026\n\nEinzeltermine\n\nSamstag, 6. Dezember\n\n- 14"
     ":00 Uhr – Nikolausumzug durch die Altstadt\n- 19:30 Uhr – Adventskonzert des Harze"
     "r Kammerchors, Liebfrauenkirche\n\nHinweise\n\n- Der Parkplatz Anger ist vom 1. bi"
     "s 31. Dezember für Busse reserviert.\n",
     [("Weihnachtsausstellung „Festlich gedeckt“ im Schloss Wernigerode", "Wernigerode"),
      ("Nikolausumzug durch die Altstadt", None),
      ("Adventskonzert des Harzer Kammerchors", "Liebfrauenkirche")],
     "a day's timed items one under another in one paragraph are all its events; a list's "
     "heading of many ('Durchgehende Veranstaltungen') is no event a lead's dates give"),
    ("Medienmitteilung\nSt. Gallen, 2. Februar 2026\n\nFachkongress Wasser 2026\n\nDer "
     "Fachkongress findet am 9. September 2026 im Kongresshaus St. Gallen statt. Am Donnerstag, "
     "10. September, besteht die Möglichkeit, an einer geführten Exkursion zum Seewasserwerk "
     "Rorschach teilzunehmen.\n",
     [("Fachkongress Wasser 2026", "Kongresshaus St. Gallen, St. Gallen"),
      ("Exkursion", "Seewasserwerk Rorschach, Rorschach")],
     "a venue the event goes 'zum' is its place, not the dateline's town"),
    ("vhs Musterland\nAUSZUG AUS DEM PROGRAMM HERBST 2026\n\n"
     "======================================\n\n"
     "Kurs-Nr.  Titel / Termin / Ort                       Entgelt\n"
     "--------  -----------------------------------------  -------\n" + _CATALOGUE_ENTRIES,
     [("Tablet für Einsteiger (iPad)", "Bücherei, Lesesaal, Emsdetten"),
      ("Tablet für Einsteiger (iPad)", "Bücherei, Lesesaal, Emsdetten"),
      ("Word kompakt – Tagesworkshop", "Rathaus, Raum 12, Rheine")],
     "a catalogue's title line between its course number ('K1-2210') and fee cells, under "
     "the rule of a table's column heads; the address under the dates' line of hours; a "
     "date line with its place under its title"),
    ("Verbandstag 2026\n\nWir laden herzlich ein.\n\nAuf einen Blick\n\nWann:\n\n8./9. Mai 2026\n"
     "\nWo:\n\nStadthalle Göttingen\nAlbaniplatz 2\n",
     [("Verbandstag 2026", "Stadthalle Göttingen, Göttingen")],
     "a box's place under its label across a blank line, as its date is"),
    ("Handwerkskammer – Fortbildung\n\nAlle Kurse finden, sofern nicht anders angegeben, im "
     "Bildungszentrum Passau, Gottfried-Schäffer-Straße 2, 94032 Passau statt.\n\n"
     "Termin         Zeit           Workshop                        Ort\n"
     "03.03.2027     09:00–16:00    Löten für Einsteiger            Passau\n"
     "10.03.2027     13:00–17:00    Kalkulation im Handwerk         Deggendorf\n"
     "                              (Berufsschule, Raum 12)\n"
     "17.03.2027     09:00–12:00    Social-Media-Grundlagen         online\n",
     [("Löten für Einsteiger", "Bildungszentrum Passau, Gottfried-Schäffer-Straße 2, Passau"),
      ("Kalkulation im Handwerk", "Berufsschule, Raum 12, Deggendorf"),
      ("Social-Media-Grundlagen", None)],
     "a row's place cell naming another town is not at the venue said for all; an address in "
     "brackets under the row's title is its venue; 'online' is held nowhere"),
    ("SEEKURIER · Region · Freitag, 8. Mai 2026\n\nWAS IST LOS AM WOCHENENDE?\n\nSINGEN\n"
     "Burgführung auf dem Hohentwiel mit dem Historiker Dr. Klaus Berger: Samstag, 9. Mai, 14 "
     "Uhr, Treffpunkt Domänenhof.\n\nREICHENAU\nFührung "
     "„Klosterinsel Reichenau – UNESCO-Welterbe“: Sa., 9. Mai, 10.30 Uhr ab Tourist-Information "
     "Mittelzell.\n\nGAIENHOFEN\nMatinee im Hesse Museum: Die Schauspielerin Ulrike Graf liest "
     "am Sonntag, 10. Mai, um 11 Uhr Briefe Hermann Hesses.\n",
     [("Burgführung", "Singen"),
      ("Führung „Klosterinsel Reichenau – UNESCO-Welterbe“", "Reichenau"),
      ("Matinee", "Hesse Museum, Gaienhofen")],
     "a town in capitals heads its paragraph whatever its first line says; a tour by its "
     "quoted name is an event"),
    (_ALIGNED_CATALOGUE,
     [("Yoga für Einsteiger", "VHS-Haus, Raum 1.12 (Bewegungsraum), Lüneburg"),
      ("Vegane Frühlingsküche", "Schulküche der Oberschule Adendorf, Adendorf"),
      ("Italienisch A1 – Neustart", "VHS-Haus, Raum 2.04, Lüneburg"),
      ("Vortrag: Die Salzstadt Lüneburg im Mittelalter", "Ratsbücherei, Am Marienplatz 3, "
       "Lüneburg")],
     "an aligned table goes on under a category's heading in capitals; a place ends before "
     "the next label ('…, Leitung: Anke Timm'); an entry's facts line is no part of its title; "
     "a category of several words over a title line ('GESELLSCHAFT UND GESCHICHTE')"),
    ("Seminare im 2. Halbjahr 2026\n\nMit unserem Angebot unterstützen wir Unternehmen der "
     "Region.\n\nExportkontrolle für Einsteiger\n\n| | |\n|---|---|\n"
     "| Termin | 15.–16.09.2026, jeweils 09:00–16:00 Uhr |\n| Ort | IHK Regionalkammer Plauen, "
     "Friedensstraße 32, 08523 Plauen |\n| Entgelt | 520,00 € |\n",
     [("Exportkontrolle für Einsteiger", "IHK Regionalkammer Plauen, Plauen")],
     "a Markdown table of labels and values: '| Termin | …' dates the section's event, "
     "'| Ort | …' places it"),
    ("Spielplan November 2026\n\nSo 01 Nov\n\n18:00 Uhr · Großes Haus\n\nDer zerbrochne Krug\n\n"
     "Lustspiel von Heinrich von Kleist\n\n19 € – 38 €\n\nSo 08 Nov\n\n15:00 Uhr · "
     "Kulissenbühne\n\nDas Sams\n\nFamilienstück nach Paul Maar · ab 5 Jahren\n\nDo 12 Nov\n\n"
     "19:30 Uhr · Spiegelsaal\n\nLesung: Carola Wimmer liest „Die Nachbarn von oben“\n\n"
     "Theaterkasse\n\nKönigstraße 116, 90762 Fürth\n",
     [("Der zerbrochne Krug", "Großes Haus, Fürth"), ("Das Sams", "Kulissenbühne, Fürth"),
      ("Lesung: Carola Wimmer liest „Die Nachbarn von oben“", "Spiegelsaal, Fürth")],
     "a web page's playbill: a day ('So 01 Nov'), its hour and stage, the title in the "
     "paragraph under them"),
    ("Veranstaltungen im Mai 2026\n\nSeminare und Netzwerktreffen der IHK in Bielefeld und "
     "Gütersloh.\n\nStand: 24.04.2026\n\nExistenzgründungsseminar „Fit für die "
     "Selbstständigkeit“\n\nTermin\n\nSa, 09.05.2026, 9:00 – 16:00 Uhr\n\nOrt\n\nIHK, "
     "Elsa-Brändström-Straße 1–3, 33602 Bielefeld\n\nVon der Geschäftsidee bis zum "
     "Businessplan.\n\nAbgesagt Unternehmerfrühstück Kreis Gütersloh\n\nTermin\n\nMi, "
     "20.05.2026, 8:00 Uhr\n\nOrt\n\nZweigstelle Gütersloh, Berliner Straße 38, 33330 "
     "Gütersloh\n\nDie Veranstaltung ist abgesagt.\n",
     [("Existenzgründungsseminar „Fit für die Selbstständigkeit“", "IHK, Bielefeld"),
      ("Unternehmerfrühstück Kreis Gütersloh", "Zweigstelle Gütersloh, Gütersloh")],
     "a web page's list of terms: 'Termin' and 'Ort' each alone in its block over its value, "
     "under the entry's heading; a badge before the title ('Abgesagt …') is no part of it"),
    ("DRK Ortsverein Musterstadt\n\nHier unsere Termine für 2026 auf einen Blick – bitte "
     "ausschneiden und\naufbewahren:\n\n  BLUTSPENDETERMINE 2026\n  ----------------------------"
     "------------------------\n  Tag   Datum        Uhrzeit          Ort\n  ------------------"
     "----------------------------------\n  Fr    16.01.2026   16.00–20.00 Uhr  Kurhaus, "
     "Kurplatz 1, 65520 Bad Camberg\n  Fr    22.05.2026   15.30–19.30 Uhr  Bürgerhaus Würges, "
     "Eisenbacher Str. 4\n",
     [("Blutspendetermin", "Kurhaus, Bad Camberg"),
      ("Blutspendetermin", "Bürgerhaus Würges, Eisenbacher Str. 4, Bad Camberg")],
     "an aligned table of dates and places under its caption in capitals, indented with it "
     "('BLUTSPENDETERMINE 2026'): one of the caption's kind each; a street named for a town "
     "('Eisenbacher Str.') is no town"),
    ("LandFrauenverein Jever\n\nJahresprogramm 2026\n\nDi., 20.1.   14.30 Uhr\n"
     "Jahreshauptversammlung mit Grünkohlessen\nHotel Friesenhof, Jever\nBerichte, Wahlen.\n\n"
     "Di., 21.4.   14.00 Uhr\nBetriebsbesichtigung der Molkerei Harlingerland in Wittmund\n"
     "Wir bilden Fahrgemeinschaften, Treffpunkt 13.30 Uhr am Parkplatz in Jever.\n",
     [("Jahreshauptversammlung mit Grünkohlessen", "Hotel Friesenhof, Jever"),
      ("Betriebsbesichtigung der Molkerei Harlingerland in Wittmund", "Wittmund")],
     "the line under a date line that names the event is its title, not its place: its "
     "address is the line under it, else the town its title names"),
    ("Sommerfest in Wetzlar\n\nDas Sommerfest des Heimatvereins findet je nach Wetter am 27. "
     "Juni 2026 ab 15 Uhr auf dem Domplatz in Wetzlar statt.\n",
     [("Sommerfest in Wetzlar", "Domplatz, Wetzlar")],
     "'je nach' (depending on) names no town: not Wetter (Ruhr)"),
    ("Gemeindezeitung Perchtoldsdorf\n\nVERANSTALTUNGEN\n\nFaschingsumzug „Kopfstand“\n"
     "So, 15. Februar 2026, Start 14 Uhr beim Sportplatz Höhenstraße, Zug über die Hochstraße "
     "zum Marktplatz.\n\nSeniorenball\nSa, 21. Februar 2026, 19 Uhr im Festsaal der Burg "
     "Perchtoldsdorf\n\nBlutspendeaktion des Roten Kreuzes\nFr, 27. Februar 2026, 15.30 bis "
     "20.00 Uhr\nPfarrheim St. Augustin, Marktplatz 12\n",
     [("Faschingsumzug „Kopfstand“", "Sportplatz Höhenstraße, Marktplatz, Hochstraße, "
       "Perchtoldsdorf"),
      ("Seniorenball", "Festsaal der Burg Perchtoldsdorf, Perchtoldsdorf"),
      ("Blutspendeaktion des Roten Kreuzes", "Pfarrheim St. Augustin, Perchtoldsdorf")],
     "a parade ('Zug') after a street, a castle ('Burg') and a church's patron saint ('St. "
     "Augustin') are no towns"),
    ("14. Kieler Förde-Lauf\nSonntag, 6. September 2026 – Start und Ziel an der Kiellinie\n\n"
     "Ausschreibung\n\nVeranstalter: Laufgemeinschaft Kiel von 1998 e.V.\n",
     [("14. Kieler Förde-Lauf", "Kiellinie, Kiel")],
     "a race's 'Start und Ziel an der …' under its headline is the place; the heading below "
     "that names no event is the next section's"),
    ("Weihnachtsmärkte im Landkreis Esslingen 2026\n\nNÜRTINGEN\nWeihnachtsmarkt am 1. "
     "Adventswochenende, 28./29. November, rund um die Stadtkirche.\n\nFILDERSTADT\nDer "
     "Bernhausener Weihnachtsmarkt findet am 5./6. Dezember auf dem Marktplatz statt.\n\n"
     "WENDLINGEN AM NECKAR\nAm 13. Dezember ab 11 Uhr lädt der Gewerbeverein zum "
     "Weihnachtsmarkt in der Unterboihinger Straße ein.\n",
     [("Weihnachtsmarkt", "Nürtingen"), ("Bernhausener Weihnachtsmarkt", "Marktplatz, Filderstadt"),
      ("Weihnachtsmarkt", "Unterboihinger Straße, Wendlingen am Neckar")],
     "a listing by town: each section's event takes its name and venue from its own section"),
]


@pytest.mark.parametrize(("text", "expected", "reason"), LOCATION_ROWS,
                         ids=[row[2] for row in LOCATION_ROWS])
def test_event_locations(text: str, expected: list[tuple[str, str | None]], reason: str) -> None:
    assert [(e.title, e.location) for e in _events(text)] == expected, reason


def test_event_rows_are_unique() -> None:
    assert len({row[0] for row in EVENT_ROWS}) == len(EVENT_ROWS)


def test_a_closing_contact_block_belongs_to_every_event() -> None:
    text = ("Zwei Termine\n\nDas Adventsgespräch findet am 12. Dezember 2018 statt. Zum "
            "Neujahrsempfang am 11. Januar 2019 werden 400 Gäste erwartet.\n\n"
            "Kontakt:\nClaudia Rösler\nTelefon 0351 8 11 38-20\nroesler@uv-ostsachsen.de\n")
    events = _events(text)
    assert len(events) == 2
    assert all(c.email == "roesler@uv-ostsachsen.de" for e in events for c in e.contacts)


@pytest.mark.parametrize(("text", "times"), [
    ("Lahr, 4. September 2023 – Der Verein feiert am Samstag, 23. September 2023, mit einem "
     "Fest auf dem Marktplatz.\n\nDie Tafel wurde 1998 gegründet.\n\nDas Fest beginnt um 11 Uhr "
     "mit einem Festakt. Bis 16 Uhr gibt es Musik.", ("11:00", "16:00")),
    ("Das Sommerfest findet am 5. Mai 2024 statt. Beginn ist um 14 Uhr. Bis 18 Uhr spielt die "
     "Band.", ("14:00", "18:00")),
    ("Das Sommerfest findet am 5. Mai 2024 statt. Beginn ist um 14 Uhr, Anmeldung bis 12 Uhr.",
     ("14:00", None)),
    ("Sa, 3.2.24 – Jodlerabend mit Theater, Mehrzweckhalle Breite, Hinwil. Türöffnung und "
     "Nachtessen ab 18.00 Uhr, Konzertbeginn 20.00 Uhr, anschliessend Tanz.", ("20:00", None)),
    ("Die Hexennacht findet am Samstag, 22. Februar 2025, in der Stadthalle statt. Saalöffnung "
     "ist um 19 Uhr, das Programm beginnt pünktlich um 20.11 Uhr.", ("20:11", None)),
    ("Ringvorlesung „Stadt“\n\nBremen, 1. Oktober 2024 – Die Vorträge finden jeweils mittwochs "
     "von 18.15 bis 19.45 Uhr im Hörsaal statt.\n\n16.10.2024: „Hitzeinseln“\n",
     ("18:15", "19:45")),
    ("Ringvorlesung „Wasser und Stadt“ – Sommersemester 2026\n\nUniversität Leipzig\n\n- Wann: "
     "dienstags, 18:30–20:00 Uhr\n- Wo: Hörsaal 3, Universitätsstraße 1, Leipzig\n\n| Datum | "
     "Vortrag |\n|---|---|\n| 14. April 2026 | Starkregen in der Stadt |\n", ("18:30", "20:00")),
    ("Historisches Seminar\nOBERSEMINAR NEUERE GESCHICHTE\nWintersemester 2026/27\n\nZeit: "
     "donnerstags, 16 Uhr c.t.\nOrt: Raum 2.14, Olshausenstraße 40, 24118 Kiel\n\n"
     "22.10.2026  Einführung\n", ("16:15", None)),
    ("IHK-Veranstaltungen Frühjahr 2026\n\nDATUM              | ZEIT          | VERANSTALTUNG"
     "            | ORT\n-----------------------------------------------------------------\n"
     "Di, 10.03.2026     | 09:00–16:00   | Seminar Zollrecht        | Detmold, IHK\n",
     ("09:00", "16:00")),
    ("Die Kreismeisterschaften im Crosslauf werden am Sonntag, 8. März 2026, in Wuppertal "
     "ausgetragen. Ausrichter ist der LAZ Wuppertal, Austragungsort der Sportplatz Kothen. Die "
     "ersten Läufe starten um 11.00 Uhr.", ("11:00", None)),
    ("Der Vortrag „Alpenüberquerung zu Fuß“ findet am Freitag, 15. Mai 2026, im Sektionsheim "
     "statt. Referent ist Hans Berger. Er zeigt Bilder seiner Tour. Beginn ist um 19.30 Uhr.",
     ("19:30", None)),
    ("Unsere Frühjahrsfahrt führt am Mittwoch, 13. Mai 2026, nach Bad Iburg. Dort besichtigen "
     "wir das Schloss. Abfahrt ist um 9 Uhr am Begegnungszentrum, Rückkehr gegen 18 Uhr.",
     ("09:00", None)),
    ("Am Freitag, 1. Mai 2026, begleiten wir ab 10 Uhr das Maibaumaufstellen am Stadtplatz. "
     "Treffpunkt der Kapelle 9.15 Uhr beim Probelokal.", ("10:00", None)),
    ("Am Sonntag, 15. März 2026, geht es auf eine Wanderung über den Eisenberg. Treffpunkt ist "
     "um 10 Uhr am Marktplatz, Abschluss mit Einkehr gegen 14 Uhr.", ("10:00", None)),
    ("Die Christbaumsammlung ist am Samstag, 9. Januar 2027. Bitte die Bäume bis 8 Uhr am "
     "Straßenrand bereitlegen.", (None, None)),
    ("Die Kleidersammlung ist am Samstag, 18. April 2026, im Foyer der Schule. Die Annahme ist "
     "zwischen 14 und 17 Uhr geöffnet.", ("14:00", "17:00")),
    ("Termine 2026\n\n- Kreisfeuerwehrtag in Löhnberg: Samstag, 13. Juni 2026 (Abfahrt folgt)\n"
     "- Übungsabende: jeden zweiten Freitag im Monat, 19.30 Uhr\n", (None, None)),
    ("Termine 2026\n\n- Frühlingsfest am Samstag, 13. Juni 2026 auf dem Festplatz in Ulm:\n"
     "   - 14 Uhr Kinderprogramm\n   - 20 Uhr Tanz\n- Herbstfest im Oktober\n", ("14:00", None)),
    ("Beim Hallenturnier in Rankweil am Samstag, 17. Januar 2026, wurde die U12 Zweite. Das "
     "Training findet dienstags und donnerstags von 17:30 bis 19:00 Uhr statt.", (None, None)),
    ("Der Yogakurs beginnt am Dienstag, 3. März 2026, im Rathaus Ulm. Er findet dienstags von "
     "18 bis 19.30 Uhr statt.", ("18:00", "19:30")),
], ids=["a later paragraph's start, 'Bis 16 Uhr' its end", "'Bis 18 Uhr' opening a sentence",
        "'bis 12 Uhr' of the sign-up is no end",
        "'Konzertbeginn' after the doors: the start said as such",
        "'Saalöffnung', then 'das Programm beginnt um'",
        "'jeweils mittwochs von … bis … Uhr': a programme's shared start and end",
        "a label's weekday hours ('Wann: dienstags, 18:30–20:00 Uhr') for a table's Tuesdays",
        "'16 Uhr c.t.': a quarter past, as a lecture starts",
        "a table's time cell after its date cell's padding",
        "a start said later in the paragraph: '… starten um 11.00 Uhr'",
        "'Beginn ist um …' three sentences on, in the paragraph",
        "an outing's departure said later in the paragraph is its start",
        "… but overrides no hour said before it ('Treffpunkt der Kapelle 9.15 Uhr')",
        "… nor does a later plain hour override it ('gegen 14 Uhr')",
        "'bis 8 Uhr' alone is no start: an end or a deadline",
        "'zwischen 14 und 17 Uhr' in the next sentence",
        "a list's next item's hours are its own",
        "… but an item's own items below it, further in, are its",
        "the next sentence's hours of other weekdays ('dienstags und donnerstags') are a habit",
        "… but those of the date's own weekday are its"])
def test_times_said_after_the_date(text: str, times: tuple[str, str | None]) -> None:
    [event] = _events(text)
    assert (event.start_time.isoformat("minutes") if event.start_time else None,
            event.end_time.isoformat("minutes") if event.end_time else None) == times


def test_the_only_event_of_a_document_takes_its_inline_addresses() -> None:
    [event] = _events("Workshop am 20. März 2024 in Magdeburg. Beginn ist um 9:30 Uhr. "
                      "Anmeldung bis 15. März unter info@izm-magdeburg.de.")
    assert [c.email for c in event.contacts] == ["info@izm-magdeburg.de"]


def test_the_one_organiser_of_a_document_organises_each_of_its_events() -> None:
    text = ("Die IHK Rhein-Neckar lädt am 15. März 2018 zum Außenwirtschaftstag ein.\n\n"
            "Zur Vorbereitung gibt es am 27. Februar 2018 ein Webinar „Zoll“.")
    assert [[o.name for o in e.organisers] for e in _events(text)] == [
        ["IHK Rhein-Neckar"], ["IHK Rhein-Neckar"]]


def test_organisers_named_together_organise_each_event() -> None:
    text = ("Frühlingsfest verschoben\n\nDas für den 20. April 2024 geplante Frühlingsfest wird "
            "auf den 4. Mai 2024 verschoben.\n\nVeranstalter des Frühlingsfests ist die Stadt "
            "Bietigheim in Zusammenarbeit mit dem Gewerbeverein Bietigheim e. V.")
    assert [[o.name for o in e.organisers] for e in _events(text)] == [
        ["Stadt Bietigheim", "Gewerbeverein Bietigheim e. V."]] * 2


def test_the_issuer_organises_when_nobody_else_does() -> None:
    text = ("TSV Eintracht Hameln 1862 e.V. – Mitteilung des Vorstands\n\n"
            "Die Jahreshauptversammlung findet am 3. Mai 2020 im Vereinsheim statt.")
    [event] = _events(text)
    assert [o.name for o in event.organisers] == ["TSV Eintracht Hameln 1862 e.V."]


# heading, (noun, title) or None, reason
HEADING_ROWS = [
    ("Clustertagung 2026 am 21. und 22. April in Lüdenscheid", "Clustertagung 2026",
     "two days joined by 'und' are no part of it"),
    ("Volles Programm im Bezirk: Gründerabend, Lehrlingsmesse und Nachfolge-Vortrag", None,
     "a list of several events names no one of them"),
    ("Niersteiner Weinfest am 3./4. Oktober – mit Krönung der neuen Weinkönigin",
     "Niersteiner Weinfest", "the days before the month are no part of it"),
    ("Drei Tage Musik und Kulinarik: Offenburger Stadtfest 2017", "Offenburger Stadtfest 2017",
     "the part after the colon names the event"),
    ("Frühjahrsmesse 2020 abgesagt", "Frühjahrsmesse 2020", "the status word is no part of it"),
    ("Bibeltage: „Aufbrechen – Geschichten vom Unterwegssein“",
     "Bibeltage „Aufbrechen – Geschichten vom Unterwegssein“", "noun: quoted name; dash in quotes"),
    ("Mitteldeutsche Logistiktagung: Fachleute diskutieren über die letzte Meile",
     "Mitteldeutsche Logistiktagung", "a sentence after the colon is no name"),
    ("HanseBau & Wohnen: Verbrauchermesse für Bauen", "HanseBau & Wohnen",
     "a proper name explained by an event noun"),
    ("50 Jahre Kammerchor – Jubiläumskonzert in der Stadthalle", "Jubiläumskonzert",
     "the venue leaves the title"),
    ("Clustertagung in Wetzlar", "Clustertagung in Wetzlar", "a city stays in the title"),
    ("Erfurt erinnert an den 9. November", None, "no event noun"),
    ("Dritte Nacht in Folge", None, "a numeral is no adjective of a name"),
    ("Öffentliche Sitzung des Stadtrats", "Öffentliche Sitzung des Stadtrats",
     "a council's sitting after an adjective"),
    ("Tanz in den Mai", "Tanz in den Mai", "a name of many words holds a month"),
    ("Politischer Aschermittwoch des Unterbezirks", "Politischer Aschermittwoch des Unterbezirks",
     "a party's rally on Ash Wednesday, no mere day"),
]


@pytest.mark.parametrize(("heading", "title", "reason"), HEADING_ROWS,
                         ids=[row[2] for row in HEADING_ROWS])
def test_heading_titles(heading: str, title: str | None, reason: str) -> None:
    found = heading_title(heading)
    assert (found[1] if found else None) == title, reason


def test_a_rule_over_the_headline_is_none_of_its_title() -> None:
    """A heading between long rules: the rule over it, read into its sentence, is no part
    of the headline's title."""
    rule = "=" * 65
    text = ("KREISBAUERNVERBAND SOEST\nGeschäftsstelle Soest\nNöttenstraße 29 · 59494 Soest\n"
            "Tel. 02921 3690-0 · info@kbv-soest.example\n\nMitteilungen der Geschäftsstelle – "
            "Februar 2027\n(erschienen im WOCHENBLATT, Ausgabe 5/2027 vom 4. Februar 2027)\n\n"
            f"{rule}\nWINTERVERANSTALTUNGEN 2027\n{rule}\n\nSchleppertag Hellweg\n{'-' * 65}\n"
            "Termin:   Samstag, 13. März 2027, 9.00 bis 15.00 Uhr\nOrt:      Hof Schulte, Soest\n")
    assert TitleFinder(text, Sentences(text)).headline() == (
        "WINTERVERANSTALTUNGEN", "WINTERVERANSTALTUNGEN 2027")


@pytest.mark.parametrize(("word", "expected"), [
    ("Außenwirtschaftstag Rhein-Neckar", "Außenwirtschaftstag"),
    ("Kulturtage Oststadt", "Kulturtage"),
    ("Feiertage im Mai", None),
    ("Reportage über den Tag", None),
    ("Tag der offenen Tür in der Lernfabrik", "Tag der offenen Tür"),
    ("Tag der offenen Hoftür auf dem Biohof", "Tag der offenen Hoftür"),
    ("Tag der deutschen Imkerei", "Tag der deutschen Imkerei"),
    ("Führung durch die Altstadt", "Führung"),
    ("Unter der Führung von Anna Berg", None),
    ("Tag der deutschen Einheit", None),
])
def test_day_compounds(word: str, expected: str | None) -> None:
    found = leading_phrase(word)
    assert (found[0] if found else None) == expected


# word, is an event noun?, reason
NOUN_ROWS = [
    ("Auffahrt", False, "a motorway's ramp, or Ascension Day in Switzerland"),
    ("Kreis-Orientierungsmarsch", True, "a march walked on a day (vocabulary)"),
    ("Einmarsch", False, "… not an army's"),
    ("Brennholzversteigerung", True, "an auction ('Versteigerung'; vocabulary)"),
    ("Helferbesprechung", True, "a meeting ('Besprechung'; vocabulary)"),
    ("Landesfeuerwehrleistungsbewerb", True, "Austria's contest ('Bewerb'; vocabulary)"),
    ("Bewerbung", False, "… not an application"),
    ("Laternenbasteln", True, "a day's crafts ('Basteln'; vocabulary)"),
    ("Adventscafé", True, "a café held on a day (vocabulary; 'Café' alone is a house)"),
    ("Konzeptionstag", False, "a day care's staff day, on which it is closed"),
    ("Ortsdurchfahrt", False, "a road through a town, no trip ('Durchfahrt')"),
    ("Turmblasen", True, "music from a tower, an Alpine town's Advent custom (vocabulary)"),
    ("Adventsingen", True, "Austria's Advent concert, without the joining 's' (vocabulary)"),
    ("Webinarreihe", True, "a series of events of a kind ('Konzertreihe', 'Seminarreihen')"),
    ("Häuserreihe", False, "… not a row of houses"),
    ("Adventkranzsegnung", True, "a parish's blessing (vocabulary: 'Segnung')"),
    ("Frühlingstanz", True, "a season's dance ('Tanz' alone is the art; vocabulary)"),
    ("Osterfeuer", True, "a feast's bonfire ('Feuer' alone is a blaze; vocabulary)"),
    ("Rundschau", False, "a newspaper's name ('Frankfurter Rundschau'), no show"),
    ("Stadtderby", True, "a game between a town's clubs (vocabulary)"),
    ("Viertelfinale", True, "a cup's round (vocabulary)"),
    ("Turnerunterhaltung", True, "a Swiss gym club's yearly show (vocabulary)"),
    ("Frühjahrsputz", True, "a town's clean-up day (vocabulary)"),
    ("Heringsessen", True, "a club's Ash Wednesday dinner (vocabulary)"),
    ("Schlusskurs", False, "a share's closing price, no course"),
    ("Football", False, "a game's ball, as 'Fußball', is no dance"),
    ("Sicherheitsvorkehrungen", False, "precautions hold 'ehrung' but honour nobody"),
    ("Arbeitseinsatz", True, "a club's work day ('Einsatz' alone is a call-out)"),
    ("Festwochenende", True, "a feast's weekend (vocabulary)"),
    ("Mittwochen", False, "a weekday's plural ('an den Mittwochen im Advent') is no 'Woche'"),
    ("Rorateämter", True, "sung masses, in the plural with its umlaut (vocabulary)"),
    ("Presseaussendung", False, "a press release ('Aussendung' alone is no event)"),
    ("Anrudern", True, "a rowing club's opening of its season (vocabulary)"),
    ("Menschenkette", True, "a protest's human chain (vocabulary)"),
    ("Taizé-Gebet", True, "a prayer service of its own"),
    ("Gebet", False, "a prayer alone is part of a service ('beginnt mit einem Gebet')"),
    ("Pokalschießen", True, "a shooting club's contest (vocabulary)"),
    ("Grünkohlessen", True, "a club's dinner (vocabulary)"),
    ("Interessen", False, "ends in 'essen', no dinner"),
    ("Rallye", True, "a tour of old cars (vocabulary)"),
    ("Erstkommunion", True, "a church's rite (vocabulary)"),
    ("Konfirmation", True, "a church's rite (vocabulary)"),
    ("Kinderfasching", True, "a carnival's afternoon (vocabulary)"),
    ("Spatenstich", True, "a building's first cut (vocabulary)"),
    ("Grundsteinlegung", True, "a building's foundation stone laid (vocabulary)"),
    ("Filmquiz", True, "a cinema's or pub's quiz evening (vocabulary: 'Quiz')"),
    ("Preview", True, "a film shown before its release (vocabulary)"),
    ("Mahnwache", True, "a vigil of protest (vocabulary)"),
    ("Winzerfestzug", True, "a feast's parade (vocabulary: 'Festzug')"),
    ("Einweihung", True, "an inauguration (vocabulary)"),
    ("Fronleichnamsprozession", True, "a procession (vocabulary)"),
    ("Palmweihe", True, "a blessing (vocabulary: 'Weihe')"),
    ("Bestenehrung", True, "an honouring (vocabulary: 'Ehrung')"),
    ("Großdemonstration", True, "a demonstration (vocabulary)"),
    ("Ortstermin", True, "a meeting on the spot ('Termin' alone is vague)"),
    ("Seniorennachmittag", True, "an afternoon named by whom it is for"),
    ("Sonntagnachmittag", False, "a weekday's afternoon is a time"),
    ("Nachmittag", False, "a part of the day alone is a time"),
    ("Get-together", True, "(vocabulary)"),
    ("Maimärit", True, "a Swiss market (vocabulary)"),
    ("Hallencup", True, "a tournament (vocabulary)"),
    ("Cupcake", False, "no tournament"),
    ("Chilbi", True, "a Swiss fair (vocabulary)"),
    ("Bauablauf", False, "a course of works, no run"),
    ("Krankheitsverlauf", False, "a course, no run"),
    ("Spendenlauf", True, "a charity run"),
    ("Narrensprung", True, "a carnival parade (vocabulary)"),
    ("Rosenmontagszug", True, "a carnival parade on -zug (vocabulary)"),
    ("Anzug", False, "-zug alone names no event"),
    ("Außenwirtschaftstag", True, "a compound on -tag"),
    ("Länderinfotag", True, "an information day ('Info-' ends in '-o', as 'Sabotage' does)"),
    ("Sabotage", False, "a word that only ends in '-tag(e)'"),
    ("Online-Fragestunde", True, "a question hour (vocabulary)"),
    ("Geschäftsführung", False, "leadership, no tour"),
    ("Dämmerschoppen", True, "an evening drink of a club (vocabulary)"),
    ("Besuchstag", True, "a visitors' day of an institute"),
    ("Monstercorso", True, "a parade ('Corso', 'Korso')"),
    ("Infosession", True, "an information session (vocabulary)"),
    ("Christmette", True, "a night mass (vocabulary)"),
    ("Kulturtagen", True, "a plural compound on -tage"),
    ("Feiertage", False, "a calendar day"),
    ("Reportage", False, "only ends in -tage"),
    ("Montagabend", False, "a time of the week"),
    ("Amtseinführung", False, "ends in a non-event noun"),
    ("Stadtführung", True, "a guided tour"),
    ("Arbeitskreises", False, "Kreis is no Reise"),
    ("Kick-off", True, "a hyphenated event noun"),
    ("Blutspende", True, "a blood drive"),
    ("Podiumsdiskussion", True, "listed as such, though it ends in a vague noun"),
    ("Podiumsdiskussionen", True, "the same, inflected"),
    ("Diskussion", False, "the vague noun alone"),
    ("Altstadtrundgang", True, "a guided walk"),
    ("Maihock", True, "a Swabian feast"),
    ("Abende", False, "a course's count of evenings ('7 Abende, jeweils dienstags')"),
    ("Schock", False, "'Hock' alone is no event noun"),
    ("Lottomatch", True, "a Swiss bingo evening"),
    ("Frühlingsputzete", True, "a Swiss spring clean-up"),
    ("Waldumgang", True, "a walk round the woods"),
    ("Seniorenausflug", True, "a compound on -ausflug"),
    ("Ausflug", False, "the bare word: 'ein Ausflug in die Geschichte'"),
    ("Großübung", True, "a fire brigade's drill"),
    ("Berufsausübung", False, "ends in -übung, no drill"),
    ("Sommerserenade", True, "a compound on -serenade"),
    ("Poetry-Slam", True, "a hyphenated compound on -slam"),
    ("Islam", False, "only ends in -slam"),
    ("Erörterungstermin", True, "a planning authority's public hearing"),
    ("Erzählcafé", True, "a storytelling café afternoon"),
    ("Vereinsmeisterschaften", True, "a club's championship"),
    ("Adventssingen", True, "a carol singing"),
    ("Podium", True, "a panel discussion's heading: 'PODIUM: WIE WEITER …?'"),
    ("Zeltlager", True, "a camp"),
    ("Warenlager", False, "a store, no camp"),
    ("Singen", False, "a town, no event"),
    ("Informationsanlass", True, "a Swiss event"),
    ("Anlass", False, "the bare word: 'aus Anlass'"),
    ("Weltmeisterschaft", False, "a season of games, listed as no event"),
    ("Heringsschmaus", True, "a feast's dinner (vocabulary)"),
    ("Almabtrieb", True, "the Alps' cattle coming down, a village's feast (vocabulary)"),
    ("Erntedank", True, "the feast of thanks for the harvest (vocabulary)"),
    ("Besuchsmorgen", True, "a school's morning open to visitors (vocabulary)"),
    ("Preisjassen", True, "a Swiss card tournament (vocabulary)"),
    ("Jazzfrühling", True, "a festival named by its art and season (vocabulary)"),
    ("Christbaumsammlung", True, "a town's collection on a set day (vocabulary)"),
    ("Kunstsammlung", False, "a museum's collection: 'Sammlung' alone is none"),
    ("Erzählcafé", True, "a café that meets to talk (vocabulary)"),
    ("Café", False, "a house, no event"),
    ("Spätsommer", False, "a season's weather: 'Sommer' alone is none"),
    ("Schnupperprobe", True, "a choir's try-out for newcomers (vocabulary)"),
    ("Leistungsmarsch", True, "a walk of many (vocabulary)"),
    ("Radetzkymarsch", False, "a piece of music: 'Marsch' alone is none"),
    ("Lamballe", False, "a town: 'Ball' has no form in '-balle'"),
    ("Laufe", False, "'im Laufe des Tages'"),
    ("Einreise", False, "a border's crossing, no trip one joins"),
    ("Studienreise", True, "a trip one joins"),
    ("Grunde", False, "'im Grunde'"),
    ("Beispiele", False, "'zum Beispiel', no game"),
    ("Kinder-Ranger-Tage", True, "a day's compound written with hyphens"),
    ("Abfahrten", False, "a bus's departures, as 'Abfahrt'"),
    ("Marschmusikbewertung", True, "a brass band's contest"),
    ("Feier-Tage", False, "… not a holiday's"),
    ("Lagerfeuer", True, "a campfire one gathers at"),
    ("Orgelmusik", True, "a church's music at a set hour"),
]


@pytest.mark.parametrize(("word", "expected", "reason"), NOUN_ROWS,
                         ids=[row[0] for row in NOUN_ROWS])
def test_event_nouns(word: str, expected: bool, reason: str) -> None:
    assert is_event_noun(word) is expected, reason


def test_the_report_giving_both_hours_of_a_run_gives_its_end_hour() -> None:
    text = ("Dresden, 10. Dezember 2026\n\nMit der Fachtagung „Ehrenamt“ lädt die Stiftung am "
            "18. und 19. Februar 2027 nach Dresden ein.\n\nTagungsort ist das Tagungszentrum. "
            "Die Tagung beginnt am Donnerstag um 13.00 Uhr.\n\nAuf einen Blick\nFachtagung: Do., "
            "18.02.2027, 13.00 Uhr – Fr., 19.02.2027, 13.00 Uhr, Tagungszentrum, Dresden\n")
    [event] = _events(text)
    assert (event.start_str(), event.end_str()) == ("2027-02-18T13:00", "2027-02-19T13:00")


@pytest.mark.parametrize(("text", "end"), [
    ("Die Ministerin eröffnet am 24. Oktober 2022 den Digitalgipfel in Berlin. Dort diskutieren "
     "bis zum 25. Oktober 2022 rund 1.000 Gäste.", "2022-10-25"),
    ("Die Ausstellung „Licht“ wird am 5. Mai 2023 eröffnet und ist bis zum 30. Juni 2023 zu "
     "sehen.", "2023-06-30"),
    ("Die Ausstellung „Licht“ wurde am 12. April 2023 eröffnet und ist noch bis zum 30. August "
     "2023 zu sehen.", "2023-08-30"),
    ("Die Ausstellung „Licht“ wird am 5. Mai 2023 eröffnet. Anmeldungen für Führungen sind bis "
     "zum 30. April 2023 möglich.", None),
    ("Die Messe „Bau“ öffnet am 5. Mai 2023. Tickets gibt es bis zum 20. Mai 2023.", None),
    ("Die Endrunde der Fußball-EM beginnt am 7. Juni 2008 und endet am 29. Juni 2008.",
     "2008-06-29"),
    ("Die Messe „Bau“ beginnt am 5. Mai 2023. Sie endet am 9. Mai 2023.", "2023-05-09"),
    ("Die Messe „Bau“ beginnt am 5. Mai 2023. Sie endet am 9. Mai.", "2023-05-09"),
    ("Die Messe „Bau“ beginnt am 30. Dezember 2023 und endet am 2. Januar.", "2024-01-02"),
    ("Die Messe „Bau“ beginnt am 5. Mai und endet am 9. Mai.", "--05-09"),
    ("Die Messe „Bau“ beginnt am 5. Mai und endet am 3. Mai.", None),
    ("Der Kunstverein eröffnet am 5. April 2024 die Ausstellung „Zeilen“.\n\nZur Eröffnung "
     "spricht Dr. Eva Brandstetter.\n\nDie Ausstellung ist bis 30. April zu sehen.",
     "2024-04-30"),
    ("Der Kunstverein eröffnet am 5. April 2024 die Ausstellung „Zeilen“.\n\nDie Ausstellung "
     "zeigt Bilder, die bis 1990 entstanden.\n\nKarten gibt es bis 30. April.", None),
    ("Dazu findet am Donnerstag, 19. März 2026, um 20 Uhr im Vereinshaus eine "
     "Bürgerversammlung statt. Anregungen können außerdem bis 10. April eingebracht werden.",
     None),
], ids=["next sentence", "same sentence", "an exhibition's season", "signing up", "tickets",
        "endet am", "endet am, next sentence", "a year-less end takes the start's year",
        "a year-less end after the new year", "both year-less", "an end before the start",
        "a run's end in a later paragraph naming the event",
        "no run cue: no end from another paragraph",
        "suggestions handed in until a day: no end"])
def test_a_later_bis_ends_the_event(text: str, end: str | None) -> None:
    [event] = _events(text)
    assert event.end_str() == end


@pytest.mark.parametrize(("text", "spans"), [
    ("Bayreuth, 7. April 2026\n\nNachfolge-Tour 2026\n\nAn zwei Abenden informieren die Berater. "
     "Beginn ist jeweils um 18.30 Uhr, Ende gegen 21 Uhr.\n\nDie Termine im Überblick:\n\n"
     "Dienstag, 21. April 2026\nKulmbach, Landratsamt\n\nDienstag, 28. April 2026\nCoburg, "
     "Sparkasse\n",
     [("2026-04-21T18:30", "2026-04-21T21:00"), ("2026-04-28T18:30", "2026-04-28T21:00")]),
    ("Museum Lorch\n\nSONNTAGSFÜHRUNGEN\nJeden ersten Sonntag im Monat um 15 Uhr führen unsere "
     "Guides durch die Sammlung. Die nächsten Termine: 7. Februar, 7. März und 4. April 2027. "
     "Eine Sonderführung gibt es am Samstag, 13. März 2027.\n",
     [("2027-02-07T15:00", None), ("2027-03-07T15:00", None), ("2027-04-04T15:00", None),
      ("2027-03-13", None)]),
    ("Vortragsreihe Ulm\n\nUlm, 1. September 2026 – Die Vorträge finden jeweils montags um "
     "18.15 Uhr im Rathaus Ulm statt.\n\nMontag, 5. Oktober 2026\nDie Schwäbische Alb\n\n"
     "Dienstag, 13. Oktober 2026\nDie Donau\n",
     [("2026-10-05T18:15", None), ("2026-10-13", None)]),
    ("TSV Ulm – Vereinsnachrichten\n\nUlm, 2. Februar 2026 – Das Training ist jeden Montag um "
     "18 Uhr in der Halle.\n\nDie Jahreshauptversammlung findet am Montag, 9. März 2026, im "
     "Vereinsheim in Ulm statt.",
     [("2026-03-09", None)]),
], ids=["a shared start's end after it: 'Beginn ist jeweils um 18.30 Uhr, Ende gegen 21 Uhr'",
        "a habit's hour ('jeden Montag um 18 Uhr') with no dates after it times no Monday",
        "'jeweils montags um …': Mondays' hours, no Tuesday's",
        "a recurring weekday's hour for the dates of it listed after it, no other day's"])
def test_shared_hours(text: str, spans: list[tuple[str, str | None]]) -> None:
    assert [(e.start_str(), e.end_str()) for e in _events(text)] == spans


def test_an_hour_after_midnight_ends_the_next_day() -> None:
    [event] = _events("FASNACHT SURSEE 2027\n\nDonnerstag, 4. Februar 2027\n20.00 Uhr  "
                      "Guuggerkonzerte in der ganzen Altstadt (bis 01.00 Uhr)\n")
    assert (event.title, event.start_str(), event.end_str()) == (
        "Guuggerkonzerte in der ganzen Altstadt", "2027-02-04T20:00", "2027-02-05T01:00")


def test_an_entry_takes_no_venue_from_another_entrys_line() -> None:
    first, second, third = _events(
        "PFARRBLATT der Seelsorgeeinheit Völs am Schlern\nNr. 3/2026 – März/April\n\nKARWOCHE "
        "UND OSTERN 2026\n\nSamstag, 28. März\n19.00 Uhr  St. Konstantin: Vorabendmesse mit "
        "Palmweihe\n\nPalmsonntag, 29. März\n 8.30 Uhr  Völs: Palmweihe am Kirchplatz\n"
        "10.00 Uhr  Prösels: Palmweihe bei der Schlosskapelle\n")
    assert (first.title, first.venue) == ("St. Konstantin: Vorabendmesse mit Palmweihe", ())
    assert (second.venue, third.venue) == (("Kirchplatz",), ("Schlosskapelle",))


def test_a_conferences_run_opens_at_its_first_session_and_closes_as_its_last_line_says(
) -> None:
    [event] = _events("Kunststoff-Cluster Südwestfalen\n\nClustertagung 2026 am 21. und 22. "
                      "April in Lüdenscheid\n\nDie Clustertagung findet am Dienstag, 21. April, "
                      "und Mittwoch, 22. April 2026, im Kulturhaus Lüdenscheid statt.\n\n"
                      "Programm\n\nDienstag, 21. April 2026\nab 9.00 Uhr   Registrierung, "
                      "Kaffee\n10.00 Uhr     Eröffnung und Grußworte\n14.30 Uhr     "
                      "Podiumsdiskussion\n\nMittwoch, 22. April 2026\n9.00 Uhr      Fachforen"
                      "\n15.30 Uhr     Ende der Tagung\n")
    assert (event.title, event.start_str(), event.end_str()) == (
        "Clustertagung 2026", "2026-04-21T10:00", "2026-04-22T15:30")


def test_a_blank_line_may_stand_between_a_programme_day_and_its_sessions() -> None:
    [event] = _events("AKADEMIE\n\nTagung 42/26\n\nWem gehört die Stadt?\n\nFreitag, 16. Oktober, "
                      "bis Samstag, 17. Oktober 2026\n\nMieten steigen.\n\nPROGRAMM\n\nFreitag, "
                      "16. Oktober 2026\n\n14.00  Begrüßung und Einführung\n15.30  Kaffeepause\n"
                      "\nSamstag, 17. Oktober 2026\n\n07.45  Morgenandacht in der Schlosskapelle\n"
                      "13.00  Ende der Tagung\n")
    assert (event.title, event.start_str(), event.end_str()) == (
        "Tagung „Wem gehört die Stadt?“", "2026-10-16T14:00", "2026-10-17T13:00")
