"""Venues and cities: one row per German form, with the reason."""

from __future__ import annotations

import pytest

from calendarize.events import extract_events
from calendarize.model import Document
from calendarize.places import (
    city_in_name,
    city_of_adjective,
    dateline_cities,
    document_city,
    find_cities,
    find_venues,
    is_venue,
    opened_venue,
    place_line,
    without_ensembles,
)

# sentence, expected venues, reason
VENUE_ROWS = [
    ("Bei der Versammlung im Clubhaus wurde der Vorstand im Amt bestätigt.", ["Clubhaus"],
     "'im Amt' is an office held, no place"),
    ("Klassisch wird es am Samstagabend in der Kirche St. Johann in Schaffhausen.",
     ["Kirche St. Johann"], "a day before the place is none of its name, though a town follows"),
    ("Von 10 bis 16 Uhr kann man beim Depot an der Bahnhofstrasse Fahrzeuge besichtigen.",
     ["Depot an der Bahnhofstrasse", "Bahnhofstrasse"], "a street ends a house's name"),
    ("so viele Läuferinnen und Läufer wie noch nie laufen durch die Altstadt", [],
     "a runner ('Läufer') is no bank ('-ufer')"),
    ("Fachforum „Regenwasser im Garten“ – Freitag, 3. Juli, im Konferenzraum Schwarzwald",
     ["Konferenzraum Schwarzwald"], "a quoted title's words are no venue"),
    ("zum Unternehmerabend „Rohstoff Region\" ein, im Ratssaal des Rathauses Brand-Erbisdorf",
     ["Ratssaal des Rathauses Brand-Erbisdorf"], "after a title closed by a plain quote mark"),
    ("Am Sonntag lädt der Verein zum Frühschoppen in das Lokal „Zur Alten Post“ ein.",
     ["Lokal „Zur Alten Post“"], "a quoted name after a common noun"),
    ("Das Konzert findet in der Stadthalle und im Park statt.", ["Stadthalle", "Park"],
     "'und im' starts another place"),
    ("Die Spiele finden in Wien in der Stadthalle und in Innsbruck in der Olympiahalle statt.",
     ["Stadthalle", "Olympiahalle"], "'und in' starts another place"),
    ("Die Schau ist im Museum für Kunst und Gewerbe.", ["Museum für Kunst und Gewerbe"],
     "'und' between capitalised words stays in the name"),
    ("Die IHK lädt zum Außenwirtschaftstag in das Congress Center Rosengarten ein.",
     ["Congress Center Rosengarten"], "in das"),
    ("Der Flohmarkt ist im Gemeindehaus St. Martin, Kirchstraße 5, in Ravensburg.",
     ["Gemeindehaus St. Martin", "Kirchstraße 5"], "'St.' inside a venue's name"),
    ("Die Universität lädt am 27. März in ihr Hauptgebäude, Ludwigstraße 23, ein.",
     ["Hauptgebäude", "Ludwigstraße 23"], "in ihr (a possessive instead of the article)"),
    ("Zum Auftakt lädt die Agentur in die Siegerlandhalle in Siegen ein.",
     ["Siegerlandhalle"], "in die; the city is not part of the venue"),
    ("Im Konferenzraum der Frauenklinik stellen Ärztinnen das Konzept vor.",
     ["Konferenzraum der Frauenklinik"], "capitalised Im at the start of a sentence"),
    ("Das Mobil steht auf dem Parkplatz an der Jahnstraße 90. Die Aktion läuft.",
     ["Parkplatz an der Jahnstraße 90", "Parkplatz", "Jahnstraße 90"],
     "house number before a full stop (the parts are dropped when events are built)"),
    ("Alle Vorträge finden im Hörsaal U2/00.25, An der Universität 2, statt.",
     ["Hörsaal U2/00.25"], "room numbers with a slash"),
    ("Im Anschluss arbeiteten die Teilnehmer in Kleingruppen.", [],
     "phrases that only look like places"),
    ("Die Konferenz findet in der marokkanischen Hauptstadt Rabat statt.", [],
     "'Hauptstadt Rabat' is the city, not a venue in it"),
    ("Der Empfang ist in der Landeshauptstadt Stuttgart.", [], "the same with a state capital"),
    ("Das Fest ist auf dem Gelände der Zeche Zollverein.", ["Gelände der Zeche Zollverein"],
     "a place word with a name is a venue"),
    ("Die Messe ist bei Kerzenschein in der Pfarrkirche.", ["Pfarrkirche"],
     "what is no place before one inside the phrase: the place only"),
    ("Der Kinderball in der Festhalle am Sonntagnachmittag findet statt.", ["Festhalle"],
     "a time after a venue is no part of its name"),
    ("Die Führung beginnt im Foyer in der Kunsthalle.", ["Foyer in der Kunsthalle"],
     "a venue in another: as it is"),
]


@pytest.mark.parametrize(("sentence", "expected", "reason"), VENUE_ROWS,
                         ids=[row[2] for row in VENUE_ROWS])
