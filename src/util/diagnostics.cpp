#include "parley/diagnostics.h"

namespace parley {

uint64_t RunCounts::skipped_total() const {
  uint64_t n = 0;
  for (const auto& [reason, count] : skipped) n += count;
  return n;
}

void RunCounts::print(std::ostream& out) const {
  out << "read " << read << ", skipped " << skipped_total();
  if (!skipped.empty()) {
    out << " (";
    bool first = true;
    for (const auto& [reason, count] : skipped) {
      out << (first ? "" : ", ") << reason << ' ' << count;
      first = false;
    }
    out << ')';
  }
  out << ", stored " << stored << ", duplicates " << duplicates;
  if (ignored) out << ", other files ignored " << ignored;
  if (repaired) out << ", utf-8 repaired " << repaired;
  out << "\nsentences " << sentences << ", events " << events << ", quotes " << quotes << '\n';
  if (facts_known || facts_learned)
    out << "learned facts: " << facts_known << " from the store, " << facts_learned << " from this run; "
        << resolved_again << " document(s) resolved again with this run's facts\n";
}

void Diagnostics::skip(std::string_view where, std::string_view reason, std::string_view message) {
  std::lock_guard lock(mutex_);
  err_ << "parley: " << where << ": " << message << " (skipped: " << reason << ")\n";
  ++counts_.skipped[std::string(reason)];
}

void Diagnostics::warn(std::string_view where, std::string_view message) {
  std::lock_guard lock(mutex_);
  err_ << "parley: " << where << ": warning: " << message << '\n';
}

}  // namespace parley
