#include "events/english_forms.h"

#include <algorithm>

namespace parley {

namespace {

bool vowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

bool ends_with_any(std::string_view w, std::initializer_list<std::string_view> endings) {
  return std::any_of(endings.begin(), endings.end(), [&](std::string_view e) { return w.ends_with(e); });
}

// Vowel groups, "y" counting as a vowel after the first letter: close enough
// to tell "stop" (one syllable: doubles) from "visit" (two: does not).
int syllables(std::string_view w) {
  int n = 0;
  bool in_vowel = false;
  for (size_t i = 0; i < w.size(); ++i) {
    const bool v = vowel(w[i]) || (i > 0 && w[i] == 'y');
    if (v && !in_vowel) ++n;
    in_vowel = v;
  }
  return n;
}

// Longer verbs stressed on their last syllable, which double as one-syllable
// ones do (commit -> committed); spelling cannot tell them from visit -> visited.
bool final_stress(std::string_view w) {
  static constexpr std::string_view kVerbs[] = {
      "abet",  "acquit", "admit",  "allot",   "commit", "compel", "confer", "control", "deter",  "equip",
      "expel", "forbid", "incur",  "occur",   "omit",   "patrol", "permit", "prefer",  "propel", "rebel",
      "recur", "refer",  "regret", "repel",   "submit", "transfer", "transmit", "upset"};
  return std::find(std::begin(kVerbs), std::end(kVerbs), w) != std::end(kVerbs);
}

// A word ending consonant-vowel-consonant doubles its last letter before -ed
// and -ing (stop -> stopped) when that syllable is stressed, except w, x and y.
bool doubles(std::string_view w) {
  const size_t n = w.size();
  if (n < 3 || (syllables(w) != 1 && !final_stress(w))) return false;
  const char last = w[n - 1];
  if (vowel(last) || last == 'w' || last == 'x' || last == 'y') return false;
  return vowel(w[n - 2]) && !vowel(w[n - 3]);
}

bool consonant_y(std::string_view w) { return w.size() >= 2 && w.back() == 'y' && !vowel(w[w.size() - 2]); }

}  // namespace

std::vector<std::string> regular_verb_forms(std::string_view base) {
  const std::string w(base);
  if (w.empty()) return {};
  std::string s, past, ing;
  if (ends_with_any(w, {"s", "x", "z", "ch", "sh"})) s = w + "es";
  else if (consonant_y(w)) s = w.substr(0, w.size() - 1) + "ies";
  else s = w + "s";
  if (w.ends_with("ie")) {
    past = w + "d";
    ing = w.substr(0, w.size() - 2) + "ying";
  } else if (w.ends_with("e")) {
    past = w + "d";
    ing = ends_with_any(w, {"ee", "ye", "oe"}) ? w + "ing" : w.substr(0, w.size() - 1) + "ing";
  } else if (consonant_y(w)) {
    past = w.substr(0, w.size() - 1) + "ied";
    ing = w + "ing";
  } else if (doubles(w)) {
    past = w + w.back() + "ed";
    ing = w + w.back() + "ing";
  } else {
    past = w + "ed";
    ing = w + "ing";
  }
  std::vector<std::string> forms{w};
  for (auto& f : {s, past, ing})
    if (std::find(forms.begin(), forms.end(), f) == forms.end()) forms.push_back(f);
  return forms;
}

std::string regular_plural(std::string_view noun) {
  const std::string w(noun);
  if (w.empty() || w.ends_with("men") || w.ends_with("people")) return {};
  if (w.ends_with("man") && w != "human" && w != "german" && w != "roman") return w.substr(0, w.size() - 3) + "men";  // policeman -> policemen
  if (w.ends_with("s") && !ends_with_any(w, {"ss", "us", "is", "as"})) return {};  // already plural
  if (ends_with_any(w, {"s", "x", "z", "ch", "sh"})) return w + "es";
  if (consonant_y(w)) return w.substr(0, w.size() - 1) + "ies";
  return w + "s";
}

}  // namespace parley
