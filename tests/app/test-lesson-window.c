/* test-lesson-window.c
 *
 * Copyright 2026 The Electors authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A student walks through a bundled lesson in a real window, through its
 * actions: wrong answers with their feedback, a hint and the answer shown,
 * right answers, a map task done by clicking states on the map; the
 * progress is kept, comes back when the lesson is opened again and never
 * goes to another lesson; the teacher's report is a PDF with pages. A
 * teacher writes a two-step lesson, saves it and opens it again.
 */

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>

#include "ec-lesson-check.h"
#include "ec-lesson-pane.h"
#include "ec-map-view.h"
#include "ec-test-ui.h"
#include "ec-window.h"

#define LESSON_ID "how-270-works"
#define OTHER_LESSON_ID "faithless-electors"

static EcLessonPane *
pane_of (EcWindow *window)
{
  return EC_LESSON_PANE (ec_window_get_lesson_pane (window));
}

static void
activate (EcLessonPane *pane,
          const char   *action)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (pane), action, NULL));
}

static void
forget_progress (const char *id)
{
  g_autoptr(EcLesson) lesson = ec_lesson_new_bundled (id, NULL);
  g_autoptr(GFile) file = NULL;

  g_assert_nonnull (lesson);
  file = ec_lesson_progress_file_for (lesson);
  g_file_delete (file, NULL, NULL);
}

/* Waits until the window shows a lesson other than @before. */
static void
wait_for_lesson (EcWindow *window,
                 EcLesson *before)
{
  gint64 deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;

  while ((ec_lesson_pane_get_lesson (pane_of (window)) == NULL ||
          ec_lesson_pane_get_lesson (pane_of (window)) == before) &&
         g_get_monotonic_time () < deadline)
    {
      if (!g_main_context_iteration (NULL, FALSE))
        g_usleep (1000);
    }

  g_assert_nonnull (ec_lesson_pane_get_lesson (pane_of (window)));
  g_assert_true (ec_lesson_pane_get_lesson (pane_of (window)) != before);
  ec_test_wait_for_frames (GTK_WIDGET (window));
}

static EcWindow *
open_bundled (const char *id,
              int         width,
              int         height)
{
  EcWindow *window = ec_test_create_window (width, height);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open-bundled-lesson", "s", id));
  wait_for_lesson (window, NULL);

  return window;
}

static guint
find_step (EcLesson       *lesson,
           EcQuestionKind  kind,
           guint           from)
{
  for (guint i = from; i < ec_lesson_get_n_steps (lesson); i++)
    {
      EcLessonQuestion *question = ec_lesson_step_get_question (ec_lesson_get_step (lesson, i));

      if (question != NULL && ec_lesson_question_get_kind (question) == kind)
        return i;
    }

  g_assert_not_reached ();
}

static void
go_to_step (EcLessonPane *pane,
            guint         step)
{
  while (ec_lesson_pane_get_step (pane) < step)
    activate (pane, "lesson.next");
  while (ec_lesson_pane_get_step (pane) > step)
    activate (pane, "lesson.back");
  g_assert_cmpuint (ec_lesson_pane_get_step (pane), ==, step);
}

/* Clicks a state on the map until it goes to @candidate. */
static void
give_state (EcWindow    *window,
            const char  *unit_id,
            const char  *candidate_id)
{
  EcMapView *map_view = EC_MAP_VIEW (ec_window_get_map_view (window));

  for (guint i = 0; i < 8; i++)
    {
      EcCandidate *winner = ec_scenario_get_winner (ec_window_get_scenario (window), unit_id);

      if (winner != NULL && g_str_equal (ec_candidate_get_id (winner), candidate_id))
        return;
      ec_map_view_activate_unit (map_view, unit_id, FALSE);
    }

  g_assert_not_reached ();
}

typedef struct {
  gboolean  done;
  gboolean  ok;
  GError   *error;
} Wait;

static void
report_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  Wait *wait = user_data;

  wait->ok = ec_lesson_pane_export_report_finish (EC_LESSON_PANE (object), result, &wait->error);
  wait->done = TRUE;
}

