// What the statistical models know about a word by itself: its hashed form,
// lower case, prefixes, suffixes and shape ("Xxxx", "dd-dd"), computed once per
// word and shared by every feature template that uses them.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace parley {

struct WordAtoms {
  uint64_t form = 0;
  uint64_t lower = 0;
  uint64_t shape = 0;
  std::array<uint64_t, 5> suffix{};  // last 1..5 characters, lower case
  std::array<uint64_t, 3> prefix{};  // first 1..3 characters, lower case
  bool capitalized = false;
  bool all_caps = false;
  bool has_digit = false;
  bool has_hyphen = false;
  bool has_period = false;
  bool starts_with_letter = false;
};

WordAtoms word_atoms(std::string_view form);

// "Obama" -> "Xx", "2,000" -> "d,d", "e-mail" -> "x-x": runs of the same class collapsed.
std::string word_shape(std::string_view form);

}  // namespace parley
