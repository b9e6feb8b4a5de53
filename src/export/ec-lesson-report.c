/* ec-lesson-report.c
 *
 * Copyright 2026 The Electors authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include <cairo-pdf.h>
#include <pango/pangocairo.h>

#include "ec-lesson-report.h"
#include "ec-palette.h"

/* The short report a student hands in after a lesson: who, which lesson,
 * when, and for each question what was answered, whether it was right,
 * after how many tries, and whether a hint or the answer was shown. A
 * portrait PDF on the export's paper, as many pages as the questions
 * need; it is plain text on white, so it prints well in grey. */

#define MARGIN 56.0
#define GAP 6.0

typedef struct {
  guint           step;
  char           *prompt;
  char           *answer;
  EcLessonResult  result;
  guint           attempts;
  guint           hints;
  gboolean        revealed;
} Question;

struct _EcLessonReport
{
  GObject    parent_instance;

  char      *title;
  char      *student;
  GDateTime *date;
  GArray    *questions;
};

G_DEFINE_FINAL_TYPE (EcLessonReport, ec_lesson_report, G_TYPE_OBJECT)

static void
question_clear (Question *question)
{
  g_clear_pointer (&question->prompt, g_free);
  g_clear_pointer (&question->answer, g_free);
}

static void
ec_lesson_report_finalize (GObject *object)
{
  EcLessonReport *self = (EcLessonReport *)object;

  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->student, g_free);
  g_clear_pointer (&self->date, g_date_time_unref);
  g_clear_pointer (&self->questions, g_array_unref);

  G_OBJECT_CLASS (ec_lesson_report_parent_class)->finalize (object);
}

static void
ec_lesson_report_class_init (EcLessonReportClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = ec_lesson_report_finalize;
}

static void
ec_lesson_report_init (EcLessonReport *self)
{
  self->questions = g_array_new (FALSE, TRUE, sizeof (Question));
  g_array_set_clear_func (self->questions, (GDestroyNotify) question_clear);
}

/**
 * ec_lesson_report_new:
 * @lesson_title: the lesson's title, as the student saw it
 * @student: (nullable): the name the student typed
 * @date: when the report is made
 *
 * Returns: (transfer full): a report without questions yet
 */
EcLessonReport *
ec_lesson_report_new (const char *lesson_title,
                      const char *student,
                      GDateTime  *date)
{
  EcLessonReport *self;

  g_return_val_if_fail (lesson_title != NULL, NULL);
  g_return_val_if_fail (date != NULL, NULL);

  self = g_object_new (EC_TYPE_LESSON_REPORT, NULL);
  self->title = g_strdup (lesson_title);
  self->student = g_strstrip (g_strdup (student != NULL ? student : ""));
  self->date = g_date_time_ref (date);

  return self;
}

/**
 * ec_lesson_report_add_question:
 * @self: a #EcLessonReport
 * @step: the step's number, from 1
 * @prompt: the question as asked
 * @answer: (nullable): the last answer given, in words
 * @result: whether it was right
 * @attempts: how many answers were checked
 * @hints: how many hints were shown
 * @revealed: whether the student asked to see the answer
 *
 * Adds a question, after the ones added before.
 */
void
ec_lesson_report_add_question (EcLessonReport *self,
                               guint           step,
                               const char     *prompt,
                               const char     *answer,
                               EcLessonResult  result,
                               guint           attempts,
                               guint           hints,
                               gboolean        revealed)
{
  Question question = { 0 };

  g_return_if_fail (EC_IS_LESSON_REPORT (self));
  g_return_if_fail (prompt != NULL);
  g_return_if_fail (result <= EC_LESSON_RESULT_WRONG);

  question.step = step;
  question.prompt = g_strdup (prompt);
  question.answer = g_strdup (answer);
  question.result = result;
  question.attempts = attempts;
  question.hints = hints;
  question.revealed = revealed;
  g_array_append_val (self->questions, question);
}

/**
 * ec_lesson_report_get_n_questions:
 * @self: a #EcLessonReport
 *
 * Returns: how many questions the report lists
 */
guint
ec_lesson_report_get_n_questions (EcLessonReport *self)
{
  g_return_val_if_fail (EC_IS_LESSON_REPORT (self), 0);

  return self->questions->len;
}

/**
 * ec_lesson_report_get_n_right:
 * @self: a #EcLessonReport
 *
 * Returns: how many questions were last answered right
 */
guint
ec_lesson_report_get_n_right (EcLessonReport *self)
{
  guint n = 0;

  g_return_val_if_fail (EC_IS_LESSON_REPORT (self), 0);

  for (guint i = 0; i < self->questions->len; i++)
    if (g_array_index (self->questions, Question, i).result == EC_LESSON_RESULT_RIGHT)
      n++;

  return n;
}

