"""Reading .txt and .md sources with their YAML metadata sidecars.

Text is decoded as strict UTF-8 (with or without BOM), else as Windows-1252
with a warning naming the file — charset detectors guess cp1252 badly, so we
do not guess further; the user can override the encoding.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path
from typing import Any

from briefer.core.messages import Message, UserError
from briefer.io.atomic import ProjectError, write_atomic
from briefer.io.file_rules import BINARY_MAGIC, TEXT_SUFFIXES
from briefer.io.file_rules import MAX_SOURCE_BYTES as MAX_SOURCE_BYTES  # tests set it here
from briefer.core.source import Source, SourceKind, SourceMeta
from briefer.core.source_basics import declared_kind_name
from briefer.core.survey_hint import might_be_survey
from briefer.core.text import normalise_text
from briefer.io.yamlutil import YamlError, parse_yaml, read_yaml

_CONTROL_BYTES = bytes(b for b in range(0x20) if b not in (9, 10, 12, 13))
_NOT_NORMAL_BYTES = bytes(b for b in range(0x20) if b not in (9, 10))
_FRONT_MATTER = re.compile(r"\A---\n(.*?\n)(?:---|\.\.\.)\n", re.S)


class SourceError(UserError):
    """A source that cannot be read; the message names the file and what to do."""


def decode_bytes(raw: bytes, name: str, encoding: str | None = None
                 ) -> tuple[str, str, list[Message]]:
    """Decode file bytes: the given encoding, else UTF-8, else cp1252 (with a warning)."""
    if encoding:
        try:
            return raw.decode(encoding), encoding, []
        except (UnicodeDecodeError, LookupError) as exc:
            raise SourceError("{file}: cannot be read as {encoding} ({reason}); choose "
                              "another encoding", file=name, encoding=encoding,
                              reason=str(exc)) from exc
    try:
        return raw.decode("utf-8-sig"), "utf-8", []
    except UnicodeDecodeError:
        pass
    try:
        text, used = raw.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:  # the five bytes cp1252 leaves undefined
        text, used = raw.decode("latin-1"), "latin-1"
    return text, used, [_guessed_encoding(name, used)]


def _guessed_encoding(name: str, used: str) -> Message:
    return Message("{file} is not valid UTF-8; it was read as {encoding} (Windows Western). If "
                   "characters look wrong, re-import it naming its encoding (briefer import "
                   "--encoding NAME).", file=name, encoding=used)


def _removed_warning(name: str, removed: int) -> Message:
    return Message("{file}: {count} control character{count:?|s} that documents cannot hold "
                   "{count:?was|were} removed", file=name, count=removed)


def _refuse_unreadable(raw: bytes, name: str) -> None:
    if not raw or raw.isspace():
        raise SourceError("{file} is empty; there is nothing to read in it", file=name)
    if len(raw) > MAX_SOURCE_BYTES:
        raise SourceError("{file} is {size:.0f} MB, larger than the {limit} MB a source may "
                          "be; split it or trim it", file=name, size=len(raw) / 1e6,
                          limit=MAX_SOURCE_BYTES // 2**20)
    head = raw[:8192]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return  # UTF-16 text: NULs are expected
    controls = len(head) - len(head.translate(None, _CONTROL_BYTES))
    if head.startswith(BINARY_MAGIC) or controls > max(8, len(head) // 20):
        raise SourceError("{file} is a binary file, not text; import the document it came "
                          "from (.docx, .pdf, .html) or save it as plain text", file=name)


def read_bytes(path: Path | str) -> bytes:
    """The bytes of a file: ``Path.read_bytes`` with fewer system calls and objects.

    Opening a large folder reads thousands of small files; going straight to
    ``os.read`` makes that two to three times quicker.
    """
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
    try:
        data = os.read(fd, os.fstat(fd).st_size + 1)
        more = os.read(fd, 1 << 20) if data else b""  # to the end, whatever the size said
        if not more:
            return data
        chunks = [data, more]
        while more := os.read(fd, 1 << 20):
            chunks.append(more)
        return b"".join(chunks)
    finally:
        os.close(fd)


def _already_normal(raw: bytes, text: str) -> bool:
    """True when ``normalise_text`` would leave this UTF-8 text unchanged.

    Byte-level tests are several times faster than the text-level regex: no
    control byte but tab and newline (so no CR and no form feed), no encoded
    U+FFxx character (which covers U+FFFE and U+FFFF) and no leading BOM.
    """
    return len(raw.translate(None, _NOT_NORMAL_BYTES)) == len(raw) \
        and b"\xef\xbf" not in raw and not text.startswith("\ufeff")


def read_text_file(path: Path, encoding: str | None = None
                   ) -> tuple[str, str, list[Message]]:
    """The normalised text of a text file, the encoding used, and warnings."""
    text, used, warnings, _ = read_text_file_counted(path, encoding)
    return text, used, warnings


def read_text_file_counted(path: Path, encoding: str | None = None
                           ) -> tuple[str, str, list[Message], int]:
    """As ``read_text_file``, plus the number of control characters removed."""
    try:
        raw = read_bytes(path)
    except OSError as exc:
        raise SourceError("{file}: cannot be read ({reason})", file=path.name,
                          reason=exc.strerror or str(exc)) from exc
    _refuse_unreadable(raw, path.name)
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")) and not encoding:
        encoding = "utf-16"
    text, used, warnings = decode_bytes(raw, path.name, encoding)
    if used == "utf-8" and not encoding and _already_normal(raw, text):
        removed = 0
    else:
        text, removed = normalise_text(text)
    if removed:
        warnings.append(_removed_warning(path.name, removed))
    if not text or text.isspace():
        raise SourceError("{file} is empty; there is nothing to read in it", file=path.name)
    return text, used, warnings, removed


def sidecar_path(path: Path) -> Path:
    """Where a source's metadata lives: the same name with ``.yaml``."""
    return path.with_suffix(".yaml")


