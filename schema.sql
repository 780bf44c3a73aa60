-- whosaid database schema: the single source of truth, applied to a fresh database in one
-- transaction. PRAGMA user_version records the version (see src/store/mod.rs for upgrades).

-- One row per article loaded. An article is identified by the hash of its text, title and
-- date, and by the input's own id or URL where it has one: loading it again is a no-op.
CREATE TABLE IF NOT EXISTS articles (
    article_id        INTEGER PRIMARY KEY,
    content_hash      TEXT NOT NULL UNIQUE,
    external_id       TEXT UNIQUE,
    source            TEXT NOT NULL,
    title             TEXT,
    published         TEXT,
    outlet            TEXT,
    story_code        TEXT,
    url               TEXT,
    body              TEXT NOT NULL,
    -- Version of the extractor that produced this article's statements (for --reextract).
    extractor_version INTEGER NOT NULL
);

CREATE INDEX IF NOT EXISTS articles_published ON articles (published);

-- A CHECK of a column against a list of three or more values is written as comparisons, not
-- as `x IN (...)`: SQLite builds a temporary table of such a list for every row it checks
-- (schema version 5; before, a tenth of the work of a load).

-- One row per distinct speaker: the canonical name the article resolution gave, with its kind.
CREATE TABLE IF NOT EXISTS speakers (
    speaker_id INTEGER PRIMARY KEY,
    name       TEXT NOT NULL,
    kind       TEXT NOT NULL CHECK (kind = 'person' OR kind = 'description' OR kind = 'organization' OR kind = 'group' OR kind = 'unknown'),
    UNIQUE (name, kind)
);

-- One row per outlet that relayed a statement ("TASS", "US news agencies").
CREATE TABLE IF NOT EXISTS relays (
    relay_id INTEGER PRIMARY KEY,
    name     TEXT NOT NULL UNIQUE
);

