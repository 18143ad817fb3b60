"""Nevada: NRS 179.247 (adult convictions) and NRS 62E.275 (juvenile adjudications)."""
from tests.cases import determine, status

ADULT = "Nev. Rev. Stat. § 179.247"
JUVENILE = "Nev. Rev. Stat. § 62E.275"


def test_prostitution_conviction_can_be_vacated_and_sealed():
    """NRS 179.247(2)(a): 'A violation of NRS 201.353 or 201.354, for engaging in prostitution
    ...'; (4): 'The court may grant a petition ... if ... (b) The participation of the petitioner
    in the offense was the result of the petitioner having been a victim of ... Trafficking in
    persons'."""
    d = determine("NV", "prostitution")
    assert d["outcome"] == "eligible"
    assert d["relief"] == "vacatur"
    assert d["citation"] == ADULT
    assert status(d, "offense_covered") == "met"
    assert status(d, "after_trafficking") == "met"


def test_labor_trafficking_survivor_drug_conviction_is_covered():
    """NRS 179.247(2)(b): 'A crime under the laws of this State, other than a crime of
    violence'; (4)(b)(2): 'Involuntary servitude as described in NRS 200.463 or 200.4631'."""
    d = determine("NV", "drug_possession", level="felony", person={"trafficking_type": "labor"})
    assert d["outcome"] == "eligible"
    assert status(d, "trafficking_type") == "met"


def test_conviction_not_resulting_from_the_trafficking_is_not_covered():
    """NRS 179.247(4)(b): 'The participation of the petitioner in the offense was the result of
    the petitioner having been a victim of' trafficking or involuntary servitude."""
    d = determine("NV", "theft", related_to_trafficking="no")
    assert d["outcome"] == "not_eligible"
    assert d["relief"] is None
    assert status(d, "nexus") == "unmet"


def test_assault_conviction_turns_on_crime_of_violence():
    """NRS 179.247(2)(b): 'other than a crime of violence' -- the term is not defined in the
    part read, and A.B. 488 (2025) would remove the limit; the answer names the question."""
    d = determine("NV", "assault")
    assert d["outcome"] == "possibly_eligible"
    assert d["relief"] == "vacatur"
    assert status(d, "offense_covered") == "unknown"


def test_juvenile_trespass_adjudication_can_be_vacated():
    """NRS 62E.275(1): 'the child may petition the juvenile court for an order: (a) Vacating the
    adjudication; and (b) Sealing all records'; (2)(b): 'NRS 207.200, for unlawful trespass'."""
    d = determine("NV", "trespass", record_type="juvenile_adjudication", age_at_offense=16)
    assert d["outcome"] == "eligible"
    assert d["relief"] == "vacatur"
    assert d["citation"] == JUVENILE


def test_juvenile_theft_adjudication_is_not_listed():
    """NRS 62E.275(2) lists only prostitution or solicitation, unlawful trespass, loitering, and
    loitering for solicitation or prostitution; NRS 179.247 reaches convictions only."""
    d = determine("NV", "theft", record_type="juvenile_adjudication", age_at_offense=16)
    assert d["outcome"] == "not_eligible"
    assert d["relief"] is None


def test_arrest_without_conviction_is_not_reached():
    """NRS 179.247(1): 'If a person has been convicted of any offense listed in subsection 2'."""
    d = determine("NV", "prostitution", record_type="arrest")
    assert d["outcome"] == "not_eligible"
    assert status(d, "record_type") == "unmet"


def test_unsure_connection_is_possibly_eligible():
    """NRS 179.247(4)(b): participation 'was the result of the petitioner having been a victim'."""
    d = determine("NV", "fraud", related_to_trafficking="unsure")
    assert d["outcome"] == "possibly_eligible"
    assert status(d, "nexus") == "unknown"