def _json_exact(data: Any) -> bool:
    """True if ``json.loads(json.dumps(data)) == data`` (checked without the round trip)."""
    if data is None or isinstance(data, (str, bool, int)):
        return True
    if isinstance(data, float):
        return data == data  # NaN is never equal to itself
    if isinstance(data, list):
        return all(_json_exact(item) for item in data)
    if isinstance(data, dict):
        return all(isinstance(k, str) and _json_exact(v) for k, v in data.items())
    return False


class SidecarCache:
    """Parsed sidecars remembered by file size and modification time.

    Parsing thousands of small YAML files is most of the time a large project
    takes to open; this keeps their parsed content (JSON, next to the project's
    other caches) and parses again only the files that changed. A missing or
    damaged cache file is simply rebuilt. Only worth it for large folders
    (``MIN_FILES``); smaller ones are neither cached nor written.
    """

    VERSION = 1
    MIN_FILES = 200

    def __init__(self, path: Path | None = None):
        self.path = path
        self.entries: dict[str, list[Any]] = {}
        self.seen: set[str] = set()
        self.changed = False
        if path is not None:
            try:
                data = _load_by_lines(path.read_text(encoding="utf-8"))
                if isinstance(data, dict) and data.get("version") == self.VERSION \
                        and isinstance(data.get("files"), dict):
                    self.entries = data["files"]
            except (OSError, ValueError):
                pass

    def read(self, side: Path) -> tuple[bool, Any]:
        """(exists, parsed YAML) of a sidecar, from the cache when the file is unchanged."""
        try:
            stat = side.stat()
        except FileNotFoundError:
            return False, None
        key = side.name
        self.seen.add(key)
        entry = self.entries.get(key)
        if isinstance(entry, list) and len(entry) == 3 \
                and entry[0] == stat.st_mtime_ns and entry[1] == stat.st_size:
            return True, entry[2]  # fresh from JSON, used once
        data = read_sidecar_data(side)
        try:  # only what JSON gives back unchanged (a YAML date would not)
            exact = _json_exact(data)
        except RecursionError:  # a self-referencing YAML structure
            exact = False
        if exact:
            self.entries[key] = [stat.st_mtime_ns, stat.st_size, data]
            self.changed = True
        return True, data

    def remember(self, side: Path, data: Any) -> None:
        """Record ``data`` as the parsed content of ``side`` as the file stands now."""
        try:
            stat = side.stat()
        except OSError:
            return
        self.seen.add(side.name)
        if _json_exact(data):
            self.entries[side.name] = [stat.st_mtime_ns, stat.st_size, data]
            self.changed = True

    def save(self) -> None:
        """Write the cache if it changed and the folder is large enough (never raises)."""
        stale = set(self.entries) - self.seen
        if self.path is None or len(self.seen) < self.MIN_FILES or not (self.changed or stale):
            return
        for key in stale:
            del self.entries[key]
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            write_atomic(self.path, _dump_by_lines(self.VERSION, self.entries).encode("utf-8"),
                         durable=False)
        except (OSError, ProjectError):
            pass  # a cache: losing it costs time, never data
        self.changed = False

    def let_go(self) -> None:
        """Forget the entries one at a time, on the thread that read them. Dropped at once,
        100,000 of them (a list and a mapping each) were freed in one call that held every
        thread — the window's too — for 140 ms at the end of a project's opening; one at a
        time, other threads run in between."""
        entries = self.entries
        self.entries = {}
        while entries:
            entries.popitem()


_BATCH = 2000  # entries parsed or written per call into the C JSON code


def _dump_by_lines(version: int, entries: dict[str, Any]) -> str:
    """``{"version": …, "files": {…}}`` as JSON with one entry a line, made a batch at a
    time: one ``json.dumps`` of 100,000 entries holds the interpreter (and so the
    window's thread) for a third of a second; ``_load_by_lines`` reads it back the same way."""
    items = list(entries.items())
    parts = [f'{{"version": {version}, "files": {{\n']
    for first in range(0, len(items), _BATCH):
        batch = items[first:first + _BATCH]
        parts.append(",\n".join(f"{json.dumps(k, ensure_ascii=False)}: "
                                 f"{json.dumps(v, ensure_ascii=False)}" for k, v in batch))
        parts.append(",\n" if first + _BATCH < len(items) else "\n")
    parts.append("}}\n")
    return "".join(parts)


