"""Georgia: cases decided from the text of O.C.G.A. §§ 17-10-21, 35-3-37(j)(6), 15-11-32(d), 15-11-701(b)."""
from tests.cases import alternative, determine, status


def test_adult_prostitution_conviction_can_be_restricted_and_vacatur_asks_about_warrants():
    """O.C.G.A. § 35-3-37(j)(6)(A): 'A defendant convicted of an offense and sentenced while such
    individual was a victim of an offense of trafficking under Code Section 16-5-46 may petition the
    court imposing the sentence to restrict such conviction.' § 17-10-21(a)(1): 'A defendant convicted
    of an offense and sentenced as a direct result of the defendant being the victim of an offense of
    trafficking ... may petition the court imposing the sentence to vacate such conviction'; since
    2022 outstanding warrants must be cleared first (Freedom Network USA summary of (a)(2)(B))."""
    d = determine("GA", "prostitution", record_type="conviction")
    assert d["outcome"] == "eligible"
    assert d["relief"] == "sealing"
    assert d["citation"] == "O.C.G.A. § 35-3-37(j)(6)"
    assert status(d, "offense_covered") == "met"
    assert status(d, "nexus") == "met"
    vacatur = alternative(d, "vacatur")
    assert vacatur["citation"] == "O.C.G.A. § 17-10-21"
    assert vacatur["outcome"] == "possibly_eligible"


def test_labor_trafficking_survivor_with_any_offense_is_covered():
    """O.C.G.A. § 17-10-21(a)(1) and § 35-3-37(j)(6)(A) reach 'an offense' (any offense) of a
    victim of 'trafficking under Code Section 16-5-46', which covers labor and sexual servitude."""
    d = determine("GA", "fraud", level="felony", person={"trafficking_type": "labor"})
    assert d["outcome"] == "eligible"
    assert status(d, "trafficking_type") == "met"


def test_conviction_not_connected_to_trafficking_is_not_covered():
    """O.C.G.A. § 35-3-37(j)(6)(A): the offense must be committed 'while such individual was a victim
    of an offense of trafficking'; § 17-10-21(a)(1): sentenced 'as a direct result of the defendant
    being the victim'. A record the person says is not connected meets neither."""
    d = determine("GA", "theft", related_to_trafficking="no")
    assert d["outcome"] == "not_eligible"
    assert d["relief"] is None
    assert status(d, "nexus") == "unmet"


def test_juvenile_prostitution_adjudication_is_vacated():
    """O.C.G.A. § 15-11-32(d) (Clean Slate Clearinghouse summary): 'An adjudication for a sex crime
    may be vacated if such crime resulted from the petitioner being trafficked for sexual servitude';
    § 16-3-6(a)(3): '"Sexual crime" means prostitution, sodomy, solicitation of sodomy, or
    masturbation for hire'."""
    d = determine("GA", "prostitution", record_type="juvenile_adjudication", age_at_offense=15)
    assert d["outcome"] == "eligible"
    assert d["relief"] == "vacatur"
    assert d["citation"] == "O.C.G.A. § 15-11-32(d)"
    assert alternative(d, "sealing")["citation"] == "O.C.G.A. § 15-11-701(b)"


def test_juvenile_theft_adjudication_is_not_a_sexual_crime():
    """O.C.G.A. § 16-3-6(a)(3): '"Sexual crime" means prostitution, sodomy, solicitation of sodomy,
    or masturbation for hire'; the juvenile laws reach only those."""
    d = determine("GA", "theft", record_type="juvenile_adjudication", age_at_offense=15)
    assert d["outcome"] == "not_eligible"
    assert status(d, "offense_covered") == "unmet"


def test_arrest_record_asks_about_first_offender_sentence_since_2024():
    """O.C.G.A. § 17-10-21(a)(1) as revised by H.B. 1201 (2024): 'or a defendant who was sentenced
    pursuant to Code Section 42-8-60 or 16-13-2, as a direct result of the defendant being the victim
    ... may petition ... to vacate ... the sentence imposed pursuant to Code Section 42-8-60 or
    16-13-2'. A charge without a conviction is covered only if there was such a sentence."""
    d = determine("GA", "prostitution", record_type="arrest")
    assert d["outcome"] == "possibly_eligible"
    assert d["relief"] == "vacatur"
    assert status(d, "first_offender_sentence") == "unknown"


def test_arrest_record_before_2024_was_not_reached():
    """Before H.B. 1201, § 17-10-21(a)(1) and § 35-3-37(j)(6)(A) reached only 'A defendant
    convicted of an offense and sentenced'."""
    d = determine("GA", "prostitution", record_type="arrest", as_of="2023-06-01")
    assert d["outcome"] == "not_eligible"
    assert status(d, "record_type") == "unmet"


def test_unsure_connection_is_possibly_eligible():
    """O.C.G.A. § 35-3-37(j)(6)(D): if the prosecutor objects, 'the court shall determine, by a
    preponderance of the evidence, whether the defendant committed such offense while such
    individual was a victim'; an unsure connection leaves that to the court."""
    d = determine("GA", "prostitution", related_to_trafficking="unsure")
    assert d["outcome"] == "possibly_eligible"
    assert status(d, "nexus") == "unknown"
