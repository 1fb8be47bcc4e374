"""Give year-less date mentions the year the document implies, or leave it unknown.

In this order: a year stated for the same dates elsewhere in the document (an earlier
range, a lone year in the same sentence or the headline); the document's own date (a
dateline, ``Veröffentlicht am …``) as reference; the reference date the caller passes.
Against a reference the nearest year within a year of it that fits the sentence's tense
and any stated weekday is chosen. Without any of these the year stays unknown: never
guessed. A stated weekday that contradicts a stated year exposes the year as wrong: it
is dropped ("Dienstag, 5. November 2014" was a Wednesday).

Every step costs a constant per mention (sentence facts are computed once), so a
document with a hundred thousand dates still resolves in linear time.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass, field, replace

from .lazy import cached_property
from .model import DateMention, Day
from .nouns import is_event_noun
from .people import TITLED_SPEAKER
from .places import TOWN_LINK, lookup_city
from .sentences import Sentences
from .vocabulary import (
    DOORS_WORDS,
    FUTURE_CUES,
    MODAL_PAST_CUES,
    MODAL_PRESENT_CUES,
    MONTHS,
    PASSIVE_PARTICIPLES,
    PAST_CUES,
    PAST_T_ENDINGS,
    PERFECT_PARTICIPLES,
    PROGRAMME_WORDS,
    SEIN_PARTICIPLES,
    START_WORDS,
    TENSELESS_CUES,
    UNTOLD_TENSE_WORDS,
    YEAR_SPAN_WORDS,
)

# (the century comes before the look-behind, so the regex engine skips ahead to a 1 or a 2)
# (nor the first of two: "2026/27")
_LONE_YEAR = re.compile(r"(?:19|20)(?<![0-9.,:/-]..)[0-9]{2}(?![0-9]|\.[0-9]|/[0-9]{2})")
# two years of a season: "2026/27", "2018/2019"
_TWO_YEARS = r"(?P<year>(?:19|20)[0-9]{2})/(?:[0-9]{2}){1,2}(?![0-9])"
_YEAR_SPAN = re.compile(r"(?<![0-9.,:/-])" + _TWO_YEARS)
_LINE_LEAD = 24  # how far into its line a list's date may start ("  - ", "Premiere:   ")
_FOUNDED = re.compile(
    r"(?:[Gg]egründet|Gründung(?:sjahr)?)[^.\n0-9]{0,20}(?P<year>(?:19|20|18)[0-9]{2})(?![0-9])"
    r"|(?<![0-9])(?P<year2>(?:19|20|18)[0-9]{2})[^.\n0-9]{0,20}gegründet")
_SPAN_BEFORE = re.compile(
    r"\b(?:" + "|".join(YEAR_SPAN_WORDS) + r")[ \t]+(?:dem[ \t]+Jahr[ \t]+)?$", re.IGNORECASE)
# words that open an adverbial, not a town's name: "Am Vorabend, Mittwoch, 3. Juni 2026, …"
_NO_TOWN_WORDS = "(?:Am|Im|Ab|Bis|Seit|Vom|Zum|Bereits|Schon|Noch|Erst|Auch|Und)"
# ("(LK) Zell am See, 20. März 2026 –": an agency's mark may open the dateline)
_DATELINE_BEFORE = re.compile(
    # (a town's name may end in its region in parentheses: "Lindau (Bodensee), 15. Oktober";
    # it may stand after a wide gap: "ELTERNBRIEF 2/2026          Wettenberg, 27. April 2026")
    r"(?:^|\n|[ \t]{3})[ \t]*(?:(?:\([\w/ ]{1,12}\)[ \t]*)?(?!" + _NO_TOWN_WORDS
    + r"[ \t])[A-ZÄÖÜ][\w./ -]{1,40}"
    r"(?:[ \t]*\([A-ZÄÖÜ][\w./ -]{1,30}\))?,[ \t]*(?:den[ \t]+)?"
    r"|(?:Veröffentlicht|veröffentlicht|Erschienen|erschienen|Publiziert|publiziert"
    r"|Pressemitteilung|Pressemeldung|Datum"
    # (a broadcast's script: "Sendungsmanuskript «Usgang-Tipps», Donnerstag, 3. September 2026")
    r"|Sendungsmanuskript|Sendemanuskript|Manuskript|Sendedatum|Sendung"
    r"|Stand|Ausgabe(?:[ \t]+[0-9]{1,3}/[0-9]{4})?[ \t]+vom|Erscheinungstag|Erscheinungsdatum)"
    r"[^\n0-9]{0,20}?)$"
)
_PUBLISHED_BEFORE = re.compile(
    # (each word written out in both cases: a leading character class made the search, run
    # before every date, three times as slow)
    r"(?:Veröffentlicht|veröffentlicht|Erschienen|erschienen|Publiziert|publiziert|Stand"
    r"|Ausgabe(?:[ \t]+[0-9]{1,3}/[0-9]{4})?[ \t]+vom"  # ("Ausgabe 9/2026 vom 23. Februar")
    r"|Erscheinungstag|Erscheinungsdatum|erscheint|Erscheint)\b"
    r"[^\n0-9]{0,20}$"
)
_DATE_LABEL_BEFORE = re.compile(r"\bDatum\b[^\n0-9]{0,20}$")
# an author's byline: "Von Petra Schönhals | 12.06.2025, 14:35 Uhr"
_AUTHOR_BEFORE = re.compile(r"(?:^|\n)[ \t]*(?:Von|VON)[ \t]+[A-ZÄÖÜ][^\n|,·0-9]{1,50}[|,·][ \t]*$")
# A line of the head that names the period an issue or programme covers: "Pfarrbrief
# Jänner/Februar 2026", "Programm Herbst 2025", "Newsletter März 2026", or one part of a
# head line set apart by "·" ("Ausgabe 2/2026 · März 2026 · Zugestellt durch Post.at").
# Not a headline that dates something in it ("Kommunalwahl im Mai 2026"): no preposition
# before the period.
_SEASONS = {"Frühjahr": 3, "Frühling": 3, "Sommer": 6, "Herbst": 9, "Winter": 12,
            "Fasching": 2, "Fastnacht": 2, "Ostern": 4, "Pfingsten": 5, "Advent": 12,
            "Weihnachten": 12,
            # (a school's or college's half: "Mitteilungen – Frühjahrssemester 2026")
            "Frühjahrssemester": 2, "Frühlingssemester": 2, "Sommersemester": 4}
# A season that spans the new year: "Spielzeit 2025/26", "Saison 2025/2026" (August to July),
# its programme's ("SAISONPROGRAMM 2026/2027", "Winterprogramm 2026/27")
_SEASON_WORDS = ("Spielzeit", "Saison", "Konzertsaison", "Theatersaison", "Wintersaison",
                 "Skisaison", "Winter", "Schuljahr", "Vereinsjahr", "Kindergartenjahr",
                 "Wintersemester")
_SEASON_SPAN = re.compile(
    r"(?<![\w-])(?:(?:" + "|".join(w for word in _SEASON_WORDS for w in (word, word.upper()))
    + r")(?:-?(?:[Pp]rogramm|PROGRAMM|[Kk]alender|KALENDER))?|WiSe|WS)[ \t]+" + _TWO_YEARS)
_SEASON_START = 8  # the month a season of theatre, school or club begins
# (and in a head's capitals: "GEMEINDEBRIEF SOMMER 2026 · Juni bis August")
_PERIOD_MONTHS = {word: month for name, month in [*MONTHS.items(), *_SEASONS.items()]
                  for word in (name, name.upper())}
_PERIOD_WORD = "|".join(_PERIOD_MONTHS)
_PERIOD_LINE = re.compile(
    rf"^(?P<lead>[^\n]{{0,50}}?)(?<![\w.])(?P<period>{_PERIOD_WORD})\.?"
    rf"(?:[ \t]*[/–-][ \t]*(?:{_PERIOD_WORD})\.?)?[ \t]+(?P<year>(?:19|20)[0-9]{{2}})"
    r"(?P<next>/[0-9]{2}(?:[0-9]{2})?)?"
    # (up to a feast's day of a later year: "Advent 2026 bis Lichtmess 2027")
    r"(?:[ \t]+(?:bis|–|-)[ \t]+[A-ZÄÖÜ][\w.]*[ \t]+(?:19|20)[0-9]{2})?"
    # (or its page after a dash: "Ausgabe März/April 2026 – Seite 14")
    r"[ \t]*(?:$|[·•]|(?<=[ \t]{3})|[–—|-][ \t]*(?:Seite|S\.)[ \t]*[0-9]"
    r"|[–—][ \t]*$)", re.MULTILINE)  # (or between dashes: "– Clubnachrichten Frühjahr 2026 –")
# the first end of a span of months before the period's last: "Dezember 2025 – "
_PERIOD_BEGUN = re.compile(
    rf"(?<![\w.])(?P<period>{_PERIOD_WORD})\.?[ \t]+(?P<year>(?:19|20)[0-9]{{2}})"
    r"[ \t]*[–/-][ \t]*$")
# the months listed before the period's last, the first of them its start: "Mai · Juni · "
_PERIOD_LISTED = re.compile(
    rf"(?<![\w.])(?P<period>{_PERIOD_WORD})\.?(?:[ \t]{{0,3}}[·,/–-][ \t]{{0,3}}"
    rf"(?:{_PERIOD_WORD})\.?){{0,4}}[ \t]{{0,3}}[·,/–-][ \t]{{0,3}}$")
_PERIOD_PREPOSITION = re.compile(
    r"(?:^|[ \t])(?:im|in|ab|bis|seit|vom|von|zum|zur|für|um|Anfang|Ende|Mitte)[ \t]*$")
# A head line that names a programme and its year: "STEYRER ORGELSOMMER 2026", "Spielplan
# 2026", "Veranstaltungskalender 2026" (not "Jahresbericht 2024": no programme's word), the
# programme's word after a dash too: "PATIENTENFORUM 2026 – Programm erstes Halbjahr"
_PROGRAMME_YEAR = re.compile(
    r"^(?P<lead>[^\n0-9]{3,60}?)[ \t]+(?P<year>(?:19|20)[0-9]{2})"
    r"(?:[ \t]+[–—-][ \t]+(?P<tail>[^\n0-9]{3,60}))?[ \t]*$", re.MULTILINE)
_PROGRAMME_WORD = re.compile("(?i)" + "|".join(PROGRAMME_WORDS) + r"|tage\b")
# ("Ausgabe 3/2026 (September)", "Ausgabe 1/2026 · Jänner/Feber", "Nr. 3/2026 – März/April",
# "Rundbrief 3/2025 · September")
# what numbers an issue: "Ausgabe 12/2026", "Heft 3/2026", a newsletter's name ("Rundbrief
# 2/2026", "Vereinsnachrichten 1/2026", "Quartier-Info 3/2026", "Gemeindeblatt 4/2026")
_ISSUE_WORD = (r"(?:Ausgabe|Nr\.|Nummer|Heft|Folge|(?=[A-ZÄÖÜ][\w-]*+[ \t]+[0-9]{1,3}/)"
               r"[A-ZÄÖÜ][\w-]*(?i:nachrichten|brief|blatt|info|zeitung|mitteilungen|bote"
               r"|anzeiger|journal|magazin|letter|news|aktuell))")  # (a name's number checked
# first: the endings are tried only before one)
_ISSUE_MONTH = re.compile(
    r"\b" + _ISSUE_WORD + r"[ \t]+[0-9]{1,2}/"
    r"(?P<year>(?:19|20)[0-9]{2})[ \t]*(?:\(|[·•–—-][ \t]*)"
    r"(?P<month>" + _PERIOD_WORD + r")(?![\w])")  # (or its season: "Nr. 1/2026 – Frühjahr")
_LEAD_SEPARATOR = re.compile(r"[ \t]*[·•|][ \t]*")
_TOWN_IM = re.compile(r"[ \t]*[A-ZÄÖÜ][\w.-]*(?:[ \t]+[A-ZÄÖÜ][\w.-]*){0,2},[ \t]*im[ \t]*")
# "Titel der Meldung (2018-07-09)" ending the first line, "(APA, 12.9.2015)" ending the text
_TITLE_DATE = re.compile(r"[ \t]*\)[ \t]*(?:\n|$)")
# "(APA, 12.9.2015)", "(APA; 27.8.2015)", "(red – 29.7. 2015)": a news agency's byline
# dates the item
_BYLINE_BEFORE = re.compile(r"\([^()\n]{1,60}(?:[,;]|[ \t][–-])[ \t]*$")
_BYLINE_AFTER = re.compile(r"[ \t]*\)")
# a blog post's date before its category or author: "14. Oktober 2026 · Kategorie: Programm ·
# von Claudia Jost"
_POSTED_AFTER = re.compile(r"[ \t]*[·|][ \t]*(?:Kategorie|Rubrik|Autor(?:in)?|von[ \t]+[A-ZÄÖÜ]"
                           r"[a-zäöüß]+[ \t]+[A-ZÄÖÜ])")
_STAMP_AFTER = re.compile(r"[ \t]*[·|]")  # (a stamp's section, after the date and hour)
_WORD = re.compile(r"[A-Za-zÄÖÜäöüß]+")
_PAST = frozenset(PAST_CUES)
_FUTURE = frozenset(FUTURE_CUES)
_TENSELESS = frozenset(TENSELESS_CUES)
_AUXILIARIES = frozenset(UNTOLD_TENSE_WORDS)
_MODAL_PAST = frozenset(MODAL_PAST_CUES)
_MODAL_PRESENT = frozenset(MODAL_PRESENT_CUES)
_PASSIVE_PAST = frozenset(("wurde", "wurden", "worden"))
_PARTICIPLES = frozenset(PASSIVE_PARTICIPLES)
_HEAD_CHARS = 400  # a dateline sits in the first lines of a document
_LINE_CHARS = 200  # a date alone on its line: the line is short
_COVER_DAYS = 62  # ranges up to two months lend their year to the days inside them
_WEEKDAY_NEAR_DAYS = 31  # a stated weekday outweighs the tense this near the anchor


def is_byline(text: str, mention: DateMention) -> bool:
    """A news agency's byline: '(APA, 7.8.2015)', '(red – 29.7. 2015)': the item's own date.

    >>> from calendarize.dates import scan_dates
    >>> text = "(APA, red, 25.8.2015) Kader für die EM-Qualifikationsspiele"
    >>> is_byline(text, scan_dates(text)[0])
    True

    A blog post's date before its category or author is its own too:

    >>> text = "14. Oktober 2026 · Kategorie: Programm · von Claudia Jost"
    >>> is_byline(text, scan_dates(text)[0])
    True
    """
    begin, end = mention.span
    return (bool(_BYLINE_BEFORE.search(text, max(0, begin - 62), begin)) and bool(
        _BYLINE_AFTER.match(text, end))) or bool(_POSTED_AFTER.match(text, end))


def document_date(text: str, mentions: list[DateMention]) -> DateMention | None:
    """The document's own date: a dateline, a publication note, or a date alone on a line.

    >>> document_date("Stuttgart, 12.04.2017 – Text", [])  # no mentions, no date
    """
    entries = False  # whether a date alone on its line, over its entry, came before
    for mention in mentions:
        begin, end = mention.span
        if not mention.year_known:
            continue
        if begin < _HEAD_CHARS and _segment(text, mention) and not (
                (mention.end is not None or mention.start_time is not None or _dotted_entries(
                    text, mentions, mention)) and _opens_line(text, begin)
                and not _ISSUE_AFTER.match(text, end)) and not (
                mention.end is not None and _names_its_event(text, begin)):
            return mention  # "Amtsblatt · Nr. 15 · Donnerstag, 9. April 2026", "Mittwoch,
            # 13. Mai 2026 · Seite 14", "Ausgabe 2/2026 · 22. März bis 26. April 2026"; but
            # days, or a day and its hour, opening the line are an event's: "14.–16. Oktober
            # 2026 · Congress Center", "Samstag, 10. Jänner 2026, 19.30 Uhr · Großer Saal"
        if mention.end is not None:
            continue
        before = text[max(0, begin - 60) : begin]
        if _PUBLISHED_BEFORE.search(before) or _AUTHOR_BEFORE.search(before) or (
                begin < _HEAD_CHARS and _DATE_LABEL_BEFORE.search(before)):
            return mention  # ("Datum:" in the head; further on, an info box's event date)
        if begin < _HEAD_CHARS and text.startswith("(", begin - 1) and (
            _TITLE_DATE.match(text, end) and "\n" not in text[:begin].strip()
        ):
            return mention
        if is_byline(text, mention):  # (in sports news, tables of results follow it)
            return mention
        if begin < _HEAD_CHARS and _stamped(mention) and _STAMP_AFTER.match(text, end):
            return mention  # a news page's stamp before its section: "10.03.2026, 14:52
            # Uhr | Bayern | Kultur"
        if begin >= _HEAD_CHARS:
            continue
        line_start = text.rfind("\n", 0, begin) + 1
        line_end = text.find("\n", end, end + _LINE_CHARS)
        line = text[line_start : end + _LINE_CHARS if line_end < 0 else line_end].strip()
        if (_DATELINE_BEFORE.search(before) and not _event_comma(before)) or (
                # (a clock's stamp is no event's hour: "Montag, 18. Juni 2012, 11:42 Uhr")
                line == mention.text and (mention.start_time is None or _stamped(
                    mention))  # (with a time: an
                and not _titled_below(text, line_end, mention is not mentions[0])  # event's,
                and not _in_date_list(text, line_start, line_end) and not entries):
            return mention  # "Samstag, 15.11.2025, 10 bis 16 Uhr"; over its title:
            # "SKITOUR AUF DEN SCHATZBERG"; after such an entry, another's: "Blues & Boogie
            # Night mit …")
        entries = entries or line == mention.text
    return _signed_date(text, mentions)


def _stamped(mention: DateMention) -> bool:
    """Whether a date's hour is a clock's stamp, not an event's: no event starts at 14:52."""
    return mention.start_time is not None and mention.start_time.minute % 5 != 0


