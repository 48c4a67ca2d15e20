#include "events/modality_cues.h"

#include "util/text_file.h"

namespace parley {

ModalityCues ModalityCues::load(const std::string& path, const Tokenizer& tokenizer) {
  ModalityCues m;
  for_each_tsv_record(path, [&](const std::vector<std::string_view>& f, int line) {
    if (f.size() != 2 || (f[1] != "intended" && f[1] != "hypothetical"))
      throw DataError(where(path, line) + "want: phrase <TAB> intended|hypothetical");
    if (m.index_.add(tokenizer.folded_words(f[0]), static_cast<uint32_t>(m.modalities_.size())))
      m.modalities_.push_back(f[1] == "intended" ? Modality::Intended : Modality::Hypothetical);
  });
  return m;
}

std::optional<ModalityCues::Cue> ModalityCues::ending_at(const std::vector<std::string_view>& words,
                                                          uint32_t begin, uint32_t end) const {
  constexpr uint32_t kLongest = 4;  // words in the longest cue worth looking for
  for (uint32_t start = end > begin + kLongest ? end - kLongest : begin; start < end; ++start) {
    const auto m = index_.longest(words, start, end);
    if (m && start + m.length == end) return Cue{modalities_[m.value], start};
  }
  return std::nullopt;
}

}  // namespace parley