-- One row per reported statement. Offsets are Unicode code points into articles.body.
-- Its references are checked when the transaction commits (schema version 6): checked at
-- each row, a statement writing many rows kept a journal of every page it changed, to undo
-- itself alone should a later row fail (an eighth of the work of writing the rows).
CREATE TABLE IF NOT EXISTS statements (
    statement_id    INTEGER PRIMARY KEY,
    article_id      INTEGER NOT NULL REFERENCES articles (article_id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    seq             INTEGER NOT NULL,
    speaker_id      INTEGER REFERENCES speakers (speaker_id) DEFERRABLE INITIALLY DEFERRED,
    speaker_surface TEXT,
    speaker_role    TEXT,
    speaker_start   INTEGER,
    speaker_end     INTEGER,
    anonymous       INTEGER NOT NULL CHECK (anonymous IN (0, 1)),
    relay_id        INTEGER REFERENCES relays (relay_id) DEFERRABLE INITIALLY DEFERRED,
    cue             TEXT NOT NULL,
    cue_start       INTEGER,
    cue_end         INTEGER,
    kind            TEXT NOT NULL CHECK (kind = 'direct' OR kind = 'indirect' OR kind = 'mixed'),
    stance          TEXT NOT NULL CHECK (stance = 'claim' OR stance = 'denial' OR stance = 'neutral'),
    -- The day said (first of the month for month precision); for 'approximate' the article's date.
    said_on         TEXT,
    said_precision  TEXT NOT NULL CHECK (said_precision = 'day' OR said_precision = 'month' OR said_precision = 'approximate'
                                 OR said_precision = 'unknown' OR said_precision = 'year'),
    content         TEXT NOT NULL,
    content_start   INTEGER NOT NULL,
    content_end     INTEGER NOT NULL CHECK (content_end >= content_start),
    sentence        INTEGER NOT NULL,
    -- The claim group it belongs to (NULL while not yet grouped, or too short to group).
    group_id        INTEGER,
    -- 1 once grouping has considered this statement.
    grouped         INTEGER NOT NULL DEFAULT 0 CHECK (grouped IN (0, 1)),
    UNIQUE (article_id, seq)
);

CREATE INDEX IF NOT EXISTS statements_speaker ON statements (speaker_id);
-- Only statements with a relay (a few percent): partial since version 5.
CREATE INDEX IF NOT EXISTS statements_relay ON statements (relay_id) WHERE relay_id IS NOT NULL;
CREATE INDEX IF NOT EXISTS statements_said_on ON statements (said_on);
CREATE INDEX IF NOT EXISTS statements_group ON statements (group_id);
-- Statements waiting for grouping (few, if any: a load groups each batch as it stores it).
-- Partial since version 3; version 3 also dropped an index on (stance, article_id) that no
-- query used.
CREATE INDEX IF NOT EXISTS statements_pending ON statements (statement_id) WHERE grouped = 0;

-- One row per claim group: statements across articles that make the same claim. The id is
-- the statement_id of the statement that founded the group, so it never changes when later
-- articles join; the representative is the wording shown for the group.
CREATE TABLE IF NOT EXISTS claim_groups (
    group_id          INTEGER PRIMARY KEY,
    representative_id INTEGER NOT NULL,
    size              INTEGER NOT NULL DEFAULT 1 CHECK (size >= 0)
);

-- Groups largest first (`whosaid groups`), read in index order with no sort. Added in version 2.
CREATE INDEX IF NOT EXISTS claim_groups_size ON claim_groups (size DESC, group_id);

-- Pairs of groups whose wordings are close but below the merge threshold ("related").
CREATE TABLE IF NOT EXISTS related_groups (
    group_a INTEGER NOT NULL,
    group_b INTEGER NOT NULL,
    score   REAL NOT NULL,
    PRIMARY KEY (group_a, group_b),
    CHECK (group_a < group_b)
) WITHOUT ROWID;

-- Each denial linked to the claim it answers: in its own group, in the same article, or
-- the most similar earlier claim.
CREATE TABLE IF NOT EXISTS denial_links (
    denial_id INTEGER PRIMARY KEY,
    claim_id  INTEGER NOT NULL,
    score     REAL NOT NULL,
    basis     TEXT NOT NULL CHECK (basis = 'group' OR basis = 'article' OR basis = 'similar')
);

CREATE INDEX IF NOT EXISTS denial_links_claim ON denial_links (claim_id);

-- Candidate index for grouping: a statement's rarest content stems (hashed) → statement.
CREATE TABLE IF NOT EXISTS group_postings (
    term         INTEGER NOT NULL,
    statement_id INTEGER NOT NULL,
    PRIMARY KEY (term, statement_id)
) WITHOUT ROWID;

-- Postings of recently grouped statements, one row per batch: (term, statement_id) pairs of
-- 8-byte little-endian integers, sorted. A batch's postings fall all over group_postings,
-- so they are written there in bulk, many batches at once, before grouping reads them
-- (see src/store/group.rs). Added in version 3.
CREATE TABLE IF NOT EXISTS group_postings_staged (
    staged_id INTEGER PRIMARY KEY,
    postings  BLOB NOT NULL
);

-- What `whosaid groups` and `compare` show of a claim group, worked out from all its members
-- when grouping finishes (src/analysis/digest.rs), so that those commands read one row per
-- group instead of every member (groups of wire copies hold hundreds). `size` is the group's
-- size when it was made and `weight` its size plus the denials linked to its claims; every
-- write that changes a group's members or the denials linked to them deletes its digest, and
-- a digest whose size is not the group's is ignored. Added in version 4.
CREATE TABLE IF NOT EXISTS group_digests (
    group_id INTEGER PRIMARY KEY,
    size     INTEGER NOT NULL,
    weight   INTEGER NOT NULL,
    digest   TEXT NOT NULL
);

-- Small facts about the database as a whole (the matcher's term statistics).
CREATE TABLE IF NOT EXISTS meta (
    key   TEXT PRIMARY KEY,
    value BLOB NOT NULL
);

-- Full-text index over each statement's content, its speaker (surface, name, role) and its
-- article's title. Contentless: the text lives in the tables above; rowid = statement_id.
CREATE VIRTUAL TABLE IF NOT EXISTS statements_fts USING fts5 (
    content, speaker, title,
    content = '', contentless_delete = 1,
    tokenize = 'porter unicode61 remove_diacritics 2'
);

-- Keep the index in step with the statements. Rows are added by the store after each
-- article's statements (one statement per article: FTS5 flushes to disk per statement);
-- deletions follow the rows.
CREATE TRIGGER IF NOT EXISTS statements_fts_delete AFTER DELETE ON statements BEGIN
    DELETE FROM statements_fts WHERE rowid = old.statement_id;
END;
