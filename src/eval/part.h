// Hash-chosen parts of an evaluation set (`--part K/N`): a record belongs to
// part K of N when the hash of its id is K modulo N, so the same records stay
// in the same part across runs and one part can be kept aside as unseen checks
// while rules are tuned on the others.
#pragma once

#include <string>

namespace parley {

// Whether the record `id` falls in `part` ("K/N"); "" holds every record.
// Throws DataError for a part that is not K/N with 0 <= K < N.
bool in_part(const std::string& id, const std::string& part);

}  // namespace parley
