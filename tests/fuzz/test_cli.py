"""`screener screen -` on any input: exit 0 with the result as JSON, or exit 2 with a message naming
the field (or saying the input is not JSON), nothing on standard output; never a traceback.

Runs the CLI's main() in this process, with standard input and output as bytes (UTF-8, strict, as a
terminal or pipe is), so thousands of inputs take seconds; test_hostile.py runs real processes."""
from __future__ import annotations

import io
import json
import sys
from unittest import mock

from hypothesis import given
from hypothesis import strategies as st

from screener import cli
from screener.contract import ScreeningError, parse_bulk
from tests.fuzz.budget import budget, real_rulebook, tried
from tests.fuzz.openapi_check import validate
from tests.fuzz.strategies import ANY_JSON_VALUE, RAW_BODIES, body, broken_screenings, screenings


def run_cli(stdin: bytes, *args: str) -> tuple[int, bytes, str]:
    stdout = io.TextIOWrapper(io.BytesIO(), encoding="utf-8", errors="strict", newline="")
    stderr = io.TextIOWrapper(io.BytesIO(), encoding="utf-8", errors="backslashreplace", newline="")
    stdin_stream = io.TextIOWrapper(io.BytesIO(stdin), encoding="utf-8")
    with mock.patch.object(sys, "stdin", stdin_stream), mock.patch.object(sys, "stdout", stdout), \
            mock.patch.object(sys, "stderr", stderr), mock.patch.object(cli, "load_rulebook", real_rulebook):
        code = cli.main(list(args) or ["screen", "-"])
        stdout.flush()
        stderr.flush()
    return code, stdout.buffer.getvalue(), stderr.buffer.getvalue().decode()


def decoded(data: bytes):
    """The JSON the CLI would read, or a reason it cannot."""
    try:
        return json.loads(data.decode("utf-8")), None
    except (UnicodeDecodeError, ValueError, RecursionError) as error:
        return None, error


INPUTS = st.one_of(
    RAW_BODIES,
    screenings().map(body),
    st.lists(screenings(max_records=2), min_size=1, max_size=3).map(body),
    broken_screenings().map(body),
    st.lists(broken_screenings(), min_size=1, max_size=3).map(body),
    ANY_JSON_VALUE.map(body),
)


@budget("cli")
@given(stdin=INPUTS)
def test_screen_answers_any_input_with_json_or_named_fields(stdin):
    tried("cli")
    code, out, err = run_cli(stdin)
    assert "Traceback" not in err
    data, unreadable = decoded(stdin)
    if unreadable is not None:
        assert code == 2 and out == b""
        assert err.startswith("screener: ") and err.count("\n") == 1, err
        assert any(words in err for words in ("not valid JSON", "not UTF-8", "number too long")), err
        return
    try:
        parse_bulk(data)
    except ScreeningError as error:
        assert code == 2 and out == b"", err
        assert err == "".join(f"screener: {e.field}: {e.message}\n" for e in error.errors)
        return
    assert code == 0 and err == "", err
    result = json.loads(out.decode("utf-8"))
    validate("Results" if isinstance(data, list) else "Result", result)
