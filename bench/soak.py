"""Soak: many clients save screenings through the web and the API on PostgreSQL; nothing
acknowledged is lost.

gunicorn on loopback with a fresh PostgreSQL database. A third of the clients are survivors
saving their answers for later (POST /save, acknowledged by the resume code shown); a third are
staff saving client screenings in the workspace (POST /staff/screenings/save, acknowledged by the
screening's page); a third are a legal aid office's programs saving through the JSON API (POST
/api/v1/screenings with an API token, acknowledged by 201 and the screening's id).
Each save carries answers unique to it. Afterwards every acknowledged save is read back through
the store and decrypted: the counts of lost and corrupted saves are printed and must be zero.

Bounded: SOAK_SECONDS (default 120) of load from SOAK_CLIENTS (default 32) clients, loopback only.
With SOAK_KILL_EVERY=N, a random gunicorn worker is killed (SIGKILL) every N seconds, mid-request:
requests then fail, but no save that was acknowledged may be lost (each is one PostgreSQL
transaction, committed before the page that acknowledges it is sent).
Run with `make soak` (PostgreSQL on 127.0.0.1:5432, as CI has it).
"""
from __future__ import annotations

import functools
import http.client
import http.cookiejar
import json
import os
import re
import random
import secrets
import signal
import subprocess
import sys
import threading
import types
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from screener.web.visit import EncryptedCookieSessionInterface  # noqa: E402

SECONDS = int(os.environ.get("SOAK_SECONDS", 120))
CLIENTS = int(os.environ.get("SOAK_CLIENTS", 32))
WORKERS = int(os.environ.get("SOAK_WORKERS", (os.cpu_count() or 1) * 2 + 1))
KILL_EVERY = float(os.environ.get("SOAK_KILL_EVERY", 0))
PG = ("127.0.0.1", 5432, "test")
DATABASE = os.environ.get("SOAK_DATABASE", "screener_soak")
SECRET = "soak-only-secret"
STAFF_EMAIL, STAFF_PASSWORD = "soak@example.org", "a long soak password 42"
TOKEN = re.compile(r'name="csrf_token"[^>]*value="([^"]+)"')
CODE = re.compile(r'id="resume-code">([^<]+)<')


def postgres_user() -> str:
    import psycopg
    for user in ("postgres", "root"):
        try:
            psycopg.connect(host=PG[0], port=PG[1], dbname=PG[2], user=user, connect_timeout=3).close()
            return user
        except psycopg.OperationalError:
            continue
    raise SystemExit("no PostgreSQL answers on 127.0.0.1:5432 (database test): start it first")


def fresh_database(user: str) -> str:
    import psycopg
    with psycopg.connect(host=PG[0], port=PG[1], dbname=PG[2], user=user, autocommit=True) as connection:
        connection.execute(f"DROP DATABASE IF EXISTS {DATABASE}")
        connection.execute(f"CREATE DATABASE {DATABASE}")
    return f"postgresql+psycopg://{user}@{PG[0]}:{PG[1]}/{DATABASE}"


def drop_database(user: str) -> None:
    import psycopg
    with psycopg.connect(host=PG[0], port=PG[1], dbname=PG[2], user=user, autocommit=True) as connection:
        connection.execute(f"DROP DATABASE IF EXISTS {DATABASE} WITH (FORCE)")


# The app's own cookie code, keyed as the server under test is (only secret_key is read).
VISIT_COOKIE = EncryptedCookieSessionInterface()
KEYED = types.SimpleNamespace(secret_key=SECRET)


def visit_cookie(session: dict) -> str:
    """The visit cookie as the app writes it, for answers set directly."""
    return VISIT_COOKIE.encode(KEYED, session)


def read_visit_cookie(token: str) -> dict:
    return VISIT_COOKIE.decode(KEYED, token)


def unique_answers(tag: str) -> dict:
    """A complete screening whose details (description, dates) are unique to this save."""
    day = 1 + secrets.randbelow(28)
    return {"person": {"trafficking_type": "sex", "trafficking_ended_on": f"2019-06-{day:02d}",
                       "official_documentation": False, "citizenship": "unknown"},
            "records": [{"jurisdiction": "NY", "offense_category": "prostitution", "level": "misdemeanor",
                         "record_type": "conviction", "age_at_offense": 17 + secrets.randbelow(10),
                         "offense_description": f"soak {tag}", "related_to_trafficking": "yes"}],
            "asked": {"ended": "yes", "papers": "no", "about_you": True}}


