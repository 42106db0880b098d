"""PostgreSQL full-text search ignores accents, as SQLite's FTS5 does: "elysee" finds "Élysée".

A text search configuration ``veille_french`` is ``french`` with the ``unaccent`` dictionary before the stemmer,
and the GIN index is rebuilt over it (``veille.store.search`` queries the same expression). SQLite is unchanged.
The ``unaccent`` extension ships with PostgreSQL (contrib) and is trusted: the database's owner may create it.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-28
"""

from alembic import op

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None

UPGRADE = (
    "CREATE EXTENSION IF NOT EXISTS unaccent",
    "CREATE TEXT SEARCH CONFIGURATION veille_french (COPY = french)",
    "ALTER TEXT SEARCH CONFIGURATION veille_french "
    "ALTER MAPPING FOR hword, hword_part, word WITH unaccent, french_stem",
    "DROP INDEX ix_articles_fts",
    "CREATE INDEX ix_articles_fts ON articles "
    "USING gin (to_tsvector('veille_french', coalesce(title, '') || ' ' || text))",
)
DOWNGRADE = (
    "DROP INDEX ix_articles_fts",
    "CREATE INDEX ix_articles_fts ON articles "
    "USING gin (to_tsvector('french', coalesce(title, '') || ' ' || text))",
    "DROP TEXT SEARCH CONFIGURATION veille_french",
)


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for statement in UPGRADE:
            op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for statement in DOWNGRADE:
            op.execute(statement)
