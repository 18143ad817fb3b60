"""Nebraska: Neb. Rev. Stat. § 29-3005 (LB 1132, 2018). The statute text could not be read;
these cases follow the Legislature's Unicameral Update and Freedom Network USA's summary, and
every answer carries the 'statute_text_review' question."""
from tests.cases import determine, status

SET_ASIDE = "Neb. Rev. Stat. § 29-3005"


def test_prostitution_conviction_can_be_set_aside_subject_to_review():
    """Unicameral Update on LB 1132: 'a victim of sex trafficking could file a motion to set
    aside a criminal conviction or adjudication of prostitution or a criminal offense that is
    otherwise incidental to sex trafficking'."""
    d = determine("NE", "prostitution")
    assert d["outcome"] == "possibly_eligible"
    assert d["relief"] == "set_aside"
    assert d["citation"] == SET_ASIDE
    assert status(d, "offense_covered") == "met"
    assert status(d, "statute_text_review") == "unknown"


def test_labor_trafficking_is_not_named_in_the_law():
    """Unicameral Update on LB 1132: relief for 'a victim of sex trafficking' (no source names
    labor trafficking; see the rules file's notes)."""
    d = determine("NE", "theft", person={"trafficking_type": "labor"})
    assert d["outcome"] == "not_eligible"
    assert status(d, "trafficking_type") == "unmet"


def test_juvenile_adjudication_can_be_set_aside():
    """Unicameral Update on LB 1132: 'set aside a criminal conviction or adjudication'; Council
    of State Governments: 'applies to both convictions ... and adjudications (offenses committed
    by minors)'."""
    d = determine("NE", "prostitution", record_type="juvenile_adjudication", age_at_offense=15)
    assert d["outcome"] == "possibly_eligible"
    assert d["relief"] == "set_aside"
    assert status(d, "record_type") == "met"


def test_arrest_without_conviction_is_not_reached():
    """Unicameral Update on LB 1132: the motion is to set aside 'a criminal conviction or
    adjudication' -- no source says arrests are reached."""
    d = determine("NE", "prostitution", record_type="arrest")
    assert d["outcome"] == "not_eligible"
    assert status(d, "record_type") == "unmet"


def test_unsure_connection_to_the_trafficking_is_possibly_eligible():
    """Freedom Network USA on § 29-3005: survivors 'must show a direct result or proximate cause
    between the offense and the trafficking they experienced'."""
    d = determine("NE", "drug_possession", related_to_trafficking="unsure")
    assert d["outcome"] == "possibly_eligible"
    assert status(d, "nexus") == "unknown"


def test_offense_unrelated_to_the_trafficking_is_not_covered():
    """Freedom Network USA on § 29-3005: offenses 'committed as a direct result of, or
    proximately caused by' having been trafficked."""
    d = determine("NE", "drug_possession", related_to_trafficking="no")
    assert d["outcome"] == "not_eligible"
    assert status(d, "nexus") == "unmet"
