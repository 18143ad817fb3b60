"""District of Columbia: D.C. Code §§ 22-1844 to 22-1846 (D.C. Law 22-279, effective 2019-04-05)."""
from tests.cases import determine, status

VACATUR = "D.C. Code § 22-1844(a)"
ARREST = "D.C. Code § 22-1844(b)"


def test_prostitution_conviction_can_be_vacated_once_the_sentence_is_served():
    """D.C. Code § 22-1844(a): 'A person convicted of an eligible offense may apply by motion ...
    to vacate the judgment of conviction ... if the conduct ... was a direct result of the person
    having been a victim of trafficking'; § 22-1844(e)(2): only after 'The person completes any
    sentence of incarceration, commitment, probation, parole, or supervised release'."""
    d = determine("DC", "prostitution", record_type="conviction")
    assert d["outcome"] == "possibly_eligible"
    assert d["relief"] == "vacatur"
    assert d["citation"] == VACATUR
    assert status(d, "offense_covered") == "met"
    assert status(d, "nexus") == "met"
    assert status(d, "sentence_completed") == "unknown"


def test_labor_trafficking_survivor_felony_theft_conviction_is_covered():
    """D.C. Code § 22-1831(12): 'Victim of trafficking' includes a person against whom 'Forced
    labor under § 22-1832' was committed; (5A): 'Eligible offense' means any criminal offense
    under the District of Columbia Official Code, except an ineligible offense."""
    d = determine("DC", "theft", level="felony", person={"trafficking_type": "labor"})
    assert d["relief"] == "vacatur"
    assert status(d, "trafficking_type") == "met"
    assert status(d, "offense_covered") == "met"


def test_conviction_not_connected_to_trafficking_is_not_covered():
    """D.C. Code § 22-1845(d)(3): the court grants the motion if 'The conduct by the movant
    resulting in the conviction was a direct result of the movant having been a victim of
    trafficking'."""
    d = determine("DC", "drug_possession", related_to_trafficking="no")
    assert d["outcome"] == "not_eligible"
    assert d["relief"] is None
    assert status(d, "nexus") == "unmet"


def test_juvenile_adjudication_is_not_a_conviction_under_these_sections():
    """D.C. Code § 22-1844(a) reaches 'A person convicted'; § 22-1844(b) reaches a person
    'arrested but not prosecuted, or whose prosecution was terminated without conviction'.
    A delinquency adjudication is neither as encoded (see the rules file's notes)."""
    d = determine("DC", "theft", record_type="juvenile_adjudication", age_at_offense=15)
    assert d["outcome"] == "not_eligible"
    assert status(d, "record_type") == "unmet"


def test_arrest_for_even_an_ineligible_offense_can_be_expunged():
    """D.C. Code § 22-1844(b): 'A person arrested but not prosecuted, or whose prosecution was
    terminated without conviction, for an eligible offense or an ineligible offense, may apply
    ... to expunge all records'."""
    d = determine("DC", "homicide", record_type="arrest", level="felony")
    assert d["outcome"] == "eligible"
    assert d["relief"] == "expungement"
    assert d["citation"] == ARREST
    assert status(d, "offense_covered") == "met"


def test_violent_conviction_turns_on_the_ineligible_offense_list():
    """D.C. Code § 22-1831(5B): 'Ineligible offense' means ... 'Murder in the first degree' ...
    'Murder in the second degree'; manslaughter is not on the list, so the court must know
    which homicide offense it was."""
    d = determine("DC", "homicide", level="felony")
    assert d["outcome"] == "possibly_eligible"
    assert d["relief"] == "vacatur"
    assert status(d, "offense_covered") == "unknown"


def test_unsure_connection_is_possibly_eligible():
    """D.C. Code § 22-1845(d): the movant must establish 'by clear and convincing evidence' that
    the conduct 'was a direct result of the movant having been a victim of trafficking'."""
    d = determine("DC", "prostitution", record_type="arrest", related_to_trafficking="unsure")
    assert d["outcome"] == "possibly_eligible"
    assert d["relief"] == "expungement"
    assert status(d, "nexus") == "unknown"


def test_law_was_not_in_force_before_april_5_2019():
    """D.C. Law 22-279 took effect 2019-04-05 (D.C. Code § 22-1844 history note)."""
    d = determine("DC", "prostitution", as_of="2018-12-01")
    assert d["outcome"] == "no_relief_law"
    assert d["relief"] is None
    assert d["citation"] is None
