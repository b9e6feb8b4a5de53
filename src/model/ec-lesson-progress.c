/* ec-lesson-progress.c
 *
 * Copyright 2026 The Electors authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "ec-format.h"
#include "ec-json-private.h"
#include "ec-lesson-progress.h"
#include "ec-tally.h"

/* A student's progress through a lesson, saved as strict JSON. */

#define PROGRESS_MAGIC "electors-lesson-progress"
#define MAX_IDENTITY 300

typedef enum {
  ANSWER_NONE,
  ANSWER_CHOICE,
  ANSWER_NUMBER,
  ANSWER_MAP,
} AnswerKind;

typedef struct {
  AnswerKind  kind;
  guint       choice;
  double      number;
  EcScenario *map;
  guint       attempts;
  gboolean    right;
  gboolean    revealed;
  guint       hints;
} StepProgress;

struct _EcLessonProgress
{
  GObject  parent_instance;

  char    *identity;
  char    *title;
  guint    current;
  GArray  *steps;
};

G_DEFINE_FINAL_TYPE (EcLessonProgress, ec_lesson_progress, G_TYPE_OBJECT)
G_DEFINE_QUARK (ec-lesson-progress-error-quark, ec_lesson_progress_error)

#define progress_invalid(error, ...) \
  ec_fail (error, EC_LESSON_PROGRESS_ERROR, EC_LESSON_PROGRESS_ERROR_INVALID, __VA_ARGS__)

static void
step_progress_clear (StepProgress *step)
{
  g_clear_object (&step->map);
}

static void
ec_lesson_progress_finalize (GObject *object)
{
  EcLessonProgress *self = (EcLessonProgress *)object;

  g_free (self->identity);
  g_free (self->title);
  g_array_unref (self->steps);

  G_OBJECT_CLASS (ec_lesson_progress_parent_class)->finalize (object);
}

static void
ec_lesson_progress_class_init (EcLessonProgressClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ec_lesson_progress_finalize;
}

static void
ec_lesson_progress_init (EcLessonProgress *self)
{
  self->steps = g_array_new (FALSE, TRUE, sizeof (StepProgress));
  g_array_set_clear_func (self->steps, (GDestroyNotify)step_progress_clear);
}

static EcLessonProgress *
progress_new (const char *identity,
              const char *title,
              guint       n_steps)
{
  EcLessonProgress *self = g_object_new (EC_TYPE_LESSON_PROGRESS, NULL);

  self->identity = g_strdup (identity);
  self->title = g_strdup (title);
  g_array_set_size (self->steps, n_steps);

  return self;
}

/**
 * ec_lesson_progress_new:
 * @lesson: a #EcLesson with at least one step
 *
 * Returns: (transfer full): progress at the first step, with nothing
 *   answered
 */
EcLessonProgress *
ec_lesson_progress_new (EcLesson *lesson)
{
  g_autofree char *identity = NULL;

  g_return_val_if_fail (EC_IS_LESSON (lesson), NULL);
  g_return_val_if_fail (ec_lesson_get_n_steps (lesson) > 0, NULL);

  identity = ec_lesson_dup_identity (lesson);

  return progress_new (identity, ec_lesson_get_title (lesson), ec_lesson_get_n_steps (lesson));
}

static StepProgress *
get_step (EcLessonProgress *self,
          guint             step)
{
  g_assert (step < self->steps->len);

  return &g_array_index (self->steps, StepProgress, step);
}

/**
 * ec_lesson_progress_copy:
 * @self: a #EcLessonProgress
 *
 * Returns: (transfer full): progress equal to @self
 */
EcLessonProgress *
ec_lesson_progress_copy (EcLessonProgress *self)
{
  EcLessonProgress *copy;

  g_return_val_if_fail (EC_IS_LESSON_PROGRESS (self), NULL);

  copy = progress_new (self->identity, self->title, self->steps->len);
  copy->current = self->current;
  for (guint i = 0; i < self->steps->len; i++)
    {
      StepProgress *to = get_step (copy, i);

      *to = *get_step (self, i);
      if (to->map != NULL)
        to->map = ec_scenario_copy (to->map);
    }

  return copy;
}

