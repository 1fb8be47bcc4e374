"""German words the parsers rely on: months, weekdays, event nouns and cues. Data only."""

from __future__ import annotations

# Every written form of a month, mapped to its number. Abbreviations may carry a dot.
MONTHS: dict[str, int] = {
    "Januar": 1, "Jänner": 1, "Jaenner": 1, "Jan": 1, "Jän": 1,  # (Austria: "Fr., 1. Jän.")
    "Februar": 2, "Feber": 2, "Feb": 2, "Febr": 2,
    "März": 3, "Maerz": 3, "Mär": 3, "Mrz": 3,
    "April": 4, "Apr": 4,
    "Mai": 5,
    "Juni": 6, "Jun": 6,
    "Juli": 7, "Jul": 7,
    "August": 8, "Aug": 8,
    "September": 9, "Sept": 9, "Sep": 9,
    "Oktober": 10, "Okt": 10,
    "November": 11, "Nov": 11,
    "Dezember": 12, "Dez": 12,
}  # fmt: skip

# Weekdays (Monday = 0) with their common abbreviations.
WEEKDAYS: dict[str, int] = {
    "Montag": 0, "Mo": 0,
    "Dienstag": 1, "Di": 1,
    "Mittwoch": 2, "Mi": 2,
    "Donnerstag": 3, "Do": 3,
    "Freitag": 4, "Fr": 4,
    "Samstag": 5, "Sonnabend": 5, "Sa": 5,
    "Sonntag": 6, "So": 6,
}  # fmt: skip

# Feasts that fall on a weekday, written as a date's weekday ("Samstag, 23. Mai bis
# Pfingstmontag, 25. Mai 2026", "PFINGSTSONNTAG, 24. MAI"): the date finder reads them so;
# said alone they are no weekday ("am Pfingstmontag" is Whit Monday, not next Monday).
FEAST_WEEKDAYS: dict[str, int] = {
    "Ostermontag": 0, "Pfingstmontag": 0, "Rosenmontag": 0, "Faschingsdienstag": 1,
    "Fastnachtsdienstag": 1, "Aschermittwoch": 2, "Gründonnerstag": 3, "Karfreitag": 4,
    "Karsamstag": 5, "Ostersamstag": 5, "Palmsonntag": 6, "Ostersonntag": 6,
    "Pfingstsonntag": 6,
}  # fmt: skip

# Days named relative to a dated text's own date ("heute um 20 Uhr", "morgen, Samstag");
# capitalised only where they open a sentence ("Morgen" mid-sentence is the noun).
RELATIVE_DAY_WORDS: tuple[str, ...] = (
    "übermorgen", "vorgestern", "heute", "morgen", "gestern", "Übermorgen", "Vorgestern",
    "Heute", "Gestern", "Morgen",
)  # fmt: skip
# Modifiers before a weekday that say which way it points ("am kommenden Freitag").
RELATIVE_FUTURE_WORDS: tuple[str, ...] = ("kommenden", "nächsten")
RELATIVE_PAST_WORDS: tuple[str, ...] = ("vergangenen", "letzten", "vorigen")
RELATIVE_THIS_WORDS: tuple[str, ...] = ("diesen", "diesem")  # (this week's, either way)
# The day words as adjectives, each with the days it is from the text's date: "am
# gestrigen Freitag", "am heutigen Abend", "am morgigen Samstag"; read before a weekday
# (which must agree) or a part of the day.
RELATIVE_DAY_ADJECTIVES: dict[str, int] = {
    "vorgestrig": -2, "gestrig": -1, "heutig": 0, "morgig": 1, "übermorgig": 2,
}  # fmt: skip
# Words of contrast that make "heute" nowadays ("früher …, heute …").
NOWADAYS_CUES: tuple[str, ...] = (
    "früher", "damals", "einst", "inzwischen", "mittlerweile", "längst", "heutzutage",
    "noch immer", "nach wie vor",
)  # fmt: skip
# Words that make a weekday alone a day ("am Sonntag", "für Mittwoch geplant", "ab
# Montag"); without one it may be a habit or a name ("Sonntag ist Ruhetag").
WEEKDAY_LEADS: tuple[str, ...] = ("am", "für", "ab")

# Words before a number that make it a reference, not a date ("Nr. 12.3.", "§ 5.1.").
NUMBER_PREFIXES: tuple[str, ...] = (
    "Nr", "Nummer", "§", "Art", "Artikel", "Abs", "Absatz", "Kap", "Kapitel", "Ziff", "Ziffer",
    "Version", "Vers", "Rn", "Tz", "Punkt", "Seite", "S", "Tab", "Abb", "Anlage", "Band", "Bd",
    "Tabelle", "Abbildung", "Grafik", "Folie", "Paragraf", "Paragraph", "Heft", "Tel",
    "Telefon", "Fax", "Mobil", "Release", "Update", "Schritt", "Stufe", "Level",
    # a price ("CHF 25.–", "€ 12.50"; not "Fr.", which is Friday's too)
    "CHF", "SFr", "EUR", "€",
)  # fmt: skip

# Capitalised words that may stand right before a short numeric date ("Termin 5.11.");
# after any other capitalised word "5.1." is a version or a number ("Android 5.1.").
WORDS_BEFORE_DATES: frozenset[str] = frozenset({
    "am", "vom", "von", "bis", "ab", "seit", "zum", "zur", "den", "dem", "der", "nach", "vor",
    "und", "oder", "sowie", "ob", "für", "termin", "termine", "datum", "stand", "beginn",
    "start", "ende", "frist", "stichtag", "heute", "morgen", "gestern", "zeit", "zeitraum",
    "wann", "spätestens", "einsendeschluss", "anmeldeschluss", "erscheinungstermin", "uhr",
})  # fmt: skip

# Words before a time of day that say what it is ("Einlass ab 17 Uhr, Beginn 19 Uhr").
DOORS_WORDS: tuple[str, ...] = ("Einlass", "Türöffnung", "Saalöffnung", "Kassenöffnung")
# What a programme's first line may say before the event opens: "ab 9.00 Uhr Registrierung,
# Kaffee und Ausstellung" (its opening is the next line: "10.00 Uhr Eröffnung")
ARRIVAL_WORDS: tuple[str, ...] = (
    "Registrierung", "Anmeldung", "Ankunft", "Ankommen", "Empfang mit Kaffee",
)  # fmt: skip
# What a course's count of sessions counts, before its first date: "7 Termine, Di., 10.03.–…"
# What an entry's lines of facts open with before their colon: "Ort: …", "Referent: …",
# "Eintritt frei: …" (no title, which may also hold a colon: "Exportkontrolle kompakt: …")
# The labels a line's place stands after: "Ort: Stadthalle", "Treffpunkt: Rathaus"
PLACE_LABELS: tuple[str, ...] = (
    "Ort", "Wo", "Veranstaltungsort", "Spielort", "Tagungsort", "Kursort", "Adresse",
    "Treffpunkt",
)  # fmt: skip
INFO_LABELS: tuple[str, ...] = (
    *PLACE_LABELS, "Wann", "Zeit", "Termin", "Termine", "Datum", "Referent", "Referentin",
    "Referenten", "Leitung", "Kursleitung", "Eintritt", "Kosten", "Gebühr", "Preis", "Preise",
    "Anmeldung", "Hinweis", "Inhalt", "Inhalte", "Teilnahmeentgelt", "Teilnahmegebühr",
    "Veranstalter", "Kontakt", "Info", "Infos", "Dauer", "Zielgruppe", "Moderation",
    "Tickets", "Karten", "Einlass", "Beginn", "Ende", "Mitbringen", "Bitte", "Zugang",
    "Voraussetzung", "Voraussetzungen", "Material", "Verpflegung", "Anfahrt", "Parken",
    "Barrierefreiheit", "Hinweise", "Achtung", "Wichtig", "Telefon", "Tel", "Fax", "E-Mail",
    "Web", "Internet", "Programm", "Anmeldeschluss", "Teilnahme", "Zeitraum", "Uhrzeit",
    "Ansprechpartner", "Ansprechpartnerin", "Organisation", "Dozent", "Dozentin", "Gast",
    "Gäste", "Musik", "Sprache", "Format", "Plätze", "Abfahrt", "Rückkehr", "Start", "Ziel",
    "Strecke", "Mitglieder", "Nichtmitglieder", "Vorverkauf", "Abendkasse", "Spende",
    "Anschließend", "Stand", "Quelle", "Foto", "Bild", "Text", "Mitwirkende", "Entgelt",
    "Kursgebühr", "Eintrittspreise",
)  # fmt: skip
# Academic titles before a speaker's name: "Prof. Dr. Hauke Petersen", "Mag. Anna Huber"
ACADEMIC_TITLES: tuple[str, ...] = ("Prof", "Dr", "PD", "Mag", "Dipl")
# Endings of a performing group's name, which may hold its town but names no place:
# "Klaviertrio Würzburg", "Kammerorchester Basel", "Posaunenchor Bad Bevensen"
# What a performer plays or sings, in parentheses after the name: "Sophia Marquardt (Harfe)"
PERFORMER_PARTS: tuple[str, ...] = (
    "Harfe", "Klavier", "Flügel", "Violine", "Geige", "Viola", "Bratsche", "Cello",
    "Violoncello", "Kontrabass", "Bass", "Flöte", "Querflöte", "Blockflöte", "Oboe",
    "Klarinette", "Fagott", "Horn", "Trompete", "Posaune", "Tuba", "Orgel", "Cembalo",
    "Gitarre", "Laute", "Sopran", "Mezzosopran", "Alt", "Tenor", "Bariton", "Schlagzeug",
    "Percussion", "Akkordeon", "Saxophon", "Saxofon", "Gesang", "Rezitation", "Lesung",
    "Dirigent", "Dirigentin", "Piano", "Violin", "Vocals",
)  # fmt: skip
ENSEMBLE_SUFFIXES: tuple[str, ...] = (
    "trio", "quartett", "quintett", "sextett", "septett", "oktett", "orchester", "chor",
    "ensemble", "bigband", "symphoniker", "sinfoniker", "philharmoniker", "solisten",
    # (not "band" nor "kapelle" alone: "Kreisverband Augsburg", "Schlosskapelle Ettlingen")
    "blaskapelle", "musikkapelle", "stadtkapelle", "kollektiv", "big band",
)  # fmt: skip
# The marks a list's item may open with, one or a run of up to three: "- ", "• ", "▸ Sonntag,
# 19. Oktober, 17 Uhr", ">>> 3. Mai, 14 Uhr"
BULLETS = "-–•*·▸►▪▶>"
# How many, in words, before SESSION_WORDS: "Zwei Abende: Freitag, 20. März, und …"
COUNT_WORDS: tuple[str, ...] = (
    "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn", "zwölf",
)  # fmt: skip
SESSION_WORDS: tuple[str, ...] = (
    "Termine", "Abende", "Einheiten", "Kurstage", "Treffen", "Vormittage", "Nachmittage",
    "Samstage", "Wochenenden",
)  # fmt: skip
# An outing's start, when no other hour is said: "Abfahrt ist um 9 Uhr am Begegnungszentrum",
# "Treffpunkt: 14 Uhr im Foyer" (not "… ab 10 Uhr …. Treffpunkt der Kapelle 9.15 Uhr").
MEETING_WORDS: tuple[str, ...] = ("Abfahrt", "Treffpunkt")
# Words of a sentence about getting to an event, whose hours are the journey's: "Gemeinsame
# Anreise mit dem Metronom, Treffpunkt Bahnhof Buchholz um 6.10 Uhr"
TRAVEL_WORDS: tuple[str, ...] = (
    "Anreise", "Fanbus", "Fahrgemeinschaft", "Fahrgemeinschaften", "Mitfahrgelegenheit",
    "Shuttlebus", "Shuttle-Bus", "Zubringerbus",
)
START_WORDS: tuple[str, ...] = (
    "Beginn", "Start", "Anfang", "Zeit", "Uhrzeit", "Auftakt", *MEETING_WORDS,
)
END_WORDS: tuple[str, ...] = ("Ende", "Schluss")
# Verbs joining a start with a time to the end with its time: "beginnt am Samstag, 13. Juni,
# um 10 Uhr und endet am Sonntag, 14. Juni, um 16 Uhr"
ENDS_VERBS: tuple[str, ...] = ("endet", "dauert", "geht", "läuft", "schließt")

