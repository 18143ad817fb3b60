"""Helpers for case tests decided from statute text: one record, one determination.

A case names only what the statute turns on; everything else takes a plain default (an adult
conviction for a misdemeanor, connected to the trafficking, which ended in 2019), so each test
reads like the clause it cites.
"""
from __future__ import annotations

from functools import lru_cache

from screener.contract import parse_screening
from screener.engine import evaluate
from screener.rulebook import load_rulebook

AS_OF = "2026-11-21"


@lru_cache(maxsize=1)
def rulebook():
    return load_rulebook()


def determine(jurisdiction: str, offense_category: str, *, as_of: str = AS_OF,
              person: dict | None = None, **record) -> dict:
    """The JSON determination for one record; `person` and `record` override the defaults."""
    screening = {
        "as_of": as_of,
        "person": {"trafficking_type": "sex", "trafficking_ended_on": "2019-06-01", **(person or {})},
        "records": [{
            "jurisdiction": jurisdiction,
            "offense_category": offense_category,
            "level": "misdemeanor",
            "record_type": "conviction",
            "age_at_offense": 25,
            "related_to_trafficking": "yes",
            **record,
        }],
    }
    result = evaluate(parse_screening(screening), rulebook())
    return result.to_json()["records"][0]


def status(determination: dict, condition: str) -> str | None:
    """The status of one checked condition of the chosen law, or None if it was not checked."""
    return next((r["status"] for r in determination["reasons"] if r["condition"] == condition), None)


def alternative(determination: dict, relief: str) -> dict | None:
    return next((a for a in determination["alternatives"] if a["relief"] == relief), None)
