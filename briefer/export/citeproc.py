"""Citations rendered by a real CSL processor: pandoc's citeproc, once per batch.

Why pandoc: its citeproc is the reference implementation that other CSL
processors are checked against, it reads any CSL 1.0.2 style and the CSL
locales (en-CA, fr-CA…), and the ``pypandoc-binary`` wheel ships it inside
itself, so installing Briefer installs it. A pure-Python processor was
measured on the same items and got Chicago notes wrong (initials for given
names, a comma outside the closing quotation mark); see the README's Design.

One batch is one pandoc process: a small Markdown document whose footnotes
cite the items in the note's order (``[@b3, {response 3 to question 1}]``),
with the items in a CSL-JSON file beside it. pandoc answers with its JSON
document tree; each footnote's inlines and each bibliography entry's become
``Span``s carrying the formatting the style asked for (italic titles, small
capitals…), rendered as pandoc's own Word writer renders them. Positions
(first citation in full, later ones short, "Ibid.") are the processor's:
they come from the order of the footnotes in the one document.
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib.util
import json
import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import astuple, dataclass, replace
from pathlib import Path
from typing import Any

from briefer.core.messages import Message, UserError
from briefer.export.csl_styles import CslStyle
from briefer.io.atomic import write_atomic
from briefer.bundled import user_cache_dir

TIMEOUT_S = 300
CACHE_VERSION = 1  # bump when what a batch gives changes
CACHE_FILES = 2000
_ESCAPE = str.maketrans({c: "\\" + c for c in "\\{}[]@;*_`<>$^~#|"})


class CitationError(UserError):
    """The processor could not run, or refused the style (its own words kept)."""


@dataclass(frozen=True)
class Span:
    """A piece of citation text and how it looks."""

    text: str
    italic: bool = False
    bold: bool = False
    small_caps: bool = False
    superscript: bool = False
    subscript: bool = False
    underline: bool = False

    def look(self) -> tuple[bool, ...]:
        return (self.italic, self.bold, self.small_caps, self.superscript, self.subscript,
                self.underline)


def plain(spans: Iterable[Span]) -> str:
    """The citation as plain text."""
    return "".join(s.text for s in spans)


@dataclass(frozen=True)
class Cite:
    """One citation: an item (a source id) and where in it ("response 3 to question 1")."""

    item: str
    locator: str = ""


@dataclass
class Rendered:
    """What one batch gives: a note per citation (in order) and the bibliography."""

    notes: list[list[Span]]
    entries: list[tuple[str, list[Span]]]  # (item id, entry), in the style's order


# -- the processor ----------------------------------------------------------------

_PANDOC: list[str] = []


def pandoc_path() -> str:
    """The pandoc that renders citations: the one inside the pypandoc-binary wheel,
    else a pandoc 3 on the PATH. Raises CitationError when there is neither."""
    if _PANDOC:
        return _PANDOC[0]
    spec = importlib.util.find_spec("pypandoc")
    if spec is not None and spec.origin:
        folder = Path(spec.origin).parent / "files"
        for name in ("pandoc", "pandoc.exe"):
            if (folder / name).is_file():
                _PANDOC.append(str(folder / name))
                return _PANDOC[0]
    found = shutil.which("pandoc")
    if found and _major_version(found) >= 3:
        _PANDOC.append(found)
        return found
    raise CitationError(Message(
        "Citations need pandoc 3 (installed with Briefer as the pypandoc-binary package); "
        "reinstall Briefer or install pandoc 3."))


def _major_version(path: str) -> int:
    try:
        out = subprocess.run([path, "--version"], capture_output=True, text=True,
                             timeout=30, check=False).stdout
        return int(out.split()[1].split(".")[0])
    except (OSError, subprocess.SubprocessError, ValueError, IndexError):
        return 0


def render(style: CslStyle, items: Mapping[str, dict[str, Any]], cites: Sequence[Cite],
           locale: str = "en-CA", bibliography: bool = True) -> Rendered:
    """Footnotes for ``cites`` in order, and the bibliography of the items cited.

    ``items`` maps each source id to its CSL-JSON (without "id"). The ids given
    to the processor are its own ("b0", "b1"…), so any source id is safe. A batch
    rendered before (same style file, locale, items and citations) is read from
    the user's cache instead: exporting again, or reopening a note, runs nothing.
    """
    if not cites:
        return Rendered([], [])
    used = dict.fromkeys(c.item for c in cites)
    key = hashlib.sha256(json.dumps(
        [CACHE_VERSION, style.key, locale, bibliography, [[i, items[i]] for i in used],
         [[c.item, c.locator] for c in cites]], sort_keys=True, ensure_ascii=False,
        default=str).encode("utf-8")).hexdigest()
    cached = _cached(key)
    if cached is not None and len(cached.notes) == len(cites):
        return cached
    done = _run(style, items, cites, locale, bibliography)
    _store(key, done)
    return done


def _cache_file(key: str) -> Path:
    return user_cache_dir() / "citations" / f"{key[:32]}.json"


def _cached(key: str) -> Rendered | None:
    try:
        data = json.loads(_cache_file(key).read_text(encoding="utf-8"))
        return Rendered([[Span(*s) for s in note] for note in data["notes"]],
                        [(item, [Span(*s) for s in entry]) for item, entry in data["entries"]])
    except (OSError, ValueError, KeyError, TypeError):
        return None  # not there, or unreadable: render again


def _store(key: str, done: Rendered) -> None:
    """Keep a batch for next time; a cache that cannot be written is only slower."""
    data = {"notes": [[astuple(s) for s in note] for note in done.notes],
            "entries": [[item, [astuple(s) for s in entry]] for item, entry in done.entries]}
    path = _cache_file(key)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(path, json.dumps(data, ensure_ascii=False).encode("utf-8"),
                     durable=False)
        _prune(path.parent)
    except (OSError, UserError):
        return


def _prune(folder: Path) -> None:
    """At most ``CACHE_FILES`` batches are kept: the oldest go first."""
    entries = list(os.scandir(folder))
    if len(entries) <= CACHE_FILES:
        return
    entries.sort(key=lambda e: e.stat().st_mtime)
    for entry in entries[:len(entries) - CACHE_FILES]:
        with contextlib.suppress(OSError):
            os.unlink(entry.path)


def _run(style: CslStyle, items: Mapping[str, dict[str, Any]], cites: Sequence[Cite],
         locale: str, bibliography: bool) -> Rendered:
    """One pandoc process for the batch (see module notes)."""
    keys = {item: f"b{n}" for n, item in enumerate(dict.fromkeys(c.item for c in cites))}
    back = {key: item for item, key in keys.items()}
    data = [{**items[item], "id": key} for item, key in keys.items()]
    lines = [f"x[^{n}]\n" for n in range(1, len(cites) + 1)]
    for n, cite in enumerate(cites, 1):
        locator = f", {{{cite.locator.translate(_ESCAPE)}}}" if cite.locator.strip() else ""
        lines.append(f"[^{n}]: [@{keys[cite.item]}{locator}]\n")
    if not bibliography:
        lines.insert(0, "---\nsuppress-bibliography: true\n---\n")
    with tempfile.TemporaryDirectory(prefix="briefer-cite-") as tmp:
        items_file = Path(tmp, "items.json")
        items_file.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        args = [pandoc_path(), "-f", "markdown", "-t", "json", "--citeproc",
                "--csl", str(style.path), "--bibliography", str(items_file),
                "-M", f"lang={locale}"]
        try:
            done = subprocess.run(args, input="\n".join(lines).encode("utf-8"),
                                  capture_output=True, timeout=TIMEOUT_S, check=False,
                                  env={**os.environ, "LANG": "C.UTF-8"})
        except (OSError, subprocess.SubprocessError) as exc:
            raise CitationError(Message("The citation processor did not run: {reason}",
                                        reason=str(exc))) from exc
    if done.returncode != 0:
        reason = done.stderr.decode("utf-8", "replace").strip().splitlines()
        raise CitationError(Message("The citation style “{style}” could not be used: {reason}",
                                    style=style.name, reason=" ".join(reason[-3:])))
    return _read(json.loads(done.stdout), back, len(cites))


# -- pandoc's document tree to spans -------------------------------------------------

def _read(doc: dict[str, Any], back: Mapping[str, str], count: int) -> Rendered:
    notes: list[list[Span]] = []
    entries: list[tuple[str, list[Span]]] = []
    for block in doc.get("blocks", []):
        if block["t"] == "Para":
            for inline in block["c"]:
                if inline["t"] == "Note":
                    notes.append(_blocks(inline["c"]))
        elif block["t"] == "Div":
            (ident, _classes, _attrs), content = block["c"]
            if ident == "refs":
                for entry in content:
                    if entry["t"] != "Div":
                        continue
                    key = entry["c"][0][0].removeprefix("ref-")
                    entries.append((back.get(key, key), _blocks(entry["c"][1])))
    if len(notes) != count:
        raise CitationError(Message("The citation processor returned {got} notes for {count} "
                                    "citations.", got=len(notes), count=count))
    return Rendered(notes, entries)


def _blocks(blocks: list[dict[str, Any]]) -> list[Span]:
    out: list[Span] = []
    for block in blocks:
        if block["t"] in ("Para", "Plain"):
            if out:
                out.append(Span(" "))
            _inlines(block["c"], Span(""), out)
        elif block["t"] == "Div":
            out.extend(_blocks(block["c"][1]))
    return _merge(out)


_QUOTES = {"DoubleQuote": ("“", "”"), "SingleQuote": ("‘", "’")}
_LOOKS = {"Emph": "italic", "Strong": "bold", "SmallCaps": "small_caps",
          "Superscript": "superscript", "Subscript": "subscript", "Underline": "underline"}


def _inlines(inlines: list[dict[str, Any]], look: Span, out: list[Span]) -> None:
    """Append the text of ``inlines`` as pandoc's Word writer shows it (in ``look``)."""
    for inline in inlines:
        kind = inline["t"]
        if kind == "Str":
            out.append(replace(look, text=inline["c"]))
        elif kind in ("Space", "SoftBreak", "LineBreak"):
            out.append(replace(look, text=" "))
        elif kind in _LOOKS:
            flags: dict[str, Any] = {_LOOKS[kind]: True}
            _inlines(inline["c"], replace(look, **flags), out)
        elif kind in ("Span", "Link"):
            _inlines(inline["c"][1], look, out)
        elif kind == "Quoted":
            opening, closing = _QUOTES.get(inline["c"][0]["t"], ("“", "”"))
            out.append(replace(look, text=opening))
            _inlines(inline["c"][1], look, out)
            out.append(replace(look, text=closing))
        elif kind == "Cite":
            _inlines(inline["c"][1], look, out)
        elif kind == "Code":
            out.append(replace(look, text=inline["c"][1]))
        elif kind == "Strikeout":
            _inlines(inline["c"], look, out)


def _merge(spans: list[Span]) -> list[Span]:
    """Neighbouring pieces that look alike joined; outer spaces trimmed."""
    merged: list[Span] = []
    for span in spans:
        if not span.text:
            continue
        if merged and merged[-1].look() == span.look():
            merged[-1] = replace(merged[-1], text=merged[-1].text + span.text)
        else:
            merged.append(span)
    if merged:
        merged[0] = replace(merged[0], text=merged[0].text.lstrip())
        merged[-1] = replace(merged[-1], text=merged[-1].text.rstrip())
    return [s for s in merged if s.text]
