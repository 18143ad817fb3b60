"""Maine: 15 M.R.S. § 2262-A (P.L. 2023, c. 409)."""
from tests.cases import determine, status

SEALING = "Me. Rev. Stat. tit. 15, § 2262-A"


def test_old_prostitution_conviction_must_be_sealed_after_the_wait():
    """15 M.R.S. § 2262-A: record information 'relating to a criminal conviction for engaging in
    prostitution under Title 17-A, former section 853-A must be sealed' if '2. ... At least one
    year has passed since the person has fully satisfied each of the sentencing alternatives'.
    The screening does not ask when the sentence ended: possibly eligible."""
    d = determine("ME", "prostitution")
    assert d["outcome"] == "possibly_eligible"
    assert d["relief"] == "sealing"
    assert d["citation"] == SEALING
    assert status(d, "offense_covered") == "met"
    assert status(d, "waiting_period") == "unknown"


def test_other_convictions_are_not_covered():
    """15 M.R.S. § 2262-A reaches only 'a criminal conviction for engaging in prostitution under
    Title 17-A, former section 853-A'."""
    d = determine("ME", "theft")
    assert d["outcome"] == "not_eligible"
    assert d["relief"] is None
    assert d["citation"] == SEALING
    assert status(d, "offense_covered") == "unmet"


def test_juvenile_adjudication_is_not_covered():
    """15 M.R.S. § 2262-A: 'a criminal conviction'; a juvenile adjudication is not one."""
    d = determine("ME", "prostitution", record_type="juvenile_adjudication", age_at_offense=16)
    assert d["outcome"] == "not_eligible"
    assert status(d, "record_type") == "unmet"


def test_arrest_without_conviction_is_not_covered():
    """15 M.R.S. § 2262-A: 'relating to a criminal conviction'."""
    d = determine("ME", "prostitution", record_type="arrest")
    assert d["outcome"] == "not_eligible"
    assert d["relief"] is None
    assert status(d, "record_type") == "unmet"


def test_no_trafficking_link_is_needed():
    """15 M.R.S. § 2262-A sets three prerequisites (eligible conviction, one year after the
    sentence, no sex trafficking or buying convictions) and none is a link to trafficking, so a
    record not related to trafficking still qualifies; the open prerequisites keep it possible."""
    d = determine("ME", "prostitution", related_to_trafficking="no")
    assert d["outcome"] == "possibly_eligible"
    assert d["relief"] == "sealing"
    assert status(d, "nexus") == "met"  # no connection needed: said so, as met
    assert status(d, "no_trafficking_or_buying_convictions") == "unknown"
