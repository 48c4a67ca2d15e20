#include <chrono>
#include <ctime>
#include <unordered_map>

#include "parley/store.h"
#include "store/schema.h"
#include "store/sqlite.h"
#include "util/strings.h"

namespace parley {

namespace {

constexpr int kBatch = 256;  // documents per transaction

std::string now_utc() {
  const std::time_t t = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

std::string_view origin_name(MentionOrigin o) {
  switch (o) {
    case MentionOrigin::Dictionary: return "dictionary";
    case MentionOrigin::Title: return "title";
    case MentionOrigin::Alias: return "alias";
    case MentionOrigin::Nominal: return "nominal";
    case MentionOrigin::Pronoun: return "pronoun";
  }
  return "dictionary";
}

std::string event_id(const Document& doc, const Event& e) {
  return hash_hex(doc.id + '|' + std::to_string(e.sentence) + '|' + std::to_string(e.verb.begin) + '|' +
                  std::to_string(e.source.span.begin) + '|' + std::to_string(e.target.span.begin) + '|' +
                  e.cameo + '|' + e.source.actor.code + '|' + e.target.actor.code);
}

// WHERE clauses with their parameters, built from a Filter.
class Where {
 public:
  void add(const std::string& clause, std::vector<std::string> params = {}) {
    clauses_.push_back(clause);
    for (auto& p : params) params_.push_back(std::move(p));
  }
  // (code LIKE 'X%' OR name LIKE '%X%') on one side (prefix "source_", "target_", "speaker_").
  void actor(const std::string& side, const std::string& x) { add(actor_clause(side), {x, x}); }
  // The same on either of two sides.
  void actor_either(const std::string& a, const std::string& b, const std::string& x) {
    std::string clause(1, '(');
    clause.append(actor_clause(a)).append(" OR ").append(actor_clause(b)).append(1, ')');
    add(clause, {x, x, x, x});
  }
  static std::string actor_clause(const std::string& side) {
    std::string clause(1, '(');
    clause.append(side).append("code LIKE ? || '%' OR ").append(side).append("name LIKE '%' || ? || '%')");
    return clause;
  }
  std::string sql() const {
    std::string s;
    for (size_t i = 0; i < clauses_.size(); ++i) s += (i ? " AND " : " WHERE ") + clauses_[i];
    return s;
  }
  void bind(sqlite::Statement& st) const {
    for (size_t i = 0; i < params_.size(); ++i) st.bind(static_cast<int>(i + 1), params_[i]);
  }

 private:
  std::vector<std::string> clauses_;
  std::vector<std::string> params_;
};

std::string limit_sql(const Filter& f) { return f.limit > 0 ? " LIMIT " + std::to_string(f.limit) : ""; }

class SqliteStore final : public Store {
 public:
  explicit SqliteStore(const std::string& path) : db_(path) {
    db_.exec("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON;");
    migrate();
  }

  ~SqliteStore() override {
    try {
      commit();
    } catch (...) {  // a destructor must not throw; finish() reports commit errors
    }
  }

  int schema_version() override {
    auto st = db_.prepare("PRAGMA user_version");
    return st.step() ? static_cast<int>(st.integer(0)) : 0;
  }

  bool contains(const std::string& id) override {
    auto& st = cached("SELECT 1 FROM documents WHERE id = ?");
    st.bind(1, id);
    const bool found = st.step();
    st.reset();
    return found;
  }

  void write(const Document& doc) override {
    if (!in_transaction_) {
      db_.exec("BEGIN");
      in_transaction_ = true;
    }
    write_document(doc);
    if (++batched_ >= kBatch) commit();
  }

  void finish() override { commit(); }

  std::vector<StoredEvent> events(const Filter& f) override;
  std::vector<StoredQuote> quotes(const Filter& f) override;
  std::vector<StoredActorSummary> actors(const Filter& f) override;
  std::vector<StoredDocument> documents() override;
  std::optional<StoredDocument> document(const std::string& id_or_prefix) override;
  std::vector<LearnedFact> learned_facts() override;

 private:
  void migrate() {
    const auto& migrations = schema_migrations();
    const int version = schema_version();
    if (version > static_cast<int>(migrations.size()))
      throw StoreError(db_.path() + ": store schema version " + std::to_string(version) +
                       " is newer than this parley knows (" + std::to_string(migrations.size()) + ")");
    for (int v = version; v < static_cast<int>(migrations.size()); ++v) {
      db_.exec("BEGIN");
      db_.exec(migrations[static_cast<size_t>(v)]);
      db_.exec("PRAGMA user_version = " + std::to_string(v + 1));
      db_.exec("COMMIT");
    }
  }

  void commit() {
    if (!in_transaction_) return;
    db_.exec("COMMIT");
    in_transaction_ = false;
    batched_ = 0;
  }

  sqlite::Statement& cached(const std::string& sql) {
    auto it = statements_.find(sql);
    if (it == statements_.end()) it = statements_.emplace(sql, db_.prepare(sql)).first;
    return it->second;
  }

  long long actor_id(const Actor& a) {
    const std::string key = a.name + '\t' + a.code;
    if (const auto it = actor_ids_.find(key); it != actor_ids_.end()) return it->second;
    auto& insert = cached(
        "INSERT OR IGNORE INTO actors (name, code, country, kind, provenance) VALUES (?, ?, ?, ?, ?)");
    insert.bind(1, a.name).bind(2, a.code).bind(3, a.country()).bind(4, kind_name(a.kind)).bind(5, a.provenance);
    insert.run();
    auto& select = cached("SELECT id FROM actors WHERE name = ? AND code = ?");
    select.bind(1, a.name).bind(2, a.code);
    select.step();
    const long long id = select.integer(0);
    select.reset();
    actor_ids_[key] = id;
    return id;
  }

  void bind_actor(sqlite::Statement& st, int first, const Document& doc, const Participant& p) {
    if (!p.present()) {
      for (int i = 0; i < 4; ++i) st.bind_null(first + i);
      return;
    }
    st.bind(first, doc.slice(p.span)).bind(first + 1, p.actor.name).bind(first + 2, p.actor.code)
        .bind(first + 3, p.actor.country());
  }

  void write_document(const Document& doc) {
    auto& d = cached(
        "INSERT INTO documents (id, file, url, source, title, author, published, language, format, text, "
        "utf8_repairs, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    const auto& m = doc.meta;
    d.bind(1, doc.id).bind(2, m.file).bind(3, m.url).bind(4, m.source).bind(5, m.title).bind(6, m.author);
    if (m.published) d.bind(7, m.published->iso()); else d.bind_null(7);
    d.bind(8, m.language).bind(9, format_name(doc.format)).bind(10, doc.text)
        .bind(11, static_cast<long long>(doc.utf8_repairs)).bind(12, now_utc());
    d.run();

    auto& s = cached("INSERT INTO sentences (doc, idx, paragraph, begin, end, text) VALUES (?, ?, ?, ?, ?, ?)");
    for (size_t i = 0; i < doc.sentences.size(); ++i) {
      const Sentence& x = doc.sentences[i];
      s.bind(1, doc.id).bind(2, static_cast<long long>(i)).bind(3, static_cast<long long>(x.paragraph))
          .bind(4, static_cast<long long>(x.span.begin)).bind(5, static_cast<long long>(x.span.end))
          .bind(6, doc.slice(x.span));
      s.run();
    }

    auto& r = cached("INSERT INTO removed (doc, rule, text) VALUES (?, ?, ?)");
    for (const auto& block : doc.removed) {
      r.bind(1, doc.id).bind(2, block.rule).bind(3, block.text);
      r.run();
    }

    auto& mt = cached(
        "INSERT INTO mentions (doc, sentence, begin, end, text, actor, origin) VALUES (?, ?, ?, ?, ?, ?, ?)");
    for (const Mention& x : doc.mentions) {
      mt.bind(1, doc.id).bind(2, static_cast<long long>(x.sentence)).bind(3, static_cast<long long>(x.span.begin))
          .bind(4, static_cast<long long>(x.span.end)).bind(5, doc.slice(x.span)).bind(6, actor_id(x.actor))
          .bind(7, origin_name(x.origin));
      mt.run();
    }

    write_facts(doc);

    auto& e = cached(
        "INSERT OR IGNORE INTO events (id, doc, sentence, date, source_text, source_name, source_code, "
        "source_country, target_text, target_name, target_code, target_country, cameo, root, plover, "
        "plover_mode, plover_context, goldstein, quad, negated, modality, location, verb, begin, end, "
        "confidence, rule) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    for (const Event& x : doc.events) {
      e.bind(1, event_id(doc, x)).bind(2, doc.id).bind(3, static_cast<long long>(x.sentence));
      if (x.date) e.bind(4, x.date->iso()); else e.bind_null(4);
      bind_actor(e, 5, doc, x.source);
      bind_actor(e, 9, doc, x.target);
      e.bind(13, x.cameo).bind(14, x.root).bind(15, x.plover).bind(16, x.plover_mode).bind(17, x.plover_context)
          .bind(18, x.goldstein).bind(19, static_cast<long long>(x.quad)).bind(20, static_cast<long long>(x.negated))
          .bind(21, modality_name(x.modality)).bind(22, x.location).bind(23, doc.slice(x.verb))
          .bind(24, static_cast<long long>(x.span.begin)).bind(25, static_cast<long long>(x.span.end))
          .bind(26, x.confidence).bind(27, x.rule);
      e.run();
    }

    auto& q = cached(
        "INSERT OR IGNORE INTO quotes (id, doc, sentence, speaker_text, speaker_name, speaker_code, "
        "speaker_country, quote, cue, begin, end) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    for (const Quote& x : doc.quotes) {
      q.bind(1, hash_hex(doc.id + "|q|" + std::to_string(x.span.begin))).bind(2, doc.id)
          .bind(3, static_cast<long long>(x.sentence));
      bind_actor(q, 4, doc, x.speaker);
      q.bind(8, doc.slice(x.span)).bind(9, x.cue).bind(10, static_cast<long long>(x.span.begin))
          .bind(11, static_cast<long long>(x.span.end));
      q.run();
    }
  }

  void write_facts(const Document& doc) {
    auto& st = cached(
        "INSERT INTO actor_facts (doc, sentence, begin, end, text, name, code, kind, role, valid_from, valid_to) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    for (const ActorFact& f : doc.facts) {
      st.bind(1, doc.id).bind(2, static_cast<long long>(f.sentence)).bind(3, static_cast<long long>(f.span.begin))
          .bind(4, static_cast<long long>(f.span.end)).bind(5, doc.slice(f.span)).bind(6, f.name).bind(7, f.code)
          .bind(8, kind_name(f.kind)).bind(9, f.role);
      if (doc.meta.published) st.bind(10, doc.meta.published->iso()).bind(11, doc.meta.published->iso());
      else st.bind_null(10).bind_null(11);
      st.run();
    }
  }

  std::vector<std::string> aliases(long long actor);
  std::vector<StoredActorFact> facts(const std::string& name);

  sqlite::Database db_;
  std::unordered_map<std::string, sqlite::Statement> statements_;
  std::unordered_map<std::string, long long> actor_ids_;
  bool in_transaction_ = false;
  int batched_ = 0;
};

StoredActor read_actor(const sqlite::Statement& st, int first) {
  return {st.text(first), st.text(first + 1), st.text(first + 2), st.text(first + 3)};
}

std::vector<StoredEvent> SqliteStore::events(const Filter& f) {
  Where w;
  if (!f.actor.empty()) w.actor_either("e.source_", "e.target_", f.actor);
  if (!f.dyad.empty()) {
    const auto parts = split(f.dyad, ':');
    if (parts.size() != 2 || parts[0].empty() || parts[1].empty())
      throw StoreError("--dyad wants A:B, e.g. USA:RUS");
    const std::string a(parts[0]), b(parts[1]);
    w.add("((e.source_code LIKE ? || '%' AND e.target_code LIKE ? || '%') OR "
          "(e.source_code LIKE ? || '%' AND e.target_code LIKE ? || '%'))",
          {a, b, b, a});
  }
  if (!f.source.empty()) w.actor("e.source_", f.source);
  if (!f.target.empty()) w.actor("e.target_", f.target);
  if (!f.root.empty()) w.add("e.root = ?", {f.root});
  if (!f.from.empty()) w.add("e.date >= ?", {f.from});
  if (!f.to.empty()) w.add("e.date <= ?", {f.to});
  if (!f.doc.empty()) w.add("e.doc LIKE ? || '%'", {f.doc});
  if (!f.include_negated) w.add("e.negated = 0");
  auto st = db_.prepare(
      "SELECT e.id, e.doc, d.file, e.sentence, e.date, e.source_text, e.source_name, e.source_code, "
      "e.source_country, e.target_text, e.target_name, e.target_code, e.target_country, e.cameo, e.root, "
      "e.plover, e.plover_mode, e.plover_context, e.goldstein, e.quad, e.negated, e.modality, e.location, "
      "s.text, e.rule, e.verb, e.begin, e.end, e.confidence FROM events e JOIN documents d ON d.id = e.doc "
      "JOIN sentences s ON s.doc = e.doc AND s.idx = e.sentence" +
      w.sql() + " ORDER BY e.date, d.file, e.sentence, e.begin" + limit_sql(f));
  w.bind(st);
  std::vector<StoredEvent> out;
  while (st.step()) {
    StoredEvent e;
    e.id = st.text(0);
    e.doc = st.text(1);
    e.file = st.text(2);
    e.sentence = static_cast<int>(st.integer(3));
    e.date = st.text(4);
    e.source = read_actor(st, 5);
    e.target = read_actor(st, 9);
    e.cameo = st.text(13);
    e.root = st.text(14);
    e.plover = st.text(15);
    e.plover_mode = st.text(16);
    e.plover_context = st.text(17);
    e.goldstein = st.real(18);
    e.quad = static_cast<int>(st.integer(19));
    e.negated = st.integer(20) != 0;
    e.modality = st.text(21);
    e.location = st.text(22);
    e.evidence = st.text(23);
    e.rule = st.text(24);
    e.verb = st.text(25);
    e.begin = static_cast<int>(st.integer(26));
    e.end = static_cast<int>(st.integer(27));
    e.confidence = st.real(28);
    out.push_back(std::move(e));
  }
  return out;
}

std::vector<StoredQuote> SqliteStore::quotes(const Filter& f) {
  Where w;
  if (!f.actor.empty()) w.actor("q.speaker_", f.actor);
  if (!f.from.empty()) w.add("d.published >= ?", {f.from});
  if (!f.to.empty()) w.add("d.published <= ?", {f.to});
  if (!f.doc.empty()) w.add("q.doc LIKE ? || '%'", {f.doc});
  auto st = db_.prepare(
      "SELECT q.id, q.doc, d.file, q.sentence, q.speaker_text, q.speaker_name, q.speaker_code, "
      "q.speaker_country, q.quote, q.cue, s.text, q.begin, q.end FROM quotes q "
      "JOIN documents d ON d.id = q.doc JOIN sentences s ON s.doc = q.doc AND s.idx = q.sentence" +
      w.sql() + " ORDER BY d.published, d.file, q.begin" + limit_sql(f));
  w.bind(st);
  std::vector<StoredQuote> out;
  while (st.step()) {
    StoredQuote q;
    q.id = st.text(0);
    q.doc = st.text(1);
    q.file = st.text(2);
    q.sentence = static_cast<int>(st.integer(3));
    q.speaker = read_actor(st, 4);
    q.quote = st.text(8);
    q.cue = st.text(9);
    q.evidence = st.text(10);
    q.begin = static_cast<int>(st.integer(11));
    q.end = static_cast<int>(st.integer(12));
    out.push_back(std::move(q));
  }
  return out;
}

// Each actor with one code, as mentioned in the documents, with the dates of
// those documents, its aliases and the facts that the texts taught about it.
std::vector<StoredActorSummary> SqliteStore::actors(const Filter& f) {
  Where w;
  if (!f.actor.empty()) w.add("(a.code LIKE ? || '%' OR a.name LIKE '%' || ? || '%')", {f.actor, f.actor});
  if (!f.name.empty())
    w.add("(a.name LIKE '%' || ? || '%' OR a.id IN (SELECT actor FROM mentions WHERE text LIKE '%' || ? || '%' "
          "AND origin IN ('dictionary', 'alias')))",
          {f.name, f.name});
  if (!f.code.empty()) w.add("a.code LIKE ? || '%'", {f.code});
  if (!f.doc.empty()) w.add("m.doc LIKE ? || '%'", {f.doc});
  if (!f.from.empty()) w.add("d.published >= ?", {f.from});
  if (!f.to.empty()) w.add("d.published <= ?", {f.to});
  auto st = db_.prepare(
      "SELECT a.name, a.code, a.country, a.kind, a.provenance, COUNT(*), COUNT(DISTINCT m.doc), "
      "MIN(d.published), MAX(d.published), a.id "
      "FROM actors a JOIN mentions m ON m.actor = a.id JOIN documents d ON d.id = m.doc" +
      w.sql() + " GROUP BY a.id ORDER BY COUNT(*) DESC, a.name" + limit_sql(f));
  w.bind(st);
  std::vector<StoredActorSummary> out;
  std::vector<long long> ids;
  while (st.step()) {
    StoredActorSummary a{st.text(0), st.text(1), st.text(2), st.text(3), st.text(4),
                         static_cast<int>(st.integer(5)), static_cast<int>(st.integer(6)), st.text(7), st.text(8), {}, {}};
    out.push_back(std::move(a));
    ids.push_back(st.integer(9));
  }
  for (size_t i = 0; i < out.size(); ++i) {
    out[i].aliases = aliases(ids[i]);
    out[i].facts = facts(out[i].name);
  }
  return out;
}

// The words that named an actor (not titles, pronouns or descriptions), most frequent first.
std::vector<std::string> SqliteStore::aliases(long long actor) {
  auto& st = cached(
      "SELECT text FROM mentions WHERE actor = ? AND origin IN ('dictionary', 'alias') "
      "GROUP BY text ORDER BY COUNT(*) DESC, text");
  st.bind(1, actor);
  std::vector<std::string> out;
  while (st.step()) out.push_back(st.text(0));
  st.reset();
  return out;
}

std::vector<StoredActorFact> SqliteStore::facts(const std::string& name) {
  auto& st = cached(
      "SELECT f.code, f.role, f.valid_from, f.doc, d.file, f.sentence, f.begin, f.end, f.text, s.text "
      "FROM actor_facts f JOIN documents d ON d.id = f.doc JOIN sentences s ON s.doc = f.doc AND s.idx = f.sentence "
      "WHERE f.name = ? ORDER BY f.valid_from, d.file, f.begin");
  st.bind(1, name);
  std::vector<StoredActorFact> out;
  while (st.step())
    out.push_back({st.text(0), st.text(1), st.text(2), st.text(3), st.text(4), static_cast<int>(st.integer(5)),
                   static_cast<int>(st.integer(6)), static_cast<int>(st.integer(7)), st.text(8), st.text(9)});
  st.reset();
  return out;
}

// Rows that cannot be used (no date, a date or kind that does not parse, as a
// hand-edited store may have) are left out: they teach nothing.
std::vector<LearnedFact> SqliteStore::learned_facts() {
  auto st = db_.prepare(
      "SELECT f.name, f.code, f.kind, f.role, f.valid_from, f.doc, f.sentence, substr(s.text, 1, 300) "
      "FROM actor_facts f LEFT JOIN sentences s ON s.doc = f.doc AND s.idx = f.sentence "
      "WHERE f.valid_from IS NOT NULL AND f.code != '' ORDER BY f.valid_from, f.doc, f.begin");
  std::vector<LearnedFact> out;
  while (st.step()) {
    const auto date = Date::parse_iso(st.text(4));
    const ActorKind kind = kind_from_name(st.text(2));
    if (!date || kind == ActorKind::Unknown) continue;
    out.push_back({st.text(0), st.text(1), kind, st.text(3), *date, st.text(5),
                   static_cast<uint32_t>(st.integer(6)), st.text(7)});
  }
  return out;
}

std::vector<StoredDocument> SqliteStore::documents() {
  auto st = db_.prepare(
      "SELECT d.id, d.file, d.url, d.source, d.title, d.author, d.published, d.language, d.format, d.ingested_at, "
      "(SELECT COUNT(*) FROM sentences s WHERE s.doc = d.id), (SELECT COUNT(*) FROM events e WHERE e.doc = d.id), "
      "(SELECT COUNT(*) FROM quotes q WHERE q.doc = d.id) FROM documents d ORDER BY d.file, d.id");
  std::vector<StoredDocument> out;
  while (st.step()) {
    StoredDocument d;
    d.id = st.text(0);
    d.file = st.text(1);
    d.url = st.text(2);
    d.source = st.text(3);
    d.title = st.text(4);
    d.author = st.text(5);
    d.published = st.text(6);
    d.language = st.text(7);
    d.format = st.text(8);
    d.ingested_at = st.text(9);
    d.sentences = static_cast<int>(st.integer(10));
    d.events = static_cast<int>(st.integer(11));
    d.quotes = static_cast<int>(st.integer(12));
    out.push_back(std::move(d));
  }
  return out;
}

std::optional<StoredDocument> SqliteStore::document(const std::string& id_or_prefix) {
  std::optional<StoredDocument> found;
  for (auto& d : documents()) {
    if (d.id.rfind(id_or_prefix, 0) != 0) continue;
    if (found) throw StoreError("\"" + id_or_prefix + "\" matches more than one document; give more of the id");
    found = std::move(d);
  }
  if (!found) return found;
  auto text = db_.prepare("SELECT text FROM documents WHERE id = ?");
  text.bind(1, found->id);
  if (text.step()) found->text = text.text(0);
  auto removed = db_.prepare("SELECT rule, text FROM removed WHERE doc = ? ORDER BY rowid");
  removed.bind(1, found->id);
  while (removed.step()) found->removed.emplace_back(removed.text(0), removed.text(1));
  return found;
}

}  // namespace

std::unique_ptr<Store> Store::open_sqlite(const std::string& path) { return std::make_unique<SqliteStore>(path); }

}  // namespace parley
