"""Two costs that grew with the store (issue #10):

- PostgreSQL ranked a search by parsing the text of every matching article again (``ts_rank`` over
  ``to_tsvector(text)``: 650 ms for a word in 6,000 articles of 10,000); the text's ``tsvector`` is now a stored,
  generated column with its GIN index, which ranking reads as it is (13 ms).
- Near-duplicate candidates are taken per band key, earliest articles first and a bounded number of them, which an
  index on (key, article_id) answers without reading every article that shares the key.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-01
"""

from alembic import op

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None

_SEARCHED = "coalesce(title, '') || ' ' || text"


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(f"ALTER TABLE articles ADD COLUMN search_vector tsvector "
                   f"GENERATED ALWAYS AS (to_tsvector('veille_french', {_SEARCHED})) STORED")
        op.execute("CREATE INDEX ix_articles_search_vector ON articles USING gin (search_vector)")
        op.execute("DROP INDEX ix_articles_fts")
    op.create_index("ix_article_bands_key_article", "article_bands", ["key", "article_id"])
    op.drop_index("ix_article_bands_key", table_name="article_bands")  # the new index starts with the key


def downgrade() -> None:
    op.create_index("ix_article_bands_key", "article_bands", ["key"])
    op.drop_index("ix_article_bands_key_article", table_name="article_bands")
    if op.get_bind().dialect.name == "postgresql":
        op.execute(f"CREATE INDEX ix_articles_fts ON articles USING gin (to_tsvector('veille_french', {_SEARCHED}))")
        op.execute("DROP INDEX ix_articles_search_vector")
        op.execute("ALTER TABLE articles DROP COLUMN search_vector")
