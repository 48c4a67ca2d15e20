#include "parley/pipeline.h"

#include <tbb/global_control.h>
#include <tbb/info.h>
#include <tbb/parallel_pipeline.h>

#include <chrono>
#include <memory>

#include "ingest/input_source.h"
#include "ingest/manifest.h"
#include "pipeline/entities.h"
#include "pipeline/knowledge.h"
#include "pipeline/progress.h"
#include "pipeline/run_learning.h"
#include "util/strings.h"
#include "util/utf8.h"

namespace parley {

Pipeline::Pipeline(const PipelineOptions& options) : knowledge_(std::make_unique<Knowledge>(options)) {}
Pipeline::~Pipeline() = default;

const std::string& Pipeline::data_dir() const { return knowledge_->data_dir; }
const std::string& Pipeline::model_path() const { return knowledge_->model_path; }

namespace {

// Adds the time since the last lap to a stage's total, when timing is asked for.
class Laps {
 public:
  explicit Laps(StageSeconds* totals) : totals_(totals), last_(totals ? Clock::now() : Clock::time_point()) {}
  void lap(double StageSeconds::*stage) {
    if (!totals_) return;
    const auto now = Clock::now();
    totals_->*stage += std::chrono::duration<double>(now - last_).count();
    last_ = now;
  }

 private:
  using Clock = std::chrono::steady_clock;
  StageSeconds* totals_;
  Clock::time_point last_;
};

}  // namespace

void Pipeline::process(Document& doc, StageSeconds* seconds) const { process(doc, knowledge_->coding, seconds); }

namespace {

// The stages after analysis: actors, then events and quotes.
void resolve_and_code(const Pipeline::Knowledge& k, Document& doc, const CodingOptions& coding,
                      const LearnedFacts* learned, Laps& laps) {
  k.resolver.resolve(doc, learned);
  laps.lap(&StageSeconds::resolve);
  if (k.use_parse_coder)
    k.parse_coder.code(doc, coding);
  else
    k.shallow_coder.code(doc, coding);
  k.quotes.extract(doc);
  laps.lap(&StageSeconds::code);
}

}  // namespace

void Pipeline::process(Document& doc, const CodingOptions& coding, StageSeconds* seconds,
                       const LearnedFacts* learned) const {
  const Knowledge& k = *knowledge_;
  Laps laps(seconds);
  if (doc.format != InputFormat::Html) doc.utf8_repairs += utf8::repair(doc.raw);
  k.cleaner.clean(doc);
  doc.id = hash_hex(utf8::normalize_for_identity(doc.text));
  laps.lap(&StageSeconds::clean);
  k.analyzer.analyze(doc);
  if (k.model && k.model->entities.trained()) annotate_entities(*k.model, {k.actors, k.names}, doc);
  laps.lap(&StageSeconds::analyze);
  resolve_and_code(k, doc, coding, learned, laps);
}

void Pipeline::resolve_again(Document& doc, const LearnedFacts* learned) const {
  Laps laps(nullptr);
  resolve_and_code(*knowledge_, doc, knowledge_->coding, learned, laps);
}

namespace {

Document to_document(RawInput&& input) {
  Document doc;
  doc.raw = std::move(input.bytes);
  doc.format = input.format.value_or(InputFormat::Text);
  doc.meta = std::move(input.meta);
  doc.utf8_repairs = input.utf8_repairs;
  return doc;
}

// A document on its way through the stages, with the place it came from.
struct Work {
  std::string where;
  Document doc;
};

}  // namespace

void Pipeline::run(const RunOptions& options, DocumentSink& sink, Diagnostics& diag) const {
  std::unique_ptr<Manifest> manifest;
  if (!options.manifest.empty())
    manifest = std::make_unique<Manifest>(Manifest::load(options.manifest, diag));
  InputSource source(options.inputs, {options.max_document_bytes, manifest.get()}, diag);

  const int threads = options.threads > 0 ? options.threads : tbb::info::default_concurrency();
  tbb::global_control limit(tbb::global_control::max_allowed_parallelism, static_cast<size_t>(threads));
  Progress progress(options.progress);
  RunCounts& counts = diag.counts();
  RunLearning learning(*this, knowledge_->actors, options, counts);

  tbb::parallel_pipeline(
      static_cast<size_t>(threads) * 4,
      tbb::make_filter<void, std::shared_ptr<Work>>(
          tbb::filter_mode::serial_in_order,
          [&](tbb::flow_control& fc) -> std::shared_ptr<Work> {
            auto input = source.next();
            if (!input) {
              fc.stop();
              return nullptr;
            }
            auto w = std::make_shared<Work>();
            w->where = input->where;
            w->doc = to_document(std::move(*input));
            return w;
          }) &
          tbb::make_filter<std::shared_ptr<Work>, std::shared_ptr<Work>>(
              tbb::filter_mode::parallel,
              [&](std::shared_ptr<Work> w) {
                process(w->doc, knowledge_->coding, nullptr, learning.stored());
                return w;
              }) &
          tbb::make_filter<std::shared_ptr<Work>, void>(
              tbb::filter_mode::serial_in_order, [&](std::shared_ptr<Work> w) {
                Document& doc = w->doc;
                if (doc.utf8_repairs) {
                  diag.warn(w->where, "replaced " + std::to_string(doc.utf8_repairs) +
                                          " invalid UTF-8 sequence(s) with U+FFFD");
                  ++counts.repaired;
                }
                if (doc.tokens.empty()) {
                  diag.skip(w->where, "no-text", "no text left after cleaning");
                } else if (sink.contains(doc.id)) {
                  ++counts.duplicates;
                } else {
                  learning.prepare(doc);
                  sink.write(doc);
                  learning.learn(doc);
                  ++counts.stored;
                  counts.sentences += doc.sentences.size();
                  counts.events += doc.events.size();
                  counts.quotes += doc.quotes.size();
                }
                progress.update(source.bytes_read(), source.bytes_total(), counts.stored + counts.duplicates,
                                counts.events);
              }));
  progress.finish();
  sink.finish();
}

}  // namespace parley
