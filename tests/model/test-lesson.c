/* test-lesson.c
 *
 * Copyright 2026 The Electors authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>

#include "ec-lesson-progress.h"

/* Each bad lesson and a part of the message that refuses it: the right
 * message, not just any. */
static const struct {
  const char *name;
  const char *message;
} bad_lessons[] = {
  { "empty", "The file is empty" },
  { "not-json", "The file is damaged or not a lesson" },
  { "scenario-file", "The file is not an Electors lesson" },
  { "newer-version", "newer version of Electors (lesson format 99" },
  { "no-title", "The lesson has no “title”" },
  { "blank-title", "The lesson’s title is missing" },
  { "long-title", "The lesson’s title is longer than 200 characters" },
  { "no-steps", "The lesson has no “steps”" },
  { "too-many-steps", "The lesson has more than 50 steps" },
  { "unknown-member", "Step 1: “hilight” is not something a step can have" },
  { "no-scenario", "Step 1: it has no “scenario”" },
  { "unknown-year", "Step 1: There is no election of 2017" },
  { "bad-base", "Step 1: “base” should be" },
  { "bad-preset", "Step 1: “petition-2020” is not a ready-made scenario" },
  { "bad-inline-scenario", "Step 1: its scenario cannot be used: There is no state or district “XX”" },
  { "no-text", "Step 1: it has no “text”" },
  { "empty-paragraph", "Step 1: paragraph 2 of the text is empty" },
  { "too-many-paragraphs", "Step 1: the text has more than 20 paragraphs" },
  { "unknown-highlight", "Step 1: it highlights “ZZ”" },
  { "highlight-twice", "Step 1: it highlights FL twice" },
  { "highlight-not-in-year", "Step 1: it highlights “HI”: In 1789, Hawaii was not yet a state" },
  { "bad-kind", "Step 2: its question’s “kind” should be" },
  { "no-prompt", "Step 2: its question has no “prompt”" },
  { "one-choice", "Step 2: a multiple-choice question needs from 2 to 8 choices" },
  { "correct-out-of-range", "Step 2: “correct” should be the number of the right choice, from 1 to 2" },
  { "same-choices", "Step 2: choices 1 and 2 are the same" },
  { "number-no-answer", "Step 2: a number question needs an “answer” that is a number" },
  { "negative-tolerance", "Step 2: the tolerance should be a number of 0 or more" },
  { "map-no-condition", "Step 2: a map task needs a “condition”" },
  { "condition-unknown", "Step 2: its map task’s condition is wrong: “landslide” is not a condition" },
  { "condition-two-members", "exactly one member" },
  { "condition-display-name", "“Hillary Clinton” is not a candidate on this map" },
  { "condition-bad-outcome", "“outcome” should be “majority”, “contingent” or “tie”" },
  { "condition-two-compares", "needs exactly one of “equals”, “at_least” or “at_most”" },
  { "condition-split-florida", "“split” should name a state that can be split by district" },
  { "condition-differ-one", "“units_differ” should list from 2 to 10 units" },
  { "condition-unknown-unit", "There is no state or district “ZZ”" },
  { "condition-role-on-blank", "“real-runner-up” needs a real election, and this map is blank" },
  { "condition-too-deep", "more than 8 deep" },
  { "too-many-votes", "should be a whole number from 0 to 538" },
  { "minutes-too-long", "“minutes”, the estimated time" },
  { "source-not-web", "The source “A book” should have a web address" },
  { "duplicate-key", "“title” is given twice" },
};

static void
test_bad_lessons (void)
{
  g_autofree char *dir_path = g_test_build_filename (G_TEST_DIST, "bad-lessons", NULL);
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  guint n_files = 0;
  const char *name;

  g_assert_nonnull (dir);

  /* Every file in the folder is in the table, and refused as it says. */
  while ((name = g_dir_read_name (dir)))
    {
      g_autofree char *path = g_build_filename (dir_path, name, NULL);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(GError) error = NULL;
      g_autoptr(EcLesson) lesson = ec_lesson_new_from_file (file, &error);
      const char *expected = NULL;

      for (guint i = 0; i < G_N_ELEMENTS (bad_lessons); i++)
        {
          g_autofree char *file_name = g_strconcat (bad_lessons[i].name, ".electors-lesson", NULL);

          if (g_str_equal (file_name, name))
            expected = bad_lessons[i].message;
        }

      g_test_message ("%s: %s", name, error ? error->message : "(accepted)");
      g_assert_nonnull (expected);
      g_assert_null (lesson);
      g_assert_error (error, EC_LESSON_ERROR, error->code);
      g_assert_nonnull (strstr (error->message, expected));
      g_assert_null (strchr (error->message, '\n'));
      n_files++;
    }

  g_assert_cmpuint (n_files, ==, G_N_ELEMENTS (bad_lessons));
  g_assert_cmpuint (n_files, >=, 15);
}

