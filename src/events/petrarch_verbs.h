// PETRARCH's verb and discard dictionaries (the formats of PETRARCH2's
// data/dictionaries, e.g. PETR.Validate.verbs.txt) translated into parley's
// own formats (docs/data-formats.md), so that the one reader of each format
// (VerbDictionary::load_text, DiscardList::load_text) builds them. Used to run
// parley on PETRARCH's unit-test records with their own dictionaries.
//
// Each source line becomes exactly one output line (empty when it adds
// nothing), so an error the parley reader finds names the source line.
#pragma once

#include <string>
#include <string_view>

namespace parley {

// Verbs: `&NAME` synsets with `+word` members (plurals added unless the name
// or the member ends in `_`; `+&OTHER` includes another synset), blocks
// `--- NAME [CODE] ---`, verbs `WORD_+WORD {forms} [CODE]` (`+` marks the
// inflected word; `{}` means this form only; otherwise the regular forms and
// the braces' forms), patterns `- words * words [CODE] # comment`, `~` rules.
// Throws DataError with name:line for a line it cannot read.
std::string translate_petrarch_verbs(std::string_view text, const std::string& name);

// Discards: `PHRASE # comment`, `+PHRASE` for the whole story.
std::string translate_petrarch_discards(std::string_view text, const std::string& name);

// The text of a PETRARCH dictionary line without its comment (`#` to the end;
// a line starting with `<` is an XML-style comment; a `#` inside [...] is
// part of a code), trimmed.
std::string_view petrarch_content(std::string_view line);

}  // namespace parley
