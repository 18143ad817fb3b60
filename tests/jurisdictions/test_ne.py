"""Nebraska: Neb. Rev. Stat. § 29-3005 (LB 1132, 2018, as amended by LB 881, 2020), cases decided
from the text of the section."""
from tests.cases import determine, status

SET_ASIDE = "Neb. Rev. Stat. § 29-3005"


def test_prostitution_conviction_while_trafficked_is_set_aside_after_the_sentence():
    """§ 29-3005(2): 'At any time following the completion of sentence or disposition, a victim of
    sex trafficking convicted ... of ... (a) a prostitution-related offense committed while the
    movant was a victim of sex trafficking ... may file a motion to set aside such conviction';
    (3)(a): the court 'shall grant the motion'. Whether the sentence is finished is not asked."""
    d = determine("NE", "prostitution")
    assert d["outcome"] == "possibly_eligible"
    assert d["relief"] == "set_aside"
    assert d["citation"] == SET_ASIDE
    assert status(d, "offense_covered") == "met"
    assert status(d, "nexus") == "met"
    assert status(d, "sentence_completed") == "unknown"


def test_labor_trafficking_alone_is_not_covered():
    """§ 29-3005(1)(c): '"Victim of sex trafficking" means a person subjected to sex trafficking or
    sex trafficking of a minor, as those terms are defined in section 28-830'."""
    d = determine("NE", "theft", person={"trafficking_type": "labor"})
    assert d["outcome"] == "not_eligible"
    assert d["relief"] is None
    assert status(d, "trafficking_type") == "unmet"


def test_juvenile_adjudication_can_be_set_aside():
    """§ 29-3005(2): a victim 'convicted in county or district court of, or adjudicated in a
    juvenile court for' an offense 'may file a motion to set aside such conviction or
    adjudication'."""
    d = determine("NE", "prostitution", record_type="juvenile_adjudication", age_at_offense=15)
    assert d["outcome"] == "possibly_eligible"
    assert d["relief"] == "set_aside"
    assert status(d, "record_type") == "met"


def test_arrest_without_conviction_is_not_reached():
    """§ 29-3005(2): the motion is 'to set aside such conviction or adjudication'; an arrest that
    led to neither is not one."""
    d = determine("NE", "prostitution", record_type="arrest")
    assert d["outcome"] == "not_eligible"
    assert d["relief"] is None
    assert status(d, "record_type") == "unmet"


def test_other_offense_must_be_caused_by_the_trafficking():
    """§ 29-3005(2)(b): 'any other offense committed as a direct result of, or proximately caused
    by, the movant's status as a victim of sex trafficking'."""
    d = determine("NE", "drug_possession", related_to_trafficking="no")
    assert d["outcome"] == "not_eligible"
    assert status(d, "nexus") == "unmet"


def test_unsure_connection_is_for_the_court():
    """§ 29-3005(3)(b): the court grants the motion 'If the court finds that the movant's
    participation in an offense other than a prostitution-related offense was a direct result of
    or proximately caused by the movant's status as a victim of sex trafficking'."""
    d = determine("NE", "theft", related_to_trafficking="unsure")
    assert d["outcome"] == "possibly_eligible"
    assert d["relief"] == "set_aside"
    assert status(d, "nexus") == "unknown"


def test_keeping_a_place_of_prostitution_is_asked_about():
    """§ 29-3005(1)(a)(i): a prostitution-related offense includes 'keeping a place of prostitution
    under section 28-804'; other ways of helping someone sell sex fall under (2)(b)."""
    d = determine("NE", "promoting_prostitution")
    assert d["outcome"] == "possibly_eligible"
    assert d["relief"] == "set_aside"


def test_official_papers_are_not_required():
    """§ 29-3005(4): official documentation 'shall create a rebuttable presumption' but 'shall not
    be required to obtain relief under this section'."""
    d = determine("NE", "theft", person={"official_documentation": False})
    assert d["outcome"] == "possibly_eligible"
    assert status(d, "official_documentation") is None