# Words right after a number that make it an amount, not a date ("12.50 Euro").
AMOUNT_WORDS: tuple[str, ...] = (
    "Euro", "EUR", "€", "Prozent", "%", "Mio", "Millionen", "Mrd", "Milliarden", "Punkte",
    "Dollar", "US-Dollar", "CHF", "Franken", "km", "Meter", "Kilometer", "Grad",
)  # fmt: skip

# Cues in a date's sentence that tell whether it lies in the past or the future.
PAST_CUES: tuple[str, ...] = (
    "fand", "fanden", "stattfand", "stattfanden", "stattgefunden", "trafen", "traf",
    "tagte", "tagten", "luden", "lud", "eröffnete", "eröffneten", "veranstaltete",
    "veranstalteten", "präsentierte", "präsentierten", "richtete", "richteten", "war",
    "waren", "hatte", "hatten", "kamen", "nahmen", "begrüßte", "besuchten", "diskutierten",
    "informierten", "zeigten", "gab", "ging", "endete", "gefolgt", "teilgenommen",
    # a report's crowd: "Der Herbstmarkt vom 11. Oktober lockte über 5000 Besucher"
    "lockte", "lockten", "zog", "zogen", "feierte", "feierten", "besuchte", "strömten",
    "erlebten", "folgten", "lauschten", "verfolgten", "begeisterte", "begeisterten",
    # the passive's past: "wurde … eröffnet", "ist … vertagt worden" (the participle alone,
    # "eröffnet", reads as the present)
    "wurde", "wurden", "worden",
)  # fmt: skip
# Participles without "ge-" that make "hat"/"haben" the perfect ("haben … die Mühlen
# besucht"); those with "ge-" are told by their form ("gefeiert", "gekommen")
PERFECT_PARTICIPLES: tuple[str, ...] = (
    "besucht", "erlebt", "verfolgt", "begeistert", "erreicht", "überzeugt", "bewiesen",
)  # fmt: skip
# Participles of coming and going, whose perfect is made with "sein": "ist … zurückgekehrt"
SEIN_PARTICIPLES: tuple[str, ...] = (
    "zurückgekehrt", "heimgekehrt", "angekommen", "eingetroffen", "zurückgekommen",
    "gekommen", "gereist", "angereist", "abgereist", "gefahren", "gelaufen", "gegangen",
    "geflogen", "gestorben", "verstorben", "aufgebrochen", "gestartet",
)  # fmt: skip
FUTURE_CUES: tuple[str, ...] = (
    "findet", "finden", "stattfindet", "stattfinden", "wird", "werden", "lädt", "laden",
    "tagt", "trifft", "treffen", "eröffnet", "veranstaltet", "präsentiert", "richtet",
    "beginnt", "startet", "erwartet", "geplant", "können", "kann", "sind", "ist",
    "anmelden", "Anmeldung", "herzlich", "eingeladen", "bevorstehende", "kommende",
    "kommenden", "nächste", "nächsten",
    # a postponement's new date lies ahead: "wurde auf den 5. Mai verschoben"
    "verschoben", "verlegt",
    # what is called off in the present lies ahead: "Der Kinderumzug am Sonntag fällt aus"
    "fällt", "fallen", "entfällt", "entfallen",
)  # fmt: skip

# Announcement cues that say nothing of the time alone ("… ist der Karneval heute eine
# Massenveranstaltung"): a weekday without its date needs a cue beyond them.
TENSELESS_CUES: tuple[str, ...] = ("ist", "sind", "kann", "können")
# How strong verbs' past forms end in "t", unlike the present's "-t" ("trat", "bot",
# "ritt", "hielt", "galt", "riet"; not the present's "spielt", "zielt"); and the words
# that, where a verb stands, tell no time ("hat", "wird").
PAST_T_ENDINGS: tuple[str, ...] = ("at", "ot", "itt", "hielt", "alt", "iet")
UNTOLD_TENSE_WORDS: tuple[str, ...] = (
    "ist", "sind", "hat", "haben", "wird", "werden", "war", "waren",
    # and adverbs ending like the present's "-t", which may stand there too ("Am Montag
    # erst …", "bereits am Sonntag")
    "nicht", "erst", "bereits", "jetzt", "zuletzt", "meist", "oft", "seit", "selbst",
    "sonst", "fast", "spät", "gut", "gerade", "bisher",
)  # fmt: skip
# Modal verbs that tell the time of a clause ("Der für Mittwoch geplante Flohmarkt muss
# entfallen", "Der für Dienstag geplante Parteitag konnte nicht stattfinden"): a plan
# ("geplante") tells none.
MODAL_PAST_CUES: tuple[str, ...] = ("konnte", "konnten", "musste", "mussten", "durfte")
MODAL_PRESENT_CUES: tuple[str, ...] = ("muss", "müssen", "soll", "sollen", "will", "wollen")
# Announcement cues that are participles too: after "wurde" they are the passive's past.
PASSIVE_PARTICIPLES: tuple[str, ...] = (
    "eröffnet", "veranstaltet", "präsentiert", "geplant", "verschoben", "verlegt",
    "eingeladen", "erwartet",
)  # fmt: skip

# Words before a lone year that make it the edge of a span, not the year of a date in the
# same sentence: "seit 2010 findet … statt", "für 2016 hat man … geplant", "bis 2020".
YEAR_SPAN_WORDS: tuple[str, ...] = ("seit", "bis", "ab", "nach", "vor", "für", "zwischen")

