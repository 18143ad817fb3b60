"""With no database configured the screener works as before: no saving, no staff pages, and the
screening core, the API and the app never load a database library."""
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from screener.web import create_app

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture()
def app(fixture_rules_dir, monkeypatch):
    for name in ("DATABASE_URL", "SCREENER_DATA_KEY"):
        monkeypatch.delenv(name, raising=False)
    return create_app({"RULES_DIR": str(fixture_rules_dir), "TESTING": True, "SECRET_KEY": "test"})


def test_no_database_no_saving(app):
    assert "store" not in app.extensions
    client = app.test_client()
    for url in ["/staff/login", "/staff/screenings", "/save", "/resume"]:
        assert client.get(url).status_code == 404
    page = client.get("/").get_data(as_text=True)
    assert "Staff sign in" not in page and "Continue with a code" not in page


def test_core_api_and_app_load_no_database_library(fixture_rules_dir):
    script = (
        "import sys, json\n"
        "from screener.web import create_app\n"
        "from screener.screen import screen_data\n"
        "import screener.cli\n"
        f"app = create_app({{'RULES_DIR': {str(fixture_rules_dir)!r}, 'SECRET_KEY': 'x'}})\n"
        "body = {'person': {'trafficking_type': 'sex'}, 'records': [{'jurisdiction': 'AK', "
        "'offense_category': 'prostitution', 'level': 'misdemeanor', 'record_type': 'conviction', "
        "'age_at_offense': 19, 'related_to_trafficking': 'yes'}]}\n"
        "response = app.test_client().post('/api/v1/screen', json=body)\n"
        "assert response.status_code == 200, response.status_code\n"
        "print(json.dumps(sorted(m for m in sys.modules if m.split('.')[0] in ('sqlalchemy', 'alembic', 'psycopg', 'argon2'))))\n"
    )
    env = {key: value for key, value in os.environ.items() if key not in ("DATABASE_URL", "SCREENER_DATA_KEY")}
    env["PYTHONPATH"] = str(ROOT)
    done = subprocess.run([sys.executable, "-c", script], cwd=ROOT, env=env, capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout.strip().splitlines()[-1]) == []
