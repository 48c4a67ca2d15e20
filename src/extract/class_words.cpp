#include "extract/class_words.h"

#include "util/strings.h"
#include "util/text_file.h"

namespace parley {

namespace {
bool is_lower(char c) { return c >= 'a' && c <= 'z'; }
bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
bool is_alnum(char c) { return is_lower(c) || is_upper(c) || (c >= '0' && c <= '9'); }
}  // namespace

std::vector<std::string> class_words(std::string_view value) {
  std::vector<std::string> words;
  std::string word;
  for (size_t i = 0; i <= value.size(); ++i) {
    const char c = i < value.size() ? value[i] : ' ';
    const bool camel = is_upper(c) && i > 0 && is_lower(value[i - 1]);
    if ((!is_alnum(c) || camel) && !word.empty()) words.push_back(std::move(word)), word.clear();
    if (is_alnum(c)) word += static_cast<char>(is_upper(c) ? c + ('a' - 'A') : c);
  }
  return words;
}

ClassWords ClassWords::from_pairs(const std::vector<std::pair<std::string, ClassRole>>& pairs) {
  ClassWords w;
  for (const auto& [word, role] : pairs) {
    if (word.ends_with('*')) w.prefixes_.emplace_back(word.substr(0, word.size() - 1), role);
    else w.exact_[word] = role;
  }
  return w;
}

ClassWords ClassWords::load(const std::string& path) {
  std::vector<std::pair<std::string, ClassRole>> pairs;
  for_each_tsv_record(path, [&](const std::vector<std::string_view>& f, int line) {
    if (f.size() != 2) throw DataError(where(path, line) + "want 2 TAB-separated fields (word, role)");
    ClassRole role;
    if (f[1] == "remove") role = ClassRole::Remove;
    else throw DataError(where(path, line) + "unknown role \"" + std::string(f[1]) + "\" (want remove)");
    pairs.emplace_back(ascii_lower(f[0]), role);
  });
  return from_pairs(pairs);
}

ClassRole ClassWords::role_of(const std::string& word) const {
  if (const auto it = exact_.find(word); it != exact_.end()) return it->second;
  for (const auto& [prefix, role] : prefixes_)
    if (word.starts_with(prefix)) return role;
  return ClassRole::None;
}

ClassVerdict ClassWords::judge(std::string_view class_value, std::string_view id_value) const {
  for (std::string_view value : {class_value, id_value})
    for (const std::string& word : class_words(value))
      if (role_of(word) == ClassRole::Remove) return {ClassRole::Remove, word};
  return {};
}

}  // namespace parley
