#include "extract/markup_filter.h"

#include <gtest/gtest.h>

namespace parley {
namespace {

std::string filtered(std::string_view html) {
  std::string out;
  filter_markup(html, out);
  return out;
}

TEST(MarkupFilter, CutsScriptAndStyleBodiesButKeepsJsonLd) {
  EXPECT_EQ(filtered("<p>a</p><script>if (a<b) x='</p>';</script><STYLE>p{}</style ><p>b</p>"),
            "<p>a</p><script></script><STYLE></style ><p>b</p>");
  EXPECT_EQ(filtered("<script type=\"application/ld+json\">{\"a\":1}</script>"),
            "<script type=\"application/ld+json\">{\"a\":1}</script>");
  EXPECT_EQ(filtered("<script>unclosed"), "<script>");
}

TEST(MarkupFilter, KeepsOnlyTheAttributesParleyReads) {
  EXPECT_EQ(filtered("<div data-x='{\"a\":\"<b>\"}' CLASS=\"story body\" onclick=go() id=main><a href=/x title=\"t\">x</a>"
                     "<link rel=canonical href=https://x.example/a><img src=a.jpg srcset=\"a 1x, b 2x\"/>"),
            "<div CLASS=\"story body\" id=main><a>x</a><link rel=canonical href=https://x.example/a><img/>");
  EXPECT_EQ(filtered("<p class=a>plain</p>"), "<p class=a>plain</p>");
}

TEST(MarkupFilter, AQuoteLeftOpenInsideATagEnds) {
  // Found by fuzzing: the tag name runs to the '/', so the attributes start inside a quoted
  // value and the last quote has no partner before the tag's end; this used to loop forever.
  filtered("<he=\"application/cld+json<link rel=canonical href=\">{2@<template>`ta ch/<ap>=uthml>");
  SUCCEED();
}

TEST(MarkupFilter, QuotesAndCommentsAreNotTags) {
  EXPECT_EQ(filtered("<a class=\"<script>\">x</a><!-- <script> -->y"), "<a class=\"<script>\">x</a><!-- <script> -->y");
}

TEST(MarkupFilter, NestingBeyondTheLimitIsDropped) {
  std::string html, want;
  for (int i = 0; i < kMaxDepth + 10; ++i) html += "<div>", want += i < kMaxDepth ? "<div>" : "";
  html += "x";
  want += "x";
  for (int i = 0; i < kMaxDepth + 10; ++i) html += "</div>", want += i < 10 ? "" : "</div>";
  EXPECT_EQ(filtered(html), want);
  // Paragraphs and list items close themselves: a thousand of them are not nesting.
  std::string flat;
  for (int i = 0; i < 1000; ++i) flat += "<p>x";
  EXPECT_EQ(filtered(flat), flat);
}

}  // namespace
}  // namespace parley
