"""Massachusetts: Mass. Gen. Laws ch. 265, § 59."""
from tests.cases import determine, status

VACATUR = "Mass. Gen. Laws ch. 265, § 59"


def test_prostitution_conviction_is_vacated():
    """G.L. c. 265, § 59(a): for 'subsection (a) of section 53A of chapter 272' the court 'shall,
    upon motion of the defendant, vacate any conviction ... upon a finding by the court of a
    reasonable probability that the defendant's participation in the offense was a result of
    having been a human trafficking victim'."""
    d = determine("MA", "prostitution")
    assert d["outcome"] == "eligible"
    assert d["relief"] == "vacatur"
    assert d["citation"] == VACATUR
    assert status(d, "offense_covered") == "met"


def test_simple_drug_possession_of_a_labor_trafficking_survivor():
    """G.L. c. 265, § 59(a): 'under section 34 of chapter 94C for simple possession of a
    controlled substance'; 'a victim of trafficking in persons under 22 U.S.C. § 7102' includes
    labor trafficking."""
    d = determine("MA", "drug_possession", person={"trafficking_type": "labor"})
    assert d["outcome"] == "eligible"
    assert d["relief"] == "vacatur"


def test_theft_is_not_covered():
    """G.L. c. 265, § 59(a) reaches only c. 272, §§ 26, 53(a), 53A(a) and c. 94C, § 34."""
    d = determine("MA", "theft")
    assert d["outcome"] == "not_eligible"
    assert d["relief"] is None
    assert d["citation"] == VACATUR
    assert status(d, "offense_covered") == "unmet"


def test_juvenile_delinquency_finding_is_vacated():
    """G.L. c. 265, § 59(a): 'criminal or delinquency complaint ... vacate any ... adjudication
    of delinquency'."""
    d = determine("MA", "prostitution", record_type="juvenile_adjudication", age_at_offense=16)
    assert d["outcome"] == "eligible"
    assert d["relief"] == "vacatur"
    assert status(d, "record_type") == "met"


def test_case_without_conviction_turns_on_a_continuance_without_a_finding():
    """G.L. c. 265, § 59(a): the court shall vacate any '... continuance without a finding and
    permit the defendant to withdraw any ... factual admission'. A non-conviction record is
    reached only if it ended in a CWOF: possibly eligible."""
    d = determine("MA", "prostitution", record_type="arrest")
    assert d["outcome"] == "possibly_eligible"
    assert d["relief"] == "vacatur"
    assert status(d, "ended_in_cwof") == "unknown"


def test_unsure_connection_is_possibly_eligible():
    """G.L. c. 265, § 59(a)(1): 'the defendant shall have the burden to establish a reasonable
    probability that the defendant's participation in the offense was the result of having been
    a victim of human trafficking'."""
    d = determine("MA", "prostitution", related_to_trafficking="unsure")
    assert d["outcome"] == "possibly_eligible"
    assert status(d, "nexus") == "unknown"


def test_disorderly_conduct_turns_on_the_section_charged():
    """G.L. c. 265, § 59(a): 'subsection (a) of section 53 ... of chapter 272' covers some
    conduct recorded as disorderly (for example lewd behavior), not all of it."""
    d = determine("MA", "disorderly_conduct")
    assert d["outcome"] == "possibly_eligible"
    assert status(d, "offense_covered") == "unknown"