def _event_comma(before: str) -> bool:
    """Whether the words before a date's comma name an event, not a place: "Sommerfest,
    4. Juli 2026" is the event's line, no dateline."""
    m = _LAST_LEAD.search(before)
    last = m.group(1).split()[-1] if m is not None else ""
    return bool(last) and is_event_noun(last) and lookup_city(last) is None  # (a town's name
    # that ends as an event noun is the town's: "Wildpark Hirschau, 20. Juli 2026")


def _signed_date(text: str, mentions: list[DateMention]) -> DateMention | None:
    """A letter's place and date on a line of its own near its end, where its head gives
    none: "Gars am Kamp, am 4. Mai 2026" over "Ihr Bürgermeister"."""
    for mention in reversed(mentions):
        if mention.span[0] < len(text) - _SIGNED_CHARS:
            return None
        line_end = text.find("\n", mention.span[1])
        lead = letter_lead(text, mention.span[0])
        if mention.year_known and mention.end is None and mention.start_time is None and (
                lead is not None and lookup_city(lead["town"]) is not None) and not text[
                mention.span[1] : len(text) if line_end < 0 else line_end].strip(" .\t"):
            return mention  # (a known town's: "Sommerfest, 4. Juli 2026" is an event's line)
    return None


_LAST_LEAD = re.compile(r"([A-ZÄÖÜ][\w-]*(?:[ \t]+[\w-]+){0,3}),[ \t]*(?:den[ \t]+)?$")
_SIGNED_CHARS = 600  # (how far from its end a letter's date stands)


