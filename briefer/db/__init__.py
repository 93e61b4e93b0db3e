"""A project on a PostgreSQL team server: schema, copying to and from a folder, search.

The embedded default — a project folder with its SQLite index — stays the default for one
analyst; a desk shares one database (a ``postgresql://`` URL names it, as a path names a
folder). This package is the storage's server side: ``schema`` creates and upgrades the
tables by versioned migrations, ``transfer`` copies a whole project between a folder and a
database, ``search`` answers queries with the server's text search, ``security`` grants
clearances that the server's row-level security enforces.
"""

from briefer.db.connect import DbError, connect, is_url

__all__ = ["DbError", "connect", "is_url"]
