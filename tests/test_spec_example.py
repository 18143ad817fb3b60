"""The example screening of shared/SPEC-screening.md, through the real rules and the CLI."""
import json
import subprocess
import sys
from pathlib import Path

EXAMPLE = Path(__file__).parent / "data" / "spec-example.json"


def test_spec_example_is_eligible_for_vacatur_under_cpl_440_10():
    run = subprocess.run([sys.executable, "-m", "screener", "screen", str(EXAMPLE)],
                         capture_output=True, cwd=Path(__file__).parent.parent)
    assert run.returncode == 0, run.stderr
    result = json.loads(run.stdout)
    record = result["records"][0]
    assert (record["outcome"], record["relief"], record["citation"]) == \
        ("eligible", "vacatur", "N.Y. Crim. Proc. Law § 440.10(1)(i)")
    assert record["reasons"] and all(reason["citation"] for reason in record["reasons"])
    assert result["rules_version"].count("+") == 1
