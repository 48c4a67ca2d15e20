#include "events/verb_dictionary.h"

#include "util/strings.h"
#include "util/text_file.h"
#include "util/utf8.h"

namespace parley {

VerbCode VerbCode::parse(std::string_view text) {
  VerbCode c;
  text = trim(text);
  const size_t colon = text.find(':');
  std::string_view active = text.substr(0, colon);
  if (active != "---" && active != "-") c.active = std::string(active);
  if (colon != std::string_view::npos) {
    c.has_passive = true;
    const std::string_view passive = text.substr(colon + 1);
    if (passive != "---") c.passive = std::string(passive);
  }
  return c;
}

// Reads one dictionary file (`path` names it in errors) into the VerbDictionary.
class VerbDictionary::Reader {
 public:
  using Synsets = std::unordered_map<std::string, std::vector<std::vector<std::string>>>;

  Reader(VerbDictionary& dict, const Tokenizer& tokenizer, const std::string& path, Synsets& synsets)
      : d_(dict), tokenizer_(tokenizer), path_(path), synsets_(synsets) {}

  // First the synsets of every file, so that parley's file, read first, can
  // use those of verbs.txt.
  void read_synsets(std::string_view content) {
    for_each_tsv_line(content, [&](const std::vector<std::string_view>& f, int line) {
      line_ = line;
      if (f[0] == "synset") synset(f);
    });
  }

  void read(std::string_view content) {
    for_each_tsv_line(content, [&](const std::vector<std::string_view>& f, int line) {
      line_ = line;
      const std::string_view type = f[0];
      if (type == "synset") return;  // read_synsets
      else if (type == "block") block(f);
      else if (type == "verb") verb(f);
      else if (type == "pattern") pattern(f);
      else if (type == "transform") return;  // verb composition: used by the parse-based coder
      else fail("unknown record type \"" + std::string(type) + "\"");
    });
  }

 private:
  [[noreturn]] void fail(const std::string& message) const { throw DataError(where(path_, line_) + message); }

  std::vector<std::string> words(std::string_view phrase) const { return tokenizer_.folded_words(phrase); }

  void synset(const std::vector<std::string_view>& f) {
    if (f.size() != 3 || !f[1].starts_with('&')) fail("want: synset <TAB> &NAME <TAB> phrase|phrase");
    auto& alternatives = synsets_[std::string(f[1])];
    for (std::string_view p : split(f[2], '|'))
      if (!trim(p).empty()) alternatives.push_back(words(trim(p)));
  }

  // A block named again (in a later file) adds its verbs and patterns to the
  // first one, whose code wins: parley's file can give a block of verbs.txt a
  // code of its own ("block REFUSE 120") and keep all of its patterns.
  void block(const std::vector<std::string_view>& f) {
    if (f.size() != 3) fail("want: block <TAB> NAME <TAB> CODE");
    for (size_t i = 0; i < d_.blocks_.size(); ++i)
      if (d_.blocks_[i].name == f[1]) {
        current_ = i;
        return;
      }
    current_ = d_.blocks_.size();
    d_.blocks_.push_back({std::string(f[1]), VerbCode::parse(f[2]), {}});
  }

  VerbBlock& current_block() {
    if (current_ == kNoBlock) fail("verb or pattern before any block");
    return d_.blocks_[current_];
  }