def letter_lead(text: str, begin: int) -> re.Match[str] | None:
    """The place before a date at ``begin`` that is all its line holds before it, as a
    letter's or notice's place and date has: "Denzlingen, 14.10.2026", "Gars am Kamp, am 4.
    Mai 2026" (its group "town"; whether it is a known town the caller asks)."""
    return _LETTER_LEAD.fullmatch(text, text.rfind("\n", 0, begin) + 1, begin)


_LETTER_LEAD = re.compile(rf"[ \t]*(?P<town>[A-ZÄÖÜ][\w.-]*(?:[ \t-](?:{TOWN_LINK}[ \t]+)?"
                          r"[A-ZÄÖÜ][\w.-]*){0,3}),[ \t]*(?:(?:am|den)[ \t]+)?")


def _names_its_event(text: str, begin: int) -> bool:
    """Whether the line a run of days ends opens with an event noun: the event's days, not
    an issue's ("Festival für Musik und Wort · Gmunden · 10. bis 12. Juli 2026")."""
    line = text[text.rfind("\n", 0, begin) + 1 : begin]
    first = _FIRST_WORD.match(line)
    return first is not None and is_event_noun(first.group(1))


_FIRST_WORD = re.compile(r"[ \t]*([A-ZÄÖÜ][\w-]*)")


