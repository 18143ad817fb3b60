"""Florida: Fla. Stat. § 943.0583, cases decided from the statute text."""
from tests.cases import determine, status

CITE = "Fla. Stat. § 943.0583"


def test_adult_prostitution_conviction_is_expunged():
    """§ 943.0583(3): a victim 'may petition for the expunction of a criminal history record
    resulting from the arrest or filing of charges for one or more offenses committed ... while
    the person was a victim of human trafficking'; the 2013 text names 'violations under chapters
    796 and 847'."""
    d = determine("FL", "prostitution")
    assert d["outcome"] == "eligible"
    assert d["relief"] == "expungement"
    assert d["citation"] == CITE
    assert status(d, "offense_covered") == "met"


def test_arrest_for_theft_is_covered():
    """§ 943.0583(3): 'a criminal history record resulting from the arrest or filing of charges'
    for an offense 'committed or reported to have been committed while the person was a
    victim'."""
    d = determine("FL", "theft", record_type="arrest")
    assert d["outcome"] == "eligible"
    assert d["relief"] == "expungement"
    assert status(d, "record_type") == "met"


def test_juvenile_record_is_covered():
    """§ 943.0583(1)(c): a 'victim of human trafficking' includes 'a child under 18 years of age
    subjected to human trafficking'; § 943.0583(8)(a) provides for the expunged record 'of a minor
    victim of human trafficking' (Clean Slate Clearinghouse summary)."""
    d = determine("FL", "drug_possession", record_type="juvenile_adjudication", age_at_offense=15)
    assert d["outcome"] == "eligible"
    assert d["citation"] == CITE


def test_robbery_is_excluded():
    """§ 943.0583(3): 'this section does not apply to any offense listed in s. 775.084(1)(b)1.',
    which lists robbery."""
    d = determine("FL", "robbery", level="felony")
    assert d["outcome"] == "not_eligible"
    assert d["relief"] is None
    assert d["citation"] == CITE
    assert status(d, "offense_covered") == "unmet"


def test_offense_outside_the_trafficking_scheme_is_not_covered():
    """§ 943.0583(3): the offense must have been 'committed as a part of the human trafficking
    scheme of which he or she was a victim or at the direction of an operator of the scheme'."""
    d = determine("FL", "theft", related_to_trafficking="no")
    assert d["outcome"] == "not_eligible"
    assert status(d, "nexus") == "unmet"


def test_felony_assault_turns_on_the_violent_felony_list():
    """§ 943.0583(3) excludes offenses in s. 775.084(1)(b)1. (aggravated assault, aggravated
    battery ...), but not every assault: which one it was is for the court."""
    d = determine("FL", "assault", level="felony")
    assert d["outcome"] == "possibly_eligible"
    assert status(d, "offense_covered") == "unknown"


def test_unsure_connection_is_possibly_eligible():
    """§ 943.0583(3): the offense must be 'committed ... while the person was a victim of human
    trafficking' and as part of the scheme; an unsure answer leaves this open."""
    d = determine("FL", "prostitution", related_to_trafficking="unsure")
    assert d["outcome"] == "possibly_eligible"
    assert d["relief"] == "expungement"
    assert status(d, "nexus") == "unknown"


def test_before_2017_arrests_were_not_reached():
    """§ 943.0583(3) (2013): 'may petition for the expunction of any conviction for an offense
    committed while he or she was a victim of human trafficking': convictions only."""
    d = determine("FL", "prostitution", record_type="arrest", as_of="2015-06-01",
                  person={"trafficking_ended_on": "2014-06-01"})
    assert d["outcome"] == "not_eligible"
    assert status(d, "record_type") == "unmet"


def test_labor_trafficking_survivor_is_covered():
    """§ 943.0583(1)(a): 'human trafficking' has the meaning in s. 787.06, which includes labor or
    services obtained by coercion."""
    d = determine("FL", "fraud", person={"trafficking_type": "labor"})
    assert d["outcome"] == "eligible"
    assert status(d, "trafficking_type") == "met"
