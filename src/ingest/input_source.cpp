#include "ingest/input_source.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>

#include "ingest/format_sniffer.h"
#include "ingest/jsonl_record.h"
#include "util/strings.h"
#include "util/text_file.h"

namespace fs = std::filesystem;

namespace parley {

namespace {
constexpr const char* kDirectoryManifest = "manifest.jsonl";

std::string mb(size_t bytes) { return std::to_string(bytes >> 20) + " MB"; }

uint64_t file_size_or_zero(const fs::path& p) {
  std::error_code ec;
  const auto size = fs::file_size(p, ec);
  return ec ? 0 : size;
}

bool is_document_file(const fs::path& p) {
  return format_from_extension(p.string()).has_value();
}
}  // namespace

InputSource::InputSource(const std::vector<std::string>& args, InputOptions options,
                         Diagnostics& diag)
    : options_(options), diag_(diag) {
  for (const auto& arg : args) expand(arg);
}

InputSource::~InputSource() = default;

void InputSource::expand(const std::string& arg) {
  std::error_code ec;
  if (arg != "-" && fs::is_directory(arg, ec)) {
    expand_directory(arg);
  } else {
    pending_.push_back({arg, options_.manifest});
    if (arg != "-") bytes_total_ += file_size_or_zero(arg);
  }
}

// Reads a directory tree in sorted order (so that runs are reproducible). Only
// files whose extension names a document format (.txt, .text, .html, .htm,
// .xhtml, .jsonl, .ndjson) are read; the others are counted as ignored. A
// directory's manifest.jsonl gives metadata to the files beside and below it.
void InputSource::expand_directory(const std::string& dir) {
  std::vector<fs::path> files;
  std::error_code ec;
  fs::recursive_directory_iterator it(dir, fs::directory_options::skip_permission_denied, ec);
  if (ec) {
    ++diag_.counts().read;
    diag_.skip(dir, "unreadable", "cannot read the directory: " + ec.message());
    return;
  }
  for (const auto& entry : it) {
    if (entry.is_regular_file(ec)) files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());

  const Manifest* manifest = options_.manifest;
  const fs::path local = fs::path(dir) / kDirectoryManifest;
  if (!manifest && fs::exists(local, ec)) {
    directory_manifests_.push_back(
        std::make_unique<Manifest>(Manifest::load(local.string(), diag_)));
    manifest = directory_manifests_.back().get();
  }
  for (const auto& f : files) {
    const bool is_manifest = f.filename() == kDirectoryManifest ||
                             (options_.manifest && fs::equivalent(f, options_.manifest->path(), ec));
    if (is_manifest) continue;
    if (!is_document_file(f)) {  // README.md, images: counted, not read
      ++diag_.counts().ignored;
      continue;
    }
    pending_.push_back({f.string(), manifest});
    bytes_total_ += file_size_or_zero(f);
  }
}

std::optional<RawInput> InputSource::next() {
  while (true) {
    if (records_) {
      if (auto r = next_record()) return r;
      continue;  // next_record() closed the stream at its end
    }
    if (pending_.empty()) return std::nullopt;
    const Pending p = std::move(pending_.front());
    pending_.pop_front();
    if (auto r = open(p)) return r;
  }
}

std::optional<RawInput> InputSource::open(const Pending& p) {
  const bool is_stdin = p.path == "-";
  std::string bytes;
  if (is_stdin) {
    bytes.assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
  } else {
    std::error_code ec;
    const auto size = fs::file_size(p.path, ec);
    std::ifstream probe(p.path, std::ios::binary);
    if (ec || !probe) {
      ++diag_.counts().read;
      diag_.skip(p.path, "unreadable",
                 std::string("cannot read: ") + (ec ? ec.message() : std::strerror(errno)));
      return std::nullopt;
    }
    const auto format = format_from_extension(p.path);
    if (format != InputFormat::JsonLines && size > options_.max_bytes) {
      ++diag_.counts().read;
      bytes_read_ += size;
      diag_.skip(p.path, "too-large",
                 "file of " + mb(size) + " is over the limit of " + mb(options_.max_bytes) +
                     " (--max-document-mb)");
      return std::nullopt;
    }
    if (format == InputFormat::JsonLines) {
      records_ = std::make_unique<std::ifstream>(std::move(probe));
      records_of_ = p;
      record_line_ = 0;
      return std::nullopt;
    }
    bytes.assign(std::istreambuf_iterator<char>(probe), std::istreambuf_iterator<char>());
    bytes_read_ += bytes.size();
  }

  if (!looks_binary(bytes) && sniff_format(bytes) == InputFormat::JsonLines &&
      !format_from_extension(p.path)) {
    records_ = std::make_unique<std::istringstream>(std::move(bytes));
    records_of_ = p;
    record_line_ = 0;
    return std::nullopt;
  }

  ++diag_.counts().read;
  if (bytes.size() > options_.max_bytes) {
    diag_.skip(p.path, "too-large",
               "input of " + mb(bytes.size()) + " is over the limit of " + mb(options_.max_bytes));
    return std::nullopt;
  }
  if (trim(bytes).empty()) {
    diag_.skip(p.path, "empty", "no text");
    return std::nullopt;
  }
  if (looks_binary(bytes)) {
    diag_.skip(p.path, "binary", "binary data, not text");
    return std::nullopt;
  }
  RawInput input;
  input.where = p.path;
  input.format = format_from_extension(p.path);
  if (!input.format) input.format = sniff_format(bytes);
  input.bytes = std::move(bytes);
  input.meta.file = is_stdin ? "-" : p.path;
  if (p.manifest) p.manifest->apply(p.path, input.meta);
  return input;
}

std::optional<RawInput> InputSource::next_record() {
  std::string line;
  while (std::getline(*records_, line)) {
    ++record_line_;
    if (records_of_.path != "-") bytes_read_ += line.size() + 1;
    if (trim(line).empty()) continue;
    const std::string where = records_of_.path + ":" + std::to_string(record_line_);
    ++diag_.counts().read;
    if (line.size() > options_.max_bytes) {
      diag_.skip(where, "too-large",
                 "record of " + mb(line.size()) + " is over the limit of " + mb(options_.max_bytes));
      continue;
    }
    if (auto r = parse_jsonl_record(std::move(line), where, diag_)) {
      r->meta.file = r->meta.url.empty() ? records_of_.path : r->meta.url;
      if (records_of_.manifest) records_of_.manifest->apply(records_of_.path, r->meta);
      return r;
    }
  }
  if (records_->bad()) {
    diag_.skip(records_of_.path, "unreadable", "read error");
  }
  records_.reset();
  return std::nullopt;
}

}  // namespace parley
