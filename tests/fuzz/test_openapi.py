"""GET /api/v1/openapi.json describes the API truly: real responses validate against it (jsonschema),
and every route under /api/v1 is in it."""
from __future__ import annotations

import copy
import json

import pytest
from jsonschema import Draft202012Validator, FormatChecker

from screener.web.openapi import openapi
from tests.fuzz.openapi_check import response_schema
from tests.test_cli import SCREENING

NY = {**SCREENING["records"][0], "jurisdiction": "NY"}
ONE = {**SCREENING, "records": [NY, {**NY, "jurisdiction": "WY", "record_type": "arrest"},
                                {**NY, "offense_category": "homicide", "level": "felony"}]}


@pytest.fixture()
def client(fuzz_app):
    return fuzz_app.test_client()


def check(response, path: str, method: str = "post") -> None:
    """The response's status and media type are described, and its body fits the described schema."""
    described = openapi()["paths"][path][method]["responses"]
    assert str(response.status_code) in described, (path, response.status_code, response.data[:300])
    media_type = response.mimetype
    assert media_type in described[str(response.status_code)]["content"], (path, media_type)
    if media_type == "application/json":
        schema = response_schema(path, method, response.status_code)
        Draft202012Validator(schema, format_checker=FormatChecker()).validate(response.json)


def test_the_description_is_served_and_well_formed(client):
    response = client.get("/api/v1/openapi.json")
    assert response.status_code == 200 and response.mimetype == "application/json"
    spec = response.json
    assert spec == copy.deepcopy(openapi()) and spec["openapi"].startswith("3.1")
    for name, schema in spec["components"]["schemas"].items():
        Draft202012Validator.check_schema(schema)
    check(response, "/api/v1/openapi.json", "get")


def test_every_api_route_is_described(fuzz_app):
    described = {(path, method.upper()) for path, operations in openapi()["paths"].items() for method in operations}
    served = {(rule.rule, method) for rule in fuzz_app.url_map.iter_rules() if rule.rule.startswith("/api/")
              for method in rule.methods - {"HEAD", "OPTIONS"}}
    assert served == described


@pytest.mark.parametrize("body, status", [
    (ONE, 200),
    ([ONE, SCREENING, ONE], 200),
    ({**SCREENING, "as_of": None}, 200),
    ({**SCREENING, "records": [{**NY, "level": "x", "age_at_offense": False}]}, 422),
    ({**SCREENING, "person": {}, "extra": 1}, 422),
    ([], 422), ([ONE, 5], 422), ("a screening", 422), (None, 422),
], ids=["one", "bulk", "as_of-null", "bad-fields", "missing-and-unknown", "empty-list", "bad-item", "string", "null"])
def test_screen_responses_fit_the_description(client, body, status):
    response = client.post("/api/v1/screen", data=json.dumps(body), content_type="application/json")
    assert response.status_code == status, response.json
    check(response, "/api/v1/screen")


@pytest.mark.parametrize("data, content_type, status", [
    (b"{oops", "application/json", 422),
    (b"\xff", "application/json", 422),
    (b"x" * (3 * 1024 * 1024), "application/json", 413),
    (b"a=1", "application/x-www-form-urlencoded", 415),
    (b"{}", None, 415),
], ids=["not-json", "not-utf8", "too-large", "form", "no-content-type"])
def test_refusals_fit_the_description(client, data, content_type, status):
    for path in ("/api/v1/screen", "/api/v1/checklist", "/api/v1/offenses/match"):
        response = client.post(path, data=data, content_type=content_type)
        assert response.status_code == status, (path, response.data[:200])
        check(response, path)


def test_wrong_method_fits_the_description_and_says_what_is_allowed(client):
    response = client.get("/api/v1/screen")
    check(response, "/api/v1/screen", "post")
    assert response.headers["Allow"] == "POST" or set(response.headers["Allow"].split(", ")) == {"POST", "OPTIONS"}


def test_offense_match_fits_the_description(client):
    for body, status in [({"text": "PL 230.00"}, 200), ({"text": "qwertyuiop"}, 200), ({"text": 5}, 422),
                         ({"text": "x" * 501}, 422), ({"txt": "theft"}, 422), (["theft"], 422)]:
        response = client.post("/api/v1/offenses/match", json=body)
        assert response.status_code == status, (body, response.json)
        check(response, "/api/v1/offenses/match")


def test_checklist_fits_the_description(client):
    response = client.post("/api/v1/checklist", json={**ONE, "checklist": {"name": "A. Person"}})
    assert response.status_code == 200 and response.data.startswith(b"%PDF")
    check(response, "/api/v1/checklist")
    for bad in ([ONE], {**ONE, "checklist": {"name": 5}}, {**ONE, "checklist": {"nom": "x"}}):
        response = client.post("/api/v1/checklist", json=bad)
        assert response.status_code == 422
        check(response, "/api/v1/checklist")
