"""Minnesota: no trafficking-survivor record relief law was found (Minn. Stat. § 609A.02)."""
import pytest

from tests.cases import determine


@pytest.mark.parametrize("record", [
    {"record_type": "conviction"},
    {"record_type": "arrest"},
    {"record_type": "juvenile_adjudication", "age_at_offense": 16},
])
def test_no_trafficking_relief_law_for_any_record_type(record):
    """Minn. Stat. § 609A.02 (grounds for expungement) has no trafficking-victim ground in the
    text read; § 609.325, subd. 4 is a trial defense without record relief."""
    d = determine("MN", "prostitution", **record)
    assert d["outcome"] == "no_relief_law"
    assert d["relief"] is None
    assert d["citation"] is None


def test_general_expungement_is_offered_as_somewhere_to_turn():
    """Minn. Stat. § 609A.02, subd. 3: 'A petition may be filed under section 609A.03 to seal all
    records relating to an arrest, indictment or information, trial, or verdict'."""
    d = determine("MN", "theft")
    assert d["outcome"] == "no_relief_law"
    assert any("609A.02" in step for step in d["next_steps"])


def test_unsure_connection_still_meets_no_survivor_law():
    """Minn. Stat. ch. 609A (2023) lists no trafficking-victim ground; with no survivor law the
    connection to trafficking decides nothing, so the answer stays no_relief_law with routes."""
    d = determine("MN", "drug_possession", related_to_trafficking="unsure")
    assert d["outcome"] == "no_relief_law"
    assert d["next_steps"][-1].startswith("Talk to a lawyer")
