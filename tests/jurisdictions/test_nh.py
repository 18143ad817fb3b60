"""New Hampshire: RSA 633:7 as amended by 2019 HB 189 (eff. 2020-01-01) and 2022 HB 1577
(ch. 82, eff. 2023-01-01). The relief text could not be read; these cases follow the official
bill analyses, and every answer carries the 'statute_text_review' question."""
from tests.cases import determine, status

VACATUR = "N.H. Rev. Stat. Ann. § 633:7"


def test_prostitution_conviction_can_be_vacated_subject_to_review():
    """NHCADSV on SB 317 (2014): the law 'allows a victim to petition to vacate a conviction for
    prostitution when that person was trafficked'; HB 1577 analysis: 'procedures ... for vacating
    convictions and juvenile adjudications in human trafficking cases'."""
    d = determine("NH", "prostitution")
    assert d["outcome"] == "possibly_eligible"
    assert d["relief"] == "vacatur"
    assert d["citation"] == VACATUR
    assert status(d, "offense_covered") == "met"
    assert status(d, "statute_text_review") == "unknown"


def test_record_not_connected_to_the_trafficking_is_not_covered():
    """HB 189 analysis: vacating an adjudication 'resulting from participating in conduct that
    was the direct result of being trafficked'."""
    d = determine("NH", "prostitution", related_to_trafficking="no")
    assert d["outcome"] == "not_eligible"
    assert status(d, "nexus") == "unmet"


def test_juvenile_adjudication_can_be_vacated():
    """HB 189 analysis: 'allows juvenile victims of human trafficking to petition to vacate a
    delinquency adjudication resulting from participating in conduct that was the direct result
    of being trafficked'."""
    d = determine("NH", "prostitution", record_type="juvenile_adjudication", age_at_offense=16)
    assert d["outcome"] == "possibly_eligible"
    assert d["relief"] == "vacatur"
    assert status(d, "record_type") == "met"


def test_arrest_without_conviction_is_not_reached():
    """HB 1577 analysis: 'vacating convictions and juvenile adjudications' -- no source names
    arrests."""
    d = determine("NH", "prostitution", record_type="arrest")
    assert d["outcome"] == "not_eligible"
    assert status(d, "record_type") == "unmet"


def test_theft_conviction_is_left_open():
    """HB 1577 analysis: 'vacating convictions ... in human trafficking cases' -- which offenses
    beyond prostitution are reached could not be read."""
    d = determine("NH", "theft")
    assert d["outcome"] == "possibly_eligible"
    assert status(d, "offense_covered") == "unknown"


def test_labor_trafficking_survivor_is_covered():
    """RSA 633:7, I(a): trafficking is compelling a person 'to perform a service or labor,
    including a commercial sex act' -- both labor and sex trafficking."""
    d = determine("NH", "prostitution", person={"trafficking_type": "labor"})
    assert d["relief"] == "vacatur"
    assert status(d, "trafficking_type") == "met"
