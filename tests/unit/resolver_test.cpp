// The actor resolver on sentences of the kinds news is made of.
#include <fstream>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "actors/actor_dictionary.h"
#include "actors/coreference.h"
#include "pipeline/knowledge.h"
#include "unit/test_support.h"
#include "util/text_file.h"

namespace parley {
namespace {

// "text=CODE" for every mention, in order.
std::vector<std::string> mentions(const Document& doc) {
  std::vector<std::string> out;
  for (const auto& m : doc.mentions) out.push_back(std::string(doc.slice(m.span)) + "=" + m.actor.code);
  return out;
}

const Mention* find(const Document& doc, std::string_view text) {
  for (const auto& m : doc.mentions)
    if (doc.slice(m.span) == text) return &m;
  return nullptr;
}

using ::testing::Contains;

TEST(Resolver, PeopleInACapitalAreOfItsCountryInTheirOwnSector) {
  const auto doc = test::process_text("Demonstrators in Baghdad blocked a road. Officials in Moscow said nothing. "
                                      "Opposition groups in Zimbabwe are demanding it.");
  const auto m = mentions(doc);
  EXPECT_THAT(m, Contains("Demonstrators in Baghdad=IRQOPP"));
  EXPECT_THAT(m, Contains("Officials in Moscow=RUSGOV"));
  EXPECT_THAT(m, Contains("Opposition groups in Zimbabwe=ZWEOPP"));
  EXPECT_THAT(mentions(test::process_text("Students throughout Indonesia staged demonstrations.")),
              Contains("Students throughout Indonesia=IDNEDU"));
}

TEST(Resolver, ForcesOwnedBySomeoneInACountryAreNotThatCountrys) {
  const auto doc = test::process_text("Israel has strengthened its forces in Lebanon.", "2000-01-01");
  const Mention* forces = find(doc, "forces in Lebanon");
  EXPECT_TRUE(forces == nullptr || forces->actor.code != "LBNMIL");
}

TEST(Resolver, AFirstNameAndSurnameFindTheDictionaryPersonInOfficeThen) {
  // The dictionary writes "Omar al-Bashir"; three files list him, each its own way.
  const auto doc = test::process_text("President Omar El Bashir shortened the curfew.", "2000-01-01");
  EXPECT_THAT(mentions(doc), Contains("President Omar El Bashir=SDNGOV"));
}

TEST(Resolver, ATitleSaysWhatTheDictionaryDoesNotOutsideItsDates) {
  // Kenzo Oshima is JPNGOV 2005-2007 in the Phoenix lists; in 2004 the text's title holds.
  const auto doc = test::process_text("Kenzo Oshima, the United Nations Emergency Relief Coordinator, spoke.",
                                      "2004-03-01");
  EXPECT_THAT(mentions(doc), Contains(::testing::EndsWith("=IGOUNO")));
  // Without the title, outside the dates, he is still Japanese.
  EXPECT_THAT(mentions(test::process_text("Kenzo Oshima spoke.", "2004-03-01")), Contains("Kenzo Oshima=JPN"));
}

TEST(Resolver, AnUnknownOrganizationNamedAfterItsCountryIsOfThatCountry) {
  const auto doc = test::process_text("The Nigerian Union of Teachers called off a strike in the Indian Ocean port.",
                                      "2000-01-01");
  const Mention* union_ = find(doc, "Nigerian Union");
  ASSERT_NE(union_, nullptr);
  EXPECT_EQ(union_->actor.code, "NGA");
  EXPECT_EQ(union_->actor.kind, ActorKind::Organization);
  const Mention* ocean = find(doc, "Indian Ocean");
  EXPECT_TRUE(ocean == nullptr || !ocean->actor.known());
}

TEST(Resolver, ModifiersMayStandBetweenAPossessiveAndTheRole) {
  const auto doc = test::process_text("Salaheddine Sidhoum, Algeria's leading human rights activist, spoke.",
                                      "2000-01-01");
  EXPECT_THAT(mentions(doc), Contains(::testing::StartsWith("Salaheddine Sidhoum, Algeria's leading human rights "
                                                            "activist=DZA")));
}

TEST(Resolver, AWordBeforeAPeoplesNameLeavesThePeople) {
  EXPECT_THAT(mentions(test::process_text("Young Algerians blocked roads.", "2000-01-01")),
              Contains("Young Algerians=DZA"));
}

TEST(Resolver, CountriesAdjectivesAndMetonyms) {
  const auto doc = test::process_text("Russia and the United States talked. The Kremlin denied it. "
                                      "The White House said Syrian forces moved.");
  const auto m = mentions(doc);
  EXPECT_THAT(m, Contains("Russia=RUS"));
  EXPECT_THAT(m, Contains("United States=USA"));
  EXPECT_THAT(m, Contains("Kremlin=RUSGOV"));
  EXPECT_THAT(m, Contains("White House=USAGOV"));
  EXPECT_THAT(m, Contains("Syrian forces=SYRMIL"));
}

TEST(Resolver, PluralDemonymsAndWeekdaysAfterACountry) {
  const auto m = mentions(test::process_text("Iraqis and Albanians protested in Serbia Friday.", "2010-01-01"));
  EXPECT_THAT(m, Contains("Iraqis=IRQ"));
  EXPECT_THAT(m, Contains("Albanians=ALB"));
  EXPECT_THAT(m, Contains("Serbia=SRB"));  // not "Serbia Friday", an unknown name
}

TEST(Resolver, PeoplesStandForTheirCountryAndTakeTheRoleAfterThem) {
  const auto m = mentions(test::process_text("Serb forces killed three villagers. Serbs protested.", "2010-01-01"));
  EXPECT_THAT(m, Contains("Serb forces=SRBMIL"));
  EXPECT_THAT(m, Contains("Serbs=SRB"));  // the plural of a people's name, as "Albanians"
  // The Serbs of Bosnia are Bosnia's: the country is Bosnia, the role the sector.
  EXPECT_THAT(mentions(test::process_text("Bosnian Serb forces shelled Sarajevo.", "2010-01-01")),
              Contains("Bosnian Serb forces=BIHMIL"));
  EXPECT_THAT(mentions(test::process_text("It said Bosnian Serbs demanded a truce.", "2010-01-01")),
              Contains("Bosnian Serbs=BIH"));
  EXPECT_THAT(mentions(test::process_text("It said Kazakhs and Nepalis protested.", "2010-01-01")),
              ::testing::IsSupersetOf({"Kazakhs=KAZ", "Nepalis=NPL"}));
}

TEST(Resolver, APeopleWithoutACountryIsASectorOfTheCountryBeforeIt) {
  const auto m = mentions(test::process_text("Turkish Kurd refugees and Iraqi Kurds returned home.", "2010-01-01"));
  EXPECT_THAT(m, Contains("Turkish Kurd refugees=TURREF"));
  EXPECT_THAT(m, Contains("Iraqi Kurds=IRQCVL"));  // not an unknown name "Iraqi Kurds"
  for (const auto& k : mentions(test::process_text("It said Kurds protested.", "2010-01-01")))
    EXPECT_FALSE(k.starts_with("Kurds=")) << k;  // alone: no country to give
}

TEST(Resolver, ARoleAfterAFederationMembersCountryKeepsItsSector) {
  // In 2000 Serbia is SCGSRB (within Serbia and Montenegro): a longer code, yet a country's.
  const auto m = mentions(test::process_text("It said the Serbian army and Serb police moved.", "2000-01-01"));
  EXPECT_THAT(m, Contains("Serbian army=SCGSRBMIL"));
  EXPECT_THAT(m, Contains("Serb police=SCGSRBCOP"));
  // An organization's code still says more than the role.
  EXPECT_THAT(mentions(test::process_text("It said Hamas leaders met.", "2010-01-01")),
              Contains(::testing::EndsWith("=PSEREBHMS")));
}

TEST(Resolver, NamesAndCodesThePhoenixListsLackOrMistype) {
  const auto m = mentions(test::process_text(
      "It said the European Community and the ILO criticized Britain over Northern Ireland.", "1990-01-01"));
  EXPECT_THAT(m, Contains("European Community=IGOEUREEC"));
  EXPECT_THAT(m, Contains("ILO=IGOUNOLABILO"));
  EXPECT_THAT(m, Contains("Northern Ireland=GBR"));
  // Phoenix's mistyped ANGREB, repaired by the converter: Angola is AGO.
  EXPECT_THAT(mentions(test::process_text("It said UNITA refused.", "1998-01-01")), Contains("UNITA=AGOREB"));
}

TEST(Resolver, APeoplesFileNamesActorsThatExist) {
  ActorDictionary d(test::shipped_pipeline().knowledge().analyzer.tokenizer());
  const std::string actors = test::temp_path("actors.tsv"), peoples = test::temp_path("peoples.tsv");
  std::ofstream(actors) << "country\tGondor\tGON@..1999-12-31 GDR@2000-01-01..\tGondorian\n";
  std::ofstream(peoples) << "# phrase\tactor name\nGondorean\tGondor\nRohirrim\tRohan\n";
  d.load_actors(actors);
  try {
    d.load_aliases(peoples);
    FAIL() << "Rohan is no actor";
  } catch (const DataError& e) {
    EXPECT_THAT(e.what(), ::testing::HasSubstr("peoples.tsv:3"));
  }
  const std::vector<std::string_view> words{"gondorean"};
  const auto m = d.actor_phrases().longest(words, 0);
  ASSERT_TRUE(m);  // the line before the bad one was loaded, with the actor's dated codes
  EXPECT_EQ(d.entries()[m.value].code_on(Date::parse_iso("2005-01-01")), "GDR");
}

TEST(Resolver, RoleWordsAndTheCountryAfterThem) {
  const auto m = mentions(test::process_text("The government of Syria thanked soldiers from Iran.", "2017-01-01"));
  EXPECT_THAT(m, Contains(::testing::StartsWith("government of Syria=SYRGOV")));
  EXPECT_THAT(m, Contains(::testing::StartsWith("soldiers from Iran=IRNMIL")));
}

TEST(Resolver, ASurnameAloneIsTheOnePersonInOfficeThen) {
  EXPECT_THAT(mentions(test::process_text("President Mugabe spoke.", "2000-01-01")),
              Contains(::testing::EndsWith("=ZWEGOV")));
}

TEST(Resolver, TitleTeachesAPersonsCodeForTheRestOfTheDocument) {
  const auto doc = test::process_text(
      "Russian Foreign Minister Sergey Zlotnikov arrived. Later, Zlotnikov said nothing.");
  const Mention* title = find(doc, "Russian Foreign Minister Sergey Zlotnikov");
  ASSERT_NE(title, nullptr);
  EXPECT_EQ(title->actor.code, "RUSGOV");
  EXPECT_EQ(title->actor.name, "Sergey Zlotnikov");
  EXPECT_EQ(title->origin, MentionOrigin::Title);
  EXPECT_NE(title->actor.provenance.find("Russian Foreign Minister Sergey Zlotnikov arrived"), std::string::npos);
  const Mention* later = find(doc, "Zlotnikov");
  ASSERT_NE(later, nullptr);
  EXPECT_EQ(later->actor.code, "RUSGOV");
  EXPECT_EQ(later->origin, MentionOrigin::Alias);
}

TEST(Resolver, TitleWithComplementAndCommas) {
  const auto doc = test::process_text("U.S. Ambassador to the United Nations, Nikki Haley, called on Moscow.");
  const Mention* haley = find(doc, "U.S. Ambassador to the United Nations, Nikki Haley");
  ASSERT_NE(haley, nullptr) << ::testing::PrintToString(mentions(doc));
  EXPECT_EQ(haley->actor.code, "USAGOV");
  EXPECT_EQ(find(doc, "United Nations"), nullptr);  // inside the title, not an actor of its own
}

TEST(Resolver, AppositionTeachesTheName) {
  const auto doc = test::process_text(
      "The president met Oleg Dubrovin, the Russian ambassador to the U.S. who is at the center of it.");
  const Mention* m = find(doc, "Oleg Dubrovin, the Russian ambassador to the U.S.");
  ASSERT_NE(m, nullptr) << ::testing::PrintToString(mentions(doc));
  EXPECT_EQ(m->actor.code, "RUSGOV");
  EXPECT_EQ(m->actor.name, "Oleg Dubrovin");
}

TEST(Resolver, NominalsAndReferenceToTheLastPersonOfThatCountry) {
  const auto doc = test::process_text(
      "Russian Foreign Minister Sergey Zlotnikov met officials. Russia's top diplomat smiled. "
      "The Russian diplomat scoffed.");
  const Mention* top = find(doc, "Russia's top diplomat");
  ASSERT_NE(top, nullptr) << ::testing::PrintToString(mentions(doc));
  EXPECT_EQ(top->actor.code, "RUSGOV");
  const Mention* back = find(doc, "Russian diplomat");
  ASSERT_NE(back, nullptr) << ::testing::PrintToString(mentions(doc));
  EXPECT_EQ(back->actor.name, "Sergey Zlotnikov");
  EXPECT_EQ(back->origin, MentionOrigin::Nominal);
}

TEST(Resolver, DatedDictionaryCodes) {
  // Tillerson was secretary of state from February 2017 to March 2018.
  const auto in_office = test::process_text("Rex Tillerson spoke.", "2017-06-01");
  const auto later = test::process_text("Rex Tillerson spoke.", "2020-06-01");
  ASSERT_FALSE(in_office.mentions.empty());
  ASSERT_FALSE(later.mentions.empty());
  EXPECT_EQ(in_office.mentions[0].actor.code, "USAGOV");
  EXPECT_NE(later.mentions[0].actor.code, "USAGOV");
}

TEST(Resolver, LowercaseWordsAreNotCountryNames) {
  const auto doc = test::process_text("They told us to turkey and chad.");
  EXPECT_TRUE(doc.mentions.empty()) << ::testing::PrintToString(mentions(doc));
}

TEST(Resolver, PlaceNameInsideALongerNameIsNotAnActor) {
  const auto doc = test::process_text("The Washington Post reported it.");
  EXPECT_EQ(find(doc, "Washington"), nullptr) << ::testing::PrintToString(mentions(doc));
}

}  // namespace
}  // namespace parley

