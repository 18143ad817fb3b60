"""Storage itself on SQLite and PostgreSQL: nothing in clear, migrations, two processes on one
database, graceful failure, retention, the command line, and the app without any database."""
import datetime as dt
import http.cookiejar
import io
import logging
import os
import re
import sqlite3
import subprocess
import sys
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from cryptography.fernet import Fernet
from sqlalchemy import inspect, text

from screener.cli import main as cli
from screener.contract import parse_screening
from screener.engine import evaluate
from screener.storage import StorageConfigError
from screener.storage.crypto import DataKeys, new_code, normalize_code, seal_for_holder
from screener.storage.db import current_revision, head_revision, make_engine, session_factory, upgrade
from screener.storage.models import Base
from screener.web import create_app

from .conftest import PASSWORD, answer_everything, make_staff, post, save_screening, sign_in

ROOT = Path(__file__).resolve().parents[2]
# What a screening holds in clear in the questionnaire; none of it may be readable in the tables.
CLEAR_TEXTS = ["Client-Jane-42", "zebra-marker", "PL 230.00", "prostitution", "misdemeanor", "conviction",
               "2012-05-01", "2012-08-01", "2022-06-01", "Fixture Code", "trafficking", "eligible"]


def raw_dump(engine) -> str:
    """Every row of every table, as a person with database access would see them."""
    lines = []
    with engine.connect() as connection:
        for table in inspect(connection).get_table_names():
            for row in connection.execute(text(f"SELECT * FROM {table}")):
                lines.append(f"{table}: {tuple(row)!r}")
    return "\n".join(lines)


def test_the_tables_hold_no_client_data_in_clear(app, store):
    make_staff(store)
    client = app.test_client()
    sign_in(client)
    answer_everything(client)
    screening_id = save_screening(client, "Client-Jane-42")
    survivor = app.test_client()
    answer_everything(survivor)
    assert post(survivor, "/save", {"passphrase": "", "passphrase_again": ""}).status_code == 200
    dump = raw_dump(store.engine)
    assert screening_id in dump and "ana@org-a.example" in dump  # the rows are there ...
    assert "saved_visits" in dump and "audit_events" in dump
    found = [word for word in CLEAR_TEXTS if word.lower() in dump.lower()]
    assert not found, f"in clear in the database: {found}"  # ... and none of the client's words


def test_migrations_upgrade_an_empty_database(database_url):
    engine = make_engine(database_url)
    try:
        assert current_revision(engine) is None
        upgrade(engine)
        assert current_revision(engine) == head_revision() == "0003_api_tokens"
        with engine.connect() as connection:  # the migrations build exactly what the models describe
            assert compare_metadata(MigrationContext.configure(connection), Base.metadata) == []
        upgrade(engine)  # running it again changes nothing
    finally:
        engine.dispose()


def test_migrations_upgrade_a_database_holding_data(database_url, data_key, fixture_rules_dir, fixture_rulebook):
    """Rows written at the first revision are still there, and still open, after the upgrade."""
    engine = make_engine(database_url)
    keys = DataKeys(data_key)
    answers = {"person": {"trafficking_type": "sex", "trafficking_ended_on": "2022-06-01",
                          "official_documentation": False, "citizenship": "unknown"},
               "records": [{"jurisdiction": "AK", "offense_category": "prostitution", "level": "misdemeanor",
                            "record_type": "conviction", "age_at_offense": 19, "related_to_trafficking": "yes"}],
               "asked": {"ended": "yes", "papers": "no", "about_you": True}}
    result = evaluate(parse_screening({"person": answers["person"], "records": answers["records"]}),
                      fixture_rulebook).to_json()
    code = new_code()
    now = dt.datetime(2026, 11, 1, 12, 0)
    from argon2 import PasswordHasher
    try:
        upgrade(engine, "0001_initial")
        assert "audit_events" not in inspect(engine).get_table_names()
        with engine.begin() as connection:
            connection.execute(text("INSERT INTO organisations (id, name, created_at) VALUES (1, 'Old Org', :t)"),
                               {"t": now})
            connection.execute(text("INSERT INTO users (id, org_id, email, password_hash, role, active, created_at) "
                                    "VALUES (1, 1, 'old@org.example', :h, 'admin', :a, :t)"),
                               {"h": PasswordHasher().hash(PASSWORD), "a": True, "t": now})
            connection.execute(text("INSERT INTO screenings (id, org_id, reference_enc, payload_enc, rules_version, "
                                    "created_by, updated_by, created_at, updated_at) "
                                    "VALUES ('old-one', 1, :r, :p, :v, 1, 1, :t, :t)"),
                               {"r": keys.encrypt("Old-Case-1"), "p": keys.encrypt({"answers": answers, "result": result}),
                                "v": result["rules_version"], "t": dt.datetime.utcnow()})
            connection.execute(text("INSERT INTO saved_visits (id, lookup, payload_enc, created_at, expires_at) "
                                    "VALUES ('visit-1', :l, :p, :t, :e)"),
                               {"l": keys.lookup(normalize_code(code)),
                                "p": seal_for_holder({"answers": answers}, normalize_code(code), "", keys),
                                "t": dt.datetime.utcnow(), "e": dt.datetime.utcnow() + dt.timedelta(days=3)})
        upgrade(engine)
        assert current_revision(engine) == "0003_api_tokens"
        assert "audit_events" in inspect(engine).get_table_names()
    finally:
        engine.dispose()
    app = create_app({"RULES_DIR": str(fixture_rules_dir), "SECRET_KEY": "test", "DATABASE_URL": database_url,
                      "SCREENER_DATA_KEY": data_key})
    try:
        client = app.test_client()
        sign_in(client, "old@org.example")
        page = client.get("/staff/screenings/old-one").get_data(as_text=True)
        assert "Old-Case-1" in page and "Can likely be cleared" in page
        assert app.extensions["store"].audit_events(1)[0]["action"] == "view"  # the new table works
        survivor = app.test_client()
        assert post(survivor, "/resume", {"code": code, "passphrase": "", "action": "resume"}).status_code == 302
    finally:
        app.extensions["store"].close()


