"""What the web views and the CLI do with the database, in one place, for SQLite and PostgreSQL.

Every method opens its own short transaction: the app processes keep no state between requests,
so any number of them, on any number of machines, can share one PostgreSQL. Client fields are
encrypted before they reach SQLAlchemy and decrypted after; the database never sees them in clear.
Nothing here logs.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import secrets
from contextlib import contextmanager
from dataclasses import dataclass, field

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from cryptography.fernet import InvalidToken
from sqlalchemy import delete, func, select

from . import RESUME_DAYS, Settings, StorageConfigError
from .crypto import DataKeys, WrongSecret, new_code, normalize_code, open_for_holder, seal_for_holder
from .db import make_engine, session_factory
from .models import ROLES, ApiToken, AuditEvent, LoginFailure, Organisation, SavedVisit, Screening, User, utcnow

LOCK_AFTER_FAILURES = 5         # wrong passwords in a row for one account ...
LOCK_MINUTES = 15               # ... lock it this long (an admin can unlock it sooner)
ADDRESS_FAILURES = 20           # wrong sign-ins from one address within LOCK_MINUTES: wait
RESUME_FAILURES = 10            # wrong resume codes from one address within LOCK_MINUTES: wait
MIN_PASSWORD = 12
FAILURES_KEPT_DAYS = 1
API_TOKEN_PREFIX = "scr_"  # makes a leaked token easy to recognise (and to search for in code)
MAX_TOKEN_LABEL = 100


def _token_hash(token: str) -> str:
    # A token is 256 random bits: a plain SHA-256 is enough to keep it unusable if the table leaks.
    return hashlib.sha256(token.encode()).hexdigest()


class Throttled(Exception):
    """Too many wrong tries from this address: wait LOCK_MINUTES."""


class KeyMismatch(RuntimeError):
    """A row cannot be decrypted with SCREENER_DATA_KEY: the key is not the one it was saved with."""


@dataclass(frozen=True)
class StaffUser:
    id: int
    org_id: int
    org_name: str
    email: str
    role: str
    active: bool = True
    last_login_at: dt.datetime | None = None
    locked: bool = False

    @property
    def is_admin(self) -> bool:
        return self.role == "admin"


@dataclass(frozen=True)
class SignIn:
    outcome: str  # "ok", "wrong", "locked", "throttled"
    user: StaffUser | None = None


@dataclass(frozen=True)
class ScreeningSummary:
    id: str
    reference: str
    rules_version: str
    created_at: dt.datetime
    updated_at: dt.datetime
    made_by: str | None


@dataclass(frozen=True)
class SavedScreening(ScreeningSummary):
    answers: dict = field(default_factory=dict)
    result: dict = field(default_factory=dict)
    changed_by: str | None = None


@dataclass(frozen=True)
class OpenedVisit:
    id: str
    answers: dict
    expires_at: dt.datetime


class Store:
    def __init__(self, settings: Settings):
        if not settings.data_key:
            from .crypto import MISSING_KEY
            raise StorageConfigError(MISSING_KEY)
        self.settings = settings
        self.keys = DataKeys(settings.data_key)
        self.engine = make_engine(settings.database_url, timeout=settings.db_timeout)
        self.Session = session_factory(self.engine)
        self.hasher = PasswordHasher()
        self._dummy_hash: str | None = None  # made at the first sign-in with an unknown address
        self.clock = utcnow  # tests move time by replacing this

    def close(self) -> None:
        self.engine.dispose()

    @contextmanager
    def transaction(self):
        with self.Session.begin() as session:
            yield session

    def _decrypt(self, token: str):
        try:
            return self.keys.decrypt(token)
        except InvalidToken:
            raise KeyMismatch("a saved row cannot be decrypted with SCREENER_DATA_KEY: is this the key "
                              "it was saved with? (while rotating, list the new key first, then the old)") from None

    # ---- organisations and staff -------------------------------------------------------------

    def create_user(self, email: str, password: str, *, org_name: str | None = None, org_id: int | None = None,
                    role: str = "staff") -> StaffUser:
        email = email.strip().lower()
        if role not in ROLES:
            raise ValueError(f"role must be one of {', '.join(ROLES)}")
        if "@" not in email or len(email) > 320:
            raise ValueError("give an e-mail address")
        if len(password) < MIN_PASSWORD:
            raise ValueError(f"the password must have at least {MIN_PASSWORD} characters")
        now = self.clock()
        with self.transaction() as session:
            if session.scalar(select(User.id).where(User.email == email)) is not None:
                raise ValueError("a user with this e-mail address already exists")
            if org_id is None:
                name = (org_name or "").strip()
                if not name:
                    raise ValueError("give the organisation's name")
                org = session.scalar(select(Organisation).where(Organisation.name == name))
                if org is None:
                    org = Organisation(name=name, created_at=now)
                    session.add(org)
                    session.flush()
            else:
                org = session.get(Organisation, org_id)
            user = User(org_id=org.id, email=email, password_hash=self.hasher.hash(password), role=role,
                        active=True, created_at=now)
            session.add(user)
            session.flush()
            self._audit(session, org.id, None, "user_created")
            return self._staff(user, org)

    @staticmethod
    def _staff(user: User, org: Organisation, locked: bool = False) -> StaffUser:
        return StaffUser(user.id, org.id, org.name, user.email, user.role, user.active, user.last_login_at, locked)

    def get_user(self, user_id: int) -> StaffUser | None:
        with self.transaction() as session:
            row = session.execute(select(User, Organisation).join(Organisation, User.org_id == Organisation.id)
                                  .where(User.id == user_id)).first()
            return self._staff(*row) if row else None

    def users_of(self, org_id: int) -> list[StaffUser]:
        now = self.clock()
        with self.transaction() as session:
            rows = session.execute(select(User, Organisation).join(Organisation, User.org_id == Organisation.id)
                                   .where(User.org_id == org_id).order_by(User.email)).all()
            return [self._staff(user, org, self._locked(session, self._account_key(user.email), now))
                    for user, org in rows]

    def set_active(self, org_id: int, user_id: int, active: bool) -> bool:
        with self.transaction() as session:
            user = session.scalar(select(User).where(User.id == user_id, User.org_id == org_id))
            if user is None:
                return False
            user.active = active
            self._audit(session, org_id, None, "user_enabled" if active else "user_disabled")
            return True

    def unlock(self, org_id: int, user_id: int) -> bool:
        with self.transaction() as session:
            user = session.scalar(select(User).where(User.id == user_id, User.org_id == org_id))
            if user is None:
                return False
            session.execute(delete(LoginFailure).where(LoginFailure.key.in_(self._account_keys(user.email))))
            return True

    # ---- sign-in: argon2, lockout per account, rate limit per address (all in the database) ----

    def _account_keys(self, email: str) -> list[str]:
        return ["acct:" + h for h in self.keys.lookups(email.strip().lower())]

    def _account_key(self, email: str) -> str:
        return self._account_keys(email)[0]

    def _address_key(self, scope: str, address: str | None) -> str:
        return f"{scope}:" + self.keys.lookup(address or "unknown")

    def _failures(self, session, key: str, since: dt.datetime) -> int:
        return session.scalar(select(func.count()).select_from(LoginFailure)
                              .where(LoginFailure.key == key, LoginFailure.at > since))

    def _locked(self, session, key: str, now: dt.datetime) -> bool:
        return self._failures(session, key, now - dt.timedelta(minutes=LOCK_MINUTES)) >= LOCK_AFTER_FAILURES

    def sign_in(self, email: str, password: str, address: str | None) -> SignIn:
        email, now = (email or "").strip().lower(), self.clock()
        since = now - dt.timedelta(minutes=LOCK_MINUTES)
        account_key, address_key = self._account_key(email), self._address_key("ip", address)
        with self.transaction() as session:
            if self._failures(session, address_key, since) >= ADDRESS_FAILURES:
                return SignIn("throttled")
            if self._locked(session, account_key, now):
                return SignIn("locked")
            row = session.execute(select(User, Organisation).join(Organisation, User.org_id == Organisation.id)
                                  .where(User.email == email)).first()
            user, org = row if row else (None, None)
            # An unknown address costs the same hash as a known one, so timing tells nothing.
            good = self._verify(user.password_hash if user else self._dummy(), password) and user is not None
            if not good or not user.active:
                session.add_all([LoginFailure(key=account_key, at=now), LoginFailure(key=address_key, at=now)])
                session.flush()
                return SignIn("locked" if self._locked(session, account_key, now) else "wrong")
            if self.hasher.check_needs_rehash(user.password_hash):
                user.password_hash = self.hasher.hash(password)
            user.last_login_at = now
            session.execute(delete(LoginFailure).where(LoginFailure.key == account_key))
            self._audit(session, org.id, user.id, "login")
            return SignIn("ok", self._staff(user, org))

    def _dummy(self) -> str:
        if self._dummy_hash is None:
            self._dummy_hash = self.hasher.hash(secrets.token_urlsafe(16))
        return self._dummy_hash

    def _verify(self, hashed: str, password: str) -> bool:
        try:
            return self.hasher.verify(hashed, password or "")
        except (VerificationError, InvalidHashError):
            return False

    def set_password(self, org_id: int, user_id: int, password: str) -> bool:
        if len(password) < MIN_PASSWORD:
            raise ValueError(f"the password must have at least {MIN_PASSWORD} characters")
        with self.transaction() as session:
            user = session.scalar(select(User).where(User.id == user_id, User.org_id == org_id))
            if user is None:
                return False
            user.password_hash = self.hasher.hash(password)
            session.execute(delete(LoginFailure).where(LoginFailure.key.in_(self._account_keys(user.email))))
            self._audit(session, org_id, None, "password_set")
            return True

    # ---- API tokens: a staff member's key to the saved-screenings API --------------------------

    def create_api_token(self, email: str, label: str = "") -> tuple[str, str]:
        """A new token for the user with this e-mail: (its id, the token), shown only this once."""
        label = label.strip()
        if len(label) > MAX_TOKEN_LABEL:
            raise ValueError(f"the label must have at most {MAX_TOKEN_LABEL} characters")
        token, token_id = API_TOKEN_PREFIX + secrets.token_urlsafe(32), secrets.token_hex(8)
        with self.transaction() as session:
            user = session.scalar(select(User).where(User.email == email.strip().lower()))
            if user is None:
                raise ValueError("no user has this e-mail address")
            session.add(ApiToken(id=token_id, user_id=user.id, token_hash=_token_hash(token), label=label,
                                 created_at=self.clock()))
            self._audit(session, user.org_id, user.id, "api_token_created")
        return token_id, token

    def user_for_api_token(self, token: str) -> StaffUser | None:
        """The active user a token acts for; None for an unknown or revoked token or a user turned off."""
        if not token.startswith(API_TOKEN_PREFIX) or len(token) > 100:
            return None
        with self.transaction() as session:
            row = session.execute(select(User, Organisation)
                                  .join(ApiToken, ApiToken.user_id == User.id)
                                  .join(Organisation, User.org_id == Organisation.id)
                                  .where(ApiToken.token_hash == _token_hash(token))).first()
            return self._staff(*row) if row and row[0].active else None

    def api_tokens(self, email: str) -> list[dict]:
        """The user's tokens: id, label and when made (never the token itself)."""
        with self.transaction() as session:
            rows = session.scalars(select(ApiToken).join(User, ApiToken.user_id == User.id)
                                   .where(User.email == email.strip().lower()).order_by(ApiToken.created_at))
            return [{"id": row.id, "label": row.label, "created_at": row.created_at} for row in rows]

    def revoke_api_tokens(self, email: str, token_id: str | None = None) -> int:
        """Revoke one of the user's tokens (by id), or all of them; returns how many."""
        with self.transaction() as session:
            user = session.scalar(select(User).where(User.email == email.strip().lower()))
            if user is None:
                raise ValueError("no user has this e-mail address")
            query = delete(ApiToken).where(ApiToken.user_id == user.id)
            if token_id is not None:
                query = query.where(ApiToken.id == token_id)
            count = session.execute(query).rowcount
            if count:
                self._audit(session, user.org_id, user.id, "api_token_revoked", count=count)
            return count

    # ---- saved screenings (always within the user's own organisation) -------------------------

    def _audit(self, session, org_id: int | None, user_id: int | None, action: str,
               screening_id: str | None = None, count: int | None = None) -> None:
        session.add(AuditEvent(at=self.clock(), org_id=org_id, user_id=user_id, action=action,
                               screening_id=screening_id, count=count))

    def audit(self, user: StaffUser, action: str, screening_id: str | None = None) -> None:
        with self.transaction() as session:
            self._audit(session, user.org_id, user.id, action, screening_id)

    def create_screening(self, user: StaffUser, reference: str, answers: dict, result: dict) -> SavedScreening:
        """Saves a new screening; returns it as saved (committed when this returns)."""
        now, screening_id = self.clock(), secrets.token_urlsafe(12)
        with self.transaction() as session:
            session.add(Screening(id=screening_id, org_id=user.org_id, reference_enc=self.keys.encrypt(reference),
                                  payload_enc=self.keys.encrypt({"answers": answers, "result": result}),
                                  rules_version=result["rules_version"], created_by=user.id, updated_by=user.id,
                                  created_at=now, updated_at=now))
            self._audit(session, user.org_id, user.id, "create", screening_id)
        return SavedScreening(screening_id, reference, result["rules_version"], now, now, user.email,
                              answers=answers, result=result, changed_by=user.email)

    def _own(self, session, user: StaffUser, screening_id: str) -> Screening | None:
        return session.scalar(select(Screening).where(Screening.id == screening_id,
                                                      Screening.org_id == user.org_id))

    def update_screening(self, user: StaffUser, screening_id: str, *, answers: dict | None = None,
                         result: dict | None = None, reference: str | None = None, action: str = "update") -> bool:
        with self.transaction() as session:
            row = self._own(session, user, screening_id)
            if row is None:
                return False
            if answers is not None or result is not None:
                payload = self._decrypt(row.payload_enc)
                payload["answers"] = answers if answers is not None else payload["answers"]
                payload["result"] = result if result is not None else payload["result"]
                row.payload_enc = self.keys.encrypt(payload)
                row.rules_version = payload["result"]["rules_version"]
            if reference is not None:
                row.reference_enc = self.keys.encrypt(reference)
            row.updated_by, row.updated_at = user.id, self.clock()
            self._audit(session, user.org_id, user.id, action, screening_id)
            return True

    def get_screening(self, user: StaffUser, screening_id: str, *, action: str | None = "view") -> SavedScreening | None:
        """One screening of the user's organisation, or None (also for another organisation's)."""
        with self.transaction() as session:
            row = self._own(session, user, screening_id)
            if row is None:
                return None
            emails = dict(session.execute(select(User.id, User.email)
                                          .where(User.id.in_([row.created_by or 0, row.updated_by or 0]))).all())
            payload = self._decrypt(row.payload_enc)
            if action:
                self._audit(session, user.org_id, user.id, action, screening_id)
            return SavedScreening(row.id, self._decrypt(row.reference_enc), row.rules_version, row.created_at,
                                  row.updated_at, emails.get(row.created_by), answers=payload["answers"],
                                  result=payload["result"], changed_by=emails.get(row.updated_by))

    def list_screenings(self, user: StaffUser, search: str | None = None) -> list[ScreeningSummary]:
        """Newest change first; `search` matches part of the client reference, ignoring case
        (the references are decrypted here, within the user's own organisation only)."""
        wanted = (search or "").strip().casefold()
        with self.transaction() as session:
            rows = session.execute(select(Screening.id, Screening.reference_enc, Screening.rules_version,
                                          Screening.created_at, Screening.updated_at, User.email)
                                   .outerjoin(User, User.id == Screening.created_by)
                                   .where(Screening.org_id == user.org_id)
                                   .order_by(Screening.updated_at.desc(), Screening.id)).all()
        found = []
        for screening_id, reference_enc, version, created, updated, email in rows:
            reference = self._decrypt(reference_enc)
            if wanted in reference.casefold():
                found.append(ScreeningSummary(screening_id, reference, version, created, updated, email))
        return found

    def delete_screening(self, user: StaffUser, screening_id: str) -> bool:
        with self.transaction() as session:
            row = self._own(session, user, screening_id)
            if row is None:
                return False
            session.delete(row)
            self._audit(session, user.org_id, user.id, "delete", screening_id)
            return True

    def audit_events(self, org_id: int, limit: int = 200) -> list[dict]:
        with self.transaction() as session:
            rows = session.execute(select(AuditEvent, User.email).outerjoin(User, User.id == AuditEvent.user_id)
                                   .where(AuditEvent.org_id == org_id)
                                   .order_by(AuditEvent.at.desc(), AuditEvent.id.desc()).limit(limit)).all()
            return [{"at": event.at, "who": email, "action": event.action, "screening_id": event.screening_id,
                     "count": event.count} for event, email in rows]

    # ---- survivors' save and resume --------------------------------------------------------------

    def save_visit(self, answers: dict, passphrase: str = "", *,
                   replaces: str | None = None) -> tuple[str, str, dt.datetime]:
        """Lock the answers with a new resume code (erasing the copy it replaces, if any);
        returns (row id, the code to show, when it expires)."""
        code, now, visit_id = new_code(), self.clock(), secrets.token_urlsafe(12)
        expires = now + dt.timedelta(days=RESUME_DAYS)
        canonical = normalize_code(code)
        token = seal_for_holder({"answers": answers}, canonical, passphrase, self.keys)
        with self.transaction() as session:
            if replaces:
                session.execute(delete(SavedVisit).where(SavedVisit.id == replaces))
            session.add(SavedVisit(id=visit_id, lookup=self.keys.lookup(canonical),
                                   payload_enc=token, created_at=now, expires_at=expires))
        return visit_id, code, expires

    def _find_visit(self, session, code: str | None, passphrase: str, address: str | None):
        """(row, payload), or None after counting a wrong try against this address."""
        now, key = self.clock(), self._address_key("resume", address)
        if self._failures(session, key, now - dt.timedelta(minutes=LOCK_MINUTES)) >= RESUME_FAILURES:
            raise Throttled()
        canonical = normalize_code(code)
        row = None
        if canonical:
            row = session.scalar(select(SavedVisit).where(SavedVisit.lookup.in_(self.keys.lookups(canonical)),
                                                          SavedVisit.expires_at > now))
        if row is not None:
            try:
                return row, open_for_holder(row.payload_enc, canonical, passphrase, self.keys)
            except WrongSecret:
                pass
        session.add(LoginFailure(key=key, at=now))
        return None

    def open_visit(self, code: str, passphrase: str, address: str | None) -> OpenedVisit:
        """Raises WrongSecret (no such code, expired, or wrong passphrase: one answer) or Throttled."""
        with self.transaction() as session:
            found = self._find_visit(session, code, passphrase, address)
            opened = found and OpenedVisit(found[0].id, found[1]["answers"], found[0].expires_at)
        if not opened:
            raise WrongSecret()
        return opened

    def erase_visit(self, code: str, passphrase: str, address: str | None) -> None:
        """Erase saved answers with their code (and passphrase); raises like open_visit."""
        with self.transaction() as session:
            found = self._find_visit(session, code, passphrase, address)
            if found:
                session.delete(found[0])
        if not found:
            raise WrongSecret()

    def erase_visit_by_id(self, visit_id: str) -> bool:
        with self.transaction() as session:
            return session.execute(delete(SavedVisit).where(SavedVisit.id == visit_id)).rowcount > 0

    # ---- retention ---------------------------------------------------------------------------------

    def purge(self) -> dict[str, int]:
        """Erase what is past its time: screenings unchanged for SCREENER_RETENTION_DAYS, expired saved
        answers, old sign-in failures and old audit events. Safe to run often, from any process."""
        now = self.clock()
        with self.transaction() as session:
            old = session.execute(select(Screening.id, Screening.org_id).where(
                Screening.updated_at < now - dt.timedelta(days=self.settings.retention_days))).all()
            for screening_id, org_id in old:
                self._audit(session, org_id, None, "purge", screening_id)
            if old:
                session.execute(delete(Screening).where(Screening.id.in_([i for i, _ in old])))
            visits = session.execute(delete(SavedVisit).where(SavedVisit.expires_at <= now)).rowcount
            session.execute(delete(LoginFailure).where(
                LoginFailure.at < now - dt.timedelta(days=FAILURES_KEPT_DAYS)))
            session.execute(delete(AuditEvent).where(
                AuditEvent.at < now - dt.timedelta(days=self.settings.audit_retention_days)))
        return {"screenings": len(old), "saved_answers": visits}

    def rotate_key(self) -> int:
        """Re-encrypt every row under the first key of SCREENER_DATA_KEY; returns rows rewritten."""
        count = 0
        with self.transaction() as session:
            for row in session.scalars(select(Screening)):
                row.reference_enc, row.payload_enc = self.keys.rotate(row.reference_enc), self.keys.rotate(row.payload_enc)
                count += 1
            for row in session.scalars(select(SavedVisit)):
                row.payload_enc = self.keys.rotate(row.payload_enc)
                count += 1
        return count
