"""The saved-screenings API (POST /api/v1/screenings, GET /api/v1/screenings/<id>) on SQLite and
PostgreSQL: bearer tokens made on the command line, one organisation's screenings only, every bad
request answered with the field at fault, and the database never holding client words in clear."""
from __future__ import annotations

import logging

import pytest
from jsonschema import Draft202012Validator, FormatChecker

from screener.cli import main as cli
from screener.web.openapi import openapi

from .conftest import make_staff, post, sign_in
from .test_storage import _database_down, raw_dump

SCREENING = {"as_of": "2026-11-01",
             "person": {"trafficking_type": "sex", "trafficking_ended_on": "2022-06-01", "citizenship": "unknown"},
             "records": [{"jurisdiction": "AK", "offense_category": "prostitution", "level": "misdemeanor",
                          "record_type": "conviction", "age_at_offense": 19, "related_to_trafficking": "yes",
                          "offense_description": "PL 230.00 zebra-marker"}]}


def token_for(store, email="ana@org-a.example") -> str:
    return store.create_api_token(email, "tests")[1]


def bearer(token: str) -> dict:
    return {"Authorization": f"Bearer {token}"}


def described(response, path: str, method: str) -> None:
    """The status is described for this operation, and the JSON body fits the described schema."""
    full = openapi(saved_screenings=True)
    responses = full["paths"][path][method]["responses"]
    assert str(response.status_code) in responses, (response.status_code, response.json)
    schema = {**responses[str(response.status_code)]["content"]["application/json"]["schema"],
              "components": full["components"]}
    Draft202012Validator(schema, format_checker=FormatChecker()).validate(response.json)


@pytest.fixture()
def api(app, store):
    make_staff(store)
    return app.test_client(), token_for(store)


def test_save_then_read_back_and_open_in_the_workspace(app, store, api):
    client, token = api
    response = client.post("/api/v1/screenings", json={"client_reference": " Case-77 ", "screening": SCREENING},
                           headers=bearer(token))
    assert response.status_code == 201, response.json
    described(response, "/api/v1/screenings", "post")
    saved = response.json
    assert saved["client_reference"] == "Case-77" and saved["created_by"] == "ana@org-a.example"
    assert saved["result"]["records"][0]["outcome"] == "eligible"
    assert saved["screening"]["records"] == SCREENING["records"] and saved["screening"]["as_of"] == "2026-11-01"
    assert response.headers["Location"] == f"/api/v1/screenings/{saved['screening_id']}"
    again = client.get(response.headers["Location"], headers=bearer(token))
    assert again.status_code == 200 and again.json == saved
    described(again, "/api/v1/screenings/{screening_id}", "get")
    # The same screening in the workspace: listed, and its answers open in the questionnaire.
    staff = app.test_client()
    sign_in(staff)
    assert "Case-77" in staff.get("/staff/screenings").get_data(as_text=True)
    opened = post(staff, f"/staff/screenings/{saved['screening_id']}/edit", {})
    assert opened.headers["Location"].endswith("/review")
    assert "Can likely be cleared" in staff.get("/results").get_data(as_text=True)
    dump = raw_dump(store.engine)
    assert saved["screening_id"] in dump and "Case-77" not in dump and "zebra" not in dump


@pytest.mark.parametrize("headers", [{}, {"Authorization": "Bearer"}, {"Authorization": "Basic YTpi"},
                                     {"Authorization": "Bearer scr_not-a-token"}, {"Authorization": "Bearer " + "x" * 5000}],
                         ids=["none", "empty", "basic", "unknown", "huge"])
def test_without_a_valid_token_nothing_is_saved_or_read(app, store, api, headers):
    client, _ = api
    for response in (client.post("/api/v1/screenings", json={"client_reference": "X", "screening": SCREENING},
                                 headers=headers),
                     client.get("/api/v1/screenings/whatever", headers=headers)):
        assert response.status_code == 401 and response.headers["WWW-Authenticate"].startswith("Bearer")
        assert response.json["errors"][0]["field"] == "(Authorization)"
    assert store.list_screenings(store.get_user(1)) == []


def test_revoked_tokens_and_turned_off_users_stop_working(store, api):
    client, token = api
    body = {"client_reference": "X", "screening": SCREENING}
    assert client.post("/api/v1/screenings", json=body, headers=bearer(token)).status_code == 201
    store.set_active(1, 1, False)
    assert client.post("/api/v1/screenings", json=body, headers=bearer(token)).status_code == 401
    store.set_active(1, 1, True)
    assert store.revoke_api_tokens("ana@org-a.example") == 1
    assert client.post("/api/v1/screenings", json=body, headers=bearer(token)).status_code == 401


