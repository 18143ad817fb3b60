"""The questionnaire through Flask's test client: validation, nothing lost, safety and privacy."""
import json
import re
import time
import zlib

import pytest
from cryptography.fernet import InvalidToken
from flask import session
from flask_wtf.csrf import validate_csrf
from itsdangerous import URLSafeTimedSerializer
from wtforms.validators import ValidationError

from screener.web import create_app
from screener.web.security import HEADERS


@pytest.fixture()
def app(fixture_rules_dir):
    return create_app({"RULES_DIR": str(fixture_rules_dir), "TESTING": True, "SECRET_KEY": "test",
                       "QUICK_EXIT_URL": "https://neutral.example/"})


@pytest.fixture()
def client(app):
    return app.test_client()


def token(client):
    """The visit's CSRF token, as every page carries it (the footer's start-over form)."""
    page = client.get("/").get_data(as_text=True)
    return re.search(r'name="csrf_token" value="([^"]+)"', page).group(1)


def post(client, url, data, **kwargs):
    return client.post(url, data={"csrf_token": token(client), **data}, **kwargs)


RECORD = {"jurisdiction": "AK", "offense_description": "PL 230.00", "offense_category": "prostitution",
          "level": "misdemeanor", "record_type": "conviction", "age_at_offense": "19",
          "offense_date": "", "disposition_date": "", "related_to_trafficking": "yes"}


def answer_person(client):
    post(client, "/about/trafficking", {"trafficking_type": "sex"})
    post(client, "/about/ended", {"ended": "yes", "ended_on": "2022-06-01"})
    post(client, "/about/papers", {"official_documentation": "no"})
    post(client, "/about/about-you", {"date_of_birth": "", "citizenship": "noncitizen"})


def test_full_screening_reaches_results(client):
    answer_person(client)
    response = post(client, "/records/new", {**RECORD, "action": "save"})
    assert response.status_code == 302 and response.headers["Location"].endswith("/records")
    post(client, "/records/new", {**RECORD, "jurisdiction": "AL", "action": "save"})
    results = client.get("/results").get_data(as_text=True)
    assert "Can likely be cleared" in results
    assert "Fixture Code § 1" in results
    assert "No survivor law in this place" in results
    assert "immigration" in results  # the non-citizen is warned


@pytest.mark.parametrize("url, data, field, words", [
    ("/about/trafficking", {}, "trafficking_type", "Choose the kind of trafficking"),
    ("/about/trafficking", {"trafficking_type": "other"}, "trafficking_type", "Not a valid choice"),
    ("/about/ended", {"ended": "yes", "ended_on": ""}, "ended_on", "Enter the date it ended"),
    ("/about/ended", {"ended": "yes", "ended_on": "31/31/2019"}, "ended_on", "Enter a real date"),
    ("/about/papers", {}, "official_documentation", "Choose yes, no or not sure"),
    ("/about/about-you", {"date_of_birth": "1890-01-01"}, "date_of_birth", "Enter a real date"),
    ("/records/new", {**RECORD, "jurisdiction": ""}, "jurisdiction", "Choose the state"),
    ("/records/new", {**RECORD, "jurisdiction": "ZZ"}, "jurisdiction", "Not a valid choice"),
    ("/records/new", {**RECORD, "offense_category": ""}, "offense_category", "Choose the kind of offense"),
    ("/records/new", {**RECORD, "level": ""}, "level", "Choose how serious"),
    ("/records/new", {**RECORD, "record_type": ""}, "record_type", "Choose what happened"),
    ("/records/new", {**RECORD, "age_at_offense": "seventeen"}, "age_at_offense", "whole number"),
    ("/records/new", {**RECORD, "age_at_offense": "130"}, "age_at_offense", "from 0 to 120"),
    ("/records/new", {**RECORD, "age_at_offense": ""}, "age_at_offense", "Enter your age then"),
    ("/records/new", {**RECORD, "offense_date": "2099-01-01"}, "offense_date", "in the future"),
    ("/records/new", {**RECORD, "offense_date": "2015-01-01", "disposition_date": "2014-01-01"},
     "disposition_date", "cannot end before"),
    ("/records/new", {**RECORD, "offense_description": "x" * 501}, "offense_description", "500 characters"),
    ("/records/new", {**RECORD, "related_to_trafficking": ""}, "related_to_trafficking", "Choose yes, no"),
], ids=lambda value: value if isinstance(value, str) and len(value) < 40 else None)
def test_every_field_answers_bad_input_with_a_message_and_keeps_the_rest(client, url, data, field, words):
    answer_person(client) if url.startswith("/records") else None
    response = post(client, url, {**data, "action": "save"})
    page = response.get_data(as_text=True)
    assert response.status_code == 200
    assert words in page
    assert 'class="error-summary"' in page and f'href="#{field}' in page
    if url.startswith("/records") and field != "offense_description":
        assert 'value="PL 230.00"' in page  # what was typed is still there