def _serve(env) -> tuple[subprocess.Popen, str]:
    process = subprocess.Popen([sys.executable, str(Path(__file__).with_name("serve_app.py"))], cwd=ROOT,
                               env=env, stdout=subprocess.PIPE, stderr=env.pop("_stderr"), text=True)
    line = process.stdout.readline().strip()
    if not line.isdigit():
        process.kill()
        pytest.fail(f"the second app process did not start (printed {line!r})")
    return process, f"http://127.0.0.1:{line}"


class Browser:
    """A real HTTP client with its own cookies, for the app in the other process."""

    def __init__(self, base: str):
        self.base = base
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()))

    def get(self, path: str) -> tuple[int, str]:
        try:
            with self.opener.open(self.base + path, timeout=20) as response:
                return response.status, response.read().decode()
        except urllib.error.HTTPError as error:
            return error.code, error.read().decode()

    def post(self, path: str, data: dict) -> tuple[int, str]:
        _, page = self.get("/staff/login")
        token = re.search(r'name="csrf_token" (?:type="hidden" )?value="([^"]+)"', page).group(1)
        body = urllib.parse.urlencode({"csrf_token": token, **data}).encode()
        try:
            with self.opener.open(self.base + path, data=body, timeout=20) as response:
                return response.status, response.read().decode()
        except urllib.error.HTTPError as error:
            return error.code, error.read().decode()


def test_two_app_processes_share_one_database(app, store, migrated_url, data_key, fixture_rules_dir, tmp_path):
    """Stateless processes: a screening saved through one is read (and changed) through the other."""
    make_staff(store)
    log = open(tmp_path / "second-process.log", "w")
    env = {**os.environ, "DATABASE_URL": migrated_url, "SCREENER_DATA_KEY": data_key, "SECRET_KEY": "test",
           "SCREENER_RULES_DIR": str(fixture_rules_dir), "PYTHONPATH": str(ROOT), "_stderr": log}
    process, base = _serve(env)
    try:
        here = app.test_client()
        sign_in(here)
        answer_everything(here)
        screening_id = save_screening(here, "Client-Jane-42")

        there = Browser(base)
        status, _ = there.post("/staff/login", {"email": "ana@org-a.example", "password": PASSWORD})
        assert status == 200  # followed the redirect to the list
        status, page = there.get(f"/staff/screenings/{screening_id}")
        assert status == 200 and "Client-Jane-42" in page and "Can likely be cleared" in page
        status, page = there.post("/staff/screenings", {"search": "jane"})
        assert "Client-Jane-42" in page
        there.post(f"/staff/screenings/{screening_id}/reference", {"client_reference": "Renamed-There"})

        assert "Renamed-There" in here.get(f"/staff/screenings/{screening_id}").get_data(as_text=True)
        who = {event["action"] for event in store.audit_events(1) if event["screening_id"] == screening_id}
        assert {"create", "view", "update"} <= who
    finally:
        process.terminate()
        process.wait(timeout=10)
        log.close()
    served = (tmp_path / "second-process.log").read_text()
    assert "/staff/screenings" in served  # its access log ...
    assert "jane" not in served.lower() and "Renamed" not in served  # ... holds no client reference


