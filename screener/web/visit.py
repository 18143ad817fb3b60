"""A visit's answers, held only in the person's own browser, encrypted, for the visit.

The session cookie is encrypted (Fernet, a key derived from SECRET_KEY) so the answers cannot be
read from the device's cookie jar; it carries no expiry (it ends when the browser closes) and
the token's own timestamp expires it after VISIT_IDLE_SECONDS without a request (an unchanged
visit's cookie is re-issued at most once every VISIT_REFRESH_SECONDS, which is all the idle timer
needs and spares most pages an encryption and a 1-4 KB header). Nothing about
the person is kept on the server. Start over and quick exit erase it.
"""
from __future__ import annotations

import base64
import functools
import hashlib
import json
import time
import zlib

from cryptography.fernet import Fernet, InvalidToken
from flask import Flask, current_app, session
from flask.sessions import SecureCookieSession, SessionInterface

VISIT_IDLE_SECONDS = 60 * 60  # an hour without a request ends the visit
VISIT_REFRESH_SECONDS = 60
COOKIE_LIMIT = 3900  # browsers drop a cookie over 4096 bytes: never let answers vanish silently
# fits() keeps this much of the cookie free, for what a page adds after its check: a flashed
# message, the language, a changed answer about the person (a date where none was).
HEADROOM = 200


class EncryptedCookieSessionInterface(SessionInterface):
    def _fernet(self, app: Flask) -> Fernet:
        return _cipher(app.secret_key)

    def open_session(self, app, request):
        token = request.cookies.get(self.get_cookie_name(app))
        if not token:
            return SecureCookieSession()
        try:
            opened = SecureCookieSession(self.decode(app, token, ttl=app.config["VISIT_IDLE_SECONDS"]))
        except (InvalidToken, ValueError, zlib.error):
            return SecureCookieSession()  # expired or tampered: a fresh, empty visit
        opened.issued_at = _issued_at(token)
        return opened

    def decode(self, app: Flask, token: str, ttl: int | None = None) -> dict:
        return json.loads(zlib.decompress(self._fernet(app).decrypt(token.encode(), ttl=ttl)))

    def encode(self, app: Flask, data: dict) -> str:
        raw = zlib.compress(json.dumps(data, separators=(",", ":")).encode())
        return self._fernet(app).encrypt(raw).decode()

    def save_session(self, app, session, response):
        name, domain, path = self.get_cookie_name(app), self.get_cookie_domain(app), self.get_cookie_path(app)
        if not session:
            if session.modified:
                response.delete_cookie(name, domain=domain, path=path)
            return
        response.vary.add("Cookie")
        issued_at = getattr(session, "issued_at", None)
        if not session.modified and issued_at is not None and \
                time.time() - issued_at < app.config["VISIT_REFRESH_SECONDS"]:
            return  # unchanged and fresh: the cookie the browser holds is still good
        # Re-issued (with a new timestamp) so the idle timer restarts.
        token = self.encode(app, dict(session))
        if len(token) > COOKIE_LIMIT and "_flashes" in session:
            # A message is worth less than the answers it would push out: drop it, keep them.
            token = self.encode(app, {key: value for key, value in session.items() if key != "_flashes"})
        if len(token) > COOKIE_LIMIT:
            return  # views check fits() first; this keeps the last cookie that fitted
        response.set_cookie(name, token, httponly=True, secure=self.get_cookie_secure(app),
                            samesite="Lax", path=path, domain=domain)


@functools.lru_cache(maxsize=8)
def _cipher(secret_key: str) -> Fernet:
    """The visit cookie's cipher for a SECRET_KEY, derived once, not on every request."""
    key = hashlib.sha256(b"visit-session:" + secret_key.encode()).digest()
    return Fernet(base64.urlsafe_b64encode(key))


def _issued_at(token: str) -> int:
    """When a Fernet token was made: its bytes 1-8 (read after decrypt() has checked them)."""
    return int.from_bytes(base64.urlsafe_b64decode(token[:12])[1:9], "big")


def answers() -> dict:
    """The contract-shaped answers of this visit: {"person": {...}, "records": [...]}."""
    return session.get("answers") or {"person": {}, "records": []}


def fits(data: dict) -> bool:
    """Would the visit still fit in its cookie with these answers?"""
    interface = current_app.session_interface
    return len(interface.encode(current_app, {**session, "answers": data})) <= COOKIE_LIMIT - HEADROOM


def save_answers(data: dict) -> None:
    session["answers"] = data
    session.modified = True


def erase() -> None:
    session.clear()
    session.modified = True
