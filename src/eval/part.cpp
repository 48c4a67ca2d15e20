#include "eval/part.h"

#include "util/strings.h"
#include "util/text_file.h"

namespace parley {

bool in_part(const std::string& id, const std::string& part) {
  if (part.empty()) return true;
  const auto fields = split(part, '/');
  if (fields.size() != 2) throw DataError("part \"" + part + "\": want K/N");
  unsigned long k = 0, n = 0;
  try {
    k = std::stoul(std::string(fields[0]));
    n = std::stoul(std::string(fields[1]));
  } catch (const std::exception&) {
    throw DataError("part \"" + part + "\": want K/N");
  }
  if (n == 0 || k >= n) throw DataError("part \"" + part + "\": want 0 <= K < N");
  return std::stoull(hash_hex(id).substr(0, 15), nullptr, 16) % n == k;
}

}  // namespace parley
