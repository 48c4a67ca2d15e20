#include "extract/boilerplate.h"

#include <re2/re2.h>

#include "util/strings.h"
#include "util/text_file.h"

namespace parley {

namespace {

using Paragraph = std::vector<std::string>;  // its lines

bool parse_scope(std::string_view s, RuleScope& scope) {
  if (s == "inline") scope = RuleScope::Inline;
  else if (s == "line") scope = RuleScope::Line;
  else if (s == "paragraph") scope = RuleScope::Paragraph;
  else if (s == "first-paragraph") scope = RuleScope::FirstParagraph;
  else if (s == "last-paragraph") scope = RuleScope::LastParagraph;
  else return false;
  return true;
}

// Splits text into paragraphs of lines: blank lines separate paragraphs; control
// characters other than tab and newline are dropped, CR and CRLF become newlines.
std::vector<Paragraph> split_paragraphs(std::string_view text) {
  std::vector<Paragraph> paragraphs(1);
  std::string line;
  auto end_line = [&] {
    std::string_view t = line;
    while (!t.empty() && (t.back() == ' ' || t.back() == '\t')) t.remove_suffix(1);
    if (trim(t).empty()) {
      if (!paragraphs.back().empty()) paragraphs.emplace_back();
    } else {
      paragraphs.back().emplace_back(t);
    }
    line.clear();
  };
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '\n' || c == '\r') {
      end_line();
      if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
    } else if (static_cast<unsigned char>(c) < 0x20 && c != '\t') {
      continue;
    } else {
      line += c;
    }
  }
  end_line();
  if (paragraphs.back().empty()) paragraphs.pop_back();
  return paragraphs;
}

// `line` without the pieces that `re` matches; each piece goes to `removed`.
std::string cut_matches(const RE2& re, const std::string& line, const std::string& rule,
                        std::vector<RemovedBlock>& removed) {
  std::string out;
  size_t pos = 0;
  re2::StringPiece match;
  while (pos < line.size() && re.Match(line, pos, line.size(), RE2::UNANCHORED, &match, 1)) {
    const size_t begin = static_cast<size_t>(match.data() - line.data());
    if (match.empty()) {  // an empty match cuts nothing; step over one byte
      out.append(line, pos, begin + 1 - pos);
      pos = begin + 1;
      continue;
    }
    out.append(line, pos, begin - pos);
    removed.push_back({rule, std::string(match)});
    pos = begin + match.size();
  }
  if (pos < line.size()) out.append(line, pos);
  if (out.size() == line.size()) return out;
  return std::string(trim(out));
}

std::string join_lines(const Paragraph& p) {
  std::string out;
  for (size_t i = 0; i < p.size(); ++i) {
    if (i) out += '\n';
    out += p[i];
  }
  return out;
}

}  // namespace

BoilerplateRules BoilerplateRules::from_rules(std::vector<BoilerplateRule> rules) {
  BoilerplateRules r;
  r.rules_ = std::move(rules);
  return r;
}

BoilerplateRules BoilerplateRules::load(const std::string& path) {
  std::vector<BoilerplateRule> rules;
  for_each_tsv_record(path, [&](const std::vector<std::string_view>& f, int line) {
    if (f.size() != 3)
      throw DataError(where(path, line) + "want 3 TAB-separated fields (name, scope, pattern), got " +
                      std::to_string(f.size()));
    BoilerplateRule rule;
    rule.name = f[0];
    if (!parse_scope(f[1], rule.scope))
      throw DataError(where(path, line) + "unknown scope \"" + std::string(f[1]) + "\"");
    RE2::Options options;
    options.set_log_errors(false);
    auto re = std::make_shared<RE2>(re2::StringPiece(f[2].data(), f[2].size()), options);
    if (!re->ok()) throw DataError(where(path, line) + "bad pattern: " + re->error());
    rule.pattern = std::move(re);
    rules.push_back(std::move(rule));
  });
  return from_rules(std::move(rules));
}

std::string BoilerplateRules::clean(std::string_view text, std::vector<RemovedBlock>& removed) const {
  std::vector<Paragraph> paragraphs = split_paragraphs(text);

  for (const auto& rule : rules_) {
    const RE2& re = *rule.pattern;
    switch (rule.scope) {
      case RuleScope::Inline:
        for (auto& p : paragraphs)
          for (auto& line : p) line = cut_matches(re, line, rule.name, removed);
        break;
      case RuleScope::Line:
        for (auto& p : paragraphs)
          std::erase_if(p, [&](const std::string& line) {
            if (!RE2::PartialMatch(line, re)) return false;
            removed.push_back({rule.name, line});
            return true;
          });
        break;
      case RuleScope::Paragraph:
        std::erase_if(paragraphs, [&](const Paragraph& p) {
          const std::string joined = join_lines(p);
          if (!RE2::PartialMatch(joined, re)) return false;
          removed.push_back({rule.name, joined});
          return true;
        });
        break;
      case RuleScope::FirstParagraph:
      case RuleScope::LastParagraph:
        break;  // applied below, once the other rules have run
    }
    std::erase_if(paragraphs, [](const Paragraph& p) {
      for (const auto& line : p)
        if (!trim(line).empty()) return false;
      return true;
    });
  }

  // The first and last paragraphs, after everything else is gone.
  for (const auto& rule : rules_) {
    if (rule.scope != RuleScope::FirstParagraph || paragraphs.empty()) continue;
    const std::string joined = join_lines(paragraphs.front());
    if (RE2::PartialMatch(joined, *rule.pattern)) {
      removed.push_back({rule.name, joined});
      paragraphs.erase(paragraphs.begin());
    }
  }
  for (bool again = true; again && !paragraphs.empty();) {
    again = false;
    for (const auto& rule : rules_) {
      if (rule.scope != RuleScope::LastParagraph || paragraphs.empty()) continue;
      const std::string joined = join_lines(paragraphs.back());
      if (RE2::PartialMatch(joined, *rule.pattern)) {
        removed.push_back({rule.name, joined});
        paragraphs.pop_back();
        again = true;
      }
    }
  }

  std::string out;
  for (const auto& p : paragraphs) {
    if (!out.empty()) out += "\n\n";
    out += join_lines(p);
  }
  return out;
}

}  // namespace parley
