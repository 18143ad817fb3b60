"""JSON API: POST /api/v1/screen, as the screening contract says, and POST /api/v1/checklist, its
filing checklist as a PDF. It stores nothing. Described at GET /api/v1/openapi.json (openapi.py)."""
from __future__ import annotations

import json

from flask import Blueprint, Response, current_app, jsonify, render_template, request
from flask_babel import gettext
from flask_wtf.csrf import CSRFError
from werkzeug.exceptions import HTTPException

from ..checklist import build_checklist_pdf, parse_checklist_request
from ..contract import ScreeningError
from ..checklist_templates import load_templates
from ..offenses import match_offense
from ..screen import screen_data
from .openapi import MAX_MATCH_TEXT, openapi

blueprint = Blueprint("api", __name__, url_prefix="/api/v1")


def _errors(status: int, field: str, message: str):
    return jsonify({"errors": [{"field": field, "message": message}]}), status


@blueprint.record_once
def _load_templates(state) -> None:
    # Broken checklist templates stop start-up, like broken rules (FormsError: file, field, reason).
    state.app.extensions["forms_templates"] = load_templates()


def _json_body():
    """(decoded JSON, None), or (None, an error response) for a body that is not JSON."""
    if not request.mimetype or request.mimetype not in ("application/json", "text/json") \
            and not request.mimetype.endswith("+json"):
        return None, _errors(415, "(body)", "send JSON, with Content-Type: application/json")
    try:
        return json.loads(request.get_data(cache=False).decode("utf-8")), None
    except UnicodeDecodeError:
        return None, _errors(422, "(body)", "is not UTF-8 text")
    except json.JSONDecodeError as error:
        return None, _errors(422, "(body)", f"is not valid JSON (line {error.lineno}, column {error.colno})")
    except ValueError:  # an integer of thousands of digits: Python refuses to read it
        return None, _errors(422, "(body)", "holds a number too long to be part of a screening")
    except RecursionError:
        return None, _errors(422, "(body)", "is nested too deeply to be a screening")


@blueprint.post("/screen")
def screen():
    data, problem = _json_body()
    if problem:
        return problem
    try:
        result = screen_data(data, current_app.extensions["rulebook"])
    except ScreeningError as error:
        return jsonify({"errors": [e.to_json() for e in error.errors]}), 422
    return jsonify(result)


@blueprint.post("/checklist")
def checklist():
    """The filing checklist PDF of one screening; a name is printed only if sent as checklist.name."""
    data, problem = _json_body()
    if problem:
        return problem
    try:
        screening, name = parse_checklist_request(data)
    except ScreeningError as error:
        return jsonify({"errors": [e.to_json() for e in error.errors]}), 422
    pdf = build_checklist_pdf(screening, current_app.extensions["rulebook"], name=name,
                              templates=current_app.extensions["forms_templates"])
    return Response(pdf, mimetype="application/pdf",
                    headers={"Content-Disposition": 'attachment; filename="filing-checklist.pdf"'})


@blueprint.post("/offenses/match")
def match_offenses():
    """Best offense categories for text from a record. POST, so the text never lands in access logs."""
    data, problem = _json_body()
    if problem:
        return problem
    if not isinstance(data, dict):
        return _errors(422, "(body)", 'must be a JSON object, like {"text": "PL 230.00"}')
    unknown = sorted(set(data) - {"text"})
    if unknown:
        return _errors(422, unknown[0][:60], "is not a field of this request; check its spelling")
    text = data.get("text")
    if not isinstance(text, str) or len(text) > MAX_MATCH_TEXT:
        return _errors(422, "text", f"must be text of at most {MAX_MATCH_TEXT} characters")
    matches = match_offense(text, current_app.extensions["rulebook"].offenses)
    return jsonify([{**m.to_json(), "label": gettext(m.label)} for m in matches])  # the visitor's language


@blueprint.app_errorhandler(HTTPException)
def _http_error(error: HTTPException):
    # JSON, not an HTML page, for every error under /api (413 too large, 405 wrong method, ...);
    # routing errors never reach a blueprint's own handler, hence the app-wide one.
    if not request.path.startswith(blueprint.url_prefix + "/"):
        # Pages, with the quick exit and the language switch, rather than the server's bare ones.
        if error.code == 413:
            return render_template("error.html", title=gettext("That was too much to send"),
                                   message=gettext("What you sent is too long for this page. Go back, make "
                                                   "it shorter, and send it again.")), 413
        if isinstance(error, CSRFError):
            return render_template("error.html", title=gettext("This page was open too long"),
                                   message=gettext("For your safety, the form stopped working. Go back, load "
                                                   "the page again, and send it again. Your saved answers "
                                                   "are still here.")), 400
        if error.code == 404:
            return render_template("error.html", title=gettext("Page not found"),
                                   message=gettext("We could not find that page.")), 404
        return error
    if error.code == 413:
        limit = current_app.config.get("MAX_CONTENT_LENGTH") or 0
        size = f"{limit / 1024 / 1024:g} MiB" if limit >= 1024 * 1024 else f"{limit:,} bytes"
        return _errors(413, "(body)", f"is larger than {size}, the most one request may send: "
                                      "send fewer screenings or records at once")
    response, status = _errors(error.code or 500, "(request)", error.description or error.name)
    for name, value in error.get_headers():  # Allow: on a 405, as HTTP requires
        if name.lower() != "content-type":
            response.headers[name] = value
    return response, status


@blueprint.get("/openapi.json")
def openapi_description():
    return jsonify(openapi(saved_screenings="store" in current_app.extensions))
