// A progress bar on stderr for long runs: how much of the input has been read,
// documents and events so far, and the rate. Drawn only when stderr is a
// terminal, at most ten times a second.
#pragma once

#include <chrono>
#include <cstdint>
#include <cstdio>

namespace parley {

class Progress {
 public:
  explicit Progress(bool enabled);
  ~Progress();

  // `done` and `total` in bytes of input (total 0 when unknown, e.g. stdin).
  void update(uint64_t done, uint64_t total, uint64_t documents, uint64_t events);
  void finish();

 private:
  bool enabled_;
  bool drawn_ = false;
  std::chrono::steady_clock::time_point start_, last_;
};

}  // namespace parley
