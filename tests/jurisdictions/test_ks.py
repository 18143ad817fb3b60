"""Kansas: cases decided from the one-year coercion rule of K.S.A. 21-6614 (as stated on the Kansas
expungement petition form and in the 2025 bill summary; the subsection text was not read)."""
from tests.cases import determine, status


def test_prostitution_conviction_under_coercion_may_be_expunged_after_one_year():
    """K.S.A. 21-6614 (petition form): 'I was convicted/received a diversion for prostitution and I
    can prove that I was acting under coercion', with a one-year wait instead of three."""
    d = determine("KS", "prostitution")
    assert d["outcome"] == "possibly_eligible"
    assert d["relief"] == "expungement"
    assert d["citation"] == "K.S.A. 21-6614"
    assert status(d, "offense_covered") == "met"
    assert status(d, "waiting_period") == "unknown"


def test_theft_conviction_is_not_covered_by_the_coercion_rule():
    """K.S.A. 21-6614 (petition form): the one-year rule is for a person 'convicted/received a
    diversion for prostitution'; other offenses follow the general three- or five-year waits."""
    d = determine("KS", "theft")
    assert d["outcome"] == "not_eligible"
    assert status(d, "offense_covered") == "unmet"


def test_prostitution_conviction_without_coercion_is_not_covered():
    """K.S.A. 21-6614 (petition form): '... and I can prove that I was acting under coercion'."""
    d = determine("KS", "prostitution", related_to_trafficking="no")
    assert d["outcome"] == "not_eligible"
    assert status(d, "nexus") == "unmet"


def test_juvenile_adjudication_is_not_reached():
    """K.S.A. 21-6614 (petition form) reaches a person 'convicted' or who 'received a diversion';
    juvenile adjudications are not named."""
    d = determine("KS", "prostitution", record_type="juvenile_adjudication", age_at_offense=16)
    assert d["outcome"] == "not_eligible"
    assert status(d, "record_type") == "unmet"


def test_charge_without_conviction_asks_about_diversion():
    """K.S.A. 21-6614 (petition form): 'convicted/received a diversion for prostitution'; a charge
    that did not end in a conviction is covered if it ended in a diversion."""
    d = determine("KS", "prostitution", record_type="arrest")
    assert d["outcome"] == "possibly_eligible"
    assert status(d, "diversion_if_no_conviction") == "unknown"


def test_unsure_connection_is_possibly_eligible():
    """K.S.A. 21-6614 (petition form): the person must be able to 'prove that I was acting under
    coercion'; an unsure answer is for the court."""
    d = determine("KS", "prostitution", related_to_trafficking="unsure")
    assert d["outcome"] == "possibly_eligible"
    assert status(d, "nexus") == "unknown"
