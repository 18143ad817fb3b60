"""The engine against fixture laws (tests/fixtures: invented citations, engine behaviour only)."""
import datetime as dt

import pytest

from screener.contract import parse_screening
from screener.dates import add_years
from screener.engine import evaluate

AS_OF = dt.date(2026, 11, 21)


def run(rulebook, *, as_of=AS_OF, person=None, **record):
    screening = {
        "as_of": as_of.isoformat(),
        "person": {"trafficking_type": "sex", "trafficking_ended_on": "2022-06-01", **(person or {})},
        "records": [{"jurisdiction": "AK", "offense_category": "prostitution", "level": "misdemeanor",
                     "record_type": "conviction", "age_at_offense": 25, "related_to_trafficking": "yes",
                     **record}],
    }
    return evaluate(parse_screening(screening), rulebook).to_json()["records"][0]


def status(d, condition):
    return {r["condition"]: r["status"] for r in d["reasons"]}.get(condition)


def test_all_conditions_met_is_eligible_with_citation_and_reasons(fixture_rulebook):
    d = run(fixture_rulebook)
    assert (d["outcome"], d["relief"], d["citation"]) == ("eligible", "vacatur", "Fixture Code § 1")
    assert all(r["status"] == "met" and r["text"] and r["citation"] for r in d["reasons"])
    assert {"record_type", "trafficking_type", "offense_covered", "nexus", "after_trafficking",
            "time_limit"} <= {r["condition"] for r in d["reasons"]}
    assert d["deadline"].startswith("File by 2028-06-01")
    assert any("motion to vacate" in step for step in d["next_steps"])


def test_unsure_connection_is_possibly_eligible_never_not_eligible(fixture_rulebook):
    d = run(fixture_rulebook, related_to_trafficking="unsure")
    assert d["outcome"] == "possibly_eligible"
    assert status(d, "nexus") == "unknown"
    assert "not sure" in d["summary"]


def test_unclear_offense_names_the_question(fixture_rulebook):
    d = run(fixture_rulebook, offense_category="other_nonviolent")
    assert d["outcome"] == "possibly_eligible"
    assert "Is the offense one the law lists?" in d["summary"]


def test_excluded_offense_is_not_eligible_and_cites_the_nearest_law(fixture_rulebook):
    d = run(fixture_rulebook, offense_category="trafficking_offense", level="felony")
    assert d["outcome"] == "not_eligible"
    assert d["relief"] is None
    assert d["citation"] == "Fixture Code § 1"
    assert status(d, "offense_covered") == "unmet"


def test_violent_offense_unmet_and_depends_unknown_under_nonviolent_only(fixture_rulebook):
    assert status(run(fixture_rulebook, offense_category="assault"), "offense_covered") == "unmet"
    weapons = run(fixture_rulebook, offense_category="weapons")
    assert weapons["outcome"] == "possibly_eligible"
    assert status(weapons, "offense_covered") == "unknown"


def test_no_relief_law_points_to_other_routes(fixture_rulebook):
    d = run(fixture_rulebook, jurisdiction="AL")
    assert (d["outcome"], d["relief"], d["citation"]) == ("no_relief_law", None, None)
    assert any("Fixture Code § 9" in step for step in d["next_steps"])


def test_jurisdiction_not_yet_encoded_is_never_a_false_no(fixture_rulebook):
    d = run(fixture_rulebook, jurisdiction="WY")
    assert d["outcome"] == "possibly_eligible"
    assert "not yet checked" in d["summary"]


@pytest.mark.parametrize("ended, expected", [
    ("2020-11-21", "met"),      # six years ago today: the last day still counts
    ("2020-11-20", "unmet"),    # six years ago plus a day
])
def test_time_limit_boundary(fixture_rulebook, ended, expected):
    d = run(fixture_rulebook, person={"trafficking_ended_on": ended})
    assert status(d, "time_limit") == expected


def test_trafficking_not_ended_asks_instead_of_refusing(fixture_rulebook):
    d = run(fixture_rulebook, person={"trafficking_ended_on": None})
    assert d["outcome"] == "possibly_eligible"
    assert status(d, "after_trafficking") == "unknown"
    assert status(d, "time_limit") == "unknown"


