// How the query commands write what the store holds: an aligned table for
// people, JSON Lines (the records of DESIGN.md) and CSV for other tools.
#pragma once

#include <ostream>
#include <string>
#include <vector>

#include "parley/store.h"

namespace parley::cli {

enum class Format { Table, Jsonl, Csv };
// "table", "jsonl", "csv"; throws std::invalid_argument otherwise.
Format parse_format(const std::string& name);

void write_events(std::ostream& out, const std::vector<StoredEvent>& events, Format format);
void write_quotes(std::ostream& out, const std::vector<StoredQuote>& quotes, Format format);
void write_actors(std::ostream& out, const std::vector<StoredActorSummary>& actors, Format format);
void write_documents(std::ostream& out, const std::vector<StoredDocument>& docs, Format format);

}  // namespace parley::cli
