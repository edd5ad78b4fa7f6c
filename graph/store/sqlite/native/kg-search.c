/*
 * FTS5 auxiliary functions for the SQLite store's search ranking (graph/store/CONTRACT.md, "Search"). FTS5 finds the
 * matching rows in C, but reports how many times and in which column a phrase matched only to auxiliary functions,
 * which can be written in C alone; these two let one SQL statement order every match by the contract's rule.
 *
 * Each query phrase is one search unit (graph/store/search-rules.ts: units are distinct); column 0 of the index holds
 * a node's name fields, column 1 the rest; a token is one character of the text (sqlite/search-tokens.ts), so a
 * phrase instance's offset is the character where the unit starts.
 *   kg_unit_score(fts, named, found)         sum over phrases: `named` when the phrase occurs in column 0, plus
 *                                            `found` when it occurs at all (the exact-name bonus of the contract is
 *                                            added in SQL, which can compare whole values)
 *   kg_occurrences(fts, cap, lengths)        occurrences of the units in the row, all phrases and columns, at most
 *                                            cap; `lengths` lists each phrase's unit length in characters
 *                                            ("3,1,2"), and a unit's occurrences are counted without overlap, from
 *                                            left to right (the contract's count: "aa" occurs once in "aaa")
 */
#include <stdlib.h>
#include "sqlite3ext.h"
SQLITE_EXTENSION_INIT1

#define MAX_PHRASES 64

static void unitScore(const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  unsigned char matched[MAX_PHRASES] = {0};
  unsigned char named[MAX_PHRASES] = {0};
  int phrases = api->xPhraseCount(fts);
  int count = 0, score = 0, i;
  int rc = api->xInstCount(fts, &count);
  if (argc != 2) {
    sqlite3_result_error(ctx, "kg_unit_score(fts, named, found): two scores expected", -1);
    return;
  }
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
  for (i = 0; i < phrases && i < MAX_PHRASES; i++) score += (named[i] ? sqlite3_value_int(argv[0]) : 0) + (matched[i] ? sqlite3_value_int(argv[1]) : 0);
  sqlite3_result_int(ctx, score);
}

typedef struct {
  int phrase, column, offset;
} Instance;

static int byPosition(const void *a, const void *b) {
  const Instance *x = (const Instance *)a, *y = (const Instance *)b;
  if (x->phrase != y->phrase) return x->phrase < y->phrase ? -1 : 1;
  if (x->column != y->column) return x->column < y->column ? -1 : 1;
  return x->offset < y->offset ? -1 : x->offset > y->offset;
}

/* "3,1,2" → lengths[0..]; phrases without a length count as one character (no instance overlaps another). */
static void readLengths(const unsigned char *text, int *lengths) {
  int i;
  for (i = 0; i < MAX_PHRASES; i++) lengths[i] = 1;
  for (i = 0; text && *text && i < MAX_PHRASES; i++) {
    lengths[i] = atoi((const char *)text);
    if (lengths[i] < 1) lengths[i] = 1;
    while (*text && *text != ',') text++;
    if (*text == ',') text++;
  }
}

static void occurrences(const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  int lengths[MAX_PHRASES];
  int count = 0, total = 0, i, cap, rc, phrase = -1, column = -1, end = 0;
  Instance *instances;
  if (argc != 2) {
    sqlite3_result_error(ctx, "kg_occurrences(fts, cap, lengths): two arguments expected", -1);
    return;
  }
  cap = sqlite3_value_int(argv[0]);
  readLengths(sqlite3_value_text(argv[1]), lengths);
  rc = api->xInstCount(fts, &count);
  if (rc != SQLITE_OK) {
    sqlite3_result_error_code(ctx, rc);
    return;
  }
  if (count == 0) {
    sqlite3_result_int(ctx, 0);
    return;
  }
  instances = sqlite3_malloc64((sqlite3_uint64)count * sizeof(Instance));
  if (instances == 0) {
    sqlite3_result_error_nomem(ctx);
    return;
  }
  for (i = 0; i < count; i++) {
    rc = api->xInst(fts, i, &instances[i].phrase, &instances[i].column, &instances[i].offset);
    if (rc != SQLITE_OK) {
      sqlite3_free(instances);
      sqlite3_result_error_code(ctx, rc);
      return;
    }
  }
  qsort(instances, (size_t)count, sizeof(Instance), byPosition);
  /* Per phrase and column, left to right: an instance starting inside the last counted one is not counted. */
  for (i = 0; i < count && total < cap; i++) {
    const Instance *at = &instances[i];
    if (at->phrase != phrase || at->column != column) {
      phrase = at->phrase;
      column = at->column;
    } else if (at->offset < end) {
      continue;
    }
    end = at->offset + (at->phrase >= 0 && at->phrase < MAX_PHRASES ? lengths[at->phrase] : 1);
    total++;
  }
  sqlite3_free(instances);
  sqlite3_result_int(ctx, total < cap ? total : cap);
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