def test_dated_versions_answer_as_of_the_day(fixture_rulebook):
    before = run(fixture_rulebook, as_of=dt.date(2019, 6, 1), person={"trafficking_type": "labor",
                                                                          "trafficking_ended_on": "2018-01-01"})
    after = run(fixture_rulebook, as_of=dt.date(2020, 1, 1), person={"trafficking_type": "labor",
                                                                         "trafficking_ended_on": "2018-01-01"})
    assert status(before, "trafficking_type") == "unmet"
    assert status(after, "trafficking_type") == "met"
    assert any("takes effect on 2020-01-01" in w for w in before["warnings"])


def test_law_not_yet_in_force_is_no_relief_law_with_the_coming_date(fixture_rulebook):
    d = run(fixture_rulebook, jurisdiction="AZ")
    assert d["outcome"] == "no_relief_law"
    assert any("2027-07-01" in w for w in d["warnings"])
    later = run(fixture_rulebook, jurisdiction="AZ", as_of=dt.date(2027, 7, 1))
    assert later["outcome"] == "possibly_eligible"  # reasonable time is the court's to judge
    assert status(later, "timely_filing") == "unknown"
    assert status(run(fixture_rulebook, jurisdiction="AZ", as_of=dt.date(2027, 7, 1), level="felony"),
                  "offense_level") == "unmet"


def test_best_relief_first_and_the_rest_as_alternatives(fixture_rulebook):
    d = run(fixture_rulebook, age_at_offense=16, disposition_date="2020-01-01",
            person={"official_documentation": True})
    assert d["relief"] == "vacatur"
    assert d["alternatives"] == [{"relief": "sealing", "citation": "Fixture Code § 2",
                                  "outcome": "eligible", "title": "Fixture juvenile sealing"}]
    assert status(d, "official_documentation") == "met"


def test_required_documentation_missing_is_unknown(fixture_rulebook):
    d = run(fixture_rulebook, record_type="juvenile_adjudication", age_at_offense=15,
            disposition_date="2020-01-01")
    assert (d["outcome"], d["relief"]) == ("possibly_eligible", "sealing")
    assert status(d, "official_documentation") == "unknown"


def test_waiting_period_not_over_says_not_yet_with_the_day(fixture_rulebook):
    d = run(fixture_rulebook, record_type="juvenile_adjudication", age_at_offense=15,
            disposition_date="2026-01-01", person={"official_documentation": True})
    assert d["outcome"] == "not_eligible"
    assert d["summary"].startswith("Not yet")
    assert "2028-01-01" in d["summary"]


@pytest.mark.parametrize("offense_date, expected", [
    ("2013-02-28", "eligible"),       # the day before the 18th birthday: still 17
    ("2013-03-01", "not_eligible"),   # the 18th birthday itself
])
def test_age_limit_uses_age_computed_from_dates(fixture_rulebook, offense_date, expected):
    d = run(fixture_rulebook, record_type="juvenile_adjudication", age_at_offense=None,
            offense_date=offense_date, disposition_date="2014-01-01",
            person={"date_of_birth": "1995-03-01", "official_documentation": True})
    sealing = d if d["citation"] == "Fixture Code § 2" else \
        next(a for a in d["alternatives"] if a["citation"] == "Fixture Code § 2")
    assert sealing["outcome"] == expected


@pytest.mark.parametrize("citizenship, expected", [
    ("noncitizen", "can remove a conviction for immigration"),
    ("unknown", "talk to an immigration lawyer"),
])
def test_immigration_warning(fixture_rulebook, citizenship, expected):
    d = run(fixture_rulebook, person={"citizenship": citizenship})
    assert any(expected in w for w in d["warnings"])


def test_sealing_warns_a_noncitizen_it_does_not_remove_the_conviction(fixture_rulebook):
    d = run(fixture_rulebook, record_type="juvenile_adjudication", age_at_offense=15,
            disposition_date="2020-01-01", person={"citizenship": "noncitizen", "official_documentation": True})
    assert any("Sealing does not remove a conviction" in w for w in d["warnings"])
    assert not run(fixture_rulebook, person={"citizenship": "citizen"})["warnings"]


