#include "events/discards.h"

#include <algorithm>

#include "util/text_file.h"

namespace parley {

namespace {

bool parse_scope(std::string_view s, DiscardList::Scope& scope) {
  if (s == "sentence") scope = DiscardList::Scope::kSentence;
  else if (s == "document") scope = DiscardList::Scope::kDocument;
  else if (s == "clause") scope = DiscardList::Scope::kClause;
  else return false;
  return true;
}

}  // namespace

DiscardList DiscardList::load(const std::string& path, const Tokenizer& tokenizer) {
  return load_text(read_file(path), path, tokenizer);
}

DiscardList DiscardList::load_text(std::string_view text, const std::string& path, const Tokenizer& tokenizer) {
  DiscardList d;
  for_each_tsv_line(text, [&](const std::vector<std::string_view>& f, int line) {
    Scope scope{};
    if (f.size() != 2 || !parse_scope(f[1], scope))
      throw DataError(where(path, line) + "want: phrase <TAB> clause|sentence|document");
    d.index_.add(tokenizer.folded_words(f[0]), static_cast<uint32_t>(scope));
  });
  return d;
}

std::vector<DiscardList::Phrase> DiscardList::find(const std::vector<std::string_view>& words, size_t begin,
                                                    size_t end) const {
  std::vector<Phrase> out;
  for (size_t k = begin; k < end; ++k)
    if (const auto m = index_.longest(words, k, end)) out.push_back({k, static_cast<Scope>(m.value)});
  return out;
}

bool DiscardList::any_of(const std::vector<Phrase>& found, Scope scope) {
  return std::any_of(found.begin(), found.end(), [&](const Phrase& p) { return p.scope == scope; });
}

}  // namespace parley
