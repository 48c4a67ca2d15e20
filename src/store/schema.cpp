#include "store/schema.h"

namespace parley {

const std::vector<std::string>& schema_migrations() {
  static const std::vector<std::string> kMigrations = {
      // 1: documents, sentences, what cleaning removed, actors and their mentions, events, quotes.
      R"sql(
CREATE TABLE documents (
  id TEXT PRIMARY KEY,            -- hash of the normalized clean text
  file TEXT NOT NULL,             -- input file name or the record's URL
  url TEXT, source TEXT, title TEXT, author TEXT,
  published TEXT,                 -- YYYY-MM-DD or NULL when unknown
  language TEXT,
  format TEXT NOT NULL,           -- text | html | jsonl
  text TEXT NOT NULL,             -- clean text: every span points into it
  utf8_repairs INTEGER NOT NULL DEFAULT 0,
  ingested_at TEXT NOT NULL
);
CREATE TABLE sentences (
  doc TEXT NOT NULL REFERENCES documents(id),
  idx INTEGER NOT NULL,
  paragraph INTEGER NOT NULL,
  begin INTEGER NOT NULL, end INTEGER NOT NULL,
  text TEXT NOT NULL,
  PRIMARY KEY (doc, idx)
) WITHOUT ROWID;
CREATE TABLE removed (
  doc TEXT NOT NULL REFERENCES documents(id),
  rule TEXT NOT NULL,
  text TEXT NOT NULL
);
CREATE INDEX removed_doc ON removed(doc);
CREATE TABLE actors (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  code TEXT NOT NULL,             -- CAMEO actor code; '' when parley cannot place the name
  country TEXT NOT NULL,
  kind TEXT NOT NULL,
  provenance TEXT NOT NULL,       -- dictionary file, or the sentence that taught the code
  UNIQUE (name, code)
);
CREATE TABLE mentions (
  doc TEXT NOT NULL REFERENCES documents(id),
  sentence INTEGER NOT NULL,
  begin INTEGER NOT NULL, end INTEGER NOT NULL,
  text TEXT NOT NULL,
  actor INTEGER NOT NULL REFERENCES actors(id),
  origin TEXT NOT NULL            -- dictionary | title | alias | nominal
);
CREATE INDEX mentions_actor ON mentions(actor);
CREATE INDEX mentions_doc ON mentions(doc);
CREATE TABLE events (
  id TEXT PRIMARY KEY,
  doc TEXT NOT NULL REFERENCES documents(id),
  sentence INTEGER NOT NULL,
  date TEXT,
  source_text TEXT NOT NULL, source_name TEXT NOT NULL, source_code TEXT NOT NULL, source_country TEXT NOT NULL,
  target_text TEXT, target_name TEXT, target_code TEXT, target_country TEXT,
  cameo TEXT NOT NULL, root TEXT NOT NULL,
  plover TEXT, plover_mode TEXT, plover_context TEXT,
  goldstein REAL NOT NULL, quad INTEGER NOT NULL,
  negated INTEGER NOT NULL, modality TEXT NOT NULL,
  location TEXT,
  verb TEXT NOT NULL,
  begin INTEGER NOT NULL, end INTEGER NOT NULL,
  confidence REAL NOT NULL,
  rule TEXT NOT NULL
);
CREATE INDEX events_doc ON events(doc);
CREATE INDEX events_date ON events(date);
CREATE INDEX events_source ON events(source_code);
CREATE INDEX events_target ON events(target_code);
CREATE TABLE quotes (
  id TEXT PRIMARY KEY,
  doc TEXT NOT NULL REFERENCES documents(id),
  sentence INTEGER NOT NULL,
  speaker_text TEXT, speaker_name TEXT, speaker_code TEXT, speaker_country TEXT,
  quote TEXT NOT NULL,
  cue TEXT,
  begin INTEGER NOT NULL, end INTEGER NOT NULL
);
CREATE INDEX quotes_doc ON quotes(doc);
)sql",
      // 2: what the texts taught about actors: a title or an apposition gives a
      // person a code around the document's date, with the sentence behind it.
      R"sql(
CREATE TABLE actor_facts (
  doc TEXT NOT NULL REFERENCES documents(id),
  sentence INTEGER NOT NULL,
  begin INTEGER NOT NULL, end INTEGER NOT NULL,  -- the title and the name
  text TEXT NOT NULL,             -- those words ("Russian Foreign Minister Sergey Lavrov")
  name TEXT NOT NULL,             -- the actor's canonical name
  code TEXT NOT NULL,             -- the code that the title gives
  kind TEXT NOT NULL,
  role TEXT NOT NULL,             -- the title without the name ("Russian Foreign Minister")
  valid_from TEXT,                -- the document's date (YYYY-MM-DD), NULL when undated;
  valid_to TEXT                   -- a learned fact holds around that day
);
CREATE INDEX actor_facts_name ON actor_facts(name);
CREATE INDEX actor_facts_code ON actor_facts(code);
CREATE INDEX mentions_text ON mentions(text);
)sql",
  };
  return kMigrations;
}

}  // namespace parley
