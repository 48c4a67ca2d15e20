// A list of typed names (data/nlp/wordnet_names.tsv: "Danube	LOC", "Albert
// Einstein	PER"), as one feature atom a word for the entity tagger: the type
// of the longest listed name that covers the word and the word's place in it
// ("B-LOC", "I-PER"), or 0. Names match case and all, token by token, spaces
// and the places where the tokenizer split a word ("Maxwell 's") aside.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace parley {

class NameGazetteer {
 public:
  // Reads `name <TAB> PER|LOC|ORG` lines; throws DataError with file:line.
  static NameGazetteer load(const std::string& path);

  void add(std::string_view name, std::string_view type);
  size_t size() const { return types_.size(); }
  // The type of exactly this name, or "" when it is not listed.
  std::string_view type_of(std::string_view name) const;

  // One atom per token (0: in no listed name).
  std::vector<uint64_t> atoms(const std::vector<std::string>& forms) const;

 private:
  std::unordered_map<std::string, uint8_t> types_;  // the name without spaces -> index into kTypes
  size_t longest_ = 0;                              // in bytes, spaces left out
};

}  // namespace parley
