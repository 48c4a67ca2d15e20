#include "events/discards.h"

#include "util/text_file.h"
#include "util/utf8.h"

namespace parley {

DiscardList DiscardList::load(const std::string& path, const Tokenizer& tokenizer) {
  DiscardList d;
  for_each_tsv_record(path, [&](const std::vector<std::string_view>& f, int line) {
    if (f.size() != 2 || (f[1] != "sentence" && f[1] != "document"))
      throw DataError(where(path, line) + "want: phrase <TAB> sentence|document");
    std::vector<Token> tokens;
    tokenizer.tokenize(f[0], tokens);
    std::vector<std::string> words;
    for (const auto& t : tokens) words.push_back(utf8::fold_case(f[0].substr(t.span.begin, t.span.size())));
    d.index_.add(words, f[1] == "document" ? 1 : 0);
  });
  return d;
}

bool DiscardList::contains(const std::vector<std::string_view>& words, size_t begin, size_t end,
                           bool document) const {
  for (size_t k = begin; k < end; ++k) {
    const auto m = index_.longest(words, k, end);
    if (m && (m.value == 1) == document) return true;
  }
  return false;
}

bool DiscardList::discards_sentence(const std::vector<std::string_view>& words, size_t begin,
                                    size_t end) const {
  return contains(words, begin, end, false);
}

bool DiscardList::discards_document(const std::vector<std::string_view>& words) const {
  return contains(words, 0, words.size(), true);
}

}  // namespace parley
