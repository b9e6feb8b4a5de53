/* test-lesson-check.c
 *
 * Copyright 2026 The Electors authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <string.h>

#include "ec-lesson-check.h"
#include "ec-system.h"

/* The bundled lessons: they load, their facts are the data's, and every map
 * task passes with a model answer kept here, never in the lesson, and fails
 * with a wrong one. */

static EcLesson *
bundled (const char *id)
{
  g_autoptr(GError) error = NULL;
  EcLesson *lesson = ec_lesson_new_bundled (id, &error);

  g_assert_no_error (error);
  g_assert_nonnull (lesson);

  return lesson;
}

static EcLessonStep *
step_of (EcLesson *lesson,
         guint     position)
{
  g_assert_cmpuint (position, <, ec_lesson_get_n_steps (lesson));

  return ec_lesson_get_step (lesson, position);
}

static EcLessonQuestion *
question_of (EcLesson       *lesson,
             guint           position,
             EcQuestionKind  kind)
{
  EcLessonQuestion *question = ec_lesson_step_get_question (step_of (lesson, position));

  g_assert_nonnull (question);
  g_assert_cmpint (ec_lesson_question_get_kind (question), ==, kind);

  return question;
}

static EcScenario *
scenario_for (int            year,
              EcScenarioBase base)
{
  g_autoptr(EcElection) election = ec_election_new_for_year (year, NULL);

  g_assert_nonnull (election);

  return ec_scenario_new (election, base);
}

static guint
votes_of (EcScenario *scenario,
          const char *id)
{
  g_autoptr(EcTally) tally = ec_tally_new (scenario);
  EcCandidate *candidate = ec_scenario_get_candidate (scenario, id);

  g_assert_nonnull (candidate);

  return ec_tally_get_electoral_votes (tally, candidate);
}

static gint64
popular_of (EcScenario *scenario,
            const char *unit_id,
            const char *id)
{
  EcUnit *unit = ec_election_get_unit (ec_scenario_get_election (scenario), unit_id);

  g_assert_nonnull (unit);

  return ec_unit_get_popular_votes (unit, ec_scenario_get_candidate (scenario, id));
}

static void
give (EcScenario *scenario,
      const char *candidate_id,
      ...)
{
  EcCandidate *candidate = ec_scenario_get_candidate (scenario, candidate_id);
  const char *unit_id;
  va_list args;

  g_assert_nonnull (candidate);

  va_start (args, candidate_id);
  while ((unit_id = va_arg (args, const char *)))
    g_assert_true (ec_scenario_set_winner (scenario, unit_id, candidate));
  va_end (args);
}

/* Checks @map against the map task at @position and returns the check. */
static EcLessonCheck *
check (EcLesson   *lesson,
       guint       position,
       EcScenario *map)
{
  EcLessonQuestion *question = question_of (lesson, position, EC_QUESTION_MAP);
  EcLessonCheck *result = ec_lesson_check_new (ec_lesson_question_get_condition (question),
                                               ec_lesson_step_get_scenario (step_of (lesson, position)), map, NULL);
  g_autofree char *text = ec_lesson_check_dup_text (result);

  g_test_message ("%s", text);
  g_assert_cmpstr (text, !=, "");

  return result;
}

static EcScenario *
start_of (EcLesson *lesson,
          guint     position)
{
  return ec_lesson_step_dup_scenario (step_of (lesson, position));
}

