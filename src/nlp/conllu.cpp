// Reading and writing CoNLL-U (see conllu.h). Per line the reader checks the
// column count (10, TAB-separated, none empty), the ids (words 1..n in order, a
// multiword range followed by its words, an empty node right after its word)
// and that a multiword line has nothing but FORM and MISC; per sentence, the
// tree: every HEAD a number from 0 to n (or "_" on every word), no cycles, one
// word attached to the root. Blank lines end sentences; a missing final one is
// fine. Each error throws ConlluError "NAME:LINE: what is wrong".
#include "nlp/conllu.h"

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <cstring>
#include <fstream>
#include <istream>
#include <ostream>
#include <string_view>

#include "util/strings.h"
#include "util/text_file.h"

namespace parley {

namespace {

constexpr size_t kColumns = 10;
constexpr const char* kColumnNames[kColumns] = {"ID",    "FORM", "LEMMA",  "UPOS", "XPOS",
                                                "FEATS", "HEAD", "DEPREL", "DEPS", "MISC"};
enum Column { kId, kForm, kLemma, kUpos, kXpos, kFeats, kHead, kDeprel, kDeps, kMisc };

// A non-negative integer written plainly ("0", "12"; not "012", "+1", "1e3"); -1 otherwise.
int parse_number(std::string_view s) {
  if (s.empty() || (s.size() > 1 && s[0] == '0')) return -1;
  int value = 0;
  const auto [end, error] = std::from_chars(s.data(), s.data() + s.size(), value);
  if (error != std::errc() || end != s.data() + s.size() || value < 0) return -1;
  return value;
}

// UPOS, XPOS, FEATS, DEPREL, DEPS and MISC: "_" means absent.
std::string optional_field(std::string_view s) { return s == "_" ? "" : std::string(s); }

std::string_view or_underscore(const std::string& s) {
  return s.empty() ? std::string_view("_") : s;
}

bool starts_with(std::string_view s, std::string_view prefix) {
  return s.substr(0, prefix.size()) == prefix;
}

bool has_space_after_no(const std::string& misc) {
  for (const std::string_view item : split(misc, '|'))
    if (item == "SpaceAfter=No") return true;
  return false;
}

// Reads lines one at a time into sentences.
class ConlluReader {
 public:
  explicit ConlluReader(const std::string& name) : name_(name) {}

  void read_line(std::string_view line, int line_no) {
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty()) {
      if (in_sentence_) end_sentence();
      return;
    }
    if (!in_sentence_) first_line_ = line_no;
    in_sentence_ = true;
    if (line.front() == '#') return read_comment(line, line_no);
    const std::vector<std::string_view> columns = split(line, '\t');
    check_columns(columns, line_no);
    if (columns[kId].find('-') != std::string_view::npos) return read_multiword(columns, line_no);
    if (columns[kId].find('.') != std::string_view::npos)
      return read_empty_node(columns, line, line_no);
    read_word(columns, line_no);
  }

  std::vector<ConlluSentence> finish() {
    if (in_sentence_) end_sentence();
    return std::move(sentences_);
  }

 private:
  [[noreturn]] void fail(int line_no, const std::string& what) const {
    throw ConlluError(where(name_, line_no) + what);
  }

  void read_comment(std::string_view line, int line_no) {
    if (!current_.words.empty() || !current_.empty_nodes.empty() || !current_.multiwords.empty())
      fail(line_no, "a comment inside a sentence (comments come before its first word)");
    const std::string_view body = line.substr(starts_with(line, "# ") ? 2 : 1);
    if (starts_with(body, "sent_id = ")) current_.sent_id = body.substr(10);
    if (starts_with(body, "text = ")) current_.text = body.substr(7);
    if (body == "newdoc" || starts_with(body, "newdoc ")) current_.newdoc = true;
    if (body == "newpar" || starts_with(body, "newpar ")) current_.newpar = true;
    current_.comments.emplace_back(body);
  }

  void check_columns(const std::vector<std::string_view>& columns, int line_no) const {
    if (columns.size() != kColumns)
      fail(line_no, "expected 10 TAB-separated columns, found " + std::to_string(columns.size()));
    for (size_t i = 0; i < kColumns; ++i)
      if (columns[i].empty()) fail(line_no, std::string("empty ") + kColumnNames[i] + " (write _)");
  }

  int next_word_id() const { return static_cast<int>(current_.words.size()) + 1; }

  void check_no_open_multiword() const {
    if (open_multiword_last_ != 0)
      fail(multiword_line_,
           "the multiword token " + std::to_string(current_.multiwords.back().first) + "-" +
               std::to_string(open_multiword_last_) + " is not followed by its words");
  }

