"""What Briefer tells its user, as data: a template and its parameters, worded at the edge.

Errors, warnings, import summaries and the check's problems are built deep
inside (the importer, the exporter, the checker) but read in the language of
the face that shows them: the app in English or French, the command line in
English. So the code that finds a problem makes a ``Message`` — the English
template, the key of its translations, and the named values that fill it —
and the face words it with ``Message.text(language)``. Translations are data
(``core.wording_fr``); a test checks that every template has one with the
same placeholders.

``UserError`` is the one base of every error whose message is meant for the
user: both faces catch it by type and show its words, never a traceback.
"""

from __future__ import annotations

import string
from collections.abc import Mapping
from typing import Any

_FIELDS = string.Formatter()


class Message:
    """A template (English; ``{name}`` placeholders) and its values."""

    __slots__ = ("params", "template")

    def __init__(self, template: str, **params: Any) -> None:
        self.template = template
        self.params: dict[str, Any] = params

    def text(self, language: str = "en") -> str:
        """The message in ``language`` ("en", "fr"; English when there is no translation)."""
        template = catalogue(language).get(self.template, self.template)
        if not self.params:
            return template  # a literal text: its braces are not placeholders
        values = {k: _word(v, language) for k, v in self.params.items()}
        return template.format_map(_Missing(values))

    def __str__(self) -> str:
        return self.text("en")

    def __repr__(self) -> str:
        return f"Message({self.template!r}, **{self.params!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Message) and (self.template, self.params) == \
            (other.template, other.params)

    def __hash__(self) -> int:
        return hash(self.template)


class Listing(list[Any]):
    """A parameter worded one item per line (a list of problems), not joined by commas."""


def _word(value: Any, language: str) -> Any:
    """A parameter's words: a message worded, a list joined with commas (a ``Listing``
    one item per line)."""
    if isinstance(value, Message):
        return value.text(language)
    if isinstance(value, Listing):
        return "\n".join(str(_word(v, language)) for v in value)
    if isinstance(value, (list, tuple)):
        return ", ".join(str(_word(v, language)) for v in value)
    return value


class _Missing(dict[str, Any]):
    """A placeholder without a value shows as itself rather than failing."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def placeholders(template: str) -> set[str]:
    """The ``{names}`` a template uses."""
    return {name for _, name, _, _ in _FIELDS.parse(template) if name}


def catalogue(language: str) -> Mapping[str, str]:
    """English template -> template in ``language`` (empty for English)."""
    if language.split("_")[0].split("-")[0].lower() == "fr":
        from briefer.core.wording_fr import FR

        return FR
    return {}


def say(what: object, language: str = "en") -> str:
    """Any message, error or plain text in ``language``."""
    if isinstance(what, Message):
        return what.text(language)
    if isinstance(what, UserError):
        return what.message.text(language)
    return str(what)


class UserError(Exception):
    """An error written for the user (see module notes).

    ``UserError("Cannot write in {folder}.", folder=path)`` keeps the template
    and values; ``str(error)`` is the English text.
    """

    def __init__(self, message: str | Message = "", **params: Any) -> None:
        self.message = message if isinstance(message, Message) else Message(message, **params)
        super().__init__(str(self.message))

    def text(self, language: str = "en") -> str:
        return self.message.text(language)