static void
test_all_load (void)
{
  const char * const *ids = ec_lesson_list_bundled ();

  g_assert_cmpuint (g_strv_length ((GStrv)ids), ==, 6);

  for (guint i = 0; ids[i] != NULL; i++)
    {
      g_autoptr(EcLesson) lesson = bundled (ids[i]);
      g_autoptr(GBytes) bytes = ec_lesson_to_bytes (lesson);
      g_autoptr(EcLesson) again = ec_lesson_new_from_bytes (bytes, NULL);
      guint n_questions = 0;
      guint n_maps = 0;

      g_assert_cmpstr (ec_lesson_get_bundled_id (lesson), ==, ids[i]);
      g_assert_cmpuint (ec_lesson_get_n_steps (lesson), >=, 5);
      g_assert_cmpuint (ec_lesson_get_n_steps (lesson), <=, 10);
      g_assert_cmpuint (ec_lesson_get_sources (lesson)->len, >=, 2);
      g_assert_nonnull (again);
      g_assert_true (ec_lesson_equal (lesson, again));

      for (guint s = 0; s < ec_lesson_get_n_steps (lesson); s++)
        {
          EcLessonStep *step = ec_lesson_get_step (lesson, s);
          EcScenario *scenario = ec_lesson_step_get_scenario (step);
          const char * const *highlights = ec_lesson_step_get_highlights (step);
          EcLessonQuestion *question = ec_lesson_step_get_question (step);
          g_autofree char *data = ec_scenario_to_data (scenario, NULL);
          g_autoptr(EcScenario) reread = ec_scenario_new_from_data (data, strlen (data), NULL);

          /* A valid scenario: it saves and reads back the same. */
          g_assert_nonnull (reread);
          g_assert_true (ec_scenario_equal (scenario, reread));
          for (guint h = 0; highlights[h] != NULL; h++)
            g_assert_nonnull (ec_election_get_unit (ec_scenario_get_election (scenario), highlights[h]));
          g_assert_nonnull (ec_lesson_step_get_paragraphs (step)[0]);

          if (question != NULL)
            {
              n_questions++;
              g_assert_cmpstr (ec_lesson_question_get_hint (question), !=, "");
              g_assert_cmpstr (ec_lesson_question_get_explanation (question), !=, "");
            }
          if (question != NULL && ec_lesson_question_get_kind (question) == EC_QUESTION_MAP)
            {
              g_autoptr(EcLessonCheck) untouched = check (lesson, s, scenario);

              /* A task that is done before the student starts teaches nothing. */
              g_assert_false (ec_lesson_check_get_passed (untouched));
              n_maps++;
            }
        }

      g_assert_cmpuint (n_questions, >=, 3);
      g_assert_cmpuint (n_maps, >=, 1);
    }
}

static void
test_how_270_works (void)
{
  g_autoptr(EcLesson) lesson = bundled ("how-270-works");
  g_autoptr(EcScenario) real = scenario_for (2024, EC_SCENARIO_AS_CAST);
  g_autoptr(EcScenario) right = start_of (lesson, 3);
  g_autoptr(EcScenario) wrong = start_of (lesson, 3);
  g_autoptr(EcScenario) too_many = start_of (lesson, 3);
  g_autoptr(EcLessonCheck) pass = NULL;
  g_autoptr(EcLessonCheck) fail = NULL;
  g_autoptr(EcLessonCheck) fail_many = NULL;
  g_autoptr(EcTally) tally = ec_tally_new (real);
  EcElection *election = ec_scenario_get_election (real);
  guint minimum;

  g_assert_cmpfloat (ec_lesson_question_get_answer (question_of (lesson, 0, EC_QUESTION_NUMBER)), ==,
                     ec_tally_get_electors_total (tally));
  g_assert_cmpuint (ec_tally_get_majority (tally), ==, 270);
  g_assert_cmpuint (votes_of (real, "donald-trump"), ==, 312);
  g_assert_cmpuint (votes_of (real, "kamala-harris"), ==, 226);
  g_assert_cmpuint (ec_unit_get_electoral_votes (ec_election_get_unit (election, "CA")), ==, 54);
  g_assert_cmpuint (ec_unit_get_electoral_votes (ec_election_get_unit (election, "TX")), ==, 40);
  g_assert_cmpuint (ec_unit_get_electoral_votes (ec_election_get_unit (election, "FL")), ==, 30);
  g_assert_cmpuint (ec_unit_get_electoral_votes (ec_election_get_unit (election, "WY")), ==, 3);
  g_assert_cmpuint (ec_unit_get_electoral_votes (ec_election_get_unit (election, "VT")), ==, 3);
  g_assert_cmpuint (ec_unit_get_electoral_votes (ec_election_get_unit (election, "AK")), ==, 3);

  give (right, "kamala-harris", "TX", "FL", NULL);
  pass = check (lesson, 3, right);
  g_assert_true (ec_lesson_check_get_passed (pass));
  g_assert_cmpuint (votes_of (right, "kamala-harris"), ==, 296);

  /* Texas alone is 4 short. */
  give (wrong, "kamala-harris", "TX", NULL);
  fail = check (lesson, 3, wrong);
  g_assert_false (ec_lesson_check_get_passed (fail));

  /* The lesson says two are enough: the search agrees. */
  give (too_many, "kamala-harris", "TX", "PA", "GA", NULL);
  fail_many = check (lesson, 3, too_many);
  g_assert_false (ec_lesson_check_get_passed (fail_many));
  g_assert_true (ec_lesson_check_get_minimum_units (fail_many, &minimum));
  g_assert_cmpuint (minimum, ==, 2);
  g_assert_nonnull (strstr (ec_lesson_check_get_sentences (fail_many)[0], "It can be done with 2."));
}

