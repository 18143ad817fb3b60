"""Oklahoma: H.B. 1058 (2013), expungement of prostitution records of trafficking victims.

The statute text was not found; the terms are those the Oklahoma Senate and news reports state,
and every answer asks for a lawyer's review."""
from tests.cases import determine, status

CITATION = "Okla. H.B. 1058 (2013)"


def test_prostitution_conviction_may_be_expunged_pending_review():
    """H.B. 1058 (Oklahoma Senate press release): 'It allows a charge to be expunged if that person
    was forced into prostitution as a victim of human trafficking.'"""
    d = determine("OK", "prostitution")
    assert d["outcome"] == "possibly_eligible"
    assert d["relief"] == "expungement"
    assert d["citation"] == CITATION
    assert status(d, "offense_covered") == "met"
    assert status(d, "statute_text_review") == "unknown"


def test_drug_conviction_is_not_reached():
    """H.B. 1058 (The Oklahoman): it 'allows the victims of human trafficking to have
    prostitution-related offenses expunged'; a drug offense is not prostitution-related."""
    d = determine("OK", "drug_possession")
    assert d["outcome"] == "not_eligible"
    assert d["relief"] is None
    assert status(d, "offense_covered") == "unmet"


def test_juvenile_adjudication_is_not_reported_as_covered():
    """H.B. 1058 (AP): 'The bill would allow victims of sex trafficking to petition to have
    prostitution convictions cleared'; juvenile records are not mentioned (H.B. 1067 instead bars
    charging child victims)."""
    d = determine("OK", "prostitution", record_type="juvenile_adjudication", age_at_offense=16)
    assert d["outcome"] == "not_eligible"
    assert status(d, "record_type") == "unmet"


def test_prostitution_charge_may_be_expunged_pending_review():
    """H.B. 1058 (Oklahoma Senate press release): 'It allows a charge to be expunged'."""
    d = determine("OK", "prostitution", record_type="arrest")
    assert d["outcome"] == "possibly_eligible"
    assert status(d, "record_type") == "met"


def test_conviction_not_from_trafficking_is_not_reached():
    """H.B. 1058 (Oklahoma Senate press release): only 'if that person was forced into prostitution
    as a victim of human trafficking'."""
    d = determine("OK", "prostitution", related_to_trafficking="no")
    assert d["outcome"] == "not_eligible"
    assert status(d, "nexus") == "unmet"


def test_other_prostitution_related_offense_is_for_the_court():
    """H.B. 1058 (The Oklahoman): 'prostitution-related offenses'; which ones was not checked."""
    d = determine("OK", "loitering_for_prostitution")
    assert d["outcome"] == "possibly_eligible"
    assert status(d, "offense_covered") == "unknown"
