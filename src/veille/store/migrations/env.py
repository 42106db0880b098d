"""Alembic environment: run the store's migrations on the connection ``veille.store.database.upgrade`` passes in.

``render_as_batch`` lets later migrations alter SQLite tables (which ALTER TABLE mostly cannot) with the same code.
"""

from alembic import context

from veille.store.models import Base

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
