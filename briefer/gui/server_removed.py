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

A whole note someone deleted (heard as its blocks' deletions, ``notes_gone``, or found
missing on reconnecting) leaves the window the same way, and the window shows another
note; one this window has unsent edits in stays, with them, the status bar says so, and
the next save meets the deletion as it would have before (nothing typed is dropped).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject

from briefer.db.note_sync import Seen
from briefer.gui.server_apply import put_block, put_note
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
            self.notes_gone(sorted(set(self.link.state.seen.notes) - notes))

    def _edited_here(self, note: dict[str, Any]) -> bool:
        """Has this window changed the note since it last saw it (unsent)?"""
        seen = self.link.state.seen
        known = seen.notes.get(str(note["id"]))
        if known is None or shape(note) != shape(known[1]):
            return True
        return any(key in seen.blocks and seen.blocks[key][1] != value
                   for key, value in blocks_of([note]).items())

    def notes_gone(self, note_ids: list[str]) -> None:
        """Notes deleted on the server (or no longer this role's to see) that this window
        had seen: gone from it too, unless it has unsent edits in them."""
        link = self.link
        if not link.serves():
            return
        project = link.session.project
        seen = link.state.seen
        here = {str(n["id"]): n for n in link.notes()}
        taken: list[_Key] = []
        went = False
        for note_id in note_ids:
            if note_id not in seen.notes or note_id not in here or len(project.notes) < 2:
                continue  # never seen here, deleted here too, or the only one left
            name = str(here[note_id].get("name") or "")
            if self._edited_here(here[note_id]):
                link.window.statusBar().showMessage(self.tr(
                    "Someone else deleted the note “{0}”; your unsent edits in it are kept "
                    "here.").format(name), 10000)
                continue
            put_note(project, note_id, None)
            keys = [k for k in seen.blocks if k[0] == note_id]
            for key in keys:
                del seen.blocks[key]
            del seen.notes[note_id]
            taken += keys
            went = True
            link.window.statusBar().showMessage(self.tr(
                "Someone else deleted the note “{0}”.").format(name), 8000)
        if went:
            link.state.save()
            link._forget_history_of(taken)
            link.session.notify_notes()
            link.session.notify_note()

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
