"""calendarize: German press releases in, iCalendar events out."""

__version__ = "0.1.0"
