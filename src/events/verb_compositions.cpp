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

std::optional<std::string> VerbCompositions::statement_with(std::string_view auxiliary) const {
  const auto it = clauses_.find(std::string(auxiliary));
  return it == clauses_.end() ? std::nullopt : std::optional(it->second);
}

std::optional<std::string> VerbCompositions::compose(std::string_view upper_lemma, std::string_view lower_code,
                                                     bool with_object) const {
  auto cls = class_of_.find(std::string(upper_lemma));
  if (cls == class_of_.end() && with_object) cls = object_class_of_.find(std::string(upper_lemma));
  if (cls == class_of_.end() || cls == object_class_of_.end()) return std::nullopt;
  for (const std::string_view root : {lower_code.substr(0, std::min<size_t>(2, lower_code.size())), std::string_view("*")})
    if (const auto it = codes_.find(cls->second + " " + std::string(root)); it != codes_.end()) return it->second;
  return std::nullopt;
}

}  // namespace parley
