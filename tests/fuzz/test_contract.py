"""Random but valid screenings through the contract and the engine, on the project's real rules:
every answer keeps the promises of shared/SPEC-screening.md, explains itself, and is the same twice."""
from __future__ import annotations

import copy

from hypothesis import given
from hypothesis import strategies as st

from screener.contract import ScreeningError, parse_bulk
from screener.offenses import match_offense
from screener.screen import screen_data
from screener.vocab import OUTCOMES, RELIEFS
from tests.fuzz.budget import budget, real_rulebook, tried
from tests.fuzz.openapi_check import validate
from tests.fuzz.strategies import FREE_TEXT, TODAY, broken_screenings, screenings

STATUSES = {"met", "unmet", "unknown"}


def check_result(screening: dict, result: dict) -> None:
    assert len(result["records"]) == len(screening["records"])
    for index, determination in enumerate(result["records"]):
        where = f"record {index}: {determination}"
        outcome, relief, citation = determination["outcome"], determination["relief"], determination["citation"]
        assert determination["index"] == index
        assert determination["jurisdiction"] == screening["records"][index]["jurisdiction"].strip().upper()
        assert outcome in OUTCOMES, where
        # relief: null exactly when there is nothing to file under; citation: null only with no law.
        assert (relief is None) == (outcome in ("not_eligible", "no_relief_law")), where
        assert relief is None or relief in RELIEFS, where
        assert (citation is None) == (outcome == "no_relief_law"), where
        assert citation is None or citation.strip(), where
        assert determination["summary"].strip(), where
        assert determination["next_steps"], where
        reasons = determination["reasons"]
        # Every answer explains itself; an unknown is never turned into a no.
        statuses = {reason["status"] for reason in reasons}
        assert statuses <= STATUSES, where
        assert all(reason["text"].strip() and reason["condition"] for reason in reasons), where
        if outcome != "no_relief_law":
            assert reasons, where
            assert all(reason["citation"].strip() for reason in reasons), where
        if outcome == "eligible":
            assert statuses == {"met"}, where
        elif outcome == "possibly_eligible":
            assert "unknown" in statuses and "unmet" not in statuses, where
        elif outcome == "not_eligible":
            assert "unmet" in statuses, where
        for alternative in determination["alternatives"]:
            assert alternative["relief"] in RELIEFS and alternative["outcome"] in OUTCOMES, where


@budget("contract")
@given(screening=screenings())
def test_every_valid_screening_gets_a_sound_answer_and_the_same_answer_twice(screening):
    tried("contract")
    original = copy.deepcopy(screening)
    result = screen_data(screening, real_rulebook(), today=TODAY)
    assert screening == original  # the input is not changed
    check_result(screening, result)
    validate("Result", result)
    assert screen_data(copy.deepcopy(screening), real_rulebook(), today=TODAY) == result


@budget("contract")
@given(bulk=st.lists(screenings(max_records=2), min_size=1, max_size=4))
def test_a_bulk_array_answers_each_screening_in_order(bulk):
    tried("contract")
    results = screen_data(bulk, real_rulebook(), today=TODAY)
    validate("Results", results)
    assert results == [screen_data(one, real_rulebook(), today=TODAY) for one in bulk]


@budget("contract")
@given(data=st.one_of(broken_screenings(), st.lists(broken_screenings(), min_size=1, max_size=3)))
def test_broken_screenings_are_answered_or_refused_field_by_field(data):
    """Whatever a field holds, the contract answers or names the field; it never raises anything else."""
    tried("contract")
    try:
        parsed = parse_bulk(data, today=TODAY)
    except ScreeningError as error:
        assert error.errors
        validate("Errors", {"errors": [e.to_json() for e in error.errors]})
        return
    results = screen_data(data, real_rulebook(), today=TODAY)
    for screening, result in zip(data if isinstance(data, list) else [data],
                                 results if isinstance(results, list) else [results]):
        check_result(screening, result)
    assert isinstance(parsed, list) == isinstance(data, list)


def test_every_jurisdiction_of_the_real_rules_is_encoded():
    """The contract's "citation null only with no_relief_law" holds because every jurisdiction is
    encoded: where rules are missing, a record is answered possibly_eligible with no citation."""
    from screener.vocab import JURISDICTIONS
    assert set(real_rulebook().jurisdictions) == set(JURISDICTIONS)


@budget("match")
@given(text=st.one_of(FREE_TEXT, st.text(max_size=500), st.text("abcdefghijklmnopqrstuvwxyz ", max_size=500)))
def test_offense_matching_takes_any_text(text):
    tried("match")
    matches = [m.to_json() for m in match_offense(text, real_rulebook().offenses)]
    for match in matches:
        validate("OffenseMatch", match)
    assert [m["score"] for m in matches] == sorted((m["score"] for m in matches), reverse=True)
    assert matches == [m.to_json() for m in match_offense(text, real_rulebook().offenses)]
