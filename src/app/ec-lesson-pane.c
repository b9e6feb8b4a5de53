/* ec-lesson-pane.c
 *
 * Copyright 2026 The Electors authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "ec-file.h"
#include "ec-lesson-check.h"
#include "ec-lesson-pane.h"
#include "ec-lesson-report.h"
#include "ec-map-view.h"
#include "ec-window.h"

/* A lesson beside the live map: the step's text and question, Back and
 * Next, and the answer checked in words. Each step is a document of its
 * own, made from the step's scenario the first time it is shown, so undo
 * stays within the step and moving between steps keeps what the student
 * made on each map. The student's progress is kept in a file of its own,
 * named after the lesson's identity and written off the main thread a
 * moment after each change; opening the same lesson again brings it back.
 *
 * A teacher writes a lesson in the same pane: "Add Current Map as Step",
 * the step's text, highlights and question in a small editor. The lesson
 * object, and so its JSON, is the source of truth; the editor only writes
 * to it. */

#define PROGRESS_SUFFIX ".electors-progress"
#define PROGRESS_DELAY_MS 500
#define N_EDIT_CHOICES EC_LESSON_MAX_CHOICES

typedef enum {
  EDIT_NONE,
  EDIT_CHOICE,
  EDIT_NUMBER,
  EDIT_MAP,
} EditKind;

struct _EcLessonPane
{
  GtkWidget          parent_instance;

  EcLesson          *lesson;
  GFile             *file;
  EcLessonProgress  *progress;
  GPtrArray         *documents;
  guint              step;
  gboolean           editing;
  gboolean           modified;
  gboolean           presenting;
  char              *feedback;

  GFile             *progress_file;
  guint              progress_source;
  gboolean           progress_writing;
  gboolean           progress_again;
  GCancellable      *cancellable;

  GPtrArray         *choice_buttons;

  /* Template widgets */
  GtkScrolledWindow *scroller;
  GtkLabel          *lesson_title;
  GtkLabel          *step_counter;
  GtkLabel          *footer_counter;
  GtkLabel          *step_title;
  GtkBox            *paragraphs_box;
  GtkBox            *question_box;
  GtkLabel          *prompt_label;
  GtkBox            *choices_box;
  GtkSpinButton     *number_button;
  GtkLabel          *map_task_label;
  GtkWidget         *check_button;
  GtkWidget         *hint_button;
  GtkWidget         *reveal_button;
  GtkLabel          *feedback_label;
  GtkLabel          *hint_label;
  GtkLabel          *answer_label;
  GtkBox            *editor_box;
  AdwEntryRow       *student_row;
  GtkWidget         *report_group;

  /* The editor, built in code below the step */
  AdwEntryRow       *edit_lesson_title;
  AdwEntryRow       *edit_step_title;
  GtkTextView       *edit_text;
  GtkLabel          *edit_highlights;
  GtkDropDown       *edit_kind;
  AdwEntryRow       *edit_prompt;
  GtkWidget         *edit_choice_group;
  AdwEntryRow       *edit_choices[N_EDIT_CHOICES];
  AdwEntryRow       *edit_choice_feedback[N_EDIT_CHOICES];
  GtkDropDown       *edit_correct;
  GtkWidget         *edit_number_group;
  GtkSpinButton     *edit_answer;
  GtkSpinButton     *edit_tolerance;
  GtkWidget         *edit_map_group;
  GtkDropDown       *edit_preset;
  GtkSpinButton     *edit_preset_n;
  AdwEntryRow       *edit_right;
  AdwEntryRow       *edit_wrong;
  AdwEntryRow       *edit_too_high;
  AdwEntryRow       *edit_hint;
  AdwEntryRow       *edit_explanation;

  /* A condition written by hand, none of the presets: kept as it is
   * unless the teacher picks another task. */
  EcLessonCondition *kept_condition;
  guint              kept_preset;
  guint              kept_n;
};

G_DEFINE_FINAL_TYPE (EcLessonPane, ec_lesson_pane, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_LESSON,
  PROP_STEP,
  PROP_EDITING,
  PROP_MODIFIED,
  PROP_FEEDBACK,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void show_step     (EcLessonPane *self);
static void sync_actions  (EcLessonPane *self);
static void fill_editor   (EcLessonPane *self);

static EcWindow *
get_window (EcLessonPane *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return EC_IS_WINDOW (root) ? EC_WINDOW (root) : NULL;
}

static EcLessonStep *
current_step (EcLessonPane *self)
{
  if (self->lesson == NULL || self->step >= ec_lesson_get_n_steps (self->lesson))
    return NULL;

  return ec_lesson_get_step (self->lesson, self->step);
}

static EcLessonQuestion *
current_question (EcLessonPane *self)
{
  EcLessonStep *step = current_step (self);

  return step != NULL ? ec_lesson_step_get_question (step) : NULL;
}

static void
set_modified (EcLessonPane *self,
              gboolean      modified)
{
  modified = !!modified;
  if (self->modified == modified)
    return;

  self->modified = modified;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);
}

/* Progress: a file per lesson, written off the main thread. */

/**
 * ec_lesson_progress_file_for:
 * @lesson: a lesson
 *
 * Returns: (transfer full): where the student's progress through @lesson
 *   is kept, named after the lesson's identity so that progress is never
 *   applied to another lesson
 */
GFile *
ec_lesson_progress_file_for (EcLesson *lesson)
{
  g_autofree char *identity = NULL;
  g_autofree char *checksum = NULL;
  g_autofree char *name = NULL;
  g_autofree char *path = NULL;

  g_return_val_if_fail (EC_IS_LESSON (lesson), NULL);

  identity = ec_lesson_dup_identity (lesson);
  checksum = g_compute_checksum_for_string (G_CHECKSUM_SHA256, identity, -1);
  name = g_strconcat (checksum, PROGRESS_SUFFIX, NULL);
  path = g_build_filename (g_get_user_data_dir (), "electors", "lessons", name, NULL);

  return g_file_new_for_path (path);
}

typedef struct {
  GFile  *file;
  GBytes *bytes;
} ProgressData;

static void
progress_data_free (ProgressData *data)
{
  g_clear_object (&data->file);
  g_clear_pointer (&data->bytes, g_bytes_unref);
  g_free (data);
}

static gboolean
write_progress (ProgressData  *data,
                GError       **error)
{
  g_autoptr(GFile) folder = g_file_get_parent (data->file);
  g_autoptr(GError) local_error = NULL;
  gsize length;
  const char *contents = g_bytes_get_data (data->bytes, &length);

  if (!g_file_make_directory_with_parents (folder, NULL, &local_error) &&
      !g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_EXISTS))
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  return ec_file_replace_contents (data->file, contents, length, G_FILE_CREATE_PRIVATE, error);
}

static void
progress_thread (GTask        *task,
                 gpointer      source_object,
                 gpointer      task_data,
                 GCancellable *cancellable)
{
  g_autoptr(GError) error = NULL;

  if (write_progress (task_data, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, g_steal_pointer (&error));
}

static ProgressData *
progress_data_new (EcLessonPane *self)
{
  ProgressData *data = g_new0 (ProgressData, 1);

  data->file = g_object_ref (self->progress_file);
  data->bytes = ec_lesson_progress_to_bytes (self->progress);

  return data;
}

static gboolean progress_timeout_cb (gpointer user_data);

static void
progress_written_cb (GObject      *object,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  EcLessonPane *self = EC_LESSON_PANE (object);
  g_autoptr(GError) error = NULL;

  self->progress_writing = FALSE;
  if (!g_task_propagate_boolean (G_TASK (result), &error))
    g_warning ("Could not keep the lesson's progress in %s: %s",
               g_file_peek_path (self->progress_file), error->message);

  if (self->progress_again)
    {
      self->progress_again = FALSE;
      progress_timeout_cb (self);
    }
}

static gboolean
progress_timeout_cb (gpointer user_data)
{
  EcLessonPane *self = user_data;
  g_autoptr(GTask) task = NULL;

  self->progress_source = 0;
  if (self->progress == NULL || self->progress_file == NULL)
    return G_SOURCE_REMOVE;

  if (self->progress_writing)
    {
      self->progress_again = TRUE;
      return G_SOURCE_REMOVE;
    }

  task = g_task_new (self, NULL, progress_written_cb, NULL);
  g_task_set_source_tag (task, progress_timeout_cb);
  g_task_set_task_data (task, progress_data_new (self), (GDestroyNotify) progress_data_free);
  self->progress_writing = TRUE;
  g_task_run_in_thread (task, progress_thread);

  return G_SOURCE_REMOVE;
}

static void
schedule_progress (EcLessonPane *self)
{
  g_clear_handle_id (&self->progress_source, g_source_remove);
  if (self->progress != NULL && self->progress_file != NULL)
    self->progress_source = g_timeout_add (PROGRESS_DELAY_MS, progress_timeout_cb, self);
}

/**
 * ec_lesson_pane_write_progress_now:
 * @self: a #EcLessonPane
 *
 * Writes the progress at once, on this thread, if a change is waiting:
 * for the moment the lesson closes or the app quits.
 */
void
ec_lesson_pane_write_progress_now (EcLessonPane *self)
{
  g_autoptr(GError) error = NULL;
  ProgressData *data;

  g_return_if_fail (EC_IS_LESSON_PANE (self));

  if (self->progress_source == 0 && !self->progress_again)
    return;

  g_clear_handle_id (&self->progress_source, g_source_remove);
  self->progress_again = FALSE;
  data = progress_data_new (self);
  if (!write_progress (data, &error))
    g_warning ("Could not keep the lesson's progress in %s: %s",
               g_file_peek_path (self->progress_file), error->message);
  progress_data_free (data);
}

/**
 * ec_lesson_pane_get_progress_file:
 * @self: a #EcLessonPane
 *
 * Returns: (transfer none) (nullable): where the progress is kept
 */
GFile *
ec_lesson_pane_get_progress_file (EcLessonPane *self)
{
  g_return_val_if_fail (EC_IS_LESSON_PANE (self), NULL);

  return self->progress_file;
}

/* Showing a step */

static EcDocument *
document_for_step (EcLessonPane *self,
                   guint         position)
{
  EcDocument *document;
  g_autoptr(EcScenario) scenario = NULL;
  EcScenario *answered;

  while (self->documents->len <= position)
    g_ptr_array_add (self->documents, NULL);

  if ((document = g_ptr_array_index (self->documents, position)) != NULL)
    return document;

  /* The map the student checked last time, or the step's own. */
  answered = self->progress != NULL && !self->editing ? ec_lesson_progress_get_map (self->progress, position) : NULL;
  if (answered != NULL)
    scenario = ec_scenario_copy (answered);
  else
    scenario = ec_lesson_step_dup_scenario (ec_lesson_get_step (self->lesson, position));

  document = ec_document_new (scenario);
  ec_document_set_kept_by_owner (document, TRUE);
  g_ptr_array_index (self->documents, position) = document;

  return document;
}

static void
set_label (GtkLabel   *label,
           const char *text)
{
  gtk_label_set_text (label, text != NULL ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (label), text != NULL && *text != '\0');
}

static void
set_feedback (EcLessonPane *self,
              const char   *text,
              gboolean      right)
{
  GtkWidget *label = GTK_WIDGET (self->feedback_label);

  if (g_strcmp0 (self->feedback, text) != 0)
    {
      g_free (self->feedback);
      self->feedback = g_strdup (text);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FEEDBACK]);
    }

  set_label (self->feedback_label, text);
  gtk_widget_remove_css_class (label, "success");
  gtk_widget_remove_css_class (label, "error");
  if (text != NULL)
    gtk_widget_add_css_class (label, right ? "success" : "error");
}

