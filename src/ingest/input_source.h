// The ingest stage's front door: turns the command line's inputs (files,
// directories read recursively, `-` for stdin) into a stream of RawInputs, one
// per file or JSON Lines record. Whatever cannot be used (unreadable, binary,
// empty, too large, malformed JSON) is reported with its place and skipped;
// the stream goes on.
#pragma once

#include <cstddef>
#include <deque>
#include <istream>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "ingest/manifest.h"
#include "ingest/raw_input.h"
#include "parley/diagnostics.h"

namespace parley {

struct InputOptions {
  size_t max_bytes = size_t{64} << 20;   // larger documents are skipped as "too-large"
  const Manifest* manifest = nullptr;    // --manifest; a directory's manifest.jsonl also applies
};

class InputSource {
 public:
  InputSource(const std::vector<std::string>& args, InputOptions options, Diagnostics& diag);
  ~InputSource();

  // The next usable input, or nothing at the end of all inputs.
  std::optional<RawInput> next();

  // Progress: bytes of input consumed so far, of all known (stdin adds nothing).
  uint64_t bytes_read() const { return bytes_read_; }
  uint64_t bytes_total() const { return bytes_total_; }

 private:
  struct Pending {
    std::string path;                 // "-" for stdin
    const Manifest* manifest = nullptr;
  };
  void expand(const std::string& arg);
  void expand_directory(const std::string& dir);
  std::optional<RawInput> open(const Pending& p);
  std::optional<RawInput> next_record();

  InputOptions options_;
  Diagnostics& diag_;
  std::deque<Pending> pending_;
  std::vector<std::unique_ptr<Manifest>> directory_manifests_;

  // The JSON Lines file being read, one record at a time.
  std::unique_ptr<std::istream> records_;
  Pending records_of_;
  int record_line_ = 0;

  uint64_t bytes_read_ = 0;
  uint64_t bytes_total_ = 0;
};

}  // namespace parley
