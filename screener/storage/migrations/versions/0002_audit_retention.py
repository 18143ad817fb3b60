"""Audit log of who viewed, exported, changed or deleted a screening; indexes for retention purges.

Revision ID: 0002_audit_retention
Revises: 0001_initial
Create Date: 2026-11-21
"""
import sqlalchemy as sa
from alembic import op

revision = "0002_audit_retention"
down_revision = "0001_initial"
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "audit_events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("org_id", sa.Integer(), nullable=True),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.Column("action", sa.String(32), nullable=False),
        sa.Column("screening_id", sa.String(32), nullable=True),
        sa.Column("count", sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_audit_events"),
    )
    op.create_index("ix_audit_events_at", "audit_events", ["at"])
    op.create_index("ix_audit_events_org_id", "audit_events", ["org_id"])
    op.create_index("ix_audit_events_screening_id", "audit_events", ["screening_id"])
    op.create_index("ix_screenings_updated_at", "screenings", ["updated_at"])
    op.create_index("ix_saved_visits_expires_at", "saved_visits", ["expires_at"])


def downgrade():
    op.drop_index("ix_saved_visits_expires_at", table_name="saved_visits")
    op.drop_index("ix_screenings_updated_at", table_name="screenings")
    op.drop_table("audit_events")