static void
choice_toggled_cb (EcLessonPane *self)
{
  sync_actions (self);
}

static void
fill_choices (EcLessonPane     *self,
              EcLessonQuestion *question)
{
  GtkWidget *child;
  GtkCheckButton *group = NULL;
  guint chosen = G_MAXUINT;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->choices_box))) != NULL)
    gtk_box_remove (self->choices_box, child);
  g_ptr_array_set_size (self->choice_buttons, 0);

  if (question == NULL || ec_lesson_question_get_kind (question) != EC_QUESTION_CHOICE)
    return;

  ec_lesson_progress_get_choice (self->progress, self->step, &chosen);
  for (guint i = 0; i < ec_lesson_question_get_n_choices (question); i++)
    {
      GtkWidget *button = gtk_check_button_new ();
      GtkWidget *label = gtk_label_new (ec_lesson_question_get_choice (question, i));

      /* Long choices wrap in the narrow pane instead of widening it. */
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
      gtk_label_set_max_width_chars (GTK_LABEL (label), 1);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_widget_set_hexpand (label, TRUE);
      gtk_check_button_set_child (GTK_CHECK_BUTTON (button), label);
      if (group != NULL)
        gtk_check_button_set_group (GTK_CHECK_BUTTON (button), group);
      else
        group = GTK_CHECK_BUTTON (button);
      gtk_check_button_set_active (GTK_CHECK_BUTTON (button), i == chosen);
      g_signal_connect_object (button, "toggled", G_CALLBACK (choice_toggled_cb), self, G_CONNECT_SWAPPED);
      gtk_box_append (self->choices_box, button);
      g_ptr_array_add (self->choice_buttons, button);
    }
}

static void
show_question_state (EcLessonPane *self)
{
  EcLessonQuestion *question = current_question (self);
  gboolean right, revealed;
  guint attempts, hints;

  if (question == NULL)
    return;

  right = ec_lesson_progress_get_right (self->progress, self->step);
  revealed = ec_lesson_progress_get_revealed (self->progress, self->step);
  attempts = ec_lesson_progress_get_attempts (self->progress, self->step);
  hints = ec_lesson_progress_get_hints_used (self->progress, self->step);

  set_label (self->hint_label, hints > 0 ? ec_lesson_question_get_hint (question) : NULL);

  if (revealed)
    {
      g_autofree char *answer = ec_lesson_question_dup_answer_text (question);
      const char *explanation = ec_lesson_question_get_explanation (question);
      g_autofree char *text = explanation != NULL && *explanation != '\0' ?
                              g_strdup_printf ("%s\n%s", answer, explanation) : g_steal_pointer (&answer);

      set_label (self->answer_label, text);
    }
  else
    {
      set_label (self->answer_label, NULL);
    }

  if (right && self->feedback == NULL)
    set_feedback (self, _("You answered this question right."), TRUE);
  else if (!right && attempts > 0 && self->feedback == NULL)
    set_feedback (self, _("Your last answer was not right yet. Try again."), FALSE);
}

static void
show_step (EcLessonPane *self)
{
  EcLessonStep *step = current_step (self);
  EcLessonQuestion *question;
  EcWindow *window = get_window (self);
  g_autofree char *counter = NULL;
  const char * const *paragraphs;
  GtkWidget *child;
  EcQuestionKind kind;

  g_clear_pointer (&self->feedback, g_free);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FEEDBACK]);

  if (step == NULL)
    {
      sync_actions (self);
      return;
    }

  /* Steps added, moved or deleted in the editor: the answers tried while
   * writing start again, since they belong to other steps now. */
  if (ec_lesson_progress_get_n_steps (self->progress) != ec_lesson_get_n_steps (self->lesson) ||
      !ec_lesson_progress_matches (self->progress, self->lesson))
    {
      g_clear_object (&self->progress);
      self->progress = ec_lesson_progress_new (self->lesson);
    }

  ec_lesson_progress_set_current_step (self->progress, self->step);
  schedule_progress (self);

  set_label (self->lesson_title, ec_lesson_get_title (self->lesson));
  /* Translators: where the student is in a lesson, "Step 3 of 8" */
  counter = g_strdup_printf (_("Step %u of %u"), self->step + 1, ec_lesson_get_n_steps (self->lesson));
  gtk_label_set_text (self->step_counter, counter);
  gtk_label_set_text (self->footer_counter, counter);
  set_label (self->step_title, ec_lesson_step_get_title (step));

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->paragraphs_box))) != NULL)
    gtk_box_remove (self->paragraphs_box, child);
  paragraphs = ec_lesson_step_get_paragraphs (step);
  for (guint i = 0; paragraphs != NULL && paragraphs[i] != NULL; i++)
    {
      GtkWidget *label = gtk_label_new (paragraphs[i]);

      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
      /* The pane's width decides where lines break, not the text's. */
      gtk_label_set_max_width_chars (GTK_LABEL (label), 1);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_selectable (GTK_LABEL (label), FALSE);
      gtk_widget_add_css_class (label, "lesson-text");
      gtk_box_append (self->paragraphs_box, label);
    }

  question = ec_lesson_step_get_question (step);
  gtk_widget_set_visible (GTK_WIDGET (self->question_box), question != NULL);
  kind = question != NULL ? ec_lesson_question_get_kind (question) : EC_QUESTION_CHOICE;
  set_label (self->prompt_label, question != NULL ? ec_lesson_question_get_prompt (question) : NULL);
  fill_choices (self, question);
  gtk_widget_set_visible (GTK_WIDGET (self->number_button), question != NULL && kind == EC_QUESTION_NUMBER);
  if (question != NULL && kind == EC_QUESTION_NUMBER)
    {
      double tolerance = ec_lesson_question_get_tolerance (question);
      double number = 0;
      double whole;

      ec_lesson_progress_get_number (self->progress, self->step, &number);
      /* Decimals only where the answer or its tolerance has them. */
      gtk_spin_button_set_digits (self->number_button,
                                  modf (ec_lesson_question_get_answer (question), &whole) != 0 ||
                                  (tolerance > 0 && tolerance < 1) ? 1 : 0);
      gtk_spin_button_set_value (self->number_button, number);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->map_task_label), question != NULL && kind == EC_QUESTION_MAP);
  gtk_widget_set_visible (self->hint_button, question != NULL && ec_lesson_question_get_hint (question) != NULL);
  set_label (self->hint_label, NULL);
  set_label (self->answer_label, NULL);
  set_feedback (self, NULL, FALSE);
  show_question_state (self);

  if (window != NULL)
    {
      GtkWidget *map_view = ec_window_get_map_view (window);

      ec_window_set_document (window, document_for_step (self, self->step));
      g_object_set (map_view, "highlights", ec_lesson_step_get_highlights (step), NULL);
    }

  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scroller), 0);
  if (self->editing)
    fill_editor (self);
  sync_actions (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STEP]);
}

static void
sync_actions (EcLessonPane *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  guint n = self->lesson != NULL ? ec_lesson_get_n_steps (self->lesson) : 0;
  EcLessonQuestion *question = current_question (self);
  gboolean has_question = question != NULL && self->progress != NULL;
  gboolean chosen = FALSE;
  gboolean right = has_question && ec_lesson_progress_get_right (self->progress, self->step);
  guint attempts = has_question ? ec_lesson_progress_get_attempts (self->progress, self->step) : 0;

  for (guint i = 0; i < self->choice_buttons->len; i++)
    chosen |= gtk_check_button_get_active (g_ptr_array_index (self->choice_buttons, i));

  gtk_widget_action_set_enabled (widget, "lesson.back", self->lesson != NULL && self->step > 0);
  gtk_widget_action_set_enabled (widget, "lesson.next", self->lesson != NULL && self->step + 1 < n);
  gtk_widget_action_set_enabled (widget, "lesson.check",
                                 has_question && (ec_lesson_question_get_kind (question) != EC_QUESTION_CHOICE || chosen));
  gtk_widget_action_set_enabled (widget, "lesson.hint", has_question && ec_lesson_question_get_hint (question) != NULL);
  /* The answer is there to see once the student has tried and missed. */
  gtk_widget_action_set_enabled (widget, "lesson.reveal", has_question && attempts > 0 && !right);
  gtk_widget_set_visible (self->reveal_button, has_question && attempts > 0 && !right);
  gtk_widget_action_set_enabled (widget, "lesson.export-report", self->lesson != NULL && !self->editing);
  gtk_widget_action_set_enabled (widget, "lesson.save", self->lesson != NULL);
  gtk_widget_action_set_enabled (widget, "lesson.add-step", self->lesson != NULL && self->editing);
  gtk_widget_action_set_enabled (widget, "lesson.delete-step", self->lesson != NULL && self->editing && n > 1);
  gtk_widget_action_set_enabled (widget, "lesson.move-up", self->lesson != NULL && self->editing && self->step > 0);
  gtk_widget_action_set_enabled (widget, "lesson.move-down", self->lesson != NULL && self->editing && self->step + 1 < n);
  gtk_widget_action_set_enabled (widget, "lesson.apply", self->lesson != NULL && self->editing);
  gtk_widget_action_set_enabled (widget, "lesson.highlight", self->lesson != NULL && self->editing);
  gtk_widget_set_visible (self->report_group, !self->editing && !self->presenting);
}

