"""A project: the sources, the survey outline, the excerpts and the note, in memory.

Loading and saving live in ``briefer.io.project_file``; this object only
holds the state and answers questions about it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from briefer.core.excerpt import Excerpt
from briefer.core.messages import Message
from briefer.core.note import BriefingNote, ExcerptBlock
from briefer.core.outline import Outline
from briefer.core.source import Source, SourceKind
from briefer.core.survey import Survey

FORMAT_VERSION = 2  # 2: several notes ("notes:"); a project with one note is still written as 1
FIRST_NOTE = "note"  # the id of a project's first note (the one a format-1 file holds)


@dataclass
class MissingSource:
    """A source project.yaml lists but that could not be read this time (deleted,
    renamed, unreadable, a broken sidecar, a refused path). Its entry is kept as
    written, so a save never unlists it, and it comes back when its file does."""

    id: str
    entry: dict[str, object]  # the project.yaml entry, exactly as read
    reason: Message  # why it could not be read, for the user


@dataclass
class Project:
    name: str = "Untitled"
    sources: dict[str, Source] = field(default_factory=dict)
    missing: dict[str, MissingSource] = field(default_factory=dict)  # listed, not readable
    excerpts: dict[str, Excerpt] = field(default_factory=dict)
    outline: Outline = field(default_factory=Outline)
    # The project's notes by id, in the order the analyst keeps them (a briefing note, a
    # QP card, a follow-up… drawn from the same sources and excerpts), and the one being
    # worked on: ``note`` is that one, for everything that acts on "the note".
    notes: dict[str, BriefingNote] = field(default_factory=lambda: {FIRST_NOTE: BriefingNote()})
    current_note: str = FIRST_NOTE
    citation_style: str = "chicago"  # "chicago" or "apa"
    path: str = ""  # the project folder ("" for a project never saved)
    read_only: bool = False  # a plain folder of sources opened as a project
    # problems found while loading (a text when the app words it itself)
    warnings: list[Message | str] = field(default_factory=list)
    dirty_meta: set[str] = field(default_factory=set)  # sources whose sidecar needs writing
    # What project.yaml held when this project was read or last saved (its data and a
    # digest of its bytes), so a save can tell what someone else saved since.
    base: dict[str, object] | None = field(default=None, repr=False, compare=False)
    base_digest: str = field(default="", repr=False, compare=False)
    # the folder's state as it was read (``index.fresh.folder_stamp``; None: not known):
    # what the app vouches its search index for once it is complete
    opened_stamp: str | None = field(default=None, repr=False, compare=False)
    base_time: float = field(default=0.0, repr=False, compare=False)  # when, time.time()
    # Each source's metadata as its sidecar held it then (CSL), for the same purpose.
    base_meta: dict[str, dict[str, object]] = field(default_factory=dict, repr=False,
                                                    compare=False)
    _surveys: dict[str, tuple[str, Survey]] = field(default_factory=dict, repr=False)
    # The surveys' ids in source order as the project was read (None: not known), found
    # by the loader as it goes: the window shows the first survey as a project opens, and
    # walking 100,000 sources there to find them held it 25-36 ms. A hint only: an id
    # may have gone since, so its reader checks each.
    loaded_surveys: list[str] | None = field(default=None, repr=False, compare=False)

    @property
    def note(self) -> BriefingNote:
        """The note being worked on (the first one if the current one is gone)."""
        note = self.notes.get(self.current_note)
        if note is None:
            if not self.notes:
                self.notes[FIRST_NOTE] = BriefingNote()
            self.current_note = next(iter(self.notes))
            note = self.notes[self.current_note]
        return note

    @note.setter
    def note(self, value: BriefingNote) -> None:
        if self.current_note not in self.notes and self.notes:
            self.current_note = next(iter(self.notes))
        self.notes[self.current_note] = value

    def note_id(self) -> str:
        """The id of the note being worked on (``note``)."""
        self.note  # noqa: B018 - settles current_note on an existing note
        return self.current_note

    def note_blocks_of(self, excerpt_id: str) -> list[tuple[str, ExcerptBlock]]:
        """The blocks placing an excerpt, in any note: (note id, block)."""
        return [(nid, b) for nid, note in self.notes.items() for b in note.excerpt_blocks()
                if b.excerpt_id == excerpt_id]

    def surveys(self) -> list[Survey]:
        """The parsed surveys, in source order (parsed once per text)."""
        return [s for s in (self.survey(sid) for sid in self.sources) if s is not None]

    def survey(self, source_id: str) -> Survey | None:
        source = self.sources.get(source_id)
        if source is None or source.kind is not SourceKind.SURVEY:
            return None
        cached = self._surveys.get(source_id)
        if cached is None or cached[0] is not source.text:
            # markdown-it loads with the first survey parsed, not with every project
            from briefer.core.survey_parser import parse_survey

            cached = (source.text, parse_survey(source.text, source_id))
            self._surveys[source_id] = cached
        return cached[1]

    def articles(self) -> list[Source]:
        return [s for s in self.sources.values() if s.kind is SourceKind.ARTICLE]

    def excerpts_of(self, source_id: str) -> list[Excerpt]:
        return [e for e in self.excerpts.values() if e.source_id == source_id]