def _database_down(store):
    store.engine.dispose()
    store.engine = make_engine("postgresql+psycopg://nobody@127.0.0.1:1/nowhere", timeout=1)
    store.Session = session_factory(store.engine)


def test_saving_fails_gracefully_when_the_database_is_down(app, store, caplog):
    make_staff(store)
    staff = app.test_client()
    sign_in(staff)
    answer_everything(staff)
    survivor = app.test_client()
    answer_everything(survivor)
    _database_down(store)
    caplog.set_level(logging.DEBUG)
    for client, url, data in [(staff, "/staff/screenings/save", {"client_reference": "Client-Jane-42"}),
                              (survivor, "/save", {"passphrase": "", "passphrase_again": ""})]:
        response = post(client, url, data)
        page = response.get_data(as_text=True)
        assert response.status_code == 503
        assert "We could not save right now. Your answers are still here" in page
        results = client.get("/results")
        assert results.status_code == 200 and "Can likely be cleared" in results.get_data(as_text=True)
    assert staff.get("/staff/screenings").status_code == 503
    response = post(app.test_client(), "/staff/login", {"email": "ana@org-a.example", "password": PASSWORD})
    assert response.status_code == 503 and "Saved screenings cannot be reached" in response.get_data(as_text=True)
    page = post(survivor, "/resume", {"code": "0000-0000-0000-0000", "passphrase": "", "action": "resume"})
    assert page.status_code == 503 and "cannot reach the saved answers" in page.get_data(as_text=True)
    assert "storage unavailable: OperationalError" in caplog.text
    assert "Client-Jane-42" not in caplog.text and "zebra" not in caplog.text


def test_saving_fails_gracefully_when_the_database_is_locked(make_app, backend, migrated_url):
    app = make_app(SCREENER_DB_TIMEOUT="0.3")
    client = app.test_client()
    answer_everything(client)
    if backend == "sqlite":
        holder = sqlite3.connect(migrated_url.removeprefix("sqlite:///"), isolation_level=None)
        holder.execute("BEGIN EXCLUSIVE")
    else:
        holder = app.extensions["store"].engine.raw_connection()  # another connection, same schema
        holder.cursor().execute("LOCK TABLE saved_visits IN ACCESS EXCLUSIVE MODE")
    try:
        response = post(client, "/save", {"passphrase": "", "passphrase_again": ""})
        assert response.status_code == 503 and "Your answers are still here" in response.get_data(as_text=True)
    finally:
        holder.rollback() if backend == "postgresql" else holder.execute("ROLLBACK")
        holder.close()
    assert post(client, "/save", {"passphrase": "", "passphrase_again": ""}).status_code == 200


def test_retention_purge_from_the_command_line(app, store, migrated_url, data_key, monkeypatch, capsys):
    make_staff(store)
    client = app.test_client()
    sign_in(client)
    answer_everything(client)
    real = store.clock
    store.clock = lambda: real() - dt.timedelta(days=400)
    old = save_screening(client, "Old-Case")
    store.clock = real
    recent = save_screening(client, "Recent-Case")
    monkeypatch.setenv("SCREENER_DATA_KEY", data_key)
    monkeypatch.delenv("SCREENER_RETENTION_DAYS", raising=False)
    assert cli(["db", "purge", "--database-url", migrated_url]) == 0
    assert "erased 1 screening(s) unchanged for 365 days" in capsys.readouterr().out
    assert client.get(f"/staff/screenings/{old}").status_code == 404
    assert client.get(f"/staff/screenings/{recent}").status_code == 200
    purged = [event for event in store.audit_events(1) if event["action"] == "purge"]
    assert [event["screening_id"] for event in purged] == [old] and purged[0]["who"] is None


def test_retention_period_is_configurable_and_purges_at_sign_in(make_app):
    app = make_app(SCREENER_RETENTION_DAYS="30")
    store = app.extensions["store"]
    make_staff(store)
    client = app.test_client()
    sign_in(client)
    answer_everything(client)
    real = store.clock
    store.clock = lambda: real() - dt.timedelta(days=31)
    expired = save_screening(client, "Past-Retention")
    store.clock = lambda: real() - dt.timedelta(days=29)
    kept = save_screening(client, "Within-Retention")
    store.clock = real
    sign_in(app.test_client())  # any sign-in purges, no scheduler needed
    assert client.get(f"/staff/screenings/{expired}").status_code == 404
    assert client.get(f"/staff/screenings/{kept}").status_code == 200


