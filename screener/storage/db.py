"""Engine and session factory for SQLite and PostgreSQL, and the Alembic migrations runner.

One code path for both: only the connection options differ (SQLite: busy timeout, foreign keys,
WAL; PostgreSQL: psycopg 3, connect timeout, pre-ping so a restarted server is noticed).
"""
from __future__ import annotations

from importlib import resources

from sqlalchemy import create_engine, event
from sqlalchemy.engine import URL, Engine, make_url
from sqlalchemy.orm import Session, sessionmaker

MIGRATIONS = "screener.storage:migrations"


def normalize_url(url: str) -> URL:
    parsed = make_url(url)
    if parsed.drivername in ("postgres", "postgresql"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    return parsed


def make_engine(url: str, *, timeout: float = 5) -> Engine:
    parsed = normalize_url(url)
    if parsed.get_backend_name() == "sqlite":
        engine = create_engine(parsed, connect_args={"timeout": timeout})
        in_memory = parsed.database in (None, "", ":memory:")

        @event.listens_for(engine, "connect")
        def _pragmas(connection, _record):
            cursor = connection.cursor()
            cursor.execute("PRAGMA foreign_keys=ON")
            if not in_memory:
                cursor.execute("PRAGMA journal_mode=WAL")  # readers do not wait for a writer
            cursor.close()
        return engine
    if parsed.get_backend_name() == "postgresql":
        engine = create_engine(parsed, pool_pre_ping=True, pool_size=5, max_overflow=5,
                               connect_args={"connect_timeout": max(1, round(timeout))})

        @event.listens_for(engine, "connect")
        def _lock_timeout(connection, _record):
            # A locked table fails the request after `timeout` (and the page says so) instead of hanging.
            cursor = connection.cursor()
            cursor.execute(f"SET lock_timeout = {max(1, int(timeout * 1000))}")
            cursor.close()
            connection.commit()
        return engine
    raise ValueError(f"DATABASE_URL: {parsed.get_backend_name()} is not supported; use sqlite or postgresql")


def session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)


def alembic_config():
    from alembic.config import Config
    config = Config()
    config.set_main_option("script_location", MIGRATIONS)
    return config


def upgrade(engine: Engine, revision: str = "head") -> None:
    from alembic import command
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def head_revision() -> str:
    from alembic.script import ScriptDirectory
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def migrations_folder():
    return resources.files("screener.storage") / "migrations"
