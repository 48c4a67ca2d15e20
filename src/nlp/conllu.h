// CoNLL-U, the Universal Dependencies file format: reading it (with the checks
// that catch a broken treebank or a broken parser output early, each error
// naming its file and line) and writing it the way UDPipe does. The trained NLP
// stack learns from UD treebanks and is scored on them, so what is read and
// written back must be the same file, byte for byte.
//
// Fields are kept as written, except that "_" in UPOS, XPOS, FEATS, DEPREL, DEPS
// and MISC reads as "" (absent); FORM and LEMMA keep "_", which can be a real
// word. The writer writes "_" for every empty field.
#pragma once

#include <iosfwd>
#include <stdexcept>
#include <string>
#include <vector>

namespace parley {

// One syntactic word: a line with an integer id.
struct ConlluWord {
  int id = 0;
  std::string form, lemma, upos, xpos, feats;
  int head = -1;  // -1 = "_" (the sentence has no tree)
  std::string deprel, deps, misc;
};

// A multiword token: a range line such as "5-6 don't" over words 5 and 6.
struct ConlluMultiword {
  int first = 0, last = 0;
  std::string form, misc;
};

// An empty node of the enhanced graph ("8.1"): not a word, kept as written only
// so that the sentence can be written back.
struct ConlluEmptyNode {
  int after = 0;     // the word it follows (0: before the first word)
  std::string line;  // the whole line, without its newline
};

struct ConlluSentence {
  std::vector<std::string> comments;        // every comment line as written, without "# ", in order
  std::string sent_id, text;                // from "# sent_id = " and "# text = " ("" if absent)
  bool newdoc = false, newpar = false;      // "# newdoc" / "# newpar" present
  std::vector<ConlluWord> words;            // ids 1..n in order
  std::vector<ConlluMultiword> multiwords;  // sorted by first
  std::vector<ConlluEmptyNode> empty_nodes;

  // False when the word has SpaceAfter=No in MISC, or ends a multiword token
  // that has it, or lies inside a multiword token before its last word.
  bool space_after(int word_id) const;
};

class ConlluError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Reads every sentence of `in`; `name` is the file name the errors give
// ("NAME:LINE: what is wrong"). See conllu.cpp for what is checked.
std::vector<ConlluSentence> read_conllu(std::istream& in, const std::string& name);
// The same for a file; also a ConlluError when the file cannot be read.
std::vector<ConlluSentence> read_conllu_file(const std::string& path);

// Writes each sentence as UDPipe does: its comments (when it has none,
// "# newdoc" and "# newpar" as flagged, then "# sent_id = " with sent_id or the
// 1-based position, and "# text = " with text or surface_text), then the lines
// (a multiword range before its first word, empty nodes after their word), then
// a blank line.
void write_conllu(std::ostream& out, const std::vector<ConlluSentence>& sentences);
// One sentence so; `position` (1-based) is its sent_id when it has none.
void write_conllu_sentence(std::ostream& out, const ConlluSentence& sentence, size_t position);

// The sentence's surface text rebuilt from its tokens and SpaceAfter=No flags.
std::string surface_text(const ConlluSentence& s);

}  // namespace parley
