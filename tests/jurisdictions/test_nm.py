"""New Mexico: no trafficking-survivor record relief statute was found (see the rules file)."""
from tests.cases import determine


def _no_law(d):
    assert d["outcome"] == "no_relief_law"
    assert d["relief"] is None
    assert d["citation"] is None


def test_prostitution_conviction_has_no_survivor_law():
    """NMSA 1978, §§ 30-52-1 and 30-52-2 (Human Trafficking) provide no vacatur, expungement or
    sealing for survivors; general routes are in the Criminal Record Expungement Act."""
    _no_law(determine("NM", "prostitution"))


def test_labor_trafficking_theft_conviction_has_no_survivor_law():
    """NMSA 1978, § 30-52-2 gives benefits and services to victims, not record relief."""
    _no_law(determine("NM", "theft", person={"trafficking_type": "labor"}))


def test_juvenile_adjudication_has_no_survivor_law():
    """NMSA 1978, § 32A-2-26 (general juvenile sealing) is not trafficking-specific."""
    _no_law(determine("NM", "prostitution", record_type="juvenile_adjudication", age_at_offense=15))


def test_arrest_has_no_survivor_law():
    """Criminal Record Expungement Act (2019 HB 370): general expungement of non-conviction
    records, not a survivor law."""
    _no_law(determine("NM", "prostitution", record_type="arrest"))


def test_unsure_connection_still_has_no_survivor_law():
    """No New Mexico statute turns on the connection to trafficking, so 'unsure' changes nothing."""
    _no_law(determine("NM", "drug_possession", related_to_trafficking="unsure"))
