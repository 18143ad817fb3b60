"""Hypothesis strategies: valid screenings (random but true to the contract), and hostile values."""
from __future__ import annotations

import datetime as dt
import json

from hypothesis import strategies as st

from screener.dates import age_on
from screener.vocab import JURISDICTIONS, LEVELS, OFFENSE_CATEGORIES, RECORD_TYPES

EARLIEST, LATEST = dt.date(1940, 1, 1), dt.date(2030, 12, 31)
TODAY = dt.date(2026, 11, 21)  # what the tests give as "today", the default as_of
HOSTILE_TEXT = [
    "<script>alert(1)</script>", "</textarea><img src=x onerror=alert(1)>", '"><b>bold</b>', "&amp; &lt;",
    "{{ 7*7 }}", "{name}", "%(name)s", "\x00\x01\x1b[31m", "\u202eevil", "DROP TABLE records;--",
    "PL 230.00", "poss. of controlled subst.", "\ufeff", "😀" * 3, "a\u0301" * 5, " " * 10, "\r\n\t",
]
# Any text but lone surrogates, which no browser or terminal can send.
TEXT = st.text(st.characters(exclude_categories=("Cs",)), max_size=40)
FREE_TEXT = st.one_of(TEXT, st.sampled_from(HOSTILE_TEXT),
                      st.lists(st.sampled_from(HOSTILE_TEXT + ["theft", "prostitution", "shoplifting"]),
                               max_size=6).map(" ".join))


def iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


@st.composite
def records(draw, as_of: dt.date, born: dt.date | None) -> dict:
    earliest = born or EARLIEST
    offense = draw(st.none() | st.dates(earliest, as_of))
    disposition = draw(st.none() | st.dates(offense or earliest, as_of))
    record = {
        "jurisdiction": draw(st.sampled_from(sorted(JURISDICTIONS))),
        "offense_category": draw(st.sampled_from(OFFENSE_CATEGORIES)),
        "level": draw(st.sampled_from(LEVELS)),
        "record_type": draw(st.sampled_from(RECORD_TYPES)),
    }
    if draw(st.booleans()):  # the contract takes its codes in any case and with spaces around
        record["jurisdiction"] = draw(st.sampled_from([record["jurisdiction"].lower(), f" {record['jurisdiction']} "]))
    if offense:
        record["offense_date"] = iso(offense)
    if disposition:
        record["disposition_date"] = iso(disposition)
    computable = born is not None and offense is not None
    if not computable or draw(st.booleans()):
        record["age_at_offense"] = age_on(born, offense) if computable else draw(st.integers(0, 120))
    if draw(st.booleans()):
        record["related_to_trafficking"] = draw(st.sampled_from(["yes", "no", "unsure"]))
    if draw(st.booleans()):
        record["offense_description"] = draw(FREE_TEXT.map(lambda text: text[:500]))
    return record


@st.composite
def screenings(draw, max_records: int = 6) -> dict:
    """A screening the contract accepts: every date in order, every age matching its dates."""
    as_of = draw(st.dates(dt.date(2000, 1, 1), LATEST))
    born = draw(st.none() | st.dates(EARLIEST, as_of))
    person = {"trafficking_type": draw(st.sampled_from(["sex", "labor", "both"]))}
    if born:
        person["date_of_birth"] = iso(born)
    if draw(st.booleans()):
        person["trafficking_ended_on"] = iso(draw(st.none() | st.dates(born or EARLIEST, LATEST)))
    if draw(st.booleans()):
        person["official_documentation"] = draw(st.booleans())
    if draw(st.booleans()):
        person["citizenship"] = draw(st.sampled_from(["citizen", "noncitizen", "unknown"]))
    screening = {"as_of": iso(as_of), "person": person,
                 "records": draw(st.lists(records(as_of, born), min_size=1, max_size=max_records))}
    if as_of == TODAY or (as_of < TODAY and draw(st.booleans())):
        del screening["as_of"]  # today, which the tests fix
    return screening


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | TEXT,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(TEXT, inner, max_size=4),
    max_leaves=12)
ANY_JSON_VALUE = st.one_of(JSON_VALUES, st.sampled_from([10 ** 300, -(10 ** 40), 1e308, 0.5, 17.0, True, [], {}, "", "2019-06-01",
                                                           "17", "true", 0, 86400]))

FIELDS = {
    None: ["as_of", "person", "records", "extra"],
    "person": ["trafficking_type", "trafficking_ended_on", "official_documentation", "date_of_birth",
               "citizenship", "extra"],
    "record": ["jurisdiction", "offense_category", "offense_description", "level", "record_type",
               "age_at_offense", "offense_date", "disposition_date", "related_to_trafficking", "extra"],
}


@st.composite
def broken_screenings(draw) -> object:
    """A valid screening with a few fields dropped, replaced by any JSON value, or added."""
    data = draw(screenings(max_records=3))
    for _ in range(draw(st.integers(1, 3))):
        where = draw(st.sampled_from([None, "person", "record"]))
        target = data if where is None else data.get("person") if where == "person" else None
        if where == "record" and isinstance(data.get("records"), list) and data["records"]:
            target = draw(st.sampled_from(data["records"]))
        if not isinstance(target, dict):
            continue
        name = draw(st.sampled_from(FIELDS[where]))
        if name == "extra":
            name = draw(TEXT)
        if draw(st.booleans()) and name in target:
            del target[name]
        else:
            target[name] = draw(ANY_JSON_VALUE)
    return data


RAW_BODIES = st.one_of(
    st.binary(max_size=200),
    st.sampled_from([b"", b"null", b"[]", b"{}", b"\xff\xfe{", b"\xef\xbb\xbf{}", b"[" * 5000, b"{\"a\":" * 3000,
                     b'{"person": ' + b"9" * 5000 + b"}", b"[1e999999]", b"NaN", b"-Infinity",
                     '{"person": "\\ud800"}'.encode(), b'"\\u0000"', "{\"caf\u00e9\": 1}".encode("latin-1")]))


def body(value) -> bytes:
    """JSON bytes of a value, as a client would send it."""
    return json.dumps(value, ensure_ascii=False).encode("utf-8")
