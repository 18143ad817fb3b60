"""Montana: Mont. Code Ann. § 46-18-608 (motion to vacate conviction -- human trafficking victims)."""
from tests.cases import determine, status

VACATUR = "Mont. Code Ann. § 46-18-608"


def test_prostitution_conviction_can_be_vacated_within_a_reasonable_time():
    """Mont. Code Ann. § 46-18-608(1): 'a court may vacate a person's conviction of prostitution,
    promoting prostitution, or another nonviolent offense if the court finds that the person's
    participation in the offense was a direct result of having been a victim of human
    trafficking'; (2)(a): the motion must 'be made within a reasonable time after the person
    ceased to be involved in human trafficking or sought services' -- a point the court judges."""
    d = determine("MT", "prostitution")
    assert d["outcome"] == "possibly_eligible"
    assert d["relief"] == "vacatur"
    assert d["citation"] == VACATUR
    assert status(d, "offense_covered") == "met"
    assert status(d, "nexus") == "met"
    assert status(d, "after_trafficking") == "met"
    assert status(d, "timely_filing") == "unknown"


def test_labor_trafficking_survivor_theft_conviction_is_a_nonviolent_offense():
    """Mont. Code Ann. § 46-18-608(1): 'another nonviolent offense' ... 'a victim of human
    trafficking' (human trafficking in Montana law includes labor trafficking)."""
    d = determine("MT", "theft", person={"trafficking_type": "labor"})
    assert d["relief"] == "vacatur"
    assert status(d, "trafficking_type") == "met"
    assert status(d, "offense_covered") == "met"


def test_assault_conviction_is_not_a_nonviolent_offense():
    """Mont. Code Ann. § 46-18-608(1): only 'prostitution, promoting prostitution, or another
    nonviolent offense'."""
    d = determine("MT", "assault")
    assert d["outcome"] == "not_eligible"
    assert d["relief"] is None
    assert status(d, "offense_covered") == "unmet"


def test_youth_court_adjudication_is_not_a_conviction():
    """Mont. Code Ann. § 46-18-608(1): 'a court may vacate a person's conviction' -- a youth
    court adjudication is not a conviction (see the rules file's notes)."""
    d = determine("MT", "prostitution", record_type="juvenile_adjudication", age_at_offense=16)
    assert d["outcome"] == "not_eligible"
    assert status(d, "record_type") == "unmet"


def test_arrest_without_conviction_is_not_reached():
    """Mont. Code Ann. § 46-18-608(1) reaches only 'a person's conviction'."""
    d = determine("MT", "prostitution", record_type="arrest")
    assert d["outcome"] == "not_eligible"
    assert status(d, "record_type") == "unmet"


def test_weapons_conviction_leaves_nonviolence_to_the_court():
    """Mont. Code Ann. § 46-18-608(1): 'another nonviolent offense' -- the section does not
    define 'nonviolent', so whether a weapons offense counts is for the court."""
    d = determine("MT", "weapons")
    assert d["outcome"] == "possibly_eligible"
    assert d["relief"] == "vacatur"
    assert status(d, "offense_covered") == "unknown"


def test_trafficking_not_yet_ended_and_no_date_is_unknown():
    """Mont. Code Ann. § 46-18-608(2)(a): 'within a reasonable time after the person ceased to
    be involved in human trafficking or sought services for human trafficking victims'."""
    d = determine("MT", "prostitution", person={"trafficking_ended_on": None})
    assert d["outcome"] == "possibly_eligible"
    assert status(d, "after_trafficking") == "unknown"