/* Answering */

static void
record_choice (EcLessonPane     *self,
               EcLessonQuestion *question)
{
  guint chosen = G_MAXUINT;
  const char *feedback;
  gboolean right;

  for (guint i = 0; i < self->choice_buttons->len; i++)
    if (gtk_check_button_get_active (g_ptr_array_index (self->choice_buttons, i)))
      chosen = i;

  if (chosen == G_MAXUINT)
    return;

  right = chosen == ec_lesson_question_get_correct (question);
  ec_lesson_progress_record_choice (self->progress, self->step, chosen, right);
  feedback = ec_lesson_question_get_choice_feedback (question, chosen);
  if (feedback == NULL || *feedback == '\0')
    feedback = right ? _("That is right.") : _("That is not right.");
  set_feedback (self, feedback, right);
}

static void
record_number (EcLessonPane     *self,
               EcLessonQuestion *question)
{
  double value;
  EcNumberVerdict verdict;
  const char *feedback;

  gtk_spin_button_update (self->number_button);
  value = gtk_spin_button_get_value (self->number_button);
  verdict = ec_lesson_question_check_number (question, value);
  ec_lesson_progress_record_number (self->progress, self->step, value, verdict == EC_NUMBER_RIGHT);
  feedback = ec_lesson_question_get_number_feedback (question, verdict);
  if (feedback == NULL || *feedback == '\0')
    feedback = verdict == EC_NUMBER_RIGHT ? _("That is right.") :
               verdict == EC_NUMBER_TOO_LOW ? _("That is too low.") : _("That is too high.");
  set_feedback (self, feedback, verdict == EC_NUMBER_RIGHT);
}

static void
record_map (EcLessonPane     *self,
            EcLessonQuestion *question)
{
  EcLessonStep *step = current_step (self);
  EcWindow *window = get_window (self);
  EcScenario *current = window != NULL ? ec_window_get_scenario (window) :
                        ec_document_get_scenario (document_for_step (self, self->step));
  g_autoptr(EcLessonCheck) check = NULL;
  g_autofree char *sentences = NULL;
  g_autofree char *text = NULL;
  const char *feedback;
  gboolean right;

  check = ec_lesson_check_new (ec_lesson_question_get_condition (question),
                               ec_lesson_step_get_scenario (step), current, NULL);
  right = ec_lesson_check_get_passed (check);
  ec_lesson_progress_record_map (self->progress, self->step, current, right);

  /* The lesson's own words first, then what the map shows. */
  sentences = ec_lesson_check_dup_text (check);
  feedback = ec_lesson_question_get_map_feedback (question, right);
  if (feedback != NULL && *feedback != '\0')
    text = g_strdup_printf ("%s\n%s", feedback, sentences);
  else
    text = g_steal_pointer (&sentences);
  set_feedback (self, text, right);
}

static void
check_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  EcLessonPane *self = EC_LESSON_PANE (widget);
  EcLessonQuestion *question = current_question (self);

  if (question == NULL)
    return;

  switch (ec_lesson_question_get_kind (question))
    {
    case EC_QUESTION_CHOICE:
      record_choice (self, question);
      break;

    case EC_QUESTION_NUMBER:
      record_number (self, question);
      break;

    case EC_QUESTION_MAP:
    default:
      record_map (self, question);
      break;
    }

  schedule_progress (self);
  show_question_state (self);
  sync_actions (self);
}

static void
hint_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  EcLessonPane *self = EC_LESSON_PANE (widget);
  EcLessonQuestion *question = current_question (self);

  if (question == NULL || ec_lesson_question_get_hint (question) == NULL)
    return;

  ec_lesson_progress_use_hint (self->progress, self->step);
  schedule_progress (self);
  show_question_state (self);
  sync_actions (self);
}

static void
reveal_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  EcLessonPane *self = EC_LESSON_PANE (widget);

  if (current_question (self) == NULL)
    return;

  ec_lesson_progress_reveal (self->progress, self->step);
  schedule_progress (self);
  show_question_state (self);
  sync_actions (self);
}

static gboolean apply_editor (EcLessonPane *self, GError **error);

static gboolean
leave_step (EcLessonPane *self)
{
  g_autoptr(GError) error = NULL;
  EcWindow *window;

  if (!self->editing || apply_editor (self, &error))
    return TRUE;

  /* What the teacher typed stays in the editor until it is right. */
  if ((window = get_window (self)) != NULL)
    ec_window_show_error (window, _("The Step Cannot Be Kept as It Is"), error);
  return FALSE;
}

static void
go_action (GtkWidget  *widget,
           const char *action_name,
           GVariant   *parameter)
{
  EcLessonPane *self = EC_LESSON_PANE (widget);
  guint n = self->lesson != NULL ? ec_lesson_get_n_steps (self->lesson) : 0;

  if (self->lesson == NULL || !leave_step (self))
    return;

  if (g_str_equal (action_name, "lesson.next") && self->step + 1 < n)
    self->step++;
  else if (g_str_equal (action_name, "lesson.back") && self->step > 0)
    self->step--;
  else
    return;

  show_step (self);
}

/* The report */

static EcLessonReport *
make_report (EcLessonPane *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  EcLessonReport *report = ec_lesson_report_new (ec_lesson_get_title (self->lesson),
                                                 gtk_editable_get_text (GTK_EDITABLE (self->student_row)),
                                                 now);

  for (guint i = 0; i < ec_lesson_get_n_steps (self->lesson); i++)
    {
      EcLessonQuestion *question = ec_lesson_step_get_question (ec_lesson_get_step (self->lesson, i));
      g_autofree char *answer = NULL;
      EcLessonResult result;

      if (question == NULL)
        continue;

      answer = ec_lesson_progress_dup_answer_text (self->progress, self->lesson, i);
      if (!ec_lesson_progress_has_answer (self->progress, i))
        result = EC_LESSON_RESULT_UNANSWERED;
      else if (ec_lesson_progress_get_right (self->progress, i))
        result = EC_LESSON_RESULT_RIGHT;
      else
        result = EC_LESSON_RESULT_WRONG;

      ec_lesson_report_add_question (report, i + 1, ec_lesson_question_get_prompt (question), answer, result,
                                     ec_lesson_progress_get_attempts (self->progress, i),
                                     ec_lesson_progress_get_hints_used (self->progress, i),
                                     ec_lesson_progress_get_revealed (self->progress, i));
    }

  return report;
}

static EcSnapshotPage
default_page (void)
{
  g_autoptr(GtkPaperSize) paper = gtk_paper_size_new (NULL);

  return g_str_equal (gtk_paper_size_get_name (paper), GTK_PAPER_NAME_LETTER) ? EC_SNAPSHOT_PAGE_LETTER : EC_SNAPSHOT_PAGE_A4;
}

static void
report_saved_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  g_autoptr(GError) error = NULL;

  if (ec_lesson_report_save_finish (EC_LESSON_REPORT (object), result, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, g_steal_pointer (&error));
}

/**
 * ec_lesson_pane_export_report_async:
 * @self: a #EcLessonPane
 * @file: the PDF to write
 * @callback: called when it is written, or could not be
 * @user_data: for @callback
 *
 * Writes the teacher's report of the student's progress, off the main
 * thread.
 */
void
ec_lesson_pane_export_report_async (EcLessonPane        *self,
                                    GFile               *file,
                                    GAsyncReadyCallback  callback,
                                    gpointer             user_data)
{
  g_autoptr(EcLessonReport) report = NULL;
  GTask *task;

  g_return_if_fail (EC_IS_LESSON_PANE (self));
  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (self->lesson != NULL);

  task = g_task_new (self, self->cancellable, callback, user_data);
  g_task_set_source_tag (task, ec_lesson_pane_export_report_async);
  report = make_report (self);
  ec_lesson_report_save_async (report, file, default_page (), self->cancellable, report_saved_cb, task);
}

/**
 * ec_lesson_pane_export_report_finish:
 * @self: a #EcLessonPane
 * @result: the result given to the callback
 * @error: return location for a #GError
 *
 * Returns: whether the report was written
 */
gboolean
ec_lesson_pane_export_report_finish (EcLessonPane  *self,
                                     GAsyncResult  *result,
                                     GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

static void
report_exported_cb (GObject      *object,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  EcLessonPane *self = EC_LESSON_PANE (object);
  g_autoptr(GFile) file = user_data;
  g_autoptr(GError) error = NULL;
  EcWindow *window = get_window (self);

  if (ec_lesson_pane_export_report_finish (self, result, &error))
    {
      if (window != NULL)
        ec_window_show_exported (window, file);
    }
  else if (window != NULL && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      ec_window_show_error (window, _("Could Not Export the Report"), error);
    }
}

static void
report_chosen_cb (GtkNativeDialog *dialog,
                  int              response,
                  EcLessonPane    *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) chosen = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));

      /* The chooser has asked before replacing a file of that name. */
      if (chosen != NULL)
        ec_lesson_pane_export_report_async (self, chosen, report_exported_cb, g_object_ref (chosen));
    }

  gtk_native_dialog_destroy (dialog);
  g_object_unref (dialog);
  g_object_unref (self);
}

static char *
suggest_name (const char *title,
              const char *fallback,
              const char *suffix)
{
  g_autofree char *name = g_strdup (title != NULL && *title != '\0' ? title : fallback);

  g_strdelimit (name, "/\\:*?\"<>|", '-');
  g_strstrip (name);

  return g_strconcat (*name != '\0' ? name : fallback, suffix, NULL);
}