/**
 * ec_lesson_progress_equal:
 * @a: a #EcLessonProgress
 * @b: another
 *
 * Returns: whether @a and @b record the same answers for the same lesson
 */
gboolean
ec_lesson_progress_equal (EcLessonProgress *a,
                          EcLessonProgress *b)
{
  g_return_val_if_fail (EC_IS_LESSON_PROGRESS (a), FALSE);
  g_return_val_if_fail (EC_IS_LESSON_PROGRESS (b), FALSE);

  if (!g_str_equal (a->identity, b->identity) || !g_str_equal (a->title, b->title) ||
      a->current != b->current || a->steps->len != b->steps->len)
    return FALSE;

  for (guint i = 0; i < a->steps->len; i++)
    {
      StepProgress *sa = get_step (a, i);
      StepProgress *sb = get_step (b, i);

      if (sa->kind != sb->kind || sa->attempts != sb->attempts || sa->right != sb->right ||
          sa->revealed != sb->revealed || sa->hints != sb->hints)
        return FALSE;
      if ((sa->kind == ANSWER_CHOICE && sa->choice != sb->choice) ||
          (sa->kind == ANSWER_NUMBER && sa->number != sb->number) ||
          (sa->kind == ANSWER_MAP && !ec_scenario_equal (sa->map, sb->map)))
        return FALSE;
    }

  return TRUE;
}

/**
 * ec_lesson_progress_get_lesson_identity:
 * @self: a #EcLessonProgress
 *
 * Returns: the identity of the lesson (ec_lesson_dup_identity())
 */
const char *
ec_lesson_progress_get_lesson_identity (EcLessonProgress *self)
{
  g_return_val_if_fail (EC_IS_LESSON_PROGRESS (self), NULL);

  return self->identity;
}

/**
 * ec_lesson_progress_get_lesson_title:
 * @self: a #EcLessonProgress
 *
 * Returns: the lesson's title, as it was when the progress began
 */
const char *
ec_lesson_progress_get_lesson_title (EcLessonProgress *self)
{
  g_return_val_if_fail (EC_IS_LESSON_PROGRESS (self), NULL);

  return self->title;
}

/**
 * ec_lesson_progress_matches:
 * @self: a #EcLessonProgress
 * @lesson: a #EcLesson
 *
 * Returns: whether @self is progress through @lesson, as it is now
 */
gboolean
ec_lesson_progress_matches (EcLessonProgress *self,
                            EcLesson         *lesson)
{
  g_autofree char *identity = NULL;

  g_return_val_if_fail (EC_IS_LESSON_PROGRESS (self), FALSE);
  g_return_val_if_fail (EC_IS_LESSON (lesson), FALSE);

  identity = ec_lesson_dup_identity (lesson);

  return g_str_equal (identity, self->identity) && self->steps->len == ec_lesson_get_n_steps (lesson);
}

/**
 * ec_lesson_progress_get_n_steps:
 * @self: a #EcLessonProgress
 *
 * Returns: the number of steps of the lesson
 */
guint
ec_lesson_progress_get_n_steps (EcLessonProgress *self)
{
  g_return_val_if_fail (EC_IS_LESSON_PROGRESS (self), 0);

  return self->steps->len;
}

/**
 * ec_lesson_progress_get_current_step:
 * @self: a #EcLessonProgress
 *
 * Returns: the step the student is at, from 0
 */
guint
ec_lesson_progress_get_current_step (EcLessonProgress *self)
{
  g_return_val_if_fail (EC_IS_LESSON_PROGRESS (self), 0);

  return self->current;
}

/**
 * ec_lesson_progress_set_current_step:
 * @self: a #EcLessonProgress
 * @step: the step the student is at
 *
 * Moves the student to @step.
 */
