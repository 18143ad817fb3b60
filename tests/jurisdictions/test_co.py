"""Colorado: Colo. Rev. Stat. § 18-1-410.7 (vacatur) and § 24-72-707 (sealing)."""
from tests.cases import alternative, determine, status

VACATUR = "Colo. Rev. Stat. § 18-1-410.7"
SEALING = "Colo. Rev. Stat. § 24-72-707"
SEALING_PROSTITUTION = "Colo. Rev. Stat. § 24-72-707(1.5)"


def test_misdemeanor_theft_conviction_is_sealed_and_may_be_vacated():
    """C.R.S. § 24-72-707(1): 'At any time after conviction, a defendant may file a motion ...
    pertaining to the defendant's conviction for any misdemeanor offense ... excluding any offense
    of a crime as defined in section 24-4.1-302 (1)'; (3): 'The court shall order the records
    sealed'. § 18-1-410.7(1)(c): vacatur does not apply 'if the individual raised an affirmative
    defense ... at trial and was still convicted'."""
    d = determine("CO", "theft", record_type="conviction", level="misdemeanor")
    assert d["outcome"] == "eligible"
    assert d["relief"] == "sealing"
    assert d["citation"] == SEALING
    assert status(d, "offense_covered") == "met"
    vacatur = alternative(d, "vacatur")
    assert vacatur["citation"] == VACATUR
    assert vacatur["outcome"] == "possibly_eligible"


def test_felony_drug_conviction_may_be_vacated():
    """C.R.S. § 18-1-410.7(1)(b): 'This section applies to all state and municipal convictions for
    crimes except for crimes defined in section 24-4.1-302 (1)'; (1)(c) excludes a conviction after
    the trafficking defense was raised at trial, which the screening does not ask."""
    d = determine("CO", "drug_possession", level="felony")
    assert d["outcome"] == "possibly_eligible"
    assert d["relief"] == "vacatur"
    assert d["citation"] == VACATUR
    assert status(d, "offense_covered") == "met"
    assert status(d, "defense_raised_at_trial") == "unknown"


def test_assault_conviction_is_excluded_as_a_victim_rights_act_crime():
    """C.R.S. § 18-1-410.7(1)(b) and § 24-72-707(1) exclude 'crimes defined in section 24-4.1-302
    (1)', which lists 'Assault in the third degree, in violation of section 18-3-204'."""
    d = determine("CO", "assault", level="misdemeanor")
    assert d["outcome"] == "not_eligible"
    assert d["relief"] is None
    assert status(d, "offense_covered") == "unmet"


def test_juvenile_adjudication_is_not_covered():
    """C.R.S. § 18-1-410.7(1)(a) reaches 'a conviction'; § 24-72-707(1) 'conviction records';
    (1.5) a person 'charged with or convicted of prostitution'. No delinquency adjudications."""
    d = determine("CO", "theft", record_type="juvenile_adjudication", age_at_offense=15)
    assert d["outcome"] == "not_eligible"
    assert status(d, "record_type") == "unmet"


def test_prostitution_charge_without_conviction_is_sealed():
    """C.R.S. § 24-72-707(1.5): 'A person charged with or convicted of prostitution ... which
    offense was committed as a direct result of being a victim of human trafficking ... may file
    a motion with the court for a sealing of the person's records'."""
    d = determine("CO", "prostitution", record_type="arrest")
    assert d["outcome"] == "eligible"
    assert d["relief"] == "sealing"
    assert d["citation"] == SEALING_PROSTITUTION


def test_theft_arrest_without_conviction_is_not_covered():
    """C.R.S. § 24-72-707(1.5) reaches charges only for 'prostitution, as described in section
    18-7-201'; § 18-1-410.7 and § 24-72-707(1) reach convictions only."""
    d = determine("CO", "theft", record_type="arrest")
    assert d["outcome"] == "not_eligible"


def test_prostitution_charge_before_2022_was_not_covered():
    """C.R.S. § 24-72-707 history: '(1.5) added ... (SB 22-099), ch. 276, p. 1993, § 14, effective
    August 10'."""
    d = determine("CO", "prostitution", record_type="arrest", as_of="2021-01-01")
    assert d["outcome"] == "not_eligible"
    assert status(d, "record_type") == "unmet"


def test_unsure_connection_is_possibly_eligible():
    """C.R.S. § 24-72-707(3)(b): the defendant must establish 'by a preponderance of the evidence
    that, at the time the defendant committed the offense, the defendant had been trafficked by
    another person ... for the purpose of performing the offense'."""
    d = determine("CO", "trespass", related_to_trafficking="unsure")
    assert d["outcome"] == "possibly_eligible"
    assert status(d, "nexus") == "unknown"


def test_burglary_turns_on_the_degree():
    """C.R.S. § 24-4.1-302(1) lists first and second degree burglary (of a dwelling), not every
    burglary, so a court must know which one it was."""
    d = determine("CO", "burglary", level="felony")
    assert d["outcome"] == "possibly_eligible"
    assert d["relief"] == "vacatur"
    assert status(d, "offense_covered") == "unknown"
