"""Missouri: Mo. Rev. Stat. § 610.131."""
from tests.cases import determine, status

EXPUNGE = "Mo. Rev. Stat. § 610.131"


def test_prostitution_conviction_of_a_minor_is_expunged():
    """§ 610.131.1: 'a person who at the time of the offense was under the age of 18, and has
    pleaded guilty or has been convicted of the offense of prostitution under Section 567.020 may
    apply ... for an order to expunge from all official records, all records of his or her
    arrest, plea, trial, or conviction'."""
    d = determine("MO", "prostitution", age_at_offense=16)
    assert d["outcome"] == "eligible"
    assert d["relief"] == "expungement"
    assert d["citation"] == EXPUNGE
    assert status(d, "age_at_offense") == "met"


def test_no_trafficking_link_is_needed():
    """§ 610.131.1 turns on age alone ('under the age of 18'); it asks for no link to
    trafficking."""
    d = determine("MO", "prostitution", age_at_offense=17, related_to_trafficking="no")
    assert d["outcome"] == "eligible"
    assert status(d, "nexus") == "met"  # no connection needed: said so, as met


def test_adult_prostitution_conviction_is_not_covered():
    """§ 610.131.1: 'a person who at the time of the offense was under the age of 18'."""
    d = determine("MO", "prostitution", age_at_offense=25)
    assert d["outcome"] == "not_eligible"
    assert d["relief"] is None
    assert d["citation"] == EXPUNGE
    assert status(d, "age_at_offense") == "unmet"


def test_juvenile_adjudication_is_not_covered():
    """§ 610.131.1: 'has pleaded guilty or has been convicted'; § 567.020.5: a minor 'shall not
    be ... adjudicated as a delinquent for the offense of prostitution'."""
    d = determine("MO", "prostitution", record_type="juvenile_adjudication", age_at_offense=16)
    assert d["outcome"] == "not_eligible"
    assert status(d, "record_type") == "unmet"


def test_arrest_without_conviction_is_not_covered():
    """§ 610.131.1: only a person who 'has pleaded guilty or has been convicted'."""
    d = determine("MO", "prostitution", record_type="arrest", age_at_offense=16)
    assert d["outcome"] == "not_eligible"
    assert d["relief"] is None
    assert status(d, "record_type") == "unmet"


def test_theft_is_not_covered():
    """§ 610.131.1 names only 'the offense of prostitution under Section 567.020'."""
    d = determine("MO", "theft", age_at_offense=16)
    assert d["outcome"] == "not_eligible"
    assert status(d, "offense_covered") == "unmet"


def test_loitering_record_turns_on_the_statute_charged():
    """§ 610.131.1 names only 'prostitution under Section 567.020' (which includes offering or
    agreeing to sexual conduct for something of value); whether a loitering-type record was
    charged under it is for the court: possibly eligible."""
    d = determine("MO", "loitering_for_prostitution", age_at_offense=16)
    assert d["outcome"] == "possibly_eligible"
    assert status(d, "offense_covered") == "unknown"