  void verb(const std::vector<std::string_view>& f) {
    if (f.size() != 4) fail("want: verb <TAB> LEMMA <TAB> CODE <TAB> form|form");
    VerbBlock& b = current_block();
    const auto block_id = static_cast<uint32_t>(&b - d_.blocks_.data());
    const std::string lemma(trim(f[1]));
    const VerbCode code = trim(f[2]) == "-" ? b.code : VerbCode::parse(f[2]);
    const auto lemma_words = words(lemma);
    for (std::string_view form : split(f[3], '|')) {
      form = trim(form);
      if (form.empty()) continue;
      VerbForm v;
      v.block = block_id;
      v.lemma = lemma;
      v.code = code;
      // The '+' marks the inflected word of a multi-word verb.
      std::string plain;
      uint32_t word_index = 0;
      for (std::string_view w : split(form, ' ')) {
        if (w.starts_with('+')) {
          v.head = word_index;
          w.remove_prefix(1);
        }
        if (!plain.empty()) plain += ' ';
        plain += w;
        ++word_index;
      }
      const auto form_words = words(plain);
      const std::string& head = form_words.empty() ? plain : form_words[std::min<size_t>(v.head, form_words.size() - 1)];
      v.gerund = head.size() > 4 && head.ends_with("ing");
      v.participle = form_words != lemma_words && !v.gerund && !(head.ends_with("s") && !head.ends_with("ss"));
      const auto id = static_cast<uint32_t>(d_.forms_.size());
      if (d_.form_index_.add(form_words, id)) d_.forms_.push_back(std::move(v));
    }
  }

  void pattern(const std::vector<std::string_view>& f) {
    if (f.size() < 3) fail("want: pattern <TAB> CODE <TAB> PATTERN");
    VerbPattern p;
    p.code = VerbCode::parse(f[1]);
    p.text = std::string(trim(f[2]));
    bool after = false;
    for (std::string_view raw : split(p.text, ' ')) {
      std::string w;
      for (char c : raw)
        if (c != '(' && c != ')' && c != '{' && c != '}') w += c;
      if (w.empty()) continue;
      if (w == "*") {
        after = true;
        continue;
      }
      PatternSlot slot;
      if (w == "$") slot.kind = PatternSlot::Kind::Source;
      else if (w == "+") slot.kind = PatternSlot::Kind::Target;
      else if (w == "%") slot.kind = PatternSlot::Kind::Compound;
      else if (w == "^") slot.kind = PatternSlot::Kind::Skip;
      else if (w.starts_with('&')) {
        const auto it = synsets_.find(w);
        if (it == synsets_.end()) return;  // PETRARCH skips a pattern with an undefined synset too
        slot.alternatives = it->second;
      } else {
        for (std::string_view alt : split(w, '/')) {
          std::string phrase(alt);
          for (char& c : phrase)
            if (c == '_') c = ' ';
          slot.alternatives.push_back(words(phrase));
        }
      }
      if (slot.kind == PatternSlot::Kind::Words) ++p.weight;
      (after ? p.after : p.before).push_back(std::move(slot));
    }
    current_block().patterns.push_back(std::move(p));
  }

  VerbDictionary& d_;
  const Tokenizer& tokenizer_;
  std::string path_;
  int line_ = 0;
  static constexpr size_t kNoBlock = SIZE_MAX;
  size_t current_ = kNoBlock;  // the block that verbs and patterns go to
  Synsets& synsets_;
};

VerbDictionary VerbDictionary::read(const std::vector<std::string_view>& texts, const std::vector<std::string>& names,
                                    const Tokenizer& tokenizer) {
  VerbDictionary d;
  Reader::Synsets synsets;
  for (size_t i = 0; i < texts.size(); ++i) Reader(d, tokenizer, names[i], synsets).read_synsets(texts[i]);
  for (size_t i = 0; i < texts.size(); ++i) Reader(d, tokenizer, names[i], synsets).read(texts[i]);
  return d;
}

VerbDictionary VerbDictionary::load(const std::vector<std::string>& paths, const Tokenizer& tokenizer) {
  std::vector<std::string> contents;
  for (const auto& path : paths) contents.push_back(read_file(path));
  return read(std::vector<std::string_view>(contents.begin(), contents.end()), paths, tokenizer);
}

VerbDictionary VerbDictionary::load_text(std::string_view text, const std::string& name, const Tokenizer& tokenizer) {
  return read({text}, {name}, tokenizer);
}

}  // namespace parley
