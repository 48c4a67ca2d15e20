// Reading NER gold files and scoring entities (see ner_eval.h). The reader
// brings every file to IOB2: an I-X that does not continue an X entity becomes
// B-X, which turns wikigold's IO tags into IOB2 and changes no entity.
#include "eval/ner_eval.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <optional>
#include <set>
#include <sstream>
#include <string_view>

#include "util/strings.h"
#include "util/text_file.h"

namespace parley {

namespace {

// A tag taken apart: "B-X" and "I-X" give 'B' or 'I' and X, "O" gives 'O'.
struct Tag {
  char prefix = 0;  // 0: the tag is none of these
  std::string_view type;

  bool valid() const { return prefix != 0; }
  bool inside(std::string_view entity_type) const { return prefix == 'I' && type == entity_type; }
};

Tag parse_tag(std::string_view tag) {
  if (tag == "O") return {'O', {}};
  if (tag.size() < 3 || (tag[0] != 'B' && tag[0] != 'I') || tag[1] != '-') return {};
  return {tag[0], tag.substr(2)};
}

// I-X that does not continue an entity of type X becomes B-X.
void to_iob2(std::vector<std::string>& tags) {
  std::string_view open_type;  // the type of the entity the previous tag is in, "" after O
  for (std::string& tag : tags) {
    const Tag t = parse_tag(tag);
    if (t.prefix == 'I' && !t.inside(open_type)) tag[0] = 'B';
    open_type = t.prefix == 'O' ? std::string_view() : std::string_view(tag).substr(2);
  }
}

class NerReader {
 public:
  NerReader(const std::string& path, bool universal_ner)
      : path_(path), universal_ner_(universal_ner) {}

  void read_line(std::string_view line, int line_no) {
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty()) return end_sentence();
    if (universal_ner_) return read_universal_ner_line(line, line_no);
    read_conll_line(line, line_no);
  }

  std::vector<NerSentence> finish() {
    end_sentence();
    return std::move(sentences_);
  }

 private:
  [[noreturn]] void fail(int line_no, const std::string& what) const {
    throw NerError(where(path_, line_no) + what);
  }

  // "ID<TAB>TOKEN<TAB>TAG<TAB>-<TAB>ANNOTATOR", or a "#" comment.
  void read_universal_ner_line(std::string_view line, int line_no) {
    if (line.front() == '#') return;
    const std::vector<std::string_view> columns = split(line, '\t');
    if (columns.size() != 5)
      fail(line_no, "expected 5 TAB-separated columns (ID TOKEN TAG - ANNOTATOR), found " +
                        std::to_string(columns.size()));
    const std::string expected_id = std::to_string(current_.tokens.size() + 1);
    if (columns[0] != expected_id)
      fail(line_no, "token id '" + std::string(columns[0]) + "', expected " + expected_id);
    add_token(columns[1], columns[2], line_no);
  }

  // "TOKEN TAG", or "TOKEN ... TAG" as in CoNLL-2003; "-DOCSTART-" ends a document.
  void read_conll_line(std::string_view line, int line_no) {
    const std::vector<std::string_view> fields = split(line, ' ');
    const bool empty_field =
        std::any_of(fields.begin(), fields.end(), [](std::string_view f) { return f.empty(); });
    if (fields.size() < 2 || empty_field)
      fail(line_no, "expected TOKEN and TAG separated by single spaces");
    if (fields.front() == "-DOCSTART-") return end_sentence();
    add_token(fields.front(), fields.back(), line_no);
  }

  void add_token(std::string_view token, std::string_view tag, int line_no) {
    if (token.empty()) fail(line_no, "empty token");
    if (!parse_tag(tag).valid())
      fail(line_no, "tag '" + std::string(tag) + "' is not O, B-TYPE or I-TYPE");
    current_.tokens.emplace_back(token);
    current_.tags.emplace_back(tag);
  }

  void end_sentence() {
    if (current_.tokens.empty()) return;
    to_iob2(current_.tags);
    sentences_.push_back(std::move(current_));
    current_ = NerSentence();
  }

