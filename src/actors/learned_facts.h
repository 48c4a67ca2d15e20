// The corpus-wide actor knowledge base: the facts that titles and appositions
// of other documents taught ("Russian Foreign Minister Sergey Zlotnikov" ->
// RUSGOV, in a report of 2017-05-10), indexed by a person's full name and
// surname, so that the resolver can code a later document's "Zlotnikov said"
// when no dictionary knows the man.
//
// A fact holds only within a window of days around the date of the document
// that taught it: titles change (ministers leave office, ambassadors move),
// and the dictionaries' dated codes, when they know a person, are better
// knowledge than any text, so people a dictionary knows are left to it.
// Undated facts teach nothing across documents, and an undated document
// learns nothing from them: without dates no window can be checked.
//
// Needs the actor dictionary (to fold names as the text is folded, and to know
// its people). Read-only once filled, so worker threads share it; a layer can
// sit on an earlier one (a run's own documents over the store's facts) and
// answers with the facts of both.
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "actors/actor_dictionary.h"
#include "parley/actor.h"
#include "parley/document.h"

namespace parley {

class LearnedFacts {
 public:
  explicit LearnedFacts(const ActorDictionary& dictionary, int window_days = kLearnedFactWindowDays,
                        const LearnedFacts* earlier = nullptr)
      : dict_(dictionary), window_days_(window_days), earlier_(earlier) {}
  LearnedFacts(const LearnedFacts&) = delete;
  LearnedFacts& operator=(const LearnedFacts&) = delete;

  // Keeps a fact about a person whom no dictionary knows; returns whether it
  // was kept. The evidence is shortened to one line of at most 300 bytes.
  bool add(LearnedFact fact);
  // Keeps what a stored document taught (nothing when it is undated).
  void add_document(const Document& doc);
  size_t size() const { return facts_.size(); }  // this layer's own facts

  // The fact that codes a name (its case-folded words) on `date`: of the facts
  // about that full name within the window, the nearest in date; for one word
  // alone, the same for the one person with that surname, none when several
  // people fit. Null when nothing fits.
  const LearnedFact* find(std::span<const std::string_view> words, const Date& date) const;

  // Whether this layer's own facts have a name or surname with this word: a
  // cheap test of whether they could say something about a document.
  bool knows_word(std::string_view folded) const;

  // A mention's provenance: the fact and the sentence behind it ("learned
  // 2017-05-10 from doc 1a2b3c4d5e6f sentence 0: Russian Foreign Minister ...").
  static std::string provenance(const LearnedFact& fact);
  // Whether a provenance is one of those.
  static bool learned(const Actor& actor) { return actor.provenance.starts_with(kPrefix); }

 private:
  static constexpr std::string_view kPrefix = "learned ";
  using Index = std::unordered_map<std::string, std::vector<uint32_t>>;
  struct Best {
    const LearnedFact* fact = nullptr;
    long distance = 0;
  };
  bool dictionary_knows(const std::vector<std::string>& words) const;
  bool within(const LearnedFact& fact, long day) const;
  void nearest(const Index LearnedFacts::*index, const std::string& key, long day, Best& best) const;
  bool only_person(const std::string& surname, long day, const std::string& name) const;

  const ActorDictionary& dict_;
  int window_days_;
  const LearnedFacts* earlier_;
  std::vector<LearnedFact> facts_;
  Index by_name_;     // folded full name ("sergey zlotnikov") -> facts
  Index by_surname_;  // folded surname ("zlotnikov") -> facts
};

}  // namespace parley
