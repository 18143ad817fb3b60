"""West Virginia: W. Va. Code § 61-14-9 (from 2015 House Bill 2161).

The text of the vacatur section could not be read; the tests follow the enrolled act's long
title: 'allowing victims to petition the circuit court to vacate and expunge a conviction for
certain crimes directly resulting from human trafficking'.
"""
from tests.cases import determine, status

CITE = "W. Va. Code § 61-14-9"


def test_prostitution_conviction_is_possible_but_unconfirmed():
    """HB 2161 (2015): vacate and expunge 'a conviction for certain crimes directly resulting from
    human trafficking'; which crimes was not read, so the court must decide."""
    d = determine("WV", "prostitution")
    assert d["outcome"] == "possibly_eligible"
    assert d["relief"] == "vacatur"
    assert d["citation"] == CITE
    assert status(d, "offense_covered") == "unknown"
    assert status(d, "text_review_needed") == "unknown"


def test_crime_not_resulting_from_trafficking_is_not_covered():
    """HB 2161 (2015): only 'crimes directly resulting from human trafficking'."""
    d = determine("WV", "theft", related_to_trafficking="no")
    assert d["outcome"] == "not_eligible"
    assert d["relief"] is None
    assert status(d, "nexus") == "unmet"


def test_juvenile_adjudication_is_not_named():
    """HB 2161 (2015) speaks of vacating 'a conviction'; a juvenile adjudication is not named."""
    d = determine("WV", "prostitution", record_type="juvenile_adjudication", age_at_offense=16)
    assert d["outcome"] == "not_eligible"
    assert status(d, "record_type") == "unmet"


def test_arrest_only_record_is_not_covered_but_general_routes_are_listed():
    """HB 2161 (2015): 'vacate and expunge a conviction'. A dismissed charge may instead be
    expunged under W. Va. Code § 61-11-25, shown as another route."""
    d = determine("WV", "prostitution", record_type="arrest")
    assert d["outcome"] == "not_eligible"
    assert status(d, "record_type") == "unmet"


def test_unsure_link_is_for_the_court():
    """HB 2161 (2015): the crime must be 'directly resulting from human trafficking'."""
    d = determine("WV", "prostitution", related_to_trafficking="unsure")
    assert d["outcome"] == "possibly_eligible"
    assert status(d, "nexus") == "unknown"
