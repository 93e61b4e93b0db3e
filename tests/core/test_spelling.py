"""Spell checking the note's prose: which words are checked, what the real Canadian
English and French dictionaries say, and the project dictionary on disk."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from briefer.core.spelling import SpellChecker, dictionary_names, words_to_check
from briefer.io.dictionaries import ENV_FOLDER, find_dictionary, load_checker
from briefer.io.project_dictionary import DICTIONARY_FILE, ProjectDictionary, read_words


def checked(text: str) -> list[str]:
    return [word for _start, _end, word in words_to_check(text)]


def bad_words(checker: SpellChecker, text: str) -> list[str]:
    return [text[s:e] for s, e in checker.misspelt(text)]


@pytest.fixture(scope="module")
def english() -> SpellChecker:
    if find_dictionary("en-CA") is None or find_dictionary("en-CA")[1] != "en_CA":
        pytest.skip("no en_CA Hunspell dictionary (Debian package hunspell-en-ca)")
    checker = load_checker("en-CA")
    assert checker is not None
    return checker


@pytest.fixture(scope="module")
def french() -> SpellChecker:
    if find_dictionary("fr-CA") is None:
        pytest.skip("no French Hunspell dictionary (Debian package hunspell-fr)")
    checker = load_checker("fr-CA")
    assert checker is not None
    return checker


# -- what is checked ------------------------------------------------------------------
def test_quotations_are_the_sources_words_and_not_checked() -> None:
    text = ('We recieve "teh tarifs" and “wrods quoted” and « mots citéz » and '
            "‘singel quote’ then wrte")
    assert checked(text) == ["We", "recieve", "and", "and", "and", "then", "wrte"]


def test_an_unclosed_quotation_runs_to_the_end_of_the_paragraph() -> None:
    assert checked("He said “the tarifs will") == ["He", "said"]


def test_acronyms_numbers_urls_addresses_and_code_are_skipped() -> None:
    text = ("CUSMA and USMCA, MPs, CUSMA's G7 in 2026 at https://www.canada.ca/en/teh.html "
            "or trade@international.gc.ca, see canada.ca, `codde` and [the linkk](http://x.org/badd)")
    assert checked(text) == ["and", "in", "at", "or", "see", "and", "the", "linkk"]


def test_words_keep_their_apostrophes_and_hyphens_and_markdown_emphasis_is_not_a_letter(
) -> None:
    text = "Canada's and Canada’s l'accord qu’il **bold** _italic_ well-known parties' end"
    assert checked(text) == ["Canada's", "and", "Canada’s", "l'accord", "qu’il", "bold",
                             "italic", "well-known", "parties", "end"]


def test_positions_point_at_the_word_in_the_text() -> None:
    text = "“Quoted” then colur"
    (start, end, word), = [t for t in words_to_check(text) if t[2] == "colur"]
    assert text[start:end] == word


def test_dictionary_names_prefer_the_notes_region() -> None:
    assert dictionary_names("fr-CA")[0] == "fr_CA" and "fr" in dictionary_names("fr-CA")
    assert dictionary_names("en-CA")[0] == "en_CA"
    assert dictionary_names("de-DE") == ("de_DE",)


# -- the real dictionaries ------------------------------------------------------------
def test_canadian_english_spellings(english: SpellChecker) -> None:
    text = "The colour of the centre; Canada's and Canada’s labour; we recieve the goverment"
    assert bad_words(english, text) == ["recieve", "goverment"]
    assert english.suggestions("recieve")[0] == "receive"


def test_a_compound_underlines_only_its_wrong_part(english: SpellChecker) -> None:
    assert bad_words(english, "a trade-relatd measure, CUSMA-style rules") == ["relatd"]


def test_curly_apostrophes_keep_their_shape_in_suggestions(english: SpellChecker) -> None:
    assert english.suggestions("could’nt")[0] == "couldn’t"
    assert english.suggestions("could'nt")[0] == "couldn't"


def test_french_words_with_elisions(french: SpellChecker) -> None:
    text = ("L'accord, l’accord et les négociations qu'il mène aujourd’hui jusqu'à demain, "
            "c’est-à-dire avec les États-Unis, puisqu'elle signe l'ACEUM")
    assert bad_words(french, text) == []
    text = "Le gouvernment et l'accorrd"
    assert bad_words(french, text) == ["gouvernment", "accorrd"]  # after the elision only
    assert "gouvernement" in french.suggestions("gouvernment")


def test_no_dictionary_means_no_checker_not_an_error(monkeypatch, tmp_path) -> None:
    import briefer.io.dictionaries as dictionaries

    monkeypatch.setattr(dictionaries, "SYSTEM_FOLDERS", ())
    monkeypatch.setenv(ENV_FOLDER, str(tmp_path))
    assert load_checker("fr-CA") is None
    assert load_checker("en-CA") is not None  # chunspell's own en_US, the last resort


def test_the_environment_folder_comes_first(monkeypatch, tmp_path) -> None:
    found = find_dictionary("en-CA")
    if found is None:
        pytest.skip("no English dictionary")
    folder, name = found
    for ext in ("aff", "dic"):
        os.symlink(folder / f"{name}.{ext}", tmp_path / f"en_CA.{ext}")
    monkeypatch.setenv(ENV_FOLDER, str(tmp_path))
    assert find_dictionary("en-CA") == (tmp_path, "en_CA")


# -- the project dictionary -------------------------------------------------------------
def test_project_words_are_accepted(english: SpellChecker) -> None:
    checker = load_checker("en-CA")
    assert checker is not None
    text = "Friendshoring and Mulroney's friendshoring"
    before = bad_words(checker, text)
    assert "friendshoring" in [w.lower() for w in before]
    checker.set_project_words({"friendshoring", "Mulroney"})
    assert bad_words(checker, text) == []
    assert bad_words(english, "friendshoring") == ["friendshoring"]  # that project's only


def test_the_dictionary_file_is_written_atomically_and_read_back(tmp_path: Path) -> None:
    dictionary = ProjectDictionary.read(tmp_path)
    assert dictionary.words == set()
    dictionary.add("friendshoring")
    dictionary.add("Zélie")
    dictionary.save(tmp_path)
    path = tmp_path / DICTIONARY_FILE
    assert path.read_text(encoding="utf-8") == "friendshoring\nZélie\n"
    assert not [p for p in tmp_path.iterdir() if p.name != DICTIONARY_FILE]  # no temp left
    assert ProjectDictionary.read(tmp_path).words == {"friendshoring", "Zélie"}


def test_two_writers_keep_each_others_words(tmp_path: Path) -> None:
    ProjectDictionary(["shared"]).save_as(tmp_path)
    mine, theirs = ProjectDictionary.read(tmp_path), ProjectDictionary.read(tmp_path)
    theirs.add("theirword")
    theirs.save(tmp_path)
    mine.add("myword")
    mine.remove("shared")
    mine.save(tmp_path)
    assert read_words(tmp_path) == {"theirword", "myword"}
    assert mine.words == {"theirword", "myword"}


def test_an_undone_add_removes_the_word_from_the_file(tmp_path: Path) -> None:
    dictionary = ProjectDictionary.read(tmp_path)
    dictionary.add("friendshoring")
    dictionary.save(tmp_path)
    dictionary.remove("friendshoring")
    dictionary.save(tmp_path)
    assert read_words(tmp_path) == set()


def test_an_unreadable_dictionary_opens_empty(tmp_path: Path) -> None:
    (tmp_path / DICTIONARY_FILE).write_bytes(b"caf\xe9\n\nok\n")  # Latin-1, a blank line
    assert read_words(tmp_path) == {"caf\ufffd", "ok"}
