// What parley's actor dictionaries say of each word of a sentence, as one
// feature atom a word for the entity tagger: the kind of the longest
// dictionary phrase that covers it, the word's place in it and the phrase's
// length ("B2-person", "I2-country", "B1-country"), or a role word, or nothing.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "actors/actor_dictionary.h"

namespace parley {

std::vector<uint64_t> gazetteer_atoms(const ActorDictionary& dictionary, const std::vector<std::string>& forms);

}  // namespace parley
