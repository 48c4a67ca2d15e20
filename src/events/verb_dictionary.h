// The CAMEO verb dictionary (data/events/verbs.txt and parley's additions,
// format in docs/data-formats.md): verb blocks, every inflected form of every
// verb, the patterns that refine a verb's code by the words around it
// ("meet ... (for talks)" -> 036), and synsets that patterns share.
#pragma once

#include <string>
#include <unordered_map>
#include <vector>

#include "actors/phrase_index.h"
#include "nlp/tokenizer.h"

namespace parley {

// One element of a pattern, in text order.
struct PatternSlot {
  enum class Kind { Words, Source, Target, Compound, Skip };
  Kind kind = Kind::Words;
  // For Words: the token sequences that fill the slot (one, or a synset's).
  std::vector<std::vector<std::string>> alternatives;
};

// A code as the dictionary writes it: "043", "043:042" (active:passive) or ":190".
struct VerbCode {
  std::string active;    // empty: no event in the active voice
  std::string passive;   // the passive voice's own code, when given
  bool has_passive = false;
  static VerbCode parse(std::string_view text);
  bool null() const { return active.empty() && !has_passive; }
};

struct VerbPattern {
  VerbCode code;
  std::vector<PatternSlot> before;  // words before the verb, in text order
  std::vector<PatternSlot> after;   // words after the verb, in text order
  int weight = 0;                   // how many word slots: more specific patterns win
  std::string text;                 // as written, for provenance
};

struct VerbBlock {
  std::string name;
  VerbCode code;
  std::vector<VerbPattern> patterns;
};

struct VerbForm {
  uint32_t block = 0;
  std::string lemma;
  VerbCode code;                     // the verb's own code, or the block's
  uint32_t head = 0;                 // which word of a multi-word form is the verb
  bool participle = false;           // may be a past participle (passive voice)
  bool gerund = false;               // an -ing form (may head a noun phrase: "Trump's meeting")
};

class VerbDictionary {
 public:
  // Reads the files in order; a form or block defined earlier wins, so that
  // parley's corrections (loaded first) override the converted dictionary.
  // Throws DataError with file:line.
  static VerbDictionary load(const std::vector<std::string>& paths, const Tokenizer& tokenizer);
  // The same for one dictionary already in memory (translated from PETRARCH's
  // format); `name` stands for the file in errors.
  static VerbDictionary load_text(std::string_view text, const std::string& name, const Tokenizer& tokenizer);

  const PhraseIndex& forms() const { return form_index_; }
  const VerbForm& form(uint32_t id) const { return forms_[id]; }
  const VerbBlock& block(uint32_t id) const { return blocks_[id]; }
  size_t block_count() const { return blocks_.size(); }
  size_t form_count() const { return forms_.size(); }

 private:
  class Reader;
  // Each text's synsets first, then each text's blocks, in order.
  static VerbDictionary read(const std::vector<std::string_view>& texts, const std::vector<std::string>& names,
                             const Tokenizer& tokenizer);
  std::vector<VerbBlock> blocks_;
  std::vector<VerbForm> forms_;
  PhraseIndex form_index_;
};

}  // namespace parley
