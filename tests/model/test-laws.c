/* test-laws.c
 *
 * Copyright 2026 The Electors authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <json-glib/json-glib.h>

#include "ec-election.h"
#include "ec-laws.h"

static void
test_bundled (void)
{
  EcLaws *laws = ec_laws_get_default ();
  g_autoptr(EcElection) election = ec_election_new_for_year (2024, NULL);
  GPtrArray *states = ec_election_get_states (election);
  guint counts[4] = { 0 };
  const EcLaw *law;

  for (guint i = 0; i < states->len; i++)
    {
      law = ec_laws_lookup (laws, ec_unit_get_id (g_ptr_array_index (states, i)));

      g_assert_nonnull (law);
      g_assert_cmpuint (strlen (law->summary), >, 20);
      g_assert_cmpuint (strlen (law->source_date), >, 0);
      /* A student can follow every entry to its sources. */
      g_assert_cmpuint (g_strv_length (law->sources), >=, 1);
      /* An entry that is not fully checked says so. */
      if (!law->verified)
        g_assert_nonnull (law->caveat);
      /* The sentences are filled in, with curly apostrophes. */
      g_assert_null (strchr (law->summary, '{'));
      g_assert_null (strchr (law->summary, '\''));
      g_assert_true (law->earlier == NULL || strchr (law->earlier, '\'') == NULL);
      g_assert_true (law->caveat == NULL || strchr (law->caveat, '\'') == NULL);
      counts[law->category]++;
    }

  /* The table's own totals (data/SOURCES.md): 16 void the vote and replace
   * the elector, 2 punish but count it, 16 states and DC bind without a
   * penalty, 16 have no law. */
  g_assert_cmpuint (counts[EC_LAW_VOTE_CANCELLED_REPLACED], ==, 16);
  g_assert_cmpuint (counts[EC_LAW_PENALTY_VOTE_COUNTS], ==, 2);
  g_assert_cmpuint (counts[EC_LAW_PLEDGE_NO_PENALTY], ==, 17);
  g_assert_cmpuint (counts[EC_LAW_NONE], ==, 16);
  g_assert_cmpuint (ec_laws_count_voiding (laws), ==, 16);

  g_assert_true (ec_laws_voids_faithless (laws, "WA"));
  g_assert_false (ec_laws_voids_faithless (laws, "TX"));

  /* California's uniform act (Senate Bill 103 of 2022) is in force since
   * 2023, Tennessee's since 2024: both void the vote and replace the elector. */
  law = ec_laws_lookup (laws, "CA");
  g_assert_true (ec_laws_voids_faithless (laws, "CA"));
  g_assert_true (law->ufpea);
  g_assert_cmpuint (law->since, ==, 2023);
  g_assert_true (g_str_has_prefix (law->summary, "Since 2023, California has used the Uniform"));
  g_assert_nonnull (strstr (law->earlier, "2022"));
  law = ec_laws_lookup (laws, "TN");
  g_assert_true (ec_laws_voids_faithless (laws, "TN"));
  g_assert_true (law->ufpea);
  g_assert_cmpuint (law->since, ==, 2024);

  /* Washington fined all four of its faithless electors in 2016. */
  g_assert_nonnull (strstr (ec_laws_lookup (laws, "WA")->earlier, "all four"));
  g_assert_cmpstr (ec_laws_lookup (laws, "MT")->statute, ==, "Mont. Code Ann. 13-25-307");
}

static void
test_bad_data (void)
{
  const char *bad[] = {
    "",
    "{}",
    "{\"as_of\": \"2024\", \"states\": {\"TX\": {\"category\": \"sometimes\", \"summary\": \"x\", \"source_date\": \"y\"}}}",
    "{\"as_of\": \"2024\", \"states\": {\"TX\": {\"category\": \"none\", \"summary\": \"x\", \"source_date\": \"y\"}}}",
    "{\"as_of\": \"2024\", \"states\": {\"TX\": {\"name\": \"Texas\", \"category\": \"none\", \"summary\": \"{nope}\", "
    "\"source_date\": \"y\", \"sources\": [\"https://example.org/\"], \"certainty\": \"verified\"}}}",
  };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(EcLaws) laws = ec_laws_new_from_data (bad[i], strlen (bad[i]), &error);

      g_assert_null (laws);
      g_assert_error (error, EC_LAWS_ERROR, EC_LAWS_ERROR_INVALID_DATA);
    }
}

/* A table unlike the real one: 51 entries, the first five of which void the
 * vote (two of them, and DC among the pledge laws, by the uniform act since
 * 2018 and 2020), six bind without a penalty (with DC), one punishes, the
 * rest (39) have no law; nine are verified. */