def test_another_organisation_cannot_read_a_screening(store, api):
    client, token = api
    screening_id = client.post("/api/v1/screenings", json={"client_reference": "X", "screening": SCREENING},
                               headers=bearer(token)).json["screening_id"]
    make_staff(store, "bo@org-b.example", "Org B")
    other = token_for(store, "bo@org-b.example")
    response = client.get(f"/api/v1/screenings/{screening_id}", headers=bearer(other))
    assert response.status_code == 404 and response.json["errors"][0]["field"] == "screening_id"
    described(response, "/api/v1/screenings/{screening_id}", "get")


@pytest.mark.parametrize("body, field", [
    ({"screening": SCREENING}, "client_reference"),
    ({"client_reference": "   ", "screening": SCREENING}, "client_reference"),
    ({"client_reference": "x" * 101, "screening": SCREENING}, "client_reference"),
    ({"client_reference": 7, "screening": SCREENING}, "client_reference"),
    ({"client_reference": "X"}, "screening"),
    ({"client_reference": "X", "screening": {**SCREENING, "records": [{**SCREENING["records"][0], "level": "big"}]}},
     "screening.records[0].level"),
    ({"client_reference": "X", "screening": []}, "screening"),
    ({"client_reference": "X", "screening": SCREENING, "clinet": 1}, "clinet"),
    ([1, 2], "(body)"),
], ids=["no-reference", "blank-reference", "long-reference", "number-reference", "no-screening", "bad-level",
        "screening-not-object", "unknown-field", "not-an-object"])
def test_bad_requests_name_the_field(store, api, body, field):
    client, token = api
    response = client.post("/api/v1/screenings", json=body, headers=bearer(token))
    assert response.status_code == 422
    assert field in [error["field"] for error in response.json["errors"]], response.json
    described(response, "/api/v1/screenings", "post")
    assert store.list_screenings(store.get_user(1)) == []


def test_a_body_that_is_not_json(api):
    client, token = api
    response = client.post("/api/v1/screenings", data="client_reference=X", headers=bearer(token),
                           content_type="application/x-www-form-urlencoded")
    assert response.status_code == 415 and response.json["errors"][0]["field"] == "(body)"
    response = client.post("/api/v1/screenings", data="{", headers=bearer(token), content_type="application/json")
    assert response.status_code == 422 and "not valid JSON" in response.json["errors"][0]["message"]


def test_database_down_answers_503_and_logs_no_client_data(store, api, caplog):
    client, token = api
    staff = store.user_for_api_token(token)
    assert staff is not None
    caplog.set_level(logging.DEBUG)
    _database_down(store)
    response = client.post("/api/v1/screenings", json={"client_reference": "Case-77", "screening": SCREENING},
                           headers=bearer(token))
    assert response.status_code == 503 and response.json["errors"][0]["field"] == "(database)"
    described(response, "/api/v1/screenings", "post")
    assert "Case-77" not in caplog.text and "zebra" not in caplog.text


def test_the_description_lists_the_saved_screenings_paths_where_storage_is_on(app):
    served = app.test_client().get("/api/v1/openapi.json").json
    assert served == openapi(saved_screenings=True)
    assert {"/api/v1/screenings", "/api/v1/screenings/{screening_id}"} <= set(served["paths"])
    routes = {(rule.rule.replace("<screening_id>", "{screening_id}"), method)
              for rule in app.url_map.iter_rules() if rule.rule.startswith("/api/")
              for method in rule.methods - {"HEAD", "OPTIONS"}}
    assert routes == {(path, method.upper()) for path, operations in served["paths"].items() for method in operations}


def test_tokens_from_the_command_line(store, migrated_url, data_key, monkeypatch, capsys):
    make_staff(store)
    monkeypatch.setenv("SCREENER_DATA_KEY", data_key)
    database = ["--database-url", migrated_url]
    assert cli(["users", "token", "--email", "Ana@Org-A.example", "--label", "case system", *database]) == 0
    printed = capsys.readouterr()
    token = printed.out.strip()
    assert token.startswith("scr_") and "shown only now" in printed.err
    assert store.user_for_api_token(token).email == "ana@org-a.example"
    assert cli(["users", "tokens", "--email", "ana@org-a.example", *database]) == 0
    listing = capsys.readouterr().out
    assert "case system" in listing and token not in listing
    token_id = listing.split()[0]
    assert cli(["users", "tokens", "--email", "ana@org-a.example", "--revoke", "nope", *database]) == 1
    assert "has no token nope" in capsys.readouterr().err
    assert cli(["users", "tokens", "--email", "ana@org-a.example", "--revoke", token_id, *database]) == 0
    assert "revoked 1 token(s)" in capsys.readouterr().out
    assert store.user_for_api_token(token) is None
    assert cli(["users", "token", "--email", "nobody@x.example", *database]) == 1
    assert "no user has this e-mail address" in capsys.readouterr().err
