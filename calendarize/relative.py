"""Days a dated text names relative to its own date: 'heute', 'morgen', 'am Sonntag'.

A newspaper's local page dated "Freitag, 8. September 2017" says "heute um 20 Uhr",
"morgen, Samstag" and "am Sonntag ab 10 Uhr"; a Monday's report says "strömten am
Sonnabend und Sonntag". Each such word is a day only against the document's own date
(``years.document_date``), which the caller passes in; without one it names none.

A weekday is read only where its day is certain: after a lead word ("am", "für",
"bis", "kommenden"), on a day other than the document's own weekday (unless a run of days
read before it in its paragraph holds that weekday: "Von heute bis Sonntag … Am Freitag
ab 18 Uhr"), and not after a date written out in its paragraph, to which it may belong
("Das Fest beginnt am Freitag, 12. Juni. Am Samstag folgt …"). Which way it points is
its modifier's ("kommenden", "vergangenen") or else its clause's tense, where every cue of
the clause agrees (``years.clear_tense``), and where no cue tells, the form of the verb
right after a day opening its sentence ("Am Sonntag um 14 Uhr bietet …": ahead; "Am
Dienstag erklärte …": behind) or of a present-tense verb right before its lead ("Die U20
bestreitet am Sonntag …"); a weekday attached to a noun ("die Vertrauensfrage am Freitag")
is read only with a modifier, its clause's verb being another's, unless the noun is the
subject after a verb pointing ahead ("lädt die Zunft am Mittwoch …"). "heute" beside a
word of contrast ("früher", "inzwischen") is nowadays. The day words as adjectives name
their day before a weekday that agrees ("am gestrigen Freitag", which counts on the text's
own weekday too: "am heutigen Montag") or before a part of the day ("am heutigen Abend");
"Morgen" opening a sentence is tomorrow only with its weekday after it ("Morgen, Samstag,
…"). A week named by its modifier makes the weekday that calendar week's, whatever the
tense: "nächste Woche Dienstag", "am Mittwoch der kommenden Woche", "Montag letzter Woche".
A day adjective before an event's noun is that event's day: "bei der gestrigen
Jahreshauptversammlung", "beim morgigen Konzert" (not "bis zum heutigen Tag").

A week's programme names its days by weekday alone under the week's run written out
("13.07. – 19.07.2026" / "MONTAG" / "09.30 Uhr  Geführte Wanderung …"): those weekdays are
the run's days, dateline or not (``week_days``).

>>> import datetime as dt
>>> from calendarize.dates import scan_dates
>>> text = "Freitag, 8. September 2017\\n\\nDie Band spielt morgen um 20 Uhr im Zelt."
>>> [(m.text, m.start_str()) for m in relative_days(text, scan_dates(text)[0], [])]
[('morgen um 20 Uhr', '2017-09-09T20:00')]
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import replace

from .dates import times_after
from .layout import item_text, line_around
from .model import DateMention, Day
from .nouns import is_event_noun
from .vocabulary import (
    NOWADAYS_CUES,
    RELATIVE_DAY_ADJECTIVES,
    RELATIVE_DAY_WORDS,
    RELATIVE_FUTURE_WORDS,
    RELATIVE_PAST_WORDS,
    RELATIVE_THIS_WORDS,
    WEEKDAY_LEADS,
    WEEKDAYS,
)
from .years import clear_tense, verb_tense

_WEEKDAY_NAMES = sorted((w for w in WEEKDAYS if len(w) > 2), key=len, reverse=True)
_PARTS = r"(?:abend|nachmittag|vormittag|mittag|morgen|nacht)"  # "Samstagabend"
# a day word, or a weekday (with its part of the day) after its lead and modifier; the
# lead words are checked in code (_LEAD_BEFORE), the modifier is read here
# a day word as an adjective: before a weekday it is a modifier, before a part of the day
# ("am gestrigen Abend"; not "Tag": "bis zum heutigen Tag") the day itself
_ADJECTIVE = "(?:" + "|".join(sorted(RELATIVE_DAY_ADJECTIVES, key=len, reverse=True)) + \
    ")(?:e|en|er|es|em)"
# a week named by its modifier, before or after its weekday: "nächste Woche Dienstag",
# "am Mittwoch der kommenden Woche" (the weekday of that calendar week)
_STEMS = "(?:" + "|".join(f"[{w[0]}{w[0].upper()}]{w[1:-2]}"
                          for w in (*RELATIVE_FUTURE_WORDS, *RELATIVE_PAST_WORDS)) + ")"
_WEEK_BEFORE = _STEMS + r"(?:e|en)?[ \t\n]{1,3}Woche"
_WEEK_AFTER = re.compile(r"[ \t\n]{1,3}(?:der[ \t\n]{1,3})?(" + _STEMS + r")(?:en|er)[ \t\n]{1,3}"
                         r"Woche(?![\w-])")
_FUTURE_STEMS = tuple(w[:-2] for w in RELATIVE_FUTURE_WORDS)
_MODIFIERS = (*RELATIVE_FUTURE_WORDS, *RELATIVE_PAST_WORDS, *RELATIVE_THIS_WORDS, _ADJECTIVE,
              _WEEK_BEFORE)
_DAY = re.compile(
    r"(?<![\w-])(?:(?P<adj>" + _ADJECTIVE + r")[ \t\n]{1,3}(?P<part>"
    r"Abend|Vormittag|Nachmittag|Mittag|Morgen|Nacht)|(?:(?P<mod>" + "|".join(_MODIFIERS)
    + r")[ \t\n]{1,3})?(?:(?P<word>" + "|".join(RELATIVE_DAY_WORDS) + r")|(?P<wd>"
    + "|".join(_WEEKDAY_NAMES) + r")" + _PARTS + r"?)"
    # (before an event's noun, the event's day: "bei der gestrigen Jahreshauptversammlung")
    r"|(?P<eventday>" + _ADJECTIVE + r")(?=[ \t\n]{1,3}(?P<noun>[A-ZÄÖÜ][\w-]{2,60})))(?![\w-])")
# Where a day word can stand, found by plain substring searches: an alternation of words
# scans text several times slower than one ``str.find`` per word. Each word without its
# first letter (either case), the weekdays in "-tag" by that ending, leaving out those
# inside another ("orgen" in "übermorgen").
_PIECES = {"tag" if w.endswith("tag") else w[1:]
           for w in RELATIVE_DAY_WORDS + tuple(_WEEKDAY_NAMES) + tuple(RELATIVE_DAY_ADJECTIVES)}
_ANCHORS = tuple(sorted(a for a in _PIECES if not any(b != a and b in a for b in _PIECES)))
_MODIFIER_BEFORE = re.compile(r"(?<![\w-])(?:" + "|".join(_MODIFIERS) + r")[ \t\n]{1,3}$")
# what joins a second day to the first: a run ("bis", "–") or a pair ("und")
_JOIN = re.compile(r"[ \t\n]{1,3}(?P<join>bis(?:[ \t\n]{1,3}(?:zum|einschließlich))?|und|–|-)"
                   r"[ \t\n]{1,3}")
# (its comma may be left out, as Swiss papers do: "Morgen Samstag verwandelt sich …")
_APPOSITION = re.compile(r",?[ \t\n]{1,3}(?P<wd>" + "|".join(_WEEKDAY_NAMES) + r")(?![\w-]),?")
_AM = re.compile(r"am[ \t\n]{1,3}")
_ALSO_BEFORE = re.compile(r"(?<![\w-])(?:sowie|und)[ \t\n]{1,3}(?:am|ab)[ \t\n]{1,3}$")
_SENTENCE_END = re.compile(r"[.!?](?=[ \t\n])|\n\n")
_EACH_AFTER = re.compile(r"[ \t\n]{1,3}jeweils(?![\w-])")
_PART_AFTER = re.compile(r"[ \t\n]{1,3}(?:[Ff]rüh|Abend|Nachmittag|Vormittag|Mittag|Nacht)"
                         r"(?![\w-])")
# (not an hour: "am Samstag (14 Uhr)")
_DATE_AFTER = re.compile(r"[ \t\n]{0,3}[,(]?[ \t\n]{0,3}(?:de[nm][ \t\n]{1,3})?"
                         r"(?![0-9]{1,2}(?:[.:][0-9]{2})?[ \t]{0,3}Uhr)[0-9]")
# a day an event was set for: "die für heute geplante Fackelwanderung", "ihr für morgen
# angesetztes Rennen", "die für heute, 19.30 Uhr, geplante Versammlung"
_FOR_BEFORE = re.compile(r"(?<![\w-])für[ \t\n]+$")
_PLANNED_AFTER = re.compile(
    r"(?:[ \t\n]*,[^,.\n]{1,25},)?[ \t\n]+(?:[a-zäöü]+[ \t\n]+)?(?:geplant|angesetzt|vorgesehen"
    r"|angekündigt|terminiert|anberaumt)(?:e|er|es|en|em)?(?![\w-])")
_LEAD_BEFORE = re.compile(r"(?<![\w-])(?:" + "|".join(WEEKDAY_LEADS) + r")[ \t\n]{1,3}$",
                          re.IGNORECASE)
_FROM_BEFORE = re.compile(r"(?<![\w-])[Vv]o[nm][ \t\n]{1,3}$")
_TO_AFTER = re.compile(r"[ \t\n]{1,3}bis[ \t\n]{1,3}")
_NOT_TODAY_BEFORE = re.compile(r"(?<![\w-])(?:bis|von|seit|wie|noch|erst)[ \t\n]{1,3}$")
# a noun right before "am": the weekday is the noun's ("Tod des … am Mittwoch"; not an
# article: "Das für Sonntag, 14 Uhr, geplante Entenrennen")
# (one line break may stand before the noun, not a paragraph's)
_NOUN_BEFORE = re.compile(r"[^.!?:\n](?:[ \t]{1,2}|[ \t]{0,2}\n[ \t]{0,2})"
                          r"(?!(?:Das|Der|Die|Den|Dem|Des|Ein|Eine|Einen|Einem|Einer)[ \t\n])"
                          r"(?P<noun>[A-ZÄÖÜ][\w-]{1,40})[ \t\n]{1,3}(?:am|für)[ \t\n]{1,3}$")
_NOWADAYS = re.compile(r"\b(?:" + "|".join(NOWADAYS_CUES) + r")\b")
_CLAUSE_END = re.compile(r"[,;:–()]|[.!?](?=[ \t\n])|\n\n")
_CLAUSE_CHARS = 160
_RUN_REACH = 3000  # how far after a run written out a weekday may be one of its days
_PARAGRAPH_CHARS = 2000  # (further back, a weekday's paragraph is taken to start there)
_YEARS_AGO = re.compile(r"[ \t\n]{1,3}vor[ \t\n]{1,3}[\w.]{1,12}[ \t\n]{1,3}(?:Jahr|Jahrzehnt)")
_THIS_BEFORE = re.compile(r"(?:[Hh]eute|[Gg]estern)[ \t\n]{1,3}$")
# where a sentence opens (or a dateline's dash: "HAISTERKIRCH (pr) - Übermorgen um 20 Uhr …")
_OPENING = r"(?:^|[.!?:][ \t]{1,3}|\n|[ \t][-–—][ \t]{1,3})"
_SENTENCE_LEAD = re.compile(_OPENING + "$")
# a day opening its sentence, the finite verb right after it (and its hour)
_FRONTED = re.compile(_OPENING + r"(?:Am|Ab)[ \t]+$")
_SUBJECT_BEFORE = re.compile(r"(?<![\w-])([a-zäöüß]+)[ \t]+(?:der|die|das|den)[ \t]+"
                             r"(?:[A-ZÄÖÜ][\w-]{0,40}[ \t]+){1,3}(?:am|für)[ \t\n]{1,3}$")
# ("… setzt sich am Montag um 12.11 Uhr … in Bewegung")
_VERB_BEFORE = re.compile(r"(?<![\w-])([a-zäöüß]+)(?:[ \t]+sich)?[ \t]+(?:am|ab)[ \t]+$")
# (past an apposition: "Am Montag, dem eigentlichen Jahrestag, findet …")
_VERB_AFTER = re.compile(r"[ \t]{1,3}([a-zäöüß]+)(?![\w-])")
_WORD_AFTER = re.compile(r"[ \t\n]{0,3}(?:,[ \t\n]{0,3}(?:dem|den|der)[ \t\n][^,.\n]{1,40},)?"
                         r"[ \t\n]{0,3},?[ \t\n]{0,3}([a-zäöüß]+)(?![\w-])")
_DAY_DELTAS = {"heute": 0, "morgen": 1, "übermorgen": 2, "gestern": -1, "vorgestern": -2}
_WEEK = 7


def relative_days(text: str, anchor: DateMention, mentions: list[DateMention]
                  ) -> list[DateMention]:
    """The days ``text`` names relative to its date ``anchor``, as mentions; ``mentions``
    are the dates written out."""
    today = anchor.start.date()
    if today is None or anchor.end is not None:
        return []
    explicit = sorted(m.span for m in mentions)
    # (the runs of days written out ahead of the text's date: a weekday said after one is
    # a day of it, "Vom Donnerstag, 22. Oktober, bis Sonntag, 25. Oktober 2026 … Am Samstag
    # findet ab 13.30 Uhr die Speed-Dating-Runde statt")
    # (a run without its year in the text's year: "Von Freitag, 18. September, bis Sonntag,
    # 20. September" under "Alsfeld, 1. September 2026")
    ahead = sorted((run for m in mentions if _short_run(run := _in_year_of(m, today), today)),
                   key=lambda m: m.span)
    found: list[DateMention] = []
    runs: list[DateMention] = []  # the runs of days among them ("heute bis Sonntag")
    tenses: dict[int, int] = {}  # (see _tense)
    pos = 0
    for begin in _day_starts(text):
        if begin < pos or (m := _day_at(text, begin, pos)) is None:
            continue
        pos = m.end()
        if _covered(explicit, m.start()) or _DATE_AFTER.match(text, m.end()):
            continue
        # (its week after it: "am Mittwoch der kommenden Woche")
        week = _WEEK_AFTER.match(text, m.end()) if m["wd"] and not m["mod"] else None
        # (a day an event was set for: "das für heute angesetzte Vereinsrennen", "Das für
        # Sonntag, 14 Uhr, geplante Entenrennen": the coming one where no tense tells)
        planned = _FOR_BEFORE.search(text, max(0, m.start() - 5), m.start()) is not None and (
            _PLANNED_AFTER.match(text, m.end()) is not None)
        lean = 1 if planned else 0  # (the way a weekday points where its clause tells none)
        if found and m["wd"] and _ALSO_BEFORE.search(text, max(0, m.start() - 12), m.start(
                )) and not _SENTENCE_END.search(text, found[-1].span[1], m.start()):
            # a weekday added to days of its sentence told already goes their way: "… heute
            # und morgen jeweils um 20 Uhr sowie am Sonntag um 15 Uhr" (not an end said
            # apart: "…, am Sonntag ist um 18 Uhr Schluss")
            day = found[-1].start.date()
            lean = -1 if day is not None and day < today else 1
        first = _day_of(text, m, today, explicit, [*ahead, *runs] if ahead else runs, tenses,
                        week, lean)
        if first is None:
            continue
        told = _more_days(text, m.end() if week is None else week.end(), first, today)
        if told is None:
            continue
        days, end, sure = told
        sure = sure or week is not None or planned
        if not sure and not lean and m["adj"] is None and m["eventday"] is None and (
                m["word"] is None or m["word"].lower() == "heute") and not (
                m["wd"] is not None and (m["mod"] or _in_run(text, runs, m.start(), first))) and (
                _tense(text, m, tenses) == 0):
            continue  # ("ist der Karneval heute eine Massenveranstaltung": nowadays; not so
            # "morgen" or "gestern": "Das Rote Kreuz ruft übermorgen zur Blutspende auf")
        pos = end
        told_days = list(_mentions(text, m.start(), end, days))
        found.extend(told_days)
        runs.extend(d for d in told_days if d.end is not None)
    return found


def week_days(text: str, mentions: list[DateMention]) -> list[DateMention]:
    """The days a week's programme names by their weekdays alone, each heading its lines,
    under a run of days written out over them ("13.07. – 19.07.2026" / … / "MONTAG" /
    "09.30 Uhr  Geführte Wanderung …" / … / "MITTWOCH und FREITAG"): that run's days of
    those weekdays, as mentions. The run must tell its weekdays (its year, or its weekday
    written out) and be a week or less; a heading's weekday outside the run names none.

    >>> from calendarize.dates import scan_dates
    >>> text = "Wochenprogramm\\n13.07. – 19.07.2026\\n\\nMONTAG\\n9 Uhr Wanderung\\n\\n"
    >>> text += "MITTWOCH und FREITAG\\n8 Uhr E-Bike-Tour\\n"
    >>> [(m.text, m.start_str()) for m in week_days(text, scan_dates(text))]
    [('MONTAG', '2026-07-13'), ('MITTWOCH', '2026-07-15'), ('FREITAG', '2026-07-17')]
    """
    found: list[DateMention] = []
    for i, run in enumerate(mentions):
        if run.end is None:  # (most dates: no run)
            continue
        first, last = run.start.date(), run.end.date()
        if first is None or last is None or not 0 < (last - first).days < _WEEK or (
                run.start_time is not None or not _alone_on_line(text, run.span)):
            continue
        stop = mentions[i + 1].span[0] if i + 1 < len(mentions) else len(text)
        for line in _WEEKDAY_LINE.finditer(text, run.span[1], min(stop, run.span[1] + _RUN_REACH)):
            for day in _WEEKDAY_WORD.finditer(text, line.start("days"), line.end("days")):
                date = first + dt.timedelta(
                    days=(WEEKDAYS[day[0].capitalize()] - first.weekday()) % _WEEK)
                if date <= last:
                    found.append(DateMention(
                        span=day.span(), text=day[0], start=Day(date.year, date.month, date.day),
                        weekday=date.weekday(), relative=True))
    return found


def _alone_on_line(text: str, span: tuple[int, int]) -> bool:
    """Whether a mention is all its line holds (a heading: "13.07. – 19.07.2026")."""
    line_start, line_end = line_around(text, span)
    return not text[line_start : span[0]].strip() and not text[span[1] : line_end].strip(" \t:")


_WEEKDAY_FULL = "|".join(w for w in _WEEKDAY_NAMES if len(w) > 3)
_WEEKDAY_WORD = re.compile(r"(?i)(?<![\w-])(?:" + _WEEKDAY_FULL + r")(?![\w-])")
# a line of weekdays alone, in capitals or not: "MONTAG", "Mittwoch und Freitag:"
_WEEKDAY_LINE = re.compile(
    r"(?im)^[ \t]*(?P<days>(?:" + _WEEKDAY_FULL + r")(?:[ \t]*(?:,|und|&|/)[ \t]*(?:"
    + _WEEKDAY_FULL + r"))*)[ \t]*:?[ \t]*$")


def _day_starts(text: str) -> list[int]:
    """Where the words holding an anchor start, in order: the only places ``_DAY`` can
    match (after the modifier before them, if any)."""
    starts = set()
    for anchor in _ANCHORS:
        pos = text.find(anchor)
        while pos >= 0:
            begin = pos
            while begin > 0 and text[begin - 1].isalpha():
                begin -= 1
            starts.add(begin)
            pos = text.find(anchor, pos + len(anchor))
    return sorted(starts)


def _day_at(text: str, begin: int, pos: int) -> re.Match[str] | None:
    """``_DAY``'s match at the word starting at ``begin``, from the modifier before it
    where one stands at or after ``pos``: what ``_DAY.search(text, pos)`` finds there."""
    modifier = _MODIFIER_BEFORE.search(text, max(pos, begin - 24), begin)  # ("vergangene Woche")
    m = None if modifier is None else _DAY.match(text, modifier.start())
    return _DAY.match(text, begin) if m is None else m


def _covered(spans: list[tuple[int, int]], pos: int) -> bool:
    i = bisect.bisect_right(spans, (pos, pos)) - 1
    return i >= 0 and spans[i][0] <= pos < spans[i][1]


def _day_of(text: str, m: re.Match[str], today: dt.date, explicit: list[tuple[int, int]],
            runs: list[DateMention], tenses: dict[int, int],
            week_after: re.Match[str] | None = None, lean: int = 0) -> dt.date | None:
    """The day one match names, or None where that is not certain; a weekday whose clause
    tells no time points the way of ``lean`` (0: nowhere)."""
    begin = m.start()
    if m["eventday"] is not None:  # "bei der gestrigen Jahreshauptversammlung"
        if not is_event_noun(m["noun"]):
            return None  # (not "bis zum heutigen Tag", "die heutige Jugend")
        days = _adjective_days(m["eventday"])
        return None if days is None else today + dt.timedelta(days=days)
    if m["adj"] is not None:  # "am gestrigen Abend"
        days = _adjective_days(m["adj"])
        return None if days is None else today + dt.timedelta(days=days)
    if m["word"] is not None:
        word = m["word"]
        if m["mod"] or (word[0].isupper() and not _SENTENCE_LEAD.search(
                text, max(0, begin - 4), begin)):
            return None  # ("Heute" heads only its sentence)
        if word == "Morgen" and not _APPOSITION.match(text, m.end()) and (
                times_after(text, m.end()).start is None) and not (
                (verb := _VERB_AFTER.match(text, m.end())) and verb_tense(verb.group(1)) > 0):
            return None  # the morning, unless its weekday follows: "Morgen, Samstag, …", or
            # its hours: "Morgen von 10 bis 16 Uhr verwandelt sich …", or a verb of what is
            # to come: "Morgen verwandelt sich die Obernstraße …"
        if _NOT_TODAY_BEFORE.search(text, max(0, begin - 8), begin):
            return None  # "bis heute", "die Welt von heute"
        if word == "morgen" and _THIS_BEFORE.search(text, max(0, begin - 10), begin):
            return None  # "heute morgen": this morning
        if (word == "heute" and _NOWADAYS.search(text, *_clause(text, begin))) or (
                _YEARS_AGO.match(text, m.end())):
            return None  # "Während früher …, ist der Karneval heute …"; "gestern vor 75
            # Jahren"
        return today + dt.timedelta(days=_DAY_DELTAS[word.lower()])
    weekday = WEEKDAYS[m["wd"]]
    week = m["mod"] if m["mod"] and m["mod"].endswith("Woche") else None
    if week or week_after:  # "nächste Woche Dienstag", "am Mittwoch der kommenden Woche"
        stem = week if week_after is None else week_after.group(1)
        ahead = 1 if stem is not None and stem.lower().startswith(_FUTURE_STEMS) else -1
        monday = today - dt.timedelta(days=today.weekday())
        return monday + dt.timedelta(days=_WEEK * ahead + weekday)
    if not m["mod"] and not _LEAD_BEFORE.search(text, max(0, begin - 16), begin) and not (
            _FROM_BEFORE.search(text, max(0, begin - 6), begin) and _TO_AFTER.match(
                text, m.end())):  # (or a run's first day: "Von Freitag bis gestern Abend …")
        return None
    if m["mod"] is not None and (days := _adjective_days(m["mod"])) is not None:
        named = today + dt.timedelta(days=days)  # "am gestrigen Freitag": the weekday agrees
        return named if named.weekday() == weekday else None
    day = _in_run(text, runs, begin, weekday)
    if day is not None:
        return day
    i = bisect.bisect_left(explicit, (_item_or_paragraph(text, begin), 0))
    if i < len(explicit) and explicit[i][0] < begin:
        return None  # (a weekday after a date written out may be that date's week's; not
        # another list item's: "- Bräunlingen: … auf Fasnetdienstag, 17. Februar, verschoben."
        # / "- Titisee-Neustadt: Der Kinderumzug am Sonntag um 13.30 Uhr fällt aus.")
    noun = None if m["mod"] else _NOUN_BEFORE.search(text, max(0, begin - 40), begin)
    if noun is not None and not _subject_before(text, begin) and not (
            is_event_noun(noun["noun"]) and times_after(text, m.end()).start is not None) and not (
            noun["noun"] == "Sitzung" and _tense(text, m, tenses) != 0):
        return None  # (but an event's at its hour: "Der Kinderumzug am Sonntag um 13.30 Uhr
        # fällt aus"; a council's session in a clause of clear tense: "hat der Gemeinderat in
        # seiner Sitzung am Dienstagabend … zugestimmt")
    if m["mod"] in RELATIVE_THIS_WORDS and weekday >= today.weekday() and (
            weekday == today.weekday() or text.endswith("für ", 0, begin) or (
                _tense(text, m, tenses) >= 0)):
        return today + dt.timedelta(days=weekday - today.weekday())  # this week's: "so wie
        # diesen Samstag" in a Saturday's paper; a plan's day, whatever the tense: "Der
        # Flohmarkt, der für diesen Samstag angekündigt war, fällt aus" in a Thursday's text
        # (but "hat diesen Samstag … angekündigt" on a Monday: the Saturday before)
    direction = _direction(m["mod"], _tense(text, m, tenses)) or lean
    return None if direction == 0 else _nearest(today, weekday, direction, m["mod"])


def _adjective_days(word: str) -> int | None:
    """The days from the text's date a day adjective names ('gestrigen': -1), else None."""
    return RELATIVE_DAY_ADJECTIVES.get(word.rstrip("emnrs"))