  void read_word(const std::vector<std::string_view>& columns, int line_no) {
    const int id = parse_number(columns[kId]);
    if (id < 1) fail(line_no, "bad word id '" + std::string(columns[kId]) + "'");
    if (id != next_word_id())
      fail(line_no, "word id " + std::to_string(id) + " out of order: expected " +
                        std::to_string(next_word_id()));
    ConlluWord w;
    w.id = id;
    w.form = columns[kForm];
    w.lemma = columns[kLemma];
    w.upos = optional_field(columns[kUpos]);
    w.xpos = optional_field(columns[kXpos]);
    w.feats = optional_field(columns[kFeats]);
    w.head = columns[kHead] == "_" ? -1 : parse_number(columns[kHead]);
    if (columns[kHead] != "_" && w.head < 0)
      fail(line_no, "HEAD '" + std::string(columns[kHead]) + "' is neither a number nor _");
    w.deprel = optional_field(columns[kDeprel]);
    w.deps = optional_field(columns[kDeps]);
    w.misc = optional_field(columns[kMisc]);
    current_.words.push_back(std::move(w));
    word_lines_.push_back(line_no);
    if (id == open_multiword_last_) open_multiword_last_ = 0;
  }

  void read_multiword(const std::vector<std::string_view>& columns, int line_no) {
    check_no_open_multiword();
    const std::string id(columns[kId]);
    const size_t dash = id.find('-');
    const int first = parse_number(std::string_view(id).substr(0, dash));
    const int last = parse_number(std::string_view(id).substr(dash + 1));
    if (first < 1 || last <= first) fail(line_no, "bad multiword range '" + id + "'");
    if (first != next_word_id())
      fail(line_no, "multiword range " + id + " out of order: expected it to start at word " +
                        std::to_string(next_word_id()));
    for (size_t i = kLemma; i < kMisc; ++i)
      if (columns[i] != "_")
        fail(line_no, std::string("a multiword token has only FORM and MISC, but its ") +
                          kColumnNames[i] + " is '" + std::string(columns[i]) + "'");
    current_.multiwords.push_back(
        {first, last, std::string(columns[kForm]), optional_field(columns[kMisc])});
    open_multiword_last_ = last;
    multiword_line_ = line_no;
  }

  void read_empty_node(const std::vector<std::string_view>& columns, std::string_view line,
                       int line_no) {
    check_no_open_multiword();
    const std::string_view id = columns[kId];
    const size_t dot = id.find('.');
    const int after = parse_number(id.substr(0, dot));
    if (after < 0 || parse_number(id.substr(dot + 1)) < 1)
      fail(line_no, "bad empty node id '" + std::string(id) + "'");
    if (after != next_word_id() - 1)
      fail(line_no, "empty node " + std::string(id) + " out of order: it comes after word " +
                        std::to_string(next_word_id() - 1));
    current_.empty_nodes.push_back({after, std::string(line)});
  }

  void end_sentence() {
    check_no_open_multiword();
    if (current_.words.empty()) fail(first_line_, "a sentence without words");
    check_heads();
    sentences_.push_back(std::move(current_));
    current_ = ConlluSentence();
    word_lines_.clear();
    in_sentence_ = false;
  }

  void check_heads() const {
    const auto& words = current_.words;
    const size_t headless = static_cast<size_t>(
        std::count_if(words.begin(), words.end(), [](const ConlluWord& w) { return w.head < 0; }));
    if (headless == words.size()) return;
    const int n = static_cast<int>(words.size());
    int root = 0;
    for (const ConlluWord& w : words) {
      const int line_no = word_lines_[w.id - 1];
      if (w.head < 0) fail(line_no, "HEAD is _ but other words of the sentence have heads");
      if (w.head > n)
        fail(line_no,
             "HEAD " + std::to_string(w.head) + " is out of range 0.." + std::to_string(n));
      if (w.head == 0 && root != 0)
        fail(line_no, "a second word attached to the root: word " + std::to_string(w.id) + " (" +
                          w.deprel + ") after word " + std::to_string(root) + " (" +
                          words[root - 1].deprel + ")");
      if (w.head == 0) root = w.id;
    }
    check_reaches_root();
  }

  // Follows the heads from every word; a word whose heads loop never reaches 0.
  void check_reaches_root() const {
    const auto& words = current_.words;
    enum State : char { kUnseen, kOnPath, kReachesRoot };
    std::vector<State> state(words.size() + 1, kUnseen);
    state[0] = kReachesRoot;
    for (int start = 1; start <= static_cast<int>(words.size()); ++start) {
      std::vector<int> path;
      int w = start;
      for (; state[w] == kUnseen; w = words[w - 1].head) {
        state[w] = kOnPath;
        path.push_back(w);
      }
      if (state[w] == kOnPath)
        fail(word_lines_[start - 1], "word " + std::to_string(start) +
                                         " does not reach the root: its heads run into the cycle " +
                                         describe_cycle(w));
      for (const int p : path) state[p] = kReachesRoot;
    }
  }

