#include "extract/html_text.h"

#include <gtest/gtest.h>

namespace parley {
namespace {

TEST(HtmlText, TitleAndBlocksWithoutScriptsOrNavigation) {
  const auto page = html_to_text(
      "<!doctype html><html><head><title>Russia vetoes &amp; more</title><script>var x=1;</script></head>"
      "<body><nav><a href=/>Home</a></nav><h1>Veto at the UN</h1>"
      "<p>Russia <b>vetoed</b> the measure.<br>It was the eighth veto.</p>"
      "<ul><li>First</li><li>Second</li></ul><footer>Copyright</footer></body></html>");
  EXPECT_EQ(page.title, "Russia vetoes & more");
  EXPECT_EQ(page.text, "Veto at the UN\n\nRussia vetoed the measure.\nIt was the eighth veto.\n\nFirst\n\nSecond");
}

TEST(HtmlText, TruncatedAndHostileMarkupGivesWhatTextItHas) {
  EXPECT_EQ(html_to_text("<p>Russia vetoed the</b></i> measure<p>Second").text, "Russia vetoed the measure\n\nSecond");
  EXPECT_EQ(html_to_text("").text, "");
  EXPECT_EQ(html_to_text("<<<>>><p\x01\x02>\xFF\xFE").text.find('\x01'), std::string::npos);
}

TEST(HtmlText, DeepNestingDoesNotOverflowTheStack) {
  std::string html;
  for (int i = 0; i < 100000; ++i) html += "<div>";
  html += "<p>deep text</p>";
  const auto page = html_to_text(html);  // must return, whatever libxml2 keeps of it
  SUCCEED() << page.text.size();
}

TEST(HtmlText, DeclaredCharsetIsConvertedToUtf8) {
  const auto page = html_to_text("<html><head><meta charset=\"iso-8859-1\"></head><body><p>Caf\xE9</p></body></html>");
  EXPECT_EQ(page.text, "Caf\xC3\xA9");
}

TEST(HtmlText, Utf8WithoutDeclarationStaysUtf8) {
  EXPECT_EQ(html_to_text("<p>\xE2\x80\x9CLavrov\xE2\x80\x9D</p>").text, "\xE2\x80\x9CLavrov\xE2\x80\x9D");
}

}  // namespace
}  // namespace parley