static EcScenario *
scenario_for (int            year,
              EcScenarioBase base)
{
  g_autoptr(EcElection) election = ec_election_new_for_year (year, NULL);

  g_assert_nonnull (election);

  return ec_scenario_new (election, base);
}

static EcLessonCondition *
condition_from (const char *json,
                EcScenario *scenario)
{
  g_autoptr(JsonNode) node = json_from_string (json, NULL);
  g_autoptr(GError) error = NULL;
  EcLessonCondition *condition = ec_lesson_condition_new_from_json (node, scenario, &error);

  g_assert_no_error (error);

  return condition;
}

/* A lesson made through the authoring functions, with every kind of
 * question and an inline scenario. */
static EcLesson *
build_lesson (void)
{
  g_autoptr(EcScenario) pledged = scenario_for (2016, EC_SCENARIO_PLEDGED);
  g_autoptr(EcScenario) changed = scenario_for (2020, EC_SCENARIO_AS_CAST);
  g_autoptr(EcLessonCondition) condition = NULL;
  g_autoptr(EcLessonQuestion) choice = NULL;
  g_autoptr(EcLessonQuestion) number = NULL;
  g_autoptr(EcLessonQuestion) map = NULL;
  g_autoptr(GError) error = NULL;
  const char *choices[] = { "Texas", "“Florida”", NULL };
  const char *feedback[] = { "No.", "", NULL };
  const char *highlights[] = { "FL", "ME-2", NULL };
  EcLesson *lesson = ec_lesson_new ("My lesson");

  ec_scenario_set_winner (changed, "GA", ec_scenario_get_candidate (changed, "donald-trump"));
  ec_scenario_set_title (changed, "Georgia ünïcödé");

  g_assert_true (ec_lesson_set_audience (lesson, "Grade 9", &error));
  g_assert_true (ec_lesson_set_minutes (lesson, 15, &error));
  g_assert_true (ec_lesson_add_source (lesson, "National Archives", "https://www.archives.gov/electoral-college", &error));
  g_assert_true (ec_lesson_append_step (lesson, pledged, &error));
  g_assert_true (ec_lesson_append_step (lesson, changed, &error));
  g_assert_true (ec_lesson_append_step (lesson, pledged, &error));
  g_assert_no_error (error);

  g_assert_true (ec_lesson_set_step_title (lesson, 0, "First", &error));
  g_assert_true (ec_lesson_set_step_text (lesson, 0, "  One.\n\n\nTwo,\nstill two.  \n \n", &error));
  g_assert_true (ec_lesson_set_step_highlights (lesson, 0, highlights, &error));
  choice = ec_lesson_question_new_choice ("Which?", choices, feedback, 1);
  ec_lesson_question_set_hint (choice, "Think.");
  g_assert_true (ec_lesson_set_step_question (lesson, 0, choice, &error));

  number = ec_lesson_question_new_number ("How many?", 270, 0.5, "Yes.", "Low.", "High.");
  ec_lesson_question_set_explanation (number, "Half of 538, plus one.");
  g_assert_true (ec_lesson_set_step_question (lesson, 1, number, &error));

  condition = condition_from ("{\"all\": [{\"winner\": \"real-runner-up\"}, {\"units_changed\": {\"at_most\": 3}},"
                              " {\"any\": [{\"split\": \"ME\"}, {\"faithless\": {\"equals\": 0}}]}]}", pledged);
  map = ec_lesson_question_new_map ("Make her win.", condition, "Good.", NULL);
  g_assert_true (ec_lesson_set_step_question (lesson, 2, map, &error));
  g_assert_no_error (error);

  return lesson;
}

