#include "unit/test_support.h"

#include <filesystem>
#include <unistd.h>

namespace parley::test {

std::string source_dir() { return PARLEY_SOURCE_DIR; }
std::string data_dir() { return source_dir() + "/data"; }

std::string shared_data_dir() {
  const std::string dir = source_dir() + "/../shared/data";
  return std::filesystem::is_directory(dir) ? dir : "";
}

namespace {
PipelineOptions shipped_options() {
  PipelineOptions options;
  options.data_dir = data_dir();
  return options;
}
}  // namespace

const Pipeline& shipped_pipeline() {
  static const Pipeline pipeline(shipped_options());
  return pipeline;
}

const Pipeline& shallow_pipeline() {
  static const Pipeline pipeline([] {
    PipelineOptions options = shipped_options();
    options.coder = "shallow";
    return options;
  }());
  return pipeline;
}

Document process_text(const std::string& text, const std::string& published, const Pipeline& pipeline) {
  Document doc;
  doc.raw = text;
  doc.meta.published = Date::parse_iso(published);
  pipeline.process(doc);
  return doc;
}

Document process_text(const std::string& text, const std::string& published) {
  return process_text(text, published, shipped_pipeline());
}

std::string temp_path(const std::string& name) {
  const auto dir = std::filesystem::temp_directory_path() / ("parley-test-" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  const auto path = dir / name;
  std::filesystem::remove_all(path);
  return path.string();
}

}  // namespace parley::test
