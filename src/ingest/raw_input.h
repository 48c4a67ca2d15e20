// One unit of input before any processing: the bytes of a file, of stdin, or
// of one JSON Lines record, with what is known about it so far.
#pragma once

#include <optional>
#include <string>

#include "parley/document.h"

namespace parley {

struct RawInput {
  std::string where;                   // "path" or "path:line", for messages
  std::string bytes;
  std::optional<InputFormat> format;   // known from the JSONL field or the extension
  uint32_t utf8_repairs = 0;           // invalid sequences already replaced (JSONL lines)
  DocumentMeta meta;
};

}  // namespace parley
