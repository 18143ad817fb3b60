"""Wisconsin: Wis. Stat. § 973.015(2m) (2013 Wisconsin Act 362)."""
from tests.cases import determine, status

CITE = "Wis. Stat. § 973.015(2m)"


def test_prostitution_conviction_of_sex_trafficking_victim():
    """§ 973.015(2m): 'At any time after a person has been convicted ... for a violation of s.
    944.30, a court may, upon the motion of the person, vacate the conviction' if '(b) The person
    committed the violation of s. 944.30 as a result of being a victim of trafficking for the
    purposes of a commercial sex act.'"""
    d = determine("WI", "prostitution")
    assert d["outcome"] == "eligible"
    assert d["relief"] == "vacatur"
    assert d["citation"] == CITE
    assert status(d, "offense_covered") == "met"


def test_other_offenses_are_not_covered():
    """§ 973.015(2m) reaches only 'a violation of s. 944.30' (prostitution)."""
    d = determine("WI", "theft")
    assert d["outcome"] == "not_eligible"
    assert d["relief"] is None
    assert status(d, "offense_covered") == "unmet"


def test_labor_trafficking_alone_is_not_covered():
    """§ 973.015(2m)(a): 'The person was a victim of trafficking for the purposes of a commercial
    sex act'; labor trafficking is not named."""
    d = determine("WI", "prostitution", person={"trafficking_type": "labor"})
    assert d["outcome"] == "not_eligible"
    assert status(d, "trafficking_type") == "unmet"


def test_juvenile_adjudication_is_covered():
    """§ 973.015(2m): a person 'convicted, adjudicated delinquent, or found not guilty by reason
    of mental disease or defect for a violation of s. 944.30'."""
    d = determine("WI", "prostitution", record_type="juvenile_adjudication", age_at_offense=15)
    assert d["outcome"] == "eligible"
    assert status(d, "record_type") == "met"


def test_arrest_only_record_is_not_covered():
    """§ 973.015(2m) applies 'after a person has been convicted, adjudicated delinquent, or found
    not guilty by reason of mental disease or defect'; an arrest alone is none of these."""
    d = determine("WI", "prostitution", record_type="arrest")
    assert d["outcome"] == "not_eligible"
    assert status(d, "record_type") == "unmet"


def test_unsure_link_is_for_the_court():
    """§ 973.015(2m)(b): the violation must have been committed 'as a result of being a victim of
    trafficking for the purposes of a commercial sex act'; unsure leaves it to the court."""
    d = determine("WI", "prostitution", related_to_trafficking="unsure")
    assert d["outcome"] == "possibly_eligible"
    assert status(d, "nexus") == "unknown"