def _subject_before(text: str, begin: int) -> bool:
    """Whether the noun right before a weekday's lead is the subject after a verb that
    points ahead, the day the verb's: "Zum Heringsessen lädt die Zunft am Mittwoch …" (not
    "Die Vertrauensfrage am Freitag wurde …", the day the noun's)."""
    m = _SUBJECT_BEFORE.search(text, max(0, begin - 70), begin)
    return m is not None and verb_tense(m.group(1)) > 0


def _paragraph(text: str, pos: int) -> int:
    """Where the paragraph holding ``pos`` starts (looked for a bounded way back)."""
    start = max(0, pos - _PARAGRAPH_CHARS)
    found = text.rfind("\n\n", start, pos)
    return start if found < 0 else found + 2


def _item_or_paragraph(text: str, pos: int) -> int:
    """Where the list item holding ``pos`` starts, a line opening with a bullet, else its
    paragraph."""
    line_start = text.rfind("\n", 0, pos) + 1
    return line_start if item_text(text, line_start) is not None else _paragraph(text, pos)


def _in_year_of(mention: DateMention, today: dt.date) -> DateMention:
    """A mention without its year in ``today``'s; one with its year as it is."""
    if mention.end is None or mention.year_known or mention.end.year_known:
        return mention
    return replace(mention, start=mention.start.with_year(today.year),
                   end=mention.end.with_year(today.year))