def test_venue_forms(sentence: str, expected: list[str], reason: str) -> None:
    assert [v for _, v in find_venues(sentence)] == expected, reason


# address line, venues, city, reason
PLACE_LINE_ROWS = [
    ("Ibach-Haus", ("Ibach-Haus",), None, "a venue named for someone is no district of a town"),
    ("Haus Martfeld, Rittersaal", ("Haus Martfeld", "Rittersaal"), None,
     "a house by its name ('Haus Martfeld', a manor) places nothing in the village"),
    ("Kaufering, Bürgersaal im Rathaus, Dr.-Gerbl-Straße 1", ("Bürgersaal im Rathaus",),
     "Kaufering", "a town whose name ends as a street's ('-ring')"),
    ("Landhaus Solothurn, Landhausquai 4", ("Landhaus Solothurn",), "Solothurn",
     "a Swiss quay is a street"),
    ("Forum der IHK, Königstraße 18–20, Arnsberg", ("Forum der IHK",), "Arnsberg",
     "a street's numbers joined by an en dash"),
    ("IHK-Bildungszentrum, Rheinstraße 14, 56068 Koblenz", ("IHK-Bildungszentrum",), "Koblenz",
     "venue, street, postcode city"),
    ("Stadthalle Göttingen, Albaniplatz 2, 37073 Göttingen", ("Stadthalle Göttingen",),
     "Göttingen", "a street on -platz is no venue"),
    ("Universität Siegen, Campus Unteres Schloss, Raum US-C 112",
     ("Universität Siegen", "Campus Unteres Schloss", "Raum US-C 112"), "Siegen",
     "no postcode: the city inside the venue's name"),
    ("Münster St. Nikolaus, Überlingen", ("Münster St. Nikolaus",), "Überlingen",
     "the line's own city outranks one inside a venue's name"),
    ("Kursaal Überlingen, Beginn 20 Uhr (Einlass 19 Uhr)", ("Kursaal Überlingen",), "Überlingen",
     "a time is no venue"),
    ("Hafenpromenade Lindau (bei schlechtem Wetter in der Inselhalle)",
     ("Hafenpromenade Lindau",), "Lindau", "an aside in parentheses is no part of the venue"),
    ("Digital-Campus, Hauptstraße 4, 10115 Berlin", ("Digital-Campus",), "Berlin",
     "a venue's name opening with 'Digital-' is no online place"),
    ("online (Microsoft Teams), Zugang nach Anmeldung", (), None, "online: no place at all"),
    ("Turnhalle der Mittelschule, Reichenau, 6020 Innsbruck", ("Turnhalle der Mittelschule",),
     "Innsbruck", "the postcode's town outranks a quarter named like another town before it"),
    ("Sophia Marquardt (Harfe) und das Kammerorchester Schwerin", (), None,
     "a performer with her instrument is no venue, her first name no town"),
    ("Hof, Bildungszentrum der HWK, Ossecker Straße 52", ("Bildungszentrum der HWK",), "Hof",
     "a town whose name is a word too, opening a line of a venue and its street"),
    ("Messe, Halle 3, Eingang Nord", ("Messe", "Halle 3", "Eingang Nord"), None,
     "… not a word before no street ('Halle' is a hall, no town)"),
    ("Im JuZe, Kapuzinergasse 3, Schlanders", ("JuZe",), "Schlanders",
     "'Im' opening the line is no part of the venue's name"),
]


@pytest.mark.parametrize(("line", "venues", "city", "reason"), PLACE_LINE_ROWS,
                         ids=[row[3] for row in PLACE_LINE_ROWS])
def test_place_lines(line: str, venues: tuple[str, ...], city: str, reason: str) -> None:
    found_venues, found_city = place_line(line)
    assert (found_venues, found_city.name if found_city else None) == (venues, city), reason


