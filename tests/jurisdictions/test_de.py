"""Delaware: Del. Code Ann. tit. 11, § 787(j)(2) (as amended by House Bill 9, 151st General Assembly, 2021)."""
from tests.cases import determine, status

CITE = "Del. Code Ann. tit. 11, § 787(j)"


def test_adult_theft_conviction_can_be_vacated():
    """11 Del. C. § 787(j)(2): 'A person convicted or adjudicated delinquent of any crime, except
    those deemed to be violent felonies pursuant to § 4201 of this title, committed as a direct
    result of being a victim of human trafficking may file a motion ... to vacate the adjudication
    or judgment of conviction'."""
    d = determine("DE", "theft", record_type="conviction")
    assert d["outcome"] == "eligible"
    assert d["relief"] == "vacatur"
    assert d["citation"] == CITE
    assert status(d, "offense_covered") == "met"


def test_crime_not_caused_by_the_trafficking_is_not_covered():
    """11 Del. C. § 787(j)(2): the crime must be 'committed as a direct result of being a victim of
    human trafficking'."""
    d = determine("DE", "theft", related_to_trafficking="no")
    assert d["outcome"] == "not_eligible"
    assert d["relief"] is None
    assert status(d, "nexus") == "unmet"


def test_juvenile_adjudication_can_be_vacated():
    """11 Del. C. § 787(j)(2) as amended by HB 9 (2021): 'A person convicted or adjudicated
    delinquent of any crime ... may file a motion in the court in which the adjudication of
    delinquency or conviction was obtained'."""
    d = determine("DE", "drug_possession", record_type="juvenile_adjudication", age_at_offense=16)
    assert d["outcome"] == "eligible"
    assert d["relief"] == "vacatur"
    assert status(d, "record_type") == "met"


def test_arrest_without_conviction_is_not_covered_by_the_trafficking_law():
    """11 Del. C. § 787(j)(2) reaches a person 'convicted or adjudicated delinquent'. (A case that
    ended in the person's favor is expunged under § 4373 instead.)"""
    d = determine("DE", "prostitution", record_type="arrest")
    assert d["outcome"] == "not_eligible"
    assert status(d, "record_type") == "unmet"


def test_possible_violent_felony_is_possibly_eligible():
    """11 Del. C. § 787(j)(2): 'except those deemed to be violent felonies pursuant to § 4201'; the
    court must know whether the robbery conviction is on the § 4201(c) list."""
    d = determine("DE", "robbery", level="felony")
    assert d["outcome"] == "possibly_eligible"
    assert d["relief"] == "vacatur"
    assert status(d, "offense_covered") == "unknown"


def test_unsure_connection_is_possibly_eligible():
    """11 Del. C. § 787(j)(2): 'committed as a direct result of being a victim of human
    trafficking'."""
    d = determine("DE", "prostitution", related_to_trafficking="unsure")
    assert d["outcome"] == "possibly_eligible"
    assert status(d, "nexus") == "unknown"
