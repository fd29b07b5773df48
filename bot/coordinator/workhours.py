"""Working hours: how long something has waited in the hours someone could have acted on it.

A working hour is one between 08:00 and 17:00 local time (Europe/Stockholm), Monday to
Friday, except Swedish public holidays (the `holidays` package's Swedish calendar: nyårsdagen,
trettondedag jul, långfredagen, annandag påsk, första maj, Kristi himmelfärdsdag, nationaldagen,
juldagen, annandag jul) and the eves that are days off in practice (midsommarafton, julafton,
nyårsafton). A question asked on Friday at 16:00 and still unanswered on Monday at 09:00 has
waited two working hours, not 65 calendar hours. A coordinator's leave is not known here.
Times are compared as wall-clock times in the zone, so a day with a daylight-saving
change still has nine working hours.
"""
from __future__ import annotations

from datetime import date, datetime, time, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

import holidays

DEFAULT_TZ = "Europe/Stockholm"
DAY_START = time(8, 0)
DAY_END = time(17, 0)
WORKDAYS = frozenset(range(5))  # Monday (0) … Friday (4)
# Not public holidays, but days off in Swedish workplaces (the holidays package's "bank" category).
DAYS_OFF = ("Midsummer Eve", "Christmas Eve", "New Year's Eve")


@lru_cache(maxsize=64)
def days_off(year: int) -> frozenset[date]:
    """The Swedish public holidays of `year` on weekdays, and midsommarafton, julafton and nyårsafton."""
    public = holidays.country_holidays("SE", years=year)
    bank = holidays.country_holidays("SE", years=year, categories=("bank",))
    eves = {day for day, name in bank.items() if any(eve == part.strip() for part in name.split(";")
                                                      for eve in DAYS_OFF)}
    return frozenset(day for day in {*public, *eves} if day.weekday() in WORKDAYS)


def is_workday(day: date) -> bool:
    """Monday to Friday, and not a Swedish public holiday or a day off (see the module's docstring)."""
    return day.weekday() in WORKDAYS and day not in days_off(day.year)


def working_hours_between(start: datetime, end: datetime, tz: str = DEFAULT_TZ) -> float:
    """Working hours (Mon–Fri 08:00–17:00 in `tz`, Swedish holidays excluded) from `start` to `end`;
    0 if end is not after start.

    Both datetimes must be timezone-aware.
    """
    if start.tzinfo is None or end.tzinfo is None:
        raise ValueError("working_hours_between needs timezone-aware datetimes")
    zone = ZoneInfo(tz)
    start, end = start.astimezone(zone), end.astimezone(zone)
    if end <= start:
        return 0.0
    seconds = 0.0
    day = start.date()
    while day <= end.date():
        if is_workday(day):
            opens, closes = _wall(day, DAY_START), _wall(day, DAY_END)
            lo = max(_naive(start), opens)
            hi = min(_naive(end), closes)
            if hi > lo:
                seconds += (hi - lo).total_seconds()
        day += timedelta(days=1)
    return seconds / 3600.0


def _wall(day: date, at: time) -> datetime:
    return datetime.combine(day, at)


def _naive(moment: datetime) -> datetime:
    """The local wall-clock time (moment is already in the zone)."""
    return moment.replace(tzinfo=None)
