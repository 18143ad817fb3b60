"""Tennessee: Tenn. Code Ann. § 40-32-105, expunction of records of human trafficking victims."""
from tests.cases import determine, status

CITATION = "Tenn. Code Ann. § 40-32-105"


def test_prostitution_conviction_can_be_expunged_after_the_wait():
    """§ 40-32-105(a): 'a person may file a petition for expunction of that person's public records
    involving offenses related to the person's status as a victim of human trafficking'; (b)(1):
    'at least one (1) year has elapsed since the completion of the sentence', which the screening
    does not know."""
    d = determine("TN", "prostitution")
    assert d["outcome"] == "possibly_eligible"
    assert d["relief"] == "expungement"
    assert d["citation"] == CITATION
    assert status(d, "offense_covered") == "met"
    assert status(d, "waiting_period") == "unknown"


def test_violent_offense_is_not_reached():
    """§ 40-32-105 (Freedom Network USA summary): 'Convictions for offenses that involved the use
    of physical force or a deadly weapon are not eligible for relief.'"""
    d = determine("TN", "assault")
    assert d["outcome"] == "not_eligible"
    assert d["relief"] is None
    assert status(d, "offense_covered") == "unmet"


def test_weapons_offense_depends_on_the_facts():
    """§ 40-32-105: offenses involving 'a deadly weapon' are excluded; whether a weapons record did
    is a fact the court decides."""
    d = determine("TN", "weapons")
    assert d["outcome"] == "possibly_eligible"
    assert status(d, "offense_covered") == "unknown"


def test_juvenile_adjudication_is_not_reached():
    """§ 40-32-105 (Nashville DA guide): it reaches 'people convicted of certain non-violent
    offenses'; a juvenile adjudication is not a conviction."""
    d = determine("TN", "prostitution", record_type="juvenile_adjudication", age_at_offense=16)
    assert d["outcome"] == "not_eligible"
    assert status(d, "record_type") == "unmet"


def test_arrest_without_conviction_is_not_reached():
    """§ 40-32-105 reaches convictions; dismissed charges go to the general law, § 40-32-101."""
    d = determine("TN", "theft", record_type="arrest")
    assert d["outcome"] == "not_eligible"
    assert status(d, "record_type") == "unmet"


def test_unsure_connection_is_possibly_eligible():
    """§ 40-32-105 (Nashville DA guide): 'Each of the convictions to be expunged must have resulted
    from the petitioner's status as a victim of human trafficking.'"""
    d = determine("TN", "theft", related_to_trafficking="unsure")
    assert d["outcome"] == "possibly_eligible"
    assert status(d, "nexus") == "unknown"
