// The resolve stage, first version: finds the actors that a document's
// sentences name and gives each its CAMEO code on the document's date.
//   - dictionary phrases: countries and their adjectives, capitals, metonyms
//     ("the Kremlin"), international organizations, groups, people;
//   - titles: country, organization and role words before or after a name
//     ("Russian Foreign Minister Sergey Lavrov", "Sergey Kislyak, the Russian
//     ambassador to the U.S.") teach the name's code, with the sentence that
//     taught it, for the rest of the document;
//   - nominal actors without a name ("Russia's top diplomat", "the Russian
//     government"); "the Russian diplomat" refers back to the last Russian
//     person named;
//   - later short forms of a name ("Lavrov", "Mr Lavrov");
//   - definite roles ("the minister") and pronouns, pairs ("the two men"):
//     see coreference.h.
// Every title and apposition is also kept as a fact (Document::facts), with
// its sentence, even when a dictionary knows the person. A name that neither
// the document nor a dictionary places may be one that other documents taught
// (LearnedFacts, learned_facts.h), when it is given.
// Needs the analyze stage's tokens and sentences.
#pragma once

#include <string>
#include <unordered_set>

#include "actors/actor_dictionary.h"
#include "actors/coreference.h"
#include "actors/learned_facts.h"
#include "nlp/word_lists.h"
#include "parley/document.h"

namespace parley {

class ActorResolver {
 public:
  // `person_roles`: role words that name one person (data/actors/person_roles.txt);
  // `not_names`: capitalized words that never start a name (weekdays, months).
  // `references`: the words that refer back (data/actors/references.tsv).
  // `organization_words`: last words of organization names (data/actors/organization_words.txt).
  ActorResolver(const ActorDictionary& dictionary, const WordLists& words,
                std::unordered_set<std::string> person_roles, std::unordered_set<std::string> not_names,
                ReferenceWords references, std::unordered_set<std::string> organization_words)
      : dictionary_(dictionary), words_(words), person_roles_(std::move(person_roles)),
        not_names_(std::move(not_names)), references_(std::move(references)),
        organization_words_(std::move(organization_words)), countries_(country_codes(dictionary).countries) {}

  // Fills doc.mentions, in text order, without overlaps, and doc.facts.
  // `learned`: what other documents taught, consulted last; may be null.
  void resolve(Document& doc, const LearnedFacts* learned = nullptr) const;

  // Reads a word list (one a line, first TAB field; `#` comments), case-folded:
  // data/actors/person_roles.txt, organization_words.txt, and the weekday and month names of
  // data/dates/en.tsv.
  static std::unordered_set<std::string> load_words(const std::string& path);

 private:
  friend class SentenceResolver;
  const ActorDictionary& dictionary_;
  const WordLists& words_;
  std::unordered_set<std::string> person_roles_;
  std::unordered_set<std::string> not_names_;
  ReferenceWords references_;
  std::unordered_set<std::string> organization_words_;
  std::unordered_set<std::string> countries_;  // three-letter country codes ("RUS")
};

}  // namespace parley
