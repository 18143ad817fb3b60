"""Validates data against a schema of the OpenAPI description (jsonschema, JSON Schema 2020-12)."""
from __future__ import annotations

import functools

from jsonschema import Draft202012Validator, FormatChecker

from screener.web.openapi import openapi


@functools.cache
def validator(name: str) -> Draft202012Validator:
    schema = {"$ref": f"#/components/schemas/{name}", "components": openapi()["components"]}
    return Draft202012Validator(schema, format_checker=FormatChecker())


def validate(name: str, instance) -> None:
    """Raises jsonschema.ValidationError, naming the place, when `instance` is not a `name`."""
    validator(name).validate(instance)


def response_schema(path: str, method: str, status: int, media_type: str = "application/json") -> dict:
    """The schema the description gives for one response, ready to validate with."""
    operation = openapi()["paths"][path][method]
    schema = operation["responses"][str(status)]["content"][media_type]["schema"]
    return {**schema, "components": openapi()["components"]}
