"""A change to the project's non-note parts is announced, so open windows take it in;
and so is a whole note deleted.

Sources, excerpts, the outline and the project's own fields are written in one transaction
that bumps ``project.version`` (``workspace.write_back``; a push writes the row anew). Open
windows heard only block writes, so a colleague's new source or excerpt reached a window
only when that window next saved a change of the same kind. A trigger on ``project`` now
sends ``NOTIFY briefer_project`` with ``{"version": N}`` after each insert or update of the
row: the version alone, never a name, a source id or any text.

A note deleted is announced too, on the blocks' channel: ``{"note", "block": "",
"version", "deleted": true}``. Its blocks' deletions announced it already, but a note
without blocks went unheard, so a window kept showing it.

What a role learns: of a deleted note, its id, as every block notification on that
channel already carries any note's id; a listener acts on it only for a note it had read
and can no longer read. Of the project: that its version moved, and to what. Every role
that may use the project reads ``project.version`` already (the row has no marking: it is
the same for all), so the notification tells it nothing it could not read by asking; it
does not say which source or excerpt changed, so a change to a source above its clearance
is, to it, a version number going up — no more than the block notifications' ids reveal.
What changed the listener then reads as its own role (row-level security), like any
checkout.
"""

SQL = r"""
CREATE FUNCTION briefer_project_notify() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('briefer_project', json_build_object('version', NEW.version)::text);
    RETURN NULL;
END
$$;
CREATE TRIGGER project_notify AFTER INSERT OR UPDATE ON project
    FOR EACH ROW EXECUTE FUNCTION briefer_project_notify();

CREATE FUNCTION briefer_note_gone_notify() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('briefer_blocks', json_build_object(
        'note', OLD.id, 'block', '', 'version', OLD.version, 'deleted', true)::text);
    RETURN NULL;
END
$$;
CREATE TRIGGER notes_gone_notify AFTER DELETE ON notes
    FOR EACH ROW EXECUTE FUNCTION briefer_note_gone_notify();
"""
