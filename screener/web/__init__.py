"""Flask application factory: configuration from the environment, one blueprint per feature."""
from __future__ import annotations

import os
import secrets
from pathlib import Path

from babel import Locale
from flask import Flask, current_app, g, request, session
from flask_babel import Babel, get_translations
from flask_wtf.csrf import CSRFProtect

from .. import i18n
from ..rulebook import load_rulebook
from .json_out import OrjsonProvider
from .visit import VISIT_IDLE_SECONDS, VISIT_REFRESH_SECONDS, EncryptedCookieSessionInterface

LANGUAGES = list(i18n.LANGUAGES)
# Made once: Flask-Babel parses a code the selector gives on every request (a look on disk for
# the locale's data each time), but takes a Locale as it is.
LOCALES = {code: Locale.parse(code) for code in LANGUAGES}
csrf = CSRFProtect()


def _secret_key(app: Flask) -> str:
    """SECRET_KEY from the environment; else one made once and kept in the instance folder,
    so every worker on this machine shares it (several machines must set SECRET_KEY)."""
    if os.environ.get("SECRET_KEY"):
        return os.environ["SECRET_KEY"]
    path = Path(app.instance_path) / "secret_key"
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(secrets.token_urlsafe(48))
        path.chmod(0o600)
    return path.read_text().strip()


def request_translations():
    """This request's catalog, kept on flask.g. Flask-Babel finds it through its locale selector
    and a few layers of look-ups (~20 us a page); it is the same object for every request of a
    language, so after the first it is taken from the app's table by the language code."""
    found = g.get("_translations")
    if found is None:
        catalogs = current_app.extensions["catalogs"]
        language = request_language()
        found = catalogs.get(language)
        if found is None:
            found = catalogs[language] = get_translations()
        g._translations = found
    return found


def request_language() -> str:
    """This request's language code: the one chosen in the visit, else the browser's best match.
    Found once per request and kept on g (a page asks for it five times or more); Flask-Babel's
    locale selector asks here too, so both always agree."""
    code = g.get("_language")
    if code is None:
        chosen = session.get("lang")
        code = g._language = chosen if chosen in LOCALES else (request.accept_languages.best_match(LANGUAGES) or "en")
    return code


def _locale() -> Locale:
    return LOCALES[request_language()]


def create_app(config: dict | None = None) -> Flask:
    from . import form_token, phrases, urls
    app = Flask(__name__, instance_relative_config=True)
    app.jinja_environment = phrases.LanguageEnvironment  # templates compiled once per language
    app.json = OrjsonProvider(app)
    app.config.update(
        RULES_DIR=os.environ.get("SCREENER_RULES_DIR"),
        DATABASE_URL=os.environ.get("DATABASE_URL"),  # saved screenings: see screener/storage
        # A screening is small; a bulk file of a caseload fits well within this.
        MAX_CONTENT_LENGTH=int(os.environ.get("SCREENER_MAX_BODY_BYTES", 2 * 1024 * 1024)),
        QUICK_EXIT_URL=os.environ.get("SCREENER_QUICK_EXIT_URL", "https://www.weather.gov/"),
        VISIT_IDLE_SECONDS=VISIT_IDLE_SECONDS,
        VISIT_REFRESH_SECONDS=VISIT_REFRESH_SECONDS,
        SESSION_COOKIE_NAME="visit",
        SESSION_COOKIE_SAMESITE="Lax",
        SESSION_COOKIE_SECURE=os.environ.get("SCREENER_HTTPS", "") == "1",
        WTF_CSRF_TIME_LIMIT=None,  # the token lives as long as the visit itself
    )
    app.config.update(config or {})
    app.secret_key = app.config.get("SECRET_KEY") or _secret_key(app)
    app.session_interface = EncryptedCookieSessionInterface()
    # A broken rulebook stops start-up here, naming file, field and reason (RulesError).
    app.extensions["rulebook"] = (load_rulebook(app.config["RULES_DIR"]) if app.config["RULES_DIR"]
                                  else load_rulebook())
    # The catalogs are compiled from their .po files here when missing or out of date (screener/i18n.py).
    app.config.setdefault("BABEL_TRANSLATION_DIRECTORIES", i18n.compiled_dir())
    Babel(app, locale_selector=_locale)
    app.extensions["catalogs"] = {}  # language code -> Flask-Babel's catalog (request_translations)
    app.jinja_env.globals["request_language"] = request_language
    # The templates' texts, in the request's catalog looked up once per request (Flask-Babel's own
    # callables look it up on every call), fixed ones translated once per language.
    phrases.init_app(app)
    urls.init_app(app)  # the templates' url_for, fixed addresses built once
    csrf.init_app(app)
    form_token.init_app(app)  # the templates' csrf_token(): signed once per page, checked by csrf

    from . import api, interview, language, pages, security
    security.init_app(app)
    csrf.exempt(api.blueprint)  # the JSON API uses no cookies, so no cross-site request can ride on one
    csrf.exempt(interview.quick_exit)  # it only erases: leaving fast must never fail on a token
    app.register_blueprint(api.blueprint)
    app.register_blueprint(interview.blueprint)
    app.register_blueprint(pages.blueprint)
    app.register_blueprint(language.blueprint)
    from .. import storage
    if storage.wanted(app.config):  # SCREENER_DATA_KEY or DATABASE_URL set: a missing key stops start-up
        from . import workspace
        workspace.init_app(app)
    return app