def _dotted_entries(text: str, mentions: list[DateMention], mention: DateMention) -> bool:
    """Whether other lines open with a date and a middle dot as ``mention``'s does: a list's
    entries ("Fr., 26. Juni 2026 · Zell am See" … "Sa., 11. Juli 2026 · Kaprun"), no
    masthead's date."""
    if not _DOT_AFTER.match(text, mention.span[1]):
        return False
    return any(_opens_line(text, m.span[0]) and _DOT_AFTER.match(text, m.span[1])
               for m in mentions if m is not mention)


_DOT_AFTER = re.compile(r"[ \t]*·")


# a line opening with a date: "14. November 2026", "Sa, 14.11."
_DATE_LINE = re.compile(
    r"[ \t]*(?:[A-ZÄÖÜ][a-zäöü]{1,10}\.?,?[ \t]*)?[0-9]{1,2}\.[ \t]*[0-9A-ZÄÖÜ]")


def _in_date_list(text: str, line_start: int, line_end: int) -> bool:
    """Whether a date's line stands in a list of date lines ('10. Oktober 2026' /
    '14. November 2026'): the line above or below opens with a date too."""
    above = text.rfind("\n", 0, max(0, line_start - 1)) + 1
    return (line_start > 0 and _DATE_LINE.match(text, above, line_start) is not None) or (
        line_end >= 0 and _DATE_LINE.match(text, line_end + 1) is not None)


# an issue's number after its days: "23. März bis 12. April 2026 · Nr. 6/2026"
_ISSUE_AFTER = re.compile(  # (not an age's or a price's cell: "· 6–10 Jahre · 2 €")
    r"[ \t]*[·•|][ \t]*(?:Nr\.|Nummer|Ausgabe|Heft|Jahrgang|Jg\.|Seite|S\.|[0-9](?![0-9]*[ \t]*"
    r"(?:[–-]|bis|Jahre|€|Euro|Fr\.|CHF)))")


def _opens_line(text: str, begin: int) -> bool:
    return not text[text.rfind("\n", 0, begin) + 1 : begin].strip()


def _titled_below(text: str, line_end: int, listed: bool = False) -> bool:
    """Whether the line right under a date's line names an event, as a programme's entry
    has its title under its date ('Sa., 17. Jänner 2026' / 'SKITOUR AUF DEN SCHATZBERG'),
    or gives its hours ('Mittwoch, 22. April 2026' / 'Einlass 18.30 Uhr, Beginn 19 Uhr')."""
    if line_end < 0:
        return False
    if listed and text.startswith("\n\n", line_end) and not text.startswith("\n", line_end + 2):
        line_end += 1  # (a page's date over its entry's heading, a blank line between, after
        # other dates: "Sa, 08.08.2026" / "" / "Lichterfest am Lechfall – entfällt"; the
        # first date of a page over its headline is the page's: "24.02.2025" / "" / "Große …")
    below_end = text.find("\n", line_end + 1, line_end + 1 + _LINE_CHARS)
    below = text[line_end + 1 : below_end if below_end >= 0 else line_end + 1 + _LINE_CHARS]
    return bool(below.strip()) and not below.rstrip().endswith(".") and (any(
        is_event_noun(w.capitalize() if w.isupper() else w) for w in _WORD.findall(below))
        or _HOURS_BELOW.match(below) is not None  # its hours: "Einlass 18.30 Uhr, Beginn …"
        or TITLED_SPEAKER.match(below) is not None)  # its speaker: "Prof. Dr. Miriam Adelhardt …"


_HOURS_BELOW = re.compile(
    rf"[ \t]*(?:(?:{'|'.join((*DOORS_WORDS, *START_WORDS))}|ab|um|von)[ \t]*:?[ \t]*)?"
    r"[0-9]{1,2}(?:[:.][0-9]{2})?(?:[ \t]*(?:–|-|bis)[ \t]*[0-9]{1,2}(?:[:.][0-9]{2})?)?[ \t]*Uhr")


_SEGMENT_MARKS = "·•"  # (not "|": a table row's date is no issue's)
_FIRST_LINE_MARKS = "·•|"


# a newspaper's page number: "Seite 14", "S. 9"
PAGE_NUMBER = r"(?:Seite|S\.)[ \t]*[0-9]{1,3}"
_PAGE_AFTER = re.compile(rf"[–—-][ \t]*{PAGE_NUMBER}[ \t]*(?:\n|$)")


# an issue's number before a dash and its date: "Ausgabe 12/2026 – Donnerstag, 19. März 2026"
_ISSUE_YEAR = re.compile(r"(?<![\w-])" + _ISSUE_WORD + r"[ \t]+[0-9]{1,3}/"
                         r"(?P<year>(?:19|20)[0-9]{2})(?![0-9])")  # ("Ausgabe 12/2026")
_ISSUE_NUMBER_BEFORE = re.compile(_ISSUE_WORD + r"[ \t]+[0-9]{1,3}(?:/[0-9]{2,4})?"
                                  r"[ \t]*$")