static void
lesson_saved_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  Wait *wait = user_data;

  wait->ok = ec_lesson_pane_save_finish (EC_LESSON_PANE (object), result, &wait->error);
  wait->done = TRUE;
}

static void
wait_for (Wait *wait)
{
  while (!wait->done)
    g_main_context_iteration (NULL, TRUE);
  g_assert_no_error (wait->error);
  g_assert_true (wait->ok);
}

static guint
count_pdf_pages (GFile *file)
{
  g_autoptr(GBytes) bytes = g_file_load_bytes (file, NULL, NULL, NULL);
  g_autoptr(GRegex) regex = g_regex_new ("/Type\\s*/Page[^s]", G_REGEX_RAW, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;
  gsize length;
  const char *data;
  guint n = 0;

  g_assert_nonnull (bytes);
  data = g_bytes_get_data (bytes, &length);
  g_assert_true (length > 5 && memcmp (data, "%PDF-", 5) == 0);
  g_regex_match_full (regex, data, length, 0, 0, &match, NULL);
  while (g_match_info_matches (match))
    {
      n++;
      g_match_info_next (match, NULL);
    }

  return n;
}

static void
test_walk_through (void)
{
  EcWindow *window;
  EcLessonPane *pane;
  EcLesson *lesson;
  EcLessonProgress *progress;
  EcLessonQuestion *question;
  EcCandidate *runner_up;
  g_autofree char *runner_up_id = NULL;
  g_autofree char *folder = g_dir_make_tmp ("electors-lesson-XXXXXX", NULL);
  /* The report stays in the build tree, to look at. */
  g_autofree char *report_path = g_test_build_filename (G_TEST_BUILT, "screenshots", "lesson-walk-report.pdf", NULL);
  g_autoptr(GFile) report = g_file_new_for_path (report_path);
  g_autoptr(GBytes) saved = NULL;
  g_autoptr(EcLessonProgress) reloaded = NULL;
  g_autoptr(GError) error = NULL;
  Wait wait = { FALSE, FALSE, NULL };
  guint number_step, choice_step, map_step, correct, wrong, n_steps;
  double answer;

  forget_progress (LESSON_ID);
  window = open_bundled (LESSON_ID, 1366, 768);
  pane = pane_of (window);
  lesson = ec_lesson_pane_get_lesson (pane);
  progress = ec_lesson_pane_get_progress (pane);
  n_steps = ec_lesson_get_n_steps (lesson);
  g_assert_cmpstr (ec_lesson_get_bundled_id (lesson), ==, LESSON_ID);
  g_assert_cmpuint (n_steps, >=, 5);
  g_assert_cmpuint (ec_lesson_pane_get_step (pane), ==, 0);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (pane)));
  /* The first step's map, in a document of its own that nothing asks about. */
  g_assert_true (ec_document_get_kept_by_owner (ec_window_get_document (window)));
  g_assert_false (ec_window_is_modified (window));
  ec_test_save_screenshot (GTK_WIDGET (window), "lesson-1366x768.png");

  /* The main menu's Edit Lesson opens the editor on it, and closes it. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.edit-lesson", NULL));
  g_assert_true (ec_lesson_pane_get_editing (pane));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.edit-lesson", NULL));
  g_assert_false (ec_lesson_pane_get_editing (pane));
  g_assert_false (ec_lesson_pane_get_modified (pane));

  /* A number: wrong, with its feedback, a hint and the answer; then right. */
  number_step = find_step (lesson, EC_QUESTION_NUMBER, 0);
  go_to_step (pane, number_step);
  question = ec_lesson_step_get_question (ec_lesson_get_step (lesson, number_step));
  answer = ec_lesson_question_get_answer (question);
  ec_lesson_pane_set_number (pane, answer - 10 - ec_lesson_question_get_tolerance (question));
  activate (pane, "lesson.check");
  g_assert_cmpstr (ec_lesson_pane_get_feedback (pane), ==,
                   ec_lesson_question_get_number_feedback (question, EC_NUMBER_TOO_LOW));
  g_assert_false (ec_lesson_progress_get_right (progress, number_step));
  g_assert_cmpuint (ec_lesson_progress_get_attempts (progress, number_step), ==, 1);
  if (ec_lesson_question_get_hint (question) != NULL)
    {
      activate (pane, "lesson.hint");
      g_assert_cmpuint (ec_lesson_progress_get_hints_used (progress, number_step), ==, 1);
    }
  activate (pane, "lesson.reveal");
  g_assert_true (ec_lesson_progress_get_revealed (progress, number_step));
  ec_test_save_screenshot (GTK_WIDGET (pane), "lesson-number-revealed.png");
  ec_lesson_pane_set_number (pane, answer);
  activate (pane, "lesson.check");
  g_assert_cmpstr (ec_lesson_pane_get_feedback (pane), ==,
                   ec_lesson_question_get_number_feedback (question, EC_NUMBER_RIGHT));
  g_assert_true (ec_lesson_progress_get_right (progress, number_step));
  g_assert_cmpuint (ec_lesson_progress_get_attempts (progress, number_step), ==, 2);

  /* A choice: a wrong one says why, the right one says so. */
  choice_step = find_step (lesson, EC_QUESTION_CHOICE, 0);
  go_to_step (pane, choice_step);
  question = ec_lesson_step_get_question (ec_lesson_get_step (lesson, choice_step));
  correct = ec_lesson_question_get_correct (question);
  wrong = (correct + 1) % ec_lesson_question_get_n_choices (question);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (ec_lesson_pane_get_choice_button (pane, wrong)), TRUE);
  activate (pane, "lesson.check");
  g_assert_cmpstr (ec_lesson_pane_get_feedback (pane), ==, ec_lesson_question_get_choice_feedback (question, wrong));
  g_assert_false (ec_lesson_progress_get_right (progress, choice_step));
  gtk_check_button_set_active (GTK_CHECK_BUTTON (ec_lesson_pane_get_choice_button (pane, correct)), TRUE);
  activate (pane, "lesson.check");
  g_assert_cmpstr (ec_lesson_pane_get_feedback (pane), ==, ec_lesson_question_get_choice_feedback (question, correct));
  g_assert_true (ec_lesson_progress_get_right (progress, choice_step));
  ec_test_save_screenshot (GTK_WIDGET (window), "lesson-choice-right.png");

  /* A step's highlighted states are ringed on its map. */
  for (guint i = 0; i < n_steps; i++)
    {
      const char * const *highlights = ec_lesson_step_get_highlights (ec_lesson_get_step (lesson, i));
      g_auto(GStrv) shown = NULL;

      if (highlights == NULL || highlights[0] == NULL)
        continue;
      go_to_step (pane, i);
      g_object_get (ec_window_get_map_view (window), "highlights", &shown, NULL);
      g_assert_nonnull (shown);
      g_assert_true (g_strv_equal ((const char * const *) shown, highlights));
      ec_test_save_screenshot (GTK_WIDGET (window), "lesson-highlights.png");
      break;
    }

  /* The map task: unchanged, it is not done; Texas and Florida clicked to
   * the runner-up on the map, it is. */
  map_step = find_step (lesson, EC_QUESTION_MAP, 0);
  go_to_step (pane, map_step);
  question = ec_lesson_step_get_question (ec_lesson_get_step (lesson, map_step));
  activate (pane, "lesson.check");
  g_assert_false (ec_lesson_progress_get_right (progress, map_step));
  g_assert_nonnull (ec_lesson_pane_get_feedback (pane));
  runner_up = ec_lesson_condition_resolve_candidate (EC_CANDIDATE_ROLE_REAL_RUNNER_UP, ec_window_get_scenario (window));
  g_assert_nonnull (runner_up);
  runner_up_id = g_strdup (ec_candidate_get_id (runner_up));
  give_state (window, "TX", runner_up_id);
  /* Undo works within the step. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_assert_cmpstr (ec_candidate_get_id (ec_scenario_get_winner (ec_window_get_scenario (window), "TX")), !=, runner_up_id);
  give_state (window, "TX", runner_up_id);
  give_state (window, "FL", runner_up_id);
  /* The student's map is not a scenario to save: nothing asks about it. */
  g_assert_false (ec_window_is_modified (window));
  activate (pane, "lesson.check");
  g_assert_true (ec_lesson_progress_get_right (progress, map_step));
  g_assert_true (g_str_has_prefix (ec_lesson_pane_get_feedback (pane), ec_lesson_question_get_map_feedback (question, TRUE)));
  ec_test_save_screenshot (GTK_WIDGET (window), "lesson-map-task-right.png");

  /* Another step and back: the student's map is still there. */
  activate (pane, map_step > 0 ? "lesson.back" : "lesson.next");
  go_to_step (pane, map_step);
  g_assert_cmpstr (ec_candidate_get_id (ec_scenario_get_winner (ec_window_get_scenario (window), "TX")), ==, runner_up_id);
  g_assert_cmpstr (ec_candidate_get_id (ec_scenario_get_winner (ec_window_get_scenario (window), "FL")), ==, runner_up_id);

  /* The report for the teacher. */
  ec_lesson_pane_set_student (pane, "Ada Lovelace");
  ec_lesson_pane_export_report_async (pane, report, report_cb, &wait);
  wait_for (&wait);
  g_assert_cmpuint (count_pdf_pages (report), >=, 1);

  /* The progress is on disk, and it is this lesson's. */
  ec_lesson_pane_write_progress_now (pane);
  while (g_main_context_iteration (NULL, FALSE));
  saved = g_file_load_bytes (ec_lesson_pane_get_progress_file (pane), NULL, NULL, &error);
  g_assert_no_error (error);
  reloaded = ec_lesson_progress_new_from_bytes (saved, lesson, &error);
  g_assert_no_error (error);
  g_assert_true (ec_lesson_progress_get_right (reloaded, map_step));
  g_assert_cmpuint (ec_lesson_progress_get_attempts (reloaded, number_step), ==, 2);
  g_assert_cmpuint (ec_lesson_progress_get_current_step (reloaded), ==, map_step);

  ec_test_destroy_window (window);

  /* Opened again: where the student was, with the answers and the map. */
  window = open_bundled (LESSON_ID, 1366, 768);
  pane = pane_of (window);
  progress = ec_lesson_pane_get_progress (pane);
  g_assert_cmpuint (ec_lesson_pane_get_step (pane), ==, map_step);
  g_assert_true (ec_lesson_progress_get_right (progress, map_step));
  g_assert_true (ec_lesson_progress_get_revealed (progress, number_step));
  g_assert_cmpuint (ec_lesson_progress_get_attempts (progress, number_step), ==, 2);
  g_assert_cmpstr (ec_candidate_get_id (ec_scenario_get_winner (ec_window_get_scenario (window), "TX")), ==, runner_up_id);
  ec_test_destroy_window (window);

  /* Another lesson starts afresh: the progress is never applied to it. */
  forget_progress (OTHER_LESSON_ID);
  window = open_bundled (OTHER_LESSON_ID, 1366, 768);
  pane = pane_of (window);
  progress = ec_lesson_pane_get_progress (pane);
  g_assert_cmpuint (ec_lesson_pane_get_step (pane), ==, 0);
  for (guint i = 0; i < ec_lesson_get_n_steps (ec_lesson_pane_get_lesson (pane)); i++)
    g_assert_cmpuint (ec_lesson_progress_get_attempts (progress, i), ==, 0);
  ec_test_destroy_window (window);

  g_rmdir (folder);
}

