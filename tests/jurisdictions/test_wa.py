"""Washington: Wash. Rev. Code §§ 9.96.080 (misdemeanors) and 9.94A.648 (class B/C felonies).

The full text of these sections could not be read; the tests follow the Legislature's bill
reports for ESSB 5180 (2021) and the Clean Slate Clearinghouse summary of RCW 9.94A.640(3).
"""
from tests.cases import determine, status

MISDEMEANOR = "Wash. Rev. Code § 9.96.080"
FELONY = "Wash. Rev. Code § 9.94A.648"


def test_misdemeanor_prostitution_conviction_needs_review_of_the_text():
    """ESSB 5180 House Bill Report: 'Authorizes a person to apply to vacate a qualifying
    conviction where the person committed the offense as a result of being the victim of sex
    trafficking'. The text of RCW 9.96.080 was not read, so a review question stays open."""
    d = determine("WA", "prostitution")
    assert d["outcome"] == "possibly_eligible"
    assert d["relief"] == "vacatur"
    assert d["citation"] == MISDEMEANOR
    assert status(d, "offense_covered") == "met"
    assert status(d, "nexus") == "met"
    assert status(d, "text_review_needed") == "unknown"


def test_felony_goes_to_the_felony_track_and_asks_the_class():
    """RCW 9.94A.640(3) (Clean Slate WA-C-8): the victim 'may apply to the sentencing court ... to
    vacate the victim's record of conviction for a class B or class C felony offense using the
    process in RCW 9.94A.648'."""
    d = determine("WA", "theft", level="felony")
    assert d["outcome"] == "possibly_eligible"
    assert d["citation"] == FELONY
    assert status(d, "felony_class_b_or_c") == "unknown"


def test_labor_trafficking_alone_is_not_named():
    """ESSB 5180 bill reports name victims of 'sex trafficking, prostitution, commercial sexual
    abuse of a minor, domestic violence, or sexual assault'; labor trafficking is not named."""
    d = determine("WA", "theft", person={"trafficking_type": "labor"})
    assert d["outcome"] == "not_eligible"
    assert d["relief"] is None
    assert status(d, "trafficking_type") == "unmet"


def test_juvenile_adjudication_is_not_covered():
    """RCW 9.96.080 and 9.94A.648 vacate a 'record of conviction'; juvenile records are handled
    by other (general) sealing law not encoded here."""
    d = determine("WA", "prostitution", record_type="juvenile_adjudication", age_at_offense=16)
    assert d["outcome"] == "not_eligible"
    assert status(d, "record_type") == "unmet"


def test_arrest_only_record_is_not_covered():
    """The survivor tracks vacate a 'record of conviction'; an arrest with no conviction is not
    one."""
    d = determine("WA", "prostitution", record_type="arrest")
    assert d["outcome"] == "not_eligible"
    assert status(d, "record_type") == "unmet"


def test_unsure_link_is_for_the_court():
    """ESSB 5180: the person must have 'committed the offense as a result of being the victim of
    sex trafficking'; unsure leaves it open."""
    d = determine("WA", "drug_possession", related_to_trafficking="unsure")
    assert d["outcome"] == "possibly_eligible"
    assert status(d, "nexus") == "unknown"
