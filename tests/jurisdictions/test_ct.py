"""Connecticut: Conn. Gen. Stat. § 54-95c (as rewritten by Public Act 21-103, effective 2021-10-01)."""
from tests.cases import determine, status

CITE = "Conn. Gen. Stat. § 54-95c"


def test_misdemeanor_prostitution_conviction_is_vacated():
    """Conn. Gen. Stat. § 54-95c(a): 'At any time after a court enters a judgment of conviction
    for any misdemeanor offense ... the defendant may apply to the Superior Court to vacate such
    judgment of conviction on the basis that his or her participation in the offense was a result
    of having been a victim of conduct of another person that constitutes (1) trafficking in
    persons'; (d): 'the court shall vacate'."""
    d = determine("CT", "prostitution", record_type="conviction", level="misdemeanor")
    assert d["outcome"] == "eligible"
    assert d["relief"] == "vacatur"
    assert d["citation"] == CITE
    assert status(d, "offense_level") == "met"


def test_labor_trafficking_survivor_is_covered():
    """Conn. Gen. Stat. § 54-95c(a)(2): 'a criminal violation of 18 USC Chapter 77' (which covers
    forced labor as well as sex trafficking)."""
    d = determine("CT", "theft", person={"trafficking_type": "labor"})
    assert d["outcome"] == "eligible"
    assert status(d, "trafficking_type") == "met"


def test_violation_that_is_not_a_misdemeanor_or_felony_is_not_covered():
    """Conn. Gen. Stat. § 54-95c(a) reaches 'any misdemeanor offense or a class C, D or E felony or
    any unclassified felony offense carrying a term of imprisonment of not more than ten years'."""
    d = determine("CT", "disorderly_conduct", level="petty")
    assert d["outcome"] == "not_eligible"
    assert d["relief"] is None
    assert status(d, "offense_level") == "unmet"


def test_juvenile_adjudication_is_not_covered():
    """Conn. Gen. Stat. § 54-95c(a): 'after a court enters a judgment of conviction'."""
    d = determine("CT", "prostitution", record_type="juvenile_adjudication", age_at_offense=16)
    assert d["outcome"] == "not_eligible"
    assert status(d, "record_type") == "unmet"


def test_arrest_without_conviction_is_not_covered():
    """Conn. Gen. Stat. § 54-95c(a): the application is 'to vacate such judgment of conviction'."""
    d = determine("CT", "prostitution", record_type="arrest")
    assert d["outcome"] == "not_eligible"
    assert status(d, "record_type") == "unmet"


def test_felony_turns_on_its_class():
    """Conn. Gen. Stat. § 54-95c(a): 'a class C, D or E felony or any unclassified felony offense
    carrying a term of imprisonment of not more than ten years' (class A and B are left out)."""
    d = determine("CT", "drug_sale", level="felony")
    assert d["outcome"] == "possibly_eligible"
    assert d["relief"] == "vacatur"
    assert status(d, "felony_class") == "unknown"


def test_unsure_connection_is_possibly_eligible():
    """Conn. Gen. Stat. § 54-95c(d): 'If the defendant proves that he or she was a victim of
    trafficking in persons ... at the time of any offense'."""
    d = determine("CT", "prostitution", related_to_trafficking="unsure")
    assert d["outcome"] == "possibly_eligible"
    assert status(d, "nexus") == "unknown"