static void
export_report_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  EcLessonPane *self = EC_LESSON_PANE (widget);
  GtkFileChooserNative *dialog;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *title = NULL;
  g_autofree char *name = NULL;
  const char *student = gtk_editable_get_text (GTK_EDITABLE (self->student_row));

  if (self->lesson == NULL)
    return;

  gtk_file_filter_set_name (filter, _("PDF Documents"));
  gtk_file_filter_add_mime_type (filter, "application/pdf");
  gtk_file_filter_add_pattern (filter, "*.pdf");

  dialog = gtk_file_chooser_native_new (_("Export Report"), GTK_WINDOW (get_window (self)),
                                        GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), filter);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (dialog), TRUE);
  /* Translators: the suggested file name of a report, "How 270 works – Ada" */
  title = *student != '\0' ? g_strdup_printf (_("%s – %s"), ec_lesson_get_title (self->lesson), student)
                           : g_strdup (ec_lesson_get_title (self->lesson));
  name = suggest_name (title, _("Report"), ".pdf");
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (dialog), name);
  g_signal_connect (dialog, "response", G_CALLBACK (report_chosen_cb), g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

/* Saving a lesson: the JSON written off the main thread, through the
 * durable file writing of the model. */

typedef struct {
  EcLesson *lesson;
  GFile    *file;
} SaveData;

static void
save_data_free (SaveData *data)
{
  g_clear_object (&data->lesson);
  g_clear_object (&data->file);
  g_free (data);
}

static void
save_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  SaveData *data = task_data;
  g_autoptr(GError) error = NULL;

  if (ec_lesson_save_to_file (data->lesson, data->file, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, g_steal_pointer (&error));
}

static void
saved_cb (GObject      *object,
          GAsyncResult *result,
          gpointer      user_data)
{
  EcLessonPane *self = EC_LESSON_PANE (object);
  g_autoptr(GTask) task = user_data;
  SaveData *data = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  g_set_object (&self->file, data->file);
  /* Modified only if the lesson changed while it was being written. */
  set_modified (self, !ec_lesson_equal (self->lesson, data->lesson));
  g_task_return_boolean (task, TRUE);
}

/**
 * ec_lesson_pane_save_async:
 * @self: a #EcLessonPane
 * @file: where to save the lesson
 * @callback: called when it is written, or could not be
 * @user_data: for @callback
 *
 * Writes a copy of the lesson, with what the editor holds, off the main
 * thread. The caller has asked before replacing another file.
 */
void
ec_lesson_pane_save_async (EcLessonPane        *self,
                           GFile               *file,
                           GAsyncReadyCallback  callback,
                           gpointer             user_data)
{
  g_autoptr(GTask) inner = NULL;
  g_autoptr(GError) error = NULL;
  GTask *task;
  SaveData *data;

  g_return_if_fail (EC_IS_LESSON_PANE (self));
  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (self->lesson != NULL);

  task = g_task_new (self, NULL, callback, user_data);
  g_task_set_source_tag (task, ec_lesson_pane_save_async);

  if (self->editing && !apply_editor (self, &error))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      g_object_unref (task);
      return;
    }

  data = g_new0 (SaveData, 1);
  data->lesson = ec_lesson_copy (self->lesson);
  data->file = g_object_ref (file);
  inner = g_task_new (self, NULL, saved_cb, task);
  g_task_set_task_data (inner, data, (GDestroyNotify) save_data_free);
  g_task_run_in_thread (inner, save_thread);
}

/**
 * ec_lesson_pane_save_finish:
 * @self: a #EcLessonPane
 * @result: the result given to the callback
 * @error: return location for a #GError
 *
 * Returns: whether the lesson was saved
 */
gboolean
ec_lesson_pane_save_finish (EcLessonPane  *self,
                            GAsyncResult  *result,
                            GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

/* The editor */

static const char *
preset_name (EcLessonPreset preset)
{
  switch (preset)
    {
    case EC_LESSON_PRESET_RUNNER_UP_WINS:
      return _("Make the runner-up win");
    case EC_LESSON_PRESET_TIE:
      return _("Build a 269–269 tie");
    case EC_LESSON_PRESET_FAITHLESS_NOBODY:
      return _("Nobody reaches 270 through faithless electors");
    case EC_LESSON_PRESET_SPLIT_MAINE:
      return _("Split Maine so the districts differ");
    case EC_LESSON_PRESET_FEW_STATES:
    case EC_N_LESSON_PRESETS:
    default:
      return _("The runner-up wins with at most N states changed");
    }
}

static JsonNode *
parse_json (const char *text)
{
  g_autoptr(JsonParser) parser = json_parser_new ();

  if (!json_parser_load_from_data (parser, text, -1, NULL))
    g_assert_not_reached ();

  return json_node_copy (json_parser_get_root (parser));
}

/**
 * ec_lesson_preset_to_json:
 * @preset: a map task a teacher picked
 * @n: the number of states, for %EC_LESSON_PRESET_FEW_STATES
 *
 * Returns: (transfer full): the task's declarative condition, as the
 *   lesson file writes it
 */
JsonNode *
ec_lesson_preset_to_json (EcLessonPreset preset,
                          guint          n)
{
  g_autofree char *few = NULL;

  switch (preset)
    {
    case EC_LESSON_PRESET_RUNNER_UP_WINS:
      return parse_json ("{\"winner\": \"" EC_CANDIDATE_ROLE_REAL_RUNNER_UP "\"}");
    case EC_LESSON_PRESET_TIE:
      return parse_json ("{\"outcome\": \"tie\"}");
    case EC_LESSON_PRESET_FAITHLESS_NOBODY:
      return parse_json ("{\"all\": [{\"winner\": \"" EC_CANDIDATE_NOBODY "\"},"
                         " {\"faithless\": {\"at_least\": 1}},"
                         " {\"units_changed\": {\"equals\": 0}}]}");
    case EC_LESSON_PRESET_SPLIT_MAINE:
      return parse_json ("{\"all\": [{\"split\": \"ME\"}, {\"units_differ\": [\"ME-1\", \"ME-2\"]}]}");
    case EC_LESSON_PRESET_FEW_STATES:
    case EC_N_LESSON_PRESETS:
    default:
      few = g_strdup_printf ("{\"all\": [{\"winner\": \"" EC_CANDIDATE_ROLE_REAL_RUNNER_UP "\"},"
                             " {\"units_changed\": {\"at_most\": %u}}]}", n);
      return parse_json (few);
    }
}

static char *
text_view_dup_text (GtkTextView *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);

  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static const char *
entry_text (AdwEntryRow *row)
{
  return gtk_editable_get_text (GTK_EDITABLE (row));
}

static const char *
nullable_text (AdwEntryRow *row)
{
  const char *text = entry_text (row);

  return *text != '\0' ? text : NULL;
}

static void
lesson_changed (EcLessonPane *self)
{
  set_modified (self, TRUE);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LESSON]);
}

/* Writes what the editor holds into the lesson; a field the lesson
 * refuses is named in @error and nothing of the question changes. */
static gboolean
apply_editor (EcLessonPane  *self,
              GError       **error)
{
  EcLessonStep *step = current_step (self);
  g_autofree char *text = NULL;
  g_autoptr(EcLessonQuestion) question = NULL;
  g_autoptr(EcLessonStep) before = NULL;
  g_autofree char *title_before = NULL;

  if (step == NULL)
    return TRUE;

  before = ec_lesson_step_copy (step);
  title_before = g_strdup (ec_lesson_get_title (self->lesson));

  if (g_strcmp0 (entry_text (self->edit_lesson_title), ec_lesson_get_title (self->lesson)) != 0 &&
      !ec_lesson_set_title (self->lesson, entry_text (self->edit_lesson_title), error))
    return FALSE;

  /* In the editor the map on screen is the step's: what the teacher
   * changes on it is the step's scenario. */
  if (self->step < self->documents->len && g_ptr_array_index (self->documents, self->step) != NULL)
    {
      EcScenario *shown = ec_document_get_scenario (g_ptr_array_index (self->documents, self->step));

      if (!ec_scenario_equal (shown, ec_lesson_step_get_scenario (step)) &&
          !ec_lesson_set_step_scenario (self->lesson, self->step, shown, error))
        return FALSE;
      step = ec_lesson_get_step (self->lesson, self->step);
    }

  /* Only what changed is written: a bundled lesson stays bundled, and its
   * student's progress its own, until the teacher changes something. */
  text = text_view_dup_text (self->edit_text);
  if (g_strcmp0 (entry_text (self->edit_step_title), ec_lesson_step_get_title (step) != NULL ? ec_lesson_step_get_title (step) : "") != 0 &&
      !ec_lesson_set_step_title (self->lesson, self->step, entry_text (self->edit_step_title), error))
    return FALSE;
  {
    const char * const *paragraphs = ec_lesson_step_get_paragraphs (step);
    g_autofree char *before_text = paragraphs != NULL ? g_strjoinv ("\n\n", (char **) paragraphs) : g_strdup ("");
    g_autofree char *stripped = g_strstrip (g_strdup (text));

    if (g_strcmp0 (stripped, before_text) != 0 &&
        !ec_lesson_set_step_text (self->lesson, self->step, text, error))
      return FALSE;
  }

  switch ((EditKind) gtk_drop_down_get_selected (self->edit_kind))
    {
    case EDIT_CHOICE:
      {
        g_autoptr(GPtrArray) choices = g_ptr_array_new ();
        g_autoptr(GPtrArray) feedback = g_ptr_array_new ();

        for (guint i = 0; i < N_EDIT_CHOICES; i++)
          {
            if (*entry_text (self->edit_choices[i]) == '\0')
              continue;
            g_ptr_array_add (choices, (gpointer) entry_text (self->edit_choices[i]));
            g_ptr_array_add (feedback, (gpointer) entry_text (self->edit_choice_feedback[i]));
          }
        g_ptr_array_add (choices, NULL);
        g_ptr_array_add (feedback, NULL);
        question = ec_lesson_question_new_choice (entry_text (self->edit_prompt),
                                                  (const char * const *) choices->pdata,
                                                  (const char * const *) feedback->pdata,
                                                  gtk_drop_down_get_selected (self->edit_correct));
      }
      break;

    case EDIT_NUMBER:
      question = ec_lesson_question_new_number (entry_text (self->edit_prompt),
                                                gtk_spin_button_get_value (self->edit_answer),
                                                gtk_spin_button_get_value (self->edit_tolerance),
                                                nullable_text (self->edit_right),
                                                nullable_text (self->edit_wrong),
                                                nullable_text (self->edit_too_high));
      break;

    case EDIT_MAP:
      {
        g_autoptr(JsonNode) node = ec_lesson_preset_to_json (gtk_drop_down_get_selected (self->edit_preset),
                                                             gtk_spin_button_get_value_as_int (self->edit_preset_n));
        g_autoptr(EcLessonCondition) condition = NULL;

        if (self->kept_condition != NULL && gtk_drop_down_get_selected (self->edit_preset) == self->kept_preset &&
            (guint) gtk_spin_button_get_value_as_int (self->edit_preset_n) == self->kept_n)
          condition = ec_lesson_condition_ref (self->kept_condition);
        else if (!(condition = ec_lesson_condition_new_from_json (node, ec_lesson_step_get_scenario (step), error)))
          return FALSE;
        question = ec_lesson_question_new_map (entry_text (self->edit_prompt), condition,
                                               nullable_text (self->edit_right), nullable_text (self->edit_wrong));
      }
      break;

    case EDIT_NONE:
    default:
      break;
    }

  if (question != NULL)
    {
      ec_lesson_question_set_hint (question, nullable_text (self->edit_hint));
      ec_lesson_question_set_explanation (question, nullable_text (self->edit_explanation));
    }
  if ((question != NULL || ec_lesson_step_get_question (step) != NULL) &&
      (question == NULL || ec_lesson_step_get_question (step) == NULL ||
       !ec_lesson_question_equal (question, ec_lesson_step_get_question (step))) &&
      !ec_lesson_set_step_question (self->lesson, self->step, question, error))
    return FALSE;

  if (!ec_lesson_step_equal (before, ec_lesson_get_step (self->lesson, self->step)) ||
      g_strcmp0 (title_before, ec_lesson_get_title (self->lesson)) != 0)
    lesson_changed (self);

  return TRUE;
}

