"""The pages' form token (CSRF), signed once per page, as Flask-WTF signs and checks it.

A page carries the token in two to four forms (the language switch, start over, its own), and
Flask-WTF's generate_csrf signs it anew for each page with an itsdangerous serializer that first
tries to zlib-compress it: about a seventh of a plain page's time, and a token of 40 hex digits
never comes out shorter, so the compressed form is never used. This signs the same raw token
(session["csrf_token"], made by Flask-WTF on a visit's first page) with the same salt and key,
without that attempt, and keeps the signed token where Flask-WTF keeps it (g.csrf_token), so
forms on the page show the same one. Checking is still Flask-WTF's own (CSRFProtect);
tests/test_web.py checks a token made here passes it.
"""
from __future__ import annotations

from flask import Flask, current_app, g, session
from flask_wtf.csrf import generate_csrf
from itsdangerous import URLSafeTimedSerializer
from itsdangerous.encoding import base64_encode
from itsdangerous.serializer import Serializer

FIELD = "csrf_token"  # Flask-WTF's field and session key (this app leaves WTF_CSRF_FIELD_NAME as it is)
SALT = "wtf-csrf-token"  # the salt Flask-WTF signs and checks its tokens with


class UncompressedSerializer(URLSafeTimedSerializer):
    """URLSafeTimedSerializer without the zlib attempt: the same output for what does not compress."""

    def dump_payload(self, obj) -> bytes:
        return base64_encode(Serializer.dump_payload(self, obj))


def csrf_token() -> str:
    """This request's signed form token (made on first use, then the same for the whole page)."""
    token = g.get(FIELD)
    if token is None:
        if FIELD not in session:
            return generate_csrf()  # a visit's first page: Flask-WTF makes the raw token itself
        token = current_app.extensions["form_token_signer"].dumps(session[FIELD])
        setattr(g, FIELD, token)
    return token


def init_app(app: Flask) -> None:
    """After CSRFProtect's init_app: takes the place of its csrf_token in the templates."""
    secret = app.config.get("WTF_CSRF_SECRET_KEY") or app.secret_key
    app.extensions["form_token_signer"] = UncompressedSerializer(secret, salt=SALT)
    app.jinja_env.globals["csrf_token"] = csrf_token
    app.context_processor(lambda: {"csrf_token": csrf_token})  # CSRFProtect puts its own in each page's context
