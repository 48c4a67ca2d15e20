// The store: where documents, sentences, actors, mentions, events and quotes
// live once a run has coded them, and what the query commands read. SQLite is
// the embedded default (one file, WAL mode, schema versioned with migrations).
#pragma once

#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "parley/pipeline.h"

namespace parley {

class StoreError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// One side of a stored event, or a quote's speaker.
struct StoredActor {
  std::string text;      // the words in the sentence
  std::string name;      // canonical name
  std::string code;      // CAMEO actor code
  std::string country;   // its first three letters
};

struct StoredEvent {
  std::string id, doc, file;
  int sentence = 0;
  std::string date;      // YYYY-MM-DD or empty
  StoredActor source, target;
  std::string cameo, root, plover, plover_mode, plover_context;
  double goldstein = 0;
  int quad = 0;
  bool negated = false;
  std::string modality, location, evidence, rule, verb;
  int begin = 0, end = 0;
  double confidence = 0;
};

struct StoredQuote {
  std::string id, doc, file;
  int sentence = 0;
  StoredActor speaker;
  std::string quote, cue, evidence;
  int begin = 0, end = 0;
};

// A fact that a sentence taught about an actor (the actor_facts table).
struct StoredActorFact {
  std::string code, role, date;  // date: the document's, YYYY-MM-DD or empty
  std::string doc, file;
  int sentence = 0;
  int begin = 0, end = 0;        // the title and the name, a span of the document's text
  std::string text, evidence;    // those words, and the whole sentence
};

// One actor with one code: how often and where it was named, the documents'
// dates in which it held the code (from..to), the words that named it, and
// the sentences that taught the code.
struct StoredActorSummary {
  std::string name, code, country, kind, provenance;
  int mentions = 0, documents = 0;
  std::string from, to;                // first and last document date; empty when undated
  std::vector<std::string> aliases;    // the words that named it, most frequent first
  std::vector<StoredActorFact> facts;  // in document order
};

struct StoredDocument {
  std::string id, file, url, source, title, author, published, language, format, ingested_at;
  int sentences = 0, events = 0, quotes = 0;
  std::string text;                                   // filled by document(id)
  std::vector<std::pair<std::string, std::string>> removed;  // (rule, text), filled by document(id)
};

// Filters shared by the query commands; empty fields do not filter.
struct Filter {
  std::string actor;     // code prefix ("RUS", "USAGOV"), or part of a name ("Lavrov")
  std::string dyad;      // "A:B": events between A and B, either way
  std::string source;    // events whose source matches
  std::string target;    // events whose target matches
  std::string root;      // CAMEO root, "04"
  std::string from, to;  // dates, inclusive
  std::string doc;       // one document's id
  std::string name;      // actors whose name or one of whose aliases holds this ("Lavrov")
  std::string code;      // actors whose code starts with this ("RUSGOV")
  bool include_negated = true;
  int limit = 0;         // 0: no limit
};

class Store : public DocumentSink {
 public:
  // Opens (creating and migrating as needed) the SQLite store at `path`.
  static std::unique_ptr<Store> open_sqlite(const std::string& path);
  ~Store() override = default;

  virtual std::vector<StoredEvent> events(const Filter& f) = 0;
  virtual std::vector<StoredQuote> quotes(const Filter& f) = 0;
  virtual std::vector<StoredActorSummary> actors(const Filter& f) = 0;
  virtual std::vector<StoredDocument> documents() = 0;
  virtual std::optional<StoredDocument> document(const std::string& id_or_prefix) = 0;
  // Every fact that a dated document taught (actor_facts), oldest first, with
  // its sentence: the corpus-wide knowledge base that `parley run` starts from.
  virtual std::vector<LearnedFact> learned_facts() = 0;
  virtual int schema_version() = 0;
};

}  // namespace parley