def test_a_missing_or_wrong_data_key_stops_start_up(migrated_url, fixture_rules_dir, monkeypatch):
    monkeypatch.delenv("SCREENER_DATA_KEY", raising=False)
    config = {"RULES_DIR": str(fixture_rules_dir), "SECRET_KEY": "test", "DATABASE_URL": migrated_url}
    with pytest.raises(StorageConfigError, match="SCREENER_DATA_KEY is not set.*screener keys generate"):
        create_app(config)
    with pytest.raises(StorageConfigError, match="not a valid Fernet key"):
        create_app({**config, "SCREENER_DATA_KEY": "not-a-key"})


def test_another_data_key_cannot_read_the_rows(app, store, fixture_rules_dir, migrated_url):
    make_staff(store)
    client = app.test_client()
    sign_in(client)
    answer_everything(client)
    screening_id = save_screening(client)
    other = create_app({"RULES_DIR": str(fixture_rules_dir), "SECRET_KEY": "test", "DATABASE_URL": migrated_url,
                        "SCREENER_DATA_KEY": Fernet.generate_key().decode()})
    try:
        stranger = other.test_client()
        sign_in(stranger)
        response = stranger.get(f"/staff/screenings/{screening_id}")
        assert response.status_code == 500 and "cannot unlock the saved screenings" in response.get_data(as_text=True)
    finally:
        other.extensions["store"].close()


def test_key_rotation(app, store, migrated_url, data_key, monkeypatch, capsys):
    make_staff(store)
    client = app.test_client()
    sign_in(client)
    answer_everything(client)
    screening_id = save_screening(client)
    new_key = Fernet.generate_key().decode()
    monkeypatch.setenv("SCREENER_DATA_KEY", f"{new_key},{data_key}")
    assert cli(["keys", "rotate", "--database-url", migrated_url]) == 0
    assert "re-encrypted 1 row(s)" in capsys.readouterr().out
    from screener.storage import settings
    from screener.storage.store import Store
    rotated = Store(settings({"DATABASE_URL": migrated_url, "SCREENER_DATA_KEY": new_key}))
    try:
        assert rotated.get_screening(store.get_user(1), screening_id).reference == "Client-Jane-42"
    finally:
        rotated.close()


def test_command_line_sets_up_a_database(database_url, data_key, monkeypatch, capsys, fixture_rules_dir):
    monkeypatch.setenv("SCREENER_DATA_KEY", data_key)
    assert cli(["keys", "generate"]) == 0
    Fernet(capsys.readouterr().out.strip().encode())  # a usable key
    assert cli(["db", "current", "--database-url", database_url]) == 1
    assert "needs `screener db upgrade`" in capsys.readouterr().out
    assert cli(["db", "upgrade", "--database-url", database_url]) == 0
    assert "at revision 0003_api_tokens" in capsys.readouterr().out
    assert cli(["db", "current", "--database-url", database_url]) == 0
    monkeypatch.setattr(sys, "stdin", io.StringIO("short\n"))
    assert cli(["users", "create", "--email", "boss@clinic.example", "--org", "Clinic",
                "--password-stdin", "--database-url", database_url]) == 1
    assert "at least 12 characters" in capsys.readouterr().err
    monkeypatch.setattr(sys, "stdin", io.StringIO(PASSWORD + "\n"))
    assert cli(["users", "create", "--email", "Boss@Clinic.example", "--org", "Clinic",
                "--password-stdin", "--database-url", database_url]) == 0
    assert "created admin boss@clinic.example in Clinic" in capsys.readouterr().out
    app = create_app({"RULES_DIR": str(fixture_rules_dir), "SECRET_KEY": "test", "DATABASE_URL": database_url,
                      "SCREENER_DATA_KEY": data_key})
    try:
        client = app.test_client()
        assert sign_in(client, "boss@clinic.example").headers["Location"].endswith("/staff/screenings")
        assert "People in Clinic" in client.get("/staff/users").get_data(as_text=True)
    finally:
        app.extensions["store"].close()
    monkeypatch.delenv("SCREENER_DATA_KEY")
    monkeypatch.setattr(sys, "stdin", io.StringIO(PASSWORD + "\n"))
    assert cli(["users", "create", "--email", "x@clinic.example", "--org", "Clinic", "--password-stdin",
                "--database-url", database_url]) == 1
    assert "SCREENER_DATA_KEY is not set" in capsys.readouterr().err


def test_command_line_says_when_the_database_does_not_answer(capsys):
    assert cli(["db", "upgrade", "--database-url", "postgresql://nobody@127.0.0.1:1/nowhere"]) == 1
    assert "screener: database: OperationalError" in capsys.readouterr().err
