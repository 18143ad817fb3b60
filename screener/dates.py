"""Date arithmetic the law relies on, each rule stated once (the Catala lesson).

- Ages are whole years completed: a person is 18 from the 18th birthday on.
- Adding years to 29 February lands on 28 February in a year that has no 29 February: the
  earlier day, so a deadline computed here is never later than the law's.
- A deadline day itself is still in time ("within N years" includes the last day).
"""
from __future__ import annotations

import datetime as dt


def add_years(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February into a year without one
        return day.replace(year=day.year + years, day=28)


def age_on(birth: dt.date, day: dt.date) -> int:
    """Whole years completed on `day` by someone born on `birth`."""
    had_birthday = (day.month, day.day) >= (birth.month, birth.day)
    return day.year - birth.year - (0 if had_birthday else 1)


def within_years(start: dt.date, years: int, day: dt.date) -> bool:
    """Is `day` no later than `years` years after `start` (the last day counts)?"""
    return day <= add_years(start, years)
