"""The layout of a document's lines: contact blocks, labelled lines ('Termin:', 'Ort:'),
programme lines and their titles, and the times a date's block states.

>>> entry_rest(", 14 bis 16 Uhr: Digitale Sprechstunde")
'Digitale Sprechstunde'
>>> entry_rest(" Das Publikum kürt die Band.") is None
True
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import replace

from .dates import find_times, next_day, parse_time, scan_dates
from .model import DateMention
from .nouns import event_suffix, is_event_noun
from .people import SPEAKER, SPEAKER_LEAD, TITLED_SPEAKER, find_emails, find_phones
from .places import (
    City,
    city_in_name,
    ends_with_town,
    find_cities,
    find_venues,
    is_address_part,
    is_venue,
    lookup_city,
    opens_with_venue,
    place_line,
    without_ensembles,
    word_town_opening,
)
from .sentences import Sentences
from .titles import leading_phrase, unquoted, without_venue
from .vocabulary import (
    ABBREVIATIONS,
    BOX_HEADINGS,
    BULLETS,
    CANCEL_CUES,
    CONTACT_HEADINGS,
    COUNT_WORDS,
    DOORS_WORDS,
    END_WORDS,
    ENSEMBLE_SUFFIXES,
    INFO_LABELS,
    MEETING_WORDS,
    PLACE_LABELS,
    POSTPONE_CUES,
    RELATIVE_DAY_WORDS,
    ROW_MARKS,
    SERIES_PLURALS,
    SESSION_WORDS,
    START_WORDS,
    TABLE_PERSON_HEADERS,
    TABLE_PLACE_HEADERS,
    TABLE_TITLE_HEADERS,
    TITLE_LINK_WORDS,
    TRAVEL_WORDS,
    VENUE_SUFFIXES,
    WEEKDAYS,
)
from .years import PAGE_NUMBER

_LINE = re.compile(r"[^\n]+")
_LABEL_LINE = re.compile(r"[ \t]*[A-ZÄÖÜ][\w ./&*()-]{1,80}?[ \t]*:(?:[ \t]+|$)")
_CONTACT_HEADING = re.compile(
    r"^(?:Ihre?[ \t]+)?(?:"
    + "|".join(map(re.escape, sorted(CONTACT_HEADINGS, key=len, reverse=True)))
    + r")\b[^\n]{0,40}$"
)
# A line that gives the date of the document's event: "Termin: …", "Datum: …", "Wann: …"
# (in running text too: "Bitte vormerken – der darauf folgende Termin: Montag, 5. August")
_BULLET = f"[{re.escape(BULLETS)}]{{1,3}}"
_BULLET_LEAD = re.compile(rf"^{_BULLET}[ \t]+")
_ITEM_LEAD = re.compile(rf"[ \t]*{_BULLET}[ \t]+")  # (a list's item's line: "- …", "  • …")
_NEXT_BULLET = re.compile(rf"\n(?P<indent>[ \t]*){_BULLET}[ \t]+")


def item_text(text: str, line_start: int) -> int | None:
    """Where the text of a list's item starts after its bullet, on the line at
    ``line_start`` ("- Waldkirch: …", "  • Vortrag …"); None for a line with no bullet."""
    m = _ITEM_LEAD.match(text, line_start)
    return None if m is None else m.end()


def unbulleted(line: str) -> str:
    """A line without the bullet it opens with: '► Anfängerkurs 2026' → 'Anfängerkurs 2026'."""
    return _BULLET_LEAD.sub("", line)
_EVENT_LABEL = re.compile(
    r"(?:^|[\n \t])(?:Termine?|Datum|Wann|Zeit|Zeitpunkt|Veranstaltungstermin|TERMINE?|DATUM"
    r"|WANN|ZEIT|Kursbeginn|Lehrgangsbeginn)"  # (a course's start: "Kursbeginn: Freitag, …")
    r"(?:[ \t]{1,2}(?:[A-Z]|[0-9]{1,2}))?"  # (one of several: "Termin A:")
    r"(?:[ \t]*:[ \t]*(?:\|[ \t]*|am[ \t]+)?|[ \t]*\|[ \t]*)$"  # ("Datum: | 21.05.2025",
    # a Markdown table's "| Termin | …"; "Termine: am 3., 10. und 17. März 2026")
    # (a box's one date under its label: "Wann:" / "" / "2./3. Juni 2025"; not a list's)
    r"|(?:^|[\n \t])(?:Termin|Datum|Wann|TERMIN|DATUM|WANN)[ \t]*:[ \t]*(?:\n[ \t]*){1,2}$"
    # (a web page's list of terms, the label alone in its block: "Termin" / "" / "Sa, 09.05.")
    r"|(?:^|\n)[ \t]*(?:Termin|Datum|Wann)[ \t]*\n(?:[ \t]*\n)?[ \t]*$")
# What may stand before a date that opens a programme line: a weekday ("Di.,", "Dienstag,")
# the weekday adverbs ("mittwochs"), and a range of hours ("von 18.30 bis 20 Uhr"), read by
# several patterns below: a course's hours, a line of hours, a fair's daily hours
WEEKDAY_ADVERBS = tuple(f"{day.lower()}s" for day in WEEKDAYS if len(day) > 2)
_HOURS_RANGE = (r"(?:von[ \t]+)?(?P<t1>[0-9]{1,2}(?:[:.][0-9]{2})?)[ \t]*(?:Uhr[ \t]*)?"
                r"(?:–|-|bis)[ \t]*(?P<t2>[0-9]{1,2}(?:[:.][0-9]{2})?)[ \t]*Uhr")
_TIMES_A_WEEK = r"(?:[0-9]{1,2}[ \t]*(?:x|\u00d7|mal)[ \t]+)?(?:(?:[Jj]eweils|[Ii]mmer)[ \t]+)?"
# ("dienstags", and opening a line: "Donnerstags, 9.00–10.30 Uhr, ab 5. März 2026")
_WEEKDAY_ADVERB = "|".join(f"{a}|{a.capitalize()}" for a in WEEKDAY_ADVERBS)
# a course's hours before its first day: "10 x mittwochs, 18.30–20.00 Uhr, Beginn: "
_COURSE_HOURS = (_TIMES_A_WEEK + "(?:" + _WEEKDAY_ADVERB + r")[ \t]*,?[ \t]*"
                 + _HOURS_RANGE + r"[ \t]*,[ \t]*(?:(?:Beginn|Kursbeginn|Start|ab)[ \t]*:?[ \t]*)?")
# a course's number: "Kurs 26F-4102", "Kurs-Nr. 261-20104", "Nr. 4102", "Kurs H2-4410"
_COURSE_NO = (r"(?:(?:Kurs|Veranstaltungs|Seminar)(?:-?(?:Nr\.|[Nn]ummer))?|Nr\.)"
              r"[ \t]*:?[ \t]*(?:[0-9]{2,}[A-Z]?[0-9]{0,8}|[A-Z]{1,2}[0-9]{1,2})"  # ("26F20706")
              r"(?:[-./][0-9A-Z.-]*[0-9A-Z])?")
# what may open a programme line before its date: a bullet, a weekday
# (or a feast: "Heiligabend, 24. Dezember", "4. Advent, Sonntag, 21. Dezember")
_ENTRY_LEAD = re.compile(
    rf"^[ \t]*(?:{_BULLET}[ \t]+)?(?:[0-9]{{1,2}}[.)][ \t]+(?=[A-ZÄÖÜ]|$))?"  # (a list's number)
    # (a catalogue's course number before it: "Kurs 26F-3040 · Samstag, 28. Februar 2026")
    + rf"(?:{_COURSE_NO}[ \t]*[·|][ \t]*)?"
    # (a course's part by its number: "Modul 1 – Sa., 7. März, 9–12 Uhr")
    + r"(?:(?:Modul|Teil|Block|Kurstag|Kursabend|Einheit)[ \t]+[0-9]{1,2}[ \t]*[–:-][ \t]*)?"
    r"(?:(?:[0-9]{1,2}|" + "|".join(f"{w}|{w.capitalize()}" for w in COUNT_WORDS) + r")[ \t]+"
    r"(?:" + "|".join(SESSION_WORDS) + r")(?:[ \t]*[,:]|[ \t]+ab)[ \t]*)?"  # "7 Termine, ",
    # "Zwei Abende: ", "4 Abende ab Donnerstag, 16. April 2026"
    # (or how often a week, from its first day: "5 x dienstags ab 10. März 2026")
    + r"(?:[0-9]{1,2}[ \t]*(?:x|\u00d7|mal)[ \t]+(?:" + _WEEKDAY_ADVERB + r"),?[ \t]+"
    r"(?:ab[ \t]+)?)?"  # (or its run: "4 x dienstags, 17.03.–07.04.2026")
    # (a course's hours: "10 x mittwochs, 18.30–20.00 Uhr, Beginn: Mi, 25.02.2026")
    + "(?:" + _COURSE_HOURS + ")?"
    # (the weekday its days share: "samstags am 3., 10., 17., 24. und 31. Oktober")
    + r"(?:(?:[Jj]eweils[ \t]+)?(?:" + _WEEKDAY_ADVERB + r"),?[ \t]+(?:am[ \t]+)?)?"
    r"(?:(?:[A-ZÄÖÜ][a-zäöü]{1,15}|MO|DI|MI|DO|FR|SA|SO)\.?,?[ \t]*)?$")  # ("DO 14.5.")
# (after the count of its meetings: "8 Treffen, freitags 9.30–11.00 Uhr, Beginn: ")
_COURSE_HOURS_LEAD = re.compile(r"[ \t]*(?:[0-9]{1,2}[ \t]+(?:" + "|".join(SESSION_WORDS)
                                + r")[ \t]*,[ \t]*)?" + _COURSE_HOURS)


def only_dates(text: str, spans: list[tuple[int, int]], begin: int, end: int) -> bool:
    """Whether ``text[begin:end]`` holds nothing but the dates at ``spans`` and the words
    joining them: "Fr, 13.03.2026, 18.00–21.00 Uhr und Sa, 14.03.2026, 10.00–16.00 Uhr"."""
    pos = begin
    for b, e in spans:
        if _JOINING.fullmatch(text, pos, b) is None:
            return False
        pos = e
    return _JOINING.fullmatch(text, pos, end) is not None


def _dates_alone(text: str, begin: int, end: int) -> bool:
    """``only_dates`` for the dates the date finder finds in ``text[begin:end]``."""
    return only_dates(text, [(begin + m.span[0], begin + m.span[1])
                             for m in scan_dates(text[begin:end])], begin, end)


_LINE_CHARS = 200  # a line of dates alone is short
# what may join the dates of a line of dates alone: "… und …", ", ", " sowie "
_JOINING = re.compile(r"[ \t,;/·•*–-]*(?:(?:und|sowie|&)[ \t,;]*)?")


def lead_hours(lead: str) -> tuple[dt.time, dt.time | None] | None:
    """The hours a course's line gives before its date: '10 x mittwochs, 18.30–20.00 Uhr,
    Beginn: ' before 'Mi, 25.02.2026'."""
    m = _COURSE_HOURS_LEAD.match(lead)
    start = parse_time(m["t1"]) if m is not None else None
    return (start, parse_time(m["t2"])) if m is not None and start is not None else None


# an hour in a column of its own, no "Uhr": "Do 01.10.  19.30  PREMIERE · …" (or ending the
# line: "Sa 3.10.   19.30" under a work's title)
_COLUMN_TIME = (r"(?P<t1>[0-9]{1,2}[:.][0-9]{2})(?:[ \t]*(?:bis|–|-)[ \t]*"
                r"(?P<t2>[0-9]{1,2}[:.][0-9]{2}))?(?:[ \t]+und[ \t]+[0-9]{1,2}[:.][0-9]{2})*"
                r"(?=[ ]{2,}|\t|[ \t]*(?:\n|$))")  # (a second show's: "11.00 und 14.30")
_ENTRY_TAIL = re.compile(
    r"^[ \t,·•]*(?:[0-9]{1,2}[ \t]+(?:" + "|".join(SESSION_WORDS) + r")[ \t]*,[ \t]*)?"
    r"(?:(?:(?:" + "|".join((*DOORS_WORDS, *START_WORDS, *END_WORDS)) + r")[ \t]*:?"
    r"[ \t]*)?(?:(?:jeweils|täglich)[ \t]+)?(?:(?:" + "|".join(WEEKDAY_ADVERBS) + r")[ \t]+)?"
    r"(?:(?:um|ab|von)?[ \t]*[0-9]{1,2}(?:[:.][0-9]{2})?"
    r"(?:[ \t]*(?:bis|–|-)[ \t]*[0-9]{1,2}(?:[:.][0-9]{2})?)?[ \t]*Uhr|" + _COLUMN_TIME + r")"
    r"(?:[ \t]*[,;][ \t]*(?=[A-Zu0-9]))?)*[ \t]*[:–—|-]?[ \t]*")  # ("Fr 02.10. | Kabarett")
_ROW_TIME = re.compile(r"[ \t]+" + _COLUMN_TIME)  # (after a row's date)
_PLACE_LABEL_WORD = ("(?:" + "|".join((*PLACE_LABELS, "ORT", "WO", "TREFFPUNKT")) + ")"
                     r"(?:[ \t]*:[ \t]*(?:\|[ \t]*)?|[ \t]*\|[ \t]*(?=[^|\s]))")
# ("- Wo: …", a Markdown table's "| Ort | IHK Regionalkammer Plauen |")
_PLACE_LABEL = (rf"[ \t]*(?:[-*•][ \t]+|\|[ \t]*)?{_PLACE_LABEL_WORD}"
                r"(?P<place>[^\n|]+)(?:\|[ \t]*)?(?=\n|$)")
_PLACE_LABEL_HERE = re.compile(_PLACE_LABEL)
_SENTENCE_PLACE_LABEL = re.compile(r"(?<=[.!?][ \t])(?:" + "|".join(PLACE_LABELS) + r")[ \t]*:"
                                   r"[ \t]*(?P<place>[^\n]+)")
# a box's place label alone on its line, its place under it (after a blank line, maybe)
# (or in a web page's table, beside it: "Ort: | IHK Karlsruhe, Lammstraße 13–17, …")
_BOX_PLACE = re.compile(r"\n[ \t]*(?:Wo|Ort|Veranstaltungsort|Tagungsort|WO|ORT)(?:[ \t]*:[ \t]*"
                        r"(?:\|[ \t]*|\n(?:[ \t]*\n)?)|[ \t]*\n(?:[ \t]*\n)?)"  # (or alone in
                        r"(?P<place>[ \t]*[^\s][^\n]*)")  # its block: a web page's "Ort" / "")
_BOX_REACH = 300  # how far below a box's date its place label may stand
_PLACE_LABEL_LINE = re.compile(r"\n" + _PLACE_LABEL)
_POSTCODE = re.compile(r"\b[0-9]{5}[ \t]+[A-ZÄÖÜ]")
_SHORT_POSTCODE_TOWN = re.compile(r",[ \t]*[0-9]{4}[ \t]+[A-ZÄÖÜ][\w.-]*[ \t]*$")  # ", 8712 Stäfa"
# "jeweils um 18.30 Uhr": one time for every date of a programme
# (the word comes before the test that it starts one, so the regex engine skips ahead to it)
# ("jeweils dienstags um 18:15 Uhr", "jeweils abends ab 19 Uhr": the days' adverb between)
# the adverbs of the weekdays: "dienstags", "sonntags"
_DAYS_ADVERBS = [*WEEKDAY_ADVERBS, "morgens", "vormittags", "nachmittags", "abends"]
_DAYS_ADVERB = "|".join(_DAYS_ADVERBS)
_WEEKDAY_NAME = "|".join(d for d in WEEKDAYS if len(d) > 2)
_SHARED_HOURS = (r"[ \t]+(?:(?:um|ab|von)[ \t]+)?(?P<t>[0-9]{1,2}(?:[:.][0-9]{2})?)(?:[ \t]*Uhr)?"
                 r"(?:[ \t]*(?:bis|–|-)[ \t]*(?P<t2>[0-9]{1,2}(?:[:.][0-9]{2})?))?[ \t]*Uhr"
                 # ("18 Uhr c.t.": a quarter past, as lectures start)
                 r"(?P<ct>[ \t]*c\.[ \t]?t\.)?")
_SHARED_TIME = re.compile(  # (or its weekday's name: "jeweils Mittwoch um 6.00 Uhr")
    rf"[Jj]eweils(?<!\w[Jj]eweils)(?:[ \t]+(?P<days>{_DAYS_ADVERB}|{_WEEKDAY_NAME}),?)?"
    + _SHARED_HOURS)
# a recurring weekday's hours, for the dates of it listed near: "Jeden ersten Sonntag im
# Monat um 15 Uhr führen unsere Guides … Die nächsten Termine: 7. Februar, 7. März …"
_EVERY_WEEKDAY = re.compile(
    r"[Jj]eden(?<!\w[Jj]eden)[ \t]+(?:(?:ersten|zweiten|dritten|vierten|letzten)[ \t]+)?"
    r"(?P<days>" + "|".join(d for d in WEEKDAYS if len(d) > 2) + r")(?:[ \t]+im[ \t]+Monat)?"
    + _SHARED_HOURS)
# the hours of a weekday a sentence gives all events of a kind, no 'jeweils' needed:
# "Die Veranstaltungen finden dienstags um 18.15 Uhr im Hörsaal 8 statt"
# (the adverb's hours are looked for first, the sentence's opening only before them: "Die"
# opens too many sentences for a pattern to start with it)
_DAY_HOURS = re.compile("(?P<days>" + "|".join(
    rf"{adverb}(?<![\w-]{adverb})" for adverb in _DAYS_ADVERBS) + f"){_SHARED_HOURS}")
# a label's weekday hours, for the dates of a series: "Wann: dienstags, 18:30–20:00 Uhr"
# (each word checks what precedes it after its first letter: the regex engine skips ahead
# to the first letters instead of trying a look-behind at every position)
_LABEL_HOURS = re.compile(
    "(?:" + "|".join(rf"{w[0]}(?<![\w-]{w[0]}){w[1:]}"
                     for w in ("Wann", "Zeit", "Uhrzeit", "Termine", "Termin", "WANN", "ZEIT"))
    + rf")[ \t]*:[ \t]*(?:jeweils[ \t]+)?(?P<days>{_DAYS_ADVERB}),?{_SHARED_HOURS}")
