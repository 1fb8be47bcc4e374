"""Properties of the date finder, checked on generated input (hypothesis).

Any supported form rendered from a random valid date reads back exactly; any text at all
gives mentions whose spans lie inside it and slice to their text, whose start is not
after their end, and whose days are real calendar days.
"""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from calendarize.dates import find_dates
from calendarize.model import DateMention, Day

MONTH_NAMES = {
    1: ["Januar", "Jänner", "Jan.", "Jaenner"], 2: ["Februar", "Feber", "Feb.", "Febr."],
    3: ["März", "Maerz", "Mrz."], 4: ["April", "Apr."], 5: ["Mai"], 6: ["Juni", "Jun."],
    7: ["Juli", "Jul."], 8: ["August", "Aug."], 9: ["September", "Sept.", "Sep."],
    10: ["Oktober", "Okt."], 11: ["November", "Nov."], 12: ["Dezember", "Dez."],
}  # fmt: skip
WEEKDAY_NAMES = [
    ["Montag", "Mo.", "Mo"], ["Dienstag", "Di.", "Di"], ["Mittwoch", "Mi.", "Mi"],
    ["Donnerstag", "Do.", "Do"], ["Freitag", "Fr.", "Fr"], ["Samstag", "Sa.", "Sonnabend"],
    ["Sonntag", "So.", "So"],
]  # fmt: skip
DASHES = ["-", "–", "—", " - ", " – ", " bis ", " bis zum "]
SETTINGS = settings(max_examples=400, deadline=None)

dates = st.dates(min_value=dt.date(1970, 1, 1), max_value=dt.date(2069, 12, 31))


def day_forms(draw: st.DrawFn, d: dt.date) -> str:
    """One written form of a full date."""
    kind = draw(st.integers(0, 5))
    if kind == 0:
        return f"{d.day}. {draw(st.sampled_from(MONTH_NAMES[d.month]))} {d.year}"
    if kind == 1:
        return f"{d.day}.{d.month}.{d.year}"
    if kind == 2:
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if kind == 3:
        return f"{d.day:02d}.{d.month:02d}.{d.year % 100:02d}"
    if kind == 4:
        return d.isoformat()
    return f"{d.day}. {MONTH_NAMES[d.month][0].upper()} {d.year}"


@st.composite
def single_days(draw: st.DrawFn) -> tuple[str, str, str | None]:
    d = draw(dates)
    form = day_forms(draw, d)
    if draw(st.booleans()):
        form = f"{draw(st.sampled_from(WEEKDAY_NAMES[d.weekday()]))}, {form}"
    return form, d.isoformat(), None


@st.composite
def timed_days(draw: st.DrawFn) -> tuple[str, str, str | None]:
    d = draw(dates)
    h1 = draw(st.integers(0, 22))
    m1 = draw(st.sampled_from([0, 15, 30, 45]))
    h2 = draw(st.integers(h1 + 1, 23))
    start = f"{d.isoformat()}T{h1:02d}:{m1:02d}"
    sep = draw(st.sampled_from([":", "."]))
    clock = f"{h1}{sep}{m1:02d}" if m1 or draw(st.booleans()) else f"{h1}"
    kind = draw(st.integers(0, 3))
    if kind == 0:
        return f"{day_forms(draw, d)} um {clock} Uhr", start, None
    if kind == 1:
        return f"{day_forms(draw, d)}, {clock} Uhr", start, None
    if kind == 2:
        return (f"{day_forms(draw, d)}, Einlass ab {max(h1 - 1, 0)} Uhr, Beginn {clock} Uhr",
                start, None)
    return (f"{day_forms(draw, d)} von {clock} bis {h2} Uhr", start,
            f"{d.isoformat()}T{h2:02d}:00")


