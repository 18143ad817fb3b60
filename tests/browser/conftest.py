"""Browser tests: the app served on loopback, driven by Debian's Chromium through Playwright.

Playwright's own browser download does not work offline, so the system's /usr/bin/chromium is
used. Where it is missing the tests skip with a message; in CI (CI=true) that is a failure,
so a missing install step cannot hide behind a skip.
"""
import os
import shutil
import threading
from pathlib import Path

import pytest
from werkzeug.serving import make_server

from screener.web import create_app

CHROMIUM = "/usr/bin/chromium"
SHOTS = Path(__file__).resolve().parents[2] / "test-output" / "screens"


def _require_browser():
    missing = None
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        missing = "the playwright Python package"
    if missing is None and not shutil.which(CHROMIUM):
        missing = CHROMIUM + " (Debian package chromium; scripts/install-system-packages installs it)"
    if missing:
        if os.environ.get("CI") == "true":
            pytest.fail(f"browser tests need {missing}")
        pytest.skip(f"browser tests skipped: {missing} is not installed")


@pytest.fixture(scope="session")
def server():
    _require_browser()
    app = create_app({"SECRET_KEY": "browser-test", "TESTING": False})
    httpd = make_server("127.0.0.1", 0, app, threaded=True)
    base = f"http://127.0.0.1:{httpd.server_port}"
    app.config["QUICK_EXIT_URL"] = base + "/healthz"  # no network here: a neutral local page
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield base
    httpd.shutdown()


@pytest.fixture(scope="session")
def browser(server):
    from playwright.sync_api import sync_playwright
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync"])
        yield browser
        browser.close()


@pytest.fixture(scope="session")
def shots_dir():
    SHOTS.mkdir(parents=True, exist_ok=True)
    return SHOTS