def _segment(text: str, mention: DateMention) -> bool:
    """Whether a date is a part of its own in a line of parts set apart by '·', as a
    newspaper's or a newsletter's head line writes its issue's date. (Read from the
    characters around it, not by copying its line: this is asked of every date of a head.)"""
    begin, end = mention.span
    before = begin - 1
    while before >= 0 and text[before] in " \t":
        before -= 1
    after = end
    while after < len(text) and text[after] in " \t":
        after += 1
    # (on the text's first line a "|" sets parts apart too: "Weinviertler Rundschau | Region
    # Retz | 14.04.2026, 06:00"; below it, a table's rows)
    first_line = text.find("\n", 0, begin) < 0
    marks = _FIRST_LINE_MARKS if first_line else _SEGMENT_MARKS
    # (or, on the first line, a wide gap: "UNTERLÄNDER ANZEIGER        Mittwoch, 29. Oktober 2025")
    mark_before = before >= 0 and (text[before] in marks or (first_line and begin - before > 3)
                                   or (text[before] in "–—" and _ISSUE_NUMBER_BEFORE.search(
                                       text, max(0, before - 30), before) is not None))
    mark_after = after < len(text) and (text[after] in marks or _PAGE_AFTER.match(
        text, after) is not None)  # ("Samstag, 17. Oktober 2026 – Seite 14")
    return (mark_before or before < 0 or text[before] == "\n") and (
        mark_after or after == len(text) or text[after] == "\n") and (mark_before or mark_after)


def document_period(text: str) -> dt.date | None:
    """The first day of the period a line of the document's head names as its own, when
    the document has no date: "Pfarrbrief Jänner/Februar 2026" → 2026-01-01, "Programm
    Herbst 2025" → 2025-09-01, "Winter 2025/26" → 2025-12-01.

    >>> document_period("PFARRE MONDSEE\\nPfarrbrief Jänner/Februar 2026\\n\\nLiebe …")
    datetime.date(2026, 1, 1)
    >>> document_period("Kommunalwahl im Mai 2026\\n\\nDie Wahl …") is None
    True
    """
    for m in _PERIOD_LINE.finditer(text, 0, min(len(text), _HEAD_CHARS)):
        if _PERIOD_PREPOSITION.search(m["lead"]) and not _TOWN_IM.fullmatch(
                _LEAD_SEPARATOR.split(m["lead"])[-1]):
            continue  # (but a letter's dateline: "Schwäbisch Hall, im Februar 2026", after
            # its bulletin's number too: "Mitteilungsblatt 1/2026 · Schwaz, im Februar 2026")
        word, year = m["period"], int(m["year"])
        begun = _PERIOD_BEGUN.search(m["lead"])
        listed = _PERIOD_LISTED.search(m["lead"])
        if begun is not None:  # a span of months: "Ausgabe Dezember 2025 – Februar 2026"
            word, year = begun["period"], int(begun["year"])
        elif listed is not None:  # "Mai · Juni · Juli 2027": from May
            first = _PERIOD_MONTHS[listed["period"]]
            word, year = listed["period"], year - (first > _PERIOD_MONTHS[word])
        month = _PERIOD_MONTHS[word]
        if word.capitalize() == "Winter" and m["next"] is None:
            month = 1  # "Winter 2026": the winter the year begins in
        return dt.date(year, month, 1)
    head_end = min(len(text), _HEAD_CHARS)
    issue = _ISSUE_MONTH.search(text, 0, head_end) if text.find("/", 0, head_end) >= 0 else None
    if issue is not None:  # "Quartier-Info – Ausgabe 3/2026 (September)"
        return dt.date(int(issue["year"]), _PERIOD_MONTHS[issue["month"]], 1)
    part = _PART_OF_YEAR.search(text, 0, min(len(text), _HEAD_CHARS))
    if part is not None:  # "Wanderplan 2. Halbjahr 2025", "Programm im ersten Halbjahr 2026"
        which = int(part["n"]) if part["n"] else _ORDINAL_WORDS[part["w"][:5].lower()]
        months = 6 if part["kind"].lower() == "halbjahr" else 3
        return dt.date(int(part["year"]), 1 + (which - 1) * months, 1)
    return None


# a head line's half or quarter of a year: "2. Halbjahr 2025", "im ersten Halbjahr 2026",
# "3. Quartal 2026"
_ORDINAL_WORDS = {"erste": 1, "zweit": 2, "dritt": 3, "viert": 4}
_PART_OF_YEAR = re.compile(
    r"^[^\n]{0,60}?(?:(?P<n>[1-4])\.|(?P<w>(?i:erste|zweite|dritte|vierte)(?i:[ns])?))"
    r"[ \t]+(?P<kind>(?i:Halbjahr|Quartal))(?i:es)?[ \t]+(?P<year>(?:19|20)[0-9]{2})\b",
    re.MULTILINE)


def programme_year(text: str) -> int | None:
    """The year a head line names a programme for, when the document has no date: all its
    days are that year's ('STEYRER ORGELSOMMER 2026', 'FERIENPROGRAMM SOMMER 2026')."""
    for m in _PROGRAMME_YEAR.finditer(text, 0, min(len(text), _HEAD_CHARS)):
        if _PROGRAMME_WORD.search(m["lead"] if m["tail"] is None else m["tail"]) and (
                not _PERIOD_PREPOSITION.search(m["lead"])):
            return int(m["year"])
    return None


def document_season(text: str) -> int | None:
    """The first year of the season spanning the new year that the document's head names
    ("Spielzeit 2025/26" → 2025): its dates from August on are of that year, the others of
    the next.

    >>> document_season("LANDESBÜHNEN\\nSpielzeit 2025/26 – Die Premieren")
    2025
    """
    m = _SEASON_SPAN.search(text, 0, min(len(text), _HEAD_CHARS))
    return int(m["year"]) if m else None


# the perfect: "haben … mehr als 6.000 Menschen die Mühlen besucht", "hat … gefeiert", a
# separable verb's participle too: "hat … zugestimmt", "haben … teilgenommen"
_PERFECT = re.compile(
    r"\b(?:hat|haben)\b(?:[^.;:]|\.(?=[0-9])){0,160}?\b(?:(?:ab|an|auf|aus|bei|ein|fest|mit|nach"
    r"|teil|vor|zu|zurück|zusammen)?ge[a-zäöüß]{3,}(?:t|en)|"
    + "|".join(PERFECT_PARTICIPLES) + r")\b")


# the perfect with "sein" of a verb of coming and going: "ist am 28. Juli in seinen
# Heimathafen zurückgekehrt" (not "ist geplant", "ist geöffnet": states, no past)
_SEIN_PERFECT = re.compile(
    r"\b(?:ist|sind)\b[^;:]{0,160}?\b(?:" + "|".join(SEIN_PARTICIPLES) + r")\b")


