"""Arkansas: Ark. Code Ann. § 16-90-1412 (sealing convictions of human trafficking victims)."""
from tests.cases import alternative, determine, status

CITE = "Ark. Code Ann. § 16-90-1412"


def test_adult_prostitution_conviction_is_sealed():
    """Ark. Code § 16-90-1412(b)(1): 'A person convicted of prostitution, § 5-70-102, may file a
    uniform petition to seal the conviction ... if it was obtained as a result of the person's
    having been a victim of human trafficking'; (c): 'The court shall grant the uniform
    petition'."""
    d = determine("AR", "prostitution", record_type="conviction")
    assert d["outcome"] == "eligible"
    assert d["relief"] == "sealing"
    assert d["citation"] == CITE
    assert status(d, "offense_covered") == "met"


def test_adult_theft_conviction_is_not_covered():
    """Ark. Code § 16-90-1412(b)(1)(B)(ii) (2025 text): an adult may petition only if 'the
    conviction was for the offense of prostitution, § 5-70-102'."""
    d = determine("AR", "theft", age_at_offense=25)
    assert d["outcome"] == "not_eligible"
    assert d["relief"] is None
    assert status(d, "offense_covered") == "unmet"
    assert alternative(d, "sealing")["outcome"] == "not_eligible"


def test_minor_theft_conviction_is_covered_under_the_2025_text():
    """Ark. Code § 16-90-1412(b)(1) (2025 text): a petition may be filed if the conviction 'was
    obtained as a result of the person's having been a victim of human trafficking at the time of
    the offense; and (B) The person was: (i) A minor when the offense was committed'."""
    d = determine("AR", "theft", age_at_offense=16)
    assert d["outcome"] == "eligible"
    assert d["relief"] == "sealing"
    assert status(d, "age_at_offense") == "met"


def test_minor_theft_conviction_before_the_2025_amendment_was_not_covered():
    """Ark. Code § 16-90-1412(b)(1) (text current with the 2024 sessions): 'A person convicted of
    prostitution, § 5-70-102, may file a uniform petition'; no rule for minors."""
    d = determine("AR", "theft", age_at_offense=16, as_of="2024-06-01")
    assert d["outcome"] == "not_eligible"
    assert status(d, "offense_covered") == "unmet"


def test_juvenile_adjudication_is_not_covered():
    """Ark. Code § 16-90-1412(b): the petition is 'to seal a conviction'; a delinquency
    adjudication is not a conviction."""
    d = determine("AR", "prostitution", record_type="juvenile_adjudication", age_at_offense=16)
    assert d["outcome"] == "not_eligible"
    assert status(d, "record_type") == "unmet"


def test_arrest_without_conviction_is_not_covered():
    """Ark. Code § 16-90-1412(c)(1): the court must find that 'The petitioner was convicted of
    prostitution'. (Uncharged arrests fall under § 16-90-1409 instead.)"""
    d = determine("AR", "prostitution", record_type="arrest")
    assert d["outcome"] == "not_eligible"
    assert status(d, "record_type") == "unmet"


def test_unsure_connection_is_possibly_eligible():
    """Ark. Code § 16-90-1412(c)(2): the court must find by a preponderance of the evidence that
    'The conviction was obtained as a result of the petitioner's having been a victim of human
    trafficking'."""
    d = determine("AR", "prostitution", related_to_trafficking="unsure")
    assert d["outcome"] == "possibly_eligible"
    assert d["relief"] == "sealing"
    assert status(d, "nexus") == "unknown"
