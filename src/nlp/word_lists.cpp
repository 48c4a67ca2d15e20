#include "nlp/word_lists.h"

#include "util/strings.h"
#include "util/text_file.h"

namespace parley {

namespace {
std::unordered_set<std::string> read_list(const std::string& path) {
  std::unordered_set<std::string> words;
  for_each_tsv_record(path, [&](const std::vector<std::string_view>& f, int) { words.insert(std::string(trim(f[0]))); });
  return words;
}
}  // namespace

WordLists WordLists::load(const std::string& dir) {
  WordLists w;
  const std::string path = dir + "/abbreviations.tsv";
  for_each_tsv_record(path, [&](const std::vector<std::string_view>& f, int line) {
    if (f.size() != 2) throw DataError(where(path, line) + "want: abbreviation <TAB> class");
    AbbreviationClass c;
    if (f[1] == "title") c = AbbreviationClass::Title;
    else if (f[1] == "month") c = AbbreviationClass::Month;
    else if (f[1] == "other") c = AbbreviationClass::Other;
    else throw DataError(where(path, line) + "unknown class \"" + std::string(f[1]) + "\"");
    w.add(std::string(f[0]), c);
  });
  w.starters_ = read_list(dir + "/sentence_starters.txt");
  w.hyphen_prefixes_ = read_list(dir + "/hyphen_prefixes.txt");
  w.emoticons_ = read_list(dir + "/emoticons.txt");
  w.name_endings_ = read_list(dir + "/name_endings.txt");
  for (const auto& e : w.emoticons_) {
    w.longest_emoticon_ = std::max(w.longest_emoticon_, e.size());
    if (w.emoticon_starts_.find(e[0]) == std::string::npos) w.emoticon_starts_ += e[0];
  }
  return w;
}

const AbbreviationClass* WordLists::find(std::string_view word) const {
  const auto it = classes_.find(std::string(word));
  return it == classes_.end() ? nullptr : &it->second;
}

size_t WordLists::emoticon_at(std::string_view text) const {
  if (text.empty() || emoticon_starts_.find(text[0]) == std::string::npos) return 0;
  for (size_t n = std::min(longest_emoticon_, text.size()); n >= 2; --n)
    if (emoticons_.count(std::string(text.substr(0, n)))) return n;
  return 0;
}

}  // namespace parley
