#include "actors/gazetteer_features.h"

#include <algorithm>

#include "nlp/feature_hash.h"
#include "util/utf8.h"

namespace parley {

std::vector<uint64_t> gazetteer_atoms(const ActorDictionary& dictionary, const std::vector<std::string>& forms) {
  std::vector<std::string> folded;
  folded.reserve(forms.size());
  for (const auto& f : forms) folded.push_back(utf8::fold_case(f));
  const std::vector<std::string_view> words(folded.begin(), folded.end());
  std::vector<uint64_t> atoms(forms.size(), 0);
  for (size_t k = 0; k < forms.size();) {
    const char32_t first = utf8::first_code_point(forms[k]);
    const auto actor = utf8::is_upper(first) || utf8::is_digit(first) ? dictionary.actor_phrases().longest(words, k)
                                                                       : PhraseIndex::Match{};
    if (actor) {
      // The length matters: a one-word match is often an adjective ("American"),
      // a longer one a name ("United States").
      const std::string kind(kind_name(dictionary.entries()[actor.value].kind));
      const std::string length = std::to_string(std::min<uint32_t>(actor.length, 3));
      for (uint32_t i = 0; i < actor.length; ++i)
        atoms[k + i] = features::atom(std::string_view((i == 0 ? "B" : "I") + length + "-" + kind));
      k += actor.length;
      continue;
    }
    if (const auto role = dictionary.role_phrases().longest(words, k)) {
      for (uint32_t i = 0; i < role.length; ++i) atoms[k + i] = features::atom(std::string_view("role"));
      k += role.length;
      continue;
    }
    ++k;
  }
  return atoms;
}

}  // namespace parley
