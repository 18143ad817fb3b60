"""Storage tests run on both backends: a SQLite file, and the real PostgreSQL on 127.0.0.1:5432.

PostgreSQL: database `test`, trust auth, user postgres or root (whichever connects). Each test gets
its own schema (search_path in the URL, so a second process gets it too), dropped afterwards.
Where no server answers, the PostgreSQL tests skip saying so; with CI=true they fail instead.
"""
from __future__ import annotations

import os
import re
import uuid

import pytest
from argon2 import PasswordHasher
from cryptography.fernet import Fernet

from screener.storage.db import make_engine, upgrade
from screener.web import create_app

PG_HOST, PG_PORT, PG_DATABASE, PG_USERS = "127.0.0.1", 5432, "test", ("postgres", "root")
PASSWORD = "a long test password"


@pytest.fixture(scope="session")
def postgres_user():
    """(user, None) of the first user that connects, or (None, why not)."""
    try:
        import psycopg
    except ImportError:
        return None, "psycopg is not installed"
    problems = []
    for user in PG_USERS:
        try:
            with psycopg.connect(host=PG_HOST, port=PG_PORT, dbname=PG_DATABASE, user=user, connect_timeout=3):
                return user, None
        except psycopg.Error as error:
            problems.append(f"{user}: {(str(error).strip().splitlines() or ['?'])[0]}")
    return None, "; ".join(problems)


def _no_postgres(reason: str):
    message = (f"no PostgreSQL server answers on {PG_HOST}:{PG_PORT} (database {PG_DATABASE}, "
               f"user {' or '.join(PG_USERS)}): {reason}")
    if os.environ.get("CI") == "true":
        pytest.fail(message + ". CI=true: the PostgreSQL tests must run, not skip.")
    pytest.skip(message)


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request, tmp_path, postgres_user):
    """An empty database on each backend, at the latest revision only if a test asks (migrated_url)."""
    if request.param == "sqlite":
        yield f"sqlite:///{(tmp_path / 'screener.db').as_posix()}"
        return
    user, reason = postgres_user
    if user is None:
        _no_postgres(reason)
    import psycopg
    schema = "screener_test_" + uuid.uuid4().hex[:12]
    with psycopg.connect(host=PG_HOST, port=PG_PORT, dbname=PG_DATABASE, user=user, autocommit=True) as c:
        c.execute(f'CREATE SCHEMA "{schema}"')
    try:
        yield f"postgresql+psycopg://{user}@{PG_HOST}:{PG_PORT}/{PG_DATABASE}?options=-csearch_path%3D{schema}"
    finally:
        with psycopg.connect(host=PG_HOST, port=PG_PORT, dbname=PG_DATABASE, user=user, autocommit=True) as c:
            c.execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')


@pytest.fixture()
def backend(database_url) -> str:
    return "sqlite" if database_url.startswith("sqlite") else "postgresql"


@pytest.fixture()
def migrated_url(database_url):
    engine = make_engine(database_url)
    try:
        upgrade(engine)
    finally:
        engine.dispose()
    return database_url


@pytest.fixture(scope="session")
def data_key() -> str:
    return Fernet.generate_key().decode()


@pytest.fixture()
def make_app(migrated_url, data_key, fixture_rules_dir):
    """create_app on the test database; every app's connections are closed at the end."""
    apps = []

    def make(**config):
        settings = {"RULES_DIR": str(fixture_rules_dir), "TESTING": True, "SECRET_KEY": "test",
                    "DATABASE_URL": migrated_url, "SCREENER_DATA_KEY": data_key,
                    "QUICK_EXIT_URL": "https://neutral.example/", **config}
        app = create_app(settings)
        store = app.extensions["store"]
        # Cheap password hashing in tests only (argon2's defaults take a third of a second here).
        store.hasher = PasswordHasher(time_cost=1, memory_cost=8 * 1024, parallelism=1)
        apps.append(app)
        return app
    yield make
    for app in apps:
        app.extensions["store"].close()


@pytest.fixture()
def app(make_app):
    return make_app()


@pytest.fixture()
def store(app):
    return app.extensions["store"]


# ---- driving the web app --------------------------------------------------------------------------

def token(client, url="/"):
    page = client.get(url).get_data(as_text=True)
    return re.search(r'name="csrf_token" (?:type="hidden" )?value="([^"]+)"', page).group(1)


def post(client, url, data=None, **kwargs):
    return client.post(url, data={"csrf_token": token(client), **(data or {})}, **kwargs)


RECORD = {"jurisdiction": "AK", "offense_description": "PL 230.00 zebra-marker", "offense_category": "prostitution",
          "level": "misdemeanor", "record_type": "conviction", "age_at_offense": "19",
          "offense_date": "2012-05-01", "disposition_date": "2012-08-01", "related_to_trafficking": "yes"}


def answer_everything(client, records=(RECORD,)):
    """A whole questionnaire, up to the results."""
    post(client, "/about/trafficking", {"trafficking_type": "sex"})
    post(client, "/about/ended", {"ended": "yes", "ended_on": "2022-06-01"})
    post(client, "/about/papers", {"official_documentation": "no"})
    post(client, "/about/about-you", {"date_of_birth": "", "citizenship": "unknown"})
    for record in records:
        response = post(client, "/records/new", {**record, "action": "save"})
        assert response.status_code == 302, response.get_data(as_text=True)
    assert client.get("/results").status_code == 200


def make_staff(store, email="ana@org-a.example", org="Org A", role="admin"):
    return store.create_user(email, PASSWORD, org_name=org, role=role)


def sign_in(client, email="ana@org-a.example", password=PASSWORD):
    return post(client, "/staff/login", {"email": email, "password": password})


def save_screening(client, reference="Client-Jane-42"):
    """Save the visit's answers as a new screening; returns its id."""
    response = post(client, "/staff/screenings/save", {"client_reference": reference})
    assert response.status_code == 302, response.get_data(as_text=True)
    return response.headers["Location"].rsplit("/", 1)[-1]
