"""The saved-screenings API: a legal aid office's own programs save screenings for their
organisation and read them back, as staff do in the workspace.

    POST /api/v1/screenings        {"client_reference": "...", "screening": {the contract}}
                                   -> 201 and the saved document (Location: its address)
    GET  /api/v1/screenings/<id>   -> 200 and the same document; 404 for none, or another
                                      organisation's

Served only where storage is on. Each request carries `Authorization: Bearer <token>` (made
with `screener users token`) and acts as that token's user, within their organisation; no
cookie is read, so no cross-site request can ride on one. The screening is checked as the
contract says (each error names its field under "screening."), evaluated, and saved encrypted in
one transaction, committed before the 201 is sent: a save that was acknowledged is in the database.
"""
from __future__ import annotations

from flask import Blueprint, current_app, jsonify, request, url_for
from sqlalchemy.exc import SQLAlchemyError

from ..contract import ScreeningError, parse_screening
from ..engine import evaluate
from ..storage import MAX_REFERENCE
from ..storage.store import KeyMismatch
from .api import _errors, _json_body
from .workspace import export_document, storage_error, store

blueprint = Blueprint("api_screenings", __name__, url_prefix="/api/v1")
FIELDS = {"client_reference", "screening"}


def _staff():
    """The token's user, or None. The token is read from the Authorization header only."""
    scheme, _, token = request.headers.get("Authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        return None
    return store().user_for_api_token(token.strip())


def _unauthorized():
    response, status = _errors(401, "(Authorization)", "send a valid API token as 'Authorization: Bearer <token>' "
                                                       "(an admin makes one with `screener users token`)")
    response.headers["WWW-Authenticate"] = 'Bearer realm="screener"'
    return response, status


def _answers(data: dict) -> dict:
    """The screening as the questionnaire keeps answers, so the workspace can open and edit it."""
    person = data["person"]
    return {"person": person, "records": data["records"],
            "asked": {"ended": "yes" if person.get("trafficking_ended_on") else "no",
                      "papers": "yes" if person.get("official_documentation") else "no", "about_you": True}}


@blueprint.post("/screenings")
def save():
    user = _staff()
    if user is None:
        return _unauthorized()
    data, problem = _json_body()
    if problem:
        return problem
    if not isinstance(data, dict):
        return _errors(422, "(body)", 'must be a JSON object: {"client_reference": "...", "screening": {...}}')
    unknown = sorted(set(data) - FIELDS)
    if unknown:
        return _errors(422, unknown[0][:60], "is not a field of this request; check its spelling")
    reference = data.get("client_reference")
    if not isinstance(reference, str) or not reference.strip() or len(reference.strip()) > MAX_REFERENCE:
        return _errors(422, "client_reference", f"must be text of 1 to {MAX_REFERENCE} characters, like a "
                                                "case number your office uses (you do not need a name)")
    if "screening" not in data:
        return _errors(422, "screening", "is missing: send the screening to save, as POST /api/v1/screen takes it")
    try:
        screening = parse_screening(data["screening"], prefix="screening")
    except ScreeningError as error:
        return jsonify({"errors": [e.to_json() for e in error.errors]}), 422
    result = evaluate(screening, current_app.extensions["rulebook"]).to_json()
    saved = store().create_screening(user, reference.strip(), _answers(data["screening"]), result)
    response = jsonify(export_document(saved))
    response.headers["Location"] = url_for("api_screenings.read", screening_id=saved.id)
    return response, 201


@blueprint.get("/screenings/<screening_id>")
def read(screening_id: str):
    user = _staff()
    if user is None:
        return _unauthorized()
    saved = store().get_screening(user, screening_id, action="view")
    if saved is None:
        return _errors(404, "screening_id", "no saved screening of your organisation has this id")
    return jsonify(export_document(saved))


@blueprint.errorhandler(SQLAlchemyError)
def _database_down(error: SQLAlchemyError):
    storage_error(error)
    return _errors(503, "(database)", "the database is not answering; nothing was saved or read. Try again in a minute")


@blueprint.errorhandler(KeyMismatch)
def _wrong_key(error):
    current_app.logger.error("storage: %s", error)
    return _errors(500, "(database)", "this server cannot unlock the saved screenings: its data key is not the "
                                      "one they were saved with")
