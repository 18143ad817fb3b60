"""Idaho: cases decided from Idaho Code § 67-3014 (subsections (1)-(4) read word for word)."""
from tests.cases import determine, status


def test_prostitution_conviction_can_be_vacated_if_filed_in_reasonable_time():
    """Idaho Code § 67-3014(2): 'Any person who was arrested, prosecuted and/or convicted of a
    violation of section 18-5613, Idaho Code, ... committed during a period of time when the person
    was a victim of human trafficking and that was the result of acts required by the human
    trafficker, may bring a petition ... to vacate such conviction'; (4): 'filed within a reasonable
    time after the ... conviction'."""
    d = determine("ID", "prostitution")
    assert d["outcome"] == "possibly_eligible"
    assert d["relief"] == "vacatur"
    assert d["citation"] == "Idaho Code § 67-3014"
    assert status(d, "offense_covered") == "met"
    assert status(d, "timely_filing") == "unknown"
    assert status(d, "coercion_defense_at_trial") == "unknown"


def test_record_not_connected_to_trafficking_is_not_covered():
    """Idaho Code § 67-3014(1): the section 'shall only apply to arrests, criminal prosecutions and
    convictions that are the result of acts induced by human traffickers'."""
    d = determine("ID", "prostitution", related_to_trafficking="no")
    assert d["outcome"] == "not_eligible"
    assert d["relief"] is None
    assert status(d, "nexus") == "unmet"


def test_other_offense_is_for_the_court_to_find_appropriate():
    """Idaho Code § 67-3014(2): 'or any other offense determined by the court to be appropriate,
    except convictions for offenses for which a defense of coercion would not be available'."""
    d = determine("ID", "drug_possession")
    assert d["outcome"] == "possibly_eligible"
    assert status(d, "offense_covered") == "unknown"


def test_arrest_that_ended_without_conviction_can_be_expunged():
    """Idaho Code § 67-3014(2): '... or to expunge any criminal history records related to any
    arrest or prosecution that resulted in a dismissal or acquittal'; (4): 'a petition to expunge an
    arrest that did not result in a prosecution shall not be brought until two (2) years after the
    arrest'."""
    d = determine("ID", "prostitution", record_type="arrest")
    assert d["outcome"] == "possibly_eligible"
    assert d["relief"] == "expungement"
    assert status(d, "record_type") == "met"
    assert status(d, "unprosecuted_arrest_wait") == "unknown"


def test_juvenile_case_coverage_is_asked_not_refused():
    """Idaho Code § 67-3014(2) speaks of 'Any person who was arrested, prosecuted and/or convicted';
    it does not say whether a juvenile delinquency case counts, so the screener asks."""
    d = determine("ID", "prostitution", record_type="juvenile_adjudication", age_at_offense=16)
    assert d["outcome"] == "possibly_eligible"
    assert status(d, "juvenile_case_covered") == "unknown"


def test_labor_trafficking_survivor_is_covered():
    """Idaho Code § 67-3014(1): 'victims of human trafficking as defined in section 18-8602', which
    includes labor trafficking (18-8602(2))."""
    d = determine("ID", "prostitution", person={"trafficking_type": "labor"})
    assert status(d, "trafficking_type") == "met"
