"""A project's whole state in tables: what project.yaml, sources/ and originals/ hold.

One database holds one project (the URL names it, as a folder does). Sources keep their
text, the file's bytes when they differ from that text in UTF-8, their original and their
CSL metadata; the project's other parts keep the mapping ``project_to_dict`` gives, split
where a team needs rows: one per excerpt, per note section, per note block (with the
version number a concurrent edit is checked against). Search: a tsvector per source in the
``english`` or ``french`` configuration with ``unaccent`` (as the embedded index folds
accents), a GIN index on it, and a trigram index for finding pasted quotes.
"""

SQL = r"""
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TEXT SEARCH CONFIGURATION briefer_en (COPY = pg_catalog.english);
ALTER TEXT SEARCH CONFIGURATION briefer_en
    ALTER MAPPING FOR hword, hword_part, word WITH unaccent, english_stem;
CREATE TEXT SEARCH CONFIGURATION briefer_fr (COPY = pg_catalog.french);
ALTER TEXT SEARCH CONFIGURATION briefer_fr
    ALTER MAPPING FOR hword, hword_part, word WITH unaccent, french_stem;

-- A source's words for search: its title (weight A) and its text (D). PostgreSQL keeps a
-- tsvector under 1 MB: a text whose words would not fit (megabytes of distinct words) is
-- indexed on as much of its start as fits, rather than refusing the whole copy.
CREATE FUNCTION briefer_fts(config regconfig, title text, body text) RETURNS tsvector
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
DECLARE
    chars integer := length(coalesce(body, ''));
BEGIN
    LOOP
        BEGIN
            RETURN setweight(to_tsvector(config, coalesce(title, '')), 'A')
                || setweight(to_tsvector(config, left(coalesce(body, ''), chars)), 'D');
        EXCEPTION WHEN program_limit_exceeded THEN
            chars := chars / 2;
        END;
    END LOOP;
END
$$;

CREATE TABLE project (
    id integer PRIMARY KEY DEFAULT 1 CHECK (id = 1),
    name text NOT NULL,
    citation_style text NOT NULL DEFAULT 'chicago',
    format_version integer NOT NULL,
    extra jsonb NOT NULL DEFAULT '{}'::jsonb,   -- project.yaml keys this schema does not name
    outline jsonb NOT NULL DEFAULT '{}'::jsonb,
    updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE sources (
    id text PRIMARY KEY,
    position integer NOT NULL,
    entry jsonb NOT NULL,             -- the project.yaml entry (file, kind, original)
    kind text NOT NULL DEFAULT 'article',
    file_name text NOT NULL,
    text text,                        -- NULL: listed but missing (kept, never dropped)
    file_bytes bytea,                 -- the file's bytes when not the text in UTF-8
    meta jsonb NOT NULL DEFAULT '{}'::jsonb,   -- CSL-JSON, as the sidecar holds it
    original_name text,
    original bytea,
    language text NOT NULL DEFAULT 'en' CHECK (language IN ('en', 'fr')),
    -- the source's marking is its metadata's (the sidecar's ``classification``), so it
    -- travels with the source to a folder and back
    marking text GENERATED ALWAYS AS (
        coalesce(nullif(btrim(meta ->> 'classification'), ''), 'UNCLASSIFIED')) STORED,
    fts tsvector GENERATED ALWAYS AS (briefer_fts(
        CASE WHEN language = 'fr' THEN 'briefer_fr'::regconfig ELSE 'briefer_en'::regconfig END,
        meta ->> 'title', text)) STORED
);
CREATE INDEX sources_fts ON sources USING gin (fts);
CREATE INDEX sources_trgm ON sources USING gin (text gin_trgm_ops);

CREATE TABLE excerpts (
    id text PRIMARY KEY,
    position integer NOT NULL,
    source_id text NOT NULL,          -- no foreign key: an excerpt outlives a missing source
    data jsonb NOT NULL
);
CREATE INDEX excerpts_source ON excerpts (source_id);

CREATE TABLE notes (
    id text PRIMARY KEY,
    position integer NOT NULL,
    name text NOT NULL DEFAULT '',
    template text NOT NULL DEFAULT 'briefing-note',
    meta jsonb NOT NULL DEFAULT '{}'::jsonb,
    extra jsonb NOT NULL DEFAULT '{}'::jsonb,
    marking text GENERATED ALWAYS AS (
        coalesce(nullif(btrim(meta ->> 'classification'), ''), 'UNCLASSIFIED')) STORED
);

CREATE TABLE note_sections (
    note_id text NOT NULL REFERENCES notes (id) ON DELETE CASCADE,
    id text NOT NULL,
    position integer NOT NULL,
    data jsonb NOT NULL,              -- the section without its blocks
    PRIMARY KEY (note_id, id)
);

CREATE TABLE note_blocks (
    note_id text NOT NULL,
    section_id text NOT NULL,
    id text NOT NULL,
    position integer NOT NULL,
    data jsonb NOT NULL,
    version integer NOT NULL DEFAULT 1,
    updated_by text NOT NULL DEFAULT current_user,
    updated_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (note_id, id),
    FOREIGN KEY (note_id, section_id) REFERENCES note_sections (note_id, id) ON DELETE CASCADE
);
"""