# Head nouns of events. A compound ending in one of these is an event too
# ("Clustertagung", "Jahrestagung", "Clusterwoche").
EVENT_NOUNS: tuple[str, ...] = (
    "Tagung", "Konferenz", "Kongress", "Messe", "Woche", "Wochen", "Brunch", "Workshop",
    "Seminar", "Forum", "Symposium", "Symposion", "Treffen", "Versammlung", "Festival",
    "Ausstellung", "Vortrag", "Lesung", "Markt", "Fest", "Führung", "Tag der offenen Tür",
    "Tage der offenen Tür", "Gipfel", "Summit", "Gala", "Empfang", "Konzert", "Abend",
    "Frühstück", "Frühschoppen", "Stammtisch", "Veranstaltung", "Vernissage", "Finissage",
    "Eröffnung", "Nachmittag", "Get-together", "Come-together", "Apéro", "Summer School",
    "Winter School", "Sommerschule", "Winterschule", "Sommeruniversität",
    # an evening named by its adjective ("Abend" alone names none: "am Abend"), and its
    # dative ("zum Parlamentarischen Abend": see NOMINATIVE_FORMS)
    "Parlamentarischer Abend", "Parlamentarischen Abend", "Geselliger Abend",
    "Geselligen Abend", "Bunter Abend", "Bunten Abend",
    "Feier", "Jubiläum", "Aktionstag", "Infotag", "Informationstag", "Fachtag", "Sprechtag",
    "Sprechstunde", "Podiumsdiskussion", "Diskussion", "Dialog", "Exkursion", "Besichtigung",
    "Wettbewerb", "Hackathon", "Barcamp", "Camp", "Kurs", "Lehrgang", "Schulung", "Training",
    "Webinar", "Meetup", "Meeting", "Sitzung", "Besprechung", "Klausur", "Klausurtagung",
    "Jahrestagung",
    "Mitgliederversammlung", "Hauptversammlung", "Preisverleihung", "Verleihung", "Festakt",
    "Zeremonie", "Lauf", "Rennen", "Turnier", "Spiel", "Matinee", "Soirée", "Show", "Basar",
    "Derby", "Finale",  # ("Stadtderby", "Viertelfinale")
    "Flohmarkt", "Weihnachtsmarkt", "Kirmes", "Kerwe", "Kirchweih", "Kärwa", "Kilbi", "Umzug",
    "Parade", "Reise", "Fahrt", "Tour",
    "Narrensprung", "Rosenmontagszug", "Fackelzug", "Martinszug",
    "Runde", "Gespräch", "Salon", "Werkstatt", "Akademie", "Börse", "Ball", "Nacht",
    "Night",  # ("PitchNight", "Comedy Night")
    "Versteigerung", "Auktion",  # ("Brennholzversteigerung")
    # marches walked on a day (not "Marsch" alone, a tune): "Kreis-Orientierungsmarsch"
    "Orientierungsmarsch", "Sternmarsch", "Gedenkmarsch", "Schweigemarsch", "Fackelmarsch",
    "Protestmarsch",
    # compounds on "-tag"/"-tage" ("Außenwirtschaftstag", "Kulturtage"); the bare word and
    # calendar compounds ("Montag", "Landtag", "Feiertage") are in NOT_EVENT_NOUNS
    "tag", "tage", "Tag des offenen Denkmals", "Tag der Architektur", "Blutspende",
    "Blutspendetermin", "Ferienprogramm", "Ringvorlesung", "Vortragsreihe", "Gedenkfeier",
    "Gedenkveranstaltung", "Andacht", "Mette", "Gottesdienst", "Gebet", "Spaziergang", "Wanderung",
    # a sung mass ("Amt" alone is an office), its plural with its umlaut; the blessing of
    # the carol singers ("Aussendung" alone is a broadcast: "Presseaussendung")
    "Hochamt", "Hochämter", "Festamt", "Rorateamt", "Rorateämter", "Pontifikalamt", "Requiem",
    "Aussendung der Sternsinger", "Sternsingeraussendung", "Sternsingeraktion",
    # a community's lunch ("Seniorenmittagstisch"); a carnival's storming of the town hall
    "Mittagstisch", "Rathaussturm", "Rathauserstürmung",
    # a club's work day ("Einsatz" alone is a brigade's call-out); a feast's weekend
    "Arbeitseinsatz", "Festwochenende", "Jubiläumswochenende",
    # a blessing ("Adventkranzsegnung", "Kräutersegnung", "Fahrzeugsegnung"); a season's
    # dance ("Tanz" alone is the art)
    "Segnung", "Frühlingstanz", "Maitanz", "Herbsttanz", "Erntetanz", "Kathreintanz",
    "Kirchweihtanz", "Faschingstanz", "Silvestertanz",
    # a feast's bonfire ("Feuer" alone is a blaze): "Osterfeuer", "Sonnwendfeuer"
    "Osterfeuer", "Maifeuer", "Johannisfeuer", "Sonnwendfeuer", "Sonnwendfeier", "Funkenfeuer",
    "Martinsfeuer", "Kartoffelfeuer",
    # a Swiss club's yearly show ("Unterhaltung" alone is a talk or entertainment)
    "Turnerunterhaltung", "Abendunterhaltung", "Jahresunterhaltung", "Vereinsunterhaltung",
    # a town's or club's clean-up day ("Putz" alone is plaster)
    "Frühjahrsputz", "Dorfputz", "Stadtputz", "Flurputzete", "Dreckwegtag",
    "Sprechtage", "Kino", "Flohmarkt", "Kick-off", "Kickoff", "Kabarett", "Aufführung",
    "Premiere", "Stadtfest", "Rundgang", "Fragestunde", "Session", "Tanz in den Mai",
    # a ball by its host ("Ball" alone is a game's: "Der Ball rollt"): Austria's town balls
    "Ball der Stadt", "Ball des Sports", "Ball der Vereine", "Ball der Wirtschaft",
    "Politischer Aschermittwoch", "Politischen Aschermittwoch", "politischer Aschermittwoch",
    "politischen Aschermittwoch",
    "Märt", "Märit",  # a Swiss market: "Chlausmärt", "Wochenmärt", "Maimärit"
    "Chilbi",  # a Swiss fair
    "Cup",  # a tournament: "Hallencup", "Raiffeisen-Masters-Cup"
    "Dämmerschoppen", "Abendschoppen", "Corso", "Korso",  # a parade: "Blumenkorso"
    # an exhibition ("Sonderschau", "Werkschau"), by a quoted name too: "Die Schau „Moor“";
    # the bare word is in NOT_EVENT_NOUNS ("zur Schau gestellt")
    "Schau",
    # a community's days of work together ("Aktion" alone is too vague: "Rabattaktion")
    "Putzaktion", "Pflanzaktion", "Sammelaktion", "Aufräumaktion", "Mitmachaktion",
    "Blutspendeaktion",  # (a day's blood drive)
    # a Swabian feast ("Hock" alone ends "Schock"), a Swiss bingo evening
    "Maihock", "Sommerhock", "Herbsthock", "Dorfhock", "Hocketse", "Lottomatch",
    # Swiss and Austrian words: a spring clean-up, a walk round the woods or the bounds
    "Putzete", "Waldumgang", "Grenzumgang", "Flurumgang", "Maibaumaufstellen",
    # a trip ("Seniorenausflug"; the bare word is in NOT_EVENT_NOUNS: "ein Ausflug in die
    # Geschichte"), a drill ("Großübung"; "Ausübung" is in NOT_EVENT_ENDINGS)
    "Ausflug", "Übung", "Serenade", "Slam", "Anhörung", "Erörterungstermin",
    "Erzählcafé", "Sprachcafé", "Repaircafé", "Repair-Café", "Repair Café",
    # a café held on a day, not a house ("im Café Central"): "Adventscafé", "Elterncafé"
    "Adventscafé", "Elterncafé", "Seniorencafé", "Begegnungscafé", "Kirchencafé",
    "Familiencafé", "Trauercafé", "Demenzcafé",
    "Basteln",  # "Laternenbasteln", "Adventsbasteln"
    "Bewerb", "Bewerbe",  # Austria's contest: "Landesfeuerwehrleistungsbewerb", "Malbewerb"
    # a club's Christmas-tree sale, a day in a village's calendar ("Verkauf" alone is none)
    "Christbaumverkauf", "Weihnachtsbaumverkauf",
    # plurals no ending makes: "Dialogforen", "Fachsymposien"
    "Foren", "Symposien",
    # a club's or town's championship ("Vereinsmeisterschaften"; "Weltmeisterschaft" is in
    # NOT_EVENT_NOUNS: a season of games, not one event)
    "Meisterschaft", "Meisterschaften", "Marathon", "Triathlon", "Regatta", "Party",
    "Adventssingen", "Weihnachtssingen", "Rudelsingen",  # ("Singen" alone is a town)
    "Adventsingen", "Offenes Singen",  # (Austria's Advent concert: "Adventsingen")
    # music played from a tower or in the open, Alpine towns' custom
    "Turmblasen", "Adventblasen", "Weisenblasen", "Turmmusik",
    # a Swiss event ("Informationsanlass"; the bare word, "aus Anlass", is in NOT_EVENT_NOUNS)
    "Anlass", "Anlässe",
    "Kreuzweg",  # a church's devotion: "Jugendkreuzweg", "Kinderkreuzweg"
    "Rorate", "Roratemesse", "Rorateamt",  # the Advent's mass at dawn
    "Lagerfeuer",  # ("Feuer" alone is a fire: "Das Feuer griff auf den Dachstuhl über")
    "Kinderuni", "Kinder-Uni",  # a university's lectures for children ("Uni" alone is a house)
    # a town's clean-up day ("Aktion" alone is any campaign)
    "Flurreinigung", "Flurreinigungsaktion", "Flurbegehung", "Putzaktion", "Müllsammelaktion",
    "Nistkastenreinigung", "Bachreinigung",  # (a club's work day; "Reinigung" alone is none)
    "Dorfputzete", "Ramadama",
    # a brass band's contest ("Bewertung" alone is a rating)
    "Marschmusikbewertung", "Marschwertung", "Marschmusikwertung", "Konzertwertung",
    "Kolloquium", "Kolloquien", "Weinprobe", "Verkostung", "Feuerwerk", "Podium",
    # a camp ("Lager" alone is a store: "Warenlager", "Flüchtlingslager")
    "Zeltlager", "Ferienlager", "Sommerlager", "Jugendlager", "Pfingstlager",
    # a choir's or band's rehearsal open to all ("Probe" alone is a sample: "Bodenprobe")
    "offene Probe", "offenen Probe", "öffentliche Probe", "öffentlichen Probe", "Generalprobe",
    # a church's feasts of a rite, a carnival's afternoon ("Kinderfasching"), a building's
    # first cut of the spade, its foundation stone
    "Erstkommunion", "Konfirmation", "Firmung", "Fasching", "Spatenstich", "Grundsteinlegung",
    # a cinema's or a pub's evenings: "Filmquiz", "Kneipenquiz", a film's "Preview", a
    # comedian's show ("Stand-up-Comedy"); a school of a summer's weeks
    "Quiz", "Preview", "Comedy", "Summer School", "Winter School",
    # a Sunday the shops open: an event of a town's trade
    "verkaufsoffener Sonntag", "verkaufsoffenen Sonntag", "verkaufsoffenem Sonntag",
    # a car's or a bike's tour of a region, a farm's open day
    "Rallye", "Tag der offenen Hoftür", "Tage der offenen Hoftür", "Tag des offenen Hofes",
    # a club's opening and closing of its season on the water or the road
    "Anrudern", "Abrudern", "Ansegeln", "Absegeln", "Anpaddeln", "Abpaddeln", "Anradeln",
    "Abradeln", "Anschwimmen", "Abschwimmen",
    # a shooting club's contest ("Pokalschießen", "Königsschießen"), a club's or parish's
    # dinner ("Essen" alone is a town, and "Interessen" ends in it)
    "Schießen", "Grünkohlessen", "Kohlessen", "Fastenessen", "Spargelessen", "Gänseessen",
    "Martinsgansessen", "Schlachtessen", "Heringsessen", "Fischessen", "Spanferkelessen",
    # a feast's parade ("Zug" alone is a train): "Winzerfestzug", "Trachtenzug"
    "Festzug", "Trachtenzug", "Faschingszug", "Fastnachtszug", "Karnevalszug", "Lampionzug",
    "Laternenzug",
    # a walk of many ("Marsch" alone is a piece of music: "Radetzkymarsch")
    "Leistungsmarsch", "Sternmarsch", "Fackelmarsch", "Friedensmarsch", "Schweigemarsch",
    "Gedenkmarsch", "Protestmarsch", "Volksmarsch",
    # a festival named by its art and season ("Frühling", "Sommer" alone are seasons, and
    # "Spätsommer" their weather)
    *(f"{art}{season}" for art in ("Jazz", "Musik", "Kultur", "Theater", "Literatur", "Kunst",
                                   "Film", "Orgel", "Lese", "Tanz", "Kammermusik")
      for season in ("frühling", "sommer", "herbst", "winter")),
    # a church's or tower's music at a set hour ("Musik" alone is the art: "Für Musik sorgt …")
    "Orgelmusik", "Abendmusik", "Turmmusik", "Marktmusik", "Mittagsmusik",
    # a town's or club's collection on a set day ("Sammlung" alone is a museum's)
    "Papiersammlung", "Kartonsammlung", "Kleidersammlung", "Christbaumsammlung",
    "Weihnachtsbaumsammlung", "Schrottsammlung", "Sperrmüllsammlung", "Grüngutsammlung",
    "Problemstoffsammlung", "Altmetallsammlung",
    # a café that meets to talk or mend ("Café" alone is a house)
    "Erzählcafé", "Erzählcafe", "Repair-Café", "Repaircafé", "Reparaturcafé", "Sprachcafé",
    "Trauercafé", "Demenzcafé",
    # a feast's dinner, a try-out for newcomers
    "Heringsschmaus", "Schlachtschmaus", "Schnupperprobe", "Schnuppertraining",
    # a public gathering of protest, a meeting on the spot ("Termin" alone is vague)
    "Kundgebung", "Mahnwache", "Demonstration", "Ortstermin", "Menschenkette",
    # a book's presentation ("Vorstellung" alone is an idea), a card tournament, a day at a
    # university for pupils
    "Buchvorstellung", "Buchpräsentation", "Preisschnapsen", "Preisschafkopf", "Preisjassen",
    # the Alps' cattle coming down, a feast of thanks for the harvest, a school's morning
    # open to visitors
    "Almabtrieb", "Viehscheid", "Erntedank", "Besuchsmorgen",
    # an inauguration, a church's procession and blessing ("Palmweihe", "Kräuterweihe"), an
    # honouring ("Bestenehrung", "Sportlerehrung")
    "Einweihung", "Prozession", "Weihe", "Ehrung",
    # a play for children or with puppets ("Theater" alone is a house)
    "Kindertheater", "Puppentheater", "Figurentheater", "Mitmachtheater", "Theaterstück",
    "Schnupperstudium",
)  # fmt: skip

