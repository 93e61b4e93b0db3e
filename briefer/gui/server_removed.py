"""A paragraph someone else removed, heard while the window is open (``server_listen``'s
``removed``), and the comparisons of a note with what was last seen of it that hearing and
sending share.

On each (re)connection, the blocks removed while the window was not listening are found
the same way (``caught_up``). A removed block that this window has not edited since it
last saw it goes from the open note at once, outside the undo history (as a colleague's
write comes in, ``server_apply``) and without making the window modified: it is no edit
of this user's. One this window has an unsent edit of stays on screen with the user's
text, and what was seen of it is left as it was: the next save's write of it is then
refused (the block is gone) and the user chooses, in the dialog that shows both, between
keeping their text (the paragraph is put back) and the removal. Nothing the user typed
is dropped unasked.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject

from briefer.db.note_sync import Seen
from briefer.gui.server_apply import put_block
from briefer.gui.server_listen import BlockNews

if TYPE_CHECKING:
    from briefer.gui.server_link import ServerLink

_Key = tuple[str, str]


def blocks_of(notes: list[dict[str, Any]]) -> dict[_Key, dict[str, Any]]:
    """Each block of the notes, by (note id, block id)."""
    return {(str(n["id"]), str(b["id"])): b for n in notes for s in n.get("sections") or []
            for b in s.get("blocks") or []}


def shape(note: dict[str, Any]) -> Any:
    """A note without its blocks' values (what a structure write sends)."""
    return {**{k: v for k, v in note.items() if k != "sections"},
            "sections": [({k: v for k, v in s.items() if k != "blocks"},
                          [b["id"] for b in s.get("blocks") or []])
                         for s in note.get("sections") or []]}


def _forget_seen(seen: Seen, note_id: str, block_id: str) -> None:
    """What was seen of the note, as if the removal had been seen with it."""
    seen.blocks.pop((note_id, block_id), None)
    if note_id in seen.notes:
        for section in seen.notes[note_id][1].get("sections") or []:
            section["blocks"] = [b for b in section.get("blocks") or []
                                 if str(b.get("id")) != block_id]


class Removals(QObject):
    """Takes the removals a link hears into its window (see module notes)."""

    def __init__(self, link: ServerLink) -> None:
        super().__init__(link)
        self.link = link

    def caught_up(self, stored: tuple[set[str], set[_Key]]) -> None:
        """On (re)connecting: the blocks seen here that the server's notes no longer
        hold were removed while this window was not listening."""
        notes, keys = stored
        if self.link.serves():
            self.heard(sorted(k for k in self.link.state.seen.blocks
                              if k[0] in notes and k not in keys))

    def heard(self, removed: list[_Key]) -> None:
        link = self.link
        if not link.serves() or not removed:
            return
        project = link.session.project
        seen = link.state.seen
        by_note: dict[str, list[str]] = {}
        for note_id, block_id in removed:
            by_note.setdefault(note_id, []).append(block_id)
        taken: list[_Key] = []
        kept = False
        for note_id, block_ids in by_note.items():
            kept_here = False
            for block_id in block_ids:
                key = (note_id, block_id)
                known = seen.blocks.get(key)
                if known is None:
                    continue  # never seen here (or seen gone already)
                local = link._local_block(note_id, block_id)
                if local is not None and local != known[1]:
                    # an unsent edit: the user's text stays, both shown at the next save
                    link.aside[key] = BlockNews(note_id, "", block_id, -1, 0, {})
                    kept_here = True
                    continue
                if local is not None:
                    put_block(project, note_id, block_id, None)
                _forget_seen(seen, note_id, block_id)
                taken.append(key)
            kept |= kept_here
            if not kept_here and any(k[0] == note_id for k in taken):
                link._refresh_note(note_id)  # the note's new version, when nothing waits
        link.state.save()
        if kept:
            link.window.statusBar().showMessage(self.tr(
                "Someone else removed a paragraph you are editing; saving will let you "
                "keep it or let it go."), 8000)
        if taken:
            link._forget_history_of(taken)
            if any(k[0] == project.current_note for k in taken):
                link.session.notify_note()
