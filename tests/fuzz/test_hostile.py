"""Oversized and hostile input, each with its limit and a clear message: never a crash, never a
slow death. Huge bodies, thousands of records or screenings, deep nesting, wrong content types,
invalid UTF-8, numbers too long to read, escapes that stand for no character, script tags in free
text (escaped in pages, data in JSON, printed literally in the PDF), long strings anywhere, and a
broken rules file at start-up."""
from __future__ import annotations

import io
import json
import random
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest
from pypdf import PdfReader

from screener.checklist import MAX_NAME
from screener.contract import MAX_BULK_RECORDS, MAX_ERRORS, MAX_RECORDS, MAX_SCREENINGS
from screener.rulebook import RulesError
from screener.web import create_app
from tests.conftest import make_rules_dir
from tests.fuzz.test_cli import run_cli
from tests.test_cli import SCREENING

ROOT = Path(__file__).resolve().parents[2]
RECORD = {**SCREENING["records"][0], "jurisdiction": "NY"}
ONE = {**SCREENING, "records": [RECORD]}
SCRIPT = "<script>alert('x')</script>"


@pytest.fixture()
def client(fuzz_app):
    return fuzz_app.test_client()


def post(client, path: str, body, **kwargs):
    data = body if isinstance(body, bytes) else json.dumps(body).encode()
    return client.post(path, data=data, content_type=kwargs.pop("content_type", "application/json"), **kwargs)


def message(response) -> str:
    return " ".join(f"{e['field']}: {e['message']}" for e in response.json["errors"])


# --- sizes -------------------------------------------------------------------------------------

@pytest.mark.parametrize("path", ["/api/v1/screen", "/api/v1/checklist", "/api/v1/offenses/match"])
def test_a_body_over_the_limit_is_413_with_the_limit_named(client, path):
    response = post(client, path, b"[" + b"1," * (1024 * 1024 + 10) + b"1]")
    assert response.status_code == 413
    assert "larger than 2 MiB" in message(response) and "fewer" in message(response)


def test_more_records_than_one_person_has_are_refused(client):
    response = post(client, "/api/v1/screen", {**ONE, "records": [RECORD] * (MAX_RECORDS + 1)})
    assert response.status_code == 422
    assert message(response) == f"records: is too long: at most {MAX_RECORDS} records"


def test_the_most_records_allowed_are_screened_in_time(client):
    """500 records, each with 500 characters of made-up words (the costliest text to match): seconds."""
    rng = random.Random(7)
    words = lambda: " ".join("".join(rng.choice("abcdefghijklmnoprstu") for _ in range(rng.randint(5, 12)))  # noqa: E731
                             for _ in range(60))[:500]
    records = [{**RECORD, "offense_description": words()} for _ in range(MAX_RECORDS)]
    started = time.monotonic()
    response = post(client, "/api/v1/screen", {**ONE, "records": records})
    assert response.status_code == 200 and len(response.json["records"]) == MAX_RECORDS
    assert time.monotonic() - started < 15