void
ec_lesson_progress_set_current_step (EcLessonProgress *self,
                                     guint             step)
{
  g_return_if_fail (EC_IS_LESSON_PROGRESS (self));
  g_return_if_fail (step < self->steps->len);

  self->current = step;
}

static StepProgress *
record (EcLessonProgress *self,
        guint             step,
        AnswerKind        kind,
        gboolean          right)
{
  StepProgress *s = get_step (self, step);

  step_progress_clear (s);
  s->kind = kind;
  s->attempts = MIN (s->attempts + 1, EC_LESSON_PROGRESS_MAX_ATTEMPTS);
  /* Right once is right: trying again afterwards does not undo it. */
  s->right = s->right || right;

  return s;
}

/**
 * ec_lesson_progress_record_choice:
 * @self: a #EcLessonProgress
 * @step: the step
 * @choice: the choice the student picked, from 0
 * @right: whether it is the right one
 *
 * Counts an attempt at a multiple-choice question.
 */
void
ec_lesson_progress_record_choice (EcLessonProgress *self,
                                  guint             step,
                                  guint             choice,
                                  gboolean          right)
{
  g_return_if_fail (EC_IS_LESSON_PROGRESS (self));
  g_return_if_fail (step < self->steps->len);
  g_return_if_fail (choice < EC_LESSON_MAX_CHOICES);

  record (self, step, ANSWER_CHOICE, right)->choice = choice;
}

/**
 * ec_lesson_progress_record_number:
 * @self: a #EcLessonProgress
 * @step: the step
 * @number: the number the student gave
 * @right: whether it is right
 *
 * Counts an attempt at a number question.
 */
void
ec_lesson_progress_record_number (EcLessonProgress *self,
                                  guint             step,
                                  double            number,
                                  gboolean          right)
{
  g_return_if_fail (EC_IS_LESSON_PROGRESS (self));
  g_return_if_fail (step < self->steps->len);
  g_return_if_fail (isfinite (number));

  record (self, step, ANSWER_NUMBER, right)->number = number;
}

/**
 * ec_lesson_progress_record_map:
 * @self: a #EcLessonProgress
 * @step: the step
 * @scenario: the student's map (copied)
 * @right: whether it passed the check
 *
 * Counts an attempt at a map task.
 */
void
ec_lesson_progress_record_map (EcLessonProgress *self,
                               guint             step,
                               EcScenario       *scenario,
                               gboolean          right)
{
  g_return_if_fail (EC_IS_LESSON_PROGRESS (self));
  g_return_if_fail (step < self->steps->len);
  g_return_if_fail (EC_IS_SCENARIO (scenario));

  record (self, step, ANSWER_MAP, right)->map = ec_scenario_copy (scenario);
}

/**
 * ec_lesson_progress_use_hint:
 * @self: a #EcLessonProgress
 * @step: the step
 *
 * Counts a hint the student asked for.
 */
void
ec_lesson_progress_use_hint (EcLessonProgress *self,
                             guint             step)
{
  StepProgress *s;

  g_return_if_fail (EC_IS_LESSON_PROGRESS (self));
  g_return_if_fail (step < self->steps->len);

  s = get_step (self, step);
  s->hints = MIN (s->hints + 1, EC_LESSON_PROGRESS_MAX_ATTEMPTS);
}

/**
 * ec_lesson_progress_reveal:
 * @self: a #EcLessonProgress
 * @step: the step
 *
 * Records that the student had the answer shown.
 */
void
ec_lesson_progress_reveal (EcLessonProgress *self,
                           guint             step)
{
  g_return_if_fail (EC_IS_LESSON_PROGRESS (self));
  g_return_if_fail (step < self->steps->len);

  get_step (self, step)->revealed = TRUE;
}

/**
 * ec_lesson_progress_has_answer:
 * @self: a #EcLessonProgress
 * @step: the step
 *
 * Returns: whether the student has answered @step
 */
