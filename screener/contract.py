"""The screening contract's input (shared/SPEC-screening.md), validated once at the edge.

Every problem becomes a FieldError naming the field as the contract writes it
("records[0].level") and what is wrong in words a person can act on. The same errors serve the
CLI (exit 2), the API (422) and the web form.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Annotated

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, ValidationError, model_validator
from pydantic_core import PydanticCustomError

from .dates import age_on
from .vocab import JURISDICTIONS, Citizenship, Level, OffenseCategory, RecordType, Related, TraffickingType

MAX_RECORDS = 500  # one person's records; more is a bulk file, which is an array of screenings
MAX_SCREENINGS = 1000  # screenings in one bulk array (one request or file): a caseload, split if larger
MAX_BULK_RECORDS = 10_000  # records in all the screenings of one bulk array
MAX_DESCRIPTION = 500  # characters of a record's offense_description
MAX_ERRORS = 100  # field errors reported at once: the first ones, then a count of the rest
_MAX_FIELD_NAME = 60  # an unknown field's name is echoed back only this long


def _json_type(kind: str, check):
    """Only the JSON type the contract names: never false read as age 0, "no" as false, or the
    number 0 as the date 1970-01-01 (pydantic's lax reading would)."""
    def validate(value):
        if value is None or check(value):
            return value
        raise PydanticCustomError(kind, "has the wrong type")
    return BeforeValidator(validate)


_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
Day = Annotated[dt.date, _json_type("date_type", lambda v: isinstance(v, dt.date) or
                                    isinstance(v, str) and _ISO_DATE.fullmatch(v) is not None)]
WholeNumber = Annotated[int, _json_type("int_type", lambda v: isinstance(v, (int, float)) and not isinstance(v, bool))]
TrueOrFalse = Annotated[bool, _json_type("bool_type", lambda v: isinstance(v, bool))]


class Contract(BaseModel):
    # An unknown field is most often a typo ("trafficking_typ"): say so rather than ignore it.
    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)


class Person(Contract):
    trafficking_type: TraffickingType
    trafficking_ended_on: Day | None = None
    official_documentation: TrueOrFalse = False
    date_of_birth: Day | None = None
    citizenship: Citizenship = "unknown"


class Record(Contract):
    jurisdiction: str
    offense_category: OffenseCategory
    offense_description: str | None = Field(default=None, max_length=MAX_DESCRIPTION)
    level: Level
    record_type: RecordType
    age_at_offense: WholeNumber | None = Field(default=None, ge=0, le=120)
    offense_date: Day | None = None
    disposition_date: Day | None = None
    related_to_trafficking: Related = "unsure"

    @model_validator(mode="before")
    @classmethod
    def _jurisdiction_upper(cls, data):
        if isinstance(data, dict) and isinstance(data.get("jurisdiction"), str):
            data = {**data, "jurisdiction": data["jurisdiction"].strip().upper()}
        return data


class Screening(Contract):
    as_of: Day
    person: Person
    records: list[Record] = Field(min_length=1, max_length=MAX_RECORDS)

    def age_at_offense(self, record: Record) -> int:
        """Given, or computed from date of birth and offense date (validation ensures one)."""
        if record.age_at_offense is not None:
            return record.age_at_offense
        return age_on(self.person.date_of_birth, record.offense_date)


@dataclass(frozen=True)
class FieldError:
    field: str
    message: str

    def to_json(self) -> dict:
        return {"field": self.field, "message": self.message}


class ScreeningError(Exception):
    def __init__(self, errors: list[FieldError]):
        if len(errors) > MAX_ERRORS:  # a page of problems helps; a million of them buries the first
            rest = len(errors) - MAX_ERRORS
            errors = errors[:MAX_ERRORS] + [FieldError("(the screening)",
                                                       f"and {rest} more problems: fix these first")]
        self.errors = errors
        super().__init__("; ".join(f"{e.field}: {e.message}" for e in errors))


def _field(loc: tuple, prefix: str) -> str:
    path = prefix
    for part in loc:
        if isinstance(part, int):
            path += f"[{part}]"
        else:
            part = str(part)
            if len(part) > _MAX_FIELD_NAME:  # a made-up field name: enough of it to find it
                part = part[:_MAX_FIELD_NAME] + "..."
            path += f".{part}" if path else part
    return path or "(the screening)"


