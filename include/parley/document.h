// The data model that every stage shares: a Document with its metadata, its
// clean text and, as the stages fill them in, its tokens, sentences, actor
// mentions, events and quotes. Every position is a byte span into `text`, so
// that each fact can be traced to the words that support it.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "parley/actor.h"
#include "parley/date.h"
#include "parley/event.h"
#include "parley/span.h"
#include "parley/symbol.h"

namespace parley {

enum class TokenKind : uint8_t {
  Word,         // letters, possibly with digits, internal hyphens or periods ("U.S.")
  Number,       // digits with separators ("2,000", "3.5")
  Punct,        // . , ; : ! ? ( ) and the like
  Quote,        // " “ ” ‘ ’ « » used as quotation marks
  Symbol,       // $ % & and other symbols
  Ellipsis,     // "..." or "…"
  Bullet,       // • ‣ ▪ at the start of a list item
};

struct Token {
  Span span;
  Span norm;                     // the case-folded form, a span of Document::norm
  TokenKind kind = TokenKind::Word;
  bool space_before = false;     // whitespace precedes the token
  bool line_start = false;       // first token on its line
  // Filled by the NLP model (empty when none is loaded):
  Symbol upos, xpos;             // universal and Penn Treebank part of speech
  Symbol deprel;                 // dependency relation to the head ("nsubj", "obl:agent")
  Symbol entity;                 // BIO entity tag ("B-PER", "I-LOC", "O")
  int32_t head = -1;             // index of the head token in Document::tokens; -1 for the root
  Span lemma;                    // a span of Document::lemmas
};

// A sentence: its span and the range [first_token, end_token) of Document::tokens.
struct Sentence {
  Span span;
  uint32_t first_token = 0;
  uint32_t end_token = 0;
  uint32_t paragraph = 0;        // index of the paragraph (blank-line separated block)
};

enum class InputFormat : uint8_t { Text, Html, JsonLines };
std::string_view format_name(InputFormat format);

struct DocumentMeta {
  std::string file;              // input file name (or "-" for stdin), or the record's URL
  std::string url;
  std::string source;            // the outlet
  std::string title;
  std::string author;
  std::string language;
  std::optional<Date> published;
};

// Sets the fields of `into` that are empty (or unknown) to those of `from`:
// what the input said first, then a manifest, then the page itself.
void fill_missing(DocumentMeta& into, const DocumentMeta& from);

// A stretch of input that the cleaning stage removed, and the rule that removed it.
struct RemovedBlock {
  std::string rule;
  std::string text;
};

struct Document {
  std::string id;                // hex hash of the normalized clean text
  DocumentMeta meta;
  InputFormat format = InputFormat::Text;
  std::string raw;               // the input as read (valid UTF-8 after repair)
  std::string text;              // clean text: what every span points into
  uint32_t utf8_repairs = 0;     // invalid byte sequences replaced with U+FFFD

  std::vector<RemovedBlock> removed;
  std::string norm;              // case-folded token forms, back to back (see Token::norm)
  std::string lemmas;            // lemmas, back to back (see Token::lemma)
  std::vector<Token> tokens;
  std::vector<Sentence> sentences;
  std::vector<Mention> mentions;
  std::vector<ActorFact> facts;  // what titles and appositions taught (the resolve stage)
  std::vector<Event> events;
  std::vector<Quote> quotes;

  std::string_view slice(Span s) const { return std::string_view(text).substr(s.begin, s.size()); }
  std::string_view token_text(uint32_t i) const { return slice(tokens[i].span); }
  // Token i case-folded ("Russia" -> "russia"): the form dictionaries look up.
  std::string_view token_norm(uint32_t i) const {
    return std::string_view(norm).substr(tokens[i].norm.begin, tokens[i].norm.size());
  }
  std::string_view token_lemma(uint32_t i) const {
    return std::string_view(lemmas).substr(tokens[i].lemma.begin, tokens[i].lemma.size());
  }
  // Every token's case-folded form, for dictionary lookups.
  std::vector<std::string_view> norm_words() const;
};

}  // namespace parley