gboolean
ec_lesson_progress_has_answer (EcLessonProgress *self,
                               guint             step)
{
  g_return_val_if_fail (EC_IS_LESSON_PROGRESS (self), FALSE);
  g_return_val_if_fail (step < self->steps->len, FALSE);

  return get_step (self, step)->kind != ANSWER_NONE;
}

/**
 * ec_lesson_progress_get_choice:
 * @self: a #EcLessonProgress
 * @step: the step
 * @choice: (out): the last choice picked, from 0
 *
 * Returns: %TRUE when the student picked a choice at @step
 */
gboolean
ec_lesson_progress_get_choice (EcLessonProgress *self,
                               guint             step,
                               guint            *choice)
{
  StepProgress *s;

  g_return_val_if_fail (EC_IS_LESSON_PROGRESS (self), FALSE);
  g_return_val_if_fail (step < self->steps->len, FALSE);
  g_return_val_if_fail (choice != NULL, FALSE);

  s = get_step (self, step);
  if (s->kind != ANSWER_CHOICE)
    return FALSE;

  *choice = s->choice;

  return TRUE;
}

/**
 * ec_lesson_progress_get_number:
 * @self: a #EcLessonProgress
 * @step: the step
 * @number: (out): the last number given
 *
 * Returns: %TRUE when the student gave a number at @step
 */
gboolean
ec_lesson_progress_get_number (EcLessonProgress *self,
                               guint             step,
                               double           *number)
{
  StepProgress *s;

  g_return_val_if_fail (EC_IS_LESSON_PROGRESS (self), FALSE);
  g_return_val_if_fail (step < self->steps->len, FALSE);
  g_return_val_if_fail (number != NULL, FALSE);

  s = get_step (self, step);
  if (s->kind != ANSWER_NUMBER)
    return FALSE;

  *number = s->number;

  return TRUE;
}

/**
 * ec_lesson_progress_get_map:
 * @self: a #EcLessonProgress
 * @step: the step
 *
 * Returns: (transfer none) (nullable): the map last checked at @step
 */
EcScenario *
ec_lesson_progress_get_map (EcLessonProgress *self,
                            guint             step)
{
  g_return_val_if_fail (EC_IS_LESSON_PROGRESS (self), NULL);
  g_return_val_if_fail (step < self->steps->len, NULL);

  return get_step (self, step)->map;
}

/**
 * ec_lesson_progress_get_attempts:
 * @self: a #EcLessonProgress
 * @step: the step
 *
 * Returns: how many times the student answered @step
 */
guint
ec_lesson_progress_get_attempts (EcLessonProgress *self,
                                 guint             step)
{
  g_return_val_if_fail (EC_IS_LESSON_PROGRESS (self), 0);
  g_return_val_if_fail (step < self->steps->len, 0);

  return get_step (self, step)->attempts;
}

/**
 * ec_lesson_progress_get_right:
 * @self: a #EcLessonProgress
 * @step: the step
 *
 * Returns: whether the student answered @step right, at some attempt
 */
gboolean
ec_lesson_progress_get_right (EcLessonProgress *self,
                              guint             step)
{
  g_return_val_if_fail (EC_IS_LESSON_PROGRESS (self), FALSE);
  g_return_val_if_fail (step < self->steps->len, FALSE);

  return get_step (self, step)->right;
}

/**
 * ec_lesson_progress_get_revealed:
 * @self: a #EcLessonProgress
 * @step: the step
 *
 * Returns: whether the answer to @step was shown
 */
gboolean
ec_lesson_progress_get_revealed (EcLessonProgress *self,
                                 guint             step)
{
  g_return_val_if_fail (EC_IS_LESSON_PROGRESS (self), FALSE);
  g_return_val_if_fail (step < self->steps->len, FALSE);

  return get_step (self, step)->revealed;
}

/**
 * ec_lesson_progress_get_hints_used:
 * @self: a #EcLessonProgress
 * @step: the step
 *
 * Returns: how many times the student asked for the hint
 */
