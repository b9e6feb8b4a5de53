/* ec-json-private.h
 *
 * Copyright 2026 The Electors authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/* Strict accessors: each returns NULL or FALSE when the member is missing or
 * has another type, so that callers can reject files instead of guessing. */
const char *ec_json_get_string     (JsonObject  *object,
                                    const char  *member);
JsonObject *ec_json_get_object     (JsonObject  *object,
                                    const char  *member);
JsonArray  *ec_json_get_array      (JsonObject  *object,
                                    const char  *member);
gboolean    ec_json_node_get_count (JsonNode    *node,
                                    gint64      *count);
gboolean    ec_json_get_count      (JsonObject  *object,
                                    const char  *member,
                                    gint64      *count);
gboolean    ec_json_get_boolean    (JsonObject  *object,
                                    const char  *member,
                                    gboolean     default_value);
gboolean    ec_json_member_is_null (JsonObject  *object,
                                    const char  *member);

/* How deep any file of ours may nest arrays and objects. Our formats need
 * fewer than ten levels; the limit keeps a hostile file of nested brackets
 * from exhausting the parser's stack. */
#define EC_JSON_MAX_DEPTH 64

#define EC_JSON_ERROR (ec_json_error_quark ())

typedef enum {
  EC_JSON_ERROR_SYNTAX,
  EC_JSON_ERROR_TOO_DEEP,
  EC_JSON_ERROR_BAD_ESCAPE,
  EC_JSON_ERROR_NUL,
  EC_JSON_ERROR_DUPLICATE_KEY,
} EcJsonError;

GQuark      ec_json_error_quark    (void);
JsonParser *ec_json_parse          (const char  *data,
                                    gsize        length,
                                    GError     **error);

/* What ec_json_parse_document() found, so that each loader can say it in
 * its own words and error domain. */
typedef enum {
  EC_JSON_DOCUMENT_OK,
  EC_JSON_DOCUMENT_NOT_JSON,
  EC_JSON_DOCUMENT_WRONG_FORMAT,
  EC_JSON_DOCUMENT_NO_VERSION,
  EC_JSON_DOCUMENT_NEWER_VERSION,
} EcJsonDocument;

EcJsonDocument ec_json_parse_document (const char  *data,
                                       gsize        length,
                                       const char  *format,
                                       gint64       max_version,
                                       JsonParser **parser,
                                       gint64      *version,
                                       GError     **parse_error);

/* Sets @error and returns FALSE, so that a check can fail in one line. */
gboolean    ec_fail                (GError     **error,
                                    GQuark       domain,
                                    int          code,
                                    const char  *format,
                                    ...) G_GNUC_PRINTF (4, 5);

G_END_DECLS
