// Model files: a little-endian binary stream of integers, strings and
// vectors, compressed with zstd as a whole, starting with a magic number and a
// format version so that an old or foreign file is refused with a clear error.
#pragma once

#include <cstdint>
#include <cstring>
#include <stdexcept>
#include <string>
#include <string_view>
#include <algorithm>
#include <type_traits>
#include <unordered_map>
#include <vector>

namespace parley {

class ModelError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

class BinaryWriter {
 public:
  void u32(uint32_t v) { raw(&v, sizeof v); }
  void u64(uint64_t v) { raw(&v, sizeof v); }
  void f32(float v) { raw(&v, sizeof v); }
  void str(std::string_view s) {
    u64(s.size());
    raw(s.data(), s.size());
  }
  template <typename T>
  void vec(const std::vector<T>& v) {
    static_assert(std::is_trivially_copyable_v<T>);
    u64(v.size());
    raw(v.data(), v.size() * sizeof(T));
  }
  void strings(const std::vector<std::string>& v) {
    u64(v.size());
    for (const auto& s : v) str(s);
  }
  const std::string& bytes() const { return buffer_; }

 private:
  void raw(const void* p, size_t n) { buffer_.append(static_cast<const char*>(p), n); }
  std::string buffer_;
};

class BinaryReader {
 public:
  explicit BinaryReader(std::string bytes) : buffer_(std::move(bytes)) {}
  uint32_t u32() { return pod<uint32_t>(); }
  uint64_t u64() { return pod<uint64_t>(); }
  float f32() { return pod<float>(); }
  std::string str() {
    const uint64_t n = u64();
    need(n);
    std::string s = buffer_.substr(pos_, n);
    pos_ += n;
    return s;
  }
  template <typename T>
  std::vector<T> vec() {
    const uint64_t n = u64();
    if (n > (buffer_.size() - pos_) / sizeof(T)) throw ModelError("model file is truncated or corrupt");
    std::vector<T> v(n);
    if (n) std::memcpy(v.data(), buffer_.data() + pos_, n * sizeof(T));
    pos_ += n * sizeof(T);
    return v;
  }
  std::vector<std::string> strings() {
    const uint64_t n = u64();
    if (n > buffer_.size()) throw ModelError("model file is truncated or corrupt");
    std::vector<std::string> v;
    v.reserve(n);
    for (uint64_t i = 0; i < n; ++i) v.push_back(str());
    return v;
  }
  bool done() const { return pos_ == buffer_.size(); }

 private:
  template <typename T>
  T pod() {
    need(sizeof(T));
    T v;
    std::memcpy(&v, buffer_.data() + pos_, sizeof v);
    pos_ += sizeof v;
    return v;
  }
  void need(uint64_t n) const {
    if (n > buffer_.size() - pos_) throw ModelError("model file is truncated or corrupt");
  }
  std::string buffer_;
  size_t pos_ = 0;
};

// A hash map as two vectors, sorted by key, so that the same map gives the same bytes.
template <typename K, typename V>
void write_map(BinaryWriter& out, const std::unordered_map<K, V>& map) {
  std::vector<std::pair<K, V>> sorted(map.begin(), map.end());
  std::sort(sorted.begin(), sorted.end());
  std::vector<K> keys;
  std::vector<V> values;
  for (auto& [k, v] : sorted) keys.push_back(k), values.push_back(std::move(v));
  out.vec(keys);
  if constexpr (std::is_same_v<V, std::string>) out.strings(values);
  else out.vec(values);
}

template <typename K, typename V>
std::unordered_map<K, V> read_map(BinaryReader& in) {
  const auto keys = in.vec<K>();
  std::vector<V> values;
  if constexpr (std::is_same_v<V, std::string>) values = in.strings();
  else values = in.vec<V>();
  if (keys.size() != values.size()) throw ModelError("a word list in the model is corrupt");
  std::unordered_map<K, V> map;
  for (size_t i = 0; i < keys.size(); ++i) map.emplace(keys[i], std::move(values[i]));
  return map;
}

// Compresses and writes a model file: magic, version, zstd payload. Throws ModelError.
void write_model_file(const std::string& path, std::string_view magic, uint32_t version,
                      const std::string& payload);
// Reads and decompresses one; checks the magic and version. Throws ModelError naming the file.
std::string read_model_file(const std::string& path, std::string_view magic, uint32_t version);

}  // namespace parley
