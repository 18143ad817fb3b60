"""The OpenAPI 3.1 description of the JSON API, served at GET /api/v1/openapi.json.

Built from the same vocabularies and limits the code enforces (screener/vocab.py,
screener/contract.py, screener/checklist.py), so it cannot drift from them on its own;
tests/fuzz/test_openapi.py validates real responses against it and fuzzes the API from it.
"""
from __future__ import annotations

import functools
from typing import get_args

from ..checklist import MAX_NAME, OPTIONS_KEY
from ..contract import MAX_BULK_RECORDS, MAX_DESCRIPTION, MAX_RECORDS, MAX_SCREENINGS
from ..storage import MAX_REFERENCE
from ..vocab import (JURISDICTIONS, LEVELS, OFFENSE_CATEGORIES, OUTCOMES, RECORD_TYPES, RELIEFS, Citizenship,
                     Related, Status, TraffickingType)

MAX_MATCH_TEXT = MAX_DESCRIPTION  # POST /api/v1/offenses/match: text as it appears on one record


def _ref(name: str) -> dict:
    return {"$ref": f"#/components/schemas/{name}"}


def _enum(values, *, nullable: bool = False) -> dict:
    values = list(values)
    return {"enum": values + [None]} if nullable else {"type": "string", "enum": values}


def _nullable(schema: dict) -> dict:
    return {**schema, "type": [schema["type"], "null"]}


DATE = {"type": "string", "format": "date", "description": "ISO date, YYYY-MM-DD"}
TEXT = {"type": "string"}
TEXTS = {"type": "array", "items": TEXT}

# A determination's outcome fixes whether it names a relief and a citation (shared/SPEC-screening.md).
_NO_RELIEF = ["not_eligible", "no_relief_law"]
_RELIEF_RULES = [
    {"if": {"properties": {"outcome": {"enum": _NO_RELIEF}}},
     "then": {"properties": {"relief": {"type": "null"}}},
     "else": {"properties": {"relief": {"type": "string"}}}},
    {"if": {"properties": {"outcome": {"const": "no_relief_law"}}},
     "then": {"properties": {"citation": {"type": "null"}}},
     "else": {"properties": {"citation": {"type": "string"}}}},
]