guint
ec_lesson_progress_get_hints_used (EcLessonProgress *self,
                                   guint             step)
{
  g_return_val_if_fail (EC_IS_LESSON_PROGRESS (self), 0);
  g_return_val_if_fail (step < self->steps->len, 0);

  return get_step (self, step)->hints;
}

/**
 * ec_lesson_progress_dup_answer_text:
 * @self: a #EcLessonProgress
 * @lesson: the lesson it belongs to
 * @step: the step
 *
 * Returns: (transfer full) (nullable): the student's answer in words, or
 *   %NULL when there is none
 */
char *
ec_lesson_progress_dup_answer_text (EcLessonProgress *self,
                                    EcLesson         *lesson,
                                    guint             step)
{
  EcLessonQuestion *question;
  StepProgress *s;

  g_return_val_if_fail (EC_IS_LESSON_PROGRESS (self), NULL);
  g_return_val_if_fail (EC_IS_LESSON (lesson), NULL);
  g_return_val_if_fail (step < self->steps->len && step < ec_lesson_get_n_steps (lesson), NULL);

  s = get_step (self, step);
  question = ec_lesson_step_get_question (ec_lesson_get_step (lesson, step));

  switch (s->kind)
    {
    case ANSWER_CHOICE:
      if (question == NULL || s->choice >= ec_lesson_question_get_n_choices (question))
        return NULL;
      return g_strdup (ec_lesson_question_get_choice (question, s->choice));

    case ANSWER_NUMBER:
      if (s->number == floor (s->number) && fabs (s->number) < 1e15)
        return ec_format_count ((gint64)s->number);
      return g_strdup_printf ("%'g", s->number);

    case ANSWER_MAP:
      {
        g_autoptr(EcTally) tally = ec_tally_new (s->map);

        return ec_tally_dup_outcome_sentence (tally);
      }

    case ANSWER_NONE:
    default:
      return NULL;
    }
}

/**
 * ec_lesson_progress_count_right:
 * @self: a #EcLessonProgress
 * @lesson: the lesson it belongs to
 * @n_questions: (out) (optional): how many steps ask a question
 *
 * Returns: how many questions the student answered right
 */
guint
ec_lesson_progress_count_right (EcLessonProgress *self,
                                EcLesson         *lesson,
                                guint            *n_questions)
{
  guint right = 0;
  guint questions = 0;

  g_return_val_if_fail (EC_IS_LESSON_PROGRESS (self), 0);
  g_return_val_if_fail (EC_IS_LESSON (lesson), 0);

  for (guint i = 0; i < MIN (self->steps->len, ec_lesson_get_n_steps (lesson)); i++)
    {
      if (ec_lesson_step_get_question (ec_lesson_get_step (lesson, i)) == NULL)
        continue;
      questions++;
      if (get_step (self, i)->right)
        right++;
    }

  if (n_questions != NULL)
    *n_questions = questions;

  return right;
}

/* Files */

/**
 * ec_lesson_progress_to_bytes:
 * @self: a #EcLessonProgress
 *
 * Returns: (transfer full): the progress as pretty JSON
 */
