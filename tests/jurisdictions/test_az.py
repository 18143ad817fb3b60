"""Arizona: A.R.S. § 13-909 (vacating the conviction of a sex trafficking victim)."""
from tests.cases import determine, status

CITE = "Ariz. Rev. Stat. § 13-909"


def test_prostitution_conviction_is_vacated():
    """A.R.S. § 13-909(A): 'A person who was convicted of a violation of section 13-3214 ... may
    apply to the court that pronounced sentence to vacate the person's conviction. The court
    shall grant the application ... if the court finds by clear and convincing evidence that the
    person's participation in the offense was a direct result of being a victim of sex
    trafficking'."""
    d = determine("AZ", "prostitution", record_type="conviction")
    assert d["outcome"] == "eligible"
    assert d["relief"] == "vacatur"
    assert d["citation"] == CITE
    assert status(d, "offense_covered") == "met"


def test_theft_conviction_is_not_covered():
    """A.R.S. § 13-909(A) reaches only 'a violation of section 13-3214 [prostitution] or a city or
    town ordinance that has the same or substantially similar elements'."""
    d = determine("AZ", "theft")
    assert d["outcome"] == "not_eligible"
    assert d["relief"] is None
    assert status(d, "offense_covered") == "unmet"


def test_labor_trafficking_is_not_covered():
    """A.R.S. § 13-909(A): 'a direct result of being a victim of sex trafficking pursuant to
    section 13-1307 or 13-3212' (sex trafficking only)."""
    d = determine("AZ", "prostitution", person={"trafficking_type": "labor"})
    assert d["outcome"] == "not_eligible"
    assert status(d, "trafficking_type") == "unmet"


def test_juvenile_adjudication_is_not_covered():
    """A.R.S. § 13-909(A): 'A person who was convicted' (a conviction, not a delinquency
    adjudication)."""
    d = determine("AZ", "prostitution", record_type="juvenile_adjudication", age_at_offense=16)
    assert d["outcome"] == "not_eligible"
    assert status(d, "record_type") == "unmet"


def test_arrest_without_conviction_is_not_covered():
    """A.R.S. § 13-909(A): the application is 'to vacate the person's conviction'."""
    d = determine("AZ", "prostitution", record_type="arrest")
    assert d["outcome"] == "not_eligible"
    assert status(d, "record_type") == "unmet"


def test_unsure_connection_is_possibly_eligible():
    """A.R.S. § 13-909(A): the court must find 'by clear and convincing evidence that the
    person's participation in the offense was a direct result of being a victim of sex
    trafficking'."""
    d = determine("AZ", "prostitution", related_to_trafficking="unsure")
    assert d["outcome"] == "possibly_eligible"
    assert d["relief"] == "vacatur"
    assert status(d, "nexus") == "unknown"


def test_before_2024_the_offense_date_decided_it():
    """Arizona Senate fact sheet on HB 2623 (2024): 'the conviction ... may only be vacated if the
    offense was committed before July 24, 2014'; the 2024 act removed that requirement."""
    d = determine("AZ", "prostitution", as_of="2020-01-01")
    assert d["outcome"] == "possibly_eligible"
    assert status(d, "offense_before_july_24_2014") == "unknown"