# Adjectives that make a "Führung" (alone: leadership, "unter Führung von") a public tour:
# "Öffentliche Führung mit der Kuratorin", "Kostenlose Führungen durch die Altstadt"
TOUR_ADJECTIVES: tuple[str, ...] = ("öffentlich", "kostenlos")

# Endings that look like an event noun inside another word: "Arbeitskreise" is no "Reise".
NOT_EVENT_ENDINGS: tuple[str, ...] = (
    "kreise", "kreises", "kreisen", "preise", "preisen", "ausübung", "einübung",
    # a course of things, no run: "Bauablauf", "Krankheitsverlauf", "Blutkreislauf"
    "ablauf", "ablaufs", "verlauf", "verlaufs", "kreislauf", "kreislaufs", "umlauf", "anlauf",
    "zulauf", "vorlauf", "auslauf", "durchlauf", "rücklauf",
    # a turn, no honouring: "Sicherheitsvorkehrungen", "Bekehrung" (but "Sportlerehrung")
    "kehrung", "kehrungen",
    # idioms and names that end like an event noun: "im Grunde", "zum Beispiel", the town
    # "Lamballe" ("Ball" has no form in "-balle")
    "grunde", "beispiel", "beispiele", "beispiels", "beispielen", "balle",
)  # fmt: skip

# Compounds ending in "-tag"/"-tage" that name a day, not an event.
NOT_EVENT_DAYS: frozenset[str] = frozenset({
    "tag", "tage", "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag",
    "sonnabend", "sonntag", "landtag", "bundestag", "reichstag", "kreistag", "stadttag",
    "vertrag", "auftrag", "beitrag", "antrag", "betrag", "ertrag", "alltag", "feiertag",
    "werktag", "wochentag", "arbeitstag", "geburtstag", "todestag", "stichtag", "nachmittag",
    "vormittag", "mittag", "vortag", "folgetag", "jahrestag", "gedenktag", "spieltag",
    "wahltag", "ruhetag", "urlaubstag", "krankheitstag", "regentag", "sommertag",
    "wintertag", "hitzetag", "schultag", "ferientag", "lebenstag", "sterbetag", "namenstag",
    "brückentag", "geschäftstag", "schließtag", "schließungstag", "bankarbeitstag",
    # a day care's or school's staff day, on which it is closed
    "konzeptionstag", "teamtag", "planungstag", "pädagogischertag",
    "hochzeitstag", "festtag", "ehrentag", "glückstag", "kalendertag",
    "verhandlungstag", "prozesstag", "streiktag", "einsatztag", "gerichtstag", "reisetag",
    "kirchentag", "ostertag", "pfingsttag", "weihnachtstag", "neujahrstag", "silvestertag",
    "buß- und bettag", "bettag", "erntedanktag", "valentinstag", "muttertag", "vatertag",
    "jüngstertag", "zahltag", "liefertag", "öffnungstag", "abreisetag",
    "anreisetag", "ankunftstag", "starttag", "eröffnungstag", "schlusstag", "messetag",
    "tagestag", "halbtag", "ganztag", "dreikönigstag", "nationalfeiertag", "unabhängigkeitstag",
    "städtetag", "gemeindetag", "landkreistag", "gründungstag", "jubiläumstag", "wettertag",
    "bundesrat", "sitzungstag", "erscheinungstag", "pfingstmontag", "ostermontag",
    # words that only end in "-tag(e)": "Reportage", "Montage", "Etage", "Sabotage"
    "portag", "ontag", "sabotag", "plantag", "courtag", "frottag", "lostag", "maitag",
    "missionstag", "wandertag", "drehtag", "probetag", "testtag", "trainingstag",
})  # fmt: skip

# Words that end like an event noun but are not events ("Geschäftsführung", "Landtag").
NOT_EVENT_NOUNS: frozenset[str] = frozenset({
    # looks that are no show: "Vorschau auf die Saison", "zur Schau gestellt"
    "Schau", "Vorschau", "Rückschau", "Umschau", "Ausschau", "Nabelschau", "Zusammenschau",
    "Programmvorschau", "Jahresrückschau",
    # a weekday's plural ends in "Woche": "An den Mittwochen im Advent"
    "Mittwoche", "Mittwochen",
    "Laufe",  # "im Laufe des Tages" (a run's dative is "Lauf")
    # a journey's leg or a border's crossing, no trip one joins: "Bei seiner Einreise ins
    # Vereinigte Königreich am Mittwoch", "Die Anreise erfolgt individuell"; time travel
    "Einreise", "Ausreise", "Anreise", "Abreise", "Rückreise", "Heimreise", "Hinreise",
    "Durchreise", "Weiterreise", "Zeitreise",
    "Geschäftsführung", "Einführung", "Durchführung", "Ausführung", "Verführung",
    "Fortführung", "Zuführung", "Menschenführung", "Unternehmensführung", "Betriebsführung",
    "Buchführung", "Haushaltsführung", "Landtag", "Bundestag", "Vertrag", "Auftrag",
    "Himmelfahrt",  # a feast day ("Christi Himmelfahrt", "Mariä Himmelfahrt"), no trip
    "Gebet",  # a prayer is part of a service ("beginnt mit einem Gebet"); "Friedensgebet" is one
    "Beitrag", "Antrag", "Betrag", "Ertrag", "Alltag", "Feiertag", "Werktag", "Wochentag",
    "Geburtstag", "Stichtag", "Nachmittag", "Vormittag", "Mittag", "Arbeitsmarkt",
    "Binnenmarkt", "Kapitalmarkt", "Finanzmarkt", "Wohnungsmarkt", "Strommarkt", "Automarkt",
    "Weltmarkt", "Absatzmarkt", "Immobilienmarkt", "Zielmarkt", "Heimatmarkt", "Exportmarkt",
    "Gesamtmarkt", "Energiemarkt", "Gasmarkt", "Aktienmarkt", "Ausbildungsmarkt",
    "Rundschau",  # a newspaper's name ("Frankfurter Rundschau", "Rundschau am Sonntag")
    "Stellenmarkt", "Aktienkurs", "Wechselkurs", "Schlusskurs", "Börsenkurs", "Ausgabekurs",
    "Eröffnungskurs", "Tageskurs", "Dollarkurs", "Ölkurs", "Goldkurs", "Kurs", "Anfahrt",
    "Abfahrt", "Abfahrten", "Zufahrt", "Anfahrten", "Zufahrten",  # (a bus's: "Abfahrten ab …")
    "Durchfahrt", "Einfahrt",  # a road's: "die Fahrbahn der Ortsdurchfahrt"
    "Auffahrt", "Ausfahrt",  # a motorway's ramp ("Auffahrt Kaiserslautern-Ost … gesperrt"),
    # and Switzerland's Ascension Day
    "Raumfahrt", "Luftfahrt", "Schifffahrt", "Beispiel", "Vorspiel", "Spiel", "Preise",
    "Verlauf", "Ablauf", "Anlauf", "Umlauf", "Kreislauf", "Zulauf", "Vorlauf", "Rücklauf",
    "Lauf", "Woche", "Wochen", "Markt", "Reise", "Runde", "Nacht", "Abend", "Fahrt", "Tour",
    "Ball", "Show", "Camp", "Akademie", "Werkstatt", "Börse", "Gespräch", "Dialog",
    "Diskussion", "Training", "Salon", "Sitzung", "Feier", "Gala", "Kontrollsitzung",
    "Rechtsprechung", "Gesetzgebung", "Regierungsbildung", "Weltmeisterschaft",
    # long entries also end compounds: "Amtseinführung", "Landesgeschäftsführung"
    "Führung", "Entführung", "Federführung", "Parteiführung", "Staatsführung",
    "Armeeführung", "Konzernführung", "Vereinsführung", "Weiterführung", "Vorabend",
    "Feierabend", "Heiligabend", "Lebensabend", "Silvesterabend", "Sonnabend",
    "Strompreise", "Gaspreise", "Ölpreise", "Edelmetallpreise", "Lebenslauf", "Manifest",
    "Handball", "Fußball", "Basketball", "Volleyball", "Football", "Baseball", "Faustball",
    "Wasserball", "Federball", "Spielball", "Matchball", "Golfball", "Tennisball",
    "Videospiel", "Computerspiel",
    "Actionspiel", "Glücksspiel", "Brettspiel", "Onlinespiel",
    "Kreise", "Kreisen", "Laufen", "Spielen", "Reisen", "Festen", "Messen", "Feiern",
    "Abende",  # a course's count: "7 Abende, jeweils dienstags"
    "Ausflug", "Übung", "Übungen", "Islam", "Anlass", "Anlässe", "Anlasses",
})  # fmt: skip

