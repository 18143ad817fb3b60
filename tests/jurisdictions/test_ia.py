"""Iowa: no trafficking-survivor record relief law was found in force (bills for a new Iowa Code §
710A.8 in 2022, 2025 and 2026 were not found enacted)."""
from tests.cases import determine


def test_adult_conviction_has_no_survivor_relief_law():
    """No Iowa statute vacates, expunges or seals a conviction because the person was trafficked;
    H.F. 2464 (2022), which would have added § 710A.8, died ('Engrossed - Dead')."""
    d = determine("IA", "prostitution", record_type="conviction")
    assert d["outcome"] == "no_relief_law"
    assert d["relief"] is None
    assert d["citation"] is None


def test_arrest_record_has_no_survivor_relief_law():
    """H.F. 926 (2025) and H.F. 2696 (2026) would let a person expunge records 'resulting from the
    arrest or filing of a charge ... while the person was a victim'; both were found only as
    introduced bills."""
    d = determine("IA", "prostitution", record_type="arrest")
    assert d["outcome"] == "no_relief_law"
    assert d["relief"] is None
    assert d["citation"] is None


def test_juvenile_adjudication_has_no_survivor_relief_law():
    """No Iowa survivor law reaches juvenile records either; the 2022 bill's child-abuse change
    (§ 232.68) did not pass."""
    d = determine("IA", "prostitution", record_type="juvenile_adjudication", age_at_offense=16)
    assert d["outcome"] == "no_relief_law"
    assert d["relief"] is None
    assert d["citation"] is None


def test_dismissed_charges_point_to_general_expungement():
    """Iowa Code § 901C.2(1)(a): the court 'shall enter an order expunging the record' when 'an
    acquittal was entered for all criminal charges, or ... all criminal charges were otherwise
    dismissed'; the screener lists it as another route."""
    d = determine("IA", "theft", record_type="arrest")
    assert d["outcome"] == "no_relief_law"
    assert any("901C.2" in step for step in d["next_steps"])


def test_labor_trafficking_survivor_also_has_no_survivor_law():
    """No Iowa survivor record relief law exists for labor trafficking either."""
    d = determine("IA", "drug_possession", person={"trafficking_type": "labor"})
    assert d["outcome"] == "no_relief_law"
    assert d["citation"] is None