static void
test_round_trip (void)
{
  g_autoptr(EcLesson) lesson = build_lesson ();
  g_autoptr(EcLesson) loaded = NULL;
  g_autoptr(GBytes) bytes = ec_lesson_to_bytes (lesson);
  g_autoptr(GBytes) again = NULL;
  g_autoptr(GError) error = NULL;
  EcLessonStep *step;

  loaded = ec_lesson_new_from_bytes (bytes, &error);
  g_assert_no_error (error);
  g_assert_true (ec_lesson_equal (lesson, loaded));
  again = ec_lesson_to_bytes (loaded);
  g_assert_true (g_bytes_equal (bytes, again));

  step = ec_lesson_get_step (loaded, 0);
  g_assert_cmpstr (ec_lesson_step_get_paragraphs (step)[0], ==, "One.");
  g_assert_cmpstr (ec_lesson_step_get_paragraphs (step)[1], ==, "Two,\nstill two.");
  g_assert_null (ec_lesson_step_get_paragraphs (step)[2]);
  g_assert_true (ec_lesson_step_is_highlighted (step, "ME-2"));
  g_assert_false (ec_lesson_step_is_highlighted (step, "ME-1"));
  g_assert_cmpuint (ec_lesson_question_get_correct (ec_lesson_step_get_question (step)), ==, 1);
  g_assert_cmpstr (ec_lesson_question_get_choice (ec_lesson_step_get_question (step), 1), ==, "“Florida”");

  step = ec_lesson_get_step (loaded, 1);
  g_assert_cmpstr (ec_candidate_get_id (ec_scenario_get_winner (ec_lesson_step_get_scenario (step), "GA")), ==, "donald-trump");
  g_assert_cmpint (ec_lesson_question_check_number (ec_lesson_step_get_question (step), 270.4), ==, EC_NUMBER_RIGHT);
  g_assert_cmpint (ec_lesson_question_check_number (ec_lesson_step_get_question (step), 269), ==, EC_NUMBER_TOO_LOW);
  g_assert_cmpint (ec_lesson_question_check_number (ec_lesson_step_get_question (step), 271), ==, EC_NUMBER_TOO_HIGH);

  /* A copy is equal, and a change makes it differ. */
  {
    g_autoptr(EcLesson) copy = ec_lesson_copy (loaded);

    g_assert_true (ec_lesson_equal (copy, loaded));
    ec_lesson_move_step (copy, 0, 2);
    g_assert_false (ec_lesson_equal (copy, loaded));
    ec_lesson_move_step (copy, 2, 0);
    g_assert_true (ec_lesson_equal (copy, loaded));
    ec_lesson_remove_step (copy, 1);
    g_assert_cmpuint (ec_lesson_get_n_steps (copy), ==, 2);
    g_assert_false (ec_lesson_equal (copy, loaded));
  }
}

static void
changed_cb (EcLesson *lesson,
            guint    *count)
{
  (*count)++;
}

static void
test_setters_refuse (void)
{
  g_autoptr(EcLesson) lesson = build_lesson ();
  g_autoptr(EcScenario) blank = ec_scenario_new_blank (NULL);
  g_autoptr(GString) long_text = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) before = ec_lesson_to_bytes (lesson);
  g_autoptr(GBytes) after = NULL;
  const char *unknown[] = { "ZZ", NULL };
  guint changes = 0;

  g_signal_connect (lesson, "changed", G_CALLBACK (changed_cb), &changes);

  for (guint i = 0; i <= EC_LESSON_MAX_TITLE; i++)
    g_string_append_c (long_text, 'x');
  g_assert_false (ec_lesson_set_title (lesson, long_text->str, &error));
  g_assert_error (error, EC_LESSON_ERROR, EC_LESSON_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (ec_lesson_set_title (lesson, " ", &error));
  g_clear_error (&error);
  g_assert_false (ec_lesson_set_minutes (lesson, EC_LESSON_MAX_MINUTES + 1, &error));
  g_clear_error (&error);
  g_assert_false (ec_lesson_set_step_highlights (lesson, 0, unknown, &error));
  g_clear_error (&error);
  /* The map task names a candidate a blank map does not have. */
  g_assert_false (ec_lesson_set_step_scenario (lesson, 2, blank, &error));
  g_assert_nonnull (strstr (error->message, "needs a real election"));
  g_clear_error (&error);

  after = ec_lesson_to_bytes (lesson);
  g_assert_true (g_bytes_equal (before, after));
  g_assert_cmpuint (changes, ==, 0);

  g_assert_true (ec_lesson_set_title (lesson, "Another", &error));
  g_assert_true (ec_lesson_set_title (lesson, "Another", &error));
  g_assert_cmpuint (changes, ==, 1);

  /* Full. */
  while (ec_lesson_get_n_steps (lesson) < EC_LESSON_MAX_STEPS)
    g_assert_true (ec_lesson_append_step (lesson, blank, NULL));
  g_assert_false (ec_lesson_append_step (lesson, blank, &error));
  g_assert_error (error, EC_LESSON_ERROR, EC_LESSON_ERROR_INVALID);
}

