"""Safe YAML reading with errors that name the file and line.

Only ``safe_load``-style reading, and bounded: YAML aliases (``&a`` … ``*a``)
are refused, because a few hundred bytes of nested aliases expand to
gigabytes (the "billion laughs"); Briefer never writes them. Nesting deeper
than ``MAX_DEPTH`` is refused too. Both are found by a first pass over the
parser's events, in C when PyYAML has it, before anything is built.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from briefer.core.messages import UserError

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_Dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


MAX_DEPTH = 64


class YamlError(UserError, ValueError):
    """A YAML file that cannot be read; the message is fit to show a user."""


def _check_bounds(text: str, where: str) -> None:
    """Refuse aliases and deep nesting before building anything (see module notes)."""
    depth = 0
    try:
        for event in yaml.parse(text, Loader=_Loader):
            if isinstance(event, yaml.AliasEvent):
                line = event.start_mark.line + 1 if event.start_mark else 0
                raise YamlError(
                    f"{where}{f', line {line}' if line else ''}: uses a YAML alias "
                    f"(*{event.anchor}), which Briefer does not read — aliases can make a "
                    "small file expand without end. Write the value out in full there.")
            if isinstance(event, (yaml.MappingStartEvent, yaml.SequenceStartEvent)):
                depth += 1
                if depth > MAX_DEPTH:
                    line = event.start_mark.line + 1 if event.start_mark else 0
                    raise YamlError(f"{where}{f', line {line}' if line else ''}: nested more "
                                    f"than {MAX_DEPTH} levels deep, which no Briefer file is")
            elif isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
                depth -= 1
    except yaml.YAMLError:
        return  # a syntax error: the real parse below reports it with its line


def parse_yaml(text: str, where: str) -> Any:
    """``yaml.safe_load`` with a message like 'project.yaml, line 12: ...'."""
    _check_bounds(text, where)
    loader = _Loader(text)  # the C *safe* loader when built, else yaml.SafeLoader
    try:
        return loader.get_single_data()
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = f", line {mark.line + 1}" if mark is not None else ""
        raise YamlError(f"{where}{line}: {exc.problem or exc.context} — fix the YAML syntax "
                        f"there (a text editor will do) and open it again") from exc
    except yaml.YAMLError as exc:
        raise YamlError(f"{where}: not valid YAML ({exc})") from exc
    finally:
        loader.dispose()


def read_yaml(path: Path) -> Any:
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        raise YamlError(f"{path}: not UTF-8 text (byte {exc.start}); save it as UTF-8") from exc
    return parse_yaml(text, str(path))


def dump_yaml(data: Any) -> str:
    return yaml.dump(data, Dumper=_Dumper, allow_unicode=True, sort_keys=False,
                     default_flow_style=False, width=100)


def line_of(text: str, path: list[str | int]) -> int | None:
    """The 1-based line where the node at ``path`` (keys and list indexes) starts."""
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
