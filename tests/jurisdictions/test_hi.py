"""Hawaii: cases decided from HRS § 712-1209.6 (the 2016 text, read in full and as quoted in S.B.
264 (2017); the 2019 change as described by the Senate Judiciary Committee reports of 2019 and
2022 and the Associated Press)."""
from tests.cases import determine, status


def test_old_prostitution_conviction_can_be_vacated_if_no_new_conviction():
    """HRS § 712-1209.6(1) since 2019 (Senate JDC report on S.B. 2660, 2022): the law 'allows
    defendants convicted of prostitution to file a motion to vacate the conviction if the defendant
    is not subsequently convicted of any other crime within three years after the original
    conviction'. Proof of trafficking is no longer needed."""
    d = determine("HI", "prostitution", disposition_date="2015-03-01")
    assert d["outcome"] == "possibly_eligible"
    assert d["relief"] == "vacatur"
    assert d["citation"] == "Haw. Rev. Stat. § 712-1209.6"
    assert status(d, "offense_covered") == "met"
    assert status(d, "waiting_period") == "met"
    assert status(d, "nexus") == "met"  # no connection needed: said so, as met
    assert status(d, "no_new_conviction_three_years") == "unknown"


def test_recent_conviction_must_wait_three_years():
    """HRS § 712-1209.6(1): 'not ... convicted of another offense under the Penal Code within three
    years' of the prostitution conviction, so the motion comes three years after it."""
    d = determine("HI", "prostitution", disposition_date="2025-01-15")
    assert d["outcome"] == "not_eligible"
    assert status(d, "waiting_period") == "unmet"


def test_theft_conviction_is_not_a_listed_offense():
    """HRS § 712-1209.6(1): 'A person convicted of committing the offense of prostitution under
    section 712-1200, loitering for the purpose of engaging in or advancing prostitution under
    section 712-1206, street solicitation of prostitution ... under section 712-1207, or convicted of
    a lesser offense when originally charged' with one of them."""
    d = determine("HI", "theft", disposition_date="2015-03-01")
    assert d["outcome"] == "not_eligible"
    assert status(d, "offense_covered") == "unmet"


def test_before_2019_the_six_year_limit_is_for_the_court():
    """HRS § 712-1209.6(2)(c) (2016 text): the motion shall 'Be made within six years after the
    date that the person ceases to be a victim ..., subject to reasonable concerns for the safety
    of the defendant ... or for other reasons consistent with the purpose of this section'. A late
    motion is not barred outright: the court weighs the reason."""
    d = determine("HI", "prostitution", as_of="2018-01-01", person={"trafficking_ended_on": "2010-01-01"})
    assert d["outcome"] == "possibly_eligible"
    assert status(d, "timely_filing") == "unknown"


def test_before_2019_the_prosecutor_had_to_approve_in_writing():
    """HRS § 712-1209.6(2)(e) (2016 text): the motion shall 'Be subject to the review and written
    approval of the state agency or county prosecutor responsible for prosecuting the offense'."""
    d = determine("HI", "prostitution", as_of="2018-01-01", person={"trafficking_ended_on": "2016-01-01"})
    assert d["outcome"] == "possibly_eligible"
    assert status(d, "prosecutor_written_approval") == "unknown"


def test_before_2019_a_sex_buyer_was_excluded():
    """HRS § 712-1209.6(6)(c) (2016 text): 'This section shall not apply to a motion to vacate a
    conviction ... for: ... A person who pays, agrees to pay or offers a fee to another person to
    engage in sexual conduct'."""
    d = determine("HI", "solicitation", as_of="2018-01-01", person={"trafficking_ended_on": "2016-01-01"})
    assert d["outcome"] == "not_eligible"
    assert status(d, "offense_covered") == "unmet"


def test_juvenile_adjudication_is_not_a_conviction():
    """HRS § 712-1209.6(1) reaches only 'A person convicted of committing the offense of
    prostitution' and the other listed offenses."""
    d = determine("HI", "prostitution", record_type="juvenile_adjudication", age_at_offense=16)
    assert d["outcome"] == "not_eligible"
    assert status(d, "record_type") == "unmet"


def test_arrest_without_conviction_is_not_reached():
    """HRS § 712-1209.6(1): 'may file a motion to vacate the conviction'; an arrest with no
    conviction has nothing to vacate."""
    d = determine("HI", "prostitution", record_type="arrest")
    assert d["outcome"] == "not_eligible"
    assert status(d, "record_type") == "unmet"


def test_lesser_offense_is_left_to_the_court():
    """HRS § 712-1209.6(1): 'or convicted of a lesser offense when originally charged with a
    violation of section 712-1200, 712-1206, or 712-1207'; the screening does not know the
    original charge."""
    d = determine("HI", "disorderly_conduct", disposition_date="2015-03-01")
    assert d["outcome"] == "possibly_eligible"
    assert status(d, "offense_covered") == "unknown"


def test_before_2019_unsure_connection_is_possibly_eligible():
    """HRS § 712-1209.6(1) (pre-2019): 'if the defendant's participation in the offense was the
    result of the person having been a victim of ... Sex trafficking'."""
    d = determine("HI", "prostitution", as_of="2018-01-01", related_to_trafficking="unsure",
                  person={"trafficking_ended_on": "2016-01-01"})
    assert d["outcome"] == "possibly_eligible"
    assert status(d, "nexus") == "unknown"
