"""The one call every adapter makes: decoded JSON in, result JSON out (or field errors)."""
from __future__ import annotations

import datetime as dt

from .contract import parse_bulk
from .engine import evaluate
from .rulebook import Rulebook


def screen_data(data, rulebook: Rulebook, *, today: dt.date | None = None) -> dict | list[dict]:
    """One screening object gives one result; a list gives a list of results in the same order.

    Raises contract.ScreeningError naming each field in error; nothing is evaluated then.
    """
    parsed = parse_bulk(data, today=today)
    if isinstance(parsed, list):
        return [evaluate(screening, rulebook).to_json() for screening in parsed]
    return evaluate(parsed, rulebook).to_json()
