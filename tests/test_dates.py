"""The date finder as one table: (text, expected, reason), read without a reference date.

``expected`` lists every mention in the public string forms (``YYYY-MM-DD``,
``YYYY-MM-DDTHH:MM``, ``--MM-DD``), a range as ``start/end`` (end inclusive), several
mentions separated by ``; ``, and ``""`` for text that holds no date.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from calendarize import dates
from calendarize.dates import find_dates, scan_dates
from calendarize.model import DateMention

from .conftest import work

CASES: list[tuple[str, str, str]] = [
    # -- single days ------------------------------------------------------------------
    ("5. November 2014", "2014-11-05", "day, month name, year"),
    ("am 5. Nov. 2014", "2014-11-05", "abbreviated month with dot"),
    ("Mi 04 Nov 2026", "2026-11-04", "a web page's two-digit day and short month"),
    ("Sa 14 MÄR 2026", "2026-03-14", "a short month in capitals"),
    ("am 5 Jan 2026", "", "a one-digit day before a short month is no date"),
    ("5.11.2014", "2014-11-05", "numeric with four-digit year"),
    ("05.11.14", "2014-11-05", "numeric with two-digit year"),
    ("5.11.14", "2014-11-05", "unpadded numeric, two-digit year"),
    ("Di 4.11.2025, 20 h", "2025-11-04T20:00", "'h' for 'Uhr' after a date"),
    ("am 4.11.2025, 19.30 h bis 22 h", "2025-11-04T19:30/2025-11-04T22:00",
     "'h' for 'Uhr' in a range of hours"),
    ("Dienstag, 25.11.2025, 18:30 Uhr bis ca. 20:30 Uhr", "2025-11-25T18:30/2025-11-25T20:30",
     "an end said roughly ('bis ca.')"),
    ("31.12.99", "1999-12-31", "two-digit year of the last century"),
    ("2014-11-05", "2014-11-05", "ISO date"),
    ("Am 5. Nov. trafen sich alle.", "--11-05", "abbreviated month, no year"),
    ("5. Jänner 2015", "2015-01-05", "Austrian Jänner"),
    ("5. Jaenner 2015", "2015-01-05", "Jänner without umlaut"),
    ("Fr., 1. Jän. 2027 – Neujahr", "2027-01-01", "Jänner shortened"),
    ("3. Feber 2015", "2015-02-03", "Austrian Feber"),
    ("12. Sept. 2016", "2016-09-12", "Sept."),
    ("12. Sep. 2016", "2016-09-12", "Sep."),
    ("12. Okt. 2016", "2016-10-12", "Okt."),
    ("4. Maerz 2016", "2016-03-04", "März without umlaut"),
    ("4. März 2016", "2016-03-04", "März"),
    ("4. Mrz. 2016", "2016-03-04", "Mrz."),
    ("5. Jan. 2015", "2015-01-05", "Jan."),
    ("5. Febr. 2015", "2015-02-05", "Febr."),
    ("5. Apr. 2015", "2015-04-05", "Apr."),
    ("5. Jun. 2015", "2015-06-05", "Jun."),
    ("5. Jul. 2015", "2015-07-05", "Jul."),
    ("5. Aug. 2015", "2015-08-05", "Aug."),
    ("5. Dez. 2015", "2015-12-05", "Dez."),
    ("1. Mai 2017", "2017-05-01", "Mai"),
    ("1.Mai 2017", "2017-05-01", "no space after the dot"),
    ("5 November 2014", "2014-11-05", "day without its dot"),
    ("05. November 2014", "2014-11-05", "zero-padded day"),
    ("5. NOVEMBER 2014", "2014-11-05", "month in capitals"),
    ("5. 11. 2014", "2014-11-05", "numeric with spaces"),
    ("05.11.2014", "2014-11-05", "zero-padded numeric"),
    ("29. Februar 2016", "2016-02-29", "leap day in a leap year"),
    ("29.02.", "--02-29", "leap day without a year is possible"),
    ("am 1. Januar 2000", "2000-01-01", "first day of a century year"),
    ("31. Dezember 2099", "2099-12-31", "late year"),
    ("(5.11.2014)", "2014-11-05", "in parentheses"),
    ("Die Frist endet am 5.11.2014.", "2014-11-05", "numeric date ending a sentence"),
    ("Datum: 2014-11-05.", "2014-11-05", "ISO date ending a sentence"),
    ("Am 24. Dezember ist Heiligabend.", "--12-24", "no year anywhere"),
    ("Am 3. Oktober feiern alle.", "--10-03", "month name, no year"),
    ("am 5.11. ab", "--11-05", "numeric without a year needs the closing dot"),
    ("Wien – Am 12. Juni 2012 wurde gewählt.", "2012-06-12", "after a dateline dash"),
    ("Die Frist läuft bis 15. Jänner 2012.", "2012-01-15", "after 'bis' alone"),
    ("seit dem 1.1.2015 gilt", "2015-01-01", "unpadded day and month"),
    ("den 7. Juli 2016", "2016-07-07", "with the article den"),
    ("zum 1. Oktober 2016", "2016-10-01", "after zum"),
    ("Am 5.Mai 2017", "2017-05-05", "month glued to the day"),
    ("am 5. Mai, 2017", "2017-05-05", "comma between month and year"),
    # -- weekdays -----------------------------------------------------------------------
    ("Dienstag, 4. November 2014", "2014-11-04", "weekday confirms the year"),
    ("Mittwoch, 5. November 2014", "2014-11-05", "weekday confirms the year"),
    ("Dienstag, 5. November 2014", "--11-05", "weekday contradicts 2014: year not trusted"),
    ("am Dienstag (4. November 2014)", "2014-11-04", "weekday before a date in parentheses"),
    ("am Dienstag (5. November 2014)", "--11-05", "a weekday before the parenthesis checks too"),
    ("Montag, 5.5.2018", "--05-05", "weekday contradicts a numeric date's year"),
    ("Di., 05.11.", "--11-05", "abbreviated weekday, numeric date"),
    ("DIENSTAG, 5. NOVEMBER 2014", "--11-05", "a weekday in capitals checks the year too"),
    ("am Freitag, 25. September", "--09-25", "weekday without a year"),
    ("am Freitag, den 25. September 2015", "2015-09-25", "weekday with 'den'"),
    ("Fr, 25.09.2015", "2015-09-25", "abbreviation without dot"),
    ("Sa. 5.5.2018", "2018-05-05", "abbreviated weekday without comma"),
    ("Sonnabend, 5. Mai 2018", "2018-05-05", "Sonnabend"),
    ("Samstag, 5. Mai 2018", "2018-05-05", "Samstag"),
    ("Samstag/Sonntag, 5./6. Mai 2018", "2018-05-05/2018-05-06", "weekday pair"),
    ("Freitag bis Sonntag, 4. bis 6. Mai 2018", "2018-05-04/2018-05-06",
     "weekday range: the first weekday is the start's"),
    ("Fr.–So., 4.–6. Mai 2018", "2018-05-04/2018-05-06", "abbreviated weekday range"),
    ("Freitag, 5. Mai, bis Sonntag, 7. Mai 2017", "2017-05-05/2017-05-07",
     "weekdays on both ends"),
    ("Montag, 11. Juli 2016", "2016-07-11", "Montag"),
    ("Donnerstag, 20.04.2017", "2017-04-20", "Donnerstag"),
    ("Do, 20.4.17", "2017-04-20", "short weekday, two-digit year"),
    ("Mittwoch, den 5. November 2014, 18 Uhr", "2014-11-05T18:00", "weekday, date, time"),
    # -- ranges -------------------------------------------------------------------------
    ("Die Sitzungen:\n  - Dienstag, 27. Januar 2026\n  - Dienstag, 24. Februar 2026",
     "2026-01-27; 2026-02-24", "a dash opening a line is a list's bullet, no range's dash"),
    ("vom 20. –\n28. April 2026", "2026-04-20/2026-04-28", "a range's dash before a line break"),
    ("vom 20. bis 28. April 2017", "2017-04-20/2017-04-28", "vom … bis"),
    ("20.–28. April 2017", "2017-04-20/2017-04-28", "en dash, no spaces"),
    ("20.-28. April 2017", "2017-04-20/2017-04-28", "hyphen"),
    ("20. – 28. April 2017", "2017-04-20/2017-04-28", "en dash with spaces"),
    ("20.—28. April 2017", "2017-04-20/2017-04-28", "em dash"),
    ("20. - 28. April 2017", "2017-04-20/2017-04-28", "hyphen with spaces"),
    ("20. bis zum 28.4.2017", "2017-04-20/2017-04-28", "bis zum, numeric end"),
    ("von 15. bis 20. Mai", "--05-15/--05-20", "range without year"),
    ("zwischen dem 5. und 20. Dezember", "--12-05/--12-20", "zwischen … und is a range"),
    ("zwischen 5. und 20. Dezember 2016", "2016-12-05/2016-12-20", "zwischen without dem"),
    ("(11.-25.09.2015)", "2015-09-11/2015-09-25", "parenthesised numeric range"),
    ("25. – 27.5.2018", "2018-05-25/2018-05-27", "bare day to numeric date"),
    ("30.09. – 03.10.2023", "2023-09-30/2023-10-03", "numeric range across months"),
    ("30. Juni bis 2. Juli 2016", "2016-06-30/2016-07-02", "across months"),
    ("28. Dezember 2016 bis 3. Januar 2017", "2016-12-28/2017-01-03", "across years"),
    ("28. Dezember bis 3. Januar 2017", "2016-12-28/2017-01-03",
     "across years, the start borrows the year before"),
    ("28.12.2016-3.1.2017", "2016-12-28/2017-01-03", "numeric across years"),
    ("vom 5.5. bis 7.5.2017", "2017-05-05/2017-05-07", "numeric, year at the end"),
    ("vom 5. Mai bis zum 7. Mai 2017", "2017-05-05/2017-05-07", "month named twice"),
    ("5.–7. Mai", "--05-05/--05-07", "short range without year"),
    ("vom 20. April bis einschließlich 28. April 2017", "2017-04-20/2017-04-28",
     "bis einschließlich"),
    ("2017-04-20 – 2017-04-28", "2017-04-20/2017-04-28", "ISO range"),
    ("2017-04-20 bis 2017-04-28", "2017-04-20/2017-04-28", "ISO range with bis"),
    ("20.04.2017 - 28.04.2017", "2017-04-20/2017-04-28", "two full numeric dates"),
    ("20.04.-28.04.2017", "2017-04-20/2017-04-28", "numeric, year only at the end"),
    ("20.4.–28.4.2017", "2017-04-20/2017-04-28", "unpadded numeric range"),
    ("von 20. bis 28.04.17", "2017-04-20/2017-04-28", "two-digit year at the end"),
    ("28. bis 20. April 2017", "", "a range that runs backwards is no date"),
    ("vom 30. bis 32. Mai", "", "impossible end day"),
    ("vom 5. bis 7.5.", "--05-05/--05-07", "bare day to numeric without year"),
    ("1. bis 3. Oktober 2016", "2016-10-01/2016-10-03", "without vom"),
    ("31.12.2016 – 1.1.2017", "2016-12-31/2017-01-01", "two days across the new year"),
    ("14.-16.6.2016", "2016-06-14/2016-06-16", "compact numeric range"),
    ("14. - 16. Juni 2016", "2016-06-14/2016-06-16", "spaced hyphen"),
    ("vom 14. Juni bis 16. Juni 2016", "2016-06-14/2016-06-16", "same month named twice"),
    ("14.6. bis 16.6.2016", "2016-06-14/2016-06-16", "numeric with bis"),
    ("14.6.2016 bis 16.6.2016", "2016-06-14/2016-06-16", "full numeric with bis"),
    ("vom 14. bis zum 16. Juni 2016", "2016-06-14/2016-06-16", "bis zum with month name"),
    ("von Montag, 13. Juni, bis Freitag, 17. Juni 2016", "2016-06-13/2016-06-17",
     "range with weekdays on both ends"),
    ("13.06.–17.06.2016", "2016-06-13/2016-06-17", "numeric, en dash"),
    ("1. Januar 2016 bis 31. Dezember 2017", "2016-01-01/2017-12-31", "long range"),
    # -- coordinated days ---------------------------------------------------------------
    ("am 11. und 12. Juli 2016", "2016-07-11/2016-07-12", "consecutive days: one span"),
    ("21./22. Juni", "--06-21/--06-22", "slash pair"),
    ("21./22. Juni 2016", "2016-06-21/2016-06-22", "slash pair with year"),
    ("am 3., 4. und 5. Mai", "--05-03/--05-05", "three consecutive days"),
    ("am 3. und 5. Mai 2017", "2017-05-03; 2017-05-05", "non-consecutive: two days"),
    ("am 3., 5. und 7. Mai 2017", "2017-05-03; 2017-05-05; 2017-05-07", "three separate"),
    ("am 30. Juni und 1. Juli 2016", "2016-06-30/2016-07-01", "consecutive across months"),
    ("am 5. Mai sowie am 12. Mai 2017", "2017-05-05; 2017-05-12", "sowie am"),
    ("am 5. und am 6. Mai 2017", "2017-05-05/2017-05-06", "und am"),
    ("am 11.07. und 12.07.2016", "2016-07-11/2016-07-12", "numeric pair"),
    ("11. & 12. Juli 2016", "2016-07-11/2016-07-12", "ampersand"),
    ("16. + 17. Februar 2027", "2027-02-16/2027-02-17", "plus sign"),
    ("am 3. und 4. Mai sowie 10. Mai 2017", "2017-05-03/2017-05-04; 2017-05-10",
     "a pair and a single day"),
    ("am 31. Dezember 2016 und 1. Januar 2017", "2016-12-31/2017-01-01",
     "consecutive across years"),
    ("18. und 19. Dezember", "--12-18/--12-19", "pair without year"),
    ("5. Mai und 7. Juni 2017", "2017-05-05; 2017-06-07", "two months"),
    ("am 5. Mai 2016 und am 5. Mai 2017", "2016-05-05; 2017-05-05", "two years"),
    ("am 11.7. und 12.7.", "--07-11/--07-12", "numeric pair without year"),
    ("18., 19. und 20. Dezember 2015", "2015-12-18/2015-12-20", "three days with year"),
    ("Samstag und Sonntag, 5. und 6. Mai 2018", "2018-05-05/2018-05-06", "weekday pair"),
    ("am 4./5. Mai und 11./12. Mai 2018", "2018-05-04/2018-05-05; 2018-05-11/2018-05-12",
     "two weekends"),
    ("am 1., 8., 15. und 22. März 2017",
     "2017-03-01; 2017-03-08; 2017-03-15; 2017-03-22", "a weekly series"),
    ("jeweils am 2. und 16. Mai", "--05-02; --05-16", "two dates without year"),
    ("am 5. Mai oder 6. Mai 2017", "2017-05-05; 2017-05-06",
     "oder: alternatives, never one span"),
    # -- times --------------------------------------------------------------------------
    ("am 5. Mai 2017 um 10 Uhr", "2017-05-05T10:00", "um … Uhr"),
    ("5. Mai 2017, 10.00 Uhr", "2017-05-05T10:00", "dotted time"),
    ("5. Mai 2017, 9:30 Uhr", "2017-05-05T09:30", "colon time"),
    ("5. Mai 2017 von 9:30 bis 17:15 Uhr", "2017-05-05T09:30/2017-05-05T17:15",
     "von … bis … Uhr"),
    ("5. Mai 2017, 14 bis 16 Uhr", "2017-05-05T14:00/2017-05-05T16:00", "hour range"),
    ("Ostermontag, 29. März 2027, 14 und 16 Uhr: Kurzführungen",
     "2027-03-29T14:00; 2027-03-29T16:00", "two starts of the day ('14 und 16 Uhr'): two shows"),
    ("am 3. und 4. Mai 2027, jeweils um 11 und 15 Uhr",
     "2027-05-03T11:00; 2027-05-03T15:00; 2027-05-04T11:00; 2027-05-04T15:00",
     "… on each of the days listed"),
    ("vom 3. bis 5. Mai 2027, 11 und 15 Uhr", "2027-05-03T11:00/2027-05-05",
     "… but of a run of days, its first start only"),
    ("Samstag, 18. April 2026, zwischen 14 und 17 Uhr", "2026-04-18T14:00/2026-04-18T17:00",
     "zwischen … und … Uhr"),
    ("am 5. Mai 2017 von 14 bis 16", "2017-05-05T14:00/2017-05-05T16:00",
     "von … bis after a date without Uhr"),
    ("5. Mai 2017 ab 18 Uhr", "2017-05-05T18:00", "ab … Uhr"),
    ("5. Mai 2017, 18.30 Uhr", "2017-05-05T18:30", "18.30 Uhr"),
    ("5. Mai 2017, Beginn: 19 Uhr", "2017-05-05T19:00", "Beginn:"),
    ("5. Mai 2017, Einlass ab 17 Uhr, Beginn 19 Uhr", "2017-05-05T19:00",
     "doors are not the start when a start is given"),
    ("5. Mai 2017, Beginn 19 Uhr, Einlass ab 17 Uhr", "2017-05-05T19:00",
     "start first, then doors"),
    ("5. Mai 2017, Einlass ab 17 Uhr", "2017-05-05T17:00", "only doors: the earliest time"),
    ("5. Mai 2017, Einlass: 18.30 Uhr, Beginn: 19.30 Uhr", "2017-05-05T19:30",
     "doors and start with colons"),
    ("5. Mai 2017, 10 – 16 Uhr", "2017-05-05T10:00/2017-05-05T16:00", "dash range"),
    ("5. Mai 2017, 10-16 Uhr", "2017-05-05T10:00/2017-05-05T16:00", "hyphen range"),
    ("5. Mai 2017, 10 Uhr bis 16 Uhr", "2017-05-05T10:00/2017-05-05T16:00",
     "Uhr after both times"),
    ("5. Mai 2017, 10:00–16:00", "2017-05-05T10:00/2017-05-05T16:00",
     "colon times need no Uhr"),
    ("5. Mai 2017 (10 Uhr)", "2017-05-05T10:00", "time in parentheses"),
    ("5. Mai 2017, um 19.30 Uhr", "2017-05-05T19:30", "comma, um"),
    ("5.5.2017, 19:30 Uhr", "2017-05-05T19:30", "numeric date, colon time"),
    ("vom 5. bis 7. Mai 2017, jeweils 10 bis 18 Uhr", "2017-05-05T10:00/2017-05-07T18:00",
     "daily hours over a range"),
    ("28.–30.12.2017    jeweils 10–12 Uhr   Skikurs", "2017-12-28T10:00/2017-12-30T12:00",
     "a row's hours after its dates' padding, no comma"),
    ("Samstag, 23. Mai bis Pfingstmontag, 25. Mai 2026", "2026-05-23/2026-05-25",
     "a feast's day as the weekday of a run's last day"),
    ("PFINGSTSONNTAG, 24. MAI 2026", "2026-05-24", "… and of a heading's day, in capitals"),
    ("5. Mai 2017, 22 bis 2 Uhr", "2017-05-05T22:00/2017-05-06T02:00",
     "an end time before the start runs past midnight"),
    ("5. Mai 2017 gegen 20 Uhr", "2017-05-05T20:00", "gegen"),
    ("5. Mai 2017, Beginn ist um 19 Uhr", "2017-05-05T19:00", "Beginn ist um"),
    ("5. Mai 2017, 25 Uhr", "2017-05-05", "no 25th hour"),
    ("5. Mai 2017 14 Uhr", "2017-05-05T14:00", "no comma before the time"),
    ("am 5. Mai 2017 um 12 Uhr mittags", "2017-05-05T12:00", "mittags after Uhr"),
    ("am 5. Mai 2017, 12.50 Euro", "2017-05-05", "a price is no time"),
    ("5. Mai 2017, 10.000 Besucher", "2017-05-05", "a count is no time"),
    ("am 5. Mai 2017 von 10 bis 12 Teilnehmer", "2017-05-05",
     "von … bis before a noun is no time"),
    ("5. Mai 2017, 9.30 bis 12.30 Uhr", "2017-05-05T09:30/2017-05-05T12:30",
     "dotted range"),
    ("5. Mai 2017, ab 9 Uhr", "2017-05-05T09:00", "comma, ab"),
    ("5. Mai 2017 – 19 Uhr", "2017-05-05T19:00", "dash before the time"),
    ("Fr, 06.03.2026 · 18 Uhr", "2026-03-06T18:00", "a middle dot before the time"),
    ("FREITAG, 16. OKTOBER 2026 · 20 UHR", "2026-10-16T20:00", "a heading's capitals"),
    ("Di., 17. Feber 2026 (Faschingsdienstag), 14.00 Uhr", "2026-02-17T14:00",
     "a note on the day in parentheses before its time"),
    ("Sonntag, 29. November 2026 (1. Advent), 17 Uhr", "2026-11-29T17:00",
     "a feast's ordinal in the note before the time"),
    ("am Freitag (1. Mai 2026), 17 Uhr", "2026-05-01",
     "a date in the parenthesis is no note"),
    ("am 17. Feber 2026 (siehe oben), 14 Teilnehmer", "2026-02-17",
     "after the note, no time: none"),
    ("Die 1.-August-Feier 2026 findet statt.", "2026-08-01", "a day and month inside a compound"),
    ("Die 1.-Mai-Kundgebung", "--05-01", "a day and May inside a compound"),
    ("Seite 1.-August", "", "no compound after the month: no date"),
    ("am Samstag und Sonntag (14./15. März 2026)", "2026-03-14/2026-03-15",
     "two weekdays before the parenthesis: the first is the first day's"),
    ("DO 14.5.2026   20:00   PERFECT DAYS", "2026-05-14T20:00",
     "a weekday's short name in capitals, a column's time"),
    ("5. Mai 2017, 10 BIS 16 UHR", "2017-05-05T10:00/2017-05-05T16:00", "a range in capitals"),
    ("So, 29.03.2026 · Einlass 16.30 Uhr, Beginn 17 Uhr", "2026-03-29T17:00",
     "a middle dot before doors and start"),
    ("am 5. Mai 2017 um 19:30", "2017-05-05T19:30", "um with colon time, no Uhr"),
    ("Dienstag, 4. November 2014, 10 bis 16.30 Uhr",
     "2014-11-04T10:00/2014-11-04T16:30", "weekday, date and hours"),
    ("5. Mai 2017, 10 Uhr s. t.", "2017-05-05T10:00", "s. t. after Uhr"),
    ("11. und 12. Juli 2016, jeweils ab 9 Uhr", "2016-07-11T09:00/2016-07-12",
     "a start time over two days"),
    ("am 27. und 28. November 2026, jeweils um 20 Uhr", "2026-11-27T20:00; 2026-11-28T20:00",
     "listed days each at its hour: two performances, no run"),
    ("vom 1. bis 3. Mai 2026 jeweils um 20 Uhr", "2026-05-01T20:00/2026-05-03",
     "a run's days at an hour stay a run"),
    ("5. Mai 2017, 17 Uhr bis 21 Uhr, Einlass 16.30 Uhr",
     "2017-05-05T17:00/2017-05-05T21:00", "range, then doors"),
    ("am 5. Mai 2017 um 3:1", "2017-05-05", "a score is no time"),
    ("am 5. Mai 2017 um 24 Uhr", "2017-05-05T23:59", "24 Uhr is the end of the day"),
    # -- one stretch from a day's start time to a later day's end time ------------------
    ("vom 3. Juli 2026, 15 Uhr, bis 5. Juli 2026, 17 Uhr",
     "2026-07-03T15:00/2026-07-05T17:00", "start and end, each with its day and time"),
    ("vom 3. Juli, 15 Uhr, bis 5. Juli 2026, 17 Uhr", "2026-07-03T15:00/2026-07-05T17:00",
     "the start borrows the end's year"),
    ("vom 30. Dezember, 18 Uhr, bis 2. Januar 2027, 12 Uhr",
     "2026-12-30T18:00/2027-01-02T12:00", "a borrowed year steps back over the new year"),
    ("am Samstag, 13. Juni 2026, um 10 Uhr und endet am Sonntag, 14. Juni 2026, um 16 Uhr",
     "2026-06-13T10:00/2026-06-14T16:00", "'und endet am' joins a start to its end"),
    ("Fr, 9.10.2026, 14 Uhr – Sa, 10.10.2026, 16 Uhr", "2026-10-09T14:00/2026-10-10T16:00",
     "a dash between weekday dates with times"),
    ("Beginn: 2. Juni 2025, 13:00 Uhr – Ende: 3. Juni 2025, 15:00 Uhr",
     "2025-06-02T13:00/2025-06-03T15:00", "'Ende:' after the dash"),
    ("13. Juni 2026, 10 Uhr bis 13. Juni 2026, 16 Uhr", "2026-06-13T10:00/2026-06-13T16:00",
     "the same day twice: its hours"),
    ("am 3. Juli 2026, 15 Uhr, und am 5. Juli 2026, 17 Uhr", "2026-07-03T15:00; 2026-07-05T17:00",
     "'und' lists two dates, it joins no stretch"),
    ("5. Juli 2026, 17 Uhr, bis 3. Juli 2026, 15 Uhr", "2026-07-05T17:00; 2026-07-03T15:00",
     "backwards: no stretch"),
    ("3. Juli 2026, 15 Uhr\n- 5. Juli 2026, 17 Uhr", "2026-07-03T15:00; 2026-07-05T17:00",
     "a list's bullet on the next line joins nothing"),
    ("3. Juli 2026 bis 5. Juli 2026, 17 Uhr", "2026-07-03T17:00/2026-07-05",
     "no start time: a run of days with a start time, as before"),
    ("Beginn: 19 Uhr", "", "a time without a date is no mention"),
    ("2. 1. Oktober 2026 – Vortrag", "2026-10-01",
     "a numbered list's number before a date is no day of January"),
    ("1. 3. September 2026", "2026-09-03", "a list's number, then the day and month"),
    ("um 10 Uhr", "", "a time alone"),
    ("von 14 bis 16 Uhr", "", "hours alone"),
    # -- not dates ----------------------------------------------------------------------
    ("im Jahr 2014", "", "lone year"),
    ("2014", "", "lone year alone"),
    ("Saison 2016/17", "", "season"),
    ("2014/2015", "", "two years"),
    ("Industrie 4.0", "", "Industrie 4.0"),
    ("Industrie 4.0.", "", "Industrie 4.0 ending a sentence"),
    ("Version 3.11.7", "", "version number"),
    ("Python 3.11.7 ist da", "", "version number without prefix"),
    ("Das Update 3.11.7.", "", "version ending a sentence"),
    ("Version 3.11.", "", "two-part version with dot"),
    ("12.50 Euro", "", "price"),
    ("Eintritt 12.50 €", "", "price in euro sign"),
    ("Karten kosten 12.05. Euro", "", "price that looks like a date"),
    ("Eintritt CHF 12.5.", "", "a Swiss price before its currency"),
    ("Einsatz CHF 25.–\nSa 26.9.2026  Kinderflohmarkt", "2026-09-26",
     "a price's dash ('25.–') ending its line is no range into the next line's date"),
    ("3:1", "", "score"),
    ("Das Spiel endete 3:1 (2:0).", "", "score with half time"),
    ("Tel. 0711 / 123 45-67", "", "phone number"),
    ("Telefon: +49 (0)711 12 34 56", "", "international phone number"),
    ("Tel.: 0711.12.34.56", "", "dotted phone number"),
    ("Tel. 030 12.10.20", "", "phone number that looks like a date"),
    ("70173 Stuttgart", "", "postcode"),
    ("D-70173 Stuttgart", "", "postcode with country"),
    ("§ 12.3.", "", "section sign"),
    ("Abschnitt 3.2.1", "", "section number"),
    ("Kapitel 3.12.", "", "chapter"),
    ("Nr. 12.3", "", "Nr."),
    ("Nr. 12.3.", "", "Nr. with closing dot"),
    ("Artikel 5.1.", "", "article number"),
    ("Tabelle 2.3.", "", "table number"),
    ("Seite 12.4.", "", "page"),
    ("31. Februar", "", "impossible day"),
    ("30.02.", "", "impossible numeric day"),
    ("31. April", "", "April has 30 days"),
    ("29. Februar 2017", "", "no leap day in 2017"),
    ("31.06.2017", "", "June has 30 days"),
    ("2017-02-30", "", "impossible ISO date"),
    ("am 32. Mai", "", "no 32nd"),
    ("13.13.2013", "", "no 13th month"),
    ("0.5.2017", "", "no day zero"),
    ("die 3. Liga", "", "ordinal"),
    ("der 1. FC Köln", "", "club name"),
    ("zum 5. Mal", "", "Mal is not Mai"),
    ("Mai-Kundgebung", "", "month without day"),
    ("5 Mio. Euro", "", "amount"),
    ("1.000.000 Euro", "", "thousands separators"),
    ("2.500 Besucher", "", "count"),
    ("um 10.30 Uhr", "", "time alone"),
    ("Windows 10", "", "product"),
    ("IP 192.168.1.1", "", "IP address"),
    ("3.5 Prozent", "", "percentage"),
    ("1.5 Liter", "", "decimal"),
    ("ISBN 978-3-16-148410-0", "", "ISBN"),
    ("Aktenzeichen 2 BvR 2014/12", "", "file number"),
    ("Die Tagung", "", "'Die' is not Dienstag"),
    ("Am Montag", "", "weekday alone"),
    ("Mai", "", "month alone"),
    ("10.00", "", "bare time"),
    ("der 3. und 4. Platz", "", "ordinals coordinated"),
    ("Punkt 2.3.", "", "Punkt"),
    ("Ziffer 4.1.", "", "Ziffer"),
    ("Rn. 12.5.", "", "margin number"),
    ("48.7758° N", "", "coordinate"),
    ("Top 5 Jan Müller", "", "name after a number"),
    ("1:0-Sieg am", "", "score in a word"),
    ("10.5.2.3", "", "dotted number chain"),
    ("v2.10.2018", "", "version glued to a letter"),
    ("Nr. 5.11.2014", "", "reference with a full date shape"),
    # -- from real texts ----------------------------------------------------------------
    ("Die Messe findet vom 24. bis 28. April 2017 in Hannover statt.",
     "2017-04-24/2017-04-28", "announcement"),
    ("Am Montag, 11. Juli 2016, trafen sich in Wetzlar Vertreter der Cluster.",
     "2016-07-11", "report with weekday"),
    ("Die Jahrestagung findet am 20.04.2017 im Bundesministerium statt.", "2017-04-20",
     "numeric date in running text"),
    ("Stuttgart, 12.04.2017 – Die Veranstaltung beginnt um 10 Uhr.", "2017-04-12",
     "dateline: the time is not the dateline's"),
    ("Wien - Am 15. Jänner 2012 stimmten die Wähler ab.", "2012-01-15",
     "Austrian newspaper"),
    ("Der Vortrag am Dienstag, 19. März 2019, um 19.30 Uhr ist kostenlos.",
     "2019-03-19T19:30", "weekday, date and time in commas"),
    ("Die Ausstellung ist bis 3. Januar 2017 zu sehen.", "2017-01-03",
     "end of an exhibition"),
    ("Die Bundesweite Clusterwoche (20. - 28. April 2017) bietet viel.",
     "2017-04-20/2017-04-28", "range in parentheses"),
    ("Zukunftstag am 7. März 2019 von 13 bis 18 Uhr im Haus der Wirtschaft",
     "2019-03-07T13:00/2019-03-07T18:00", "date and hours in a title line"),
    ("Termin: Mi., 14.6.2017, 18:00 Uhr", "2017-06-14T18:00", "Termin line"),
    ("Datum: Samstag, 1. Juli 2017 | Zeit: 10 - 17 Uhr", "2017-07-01T10:00/2017-07-01T17:00",
     "time in the next field of a Termin line"),
    ("Die Kulturtage laufen vom 1. – 10. September 2017.", "2017-09-01/2017-09-10",
     "range with spaced dash"),
    ("Anmeldung bis 30. April 2017 unter Tel. 0711 2005-123.", "2017-04-30",
     "deadline and phone number"),
    ("Der Brunch am 5. November kostet 12.50 Euro.", "--11-05", "price after a date"),
    ("Am 3. Oktober 2015 jährt sich die Einheit zum 25. Mal.", "2015-10-03",
     "ordinal after a date"),
    ("Die Wahl am 7.5. brachte 3.5 Prozent.", "--05-07", "short date and a decimal"),
    ("Seit 1. Jänner 2014 gilt die Regel nach § 12.3 des Gesetzes.", "2014-01-01",
     "date and section"),
    ("Die Konferenz (17.–19.10.2016) in Berlin", "2016-10-17/2016-10-19",
     "compact range in parentheses"),
    ("Tag der offenen Tür: Sa., 23.9., 10-16 Uhr", "--09-23T10:00/--09-23T16:00",
     "short date with hours"),
    ("Der Markt öffnet am 1. Advent, am 27.11.2016.", "2016-11-27",
     "ordinal word then date"),
    ("Am 9. November 1989 fiel die Mauer.", "1989-11-09", "historic date"),
    ("Die Spiele vom 5. bis 21. August 2016 in Rio", "2016-08-05/2016-08-21",
     "sport event"),
    ("Das Festival (25.–27.5.2018) lockt Tausende.", "2018-05-25/2018-05-27",
     "compact range before a verb"),
    ("Am 14. und 15. Oktober 2016 tagt das Forum.", "2016-10-14/2016-10-15",
     "pair at sentence start"),
    ("Der Workshop findet am 11.07.2016 von 9.30 bis 16.00 Uhr statt.",
     "2016-07-11T09:30/2016-07-11T16:00", "workshop with hours"),
    ("Als Software läuft hier Android 5.1. Rein von der Hardware her", "",
     "a short numeric date after a name is a version"),
    ("Das Profil 1.1. wird nicht das letzte sein.", "", "version after a noun"),
    ("dank dem Versionswechsel auf NetworkManager 1.8., cifs", "", "version with comma"),
    ("zwei Wochen vor seinem 25. Geburtstag (5.3.) im Interview", "--03-05",
     "a short date in parentheses after a noun"),
    ("Am Freitag (28.06.) sollen 100 Personen kommen.", "--06-28",
     "weekday, then the date in parentheses"),
    ("Termin 5.3. im Rathaus", "--03-05", "Termin before a short date"),
    ("Der Ausschuss werde am 20.06. beraten, die Stadt müsse am 23.06. entscheiden.",
     "--06-20; --06-23", "two short dates"),
    ("Die Staatsanwaltschaft gab am Montag, dem 27. März, die Einstellung bekannt.", "--03-27",
     "weekday with 'dem'"),
    ("Mögliche Termine seien der 24. September sowie der 8. Oktober.", "--09-24; --10-08",
     "sowie der"),
    ("Kader für die EM-Qualifikation. (APA, red, 25.8.2015)", "2015-08-25", "APA byline"),
    ("Dutzende Tote durch Unwetter in Japan (2018-07-09)", "2018-07-09", "Wikinews title"),
    ("Jean Todt: Der Ferrari-Teamchef wurde 60 (2006-03-02)\n\nJean Todt feierte am 26. "
     "Februar einen runden Geburtstag, den 60. Der Franzose Todt ist Teamchef von Ferrari.",
     "2006-03-02; 2006-02-26",
     "'feierte' reports the past, though an 'ist' follows: the February before the title's "
     "date"),
    ("100.000 Fluggäste im Juli 2008 meldet die Firma", "", "month and year only"),
    ("ein Urteil vom 28. Februar 2013 (Rs C-483/10, Rz 96 f)", "2013-02-28",
     "case numbers after a date"),
    ("Die Zeremonien sollen am 21. oder 22. September beginnen.", "--09-21; --09-22",
     "alternatives stay two dates"),
    ("Beim Parteitag, dessen Termin für 16. Jänner festgelegt wurde", "--01-16",
     "Austrian month after für"),
    ("1930 – Das Militär putscht und bringt am 11.11. Vargas an die Macht.", "1930-11-11",
     "a lone year in the sentence, even an old one"),
    ("am Wochenende des 27. und 28. September 2014", "2014-09-27/2014-09-28",
     "weekend pair"),
]

SPANS: list[tuple[str, list[str], str]] = [
    ("Am Dienstag, 4. November 2014, 10 Uhr, in Stuttgart.",
     ["Dienstag, 4. November 2014, 10 Uhr"], "weekday and time belong to the mention"),
    ("vom 20. bis 28. April 2017 in Hannover", ["20. bis 28. April 2017"], "range"),
    ("Am 5.11.2014, 18.30 Uhr.", ["5.11.2014, 18.30 Uhr"], "date and time"),
    ("am 3. und 5. Mai 2017", ["3. und 5. Mai 2017", "3. und 5. Mai 2017"],
     "separate days share the chain's span"),
    ("Am 5. Mai, 2017 war es.", ["5. Mai, 2017"], "comma before year"),
    ("Am 5. Mai und danach", ["5. Mai"], "a trailing connector stays outside"),
    ("Am 5. Mai 2017, Einlass ab 17 Uhr, Beginn 19 Uhr. Danach",
     ["5. Mai 2017, Einlass ab 17 Uhr, Beginn 19 Uhr"], "doors and start"),
    ("Termin: Fr.–So., 4.–6. Mai 2018", ["Fr.–So., 4.–6. Mai 2018"], "weekday range"),
    ("Mo–Fr, 5. – 7. Mai", ["Mo–Fr, 5. – 7. Mai"], "a dash outside Latin-1 after a bare day"),
    ("ä5. Mai 2016, ł12.3.2016 und é5.11.", [], "a digit glued to a letter, ASCII or not"),
    ("15.000 Besucher am 3. Mai", ["3. Mai"], "a thousands group before a date"),
]


def render(mentions: list[DateMention]) -> str:
    """Mentions in the public string forms, as the table writes them."""
    out = []
    for m in mentions:
        end = m.end_str()
        out.append(m.start_str() + ("" if end is None else "/" + end))
    return "; ".join(out)


def test_no_row_twice() -> None:
    texts = [text for text, _, _ in CASES]
    assert len(texts) == len(set(texts))
    assert len(CASES) >= 200


@pytest.mark.parametrize(("text", "expected", "reason"), CASES, ids=[c[0] for c in CASES])
def test_find_dates(text: str, expected: str, reason: str) -> None:
    assert render(find_dates(text)) == expected, reason


@pytest.mark.parametrize(("text", "expected", "reason"), SPANS, ids=[c[0] for c in SPANS])
def test_mention_text(text: str, expected: list[str], reason: str) -> None:
    mentions = find_dates(text)
    assert [m.text for m in mentions] == expected, reason
    assert all(text[m.span[0] : m.span[1]] == m.text for m in mentions)


def test_scan_keeps_the_year_as_written() -> None:
    """The weekday check belongs to year resolution; scanning reports what is written."""
    (mention,) = scan_dates("Dienstag, 5. November 2014")
    assert mention.start_str() == "2014-11-05"
    assert mention.weekday == 1


# -- linear time, counted rather than timed ---------------------------------------------

HOSTILE: list[tuple[str, Callable[[int], str]]] = [
    ("digits and dots", lambda n: "1.2.3.4.5.6.7.8.9.0." * n),
    ("'und 1.' repeated", lambda n: "und 1." * n),
    ("'und 1.' repeated, then a month", lambda n: "und 1. " * n + "Mai 2017"),
    ("bare days, then a month", lambda n: "1. " * n + "Mai"),
    ("many dates on one line", lambda n: "am 5. Mai, " * n),
    ("many year-less dates in one past sentence", lambda n: "Am 5. Mai trafen sich " * n),
    ("many dated ranges", lambda n: "vom 1. bis 3. Mai 2017 " * n),
    ("open ranges", lambda n: "vom 1. bis " * n),
    ("numbers and spaces", lambda n: " ".join(str(i) for i in range(n))),
    ("dots", lambda n: "." * 10 * n),
    ("spaces after a date", lambda n: "5. Mai" + " " * 10 * n + "19 Uhr"),
    ("weekdays", lambda n: "Dienstag, " * n + "5. Mai"),
    ("ISO-like", lambda n: "2017-" * n),
    ("time phrases", lambda n: "5. Mai 2017, Beginn 19 Uhr" + ", Einlass 18 Uhr" * n),
]


@pytest.mark.parametrize(("name", "make"), HOSTILE, ids=[h[0] for h in HOSTILE])
def test_work_grows_linearly_on_hostile_text(name: str, make: Callable[[int], str]) -> None:
    """Ten times the input costs at most about ten times the calls."""
    small, large = make(500), make(5000)
    reference = dt.date(2017, 1, 1)
    find_dates(small, reference)  # warm lazy imports and caches
    ratio = work(lambda: find_dates(large, reference)) / max(
        1, work(lambda: find_dates(small, reference)))
    assert ratio <= 11, name


@pytest.mark.parametrize("pattern", [
    dates._CONNECTOR, dates._FIRST_TIME, dates._MORE_TIME, dates._WEEKDAY_BEFORE,
    dates._PREFIX_BEFORE, dates._AMOUNT_AFTER, dates._ITEM_PARTS, dates._BETWEEN_BEFORE,
], ids=lambda p: p.pattern[:30])
def test_patterns_have_only_bounded_repetition(pattern: re.Pattern[str]) -> None:
    """Inside one regex match the work is bounded when every repetition is: the reason a
    match attempt costs a constant, whatever the text around it."""
    assert not re.search(r"(?<!\\)[*+]", pattern.pattern)


# fragments of dates, numbers and the characters around them, ASCII and not
FRAGMENTS = [
    "5", "12", "31", "2014", "000", ".", ". ", " ", "  ", "\n", "\t", "-", "–", "—", "/", ",",
    "&", "+", "bis", "und", "oder", "sowie", "am ", "Mai", "Mal", "MÄRZ", "Nov", "November",
    "Jänner", "Minuten", "Fr.", "den ", "ä", "ł", "€", "x", "_", ":",
]  # fmt: skip


@given(st.lists(st.sampled_from(FRAGMENTS), max_size=30).map("".join))
@settings(max_examples=300, deadline=None)
def test_the_rough_scan_finds_every_chain_longer_than_a_bare_day(text: str) -> None:
    """The candidate scan runs over the text's digits-as-zero Latin-1 copy, with a
    look-ahead that skips lone ordinals: it must still find every chain start that the
    text itself shows, wherever the chain is more than a bare day."""
    found = {m.start() for m in dates._ROUGH_START.finditer(dates._digits_as_zero(text))}
    for start in dates._CHAIN_START.finditer(text):
        chain = dates._CHAIN.match(text, start.start())
        if chain is not None and chain.end() - chain.start() > len("31."):
            assert chain.start() in found, (text, chain.group())


def test_the_chain_repeats_only_whole_connector_item_pairs() -> None:
    """The one unbounded repetition in the chain pattern is (connector item)*; both parts
    are bounded and every connector holds a word or sign, so the engine never has two
    ways to split a chain."""
    unbounded = re.findall(r"(?<!\\)[*+]", dates._CHAIN.pattern)
    assert unbounded == ["*"]
    assert dates._CHAIN.pattern.endswith(")*")
