"""Alembic environment: runs on the connection handed over by screener.storage.db.upgrade."""
from alembic import context

from screener.storage.db import make_engine
from screener.storage.models import Base

config = context.config
connection = config.attributes.get("connection")


def _run(connection):
    context.configure(connection=connection, target_metadata=Base.metadata,
                      render_as_batch=connection.dialect.name == "sqlite")
    with context.begin_transaction():
        context.run_migrations()


if connection is not None:
    _run(connection)
else:  # plain `alembic` with sqlalchemy.url set: for developers writing a new revision
    with make_engine(config.get_main_option("sqlalchemy.url")).begin() as own:
        _run(own)
