"""Safe YAML reading with errors that name the file and line."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_Dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


class YamlError(ValueError):
    """A YAML file that cannot be read; the message is fit to show a user."""


def parse_yaml(text: str, where: str) -> Any:
    """``yaml.safe_load`` with a message like 'project.yaml, line 12: ...'."""
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
