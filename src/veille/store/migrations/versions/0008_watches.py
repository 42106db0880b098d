"""Watches and their notifications (``veille.watch``): saved queries matched against every new article, and each
article a watch matched, with its facts and how its delivery went (attempts, next try, last error).

New tables only, like 0002.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-03
"""

import sqlalchemy as sa
from alembic import op

revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "watches",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("entity", sa.String(length=200), nullable=True),
        sa.Column("speaker", sa.String(length=200), nullable=True),
        sa.Column("about", sa.String(length=200), nullable=True),
        sa.Column("event_type", sa.String(length=50), nullable=True),
        sa.Column("mode", sa.String(length=50), nullable=True),
        sa.Column("modality", sa.String(length=20), nullable=True),
        sa.Column("actor", sa.String(length=200), nullable=True),
        sa.Column("target", sa.String(length=200), nullable=True),
        sa.Column("place", sa.String(length=200), nullable=True),
        sa.Column("country", sa.String(length=2), nullable=True),
        sa.Column("words", sa.Text(), nullable=True),
        sa.Column("source", sa.String(length=255), nullable=True),
        sa.Column("notify", sa.Text(), nullable=True),
        sa.Column("digest", sa.String(length=10), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("last_article_id", sa.Integer(), server_default="0", nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("name"),
    )
    op.create_table(
        "watch_notifications",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("watch_id", sa.Integer(), nullable=False),
        sa.Column("article_id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("facts", sa.JSON(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("attempts", sa.Integer(), server_default="0", nullable=False),
        sa.Column("next_try_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("sent_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(["article_id"], ["articles.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["watch_id"], ["watches.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("watch_id", "article_id"),
    )
    op.create_index(op.f("ix_watch_notifications_watch_id"), "watch_notifications", ["watch_id"], unique=False)
    op.create_index(op.f("ix_watch_notifications_article_id"), "watch_notifications", ["article_id"], unique=False)
    op.create_index("ix_watch_notifications_due", "watch_notifications", ["status", "next_try_at"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_watch_notifications_due", table_name="watch_notifications")
    op.drop_index(op.f("ix_watch_notifications_article_id"), table_name="watch_notifications")
    op.drop_index(op.f("ix_watch_notifications_watch_id"), table_name="watch_notifications")
    op.drop_table("watch_notifications")
    op.drop_table("watches")