# a line of its own saying when all start: "Beginn: 20 Uhr", "Vorstellungsbeginn ist um 19.30
# Uhr, Einlass ab 19 Uhr" (no day said for it: "(?P<days>)" never takes part)
_START_LINE = re.compile(
    r"[ \t]*(?:[A-ZÄÖÜ][a-zäöü]*b|B)eginn(?P<days>(?!))?(?:[ \t]*:|[ \t]+(?:ist|jeweils))?"
    + _SHARED_HOURS + r"(?=[ \t]*(?:[,.;(\n]|$))")


def _start_lines(text: str) -> list[re.Match[str]]:
    """``_START_LINE``'s matches, each at the start of a line holding "eginn" (found by
    plain searches: an anchored pattern tried at every position of a text costs more)."""
    found = []
    pos = text.find("eginn")
    while pos >= 0:
        line_start = text.rfind("\n", 0, pos) + 1
        if pos - line_start <= _START_WORD_MAX and (
                m := _START_LINE.match(text, line_start)) is not None:
            found.append(m)
        line_end = text.find("\n", pos)
        pos = -1 if line_end < 0 else text.find("eginn", line_end)
    return found


_START_WORD_MAX = 24  # (how far into its line the start's word may end: "Vorstellungsbeginn")
_ALL_BEFORE = re.compile(  # (or a series' one: "Das IKM-Kolloquium findet … dienstags um")
    r"(?<![\w-])(?:Alle|Sämtliche|Die|Das|Der)[ \t]+(?P<noun>[A-ZÄÖÜ][\w-]+)[ \t]+(?:finden|"
    r"beginnen|starten|sind|findet|beginnt|startet)[^.\n]{0,60}?[ \t]$")
# "Alle Veranstaltungen finden in der Stadtbibliothek … statt": one venue for all
# a stamp's date is closed by ")" after nothing but space: tested before its line is found
_CLOSED = re.compile(r"\s*\)")
# ("Die Seminare finden … in der Bildungsakademie statt": the plural of an event noun too)
# (after a dateline too: "Reutlingen, 18. März 2024 – Die Seminare finden …")
# what a text says of all its events: "Alle Vorträge finden im Hörsaal 2 statt"
_OF_ALL = r"(?:finden|sind|beginnen|starten|dauern)\b"  # ("Die Vorträge dauern jeweils …")
_ALL_EVENTS = re.compile(
    r"^(?:[^\n–—]{0,60}?[ \t][–—][ \t]+)?"
    rf"(?:(?P<all>Alle|Sämtliche)|Die)[ \t]+(?P<noun>[A-ZÄÖÜ]\w+)[ \t]+{_OF_ALL}")
# (or a list's lead: "Unsere nächsten Heimspiele in der Rhein-Neckar-Halle (Wasserturmstraße):")
_LIST_INTRO = re.compile(r"(?:(?P<all>Alle|Sämtliche)[ \t]+|(?:Unsere|Die)[ \t]+)?(?:(?:nächsten|"
                         r"kommenden|weiteren)[ \t]+)?(?P<noun>[A-ZÄÖÜ]\w+)[ \t]+(?:in|im|auf)"
                         r"[ \t][^\n:.!?]{3,80}:")
# (or "Die Vorträge finden jeweils um 19 Uhr … statt": each of them)
FOR_ALL = re.compile(
    rf"(?<![\w-])(?:Alle|Sämtliche|Die(?=[ \t]+[A-ZÄÖÜ]\w+[ \t]+{_OF_ALL}[ \t]+jeweils\b))"
    rf"[ \t]+(?P<noun>[A-ZÄÖÜ]\w+)[ \t]+{_OF_ALL}")
ContactBlock = tuple[int, int, list[str]]


