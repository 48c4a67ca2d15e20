#include "util/utf8.h"

#include <gtest/gtest.h>

namespace parley {

TEST(Utf8, RepairReplacesEachInvalidSequenceAndCountsIt) {
  std::string s = "ok \xC3\x28 and \xFF\xFE end \xE2\x82";  // bad continuation, stray bytes, truncated
  const uint32_t repairs = utf8::repair(s);
  EXPECT_EQ(repairs, 5u);
  EXPECT_EQ(s, "ok \xEF\xBF\xBD( and \xEF\xBF\xBD\xEF\xBF\xBD end \xEF\xBF\xBD\xEF\xBF\xBD");
}

TEST(Utf8, RepairLeavesValidTextAlone) {
  std::string s = "Lavrov \xE2\x80\x9Csaid\xE2\x80\x9D \xEF\xBF\xBD";  // a literal U+FFFD is valid
  EXPECT_EQ(utf8::repair(s), 0u);
  EXPECT_EQ(s, "Lavrov \xE2\x80\x9Csaid\xE2\x80\x9D \xEF\xBF\xBD");
}

TEST(Utf8, RejectsOverlongFormsAndSurrogates) {
  std::string overlong = "\xC0\xAF";
  EXPECT_EQ(utf8::repair(overlong), 2u);
  std::string surrogate = "\xED\xA0\x80";
  EXPECT_GT(utf8::repair(surrogate), 0u);
}

TEST(Utf8, FoldsCaseBeyondAscii) {
  EXPECT_EQ(utf8::fold_case("ÉLYSÉE Palace"), "élysée palace");
  EXPECT_EQ(utf8::fold_case("Россия"), "россия");
}

TEST(Utf8, IdentityNormalizationIgnoresCaseSpacingAndCompatibilityForms) {
  EXPECT_EQ(utf8::normalize_for_identity("  Russia\n\nvetoed   the\tmeasure "), "russia vetoed the measure");
  // "é" composed and decomposed, full-width letters.
  EXPECT_EQ(utf8::normalize_for_identity("Caf\xC3\xA9"), utf8::normalize_for_identity("Cafe\xCC\x81"));
  EXPECT_EQ(utf8::normalize_for_identity("\xEF\xBC\xA1"), "a");
}

TEST(Utf8, CharacterClasses) {
  EXPECT_TRUE(utf8::is_letter(U'ж'));
  EXPECT_TRUE(utf8::is_upper(U'Ж'));
  EXPECT_TRUE(utf8::is_space(0x00A0));
  EXPECT_TRUE(utf8::is_punct(U'\u201C'));
  EXPECT_FALSE(utf8::is_letter(U'5'));
}

}  // namespace parley
