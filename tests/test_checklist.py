"""The filing checklist PDF against the fixture rulebook (invented laws: engine-independent).

The PDF's text is read back with pypdf, so these tests check what a person would see printed.
"""
import datetime as dt
import io
import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader

from screener.checklist import build_checklist, build_checklist_pdf, parse_checklist_request
from screener.contract import ScreeningError, parse_screening
from screener.engine import evaluate
from screener.checklist_templates import FORMS_DIR, FormsError, extract_messages, load_templates
from tests.test_cli import cli

MADE_ON = dt.date(2026, 11, 22)
OUTPUT = Path(__file__).parent.parent / "test-output" / "checklist"
HOSTILE = '<script>alert(1)</script> <b>bold</b> <para> & &amp; <font size="60">big</font> \x00\x07 end'

RECORD = {"jurisdiction": "AK", "offense_category": "prostitution", "level": "misdemeanor",
          "record_type": "conviction", "age_at_offense": 20, "related_to_trafficking": "yes"}
SCREENING = {
    "as_of": "2026-11-21",
    "person": {"trafficking_type": "sex", "trafficking_ended_on": "2022-06-01", "date_of_birth": "1990-02-03"},
    "records": [
        {**RECORD, "offense_description": "PL 230.00 prostitution"},                          # 1 eligible
        {**RECORD, "offense_category": "theft", "related_to_trafficking": "unsure"},           # 2 possibly
        {**RECORD, "jurisdiction": "AL"},                                                     # 3 no relief law
        {**RECORD, "offense_category": "homicide", "level": "felony"},                         # 4 not eligible
        {**RECORD, "jurisdiction": "WY"},                                                     # 5 rules not encoded
    ],
}


