"""Property-based fuzzing of every way in: the API (schemathesis, from its OpenAPI description), the
screening contract and engine, the questionnaire's form posts, and the command line's input.

Budgets: `make test` runs the "quick" profile (a fixed number of inputs per test, a fixed seed);
`make fuzz` runs "long" (SCREENER_FUZZ=long: many more inputs, a fresh seed each run, printed with
any failure so it can be replayed). The terminal summary says how many inputs were tried.
"""
from __future__ import annotations

import pytest

from tests.fuzz.budget import PROFILE, TRIED


@pytest.fixture(scope="session")
def fuzz_app():
    from screener.web import create_app
    return create_app({"TESTING": True, "SECRET_KEY": "fuzz", "QUICK_EXIT_URL": "https://neutral.example/"})


def pytest_terminal_summary(terminalreporter):
    if not TRIED:
        return
    kinds = ", ".join(f"{kind} {count}" for kind, count in sorted(TRIED.items()))
    seed = "fixed seed" if PROFILE == "quick" else "random seed"
    terminalreporter.write_line(f"fuzz ({PROFILE}, {seed}): {sum(TRIED.values())} inputs tried: {kinds}")
