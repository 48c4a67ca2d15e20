#include "cli/output.h"

#include <algorithm>
#include <nlohmann/json.hpp>
#include <stdexcept>

#include "cli/table.h"
#include "util/strings.h"

namespace parley::cli {

namespace {

using json = nlohmann::ordered_json;

void write_json_line(std::ostream& out, const json& j) {
  out << j.dump(-1, ' ', false, json::error_handler_t::replace) << '\n';
}

json actor_json(const StoredActor& a) {
  if (a.text.empty()) return nullptr;
  return {{"text", a.text}, {"name", a.name}, {"code", a.code}, {"country", a.country}};
}

json nullable(const std::string& s) { return s.empty() ? json(nullptr) : json(s); }

std::string actor_cell(const StoredActor& a) {
  if (a.text.empty()) return "-";
  return a.name + (a.code.empty() ? "" : " (" + a.code + ")");
}

std::string number(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f", v);
  return buf;
}

}  // namespace

Format parse_format(const std::string& name) {
  if (name == "table") return Format::Table;
  if (name == "jsonl") return Format::Jsonl;
  if (name == "csv") return Format::Csv;
  throw std::invalid_argument("unknown format \"" + name + "\" (want table, jsonl or csv)");
}

void write_events(std::ostream& out, const std::vector<StoredEvent>& events, Format format) {
  if (format == Format::Jsonl) {
    for (const auto& e : events) {
      write_json_line(out, {{"id", e.id}, {"doc", e.doc}, {"file", e.file}, {"sentence", e.sentence},
                            {"date", nullable(e.date)}, {"source", actor_json(e.source)},
                            {"target", actor_json(e.target)}, {"cameo", e.cameo}, {"root", e.root},
                            {"plover", nullable(e.plover)}, {"plover_mode", nullable(e.plover_mode)},
                            {"plover_context", nullable(e.plover_context)}, {"goldstein", e.goldstein},
                            {"quad", e.quad}, {"negated", e.negated}, {"modality", e.modality},
                            {"location", nullable(e.location)}, {"verb", e.verb}, {"evidence", e.evidence},
                            {"span", {e.begin, e.end}}, {"confidence", e.confidence}, {"rule", e.rule}});
    }
    return;
  }
  if (format == Format::Csv) {
    out << "id,doc,file,sentence,date,source_text,source_name,source_code,source_country,target_text,"
           "target_name,target_code,target_country,cameo,root,plover,goldstein,quad,negated,modality,"
           "location,verb,begin,end,confidence,evidence\n";
    for (const auto& e : events) {
      const std::vector<std::string> f = {
          e.id, e.doc, e.file, std::to_string(e.sentence), e.date, e.source.text, e.source.name,
          e.source.code, e.source.country, e.target.text, e.target.name, e.target.code, e.target.country,
          e.cameo, e.root, e.plover, number(e.goldstein), std::to_string(e.quad), e.negated ? "1" : "0",
          e.modality, e.location, e.verb, std::to_string(e.begin), std::to_string(e.end),
          number(e.confidence), e.evidence};
      for (size_t i = 0; i < f.size(); ++i) out << (i ? "," : "") << csv_field(f[i]);
      out << '\n';
    }
    return;
  }
  Table t({"date", "source", "event", "target", "cameo", "gold", "evidence"}, {10, 28, 14, 28, 5, 5, 70});
  for (const auto& e : events) {
    std::string event = e.verb + (e.negated ? " (not)" : "") +
                        (e.modality != "done" ? " [" + e.modality + "]" : "");
    t.add({e.date.empty() ? "?" : e.date, actor_cell(e.source), event, actor_cell(e.target), e.cameo,
           number(e.goldstein), e.evidence});
  }
  t.print(out);
}

void write_quotes(std::ostream& out, const std::vector<StoredQuote>& quotes, Format format) {
  if (format == Format::Jsonl) {
    for (const auto& q : quotes)
      write_json_line(out, {{"id", q.id}, {"doc", q.doc}, {"file", q.file}, {"sentence", q.sentence},
                            {"speaker", actor_json(q.speaker)}, {"quote", q.quote}, {"cue", nullable(q.cue)},
                            {"evidence", q.evidence}, {"span", {q.begin, q.end}}});
    return;
  }
  if (format == Format::Csv) {
    out << "id,doc,file,sentence,speaker_text,speaker_name,speaker_code,speaker_country,quote,cue,begin,end\n";
    for (const auto& q : quotes) {
      const std::vector<std::string> f = {q.id, q.doc, q.file, std::to_string(q.sentence), q.speaker.text,
                                          q.speaker.name, q.speaker.code, q.speaker.country, q.quote, q.cue,
                                          std::to_string(q.begin), std::to_string(q.end)};
      for (size_t i = 0; i < f.size(); ++i) out << (i ? "," : "") << csv_field(f[i]);
      out << '\n';
    }
    return;
  }
  Table t({"speaker", "cue", "quote"}, {30, 14, 90});
  for (const auto& q : quotes) t.add({actor_cell(q.speaker), q.cue, q.quote});
  t.print(out);
}

namespace {
json fact_json(const StoredActorFact& f) {
  return {{"code", f.code}, {"role", f.role}, {"date", nullable(f.date)}, {"doc", f.doc}, {"file", f.file},
          {"sentence", f.sentence}, {"text", f.text}, {"span", {f.begin, f.end}}, {"evidence", f.evidence}};
}
std::string fact_cell(const StoredActorFact& f) {
  return (f.date.empty() ? "?" : f.date) + " " + f.code + " " + f.role + ": " + f.evidence;
}
std::string range_cell(const StoredActorSummary& a) {
  if (a.from.empty()) return "?";
  return a.from == a.to ? a.from : a.from + ".." + a.to;
}
}  // namespace

// One row an actor and code; the facts that the texts taught follow the table.
void write_actors(std::ostream& out, const std::vector<StoredActorSummary>& actors, Format format) {
  if (format == Format::Jsonl) {
    for (const auto& a : actors) {
      json facts = json::array();
      for (const auto& f : a.facts) facts.push_back(fact_json(f));
      write_json_line(out, {{"name", a.name}, {"code", nullable(a.code)}, {"country", nullable(a.country)},
                            {"kind", a.kind}, {"from", nullable(a.from)}, {"to", nullable(a.to)},
                            {"mentions", a.mentions}, {"documents", a.documents}, {"aliases", a.aliases},
                            {"provenance", a.provenance}, {"facts", facts}});
    }
    return;
  }
  if (format == Format::Csv) {
    out << "name,code,country,kind,from,to,mentions,documents,aliases,provenance,facts\n";
    for (const auto& a : actors) {
      std::vector<std::string> facts;
      for (const auto& f : a.facts) facts.push_back(fact_cell(f));
      out << csv_field(a.name) << ',' << a.code << ',' << a.country << ',' << a.kind << ',' << a.from << ','
          << a.to << ',' << a.mentions << ',' << a.documents << ',' << csv_field(join(a.aliases, "|")) << ','
          << csv_field(a.provenance) << ',' << csv_field(join(facts, " | ")) << '\n';
    }
    return;
  }
  Table t({"name", "code", "kind", "dates", "mentions", "docs", "aliases", "known from"},
          {28, 10, 12, 22, 8, 4, 30, 50});
  Table learned({"name", "code", "date", "role", "sentence"}, {28, 10, 10, 30, 80});
  std::vector<std::string> shown;
  for (const auto& a : actors) {
    t.add({a.name, a.code.empty() ? "?" : a.code, a.kind, range_cell(a), std::to_string(a.mentions),
           std::to_string(a.documents), join(a.aliases, "|"), a.provenance});
    if (std::find(shown.begin(), shown.end(), a.name) != shown.end()) continue;  // facts go by name
    shown.push_back(a.name);
    for (const auto& f : a.facts) learned.add({a.name, f.code, f.date.empty() ? "?" : f.date, f.role, f.evidence});
  }
  t.print(out);
  if (learned.empty()) return;
  out << "\nlearned from the texts:\n";
  learned.print(out);
}

void write_documents(std::ostream& out, const std::vector<StoredDocument>& docs, Format format) {
  if (format == Format::Jsonl) {
    for (const auto& d : docs)
      write_json_line(out, {{"id", d.id}, {"file", d.file}, {"url", nullable(d.url)}, {"source", nullable(d.source)},
                            {"title", nullable(d.title)}, {"author", nullable(d.author)},
                            {"published", nullable(d.published)}, {"language", nullable(d.language)},
                            {"format", d.format}, {"sentences", d.sentences}, {"events", d.events},
                            {"quotes", d.quotes}, {"ingested_at", d.ingested_at}});
    return;
  }
  if (format == Format::Csv) {
    out << "id,file,url,source,title,published,format,sentences,events,quotes\n";
    for (const auto& d : docs)
      out << d.id << ',' << csv_field(d.file) << ',' << csv_field(d.url) << ',' << csv_field(d.source) << ','
          << csv_field(d.title) << ',' << d.published << ',' << d.format << ',' << d.sentences << ','
          << d.events << ',' << d.quotes << '\n';
    return;
  }
  Table t({"id", "published", "source", "sentences", "events", "quotes", "title"}, {16, 10, 16, 9, 6, 6, 60});
  for (const auto& d : docs)
    t.add({d.id, d.published.empty() ? "?" : d.published, d.source, std::to_string(d.sentences),
           std::to_string(d.events), std::to_string(d.quotes), d.title.empty() ? d.file : d.title});
  t.print(out);
}

}  // namespace parley::cli
