-- eventwire database schema (DuckDB).  One row per article in `articles`
-- (with the full record as JSON); the lists of the record in their own tables,
-- keyed by article id, for querying.  Offsets are character offsets into body.

CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR);

CREATE TABLE IF NOT EXISTS articles (
    id VARCHAR PRIMARY KEY,
    input_id VARCHAR, url VARCHAR, source VARCHAR, title VARCHAR,
    published DATE, language VARCHAR, status VARCHAR, reason VARCHAR,
    body VARCHAR, byline VARCHAR, dateline VARCHAR,
    n_sentences INTEGER, n_events INTEGER,
    record JSON,
    ingested_at TIMESTAMP,
    published_from VARCHAR   -- input | metadata | dateline | filename | url | option | warc
);

-- Every input seen: the idempotency ledger (same input twice adds nothing).
-- status: coded | skipped | duplicate | error
CREATE TABLE IF NOT EXISTS inputs (
    input_key VARCHAR PRIMARY KEY,   -- input id + hash of the raw text
    input_id VARCHAR, article_id VARCHAR, status VARCHAR, reason VARCHAR
);

-- Each sighting of an article (the first and its syndicated/re-scraped copies),
-- as GDELT counts mentions, sources and articles.
CREATE TABLE IF NOT EXISTS mentions (
    article_id VARCHAR, input_id VARCHAR, url VARCHAR, source VARCHAR,
    published DATE, first BOOLEAN, similarity DOUBLE
);

CREATE TABLE IF NOT EXISTS paragraphs (article_id VARCHAR, idx INTEGER, start_char INTEGER, end_char INTEGER);
CREATE TABLE IF NOT EXISTS sentences (article_id VARCHAR, idx INTEGER, start_char INTEGER, end_char INTEGER, paragraph INTEGER, text VARCHAR);
CREATE TABLE IF NOT EXISTS removed (article_id VARCHAR, idx INTEGER, text VARCHAR, reason VARCHAR);
CREATE TABLE IF NOT EXISTS comments (article_id VARCHAR, idx INTEGER, text VARCHAR);

CREATE TABLE IF NOT EXISTS actors (
    article_id VARCHAR, actor_id VARCHAR, name VARCHAR, code VARCHAR,
    country VARCHAR, sectors VARCHAR[], wikidata VARCHAR,
    country_inferred BOOLEAN,  -- the country came from context, not from the actor's own words
    ethnic VARCHAR             -- ethnic group of residents coded by their country of residence
);
CREATE TABLE IF NOT EXISTS actor_mentions (
    article_id VARCHAR, actor_id VARCHAR, sentence INTEGER,
    start_char INTEGER, end_char INTEGER, text VARCHAR, country_inferred BOOLEAN
);

CREATE TABLE IF NOT EXISTS events (
    article_id VARCHAR, event_id VARCHAR, sentence INTEGER,
    source_actors VARCHAR[], source_codes VARCHAR[], source_countries VARCHAR[],
    target_actors VARCHAR[], target_codes VARCHAR[], target_countries VARCHAR[],
    cameo VARCHAR, cameo_root VARCHAR, cameo_name VARCHAR,
    goldstein DOUBLE, quad_class INTEGER,
    plover_event VARCHAR, plover_mode VARCHAR, plover_context VARCHAR,
    negated BOOLEAN, hypothetical BOOLEAN,
    date DATE, place VARCHAR,
    trigger_start INTEGER, trigger_end INTEGER, trigger_text VARCHAR,
    rule VARCHAR,
    date_value VARCHAR,      -- TimeML value of the event's time: 2016-03-05, 2016-03, 2012, 2016-W12
    date_from VARCHAR        -- clause | sentence | publication
);

CREATE TABLE IF NOT EXISTS quotes (
    article_id VARCHAR, quote_id VARCHAR, kind VARCHAR, sentence INTEGER,
    content_start INTEGER, content_end INTEGER, content VARCHAR,
    speaker_actor VARCHAR, speaker_name VARCHAR, speaker_code VARCHAR,
    speaker_start INTEGER, speaker_end INTEGER,
    cue_start INTEGER, cue_end INTEGER, cue VARCHAR
);

CREATE TABLE IF NOT EXISTS times (
    article_id VARCHAR, sentence INTEGER, start_char INTEGER, end_char INTEGER,
    text VARCHAR, value VARCHAR
);

CREATE TABLE IF NOT EXISTS places (
    article_id VARCHAR, place_id VARCHAR, name VARCHAR, country VARCHAR, admin1 VARCHAR,
    lat DOUBLE, lon DOUBLE, geonames_id BIGINT
);
CREATE TABLE IF NOT EXISTS place_mentions (
    article_id VARCHAR, place_id VARCHAR, sentence INTEGER,
    start_char INTEGER, end_char INTEGER, text VARCHAR
);

-- MinHash signatures of coded articles, for corpus-level near-duplicates.
CREATE TABLE IF NOT EXISTS signatures (article_id VARCHAR PRIMARY KEY, minhash UBIGINT[]);

-- Incidents: one real-world event with every report of it (eventwire.incidents builds them; `eventwire
-- incidents --db DB` rebuilds, ingest adds to them).  num_* count as GDELT does: mentions = the reports
-- (events) in every sighting of their articles, articles = the sightings, sources = distinct outlets.
CREATE TABLE IF NOT EXISTS incidents (
    incident_id VARCHAR PRIMARY KEY, component VARCHAR,
    date DATE, date_from DATE, date_to DATE,
    first_report DATE, last_report DATE, first_article VARCHAR, last_article VARCHAR,
    cameo VARCHAR, cameo_root VARCHAR, cameo_name VARCHAR, plover_event VARCHAR,
    quad_class INTEGER, goldstein DOUBLE,
    source_codes VARCHAR[], source_countries VARCHAR[], target_codes VARCHAR[], target_countries VARCHAR[],
    place_name VARCHAR, place_country VARCHAR, lat DOUBLE, lon DOUBLE, geonames_id BIGINT,
    title VARCHAR, n_events INTEGER, n_reports INTEGER,
    num_mentions INTEGER, num_sources INTEGER, num_articles INTEGER, confidence DOUBLE
);
-- The member events of each incident; `component` = the linked group regrouped when new reports come.
CREATE TABLE IF NOT EXISTS incident_events (
    incident_id VARCHAR, component VARCHAR, article_id VARCHAR, event_id VARCHAR, link DOUBLE
);
