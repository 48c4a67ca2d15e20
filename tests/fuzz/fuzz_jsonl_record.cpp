// Fuzzes the JSON Lines record parser on arbitrary lines.
#include <cstddef>
#include <cstdint>
#include <sstream>

#include "ingest/jsonl_record.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::ostringstream errors;
  parley::Diagnostics diag(errors);
  parley::parse_jsonl_record(std::string(reinterpret_cast<const char*>(data), size), "fuzz:1", diag);
  return 0;
}
