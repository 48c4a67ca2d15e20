// Feature hashing for the statistical models: a feature is a template number
// and up to three atoms (a word, a suffix, a tag...), mixed into one 64-bit
// key. Atoms that are strings are hashed once per token, so that building the
// features of a decision costs a few multiplications each, not string work.
#pragma once

#include <xxhash.h>

#include <cstdint>
#include <string_view>

namespace parley::features {

// The splitmix64 finalizer: every input bit moves every output bit.
constexpr uint64_t mix(uint64_t x) {
  x ^= x >> 30;
  x *= 0xbf58476d1ce4e5b9ULL;
  x ^= x >> 27;
  x *= 0x94d049bb133111ebULL;
  x ^= x >> 31;
  return x;
}

inline uint64_t atom(std::string_view s) { return XXH3_64bits(s.data(), s.size()); }
// Small integers (tag ids, distances, counts) as atoms.
constexpr uint64_t atom(int64_t n) { return mix(static_cast<uint64_t>(n) + 0x9e3779b97f4a7c15ULL); }

constexpr uint64_t key(uint32_t templ, uint64_t a) { return mix(mix(templ) ^ a); }
constexpr uint64_t key(uint32_t templ, uint64_t a, uint64_t b) { return mix(key(templ, a) ^ (b * 0x9e3779b97f4a7c15ULL)); }
constexpr uint64_t key(uint32_t templ, uint64_t a, uint64_t b, uint64_t c) {
  return mix(key(templ, a, b) ^ (c * 0xc2b2ae3d27d4eb4fULL));
}

}  // namespace parley::features
