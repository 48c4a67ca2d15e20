#include "nlp/gum_entities.h"

#include <algorithm>
#include <map>
#include <string_view>

#include "util/strings.h"

namespace parley {

namespace {

struct Mention {
  int first = 0, last = 0;  // word indexes, inclusive
  std::string type;         // PER, LOC, ORG, or "" for a kind parley does not tag
  bool named = false;
};

std::string ner_type(std::string_view gum_type) {
  if (gum_type == "person") return "PER";
  if (gum_type == "place") return "LOC";
  if (gum_type == "organization") return "ORG";
  return {};
}

std::string_view entity_field(std::string_view misc) {
  for (std::string_view part : split(misc, '|'))
    if (part.starts_with("Entity=")) return part.substr(7);
  return {};
}

// Applies one word's Entity= value: "(1-person-new-...-Barack_Obama" opens,
// "1)" closes, "(2-place-...)" opens and closes on this word.
void read_entities(std::string_view spec, int word, std::map<std::string, Mention>& open, std::vector<Mention>& done) {
  size_t i = 0;
  while (i < spec.size()) {
    if (spec[i] == '(') {
      size_t j = i + 1;
      while (j < spec.size() && spec[j] != '(' && spec[j] != ')') ++j;
      const auto fields = split(spec.substr(i + 1, j - i - 1), '-');
      Mention m{word, word, fields.size() > 1 ? ner_type(fields[1]) : "", fields.size() > 7};
      const std::string id = fields.empty() ? "" : std::string(fields[0]);
      if (j < spec.size() && spec[j] == ')') {
        done.push_back(m);
        ++j;
      } else {
        open[id] = m;
      }
      i = j;
    } else {
      size_t j = i;
      while (j < spec.size() && spec[j] != ')' && spec[j] != '(') ++j;
      if (j < spec.size() && spec[j] == ')') {
        const auto it = open.find(std::string(spec.substr(i, j - i)));
        if (it != open.end()) {
          it->second.last = word;
          done.push_back(it->second);
          open.erase(it);
        }
        ++j;
      }
      i = j;
    }
  }
}

// A word of a name: a proper noun, or capitalized ("New" in "New York" is an
// adjective in GUM); a determiner never starts one.
bool proper(const ConlluWord& w) {
  if (w.upos == "PROPN") return true;
  if (w.upos == "DET" || w.upos == "PRON" || w.upos == "PUNCT" || w.form.empty()) return false;
  return w.form[0] >= 'A' && w.form[0] <= 'Z';
}
bool connector(const ConlluWord& w) {
  return w.form == "of" || w.form == "the" || w.form == "and" || w.form == "&" || w.form == "de" || w.form == "for";
}

// The name inside a mention: its first run of name words, connectors allowed
// between them. Sets first > last when there is none.
void cut_to_name(const ConlluSentence& s, Mention& m) {
  int k = m.first;
  while (k <= m.last && !proper(s.words[static_cast<size_t>(k)])) ++k;
  const int start = k;
  int end = k - 1;
  while (k <= m.last) {
    const auto& w = s.words[static_cast<size_t>(k)];
    if (proper(w)) {
      end = k++;
    } else if (connector(w) && k + 1 <= m.last) {
      ++k;
    } else {
      break;
    }
  }
  m.first = start;
  m.last = end;
}

}  // namespace

std::vector<NerSentence> entities_from_conllu(const std::vector<ConlluSentence>& sentences) {
  std::vector<NerSentence> out;
  std::map<std::string, Mention> open;  // entities may span sentences in GUM; they are dropped
  for (const auto& s : sentences) {
    open.clear();
    std::vector<Mention> done;
    for (size_t i = 0; i < s.words.size(); ++i)
      read_entities(entity_field(s.words[i].misc), static_cast<int>(i), open, done);
    NerSentence n;
    for (const auto& w : s.words) n.tokens.push_back(w.form);
    n.tags.assign(s.words.size(), "O");
    // Outermost first: longer spans before the mentions inside them.
    std::sort(done.begin(), done.end(), [](const Mention& a, const Mention& b) {
      return a.last - a.first > b.last - b.first;
    });
    std::vector<bool> taken(s.words.size(), false);
    for (Mention m : done) {
      if (m.type.empty() || !m.named) continue;
      cut_to_name(s, m);
      if (m.first > m.last) continue;
      bool free = true;
      for (int k = m.first; k <= m.last; ++k) free &= !taken[static_cast<size_t>(k)];
      if (!free) continue;
      for (int k = m.first; k <= m.last; ++k) {
        taken[static_cast<size_t>(k)] = true;
        n.tags[static_cast<size_t>(k)] = (k == m.first ? "B-" : "I-") + m.type;
      }
    }
    out.push_back(std::move(n));
  }
  return out;
}

}  // namespace parley
