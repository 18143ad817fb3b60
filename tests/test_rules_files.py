"""Every rules file: valid, cited, dated, reviewed, and mirrored by its own test module."""
import ast
import datetime as dt
from pathlib import Path

import pytest

from screener.rulebook import DEFAULT_RULES_DIR, load_rulebook, stale_laws
from screener.vocab import OFFENSE_CATEGORIES, RELIEFS

TESTS = Path(__file__).parent / "jurisdictions"
CODES = sorted(path.stem for path in (DEFAULT_RULES_DIR / "jurisdictions").glob("*.yaml"))


@pytest.fixture(scope="module")
def rulebook():
    return load_rulebook()


def test_the_real_rulebook_loads(rulebook):
    assert set(rulebook.offenses) == set(OFFENSE_CATEGORIES)
    assert set(rulebook.reliefs) == set(RELIEFS)
    assert len({r.rank for r in rulebook.reliefs.values()}) == len(RELIEFS)


@pytest.mark.parametrize("code", CODES)
def test_every_law_carries_its_metadata(rulebook, code):
    jurisdiction = rulebook.jurisdictions[code]
    assert jurisdiction.laws or (jurisdiction.no_law_note and jurisdiction.other_routes), \
        "a jurisdiction without a law needs a note and somewhere to turn"
    for law in jurisdiction.laws:
        assert law.citation.strip() and law.sources and law.notes.strip()
        assert all(source.url.startswith("https://") or source.url.startswith("http://") for source in law.sources)
        assert law.last_reviewed >= dt.date(2019, 1, 1)
        assert law.versions[0].effective <= law.last_reviewed or law.notes, "a future law says so in notes"


def _case_count(test: ast.FunctionDef) -> int:
    """1, or the number of literal cases of a @pytest.mark.parametrize."""
    for decorator in test.decorator_list:
        if isinstance(decorator, ast.Call) and getattr(decorator.func, "attr", "") == "parametrize" \
                and len(decorator.args) > 1 and isinstance(decorator.args[1], (ast.List, ast.Tuple)):
            return len(decorator.args[1].elts)
    return 1


@pytest.mark.parametrize("code", CODES)
def test_every_jurisdiction_has_five_case_tests(code):
    module = TESTS / f"test_{code.lower()}.py"
    assert module.exists(), f"{module.name} is missing: each rules file has its test module"
    tree = ast.parse(module.read_text())
    tests = [node for node in tree.body if isinstance(node, ast.FunctionDef) and node.name.startswith("test_")]
    cases = sum(_case_count(test) for test in tests)
    assert cases >= 5, f"{module.name} has {cases} case tests; at least five are needed"
    undocumented = [t.name for t in tests if not ast.get_docstring(t)]
    assert not undocumented, f"each case cites its deciding clause in a docstring: {undocumented}"


def test_stale_laws_are_listed_by_a_fixed_day(fixture_rulebook):
    assert stale_laws(fixture_rulebook, dt.date(2026, 6, 1)) == []
    stale = stale_laws(fixture_rulebook, dt.date(2027, 1, 3))
    assert "AK: Fixture Code § 1: last reviewed 2026-01-01, over 365 days ago" in stale
    assert "AL: (no relief law): last reviewed 2026-01-01, over 365 days ago" in stale


@pytest.mark.parametrize("code", CODES)
def test_scope_sentences_read_as_sentences(code):
    """A scope the rules write as whole sentences is not pasted after "It covers"."""
    from tests.cases import determine
    for category in ("prostitution", "theft", "assault"):
        for reason in determine(code, category)["reasons"]:
            assert "It covers The " not in reason["text"] and "It covers This " not in reason["text"]