GBytes *
ec_lesson_progress_to_bytes (EcLessonProgress *self)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  GString *text;

  g_return_val_if_fail (EC_IS_LESSON_PROGRESS (self), NULL);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "format");
  json_builder_add_string_value (builder, PROGRESS_MAGIC);
  json_builder_set_member_name (builder, "version");
  json_builder_add_int_value (builder, EC_LESSON_PROGRESS_FORMAT_VERSION);
  json_builder_set_member_name (builder, "lesson");
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "identity");
  json_builder_add_string_value (builder, self->identity);
  json_builder_set_member_name (builder, "title");
  json_builder_add_string_value (builder, self->title);
  json_builder_end_object (builder);
  json_builder_set_member_name (builder, "current_step");
  json_builder_add_int_value (builder, self->current + 1);

  json_builder_set_member_name (builder, "steps");
  json_builder_begin_array (builder);
  for (guint i = 0; i < self->steps->len; i++)
    {
      StepProgress *s = get_step (self, i);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "attempts");
      json_builder_add_int_value (builder, s->attempts);
      json_builder_set_member_name (builder, "right");
      json_builder_add_boolean_value (builder, s->right);
      json_builder_set_member_name (builder, "revealed");
      json_builder_add_boolean_value (builder, s->revealed);
      json_builder_set_member_name (builder, "hints");
      json_builder_add_int_value (builder, s->hints);
      switch (s->kind)
        {
        case ANSWER_CHOICE:
          json_builder_set_member_name (builder, "choice");
          json_builder_add_int_value (builder, s->choice + 1);
          break;
        case ANSWER_NUMBER:
          json_builder_set_member_name (builder, "number");
          json_builder_add_double_value (builder, s->number);
          break;
        case ANSWER_MAP:
          {
            g_autoptr(JsonParser) parser = json_parser_new ();
            g_autofree char *data = NULL;
            gsize length;

            data = ec_scenario_to_data (s->map, &length);
            if (!json_parser_load_from_data (parser, data, length, NULL))
              g_assert_not_reached ();
            json_builder_set_member_name (builder, "map");
            json_builder_add_value (builder, json_node_copy (json_parser_get_root (parser)));
          }
          break;
        case ANSWER_NONE:
        default:
          break;
        }
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);

  text = g_string_new (NULL);
  json_generator_to_gstring (generator, text);
  g_string_append_c (text, '\n');

  return g_string_free_to_bytes (text);
}

static gboolean
check_members (JsonObject          *object,
               const char * const  *allowed,
               GError             **error)
{
  JsonObjectIter iter;
  const char *member;
  JsonNode *node;

  json_object_iter_init (&iter, object);
  while (json_object_iter_next (&iter, &member, &node))
    {
      if (!g_strv_contains (allowed, member))
        return progress_invalid (error, _("“%s” is not part of lesson progress"), member);
    }

  return TRUE;
}

static gboolean
get_boolean (JsonObject *object,
             const char *member,
             gboolean   *value)
{
  JsonNode *node = json_object_get_member (object, member);

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_BOOLEAN)
    return FALSE;

  *value = json_node_get_boolean (node);

  return TRUE;
}

