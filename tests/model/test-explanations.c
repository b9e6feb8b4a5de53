/* test-explanations.c
 *
 * Copyright 2026 The Electors authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Bad or missing explanation data must fail here, never show a blank pane.
 */

#include "config.h"

#include <json-glib/json-glib.h>

#include "ec-explanations.h"

static void
test_bundled (void)
{
  EcExplanations *explanations = ec_explanations_get_default ();
  const char * const *events = ec_explanations_get_events ();
  const char *required[] = {
    "electoral-college", "why-270", "choosing-electors", "faithless-electors", "state-laws",
    "chiafalo", "district-method", "contingent-election", "popular-vote-splits", "apportionment",
    "petition-2016",
  };

  g_assert_cmpuint (ec_explanations_get_n_topics (explanations), >=, G_N_ELEMENTS (required));

  for (guint i = 0; i < G_N_ELEMENTS (required); i++)
    g_assert_nonnull (ec_explanations_lookup (explanations, required[i]));

  for (guint i = 0; i < ec_explanations_get_n_topics (explanations); i++)
    {
      const EcTopic *topic = ec_explanations_get_topic (explanations, i);

      g_assert_cmpuint (strlen (topic->title), >, 0);
      g_assert_cmpuint (strlen (topic->short_text), >, 20);
      g_assert_cmpuint (g_strv_length (topic->more), >=, 1);
      g_assert_cmpuint (topic->sources->len, >=, 1);
    }

  /* Every event has its topic, and the ones the issue names fit. */
  for (guint i = 0; events[i] != NULL; i++)
    g_assert_nonnull (ec_explanations_for_event (explanations, events[i]));

  g_assert_cmpstr (ec_explanations_for_event (explanations, "tie")->id, ==, "contingent-election");
  g_assert_cmpstr (ec_explanations_for_event (explanations, "contingent")->id, ==, "contingent-election");
  g_assert_cmpstr (ec_explanations_for_event (explanations, "popular-vote-split")->id, ==, "popular-vote-splits");
  g_assert_cmpstr (ec_explanations_for_event (explanations, "district-method-toggled")->id, ==, "district-method");
  g_assert_cmpstr (ec_explanations_for_event (explanations, "petition")->id, ==, "petition-2016");
}

static void
test_bad_data (void)
{
  const char *topic = "{\"id\": \"t\", \"title\": \"T\", \"short\": \"Short text here.\", \"more\": [\"More.\"], "
                      "\"sources\": [{\"title\": \"S\", \"detail\": \"D\"}]}";
  g_autofree char *no_triggers = g_strdup_printf ("{\"format\": 1, \"topics\": [%s], \"triggers\": []}", topic);
  g_autofree char *bad_trigger = g_strdup_printf ("{\"format\": 1, \"topics\": [%s], \"triggers\": "
                                                  "[{\"event\": \"start\", \"topic\": \"nope\"}]}", topic);
  const char *bad[] = {
    "",
    "{}",
    "{\"format\": 2, \"topics\": [], \"triggers\": []}",
    "{\"format\": 1, \"topics\": [{\"id\": \"t\", \"title\": \"T\", \"short\": \"\", \"more\": [\"x\"], "
    "\"sources\": [{\"title\": \"S\", \"detail\": \"D\"}]}], \"triggers\": []}",
    "{\"format\": 1, \"topics\": [{\"id\": \"t\", \"title\": \"T\", \"short\": \"S\", \"more\": [], "
    "\"sources\": [{\"title\": \"S\", \"detail\": \"D\"}]}], \"triggers\": []}",
    "{\"format\": 1, \"topics\": [{\"id\": \"t\", \"title\": \"T\", \"short\": \"S\", \"more\": [\"x\"], "
    "\"sources\": []}], \"triggers\": []}",
    no_triggers,
    bad_trigger,
  };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(EcExplanations) explanations = ec_explanations_new_from_data (bad[i], strlen (bad[i]), &error);

      g_assert_null (explanations);
      g_assert_error (error, EC_EXPLANATIONS_ERROR, EC_EXPLANATIONS_ERROR_INVALID_DATA);
    }
}

/* The committed file is the one compiled in. */
static void
test_file_matches (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "explanations.json", NULL);
  g_autofree char *data = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(EcExplanations) explanations = NULL;
  gsize length;

  g_autoptr(GBytes) compiled = NULL;
  g_autoptr(GBytes) committed = NULL;

  g_assert_true (g_file_get_contents (path, &data, &length, &error));
  explanations = ec_explanations_new_from_data (data, length, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ec_explanations_get_n_topics (explanations), ==,
                    ec_explanations_get_n_topics (ec_explanations_get_default ()));

  /* Byte for byte: a sentence changed in the file and not rebuilt into the
   * app would otherwise pass. */
  compiled = g_resources_lookup_data ("/io/github/electors/Electors/explanations.json", 0, &error);
  g_assert_no_error (error);
  committed = g_bytes_new_take (g_steal_pointer (&data), length);
  g_assert_true (g_bytes_equal (compiled, committed));
}

static char *
c_string (const char *text)
{
  g_autoptr(GString) escaped = g_string_new ("N_(\"");

  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '"' || *p == '\\')
        g_string_append_c (escaped, '\\');
      if (*p == '\n')
        g_string_append (escaped, "\\n");
      else
        g_string_append_c (escaped, *p);
    }
  g_string_append (escaped, "\")");

  return g_string_free (g_steal_pointer (&escaped), FALSE);
}

/* The strings for translators (data/explanations-strings.h, made by
 * tools/extract-explanation-strings.py) match the JSON. */
static void
test_strings_extracted (void)
{
  g_autofree char *json_path = g_test_build_filename (G_TEST_DIST, "..", "data", "explanations.json", NULL);
  g_autofree char *header_path = g_test_build_filename (G_TEST_DIST, "..", "data", "explanations-strings.h", NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autofree char *header = NULL;
  JsonArray *topics;

  g_assert_true (json_parser_load_from_file (parser, json_path, NULL));
  g_assert_true (g_file_get_contents (header_path, &header, NULL, NULL));

  topics = json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)), "topics");
  for (guint i = 0; i < json_array_get_length (topics); i++)
    {
      JsonObject *topic = json_array_get_object_element (topics, i);
      JsonArray *more = json_object_get_array_member (topic, "more");
      g_autoptr(GPtrArray) texts = g_ptr_array_new ();

      g_ptr_array_add (texts, (char *)json_object_get_string_member (topic, "title"));
      g_ptr_array_add (texts, (char *)json_object_get_string_member (topic, "short"));
      for (guint j = 0; j < json_array_get_length (more); j++)
        g_ptr_array_add (texts, (char *)json_array_get_string_element (more, j));

      for (guint j = 0; j < texts->len; j++)
        {
          g_autofree char *marker = c_string (g_ptr_array_index (texts, j));

          if (strstr (header, marker) == NULL)
            {
              g_test_message ("Not extracted: %s (run tools/extract-explanation-strings.py)", marker);
              g_test_fail ();
            }
        }
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/ec/explanations/bundled", test_bundled);
  g_test_add_func ("/ec/explanations/bad-data", test_bad_data);
  g_test_add_func ("/ec/explanations/file-matches", test_file_matches);
  g_test_add_func ("/ec/explanations/strings-extracted", test_strings_extracted);

  return g_test_run ();
}