static void
test_faithless (void)
{
  g_autoptr(EcLesson) lesson = bundled ("faithless-electors");
  g_autoptr(EcScenario) pledged = scenario_for (2016, EC_SCENARIO_PLEDGED);
  g_autoptr(EcScenario) cast = scenario_for (2016, EC_SCENARIO_AS_CAST);
  g_autoptr(EcScenario) right = start_of (lesson, 1);
  g_autoptr(EcScenario) wrong = start_of (lesson, 1);
  g_autoptr(EcTally) pledged_tally = ec_tally_new (pledged);
  g_autoptr(EcTally) cast_tally = ec_tally_new (cast);
  g_autoptr(EcLessonCheck) pass = NULL;
  g_autoptr(EcLessonCheck) fail = NULL;
  g_autoptr(GError) error = NULL;
  guint deny;

  g_assert_cmpuint (votes_of (pledged, "donald-trump"), ==, 306);
  g_assert_cmpuint (votes_of (pledged, "hillary-clinton"), ==, 232);
  g_assert_cmpfloat (ec_lesson_question_get_answer (question_of (lesson, 0, EC_QUESTION_NUMBER)), ==,
                     306 - ec_tally_get_majority (pledged_tally));
  g_assert_true (ec_tally_get_electors_to_deny (pledged_tally, &deny));
  g_assert_cmpuint (deny, ==, 37);
  g_assert_cmpfloat (ec_lesson_question_get_answer (question_of (lesson, 2, EC_QUESTION_NUMBER)), ==,
                     votes_of (cast, "donald-trump"));
  g_assert_cmpuint (votes_of (cast, "donald-trump"), ==, 304);
  g_assert_cmpuint (votes_of (cast, "hillary-clinton"), ==, 227);
  g_assert_cmpuint (ec_tally_get_faithless (cast_tally), ==, 7);
  g_assert_cmpuint (ec_scenario_get_faithless_count (cast, "TX"), ==, 2);
  g_assert_cmpuint (ec_scenario_get_faithless_count (cast, "WA"), ==, 4);
  g_assert_cmpuint (ec_scenario_get_faithless_count (cast, "HI"), ==, 1);

  g_assert_true (ec_scenario_add_faithless (right, "TX", NULL, 37, NULL, &error));
  g_assert_no_error (error);
  pass = check (lesson, 1, right);
  g_assert_true (ec_lesson_check_get_passed (pass));

  g_assert_true (ec_scenario_add_faithless (wrong, "TX", NULL, 36, NULL, &error));
  fail = check (lesson, 1, wrong);
  g_assert_false (ec_lesson_check_get_passed (fail));
  g_assert_nonnull (strstr (ec_lesson_check_get_sentences (fail)[0], "Donald Trump has 270"));
}

