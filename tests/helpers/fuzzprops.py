"""The properties every importer must keep, whatever bytes it is given.

1. It returns a result or raises ``ImportRefused`` (the importers' only documented
   error) whose reason names the file on one line; anything else is a crash.
2. A result is well formed: text that a Word document can hold, metadata of the
   types the rest of the app reads (the same checks the CSL field checker makes).
3. No input takes longer than ``LIMIT_SECONDS`` (a hang).

Shared by ``test_fuzz_importers.py`` and ``scripts/fuzz_importers.py``.
"""

from __future__ import annotations

import time
from pathlib import Path

from briefer.core.messages import Message
from briefer.core.source import SourceMeta
from briefer.core.text import strip_xml_illegal
from briefer.io.importers import ImportRefused, extract, merge_meta, read_metadata
from briefer.io.importers.csl import normalise_title, normalise_url
from briefer.io.importers.cslfields import _date_ok, url_problem
from briefer.io.importers.webpage import INTERNAL

LIMIT_SECONDS = 5.0


class Hang(AssertionError):
    """One input took longer than ``LIMIT_SECONDS``."""


def _check_refusal(path: Path, exc: ImportRefused) -> None:
    reason = exc.reason
    assert reason.startswith(path.name), reason
    assert "\n" not in reason, reason
    assert INTERNAL not in reason, reason  # a parser bug, turned into a refusal


def _check_meta(meta: SourceMeta, *, from_file: bool) -> None:
    for name in ("type", "title", "container_title", "URL", "publisher", "genre", "language",
                 "note"):
        value = getattr(meta, name)
        assert isinstance(value, str), (name, value)
        assert strip_xml_illegal(value)[1] == 0, (name, value)
    assert isinstance(meta.author, list)
    for name in meta.author:
        assert isinstance(name, dict) and all(isinstance(v, str) for v in name.values()), name
    assert _date_ok(meta.issued) and _date_ok(meta.accessed), (meta.issued, meta.accessed)
    if from_file:
        assert not url_problem(meta.URL), meta.URL
    # what the import does with each item next: match it against the project's sources
    assert isinstance(normalise_url(meta.URL), str)
    assert isinstance(normalise_title(meta.title), str)
    merge_meta(SourceMeta(), meta, overwrite=True)


def check_extract(folder: Path, suffix: str, data: bytes, sidecar: bytes | None = None) -> str:
    """Run ``extract`` on ``data`` saved as ``input<suffix>``; "ok" or "refused"."""
    path = folder / f"input{suffix}"
    path.write_bytes(data)
    side = path.with_suffix(".yaml")
    if sidecar is None:
        side.unlink(missing_ok=True)
    else:
        side.write_bytes(sidecar)
    start = time.perf_counter()
    try:
        got = extract(path)
    except ImportRefused as exc:
        _check_refusal(path, exc)
        outcome = "refused"
    else:
        assert isinstance(got.text, str) and got.text.strip()
        assert strip_xml_illegal(got.text)[1] == 0
        assert "\r" not in got.text
        assert all(isinstance(w, Message) for w in got.warnings)
        _check_meta(got.meta, from_file=True)
        outcome = "ok"
    elapsed = time.perf_counter() - start
    if elapsed > LIMIT_SECONDS:
        raise Hang(f"{suffix}: {elapsed:.1f} s for {len(data):,} bytes")
    return outcome


def check_metadata(folder: Path, suffix: str, data: bytes) -> str:
    """Run ``read_metadata`` on ``data`` saved as ``input<suffix>``; "ok" or "refused"."""
    path = folder / f"input{suffix}"
    path.write_bytes(data)
    start = time.perf_counter()
    try:
        items = read_metadata(path)
    except ImportRefused as exc:
        _check_refusal(path, exc)
        outcome = "refused"
    else:
        assert items, "an empty result must be a refusal"
        assert all(isinstance(w, Message) for w in items.warnings)
        for meta in items:
            _check_meta(meta, from_file=True)
        outcome = "ok"
    elapsed = time.perf_counter() - start
    if elapsed > LIMIT_SECONDS:
        raise Hang(f"{suffix}: {elapsed:.1f} s for {len(data):,} bytes")
    return outcome
