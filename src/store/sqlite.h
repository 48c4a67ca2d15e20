// A thin RAII layer over the SQLite C API: a connection and prepared
// statements with bind/step/column helpers. Errors throw StoreError with
// SQLite's message.
#pragma once

#include <sqlite3.h>

#include <string>
#include <string_view>

#include "parley/store.h"

namespace parley::sqlite {

class Statement;

class Database {
 public:
  explicit Database(const std::string& path);
  ~Database();
  Database(const Database&) = delete;
  Database& operator=(const Database&) = delete;

  void exec(const std::string& sql);
  Statement prepare(std::string_view sql);
  sqlite3* handle() const { return db_; }
  std::string path() const { return path_; }

 private:
  sqlite3* db_ = nullptr;
  std::string path_;
};

class Statement {
 public:
  Statement(sqlite3* db, std::string_view sql);
  ~Statement();
  Statement(Statement&& other) noexcept;
  Statement& operator=(Statement&&) = delete;
  Statement(const Statement&) = delete;

  Statement& bind(int index, std::string_view text);
  Statement& bind(int index, long long value);
  Statement& bind(int index, double value);
  Statement& bind_null(int index);
  // Advances; true while a row is available.
  bool step();
  // Steps to completion and resets, for INSERT/UPDATE.
  void run();
  void reset();

  std::string text(int column) const;
  long long integer(int column) const;
  double real(int column) const;

 private:
  sqlite3* db_;
  sqlite3_stmt* stmt_ = nullptr;
};

}  // namespace parley::sqlite