def test_offense_description_that_names_another_category_is_flagged(fixture_rulebook):
    d = run(fixture_rulebook, offense_category="theft", offense_description="PL 230.00 prostitution")
    assert any("sounds like selling or offering sex" in w for w in d["warnings"])


def test_records_come_back_in_order_with_their_index(fixture_rulebook):
    screening = parse_screening({
        "as_of": "2026-11-21", "person": {"trafficking_type": "sex", "trafficking_ended_on": "2022-01-01"},
        "records": [{"jurisdiction": j, "offense_category": "prostitution", "level": "petty",
                     "record_type": "conviction", "age_at_offense": 20} for j in ("AL", "AK", "AZ")],
    })
    records = evaluate(screening, fixture_rulebook).to_json()["records"]
    assert [(r["index"], r["jurisdiction"]) for r in records] == [(0, "AL"), (1, "AK"), (2, "AZ")]


def test_not_eligible_cites_the_law_meant_for_this_kind_of_record(fixture_rulebook):
    # Both laws fail once: the vacatur law on record type, the sealing law on age. The sealing
    # law is the one written for juvenile records, so it is the one to explain.
    d = run(fixture_rulebook, record_type="juvenile_adjudication", age_at_offense=18,
            disposition_date="2020-01-01", person={"official_documentation": True})
    assert (d["outcome"], d["citation"]) == ("not_eligible", "Fixture Code § 2")
    assert status(d, "age_at_offense") == "unmet"


def test_same_answer_twice(fixture_rulebook):
    assert run(fixture_rulebook) == run(fixture_rulebook)


def test_add_years_from_29_february_lands_on_28_february():
    assert add_years(dt.date(2020, 2, 29), 1) == dt.date(2021, 2, 28)
    assert add_years(dt.date(2020, 2, 29), 4) == dt.date(2024, 2, 29)


def narrow(rulebook, **kwargs):
    record = {"jurisdiction": "AR", "offense_date": "2013-01-01", "disposition_date": "2013-06-01",
              "age_at_offense": None, **kwargs.pop("record", {})}
    return run(rulebook, person={"date_of_birth": "1990-01-01", **kwargs.pop("person", {})}, **record, **kwargs)


def test_stand_in_start_date_answers_possibly_never_no_law(fixture_rulebook):
    before_stand_in = narrow(fixture_rulebook, as_of=dt.date(2019, 6, 1))
    assert before_stand_in["outcome"] == "possibly_eligible"
    assert status(before_stand_in, "law_in_force") == "unknown"
    assert narrow(fixture_rulebook, as_of=dt.date(2018, 12, 31))["outcome"] == "no_relief_law"
    assert narrow(fixture_rulebook)["outcome"] == "eligible"


def test_level_limit_reaches_a_category_only_at_some_levels(fixture_rulebook):
    # Misdemeanor theft is left to the court (the value); felony theft is a firm no.
    assert narrow(fixture_rulebook, record={"offense_category": "theft"})["outcome"] == "possibly_eligible"
    felony = narrow(fixture_rulebook, record={"offense_category": "theft", "level": "felony"})
    assert felony["outcome"] == "not_eligible"
    assert "only when it is one of these: misdemeanors and petty offenses" in felony["summary"]


def test_date_limit_on_the_offense_date(fixture_rulebook):
    late = narrow(fixture_rulebook, record={"offense_date": "2014-08-01", "disposition_date": "2014-09-01"})
    assert status(late, "record_date") == "unmet"
    unknown = run(fixture_rulebook, jurisdiction="AR", disposition_date="2013-06-01")
    assert status(unknown, "record_date") == "unknown"


def test_waiting_period_in_months(fixture_rulebook):
    waiting = narrow(fixture_rulebook, as_of=dt.date(2020, 5, 31),
                     record={"disposition_date": "2019-12-01"})
    assert "2020-06-01" in waiting["summary"]


def test_no_connection_needed_is_said(fixture_rulebook):
    d = narrow(fixture_rulebook, record={"related_to_trafficking": "no"})
    assert d["outcome"] == "eligible"
    assert status(d, "nexus") == "met"


