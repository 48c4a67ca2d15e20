// What the event coder is told beyond its dictionaries: the switches that
// PETRARCH's validation records set with <Config option=... value=...>, so
// that `parley eval petrarch` can run each record as PETRARCH would. An unset
// option leaves the coder's own behaviour.
#pragma once

#include <optional>

namespace parley {

struct CoderOptions {
  // true: an event needs a target (PETRARCH's default); false: targetless
  // events are kept too (their target is written "---" in comparisons).
  std::optional<bool> require_dyad;
  // Code an unknown noun phrase of at most this many words as a new actor
  // (PETRARCH writes its text in quotes: "INJURY TOLL"); 0: never.
  std::optional<int> new_actor_length;
  // PETRARCH's limits on comma-delimited clauses that the coder skips: the
  // clause length to skip (min, max) anywhere, at the beginning (b) and end (e)
  // of the sentence; 0 turns a skip off.
  std::optional<int> comma_min, comma_max, comma_bmin, comma_bmax, comma_emin, comma_emax;
};

}  // namespace parley