static void
set_entry (AdwEntryRow *row,
           const char  *text)
{
  gtk_editable_set_text (GTK_EDITABLE (row), text != NULL ? text : "");
}

static void
show_edit_kind (EcLessonPane *self)
{
  EditKind kind = gtk_drop_down_get_selected (self->edit_kind);

  gtk_widget_set_visible (GTK_WIDGET (self->edit_prompt), kind != EDIT_NONE);
  gtk_widget_set_visible (self->edit_choice_group, kind == EDIT_CHOICE);
  gtk_widget_set_visible (self->edit_number_group, kind == EDIT_NUMBER);
  gtk_widget_set_visible (self->edit_map_group, kind == EDIT_MAP);
  gtk_widget_set_visible (GTK_WIDGET (self->edit_right), kind == EDIT_NUMBER || kind == EDIT_MAP);
  gtk_widget_set_visible (GTK_WIDGET (self->edit_wrong), kind == EDIT_NUMBER || kind == EDIT_MAP);
  gtk_widget_set_visible (GTK_WIDGET (self->edit_too_high), kind == EDIT_NUMBER);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->edit_wrong),
                                 kind == EDIT_NUMBER ? _("Feedback When Too Low") : _("Feedback When Wrong"));
  gtk_widget_set_visible (GTK_WIDGET (self->edit_hint), kind != EDIT_NONE);
  gtk_widget_set_visible (GTK_WIDGET (self->edit_explanation), kind != EDIT_NONE);
}

/* Two choices, and one more row than are filled in, up to the most a
 * question may have. */
static void
show_edit_choices (EcLessonPane *self)
{
  for (guint i = 0; i < N_EDIT_CHOICES; i++)
    {
      gboolean visible = i < 2 || *entry_text (self->edit_choices[i]) != '\0' ||
                         *entry_text (self->edit_choices[i - 1]) != '\0';

      gtk_widget_set_visible (GTK_WIDGET (self->edit_choices[i]), visible);
      gtk_widget_set_visible (GTK_WIDGET (self->edit_choice_feedback[i]), visible);
    }
}

static void
show_edit_highlights (EcLessonPane *self)
{
  EcLessonStep *step = current_step (self);
  const char * const *highlights = step != NULL ? ec_lesson_step_get_highlights (step) : NULL;
  g_autofree char *list = highlights != NULL && highlights[0] != NULL ? g_strjoinv (", ", (char **) highlights) : NULL;
  g_autofree char *text = NULL;

  /* Translators: the units a step rings on the map, "Highlighted: FL, OH" */
  text = list != NULL ? g_strdup_printf (_("Highlighted: %s"), list) : g_strdup (_("No states are highlighted."));
  gtk_label_set_text (self->edit_highlights, text);
}

static void
fill_editor (EcLessonPane *self)
{
  EcLessonStep *step = current_step (self);
  EcLessonQuestion *question;
  const char * const *paragraphs;
  g_autofree char *text = NULL;

  if (step == NULL)
    return;

  set_entry (self->edit_lesson_title, ec_lesson_get_title (self->lesson));
  set_entry (self->edit_step_title, ec_lesson_step_get_title (step));
  paragraphs = ec_lesson_step_get_paragraphs (step);
  text = paragraphs != NULL ? g_strjoinv ("\n\n", (char **) paragraphs) : g_strdup ("");
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->edit_text), text, -1);
  show_edit_highlights (self);

  g_clear_pointer (&self->kept_condition, ec_lesson_condition_unref);
  question = ec_lesson_step_get_question (step);
  for (guint i = 0; i < N_EDIT_CHOICES; i++)
    {
      set_entry (self->edit_choices[i], NULL);
      set_entry (self->edit_choice_feedback[i], NULL);
    }
  set_entry (self->edit_prompt, question != NULL ? ec_lesson_question_get_prompt (question) : NULL);
  set_entry (self->edit_hint, question != NULL ? ec_lesson_question_get_hint (question) : NULL);
  set_entry (self->edit_explanation, question != NULL ? ec_lesson_question_get_explanation (question) : NULL);
  set_entry (self->edit_right, NULL);
  set_entry (self->edit_wrong, NULL);
  set_entry (self->edit_too_high, NULL);

  if (question == NULL)
    {
      gtk_drop_down_set_selected (self->edit_kind, EDIT_NONE);
    }
  else if (ec_lesson_question_get_kind (question) == EC_QUESTION_CHOICE)
    {
      gtk_drop_down_set_selected (self->edit_kind, EDIT_CHOICE);
      for (guint i = 0; i < MIN (N_EDIT_CHOICES, ec_lesson_question_get_n_choices (question)); i++)
        {
          set_entry (self->edit_choices[i], ec_lesson_question_get_choice (question, i));
          set_entry (self->edit_choice_feedback[i], ec_lesson_question_get_choice_feedback (question, i));
        }
      gtk_drop_down_set_selected (self->edit_correct, MIN (ec_lesson_question_get_correct (question), N_EDIT_CHOICES - 1));
    }
  else if (ec_lesson_question_get_kind (question) == EC_QUESTION_NUMBER)
    {
      gtk_drop_down_set_selected (self->edit_kind, EDIT_NUMBER);
      gtk_spin_button_set_value (self->edit_answer, ec_lesson_question_get_answer (question));
      gtk_spin_button_set_value (self->edit_tolerance, ec_lesson_question_get_tolerance (question));
      set_entry (self->edit_right, ec_lesson_question_get_number_feedback (question, EC_NUMBER_RIGHT));
      set_entry (self->edit_wrong, ec_lesson_question_get_number_feedback (question, EC_NUMBER_TOO_LOW));
      set_entry (self->edit_too_high, ec_lesson_question_get_number_feedback (question, EC_NUMBER_TOO_HIGH));
    }
  else
    {
      gboolean matched = FALSE;

      gtk_drop_down_set_selected (self->edit_kind, EDIT_MAP);
      set_entry (self->edit_right, ec_lesson_question_get_map_feedback (question, TRUE));
      set_entry (self->edit_wrong, ec_lesson_question_get_map_feedback (question, FALSE));
      /* A condition written by hand that is none of the presets stays as
       * it is unless the teacher picks a preset and applies it. */
      for (guint p = 0; p < EC_N_LESSON_PRESETS && !matched; p++)
        {
          g_autoptr(JsonNode) node = ec_lesson_preset_to_json (p, gtk_spin_button_get_value_as_int (self->edit_preset_n));
          g_autoptr(EcLessonCondition) condition = ec_lesson_condition_new_from_json (node, ec_lesson_step_get_scenario (step), NULL);

          if (condition != NULL && ec_lesson_condition_equal (condition, ec_lesson_question_get_condition (question)))
            {
              gtk_drop_down_set_selected (self->edit_preset, p);
              matched = TRUE;
            }
        }
      if (!matched)
        {
          self->kept_condition = ec_lesson_condition_ref (ec_lesson_question_get_condition (question));
          self->kept_preset = gtk_drop_down_get_selected (self->edit_preset);
          self->kept_n = gtk_spin_button_get_value_as_int (self->edit_preset_n);
        }
    }
  show_edit_kind (self);
}

static AdwEntryRow *
add_entry_row (GtkWidget  *group,
               const char *title)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);

  return ADW_ENTRY_ROW (row);
}

static GtkWidget *
add_group (EcLessonPane *self,
           const char   *title)
{
  GtkWidget *group = adw_preferences_group_new ();

  if (title != NULL)
    adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
  gtk_box_append (self->editor_box, group);

  return group;
}

static GtkWidget *
action_button (const char *label,
               const char *action)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (label);

  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  gtk_widget_set_hexpand (button, TRUE);

  return button;
}

static GtkWidget *
button_row (GtkWidget *first,
            GtkWidget *second)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);

  gtk_box_set_homogeneous (GTK_BOX (box), TRUE);
  gtk_box_append (GTK_BOX (box), first);
  if (second != NULL)
    gtk_box_append (GTK_BOX (box), second);

  return box;
}

static GtkSpinButton *
spin_row (GtkWidget  *group,
          const char *title,
          double      lower,
          double      upper,
          guint       digits)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *spin = gtk_spin_button_new_with_range (lower, upper, digits > 0 ? 0.1 : 1);

  gtk_spin_button_set_digits (GTK_SPIN_BUTTON (spin), digits);
  gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), spin);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), spin);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);

  return GTK_SPIN_BUTTON (spin);
}

static GtkDropDown *
drop_down_row (GtkWidget          *group,
               const char         *title,
               const char * const *items)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *drop_down = gtk_drop_down_new_from_strings (items);

  gtk_widget_set_valign (drop_down, GTK_ALIGN_CENTER);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), drop_down);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), drop_down);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);

  return GTK_DROP_DOWN (drop_down);
}

