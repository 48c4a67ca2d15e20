// The words before a verb that make its event intended ("wants to improve")
// or hypothetical ("could attack"), from data/events/modality.tsv.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "actors/phrase_index.h"
#include "nlp/tokenizer.h"
#include "parley/event.h"

namespace parley {

class ModalityCues {
 public:
  static ModalityCues load(const std::string& path, const Tokenizer& tokenizer);

  struct Cue {
    Modality modality = Modality::Done;
    uint32_t begin = 0;  // first token of the cue
  };
  // The cue that ends right before words[end], starting at or after `begin`.
  std::optional<Cue> ending_at(const std::vector<std::string_view>& words, uint32_t begin, uint32_t end) const;

 private:
  PhraseIndex index_;
  std::vector<Modality> modalities_;
};

}  // namespace parley
