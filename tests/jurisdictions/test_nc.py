"""North Carolina: G.S. 15A-1416.1 (vacatur), G.S. 15A-145.9 (expunction), G.S. 7B-3200
(juvenile expunction, as amended by S.L. 2019-158)."""
from tests.cases import alternative, determine, status

VACATUR = "N.C. Gen. Stat. § 15A-1416.1"
EXPUNCTION = "N.C. Gen. Stat. § 15A-145.9"
JUVENILE = "N.C. Gen. Stat. § 7B-3200"


def test_prostitution_conviction_can_be_vacated_or_expunged():
    """G.S. 15A-1416.1(b): 'The court may grant the motion if ... the defendant has demonstrated,
    by the preponderance of the evidence, that the violation was a direct result of the
    defendant having been a victim of human trafficking or sexual servitude'; the meaning of
    'nonviolent offense' (G.S. 15A-1415(b)(10)) was not read and is asked."""
    d = determine("NC", "prostitution")
    assert d["outcome"] == "possibly_eligible"
    assert d["relief"] == "vacatur"
    assert d["citation"] == VACATUR
    assert status(d, "offense_covered") == "met"
    assert status(d, "nonviolent_definition") == "unknown"
    assert alternative(d, "expungement")["outcome"] == "possibly_eligible"


def test_assault_conviction_is_not_nonviolent():
    """G.S. 15A-1416.1: 'vacate a conviction for a nonviolent offense'; G.S. 15A-145.9(a)(1)b.
    excludes 'An offense that includes assault as an essential element of the offense'."""
    d = determine("NC", "assault")
    assert d["outcome"] == "not_eligible"
    assert d["relief"] is None
    assert status(d, "offense_covered") == "unmet"


def test_traffic_offense_cannot_be_expunged_under_the_survivor_law():
    """G.S. 15A-145.9(a)(1)g.: a nonviolent offense is any misdemeanor or felony except ... 'A
    traffic offense'."""
    d = determine("NC", "traffic")
    expunction = alternative(d, "expungement")
    assert expunction is not None and expunction["outcome"] == "not_eligible"


def test_juvenile_adjudication_can_be_expunged_without_waiting_for_release():
    """H 198 (S.L. 2019-158) summary: G.S. 7B-3200 now 'Excepts from this requirement a person
    whose participation in the offense was a result of having been a victim of human
    trafficking'; the other 7B-3200 rules were not read and are asked."""
    d = determine("NC", "theft", record_type="juvenile_adjudication", age_at_offense=15)
    assert d["outcome"] == "possibly_eligible"
    assert d["relief"] == "expungement"
    assert d["citation"] == JUVENILE


def test_arrest_without_conviction_is_not_reached():
    """G.S. 15A-1416.1(a): 'may be filed at any time following the entry of a verdict or finding
    of guilty'; G.S. 15A-145.9: 'A person who has been convicted of a nonviolent offense'."""
    d = determine("NC", "prostitution", record_type="arrest")
    assert d["outcome"] == "not_eligible"
    assert status(d, "record_type") == "unmet"


def test_weapons_conviction_leaves_nonviolence_to_the_court():
    """G.S. 15A-1416.1: 'a conviction for a nonviolent offense' -- whether a weapons offense is
    nonviolent depends on the facts."""
    d = determine("NC", "weapons")
    assert d["outcome"] == "possibly_eligible"
    assert status(d, "offense_covered") == "unknown"


def test_felony_expunction_asks_the_felony_class():
    """UNC School of Government on G.S. 15A-145.9(f): it 'requires the court to grant the
    expunction if the person meets the criteria'; (a)(1)a. excludes 'A Class A through G
    felony'."""
    d = determine("NC", "drug_possession", level="felony", record_type="conviction")
    expunction = alternative(d, "expungement") if d["relief"] != "expungement" else d
    assert expunction["outcome"] == "possibly_eligible"
    assert expunction["citation"] == EXPUNCTION
