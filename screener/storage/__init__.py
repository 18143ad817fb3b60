"""Saved screenings, staff accounts and survivors' save-and-resume, on SQLite or PostgreSQL.

Optional: nothing here is imported by the screening core, the CLI's `screen` or the JSON API.
Storage is switched on when SCREENER_DATA_KEY or DATABASE_URL is configured; then a missing or
malformed data key stops start-up (never plaintext at rest). This module itself imports no
database library, so `settings()` and `wanted()` work where SQLAlchemy is not installed.

  settings(config)   DATABASE_URL, SCREENER_DATA_KEY, SCREENER_RETENTION_DAYS, ... resolved
  wanted(config)     is storage configured at all?
  crypto             data-key encryption, lookup HMACs, survivors' resume codes
  models, db, store  SQLAlchemy 2 models, engine/session factory, the operations views and CLI use
  migrations/        Alembic revisions, installed with the package (`screener db upgrade`)
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

DEFAULT_RETENTION_DAYS = 365      # a saved screening not changed for a year is erased
DEFAULT_AUDIT_RETENTION_DAYS = 730
RESUME_DAYS = 30                  # a survivor's saved answers are erased after 30 days
MAX_REFERENCE = 100               # characters of a client reference (the web form and the API)
SQLITE_FILE = "screener.db"


class StorageConfigError(RuntimeError):
    """Storage is asked for but cannot run safely: the message says what to set."""


@dataclass(frozen=True)
class Settings:
    database_url: str
    data_key: str | None
    retention_days: int
    audit_retention_days: int
    db_timeout: float


def _value(config, name: str):
    value = (config or {}).get(name)
    return value if value not in (None, "") else os.environ.get(name) or None


def wanted(config=None) -> bool:
    """Storage is on when a data key or a database URL is configured (in config or environment)."""
    return bool(_value(config, "SCREENER_DATA_KEY") or _value(config, "DATABASE_URL"))


def default_database_url(instance_path: str | os.PathLike | None = None) -> str:
    """A SQLite file in the app's instance folder (the same folder the web app uses)."""
    if instance_path is None:
        from flask import Flask
        instance_path = Flask("screener.web", instance_relative_config=True).instance_path
    folder = Path(instance_path)
    folder.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{(folder / SQLITE_FILE).as_posix()}"


def _days(config, name: str, default: int) -> int:
    text = _value(config, name)
    if text is None:
        return default
    try:
        days = int(text)
    except (TypeError, ValueError):
        raise StorageConfigError(f"{name} must be a whole number of days, not {text!r}") from None
    if days < 1:
        raise StorageConfigError(f"{name} must be at least 1 day")
    return days


def settings(config=None, instance_path=None) -> Settings:
    return Settings(
        database_url=_value(config, "DATABASE_URL") or default_database_url(instance_path),
        data_key=_value(config, "SCREENER_DATA_KEY"),
        retention_days=_days(config, "SCREENER_RETENTION_DAYS", DEFAULT_RETENTION_DAYS),
        audit_retention_days=_days(config, "SCREENER_AUDIT_RETENTION_DAYS", DEFAULT_AUDIT_RETENTION_DAYS),
        db_timeout=float(_value(config, "SCREENER_DB_TIMEOUT") or 5),
    )
