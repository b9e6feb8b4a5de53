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

#include "ec-election.h"
#include "ec-explanations.h"
#include "ec-system.h"

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

/* The elections whose story a student should read on opening them, and
 * triggers that name them wrongly. */
static void
test_election_topics (void)
{
  EcExplanations *explanations = ec_explanations_get_default ();
  const struct { int year; const char *topic; } cases[] = {
    { 1789, "two-votes" }, { 1800, "two-votes" }, { 1804, "twelfth-amendment" },
    { 1816, "legislatures" }, { 1824, "house-1824" }, { 1864, "civil-war" },
    { 1872, "civil-war" }, { 1876, "electoral-commission-1876" }, { 1960, "unpledged-1960" },
    { 1888, NULL }, { 2016, NULL },
  };
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "explanations.json", NULL);
  g_autofree char *data = NULL;
  const char *bad_triggers[] = {
    /* Years on an event that is not an election's. */
    "{\"event\": \"winner\", \"years\": [1800], \"topic\": \"why-270\"},",
    /* No election in 1801. */
    "{\"event\": \"election-changed\", \"years\": [1801], \"topic\": \"why-270\"},",
    /* 1800 has its topic already. */
    "{\"event\": \"election-changed\", \"years\": [1800], \"topic\": \"why-270\"},",
    "{\"event\": \"election-changed\", \"years\": [], \"topic\": \"why-270\"},",
    "{\"event\": \"election-changed\", \"years\": [\"1800\"], \"topic\": \"why-270\"},",
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      const EcTopic *topic = ec_explanations_for_election (explanations, cases[i].year);

      g_assert_cmpstr (topic ? topic->id : NULL, ==, cases[i].topic);
    }

  /* An election's topic leaves the event's own alone. */
  g_assert_cmpstr (ec_explanations_for_event (explanations, "election-changed")->id, ==, "apportionment");

  g_assert_true (g_file_get_contents (path, &data, NULL, NULL));
  for (guint i = 0; i < G_N_ELEMENTS (bad_triggers); i++)
    {
      const char *at = strstr (data, "\"triggers\": [");
      g_autofree char *bad = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(EcExplanations) loaded = NULL;

      g_assert_nonnull (at);
      at += strlen ("\"triggers\": [");
      bad = g_strdup_printf ("%.*s%s%s", (int)(at - data), data, bad_triggers[i], at);
      loaded = ec_explanations_new_from_data (bad, strlen (bad), &error);
      g_assert_null (loaded);
      g_assert_error (error, EC_EXPLANATIONS_ERROR, EC_EXPLANATIONS_ERROR_INVALID_DATA);
    }
}

