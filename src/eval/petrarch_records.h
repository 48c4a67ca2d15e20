// PETRARCH's validation records (PETRARCH2's data/text/PETR.UnitTest.records.xml):
// the dictionaries named in <Environment>, then <Sentence date id category>
// records with their gold <EventCoding> triples and <Text>. <Config option
// value> elements between records change the coder's options for the records
// that follow. <Parse> (PETRARCH's constituency parse) is skipped: parley
// analyses the text itself. A small XML reader of its own: the file is XML in
// name only (attribute values in single or double quotes, blanks around `=`).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "eval/event_comparison.h"
#include "parley/event.h"
#include "parley/date.h"

namespace parley {

struct PetrarchRecord {
  std::string id, category;
  std::optional<Date> date;
  std::string text;        // white space collapsed: a record is one sentence
  EventSet gold;           // empty for `noevents` and `error` records
  std::string error;       // error="storydiscard", "sentencediscard", ...: PETRARCH codes nothing
  CodingOptions options;    // as the <Config> elements before it left them
  int line = 0;            // where the record starts
};

struct PetrarchRecords {
  // The dictionary files named in <Environment> (file names, relative to the
  // dictionary directory); empty when not named.
  std::string verbs, actors, agents, discards;
  std::vector<PetrarchRecord> records;
};

// Throws DataError with name:line for malformed XML (an unclosed tag or
// comment, a mismatched end tag, a bad attribute, a bad date or option value).
PetrarchRecords read_petrarch_records(std::string_view xml, const std::string& name);
// The same from a file, which must hold at least one record.
PetrarchRecords load_petrarch_records(const std::string& path);

// Applies <Config option=NAME value=VALUE>; false for an option the coder has
// no use for (stop_on_error). Throws DataError (no position) for a bad value.
bool apply_petrarch_option(CodingOptions& options, std::string_view name, std::string_view value);

}  // namespace parley
