"""Where each place of an article lies: the contract's ``geo`` object of an article entity, and its point and
country as indexed columns for searches by distance (``--near``) and by country (``--country``).

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-02
"""

import sqlalchemy as sa
from alembic import op

revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("article_entities") as batch_op:
        batch_op.add_column(sa.Column("geo", sa.JSON(), nullable=True))
        batch_op.add_column(sa.Column("lat", sa.Float(), nullable=True))
        batch_op.add_column(sa.Column("lon", sa.Float(), nullable=True))
        batch_op.add_column(sa.Column("country", sa.String(length=2), nullable=True))
        batch_op.create_index(batch_op.f("ix_article_entities_lat"), ["lat"], unique=False)
        batch_op.create_index(batch_op.f("ix_article_entities_country"), ["country"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("article_entities") as batch_op:
        batch_op.drop_index(batch_op.f("ix_article_entities_country"))
        batch_op.drop_index(batch_op.f("ix_article_entities_lat"))
        batch_op.drop_column("country")
        batch_op.drop_column("lon")
        batch_op.drop_column("lat")
        batch_op.drop_column("geo")
