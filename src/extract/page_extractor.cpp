#include "parley/extractor.h"

#include "extract/article_extractor.h"
#include "extract/html_parser.h"
#include "extract/page_metadata.h"
#include "extract/tag_roles.h"

namespace parley {

struct PageExtractor::Rules {
  TagRoles tags;
  ArticleExtractor article;
  MetadataRules meta;
};

PageExtractor::PageExtractor(const std::string& data_dir)
    : rules_(std::make_unique<Rules>(Rules{TagRoles::load(data_dir + "/extract/tags.tsv"),
                                           ArticleExtractor(ClassWords::load(data_dir + "/extract/class_words.tsv")),
                                           MetadataRules::load(data_dir + "/extract/meta_fields.tsv")})) {}
PageExtractor::~PageExtractor() = default;
PageExtractor::PageExtractor(PageExtractor&&) noexcept = default;

ExtractedPage PageExtractor::extract(std::string_view html, std::string_view url) const {
  const Dom dom = parse_html(html, rules_->tags);
  ExtractedPage page;
  page.encoding = dom.encoding;
  page.meta = rules_->meta.read(dom, url);
  ExtractedText body = rules_->article.extract(dom, page.meta.title);
  page.text = std::move(body.text);
  page.removed = std::move(body.removed);
  return page;
}

}  // namespace parley