static void
test_maine_nebraska (void)
{
  g_autoptr(EcLesson) lesson = bundled ("maine-nebraska");
  g_autoptr(EcScenario) s2016 = scenario_for (2016, EC_SCENARIO_AS_CAST);
  g_autoptr(EcScenario) s2008 = scenario_for (2008, EC_SCENARIO_AS_CAST);
  g_autoptr(EcScenario) right = start_of (lesson, 3);
  g_autoptr(EcScenario) wrong = start_of (lesson, 3);
  g_autoptr(EcLessonCheck) pass = NULL;
  g_autoptr(EcLessonCheck) fail = NULL;
  EcCandidate *trump = ec_scenario_get_candidate (s2016, "donald-trump");

  g_assert_cmpint (popular_of (s2016, "ME-2", "donald-trump"), ==, 181177);
  g_assert_cmpint (popular_of (s2016, "ME-2", "hillary-clinton"), ==, 144817);
  g_assert_true (ec_scenario_get_winner (s2016, "ME") != trump);
  g_assert_true (ec_scenario_get_winner (s2016, "ME-1") != trump);
  g_assert_true (ec_scenario_get_winner (s2016, "ME-2") == trump);
  g_assert_cmpfloat (ec_lesson_question_get_answer (question_of (lesson, 1, EC_QUESTION_NUMBER)), ==, 1);
  g_assert_cmpint (popular_of (s2008, "NE-2", "barack-obama"), ==, 138809);
  g_assert_cmpint (popular_of (s2008, "NE-2", "john-mccain"), ==, 135439);
  g_assert_cmpstr (ec_candidate_get_id (ec_scenario_get_winner (s2008, "NE")), ==, "john-mccain");
  g_assert_cmpstr (ec_candidate_get_id (ec_scenario_get_winner (s2008, "NE-1")), ==, "john-mccain");
  g_assert_cmpstr (ec_candidate_get_id (ec_scenario_get_winner (s2008, "NE-3")), ==, "john-mccain");
  g_assert_cmpuint (votes_of (s2008, "barack-obama"), ==, 365);

  give (right, "mitt-romney", "ME-2", NULL);
  pass = check (lesson, 3, right);
  g_assert_true (ec_lesson_check_get_passed (pass));

  give (wrong, "mitt-romney", "ME-1", "ME-2", NULL);
  fail = check (lesson, 3, wrong);
  g_assert_false (ec_lesson_check_get_passed (fail));
}

