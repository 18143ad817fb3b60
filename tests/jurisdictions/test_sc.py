"""South Carolina: S.C. Code Ann. § 16-3-2020 as amended by S. 142 (2024).

The amended text was not read; the terms are those the Governor's announcement states, and every
answer asks for a lawyer's review."""
from tests.cases import determine, status

CITATION = "S.C. Code Ann. § 16-3-2020"


def test_nonviolent_conviction_may_be_expunged_pending_review():
    """S. 142 (Governor's release): 'Victims of human trafficking may now motion the court to
    expunge a non-violent offense stemming from trafficking if they were forced to commit the crime
    by their captor.'"""
    d = determine("SC", "prostitution")
    assert d["outcome"] == "possibly_eligible"
    assert d["relief"] == "expungement"
    assert d["citation"] == CITATION
    assert status(d, "offense_covered") == "met"
    assert status(d, "statute_text_review") == "unknown"


def test_violent_offense_is_not_reached():
    """S. 142 (Governor's release): only 'a non-violent offense'."""
    d = determine("SC", "robbery", level="felony")
    assert d["outcome"] == "not_eligible"
    assert d["relief"] is None
    assert status(d, "offense_covered") == "unmet"


def test_juvenile_adjudication_is_not_shown_as_covered():
    """S. 142 (WCBD): 'seek expungement of convictions for non-violent crimes'; whether juvenile
    adjudications are reached was not checked, so they are not encoded."""
    d = determine("SC", "prostitution", record_type="juvenile_adjudication", age_at_offense=16)
    assert d["outcome"] == "not_eligible"
    assert status(d, "record_type") == "unmet"


def test_arrest_without_conviction_is_not_shown_as_covered():
    """S. 142 (WCBD): 'convictions for non-violent crimes'; dismissed charges go to the general
    route through the solicitor's office (§ 17-22-910)."""
    d = determine("SC", "theft", record_type="arrest")
    assert d["outcome"] == "not_eligible"
    assert status(d, "record_type") == "unmet"


def test_burglary_depends_on_the_violent_crimes_list():
    """S. 142 reaches 'non-violent' offenses; whether a burglary is violent depends on its degree
    (S.C. Code § 16-1-60), which the court decides."""
    d = determine("SC", "burglary", level="felony")
    assert d["outcome"] == "possibly_eligible"
    assert status(d, "offense_covered") == "unknown"
