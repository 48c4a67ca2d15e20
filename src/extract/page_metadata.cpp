#include "extract/page_metadata.h"

#include <myhtml/tag_const.h>

namespace parley {

DocumentMeta page_metadata(const Dom& dom, std::string_view url) {
  DocumentMeta meta;
  meta.url = url;
  for (uint32_t i = 0; i < dom.nodes.size(); ++i)
    if (dom.nodes[i].tag == MyHTML_TAG_TITLE && meta.title.empty()) meta.title = dom.text_of(i);
  return meta;
}

}  // namespace parley
