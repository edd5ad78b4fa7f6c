/*
 * FTS5 auxiliary functions for the SQLite store's search ranking (graph/store/CONTRACT.md, "Search"). FTS5 finds the
 * matching rows in C, but reports how many times and in which column a phrase matched only to auxiliary functions,
 * which can be written in C alone; these two let one SQL statement order every match by the contract's rule.
 *
 * Each query phrase is one search unit; column 0 of the index holds a node's name field, column 1 the rest.
 *   kg_unit_score(fts)        sum over phrases: 10 when the phrase occurs in column 0, plus 1 when it occurs at all
 *                             (the exact-name bonus of the contract is added in SQL, which can compare whole values)
 *   kg_occurrences(fts, cap)  phrase instances in the row, all phrases and columns, at most cap
 */
#include "sqlite3ext.h"
SQLITE_EXTENSION_INIT1

#define MAX_PHRASES 64

static void unitScore(const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  unsigned char matched[MAX_PHRASES] = {0};
  unsigned char named[MAX_PHRASES] = {0};
  int phrases = api->xPhraseCount(fts);
  int count = 0, score = 0, i;
  int rc = api->xInstCount(fts, &count);
  (void)argc;
  (void)argv;
  if (rc != SQLITE_OK) {
    sqlite3_result_error_code(ctx, rc);
    return;
  }
  for (i = 0; i < count; i++) {
    int phrase, column, offset;
    rc = api->xInst(fts, i, &phrase, &column, &offset);
    if (rc != SQLITE_OK) {
      sqlite3_result_error_code(ctx, rc);
      return;
    }
    if (phrase < 0 || phrase >= MAX_PHRASES) continue;
    matched[phrase] = 1;
    if (column == 0) named[phrase] = 1;
  }
  for (i = 0; i < phrases && i < MAX_PHRASES; i++) score += (named[i] ? 10 : 0) + (matched[i] ? 1 : 0);
  sqlite3_result_int(ctx, score);
}

static void occurrences(const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  int count = 0;
  int cap = argc > 0 ? sqlite3_value_int(argv[0]) : 50;
  int rc = api->xInstCount(fts, &count);
  if (rc != SQLITE_OK) {
    sqlite3_result_error_code(ctx, rc);
    return;
  }
  sqlite3_result_int(ctx, count < cap ? count : cap);
}

/* The documented way for an extension to reach FTS5: SELECT fts5(?1) hands out the fts5_api pointer. */
static fts5_api *ftsApi(sqlite3 *db) {
  fts5_api *api = 0;
  sqlite3_stmt *statement = 0;
  if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &statement, 0) == SQLITE_OK) {
    sqlite3_bind_pointer(statement, 1, (void *)&api, "fts5_api_ptr", 0);
    sqlite3_step(statement);
  }
  sqlite3_finalize(statement);
  return api;
}

#ifdef _WIN32
__declspec(dllexport)
#endif
int sqlite3_kgsearch_init(sqlite3 *db, char **error, const sqlite3_api_routines *routines) {
  fts5_api *api;
  int rc;
  SQLITE_EXTENSION_INIT2(routines);
  api = ftsApi(db);
  if (api == 0 || api->iVersion < 2) {
    *error = sqlite3_mprintf("kg-search: this SQLite has no FTS5 (version 2 or later)");
    return SQLITE_ERROR;
  }
  rc = api->xCreateFunction(api, "kg_unit_score", 0, unitScore, 0);
  if (rc == SQLITE_OK) rc = api->xCreateFunction(api, "kg_occurrences", 0, occurrences, 0);
  return rc;
}