# document, city, reason
DOCUMENT_CITY_ROWS = [
    ("HessenForst\nForstamt Schotten\nVogelsbergstraße 41 · 63679 Schotten\n\nSchotten, 12. "
     "Januar 2026\n\nDie Versteigerung findet im Bürgerhaus statt.", "Schotten",
     "a town whose name is a word, after its postcode"),
    ("PFARRBLATT\nder Pfarre St. Johann in Tirol · Nr. 4/2026\n\nPfarrkanzlei: Kirchgasse 3, "
     "6380 St. Johann in Tirol\n\n" + "Die Sternsinger bringen den Segen in die Häuser. " * 6
     + "Der Erlös geht heuer an Projekte in Guatemala.\n", "St. Johann in Tirol",
     "the one town an address in the opening gives, besides an aside's town past it"),
    ("WEINBLATT\nMitteilungen des Weinbauvereins Rhodt unter Rietburg e.V.\nAusgabe Frühjahr "
     "2026 · Rhodt, 9. März 2026\n\nDie Jungweinprobe ist am 27. März in der Winzerhalle.",
     "Rhodt unter Rietburg", "… before its legal form, its name linked by 'unter'"),
    ("KLANGWOLKE\nMitteilungen des Musikvereins Kematen an der Krems\nAusgabe 1/2026\n\nDie "
     "Marschwertung war in Pucking, das Bezirksfest in Neuhofen an der Krems.",
     "Kematen an der Krems", "a bulletin's institution in the genitive names its town"),
    ("Brunner, die an der Akademie der Bildenden Künste in München studiert hat und heute in "
     "Linz lebt, nähert sich dem Thema Wasser mit einer reduzierten Farbpalette aus Grau-, Grün- "
     "und Ockertönen. Die Bilder entstehen häufig im Freien, oft über Wochen am selben Ort. "
     "„Mich interessiert, wie ein Fluss an einer Stelle jeden Tag ein anderer ist“, sagt die "
     "Künstlerin. Ergänzt wird die Malerei durch eine Serie von Tuschezeichnungen, die während "
     "der Hochwasser der letzten Jahre entstanden sind.\n\nOrt: Kunstverein Passau, "
     "St.-Anna-Kapelle, Heiliggeistgasse 4, 94032 Passau\n\nPressebilder in druckfähiger "
     "Auflösung stehen auf Anfrage zur Verfügung.\nKontakt: Kunstverein Passau e.V., "
     "Geschäftsstelle, Tel. 0851 35 12 8\n", "Passau",
     "of several towns, the one its institutions name and an address confirms"),
    ("Kieler Morgenpost – Aktuell\n\nKiel, Samstag, 14. November 2026\n\nDer Laternenumzug der "
     "Kitas fällt aus. Der Flohmarkt am Hafen Laboe auch.\n", "Kiel",
     "a dateline with its weekday"),
    ("★ HOFFLOHMARKT IN DER GÖPPINGER NORDSTADT ★\n\nAm 12. September öffnen Familien in der "
     "Göppinger Nordstadt ihre Höfe.\n", "Göppingen", "a town's quarter by its adjective"),
    ("Gemeinde Stäfa – Stäfner Nachrichten, Ausgabe Mai 2026\n\nDer Seniorenausflug führt am "
     "18. Juni nach Einsiedeln.\n", "Stäfa",
     "a town's bulletin opening with it: its outing's goal is an aside"),
    ("Begegnungszentrum Kreuzviertel – Programm\nMünster, im Februar 2026\n\nNeues Erzählcafé",
     "Münster", "a dateline of a town and a month alone on its line"),
    ("Oberland-Anzeiger – Aus dem Stadtrat\n\nWeilheim in Oberbayern, 27. März 2026\n\nText",
     "Weilheim in Oberbayern", "a dateline of a town's name with 'in'"),
    ("STADTTHEATER GIESSEN\nSpielplan April 2026\n\nTheaterkasse: Berliner Platz 1, 35390 "
     "Gießen", "Gießen", "a town in capitals as the text spells it elsewhere ('SS' for 'ß')"),
    ("STADTTHEATER GIESSEN\nSpielplan April 2026\n", "Giessen",
     "… as the capitals spell it where the text gives no other"),
    ("Sächsische Landpost · Meißen · 16.06.2026\n\nStadtfest lockt Besucher", "Meißen",
     "a masthead's town between middle dots"),
    ("Heimatverein Bredstedt und Umgebung e. V.\nRundbrief Februar 2026\n\nMoin tosamen!\n\nDe "
     "Winter hett uns dit Johr good in'n Griff, aber bi uns in'n Vereen is dat jümmers warm. "
     "Hier sind die Neuigkeiten und Termine für die kommenden Monate, bitte vormerken und "
     "weitersagen, wir freuen uns auf euch alle.\n\nDie Strecke des Boßelns führt bis nach "
     "Breklum und zurück. Der Ausflug geht im Juni nach Friedrichstadt.", "Bredstedt",
     "of several towns named only past the opening, none is the document's: the letterhead's "
     "club's is"),
    ("Schützenverein Lindhorst von 1864 e. V.\nVereinsinfo April 2026\n\nLiebe Schützenschwestern, "
     "liebe Schützenbrüder,\n\nnach einem langen Winter auf dem Schießstand zieht es uns "
     "endlich wieder nach draußen. Das Schützenjahr verspricht einige Höhepunkte, allen voran "
     "unser Schützenfest im Juni. Hier die wichtigsten Termine für euren Kalender, bitte "
     "vormerken und weitersagen.\n\nEine Abordnung nimmt am Festumzug des Kreisschützenfestes "
     "in Stadthagen teil. Aufstellung ist am Bahnhof in Stadthagen.", "Lindhorst",
     "a town named only past the opening gives way to the letterhead's club's"),
    ("Was ist los in Füssen? – August 2026\n\nDas Seefest in Hopfen am See, das Flößerfest in "
     "Schwangau und die Orgelnacht in der Basilika in Füssen.", "Füssen",
     "of several towns, the one a headline names alone, named again"),
    ("Kommunen melden Zahlen\n\nLörrach. – Das Lörracher Altstadtfest wird verschoben.",
     "Lörrach", "a dateline with a full stop and a dash"),
    ("Freiwillige Feuerwehr Vilsbiburg\nMitteilungsblatt Mai 2026\n\nLiebe Leserinnen und "
     "Leser,\n\nwir feiern in diesem Jahr unser Jubiläum mit einem Festprogramm, zu dem wir "
     "die ganze Bevölkerung herzlich einladen. Unsere Wehr zählt heute 96 aktive Kräfte, eine "
     "Jugendfeuerwehr und eine Kinderfeuerwehr, und sie ist rund um die Uhr einsatzbereit. Die "
     "Fahnenweihe war im Jahr 1901 im Gasthaus zur Post in Haarbach.", "Vilsbiburg",
     "the fire brigade of the letterhead names the town; a town named once in passing does "
     "not"),
    ("GEMEINDEBRIEF\nEv.-luth. Kirchengemeinde St. Andreas Bad Harzburg\nAusgabe Juni 2026\n\n"
     "Wir feiern das Gemeindefest im Kirchgarten.", "Bad Harzburg",
     "a parish's town after its patron saint"),
    ("PFARRBRIEF\nPfarrei St. Martin Bingen\n\nWir gehen den Weg vom Einzug in Jerusalem bis "
     "zum leeren Grab.\n\nPfarrbüro: Basilikastraße 1, 55411 Bingen am Rhein", "Bingen am Rhein",
     "of several towns, the one the letterhead's parish and an address name"),
    ("Der Assistent übernimmt die Mannschaft mit sofortiger Wirkung. Die Abwanderung des "
     "Sportchefs zu Sturm Graz ist fix, sein Nachfolger leitet schon am Dienstag das erste "
     "Training und steht am Freitag im Ligaspiel an der Seitenlinie. Der Verein will mit ihm "
     "auch in der nächsten Saison planen, sagte der Manager. Er hatte zuvor Nachwuchsteams "
     "betreut, zuletzt in Wiener Neustadt.", None,
     "a club's town in a news article's text is no letterhead's"),
    ("Stadt Neustadt/Weinstraße\nPressemitteilung\n\nDer Stadtrat tagt.", "Neustadt/Weinstraße",
     "a town written with its region after a slash is that town"),
    ("PFARRBLATT ZELL AM SEE\nGottesdienste im Advent\n\nDie Sternsinger sammeln für Projekte "
     "in Guatemala.", "Zell am See",
     "a headline in capitals names the town (read in a town's case), though the text names "
     "another place with 'in'"),
    ("AMTSBLATT DER STADT WOLFRATSHAUSEN\nBekanntmachungen\n\nDie Sitzung ist öffentlich.",
     "Wolfratshausen", "'DER STADT …' in capitals"),
    ("KAMMERBÜHNE NEUBAU\nSpielplan Feber\n\nWir spielen eine Komödie.", None,
     "one word after a stage's name in capitals is no town of its"),
    ("PFARRBRIEF ST. MARTIN LANDSHUT\nAusgabe 11/2025\n\nWir laden zur Christmette ein.",
     "Landshut", "a parish's saint between a parish letter's name and its town"),
    ("PFARRBLATT DER PFARRE MÖDLING – ST. OTHMAR\nNummer 1/2026\n\nDie Sternsinger kommen.",
     "Mödling", "a head's part before a dash: 'der Pfarre' and its town"),
    ("STV Wädenswil – Turnverein seit 1868\nVereinsmitteilungen\n\nDas Turnfest in Lausanne "
     "bleibt uns in Erinnerung.", "Wädenswil", "a Swiss gymnastics club's head names its town"),
    ("Gemeindenachrichten Schladming · Ausgabe Feber 2026\n\nWir waren in Ramsau und in "
     "Haus im Ennstal.", "Schladming", "a town's bulletin by its name in the head"),
    ("ALPENVEREIN – SEKTION KUFSTEIN\nTourenprogramm\n\nWir wandern.", None,
     "a head's part after a dash that names a club's section is no town of its tours"),
    ("Krokusse pünktlich\n\nHusum (hn) – Im Schlosspark hat die Blüte eingesetzt; Gäste aus "
     "Kiel und Flensburg kommen.", "Husum", "a dateline with its author's tag in parentheses"),
    ("St.-Sebastianus-Schützenbruderschaft Wetten 1642 e. V.\nKevelaer-Wetten\n\nEinladung "
     "zum Schützenfest\n\nWir marschieren nach Geldern und zurück.", "Kevelaer",
     "a letterhead's line that is a town's district"),
    ("GALERIE WALLNER\nSchleifmühlgasse 11 · 1040 Wien\n\nNewsletter\n\nDie Künstlerin lebt in "
     "Steyr.", "Wien", "a letterhead's part between middle dots: a four-digit postcode and town"),
    ("Kurverwaltung\nAm Kurpark 2 · 79189 Bad Krozingen · Tel. 07633 4008-0\n\nWochenprogramm"
     "\n\nDonnerstag, 8.30 Uhr: Tagesfahrt nach Freiburg mit Führung durch das Münster.",
     "Bad Krozingen",
     "a letterhead's postcode and a town of two words ('Bad …'), over a trip elsewhere"),
    ("Hochschule Neckar-Alb · Campus Reutlingen · Komm vorbei!\n\nDu kommst aus Tübingen oder "
     "aus Metzingen?", "Reutlingen", "a campus's town as a part of the head"),
    ("Kulturkreis Meldorf e. V.\n\nProgramm 2027\n\nWir wandern von Meldorf nach Wöhrden.",
     "Meldorf", "a club's town before 'e. V.'"),
    ("TC Blau-Weiß Bad Kreuznach e.V.\nClubnachrichten Sommer 2016\n\nDas Turnier in Mainz "
     "war schön.", "Bad Kreuznach", "a club's town of two words before 'e.V.'"),
    ("                 Große Kreisstadt\n          AMTSBLATT ANNABERG-BUCHHOLZ\n\nDie Sitzung "
     "in Frohnau ist öffentlich.", "Annaberg-Buchholz",
     "a paper's name in capitals before its town, a town with a hyphen in capitals, on the "
     "head's second line"),
    ("KOLPINGSFAMILIE LINGEN-ZENTRAL\nProgramm\n\nAdolph Kolping wirkte in Köln. Wir fahren "
     "nach Köln.", "Lingen", "a club's name in capitals before its town's district"),
    ("TC Blau-Weiß Rosenheim e. V. – Clubnachrichten Sommer 2026\n\nDas Turnier in Kufstein "
     "war schön.", "Rosenheim", "a head's parts set apart by a dash"),
    ("GEMEINDEBRIEF\nEv.-luth. Kirchengemeinde Zum Guten Hirten, Celle\nAusgabe Juni/Juli 2026\n\n"
     "Angedacht\n\n„Alles hat seine Zeit“ – so heißt es im Buch Prediger. Der Sommer ist für "
     "viele von uns eine Zeit des Aufbruchs, des Reisens und der Begegnung. Wir laden Sie ein, "
     "diese Zeit bewusst zu erleben und Gottes Spuren im Alltag zu entdecken, beim Wandern, "
     "beim Feiern und beim Innehalten.\n\nDie Konfirmanden fahren nach Hermannsburg.", "Celle",
     "an institution's name in the head, its town after a comma"),
    ("Institut für Oberflächentechnik und Photonik (IOP) Jena\nNews | Veranstaltungen\n\nGäste "
     "aus Erfurt und Weimar sind willkommen.", "Jena", "an institute's name ending in its town"),
    ("Landesamt für Umwelt und Naturschutz Brandenburg\n\nVeranstaltungen 2026\n\nDer Workshop "
     "findet in Potsdam statt. Die Exkursion führt nach Cottbus.", None,
     "a state's office names its state, no town"),
    ("Herbstchilbi 2026\n\nLangenthal, im August 2026 – Bald drehen sich die Karussells. "
     "Gäste kommen aus Bern und Olten.", "Langenthal", "a dateline with its month: 'Town, im "
     "August 2026 –'"),
    ("Medienmitteilung\nSt. Gallen, 2. Februar 2026\n\nDer Kongress tagt. Die Exkursion führt "
     "nach Rorschach.", "St. Gallen", "a dateline of a town whose name opens with 'St.'"),
    ("Schützenverein Gailenkirchen e. V.\n\nSCHÜTZENFEST 2026\nFestplatz am Schützenhaus, "
     "Schwäbisch Hall\n\nWir fahren nach Crailsheim und Öhringen.", "Schwäbisch Hall",
     "a venue's line in the head ending in a town of two words after a comma"),
    ("DORFFEST TIEFENBRONN\nDie Dorfgemeinschaft lädt ein!\n\nEs gibt Musik.", "Tiefenbronn",
     "one word after an event's name in capitals is its town"),
    ("TIERPARK SONNENBERG KRIENS\nSommer im Tierpark\n\nHereinspaziert!", "Kriens",
     "a venue's town ends its name in capitals, not a word of the name ('Sonnenberg')"),
    ("JUGENDHAUS NORD – PASSAU\nFerienprogramm\n\nKommt vorbei!\n\nJugendhaus Nord, "
     "Innstraße 4, 94032 Passau", "Passau",
     "a first line that reads like a dateline but names no known town tells nothing: the "
     "address names the one town"),
    ("Titel\n\nKassel. Das Museum lädt ein.", "Kassel", "dateline 'Stadt.'"),
    ("Heilbronn, 4. Februar 2019 – Die Stadt lädt ein.", "Heilbronn", "dateline with a date"),
    ("Schwäbisch Hall, 20. März 2024 – Der Kunstverein lädt ein.", "Schwäbisch Hall",
     "a dateline city of two words"),
    ("TERMINE\n\nMANNHEIM. Der Verein lädt ein.", "Mannheim", "a dateline in capitals"),
    ("SCHWÄBISCH HALL. Der Verein lädt ein.", "Schwäbisch Hall",
     "a dateline of two words in capitals"),
    ("Siegen/Arnsberg, 19. April 2022 – Vom 16. Mai an …", None,
     "two dateline cities: no one city"),
    ("Titel\n\nDer Verein öffnet die Mühle in Lippstadt.", "Lippstadt", "the only 'in X'"),
    ("Titel\n\n" + "Der Abend war lang. " * 20 + "Die in Stuttgart geborene Sängerin kam.",
     None, "a city named once in passing, past the opening: an aside"),
    ("Titel\n\n" + "Der Abend war lang. " * 20 + "Die Feier in Mekka. Pilger in Mekka.",
     "Mekka", "a city named again and again, past the opening"),
    ("Titel\n\n" + "Der Abend war lang. " * 20 + "Anmeldung bei der Stadt Speyer.",
     "Speyer", "'Stadt X' past the opening"),
    ("Geschäftsstelle: Sportplatzweg 4, 31785 Hameln", "Hameln", "the only postcode city"),
    ("Pressemitteilung der Stadt Speyer", "Speyer", "Stadt X"),
    ("Die Stadtbibliothek Reutlingen erweitert ihr Angebot.", "Reutlingen",
     "a city named by an institution"),
    ("Treffen in Berlin und in Bonn.", None, "several cities: none"),
    ("Titel\n\nDabei, 20 Jahre nach der Gründung, zählt der Verein 300 Mitglieder.", None,
     "'Dabei' opens the paragraph: a word, not Dubai"),
    ("Titel\n\nNorden. Die Stadt lädt ein.", None,
     "a dateline on a town that is also a word: not without a cue"),
    ("Titel\n\nDas Fest ist in Zug am Zugersee.", "Zug", "'in' makes an ambiguous word a city"),
    ("Verein, Am Markt 1, 26506 Norden", "Norden", "a postcode makes it a city"),
    ("Titel\n\nDer Stand ist in Halle 4 der Messe.", None, "'in Halle 4': a hall"),
    ("Titel\n\nDer Stand ist in Halle B der Messe.", None, "'in Halle B': a hall"),
    ("Titel\n\nDas Konzert ist in Halle an der Saale.", "Halle an der Saale",
     "'in Halle an der Saale': the city"),
    ("Titel\n\nDas Turnier findet in Bad Kreuznach statt.", "Bad Kreuznach",
     "a city's name of two words after 'in'"),
    ("Titel\n\nDie Messe findet in St. Gallen statt.", "St. Gallen",
     "'St.' for GeoNames' 'Sankt'"),
    ("Titel\n\nDas Fest ist in Sankt Johann im Pongau.", "Sankt Johann im Pongau",
     "two words, a linking word and a third"),
    ("Titel\n\nDas Konzert ist in Stuttgart Messe.", "Stuttgart",
     "the first word, where two are no city"),
    ("Gemeindekanzlei, Brünigstrasse 160, 6060 Sarnen", "Sarnen",
     "a Swiss postcode of four digits in an address"),
    ("Museumsverein\nChlumeckyplatz 1\n8990 Bad Aussee", "Bad Aussee",
     "an Austrian postcode opening its line"),
    ("Titel\n\nIm Jahr 2019 Hamburg zu besuchen, war teuer.", None,
     "four digits no address puts before a town: a year"),
    ("Das Ausstellungsjahr\n\n" + "Zwei Sonderausstellungen und viele Angebote. " * 8
     + "Vom Brückenkopf bis zum Wasserkraftwerk Rheinfelden zeigt die Schau den Rhein.", None,
     "one institution named once, past the opening, is an aside, not the document's city"),
    ("PFARRE MONDSEE – ST. MICHAEL\nPfarrbrief\n\nAm 17. Jänner ist der Pfarrball.", "Mondsee",
     "a letterhead in capitals names the town, when nothing else does"),
    ("Stadtverwaltung, Marktplatz 4, 71263 Weil der Stadt", "Weil der Stadt",
     "a postcode before a town's name with a linking word"),
    ("Capitol Filmtheater Schwäbisch Hall\n\nSpecials im März\n\nUnser Filmquiz war "
     "ausverkauft.", "Schwäbisch Hall", "a town's short name ('Hall') read in its full name"),
    ("Stadt Rinteln · Der Bürgermeister\n\nAmtliche Bekanntmachung\n\nDie Sitzung beginnt "
     "um 18 Uhr.", "Rinteln", "… not the town's word before it ('Stadt Rinteln')"),
    ("Titel\n\nDie Tagung ist in Rothenburg ob der Tauber.", "Rothenburg ob der Tauber",
     "'ob der' links a town's name"),
    ("GEMEINDE STÄFA\nGemeindehaus, Goethestrasse 16, 8712 Stäfa\n\nDie Gemeinde Stäfa lädt "
     "ein. Der Ausflug führt nach Einsiedeln. Turnverein Stäfa.", "Stäfa",
     "a bulletin's address in its opening, its town named twice as often as the others"),
    ("KULTURSOMMER PASSER 2026\nKurverwaltung Meran · Freiheitsstraße 45\n\nDas Konzert ist im "
     "Kurhaus.", "Meran", "a South Tyrolean town by its German name (the gazetteer's)"),
    ("TSV Bad Tölz – Abteilung Handball\n\nEndspurt in der Bezirksoberliga\n\nNach dem knappen "
     "27:26-Auswärtssieg in Dachau steht unsere erste Herrenmannschaft auf Platz drei.",
     "Bad Tölz", "a sports club's name in the head ends in its town, not the away game's"),
    ("Stadtverwaltung, Marktplatz 4, 71263 Weil der Stadt\n\nAusflug nach Stuttgart und "
     "nach Ulm.", None, "an address's town named no more often than the others"),
]


