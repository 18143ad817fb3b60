"""Date arithmetic the law relies on, each rule stated once (the Catala lesson).

- Ages are whole years completed: a person is 18 from the 18th birthday on.
- Adding years or months to a day the target month lacks (29 February, 31 April) lands on the
  month's last day: the earlier day, so a deadline computed here is never later than the law's.
- A deadline day itself is still in time ("within N years" includes the last day).
"""
from __future__ import annotations

import datetime as dt


def add_years(day: dt.date, years: int) -> dt.date:
    return add_period(day, years=years)


def add_period(day: dt.date, years: int = 0, months: int = 0, days: int = 0) -> dt.date:
    """Years and months first (a month-end day stays within its month), then days."""
    total = day.year * 12 + day.month - 1 + years * 12 + months
    year, month = divmod(total, 12)
    month += 1
    last = (dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)).day
    return dt.date(year, month, min(day.day, last)) + dt.timedelta(days=days)


def age_on(birth: dt.date, day: dt.date) -> int:
    """Whole years completed on `day` by someone born on `birth`."""
    had_birthday = (day.month, day.day) >= (birth.month, birth.day)
    return day.year - birth.year - (0 if had_birthday else 1)


def within_years(start: dt.date, years: int, day: dt.date) -> bool:
    """Is `day` no later than `years` years after `start` (the last day counts)?"""
    return day <= add_years(start, years)
