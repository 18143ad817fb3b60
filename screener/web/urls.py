"""url_for for the templates, with the site's fixed addresses built once.

Every page links to about ten addresses that never change while the app runs (its style sheet and
script, the welcome page, the language switch, quick exit, start over), and Flask's url_for builds
each of them again on every page (about 5 us each). Those asked for with no values, and static
files, are kept per script root (where the app is mounted); anything else, an address with an id
in it or an absolute one, is built by url_for as before. Macros imported without the page's
context use Flask's own url_for.
"""
from __future__ import annotations

from flask import Flask, request, url_for


def init_app(app: Flask) -> None:
    built: dict[str, dict[tuple, str]] = {}  # script root -> (endpoint, values) -> address

    def page_url_for() -> dict:
        """The page's url_for, bound once per page to where the app is mounted (reading the
        request's script root costs more than the look-up itself)."""
        kept = built.setdefault(request.script_root, {}) if len(built) < 8 else {}

        def fixed_url_for(endpoint: str, **values) -> str:
            if endpoint.startswith(".") or (values and endpoint != "static") or "_external" in values:
                return url_for(endpoint, **values)  # relative to the blueprint, or values of the moment
            key = (endpoint, *values.items())
            found = kept.get(key)
            if found is None:
                found = kept[key] = url_for(endpoint, **values)
            return found
        return {"url_for": fixed_url_for}

    app.context_processor(page_url_for)