static gboolean
load_step (EcLessonProgress  *self,
           guint              i,
           JsonNode          *node,
           EcLesson          *lesson,
           GError           **error)
{
  static const char * const allowed[] = { "attempts", "right", "revealed", "hints", "choice", "number", "map", NULL };
  EcLessonQuestion *question = NULL;
  StepProgress *s = get_step (self, i);
  JsonObject *object;
  gint64 count;
  guint n_answers = 0;

  if (lesson != NULL)
    question = ec_lesson_step_get_question (ec_lesson_get_step (lesson, i));

  if (!JSON_NODE_HOLDS_OBJECT (node))
    return progress_invalid (error, _("Step %u of the progress is not an object"), i + 1);

  object = json_node_get_object (node);
  if (!check_members (object, allowed, error))
    return FALSE;

  if (!ec_json_get_count (object, "attempts", &count) || count > EC_LESSON_PROGRESS_MAX_ATTEMPTS)
    return progress_invalid (error, _("Step %u: “attempts” should be a whole number up to %d"),
                             i + 1, EC_LESSON_PROGRESS_MAX_ATTEMPTS);
  s->attempts = count;
  if (!ec_json_get_count (object, "hints", &count) || count > EC_LESSON_PROGRESS_MAX_ATTEMPTS)
    return progress_invalid (error, _("Step %u: “hints” should be a whole number up to %d"),
                             i + 1, EC_LESSON_PROGRESS_MAX_ATTEMPTS);
  s->hints = count;
  if (!get_boolean (object, "right", &s->right) || !get_boolean (object, "revealed", &s->revealed))
    return progress_invalid (error, _("Step %u: “right” and “revealed” should be true or false"), i + 1);

  if (json_object_has_member (object, "choice"))
    {
      n_answers++;
      if (!ec_json_get_count (object, "choice", &count) || count < 1 || count > EC_LESSON_MAX_CHOICES)
        return progress_invalid (error, _("Step %u: the choice should be a number from 1 to %d"),
                                 i + 1, EC_LESSON_MAX_CHOICES);
      s->kind = ANSWER_CHOICE;
      s->choice = count - 1;
      if (lesson != NULL && (question == NULL || ec_lesson_question_get_kind (question) != EC_QUESTION_CHOICE ||
                             s->choice >= ec_lesson_question_get_n_choices (question)))
        return progress_invalid (error, _("Step %u: the answer does not fit the lesson’s question"), i + 1);
    }

  if (json_object_has_member (object, "number"))
    {
      JsonNode *number = json_object_get_member (object, "number");

      n_answers++;
      if (!JSON_NODE_HOLDS_VALUE (number) ||
          (json_node_get_value_type (number) != G_TYPE_DOUBLE && json_node_get_value_type (number) != G_TYPE_INT64) ||
          !isfinite (json_node_get_double (number)))
        return progress_invalid (error, _("Step %u: the number given should be a number"), i + 1);
      s->kind = ANSWER_NUMBER;
      s->number = json_node_get_double (number);
      if (lesson != NULL && (question == NULL || ec_lesson_question_get_kind (question) != EC_QUESTION_NUMBER))
        return progress_invalid (error, _("Step %u: the answer does not fit the lesson’s question"), i + 1);
    }

  if (json_object_has_member (object, "map"))
    {
      g_autoptr(JsonGenerator) generator = json_generator_new ();
      g_autoptr(GError) local_error = NULL;
      g_autofree char *data = NULL;
      gsize length;

      n_answers++;
      json_generator_set_root (generator, json_object_get_member (object, "map"));
      data = json_generator_to_data (generator, &length);
      if (!(s->map = ec_scenario_new_from_data (data, length, &local_error)))
        return progress_invalid (error, _("Step %u: the student’s map cannot be read: %s"), i + 1, local_error->message);
      s->kind = ANSWER_MAP;
      if (lesson != NULL)
        {
          EcScenario *start = ec_lesson_step_get_scenario (ec_lesson_get_step (lesson, i));

          if (question == NULL || ec_lesson_question_get_kind (question) != EC_QUESTION_MAP ||
              ec_election_get_year (ec_scenario_get_election (s->map)) !=
              ec_election_get_year (ec_scenario_get_election (start)))
            return progress_invalid (error, _("Step %u: the answer does not fit the lesson’s question"), i + 1);
        }
    }

  if (n_answers > 1)
    return progress_invalid (error, _("Step %u has more than one answer"), i + 1);
  if ((n_answers == 0) != (s->attempts == 0))
    return progress_invalid (error, _("Step %u: an answer and the attempts go together"), i + 1);
  if (s->right && n_answers == 0)
    return progress_invalid (error, _("Step %u is marked right without an answer"), i + 1);

  return TRUE;
}

/**
 * ec_lesson_progress_new_from_bytes:
 * @bytes: saved progress
 * @lesson: (nullable): the lesson it should belong to
 * @error: return location for a #GError
 *
 * Reads progress strictly. With @lesson, progress of another lesson (or of
 * another version of it) is refused with
 * %EC_LESSON_PROGRESS_ERROR_OTHER_LESSON.
 *
 * Returns: (transfer full) (nullable): the progress, or %NULL with @error set
 */
