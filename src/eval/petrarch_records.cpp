#include "eval/petrarch_records.h"

#include <map>

#include "util/strings.h"
#include "util/text_file.h"

namespace parley {

bool apply_petrarch_option(CodingOptions& o, std::string_view name, std::string_view value) {
  const std::string v = ascii_lower(trim(value));
  if (name == "require_dyad") {
    if (v != "true" && v != "false") throw DataError("require_dyad: want true or false, got \"" + v + "\"");
    o.require_dyad = v == "true";
    return true;
  }
  const bool actor_length = name == "new_actor_length";
  std::optional<int>* field = name == "comma_min"        ? &o.comma_min
                              : name == "comma_max"      ? &o.comma_max
                              : name == "comma_bmin"     ? &o.comma_bmin
                              : name == "comma_bmax"     ? &o.comma_bmax
                              : name == "comma_emin"     ? &o.comma_emin
                              : name == "comma_emax"     ? &o.comma_emax
                                                         : nullptr;
  if (!field && !actor_length) return false;
  if (v.empty() || v.find_first_not_of("0123456789") != std::string::npos)
    throw DataError(std::string(name) + ": want a number, got \"" + v + "\"");
  if (actor_length) o.new_actor_length = std::stoi(v);
  else *field = std::stoi(v);
  return true;
}

namespace {

struct Tag {
  std::string name;
  std::map<std::string, std::string> attrs;
  bool end = false;          // </name>
  bool self_closing = false; // <name/>
  int line = 0;
};

std::string decode_entities(std::string_view s) {
  static const std::pair<std::string_view, char> kEntities[] = {
      {"&amp;", '&'}, {"&lt;", '<'}, {"&gt;", '>'}, {"&quot;", '"'}, {"&apos;", '\''}};
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    bool done = false;
    for (const auto& [e, c] : kEntities)
      if (s.substr(i, e.size()) == e) {
        out += c;
        i += e.size() - 1;
        done = true;
        break;
      }
    if (!done) out += s[i];
  }
  return out;
}

// Reads the records: text and tags in order, line numbers kept.
class RecordReader {
 public:
  RecordReader(std::string_view xml, const std::string& name) : xml_(xml), name_(name) {}

  PetrarchRecords read() {
    while (pos_ < xml_.size()) {
      const size_t lt = xml_.find('<', pos_);
      text(xml_.substr(pos_, lt == std::string_view::npos ? std::string_view::npos : lt - pos_));
      if (lt == std::string_view::npos) break;
      advance_to(lt);
      if (xml_.substr(pos_, 4) == "<!--") comment();
      else if (!tag(read_tag())) break;  // <Stop>
    }
    if (record_) fail(record_->line, "<Sentence> without </Sentence>");
    return std::move(out_);
  }

 private:
  [[noreturn]] void fail(int line, const std::string& what) const { throw DataError(where(name_, line) + what); }

  void advance_to(size_t p) {
    for (; pos_ < p; ++pos_)
      if (xml_[pos_] == '\n') ++line_;
  }

  void comment() {
    const int start = line_;
    const size_t end = xml_.find("-->", pos_ + 4);
    if (end == std::string_view::npos) fail(start, "<!-- without -->");
    advance_to(end + 3);
  }

  void text(std::string_view t) {
    if (capture_) *capture_ += t;
    advance_to(pos_ + t.size());
  }

  Tag read_tag() {
    Tag t;
    t.line = line_;
    const size_t gt = xml_.find('>', pos_);
    const size_t next_lt = xml_.find('<', pos_ + 1);
    if (gt == std::string_view::npos || next_lt < gt) fail(t.line, "< without >");
    std::string_view body = xml_.substr(pos_ + 1, gt - pos_ - 1);
    advance_to(gt + 1);
    if (body.starts_with('/')) {
      t.end = true;
      body.remove_prefix(1);
    }
    if (body.ends_with('/')) {
      t.self_closing = true;
      body.remove_suffix(1);
    }
    const size_t name_end = std::min(body.find_first_of(" \t\r\n"), body.size());
    t.name = std::string(body.substr(0, name_end));
    if (t.name.empty()) fail(t.line, "tag without a name");
    attributes(body.substr(name_end), t);
    return t;
  }

  // name = "value" or name='value', blanks allowed around '='.
  void attributes(std::string_view s, Tag& t) {
    for (;;) {
      s = trim(s);
      if (s.empty()) return;
      const size_t eq = s.find('=');
      if (eq == std::string_view::npos) fail(t.line, "<" + t.name + ">: attribute without =");
      const std::string key(trim(s.substr(0, eq)));
      s = trim(s.substr(eq + 1));
      if (key.empty() || s.empty() || (s[0] != '"' && s[0] != '\''))
        fail(t.line, "<" + t.name + ">: want name=\"value\"");
      const size_t close = s.find(s[0], 1);
      if (close == std::string_view::npos) fail(t.line, "<" + t.name + ">: unclosed quote");
      t.attrs[key] = decode_entities(s.substr(1, close - 1));
      s = s.substr(close + 1);
    }
  }

