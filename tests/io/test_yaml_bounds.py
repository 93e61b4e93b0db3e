"""The quick look that spares a small YAML file its bounds pass never lets a bomb through.

``_cannot_exceed`` vouches for a text on its characters alone; whenever it does, the
full pass over the parser's events must find no alias and no nesting past the limit.
"""

from __future__ import annotations

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from briefer.io import yamlutil
from briefer.io.yamlutil import MAX_DEPTH, YamlError, parse_yaml

PIECES = st.sampled_from(["- ", "-\n", "[", "]", "{", "}", ": ", ":", "? ", "a", "b: ",
                          "\n", "  ", "    ", "&x ", "*x", ",", "'q'", '"q"', "1", "#c\n"])


def _deepest(text: str) -> tuple[int, bool]:
    depth = deepest = 0
    alias = False
    for event in yaml.parse(text, Loader=yamlutil.loader()):
        if isinstance(event, yaml.AliasEvent):
            alias = True
        if isinstance(event, (yaml.MappingStartEvent, yaml.SequenceStartEvent)):
            depth += 1
            deepest = max(deepest, depth)
        elif isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
            depth -= 1
    return deepest, alias


@settings(max_examples=400, deadline=None)
@given(st.lists(PIECES, max_size=120).map("".join))
def test_a_text_vouched_for_holds_no_alias_and_no_deep_nesting(text: str) -> None:
    if not yamlutil._cannot_exceed(text):
        return
    try:
        deepest, alias = _deepest(text)
    except yaml.YAMLError:
        return  # not YAML at all: the real parse reports it
    assert not alias and deepest <= MAX_DEPTH


@pytest.mark.parametrize("text", [
    "a: &x [1]\nb: *x\n",
    "a: " + "[" * (MAX_DEPTH + 5) + "]" * (MAX_DEPTH + 5) + "\n",
    "- " * (MAX_DEPTH + 5) + "x\n",
    "a:\n" + "".join("  " * i + "b:\n" for i in range(1, MAX_DEPTH + 5)) + "  " * 70 + "c\n",
])
def test_bombs_are_still_refused(text: str) -> None:
    with pytest.raises(YamlError):
        parse_yaml(text, "t.yaml")


def test_a_sidecar_of_a_few_fields_is_vouched_for() -> None:
    sidecar = ("type: article-newspaper\ntitle: Ottawa weighs duties\ncontainer-title: "
               "The Globe\nissued: 2025-03-05\nURL: https://example.org/a-b-c\n")
    assert yamlutil._cannot_exceed(sidecar)
    assert parse_yaml(sidecar, "a.yaml")["title"] == "Ottawa weighs duties"