EcLessonProgress *
ec_lesson_progress_new_from_bytes (GBytes    *bytes,
                                   EcLesson  *lesson,
                                   GError   **error)
{
  static const char * const allowed[] = { "format", "version", "lesson", "current_step", "steps", NULL };
  static const char * const lesson_allowed[] = { "identity", "title", NULL };
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autoptr(EcLessonProgress) self = NULL;
  JsonObject *root;
  JsonObject *about;
  JsonArray *steps;
  const char *identity;
  const char *title;
  const char *data;
  gint64 version;
  gint64 current;
  gsize length;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (lesson == NULL || EC_IS_LESSON (lesson), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  data = g_bytes_get_data (bytes, &length);
  if (length == 0 || length > EC_LESSON_PROGRESS_MAX_FILE_SIZE || !g_utf8_validate (data, length, NULL))
    {
      g_set_error_literal (error, EC_LESSON_PROGRESS_ERROR, EC_LESSON_PROGRESS_ERROR_NOT_JSON,
                           _("The saved progress is empty, too large or not text"));
      return NULL;
    }

  switch (ec_json_parse_document (data, length, PROGRESS_MAGIC, EC_LESSON_PROGRESS_FORMAT_VERSION,
                                  &parser, &version, &local_error))
    {
    case EC_JSON_DOCUMENT_OK:
      break;
    case EC_JSON_DOCUMENT_NOT_JSON:
      g_set_error (error, EC_LESSON_PROGRESS_ERROR, EC_LESSON_PROGRESS_ERROR_NOT_JSON,
                   _("The saved progress is damaged: %s"), local_error->message);
      return NULL;
    case EC_JSON_DOCUMENT_WRONG_FORMAT:
      g_set_error_literal (error, EC_LESSON_PROGRESS_ERROR, EC_LESSON_PROGRESS_ERROR_NOT_PROGRESS,
                           _("The file is not progress through an Electors lesson"));
      return NULL;
    case EC_JSON_DOCUMENT_NO_VERSION:
      progress_invalid (error, _("The saved progress has no valid format version"));
      return NULL;
    case EC_JSON_DOCUMENT_NEWER_VERSION:
      g_set_error_literal (error, EC_LESSON_PROGRESS_ERROR, EC_LESSON_PROGRESS_ERROR_NEWER_VERSION,
                           _("The progress was saved by a newer version of Electors. Update Electors to open it."));
      return NULL;
    }

  root = json_node_get_object (json_parser_get_root (parser));
  if (!check_members (root, allowed, error))
    return NULL;

  about = ec_json_get_object (root, "lesson");
  identity = about != NULL ? ec_json_get_string (about, "identity") : NULL;
  title = about != NULL ? ec_json_get_string (about, "title") : NULL;
  if (identity == NULL || title == NULL || *identity == '\0' || strlen (identity) > MAX_IDENTITY ||
      g_utf8_strlen (title, -1) > EC_LESSON_MAX_TITLE)
    {
      progress_invalid (error, _("The saved progress does not say which lesson it belongs to"));
      return NULL;
    }
  if (!check_members (about, lesson_allowed, error))
    return NULL;

  if (!(steps = ec_json_get_array (root, "steps")) || json_array_get_length (steps) == 0 ||
      json_array_get_length (steps) > EC_LESSON_MAX_STEPS)
    {
      progress_invalid (error, _("The saved progress should have from 1 to %d steps"), EC_LESSON_MAX_STEPS);
      return NULL;
    }

  if (lesson != NULL)
    {
      g_autofree char *lesson_identity = ec_lesson_dup_identity (lesson);

      if (!g_str_equal (identity, lesson_identity) ||
          json_array_get_length (steps) != ec_lesson_get_n_steps (lesson))
        {
          g_set_error (error, EC_LESSON_PROGRESS_ERROR, EC_LESSON_PROGRESS_ERROR_OTHER_LESSON,
                       _("The saved progress is for “%s”, not for this version of “%s”"),
                       title, ec_lesson_get_title (lesson));
          return NULL;
        }
    }

  self = progress_new (identity, title, json_array_get_length (steps));

  if (!ec_json_get_count (root, "current_step", &current) || current < 1 || current > self->steps->len)
    {
      progress_invalid (error, _("The saved progress should be at a step from 1 to %u"), self->steps->len);
      return NULL;
    }
  self->current = current - 1;

  for (guint i = 0; i < self->steps->len; i++)
    {
      if (!load_step (self, i, json_array_get_element (steps, i), lesson, error))
        return NULL;
    }

  return g_steal_pointer (&self);
}
