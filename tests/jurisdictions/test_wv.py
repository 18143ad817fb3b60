"""West Virginia: W. Va. Code § 61-14-9, "Petition to vacate and expunge conviction or juvenile
delinquency adjudication of sex trafficking victim".

Only the heading and first words of the section were read: '(a) Notwithstanding the age and
criminal history limitations set forth in §61-11-26 of this code or the provisions in §49-4-103
of this code, an individual convicted of prostitution in violation ...'; the rest is a review
question.
"""
from tests.cases import determine, status

CITE = "W. Va. Code § 61-14-9"


def test_prostitution_conviction_is_covered_subject_to_review():
    """§ 61-14-9(a): 'an individual convicted of prostitution' may petition to 'vacate and
    expunge' (heading); the rest of the section was not read."""
    d = determine("WV", "prostitution")
    assert d["outcome"] == "possibly_eligible"
    assert d["relief"] == "vacatur"
    assert d["citation"] == CITE
    assert status(d, "offense_covered") == "met"
    assert status(d, "text_review_needed") == "unknown"


def test_theft_is_not_named():
    """§ 61-14-9 (heading and (a)): a petition to vacate a conviction 'of prostitution' of a sex
    trafficking victim; theft is not named."""
    d = determine("WV", "theft")
    assert d["outcome"] == "not_eligible"
    assert d["relief"] is None
    assert status(d, "offense_covered") == "unmet"


def test_labor_trafficking_alone_is_not_covered():
    """§ 61-14-9 (heading): '... adjudication of sex trafficking victim'."""
    d = determine("WV", "prostitution", person={"trafficking_type": "labor"})
    assert d["outcome"] == "not_eligible"
    assert status(d, "trafficking_type") == "unmet"


def test_juvenile_adjudication_is_covered():
    """§ 61-14-9 (heading): 'Petition to vacate and expunge conviction or juvenile delinquency
    adjudication of sex trafficking victim'; (a) sets aside the limits of § 49-4-103."""
    d = determine("WV", "prostitution", record_type="juvenile_adjudication", age_at_offense=16)
    assert d["outcome"] == "possibly_eligible"
    assert d["relief"] == "vacatur"
    assert status(d, "record_type") == "met"


def test_arrest_only_record_is_not_covered():
    """§ 61-14-9 reaches a 'conviction or juvenile delinquency adjudication'. A dismissed charge
    may instead be expunged under W. Va. Code § 61-11-25, shown as another route."""
    d = determine("WV", "prostitution", record_type="arrest")
    assert d["outcome"] == "not_eligible"
    assert status(d, "record_type") == "unmet"


def test_unsure_link_is_for_the_court():
    """2026 bill summary of § 61-14-9: relief 'provided they can demonstrate that their actions
    were a direct result of being trafficked'."""
    d = determine("WV", "prostitution", related_to_trafficking="unsure")
    assert d["outcome"] == "possibly_eligible"
    assert status(d, "nexus") == "unknown"


def test_buying_sex_is_asked_about():
    """§ 61-14-9(a) names 'an individual convicted of prostitution in violation' of the code; a
    buying-sex charge is left to a lawyer's check."""
    d = determine("WV", "solicitation")
    assert d["outcome"] == "possibly_eligible"
    assert status(d, "offense_covered") == "unknown"
