"""Encryption at rest and survivors' resume codes.

Data key (SCREENER_DATA_KEY): one Fernet key, or several separated by commas while rotating
(the first encrypts, every one decrypts). It encrypts every client field in the database (answers,
results, client reference) and keys the HMACs used to look rows up without storing what they
identify (resume codes, IP addresses, e-mail addresses in the login throttle).

A survivor's saved answers are locked twice: inside, with a key derived (scrypt) from the resume
code and the optional passphrase, which the server never keeps; outside, with the data key. The
database and the data key together cannot open them without the code. The row is found by an
HMAC of the code.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import json
import secrets

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from . import StorageConfigError

# Crockford's base32: no I, L, O or U, so a code copied by hand is hard to get wrong.
CODE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
CODE_LENGTH = 16  # 80 bits: far beyond guessing, online or offline
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2 ** 15, 8, 1
MISSING_KEY = ("SCREENER_DATA_KEY is not set. Saved screenings are encrypted with it and are never "
               "stored in clear. Make one with `screener keys generate`, keep it secret and back it "
               "up (without it the saved data cannot be read), and set it in the environment of "
               "every server.")


class WrongSecret(Exception):
    """The code or passphrase does not open these saved answers."""


def generate_key() -> str:
    return Fernet.generate_key().decode()


class DataKeys:
    def __init__(self, text: str | None):
        if not text or not text.strip():
            raise StorageConfigError(MISSING_KEY)
        keys = [part.strip() for part in text.split(",") if part.strip()]
        try:
            fernets = [Fernet(key.encode()) for key in keys]
        except (ValueError, TypeError):
            raise StorageConfigError("SCREENER_DATA_KEY is not a valid Fernet key (32 bytes, URL-safe "
                                     "base64). Make one with `screener keys generate`.") from None
        self._fernet = MultiFernet(fernets)
        self._lookup_keys = [HKDF(hashes.SHA256(), 32, salt=None, info=b"screener lookup v1")
                             .derive(base64.urlsafe_b64decode(key)) for key in keys]

    def encrypt(self, value) -> str:
        """Any JSON-serialisable value -> a token (text)."""
        return self._fernet.encrypt(json.dumps(value, separators=(",", ":")).encode()).decode()

    def decrypt(self, token: str):
        return json.loads(self._fernet.decrypt(token.encode()))

    def rotate(self, token: str) -> str:
        """Re-encrypt a token under the first (newest) key."""
        return self._fernet.rotate(token.encode()).decode()

    def lookups(self, text: str) -> list[str]:
        """HMAC-SHA256 of text under each key (the first is the one to store)."""
        return [hmac.new(key, text.encode(), hashlib.sha256).hexdigest() for key in self._lookup_keys]

    def lookup(self, text: str) -> str:
        return self.lookups(text)[0]


def new_code() -> str:
    raw = "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))
    return "-".join(raw[i:i + 4] for i in range(0, CODE_LENGTH, 4))


def normalize_code(text: str | None) -> str | None:
    """The code as typed (any case, spaces or dashes, O for 0, I or L for 1) -> canonical, or None."""
    if not text:
        return None
    cleaned = "".join(ch for ch in text.upper() if ch.isalnum())
    cleaned = cleaned.translate(str.maketrans({"O": "0", "I": "1", "L": "1"}))
    if len(cleaned) != CODE_LENGTH or any(ch not in CODE_ALPHABET for ch in cleaned):
        return None
    return cleaned


def _holder_key(code: str, passphrase: str, salt: bytes) -> bytes:
    secret = code.encode() + b"\x00" + (passphrase or "").encode()
    derived = Scrypt(salt=salt, length=32, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P).derive(secret)
    return base64.urlsafe_b64encode(derived)


def seal_for_holder(value, code: str, passphrase: str, keys: DataKeys) -> str:
    """Inner: Fernet with scrypt(code + passphrase); outer: the data key. `code` is normalized."""
    salt = secrets.token_bytes(16)
    inner = Fernet(_holder_key(code, passphrase, salt)).encrypt(
        json.dumps(value, separators=(",", ":")).encode()).decode()
    return keys.encrypt({"v": 1, "salt": base64.b64encode(salt).decode(), "inner": inner})


def open_for_holder(token: str, code: str, passphrase: str, keys: DataKeys):
    envelope = keys.decrypt(token)
    salt = base64.b64decode(envelope["salt"])
    try:
        return json.loads(Fernet(_holder_key(code, passphrase, salt)).decrypt(envelope["inner"].encode()))
    except InvalidToken:
        raise WrongSecret() from None