static void
test_popular_vote_split (void)
{
  g_autoptr(EcLesson) lesson = bundled ("popular-vote-split");
  g_autoptr(EcScenario) s2016 = scenario_for (2016, EC_SCENARIO_PLEDGED);
  g_autoptr(EcScenario) s2000 = scenario_for (2000, EC_SCENARIO_AS_CAST);
  g_autoptr(EcScenario) right = start_of (lesson, 2);
  g_autoptr(EcScenario) wrong = start_of (lesson, 2);
  g_autoptr(EcTally) t2016 = ec_tally_new (s2016);
  g_autoptr(EcTally) t2000 = ec_tally_new (s2000);
  g_autoptr(EcLessonCheck) pass = NULL;
  g_autoptr(EcLessonCheck) fail = NULL;
  gint64 margins = 0;
  const char *close[] = { "MI", "WI", "PA" };
  const gint64 close_margins[] = { 10704, 22748, 44292 };
  const int lost[] = { 1876, 1888 };

  g_assert_cmpint (ec_tally_get_popular_votes (t2016, ec_scenario_get_candidate (s2016, "hillary-clinton")), ==, 65853503);
  g_assert_cmpint (ec_tally_get_popular_votes (t2016, ec_scenario_get_candidate (s2016, "donald-trump")), ==, 62984803);
  for (guint i = 0; i < G_N_ELEMENTS (close); i++)
    {
      gint64 margin = popular_of (s2016, close[i], "donald-trump") - popular_of (s2016, close[i], "hillary-clinton");

      g_assert_cmpint (margin, ==, close_margins[i]);
      margins += margin;
    }
  g_assert_cmpint (margins, ==, 77744);
  g_assert_cmpint (margins * 1000, <, ec_tally_get_popular_votes_total (t2016));

  g_assert_cmpint (ec_tally_get_popular_votes (t2000, ec_scenario_get_candidate (s2000, "al-gore")), ==, 50996062);
  g_assert_cmpint (ec_tally_get_popular_votes (t2000, ec_scenario_get_candidate (s2000, "george-w-bush")), ==, 50456169);
  g_assert_cmpfloat (ec_lesson_question_get_answer (question_of (lesson, 1, EC_QUESTION_NUMBER)), ==,
                     popular_of (s2000, "FL", "george-w-bush") - popular_of (s2000, "FL", "al-gore"));
  g_assert_cmpuint (ec_unit_get_electoral_votes (ec_election_get_unit (ec_scenario_get_election (s2000), "FL")), ==, 25);
  g_assert_cmpuint (votes_of (s2000, "george-w-bush"), ==, 271);
  g_assert_cmpuint (votes_of (s2000, "al-gore"), ==, 266);

  for (guint i = 0; i < G_N_ELEMENTS (lost); i++)
    {
      g_autoptr(EcScenario) s = scenario_for (lost[i], EC_SCENARIO_AS_CAST);
      g_autoptr(EcTally) t = ec_tally_new (s);

      g_assert_true (ec_tally_get_popular_vote_split (t));
    }

  give (right, "hillary-clinton", "MI", "WI", "PA", NULL);
  pass = check (lesson, 2, right);
  g_assert_true (ec_lesson_check_get_passed (pass));
  g_assert_cmpuint (votes_of (right, "hillary-clinton"), ==, 278);

  give (wrong, "hillary-clinton", "MI", "WI", NULL);
  fail = check (lesson, 2, wrong);
  g_assert_false (ec_lesson_check_get_passed (fail));
}

static void
test_contingent (void)
{
  g_autoptr(EcLesson) lesson = bundled ("contingent-election");
  g_autoptr(EcScenario) s1824 = scenario_for (1824, EC_SCENARIO_AS_CAST);
  g_autoptr(EcScenario) s2020 = scenario_for (2020, EC_SCENARIO_AS_CAST);
  g_autoptr(EcScenario) right = start_of (lesson, 3);
  g_autoptr(EcScenario) wrong = start_of (lesson, 3);
  g_autoptr(EcTally) t1824 = ec_tally_new (s1824);
  g_autoptr(EcLessonCheck) pass = NULL;
  g_autoptr(EcLessonCheck) fail = NULL;
  guint minimum;

  g_assert_cmpuint (votes_of (s1824, "andrew-jackson"), ==, 99);
  g_assert_cmpuint (votes_of (s1824, "john-quincy-adams"), ==, 84);
  g_assert_cmpuint (votes_of (s1824, "william-h-crawford"), ==, 41);
  g_assert_cmpuint (votes_of (s1824, "henry-clay"), ==, 37);
  g_assert_cmpuint (ec_tally_get_electors_total (t1824), ==, 261);
  g_assert_cmpuint (ec_tally_get_majority (t1824), ==, 131);
  g_assert_cmpint (ec_tally_get_outcome (t1824), ==, EC_OUTCOME_CONTINGENT);
  g_assert_cmpfloat (ec_lesson_question_get_answer (question_of (lesson, 0, EC_QUESTION_NUMBER)), ==, 131 - 99);
  g_assert_cmpfloat (ec_lesson_question_get_answer (question_of (lesson, 2, EC_QUESTION_NUMBER)), ==, EC_ELECTORS_TOTAL / 2);
  g_assert_cmpuint (votes_of (s2020, "joe-biden"), ==, 306);
  g_assert_cmpuint (votes_of (s2020, "donald-trump"), ==, 232);

  give (right, "donald-trump", "AZ", "GA", "WI", NULL);
  pass = check (lesson, 3, right);
  g_assert_true (ec_lesson_check_get_passed (pass));
  g_assert_cmpuint (votes_of (right, "joe-biden"), ==, 269);
  /* Three pass, but the search knows two can do it: California one way,
   * Ohio the other. */
  g_assert_true (ec_lesson_check_get_minimum_units (pass, &minimum));
  g_assert_cmpuint (minimum, ==, 2);

  give (wrong, "donald-trump", "AZ", "GA", NULL);
  fail = check (lesson, 3, wrong);
  g_assert_false (ec_lesson_check_get_passed (fail));
  g_assert_nonnull (strstr (ec_lesson_check_get_sentences (fail)[0], "It is not a tie: Joe Biden has 279"));
}