# a title or venue name, the city inside it, reason
CITY_IN_NAME_ROWS = [
    ("Die Mosel als Grenzfluss: Wasserpolitik im Dreiländereck", None,
     "a river's name after its article ('Mosel' is a village too)"),
    ("Großer Priel, Übernachtung im Prielschutzhaus", None, "a mountain's name after 'Großer'"),
    ("Abholen des Königspaares (Am Lohberg 7)", None, "a street's name before its number"),
    ("Landesmesse Stuttgart", "Stuttgart", "the city in a venue's name"),
    ("Sportplatz Im Gries", None, "a field's name after 'Im' is no town's ('Gries')"),
    ("Das Ulmer Münster", None, "a town's name that names a building too, after a town's "
     "adjective: that town's building ('Münster'), no town"),
    ("Kongress Münster", "Münster", "… not without the adjective"),
    ("Stadtforum Bad Saulgau", "Bad Saulgau", "a city's name of two words"),
    ("FC Zell am See – SV Bramberg", "Zell am See", "a town's name with a linking word"),
    ("TSV Weil der Stadt", "Weil der Stadt", "'der' links a town's name"),
    ("Pfarrkirche St. Martin", None, "a saint's church, not the village of that name"),
    ("Workshop „Dabei sein ist alles“", None, "a German word GeoNames lists for Dubai"),
    ("Lesung „Gerne gelesen“", None, "a German word GeoNames lists for Herne"),
    ("Konzert „Landen und Starten“", None, "a German word GeoNames lists for London"),
    ("Ausstellung „Zug um Zug“", None, "a Swiss town that is also a word"),
    ("Vortrag zur Lage der Stadt", None, "a German town that is also a word"),
    ("Kindertag in der Kita Sonnenschein", None, "'Kita' (for Quito) is a day nursery"),
    ("Empfang „Sam und Ben“", None, "three-letter alternate names (Damascus, Bern)"),
    ("Wallfahrt nach Rom", "Rom", "a short name German uses"),
    ("Tagesfahrt zum Fichtelberg", None,
     "a mountain's name after 'zum' ('Fichtelberg' is a village too)"),
]


