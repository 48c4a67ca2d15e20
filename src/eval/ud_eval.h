// The CoNLL 2018 shared task metrics (conll18_ud_eval.py, UniversalDependencies/
// tools), reimplemented: tokens and sentences scored as character spans, words
// aligned through multiword tokens, then tags, lemmas and the tree scored over
// the aligned words. parley's trained NLP stack is measured with these numbers
// so that they compare with published UD results.
#pragma once

#include <stdexcept>
#include <string>
#include <vector>

#include "nlp/conllu.h"

namespace parley {

// precision = correct / system_total, recall = correct / gold_total,
// f1 = 2 correct / (gold_total + system_total); 0 when the divisor is 0.
struct UdScore {
  double precision = 0, recall = 0, f1 = 0;
  long correct = 0, gold_total = 0, system_total = 0;
};

struct UdEvaluation {
  UdScore tokens, sentences, words, upos, xpos, ufeats, alltags, lemmas, uas, las;
};

// Gold and system do not cover the same text (or cannot be compared at all).
class UdEvalError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Scores `system` against `gold`. Both must spell the same characters once
// white space (Unicode Zs) is removed; UdEvalError says where they first differ.
UdEvaluation evaluate_ud(const std::vector<ConlluSentence>& gold,
                         const std::vector<ConlluSentence>& system);
// The same for two CoNLL-U files; ConlluError when one cannot be read.
UdEvaluation evaluate_ud_files(const std::string& gold_path, const std::string& system_path);

}  // namespace parley