static void
test_other_systems (void)
{
  g_autoptr(EcLesson) lesson = bundled ("other-systems");
  EcScenario *proportional = ec_lesson_step_get_scenario (step_of (lesson, 1));
  g_autoptr(EcScenario) right = start_of (lesson, 3);
  g_autoptr(EcScenario) wrong = start_of (lesson, 3);
  g_autoptr(EcScenario) moved = start_of (lesson, 3);
  g_autoptr(EcTally) tally = ec_tally_new (proportional);
  g_autoptr(EcLessonCheck) pass = NULL;
  g_autoptr(EcLessonCheck) fail = NULL;
  g_autoptr(EcLessonCheck) fail_moved = NULL;

  g_assert_cmpint (ec_scenario_get_method (proportional), ==, EC_METHOD_PROPORTIONAL);
  g_assert_cmpuint (votes_of (proportional, "hillary-clinton"), ==, 260);
  g_assert_cmpuint (votes_of (proportional, "donald-trump"), ==, 260);
  g_assert_cmpuint (votes_of (proportional, "gary-johnson"), ==, 14);
  g_assert_cmpuint (votes_of (proportional, "jill-stein"), ==, 1);
  g_assert_cmpint (ec_tally_get_outcome (tally), ==, EC_OUTCOME_CONTINGENT);
  g_assert_cmpfloat (ec_lesson_question_get_answer (question_of (lesson, 1, EC_QUESTION_NUMBER)), ==, 14);

  g_assert_true (ec_scenario_set_method (right, EC_METHOD_NATIONAL_POPULAR_VOTE));
  pass = check (lesson, 3, right);
  g_assert_true (ec_lesson_check_get_passed (pass));
  g_assert_cmpuint (votes_of (right, "hillary-clinton"), ==, 538);

  g_assert_true (ec_scenario_set_method (wrong, EC_METHOD_PROPORTIONAL));
  fail = check (lesson, 3, wrong);
  g_assert_false (ec_lesson_check_get_passed (fail));

  /* Winning by changing a state is not the task. */
  give (moved, "hillary-clinton", "TX", NULL);
  fail_moved = check (lesson, 3, moved);
  g_assert_false (ec_lesson_check_get_passed (fail_moved));
}

static void
expect_marked (const char *header,
               const char *text)
{
  g_autoptr(GString) marker = g_string_new ("N_(\"");

  if (*text == '\0')
    return;

  /* Escaped the way the tool writes it. */
  for (const char *c = text; *c != '\0'; c++)
    {
      if (*c == '"' || *c == '\\')
        g_string_append_c (marker, '\\');
      g_string_append_c (marker, *c);
    }
  g_string_append (marker, "\")");

  if (strstr (header, marker->str) == NULL)
    g_error ("Not in data/lessons-strings.h (run tools/extract-lesson-strings.py): %s", text);
}

/* Every string a student reads in a bundled lesson is in the header that
 * xgettext reads, so that it can be translated. */
