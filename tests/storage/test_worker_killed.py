"""A worker killed mid-request loses no acknowledged save (PostgreSQL transactions).

Runs the soak (bench/soak.py) briefly against the real PostgreSQL with a gunicorn worker killed
(SIGKILL) every second and a half: requests in flight fail, but every save whose page was
shown must read back intact.
"""
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def test_killed_workers_lose_no_acknowledged_save(postgres_user):
    user, reason = postgres_user
    if user is None:
        if os.environ.get("CI") == "true":
            pytest.fail(f"PostgreSQL is needed in CI: {reason}")
        pytest.skip(f"PostgreSQL tests skipped: {reason}")
    env = {**os.environ, "SOAK_SECONDS": "10", "SOAK_CLIENTS": "6", "SOAK_WORKERS": "3",
           "SOAK_KILL_EVERY": "1.5", "SOAK_DATABASE": f"screener_kill_{os.getpid()}"}
    run = subprocess.run([sys.executable, "bench/soak.py"], cwd=ROOT, env=env, capture_output=True,
                         text=True, timeout=300)
    assert run.returncode == 0, run.stdout + run.stderr
    assert "lost: 0  corrupted: 0" in run.stdout
    # All three kinds of save took part: survivors and staff on the web, programs through the API.
    kinds = re.search(r"\((\d+) survivor, (\d+) staff in the workspace, (\d+) through the API\)", run.stdout)
    assert kinds and all(int(count) > 0 for count in kinds.groups()), run.stdout
    killed = next(line for line in run.stdout.splitlines() if line.startswith("workers killed"))
    assert int(killed.split(":")[1].split()[0]) >= 3, run.stdout
