"""Messages are data worded at the edge: every template the code writes has its French,
with the same placeholders, and no user error is built from an f-string (which could not
be translated)."""

from __future__ import annotations

import ast
import string
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


def _template_at(call: ast.Call) -> int:
    """Which argument is the message: the first text (``LockBusy(holder, "…")``)."""
    for i, arg in enumerate(call.args):
        if isinstance(arg, ast.JoinedStr) or (isinstance(arg, ast.Constant)
                                              and isinstance(arg.value, str)):
            return i
    return 0


def _calls() -> list[tuple[str, int, ast.Call]]:
    """Every ``Message(...)``, user error, and ``super().__init__(...)`` in a user error."""
    names = _user_error_names() | {"Message"}
    found = []
    for path in sorted(ROOT.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        inits = {id(node) for cls in ast.walk(tree)
                 if isinstance(cls, ast.ClassDef) and cls.name in names
                 for node in ast.walk(cls) if isinstance(node, ast.Call)
                 and isinstance(node.func, ast.Attribute) and node.func.attr == "__init__"
                 and isinstance(node.func.value, ast.Call)
                 and isinstance(node.func.value.func, ast.Name)
                 and node.func.value.func.id == "super"}
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and node.args:
                func = node.func
                name = func.id if isinstance(func, ast.Name) else \
                    func.attr if isinstance(func, ast.Attribute) else ""
                if name in names or id(node) in inits:
                    found.append((f"{path.relative_to(ROOT)}:{node.lineno}",
                                  _template_at(node), node))
    return found


CALLS = _calls()


def test_user_errors_are_templates_not_fstrings() -> None:
    fstrings = [where for where, at, call in CALLS if isinstance(call.args[at], ast.JoinedStr)]
    assert not fstrings, f"use a template and named values instead of an f-string: {fstrings}"


def test_every_template_has_its_french_with_the_same_placeholders() -> None:
    missing, mismatched = [], []
    for where, at, call in CALLS:
        first = call.args[at]
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


def _filled(template: str) -> dict[str, object]:
    """A value for each placeholder: a number where the template formats one."""
    return {name: 12345.5 if spec else "x"
            for _, name, spec, _ in string.Formatter().parse(template) if name}


@pytest.mark.parametrize("english", sorted(FR))
def test_every_template_fills_in_both_languages(english: str) -> None:
    message = Message(english, **_filled(english))
    for language in ("en", "fr"):  # a format spec a template cannot take would raise here
        text = message.text(language)
        assert not any("{" + name in text for name in placeholders(english)), text


def test_numbers_take_french_separators_in_french() -> None:
    message = Message("{file}: the file is too large ({size:,.0f} MB; the limit is {limit} MB)",
                      file="big.pdf", size=51234.4, limit=50)
    assert str(message) == "big.pdf: the file is too large (51,234 MB; the limit is 50 MB)"
    assert message.text("fr") == \
        "big.pdf : le fichier est trop volumineux (51\u202f234 Mo ; la limite est de 50 Mo)"


def test_parameters_may_be_messages_errors_listings_and_clauses() -> None:
    from briefer.core.messages import Clause, Listing
    from briefer.io.importers import ImportRefused

    refused = ImportRefused("{file}: contains no text to import", file="a.txt")
    message = Message("{error} Nothing was imported.", error=refused)
    assert message.text("fr") == "a.txt : ne contient aucun texte à importer Rien n’a été " \
        "importé."
    typed = ValueError(Message("nested too deeply"))  # an error raised with a Message
    assert Message("{file}: metadata ignored ({reason})", file="a.yaml",
                   reason=typed).text("fr") == "a.yaml : métadonnées ignorées (imbrication " \
        "trop profonde)"
    listed = Listing([Message("Source file"), "b"], sep="; ")
    assert Message("{file}: {problem}.", file="x", problem=listed).text("fr") == \
        "x : le fichier source; b."
    reason = Clause(Message("{folder} is not a folder", folder="f"))
    assert str(Message("{file}: {problem}.", file="x", problem=reason)) == \
        "x: f is not a folder."


def test_an_import_summary_is_english_and_french() -> None:
    from briefer.io.importing import ImportReport

    report = ImportReport(added=["a"], refused=[
        ("/in/empty.txt", Message("{file}: the file is empty (0 bytes)", file="empty.txt"))],
        orphaned=["ex-1", "ex-2"], unmatched=[("/in/refs.json", "Lost story")],
        warnings=[Message("{file}: its new text is the same as source {twin!r}",
                          file="b.txt", twin="a")], metadata_attached=["a"])
    assert str(report.summary()).splitlines() == [
        "1 added, 0 updated, 0 already imported (unchanged), 1 refused, metadata attached "
        "to 1",
        "refused empty.txt: the file is empty (0 bytes)",
        "2 excerpts orphaned — their words are gone from the new text: ex-1, ex-2",
        "no source matches 'Lost story' in refs.json",
        "b.txt: its new text is the same as source 'a'"]
    assert report.summary().text("fr").splitlines() == [
        "Ajoutés : 1, mis à jour : 0, déjà importés (inchangés) : 0, refusés : 1, "
        "métadonnées associées à 1 source",
        "refusé — empty.txt : le fichier est vide (0 octet)",
        "2 extraits orphelins — leurs mots ne figurent plus dans le nouveau texte : "
        "ex-1, ex-2",
        "aucune source ne correspond à 'Lost story' dans refs.json",
        "b.txt : son nouveau texte est identique à celui de la source 'a'"]
    report.cancelled = True
    assert report.headline().text("fr").endswith(" (importation annulée)")


def test_load_warnings_are_messages(tmp_path: Path) -> None:
    from briefer.io.project_file import load_project

    (tmp_path / "good.txt").write_text("Softwood lumber duties rose again.\n", encoding="utf-8")
    (tmp_path / "legacy.txt").write_bytes("Café déjà vu.\n".encode("cp1252"))
    project = load_project(tmp_path)
    (warning,) = project.warnings
    assert str(warning).startswith("legacy.txt is not valid UTF-8; it was read as cp1252")
    assert say(warning, "fr").startswith("legacy.txt n’est pas en UTF-8 valide ; il a été lu "
                                         "en cp1252")


def test_a_save_conflict_names_the_parts_in_either_language() -> None:
    from briefer.io.merge import merge
    from briefer.io.saving import SaveConflict

    base = {"name": "Talks", "note": {"meta": {"purpose": "information"}}}
    mine = {"name": "Talks A", "note": {"meta": {"purpose": "decision"}}}
    theirs = {"name": "Talks B", "note": {"meta": {"purpose": "advice"}}}
    error = SaveConflict(merge(base, mine, theirs, None).conflicts)
    assert str(error) == ("Someone else saved this project since you opened it, and changed "
                          "what you changed too: Project ▸ Project name; Project ▸ Note ▸ "
                          "Note details ▸ Purpose. "
                          "Nothing was saved; choose whose version to keep.")
    assert "modifié les mêmes parties que vous : Projet ▸ Nom du projet; Projet ▸ Note ▸ " \
        "Détails de la note ▸ Purpose." in say(error, "fr")


def test_plural_forms_follow_each_language_rule() -> None:
    """"{count} file{count:?|s}": English takes the singular for 1 only, French for 0 and 1."""
    from briefer.core.messages import Message

    def worded(count: int, language: str) -> str:
        return Message("An interrupted change of {count} file{count:?|s} was undone",
                       count=count).text(language)

    assert worded(1, "en") == "An interrupted change of 1 file was undone"
    assert worded(0, "en") == "An interrupted change of 0 files was undone"
    assert worded(3, "en") == "An interrupted change of 3 files was undone"
    assert worded(0, "fr") == "Une modification interrompue de 0 fichier a été annulée"
    assert worded(1, "fr") == "Une modification interrompue de 1 fichier a été annulée"
    assert worded(2, "fr") == "Une modification interrompue de 2 fichiers a été annulée"
