// Small interned strings for the annotations every token carries (UPOS, XPOS,
// dependency relation, entity tag): a token stores a 16-bit Symbol, and the
// text lives once for the whole process. Interning is thread-safe; looking a
// symbol up never waits.
#pragma once

#include <cstdint>
#include <string_view>

namespace parley {

class Symbol {
 public:
  Symbol() = default;  // the empty string
  // The symbol of `text`, created on first use. Throws std::length_error past 65,535 symbols.
  static Symbol of(std::string_view text);

  std::string_view str() const;
  bool empty() const { return id_ == 0; }
  uint16_t id() const { return id_; }
  friend bool operator==(Symbol, Symbol) = default;
  bool operator==(std::string_view text) const { return str() == text; }

 private:
  explicit Symbol(uint16_t id) : id_(id) {}
  uint16_t id_ = 0;
};

}  // namespace parley