/* The list of bundled lessons: one row each, and a row opens its lesson. */
static void
test_lesson_list (void)
{
  EcWindow *window = ec_test_create_window (1366, 768);
  GtkWidget *dialog = ec_window_open_lesson_list (window);
  GtkWidget *list = NULL;
  GtkWidget *child;
  guint n = 0;

  ec_test_wait_for_frames (dialog);
  ec_test_save_screenshot (dialog, "lesson-list.png");
  for (child = dialog; child != NULL && !GTK_IS_LIST_BOX (child); )
    {
      GtkWidget *next = gtk_widget_get_first_child (child);

      /* Depth first, through the first children and their siblings. */
      while (next == NULL && child != dialog)
        {
          next = gtk_widget_get_next_sibling (child);
          if (next == NULL)
            child = gtk_widget_get_parent (child);
        }
      child = next;
      if (child == NULL)
        break;
    }
  list = child;
  g_assert_nonnull (list);
  for (child = gtk_widget_get_first_child (list); child != NULL; child = gtk_widget_get_next_sibling (child))
    n++;
  g_assert_cmpuint (n, ==, g_strv_length ((char **) ec_lesson_list_bundled ()));

  g_signal_emit_by_name (list, "row-activated", gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), 0));
  wait_for_lesson (window, NULL);
  g_assert_cmpstr (ec_lesson_get_bundled_id (ec_lesson_pane_get_lesson (pane_of (window))), ==,
                   ec_lesson_list_bundled ()[0]);
  ec_test_destroy_window (window);
}

