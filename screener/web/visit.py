"""A visit's answers, held only in the person's own browser, encrypted, for the visit.

The session cookie is encrypted (AES-256-GCM, a key derived from SECRET_KEY) so the answers cannot
be read or changed from the device's cookie jar; it carries no expiry (it ends when the browser
closes) and the token's own timestamp expires it after VISIT_IDLE_SECONDS without a request (an
unchanged visit's cookie is re-issued at most once every VISIT_REFRESH_SECONDS, which is all the
idle timer needs and spares most pages an encryption and a 1-4 KB header). Nothing about the
person is kept on the server. Start over and quick exit erase it.
"""
from __future__ import annotations

import base64
import functools
import hashlib
import json
import os
import time
import zlib

from cryptography.exceptions import InvalidTag
from cryptography.fernet import Fernet, InvalidToken
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from flask import Flask, current_app, session
from flask.sessions import SecureCookieSession, SessionInterface

VISIT_IDLE_SECONDS = 60 * 60  # an hour without a request ends the visit
VISIT_REFRESH_SECONDS = 60
COOKIE_LIMIT = 3900  # browsers drop a cookie over 4096 bytes: never let answers vanish silently
# fits() keeps this much of the cookie free, for what a page adds after its check: a flashed
# message, the language, a changed answer about the person (a date where none was).
HEADROOM = 200

# A token, in URL-safe base64: a version byte, when it was made (8 bytes, seconds, big-endian, where
# Fernet keeps it too), a 12-byte nonce, then the answers (zlib-compressed JSON) sealed with
# AES-256-GCM, the version and time authenticated with them. Opening one takes ~2 us; Fernet's
# AES-CBC and HMAC, through more layers of calls, took ~24 us on every page.
VERSION = b"\x02"
FERNET_VERSION = b"\x80"  # the tokens of before: still opened, so no visit open at an upgrade is lost
HEADER, NONCE = 9, 12  # bytes
MAX_CLOCK_SKEW = 60  # seconds a token's time may be ahead of this server's (as Fernet allows)


class EncryptedCookieSessionInterface(SessionInterface):
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
        """The visit's data; InvalidToken (or ValueError) when the token is expired, altered or not one."""
        sealed = base64.urlsafe_b64decode(token)
        if sealed[:1] == FERNET_VERSION:
            raw = _fernet(app.secret_key).decrypt(token.encode(), ttl=ttl)
        else:
            raw = _open(_aead(app.secret_key), sealed, ttl)
        return json.loads(zlib.decompress(raw))

    def encode(self, app: Flask, data: dict) -> str:
        header = VERSION + int(time.time()).to_bytes(HEADER - 1, "big")
        nonce = os.urandom(NONCE)
        raw = zlib.compress(json.dumps(data, separators=(",", ":")).encode())
        return base64.urlsafe_b64encode(header + nonce + _aead(app.secret_key).encrypt(nonce, raw, header)).decode()

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


def _open(aead: AESGCM, sealed: bytes, ttl: int | None) -> bytes:
    header, nonce, body = sealed[:HEADER], sealed[HEADER:HEADER + NONCE], sealed[HEADER + NONCE:]
    if header[:1] != VERSION or not body:
        raise InvalidToken
    made, now = int.from_bytes(header[1:], "big"), int(time.time())
    if (ttl is not None and made + ttl < now) or made > now + MAX_CLOCK_SKEW:
        raise InvalidToken
    try:
        return aead.decrypt(nonce, body, header)
    except InvalidTag:
        raise InvalidToken from None


# The ciphers for a SECRET_KEY, derived once, not on every request.
@functools.lru_cache(maxsize=8)
def _aead(secret_key: str) -> AESGCM:
    return AESGCM(hashlib.sha256(b"visit-cookie-aes-gcm:" + secret_key.encode()).digest())


@functools.lru_cache(maxsize=8)
def _fernet(secret_key: str) -> Fernet:
    return Fernet(base64.urlsafe_b64encode(hashlib.sha256(b"visit-session:" + secret_key.encode()).digest()))


def _issued_at(token: str) -> int:
    """When a token was made: its bytes 1-8 in either format (read after decode() has checked them)."""
    return int.from_bytes(base64.urlsafe_b64decode(token[:12])[1:HEADER], "big")


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