def test_age_must_match_dates_when_all_are_given(client):
    answer_person(client)
    post(client, "/about/about-you", {"date_of_birth": "2000-01-01", "citizenship": "unknown"})
    page = post(client, "/records/new", {**RECORD, "age_at_offense": "25", "offense_date": "2015-01-01",
                                         "action": "save"}).get_data(as_text=True)
    assert "does not match your date of birth" in page


def test_suggest_without_javascript_offers_categories_and_keeps_answers(client):
    answer_person(client)
    page = post(client, "/records/new", {**RECORD, "offense_category": "", "action": "suggest"}).get_data(as_text=True)
    assert 'value="pick:prostitution"' in page
    picked = post(client, "/records/new", {**RECORD, "offense_category": "", "action": "pick:prostitution"})
    assert '<option selected value="prostitution">' in picked.get_data(as_text=True)


def test_answers_survive_going_back_and_forth(client):
    answer_person(client)
    assert 'value="2022-06-01"' in client.get("/about/ended").get_data(as_text=True)
    assert 'checked id="trafficking_type-0"' in client.get("/about/trafficking").get_data(as_text=True)
    post(client, "/records/new", {**RECORD, "action": "save"})
    edit = client.get("/records/0").get_data(as_text=True)
    assert 'value="PL 230.00"' in edit and 'value="19"' in edit


def test_change_from_review_returns_to_review(client):
    answer_person(client)
    response = post(client, "/about/papers?next=review", {"official_documentation": "yes"})
    assert response.headers["Location"].endswith("/review")
    evil = post(client, "/about/papers?next=https://evil.example", {"official_documentation": "yes"})
    assert evil.headers["Location"].endswith("/about/about-you")


def test_edit_and_remove_records(client):
    answer_person(client)
    post(client, "/records/new", {**RECORD, "action": "save"})
    post(client, "/records/new", {**RECORD, "jurisdiction": "AL", "action": "save"})
    post(client, "/records/0", {**RECORD, "offense_category": "theft", "action": "save"})
    page = client.get("/records").get_data(as_text=True)
    assert "Taking things" in page
    post(client, "/records/0/remove", {})
    page = client.get("/records").get_data(as_text=True)
    assert "Taking things" not in page and "You added 1 record." in page


def test_csrf_is_required(client):
    answer_person(client)
    response = client.post("/about/trafficking", data={"trafficking_type": "sex"})
    assert response.status_code == 400
    assert "This page was open too long" in response.get_data(as_text=True)
    assert 'id="quick-exit"' in response.get_data(as_text=True)
    assert client.post("/start-over").status_code == 400


def page_tokens(client, url):
    return set(re.findall(r'name="csrf_token" (?:type="hidden" )?value="([^"]+)"', client.get(url).get_data(as_text=True)))


def test_the_pages_form_token_is_flask_wtfs_own(app, client):
    """Pages with no form object sign their token themselves (screener/web/form_token.py, to skip
    a zlib attempt): it must read as Flask-WTF's own token and pass its check."""
    page_tokens(client, "/")  # a visit's first page: Flask-WTF makes the raw token
    (signed,) = page_tokens(client, "/")  # the welcome page makes no form: its token is signed here
    with client.session_transaction() as visit:
        raw = visit["csrf_token"]
    assert URLSafeTimedSerializer(app.secret_key, salt="wtf-csrf-token").loads(signed) == raw
    with app.test_request_context():
        session["csrf_token"] = raw
        validate_csrf(signed)  # raises when Flask-WTF would refuse it
        with pytest.raises(ValidationError):
            validate_csrf(signed[:-2] + ("AA" if not signed.endswith("AA") else "BB"))
    answer_person(client)
    assert client.post("/about/trafficking", data={"csrf_token": signed, "trafficking_type": "labor"}).status_code == 302
    # Where a page makes a form, Flask-WTF signs first and the page's other forms show its token.
    assert len(page_tokens(client, "/records/new")) == 1


