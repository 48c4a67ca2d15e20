// What a run read, skipped and stored, and why. Every problem with an input is
// reported once on stderr with where it happened (file, or file:line) and a
// short reason code, and counted; the rest of the batch goes on.
#pragma once

#include <cstdint>
#include <map>
#include <mutex>
#include <ostream>
#include <string>
#include <string_view>

namespace parley {

struct RunCounts {
  uint64_t read = 0;            // inputs (files, JSONL records, stdin) seen
  uint64_t ignored = 0;         // files in input directories that are not documents (README.md, images)
  std::map<std::string, uint64_t> skipped;  // reason -> count
  uint64_t stored = 0;          // new documents written to the store
  uint64_t duplicates = 0;      // documents already in the store (same normalized text)
  uint64_t repaired = 0;        // documents whose invalid UTF-8 was replaced with U+FFFD
  uint64_t sentences = 0;
  uint64_t events = 0;
  uint64_t quotes = 0;
  uint64_t facts_known = 0;     // facts about actors that the store's documents taught, in use
  uint64_t facts_learned = 0;   // facts that this run's stored documents taught
  uint64_t resolved_again = 0;  // documents resolved again with what this run's earlier documents taught

  uint64_t skipped_total() const;
  // Several lines: "read 7, skipped 2 (binary 1, empty 1), stored 5, ...".
  void print(std::ostream& out) const;
};

class Diagnostics {
 public:
  explicit Diagnostics(std::ostream& err) : err_(err) {}

  // An input that could not be used: printed as "parley: WHERE: MESSAGE" and
  // counted under REASON (a short word such as "binary" or "empty").
  void skip(std::string_view where, std::string_view reason, std::string_view message);
  // A problem that does not cost the input (e.g. repaired UTF-8).
  void warn(std::string_view where, std::string_view message);

  RunCounts& counts() { return counts_; }
  const RunCounts& counts() const { return counts_; }
  std::mutex& mutex() { return mutex_; }

 private:
  std::ostream& err_;
  RunCounts counts_;
  std::mutex mutex_;
};

}  // namespace parley
