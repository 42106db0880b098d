"""What an entity's profile reads, kept at ingest: each article entity's number of mentions, and the entities each
quote's words mention (``quote_mentions``); and an index to read an entity's latest events. Existing rows are
filled from the mentions already stored.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-27
"""

import sqlalchemy as sa
from alembic import op

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("article_entities") as batch_op:
        batch_op.add_column(sa.Column("mention_count", sa.Integer(), server_default="0", nullable=False))
    op.execute('UPDATE article_entities SET mention_count = '
               '(SELECT count(*) FROM mentions WHERE mentions.article_entity_id = article_entities.id)')
    op.create_table(
        "quote_mentions",
        sa.Column("quote_id", sa.Integer(), nullable=False),
        sa.Column("entity_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["entity_id"], ["entities.id"]),
        sa.ForeignKeyConstraint(["quote_id"], ["quotes.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("quote_id", "entity_id"),
    )
    op.create_index(op.f("ix_quote_mentions_entity_id"), "quote_mentions", ["entity_id"], unique=False)
    op.execute('INSERT INTO quote_mentions (quote_id, entity_id) '
               'SELECT DISTINCT quotes.id, article_entities.entity_id FROM quotes '
               'JOIN mentions ON mentions.article_id = quotes.article_id '
               'AND mentions.start >= quotes.start AND mentions."end" <= quotes."end" '
               'JOIN article_entities ON article_entities.id = mentions.article_entity_id')
    op.create_index("ix_event_entities_entity_event", "event_entities", ["entity_id", "event_id"])


def downgrade() -> None:
    op.drop_index("ix_event_entities_entity_event", table_name="event_entities")
    op.drop_index(op.f("ix_quote_mentions_entity_id"), table_name="quote_mentions")
    op.drop_table("quote_mentions")
    with op.batch_alter_table("article_entities") as batch_op:
        batch_op.drop_column("mention_count")
