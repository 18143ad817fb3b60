"""North Dakota: N.D. Cent. Code § 12.1-41-14 (motion to vacate and seal conviction)."""
from tests.cases import determine, status

VACATUR = "N.D. Cent. Code § 12.1-41-14"


def test_prostitution_conviction_can_be_vacated_and_sealed():
    """N.D. Cent. Code § 12.1-41-14(1): 'An individual convicted of prostitution ... which was
    committed as a direct result of being a victim may apply by motion to the court to vacate the
    conviction and seal the record of conviction.'"""
    d = determine("ND", "prostitution")
    assert d["outcome"] == "eligible"
    assert d["relief"] == "vacatur"
    assert d["citation"] == VACATUR
    assert status(d, "offense_covered") == "met"


def test_labor_trafficking_survivor_drug_possession_is_covered():
    """N.D. Cent. Code § 12.1-41-12(1)(e): 'Manufacture or possession of a controlled or
    counterfeit substance offenses under section 19-03.1-23'; § 12.1-41-01(12): 'Victim' means an
    individual subjected to human trafficking (which includes forced labor)."""
    d = determine("ND", "drug_possession", person={"trafficking_type": "labor"})
    assert d["outcome"] == "eligible"
    assert status(d, "trafficking_type") == "met"


def test_assault_conviction_is_not_listed():
    """N.D. Cent. Code § 12.1-41-14(1) reaches only 'prostitution or an offense listed in
    subsection 1 of section 12.1-41-12', which lists no assault offense."""
    d = determine("ND", "assault")
    assert d["outcome"] == "not_eligible"
    assert d["relief"] is None
    assert status(d, "offense_covered") == "unmet"


def test_juvenile_adjudication_is_not_a_conviction():
    """N.D. Cent. Code § 12.1-41-14(1): 'An individual convicted of ...' -- juvenile delinquency
    is dealt with by immunity in § 12.1-41-12, not by this motion."""
    d = determine("ND", "prostitution", record_type="juvenile_adjudication", age_at_offense=16)
    assert d["outcome"] == "not_eligible"
    assert status(d, "record_type") == "unmet"


def test_arrest_without_conviction_is_not_reached():
    """N.D. Cent. Code § 12.1-41-14(1): 'vacate the conviction and seal the record of
    conviction'."""
    d = determine("ND", "prostitution", record_type="arrest")
    assert d["outcome"] == "not_eligible"
    assert status(d, "record_type") == "unmet"


def test_theft_depends_on_it_being_a_misdemeanor():
    """N.D. Cent. Code § 12.1-41-12(1)(c): 'Misdemeanor theft offenses under chapter 12.1-23'."""
    d = determine("ND", "theft")
    assert d["outcome"] == "possibly_eligible"
    assert status(d, "offense_covered") == "unknown"


def test_unsure_connection_is_possibly_eligible():
    """N.D. Cent. Code § 12.1-41-14(1): 'The court may grant the motion on a finding that the
    individual's participation in the offense was a direct result of being a victim.'"""
    d = determine("ND", "prostitution", related_to_trafficking="unsure")
    assert d["outcome"] == "possibly_eligible"
    assert status(d, "nexus") == "unknown"