static void
build_editor (EcLessonPane *self)
{
  const char *kinds[] = { _("No Question"), _("Multiple Choice"), _("Number"), _("Map Task"), NULL };
  const char *presets[EC_N_LESSON_PRESETS + 1] = { NULL };
  const char *correct[N_EDIT_CHOICES + 1] = { NULL };
  g_autofree char *correct_labels[N_EDIT_CHOICES] = { NULL };
  GtkWidget *group, *scrolled, *label;

  for (guint p = 0; p < EC_N_LESSON_PRESETS; p++)
    presets[p] = preset_name (p);
  for (guint i = 0; i < N_EDIT_CHOICES; i++)
    correct[i] = correct_labels[i] = g_strdup_printf (_("Choice %u"), i + 1);

  group = add_group (self, _("Lesson"));
  self->edit_lesson_title = add_entry_row (group, _("Lesson Title"));

  group = add_group (self, _("This Step"));
  self->edit_step_title = add_entry_row (group, _("Step Title"));

  label = gtk_label_new (_("Text (a blank line starts a new paragraph)"));
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_add_css_class (label, "dim-label");
  gtk_box_append (self->editor_box, label);
  self->edit_text = GTK_TEXT_VIEW (gtk_text_view_new ());
  gtk_text_view_set_wrap_mode (self->edit_text, GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_top_margin (self->edit_text, 6);
  gtk_text_view_set_bottom_margin (self->edit_text, 6);
  gtk_text_view_set_left_margin (self->edit_text, 6);
  gtk_text_view_set_right_margin (self->edit_text, 6);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->edit_text),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Step Text"), -1);
  scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (scrolled), 120);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), GTK_WIDGET (self->edit_text));
  gtk_widget_add_css_class (scrolled, "card");
  gtk_box_append (self->editor_box, scrolled);

  self->edit_highlights = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (self->edit_highlights, 0);
  gtk_label_set_wrap (self->edit_highlights, TRUE);
  gtk_box_append (self->editor_box, GTK_WIDGET (self->edit_highlights));
  gtk_box_append (self->editor_box, button_row (action_button (_("_Highlight Focused State"), "lesson.highlight"), NULL));

  group = add_group (self, _("Question"));
  self->edit_kind = drop_down_row (group, _("Kind"), kinds);
  g_signal_connect_object (self->edit_kind, "notify::selected", G_CALLBACK (show_edit_kind), self, G_CONNECT_SWAPPED);
  self->edit_prompt = add_entry_row (group, _("Question"));

  self->edit_choice_group = add_group (self, NULL);
  for (guint i = 0; i < N_EDIT_CHOICES; i++)
    {
      g_autofree char *title = g_strdup_printf (_("Choice %u"), i + 1);
      g_autofree char *feedback = g_strdup_printf (_("Feedback for Choice %u"), i + 1);

      self->edit_choices[i] = add_entry_row (self->edit_choice_group, title);
      self->edit_choice_feedback[i] = add_entry_row (self->edit_choice_group, feedback);
      g_signal_connect_object (self->edit_choices[i], "changed", G_CALLBACK (show_edit_choices), self, G_CONNECT_SWAPPED);
    }
  self->edit_correct = drop_down_row (self->edit_choice_group, _("Right Choice"), correct);
  show_edit_choices (self);

  self->edit_number_group = add_group (self, NULL);
  self->edit_answer = spin_row (self->edit_number_group, _("Answer"), -1e9, 1e9, 0);
  self->edit_tolerance = spin_row (self->edit_number_group, _("Tolerance"), 0, 1e9, 1);

  self->edit_map_group = add_group (self, NULL);
  self->edit_preset = drop_down_row (self->edit_map_group, _("Task"), presets);
  self->edit_preset_n = spin_row (self->edit_map_group, _("At Most This Many States"), 1, 56, 0);
  gtk_spin_button_set_value (self->edit_preset_n, 3);

  group = add_group (self, NULL);
  self->edit_right = add_entry_row (group, _("Feedback When Right"));
  self->edit_wrong = add_entry_row (group, _("Feedback When Wrong"));
  self->edit_too_high = add_entry_row (group, _("Feedback When Too High"));
  self->edit_hint = add_entry_row (group, _("Hint"));
  self->edit_explanation = add_entry_row (group, _("Explanation of the Answer"));

  gtk_box_append (self->editor_box, button_row (action_button (_("_Apply to Step"), "lesson.apply"), NULL));
  gtk_box_append (self->editor_box, button_row (action_button (_("Add Current _Map as Step"), "lesson.add-step"),
                                                action_button (_("_Delete Step"), "lesson.delete-step")));
  gtk_box_append (self->editor_box, button_row (action_button (_("Move _Up"), "lesson.move-up"),
                                                action_button (_("Move Do_wn"), "lesson.move-down")));
  gtk_box_append (self->editor_box, button_row (action_button (_("_Save Lesson…"), "lesson.save"), NULL));
  show_edit_kind (self);
}

static void
apply_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  EcLessonPane *self = EC_LESSON_PANE (widget);
  g_autoptr(GError) error = NULL;

  if (!apply_editor (self, &error))
    {
      if (get_window (self) != NULL)
        ec_window_show_error (get_window (self), _("The Step Cannot Be Kept as It Is"), error);
      return;
    }

  show_step (self);
}

static void
add_step_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  EcLessonPane *self = EC_LESSON_PANE (widget);
  EcWindow *window = get_window (self);
  g_autoptr(GError) error = NULL;
  EcScenario *scenario;

  if (window == NULL || !leave_step (self))
    return;

  scenario = ec_window_get_scenario (window);
  if (!ec_lesson_insert_step (self->lesson, self->step + 1, scenario, &error))
    {
      ec_window_show_error (window, _("Could Not Add the Step"), error);
      return;
    }

  /* The new step starts as a copy of the map on screen, which the step
   * before keeps too; the new one gets a document of its own. */
  while (self->documents->len <= self->step)
    g_ptr_array_add (self->documents, NULL);
  g_ptr_array_insert (self->documents, self->step + 1, NULL);
  self->step++;
  lesson_changed (self);
  show_step (self);
}

static void
delete_step_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  EcLessonPane *self = EC_LESSON_PANE (widget);

  if (self->lesson == NULL || ec_lesson_get_n_steps (self->lesson) <= 1)
    return;

  ec_lesson_remove_step (self->lesson, self->step);
  if (self->step < self->documents->len)
    g_ptr_array_remove_index (self->documents, self->step);
  if (self->step >= ec_lesson_get_n_steps (self->lesson))
    self->step = ec_lesson_get_n_steps (self->lesson) - 1;
  lesson_changed (self);
  show_step (self);
}

static void
move_step_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  EcLessonPane *self = EC_LESSON_PANE (widget);
  guint n = self->lesson != NULL ? ec_lesson_get_n_steps (self->lesson) : 0;
  guint to;
  gpointer document;

  if (self->lesson == NULL || !leave_step (self))
    return;

  if (g_str_equal (action_name, "lesson.move-up") && self->step > 0)
    to = self->step - 1;
  else if (g_str_equal (action_name, "lesson.move-down") && self->step + 1 < n)
    to = self->step + 1;
  else
    return;

  ec_lesson_move_step (self->lesson, self->step, to);
  while (self->documents->len < n)
    g_ptr_array_add (self->documents, NULL);
  document = g_ptr_array_steal_index (self->documents, self->step);
  g_ptr_array_insert (self->documents, to, document);
  self->step = to;
  lesson_changed (self);
  show_step (self);
}

/* Rings the focused state on the map, or lets it go if it was ringed. */
static void
highlight_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  EcLessonPane *self = EC_LESSON_PANE (widget);
  EcWindow *window = get_window (self);
  EcLessonStep *step = current_step (self);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) highlights = NULL;
  g_autoptr(GError) error = NULL;
  const char * const *before;
  const char *unit;
  gboolean found = FALSE;

  if (window == NULL || step == NULL)
    return;

  unit = ec_map_view_get_focused_unit (EC_MAP_VIEW (ec_window_get_map_view (window)));
  if (unit == NULL)
    {
      gtk_widget_error_bell (widget);
      return;
    }

  before = ec_lesson_step_get_highlights (step);
  for (guint i = 0; before != NULL && before[i] != NULL; i++)
    {
      if (g_str_equal (before[i], unit))
        found = TRUE;
      else
        g_strv_builder_add (builder, before[i]);
    }
  if (!found)
    g_strv_builder_add (builder, unit);
  highlights = g_strv_builder_end (builder);

  if (!ec_lesson_set_step_highlights (self->lesson, self->step, (const char * const *) highlights, &error))
    {
      ec_window_show_error (window, _("Could Not Highlight the State"), error);
      return;
    }

  g_object_set (ec_window_get_map_view (window), "highlights", highlights, NULL);
  show_edit_highlights (self);
  lesson_changed (self);
}

typedef struct {
  EcLessonPane *pane;
  GFile        *file;
} LessonSaveRequest;

static void
lesson_save_request_free (LessonSaveRequest *request)
{
  g_clear_object (&request->pane);
  g_clear_object (&request->file);
  g_free (request);
}

static void
lesson_saved_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  EcLessonPane *self = EC_LESSON_PANE (object);
  g_autoptr(GError) error = NULL;
  EcWindow *window = get_window (self);

  if (ec_lesson_pane_save_finish (self, result, &error))
    {
      if (window != NULL)
        {
          g_autofree char *uri = g_file_get_uri (self->file);

          gtk_recent_manager_add_item (gtk_recent_manager_get_default (), uri);
        }
    }
  else if (window != NULL)
    {
      ec_window_show_error (window, _("Could Not Save the Lesson"), error);
    }
}

static void
replace_response_cb (AdwMessageDialog  *dialog,
                     const char        *response,
                     LessonSaveRequest *request)
{
  if (g_str_equal (response, "replace"))
    ec_lesson_pane_save_async (request->pane, request->file, lesson_saved_cb, NULL);
}

static GFile *
with_lesson_suffix (GFile *chosen)
{
  g_autofree char *name = g_file_get_basename (chosen);
  g_autofree char *with_suffix = NULL;
  g_autoptr(GFile) parent = NULL;

  if (g_str_has_suffix (name, EC_LESSON_SUFFIX))
    return g_object_ref (chosen);

  with_suffix = g_strconcat (name, EC_LESSON_SUFFIX, NULL);
  parent = g_file_get_parent (chosen);

  return g_file_get_child (parent, with_suffix);
}

