"""Kentucky: cases decided from KRS 529.160 (read in full on statute mirrors)."""
from tests.cases import determine, status


def test_prostitution_conviction_of_trafficking_victim_is_expunged():
    """KRS 529.160(1): 'When a person is charged or convicted under this chapter ... and the person's
    participation in the offense is determined to be the direct result of being a victim of human
    trafficking, the person may make a motion in the court in which the charges were filed to
    expunge all records of the offense.'"""
    d = determine("KY", "prostitution")
    assert d["outcome"] == "eligible"
    assert d["relief"] == "expungement"
    assert d["citation"] == "KRS 529.160"
    assert status(d, "offense_covered") == "met"


def test_non_violent_drug_charge_is_covered():
    """KRS 529.160(1): '... or with an offense which is not a violent crime as defined in KRS
    17.165'."""
    d = determine("KY", "drug_possession", level="felony")
    assert d["outcome"] == "eligible"


def test_record_not_a_direct_result_of_trafficking_is_not_covered():
    """KRS 529.160(1): participation 'determined to be the direct result of being a victim of human
    trafficking'."""
    d = determine("KY", "prostitution", related_to_trafficking="no")
    assert d["outcome"] == "not_eligible"
    assert d["relief"] is None
    assert status(d, "nexus") == "unmet"


def test_charge_without_conviction_is_covered():
    """KRS 529.160(1): 'When a person is charged or convicted'; (3)(b): the court's finding 'shall
    deem the charges as dismissed with prejudice'."""
    d = determine("KY", "prostitution", record_type="arrest")
    assert d["outcome"] == "eligible"
    assert status(d, "record_type") == "met"


def test_juvenile_case_coverage_is_asked_not_refused():
    """KRS 529.160(1) speaks of a person 'charged or convicted' and 'the court in which the charges
    were filed'; it does not say whether juvenile cases count, so the screener asks."""
    d = determine("KY", "prostitution", record_type="juvenile_adjudication", age_at_offense=16)
    assert d["outcome"] == "possibly_eligible"
    assert status(d, "juvenile_case_covered") == "unknown"


def test_assault_turns_on_the_violent_crime_definition():
    """KRS 529.160(1): 'an offense which is not a violent crime as defined in KRS 17.165'; whether
    this assault is one is for the court."""
    d = determine("KY", "assault")
    assert d["outcome"] == "possibly_eligible"
    assert status(d, "offense_covered") == "unknown"


def test_official_documentation_is_reported():
    """KRS 529.160(3)(c): 'documentation from a federal, state, local, or tribal governmental agency
    indicating that the defendant was a victim at the time of the offense shall create a
    presumption'."""
    d = determine("KY", "prostitution", person={"official_documentation": True})
    assert status(d, "official_documentation") == "met"
