"""Rhode Island: R.I. Gen. Laws § 11-67.1-17 (motion to vacate and expunge conviction)."""
from tests.cases import determine, status

CITATION = "R.I. Gen. Laws § 11-67.1-17"


def test_prostitution_conviction_is_vacated():
    """§ 11-67.1-17(a): 'An individual convicted of prostitution or solicitation to commit a sexual
    act, committed as a direct result of being a victim, may apply by motion ... to vacate the
    conviction and seal or expunge the record of conviction.'"""
    d = determine("RI", "prostitution")
    assert d["outcome"] == "eligible"
    assert d["relief"] == "vacatur"
    assert d["citation"] == CITATION
    assert status(d, "offense_covered") == "met"
    assert status(d, "nexus") == "met"


def test_labor_trafficking_victim_is_a_victim():
    """§ 11-67.1-2(a)(14): 'Victim' means an individual subjected to human trafficking, which
    includes forced labor (§ 11-67.1-3(a)(1))."""
    d = determine("RI", "prostitution", person={"trafficking_type": "labor"})
    assert d["outcome"] == "eligible"
    assert status(d, "trafficking_type") == "met"


def test_theft_conviction_is_not_reached():
    """§ 11-67.1-17(a) names only 'prostitution or solicitation to commit a sexual act'."""
    d = determine("RI", "theft")
    assert d["outcome"] == "not_eligible"
    assert d["relief"] is None
    assert d["citation"] == CITATION
    assert status(d, "offense_covered") == "unmet"


def test_juvenile_adjudication_is_not_a_conviction():
    """§ 11-67.1-17(a) reaches 'an individual convicted'; a delinquency adjudication is not named
    (minors instead have immunity under § 11-67.1-15)."""
    d = determine("RI", "prostitution", record_type="juvenile_adjudication", age_at_offense=16)
    assert d["outcome"] == "not_eligible"
    assert status(d, "record_type") == "unmet"


def test_arrest_without_conviction_is_not_reached():
    """§ 11-67.1-17(a) reaches only a 'conviction'."""
    d = determine("RI", "prostitution", record_type="arrest")
    assert d["outcome"] == "not_eligible"
    assert status(d, "record_type") == "unmet"


def test_loitering_for_prostitution_is_left_to_the_court():
    """§ 11-67.1-17(a): whether a loitering conviction is 'solicitation to commit a sexual act' is
    a point the text leaves to the court."""
    d = determine("RI", "loitering_for_prostitution")
    assert d["outcome"] == "possibly_eligible"
    assert status(d, "offense_covered") == "unknown"


def test_court_decides_the_connection_when_unsure():
    """§ 11-67.1-17(a): 'The court may grant the motion after a hearing and upon a finding that the
    individual's participation in the offense was a direct result of being a victim.'"""
    d = determine("RI", "prostitution", related_to_trafficking="unsure")
    assert d["outcome"] == "possibly_eligible"
    assert status(d, "nexus") == "unknown"
