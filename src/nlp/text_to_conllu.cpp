#include "nlp/text_to_conllu.h"

#include "util/strings.h"

namespace parley {

namespace {
// The clitics the tokenizer splits off ("n't", "'s", "'re" ...) and the
// possessive apostrophe ("the soldiers'"), which UD English writes as the
// second word of a multiword token.
bool is_clitic(const Document& doc, uint32_t k) {
  const std::string_view folded = doc.token_norm(k);
  if (doc.tokens[k].kind == TokenKind::Punct && (folded == "'" || folded == "\u2019")) return true;
  for (std::string_view c : {"n't", "n\u2019t", "'s", "\u2019s", "'re", "\u2019re", "'ve", "\u2019ve", "'ll", "\u2019ll",
                             "'d", "\u2019d", "'m", "\u2019m"})
    if (folded == c) return true;
  return false;
}
// The model's annotation of token k, which the analyzer has made.
void copy_annotation(const Document& doc, const Sentence& sentence, uint32_t k, ConlluWord& w) {
  const Token& t = doc.tokens[k];
  w.upos = std::string(t.upos.str());
  w.xpos = std::string(t.xpos.str());
  w.lemma = std::string(doc.token_lemma(k));
  w.head = t.head < 0 ? 0 : t.head - static_cast<int>(sentence.first_token) + 1;
  w.deprel = std::string(t.deprel.str());
}

}  // namespace

void text_to_conllu(const Analyzer& analyzer, std::string_view text,
                    const std::function<void(ConlluSentence&&)>& sink, const std::string& id_prefix) {
  Document doc;
  doc.text = std::string(text);
  analyzer.analyze(doc);
  uint32_t paragraph = UINT32_MAX;
  for (size_t s = 0; s < doc.sentences.size(); ++s) {
    const Sentence& sentence = doc.sentences[s];
    ConlluSentence c;
    c.sent_id = id_prefix + std::to_string(s + 1);
    c.text = collapse_space(doc.slice(sentence.span));
    c.newpar = sentence.paragraph != paragraph;
    paragraph = sentence.paragraph;
    if (c.newpar) c.comments.push_back("newpar");
    c.comments.push_back("sent_id = " + c.sent_id);
    c.comments.push_back("text = " + c.text);
    for (uint32_t k = sentence.first_token; k < sentence.end_token; ++k) {
      ConlluWord w;
      w.id = static_cast<int>(c.words.size()) + 1;
      w.form = std::string(doc.token_text(k));
      if (analyzer.model()) copy_annotation(doc, sentence, k, w);
      const bool no_space = k + 1 < sentence.end_token && !doc.tokens[k + 1].space_before;
      const bool clitic_next = no_space && is_clitic(doc, k + 1);
      if (clitic_next) {
        const Span surface{doc.tokens[k].span.begin, doc.tokens[k + 1].span.end};
        ConlluMultiword mw{w.id, w.id + 1, std::string(doc.slice(surface)), ""};
        const bool space_after_pair = k + 2 >= sentence.end_token || doc.tokens[k + 2].space_before;
        if (!space_after_pair) mw.misc = "SpaceAfter=No";
        c.multiwords.push_back(mw);
      } else if (no_space && !(k > sentence.first_token && !c.multiwords.empty() && c.multiwords.back().last == w.id)) {
        w.misc = "SpaceAfter=No";
      }
      c.words.push_back(std::move(w));
    }
    sink(std::move(c));
  }
}

std::vector<ConlluSentence> text_to_conllu(const Analyzer& analyzer, std::string_view text,
                                           const std::string& id_prefix) {
  std::vector<ConlluSentence> out;
  text_to_conllu(analyzer, text, [&](ConlluSentence&& s) { out.push_back(std::move(s)); }, id_prefix);
  return out;
}

}  // namespace parley
