#include "nlp/binary_io.h"

#include <zstd.h>

#include <fstream>
#include <sstream>

namespace parley {

void write_model_file(const std::string& path, std::string_view magic, uint32_t version,
                      const std::string& payload) {
  std::string compressed(ZSTD_compressBound(payload.size()), '\0');
  const size_t n = ZSTD_compress(compressed.data(), compressed.size(), payload.data(), payload.size(), 19);
  if (ZSTD_isError(n)) throw ModelError(path + ": cannot compress the model: " + ZSTD_getErrorName(n));
  compressed.resize(n);
  std::ofstream out(path, std::ios::binary);
  out.write(magic.data(), static_cast<std::streamsize>(magic.size()));
  out.write(reinterpret_cast<const char*>(&version), sizeof version);
  out.write(compressed.data(), static_cast<std::streamsize>(compressed.size()));
  if (!out) throw ModelError(path + ": cannot write the model file");
}

std::string read_model_file(const std::string& path, std::string_view magic, uint32_t version) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw ModelError(path + ": cannot open the model file");
  std::stringstream ss;
  ss << in.rdbuf();
  const std::string file = ss.str();
  if (file.size() < magic.size() + 4 || file.compare(0, magic.size(), magic) != 0)
    throw ModelError(path + ": not a parley model file");
  uint32_t v = 0;
  std::memcpy(&v, file.data() + magic.size(), sizeof v);
  if (v != version)
    throw ModelError(path + ": model format version " + std::to_string(v) + ", this parley reads version " +
                     std::to_string(version) + "; retrain it with `parley train`");
  const char* data = file.data() + magic.size() + 4;
  const size_t size = file.size() - magic.size() - 4;
  const unsigned long long raw = ZSTD_getFrameContentSize(data, size);
  if (raw == ZSTD_CONTENTSIZE_ERROR || raw == ZSTD_CONTENTSIZE_UNKNOWN || raw > (size_t{1} << 34))
    throw ModelError(path + ": the model file is corrupt");
  std::string payload(raw, '\0');
  const size_t n = ZSTD_decompress(payload.data(), payload.size(), data, size);
  if (ZSTD_isError(n) || n != raw) throw ModelError(path + ": the model file is corrupt");
  return payload;
}

}  // namespace parley
