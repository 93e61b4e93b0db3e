"""The schema's versioned migrations, applied in order by ``briefer.db.schema``.

Each is a module ``vNNNN_what.py`` holding ``SQL``: run once, in one transaction, and
recorded in ``briefer_schema``. A migration once released is never edited: a change to the
schema is a new migration, so every database reaches the same schema by the same steps.
"""

from __future__ import annotations

from types import ModuleType

from briefer.db.migrations import (v0001_project, v0002_markings, v0003_versions,
                                   v0004_presence, v0005_deletions,
                                   v0006_project_news, v0007_vocabulary)

MIGRATIONS: tuple[tuple[int, ModuleType], ...] = ((1, v0001_project), (2, v0002_markings),
                                                  (3, v0003_versions), (4, v0004_presence),
                                                  (5, v0005_deletions),
                                                  (6, v0006_project_news),
                                                  (7, v0007_vocabulary))
LATEST = MIGRATIONS[-1][0]