def test_a_bulk_array_has_a_cap_on_screenings_and_records(client):
    small = {"person": {"trafficking_type": "sex"}, "records": [{**RECORD, "age_at_offense": 1}]}
    response = post(client, "/api/v1/screen", [small] * (MAX_SCREENINGS + 1))
    assert response.status_code == 422
    assert f"at most {MAX_SCREENINGS} at once; split it" in message(response)
    per = MAX_RECORDS
    many = [{**small, "records": small["records"] * per}] * (MAX_BULK_RECORDS // per + 1)
    response = post(client, "/api/v1/screen", many)
    assert response.status_code == 422
    assert f"at most {MAX_BULK_RECORDS} at once" in message(response)
    assert post(client, "/api/v1/screen", [small] * MAX_SCREENINGS).status_code == 200


def test_a_flood_of_errors_is_cut_to_a_page(client):
    bad = {**ONE, "records": [{**RECORD, "level": "x", "record_type": "y"}] * 200}
    response = post(client, "/api/v1/screen", bad)
    errors = response.json["errors"]
    assert response.status_code == 422 and len(errors) == MAX_ERRORS + 1
    assert errors[-1] == {"field": "(the screening)", "message": "and 300 more problems: fix these first"}


@pytest.mark.parametrize("body, field, words", [
    ({**ONE, "x" * 100_000: 1}, "x" * 60 + "...", "is not a field"),
    ({**ONE, "records": [{**RECORD, "jurisdiction": "N" * 100_000}]}, "records[0].jurisdiction", "two-letter code"),
    ({**ONE, "records": [{**RECORD, "offense_description": "d" * 501}]}, "records[0].offense_description",
     "at most 500 characters"),
    ({**ONE, "as_of": "2" * 100_000}, "as_of", "YYYY-MM-DD"),
    ({**ONE, "person": {"trafficking_type": "s" * 100_000}}, "person.trafficking_type", "must be one of"),
], ids=["unknown-field", "jurisdiction", "description", "date", "choice"])
def test_long_strings_anywhere_get_a_short_answer(client, body, field, words):
    response = post(client, "/api/v1/screen", body)
    assert response.status_code == 422 and len(response.data) < 2000
    assert any(e["field"] == field and words in e["message"] for e in response.json["errors"]), response.json


def test_long_strings_in_the_other_endpoints(client):
    assert "at most 500 characters" in message(post(client, "/api/v1/offenses/match", {"text": "t" * 501}))
    response = post(client, "/api/v1/checklist", {**ONE, "checklist": {"name": "n" * (MAX_NAME + 1)}})
    assert response.status_code == 422 and f"at most {MAX_NAME} characters" in message(response)


# --- shapes and encodings ------------------------------------------------------------------------

@pytest.mark.parametrize("data, content_type, status, words", [
    (b"[" * 100_000 + b"]" * 100_000, "application/json", 422, "nested too deeply"),
    (b'{"person": ' + b"9" * 5000 + b"}", "application/json", 422, "number too long"),
    (b"\xff\xfe{\x00}\x00", "application/json", 422, "not UTF-8"),
    ('{"a": "caf\u00e9"}'.encode("latin-1"), "application/json", 422, "not UTF-8"),
    (b"\xef\xbb\xbf{}", "application/json", 422, "not valid JSON"),
    (b"NaN", "application/json", 422, "must be a JSON object"),
    (json.dumps(ONE).encode(), "text/plain", 415, "Content-Type: application/json"),
    (json.dumps(ONE).encode(), "multipart/form-data; boundary=x", 415, "Content-Type: application/json"),
    (json.dumps(ONE).encode(), "application/xml", 415, "Content-Type: application/json"),
], ids=["deep", "big-int", "utf-16", "latin-1", "bom", "nan", "text", "multipart", "xml"])
def test_bodies_that_are_not_a_screening_get_a_clear_message(client, data, content_type, status, words):
    for path in ("/api/v1/screen", "/api/v1/checklist"):
        response = post(client, path, data, content_type=content_type)
        assert response.status_code == status, (path, response.data[:200])
        assert words in message(response), response.json


def test_nesting_inside_a_field_is_just_a_wrong_type(client):
    deep = json.loads("[" * 900 + "]" * 900)
    response = post(client, "/api/v1/screen", {**ONE, "person": deep, "records": [deep]})
    assert response.status_code == 422
    assert {e["field"] for e in response.json["errors"]} == {"person", "records[0]"}


def test_escapes_that_stand_for_no_character_are_named(client):
    body = json.dumps({**ONE, "records": [{**RECORD, "offense_description": "a\ud800b"}]}).encode()
    response = post(client, "/api/v1/screen", body)
    assert response.status_code == 422
    assert "records[0].offense_description: must be text without escapes" in message(response)


def test_wrong_json_types_are_never_guessed(client):
    """false is no age, "no" no answer to a yes-or-no question, 0 no date."""
    for record, person, field in [({"age_at_offense": False}, {}, "records[0].age_at_offense"),
                                  ({"age_at_offense": "17"}, {}, "records[0].age_at_offense"),
                                  ({"offense_date": 0}, {}, "records[0].offense_date"),
                                  ({"offense_date": "2012-05-01T00:00:00"}, {}, "records[0].offense_date"),
                                  ({}, {"official_documentation": "no"}, "person.official_documentation"),
                                  ({}, {"trafficking_ended_on": 86400}, "person.trafficking_ended_on")]:
        body = {**ONE, "person": {**ONE["person"], **person}, "records": [{**RECORD, **record}]}
        response = post(client, "/api/v1/screen", body)
        assert response.status_code == 422 and response.json["errors"][0]["field"] == field, (record, person)


# --- script tags ---------------------------------------------------------------------------------

def test_script_in_free_text_stays_data_in_json(client):
    described = {**RECORD, "offense_category": "theft", "offense_description": f"{SCRIPT} prostitution loitering"}
    response = post(client, "/api/v1/screen", {**ONE, "records": [described]})
    assert response.status_code == 200 and response.mimetype == "application/json"
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    warnings = " ".join(response.json["records"][0]["warnings"])
    assert SCRIPT in warnings  # the same characters, as data: the JSON is not HTML
    matches = post(client, "/api/v1/offenses/match", {"text": SCRIPT})
    assert matches.status_code == 200 and matches.json == []


def test_script_in_free_text_is_escaped_on_every_page(fuzz_app):
    from tests.fuzz.test_forms import token
    client = fuzz_app.test_client()
    csrf = token(client)
    for url, data in [("/about/trafficking", {"trafficking_type": "sex"}),
                      ("/about/ended", {"ended": "no"}), ("/about/papers", {"official_documentation": "no"}),
                      ("/about/about-you", {"citizenship": "unknown"})]:
        client.post(url, data={"csrf_token": csrf, **data})
    record = {"jurisdiction": "NY", "offense_category": "theft", "level": "misdemeanor", "record_type": "arrest",
              "age_at_offense": "20", "related_to_trafficking": "yes",
              "offense_description": f"{SCRIPT} prostitution loitering", "action": "save"}
    assert client.post("/records/new", data={"csrf_token": csrf, **record}).status_code == 302
    pages = {url: client.get(url).get_data(as_text=True) for url in ("/records", "/records/0", "/review", "/results")}
    pages["refused"] = client.post("/records/new", data={"csrf_token": csrf, **record, "level": SCRIPT}
                                   ).get_data(as_text=True)
    pages["pick"] = client.post("/records/new", data={"csrf_token": csrf, **record, "action": f"pick:{SCRIPT}"}
                                ).get_data(as_text=True)
    pages["next"] = client.get("/about/papers", query_string={"next": SCRIPT}).get_data(as_text=True)
    for url, page in pages.items():
        assert "<script>alert" not in page, url
    assert "&lt;script&gt;alert(" in pages["/records"] and "&lt;script&gt;alert(" in pages["/results"]
    pdf = client.post("/results/checklist.pdf", data={"csrf_token": csrf, "name": SCRIPT})
    assert pdf.mimetype == "application/pdf"
    assert SCRIPT in pdf_text(pdf.data)  # printed as typed: the PDF has no markup to run


def pdf_text(pdf: bytes) -> str:
    return " ".join(" ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(pdf)).pages)


def test_script_and_control_characters_print_literally_in_the_api_pdf(client):
    hostile = f"{SCRIPT} <b>bold</b> &amp; \x00\x1b[31m"
    body = {**ONE, "records": [{**RECORD, "offense_description": hostile}], "checklist": {"name": SCRIPT}}
    response = post(client, "/api/v1/checklist", body)
    assert response.status_code == 200
    text = pdf_text(response.data)
    assert SCRIPT in text and "<b>bold</b> &amp;" in text


def test_a_full_visit_refuses_more_records_with_a_message(fuzz_app):
    """40 records, or fewer long ones, fill a visit; the next is refused with words, none is lost."""
    from tests.fuzz.test_forms import token
    client = fuzz_app.test_client()
    csrf = token(client)
    rng = random.Random(1)
    record = {"jurisdiction": "NY", "offense_category": "theft", "level": "misdemeanor", "record_type": "arrest",
              "age_at_offense": "20", "related_to_trafficking": "yes", "action": "save"}
    saved = 0
    for _ in range(45):
        text = "".join(chr(rng.randint(0x4e00, 0x9fff)) for _ in range(rng.randint(100, 500)))
        response = client.post("/records/new", data={"csrf_token": csrf, **record, "offense_description": text})
        if response.status_code == 302:
            saved += 1
            continue
        page = response.get_data(as_text=True)
        assert response.status_code == 200 and "cannot hold more records" in page
        break
    else:
        pytest.fail("the visit never filled")
    assert client.get("/records").get_data(as_text=True).count('class="record-item"') == saved


# --- the command line, for real ------------------------------------------------------------------

def cli(*args, stdin: bytes = b"", rules: Path | None = None) -> subprocess.CompletedProcess:
    command = [sys.executable, "-m", "screener", *(["--rules", str(rules)] if rules else []), *args]
    return subprocess.run(command, input=stdin, capture_output=True, cwd=ROOT, timeout=120)


@pytest.mark.parametrize("stdin, words", [
    (b'{"person": ' + b"9" * 5000 + b"}", "number too long"),
    (json.dumps({**ONE, "records": [{**RECORD, "offense_description": "\ud800"}]}).encode(),
     "records[0].offense_description: must be text without escapes"),
    (json.dumps([ONE] * (MAX_SCREENINGS + 1)).encode(), f"at most {MAX_SCREENINGS} at once"),
], ids=["big-int", "lone-surrogate", "too-many-screenings"])
def test_the_cli_names_the_problem_without_a_traceback(stdin, words):
    run = cli("screen", "-", stdin=stdin)
    assert run.returncode == 2 and run.stdout == b""
    assert words in run.stderr.decode() and b"Traceback" not in run.stderr


def test_the_cli_prints_any_character_a_result_holds():
    described = {**RECORD, "offense_category": "theft", "offense_description": "prostitution loitering \U0001f600 é"}
    code, out, err = run_cli(json.dumps({**ONE, "records": [described]}).encode())
    assert code == 0 and "\U0001f600 é" in out.decode("utf-8")


# --- broken rules at start-up --------------------------------------------------------------------

BROKEN = {
    "schema": lambda r: (r / "jurisdictions/AK.yaml").write_text(
        (r / "jurisdictions/AK.yaml").read_text().replace("relief: vacatur", "relief: pardon-ish", 1)),
    "yaml": lambda r: (r / "jurisdictions/AK.yaml").write_text("code: AK\n  laws: [\n"),
    "not-utf8": lambda r: (r / "offenses.yaml").write_bytes(b"prostitution: \xff\n"),
    "folder": lambda r: (r / "jurisdictions/ZZ.yaml").mkdir(),
    "nested": lambda r: (r / "jurisdictions/AK.yaml").write_text("[" * 700 + "]" * 700),
}
NAMED = {"schema": ("jurisdictions/AK.yaml", "laws[0].relief"), "yaml": ("jurisdictions/AK.yaml", "(file)"),
         "not-utf8": ("offenses.yaml", "(file)"), "folder": ("jurisdictions/ZZ.yaml", "(file)"),
         "nested": ("jurisdictions/AK.yaml", "(file)")}


@pytest.mark.parametrize("kind", sorted(BROKEN))
def test_a_broken_rules_file_stops_start_up_naming_file_and_field(tmp_path, kind):
    rules = make_rules_dir(tmp_path / "rules")
    BROKEN[kind](rules)
    file, field = NAMED[kind]
    with pytest.raises(RulesError) as stopped:
        create_app({"RULES_DIR": str(rules), "SECRET_KEY": "test"})
    assert any(problem[0].endswith(file) and problem[1] == field for problem in stopped.value.problems), \
        stopped.value.problems
    run = cli("screen", "-", stdin=json.dumps(ONE).encode(), rules=rules)
    assert run.returncode == 1 and run.stdout == b"" and b"Traceback" not in run.stderr
    assert re.search(rf"screener: rules: \S*{re.escape(file)}: {re.escape(field)}: ", run.stderr.decode())


def test_a_missing_rules_folder_is_named(tmp_path):
    with pytest.raises(RulesError, match="is not a folder"):
        create_app({"RULES_DIR": str(tmp_path / "nowhere"), "SECRET_KEY": "test"})
    run = cli("rules", "check", rules=tmp_path / "nowhere")
    assert run.returncode == 1 and b"nowhere: (folder): is not a folder" in run.stderr


def test_a_form_post_over_the_limit_gets_a_page_with_the_quick_exit(fuzz_app):
    from tests.fuzz.test_forms import token
    client = fuzz_app.test_client()
    for size in (600 * 1024, 3 * 1024 * 1024):  # over the form's memory limit, over the body limit
        response = client.post("/records/new", data={"csrf_token": token(client), "offense_description": "x" * size})
        page = response.get_data(as_text=True)
        assert response.status_code == 413
        assert 'id="quick-exit"' in page and "too long for this page" in page