/**
 * ec_lesson_report_copy:
 * @self: a #EcLessonReport
 *
 * Returns: (transfer full): a report with the same contents, for another
 *   thread to write
 */
EcLessonReport *
ec_lesson_report_copy (EcLessonReport *self)
{
  EcLessonReport *copy;

  g_return_val_if_fail (EC_IS_LESSON_REPORT (self), NULL);

  copy = ec_lesson_report_new (self->title, self->student, self->date);
  for (guint i = 0; i < self->questions->len; i++)
    {
      const Question *q = &g_array_index (self->questions, Question, i);

      ec_lesson_report_add_question (copy, q->step, q->prompt, q->answer, q->result,
                                     q->attempts, q->hints, q->revealed);
    }

  return copy;
}

/* Drawing */

typedef struct {
  cairo_t *cr;
  double   width;
  double   height;
  double   y;
  guint    page;
} Page;

static PangoLayout *
make_layout (Page       *page,
             const char *text,
             double      size,
             gboolean    bold)
{
  PangoLayout *layout = pango_cairo_create_layout (page->cr);
  g_autoptr(PangoFontDescription) font = pango_font_description_from_string (EC_PALETTE_FONT_FAMILY);

  pango_font_description_set_absolute_size (font, size * PANGO_SCALE);
  pango_font_description_set_weight (font, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
  pango_layout_set_font_description (layout, font);
  pango_layout_set_width (layout, (int)((page->width - 2 * MARGIN) * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_text (layout, text, -1);

  return layout;
}

static double
layout_height (PangoLayout *layout)
{
  int height;

  pango_layout_get_size (layout, NULL, &height);

  return (double)height / PANGO_SCALE;
}

static void
next_page (Page *page)
{
  cairo_show_page (page->cr);
  page->page++;
  page->y = MARGIN;
}

/* Keeps a block of @needed points on one page where it fits on one. */
static void
make_room (Page   *page,
           double  needed)
{
  if (page->y + needed > page->height - MARGIN && page->y > MARGIN)
    next_page (page);
}

static void
draw_text (Page       *page,
           const char *text,
           double      size,
           gboolean    bold,
           double      gap)
{
  g_autoptr(PangoLayout) layout = make_layout (page, text, size, bold);
  double height = layout_height (layout);

  make_room (page, height);
  cairo_move_to (page->cr, MARGIN, page->y);
  cairo_set_source_rgb (page->cr, 0.1, 0.1, 0.1);
  pango_cairo_show_layout (page->cr, layout);
  page->y += height + gap;
}

static const char *
result_text (EcLessonResult result)
{
  switch (result)
    {
    case EC_LESSON_RESULT_RIGHT:
      return _("Right");
    case EC_LESSON_RESULT_WRONG:
      return _("Wrong");
    case EC_LESSON_RESULT_UNANSWERED:
    default:
      return _("Not answered");
    }
}

static void
draw_question (Page           *page,
               const Question *q)
{
  g_autofree char *heading = NULL;
  g_autofree char *answer = NULL;
  g_autofree char *result = NULL;
  g_autofree char *tries = NULL;
  g_autoptr(PangoLayout) probe = NULL;

  /* Translators: a question's heading in the teacher's report, "Step 3: Who wins?" */
  heading = g_strdup_printf (_("Step %u: %s"), q->step, q->prompt);
  answer = g_strdup_printf (_("Answer given: %s"),
                            q->answer != NULL && *q->answer != '\0' ? q->answer : _("none"));
  result = g_strdup_printf (_("Result: %s"), result_text (q->result));
  tries = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u attempt", "%u attempts", q->attempts), q->attempts);
  if (q->hints > 0 || q->revealed)
    {
      g_autofree char *with_tries = g_steal_pointer (&tries);

      tries = g_strconcat (with_tries, " · ",
                           q->hints > 0 ? _("hint shown") : _("no hint"), " · ",
                           q->revealed ? _("answer shown") : _("answer not shown"), NULL);
    }

  /* A question's heading never sits alone at the foot of a page. */
  probe = make_layout (page, heading, 13, TRUE);
  make_room (page, layout_height (probe) + 3 * 16);

  draw_text (page, heading, 13, TRUE, 2);
  draw_text (page, answer, 11, FALSE, 1);
  draw_text (page, result, 11, q->result != EC_LESSON_RESULT_RIGHT, 1);
  draw_text (page, tries, 11, FALSE, 2 * GAP);
}

static void
draw_report (EcLessonReport *self,
             Page           *page)
{
  g_autofree char *student = NULL;
  g_autofree char *date = NULL;
  g_autofree char *when = NULL;
  g_autofree char *score = NULL;
  guint n_right = ec_lesson_report_get_n_right (self);
  guint n = self->questions->len;

  page->y = MARGIN;
  draw_text (page, self->title, 20, TRUE, GAP);

  student = g_strdup_printf (_("Student: %s"), *self->student != '\0' ? self->student : _("(no name given)"));
  draw_text (page, student, 12, FALSE, 2);
  /* Translators: a date format for the report, see g_date_time_format() */
  date = g_date_time_format (self->date, _("%B %-d, %Y, %H:%M"));
  when = g_strdup_printf (_("Date: %s"), date);
  draw_text (page, when, 12, FALSE, 2);
  /* Translators: "Right answers: 3 of 4" */
  score = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Right answers: %u of %u question",
                                        "Right answers: %u of %u questions", n), n_right, n);
  draw_text (page, score, 12, TRUE, 3 * GAP);

  if (n == 0)
    draw_text (page, _("This lesson has no questions."), 11, FALSE, 0);

  for (guint i = 0; i < n; i++)
    draw_question (page, &g_array_index (self->questions, Question, i));
}

static cairo_status_t
append_to_array (void                *closure,
                 const unsigned char *data,
                 unsigned int         length)
{
  g_byte_array_append (closure, data, length);

  return CAIRO_STATUS_SUCCESS;
}

/**
 * ec_lesson_report_to_pdf:
 * @self: a #EcLessonReport
 * @page: the paper, printed upright
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (nullable): the report as a PDF, with as many
 *   pages as it needs
 */
GBytes *
ec_lesson_report_to_pdf (EcLessonReport  *self,
                         EcSnapshotPage   page,
                         GError         **error)
{
  g_autoptr(GByteArray) data = g_byte_array_new ();
  cairo_surface_t *surface;
  cairo_status_t status;
  Page p = { 0 };
  double landscape_width, landscape_height;

  g_return_val_if_fail (EC_IS_LESSON_REPORT (self), NULL);

  /* The snapshot's paper is landscape; a report is read upright. */
  ec_snapshot_page_get_size (page, &landscape_width, &landscape_height);
  p.width = MIN (landscape_width, landscape_height);
  p.height = MAX (landscape_width, landscape_height);

  surface = cairo_pdf_surface_create_for_stream (append_to_array, data, p.width, p.height);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, self->title);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, PACKAGE_NAME " " PACKAGE_VERSION);
  if (*self->student != '\0')
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_AUTHOR, self->student);

  p.cr = cairo_create (surface);
  draw_report (self, &p);
  cairo_show_page (p.cr);
  status = cairo_status (p.cr);
  cairo_destroy (p.cr);

  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, EC_SNAPSHOT_ERROR, EC_SNAPSHOT_ERROR_WRITE_FAILED,
                   _("The report could not be drawn: %s"),
                   status == CAIRO_STATUS_NO_MEMORY ? _("there is not enough memory") : cairo_status_to_string (status));
      return NULL;
    }

  return g_byte_array_free_to_bytes (g_steal_pointer (&data));
}

