// Raw text to CoNLL-U sentences, for `parley parse` and `parley eval ud --raw`:
// the analyze stage's tokens and sentences, with clitics written as UD
// multiword tokens ("don't" -> do + n't under one token), SpaceAfter=No where
// no space follows, "# newpar" at paragraph starts and "# text" for each sentence;
// when the analyzer has a model, each word's tags, lemma, head and relation.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "nlp/analyzer.h"
#include "nlp/conllu.h"

namespace parley {

std::vector<ConlluSentence> text_to_conllu(const Analyzer& analyzer, std::string_view text,
                                           const std::string& id_prefix = "");
// The same, each sentence handed to `sink` as soon as it is made, so that a
// long text's sentences need not all be held at once (`parley parse`).
void text_to_conllu(const Analyzer& analyzer, std::string_view text,
                    const std::function<void(ConlluSentence&&)>& sink, const std::string& id_prefix = "");

}  // namespace parley
