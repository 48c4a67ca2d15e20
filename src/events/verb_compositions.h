// Verb-verb composition (data/events/compositions.tsv): the one event that a
// verb such as "agree", "ask", "refuse" or "threaten" makes with the coded verb
// it governs ("agreed to meet" -> 036, "threatened to attack" -> 138).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

namespace parley {

class VerbCompositions {
 public:
  // Throws DataError with file:line.
  static VerbCompositions load(const std::string& path);

  // The composed code for an upper verb's lemma and the lower verb's CAMEO
  // code ("" when the lower verb is no event: the class's "*" code), or
  // nothing when the upper verb composes no event.
  // `with_object`: the upper verb has an object, who is to do what the lower
  // verb says ("wants the UK to extradite").
  std::optional<std::string> compose(std::string_view upper_lemma, std::string_view lower_code, bool with_object) const;
  // The code a statement takes when the verb of its clause has this auxiliary
  // ("said Libya must hand over" -> 100), or nothing.
  std::optional<std::string> statement_with(std::string_view auxiliary) const;

 private:
  std::unordered_map<std::string, std::string> class_of_;  // lemma -> class
  std::unordered_map<std::string, std::string> object_class_of_;  // lemma -> class, with an object only
  std::unordered_map<std::string, std::string> codes_;     // "class root" -> code
  std::unordered_map<std::string, std::string> clauses_;   // auxiliary -> code
};

}  // namespace parley
