"""The API against its own OpenAPI description: schemathesis generates requests from it, valid and
invalid, in-process against the Flask app (no network), and checks every response against it."""
from __future__ import annotations

import pytest
import schemathesis
from hypothesis import settings
from schemathesis import GenerationMode
from schemathesis.specs.openapi.checks import positive_data_acceptance

from tests.fuzz.budget import budget, tried


@pytest.fixture(scope="module")
def api_schema(fuzz_app):
    schema = schemathesis.openapi.from_wsgi("/api/v1/openapi.json", fuzz_app)
    schema.config.generation.update(modes=[GenerationMode.POSITIVE, GenerationMode.NEGATIVE],
                                    deterministic=budget("api").derandomize)
    return schema


schema = schemathesis.pytest.from_fixture("api_schema")


@schema.parametrize()
@settings(budget("api"))
def test_api_keeps_its_description(case):
    """No 5xx, every status and body as described; invalid input always refused with field errors.

    A body valid by the schema may still break a rule no schema can say (an age that does not match
    the dates, a date after as_of): it is refused with 422 and named fields, never a 500."""
    tried("api")
    response = case.call()
    case.validate_response(response, excluded_checks=[positive_data_acceptance])
    assert response.status_code < 500
    if response.status_code == 422:
        assert response.json()["errors"], response.text
