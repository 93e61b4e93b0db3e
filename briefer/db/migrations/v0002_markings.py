"""Who sees what: each source and note is read only by roles cleared for its marking.

The server enforces it (row-level security), not the app: a role without clearance for
PROTECTED B reads no PROTECTED B source, nor its excerpts, by any query. A role's clearance
is the highest level granted to it or to a role it belongs to (``clearances``, written by
the database's owner). A marking the server does not recognise counts as the highest level:
unreadable until someone corrects it, never shown by mistake. The owner of the tables (who
runs ``briefer db upgrade`` and ``briefer push``) is not subject to the policies.
"""

SQL = r"""
CREATE FUNCTION briefer_marking_level(marking text) RETURNS integer
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT CASE
        WHEN m = '' OR m LIKE 'UNCLASSIFIED%' OR m LIKE 'NON CLASSIFI%' THEN 0
        WHEN m LIKE 'PROTECTED A%' OR m LIKE 'PROTEGE A%' THEN 1
        WHEN m LIKE 'PROTECTED B%' OR m LIKE 'PROTEGE B%' THEN 2
        WHEN m LIKE 'PROTECTED C%' OR m LIKE 'PROTEGE C%' THEN 3
        WHEN m LIKE 'CONFIDENTIAL%' OR m LIKE 'CONFIDENTIEL%' THEN 4
        WHEN m LIKE 'SECRET%' THEN 5
        ELSE 6
    END
    -- accents dropped first (upper() leaves "é" alone in a server whose locale is C), and
    -- runs of spaces made one, as the analyst's "Protected  B" means PROTECTED B
    FROM (SELECT upper(translate(regexp_replace(btrim(coalesce(marking, '')), '\s+', ' ', 'g'),
                                 'éÉ', 'ee')) AS m) AS given
$$;

CREATE TABLE clearances (
    role_name name PRIMARY KEY,
    level integer NOT NULL CHECK (level BETWEEN 0 AND 6)
);
GRANT SELECT ON clearances TO PUBLIC;

CREATE FUNCTION briefer_clearance() RETURNS integer
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    SELECT coalesce(max(c.level), 0)
    FROM public.clearances AS c
    WHERE EXISTS (SELECT 1 FROM pg_roles AS r WHERE r.rolname = c.role_name)
      AND pg_has_role(session_user, c.role_name, 'MEMBER')
$$;

-- the level of a source or note read past the policies (their owner's view), so that an
-- excerpt or block is hidden with what it belongs to, even from a role that cannot see it
CREATE FUNCTION briefer_source_level(source text) RETURNS integer
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    SELECT coalesce((SELECT public.briefer_marking_level(s.marking)
                     FROM public.sources AS s WHERE s.id = source), 0)
$$;
CREATE FUNCTION briefer_note_level(note text) RETURNS integer
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    SELECT coalesce((SELECT public.briefer_marking_level(n.marking)
                     FROM public.notes AS n WHERE n.id = note), 0)
$$;

ALTER TABLE sources ENABLE ROW LEVEL SECURITY;
CREATE POLICY cleared ON sources
    USING (briefer_marking_level(marking) <= briefer_clearance());
ALTER TABLE excerpts ENABLE ROW LEVEL SECURITY;
CREATE POLICY cleared ON excerpts
    USING (briefer_source_level(source_id) <= briefer_clearance());
ALTER TABLE notes ENABLE ROW LEVEL SECURITY;
CREATE POLICY cleared ON notes
    USING (briefer_marking_level(marking) <= briefer_clearance());
ALTER TABLE note_sections ENABLE ROW LEVEL SECURITY;
CREATE POLICY cleared ON note_sections
    USING (briefer_note_level(note_id) <= briefer_clearance());
ALTER TABLE note_blocks ENABLE ROW LEVEL SECURITY;
CREATE POLICY cleared ON note_blocks
    USING (briefer_note_level(note_id) <= briefer_clearance());
"""
