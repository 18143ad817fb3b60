"""California: Cal. Penal Code §§ 236.14, 1203.49 and 236.23, cases decided from the statute text."""
from tests.cases import alternative, determine, status

VACATUR = "Cal. Penal Code § 236.14"


def test_adult_prostitution_conviction_is_vacated():
    """Pen. Code § 236.14(a): 'If a person was arrested for or convicted of any nonviolent offense
    committed while they were a victim of human trafficking, including, but not limited to,
    prostitution as described in subdivision (b) of Section 647, the person may petition the
    court for vacatur relief'."""
    d = determine("CA", "prostitution")
    assert d["outcome"] == "eligible"
    assert d["relief"] == "vacatur"
    assert d["citation"] == VACATUR
    assert status(d, "offense_covered") == "met"


def test_prostitution_conviction_also_has_the_older_set_aside():
    """Pen. Code § 1203.49: a person 'convicted of solicitation or prostitution, as described in
    subdivision (b) of Section 647' who 'has completed any term of probation' may petition; the
    probation question stays open."""
    d = determine("CA", "prostitution")
    alt = alternative(d, "set_aside")
    assert alt is not None
    assert alt["citation"] == "Cal. Penal Code § 1203.49"
    assert alt["outcome"] == "possibly_eligible"


def test_arrest_for_theft_is_covered():
    """Pen. Code § 236.14(a): 'arrested for or convicted of any nonviolent offense ... vacatur
    relief of their convictions, arrests, and adjudications'."""
    d = determine("CA", "theft", record_type="arrest")
    assert d["outcome"] == "eligible"
    assert d["relief"] == "vacatur"
    assert d["citation"] == VACATUR
    assert status(d, "record_type") == "met"


def test_juvenile_adjudication_for_drug_possession_is_covered():
    """Pen. Code § 236.14(a): 'vacatur relief of their convictions, arrests, and adjudications'
    for 'any nonviolent offense'."""
    d = determine("CA", "drug_possession", record_type="juvenile_adjudication", age_at_offense=16)
    assert d["outcome"] == "eligible"
    assert d["relief"] == "vacatur"
    assert d["citation"] == VACATUR


def test_labor_trafficking_survivor_is_covered():
    """Pen. Code § 236.14(a): 'a victim of human trafficking', which is not limited to sex
    trafficking."""
    d = determine("CA", "fraud", person={"trafficking_type": "labor"})
    assert d["outcome"] == "eligible"
    assert status(d, "trafficking_type") == "met"


def test_offense_not_connected_to_trafficking_is_not_covered():
    """Pen. Code § 236.14(a): the petitioner must show 'that the arrest or conviction was the
    direct result of being a victim of human trafficking'."""
    d = determine("CA", "prostitution", related_to_trafficking="no")
    assert d["outcome"] == "not_eligible"
    assert d["relief"] is None
    assert d["citation"] == VACATUR
    assert status(d, "nexus") == "unmet"


def test_felony_robbery_turns_on_the_violent_felony_list():
    """Pen. Code § 236.14(a): only a 'nonviolent offense' (one not listed in Penal Code § 667.5(c),
    per the courts' self-help guide) qualifies; the list itself is for the court to apply."""
    d = determine("CA", "robbery", level="felony")
    assert d["outcome"] == "possibly_eligible"
    assert status(d, "offense_covered") == "unknown"


def test_unsure_connection_is_possibly_eligible():
    """Pen. Code § 236.14(a): 'clear and convincing evidence, that the arrest or conviction was the
    direct result of being a victim of human trafficking'; an unsure answer leaves this open."""
    d = determine("CA", "trespass", related_to_trafficking="unsure")
    assert d["outcome"] == "possibly_eligible"
    assert d["relief"] == "vacatur"
    assert status(d, "nexus") == "unknown"


def test_before_2021_timeliness_was_for_the_court():
    """Pen. Code § 236.14 (2017-2020): the petition had to be made 'within a reasonable time after
    the person has ceased to be a victim of human trafficking' (AB 2869 later allowed 'any
    time')."""
    d = determine("CA", "prostitution", as_of="2020-06-01")
    assert d["outcome"] == "possibly_eligible"
    assert status(d, "timely_filing") == "unknown"
    now = determine("CA", "prostitution")
    assert status(now, "timely_filing") is None


def test_affirmative_defense_never_reaches_a_trafficking_charge():
    """Pen. Code § 236.23 (AB 1761 digest): the defense may not be used for 'a charge of human
    trafficking'; § 236.14 does not settle it either (a violent felony question)."""
    d = determine("CA", "trafficking_offense", record_type="arrest", level="felony")
    defense = alternative(d, "affirmative_defense")
    assert defense is not None
    assert defense["outcome"] == "not_eligible"