def _short_run(mention: DateMention, today: dt.date) -> bool:
    """Whether a date written out is a run of days within a week, after ``today``."""
    first, last = mention.start.date(), mention.end.date() if mention.end else None
    return first is not None and last is not None and today < first and (
        0 < (last - first).days < _WEEK)


def _in_run(text: str, runs: list[DateMention], begin: int,
            weekday: int | dt.date) -> dt.date | None:
    """A day of ``weekday`` inside the last run of days read before ``begin``, in its
    paragraph ('Von heute bis Sonntag … am Samstag'), or a run written out ahead of the
    text's date, within a few paragraphs; a day is looked up as its weekday."""
    # (the last in reach: a run told in another paragraph, "am Samstag und Sonntag", is
    # passed over for the run written out before it)
    run = next((r for r in sorted(runs, key=lambda r: r.span[0], reverse=True)
                if r.span[0] < begin and r.span[0] >= (
                    _paragraph(text, begin) if r.relative else begin - _RUN_REACH)), None)
    if run is None:
        return None
    if isinstance(weekday, dt.date):
        weekday = weekday.weekday()
    first, last = run.start.date(), None if run.end is None else run.end.date()
    if first is None or last is None:
        return None
    day = first + dt.timedelta(days=(weekday - first.weekday()) % _WEEK)
    return day if day <= last else None


