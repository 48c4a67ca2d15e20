// Fuzzes the HTML path alone: charset detection, the markup filter, MyHTML,
// the Dom, article extraction and metadata, on arbitrary bytes.
#include <cstddef>
#include <cstdint>

#include "parley/extractor.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const parley::PageExtractor extractor(PARLEY_SOURCE_DIR "/data");
  const auto page = extractor.extract(std::string_view(reinterpret_cast<const char*>(data), size),
                                      "https://example.org/2019/11/18/page");
  if (page.text.size() > 8 * size + 64) __builtin_trap();   // text cannot grow beyond its bytes' decodings
  return 0;
}
