"""A team copy's state file is written off the window's thread (``server_state_file``):
in order (a later state is never overwritten by an earlier one), unsent work marked on the
disk at once (an app ended before the write still keeps the copy), and a copy left for a
fresh one never gets its state file back. No server needed: the copy's folder only."""

from __future__ import annotations

import json
import threading
import time
from pathlib import Path

from briefer.db.note_sync import Seen
from briefer.db.workspace import Checkout
from briefer.gui import server_state_file, server_store
from briefer.gui.server_store import STATE_FILE, LocalState


def _state(root: Path, unsent: int = 0) -> LocalState:
    folder = root / server_store.CHECKOUT_DIR
    folder.mkdir(parents=True, exist_ok=True)
    checkout = Checkout(folder, 1, {"name": "Desk", "sources": []}, {})
    return LocalState(root, "postgresql:///desk", checkout, Seen({}, {}), {}, unsent)


def _slow(monkeypatch, seconds: float) -> list[int]:
    """Each write takes ``seconds`` (a busy disk); the ``unsent`` of each one written."""
    real = server_store.write_state
    written: list[int] = []

    def write(root: Path, checkout_text: str, seen_text: str, name: str = STATE_FILE
              ) -> None:
        time.sleep(seconds)
        real(root, checkout_text, seen_text, name)
        written.append(json.loads(seen_text)["unsent"])

    monkeypatch.setattr(server_store, "write_state", write)
    return written


def test_states_are_written_in_order_the_newest_last(tmp_path: Path, monkeypatch) -> None:
    written = _slow(monkeypatch, 0.03)
    state = _state(tmp_path)
    seen: list[int] = []
    done = threading.Event()

    def read() -> None:  # what another window opening the copy would find, meanwhile
        while not done.is_set():
            loaded = LocalState.load(tmp_path)
            if loaded is not None:
                seen.append(int(json.loads((tmp_path / STATE_FILE).read_text())["unsent"]))
            time.sleep(0.002)

    reader = threading.Thread(target=read)
    reader.start()
    start = time.perf_counter()
    for unsent in range(1, 21):
        state.unsent = unsent
        state.save()
    put = time.perf_counter() - start
    state.wait(timeout=10)
    done.set()
    reader.join()
    assert put < 0.1  # 20 saves did not wait for 20 writes of 30 ms
    assert written[-1] == 20 and written == sorted(written) and len(written) < 20
    assert json.loads((tmp_path / STATE_FILE).read_text())["unsent"] == 20
    assert seen == sorted(seen)  # never an older state over a newer one


def test_unsent_work_is_marked_before_its_state_is_written(tmp_path: Path,
                                                           monkeypatch) -> None:
    written = _slow(monkeypatch, 0.3)
    state = _state(tmp_path)
    state.save()
    state.wait(timeout=10)
    state.unsent = 1
    state.save()  # the write takes 0.3 s; the app could end before it is done
    loaded = LocalState.load(tmp_path)
    assert loaded is not None and loaded.unsent == 1  # counted unsent all the same
    state.wait(timeout=10)
    state.unsent = 0
    state.save()
    state.wait(timeout=10)
    assert written == [0, 1, 0]
    server_state_file.of(tmp_path, server_store.write_state).join(10)
    loaded = LocalState.load(tmp_path)
    assert loaded is not None and not loaded.pending()  # all sent: the mark is gone


def test_a_send_on_its_way_keeps_the_copy_counted_unsent(tmp_path: Path) -> None:
    state = _state(tmp_path)
    state.sending(True)
    state.save()
    state.wait(timeout=10)
    loaded = LocalState.load(tmp_path)
    assert loaded is not None and loaded.pending()
    state.sending(False)
    server_state_file.of(tmp_path, server_store.write_state).join(10)
    loaded = LocalState.load(tmp_path)
    assert loaded is not None and not loaded.pending()


def test_a_copy_left_during_a_write_gets_no_state_file_back(tmp_path: Path,
                                                             monkeypatch) -> None:
    _slow(monkeypatch, 0.2)
    root = tmp_path / "copy-old"
    state = _state(root, unsent=1)
    state.save()
    time.sleep(0.05)  # the write is under way
    server_store.release(root, remove=True)
    assert not (root / STATE_FILE).exists()
    deadline = time.monotonic() + 10
    while root.exists() and time.monotonic() < deadline:
        time.sleep(0.02)
    assert not root.exists()  # removed, and nothing written into it after
    assert server_store.unsent_copy(tmp_path) is None