def _clause(text: str, pos: int) -> tuple[int, int]:
    """The clause around ``pos``: from the last comma, colon, dash or sentence end before
    it to the next after it."""
    begin = max((m.end() for m in _CLAUSE_END.finditer(text, max(0, pos - _CLAUSE_CHARS),
                                                         pos)), default=pos - _CLAUSE_CHARS)
    end = _CLAUSE_END.search(text, pos, pos + _CLAUSE_CHARS)
    return max(0, begin), pos + _CLAUSE_CHARS if end is None else end.start()


def _tense(text: str, m: re.Match[str], memo: dict[int, int]) -> int:
    """The clear tense of the clause around a day's match, read once per position
    (``memo``); where no cue tells it, the verb's right after a day opening its sentence
    ("Am Sonntag um 14 Uhr bietet die Tourist-Info …": ahead; "… stürzte …": past), or
    right before its lead, when it points ahead ("Die U20 bestreitet am Sonntag …")."""
    pos = m.start()
    if pos not in memo:
        begin, end = _clause(text, pos)
        tense = clear_tense(text[begin:end].replace("\n", " "))
        if tense == 0 and _FRONTED.search(text, max(0, pos - 8), pos):
            verb = _WORD_AFTER.match(text, times_after(text, m.end()).offset)
            tense = 0 if verb is None else verb_tense(verb.group(1))
        elif tense == 0 and (verb := _VERB_BEFORE.search(text, max(0, pos - 30), pos)):
            # "Die U20 bestreitet am Sonntag ihr Heimspiel": ahead only (a report's verb before
            # its day is as often another's: "beantragte am Dienstag die Eröffnung …")
            tense = max(0, verb_tense(verb.group(1)))
        memo[pos] = tense
    return memo[pos]


