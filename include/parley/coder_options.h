// What the event coder is told beyond its dictionaries: the switches that
// PETRARCH's validation records set with <Config option=... value=...>, so
// that `parley eval petrarch` can run each record as PETRARCH would, passed
// per document through Pipeline::process(doc, options).
#pragma once

#include <optional>

namespace parley {

struct CoderOptions {
  // Code an event only when it has a target, or two actors did it together, or
  // it is a plain deed of material conflict. PETRARCH's require_dyad; false
  // keeps every event with a source (its target is compared as "---").
  bool require_dyad = true;
  // Code an unknown noun phrase of at most this many words as a new actor
  // (PETRARCH writes its text in quotes: "INJURY TOLL"); 0: never.
  int new_actor_length = 0;
  // PETRARCH's limits on comma-delimited clauses that the coder skips: the
  // clause lengths to skip (min, max) anywhere, at the beginning (b) and end
  // (e) of the sentence; 0 turns a skip off; unset: the coder's own choice.
  std::optional<int> comma_min, comma_max, comma_bmin, comma_bmax, comma_emin, comma_emax;
};

}  // namespace parley
