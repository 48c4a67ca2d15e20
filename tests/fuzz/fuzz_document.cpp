// Fuzzes the whole per-document path on arbitrary bytes: as plain text when the
// first byte is even, as HTML when it is odd.
#include <cstddef>
#include <cstdint>

#include "parley/pipeline.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const parley::Pipeline pipeline([] {
    parley::PipelineOptions options;
    options.data_dir = PARLEY_SOURCE_DIR "/data";
    return options;
  }());
  parley::Document doc;
  doc.raw.assign(reinterpret_cast<const char*>(data), size);
  doc.format = size > 0 && (data[0] & 1) ? parley::InputFormat::Html : parley::InputFormat::Text;
  pipeline.process(doc);
  for (const auto& t : doc.tokens)
    if (t.span.end > doc.text.size()) __builtin_trap();
  return 0;
}
