"""Flask application factory: configuration from the environment, one blueprint per feature."""
from __future__ import annotations

import os

from flask import Flask

from ..rulebook import load_rulebook


def create_app(config: dict | None = None) -> Flask:
    app = Flask(__name__, instance_relative_config=True)
    app.config.update(
        RULES_DIR=os.environ.get("SCREENER_RULES_DIR"),
        DATABASE_URL=os.environ.get("DATABASE_URL", "sqlite:///screener.db"),
        # A screening is small; a bulk file of a caseload fits well within this.
        MAX_CONTENT_LENGTH=int(os.environ.get("SCREENER_MAX_BODY_BYTES", 2 * 1024 * 1024)),
    )
    app.config.update(config or {})
    # A broken rulebook stops start-up here, naming file, field and reason (RulesError).
    app.extensions["rulebook"] = (load_rulebook(app.config["RULES_DIR"]) if app.config["RULES_DIR"]
                                  else load_rulebook())

    from . import api, pages, security
    security.init_app(app)
    app.register_blueprint(api.blueprint)
    app.register_blueprint(pages.blueprint)
    return app
