"""Messages are data worded at the edge: every template the code writes has its French,
with the same placeholders, and no user error is built from an f-string (which could not
be translated)."""

from __future__ import annotations

import ast
import importlib
import pkgutil
from pathlib import Path

import pytest

import briefer
from briefer.core.messages import Message, UserError, placeholders, say
from briefer.core.wording_fr import FR

ROOT = Path(briefer.__file__).parent


def _user_error_names() -> set[str]:
    for info in pkgutil.walk_packages([str(ROOT)], "briefer."):
        if ".gui" in info.name or info.name.endswith("__main__"):
            continue
        importlib.import_module(info.name)
    names, todo = {"UserError"}, [UserError]
    while todo:
        for sub in todo.pop().__subclasses__():
            names.add(sub.__name__)
            todo.append(sub)
    return names


def _calls() -> list[tuple[str, int, ast.Call]]:
    names = _user_error_names() | {"Message"}
    found = []
    for path in sorted(ROOT.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and node.args:
                func = node.func
                name = func.id if isinstance(func, ast.Name) else \
                    func.attr if isinstance(func, ast.Attribute) else ""
                if name in names:
                    found.append((f"{path.relative_to(ROOT)}:{node.lineno}", 0, node))
    return found


CALLS = _calls()


def test_user_errors_are_templates_not_fstrings() -> None:
    fstrings = [where for where, _, call in CALLS if isinstance(call.args[0], ast.JoinedStr)]
    assert not fstrings, f"use a template and named values instead of an f-string: {fstrings}"


def test_every_template_has_its_french_with_the_same_placeholders() -> None:
    missing, mismatched = [], []
    for where, _, call in CALLS:
        first = call.args[0]
        if not (isinstance(first, ast.Constant) and isinstance(first.value, str)):
            continue
        template = first.value
        if template not in FR:
            missing.append(f"{where}: {template!r}")
        elif placeholders(FR[template]) != placeholders(template):
            mismatched.append(where)
    assert not missing, "no French for:\n" + "\n".join(missing)
    assert not mismatched


@pytest.mark.parametrize("english", sorted(FR))
def test_french_entries_keep_their_placeholders(english: str) -> None:
    assert placeholders(FR[english]) == placeholders(english)


def test_a_message_is_worded_at_the_edge() -> None:
    message = Message("{title} lacks {fields} for its citation.", title="Talks",
                      fields=[Message("outlet"), Message("date")])
    assert str(message) == "Talks lacks outlet, date for its citation."
    assert message.text("fr") == "Il manque média, date à Talks pour sa citation."
    assert message.text("fr_CA") == message.text("fr")
    error = UserError(message)
    assert say(error, "fr") == message.text("fr") and str(error) == str(message)


def test_values_are_never_read_as_templates() -> None:
    assert Message("Cannot read {name}.", name="{weird} file").text() == \
        "Cannot read {weird} file."
    assert Message("A literal {brace} without values").text() == \
        "A literal {brace} without values"
