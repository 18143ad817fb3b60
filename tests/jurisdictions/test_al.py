"""Alabama: Ala. Code §§ 15-27-1(a)(8) and 15-27-2 (expungement for human trafficking victims),
read in part, with Ex parte C.M. (Ala. Crim. App. 2024)."""
from tests.cases import alternative, determine, status

CHARGES = "Ala. Code §§ 15-27-1(a)(8), 15-27-2(a)(8)"
CONVICTIONS = "Ala. Code §§ 15-27-1(a)(8), 15-27-2(b)"


def test_prostitution_charge_that_did_not_end_in_conviction_is_expunged():
    """Ala. Code § 15-27-1(a): 'A person who has been charged with a misdemeanor offense ... may file
    a petition ... to expunge records relating to the charge in any of the following circumstances:
    ... (8) When the person proves by a preponderance of the evidence that the person is a victim of
    human trafficking'."""
    d = determine("AL", "prostitution", record_type="arrest")
    assert d["outcome"] == "eligible"
    assert d["relief"] == "expungement"
    assert d["citation"] == CHARGES
    assert status(d, "offense_covered") == "met"


def test_felony_drug_charge_is_expunged_too():
    """Ex parte C.M. (Ala. Crim. App. 2024) reads § 15-27-2(a)(8) as applying to persons 'charged
    with, but not convicted of, felony offenses' who prove they were trafficking victims."""
    d = determine("AL", "drug_sale", record_type="arrest", level="felony")
    assert d["outcome"] == "eligible"
    assert d["citation"] == CHARGES


def test_conviction_is_only_possibly_covered():
    """Ex parte C.M. (Ala. Crim. App. 2024): 'the plain language of § 15-27-2(a) and (b) ... does not
    allow for C.M.'s second-degree-assault convictions to be expunged'; (b) reaches only listed
    offenses. Whether a conviction qualifies is left to a lawyer and the court."""
    d = determine("AL", "prostitution", record_type="conviction")
    assert d["outcome"] == "possibly_eligible"
    assert d["relief"] == "expungement"
    assert d["citation"] == CONVICTIONS
    assert status(d, "conviction_can_be_expunged") == "unknown"


def test_offense_not_committed_while_trafficked_is_not_covered():
    """Ala. Code § 15-27-1(8) as summarized by JYSI: proof that the person 'committed the misdemeanor
    offense ... during the period the person was being trafficked'."""
    d = determine("AL", "theft", record_type="arrest", related_to_trafficking="no")
    assert d["outcome"] == "not_eligible"
    assert d["relief"] is None
    assert status(d, "nexus") == "unmet"


def test_juvenile_adjudication_is_not_covered():
    """Ala. Code § 15-27-1(a) and § 15-27-2 reach a person 'charged with' an offense in the criminal
    courts; juvenile delinquency records are not named."""
    d = determine("AL", "prostitution", record_type="juvenile_adjudication", age_at_offense=16)
    assert d["outcome"] == "not_eligible"
    assert status(d, "record_type") == "unmet"
    assert alternative(d, "expungement")["outcome"] == "not_eligible"


def test_violent_charge_is_a_question_for_the_court():
    """Ex parte C.M. (Ala. Crim. App. 2024): § 15-27-2(b) 'permitted expungement for specific violent
    offenses'; the text read does not say how violent charges fare under (a)(8)."""
    d = determine("AL", "assault", record_type="arrest", level="felony")
    assert d["outcome"] == "possibly_eligible"
    assert status(d, "offense_covered") == "unknown"


def test_unsure_connection_is_possibly_eligible():
    """Ala. Code § 15-27-1(a)(8): 'When the person proves by a preponderance of the evidence that the
    person is a victim of human trafficking'."""
    d = determine("AL", "prostitution", record_type="arrest", related_to_trafficking="unsure")
    assert d["outcome"] == "possibly_eligible"
    assert status(d, "nexus") == "unknown"

