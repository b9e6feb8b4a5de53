/* test-json.c
 *
 * Copyright 2026 The Electors authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "ec-election.h"
#include "ec-json-private.h"

static void
assert_refused (const char *text,
                gssize      length,
                EcJsonError code,
                const char *needle)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonParser) parser = NULL;

  parser = ec_json_parse (text, length < 0 ? strlen (text) : (gsize) length, &error);
  g_assert_null (parser);
  g_assert_error (error, EC_JSON_ERROR, code);
  g_assert_true (g_utf8_validate (error->message, -1, NULL));
  g_assert_nonnull (strstr (error->message, needle));
}

static void
test_depth (void)
{
  g_autoptr(GString) deep = g_string_new (NULL);
  g_autoptr(GString) fine = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonParser) parser = NULL;
  const char *brackets = "{\"title\": \"[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[\"}";

  /* As deep as allowed parses; one more level is refused before json-glib
   * recurses into it. */
  for (guint i = 0; i < EC_JSON_MAX_DEPTH; i++)
    g_string_append_c (fine, '[');
  for (guint i = 0; i < EC_JSON_MAX_DEPTH; i++)
    g_string_append_c (fine, ']');
  parser = ec_json_parse (fine->str, fine->len, &error);
  g_assert_no_error (error);
  g_assert_nonnull (parser);

  for (guint i = 0; i < 200000; i++)
    g_string_append (deep, "{\"a\":[");
  assert_refused (deep->str, deep->len, EC_JSON_ERROR_TOO_DEEP, "64 levels");

  /* Brackets inside a text are text, not nesting. */
  g_clear_object (&parser);
  parser = ec_json_parse (brackets, strlen (brackets), &error);
  g_assert_no_error (error);
  g_assert_nonnull (parser);
}

static void
test_escapes (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonParser) parser = NULL;
  const char *pair = "{\"title\": \"\\ud83c\\uddfa\\ud83c\\uddf8 \\u00e9\"}";
  JsonObject *root;

  assert_refused ("{\"title\": \"a \\ud800 b\"}", -1, EC_JSON_ERROR_BAD_ESCAPE, "\\uD800");
  assert_refused ("{\"title\": \"\\ud800\\u0041\"}", -1, EC_JSON_ERROR_BAD_ESCAPE, "\\uD800");
  assert_refused ("{\"title\": \"\\udfff\"}", -1, EC_JSON_ERROR_BAD_ESCAPE, "\\uDFFF");
  assert_refused ("{\"title\": \"\\ud800", -1, EC_JSON_ERROR_BAD_ESCAPE, "\\uD800");
  assert_refused ("{\"title\": \"a\\u0000b\"}", -1, EC_JSON_ERROR_NUL, "null character");
  /* Found by the fuzzer: json-glib read this as text that is not UTF-8. */
  assert_refused ("{\"title\": \"\\ud8c\\3uddfa\"}", -1, EC_JSON_ERROR_BAD_ESCAPE, "four hex digits");
  assert_refused ("{\"title\": \"\\x41\"}", -1, EC_JSON_ERROR_BAD_ESCAPE, "backslash");

  /* A surrogate pair is one character, and stays one. */
  parser = ec_json_parse (pair, strlen (pair), &error);
  g_assert_no_error (error);
  root = json_node_get_object (json_parser_get_root (parser));
  g_assert_cmpstr (json_object_get_string_member (root, "title"), ==, "🇺🇸 é");
}

static void
test_duplicate_keys (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonParser) parser = NULL;
  const char *fine = "[{\"a\": \"a\"}, {\"a\": \"a\", \"b\": [\"a\", \"a\"]}]";

  assert_refused ("{\"a\": 1,\n \"b\": {\"c\": 1},\n \"a\": 2}", -1, EC_JSON_ERROR_DUPLICATE_KEY, "line 3: “a”");
  /* The same key written two ways is still the same key. */
  assert_refused ("{\"TX\": 1, \"T\\u0058\": 2}", -1, EC_JSON_ERROR_DUPLICATE_KEY, "“TX”");

  /* The same key in two objects, or a key's name as a value, is fine. */
  parser = ec_json_parse (fine, strlen (fine), &error);
  g_assert_no_error (error);
  g_assert_nonnull (parser);
}

static void
test_messages_are_text (void)
{
  /* json-glib quotes the file in its message; the bytes here are not UTF-8. */
  const char bad[] = "{\"a\": \xff\xfe\x80 }";
  g_autoptr(GError) error = NULL;
  g_autoptr(EcElection) election = NULL;

  assert_refused (bad, sizeof bad - 1, EC_JSON_ERROR_SYNTAX, "");

  election = ec_election_new_from_data (bad, sizeof bad - 1, &error);
  g_assert_null (election);
  g_assert_nonnull (error);
  g_assert_true (g_utf8_validate (error->message, -1, NULL));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/ec/json/depth", test_depth);
  g_test_add_func ("/ec/json/escapes", test_escapes);
  g_test_add_func ("/ec/json/duplicate-keys", test_duplicate_keys);
  g_test_add_func ("/ec/json/messages-are-text", test_messages_are_text);

  return g_test_run ();
}