# a title or venue name (venue: True), the city its city adjective names, reason
CITY_ADJECTIVE_ROWS = [
    ("Leipziger Buchmesse", False, "Leipzig", "name and -er before an event noun"),
    ("Münchner Sicherheitskonferenz", False, "München", "an irregular form, from the table"),
    ("Dresdner Stollenfest", False, "Dresden", "-en dropped before -er"),
    ("Tübinger Sommerfest", False, "Tübingen", "a town on -ingen with -inger"),
    ("Ulmer Parteitag", False, "Ulm", "a three-letter city"),
    ("Leipziger Allerlei", False, None, "no event noun after the adjective"),
    ("Brandenburger Tor", False, None, "a landmark, not an event"),
    ("Hofer Filmtage", False, None, "a town that is also a word counts only after a cue"),
    ("Linzer Design Center", True, "Linz", "a venue opened by a city adjective"),
    ("Kölner Philharmonie", True, "Köln", "a venue opened by a city adjective"),
    ("Berliner Platz", True, None, "a square many towns name after Berlin"),
    ("Hamburger Hof", True, None, "a hotel name many towns have"),
    ("Königsbrücker Straße 61", True, None, "a street named after a town, with its number"),
    ("Haus der Berliner Wirtschaft", True, None, "the adjective does not open the name"),
]


