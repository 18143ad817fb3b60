"""Federal: 18 U.S.C. § 3771A (Trafficking Survivors Relief Act, Pub. L. 119-73, Jan. 23, 2026)."""
from tests.cases import determine, status

CITE = "18 U.S.C. § 3771A"


def test_nonviolent_federal_conviction_is_vacated():
    """§ 3771A(b)(1)(A): 'A person convicted of any level A offense ... may move the court that
    imposed the sentence for the level A offense to vacate the judgment of conviction if the level
    A offense was committed as a direct result of the person having been a victim of
    trafficking'; (a)(5): 'level A offense' means 'a Federal offense that is not a violent
    crime'."""
    d = determine("US", "fraud", level="felony")
    assert d["outcome"] == "eligible"
    assert d["relief"] == "vacatur"
    assert d["citation"] == CITE
    assert status(d, "offense_covered") == "met"


def test_violent_conviction_cannot_be_vacated():
    """§ 3771A(b)(1)(A) reaches only 'level A' offenses, which exclude a 'violent crime' (a crime
    of violence under 18 U.S.C. § 16(a))."""
    d = determine("US", "assault", level="felony")
    assert d["outcome"] == "not_eligible"
    assert d["relief"] is None
    assert status(d, "offense_covered") == "unmet"


def test_nonviolent_arrest_can_be_expunged():
    """§ 3771A(b)(1)(B): 'A person arrested for any level A offense ... may move the district court
    ... to expunge all records of the arrest if the conduct ... was directly related to the person
    having been a victim of trafficking.'"""
    d = determine("US", "drug_possession", record_type="arrest")
    assert d["outcome"] == "eligible"
    assert d["relief"] == "expungement"
    assert d["citation"] == CITE


def test_violent_arrest_depends_on_how_the_case_ended():
    """§ 3771A(b)(1)(C) and (a)(6): a level B (violent) arrest may be expunged if the person was
    acquitted, charges were dropped or not pursued, or reduced to level A; a violent crime 'of
    which a child was a victim' is not level B."""
    d = determine("US", "assault", level="felony", record_type="arrest")
    assert d["outcome"] == "possibly_eligible"
    assert d["relief"] == "expungement"
    assert status(d, "offense_covered") == "unknown"


def test_juvenile_adjudication_is_not_named():
    """§ 3771A(b)(1) names persons 'convicted' and persons 'arrested'; a federal juvenile
    delinquency adjudication is not named."""
    d = determine("US", "fraud", record_type="juvenile_adjudication", age_at_offense=16)
    assert d["outcome"] == "not_eligible"
    assert status(d, "record_type") == "unmet"


def test_unsure_link_is_for_the_court():
    """§ 3771A(b)(1)(A): the offense must have been 'committed as a direct result of the person
    having been a victim of trafficking', found by a preponderance of the evidence."""
    d = determine("US", "fraud", related_to_trafficking="unsure")
    assert d["outcome"] == "possibly_eligible"
    assert status(d, "nexus") == "unknown"


def test_weapons_conviction_turns_on_whether_it_is_a_crime_of_violence():
    """§ 3771A(a)(8): 'violent crime' has the meaning of 'crime of violence' in 18 U.S.C.
    § 16(a); a weapons offense may or may not be one."""
    d = determine("US", "weapons", level="felony")
    assert d["outcome"] == "possibly_eligible"
    assert status(d, "offense_covered") == "unknown"


def test_law_was_not_in_force_before_2026():
    """Pub. L. 119-73 was approved January 23, 2026; before then no federal law gave this relief."""
    d = determine("US", "fraud", as_of="2025-06-01")
    assert d["outcome"] == "no_relief_law"
    assert d["relief"] is None
    assert d["citation"] is None