typedef struct {
  EcLessonReport *report;
  GFile          *file;
  EcSnapshotPage  page;
} SaveData;

static void
save_data_free (SaveData *data)
{
  g_clear_object (&data->report);
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
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;

  if (!(bytes = ec_lesson_report_to_pdf (data->report, data->page, &error)))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  if (g_task_return_error_if_cancelled (task))
    return;

  if (!ec_snapshot_write_bytes (data->file, bytes, &error))
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_boolean (task, TRUE);
}

/**
 * ec_lesson_report_save_async:
 * @self: a #EcLessonReport
 * @file: where to write the PDF
 * @page: the paper
 * @cancellable: (nullable): cancels the export: nothing is written
 * @callback: called on this thread's main context when done
 * @user_data: for @callback
 *
 * Draws and writes a copy of the report on another thread, replacing
 * @file only once the new one is complete.
 */
void
ec_lesson_report_save_async (EcLessonReport      *self,
                             GFile               *file,
                             EcSnapshotPage       page,
                             GCancellable        *cancellable,
                             GAsyncReadyCallback  callback,
                             gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  SaveData *data;

  g_return_if_fail (EC_IS_LESSON_REPORT (self));
  g_return_if_fail (G_IS_FILE (file));

  data = g_new0 (SaveData, 1);
  data->report = ec_lesson_report_copy (self);
  data->file = g_object_ref (file);
  data->page = page;

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, ec_lesson_report_save_async);
  g_task_set_task_data (task, data, (GDestroyNotify) save_data_free);
  g_task_run_in_thread (task, save_thread);
}

/**
 * ec_lesson_report_save_finish:
 * @self: a #EcLessonReport
 * @result: the result given to the callback
 * @error: return location for a #GError
 *
 * Returns: whether the report was written
 */
gboolean
ec_lesson_report_save_finish (EcLessonReport  *self,
                              GAsyncResult    *result,
                              GError         **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