@pytest.mark.parametrize(("name", "venue", "city", "reason"), CITY_ADJECTIVE_ROWS,
                         ids=[row[3] + ": " + row[0] for row in CITY_ADJECTIVE_ROWS])
def test_city_of_adjective(name: str, venue: bool, city: str | None, reason: str) -> None:
    found = city_of_adjective(name, venue=venue)
    assert (found.name if found else None) == city, reason


@pytest.mark.parametrize(("name", "city", "reason"), CITY_IN_NAME_ROWS,
                         ids=[row[2] for row in CITY_IN_NAME_ROWS])
def test_city_in_name(name: str, city: str | None, reason: str) -> None:
    found = city_in_name(name)
    assert (found.name if found else None) == city, reason


# a web page's text, its frame (title and footers), the page's city, reason
FRAME_CITY_ROWS = [
    ("Programm März 2026\n\nFr 06.03. | 20.00 | Trio Nocturne",
     "Programm März 2026 – Kulturkeller Obertor Chur", "Chur",
     "the page's title ends in its house's town"),
    ("Begleitprogramm\n\nVernissage am 13. März", "Ausstellungen | Museum am Untermarkt "
     "Görlitz\nMuseum am Untermarkt · Untermarkt 4 · 02826 Görlitz", "Görlitz",
     "the title's museum and the footer's address name one town"),
    ("Programm\n\nKonzert am 6. März", "Programm\nVerein Kulturkeller · Postfach 214 · "
     "7000 Chur", "Chur", "a footer's postcode and town"),
    ("Programm\n\nKonzert am 6. März", "Programm – Kulturkeller Chur\nFiliale · 7400 Davos",
     None, "a frame naming two towns names none"),
    ("Programm\n\nDie Tagung ist in Ulm.", "Programm – Museum am Untermarkt Görlitz", "Ulm",
     "the page's own text names its town before its frame"),
]


