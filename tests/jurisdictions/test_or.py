"""Oregon: ORS 137.221, vacation of a prostitution conviction of a sex trafficking victim."""
from tests.cases import determine, status

CITATION = "Or. Rev. Stat. § 137.221"


def test_prostitution_conviction_can_be_vacated():
    """ORS 137.221(1): 'a court may vacate a judgment of conviction for the crime of prostitution
    under ORS 167.007 or for violating a municipal prostitution ordinance'. Whether older
    convictions are reached is asked, so the answer is possibly_eligible."""
    d = determine("OR", "prostitution")
    assert d["outcome"] == "possibly_eligible"
    assert d["relief"] == "vacatur"
    assert d["citation"] == CITATION
    assert status(d, "offense_covered") == "met"
    assert status(d, "nexus") == "met"
    assert status(d, "conviction_after_2017_law") == "unknown"


def test_labor_trafficking_is_not_reached():
    """ORS 137.221(2)(c): the motion must show 'the person was the victim of sex trafficking at or
    around the time of the conduct giving rise to the prostitution conviction'."""
    d = determine("OR", "prostitution", person={"trafficking_type": "labor"})
    assert d["outcome"] == "not_eligible"
    assert status(d, "trafficking_type") == "unmet"


def test_drug_conviction_is_not_reached():
    """ORS 137.221(1) reaches only prostitution under ORS 167.007 or a municipal prostitution
    ordinance."""
    d = determine("OR", "drug_possession")
    assert d["outcome"] == "not_eligible"
    assert d["relief"] is None
    assert status(d, "offense_covered") == "unmet"


def test_juvenile_adjudication_is_not_reached():
    """ORS 137.221(1)-(2) reach 'a judgment of conviction'; a juvenile adjudication is not one."""
    d = determine("OR", "prostitution", record_type="juvenile_adjudication", age_at_offense=16)
    assert d["outcome"] == "not_eligible"
    assert status(d, "record_type") == "unmet"


def test_arrest_without_conviction_is_not_reached():
    """ORS 137.221(2)(a): 'A person may request vacation of a judgment of conviction'."""
    d = determine("OR", "prostitution", record_type="arrest")
    assert d["outcome"] == "not_eligible"
    assert status(d, "record_type") == "unmet"


def test_unsure_connection_is_for_the_court():
    """ORS 137.221(3): 'At the hearing, the person has the burden of proof and may present evidence
    that, at or around the time of the conduct ... the person was the victim of sex trafficking.'"""
    d = determine("OR", "prostitution", related_to_trafficking="unsure")
    assert d["outcome"] == "possibly_eligible"
    assert status(d, "nexus") == "unknown"
