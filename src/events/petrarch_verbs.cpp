#include "events/petrarch_verbs.h"

#include <algorithm>
#include <unordered_map>
#include <vector>

#include "events/english_forms.h"
#include "util/strings.h"
#include "util/text_file.h"

namespace parley {

std::string_view petrarch_content(std::string_view line) {
  line = trim(line);
  if (line.starts_with('<')) return {};
  int depth = 0;  // a # inside [...] is a code ("[###]"), not a comment
  for (size_t i = 0; i < line.size(); ++i) {
    if (line[i] == '[') ++depth;
    else if (line[i] == ']' && depth > 0) --depth;
    else if (line[i] == '#' && depth == 0) return trim(line.substr(0, i));
  }
  return line;
}

namespace {

std::vector<std::string_view> lines_of(std::string_view text) {
  std::vector<std::string_view> lines = split(text, '\n');
  if (!lines.empty() && lines.back().empty()) lines.pop_back();
  return lines;
}

std::string words_of(std::string_view joined) {  // "GOLDEN_GOBLIN_" -> "golden goblin"
  std::string out;
  for (std::string_view w : split(joined, '_')) {
    if (w.empty()) continue;
    if (!out.empty()) out += ' ';
    out += ascii_lower(w);
  }
  return out;
}

// "[CODE]" at the end of `s`: the code, and `s` without it. Empty code when none.
std::string take_code(std::string_view& s) {
  const size_t open = s.rfind('[');
  if (open == std::string_view::npos) return {};
  const size_t close = s.find(']', open);
  std::string code = collapse_space(s.substr(open + 1, close == std::string_view::npos ? close : close - open - 1));
  s = trim(s.substr(0, open));
  return code;
}

bool special_part(std::string_view p) {
  return p == "*" || p == "+" || p == "$" || p == "%" || p == "^" || p.starts_with('&');
}

// One pattern word: "IN_*" -> "in *", "NEW_&TIETYPES_RELATIONS" -> "new &TIETYPES relations",
// "TO_LET_ESCAPE" -> "to_let_escape" (joined words stay one slot of consecutive words).
std::string pattern_word(std::string_view word) {
  std::string out, plain;
  auto flush = [&] {
    if (plain.empty()) return;
    if (!out.empty()) out += ' ';
    out += plain;
    plain.clear();
  };
  for (std::string_view part : split(word, '_')) {
    if (part.empty()) continue;
    if (special_part(part)) {
      flush();
      if (!out.empty()) out += ' ';
      out += std::string(part);
    } else {
      if (!plain.empty()) plain += '_';
      plain += ascii_lower(part);
    }
  }
  flush();
  return out;
}

class VerbTranslator {
 public:
  VerbTranslator(std::string_view text, const std::string& name) : lines_(lines_of(text)), name_(name) {}

  std::string translate() {
    std::string out;
    for (i_ = 0; i_ < lines_.size(); ++i_) out += line(petrarch_content(lines_[i_])) + '\n';
    return out;
  }

 private:
  [[noreturn]] void fail(const std::string& what) const { throw DataError(where(name_, static_cast<int>(i_ + 1)) + what); }

  std::string line(std::string_view s) {
    if (s.empty()) {
      in_synset_ = false;
      return {};
    }
    if (s.starts_with('&')) return synset(s);
    if (s.starts_with('+') && in_synset_) return {};  // a member, written with its synset
    in_synset_ = false;
    if (s.starts_with("---")) return block(s);
    if (s.starts_with('-')) return pattern(s);
    if (s.starts_with('~')) return "transform\t" + collapse_space(s.substr(1));
    return verb(s);
  }

  // The synset and its members (the `+` lines that follow), on the `&NAME` line.
  std::string synset(std::string_view label) {
    label = trim(label.substr(0, label.find_first_of(" \t")));
    const bool no_plural = label.ends_with('_');
    std::string key(label);
    while (key.ends_with('_')) key.pop_back();  // patterns write &PREPOSIT1 for &PREPOSIT1_
    std::vector<std::string>& phrases = synsets_[key];
    for (size_t j = i_ + 1; j < lines_.size(); ++j) {
      const std::string_view m = petrarch_content(lines_[j]);
      if (!m.starts_with('+')) break;
      add_member(phrases, trim(m.substr(1)), no_plural);
    }
    if (phrases.empty()) fail("synset " + key + " has no +members");
    in_synset_ = true;
    return "synset\t" + key + '\t' + join(phrases, "|");
  }

  void add_member(std::vector<std::string>& phrases, std::string_view member, bool no_plural) {
    if (member.starts_with('&')) {  // a synset inside a synset
      std::string other(member);
      while (other.ends_with('_')) other.pop_back();
      const auto it = synsets_.find(other);
      if (it == synsets_.end()) fail("synset " + other + " used before it is defined");
      phrases.insert(phrases.end(), it->second.begin(), it->second.end());
      return;
    }
    const std::string phrase = words_of(member);
    if (phrase.empty()) return;
    phrases.push_back(phrase);
    if (no_plural || member.ends_with('_')) return;
    const size_t last = phrase.rfind(' ') + 1;
    if (const std::string plural = regular_plural(phrase.substr(last)); !plural.empty())
      phrases.push_back(phrase.substr(0, last) + plural);
  }