def line_around(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """Start and end of the line that holds ``span``."""
    start = text.rfind("\n", 0, span[0]) + 1
    end = text.find("\n", span[1])
    return start, len(text) if end < 0 else end


def is_labelled(text: str, pos: int) -> bool:
    """Whether a date at ``pos`` follows an event label: 'Termin: …', 'Datum: …'; a course's
    weekly hours may stand between ('Termine' / '' / '8 x dienstags, ab Di., 03.03.2026')."""
    if text[pos - 2 : pos] in ("· ", ", ", "; "):  # a later date of a label's list:
        line_start = text.rfind("\n", 0, pos) + 1  # "Termine: 15. Jänner · 29. Jänner · …"
        if pos - line_start < _LISTED_LINE_MAX and _LISTED_AFTER_LABEL.fullmatch(
                text, line_start, pos):
            return True
    before = text[max(0, pos - _COURSE_LEAD_MAX) : pos]
    lead = _COURSE_LEAD_BEFORE.search(before)
    if lead is None:  # (a web page's list of terms: "Termine" / "" / "Sa., 07.03.2026 und So.,
        # 08.03.2026, …" / "" / "Ort" — one entry's dates, not a list of entries)
        return bool(_EVENT_LABEL.search(before[-40:])) or bool(_DATES_LABEL_ALONE.search(
            before[-40:]) and _PLACE_LABEL_AFTER.match(text, pos))
    before = before[: lead.start()][-40:]  # (a course's many dates under "Termine" too)
    return bool(_EVENT_LABEL.search(before) or _DATES_LABEL_ALONE.search(before))


_COURSE_LEAD_MAX = 110
_LISTED_LINE_MAX = 300
_LISTED_AFTER_LABEL = re.compile(r"[ \t]*(?:Termine|Daten|Weitere[ \t]+Termine)[ \t]*:[ \t]*"
                                 r"(?:[^\n:·;]{3,24}?[ \t]*[·;,][ \t]*){1,20}")
_PLACE_LABEL_AFTER = re.compile(r"[^\n]{0,120}\n[ \t]*\n[ \t]*(?:Ort|Veranstaltungsort|Treffpunkt)"
                                r"[ \t]*:?[ \t]*\n")
_DATES_LABEL_ALONE = re.compile(r"(?:^|\n)[ \t]*Termine[ \t]*:?[ \t]*\n(?:[ \t]*\n)?[ \t]*$")
# a course's weekly hours before its first date, opening the line: "8 x dienstags, ab ",
# "jeweils donnerstags, 8:30–9:45 Uhr, 10 Termine ab "
_COURSE_LEAD_BEFORE = re.compile(
    r"(?:^|\n)[ \t]*" + _TIMES_A_WEEK + "(?:" + _WEEKDAY_ADVERB + r")[^\n]{0,60}?(?<![\w-])ab"
    r"[ \t]+(?:(?:Mo|Di|Mi|Do|Fr|Sa|So)\.?,?[ \t]*)?$")


def opens_line(lead: str, continuous: bool = False) -> bool:
    """Whether what stands before a date on its line lets the date open a programme line;
    a ``continuous`` stretch of time may follow a 'von' ("von Freitag, 20. März 2026, 18 Uhr,
    bis Sonntag, …"), where a range of days is a period ("vom 24. bis 26. Dezember")."""
    if continuous and lead[:4] in ("von ", "Von ", "vom ", "Vom "):
        lead = lead[4:]
    return bool(_ENTRY_LEAD.match(lead))


def row_time(text: str, begin: int) -> tuple[dt.time, dt.time | None] | None:
    """The hours a row gives without "Uhr" in a column of their own after its date (at
    ``begin``): "Do 01.10.  19.30  PREMIERE · Der Besuch der alten Dame"."""
    m = _ROW_TIME.match(text, begin)
    start = parse_time(m["t1"]) if m is not None else None
    if m is None or start is None:
        return None
    return start, parse_time(m["t2"]) if m["t2"] else None


def entry_rest(tail: str) -> str | None:
    """What a programme line says after its date and time: '' for a bare date line, None
    when the line goes on as a sentence ('13. März Das Publikum …' names no entry)."""
    timed = _DAY_LABEL_THEN_TIME.match(tail)
    if timed is not None:  # a feast's name, then its items, each after its hour: "– Heiliger
        return timed["said"].strip()  # Abend: 16.00 Uhr Kindermette; 22.00 Uhr Christmette …"
    skip = _ENTRY_TAIL.match(tail)
    rest = tail[skip.end() :].strip() if skip else tail.strip()
    quoted = _QUOTED_THEN_SPEAKER.match(rest)
    if quoted is not None:  # a talk's title in quotes, then its speaker: "„Warum leuchten
        return quoted["title"]  # Glühwürmchen?“ – Dr. Tim Hesse, Biologie"
    if skip and _NOTE.fullmatch(rest) and leading_phrase(rest[1:-1]) is None:
        return ""  # a note on the dates, no title: "(nicht in den Osterferien)", but
        # "(Familienkonzert mit Moderation)" names its event
    note = _NOTE_THEN_MARK.match(rest)
    if note is not None and leading_phrase(note["note"][1:-1]) is None:
        return rest[note.end() :]  # a day's note, then what the line says after its mark:
        # "Sa., 15. August 2026 (Mariä Himmelfahrt) · Zell am See"
    if _SESSIONS_TAIL.fullmatch(rest):
        return ""  # a course's count of meetings: "ab 4. März 2026, 10 Termine"
    if _AFTERWARDS.fullmatch(rest):
        return ""  # what follows the event: "(Türöffnung 18.30 Uhr), anschliessend Barbetrieb"
    if rest and not (skip and _MARK_END.search(skip.group(0))):
        if skip and _COLUMN_GAP.search(skip.group(0)) and _COLUMN_TITLE.fullmatch(
                MIDDLE_DOT.split(rest, 1)[0]) and (
                not _SENTENCE_END.search(rest)) and not SPEAKER.match(rest):
            return rest  # a column of titles: "Fr 2.10.   20.00 Uhr   Der Besuch der alten Dame"
            # (its cells after it too: "PREMIERE · Der Besuch der alten Dame · Großer Saal")
        titled = _TITLE_THEN_MARK.match(rest)  # "Do 01.10. Marta Kessler Quartet – Modern
        if titled is not None:  # Jazz aus Köln · VVK 18 €"
            return rest[: titled.end("title")]
        first = _FIRST_PART.match(rest)  # a column's long line: its title before its details,
        if skip and _COLUMN_GAP.search(skip.group(0)) and first is not None and (  # "Preis-
                _DETAILS.search(rest, first.end())) and _COLUMN_TITLE.fullmatch(first[0]) and not (
                _SENTENCE_END.search(first[0]) or SPEAKER.match(first[0])):  # jassen im …
            return first[0]  # (Schieber …), Einschreiben ab 19 Uhr, Einsatz CHF 25.–"
        return None
    return rest


# a title in quotes, then after a dash who gives it: "„Können Roboter denken?“ – Prof. Dr.
# Emre Yildiz, Informatik"
_QUOTED_THEN_SPEAKER = re.compile(r"(?P<title>„[^“”\"\n]{2,100}[“”\"])[ \t]+[–—-][ \t]+"
                                  r"(?=(?:Prof\.|Dr\.|PD|[A-ZÄÖÜ][a-zäöüß]+[ \t]+[A-ZÄÖÜ]))")
# a day line's label (a feast's name) and its first item after its hour, up to the next
# item's: "– Mariä Empfängnis: 9.00 Uhr Festgottesdienst", ": 9.00 Uhr Hl. Messe mit …"
# what a line says of its first item: up to the semicolon before the next, or a clause after
# a comma opening in lower case ("Familienmesse, gestaltet von der Jungschar", "Hl. Messe,
# anschließend Pferdesegnung", "Christmette …, ab 21.30 Uhr Turmblasen …")
_FIRST_ITEM = re.compile(r"(?:[^;,\n]|,(?![ \t]+[a-zäöü]))*")
_DAY_LABEL_THEN_TIME = re.compile(
    r"[ \t]*(?:[–—-][ \t]*[^:;\n]{2,50}:|:)[ \t]*[0-9]{1,2}[.:][0-9]{2}[ \t]*Uhr[ \t]+"
    r"(?P<said>[A-ZÄÖÜ„]" + _FIRST_ITEM.pattern + ")")


def first_item(said: str) -> str:
    """What a line says of its first item (``_FIRST_ITEM``)."""
    m = _FIRST_ITEM.match(said)
    return (m.group(0) if m else said).strip()
def row_title(tail: str) -> str | None:
    """What a list's date line gives after its date when it reads as a title, no sentence:
    "Der Besuch der alten Dame" (not "Das Publikum war begeistert.")."""
    rest = tail.strip(" \t,·–-")
    if _COLUMN_TITLE.fullmatch(rest) and not _SENTENCE_END.search(rest) and not (
            SPEAKER.match(rest)):
        return rest
    return None


# what a programme line gives after its title: an hour, a fee, admission or sign-up (not a
# speaker's affiliation: "Max Huber, Stadtarchiv")
_DETAILS = re.compile(r"\bUhr\b|€|\b(?:EUR|Euro|CHF|Fr\.)|Eintritt|Anmeld|Einschreib|Kollekte")
# a line's first part before a comma, its brackets and quotes whole
_FIRST_PART = re.compile(r"(?:[^,(„«»\"\n]|\([^)\n]*\)|„[^“\n]*“|«[^»\n]*»|»[^«\n]*«)+(?=,[ \t])")
_MARK_END = re.compile(r"[:–—·|-][ \t]*$")  # ("14.–16. Oktober 2026 · Congress Center Essen")
_COLUMN_GAP = re.compile(r"(?:[ ]{2,}|\t)$")
MIDDLE_DOT = re.compile(r"[ \t]+·[ \t]+")  # (a line's cells set off by middle dots)
_COLUMN_TITLE = re.compile(r"[A-ZÄÖÜ„\"»«][^\n]{0,79}(?<![.,;:])")  # ("«Frederick»")
_SENTENCE_END = re.compile(r"(?<![0-9])[.!?][ \t]+[A-ZÄÖÜ]")  # (not an ordinal: "6. November")


_NOTE = re.compile(r"\([^()\n]{1,60}\)")
_NOTE_THEN_MARK = re.compile(r"(?P<note>\([^()\n]{1,60}\))[ \t]*[·|–—][ \t]*(?=[^\s])")
_AFTERWARDS = re.compile(r"(?:\([^()\n]{1,60}\)[ \t]*)?,?[ \t]*(?:anschlie(?:ß|ss)end|danach"
                         r"|im[ \t]+Anschluss|mit[ \t]+anschlie(?:ß|ss)ende[mnr])(?![\w])[^\n]*")
# ("… 19.30   mit anschliessendem Publikumsgespräch": the evening's, not an event of its own)
_SESSIONS_TAIL = re.compile(r"(?:,[ \t]*)?[0-9]{1,2}[ \t]+(?:" + "|".join(SESSION_WORDS) + r")\.?")
# a name right after a programme line's date, set off by a dash or a middle dot from what
# the line says of it (no sentence: "13. März Das Publikum kürt die Band." names no entry)
_TITLE_THEN_MARK = re.compile(
    r"(?P<title>[A-ZÄÖÜ„\"](?:[^.!?\n–·]|(?<![\w.])(?:"
    + "|".join(map(re.escape, sorted(ABBREVIATIONS, key=len, reverse=True)))
    + r")\.|\.(?=[ \t]+[a-z0-9])){1,80}?)[ \t]+[–·][ \t]")  # ("feat. Lisa Wendt", "Dr.")


def is_stamp(text: str, sentences: Sentences, mention: DateMention) -> bool:
    """'Premiere in Nürnberg (2005-03-02)': a headline's closing date is the item's own."""
    if mention.end is not None or mention.start_time is not None:
        return False
    begin, end = mention.span
    if _CLOSED.match(text, end) is None:
        return False
    line_start, line_end = line_around(text, mention.span)
    # what stands before the date on its line ends in "(" (its last "(" has only space after
    # it): looked for without copying the line, which in news is a whole paragraph
    paren = text.rfind("(", line_start, begin)
    return (paren >= 0 and not text[paren + 1 : begin].strip()
            and text[end:line_end].strip() == ")"
            and sentences.heading_at(begin))


def title_beside(text: str, line_start: int, line_end: int) -> str | None:
    """The title of a date line: a heading above it in its block (over a speaker's line:
    "„Lopodunum“ / Dr. Renate Ludwig, Archäologin / Di, 14.10., 19.30 Uhr"), with the
    block's category ("VORTRAG") when the heading names no event; else a quoted title on the
    line below ("Mi., 4.3." / "Prof. Dr. Jana Riedel: „Echt jetzt? Deepfakes erkennen“")."""
    end = line_start - 1
    if line_start >= 2 and text.startswith("\n\n", line_start - 2):
        # a date line alone under its heading (HTML's h3 over a p): "Finissage" / "" /
        # "Sonntag, 7. Juni 2026, 16 Uhr" / "Zum Ende der Ausstellung: Performance …"
        over = heading_above(text, line_start - 1)
        if over is not None and not over[1][:1].isdigit() and (
                over[0] == 0 or (over[0] >= 2 and text.startswith("\n\n", over[0] - 2))) and (
                found := leading_phrase(over[1])) is not None and found[1] == over[1] and (
                _singular(found[0])):  # (not a list's: "Unsere Gottesdienste")
            return over[1]
        heading = _named_heading_block(text, line_start - 1)
        if heading is not None:  # "EINLADUNG" / "3. Fachforum Wasserstoff Mitteldeutschland"
            return heading  # / "„Vom Pilotprojekt zur Industrieanwendung“" / "" / "Do, 12.3. …"
    item = _ITEM_LEAD.match(text, line_start) is not None
    for _ in range(_BLOCK_LINES):
        start = text.rfind("\n", 0, max(0, end)) + 1
        above = text[start:end].strip() if end > 0 else ""
        if not above or not _heading_line(above) or scan_dates(above) or (
                item and text[start : start + 1] in " \t"):
            break  # (a sentence above ends the block: the heading above it is another's; a
            # date line above is another entry: "Premiere: Freitag, 6. März 2026, 20 Uhr";
            # over a list's item, the line indented under the item before is that one's)
        named = leading_phrase(above) is not None
        category = None if named else _category_above(text, start)
        if category:  # "WORKSHOP" / "Brot backen wie früher"
            return f"{category} {above}"
        if named or above[0] in "„\"»«":
            # ("262-4410 Vortrag: Gesund schlafen")
            return strip_quotes(_without_course_number(above))
        end = start - 1
    below_start = line_end + 1
    if text.startswith("\n", below_start):  # (a page's heading and its paragraph; not
        if scan_dates(line_above(text, line_start)) or _ITEM_LEAD.match(text, line_start):
            return None  # after the last line of a list of dates: "Sonntag, 03.05., 18.00
            # Uhr" / "" / "Gastspiel: …"; nor after a list's item: "• Montag, 16. November
            # 2026 (Konzeptionstag)" / "" / "Christbaumverkauf")
        below_start += 1
    below_end = text.find("\n", below_start)
    below = text[below_start : len(text) if below_end < 0 else below_end].strip()
    if below and below_end >= 0 and entry_rest(", " + below) == "":
        # a line of times between the date and the title: "Dienstag, 14. April" / "Einlass
        # 19 Uhr, Beginn 19.30 Uhr" / "„Grenzgänge“ – Reportagen aus dem Erzgebirge"
        below_start = below_end + 1
        below_end = text.find("\n", below_start)
        below = text[below_start : len(text) if below_end < 0 else below_end].strip()
    timed = _TIMED_ITEM.match(below)
    if timed is not None:  # "Mittwoch, 25. März" / "19:00 Uhr   Bußgottesdienst, St. Jodok"
        found = leading_phrase(below[timed.end() :].split(",", 1)[0])  # (not its place)
        return without_venue(found[1]) if found else None
    if _POSTCODE.search(below) or _SHORT_POSTCODE_TOWN.search(below):
        return None  # an address line: "St.-Sixti-Kirche, Entenmarkt, 37154 Northeim"
    if below[:1] in ("„", '"', "»", "«") and len(below) <= 120:
        return strip_quotes(below)
    if len(below) > 400:
        return None
    quoted = _QUOTED_AFTER_COLON.search(below)
    if quoted is not None:  # ("Podiumsdiskussion: „Wem glauben wir morgen?“")
        before = below[: quoted.start()].strip()
        lead = before if is_event_noun(before) else (leading_phrase(before) or (None, None))[1]
        return f"{lead}: {quoted['title']}" if lead else quoted["title"]
    talk = _SPEAKER_TITLE.match(below)  # "Prof. Dr. Claudia Wetterwald (Basel): Der Rhein
    if talk is not None:  # als Grenze. Eine Flussgeschichte …"
        return talk["title"]
    # "Heiligabend, 24. Dezember, 16 Uhr" over "Familiengottesdienst mit Krippenspiel in der
    # Stadtkirche. …": the event the line below opens with
    if (label := event_label(below)) is not None:
        return label  # "Besuchsmorgen: Sie sind herzlich eingeladen, …"
    first = _FIRST_SENTENCE.match(below)
    opening = first.group(1) if first else below
    found = leading_phrase(opening) if opening[:1].isupper() and len(opening) <= 150 else None
    if not found or not found[2]:
        return None
    if opening == below and found[1] != below and _heading_line(below) and not (
            below.endswith((".", "!", "?", ":")) or STATUS_TAIL.search(below)
            or _CLAUSE_AFTER_COMMA.search(below)):  # (not "…, es singt die Kantorei")
        return below  # a title line of its own under the date, whole: "So 04.10.2026" /
        # "Herbstwanderung am Feldberg – Rund um den Feldsee"
    status = STATUS_TAIL.search(opening)  # (kept for the event's status: "Lichterfest am
    return without_venue(found[1]) + (status.group(0) if status else "")  # Lechfall – entfällt")


_CLAUSE_AFTER_COMMA = re.compile(r",[ \t]+[a-zäöü]")
# a status after a dash: "– entfällt", "– VERSCHOBEN"
STATUS_AFTER_DASH = r"[–—-][ \t]*(?i:" + "|".join(
    map(re.escape, (*CANCEL_CUES, *POSTPONE_CUES))) + ")"
# ... closing a title: "Lichterfest am Lechfall – entfällt"
STATUS_TAIL = re.compile(r"[ \t]*" + STATUS_AFTER_DASH + r"[ \t!.]*$")


def _named_heading_block(text: str, pos: int) -> str | None:
    """The line naming one event in the heading block that ends right above ``pos`` (a
    blank line): a block of up to three heading lines between blank lines, no date in them."""
    block: list[str] = []
    top = 0
    for start, line in _lines_above(text, pos, _BLOCK_LINES + 1):
        stripped = line.strip()
        if not stripped:
            break
        if len(block) == _BLOCK_LINES or not _heading_line(stripped) or scan_dates(stripped) or (
                _TIMED_ITEM.match(stripped)):
            return None  # (a paragraph, not a heading's lines; a date line, a timed line:
            # "18 Uhr: Kommentierte Weinprobe im Innenhof", the day before's)
        block.append(stripped)
        top = start
    if not block or (top >= 2 and not text.startswith("\n\n", top - 2)):
        return None
    for line in reversed(block):  # (top down)
        found = leading_phrase(line)
        if found is not None and found[1] == line and _singular(found[0]):
            return line
    return None


def block_title(text: str, line_start: int, line_end: int) -> str | None:
    """The line that names a bare date line's item in a programme of like blocks: its
    heading, the line right above it that opens its block ("Vorhofflimmern – harmlos oder
    gefährlich?" / "Mittwoch, 7. Oktober, 18.30 Uhr"), else the line right below it ("Di.,
    2.2. | 20 Uhr" / "DAS LEBEN DER ANDEREN"); no label ("Referent: …"), address or note."""
    if line_start >= 1:
        over = heading_above(text, line_start)
        if over is not None and (over[0] == 0 or text.startswith("\n\n", over[0] - 2)) and (
                _block_line(over[1])):
            return over[1]
    below_start = line_end + 1
    below_end = text.find("\n", below_start)
    below = text[below_start : len(text) if below_end < 0 else below_end].strip()
    if below and below_end >= 0 and (TITLED_SPEAKER.match(below) or _address_line(below) or (
            venue_line(below))):
        # its speaker, the talk: (or its address, the title: "ROSTOCK, Hotel am …, Am …";
        # or its venue: "Sonntag, 20. September 2026, 17 Uhr" / "Stadtkirche Marbach" /
        # "Orgelkonzert „Bach und seine Schüler“")
        after_end = text.find("\n", below_end + 1)  # "22.10.2025" / "Prof. Dr. Miriam …
        after = text[below_end + 1 : len(text) if after_end < 0 else after_end].strip()
        return after if after and _block_line(after, _TITLE_MAX) else None  # (Passau)" /
        # "Wehrhafte …"
    if len(below) > _BLOCK_TITLE_MAX and below_end >= 0:  # a long title's head before its
        below = _DASH_SUBTITLE.split(below, 1)[0]  # subtitle: "Modul 1: Das … im Überblick
        # – Chancenkarte, Blaue Karte EU und Erfahrungssäule"
    if below and _block_line(below):
        return below
    return _nominal_clause(below) if below_end >= 0 else None


def nominal(text: str) -> bool:
    """Whether a text is a name, no clause: nouns, adjectives and the small words between
    them ('Jungmusikerleistungsabzeichen (JMLA)'; not 'Stöbern, feilschen, …')."""
    return not any(w[:1].islower() and w not in TITLE_LINK_WORDS for w in text.split())


def _nominal_clause(paragraph: str) -> str | None:
    """The first clause of a paragraph when it is a title, no sentence: nouns, adjectives
    and the small words between them, no verb ("Krötenzaun-Aufbau an der Kreisstraße nach
    Wahlstorf. Bitte …", "Gemeinsame Vogelzählung im Klosterpark Preetz – wir zählen …")."""
    m = _FIRST_CLAUSE.match(paragraph)
    if m is None or _POSTCODE.search(paragraph) or _address_line(paragraph):
        return None  # (an address: "Kreishandwerkerschaft Werra-Meißner, Niederhoner Straße
        # 54, 37269 Eschwege")
    clause = m["clause"]
    words = clause.split()
    if len(words) < 2 or not words[0][:1].isupper() or words[0].lower() in TITLE_LINK_WORDS:
        return None
    if len(words) <= _NOMINAL_WORDS and _block_line(clause) and nominal(clause):
        return clause
    # (a long one by the event it names, before whom it is with: "Ökumenischer Gottesdienst
    # in der Kapelle mit Pfarrerin Anna Bösch und dem Kirchenchor Wattwil.")
    named = leading_phrase(clause) or leading_phrase(clause.split(" mit ", 1)[0])
    return named[1] if named is not None and _block_line(named[1]) else None


_FIRST_CLAUSE = re.compile(r"(?P<clause>[^!?,;:–—\n]+?)(?:(?<=[\w)“\"]{3})[.!?](?:[ \t]|$)|"
                           r"[ \t][–—-][ \t]|,[ \t]|;)")  # (not an abbreviation's: "St.")
_NOMINAL_WORDS = 10


def venue_line(line: str) -> bool:
    """Whether a line names a venue alone, by a venue's word, with no event's:
    'Stadtkirche Marbach', 'Evangelische Kirche Benningen', 'Kath. Pfarrkirche St. Martin'
    (not 'Kantorei Marbach', nor 'Kindertheater')."""
    words = line.split()
    if not 0 < len(words) <= _VENUE_LINE_WORDS or not line[:1].isupper() or (
            _NOT_VENUE_LINE.search(line)) or leading_phrase(line) is not None:
        return False
    if any(w.lower().endswith(ENSEMBLE_SUFFIXES) for w in words):
        return False
    if opens_with_venue(line):
        return True
    for word in words:  # its head, after adjectives ("Evangelische", "Kath."): a venue's
        # word, no town's nor an ensemble's ("Klaviertrio Würzburg", "Stadtkapelle Alsfeld",
        # "Schwarze Löcher im Labor": none)
        if word.lower().endswith(VENUE_SUFFIXES) and lookup_city(word) is None:
            return True
        if not _ADJECTIVE_WORD.fullmatch(word):
            return False
    return False


def stage_heading(line: str) -> str | None:
    """The stage a day's programme lists the items under, on a line of its own ("Marktplatz-
    Bühne", "Bühne am Roßmarkt", "Kinderbühne Kirchplatz", "Festzelt"); '' for a label that
    heads more items ("Außerdem:"); None for any other line."""
    line = line.strip()
    if _MORE_LABEL.fullmatch(line):
        return ""
    if HALL_CELL.fullmatch(line) or _STAGE_HEADING.fullmatch(line) or venue_line(line):
        return line
    return None


def block_head(text: str, line_start: int) -> str | None:
    """The first line of a catalogue entry's block over a bare date line, when it reads as
    the entry's title, its course number left out: "Fotografieren mit dem Smartphone" /
    "Bildgestaltung, Licht und …" / "Mo, 12. Jänner 2026, 18:00–21:00 Uhr"; "261-20104
    Rückenfit am Abend" / "Kräftigende Übungen …" / "Kursleitung: Petra Seitz" / "7 Termine,
    Di., 10.03.–05.05.2026, …". None unless a blank line or a rule stands over the block."""
    lines = list(_lines_above(text, line_start, _ENTRY_LINES + 1))
    blank = next((k for k, (_, line) in enumerate(lines)  # (a blank line or a rule, or the
                  # rule under a table's column heads: "--------  ------------  -------")
                  if not line.strip() or _RULE.fullmatch(line.strip())
                  or _COLUMN_RULE.fullmatch(line.strip())), None)
    if blank == 0 and _RULE.fullmatch(lines[0][1].strip()):
        return _box_title(text, lines[0][0])  # "WEBINAR 26-WEB-03" / "E-Rechnung: Was …" /
        # "──────" / "Termin: Donnerstag, 29.01.2026, 10:00 – 11:30 Uhr"
    if not blank or any(scan_dates(line) for _, line in lines[:blank]):
        return None  # (no block over the line, or a list of dates: "SPIELTERMINE" / "Premiere:
        # Freitag, 6. März 2026" / "Samstag, 7.3." names none of them)
    head = lines[blank - 1][1].strip()
    boxed = [line.strip() for _, line in _lines_above(text, lines[blank][0], 2)]
    if _RULE.fullmatch(lines[blank][1].strip()) and len(boxed) == 2 and boxed[0] and (
            _RULE.fullmatch(boxed[1]) or not boxed[1]):
        head = boxed[0]  # a heading set between rules: "=====" / "ENGLISCH B1" / "====="
    if (_COURSE_LINE.fullmatch(head) or _CATEGORY_LINE.fullmatch(head)) and blank >= 2:
        head = lines[blank - 2][1].strip()  # the title under its number: "Kurs 26F-4102" /
        # "Spanisch A1 – für Anfänger"; or under its category: "KABARETT" / "Gerti …"
    head = _without_course_number(head)
    if _COURSE_LINE.fullmatch(head):
        return None  # a course's number alone, its title further up: "### Italienisch für
        # die Reise" / "Sie lernen …" / "Kursnummer 26F-4210-01" / "Termine: Sa., 07.03.2026"
    if head.casefold().rstrip(":") in BOX_HEADINGS:
        return None  # "Ablauf" over a programme's day: no entry's title
    label, colon, _ = head.partition(":")
    if colon and len(label.split()) < 3 and not _names_event(
            label.split()[-1] if label.split() else "") and not (
            _NUMBER_LINE.match(lines[blank - 2][1]) if blank >= 2 else False) and not (
            _TITLED.search(head)):  # (but a performer's work: "Gerti Hämmerle: „Alls im Gsi“")
        return None  # a label ("Kursleitung: …"), not a title ("Vortrag: Patientenverfügung";
        # "Excel kompakt: Tabellen, …" over its "Kurs-Nr. 26F-5502"; a phrase before its
        # colon: "Aquarell am Wochenende: Frühlingslandschaften")
    return head if _heading_line(head) and len(head) <= 80 and (
        head[:1].isupper() or head[:1] in "„\"»«" or _ORDINAL_HEAD.match(head)) and (
        not _POSTCODE.search(head)) and not _SHORT_POSTCODE_TOWN.search(head) and (
        not _DATES_HEADING.search(head.title())) else None  # (no "NEUER TERMIN")


_ORDINAL_HEAD = re.compile(r"[0-9]{1,3}(?:\.[ \t]+|-)[A-ZÄÖÜ]")  # "7. Zuliefertag Oberfranken",
# "16-Stunden-Grundkurs"


def _box_title(text: str, rule_start: int) -> str | None:
    """The title of the box of heading lines right over a rule (its last line, nearest the
    rule; a category or course number may stand above it), when it reads as a heading."""
    box = []
    for _, line in _lines_above(text, rule_start, _BLOCK_LINES + 1):
        stripped = line.strip()
        if not stripped or _RULE.fullmatch(stripped):
            break
        box.append(stripped)
    if not box or len(box) > _BLOCK_LINES:
        return None
    title = _without_course_number(box[0])
    return title if _heading_line(title) and len(title) <= 100 and not scan_dates(title) and (
        title[:1].isupper() or title[:1] in "„\"»«") else None


_ENTRY_LINES = 6  # how many lines a catalogue entry's block may hold over its date line
# a course number before its title: "261-20104", "26F-2101"
_NUMBER_LINE = re.compile(r"[ \t]*(?:Kurs|Veranstaltungs|Seminar)-?(?:Nr\.|[Nn]ummer)")
_COURSE_NUMBER = re.compile(r"(?:[0-9]{2,}[A-Z]?|[A-Z]{1,2}[0-9]{1,2})[-./][0-9A-Z.-]*[0-9][ \t]+"
                            r"|(?:>>|»|->|→)[ \t]*")  # ("H2-4410   Smartphone …")
# a fee: "45,00 €", "CHF 20", "entgeltfrei"
FEE = (r"[0-9]{1,4}(?:,[0-9]{2}|,–|,-)?[ \t]*(?:€|EUR|Euro|CHF)|(?:€|EUR|CHF)[ \t]*[0-9]{1,4}"
       r"(?:,[0-9]{2})?|entgeltfrei|kostenfrei|kostenlos|gebührenfrei")
# a catalogue's fee column after the title, set apart by a wide gap: "…   45,00 €", "…   —"
# a line that opens with its fee or its free entry: "Kostenfrei, ohne Anmeldung", "12 € …"
_FREE_OR_FEE = re.compile(rf"(?i:{FEE}|eintritt[ \t]+frei|freier[ \t]+eintritt)")
_FEE_CELL = re.compile(rf"[ \t]{{3,}}(?:{FEE}|[—–-])[ \t]*$")


# a line of a course's number alone: "Kurs 26F-4102", "Kurs-Nr. 261-20104", "Nr. 4102"
# (or a course's number alone on its line, over its title: "26F-10105", "H2-4421", "261-101")
_COURSE_LINE = re.compile(_COURSE_NO + r"|(?:[0-9]{2,3}[A-Z]{1,2}|[A-Z]{1,2}[0-9]{1,2}|[0-9]{3})"
                          r"-[0-9]{3,6}(?:-[0-9]{1,3})?")


# a programme's category in capitals over an entry's title: "KONZERT", "KINDER & FAMILIE"
_CATEGORY_LINE = re.compile(  # ("GESELLSCHAFT UND GESCHICHTE", "KINDER, JUGEND & FAMILIE")
    r"[A-ZÄÖÜ]{3,20}(?:(?:[ \t]*[&/,][ \t]*|[ \t]+UND[ \t]+)[A-ZÄÖÜ]{3,20}){0,2}")


def _without_course_number(line: str) -> str:
    """A heading line with the course number before its title left out: '261-20104
    Rückenfit am Abend' → 'Rückenfit am Abend'; so too an arrow marking it: '>> Workshop',
    and the fee after it in a column of its own ('H2-4410   Smartphone für Einsteiger
    45,00 €')."""
    number = _COURSE_NUMBER.match(line)
    line = line[number.end() :].lstrip() if number else line
    fee = _FEE_CELL.search(line)
    return line[: fee.start()] if fee else line


def block_around(text: str, span: tuple[int, int], reach: int = 3) -> tuple[int, int]:
    """Where the block of lines holding ``text[span[0]:span[1]]`` begins and ends, at most
    ``reach`` lines either way, blank lines and rules ('-----') bounding it."""
    start, end = line_around(text, span)
    for above, line in _lines_above(text, start, reach):
        if not line.strip() or _RULE.fullmatch(line.strip()):
            break
        start = above
    for _ in range(reach):
        below = text.find("\n", end + 1)
        below = len(text) if below < 0 else below
        line = text[end + 1 : below].strip()
        if end >= len(text) or not line or _RULE.fullmatch(line):
            break
        end = below
    return start, end


def title_below(text: str, line_end: int, paragraph: bool = False) -> str | None:
    """The line right under a date line that gives only the date's place, when it names the
    item: "Fr. 13.3., 19.30 Uhr, Konzertsaal Solothurn" / "Sinfoniekonzert: Kammerorchester
    Basel, Leitung Marta Ricci"; None for a blank line, a label, an address or a date. With
    ``paragraph``, the first line of the paragraph under it too (a web page's)."""
    if paragraph and text.startswith("\n\n", line_end):
        line_end += 1
    if not text.startswith("\n", line_end):
        return None
    end = text.find("\n", line_end + 1)
    below = text[line_end + 1 : len(text) if end < 0 else end].strip()
    label, colon, _ = below.partition(":")
    named = bool(colon) and _names_event(label.split()[-1] if label.split() else "")
    ordinal = _ORDINAL_HEAD.match(below)
    plain = below[ordinal.end() - 1 :] if ordinal else below
    if not below:
        return None
    if _GENRE_THEN_WORK.match(below) and len(below) <= _TITLE_MAX:
        return below  # a genre in capitals and its work: "THEATER: „DER BOCKERER“"
    dated = bool(scan_dates(below)) and not _SHOUTED_THEN_DAY.match(below)  # (a title in
    # capitals may name a day it recalls: "GEDENKRUNDGANG zum 9. November 1938")
    if dated or not (_block_line(plain, _TITLE_MAX) or (
            named and _block_line(plain.replace(":", " –", 1), _TITLE_MAX))):
        # (an ordinal may open it: "2. SINFONIEKONZERT: „Nordlichter“"; or its name opens a
        # description after a dash: "Kapruner Bauernmarkt – 9 bis 13 Uhr am Kirchplatz, …")
        head = below.split(" – ", 1)[0] if " – " in below else ""
        if head[:1].isupper() and not head.isupper() and not ordinal and not (
                scan_dates(head)) and (_block_line(head, _TITLE_MAX) or (
                _heading_line(head) and leading_phrase(head) is not None)):
            return head  # (an event a venue's word names too: "Bergmesse am Kitzsteinhorn")
        return None if dated else _nominal_clause(below)  # (a long line's first clause:
        # "Tagesfahrt nach Lübeck mit Führung …, Rückkehr am frühen Abend")
    return below


_SHOUTED_THEN_DAY = re.compile(r"[A-ZÄÖÜ]{4,}[ \t]+(?:zum|zur|vom|des)[ \t]+[0-9]")
_GENRE_THEN_WORK = re.compile(r"[A-ZÄÖÜ][A-ZÄÖÜ-]{2,30}:[ \t]*[„\"»«]")


def _names_event(word: str) -> bool:
    """is_event_noun, of a word in a heading's capitals too ('LESUNG')."""
    return is_event_noun(word.capitalize() if word.isupper() else word)


def _address_line(line: str) -> bool:
    """A line that opens with its town and goes on with a venue or street: "GREIFSWALD,
    Hörsaal der Pharmazie, Friedrich-Ludwig-Jahn-Straße 17"."""
    parts = line.split(", ")
    return len(parts) >= 2 and (is_address_part(parts[0]) or word_town_opening(
        parts) is not None) and (opens_with_venue(parts[1]) or is_address_part(parts[1]))


# a stage's name: "Bühne am Roßmarkt", "Festzelt", "Open-Air-Bühne Schlosshof"
_STAGE_HEADING = re.compile(
    r"(?:[A-ZÄÖÜ][\w-]*)?(?:[Bb]ühne|[Zz]elt|Stage)(?:[ \t]+(?:(?:am|im|an[ \t]+der|auf[ \t]+dem"
    r"|vor[ \t]+dem|beim)[ \t]+)?[A-ZÄÖÜ][\w.-]*)?")
_MORE_LABEL = re.compile(r"(?:Außerdem|Ausserdem|Zusätzlich|Dazu|Ferner|Weiters):")
_VENUE_LINE_WORDS = 5
_ADJECTIVE_WORD = re.compile(r"[A-ZÄÖÜ][a-zäöü]+(?:e|er|es|en)|[A-ZÄÖÜ][a-zäöü]{1,5}\.")
_NOT_VENUE_LINE = re.compile(r"[:„“\"()!?;]|[0-9]")  # (a title's or a note's marks; an address)
_TITLE_MAX = 120  # the longest line under a programme line's speaker or address that titles it
_BLOCK_TITLE_MAX = 80  # the longest line under a bare date line that titles it whole
_DASH_SUBTITLE = re.compile(r"[ \t]+[–—][ \t]+")


def _block_line(line: str, longest: int = 80) -> bool:
    """Whether a line can name a programme's item: a short heading, no label, address,
    note in parentheses or line of its own date or time."""
    head, _, said = line.partition(":")
    label = head.split()
    return (_heading_line(line) and len(line) <= longest and line[:1] not in "(-–•*·[" and not (
        line[:1].isdigit()) and (":" not in line or len(label) >= 3 or (
            len(label) == 2 and label[0] not in INFO_LABELS) or (
            # (one word before a title's colon: "Fachkräftegewinnung: Berufskraftfahrer aus
            # Drittstaaten", not a label's "Verpflegung: Kaffee und Kuchen")
            len(label) == 1 and label[0] not in INFO_LABELS and len(label[0]) >= 8
            and said.strip()[:1].isupper() and len(said.split()) >= 3))
        and not _POSTCODE.search(line) and not _SHORT_POSTCODE_TOWN.search(line)
        and not opens_with_venue(line) and not _address_line(line) and not venue_line(line)
        and not _FREE_OR_FEE.match(line))
    # (a venue: "Seminarraum der Stadtbibliothek", "Katholische Kirche Obergünzburg"; an
    # address, or its fee: "Kostenfrei, ohne Anmeldung")
    # (a colon after a label, "Referent: …", "Eintritt frei: …"; not in a title: "Permafrost
    # im Wandel: Was Bohrlochmessungen zeigen")


def timed_item(text: str, pos: int = 0, end: int | None = None
               ) -> tuple[dt.time, dt.time | None, str, str | None] | None:
    """The start, end, text and place of the line at ``pos`` (to ``end``) when it opens with
    its time: '16.00 Uhr  Kindermette mit Krippenspiel – Stiftsbasilika St. Martin', '10–12
    Uhr: Flohmarkt', '19.30 Uhr, Eutin: Vortrag „…“' (a column's town or the item's venue
    after the time), 'Leoben, 19.30 Uhr, Congress Leoben: Vortrag …' (a town before it);
    None for another line."""
    stop = len(text) if end is None else end
    m = _TIMED_ITEM.match(text, pos, stop)
    if m is None:
        return None
    start = parse_time(m["t1"])
    if start is None or (m["lead"] is not None and lookup_city(m["lead"]) is None):
        return None
    last = parse_time(m["t2"]) if m["t2"] else None
    place, said = m["town"], m.end()
    if place is not None and leading_phrase(place) is not None:
        place, said = None, m.start("town")  # a title, no place: "10 Uhr, Festakt: Grußworte"
    elif m["venue"] is not None and not opens_with_venue(m["venue"]):
        said = m.start("venue")  # no venue, the title's: "10 Uhr Vortrag: „Salz“"
    elif m["venue"] is not None:
        place = m["venue"]
    if m["lead"] is not None and (place is None or m["lead"] not in place):
        place = f"{place}, {m['lead']}" if place else m["lead"]  # "Congress Leoben, Leoben"
    said_text = text[said:stop].strip()
    if last is None and (until := _UNTIL_NOTE.search(said_text)) is not None:
        last = parse_time(until["t"])  # its end in a note: "20.00 Uhr  Guuggerkonzerte in der
        said_text = said_text[: until.start()].rstrip()  # Altstadt (bis 01.00 Uhr)"
    return start, last, said_text, place


_UNTIL_NOTE = re.compile(r"[ \t]*\((?:bis|Ende)[ \t]+(?:ca\.[ \t]+)?"
                         r"(?P<t>[0-9]{1,2}(?:[.:][0-9]{2})?)[ \t]*Uhr\)$")


def stage_cells(said: str) -> tuple[str, str | None, str | None]:
    """What a programme line says after its time, in cells set apart by wide gaps: its title,
    its stage and its mark ('Großes Haus    Der Zerrissene' → ('Der Zerrissene', 'Großes
    Haus', None); 'Großes Haus    PREMIERE' → ('', 'Großes Haus', 'PREMIERE')). One cell: as
    it is. Two cells of a table after its time column: the stage ('Hauptbühne', a venue) or
    the one naming no event beside one that does, and the title ('Hauptbühne | The
    Weserside Ramblers'; 'Weser | Großes Höhenfeuerwerk über der Weser')."""
    if "|" in said and len(cells := [c.strip() for c in said.split("|") if c.strip()]) == 2:
        placed = [HALL_CELL.fullmatch(c) is not None or is_venue(c) for c in cells]
        named = [leading_phrase(c) is not None for c in cells]
        for k in (0, 1):
            if (placed[k] and not placed[1 - k]) or (named[1 - k] and not named[k]):
                return cells[1 - k], cells[k], None
    cells = [c.strip() for c in _WIDE_GAP.split(said) if c.strip()]
    if len(cells) < 2:
        return said, None, None
    stage = next((c for c in cells if HALL_CELL.fullmatch(c)), None)
    mark = next((c for c in cells if _MARK_CELL.fullmatch(c)), None)
    return "  ".join(c for c in cells if c not in (stage, mark)), stage, mark


_WIDE_GAP = re.compile(r"[ \t]{3,}")


def time_header(text: str, pos: int) -> int | None:
    """Where the line after a table's header row of times at ``pos`` starts ("Zeit | Bühne
    | Programm"), past a blank line under it; None for another line."""
    m = _TIME_HEADER.match(text, pos)
    return None if m is None else m.end()


_TIME_HEADER = re.compile(r"[ \t]*\|?[ \t]*(?:Zeit|Uhrzeit|Beginn|Wann)[ \t]*\|[^\n]{0,80}\n"
                          r"(?:[ \t]*\|?[-: \t|]{3,80}\n)?(?:[ \t]*\n)?")


def has_timed_line(text: str) -> bool:
    """Whether a line of ``text`` past its first opens with a time (one scan, most texts
    have none)."""
    return _TIMED_LINE.search(text) is not None


# a line that opens with its time ("19:00 Uhr   Bußgottesdienst", "– 10 bis 12 Uhr: …")
_LINE_TIME = (rf"[ \t]*(?:{_BULLET}[ \t]+)?(?:ab|um)?[ \t]*(?P<t1>[0-9]{{1,2}}(?:[:.][0-9]{{2}})?)"
              r"(?:[ \t]*(?:bis|–|-)[ \t]*(?P<t2>[0-9]{1,2}(?:[:.][0-9]{2})?))?"
              # ("Uhr", or minutes before a capital: "19.00 Stadtpfarrkirche: Messe …")
              r"(?:[ \t]*Uhr|(?<=[0-9][:.][0-9]{2})(?=[ \t]+(?!Uhr\b)[A-ZÄÖÜ„]"
              r"|[ \t]*\|[ \t]*[A-ZÄÖÜ„]))")  # (or a table's next cell: "18:00 | Hauptbühne")
# (a column's town may open the line: "Leoben, 19.30 Uhr, Congress Leoben: Vortrag …")
_LEAD_TOWN = r"(?:(?P<lead>[A-ZÄÖÜ][\w.-]*(?:[ \t]+[A-ZÄÖÜ][\w.-]*){0,2}),[ \t]+)?"
_TIMED_LINE = re.compile(r"\n" + _LEAD_TOWN + _LINE_TIME)
# ... then names what happens, after a note on the time and the item's place if any: "19.30
# Uhr, Eutin: …", "15–17 Uhr, Seniorenbüro, Hauptstraße 90: …", "10–18 Uhr (auch So.), Messe
# Offenburg: …"
_TIMED_ITEM = re.compile(
    _LEAD_TOWN + _LINE_TIME + r"(?:[ \t]*\([^()\n]{1,30}\))?"
    r"(?:,[ \t]*(?P<town>[A-ZÄÖÜ][^:\n]{0,60}?)[ \t]*:|[ \t]+(?=[A-ZÄÖÜ])(?P<venue>[^:,\n]{1,60}?)"
    r"[ \t]*:(?=[ \t]))?[ \t:–·|-]+(?=[A-ZÄÖÜ„])")  # (a venue with no comma: "19.00 Stadtpfarr-
# kirche: Messe …")
_FIRST_SENTENCE = re.compile(r"(.*?[a-zäöüß“”»«)])\.(?:[ \t]|$)")


_BLOCK_LINES = 3  # how far up a date line's block its heading may stand
# "Sebastian Kreißig (Chefredakteur): „Die Lokalzeitung als letzte Instanz?“ …"
_QUOTED_AFTER_COLON = re.compile(
    r':[ \t]+(?P<title>„[^“”"\n]{3,120}[“”"]|«[^«»\n]{3,120}»|»[^«»\n]{3,120}«)')
# a speaker, by title or affiliation, then the talk's title, to its first full stop
_SPEAKER_TITLE = re.compile(
    r"(?:(?:Prof|Dr|PD)\.[^:\n]{0,80}|[^:\n]{2,60}\([^()\n]{2,40}\)):[ \t]+"
    r"(?P<title>[A-ZÄÖÜ][^\n]{2,120}?)(?=\.(?:[ \t]|$)|$)")
_CATEGORY = re.compile(r"[A-ZÄÖÜ]{4,30}")


def _singular(noun: str) -> bool:
    """Whether an event noun stands in its listed form, no plural: 'Finissage', not
    'Gottesdienste'."""
    suffix = event_suffix(noun)
    return suffix is not None and noun.lower().endswith(suffix)


def _heading_line(line: str) -> bool:
    return not line.endswith((".", ":", ",")) and len(line) <= 100 and not _wrapped(line)


def _category_above(text: str, start: int) -> str | None:
    """The category line in capitals right above ``start``, when it names an event:
    "VORTRAG" → "Vortrag"."""
    if start < 2:
        return None
    above_start = text.rfind("\n", 0, start - 1) + 1
    line = text[above_start : start - 1].strip()
    if not _CATEGORY.fullmatch(line):
        return None
    word = line.capitalize()
    return word if is_event_noun(word) else None


# a table row's cell that holds only a time: "19.00", "15:00 Uhr", "10–17 Uhr"
_ONE_TIME = (r"(?:(?:" + "|".join((*DOORS_WORDS, *START_WORDS)) + r")[ \t]*:?[ \t]*)?"  # ("Einlass
             # 19.00 Uhr, Beginn 20.00 Uhr")
             r"(?:ab|um)?[ \t]*[0-9]{1,2}(?:[:.][0-9]{2})?(?:[ \t]*[–-][ \t]*"
             r"[0-9]{1,2}(?:[:.][0-9]{2})?)?(?:[ \t]*Uhr)?")
_TIME_CELL = re.compile(  # "11 und 15 Uhr", "jeweils 08:30–16:30"
    rf"(?:jeweils[ \t]+)?{_ONE_TIME}(?:[ \t]*(?:und|,|/)[ \t]*{_ONE_TIME})*")
_LABEL_BEFORE = re.compile(  # "Premiere: Sa 27.9.": the noun labelling a row's date
    r"(?P<label>[A-ZÄÖÜ][\w-]+)[ \t]*:[ \t]*(?:[A-ZÄÖÜ][a-z]{0,9}\.?,?[ \t]*)?$")


def table_row(text: str, line_start: int, line_end: int, date_start: int
              ) -> tuple[str, str | None] | None:
    """The title and the place a row of a text table gives its date: the title is the first
    cell after the date's (and its time's) that holds text ("Gründonnerstag | 2.4. | 19.00 |
    Messe vom Letzten Abendmahl | St. Martin"), or the event noun labelling the date's cell
    ("Premiere: Sa 27.9. | 19:30 | Stammhaus Radebeul"); the place, the cell after it.

    >>> row = "So 16.3. | 15:00 | TSV Wasserburg – SV Vogtareuth"
    >>> table_row(row, 0, len(row), 0)
    ('TSV Wasserburg – SV Vogtareuth', None)
    """
    cells, begin = [], line_start
    for bar in range(line_start, line_end):
        if text[bar] == "|":
            cells.append((begin, bar))
            begin = bar + 1
    cells.append((begin, line_end))
    if len(cells) < 3:
        return None
    own = next(i for i, (b, e) in enumerate(cells) if b <= date_start <= e)
    values = [text[b:e] for b, e in cells]
    above = _row_begun_above(text, line_start, len(cells), own)
    if above is not None:  # a row whose cells begin on the line above its date's: "Di/Mi,
        # | jeweils | Crashkurs Ausbildereignung | Minden, IHK-" / "21./22.04.2026 | 08:30–
        # 16:30 | (AEVO) – Prüfungsvorbereitung | Zweigstelle, Kampstr. 12"
        values = [_joined(a, v.strip()) for a, v in zip(above, values, strict=True)]
    for below in _row_going_on(text, line_end, len(cells), own):  # (and its cells' words
        # going on in the lines under it: "Exportkontrolle kompakt:" / "Güterlisten, …")
        values = [_joined(v.strip(), b) for v, b in zip(values, below, strict=True)]
    header = _header_names(text, line_start, len(cells))
    columns = _header_columns(header[1]) if header is not None else None
    dated = _dated_places(text, *header) if header is not None and columns is None else None
    if dated is not None:  # its places' columns alone, no title's: each row the kind of
        # event the label over it names, in its town ("Flurbegehung Dombühl"), its meeting
        # point before the town
        kind, columns_of_places = dated
        places = [cell for i in reversed(columns_of_places) if (cell := values[i].strip())]
        return f"{kind} {places[-1]}" if places else kind, ", ".join(places) or None
    if columns is not None:  # a header names the columns: "Kurs-Nr. | Kurs | Termine | Ort"
        title_column, place_column, people = columns
        title = values[title_column].strip()
        if place_column is None and title_column + 1 < len(cells) and title_column + 1 not in (
                people):  # (a column the header calls by no place's name: the title's next,
            place_column = title_column + 1  # unless it holds people: "Referent/in")
        place = values[place_column].strip() if place_column is not None else ""
        return title, place if place and not _TIME_CELL.fullmatch(place) and not (
            _MARK_CELL.fullmatch(place)) else None
    rest = [cell for value in values[own + 1:]
            if (cell := value.strip()) and not _TIME_CELL.fullmatch(cell)
            and not _MARK_CELL.fullmatch(cell)]
    label = _LABEL_BEFORE.search(text, cells[own][0], date_start)
    if label is not None and is_event_noun(label["label"]):
        return label["label"], rest[0] if rest else None
    if not rest and own + 1 < len(values) and any(v.strip() for v in values[own + 1 :]):
        return "", None  # a play's dates and hours alone: "| Samstag | 17. Jänner 2026 | 20.00
        # Uhr |", its title over the table
    if not rest or not (rest[0][0].isupper() or rest[0][0] in "„\"»«" or _ORDINAL_HEAD.match(
            rest[0])):  # (an edition's number: "31. RTF „Rund um den Rothsee“")
        return None
    if len(rest) == 1 and HALL_CELL.fullmatch(rest[0]):
        return "", rest[0]  # a play's dates under its title: "Fr 06.03. | 19.30 Uhr | Großes Haus"
    meeting = _MEETING_CELL.match(rest[0])
    if meeting is not None:  # "Sa 14.03. | 11.00 Uhr | Treffpunkt: Theaterkasse"
        return "", rest[0][meeting.end() :]
    if len(rest) == 1 and (wrapped := _wrapped_cell(text, line_end)) is not None:
        return rest[0], wrapped  # a web page's cell broken into lines: "… | Fachtagung
        # Energie" / "Netto-Null im Gebäudepark … | Campus Brugg-Windisch, …, Windisch"
    return rest[0], rest[1] if len(rest) > 1 else None


def _row_begun_above(text: str, line_start: int, count: int, own: int) -> list[str] | None:
    """The cells of the line above a table row's, when the row begins there: as many
    cells, its date's cell holding no digit ("Di/Mi,") and its title's text."""
    if line_start < 1:
        return None
    above_start = text.rfind("\n", 0, line_start - 1) + 1
    cells = [c.strip() for c in text[above_start : line_start - 1].split("|")]
    if len(cells) != count or any(ch.isdigit() for ch in cells[own]) or not all(
            cells[:own + 1]) or not any(cells[own + 1 :]) or _DATE_HEADER.fullmatch(cells[own]) or (
            _RULE_CELL.fullmatch(cells[own])):
        return None  # (nor the table's header, "Datum | Anstoß | Begegnung", or its rule)
    return cells


def _row_going_on(text: str, line_end: int, count: int, own: int) -> Iterator[list[str]]:
    """The cells of the lines under a table row that carry its cells on: as many cells,
    the date's column empty, up to a rule, a blank line or a line with a date."""
    pos = line_end + 1
    while 0 < pos < len(text):
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        cells = [c.strip() for c in text[pos:end].split("|")]
        if len(cells) != count or cells[own] or not any(cells):
            return
        yield cells
        pos = end + 1


_RULE_CELL = re.compile(r"[-=_:─━═–—]+")  # a rule's cell under a header: "---", ":---:"


def _wrapped_cell(text: str, line_end: int) -> str | None:
    """The last cell of the line under a row that goes on with the row's last cell (no date
    of its own): the row's next cell, its place."""
    end = text.find("\n", line_end + 1)
    below = text[line_end + 1 : len(text) if end < 0 else end]
    if "|" not in below:
        return None
    cell = below.rsplit("|", 1)[1].strip()
    return cell if cell and not scan_dates(cell) else None


def _joined(first: str, second: str) -> str:
    """Two lines of a cell as one: a word broken at its hyphen is whole ("IHK-" /
    "Zweigstelle" → "IHK-Zweigstelle", "Unternehmens-" / "nachfolge" → "Unternehmensnachfolge")."""
    if not first or not second:
        return first or second
    if first.endswith("-") and first[-2:-1].isalpha():
        return first[:-1] + second if second[:1].islower() else first + second
    return f"{first} {second}"


def aligned_row(text: str, line_start: int, line_end: int, date_start: int
                ) -> tuple[str, str | None, tuple[dt.time, dt.time | None] | None] | None:
    r"""The title and the place a row of a table aligned by spaces gives its date, read in the
    columns its header names, with the lines under the row that carry its cells on
    ("Termin      Referent/in          Thema" / "14.04.2026  Prof. Dr. Henrike Stolten  Sediment-
    transport an der Ostseeküste nach" / "                                 Sturmfluten: neue
    Messreihen"), and the hours the date's cell gives below it ("Mi 14.01.2026" /
    "19:00–20:30"); None for a line under no such header.

    >>> table = "Datum       Thema            Ort\n12.05.2026  Vortrag: Salz    Rathaus\n"
    >>> aligned_row(table, 33, 69, 33)
    ('Vortrag: Salz', 'Rathaus', None)
    """
    header = _aligned_header(text, line_start)
    if header is None:
        return None
    starts, title_column, place_column, town_column = header
    cells = _aligned_cells(text[line_start:line_end], starts)
    if cells is None:
        return None
    own = bisect.bisect_right(starts, date_start - line_start) - 1  # (the date's column)
    under = address = ""
    below = line_end + 1
    while below < len(text):  # (a cell's words go on in the lines under it)
        end = text.find("\n", below)
        end = len(text) if end < 0 else end
        more = _aligned_cells(text[below:end], starts)
        if more is None or not any(more) or (more[0] and not _HOURS_CELL.fullmatch(more[0])) or (
                _LABEL_OPENS.match(text, below, end)):  # ("Ort: Schulküche …": the row's facts)
            break  # (a blank line, no line of the table, or a new row: not the hours under
            # the date of the row above)
        if place_column is not None and title_column is not None and _BRACKETED.fullmatch(
                more[title_column]):
            # (an address under the title: "(Stadthalle Memmingen, Platz der Einheit 1)")
            address = f"{address}, {more[title_column][1:-1]}" if address else \
                more[title_column][1:-1]
            more[title_column] = ""
        cells = [f"{cell} {add}".strip() for cell, add in zip(cells, more, strict=True)]
        under = f"{under} {more[own]}".strip()
        below = end + 1
    title = cells[title_column] if title_column is not None else ""
    place = cells[place_column] if place_column is not None else None
    if address:
        place = f"{address}, {place}" if place else address
    if town_column is not None and cells[town_column]:  # (its own column's town: "Datum
        town = cells[town_column]  # Zeit  Gemeinde  Ort" / "… Möhlin  Mehrzweckhalle …")
        place = f"{town}, {place}" if place else town  # (first: a town the gazetteer lacks
        # then names the row's place, no other town of the text's)
    if not title and (title_column is not None or not place):
        return None
    if _MARK_CELL.fullmatch(title):
        title = ""  # "ENTFÄLLT": the row's event is the series' (its status the line's)
    if place and _MARK_CELL.fullmatch(place):
        place = None  # (nor a place: "Schul- und Kulturausschuss  Di 19.05.26  --  ENTFÄLLT")
    hours = _HOURS_CELL.fullmatch(under) or next(  # (else a column's: "Beginn" / "19:30")
        (m for cell in cells if (m := _HOURS_CELL.fullmatch(cell))), None)
    start = parse_time(hours["t1"]) if hours else None
    return title, place or None, (start, parse_time(hours["t2"]) if hours and hours["t2"]
                                  else None) if hours and start else None


def _aligned_header(text: str, line_start: int
                    ) -> tuple[list[int], int | None, int | None, int | None] | None:
    """Where the columns of the aligned table a row stands in start (its header's cells, as
    far in as the row), and which of them hold the title, the place and the town (no title:
    a table of dates and places under a header opening with its dates' column)."""
    indent = _indent(text, line_start)
    category = False  # (under a category's heading in capitals, the table goes on above it:
    # "GESUNDHEIT" / "Kurs-Nr.  Titel  Beginn" / rows / "" / "SPRACHEN" / rows)
    for start, line in _lines_above(text, line_start, _LIST_LINES):
        stripped = line.strip()
        if not stripped:
            if category:
                category = False
                continue
            return None  # (a blank line: the table began below it)
        if _indent(text, start) > indent or any(c.isdigit() for c in line) or (
                _HEADER_RULE.fullmatch(stripped)):
            continue  # rows, their lines going on, the rule under the header
        if _indent(text, start) < indent:
            return None  # (a line further out: no header of the row's)
        starts = [indent] + [m.end() for m in _ALIGNED_GAP.finditer(line, indent)]
        if len(starts) < 2 and stripped.isupper() and not category and (
                text.startswith("\n\n", start - 2)):
            category = True
            continue
        if len(starts) < 2:
            return None
        names = [line[b:e].strip() for b, e in zip(starts, [*starts[1:], len(line)],
                                                   strict=True)]
        title = next((i for i, n in enumerate(names) if _TITLE_HEADER.fullmatch(n)
                      or (" " not in n and is_event_noun(n))), None)  # ("Seminar")
        place = next((i for i, n in enumerate(names) if _PLACE_HEADER.fullmatch(n)), None)
        town = next((i for i, n in enumerate(names) if _TOWN_HEADER.fullmatch(n)), None)
        if place is None and town is not None:
            place, town = town, None  # (the town the only place said)
        if title is None and (place is None or not _DATE_HEADER.fullmatch(names[0])):
            return None  # (a table of dates and places alone, "Datum  Beginn  Ort", is
        return starts, title, place, town  # the dates of the event the text names before it)
    return None


_DATE_HEADER = re.compile(r"(?i:Datum|Termin|Tag|Wann)")
# a header of such a table: "Datum      Beginn      Ort"
_COLUMNS_HEADER = re.compile(_DATE_HEADER.pattern + r"(?:[ ]{2,}[A-ZÄÖÜ][\w /-]{1,30}){1,5}")


def _indent(text: str, line_start: int) -> int:
    """How many blanks open the line at ``line_start``."""
    pos = line_start
    while pos < len(text) and text[pos] == " ":
        pos += 1
    return pos - line_start


def _aligned_cells(line: str, starts: list[int]) -> list[str] | None:
    """A line's text in the columns from ``starts`` on; None unless each filled column's text
    starts after a gap (the line belongs to the table)."""
    cells = []
    for b, e in zip(starts, [*starts[1:], max(len(line), starts[-1])], strict=True):
        if b and line[b : b + 1].strip() and line[b - 1 : b].strip():
            return None  # (a word across a column's start: no row of this table)
        cells.append(line[b:e].strip())
    return cells


_ALIGNED_GAP = re.compile(r"[ ]{2,}(?=\S)")
_BRACKETED = re.compile(r"\([^()]+\)")
_HOURS_CELL = re.compile(r"(?:ab|um)?[ \t]*(?P<t1>[0-9]{1,2}[:.][0-9]{2})(?:[ \t]*[–-][ \t]*"
                         r"(?P<t2>[0-9]{1,2}[:.][0-9]{2}))?(?:[ \t]*Uhr)?")  # "19:00–20:30"
# what a table's header calls the column of the title, and of the place
_TITLE_HEADER = re.compile("(?i:" + "|".join(map(re.escape, TABLE_TITLE_HEADERS)) + ")")
_PLACE_HEADER = re.compile("(?i:" + "|".join(map(re.escape, TABLE_PLACE_HEADERS)) + ")")
_TOWN_HEADER = re.compile(r"(?i:Gemeinde|Stadt|Ortschaft|Kommune|Stadt/Gemeinde)")
_PERSON_HEADER = re.compile("(?i:" + "|".join(map(re.escape, TABLE_PERSON_HEADERS)) + ")")


def _lines_above(text: str, pos: int, limit: int = 24) -> Iterator[tuple[int, str]]:
    """The lines above the line starting at ``pos``, nearest first, with their offsets: at
    most ``limit`` of them."""
    end = pos - 1
    for _ in range(limit):
        if end <= 0:
            return
        start = text.rfind("\n", 0, end) + 1
        yield start, text[start:end]
        end = start - 1


def section_heading_above(text: str, line_start: int) -> tuple[int, str] | None:
    """The heading of the section a line stands in: the nearest line above it that stands
    alone between blank lines and reads as a heading ("FOTOGRAFIE FÜR EINSTEIGER" / "" /
    "In diesem Kurs …" / "" / "Termin: …"), with its offset; None past a rule or a
    heading's distance."""
    lines = list(_lines_above(text, line_start, _SECTION_LINES))
    for k, (start, line) in enumerate(lines):
        stripped = line.strip()
        if _RULE.fullmatch(stripped):
            return _underlined(lines, k)
        if not stripped or k == 0 or (lines[k - 1][1].strip() and not (
                # (a heading in capitals may stand right over its paragraph: "SPRACHCAFÉ
                # INTERNATIONAL" / "Plaudern statt pauken! …")
                stripped.isupper() and len(stripped) > 3)) or stripped.rstrip(":") in (
                INFO_LABELS) or " | " in stripped or _COURSE_LINE.fullmatch(stripped) or (
                _BYLINE_LINE.fullmatch(stripped)):  # (nor an author's: "Von Markus Zemp")
            # (nor a table's row, a web page's cells; nor a course's number, "Kursnummer
            # 26F20706": its title stands over it)
            continue  # (a heading has a blank line under it; a label of a web page's list
            # of terms is none: "Termin" / "" / "Sa, 09.05.2026, 9:00 – 16:00 Uhr")
        before = lines[k + 1][1].strip() if k + 1 < len(lines) else ""
        if not before and _heading_line(stripped):  # (a line alone that is no paragraph)
            # (a heading over more dates of the document's event names none of its own:
            # "Weitere Termine der Reihe")
            return None if _DATES_HEADING.search(stripped) else (start, stripped)
    return None


# an article's author on a line of its own: "Von Markus Zemp", "Text: Anna Berger"
_BYLINE_LINE = re.compile(r"(?:Von|VON|Text:|Autor:|Autorin:)[ \t]+(?:Dr\.[ \t]+)?[A-ZÄÖÜ][\w'’-]+"
                          r"(?:[ \t]+[A-ZÄÖÜ][\w'’-]+){1,3}")


def _underlined(lines: list[tuple[int, str]], k: int) -> tuple[int, str] | None:
    """The heading a rule at ``lines[k]`` underlines, with its offset: a line alone over it
    ("Fortbildung Pflanzenschutz-Sachkunde" / "-----------"), or between it and another
    rule ("-----" / "2. Informationsveranstaltung Schulneubau" / "-----"); None for a rule
    between sections (a blank line over it)."""
    if k + 1 >= len(lines):
        return None
    start, heading = lines[k + 1][0], lines[k + 1][1].strip()
    over = lines[k + 2][1].strip() if k + 2 < len(lines) else ""
    boxed = bool(over) and _RULE.fullmatch(over) is not None
    if boxed:  # (a box's top edge, a blank line or the text's start over it)
        over = lines[k + 3][1].strip() if k + 3 < len(lines) else ""
    if not heading or _RULE.fullmatch(heading) or over or not _heading_line(heading) or (
            _DATES_HEADING.search(heading)) or (boxed and leading_phrase(heading) is None):
        return None  # (nor a box that names no event: "VEREINSNACHRICHTEN", a category)
    return start, heading


_SECTION_LINES = 12  # how far up a section's heading may stand
_DATES_HEADING = re.compile(r"(?<!\w)(?:Termine?|Daten|Programm)(?!\w)")


def line_above(text: str, line_start: int) -> str:
    """The line above the line starting at ``line_start``, stripped ('' at the top)."""
    if line_start < 1:
        return ""
    return text[text.rfind("\n", 0, line_start - 1) + 1 : line_start - 1].strip()


def label_above(text: str, line_start: int) -> bool:
    """Whether the line above opens with an event's label: 'Termine: 5 Abende, jeweils
    mittwochs von 19 bis 21 Uhr' over '13. Januar, 20. Januar … 2027'."""
    return _LABEL_OPENING.match(line_above(text, line_start)) is not None


_LABEL_OPENING = re.compile(r"(?:Termine?|Daten|Datum|Wann)[ \t]*:")


def _header_names(text: str, line_start: int, width: int) -> tuple[int, list[str]] | None:
    """Where a table's header row starts and the names of its cells, looked for over the
    rows above a row of ``width`` cells: the first line of as many cells with no digit in
    it, past the rule under it ("-----------|-----------", "-----+-----")."""
    for start, line in _lines_above(text, line_start, _LIST_LINES):
        stripped = line.strip()
        if not stripped or _HEADER_RULE.fullmatch(stripped):
            continue
        if line.count("|") != width - 1:
            return None  # (no row of this table: it has no header)
        if not any(c.isdigit() for c in line):
            return start, [cell.strip() for cell in line.split("|")]
    return None


def _header_columns(names: list[str]) -> tuple[int, int | None, set[int]] | None:
    """The columns of the title and the place a table's header names, and those of people;
    None without a column of titles."""
    title = next((i for i, n in enumerate(names) if _TITLE_HEADER.fullmatch(n)), None)
    place = next((i for i, n in enumerate(names) if _PLACE_HEADER.fullmatch(n)), None)
    people = {i for i, n in enumerate(names) if _PERSON_HEADER.fullmatch(n)}
    return (title, place, people) if title is not None else None


def _dated_places(text: str, start: int, names: list[str]) -> tuple[str, list[int]] | None:
    """The kind of event a table of dates and places dates, as the label over its header
    (at ``start``) names it ("Termine der Flurbegehungen:" / "Datum | Beginn | Ort |
    Treffpunkt | …"), and its places' columns; None for another table."""
    places = [i for i, n in enumerate(names) if _PLACE_HEADER.fullmatch(n)]
    terms = _TERMS_LABEL.search(text, max(0, start - _TERMS_LABEL_REACH), start) if (
        places) else None
    kind = event_suffix(terms["noun"]) if terms is not None else None
    if terms is None or kind is None:
        return None
    return terms["noun"][: terms["noun"].lower().rfind(kind) + len(kind)], places


def place_columns(text: str, line_start: int) -> tuple[int, list[str | None]] | None:
    """The places a table's header names over its columns, when each column after the
    date's is a place's and each cell one event at its hour (a parish letter's services:
    "Datum | Oberlenningen, Martinskirche | Schopfloch, Ev. Kirche" over "So 1.3. | 10.00
    Pfrin. Maier | 9.00 Pfrin. Maier"), with where the header starts; None for the date's
    column; None for another table."""
    line_end = text.find("\n", line_start)
    width = text.count("|", line_start, len(text) if line_end < 0 else line_end) + 1
    for start, line in _lines_above(text, line_start, _LIST_LINES):
        if line.strip() and _HEADER_RULE.fullmatch(line.strip()):
            continue  # (the rule under the header: "-------+-------")
        if not line.strip() or line.count("|") != width - 1:
            return None
        if any(c.isdigit() for c in line):
            continue  # (another row of the table)
        names = [cell.strip() for cell in line.split("|")]
        if not _DATE_HEADER.fullmatch(names[0]):
            continue  # (a row's line going on: "Reminiszere  |  |", a Sunday's name)
        if len(names) < 3 or not all(
                "," in name and not _TITLE_HEADER.fullmatch(name) and (
                    lookup_city(name.split(",", 1)[0].strip()) is not None or is_venue(
                        name.split(",", 1)[1].strip())) for name in names[1:]):
            return None
        return start, [None, *names[1:]]
    return None


# a cell of one event at its hour, the rest its kind or whom it is with: "10.00 Pfrin.
# Maier", "5.30 Osternacht, anschl. Osterfrühstück"
TIMED_CELL = re.compile(r"[ \t]*(?P<t>[0-9]{1,2}[.:][0-9]{2})(?:[ \t]*Uhr)?(?:[ \t]+(?P<said>"
                        r"[^|\n]*?))?[ \t]*$")
_DATE_HEADER = re.compile(r"(?i:Datum|Tag|Termin|Sonntag|Wann)")
_HEADER_RULE = re.compile(r"[-=:+| \t]+")
_MEETING_CELL = re.compile(_PLACE_LABEL_WORD)
# a cell that marks a row, no title nor place: "PREMIERE", "ENTFÄLLT", "ausverkauft"
_MARK_CELL = re.compile(
    "(?i:" + "|".join(mark.replace(" ", r"[ \t]+") for mark in ROW_MARKS) + ")!?")
# a cell that names a house's stage or hall: "Großes Haus", "Kleines Haus", "Foyer", "Studio"
HALL_CELL = re.compile(
    r"(?:(?:Großes|Kleines|Neues|Altes)[ \t]+Haus|Foyer|Studio|Studiobühne|Kammerspiele"
    r"|Hauptbühne|Probebühne|[A-ZÄÖÜ][\w-]*(?:saal|bühne|halle)"
    r"|(?:Großer|Kleiner|Oberer|Unterer|Neuer|Alter|Blauer|Roter|Goldener)[ \t]+Saal)")


def table_title_above(text: str, line_start: int) -> str | None:
    """The title of the block a table's rows of dates stand under, when the rows name none
    (a theatre's programme: "PREMIERE" / "Der zerbrochne Krug" / "Lustspiel von Kleist" / …
    / "Fr 06.03. | 19.30 Uhr | Großes Haus"): the first line of the block's section, after
    a category in capitals, the section starting after a rule ("-----") or a blank line's
    heading."""
    first: str | None = None
    for start, whole in _lines_above(text, line_start, _LIST_LINES):
        line = whole.strip()
        if _RULE.fullmatch(line):
            break
        if line and "|" not in line and not line.endswith((".", ":", "!", "?")) and (
                not _CAPS_LINE.fullmatch(line)):
            previous = text[text.rfind("\n", 0, start - 1) + 1 : start - 1].strip()
            # (a block's first line, or the line under its category: "PREMIERE" / "Der
            # zerbrochne Krug")
            if start == 0 or not previous or _RULE.fullmatch(previous) or _CAPS_LINE.fullmatch(
                    previous):
                first = line
    return first if first and len(first) <= 80 else None


_RULE = re.compile(r"[-=_*~─━═▬–—]{5,}")  # (ASCII and box-drawing: "=====", "══════")
_COLUMN_RULE = re.compile(r"[-=─]{3,}(?:[ \t]{1,8}[-=─]{3,}){1,12}")
_MARKDOWN_RULE = re.compile(r"-{3,}|\*{3,}|_{3,}")


def is_rule(line: str) -> bool:
    """Whether a line (stripped) is drawn across: '=====', '══════', Markdown's '---'."""
    return _RULE.fullmatch(line) is not None or _MARKDOWN_RULE.fullmatch(line) is not None
_CAPS_LINE = re.compile(r"[A-ZÄÖÜ][A-ZÄÖÜ0-9 &–-]{3,40}")  # "PREMIERE", "FÜR KINDER AB 5 JAHREN"


def heading_above(text: str, begin: int) -> tuple[int, str] | None:
    """The short line right above a paragraph starting at ``begin``, with its offset."""
    if begin == 0 or text[begin - 1] != "\n":
        return None
    above_start = text.rfind("\n", 0, begin - 1) + 1
    above = text[above_start : begin - 1].strip()
    above = unticked(above)
    if not above or above.endswith((".", ":", ",")) or len(above) > 100 or _wrapped(above):
        return None
    return above_start, above


_TERMS_LABEL = re.compile(r"(?:Termine|Daten)[ \t]+(?:der|unserer)[ \t]+(?P<noun>[A-ZÄÖÜ][\w-]+)"
                          r"[ \t]*:[ \t]*\n(?:[ \t]*\n)?$")
_TERMS_LABEL_REACH = 120
_TICKER_MARKS = re.compile(r"^[+*=]{2,}[ \t]*|[ \t]*[+*=]{2,}$")


def unticked(line: str) -> str:
    """A heading line without a newsletter's ticker marks: '+++ WORKSHOP „BUSINESSPLAN
    KOMPAKT“ +++' → 'WORKSHOP „BUSINESSPLAN KOMPAKT“'."""
    return _TICKER_MARKS.sub("", line) if line[:2] in ("++", "**", "==") else line


# A label that introduces a list of dates: "Die Termine:", "Termine im Überblick:"
_LIST_LABEL = re.compile(
    r"(?:Die[ \t]+)?(?:(?:nächsten|weiteren|folgenden)[ \t]+)?(?:Termine|Daten|Orte[ \t]+und"
    r"[ \t]+Termine|Termine[ \t]+und[ \t]+(?:Veranstaltungs)?[Oo]rte)(?:[ \t]+im[ \t]+Überblick)?"
    r"(?:[ \t]*,[^:\n]{0,60})?[ \t]*:")  # ("…, jeweils von 9 bis 12 Uhr:")
_MORE_DATES_LABEL = re.compile(
    r"(?:(?:Weitere|Zusätzliche|Nächste)[ \t]+|Zusatz)(?P<noun>[A-ZÄÖÜa-zäöü]\w*(?:en|e|n))[ \t]*:")


# a label of a work's performances, maybe with their place: "Aufführungen im Pfarrheim
# Christkönig, Penzberg:", "Vorstellungen:"
_WORK_DATES_LABEL = re.compile(
    r"(?:(?:Die|Unsere|Alle)[ \t]+)?"  # ("Die Vorstellungen im Überblick:")
    r"(?:Aufführungen|Vorstellungen|Aufführungstermine|Spieltermine|Vorstellungstermine)"
    r"(?:[ \t]+im[ \t]+Überblick"
    r"|[ \t]+(?:im|in[ \t]+der|in[ \t]+den|auf[ \t]+der|am)[ \t]+(?P<place>[^:\n]{2,80}))?"
    r"[ \t]*:")


def label_place(line: str) -> str | None:
    """The place a label of a work's performances gives them: "Aufführungen im Pfarrheim
    Christkönig, Penzberg:" → "Pfarrheim Christkönig, Penzberg"."""
    m = _WORK_DATES_LABEL.fullmatch(line.strip())
    return m["place"] if m else None


def more_dates_label(line: str) -> bool:
    """Whether a line labels more dates of the event the text is about: "Weitere
    Vorstellungen:", "Weitere Termine:", "Zusatzvorstellungen:" (not "Weitere Informationen:":
    its noun names no event nor dates)."""
    if _WORK_DATES_LABEL.fullmatch(line):
        return True  # the work's dates, at a place: "Aufführungen im Pfarrheim, Penzberg:"
    m = _MORE_DATES_LABEL.fullmatch(line)
    if m is None:
        return False
    noun = m["noun"].capitalize()
    return noun in SERIES_PLURALS or noun.endswith("termine") or noun == "Termine" or (
        is_event_noun(noun))
_LIST_LINES = 24  # how far up a list of dates its label may stand


def list_head_above(text: str, line_start: int) -> tuple[int, str, str] | None:
    """What heads the list a date line opens, walking up over the list's other lines
    (entries, their indented lines, blank lines): its offset, its text and its kind:
    "label", a line that introduces the list ('Die Termine:'); "heading", a heading line
    ('Kuratorinnenführungen'); "intro", a paragraph of running text right above the list
    ('Die Bevölkerung ist zu den folgenden Informationsanlässen eingeladen.'); "work", the
    title in capitals over a work's facts ('DER BESUCH DER ALTEN DAME' / 'Tragische Komödie
    von …' / 'Regie: …')."""
    for start, line in _lines_above(text, line_start, _LIST_LINES):
        stripped = line.strip()
        if _LIST_LABEL.fullmatch(stripped) or more_dates_label(stripped):
            return start, stripped, "label"
        if _LIST_HOURS.match(stripped) or _HOURS_NOTE.fullmatch(stripped):
            continue  # the list's hours under its heading: "sonntags, 14 Uhr, mit Dr. …",
            # "(Einlass jeweils 19 Uhr, Beginn 20 Uhr, sofern nicht anders angegeben)"
        if _HEADER_RULE.fullmatch(stripped) or (_COLUMNS_HEADER.fullmatch(stripped) and not any(
                _TITLE_HEADER.fullmatch(word) for word in re.split(r"[ /]+", stripped))):
            continue  # the header of a table of dates and places, and its rule: "Datum
            # Beginn      Ort" / "-----" (a table with a column of titles names its events)
        if stripped and (not line[:1].isspace() or _CAPTION.fullmatch(stripped)) and not (
                _ENTRY_START.match(stripped)) and not _under_entry(text, start):  # (an entry's
            # own lines: its address; a table's caption in capitals may be indented with it)
            stripped = unbulleted(stripped)  # ("► Vortrag „Varroa im Winter“")
            if (work := _work_block_head(text, start)) is not None:
                return work[0], work[1], "work"
            return start, stripped, "heading" if _heading_line(stripped) else "intro"
    return None


def _work_block_head(text: str, last: int) -> tuple[int, str] | None:
    """The title in capitals opening a block of short lines that ends at the line at
    ``last``, over a list of dates: a play's, with its facts under it ("DER BESUCH DER
    ALTEN DAME" / "Tragische Komödie von Friedrich Dürrenmatt" / "Regie: …" / "Dauer ca. 2
    Std. 20 Min." / "" / "Sa 3.10.   19.30")."""
    head = below = None
    for start, line in _lines_above(text, text.find("\n", last) + 1, _WORK_LINES):
        stripped = line.strip()
        if not stripped:
            break
        if len(stripped) > _LINE_CHARS or _ENTRY_START.match(stripped) or stripped.endswith(":"):
            return None  # (a list's label: "Heimspiele … jeweils um 13 Uhr:")
        below, head = head, (start, stripped)
    if head is None or below is None or head[0] == 0 or leading_phrase(below[1]) is not None:
        return None  # (a line naming an event under a section's caption is the title: "ONLINE"
        # / "Webinar „Betriebsnachfolge rechtzeitig planen“"; the text's masthead is none:
        # "STADTTHEATER KEMPTEN" / "Spielplan Mai 2026")
    title = head[1].split(" – ", 1)[0]  # (its kind after a dash: "DAS SAMS – Familienstück")
    if DATES_WORD.search(title):
        return None  # a list's caption, no work's title: "TOURDATEN" / "(Einlass jeweils …)"
    return (head[0], title) if _CAPTION.fullmatch(title) else None


# a word naming dates, which heads a list of them, not an event: "SPIELTERMINE", "TOURDATEN"
DATES_WORD = re.compile(r"(?i:termine|daten|aufführungen|vorstellungen)(?!\w)")


_WORK_LINES = 6  # (a work's title and its facts: author, production, direction, length)


_CAPTION = re.compile(r"[A-ZÄÖÜ][A-ZÄÖÜ -]{3,60}(?:[ \t]+(?:19|20)[0-9]{2})?")


def list_hours(text: str, line_start: int) -> tuple[dt.time, dt.time | None] | None:
    """The hours a list of date lines has under its heading, above its entries:
    'Kuratorinnenführungen' / 'sonntags, 14 Uhr, mit Dr. Ruth Lämmle' / '5. Oktober 2025'."""
    for _, line in _lines_above(text, line_start, _LIST_LINES):
        stripped = line.strip()
        if _ENTRY_START.match(stripped):
            continue
        m = _LIST_HOURS.match(stripped)
        start = parse_time(m["t"]) if m is not None else None
        if m is None or start is None:
            return None
        return start, parse_time(m["t2"]) if m["t2"] else None
    return None


# "sonntags, 14 Uhr", "jeweils dienstags von 18 bis 20 Uhr"
_LIST_HOURS = re.compile(
    rf"(?:[Jj]eweils[ \t]+)?(?:{_DAYS_ADVERB})[ \t]*,?{_SHARED_HOURS}(?![\w])")


_HOURS_NOTE = re.compile(r"\((?:Einlass|Beginn|Start)\b[^()\n]{0,100}\)")


def _under_entry(text: str, start: int) -> bool:
    """Whether the line at ``start`` continues an entry: a line of its block above it, with
    no blank line between, opens with a date ('Dienstag, 3. März 2026, 19.30 Uhr' over 'Aula
    …, 9500 Wil')."""
    for _, line in _lines_above(text, start, 3):
        above = line.strip()
        if not above or _RULE.fullmatch(above):  # (a rule closes a block: "-----" / "1.
            return False  # Sitzungen der …" over it is a section's number, no entry's date)
        if _ENTRY_START.match(above):
            return True
    return False


_ENTRY_START = re.compile(
    rf"(?:{_BULLET}[ \t]+)?(?:(?:Termin|Datum|Wann)[ \t]*:[ \t]*|[A-ZÄÖÜ][\w-]{{1,20}}[ \t]*:[ \t]*"
    r"(?=(?:[A-ZÄÖÜ][a-zäöü]{1,15}\.?,?[ \t]*)?[0-9]{1,2}\.))?"  # ("Premiere: Fr, 6. März")
    # ("FREITAG, 20. MÄRZ"; a word before a year is a heading's: "Turnerabende 2025 «…»")
    r"(?:(?:[A-ZÄÖÜ][a-zäöü]{1,15}|[A-ZÄÖÜ]{2,10})\.?,?[ \t]*(?![0-9]{3}))?[0-9]"
    r"(?![0-9]*-[A-ZÄÖÜ])")  # (not a compound's number: "16-Stunden-Grundkurs")


def introduces(line: str) -> bool:
    """Whether a paragraph's last line leads into what follows it: 'Fragen der
    Anwohnerschaft:', '… tritt zu ihren nächsten Sitzungen zusammen am'."""
    return line.endswith(":") or _wrapped(line)


def _wrapped(line: str) -> bool:
    """A line that breaks off mid-sentence ('… lädt der'): hard-wrapped text, no heading."""
    return line.rsplit(" ", 1)[-1] in _OPEN_WORDS


_OPEN_WORDS = frozenset({
    "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "in",
    "im", "am", "an", "auf", "zum", "zur", "zu", "und", "oder", "mit", "von", "vom", "für",
    "bei", "beim", "nach", "aus", "ist", "sind", "wird", "werden", "hat", "haben", "sich",
})  # fmt: skip


_DAY_WORD = re.compile(r"(?<![\w-])(?:" + "|".join(RELATIVE_DAY_WORDS) + r")(?![\w-])")


def shared_venues(text: str, sentences: Sentences) -> list[str]:
    """Venues a sentence gives for every event: 'Alle Vorträge finden im Hörsaal 2 statt'."""
    return [v for sentence, _ in _said_for_all(text, sentences) for _, v in find_venues(sentence)]


def shared_city(text: str, sentences: Sentences) -> City | None:
    """The city a sentence gives for every event: 'Alle Heimspiele finden auf der
    Sportanlage am Kellener Deich in Kleve statt' (None unless one)."""
    cities = {c.name: c for _, found in _said_for_all(text, sentences) for _, c in found}
    return next(iter(cities.values())) if len(cities) == 1 else None


def _said_for_all(text: str, sentences: Sentences
                  ) -> Iterator[tuple[str, list[tuple[int, City]]]]:
    """The sentences that speak of every event ('Alle Vorträge finden …', '… jeweils …'),
    with their cities; none that names several ("finden in Wien in der Stadthalle und in
    Innsbruck …": whose is which)."""
    for begin, end in sentences.spans:
        sentence = text[begin:end]
        every = _ALL_EVENTS.match(sentence) or _LIST_INTRO.fullmatch(sentence.strip())
        if (every and (every["all"] or is_event_noun(every["noun"]))) or (
                " jeweils " in sentence and not scan_dates(sentence)
                and not _DAY_WORD.search(sentence)):  # (a series' own dates: "3., 10. und 17.
            # Dezember … jeweils um 6:30 Uhr … in der Spitalkirche"; or its days told against
            # the text's date: "zeigt … heute und morgen jeweils um 20 Uhr … im Gasthaus")
            cities = find_cities(sentence)
            if len(cities) <= 1:
                yield sentence, cities


def section(text: str, sentences: Sentences, pos: int,
            until: int | None = None) -> list[tuple[int, int]]:
    """The sentences from ``pos`` to the end of its paragraph, or to ``until`` before it."""
    first = sentences.index_at(pos)
    end = sentences.paragraph_end(pos)
    if until is not None:
        end = min(end, until)
    return sentences.spans[first : sentences.count_before(end)]


def place_labels(text: str) -> list[re.Match[str]]:
    """The lines of a text that give a place: 'Ort: Stadthalle, Albaniplatz 2'."""
    return list(_PLACE_LABEL_LINE.finditer(text))


def labelled_place(text: str, sentences: Sentences, labels: list[re.Match[str]],
                   span: tuple[int, int]) -> str | None:
    """What the 'Ort:' line of the date's block (right after the date, or among ``labels``,
    the text's place_labels, in its paragraph) says, if there is one."""
    paragraph = sentences.paragraph_end(span[1])
    label = _PLACE_LABEL_HERE.match(text, span[1], paragraph)
    if label is None:
        i = bisect.bisect_left(labels, span[1], key=re.Match.start)
        label = labels[i] if i < len(labels) and labels[i].start() < paragraph else None
    if label is None:  # (or opening a sentence of the date's paragraph: "Krötenzaun-Aufbau
        # … Bitte Arbeitshandschuhe mitbringen. Treffpunkt: Parkbucht am Ortsausgang Preetz.")
        label = _SENTENCE_PLACE_LABEL.search(text, span[1], paragraph) if text.find(
            ":", span[1], paragraph) >= 0 else None  # (every label has its colon)
    if label is None and is_labelled(text, span[0]):  # a box's place under its label, as
        label = _BOX_PLACE.search(text, span[1], min(len(text), span[1] + _BOX_REACH))
        # its date is: "Wann:" / "" / "2./3. Juni 2025" / "" / "Wo:" / "" / "Kongresshalle …"
    if label is None:
        return None
    place = label["place"]
    hour = _TIME_BEFORE_PLACE.match(place)  # (a meeting point's hour before it:
    place = place if hour is None else place[hour.end() :]  # "Treffpunkt: 17.00 Uhr Park…")
    other = _OTHER_LABEL.search(place)  # (not the next label's: "Ort: VHS-Haus, Raum 1.12,
    place = place[: other.start()] if other else place  # Leitung: Anke Timm")
    said = _SENTENCE_END.search(place) or _PRICE_SENTENCE.search(place)  # (nor a sentence
    place = (place[: said.start()] if said else place).strip()  # after it: "Ort: Turnhalle
    # der Grundschule. Die …", "Treffpunkt: Touristinformation. 4 €, mit Gästekarte frei")
    return _FULL_STOP.sub("", place)  # (its sentence's stop, not an abbreviation's: "Str.")


_FULL_STOP = re.compile(r"(?<=[a-zäöüß]{4})\.$")


_PRICE_SENTENCE = re.compile(r"[.;][ \t]+[0-9]+(?:,[0-9]{2}|,[–-])?[ \t]*(?:€|Euro|EUR|CHF|Fr\.)")


_TIME_BEFORE_PLACE = re.compile(r"[ \t]*(?:(?:ab|um)[ \t]+)?(?:[0-9]{1,2}(?:[.:][0-9]{2})?[ \t]*"
                                r"Uhr[ \t]*[,;–-]?[ \t]*)?")


# a line of an entry's facts under it: "          Ort: VHS-Haus, Raum 1.12"
_LABEL_OPENS = re.compile(r"[ \t]*(?:" + "|".join(map(re.escape, INFO_LABELS)) + r")[ \t]*:")
# a label after a place on its line: ", Leitung: …", "; Kosten: …"
_OTHER_LABEL = re.compile(r"[,;][ \t]*(?:" + "|".join(
    map(re.escape, (label for label in INFO_LABELS if label not in PLACE_LABELS))) + r")[ \t]*:")


def address_near(text: str, sentences: Sentences, labels: list[re.Match[str]],
                 span: tuple[int, int]) -> tuple[tuple[str, ...], City | None]:
    """An address line for the event dated at ``span``: 'Ort: Stadthalle, Albaniplatz 2,
    37073 Göttingen' in its block (right after the date or among ``labels``, the text's
    place_labels), or the line under a programme line's date."""
    paragraph = sentences.paragraph_end(span[1])
    said = labelled_place(text, sentences, labels, span)
    if said is not None:
        return place_line(said)
    line_start = text.rfind("\n", 0, span[0]) + 1
    first = text.find("\n", span[1], paragraph)
    if _EVENT_LABEL.match(text, line_start - 1, span[0]) and (
            rest := text[span[1] : paragraph if first < 0 else first].strip(" ,·\t")) and (
            _is_address(rest)):  # a labelled date's line, its place after it: "Kursbeginn:
        return place_line(rest)  # Samstag, 09.01.2027, Bildungszentrum Wittlich, …"
    if 0 <= first - span[1] <= _LINE_CHARS and _dates_alone(text, span[1], first):
        span = (span[0], first)  # (the line's other dates: "Fr, 13.03., 18 Uhr und Sa, 14.03.")
    if not _ENTRY_LEAD.match(text[line_start : span[0]]) and (
            span[0] - line_start > _LINE_CHARS or not _dates_alone(text, line_start, span[0])):
        return (), None
    if first < 0 and entry_rest(text[span[1] : paragraph]) == "":
        # a date heading alone, over a paragraph whose first line is the title: the address
        # is that paragraph's second line ("Fr, 29.03. · 17 Uhr" / "" / "Frühjahrskonzert" /
        # "Großer Redoutensaal, Passau")
        title_line = paragraph
        while text.startswith("\n", title_line):  # (not a copy of the rest of the text)
            title_line += 1
        first = text.find("\n", title_line)
        paragraph = sentences.paragraph_end(title_line)
    elif first >= 0 and entry_rest(text[span[1] : first]) is None:  # (a date with its title
        return (), None  # too: "Samstag, 27.6., 11 Uhr – Matinee" over "Spiegelsaal …")
    if first < 0:
        return (), None
    second = text.find("\n", first + 1, paragraph)
    below = text[first + 1 : paragraph if second < 0 else second].strip()
    if second >= 0 and _HOURS_ONLY.fullmatch(below):  # the dates' hours on a line of their
        # own, then the address: "3 Termine: Di 22.09., …" / "jeweils 18:00–20:00 Uhr" / "Rheine,
        # vhs-Haus, Raum 2.04"
        first, second = second, text.find("\n", second + 1, paragraph)
        below = text[first + 1 : paragraph if second < 0 else second].strip()
    if _TITLED.search(below) and (leading_phrase(below) or (None, None, False))[2]:
        return (), None  # the entry's title ("Bilderbuchkino: „Der kleine Hase …“"), no address
    if second >= 0 and not _POSTCODE.search(below) and (
            leading_phrase(below) is not None or below[:1] in "„\"»«"):
        # the entry's title line, over its address: "Di., 5.5." / "Lehrfahrt nach Lübeck" /
        # "Landvolkhaus, Jever"; else the town its title names: "Betriebsbesichtigung der
        # Molkerei Harlingerland in Wittmund" / "Wir bilden Fahrgemeinschaften …"
        third = text.find("\n", second + 1, paragraph)
        under = text[second + 1 : paragraph if third < 0 else third].strip()
        under = _PLACE_PREPOSITION.sub("", under)  # ("bei Familie Brunner, Hof Eichbühl,
        # Tuttwil", "im Kirchgemeindehaus Wängi")
        who, dot, where = under.rpartition(" · ")
        if dot and not opens_with_venue(who) and _is_address(where):
            under = where  # (its speaker before it: "„Trauer hat viele Gesichter“" /
            # "Trauerbegleiterin Sabine Möller-Lotz · Gemeindehaus Jakobikirche, Rotenburg …")
        if _is_address(under):
            return place_line(under)
        return (), city_in_name(without_ensembles(unquoted(below)))
    return place_line(below) if _is_address(below) else ((), None)


def _is_address(line: str) -> bool:
    """Whether a line under a programme's date line is its event's address."""
    # (not a town in a title, „Mit Jona auf großer Fahrt“, nor an ensemble's: "Klaviertrio
    # Würzburg")
    named = without_ensembles(unquoted(line).split(",")[0])
    if line[:1].isalpha() and (dated := scan_dates(line[:24])) and dated[0].span[0] <= 4:
        return False  # the next entry's line: "Mi 24.12.   22:00  Pretzfeld   Christmette"
    if _OPENS_WITH_HOUR.match(line):
        return False  # the day's next item: "15:00 Uhr Seniorennachmittag …, Kuchen und …"
    if _DEPARTURE_LINE.match(line):
        return False  # where a trip sets off, not where it goes: "Tagesfahrt … nach
        # Oberwiesenthal" / "Bus ab Busbahnhof Olbernhau, Rückkehr gegen 18 Uhr"
    return bool(line) and not line.endswith(".") and len(line) <= 100 and not (
        TITLED_SPEAKER.match(line)) and bool(
            _POSTCODE.search(line) or _SHORT_POSTCODE_TOWN.search(line)  # (", 5400 Hallein")
            or find_venues("in der " + named) or city_in_name(named) or _address_line(line)
            or (line[:1].isupper() and leading_phrase(named) is None and ends_with_town(line)))


_TITLED = re.compile(r":[ \t]+[„\"»«]")
_PLACE_PREPOSITION = re.compile(r"^(?:bei|beim|im|in[ \t]+der|in[ \t]+den|auf[ \t]+dem|am)[ \t]+"
                                r"(?=[A-ZÄÖÜ])")
_DEPARTURE_LINE = re.compile(r"(?:Abfahrt|Busabfahrt|Zustieg|Bus[ \t]+ab)\b")
_OPENS_WITH_HOUR = re.compile(r"(?:ab[ \t]+|um[ \t]+)?[0-9]{1,2}(?:[:.][0-9]{2})?[ \t]*Uhr\b"
                              r"|[0-9]{1,2}[:.][0-9]{2}\b")
_HOURS_ONLY = re.compile(r"(?:jeweils[ \t]+)?(?:von[ \t]+|ab[ \t]+|um[ \t]+)?"
                         r"[0-9]{1,2}(?:[:.][0-9]{2})?"
                         r"(?:[ \t]*(?:–|-|bis)[ \t]*[0-9]{1,2}(?:[:.][0-9]{2})?)?[ \t]*Uhr[,.]?")


def venues_next_sentence(text: str, sentences: Sentences, sentence: tuple[int, int]) -> list[str]:
    """'… lädt am 5.6. zu einem Informationsabend ein. Im Konferenzraum der Klinik …'; or
    the one after, past a short one with none: '… treffen sich Fachleute … zur dritten
    Fachtagung. Gastgeber ist der Verein … Die Tagung … findet im Kongresszentrum … statt.'"""
    index = sentences.index_at(sentence[0])
    last = sentence[1]
    for k, (begin, end) in enumerate(sentences.spans[index + 1 : index + 3]):
        if not sentences.joined(last, begin) or scan_dates(text[begin:end]) or (
                k and not _OF_THE_EVENT.match(text, begin, end)):
            return []  # (past the short one, only a sentence of the event: "Die Tagung …")
        venues = [v for _, v in find_venues(text[begin:end])]
        if venues or end - begin > _SHORT_SENTENCE:
            return venues
        last = end
    return []


# a sentence opening with the event by its kind: "Die Tagung dauert …", "Das Fest findet …"
_OF_THE_EVENT = re.compile(r"(?:Die|Der|Das)[ \t]+(?P<noun>[A-ZÄÖÜ][a-zäöüß]+)[ \t]+"
                           r"(?:dauert|findet|beginnt|startet)\b")


_SHORT_SENTENCE = 60


_END_LEADS = ("Ende", "Bis", "bis")  # (the lead words of find_times that end an event)
_NIGHT_ENDS = 6  # an end time before this hour and before the start is the next morning's


def hours_above(text: str, line_start: int) -> tuple[dt.time, dt.time | None] | None:
    """The hours a line right above a date line gives, when it gives nothing else (but how
    often, on which weekday): '8 x mittwochs, 18:30–20:00 Uhr' over '07.10.2026 –
    25.11.2026'."""
    if line_start < 1:
        return None
    above = line_above(text, line_start)
    m = _HOURS_LINE.fullmatch(above)
    if m is None:
        return None
    start = parse_time(m["t1"])
    return (start, parse_time(m["t2"]) if m["t2"] else None) if start is not None else None


_HOURS_LINE = re.compile(
    _TIMES_A_WEEK + r"(?:[a-zäöü]+s(?:[ \t]+(?:und|&)[ \t]+[a-zäöü]+s)?[ \t]*,?[ \t]*)?"
    + _HOURS_RANGE)
_DAILY_HOURS = re.compile(r"\btäglich[ \t]+" + _HOURS_RANGE)  # "täglich von 9.30 bis 18 Uhr"


def daily_hours(text: str, begin: int, end: int) -> tuple[dt.time, dt.time] | None:
    """The hours ``text[begin:end]`` says a run of days is open each day: 'Die Messe … ist
    täglich von 9.30 bis 18 Uhr geöffnet'."""
    m = _DAILY_HOURS.search(text, begin, end)
    start = parse_time(m["t1"]) if m is not None else None
    stop = parse_time(m["t2"]) if m is not None else None
    return (start, stop) if start is not None and stop is not None else None


# a run of days' opening hours said by weekday, after an opening-hours cue: "Öffnungszeiten:
# Freitag und Samstag 9–18 Uhr, Sonntag 9–17 Uhr", "Geöffnet ist Fr/Sa 10–18, So 10–17 Uhr"
_HOURS_CUE = re.compile(r"(?:Öffnungszeit(?:en)?|[Gg]eöffnet|[Tt]äglich)\b")
_DAY_NAME = r"(?:" + "|".join(sorted(WEEKDAYS, key=len, reverse=True)) + r")\.?(?![\w-])"
_DAYS_HOURS = re.compile(
    rf"(?P<days>[Tt]äglich|[Jj]eweils|{_DAY_NAME}(?:[ \t]*(?:,|/|&|–|-|und|bis)[ \t]*{_DAY_NAME})*)"
    r"[ \t]*:?[ \t]*(?:jeweils[ \t]+)?(?:von[ \t]+)?(?P<t1>[0-9]{1,2}(?:[:.][0-9]{2})?)[ \t]*"
    r"(?:Uhr[ \t]*)?(?:–|-|bis)[ \t]*(?P<t2>[0-9]{1,2}(?:[:.][0-9]{2})?)(?:[ \t]*Uhr)?(?![\w.:])")
_HOURS_STATED = re.compile(r"[ \t]*:?[ \t]*\n?[ \t]*(?:(?:ist|sind|hat|haben)[ \t]+)?"
                           r"(?:(?:die|der|das)[ \t]+\w+[ \t]+)?")  # ("Geöffnet ist die Messe …")
_ADVERB_DAY = re.compile(r"(?<![\w-])(" + "|".join(d.lower() for d in WEEKDAYS if len(d) > 2)
                         + r")s(?![\w-])")
_DAY_JOIN = re.compile(rf"(?P<day>{_DAY_NAME})|(?P<range>–|-|bis)")
_HOURS_ITEM_GAP = re.compile(r"[ \t]*(?:,|;|und|sowie)?[ \t]*\n?[ \t]*")  # (a line each too)
_HOURS_CUE_REACH = 600  # characters after a run of days its opening hours may be said in


def weekday_hours(text: str, begin: int, end: int) -> dict[int, tuple[dt.time, dt.time]]:
    """The opening hours by weekday (0 = Monday) that ``text[begin:end]`` states after an
    opening-hours cue: "Öffnungszeiten: Freitag und Samstag 9–18 Uhr, Sonntag 9–17 Uhr" gives
    Friday and Saturday 9 to 18, Sunday 9 to 17; "täglich von 10 bis 18 Uhr" every day. Only
    one run of items right after the cue is read, so an office's hours said elsewhere are
    not."""
    cue = _HOURS_CUE.search(text, begin, min(end, begin + _HOURS_CUE_REACH))
    hours: dict[int, tuple[dt.time, dt.time]] = {}
    if cue is None:
        return hours
    at = cue.start() if cue[0].lower() == "täglich" else _after_label(text, cue.end())
    while (m := _DAYS_HOURS.match(text, at, end)) is not None:
        start, stop = parse_time(m["t1"]), parse_time(m["t2"])
        if start is None or stop is None or stop <= start:
            break
        for day in _days_said(m["days"]):
            hours.setdefault(day, (start, stop))
        at = _HOURS_ITEM_GAP.match(text, m.end(), end).end()  # type: ignore[union-attr]
    return hours


def _after_label(text: str, at: int) -> int:
    """Where an opening-hours cue's statement starts: after "Öffnungszeiten:", "geöffnet
    ist" or "ist … geöffnet:"."""
    return _HOURS_STATED.match(text, at).end()  # type: ignore[union-attr]


def _days_said(days: str) -> set[int]:
    """The weekdays "Freitag und Samstag", "Mo–Fr", "Sa/So", "dienstags und donnerstags",
    "täglich" or "jeweils" name."""
    if days.lower() in ("täglich", "jeweils"):  # ("Geöffnet ist jeweils von 8 bis 14 Uhr")
        return set(range(7))
    days = _ADVERB_DAY.sub(lambda m: m[1].capitalize(), days)  # ("dienstags und donnerstags")
    named: set[int] = set()
    previous, spans = None, False
    for m in _DAY_JOIN.finditer(days):
        if m["range"]:
            spans = True
            continue
        day = WEEKDAYS[m["day"].rstrip(".")]
        if spans and previous is not None:
            named.update(range(previous, day + 1) if day >= previous else (
                *range(previous, 7), *range(day + 1)))
        named.add(day)
        previous, spans = day, False
    return named


_WEEKDAYS_HABIT = re.compile(
    r"(?<![\w-])(?P<days>(?:" + "|".join(WEEKDAY_ADVERBS) + r")(?:[ \t]*(?:,|und|/|&|bis|–|-)"
    r"[ \t]*(?:" + "|".join(WEEKDAY_ADVERBS) + r"))*)(?![\w-])")


def weekday_of(mention: DateMention) -> int | None:
    """The weekday of a mention's first day: stated, or that of its date when the year is
    known."""
    if mention.weekday is not None:
        return mention.weekday
    date = mention.start.date()
    return date.weekday() if date is not None else None


def with_block_times(mention: DateMention, text: str, sentences: Sentences,
                     paragraph_only: bool = False) -> DateMention:
    """Times stated later in the sentence or the next one: 'Beginn: 19 Uhr, Einlass ab 17 Uhr';
    ``paragraph_only``: anywhere in the paragraph, and not beyond (a calendar's item)."""
    if mention.start_time is not None or mention.end is not None:
        return mention
    index = sentences.index_at(mention.span[0])
    after = sentences.spans[min(index + 1, len(sentences.spans) - 1)]
    end = after[1]
    paragraph = sentences.paragraph_end(mention.span[1])
    if paragraph_only:
        end = paragraph
    if after[0] > mention.span[1] and (habit := _WEEKDAYS_HABIT.search(
            text, after[0], after[1])) is not None and weekday_of(mention) not in _days_said(
            habit["days"]):  # the next sentence's hours are other weekdays' habit: "… am 17.
        end = min(end, after[0])  # Jänner … Das Training findet dienstags und donnerstags
        # von 17:30 bis 19:00 Uhr statt."
    if after[0] >= paragraph and _WEEKLY.search(text, after[0], after[1]):
        end = paragraph  # the next paragraph's hours are of every week, no day's: "Im
        # Landratsamt ist der Stützpunkt montags bis freitags von 8.30 bis 12 Uhr erreichbar"
    sentence = sentences.at(mention.span[0])
    if sentences.short_lines(sentence[0], paragraph) and not _prose_line(text, sentence, paragraph):
        end = max(end, paragraph)  # a block of short lines: "Datum: …\nOrt: …\nBeginn 18 Uhr"
    else:
        end = min(end, paragraph)  # a paragraph of prose: the next one's hours are its own
        # ("Das für den 18. Juni geplante Warm-up-Konzert … fällt ersatzlos aus." / "Anwohner
        # sind für Donnerstag um 19.00 Uhr zu einer Informationsveranstaltung … eingeladen.")
    line_start = text.rfind("\n", 0, mention.span[0]) + 1
    if (bullet := _ITEM_LEAD.match(text, line_start)) is not None:
        end = _item_end(text, mention.span[1], end, len(bullet[0]) - len(bullet[0].lstrip()))
    start_time = end_time = doors = None
    if text.find("Uhr", mention.span[1], end) < 0:  # (every time find_times finds says
        # "Uhr": none to read but a start said later in the paragraph)
        start_time = None if paragraph_only or end >= paragraph else _start_said(
            text, end, paragraph, sentences, mention.span[1])
        return mention if start_time is None else replace(mention, start_time=start_time)
    said_start = False  # whether the start was said as such ("Beginn 20 Uhr")
    for m in find_times(text, mention.span[1], end):
        if _has_other_date(text, mention.span[1], m.start()):
            break
        if _WEEKDAYS_BEFORE.search(text, max(0, m.start() - 14), m.start()):
            continue  # an office's hours by weekday: "… in der Tourist-Information (Mo–Fr
            # 10–17 Uhr, Sa 10–13 Uhr)"
        t1 = parse_time(m["t1"])
        t2 = parse_time(m["t2"]) if m["t2"] else None
        if m["lead"] in DOORS_WORDS:
            doors = doors or t1
            continue
        if m["lead"] in _END_LEADS:  # "Ende: 18 Uhr", "Bis 16 Uhr gibt es Musik"
            end_time = end_time or t1
            continue
        if _journey(text, sentences, m.start()):
            continue  # the journey's: "Gemeinsame Anreise …, Treffpunkt Bahnhof … um 6.10 Uhr"
        # ("Nachtessen ab 18 Uhr, Konzertbeginn 20 Uhr": the start said as such wins)
        # (an outing's meeting or departure is a start as a plain hour is, which a start said
        # as such overrides, and it overrides no other: "… ab 10 Uhr das Maibaumaufstellen.
        # Treffpunkt der Kapelle 9.15 Uhr …")
        lead = None if m["lead"] in MEETING_WORDS else m["lead"]
        if start_time is None or (lead and not said_start):
            start_time, end_time = t1, t2 or end_time
            said_start = bool(lead)
    if start_time is None and doors is None and not paragraph_only and end < paragraph:
        # (later in its paragraph, said as a start: "… in Wuppertal ausgetragen. Ausrichter
        # ist … Die ersten Läufe starten um 11 Uhr.")
        start_time = _start_said(text, end, paragraph, sentences, mention.span[1])
    start_time = start_time or doors
    if start_time is None:
        return mention
    if end_time is not None and end_time <= start_time:
        if end_time.hour >= _NIGHT_ENDS:
            end_time = None
        else:  # "von 19 Uhr bis 2 Uhr nachts": the next morning
            return replace(mention, start_time=start_time, end_time=end_time,
                           end=next_day(mention.start))
    return replace(mention, start_time=start_time, end_time=end_time)


def _prose_line(text: str, sentence: tuple[int, int], paragraph: int) -> bool:
    """Whether a sentence that ends its paragraph is prose, no line of a block: a line of its
    own of many words, ending in a full stop ("Das für den 18. Juni geplante Warm-up-Konzert
    in der Schranne fällt ersatzlos aus.")."""
    line = text[sentence[0] : paragraph].strip()
    return sentence[1] >= paragraph - 1 and "\n" not in line and line.endswith(".") and (
        line.count(" ") >= _PROSE_WORDS)


_PROSE_WORDS = 8  # (spaces: a line of nine words or more)


def _journey(text: str, sentences: Sentences, pos: int) -> bool:
    """Whether the sentence at ``pos`` is about getting to the event before the hour at
    ``pos`` (the journey's): "Gemeinsame Anreise mit dem Metronom, Treffpunkt … um 6.10 Uhr"
    (not "Treffpunkt: 14 Uhr im Foyer … (Anreise individuell …)")."""
    begin = sentences.at(pos)[0]
    return _TRAVEL.search(text, begin, pos) is not None


_TRAVEL = re.compile(r"(?<![\w-])(?:" + "|".join(TRAVEL_WORDS) + r")(?![\w-])")


def _item_end(text: str, begin: int, end: int, indent: int) -> int:
    """Where a list's item ends before ``end``: at the next item as far in as it or less
    ("- Kreisfeuerwehrtag: Samstag, 13. Juni" / "- Übungsabende: jeden zweiten Freitag,
    19.30 Uhr": those hours are the next item's), not at an item of its own below it."""
    for item in _NEXT_BULLET.finditer(text, begin, end):
        if len(item["indent"]) <= indent:
            return item.start()
    return end


_DAY_SHORT = "(?:" + "|".join(w for w in WEEKDAYS if len(w) == 2) + r")\.?"
_WEEKDAYS_BEFORE = re.compile(
    rf"(?<![\w-]){_DAY_SHORT}(?:[ \t]*[–-][ \t]*{_DAY_SHORT})?[ \t]*:?[ \t]*$")


def _start_said(text: str, begin: int, end: int, sentences: Sentences, since: int
                ) -> dt.time | None:
    """The first time ``text[begin:end]`` says as a start ('Beginn: …', '… starten um …',
    'Startschuss ist um …'), with no other date since the date's end ``since`` (that of the
    day an event is moved to: "… verschoben auf den 3. Mai 2020. Beginn ist um 10 Uhr"); not
    a journey's."""
    if text.find("Uhr", begin, end) < 0:
        return None
    for m in find_times(text, begin, end):
        if _has_other_date(text, since, m.start()):
            return None
        if m["lead"] and m["lead"] not in DOORS_WORDS and m["lead"] not in _END_LEADS and not (
                _journey(text, sentences, m.start())):
            return parse_time(m["t1"])
    return None


_WEEKLY = re.compile(r"\b(?:" + "|".join(f"{day.lower()}s" for day in WEEKDAYS if len(day) > 2)
                     + r"|täglich|werktags|wochentags)\b")


def _has_other_date(text: str, begin: int, end: int) -> bool:
    return bool(scan_dates(text[begin:end]))


_DATE_LEAD_MAX = 60  # (how far into a label's value a date opening it is looked for)


def contact_blocks(text: str) -> list[ContactBlock]:
    """Contact blocks: an 'Ansprechpartner' / 'Kontakt' heading or a labelled line with an
    address or number ('Geschäftsstelle: Sportplatzweg 4, …, Tel. …') and the lines after it
    up to the paragraph's end, and a closing paragraph that gives an address or number."""
    blocks = []
    taken = 0
    for line in _LINE.finditer(text):
        if line.start() < taken:
            continue
        heading = _CONTACT_HEADING.match(line.group(0))
        label = _LABEL_LINE.match(line.group(0)) if ":" in line.group(0) else None
        if not heading and not label:
            continue
        first = line.group(0)[label.end() :].strip() if label and not heading else ""
        lines, end = _paragraph_lines(text, line.end() + 1, started=bool(first))
        lines = ([first] if first else []) + lines
        if not heading and not _has_address(first or (lines[0] if lines else "")):
            continue
        if first and (dated := scan_dates(first[:_DATE_LEAD_MAX])) and dated[0].span[0] == 0:
            continue  # an event's label and date: "Eröffnung: Donnerstag, 12. März 2026, …,
            # Anmeldung erbeten unter event@…"
        blocks.append((line.start(), end, lines))
        taken = end
    last = text.rstrip().rfind("\n\n")
    # a closing paragraph with an address is a contact block, unless it dates something
    if last >= taken and _has_address(text[last:]) and not scan_dates(text[last:]):
        lines, end = _paragraph_lines(text, last + 2)
        blocks.append((last + 2, end, lines))
    return blocks


def _paragraph_lines(text: str, pos: int, started: bool = False) -> tuple[list[str], int]:
    """The non-empty lines from ``pos`` to the paragraph's end (at most ten), and that end;
    unless ``started``, blank lines right at ``pos`` are skipped ('Kontakt:' + blank line)."""
    lines: list[str] = []
    while pos < len(text) and len(lines) < 10:
        nl = text.find("\n", pos)
        nl = len(text) if nl < 0 else nl
        line = text[pos:nl].strip()
        if not line and (lines or started):
            break
        if line:
            lines.append(line)
        pos = nl + 1
    return lines, min(pos, len(text))


def _has_address(text: str) -> bool:
    return any(True for _ in find_emails(text)) or any(True for _ in find_phones(text))


def shared_times(text: str) -> list[tuple[int, dt.time, dt.time | None, int | None]]:
    """The times said once for several events ('jeweils um 18 Uhr', 'jeweils mittwochs von
    18.15 bis 19.45 Uhr'), with where they stand: start, end (None if not said) and the
    weekday they are said for (None if none)."""
    found = []
    for m in _shared_hours(text):
        start = parse_time(m["t"])
        end = parse_time(m["t2"]) if m["t2"] else None
        if m["ct"] and start is not None and start.minute == 0:
            start = start.replace(minute=15)
        if text.endswith(DOORS_WORDS, max(0, m.start() - 16), m.start() - 1):
            begins = _START_AFTER.match(text, m.end())  # "Einlass jeweils 20 Uhr,
            if begins is not None:  # Konzertbeginn 21 Uhr": the doors are no start
                start, end = parse_time(begins["t"]), None
        if end is None and (ends := _END_AFTER.match(text, m.end())) is not None:
            end = parse_time(ends["t"])  # "Beginn ist jeweils um 18.30 Uhr, Ende gegen 21 Uhr"
        days = m["days"]
        # (an adverb, "dienstags", or a recurring day's name: "jeden ersten Sonntag im Monat")
        weekday = _WEEKDAY_OF_ADVERB.get(days, WEEKDAYS.get(days)) if days else None
        if start is not None and (end is None or end > start):
            found.append((m.start(), start, end, weekday))
    return found


def _dates_follow(text: str, pos: int) -> bool:
    """Whether the paragraph goes on after ``pos`` with dates: the days a recurring weekday's
    hour is said for ("… um 15 Uhr … Die nächsten Termine: 7. Februar, 7. März …")."""
    end = text.find("\n\n", pos)
    return bool(scan_dates(text[pos : len(text) if end < 0 else end]))


def _shared_hours(text: str) -> list[re.Match[str]]:
    """The matches of 'jeweils …' hours, a recurring weekday's ('jeden ersten Sonntag im
    Monat um 15 Uhr') and a kind of events' weekday hours ('Die Veranstaltungen finden
    dienstags um 18.15 Uhr … statt'), in order."""
    found = list(_SHARED_TIME.finditer(text))
    added = False
    if "eden " in text and (every := [m for m in _EVERY_WEEKDAY.finditer(text) if _dates_follow(
            text, m.end())]):  # (a habit's hour alone, "Das Training ist jeden Montag um 18
        found += every  # Uhr", is no hour of a Monday's meeting elsewhere)
        added = True
    if starts := _start_lines(text):
        found += starts  # a programme's start said once, on a line of its own: "Beginn: 20 Uhr,
        added = True  # Einlass 19.30 Uhr" (over "Fr 6.3. Der Besuch der alten Dame" / …)
    if ":" in text:
        labelled = list(_LABEL_HOURS.finditer(text))
        if labelled:
            found += labelled
            added = True
    if "s um " not in text and "s von " not in text and "s ab " not in text:
        # (an adverb's hours: "dienstags um", "abends von"; asked cheaply first)
        return sorted(found, key=lambda m: m.start()) if added else found
    for m in _DAY_HOURS.finditer(text):
        kind = _ALL_BEFORE.search(text, max(0, m.start() - 90), m.start())
        if kind is not None and (is_event_noun(kind["noun"]) or kind["noun"] in SERIES_PLURALS):
            found.append(m)
            added = True
    if added:
        found.sort(key=lambda m: m.start())
    return found


_START_AFTER = re.compile(
    r"[ \t]*,[ \t]*(?:[A-ZÄÖÜ][a-zäöü]*b|B)eginn[ \t]*:?[ \t]*(?:um[ \t]+)?"
    r"(?P<t>[0-9]{1,2}(?:[:.][0-9]{2})?)[ \t]*Uhr")
_END_AFTER = re.compile(
    r"[ \t]*[,;][ \t]*(?:Ende|Schluss)[ \t]*:?[ \t]*(?:ist[ \t]+)?(?:(?:jeweils|gegen|um|ca\.)"
    r"[ \t]+)*(?P<t>[0-9]{1,2}(?:[:.][0-9]{2})?)[ \t]*Uhr")
_WEEKDAY_OF_ADVERB = {f"{day.lower()}s": number for day, number in WEEKDAYS.items()
                      if len(day) > 2}


_TIME_TAIL = re.compile(
    r"[ \t]*,[ \t]*(?:ab|um|von)?[ \t]*[0-9]{1,2}(?:[:.][0-9]{2})?"
    r"(?:[ \t]*(?:bis|–|-)[ \t]*[0-9]{1,2}(?:[:.][0-9]{2})?)?[ \t]*Uhr$"
)
# The next item of a programme line that lists several: ", 20.30 Uhr: Konzert …"
_NEXT_ITEM = re.compile(
    r"[ \t]*[,;][ \t]*(?:ab|um|von)?[ \t]*[0-9]{1,2}(?:[:.][0-9]{2})?"
    r"(?:[ \t]*(?:bis|–|-)[ \t]*[0-9]{1,2}(?:[:.][0-9]{2})?)?[ \t]*Uhr[ \t]*:"
)
_QUOTED = r"[„\"»][^“”\"«\n]{2,100}[“”\"«]"
_QUOTED_NAME = re.compile(_QUOTED + r"(?=[ \t]*(?:[,;–-]|$))")
# a quoted name and where it is held, the line's sentence: "„Plochinger Lichterzauber“ im
# Hundertwasserhof und auf dem Marktplatz."
_QUOTED_AT = re.compile(_QUOTED + r"(?=[ \t]+(?:im|in|am|an|auf|vor)[ \t])")


def entry_title(rest: str) -> str | None:
    """The title a programme line gives after its date: 'Bilderbuchkino „Ottilie“ (ab 4)'."""
    if (label := event_label(rest)) is not None:
        return label
    if rest.endswith(".") and len(rest.split()) > 6:
        quoted = _QUOTED_AT.match(rest)
        return None if quoted is None else quoted.group(0)  # a sentence, not a title, but
        # for the name it opens with, held at a place
    following = _NEXT_ITEM.search(rest)
    if following is not None:  # "18 Uhr: Eröffnung, 20.30 Uhr: Konzert": the line's first item
        rest = rest[: following.start()]
    rest = re.sub(r"[ \t]*\([^)]*\)[ \t]*$", "", rest).strip(" \t.")
    rest = _TIME_TAIL.sub("", rest)  # "Repair-Café in der Stadtbücherei, 16 bis 19 Uhr"
    if not rest or not (rest[0].isupper() or rest[0] in "„\"»«") or len(rest) > 120 or (
            _PAGE.fullmatch(rest)):
        return None  # (nor a newspaper's page: "Samstag, 17. Oktober 2026 – Seite 14")
    quoted = _QUOTED_NAME.match(rest)
    if quoted:  # '„Gletscher auf dem Rückzug“, Prof. Dr. Anna Keller': the talk, not who gives it
        return quoted.group(0)
    speaker = SPEAKER_LEAD.match(rest)  # "Dr. Lea Mommsen: Mikroplastik im Watt": the talk
    return rest[speaker.end() :] if speaker else rest


def event_label(line: str) -> str | None:
    """The event a line names before a colon and a sentence on it: "Besuchsmorgen: Sie sind
    herzlich eingeladen, …" → "Besuchsmorgen"; None for any other line."""
    label, colon, said = line.partition(": ")
    if colon and _SENTENCE_AFTER_LABEL.match(said) and leading_phrase(label) is not None:
        return label
    return None


_PAGE = re.compile(PAGE_NUMBER)
# a sentence opening with its subject, a pronoun: "Sie sind herzlich eingeladen, …"
_SENTENCE_AFTER_LABEL = re.compile(r"(?:Sie|Wir|Er|Es|Ihr|Man|Alle|Jeder|Jede)[ \t]+[a-zäöü]")


def strip_quotes(line: str) -> str:
    if line[:1] in "„\"»«" and line[-1:] in "“”\"«»" and line.count("„") + line.count("»") <= 1:
        return line[1:-1]
    return line

