"""Working hours: how long something has waited in the hours someone could have acted on it.

A working hour is one between 08:00 and 17:00 local time (Europe/Stockholm), Monday to
Friday. A question asked on Friday at 16:00 and still unanswered on Monday at 09:00 has
waited two working hours, not 65 calendar hours. Public holidays (midsommarafton, jul …)
are not known here and count as working days; so does a coordinator's leave.
Times are compared as wall-clock times in the zone, so a day with a daylight-saving
change still has nine working hours.
"""
from __future__ import annotations

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

DEFAULT_TZ = "Europe/Stockholm"
DAY_START = time(8, 0)
DAY_END = time(17, 0)
WORKDAYS = frozenset(range(5))  # Monday (0) … Friday (4)


def working_hours_between(start: datetime, end: datetime, tz: str = DEFAULT_TZ) -> float:
    """Working hours (Mon–Fri 08:00–17:00 in `tz`) from `start` to `end`; 0 if end is not after start.

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
        if day.weekday() in WORKDAYS:
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
