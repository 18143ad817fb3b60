"""Input validation: every problem names the field as the contract writes it."""
import datetime as dt

import pytest

from screener.contract import ScreeningError, parse_bulk, parse_screening

GOOD = {
    "as_of": "2026-11-21",
    "person": {"trafficking_type": "sex", "date_of_birth": "1995-03-01"},
    "records": [{"jurisdiction": "NY", "offense_category": "prostitution", "level": "misdemeanor",
                 "record_type": "conviction", "age_at_offense": 17, "offense_date": "2012-05-01"}],
}


def errors(data, **kwargs):
    with pytest.raises(ScreeningError) as caught:
        parse_bulk(data, **kwargs)
    return {e.field: e.message for e in caught.value.errors}


def with_record(**changes):
    return {**GOOD, "records": [{**GOOD["records"][0], **changes}]}


def test_good_screening_parses_and_defaults():
    screening = parse_screening(GOOD)
    assert screening.person.citizenship == "unknown"
    assert screening.records[0].related_to_trafficking == "unsure"
    assert screening.person.official_documentation is False


def test_as_of_defaults_to_the_day_asked_not_import_time():
    data = {k: v for k, v in GOOD.items() if k != "as_of"}
    assert parse_screening(data, today=dt.date(2030, 1, 2)).as_of == dt.date(2030, 1, 2)


@pytest.mark.parametrize("changes, field, words", [
    ({"level": "big"}, "records[0].level", "must be one of: 'felony', 'misdemeanor', 'petty'"),
    ({"offense_category": "murderish"}, "records[0].offense_category", "must be one of"),
    ({"record_type": None}, "records[0].record_type", "must be one of"),
    ({"jurisdiction": "XY"}, "records[0].jurisdiction", "two-letter code"),
    ({"age_at_offense": -1}, "records[0].age_at_offense", "at least 0"),
    ({"age_at_offense": "seventeen"}, "records[0].age_at_offense", "whole number"),
    ({"age_at_offense": 19}, "records[0].age_at_offense", "give 17"),
    ({"offense_date": "2012-13-01"}, "records[0].offense_date", "YYYY-MM-DD"),
    ({"offense_date": "2027-01-01", "age_at_offense": None}, "records[0].offense_date", "after the as_of"),
    ({"disposition_date": "2011-01-01"}, "records[0].disposition_date", "before the offense_date"),
    ({"related_to_trafficking": "maybe"}, "records[0].related_to_trafficking", "'yes', 'no', 'unsure'"),
    ({"levle": "felony"}, "records[0].levle", "not a field"),
])
def test_bad_record_fields_are_named(changes, field, words):
    found = errors(with_record(**changes))
    assert field in found, found
    assert words in found[field]


def test_missing_age_and_dates_says_what_would_do():
    data = {**GOOD, "person": {"trafficking_type": "sex"},
            "records": [{k: v for k, v in GOOD["records"][0].items() if k != "age_at_offense"}]}
    assert "unless person.date_of_birth" in errors(data)["records[0].age_at_offense"]


def test_missing_required_fields_and_wrong_shapes():
    found = errors({"person": {"trafficking_type": "sex", "official_documentation": "perhaps"}, "records": []})
    assert found["person.official_documentation"] == "must be true or false"
    assert found["records"] == "must list at least one record"
    assert errors({"person": "me", "records": {}})["person"] == "must be an object with named fields"
    assert errors([])["(the screening)"].startswith("the list is empty")
    assert errors("text")["(the screening)"] == "must be a JSON object"


def test_bulk_errors_name_the_item():
    found = errors([GOOD, with_record(level="huge")])
    assert list(found) == ["[1].records[0].level"]


def test_jurisdiction_is_read_in_any_case():
    assert parse_screening(with_record(jurisdiction=" ny ")).records[0].jurisdiction == "NY"