class Client:
    def __init__(self, base: str):
        self.base = base
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar))

    def request(self, path: str, data: dict | None = None) -> tuple[int, str, str]:
        body = urllib.parse.urlencode(data).encode() if data is not None else None
        try:
            with self.opener.open(self.base + path, data=body, timeout=30) as response:
                return response.status, response.geturl(), response.read().decode()
        except urllib.error.HTTPError as error:
            return error.code, error.geturl(), error.read().decode(errors="replace")
        except (OSError, http.client.HTTPException):  # the connection died (a killed worker)
            return 0, self.base + path, ""

    def cookie(self) -> str | None:
        return next((c.value for c in self.jar if c.name == "visit"), None)

    def set_session(self, session: dict) -> None:
        host = urllib.parse.urlparse(self.base).hostname
        self.jar.set_cookie(http.cookiejar.Cookie(
            0, "visit", visit_cookie(session), None, False, host, False, False, "/", True, False, None, True,
            None, None, {}))

    def token(self, path: str = "/") -> str:
        found = TOKEN.search(self.request(path)[2])
        return found.group(1) if found else ""


class Tally:
    def __init__(self):
        self.lock = threading.Lock()
        self.survivor: list[tuple[str, dict]] = []   # (code, answers) acknowledged
        self.staff: list[tuple[str, str, dict]] = []  # (id, reference, answers) acknowledged
        self.api: list[tuple[str, str, dict]] = []    # (id, reference, screening) acknowledged
        self.errors: dict[str, int] = {}
        self.crashes: list[str] = []  # client loops ended by an exception: a fault of the soak or the app

    def error(self, what: str) -> None:
        with self.lock:
            self.errors[what] = self.errors.get(what, 0) + 1


def survivor_loop(base: str, tally: Tally, stop: float, number: int) -> None:
    client, n = Client(base), 0
    while time.time() < stop:
        n += 1
        answers = unique_answers(f"survivor {number}-{n}")
        client.jar.clear()
        client.set_session({"answers": answers})
        status, _, page = client.request("/save", {"csrf_token": client.token("/save"), "passphrase": "",
                                                   "passphrase_again": ""})
        found = CODE.search(page) if status == 200 else None
        if found:
            with tally.lock:
                tally.survivor.append((found.group(1).strip(), answers))
        else:
            tally.error(f"survivor save answered {status}")


def staff_loop(base: str, tally: Tally, stop: float, number: int) -> None:
    client, n = Client(base), 0
    status, url, _ = client.request("/staff/login", {"csrf_token": client.token("/staff/login"),
                                                     "email": STAFF_EMAIL, "password": STAFF_PASSWORD})
    if status != 200 or "/staff/login" in url:
        tally.error(f"staff sign-in answered {status}")
        return
    while time.time() < stop:
        n += 1
        answers, reference = unique_answers(f"staff {number}-{n}"), f"SOAK-{number}-{n}"
        session = read_visit_cookie(client.cookie())
        session.pop("editing", None)
        session["answers"] = answers
        client.set_session(session)
        status, url, _ = client.request("/staff/screenings/save",
                                        {"csrf_token": client.token("/review"), "client_reference": reference})
        found = re.search(r"/staff/screenings/([^/?#]+)$", url) if status == 200 else None
        if found:
            with tally.lock:
                tally.staff.append((found.group(1), reference, answers))
        else:
            tally.error(f"staff save answered {status}")


def api_loop(base: str, tally: Tally, stop: float, number: int, token: str) -> None:
    n = 0
    while time.time() < stop:
        n += 1
        answers, reference = unique_answers(f"api {number}-{n}"), f"SOAK-API-{number}-{n}"
        screening = {"person": answers["person"], "records": answers["records"]}
        request = urllib.request.Request(
            base + "/api/v1/screenings", method="POST",
            data=json.dumps({"client_reference": reference, "screening": screening}).encode(),
            headers={"Content-Type": "application/json", "Authorization": f"Bearer {token}"})
        try:
            with urllib.request.urlopen(request, timeout=30) as response:
                status, saved = response.status, json.loads(response.read())
        except urllib.error.HTTPError as error:
            status, saved = error.code, None
        except (OSError, http.client.HTTPException, ValueError):  # the connection died (a killed worker)
            status, saved = 0, None
        if status == 201 and saved:
            with tally.lock:
                tally.api.append((saved["screening_id"], reference, screening))
        else:
            tally.error(f"API save answered {status}")


def counting_failures(loop, tally: Tally):
    """The client loop, with an exception that ends it recorded: a client that dies on its first
    save must fail the soak, never leave it reporting zero errors."""
    def run(*args) -> None:
        try:
            loop(*args)
        except Exception as error:  # noqa: BLE001 - any failure of a client is a finding of the soak
            with tally.lock:
                tally.crashes.append(f"{getattr(loop, '__name__', 'api_loop')}: {type(error).__name__}: {error}")
    return run


