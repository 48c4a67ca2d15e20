#include "events/verb_compositions.h"

#include <algorithm>

#include "util/strings.h"
#include "util/text_file.h"

namespace parley {

VerbCompositions VerbCompositions::load(const std::string& path) {
  VerbCompositions c;
  for_each_tsv_record(path, [&](const std::vector<std::string_view>& f, int line) {
    if (f.size() == 3 && (f[0] == "class" || f[0] == "object_class")) {
      auto& classes = f[0] == "class" ? c.class_of_ : c.object_class_of_;
      for (const auto lemma : split(f[2], ' '))
        if (!lemma.empty()) classes.emplace(std::string(lemma), std::string(f[1]));
    } else if (f.size() == 3 && f[0] == "clause") {
      c.clauses_[std::string(f[1])] = std::string(f[2]);
    } else if (f.size() == 4 && f[0] == "code") {
      if (f[2] != "*" && f[2].size() != 2) throw DataError(where(path, line) + "want a two-digit CAMEO root or *");
      c.codes_[std::string(f[1]) + " " + std::string(f[2])] = std::string(f[3]);
    } else {
      throw DataError(where(path, line) +
                      "want: class|object_class <TAB> name <TAB> lemmas, clause <TAB> auxiliary <TAB> code, or code <TAB> class "
                      "<TAB> root <TAB> code");
    }
  });
  return c;
}

namespace {
// The class of a lemma in one of the maps, or nullptr. (Iterators of two
// different maps cannot be compared, so the lookups end in a pointer.)
const std::string* find_class(const std::unordered_map<std::string, std::string>& classes, std::string_view lemma) {
  const auto it = classes.find(std::string(lemma));
  return it == classes.end() ? nullptr : &it->second;
}
}  // namespace

std::optional<std::string> VerbCompositions::statement_with(std::string_view auxiliary) const {
  const auto it = clauses_.find(std::string(auxiliary));
  return it == clauses_.end() ? std::nullopt : std::optional(it->second);
}

std::optional<std::string> VerbCompositions::compose(std::string_view upper_lemma, std::string_view lower_code,
                                                     bool with_object) const {
  const std::string* cls = find_class(class_of_, upper_lemma);
  if (!cls && with_object) cls = find_class(object_class_of_, upper_lemma);
  if (!cls) return std::nullopt;
  for (const std::string_view root : {lower_code.substr(0, std::min<size_t>(2, lower_code.size())), std::string_view("*")})
    if (const auto it = codes_.find(*cls + " " + std::string(root)); it != codes_.end()) return it->second;
  return std::nullopt;
}

}  // namespace parley
