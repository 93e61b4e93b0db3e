"""Where a project's search index lives, and what decides a source's rows in it.

Kept apart from ``fts`` so that the command line can find an index file (and
``fresh`` vouch for one) with no more than this imported.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from briefer.bundled import user_cache_dir

TYPE_CHECKING = False  # as typing's: ``briefer search`` starts without importing typing
if TYPE_CHECKING:
    from briefer.core.project import Project
    from briefer.core.source import Source

INDEX_FILE = "index.sqlite"


def content_hash(title: str, text: str, language: str = "") -> str:
    """What decides a source's index rows: its title, its text, its declared language."""
    from hashlib import blake2b  # imported here: a search finds its index without it

    digest = blake2b(digest_size=16)
    digest.update(title.encode("utf-8", "surrogatepass"))
    digest.update(b"\0")
    digest.update(text.encode("utf-8", "surrogatepass"))
    if language:
        digest.update(b"\0" + language.encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


def index_path_for(project: Project) -> list[Path]:
    """Where a project's index may live, best first."""
    return list(index_paths(Path(project.path), project.read_only)) if project.path else []


def index_paths(folder: Path, read_only: bool) -> Iterator[Path]:
    """Where the index of the project (or plain folder, ``read_only``) at ``folder`` may
    live, best first: its ``.briefer`` folder, else the user's cache."""
    if not read_only:
        yield folder / ".briefer" / INDEX_FILE
    from hashlib import sha1

    key = sha1(str(folder.resolve()).encode("utf-8", "surrogatepass")).hexdigest()
    yield user_cache_dir() / f"{key[:20]}.sqlite"


def row_key(source: Source, title: str, declared: str) -> str:
    """What decides a source's index rows: its title, declared language and text — the
    text stood for by its file's stamp while it is the file's, as it was opened (a lazy
    source: no text is read, so an index that is current costs no reading; a text
    replaced in the app has no stamp and is hashed)."""
    if source.file_stamp is not None:
        mtime, size = source.file_stamp
        return content_hash(title, f"\0file\0{source.filename}\0{mtime}\0{size}", declared)
    return content_hash(title, source.peek_text(), declared)
