"""project.yaml read quickly (``parse_project_yaml``) means exactly what PyYAML reads.

The quick reading of the sources list must never change what a file says: every text
here, as Briefer writes it or as a person might edit it, is read both ways and must
give the same data, or the same message when it is not valid YAML.
"""

from __future__ import annotations

import random

import pytest

from briefer.io.project_yaml import dump_project_data, parse_project_yaml
from briefer.io.yamlutil import YamlError, parse_yaml

HEAD = "# Briefer project file.\nformat: briefer-project\nversion: 1\nname: Desk\n"
TAIL = "outline:\n  sections: []\nexcerpts: []\nnote:\n  title: Tariffs\n"


def entries(count: int) -> str:
    return "".join(f"- id: a{i:05d}\n  file: a{i:05d}.txt\n  kind: article\n"
                   + (f"  original: a{i:05d}.pdf\n" if i % 7 == 0 else "")
                   for i in range(count))


def read_both(text: str) -> object:
    """What PyYAML reads, checked to be what the quick reading gives (or the same
    message for a file that is not valid YAML)."""
    try:
        expected = parse_yaml(text, "project.yaml")
    except YamlError as exc:
        with pytest.raises(YamlError) as caught:
            parse_project_yaml(text, "project.yaml")
        assert str(caught.value) == str(exc)
        return exc
    assert parse_project_yaml(text, "project.yaml") == expected
    return expected


def test_a_file_as_briefer_writes_it_reads_the_same() -> None:
    data = read_both(HEAD + "sources:\n" + entries(5000) + TAIL)
    assert isinstance(data, dict)
    assert len(data["sources"]) == 5000  # across several chunks of lines
    assert data["sources"][7] == {"id": "a00007", "file": "a00007.txt", "kind": "article",
                                  "original": "a00007.pdf"}
    assert data["note"] == {"title": "Tariffs"}


def test_the_writer_and_the_reader_agree() -> None:
    sources = [{"id": f"s{i}", "file": f"s{i}.txt", "kind": "article"} for i in range(50)]
    sources += [{"id": "yes", "file": "yes.txt", "kind": "article"},  # a word YAML reads
                {"id": "n2", "file": "my file.txt", "kind": "survey"}]  # a space: quoted
    data = {"format": "briefer-project", "version": 1, "name": "x", "sources": sources,
            "excerpts": [], "note": {"title": "sources:\n- id: fake"}}
    assert read_both(dump_project_data(data)) == data


@pytest.mark.parametrize("lines", [
    "- id: yes\n  file: a.txt\n",             # a boolean
    "- id: a\n  file: NULL\n",                # null
    "- id: a\n  on: x\n",                     # a key read as a boolean
    "- id: 2024-01-01\n  file: a.txt\n",      # a date
    "- id: 0123\n  file: a.txt\n",            # a number
    "- id: 'a'\n  file: a.txt\n",             # quoted
    "- id: a # note\n  file: a.txt\n",        # a comment
    "- id: a\n\n- id: b\n",                   # a blank line inside the list
    "- id: a\r\n  file: a.txt\r\n",           # Windows line ends
    "- id: a\n  file: {x: 1}\n",              # a mapping
    "- id: a\n  file:\n    - x\n",            # a nested list
    "- id: a\n  - b\n",                       # not YAML
    "- id: a\n   file: b\n",                  # indented oddly
    "- id: a\n  file: b\n- c\n",              # a plain item
    "- id: a\n# a comment line\n- id: b\n",
    "- id: a\n  id: b\n",                     # a key twice
])
def test_an_edited_list_means_what_yaml_says(lines: str) -> None:
    read_both(HEAD + "sources:\n" + lines + TAIL)


@pytest.mark.parametrize("text", [
    HEAD + "sources:\n- id: a\n" + "sources:\n- id: b\n" + TAIL,   # the key twice
    HEAD + "sources:\n- id: a\n  file: a.txt",                      # no last line end
    "sources:\n- id: a\n",                                           # the whole file
    HEAD + "sources:\n  - id: a\n" + TAIL,                          # an indented list
    HEAD + "sources: []\n" + TAIL,
    HEAD + "sources:\n- id: a\n" + TAIL + "note: [unclosed\n",      # broken after the list
    'name: "x\nsources:\n- id: a\n"\n' + "sources: []\n",            # inside a quoted text
    HEAD + TAIL,                                                     # no sources at all
])
def test_unusual_files_mean_what_yaml_says(text: str) -> None:
    read_both(text)


def test_a_broken_file_is_reported_at_its_own_line() -> None:
    text = HEAD + "sources:\n" + entries(10) + "outline: [\n"
    caught = read_both(text)  # the same message as PyYAML's, so the same line
    assert isinstance(caught, YamlError)
    assert "line" in str(caught)


def test_random_edits_never_change_the_meaning() -> None:
    """Characters dropped, doubled or changed anywhere in a written file: whatever the
    result means to PyYAML, the quick reading means the same."""
    base = HEAD + "sources:\n" + entries(12) + TAIL
    rng = random.Random(16)
    alphabet = "- :\n'\"#aZ0_.{}[]&*!|>\t"
    for _ in range(600):
        chars = list(base)
        for _ in range(rng.randint(1, 3)):
            at = rng.randrange(len(chars))
            kind = rng.random()
            if kind < 0.4:
                chars[at] = rng.choice(alphabet)
            elif kind < 0.7:
                del chars[at]
            else:
                chars.insert(at, rng.choice(alphabet))
        read_both("".join(chars))


def test_a_large_list_is_not_given_to_pyyaml(monkeypatch: pytest.MonkeyPatch) -> None:
    """The reason for the quick reading (6.5 s of PyYAML at 100,000 sources): the list
    as Briefer writes it never reaches PyYAML, only the rest of the file does."""
    import briefer.io.project_yaml as project_yaml

    given: list[str] = []

    def recording(text: str, where: str) -> object:
        given.append(text)
        return parse_yaml(text, where)

    monkeypatch.setattr(project_yaml, "parse_yaml", recording)
    data = parse_project_yaml(HEAD + "sources:\n" + entries(20000) + TAIL, "project.yaml")
    assert isinstance(data, dict) and len(data["sources"]) == 20000
    assert len(given) == 1 and "a00001" not in given[0]