static EcLaws *
made_up_laws (void)
{
  g_autoptr(EcElection) election = ec_election_new_for_year (2024, NULL);
  GPtrArray *states = ec_election_get_states (election);
  g_autoptr(GString) json = g_string_new ("{\"as_of\": \"2030\", \"states\": {");
  g_autoptr(GError) error = NULL;
  EcLaws *laws;
  guint others = 0;

  g_assert_cmpuint (states->len, ==, 51);
  for (guint i = 0; i < states->len; i++)
    {
      EcUnit *unit = g_ptr_array_index (states, i);
      gboolean dc = g_str_equal (ec_unit_get_id (unit), "DC");
      const char *category;
      guint since = 0;
      guint position = dc ? 0 : others++;

      if (dc || (position >= 5 && position < 10))
        category = "pledge_no_penalty";
      else if (position < 5)
        category = "vote_cancelled_replaced";
      else if (position == 10)
        category = "penalty_vote_counts";
      else
        category = "none";
      if (position == 1 && !dc)
        since = 2020;
      if (position == 3 && !dc)
        since = 2018;

      g_string_append_printf (json,
                              "%s\"%s\": {\"name\": \"%s\", \"category\": \"%s\", \"summary\": \"{state} law.\", "
                              "\"since\": %s, \"ufpea\": %s, \"source_date\": \"2030\", "
                              "\"sources\": [\"https://example.org/\"], \"certainty\": \"%s\", \"caveat\": \"Unsure.\"}",
                              i > 0 ? ", " : "", ec_unit_get_id (unit), ec_unit_get_name (unit), category,
                              since > 0 ? (since == 2020 ? "2020" : "2018") : "null",
                              since > 0 ? "true" : "false", i < 9 ? "verified" : "partly");
    }
  g_string_append (json, "}}");

  laws = ec_laws_new_from_data (json->str, json->len, &error);
  g_assert_no_error (error);

  return laws;
}

/* Counts and lists in the explanations come from the table they are filled
 * from, never from the sentence. */
static void
test_expand (void)
{
  g_autoptr(EcLaws) laws = made_up_laws ();
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *real = NULL;
  g_autofree char *bad = NULL;
  const char *paragraph = "No law ({none}); pledge ({pledge}); penalty ({penalty-list}); "
                          "void ({void}), of which {ufpea} by the act; {bound} bind; {verified} checked.";

  text = ec_laws_expand (laws, paragraph, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (text, ==, "No law (39 states); pledge (5 states and DC); penalty (Hawaii); "
                             "void (5 states), of which 2 states by the act; 11 states and DC bind; "
                             "9 of its 51 entries checked.");

  g_clear_pointer (&text, g_free);
  text = ec_laws_expand (laws, "{ufpea-after:2016}, {ufpea-after:2019}, {ufpea-after:2020}.", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (text, ==, "Arizona (2018) and Alabama (2020), Alabama (2020), .");

  g_clear_pointer (&text, g_free);
  text = ec_laws_expand (laws, "{void-list}", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (text, ==, "Alabama, Alaska, Arizona, Arkansas and California");

  /* The real table gives other figures to the same sentence. */
  real = ec_laws_expand (ec_laws_get_default (), paragraph, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (real, !=, text);
  g_assert_nonnull (strstr (real, "void (16 states), of which 10 states by the act"));

  /* An unknown or broken placeholder is an error, never shown. */
  bad = ec_laws_expand (laws, "{states}", &error);
  g_assert_null (bad);
  g_assert_error (error, EC_LAWS_ERROR, EC_LAWS_ERROR_INVALID_DATA);
  g_clear_error (&error);
  bad = ec_laws_expand (laws, "{void", &error);
  g_assert_null (bad);
  g_assert_error (error, EC_LAWS_ERROR, EC_LAWS_ERROR_INVALID_DATA);
  g_clear_error (&error);
  bad = ec_laws_expand (laws, "{ufpea-after:soon}", &error);
  g_assert_null (bad);
  g_assert_error (error, EC_LAWS_ERROR, EC_LAWS_ERROR_INVALID_DATA);
}

/* The strings for translators (data/faithless-laws-strings.h, made by
 * tools/extract-explanation-strings.py) match the JSON. */
static void
test_strings_extracted (void)
{
  g_autofree char *json_path = g_test_build_filename (G_TEST_DIST, "..", "data", "faithless-laws.json", NULL);
  g_autofree char *header_path = g_test_build_filename (G_TEST_DIST, "..", "data", "faithless-laws-strings.h", NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autofree char *header = NULL;
  JsonObjectIter iter;
  JsonObject *states;
  const char *id;
  JsonNode *node;

  g_assert_true (json_parser_load_from_file (parser, json_path, NULL));
  g_assert_true (g_file_get_contents (header_path, &header, NULL, NULL));

  states = json_object_get_object_member (json_node_get_object (json_parser_get_root (parser)), "states");
  json_object_iter_init (&iter, states);
  while (json_object_iter_next (&iter, &id, &node))
    {
      const char *keys[] = { "summary", "earlier", "caveat" };

      for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
        {
          JsonNode *text = json_object_get_member (json_node_get_object (node), keys[i]);
          g_autofree char *marker = NULL;

          if (text == NULL || JSON_NODE_HOLDS_NULL (text))
            continue;

          marker = g_strdup_printf ("N_(\"%s\")", json_node_get_string (text));
          if (strstr (header, marker) == NULL)
            {
              g_test_message ("%s: not extracted: %s (run tools/extract-explanation-strings.py)", id, marker);
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

  g_test_add_func ("/ec/laws/bundled", test_bundled);
  g_test_add_func ("/ec/laws/bad-data", test_bad_data);
  g_test_add_func ("/ec/laws/expand", test_expand);
  g_test_add_func ("/ec/laws/strings-extracted", test_strings_extracted);

  return g_test_run ();
}
