"""Who else is here: one row per open window on the project, refreshed every few seconds.

An analyst co-writing a note wants to know who else has it open before typing over the same
paragraph. Each window writes its own row (a random session id, the note it shows, a
heartbeat) every few seconds and removes it when it closes; a row whose heartbeat is older
than ``presence.STALE_S`` is read as gone (a window that crashed or lost its connection
leaves a row that simply ages out, nothing to clean up by hand). ``role_name`` is the
server's ``current_user``, set by the server and checked by the policy: a window cannot
pose as another analyst, nor touch another's row. A row is seen only by the roles cleared
for the note it names, as the note itself is (migration 2), so presence never tells a role
that a note it cannot read exists.
"""

SQL = r"""
CREATE TABLE presence (
    session_id uuid PRIMARY KEY,
    role_name name NOT NULL DEFAULT current_user,
    note_id text NOT NULL DEFAULT '',
    heartbeat timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX presence_heartbeat ON presence (heartbeat);
ALTER TABLE presence ENABLE ROW LEVEL SECURITY;
CREATE POLICY seen ON presence FOR SELECT
    USING (note_id = '' OR briefer_note_level(note_id) <= briefer_clearance());
CREATE POLICY own_insert ON presence FOR INSERT
    WITH CHECK (role_name = current_user);
CREATE POLICY own_update ON presence FOR UPDATE
    USING (role_name = current_user) WITH CHECK (role_name = current_user);
CREATE POLICY own_delete ON presence FOR DELETE
    USING (role_name = current_user);
"""
