"""The sources' words as written, with how many sources hold each, for "Did you mean …?".

The embedded index reads its vocabulary from its ``words`` table; the server's text
search keeps only stems ("negotiations" is "negoti"), which are no suggestion to show.
Reading texts at search time to find words like a typo took seconds at 10,000 articles
(the trigram index finds thousands of texts with a typo's trigrams), so the server keeps
the word list itself, always current: statement triggers on ``sources`` add a new or
changed source's words and take a removed or changed one's away, in the same transaction.

Words are counted per marking level, and a row is read under the sources' own rule
(row-level security: ``level <= briefer_clearance()``), so a role learns only words of
sources it may read — a word that occurs only in a PROTECTED B source is never suggested to
a role without that clearance. The triggers run as the table's owner (an analyst who may
write a source need not be granted writes on the list) and lock the words they change in
one order, so two writers wait for each other rather than deadlock. A word no source of a
level holds any more leaves that level's list (no trace that it was there).

Words are PostgreSQL's ``simple`` parse of the title and text with accents folded, as the
embedded index folds them; a text too long for one tsvector gives the words of as much of
its start as fits, as its search vector does.
"""

SQL = r"""
CREATE FUNCTION briefer_words(title text, body text) RETURNS text[]
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    chars integer := length(coalesce(body, ''));
BEGIN
    LOOP
        BEGIN
            RETURN tsvector_to_array(to_tsvector('simple'::regconfig,
                public.unaccent(coalesce(title, '') || ' ' || left(coalesce(body, ''), chars))));
        EXCEPTION WHEN program_limit_exceeded THEN
            chars := chars / 2;
        END;
    END LOOP;
END
$$;

CREATE TABLE vocabulary (
    word text COLLATE "C" NOT NULL,   -- byte order: a prefix is one range of the key
    level integer NOT NULL,
    docs integer NOT NULL,
    PRIMARY KEY (word, level)
);
CREATE INDEX vocabulary_spent ON vocabulary (word) WHERE docs <= 0;
ALTER TABLE vocabulary ENABLE ROW LEVEL SECURITY;
CREATE POLICY cleared ON vocabulary FOR SELECT
    USING (level <= (SELECT briefer_clearance()));

-- sources' words added to (delta 1) or taken from (-1) the list: counted by marking first,
-- so that the level is worked out once per marking, not once per word
CREATE FUNCTION briefer_count_words(titles text[], bodies text[], markings text[],
                                    deltas integer[]) RETURNS void
LANGUAGE sql SET search_path = public, pg_temp AS $$
    INSERT INTO vocabulary AS v (word, level, docs)
    SELECT c.word, m.level, sum(c.n) FROM (
        SELECT w AS word, r.marking, sum(r.delta) AS n
        FROM unnest(titles, bodies, markings, deltas) AS r(title, body, marking, delta),
             unnest(briefer_words(r.title, r.body)) AS w
        WHERE r.body IS NOT NULL GROUP BY 1, 2) AS c
    JOIN (SELECT DISTINCT marking, briefer_marking_level(marking) AS level
          FROM unnest(markings) AS marking) AS m USING (marking)
    GROUP BY 1, 2 HAVING sum(c.n) <> 0 ORDER BY 1, 2
    ON CONFLICT (word, level) DO UPDATE SET docs = v.docs + EXCLUDED.docs;
    DELETE FROM vocabulary WHERE docs <= 0;  -- through the index of such rows only
$$;

CREATE FUNCTION briefer_words_changed() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM briefer_count_words(array_agg(meta ->> 'title'), array_agg(text),
                                    array_agg(marking), array_agg(1)) FROM new_rows;
    ELSIF TG_OP = 'DELETE' THEN
        PERFORM briefer_count_words(array_agg(meta ->> 'title'), array_agg(text),
                                    array_agg(marking), array_agg(-1)) FROM old_rows;
    ELSE  -- only rows whose words or level changed (most updates move or re-describe)
        PERFORM briefer_count_words(array_agg(title), array_agg(body), array_agg(marking),
                                    array_agg(delta)) FROM (
            SELECT o.meta ->> 'title' AS title, o.text AS body, o.marking, -1 AS delta
            FROM old_rows AS o JOIN new_rows AS n ON n.id = o.id
            WHERE o.text IS DISTINCT FROM n.text OR o.marking IS DISTINCT FROM n.marking
               OR o.meta ->> 'title' IS DISTINCT FROM n.meta ->> 'title'
            UNION ALL
            SELECT n.meta ->> 'title', n.text, n.marking, 1
            FROM old_rows AS o JOIN new_rows AS n ON n.id = o.id
            WHERE o.text IS DISTINCT FROM n.text OR o.marking IS DISTINCT FROM n.marking
               OR o.meta ->> 'title' IS DISTINCT FROM n.meta ->> 'title') AS changed;
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER sources_words_added AFTER INSERT ON sources
    REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION briefer_words_changed();
CREATE TRIGGER sources_words_changed AFTER UPDATE ON sources
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION briefer_words_changed();
CREATE TRIGGER sources_words_removed AFTER DELETE ON sources
    REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION briefer_words_changed();

CREATE FUNCTION briefer_forget_words() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    DELETE FROM vocabulary;
    RETURN NULL;
END
$$;
CREATE TRIGGER sources_words_emptied AFTER TRUNCATE ON sources
    FOR EACH STATEMENT EXECUTE FUNCTION briefer_forget_words();

-- the sources already there
INSERT INTO vocabulary (word, level, docs)
SELECT c.word, briefer_marking_level(c.marking), sum(c.n) FROM (
    SELECT w AS word, s.marking, count(*) AS n
    FROM sources AS s, unnest(briefer_words(s.meta ->> 'title', s.text)) AS w
    WHERE s.text IS NOT NULL GROUP BY 1, 2) AS c
GROUP BY 1, 2;
"""