/* The chooser asked about the name typed; with the suffix added it may
 * name another file that exists: ask again about that one. */
static void
save_to_chosen (EcLessonPane *self,
                GFile        *chosen)
{
  g_autoptr(GFile) file = with_lesson_suffix (chosen);
  g_autofree char *name = NULL;
  g_autofree char *body = NULL;
  LessonSaveRequest *request;
  GtkWidget *dialog;

  if (g_file_equal (file, chosen) || !g_file_query_exists (file, NULL))
    {
      ec_lesson_pane_save_async (self, file, lesson_saved_cb, NULL);
      return;
    }

  name = g_file_get_basename (file);
  body = g_strdup_printf (_("A file named “%s” already exists. Saving replaces what it holds."), name);
  dialog = adw_message_dialog_new (GTK_WINDOW (get_window (self)), _("Replace the Existing File?"), body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "replace", _("_Replace"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "replace", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  request = g_new0 (LessonSaveRequest, 1);
  request->pane = g_object_ref (self);
  request->file = g_object_ref (file);
  g_signal_connect_data (dialog, "response", G_CALLBACK (replace_response_cb), request,
                         (GClosureNotify) lesson_save_request_free, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
save_chosen_cb (GtkNativeDialog *dialog,
                int              response,
                EcLessonPane    *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) chosen = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));

      if (chosen != NULL)
        save_to_chosen (self, chosen);
    }

  gtk_native_dialog_destroy (dialog);
  g_object_unref (dialog);
  g_object_unref (self);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  EcLessonPane *self = EC_LESSON_PANE (widget);
  GtkFileChooserNative *dialog;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  if (self->lesson == NULL)
    return;

  /* A bundled lesson is never written over: it is saved as a new file. */
  if (self->file != NULL && g_str_equal (action_name, "lesson.save"))
    {
      ec_lesson_pane_save_async (self, self->file, lesson_saved_cb, NULL);
      return;
    }

  gtk_file_filter_set_name (filter, _("Electors Lessons"));
  gtk_file_filter_add_pattern (filter, "*" EC_LESSON_SUFFIX);
  dialog = gtk_file_chooser_native_new (_("Save Lesson"), GTK_WINDOW (get_window (self)),
                                        GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), filter);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (dialog), TRUE);
  if (self->file != NULL)
    {
      gtk_file_chooser_set_file (GTK_FILE_CHOOSER (dialog), self->file, NULL);
    }
  else
    {
      g_autofree char *name = suggest_name (ec_lesson_get_title (self->lesson), _("Lesson"), EC_LESSON_SUFFIX);

      gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (dialog), name);
    }
  g_signal_connect (dialog, "response", G_CALLBACK (save_chosen_cb), g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

/* GObject */

static void
ec_lesson_pane_dispose (GObject *object)
{
  EcLessonPane *self = (EcLessonPane *)object;
  GtkWidget *child;

  if (self->progress != NULL && self->progress_file != NULL)
    ec_lesson_pane_write_progress_now (self);
  g_clear_handle_id (&self->progress_source, g_source_remove);
  g_cancellable_cancel (self->cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), EC_TYPE_LESSON_PANE);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (ec_lesson_pane_parent_class)->dispose (object);
}

static void
ec_lesson_pane_finalize (GObject *object)
{
  EcLessonPane *self = (EcLessonPane *)object;

  g_clear_object (&self->lesson);
  g_clear_object (&self->file);
  g_clear_object (&self->progress);
  g_clear_object (&self->progress_file);
  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->documents, g_ptr_array_unref);
  g_clear_pointer (&self->choice_buttons, g_ptr_array_unref);
  g_clear_pointer (&self->feedback, g_free);
  g_clear_pointer (&self->kept_condition, ec_lesson_condition_unref);

  G_OBJECT_CLASS (ec_lesson_pane_parent_class)->finalize (object);
}

static void
ec_lesson_pane_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  EcLessonPane *self = EC_LESSON_PANE (object);

  switch (prop_id)
    {
    case PROP_LESSON:
      g_value_set_object (value, self->lesson);
      break;

    case PROP_STEP:
      g_value_set_uint (value, self->step);
      break;

    case PROP_EDITING:
      g_value_set_boolean (value, self->editing);
      break;

    case PROP_MODIFIED:
      g_value_set_boolean (value, self->modified);
      break;

    case PROP_FEEDBACK:
      g_value_set_string (value, self->feedback);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ec_lesson_pane_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  EcLessonPane *self = EC_LESSON_PANE (object);

  switch (prop_id)
    {
    case PROP_EDITING:
      ec_lesson_pane_set_editing (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
add_shortcut (GtkShortcutController *controller,
              guint                  key,
              GdkModifierType        modifiers,
              const char            *action)
{
  gtk_shortcut_controller_add_shortcut (controller,
                                        gtk_shortcut_new (gtk_keyval_trigger_new (key, modifiers),
                                                          gtk_named_action_new (action)));
}

static void
ec_lesson_pane_class_init (EcLessonPaneClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ec_lesson_pane_dispose;
  object_class->finalize = ec_lesson_pane_finalize;
  object_class->get_property = ec_lesson_pane_get_property;
  object_class->set_property = ec_lesson_pane_set_property;

  properties[PROP_LESSON] =
    g_param_spec_object ("lesson", NULL, NULL, EC_TYPE_LESSON,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_STEP] =
    g_param_spec_uint ("step", NULL, NULL, 0, G_MAXUINT, 0,
                       (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_EDITING] =
    g_param_spec_boolean ("editing", NULL, NULL, FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_MODIFIED] =
    g_param_spec_boolean ("modified", NULL, NULL, FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_FEEDBACK] =
    g_param_spec_string ("feedback", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/electors/Electors/ec-lesson-pane.ui");
  gtk_widget_class_bind_template_child (widget_class, EcLessonPane, scroller);
  gtk_widget_class_bind_template_child (widget_class, EcLessonPane, lesson_title);
  gtk_widget_class_bind_template_child (widget_class, EcLessonPane, step_counter);
  gtk_widget_class_bind_template_child (widget_class, EcLessonPane, footer_counter);
  gtk_widget_class_bind_template_child (widget_class, EcLessonPane, step_title);
  gtk_widget_class_bind_template_child (widget_class, EcLessonPane, paragraphs_box);
  gtk_widget_class_bind_template_child (widget_class, EcLessonPane, question_box);
  gtk_widget_class_bind_template_child (widget_class, EcLessonPane, prompt_label);
  gtk_widget_class_bind_template_child (widget_class, EcLessonPane, choices_box);
  gtk_widget_class_bind_template_child (widget_class, EcLessonPane, number_button);
  gtk_widget_class_bind_template_child (widget_class, EcLessonPane, map_task_label);
  gtk_widget_class_bind_template_child (widget_class, EcLessonPane, check_button);
  gtk_widget_class_bind_template_child (widget_class, EcLessonPane, hint_button);
  gtk_widget_class_bind_template_child (widget_class, EcLessonPane, reveal_button);
  gtk_widget_class_bind_template_child (widget_class, EcLessonPane, feedback_label);
  gtk_widget_class_bind_template_child (widget_class, EcLessonPane, hint_label);
  gtk_widget_class_bind_template_child (widget_class, EcLessonPane, answer_label);
  gtk_widget_class_bind_template_child (widget_class, EcLessonPane, editor_box);
  gtk_widget_class_bind_template_child (widget_class, EcLessonPane, student_row);
  gtk_widget_class_bind_template_child (widget_class, EcLessonPane, report_group);

  gtk_widget_class_install_action (widget_class, "lesson.next", NULL, go_action);
  gtk_widget_class_install_action (widget_class, "lesson.back", NULL, go_action);
  gtk_widget_class_install_action (widget_class, "lesson.check", NULL, check_action);
  gtk_widget_class_install_action (widget_class, "lesson.hint", NULL, hint_action);
  gtk_widget_class_install_action (widget_class, "lesson.reveal", NULL, reveal_action);
  gtk_widget_class_install_action (widget_class, "lesson.export-report", NULL, export_report_action);
  gtk_widget_class_install_action (widget_class, "lesson.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "lesson.save-as", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "lesson.apply", NULL, apply_action);
  gtk_widget_class_install_action (widget_class, "lesson.add-step", NULL, add_step_action);
  gtk_widget_class_install_action (widget_class, "lesson.delete-step", NULL, delete_step_action);
  gtk_widget_class_install_action (widget_class, "lesson.move-up", NULL, move_step_action);
  gtk_widget_class_install_action (widget_class, "lesson.move-down", NULL, move_step_action);
  gtk_widget_class_install_action (widget_class, "lesson.highlight", NULL, highlight_action);
  gtk_widget_class_install_property_action (widget_class, "lesson.edit", "editing");

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "lessonpane");
}

/* Steps not shown yet have no document. */
static void
unref_document (gpointer document)
{
  if (document != NULL)
    g_object_unref (document);
}

static void
ec_lesson_pane_init (EcLessonPane *self)
{
  GtkEventController *shortcuts = gtk_shortcut_controller_new ();

  gtk_widget_init_template (GTK_WIDGET (self));

  self->documents = g_ptr_array_new_with_free_func (unref_document);
  self->choice_buttons = g_ptr_array_new ();
  self->cancellable = g_cancellable_new ();
  build_editor (self);

  /* The lesson's keys work wherever the focus is in the window, on the map
   * too, as a presenter expects. */
  gtk_shortcut_controller_set_scope (GTK_SHORTCUT_CONTROLLER (shortcuts), GTK_SHORTCUT_SCOPE_MANAGED);
  add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts), GDK_KEY_Right, GDK_ALT_MASK, "lesson.next");
  add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts), GDK_KEY_Left, GDK_ALT_MASK, "lesson.back");
  add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts), GDK_KEY_Return, GDK_CONTROL_MASK, "lesson.check");
  add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts), GDK_KEY_KP_Enter, GDK_CONTROL_MASK, "lesson.check");
  add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts), GDK_KEY_h, GDK_ALT_MASK, "lesson.hint");
  add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts), GDK_KEY_a, GDK_ALT_MASK, "lesson.reveal");
  add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts), GDK_KEY_l, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "lesson.save");
  add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts), GDK_KEY_L, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "lesson.save");
  gtk_widget_add_controller (GTK_WIDGET (self), shortcuts);

  sync_actions (self);
}