/* The editor on every bundled lesson, every step shown and left: nothing
 * of the lesson changes until the teacher changes it. */
static void
test_editor_keeps_lessons (void)
{
  const char * const *ids = ec_lesson_list_bundled ();

  for (guint i = 0; ids[i] != NULL; i++)
    {
      EcWindow *window = open_bundled (ids[i], 1366, 768);
      EcLessonPane *pane = pane_of (window);
      g_autoptr(EcLesson) before = ec_lesson_copy (ec_lesson_pane_get_lesson (pane));

      go_to_step (pane, 0);
      ec_lesson_pane_set_editing (pane, TRUE);
      while (ec_lesson_pane_get_step (pane) + 1 < ec_lesson_get_n_steps (before))
        activate (pane, "lesson.next");
      ec_lesson_pane_set_editing (pane, FALSE);
      g_assert_false (ec_lesson_pane_get_editing (pane));
      g_assert_true (ec_lesson_equal (before, ec_lesson_pane_get_lesson (pane)));
      g_assert_false (ec_lesson_pane_get_modified (pane));
      g_assert_cmpstr (ec_lesson_get_bundled_id (ec_lesson_pane_get_lesson (pane)), ==, ids[i]);
      ec_test_destroy_window (window);
    }
}

static void
test_author (void)
{
  EcWindow *window = ec_test_create_window (1366, 768);
  EcWindow *reopened;
  EcLessonPane *pane = pane_of (window);
  EcLesson *lesson;
  EcLessonStep *step;
  EcLessonQuestion *question;
  g_autofree char *folder = g_dir_make_tmp ("electors-author-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (folder, "two-steps" EC_LESSON_SUFFIX, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  const char *choices[] = { "270", "269", "538", NULL };
  Wait wait = { FALSE, FALSE, NULL };

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.new-lesson", NULL));
  ec_test_wait_for_frames (GTK_WIDGET (window));
  lesson = ec_lesson_pane_get_lesson (pane);
  g_assert_nonnull (lesson);
  g_assert_true (ec_lesson_pane_get_editing (pane));
  g_assert_true (ec_lesson_pane_get_modified (pane));
  g_assert_true (ec_window_has_unsaved_lesson (window));
  g_assert_cmpuint (ec_lesson_get_n_steps (lesson), ==, 1);

  /* Step 1: text and a multiple-choice question. */
  ec_lesson_pane_edit_text (pane, "The magic number", "Half of 538 is 269.\n\nA majority is 270.");
  g_assert_true (ec_lesson_pane_edit_choice_question (pane, "How many electoral votes win?", choices, 0, &error));
  g_assert_no_error (error);
  step = ec_lesson_get_step (lesson, 0);
  g_assert_cmpstr (ec_lesson_step_get_title (step), ==, "The magic number");
  g_assert_cmpuint (g_strv_length ((char **) ec_lesson_step_get_paragraphs (step)), ==, 2);
  ec_test_save_screenshot (GTK_WIDGET (window), "lesson-editor.png");

  /* Step 2: the map with Texas changed, and a tie to build. */
  ec_map_view_activate_unit (EC_MAP_VIEW (ec_window_get_map_view (window)), "TX", FALSE);
  activate (pane, "lesson.add-step");
  g_assert_cmpuint (ec_lesson_get_n_steps (lesson), ==, 2);
  g_assert_cmpuint (ec_lesson_pane_get_step (pane), ==, 1);
  ec_lesson_pane_edit_text (pane, "A tie", "Nobody has 270 when both have 269.");
  g_assert_true (ec_lesson_pane_edit_map_question (pane, "Build a 269–269 tie.", EC_LESSON_PRESET_TIE, 0, &error));
  g_assert_no_error (error);

  /* Closing the window asks first: the lesson is not saved yet. */
  gtk_window_close (GTK_WINDOW (window));
  ec_test_wait_for_frames (NULL);
  g_assert_cmpuint (ec_test_count_dialogs (), ==, 1);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (window)));
  ec_test_respond ("cancel");
  g_assert_cmpuint (ec_lesson_get_n_steps (ec_lesson_pane_get_lesson (pane)), ==, 2);
  /* So does closing the lesson. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.close-lesson", NULL));
  ec_test_wait_for_frames (NULL);
  g_assert_cmpuint (ec_test_count_dialogs (), ==, 1);
  ec_test_respond ("cancel");
  g_assert_true (ec_window_has_lesson (window));
  /* Quitting asks too, and names it as a lesson, not a scenario. */
  g_action_group_activate_action (G_ACTION_GROUP (g_application_get_default ()), "quit", NULL);
  ec_test_wait_for_frames (NULL);
  g_assert_cmpuint (ec_test_count_dialogs (), ==, 1);
  {
    g_autoptr(GList) toplevels = gtk_window_list_toplevels ();
    gboolean named = FALSE;

    for (GList *l = toplevels; l != NULL; l = l->next)
      if (ADW_IS_MESSAGE_DIALOG (l->data) && gtk_widget_get_visible (l->data))
        named = g_str_has_prefix (adw_message_dialog_get_body (l->data),
                                  "1 lesson has changes that are not saved:");
    g_assert_true (named);
  }
  ec_test_respond ("cancel");
  g_assert_true (ec_window_has_lesson (window));

  ec_lesson_pane_save_async (pane, file, lesson_saved_cb, &wait);
  wait_for (&wait);
  g_assert_false (ec_lesson_pane_get_modified (pane));

  /* Opened again, in a window of its own: the same two steps. */
  reopened = ec_test_create_window (1366, 768);
  ec_window_open_file (reopened, file);
  wait_for_lesson (reopened, NULL);
  lesson = ec_lesson_pane_get_lesson (pane_of (reopened));
  g_assert_true (ec_lesson_equal (lesson, ec_lesson_pane_get_lesson (pane)));
  g_assert_cmpuint (ec_lesson_get_n_steps (lesson), ==, 2);
  question = ec_lesson_step_get_question (ec_lesson_get_step (lesson, 0));
  g_assert_cmpint (ec_lesson_question_get_kind (question), ==, EC_QUESTION_CHOICE);
  g_assert_cmpstr (ec_lesson_question_get_choice (question, 0), ==, "270");
  question = ec_lesson_step_get_question (ec_lesson_get_step (lesson, 1));
  g_assert_cmpint (ec_lesson_question_get_kind (question), ==, EC_QUESTION_MAP);
  g_assert_cmpstr (ec_lesson_step_get_title (ec_lesson_get_step (lesson, 1)), ==, "A tie");
  ec_test_destroy_window (reopened);

  /* Saved, it closes without a question, and the map stays on screen as
   * an ordinary scenario. */
  g_assert_false (ec_window_has_unsaved_lesson (window));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.close-lesson", NULL));
  g_assert_cmpuint (ec_test_count_dialogs (), ==, 0);
  g_assert_false (ec_window_has_lesson (window));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (pane)));
  g_assert_false (ec_document_get_kept_by_owner (ec_window_get_document (window)));
  g_assert_nonnull (ec_window_get_scenario (window));
  ec_test_destroy_window (window);
  g_assert_cmpuint (ec_test_count_dialogs (), ==, 0);
  g_unlink (path);
  g_rmdir (folder);
}