def _schemas() -> dict:
    errors = {"type": "array", "minItems": 1, "items": {
        "type": "object", "required": ["field", "message"], "additionalProperties": False,
        "properties": {"field": {**TEXT, "description": 'the field as the contract writes it, e.g. "records[0].level"'},
                       "message": {**TEXT, "description": "what is wrong, in words a person can act on"}}}}
    return {
        "Person": {
            "type": "object", "additionalProperties": False, "required": ["trafficking_type"],
            "properties": {
                "trafficking_type": _enum(get_args(TraffickingType)),
                "trafficking_ended_on": {**_nullable(DATE), "description": "null: not ended, or not known"},
                "official_documentation": {"type": "boolean", "default": False},
                "date_of_birth": _nullable(DATE),
                "citizenship": {**_enum(get_args(Citizenship)), "default": "unknown"},
            }},
        "Record": {
            "type": "object", "additionalProperties": False,
            "required": ["jurisdiction", "offense_category", "level", "record_type"],
            "description": "age_at_offense may be left out only when person.date_of_birth and offense_date "
                           "are both given; dates may not be after as_of, nor before the date of birth.",
            "properties": {
                "jurisdiction": {**_enum(JURISDICTIONS), "description": "USPS code of a state, DC, or US (federal)"},
                "offense_category": _enum(OFFENSE_CATEGORIES),
                "offense_description": {"type": ["string", "null"], "maxLength": MAX_DESCRIPTION},
                "level": _enum(LEVELS),
                "record_type": _enum(RECORD_TYPES),
                "age_at_offense": {"type": ["integer", "null"], "minimum": 0, "maximum": 120},
                "offense_date": _nullable(DATE),
                "disposition_date": _nullable(DATE),
                "related_to_trafficking": {**_enum(get_args(Related)), "default": "unsure"},
            }},
        "Screening": {
            "type": "object", "additionalProperties": False, "required": ["person", "records"],
            "properties": {
                "as_of": {**_nullable(DATE), "description": "evaluate under the law in force that day; default today"},
                "person": _ref("Person"),
                "records": {"type": "array", "minItems": 1, "maxItems": MAX_RECORDS, "items": _ref("Record")},
            }},
        "Bulk": {"type": "array", "minItems": 1, "maxItems": MAX_SCREENINGS, "items": _ref("Screening"),
                 "description": f"at most {MAX_SCREENINGS} screenings and {MAX_BULK_RECORDS} records in all"},
        "ChecklistRequest": {
            "type": "object", "additionalProperties": False, "required": ["person", "records"],
            "description": "one screening, with an optional name to print on the checklist",
            "properties": {
                "as_of": {**_nullable(DATE)},
                "person": _ref("Person"),
                "records": {"type": "array", "minItems": 1, "maxItems": MAX_RECORDS, "items": _ref("Record")},
                OPTIONS_KEY: {"type": "object", "additionalProperties": False, "properties": {
                    "name": {"type": ["string", "null"], "maxLength": MAX_NAME}}},
            }},
        "Reason": {
            "type": "object", "additionalProperties": False,
            "required": ["condition", "status", "text", "citation"],
            "properties": {"condition": TEXT, "status": _enum(get_args(Status)), "text": TEXT, "citation": TEXT}},
        "Alternative": {
            "type": "object", "additionalProperties": False, "required": ["relief", "citation", "outcome", "title"],
            "properties": {"relief": _enum(RELIEFS), "citation": TEXT, "outcome": _enum(OUTCOMES), "title": TEXT}},
        "Determination": {
            "type": "object", "additionalProperties": False,
            "required": ["index", "jurisdiction", "outcome", "relief", "citation", "summary", "reasons",
                         "alternatives", "deadline", "next_steps", "warnings", "law_id"],
            "properties": {
                "index": {"type": "integer", "minimum": 0},
                "jurisdiction": _enum(JURISDICTIONS),
                "outcome": _enum(OUTCOMES),
                "relief": _enum(RELIEFS, nullable=True),
                "citation": {"type": ["string", "null"], "minLength": 1},
                "summary": {**TEXT, "minLength": 1},
                "reasons": {"type": "array", "items": _ref("Reason")},
                "alternatives": {"type": "array", "items": _ref("Alternative")},
                "deadline": {"type": ["string", "null"]},
                "next_steps": TEXTS,
                "warnings": TEXTS,
                "law_id": {"type": ["string", "null"]},
            },
            "allOf": _RELIEF_RULES},
        "Result": {
            "type": "object", "additionalProperties": False, "required": ["rules_version", "as_of", "records"],
            "properties": {"rules_version": {**TEXT, "minLength": 1}, "as_of": DATE,
                           "records": {"type": "array", "minItems": 1, "items": _ref("Determination")}}},
        "Results": {"type": "array", "minItems": 1, "items": _ref("Result")},
        "OffenseMatch": {
            "type": "object", "additionalProperties": False, "required": ["category", "label", "score", "matched"],
            "properties": {"category": _enum(OFFENSE_CATEGORIES), "label": TEXT,
                           "score": {"type": "number", "minimum": 0, "maximum": 1}, "matched": TEXT}},
        "SaveRequest": {
            "type": "object", "additionalProperties": False, "required": ["client_reference", "screening"],
            "properties": {"client_reference": {**TEXT, "minLength": 1, "maxLength": MAX_REFERENCE,
                                                "description": "a case number or initials; no name needed"},
                           "screening": _ref("Screening")}},
        "SavedScreening": {
            "type": "object", "additionalProperties": False,
            "required": ["client_reference", "screening_id", "created_at", "created_by", "updated_at",
                         "updated_by", "rules_version", "screening", "result"],
            "properties": {"client_reference": TEXT, "screening_id": TEXT,
                           "created_at": {**TEXT, "format": "date-time"}, "created_by": {"type": ["string", "null"]},
                           "updated_at": {**TEXT, "format": "date-time"}, "updated_by": {"type": ["string", "null"]},
                           "rules_version": TEXT, "screening": {"type": "object"}, "result": _ref("Result")}},
        "Errors": {"type": "object", "additionalProperties": False, "required": ["errors"],
                   "properties": {"errors": errors}},
    }


def _error(description: str) -> dict:
    return {"description": description, "content": {"application/json": {"schema": _ref("Errors")}}}