@pytest.mark.parametrize(("text", "frame", "city", "reason"), FRAME_CITY_ROWS,
                         ids=[row[3] for row in FRAME_CITY_ROWS])
def test_frame_city(text: str, frame: str, city: str | None, reason: str) -> None:
    found = document_city(text, frame=frame)
    assert (found.name if found else None) == city, reason


@pytest.mark.parametrize(("text", "city", "reason"), DOCUMENT_CITY_ROWS,
                         ids=[row[2] for row in DOCUMENT_CITY_ROWS])
def test_document_city(text: str, city: str | None, reason: str) -> None:
    found = document_city(text)
    assert (found.name if found else None) == city, reason


def test_each_paragraph_of_a_digest_has_its_dateline() -> None:
    text = ("Bote\n\nWetzlar. Der Verein lädt ein.\n\nGießen. Die Schule lädt ein.\n\n"
            "Wetzlar-Niedergirmes. Die")
    assert [[c.name for c in cities] for _, cities in dateline_cities(text)] == [
        ["Wetzlar"], ["Gießen"], ["Wetzlar"]]


def test_what_is_opened_is_the_venue() -> None:
    sentence = "Am Sonntag öffnet der Heimatverein e.V. die historische Ölmühle für Besucher."
    assert opened_venue(sentence) == "historische Ölmühle"


