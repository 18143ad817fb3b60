"""Pennsylvania: 18 Pa.C.S. § 3019(d)-(g), motion to vacate (Act 2014-105)."""
from tests.cases import determine, status

CITATION = "18 Pa.C.S. § 3019(d)"


def test_prostitution_conviction_can_be_vacated_with_prosecutor_consent():
    """§ 3019(d)(1): 'An individual convicted under section ... 5902 ... may file a motion to vacate
    the conviction'; (d)(2)(ii): the motion must 'Be consented to by the attorney for the
    Commonwealth', so the answer waits on that consent."""
    d = determine("PA", "prostitution")
    assert d["outcome"] == "possibly_eligible"
    assert d["relief"] == "vacatur"
    assert d["citation"] == CITATION
    assert status(d, "offense_covered") == "met"
    assert status(d, "prosecutor_consent") == "unknown"


def test_simple_drug_possession_is_listed():
    """§ 3019(d)(1): '... or an offense for simple possession of a controlled substance committed
    as a direct result of being a victim of human trafficking'."""
    d = determine("PA", "drug_possession")
    assert status(d, "offense_covered") == "met"
    assert d["outcome"] == "possibly_eligible"


def test_theft_conviction_is_not_on_the_list():
    """§ 3019(d)(1) lists sections 3503, 5503, 5506, 5507, 5902 and simple possession only; theft
    is not among them."""
    d = determine("PA", "theft")
    assert d["outcome"] == "not_eligible"
    assert d["relief"] is None
    assert status(d, "offense_covered") == "unmet"


def test_juvenile_adjudication_is_not_reached():
    """§ 3019(d)(1) reaches 'An individual convicted'; a delinquency adjudication is not a
    conviction."""
    d = determine("PA", "prostitution", record_type="juvenile_adjudication", age_at_offense=16)
    assert d["outcome"] == "not_eligible"
    assert status(d, "record_type") == "unmet"


def test_arrest_without_conviction_is_not_reached():
    """§ 3019(d)(1) and (f)(1): the court grants the motion if 'The moving party was convicted of
    an offense described in subsection (d)(1)'."""
    d = determine("PA", "prostitution", record_type="arrest")
    assert d["outcome"] == "not_eligible"
    assert status(d, "record_type") == "unmet"


def test_other_offense_may_be_obstructing_highways():
    """§ 3019(d)(1) names section 5507 (obstructing highways and other public passages), which has
    no category of its own, so 'another nonviolent offense' is left to the court."""
    d = determine("PA", "other_nonviolent")
    assert d["outcome"] == "possibly_eligible"
    assert status(d, "offense_covered") == "unknown"


def test_official_documentation_is_not_required():
    """§ 3019(e): 'No official determination or documentation is required to grant a motion under
    this section'."""
    d = determine("PA", "prostitution", person={"official_documentation": False})
    assert status(d, "official_documentation") is None
