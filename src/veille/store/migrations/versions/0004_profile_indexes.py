"""Covering indexes for an entity's profile: which of an article's quotes holds a mention (quotes about an entity).

Without them a busy entity's ``quotes_about`` read every quote row of every article that mentions it; with them
it reads two indexes (see bench/api_latency.py and docs/store.md).

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-28
"""

from alembic import op

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_quotes_article_span", "quotes", ["article_id", "start", "end"])
    op.create_index("ix_mentions_entity_span", "mentions", ["article_entity_id", "article_id", "start", "end"])


def downgrade() -> None:
    op.drop_index("ix_mentions_entity_span", "mentions")
    op.drop_index("ix_quotes_article_span", "quotes")
