// parley run: the main job. Reads the inputs, cleans, analyzes, resolves and
// codes every document on all cores, stores the results, and prints what it
// read, skipped and stored, and the events found. It starts from what the
// store's documents taught about actors (Store::learned_facts).
#include <unistd.h>

#include <iostream>

#include "cli/commands.h"
#include "cli/output.h"
#include "parley/pipeline.h"
#include "parley/store.h"

namespace parley::cli {

namespace {
struct RunCommandOptions {
  RunOptions run;
  PipelineOptions pipeline;
  std::string db = "parley.db";
  double max_document_mb = 64;
  int show = 100;
  bool quiet = false;
};
}  // namespace

void add_run_command(CLI::App& app, int& exit_code) {
  auto* cmd = app.add_subcommand("run", "Read news reports and code their events, quotes and actors into the store");
  auto o = std::make_shared<RunCommandOptions>();
  cmd->add_option("INPUT", o->run.inputs,
                  "files (.txt, .html, .jsonl), directories (read recursively; a manifest.jsonl in one gives "
                  "its files' metadata), or - for stdin")
      ->required();
  cmd->add_option("--db", o->db, "the store (SQLite file); created if missing")->capture_default_str();
  cmd->add_option("--manifest", o->run.manifest,
                  "JSON Lines of per-file metadata: {\"file\", \"title\", \"source\", \"published\", \"url\"}")
      ->check(CLI::ExistingFile);
  cmd->add_option("--threads", o->run.threads, "worker threads (default: all cores)")->check(CLI::NonNegativeNumber);
  cmd->add_option("--data", o->pipeline.data_dir, "the data directory (dictionaries, rules)")
      ->check(CLI::ExistingDirectory);
  cmd->add_option("--model", o->pipeline.model,
                  "the NLP model (default: $PARLEY_MODEL or the shipped one; none: tokens and sentences only)");
  cmd->add_option("--coder", o->pipeline.coder,
                  "parse: code events from the dependency parse (needs the model); shallow: TABARI-style from "
                  "words and actor mentions only, faster and less precise")
      ->check(CLI::IsMember({"parse", "shallow"}))
      ->capture_default_str();
  cmd->add_flag("!--any-target", o->pipeline.coding.require_dyad,
               "also keep events without a target (\"Shevardnadze resigned\"); by default an event needs a "
               "target, two actors acting together, or to be a veto or force used by an armed actor");
  cmd->add_option("--actors", o->pipeline.actor_files,
                  "your own actor file(s), format of data/actors/ (take precedence over the shipped ones)")
      ->check(CLI::ExistingFile);
  cmd->add_flag("!--no-learned", o->run.learn_across_documents,
               "code every document on its own: do not use what the titles and appositions of other documents "
               "(the store's, and this run's earlier ones in input order) taught about people no dictionary "
               "knows (\"Russian Foreign Minister Sergey Zlotnikov\" coding a later \"Zlotnikov said\")");
  cmd->add_option("--learned-window", o->run.fact_window_days,
                  "a learned fact codes a name only in documents dated this many days or fewer before or after "
                  "the document that taught it (titles change; undated documents neither teach nor learn)")
      ->check(CLI::NonNegativeNumber)
      ->capture_default_str();
  cmd->add_option("--max-document-mb", o->max_document_mb, "skip documents larger than this")
      ->check(CLI::PositiveNumber)
      ->capture_default_str();
  cmd->add_option("--show", o->show, "print at most this many events at the end (0: none)")
      ->check(CLI::NonNegativeNumber)
      ->capture_default_str();
  cmd->add_flag("--quiet,-q", o->quiet, "no progress bar and no event table; counts only");

  cmd->callback([o, &exit_code] {
    o->run.max_document_bytes = static_cast<size_t>(o->max_document_mb * 1024 * 1024);
    o->run.progress = !o->quiet;
    Pipeline pipeline(o->pipeline);
    auto store = Store::open_sqlite(o->db);
    if (o->run.learn_across_documents) o->run.learned_facts = store->learned_facts();
    Diagnostics diag(std::cerr);
    pipeline.run(o->run, *store, diag);

    const RunCounts& counts = diag.counts();
    if (!o->quiet && o->show > 0) {
      Filter f;
      f.limit = o->show;
      const auto events = store->events(f);
      if (!events.empty()) {
        std::cout << "events in " << o->db << (events.size() == static_cast<size_t>(o->show) ? " (first " + std::to_string(o->show) + ")" : "")
                  << ":\n";
        write_events(std::cout, events, Format::Table);
        std::cout << '\n';
      }
    }
    counts.print(std::cout);
    std::cout << "store: " << o->db << "  (query with `parley events|quotes|actors|docs --db " << o->db << "`)\n";
    exit_code = counts.skipped_total() > 0 ? kPartial : kOk;
  });
}

}  // namespace parley::cli
