"""JSON API: POST /api/v1/screen, as the screening contract says. It stores nothing."""
from __future__ import annotations

import json

from flask import Blueprint, current_app, jsonify, request
from werkzeug.exceptions import HTTPException

from ..contract import ScreeningError
from ..screen import screen_data

blueprint = Blueprint("api", __name__, url_prefix="/api/v1")


def _errors(status: int, field: str, message: str):
    return jsonify({"errors": [{"field": field, "message": message}]}), status


@blueprint.post("/screen")
def screen():
    if not request.mimetype or request.mimetype not in ("application/json", "text/json") \
            and not request.mimetype.endswith("+json"):
        return _errors(415, "(body)", "send the screening as JSON with Content-Type: application/json")
    try:
        data = json.loads(request.get_data(cache=False).decode("utf-8"))
    except UnicodeDecodeError:
        return _errors(422, "(body)", "is not UTF-8 text")
    except json.JSONDecodeError as error:
        return _errors(422, "(body)", f"is not valid JSON (line {error.lineno}, column {error.colno})")
    except RecursionError:
        return _errors(422, "(body)", "is nested too deeply to be a screening")
    try:
        result = screen_data(data, current_app.extensions["rulebook"])
    except ScreeningError as error:
        return jsonify({"errors": [e.to_json() for e in error.errors]}), 422
    return jsonify(result)


@blueprint.app_errorhandler(HTTPException)
def _http_error(error: HTTPException):
    # JSON, not an HTML page, for every error under /api (413 too large, 405 wrong method, ...);
    # routing errors never reach a blueprint's own handler, hence the app-wide one.
    if not request.path.startswith(blueprint.url_prefix + "/"):
        return error
    return _errors(error.code or 500, "(request)", error.description or error.name)
