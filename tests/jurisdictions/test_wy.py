"""Wyoming: Wyo. Stat. Ann. § 6-2-708(c) (Laws 2013, ch. 91)."""
from tests.cases import determine, status

CITE = "Wyo. Stat. Ann. § 6-2-708(c)"


def test_conviction_for_any_offense_can_be_vacated():
    """§ 6-2-708(c): 'At any time after the entry of a conviction, the court in which it was
    entered may vacate the conviction if the defendant's participation in the offense is found to
    have been the result of having been a victim.' No offense is left out."""
    d = determine("WY", "theft", level="felony")
    assert d["outcome"] == "eligible"
    assert d["relief"] == "vacatur"
    assert d["citation"] == CITE
    assert status(d, "offense_covered") == "met"
    assert status(d, "nexus") == "met"


def test_labor_trafficking_survivor_is_covered():
    """§ 6-2-708(c) uses 'victim', which the article defines through §§ 6-2-702 to 6-2-707,
    including 'forced labor or servitude' (§ 6-2-704)."""
    d = determine("WY", "drug_possession", person={"trafficking_type": "labor"})
    assert d["outcome"] == "eligible"
    assert status(d, "trafficking_type") == "met"


def test_record_not_linked_to_trafficking_is_not_covered():
    """§ 6-2-708(c): only if 'participation in the offense is found to have been the result of
    having been a victim'."""
    d = determine("WY", "theft", related_to_trafficking="no")
    assert d["outcome"] == "not_eligible"
    assert d["relief"] is None
    assert status(d, "nexus") == "unmet"


def test_juvenile_adjudication_is_not_named():
    """§ 6-2-708(c) speaks only of 'the entry of a conviction'; a juvenile adjudication is not a
    conviction."""
    d = determine("WY", "prostitution", record_type="juvenile_adjudication", age_at_offense=16)
    assert d["outcome"] == "not_eligible"
    assert status(d, "record_type") == "unmet"


def test_arrest_without_conviction_is_not_covered():
    """§ 6-2-708(c): relief is to 'vacate the conviction'; an arrest with no conviction has
    nothing to vacate."""
    d = determine("WY", "prostitution", record_type="arrest")
    assert d["outcome"] == "not_eligible"
    assert d["citation"] == CITE
    assert status(d, "record_type") == "unmet"


def test_unsure_link_is_for_the_court():
    """§ 6-2-708(c): the court must find the participation 'to have been the result of having
    been a victim'; when the person is unsure, the court decides."""
    d = determine("WY", "theft", related_to_trafficking="unsure")
    assert d["outcome"] == "possibly_eligible"
    assert d["relief"] == "vacatur"
    assert status(d, "nexus") == "unknown"


def test_official_documentation_is_noted_as_a_presumption():
    """§ 6-2-708(c): 'Official documentation ... shall create a presumption ... but shall not be
    required for granting a motion.'"""
    d = determine("WY", "theft", person={"official_documentation": True})
    assert d["outcome"] == "eligible"
    assert status(d, "official_documentation") == "met"
    without = determine("WY", "theft")
    assert without["outcome"] == "eligible"
    assert status(without, "official_documentation") is None