/* Public */

/**
 * ec_lesson_pane_set_lesson:
 * @self: a #EcLessonPane
 * @lesson: (transfer none): the lesson to show
 * @file: (nullable): the file it came from, %NULL for a bundled or new one
 * @progress: (nullable): the student's progress to go on from; it belongs
 *   to @lesson
 * @editing: whether to open the lesson in the editor
 *
 * Shows @lesson at the step its progress was on, each step's map in a
 * document of its own.
 */
void
ec_lesson_pane_set_lesson (EcLessonPane     *self,
                           EcLesson         *lesson,
                           GFile            *file,
                           EcLessonProgress *progress,
                           gboolean          editing)
{
  g_return_if_fail (EC_IS_LESSON_PANE (self));
  g_return_if_fail (EC_IS_LESSON (lesson));
  g_return_if_fail (progress == NULL || ec_lesson_progress_matches (progress, lesson));

  if (self->progress != NULL)
    ec_lesson_pane_write_progress_now (self);

  g_set_object (&self->lesson, lesson);
  g_set_object (&self->file, file);
  g_clear_object (&self->progress);
  self->progress = progress != NULL ? g_object_ref (progress) : ec_lesson_progress_new (lesson);
  g_clear_object (&self->progress_file);
  /* A lesson being written has no students yet: no progress is kept. */
  if (!editing)
    self->progress_file = ec_lesson_progress_file_for (lesson);
  g_ptr_array_set_size (self->documents, 0);
  self->step = MIN (ec_lesson_progress_get_current_step (self->progress),
                    ec_lesson_get_n_steps (lesson) > 0 ? ec_lesson_get_n_steps (lesson) - 1 : 0);
  self->editing = editing;
  gtk_widget_set_visible (GTK_WIDGET (self->editor_box), editing);
  /* A lesson made here is the teacher's work before it is ever saved. */
  set_modified (self, editing && file == NULL);
  gtk_widget_set_visible (GTK_WIDGET (self), TRUE);

  show_step (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LESSON]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EDITING]);
}

/**
 * ec_lesson_pane_close:
 * @self: a #EcLessonPane
 *
 * Puts the lesson away: its progress is written, and the map on screen
 * becomes an ordinary scenario the person can go on with. Callers ask
 * about a lesson being written first.
 */
void
ec_lesson_pane_close (EcLessonPane *self)
{
  EcWindow *window;

  g_return_if_fail (EC_IS_LESSON_PANE (self));

  if (self->lesson == NULL)
    return;

  ec_lesson_pane_write_progress_now (self);
  if ((window = get_window (self)) != NULL)
    {
      g_autoptr(EcScenario) scenario = ec_scenario_copy (ec_window_get_scenario (window));
      g_autoptr(EcDocument) document = ec_document_new (scenario);

      ec_window_set_document (window, document);
      g_object_set (ec_window_get_map_view (window), "highlights", NULL, NULL);
    }

  g_clear_object (&self->lesson);
  g_clear_object (&self->file);
  g_clear_object (&self->progress);
  g_clear_object (&self->progress_file);
  g_ptr_array_set_size (self->documents, 0);
  self->editing = FALSE;
  set_modified (self, FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
  sync_actions (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LESSON]);
}

EcLesson *
ec_lesson_pane_get_lesson (EcLessonPane *self)
{
  g_return_val_if_fail (EC_IS_LESSON_PANE (self), NULL);

  return self->lesson;
}

EcLessonProgress *
ec_lesson_pane_get_progress (EcLessonPane *self)
{
  g_return_val_if_fail (EC_IS_LESSON_PANE (self), NULL);

  return self->progress;
}

GFile *
ec_lesson_pane_get_file (EcLessonPane *self)
{
  g_return_val_if_fail (EC_IS_LESSON_PANE (self), NULL);

  return self->file;
}

guint
ec_lesson_pane_get_step (EcLessonPane *self)
{
  g_return_val_if_fail (EC_IS_LESSON_PANE (self), 0);

  return self->step;
}

gboolean
ec_lesson_pane_get_editing (EcLessonPane *self)
{
  g_return_val_if_fail (EC_IS_LESSON_PANE (self), FALSE);

  return self->editing;
}

/**
 * ec_lesson_pane_set_editing:
 * @self: a #EcLessonPane
 * @editing: whether the editor shows below the step
 *
 * Opens or closes the editor; closing it keeps what it holds in the
 * lesson when the lesson accepts it.
 */
void
ec_lesson_pane_set_editing (EcLessonPane *self,
                            gboolean      editing)
{
  g_return_if_fail (EC_IS_LESSON_PANE (self));

  editing = !!editing;
  if (self->editing == editing || self->lesson == NULL)
    return;

  if (!editing && !leave_step (self))
    return;

  self->editing = editing;
  gtk_widget_set_visible (GTK_WIDGET (self->editor_box), editing);
  /* The editor shows the steps' own maps, the student's maps come back
   * after it. */
  g_ptr_array_set_size (self->documents, 0);
  show_step (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EDITING]);
}

/**
 * ec_lesson_pane_get_modified:
 * @self: a #EcLessonPane
 *
 * Returns: whether the lesson has changes that are not saved
 */
gboolean
ec_lesson_pane_get_modified (EcLessonPane *self)
{
  g_return_val_if_fail (EC_IS_LESSON_PANE (self), FALSE);

  return self->lesson != NULL && self->modified;
}

/**
 * ec_lesson_pane_set_presenting:
 * @self: a #EcLessonPane
 * @presenting: whether the window is in presentation mode
 *
 * In presentation mode the pane is wider and its text large enough to
 * read from the back of the room.
 */
void
ec_lesson_pane_set_presenting (EcLessonPane *self,
                               gboolean      presenting)
{
  g_return_if_fail (EC_IS_LESSON_PANE (self));

  self->presenting = !!presenting;
  gtk_widget_set_size_request (GTK_WIDGET (self), presenting ? 600 : 360, -1);
  sync_actions (self);
}

/**
 * ec_lesson_pane_get_feedback:
 * @self: a #EcLessonPane
 *
 * Returns: (nullable): the feedback on screen for the last answer checked
 */
const char *
ec_lesson_pane_get_feedback (EcLessonPane *self)
{
  g_return_val_if_fail (EC_IS_LESSON_PANE (self), NULL);

  return self->feedback;
}

/**
 * ec_lesson_pane_get_choice_button:
 * @self: a #EcLessonPane
 * @position: a choice of the current question
 *
 * Returns: (transfer none) (nullable): the choice's button
 */
GtkWidget *
ec_lesson_pane_get_choice_button (EcLessonPane *self,
                                  guint         position)
{
  g_return_val_if_fail (EC_IS_LESSON_PANE (self), NULL);

  return position < self->choice_buttons->len ? g_ptr_array_index (self->choice_buttons, position) : NULL;
}

/**
 * ec_lesson_pane_set_number:
 * @self: a #EcLessonPane
 * @number: the number the student types
 *
 * Types the answer of a number question.
 */
void
ec_lesson_pane_set_number (EcLessonPane *self,
                           double        number)
{
  g_return_if_fail (EC_IS_LESSON_PANE (self));

  gtk_spin_button_set_value (self->number_button, number);
}

/**
 * ec_lesson_pane_set_student:
 * @self: a #EcLessonPane
 * @student: the student's name, for the report
 *
 * Types the student's name.
 */
void
ec_lesson_pane_set_student (EcLessonPane *self,
                            const char   *student)
{
  g_return_if_fail (EC_IS_LESSON_PANE (self));

  gtk_editable_set_text (GTK_EDITABLE (self->student_row), student != NULL ? student : "");
}

/**
 * ec_lesson_pane_edit_text:
 * @self: a #EcLessonPane
 * @title: the step's title
 * @text: its text, paragraphs apart by a blank line
 *
 * Types the current step's title and text into the editor.
 */
void
ec_lesson_pane_edit_text (EcLessonPane *self,
                          const char   *title,
                          const char   *text)
{
  g_return_if_fail (EC_IS_LESSON_PANE (self));

  set_entry (self->edit_step_title, title);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->edit_text), text != NULL ? text : "", -1);
}

/**
 * ec_lesson_pane_edit_choice_question:
 * @self: a #EcLessonPane
 * @prompt: the question
 * @choices: up to four choices
 * @correct: the right one
 * @error: return location for a #GError
 *
 * Fills the editor with a multiple-choice question and applies it to the
 * step, as the teacher would.
 *
 * Returns: whether the lesson accepted it
 */
gboolean
ec_lesson_pane_edit_choice_question (EcLessonPane        *self,
                                     const char          *prompt,
                                     const char * const  *choices,
                                     guint                correct,
                                     GError             **error)
{
  g_return_val_if_fail (EC_IS_LESSON_PANE (self), FALSE);

  gtk_drop_down_set_selected (self->edit_kind, EDIT_CHOICE);
  set_entry (self->edit_prompt, prompt);
  for (guint i = 0; i < N_EDIT_CHOICES; i++)
    set_entry (self->edit_choices[i], choices != NULL && g_strv_length ((char **) choices) > i ? choices[i] : NULL);
  gtk_drop_down_set_selected (self->edit_correct, correct);

  return apply_editor (self, error);
}

/**
 * ec_lesson_pane_edit_map_question:
 * @self: a #EcLessonPane
 * @prompt: the task
 * @preset: which of the presets
 * @n: the number of states, for %EC_LESSON_PRESET_FEW_STATES
 * @error: return location for a #GError
 *
 * Fills the editor with a map task and applies it to the step.
 *
 * Returns: whether the lesson accepted it
 */
gboolean
ec_lesson_pane_edit_map_question (EcLessonPane    *self,
                                  const char      *prompt,
                                  EcLessonPreset   preset,
                                  guint            n,
                                  GError         **error)
{
  g_return_val_if_fail (EC_IS_LESSON_PANE (self), FALSE);
  g_return_val_if_fail (preset < EC_N_LESSON_PRESETS, FALSE);

  gtk_drop_down_set_selected (self->edit_kind, EDIT_MAP);
  set_entry (self->edit_prompt, prompt);
  gtk_drop_down_set_selected (self->edit_preset, preset);
  gtk_spin_button_set_value (self->edit_preset_n, n);

  return apply_editor (self, error);
}
