"""Maryland: Md. Code Ann., Crim. Proc. § 8-302 and Md. Rule 4-333.1."""
from tests.cases import determine, status

VACATUR = "Md. Code Ann., Crim. Proc. § 8-302"


def test_prostitution_conviction_can_be_vacated():
    """Crim. Proc. § 8-302(a)(2)(xv): a qualifying offense is 'prostitution under § 11-303 of the
    Criminal Law Article'; Md. Rule 4-333.1(e): 'The Court may grant a motion ... on finding by a
    preponderance of the evidence that the movant's participation in the qualifying offense was a
    direct result of being a victim of human trafficking.'"""
    d = determine("MD", "prostitution")
    assert d["outcome"] == "eligible"
    assert d["relief"] == "vacatur"
    assert d["citation"] == VACATUR
    assert status(d, "offense_covered") == "met"
    assert status(d, "nexus") == "met"


def test_drug_possession_is_a_qualifying_offense():
    """Crim. Proc. § 8-302(a)(2)(ii): 'possessing or administering a controlled dangerous
    substance under § 5-601 of the Criminal Law Article'."""
    d = determine("MD", "drug_possession", person={"trafficking_type": "labor"})
    assert d["outcome"] == "eligible"
    assert d["relief"] == "vacatur"


def test_assault_is_not_a_qualifying_offense():
    """Crim. Proc. § 8-302(a)(2) lists the qualifying offenses (prostitution, drug possession,
    trespass, misdemeanor theft ...); assault is not among them."""
    d = determine("MD", "assault")
    assert d["outcome"] == "not_eligible"
    assert d["relief"] is None
    assert d["citation"] == VACATUR
    assert status(d, "offense_covered") == "unmet"


def test_juvenile_adjudication_is_not_covered():
    """Md. Rule 4-333.1(a): the rule applies to 'a motion to vacate a judgment of conviction filed
    by an individual convicted of a qualifying offense'; a juvenile adjudication is not a
    conviction."""
    d = determine("MD", "prostitution", record_type="juvenile_adjudication", age_at_offense=16)
    assert d["outcome"] == "not_eligible"
    assert status(d, "record_type") == "unmet"


def test_arrest_without_conviction_is_not_covered():
    """Md. Rule 4-333.1(a): 'an individual convicted of a qualifying offense'."""
    d = determine("MD", "prostitution", record_type="arrest")
    assert d["outcome"] == "not_eligible"
    assert d["relief"] is None
    assert status(d, "record_type") == "unmet"


def test_misdemeanor_theft_is_covered_but_felony_theft_is_not():
    """Crim. Proc. § 8-302(a)(2)(viii): 'misdemeanor theft under § 7-104 of the Criminal Law
    Article' (only that level is listed)."""
    d = determine("MD", "theft", level="misdemeanor")
    assert d["outcome"] == "eligible"
    assert status(d, "offense_covered") == "met"
    felony = determine("MD", "theft", level="felony")
    assert felony["outcome"] == "not_eligible"
    assert status(felony, "offense_covered") == "unmet"


def test_fourth_degree_burglary_only():
    """Crim. Proc. § 8-302(a)(2)(v): 'fourth-degree burglary under § 6-205 of the Criminal Law
    Article' (a misdemeanor); felony burglary is not listed."""
    assert determine("MD", "burglary", level="misdemeanor")["outcome"] == "eligible"
    assert determine("MD", "burglary", level="felony")["outcome"] == "not_eligible"


def test_fraud_turns_on_the_kind_of_fraud():
    """Crim. Proc. § 8-302(a)(2)(ix)-(xi): only 'misdemeanor obtaining property or services by bad
    check', 'possession or use of a fraudulent government identification document' and 'public
    assistance fraud' are listed: possibly eligible with the question named."""
    d = determine("MD", "fraud")
    assert d["outcome"] == "possibly_eligible"
    assert status(d, "offense_covered") == "unknown"


def test_before_october_2023_the_law_is_possibly_in_force():
    """Crim. Proc. § 8-302 in force since October 1, 2023 was read; earlier versions (from 2011)
    were not, so an earlier screening is possibly eligible, never a false 'no law'."""
    d = determine("MD", "prostitution", as_of="2022-06-01")
    assert d["outcome"] == "possibly_eligible"
    assert status(d, "law_in_force") == "unknown"


def test_unsure_connection_is_possibly_eligible():
    """Md. Rule 4-333.1(e): the court decides whether participation 'was a direct result of being
    a victim of human trafficking'."""
    d = determine("MD", "prostitution", related_to_trafficking="unsure")
    assert d["outcome"] == "possibly_eligible"
    assert status(d, "nexus") == "unknown"
