// Boilerplate removal for plain text: rules read from data/boilerplate/*.rules
// (see that file for the format) cut ad tags, toolbars, link lists, reader
// prompts, comment policies, bios and bylines out of scraped text, and keep
// what they removed so that a rule that removes too much can be seen.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "parley/document.h"

namespace re2 {
class RE2;
}

namespace parley {

enum class RuleScope { Inline, Line, Paragraph, FirstParagraph, LastParagraph };

struct BoilerplateRule {
  std::string name;
  RuleScope scope = RuleScope::Line;
  std::shared_ptr<const re2::RE2> pattern;
};

class BoilerplateRules {
 public:
  // Reads a rule file; throws DataError with file:line for a bad line or pattern.
  static BoilerplateRules load(const std::string& path);
  static BoilerplateRules from_rules(std::vector<BoilerplateRule> rules);

  // Returns `text` without its boilerplate, paragraphs separated by one blank
  // line; appends each removed piece, with the rule that removed it, to `removed`.
  std::string clean(std::string_view text, std::vector<RemovedBlock>& removed) const;

  size_t size() const { return rules_.size(); }

 private:
  std::vector<BoilerplateRule> rules_;
};

}  // namespace parley
