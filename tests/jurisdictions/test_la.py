"""Louisiana: La. C.Cr.P. art. 983(H), La. Ch.C. art. 923, La. C.Cr.P. art. 855.1."""
from tests.cases import alternative, determine, status

EXPUNGE = "La. Code Crim. Proc. art. 983(H)"
JUVENILE = "La. Child. Code art. 923"


def test_adult_prostitution_conviction_needs_the_prosecutors_certification():
    """La. C.Cr.P. art. 983(H)(1): 'An applicant for the expungement of a record of offense who
    was a victim of human trafficking ... may request a certification from the prosecuting
    authority that the offense ... was committed, in substantial part, as the result of the
    applicant being a victim'. The certification is the prosecutor's call: possibly eligible."""
    d = determine("LA", "prostitution")
    assert d["outcome"] == "possibly_eligible"
    assert d["relief"] == "expungement"
    assert d["citation"] == EXPUNGE
    assert status(d, "offense_covered") == "met"
    assert status(d, "nexus") == "met"
    assert status(d, "da_certification") == "unknown"
    # The pre-2014 new-trial route is offered as an alternative, not as the answer.
    assert alternative(d, "other")["citation"] == "La. Code Crim. Proc. art. 855.1"


def test_labor_trafficking_survivor_is_reached():
    """La. C.Cr.P. art. 983(H)(1): 'a victim of human trafficking, in accordance with R.S.
    14:46.2' (R.S. 14:46.2 covers forced labor as well as commercial sex)."""
    d = determine("LA", "theft", person={"trafficking_type": "labor"})
    assert d["relief"] == "expungement"
    assert status(d, "trafficking_type") == "met"


def test_felony_homicide_conviction_is_not_covered():
    """La. C.Cr.P. art. 978(B): 'No expungement shall be granted ... if the person was convicted
    of ... (1) ... a crime of violence as defined by or enumerated in R.S. 14:2(B)'; art. 923 and
    art. 855.1 reach only listed prostitution offenses."""
    d = determine("LA", "homicide", level="felony")
    assert d["outcome"] == "not_eligible"
    assert d["relief"] is None
    assert d["citation"] == EXPUNGE
    assert status(d, "offense_covered") == "unmet"


def test_juvenile_prostitution_adjudication_is_expunged_and_sealed():
    """La. Ch.C. art. 923(A), (D): a motion 'may be filed ... at any time following an
    adjudication of delinquency and completion of the disposition' for prostitution; 'The court
    shall grant the motion if the court finds by a preponderance of the evidence that the
    violation was a result of the child having been a victim of human trafficking.' Whether the
    disposition is complete is not asked: possibly eligible."""
    d = determine("LA", "prostitution", record_type="juvenile_adjudication", age_at_offense=15)
    assert d["outcome"] == "possibly_eligible"
    assert d["relief"] == "expungement"
    assert d["citation"] == JUVENILE
    assert status(d, "record_type") == "met"
    assert status(d, "disposition_completed") == "unknown"


def test_juvenile_adjudication_for_an_unlisted_offense_is_not_covered():
    """La. Ch.C. art. 923(A) lists 'prostitution pursuant to R.S. 14:82, prostitution by massage
    pursuant to R.S. 14:83.3 or 83.4, or crime against nature by solicitation pursuant to R.S.
    14:89.2'; art. 983(H) and art. 855.1 concern adult records."""
    d = determine("LA", "drug_possession", record_type="juvenile_adjudication", age_at_offense=16)
    assert d["outcome"] == "not_eligible"
    assert d["relief"] is None


def test_arrest_record_can_be_expunged_with_the_certification():
    """La. C.Cr.P. art. 983(H)(1): 'the expungement of a record of offense' (Acts 2022, No. 130:
    'expungement of records of arrest and conviction for certain offenses related to human
    trafficking')."""
    d = determine("LA", "prostitution", record_type="arrest")
    assert d["outcome"] == "possibly_eligible"
    assert d["relief"] == "expungement"
    assert d["citation"] == EXPUNGE
    assert status(d, "record_type") == "met"


def test_unsure_connection_is_possibly_eligible():
    """La. Ch.C. art. 923(D): relief only if 'the violation was a result of the child having been
    a victim of human trafficking'; an unsure answer leaves that to the court."""
    d = determine("LA", "prostitution", record_type="juvenile_adjudication", age_at_offense=16,
                  related_to_trafficking="unsure")
    assert d["outcome"] == "possibly_eligible"
    assert d["citation"] == JUVENILE
    assert status(d, "nexus") == "unknown"


def test_drug_sale_is_left_to_the_court():
    """Freedom Network USA summary of art. 983(H): non-violent felonies are eligible 'except some
    felonies involving illegal substances'; which ones is for the court."""
    d = determine("LA", "drug_sale", level="felony")
    assert d["outcome"] == "possibly_eligible"
    assert status(d, "offense_covered") == "unknown"


def test_new_trial_route_reaches_only_convictions_before_august_2014():
    """La. C.Cr.P. art. 855.1: 'A motion for new trial based on Article 851(B)(6) of this Code
    shall be available only to persons convicted of violating R.S. 14:82 ... prior to August 1,
    2014'. A 2016 conviction cannot use it; a 2013 conviction can be considered."""
    late = determine("LA", "prostitution", disposition_date="2016-03-01")
    assert alternative(late, "other")["outcome"] == "not_eligible"
    early = determine("LA", "prostitution", disposition_date="2013-03-01")
    assert early["outcome"] == "eligible"
    assert early["citation"] == "La. Code Crim. Proc. art. 855.1"
    assert status(early, "record_date") == "met"


def test_new_trial_route_with_no_conviction_date_stays_open():
    """La. C.Cr.P. art. 855.1: 'convicted ... prior to August 1, 2014'. Without the date of the
    conviction, that is left open."""
    d = determine("LA", "prostitution")
    assert alternative(d, "other")["outcome"] == "possibly_eligible"