  static std::string attr(const Tag& t, const std::string& key) {
    const auto it = t.attrs.find(key);
    return it == t.attrs.end() ? std::string() : it->second;
  }

  // Returns false at <Stop>, which ends the records as it ends PETRARCH's run.
  bool tag(const Tag& t) {
    if (t.name == "Stop") return false;
    if (t.end) return end_tag(t);
    if (t.name == "Config") config(t);
    else if (t.name == "Sentence") sentence(t);
    else if (t.name == "EventCoding") coding(t);
    else if (t.name == "Text" || t.name == "Verbfile" || t.name == "Actorfile" || t.name == "Agentfile" ||
             t.name == "Discardfile")
      start_capture(t);
    return true;
  }

  void start_capture(const Tag& t) {
    if (t.name == "Text" && !record_) fail(t.line, "<Text> outside a <Sentence>");
    open_ = t.name;
    captured_.clear();
    capture_ = &captured_;
  }

  bool end_tag(const Tag& t) {
    if (!open_.empty() && t.name == open_) {
      finish_capture();
    } else if (!open_.empty()) {
      fail(t.line, "</" + t.name + "> inside <" + open_ + ">");
    } else if (t.name == "Sentence") {
      if (!record_) fail(t.line, "</Sentence> without <Sentence>");
      out_.records.push_back(std::move(*record_));
      record_.reset();
    }
    return true;
  }

  void finish_capture() {
    const std::string value = collapse_space(decode_entities(captured_));
    if (open_ == "Text") record_->text = value;
    else if (open_ == "Verbfile") out_.verbs = value;
    else if (open_ == "Actorfile") out_.actors = value;
    else if (open_ == "Agentfile") out_.agents = value;
    else if (open_ == "Discardfile") out_.discards = value;
    open_.clear();
    capture_ = nullptr;
  }

  void config(const Tag& t) {
    try {
      apply_petrarch_option(options_, attr(t, "option"), attr(t, "value"));
    } catch (const DataError& e) {
      fail(t.line, e.what());
    }
  }

  void sentence(const Tag& t) {
    if (record_) fail(t.line, "<Sentence> inside the <Sentence> of line " + std::to_string(record_->line));
    record_.emplace();
    record_->id = attr(t, "id");
    record_->category = attr(t, "category");
    record_->options = options_;
    record_->line = t.line;
    if (record_->id.empty()) fail(t.line, "<Sentence> without id");
    const std::string d = attr(t, "date");
    if (!d.empty()) {
      record_->date = d.size() == 8 ? Date::parse_iso(d.substr(0, 4) + "-" + d.substr(4, 2) + "-" + d.substr(6, 2))
                                    : std::nullopt;
      if (!record_->date) fail(t.line, "date \"" + d + "\": want YYYYMMDD");
    }
  }

  void coding(const Tag& t) {
    if (!record_) fail(t.line, "<EventCoding> outside a <Sentence>");
    if (t.attrs.count("noevents")) return;
    if (t.attrs.count("error")) {
      record_->error = attr(t, "error");
      return;
    }
    for (const char* key : {"sourcecode", "targetcode", "eventcode"})
      if (attr(t, key).empty()) fail(t.line, std::string("<EventCoding> without ") + key);
    record_->gold.insert({attr(t, "sourcecode"), attr(t, "targetcode"), attr(t, "eventcode")});
  }

  std::string_view xml_;
  std::string name_;
  size_t pos_ = 0;
  int line_ = 1;
  PetrarchRecords out_;
  CodingOptions options_;  // require_dyad, as PETRARCH, until a record says otherwise
  std::optional<PetrarchRecord> record_;
  std::string open_;            // the element whose text is being read
  std::string captured_;
  std::string* capture_ = nullptr;
};

}  // namespace

PetrarchRecords read_petrarch_records(std::string_view xml, const std::string& name) {
  return RecordReader(xml, name).read();
}

PetrarchRecords load_petrarch_records(const std::string& path) {
  PetrarchRecords r = read_petrarch_records(read_file(path), path);
  // An empty or foreign file would otherwise score 0 of 0 and exit as a success.
  if (r.records.empty()) throw DataError(path + ": no <Sentence> records: not a PETRARCH records file");
  return r;
}

}  // namespace parley
