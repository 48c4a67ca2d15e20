#include "nlp/word_features.h"

#include "nlp/feature_hash.h"
#include "util/utf8.h"

namespace parley {

std::string word_shape(std::string_view form) {
  std::string shape;
  for (size_t i = 0; i < form.size();) {
    int len = 0;
    const char32_t c = utf8::decode(form, i, len);
    i += static_cast<size_t>(len);
    char s;
    if (utf8::is_upper(c)) s = 'X';
    else if (utf8::is_letter(c)) s = 'x';
    else if (utf8::is_digit(c)) s = 'd';
    else if (c < 0x80) s = static_cast<char>(c);
    else s = '*';
    if (shape.empty() || shape.back() != s) shape += s;
    if (shape.size() >= 8) break;
  }
  return shape;
}

namespace {
// The byte offsets where the last `n` code points begin (or 0).
size_t last_chars(std::string_view s, size_t n) {
  size_t pos = s.size();
  while (n > 0 && pos > 0) {
    --pos;
    while (pos > 0 && (static_cast<unsigned char>(s[pos]) & 0xC0) == 0x80) --pos;
    --n;
  }
  return pos;
}
size_t first_chars(std::string_view s, size_t n) {
  size_t pos = 0;
  while (n > 0 && pos < s.size()) {
    ++pos;
    while (pos < s.size() && (static_cast<unsigned char>(s[pos]) & 0xC0) == 0x80) ++pos;
    --n;
  }
  return pos;
}
}  // namespace

WordAtoms word_atoms(std::string_view form) {
  WordAtoms a;
  const std::string lower = utf8::fold_case(form);
  a.form = features::atom(form);
  a.lower = features::atom(lower);
  a.shape = features::atom(word_shape(form));
  for (size_t n = 1; n <= a.suffix.size(); ++n) a.suffix[n - 1] = features::atom(std::string_view(lower).substr(last_chars(lower, n)));
  for (size_t n = 1; n <= a.prefix.size(); ++n) a.prefix[n - 1] = features::atom(std::string_view(lower).substr(0, first_chars(lower, n)));
  int len = 0;
  const char32_t first = utf8::first_code_point(form);
  a.capitalized = utf8::is_upper(first);
  a.starts_with_letter = utf8::is_letter(first);
  a.all_caps = a.capitalized;
  for (size_t i = 0; i < form.size();) {
    const char32_t c = utf8::decode(form, i, len);
    i += static_cast<size_t>(len);
    if (utf8::is_letter(c) && !utf8::is_upper(c)) a.all_caps = false;
    a.has_digit |= utf8::is_digit(c);
    a.has_hyphen |= c == '-';
    a.has_period |= c == '.';
  }
  return a;
}

}  // namespace parley