def _direction(modifier: str | None, clause_tense: int) -> int:
    if modifier in RELATIVE_PAST_WORDS:
        return -1
    if modifier in RELATIVE_FUTURE_WORDS:
        return 1
    return clause_tense


def _nearest(today: dt.date, weekday: int, direction: int,
             modifier: str | None) -> dt.date | None:
    """The next (or last) day of ``weekday`` from ``today``; the document's own weekday
    only with a modifier: 'kommenden Freitag' in a Friday's paper is a week on."""
    days = (weekday - today.weekday()) * direction % _WEEK
    if days == 0:
        if modifier is None:
            return None
        days = _WEEK
    return today + dt.timedelta(days=days * direction)


def _more_days(text: str, pos: int, first: dt.date, today: dt.date
               ) -> tuple[list[tuple[dt.date, dt.date]], int, bool] | None:
    """The days from ``first`` on: a run ('bis Sonntag'), a pair ('und Sonntag'), an
    apposition checked against it ('morgen, Samstag,'), a part of the day ('heute
    Abend'); where the phrase ends; and whether what follows makes the day sure (a run,
    an apposition, a part of the day or an hour). None where the text contradicts itself."""
    sure = False
    apposition = _APPOSITION.match(text, pos)
    if apposition is not None:
        if WEEKDAYS[apposition["wd"]] != first.weekday():
            return None
        pos, sure = apposition.end(), True
    part = _PART_AFTER.match(text, pos)
    if part is not None:
        pos, sure = part.end(), True
    if times_after(text, pos).start is not None:
        sure = True
    join = _JOIN.match(text, pos)
    second = None if join is None else _DAY.match(text, join.end())
    if second is None and join is not None and join["join"] == "und" and (
            lead := _AM.match(text, join.end())) is not None:  # "Morgen Samstag und am
        second = _DAY.match(text, lead.end())  # Sonntag verwandelt sich …"
        second = second if second is not None and second["wd"] else None
    if join is None or second is None or second["mod"]:
        return [(first, first)], pos, sure
    if second["wd"] is not None:
        last = first + dt.timedelta(days=(WEEKDAYS[second["wd"]] - first.weekday()) % _WEEK)
    else:
        last = today + dt.timedelta(days=_DAY_DELTAS.get(second["word"].lower(), -_WEEK))
    if not first < last <= first + dt.timedelta(days=_WEEK - 1):
        return [(first, first)], pos, sure
    if join["join"] == "und" and (last != first + dt.timedelta(days=1) or _EACH_AFTER.match(
            text, second.end())):  # (two days, each at its hours: "heute und morgen jeweils
        return [(first, first), (last, last)], second.end(), True  # um 20 Uhr")
    return [(first, last)], second.end(), True


def _mentions(text: str, begin: int, end: int,
              days: list[tuple[dt.date, dt.date]]) -> Iterator[DateMention]:
    times = times_after(text, end)
    stop = times.offset if times.start else end
    for first, last in days:
        yield DateMention(
            span=(begin, stop), text=text[begin:stop],
            start=Day(first.year, first.month, first.day),
            end=None if last == first else Day(last.year, last.month, last.day),
            start_time=times.start, end_time=times.end, weekday=first.weekday(),
            relative=True)