def kill_workers(master: int, stop: float, kills: list[int]) -> None:
    """Every KILL_EVERY seconds, SIGKILL one of the master's workers (gunicorn starts another)."""
    while time.time() < stop - KILL_EVERY:
        time.sleep(KILL_EVERY)
        children = Path(f"/proc/{master}/task/{master}/children")
        workers = [int(pid) for pid in children.read_text().split()] if children.exists() else []
        if workers:
            try:
                os.kill(random.choice(workers), signal.SIGKILL)
                kills.append(1)
            except ProcessLookupError:
                pass


def verify(tally: Tally, env: dict) -> tuple[int, int]:
    """(lost, corrupted) among the acknowledged saves, read back through the store."""
    os.environ.update(env)
    from screener.storage import settings
    from screener.storage.store import Store, WrongSecret
    store = Store(settings({}, str(ROOT / "instance")))
    lost = corrupted = 0
    for code, answers in tally.survivor:
        try:
            opened = store.open_visit(code, "", "soak-verifier")
        except WrongSecret:
            lost += 1
            continue
        corrupted += opened.answers != answers
    user = store.sign_in(STAFF_EMAIL, STAFF_PASSWORD, "soak-verifier").user
    for screening_id, reference, answers in tally.staff:
        saved = store.get_screening(user, screening_id, action=None)
        if saved is None:
            lost += 1
            continue
        corrupted += saved.answers != answers or saved.reference != reference
    for screening_id, reference, screening in tally.api:
        saved = store.get_screening(user, screening_id, action=None)
        if saved is None:
            lost += 1
            continue
        corrupted += (saved.reference != reference or saved.answers["person"] != screening["person"]
                      or saved.answers["records"] != screening["records"])
    return lost, corrupted


def main() -> None:
    user = postgres_user()
    url = fresh_database(user)
    from cryptography.fernet import Fernet
    env = {"DATABASE_URL": url, "SCREENER_DATA_KEY": Fernet.generate_key().decode(), "SECRET_KEY": SECRET}
    run_env = {**os.environ, **env}
    subprocess.run([sys.executable, "-m", "screener", "db", "upgrade"], env=run_env, check=True, cwd=ROOT)
    subprocess.run([sys.executable, "-m", "screener", "users", "create", "--email", STAFF_EMAIL, "--org", "Soak",
                    "--role", "staff", "--password-stdin"], input=STAFF_PASSWORD.encode(), env=run_env,
                   check=True, cwd=ROOT, stdout=subprocess.DEVNULL)
    token = subprocess.run([sys.executable, "-m", "screener", "users", "token", "--email", STAFF_EMAIL,
                            "--label", "soak"], env=run_env, check=True, cwd=ROOT, capture_output=True,
                           text=True).stdout.strip()
    from bench.load import free_port
    port = free_port()
    server = subprocess.Popen([sys.executable, "-m", "gunicorn", "--workers", str(WORKERS), "--bind",
                               f"127.0.0.1:{port}", "--log-level", "warning", "wsgi:app"], cwd=ROOT, env=run_env)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(150):
            try:
                urllib.request.urlopen(base + "/healthz", timeout=1)
                break
            except OSError:
                time.sleep(0.2)
        tally, stop = Tally(), time.time() + SECONDS
        loops = [staff_loop, survivor_loop, functools.partial(api_loop, token=token)]
        threads = [threading.Thread(target=counting_failures(loops[i % 3], tally), args=(base, tally, stop, i))
                   for i in range(CLIENTS)]
        kills: list[int] = []
        if KILL_EVERY:
            threads.append(threading.Thread(target=kill_workers, args=(server.pid, stop, kills)))
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=SECONDS + 120)
    finally:
        server.terminate()
        server.wait(timeout=20)
    try:
        lost, corrupted = verify(tally, env)
    finally:
        drop_database(user)
    acknowledged = len(tally.survivor) + len(tally.staff) + len(tally.api)
    print(f"soak: {CLIENTS} clients for {SECONDS} s on PostgreSQL, gunicorn {WORKERS} workers")
    print(f"saves acknowledged: {acknowledged} ({len(tally.survivor)} survivor, {len(tally.staff)} staff "
          f"in the workspace, {len(tally.api)} through the API), "
          f"{acknowledged / SECONDS:.1f} per second")
    print(f"errors: {sum(tally.errors.values())} {tally.errors or ''}")
    if tally.crashes:
        print(f"clients stopped by an exception: {len(tally.crashes)}, first: {tally.crashes[0]}")
    if KILL_EVERY:
        print(f"workers killed mid-load: {len(kills)} (failed requests are expected; lost saves are not)")
    print(f"lost: {lost}  corrupted: {corrupted}")
    # Every kind of save must have taken part: one kind failing throughout is no pass.
    missing = [kind for kind in ("survivor", "staff", "api") if not getattr(tally, kind)]
    if missing:
        print(f"no save acknowledged for: {', '.join(missing)}")
    if lost or corrupted or missing or tally.crashes or (tally.errors and not KILL_EVERY):
        raise SystemExit(1)


if __name__ == "__main__":
    main()
