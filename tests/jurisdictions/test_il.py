"""Illinois: 725 ILCS 5/116-2.1 and 20 ILCS 2630/5.2, cases decided from the text and summaries read."""
from tests.cases import alternative, determine, status

VACATE_PROSTITUTION = "725 ILCS 5/116-2.1"
CIA = "20 ILCS 2630/5.2"


def test_prostitution_conviction_is_vacated():
    """725 ILCS 5/116-2.1 (SB 1037, 2011): 'allows defendants who are victims of human trafficking
    at the time of their prostitution convictions to file a motion to vacate the conviction if
    the defendant's participation in the offense was the result of being a victim'."""
    d = determine("IL", "prostitution")
    assert d["outcome"] == "eligible"
    assert d["relief"] == "vacatur"
    assert d["citation"] == VACATE_PROSTITUTION
    assert status(d, "offense_covered") == "met"


def test_theft_conviction_goes_to_vacatur_and_expungement_after_the_last_sentence():
    """20 ILCS 2630/5.2 as amended by HB 2418 (2023): 'a trafficking victim may petition for
    vacation and expungement of an offense ... upon the completion of his or her last sentence if
    his or her participation in the underlying offense was proximately caused by the human
    trafficking'; the sentence question is not in the screening."""
    d = determine("IL", "theft")
    assert d["outcome"] == "possibly_eligible"
    assert d["relief"] == "vacatur"
    assert d["citation"] == CIA
    assert status(d, "last_sentence_completed") == "unknown"


def test_before_2024_theft_conviction_could_be_sealed():
    """20 ILCS 2630/5.2 (P.A. 100-0692, 2018): a trafficking victim 'shall be eligible to petition
    for the immediate sealing of his or her criminal record upon the completion of his or her last
    sentence if his or her participation in the underlying offense was a direct result of human
    trafficking'."""
    d = determine("IL", "theft", as_of="2020-06-01")
    assert d["outcome"] == "possibly_eligible"
    assert d["relief"] == "sealing"
    assert d["citation"] == CIA


def test_offense_not_caused_by_the_trafficking_is_not_covered():
    """725 ILCS 5/116-2.1: 'participation in the offense was the result of being a victim'; 20 ILCS
    2630/5.2: participation 'proximately caused by the human trafficking'."""
    d = determine("IL", "prostitution", related_to_trafficking="no")
    assert d["outcome"] == "not_eligible"
    assert d["relief"] is None
    assert status(d, "nexus") == "unmet"


def test_juvenile_adjudication_has_no_survivor_law():
    """725 ILCS 5/116-2.1 reaches 'prostitution convictions'; bills to add vacatur of 'an
    adjudication of delinquency of a human trafficking victim' (SB 2220, SB 1597, SB 2361) were
    only introduced."""
    d = determine("IL", "prostitution", record_type="juvenile_adjudication", age_at_offense=16)
    assert d["outcome"] == "not_eligible"
    assert d["relief"] is None
    assert status(d, "record_type") == "unmet"


def test_arrest_is_not_reached_by_the_prostitution_vacatur_law():
    """725 ILCS 5/116-2.1 is a motion 'to vacate the conviction'; an arrest record turns to 20 ILCS
    2630/5.2, whose terms for arrests after 2023 were not confirmed."""
    d = determine("IL", "prostitution", record_type="arrest")
    assert d["citation"] == CIA
    assert d["outcome"] == "possibly_eligible"
    assert status(d, "record_type") == "met"


def test_unsure_connection_is_possibly_eligible():
    """725 ILCS 5/116-2.1: vacatur 'if the defendant's participation in the offense was the result
    of being a victim'; an unsure answer leaves this to the court."""
    d = determine("IL", "prostitution", related_to_trafficking="unsure")
    assert d["outcome"] == "possibly_eligible"
    assert d["relief"] == "vacatur"
    assert status(d, "nexus") == "unknown"


def test_violent_offense_is_a_crime_of_violence_question_for_sealing():
    """20 ILCS 2630/5.2 as amended by HB 2418: 'if the offense is a crime of violence, the
    trafficking victim may petition for immediate sealing'."""
    d = determine("IL", "robbery", level="felony")
    assert d["outcome"] == "possibly_eligible"
    sealing = alternative(d, "sealing") if d["relief"] != "sealing" else d
    assert sealing["outcome"] == "possibly_eligible"
