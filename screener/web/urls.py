"""url_for for the templates, with the site's fixed addresses built once.

Every page links to about ten addresses that never change while the app runs (its style sheet and
script, the welcome page, the language switch, quick exit, start over), and Flask's url_for builds
each of them again on every page (about 5 us each). Those asked for with no values, and static
files, are kept per script root (where the app is mounted); anything else, an address with an id
in it or an absolute one, is built by url_for as before.
"""
from __future__ import annotations

from flask import Flask, request, url_for


def init_app(app: Flask) -> None:
    built: dict[tuple, str] = {}

    def fixed_url_for(endpoint: str, **values) -> str:
        if endpoint.startswith(".") or (values and endpoint != "static") or "_external" in values:
            return url_for(endpoint, **values)  # relative to the blueprint, or values of the moment
        key = (request.script_root, endpoint, *values.items())
        found = built.get(key)
        if found is None:
            found = built[key] = url_for(endpoint, **values)
        return found

    app.jinja_env.globals["url_for"] = fixed_url_for