def tense(sentence: str) -> int:
    """-1 for a report of the past, +1 for an announcement, 0 when the sentence doesn't say.

    >>> tense("Am 11. Juli trafen sich Vertreter in Wetzlar.")
    -1
    >>> tense("Die Messe findet am 5. Mai statt.")
    1
    """
    words = _WORD.findall(sentence)
    past = sum(w in _PAST for w in words) + (_PERFECT.search(sentence) is not None)
    future = sum(w in _FUTURE for w in words)
    if _SEIN_PERFECT.search(sentence) is not None:  # "ist … zurückgekehrt": its "ist" is
        past, future = past + 1, future - 1  # the perfect's, no announcement's
    if past == future:
        return 0
    return -1 if past > future else 1


def clear_tense(sentence: str) -> int:
    """-1 or +1 where every tense cue of the sentence points the same way, the copulas and
    modals ('ist', 'kann') counting for neither; 0 otherwise. A weekday said without its
    date needs this much: news tell of the past in verbs no list holds ('Am Dienstag kam
    es zu …').

    >>> clear_tense("Am Sonntag gab der Ausschuss bekannt, dass er zuständig ist.")
    -1
    >>> clear_tense("Am Sonntag ist es so weit.")
    0
    """
    words = [w for w in _WORD.findall(sentence) if w not in _TENSELESS]
    past = sum(w in _PAST or w in _MODAL_PAST for w in words) + (
        _PERFECT.search(sentence) is not None) + (_SEIN_PERFECT.search(sentence) is not None)
    passive = any(w in _PASSIVE_PAST for w in words)  # ("wurde … eröffnet")
    future = sum((w in _FUTURE or w in _MODAL_PRESENT) and not (
        passive and w in _PARTICIPLES) for w in words)
    if past and not future:
        return -1
    return 1 if future and not past else 0


def verb_tense(word: str) -> int:
    """The time a finite verb's form tells: -1 for a past form (a cue, or weak: "stürzte",
    "meldeten"), +1 for the present's third person, which in news tells of what is to come
    ("zieht", "bietet", "setzt"); 0 for any other word or an auxiliary.

    >>> [verb_tense(w) for w in ("zieht", "stürzte", "meldeten", "berichten", "hielt", "ist")]
    [1, -1, -1, 0, 0, 0]
    """
    if not word.isalpha() or not word.islower() or word in _AUXILIARIES:
        return 0
    if word in _PAST or word in _MODAL_PAST or word.endswith("te") or (
            word.endswith("eten") and not word.endswith("treten")):
        return -1  # (not "-ten" alone: "berichten", "starten" are the present's plural)
    if word in _FUTURE or (word.endswith("t") and len(word) > 3 and not word.endswith(
            PAST_T_ENDINGS)):
        return 1
    return 0


def year_near(day: Day, reference: dt.date, direction: int, weekday: int | None,
              last: Day | None = None) -> int | None:
    """The year that puts ``day`` nearest ``reference`` (at most a year away) in
    ``direction`` (-1 past, +1 future, 0 either), matching ``weekday`` if one is stated.
    An event from ``day`` to ``last`` that is under way on ``reference`` is at distance 0,
    in either direction: it has begun, and it has not yet ended.

    >>> year_near(Day(None, 7, 11), dt.date(2016, 9, 1), -1, None)
    2016
    >>> year_near(Day(None, 1, 5), dt.date(2016, 12, 1), 1, None)
    2017
    >>> year_near(Day(None, 9, 25), dt.date(2020, 1, 1), 1, 4)  # Freitag, 25. September
    2020
    >>> year_near(Day(None, 9, 25), dt.date(2021, 1, 1), 1, 4) is None  # a Saturday in 2021
    True
    >>> year_near(Day(None, 12, 27), dt.date(2005, 12, 29), 1, None, Day(None, 12, 30))
    2005
    """
    candidates: list[tuple[int, int]] = []
    for year in range(reference.year - 1, reference.year + 2):
        if day.month == 2 and day.day == 29 and not _leap(year):
            continue
        date = dt.date(year, day.month, day.day)
        if weekday is not None and date.weekday() != weekday:
            continue
        ahead = (date - reference).days  # > 0: begins after the reference
        behind = ahead if last is None else (_end_date(date, last) - reference).days
        if (direction < 0 < ahead) or (behind < 0 < direction):
            continue
        distance = ahead if ahead > 0 else max(0, -behind)
        if distance > 366:
            continue
        candidates.append((distance, year))
    return min(candidates)[1] if candidates else None


def _end_date(start: dt.date, last: Day) -> dt.date:
    """The date of a year-less range's ``last`` day, the first on or after ``start``."""
    year = start.year + ((last.month, last.day) < (start.month, start.day))
    if last.month == 2 and last.day == 29 and not _leap(year):
        return dt.date(year, 3, 1)
    return dt.date(year, last.month, last.day)


