// A page's metadata: title, author, publication date, site name, canonical URL
// and language, from what pages say about themselves: JSON-LD, <meta> tags
// (Open Graph, Dublin Core, article:*), <link rel=canonical>, <time datetime>,
// <html lang>, and a date in the URL.
#pragma once

#include <string_view>

#include "extract/dom.h"
#include "parley/document.h"

namespace parley {

DocumentMeta page_metadata(const Dom& dom, std::string_view url);

}  // namespace parley