def _message(error: dict) -> str:
    kind, ctx = error["type"], error.get("ctx", {})
    if kind == "missing":
        return "is required"
    if kind == "extra_forbidden":
        return "is not a field of the screening; check its spelling"
    if kind == "literal_error":
        return f"must be one of: {ctx.get('expected', '').replace(' or ', ', ')}"
    if kind.startswith("date"):
        return "must be a date written YYYY-MM-DD, like 2019-06-01"
    if kind.startswith("int") or kind == "float_type":
        return "must be a whole number"
    if kind.startswith("bool"):
        return "must be true or false"
    if kind == "greater_than_equal":
        return f"must be at least {ctx.get('ge')}"
    if kind == "less_than_equal":
        return f"must be at most {ctx.get('le')}"
    if kind in ("model_type", "model_attributes_type", "dict_type"):
        return "must be an object with named fields"
    if kind == "list_type":
        return "must be a list"
    if kind == "too_short":
        return "must list at least one record"
    if kind == "too_long":
        limit = ctx.get("max_length")
        return f"is too long: at most {limit} {'records' if error['loc'][-1] == 'records' else 'characters'}"
    if kind == "string_too_long":
        return f"is too long: at most {ctx.get('max_length')} characters"
    if kind == "string_unicode":  # a lone surrogate, JSON "\ud800": not a character
        return "must be text without escapes that stand for no character (like \\ud800)"
    if kind.startswith("string"):
        return "must be text"
    return error["msg"]


def _check_facts(screening: Screening, prefix: str) -> list[FieldError]:
    """What the types cannot say: the facts must fit together."""
    errors = []
    person = screening.person
    if person.date_of_birth and person.date_of_birth > screening.as_of:
        errors.append(FieldError(_field(("person", "date_of_birth"), prefix), "is after the as_of date"))
    for i, record in enumerate(screening.records):
        errors_before = len(errors)

        def at(name: str) -> str:
            return _field(("records", i, name), prefix)
        if record.jurisdiction not in JURISDICTIONS:
            errors.append(FieldError(at("jurisdiction"),
                                     "must be the two-letter code of a state, DC, or US for a federal record"))
        for name in ("offense_date", "disposition_date"):
            day = getattr(record, name)
            if day and day > screening.as_of:
                errors.append(FieldError(at(name), "is after the as_of date"))
            if day and person.date_of_birth and day < person.date_of_birth:
                errors.append(FieldError(at(name), "is before person.date_of_birth"))
        if record.offense_date and record.disposition_date and record.disposition_date < record.offense_date:
            errors.append(FieldError(at("disposition_date"), "is before the offense_date"))
        can_compute = person.date_of_birth is not None and record.offense_date is not None
        if record.age_at_offense is None and not can_compute:
            errors.append(FieldError(at("age_at_offense"),
                                     "is required unless person.date_of_birth and this record's "
                                     "offense_date are both given"))
        elif record.age_at_offense is not None and can_compute and len(errors) == errors_before:
            computed = age_on(person.date_of_birth, record.offense_date)
            if computed != record.age_at_offense:
                errors.append(FieldError(at("age_at_offense"),
                                         f"is {record.age_at_offense}, but person.date_of_birth and "
                                         f"offense_date give {computed}; correct one of them"))
    return errors


def parse_screening(data, *, today: dt.date | None = None, prefix: str = "") -> Screening:
    """One screening from decoded JSON; `as_of` defaults to `today` (asked for at call time)."""
    if not isinstance(data, dict):
        raise ScreeningError([FieldError(prefix or "(the screening)", "must be a JSON object")])
    if data.get("as_of") is None:
        data = {**data, "as_of": today or dt.date.today()}
    try:
        screening = Screening.model_validate(data)
    except ValidationError as error:
        raise ScreeningError([FieldError(_field(e["loc"], prefix), _message(e))
                              for e in error.errors()]) from None
    errors = _check_facts(screening, prefix)
    if errors:
        raise ScreeningError(errors)
    return screening


def parse_bulk(data, *, today: dt.date | None = None) -> list[Screening] | Screening:
    """One screening object, or a JSON array of them (bulk); errors name the item, e.g. [2].person."""
    if not isinstance(data, list):
        return parse_screening(data, today=today)
    if not data:
        raise ScreeningError([FieldError("(the screening)", "the list is empty: give at least one screening")])
    if len(data) > MAX_SCREENINGS:
        raise ScreeningError([FieldError("(the screening)", f"the list has {len(data)} screenings: at most "
                                         f"{MAX_SCREENINGS} at once; split it into smaller lists")])
    records = sum(len(item["records"]) for item in data
                  if isinstance(item, dict) and isinstance(item.get("records"), list))
    if records > MAX_BULK_RECORDS:
        raise ScreeningError([FieldError("(the screening)", f"the list has {records} records in all: at most "
                                         f"{MAX_BULK_RECORDS} at once; split it into smaller lists")])
    screenings, errors = [], []
    for i, item in enumerate(data):
        try:
            screenings.append(parse_screening(item, today=today, prefix=f"[{i}]"))
        except ScreeningError as error:
            errors.extend(error.errors)
    if errors:
        raise ScreeningError(errors)
    return screenings
