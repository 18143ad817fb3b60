"""Load benchmark: gunicorn on loopback driven by wrk, each route against the app's own ceiling.

The ceiling is GET /healthz in the same app and the same run (no session, no template), so a
route's ratio says how much of the machine's web capacity it keeps. Loopback only; every run
is bounded in time. Run with `make bench` (which installs wrk from Debian when missing).
"""
from __future__ import annotations

import json
import os
import runpy
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path
from statistics import median

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

CONNECTIONS = int(os.environ.get("BENCH_CONNECTIONS", 32))
SECONDS = int(os.environ.get("BENCH_SECONDS", 10))
# Every route is measured in each round; the table gives each figure's median over the rounds,
# as this machine's speed drifts by 10-25% from one run to the next.
ROUNDS = int(os.environ.get("BENCH_ROUNDS", 3))
WORKERS = os.environ.get("BENCH_WORKERS")  # unset: as many as gunicorn.conf.py gives a deployment
SECRET = "bench-only-secret"

# wrk reports its own percentiles; this prints them (and errors) as one JSON line.
REPORT_LUA = """
{request}
done = function(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write
                 + summary.errors.status + summary.errors.timeout
  io.write(string.format('{{"requests": %d, "seconds": %f, "p50": %f, "p95": %f, "p99": %f, "errors": %d}}\\n',
    summary.requests, summary.duration / 1e6, latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000, errors))
end
"""


def five_record_screening() -> dict:
    records = [
        ("NY", "prostitution", "misdemeanor", "conviction", 17),
        ("NY", "theft", "misdemeanor", "conviction", 19),
        ("CA", "drug_possession", "felony", "arrest", 22),
        ("FL", "loitering_for_prostitution", "misdemeanor", "conviction", 20),
        ("TX", "prostitution", "misdemeanor", "conviction", 24),
    ]
    return {"as_of": "2026-11-21",
            "person": {"trafficking_type": "sex", "trafficking_ended_on": "2019-06-01", "citizenship": "noncitizen"},
            "records": [{"jurisdiction": j, "offense_category": c, "level": level, "record_type": t,
                         "age_at_offense": age, "related_to_trafficking": "yes"} for j, c, level, t, age in records]}


def results_cookie(screening: dict) -> str:
    """A visit cookie holding the same five records, as the questionnaire would leave it."""
    from screener.web import create_app
    app = create_app({"SECRET_KEY": SECRET})
    answers = {"person": screening["person"], "records": screening["records"],
               "asked": {"ended": "yes", "papers": "no", "about_you": True}}
    return "visit=" + app.session_interface.encode(app, {"answers": answers})


def browser_cookie(base: str, cookie: str) -> str:
    """The cookie as a browser holds it one page later: the app adds the visit's form token and
    re-issues a cookie at most once a minute, and a browser sends back what it was given, so wrk
    replaying a stale or token-less cookie would measure an encryption no visitor's page pays."""
    request = urllib.request.Request(base + "/results", headers={"Cookie": cookie})
    with urllib.request.urlopen(request, timeout=10) as response:
        for header in response.headers.get_all("Set-Cookie") or []:
            if header.startswith("visit="):
                return header.split(";", 1)[0]
    return cookie


def workers() -> int:
    """The number of workers the server ran with (gunicorn.conf.py's, unless BENCH_WORKERS)."""
    if WORKERS:
        return int(WORKERS)
    return runpy.run_path(str(ROOT / "gunicorn.conf.py"))["workers"]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_server(port: int) -> subprocess.Popen:
    env = {**os.environ, "SECRET_KEY": SECRET}
    server = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", *(["--workers", WORKERS] if WORKERS else []),
         "--bind", f"127.0.0.1:{port}", "--log-level", "warning", "wsgi:app"], cwd=ROOT, env=env)
    deadline = time.time() + 30
    while time.time() < deadline:
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=1)
            return server
        except OSError:
            time.sleep(0.2)
    server.terminate()
    raise SystemExit("gunicorn did not start within 30 s")


def run_wrk(url: str, request_lua: str, seconds: int = SECONDS) -> dict:
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as script:
        script.write(REPORT_LUA.format(request=request_lua))
    try:
        out = subprocess.run(["wrk", "-t2", f"-c{CONNECTIONS}", f"-d{seconds}s", "--timeout", "10s",
                              "-s", script.name, url], capture_output=True, text=True, timeout=seconds + 60)
    finally:
        os.unlink(script.name)
    line = next(line for line in out.stdout.splitlines() if line.startswith('{"requests"'))
    report = json.loads(line)
    report["rps"] = report["requests"] / report["seconds"]
    return report