  std::string describe_cycle(int start) const {
    std::string out = std::to_string(start);
    for (int w = current_.words[start - 1].head; w != start; w = current_.words[w - 1].head)
      out += " -> " + std::to_string(w);
    return out + " -> " + std::to_string(start);
  }

  const std::string& name_;
  std::vector<ConlluSentence> sentences_;
  ConlluSentence current_;
  std::vector<int> word_lines_;  // the line of each word of current_
  bool in_sentence_ = false;
  int first_line_ = 0;
  int open_multiword_last_ = 0;  // the last word of a range whose words are still to come
  int multiword_line_ = 0;
};

void write_comments(std::ostream& out, const ConlluSentence& s, size_t position) {
  if (!s.comments.empty()) {
    for (const std::string& c : s.comments) out << (c.empty() ? "#" : "# ") << c << '\n';
    return;
  }
  if (s.newdoc) out << "# newdoc\n";
  if (s.newpar) out << "# newpar\n";
  out << "# sent_id = " << (s.sent_id.empty() ? std::to_string(position) : s.sent_id) << '\n';
  out << "# text = " << (s.text.empty() ? surface_text(s) : s.text) << '\n';
}

void write_word(std::ostream& out, const ConlluWord& w) {
  out << w.id << '\t' << or_underscore(w.form) << '\t' << or_underscore(w.lemma) << '\t'
      << or_underscore(w.upos) << '\t' << or_underscore(w.xpos) << '\t' << or_underscore(w.feats)
      << '\t' << (w.head < 0 ? "_" : std::to_string(w.head)) << '\t' << or_underscore(w.deprel)
      << '\t' << or_underscore(w.deps) << '\t' << or_underscore(w.misc) << '\n';
}

void write_multiword(std::ostream& out, const ConlluMultiword& m) {
  out << m.first << '-' << m.last << '\t' << or_underscore(m.form) << "\t_\t_\t_\t_\t_\t_\t_\t"
      << or_underscore(m.misc) << '\n';
}

void write_empty_nodes_after(std::ostream& out, const ConlluSentence& s, int word_id) {
  for (const ConlluEmptyNode& e : s.empty_nodes)
    if (e.after == word_id) out << e.line << '\n';
}

}  // namespace

void write_conllu_sentence(std::ostream& out, const ConlluSentence& s, size_t position) {
  write_comments(out, s, position);
  write_empty_nodes_after(out, s, 0);
  size_t next_multiword = 0;
  for (const ConlluWord& w : s.words) {
    if (next_multiword < s.multiwords.size() && s.multiwords[next_multiword].first == w.id)
      write_multiword(out, s.multiwords[next_multiword++]);
    write_word(out, w);
    write_empty_nodes_after(out, s, w.id);
  }
  out << '\n';
}

bool ConlluSentence::space_after(int word_id) const {
  for (const ConlluMultiword& m : multiwords)
    if (word_id >= m.first && word_id <= m.last)
      return word_id == m.last && !has_space_after_no(m.misc);
  return !has_space_after_no(words.at(static_cast<size_t>(word_id - 1)).misc);
}

std::vector<ConlluSentence> read_conllu(std::istream& in, const std::string& name) {
  ConlluReader reader(name);
  std::string line;
  int line_no = 0;
  while (std::getline(in, line)) reader.read_line(line, ++line_no);
  if (in.bad()) throw ConlluError(name + ": read error after line " + std::to_string(line_no));
  return reader.finish();
}

std::vector<ConlluSentence> read_conllu_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw ConlluError(path + ": cannot open: " + std::strerror(errno));
  return read_conllu(in, path);
}

void write_conllu(std::ostream& out, const std::vector<ConlluSentence>& sentences) {
  for (size_t i = 0; i < sentences.size(); ++i) write_conllu_sentence(out, sentences[i], i + 1);
}

std::string surface_text(const ConlluSentence& s) {
  std::string text;
  size_t next_multiword = 0;
  const int n = static_cast<int>(s.words.size());
  for (int id = 1; id <= n;) {
    const bool multiword =
        next_multiword < s.multiwords.size() && s.multiwords[next_multiword].first == id;
    const int last = multiword ? s.multiwords[next_multiword].last : id;
    text += multiword ? s.multiwords[next_multiword++].form : s.words[id - 1].form;
    if (last < n && s.space_after(last)) text += ' ';
    id = last + 1;
  }
  return text;
}

}  // namespace parley