static void
test_bad_data (void)
{
  const char *topic = "{\"id\": \"t\", \"title\": \"T\", \"short\": \"Short text here.\", \"more\": [\"More.\"], "
                      "\"sources\": [{\"title\": \"S\", \"detail\": \"D\", \"url\": \"https://example.org/\"}]}";
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
    /* A source without a link, and a count nobody can fill. */
    "{\"format\": 1, \"topics\": [{\"id\": \"t\", \"title\": \"T\", \"short\": \"Short text.\", \"more\": [\"x\"], "
    "\"sources\": [{\"title\": \"S\", \"detail\": \"D\"}]}], \"triggers\": []}",
    "{\"format\": 1, \"topics\": [{\"id\": \"t\", \"title\": \"T\", \"short\": \"{states} states.\", \"more\": [\"x\"], "
    "\"sources\": [{\"title\": \"S\", \"detail\": \"D\", \"url\": \"https://example.org/\"}]}], \"triggers\": []}",
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
      JsonArray *sources = json_object_get_array_member (topic, "sources");
      g_autoptr(GPtrArray) texts = g_ptr_array_new ();

      g_ptr_array_add (texts, (char *)json_object_get_string_member (topic, "title"));
      g_ptr_array_add (texts, (char *)json_object_get_string_member (topic, "short"));
      for (guint j = 0; j < json_array_get_length (more); j++)
        g_ptr_array_add (texts, (char *)json_array_get_string_element (more, j));
      for (guint j = 0; j < json_array_get_length (sources); j++)
        {
          JsonObject *source = json_array_get_object_element (sources, j);

          g_ptr_array_add (texts, (char *)json_object_get_string_member (source, "title"));
          g_ptr_array_add (texts, (char *)json_object_get_string_member (source, "detail"));
        }

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


/* Every text of every topic, as shown: title, short text, paragraphs and the
 * sources' titles and details. */
static GPtrArray *
shown_texts (const EcTopic *topic)
{
  GPtrArray *texts = g_ptr_array_new ();

  g_ptr_array_add (texts, topic->title);
  g_ptr_array_add (texts, topic->short_text);
  for (guint i = 0; topic->more[i] != NULL; i++)
    g_ptr_array_add (texts, topic->more[i]);
  for (guint i = 0; i < topic->sources->len; i++)
    {
      EcSource *source = g_ptr_array_index (topic->sources, i);

      g_ptr_array_add (texts, source->title);
      g_ptr_array_add (texts, source->detail);
    }

  return texts;
}

/* A student can follow every source: a public document with a link, never
 * one of this project's own files. The text uses curly apostrophes, and no
 * placeholder is left unfilled. */
static void
test_sources_and_typography (void)
{
  EcExplanations *explanations = ec_explanations_get_default ();
  const char *own_files[] = { ".csv", ".json", "tests/", "data/", "tools/", "SOURCES.md" };

  for (guint i = 0; i < ec_explanations_get_n_topics (explanations); i++)
    {
      const EcTopic *topic = ec_explanations_get_topic (explanations, i);
      g_autoptr(GPtrArray) texts = shown_texts (topic);

      for (guint j = 0; j < topic->sources->len; j++)
        {
          EcSource *source = g_ptr_array_index (topic->sources, j);

          g_assert_true (g_str_has_prefix (source->url, "https://"));
          for (guint k = 0; k < G_N_ELEMENTS (own_files); k++)
            {
              g_assert_null (strstr (source->title, own_files[k]));
              g_assert_null (strstr (source->detail, own_files[k]));
            }
        }

      for (guint j = 0; j < texts->len; j++)
        {
          const char *text = g_ptr_array_index (texts, j);

          if (strchr (text, '\'') != NULL || strchr (text, '{') != NULL || strchr (text, '}') != NULL)
            {
              g_test_message ("%s: straight apostrophe or unfilled placeholder in “%s”", topic->id, text);
              g_test_fail ();
            }
        }
    }
}

typedef struct {
  guint none, pledge, penalty, voiding, ufpea, verified, total;
  gboolean dc_pledge;
} LawCounts;

/* The counts, read from the committed table itself, not through EcLaws. */
static void
count_laws (LawCounts *counts)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "faithless-laws.json", NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonObjectIter iter;
  const char *id;
  JsonNode *node;

  memset (counts, 0, sizeof *counts);
  g_assert_true (json_parser_load_from_file (parser, path, NULL));
  json_object_iter_init (&iter, json_object_get_object_member (json_node_get_object (json_parser_get_root (parser)), "states"));
  while (json_object_iter_next (&iter, &id, &node))
    {
      JsonObject *law = json_node_get_object (node);
      const char *category = json_object_get_string_member (law, "category");
      gboolean dc = g_str_equal (id, "DC");

      counts->total++;
      counts->verified += g_str_equal (json_object_get_string_member (law, "certainty"), "verified");
      counts->ufpea += json_object_get_boolean_member (law, "ufpea");
      if (dc)
        {
          counts->dc_pledge = g_str_equal (category, "pledge_no_penalty");
          continue;
        }
      if (g_str_equal (category, "none"))
        counts->none++;
      else if (g_str_equal (category, "pledge_no_penalty"))
        counts->pledge++;
      else if (g_str_equal (category, "penalty_vote_counts"))
        counts->penalty++;
      else if (g_str_equal (category, "vote_cancelled_replaced"))
        counts->voiding++;
    }
}

static gboolean
shown_anywhere (EcExplanations *explanations,
                const char     *phrase)
{
  for (guint i = 0; i < ec_explanations_get_n_topics (explanations); i++)
    {
      g_autoptr(GPtrArray) texts = shown_texts (ec_explanations_get_topic (explanations, i));

      for (guint j = 0; j < texts->len; j++)
        {
          if (strstr (g_ptr_array_index (texts, j), phrase) != NULL)
            return TRUE;
        }
    }

  return FALSE;
}

/* Every count of states that the explanations state agrees with the table
 * of state laws: no “14 states” survives a change of the data. */
