"""Turn one document's date mentions into the events it reports, with all it says of each.

A date becomes an event when its sentence ties it to one: an event noun ("Tagung",
"Clusterwoche") or an event verb ("fand statt", "trafen sich"). Deadlines, datelines and
historical dates are left out. Each event gets its title (the event's name as the text
gives it), venue and city, organisers and contacts.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace

from .dates import DAY_NOTE, find_times, next_day, parse_time, scan_dates
from .identity import organiser_key
from .layout import (
    DATES_WORD,
    FEE,
    FOR_ALL,
    HALL_CELL,
    MIDDLE_DOT,
    STATUS_AFTER_DASH,
    STATUS_TAIL,
    TIMED_CELL,
    WEEKDAY_ADVERBS,
    ContactBlock,
    address_near,
    aligned_row,
    block_around,
    block_head,
    block_title,
    contact_blocks,
    daily_hours,
    entry_rest,
    entry_title,
    first_item,
    has_timed_line,
    heading_above,
    hours_above,
    introduces,
    is_labelled,
    is_rule,
    is_stamp,
    item_text,
    label_above,
    label_place,
    labelled_place,
    lead_hours,
    line_above,
    line_around,
    list_head_above,
    list_hours,
    more_dates_label,
    nominal,
    only_dates,
    opens_line,
    place_columns,
    place_labels,
    row_time,
    row_title,
    section,
    section_heading_above,
    shared_city,
    shared_times,
    shared_venues,
    stage_cells,
    stage_heading,
    strip_quotes,
    table_row,
    table_title_above,
    time_header,
    timed_item,
    title_below,
    title_beside,
    unbulleted,
    unticked,
    venues_next_sentence,
    weekday_hours,
    weekday_of,
    with_block_times,
)
from .lazy import cached_property
from .model import (
    Contact,
    DateMention,
    Day,
    Document,
    Event,
    Organiser,
    Repeat,
    Role,
    Source,
)
from .nouns import event_base, event_suffix, is_event_noun
from .people import (
    SPEAKER,
    SPEAKER_FROM,
    SPEAKER_LEAD,
    contact_block,
    find_organisers,
    inline_contacts,
    is_back_reference,
    issuer,
    organiser_cues,
    resolve_organiser,
)
from .places import (
    CLOCK_TIME,
    TOWN_LINK,
    City,
    city_in_name,
    city_of_adjective,
    dateline_cities,
    document_city,
    ends_with_town,
    find_cities,
    find_venues,
    fuller_name,
    is_address_part,
    is_online,
    is_venue,
    lookup_city,
    opened_venue,
    opens_with_venue,
    place_headings,
    place_line,
    postcode_town,
    quoted_spans,
    without_ensembles,
    without_peaks,
)
from .relative import relative_days, week_days
from .sentences import Sentences
from .titles import (
    TitleFinder,
    address_of_firm,
    bare_kind,
    leading_phrase,
    title_before,
    unnumbered,
    unquoted,
    without_venue,
)
from .vocabulary import (
    ABBREVIATIONS,
    ARRIVAL_WORDS,
    BOX_HEADINGS,
    BULLETS,
    CANCEL_CUES,
    CLUB_ABBREVIATIONS,
    CONDITIONAL_WORDS,
    COUNCIL_ENDINGS,
    DATED_NON_EVENT_WORDS,
    DATED_NON_EVENTS,
    DAY_TERM_WORDS,
    DEADLINE_PREFIXES,
    DEADLINE_TITLE_ENDS,
    DEADLINE_TITLE_WORDS,
    DOORS_WORDS,
    END_CUES,
    END_WORDS,
    EVENT_VERBS,
    FEAST_ENDINGS,
    HOURS_TITLES,
    MEETING_WORDS,
    MONTHS,
    NEWSLETTER_ITEM_WORDS,
    NO_EVENT_TITLES,
    NOMINATIVE_FORMS,
    NON_EVENT_CUES,
    PART_WORDS,
    PERIOD_LABELS,
    PERSONAL_DAY_CUES,
    POSTPONE_CUES,
    RUN_CUES,
    SERIES_PLURALS,
    SESSION_WORDS,
    SHOW_MARKS,
    SPEECH_VERBS,
    SPEECH_VERBS_LAST,
    SUPERSEDED_CUES,
    TO_BE_TOLD_CUES,
    TO_FOLLOW_VERBS,
    VAGUE_EVENT_NOUNS,
    WEDDING_DAYS,
    WEEKDAYS,
    WHOLE_WORD_CUES,
)
from .years import Years, clear_tense, document_date, document_period, is_byline, letter_lead

_WORD = re.compile(r"[A-Za-zÄÖÜäöüß][\w-]*")
_EVENT_VERBS = frozenset(EVENT_VERBS)
# (each cue before the test that it starts a word, so the regex engine skips ahead to the
# cues' first letters instead of trying every position of a sentence)
_NON_EVENT = re.compile(
    "|".join(rf"{re.escape(cue)}(?<!\w{re.escape(cue)})" + (r"(?![\w-])" if cue in WHOLE_WORD_CUES
                                                           else "") for cue in NON_EVENT_CUES))
# (a whole word is no compound's first part either: "Stand-up-Comedy" is no "Stand: …")
_DEADLINE_BEFORE = re.compile(  # (an event's last day starts no event either)
    # (whole words: "Blutspenden am" is no "enden am")
    r"(?<![\w-])(?:" + "|".join(map(re.escape, sorted((*DEADLINE_PREFIXES, *END_CUES), key=len,
                                            reverse=True)))
    + r")[ \t]*(?:dem|den|der)?[ \t]*(?:[A-Z][a-z]+\.?,?[ \t]*)?$"
)
# a noun whose day a date is, and no event's: "Landtagswahl", "Onlineausgabe", "Wahl"
_OTHER_DAY = (r"(?<![\w-])(?:[\w-]*(?i:" + "|".join(map(re.escape, DATED_NON_EVENTS)) + ")|"
              + "|".join(DATED_NON_EVENT_WORDS) + r")(?![\w-])")
# "Landtagswahl am …", "Präsidentenwahl vom …", "Onlineausgabe vom …", "eine Meldung des
# Staatsfernsehens vom …"
_OTHER_DAY_BEFORE = re.compile(rf"{_OTHER_DAY}(?:[ \t]+(?:des|der)[ \t]+(?:[\w-]+[ \t]+)?"
                               r"[A-ZÄÖÜ][\w-]*)?[ \t]+(?:am|vom)[ \t]+$")
_TOWN_CELL = re.compile(r"(?P<town>[A-ZÄÖÜ][\w.-]*(?:[ \t][A-ZÄÖÜ][\w.-]*)?)[ \t]{3,}(?=\S)")
# a programme's line opening with a weekday and a time, no date: "Fr., 15.00 Uhr   Offizielle
# Eröffnung …", "So. 9.30 Uhr: Kirmesgottesdienst"
_WEEKDAY_LINE = re.compile(
    r"^[ \t]*(?P<weekday>" + "|".join(sorted(WEEKDAYS, key=len, reverse=True)) + r")\.?,?[ \t]+"
    r"(?:ab[ \t]+)?(?P<t1>[0-9]{1,2}(?:[:.][0-9]{2})?)(?:[ \t]*(?:–|-|bis)[ \t]*"
    r"(?P<t2>[0-9]{1,2}(?:[:.][0-9]{2})?))?[ \t]*Uhr[ \t]*[:–-]?[ \t]+(?P<said>[A-ZÄÖÜ„][^\n]*)",
    re.MULTILINE)
_WEEKDAY_LINE_HINT = re.compile(r"\n[ \t]*(?:Mo|Di|Mi|Do|Fr|Sa|So)[a-z]*\.?,?[ \t]+[0-9]")
# a person and the age they turn: "Frieda Ammann, 95 Jahre", "Heinrich Meyer (90)" (not a
# hall's number: "Konzert Saal 12")
_PERSON_AGE = re.compile(r"[A-ZÄÖÜ][\w.-]+(?:[ \t]+[A-ZÄÖÜ][\w'’-]+){1,3}(?:,?[ \t]+\([0-9]{2,3}\)"
                         r"|,?[ \t]+[0-9]{2,3}[ \t]*Jahre)")
_HOURS_TITLE = re.compile(r"(?:" + "|".join(HOURS_TITLES) + r")\b")
_HOURS_WORD = re.compile(r"(?:" + "|".join(t.removesuffix("en") for t in HOURS_TITLES) + ")")
# a heading line alone between blank lines: a section of its own ("Kreativität")
_SECTION_HEADING = re.compile(r"\n\n[A-ZÄÖÜ][^\n.:!?]{2,60}\n\n")
_FEE = re.compile(FEE + r"|\b(?:Eintritt|Gebühr)\b")
_TICKET_NOTE = re.compile(r"(?:Karten)?[Vv]orverkauf[ \t]+(?:empfohlen|ratsam)")
_FEE_FIRST = re.compile(r"(?:(?:Eintritt|Gebühr|Kosten|Preis|Karten|Tickets)\b[ \t:]{0,3}(?:"
                        + FEE + r"|frei\b)|(?i:freier|kostenloser)[ \t]+Eintritt\b)")
# a span of time's label right before its dates: "Vorlesungszeit: 13.10.2025 bis …"
_PERIOD_LABEL_BEFORE = re.compile(r"(?<![\w-])(?:" + "|".join(PERIOD_LABELS) + r")[ \t]*:[ \t]*$")
# a person's day: a birthday, a birth, a death
# a day in a parenthesis ("(geboren am 3. Mai 1950)", "(gest. 14.2.2026)"), not a year alone
_DAY_IN_ASIDE = re.compile(r"[0-9]{1,2}\.[ \t]?(?:[0-9]|[A-ZÄÖÜ])")
_PERSONAL_DAY = re.compile(r"\b(?:" + "|".join(PERSONAL_DAY_CUES) + r")\b")
# (a wedding's day is a couple's, its feast too: "Das Fest der Goldenen Hochzeit feiern …")
_WEDDING_DAY = re.compile(r"\b(?:" + "|".join(WEDDING_DAYS) + r")\b")
# a date the event ends on, said after it: "am 12. Juli endet das Fest"
_ENDS_AFTER = re.compile(r"[ \t,]+(?:endet|enden|endete|endeten)[ \t]+(?:das|die|der)[ \t]+"
                         r"(?P<noun>[A-ZÄÖÜ][\w-]*)")
# "(der) am 10. Mai stattfindenden Wahl"
_OTHER_DAY_AFTER = re.compile(rf"[ \t]+(?:[a-zäöü]+(?:e|en|er)[ \t]+)?{_OTHER_DAY}")


def _cases(words: tuple[str, ...]) -> list[str]:
    """Words as written in running text, opening a line and in capitals ('– VERSCHOBEN')."""
    return sorted({form for w in words for form in (w, w[0].upper() + w[1:], w.upper())},
                  key=len, reverse=True)


_CANCEL_FORMS = "|".join(map(re.escape, _cases(CANCEL_CUES)))
_STATUS_FORMS = "|".join(map(re.escape, _cases((*CANCEL_CUES, *POSTPONE_CUES))))
# how something turns out ("fällt gut aus"), no calling off
_TURNS_OUT = ("gut", "besser", "schlecht", "positiv", "negativ", "knapp", "deutlich", "hoch",
              "höher", "niedrig", "geringer", "anders", "mager", "ähnlich", "kleiner", "größer")
_CANCELLED = re.compile(rf"\b(?:{_CANCEL_FORMS}"
                        # ("fällt wegen Erkrankung des Referenten aus", "fällt in diesem Jahr
                        # aus"; not "fällt gut aus")
                        r"|fällt[ \t]+(?:wegen|krankheitsbedingt|leider|ersatzlos|kurzfristig"
                        r"|heuer|diesmal|dieses[ \t]+Jahr|in[ \t]+diesem[ \t]+Jahr)"
                        r"[^.!?]{0,60}?[ \t]aus\b"
                        # (its subject between: "fällt das für morgen ab 11 Uhr geplante
                        # Drachenfest … aus"; not how it turns out: "fällt das Ergebnis gut
                        # aus")
                        r"|fällt[ \t]+(?:das|der|die|unser|unsere|unseres)[ \t](?:[^.!?\"„“]"
                        r"|(?<=[0-9])\.){0,120}?" + "".join(f"(?<!{w})" for w in _TURNS_OUT)
                        + r"[ \t]aus\b"
                        # ("muss in diesem Jahr leider ausfallen")
                        r"|(?:muss|müssen)[ \t\n][^.!?]{0,40}?[ \t\n]ausfallen\b"
                        # a split verb: "Die Zunft sagt ihr für morgen geplantes Funkenfeuer ab."
                        r"|\b(?:sagt|sagen|sagte|sagten)[ \t\n](?:[^.!?\"„“]|(?<=[0-9])\.){0,120}?"
                        r"[ \t\n]ab(?=[.!?;])"
                        # what would have been: "Der Umzug hätte am … beginnen sollen"
                        r"|hätten?[ \t](?:[^.!?]|(?<=[0-9])\.){0,80}?[ \t]"
                        r"(?:sollen|stattfinden|beginnen)[ \t]*"
                        r"(?:sollen)?[.!?,;]?$)")
_POSTPONED = re.compile(r"\b(?:" + "|".join(map(re.escape, _cases(POSTPONE_CUES))) + r")")
# a move to another place, not day: "findet statt, wird aber in die Stadthalle … verlegt"
_VENUE_MOVE = re.compile(r"\b(?:in[ \t]+(?:die|den|das)|ins)[ \t][^.;:!?]{0,80}?[ \t]verlegt\b")


# a relative clause: ", bei dem rund 40 Gruppen …", ", die …"
_RELATIVE_CLAUSE = re.compile(r",[ \t]+(?:(?:bei|in|an|auf|mit|zu|nach|vor|für)[ \t]+)?"
                              r"(?:dem|der|denen|den|die|das|welche[rsmn]?)[ \t]")
# a notice's place before its date ("Lahnau, "), whether or not the gazetteer knows it
# (its name of several words too: "Freiburg im Breisgau, ")
# who signs a notice after its place and date: "– Der Vorsitzende der Gemeindevertretung"
_SIGNATURE = re.compile(
    r"[ \t]*[–—-]?[ \t]*(?:gez\.|(?:Der|Die)[ \t]+(?:[A-ZÄÖÜ][\w-]*[ \t]+)?(?:Vorsitzende|"
    r"Bürgermeister|Oberbürgermeister|Ortsvorsteher|Präsident|Landrat|Landrätin|Vorstand|"
    r"Gemeindevorstand|Magistrat|Geschäftsführer|Schriftführer|Pfarrer|Pfarrerin)(?:in|r)?\b)")
# a list's item: "1. Fragestunde für Einwohner", "- Kaffee", "• Vortrag"
_LIST_ITEM = re.compile(r"[ \t]*(?:[0-9]{1,2}[.)]|[-–•*►])[ \t]")
# a house closed on a day, no event held: "Die Geschäftsstelle ist am Fronleichnamstag, 4. Juni
# 2026, geschlossen", "Das Museum bleibt über die Feiertage geschlossen"
_CAPITALISED = re.compile(r"[A-ZÄÖÜ][\w-]+")
_CLOSED = re.compile(r"\b(?:ist|sind|bleibt|bleiben)\b(?:[^.!?;:]|(?<=[0-9])\.){0,100}?"
                     r"[ \t]geschlossen\b")


def _closed(sentence: str) -> bool:
    """Whether a sentence says a house is closed (on its date), not open on others
    ("… ist vom 1. bis 30. Mai geöffnet, montags geschlossen": a run's hours); what is
    closed is a house ("Geschäftsstelle", "Rathaus"), not a list ("Die Anmeldung ist
    geschlossen", of the seminar the sentence dates)."""
    if "geschlossen" not in sentence or "geöffnet" in sentence:
        return False
    m = _CLOSED.search(sentence)
    return m is not None and any(is_venue(word) for word in _CAPITALISED.findall(
        sentence, max(0, m.start() - 60), m.end()))


def _put_off(sentence: str) -> bool:
    """Whether a sentence puts something off to another day ('verschoben', 'auf … verlegt'),
    not only to another place."""
    return _POSTPONED.search(sentence) is not None and not (
        "verlegt" in sentence and _VENUE_MOVE.search(sentence) and "verschoben" not in sentence)
# marks a heading stands between: "*** KINDERKLEIDERBASAR ***", "== Sommerfest =="
# rows of marks around a title ("*** Sommerfest ***"), or a symbol set before and after it
# ("★ HOFFLOHMARKT IN DER GÖPPINGER NORDSTADT ★")
_NUMBERED_ITEM = re.compile(r"(?:[0-9]{1,2}|[a-z])\)[ \t]+(?P<title>[^\s0-9][^\n]{2,120})$")
_HOLIDAYS_BEFORE = re.compile(r"[a-zäöü]erien[ \t]*\([ \t]*(?:vom[ \t]+)?$")
_WEEK_OF_BEFORE = re.compile(r"(?<![\w-])[Ii]n[ \t]+der[ \t]+Woche[ \t]+(?:ab|vom|nach)[ \t]+"
                             r"(?:dem[ \t]+)?$")
_DECORATION = re.compile(r"^(?:[*=#~+][ \t]*){2,}|(?:[ \t]*[*=#~+]){2,}$"
                         r"|^[★☆✦✧✪✩♦◆●•►▶✿❖~][ \t]*|[ \t]*[★☆✦✧✪✩♦◆●◀✿❖~]$"
                         r"|^(?:[0-9]{1,2}|[a-z])\)[ \t]+")  # (a list's number: "1) „Innsbruck …")
# a status a title ends in: "Serenade im Schlossgarten – ABGESAGT" (the event's status says it)
# a cancellation opening a title: "ENTFÄLLT: KANU-SCHNUPPERKURS AUF DEM AMMERSEE"
# (or a web page's badge before it: "Abgesagt Unternehmerfrühstück Kreis Gütersloh")
_STATUS_HEAD = re.compile(rf"(?:{_CANCEL_FORMS})[ \t]*:[ \t]*|(?:Abgesagt|ABGESAGT|Entfällt|"
                          r"ENTFÄLLT|Ausgefallen|AUSGEFALLEN)[ \t]+(?=[A-ZÄÖÜ„\"])")
# what a title may open with that is no part of its name: "Einladung: 10. Netzwerktreffen"
# (or a newsletter's kind of item, with or without its colon: "Rückblick Grünkohlessen")
_ANNOUNCING_HEAD = re.compile(
    "(?:" + "|".join(map(re.escape, _cases(("Einladung", "Save the date")))) + r")[ \t]*:[ \t]*"
    "|(?:" + "|".join(map(re.escape, _cases(NEWSLETTER_ITEM_WORDS))) + r")"
    r"(?:[ \t]*:[ \t]*|[ \t]+(?=[A-ZÄÖÜ„]))")
# what a programme line may say after its date instead of a title: its status
# ("Mittwoch, 18. März, 19 Uhr – VERSCHOBEN"), the title standing on the line below
_STATUS_ONLY = re.compile(  # (or in parentheses: "(VERSCHOBEN – ursprünglich 31. Jänner)")
    rf"(?P<open>\()?(?:{_STATUS_FORMS})(?(open)[^()\n]*\)|"
    # (with its reason: "entfällt mangels Beratungsgegenständen")
    r"(?:[ \t]+(?:mangels|wegen|aufgrund|krankheitsbedingt|leider|ersatzlos)\b[^\n]{0,80})?"
    r"(?:[ \t]*\([^()\n]{1,60}\))?"  # (or in brackets: "entfällt (Christi Himmelfahrt)")
    r"[ \t!.]*)")
_CONDITIONAL = re.compile(r"\b(?:" + "|".join(map(re.escape, CONDITIONAL_WORDS)) + r")\b")
_NEW_DATE_BEFORE = re.compile(  # (a feast's day may stand before it: "auf Fasnetdienstag,
    # 17. Februar, verschoben")
    r"\b(?:auf|[Nn]euer[ \t]+Termin(?:[ \t]+ist)?:?)[ \t]*(?:den|dem|am)?[ \t]*"
    r"(?:[A-ZÄÖÜ][\w-]*(?:tag|mittwoch|abend),?[ \t]+)?$")
_PARENTHESES = re.compile(r"\([^()]*\)")
_WAS_PLANNED = re.compile(r"(?:stattfinden|beginnen|starten)[ \t]+sollten?\b")
# a sentence calling off what the one before said: "Nun wird auch daraus nichts.", "Doch auch
# dieser Termin ist nicht zu halten."
_THAT_OFF = re.compile(
    r"(?:(?:Nun|Jetzt|Doch|Aber)[ \t]+)?(?:wird[ \t]+(?:(?:nun|jetzt|aber|auch)[ \t]+){0,2}"
    r"daraus[ \t]+nichts|(?:auch[ \t]+)?daraus[ \t]+wird[ \t]+nichts|(?:auch[ \t]+)?dieser"
    r"[ \t]+Termin[ \t]+(?:ist[ \t]+nicht[ \t]+zu[ \t]+halten|fällt[ \t]+(?:ins[ \t]+Wasser|aus)"
    r"|platzt))", re.IGNORECASE)
_THAT_OFF_MAX = 60
# what was to have happened and did not: "Eigentlich hätte die Bevölkerung die Halle schon am
# Samstag, 21. März, mit einem Eröffnungsfest in Beschlag nehmen sollen"
_WOULD_HAVE = re.compile(r"\bhätten?\b(?:[^.;!?]|(?<=[0-9])\.){0,200}?\bsollen\b")
# the day something was said: "…“, sagte Gingrich am Dienstag (27. März)"
_SAID_BEFORE = re.compile(
    r"\b(?:" + "|".join(SPEECH_VERBS) + r")[ \t]+(?:[\w.-]+[ \t]+){0,3}am[ \t]+"
    r"(?:[A-Z][a-z]+[ \t]*\(?[ \t]*)?$")
# … or a day told against the text's date right after its speaker, in the same clause:
# "…, sagte Johanna Moser vom „Queer Beograd Kollektiv“ gestern in einem Interview"
_SAID_DAY_BEFORE = re.compile(r"\b(?:" + "|".join(sorted({*SPEECH_VERBS, *SPEECH_VERBS_LAST}))
                              + r")\b[^.!?;:,\n]{0,60}$")
# … or after it, the verb ending its clause: "…, wie der Verein am Montag mitteilte."
_SAID_AFTER = re.compile(r"[ \t\n]+(?:[\w.-]+[ \t\n]+){0,3}?(?:" + "|".join(SPEECH_VERBS_LAST)
                         + r")(?![\w-])[ \t]*[,.;]")
# a date noted as the new one after it: "14. Feber (VERSCHOBEN – ursprünglich 31. Jänner)"
_NEW_DATE_NOTED = re.compile(  # (or "(verschoben vom 14.01.2026)")
    r"[ \t,]*\((?i:verschoben|verlegt)[^()\n]{0,12}(?:ursprünglich|statt|vom|von)\b")
# "Der Vorverkauf für alle Veranstaltungen beginnt am 16. Februar": a sale's first day
# (or a registration's: "Die Online-Anmeldung startet am"; a date may stand between: "Der
# Vorverkauf für das Konzert am 4. Juni startet am 1. April")
_SALE_STARTS_BEFORE = re.compile(
    r"(?:Vorverkauf|verkauf|Anmeldung|Registrierung)(?:(?:[^.;:!?\n]|(?<=[0-9])\.){0,50}?[ \t]"
    r"(?:beginnt|startet|läuft)[ \t]+(?:am|ab)|,[ \t]+(?:der|die)[ \t]+(?:am|ab))"  # (or in its
    r"[ \t]+(?:dem[ \t]+)?(?:[A-Z][a-z]+\.?,?[ \t]*)?$")  # relative clause: "Der Vorverkauf, der
# am 2. Oktober 2026 startete, …")
_CELL_GAP = re.compile(r"\||[ \t]{4}")  # between a table's cells: a bar, or their padding
# a date's hours, ending its line: ": 14.00 – 18.00 Uhr", ", 10–15 Uhr"
_HOURS = re.compile(r"[ \t]*[:,|]?[ \t]*(?P<t1>[0-9]{1,2}(?:[.:][0-9]{2})?)[ \t]*(?:–|-|bis)"
                    r"[ \t]*(?P<t2>[0-9]{1,2}(?:[.:][0-9]{2})?)[ \t]*Uhr[ \t.]*")
_CELL_BAR = re.compile(r"[ \t]*\|[ \t]*")
# what follows a town's first word in its full name: "(Wasserburg) am Inn"
_BEGIN_WORDS = ("beginnt", "startet", "Beginn", "dauert")
# (or its hours: "Die Tagung dauert von 8.45 bis 16.30 Uhr")
_BEGINS = re.compile(r"\b(?:" + "|".join(_BEGIN_WORDS) + r")\b[^.\n]{0,40}?\b(?:um|ab|von)[ \t]+"
                     r"[0-9]")
_RUNS = re.compile(r"\b(?:" + "|".join(map(re.escape, RUN_CUES)) + r")\b")
# A sentence opening with a vague event noun that refers back: "Die Veranstaltung findet …"
# (right before its verb: "Die Versammlung der Bischöfe", "Das Treffen in Pittsburgh" are
# named enough)
_ANAPHOR = re.compile(r"(?:Die|Der|Das)[ \t]+(?P<noun>[A-ZÄÖÜ]\w+)[ \t]+(?P<verb>[a-zäöü]+)\b")
# a talk a sentence announces by its speaker and quoted title, naming no event: "Am
# Dienstag, 2. März, um 19 Uhr spricht Gärtnermeister Hans Dotterweich über „…“"
_CROWD = re.compile(  # (or who took part: "… am 17. und 18. März, diskutierten Fachleute …")
    r"(?<!\w)(?:kamen|strömten|besuchten|zählten|zählte|lockte|lockten|diskutierten"
    r"|trafen[ \t]+sich|tauschten[ \t]+sich)(?!\w)[^!?\n]{0,80}?"
    r"(?<!\w)(?:Menschen|Besucher(?:innen)?|Gäste|Zuschauer(?:innen)?|Schaulustige|Fachleute"
    r"|Teilnehmer(?:innen)?|Teilnehmende|Expert(?:inn)?en)(?!\w)")
_TALK = re.compile(r"(?<!\w)(?:spricht|sprechen|referiert|referieren|referierte|berichtet)[ \t]+"
                   r"(?:[^.!?\n„]{0,80}?[ \t])?über[ \t]+(?P<title>„[^“”\"\n]{3,120}[“”\"])"
                   # (or its topic first: "Über „Insekten im Garten“ spricht der Biologe …")
                   r"|(?<!\w)[Üü]ber[ \t]+(?P<first>„[^“”\"\n]{3,120}[“”\"])[ \t]+"
                   r"(?:spricht|sprechen|referiert|referieren|berichtet)(?!\w)")
# a reading a sentence announces by its reader and the quoted book, naming no event: "… die
# Bremer Autorin Karin Wölpe, die um 19.30 Uhr … aus ihrem neuen Roman „Tod am Allerufer“
# liest", "Am Freitag liest Anna Obexer aus „Der Sommer am Klausberg“"
_READ_VERB = r"(?:liest|lesen|las|lasen)(?!\w)"
_READING = re.compile(r"(?<!\w)" + _READ_VERB + r"(?:[^.!?\n„]|\.(?=[0-9])){0,120}?(?<!\w)aus[ \t]+"
                      r"(?:[^.!?\n„]{0,60}?[ \t])?(?P<title>„[^“”\"\n]{3,120}[“”\"])"
                      r"|(?<!\w)aus[ \t]+(?:[^.!?\n„]{0,60}?[ \t])?(?P<first>„[^“”\"\n]{3,120}"
                      r"[“”\"])[ \t]+(?:vor[ \t]+)?" + _READ_VERB)
# a council's own session at a date: "… hat der Marktgemeinderat in seiner Sitzung am …"
_OWN_SESSION_BEFORE = re.compile(r"(?<![\w-])(?:seiner|ihrer)[ \t\n]+(?:[a-zäöü]+[ \t\n]+)?"
                                 r"Sitzung[ \t\n]+(?:am|vom)[ \t\n]+$")
_COUNCIL = (r"(?P<council>(?:[A-ZÄÖÜ]\w*-[ \t]+und[ \t]+)?[A-ZÄÖÜ][\w-]*(?:"
            + "|".join(sorted(COUNCIL_ENDINGS, key=len, reverse=True)) + r"))(?![\w-])")
_COUNCIL_BEFORE = re.compile(r"(?<![\w-])(?:[Dd]er|[Dd]ie|[Dd]as)[ \t\n]+" + _COUNCIL)
_COUNCIL_MEETS_BEFORE = re.compile(r"(?<![\w-])(?:[Dd]er|[Dd]ie|[Dd]as)[ \t\n]+" + _COUNCIL
                                   + r"[ \t\n]+(?:tagt|tagen)[ \t\n]+(?:[a-zäöü]+[ \t\n]+)?"
                                   r"(?:am|vom)[ \t\n]+$")
_EDITION_YEAR = re.compile(r"[ \t](?:19|20)[0-9]{2}$")  # (an edition's name: "… Luzern 2026")
_PLANNED_SAID = re.compile(r"(?<![\w-])(?:geplant|vorgesehen|terminiert|angesetzt)(?![\w-])")
_NEXT_EDITION = re.compile(r"\b(?:[Nn]ächste|[Kk]ommende|[Nn]eue)[ \t]+Ausgabe\b")
_YEAR_IN_TITLE = re.compile(r"(?<![0-9])(?:19|20)[0-9]{2}(?![0-9])")
_ARRIVAL_LINE = re.compile(r"(?:" + "|".join((*DOORS_WORDS, *ARRIVAL_WORDS)) + r")\b")
# a programme's last line saying it ends: "13.00  Ende der Tagung", "Abschluss", "Tagungsende"
_END_LINE = re.compile(r"(?:[A-ZÄÖÜ]\w*?)?(?:" + "|".join(
    (*END_WORDS, *(w.lower() for w in END_WORDS))) + r")\b")
_AVAILABLE_BEFORE = re.compile(r"(?<![\w-])(?:liegt|liegen|hängt|hängen)[ \t]+(?:[^.;:!?\n]{0,20}"
                               r"[ \t])?ab[ \t]+$")
_PAST_READING = re.compile(r"(?<!\w)(?:las|lasen)(?!\w)")
# a house opening its doors on a day, naming no event: "Am Samstag öffnet die Feuerwehr
# Thayngen ihre Türen: Von 10 bis 16 Uhr …" (its open day)
# (one house: "öffnen die Geschäfte … ihre Türen" is a Sunday's shopping, named otherwise)
_OPEN_DOORS = re.compile(r"(?<!\w)(?:öffnet|öffnete)[ \t]+(?P<who>(?:die|der|das)"
                         r"[ \t]+[A-ZÄÖÜ][^.!?\n:;,0-9]{0,60}?)[ \t]+(?:ihre|seine|die)[ \t]+"
                         r"(?:Türen|Tore|Pforten)(?!\w)")
# a sentence inviting to an event, or announcing it: "… lädt alle Bürger zum Tag der
# offenen Tür ein", "Unser Straßenfest … steht vor der Tür!"
_INVITES = re.compile(r"(?<!\w)(?:lädt|laden|lud|luden|einladen|eingeladen|einzuladen|steht"
                      r"(?:[ \t]+wieder)?[ \t]+vor[ \t]+der[ \t]+Tür)(?!\w)")
_ON_DAY = re.compile(r"(?:am|vom)[ \t]+(?=[A-ZÄÖÜ0-9])")
# "Der zweite Abend", "Die nächste Runde": another of the events the sentences before name
# the definite article of a noun standing for one named before, not of a genitive ("vor
# Beginn der Konferenz"): after a word in lower case ("findet die Veranstaltung")
_ARTICLE_ALONE = re.compile(r"(?<![\w-])[a-zäöüß][\w-]*[ \t,]+(?:die|der|das)[ \t]+$")
_ORDINAL_ANAPHOR = re.compile(
    r"(?:Der|Die|Das)[ \t]+(?:zweite|dritte|vierte|nächste|weitere|letzte|andere)[ \t]+"
    r"(?P<noun>[A-ZÄÖÜ][a-zäöüß]+)\b")
_LEAD_IN = re.compile(r"(?<=[a-zäöüß]):[ \t]+(?=[A-ZÄÖÜ])")
_SEMICOLON = re.compile(r";[ \t]+")
_RELATIVE = re.compile(
    r",[ \t]+(?:die|der|das|den|dem|deren|dessen|welche[rsmn]?|wo)\b[^,]*(?:,|$)")
_EXCERPT_CHARS = 400
# Reports follow their events by days or weeks; a date over a year before the document's
# own date is recalled history.
_HISTORY = dt.timedelta(days=400)
_GENERATION = 25  # years before a text's latest year that are history, whatever its date
# "… bis zum 30. Juni": the end of an event that began earlier in the sentence, up to this
# many days on (an exhibition's run), unless the sentence is about signing up or tickets
_LONGEST = 120
_SEASON_LONG = 366  # (an exhibition's run)
# a sentence whose subject is the date refers to the event the sentence before names
_DATE_SUBJECT = re.compile(r"(?P<term>(?:Der[ \t]+(?:neue[ \t]+)?|Neuer[ \t]+|(?:Ein|Der)[ \t]+"
                           r"(?:weitere[rn]?|zweite[rn]?|dritte[rn]?|nächste[rn]?)[ \t]+)?"
                           r"(?:Termin|Ersatztermin|Nachholtermin|Datum|Veranstaltungstermin|"
                           r"Zeitpunkt)(?:[ \t]+(?:ist|war|wird|folgt|findet)\b|[ \t]*:))"
                           # ("Ein weiterer Termin folgt am 17.03.2026 …")
                           # a pronoun: "Die EM-Endrunde läuft in der Schweiz. Sie beginnt am …"
                           r"|(?:Sie|Er|Es|Diese|Dieser|Dieses)[ \t]+(?=[a-zäöü])")
# a part of an event on a line of its own: "Teil 1 – Theorie und Hallenbad: …", "2. Runde: …"
_PART_WORDS = "(?:" + "|".join(PART_WORDS) + ")"
_PART_LABEL = re.compile(rf"[ \t]*(?P<label>(?:{_PART_WORDS}[ \t]+[0-9]{{1,2}}|[0-9]{{1,2}}\.[ \t]+"
                         rf"{_PART_WORDS})(?:[ \t]+[–—-][ \t]+[^:\n]{{2,50}})?)[ \t]*:[ \t]+")
_PARTS_MAX = 6  # the lines of parts and their introduction over a part's line
_PART_HEAD_MAX = 80
_PARTS_HEAD = re.compile(r"[A-ZÄÖÜ„\"«][^:.!?;\n0-9]*(?:[ \t](?:19|20)[0-9]{2})?")
_ITEM_LABEL = re.compile(rf"[ \t]*[{re.escape(BULLETS)}][ \t]+(?P<label>[^:\n]{{2,40}}):[ \t]+")
_LINE_NOTE = re.compile(r"[ \t]*\([^()\n]{1,60}\)[ \t]*(?=\n|$)")
_CALENDAR_HEADING = re.compile(r"(?i)(?:kalender|termine|programm|spielplan)\b[^\n]*"
                               r"\b(?:(?:19|20)[0-9]{2}|" + "|".join(MONTHS) + r")\b")
_ITEM_NOTE = re.compile(r"(?i)eintritt|€|\b(?:euro|chf|dauer)\b|kosten(?:los)?\b|spende\b|anmeld"
                        r"|erforderlich|mitzu?bringen|können")  # ("Materialkosten", "Hutspende")
_EDITION_NUMBER = re.compile(r"(?:(?:Der|Die|Das|Zum|Zur|Beim)[ \t]+)?([0-9]{1,3})\.[ \t]+[A-ZÄÖÜ]")
# the words of a noun's phrase after its preposition: nouns, articles, prepositions,
# adjectives; not a verb ("Wegen des großen Andrangs findet das Konzert …"), an article of a
# subject ("… finden die Konzerte …") or a date ("… der Kinderklinik am 14. März …")
_PHRASE_WORDS = (r"(?:(?:[A-ZÄÖÜ][\w-]*|der|des|dem|den|einer|eines|einem|mit|von|vom|zur|zum"
                 r"|bei|beim|in|aus|(?!die[ \t]|das[ \t])[a-zäöüß]+(?:e|en|er|es|em))[ \t]+)*$")
_ARTICLE = r"(?:einer|eines|einem|der|des|dem)[ \t]+"
# the phrase of a reason, up to a noun inside it: "Wegen einer Terminüberschneidung mit der
# Vollversammlung …"
_REASON_BEFORE = re.compile(r"(?<![\w-])[Ww]egen[ \t]+" + _ARTICLE + _PHRASE_WORDS)
# the phrase of whom an event is for, up to a town inside it: "ein Benefizkonzert zugunsten
# des Fördervereins der Kinderklinik in Ravensburg"
_BENEFICIARY_BEFORE = re.compile(r"(?<![\w-])[Zz]ugunsten[ \t]+" + _ARTICLE + _PHRASE_WORDS)
_MADE_UP = re.compile(r"\bnach(?:geholt|zuholen|holen)\b")
_LINE_DATES_MAX = 4  # dates a line of dates alone may hold (not a text's every date)
_ENTRY_LEAD_MAX = 80  # characters before a date that can open a programme line ("Di., ")
_ROW_MAX = 400  # characters of a text table's row (news paragraphs are lines too)
_HOURS_LINE_MAX = 60  # characters of a line of opening hours ("Samstag, 18.10.2025: 10–15 Uhr")
_LOOK_BACK = 3  # sentences a date-subject sentence looks back for the event it dates
_UNTIL_BEFORE = re.compile(r"\b(?:bis(?:[ \t]+(?:zum|einschließlich))?|"
                           + "|".join(map(re.escape, END_CUES)) + r")[ \t]*$")
_SIGN_UP = re.compile(r"[Aa]nmeld|Frist|[Bb]ewerb|Karten|Ticket|Vorverkauf|[Ee]insend|[Ee]inreich"
                      r"|[Ee]ingebracht|[Ee]inzubringen|[Ee]inbringen|Anregungen|Stellungnahme")
# ("statt" not as the verb's particle: "… findet statt am Donnerstag, 26. März")
_SUPERSEDED_BEFORE = re.compile(
    r"\b(?:" + "|".join(
        (r"(?<!findet[ \t])(?<!finden[ \t])(?<!fand[ \t])(?<!fanden[ \t])" if cue.startswith(
            "statt") else "") + re.escape(cue)
        for cue in _cases(SUPERSEDED_CUES))  # ("Statt wie geplant vom 19. bis 21. Juni …")
    + r")[ \t]+(?:(?:für|am|auf)[ \t]+)?(?:den|dem|der)?[ \t]*$"
)
# what each superseded cue holds (either case), looked for first: the pattern of them all is
# slow to try at every position of the words before each date
_SUPERSEDED_PIECES = tuple(sorted({
    cue.split()[0][1:].lower() + (" " if " " in cue else "") for cue in SUPERSEDED_CUES}))


def _superseded(before: str) -> bool:
    """Whether the words right before a date make it a superseded one ("Statt wie geplant
    vom …", "ursprünglich für den …")."""
    lower = before.lower()
    return any(piece in lower for piece in _SUPERSEDED_PIECES) and (
        _SUPERSEDED_BEFORE.search(before) is not None)


_ONLINE = re.compile(r"(?i)webinar|web-seminar|online|livestream|virtuell|videokonferenz")
# what may be done online besides attending: signing up, booking, buying tickets
_ONLINE_SERVICE = re.compile(r"(?i)(?:anmeldung|registrierung|buchung|tickets?|karten|shop|portal"
                             r"|formular|vorverkauf)\w*")
_SECTION_PARAGRAPHS = 3  # how many paragraphs up an entry's section heading is looked for
_SECTION_HEADING_MAX = 60  # characters of a section's heading line
# A sentence that announces a future event without its date
_PLANNED = re.compile(r"\b(?:plant|planen)[ \t]+(?:[\w]+[ \t]+){0,2}(?:einen|eine|ein)\b"
                      r"|\b(?:ist|sind)[ \t]+(?:bereits[ \t]+)?(?:geplant|in[ \t]+Planung)\b")
# A sentence saying an event's day is still to be told: "Der genaue Termin wird noch bekannt
# gegeben", "Termin folgt", "Für ein weiteres Vorhaben steht noch kein Datum fest"
# (looked for after each word for a day the text holds: a pattern opening with the words
# would be tried at every position of every text)
_TOLD_AFTER = re.compile(
    r"(?:e|s)?(?![\w-])(?:(?P<gap>[^.!?]{0,120}?)(?<![\w-])(?:"
    + "|".join(c.replace(" ", r"[ \t\n]+") for c in TO_BE_TOLD_CUES)
    + r")|[ \t\n,]+(?:\w+[ \t\n]+)?(?:" + "|".join(TO_FOLLOW_VERBS) + r"))(?![\w-])")
_NOT_YET_BEFORE = re.compile(r"(?<![\w-])(?:steht|stehen|gibt[ \t\n]+es)[ \t\n]+noch[ \t\n]+"
                             r"(?:kein\w*|nicht)[ \t\n]+(?:\w+[ \t\n]+)?$")
# each word for a day without its first letter, found by one search for either case, and
# in a compound too ("Ersatztermin")
_DAY_TERMS = tuple((word[1:], word[0] + word[0].lower()) for word in DAY_TERM_WORDS)
_REASON_CLAUSE = re.compile(r",[ \t\n]+(?:da|weil|denn|sobald|wenn|nachdem|damit|solange|bevor)"
                            r"(?![\w-])")
_TOLD_BEFORE = re.compile(r"(?<![\w-])(?:wurden?|war|waren)(?![\w-])")  # "Der Termin wurde …
# bekannt gegeben": told already
# Where _PLANNED can match, found from the words of its two forms by plain searches (a
# pattern opening with alternatives would be tried at every position of every text): a
# "plan" opening "plant einen …", or "geplant" and "Planung" after "ist", "sind".
_PLANS_VERB = re.compile(r"plan(?:t|en)[ \t\n]+(?:\w+[ \t\n]+){0,2}(?:einen|eine|ein)\b")
_PLANNED_BEFORE = {
    "geplant": re.compile(r"(?<![\w-])(?:ist|sind)[ \t\n]+(?:bereits[ \t\n]+)?ge$"),
    "Planung": re.compile(r"(?<![\w-])(?:ist|sind)[ \t\n]+(?:bereits[ \t\n]+)?in[ \t\n]+$"),
}
_VAGUE_NOUNS = frozenset(n.lower() for n in VAGUE_EVENT_NOUNS)
_CELL_ADDS = re.compile(r",[ \t]*(mit[ \t][^,|]+)$")  # what a cell's event has: ", mit Taufe"
_SHOW_NOTE = re.compile(r"(?P<mark>" + "|".join(SHOW_MARKS) + r")(?:[ \t]*[,–(-][^\n]*)?")
_NOTED_WORD_MIN = 5  # (the shortest first word of a title a note names it by)
_SERIES = re.compile(r"(?i)vorlesung|reihe|serie")
_SERIES_TERM = re.compile(r"[ \t,–-]+(?:(?:im|in[ \t]+der|in[ \t]+den)[ \t]+)?(?:Wintersemester|"
                          r"Sommersemester|WiSe|SoSe|Semester|Herbst|Frühjahr|Winter|Sommer)?"
                          r"[ \t]*(?:19|20)[0-9]{2}(?:/[0-9]{2,4})?$")


@dataclass(frozen=True, slots=True)
class _Found:
    """One dated event as this document tells it, before within-document merging."""

    noun: str | None
    title: str
    mention: DateMention
    sentence: tuple[int, int]
    venue_noun: bool = False
    by_line: bool = False  # named by its own line: a programme entry keeps its title
    entry: bool = False  # a programme line: the lines under it, to the next one, describe it
    place: str | None = None  # a table row's place cell: "Stadthalle stern, Riesa"


@dataclass(frozen=True, slots=True)
class _Related:
    """The sentences that tell of one event: its own, those naming one of its ``nouns``
    (``TitleFinder.sentences_naming``), and the lines under a programme entry's date."""

    own: list[tuple[int, int]]
    nouns: frozenset[str]
    lines: list[tuple[int, int]]


def extract_events(document: Document, reference: dt.date | None = None) -> list[Event]:
    """Every event ``document`` reports; undated ones too when the headline names one."""
    return _Reader(document, reference).events()


class _Reader:
    """Reads one document; holds its sentences and title finder for the helpers below."""

    def __init__(self, document: Document, reference: dt.date | None) -> None:
        self.doc = document
        self.text = document.text
        self.sentences = Sentences(self.text)
        # the mentions as written; their years are resolved only for the dates found to be
        # events' (``self.years``): whether a date is an event's does not depend on its year
        self.mentions = scan_dates(self.text)
        self.dateline = document_date(self.text, self.mentions)
        weekdays = week_days(self.text, self.mentions)  # (a week's programme: "MONTAG")
        if weekdays:
            self.mentions = sorted(self.mentions + weekdays, key=lambda m: m.span)
        if self.dateline is not None:  # ("heute um 20 Uhr", "am Sonntag" in a dated text)
            told = relative_days(self.text, self.dateline, self.mentions)
            if told:
                self.mentions = sorted(self.mentions + told, key=lambda m: m.span)
        self.years = Years(self.text, self.mentions, reference, self.sentences)
        self._resolved: dict[str, str] = {}
        self._full_names: dict[str, City | None] = {}  # (see _fuller)
        self._read_sentences: dict[tuple[int, int], _Sentence] = {}
        # per sentence: many events can share one sentence ("am 1., 2. und 3. Mai …")
        self._sentence_organisers: dict[tuple[int, int], list[Organiser]] = {}
        self._sentence_contacts: dict[tuple[int, int], list[Contact]] = {}
        self._cues: dict[tuple[int, int], tuple[int, bool]] = {}  # (see _sentence_cues)
        self._matrix_rows: dict[int, list[_Found]] = {}  # (see _matrix_cells)
        self._excerpts: dict[tuple[int, int], str] = {}
        self._entries: list[int] = []  # where the programme lines of the events start
        self._said: dict[tuple[str, ...], bool] = {}
        self._spoken_words: dict[tuple[str, bool], str] = {}  # (see _spoken)
        # per set of event nouns: what the sentences naming them say (see _Related)
        self._naming_venues: dict[tuple[frozenset[str], tuple[int, int]], list[str]] = {}
        self._untimed_venues: dict[tuple[frozenset[str], int],
                                   list[tuple[tuple[int, int], list[str]]]] = {}
        self._naming_city: dict[frozenset[str], City | None] = {}
        self._naming_contacts: dict[frozenset[str], list[Contact]] = {}
        self._naming_organisers_of: dict[frozenset[str], list[Organiser]] = {}

    # What the whole document says is read only when it has an event to say it of: most
    # news articles have none, and these readings are most of the work.

    def _flat(self, begin: int, end: int) -> str:
        """A piece of one sentence with its line breaks (hard-wrapped text) as spaces."""
        return self.text[begin:end].replace("\n", " ")

    @cached_property
    def titles(self) -> TitleFinder:
        return TitleFinder(self.text, self.sentences)

    @cached_property
    def contact_lines(self) -> list[ContactBlock]:
        return contact_blocks(self.text)

    @cached_property
    def headline(self) -> tuple[str, str] | None:
        return self.titles.headline()

    @cached_property
    def _cue_places(self) -> tuple[list[int], list[int]]:
        """Where the organiser forms' cue words stand (``people.organiser_cues``): their
        starts, sorted, and their ends. A sentence holding none names no organiser; one
        look-up per sentence tells, instead of a search per cue word."""
        text = self.text
        places = []
        for cue in organiser_cues(text):
            pos = text.find(cue)
            while pos >= 0:
                places.append((pos, pos + len(cue)))
                pos = text.find(cue, pos + 1)
        places.sort()
        return [b for b, _ in places], [e for _, e in places]

    def _cued(self, begin: int, end: int) -> bool:
        """Whether a cue word stands whole within ``text[begin:end]``."""
        starts, ends = self._cue_places
        i = bisect.bisect_left(starts, begin)
        while i < len(starts) and starts[i] < end:
            if ends[i] <= end:
                return True
            i += 1
        return False

    @cached_property
    def city(self) -> City | None:
        return document_city(self.text, self.datelines, self.doc.frame)

    @cached_property
    def headline_city(self) -> City | None:
        """The one city the headline places its event in: 'DVGE-Kongress 2026 in Dresden'."""
        span = self.titles.event_headline_span()
        if span is None:
            return None
        headline = self.text[span[0] : span[1]]
        named = {c.name: c for _, c in find_cities(headline)}
        if not named:  # "Deidesheimer Weinkerwe", "Weinfest Nierstein 2026"
            return city_of_adjective(headline) or _city_in_title(headline, self.text)
        one = next(iter(named.values())) if len(named) == 1 else None
        return None if one is None or _goal_only(one, headline.strip()) else one

    @cached_property
    def datelines(self) -> list[tuple[int, list[City]]]:
        return dateline_cities(self.text)

    @cached_property
    def _paragraph_places(self) -> list[tuple[int, list[City], bool]]:
        """Datelines and a column's town headings, in the order of the text, each with
        whether it is a heading (which places every paragraph up to the next one; a dateline
        places its own)."""
        headings = place_headings(self.text) if "\n\n" in self.text else []
        return sorted([(p, cs, False) for p, cs in self.datelines]
                      + [(p, cs, True) for p, cs in headings], key=lambda item: item[0])

    @cached_property
    def place_labels(self) -> list[re.Match[str]]:
        return place_labels(self.text)

    @cached_property
    def shared_times(self) -> list[tuple[tuple[int, int], tuple[dt.time, dt.time | None],
                                         int | None]]:
        """'jeweils um 18 Uhr', by the sentence that says it, with its weekday if any."""
        return [(self.sentences.at(pos), (start, end), weekday)
                for pos, start, end, weekday in shared_times(self.text)]

    @cached_property
    def _kind_times(self) -> dict[str, dt.time]:
        """The hour a sentence says all events of a kind begin at, by the kind's base noun:
        "Alle Lesungen beginnen um 19.30 Uhr, Türöffnung 19 Uhr" → {"lesung": 19:30}."""
        found: dict[str, dt.time] = {}
        for word in ("Alle ", "Sämtliche "):  # (found by plain searches: most texts say none)
            pos = self.text.find(word)
            while pos >= 0:
                m = _ALL_BEGIN.match(self.text, pos)
                start = parse_time(m["t"]) if m is not None else None
                if m is not None and start is not None and is_event_noun(m["noun"]):
                    found.setdefault(event_base(m["noun"]), start)
                pos = self.text.find(word, pos + len(word))
        return found

    def _shared_time(self, sentence: tuple[int, int], mention: DateMention
                     ) -> tuple[dt.time, dt.time | None] | None:
        """The time said once for the dates of ``sentence`` ('am 13. und 20. Jänner jeweils
        um 18 Uhr'), else one said for all dates in a sentence naming none ('Alle Vorträge
        beginnen jeweils um 18.30 Uhr'); a sentence's own is no other dates' time, and a
        time said for a weekday ('Rosenkranzgebet: jeweils dienstags um 18 Uhr') is no time
        of a date on another day."""
        general = None
        for said, times, weekday in self.shared_times:
            if said == sentence:
                return times
            # (a dateline opening the sentence is no date of its)
            if general is None and (weekday is None or weekday == weekday_of(mention)) and \
                    not self._has_date(*said) and not self._under_date_line(said[0]) and (
                    not self._others_paragraph(said, mention)):
                general = times
        return general

    def _has_date(self, begin: int, end: int) -> bool:
        """Whether ``text[begin:end]`` holds a date, its dateline aside."""
        return any(begin <= m.span[0] < end for m in self.mentions if m is not self.dateline)

    def _others_paragraph(self, said: tuple[int, int], mention: DateMention) -> bool:
        """Whether a sentence stands in a paragraph of dates other than ``mention``, which
        its hours are of: "Am 26. und 27. Feber präsentieren sich … Geöffnet ist jeweils
        von 8 bis 14 Uhr" gives no hours to a talk in March."""
        begin = self.sentences.paragraph_break_before(said[0]) + 1
        end = self.sentences.paragraph_end(said[1])
        return not begin <= mention.span[0] < end and self._has_date(begin, end)

    def _under_date_line(self, pos: int) -> bool:
        """Whether the line at ``pos`` goes on a date line right above it, whose dates its
        time is of: "3 Termine: Di 22.09., 29.09. und 06.10.2026," / "jeweils 18–20 Uhr"."""
        line_start = self.text.rfind("\n", 0, pos) + 1
        if line_start == 0 or self.text[line_start:pos].strip():
            return False  # (not the line's start, or the text's first line)
        above = self.text.rfind("\n", 0, line_start - 1) + 1
        return self._has_mention(above, line_start - 1)

    @cached_property
    def shared_city(self) -> City | None:
        return shared_city(self.text, self.sentences)

    @cached_property
    def shared_venues(self) -> list[str]:
        return shared_venues(self.text, self.sentences)

    # -- which dates are events ---------------------------------------------------------

    def events(self) -> list[Event]:
        found: list[_Found] = []
        day_headings = self._day_headings()
        timed_days = self._timed_days()
        for i, written in enumerate(self.mentions):
            if written.alternative:  # "am 21. oder 22. September": one event, on the first
                continue  # day, its day not settled (_open_spans)
            if i in day_headings:
                found += self._day_items(i, day_headings[i])
                continue
            if i in timed_days:
                found += timed_days[i]
                continue
            if written.end is not None and (day_headings or timed_days) and (
                    self._schedule_period(written)) and any(
                    _within(self.years.at(k).start, written.start, written.end)
                    for k in (*day_headings, *timed_days)):  # (its days' years as read: "So.,
                # 29. Nov." under "29. November 2026 bis 10. Jänner 2027")
                continue  # a column's week, whose days it lists: "TERMINE DER WOCHE" /
                # "Pustertal, 3. bis 9. August 2026" / "" / "MONTAG, 3. AUGUST" / …
            if self.dateline is not None and written.span == self.dateline.span and not (
                    is_labelled(self.text, written.span[0])):
                continue
            # a stated year needs no resolving: such recalled history is passed over at once,
            # a year-less date's once it is found to be an event's
            stated = written.year_known
            if (stated and self._historical(self.years.at(i))) or is_byline(self.text, written):
                continue
            if self._has_timed_line and self._session_day(written):
                continue  # (a conference's day of sessions: none of them an event)
            if "erien" in self.text and _HOLIDAYS_BEFORE.search(
                    self.text, max(0, written.span[0] - 24), written.span[0]):
                continue  # school holidays' days, no event's: "In den Sommerferien (2. Juli
                # bis 12. August) ruht der Dienstbetrieb"
            if "Woche" in self.text and _WEEK_OF_BEFORE.search(
                    self.text, max(0, written.span[0] - 24), written.span[0]):
                continue  # a week, no day: "Kursbeginn … ist in der Woche ab 12. Jänner 2026"
            item = self._event_at(written)
            if item is None:
                continue
            mention = self.years.at(i)
            # (the contact blocks are looked for only once a date is an event's: most
            # documents have none, and finding the blocks reads the whole text)
            if (not stated and self._historical(mention)) or self._in_contact_block(mention):
                continue
            if not stated and item.noun and mention.start.year is not None and _edition_of(
                    item.title, item.noun, mention.start.year):
                # (a title naming another edition than the one the day was found to be of: "Die
                # Tagung 2025 in Leipzig …" is no name of the one of September 2026)
                noun_at = self.text.rfind(item.noun, 0, item.sentence[1])
                item = replace(item, title=self.titles.title_for(
                    item.noun, max(noun_at, 0), mention.start.year))
            if mention is not written and item.mention is not written and (
                    item.mention.span == written.span):
                # (the year resolved, the hours the item's line gave kept: a table's "Beginn"
                # column, "Do    09.04.  19.30   Der zerbrochne Krug")
                mention = replace(item.mention, start=mention.start, end=mention.end)
            if mention.end is not None and mention.start_time is None and (
                    hours := self._first_day_hour(mention)) is not None:
                mention = replace(mention, start_time=hours)  # (a run's first day's hour said
                # after it: "3./4. Juli 2026 … Freitag ab 18 Uhr, Samstag ab 11 Uhr")
            found.append(item if mention is written else replace(item, mention=mention))
            if item.by_line:
                found += self._same_line_items(found[-1])
                day = found[-1].mention.start  # (its row's other places' cells, on its day
                # as its year is read)
                found += [replace(cell, mention=replace(cell.mention, start=day)) for cell in (
                    self._matrix_rows.get(self.text.rfind("\n", 0, written.span[0]) + 1) or [])[1:]]
            if item.entry and mention.start_time is not None:
                found += self._same_day_lines(found[-1])
            elif not item.entry and mention.end is None:
                found += self._later_that_day(found[-1])
        found += self._weekday_lines()
        groups = _group(found, self._cancelled, lambda: self._series)
        self._entries = sorted(line_around(self.text, f.mention.span)[0] for f in found if f.entry)
        events = [self._assemble(group, main=(i == 0 or self._moved_day_of(groups[0], group)),
                                 alone=len(groups) == 1) for i, group in enumerate(groups)]
        starts = [group[0].sentence[0] for group in groups]
        if not events and not any(is_stamp(self.text, self.sentences, m) for m in self.mentions):
            undated = self._undated()
            events = [undated] if undated else []
            starts = [0] * len(events)
        known = {e.title.casefold() for e in events}
        for start, event in [*self._planned(), *self._to_be_told()]:
            if event.title.casefold() not in known:
                known.add(event.title.casefold())
                events.append(event)
                starts.append(start)
        return self._with_document_facts(events, starts)

    @cached_property
    def _says_online(self) -> bool:
        """Whether the text names online events at all (most do not: their entries' notes
        are not read for it)."""
        return _ONLINE.search(self.text) is not None

    @cached_property
    def _online_listing(self) -> bool:
        """Whether the headline's event noun names online events ('Online-Seminare',
        'Webinare'): its programme's entries are held in no town."""
        return self.headline is not None and _ONLINE.search(self.headline[0]) is not None

    def _online_section(self, pos: int) -> bool:
        """Whether the heading of the section a programme's entry stands in names online
        events: the first line of its paragraph or of one of the two before it that is a
        heading, not a date's line nor a sentence ("Online-Seminare zur Vorbereitung" / "" /
        "Wer sich vorab … einarbeiten möchte, …:" / "" / "- Di., 24.02.2026, 10.00 Uhr: …")."""
        begin = pos
        for _ in range(_SECTION_PARAGRAPHS):
            begin = self.sentences.paragraph_break_before(begin) + 2
            line_end = self.text.find("\n", begin, begin + _SECTION_HEADING_MAX + 1)
            first = self.text[begin:line_end].strip() if line_end >= 0 else ""  # (a long
            if first and first[-1] not in ".:,;!?" and (  # line is none, nor is the last)
                    not self._has_mention(begin, begin + len(first))):
                return _names_online_events(first)
            if begin < 2:
                break
            begin -= 2
        return False

    @cached_property
    def _open_spans(self) -> frozenset[tuple[int, int]]:
        """Where dates with alternatives after 'oder' stand ("am 21. oder 22. September")."""
        return frozenset(m.span for m in self.mentions if m.alternative)

    def _in_contact_block(self, mention: DateMention) -> bool:
        return any(b <= mention.span[0] < e for b, e, _ in self.contact_lines)

    def _until(self, found: _Found) -> Day | None:
        """The last day a later 'bis (zum) …' of the sentence or the next one in its paragraph
        gives the event, unless they are about signing up or tickets."""
        begin, end = found.sentence
        following = _after_space(self.text, end)
        after = self.sentences.at(following) if following < len(self.text) else (begin, end)
        if after[0] >= end and self.sentences.joined(end, after[0]):
            end = after[1]
        if _SIGN_UP.search(self.text, begin, end):
            return None
        return self._end_between(found, begin, found.mention.span[1], end)

    def _end_between(self, found: _Found, begin: int, after: int, end: int) -> Day | None:
        """The first 'bis …' date from ``after`` to ``end`` (in a sentence from ``begin``)
        that can end the event ``found`` begins."""
        starts, indices = self._until_candidates
        window = indices[bisect.bisect_left(starts, after) : bisect.bisect_left(starts, end)]
        for i in sorted(window):  # (in the order of self.mentions, as they were read)
            m = self.years.at(i)
            last = _last_day(found.mention.start, m.start, _SEASON_LONG if found.noun and (
                event_base(found.noun) in _EXHIBITIONS) else _LONGEST)  # (an exhibition may
            # run a season: "… war am 12. April eröffnet worden und ist noch bis zum 30.
            # August zu sehen")
            if last and _UNTIL_BEFORE.search(self.text, max(begin, m.span[0] - 25), m.span[0]):
                return last
        return None

    def _says(self, words: tuple[str, ...]) -> bool:
        """Whether the text holds any of ``words`` (looked for once per document)."""
        if words not in self._said:
            self._said[words] = any(map(self.text.__contains__, words))
        return self._said[words]

    def _begins(self, found: _Found, mention: DateMention) -> DateMention:
        """The times of the document's one event that a sentence elsewhere naming it gives
        with no date of its own: 'Das Fest beginnt um 11 Uhr mit einem Festakt … Bis 16 Uhr
        gibt es Musik' (that sentence and the next)."""
        if found.noun is None or not self._says(_BEGIN_WORDS):
            return mention
        kind = event_base(found.noun).capitalize()  # (or by its kind: "Fachtagung «…»" …
        for begin, end in self.titles.sentences_naming({found.noun, kind}):  # "Die Tagung …")
            if begin == found.sentence[0] or not _BEGINS.search(self.text, begin, end) or any(
                    begin <= m.span[0] < end for m in self.mentions):
                continue
            said = replace(mention, span=(begin, begin))  # (times read from the sentence on)
            timed = with_block_times(said, self.text, self.sentences)
            if timed.start_time is not None:
                return replace(mention, start_time=timed.start_time, end_time=timed.end_time)
        return mention

    def _runs_until(self, found: _Found) -> Day | None:
        """The last day of an event's run that a sentence elsewhere naming it gives: 'Die
        Ausstellung ist bis 30. April zu sehen', paragraphs after its opening."""
        if found.noun is None or not self._says(RUN_CUES):
            return None
        for begin, end in self.titles.sentences_naming({found.noun}):
            if begin != found.sentence[0] and _RUNS.search(self.text, begin, end):
                last = self._end_between(found, begin, begin, end)
                if last is not None:
                    return last
        return None

    @cached_property
    def _until_candidates(self) -> tuple[list[int], list[int]]:
        """The mentions that may end an event begun before them (a bare day with 'bis' or
        'endet' in the 25 characters before it), as their offsets and indices, sorted by
        offset: each event looks only at those in its own sentences."""
        text = self.text
        found = sorted((m.span[0], i) for i, m in enumerate(self.mentions)
                       if not (m.end or m.start_time)
                       and _may_end(text[max(0, m.span[0] - 25) : m.span[0]]))
        return [p for p, _ in found], [i for _, i in found]

    @cached_property
    def _issue_period(self) -> dt.date | None:
        return document_period(self.text)

    @cached_property
    def _latest_year(self) -> int:
        """The latest year the text's dates state (0: none)."""
        return max((m.start.year for m in self.mentions if m.start.year is not None), default=0)

    def _historical(self, mention: DateMention) -> bool:
        """A date long before the document's own date is history the text recalls ('am
        16. Januar 1945', 'vor 75 Jahren'), not an event it reports or announces."""
        # (else the issue's period: "Pfarrblatt Nr. 6 – Juni 2026" recalls "Am 29. Juni
        # 2001 wurde … zum Priester geweiht")
        period = self._issue_period if self.dateline is None else None
        published = self.dateline.start.date() if self.dateline is not None else (
            period if period is not None and mention.start.year is not None and (
                mention.start.year < max(self._latest_year, period.year) - 1) else None)
        start = mention.start.date()
        if published is None and mention.start.year is not None and (
                mention.start.year < self._latest_year - _GENERATION):
            return True  # (with no date of its own, a generation before the text's latest
            # year: "am 9. November 1989" in an article whose last date is of 2025)
        return published is not None and start is not None and start < published - _HISTORY

    def _with_document_facts(self, events: list[Event], starts: list[int]) -> list[Event]:
        """What the document says once for all its events: the organiser when it names only
        one; a contact block after the last event is everyone's, one between events belongs
        to the event before it."""
        if not events:
            return events
        organisers = self._organisers(list(self.sentences.spans), None, main=False)
        organisers = tuple(o for o in organisers if o.role in (Role.ORGANISER, Role.HOST))
        if not organisers:
            organisers = tuple(o for o in [issuer(self.text)] if o)
        keys = {organiser_key(o.name) for o in organisers}
        # (several named together, in one sentence, are one party: "Veranstalter ist die
        # Stadt X in Zusammenarbeit mit dem Verein Y")
        party = len(keys) > 1 and self._one_sentence_names(organisers)
        contacts: list[list[Contact]] = [[] for _ in events]
        for begin, _, lines in self.contact_lines:
            contact = contact_block(lines)
            if contact is None:
                continue
            before = [i for i, start in enumerate(starts) if start < begin]
            owners = range(len(events)) if len(before) == len(events) else before[-1:]
            for i in owners:
                contacts[i].append(contact)
        if len(events) == 1:  # the one event of the document: every address in it is its
            for span in self.sentences.spans:
                contacts[0] += self._inline_contacts(span)
        done = []
        for i, event in enumerate(events):
            if not event.organisers and (len(keys) == 1 or party) and len(self.datelines) <= 1:
                event = replace(event, organisers=organisers if party else organisers[:1])
            if contacts[i]:
                event = replace(event, contacts=_unique_contacts([*event.contacts, *contacts[i]]))
            done.append(event)
        return done

    def _read(self, span: tuple[int, int]) -> _Sentence:
        """What a sentence says regardless of which of its dates is asked about; read once
        per sentence, however many dates it holds."""
        if span not in self._read_sentences:
            begin, end = span
            self._read_sentences[span] = _Sentence(
                self._flat(begin, end), begin, self.titles.nouns_in(begin, end))
        return self._read_sentences[span]

    def _is_deadline(self, mention: DateMention, facts: _Sentence, sentence: tuple[int, int],
                     titled: bool = False) -> bool:
        """Whether a date is a deadline's, a sale's, a saying's, another day's or a person's,
        not its event's (``titled``: the date's line gives an entry its title after it)."""
        begin, end = sentence
        _, stop, _ = slice(None, mention.span[0] - begin).indices(end - begin)
        before = self._flat(begin + max(0, stop - 40), begin + stop)  # the 40 characters before
        deadline = _DEADLINE_BEFORE.search(before) or _SALE_STARTS_BEFORE.search(
            self.text, max(begin, mention.span[0] - 80), mention.span[0])
        lead = self.text[self.text.rfind("\n", 0, mention.span[0]) + 1 : mention.span[0]] if (
            deadline and deadline.group(0).startswith("ab")) else ""
        if deadline and lead and (facts.nouns or lead_hours(lead) or (
                lead.rstrip().endswith(" ab") and opens_line(lead))) and not (
                _AVAILABLE_BEFORE.search(before)):  # (what lies out from a day is no event's
            # start: "Protokoll der 96. Generalversammlung (liegt ab 27. Februar … auf)")
            deadline = None  # "bietet ab Dienstag, 14. September, einen Kurs an": its start;
            # so too after a course's hours ("Donnerstags, 9.00–10.30 Uhr, ab 5. März 2026")
            # or count ("5 x dienstags ab 10. März 2026", "4 Abende ab Donnerstag, …")
        # (another day's noun is looked for further back: a genitive may stand between,
        # "einer Meldung des Belgrader Staatsfernsehens vom …")
        other_day = _OTHER_DAY_BEFORE.search(self._flat(begin + max(0, stop - 80), begin + stop))
        if deadline or other_day or (_superseded(before) and not self._moved_or_off(
                mention, sentence)) or (
                _SAID_BEFORE.search(before)) or _PERIOD_LABEL_BEFORE.search(before):
            return True
        if mention.relative and _SAID_DAY_BEFORE.search(self.text, max(begin, mention.span[0] - 70),
                                                        mention.span[0]):
            return True  # the day of saying: "…, sagte X gestern in einem Interview"
        if _SAID_AFTER.match(self.text, mention.span[1], end):
            return True  # the day of saying: "…, wie sie am heutigen Freitag ankündigten."
        if _OTHER_DAY_AFTER.match(self.text, mention.span[1], end):
            return True  # the date of the election, not of the talk before it
        ends = _ENDS_AFTER.match(self.text, mention.span[1], end)
        if ends is not None and ends["noun"].lower() in _VAGUE_NOUNS:
            return True  # the last day of the event named before: "Zum Abschluss am 12. Juli
            # endet das Fest um 22 Uhr"
        # (a person's day is none, whatever verb the sentence has: "Einen Glückwunsch richten
        # wir an Heinrich Verheyen, der am 9. Juli seinen 85. Geburtstag feiert")
        personal = facts.non_event and (not facts.verbs or (not any(facts.proper.values()) and (
            _PERSONAL_DAY.search(facts.sentence) is not None))) and not (
            titled and _NON_EVENT.search(self.text, begin, mention.span[0]) is None)  # (an
        # entry's title's word is its topic: "Do., 12.03.2026, 10 Uhr: Energieaudit – Pflichten
        # und Fristen")
        wedding = "ochzeit" in facts.sentence and _WEDDING_DAY.search(facts.sentence) and all(
            _vague(noun) for nouns in facts.proper.values() for _, noun in nouns)  # (a plain
        # search first: most sentences name no wedding)
        return bool(personal or wedding) and not self._cues_described(mention, facts)

    def _council_meeting(self, mention: DateMention, begin: int) -> str | None:
        """The council whose meeting a date is, said by its session or its verb right before
        the date: "… hat der Marktgemeinderat in seiner Sitzung am …", "Der Bau- und
        Umweltausschuss tagt am …"."""
        start = mention.span[0]
        said = self.text[max(begin, start - 80) : start]
        if "Sitzung" not in said and " tag" not in said:
            return None  # (most dates: no session nor its verb before them)
        meets = _COUNCIL_MEETS_BEFORE.search(self.text, max(begin, start - 80), start)
        if meets is not None:
            return meets["council"]
        session = _OWN_SESSION_BEFORE.search(self.text, max(begin, start - 40), start)
        council = _COUNCIL_BEFORE.search(self.text, begin, session.start()) if session else None
        return council["council"] if council is not None else None

    def _moved_day_of(self, first: list[_Found], group: list[_Found]) -> bool:
        """Whether a group is the first event's other day in its sentence, one called off and
        the other not: its old and new days ("Statt wie geplant vom 19. bis 21. Juni soll
        das Festival nun vom 11. bis 13. September …")."""
        return group[0].sentence == first[0].sentence and group[0].noun == first[0].noun and (
            self._cancelled(group[0]) != self._cancelled(first[0]))

    def _moved_or_off(self, mention: DateMention, sentence: tuple[int, int]) -> bool:
        """Whether the sentence of a superseded day calls it off or puts it off ("Der
        ursprünglich für Samstag, 17. Oktober, geplante Impftag … muss leider entfallen"), or
        a later date in it, or in the next, gives the day it moves to ("… die ursprünglich
        für Donnerstag, 26. März, geplante Bürgerversammlung verschoben. Sie findet nun am
        Donnerstag, 23. April, … statt"): that day is then called off; with neither, it is no
        event's ("hat zunächst für Montag zu einer Sondersitzung geladen")."""
        cue_at, postponed = self._sentence_cues(sentence)
        if cue_at >= 0 or postponed:
            return True
        index = self.sentences.index_at(mention.span[0])
        end = self.sentences.spans[min(index + 1, len(self.sentences.spans) - 1)][1]
        i = bisect.bisect_right(self._mention_starts, mention.span[0])
        return i < len(self._mention_starts) and self._mention_starts[i] < end

    @staticmethod
    def _cues_described(mention: DateMention, facts: _Sentence) -> bool:
        """Whether every cue of a date that is no event's stands in a relative clause after
        the date, describing the event: "… der historische Festumzug, bei dem rund 40
        Gruppen die Geschichte des Dorfes von der Gründung bis heute darstellen"."""
        clause = _RELATIVE_CLAUSE.search(facts.sentence, mention.span[1] - facts.begin)
        return clause is not None and all(
            m.start() > clause.start() for m in _NON_EVENT.finditer(facts.sentence))

    def _event_at(self, mention: DateMention) -> _Found | None:
        sentence = self.sentences.at(mention.span[0])
        facts = self._read(sentence)
        # (most dated sentences name no event: what would make the date an event's is looked
        # for first, and only such a date is checked for being a stamp or a deadline; each
        # test reads without side effects, so the order changes no result)
        found = self._event_named(mention, facts, sentence)
        # (a line saying there is none that day: "Fr 03.04. – Karfreitag – keine Vorstellung",
        # "Sa 14.02.2026  spielfrei (Fastnacht)")
        if found is None or is_stamp(self.text, self.sentences, mention) or self._letter_date(
                mention) or self._is_deadline(
                mention, facts, sentence, found.by_line and found.entry) or self._fallback(
                mention, facts) or _closed(
                facts.sentence) or (found.by_line and _deadline_title(found.title)) or ((
                self._no_show(mention, found.by_line) or self._denied(found)) and not (
                self._matrix_rows.get(line_around(self.text, mention.span)[0]))):
            return None  # (a row of places' cells says no service at one place for that one:
        return found  # "So 8.3. | 10.00 Prädikant Weber, mit Taufe | kein Gottesdienst")

    def _no_show(self, mention: DateMention, by_line: bool) -> bool:
        """Whether a date's line (of an event its line names; else the words right after the
        date) says there is no show or game that day, up to the next date: "Fr 03.04. –
        Karfreitag – keine Vorstellung", "Sa 14.02. spielfrei (Fastnacht)"."""
        end = self.text.find("\n", mention.span[1])
        end = len(self.text) if end < 0 else end
        if not by_line:
            end = min(end, mention.span[1] + _NO_SHOW_REACH)
        i = bisect.bisect_right(self._mention_starts, mention.span[0])
        if i < len(self._mention_starts):
            end = min(end, self._mention_starts[i])
        return _NO_SHOW.search(self.text, mention.span[1], end) is not None

    def _letter_date(self, mention: DateMention) -> bool:
        """Whether a date is a letter's or notice's place and date, its line ending there
        ("Denzlingen, 14.10.2026", the town a known one) or going on with its signer
        ("Lahnau, 16. März 2026 – Der Vorsitzende der Gemeindevertretung")."""
        start, stop = mention.span
        lead = letter_lead(self.text, start)
        if lead is None:
            return False
        line_end = self.text.find("\n", stop)
        if not self.text[stop : len(self.text) if line_end < 0 else line_end].strip():
            return lookup_city(lead["town"]) is not None
        return _SIGNATURE.match(self.text, stop) is not None

    def _denied(self, found: _Found) -> bool:
        """Whether the sentence says no such event is held: 'vom 22.12.2025 bis 02.01.2026
        finden keine Lehrveranstaltungen statt', 'An Heiligabend ist kein Gottesdienst'."""
        if "kein" not in self.text[slice(*found.sentence)]:
            return False
        held = _NONE_HELD.search(self._flat(*found.sentence))
        if held is not None and (is_event_noun(held["noun"]) or held["noun"] in found.title):
            return True  # "… daher findet an diesem Donnerstag keine Kinderuni statt"
        if not found.noun:
            return False
        return re.search(r"\bkein(?:e|en|er)?[ \t]+(?:[a-zäöüß][\w-]*[ \t]+){0,2}"
                         + re.escape(found.noun) + r"\b", self._flat(*found.sentence)) is not None

    def _venue_open(self, begin: int, end: int) -> bool:
        """Whether a sentence says that a venue, its subject, is open: 'Das Freibad ist ab 15.
        Mai täglich geöffnet'."""
        if self.text.find("geöffnet", begin, end) < 0:  # (most sentences: no venue's hours)
            return False
        m = _VENUE_OPEN.match(self.text, begin, end)
        return m is not None and is_venue(m["venue"])

    def _title_over_dates(self, line_start: int, quoted: bool = False) -> str | None:
        """The title line right over a date line, or over the date lines above it, each
        opening with its date, when a blank line (or the text's start) stands over the title
        and it names an event (or, with ``quoted``, a work by its quoted name: "ABO 1
        »Aufbruch«")."""
        starts = self._mention_starts
        pos = line_start
        for _ in range(_DATE_LINES_MAX):
            if pos == 0:
                return None
            above = self.text.rfind("\n", 0, pos - 1) + 1
            line = self.text[above : pos - 1].strip()
            i = bisect.bisect_left(starts, above)
            if i < len(starts) and starts[i] < pos - 1 and starts[i] - above <= _ENTRY_LEAD_MAX:
                pos = above  # (a date line above it: its dates go on)
                continue
            if not line or (above and self.text[max(0, above - 2) : above] != "\n\n" and not (
                    is_rule(line_above(self.text, above)))):
                return None  # (a blank line or a rule over the title: "_____" / "«SCHICKSAL»")
            return line if (leading_phrase(line) is not None or (quoted and any(
                mark in line for mark in "„»«"))) and len(line) <= _HEADING_MAX and (
                not line.endswith((".", ":", ","))) else None
        return None

    def _title_over_date_lines(self, line_start: int) -> str | None:
        """The title right over the date lines a bare date line goes on: a work's second day
        ("_____" / "«SCHICKSAL»" / "Mittwoch, 14. Oktober 2026, 19.30 Uhr" / "Donnerstag,
        15. Oktober 2026, 19.30 Uhr"); not a list's heading ("AUFFÜHRUNGSTERMINE")."""
        top = line_start
        starts = self._mention_starts
        for _ in range(_DATE_LINES_MAX):  # (up to the first of the date lines)
            if top < 1:
                break
            above = self.text.rfind("\n", 0, top - 1) + 1
            i = bisect.bisect_left(starts, above)
            if i == len(starts) or starts[i] >= top - 1 or starts[i] - above > _ENTRY_LEAD_MAX:
                break
            top = above
        if top == line_start:
            return None
        listed = list_head_above(self.text, top)
        if listed is not None and listed[2] == "work":  # (over its facts: "KUNST" / "Komödie
            return self._unshouted(listed[1])  # von Yasmina Reza, Gastspiel …")
        head = block_head(self.text, top)
        if head is None or head != line_above(self.text, top) or DATES_WORD.search(head):
            return None
        return strip_quotes(head)  # (a work's name alone unquoted, as title_beside gives it)

    def _entry_of_line(self, mention: DateMention) -> _Found | None:
        """The programme entry whose line a date it is moved to stands in, after the entry's
        own date: 'Sa 21.11.  19.30 Uhr  „Der Besuch der alten Dame“ – ENTFÄLLT, verschoben
        auf Sa 28.11., 19.30 Uhr'."""
        line_start = self.text.rfind("\n", 0, mention.span[0]) + 1
        i = bisect.bisect_left(self._mention_starts, line_start)
        own = self.mentions[i]
        if own.span[0] >= mention.span[0] or own.span[0] - line_start > _ENTRY_LEAD_MAX:
            return None
        found = self._named_by_line(own, self.sentences.at(own.span[0]))
        return found if found is not None and found.entry else None

    def _entry_above(self, begin: int) -> _Found | None:
        """The programme entry whose block a line at ``begin`` closes: the date line at
        most three lines above it, with no blank line between, that names its event."""
        starts = self._mention_starts
        i = bisect.bisect_left(starts, begin) - 1
        if i < 0:
            return None
        above = self.mentions[i]
        between = self.text[above.span[1] : begin]
        if "\n\n" in between or between.count("\n") > 3 or "\n" not in between:
            return None
        return self._named_by_line(above, self.sentences.at(above.span[0]))

    def _fallback(self, mention: DateMention, facts: _Sentence) -> bool:
        """A date an event would be put off to in bad weather: 'Bei Tauwetter wird das
        Turnier auf den 7. Februar verschoben'. No event's date."""
        return self._put_off_to(mention, facts) and facts.supposed

    def _put_off_to(self, mention: DateMention, facts: _Sentence) -> bool:
        """Whether a date is the one a sentence puts an event off to ('auf den …
        verschoben'), said for certain or not."""
        start = mention.span[0]
        return facts.postponed and _NEW_DATE_BEFORE.search(
            self.text, max(facts.begin, start - 30), start) is not None

    def _event_named(self, mention: DateMention, facts: _Sentence, sentence: tuple[int, int]
                     ) -> _Found | None:
        """The event a date's line or sentence names, if any (not yet checked for being a
        stamp or a deadline)."""
        begin, end = sentence
        early = self._named_by_line(mention, (begin, end))
        if early is not None:
            return early
        # (with no event noun in the sentence, which clause holds the date does not matter)
        own = facts.clause_at(mention.span[0] - begin) if facts.nouns else None
        proper = _nearest(mention.span, facts.proper[None], facts.proper.get(own, ()))
        if proper and "ein" in facts.sentence and _INVITATION.search(facts.sentence):
            # (what one is invited to is the event, not who invites: "… lädt die Messe
            # Erfurt ab 19 Uhr alle Aussteller zum Ausstellerabend in Halle 2 ein")
            asked_to = [(at, word) for at, word in (*facts.proper[None],
                                                    *facts.proper.get(own, ()))
                        if self.text.startswith(("zum ", "zur "), at - 4)]
            if asked_to and proper not in asked_to:
                proper = min(asked_to, key=lambda pw: _distance(pw[0], mention.span))
        colon = facts.sentence.find(": ") if proper else -1
        told = facts.told if 0 <= colon < mention.span[0] - begin and not is_event_noun(
            facts.sentence[:colon].strip()) else None  # (a run-in heading names its event:
        # "Künstlergespräch: Am 10. Mai um 15 Uhr führt … durch die Ausstellung")
        if proper and told is not None and proper[0] < told <= mention.span[0]:
            later = [tuple(n for n in nouns if n[0] >= told)  # (not the lead-in's nouns)
                     for nouns in (facts.proper[None], facts.proper.get(own, ()))]
            proper = _nearest(mention.span, *later) or proper
        if proper and 0 <= (colon := facts.sentence.find(": ", mention.span[1] - begin)) < (
                proper[0] - begin) and clear_tense(facts.sentence[:colon]) < 0 <= clear_tense(
                facts.sentence[colon:]):  # a report's day before a colon, the event after it
            return None  # another's: "… am Mittwochabend haben die Burschen … festgezurrt:
            # Polling feiert am kommenden Wochenende sein Dorffest."
        if not proper and self._venue_open(begin, end):
            return None  # a venue's season or hours, no event: "Der Museumshof ist vom 1.
            # April bis 31. Oktober geöffnet" (under "Aktionstage und Sonderführungen")
        # (a date line's description after a dash names no event: the heading over it does,
        # "Internationaler Museumstag" / "Sonntag, 17. Mai 2026, 10–18 Uhr – freier Eintritt
        # in alle Ausstellungen")
        section = None if proper and not (mention.span[0] == begin and _DESCRIPTION_AFTER.match(
            self.text, mention.span[1])) else self._section_heading(begin)
        if section is not None:
            return _Found(section[0], section[1], mention, (begin, end), by_line=True,
                          place=section[2])
        if not proper and (headed := self._data_sentence_heading(mention, begin, end)):
            return _Found(headed[0], headed[1], mention, (begin, end), by_line=True)
        if proper:
            pos, noun = proper
            anaphor = _ANAPHOR.match(self.text, begin)
            if anaphor is not None and anaphor["noun"].lower() in _VAGUE_NOUNS and (
                    anaphor["verb"] in _EVENT_VERBS or anaphor["verb"] in ("ist", "war", "wird")):
                # "… der nächste Branchenabend des Clusters. Die Veranstaltung findet am …"
                pos, noun = self._named_before(begin, _LOOK_BACK, specific=True) or proper
            elif noun.lower() in _VAGUE_NOUNS and _ARTICLE_ALONE.search(
                    self.text, max(begin, pos - 30), pos) and (before := self._named_before(
                        begin, _LOOK_BACK, specific=True)) is not None and (
                    noun == "Veranstaltung" or before[1].lower().endswith(noun.lower())):
                pos, noun = before  # "… die geplante Podiumsdiskussion „…“ … Weil …, findet
                # die Veranstaltung nun am Donnerstag, 29. Oktober, statt" (a kind names one
                # of its kind only: "das Fest" no "Regionalmarkt")
            elif anaphor is not None and anaphor["noun"] == noun and (
                    before := self._named_before(begin, 1)) is not None and before[1] != noun and (
                    before[1].lower().endswith(noun.lower())):
                pos, noun = before  # "… auf der Internationalen Handwerksmesse (IHM). Die Messe
                # läuft vom 11. bis 15. März": the one the sentence before names
            return _Found(noun, self.titles.title_for(noun, pos, mention.start.year), mention,
                          (begin, end))
        subject = _DATE_SUBJECT.match(self.text, begin)
        # (a sentence giving a date as the event's term names the event before it, its
        # venue only where: "Neuer Termin ist … im Lesesaal … am Hallmarkt")
        in_venue = _nearest(mention.span, facts.in_venue[None], facts.in_venue.get(own, ())) \
            if subject is None or not subject["term"] else None
        if in_venue:  # the only event noun names the venue: "auf der Hannover Messe"
            pos, noun = in_venue
            venue = next(name for v, name in facts.venues if v <= pos - begin < v + len(name))
            title = self.titles.title_at_venue(self._flat(begin, end), venue)
            return _Found(noun, title, mention, (begin, end), venue_noun=True)
        # (an announced talk has its hour: a news report's "… berichtet über „…“" has none)
        talk = _TALK.search(self.text, begin, end) if "ber „" in facts.sentence else None
        if talk is not None and mention.start_time is None and not facts.times and (
                "referierte" not in talk.group(0)):
            talk = None  # (a talk reported in the past needs no hour: "Am 29. Januar
            # referierte Heimatforscher Dieter Born … über „…“")
        if talk is not None:  # "… spricht Gärtnermeister Hans Dotterweich über „Die Bamberger
            title = strip_quotes(talk["title"] or talk["first"])  # Gärtnerstadt“"
            return _Found("Vortrag", f"Vortrag: {title}", mention, (begin, end),
                          place=_venue_in(self.text, begin, talk))
        if "Ausgabe" in facts.sentence and self.headline is not None and (
                _NEXT_EDITION.search(facts.sentence)) and mention.start.year is not None and (
                facts.verbs or _PLANNED_SAID.search(facts.sentence)):
            # the next edition of the text's event, said to be held or planned: "Die nächste
            # Ausgabe ist vom 9. bis 12. November 2028 geplant." under "Holz & Energie Luzern
            # 2026: …" (not a paper's next issue: "Die nächste Ausgabe kommt am 3. August")
            noun, title = self.headline
            return _Found(noun, _YEAR_IN_TITLE.sub(str(mention.start.year), title)
                          if _YEAR_IN_TITLE.search(title) else f"{title} {mention.start.year}",
                          mention, (begin, end))
        council = self._council_meeting(mention, begin)
        if council is not None:  # "Einstimmig hat der Marktgemeinderat in seiner Sitzung am
            # Dienstagabend … zugestimmt", "Der Bau- und Umweltausschuss tagt am Dienstag, …"
            return _Found("Sitzung", f"Sitzung {_of_council(council)}", mention, (begin, end))
        reading = _READING.search(self.text, begin, end) if "aus „" in facts.sentence or (
            " aus " in facts.sentence and "„" in facts.sentence) else None
        if reading is not None and (mention.start_time is not None or facts.times or (
                _PAST_READING.search(reading.group(0)))):  # (announced with its hour, or
            # reported: "las … aus „…“")
            title = strip_quotes(reading["title"] or reading["first"])
            return _Found("Lesung", f"Lesung: {title}", mention, (begin, end),
                          place=_venue_in(self.text, begin, reading))
        doors = _OPEN_DOORS.search(self.text, begin, end) if "ffne" in facts.sentence else None
        if doors is not None:  # "Am Samstag öffnet die Feuerwehr Thayngen ihre Türen"
            who = doors["who"]
            return _Found("Tag der offenen Tür", "Tag der offenen Tür" + (
                f" der {who[4:]}" if who.startswith("die ") else ""), mention, (begin, end))
        ordinal = _ORDINAL_ANAPHOR.match(self.text, begin)
        if ordinal is not None:  # "Der zweite Abend folgt am …" (of two Informationsabende)
            named = self._named_before(begin, _LOOK_BACK)
            if named is not None and named[1].lower().endswith(ordinal["noun"].lower()):
                pos, noun = named
                return _Found(noun, self.titles.title_for(noun, pos, mention.start.year),
                              mention, (begin, end))
        # (a pronoun stands for a noun of the sentence right before; 'Termin ist' looks further,
        # as a new date does: "… wird die Aktion auf Samstag, 24. Mai 2025, verschoben")
        moved = subject is None and (self._moved_to(mention, facts) or bool(
            _MADE_UP.search(facts.sentence)))  # (or made up: "Die Vorstellung wird am Fr.,
        # 19.02.2027, 20 Uhr nachgeholt.")
        far = moved or (subject is not None and bool(subject["term"] or _MADE_UP.search(
            facts.sentence)))  # (or a pronoun's made-up date: "… sagt ihr Funkenfeuer ab. …
        # Er wird nun am kommenden Samstag, 28. Februar, nachgeholt.")
        # (a report's crowd on the days of the event the sentence before names: "Das 38.
        # Meißner Stadtfest hat … übertroffen. … kamen am 13. und 14. Juni rund 30.000
        # Menschen in die Altstadt")
        crowd = not (subject or moved) and _CROWD.search(self.text, begin, end) is not None
        named = self._named_before(begin, _LOOK_BACK if far else 1, across=bool(
            subject and subject.group(0).startswith("Dies"))) if subject or moved or crowd else None
        if named is not None:  # "… lädt zum Energiestammtisch ein. Termin ist der 31. Januar"
            pos, noun = named
            return _Found(noun, self.titles.title_for(noun, pos, mention.start.year), mention,
                          (begin, end))
        entry = (self._entry_of_line(mention) or self._entry_above(begin)) if moved else None
        if entry is not None:  # a note under a programme's entry moving it: "Dienstag, 14.
            # April 2026, 10.00–11.00 Uhr" / "Modul 4: Willkommenskultur …" / "ACHTUNG: Modul
            # 4 wird verschoben auf Mittwoch, 22. April 2026, 14.00–15.00 Uhr."
            return replace(entry, mention=mention, sentence=(begin, end), entry=False)
        if subject and subject["term"] and self.headline is not None:
            noun, title = self.headline  # "Konzert verschoben" … "Neuer Termin ist der 23. Juni"
            return _Found(noun, title, mention, (begin, end))
        invited = self._invited_before(begin, named=facts.verbs) if (
            mention.start_time is not None or facts.times) else None
        if invited is not None:  # "… lädt zum Tag der offenen Tür ein. Am Samstag, 26.
            pos, noun = invited  # September, ist das Feuerwehrhaus von 10 bis 17 Uhr geöffnet"
            return _Found(noun, self.titles.title_for(noun, pos, mention.start.year), mention,
                          (begin, end))
        lead_in = self._lead_in(begin, mention)
        if lead_in is not None:
            pos, noun = lead_in
            return _Found(noun, self.titles.title_for(noun, pos, mention.start.year), mention,
                          (begin, end))
        # (an event verb, or the lead sentence's date with a time or venue, dates the
        # headline's event: asked only now, as a sentence naming an event needs neither)
        verbs = facts.verbs or (
            self._is_lead(begin) and bool(mention.start_time or mention.end or facts.venues
                                          or facts.times))
        if facts.verbs and self.headline is not None and (
                section_title := self._own_section(begin)) is not None:
            if any(w in DEADLINE_TITLE_WORDS or w.lower().endswith(DEADLINE_TITLE_ENDS)
                   for w in _WORD.findall(section_title)):
                return None  # a section of deadlines: "Wichtige Fristen"
            # (its section's, not the headline's: "Jungmusikerleistungsabzeichen (JMLA)" /
            # "Die Prüfungen … finden am Samstag, 25. April 2026, an der Musikschule Weiz statt"
            # under "Rückblick Bezirksversammlung")
            return _Found("", section_title, mention, (begin, end))
        headline = (self.headline or self._headline_named_before(begin)
                    or self._named_in_heading(begin)) if verbs else None
        if headline is None:
            return None
        noun, title = headline
        if not facts.verbs and (one := _singular_of(noun)) and one != noun and (
                one.lower() in _VAGUE_NOUNS):
            return None  # a list's heading of many, no event: "Durchgehende Veranstaltungen"
            # over "Der Parkplatz Anger ist vom 1. bis 31. Dezember für Busse reserviert"
        if not facts.verbs and self._dated_elsewhere(noun, mention, begin):
            return None  # (a lead's other day, when a sentence naming the event dates it:
            # "… ist am 28. Juli in seinen Heimathafen zurückgekehrt" under "… öffnet seine
            # Türen", whose "Tag der offenen Tür" is on 12 September)
        return _Found(noun, title, mention, (begin, end))

    def _dated_elsewhere(self, noun: str, mention: DateMention, begin: int) -> bool:
        """Whether a sentence other than the one at ``begin`` names ``noun`` with a date of
        another day than ``mention``'s."""
        return any(self.mentions[i].start != mention.start
                   for b, e in self.titles.sentences_naming({noun}) if b != begin
                   for i in self._mentions_between(b, e))

    def _moved_to(self, mention: DateMention, facts: _Sentence) -> bool:
        """Whether a date is the one an event is put off to: 'auf Samstag, 24. Mai,
        verschoben'."""
        return self._put_off_to(mention, facts) and not facts.supposed

    def _unshouted(self, title: str) -> str:
        """A title set in capitals in the case the text writes its words in: 'TAG DER
        OFFENEN TÜR' → 'Tag der offenen Tür', 'FRÜHSCHOPPEN BEIM FEST DES TSV' →
        'Frühschoppen beim Fest des TSV'."""
        if not _shouted(title):
            # (its head alone: "DIE ZAUBERFLÖTE – Premiere", "2. SINFONIEKONZERT: „Nordlichter“")
            cut = _HEAD_CUT.search(title)
            return title if cut is None or not _shouted(title[: cut.start()]) else (
                self._unshouted(title[: cut.start()]) + title[cut.start() :])
        parts = _WORD_PART.split(title)  # words and what stands between them, alternately
        # (a word opens the title, or a quoted name in it: "„Am Ende der Welt“")
        return "".join(part if i % 2 else self._spoken(  # (or after a colon: "FILMKLASSIKER:
            part, i == 0 or parts[i - 1].endswith(("„", '"', "»", "«", "“", ": ")))
            for i, part in enumerate(parts) if part)  # DER DRITTE MANN")

    def _spoken(self, word: str, first: bool) -> str:
        """``_unshouted_word`` of the text, each word read once per document (a programme
        of many titles in capitals repeats its words)."""
        key = (word, first)
        if key not in self._spoken_words:
            self._spoken_words[key] = _unshouted_word(word, self.text, first)
        return self._spoken_words[key]

    def _lead_in(self, begin: int, mention: DateMention) -> tuple[int, str] | None:
        """The event a sentence names that leads in to a date line under it: '… laden wir
        alle Mitglieder zur Jahreshauptversammlung ein:' / 'Freitag, 20. März, 19.30 Uhr,
        Vereinsheim „Zur Kelle“' ('… werden eingeladen auf' / '' / 'Montag, 8. Juni 2026')."""
        last = _before_space(self.text, begin)
        if last == 0 or self.text.count("\n", last, begin) > 2:
            return None
        if self.text[last - 1].isalpha() and _ON_DAY.match(self.text, begin):
            # a sentence set out over paragraphs, its date's in lower case: "… ein zu unserem
            # ökumenischen Gedenkgottesdienst" / "" / "am Sonntag, 22. November 2026, …"
            nouns = self.titles.nouns_in(*self.sentences.at(last - 1))
            return nouns[-1] if nouns else None
        if not (self.text[last - 1] == ":" or _OPEN_END.search(
                self.text, max(0, last - 12), last)):
            return None  # (most sentences follow a full stop: asked first)
        start = mention.span[0]
        if self.text.rfind("\n", 0, start) + 1 != _after_space_in_line(self.text, begin) or (
                begin < start and not opens_line(self.text[begin:start])):
            return None  # (not a date opening its line and sentence)
        previous = self.sentences.at(last - 1)
        nouns = self.titles.nouns_in(*previous)
        return nouns[-1] if nouns else None

    def _headline_named_before(self, begin: int) -> tuple[str, str] | None:
        """The event a headline mentions without opening with it ('Verein feiert Jubiläum
        mit Gartenfest'), when the paragraph names it before the sentence at ``begin``
        ('… feiert mit einem großen Gartenfest. Gefeiert wird am 8. Juni')."""
        loose = self.titles.headline(any_heading=True)
        if loose is None:
            return None
        paragraph = self.sentences.paragraph_break_before(begin) + 1
        named = self.titles.sentences_naming({loose[0]})
        return loose if any(paragraph <= b < begin for b, _ in named) else None

    def _invited_before(self, begin: int, named: bool = False) -> tuple[int, str] | None:
        """The event the sentence right before, in the same paragraph, invites to with no
        date of its own ('Die Feuerwehr lädt zum Tag der offenen Tür ein.'), or just names
        when the date's sentence has an event's verb (``named``), for a timed date of a
        sentence that names no event."""
        last = _before_space(self.text, begin)
        if last == 0 or not self.text[begin : begin + 1].isupper():
            return None  # (not a piece a sentence was wrongly cut into: "(VMZ), findet am …")
        previous = self.sentences.at(last - 1)
        if previous[1] > begin or not self.sentences.joined(previous[1], begin):
            return None
        starts = self._mention_starts
        if bisect.bisect_left(starts, previous[0]) != bisect.bisect_left(starts, previous[1]):
            return None  # (its own date is its event's)
        if not named and not _INVITES.search(self.text, *previous):
            return None  # (a sentence with an event's verb needs only the event named before:
            # "… gibt es am Tag der offenen Tür der WSL. Die Forschungsanstalt öffnet am …")
        nouns = [n for n in self._read(previous).nouns if n[1].lower() not in _VAGUE_NOUNS]
        return nouns[-1] if nouns else None

    def _named_before(self, begin: int, sentences: int, specific: bool = False,
                      across: bool = False) -> tuple[int, str] | None:
        """The last event noun of the ``sentences`` before, in the same paragraph ('Das
        Konzert muss verschoben werden. Grund ist … Neuer Termin ist …'); ``specific``:
        the last that is no vague noun ('Veranstaltung'); ``across``: the first sentence
        before may end the paragraph above (a demonstrative opening a paragraph: '… für die
        Krokus-Führungen.' / '' / 'Diese bietet die Tourist-Information … an')."""
        for _ in range(sentences):
            last = _before_space(self.text, begin)  # (no copy of the text before it)
            if last == 0:
                return None
            previous = self.sentences.at(last - 1)
            if previous[1] > begin or not (across or self.sentences.joined(previous[1], begin)):
                return None
            across = False
            nouns = [n for n in self.titles.nouns_in(*previous)
                     if not specific or n[1].lower() not in _VAGUE_NOUNS]
            if nouns:
                return nouns[-1]
            begin = previous[0]
        return None

    def _in_date_rows(self, line_start: int, line_end: int) -> bool:
        """Whether the line right above or below a date line opens with a date too."""
        above = self.text.rfind("\n", 0, max(0, line_start - 1)) + 1 if line_start else -1
        below = line_end + 1 if line_end < len(self.text) else -1
        return any(pos >= 0 and self._opens_with_date(pos) for pos in (above, below) if (
            pos != line_start))

    def _opens_with_date(self, line_start: int) -> bool:
        starts = self._mention_starts
        i = bisect.bisect_left(starts, line_start)
        line_end = self.text.find("\n", line_start)
        return i < len(starts) and starts[i] - line_start <= _ENTRY_LEAD_MAX and (
            line_end < 0 or starts[i] < line_end) and opens_line(
                self.text[line_start : starts[i]])

    def _dates_only(self, line_start: int, line_end: int) -> bool:
        """Whether a line holds two or more dates and nothing but the words joining them."""
        starts = self._mention_starts
        i = bisect.bisect_left(starts, line_start)
        j = bisect.bisect_left(starts, line_end, lo=i)
        return 2 <= j - i <= _LINE_DATES_MAX and only_dates(
            self.text, [m.span for m in self.mentions[i:j]], line_start, line_end)

    def _is_lead(self, begin: int) -> bool:
        """Whether a sentence opens the document's body: the first after its headings."""
        return begin == self._lead_begin

    @cached_property
    def _lead_begin(self) -> int | None:
        """Where the first sentence after the document's headings starts (None: none)."""
        return self.sentences.lead()

    def _named_by_line(self, mention: DateMention, sentence: tuple[int, int]) -> _Found | None:
        """Events whose line names them: a heading with its date ('Kulturtage Oststadt,
        14.–22. September 2018: …'), a programme line ('Di., 12.03., 14 Uhr: Sprechstunde'),
        a date line under or over its title, a 'Termin:' line of the headline's event."""
        start, stop = mention.span
        line_start, line_end = line_around(self.text, mention.span)
        if line_end - line_start <= _ROW_MAX and self.text.count(
                "|", line_start, line_end) >= 2:  # a row of a text table
            cells = self._matrix_cells(mention, line_start, line_end)
            if cells is not None:  # a column per place, a cell per event
                return cells[0] if cells else None
            row = table_row(self.text, line_start, line_end, start)
            if row is not None and not row[0] and row[1] is not None:  # rows of a play's
                # dates under its title, or of a place over the title under it: "SO 09.11. |
                # 11.00 Uhr | Treffpunkt: Vegesacker Bahnhofsplatz" / "GEDENKRUNDGANG …"
                title = title_below(self.text, line_end) or table_title_above(
                    self.text, line_start)
                row = (title, row[1]) if title else None
            elif row is not None and not row[0]:  # rows of days and hours alone: the heading
                # over the table ("Wochenendseminar Aquarell" / … / "| Freitag, 20.03.2026 |
                # 18:00–21:00 Uhr |"), else the work the head names, else the block's title
                section = section_heading_above(self.text, line_start)
                if section is not None and _HOURS_WORD.search(section[1]):
                    return None  # (a table of opening hours: "Öffnungszeiten" / "Tag | Datum |
                    # Öffnungszeit" / "Freitag | 3. Juli 2026 | 10–18 Uhr")
                heading = section[1] if section and "|" not in section[1] and not (
                    DATES_WORD.search(section[1])) else None
                title = heading or (self._work_title[1] if self._work_title else None) or (
                    table_title_above(self.text, line_start))
                row = (title, None) if title else None
            elif row is not None and row[1] is None and (HALL_CELL.fullmatch(row[0]) or (
                    is_venue(row[0]) and not leading_phrase(row[0]))) and (
                    below := title_below(self.text, line_end)) is not None:
                row = (below, row[0])  # a row of a date, its hour and its hall over its
                # title: "SA 01.11. | 15.00 Uhr | Saal" / "KINDERTHEATER: „Der kleine …“"
            if row is not None:
                found = leading_phrase(row[0])
                noun = found[0] if found else (self.headline[0] if self.headline else None)
                return _Found(noun, row[0], mention, sentence, by_line=True, entry=True,
                              place=row[1])
        if line_end - line_start <= _ROW_MAX and self.text.find(
                "  ", start, line_end) >= 0 and (aligned := aligned_row(
                    self.text, line_start, line_end, start)) is not None:
            # a row of a table aligned by spaces: "14.04.2026  Prof. Dr. … (Rostock)  Sediment-
            # transport an der Ostseeküste …", under "Termin  Referent/in  Thema"
            title, place, hours = aligned
            if hours is not None and mention.start_time is None:  # (under its date)
                mention = replace(mention, start_time=hours[0], end_time=hours[1])
            if not title:  # a row marked "ENTFÄLLT": the series' event, if a sentence names
                title = self._series or ""  # the kind ("Alle Vorträge finden … statt")
                if not title and place and (listed := self._listed_event(line_start)):
                    # a table of dates and places alone: the event its label's text names
                    # ("Termine und Veranstaltungsorte:" / "Datum  Ort"), one of them each
                    title = _singular_of(listed[0]) or listed[0] if (
                        _YEAR_AFTER.sub("", listed[1]) == listed[0]) else listed[1]  # (its
                    # year too: "BLUTSPENDETERMINE 2026" over "Fr  16.01.2026  …  Kurhaus")
                if not title:
                    return None
            found = leading_phrase(title)
            noun = found[0] if found else self._series or (
                self.headline[0] if self.headline else None)
            if found is None and self._series:  # "Vortrag: Mikroplastik in Ästuaren"
                title = f"{self._series}: {title}"
            # (the row is what it says, not the table the sentences read as one: another
            # row's "ENTFÄLLT" cancels none of it)
            return _Found(noun, title, mention, (line_start, line_end), by_line=True,
                          entry=True, place=place)
        # (the line is not copied unless it is short: in a text without line breaks, one
        # copy per date made the reading quadratic)
        if _before_space(self.text, start) > line_start and self.sentences.is_heading_span(
                sentence):  # (the date's own)
            named = title_before(self.text[line_start:start])
            if named is not None:
                return _Found(named[0], named[1], mention, sentence)
        if mention.end is not None and (
                _RUN_LABEL.search(self.text, max(0, start - 30), start)
                or _RUN_LABEL.fullmatch(line_above(self.text, line_start))
                or (self.text.startswith("\n\n", line_start - 2) and _RUN_LABEL.fullmatch(
                    line_above(self.text, line_start - 1)))):  # (a page's label and value
            # in blocks of their own: "Laufzeit" / "" / "8. März bis 14. Juni 2026")
            return self._exhibition_run(mention, sentence)  # "Laufzeit" / "16. Januar bis …"
        if mention.end is not None and mention.start_time is None and (
                named := self._exhibition_head(mention, line_start, line_end)) is not None:
            return _Found(named[0], named[1], mention, sentence, by_line=True)
        if is_labelled(self.text, start):
            moved = self._entry_above(sentence[0]) if _DATE_SUBJECT.match(
                self.text, sentence[0]) else None
            if moved is not None:  # a new day said in a programme entry's block ("DONNERSTAG,
                # 12. MÄRZ 2026 – VERSCHOBEN!" / "Big Band …" / "… Neuer Termin: Donnerstag, 4.
                # Juni 2026, 20 Uhr"): the entry's event, not the headline's
                return replace(moved, mention=mention, sentence=sentence, entry=False)
            # (a catalogue entry's block first: "Mit dem Nachtwächter durch das alte Lüneburg"
            # / "Wenn es dunkel wird …" / "Termine: 14.5., 11.6. und 9.7., jeweils 21 Uhr")
            named = self._block_named(line_start) or self._section_named(
                line_start) or self.headline or self._listed_event(line_start)
            if named is not None:
                return _Found(named[0], named[1], mention, sentence)
        part = _PART_LABEL.fullmatch(self.text, line_start, start) if self.text.startswith(
            ": ", start - 2) else None
        if part is not None and (head := self._parts_head(line_start)) is not None:
            # one part of an event its block or section names, on a line of its own: "Deutsches
            # Rettungsschwimmabzeichen Silber" / "Teil 1 – Theorie und Hallenbad: Sa.,
            # 16.05.2026, 9–18 Uhr, Hallenbad Prien"
            tail = self.text[stop:line_end].strip(" ,·\t")
            phrase = leading_phrase(head) or leading_phrase(part["label"])
            return _Found(phrase[0] if phrase else None, f"{head} – {part['label']}", mention,
                          sentence, by_line=True, entry=True,
                          place=tail if tail and opens_with_venue(tail) else None)
        labelled = _ITEM_LABEL.fullmatch(self.text, line_start, start) if self.text.startswith(
            ": ", start - 2) else None
        if labelled is not None and (listed := self._listed_event(line_start)) is not None:
            # a list's item labelled by whom or what part it is for: "Elternabende" / "… jeweils
            # um 19.30 Uhr …" / "- 4. bis 6. Klasse: Donnerstag, 1. Oktober 2026, Singsaal …"
            label, tail = labelled["label"], self.text[stop:line_end].strip(" ,·\t")
            own = leading_phrase(label)  # (a label naming its own event: "- Konzert: …")
            kind = (_singular_of(listed[0]) or listed[0]) if listed[1] == listed[0] else listed[1]
            return _Found(own[0] if own else listed[0],
                          label if own else f"{kind}: {label}", mention, sentence,
                          by_line=True, entry=True,
                          place=tail if tail and opens_with_venue(tail) else None)
        short = start - line_start <= _ENTRY_LEAD_MAX
        opens = short and opens_line(lead := self.text[line_start:start], mention.continuous)
        if opens and mention.start_time is None and (hours := lead_hours(lead)) is not None:
            mention = replace(mention, start_time=hours[0], end_time=hours[1])  # "10 x
            # mittwochs, 18.30–20.00 Uhr, Beginn: Mi, 25.02.2026"
        if opens and mention.start_time is None and (hours := row_time(self.text, stop)):
            mention = replace(mention, start_time=hours[0], end_time=hours[1])  # a row's
            # hours in a column of their own: "Do 01.10.  19.30  PREMIERE · …"
        if opens and self._letter_date(mention):
            return None  # a letter's place and date: "Denzlingen, 14.10.2026"
        rest = entry_rest(self.text[stop:line_end]) if opens else None
        said_end = line_end  # (where the line's data end: before a sentence that goes on
        # after them, "Samstag, 11.10.2025, 10–16 Uhr. Wir sind wieder mit einem Stand …")
        if opens and rest is None and (cut := _SENTENCE_AFTER.search(
                self.text, stop, line_end)) is not None:
            said_end = cut.start()
            rest = entry_rest(self.text[stop:said_end])
        if opens and rest is None and self._in_date_rows(line_start, line_end) and (
                titled := row_title(self.text[stop:said_end])) is not None:
            rest = titled  # a list of date lines, each with its title: "Fr 6.3. Der Besuch
            # der alten Dame" / "Sa 7.3. Kabale und Liebe"
        if (rest is None or not opens) and short and self._dates_only(line_start, line_end):
            opens, rest = True, ""  # a line of dates alone: "Fr, 13.03.2026, 18.00–21.00 Uhr
            # und Sa, 14.03.2026, 10.00–16.00 Uhr", each a bare date line's
        if opens and rest is None and _FEE_FIRST.match(self.text[stop:said_end].strip(" ,·\t")):
            rest = ""  # the line's rest is its fee: "Sonntag, 17. Mai 2026 · 10–18 Uhr freier
            # Eintritt in alle Ausstellungen"
        rest = _without_fee(rest) if rest else rest
        if opens and rest and " · " in rest and (town_row := _town_row(rest)) is not None:
            rest = town_row  # a tour's row of town, venue and status: "Do. 11.02.2027 · Rostock ·
            # Stadthafenbühne · AUSVERKAUFT" under "TOURDATEN"
        if opens and rest and (note := _SHOW_NOTE.fullmatch(rest)) is not None and (
                listed := self._listed_event(line_start)) is not None and not listed[0]:
            return _Found("", f"{listed[1]} ({note['mark']})", mention, sentence, by_line=True,
                          entry=True)  # a work's show the row marks: "Fr 2.10.   19.30
            # Premiere, anschliessend Premierenfeier im Foyer" under its title and facts
        speaker = rest or (self.text[stop:line_end].strip() if opens else "")
        if speaker and SPEAKER_FROM.fullmatch(speaker):  # a speaker in the column of titles,
            talk = _indented_below(self.text, line_end, self.text.find(speaker, stop, line_end)
                                   - line_start)  # the talk under it: "07.05.2025   Jana
            rest = talk or rest  # Wessels (Osnabrück)" / "             „Heimat im Koffer“ – …"
        if opens and (rest is None or _STATUS_ONLY.fullmatch(rest)) and _STATUS_ONLY.fullmatch(
                rest if rest is not None else self.text[stop:line_end].strip()):
            rest = ""  # "– VERSCHOBEN", "(VERSCHOBEN – ursprünglich 31. Jänner)"
        place_only = False  # ("…, 9 bis 12 Uhr, Treffpunkt am Vereinsheim": no title, but
        if opens and rest is None:  # a place, under a list's or a programme's heading)
            tail = _without_fee(self.text[stop:said_end].strip(" ,·\t"))
            departure = _DEPARTURE.fullmatch(tail) or (_FROM_PLACE.fullmatch(tail) if (
                _MEETING_SAID.search(mention.text)) else None)  # (its hour in the date's)
            if departure is not None:  # an outing's departure, its start: "Sa., 18. April,
                tail = departure["place"] or departure["bare"]  # Abfahrt 8.00 Uhr ab
                # Bahnhof Bordesholm (ZOB)"
                if mention.start_time is None and departure.re is _DEPARTURE:
                    mention = replace(mention, start_time=parse_time(departure["t"]))
            place_only = bool(tail) and bool(_PLACE_REST.fullmatch(tail) or opens_with_venue(
                tail) or ((ends_with_town(tail) or _town_named(tail) or _opens_with_town(tail))
                          and not leading_phrase(tail)) or _ONLINE_REST.fullmatch(tail))
            rest = tail if place_only else None
            if departure is not None and place_only:
                rest = ""  # (where an outing sets off is not where it goes: its title's goal,
                # "Tagesfahrt nach Lübeck", places it)
            if rest is None and SPEAKER.match(tail) and (  # its speaker, the talk's title
                    listed := self._series_item(line_start, line_end)) is not None:
                # below: "Mo 6.10.   Dr. Corina Casutt, FAN" / "   Permafrost im Wandel: …"
                return _Found(listed[0], listed[1], mention, sentence, by_line=True,
                              entry=True)
        if rest is None and opens and _OPPONENT.fullmatch(
                opponent := self.text[stop:said_end].strip(" ,·\t")) and (
                listed := self._listed_event(line_start) or self._section_named(
                    line_start)) is not None:
            # a fixture list's line names the opponent, the paragraph over it the games:
            # "Heimspiele … jeweils um 13 Uhr:" / "- Samstag, 9. Mai 2026 gegen TC Ravensburg"
            game = _singular_of(listed[0]) or listed[0]
            if mention.start_time is None and (hours := list_hours(self.text, line_start)):
                mention = replace(mention, start_time=hours[0], end_time=hours[1])
            return _Found(game, f"{game} {opponent}", mention, sentence, by_line=True,
                          entry=True)
        if rest is None:
            return None
        if rest and _GENRE.fullmatch(rest) and self.text.find("|", stop, line_end) >= 0 and not (
                HALL_CELL.fullmatch(rest) or is_venue(rest)) and (below := title_below(
                    self.text, line_end)) is not None:
            # its genre after a bar, its act and work on the line under it: "Fr 02.10. |
            # Kabarett" / "Theresa Kugler: „Das geht sich aus“"
            genre = leading_phrase(rest) or leading_phrase(below)
            block_end = self.text.find("\n\n", line_end)  # (its block says of it: "!!!
            # ENTFÄLLT !!! Die Künstlerin ist erkrankt.")
            return _Found(genre[0] if genre else "", f"{rest}: {below.replace(': ', ' – ', 1)}",
                          mention, (sentence[0], len(self.text) if block_end < 0 else block_end),
                          by_line=True, entry=True)
        if rest and HALL_CELL.fullmatch(rest) and (head := block_head(
                self.text, line_start)) is not None:  # a house's hall, no title: "Samstag, 10.
            # Jänner 2026, 19.30 Uhr · Großer Saal" under "Neujahrskonzert des …"
            return _entry(head, mention, sentence, place=rest)
        place_rest = _PLACE_REST.fullmatch(rest) if rest else None
        if rest and not (leading_phrase(rest) and not _town_then_house(rest)) and not (
                _town_cell(rest)) and (_opens_with_town(rest) or opens_with_venue(
                rest) or place_rest or place_only):
            # "- Donnerstag, 5. März: Titisee-Neustadt, Rathaus, Sitzungszimmer": the line
            # gives its place, and the list's label or heading its event ("Sa, 10.10., 9 bis
            # 12 Uhr, Treffpunkt am Vereinsheim" under "Gemeinschaftsarbeitseinsatz")
            place = (place_rest["place"] if place_rest else rest) or None
            if (over := self._title_over_dates(line_start, quoted=True)) is not None and (
                    (phrase := leading_phrase(over)) is None or (
                        _singular_of(phrase[0]) == phrase[0]
                        and not phrase[0].lower().endswith("reihe"))):
                # (one event's name, a numbered section's too: "1. Ortsobmännerversammlung"
                # under "Wir laden Sie … zu folgenden Veranstaltungen ein:"; not a heading of
                # many, "Passionsandachten", nor a series, "Webinarreihe …")
                over = unnumbered(self.text, over)
                return _entry(over, mention, sentence, place=place)  # a work's own title over
                # its lines of dates and places, under a heading of many: "ABONNEMENTKONZERTE"
                # / "" / "ABO 1 »Aufbruch«" / "Fr 16. Oktober 2026, 20.00 Uhr – Brixen, Forum"
                # / "Sa 17. Oktober 2026, 20.00 Uhr – Meran, Kursaal" (not the programme under)
            marked = _MARK_BEFORE.search(self.text, stop, line_end - len(rest)) is not None
            below = title_below(self.text, line_end, paragraph=True) if marked else None
            if below is not None and leading_phrase(below) is None and self.headline and (
                    self.headline[1] in line_above(self.text, line_start)):
                below = None  # (under the headline naming the event, a heading below that
                # names none is the next section's: "14. Kieler Förde-Lauf" / "Sonntag, 6.
                # September 2026 – Start und Ziel an der Kiellinie" / "" / "Ausschreibung")
            if below is not None:  # the line under it names the item (a web page's paragraph
                # too): "Sa., 11. Juli 2026 · Kaprun" / "Kapruner Bauernmarkt – 9 bis …"
                said = self.text.find("\n", self.text.find(below, line_end))  # (its line says
                # of it too: "… – Das Oldtimertreffen findet 2026 nicht statt.")
                return _entry(below, mention, (sentence[0], len(self.text) if said < 0 else said),
                              place=place)
            numbered = _NUMBERED_ITEM.match(line_above(self.text, line_start))
            if numbered is not None:  # a numbered item's own line over its date, under the
                # list's heading of many: "EXKURSIONEN" / "" / "1) „Innsbruck in italiano“ –
                # Stadtführung" / "   Samstag, 21. März 2026, 10.00 Uhr, Innsbruck"
                return _entry(numbered["title"], mention, sentence, place=place)
            listed = self._listed_event(line_start) or self._series_item(line_start, line_end)
            if listed is not None:
                return _Found(listed[0], listed[1], mention, sentence, by_line=True,
                              entry=True, place=place)
            if (head := block_head(self.text, line_start)) is not None:
                return _entry(head, mention, sentence, place=place)  # its block's title over
                # it: "Erste Hilfe für den Führerschein" / "Sa., 28.03.2026, 8–14 Uhr,
                # Bezirksstelle Zwettl · € 60,–"
        if rest and self.headline and self._under_headline(line_start) and (opens_with_venue(
                rest) or place_rest is not None or (not leading_phrase(rest) and (
                    place_only or _town_named(rest) or _opens_with_town(rest)))):
            # the headline's, at the place the line gives: "Deutscher Kongress Bauwerks-
            # erhaltung" / "14.–16. Oktober 2026 · Congress Center Essen" ("14. Kieler Förde-
            # Lauf" / "Sonntag, 6. September 2026 – Start und Ziel an der Kiellinie")
            return _Found(self.headline[0], self.headline[1], mention, sentence, by_line=True,
                          place=place_rest["place"] if place_rest else rest)
        if place_only and (over := self._title_over_dates(line_start)) is not None:
            # a work's title over the lines of its dates and places: "1. Sinfoniekonzert
            # „Aus der Neuen Welt“" / "Freitag, 25. September 2026, 20 Uhr, Apollo-Theater
            # Siegen, …" / "Samstag, 26. September 2026, 19.30 Uhr, Stadthalle Olpe, …"
            return _entry(over, mention, sentence, place=rest)
        if place_only and (over_head := heading_above(self.text, line_start)) is not None and (
                over_head[0] == 0 or self.text.startswith("\n\n", over_head[0] - 2)) and (
                    leading_phrase(over_head[1]) is not None):
            # the heading right over it names its event, what follows only tells of it: "+++
            # WORKSHOP „BUSINESSPLAN KOMPAKT“ +++" / "Di., 24. Februar 2026, 9–13 Uhr,
            # Seminarraum 2" / "In vier Stunden vom Geschäftsmodell zur Finanzplanung …"
            return _entry(self._unshouted(over_head[1]), mention, sentence, place=rest)
        if place_only and (below := title_below(self.text, line_end)) is not None:
            # the line under it names the item: "Fr. 13.3., 19.30 Uhr, Konzertsaal Solothurn"
            # / "Sinfoniekonzert: Kammerorchester Basel, Leitung Marta Ricci"
            found = leading_phrase(below)
            noun = found[0] if found else (self.headline[0] if self.headline else None)
            return _Found(noun, below, mention, sentence, by_line=True, entry=True, place=rest)
        if place_only and (head := block_head(self.text, line_start)) is not None:
            # a catalogue entry's date line with its place, under its title: "H2-4421   Excel
            # kompakt – Tagesworkshop" / "Sa 26.09.2026, Steinfurt, Kreishaus, Schulungsraum"
            return _entry(head, mention, sentence, place=rest)
        if place_only:
            return None  # (a place under no list or programme: no entry of its own)
        if rest and "·" in self.text[stop : max(stop, self.text.find(rest, stop, said_end))] and (
                not leading_phrase(first := rest.split(" · ", 1)[0])) and not (
                _opens_with_town(first) or opens_with_venue(first) or _town_named(first)) and (
                first[:1].isupper() or first.startswith(("für ", "mit ")) or _AGE_CELL.fullmatch(
                    first)) and (
                head := block_head(self.text, line_start) or self._title_over_paragraph(
                    line_start)) is not None:
            # a catalogue's data after the date, set off by middle dots, under the entry's
            # title: "Osterbäckerei für Kinder" / "Mittwoch, 1. April 2026, 15.00–17.30 Uhr ·
            # Lehrküche · 15 €" (HTML's heading over the paragraph too)
            return _entry(head, mention, sentence)
        rest, cell = _dotted_row(rest) if rest else (rest, None)
        title = entry_title(rest) if rest else self._heading_paragraph(
            line_start, line_end) or self._closing_heading(line_start) or title_beside(
                self.text, line_start, line_end) or self._title_over_date_lines(line_start)
        if not rest and mention.start_time is None and (
                hours := list_hours(self.text, line_start)) is not None:
            # (said once over a list's dates: "sonntags, 14 Uhr" / "5. Oktober 2025")
            mention = replace(mention, start_time=hours[0], end_time=hours[1])
        if title is None and not rest and self.headline and self._under_headline(line_start) and (
                not self._many_blocks(line_start, line_end)):
            # "Unternehmerfrühstück Rheingau: …" / "Mittwoch, 12.11.2025, 8.00 bis 10.00 Uhr"
            return _Found(self.headline[0], self.headline[1], mention, sentence, by_line=True)
        if title is None and not rest and self._date_blocks and self._series is None and (
                blocked := block_title(self.text, line_start, line_end)) is not None and (
                list_head_above(self.text, line_start) or ("", "", ""))[2] == "intro" and (
                _CANCELLED.search(blocked) is None and _NO_SHOW.search(blocked) is None) and (
                not _is_place_line(blocked)):
            title = blocked  # a programme's block under an introduction, which names its
            # kind only: "Nach jeder Vorführung …" / "" / "Di 4.11., 20 h" / "DAS LEHRERZIMMER"
        if title is None and not rest:
            listed = self._listed_event(line_start) or self._series_item(
                line_start, line_end) or (self._section_named(line_start) if label_above(
                    self.text, line_start) else None)
            if listed is not None and (one := _singular_of(listed[0])) and is_event_noun(one) and (
                    one != listed[0]) and (below := title_below(self.text, line_end) or (
                        block_title(self.text, line_start, line_end) if self._date_blocks
                        else None)):
                own = leading_phrase(below)  # under a heading of many ("Die Konzerte im
                # Überblick"), the line under the date names each: "Schumann Quartett"; or
                # under its venue's line, with its own event: "Passionskonzert „Stabat Mater“"
                listed = (own[0], below) if own else (one, f"{one}: {below}")
            if listed is not None:
                return _Found(listed[0], listed[1], mention, sentence, by_line=True,
                              entry=True, place=self._list_place(line_start))
            title = block_head(self.text, line_start)  # a catalogue's entry
            if title is None and self._date_blocks:  # a programme's block: "Sa 28.03. |
                title = block_title(self.text, line_start, line_end)  # 15:00 Uhr" / "Das
                # kleine Gespenst" / "Familientheater nach Otfried Preußler"
            if title is None and (line_above(self.text, line_start).endswith((".", "!", "?")) or (
                    (intro := list_head_above(self.text, line_start)) is not None and intro[2]
                    == "intro" and introduces(intro[1]))) and (
                    named := self._section_named(line_start)) is not None:
                # under its section's paragraph: "LESUNG: „DIE FÄHRFRAU …“" / "" / "Die
                # Dresdner Autorin … liest …" / "Donnerstag, 22. Januar 2026, 19 Uhr"; the
                # paragraph introducing its list: "… stellen die Planungen vor und
                # beantworten Fragen der Anwohnerschaft:" / "Dienstag, 25.11.2025, 18:30 Uhr"
                return _Found(named[0], named[1], mention, sentence, by_line=True, entry=True)
        if title is None and not rest and (intro := list_head_above(
                self.text, line_start)) is not None and intro[2] == "intro" and (
                named_head := self.titles.headline(any_heading=True)) is not None:
            # the dates an introduction naming no event lists, nothing else naming them: the
            # headline's event ("Gründer-Tour durch Schwaben" / "Drei Abendveranstaltungen …" /
            # "" / "Die Kammer informiert an drei Abenden … Die Termine im Überblick:")
            return _Found(named_head[0], named_head[1], mention, sentence, by_line=True,
                          entry=True)
        if title is None or _HOURS_TITLE.match(title) or _PERSON_AGE.fullmatch(title):
            return None  # (a table of opening hours: "Öffnungszeiten der Fahrgeschäfte" /
            # "Freitag, 3.10.     14.00 – 23.00 Uhr"; a list of birthdays: "2. März – Frieda
            # Ammann, 95 Jahre")
        town = _town_cell(title)
        if town is not None:  # (a column of towns before the titles: "Mi 24.12.   16:00
            title = title[town.end() :]  # Ebermannstadt   Kindermette mit Krippenspiel")
        title, place = _venue_tail(title)
        if place is None:  # "… mit den Sternsingern, Pfarrkirche (Pongauer Dom)"
            title, place = _comma_venue(title)
        place = place or cell
        if town is not None:
            place = f"{place}, {town['town']}" if place else town["town"]
        found = leading_phrase(title)
        if found is not None and len(title.split()) > 12 and found[1] != title:
            # (a line too long to be a name: its name and venue, before its address)
            title = without_venue(found[1])
        if found is None and self.headline and _SERIES.search(self.headline[1]):
            # (the series by its name, not its term: "Öffentliche Ringvorlesung im
            # Wintersemester 2025/26" → "Öffentliche Ringvorlesung: …")
            title = f"{_SERIES_TERM.sub('', self.headline[1])}: {title}"
        elif found is None and self._series and rest and SPEAKER_LEAD.match(rest):
            title = f"{self._series}: {title}"  # (a talk of the series, after its speaker)
        noun = found[0] if found else (self.headline[0] if self.headline else None)
        if noun is not None and not rest and mention.end is None:
            noun, title = _one_of(noun, title)  # (the heading over a list of days)
        return _Found(noun, title, mention, sentence, by_line=True, entry=True, place=place)

    def _day_headings(self) -> dict[int, int]:
        """A calendar column's days: dates alone in their paragraphs ('Freitag, 6. März'),
        each over paragraphs of items that give no date of their own ('Biberach: 19 Uhr
        Konzert …'), by the mention's index, with where the day's items end. Only where two
        or more such days stand."""
        alone = [(i, below) for i, m in enumerate(self.mentions)
                 if m.weekday is not None and m.end is None and m.start_time is None
                 and (below := self._below_day(m)) is not None
                 and self.text[max(0, m.span[0] - 2) : m.span[0]] == "\n\n"
                 and _day_item(self.text, below) is not None]
        if len(alone) < 2:
            return {}
        ends = [self.mentions[i].span[0] for i, _ in alone[1:]]
        headings = {}
        for (i, below), end in zip(alone, [*ends, len(self.text)], strict=True):
            stop = self.text.find("\n\n", below)
            while 0 <= stop < end and _day_item(self.text, stop + 2):
                stop = self.text.find("\n\n", stop + 2)  # (down to a paragraph no item's)
            headings[i] = end if stop < 0 else min(end, stop)
        return headings

    def _below_day(self, mention: DateMention) -> int | None:
        """Where the paragraphs under a day alone in its paragraph begin, after a note on
        the day ('DONNERSTAG, 12. FEBRUAR (WEIBERDONNERSTAG)'); None if more follows it."""
        m = _DAY_NOTE.match(self.text, mention.span[1])
        return None if m is None else m.end()

    def _day_items(self, index: int, end: int) -> list[_Found]:
        """The events a calendar column's day lists, each dated by the day: 'Biberach: 19 Uhr
        Konzert „Frühlingserwachen“ …, Stadthalle' (its time after its town), 'Erolzheim:
        Rockkonzert …, Festhalle. Einlass 19 Uhr, Beginn 20 Uhr' (its time said later)."""
        day = self.years.at(index)
        found = []
        pos = self._below_day(day) or day.span[1] + 2
        lines = False  # (whether the paragraph's items are a line each)
        while pos < end:
            stop = self.text.find("\n\n", pos, end)
            stop = end if stop < 0 else stop
            line_stop = self.text.find("\n", pos, stop)
            one_line = lines or (line_stop >= 0 and _day_item(
                self.text, line_stop + 1, stop) is not None)
            if one_line and line_stop >= 0:  # items a line each: "MONTAG, 13. JULI" / "Meran
                stop = line_stop  # – Sommerkonzert …, 20.30 Uhr." / "Lana – Vortrag …"
            item = _day_item(self.text, pos, stop)
            if item is not None:
                rest = item.end()
                sentence = (pos, stop) if one_line else self.sentences.at(rest)
                times = list(find_times(self.text, rest, rest + 40)) \
                    if item["time"] is not None else []
                mention = replace(day, span=(pos, pos))
                if times and times[0].start() == rest:
                    start, stop_time = parse_time(times[0]["t1"]), parse_time(
                        times[0]["t2"]) if times[0]["t2"] else None
                    mention = replace(mention, start_time=start, end_time=stop_time)
                    rest = times[0].end()
                elif one_line:  # (its line's hours, none of the next item's)
                    hours = _line_hours(self.text, rest, stop)
                    if hours is not None:
                        mention = replace(mention, start_time=hours[0], end_time=hours[1])
                else:
                    mention = with_block_times(mention, self.text, self.sentences,
                                               paragraph_only=True)
                labelled = _item_label(item["town"]) if item["time"] is None else None
                clause = _ITEM_CLAUSE.match(self.text, rest, stop)
                if labelled == ("", "") and clause is not None and leading_phrase(
                        clause.group(0).strip()) is not None:
                    labelled = None  # a village the gazetteer lacks, before what names an
                    # event: "Ulmen: Der angekündigte Lichtbildervortrag „…“ fällt aus."
                if labelled is not None:  # "Herbstmarkt in Ettenheim: Rund 60 Händler …"
                    if labelled[1]:  # (its paragraph, all of it, is what it says; "Übrigens:"
                        found.append(_Found(*labelled, mention, (pos, stop), by_line=True))
                    pos = stop + 2
                    continue
                # (the item's first clause names it: "Führung durch den Bibliothekssaal,
                # Treffpunkt Klosterpforte", "Theater „Der Besuch der alten Dame“, …")
                text = clause.group(0).strip() if clause else ""
                if text.startswith("„") and clause is not None and self.text.startswith(
                        ": ", clause.end()) and (more := _ITEM_CLAUSE.match(
                            self.text, clause.end() + 2, stop)) is not None and (
                        leading_phrase(more.group(0)) is None):
                    text = f"{text}: {without_venue(more.group(0).strip())}"  # a series' name
                    # and whom it brings: "„Jazz im Hof“: Trio Greta Lanz im Innenhof …" (not
                    # an event it names: "„Die Heide im Wandel“: Vortrag von …")
                named = leading_phrase(_ARTICLE_ADJECTIVE.sub("", text))
                told = self._read(sentence).proper.get(None, ())
                if (named is None or not is_event_noun(named[0])) and told:
                    # (a sentence of prose names it: "Die Buchhandlung Elbufer … lädt um
                    # 19.30 Uhr zur Lesung mit …", "„Salz und Stadt“: Vortrag von …")
                    at, noun = told[0]
                    named = (noun, self.titles.title_for(noun, at, day.start.year), True)
                noun, title = (named[0], without_venue(named[1])) if named else (
                    "", text if (text[:1].isupper() or text[:1] == "„") and len(text) <= 80
                    else "")
                if title:
                    found.append(_Found(noun, title, mention, sentence, by_line=True,
                                        place=item["town"]))
            lines = one_line and self.text.startswith("\n", stop) and not (
                self.text.startswith("\n\n", stop))  # (its paragraph's next line an item too)
            pos = stop + (1 if lines else 2)
        return found

    def _timed_lines(self, index: int, spans: list[tuple[Day, Day]]) -> list[_Found]:
        """The events a day's line lists under it, each opening with its time, on the lines
        right under it ('Heiliger Abend, Donnerstag, 24. Dezember' / '16.00 Uhr  Kindermette
        mit Krippenspiel – Stiftsbasilika St. Martin' / '22.00 Uhr  Christmette …') or as the
        first lines of the paragraphs after a blank line ('Schmutziger Donnerstag, 4. Februar'
        / '' / '5.00 Uhr – Urknall beim Kapellplatz' / 'Mit dem Knall …' / '' / '14.00 Uhr –
        Fritschi-Umzug'): each an event at its time and place. None for a day within one of
        the ``spans`` the document gives (a programme's day of one event)."""
        written = self.mentions[index]
        text = self.text
        line_end = text.find("\n", written.span[1])
        if line_end < 0 or written.start_time is not None or written.end is not None or (
                _DAY_LEAD.fullmatch(text, text.rfind("\n", 0, written.span[0]) + 1,
                                    written.span[0]) is None):
            return []  # (a day opening its line, a feast's name before it at most: not "…
            # Anmeldung bis 23. Juli" over the next item's "21.00 Uhr · Kurpromenade")
        rest = text[written.span[1] : line_end].strip()
        rule_end = text.find("\n", line_end + 1)  # (a rule under the day's line: "FREITAG,
        if rule_end > 0 and is_rule(text[line_end + 1 : rule_end].strip()):  # 17. JULI 2026"
            line_end = rule_end  # / "-----" / "" / "20.30 Uhr · Kurhaus Meran, Kursaal")
        paragraphs = text.startswith("\n", line_end + 1)  # (items each heading a paragraph)
        first = line_end + 2 if paragraphs else line_end + 1
        if (header_end := time_header(text, first)) is not None:
            first = header_end  # (a table's head: "Zeit | Bühne | Programm")
        first_end = text.find("\n", first)
        probe = first  # (its stage's heading first: "Marktplatz-Bühne" / "18.00 Uhr …")
        if first_end > 0 and stage_heading(text[first:first_end]) is not None:
            probe = first_end + 1
            first_end = text.find("\n", probe)
        if (rest and not rest.startswith(("–", "- ")) and not DAY_NOTE.fullmatch(
                rest)) or timed_item(text, probe, len(text) if first_end < 0 else first_end
                                     ) is None:
            return []  # (most dates: asked first; a note after a dash or in parentheses
            # names the day only: "Karfreitag, 3.4. – Fast- und Abstinenztag", "15. August
            # (Mariä Himmelfahrt)")
        if written.year_known and self._historical(written):
            return []
        if not self._feast and any(_within(written.start, first_day, last_day)
                                   for first_day, last_day in spans):
            return []  # (a conference's day of sessions; but a feast's days list its events:
            # "Samstag, 15. August" / "  22.30 Uhr   Höhenfeuerwerk über dem Main")
        found = []
        pos = first
        stage_line: str | None = None  # (the stage the lines under its heading are on)
        while pos < len(text) and text[pos] != "\n":
            stop = text.find("\n", pos)
            stop = len(text) if stop < 0 else stop
            item = timed_item(text, pos, stop)
            if item is None and (heading := stage_heading(text[pos:stop])) is not None and (
                    timed_item(text, stop + 1, _line_end(text, stop + 1)) is not None):
                stage_line, pos = heading or None, stop + 1  # "Bühne am Roßmarkt" / "19.30
                continue  # Uhr   Open Stage – …"; "Außerdem:" / "17.00 Uhr   Großes …"
            if item is None and paragraphs:
                break  # (a paragraph of no item ends the day's)
            if item is not None:
                start, end, said, town = item
                said, stage, mark = stage_cells(said)  # "19.30 Uhr   Großes Haus    PREMIERE"
                if said and stage is None and not leading_phrase(said) and (
                        under := title_below(text, stop, paragraph=True)) is not None and (
                        stage_heading(under) is None) and (
                        (is_venue(said) and ("," not in said or opens_with_venue(said)))
                        or HALL_CELL.fullmatch(said) or _shouted(under)):
                    # its stage alone, its title under it: "19:30 Uhr · Großes Haus" / "DIE
                    # ZAUBERFLÖTE – Premiere" (a house's hall, "Kulissenbühne"; a house and
                    # its hall, "Kurhaus Meran, Kursaal"; any place over a title in capitals,
                    # "11.00 Uhr · Gärten von Schloss Trauttmansdorff" / "MATINEE: …"; in a
                    # web page's paragraph under it too)
                    said, stage = under, said
                if not said:  # / "              Der Zerrissene – Posse mit Gesang …"
                    said = self._line_under(stop)
                if stage is not None:
                    town = f"{stage}, {town}" if town else stage
                marked = mark.capitalize() if mark and is_event_noun(mark.capitalize()) else None
                if marked and said:  # "Premiere: Der Zerrissene – Posse mit Gesang …"
                    said = f"{marked}: {said}"
                title, place, after = _item_title(said)  # "Bußgottesdienst, St. Jodok"
                after = _without_notes(_SAYS_ON.split(after, 1)[0].strip(" ."))  # (not
                # its notes: "Haus des Gastes, Eintritt 5 €"; nor what the line says
                # on: "Schlossplatz 4. Eintritt frei."; but "Streichquartett Nr. 1")
                if town is not None and lookup_city(town) is None:
                    after = town  # its venue before its title: "20 Uhr, Reithalle: Kabarett
                    # mit Sabine Kohler, „Alles halb so wild“" (what follows is no place)
                elif town is not None:  # "19.30 Uhr, Eutin: Vortrag …, Landesbibliothek"
                    after = f"{after}, {town}" if after else town
                if not (place or after) and stage_line:
                    after = stage_line
                if not (place or after) and paragraphs:  # its address on the line under it:
                    # "Terrasse am Zeiss-Planetarium, Am Planetarium 5, Jena"
                    under = text[slice(*line_around(text, (stop + 1, stop + 1)))].strip()
                    if "," in under and not under.endswith(".") and place_line(under)[1]:
                        after = under
                named = leading_phrase(title)
                if named is not None and title[len(named[1]) :].lstrip().startswith("("):
                    title = named[1]  # (a note: "(ca. 1,5 Stunden, ebene Strecke)")
                mention = replace(self.years.at(index), start_time=start, end_time=end)
                if not (named and self._feast and self.headline is not None and named[
                        0].lower().startswith(self.headline[0].lower())):  # (not a moment of the
                    # feast itself: "22:00 Uhr – Ausklang des Weinfests")
                    found.append(_Found(named[0] if named else "", title, mention, (pos, stop),
                                        by_line=True, entry=True, place=place or after or None))
                next_end = text.find("\n", stop + 1)
                if paragraphs and timed_item(text, stop + 1, len(text) if next_end < 0 else (
                        next_end)) is None:  # (the paragraph's other lines describe its item,
                    block = text.find("\n\n", stop)  # unless they are items too: "- 14:00 Uhr
                    stop = len(text) if block < 0 else block + 1  # – …" / "- 19:30 Uhr – …")
            pos = stop + 1
        return found

    def _same_line_items(self, entry: _Found) -> list[_Found]:
        """The day's further items on a programme line of a date, each after a semicolon and
        at its hour: "Do, 24. Dez. – Heiliger Abend: 16.00 Uhr Kindermette; 22.00 Uhr
        Christmette mit dem Kirchenchor"."""
        line_end = line_around(self.text, entry.mention.span)[1]
        if self.text.find(";", entry.mention.span[1], line_end) < 0:
            return []  # (most lines)
        more = []
        semicolon = self.text.find(";", entry.mention.span[1], line_end)
        while semicolon >= 0:
            stop = self.text.find(";", semicolon + 1, line_end)
            stop = line_end if stop < 0 else stop
            item = timed_item(self.text, semicolon + 1, stop)
            if item is not None:  # "; 22.00 Uhr Christmette mit dem Kirchenchor, ab 21.30 …"
                start, end, said, place = item
                title = first_item(said)
                named = leading_phrase(title)
                more.append(_Found(named[0] if named else "", title, replace(
                    entry.mention, span=(semicolon, semicolon), start_time=start,
                    end_time=end), (semicolon, stop), by_line=True, entry=True,
                    place=place or entry.place))
            semicolon = stop if stop < line_end else -1
        return more

    def _same_day_lines(self, entry: _Found) -> list[_Found]:
        """The day's further items on the indented lines under a programme line of a date,
        its time and its title, each opening with its time in the column of times: 'Mi
        24.12.   15:00   Krippenspiel …' / '            17:00   Christvesper …'. (Indented
        lines opening with no time go on with the item above: passed over.)"""
        text = self.text
        pos = line_around(text, entry.mention.span)[1] + 1
        more = []
        while 0 < pos < len(text) and text[pos] in " \t":
            stop = text.find("\n", pos)
            stop = len(text) if stop < 0 else stop
            item = timed_item(text, pos, stop)
            if item is not None:
                start, end, said, town = item
                title, place, _ = _item_title(said)
                named = leading_phrase(title)
                more.append(_Found(named[0] if named else "", title, replace(
                    entry.mention, span=(pos, pos), start_time=start, end_time=end),
                    (pos, stop), by_line=True, entry=True, place=place or town))
            pos = stop + 1
        return more

    def _later_that_day(self, found: _Found) -> list[_Found]:
        """Another event of the day the sentence right after an event's names, with its hour
        and no date of its own: 'Am Samstag, 13. Juni 2026, richten wir ab 10 Uhr unsere
        Regatta aus. … Am Abend steigt ab 19 Uhr das Sommerfest auf dem Vereinsgelände.'
        (the sentences of its paragraph, up to the next date)."""
        clause = _LATER_CLAUSE.search(self.text, found.mention.span[1], found.sentence[1])
        if clause is not None:  # (or a clause of its own sentence: "Am Samstag, 4. Juli, gibt
            # es ab 14 Uhr ein Vereinsprogramm, ab 19 Uhr folgt der Dorfabend im Festzelt.")
            named = [(pos, noun) for pos, noun in self.titles.nouns_in(*found.sentence)
                     if pos > clause.start() and noun != found.noun]
            if named:
                pos, noun = named[0]
                mention = replace(found.mention, span=(clause.start(), clause.start()),
                                  start_time=parse_time(clause["t"]), end_time=None)
                return [_Found(noun, self.titles.title_for(noun, pos, mention.start.year),
                               mention, found.sentence)]
        index = self.sentences.index_at(found.sentence[0])
        spans = self.sentences.spans
        for begin, end in spans[index + 1 : index + 1 + _LATER_SENTENCES]:
            if not self.sentences.joined(found.sentence[1], begin) or self._has_mention(
                    begin, end):
                return []
            if not _LATER_THAT_DAY.match(self.text, begin, end):
                continue
            tour = _TOUR.search(self.text, begin, end)
            if tour is not None:  # a guide's tours that day, at each hour before the verb:
                # "Um 11.30 Uhr und noch einmal um 15 Uhr führt Museumsleiterin Dr. Hilke
                # Janssen durch die Sonderausstellung „Über die Grenze …“."
                title = f"Führung durch {tour['what']}"
                return [_Found("Führung", title, replace(
                    found.mention, span=(at.start(), at.start()), start_time=parse_time(
                        at["t1"]), end_time=None), (begin, end), entry=True)
                    for at in find_times(self.text, begin, tour.start())
                    if at["lead"] not in DOORS_WORDS]
            facts = self._read((begin, end))
            named = sorted(((pos, noun) for pos, noun in facts.proper.get(None, ())
                            if noun != found.noun), key=lambda pn: _vague(pn[1]))  # (the
            # event, not the feast it is the high point of: "Höhepunkt des Festes ist um 15
            # Uhr der große Festumzug")
            times = list(find_times(self.text, begin, end)) if named else []
            if named and times and times[0]["lead"] not in DOORS_WORDS:
                pos, noun = named[0]
                start = parse_time(times[0]["t1"])
                stop = parse_time(times[0]["t2"]) if times[0]["t2"] else None
                mention = replace(found.mention, span=(begin, begin), start_time=start,
                                  end_time=stop)
                return [_Found(noun, self.titles.title_for(noun, pos, mention.start.year),
                               mention, (begin, end))]
        return []

    def _weekday_lines(self) -> list[_Found]:
        """The programme lines of a document's one run of days that open with a weekday and
        a time, no date: 'Fr., 15.00 Uhr   Offizielle Eröffnung durch den Bürgermeister'
        under 'Von Freitag, 3. Oktober, bis Montag, 6. Oktober 2025', each on the day of its
        weekday within the run (a run of a week at most, so that each weekday is one day)."""
        if not any(m.end is not None for m in self.mentions):
            return []  # (most documents: no run of days, asked before the text is read)
        lines = list(_WEEKDAY_LINE.finditer(self.text)) if _WEEKDAY_LINE_HINT.search(
            self.text) else []
        if not lines:
            return []
        # (the run the lines stand under: the last before them)
        run = next((r for i in reversed(self._mentions_between(0, lines[0].start()))
                    if (r := self.years.at(i)).end is not None), None)
        first = run.start.date() if run is not None else None
        last = run.end.date() if run is not None and run.end is not None else None
        if first is None or last is None or not 0 < (last - first).days < 7:
            return []
        days = {d.weekday(): d for n in range((last - first).days + 1)
                if (d := first + dt.timedelta(days=n))}
        found = []
        for line in lines:
            day = days.get(WEEKDAYS[line["weekday"]])
            start = parse_time(line["t1"])
            if day is None or start is None:
                continue
            stop = parse_time(line["t2"]) if line["t2"] else None
            title, place, after = _item_title(line["said"].strip())
            named = leading_phrase(title)
            mention = DateMention(span=(line.start("weekday"), line.start("weekday")),
                                  text=line.group(0).strip(), start=Day(day.year, day.month,
                                                                         day.day),
                                  start_time=start, end_time=stop)
            found.append(_Found(named[0] if named else "", title, mention,
                                (line.start(), line.end()), by_line=True, entry=True,
                                place=place or after or None))
        return found

    def _mentions_between(self, begin: int, end: int) -> range:
        """The indices of the mentions that start in ``text[begin:end]``."""
        starts = self._mention_starts
        return range(bisect.bisect_left(starts, begin), bisect.bisect_left(starts, end))

    def _has_mention(self, begin: int, end: int) -> bool:
        return bool(self._mentions_between(begin, end))

    def _line_under(self, line_end: int) -> str:
        """The line under a line ending at ``line_end`` when it is indented (it goes on with
        what the line above says); '' if none."""
        end = self.text.find("\n", line_end + 1)
        line = self.text[line_end + 1 : len(self.text) if end < 0 else end]
        return line.strip() if line[:1] in (" ", "\t") else ""

    def _timed_days(self) -> dict[int, list[_Found]]:
        """``_timed_lines`` of every day that has them, by the mention's index, when one of
        the items names an event (a column's 'Seniorennachmittag …' beside its
        'Herbstkonzert …'); none otherwise."""
        if not self._has_timed_line:
            return {}  # (most documents: no line opens with a time)
        spans = self._session_spans
        days = {i: found for i in range(len(self.mentions))
                if (found := self._timed_lines(i, spans))}
        return days if any(f.noun for found in days.values() for f in found) else {}

    @cached_property
    def _has_timed_line(self) -> bool:
        return has_timed_line(self.text)

    @cached_property
    def _session_spans(self) -> list[tuple[Day, Day]]:
        """The runs of days the document gives one event (not a column's or schedule's) that
        is no feast: a conference's, whose days' timed lines are its sessions (not "Vom 26.
        bis 29. Juni 2026 feiern wir unser Schützenfest", whose days' lines are events of
        their own)."""
        return [(m.start, m.end) for m in self.mentions
                if m.end is not None and not self._schedule_period(m) and not self._feast_run(
                    self.text[self._sentence_or_heading(m.span[0]) :
                              self.sentences.at(m.span[0])[1]])]

    def _sentence_or_heading(self, pos: int) -> int:
        """Where the sentence at ``pos`` begins or, when it is a line of its own, the line
        over it: a run's heading ("ÜRZIGER WEINFEST 2026" / "Freitag, 7. August bis Montag,
        10. August")."""
        begin = self.sentences.at(pos)[0]
        if begin < 2 or self.text[begin - 1] != "\n" or self.text[begin - 2] == "\n":
            return begin
        return self.text.rfind("\n", 0, begin - 1) + 1

    def _session_hours(self, mention: DateMention) -> DateMention:
        """A conference's run opens at the hour of its first day's first session and, where
        its last day's last line says so, closes at that line's ("Freitag, 16. Oktober
        2026" / "14.00  Begrüßung …" … "Samstag, 17. Oktober 2026" / … / "13.00  Ende der
        Tagung")."""
        assert mention.end is not None
        first = last = None
        for day in self.mentions:
            opens, closes = _same_day(day.start, mention.start), _same_day(day.start, mention.end)
            if not (opens or closes) or day.end is not None or day.relative or not (
                    self._session_day(day)):
                continue  # (only its first and last days' lines are read)
            lines = self._session_lines(day)
            opening = [line for line in lines if not _ARRIVAL_LINE.match(line[1])]
            if opening and opens:
                first = opening[0]  # (after the doors: "ab 9.00 Uhr Registrierung, …")
            if lines and closes:
                last = lines[-1]
        if first is None:
            return mention
        end = last[0] if last is not None and _END_LINE.match(last[1]) else None
        return replace(mention, start_time=first[0], end_time=end)

    def _session_lines(self, day: DateMention) -> list[tuple[dt.time, str]]:
        """The timed lines under a day alone on its line, to the next blank line: (hour,
        what the line says)."""
        found = []
        pos = self.text.find("\n", day.span[1]) + 1
        pos += self.text.startswith("\n", pos) if pos else 0  # (over a blank line)
        while 0 < pos < len(self.text) and not self.text.startswith("\n", pos):
            end = self.text.find("\n", pos)
            end = len(self.text) if end < 0 else end
            if (item := timed_item(self.text, pos, end)) is not None:
                found.append((item[0], item[2]))
            pos = end + 1
        return found

    @staticmethod
    def _feast_run(sentence: str) -> bool:
        """Whether a run's sentence names a feast, or a house closed over it ("Die
        Schießstände sind wegen des Festes vom 22. Juni bis 3. Juli … geschlossen"): no
        conference's days."""
        return _CLOSED.search(sentence) is not None or any(
            w.lower().endswith(FEAST_ENDINGS) and is_event_noun(w) for w in _WORD.findall(
                sentence))

    def _session_day(self, mention: DateMention) -> bool:
        """Whether a day alone on its line over lines of sessions at their hours is a day of
        a run the document gives one event, not a feast's: a conference's programme day
        ("Mittwoch, 22. April 2026" / "9.00 Uhr   Fachforen D–F …" within "am 21. und 22.
        April 2026")."""
        line_end = self.text.find("\n", mention.span[1])
        if line_end < 0 or mention.end is not None or self.text[
                mention.span[1] : line_end].strip() or self._feast:
            return False
        below = line_end + 1 + self.text.startswith("\n", line_end + 1)  # (a blank line
        next_end = self.text.find("\n", below)  # may stand between: "Freitag, 16. Oktober
        # 2026" / "" / "14.00  Begrüßung …")
        return timed_item(self.text, below, len(self.text) if next_end < 0 else (
            next_end)) is not None and any(_within(mention.start, first, last)
                                            for first, last in self._session_spans)

    @cached_property
    def _run_city(self) -> City | None:
        """The town the address under the document's first run of days gives."""
        run = next((m for m in self.mentions if m.end is not None), None)
        return address_near(self.text, self.sentences, self.place_labels, run.span)[1] if (
            run is not None) else None

    @cached_property
    def _feast(self) -> bool:
        """Whether the document's headline names a feast, a fair or a festival, whose days'
        programme lines are events of their own (not a conference's sessions)."""
        return self.headline is not None and self.headline[0].lower().endswith(FEAST_ENDINGS)

    @cached_property
    def _date_blocks(self) -> bool:
        """Whether the document is a programme of blocks that each open with a bare date line
        over their title line: two or more of them."""
        blocks = 0
        for m in self.mentions:
            line_start, line_end = line_around(self.text, m.span)
            if line_start >= 2 and not self.text.startswith("\n\n", line_start - 2):
                continue  # (a block's first line stands after a blank line)
            if opens_line(self.text[line_start : m.span[0]]) and entry_rest(
                    self.text[m.span[1] : line_end]) == "" and block_title(
                    self.text, line_start, line_end) is not None:
                blocks += 1
                if blocks >= 2:
                    return True
        return False

    def _many_blocks(self, line_start: int, line_end: int) -> bool:
        """Whether a bare date line opens one of a programme's blocks under a headline that
        names many events ("Konzerte im Frühjahr 2027" / "" / "Freitag, 12. März 2027, 19.30
        Uhr" / "Martinskirche Kaufbeuren" / "Passionskonzert …"): the block's title is its."""
        noun = self.headline[0] if self.headline else ""
        return bool(noun) and _singular_of(noun) not in (None, noun) and self._date_blocks and (
            block_title(self.text, line_start, line_end) is not None)

    def _parts_head(self, line_start: int) -> str | None:
        """What the parts listed a line each name ("Teil 1 – …:", "2. Runde:"): the line over
        them in their block, past a sentence that introduces them ("Die PitchNight findet in
        drei Runden statt:"), else their section's heading ("+++ PITCHNIGHT ORTENAU 2026 +++")."""
        end = line_start - 1
        for _ in range(_PARTS_MAX):
            if end < 0:
                break
            begin = self.text.rfind("\n", 0, end) + 1
            stripped = unticked(self.text[begin:end].strip())
            end = begin - 1
            if not stripped:
                break
            if _PART_LABEL.match(stripped) or stripped.endswith(":"):
                continue
            # (a heading's shape: no sentence, label or date; "Deutsches Rettungsschwimm-
            # abzeichen Silber" names no kind of event)
            return self._unshouted(stripped) if _PARTS_HEAD.fullmatch(stripped) and (
                len(stripped) <= _PART_HEAD_MAX) else None
        heading = section_heading_above(self.text, line_start)
        return self._unshouted(unticked(heading[1])) if heading and leading_phrase(
            unticked(heading[1])) else None

    def _block_named(self, line_start: int) -> tuple[str, str] | None:
        """(noun, title) of a catalogue entry by its block's first line (``block_head``):
        'Mit dem Nachtwächter durch das alte Lüneburg' / 'Wenn es dunkel wird …' / 'Termine:
        14.5., 11.6. und 9.7., jeweils 21 Uhr'."""
        head = block_head(self.text, line_start)
        if head is None:
            return None
        found = leading_phrase(head)
        return (found[0] if found else "", head)

    def _schedule_period(self, mention: DateMention) -> bool:
        """Whether a range is the period of a column or schedule, not one event's days: it
        names no event, and neither does the heading right over its line, or the headline
        if none, or it names several ("VERANSTALTUNGEN DER WOCHE" / "Offenburg und Umgebung
        · 9. bis 15. März 2026", "GOTTESDIENSTORDNUNG IN DORFEN" / "vom 2. bis 6. April
        2026"; but "Deidesheimer Weinkerwe" / "" / "14.–18. August 2026 · Ortskern")."""
        if self._read(self.sentences.at(mention.span[0])).nouns:
            return False
        line_start = line_around(self.text, mention.span)[0]
        if leading_phrase(unbulleted(line_above(self.text, line_start))):
            return False  # the run of the item on the line above: "- Weihnachtsausstellung
            # „Festlich gedeckt“ im Schloss Wernigerode" / "  29.11.2025–11.01.2026"
        above = heading_above(self.text, line_start)
        named = leading_phrase(above[1]) if above is not None else self.headline
        return named is None or _singular_of(named[0]) != named[0]

    def _matrix_cells(self, mention: DateMention, line_start: int, line_end: int
                      ) -> list[_Found] | None:
        """The events of a row of a table with a column per place, one per cell at its hour
        ("Datum | Oberlenningen, Martinskirche | Schopfloch, Ev. Kirche" / "So 1.3. | 10.00
        Pfrin. Maier | 9.00 Pfrin. Maier"), each of the kind the table's heading names
        ("GOTTESDIENSTE") unless its cell names its own ("5.30 Osternacht, anschl. …"), with
        what the cell adds ("mit Taufe"); None for a row of another table. Read once a line."""
        if line_start in self._matrix_rows:
            return self._matrix_rows[line_start]
        header = place_columns(self.text, line_start)
        if header is None or self.text.find("|", line_start, mention.span[0]) >= 0:
            return None  # (the date opens the row)
        header_start, places = header
        section = section_heading_above(self.text, header_start)
        kind = _singular_of(self._unshouted(section[1])) if section is not None else None
        found: list[_Found] = []
        lines = [(line_start, line_end)]
        begin = line_end + 1
        while begin < len(self.text):  # (its lines going on, the day's name first:
            # "Ostersonntag | 10.00 Festgottesdienst mit Posaunenchor |")
            end = line_around(self.text, (begin, begin))[1]
            first = self.text[begin:end].split("|", 1)[0]
            if self.text.count("|", begin, end) != len(places) - 1 or any(
                    c.isdigit() for c in first) or not first.strip():
                break
            lines.append((begin, end))
            begin = end + 1
        for begin, end in lines:
            for place, cell in zip(places, self.text[begin:end].split("|"), strict=False):
                m = TIMED_CELL.fullmatch(cell)
                if place is None or m is None or (start := parse_time(m["t"])) is None:
                    continue
                said = (m["said"] or "").strip()
                named = leading_phrase(said)
                added = _CELL_ADDS.search(said)
                title = named[1] if named else (
                    f"{kind} {added[1]}" if kind and added else kind)
                if title is None:
                    continue
                found.append(_Found(named[0] if named else kind, title[:1].upper() + title[1:],
                                    replace(mention, start_time=start), (line_start, end),
                                    by_line=True, entry=True, place=place))
        self._matrix_rows[line_start] = found
        return found

    def _listed_event(self, line_start: int) -> tuple[str, str] | None:
        """The event a list of bare date lines gives the dates of, when a label introduces
        the list ("Mit vier öffentlichen Dialogforen möchte die Ministerin …" / "Die Termine:"
        / "* Donnerstag, 16. April 2026, 18 Uhr" / "  Garmisch-Partenkirchen, Kongresshaus"):
        the event the sentences before the label name, else the headline's."""
        head = list_head_above(self.text, line_start)
        if head is None:
            return None
        label, line, kind = head
        if kind == "work":  # a play's performances, its title over its facts
            return "", self._unshouted(line)
        if kind == "heading":  # a heading naming the event: "Kuratorinnenführungen" / "So,
            found = leading_phrase(self._unshouted(line) if _shouted(line) else line)  # 22.3.,
            # 15 Uhr" / "Do, 16.4., 18 Uhr" (a table's caption: "BLUTSPENDETERMINE 2026")
            if found is None and DATES_WORD.search(line):  # "SPIELTERMINE": the work's
                return self._work_title or self._quoted_line_before(label)  # (a tour's:
                # "„Zwischen den Feldern – Tour 2027“" … "TOURDATEN")
            return _one_of(found[0], found[1]) if found else None
        if kind == "intro":  # "Die Bevölkerung ist zu den folgenden Informationsanlässen
            # eingeladen.", else the heading right over it: "Informationsveranstaltung zur
            # Sanierung" / "Die Bevölkerung … ist eingeladen, sich … zu informieren:"
            named = self._last_named(label, label + len(line))
            over = heading_above(self.text, label) if named is None else None
            heading = unnumbered(self.text, over[1]) if over is not None else ""
            found = leading_phrase(heading) if heading else None  # ("1. Sitzungen der …")
            return named or ((found[0], heading) if found else None)
        if more_dates_label(line) and (work := self._work_title or self.titles.headline(
                any_heading=True)) is not None:  # "Weitere Vorstellungen:": the text's work's
            return work  # (or event's)
        before = self.sentences.paragraph_break_before(max(0, label - 2))
        # (or the paragraph before that: "… lädt … zu vier Dialogabenden ein." / "Nach einer
        # kurzen Einführung …" / "Termine und Veranstaltungsorte:")
        earlier = self.sentences.paragraph_break_before(max(0, before - 2)) if before > 0 else -1
        return self._last_named(max(0, before), label) or self._last_named(
            max(0, earlier), label) or self.titles.headline(any_heading=True)

    def _list_place(self, line_start: int) -> str | None:
        """The place a list's label gives its dates ("Aufführungen im Pfarrheim, Penzberg:")."""
        head = list_head_above(self.text, line_start)
        return label_place(head[1]) if head is not None else None

    def _quoted_line_before(self, pos: int) -> tuple[str, str] | None:
        """("", the first line of the text before ``pos`` that is a quoted name alone)."""
        for line in _LINE.finditer(self.text, 0, pos):
            if _QUOTED_LINE.fullmatch(quoted := line.group(0).strip()):
                return "", quoted
        return None

    @cached_property
    def _work_title(self) -> tuple[str, str] | None:
        """(noun, title) of the work a document's heading names in quotes, above its first
        date: a play's ('„DER NEUE KNECHT“' / 'Komödie in drei Akten …'); None if none."""
        first = self.mentions[0].span[0] if self.mentions else len(self.text)
        lines = list(_LINE.finditer(self.text, 0, first))
        for k, line in enumerate(lines):
            quoted = line.group(0).strip()
            if _QUOTED_LINE.fullmatch(quoted):
                return "", quoted
            work = _QUOTED_LINE.match(quoted)  # (before its genre and author: "„Die Erbschaft
            if work is not None and _GENRE_TAIL.search(quoted, work.end()) and (  # vom …“ –
                    _DASH_AFTER.match(quoted, work.end())):  # Volksstück … von …")
                return "", work.group(0)
            if k + 1 < len(lines) and len(quoted) > 3 and quoted.isupper() and " " in quoted and (
                    _GENRE_TAIL.search(lines[k + 1].group(0))):  # in capitals, over its genre
                # and author: "DER VERKAUFTE GROSSVATER" / "Bauernkomödie … von Anton Hamik"
                return "", self._unshouted(quoted)
        return None

    def _exhibition_run(self, mention: DateMention, sentence: tuple[int, int]) -> _Found:
        """The exhibition whose run a 'Laufzeit' gives: the headline's, when it names one,
        else one titled by the heading over the lead ('Ausstellung «Schichtwechsel» – …')."""
        if self.headline is not None and event_base(self.headline[0]) in _EXHIBITIONS:
            return _Found(self.headline[0], self.headline[1], mention, sentence, by_line=True)
        named = self._page_exhibition()
        if named is not None:  # "Glanz und Ruß" / … / "Die Sonderausstellung … erzählt"
            return _Found(named[0], named[1], mention, sentence, by_line=True)
        lead = self._lead_begin  # (the heading over the lead: a letterhead is no title)
        heading = self._heading_over(lead) if lead is not None else None
        head = heading[1] if heading is not None else ""
        title = f"Ausstellung {head}" if head and len(head) <= 120 else "Ausstellung"
        return _Found("Ausstellung", title, mention, sentence, by_line=True)

    def _exhibition_head(self, mention: DateMention, line_start: int, line_end: int
                         ) -> tuple[str, str] | None:
        """(noun, title) of the exhibition a museum's page is about, when its run stands alone
        on a line of its head, before any sentence, and the text names it ('Die
        Sonderausstellung zeigt …'): "Weißes Gold vom Main" / "Porzellan und Steingut …" /
        "14. März bis 20. September 2026" → 'Sonderausstellung „Weißes Gold vom Main“'."""
        if self.text[line_start:line_end].strip() != mention.text or line_start > _HEAD_RUN_MAX \
                or ". " in self.text[:line_start]:
            return None
        return self._page_exhibition()

    def _page_exhibition(self) -> tuple[str, str] | None:
        """(noun, title) of the exhibition a page names as its sentences' subject ('Die
        Sonderausstellung zeigt …'), titled by the page's first line: 'Sonderausstellung „Glanz
        und Ruß“'."""
        runs = sum(m.end is not None and m.start_time is None for m in self.mentions)
        named = _EXHIBITION_NAMED.search(self.text) if runs == 1 else None  # (one page, one
        # exhibition: a gallery's newsletter of several is titled by none's first line)
        first = self.text.lstrip()
        head = first[: first.find("\n")].strip() if "\n" in first else ""
        if named is None or not head or len(head) > _HEADING_MAX or scan_dates(head):
            return None
        noun, name = named["noun"], strip_quotes(head)
        return noun, head if noun.casefold() in head.casefold() else f"{noun} „{name}“"

    def _section_named(self, line_start: int) -> tuple[str, str] | None:
        """(noun, title) of the event a section is about, for its labelled date ('Termin:
        …'): its heading ('YOGA-WOCHENENDE „ENTSPANNT INS FRÜHJAHR“', 'FOTOGRAFIE FÜR
        EINSTEIGER', a course), with the event noun it names, if any; None under no heading
        of its own (the document's headline is read as such)."""
        heading = section_heading_above(self.text, line_start)
        if heading is None or self._under_headline(heading[0]) or (
                (span := self.titles.headline_span()) is not None and span[0] <= heading[0]
                < span[1]):
            return None
        starts = self._mention_starts
        i = bisect.bisect_left(starts, heading[0])
        if i < len(starts) and starts[i] < heading[0] + len(heading[1]):
            return None  # a date line alone between blank lines is no heading: "Mi 9.12.2026,
            # 18:00 Uhr" / "" / "Vorhofflimmern – …"
        line = unnumbered(self.text, self._unshouted(heading[1]))  # ("2. Informations…")
        if line.casefold().rstrip(":") in BOX_HEADINGS:
            return None  # "Auf einen Blick" / "Wann:" / "2./3. Juni 2025": the headline's
        named = leading_phrase(line)
        return (named[0], line) if named is not None else ("", line)

    def _series_item(self, line_start: int, line_end: int) -> tuple[str, str] | None:
        """(noun, title) of a bare date line's item in a document that says something of all
        its events of a kind ('Alle Vorträge finden im Konferenzzentrum statt'): the line
        that names its block, after the kind when it is an event's ('Vortrag:
        Vorhofflimmern – harmlos oder gefährlich?')."""
        if self._series is None:
            return None
        title = block_title(self.text, line_start, line_end)
        if title is None:
            return None
        span = self.titles.event_headline_span() or self.titles.headline_span()
        if self._series and FOR_ALL.search(self.text) is None and span is not None and (
                _SECTION_HEADING.search(self.text, span[1], line_start)):
            return "", title  # (a series the headline names is no other section's: "Vortrags-
            # reihe „…“" over its table, "Kreativität" over "Brotbacken im Holzofen")
        return self._series, f"{self._series}: {title}" if self._series else title

    @cached_property
    def _series(self) -> str | None:
        """The kind of the events a sentence speaks of all of ('Alle Vorstellungen beginnen
        um 20 Uhr'), or the headline's series ('Neue Vortragsreihe …'): its noun in the
        singular, '' if it is no event noun or a line announces the dates that follow ('Hier
        die wichtigsten Termine …:'); None if none."""
        said = FOR_ALL.search(self.text)
        kind = _series_kind(self.headline[0]) if said is None and self.headline else None
        if kind is not None:  # "Vortragsreihe": a Vortrag each
            return kind if is_event_noun(kind) and kind != "Veranstaltung" else ""
        if said is None:  # (a list announced: "Hier die wichtigsten Termine für …:")
            return "" if _DATES_ANNOUNCED.search(self.text) else None
        noun = said["noun"]
        one = SERIES_PLURALS.get(noun) or _singular_of(noun)
        return one if one and is_event_noun(one) else ""

    def _last_named(self, begin: int, end: int) -> tuple[str, str] | None:
        """(noun, title) of the last event ``text[begin:end]`` names by no vague noun."""
        nouns = [n for n in self.titles.nouns_in(begin, end) if n[1].lower() not in _VAGUE_NOUNS
                 and not _MOTTO_BEFORE.search(self.text, max(0, n[0] - 12), n[0])]
        if not nouns:
            return None
        pos, noun = nouns[-1]
        return noun, self.titles.title_for(noun, pos)

    def _under_headline(self, pos: int) -> bool:
        """Whether the paragraph at ``pos`` comes right after the document's headline, or
        after the heading lines that go with it: a quoted title, its speaker ('Öffentliche
        Abendvorlesung' / '«Lang leben – gut leben?»' / 'Prof. Dr. Beatrice Zimmerli' /
        'Leiterin der Abteilung …' / '' / 'Mittwoch, 22. April 2026')."""
        span = self.titles.headline_span()
        if span is None or span[1] > pos:
            return False
        if not self.text[span[1] : pos].strip():
            return True
        # (a title joined of a kind's numbered heading and the name under it stands as that
        # name: "Tagung 42/26" / "Wem gehört die Stadt?")
        written = self.headline[1].split(" „", 1)[-1].rstrip("“") if self.headline else ""
        if self.headline is None or (self.text.find(written, 0, pos) < 0 and (
                self.text.find(self.headline[0], span[0], span[1]) < 0)):
            return False  # (the event the headline names stands over the date, not under it:
            # its title as written, or its noun in the headline, "Tagung: „Stadt am Fluss“")
        if pos - span[1] > _UNDER_HEADLINE_LINES * (_HEADING_MAX + 1) + _UNDER_HEADLINE_BLANKS:
            return False  # (too far for heading lines: not read, as for each programme line)
        between = [line.strip() for line in self.text[span[1] : pos].split("\n")]
        if any(is_rule(line) for line in between):
            return False  # (a rule sets the head apart from what follows)
        return sum(1 for line in between if line) <= _UNDER_HEADLINE_LINES and sum(
            1 for line in between if not line) <= _UNDER_HEADLINE_BLANKS and all(
            not line or (len(line) <= _HEADING_MAX and not line.endswith((".", ":"))
                         and not scan_dates(line)) for line in between)

    def _own_section(self, begin: int) -> str | None:
        """The heading right over a paragraph of a document of many sections, naming no
        event, when another section's heading names the headline's event (a bulletin's
        "Jungmusikerleistungsabzeichen (JMLA)" after its "Rückblick Bezirksversammlung")."""
        span = self.titles.event_headline_span()
        heading = self._heading_over(begin)
        if span is None or heading is None or span[0] <= heading[0] < span[1] or (
                heading[0] < span[0]) or self.titles.nouns_in(
                heading[0], heading[0] + len(heading[1])):
            return None
        line = heading[1].strip()
        if line.endswith(("!", "?")) or not nominal(line):
            return None  # a slogan, no name: "Stöbern, feilschen, Nachbarn kennenlernen!"
        return line

    def _named_in_heading(self, begin: int) -> tuple[str, str] | None:
        """The event the heading over a paragraph names anywhere in it ('Kreismusikschule
        lädt zum Frühjahrskonzert'), for the paragraph's first sentence."""
        heading = self._heading_over(begin)
        if heading is None:
            return None
        nouns = self.titles.nouns_in(heading[0], heading[0] + len(heading[1]))
        if not nouns:
            return None
        pos, noun = nouns[0]
        if _EVENT_VERBS.isdisjoint(heading[1].split()):  # a name: "Lüneburger Frühling mit
            return noun, heading[1]  # verkaufsoffenem Sonntag"; not a sentence: "… lädt zum …"
        return noun, self.titles.title_for(noun, pos)

    def _heading_over(self, begin: int) -> tuple[int, str] | None:
        """The heading line right over a paragraph, or over the blank line above it (not
        a programme's line: "14 Uhr: Großer Festumzug …" over the next day's "Mo., 17.8.");
        a paragraph indented under its heading too ("► Anfängerkurs 2026" / "  Unser Kurs …")."""
        if begin and self.text[begin - 1] in " \t":
            line_start = self.text.rfind("\n", 0, begin) + 1
            if not self.text[line_start:begin].strip():
                begin = line_start
        heading = heading_above(self.text, begin) or (
            heading_above(self.text, begin - 1)
            if begin >= 2 and self.text.startswith("\n\n", begin - 2) else None)
        return heading if heading is not None and not _TIMED_LINE.match(heading[1]) else None

    def _first_day_hour(self, mention: DateMention) -> dt.time | None:
        """The hour a run's first day opens at, said by its weekday after the run, in its
        paragraph or the one under it: "Sa., 26. Juni und So., 27. Juni 2027" / "Samstag ab
        17 Uhr …, Sonntag ab 11 Uhr …"."""
        first = mention.start.date()
        if first is None:
            return None
        own = self.sentences.paragraph_end(mention.span[1])  # (its paragraph, or the one
        # under it: a heading's "Brunecker Stadtfest · 3./4. Juli 2026" over its text)
        stop = self.sentences.paragraph_end(own + 2) if own + 2 < len(self.text) else own
        for m in _WEEKDAY_HOUR.finditer(self.text, mention.span[1],
                                        min(stop, mention.span[1] + _DAY_HOUR_REACH)):
            if WEEKDAYS.get(m["day"].rstrip(".")) == first.weekday():
                return parse_time(m["time"])
        return None

    def _data_sentence_heading(self, mention: DateMention, begin: int, end: int
                               ) -> tuple[str, str] | None:
        """(noun, title) of the heading over the paragraph a sentence of a date's data alone
        ends ("Gaming-Nachmittag" / "" / "Nintendo Switch … für Jugendliche ab 10 Jahren." /
        "Freitag, 29. Oktober 2027, 15–18 Uhr, Jugendbereich „Freiraum“.")."""
        if mention.span[0] != begin or begin < 2 or self.text.startswith("\n\n", begin - 2):
            return None  # (a paragraph's own first line is its heading's business)
        rest = self.text[mention.span[1] : end]
        if len(rest) > _DATA_REST_MAX or any(
                w not in _DATA_WORDS for w in _LOWER_WORD.findall(rest)):
            return None
        para = self.sentences.paragraph_break_before(begin)
        title = self._entry_heading(para + 2) if para >= 0 else None
        if title is None:
            return None
        named = leading_phrase(title)
        return (named[0] if named else "", title)

    def _heading_paragraph(self, line_start: int, line_end: int) -> str | None:
        """A heading's paragraph of its own (a web page's h3, a Markdown heading) over a bare
        date line, when the date's lines go on under it or a sentence follows it: "Nistkasten-
        bau für Kinder" / "" / "Samstag, 18. April 2026, 14 bis 17 Uhr" / "Naturschutzzentrum
        …"; not over a card's date alone, whose title stands below it ("Sa, 06.12.2025 ·
        15:00 Uhr" / "" / "Nikolausumzug durch die Altstadt"), nor under the headline's
        heading lines (the headline's event's date)."""
        if self.headline is not None and self._under_headline(line_start):
            return None
        if self.text.startswith("\n\n", line_end):
            below = line_end + 2
            stop = self.text.find("\n", below)
            line = self.text[below : len(self.text) if stop < 0 else stop].strip()
            if not line.endswith((".", "!")) and len(line) <= _HEADING_MAX and not (
                    stop >= 0 and self._opens_dated_paragraph(stop + 1)):
                return None  # (but a heading over the next date's paragraph is the next
                # entry's: "Internationaler Museumstag" / "" / "Sonntag, 17. Mai 2026 · 10–18
                # Uhr …" / "" / "ORF-Lange Nacht der Museen" / "" / "Samstag, 3. Oktober …")
            if not scan_dates(line) and leading_phrase(line) is not None:
                return None  # (the paragraph's first words name it: "Unsere Gottesdienste" /
                # "" / "Heiligabend, 24. Dezember, 16 Uhr" / "" / "Familiengottesdienst mit
                # Krippenspiel in der Stadtkirche. …"; not "Eröffnung am Freitag, 23. …")
        elif title_below(self.text, line_end) is not None:
            return None  # (the line under it names it: "▸ Sonntag, 19. Oktober, 17 Uhr" /
            # "Schumann Quartett", under "Die Konzerte im Überblick")
        heading = self._entry_heading(line_start)
        if heading is not None and _CALENDAR_HEADING.search(heading):
            # a calendar's own heading names none of its entries: the line under the date
            # does, up to its first comma ("VERANSTALTUNGSKALENDER MAI 2026" / "" / "Fr.,
            # 01.05. (Maifeiertag)" / "Maibaumstellen auf dem Marktplatz, ab 11 Uhr, …")
            stop = self.text.find("\n", line_end + 1)
            under = self.text[line_end + 1 : len(self.text) if stop < 0 else stop].split(
                ",", 1)[0].strip(" .")
            return under if _CAPITALISED.match(under) and len(under) <= _ENTRY_LEAD_MAX else None
        return heading

    def _opens_dated_paragraph(self, pos: int) -> bool:
        """Whether a blank line at ``pos`` stands over a paragraph that opens with a date."""
        if not self.text.startswith("\n", pos):
            return False
        starts = self._mention_starts
        i = bisect.bisect_left(starts, pos)
        return i < len(starts) and starts[i] - pos <= 2 and "\n" not in self.text[
            pos + 1 : starts[i]]

    def _closing_heading(self, line_start: int) -> str | None:
        """The heading over the paragraph a bare date line closes, under its sentences
        ("Stummfilm mit Live-Musik: NOSFERATU" / "" / "Murnaus Klassiker …, live begleitet
        …" / "Freitag, 19.03.2027 · 21 Uhr · Eintritt 15 €"): not the title below it."""
        if self.text.startswith("\n", line_start - 2) or not line_above(
                self.text, line_start).endswith((".", "!", "?")):
            return None
        para = self.sentences.paragraph_break_before(line_start)
        first = self.text[para + 2 : self.text.find("\n", para + 2)].rstrip()
        if para < 0 or not first.endswith((".", "!", "?")):
            return None  # (a catalogue's entry: its title line opens the block, under its
            # category: "Sprachen" / "" / "Spanisch A1" / "…" / "Mi, 04.03.2026 …")
        return self._entry_heading(para + 2)

    def _entry_heading(self, line_start: int) -> str | None:
        """``_title_over_paragraph``, when it names an entry: not a list's of dates
        ("Termine"), a box's ("Info"), a venue or a town."""
        head = self._title_over_paragraph(line_start)
        return head if head is not None and not DATES_WORD.search(head) and (
            head.casefold().rstrip(":") not in BOX_HEADINGS) and not is_venue(head) and not (
            _opens_with_town(head)) else None

    def _title_over_paragraph(self, line_start: int) -> str | None:
        """The heading over the paragraph a date line opens, when it reads as an entry's
        title ("Babymassage" / "" / "5 x dienstags ab 10. März 2026, …")."""
        if not self.text.startswith("\n\n", line_start - 2):
            return None
        heading = self._heading_over(line_start)
        if heading is None or heading[0] == 0 or not self.text.startswith(
                "\n\n", heading[0] - 2):  # (a paragraph of its own; not the document's
            return None  # headline, nor the last line of the block above)
        title = heading[1]
        return title if len(title) <= 80 and not scan_dates(title) and (
            title[:1].isupper() or title[:1] in "„\"»«") and (
            title.split()[0] not in MONTHS) else None  # (no month's heading: "August")

    def _section_heading(self, begin: int) -> tuple[str, str, str | None] | None:
        """The heading right above a paragraph, when it names an event: a programme's
        'Hackathon „Code for Südwestfalen“' over 'Am 19. und 20. Mai treten …'; with the
        town a brief's heading opens with ('Hitzkirch: Chilbi …'), if any."""
        heading = self._heading_over(begin)  # (over a blank line too: HTML's <h2>)
        if heading is None:  # (or over the block's first line, when no date stands between:
            # "Infoabend Sprachen" / "Sie wissen nicht, welches Niveau …? Am Mittwoch, 9.
            # September, um 18 Uhr beraten unsere Dozentinnen …")
            broken = self.sentences.paragraph_break_before(begin)
            first_end = self.text.find("\n", broken + 2 if broken >= 0 else 0, begin)
            if first_end < 0 or self._has_mention(first_end, begin):
                return None
            heading = self._heading_over(first_end + 1)
            if heading is None or _LIST_ITEM.match(heading[1]):
                return None  # (not a list's first item: "1. Fragestunde …" / "2. …")
        elif _LIST_ITEM.match(heading[1]) and _LIST_ITEM.match(self.text, begin):
            return None  # an item of a list is no heading of the next: "1. Fragestunde für
            # Einwohner" / "2. Bebauungsplan … – Aufstellungsbeschluss vom 14.10.2025"
        above_start, above = heading
        if address_of_firm(above):
            return None  # a letterhead's address: "Kulturbüro … Konzerte GmbH · … · 22767 …"
        town = _day_item(above, 0)  # (as a calendar column's item opens with it)
        if town is not None and lookup_city(town["town"]) is None:
            town = None
        if town is not None:  # a brief's town before its heading places the event, and is no
            above = above[town.end() :]  # part of its name: "Hitzkirch: Chilbi mit …"
        found = leading_phrase(unbulleted(unnumbered(self.text, above)))
        if found is None:  # (most headings: asked first, as it reads the heading alone)
            return None
        lead = self._lead_begin
        for span in (self.titles.headline_span(), self.titles.event_headline_span()):
            if span is not None and span[0] <= above_start <= span[1] and (
                    lead is None or span[0] < lead):
                return None  # the document's own headline is handled as such (a heading
                # under the lead, "Symposium „Materials for Hydrogen“", is a section's)
        return found[0], without_venue(found[1]), town["town"] if town is not None else None

    # -- what each event carries --------------------------------------------------------

    def _assemble(self, group: list[_Found], main: bool, alone: bool = False) -> Event:
        first = group[0]
        title = _DECORATION.sub("", max((f.title for f in group), key=_title_quality))
        if main and not first.venue_noun and not first.by_line and self.headline is not None:
            noun, headline = self.headline
            if self.titles.same_kind(noun, first.noun) and not _plural_of(noun, first.noun) and (
                    self._whole_heading(headline) or not _title_quality(title)[0]) and not (
                    _other_edition(title, headline)):
                title = headline
            elif self._feast and first.noun and title.casefold() == first.noun.casefold() and (
                    first.noun.lower().endswith(FEAST_ENDINGS)):
                title = headline  # a feast's bare kind, under its name: "MUSIKSOMMER AM SEE
                # 2026" / "Festival für Musik und Wort · Gmunden · 10. bis 12. Juli 2026"
        if main and not first.by_line and self.headline is not None and not is_event_noun(
                self.headline[0]) and _EDITION_YEAR.search(self.headline[1]) and not (
                _title_quality(title)[0]):
            # (an edition's name over the event its text names by kind or venue only: "Holz &
            # Energie Luzern 2026: …" / "… wird die Messe Luzern erneut zum Treffpunkt …")
            title = self.headline[1]
        # the times may stand by any report of the event: "Workshop am 20.03." in the headline,
        # "… am Mittwoch, 20. März 2024 … Beginn ist um 9:30 Uhr" in the text
        timed = [with_block_times(f.mention, self.text, self.sentences) for f in group]
        mention = next((m for m in timed if m.start_time is not None and m.end_time is not None
                        and m.end == timed[0].end), None) or next(
            (m for m in timed if m.start_time is not None), timed[0])  # (the report that says
        # both hours first: "Fachtagung: Do., 18.02.2027, 13.00 Uhr – Fr., 19.02.2027, 13.00
        # Uhr" in its box, after "… lädt … am 18. und 19. Februar 2027 … ein")
        if alone and mention.start_time is None and mention.end is None:
            mention = self._begins(first, mention)
        if mention.end is None and mention.end_time is None and not (
                first.entry and mention.start_time is not None):  # (an entry at its hour is
            # that hour's, not the run of what it shows: "Um 11.30 Uhr … führt … durch die
            # Sonderausstellung …" before "… ist noch bis zum 30. August zu sehen")
            until = self._until(first) or self._runs_until(first)
            if until is not None:  # "eröffnet am 24. Oktober … diskutieren bis zum 25. Oktober"
                mention = replace(mention, end=until)
        if mention.start_time is None and mention.end is None and self.shared_times:
            shared = self._shared_time(first.sentence, mention)
            if shared is not None:
                mention = replace(mention, start_time=shared[0], end_time=shared[1])
        kind = first.noun or (self._series if first.by_line else None)  # (a line naming no
        # kind, of the series the document says things of all of: "Alle Lesungen …")
        if mention.start_time is None and mention.end is None and kind and (
                start := self._kind_times.get(event_base(kind))) is not None:
            mention = replace(mention, start_time=start)  # "Alle Lesungen beginnen um 19.30 Uhr"
        if mention.start_time is None and first.by_line:  # the hours on the line above:
            hours = hours_above(self.text, line_around(self.text, mention.span)[0])
            if hours is not None:  # "8 x mittwochs, 18:30–20:00 Uhr" / "07.10. – 25.11.2026"
                mention = replace(mention, start_time=hours[0], end_time=hours[1])
        if mention.start_time is None and mention.end is not None and (
                daily := daily_hours(self.text, *first.sentence)) is not None:
            # "Die Messe läuft vom 11. bis 15. März und ist täglich von 9.30 bis 18 Uhr
            # geöffnet": those hours on each of its days
            mention = replace(mention, start_time=daily[0], end_time=daily[1])
        by_weekday = self._weekday_hours(group, mention) if (
            mention.start_time is None and mention.end is not None) else None
        if by_weekday is not None:  # "Öffnungszeiten: Freitag und Samstag 9–18 Uhr, Sonntag
            # 9–17 Uhr": its first day's opening to its last day's closing (or the same hours
            mention = replace(  # each day: "Sie ist täglich von 10 bis 18 Uhr geöffnet.")
                mention, start_time=by_weekday[0][0], end_time=by_weekday[-1][1])
        repeat = self._repeat(mention, first.sentence) if by_weekday is None or len(
            set(by_weekday)) == 1 else None  # (not of a run's opening hours:)
        if mention.start_time is None and mention.end is not None:
            mention = self._opening_hours(mention)  # (its first day's opening to its last's
            # closing)
        if mention.start_time is None and mention.end is not None:
            mention = self._begins_below(mention)
        if mention.start_time is None and mention.end is not None and self._has_timed_line:
            mention = self._session_hours(mention)  # (a conference's first and last sessions)
        if mention.continuous:
            repeat = Repeat.CONTINUOUS
        if mention.end is None and mention.start_time is not None and (
                mention.end_time is not None and mention.end_time < mention.start_time):
            mention = replace(mention, end=next_day(mention.start))  # past midnight: "20.00 Uhr
            # Guuggerkonzerte … (bis 01.00 Uhr)"
        sentences = [f.sentence for f in group]
        # a programme entry: the lines under its date, up to the next entry, describe it
        lines = section(self.text, self.sentences, first.mention.span[1],
                        self._next_entry(first.mention.span[1])) if first.by_line else []
        related = _Related(sentences, frozenset(
            {f.noun for f in group if f.noun} | self.titles.nouns_of(title)), lines)
        venues, city = self._place(group, related, title)
        organisers = self._organisers(sentences + lines, related, main)
        contacts = self._contacts(related)
        if first.sentence not in self._excerpts:
            self._excerpts[first.sentence] = _excerpt(self.text[slice(*first.sentence)])
        cancelled = any(self._cancelled(f) for f in group) or bool(_STATUS_HEAD.match(title)) or (
            any(f.by_line and STATUS_TAIL.search(f.title) for f in group))  # (a title line's
        # status after its dash: "Sa, 08.08.2026" / "" / "Lichterfest am Lechfall – entfällt")
        open_days = self.text[slice(*first.mention.span)].replace("\n", " ") if (
            first.mention.span in self._open_spans) else None
        return Event(
            open_days=open_days,
            title=self._unshouted(_nominative(_NOTE_TAIL.sub("", STATUS_TAIL.sub(
                "", _ANNOUNCING_HEAD.sub("", _STATUS_HEAD.sub("", unbulleted(unnumbered(
                    self.text, _DECORATION.sub("", title))))))))),
            start=mention.start,
            end=mention.end,
            start_time=mention.start_time,
            end_time=mention.end_time,
            repeat=repeat,
            venue=venues,
            city=city.name if city else None,
            geo=(city.latitude, city.longitude) if city else None,
            organisers=organisers,
            contacts=contacts,
            sources=(Source(self.doc.name, self._excerpts[first.sentence]),),
            cancelled=cancelled,
        )

    def _repeat(self, mention: DateMention, sentence: tuple[int, int]) -> Repeat | None:
        """How the hours a run of days states recur ('jeweils 19:00–20:30 Uhr' after its
        first and last day): each week on the first day's weekday when the text names the
        weekday ('Mi, 14. Jänner bis 25. März 2026', 'dienstags') and the last day falls on
        it, two weeks or more on, unless it says 'täglich'; else each day. None for one day,
        for no hours, or hours that pass midnight; None too where the text leaves days out
        ('nicht in den Osterferien') or counts other than the days give ('10 Termine' from 13
        January to 24 March, eleven Tuesdays): which day is left out it does not say."""
        first = mention.start.date()
        last = mention.end.date() if mention.end is not None else None
        if mention.continuous or first is None or last is None or last <= first or (
                mention.start_time is None or mention.end_time is None
                or mention.end_time <= mention.start_time):
            return None
        days = (last - first).days
        said = self.text[sentence[0] : sentence[1]]
        # (the date's line and the lines of its block above and below it)
        block = self.text[slice(*block_around(self.text, mention.span))]
        weekday = mention.weekday is not None or _WEEKDAY_ADVERB.search(said + block) is not None
        weekly = days >= _WEEKS and days % 7 == 0 and weekday and "täglich" not in said
        count = days // 7 + 1 if weekly else days + 1
        stated = _SESSION_COUNT.search(block)
        if _LEFT_OUT.search(block) or (stated is not None and int(stated["n"]) != count):
            return None
        return Repeat.WEEKLY if weekly else Repeat.DAILY

    def _weekday_hours(self, group: list[_Found], mention: DateMention
                       ) -> list[tuple[dt.time, dt.time]] | None:
        """The hours of each day of a run, in order, that its opening hours by weekday state
        after any report of it and before the text's next date ("3. bis 5. Juli 2026" /
        "Öffnungszeiten: Freitag und Samstag 9–18 Uhr, Sonntag 9–17 Uhr"); None unless they
        state every one of its days (an office's "Mo–Fr 9–12 Uhr" is no weekend fair's)."""
        assert mention.end is not None
        first, last = mention.start.date(), mention.end.date()
        weekday = first.weekday() if first is not None else mention.weekday
        if first is None or last is None:  # (a year-less run its weekday is said of:
            first, last = _leap_day(mention.start), _leap_day(mention.end)  # "Samstag, 21.
            # März und Sonntag, 22. März")
        if weekday is None or first is None or last is None or not 0 < (last - first).days < 7:
            return None
        starts = self._mention_starts
        for found in group:
            after = found.mention.span[1]
            i = bisect.bisect_right(starts, after)
            hours = weekday_hours(self.text, after, starts[i] if i < len(starts) else len(
                self.text))
            days = [hours.get((weekday + n) % 7) for n in range((last - first).days + 1)]
            if hours and None not in days:
                return days  # type: ignore[return-value]
        return None

    def _opening_hours(self, mention: DateMention) -> DateMention:
        """A run of days opens at the hours its first day's line states and closes at its last
        day's: "Freitag, 17.10.2025: 14.00 – 18.00 Uhr" / "Samstag, 18.10.2025: 10.00 –
        15.00 Uhr" under the fair of 17 and 18 October."""
        assert mention.end is not None
        first, last = mention.start, mention.end
        opens = next((hours for day, hours in self._hours_by_day.get((first.month, first.day), ())
                      if _same_day(day, first)), None)
        if opens is None:
            return mention
        closes = [hours for day, hours in self._hours_by_day.get((last.month, last.day), ())
                  if _same_day(day, last)]
        return replace(mention, start_time=opens[0], end_time=closes[-1][1] if closes else None)

    def _begins_below(self, mention: DateMention) -> DateMention:
        """A run of days whose start and end the line under it states: "2./3. Juni 2025" /
        "Beginn: 2. Juni, 13:00 Uhr – Ende: 3. Juni, ca. 15:00 Uhr"."""
        line_end = self.text.find("\n", mention.span[1])
        if line_end < 0 or self.text[mention.span[1] : line_end].strip():
            return mention  # (the days must close their line)
        said = _BEGIN_END.match(self.text, line_end + 1)
        if said is None or (start := parse_time(said["t1"])) is None:
            return mention
        end = parse_time(said["t2"]) if said["t2"] else None
        return replace(mention, start_time=start, end_time=end, continuous=end is not None)

    @cached_property
    def _hours_by_day(self) -> dict[tuple[int, int], list[tuple[Day, tuple[dt.time, dt.time]]]]:
        """The document's lines of opening hours, by day of the year, in the order of the
        text: read once, not once per run of days (a programme of many fairs)."""
        found: dict[tuple[int, int], list[tuple[Day, tuple[dt.time, dt.time]]]] = {}
        for other in self.mentions:
            hours = self._hours_line(other) if other.end is None else None
            if hours is not None:
                found.setdefault((other.start.month, other.start.day), []).append(
                    (other.start, hours))
        return found

    def _hours_line(self, mention: DateMention) -> tuple[dt.time, dt.time] | None:
        """The hours a line that holds nothing but a date and its hours states: a line of
        opening hours ("Samstag, 18.10.2025: 10.00 – 15.00 Uhr"). (The line is found from the
        date outward within its short length: a text of one long line is not read per date.)"""
        begin, end = mention.span
        if mention.start_time is not None:  # the date finder read the hours with the date,
            # as it does in a table's row, after a bar or a cell's padding ("Freitag | 3. Juli
            # 2026 | 10–18 Uhr", "Freitag, 3.10.     14.00 – 23.00 Uhr"; not in a programme's
            # line: "Donnerstag, 19. Mai 2022, 8 bis 10 Uhr" is an event's own)
            hours_end = _before_space(self.text, _line_end(self.text, end))
            if hours_end != end or mention.end_time is None or not _CELL_GAP.search(mention.text):
                return None
            start: dt.time | None = mention.start_time
            stop: dt.time | None = mention.end_time
        else:
            hours = _HOURS.match(self.text, end)
            if hours is None:
                return None
            hours_end = hours.end()
            start, stop = parse_time(hours["t1"]), parse_time(hours["t2"])
        note = _LINE_NOTE.match(self.text, hours_end)  # (a note on the day's hours:
        # "(vormittags reserviert für Schulklassen)")
        line_end = note.end() if note is not None else hours_end
        if line_end < len(self.text) and not self.text.startswith("\n", line_end):
            return None
        newline = self.text.rfind("\n", max(0, begin - _HOURS_LINE_MAX), begin)
        if newline < 0 and begin > _HOURS_LINE_MAX:
            return None
        line_start = newline + 1
        if hours_end - line_start > _HOURS_LINE_MAX or not opens_line(
                _CELL_BAR.sub(", ", self.text[line_start:begin])):  # (a table's row too:
            return None  # "Freitag | 3. Juli 2026 | 10–18 Uhr")
        return (start, stop) if start is not None and stop is not None and stop > start else None

    def _next_entry(self, pos: int) -> int | None:
        """Where the first programme line after ``pos`` starts, if there is one."""
        i = bisect.bisect_right(self._entries, pos)
        return self._entries[i] if i < len(self._entries) else None

    def _whole_heading(self, title: str) -> bool:
        """Whether a heading line is the title itself ('Clustertagung in Wetzlar')."""
        return any(
            self.sentences.is_heading_span((b, e)) and self.text[b:e].strip() == title
            for b, e in self.sentences.first(6)
        )

    def _sentence_cues(self, span: tuple[int, int]) -> tuple[int, bool]:
        """Where a sentence calls something off (-1: nowhere) and whether it puts something
        off, neither as a supposition ("Bei Regen wird … verschoben"); read once a sentence."""
        if span not in self._cues:
            sentence = self.text[slice(*span)]
            # (what was to have happened is no supposition: "…, der … stattfinden sollte")
            supposed = _CONDITIONAL.search(_WAS_PLANNED.sub("", sentence)) is not None
            cue = _CANCELLED.search(sentence) or _WOULD_HAVE.search(sentence)
            self._cues[span] = (span[0] + cue.start() if cue and (
                not supposed or cue.re is _WOULD_HAVE) else -1, _put_off(sentence) and not supposed)
        return self._cues[span]

    def _cancelled(self, found: _Found) -> bool:
        begin = found.sentence[0]
        start = found.mention.span[0]
        if _superseded(self._flat(max(begin, start - 40), start)):
            return True  # the old day of a moved event: "Statt wie geplant vom 19. bis 21.
            # Juni …", "die ursprünglich für Donnerstag, 26. März, geplante Bürgerversammlung"
        cue_at, postponed = self._sentence_cues(found.sentence)
        new_day = _NEW_DATE_BEFORE.search(self.text, max(begin, start - 30), start) is not None
        if 0 <= cue_at < start and new_day:
            cue_at = -1  # the day it is moved to, after the cue calling off the old one: "… –
            # ENTFÄLLT, verschoben auf Sa 28.11., 19.30 Uhr"
        if (cue_at >= 0 and not self._other_day_off(found, cue_at)) or (
                found.entry and (self._notes_cancel(found) or self._noted_off(found))):
            return True
        if postponed:
            if _NEW_DATE_NOTED.match(self.text, found.mention.span[1]):
                return False  # "Sa., 14. Feber 2026 (VERSCHOBEN – ursprünglich 31. Jänner)"
            return not new_day or self._then_off(found.sentence)
        return False

    def _noted_off(self, found: _Found) -> bool:
        """Whether a note apart from a programme's entry calls it off or puts it off, naming
        its day and its title's first word ("Der Drachenwand-Klettersteig am Samstag, 9. Mai,
        muss … verschoben werden. Neuer Termin: …" over the table's row "Sa 09.05. |
        Drachenwand-Klettersteig (C/D) | …")."""
        word = _WORD.match(found.title)
        if word is None or len(word[0]) < _NOTED_WORD_MIN:
            return False
        start = found.mention.start
        return any(m.start.month == start.month and m.start.day == start.day and (
            m.span != found.mention.span and word[0] in note) for m, note in self._off_notes)

    @cached_property
    def _off_notes(self) -> list[tuple[DateMention, str]]:
        """The dates sentences call off or put off (not the day they are put off to, nor as
        a supposition), each with its sentence."""
        notes = []
        for m in self.mentions:
            if m.end is not None or m.relative:
                continue
            span = self.sentences.at(m.span[0])
            cue_at, postponed = self._sentence_cues(span)
            if (cue_at >= 0 or postponed) and not _NEW_DATE_BEFORE.search(
                    self.text, max(span[0], m.span[0] - 30), m.span[0]):
                notes.append((m, self.text[slice(*span)]))
        return notes

    def _then_off(self, sentence: tuple[int, int]) -> bool:
        """Whether the sentence right after one calls off what it said ("… hatte das Fest auf
        Samstag, 25. April, verschoben. Nun wird auch daraus nichts.")."""
        following = _after_space(self.text, sentence[1])
        return following < len(self.text) and _THAT_OFF.match(
            self.text, following, following + _THAT_OFF_MAX) is not None

    def _other_day_off(self, found: _Found, cue_at: int) -> bool:
        """Whether a sentence's cue calls off another date it names right before the cue, not
        the event's: 'Di, 13. Jänner bis 24. März' / '(nicht in den Ferien, 3. Feber
        entfällt)' drops one evening of the course."""
        i = bisect.bisect_left(self._mention_starts, cue_at) - 1
        if i < 0:
            return False
        other = self.mentions[i]
        return other.span != found.mention.span and other.span[0] > found.mention.span[1] and (
            cue_at - other.span[1] <= _CUE_AFTER_DATE)

    def _notes_cancel(self, found: _Found) -> bool:
        """Whether the lines a programme entry's line has under it call it off: '• So, 18.
        Jänner 2026, 14.30 Uhr – Seniorennachmittag' / '  ACHTUNG: Der Seniorennachmittag
        entfällt leider wegen …', or move it to the date they name ('… wird verschoben auf
        Mittwoch, 22. April 2026')."""
        said, moved = self._notes(found)
        if moved:
            return True
        if not _CANCELLED.search(said) or _CONDITIONAL.search(said):
            return False
        # (not a note calling off another event: "Das Kinderschützenfest am Montagnachmittag
        # entfällt" under "10.00 Uhr  Frühschoppen mit Ehrungen")
        named = {w for w in _WORD.findall(said) if is_event_noun(w)}
        return not named or not found.noun or found.title.casefold() == found.noun.casefold() or (
            any(found.noun.lower() in w.lower() or w.lower() in found.title.lower()
                for w in named))  # (an entry named by its kind alone is any note's: "Di
        # 18.11." / "!! KEINE VORSTELLUNG !!" / "… entfällt der Filmclub-Abend …")

    def _notes(self, found: _Found) -> tuple[str, bool]:
        """The lines a programme entry's line has under it, as one text, and whether one of
        them moves it to the date it names ('ACHTUNG, TERMINÄNDERUNG: Modul 4 wird verschoben
        auf Mittwoch, 22. April 2026'). They end at a blank line, at another date, and at a
        line that opens another entry (a bullet, a digit, a town before its time)."""
        # (the entry's own line: a day's timed item stands below the day it is dated by)
        pos = self.text.find("\n", max(found.sentence[0], found.mention.span[1]))
        starts = self._mention_starts
        later = bisect.bisect_left(starts, max(pos, 0))
        stop = starts[later] if later < len(starts) else len(self.text)
        notes: list[str] = []
        limit = pos + _NOTES_MAX
        while 0 <= pos < limit:
            end = self.text.find("\n", pos + 1)
            end = len(self.text) if end < 0 else end
            line = self.text[pos + 1 : end].strip()
            if line and end > stop and stop > pos and _POSTPONED.search(
                    self.text, pos + 1, stop) and _NEW_DATE_BEFORE.search(
                    self.text, max(pos + 1, stop - 30), stop):
                return " ".join(notes), True
            if not line or end > stop or (line[0] in _ENTRY_MARKS and line[1:2] != line[0]
                                           and not _STATUS_NOTE.match(line)) or (
                    line[0].isdigit()) or (
                    timed_item(self.text, pos + 1, end) is not None):
                break  # (a line holding the next date is that entry's, a timed line its own)
            notes.append(line)
            pos = end
        return " ".join(notes), False

    def _place(self, group: list[_Found], related: _Related, title: str
               ) -> tuple[tuple[str, ...], City | None]:
        if self._place_open(group[0].sentence):
            return (), None  # "Der Veranstaltungsort wird … noch bekannt gegeben"
        said = labelled_place(self.text, self.sentences, self.place_labels,
                              self._place_span(group[0]))
        if said is not None and is_online(said):
            return (), None  # "Ort: online (Microsoft Teams)": held nowhere
        venues: list[str] = []
        city: City | None = None
        for found in group:
            facts = self._read(found.sentence)
            own = facts.clause_at(found.mention.span[0] - found.sentence[0])
            line_venues, line_city = self._place_after(found)
            venues += line_venues
            city = city or line_city
            venues += [v for v in [facts.opened] if v]
            venues += [v for (_, v), c in zip(facts.venues, facts.venue_clauses, strict=True)
                       if c is None or c == own]
            cities = [c for (_, c), i in zip(facts.cities, facts.city_clauses, strict=True)
                      if i is None or i == own]
            city = city or self._city_of_date(found, cities)
        venues += self._venues_after(related, None if not group[0].entry else (
            self._place_span(group[0])[0]))  # (a programme's
        # entry: not where another entry's same kind is held, "10.00 Uhr  Prösels: Palmweihe
        # bei der Schlosskapelle" under "19.00 Uhr  St. Konstantin: Vorabendmesse mit …")
        venues = [v for v in dict.fromkeys(venues) if not lookup_city(v)]
        venues = [v for v in venues if not any(v != o and v in o for o in venues)]
        if city is None and group[0].entry:  # a programme's entry: the city said for all
            city = self.shared_city  # its events, not one in its title ("SV Kleve-Kellen – SV
            # Rees 08" under "Alle Heimspiele finden … in Kleve statt")
            if city is None and self._feast:  # (or a feast's, under its run's address:
                city = self._run_city  # "Festplatz am Schützenhaus, Schloß Holte-Stukenbrock")
        if city is None:  # (not a speaker's affiliation: "Prof. Keller (Universität Würzburg)")
            home = _home_side(title)  # (not the opponent's: "Heimspiel gegen TC
            city = _city_in_title(_PARENTHESES.sub("", without_peaks(home)), self.text) if (
                # Ravensburg", "Herren I – TSG Wiesloch"; nor a peak's, before its height:
                # "Bergmesse am Wendelstein (1.838 m)")
                " in " not in home) else _city_after_in(home)
            if city is not None and _NAME_LIST.search(home):
                city = None  # (a programme's composers: "Nielsen, Buxtehude, Improvisation")
        city = city or _city_of_venues(venues)
        if city is None:
            city = self._city_after(related)
        # (a city adjective is weaker than a city the text names: "die Wiener Festwochen
        # gastieren in Graz")
        city = city or city_of_adjective(title) or _city_of_venues(venues, adjective=True)
        elsewhere = False  # whether a row's place cell names another town than the text's
        if group[0].place is not None:  # a table row's place cell
            if is_online(group[0].place):
                return (), None  # "online": held nowhere
            row_venues, row_city = place_line(group[0].place)
            last = group[0].place.rsplit(",", 1)[-1].strip()
            if row_city is None and "," in group[0].place and (
                    village := postcode_town(last)) is not None:
                row_city = village  # a table cell's town the gazetteer leaves out, its
                # village's ("Feldscheune Fam. Ohr, Richtung Forndorf, Wieseth")
                row_venues = tuple(v for v in row_venues if v != last)
            elsewhere = not row_venues and row_city is not None and city is not None and (
                row_city.name != city.name)
            first = group[0].place.split(",", 1)[0].strip()
            if row_city is None and "," in group[0].place and " " not in first and (
                    not opens_with_venue(first)):
                city = None  # a place the gazetteer lacks opens the cell ("Fuchstal,
                # Gemeindehalle Leeder"): no other town of the text's is the row's
            venues, city = list(row_venues) or venues, row_city or city
        elif group[0].by_line or is_labelled(self.text, group[0].mention.span[0]):
            # a programme entry's address line says it best, as a 'Termin:' line's 'Ort:' does
            line_venues, line_city = self._address_near(group[0])
            if line_venues or line_city:
                venues, city = list(line_venues), line_city or city
        if not venues:
            line_venues, line_city = self._address_near(group[0])
            city = city or line_city
            # (not the venue said for all, in another town: "Kempten" in a row under "Alle
            # Seminare finden, sofern nicht anders angegeben, im IHK-Bildungshaus … statt")
            venues = list(line_venues)
            if not venues and not elsewhere:
                venues = venues_next_sentence(self.text, self.sentences, group[0].sentence) or (
                    list(self.shared_venues))
            venues = [v for v in dict.fromkeys(venues) if not lookup_city(v)]
        city = city or _city_of_venues(venues) or _city_of_venues(venues, adjective=True)
        if (_ONLINE.search(title) or (group[0].entry and self._says_online and (
                self._online_listing or _ONLINE.search(self._notes(group[0])[0])
                or self._online_section(group[0].mention.span[0])))) and not (
                self._read(group[0].sentence).cities):
            return tuple(venues), None  # "Online-Infoveranstaltung": no town's, unless said;
            # nor an entry of a listing of online events ("Online-Seminare im Juni 2026"), or
            # one whose notes say so ("Achtung: Dieser Vortrag findet ausschließlich online
            # via Zoom statt"), or one under a section's heading that says so
        if city is not None and _goal_only(city, title):
            city = None
        if city is None and not _ONLINE.search(title + " " + self.text[slice(*group[0].sentence)]):
            city = self._item_town(group[0].sentence[0]) or self._city_at(group[0].sentence[0])
        named = unquoted(title)  # (a place its title names outside its quoted
        # name, "Palmweihe am Kirchplatz"; not "Flurreinigungsaktion „Stopp Littering“")
        venues = [v for v in venues if (" " in v or v not in title or (
            v in named and not is_event_noun(v))) and (city is None or v != city.name)]  # (the
        # town, though its name is a word: "Parkplatz Hoherodskopf, Schotten" under "63679
        return tuple(venues), self._fuller(city)  # Schotten"; "Jugendkreuzweg", though it
        # ends in "-weg")

    def _item_town(self, pos: int) -> City | None:
        """The town a list's item opens with before a colon, that of all it says: "-
        Waldkirch: Der für heute, 14 Uhr, geplante Narrenumzug … ist abgesagt."."""
        begin = item_text(self.text, self.text.rfind("\n", 0, pos) + 1)
        item = None if begin is None else _DAY_ITEM.match(self.text, begin)
        return lookup_city(item["town"]) if item is not None and self.text.startswith(
            ":", item.end("town")) else None  # (a column's item's town, after a bullet)

    def _place_open(self, sentence: tuple[int, int]) -> bool:
        """Whether the sentence of an event's date, or the next, says its place is not yet
        known: 'Der Veranstaltungsort wird derzeit noch abgestimmt' (no town to guess)."""
        if "ort " not in self.text and "Ort " not in self.text:
            return False
        if _PLACE_OPEN.search(self.text, *sentence):
            return True
        facts = self._read(sentence)
        if facts.venues or facts.cities:
            return False
        following = _after_space(self.text, sentence[1])
        if following >= len(self.text) or not self.sentences.joined(sentence[1], following):
            return False
        after = self.sentences.at(following)  # (not another event's: "Der nächste Kongress
        return not self.titles.nouns_in(*after) and _PLACE_OPEN.search(  # … der Austragungs-
            self.text, *after) is not None  # ort steht noch nicht fest")

    def _fuller(self, city: City | None) -> City | None:
        """The town the document names in full for a name it also shortens: 'TSV Wasserburg'
        in a text about 'Wasserburg am Inn' is that town, not Wasserburg on Lake Constance."""
        if city is None or " " in city.name:
            return city
        if city.name not in self._full_names:
            self._full_names[city.name] = fuller_name(self.text, city)
        return self._full_names[city.name] or city

    def _place_after(self, found: _Found) -> tuple[tuple[str, ...], City | None]:
        """The place the rest of a date's line gives, after its time: "Regionalkonferenz Nord:
        Freitag, 2. Oktober, 18:30 Uhr, Deutsches Haus, Flensburg" (a venue and a town's
        name, no sentence)."""
        end = found.mention.span[1]
        if not self.text.startswith(",", end):
            return (), None
        stop = self.text.find("\n", end)
        rest = self.text[end + 1 : len(self.text) if stop < 0 else stop].strip()
        if not rest or len(rest) > 80 or rest.endswith(".") or not rest[0].isupper():
            return (), None
        venues, city = place_line(rest)
        return (venues, city) if city is not None and _known_part(rest, city) else ((), None)

    def _city_of_date(self, found: _Found, cities: list[City]) -> City | None:
        """The city a sentence gives a date: its first, or, where it pairs as many dates
        with as many cities ("am 14. April in Schramberg, am 5. Mai in Walldürn und am 9. Juni
        in Langenau"), the one in the date's place."""
        if len(cities) < 2:
            return cities[0] if cities else None
        begin, end = found.sentence
        dated = self._mention_starts[bisect.bisect_left(self._mention_starts, begin)
                                     : bisect.bisect_left(self._mention_starts, end)]
        if len(dated) != len(cities) or found.mention.span[0] not in dated:
            return cities[0]
        return cities[dated.index(found.mention.span[0])]

    @cached_property
    def _mention_starts(self) -> list[int]:
        return sorted(m.span[0] for m in self.mentions)

    def _place_span(self, found: _Found) -> tuple[int, int]:
        """Where an event's place lines are looked for after: its date, or its own timed line
        below the day heading it ("MONTAG" / "09.30 Uhr  Geführte Wanderung …" / "Treffpunkt:
        …" / "20.30 Uhr  Platzkonzert …": each item's place is under its own line)."""
        begin = found.sentence[0]
        if begin < found.mention.span[1]:
            return found.mention.span
        end = self.text.find("\n", begin)
        if end < 0 or self.text.startswith("\n\n", end) or (
                timed_item(self.text, begin, end) is None) or (
                timed_item(self.text, end + 1, _line_end(self.text, end + 1)) is not None):
            return found.mention.span  # (no line under it in its paragraph but the next item)
        return begin, end

    def _address_near(self, found: _Found) -> tuple[tuple[str, ...], City | None]:
        return address_near(self.text, self.sentences, self.place_labels, self._place_span(found))

    def _city_at(self, pos: int) -> City | None:
        """The city of the dateline opening this paragraph, or of the town heading a column's
        paragraphs down to the next ('Scheffau am Wilden Kaiser'); else, unless a heading of its
        own names another event, the city of the headline's event (the programme of 'DVGE-
        Kongress 2026 in Dresden' under the dateline 'Berlin, 24. Februar 2026' of the
        issuer's office); else the document's one city."""
        paragraph = self.sentences.paragraph_break_before(pos)
        for start, cities, heading in reversed(self._paragraph_places):
            if start <= pos:
                if heading or (start >= paragraph and (cities or not self._shouted_line(start))):
                    return cities[0] if len(cities) == 1 else None  # (a heading in capitals is
                break  # no dateline: "MEDENRUNDE – HEIMSPIELE HERREN 40")
        if self.headline_city is not None and not self._under_event_heading(pos):
            return self.headline_city
        return self.city

    def _shouted_line(self, pos: int) -> bool:
        """Whether the line at ``pos`` is set in capitals whole (a heading, no dateline)."""
        line = self.text[slice(*line_around(self.text, (pos, pos)))]
        return line.isupper()

    def _under_event_heading(self, pos: int) -> bool:
        """Whether the paragraph at ``pos`` stands under a heading of its own that names an
        event: the line right above it, or a heading line alone in the paragraph before
        ('Fachtagung „Denkmal und Klimaschutz“' over its paragraph)."""
        begin = self.sentences.paragraph_break_before(pos) + 2 if pos > 1 else 0
        if begin < 2:
            return False
        heading = heading_above(self.text, pos) or self._heading_over(begin)
        if heading is None:
            return False
        span = self.titles.event_headline_span()
        return not (span and span[0] <= heading[0] <= span[1]) and leading_phrase(
            heading[1]) is not None

    def _organisers(self, own: list[tuple[int, int]], related: _Related | None,
                    main: bool) -> tuple[Organiser, ...]:
        """The organisers the sentences of an event name: per name the longest form.

        (A sentence read twice changes nothing, so the sentences naming the event are
        folded once per set of nouns, not once per event: a long programme of one kind of
        event costs no product of its events and its sentences.)"""
        found: dict[str, Organiser] = {}
        if main and len(self.mentions) <= 3:
            _keep_longest(found, self._span_organisers(self.sentences.spans))
        else:
            _keep_longest(found, self._span_organisers(own))
            if related is not None:
                _keep_longest(found, self._span_organisers(related.own))
                _keep_longest(found, self._naming_organisers(related.nouns))
                _keep_longest(found, self._span_organisers(related.lines))
        keys = list(found)
        return tuple(o for k, o in found.items()
                     if not any(other != k and other.startswith(k + " ") for other in keys))

    def _one_sentence_names(self, organisers: tuple[Organiser, ...]) -> bool:
        """Whether only one sentence names any of ``organisers``."""
        wanted = set(organisers)
        return sum(1 for span in self.sentences.spans
                   if not wanted.isdisjoint(self._span_organisers([span]))) == 1

    def _span_organisers(self, spans: list[tuple[int, int]]) -> Iterator[Organiser]:
        for span in spans:
            if span not in self._sentence_organisers:
                begin, end = span
                self._sentence_organisers[span] = (
                    find_organisers(self._flat(begin, end)) if self._cued(begin, end) else [])
            for organiser in self._sentence_organisers[span]:
                organiser = self._resolve(organiser)
                if not (is_back_reference(organiser.name) or is_event_noun(organiser.name)):
                    yield organiser

    def _naming_organisers(self, nouns: frozenset[str]) -> list[Organiser]:
        if nouns not in self._naming_organisers_of:
            found: dict[str, Organiser] = {}
            _keep_longest(found, self._span_organisers(self.titles.sentences_naming(set(nouns))))
            self._naming_organisers_of[nouns] = list(found.values())
        return self._naming_organisers_of[nouns]

    def _resolve(self, organiser: Organiser) -> Organiser:
        """'der Verein' → the name it stands for; looked up once per word and document."""
        if organiser.name not in self._resolved:
            self._resolved[organiser.name] = resolve_organiser(organiser, self.text).name
        name = self._resolved[organiser.name]
        return organiser if name == organiser.name else replace(organiser, name=name)

    def _contacts(self, related: _Related) -> tuple[Contact, ...]:
        # (first of each address kept: the naming sentences' ones can be taken once per nouns)
        if related.nouns not in self._naming_contacts:
            self._naming_contacts[related.nouns] = list(_unique_contacts(
                self._span_contacts(self.titles.sentences_naming(set(related.nouns)))))
        return _unique_contacts(self._span_contacts(related.own)
                                + self._naming_contacts[related.nouns]
                                + self._span_contacts(related.lines))

    def _span_contacts(self, spans: list[tuple[int, int]]) -> list[Contact]:
        """The inline contacts of sentences outside contact blocks."""
        contacts: list[Contact] = []
        for begin, end in spans:
            if not any(b <= begin < e for b, e, _ in self.contact_lines):
                contacts += self._inline_contacts((begin, end))
        return contacts

    def _venues_after(self, related: _Related, entry_at: int | None = None) -> list[str]:
        """Venues right after the event's nouns in its related sentences (repeats kept
        only once, as their first: the caller keeps only the first of each); for a
        programme's entry whose line is at ``entry_at``, not those of other entries' lines,
        at their hours."""
        nouns = set(related.nouns)
        if entry_at is not None:  # (its lines, not another entry's line at its hour in them)
            mine = [*related.own, *(line for line in related.lines if line in related.own or (
                timed_item(self.text, line[0], line[1]) is None))]
            start = related.own[0][0] if related.own else 0
            part = (related.nouns, self.titles.part_of(start))
            if part not in self._untimed_venues:  # (read once for all entries of a kind in a
                # section: a programme of 400 lectures reads each sentence once, not each
                # entry)
                self._untimed_venues[part] = [
                    (span, self.titles.venues_after_nouns(*span, nouns))
                    for span in self.titles.sentences_naming_in(nouns, start)
                    if not self._holds_timed_line(span)]
            return [*(v for begin, end in mine
                      for v in self.titles.venues_after_nouns(begin, end, nouns)),
                    *(v for span, found in self._untimed_venues[part] if span not in mine
                      for v in found)]
        naming = self.titles.sentences_naming_in(nouns, related.own[0][0] if related.own else 0)
        key = (related.nouns, naming[0] if naming else (0, 0))  # (a section's first sentence)
        if key not in self._naming_venues:
            venues: list[str] = []
            for begin, end in naming:
                venues += self.titles.venues_after_nouns(begin, end, nouns)
            self._naming_venues[key] = list(dict.fromkeys(venues))
        venues = []
        for begin, end in related.own:
            venues += self.titles.venues_after_nouns(begin, end, nouns)
        venues += self._naming_venues[key]
        for begin, end in related.lines:
            venues += self.titles.venues_after_nouns(begin, end, nouns)
        return venues

    def _holds_timed_line(self, span: tuple[int, int]) -> bool:
        """Whether a sentence is, or holds, a programme's timed line: another entry's ("Sa.,
        26. Dez. – Stefanitag" / "  10.00   Hl. Messe in der Antoniuskapelle"), from the
        start of its first line ("Messe in der Antoniuskapelle" after "Hl.")."""
        begin, end = self.text.rfind("\n", 0, span[0]) + 1, span[1]
        for _ in range(2):  # (its first two lines: the day's and its first item's)
            stop = self.text.find("\n", begin, end)
            stop = end if stop < 0 else stop
            if timed_item(self.text, begin, stop) is not None:
                return True
            if stop >= end:
                break
            begin = stop + 1
        return False

    def _city_after(self, related: _Related) -> City | None:
        """The first city right after one of the event's nouns in its related sentences."""
        nouns = set(related.nouns)
        for begin, end in related.own:
            city = self.titles.city_after_nouns(begin, end, nouns)
            if city:
                return city
        if related.nouns not in self._naming_city:
            self._naming_city[related.nouns] = next(
                (c for b, e in self.titles.sentences_naming(nouns)
                 if (c := self.titles.city_after_nouns(b, e, nouns))), None)
        city = self._naming_city[related.nouns]
        for begin, end in related.lines:
            if city:
                break
            city = self.titles.city_after_nouns(begin, end, nouns)
        for begin, end in related.lines:  # (else a town the entry's lines say it is held in:
            if city:  # "Samstag, 14. November 2026 – Exkursion" / "Busexkursion zu zwei
                break  # Holzbaustellen in Freudenstadt: …")
            if timed_item(self.text, begin, end) is not None and not any(
                    b < end and begin < e for b, e in related.own):
                continue  # (not another item of its day's: "8.30 Uhr  Tagesfahrt nach
                # Wernigerode …" over "15.00 Uhr  Kurkonzert …, Musikpavillon im Kurpark")
            found = find_cities(self._flat(begin, end))
            city = found[0][1] if found else None
        return city

    def _inline_contacts(self, span: tuple[int, int]) -> list[Contact]:
        """The contacts a sentence gives in its text, read once per sentence."""
        if span not in self._sentence_contacts:
            self._sentence_contacts[span] = inline_contacts(self._flat(*span))
        return self._sentence_contacts[span]

    def _undated(self) -> Event | None:
        """An event the headline names though no date is given ('… beim „Cluster-Brunch“')."""
        headline = self.headline or self.titles.headline(any_heading=True)
        if headline is None:
            return None
        noun, title = headline
        if headline != self.headline and f"„{noun}“" not in self.text:
            return None  # a heading merely mentioning an event names one only when quoted
        spans = self.titles.sentences_naming({noun})
        heading = self.titles.headline_span()
        if heading is None:
            return None
        venues, city = self._place_of_sentences(spans, {noun})
        related = _Related([], frozenset({noun}), [])
        return Event(
            title=title,
            start=None,
            venue=venues,
            city=city.name if city else None,
            geo=(city.latitude, city.longitude) if city else None,
            organisers=self._organisers([heading], related, main=True),
            contacts=self._contacts(related),
            sources=(Source(self.doc.name, _excerpt(self.text[slice(*heading)])),),
        )

    def _planned(self) -> list[tuple[int, Event]]:
        """Events a sentence announces without a date: 'plant dazu einen Zukunftskongress
        Pflege', 'Ein Folgetreffen ist geplant'."""
        found: list[tuple[int, Event]] = []
        for begin, end in self._plan_sentences():
            sentence = self._flat(begin, end)
            plan = _PLANNED.search(sentence)
            if plan is None or scan_dates(sentence):
                continue
            # (what one plans is its object, after the verb: "… zieht nach der Lesung Bilanz
            # und plant einen dichten Herbst" plans no reading)
            after = begin + plan.start() if plan.group(0).startswith("plan") else begin
            nouns = [(p, w) for p, w in self.titles.nouns_in(begin, end)
                     if w.lower() not in _VAGUE_NOUNS and "-" not in w[:1] and p >= after]
            if not nouns:
                continue
            pos, word = nouns[0]
            found.append((begin, self._undated_event(
                word, self.titles.title_for(word, pos), (begin, end), begin)))
        return found

    def _undated_event(self, noun: str, title: str, span: tuple[int, int], at: int) -> Event:
        """An event with no date a piece of text names: placed where that piece places it,
        else where the dates of the text at ``at`` are placed."""
        venues: tuple[str, ...] = ()
        city = None
        if not self._place_open(span):  # ("Termin und Veranstaltungsort stehen noch nicht fest")
            venues, city = self._place_of_sentences([span], {noun})
            if city is None and len(told := {c.name: c for _, c in self._read(
                    self.sentences.at(max(span[0], span[1] - 1))).cities}) == 1:
                city = next(iter(told.values()))  # the town the sentence saying its day is to
                # be told names: "Ein weiteres Bürgerforum ist in Bautzen geplant; der Termin …"
            if city is None and not _ONLINE.search(self.text, *span):
                city = self._city_at(at)  # (not an online event's: "Online-Fachtag")
        return Event(
            title=_nominative(title), start=None, venue=venues,  # ("eines kleinen Dorffestes")
            city=city.name if city else None,
            geo=(city.latitude, city.longitude) if city else None,
            sources=(Source(self.doc.name, _excerpt(self._flat(*span))),),
        )

    def _plan_sentences(self) -> list[tuple[int, int]]:
        """The sentences where _PLANNED may match, in the order of the text (most texts
        have none: their sentences are not looked at)."""
        text = self.text
        found: set[tuple[int, int]] = set()
        pos = text.find("plan")
        while pos >= 0:
            if pos == 0 or not text[pos - 1].isalpha():
                if _PLANS_VERB.match(text, pos):
                    found.add(self.sentences.at(pos))
            elif text.startswith("geplant", pos - 2) and _PLANNED_BEFORE["geplant"].search(
                    text, max(0, pos - 24), pos):
                found.add(self.sentences.at(pos))
            pos = text.find("plan", pos + 4)
        pos = text.find("Planung")
        while pos >= 0:
            if _PLANNED_BEFORE["Planung"].search(text, max(0, pos - 24), pos):
                found.add(self.sentences.at(pos))
            pos = text.find("Planung", pos + 7)
        return sorted(found)

    def _to_be_told(self) -> list[tuple[int, Event]]:
        """Events whose day a sentence says is still to be told ('Termin folgt', 'Der genaue
        Termin wird noch bekannt gegeben'): the event it names, else the one the sentences
        before it in its paragraph name, else the one the heading over the paragraph names;
        none that the text dates ('… fällt aus. Ein Ersatztermin wird … bekannt gegeben')."""
        found: list[tuple[int, Event]] = []
        for sentence in self._to_be_told_sentences():
            named = self._named_undated(sentence)
            if named is None:
                continue
            begin, noun, title = named
            if any(self._has_mention(*span) for span in self.titles.sentences_naming({noun})):
                continue
            found.append((begin, self._undated_event(noun, title, (begin, sentence[1]), begin)))
        return found

    def _to_be_told_sentences(self) -> list[tuple[int, int]]:
        """The sentences saying a day is still to be told, in the order of the text."""
        text = self.text
        found: set[tuple[int, int]] = set()
        for stem, initials in _DAY_TERMS:
            pos = text.find(stem)
            while pos >= 0:
                end = pos + len(stem)
                if pos and text[pos - 1] in initials:
                    start = pos - 1
                    while start > 0 and text[start - 1].isalpha():
                        start -= 1  # (the compound's start: "Ersatztermin")
                    after = _TOLD_AFTER.match(text, end)
                    if (after is not None and not (after["gap"] and _TOLD_BEFORE.search(
                            after["gap"]))) or _NOT_YET_BEFORE.search(
                            text, max(0, start - 60), start):
                        found.add(self.sentences.at(pos))  # (not told already: "Der Termin
                pos = text.find(stem, end)  # wurde … bekannt gegeben")
        return sorted(found)

    def _named_undated(self, sentence: tuple[int, int]) -> tuple[int, str, str] | None:
        """(where its sentence starts, noun, title) of the event a sentence with no date
        names, or the sentences before it in its paragraph, or the heading over it."""
        begin, end = sentence
        for _ in range(_LOOK_BACK + 1):
            if self._has_mention(begin, end):
                return None  # (a dated event's: its day is known, or called off)
            reason = _REASON_CLAUSE.search(self.text, begin, end)  # (not what a clause of
            # reason names: "Ein Datum steht noch nicht fest, da die Stadt das Bad … für die
            # Stadtmeisterschaften der Schulen braucht")
            nouns = [(p, w) for p, w in self.titles.nouns_in(begin, end)
                     if not _vague(w) and (reason is None or p < reason.start())]
            if nouns:
                pos, noun = nouns[0]
                return begin, noun, self.titles.title_for(noun, pos)
            last = _before_space(self.text, begin)
            if last == 0:
                return None
            previous = self.sentences.at(last - 1)
            if previous[1] > begin or not self.sentences.joined(previous[1], begin):
                break  # (the paragraph's first sentence)
            begin, end = previous
        heading = self._heading_over(begin)
        phrase = leading_phrase(heading[1]) if heading is not None else None
        if heading is None or phrase is None:
            return None
        return heading[0], phrase[0], self._unshouted(heading[1])

    def _place_of_sentences(self, spans: list[tuple[int, int]],
                            nouns: set[str]) -> tuple[tuple[str, ...], City | None]:
        venues: list[str] = []
        city = None
        for begin, end in spans:
            venues += self.titles.venues_after_nouns(begin, end, nouns)
            city = city or self.titles.city_after_nouns(begin, end, nouns)
        return tuple(dict.fromkeys(venues)), city


Nouns = tuple[tuple[int, str], ...]


class _Sentence:
    """One sentence read once: its event nouns (outside venue names, ``proper``, and inside
    them, ``in_venue``) keyed by the relative clause that holds them (None: the main clause),
    its venues and clauses, and whether it names an event verb, a time, a non-event cue.

    Each of these is read when first asked for: most dated sentences name no event noun,
    and for them the venues, cities and clauses are never needed.
    """

    def __init__(self, sentence: str, begin: int, nouns: list[tuple[int, str]]) -> None:
        self.sentence = sentence
        self.begin = begin
        self.nouns: Nouns = tuple(nouns)

    @cached_property
    def clauses(self) -> tuple[tuple[int, int], ...]:
        # main clauses joined by ';' that each hold a date tell each of its own event:
        # "X trifft am 3.2. in der Halle auf Y; tags darauf, am 4.2., startet der Lauf"
        parts = _coordinated(self.sentence)
        if parts:
            return parts
        # clauses that end in their verb: a date outside one does not take its nouns
        return tuple(m.span() for m in _RELATIVE.finditer(self.sentence)
                     if _ends_in_verb(m.group(0)))

    @cached_property
    def told(self) -> int | None:
        """Where what the sentence tells begins after words that lead in to it, ending in a
        colon ('Wer nach der Ballnacht nicht genug hat: Am Sonntag lädt der Verein zum
        Frühschoppen'), when that part has a date and an event noun of its own: the lead-in's
        nouns name no event of its dates. (An offset in the text; None: no such lead-in.)"""
        colon = _LEAD_IN.search(self.sentence)
        if colon is None or not scan_dates(self.sentence[colon.end():]):
            return None
        after = self.begin + colon.end()
        return after if any(p >= after for p, _ in self.nouns) else None

    @cached_property
    def venues(self) -> tuple[tuple[int, str], ...]:
        return tuple(find_venues(self.sentence))

    @cached_property
    def venue_clauses(self) -> tuple[int | None, ...]:
        return tuple(_clause_at(self.clauses, p) for p, _ in self.venues)

    @cached_property
    def cities(self) -> tuple[tuple[int, City], ...]:
        """The cities the sentence names, but not in a parenthesis after a name, where they
        are an affiliation: 'Prof. Dr. Henrike Laubner (TU Bergakademie Freiberg)'."""
        found = find_cities(self.sentence)
        if "ugunsten" in self.sentence:  # (nor a beneficiary's: "ein Benefizkonzert zugunsten
            found = [(p, c) for p, c in found if _BENEFICIARY_BEFORE.search(  # des Fördervereins
                self.sentence, max(0, p - 80), p) is None]  # der Kinderklinik in Ravensburg")
        if "(" not in self.sentence:
            return tuple(found)
        return tuple((p, c) for p, c in found if not _in_aside(self.sentence, p))

    @cached_property
    def city_clauses(self) -> tuple[int | None, ...]:
        return tuple(_clause_at(self.clauses, p) for p, _ in self.cities)

    @cached_property
    def opened(self) -> str | None:
        return opened_venue(self.sentence)

    @cached_property
    def verbs(self) -> bool:
        words = _WORD.findall(self.sentence)
        if words:  # a verb opening the sentence: "Gefeiert wird am 8. Juni", "Eröffnet wird …"
            words.append(words[0].lower())
        return not _EVENT_VERBS.isdisjoint(words)

    @cached_property
    def times(self) -> bool:
        # (every time find_times finds says "Uhr": a sentence without it is not read)
        return "Uhr" in self.sentence and any(True for _ in find_times(self.sentence))

    @cached_property
    def postponed(self) -> bool:
        """Whether the sentence puts something off ('verschoben', 'verlegt')."""
        return _put_off(self.sentence)

    @cached_property
    def supposed(self) -> bool:
        """Whether the sentence supposes rather than states ('könnte', 'Bei Regen')."""
        return bool(_CONDITIONAL.search(self.sentence))

    @cached_property
    def non_event(self) -> bool:
        """Whether a cue of dates that are no event's stands in the sentence, outside a
        quoted title ('„Fördermittel … – was gilt jetzt?“' is a talk's title)."""
        cue = _NON_EVENT.search(self.sentence)
        if cue is None or ("„" not in self.sentence and "(" not in self.sentence and not (
                _TICKET_NOTE.match(self.sentence, cue.start()))):
            return cue is not None
        quoted = quoted_spans(self.sentence)  # (nor a note on tickets: "· Eintritt 15 €,
        # Vorverkauf empfohlen", no sale's date; nor a name's aside without a day: "die
        # Freiwillige Feuerwehr Oberperfuss (gegründet 1878) am Sonntag, 3. Mai")
        return any(not any(b <= m.start() < e for b, e in quoted) and not _TICKET_NOTE.match(
            self.sentence, m.start()) and not _undated_aside(self.sentence, m.start())
            for m in _NON_EVENT.finditer(self.sentence))

    @cached_property
    def _placed(self) -> tuple[dict[int | None, Nouns], dict[int | None, Nouns]]:
        proper: dict[int | None, list[tuple[int, str]]] = {None: []}
        in_venue: dict[int | None, list[tuple[int, str]]] = {None: []}
        for pos, word in self.nouns:
            at = pos - self.begin
            if "egen " in self.sentence and _REASON_BEFORE.search(self.sentence, max(
                    0, at - 60), at):
                continue  # (the reason a day is moved, no event of the day: "Wegen einer
                # Terminüberschneidung mit der Vollversammlung … wird sie auf Dienstag,
                # 12. Mai, verschoben")
            clause = _clause_at(self.clauses, at)
            named = any(v <= at < v + len(name) for v, name in self.venues)
            (in_venue if named else proper).setdefault(clause, []).append((pos, word))
        # ("Am Vortag der Tagung … findet ein Workshop statt": the event the day is told by
        # is not the day's, where another is named)
        for clause, nouns in proper.items():
            if len(nouns) > 1 and _TIME_OF_EVENT_WORD.search(self.sentence):
                told_by = [n for n in nouns if _TIME_OF_EVENT.search(
                    self.sentence, max(0, n[0] - self.begin - 40), n[0] - self.begin)]
                if told_by and len(told_by) < len(nouns):
                    proper[clause] = [n for n in nouns if n not in told_by]
        # (nor what follows it, where the sentence names the event first: "Rorate …: jeweils
        # Mittwoch um 6.00 Uhr …, anschließend Frühstück im Pfarrheim")
        if "nschließend" in self.sentence or "nschluss" in self.sentence:
            every = [n for nouns in proper.values() for n in nouns]
            after = [n for n in every if _FOLLOW_ON.search(
                self.sentence, max(0, n[0] - self.begin - 40), n[0] - self.begin)]
            if after and len(after) < len(every):
                proper = {k: [n for n in v if n not in after] for k, v in proper.items()}
        return ({k: tuple(v) for k, v in proper.items()},
                {k: tuple(v) for k, v in in_venue.items()})

    @property
    def proper(self) -> dict[int | None, Nouns]:
        return self._placed[0]

    @property
    def in_venue(self) -> dict[int | None, Nouns]:
        return self._placed[1]

    def clause_at(self, offset: int) -> int | None:
        """The relative clause holding a sentence offset: its nouns count for a date in it."""
        return _clause_at(self.clauses, offset)


# a line's place that is none: "live per Zoom", "online", "per Webex"
_ONLINE_REST = re.compile(r"(?:live[ \t]+)?(?:(?:per|via|über)[ \t]+(?:Zoom|Teams|Webex|"
                          r"MS[ \t]+Teams|Microsoft[ \t]+Teams)|online)(?:[ \t]*\([^()\n]*\))?")
# a catalogue's cell of whom an offer is for: "6–10 Jahre", "ab 8 Jahren", "8 bis 12 J."
_AGE_CELL = re.compile(r"(?:ab[ \t]+)?[0-9]{1,2}(?:[ \t]*(?:–|-|bis)[ \t]*[0-9]{1,2})?[ \t]*"
                       r"(?:Jahre|Jahren|J\.)")
# a sentence saying no event of a kind is held: "findet an diesem Donnerstag keine Kinderuni
# statt", "finden keine Führungen statt"
_NONE_HELD = re.compile(r"\bkeine?[nr]?[ \t]+(?:[a-zäöü][\w-]*[ \t]+){0,2}(?P<noun>[A-ZÄÖÜ][\w-]+)"
                        r"[ \t]+statt\b")
# the hour all events of a kind begin at: "Alle Lesungen beginnen um 19.30 Uhr"
_ALL_BEGIN = re.compile(r"(?:Alle|Sämtliche)[ \t]+(?P<noun>[A-ZÄÖÜ][\w-]+)[ \t]+"
                        r"(?:beginnen|starten)[ \t]+(?:jeweils[ \t]+)?(?:um[ \t]+)?"
                        r"(?P<t>[0-9]{1,2}(?:[.:][0-9]{2})?)[ \t]*Uhr")
# a programme's genre after a row's date and bar: "Kabarett", "Lesung mit Musik", "Poetry Slam"
_GENRE = re.compile(r"[A-ZÄÖÜ][\w-]+(?:[ \t]+(?:(?:mit|und|für|&)[ \t]+)?[A-ZÄÖÜ][\w-]+)?")
# what an event is followed by: "…, anschließend Frühstück im Pfarrheim", "im Anschluss
# gemütliches Beisammensein"
_FOLLOW_ON = re.compile(r"(?<![\w-])(?:[Aa]nschließend|[Ii]m[ \t]+Anschluss)[ \t]*,?[ \t]+"
                        r"(?:[a-zäöüß]+[ \t]+){0,3}$")


def _known_part(line: str, city: City) -> bool:
    """Whether a city is one of a line's parts by itself, or after its postcode: not a word
    inside a venue's name."""
    return any(part.strip().endswith(city.name) and (
        part.strip() == city.name or part.strip()[:1].isdigit()) for part in line.split(","))


def _names_online_events(heading: str) -> bool:
    """Whether a heading names online events ("Online-Seminare zur Vorbereitung", "Webinare",
    "Vorträge online"), not only a way to sign up or buy online ("Online-Anmeldung und
    Termine", "Tickets online"), whose events may be held anywhere."""
    words = heading.split()
    for i, word in enumerate(words):
        cue = _ONLINE.search(word)
        if cue is None:
            continue
        rest = word[cue.end() :].strip("-") or (words[i - 1] if i else "")  # ("Tickets online")
        if not _ONLINE_SERVICE.fullmatch(rest):
            return True
    return False


def _other_edition(title: str, headline: str) -> bool:
    """Whether a title numbers another edition than the headline's: "12. Kunststofftag" in
    a report on "11. Kunststofftag Südwestfalen" (next year's)."""
    own, said = _EDITION_NUMBER.match(title), _EDITION_NUMBER.match(headline)
    return own is not None and said is not None and own[1] != said[1]


def _leap_day(day: Day) -> dt.date | None:
    """A year-less day in a leap year, to count the days between two such days."""
    return dt.date(2000, day.month, day.day) if day.month and day.day else None


def _same_day(day: Day, other: Day) -> bool:
    """The same day of the year, in the same year if both state one."""
    return (day.month, day.day) == (other.month, other.day) and (
        day.year is None or other.year is None or day.year == other.year)


def _in_aside(sentence: str, pos: int) -> bool:
    """Whether ``pos`` stands in a parenthesis that follows a capitalised word (a person's
    affiliation: 'Laubner (TU Bergakademie Freiberg)')."""
    opened = sentence.rfind("(", 0, pos)
    if opened < 1 or sentence.find(")", opened, pos) >= 0:
        return False
    before = sentence[:opened].rstrip().rsplit(" ", 1)[-1]
    return before[:1].isupper()


def _undated_aside(sentence: str, pos: int) -> bool:
    """Whether ``pos`` stands in a closed parenthesis after a name that holds no day (a
    year at most): 'Feuerwehr Oberperfuss (gegründet 1878)', not 'Müller (geboren am 3. Mai
    1950)'."""
    if not _in_aside(sentence, pos):
        return False
    closed = sentence.find(")", pos)
    return closed >= 0 and _DAY_IN_ASIDE.search(
        sentence, sentence.rfind("(", 0, pos), closed) is None


def _within(day: Day, first: Day, last: Day) -> bool:
    """Whether a day falls in a span, by month and day where a year is not known."""
    if day.year is not None and first.year is not None and last.year is not None:
        return (first.year, first.month, first.day) <= (day.year, day.month, day.day) <= (
            last.year, last.month, last.day)
    return (first.month, first.day) <= (day.month, day.day) <= (last.month, last.day)


def _first_said(said: str) -> str:
    """What a programme line says first: up to its first full stop or exclamation mark
    outside quotes and after no abbreviation ('Vortrag „…“ mit Dr. Helmut Kranz. Eintritt
    frei.' → 'Vortrag „…“ mit Dr. Helmut Kranz'; 'Maskenball … – ABGESAGT! Bereits gekaufte
    Karten …' → 'Maskenball … – ABGESAGT'); an ordinal is no stop ('Konzert zum 1. Advent')."""
    for stop in _SENTENCE_STOP.finditer(said):
        before = said[: stop.start()]
        word = _LAST_WORD.search(before)
        if (word is not None and word.group(0) in ABBREVIATIONS) or before.count("„") > (
                before.count("“") + before.count("”")):
            continue
        return before
    return said


def _count_word(text: str, word: str) -> int:
    """How often ``word`` stands in ``text`` as a word (not 'Jona' in 'Jonas')."""
    return len(re.findall(rf"(?<!\w){re.escape(word)}(?!\w)", text))


def _town_cell(said: str) -> re.Match[str] | None:
    """A known town in a column of its own opening what a programme line says: "Pretzfeld
    Christmette" (set apart by a wide gap)."""
    cell = _TOWN_CELL.match(said)
    return cell if cell is not None and lookup_city(cell["town"]) is not None else None


def _without_notes(place: str) -> str:
    """A timed item's place without the notes after it: its fee, length, sign-up or what to
    bring ("Treffpunkt Parkplatz am Schmelzteich, Dauer ca. 2 Stunden, Anmeldung
    erforderlich" → "Treffpunkt Parkplatz am Schmelzteich"); as it is if it opens with one
    (what follows the title then is no place, and the title's own is looked for)."""
    parts = place.split(", ")
    kept = next((i for i, part in enumerate(parts)
                 if _ITEM_NOTE.search(_PARENTHESES.sub("", part))), len(parts))
    return ", ".join(parts[:kept]) if kept else place


def _without_fee(said: str) -> str:
    """What a programme line says, without its fee set apart by middle dots: "VHS-Haus,
    Atelier · 78 € zzgl. Material" → "VHS-Haus, Atelier"."""
    if "·" not in said:  # (a line's rest that opens with its fee is no title: "Freitag,
        # 19.03.2027 · 21 Uhr · Eintritt 15 €, Vorverkauf empfohlen.")
        return "" if _FEE_FIRST.match(said) else said
    return " · ".join(part for part in MIDDLE_DOT.split(said) if not _FEE.search(part))


# what may stand before a day heading its items: capitalised words ("HEILIGABEND, ",
# "1. Weihnachtsfeiertag, ", "Heiliger Abend, "), a bullet
_DAY_LEAD = re.compile(r"[ \t]*(?:[-–•*►][ \t]+)?(?:(?:[0-9]{1,2}\.[ \t]*)?[A-ZÄÖÜ][\w.-]*"
                       r"(?:,|[ \t]+[–-])?[ \t]+){0,3}")  # ("FRONLEICHNAM – DONNERSTAG, 4. JUNI")
# what a sentence of a date's data alone says after it: its hours, place and notes, no verb
# ("…, 19.30 Uhr (Einlass 19 Uhr).", "…, 15–18 Uhr, Jugendbereich „Freiraum“.")
_DATA_REST_MAX = 90
_DATA_WORDS = frozenset({"ab", "um", "bis", "im", "in", "am", "an", "der", "die", "das", "des",
                         "dem", "den", "und", "mit", "vor", "zum", "zur", "ca", "jeweils", "uhr",
                         "h", "bzw", "oder", "auf", "beim", "vom",
                         # a note on tickets: "Eintritt frei", "Vorverkauf empfohlen"
                         "frei", "empfohlen", "erbeten", "erforderlich"})
_LOWER_WORD = re.compile(r"(?<![\w-])[a-zäöüß][\w-]*")
_YEAR_AFTER = re.compile(r"[ \t]+(?:19|20)[0-9]{2}$")
# a weekday's opening hour: "Freitag ab 18 Uhr", "Samstag von 11 bis 18 Uhr", "Freitag 15–21 Uhr"
_WEEKDAY_HOUR = re.compile(
    r"(?<![\w-])(?P<day>" + "|".join(sorted((d for d in WEEKDAYS if len(d) > 2), key=len,
                                             reverse=True)) + r")[ \t]+(?:(?:ab|von|um)[ \t]+)?"
    r"(?P<time>[0-9]{1,2}(?:[.:][0-9]{2})?)[ \t]*(?:Uhr|h\b|bis|–|-)")
_DAY_HOUR_REACH = 400  # characters after a run its first day's hour may be said in
# a mark setting off what follows a date on its line: "Sa., 11. Juli 2026 · Kaprun"
_MARK_BEFORE = re.compile(r"[·|–—][ \t]*$")
# what follows a date line's date when it describes rather than names ("– freier Eintritt …")
_DESCRIPTION_AFTER = re.compile(r"[ \t]*[–—-][ \t]+[a-zäöüß]")


def _item_title(said: str) -> tuple[str, str | None, str]:
    """What a timed item's line names: its title, the venue it ends in, and what stands after
    its first comma ('Bußgottesdienst, St. Jodok' → ('Bußgottesdienst', None, 'St. Jodok'))."""
    first = _first_said(said)
    head, after = _split_place(first)
    if after and _PLACE_WORD.fullmatch(head) and not leading_phrase(head) and not is_venue(
            head) and leading_phrase(after.split(",", 1)[0]) is not None:
        # a place's name before the title: "9.00 Uhr   Waging, Festgottesdienst mit dem
        # Kirchenchor", "10.30 Uhr   Otting, Pfarrgottesdienst"
        head, after = _split_place(after)[0], head
    if after and _WITH_BEFORE.search(head) and _LISTED_ON.match(after):
        head, place = _comma_venue(first)  # (a list of what it offers after the first comma,
        after = place or ""  # its place, if any, after the last: "Seniorennachmittag im
        # Pfarrsaal mit Kaffee, Kuchen und Lichtbildern …", "Messe mit Chor, Orgel und
        # Pauken, Stadtpfarrkirche")
    title, place = _venue_tail(_FINAL_STOP.sub("", head).rstrip(" ,"))
    return title, place, after


_WITH_BEFORE = re.compile(r"[ \t]mit[ \t][^,]*$")
_PLACE_WORD = re.compile(r"(?:(?:St\.|Bad)[ \t])?[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?")
_LISTED_ON = re.compile(r"[A-ZÄÖÜ][\w-]*(?:[ \t]+und[ \t]|,)")


def _goal_only(city: City, title: str) -> bool:
    """Whether ``title`` names ``city`` as a trip's goal, though the event is no trip:
    "Seniorennachmittag … mit Lichtbildern vom Pfarrausflug nach Mariazell"."""
    if f"nach {city.name}" not in title:
        return False
    named = leading_phrase(title)
    return not _TRIP.search(named[0] if named else title)


_TRIP = re.compile(r"(?:[Aa]usflug|[Ff]ahrt|[Rr]eise|[Ee]xkursion|[Tt]our|[Ww]anderung"
                   r"|[Ww]allfahrt)(?:e|en|s)?\b")
# a programme's list of names (its composers: "Nielsen, Buxtehude, Improvisation")
_NAME_LIST = re.compile(r"[A-ZÄÖÜ][\w-]*(?:,[ \t]+[A-ZÄÖÜ][\w-]*){2,}")


# whom a title's event is with or where they come from, whose town is no place of the
# event's: "Frühschoppen mit dem Musikverein Altenburg", "„Fuchsbau“ – Deutschrock aus
# Lauterbach", "Nachmittag mit Lea Brück" (up to a place's preposition: "… mit Einkehr in …")
_GUEST_PHRASE = re.compile(
    r"(?<![\w-])(?:mit|aus)[ \t]+(?:(?!(?:in|im|am|an|auf|bei|beim|nach|vor|zum|zur)[ \t])"
    r"[^–—,;:()„“\s]+[ \t]*)+"
    # (and the towns listed after it: "Fußgruppen aus Ürzig, Erden und Zeltingen-Rachtig")
    r"(?:(?:,[ \t]*[A-ZÄÖÜ][\w-]*)+[ \t]+(?:und|sowie)[ \t]+[A-ZÄÖÜ][\w-]*)?")


# where a match's guest side begins: "gegen TC Ravensburg", a fixture's dash before a club
# ("Herren I – TSG Wiesloch")
_GUEST_SIDE = re.compile(r" gegen |[ \t][–-][ \t](?=(?:" + "|".join(sorted(
    CLUB_ABBREVIATIONS, key=len, reverse=True)) + r")[ \t])")


def _home_side(title: str) -> str:
    """A match's title up to its guest: "Heimspiel gegen TC Ravensburg" → "Heimspiel", a
    fixture's "Herren I – TSG Wiesloch" → "Herren I" (but an event's title before a dash
    and its club is the title: "Sommerfest – TV Eppelheim lädt ein")."""
    home, *guest = _GUEST_SIDE.split(title, 1)
    if guest and " gegen " not in title and leading_phrase(home) is not None:
        return title
    return home


def _city_in_title(title: str, text: str) -> City | None:
    """The town a title names outside its quoted name, or in it when the ``text`` names the
    town elsewhere too: „Lopodunum – Ladenburg als römischer Hauptort“ in a programme of
    the VHS Ladenburg, but not „Mit Jona auf großer Fahrt“, a children's week about Jonah."""
    city = city_in_name(_GUEST_PHRASE.sub("", without_ensembles(unquoted(title))))
    if city is None and (quoted := city_in_name(title)) is not None and (
            _count_word(text, quoted.name) > _count_word(title, quoted.name)):
        return quoted
    return city


_SHOUTED_MARK = re.compile(r"[A-ZÄÖÜ]{3,}(?:[ -][A-ZÄÖÜ]{2,})?!?")  # "PREMIERE", "GASTSPIEL"
_PAREN_AFTER = re.compile(r"[ \t]*\([^()]*\)$")


def _dotted_row(said: str) -> tuple[str, str | None]:
    """A programme row's cells set off by middle dots: its title, the first of them after
    any marks in capitals and any hall (a kind's kept before it, a status's left to the
    status's reading), and its place, the first other cell that is a hall or opens with a venue;
    notes ("Abo B", "€ 24,–") are left out. "PREMIERE · Der Besuch der alten Dame · Großer
    Saal · Abo A" → ("Premiere: Der Besuch der alten Dame", "Großer Saal")."""
    cells = [cell.strip() for cell in MIDDLE_DOT.split(said)]
    if len(cells) < 2:
        return said, None
    kinds = []
    while len(cells) > 1 and _SHOUTED_MARK.fullmatch(cells[0]):
        mark = cells.pop(0)
        if not (_CANCELLED.search(mark) or _POSTPONED.search(mark) or _STATUS_ONLY.fullmatch(
                mark)):
            kinds.append(mark.capitalize())
    venues = [HALL_CELL.fullmatch(cell) is not None or (
        opens_with_venue(cell) and leading_phrase(cell) is None) for cell in cells]
    first = next((i for i, venue in enumerate(venues) if not venue), 0)  # (the hall may come
    # first: "Stadthalle · Jahreskonzert der Musikkapelle · Eintritt 10 €")
    place = next((_PAREN_AFTER.sub("", cell) for cell, venue in zip(cells, venues, strict=True)
                  if venue and cell is not cells[first]), None)
    return "".join(f"{kind}: " for kind in kinds) + cells[first], place


def _comma_venue(title: str) -> tuple[str, str | None]:
    """A programme line's title and the venue it ends in after its last comma outside quotes
    and parentheses: 'Lichtmessgottesdienst mit Kerzensegnung, Pfarrkirche' →
    ('Lichtmessgottesdienst mit Kerzensegnung', 'Pfarrkirche'); (title, None) if it ends in
    none."""
    cuts = _outer_commas(title)
    parts = [title[a + 2 : b] for a, b in zip([-2, *cuts], [*cuts, len(title)], strict=True)]
    for at, cut in enumerate(cuts):  # (or before its address: "Taizé-Andacht mit Liedern
        # und Stille, Klosterkirche Medingen, Klosterweg 1")
        venue = parts[at + 1].strip()
        if len(venue) <= _COMMA_VENUE_MAX and opens_with_venue(venue) and all(
                is_address_part(part) for part in parts[at + 2 :]) and not (
                is_address_part(title[:cut])):  # (an address line: "GREIFSWALD, Hörsaal
            # der Pharmazie, Friedrich-Ludwig-Jahn-Straße 17")
            return title[:cut], title[cut + 2 :].strip()
    return title, None


def _split_place(item: str) -> tuple[str, str]:
    """An item's name and the place after its first comma outside parentheses and quotes:
    'Bußgottesdienst, St. Jodok' → ('Bußgottesdienst', 'St. Jodok'); 'Messe (Haydn, „…“)'
    stays whole."""
    cuts = _outer_commas(item)
    return (item[: cuts[0]], item[cuts[0] + 2 :]) if cuts else (item, "")


def _outer_commas(text: str) -> list[int]:
    """Where ', ' stands in ``text`` outside parentheses and quotes."""
    depth, found = 0, []
    for i, c in enumerate(text):
        if c in "(„«»":
            depth += 1
        elif c in ")“»«" and depth:
            depth -= 1
        elif c == "," and depth == 0 and text.startswith(", ", i):
            found.append(i)
    return found


def _venue_tail(title: str) -> tuple[str, str | None]:
    """A programme line's title and the venue it ends in after a dash: 'Kindermette mit
    Krippenspiel – Stiftsbasilika St. Martin' → ('Kindermette mit Krippenspiel',
    'Stiftsbasilika St. Martin'); (title, None) if it ends in none."""
    m = _DASH_TAIL.search(title)
    if m is None or not opens_with_venue(m["tail"]) or _GENRE_TAIL.match(m["tail"]):
        return title, None  # (a genre, no venue: "La Traviata – Oper von Giuseppe Verdi")
    return title[: m.start()], m["tail"]


def _indented_below(text: str, line_end: int, column: int) -> str | None:
    """The line under ``line_end`` when it is indented to ``column`` (a column's cell going
    on), stripped; None if there is none."""
    if line_end < 0 or column <= 0:
        return None
    below_end = text.find("\n", line_end + 1)
    below = text[line_end + 1 : len(text) if below_end < 0 else below_end]
    said = below.strip()
    if not said or len(below) - len(below.lstrip(" ")) < column or not (
            said[0].isalnum() or said[0] in "„\"»«"):
        return None
    return said


def _is_place_line(line: str) -> bool:
    """Whether a line reads as a place: 'Wil, Stadtsaal, Bahnhofplatz 6', 'Buchs SG,
    Mehrzweckgebäude Buchs' (a town first, or a venue as one of its parts)."""
    return _opens_with_town(line) or any(opens_with_venue(p.strip()) for p in line.split(","))


def _town_named(line: str) -> bool:
    """Whether a line is a short name with a town's in it, as a venue's: 'Congress Center
    Essen'."""
    return line[:1].isupper() and len(line.split()) <= 4 and city_in_name(line) is not None


def _town_row(rest: str) -> str | None:
    """A row's town and venue set apart by middle dots, as an address line ('Rostock,
    Stadthafenbühne'), without what it says of its tickets or show ('AUSVERKAUFT'); None
    unless a known town opens it."""
    town, *parts = [p.strip() for p in rest.split(" · ")]
    if lookup_city(town) is None or not parts:
        return None
    venues = [p for p in parts if p[:1].isupper() and not p.isupper() and not CLOCK_TIME.search(p)]
    return ", ".join([town, *venues[:1]])


def _town_then_house(line: str) -> bool:
    """Whether a line is a town and a house of its, which an event's noun may name too:
    'Brixen, Forum' (not the event 'Forum' under a dateline)."""
    town, comma, house = line.partition(",")
    return bool(comma) and lookup_city(town.strip()) is not None and is_venue(house.strip())


def _opens_with_town(line: str) -> bool:
    """Whether a line opens with a town's name, as an address line does: 'Staufen im
    Breisgau, Rathaus, Bürgersaal'."""
    head = line.split(",", 1)[0].strip()
    return lookup_city(head) is not None or lookup_city(head.split(" ", 1)[0]) is not None


def _of_council(noun: str) -> str:
    """A council's name in the genitive, with its article: 'des Marktgemeinderats', 'des
    Bauausschusses', 'der Bezirksvertretung'."""
    if noun.endswith("ung"):
        return f"der {noun}"
    return f"des {noun}" + ("es" if noun.endswith("s") else "s")


def _venue_in(text: str, begin: int, said: re.Match[str]) -> str | None:
    """The venue the clause of a talk's or reading's words gives, a relative clause too: "…
    Karin Wölpe, die um 19.30 Uhr im Domgemeindehaus aus ihrem Roman „…“ liest"."""
    clause = text.rfind(",", begin, said.start()) + 1 or begin
    venues = find_venues(text[clause : said.end()])
    return venues[0][1] if venues else None


def _one_of(noun: str, title: str) -> tuple[str, str]:
    """The event one row of a list is when its heading names many by a plural alone:
    'Familienführungen' → 'Familienführung' ("BLUTSPENDEAKTIONEN JÄNNER BIS MÄRZ 2026" / "Fr.,
    16.01.2026 … Zwettl, Stadtsaal"); a longer title as it is."""
    if title != noun:
        return noun, title
    one = _singular_of(noun) or noun
    return one, one


def _singular_of(noun: str) -> str | None:
    """An event noun's singular as written: 'Konzerte' → 'Konzert', 'Führungen' →
    'Führung'; None if it names no event."""
    suffix = event_suffix(noun)
    if suffix is None:
        return None
    end = noun.lower().rfind(suffix) + len(suffix)
    return noun[:end]


def _item_label(label: str) -> tuple[str, str] | None:
    """(noun, title) when a calendar item opens with its title, not its town: 'Kürbisfest
    in Friesenheim:', 'Jazz im Salmen:' (words no town is named); None for a town
    ('Biberach:'); ('', '') for a lone word that is neither ('Übrigens:'), no item."""
    if lookup_city(label) is not None:
        return None
    named = leading_phrase(label)
    if named is not None:
        return named[0], label
    return ("", label) if " " in label else ("", "")


def _plural_of(noun: str, one: str | None) -> bool:
    """Whether a headline's noun names many events of the kind of one of them: 'Dorffeste'
    over 'Ellmauer Dorffest' (a newsletter of feasts, not that feast's report)."""
    return one is not None and len(noun) > len(one) and noun.lower().startswith(one.lower())


# an adjective and a feminine noun as a dative or genitive left them: "Öffentlichen Sitzung"
_WEAK_FEMININE = re.compile(r"([A-ZÄÖÜ][a-zäöüß]+e)n[ \t]+([A-ZÄÖÜ][\w-]*(?:e|ung)"
                            r"(?:[ \t]+(?:19|20)[0-9]{2})?)")  # (and its year)


def _nominative(title: str) -> str:
    """A title of one noun in the genitive, as it stood ('der Titel eines Vortrags'), in
    its base form: 'Vortrags' → 'Vortrag', 'Festes' → 'Fest', also before a genitive of
    its own ('während des Treffens der Astronomen' → 'Treffen der Astronomen'); an
    adjective and its noun after an article: 'Olympischen Spiele' → 'Olympische Spiele'."""
    if title in NOMINATIVE_FORMS:  # "zum Parlamentarischen Abend"
        return NOMINATIVE_FORMS[title]
    weak = _WEAK_FEMININE.fullmatch(title)
    if weak is not None:  # "zur offenen Probe" → "Offene Probe"
        return f"{weak[1]} {weak[2]}"
    head, space, rest = title.partition(" ")
    if not head.endswith("s") or (space and not rest.startswith(("der ", "des "))):
        return title
    for stem in (head[:-2], head[:-1]) if head.endswith("es") else (head[:-1],):
        if len(stem) > 2 and is_event_noun(stem):
            return stem + space + rest
    return title


_WORD_PART = re.compile(r"(\W+)")
_SMALL_WORDS = frozenset({
    "der", "die", "das", "des", "dem", "den", "ein", "eine", "einer", "eines", "und", "oder",
    "mit", "von", "vom", "zum", "zur", "zu", "im", "in", "am", "an", "auf", "für", "bei",
    "beim", "aus", "nach", "über", "unter", "vor", "ohne", "gegen", "ab", "bis",
})  # fmt: skip


def _shouted(title: str) -> bool:
    """Whether a title is set in capitals, as a newsletter's headings are (a note in
    brackets aside: "ANATOMIE EINES FALLS (OmU)")."""
    title = _PARENTHESES.sub("", title)
    return not any(c.islower() for c in title) and any(
        sum(c.isalpha() for c in w) > 4 for w in title.split())


def _unshouted_word(word: str, text: str, first: bool) -> str:
    """A word of a title in capitals as the text writes it elsewhere ('TÜR' → 'Tür'), else a
    short word as an abbreviation ('TSV': no vowel, or written so in running text too, not
    only in headings set in capitals: 'AM ENDE DER WELT'), a linking word in small letters
    ('BEIM' → 'beim') and any other as a noun ('HEIMATFEST' → 'Heimatfest')."""
    if word.lower() in _SMALL_WORDS:  # (never an abbreviation: "DIE ZAUBERFLÖTE")
        return word.capitalize() if first else word.lower()
    abbreviation = len(word) <= 4 and not any(c in "AEIOUÄÖÜ" for c in word)
    spoken = None
    for m in re.finditer(rf"(?<!\w){re.escape(word)}(?!\w)", text, re.IGNORECASE):
        if not m.group(0).isupper():
            spoken = m.group(0)
            break
        if len(word) <= 4 and not abbreviation:  # (in a line of running text?)
            line_start = text.rfind("\n", 0, m.start()) + 1
            line_end = text.find("\n", m.end())
            abbreviation = any(c.islower() for c in _PARENTHESES.sub("", text[  # (not a note:
                line_start : len(text) if line_end < 0 else line_end]))  # "(OmU)")
    if spoken is None:
        spoken = word if abbreviation else word.capitalize()
    return spoken[0].upper() + spoken[1:] if first else spoken


# an item of a calendar column's day: its town, then its time or its title ("Biberach: 19 Uhr
# Konzert …", "Erolzheim: Rockkonzert mit …")
_PLACE_OPEN = re.compile(
    r"(?:Veranstaltungs|Austragungs|Tagungs|Kongress)?[Oo]rt(?:[ \t]+\w+){0,3}[ \t]+"
    r"(?:wird|werden|steht|stehen|ist|sind)(?:[ \t]+\w+){0,3}?[ \t]+noch[ \t]+"
    r"(?:nicht[ \t]+(?:fest|bekannt)|offen|bekannt[ \t]+gegeben|abgestimmt|festgelegt|mitgeteilt)")
# what labels an exhibition's run: "Laufzeit: 16. Januar bis 25. April 2027"
_RUN_LABEL = re.compile(r"(?:Laufzeit|Ausstellungsdauer|Dauer[ \t]+der[ \t]+Ausstellung)"
                        r"[ \t]*:?[ \t]*$")
_EXHIBITIONS = frozenset({"ausstellung", "schau", "präsentation", "werkschau"})
# a text's exhibition as the subject of its sentence: "Die Sonderausstellung zeigt …"
_EXHIBITION_NAMED = re.compile(r"(?<!\w)(?:Die|Diese|Unsere)[ \t]+(?P<noun>[A-ZÄÖÜ]?[\w-]*"
                               r"(?:[Aa]usstellung|[Ss]chau))(?:[ \t][^.!?\n]{0,60}?)?[ \t]+"
                               r"(?:zeigt|präsentiert|führt"
                               r"|erzählt|versammelt|widmet)")
_HEAD_RUN_MAX = 500  # how far into a page the line of its exhibition's run may stand
# a programme's block saying no event is held that day: "!! KEINE VORSTELLUNG !!"
_EDITION_YEAR = re.compile(r"[ \t]+((?:19|20)[0-9]{2})\b")  # (an edition: "Tagung 2025")
# a motto's quoted words name no event: "Unter dem Motto «Zeitreise» zeigen alle Riegen …"
_MOTTO_BEFORE = re.compile(r"Motto:?[ \t]+[„\"»«]$")
_NO_SHOW_REACH = 30  # (how far after a date in running text its "spielfrei" is looked for)
_NO_SHOW = re.compile(r"(?i:\bkeine[ \t]+(?:vorstellung|vorführung|veranstaltung|sitzung)\b"
                      r"|\bkein[ \t]+(?:spiel|training|unterricht|kurs)\b|\bspielfrei\b)")
# a run's start and end on the line under its days: "Beginn: 2. Juni, 13:00 Uhr – Ende: 3. Juni,
# ca. 15:00 Uhr" (a day before a time, and "ca." or "gegen", may stand in either)
_BEGIN_END = re.compile(
    r"[ \t]*Beginn[ \t]*:?[ \t]*(?:[^\n,]{1,20},[ \t]*)?(?:ca\.|gegen)?[ \t]*"
    r"(?P<t1>[0-9]{1,2}(?:[:.][0-9]{2})?)[ \t]*Uhr(?:[^\n]{0,12}?Ende[ \t]*:?[ \t]*"
    r"(?:[^\n,]{1,20},[ \t]*)?(?:ca\.|gegen)?[ \t]*(?P<t2>[0-9]{1,2}(?:[:.][0-9]{2})?)[ \t]*Uhr)?")
# where an outing sets off, after its departure's hour or the date's: "Abfahrt 8.00 Uhr ab
# Bahnhof Bordesholm (ZOB)", "… ab Bahnhof …"
_MEETING = r"(?:" + "|".join(MEETING_WORDS) + r")"
_FROM_PLACE_PART = (r"(?:ab|am|an[ \t]+der|beim|vor[ \t]+dem|vor[ \t]+der|vom)[ \t]+"
                    r"(?P<place>[A-ZÄÖÜ][^\n]{1,100})")
_DEPARTURE = re.compile(_MEETING + r"[ \t]*:?[ \t]*(?:um[ \t]+)?(?P<t>[0-9]{1,2}(?:[.:][0-9]{2})?)"
                        r"[ \t]*Uhr[ \t]*,?[ \t]*(?:" + _FROM_PLACE_PART + "|(?=[A-ZÄÖÜ])"
                        r"(?P<bare>[^\n]{1,100}))")
_FROM_PLACE = re.compile(_FROM_PLACE_PART)
_MEETING_SAID = re.compile(_MEETING + r"\b")
# what a date line may give after its date and time instead of a title: its place
_PLACE_REST = re.compile(
    r"(?:online|Online)(?:[ \t][^\n]*)?"  # (no place: "online per Zoom (…)")
    # (a race's start and finish: "Start und Ziel an der Kiellinie", "Start/Ziel: Marktplatz")
    r"|(?:(?:Start[ \t]*(?:und|/|&)[ \t]*Ziel|Treffpunkt)(?:[ \t]*:)?[ \t]+"
    r"(?:am|an[ \t]+der|an[ \t]+den|beim|vor[ \t]+dem|vor[ \t]+der|auf[ \t]+dem)?|im|in"
    r"[ \t]+der|in[ \t]+den|am|auf[ \t]+dem)[ \t]*(?P<place>[A-ZÄÖÜ][^.!?:\n]{1,100})")
# a line announcing the dates under it: "Hier die wichtigsten Termine und Hinweise …:"
_DATES_ANNOUNCED = re.compile(r"(?m)^[^\n]{0,60}(?<!\w)Termine(?!\w)[^\n.]{0,60}:[ \t]*$")
_CUE_AFTER_DATE = 12  # how far a cue may stand after the date it calls off ("3. Feber entfällt")
_GENRE_TAIL = re.compile(r"[\w-]+[ \t]+(?:von|nach)[ \t]+[A-ZÄÖÜ]")  # "Oper von Verdi"
_DASH_AFTER = re.compile(r"[ \t]+[–—-][ \t]+")
_UNDER_HEADLINE_LINES = 8  # how many heading lines may stand between headline and date
_UNDER_HEADLINE_BLANKS = 12  # and how many blank lines
_HEADING_MAX = 100  # characters of a heading line
_COMMA_VENUE_MAX = 60  # how long a venue after a title's last comma may be
# a sentence's end and the next's start, not an abbreviation's stop ("Dr. Kühn", "St. Rochus")
_SENTENCE_AFTER = re.compile(
    r"(?<![A-ZÄÖÜ][a-z])(?<![ \t][A-Za-zÄÖÜ])\.[ \t]+(?=[A-ZÄÖÜ][a-zäöüß]+[ \t])")
_ENTRY_MARKS = "•*-–·"  # what opens a list's entry
# (but a dash before a status opens a note on the entry above: "– entfällt in dieser Saison",
# or before a word pointing back to it: "– Dieser Termin fällt leider aus. … –")
_STATUS_NOTE = re.compile(STATUS_AFTER_DASH + r"\b|[–—-][ \t]*(?:Dieser|Diese|Dieses)\b")
_NOTES_MAX = 300  # how far the notes under a programme entry's line may run
# a note on tickets closing a title, no part of its name: "Mats Lindqvist Trio – AUSVERKAUFT",
# "Jazzfrühschoppen mit der Iller Dixie Band (Eintritt frei)"
_NOTE_TAIL = re.compile(r"[ \t]*(?:[–—-][ \t]*(?i:ausverkauft|restkarten)|\((?i:eintritt[ \t]+frei|"
                        r"freier[ \t]+eintritt|ausverkauft|kostenlos|kostenfrei)\))[ \t!.]*$")
_INVITATION = re.compile(r"\bl(?:ädt|aden|ud|uden)\b[^.;]*\bein\b")
# a fixture list's opponent (a club may open with its ordinal, "1. FC Köln"; not an hour:
# "gegen 14 Uhr")
_OPPONENT = re.compile(r"gegen[ \t]+(?:den[ \t]+|die[ \t]+|das[ \t]+)?(?:[0-9]{1,2}\.[ \t]+)?"
                       r"[A-ZÄÖÜ][^\n]{0,60}")
_LATER_SENTENCES = 3  # how many sentences after an event's may name another of its day
# a sentence telling of later that day: "Am Abend steigt …", "Im Anschluss …", "Abends …"
_LATER_THAT_DAY = re.compile(r"(?:Am[ \t]+(?:(?:frühen|späten)[ \t]+)?"
                             r"(?:Abend|Nachmittag|Vormittag)|Abends|Nachmittags"
                             r"|Im[ \t]+Anschluss|Anschließend|Danach|Später"
                             # its high point or close: "Höhepunkt des Festes ist um 15 Uhr …"
                             r"|Höhepunkt|(?:Zum|Den)[ \t]+Abschluss|Zum[ \t]+Ausklang"
                             # or its hour: "Ab 20 Uhr steigt im Festzelt die Zeltparty"
                             r"|(?:Ab|Um|Gegen)[ \t]+[0-9]{1,2}(?:[.:][0-9]{2})?[ \t]+Uhr)(?!\w)")
# a later clause of an event's sentence naming another at its hour: ", ab 19 Uhr folgt der
# Dorfabend im Festzelt"
_TOUR = re.compile(r"(?<!\w)(?:führt|führen|führte|führten)(?!\w)[^!?\n]{0,80}?(?<!\w)durch"
                   r"[ \t]+(?P<what>(?:die|den|das)[ \t]+[^.!?\n;]{3,120}?)[ \t]*(?=[.!?;]|$)")
_LATER_CLAUSE = re.compile(r"[,;][ \t]+(?:ab|um|gegen)[ \t]+(?P<t>[0-9]{1,2}(?:[.:][0-9]{2})?)"
                           r"[ \t]+Uhr[ \t]+(?:folgt|folgen|beginnt|startet|steigt|gibt[ \t]+es"
                           r"|spielt|spielen|lädt|laden)\b")
_DATE_LINES_MAX = 6  # how many date lines may stand under one title
_WEEKS = 14  # the fewest days a run of weekly meetings spans (three of them)
# a course's count of sessions ("10 Termine", "7 Abende"), and the days it leaves out
_SESSION_COUNT = re.compile(r"(?<![0-9])(?P<n>[0-9]{1,2})(?:[ \t]+(?:" + "|".join(SESSION_WORDS)
                            + r"|Kurstermine)(?!\w)|[ \t]*(?:x|\u00d7)[ \t]+[a-zäöü]+s\b)")
# ("8 x mittwochs")
_LEFT_OUT = re.compile(r"(?i:nicht[ \t]+(?:in|an|am|während)[ \t]|außer[ \t]|ausgenommen|"
                       r"\(ohne[ \t])")
# "dienstags", "wöchentlich": meetings on one weekday
_WEEKDAY_ADVERB = re.compile(
    "(?<!\\w)(?:" + "|".join([*WEEKDAY_ADVERBS, "wöchentlich"]) + ")(?!\\w)", re.IGNORECASE)
_LINE = re.compile(r"[^\n]+")
_QUOTED_LINE = re.compile(
    r"„[^„“”\"\n]{2,80}[“”\"]|\"[^\"\n]{2,80}\"|«[^«»\n]{2,80}»|»[^«»\n]{2,80}«")
_SENTENCE_STOP = re.compile(r"(?<=[a-zäöüß]{3}|[A-ZÄÖÜ]{3})[.!][ \t]+(?=[A-ZÄÖÜ„])")
_LAST_WORD = re.compile(r"\w+$")
# a title's final full stop: "… des Musikvereins Kork." (not "e.V.")
_FINAL_STOP = re.compile(r"(?:(?<=[a-zäöüß]{3})|(?<=[“”»«]))\.$")
_SAYS_ON = re.compile(r"(?:(?<=[a-zäöüß]{3})|(?<=[0-9]))\.[ \t]+(?=[A-ZÄÖÜ])")
_DASH_TAIL = re.compile(r"[ \t]+[–—][ \t]+(?P<tail>[A-ZÄÖÜ][^–—\n„“”\"»«]{2,80})$")
# a time told by another event: "am Vortag der Tagung", "zum Auftakt des Kongresses", "im
# Vorfeld der Messe" (its event noun is no event of the date)
_TIME_OF_EVENT_WORDS = (r"(?:Vortag|Vorabend|Vorfeld|Auftakt|Rande|Rahmen|Anschluss[ \t]+an"
                        r"|Nachgang)")
_TIME_OF_EVENT = re.compile(
    rf"(?<!\w){_TIME_OF_EVENT_WORDS}[ \t]+(?:der|des|dem|den|die|das)[ \t]+"
    r"(?:[a-zäöü][\w-]*[ \t]+)?$")
_TIME_OF_EVENT_WORD = re.compile(_TIME_OF_EVENT_WORDS)  # (asked first, of the whole sentence)
_DAY_ITEM = re.compile(
    rf"(?P<town>[A-ZÄÖÜ][\w.-]*(?:[ \t]+(?:{TOWN_LINK}[ \t]+)?"
    # (a newspaper's column puts a full stop after the town: "Adendorf. Das Repair-Café …")
    # (or a dash: "Meran – Sommerkonzert der Bürgerkapelle …")
    r"[A-ZÄÖÜ][\w.-]*){0,2})(?::|\.(?=[ \t]+[A-ZÄÖÜ„])|[ \t]+[–—](?=[ \t]))[ \t]+"
    r"(?P<time>(?=(?:ab[ \t]+|um[ \t]+)?[0-9]{1,2}(?:[.:][0-9]{2})?[ \t]*(?:Uhr|bis|–|-)))?")
def _line_hours(text: str, begin: int, end: int) -> tuple[dt.time, dt.time | None] | None:
    """The hours a calendar line gives its item: the first said as a start, else the first
    that is no doors' ('…, 20.30 Uhr. Karten …'; 'Einlass 19 Uhr, Beginn 20 Uhr': 20 Uhr)."""
    first = None
    for m in find_times(text, begin, end):
        if m["lead"] in DOORS_WORDS:
            continue
        hours = parse_time(m["t1"]), parse_time(m["t2"]) if m["t2"] else None
        if m["lead"] and hours[0] is not None:
            return hours[0], hours[1]
        if first is None and hours[0] is not None:
            first = hours[0], hours[1]
    return first


_TIMED_LINE = re.compile(r"[0-9]{1,2}(?:[.:][0-9]{2})?[ \t]*Uhr|[0-9]{1,2}\.[0-9]{1,2}\.")
# "Der angekündigte Lichtbildervortrag …", "Die geplante Führung …": an article and an
# adjective before the item's name
_ARTICLE_ADJECTIVE = re.compile(r"^(?:Der|Die|Das)[ \t]+[a-zäöü]\w*[ \t]+(?=[A-ZÄÖÜ„])")
_HEAD_CUT = re.compile(r"[ \t]+[–—][ \t]+|:[ \t]+|[ \t]+(?=„)")  # (or its quoted name:
# "SPONSORENLAUF „Wir laufen für unseren Schulgarten“")
# a sentence opening with a venue, its subject, that is open ("Der Museumshof ist vom 1. April
# bis 31. Oktober geöffnet")
_VENUE_OPEN = re.compile(
    r"(?:Der|Die|Das|Unser|Unsere)[ \t]+(?P<venue>[A-ZÄÖÜ][\w-]+)[ \t]+(?:ist|hat|sind|haben)"
    r"\b[^!?\n]{0,80}?\bgeöffnet\b")  # (matched within its sentence: dates' dots may stand)
_DAY_NOTE = re.compile(rf"(?:{DAY_NOTE.pattern})?[ \t]*\n\n?")  # (a day heading's end)
_ITEM_CLAUSE = re.compile(r"(?:„[^“”\"\n]*[“”\"]|[^,.;:(\n„]|\.(?=[0-9]))+")
# a sentence that breaks off before what it announces: "… eingeladen auf" (the date below)
_OPEN_END = re.compile(r"[ \t](?:auf|am|für|zum|zur|ist|sind)$")


def _day_item(text: str, pos: int, end: int | None = None) -> re.Match[str] | None:
    """A calendar column's item at ``pos``: its town before a colon, or a town the gazetteer
    knows before a full stop ("Adendorf. Das Repair-Café …", not "Dr. Maria Holzer")."""
    item = _DAY_ITEM.match(text, pos, len(text) if end is None else end)
    if item is None or text[item.end("town")] == ":" or lookup_city(item["town"]):
        return item
    return None


def _after_space_in_line(text: str, pos: int) -> int:
    """The offset of the first character at or after ``pos`` that is no blank (a line
    break stops it)."""
    while pos < len(text) and text[pos] in " \t":
        pos += 1
    return pos


def _line_end(text: str, pos: int) -> int:
    """Where the line holding ``pos`` ends, looked for within a short line's length."""
    end = text.find("\n", pos, pos + _HOURS_LINE_MAX)
    return end if end >= 0 else min(len(text), pos + _HOURS_LINE_MAX)


def _before_space(text: str, pos: int) -> int:
    """The offset after the last character before ``pos`` that is no white space (0 if none
    is), found without copying the text before it."""
    while pos > 0 and text[pos - 1].isspace():
        pos -= 1
    return pos


def _after_space(text: str, pos: int) -> int:
    """The offset of the first character at or after ``pos`` that is no white space (the
    text's length if none is), found without copying the rest of the text."""
    while pos < len(text):
        piece = text[pos : pos + 64]
        rest = piece.lstrip()
        if rest:
            return pos + len(piece) - len(rest)
        pos += len(piece)
    return len(text)


def _keep_longest(found: dict[str, Organiser], organisers: Iterable[Organiser]) -> None:
    """Add ``organisers`` to ``found``, keyed by name: the first of the longest form wins."""
    for organiser in organisers:
        key = organiser_key(organiser.name)
        known = found.get(key)
        if known is None or len(organiser.name) > len(known.name):
            found[key] = organiser


def _coordinated(sentence: str) -> tuple[tuple[int, int], ...]:
    """The parts of a sentence between semicolons, when more than one holds a date (else
    none): each is a main clause of its own."""
    if ";" not in sentence:
        return ()
    parts, begin = [], 0
    for m in _SEMICOLON.finditer(sentence):
        parts.append((begin, m.start()))
        begin = m.end()
    parts.append((begin, len(sentence)))
    dated = sum(1 for b, e in parts if scan_dates(sentence[b:e]))
    return tuple(parts) if dated > 1 else ()


def _clause_at(clauses: tuple[tuple[int, int], ...], offset: int) -> int | None:
    i = bisect.bisect_right(clauses, (offset, sys.maxsize)) - 1
    return i if i >= 0 and offset < clauses[i][1] else None


def _nearest(span: tuple[int, int], *lists: Nouns) -> tuple[int, str] | None:
    """The noun nearest a date among position-sorted lists (a noun before it wins ties),
    found by bisection: a sentence with many dates and nouns costs no product of both."""
    best: list[tuple[int, str]] = []
    for nouns in lists:
        i = bisect.bisect_left(nouns, (span[0], ""))
        if i < len(nouns):
            best.append(nouns[i])
        if i > 0:
            j = bisect.bisect_left(nouns, (nouns[i - 1][0], ""))
            best.append(nouns[j])
    if not best:
        return None
    return min(sorted(best), key=lambda pw: _distance(pw[0], span))


def _distance(pos: int, span: tuple[int, int]) -> int:
    """Characters between a noun and a date; nouns before the date win ties."""
    if pos < span[0]:
        return span[0] - pos
    return pos - span[1] + 1


def _ends_in_verb(clause: str) -> bool:
    """A relative clause ends in its verb: ', die … fungiert,'; ', die Ausstellung „X“.' is
    an object after a comma, not a clause."""
    words = re.findall(r"[\w„“\"]+", clause)
    return bool(words) and words[-1][0].islower()


def _last_day(start: Day, last: Day, longest: int = 0) -> Day | None:
    """``last`` as the last day of an event begun on ``start``, at most _LONGEST days on;
    a year-less ``last`` takes the year that puts it after ``start`` ('beginnt am 7. Juni
    2008 … Sie endet am 9. Juni'). None if it does not end such an event."""
    if last.year is None and start.year is not None:
        last = Day(start.year + ((last.month, last.day) < (start.month, start.day)),
                   last.month, last.day)
    if (start.year is None) != (last.year is None):
        return None
    try:
        if start.year is None:  # both year-less: counted in a leap year, across its end
            days = (dt.date(2000, last.month, last.day)
                    - dt.date(2000, start.month, start.day)).days % 366
        else:
            assert last.year is not None
            days = (dt.date(last.year, last.month, last.day)
                    - dt.date(start.year, start.month, start.day)).days
    except ValueError:  # 29 February of a year that has none
        return None
    return last if 0 < days <= (longest or _LONGEST) else None


def _may_end(before: str) -> bool:
    """Whether the text ``before`` a date may make it an event's last day."""
    return "bis" in before or "ende" in before


def _deadline_title(title: str) -> bool:
    """Whether a line's or a row's title names a deadline ('Einreichungsfrist Abstracts',
    'Anmeldeschluss Teilnahme', 'Benachrichtigung'), or says no event is held ('spielfrei')."""
    first = title.split(maxsplit=1)[0].rstrip(":") if title.strip() else ""
    return first in DEADLINE_TITLE_WORDS or first.lower().endswith(DEADLINE_TITLE_ENDS) or (
        title.strip().casefold() in _NO_EVENT_TITLES) or _FREE_TITLE.search(title) is not None


_NO_EVENT_TITLES = frozenset(t.casefold() for t in NO_EVENT_TITLES)
# a school's days off or a term's start, no event: "Sportferien", "Weiterbildungstag der
# Lehrpersonen – schulfrei", "Beginn des Schuljahres 2026/27"
_FREE_TITLE = re.compile(r"(?i:^[\w-]*ferien$|\b(?:schulfrei|unterrichtsfrei|"
                         r"vorlesungsfrei)\b|^(?:beginn|ende)[ \t]+des[ \t]+(?:schul|semester|"
                         r"kindergarten)|^(?:schuljahres|semester)(?:beginn|ende|schluss))")


def _names_other_kind(title: str, noun: str) -> bool:
    """Whether a title names an event of another kind than ``noun``: "Grosser
    Fasnachtsumzug …" is no "Maskenball" a note calls off that day."""
    base = event_base(noun)
    return any(is_event_noun(w) and event_base(w) != base for w in _WORD.findall(title))


def _group(found: list[_Found], called_off: Callable[[_Found], bool],
           series: Callable[[], str | None]) -> list[list[_Found]]:
    """Mentions of one event within a document: same days and the same event noun (or the
    kind ``series()`` says the text's entries all are of, read only where asked: most
    documents need not look for it)."""
    groups: dict[tuple[Day, Day | None, str], list[_Found]] = {}
    for item in found:
        m = item.mention
        noun = item.noun if item.noun and not (
            item.entry and m.start_time is not None and item.noun.casefold() not in (
                item.title.casefold())) else item.title  # (a programme's timed entry whose
        # title names no event takes the headline's noun: it is its own, not one of its kind)
        key = (m.start, m.end, noun.casefold())
        groups.setdefault(key, []).append(item)
    if len(groups) < 2:
        return [part for group in groups.values() for part in _by_hour(group)]
    for key, group in list(groups.items()):
        start, end, noun = key
        if len(group) == 1 and bare_kind(group[0].title, noun):
            # a bare kind of event (its complement at most: "Das Heimspiel gegen den SV
            # Kirchhain … ist abgesagt"), on a day an event of that kind has: its own ("Die
            # Vorlesung am 1. Dezember muss entfallen", of the Ringvorlesung's row that day);
            # not one at another hour ("Christmette", 22 Uhr, beside the "Kindermette", 16 Uhr)
            hour = group[0].mention.start_time
            kin = [k for k in groups if k[:2] == (start, end) and k != key and k[2] and
                   _kind_of(k[2]) == event_base(noun) and _narrower(k[2], noun) and not (
                       hour is not None and all(f.mention.start_time not in (None, hour)
                                                for f in groups[k]))]
            if not kin and (called_off(group[0]) or (not group[0].entry and (
                    kind := series()) and event_base(noun) == event_base(kind.casefold()))):
                # (or the one entry a programme lists that day, which a note by another word
                # calls off, or names by the kind the text says all its entries are of: "Der
                # Vortrag am 26. Mai 2026 („Arbeiten bei 38 Grad“) entfällt", of the
                # Ringvorlesung's row; "Die Vorträge dauern jeweils rund 45 Minuten" … "Für
                # den Online-Vortrag am 17. März bitten wir um Anmeldung", of that day's row)
                kin = [k for k in groups if k[:2] == (start, end) and k != key and all(
                    f.entry and not _names_other_kind(f.title, noun) for f in groups[k])]
            if len(kin) == 1:
                groups[kin[0]] += groups.pop(key)
    for key in list(groups):
        start, end, noun = key
        if end is None and noun.endswith("reihe") and len(kin := [
                k for k in groups if k[:2] == (start, end) and k != key]) == 1:
            del groups[key]  # a series begun by its first event that day, which is that
            # event: "Am kommenden Dienstag beginnt die neue Vortragsreihe …" over "Di.,
            # 15.09.2026, 19.30 Uhr" / "„Was Sterbende brauchen …“"
    for key, group in list(groups.items()):
        start, end, noun = key
        if all(f.mention.relative for f in group) and len(kin := [
                k for k in groups if k != key and k[1] is not None and (k[2] == noun or (
                    event_base(k[2]) == event_base(noun) and all(
                        bare_kind(f.title, noun) for f in group)))
                and _within(start, k[0], k[1]) and _within(end or start, k[0], k[1])]) == 1:
            groups[kin[0]] += groups.pop(key)  # a weekday of the run of the same event (or
            # of its kind alone), told against the text's date: its hours ("Von Freitag, 18.
            # September, bis Sonntag, 20. September, lädt … zum Stadtfest ein. Los geht es am
            # Freitag um 17 Uhr"; "Die Tagung beginnt am Donnerstag um 13.00 Uhr" of the
            # "Fachtagung … am 18. und 19. Februar 2027")
    for key, group in list(groups.items()):
        start, end, noun = key
        if end is not None and noun in _VAGUE_NOUNS and all(
                f.title.casefold() == noun for f in group) and (
                len(kin := [k for k in groups if k[:2] == (start, end) and k != key]) == 1):
            groups[kin[0]] += groups.pop(key)  # a vague word for the one event of those days:
            # "… Clustertagung … Die zweitägige Veranstaltung findet am 21. und 22. April …"
            # (days, not a day: "beginnt das Fest um 18 Uhr … Ab 20 Uhr steigt … die
            # Zeltparty" are two)
    for key, group in list(groups.items()):
        start, end, _ = key
        if end is not None and all(f.by_line and _HOURS_WORD.search(f.title) for f in group) and (
                len(kin := [k for k in groups if k[:2] == (start, end) and k != key]) == 1):
            groups[kin[0]] += groups.pop(key)  # the run's days and hours under a heading of
            # them, of the one event of those days: "Messetage und Öffnungszeiten" /
            # "Donnerstag, 12. November bis Sonntag, 15. November 2026" / "täglich 9.00 …"
    for key, group in list(groups.items()):
        start, end, _ = key
        if all(f.mention.start_time is None and _work_alone(f.title) for f in group):
            # a work a table's row names that day, with no kind or hour ("| 5.11. | „Der
            # Grüffelo“ |"): the day's one event of a kind is its showing
            kin = [k for k, g in groups.items() if k[:2] == (start, end) and k != key
                   and any(leading_phrase(f.title) for f in g)]
            if len(kin) == 1:
                groups[kin[0]] += groups.pop(key)
    return [_works_of_kind(part) for group in groups.values() for part in _by_hour(group)]


def _by_hour(group: list[_Found]) -> list[list[_Found]]:
    """A group's programme entries of one day at different hours, each an event of its own
    (two shows on a Saturday, at 14 and at 19.30 Uhr), in the order of their hours' first
    mention; what else names the event goes with the first."""
    hours = list(dict.fromkeys(f.mention.start_time for f in group
                               if f.entry and f.mention.start_time is not None))
    if len(hours) < 2:
        return [group]
    parts: list[list[_Found]] = [[] for _ in hours]
    for f in group:
        at = hours.index(f.mention.start_time) if f.entry and (
            f.mention.start_time is not None) else 0
        parts[at].append(f)
    return parts


def _work_alone(title: str) -> bool:
    """Whether a title is a work's quoted name alone, no kind of event: '„Der Grüffelo“'."""
    return title[:1] in "„\"»" and leading_phrase(title) is None


def _entry(title: str, mention: DateMention, sentence: tuple[int, int],
           place: str | None = None) -> _Found:
    """A programme entry titled by a line of its own, its noun the one the title opens with
    (if any)."""
    found = leading_phrase(title)
    return _Found(found[0] if found else None, title, mention, sentence, by_line=True,
                  entry=True, place=place)


def _works_of_kind(group: list[_Found]) -> list[_Found]:
    """A group's items titled by a work alone ('„Der Grüffelo“'), as showings of the kind
    its other items name: 'Bilderbuchkino: „Der Grüffelo“'."""
    works = [_work_alone(f.title) for f in group]
    if not any(works) or all(works):
        return group
    kind = next((found[0] for f, work in zip(group, works, strict=True)
                 if not work and (found := leading_phrase(f.title))), None)
    if kind is None:
        return group
    return [replace(f, title=f"{kind}: {f.title}") if work else f
            for f, work in zip(group, works, strict=True)]


def _narrower(noun: str, kind: str) -> bool:
    """Whether ``noun`` may name an event of the kind ``kind`` names: the kind itself, or a
    compound of it ('Ringvorlesung' of 'Vorlesung'); not a sibling compound of their common
    base ('Hafenflohmarkt' is no 'Fischmarkt')."""
    return noun.endswith(kind) or kind == event_base(kind)


def _edition_of(title: str, noun: str, year: int) -> bool:
    """Whether a title names its event by an edition of another year: its noun, then the
    year ('Tagung 2025'), not a day it recalls ('Gedenkrundgang zum 9. November 1938')."""
    at = title.find(noun)
    edition = _EDITION_YEAR.match(title, at + len(noun)) if at >= 0 else None
    return edition is not None and int(edition.group(1)) != year


def _vague(noun: str) -> bool:
    """Whether a noun, maybe in its genitive, is a vague one ('Festes', 'Veranstaltung')."""
    lower = noun.lower()
    return lower in _VAGUE_NOUNS or lower.removesuffix("es") in _VAGUE_NOUNS or (
        lower.removesuffix("s") in _VAGUE_NOUNS)


def _kind_of(noun: str) -> str:
    """The kind of event a noun names: its shortest event noun, a series' that of its items
    ('Vortragsreihe' → 'vortrag')."""
    return event_base(_series_kind(noun) or noun)


def _series_kind(noun: str) -> str | None:
    """The noun of a series' items as written ('Vortragsreihe' → 'Vortrag',
    'Konzertreihen' → 'Konzert'); None for a noun of no series."""
    series = noun.lower().rfind("reihe")
    return noun[:series].rstrip("s-") if series > 0 else None


def _title_quality(title: str) -> tuple[int, int]:
    has_name = "„" in title or " des " in title or " der " in title
    return (int(has_name), len(title))


def _city_of_venues(venues: list[str], adjective: bool = False) -> City | None:
    """The city the first venue naming one names ('Landesmesse Stuttgart'), or with
    ``adjective`` the first whose city adjective opens it ('Kölner Philharmonie')."""
    for venue in venues:
        city = city_of_adjective(venue, venue=True) if adjective else city_in_name(venue)
        if city is not None:
            return city
    return None


def _city_after_in(title: str) -> City | None:
    found = find_cities(title)
    return found[0][1] if found else None


def _unique_contacts(contacts: list[Contact]) -> tuple[Contact, ...]:
    unique: dict[str, Contact] = {}
    for contact in contacts:
        key = (contact.email or contact.phone or contact.name or "").casefold()
        if key and key not in unique:
            unique[key] = contact
    return tuple(unique.values())


def _excerpt(sentence: str) -> str:
    sentence = " ".join(sentence.split())
    if len(sentence) <= _EXCERPT_CHARS:
        return sentence
    return sentence[: _EXCERPT_CHARS - 1].rsplit(" ", 1)[0] + "…"


__all__ = ["extract_events", "is_event_noun"]