# How the names of councils and boards end: "Sitzung des Gemeinderats", "… des Kreistages",
# "… des Bauausschusses" name an event, as "Gemeinderatssitzung" does.
COUNCIL_ENDINGS: tuple[str, ...] = (
    "rat", "rats", "rates", "tag", "tags", "tages", "ausschuss", "ausschusses", "vertretung",
    "vorstand", "vorstands", "vorstandes", "kollegium", "kollegiums",
)

# Event nouns too generic to name an event on their own: a better name is looked for.
VAGUE_EVENT_NOUNS: frozenset[str] = frozenset({
    "Veranstaltung", "Treffen", "Termin", "Sitzung", "Tagung", "Konferenz", "Messe",
    "Fest", "Feier", "Eröffnung", "Führung", "Vortrag", "Workshop", "Seminar", "Forum",
    "Ausstellung", "Markt", "Kurs", "Empfang", "Versammlung", "Abend",
})  # fmt: skip

# Verbs that tie a date to an event even without an event noun.
EVENT_VERBS: tuple[str, ...] = (
    "stattfinden", "stattfindet", "stattfand", "stattfanden", "stattgefunden", "findet",
    "finden", "fand", "fanden", "tagen", "tagt", "tagte", "tagten", "getagt", "trafen",
    "traf", "trifft", "treffen", "getroffen", "lädt", "laden", "lud", "luden", "einladen",
    "eingeladen", "lädt", "eröffnen", "eröffnet", "eröffnete", "eröffneten", "veranstalten",
    "veranstaltet", "veranstaltete", "veranstalteten", "präsentieren", "präsentiert",
    "präsentierte", "präsentierten", "ausrichten", "richtet", "richtete", "richten",
    "ausgerichtet", "beginnt", "begann", "startet", "startete", "steigt", "stieg",
    "öffnet", "öffnete", "öffnen", "gefeiert",  # "Gefeiert wird am 8. Juni"
    "Startschuss",  # "Wenn am Sonntag, 7. Juni, der Startschuss auf dem Domplatz fällt"
)  # fmt: skip

# A line or a table's row titled by one of these gives a deadline, no event: "Einreichungsfrist
# Abstracts | 31. März 2026", "Anmeldeschluss: …", "Benachrichtigung | 15. Mai 2026"; a
# compound's last part counts ("Einreichungs-frist"), so does a whole word.
DEADLINE_TITLE_ENDS: tuple[str, ...] = (
    "frist", "fristen", "meldeschluss", "einsendeschluss", "bewerbungsschluss",
    "anmeldungsschluss", "redaktionsschluss", "abgabeschluss",  # (not "Saisonabschluss")
)  # fmt: skip
DEADLINE_TITLE_WORDS: tuple[str, ...] = (
    "Deadline", "Benachrichtigung", "Rückmeldung", "Einreichung", "Bekanntgabe", "Anmeldung",
    "Zusage", "Zahlungseingang", "Stichtag",
    "Ende",  # the end of something, no event: "Ende der Abstract-Einreichung"
)  # fmt: skip

# A line's or a row's whole title that says no event is held that day: a fixture list's
# "spielfrei", a house's "geschlossen"
NO_EVENT_TITLES: tuple[str, ...] = (
    "spielfrei", "geschlossen", "Ruhetag", "Sommerpause", "Winterpause", "Betriebsferien",
    "keine Vorstellung", "keine Veranstaltung", "kein Training",
)  # fmt: skip

# A newsletter's kind of item before an event's name, no part of it: "Rückblick:
# Erstkommunion", "Vorschau Sommerfest"
NEWSLETTER_ITEM_WORDS: tuple[str, ...] = ("Rückblick", "Vorschau", "Ausblick", "Nachlese")

# A couple's wedding day, which a feast of it is too: "Das Fest der Goldenen Hochzeit feiern
# am 20. Juni Maria und Georg Lindner".
WEDDING_DAYS: tuple[str, ...] = (
    *(f"{kind}{ending} Hochzeit" for kind in ("Silberne", "Goldene", "Diamantene", "Eiserne")
      for ending in ("", "n")), "Hochzeitstag",
)
# A person's day, which no event verb makes an event's: a birthday, a birth, a death
PERSONAL_DAY_CUES: tuple[str, ...] = (
    "geboren", "Geburtstag", "verstorben", "starb",
    # a firm's or a worker's anniversary: "feiert am 1. April 2026 ihr 75-jähriges Firmenjubiläum"
    "Firmenjubiläum", "Dienstjubiläum", "Arbeitsjubiläum",
)  # fmt: skip
# Headings of a table of hours, whose rows are no events: "Öffnungszeiten der Fahrgeschäfte"
HOURS_TITLES: tuple[str, ...] = (
    "Öffnungszeiten", "Servicezeiten", "Bürozeiten", "Kassenzeiten", "Schließzeiten",
    "Schließtage",
)  # fmt: skip

# Sentences with these words give dates that are not event dates.
NON_EVENT_CUES: tuple[str, ...] = (
    "Anmeldeschluss", "Anmeldefrist", "Einsendeschluss", "Bewerbungsschluss", "Meldeschluss",
    "Redaktionsschluss", "Abgabefrist", "Frist", "Deadline", "gegründet", "Gründung",
    *PERSONAL_DAY_CUES, "Vorverkauf", "Kartenvorverkauf",
    "Ticketverkauf", "gilt", "gültig", "Veröffentlicht", "veröffentlicht", "Stand",
    "Pressemitteilung", "Inkrafttreten", "in Kraft", "Gesetz", "Verordnung", "Urteil",
    "erscheint",  # a book's or an issue's day: "Zur Ausstellung erscheint am 1. Oktober …"
    # a broadcast's day: "die Talkshow, die am 16. Dezember von SAT.1 ausgestrahlt wird"
    "ausgestrahlt", "Ausstrahlung",
)  # fmt: skip
# Of these cues, the ones that count only as whole words: "Stand: 3. März" is a stamp,
# "Standanmeldungen", "Standort" and "Der Standard" are not.
WHOLE_WORD_CUES: frozenset[str] = frozenset({"Stand"})