  std::string block(std::string_view s) {
    s = trim(s.substr(3));
    if (s.ends_with("---")) s = trim(s.substr(0, s.size() - 3));
    const std::string code = take_code(s);
    if (s.empty() || code.empty()) fail("want: --- NAME [CODE] ---");
    return "block\t" + std::string(s) + '\t' + code;
  }

  std::string pattern(std::string_view s) {
    s = trim(s.substr(1));
    const std::string code = take_code(s);
    if (code.empty()) fail("pattern without [CODE]");
    std::string text;
    const std::string words = collapse_space(s);  // named: split() returns views into it
    for (std::string_view w : split(words, ' ')) {
      const std::string p = pattern_word(w);
      if (p.empty()) continue;
      if (!text.empty()) text += ' ';
      text += p;
    }
    if (text.find('*') == std::string::npos) fail("pattern without * for the verb");
    return "pattern\t" + code + '\t' + text;
  }

  // A verb: its words (`+` on the inflected one, else the first), each form.
  std::string verb(std::string_view s) {
    const std::string code = take_code(s);
    std::string_view braces;
    bool has_braces = false;
    if (const size_t open = s.find('{'); open != std::string_view::npos) {
      const size_t close = s.find('}', open);
      if (close == std::string_view::npos) fail("{ without }");
      braces = s.substr(open + 1, close - open - 1);
      has_braces = true;
      s = trim(s.substr(0, open));
    }
    if (s.empty()) fail("want: VERB {forms} [CODE]");
    std::vector<std::string> forms;
    const std::string lemma = render_form(s, nullptr);
    forms.push_back(lemma);
    if (!has_braces || !trim(braces).empty()) {
      for (const std::string& f : regular_verb_forms(inflected_word(s))) add_unique(forms, render_form(s, &f));
      const std::string given = collapse_space(braces);
      for (std::string_view b : split(given, ' '))
        if (!b.empty()) add_unique(forms, render_form(b, nullptr));
    }
    return "verb\t" + lemma + '\t' + (code.empty() ? "-" : code) + '\t' + join(forms, "|");
  }

  static void add_unique(std::vector<std::string>& forms, const std::string& f) {
    if (std::find(forms.begin(), forms.end(), f) == forms.end()) forms.push_back(f);
  }

  static size_t plus_index(const std::vector<std::string_view>& words) {
    for (size_t k = 0; k < words.size(); ++k)
      if (words[k].starts_with('+')) return k;
    return 0;
  }

  static std::vector<std::string_view> verb_words(std::string_view joined) {
    std::vector<std::string_view> words;
    for (std::string_view part : split(joined, ' '))
      for (std::string_view w : split(part, '_'))
        if (!w.empty()) words.push_back(w);
    return words;
  }

  static std::string inflected_word(std::string_view joined) {
    const auto words = verb_words(joined);
    if (words.empty()) return {};
    std::string_view w = words[plus_index(words)];
    if (w.starts_with('+')) w.remove_prefix(1);
    return ascii_lower(w);
  }

  // "WIRE_+TAP" -> "wire +tap" (with `replacement` for the inflected word); one word stays bare.
  static std::string render_form(std::string_view joined, const std::string* replacement) {
    const auto words = verb_words(joined);
    const size_t head = plus_index(words);
    std::string out;
    for (size_t k = 0; k < words.size(); ++k) {
      std::string_view w = words[k];
      if (w.starts_with('+')) w.remove_prefix(1);
      if (!out.empty()) out += ' ';
      if (k == head && words.size() > 1) out += '+';
      out += k == head && replacement ? *replacement : ascii_lower(w);
    }
    return out;
  }

  std::vector<std::string_view> lines_;
  std::string name_;
  size_t i_ = 0;
  bool in_synset_ = false;
  std::unordered_map<std::string, std::vector<std::string>> synsets_;
};

}  // namespace

std::string translate_petrarch_verbs(std::string_view text, const std::string& name) {
  return VerbTranslator(text, name).translate();
}

std::string translate_petrarch_discards(std::string_view text, const std::string&) {
  std::string out;
  for (std::string_view raw : lines_of(text)) {
    std::string_view s = petrarch_content(raw);
    const bool story = s.starts_with('+');
    if (story) s.remove_prefix(1);
    const std::string phrase = collapse_space(words_of(trim(s.substr(0, s.find(';')))));
    if (!phrase.empty()) out += phrase + '\t' + (story ? "document" : "sentence");
    out += '\n';
  }
  return out;
}

}  // namespace parley
