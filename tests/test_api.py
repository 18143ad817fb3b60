"""POST /api/v1/screen speaks the contract: 200 with the result, 422 with field errors."""
import pytest

from screener.web import create_app
from tests.test_cli import SCREENING


@pytest.fixture()
def client(fixture_rules_dir):
    return create_app({"RULES_DIR": str(fixture_rules_dir), "TESTING": True, "SECRET_KEY": "test"}).test_client()


def test_screen_one(client):
    response = client.post("/api/v1/screen", json=SCREENING)
    assert response.status_code == 200
    assert response.json["records"][0]["outcome"] == "eligible"
    assert response.headers["Referrer-Policy"] == "no-referrer"


def test_screen_bulk_keeps_order(client):
    other = {**SCREENING, "records": [{**SCREENING["records"][0], "jurisdiction": "AL"}]}
    response = client.post("/api/v1/screen", json=[other, SCREENING])
    assert [r["records"][0]["outcome"] for r in response.json] == ["no_relief_law", "eligible"]


def test_bad_field_is_422_with_named_errors(client):
    bad = {**SCREENING, "records": [{**SCREENING["records"][0], "level": "x"}]}
    response = client.post("/api/v1/screen", json=bad)
    assert response.status_code == 422
    assert response.json["errors"][0]["field"] == "records[0].level"


@pytest.mark.parametrize("body, content_type, status, words", [
    (b"{oops", "application/json", 422, "not valid JSON"),
    (b"\xff", "application/json", 422, "not UTF-8"),
    (b"[" * 50000 + b"]" * 50000, "application/json", 422, "nested too deeply"),
    (b"a=1", "application/x-www-form-urlencoded", 415, "Content-Type: application/json"),
    (b"x" * (3 * 1024 * 1024), "application/json", 413, ""),
], ids=["broken-json", "not-utf8", "deeply-nested", "form-post", "too-large"])
def test_hostile_bodies_get_a_clear_message(client, body, content_type, status, words):
    response = client.post("/api/v1/screen", data=body, content_type=content_type)
    assert response.status_code == status
    assert words in response.json["errors"][0]["message"]


def test_wrong_method_is_json(client):
    response = client.get("/api/v1/screen")
    assert response.status_code == 405 and "errors" in response.json


def test_health(client):
    assert client.get("/healthz").data == b"ok"


def test_offense_match_endpoint(client):
    response = client.post("/api/v1/offenses/match", json={"text": "PL 230.00"})
    assert response.json[0]["category"] == "prostitution"
    assert client.post("/api/v1/offenses/match", json={"text": 5}).status_code == 422


def test_broken_rules_stop_start_up(tmp_path):
    from screener.rulebook import RulesError
    from tests.conftest import make_rules_dir
    rules = make_rules_dir(tmp_path / "r", {"AL": "code: AL\nname: x\nlast_reviewed: 2026-01-01\nlaws: []\n"})
    with pytest.raises(RulesError, match="AL.yaml: \\(top\\): .*no_law_note"):
        create_app({"RULES_DIR": str(rules), "SECRET_KEY": "test"})