# Things a date can be the day of that are no event in a calendar, as the ending of a noun
# right before "am/vom" and the date or right after it: "die Landtagswahl am 27.03.2011",
# "die Präsidentenwahl vom 12. Juni", "der am 10. Mai stattfindenden Bürgerschaftswahl",
# "in ihrer Onlineausgabe vom 7. April". Such a date is not the day of the event another
# noun of the sentence names. Public elections only: a club's "Vorstandswahl am 12. März"
# or "Neuwahlen am 12. März" is its assembly's day.
DATED_NON_EVENTS: tuple[str, ...] = (
    "tagswahl", "tagswahlen", "präsidentenwahl", "präsidentschaftswahl",
    "präsidentschaftswahlen", "parlamentswahl", "parlamentswahlen", "kommunalwahl",
    "kommunalwahlen", "europawahl", "bürgerschaftswahl", "bürgerschaftswahlen",
    "bürgermeisterwahl", "europawahlen", "stichwahlen",
    "gemeinderatswahl", "gemeinderatswahlen", "nationalratswahl", "stichwahl", "referendum",
    "volksabstimmung", "onlineausgabe", "online-ausgabe", "printausgabe", "urteil", "stichtag",
    # a message's or letter's day: "nach einer Meldung des Staatsfernsehens vom 11. Februar"
    "meldung", "mitteilung",
    # what befell a place on its day: "die Flutkatastrophe vom 14./15. Juli 2021"
    "katastrophe", "hochwasser", "unglück", "anschlag", "erdbeben", "unwetter", "großbrand",
)  # fmt: skip
# The same as whole words ("die am 10. Mai stattfindende Wahl", "die Ausgabe vom 7. April")
DATED_NON_EVENT_WORDS: tuple[str, ...] = (
    "Wahl", "Wahlen", "Ausgabe", "Schreiben", "Brief", "Bericht",
)  # fmt: skip
# How the nouns of feasts, fairs and festivals end, whose programme's lines are events of
# their own ("Samstag, 15. August" / "22.30 Uhr  Höhenfeuerwerk"), as a conference's
# sessions are not: "Weinfest", "Herbstmarkt", "Festwoche", "Kulturtage" (not any week:
# "Clusterwoche")
FEAST_ENDINGS: tuple[str, ...] = (
    "fest", "feste", "markt", "märkte", "kirmes", "kerwe", "kirchweih", "kärwa", "kilbi",
    "chilbi", "märt", "festival", "festwoche", "festwochen", "festtage", "kulturtage",
    "festspiele", "festspielen", "filmtage", "musiktage", "jazztage", "theatertage",
    "literaturtage", "tanztage", "orgeltage",
    # a festival named by its art and season ("Musiksommer", "Jazzfrühling"; EVENT_NOUNS)
    "frühling", "sommer", "herbst", "winter",
    # a tournament, whose timed competitions are events of their own ("Pfingstturnier 2026"
    # / "08.00 Uhr  Prfg. 1  Dressurreiterprüfung Kl. A*")
    "turnier",
)  # fmt: skip
# Labels of a span of time that is no event: "Vorlesungszeit: 13.10.2025 bis 31.01.2026",
# "Sommerferien: 30. Juli bis 9. September"
PERIOD_LABELS: tuple[str, ...] = (
    "Vorlesungszeit", "Semesterzeit", "Vorlesungsfreie Zeit", "Semesterferien", "Ferien",
    "Schulferien", "Sommerferien", "Herbstferien", "Osterferien", "Pfingstferien",
    "Weihnachtsferien", "Winterferien", "Faschingsferien", "Betriebsferien", "Betriebsurlaub",
)  # fmt: skip

# Words right before a date that make it a deadline or validity limit, not an event day.
DEADLINE_PREFIXES: tuple[str, ...] = (
    "Anmeldung bis", "Anmeldungen bis", "anmelden bis", "bis spätestens", "spätestens", "bis",
    "bis zum", "bis Ende", "Anmeldeschluss", "Anmeldeschluss ist", "Anmeldeschluss ist der",
    "Einsendeschluss", "Bewerbungsschluss", "Frist", "Vorverkauf ab", "Tickets ab", "seit",
    "Karten ab", "Eintrittskarten ab",  # a sale's first day: "sind Karten ab 1. Mai erhältlich"
    "Vorverkauf beginnt am", "Vorverkauf startet am", "Vorverkauf beginnt", "Vorverkauf startet",
    "seit dem", "gültig bis", "gilt bis", "ab dem", "ab", "bis am",  # ("bis am": Swiss)
    # opening a sentence; and a day before which something happens ("Noch vor dem 31. März
    # soll eine weitere Kundgebung stattfinden"), which is not its day
    "Bis", "Bis zum", "Bis spätestens", "Spätestens", "vor dem", "Vor dem",
)  # fmt: skip
# Words right before a date that make it the last day of an event begun on an earlier
# date: "beginnt am 7. Juni und endet am 29. Juni" (as "bis zum 29. Juni" does).
END_CUES: tuple[str, ...] = (
    "endet am", "enden am", "endet erst am", "enden erst am", "endete am", "endeten am",
)  # fmt: skip

# Words that mark a cancelled or postponed event.
CANCEL_CUES: tuple[str, ...] = (
    "abgesagt", "absagen", "abzusagen", "fällt aus", "fallen aus", "entfällt", "entfallen",
    "gestrichen", "annulliert",
    # "muss leider ausfallen" (not "wird größer ausfallen als im Vorjahr")
    "muss ausfallen", "muss leider ausfallen", "müssen ausfallen", "müssen leider ausfallen",
    "nicht statt",  # "findet … nicht statt", "kann … nicht stattfinden"
    "nicht wie vorgesehen statt", "nicht wie geplant statt",  # "kann nicht wie vorgesehen
    # stattfinden"; "wird in diesem Jahr nicht durchgeführt"
    "nicht durchgeführt",
)
# Words that make a cancellation a supposition: "Ohne Helfer könnte das Fest nicht stattfinden".
CONDITIONAL_WORDS: tuple[str, ...] = (
    "könnte", "könnten", "würde", "würden", "wäre", "wären", "falls", "sollte", "sollten",
    # a plan for bad weather: "Bei Tauwetter wird das Turnier auf den 7. Februar verschoben"
    *(f"{bei} {weather}" for bei in ("Bei", "bei") for weather in (
        "schlechtem Wetter", "Regen", "Tauwetter", "Schlechtwetter", "schlechter Witterung",
        "ungünstiger Witterung", "zweifelhafter Witterung", "Unwetter", "Sturm", "Gewitter",
        "Starkregen", "Hochwasser", "Glatteis", "Hitze", "Trockenheit", "Waldbrandgefahr")),
)
POSTPONE_CUES: tuple[str, ...] = (
    "verschoben", "verlegt", "verschieben", "verschiebt", "zu verlegen",
)

# An event's day still to be told: the words for its day ("Termin", "Datum"; inside
# compounds too: "Ersatztermin"), what a sentence says of them ("Der genaue Termin wird noch
# bekannt gegeben", "Ein Datum steht noch nicht fest", "Der Termin ist noch offen") and the
# verb that follows them right away ("Termin folgt").
DAY_TERM_WORDS: tuple[str, ...] = ("Termin", "Datum")
TO_BE_TOLD_CUES: tuple[str, ...] = (
    "bekannt gegeben", "bekanntgegeben", "bekannt geben", "bekanntgeben", "mitgeteilt",
    "noch festgelegt", "noch nicht fest", "noch nicht festgelegt", "noch offen", "steht noch aus",
)
TO_FOLLOW_VERBS: tuple[str, ...] = ("folgt", "folgen")

# Words that tell a run's last day in a sentence of its own: "Die Ausstellung ist bis
# 30. April zu sehen", "Der Markt hat noch bis zum 6. Januar geöffnet".
RUN_CUES: tuple[str, ...] = ("zu sehen", "zu besichtigen", "geöffnet", "läuft", "dauert")

# Words right before a date that make it a superseded one: "ursprünglich für den 20. März
# angesetzte", "nicht wie vorgesehen am 29. März, sondern …", "statt am 3. Mai".
SUPERSEDED_CUES: tuple[str, ...] = (
    "ursprünglich", "ursprünglich für", "ursprünglich am", "ursprünglich vom", "eigentlich",
    "eigentlich am", "eigentlich vom", "zunächst für", "zunächst am", "zunächst vom",
    "nicht wie vorgesehen am", "nicht wie geplant am", "nicht wie angekündigt am",
    "nicht am", "statt am", "anstatt am", "statt vom", "anstatt vom",
    *(f"{instead} wie {planned}{on}" for instead in ("statt", "anstatt", "nicht")
      for planned in ("geplant", "vorgesehen", "angekündigt") for on in ("", " am", " vom")),
    "anstelle des", "bisher für", "bisher am",
)  # fmt: skip

# Prepositional phrases that look like places but are not.
NOT_PLACES: frozenset[str] = frozenset({
    "Anschluss", "Amt", "Rahmen", "Fokus", "Kleingruppen", "Gruppen", "Zusammenhang",
    "Mittelpunkt", "Vordergrund", "Hintergrund", "Kern", "Vorfeld", "Nachgang", "Namen", "Auftrag",
    "Bereich", "Zuge", "Laufe", "Verlauf", "Rahmenprogramm", "Anschluß", "Jahr", "Jahre",
    "Jahren", "Zukunft", "Zeit", "Form", "Folge", "Regel", "Sommer", "Winter", "Herbst",
    "Frühjahr", "Frühling", "Monat", "Sinne", "Gegensatz", "Vergleich", "Hinblick",
    "Wesentlichen", "Einzelnen", "Allgemeinen", "Detail", "Details", "Kürze", "Mittel",
    "Durchschnitt", "Gespräch", "Dialog", "Austausch", "Alltag", "Blick", "Moment",
    "Netz", "Internet", "Vorjahr", "Ausland", "Inland", "Land", "Auge", "Schnitt",
    "Übrigen", "Anhang", "Gegenzug", "Hinterkopf", "Nachhinein", "Voraus",
    "Zeichen", "Umfeld", "Zentrum", "Einsatz", "Sachen", "Bezug",
    "Einklang", "Plenum", "Wechsel", "Team", "Teams", "Tandem", "Gegenteil", "Kontext",
    # places of work and school, no venues: "Ergonomie am Arbeitsplatz"
    "Arbeitsplatz", "Arbeitsplätzen", "Ausbildungsplatz", "Studienplatz", "Schreibtisch",
    # a ranking's places ("den fünften Tabellenplatz behauptet")
    "Tabellenplatz", "Podestplatz", "Spitzenplatz", "Listenplatz", "Startplatz",
})  # fmt: skip

# One-word back-references to an organiser named elsewhere ("lädt der Verein … ein").
GENERIC_ORGANISERS: frozenset[str] = frozenset({
    "Verein", "Verband", "Stadt", "Gemeinde", "Kammer", "Museum", "Agentur", "Sparte",
    "Hochschule", "Universität", "Bibliothek", "Klinik", "Veranstalter", "Unternehmen",
    "Firma", "Institut", "Ministerium", "Kreis", "Landkreis", "Behörde", "Amt", "Haus",
    "Club", "Klub", "Team", "Initiative", "Netzwerk", "Stiftung", "Schule", "Kirche",
    "Vorstand", "Organisatoren", "Veranstalterin", "Partner", "Chor", "Gruppe",
})  # fmt: skip

