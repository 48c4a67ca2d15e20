#include "events/discards.h"

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

std::vector<size_t> DiscardList::find(const std::vector<std::string_view>& words, size_t begin, size_t end,
                                      Scope scope) const {
  std::vector<size_t> out;
  for (size_t k = begin; k < end; ++k) {
    const auto m = index_.longest(words, k, end);
    if (m && m.value == static_cast<uint32_t>(scope)) out.push_back(k);
  }
  return out;
}

bool DiscardList::contains(const std::vector<std::string_view>& words, size_t begin, size_t end,
                           Scope scope) const {
  for (size_t k = begin; k < end; ++k) {
    const auto m = index_.longest(words, k, end);
    if (m && m.value == static_cast<uint32_t>(scope)) return true;
  }
  return false;
}

}  // namespace parley
