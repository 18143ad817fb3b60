"""South Dakota: SDCL 26-7A-115.1, expunction of juvenile delinquency records of trafficking victims."""
from tests.cases import determine, status

CITATION = "S.D. Codified Laws § 26-7A-115.1"


def test_juvenile_delinquency_record_can_be_expunged():
    """SDCL 26-7A-115.1 (Child Welfare Information Gateway summary): 'A person older than age 18 may
    petition a court for the expunction of a delinquency record that resulted from that person
    being a victim of human trafficking'. The person's present age is asked."""
    d = determine("SD", "prostitution", record_type="juvenile_adjudication", age_at_offense=16)
    assert d["outcome"] == "possibly_eligible"
    assert d["relief"] == "expungement"
    assert d["citation"] == CITATION
    assert status(d, "offense_covered") == "met"
    assert status(d, "record_type") == "met"
    assert status(d, "now_adult") == "unknown"


def test_any_offense_in_a_delinquency_record_is_reached():
    """SDCL 26-7A-115.1 (Clean Slate Clearinghouse): 'There are no ineligible offenses.'"""
    d = determine("SD", "theft", record_type="juvenile_adjudication", age_at_offense=15)
    assert status(d, "offense_covered") == "met"
    assert d["outcome"] == "possibly_eligible"


def test_adult_conviction_is_not_reached():
    """SDCL 26-7A-115.1 reaches only 'a delinquency record'; South Dakota has no survivor law for
    adult convictions."""
    d = determine("SD", "prostitution", record_type="conviction")
    assert d["outcome"] == "not_eligible"
    assert d["relief"] is None
    assert status(d, "record_type") == "unmet"


def test_adult_arrest_is_not_reached():
    """SDCL 26-7A-115.1 reaches only 'a delinquency record'."""
    d = determine("SD", "prostitution", record_type="arrest")
    assert d["outcome"] == "not_eligible"
    assert status(d, "record_type") == "unmet"


def test_delinquency_record_not_from_trafficking_is_not_reached():
    """SDCL 26-7A-115.1: only a record 'that resulted from that person being a victim of human
    trafficking or sexual exploitation'."""
    d = determine("SD", "prostitution", record_type="juvenile_adjudication", age_at_offense=16,
                  related_to_trafficking="no")
    assert d["outcome"] == "not_eligible"
    assert status(d, "nexus") == "unmet"


def test_unsure_connection_is_possibly_eligible():
    """SDCL 26-7A-115.1: the court decides whether the record 'resulted from' the trafficking."""
    d = determine("SD", "theft", record_type="juvenile_adjudication", age_at_offense=16,
                  related_to_trafficking="unsure")
    assert d["outcome"] == "possibly_eligible"
    assert status(d, "nexus") == "unknown"


def test_before_the_2018_act_there_was_no_juvenile_route():
    """S.B. 67 (2018 session; Argus Leader, January 18, 2018: the bill 'would allow a survivor at
    the age of 18 to petition for an expungement of the record obtained when they were juvenile
    victims of trafficking'). Before 2018 the law did not exist; in 2018, before the stand-in date
    of July 1, it may or may not have been in force."""
    before = determine("SD", "prostitution", record_type="juvenile_adjudication", age_at_offense=15,
                       as_of="2017-06-01")
    assert before["outcome"] == "no_relief_law"
    during = determine("SD", "prostitution", record_type="juvenile_adjudication", age_at_offense=15,
                       as_of="2018-04-01")
    assert during["outcome"] == "possibly_eligible"
    assert status(during, "law_in_force") == "unknown"
