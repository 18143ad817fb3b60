"""New Jersey: N.J.S.A. 2C:44-1.1 as amended by P.L.2021, c.467 (A5322), effective 2022-05-01."""
from tests.cases import alternative, determine, status

CITATION = "N.J. Stat. Ann. § 2C:44-1.1"


def test_prostitution_conviction_can_be_vacated():
    """Senate Judiciary Committee statement to A5322: the bill provides 'a process for a person to
    vacate and expunge ... all arrests, charges, complaints, convictions, or other dispositions
    ... for violations of law committed by the person as a result of the person's status as a
    victim of human trafficking'."""
    d = determine("NJ", "prostitution")
    assert d["outcome"] == "eligible"
    assert d["relief"] == "vacatur"
    assert d["citation"] == CITATION
    assert status(d, "offense_covered") == "met"


def test_labor_trafficking_survivor_felony_theft_conviction_is_covered():
    """Senate Judiciary Committee statement to A5322: 'nearly all convictions and other
    dispositions for violations of law committed under the conditions of victimization'; human
    trafficking under N.J.S.A. 2C:13-8 includes labor."""
    d = determine("NJ", "theft", level="felony", person={"trafficking_type": "labor"})
    assert d["outcome"] == "eligible"
    assert d["relief"] == "vacatur"


def test_offense_not_resulting_from_the_trafficking_is_not_covered():
    """Senate Judiciary Committee statement to A5322: only 'violations of law committed by the
    person as a result of the person's status as a victim of human trafficking'."""
    d = determine("NJ", "drug_possession", related_to_trafficking="no")
    assert d["outcome"] == "not_eligible"
    assert d["relief"] is None
    assert status(d, "nexus") == "unmet"


def test_juvenile_adjudication_can_be_vacated():
    """N.J.S.A. 2C:44-1.1(a)(2): 'expungement of any reference to the person's arrest, charge,
    complaint, conviction, adjudication of delinquency, or other disposition'."""
    d = determine("NJ", "theft", record_type="juvenile_adjudication", age_at_offense=16)
    assert d["outcome"] == "eligible"
    assert d["relief"] == "vacatur"


def test_arrest_record_can_be_expunged():
    """N.J.S.A. 2C:44-1.1(a)(2): 'the person may also seek an order for the expungement of any
    reference to the person's arrest, charge, complaint ... or other disposition'."""
    d = determine("NJ", "prostitution", record_type="arrest")
    assert d["outcome"] == "eligible"
    assert d["relief"] == "expungement"
    assert d["citation"] == CITATION
    assert alternative(d, "vacatur")["outcome"] == "not_eligible"


def test_homicide_conviction_depends_on_which_offense():
    """Senate Judiciary Committee statement to A5322: 'The process would not be available to a
    person convicted of murder pursuant to N.J.S.2C:11-3, manslaughter pursuant to N.J.S.2C:11-4
    ...' -- other offenses causing a death are not on that list, so the question is named."""
    d = determine("NJ", "homicide", level="felony")
    assert d["outcome"] == "possibly_eligible"
    assert status(d, "offense_covered") == "unknown"


def test_unsure_connection_is_possibly_eligible():
    """Freedom Network USA on § 2C:44-1.1: 'The petition must demonstrate by a preponderance of
    the evidence that the offense was committed as a result of the trafficking.'"""
    d = determine("NJ", "fraud", related_to_trafficking="unsure")
    assert d["outcome"] == "possibly_eligible"
    assert status(d, "nexus") == "unknown"