@st.composite
def ranges(draw: st.DrawFn) -> tuple[str, str, str | None]:
    # the last day stays inside the window two-digit years can name (1970-2069)
    first = draw(st.dates(min_value=dt.date(1970, 1, 1), max_value=dt.date(2069, 10, 31)))
    last = first + dt.timedelta(days=draw(st.integers(1, 60)))
    dash = draw(st.sampled_from(DASHES))
    month = draw(st.sampled_from(MONTH_NAMES[last.month]))
    kind = draw(st.integers(0, 3))
    if kind == 0 and (first.year, first.month) == (last.year, last.month):
        text = f"{first.day}.{dash}{last.day}. {month} {last.year}"
    elif kind == 1 and first.year == last.year:
        text = f"{first.day}.{first.month}.{dash}{last.day}.{last.month}.{last.year}"
    elif kind == 2 and first.year == last.year:
        first_month = draw(st.sampled_from(MONTH_NAMES[first.month]))
        text = f"{first.day}. {first_month}{dash}{last.day}. {month} {last.year}"
    else:
        text = f"{day_forms(draw, first)}{dash}{day_forms(draw, last)}"
    if draw(st.booleans()) and "bis" in dash:
        text = "vom " + text
    return text, first.isoformat(), last.isoformat()


@st.composite
def coordinated(draw: st.DrawFn) -> tuple[str, str, str | None]:
    """Two or three listed days of one month: one span when consecutive."""
    first = draw(st.dates(min_value=dt.date(1970, 1, 1), max_value=dt.date(2069, 12, 26)))
    days = [first + dt.timedelta(days=i) for i in range(draw(st.integers(2, 3)))]
    if days[-1].month != first.month:
        days = days[:1]
    month = draw(st.sampled_from(MONTH_NAMES[first.month]))
    *head, last = [f"{d.day}." for d in days]
    joined = (", ".join(head) + draw(st.sampled_from([" und ", "/", " & "])) + last
              if head else last)
    end = days[-1].isoformat() if len(days) > 1 else None
    return f"{joined} {month} {first.year}", first.isoformat(), end


@given(st.one_of(single_days(), timed_days(), ranges(), coordinated()),
       st.sampled_from(["Die Tagung findet am {} in Berlin statt.", "Termin: {}", "({})",
                        "{}", "Am {} trafen sich alle."]))
@SETTINGS
def test_rendered_dates_read_back(case: tuple[str, str, str | None], frame: str) -> None:
    form, start, end = case
    text = frame.format(form)
    (mention,) = find_dates(text)
    assert (mention.start_str(), mention.end_str()) == (start, end), text


TOKENS = st.sampled_from([
    "1", "12", "31", "2017", "17", "05", ".", ". ", " ", ",", ", ", "-", "–", "/", ":",
    " bis ", " und ", " vom ", " am ", "Mai", "Juni", "Dezember", "Jänner", "Sept.",
    "Dienstag", "Fr.", "Uhr", " Uhr", "um ", "ab ", "Beginn: ", "Einlass ab ", "\n",
    "zwischen dem ", "Nr. ", "Euro", "2016", "29.02.", "30.", "oder ", "Stand: ", "2014-11-05",
])  # fmt: skip
texts = st.one_of(
    st.text(max_size=200),
    st.lists(st.one_of(TOKENS, st.text(max_size=3)), max_size=60).map("".join),
)
references = st.one_of(st.none(), st.dates(min_value=dt.date(1600, 1, 1),
                                           max_value=dt.date(2099, 12, 31)))


def real(day: Day) -> bool:
    """Whether the day exists (in a leap year, when its year is unknown)."""
    try:
        dt.date(2000 if day.year is None else day.year, day.month, day.day)
    except ValueError:
        return False
    return True


def ordered(m: DateMention) -> bool:
    end = m.end_str()
    if end is None or not m.year_known or (m.end is not None and not m.end.year_known):
        return True
    return m.start_str() <= end


@given(texts, references)
@SETTINGS
def test_any_text_gives_sound_mentions(text: str, reference: dt.date | None) -> None:
    for m in find_dates(text, reference):
        begin, end = m.span
        assert 0 <= begin < end <= len(text)
        assert text[begin:end] == m.text
        assert real(m.start)
        assert m.end is None or real(m.end)
        assert m.end is None or m.end.year_known == m.start.year_known
        assert ordered(m), m
