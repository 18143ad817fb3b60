"""The command line: JSON out and exit 0, or field-named errors on stderr and exit 2."""
import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import make_rules_dir

SCREENING = {
    "as_of": "2026-11-21",
    "person": {"trafficking_type": "sex", "trafficking_ended_on": "2022-06-01"},
    "records": [{"jurisdiction": "AK", "offense_category": "prostitution", "level": "misdemeanor",
                 "record_type": "conviction", "age_at_offense": 20, "related_to_trafficking": "yes"}],
}


def cli(*args, stdin: bytes | None = None, rules: Path | None = None):
    command = [sys.executable, "-m", "screener"] + (["--rules", str(rules)] if rules else []) + list(args)
    return subprocess.run(command, input=stdin, capture_output=True, cwd=Path(__file__).parent.parent)


def test_screen_from_stdin(fixture_rules_dir):
    run = cli("screen", "-", stdin=json.dumps(SCREENING).encode(), rules=fixture_rules_dir)
    assert run.returncode == 0, run.stderr
    result = json.loads(run.stdout)
    assert result["records"][0]["outcome"] == "eligible"
    assert result["rules_version"]


def test_screen_bulk_file_keeps_order(fixture_rules_dir, tmp_path):
    other = {**SCREENING, "records": [{**SCREENING["records"][0], "jurisdiction": "AL"}]}
    path = tmp_path / "bulk.json"
    path.write_text(json.dumps([SCREENING, other, SCREENING]))
    run = cli("screen", str(path), rules=fixture_rules_dir)
    assert run.returncode == 0, run.stderr
    outcomes = [r["records"][0]["outcome"] for r in json.loads(run.stdout)]
    assert outcomes == ["eligible", "no_relief_law", "eligible"]


@pytest.mark.parametrize("stdin, words", [
    (b"{not json", "not valid JSON at line 1"),
    (b"\xff\xfe", "not UTF-8"),
    (json.dumps({**SCREENING, "person": {}}).encode(), "person.trafficking_type: is required"),
    (b"[" * 100000 + b"]" * 100000, "not valid JSON"),
], ids=["broken-json", "not-utf8", "missing-field", "deeply-nested"])
def test_bad_input_exits_2_with_the_field_and_nothing_on_stdout(fixture_rules_dir, stdin, words):
    run = cli("screen", "-", stdin=stdin, rules=fixture_rules_dir)
    assert run.returncode == 2
    assert run.stdout == b""
    assert words in run.stderr.decode()
    assert b"Traceback" not in run.stderr


def test_missing_file_exits_2(fixture_rules_dir):
    run = cli("screen", "no-such-file.json", rules=fixture_rules_dir)
    assert run.returncode == 2 and b"cannot read no-such-file.json" in run.stderr


def test_rules_check_names_file_field_and_reason(tmp_path):
    broken = (Path(__file__).parent / "fixtures/jurisdictions/AK.yaml").read_text()
    broken = broken.replace("relief: vacatur", "relief: pardon-ish", 1)
    rules = make_rules_dir(tmp_path / "rules", {"AK": broken})
    run = cli("rules", "check", rules=rules)
    assert run.returncode == 1
    assert "rules/jurisdictions/AK.yaml: laws[0].relief:" in run.stderr.decode()
    assert b"Traceback" not in run.stderr


def test_rules_report_lists_every_jurisdiction(fixture_rules_dir):
    run = cli("rules", "report", rules=fixture_rules_dir)
    assert run.returncode == 0
    lines = run.stdout.decode().splitlines()
    assert any(line.startswith("AK") and "Fixture Code § 1" in line and "vacatur" in line for line in lines)
    assert any(line.startswith("AL") and "no relief law" in line for line in lines)
    assert any(line.startswith("WY") and "NOT YET ENCODED" in line for line in lines)


def test_offenses_match_ranks_and_offers_none(fixture_rules_dir):
    run = cli("offenses", "match", "PL 230.00 prostitution", "--json")
    matches = json.loads(run.stdout)
    assert matches[0]["category"] == "prostitution"
    assert [m["score"] for m in matches] == sorted([m["score"] for m in matches], reverse=True)
    plain = cli("offenses", "match", "qwertyuiop")
    assert b"none of these" in plain.stdout