  const std::string& path_;
  const bool universal_ner_;
  std::vector<NerSentence> sentences_;
  NerSentence current_;
};

struct Entity {
  size_t sentence, first, last;  // tokens first..last of the sentence
  std::string type;
  auto operator<=>(const Entity&) const = default;
};

// The entities of one side, by conlleval's rules: B-X starts one, and so does an
// I-X that does not continue an X entity; O ends one.
std::vector<Entity> entities_of(const std::vector<NerSentence>& sentences, const char* side) {
  std::vector<Entity> entities;
  for (size_t s = 0; s < sentences.size(); ++s) {
    std::optional<Entity> open;
    const auto& tags = sentences[s].tags;
    for (size_t i = 0; i < tags.size(); ++i) {
      const Tag tag = parse_tag(tags[i]);
      if (!tag.valid())
        throw NerError(std::string(side) + " sentence " + std::to_string(s + 1) + ", token " +
                       std::to_string(i + 1) + ": tag '" + tags[i] +
                       "' is not O, B-TYPE or I-TYPE");
      if (open && tag.inside(open->type)) continue;
      if (open) entities.push_back({s, open->first, i - 1, open->type});
      open.reset();
      if (tag.prefix != 'O') open = Entity{s, i, i, std::string(tag.type)};
    }
    if (open) entities.push_back({s, open->first, tags.size() - 1, open->type});
  }
  return entities;
}

void check_comparable(const std::vector<NerSentence>& gold,
                      const std::vector<NerSentence>& predicted) {
  if (gold.size() != predicted.size())
    throw NerError("gold has " + std::to_string(gold.size()) + " sentences, predicted " +
                   std::to_string(predicted.size()));
  for (size_t s = 0; s < gold.size(); ++s) {
    const std::string place = "sentence " + std::to_string(s + 1) + ": ";
    if (gold[s].tags.size() != predicted[s].tags.size())
      throw NerError(place + "gold has " + std::to_string(gold[s].tags.size()) +
                     " tags, predicted " + std::to_string(predicted[s].tags.size()));
    const auto& tokens = predicted[s].tokens;
    if (tokens.empty() || tokens == gold[s].tokens) continue;
    const auto differ =
        std::mismatch(tokens.begin(), tokens.end(), gold[s].tokens.begin(), gold[s].tokens.end());
    throw NerError(place + "gold and predicted tokens differ from token " +
                   std::to_string(differ.first - tokens.begin() + 1));
  }
}

struct EntityCounts {
  long correct = 0, gold = 0, predicted = 0;

  void add_predicted(bool is_correct) {
    ++predicted;
    correct += is_correct;
  }

  NerScore score() const {
    NerScore s;
    s.correct = correct;
    s.gold = gold;
    s.predicted = predicted;
    if (predicted) s.precision = static_cast<double>(correct) / static_cast<double>(predicted);
    if (gold) s.recall = static_cast<double>(correct) / static_cast<double>(gold);
    if (gold + predicted)
      s.f1 = 2.0 * static_cast<double>(correct) / static_cast<double>(gold + predicted);
    return s;
  }
};

}  // namespace

std::vector<NerSentence> read_ner_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw NerError(path + ": cannot open: " + std::strerror(errno));
  std::ostringstream content;
  content << in.rdbuf();
  const std::string text = content.str();
  NerReader reader(path, text.find('\t') != std::string::npos);
  std::istringstream lines(text);
  std::string line;
  for (int line_no = 1; std::getline(lines, line); ++line_no) reader.read_line(line, line_no);
  return reader.finish();
}

NerEvaluation evaluate_ner(const std::vector<NerSentence>& gold,
                           const std::vector<NerSentence>& predicted) {
  check_comparable(gold, predicted);
  const std::vector<Entity> gold_entities = entities_of(gold, "gold");
  const std::vector<Entity> predicted_entities = entities_of(predicted, "predicted");
  const std::set<Entity> gold_set(gold_entities.begin(), gold_entities.end());

  std::map<std::string, EntityCounts> by_type;
  EntityCounts overall;
  for (const Entity& e : gold_entities) {
    ++overall.gold;
    ++by_type[e.type].gold;
  }
  for (const Entity& e : predicted_entities) {
    const bool correct = gold_set.count(e) > 0;
    overall.add_predicted(correct);
    by_type[e.type].add_predicted(correct);
  }
  NerEvaluation evaluation;
  evaluation.overall = overall.score();
  for (const auto& [type, counts] : by_type) evaluation.by_type[type] = counts.score();
  return evaluation;
}

}  // namespace parley
