"""Mississippi: Miss. Code Ann. § 97-3-54.6(5)."""
from tests.cases import determine, status

VACATUR = "Miss. Code Ann. § 97-3-54.6(5)"


def test_prostitution_conviction_can_be_vacated():
    """§ 97-3-54.6(5): 'At any time after a conviction under this act, the court in which the
    conviction was entered may, upon appropriate motion, vacate the conviction if the court finds
    the defendant's participation in the offense was the result of being a victim'."""
    d = determine("MS", "prostitution")
    assert d["outcome"] == "eligible"
    assert d["relief"] == "vacatur"
    assert d["citation"] == VACATUR
    assert status(d, "offense_covered") == "met"


def test_theft_conviction_is_not_covered():
    """§ 97-3-54.6(5) reaches 'a conviction under this act' (the Human Trafficking Act; SB 2336
    of 2026 calls it 'vacatur of prostitution convictions'); theft is not under it."""
    d = determine("MS", "theft")
    assert d["outcome"] == "not_eligible"
    assert d["relief"] is None
    assert d["citation"] == VACATUR
    assert status(d, "offense_covered") == "unmet"


def test_juvenile_adjudication_is_not_covered():
    """§ 97-3-54.6(5): 'after a conviction'; SB 2336 (2026, not enacted) would be needed to
    'provide that vacatur of prostitution convictions also applies to adjudication of
    delinquency'."""
    d = determine("MS", "prostitution", record_type="juvenile_adjudication", age_at_offense=16)
    assert d["outcome"] == "not_eligible"
    assert status(d, "record_type") == "unmet"


def test_arrest_without_conviction_is_not_covered():
    """§ 97-3-54.6(5): 'vacate the conviction'."""
    d = determine("MS", "prostitution", record_type="arrest")
    assert d["outcome"] == "not_eligible"
    assert d["relief"] is None
    assert status(d, "record_type") == "unmet"


def test_other_offenses_under_the_act_are_left_to_the_court():
    """§ 97-3-54.6(5): 'a conviction under this act'; whether a promoting-prostitution conviction
    is one is not settled by the text read: possibly eligible."""
    d = determine("MS", "promoting_prostitution")
    assert d["outcome"] == "possibly_eligible"
    assert status(d, "offense_covered") == "unknown"


def test_unsure_connection_is_possibly_eligible():
    """§ 97-3-54.6(5): only 'if the court finds the defendant's participation in the offense was
    the result of being a victim'."""
    d = determine("MS", "prostitution", related_to_trafficking="unsure")
    assert d["outcome"] == "possibly_eligible"
    assert status(d, "nexus") == "unknown"
