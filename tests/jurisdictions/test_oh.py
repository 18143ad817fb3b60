"""Ohio: R.C. 2953.36 (convictions), R.C. 2953.521 (dismissals, acquittals), R.C. 2151.358 (juvenile)."""
from tests.cases import determine, status


def test_prostitution_misdemeanor_conviction_is_expunged():
    """R.C. 2953.36(A)(1) (LSC analysis of S.B. 214): 'A person convicted of soliciting, loitering
    to engage in solicitation, or prostitution may apply to the sentencing court for the
    expungement of the conviction record ... if the person's participation in the offense was the
    result of the person having been a victim of human trafficking.'"""
    d = determine("OH", "prostitution", record_type="conviction")
    assert d["outcome"] == "eligible"
    assert d["relief"] == "expungement"
    assert d["citation"] == "Ohio Rev. Code § 2953.36"
    assert status(d, "offense_covered") == "met"
    assert status(d, "nexus") == "met"


def test_any_misdemeanor_conviction_is_reached_since_sb_214():
    """R.C. 2953.36(A)(2) (S.B. 214, eff. 2024-10-24): 'a person convicted of a misdemeanor or a
    fourth or fifth degree felony is permitted to apply to the sentencing court for the
    expungement of the record of conviction for that offense'."""
    d = determine("OH", "theft", level="misdemeanor")
    assert d["outcome"] == "eligible"
    assert d["relief"] == "expungement"
    assert status(d, "offense_level") == "met"


def test_conviction_not_connected_to_trafficking_is_not_reached():
    """R.C. 2953.36(A): only 'if the person's participation in the offense was the result of the
    person having been a victim of human trafficking'."""
    d = determine("OH", "prostitution", related_to_trafficking="no")
    assert d["outcome"] == "not_eligible"
    assert d["relief"] is None
    assert status(d, "nexus") == "unmet"


def test_felony_turns_on_degree_or_a_prostitution_conviction():
    """R.C. 2953.36(A)(2) reaches only 'a fourth or fifth degree felony'; (A)(1) reaches other
    felonies only for a person also convicted of soliciting, loitering or prostitution."""
    d = determine("OH", "theft", level="felony")
    assert d["outcome"] == "possibly_eligible"
    assert status(d, "felony_degree_or_prostitution_conviction") == "unknown"


def test_juvenile_prostitution_adjudication_goes_to_juvenile_law():
    """R.C. 2151.358 (H.B. 262, 129th GA): a person adjudicated a delinquent child for
    prostitution-related conduct as a trafficking victim may have the record expunged; the
    section's own words were not read, so the answer stays possibly_eligible."""
    d = determine("OH", "prostitution", record_type="juvenile_adjudication", age_at_offense=16)
    assert d["outcome"] == "possibly_eligible"
    assert d["relief"] == "expungement"
    assert d["citation"] == "Ohio Rev. Code § 2151.358"
    assert status(d, "offense_covered") == "met"
    assert status(d, "juvenile_text_review") == "unknown"


def test_juvenile_theft_adjudication_is_not_listed():
    """R.C. 2151.358 reaches adjudications for soliciting, loitering to solicit and prostitution
    only (LSC analysis of H.B. 56, 132nd GA)."""
    d = determine("OH", "theft", record_type="juvenile_adjudication", age_at_offense=16)
    assert d["outcome"] == "not_eligible"


def test_dismissed_charge_is_expunged_under_2953_521():
    """R.C. 2953.521(A): 'the defendant named in a dismissed complaint, indictment, or information
    may apply ... if the complaint ... was the result of the applicant having been a victim of
    human trafficking.' Whether the record is a dismissal or acquittal (not a bare arrest) is asked."""
    d = determine("OH", "theft", record_type="arrest")
    assert d["outcome"] == "possibly_eligible"
    assert d["relief"] == "expungement"
    assert d["citation"] == "Ohio Rev. Code § 2953.521"
    assert status(d, "dismissed_or_acquitted") == "unknown"


def test_unsure_connection_is_possibly_eligible():
    """R.C. 2953.36(A): the court must find participation was 'the result of' trafficking; an
    'unsure' answer leaves that to the court."""
    d = determine("OH", "prostitution", related_to_trafficking="unsure")
    assert d["outcome"] == "possibly_eligible"
    assert status(d, "nexus") == "unknown"


def test_homicide_felony_is_left_to_the_court():
    """R.C. 2953.36(B) (formerly 2953.38(B)): aggravated murder, murder and rape are never
    expunged; other homicides are not named, so the category is unclear."""
    d = determine("OH", "homicide", level="felony")
    assert d["outcome"] == "possibly_eligible"
    assert status(d, "offense_covered") == "unknown"


def test_before_sb_214_a_theft_misdemeanor_needed_a_prostitution_conviction():
    """Sub. S.B. 4 (132nd GA), enrolled title: 'to allow a person convicted of certain
    prostitution-related offenses to apply for the expungement of the conviction record of any
    offense, other than a specified disqualifying offense'. Before S.B. 214 (effective October 24,
    2024) a theft misdemeanor turned on having such a conviction."""
    d = determine("OH", "theft", as_of="2021-06-01")
    assert d["outcome"] == "possibly_eligible"
    assert d["relief"] == "expungement"
    assert status(d, "has_prostitution_related_conviction") == "unknown"


def test_since_sb_214_a_theft_misdemeanor_needs_no_other_conviction():
    """R.C. 2953.36(A)(2) (S.B. 214, LSC final analysis): 'a person convicted of a misdemeanor or a
    fourth or fifth degree felony is permitted to apply ... if the person's participation in the
    offense was a result of the person having been a victim of human trafficking'."""
    d = determine("OH", "theft")
    assert d["outcome"] == "eligible"
    assert status(d, "has_prostitution_related_conviction") is None