def test_security_headers_on_every_response(client):
    for url in ["/", "/about/trafficking", "/records", "/review", "/healthz", "/nowhere", "/static/app.css"]:
        response = client.get(url)
        for name, value in HEADERS.items():
            if not (name == "Cache-Control" and url.startswith("/static/")):  # CSS may be cached
                assert response.headers.get(name) == value, (url, name)
    page = client.get("/").get_data(as_text=True)
    assert "<script>" not in page and "onclick" not in page  # no inline script: the CSP forbids it
    assert "http://" not in page and "https://" not in page.replace("https://neutral.example/", "")


def test_start_over_erases_the_answers(client):
    answer_person(client)
    response = post(client, "/start-over", {})
    assert response.status_code == 302
    assert "Your answers were erased" in client.get("/").get_data(as_text=True)
    assert "checked" not in client.get("/about/trafficking").get_data(as_text=True)


def test_quick_exit_erases_and_leaves_for_a_neutral_site(client):
    answer_person(client)
    response = client.get("/exit")
    assert response.status_code == 303 and response.headers["Location"] == "https://neutral.example/"
    assert "checked" not in client.get("/about/trafficking").get_data(as_text=True)
    assert 'id="quick-exit"' in client.get("/records").get_data(as_text=True)


def test_the_visit_cookie_is_encrypted_and_expires(app, client):
    answer_person(client)
    post(client, "/records/new", {**RECORD, "action": "save"})
    cookie = client.get_cookie("visit")
    assert cookie is not None and cookie.expires is None  # ends with the browser
    assert "PL 230.00" not in cookie.value and "prostitution" not in cookie.value
    app.config["VISIT_IDLE_SECONDS"] = 0
    import time
    time.sleep(1.1)
    assert "checked" not in client.get("/about/trafficking").get_data(as_text=True)


def test_the_visit_cookie_is_sealed_and_a_cookie_of_the_fernet_format_still_opens(app, client):
    """The cookie is AES-GCM sealed: any changed byte, a token from another key, or one past its
    idle time opens as an empty visit; a visit begun before the upgrade (a Fernet token, the format
    of before) keeps its answers."""
    import base64
    import hashlib

    from cryptography.fernet import Fernet

    from screener.web import visit
    answer_person(client)
    post(client, "/records/new", {**RECORD, "action": "save"})
    token = client.get_cookie("visit").value
    sealed = base64.urlsafe_b64decode(token)
    assert sealed[:1] == visit.VERSION
    answers = app.session_interface.decode(app, token)["answers"]
    assert answers["records"][0]["jurisdiction"] == RECORD["jurisdiction"]
    for position in (0, 3, visit.HEADER, visit.HEADER + visit.NONCE, len(sealed) - 1):  # version, time, nonce, body, tag
        altered = bytearray(sealed)
        altered[position] ^= 1
        with pytest.raises((InvalidToken, ValueError)):
            app.session_interface.decode(app, base64.urlsafe_b64encode(bytes(altered)).decode())
    other = type("App", (), {"secret_key": "another secret"})()
    with pytest.raises(InvalidToken):
        app.session_interface.decode(other, token)
    client.set_cookie("visit", token[:-4] + ("AAAA" if token[-4:] != "AAAA" else "BBBB"))
    assert client.get("/results").status_code == 302  # an altered cookie: an empty visit, back to the start
    with pytest.raises(InvalidToken):  # made in the future, beyond the clock skew allowed
        future = visit.VERSION + (int(time.time()) + 3600).to_bytes(visit.HEADER - 1, "big")
        app.session_interface.decode(app, base64.urlsafe_b64encode(future + sealed[visit.HEADER:]).decode())
    # A Fernet token made with the key of before opens with its answers, and is re-sealed on the next change.
    key = base64.urlsafe_b64encode(hashlib.sha256(b"visit-session:" + app.secret_key.encode()).digest())
    raw = zlib.compress(json.dumps({"answers": answers}, separators=(",", ":")).encode())
    client.set_cookie("visit", Fernet(key).encrypt(raw).decode())
    assert client.get("/results").status_code == 200  # the answers are there: no question is missing
    post(client, "/records/new", {**RECORD, "action": "save"})
    resealed = client.get_cookie("visit").value
    assert base64.urlsafe_b64decode(resealed)[:1] == visit.VERSION
    assert len(app.session_interface.decode(app, resealed)["answers"]["records"]) == 2


