"""New York: N.Y. Crim. Proc. Law § 440.10(1)(i), cases decided from the statute text."""
from tests.cases import determine, status

CPL = "N.Y. Crim. Proc. Law § 440.10(1)(i)"


def test_contract_case_teen_prostitution_conviction_2012_is_vacated():
    """CPL 440.10(1)(i): 'The judgment is a conviction where the defendant's participation in the
    offense was a result of having been a victim of sex trafficking'; the 2010 text already
    reached an 'arresting charge ... under section ... 230.00 (prostitution)'. Official
    documentation 'shall not be required'. Fixed expectation of the project contract."""
    d = determine(
        "NY", "prostitution",
        person={"trafficking_type": "sex", "trafficking_ended_on": "2019-06-01",
                "official_documentation": False, "date_of_birth": "1995-03-01"},
        offense_description="PL 230.00 prostitution", level="misdemeanor", record_type="conviction",
        age_at_offense=17, offense_date="2012-05-01", disposition_date="2012-08-01",
        related_to_trafficking="yes",
    )
    assert d["outcome"] == "eligible"
    assert d["relief"] == "vacatur"
    assert d["citation"] == "N.Y. Crim. Proc. Law § 440.10(1)(i)"
    assert status(d, "offense_covered") == "met"
    assert status(d, "after_trafficking") == "met"


def test_any_offense_since_start_act_theft_conviction_of_labor_trafficking_survivor():
    """CPL 440.10(1)(i) as amended by 2021 N.Y. Laws ch. 629: 'a conviction where the defendant's
    participation in the offense was a result of having been a victim of ... labor trafficking
    under section 135.35 of the penal law'."""
    d = determine("NY", "theft", person={"trafficking_type": "labor"})
    assert d["outcome"] == "eligible"
    assert d["relief"] == "vacatur"
    assert d["citation"] == CPL
    assert status(d, "trafficking_type") == "met"
    assert status(d, "offense_covered") == "met"


def test_before_start_act_theft_conviction_was_not_covered():
    """CPL 440.10(1)(i) (2010 N.Y. Laws ch. 332): 'a conviction where the arresting charge was
    under section 240.37 ... or 230.00 (prostitution)'; theft was not among them before
    2021-11-16."""
    d = determine("NY", "theft", as_of="2020-06-01")
    assert d["outcome"] == "not_eligible"
    assert d["relief"] is None
    assert d["citation"] == CPL
    assert status(d, "offense_covered") == "unmet"


def test_before_start_act_disorderly_conduct_plea_turns_on_the_arresting_charge():
    """CPL 440.10(1)(i) (2010): 'where the arresting charge was' prostitution or loitering for
    prostitution: a disorderly conduct plea was covered only if the arrest was for one of
    those, which the screening does not ask."""
    d = determine("NY", "disorderly_conduct", as_of="2020-06-01")
    assert d["outcome"] == "possibly_eligible"
    assert status(d, "offense_covered") == "unknown"


def test_offense_not_connected_to_trafficking_is_not_covered():
    """CPL 440.10(1)(i): the participation in the offense must be 'a result of having been a
    victim of sex trafficking'."""
    d = determine("NY", "prostitution", related_to_trafficking="no")
    assert d["outcome"] == "not_eligible"
    assert status(d, "nexus") == "unmet"


def test_family_court_juvenile_adjudication_is_not_a_conviction():
    """CPL 440.10(1)(i): 'The judgment is a conviction ...'; a Family Court delinquency finding is
    not a judgment of conviction, and no survivor law for it was found."""
    d = determine("NY", "prostitution", record_type="juvenile_adjudication", age_at_offense=15)
    assert d["outcome"] == "not_eligible"
    assert d["relief"] is None
    assert status(d, "record_type") == "unmet"


def test_arrest_without_conviction_is_not_reached_by_the_vacatur_law():
    """CPL 440.10(1)(i): 'The judgment is a conviction ...'; an arrest that ended without a
    conviction is sealed under CPL 160.50 instead."""
    d = determine("NY", "prostitution", record_type="arrest")
    assert d["outcome"] == "not_eligible"
    assert d["relief"] is None
    assert status(d, "record_type") == "unmet"


def test_unsure_connection_is_possibly_eligible():
    """CPL 440.10(1)(i): 'participation in the offense was a result of having been a victim'; an
    unsure answer leaves that for the court."""
    d = determine("NY", "drug_possession", related_to_trafficking="unsure")
    assert d["outcome"] == "possibly_eligible"
    assert d["relief"] == "vacatur"
    assert status(d, "nexus") == "unknown"


def test_trafficking_not_ended_asks_about_services():
    """CPL 440.10(1)(i)(i): the motion is made 'after the defendant has ceased to be a victim of
    such trafficking or has sought services for victims of such trafficking'."""
    d = determine("NY", "prostitution", person={"trafficking_ended_on": None})
    assert d["outcome"] == "possibly_eligible"
    assert status(d, "after_trafficking") == "unknown"


def test_official_documentation_is_not_required():
    """CPL 440.10(1)(i)(ii): official documentation 'shall create a presumption ... but shall not
    be required for granting a motion under this paragraph'."""
    without = determine("NY", "prostitution", person={"official_documentation": False})
    with_papers = determine("NY", "prostitution", person={"official_documentation": True})
    assert without["outcome"] == with_papers["outcome"] == "eligible"
    assert status(with_papers, "official_documentation") == "met"
