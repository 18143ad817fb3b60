"""Texas: Tex. Gov't Code § 411.0728, Tex. Fam. Code § 54.04012 and Tex. Penal Code § 8.09, cases
decided from the text."""
from tests.cases import determine, status

NONDISCLOSURE = "Tex. Gov't Code § 411.0728"
JUVENILE = "Tex. Fam. Code § 54.04012"
DEFENSE = "Tex. Penal Code § 8.09"


def test_prostitution_conviction_can_be_nondisclosed_after_the_open_questions():
    """Gov't Code § 411.0728(a)(1)(D): the section applies to a person 'convicted of or placed on
    deferred adjudication community supervision' for 'Section 43.02, Penal Code'; (a)(2) adds
    the help-if-asked condition and the one-year wait runs from the end of the sentence, which the
    screening does not ask."""
    d = determine("TX", "prostitution", disposition_date="2018-03-01")
    assert d["outcome"] == "possibly_eligible"
    assert d["relief"] == "sealing"
    assert d["citation"] == NONDISCLOSURE
    assert status(d, "offense_covered") == "met"
    assert status(d, "waiting_period") == "unknown"
    assert status(d, "assisted_investigation") == "unknown"
    # § 411.0728(b): a person 'who satisfies the requirements of Section 411.074(b)'.
    assert status(d, "no_barred_offense") == "unknown"


def test_assault_is_not_a_listed_offense():
    """Gov't Code § 411.0728(a)(1): only Health & Safety Code §§ 481.120(b)(1), 481.121(b)(1),
    Penal Code § 31.03(e)(1) or (2) and Penal Code § 43.02 are listed."""
    d = determine("TX", "assault")
    assert d["outcome"] == "not_eligible"
    assert d["relief"] is None
    laws = [(d["citation"], d["outcome"])] + [(a["citation"], a["outcome"]) for a in d["alternatives"]]
    assert (NONDISCLOSURE, "not_eligible") in laws
    if d["citation"] == NONDISCLOSURE:
        assert status(d, "offense_covered") == "unmet"


def test_theft_depends_on_the_value():
    """Gov't Code § 411.0728(a)(1)(C): 'Section 31.03, Penal Code, if the offense is punishable
    under Subsection (e)(1) or (2)' (theft under $750); the value is not in the screening."""
    d = determine("TX", "theft")
    assert d["outcome"] == "possibly_eligible"
    assert status(d, "offense_covered") == "unknown"


def test_offense_not_committed_as_a_victim_is_not_covered():
    """Gov't Code § 411.0728(b): relief only where the person committed the offense solely as a
    victim of trafficking or compelling prostitution (Freedom Network summary of (b)); § 411.074(b)
    is also a condition of (b)."""
    d = determine("TX", "prostitution", related_to_trafficking="no")
    assert d["outcome"] == "not_eligible"
    assert status(d, "nexus") == "unmet"


def test_juvenile_adjudication_sealing_after_trafficked_persons_program():
    """Fam. Code § 54.04012(d): 'Following a child's successful completion of the program, the
    court may order the sealing of the records of the case'; whether the person completed the
    program is not asked by the screening."""
    d = determine("TX", "theft", record_type="juvenile_adjudication", age_at_offense=15)
    assert d["outcome"] == "possibly_eligible"
    assert d["relief"] == "sealing"
    assert d["citation"] == JUVENILE
    assert status(d, "completed_trafficked_persons_program") == "unknown"


def test_old_arrest_without_conviction_is_not_reached():
    """Gov't Code § 411.0728(a)(1): only a person 'convicted of or placed on deferred adjudication
    community supervision'; Penal Code § 8.09 is a defense for offenses committed on or after its
    effective date, December 4, 2025 (S.B. 11); an arrest for a 2019 offense is reached by neither."""
    d = determine("TX", "prostitution", record_type="arrest", offense_date="2019-03-01")
    assert d["outcome"] == "not_eligible"
    assert d["relief"] is None
    laws = {d["citation"]: d} | {a["citation"]: a for a in d["alternatives"]}
    assert laws[NONDISCLOSURE]["outcome"] == "not_eligible"
    assert laws[DEFENSE]["outcome"] == "not_eligible"


def test_open_charge_after_december_2025_can_use_the_defense():
    """Penal Code § 8.09(a): 'it is an affirmative defense to prosecution that the actor: (1) was
    a victim of an offense under Section 20A.02 or 43.05; and (2) engaged in the conduct ... as a
    direct result of being caused, through means of force, fraud, or coercion ..., to engage in
    that specific conduct'; (b) adds the but-for and reasonable-person tests, not asked here."""
    d = determine("TX", "theft", record_type="arrest", offense_date="2026-01-15")
    assert d["outcome"] == "possibly_eligible"
    assert d["relief"] == "affirmative_defense"
    assert d["citation"] == DEFENSE
    assert status(d, "record_date") == "met"
    assert status(d, "but_for_and_reasonable_person") == "unknown"


def test_serious_listed_offense_is_asked_about_for_the_defense():
    """Penal Code § 8.09(b)(4): the defense applies only if 'the conduct does not constitute an
    offense listed in Article 42A.054(a), Code of Criminal Procedure, unless the actor is charged
    only as a party'."""
    d = determine("TX", "robbery", level="felony", record_type="arrest", offense_date="2026-02-01")
    assert d["citation"] == DEFENSE
    assert d["outcome"] == "possibly_eligible"
    assert status(d, "offense_covered") == "unknown"


def test_unsure_connection_is_possibly_eligible():
    """Gov't Code § 411.0728(b): the offense must have been committed solely as a victim; an
    unsure answer leaves that for the court."""
    d = determine("TX", "prostitution", related_to_trafficking="unsure")
    assert d["outcome"] == "possibly_eligible"
    assert status(d, "nexus") == "unknown"


def test_before_2019_the_conviction_had_to_be_set_aside():
    """Gov't Code § 411.0728 before SB 1801 (2019) applied to a person 'with respect to whom the
    conviction is subsequently set aside by the court under Article 42A.701' (text struck by SB
    1801)."""
    d = determine("TX", "prostitution", as_of="2018-06-01", person={"trafficking_ended_on": "2016-01-01"})
    assert d["outcome"] == "possibly_eligible"
    assert status(d, "conviction_set_aside") == "unknown"
