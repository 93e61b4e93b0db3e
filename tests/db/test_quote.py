"""Quote finding on the server: the trigram index picks the sources, the app's finder places
the quote — so a pasted quote is found where the embedded finder finds it, exact or not."""

from __future__ import annotations

from pathlib import Path

import psycopg
import pytest

from briefer.cli import main
from briefer.core.anchoring import locate_quote
from briefer.db.search import find_quote
from briefer.io.project_file import load_project

QUOTES = [
    "reduce tariffs on steel and aluminum imports",              # exact
    "reduce tariffs on steel and aluminium imports",             # a word spelt otherwise
    "Recent trade negotiations between Canada and the U.S.",     # a changed ending
    "spotlight has been on U.S. President Donald Trump's second state visit",  # straight '
]


@pytest.fixture(scope="module")
def server(pg_cluster, tmp_path_factory) -> tuple[str, Path]:
    folder = tmp_path_factory.mktemp("quote") / "p"
    url = pg_cluster.create_database()
    assert main(["new", str(folder)]) == 0
    assert main(["db", "upgrade", url]) == 0
    assert main(["push", str(folder), url]) == 0
    return url, folder


@pytest.mark.parametrize("quote", QUOTES)
def test_a_pasted_quote_is_found_where_the_app_finds_it(server, quote: str) -> None:
    url, folder = server
    local = locate_quote(load_project(folder, outline=False).sources.values(), quote)
    with psycopg.connect(url) as conn:
        found = find_quote(conn, quote)
    assert found and found[0] == local[0]  # same source, same span, same score
    assert found[0].source_id == "001_3e22afcecaafb256"


def test_words_in_no_source_find_nothing(server) -> None:
    with psycopg.connect(server[0]) as conn:
        assert find_quote(conn, "zebra quantum marmalade hovercraft eels") == []
