// Named-entity evaluation as conlleval does it: an entity is a run of tokens
// with a type, and a predicted entity is correct only when a gold entity has
// the same first token, last token and type. Also the reader for the gold files
// parley is scored on: UniversalNER's IOB2 files and CoNLL-style "TOKEN TAG"
// files such as wikigold (IO tags).
#pragma once

#include <map>
#include <stdexcept>
#include <string>
#include <vector>

namespace parley {

struct NerSentence {
  std::vector<std::string> tokens;
  std::vector<std::string> tags;  // "O", "B-TYPE" or "I-TYPE"; IOB2 after reading (IO converted)
};

class NerError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Reads a NER file, telling the format from its content: TABs mean UniversalNER
// ("# " comments, then "ID<TAB>TOKEN<TAB>TAG<TAB>-<TAB>ANNOTATOR" lines), else
// CoNLL ("TOKEN ... TAG" separated by spaces, "-DOCSTART-" lines, "#" a token).
// Blank lines end sentences. Throws NerError "FILE:LINE: what" on a malformed line.
std::vector<NerSentence> read_ner_file(const std::string& path);

// precision = correct / predicted, recall = correct / gold, f1 = 2 correct / (gold + predicted);
// 0 when the divisor is 0.
struct NerScore {
  double precision = 0, recall = 0, f1 = 0;
  long correct = 0, gold = 0, predicted = 0;
};

struct NerEvaluation {
  NerScore overall;
  std::map<std::string, NerScore> by_type;  // every type found in gold or predicted
};

// Entities as conlleval finds them: B-X starts one, and so does I-X unless it
// continues an entity of type X. The two sides must have the same number of
// sentences and of tags in each (and the same tokens where `predicted` has
// them); NerError says where they do not.
NerEvaluation evaluate_ner(const std::vector<NerSentence>& gold,
                           const std::vector<NerSentence>& predicted);

}  // namespace parley
