"""Note templates: YAML files naming a note's sections, bundled or the user's own.

Bundled templates live in ``resources/templates``; a user adds their own by
dropping a YAML file in the user template folder (see ``user_template_dir``)
or by giving a path.
"""

from __future__ import annotations

import os
from pathlib import Path

from briefer.core.messages import UserError
from briefer.bundled import resources_dir
from briefer.core.template import Template
from briefer.io.yamlutil import YamlError, read_yaml

DEFAULT_TEMPLATE = "briefing-note"


class TemplateError(UserError):
    """A template that cannot be used; the message names the file."""


def user_template_dir() -> Path:
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "briefer" / "templates"


def _template_dirs() -> list[Path]:
    return [user_template_dir(), resources_dir() / "templates"]


def list_templates() -> list[str]:
    """Names of the available templates (user ones first, then bundled)."""
    names: list[str] = []
    for folder in _template_dirs():
        if folder.is_dir():
            for file in sorted(folder.glob("*.yaml")):
                if file.stem not in names:
                    names.append(file.stem)
    return names


def load_template(name_or_path: str | Path) -> Template:
    """A template by name (``briefing-note``) or by the path of a YAML file."""
    candidate = Path(name_or_path)
    if candidate.suffix.lower() in (".yaml", ".yml") and candidate.exists():
        file = candidate
    else:
        found = [d / f"{name_or_path}.yaml" for d in _template_dirs()
                 if (d / f"{name_or_path}.yaml").exists()]
        if not found:
            raise TemplateError("No template named {name!r}; available: {names}",
                                name=str(name_or_path), names=list_templates())
        file = found[0]
    try:
        return Template.from_dict(file.stem, read_yaml(file))
    except (YamlError, ValueError) as exc:
        raise TemplateError("{file}: {problem}", file=file, problem=exc) from exc
