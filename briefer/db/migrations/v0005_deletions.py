"""Deletions heard too, and a note's version that never goes back.

- The block trigger (migration 3) notified inserts and updates only, so an open window saw
  a paragraph someone else removed only at its next save. It now also notifies deletions:
  ``{"note", "block", "version", "deleted": true}``, as before with no text. A listener
  acts on one only after reading, as its own role (row-level security), that the note is
  there for it and the block is not: a role hears nothing of a note it may not see beyond
  the ids every notification on the channel already carries.
- A note deleted and made again with the same id started its version at 1 again, so a
  writer who had seen its earlier life at that version could write over the new note's
  structure unchecked. A deleted note's last version is kept (``note_versions``, read and
  written only by the two trigger functions, which run as the tables' owner) and a note
  inserted under that id starts above it.
"""

SQL = r"""
CREATE OR REPLACE FUNCTION briefer_block_notify() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        PERFORM pg_notify('briefer_blocks', json_build_object(
            'note', OLD.note_id, 'block', OLD.id, 'version', OLD.version,
            'deleted', true)::text);
    ELSE
        PERFORM pg_notify('briefer_blocks', json_build_object(
            'note', NEW.note_id, 'block', NEW.id, 'version', NEW.version)::text);
    END IF;
    RETURN NULL;
END
$$;
DROP TRIGGER note_blocks_notify ON note_blocks;
CREATE TRIGGER note_blocks_notify AFTER INSERT OR UPDATE OR DELETE ON note_blocks
    FOR EACH ROW EXECUTE FUNCTION briefer_block_notify();

CREATE TABLE note_versions (
    note_id text PRIMARY KEY,
    version integer NOT NULL
);
ALTER TABLE note_versions ENABLE ROW LEVEL SECURITY;  -- no policy: the owner's alone

CREATE FUNCTION briefer_note_deleted() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    INSERT INTO public.note_versions (note_id, version) VALUES (OLD.id, OLD.version)
        ON CONFLICT (note_id) DO UPDATE
        SET version = greatest(public.note_versions.version, EXCLUDED.version);
    RETURN NULL;
END
$$;
CREATE TRIGGER notes_deleted AFTER DELETE ON notes
    FOR EACH ROW EXECUTE FUNCTION briefer_note_deleted();

CREATE FUNCTION briefer_note_inserted() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    NEW.version := greatest(NEW.version, coalesce(
        (SELECT v.version + 1 FROM public.note_versions AS v WHERE v.note_id = NEW.id), 1));
    RETURN NEW;
END
$$;
CREATE TRIGGER notes_inserted BEFORE INSERT ON notes
    FOR EACH ROW EXECUTE FUNCTION briefer_note_inserted();
"""
