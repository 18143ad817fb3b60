"""Utah: Utah Code Ann. § 78B-9-104(1)(g) (adults) and § 80-6-1002 (juvenile records)."""
from tests.cases import determine, status

ADULT = "Utah Code Ann. § 78B-9-104(1)(g)"
JUVENILE = "Utah Code Ann. § 80-6-1002"


def test_adult_conviction_turns_on_the_offense_list_and_time_limit():
    """§ 78B-9-104(1)(g) (per Clean Slate Clearinghouse UT-C-7): vacatur 'if the petitioner
    committed the offense while subject to force, fraud, or coercion', but it 'applies only to
    offenses listed in section 78B-9-104(1)(g)', a list not read; § 78B-9-107(1): filed 'within
    one year after the day on which the cause of action has accrued'."""
    d = determine("UT", "prostitution")
    assert d["outcome"] == "possibly_eligible"
    assert d["relief"] == "vacatur"
    assert d["citation"] == ADULT
    assert status(d, "offense_covered") == "unknown"
    assert status(d, "postconviction_time_limit") == "unknown"


def test_adult_arrest_is_not_covered():
    """§ 78B-9-104(1): relief is for 'an individual who has been convicted and sentenced'; no
    juvenile rule reaches an adult arrest either."""
    d = determine("UT", "prostitution", record_type="arrest")
    assert d["outcome"] == "not_eligible"
    assert d["relief"] is None
    assert status(d, "record_type") == "unmet"


def test_juvenile_prostitution_adjudication_needs_no_trafficking_link():
    """§ 78A-6-1114(1)(a)(i) (2019, now § 80-6-1002): may petition for vacatur if 'the petitioner
    was adjudicated under Section 76-10-1302, prostitution, Section 76-10-1304, aiding
    prostitution, or Section 76-10-1313, sex solicitation'."""
    d = determine("UT", "prostitution", record_type="juvenile_adjudication", age_at_offense=15,
                  related_to_trafficking="no")
    assert d["outcome"] == "eligible"
    assert d["relief"] == "vacatur"
    assert d["citation"] == JUVENILE
    assert status(d, "nexus") == "met"  # no connection needed: said so, as met


def test_juvenile_other_offense_under_coercion():
    """§ 78A-6-1114(1)(a)(ii) (now § 80-6-1002): or if 'the adjudication was based on conduct the
    petitioner engaged in while subject to force, fraud, or coercion'."""
    d = determine("UT", "theft", record_type="juvenile_adjudication", age_at_offense=15)
    assert d["outcome"] == "eligible"
    assert d["citation"] == JUVENILE


def test_juvenile_other_offense_without_coercion_is_not_covered():
    """§ 78A-6-1114(1)(a)(ii): for offenses other than the three prostitution offenses, only
    conduct 'while subject to force, fraud, or coercion'."""
    d = determine("UT", "theft", record_type="juvenile_adjudication", age_at_offense=15,
                  related_to_trafficking="no")
    assert d["outcome"] == "not_eligible"
    assert d["relief"] is None
    assert d["citation"] == JUVENILE


def test_juvenile_unsure_coercion_is_for_the_court():
    """§ 78A-6-1114(1)(a)(ii): whether the conduct happened 'while subject to force, fraud, or
    coercion' is for the juvenile court when the person is unsure."""
    d = determine("UT", "drug_possession", record_type="juvenile_adjudication", age_at_offense=16,
                  related_to_trafficking="unsure")
    assert d["outcome"] == "possibly_eligible"
    assert status(d, "nexus") == "unknown"


def test_adult_vacatur_is_offered_for_a_juvenile_record_only_as_an_alternative():
    """§ 78B-9-104(1) reaches convictions; a juvenile adjudication goes to § 80-6-1002, and the
    adult law is listed as an alternative that does not fit."""
    d = determine("UT", "prostitution", record_type="juvenile_adjudication", age_at_offense=15)
    adult = [a for a in d["alternatives"] if a["citation"] == ADULT]
    assert adult and adult[0]["outcome"] == "not_eligible"