def test_an_unchanged_visit_keeps_its_cookie_until_the_refresh_is_due(app, client):
    answer_person(client)
    post(client, "/records/new", {**RECORD, "action": "save"})
    client.get("/records")  # shows (and so erases) the "Record saved." message: a change
    first = client.get_cookie("visit").value
    reading = client.get("/results")
    assert client.get_cookie("visit").value == first
    assert reading.status_code == 200 and "Set-Cookie" not in reading.headers  # fresh: nothing to re-send
    assert "Cookie" in reading.headers["Vary"]
    app.config["VISIT_REFRESH_SECONDS"] = 0  # due: the idle timer restarts with a new token
    import time
    time.sleep(1.1)  # the cookie's timestamps count whole seconds
    client.get("/results")
    refreshed = client.get_cookie("visit").value
    assert refreshed != first
    assert app.session_interface.decode(app, refreshed) == app.session_interface.decode(app, first)
    app.config["VISIT_REFRESH_SECONDS"] = 3600  # a change is always written, however fresh
    post(client, "/records/new", {**RECORD, "action": "save"})
    assert len(app.session_interface.decode(app, client.get_cookie("visit").value)["answers"]["records"]) == 2


def test_results_before_answers_sends_to_the_first_question(client):
    response = client.get("/results")
    assert response.headers["Location"].endswith("/about/trafficking")


def test_out_of_range_record_index_is_not_an_error(client):
    assert client.get("/records/7").status_code == 302
    assert post(client, "/records", {}).status_code == 405


def test_checklist_pdf_from_the_results_page(client):
    answer_person(client)
    post(client, "/records/new", {**RECORD, "action": "save"})
    assert 'href="/results/checklist.pdf"' in client.get("/results").get_data(as_text=True)
    pdf = client.get("/results/checklist.pdf")
    assert pdf.status_code == 200 and pdf.mimetype == "application/pdf" and pdf.data.startswith(b"%PDF")
    from io import BytesIO
    from pypdf import PdfReader
    text = "".join(page.extract_text() for page in PdfReader(BytesIO(pdf.data)).pages)
    assert "Fixture Code § 1" in text and "Jane Roe" not in text
    named = post(client, "/results/checklist.pdf", {"name": "Jane Roe"})
    named_text = "".join(page.extract_text() for page in PdfReader(BytesIO(named.data)).pages)
    assert "Jane Roe" in named_text


def test_checklist_before_answers_goes_to_the_questions(client):
    assert client.get("/results/checklist.pdf").status_code == 302


def test_card_escaping_is_markupsafes_own_with_or_without_its_fast_path(monkeypatch):
    from markupsafe import Markup, escape

    from screener.web import cards
    samples = ['<script>"a" & \'b\'</script>', "plain words", "", "é ñ – 1-888-373-7888", Markup("<b>safe</b>")]
    for fast in (True, False):
        if not fast:
            monkeypatch.setattr(cards, "_escape_inner", None)
        for sample in samples:
            assert cards.escaped(sample) == str(escape(sample)) and type(cards.escaped(sample)) is str


def test_result_cards_escape_every_text_they_show(app):
    """The cards are written in Python (screener/web/cards.py), not by Jinja's autoescape: every
    text in them, from the rules or typed by a person, must come out as text, never as markup."""
    import datetime as dt

    from screener.contract import Record
    from screener.engine import Alternative, Determination, Reason, Result
    from screener.web.cards import result_cards

    hostile = '<script>alert(1)</script> "quoted" & \'single\''
    shown = "&lt;script&gt;alert(1)&lt;/script&gt; &#34;quoted&#34; &amp; &#39;single&#39;"
    record = Determination(
        index=0, jurisdiction="AK", outcome="possibly_eligible", relief="vacatur", citation=hostile + " 1",
        summary=hostile, reasons=[Reason("nexus", "unknown", hostile, hostile + " 2")],
        alternatives=[Alternative("sealing", hostile + " 3", "not_eligible", "title")], deadline=hostile,
        next_steps=[hostile], warnings=[hostile])
    answer = Record(jurisdiction="AK", offense_category="theft", level="misdemeanor", record_type="conviction",
                    age_at_offense=19, related_to_trafficking="unsure", offense_description=hostile)
    with app.test_request_context("/results"):
        page = str(result_cards(Result("test", dt.date(2026, 1, 1), [record]), [answer]))
    assert "<script>" not in page and "'single'" not in page and '"quoted"' not in page
    # The summary, the deadline, the warning, the reason and the step, plus the three citations.
    assert page.count(shown) == 8, page
    assert 'class="result-card outcome-possibly_eligible"' in page and "Record 1" in page