static void
test_save_and_open (void)
{
  g_autoptr(EcLesson) lesson = build_lesson ();
  g_autoptr(EcLesson) empty = ec_lesson_new ("Empty");
  g_autoptr(EcLesson) loaded = NULL;
  g_autofree char *dir = g_dir_make_tmp ("electors-lesson-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "a.electors-lesson", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) folder = g_file_new_for_path (dir);
  g_autoptr(GError) error = NULL;

  g_assert_true (ec_lesson_save_to_file (lesson, file, &error));
  g_assert_no_error (error);
  loaded = ec_lesson_new_from_file (file, &error);
  g_assert_no_error (error);
  g_assert_true (ec_lesson_equal (lesson, loaded));

  /* A lesson without steps could not be opened again, so it is not saved. */
  g_assert_false (ec_lesson_save_to_file (empty, file, &error));
  g_assert_error (error, EC_LESSON_ERROR, EC_LESSON_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_null (ec_lesson_new_from_file (folder, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY);

  g_unlink (path);
  g_rmdir (dir);
}

static void
test_progress_round_trip (void)
{
  g_autoptr(EcLesson) lesson = build_lesson ();
  g_autoptr(EcLessonProgress) progress = ec_lesson_progress_new (lesson);
  g_autoptr(EcLessonProgress) loaded = NULL;
  g_autoptr(EcScenario) map = ec_scenario_copy (ec_lesson_step_get_scenario (ec_lesson_get_step (lesson, 2)));
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GBytes) again = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  guint n_questions;
  guint choice;

  ec_lesson_progress_record_choice (progress, 0, 0, FALSE);
  ec_lesson_progress_use_hint (progress, 0);
  ec_lesson_progress_record_choice (progress, 0, 1, TRUE);
  ec_lesson_progress_record_number (progress, 1, 300, FALSE);
  ec_lesson_progress_reveal (progress, 1);
  ec_scenario_set_winner (map, "TX", ec_scenario_get_candidate (map, "hillary-clinton"));
  ec_lesson_progress_record_map (progress, 2, map, TRUE);
  ec_lesson_progress_set_current_step (progress, 2);

  g_assert_cmpuint (ec_lesson_progress_get_attempts (progress, 0), ==, 2);
  g_assert_true (ec_lesson_progress_get_right (progress, 0));
  g_assert_cmpuint (ec_lesson_progress_get_hints_used (progress, 0), ==, 1);
  g_assert_cmpuint (ec_lesson_progress_count_right (progress, lesson, &n_questions), ==, 2);
  g_assert_cmpuint (n_questions, ==, 3);

  bytes = ec_lesson_progress_to_bytes (progress);
  loaded = ec_lesson_progress_new_from_bytes (bytes, lesson, &error);
  g_assert_no_error (error);
  g_assert_true (ec_lesson_progress_equal (progress, loaded));
  again = ec_lesson_progress_to_bytes (loaded);
  g_assert_true (g_bytes_equal (bytes, again));

  g_assert_true (ec_lesson_progress_matches (loaded, lesson));
  g_assert_cmpuint (ec_lesson_progress_get_current_step (loaded), ==, 2);
  g_assert_true (ec_lesson_progress_get_choice (loaded, 0, &choice));
  g_assert_cmpuint (choice, ==, 1);
  g_assert_true (ec_lesson_progress_get_revealed (loaded, 1));
  g_assert_false (ec_lesson_progress_get_right (loaded, 1));
  g_assert_cmpstr (ec_candidate_get_id (ec_scenario_get_winner (ec_lesson_progress_get_map (loaded, 2), "TX")), ==,
                   "hillary-clinton");

  /* The report says the answers in words. */
  text = ec_lesson_progress_dup_answer_text (loaded, lesson, 0);
  g_assert_cmpstr (text, ==, "“Florida”");
  g_clear_pointer (&text, g_free);
  text = ec_lesson_progress_dup_answer_text (loaded, lesson, 1);
  g_assert_cmpstr (text, ==, "300");
  g_clear_pointer (&text, g_free);
  text = ec_lesson_progress_dup_answer_text (loaded, lesson, 2);
  g_assert_nonnull (strstr (text, "Hillary Clinton"));
  g_clear_pointer (&text, g_free);
  text = ec_lesson_question_dup_answer_text (ec_lesson_step_get_question (ec_lesson_get_step (lesson, 1)));
  g_assert_cmpstr (text, ==, "270 (± 0.5)");

  /* Changed, the lesson is another lesson: its progress is refused. */
  g_assert_true (ec_lesson_set_title (lesson, "My lesson, changed", NULL));
  g_assert_false (ec_lesson_progress_matches (loaded, lesson));
  g_clear_object (&loaded);
  loaded = ec_lesson_progress_new_from_bytes (bytes, lesson, &error);
  g_assert_null (loaded);
  g_assert_error (error, EC_LESSON_PROGRESS_ERROR, EC_LESSON_PROGRESS_ERROR_OTHER_LESSON);
  g_clear_error (&error);

  /* Without a lesson, the file alone is checked. */
  loaded = ec_lesson_progress_new_from_bytes (bytes, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (ec_lesson_progress_get_lesson_title (loaded), ==, "My lesson");
}

static void
test_bad_progress (void)
{
  g_autoptr(EcLesson) lesson = build_lesson ();
  g_autoptr(EcLessonProgress) progress = ec_lesson_progress_new (lesson);
  g_autoptr(GBytes) bytes = ec_lesson_progress_to_bytes (progress);
  g_autofree char *good = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  static const struct {
    const char *from;
    const char *to;
    int code;
  } edits[] = {
    { "electors-lesson-progress", "electors-scenario", EC_LESSON_PROGRESS_ERROR_NOT_PROGRESS },
    { "\"version\" : 1", "\"version\" : 7", EC_LESSON_PROGRESS_ERROR_NEWER_VERSION },
    { "\"current_step\" : 1", "\"current_step\" : 4", EC_LESSON_PROGRESS_ERROR_INVALID },
    { "\"current_step\" : 1", "\"current_step\" : 0", EC_LESSON_PROGRESS_ERROR_INVALID },
    { "\"attempts\" : 0,", "\"attempts\" : 1, \"choice\" : 3,", EC_LESSON_PROGRESS_ERROR_INVALID },
    { "\"attempts\" : 0,", "\"attempts\" : 1, \"number\" : 3,", EC_LESSON_PROGRESS_ERROR_INVALID },
    { "\"attempts\" : 0,", "\"attempts\" : 2,", EC_LESSON_PROGRESS_ERROR_INVALID },
    { "\"right\" : false", "\"right\" : true", EC_LESSON_PROGRESS_ERROR_INVALID },
    { "\"hints\" : 0", "\"hints\" : -1", EC_LESSON_PROGRESS_ERROR_INVALID },
    { "\"hints\" : 0", "\"hints\" : 0, \"score\" : 100", EC_LESSON_PROGRESS_ERROR_INVALID },
    { "\"title\" : \"My lesson\"", "\"title\" : 3", EC_LESSON_PROGRESS_ERROR_INVALID },
    { "{", "[", EC_LESSON_PROGRESS_ERROR_NOT_JSON },
  };

  for (guint i = 0; i < G_N_ELEMENTS (edits); i++)
    {
      g_autoptr(GString) text = g_string_new (good);
      g_autoptr(GBytes) bad = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(EcLessonProgress) loaded = NULL;

      g_assert_cmpuint (g_string_replace (text, edits[i].from, edits[i].to, 1), ==, 1);
      bad = g_string_free_to_bytes (g_steal_pointer (&text));
      loaded = ec_lesson_progress_new_from_bytes (bad, lesson, &error);
      g_test_message ("%s → %s: %s", edits[i].from, edits[i].to, error ? error->message : "(accepted)");
      g_assert_null (loaded);
      g_assert_error (error, EC_LESSON_PROGRESS_ERROR, edits[i].code);
    }
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/ec/lesson/bad-files", test_bad_lessons);
  g_test_add_func ("/ec/lesson/round-trip", test_round_trip);
  g_test_add_func ("/ec/lesson/setters-refuse", test_setters_refuse);
  g_test_add_func ("/ec/lesson/save-and-open", test_save_and_open);
  g_test_add_func ("/ec/lesson/progress-round-trip", test_progress_round_trip);
  g_test_add_func ("/ec/lesson/bad-progress", test_bad_progress);

  return g_test_run ();
}