ERRORS = {
    "405": _error("not this method"),
    "413": _error("the body is larger than the server accepts (2 MiB by default)"),
    "415": _error("the body is not sent as JSON (Content-Type: application/json)"),
    "422": _error("the body is not valid JSON, or breaks the screening contract: each error names the field"),
}


SAVED_ERRORS = {
    "401": _error("no API token, or one that is unknown, revoked, or whose user is turned off"),
    "503": _error("the database is not answering: nothing was saved or read"),
}
BEARER = [{"bearer": []}]


def _saved_screenings() -> dict:
    """The paths served where storage is on (screener/web/api_screenings.py)."""
    saved = {"description": "the saved screening", "content": {"application/json": {"schema": _ref("SavedScreening")}}}
    return {
        "/api/v1/screenings": {"post": {
            "summary": "Save a screening for your organisation",
            "description": "Checked as /api/v1/screen checks it (errors name fields under \"screening.\"), "
                           "evaluated, and saved encrypted. The 201 is sent only after the save is committed.",
            "security": BEARER,
            "requestBody": {"required": True, "content": {"application/json": {"schema": _ref("SaveRequest")}}},
            "responses": {"201": saved, **SAVED_ERRORS, **ERRORS}}},
        "/api/v1/screenings/{screening_id}": {"get": {
            "summary": "One saved screening of your organisation",
            "security": BEARER,
            "parameters": [{"name": "screening_id", "in": "path", "required": True, "schema": TEXT}],
            "responses": {"200": saved, "404": _error("no saved screening of your organisation has this id"),
                          **SAVED_ERRORS, "405": ERRORS["405"]}}},
    }


def _json_post(summary: str, description: str, body: dict, ok: dict) -> dict:
    return {"post": {
        "summary": summary, "description": description,
        "requestBody": {"required": True, "content": {"application/json": {"schema": body}}},
        "responses": {"200": ok, **ERRORS}}}


@functools.cache
def openapi(saved_screenings: bool = False) -> dict:
    """The description (built once; callers must not change it). saved_screenings: storage is on,
    so the saved-screenings paths are served and described too."""
    description = {
        "openapi": "3.1.0",
        "info": {
            "title": "Screener API",
            "version": "1",
            "summary": "Can a trafficking survivor's criminal record be cleared, under which law, and what to file.",
            "description": "Stores nothing, but for POST /api/v1/screenings where a server keeps saved "
                           "screenings. Field names and vocabularies are those of the screening contract "
                           "(shared/SPEC-screening.md). Information, not legal advice.",
            "license": {"name": "AGPL-3.0-or-later", "identifier": "AGPL-3.0-or-later"},
        },
        "paths": {
            "/api/v1/screen": _json_post(
                "Screen one person's records, or a bulk array of screenings",
                "One screening object answers one result; an array answers an array of results in the same order.",
                {"oneOf": [_ref("Screening"), _ref("Bulk")]},
                {"description": "the result (or results, for an array)",
                 "content": {"application/json": {"schema": {"oneOf": [_ref("Result"), _ref("Results")]}}}}),
            "/api/v1/checklist": _json_post(
                "The filing checklist of one screening, as a PDF",
                f"A name is printed only when sent as {OPTIONS_KEY}.name.",
                _ref("ChecklistRequest"),
                {"description": "the checklist",
                 "content": {"application/pdf": {"schema": {"type": "string", "format": "binary"}}}}),
            "/api/v1/offenses/match": _json_post(
                "Best offense categories for text as it appears on a record",
                "Ranked, best first; an empty list means none is close.",
                {"type": "object", "required": ["text"], "additionalProperties": False,
                 "properties": {"text": {"type": "string", "maxLength": MAX_MATCH_TEXT}}},
                {"description": "the matches",
                 "content": {"application/json": {"schema": {"type": "array", "items": _ref("OffenseMatch")}}}}),
            "/api/v1/openapi.json": {"get": {
                "summary": "This description",
                "responses": {"200": {"description": "OpenAPI 3.1",
                                      "content": {"application/json": {"schema": {"type": "object"}}}},
                              "405": ERRORS["405"]}}},
        },
        "components": {"schemas": _schemas(),
                       "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer",
                                                      "description": "an API token from `screener users token`"}}},
    }
    if saved_screenings:
        description["paths"].update(_saved_screenings())
    return description
