#include "parley/symbol.h"

#include <array>
#include <atomic>
#include <memory>
#include <mutex>
#include <stdexcept>
#include <string>
#include <unordered_map>

namespace parley {

namespace {
// A fixed array of slots: a slot is written once, before its id is published,
// so readers need no lock.
struct Table {
  static constexpr size_t kCapacity = 65536;
  std::unique_ptr<std::string[]> names{new std::string[kCapacity]};
  std::atomic<uint32_t> size{1};  // slot 0 is the empty string
  std::unordered_map<std::string, uint16_t> ids;
  std::mutex mutex;
};

Table& table() {
  static Table t;
  return t;
}
}  // namespace

Symbol Symbol::of(std::string_view text) {
  if (text.empty()) return Symbol();
  Table& t = table();
  std::lock_guard lock(t.mutex);
  const auto it = t.ids.find(std::string(text));
  if (it != t.ids.end()) return Symbol(it->second);
  const uint32_t id = t.size.load(std::memory_order_relaxed);
  if (id >= Table::kCapacity) throw std::length_error("too many distinct annotation symbols");
  t.names[id] = std::string(text);
  t.ids.emplace(t.names[id], static_cast<uint16_t>(id));
  t.size.store(id + 1, std::memory_order_release);
  return Symbol(static_cast<uint16_t>(id));
}

std::string_view Symbol::str() const { return table().names[id_]; }

}  // namespace parley