/* A broken lesson file gets a dialog that says why, and the window keeps
 * its map, its changes and no lesson. */
static void
test_bad_lesson (void)
{
  EcWindow *window = ec_test_create_window (1366, 768);
  g_autofree char *dir = g_dir_make_tmp ("electors-bad-lesson-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "broken.electors-lesson", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  gint64 deadline;

  g_assert_true (g_file_set_contents (path, "{\"format\": \"electors-lesson\", \"version\": 1, \"title\": ", -1, NULL));
  ec_map_view_activate_unit (EC_MAP_VIEW (ec_window_get_map_view (window)), "TX", FALSE);
  g_assert_true (ec_window_is_modified (window));

  ec_window_open_file (window, file);
  deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;
  while (ec_test_count_dialogs () == 0 && g_get_monotonic_time () < deadline)
    {
      if (!g_main_context_iteration (NULL, FALSE))
        g_usleep (1000);
    }
  g_assert_cmpuint (ec_test_count_dialogs (), ==, 1);
  g_assert_false (ec_window_has_lesson (window));
  g_assert_true (ec_window_is_modified (window));
  ec_test_respond ("close");
  g_assert_true (ec_window_is_modified (window));

  ec_document_discard_draft (ec_window_get_document (window));
  ec_test_destroy_window (window);
  g_assert_cmpint (g_remove (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

static void
test_screenshots (void)
{
  AdwStyleManager *style = adw_style_manager_get_default ();
  struct { int width, height; const char *name; } sizes[] = {
    { 1920, 1080, "lesson-1920x1080.png" },
    { 1024, 768, "lesson-1024x768.png" },
  };
  EcWindow *window;
  guint map_step;

  forget_progress (LESSON_ID);
  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      window = open_bundled (LESSON_ID, sizes[i].width, sizes[i].height);
      map_step = find_step (ec_lesson_pane_get_lesson (pane_of (window)), EC_QUESTION_MAP, 0);
      go_to_step (pane_of (window), map_step);
      ec_test_wait_for_frames (GTK_WIDGET (window));
      /* Nothing of the pane is cut off: it gets the width it asks for. */
      g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (pane_of (window))), >=, 360);
      ec_test_save_screenshot (GTK_WIDGET (window), sizes[i].name);
      ec_test_destroy_window (window);
    }

  window = open_bundled (LESSON_ID, 1920, 1080);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.present", NULL));
  ec_test_wait_for_frames (GTK_WIDGET (window));
  ec_test_wait_for_frames (GTK_WIDGET (window));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (pane_of (window))));
  ec_test_save_screenshot (GTK_WIDGET (window), "lesson-presentation.png");
  ec_test_destroy_window (window);

  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_DARK);
  window = open_bundled (LESSON_ID, 1366, 768);
  ec_test_save_screenshot (GTK_WIDGET (window), "lesson-dark.png");
  ec_test_destroy_window (window);
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);

  /* In Spanish, from the catalogue in the build tree. */
  g_setenv ("LANGUAGE", "es", TRUE);
  setlocale (LC_ALL, "C.UTF-8");
  textdomain (GETTEXT_PACKAGE);
  window = open_bundled (LESSON_ID, 1366, 768);
  g_assert_cmpstr (_("Step %u of %u"), !=, "Step %u of %u");
  ec_test_save_screenshot (GTK_WIDGET (window), "lesson-spanish.png");
  ec_test_destroy_window (window);
  g_unsetenv ("LANGUAGE");
  textdomain (GETTEXT_PACKAGE);
}

int
main (int   argc,
      char *argv[])
{
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("ELECTORS_LOCALEDIR"));
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  ec_test_init_ui (&argc, &argv);

  g_test_add_func ("/ec/lesson-window/walk-through", test_walk_through);
  g_test_add_func ("/ec/lesson-window/lesson-list", test_lesson_list);
  g_test_add_func ("/ec/lesson-window/editor-keeps-lessons", test_editor_keeps_lessons);
  g_test_add_func ("/ec/lesson-window/author", test_author);
  g_test_add_func ("/ec/lesson-window/bad-lesson", test_bad_lesson);
  g_test_add_func ("/ec/lesson-window/screenshots", test_screenshots);

  return ec_test_run_ui ();
}
