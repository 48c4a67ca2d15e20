#include "pipeline/progress.h"

#include <unistd.h>

#include <string>

namespace parley {

Progress::Progress(bool enabled)
    : enabled_(enabled && isatty(STDERR_FILENO)), start_(std::chrono::steady_clock::now()), last_() {}

Progress::~Progress() { finish(); }

void Progress::update(uint64_t done, uint64_t total, uint64_t documents, uint64_t events) {
  if (!enabled_) return;
  const auto now = std::chrono::steady_clock::now();
  if (drawn_ && now - last_ < std::chrono::milliseconds(100)) return;
  last_ = now;
  drawn_ = true;
  const double seconds = std::chrono::duration<double>(now - start_).count();
  const double rate = seconds > 0 ? documents / seconds : 0;
  constexpr int kWidth = 30;
  std::string bar;
  if (total > 0) {
    const int filled = static_cast<int>(kWidth * std::min<double>(1.0, double(done) / double(total)));
    bar.append(1, '[').append(static_cast<size_t>(filled), '=').append(static_cast<size_t>(kWidth - filled), ' ');
    bar.append("] ").append(std::to_string(done * 100 / total)).append("% ");
  }
  std::fprintf(stderr, "\r%s%llu documents, %llu events, %.0f docs/s   ", bar.c_str(),
               static_cast<unsigned long long>(documents), static_cast<unsigned long long>(events), rate);
  std::fflush(stderr);
}

void Progress::finish() {
  if (enabled_ && drawn_) std::fputs("\n", stderr);
  drawn_ = false;
}

}  // namespace parley