static void
test_law_counts (void)
{
  EcExplanations *explanations = ec_explanations_get_default ();
  g_autoptr(EcElection) election = ec_election_new_for_year (2024, NULL);
  g_autoptr(GRegex) count = g_regex_new ("\\b([0-9]+) (states?)( and DC)?\\b", 0, 0, NULL);
  g_autoptr(GRegex) entries = g_regex_new ("\\b([0-9]+) of its ([0-9]+) entries\\b", 0, 0, NULL);
  g_autoptr(GPtrArray) allowed = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) expected = g_ptr_array_new_with_free_func (g_free);
  GPtrArray *states = ec_election_get_states (election);
  guint winner_take_all = 0;
  LawCounts c;

  count_laws (&c);
  /* The table has what data/SOURCES.md says it has. */
  g_assert_cmpuint (c.total, ==, 51);
  g_assert_true (c.dc_pledge);

  /* What the state-laws topic must say, with the table's own numbers. */
  g_ptr_array_add (expected, g_strdup_printf ("no law (%u states)", c.none));
  g_ptr_array_add (expected, g_strdup_printf ("no penalty (%u states and DC)", c.pledge));
  g_ptr_array_add (expected, g_strdup_printf ("replace the elector (%u states)", c.voiding));
  g_ptr_array_add (expected, g_strdup_printf ("Of those, %u states use the Uniform", c.ufpea));
  g_ptr_array_add (expected, g_strdup_printf ("this app’s table has %u states and DC", 50 - c.none));
  g_ptr_array_add (expected, g_strdup_printf ("Only %u of its %u entries", c.verified, c.total));
  g_ptr_array_add (expected, g_strdup_printf ("only in the %u states that replace", c.voiding));
  for (guint i = 0; i < expected->len; i++)
    {
      if (!shown_anywhere (explanations, g_ptr_array_index (expected, i)))
        {
          g_test_message ("The explanations should say “%s”", (char *)g_ptr_array_index (expected, i));
          g_test_fail ();
        }
    }

  /* Any other count of states must be one of the table's, or one of the few
   * that are not about laws at all. */
  g_ptr_array_add (allowed, g_strdup_printf ("%u states", c.none));
  g_ptr_array_add (allowed, g_strdup_printf ("%u states and DC", c.pledge));
  g_ptr_array_add (allowed, g_strdup_printf ("%u states", c.voiding));
  g_ptr_array_add (allowed, g_strdup_printf ("%u states", c.ufpea));
  g_ptr_array_add (allowed, g_strdup_printf ("%u states and DC", 50 - c.none));
  /* Winner-take-all states, from the election's own data. */
  for (guint i = 0; i < states->len; i++)
    {
      EcUnit *unit = g_ptr_array_index (states, i);

      if (!g_str_equal (ec_unit_get_id (unit), "DC") && ec_unit_get_districts (unit)->len == 0)
        winner_take_all++;
    }
  g_ptr_array_add (allowed, g_strdup_printf ("%u states and DC", winner_take_all));
  /* The states that vote in the House, DC left out: 50. */
  g_ptr_array_add (allowed, g_strdup_printf ("%u states", states->len - 1));
  /* 1824, when the Union had 24 states; the 26 states a contingent election
   * needs; and Ballotpedia’s count of adopters of the uniform act, a
   * source’s figure that the text attributes to it. */
  g_ptr_array_add (allowed, g_strdup ("24 states"));
  g_ptr_array_add (allowed, g_strdup ("26 states"));
  g_ptr_array_add (allowed, g_strdup ("12 states"));
  /* The popular-vote compact's members, from the bundled list. */
  {
    guint compact_states = 0;

    for (guint i = 0; i < ec_compact_get_n_members (); i++)
      compact_states += !g_str_equal (ec_compact_get_member (i, NULL), "DC");
    g_ptr_array_add (allowed, g_strdup_printf ("%u states and DC", compact_states));
  }

  for (guint i = 0; i < ec_explanations_get_n_topics (explanations); i++)
    {
      const EcTopic *topic = ec_explanations_get_topic (explanations, i);
      g_autoptr(GPtrArray) texts = shown_texts (topic);

      for (guint j = 0; j < texts->len; j++)
        {
          g_autoptr(GMatchInfo) match = NULL;

          g_regex_match (count, g_ptr_array_index (texts, j), 0, &match);
          while (g_match_info_matches (match))
            {
              g_autofree char *found = g_match_info_fetch (match, 0);
              gboolean known = FALSE;

              for (guint k = 0; k < allowed->len && !known; k++)
                known = g_str_equal (found, g_ptr_array_index (allowed, k));
              if (!known)
                {
                  g_test_message ("%s: “%s” is not a count of the table of state laws", topic->id, found);
                  g_test_fail ();
                }
              g_match_info_next (match, NULL);
            }

          g_clear_pointer (&match, g_match_info_unref);
          g_regex_match (entries, g_ptr_array_index (texts, j), 0, &match);
          while (g_match_info_matches (match))
            {
              g_autofree char *checked = g_match_info_fetch (match, 1);
              g_autofree char *total = g_match_info_fetch (match, 2);

              g_assert_cmpuint (g_ascii_strtoull (checked, NULL, 10), ==, c.verified);
              g_assert_cmpuint (g_ascii_strtoull (total, NULL, 10), ==, c.total);
              g_match_info_next (match, NULL);
            }
        }
    }
}

/* The states that changed their laws since 2016 are listed from the table,
 * in the order they did, California and Tennessee among them. */
static void
test_changes_since_2016 (void)
{
  const EcTopic *topic = ec_explanations_lookup (ec_explanations_get_default (), "chiafalo");
  g_autofree char *more = g_strjoinv ("\n", topic->more);

  g_assert_nonnull (strstr (more, "Washington (2019), North Dakota (2021), California (2023), "
                                  "Delaware (2023) and Tennessee (2024)"));
  /* Ray v. Blair left open whether a pledge could be enforced. */
  g_assert_nonnull (strstr (more, "left open whether"));
  g_assert_nonnull (strstr (more, "fined all four"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/ec/explanations/bundled", test_bundled);
  g_test_add_func ("/ec/explanations/bad-data", test_bad_data);
  g_test_add_func ("/ec/explanations/election-topics", test_election_topics);
  g_test_add_func ("/ec/explanations/file-matches", test_file_matches);
  g_test_add_func ("/ec/explanations/strings-extracted", test_strings_extracted);
  g_test_add_func ("/ec/explanations/sources-and-typography", test_sources_and_typography);
  g_test_add_func ("/ec/explanations/law-counts", test_law_counts);
  g_test_add_func ("/ec/explanations/changes-since-2016", test_changes_since_2016);

  return g_test_run ();
}