def _leap(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _with_year(mention: DateMention, year: int) -> DateMention | None:
    start = mention.start.with_year(year)
    if start.month == 2 and start.day == 29 and not _leap(year):
        return None
    if mention.weekday is not None and dt.date(year, start.month, start.day).weekday() != (
        mention.weekday
    ):
        return None
    end = mention.end
    if end is not None:
        end_year = year + (1 if (end.month, end.day) < (start.month, start.day) else 0)
        if end.month == 2 and end.day == 29 and not _leap(end_year):
            return None
        end = end.with_year(end_year)
    return replace(mention, start=start, end=end)


def contradicted(mention: DateMention) -> bool:
    """Whether the stated weekday is not the weekday of the stated date."""
    date = mention.start.date()
    return date is not None and mention.weekday is not None and date.weekday() != mention.weekday


def _without_year(mention: DateMention) -> DateMention:
    end = mention.end
    return replace(
        mention,
        start=Day(None, mention.start.month, mention.start.day),
        end=None if end is None else Day(None, end.month, end.day),
    )


def _covered_days(mentions: list[DateMention]) -> dict[tuple[int, int], set[int]]:
    """(month, day) → the years dated mentions give it, ranges included day by day."""
    covered: dict[tuple[int, int], set[int]] = {}
    for m in mentions:
        first = m.start.date()
        assert first is not None
        last = m.end.date() if m.end is not None else None
        days = 0 if last is None or (last - first).days > _COVER_DAYS else (last - first).days
        for i in range(days + 1):
            d = first + dt.timedelta(days=i)
            covered.setdefault((d.month, d.day), set()).add(d.year)
    return covered


@dataclass
class _Document:
    """Facts about one document that year resolution looks up, each computed once."""

    text: str
    spans: list[tuple[int, int]]
    given: Sentences | None = None  # the caller's split of the same text, shared
    tenseless: bool = False  # whether the document's date is a run of days (see Years)
    _years: dict[tuple[int, int], int | None] = field(default_factory=dict)
    _tenses: dict[tuple[int, int], int] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self._inside = sorted(self.spans)

    @cached_property
    def sentences(self) -> Sentences:
        return Sentences(self.text) if self.given is None else self.given

    @cached_property
    def heading(self) -> tuple[int, int] | None:
        return self.sentences.heading()

    def lone_year(self, sentence: tuple[int, int]) -> int | None:
        """The one year stated alone in a sentence ('Kongress 2016'), outside any date and
        not the edge of a span ('seit 2010', 'für 2016 geplant'), nor a work's year in
        parentheses ('NOSFERATU (1922)': the film's, no screening's)."""
        if sentence not in self._years:
            text = self.text
            found = [m for m in _LONE_YEAR.finditer(text, *sentence)
                     if not self._in_mention(m.start()) and not (
                         text[m.start() - 1 : m.start()] == "(" and text[m.end() : m.end() + 1]
                         == ")")]
            years = {int(m.group(0)) for m in found} - self.founded
            spans = any(_SPAN_BEFORE.search(self.text, max(0, m.start() - 20), m.start())
                        for m in found)  # ("nach 2015 und 2016": both are the span's)
            self._years[sentence] = years.pop() if len(years) == 1 and not spans else None
        return self._years[sentence]

    @cached_property
    def founded(self) -> set[int]:
        """The years the text says something was founded in ('Unser Verein wurde 1921
        gegründet', 'gegründet 1889', 'Gründungsjahr 1921'): a club's name holds its year
        ('SV Kleve-Kellen 1921'), which dates none of its events."""
        if "ründ" not in self.text:
            return set()
        return {int(m["year"] or m["year2"]) for m in _FOUNDED.finditer(self.text)}

    def _in_mention(self, pos: int) -> bool:
        i = bisect.bisect_right(self._inside, (pos, len(self.text) + 1)) - 1
        return i >= 0 and self._inside[i][0] <= pos < self._inside[i][1]

    def tense_at(self, pos: int) -> int:
        sentence = self.sentences.at(pos)
        if sentence not in self._tenses:
            self._tenses[sentence] = tense(self.text[sentence[0] : sentence[1]])
        return self._tenses[sentence]

    @cached_property
    def period(self) -> dt.date | None:
        return document_period(self.text)

    @cached_property
    def programme_year(self) -> int | None:
        return programme_year(self.text)

    @cached_property
    def season(self) -> int | None:
        return document_season(self.text)

    def stated_year(self, pos: int, month: int) -> int | None:
        """A lone year in the mention's sentence, else in the headline (unless the head
        names the document's period: "Pfarrbrief Jänner/Februar 2026" tells the time of
        writing, from which a report's "fand am 29. November statt" is the year before);
        a span of two years there is a season's, from August to July ("WS 2026/27")."""
        sentence = self.sentences.at(pos)
        year = self.lone_year(sentence) or self._season_year(sentence, month)
        if year is None and self.heading is not None and self.period is None:
            year = self.lone_year(self.heading) or self._season_year(self.heading, month)
        return year

    def _season_year(self, sentence: tuple[int, int], month: int) -> int | None:
        spans = {int(m["year"]) for m in _YEAR_SPAN.finditer(self.text, *sentence)}
        return spans.pop() + (month < _SEASON_START) if len(spans) == 1 else None


def resolve_years(text: str, mentions: list[DateMention], reference: dt.date | None = None,
                  sentences: Sentences | None = None) -> list[DateMention]:
    """Fill in the years the document implies; leave the rest unknown. A caller that has
    split ``text`` into ``sentences`` already passes them, so no line is split twice.

    >>> [m.start_str() for m in resolve_years("", [DateMention((0, 0), "", Day(2014, 11, 5),
    ...                                                        weekday=1)])]
    ['--11-05']
    """
    years = Years(text, mentions, reference, sentences)
    return [years.at(i) for i in range(len(mentions))]


class Years:
    """The mentions of a document with the years it implies, each resolved when first asked
    for: most dates of a news text are no event's, and need no year (what resolving reads
    of the document is read once, and only if a mention is asked for).

    >>> from calendarize.dates import scan_dates
    >>> text = "Stuttgart, 12.04.2017 – Die Tagung findet am 20. Mai statt."
    >>> Years(text, scan_dates(text), None).at(1).start_str()
    '2017-05-20'
    """

    def __init__(self, text: str, mentions: list[DateMention], reference: dt.date | None,
                 sentences: Sentences | None = None) -> None:
        self._text = text
        self._mentions = mentions
        self._reference = reference
        self._sentences = sentences
        self._done: dict[int, DateMention] = {}

    def at(self, i: int) -> DateMention:
        """Mention ``i`` with its year filled in, if the document implies one."""
        mention = self._mentions[i]
        if mention.year_known and not contradicted(mention):
            return mention
        if i not in self._done:
            # a year its weekday contradicts is dropped, not guessed again
            exposed = self._exposed[i]
            done = exposed if mention.year_known else (
                self._listed(i) or self._chained(i) or _resolve(exposed, *self._context))
            if not done.year_known and exposed.weekday is not None and self._context[2] is None:
                done = self._weekday_year(exposed) or done
            self._done[i] = done
        return self._done[i]

    def _weekday_year(self, mention: DateMention) -> DateMention | None:
        """A year-less date with its weekday in the one year the document states that has
        that day on that weekday ('Dienstag, 31. März' in a newsletter whose other dates are
        of 2026, when 31 March 2026 is a Tuesday); None if no such year, or several."""
        fits = [filled for year in self._stated_years if (filled := _with_year(mention, year))]
        return fits[0] if len(fits) == 1 else None

    @cached_property
    def _stated_years(self) -> list[int]:
        """The years the document's dates state, and those it writes alone next to one of
        them ("Das Stadtfest 2026 …" beside "vom 11. bis 13. Juni 2027"), in order; with no
        date's year, those around the year of the issue its head numbers: read once, not
        per date."""
        dated = {m.start.year for m in self._exposed if m.year_known and m.start.year}
        if not dated and (issue := _ISSUE_YEAR.search(self._text, 0, _HEAD_CHARS)) is not None:
            # an issue's number and year in the head ("Mitteilungsblatt · Ausgabe 12/2026"):
            # its dates are of the year before, that year or the next
            year = int(issue["year"])
            return [year - 1, year, year + 1]
        alone = {int(m.group(0)) for m in _LONE_YEAR.finditer(self._text)} if dated else set()
        return sorted(dated | {y for y in alone if any(abs(y - d) <= 1 for d in dated)})

    def _listed(self, i: int) -> DateMention | None:
        """Mention ``i`` in the year of the list of date lines it goes on: each line one
        date, in the order of the calendar, the first with its year ("Premiere: Freitag, 6.
        März 2026, 20.00 Uhr" / "Samstag, 7.3., 20.00 Uhr" / "Sonntag, 8.3., 17.00 Uhr");
        None under no such list, or where the weekday stated contradicts the year."""
        exposed = self._exposed
        later = exposed[i]
        if not self._opens_line(later):
            return None
        year_on = 0  # (a list from December into January: the years after the first line's)
        for k in range(i - 1, -1, -1):
            before = exposed[k]
            if before.end is not None or not self._opens_line(before) or self._text.count(
                    "\n", before.span[1], later.span[0]) != 1:
                return None  # (no date line right above it, or a range: no list of days)
            if (later.start.month, later.start.day) < (before.start.month, before.start.day):
                if (before.start.month, later.start.month) != (12, 1):
                    return None
                year_on += 1
            if before.year_known and before.start.year is not None:
                return _with_year(exposed[i], before.start.year + year_on)
            later = before
        return None

    def _chained(self, i: int) -> DateMention | None:
        """Mention ``i`` in the year of the day before it in one enumeration, in the order
        of the calendar ("am 17. Mai, 14. Juni, 12. Juli, 9. August und 13. September": not
        the 9 August of the year before, nearer a February dateline); None for a first day,
        a day earlier in the year than the one before, or one its weekday contradicts (the
        days of one list are one mention's span each, or spans with a comma between)."""
        if i == 0:
            return None
        before, later = self._exposed[i - 1], self._exposed[i]
        if before.end is not None or before.relative or (before.span != later.span and (
                not _ENUMERATION.fullmatch(self._text, before.span[1], later.span[0]))) or (
                later.start.month, later.start.day) <= (before.start.month, before.start.day):
            return None
        year = self.at(i - 1).start.year
        return _with_year(later, year) if year is not None else None

    def _opens_line(self, mention: DateMention) -> bool:
        """Whether a mention opens its line, after at most a bullet or a label ("Premiere:
        Freitag, 6. März"): a list's date line, no date inside a paragraph's sentence."""
        start = mention.span[0]
        return start - (self._text.rfind("\n", 0, start) + 1) <= _LINE_LEAD

    @cached_property
    def _exposed(self) -> list[DateMention]:
        """The mentions, those whose weekday contradicts their year without the year."""
        return [_without_year(m) if contradicted(m) else m for m in self._mentions]

    @cached_property
    def _context(self) -> tuple[_Document, dict[tuple[int, int], set[int]], dt.date | None]:
        mentions = self._exposed
        dateline = document_date(self._text, [m for m in mentions if not m.relative])
        # (an issue's days, "22. März bis 26. April 2026", are no time of writing: a date is
        # put nearest them, whatever the tense)
        doc = _Document(self._text, [m.span for m in mentions], self._sentences,
                        tenseless=dateline is not None and dateline.end is not None)
        covered = _covered_days([m for m in mentions if m.year_known and not m.relative])
        if dateline is not None:
            return doc, covered, dateline.start.date()
        if doc.season is not None or (doc.period is None and doc.programme_year is not None):
            return doc, covered, None  # (_resolve reads the season or the programme's year)
        return doc, covered, doc.period or self._reference


def _resolve(mention: DateMention, doc: _Document, covered: dict[tuple[int, int], set[int]],
             anchor: dt.date | None) -> DateMention:
    years = covered.get((mention.start.month, mention.start.day), set())
    if mention.end is not None:  # a range takes the year of a range that covers all of it:
        # "am 12. und 13. Juli" is not the "11. und 12. Juli 2026" of next year's meeting
        years = years & covered.get((mention.end.month, mention.end.day), set())
    filled = _with_year(mention, next(iter(years))) if len(years) == 1 else None
    if filled is not None and anchor is not None and filled.start.year is not None and abs(
            filled.start.year - anchor.year) > 1 and doc.tense_at(mention.span[0]) >= 0:
        filled = None  # a day stated years before the text's date is no year-less day's that
        # the text does not tell of in the past: "Am 4. Dezember 1989 besetzten Bürger …" /
        # "Zum Jahrestag der Besetzung bietet die Gedenkstätte am 4. Dezember um 17 Uhr …"
    if filled is None:  # (the stated year is read only when the covered one does not do)
        year = doc.stated_year(mention.span[0], mention.start.month)
        filled = _with_year(mention, year) if year is not None else None
    if filled is not None:
        return filled
    if doc.season is not None and (anchor is None or 0 <= anchor.year - doc.season <= 1):
        # "Spielzeit 2025/26", no dateline (or its date of print: "Schuljahr 2026/27" …
        # "Stand: 1. Juli 2026", whose "So 04.07." is the season's last July, 2027)
        year = doc.season + (mention.start.month < _SEASON_START)
        return _with_year(mention, year) or mention
    if doc.programme_year is not None and (anchor is None or 0 <= (
            doc.programme_year - anchor.year) <= 1):  # "STEYRER ORGELSOMMER 2026" (under
        # its date of print too: "JAHRESPROGRAMM 2026" … "Stand: 20. November 2025")
        return _with_year(mention, doc.programme_year) or mention
    if anchor is not None and anchor == doc.period and mention.start.month == anchor.month:
        # a day of the period's own month is in its year, whatever the tense: "Vereinsnews
        # Dezember 2025" / "… Weihnachtsfeier, die am 13. Dezember … stattfand"
        filled = _with_year(mention, anchor.year)
        if filled is not None:
            return filled
    if anchor is not None:
        direction = 0 if doc.tenseless else doc.tense_at(mention.span[0])
        if _SINCE_BEFORE.search(doc.text, max(0, mention.span[0] - 12), mention.span[0]):
            direction = -1  # "Seit 1. März ist der Zoo täglich geöffnet"
        year = year_near(mention.start, anchor, direction, mention.weekday, mention.end)
        if year is None and direction and mention.weekday is not None:
            # a day within weeks of the anchor, on the weekday stated, is that day, though the
            # sentence's tense points the other way ("Nach dem Tag des Artenschutzes am
            # Sonntag, 1. März, … geht es in den kommenden Wochen weiter", dated 10.03.2026)
            near = year_near(mention.start, anchor, 0, mention.weekday, mention.end)
            if near is not None and abs((dt.date(near, mention.start.month, mention.start.day)
                                         - anchor).days) <= _WEEKDAY_NEAR_DAYS:
                year = near
        filled = _with_year(mention, year) if year is not None else None
        if filled is not None:
            return filled
    return mention


_ENUMERATION = re.compile(r"[ \t]*(?:,|und|sowie)[ \t]*")  # (between days in one list)
_SINCE_BEFORE = re.compile(r"\b[Ss]eit(?:[ \t]+dem)?[ \t]+$")