namespace parley {
namespace {
TEST(Resolver, TitleWithoutPeriodsInTheCountryName) {
  const auto doc = test::process_text("US Ambassador to the United Nations, Nikki Haley, called on Moscow.");
  const Mention* haley = find(doc, "US Ambassador to the United Nations, Nikki Haley");
  ASSERT_NE(haley, nullptr) << ::testing::PrintToString(mentions(doc));
  EXPECT_EQ(haley->actor.code, "USAGOV");
}
}  // namespace
}  // namespace parley

namespace parley {
namespace {
TEST(Resolver, SentenceOpenersInsideQuotesAreNotNames) {
  const auto doc = test::process_text("\u201CIt would be wonderful,\u201D he said. \"I think so\", Trump said.");
  EXPECT_EQ(find(doc, "It"), nullptr) << ::testing::PrintToString(mentions(doc));
  EXPECT_EQ(find(doc, "I"), nullptr) << ::testing::PrintToString(mentions(doc));
  EXPECT_NE(find(doc, "Trump"), nullptr);
}
}  // namespace
}  // namespace parley

namespace parley {
namespace {

const ActorFact* fact_for(const Document& doc, std::string_view name) {
  for (const auto& f : doc.facts)
    if (f.name == name) return &f;
  return nullptr;
}

TEST(Resolver, ATitleIsALearnedFactEvenWhenTheDictionaryKnowsThePerson) {
  const auto doc = test::process_text("Russian Foreign Minister Sergey Lavrov arrived in Washington.");
  const ActorFact* f = fact_for(doc, "Sergey Lavrov");
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(f->code, "RUSGOV");
  EXPECT_EQ(f->role, "Russian Foreign Minister");
  EXPECT_EQ(doc.slice(f->span), "Russian Foreign Minister Sergey Lavrov");
  EXPECT_EQ(f->sentence, 0u);
  const Mention* m = find(doc, "Russian Foreign Minister Sergey Lavrov");
  ASSERT_NE(m, nullptr);
  EXPECT_EQ(m->actor.code, "RUSGOV");
  EXPECT_EQ(m->origin, MentionOrigin::Title);
}

TEST(Resolver, AnAppositionGivesAPersonNoDictionaryKnowsTheirCode) {
  const auto doc = test::process_text(
      "Oleg Dubrovin, Russia's ambassador to the UN, vetoed the draft. Dubrovin left early.");
  const ActorFact* f = fact_for(doc, "Oleg Dubrovin");
  ASSERT_NE(f, nullptr) << ::testing::PrintToString(mentions(doc));
  EXPECT_EQ(f->code, "RUSGOV");
  EXPECT_EQ(f->role, "Russia's ambassador to the UN");
  const Mention* later = find(doc, "Dubrovin");
  ASSERT_NE(later, nullptr);
  EXPECT_EQ(later->actor.code, "RUSGOV");
  EXPECT_EQ(later->actor.name, "Oleg Dubrovin");
}

TEST(Resolver, ACountryAfterARolesPrepositionIsNotPartOfTheNameAfterIt) {
  const auto doc = test::process_text("China's ambassador to Britain Liu Xiaoming said the talks failed.");
  const ActorFact* f = fact_for(doc, "Liu Xiaoming");
  ASSERT_NE(f, nullptr) << ::testing::PrintToString(mentions(doc));
  EXPECT_EQ(f->code, "CHNGOV");
  EXPECT_EQ(f->role, "China's ambassador to Britain");
}

TEST(Resolver, ATitleBeforeANameIsNotAnAppositionOfTheNameBeforeTheComma) {
  const auto doc =
      test::process_text("At the Climate Action Summit, Indian Prime Minister Narendra Modi said India would act.");
  EXPECT_EQ(fact_for(doc, "Climate Action Summit"), nullptr) << ::testing::PrintToString(mentions(doc));
  const ActorFact* f = fact_for(doc, "Narendra Modi");
  ASSERT_NE(f, nullptr) << ::testing::PrintToString(mentions(doc));
  EXPECT_EQ(f->code, "INDGOV");
}

TEST(Resolver, ATitlesCountryAfterTheNameMakesItSomeoneElseThanTheDictionarysNamesake) {
  // Phoenix's "Hassan" is Jordan's; this one is Morocco's king.
  const auto doc = test::process_text("King Hassan of Morocco met the envoy on Monday.", "1995-05-01");
  const Mention* king = find(doc, "King Hassan of Morocco");
  ASSERT_NE(king, nullptr) << ::testing::PrintToString(mentions(doc));
  EXPECT_EQ(king->actor.country(), "MAR");
}

TEST(Resolver, NamesInAListAreNotAppositions) {
  for (const char* text : {"NASA picked Blue Origin, Sierra Nevada Corporation, and SpaceX.",
                           "NASA picked Ceres Robotics, Sierra Nevada Corporation (SNC), SpaceX and Tyvak."}) {
    const auto doc = test::process_text(text);
    EXPECT_TRUE(doc.facts.empty()) << text << ": " << doc.facts.front().name << " = " << doc.facts.front().code;
  }
}

TEST(Resolver, PronounRefersToTheOnlyPersonInTheSentenceBefore) {
  const auto doc = test::process_text("Russian Foreign Minister Sergey Zlotnikov arrived. He met reporters.");
  const Mention* he = find(doc, "He");
  ASSERT_NE(he, nullptr) << ::testing::PrintToString(mentions(doc));
  EXPECT_EQ(he->origin, MentionOrigin::Pronoun);
  EXPECT_EQ(he->actor.name, "Sergey Zlotnikov");
  EXPECT_EQ(he->actor.code, "RUSGOV");
}

TEST(Resolver, PronounWithTwoPeopleToChooseFromStaysUnresolved) {
  const auto doc = test::process_text("Sergey Lavrov met Rex Tillerson. He said nothing.");
  EXPECT_EQ(find(doc, "He"), nullptr) << ::testing::PrintToString(mentions(doc));
}

TEST(Resolver, SheSkipsTheManAndHeTheWoman) {
  // Gender from the given name (Nikki, Sergey) and from a title (Mrs).
  const auto doc = test::process_text(
      "Nikki Haley met Sergey Lavrov. She said little. Later Mrs Merkel met Rex Tillerson. He spoke first.");
  const Mention* she = find(doc, "She");
  ASSERT_NE(she, nullptr) << ::testing::PrintToString(mentions(doc));
  EXPECT_EQ(she->actor.name, "Nikki Haley");
  const Mention* he = find(doc, "He");
  ASSERT_NE(he, nullptr) << ::testing::PrintToString(mentions(doc));
  EXPECT_EQ(he->actor.name, "Rex Tillerson");
}

TEST(Resolver, APersonOfUnknownGenderFitsEitherPronoun) {
  // Nothing tells Zlotnikov's gender, so "she" may be either of the two: left alone.
  const auto doc = test::process_text("Nikki Haley met Zlotnikov, the Russian ambassador. She said little.");
  EXPECT_EQ(find(doc, "She"), nullptr) << ::testing::PrintToString(mentions(doc));
}

TEST(Resolver, AGenderFileErrorNamesItsLine) {
  const std::string path = test::temp_path("genders.tsv");
  std::ofstream(path) << "# names\nsergey\tmale\nalex\tmaybe\n";
  ReferenceWords words;
  try {
    words.load_genders(path);
    FAIL();
  } catch (const DataError& e) {
    EXPECT_THAT(e.what(), ::testing::HasSubstr("genders.tsv:3: want word <TAB> male, female or either"));
  }
  EXPECT_EQ(words.gender("sergey"), Gender::Male);
}

TEST(Resolver, PossessivePronounInTheSameSentence) {
  const auto doc = test::process_text("Sergey Lavrov ended his visit.");
  const Mention* his = find(doc, "his");
  ASSERT_NE(his, nullptr) << ::testing::PrintToString(mentions(doc));
  EXPECT_EQ(his->actor.name, "Sergey Lavrov");
}

TEST(Resolver, TheyRefersToOneCountryOnly) {
  const auto one = test::process_text("Russia vetoed the resolution. They said it was biased.");
  const Mention* they = find(one, "They");
  ASSERT_NE(they, nullptr) << ::testing::PrintToString(mentions(one));
  EXPECT_EQ(they->actor.code, "RUS");
  const auto two = test::process_text("Russia and China vetoed the resolution. They said it was biased.");
  EXPECT_EQ(find(two, "They"), nullptr) << ::testing::PrintToString(mentions(two));
  const auto people = test::process_text("Sergey Lavrov spoke for Russia. They said it was biased.");
  EXPECT_EQ(find(people, "They"), nullptr) << ::testing::PrintToString(mentions(people));
}

TEST(Resolver, TheTwoMenAreTheLastTwoPeopleNamed) {
  const auto doc = test::process_text(
      "Secretary of State Rex Tillerson met Russian President Vladimir Putin in Moscow. "
      "The two men outlined their visions.");
  std::vector<std::string> names;
  for (const auto& m : doc.mentions)
    if (doc.slice(m.span) == "The two men") names.push_back(m.actor.name);
  EXPECT_THAT(names, ::testing::ElementsAre("Rex Tillerson", "Vladimir Putin")) << ::testing::PrintToString(mentions(doc));
}

TEST(Resolver, BothLeadersNeedExactlyTwoPeople) {
  const auto doc = test::process_text("Rex Tillerson, Sergey Lavrov and Vladimir Putin met. Both leaders smiled.");
  EXPECT_EQ(find(doc, "Both leaders"), nullptr) << ::testing::PrintToString(mentions(doc));
}

TEST(Resolver, TheMinisterRefersToThePersonWhoseTitleSaidMinister) {
  const auto doc = test::process_text(
      "Russian Foreign Minister Sergey Zlotnikov met Rex Tillerson. Later the minister left.");
  const Mention* back = find(doc, "minister");
  ASSERT_NE(back, nullptr) << ::testing::PrintToString(mentions(doc));
  EXPECT_EQ(back->actor.name, "Sergey Zlotnikov");
  EXPECT_EQ(back->origin, MentionOrigin::Nominal);
}

TEST(Resolver, TheUsEnvoyAgreesInCountryAndSector) {
  const auto doc = test::process_text(
      "US Ambassador to the United Nations, Nikki Haley, met Russian Foreign Minister Sergey Zlotnikov. "
      "The U.S. envoy left. The Russian general stayed.");
  const Mention* envoy = find(doc, "U.S. envoy");
  ASSERT_NE(envoy, nullptr) << ::testing::PrintToString(mentions(doc));
  EXPECT_EQ(envoy->actor.name, "Nikki Haley");
  for (const auto& m : doc.mentions)  // a general is military, the minister is not
    if (m.sentence == 2) {
      EXPECT_NE(m.actor.name, "Sergey Zlotnikov") << doc.slice(m.span);
    }
}

}  // namespace
}  // namespace parley

namespace parley {
namespace {

TEST(Resolver, PronounOutsideAQuoteIsNotSomeoneNamedInsideIt) {
  const auto doc = test::process_text("\"Aligning yourself with Assad is a mistake,\" he added.");
  EXPECT_EQ(find(doc, "he"), nullptr) << ::testing::PrintToString(mentions(doc));
}

TEST(Resolver, TheyIsNotACountryWhenPeopleOrPluralNounsComeBetween) {
  const auto doc = test::process_text("The White House assembled reporters, but when they entered, nobody spoke.");
  EXPECT_EQ(find(doc, "they"), nullptr) << ::testing::PrintToString(mentions(doc));
}

TEST(Resolver, ANameUsedAsAModifierIsNoAntecedent) {
  const auto doc = test::process_text("Asked if the Comey firing affected his meeting, Trump replied.");
  EXPECT_EQ(find(doc, "his"), nullptr) << ::testing::PrintToString(mentions(doc));
}

}  // namespace
}  // namespace parley
