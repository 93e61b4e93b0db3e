"""What Briefer tells its user, as data: a template and its parameters, worded at the edge.

Errors, warnings, import summaries and the check's problems are built deep
inside (the importer, the exporter, the checker) but read in the language of
the face that shows them: the app in English or French, the command line in
English. So the code that finds a problem makes a ``Message`` — the English
template, the key of its translations, and the named values that fill it —
and the face words it with ``Message.text(language)``. Translations are data
(``core.wording_fr``); a test checks that every template has one with the
same placeholders. A message made of pieces takes the pieces as values: other
messages, user errors (worded by their message), lists (``Listing`` chooses
the separator) and ``Clause``s; a number formatted with a separator
(``{size:,.0f}``) takes the French ones in French.

``UserError`` is the one base of every error whose message is meant for the
user: both faces catch it by type and show its words, never a traceback.
"""

from __future__ import annotations

import string
from collections.abc import Iterable, Mapping
from briefer.core.wording_fr import FR

TYPE_CHECKING = False  # as typing's: ``briefer search`` starts without importing typing
if TYPE_CHECKING:
    from typing import Any

_FIELDS = string.Formatter()


class Message:
    """A template (English; ``{name}`` placeholders) and its values."""

    __slots__ = ("params", "template")

    def __init__(self, template: str, /, **params: Any) -> None:
        self.template = template
        self.params: dict[str, Any] = params

    def text(self, language: str = "en") -> str:
        """The message in ``language`` ("en", "fr"; English when there is no translation)."""
        template = catalogue(language).get(self.template, self.template)
        if not self.params:
            return template  # a literal text: its braces are not placeholders
        values = {k: _word(v, language) for k, v in self.params.items()}
        return _Filler(language).vformat(template, (), _Missing(values))

    def __str__(self) -> str:
        return self.text("en")

    def __repr__(self) -> str:
        return f"Message({self.template!r}, **{self.params!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Message) and (self.template, self.params) == \
            (other.template, other.params)

    def __hash__(self) -> int:
        return hash(self.template)


class Listing(list["Any"]):
    """A parameter worded one item per line (a list of problems), not joined by commas;
    ``Listing(items, sep="; ")`` joins them with another separator."""

    def __init__(self, items: Iterable[Any] = (), sep: str = "\n") -> None:
        super().__init__(items)
        self.sep = sep

    def __str__(self) -> str:
        return str(_word(self, "en"))


class Clause:
    """A message worded without its closing full stop, to stand inside another sentence
    ("… missing from the project ({reason}).")."""

    __slots__ = ("message",)

    def __init__(self, message: object) -> None:
        self.message = message

    def __str__(self) -> str:
        return str(_word(self, "en"))


def _word(value: Any, language: str) -> Any:
    """A parameter's words: a message worded, an error by its message, a list joined
    with commas (a ``Listing`` one item per line)."""
    if isinstance(value, Message):
        return value.text(language)
    if isinstance(value, UserError):
        return value.message.text(language)
    if isinstance(value, BaseException) and len(value.args) == 1 \
            and isinstance(value.args[0], Message):  # ValueError(Message(...))
        return value.args[0].text(language)
    if isinstance(value, Clause):
        return str(_word(value.message, language)).rstrip(".")
    if isinstance(value, Listing):
        return value.sep.join(str(_word(v, language)) for v in value)
    if isinstance(value, (list, tuple)):
        return ", ".join(str(_word(v, language)) for v in value)
    return value


class _Filler(string.Formatter):
    """Fills a template; in French a number's separators are French ("1 234,5").

    A number's plural forms: ``{count:?one|other}`` gives "one" or "other" by the
    number and the language's rule ("{count} file{count:?|s}": "1 file", "2 files";
    in French 0 and 1 take the singular: "0 fichier", "2 fichiers").
    """

    def __init__(self, language: str) -> None:
        super().__init__()
        self.french = _base(language) == "fr"

    def format_field(self, value: Any, format_spec: str) -> Any:
        if format_spec.startswith("?"):
            one, _, other = format_spec[1:].partition("|")
            number = abs(value) if isinstance(value, (int, float)) else 2
            return one if (number < 2 if self.french else number == 1) else other
        text = format(value, format_spec)
        if self.french and format_spec and isinstance(value, (int, float)) \
                and not isinstance(value, bool):
            text = text.translate({ord(","): "\u202f", ord("."): ","})
        return text


class _Missing(dict[str, "Any"]):
    """A placeholder without a value shows as itself rather than failing."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def placeholders(template: str) -> set[str]:
    """The ``{names}`` a template uses."""
    return {name for _, name, _, _ in _FIELDS.parse(template) if name}


def _base(language: str) -> str:
    """"fr" for "fr_CA", "fr-CA", "FR"."""
    return language.split("_")[0].split("-")[0].lower()


def catalogue(language: str) -> Mapping[str, str]:
    """English template -> template in ``language`` (empty for English)."""
    if _base(language) == "fr":
        return FR
    return {}


def say(what: object, language: str = "en") -> str:
    """Any message, error or plain text in ``language``."""
    if isinstance(what, Message):
        return what.text(language)
    if isinstance(what, UserError):
        return what.message.text(language)
    if isinstance(what, (Listing, Clause)):
        return str(_word(what, language))
    return str(what)


class UserError(Exception):
    """An error written for the user (see module notes).

    ``UserError("Cannot write in {folder}.", folder=path)`` keeps the template
    and values; ``str(error)`` is the English text.
    """

    def __init__(self, message: str | Message = "", /, **params: Any) -> None:
        self.message = message if isinstance(message, Message) else Message(message, **params)
        super().__init__(str(self.message))

    def text(self, language: str = "en") -> str:
        return self.message.text(language)
