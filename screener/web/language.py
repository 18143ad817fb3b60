"""The language switch in the header of every page: a small form that sets session["lang"] and
returns to the page it was on. It works without JavaScript, carries the CSRF token like every
other form, and keeps the answers (they stay in the visit; only the words change)."""
from __future__ import annotations

from urllib.parse import urlsplit

from flask import Blueprint, redirect, request, session, url_for

from ..i18n import LANGUAGES, checklist_templates
from . import request_language

blueprint = Blueprint("language", __name__)


def _local_path(target: str | None) -> str | None:
    """Only a path on this site (never another host, never a scheme): no open redirect."""
    if not target or not target.startswith("/") or target.startswith("//") or "\\" in target:
        return None
    parts = urlsplit(target)
    return target if not parts.scheme and not parts.netloc else None


@blueprint.record_once
def _check_translations(state) -> None:
    # A translation of the checklist that names a fact its place lacks stops start-up (FormsError).
    for code in LANGUAGES:
        checklist_templates(code)


@blueprint.app_context_processor
def _switch():
    def here() -> str:
        path = request.full_path
        return path[:-1] if path.endswith("?") else path
    current = request_language()
    return {"language_choices": [(code, name) for code, name in LANGUAGES.items() if code != current],
            "language_here": here}


@blueprint.post("/language")
def choose():
    code = request.form.get("lang")
    if code in LANGUAGES:
        session["lang"] = code
    return redirect(_local_path(request.form.get("next")) or url_for("interview.welcome"), code=303)
