// The article extractor on small hand-written pages: what is body and what is
// not, text layout, charsets, and pages that are not pages at all.
#include "parley/extractor.h"

#include <gtest/gtest.h>

#include <chrono>

#include "unit/test_support.h"

namespace parley {
namespace {

const PageExtractor& extractor() {
  static const PageExtractor e(test::data_dir());
  return e;
}

std::string text_of(const std::string& html) { return extractor().extract(html).text; }

// Two paragraphs of news prose, enough for the extractor to see an article.
const std::string kProse1 = "Russia vetoed a United Nations resolution on Syria on Wednesday, the eighth time it has done so.";
const std::string kProse2 = "The measure would have condemned the use of chemical weapons and demanded access for inspectors.";

std::string page(const std::string& head, const std::string& body) {
  return "<!doctype html><html><head>" + head + "</head><body>" + body + "</body></html>";
}

std::string article(const std::string& inside) {
  return "<article><p>" + kProse1 + "</p>" + inside + "<p>" + kProse2 + "</p></article>";
}

bool removed_with(const ExtractedPage& p, const std::string& reason_part, const std::string& text_part) {
  for (const auto& r : p.removed)
    if (r.rule.find(reason_part) != std::string::npos && r.text.find(text_part) != std::string::npos) return true;
  return false;
}

TEST(Extractor, KeepsTheArticleAndDropsPageFurniture) {
  const auto p = extractor().extract(page(
      "<title>Veto</title>",
      "<nav><a href=/>Home</a> <a href=/world>World</a></nav>"
      "<div class=\"share-bar\">Share on Facebook Tweet Email</div>" +
          article("") +
          "<div class=related><h3>Related stories</h3><ul><li><a href=/a>Another story about Syria and Russia at the UN "
          "Security Council</a></li></ul></div>"
          "<div id=comments><p>I think this is a very long comment about the veto and what it means for us.</p></div>"
          "<footer>Copyright 2017 The Paper. All rights reserved by the paper and its owners.</footer>"));
  EXPECT_EQ(p.text, kProse1 + "\n\n" + kProse2);
  EXPECT_TRUE(removed_with(p, "tag nav", "Home"));
  EXPECT_TRUE(removed_with(p, "class word \"share\"", "Tweet"));
  EXPECT_TRUE(removed_with(p, "class word \"related\"", "Another story"));
  EXPECT_TRUE(removed_with(p, "class word \"comments\"", "very long comment"));
  EXPECT_TRUE(removed_with(p, "tag footer", "Copyright"));
}

TEST(Extractor, ListsTablesAndHeadingsInsideTheArticleAreBody) {
  const std::string text = text_of(page(
      "<title>Veto at the UN | The Paper</title>",
      "<article><h1>Veto at the UN</h1><p>" + kProse1 + "</p><h2>What the measure said</h2><p>" + kProse2 +
          "</p><ul><li>Condemn the attack</li><li>Admit inspectors</li></ul>"
          "<table><tr><th>Country</th><th>Vote</th></tr><tr><td>Russia</td><td>No</td></tr></table>"
          "<p>" + kProse1 + "</p><h2>Trailing heading</h2></article>"));
  EXPECT_EQ(text, kProse1 + "\n\nWhat the measure said\n\n" + kProse2 +
                      "\n\nCondemn the attack\n\nAdmit inspectors\n\nCountry Vote\n\nRussia No\n\n" + kProse1);
}

TEST(Extractor, CaptionsBylinesAndCreditsAreNotBody) {
  const auto p = extractor().extract(page(
      "", "<article><div class=byline>By Jane Doe</div><figure><img src=a.jpg><figcaption>Diplomats at the UN. "
          "Photo: Reuters</figcaption></figure><p>" +
              kProse1 + "</p><span class=\"image-credit\">Getty Images</span><p>" + kProse2 + "</p></article>"));
  EXPECT_EQ(p.text, kProse1 + "\n\n" + kProse2);
  EXPECT_TRUE(removed_with(p, "byline", "Jane Doe"));
  EXPECT_TRUE(removed_with(p, "tag figure", "Photo: Reuters"));
  EXPECT_TRUE(removed_with(p, "credit", "Getty"));
}

TEST(Extractor, LineBreaksAndEntities) {
  EXPECT_EQ(text_of(page("", article("<p>Caf&eacute; &amp; bar&nbsp;&#8212; first line<br>second &lt;line&gt;</p>"))),
            kProse1 + "\n\nCaf\u00e9 & bar\u00a0\u2014 first line\nsecond <line>\n\n" + kProse2);
}

TEST(Extractor, HiddenTextIsNotBody) {
  EXPECT_EQ(text_of(page("", article("<p hidden>Subscribe now</p><div style=\"display: none\">Hidden offer</div>"
                                     "<p aria-hidden=true>Decoration</p>"))),
            kProse1 + "\n\n" + kProse2);
}

TEST(Extractor, CharsetsBecomeUtf8) {
  const std::string body = article("<p>Caf\xE9 cr\xE8me \x93quoted\x94</p>");   // windows-1252 bytes
  const std::string want = kProse1 + "\n\nCaf\u00e9 cr\u00e8me \u201cquoted\u201d\n\n" + kProse2;
  const auto meta_charset = extractor().extract(page("<meta charset=windows-1252>", body));
  EXPECT_EQ(meta_charset.text, want);
  EXPECT_EQ(meta_charset.encoding, "windows-1252");
  EXPECT_EQ(text_of(page("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\">", body)), want);
  // No label and not UTF-8: the web's usual legacy charset.
  EXPECT_EQ(text_of(page("", body)), want);
  // A UTF-8 byte order mark wins over a wrong label.
  EXPECT_EQ(text_of("\xEF\xBB\xBF" + page("<meta charset=koi8-r>", article("<p>Caf\u00e9</p>"))),
            kProse1 + "\n\nCaf\u00e9\n\n" + kProse2);
  // A wrong single-byte label on a page that is valid UTF-8: the bytes win.
  const auto wrong = extractor().extract(page("<meta charset=iso-8859-1>", article("<p>\u201cLavrov\u201d</p>")));
  EXPECT_EQ(wrong.text, kProse1 + "\n\n\u201cLavrov\u201d\n\n" + kProse2);
  EXPECT_EQ(wrong.encoding, "utf-8");
}

TEST(Extractor, Utf16WithByteOrderMark) {
  const std::string ascii = page("", article(""));
  std::string utf16 = "\xFF\xFE";
  for (char c : ascii) utf16 += c, utf16 += '\0';
  EXPECT_EQ(text_of(utf16), kProse1 + "\n\n" + kProse2);
}

TEST(Extractor, Utf16BigEndianAndOddLengths) {
  const std::string ascii = page("", article(""));
  std::string utf16 = "\xFE\xFF";
  for (char c : ascii) utf16 += '\0', utf16 += c;
  EXPECT_EQ(text_of(utf16), kProse1 + "\n\n" + kProse2);
  // Found by fuzzing: MyHTML's own UTF-16 decoder crashed on an odd number of bytes.
  const std::string odd("\xFF\xFE\x97<td><#\0\0\0head>\x97\x97\x97\x96\x97>", 23);
  extractor().extract(odd);
  extractor().extract(utf16 + "\xD8");
}

TEST(Extractor, ScriptsAndStylesAreNeverText) {
  EXPECT_EQ(text_of(page("<style>p { color: red }</style>",
                         article("<script>var s = '</p><p>not text';</script><noscript>Enable JavaScript</noscript>"
                                 "<svg><text>chart label</text></svg>"))),
            kProse1 + "\n\n" + kProse2);
}

TEST(Extractor, MetadataFromMetaTags) {
  const auto p = extractor().extract(page(
      "<html lang=en-GB><title>Veto | Paper</title><meta property=og:title content=\"Russia vetoes\">"
      "<meta name=author content=\"By Jane Doe\"><meta property=article:published_time content=2017-04-12T10:00:00Z>"
      "<meta property=og:site_name content=\"The Paper\"><link rel=canonical href=https://paper.example/veto>",
      article("")));
  EXPECT_EQ(p.meta.title, "Russia vetoes");
  EXPECT_EQ(p.meta.author, "Jane Doe");
  ASSERT_TRUE(p.meta.published);
  EXPECT_EQ(p.meta.published->iso(), "2017-04-12");
  EXPECT_EQ(p.meta.source, "The Paper");
  EXPECT_EQ(p.meta.url, "https://paper.example/veto");
}

TEST(Extractor, MetadataFromJsonLdGraphsAndArrays) {
  const auto p = extractor().extract(page(
      "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@graph\":["
      "{\"@type\":\"WebSite\",\"name\":\"Not this\"},"
      "{\"@type\":[\"NewsArticle\"],\"headline\":\"Russia vetoes\",\"datePublished\":\"2017-04-12\","
      "\"author\":[{\"@type\":\"Person\",\"name\":\"Jane Doe\"},{\"name\":\"John Roe\"}],"
      "\"publisher\":{\"@type\":\"Organization\",\"name\":\"The Paper\"},\"inLanguage\":\"en\"}]}</script>",
      article("")));
  EXPECT_EQ(p.meta.title, "Russia vetoes");
  EXPECT_EQ(p.meta.author, "Jane Doe, John Roe");
  ASSERT_TRUE(p.meta.published);
  EXPECT_EQ(p.meta.published->iso(), "2017-04-12");
  EXPECT_EQ(p.meta.source, "The Paper");
  EXPECT_EQ(p.meta.language, "en");
  // A top-level array of objects too; malformed JSON-LD is ignored.
  const auto q = extractor().extract(page(
      "<script type=application/ld+json>{broken</script><script type=application/ld+json>"
      "[{\"@type\":\"BlogPosting\",\"headline\":\"A post\",\"author\":\"Ann Example\"}]</script>",
      article("")));
  EXPECT_EQ(q.meta.title, "A post");
  EXPECT_EQ(q.meta.author, "Ann Example");
}

TEST(Extractor, DateFromTimeElementOrUrl) {
  const auto t = extractor().extract(page("", "<time datetime=\"2019-11-18T08:00\">Monday</time>" + article("")));
  ASSERT_TRUE(t.meta.published);
  EXPECT_EQ(t.meta.published->iso(), "2019-11-18");
  const auto u = extractor().extract(page("", article("")), "https://news.example/2019/11/19/trade-talks");
  ASSERT_TRUE(u.meta.published);
  EXPECT_EQ(u.meta.published->iso(), "2019-11-19");
  EXPECT_EQ(u.meta.url, "https://news.example/2019/11/19/trade-talks");
  EXPECT_FALSE(extractor().extract(page("", article("")), "https://news.example/story/12345678901").meta.published);
}

TEST(Extractor, BadInputGivesWhatItHas) {
  EXPECT_EQ(text_of(""), "");
  EXPECT_EQ(text_of("<html><head><title>Nothing</title></head></html>"), "");
  EXPECT_EQ(text_of("<p>" + kProse1 + "</p><p>" + kProse2.substr(0, 40)), kProse1 + "\n\n" + kProse2.substr(0, 40));
  EXPECT_EQ(text_of("<p>" + kProse1 + "</p><p class=\"unclosed"), kProse1);
  std::string binary(4096, '\0');
  for (size_t i = 0; i < binary.size(); ++i) binary[i] = static_cast<char>((i * 7919) & 0xFF);
  extractor().extract(binary);   // any text, but no crash
}

TEST(Extractor, DeepNestingIsFlattenedQuickly) {
  std::string html;
  for (int i = 0; i < 100000; ++i) html += "<div>";
  html += "<p>" + kProse1 + "</p>";
  const auto start = std::chrono::steady_clock::now();
  EXPECT_EQ(text_of(html), kProse1);
  EXPECT_LT(std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count(), 5.0);
}

TEST(Extractor, FiftyMegabytePage) {
  std::string html = "<html><body><article>";
  const std::string para = "<p>" + kProse1 + "</p>\n";
  html.reserve(50u << 20);
  while (html.size() < (50u << 20)) html += para;
  const auto p = extractor().extract(html);
  EXPECT_GT(p.text.size(), 10u << 20);
}

}  // namespace
}  // namespace parley
