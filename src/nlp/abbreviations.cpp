#include "nlp/abbreviations.h"

#include "util/strings.h"
#include "util/text_file.h"

namespace parley {

Abbreviations Abbreviations::load(const std::string& dir) {
  Abbreviations a;
  const std::string path = dir + "/abbreviations.tsv";
  for_each_tsv_record(path, [&](const std::vector<std::string_view>& f, int line) {
    if (f.size() != 2) throw DataError(where(path, line) + "want: abbreviation <TAB> class");
    AbbreviationClass c;
    if (f[1] == "title") c = AbbreviationClass::Title;
    else if (f[1] == "month") c = AbbreviationClass::Month;
    else if (f[1] == "other") c = AbbreviationClass::Other;
    else throw DataError(where(path, line) + "unknown class \"" + std::string(f[1]) + "\"");
    a.add(std::string(f[0]), c);
  });
  const std::string starters = dir + "/sentence_starters.txt";
  for_each_tsv_record(starters, [&](const std::vector<std::string_view>& f, int) {
    a.add_starter(std::string(trim(f[0])));
  });
  return a;
}

const AbbreviationClass* Abbreviations::find(std::string_view word) const {
  const auto it = classes_.find(std::string(word));
  return it == classes_.end() ? nullptr : &it->second;
}

bool Abbreviations::is_sentence_starter(std::string_view word) const {
  return starters_.count(std::string(word)) > 0;
}

}  // namespace parley
