"""Several analysts at once: versions to check a write against, a history of accepted block
writes, and a notification on each block write.

- ``project.version`` guards whole-project write-backs (``briefer import URL …``): a command
  that read version N writes back only if it is still N, and makes it N+1.
- ``notes.version`` guards a note's structure (blocks added, removed or moved); each block
  keeps its own ``version`` (migration 1) for its text.
- ``block_edits``: one row per accepted block write, with the writer's edit id, so a writer
  whose connection dropped while committing can ask whether its write went in before
  replaying it (a replay never applies one edit twice, nor loses one), and so the history
  of a block is the server's, not a client's. Hidden with its note by the same policy.
- A trigger sends ``briefer_blocks`` (note id, block id, version; no text, which a listener
  not cleared for the note must not receive) on every block insert or update, so open
  windows hear of another analyst's change at once (``LISTEN``/``NOTIFY``).
"""

SQL = r"""
ALTER TABLE project ADD COLUMN version integer NOT NULL DEFAULT 1;
ALTER TABLE notes ADD COLUMN version integer NOT NULL DEFAULT 1;

CREATE TABLE block_edits (
    edit_id uuid PRIMARY KEY,
    note_id text NOT NULL,
    block_id text NOT NULL,
    version integer NOT NULL,
    data jsonb NOT NULL,
    edited_by text NOT NULL DEFAULT current_user,
    edited_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX block_edits_block ON block_edits (note_id, block_id, version);
ALTER TABLE block_edits ENABLE ROW LEVEL SECURITY;
CREATE POLICY cleared ON block_edits
    USING (briefer_note_level(note_id) <= briefer_clearance());

CREATE FUNCTION briefer_block_notify() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('briefer_blocks', json_build_object(
        'note', NEW.note_id, 'block', NEW.id, 'version', NEW.version)::text);
    RETURN NULL;
END
$$;
CREATE TRIGGER note_blocks_notify AFTER INSERT OR UPDATE ON note_blocks
    FOR EACH ROW EXECUTE FUNCTION briefer_block_notify();
"""