def test_a_street_ends_where_its_word_ends() -> None:
    assert find_venues("Die Demokratiebewegungen in Peking wuchsen.") == []


# name, what remains without its ensembles, reason
ENSEMBLE_ROWS = [
    ("Konzert: Klaviertrio Würzburg", "Konzert: ", "an ensemble and its town"),
    ("Frühschoppen mit der Stadtkapelle Gmunden", "Frühschoppen mit der ",
     "a town's band, its word capitalised"),
    ("Mitgliederversammlung Kreisverband Augsburg", "Mitgliederversammlung Kreisverband Augsburg",
     "a federation is no band"),
    ("Schlosskapelle Ettlingen", "Schlosskapelle Ettlingen", "a chapel is a venue, no band"),
    ("Chorkonzert Ulm", "Chorkonzert Ulm", "an ensemble's word inside another word"),
    ("Aurelius Quartett (Rostock)", "Aurelius ", "an ensemble's town in parentheses"),
]


@pytest.mark.parametrize(("name", "rest", "reason"), ENSEMBLE_ROWS,
                         ids=[row[2] for row in ENSEMBLE_ROWS])
def test_ensembles_name_no_place(name: str, rest: str, reason: str) -> None:
    assert without_ensembles(name) == rest, reason


@pytest.mark.parametrize(("text", "cities"), [
    ("Von Oberstdorf nach Meran in 28 Tagen: Markl erzählt von Hütten.", []),
    ("Die Busfahrt führt nach Meran.", ["Meran"]),
])
def test_route_end_no_place(text: str, cities: list[str]) -> None:
    # (a route's end is no place of the event; a trip's goal alone is found, as it was)
    assert [c.name for _, c in find_cities(text)] == cities


def test_blank_names_no_venue() -> None:
    # (a head line opening with a comma had raised: ", 23.08.2018" over a heading)
    assert not is_venue("")
    assert not is_venue("   ")
    events = extract_events(Document("doc.txt", ", 23.08.2018\n\nKulturtage Oststadt, 14.–22. Sep"))
    assert [e.title for e in events] == ["Kulturtage Oststadt"]
