#include "nlp/name_gazetteer.h"

#include <array>

#include "nlp/feature_hash.h"
#include "util/text_file.h"
#include "util/utf8.h"

namespace parley {

namespace {
constexpr std::array<std::string_view, 3> kTypes = {"PER", "LOC", "ORG"};
// A token this long cannot start a name: the window of tokens tried from each start.
constexpr size_t kMostTokens = 12;

std::string without_spaces(std::string_view name) {
  std::string out;
  for (char c : name)
    if (c != ' ') out += c;
  return out;
}
}  // namespace

NameGazetteer NameGazetteer::load(const std::string& path) {
  NameGazetteer g;
  for_each_tsv_record(path, [&](const std::vector<std::string_view>& f, int line) {
    if (f.size() != 2 || f[0].empty()) throw DataError(where(path, line) + "want: name <TAB> PER|LOC|ORG");
    bool known = false;
    for (const auto t : kTypes) known = known || f[1] == t;
    if (!known) throw DataError(where(path, line) + "unknown type \"" + std::string(f[1]) + "\" (want PER, LOC or ORG)");
    g.add(f[0], f[1]);
  });
  return g;
}

void NameGazetteer::add(std::string_view name, std::string_view type) {
  uint8_t index = 0;
  while (index < kTypes.size() && kTypes[index] != type) ++index;
  if (index == kTypes.size()) return;
  std::string key = without_spaces(name);
  longest_ = std::max(longest_, key.size());
  types_[std::move(key)] = index;
}

std::string_view NameGazetteer::type_of(std::string_view name) const {
  const auto it = types_.find(without_spaces(name));
  return it == types_.end() ? std::string_view() : kTypes[it->second];
}

std::vector<uint64_t> NameGazetteer::atoms(const std::vector<std::string>& forms) const {
  static const auto atom_table = [] {
    std::array<std::array<uint64_t, 2>, kTypes.size()> t{};
    for (size_t i = 0; i < kTypes.size(); ++i) {
      t[i][0] = features::atom(std::string_view("B-" + std::string(kTypes[i])));
      t[i][1] = features::atom(std::string_view("I-" + std::string(kTypes[i])));
    }
    return t;
  }();
  std::vector<uint64_t> out(forms.size(), 0);
  std::string key;
  for (size_t k = 0; k < forms.size();) {
    const char32_t first = utf8::first_code_point(forms[k]);
    size_t best = 0;
    uint8_t type = 0;
    if (utf8::is_upper(first)) {
      key.clear();
      for (size_t end = k; end < forms.size() && end < k + kMostTokens; ++end) {
        key += forms[end];
        if (key.size() > longest_) break;
        const auto it = types_.find(key);
        if (it != types_.end()) best = end + 1 - k, type = it->second;
      }
    }
    if (best == 0) {
      ++k;
      continue;
    }
    for (size_t i = 0; i < best; ++i) out[k + i] = atom_table[type][i == 0 ? 0 : 1];
    k += best;
  }
  return out;
}

}  // namespace parley