static void
test_strings_extracted (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "lessons-strings.h", NULL);
  const char * const *ids = ec_lesson_list_bundled ();
  g_autofree char *header = NULL;

  g_assert_true (g_file_get_contents (path, &header, NULL, NULL));

  for (guint i = 0; ids[i] != NULL; i++)
    {
      g_autoptr(EcLesson) lesson = bundled (ids[i]);
      GPtrArray *sources = ec_lesson_get_sources (lesson);

      expect_marked (header, ec_lesson_get_title (lesson));
      expect_marked (header, ec_lesson_get_audience (lesson));
      for (guint s = 0; s < sources->len; s++)
        expect_marked (header, ((EcLessonSource *)g_ptr_array_index (sources, s))->title);

      for (guint s = 0; s < ec_lesson_get_n_steps (lesson); s++)
        {
          EcLessonStep *step = ec_lesson_get_step (lesson, s);
          EcLessonQuestion *question = ec_lesson_step_get_question (step);
          const char * const *text = ec_lesson_step_get_paragraphs (step);

          expect_marked (header, ec_lesson_step_get_title (step));
          for (guint p = 0; text[p] != NULL; p++)
            expect_marked (header, text[p]);
          if (question == NULL)
            continue;
          expect_marked (header, ec_lesson_question_get_prompt (question));
          expect_marked (header, ec_lesson_question_get_hint (question));
          expect_marked (header, ec_lesson_question_get_explanation (question));
          for (guint c = 0; c < ec_lesson_question_get_n_choices (question); c++)
            {
              expect_marked (header, ec_lesson_question_get_choice (question, c));
              expect_marked (header, ec_lesson_question_get_choice_feedback (question, c));
            }
          expect_marked (header, ec_lesson_question_get_number_feedback (question, EC_NUMBER_RIGHT));
          expect_marked (header, ec_lesson_question_get_number_feedback (question, EC_NUMBER_TOO_LOW));
          expect_marked (header, ec_lesson_question_get_number_feedback (question, EC_NUMBER_TOO_HIGH));
          expect_marked (header, ec_lesson_question_get_map_feedback (question, FALSE));
        }
    }
}

