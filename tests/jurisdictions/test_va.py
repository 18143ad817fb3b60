"""Virginia: Va. Code Ann. §§ 19.2-327.15 to 19.2-327.20 (writ of vacatur)."""
from tests.cases import determine, status

CITE = "Va. Code Ann. §§ 19.2-327.15 to 19.2-327.20"


def test_prostitution_conviction_is_vacated():
    """§ 19.2-327.15: 'Qualifying offense' includes a conviction for § 18.2-346 (prostitution);
    § 19.2-327.18(C): 'Upon finding that the petitioner has by a preponderance of the evidence
    proven the elements ... the circuit court shall grant the writ and vacate the qualifying
    offense.'"""
    d = determine("VA", "prostitution")
    assert d["outcome"] == "eligible"
    assert d["relief"] == "vacatur"
    assert d["citation"] == CITE
    assert status(d, "offense_covered") == "met"


def test_violent_offense_is_not_a_qualifying_offense():
    """§ 19.2-327.15 defines 'Qualifying offense' as a closed list of sections (prostitution, drug
    possession and listed misdemeanors); robbery is not on it."""
    d = determine("VA", "robbery", level="felony")
    assert d["outcome"] == "not_eligible"
    assert d["relief"] is None
    assert status(d, "offense_covered") == "unmet"


def test_labor_trafficking_was_not_covered_before_2025():
    """2021 text of § 19.2-327.15: 'Victim of sex trafficking' means a person who committed the
    offense 'as a direct result of being solicited, invited, recruited ... to engage in acts of
    prostitution'; labor trafficking was added only in 2025."""
    d = determine("VA", "prostitution", as_of="2023-01-01", person={"trafficking_type": "labor"})
    assert d["outcome"] == "not_eligible"
    assert status(d, "trafficking_type") == "unmet"
    now = determine("VA", "prostitution", person={"trafficking_type": "labor"})
    assert now["outcome"] == "eligible"


def test_juvenile_adjudication_is_covered():
    """§ 19.2-327.16(A): 'upon a petition of a person who was convicted or adjudicated delinquent
    of a qualifying offense'."""
    d = determine("VA", "prostitution", record_type="juvenile_adjudication", age_at_offense=16)
    assert d["outcome"] == "eligible"
    assert status(d, "record_type") == "met"


def test_arrest_only_record_is_not_covered():
    """§ 19.2-327.15: a 'Qualifying offense' is 'a conviction or adjudication of delinquency';
    an arrest or charge is not."""
    d = determine("VA", "prostitution", record_type="arrest")
    assert d["outcome"] == "not_eligible"
    assert status(d, "record_type") == "unmet"


def test_listed_misdemeanor_is_for_the_court_to_match():
    """2025 § 19.2-327.15 lists misdemeanor violations of named sections (e.g. § 18.2-96 petit
    larceny); whether a theft record is one of them turns on the section and level."""
    d = determine("VA", "theft")
    assert d["outcome"] == "possibly_eligible"
    assert status(d, "offense_covered") == "unknown"


def test_unsure_link_is_for_the_court():
    """§ 19.2-327.17(A)(2): the petition must allege 'The petitioner committed the qualifying
    offense as a direct result of being a victim'."""
    d = determine("VA", "prostitution", related_to_trafficking="unsure")
    assert d["outcome"] == "possibly_eligible"
    assert status(d, "nexus") == "unknown"
