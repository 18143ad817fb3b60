"""Alaska: no trafficking-survivor record relief law was found (bills such as SB 165 (31st Leg.),
SB 189 (32nd) and SB 66 / HB 68 / SB 28 (33rd) would have created one; none was shown enacted)."""
from tests.cases import determine


def _assert_no_law(d):
    assert d["outcome"] == "no_relief_law"
    assert d["relief"] is None
    assert d["citation"] is None


def test_prostitution_conviction_has_no_trafficking_relief_law():
    """SB 28 (33rd Leg.), title: 'establishing the process for vacating judgments for certain
    convictions of prostitution' - a bill, not a law in force."""
    _assert_no_law(determine("AK", "prostitution", record_type="conviction"))


def test_felony_drug_conviction_has_no_trafficking_relief_law():
    """SB 66 (33rd Leg.) would have covered 'certain convictions of prostitution and misconduct
    involving a controlled substance'; it was not shown enacted."""
    _assert_no_law(determine("AK", "drug_possession", level="felony"))


def test_juvenile_adjudication_has_no_trafficking_relief_law():
    """No Alaska statute read reaches juvenile adjudications of trafficking survivors."""
    _assert_no_law(determine("AK", "theft", record_type="juvenile_adjudication", age_at_offense=15))


def test_arrest_has_no_trafficking_relief_law_but_other_routes_are_named():
    """No trafficking-specific law; the general routes (AS 12.55.085 set-aside, HB 11 (2016)
    court-website removal) are offered as next steps."""
    d = determine("AK", "prostitution", record_type="arrest")
    _assert_no_law(d)
    assert any("12.55.085" in step for step in d["next_steps"])


def test_labor_trafficking_survivor_has_no_trafficking_relief_law():
    """No Alaska statute read gives record relief to labor trafficking survivors."""
    _assert_no_law(determine("AK", "theft", person={"trafficking_type": "labor"}))