def _load_by_lines(text: str) -> Any:
    """What ``json.loads(text)`` gives, a batch of lines at a time when ``text`` is laid
    out as ``_dump_by_lines`` writes it (one long ``json.loads`` call holds the window's
    thread for most of a second at 100,000 entries); any other layout, in one call."""
    lines = text.split("\n")
    head = lines[0]
    if not (head.startswith('{"version": ') and head.endswith('"files": {')) \
            or len(lines) < 3 or lines[-1] != "" or lines[-2] != "}}":
        return json.loads(text)
    files: dict[str, Any] = {}
    body = lines[1:-2]
    for first in range(0, len(body), _BATCH):
        chunk = ",".join(line.rstrip(",") for line in body[first:first + _BATCH])
        files.update(json.loads("{" + chunk + "}"))
    return {**json.loads(head + "}}"), "files": files}


def read_sidecar_data(side: Path) -> Any:
    """A sidecar's parsed YAML (errors name the file and line)."""
    return read_yaml(side)


def read_sidecar(path: Path, cache: SidecarCache | None = None) -> SourceMeta:
    side = sidecar_path(path)
    try:
        if cache is not None:
            exists, data = cache.read(side)
            if not exists:
                return SourceMeta()
        else:
            if not side.exists():
                return SourceMeta()
            data = read_sidecar_data(side)
    except YamlError as exc:
        raise SourceError(exc.message) from exc
    if data is None:
        return SourceMeta()
    if not isinstance(data, dict):
        raise SourceError("{file}: metadata must be a mapping of CSL fields (title: ..., "
                          "container-title: ...)", file=side.name)
    return SourceMeta.from_csl(data)


def front_matter(text: str) -> dict[str, object]:
    """YAML front matter at the top of a Markdown file, if any (never raises)."""
    match = _FRONT_MATTER.match(text)
    if not match:
        return {}
    try:
        data = parse_yaml(match.group(1), "front matter")
    except YamlError:
        return {}
    return data if isinstance(data, dict) else {}


def detect_kind(text: str, meta: SourceMeta) -> SourceKind:
    """Survey or article: metadata says so, else the structure does."""
    declared = declared_kind(meta)
    if declared is not None:
        return declared
    if not might_be_survey(text):  # nearly every article: told without parsing
        return SourceKind.ARTICLE
    # markdown-it loads only for a text that may be a survey and does not say what it is
    from briefer.core.survey_parser import looks_like_survey

    return SourceKind.SURVEY if looks_like_survey(text) else SourceKind.ARTICLE


def declared_kind(meta: SourceMeta) -> SourceKind | None:
    """The kind the metadata declares, if it does (else the text's structure decides)."""
    declared = declared_kind_name(meta.type, meta.genre, meta.extra.get("kind", ""))
    return None if declared is None else SourceKind(declared)


def load_source(path: Path, encoding: str | None = None, *,
                sidecars: SidecarCache | None = None) -> tuple[Source, list[Message]]:
    """A .txt/.md source and its sidecar metadata, plus warnings for the user."""
    text, used, warnings, removed = read_text_file_counted(path, encoding)
    meta = read_sidecar(path, sidecars)
    if path.suffix.lower() in (".md", ".markdown"):
        matter = front_matter(text)
        for key, value in matter.items():
            if key in ("type", "genre", "title", "container-title", "issued", "author", "URL") \
                    and getattr(meta, key.replace("-", "_")) in ("", None, []):
                merged = SourceMeta.from_csl({key: value})
                setattr(meta, key.replace("-", "_"), getattr(merged, key.replace("-", "_")))
    source = Source(id=path.stem, text=text, meta=meta, kind=detect_kind(text, meta),
                    filename=path.name, encoding=used,
                    removed_chars=removed)
    return source, warnings


def is_source_file(path: Path) -> bool:
    return path.is_file() and path.suffix.lower() in TEXT_SUFFIXES \
        and not path.name.startswith(".")


def load_folder(folder: Path, sidecars: SidecarCache | None = None
                ) -> tuple[list[Source], list[Message]]:
    """Every readable source in a folder (sorted by name), and the problems met.

    A file that cannot be read is reported and skipped; the rest still load.
    """
    if not folder.is_dir():
        raise SourceError("{folder} is not a folder", folder=folder)
    sources: list[Source] = []
    problems: list[Message] = []
    seen: set[str] = set()
    for path in sorted(folder.iterdir()):
        if not is_source_file(path):
            continue
        if path.stem in seen:
            problems.append(Message("{file}: another source is already named {name!r}; rename "
                                    "one of them", file=path.name, name=path.stem))
            continue
        try:
            source, warnings = load_source(path, sidecars=sidecars)
        except SourceError as exc:
            problems.append(exc.message)
            continue
        seen.add(source.id)
        sources.append(source)
        problems.extend(warnings)
    return sources, problems
