"""Vermont: 13 V.S.A. § 2658 (as widened by H.460, 2019)."""
from tests.cases import determine, status

CITE = "13 V.S.A. § 2658"


def test_conviction_for_a_qualifying_crime_is_vacated():
    """13 V.S.A. § 2658(b): 'A person convicted of a qualifying crime may file a motion to vacate
    the conviction if it was obtained as a result of the person having been a victim of human
    trafficking'; (d)(1): 'The court shall grant the motion'."""
    d = determine("VT", "theft")
    assert d["outcome"] == "eligible"
    assert d["relief"] == "vacatur"
    assert d["citation"] == CITE
    assert status(d, "offense_covered") == "met"


def test_kidnapping_is_not_a_qualifying_crime():
    """§ 2658(a)(1): '"Qualifying crime" means a criminal offense in this State that is not listed
    in 33 V.S.A. § 5204(a)'; that list names kidnapping and unlawful restraint."""
    d = determine("VT", "kidnapping", level="felony")
    assert d["outcome"] == "not_eligible"
    assert d["relief"] is None
    assert status(d, "offense_covered") == "unmet"


def test_assault_depends_on_the_kind_of_assault():
    """33 V.S.A. § 5204(a)(4) lists only 'aggravated assault'; a simple assault is a qualifying
    crime, so the court must look at which assault it was."""
    d = determine("VT", "assault")
    assert d["outcome"] == "possibly_eligible"
    assert status(d, "offense_covered") == "unknown"


def test_juvenile_adjudication_is_not_a_conviction():
    """§ 2658(b): 'A person convicted of a qualifying crime'; a delinquency adjudication is not a
    conviction."""
    d = determine("VT", "prostitution", record_type="juvenile_adjudication", age_at_offense=16)
    assert d["outcome"] == "not_eligible"
    assert status(d, "record_type") == "unmet"


def test_arrest_only_record_is_not_covered():
    """§ 2658(b): the motion is 'to vacate the conviction'; the expungement of arrest records in
    (d)(2) follows only a vacated conviction."""
    d = determine("VT", "prostitution", record_type="arrest")
    assert d["outcome"] == "not_eligible"
    assert status(d, "record_type") == "unmet"


def test_unsure_link_is_for_the_court():
    """§ 2658(d)(1)(B): the court must find 'the conviction was obtained as a result of the
    moving party's having been a victim of human trafficking'."""
    d = determine("VT", "theft", related_to_trafficking="unsure")
    assert d["outcome"] == "possibly_eligible"
    assert status(d, "nexus") == "unknown"


def test_labor_trafficking_counts():
    """§ 2658(a)(2): a victim of §§ 2652 or 2653 or of 'a severe form of trafficking' under
    22 U.S.C. § 7102, which includes labor trafficking."""
    d = determine("VT", "fraud", person={"trafficking_type": "labor"})
    assert d["outcome"] == "eligible"
