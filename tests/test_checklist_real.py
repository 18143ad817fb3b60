"""The filing checklist on the real rules (rules/jurisdictions): one eligible record in each of
several jurisdictions. What is expected is read from the rules themselves (citation, court, the
engine's deadline), so a researcher's edit to a law's wording does not break this test; a law that
stops reaching the record does, naming the jurisdiction."""
import pytest

from screener.contract import parse_screening
from screener.engine import evaluate
from screener.rulebook import load_rulebook
from tests.test_checklist import make, render_pngs, words

PERSON = {"trafficking_type": "sex", "trafficking_ended_on": "2022-06-01", "date_of_birth": "1999-01-01",
          "official_documentation": True, "citizenship": "noncitizen"}
RECORD = {"offense_category": "prostitution", "level": "misdemeanor", "record_type": "conviction",
          "age_at_offense": 19, "related_to_trafficking": "yes", "offense_date": "2018-05-01",
          "disposition_date": "2018-08-01"}
PLACES = ["NY", "OH", "VA", "US"]  # vacatur, expungement, an official form, the federal courts
SCREENING = {"as_of": "2026-11-21", "person": PERSON,
             "records": [{**RECORD, "jurisdiction": code, "offense_description": f"record in {code}"}
                         for code in PLACES] + [{**RECORD, "jurisdiction": "IA"}]}  # IA: no relief law


@pytest.fixture(scope="module")
def rulebook():
    return load_rulebook()


@pytest.fixture(scope="module")
def result(rulebook):
    return evaluate(parse_screening(SCREENING), rulebook)


@pytest.fixture(scope="module")
def text(rulebook) -> str:
    return " ".join(words(make(rulebook, SCREENING)))


def flat(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize("code", PLACES)
def test_each_eligible_record_gets_its_statute_court_documents_and_deadline(rulebook, result, text, code):
    index = PLACES.index(code)
    d = result.records[index]
    assert d.outcome == "eligible", f"{code}: the rules no longer find this record eligible: {d.summary}"
    law = next(law for law in rulebook.jurisdictions[code].laws if law.id == d.law_id)
    procedure = law.procedure
    assert flat(f"under {law.citation}") in text
    assert flat(f"Where to file: {procedure.court.rstrip('.')}.") in text
    assert flat(f"What to file: {procedure.filing.rstrip('.')}.") in text
    if procedure.official_form:
        assert flat(f"Use the official form: {procedure.official_form.name}") in text
    for who in procedure.serve:
        assert flat(f"Give a copy to {who.rstrip('.')}.") in text
    assert f"Record {index + 1}: a certified copy of how the case ended" in text
    assert "Proof that the trafficking led to the record." in text
    assert "Official papers about being trafficked, if you have any" in text
    assert "A statement in your own words" in text
    deadline = f"Deadline: {flat(d.deadline)}" if d.deadline else "Deadline: we found no fixed deadline"
    assert deadline in text
    assert flat(f"If the judge says yes: {procedure.effect}") in text


def test_no_relief_law_record_gets_the_help_page_with_other_routes(rulebook, result, text):
    assert result.records[-1].outcome == "no_relief_law"
    help_page = text[text.index("Where to get help"):]
    assert "1-888-373-7888" in help_page
    for route in rulebook.jurisdictions["IA"].other_routes:
        assert flat(f"{route.title} ({route.citation})") in help_page
    self_help = rulebook.jurisdictions["IA"].self_help
    if self_help:  # a long address may wrap anywhere
        assert self_help.url in help_page.replace(" ", "")


def test_default_pdf_holds_no_name(text):
    assert "Made for" not in text and "1999" not in text


def test_ten_records_in_many_places_render_to_png(rulebook):
    """The benchmark's checklist, rendered for a person to look at (test-output/checklist/)."""
    from bench.pdf import ten_record_screening
    pdf = make(rulebook, ten_record_screening(rulebook))
    assert render_pngs(pdf, "real-10-records")
    pdf = make(rulebook, SCREENING, name="Ana Example")
    assert render_pngs(pdf, "real-4-places")
