// Regular English inflection for dictionaries that give only a base form:
// a verb's -s, -ed and -ing forms and a noun's plural, by the spelling rules
// (deny -> denies/denied, stop -> stopped, admit -> admitted, agree ->
// agreeing). Irregular forms are not guessed: a dictionary gives them itself
// (PETRARCH's `{...}`), and the parse-based coder matches lemmas anyway.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace parley {

// The base form and its regular -s, past (also the past participle) and -ing
// forms, lower case, without duplicates.
std::vector<std::string> regular_verb_forms(std::string_view base);

// The regular plural of a lower-case noun; empty when the word already looks
// plural ("troops") or is a form that takes none.
std::string regular_plural(std::string_view noun);

}  // namespace parley