def test_everything_said_goes_through_the_current_translation(fixture_rulebook):
    from screener import wording
    seen = set()

    def record(text):
        seen.add(text)
        return text

    with wording.translation(record):
        d = run(fixture_rulebook, person={"citizenship": "noncitizen"}, related_to_trafficking="unsure")
    assert "This law covers {noun}." in seen                     # engine sentences
    assert "any offense without violence" in seen                 # texts from the rules
    assert "Selling or offering sex" in seen                      # offense labels
    catalog = {"You can likely {action} under {citation}. A judge still makes the final decision.":
               "Es probable que pueda {action} bajo {citation}. Un juez toma la decisión final.",
               "have this record vacated (cancelled)": "anular este registro"}
    with wording.translation(lambda text: catalog.get(text, text)):
        spanish = run(fixture_rulebook)
    assert spanish["summary"] == ("Es probable que pueda anular este registro bajo Fixture Code § 1. "
                                  "Un juez toma la decisión final.")
    assert spanish["citation"] == "Fixture Code § 1"  # citations are never translated


def test_only_the_chosen_law_is_worded_and_in_the_callers_language(fixture_rulebook):
    # Every law is checked to rank them, but only the chosen one's texts reach the result: the
    # others' are never worded, and the chosen one's are worded while the translation is in place.
    from screener import wording
    asked = []

    def marked(text):
        asked.append(text)
        return f"«{text}»"

    with wording.translation(marked):
        d = run(fixture_rulebook, age_at_offense=16, disposition_date="2020-01-01",
                person={"official_documentation": True})
    assert d["citation"] == "Fixture Code § 1"
    assert [a["citation"] for a in d["alternatives"]] == ["Fixture Code § 2"]
    assert all(reason["text"].startswith("«") for reason in d["reasons"])
    assert d["summary"].startswith("«") and d["deadline"].startswith("«")
    assert "the offense happened because you were trafficked" in asked   # the chosen law's nexus
    assert "it happened while you were trafficked" not in asked          # the alternative's


def test_fixed_reasons_are_translated_too(fixture_rulebook):
    # Reasons with nothing to fill in ("no connection needed", "has it ended?") were once said in
    # English whatever the visitor's language.
    from screener import wording
    with wording.translation(lambda text: f"«{text}»"):
        no_nexus = run(fixture_rulebook, jurisdiction="AR")
        not_ended = run(fixture_rulebook, person={"trafficking_ended_on": None})
    nexus = next(r for r in no_nexus["reasons"] if r["condition"] == "nexus")
    after = next(r for r in not_ended["reasons"] if r["condition"] == "after_trafficking")
    assert nexus["text"].startswith("«") and after["text"].startswith("«")


class _Forgetful(dict):
    """A Rulebook.worded that keeps nothing: every text is worded afresh."""

    def __setitem__(self, key, value):
        pass


def test_texts_kept_on_the_rulebook_are_what_wording_afresh_gives():
    """Rulebook.worded keeps texts made from the rules and coded answers: screenings one after
    another on one rulebook, in both languages, get exactly what a rulebook that keeps nothing gives."""
    import dataclasses

    from screener import i18n, wording
    from screener.rulebook import load_rulebook
    from screener.vocab import JURISDICTIONS
    answers = [("prostitution", "misdemeanor", "conviction", "yes", "noncitizen"),
               ("theft", "felony", "arrest", "unsure", "citizen"),
               ("drug_possession", "felony", "juvenile_adjudication", "no", "unknown"),
               ("assault", "misdemeanor", "conviction", "yes", "noncitizen")]
    screenings = [parse_screening({"as_of": "2026-11-21", "person": {
        "trafficking_type": "sex", "trafficking_ended_on": "2019-06-01", "citizenship": citizenship}, "records": [
        {"jurisdiction": code, "offense_category": category, "level": level, "record_type": kind,
         "age_at_offense": 17, "related_to_trafficking": related} for code in JURISDICTIONS]})
        for category, level, kind, related, citizenship in answers]
    shared = load_rulebook()
    forgetful = dataclasses.replace(shared, worded=_Forgetful())
    for translator in (None, i18n.gettext_for("es"), None):
        with wording.translation(translator):
            for screening in screenings + screenings[::-1]:
                assert evaluate(screening, shared).to_json() == evaluate(screening, forgetful).to_json()
    assert shared.worded and not forgetful.worded
