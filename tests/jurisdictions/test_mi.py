"""Michigan: Mich. Comp. Laws § 780.621 (2014 PA 335) and § 712A.18e (2016 PA 337)."""
from tests.cases import determine, status

SET_ASIDE = "Mich. Comp. Laws § 780.621"
JUVENILE = "Mich. Comp. Laws § 712A.18e"


def test_prostitution_conviction_can_be_set_aside():
    """2014 PA 335 (MCL 780.621), as the Senate Fiscal Agency describes it: 'a person could apply
    to have a conviction for a violation of Section 448, 449, or 450 of the Michigan Penal Code
    set aside if he or she committed the offense as a direct result of his or her being a victim
    of a human trafficking violation ... at any time following the date of the conviction'."""
    d = determine("MI", "prostitution")
    assert d["outcome"] == "eligible"
    assert d["relief"] == "set_aside"
    assert d["citation"] == SET_ASIDE
    assert status(d, "offense_covered") == "met"
    assert status(d, "nexus") == "met"


def test_drug_conviction_is_not_covered():
    """MCL 780.621 (trafficking set-aside) is limited to Penal Code §§ 448-450 and matching
    ordinances; House Bill 5836 (2024), which would expand it, describes that as current law."""
    d = determine("MI", "drug_possession")
    assert d["outcome"] == "not_eligible"
    assert d["relief"] is None
    assert status(d, "offense_covered") == "unmet"


def test_juvenile_prostitution_adjudication_is_set_aside():
    """2016 PA 337 (MCL 712A.18e), per the Senate Fiscal Agency: 'require the court to set aside
    a person's adjudication for a prostitution-related offense, if the person committed the
    offense as a result of being a victim of human trafficking'; MCL 712A.18e(10)(b) per the Clean
    Slate Clearinghouse: records 'will be set aside if the person committed the offense as a direct
    result of being a victim of human trafficking and is not subject to a disqualifying event'.
    The general limits (§ 712A.18e(1), (4)) could not be read in force, so they stay a question."""
    d = determine("MI", "prostitution", record_type="juvenile_adjudication", age_at_offense=16)
    assert d["outcome"] == "possibly_eligible"
    assert d["relief"] == "set_aside"
    assert d["citation"] == JUVENILE
    assert status(d, "record_type") == "met"
    assert status(d, "other_juvenile_set_aside_requirements") == "unknown"


def test_arrest_without_conviction_is_not_covered():
    """MCL 780.621: 'a person who is convicted'; MCL 712A.18e: an 'adjudication'. Neither reaches
    an arrest that did not end in a conviction."""
    d = determine("MI", "prostitution", record_type="arrest")
    assert d["outcome"] == "not_eligible"
    assert d["relief"] is None
    assert status(d, "record_type") == "unmet"


def test_buying_sex_turns_on_the_section_charged():
    """MCL 780.621 reaches convictions under §§ 750.448-750.450 only; whether a record of buying
    sex was under one of them is for the court: possibly eligible."""
    d = determine("MI", "solicitation")
    assert d["outcome"] == "possibly_eligible"
    assert status(d, "offense_covered") == "unknown"


def test_unsure_connection_is_possibly_eligible():
    """MCL 780.621: the offense must be committed 'as a direct result of his or her being a
    victim of a human trafficking violation'."""
    d = determine("MI", "prostitution", related_to_trafficking="unsure")
    assert d["outcome"] == "possibly_eligible"
    assert status(d, "nexus") == "unknown"


def test_before_2015_there_was_no_trafficking_set_aside():
    """2014 PA 335 (enrolled HB 5025): 'EFFECTIVE DATE: January 14, 2015'. Before that day the
    trafficking set-aside did not exist."""
    d = determine("MI", "prostitution", as_of="2014-06-01")
    assert d["outcome"] == "no_relief_law"
    assert d["relief"] is None
