"""Safe YAML reading with errors that name the file and line.

Only ``safe_load``-style reading, and bounded: YAML aliases (``&a`` … ``*a``)
are refused, because a few hundred bytes of nested aliases expand to
gigabytes (the "billion laughs"); Briefer never writes them. Nesting deeper
than ``MAX_DEPTH`` is refused too. Both are found by a first pass over the
parser's events, in C when PyYAML has it, before anything is built.

PyYAML itself loads when the first YAML is read or written (``_pyyaml``), not with
this module: the importers' registry needs this module, and ``briefer import`` forks
the reader of its PDFs once the registry is loaded (``io.early_reading``); PyYAML's
9 ms then load in the importer, while the reader reads.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from briefer.core.messages import Message, UserError

TYPE_CHECKING = False
if TYPE_CHECKING:
    import yaml

_Loader: Any = None  # the C *safe* loader when PyYAML was built with it, else SafeLoader
_Dumper: Any = None


def _pyyaml() -> None:
    """Load PyYAML (once) and pick its loader and dumper."""
    global yaml, _Loader, _Dumper
    if _Loader is None:
        import yaml

        _Dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
        _Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def loader() -> Any:
    """The loader class every read here uses (PyYAML loaded)."""
    _pyyaml()
    return _Loader


MAX_DEPTH = 64


class YamlError(UserError, ValueError):
    """A YAML file that cannot be read; the message is fit to show a user."""


def _at(where: str, line: int) -> str | Message:
    """"project.yaml, line 12" (or the file alone when the line is unknown)."""
    return Message("{file}, line {line}", file=where, line=line) if line else where


def _cannot_exceed(text: str) -> bool:
    """Whether ``text`` can hold neither an alias nor nesting past ``MAX_DEPTH``, on its
    characters alone: an alias needs ``*`` (and its anchor ``&``), and each level of
    nesting opens with one of ``[ { - : ?``. A sidecar of a few fields passes, and is
    not parsed twice (reading 10,000 of them, that pass was a third of the time)."""
    if "*" in text or "&" in text:
        return False
    return sum(map(text.count, "[{-:?")) <= MAX_DEPTH


def _check_bounds(text: str, where: str) -> None:
    """Refuse aliases and deep nesting before building anything (see module notes)."""
    if _cannot_exceed(text):
        return
    _pyyaml()
    depth = 0
    try:
        for event in yaml.parse(text, Loader=_Loader):
            if isinstance(event, yaml.AliasEvent):
                line = event.start_mark.line + 1 if event.start_mark else 0
                raise YamlError(
                    "{where}: uses a YAML alias (*{anchor}), which Briefer does not read — "
                    "aliases can make a small file expand without end. Write the value out in "
                    "full there.", where=_at(where, line), anchor=event.anchor)
            if isinstance(event, (yaml.MappingStartEvent, yaml.SequenceStartEvent)):
                depth += 1
                if depth > MAX_DEPTH:
                    line = event.start_mark.line + 1 if event.start_mark else 0
                    raise YamlError("{where}: nested more than {depth} levels deep, which no "
                                    "Briefer file is", where=_at(where, line), depth=MAX_DEPTH)
            elif isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
                depth -= 1
    except yaml.YAMLError:
        return  # a syntax error: the real parse below reports it with its line


def parse_yaml(text: str, where: str) -> Any:
    """``yaml.safe_load`` with a message like 'project.yaml, line 12: ...'."""
    _check_bounds(text, where)
    _pyyaml()
    try:
        loader = _Loader(text)  # the C *safe* loader when built, else yaml.SafeLoader
    except yaml.YAMLError as exc:
        raise YamlError("{where}: not valid YAML ({reason})", where=where,
                        reason=str(exc)) from exc
    try:
        return loader.get_single_data()
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark is not None else 0
        raise YamlError("{where}: {problem} — fix the YAML syntax there (a text editor will "
                        "do) and open it again", where=_at(where, line),
                        problem=exc.problem or exc.context) from exc
    except yaml.YAMLError as exc:
        raise YamlError("{where}: not valid YAML ({reason})", where=where,
                        reason=str(exc)) from exc
    finally:
        loader.dispose()


def read_yaml(path: Path) -> Any:
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        raise YamlError("{file}: not UTF-8 text (byte {byte}); save it as UTF-8", file=path,
                        byte=exc.start) from exc
    return parse_yaml(text, str(path))


def dump_yaml(data: Any) -> str:
    _pyyaml()
    return yaml.dump(data, Dumper=_Dumper, allow_unicode=True, sort_keys=False,
                     default_flow_style=False, width=100)


def line_of(text: str, path: list[str | int]) -> int | None:
    """The 1-based line where the node at ``path`` (keys and list indexes) starts."""
    _pyyaml()
    try:
        node = yaml.compose(text, Loader=_Loader)
    except yaml.YAMLError:
        return None
    for step in path:
        if isinstance(node, yaml.MappingNode) and isinstance(step, str):
            node = next((v for k, v in node.value if getattr(k, "value", None) == step), None)
        elif isinstance(node, yaml.SequenceNode) and isinstance(step, int) \
                and 0 <= step < len(node.value):
            node = node.value[step]
        else:
            node = None
        if node is None:
            return None
    return node.start_mark.line + 1 if node is not None else None
