/* test-explanations.c
 *
 * Copyright 2026 The Electors authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Bad or missing explanation data must fail here, never show a blank pane.
 */

#include "config.h"

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

  g_assert_true (g_file_get_contents (path, &data, &length, &error));
  explanations = ec_explanations_new_from_data (data, length, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ec_explanations_get_n_topics (explanations), ==,
                    ec_explanations_get_n_topics (ec_explanations_get_default ()));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/ec/explanations/bundled", test_bundled);
  g_test_add_func ("/ec/explanations/bad-data", test_bad_data);
  g_test_add_func ("/ec/explanations/file-matches", test_file_matches);

  return g_test_run ();
}