# Legal forms dropped when two organiser names are compared.
LEGAL_FORMS: tuple[str, ...] = (
    "GmbH & Co. KG", "gGmbH", "GmbH", "mbH", "AG", "e.V.", "e. V.", "eV", "KG", "OHG",
    "UG", "SE", "KGaA", "eG", "e.G.", "Ltd.", "Inc.",
)  # fmt: skip

# Words that introduce a contact block.
CONTACT_HEADINGS: tuple[str, ...] = (
    "Ansprechpartner", "Ansprechpartnerin", "Ansprechpartner/-in", "Ansprechpartner/in",
    "Ansprechpartner*in", "Ansprechpersonen", "Kontakt", "Pressekontakt", "Kontakte",
    "Weitere Informationen", "Informationen", "Rückfragen", "Presseanfragen", "Info",
)  # fmt: skip

# Quantifiers and articles stripped from the front of a noun phrase.
DETERMINERS: frozenset[str] = frozenset({
    "der", "die", "das", "des", "dem", "den", "ein", "eine", "einer", "eines", "einem",
    "einen", "einige", "einigen", "mehrere", "viele", "zahlreiche", "alle", "diese",
    "dieser", "dieses", "diesem", "diesen", "unsere", "unser", "unserer", "ihre", "ihr",
    "ihrer", "seine", "sein", "seiner", "zum", "zur", "vom", "beim", "im", "am",
})  # fmt: skip

# The small words a title without a verb is built with, besides its nouns and adjectives:
# articles, prepositions, "und" ("Krötenzaun-Aufbau an der Kreisstraße nach Wahlstorf",
# "Nistkastenbau für Familien"); a sentence has other lowercase words, its verb at least.
TITLE_LINK_WORDS: frozenset[str] = frozenset({
    "der", "die", "das", "des", "dem", "den", "ein", "eine", "einer", "eines", "einem",
    "einen", "zum", "zur", "vom", "beim", "im", "am", "ins", "ans", "aufs", "an", "auf", "aus",
    "bei", "für", "in", "mit", "nach", "über", "um", "unter", "von", "vor", "zu", "gegen",
    "ohne", "rund", "durch", "und", "oder", "sowie",
})  # fmt: skip

# Words after a town that make it where someone was born or lives, no event's place:
# "1978 in Brixen geboren", "heute in Sand in Taufers zu Hause"
LIFE_PLACE_WORDS: tuple[str, ...] = (
    "geboren", "gebürtig", "aufgewachsen", "gestorben", "verstorben", "zu Hause", "daheim",
    "wohnhaft", "ansässig",
)  # fmt: skip
# Adjectives a mountain's name opens with, which no town's does: "Großer Priel", "Hoher Göll"
PEAK_ADJECTIVES: tuple[str, ...] = ("Großer", "Kleiner", "Hoher", "Großen", "Kleinen")

# Sports clubs' abbreviations, which open a club's name before its town ("TSV Bad Tölz",
# "VfL Wolfsburg", "SpVgg Greuther Fürth").
CLUB_ABBREVIATIONS: frozenset[str] = frozenset({
    "TSV", "SV", "TSG", "TuS", "TV", "TG", "FC", "SC", "SG", "VfL", "VfB", "VfR", "SpVgg",
    "ASV", "ESV", "FSV", "MTV", "DJK", "SSV", "TC", "TTC", "HSG", "RSV", "KSV", "BSV", "PSV",
    "SSC", "SpVg", "TSC", "USV", "WSV", "SKV", "TuRa", "TuSpo",
    "STV", "BTV", "EHC", "HC",  # Swiss gymnastics and hockey clubs: "STV Wädenswil"
    "HG", "JSG", "SGM",  # handball's and youth's joint teams: "HG Oftersheim/Schwetzingen"
})  # fmt: skip

# Endings of nouns that name a venue ("Stadthalle", "Bundesministerium", "Messe").
VENUE_SUFFIXES: tuple[str, ...] = (
    "haus", "halle", "saal", "säle", "zentrum", "center", "centre", "messe", "ministerium",
    "hotel", "museum", "schloss", "kirche", "dom", "münster", "universität", "hochschule",
    "campus", "park", "platz", "gelände", "arena", "stadion", "theater", "oper",
    "bibliothek", "bücherei", "kammer", "akademie", "institut", "klinikum", "klinik", "krankenhaus",
    "schule", "gebäude", "aula", "foyer", "atrium", "turm", "burg", "kloster", "garten",
    "atelier", "ateliers",
    "rathaus", "landratsamt", "amt", "kaserne", "hafen", "bahnhof", "werk", "fabrik",
    "zeche", "kunsthalle", "galerie", "forum", "kongresszentrum", "stadthalle", "festhalle",
    "gemeindehaus", "bürgerhaus", "pfarrheim", "kulturzentrum", "jugendhaus", "hof",
    "mühle", "scheune", "bad", "villa", "palais", "pavillon", "residenz", "kapelle",
    "sporthalle", "turnhalle", "stube", "keller", "lokal", "gasthaus", "restaurant",
    "casino", "kasino", "markthalle", "landtag", "bundestag", "rathausplatz", "marktplatz",
    "parkplatz", "straße", "strasse", "allee", "weg", "ufer", "hörsaal", "seminarraum",
    "raum", "räume", "räumen", "räumlichkeiten", "büro", "geschäftsstelle", "zentrale",
    "bezirksstelle", "ortsstelle", "dienststelle", "außenstelle",  # (an office's branch)
    "sitz", "labor", "kino", "club", "studio", "loft", "speicher", "lager", "station",
    "agentur", "verwaltung", "kreishaus", "stadtverwaltung", "feuerwehrhaus", "basilika",
    "kathedrale", "synagoge", "moschee",
    # a club's or a village's home ("-heim" alone ends towns' names: "Mannheim")
    "vereinsheim", "sportheim", "clubheim", "jugendheim", "schützenheim", "gemeindeheim",
    "feuerwehrheim", "dorfgemeinschaftshaus",
    # a shore's walk ("Strandpromenade Laboe", "Rheinpromenade")
    "promenade",
)  # fmt: skip

# Participles that make the preceding "von/durch X" an organiser ("die vom X veranstaltete").
ORGANISER_PARTICIPLES: tuple[str, ...] = (
    "veranstaltete", "veranstalteten", "veranstalteter", "veranstaltetes", "organisierte",
    "organisierten", "organisierter", "organisiertes", "ausgerichtete", "ausgerichteten",
    "ausgerichteter", "ausgerichtetes", "durchgeführte", "durchgeführten", "veranstaltet",
    "organisiert", "ausgerichtet",
    "durchgeführt",
)  # fmt: skip

# Purposes that are part of an organisation's name after "zur"/"zum":
# "Gesellschaft zur Förderung des Radsports", "Verein zum Schutz der Bergwelt".
ORGANISATION_PURPOSES: tuple[str, ...] = (
    "Förderung", "Unterstützung", "Erhaltung", "Pflege", "Schutz", "Rettung", "Bekämpfung",
    "Verbreitung", "Hilfe", "Wahrung", "Entwicklung", "Erforschung", "Verbesserung",
    "Integration", "Beratung", "Bewahrung", "Stärkung",
)

# Gazetteer names that are also ordinary words ("Zug um Zug", "die Lage", "Norden", "Waren
# die Gäste …"): a city only where a cue says so ("in Zug", "26506 Norden"), not inside a
# title, venue or institution's name or as a dateline.
AMBIGUOUS_PLACE_WORDS: frozenset[str] = frozenset({
    "Mitte", "Nord", "Süd", "Ost", "West", "Zentrum", "Altstadt", "Neustadt", "Innenstadt",
    "Halle", "Hof", "Weil", "Garten", "Park", "Gartenstadt", "Neubau", "Landstraße",
    "Favoriten", "Zug", "Lage", "Norden", "Wetter", "Werder", "Löhne", "Horn", "Waren",
    "Kamen", "Leer", "Langen", "Enger", "Senden", "Much", "Buchen", "Brake", "Lauf", "Burg",
})  # fmt: skip
# Towns whose names name a building too: after a town's adjective the building ("Das Ulmer
# Münster", "im Freiburger Münster"), not the town.
BUILDING_TOWN_NAMES: frozenset[str] = frozenset({"Münster", "Dom", "Kloster"})
# How the names of churches and parish houses end, after which "St. …" is the patron saint,
# not the town: "Pfarrheim St. Augustin" (not Sankt Augustin), "Kirche St. Ingbert"
PATRON_HOUSE_ENDINGS: tuple[str, ...] = (
    "kirche", "kapelle", "pfarrei", "pfarre", "pfarrheim", "pfarrsaal", "pfarrzentrum",
    "pfarrhaus", "gemeindehaus", "gemeindezentrum", "gemeindesaal", "kloster", "stift",
    "münster", "dom", "basilika", "krankenhaus", "hospital", "kindergarten", "kita",
)  # fmt: skip

# Names GeoNames gives a city that in German text are words, people's names or another
# town misspelt ("Dabei" for Dubai, "Gerne" for Herne, "Kita" for Quito, "Male" for the
# capital of the Maldives, "Hamilton" for Bermuda's): tools/gazetteer.py leaves them out.
# It also leaves out every alternate name of three letters or fewer ("Sam" for Damascus,
# "Ben" for Bern) but those in SHORT_CITY_NAMES, which German uses.
NOT_CITY_NAMES: frozenset[str] = frozenset({
    "Dabei", "Gerne", "Landen", "Dual", "Bono", "Rede", "Gingen", "Wean", "Hang", "Hamas",
    "Kita", "Kitas", "Kanton", "Dame", "Boku", "Mila", "Monte", "Male", "Valley", "Wirtshaus",
    "Hamilton", "Douglas", "Stanley", "Salem", "Ariel", "Viktoria", "Calpe",
    # parts of Klagenfurt and Graz named after a saint: in text, a church ("St. Martin")
    "Sankt Martin", "Sankt Peter", "Sankt Leonhard",
    # parts of cities whose names are any city's part or a word: "Familienzentrum
    # Nordstadt" (of Hildesheim, not Hannover's), "Bürgerhaus Kalk" (of Köln)
    "Nordstadt", "Südstadt", "Mitte", "Kalk",
})  # fmt: skip
SHORT_CITY_NAMES: frozenset[str] = frozenset({"Rom", "Rio"})