def words(pdf: bytes) -> list[str]:
    """Each page's text with whitespace made single spaces (lines wrap anywhere)."""
    return [" ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(pdf)).pages]


def make(rulebook, data=SCREENING, **options) -> bytes:
    return build_checklist_pdf(parse_screening(data), rulebook, made_on=MADE_ON, **options)


@pytest.fixture(scope="module")
def pages(fixture_rulebook) -> list[str]:
    return words(make(fixture_rulebook))


def test_summary_lists_every_record_with_place_outcome_relief_and_statute(pages):
    summary = pages[0]
    assert "Your records at a glance" in summary
    for place in ("Alaska", "Alabama", "Wyoming"):
        assert place in summary
    assert "Likely can be cleared" in summary and "Vacatur (the record is cancelled)" in summary
    assert "Maybe. Some questions to settle first" in summary
    assert "No survivor law here" in summary
    assert "The survivor law does not seem to cover it" in summary
    assert "We have not checked this place yet" in summary
    assert summary.count("Fixture Code § 1") >= 3  # eligible, possibly eligible and not eligible rows
    assert 'The record says: "PL 230.00 prostitution"' in summary


def test_eligible_record_gets_statute_court_service_documents_fees_hearing_deadline_and_effect(pages):
    checklist = next(page for page in pages if page.startswith("Checklist 1: Alaska"))
    text = " ".join(pages[pages.index(checklist):])
    assert "Vacatur (the record is cancelled), under Fixture Code § 1" in text
    assert "Record 1: Selling or offering sex: misdemeanor conviction" in text
    assert "What to file: a motion to vacate." in text
    assert "Where to file: the court that convicted you." in text
    assert "Give a copy to the prosecutor." in text
    assert "Record 1: a certified copy of how the case ended" in text           # certified disposition
    assert "Proof that the trafficking led to the record." in text
    assert "Official papers about being trafficked, if you have any" in text
    assert "What this law says about official papers: Official papers create a presumption." in text
    assert "A statement in your own words" in text
    assert "Fees: No fee." in text and "fee waiver" in text
    assert "The judge may hold a hearing." in text
    assert "Deadline: File by 2028-06-01. File within 6 years after the trafficking ended." in text
    assert "If the judge says yes: The conviction is cancelled." in text
    assert "Ask the court clerk if there is a form for this." in text  # the fixture law names no form


def test_possibly_eligible_record_lists_the_questions_to_settle_first(pages):
    text = " ".join(pages)
    assert "Record 2: Taking things (theft, shoplifting, stolen property): misdemeanor conviction" in text
    assert "You may qualify. Settle these questions first:" in text
    assert "You were not sure if the record is connected to the trafficking." in text


def test_records_under_one_law_share_one_checklist(pages):
    assert sum(page.startswith("Checklist ") for page in pages) == 1
    assert "Record 1: a certified copy" in " ".join(pages) and "Record 2: a certified copy" in " ".join(pages)


def test_no_relief_law_record_gets_the_help_page(fixture_rulebook):
    only = {**SCREENING, "records": [{**RECORD, "jurisdiction": "AL"}]}
    pages = words(make(fixture_rulebook, only))
    assert "None of your records fits a survivor law" in pages[0]
    help_page = pages[-1]
    assert "Where to get help" in help_page
    assert "1-888-373-7888" in help_page
    assert "www.lawhelp.org" in help_page
    assert "Other ways to clear a record in Alabama (not only for survivors):" in help_page
    assert "general expungement (Fixture Code § 9): You may be able to clear some old records." in help_page
    assert not any(page.startswith("Checklist ") for page in pages)


def test_help_page_names_places_not_yet_checked(pages):
    assert "We have not checked the laws of Wyoming yet." in pages[-1]
    assert "1-888-373-7888" in pages[-1]


def test_every_page_has_page_x_of_y_date_rules_version_and_notice(fixture_rulebook, pages):
    version = fixture_rulebook.version
    for number, page in enumerate(pages, 1):
        assert f"Page {number} of {len(pages)}" in page
        assert "Made 2026-11-22" in page and f"Rules {version}" in page
        assert "Information, not legal advice" in page


def test_default_pdf_has_no_name_or_birth_date(fixture_rulebook):
    pdf = make(fixture_rulebook)
    text = " ".join(words(pdf))
    assert "Made for" not in text
    assert "1990" not in text  # the date of birth is never printed
    metadata = PdfReader(io.BytesIO(pdf)).metadata
    assert metadata.author in ("", None) and metadata.title == "Your filing checklist"


def test_name_typed_for_the_pdf_is_printed_once_and_not_in_metadata(fixture_rulebook):
    pdf = make(fixture_rulebook, name="Ana Example")
    pages = words(pdf)
    assert "Made for: Ana Example" in pages[0]
    assert sum("Ana Example" in page for page in pages) == 1
    assert "Ana" not in str(PdfReader(io.BytesIO(pdf)).metadata)


def test_typed_text_prints_literally_and_never_crashes(fixture_rulebook):
    data = {**SCREENING, "records": [{**RECORD, "offense_description": HOSTILE},
                                      {**RECORD, "offense_description": "x" * 500},
                                      {**RECORD, "offense_description": "Vietnamese: tiếng Việt, 漢字 😀"}]}
    text = " ".join(words(make(fixture_rulebook, data, name="<b>Ana</b> & <i>")))
    assert '<script>alert(1)</script> <b>bold</b> <para> & &amp; <font size="60">big</font> end' in text
    assert "Made for: <b>Ana</b> & <i>" in text
    assert "x" * 60 in text  # a long word is split across lines, not cut off


def test_checklist_blocks_are_plain_text_for_other_renderers(fixture_rulebook):
    screening = parse_screening(SCREENING)
    checklist = build_checklist(screening, evaluate(screening, fixture_rulebook), fixture_rulebook,
                                made_on=MADE_ON)
    assert "{page}" in checklist.footer and "Made 2026-11-22" in checklist.footer
    assert {block.kind for block in checklist.blocks} >= {"title", "heading", "box", "table", "page_break"}
    assert "Fixture Code § 1" in checklist.text


# --- the templates: every sentence from forms_templates/, checked at start --------------------

def test_shipped_templates_load_and_cover_every_relief():
    templates = load_templates()
    assert set(templates.reliefs) == {"vacatur", "expungement", "sealing", "set_aside", "affirmative_defense",
                                      "other"}


@pytest.mark.parametrize("change, field, words_", [
    ("Where to file: {court}.", "reliefs.vacatur[2].items[0]", "names {courthouse}"),
    ("  other: *filing\n", "reliefs", "missing: other"),
    ("  affirmative_defense:\n", "reliefs.not_a_relief[key]", "Input should be 'vacatur'"),
    ("Made for: {name}", "document.made_for", "names {nam}"),
    ("          mark: bullet", "reliefs.vacatur[4].items[4].mark", "Input should be"),
], ids=["unknown-fact", "missing-relief", "unknown-relief", "typo-in-placeholder", "bad-mark"])
def test_broken_templates_name_file_field_and_reason(tmp_path, change, field, words_):
    text = (FORMS_DIR / "checklist.yaml").read_text()
    broken = {"Where to file: {court}.": "Where to file: {courthouse}.",
              "  other: *filing\n": "",
              "  affirmative_defense:\n": "  not_a_relief:\n",
              "Made for: {name}": "Made for: {nam}",
              "          mark: bullet": "          mark: star"}[change]
    assert change in text
    folder = tmp_path / "forms_templates"
    folder.mkdir()
    (folder / "checklist.yaml").write_text(text.replace(change, broken, 1))
    with pytest.raises(FormsError) as error:
        load_templates(folder)
    problems = error.value.problems
    assert all(file == "forms_templates/checklist.yaml" for file, _, _ in problems)
    assert any(f == field and words_ in reason for _, f, reason in problems), problems


def test_a_translation_reaches_every_sentence_and_is_checked(fixture_rulebook, tmp_path):
    spanish = load_templates(FORMS_DIR, translate=lambda s: s.replace("Step", "Paso").replace("Page", "Página"))
    pages = words(make(fixture_rulebook, templates=spanish))
    assert "Paso 1." in " ".join(pages) and pages[0].count("Página 1 of") == 1
    with pytest.raises(FormsError, match="names {court}"):
        load_templates(FORMS_DIR, translate=lambda s: s.replace("{name}", "{court}"))


def test_gettext_extraction_finds_every_sentence_once():
    with open(FORMS_DIR / "checklist.yaml", "rb") as handle:
        messages = [message for _, _, message, _ in extract_messages(handle, (), (), {})]
    assert "Where to file: {court}." in messages and "Your filing checklist" in messages
    assert len(messages) == len(set(messages))
    assert "records" not in messages and "none" not in messages  # names (each:, mark:) are not sentences


# --- the command line and the API --------------------------------------------------------------

def test_cli_writes_the_pdf(fixture_rules_dir, tmp_path):
    out = tmp_path / "out.pdf"
    run = cli("checklist", "-", "-o", str(out), "--name", "Ana", stdin=json.dumps(SCREENING).encode(),
              rules=fixture_rules_dir)
    assert run.returncode == 0, run.stderr
    assert run.stdout == b""
    assert "Made for: Ana" in words(out.read_bytes())[0]


@pytest.mark.parametrize("stdin, message", [
    (b"{not json", "not valid JSON at line 1"),
    (json.dumps({**SCREENING, "person": {}}).encode(), "person.trafficking_type: is required"),
    (json.dumps([SCREENING]).encode(), "a checklist is for one person"),
], ids=["broken-json", "missing-field", "a-list"])
def test_cli_bad_input_exits_2_and_writes_nothing(fixture_rules_dir, tmp_path, stdin, message):
    out = tmp_path / "out.pdf"
    run = cli("checklist", "-", "-o", str(out), stdin=stdin, rules=fixture_rules_dir)
    assert run.returncode == 2 and run.stdout == b"" and not out.exists()
    assert message in run.stderr.decode() and b"Traceback" not in run.stderr


@pytest.fixture()
def client(fixture_rules_dir):
    from screener.web import create_app
    return create_app({"RULES_DIR": str(fixture_rules_dir), "TESTING": True}).test_client()


def test_api_answers_a_pdf(client):
    response = client.post("/api/v1/checklist", json={**SCREENING, "checklist": {"name": "Ana"}})
    assert response.status_code == 200
    assert response.mimetype == "application/pdf"
    assert response.headers["Cache-Control"] == "no-store"
    assert "attachment" in response.headers["Content-Disposition"]
    assert "Made for: Ana" in words(response.data)[0]


@pytest.mark.parametrize("body, field", [
    ({**SCREENING, "records": [{**RECORD, "level": "x"}]}, "records[0].level"),
    ([SCREENING], "(the screening)"),
    ({**SCREENING, "checklist": {"name": 5}}, "checklist.name"),
    ({**SCREENING, "checklist": {"nmae": "Ana"}}, "checklist.nmae"),
], ids=["bad-level", "a-list", "name-not-text", "unknown-option"])
def test_api_bad_input_is_422_with_field_errors(client, body, field):
    response = client.post("/api/v1/checklist", json=body)
    assert response.status_code == 422
    assert field in [error["field"] for error in response.json["errors"]]


def test_api_field_errors_match_the_screen_endpoint(client):
    bad = {**SCREENING, "records": [{**RECORD, "age_at_offense": None}]}
    assert client.post("/api/v1/checklist", json=bad).json == client.post("/api/v1/screen", json=bad).json


def test_parse_checklist_request_keeps_the_contract_strict():
    with pytest.raises(ScreeningError) as error:
        parse_checklist_request({**SCREENING, "checklist": "Ana", "extra": 1})
    assert {e.field for e in error.value.errors} == {"checklist", "extra"}


# --- pages rendered to PNG for a person to look at ---------------------------------------------

def render_pngs(pdf: bytes, name: str) -> list[Path]:
    """Writes test-output/checklist/NAME.pdf and NAME-N.png (git-ignored) and returns the PNGs."""
    if not shutil.which("pdftoppm"):
        if os.environ.get("CI") == "true":
            pytest.fail("pdftoppm is missing: scripts/install-system-packages installs poppler-utils")
        pytest.skip("pdftoppm is missing (poppler-utils): run scripts/install-system-packages")
    OUTPUT.mkdir(parents=True, exist_ok=True)
    for old in OUTPUT.glob(f"{name}-*.png"):
        old.unlink()
    (OUTPUT / f"{name}.pdf").write_bytes(pdf)
    subprocess.run(["pdftoppm", "-png", "-r", "80", str(OUTPUT / f"{name}.pdf"), str(OUTPUT / name)], check=True)
    return sorted(OUTPUT.glob(f"{name}-*.png"))


def test_pages_render_to_png(fixture_rulebook):
    pdf = make(fixture_rulebook, {**SCREENING, "records": SCREENING["records"] + [
        {**RECORD, "offense_description": HOSTILE}]}, name="Ana Example")
    pngs = render_pngs(pdf, "fixture")
    assert len(pngs) == len(PdfReader(io.BytesIO(pdf)).pages)
    assert all(png.stat().st_size > 1000 for png in pngs)


def test_a_box_longer_than_a_page_splits_and_keeps_every_word():
    from screener.checklist import Block, Checklist
    from screener.pdf import render_pdf
    long = " ".join(f"word{i}" for i in range(1500))
    pages = words(render_pdf(Checklist("Page {page} of {pages}", [Block("box", long), Block("text", "after")])))
    assert len(pages) >= 2
    assert "word0 " in pages[0] and "word1499 after" in pages[-1]
    assert all(f"Page {n} of {len(pages)}" in page for n, page in enumerate(pages, 1))
