// parley eval petrarch: the event coder on PETRARCH's validation records
// (PETR.UnitTest.records.xml) with PETRARCH's own validation dictionaries:
// records whose (source, target, CAMEO code) set equals the gold set, and
// triple precision, recall and F1. Every record goes through Pipeline::process,
// so this measures whichever coder the pipeline uses.
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <nlohmann/json.hpp>

#include "cli/commands.h"
#include "cli/eval_commands.h"
#include "cli/eval_failures.h"
#include "eval/event_comparison.h"
#include "eval/part.h"
#include "eval/petrarch_records.h"
#include "parley/pipeline.h"
#include "util/strings.h"

namespace parley::cli {

namespace {
struct EvalPetrarchOptions : EventEvalOptions {
  std::string file, dictionaries;
  bool json = false;
};

std::string show(const EventSet& events) {
  if (events.empty()) return "(none)";
  std::vector<std::string> parts;
  for (const auto& e : events) parts.push_back(e.str());
  return join(parts, "; ");
}

// The dictionaries that the records' <Environment> names, in `dir`.
PipelineOptions pipeline_options(const EvalPetrarchOptions& o, const PetrarchRecords& r) {
  const std::filesystem::path dir =
      o.dictionaries.empty() ? std::filesystem::path(o.file).parent_path() / ".." / "dictionaries"
                             : std::filesystem::path(o.dictionaries);
  auto in_dir = [&](const std::string& f) { return f.empty() ? f : (dir / f).lexically_normal().string(); };
  const std::pair<const char*, const std::string*> named[] = {
      {"Verbfile", &r.verbs}, {"Actorfile", &r.actors}, {"Agentfile", &r.agents}, {"Discardfile", &r.discards}};
  for (const auto& [tag, file] : named)
    if (file->empty()) std::cerr << "parley: " << o.file << " names no <" << tag << ">: parley's own is used\n";
  PipelineOptions p;
  p.data_dir = o.data_dir;
  p.coder = o.coder;
  p.petrarch = {in_dir(r.verbs), in_dir(r.actors), in_dir(r.agents), in_dir(r.discards)};
  return p;
}

Document document_of(const PetrarchRecord& r) {
  Document doc;
  doc.raw = r.text;
  doc.format = InputFormat::Text;
  doc.meta.file = r.id;
  doc.meta.published = r.date;
  return doc;
}

void print_score(const TripleScore& s, bool json) {
  if (json) {
    std::cout << nlohmann::ordered_json{{"records", s.records}, {"correct", s.correct}, {"accuracy", s.accuracy()},
                                        {"precision", s.precision()}, {"recall", s.recall()}, {"f1", s.f1()}}
                     .dump()
              << '\n';
    return;
  }
  std::printf("records=%zu  correct=%zu  accuracy=%.4f  triples: gold=%zu got=%zu matched=%zu  P=%.4f  R=%.4f  F1=%.4f\n",
              s.records, s.correct, s.accuracy(), s.gold, s.got, s.matched, s.precision(), s.recall(), s.f1());
}
}  // namespace

void add_eval_petrarch_command(CLI::App& eval, int& exit_code) {
  auto* cmd = eval.add_subcommand(
      "petrarch",
      "Event coding on PETRARCH's validation records with PETRARCH's dictionaries: records right, triple P/R/F1.\n"
      "A record is right when its set of (source code, target code, CAMEO code) equals the gold set; a missing\n"
      "or uncoded source or target is written ---, as PETRARCH writes a targetless event. Every event counts,\n"
      "whatever its modality, except a negated one (\"did not attack\"). error= records (discards, bad parses) and noevents records want no events.");
  auto o = std::make_shared<EvalPetrarchOptions>();
  cmd->add_option("file", o->file, "the records: PETRARCH2's data/text/PETR.UnitTest.records.xml")
      ->required()
      ->check(CLI::ExistingFile);
  cmd->add_flag("--json", o->json, "print one JSON object: records, correct, accuracy, precision, recall, f1 (0-1)");
  cmd->add_option("--dictionaries", o->dictionaries,
                  "where the dictionaries named in <Environment> are (default: FILE's directory/../dictionaries)")
      ->check(CLI::ExistingDirectory);
  add_event_eval_options(cmd, *o);
  cmd->callback([o, &exit_code] {
    const PetrarchRecords records = load_petrarch_records(o->file);
    const Pipeline pipeline(pipeline_options(*o, records));
    TripleScore score;
    std::vector<EvalFailure> failures;
    for (const auto& r : records.records) {
      if (!in_part(r.id, o->part)) continue;
      Document doc = document_of(r);
      pipeline.process(doc, r.options);
      const EventSet got = event_triples(doc);
      const RecordComparison c = compare_events(r.gold, got);
      score.add(r.gold, got, c);
      if (c.correct) continue;
      auto reasons = c.reasons;
      if (!r.error.empty()) reasons.insert(reasons.begin(), "PETRARCH reports " + r.error);
      failures.push_back({r.id, r.category, r.text, reasons, show(r.gold), show(got)});
    }
    print_score(score, o->json);
    if (!o->json) print_failures(failures, o->failures);
    exit_code = kOk;
  });
}

}  // namespace parley::cli