static void
test_spanish (void)
{
  const char *localedir = g_getenv ("ELECTORS_LOCALEDIR");
  const char * const *ids = ec_lesson_list_bundled ();
  g_autofree char *mo = NULL;

  mo = localedir ? g_build_filename (localedir, "es", "LC_MESSAGES", GETTEXT_PACKAGE ".mo", NULL) : NULL;
  if (mo == NULL || !g_file_test (mo, G_FILE_TEST_EXISTS))
    {
      g_test_skip ("The Spanish translation is not built");
      return;
    }
  bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  /* As main.c does: _() looks in the default domain. */
  textdomain (GETTEXT_PACKAGE);

  for (guint i = 0; ids[i] != NULL; i++)
    {
      g_autoptr(EcLesson) english = bundled (ids[i]);
      g_autoptr(EcLesson) spanish = NULL;
      g_autofree char *english_identity = ec_lesson_dup_identity (english);
      g_autofree char *spanish_identity = NULL;

      if (setlocale (LC_ALL, "es_ES.UTF-8") == NULL)
        {
          textdomain ("messages");
          g_test_skip ("The es_ES.UTF-8 locale is not installed");
          return;
        }
      spanish = bundled (ids[i]);
      spanish_identity = ec_lesson_dup_identity (spanish);
      if (g_str_equal (ids[i], "contingent-election"))
        {
          g_autoptr(EcScenario) map = start_of (spanish, 3);
          g_autoptr(EcLessonCheck) result = NULL;

          /* The check speaks Spanish too, with Spanish numbers. */
          give (map, "donald-trump", "AZ", "GA", "WI", "PA", NULL);
          result = check (spanish, 3, map);
          g_assert_cmpstr (ec_lesson_check_get_sentences (result)[0], ==, "No es un empate: Donald Trump tiene 289 y Joe Biden tiene 249.");
          g_assert_nonnull (strstr (ec_lesson_check_get_sentences (result)[1], "Has cambiado 4 estados y distritos; la tarea pide como mucho 3. Se puede hacer con 2."));
        }
      setlocale (LC_ALL, "C.UTF-8");

      /* Progress carries over from one language to the other. */
      g_assert_cmpstr (english_identity, ==, spanish_identity);
      g_assert_cmpstr (ec_lesson_get_title (english), !=, ec_lesson_get_title (spanish));
      g_assert_cmpuint (ec_lesson_get_n_steps (english), ==, ec_lesson_get_n_steps (spanish));
      g_assert_cmpuint (ec_lesson_get_sources (english)->len, ==, ec_lesson_get_sources (spanish)->len);

      for (guint s = 0; s < ec_lesson_get_n_steps (english); s++)
        {
          EcLessonStep *en = ec_lesson_get_step (english, s);
          EcLessonStep *es = ec_lesson_get_step (spanish, s);
          const char * const *en_text = ec_lesson_step_get_paragraphs (en);
          const char * const *es_text = ec_lesson_step_get_paragraphs (es);
          EcLessonQuestion *en_q = ec_lesson_step_get_question (en);
          EcLessonQuestion *es_q = ec_lesson_step_get_question (es);

          g_autoptr(EcScenario) es_map = ec_lesson_step_dup_scenario (es);

          /* The same map; only a ready-made scenario's title is translated. */
          ec_scenario_set_title (es_map, ec_scenario_get_title (ec_lesson_step_get_scenario (en)));
          g_assert_true (ec_scenario_equal (ec_lesson_step_get_scenario (en), es_map));
          g_assert_true (g_strv_equal (ec_lesson_step_get_highlights (en), ec_lesson_step_get_highlights (es)));
          g_assert_cmpuint (g_strv_length ((GStrv)en_text), ==, g_strv_length ((GStrv)es_text));
          for (guint p = 0; en_text[p] != NULL; p++)
            g_assert_cmpstr (en_text[p], !=, es_text[p]);
          g_assert_cmpstr (ec_lesson_step_get_title (en), !=, ec_lesson_step_get_title (es));

          g_assert_true ((en_q == NULL) == (es_q == NULL));
          if (en_q == NULL)
            continue;

          g_assert_cmpint (ec_lesson_question_get_kind (en_q), ==, ec_lesson_question_get_kind (es_q));
          g_assert_cmpstr (ec_lesson_question_get_prompt (en_q), !=, ec_lesson_question_get_prompt (es_q));
          g_assert_cmpstr (ec_lesson_question_get_hint (en_q), !=, ec_lesson_question_get_hint (es_q));
          g_assert_cmpuint (ec_lesson_question_get_n_choices (en_q), ==, ec_lesson_question_get_n_choices (es_q));
          g_assert_cmpuint (ec_lesson_question_get_correct (en_q), ==, ec_lesson_question_get_correct (es_q));
          g_assert_cmpfloat (ec_lesson_question_get_answer (en_q), ==, ec_lesson_question_get_answer (es_q));
          g_assert_cmpfloat (ec_lesson_question_get_tolerance (en_q), ==, ec_lesson_question_get_tolerance (es_q));
          if (ec_lesson_question_get_kind (en_q) == EC_QUESTION_MAP)
            g_assert_true (ec_lesson_condition_equal (ec_lesson_question_get_condition (en_q),
                                                      ec_lesson_question_get_condition (es_q)));
        }
    }

  textdomain ("messages");
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/ec/lesson-check/all-load", test_all_load);
  g_test_add_func ("/ec/lesson-check/how-270-works", test_how_270_works);
  g_test_add_func ("/ec/lesson-check/faithless-electors", test_faithless);
  g_test_add_func ("/ec/lesson-check/maine-nebraska", test_maine_nebraska);
  g_test_add_func ("/ec/lesson-check/popular-vote-split", test_popular_vote_split);
  g_test_add_func ("/ec/lesson-check/contingent-election", test_contingent);
  g_test_add_func ("/ec/lesson-check/other-systems", test_other_systems);
  g_test_add_func ("/ec/lesson-check/strings-extracted", test_strings_extracted);
  g_test_add_func ("/ec/lesson-check/spanish", test_spanish);

  return g_test_run ();
}