# Kinds of event that alone name none in running text ("auf Kurs", "der Markt", see
# NOT_EVENT_NOUNS) but do as a line's label before its title: "Kurs: Brot backen im Holzofen"
LABEL_KINDS: tuple[str, ...] = (
    "Kurs", "Markt", "Lauf", "Reise", "Fahrt", "Tour", "Runde", "Spiel", "Show", "Camp",
    "Werkstatt", "Gespräch",
)  # fmt: skip

# The parts an event is held in, numbered on a line each: "Teil 1 – Theorie: …", "2. Runde: …"
PART_WORDS: tuple[str, ...] = ("Teil", "Modul", "Block", "Runde", "Etappe", "Durchgang")

# Verbs a town hosts an event by, the town right after them: "Am Sonntag lädt Hallau zum
# Trottenfest", "Ab morgen feiert Stein am Rhein sein Altstadtfest"
HOST_VERBS: tuple[str, ...] = (
    "lädt", "laden", "lud", "luden", "feiert", "feiern", "feierte", "feierten", "begeht",
    "beging",
)  # fmt: skip

# Words before a city's name that name the city itself: "die Stadt Speyer", "in der
# marokkanischen Hauptstadt Rabat" (a city, not a venue in it).
TOWN_WORDS: tuple[str, ...] = (
    "Stadt", "Landeshauptstadt", "Hauptstadt", "Bundeshauptstadt", "Hansestadt",
    "Universitätsstadt", "Kreisstadt", "Gemeinde", "Marktgemeinde", "Metropole",
)  # fmt: skip

# City adjectives that are not the city's name and "-er" ("Leipziger", "Wiener" and
# "Münchener" are; so is a town on "-ingen" with "-inger": "Göttinger", "Tübinger").
CITY_ADJECTIVES: dict[str, str] = {
    "Münchner": "München", "Dresdner": "Dresden", "Bremer": "Bremen", "Zürcher": "Zürich",
    "Hannoveraner": "Hannover", "Römer": "Rom",
    "Erlanger": "Erlangen", "Emder": "Emden", "Hallenser": "Halle",
}  # fmt: skip
# What a venue named after a city often is elsewhere: "Berliner Platz", "Hamburger Hof",
# "Wiener Café" stand in many towns; "Kölner Philharmonie" stands in Köln.
NAMESAKE_PLACES: frozenset[str] = frozenset({
    "Straße", "Strasse", "Str.", "Platz", "Allee", "Ring", "Tor", "Weg", "Damm", "Chaussee",
    "Brücke", "Hof", "Café", "Cafe", "Wald", "Berg", "Stube", "Stuben", "Eck", "Ecke",
    "Haus", "Hütte", "Markt", "Garten", "Bahnhof",
})  # fmt: skip

# Praise that opens a report's headline ("Erfolgreicher Tag der Logistik"), stems only.
PRAISE_WORDS: tuple[str, ...] = (
    "Erfolgreich", "Gelungen", "Spannend", "Intensiv", "Großartig", "Beeindruckend",
    "Informativ", "Ausverkauft", "Lebendig", "Rege", "Toll", "Glanzvoll", "Stimmungsvoll",
    "Rundum gelungen", "Voll",
)

# Words a dot shortens without ending a sentence: "Dr.", "z.B.", "feat."
ABBREVIATIONS: tuple[str, ...] = (
    "Dr", "Prof", "Nr", "ca", "bzw", "z.B", "u.a", "d.h", "St", "Str", "Tel", "Fax", "Hr",
    "Fr", "Mo", "Di", "Mi", "Do", "Sa", "So", "Jan", "Feb", "Febr", "Apr", "Aug", "Sep",
    "Sept", "Okt", "Nov", "Dez", "Dipl", "Ing", "Mag", "inkl", "zzgl", "evtl", "ggf", "vgl",
    "usw", "etc", "Abs", "Art", "Kap", "geb", "Jh", "Mio", "Mrd", "rd", "max", "min", "bspw",
    "insb", "Verf", "Hrsg", "sog", "u", "v", "z", "feat",
)  # fmt: skip

# What a table's header calls the column of an event's title, and of its place
TABLE_TITLE_HEADERS: tuple[str, ...] = (
    "Kurs", "Titel", "Veranstaltung", "Was", "Thema", "Programm", "Angebot", "Vortrag",
    "Stück", "Begegnung", "Vorstellung", "Spiel", "Inhalt", "Gremium", "Film", "Bezeichnung",
)  # fmt: skip
TABLE_PLACE_HEADERS: tuple[str, ...] = (
    "Ort", "Wo", "Veranstaltungsort", "Treffpunkt", "Spielstätte", "Raum", "Sitzungsort",
    "Tagungsort", "Spielort", "Kursort", "Adresse", "Halle", "Sportstätte", "Austragungsort",
    "Location", "Lokal",
)  # fmt: skip
# A table's headers of a column of people, no place: "Datum | Thema | Referent/in"
TABLE_PERSON_HEADERS: tuple[str, ...] = (
    "Referent", "Referentin", "Referent/in", "Referent:in", "Referentinnen", "Referenten",
    "Referent/-in", "Dozent", "Dozentin", "Dozent/in", "Leitung", "Kursleitung", "Moderation",
    "Sprecher", "Sprecherin", "Gast", "Gäste", "Mit", "Wer", "Künstler", "Interpret",
)  # fmt: skip

# Cells that mark a table's row, no title nor place: "PREMIERE", "ENTFÄLLT", "ausverkauft"
# A row's mark that names which show of a work it is: "Fr 2.10.   19.30   Premiere, …"
SHOW_MARKS: tuple[str, ...] = (
    "Premiere", "Dernière", "Derniere", "Wiederaufnahme", "Ersatzvorstellung",
    "Zusatzvorstellung",
)  # fmt: skip
ROW_MARKS: tuple[str, ...] = (
    "Premiere", "entfällt", "abgesagt", "ausverkauft", "Restkarten", "verschoben",
    "Wiederaufnahme", "zum letzten Mal", "Dernière",
)  # fmt: skip

# Verbs that report what someone said: "…“, sagte Gingrich am Dienstag (27. März)" dates
# the saying, no event
SPEECH_VERBS: tuple[str, ...] = (
    "sagte", "sagten", "erklärte", "erklärten", "betonte", "betonten", "meinte", "meinten",
    "teilte", "teilten", "kündigte", "kündigten",
)  # fmt: skip
# The same at a clause's end, where its date is the day of saying: "…, wie sie am heutigen
# Freitag ankündigten", "…, wie der Verein am Montag mitteilte".
SPEECH_VERBS_LAST: tuple[str, ...] = (
    "sagte", "sagten", "erklärte", "erklärten", "betonte", "betonten", "mitteilte",
    "mitteilten", "ankündigte", "ankündigten", "bekanntgab", "bekanntgaben", "berichtete",
    "berichteten", "bestätigte", "bestätigten",
)  # fmt: skip

# Event nouns of several words in another case than the nominative, and their nominative
NOMINATIVE_FORMS: dict[str, str] = {
    "Parlamentarischen Abend": "Parlamentarischer Abend",
    "Geselligen Abend": "Geselliger Abend",
    "Bunten Abend": "Bunter Abend",
    "Politischen Aschermittwoch": "Politischer Aschermittwoch",
}

# Headings over a programme or a box of facts that name no event of it: "Ablauf" /
# "Donnerstag, 21. Jänner", "Auf einen Blick" / "Wann:" / "2./3. Juni 2025"
BOX_HEADINGS: frozenset[str] = frozenset({
    "ablauf", "programm", "programmablauf", "tagesablauf", "tagesordnung", "zeitplan",
    "agenda", "programmübersicht", "übersicht", "das programm", "unser programm",
    "auf einen blick", "das wichtigste in kürze", "in kürze", "eckdaten", "kurzinfo", "info",
    "infos", "informationen", "fakten", "steckbrief", "wann und wo", "praktische hinweise",
    "besucherinformation", "besucherinformationen", "besucherinfo", "besucherservice",
    "service", "allgemeine informationen", "organisatorisches", "termin und ort",
})  # fmt: skip

# Words of a head line that names a programme and its year: "STEYRER ORGELSOMMER 2026",
# "Spielplan 2026" (not "Jahresbericht 2024")
PROGRAMME_WORDS: tuple[str, ...] = (
    "programm", "spielplan", "termine", "veranstaltung", "kalender", "sommer", "winter",
    "herbst", "frühling", "saison", "festival", "festwoche", "konzert", "reihe", "woche",
    "gottesdienst", "advent", "weihnacht",
)  # fmt: skip

# Plurals of a kind of event that its singular does not end ("Vorträge" is no
# "Vortrag" + ending), read where a text speaks of all its events of a kind: "Alle
# Vorträge finden im Hörsaal statt" (the kind of each talk the programme lists)
SERIES_PLURALS: dict[str, str] = {
    "Vorträge": "Vortrag", "Lehrgänge": "Lehrgang", "Rundgänge": "Rundgang",
    "Ausflüge": "Ausflug", "Umzüge": "Umzug", "Märkte": "Markt", "Empfänge": "Empfang",
    "Vorstellungen": "Vorstellung", "Filme": "Film", "Abende": "Abend",
}  # fmt: skip
