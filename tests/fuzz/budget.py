"""Fuzzing budgets and the count of inputs tried (see conftest.py)."""
from __future__ import annotations

import functools
import os
from collections import Counter

from hypothesis import HealthCheck, settings

from screener.rulebook import load_rulebook

PROFILE = os.environ.get("SCREENER_FUZZ", "quick")
# Inputs per test, by kind of test: quick keeps `make test` fast; long is for `make fuzz`.
BUDGETS = {
    "quick": {"api": 30, "contract": 120, "forms": 25, "visit": 8, "cli": 120, "match": 60},
    "long": {"api": 600, "contract": 3000, "forms": 500, "visit": 150, "cli": 3000, "match": 1500},
}
_COMMON = dict(deadline=None, print_blob=True,
               suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                      HealthCheck.filter_too_much, HealthCheck.function_scoped_fixture])
settings.register_profile("screener-quick", derandomize=True, database=None, **_COMMON)
settings.register_profile("screener-long", database=None, **_COMMON)
if PROFILE not in BUDGETS:
    raise SystemExit(f"SCREENER_FUZZ must be one of {', '.join(BUDGETS)}, not {PROFILE!r}")

TRIED: Counter[str] = Counter()  # inputs tried, by kind


def budget(kind: str) -> settings:
    """Hypothesis settings for one fuzz test: this profile's budget for its kind of input."""
    return settings(settings.get_profile(f"screener-{PROFILE}"), max_examples=BUDGETS[PROFILE][kind])


def tried(kind: str) -> None:
    TRIED[kind] += 1


@functools.cache
def real_rulebook():
    """The project's own rules: every jurisdiction encoded, as survivors meet them. (A function,
    not a fixture, so Hypothesis never prints the whole rulebook with a failing example.)"""
    return load_rulebook()
