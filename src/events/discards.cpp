#include "events/discards.h"

#include "util/text_file.h"

namespace parley {

DiscardList DiscardList::load(const std::string& path, const Tokenizer& tokenizer) {
  return load_text(read_file(path), path, tokenizer);
}

DiscardList DiscardList::load_text(std::string_view text, const std::string& path, const Tokenizer& tokenizer) {
  DiscardList d;
  for_each_tsv_line(text, [&](const std::vector<std::string_view>& f, int line) {
    if (f.size() != 2 || (f[1] != "sentence" && f[1] != "document"))
      throw DataError(where(path, line) + "want: phrase <TAB> sentence|document");
    d.index_.add(tokenizer.folded_words(f[0]), f[1] == "document" ? 1 : 0);
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
