"""Indiana: cases decided from Ind. Code § 35-38-10-2 (elements as stated in A.C. v. State, Ind. Ct.
App. 2022) and Ind. Code § 31-37-22-11 (read in full)."""
from tests.cases import determine, status


def test_conviction_of_coerced_trafficked_person_is_vacated():
    """Ind. Code § 35-38-10-2 (A.C. v. State, 2022): a trafficked person is entitled to vacatur on
    showing by a preponderance of the evidence that the person was a trafficked person at the time,
    that the offense did not result in bodily injury to another person, and that the person was
    coerced by or under the control of another person."""
    d = determine("IN", "theft")
    assert d["outcome"] == "eligible"
    assert d["relief"] == "vacatur"
    assert d["citation"] == "Ind. Code § 35-38-10-2"
    assert status(d, "offense_covered") == "met"
    assert status(d, "nexus") == "met"


def test_offense_causing_a_death_is_not_covered():
    """Ind. Code § 35-38-10-2 (A.C. v. State): the offense must not have resulted 'in bodily injury to
    another person'; an offense causing a death always did."""
    d = determine("IN", "homicide", level="felony")
    assert d["outcome"] == "not_eligible"
    assert status(d, "offense_covered") == "unmet"


def test_juvenile_adjudication_is_vacated():
    """Ind. Code § 31-37-22-11(b): 'the court that adjudicated the trafficked child a delinquent
    child shall vacate the adjudication ... if the movant proves by a preponderance of the evidence
    that: (1) the child was a trafficked child ...; (2) the delinquent act did not result in bodily
    injury to another person; and (3) ... the child was: (A) coerced by; or (B) under the control of;
    another person'."""
    d = determine("IN", "prostitution", record_type="juvenile_adjudication", age_at_offense=15)
    assert d["outcome"] == "eligible"
    assert d["relief"] == "vacatur"
    assert d["citation"] == "Ind. Code § 31-37-22-11"


def test_arrest_without_conviction_is_not_reached_but_expungement_is_suggested():
    """Ind. Code ch. 35-38-10 vacates convictions; an arrest that did not end in a conviction is
    cleared instead under Ind. Code § 35-38-9-1(a)(1)(A): an arrest or charge that 'did not result in
    a conviction or juvenile adjudication'."""
    d = determine("IN", "prostitution", record_type="arrest")
    assert d["outcome"] == "not_eligible"
    assert status(d, "record_type") == "unmet"
    assert any("35-38-9-1" in step for step in d["next_steps"])


def test_assault_turns_on_whether_anyone_was_hurt():
    """Ind. Code § 35-38-10-2 (A.C. v. State): relief requires that 'the offense did not result in
    bodily injury to another person'; whether an assault did is a fact for the court."""
    d = determine("IN", "assault")
    assert d["outcome"] == "possibly_eligible"
    assert status(d, "offense_covered") == "unknown"


def test_not_connected_to_coercion_is_not_covered():
    """Ind. Code § 31-37-22-11(b)(3) and § 35-38-10-2: when the act was committed, the person was
    'coerced by; or ... under the control of; another person'."""
    d = determine("IN", "theft", related_to_trafficking="no")
    assert d["outcome"] == "not_eligible"
    assert status(d, "nexus") == "unmet"