def worker_cpu_seconds(server: subprocess.Popen) -> float | None:
    """CPU time (user + system) the server's workers have used so far, from /proc (Linux only).

    Per request, it says what a route costs the app itself, steadier than req/s on a shared
    machine (the ratio also moves with what the machine's neighbours are doing)."""
    try:
        total = 0
        for pid in Path(f"/proc/{server.pid}/task/{server.pid}/children").read_text().split():
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
            total += int(fields[11]) + int(fields[12])  # utime, stime
        return total / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError):
        return None


def measure(server: subprocess.Popen, url: str, request_lua: str) -> dict:
    """One wrk run, with the workers' CPU milliseconds per request (None where /proc is missing)."""
    before = worker_cpu_seconds(server)
    report = run_wrk(url, request_lua)
    after = worker_cpu_seconds(server)
    report["cpu_ms"] = None if before is None or after is None else 1000 * (after - before) / report["requests"]
    return report


def cpu_column(cpu_ms: float | None) -> str:
    return "-" if cpu_ms is None else f"{cpu_ms:.2f}"


def lua_string(text: str) -> str:
    return json.dumps(text)  # a JSON string literal is a valid Lua string literal for this text


def main() -> None:
    if not shutil.which("wrk"):
        raise SystemExit("wrk is not installed (Debian package wrk); `make bench` installs it")
    screening = five_record_screening()
    cookie = results_cookie(screening)
    port = free_port()
    server = start_server(port)
    base = f"http://127.0.0.1:{port}"

    def with_cookie() -> str:  # made just before each run, so it is never a minute old
        return f'wrk.headers["Cookie"] = {lua_string(browser_cookie(base, cookie))}'

    # (name, url, wrk request script (made when the run starts), held to the targets?)
    routes = [
        ("GET /healthz (ceiling)", base + "/healthz", lambda: "", False),
        ("POST /api/v1/screen (5 records)", base + "/api/v1/screen",
         lambda: f'wrk.method = "POST"\nwrk.body = {lua_string(json.dumps(screening))}\n'
                 'wrk.headers["Content-Type"] = "application/json"', True),
        ("GET /results (5 records)", base + "/results", with_cookie, True),
        # For scale, no target: the app's plainest page (no engine, little text), with the same cookie.
        ("GET / (welcome page, for scale)", base + "/", with_cookie, False),
    ]
    try:
        # Warm-up, not measured: every worker has loaded the rulebook and answered once, so no
        # route (the ceiling first of all) is measured while workers are still starting.
        for _, url, lua, _ in routes:
            run_wrk(url, lua(), seconds=2)
        rounds = [[measure(server, url, lua()) for _, url, lua, _ in routes] for _ in range(ROUNDS)]
    finally:
        server.terminate()
        server.wait(timeout=10)
    for measured in rounds:  # each round's ratios are to that round's own ceiling
        for report in measured:
            report["ratio"] = report["rps"] / measured[0]["rps"]
    print(f"gunicorn {workers()} workers, wrk 2 threads, {CONNECTIONS} connections, {SECONDS} s per route, "
          f"median of {ROUNDS} rounds")
    print(f"{'route':34} {'req/s':>8} {'ratio':>6} {'p50 ms':>7} {'p95 ms':>7} {'p99 ms':>7} {'errors':>6} {'cpu ms':>7}  target")
    failed = False
    for index, (name, _, _, held) in enumerate(routes):
        runs = [measured[index] for measured in rounds]
        rps, ratio, p50, p95, p99 = (median(run[key] for run in runs) for key in ("rps", "ratio", "p50", "p95", "p99"))
        cpu = [run["cpu_ms"] for run in runs if run["cpu_ms"] is not None]
        errors = sum(run["errors"] for run in runs)
        missed = held and (ratio < 0.5 or p95 >= 50)
        failed |= missed or errors > 0
        verdict = ("MISSED" if missed else "met") if held else "-"
        print(f"{name:34} {rps:8.0f} {ratio:6.2f} {p50:7.1f} {p95:7.1f} {p99:7.1f} {errors:6d} "
              f"{cpu_column(median(cpu) if cpu else None):>7}  {verdict}")
        print(f"{'':34} ratio by round: " + ", ".join(f"{run['ratio']:.2f}" for run in runs))
    print("cpu ms: the workers' CPU time per request (what the route costs the app itself)")
    print("targets (issue 11): at least half the ceiling, p95 under 50 ms, zero errors:",
          "MISSED" if failed else "met")


if __name__ == "__main__":
    main()
