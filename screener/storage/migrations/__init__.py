"""Alembic migrations of the screener database (run with `screener db upgrade`)."""
