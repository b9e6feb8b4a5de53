/* ec-lesson.c
 *
 * Copyright 2026 The Electors authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "ec-file.h"
#include "ec-file-error.h"
#include "ec-format.h"
#include "ec-json-private.h"
#include "ec-lesson.h"
#include "ec-tally.h"

/* Lessons: the objects, and `.electors-lesson` files, which are read as
 * strictly as scenarios: anything wrong refuses the whole lesson, with a
 * message that names the step. */

#define LESSON_MAGIC "electors-lesson"
#define LESSONS_RESOURCE "/io/github/electors/Electors/lessons/"
/* A number question's answer and tolerance stay within this, so that they
 * print as plain numbers. */
#define MAX_NUMBER 1e12
#define MAX_DIFFER_UNITS 10

struct _EcLessonCondition
{
  gatomicrefcount     ref_count;
  EcConditionKind     kind;
  GPtrArray          *children;
  char               *candidate;
  GStrv               units;
  EcConditionOutcome  outcome;
  EcCompare           compare;
  guint               number;
};

struct _EcLessonQuestion
{
  gatomicrefcount    ref_count;
  EcQuestionKind     kind;
  char              *prompt;
  char              *hint;
  char              *explanation;

  GStrv              choices;
  GStrv              choice_feedback;
  guint              correct;

  double             answer;
  double             tolerance;
  char              *too_low;
  char              *too_high;

  /* The feedback for a right answer, for every kind but choices. */
  char              *right;
  char              *wrong;
  EcLessonCondition *condition;
};

struct _EcLessonStep
{
  gatomicrefcount   ref_count;
  char             *title;
  EcScenario       *scenario;

  /* Whether the file names a bundled election (and base) or preset rather
   * than holding the scenario inline. */
  gboolean          is_reference;
  int               year;
  EcScenarioBase    base;
  char             *preset;

  GStrv             paragraphs;
  GStrv             highlights;
  EcLessonQuestion *question;
};

struct _EcLesson
{
  GObject    parent_instance;

  char      *title;
  char      *audience;
  guint      minutes;
  GPtrArray *sources;
  GPtrArray *steps;

  /* Only while a bundled lesson is unchanged. */
  char      *bundled_id;
  char      *bundled_identity;
};

G_DEFINE_FINAL_TYPE (EcLesson, ec_lesson, G_TYPE_OBJECT)
G_DEFINE_BOXED_TYPE (EcLessonCondition, ec_lesson_condition, ec_lesson_condition_ref, ec_lesson_condition_unref)
G_DEFINE_BOXED_TYPE (EcLessonQuestion, ec_lesson_question, ec_lesson_question_ref, ec_lesson_question_unref)
G_DEFINE_BOXED_TYPE (EcLessonStep, ec_lesson_step, ec_lesson_step_ref, ec_lesson_step_unref)
G_DEFINE_QUARK (ec-lesson-error-quark, ec_lesson_error)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const char *bundled_ids[] = {
  "how-270-works",
  "faithless-electors",
  "maine-nebraska",
  "popular-vote-split",
  "contingent-election",
  "other-systems",
  NULL
};

/* Strings */

static gboolean
is_blank (const char *text)
{
  for (; *text != '\0'; text = g_utf8_next_char (text))
    {
      if (!g_unichar_isspace (g_utf8_get_char (text)))
        return FALSE;
    }

  return TRUE;
}

static gboolean
strv_equal0 (const char * const *a,
             const char * const *b)
{
  guint i;

  for (i = 0; a[i] != NULL && b[i] != NULL; i++)
    {
      if (!g_str_equal (a[i], b[i]))
        return FALSE;
    }

  return a[i] == NULL && b[i] == NULL;
}

static GStrv
strv_new_empty (void)
{
  return g_new0 (char *, 1);
}

/* Conditions */

static EcLessonCondition *
condition_new (EcConditionKind kind)
{
  EcLessonCondition *self = g_new0 (EcLessonCondition, 1);

  g_atomic_ref_count_init (&self->ref_count);
  self->kind = kind;
  self->units = strv_new_empty ();

  return self;
}

/**
 * ec_lesson_condition_ref:
 * @self: a #EcLessonCondition
 *
 * Returns: (transfer full): @self
 */
EcLessonCondition *
ec_lesson_condition_ref (EcLessonCondition *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);

  return self;
}

/**
 * ec_lesson_condition_unref:
 * @self: (transfer full): a #EcLessonCondition
 *
 * Drops a reference to @self.
 */
void
ec_lesson_condition_unref (EcLessonCondition *self)
{
  g_return_if_fail (self != NULL);

  if (g_atomic_ref_count_dec (&self->ref_count))
    {
      g_clear_pointer (&self->children, g_ptr_array_unref);
      g_free (self->candidate);
      g_strfreev (self->units);
      g_free (self);
    }
}

static const char *
outcome_to_string (EcConditionOutcome outcome)
{
  switch (outcome)
    {
    case EC_CONDITION_OUTCOME_MAJORITY:
      return "majority";
    case EC_CONDITION_OUTCOME_CONTINGENT:
      return "contingent";
    case EC_CONDITION_OUTCOME_TIE:
    default:
      return "tie";
    }
}

static const char *
compare_to_string (EcCompare compare)
{
  switch (compare)
    {
    case EC_COMPARE_EQUALS:
      return "equals";
    case EC_COMPARE_AT_LEAST:
      return "at_least";
    case EC_COMPARE_AT_MOST:
    default:
      return "at_most";
    }
}

static const char *
kind_to_string (EcConditionKind kind)
{
  switch (kind)
    {
    case EC_CONDITION_ALL:
      return "all";
    case EC_CONDITION_ANY:
      return "any";
    case EC_CONDITION_WINNER:
      return "winner";
    case EC_CONDITION_OUTCOME:
      return "outcome";
    case EC_CONDITION_ELECTORAL_VOTES:
      return "electoral_votes";
    case EC_CONDITION_UNITS_CHANGED:
      return "units_changed";
    case EC_CONDITION_FAITHLESS:
      return "faithless";
    case EC_CONDITION_UNIT_WINNER:
      return "unit_winner";
    case EC_CONDITION_UNITS_DIFFER:
      return "units_differ";
    case EC_CONDITION_SPLIT:
    default:
      return "split";
    }
}

static gboolean
kind_from_string (const char      *string,
                  EcConditionKind *kind)
{
  for (guint k = EC_CONDITION_ALL; k <= EC_CONDITION_SPLIT; k++)
    {
      if (g_str_equal (string, kind_to_string (k)))
        {
          *kind = k;
          return TRUE;
        }
    }

  return FALSE;
}

static void
add_compare (JsonBuilder       *builder,
             EcLessonCondition *self)
{
  json_builder_set_member_name (builder, compare_to_string (self->compare));
  json_builder_add_int_value (builder, self->number);
}

/**
 * ec_lesson_condition_to_json:
 * @self: a #EcLessonCondition
 *
 * Returns: (transfer full): the condition as it is written in a lesson file
 */
JsonNode *
ec_lesson_condition_to_json (EcLessonCondition *self)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  g_return_val_if_fail (self != NULL, NULL);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, kind_to_string (self->kind));

  switch (self->kind)
    {
    case EC_CONDITION_ALL:
    case EC_CONDITION_ANY:
      json_builder_begin_array (builder);
      for (guint i = 0; i < self->children->len; i++)
        json_builder_add_value (builder, ec_lesson_condition_to_json (g_ptr_array_index (self->children, i)));
      json_builder_end_array (builder);
      break;

    case EC_CONDITION_WINNER:
      json_builder_add_string_value (builder, self->candidate);
      break;

    case EC_CONDITION_OUTCOME:
      json_builder_add_string_value (builder, outcome_to_string (self->outcome));
      break;

    case EC_CONDITION_ELECTORAL_VOTES:
      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "candidate");
      json_builder_add_string_value (builder, self->candidate);
      add_compare (builder, self);
      json_builder_end_object (builder);
      break;

    case EC_CONDITION_UNITS_CHANGED:
    case EC_CONDITION_FAITHLESS:
      json_builder_begin_object (builder);
      add_compare (builder, self);
      json_builder_end_object (builder);
      break;

    case EC_CONDITION_UNIT_WINNER:
      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "unit");
      json_builder_add_string_value (builder, self->units[0]);
      json_builder_set_member_name (builder, "candidate");
      json_builder_add_string_value (builder, self->candidate);
      json_builder_end_object (builder);
      break;

    case EC_CONDITION_UNITS_DIFFER:
      json_builder_begin_array (builder);
      for (guint i = 0; self->units[i] != NULL; i++)
        json_builder_add_string_value (builder, self->units[i]);
      json_builder_end_array (builder);
      break;

    case EC_CONDITION_SPLIT:
    default:
      json_builder_add_string_value (builder, self->units[0]);
      break;
    }

  json_builder_end_object (builder);

  return json_builder_get_root (builder);
}

/**
 * ec_lesson_condition_equal:
 * @a: a #EcLessonCondition
 * @b: another
 *
 * Returns: whether @a and @b check the same thing
 */
gboolean
ec_lesson_condition_equal (EcLessonCondition *a,
                           EcLessonCondition *b)
{
  g_return_val_if_fail (a != NULL && b != NULL, FALSE);

  if (a->kind != b->kind || g_strcmp0 (a->candidate, b->candidate) != 0 ||
      !strv_equal0 ((const char * const *)a->units, (const char * const *)b->units) ||
      a->outcome != b->outcome || a->compare != b->compare || a->number != b->number ||
      (a->children == NULL) != (b->children == NULL))
    return FALSE;

  if (a->children != NULL)
    {
      if (a->children->len != b->children->len)
        return FALSE;
      for (guint i = 0; i < a->children->len; i++)
        {
          if (!ec_lesson_condition_equal (g_ptr_array_index (a->children, i),
                                          g_ptr_array_index (b->children, i)))
            return FALSE;
        }
    }

  return TRUE;
}

/**
 * ec_lesson_condition_get_kind:
 * @self: a #EcLessonCondition
 *
 * Returns: what the condition checks
 */
EcConditionKind
ec_lesson_condition_get_kind (EcLessonCondition *self)
{
  g_return_val_if_fail (self != NULL, EC_CONDITION_ALL);

  return self->kind;
}

/**
 * ec_lesson_condition_get_n_children:
 * @self: a #EcLessonCondition
 *
 * Returns: the number of sub-conditions of "all" and "any", else 0
 */
guint
ec_lesson_condition_get_n_children (EcLessonCondition *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->children != NULL ? self->children->len : 0;
}

/**
 * ec_lesson_condition_get_child:
 * @self: a #EcLessonCondition
 * @position: which sub-condition
 *
 * Returns: (transfer none): the sub-condition at @position
 */
EcLessonCondition *
ec_lesson_condition_get_child (EcLessonCondition *self,
                               guint              position)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (position < ec_lesson_condition_get_n_children (self), NULL);

  return g_ptr_array_index (self->children, position);
}

/**
 * ec_lesson_condition_get_candidate:
 * @self: a #EcLessonCondition
 *
 * Returns: (nullable): the candidate reference of "winner", "electoral_votes"
 *   and "unit_winner": an id, a role or %EC_CANDIDATE_NOBODY
 */
const char *
ec_lesson_condition_get_candidate (EcLessonCondition *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->candidate;
}

/**
 * ec_lesson_condition_get_units:
 * @self: a #EcLessonCondition
 *
 * Returns: (transfer none): the unit ids the condition names, possibly none
 */
const char * const *
ec_lesson_condition_get_units (EcLessonCondition *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return (const char * const *)self->units;
}

/**
 * ec_lesson_condition_get_outcome:
 * @self: a #EcLessonCondition
 *
 * Returns: the outcome an "outcome" condition asks for
 */
EcConditionOutcome
ec_lesson_condition_get_outcome (EcLessonCondition *self)
{
  g_return_val_if_fail (self != NULL, EC_CONDITION_OUTCOME_MAJORITY);

  return self->outcome;
}

/**
 * ec_lesson_condition_get_compare:
 * @self: a #EcLessonCondition
 *
 * Returns: how a count is compared with ec_lesson_condition_get_number()
 */
EcCompare
ec_lesson_condition_get_compare (EcLessonCondition *self)
{
  g_return_val_if_fail (self != NULL, EC_COMPARE_EQUALS);

  return self->compare;
}

/**
 * ec_lesson_condition_get_number:
 * @self: a #EcLessonCondition
 *
 * Returns: the number a count is compared with
 */
guint
ec_lesson_condition_get_number (EcLessonCondition *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->number;
}

/* The candidates with the most and second most electoral votes in the real
 * result, as cast. */
static EcCandidate *
real_candidate (EcScenario *scenario,
                guint       position)
{
  EcElection *election = ec_scenario_get_election (scenario);
  g_autoptr(EcScenario) real = NULL;
  g_autoptr(EcTally) tally = NULL;
  EcCandidate *candidate;

  if (ec_election_is_blank (election))
    return NULL;

  real = ec_scenario_new (election, EC_SCENARIO_AS_CAST);
  tally = ec_tally_new (real);
  if (position >= ec_tally_get_n_candidates (tally))
    return NULL;

  candidate = ec_tally_get_candidate (tally, position);
  if (ec_tally_get_electoral_votes (tally, candidate) == 0)
    return NULL;

  /* The same candidate, as @scenario holds it. */
  return ec_scenario_get_candidate (scenario, ec_candidate_get_id (candidate));
}

/**
 * ec_lesson_condition_resolve_candidate:
 * @reference: a candidate's id or a role such as
 *   %EC_CANDIDATE_ROLE_REAL_WINNER
 * @scenario: the scenario the condition is checked on
 *
 * Returns: (transfer none) (nullable): the candidate of @scenario that
 *   @reference names, or %NULL for %EC_CANDIDATE_NOBODY or an unknown id
 */
EcCandidate *
ec_lesson_condition_resolve_candidate (const char *reference,
                                       EcScenario *scenario)
{
  g_return_val_if_fail (reference != NULL, NULL);
  g_return_val_if_fail (EC_IS_SCENARIO (scenario), NULL);

  if (g_str_equal (reference, EC_CANDIDATE_ROLE_REAL_WINNER))
    return real_candidate (scenario, 0);
  if (g_str_equal (reference, EC_CANDIDATE_ROLE_REAL_RUNNER_UP))
    return real_candidate (scenario, 1);
  if (g_str_equal (reference, EC_CANDIDATE_NOBODY))
    return NULL;

  return ec_scenario_get_candidate (scenario, reference);
}

#define condition_invalid(error, ...) \
  ec_fail (error, EC_LESSON_ERROR, EC_LESSON_ERROR_INVALID, __VA_ARGS__)

static gboolean
parse_candidate (JsonNode    *node,
                 EcScenario  *scenario,
                 gboolean     nobody_allowed,
                 char       **candidate,
                 GError     **error)
{
  const char *id;

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return condition_invalid (error, _("a candidate should be given as an id, “real-winner” or “real-runner-up”"));

  id = json_node_get_string (node);
  if (nobody_allowed && g_str_equal (id, EC_CANDIDATE_NOBODY))
    {
      *candidate = g_strdup (id);
      return TRUE;
    }

  if ((g_str_equal (id, EC_CANDIDATE_ROLE_REAL_WINNER) || g_str_equal (id, EC_CANDIDATE_ROLE_REAL_RUNNER_UP)) &&
      ec_election_is_blank (ec_scenario_get_election (scenario)))
    return condition_invalid (error, _("“%s” needs a real election, and this map is blank"), id);

  if (ec_lesson_condition_resolve_candidate (id, scenario) == NULL)
    return condition_invalid (error, _("“%s” is not a candidate on this map"), id);

  *candidate = g_strdup (id);

  return TRUE;
}

static gboolean
parse_compare (JsonObject        *object,
               EcLessonCondition *self,
               guint              max,
               GError           **error)
{
  static const EcCompare compares[] = { EC_COMPARE_EQUALS, EC_COMPARE_AT_LEAST, EC_COMPARE_AT_MOST };
  guint found = 0;

  for (guint i = 0; i < G_N_ELEMENTS (compares); i++)
    {
      const char *name = compare_to_string (compares[i]);
      gint64 number;

      if (!json_object_has_member (object, name))
        continue;

      if (!ec_json_get_count (object, name, &number) || number > max)
        return condition_invalid (error, _("“%s” in “%s” should be a whole number from 0 to %u"),
                                  name, kind_to_string (self->kind), max);
      self->compare = compares[i];
      self->number = number;
      found++;
    }

  if (found != 1)
    return condition_invalid (error, _("“%s” needs exactly one of “equals”, “at_least” or “at_most”"),
                              kind_to_string (self->kind));

  return TRUE;
}

static gboolean
check_members (JsonObject          *object,
               const char * const  *allowed,
               const char          *where,
               GError             **error)
{
  JsonObjectIter iter;
  const char *member;
  JsonNode *node;

  json_object_iter_init (&iter, object);
  while (json_object_iter_next (&iter, &member, &node))
    {
      if (!g_strv_contains (allowed, member))
        return condition_invalid (error, _("“%s” is not something %s can have"), member, where);
    }

  return TRUE;
}

static gboolean
check_unit (EcScenario  *scenario,
            const char  *unit_id,
            GError     **error)
{
  g_autoptr(GError) local_error = NULL;

  if (ec_election_lookup_unit (ec_scenario_get_election (scenario), unit_id, &local_error) == NULL)
    return condition_invalid (error, "%s", local_error->message);

  return TRUE;
}

static EcLessonCondition *
parse_condition (JsonNode    *node,
                 EcScenario  *scenario,
                 guint        depth,
                 guint       *count,
                 GError     **error)
{
  g_autoptr(EcLessonCondition) self = NULL;
  EcConditionKind kind;
  JsonObject *object;
  JsonObjectIter iter;
  const char *name;
  JsonNode *value;

  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    {
      condition_invalid (error, _("a condition should be an object such as {\"winner\": \"real-runner-up\"}"));
      return NULL;
    }

  if (++(*count) > EC_LESSON_MAX_CONDITIONS)
    {
      condition_invalid (error, _("the condition combines more than %d conditions"), EC_LESSON_MAX_CONDITIONS);
      return NULL;
    }

  if (depth > EC_LESSON_MAX_CONDITION_DEPTH)
    {
      condition_invalid (error, _("the condition nests “all” and “any” more than %d deep"),
                         EC_LESSON_MAX_CONDITION_DEPTH);
      return NULL;
    }

  object = json_node_get_object (node);
  if (json_object_get_size (object) != 1)
    {
      condition_invalid (error, _("each condition should have exactly one member, such as “winner” or “all”"));
      return NULL;
    }

  json_object_iter_init (&iter, object);
  json_object_iter_next (&iter, &name, &value);

  if (!kind_from_string (name, &kind))
    {
      condition_invalid (error, _("“%s” is not a condition Electors knows"), name);
      return NULL;
    }

  self = condition_new (kind);

  switch (kind)
    {
    case EC_CONDITION_ALL:
    case EC_CONDITION_ANY:
      {
        JsonArray *array = JSON_NODE_HOLDS_ARRAY (value) ? json_node_get_array (value) : NULL;

        if (array == NULL || json_array_get_length (array) == 0)
          {
            condition_invalid (error, _("“%s” should be a list of conditions"), name);
            return NULL;
          }

        self->children = g_ptr_array_new_with_free_func ((GDestroyNotify)ec_lesson_condition_unref);
        for (guint i = 0; i < json_array_get_length (array); i++)
          {
            EcLessonCondition *child = parse_condition (json_array_get_element (array, i), scenario,
                                                        depth + 1, count, error);

            if (child == NULL)
              return NULL;
            g_ptr_array_add (self->children, child);
          }
      }
      break;

    case EC_CONDITION_WINNER:
      if (!parse_candidate (value, scenario, TRUE, &self->candidate, error))
        return NULL;
      break;

    case EC_CONDITION_OUTCOME:
      {
        const char *outcome = JSON_NODE_HOLDS_VALUE (value) && json_node_get_value_type (value) == G_TYPE_STRING
                              ? json_node_get_string (value) : "";

        if (g_str_equal (outcome, "majority"))
          self->outcome = EC_CONDITION_OUTCOME_MAJORITY;
        else if (g_str_equal (outcome, "contingent"))
          self->outcome = EC_CONDITION_OUTCOME_CONTINGENT;
        else if (g_str_equal (outcome, "tie"))
          self->outcome = EC_CONDITION_OUTCOME_TIE;
        else
          {
            condition_invalid (error, _("“outcome” should be “majority”, “contingent” or “tie”"));
            return NULL;
          }
      }
      break;

    case EC_CONDITION_ELECTORAL_VOTES:
    case EC_CONDITION_UNITS_CHANGED:
    case EC_CONDITION_FAITHLESS:
      {
        static const char * const with_candidate[] = { "candidate", "equals", "at_least", "at_most", NULL };
        const char * const *allowed = kind == EC_CONDITION_ELECTORAL_VOTES ? with_candidate : with_candidate + 1;
        guint max = kind == EC_CONDITION_UNITS_CHANGED
                    ? ec_election_get_all_units (ec_scenario_get_election (scenario))->len
                    : EC_ELECTORS_TOTAL;
        JsonObject *inner = JSON_NODE_HOLDS_OBJECT (value) ? json_node_get_object (value) : NULL;

        if (inner == NULL)
          {
            condition_invalid (error, _("“%s” should be an object such as {\"at_most\": 3}"), name);
            return NULL;
          }
        if (!check_members (inner, allowed, name, error))
          return NULL;
        if (kind == EC_CONDITION_ELECTORAL_VOTES &&
            !parse_candidate (json_object_get_member (inner, "candidate"), scenario, FALSE, &self->candidate, error))
          return NULL;
        if (!parse_compare (inner, self, max, error))
          return NULL;
      }
      break;

    case EC_CONDITION_UNIT_WINNER:
      {
        static const char * const allowed[] = { "unit", "candidate", NULL };
        JsonObject *inner = JSON_NODE_HOLDS_OBJECT (value) ? json_node_get_object (value) : NULL;
        const char *unit_id = inner != NULL ? ec_json_get_string (inner, "unit") : NULL;

        if (unit_id == NULL)
          {
            condition_invalid (error, _("“unit_winner” should name a “unit” and a “candidate”"));
            return NULL;
          }
        if (!check_members (inner, allowed, name, error) ||
            !check_unit (scenario, unit_id, error) ||
            !parse_candidate (json_object_get_member (inner, "candidate"), scenario, FALSE, &self->candidate, error))
          return NULL;
        g_strfreev (self->units);
        self->units = g_new0 (char *, 2);
        self->units[0] = g_strdup (unit_id);
      }
      break;

    case EC_CONDITION_UNITS_DIFFER:
      {
        JsonArray *array = JSON_NODE_HOLDS_ARRAY (value) ? json_node_get_array (value) : NULL;
        guint n = array != NULL ? json_array_get_length (array) : 0;

        if (n < 2 || n > MAX_DIFFER_UNITS)
          {
            condition_invalid (error, _("“units_differ” should list from 2 to %d units"), MAX_DIFFER_UNITS);
            return NULL;
          }

        g_strfreev (self->units);
        self->units = g_new0 (char *, n + 1);
        for (guint i = 0; i < n; i++)
          {
            JsonNode *element = json_array_get_element (array, i);

            if (!JSON_NODE_HOLDS_VALUE (element) || json_node_get_value_type (element) != G_TYPE_STRING)
              {
                condition_invalid (error, _("“units_differ” should list unit ids such as “ME-1”"));
                return NULL;
              }
            if (!check_unit (scenario, json_node_get_string (element), error))
              return NULL;
            if (g_strv_contains ((const char * const *)self->units, json_node_get_string (element)))
              {
                condition_invalid (error, _("“units_differ” names %s twice"), json_node_get_string (element));
                return NULL;
              }
            self->units[i] = g_strdup (json_node_get_string (element));
          }
      }
      break;

    case EC_CONDITION_SPLIT:
    default:
      {
        const char *state_id = JSON_NODE_HOLDS_VALUE (value) && json_node_get_value_type (value) == G_TYPE_STRING
                               ? json_node_get_string (value) : NULL;
        EcUnit *unit = state_id != NULL ? ec_election_get_unit (ec_scenario_get_election (scenario), state_id) : NULL;

        if (unit == NULL || ec_unit_get_kind (unit) != EC_UNIT_STATE || ec_unit_get_districts (unit)->len == 0)
          {
            condition_invalid (error, _("“split” should name a state that can be split by district, such as “ME” or “NE”"));
            return NULL;
          }
        g_strfreev (self->units);
        self->units = g_new0 (char *, 2);
        self->units[0] = g_strdup (state_id);
      }
      break;
    }

  return g_steal_pointer (&self);
}

/**
 * ec_lesson_condition_new_from_json:
 * @node: a condition as it is written in a lesson file
 * @scenario: the scenario it will be checked on
 * @error: return location for a #GError
 *
 * Reads a map task's condition, checking the candidates and units it names
 * against @scenario.
 *
 * Returns: (transfer full) (nullable): the condition, or %NULL with @error set
 */
EcLessonCondition *
ec_lesson_condition_new_from_json (JsonNode    *node,
                                   EcScenario  *scenario,
                                   GError     **error)
{
  guint count = 0;

  g_return_val_if_fail (EC_IS_SCENARIO (scenario), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return parse_condition (node, scenario, 0, &count, error);
}

/* Questions */

static EcLessonQuestion *
question_new (EcQuestionKind  kind,
              const char     *prompt)
{
  EcLessonQuestion *self = g_new0 (EcLessonQuestion, 1);

  g_atomic_ref_count_init (&self->ref_count);
  self->kind = kind;
  self->prompt = g_strdup (prompt);
  self->hint = g_strdup ("");
  self->explanation = g_strdup ("");
  self->choices = strv_new_empty ();
  self->choice_feedback = strv_new_empty ();
  self->too_low = g_strdup ("");
  self->too_high = g_strdup ("");
  self->right = g_strdup ("");
  self->wrong = g_strdup ("");

  return self;
}

/**
 * ec_lesson_question_new_choice:
 * @prompt: the question
 * @choices: the choices, %NULL-terminated
 * @feedback: (nullable): what to say for each choice, as many as @choices
 * @correct: the position of the right choice
 *
 * Returns: (transfer full): a multiple-choice question
 */
EcLessonQuestion *
ec_lesson_question_new_choice (const char         *prompt,
                               const char * const *choices,
                               const char * const *feedback,
                               guint               correct)
{
  EcLessonQuestion *self;
  guint n;

  g_return_val_if_fail (prompt != NULL, NULL);
  g_return_val_if_fail (choices != NULL, NULL);

  n = g_strv_length ((GStrv)choices);
  g_return_val_if_fail (correct < n, NULL);
  g_return_val_if_fail (feedback == NULL || g_strv_length ((GStrv)feedback) == n, NULL);

  self = question_new (EC_QUESTION_CHOICE, prompt);
  g_strfreev (self->choices);
  self->choices = g_strdupv ((GStrv)choices);
  g_strfreev (self->choice_feedback);
  self->choice_feedback = g_new0 (char *, n + 1);
  for (guint i = 0; i < n; i++)
    self->choice_feedback[i] = g_strdup (feedback != NULL ? feedback[i] : "");
  self->correct = correct;

  return self;
}

/**
 * ec_lesson_question_new_number:
 * @prompt: the question
 * @answer: the right number
 * @tolerance: how far from @answer is still right
 * @right: (nullable): what to say when the answer is right
 * @too_low: (nullable): what to say when it is too low
 * @too_high: (nullable): what to say when it is too high
 *
 * Returns: (transfer full): a question answered by a number
 */
EcLessonQuestion *
ec_lesson_question_new_number (const char *prompt,
                               double      answer,
                               double      tolerance,
                               const char *right,
                               const char *too_low,
                               const char *too_high)
{
  EcLessonQuestion *self;

  g_return_val_if_fail (prompt != NULL, NULL);
  g_return_val_if_fail (isfinite (answer) && isfinite (tolerance) && tolerance >= 0, NULL);

  self = question_new (EC_QUESTION_NUMBER, prompt);
  self->answer = answer;
  self->tolerance = tolerance;
  g_free (self->right);
  self->right = g_strdup (right != NULL ? right : "");
  g_free (self->too_low);
  self->too_low = g_strdup (too_low != NULL ? too_low : "");
  g_free (self->too_high);
  self->too_high = g_strdup (too_high != NULL ? too_high : "");

  return self;
}

/**
 * ec_lesson_question_new_map:
 * @prompt: the task
 * @condition: what the student's map must satisfy
 * @right: (nullable): what to say when it does
 * @wrong: (nullable): what to say when it does not, before the check's own
 *   sentences
 *
 * Returns: (transfer full): a map task
 */
EcLessonQuestion *
ec_lesson_question_new_map (const char        *prompt,
                            EcLessonCondition *condition,
                            const char        *right,
                            const char        *wrong)
{
  EcLessonQuestion *self;

  g_return_val_if_fail (prompt != NULL, NULL);
  g_return_val_if_fail (condition != NULL, NULL);

  self = question_new (EC_QUESTION_MAP, prompt);
  self->condition = ec_lesson_condition_ref (condition);
  g_free (self->right);
  self->right = g_strdup (right != NULL ? right : "");
  g_free (self->wrong);
  self->wrong = g_strdup (wrong != NULL ? wrong : "");

  return self;
}

/**
 * ec_lesson_question_ref:
 * @self: a #EcLessonQuestion
 *
 * Returns: (transfer full): @self
 */
EcLessonQuestion *
ec_lesson_question_ref (EcLessonQuestion *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);

  return self;
}

/**
 * ec_lesson_question_unref:
 * @self: (transfer full): a #EcLessonQuestion
 *
 * Drops a reference to @self.
 */
void
ec_lesson_question_unref (EcLessonQuestion *self)
{
  g_return_if_fail (self != NULL);

  if (g_atomic_ref_count_dec (&self->ref_count))
    {
      g_free (self->prompt);
      g_free (self->hint);
      g_free (self->explanation);
      g_strfreev (self->choices);
      g_strfreev (self->choice_feedback);
      g_free (self->too_low);
      g_free (self->too_high);
      g_free (self->right);
      g_free (self->wrong);
      g_clear_pointer (&self->condition, ec_lesson_condition_unref);
      g_free (self);
    }
}

/**
 * ec_lesson_question_copy:
 * @self: a #EcLessonQuestion
 *
 * Returns: (transfer full): a question equal to @self that can be changed
 *   on its own
 */
EcLessonQuestion *
ec_lesson_question_copy (EcLessonQuestion *self)
{
  EcLessonQuestion *copy;

  g_return_val_if_fail (self != NULL, NULL);

  copy = question_new (self->kind, self->prompt);
  g_free (copy->hint);
  copy->hint = g_strdup (self->hint);
  g_free (copy->explanation);
  copy->explanation = g_strdup (self->explanation);
  g_strfreev (copy->choices);
  copy->choices = g_strdupv (self->choices);
  g_strfreev (copy->choice_feedback);
  copy->choice_feedback = g_strdupv (self->choice_feedback);
  copy->correct = self->correct;
  copy->answer = self->answer;
  copy->tolerance = self->tolerance;
  g_free (copy->too_low);
  copy->too_low = g_strdup (self->too_low);
  g_free (copy->too_high);
  copy->too_high = g_strdup (self->too_high);
  g_free (copy->right);
  copy->right = g_strdup (self->right);
  g_free (copy->wrong);
  copy->wrong = g_strdup (self->wrong);
  /* Conditions never change, so they are shared. */
  if (self->condition != NULL)
    copy->condition = ec_lesson_condition_ref (self->condition);

  return copy;
}

/**
 * ec_lesson_question_equal:
 * @a: a #EcLessonQuestion
 * @b: another
 *
 * Returns: whether @a and @b ask the same and say the same
 */
gboolean
ec_lesson_question_equal (EcLessonQuestion *a,
                          EcLessonQuestion *b)
{
  g_return_val_if_fail (a != NULL && b != NULL, FALSE);

  return a->kind == b->kind &&
         g_str_equal (a->prompt, b->prompt) &&
         g_str_equal (a->hint, b->hint) &&
         g_str_equal (a->explanation, b->explanation) &&
         strv_equal0 ((const char * const *)a->choices, (const char * const *)b->choices) &&
         strv_equal0 ((const char * const *)a->choice_feedback, (const char * const *)b->choice_feedback) &&
         a->correct == b->correct &&
         a->answer == b->answer &&
         a->tolerance == b->tolerance &&
         g_str_equal (a->too_low, b->too_low) &&
         g_str_equal (a->too_high, b->too_high) &&
         g_str_equal (a->right, b->right) &&
         g_str_equal (a->wrong, b->wrong) &&
         (a->condition == NULL) == (b->condition == NULL) &&
         (a->condition == NULL || ec_lesson_condition_equal (a->condition, b->condition));
}

/**
 * ec_lesson_question_get_kind:
 * @self: a #EcLessonQuestion
 *
 * Returns: the kind of question
 */
EcQuestionKind
ec_lesson_question_get_kind (EcLessonQuestion *self)
{
  g_return_val_if_fail (self != NULL, EC_QUESTION_CHOICE);

  return self->kind;
}

/**
 * ec_lesson_question_get_prompt:
 * @self: a #EcLessonQuestion
 *
 * Returns: the question, or the task, as the student reads it
 */
const char *
ec_lesson_question_get_prompt (EcLessonQuestion *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->prompt;
}

/**
 * ec_lesson_question_get_hint:
 * @self: a #EcLessonQuestion
 *
 * Returns: the hint, or "" for none
 */
const char *
ec_lesson_question_get_hint (EcLessonQuestion *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->hint;
}

/**
 * ec_lesson_question_set_hint:
 * @self: a #EcLessonQuestion that no step owns yet
 * @hint: (nullable): the hint, or %NULL for none
 *
 * Sets the hint shown when the student asks for one.
 */
void
ec_lesson_question_set_hint (EcLessonQuestion *self,
                             const char       *hint)
{
  g_return_if_fail (self != NULL);

  g_free (self->hint);
  self->hint = g_strdup (hint != NULL ? hint : "");
}

/**
 * ec_lesson_question_get_explanation:
 * @self: a #EcLessonQuestion
 *
 * Returns: what to show with the answer when it is revealed, or ""
 */
const char *
ec_lesson_question_get_explanation (EcLessonQuestion *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->explanation;
}

/**
 * ec_lesson_question_set_explanation:
 * @self: a #EcLessonQuestion that no step owns yet
 * @explanation: (nullable): the explanation, or %NULL for none
 *
 * Sets what is shown with the answer when it is revealed.
 */
void
ec_lesson_question_set_explanation (EcLessonQuestion *self,
                                    const char       *explanation)
{
  g_return_if_fail (self != NULL);

  g_free (self->explanation);
  self->explanation = g_strdup (explanation != NULL ? explanation : "");
}

/**
 * ec_lesson_question_get_n_choices:
 * @self: a #EcLessonQuestion
 *
 * Returns: the number of choices; 0 unless it is a multiple-choice question
 */
guint
ec_lesson_question_get_n_choices (EcLessonQuestion *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return g_strv_length (self->choices);
}

/**
 * ec_lesson_question_get_choice:
 * @self: a #EcLessonQuestion
 * @position: which choice
 *
 * Returns: the text of the choice
 */
const char *
ec_lesson_question_get_choice (EcLessonQuestion *self,
                               guint             position)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (position < ec_lesson_question_get_n_choices (self), NULL);

  return self->choices[position];
}

/**
 * ec_lesson_question_get_choice_feedback:
 * @self: a #EcLessonQuestion
 * @position: which choice
 *
 * Returns: what to say when the student picks that choice, or ""
 */
const char *
ec_lesson_question_get_choice_feedback (EcLessonQuestion *self,
                                        guint             position)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (position < ec_lesson_question_get_n_choices (self), NULL);

  return self->choice_feedback[position];
}

/**
 * ec_lesson_question_get_correct:
 * @self: a #EcLessonQuestion
 *
 * Returns: the position of the right choice
 */
guint
ec_lesson_question_get_correct (EcLessonQuestion *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->correct;
}

/**
 * ec_lesson_question_get_answer:
 * @self: a #EcLessonQuestion
 *
 * Returns: the right number of a number question
 */
double
ec_lesson_question_get_answer (EcLessonQuestion *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->answer;
}

/**
 * ec_lesson_question_get_tolerance:
 * @self: a #EcLessonQuestion
 *
 * Returns: how far from the answer a number is still right
 */
double
ec_lesson_question_get_tolerance (EcLessonQuestion *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->tolerance;
}

/**
 * ec_lesson_question_check_number:
 * @self: a number question
 * @value: the student's number
 *
 * Returns: whether @value is right, too low or too high
 */
EcNumberVerdict
ec_lesson_question_check_number (EcLessonQuestion *self,
                                 double            value)
{
  g_return_val_if_fail (self != NULL, EC_NUMBER_TOO_LOW);

  if (isnan (value) || value < self->answer - self->tolerance)
    return EC_NUMBER_TOO_LOW;
  if (value > self->answer + self->tolerance)
    return EC_NUMBER_TOO_HIGH;

  return EC_NUMBER_RIGHT;
}

/**
 * ec_lesson_question_get_number_feedback:
 * @self: a number question
 * @verdict: what ec_lesson_question_check_number() said
 *
 * Returns: what to say, or "" when the lesson says nothing
 */
const char *
ec_lesson_question_get_number_feedback (EcLessonQuestion *self,
                                        EcNumberVerdict   verdict)
{
  g_return_val_if_fail (self != NULL, NULL);

  switch (verdict)
    {
    case EC_NUMBER_RIGHT:
      return self->right;
    case EC_NUMBER_TOO_LOW:
      return self->too_low;
    case EC_NUMBER_TOO_HIGH:
    default:
      return self->too_high;
    }
}

/**
 * ec_lesson_question_get_condition:
 * @self: a #EcLessonQuestion
 *
 * Returns: (transfer none) (nullable): a map task's condition
 */
EcLessonCondition *
ec_lesson_question_get_condition (EcLessonQuestion *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->condition;
}

/**
 * ec_lesson_question_get_map_feedback:
 * @self: a map task
 * @right: whether the map passed
 *
 * Returns: what the lesson says, or ""
 */
const char *
ec_lesson_question_get_map_feedback (EcLessonQuestion *self,
                                     gboolean          right)
{
  g_return_val_if_fail (self != NULL, NULL);

  return right ? self->right : self->wrong;
}

static char *
format_number (double value)
{
  /* Whole numbers, as most answers are, print as the app prints counts. */
  if (value == floor (value) && fabs (value) < 1e15)
    return ec_format_count ((gint64)value);

  return g_strdup_printf ("%'g", value);
}

/**
 * ec_lesson_question_dup_answer_text:
 * @self: a #EcLessonQuestion
 *
 * The right answer in words, for "Show the answer" and the report.
 *
 * Returns: (transfer full): the right choice, the number (with its
 *   tolerance), or a map task's explanation
 */
char *
ec_lesson_question_dup_answer_text (EcLessonQuestion *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  switch (self->kind)
    {
    case EC_QUESTION_CHOICE:
      return g_strdup (self->choices[self->correct]);

    case EC_QUESTION_NUMBER:
      {
        g_autofree char *answer = format_number (self->answer);

        if (self->tolerance > 0)
          {
            g_autofree char *tolerance = format_number (self->tolerance);

            /* Translators: a number and how far from it an answer may be, e.g. "270 (± 5)" */
            return g_strdup_printf (_("%s (± %s)"), answer, tolerance);
          }
        return g_steal_pointer (&answer);
      }

    case EC_QUESTION_MAP:
    default:
      if (*self->explanation != '\0')
        return g_strdup (self->explanation);
      return g_strdup (self->prompt);
    }
}

/* Steps */

static EcLessonStep *
step_new_empty (void)
{
  EcLessonStep *self = g_new0 (EcLessonStep, 1);

  g_atomic_ref_count_init (&self->ref_count);
  self->title = g_strdup ("");
  self->paragraphs = strv_new_empty ();
  self->highlights = strv_new_empty ();

  return self;
}

/**
 * ec_lesson_step_new:
 * @scenario: the map the step starts from
 *
 * Returns: (transfer full): a step with a copy of @scenario, no text and no
 *   question
 */
EcLessonStep *
ec_lesson_step_new (EcScenario *scenario)
{
  EcLessonStep *self;

  g_return_val_if_fail (EC_IS_SCENARIO (scenario), NULL);

  self = step_new_empty ();
  self->scenario = ec_scenario_copy (scenario);

  return self;
}

/**
 * ec_lesson_step_ref:
 * @self: a #EcLessonStep
 *
 * Returns: (transfer full): @self
 */
EcLessonStep *
ec_lesson_step_ref (EcLessonStep *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);

  return self;
}

/**
 * ec_lesson_step_unref:
 * @self: (transfer full): a #EcLessonStep
 *
 * Drops a reference to @self.
 */
void
ec_lesson_step_unref (EcLessonStep *self)
{
  g_return_if_fail (self != NULL);

  if (g_atomic_ref_count_dec (&self->ref_count))
    {
      g_free (self->title);
      g_clear_object (&self->scenario);
      g_free (self->preset);
      g_strfreev (self->paragraphs);
      g_strfreev (self->highlights);
      g_clear_pointer (&self->question, ec_lesson_question_unref);
      g_free (self);
    }
}

/**
 * ec_lesson_step_copy:
 * @self: a #EcLessonStep
 *
 * Returns: (transfer full): a step equal to @self
 */
EcLessonStep *
ec_lesson_step_copy (EcLessonStep *self)
{
  EcLessonStep *copy;

  g_return_val_if_fail (self != NULL, NULL);

  copy = step_new_empty ();
  g_free (copy->title);
  copy->title = g_strdup (self->title);
  copy->scenario = ec_scenario_copy (self->scenario);
  copy->is_reference = self->is_reference;
  copy->year = self->year;
  copy->base = self->base;
  copy->preset = g_strdup (self->preset);
  g_strfreev (copy->paragraphs);
  copy->paragraphs = g_strdupv (self->paragraphs);
  g_strfreev (copy->highlights);
  copy->highlights = g_strdupv (self->highlights);
  if (self->question != NULL)
    copy->question = ec_lesson_question_copy (self->question);

  return copy;
}

/**
 * ec_lesson_step_equal:
 * @a: a #EcLessonStep
 * @b: another
 *
 * Returns: whether @a and @b show, say and ask the same
 */
gboolean
ec_lesson_step_equal (EcLessonStep *a,
                      EcLessonStep *b)
{
  g_return_val_if_fail (a != NULL && b != NULL, FALSE);

  return g_str_equal (a->title, b->title) &&
         a->is_reference == b->is_reference &&
         (!a->is_reference || (a->year == b->year && a->base == b->base &&
                               g_strcmp0 (a->preset, b->preset) == 0)) &&
         ec_scenario_equal (a->scenario, b->scenario) &&
         strv_equal0 ((const char * const *)a->paragraphs, (const char * const *)b->paragraphs) &&
         strv_equal0 ((const char * const *)a->highlights, (const char * const *)b->highlights) &&
         (a->question == NULL) == (b->question == NULL) &&
         (a->question == NULL || ec_lesson_question_equal (a->question, b->question));
}

/**
 * ec_lesson_step_get_title:
 * @self: a #EcLessonStep
 *
 * Returns: the step's heading, or "" for none
 */
const char *
ec_lesson_step_get_title (EcLessonStep *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->title;
}

/**
 * ec_lesson_step_get_scenario:
 * @self: a #EcLessonStep
 *
 * Returns: (transfer none): the map the step starts from; never change it
 */
EcScenario *
ec_lesson_step_get_scenario (EcLessonStep *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->scenario;
}

/**
 * ec_lesson_step_dup_scenario:
 * @self: a #EcLessonStep
 *
 * Returns: (transfer full): a copy of the starting map, for the student
 */
EcScenario *
ec_lesson_step_dup_scenario (EcLessonStep *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return ec_scenario_copy (self->scenario);
}

/**
 * ec_lesson_step_get_scenario_reference:
 * @self: a #EcLessonStep
 * @year: (out) (optional): the election's year, or 0 for a blank map
 * @base: (out) (optional): the base of the scenario
 * @preset: (out) (optional) (transfer none) (nullable): the ready-made
 *   scenario, if the file names one
 *
 * Returns: %TRUE when the file names a bundled election or preset rather
 *   than holding the scenario inline
 */
gboolean
ec_lesson_step_get_scenario_reference (EcLessonStep    *self,
                                       int             *year,
                                       EcScenarioBase  *base,
                                       const char     **preset)
{
  g_return_val_if_fail (self != NULL, FALSE);

  if (year != NULL)
    *year = self->year;
  if (base != NULL)
    *base = self->base;
  if (preset != NULL)
    *preset = self->preset;

  return self->is_reference;
}

/**
 * ec_lesson_step_get_paragraphs:
 * @self: a #EcLessonStep
 *
 * Returns: (transfer none): the step's text, one string per paragraph
 */
const char * const *
ec_lesson_step_get_paragraphs (EcLessonStep *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return (const char * const *)self->paragraphs;
}

/**
 * ec_lesson_step_get_highlights:
 * @self: a #EcLessonStep
 *
 * Returns: (transfer none): the ids of the units the step highlights
 */
const char * const *
ec_lesson_step_get_highlights (EcLessonStep *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return (const char * const *)self->highlights;
}

/**
 * ec_lesson_step_is_highlighted:
 * @self: a #EcLessonStep
 * @unit_id: a unit's id
 *
 * Returns: whether the step highlights the unit
 */
gboolean
ec_lesson_step_is_highlighted (EcLessonStep *self,
                               const char   *unit_id)
{
  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (unit_id != NULL, FALSE);

  return g_strv_contains ((const char * const *)self->highlights, unit_id);
}

/**
 * ec_lesson_step_get_question:
 * @self: a #EcLessonStep
 *
 * Returns: (transfer none) (nullable): the step's question
 */
EcLessonQuestion *
ec_lesson_step_get_question (EcLessonStep *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->question;
}

/* Checks shared by the loader and the setters */

#define lesson_invalid(error, ...) \
  ec_fail (error, EC_LESSON_ERROR, EC_LESSON_ERROR_INVALID, __VA_ARGS__)

static gboolean
check_text (const char  *text,
            gboolean     required,
            guint        max,
            const char  *what,
            GError     **error)
{
  if (text == NULL || (required && is_blank (text)))
    return lesson_invalid (error, _("%s is missing"), what);

  if (g_utf8_strlen (text, -1) > max)
    return lesson_invalid (error, _("%s is longer than %u characters"), what, max);

  return TRUE;
}

static gboolean
check_paragraphs (const char * const  *paragraphs,
                  GError             **error)
{
  guint n = g_strv_length ((GStrv)paragraphs);

  if (n > EC_LESSON_MAX_PARAGRAPHS)
    return lesson_invalid (error, _("the text has more than %d paragraphs"), EC_LESSON_MAX_PARAGRAPHS);

  for (guint i = 0; i < n; i++)
    {
      if (is_blank (paragraphs[i]))
        return lesson_invalid (error, _("paragraph %u of the text is empty"), i + 1);
      if (g_utf8_strlen (paragraphs[i], -1) > EC_LESSON_MAX_PARAGRAPH)
        return lesson_invalid (error, _("paragraph %u of the text is longer than %d characters"),
                               i + 1, EC_LESSON_MAX_PARAGRAPH);
    }

  return TRUE;
}

static gboolean
check_highlights (EcScenario          *scenario,
                  const char * const  *unit_ids,
                  GError             **error)
{
  guint n = g_strv_length ((GStrv)unit_ids);

  if (n > EC_LESSON_MAX_HIGHLIGHTS)
    return lesson_invalid (error, _("it highlights more than %d units"), EC_LESSON_MAX_HIGHLIGHTS);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GError) local_error = NULL;

      if (ec_election_lookup_unit (ec_scenario_get_election (scenario), unit_ids[i], &local_error) == NULL)
        return lesson_invalid (error, _("it highlights “%s”: %s"), unit_ids[i], local_error->message);

      for (guint j = 0; j < i; j++)
        {
          if (g_str_equal (unit_ids[i], unit_ids[j]))
            return lesson_invalid (error, _("it highlights %s twice"), unit_ids[i]);
        }
    }

  return TRUE;
}

/* Whether a condition still fits a scenario: its candidates and units. */
static gboolean
check_condition_fits (EcLessonCondition  *condition,
                      EcScenario         *scenario,
                      GError            **error)
{
  g_autoptr(JsonNode) node = ec_lesson_condition_to_json (condition);
  g_autoptr(EcLessonCondition) again = ec_lesson_condition_new_from_json (node, scenario, error);

  return again != NULL;
}

static gboolean
check_question (EcLessonQuestion  *question,
                EcScenario        *scenario,
                GError           **error)
{
  guint n_choices = g_strv_length (question->choices);

  if (!check_text (question->prompt, TRUE, EC_LESSON_MAX_PARAGRAPH, _("The question’s prompt"), error) ||
      !check_text (question->hint, FALSE, EC_LESSON_MAX_PARAGRAPH, _("The hint"), error) ||
      !check_text (question->explanation, FALSE, EC_LESSON_MAX_PARAGRAPH, _("The explanation"), error) ||
      !check_text (question->right, FALSE, EC_LESSON_MAX_PARAGRAPH, _("The feedback"), error) ||
      !check_text (question->wrong, FALSE, EC_LESSON_MAX_PARAGRAPH, _("The feedback"), error) ||
      !check_text (question->too_low, FALSE, EC_LESSON_MAX_PARAGRAPH, _("The feedback"), error) ||
      !check_text (question->too_high, FALSE, EC_LESSON_MAX_PARAGRAPH, _("The feedback"), error))
    return FALSE;

  switch (question->kind)
    {
    case EC_QUESTION_CHOICE:
      if (n_choices < 2 || n_choices > EC_LESSON_MAX_CHOICES)
        return lesson_invalid (error, _("a multiple-choice question needs from 2 to %d choices"), EC_LESSON_MAX_CHOICES);
      for (guint i = 0; i < n_choices; i++)
        {
          if (is_blank (question->choices[i]))
            return lesson_invalid (error, _("choice %u is empty"), i + 1);
          if (g_utf8_strlen (question->choices[i], -1) > EC_LESSON_MAX_PARAGRAPH ||
              g_utf8_strlen (question->choice_feedback[i], -1) > EC_LESSON_MAX_PARAGRAPH)
            return lesson_invalid (error, _("choice %u is longer than %d characters"), i + 1, EC_LESSON_MAX_PARAGRAPH);
          for (guint j = 0; j < i; j++)
            {
              if (g_str_equal (question->choices[i], question->choices[j]))
                return lesson_invalid (error, _("choices %u and %u are the same"), j + 1, i + 1);
            }
        }
      if (question->correct >= n_choices)
        return lesson_invalid (error, _("the right choice should be a number from 1 to %u"), n_choices);
      return TRUE;

    case EC_QUESTION_NUMBER:
      if (!isfinite (question->answer) || fabs (question->answer) > MAX_NUMBER)
        return lesson_invalid (error, _("the answer should be a number"));
      if (!isfinite (question->tolerance) || question->tolerance < 0 || question->tolerance > MAX_NUMBER)
        return lesson_invalid (error, _("the tolerance should be a number of 0 or more"));
      return TRUE;

    case EC_QUESTION_MAP:
    default:
      return check_condition_fits (question->condition, scenario, error);
    }
}

/* Lessons */

static void
ec_lesson_finalize (GObject *object)
{
  EcLesson *self = (EcLesson *)object;

  g_free (self->title);
  g_free (self->audience);
  g_ptr_array_unref (self->sources);
  g_ptr_array_unref (self->steps);
  g_free (self->bundled_id);
  g_free (self->bundled_identity);

  G_OBJECT_CLASS (ec_lesson_parent_class)->finalize (object);
}

static void
ec_lesson_class_init (EcLessonClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ec_lesson_finalize;

  signals[CHANGED] = g_signal_new ("changed",
                                   G_TYPE_FROM_CLASS (klass),
                                   G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL,
                                   G_TYPE_NONE, 0);
}

static void
source_free (EcLessonSource *source)
{
  g_free (source->title);
  g_free (source->url);
  g_free (source);
}

static void
ec_lesson_init (EcLesson *self)
{
  self->title = g_strdup ("");
  self->audience = g_strdup ("");
  self->sources = g_ptr_array_new_with_free_func ((GDestroyNotify)source_free);
  self->steps = g_ptr_array_new_with_free_func ((GDestroyNotify)ec_lesson_step_unref);
}

static void
emit_changed (EcLesson *self)
{
  /* A changed bundled lesson is the teacher's own. */
  g_clear_pointer (&self->bundled_id, g_free);
  g_clear_pointer (&self->bundled_identity, g_free);
  g_signal_emit (self, signals[CHANGED], 0);
}

/**
 * ec_lesson_new:
 * @title: the lesson's title
 *
 * Returns: (transfer full): a lesson with no steps yet; add one before it
 *   is saved
 */
EcLesson *
ec_lesson_new (const char *title)
{
  EcLesson *self;

  g_return_val_if_fail (title != NULL, NULL);

  self = g_object_new (EC_TYPE_LESSON, NULL);
  g_free (self->title);
  self->title = g_strdup (title);

  return self;
}

/**
 * ec_lesson_copy:
 * @self: a #EcLesson
 *
 * Returns: (transfer full): a lesson equal to @self
 */
EcLesson *
ec_lesson_copy (EcLesson *self)
{
  EcLesson *copy;

  g_return_val_if_fail (EC_IS_LESSON (self), NULL);

  copy = ec_lesson_new (self->title);
  g_free (copy->audience);
  copy->audience = g_strdup (self->audience);
  copy->minutes = self->minutes;
  for (guint i = 0; i < self->sources->len; i++)
    {
      EcLessonSource *source = g_ptr_array_index (self->sources, i);
      EcLessonSource *s = g_new0 (EcLessonSource, 1);

      s->title = g_strdup (source->title);
      s->url = g_strdup (source->url);
      g_ptr_array_add (copy->sources, s);
    }
  for (guint i = 0; i < self->steps->len; i++)
    g_ptr_array_add (copy->steps, ec_lesson_step_copy (g_ptr_array_index (self->steps, i)));
  copy->bundled_id = g_strdup (self->bundled_id);
  copy->bundled_identity = g_strdup (self->bundled_identity);

  return copy;
}

/**
 * ec_lesson_equal:
 * @a: a #EcLesson
 * @b: another
 *
 * Returns: whether @a and @b would be saved as the same file
 */
gboolean
ec_lesson_equal (EcLesson *a,
                 EcLesson *b)
{
  g_return_val_if_fail (EC_IS_LESSON (a), FALSE);
  g_return_val_if_fail (EC_IS_LESSON (b), FALSE);

  if (!g_str_equal (a->title, b->title) || !g_str_equal (a->audience, b->audience) ||
      a->minutes != b->minutes || a->sources->len != b->sources->len || a->steps->len != b->steps->len)
    return FALSE;

  for (guint i = 0; i < a->sources->len; i++)
    {
      EcLessonSource *sa = g_ptr_array_index (a->sources, i);
      EcLessonSource *sb = g_ptr_array_index (b->sources, i);

      if (!g_str_equal (sa->title, sb->title) || !g_str_equal (sa->url, sb->url))
        return FALSE;
    }

  for (guint i = 0; i < a->steps->len; i++)
    {
      if (!ec_lesson_step_equal (g_ptr_array_index (a->steps, i), g_ptr_array_index (b->steps, i)))
        return FALSE;
    }

  return TRUE;
}

/**
 * ec_lesson_get_title:
 * @self: a #EcLesson
 *
 * Returns: the lesson's title
 */
const char *
ec_lesson_get_title (EcLesson *self)
{
  g_return_val_if_fail (EC_IS_LESSON (self), NULL);

  return self->title;
}

/**
 * ec_lesson_set_title:
 * @self: a #EcLesson
 * @title: the new title
 * @error: return location for a #GError
 *
 * Returns: %TRUE, or %FALSE with @error set when @title is blank or too long
 */
gboolean
ec_lesson_set_title (EcLesson    *self,
                     const char  *title,
                     GError     **error)
{
  g_return_val_if_fail (EC_IS_LESSON (self), FALSE);
  g_return_val_if_fail (title != NULL, FALSE);

  if (!check_text (title, TRUE, EC_LESSON_MAX_TITLE, _("The lesson’s title"), error))
    return FALSE;

  if (!g_str_equal (title, self->title))
    {
      g_free (self->title);
      self->title = g_strdup (title);
      emit_changed (self);
    }

  return TRUE;
}

/**
 * ec_lesson_get_audience:
 * @self: a #EcLesson
 *
 * Returns: whom the lesson is for, such as "Grades 8–12", or ""
 */
const char *
ec_lesson_get_audience (EcLesson *self)
{
  g_return_val_if_fail (EC_IS_LESSON (self), NULL);

  return self->audience;
}

/**
 * ec_lesson_set_audience:
 * @self: a #EcLesson
 * @audience: whom the lesson is for, or ""
 * @error: return location for a #GError
 *
 * Returns: %TRUE, or %FALSE with @error set when @audience is too long
 */
gboolean
ec_lesson_set_audience (EcLesson    *self,
                        const char  *audience,
                        GError     **error)
{
  g_return_val_if_fail (EC_IS_LESSON (self), FALSE);
  g_return_val_if_fail (audience != NULL, FALSE);

  if (!check_text (audience, FALSE, EC_LESSON_MAX_AUDIENCE, _("The audience"), error))
    return FALSE;

  if (!g_str_equal (audience, self->audience))
    {
      g_free (self->audience);
      self->audience = g_strdup (audience);
      emit_changed (self);
    }

  return TRUE;
}

/**
 * ec_lesson_get_minutes:
 * @self: a #EcLesson
 *
 * Returns: the estimated time in minutes, or 0 when not given
 */
guint
ec_lesson_get_minutes (EcLesson *self)
{
  g_return_val_if_fail (EC_IS_LESSON (self), 0);

  return self->minutes;
}

/**
 * ec_lesson_set_minutes:
 * @self: a #EcLesson
 * @minutes: the estimated time, or 0 for none
 * @error: return location for a #GError
 *
 * Returns: %TRUE, or %FALSE with @error set above %EC_LESSON_MAX_MINUTES
 */
gboolean
ec_lesson_set_minutes (EcLesson  *self,
                       guint      minutes,
                       GError   **error)
{
  g_return_val_if_fail (EC_IS_LESSON (self), FALSE);

  if (minutes > EC_LESSON_MAX_MINUTES)
    return lesson_invalid (error, _("The estimated time should be at most %d minutes"), EC_LESSON_MAX_MINUTES);

  if (minutes != self->minutes)
    {
      self->minutes = minutes;
      emit_changed (self);
    }

  return TRUE;
}

/**
 * ec_lesson_get_sources:
 * @self: a #EcLesson
 *
 * Returns: (transfer none) (element-type EcLessonSource): the sources
 */
GPtrArray *
ec_lesson_get_sources (EcLesson *self)
{
  g_return_val_if_fail (EC_IS_LESSON (self), NULL);

  return self->sources;
}

static gboolean
check_source (const char  *title,
              const char  *url,
              GError     **error)
{
  if (!check_text (title, TRUE, EC_LESSON_MAX_TITLE * 2, _("The source’s title"), error))
    return FALSE;

  if (strlen (url) > EC_LESSON_MAX_URL ||
      (!g_str_has_prefix (url, "https://") && !g_str_has_prefix (url, "http://")) ||
      !g_uri_is_valid (url, G_URI_FLAGS_NONE, NULL))
    return lesson_invalid (error, _("The source “%s” should have a web address starting with https://"), title);

  return TRUE;
}

/**
 * ec_lesson_add_source:
 * @self: a #EcLesson
 * @title: what the source is
 * @url: a web address
 * @error: return location for a #GError
 *
 * Returns: %TRUE, or %FALSE with @error set
 */
gboolean
ec_lesson_add_source (EcLesson    *self,
                      const char  *title,
                      const char  *url,
                      GError     **error)
{
  EcLessonSource *source;

  g_return_val_if_fail (EC_IS_LESSON (self), FALSE);
  g_return_val_if_fail (title != NULL && url != NULL, FALSE);

  if (self->sources->len >= EC_LESSON_MAX_SOURCES)
    return lesson_invalid (error, _("A lesson lists at most %d sources"), EC_LESSON_MAX_SOURCES);
  if (!check_source (title, url, error))
    return FALSE;

  source = g_new0 (EcLessonSource, 1);
  source->title = g_strdup (title);
  source->url = g_strdup (url);
  g_ptr_array_add (self->sources, source);
  emit_changed (self);

  return TRUE;
}

/**
 * ec_lesson_clear_sources:
 * @self: a #EcLesson
 *
 * Removes every source.
 */
void
ec_lesson_clear_sources (EcLesson *self)
{
  g_return_if_fail (EC_IS_LESSON (self));

  if (self->sources->len > 0)
    {
      g_ptr_array_set_size (self->sources, 0);
      emit_changed (self);
    }
}

/**
 * ec_lesson_get_n_steps:
 * @self: a #EcLesson
 *
 * Returns: the number of steps
 */
guint
ec_lesson_get_n_steps (EcLesson *self)
{
  g_return_val_if_fail (EC_IS_LESSON (self), 0);

  return self->steps->len;
}

/**
 * ec_lesson_get_step:
 * @self: a #EcLesson
 * @position: which step, from 0
 *
 * Returns: (transfer none): the step; change it through the lesson
 */
EcLessonStep *
ec_lesson_get_step (EcLesson *self,
                    guint     position)
{
  g_return_val_if_fail (EC_IS_LESSON (self), NULL);
  g_return_val_if_fail (position < self->steps->len, NULL);

  return g_ptr_array_index (self->steps, position);
}

/**
 * ec_lesson_insert_step:
 * @self: a #EcLesson
 * @position: where, from 0 to the number of steps
 * @scenario: the map the step starts from (copied)
 * @error: return location for a #GError
 *
 * Returns: %TRUE, or %FALSE with @error set when the lesson is full
 */
gboolean
ec_lesson_insert_step (EcLesson    *self,
                       guint        position,
                       EcScenario  *scenario,
                       GError     **error)
{
  g_return_val_if_fail (EC_IS_LESSON (self), FALSE);
  g_return_val_if_fail (position <= self->steps->len, FALSE);
  g_return_val_if_fail (EC_IS_SCENARIO (scenario), FALSE);

  if (self->steps->len >= EC_LESSON_MAX_STEPS)
    return lesson_invalid (error, _("A lesson has at most %d steps"), EC_LESSON_MAX_STEPS);

  g_ptr_array_insert (self->steps, position, ec_lesson_step_new (scenario));
  emit_changed (self);

  return TRUE;
}

/**
 * ec_lesson_append_step:
 * @self: a #EcLesson
 * @scenario: the map the step starts from (copied)
 * @error: return location for a #GError
 *
 * Returns: %TRUE, or %FALSE with @error set when the lesson is full
 */
gboolean
ec_lesson_append_step (EcLesson    *self,
                       EcScenario  *scenario,
                       GError     **error)
{
  g_return_val_if_fail (EC_IS_LESSON (self), FALSE);

  return ec_lesson_insert_step (self, self->steps->len, scenario, error);
}

/**
 * ec_lesson_remove_step:
 * @self: a #EcLesson
 * @position: which step
 *
 * Removes a step.
 */
void
ec_lesson_remove_step (EcLesson *self,
                       guint     position)
{
  g_return_if_fail (EC_IS_LESSON (self));
  g_return_if_fail (position < self->steps->len);

  g_ptr_array_remove_index (self->steps, position);
  emit_changed (self);
}

/**
 * ec_lesson_move_step:
 * @self: a #EcLesson
 * @from: the step's position
 * @to: its new position
 *
 * Moves a step, the others keeping their order.
 */
void
ec_lesson_move_step (EcLesson *self,
                     guint     from,
                     guint     to)
{
  EcLessonStep *step;

  g_return_if_fail (EC_IS_LESSON (self));
  g_return_if_fail (from < self->steps->len && to < self->steps->len);

  if (from == to)
    return;

  step = g_ptr_array_steal_index (self->steps, from);
  g_ptr_array_insert (self->steps, to, step);
  emit_changed (self);
}

/**
 * ec_lesson_set_step_title:
 * @self: a #EcLesson
 * @position: which step
 * @title: its heading, or ""
 * @error: return location for a #GError
 *
 * Returns: %TRUE, or %FALSE with @error set when @title is too long
 */
gboolean
ec_lesson_set_step_title (EcLesson    *self,
                          guint        position,
                          const char  *title,
                          GError     **error)
{
  EcLessonStep *step;

  g_return_val_if_fail (EC_IS_LESSON (self), FALSE);
  g_return_val_if_fail (position < self->steps->len, FALSE);
  g_return_val_if_fail (title != NULL, FALSE);

  if (!check_text (title, FALSE, EC_LESSON_MAX_TITLE, _("The step’s title"), error))
    return FALSE;

  step = g_ptr_array_index (self->steps, position);
  if (!g_str_equal (step->title, title))
    {
      g_free (step->title);
      step->title = g_strdup (title);
      emit_changed (self);
    }

  return TRUE;
}

/**
 * ec_lesson_set_step_paragraphs:
 * @self: a #EcLesson
 * @position: which step
 * @paragraphs: the text, one string per paragraph
 * @error: return location for a #GError
 *
 * Returns: %TRUE, or %FALSE with @error set
 */
gboolean
ec_lesson_set_step_paragraphs (EcLesson            *self,
                               guint                position,
                               const char * const  *paragraphs,
                               GError             **error)
{
  EcLessonStep *step;

  g_return_val_if_fail (EC_IS_LESSON (self), FALSE);
  g_return_val_if_fail (position < self->steps->len, FALSE);
  g_return_val_if_fail (paragraphs != NULL, FALSE);

  if (!check_paragraphs (paragraphs, error))
    return FALSE;

  step = g_ptr_array_index (self->steps, position);
  if (!strv_equal0 ((const char * const *)step->paragraphs, paragraphs))
    {
      g_strfreev (step->paragraphs);
      step->paragraphs = g_strdupv ((GStrv)paragraphs);
      emit_changed (self);
    }

  return TRUE;
}

/**
 * ec_lesson_set_step_text:
 * @self: a #EcLesson
 * @position: which step
 * @text: the text, paragraphs separated by blank lines
 * @error: return location for a #GError
 *
 * Sets the text as an editor holds it: blank lines separate paragraphs, and
 * space around each paragraph is dropped.
 *
 * Returns: %TRUE, or %FALSE with @error set
 */
gboolean
ec_lesson_set_step_text (EcLesson    *self,
                         guint        position,
                         const char  *text,
                         GError     **error)
{
  g_autoptr(GPtrArray) paragraphs = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GRegex) blank_lines = NULL;
  g_auto(GStrv) parts = NULL;

  g_return_val_if_fail (EC_IS_LESSON (self), FALSE);
  g_return_val_if_fail (text != NULL, FALSE);

  blank_lines = g_regex_new ("\\n[ \\t]*\\n", G_REGEX_OPTIMIZE, 0, NULL);
  parts = g_regex_split (blank_lines, text, 0);
  for (guint i = 0; parts[i] != NULL; i++)
    {
      char *paragraph = g_strstrip (g_strdup (parts[i]));

      if (*paragraph == '\0')
        g_free (paragraph);
      else
        g_ptr_array_add (paragraphs, paragraph);
    }
  g_ptr_array_add (paragraphs, NULL);

  return ec_lesson_set_step_paragraphs (self, position, (const char * const *)paragraphs->pdata, error);
}

/**
 * ec_lesson_set_step_scenario:
 * @self: a #EcLesson
 * @position: which step
 * @scenario: the map the step starts from (copied, and kept inline)
 * @error: return location for a #GError
 *
 * Replaces a step's map. The step's highlights and question must fit the
 * new map (its units and candidates), or nothing changes.
 *
 * Returns: %TRUE, or %FALSE with @error set
 */
gboolean
ec_lesson_set_step_scenario (EcLesson    *self,
                             guint        position,
                             EcScenario  *scenario,
                             GError     **error)
{
  EcLessonStep *step;

  g_return_val_if_fail (EC_IS_LESSON (self), FALSE);
  g_return_val_if_fail (position < self->steps->len, FALSE);
  g_return_val_if_fail (EC_IS_SCENARIO (scenario), FALSE);

  step = g_ptr_array_index (self->steps, position);
  if (!check_highlights (scenario, (const char * const *)step->highlights, error))
    return FALSE;
  if (step->question != NULL && !check_question (step->question, scenario, error))
    return FALSE;

  g_clear_object (&step->scenario);
  step->scenario = ec_scenario_copy (scenario);
  step->is_reference = FALSE;
  step->year = 0;
  step->base = EC_SCENARIO_AS_CAST;
  g_clear_pointer (&step->preset, g_free);
  emit_changed (self);

  return TRUE;
}

/**
 * ec_lesson_set_step_highlights:
 * @self: a #EcLesson
 * @position: which step
 * @unit_ids: the units to highlight, each once
 * @error: return location for a #GError
 *
 * Returns: %TRUE, or %FALSE with @error set when a unit is not on the map
 */
gboolean
ec_lesson_set_step_highlights (EcLesson            *self,
                               guint                position,
                               const char * const  *unit_ids,
                               GError             **error)
{
  EcLessonStep *step;

  g_return_val_if_fail (EC_IS_LESSON (self), FALSE);
  g_return_val_if_fail (position < self->steps->len, FALSE);
  g_return_val_if_fail (unit_ids != NULL, FALSE);

  step = g_ptr_array_index (self->steps, position);
  if (!check_highlights (step->scenario, unit_ids, error))
    return FALSE;

  if (!strv_equal0 ((const char * const *)step->highlights, unit_ids))
    {
      g_strfreev (step->highlights);
      step->highlights = g_strdupv ((GStrv)unit_ids);
      emit_changed (self);
    }

  return TRUE;
}

/**
 * ec_lesson_set_step_question:
 * @self: a #EcLesson
 * @position: which step
 * @question: (nullable): the question (copied), or %NULL for none
 * @error: return location for a #GError
 *
 * Returns: %TRUE, or %FALSE with @error set when the question is
 *   incomplete or does not fit the step's map
 */
gboolean
ec_lesson_set_step_question (EcLesson          *self,
                             guint              position,
                             EcLessonQuestion  *question,
                             GError           **error)
{
  EcLessonStep *step;

  g_return_val_if_fail (EC_IS_LESSON (self), FALSE);
  g_return_val_if_fail (position < self->steps->len, FALSE);

  step = g_ptr_array_index (self->steps, position);
  if (question != NULL && !check_question (question, step->scenario, error))
    return FALSE;

  if (question == NULL && step->question == NULL)
    return TRUE;
  if (question != NULL && step->question != NULL && ec_lesson_question_equal (question, step->question))
    return TRUE;

  g_clear_pointer (&step->question, ec_lesson_question_unref);
  if (question != NULL)
    step->question = ec_lesson_question_copy (question);
  emit_changed (self);

  return TRUE;
}

/* Writing */

static void
add_string_member (JsonBuilder *builder,
                   const char  *name,
                   const char  *value,
                   gboolean     always)
{
  if (!always && *value == '\0')
    return;

  json_builder_set_member_name (builder, name);
  json_builder_add_string_value (builder, value);
}

static void
add_number (JsonBuilder *builder,
            double       value)
{
  if (value == floor (value) && fabs (value) <= MAX_NUMBER)
    json_builder_add_int_value (builder, (gint64)value);
  else
    json_builder_add_double_value (builder, value);
}

static const char *
base_to_string (EcScenarioBase base)
{
  switch (base)
    {
    case EC_SCENARIO_AS_CAST:
      return "as-cast";
    case EC_SCENARIO_PLEDGED:
      return "pledged";
    case EC_SCENARIO_BLANK:
    default:
      return "blank";
    }
}

static JsonNode *
scenario_node (EcScenario *scenario)
{
  g_autofree char *data = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  gsize length;

  data = ec_scenario_to_data (scenario, &length);
  if (!json_parser_load_from_data (parser, data, length, NULL))
    g_assert_not_reached ();

  return json_node_copy (json_parser_get_root (parser));
}

static void
add_question (JsonBuilder      *builder,
              EcLessonQuestion *question)
{
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "kind");
  json_builder_add_string_value (builder, question->kind == EC_QUESTION_CHOICE ? "choice"
                                          : question->kind == EC_QUESTION_NUMBER ? "number" : "map");
  add_string_member (builder, "prompt", question->prompt, TRUE);

  switch (question->kind)
    {
    case EC_QUESTION_CHOICE:
      json_builder_set_member_name (builder, "choices");
      json_builder_begin_array (builder);
      for (guint i = 0; question->choices[i] != NULL; i++)
        {
          json_builder_begin_object (builder);
          add_string_member (builder, "text", question->choices[i], TRUE);
          add_string_member (builder, "feedback", question->choice_feedback[i], FALSE);
          json_builder_end_object (builder);
        }
      json_builder_end_array (builder);
      /* Counted from 1, as a teacher would. */
      json_builder_set_member_name (builder, "correct");
      json_builder_add_int_value (builder, question->correct + 1);
      break;

    case EC_QUESTION_NUMBER:
      json_builder_set_member_name (builder, "answer");
      add_number (builder, question->answer);
      json_builder_set_member_name (builder, "tolerance");
      add_number (builder, question->tolerance);
      json_builder_set_member_name (builder, "feedback");
      json_builder_begin_object (builder);
      add_string_member (builder, "right", question->right, FALSE);
      add_string_member (builder, "too_low", question->too_low, FALSE);
      add_string_member (builder, "too_high", question->too_high, FALSE);
      json_builder_end_object (builder);
      break;

    case EC_QUESTION_MAP:
    default:
      json_builder_set_member_name (builder, "condition");
      json_builder_add_value (builder, ec_lesson_condition_to_json (question->condition));
      json_builder_set_member_name (builder, "feedback");
      json_builder_begin_object (builder);
      add_string_member (builder, "right", question->right, FALSE);
      add_string_member (builder, "wrong", question->wrong, FALSE);
      json_builder_end_object (builder);
      break;
    }

  add_string_member (builder, "hint", question->hint, FALSE);
  add_string_member (builder, "explanation", question->explanation, FALSE);
  json_builder_end_object (builder);
}

static void
add_step (JsonBuilder  *builder,
          EcLessonStep *step)
{
  json_builder_begin_object (builder);
  add_string_member (builder, "title", step->title, FALSE);

  json_builder_set_member_name (builder, "scenario");
  if (step->is_reference)
    {
      json_builder_begin_object (builder);
      if (step->preset != NULL)
        {
          json_builder_set_member_name (builder, "preset");
          json_builder_add_string_value (builder, step->preset);
        }
      else
        {
          json_builder_set_member_name (builder, "election");
          if (step->year == 0)
            json_builder_add_null_value (builder);
          else
            json_builder_add_int_value (builder, step->year);
          if (step->year != 0)
            {
              json_builder_set_member_name (builder, "base");
              json_builder_add_string_value (builder, base_to_string (step->base));
            }
        }
      json_builder_end_object (builder);
    }
  else
    {
      json_builder_add_value (builder, scenario_node (step->scenario));
    }

  json_builder_set_member_name (builder, "text");
  json_builder_begin_array (builder);
  for (guint i = 0; step->paragraphs[i] != NULL; i++)
    json_builder_add_string_value (builder, step->paragraphs[i]);
  json_builder_end_array (builder);

  if (step->highlights[0] != NULL)
    {
      json_builder_set_member_name (builder, "highlight");
      json_builder_begin_array (builder);
      for (guint i = 0; step->highlights[i] != NULL; i++)
        json_builder_add_string_value (builder, step->highlights[i]);
      json_builder_end_array (builder);
    }

  if (step->question != NULL)
    {
      json_builder_set_member_name (builder, "question");
      add_question (builder, step->question);
    }

  json_builder_end_object (builder);
}

/**
 * ec_lesson_to_bytes:
 * @self: a #EcLesson
 *
 * Serializes the lesson as the pretty JSON of `.electors-lesson` files.
 * Loading the result and saving it again gives the same bytes.
 *
 * Returns: (transfer full): the file's contents
 */
GBytes *
ec_lesson_to_bytes (EcLesson *self)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  GString *text;

  g_return_val_if_fail (EC_IS_LESSON (self), NULL);

  json_builder_begin_object (builder);
  add_string_member (builder, "format", LESSON_MAGIC, TRUE);
  json_builder_set_member_name (builder, "version");
  json_builder_add_int_value (builder, EC_LESSON_FORMAT_VERSION);
  add_string_member (builder, "title", self->title, TRUE);
  add_string_member (builder, "audience", self->audience, FALSE);
  if (self->minutes > 0)
    {
      json_builder_set_member_name (builder, "minutes");
      json_builder_add_int_value (builder, self->minutes);
    }

  if (self->sources->len > 0)
    {
      json_builder_set_member_name (builder, "sources");
      json_builder_begin_array (builder);
      for (guint i = 0; i < self->sources->len; i++)
        {
          EcLessonSource *source = g_ptr_array_index (self->sources, i);

          json_builder_begin_object (builder);
          add_string_member (builder, "title", source->title, TRUE);
          add_string_member (builder, "url", source->url, TRUE);
          json_builder_end_object (builder);
        }
      json_builder_end_array (builder);
    }

  json_builder_set_member_name (builder, "steps");
  json_builder_begin_array (builder);
  for (guint i = 0; i < self->steps->len; i++)
    add_step (builder, g_ptr_array_index (self->steps, i));
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

/**
 * ec_lesson_dup_identity:
 * @self: a #EcLesson
 *
 * An identity for progress files: the SHA-256 of the lesson's saved bytes,
 * or, for an unchanged bundled lesson, of its bundled file (the same in
 * every language), prefixed by its id.
 *
 * Returns: (transfer full): the identity
 */
char *
ec_lesson_dup_identity (EcLesson *self)
{
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (EC_IS_LESSON (self), NULL);

  if (self->bundled_identity != NULL)
    return g_strdup (self->bundled_identity);

  bytes = ec_lesson_to_bytes (self);

  return g_compute_checksum_for_bytes (G_CHECKSUM_SHA256, bytes);
}

/**
 * ec_lesson_save_to_file:
 * @self: a #EcLesson
 * @file: where to save
 * @error: return location for a #GError
 *
 * Saves the lesson, replacing @file only once the new file is written.
 *
 * Returns: %TRUE on success
 */
gboolean
ec_lesson_save_to_file (EcLesson  *self,
                        GFile     *file,
                        GError   **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  gsize length;
  const char *data;

  g_return_val_if_fail (EC_IS_LESSON (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (self->steps->len == 0)
    return lesson_invalid (error, _("A lesson needs at least one step before it can be saved"));

  bytes = ec_lesson_to_bytes (self);
  data = g_bytes_get_data (bytes, &length);

  if (!ec_file_replace_contents (file, data, length, G_FILE_CREATE_REPLACE_DESTINATION, &local_error))
    {
      /* Translators: an example of a name for a lesson file, suggested when a folder was given */
      g_autofree char *message = ec_file_error_dup_save_message (local_error, file, _("lesson.electors-lesson"));

      g_set_error_literal (error, local_error->domain, local_error->code, message);
      return FALSE;
    }

  return TRUE;
}

/* Reading */

typedef struct {
  gboolean translate;
} LoadOptions;

static char *
take_text (const char        *text,
           const LoadOptions *options)
{
  if (options->translate && *text != '\0')
    return g_strdup (g_dgettext (GETTEXT_PACKAGE, text));

  return g_strdup (text);
}

/* An optional string member, "" when absent. */
static gboolean
get_optional_string (JsonObject  *object,
                     const char  *member,
                     const char **value,
                     GError     **error)
{
  if (!json_object_has_member (object, member))
    {
      *value = "";
      return TRUE;
    }

  if (!(*value = ec_json_get_string (object, member)))
    return lesson_invalid (error, _("“%s” should be text"), member);

  return TRUE;
}

static gboolean
base_from_string (const char     *string,
                  EcScenarioBase *base)
{
  if (g_strcmp0 (string, "as-cast") == 0)
    *base = EC_SCENARIO_AS_CAST;
  else if (g_strcmp0 (string, "pledged") == 0)
    *base = EC_SCENARIO_PLEDGED;
  else if (g_strcmp0 (string, "blank") == 0)
    *base = EC_SCENARIO_BLANK;
  else
    return FALSE;

  return TRUE;
}

static gboolean
load_scenario (EcLessonStep  *step,
               JsonNode      *node,
               GError       **error)
{
  g_autoptr(GError) local_error = NULL;
  JsonObject *object;

  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    return lesson_invalid (error, _("it has no “scenario”, the map it starts from"));

  object = json_node_get_object (node);

  if (json_object_has_member (object, "format"))
    {
      g_autoptr(JsonGenerator) generator = json_generator_new ();
      g_autofree char *data = NULL;
      gsize length;

      json_generator_set_root (generator, node);
      data = json_generator_to_data (generator, &length);
      if (!(step->scenario = ec_scenario_new_from_data (data, length, &local_error)))
        return lesson_invalid (error, _("its scenario cannot be used: %s"), local_error->message);
      return TRUE;
    }

  step->is_reference = TRUE;

  if (json_object_has_member (object, "preset"))
    {
      static const char * const allowed[] = { "preset", NULL };
      const char *preset = ec_json_get_string (object, "preset");

      if (!check_members (object, allowed, _("a scenario that names a ready-made one"), error))
        return FALSE;
      if (preset == NULL || !(step->scenario = ec_scenario_new_for_preset (preset, &local_error)))
        return lesson_invalid (error, _("“%s” is not a ready-made scenario; use “%s”"),
                               preset != NULL ? preset : "", EC_SCENARIO_PRESET_PETITION);
      step->preset = g_strdup (preset);
      return TRUE;
    }

  {
    static const char * const allowed[] = { "election", "base", NULL };
    JsonNode *election_node = json_object_get_member (object, "election");
    g_autoptr(EcElection) election = NULL;
    gint64 year;

    if (!check_members (object, allowed, _("a scenario that names an election"), error))
      return FALSE;

    if (election_node == NULL)
      return lesson_invalid (error, _("its scenario should name an “election”, a “preset”, or be a whole scenario"));

    if (JSON_NODE_HOLDS_NULL (election_node))
      {
        if (json_object_has_member (object, "base"))
          return lesson_invalid (error, _("a blank map has no “base”"));
        if (!(step->scenario = ec_scenario_new_blank (&local_error)))
          return lesson_invalid (error, "%s", local_error->message);
        step->base = EC_SCENARIO_BLANK;
        return TRUE;
      }

    if (!ec_json_node_get_count (election_node, &year) || year > G_MAXINT)
      return lesson_invalid (error, _("“election” should be a year such as 2016, or null for a blank map"));

    if (!(election = ec_election_new_for_year ((int)year, &local_error)))
      return lesson_invalid (error, "%s", local_error->message);

    if (!base_from_string (ec_json_get_string (object, "base"), &step->base))
      return lesson_invalid (error, _("“base” should be “as-cast”, “pledged” or “blank”"));

    step->year = year;
    step->scenario = ec_scenario_new (election, step->base);
  }

  return TRUE;
}

static gboolean
load_strings (JsonObject   *object,
              const char   *member,
              gboolean      translate_them,
              const LoadOptions *options,
              GStrv        *strings,
              GError      **error)
{
  JsonArray *array;
  guint n;

  if (!json_object_has_member (object, member))
    {
      *strings = strv_new_empty ();
      return TRUE;
    }

  if (!(array = ec_json_get_array (object, member)))
    return lesson_invalid (error, _("“%s” should be a list of text"), member);

  n = json_array_get_length (array);
  /* Checked again in full later; this bounds the allocation. */
  if (n > MAX (EC_LESSON_MAX_PARAGRAPHS, EC_LESSON_MAX_HIGHLIGHTS))
    return lesson_invalid (error, _("“%s” has too many entries"), member);

  *strings = g_new0 (char *, n + 1);
  for (guint i = 0; i < n; i++)
    {
      JsonNode *node = json_array_get_element (array, i);

      if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
        return lesson_invalid (error, _("entry %u of “%s” should be text"), i + 1, member);

      (*strings)[i] = translate_them ? take_text (json_node_get_string (node), options)
                                     : g_strdup (json_node_get_string (node));
    }

  return TRUE;
}

static EcLessonQuestion *
load_question (JsonObject         *object,
               EcScenario         *scenario,
               const LoadOptions  *options,
               GError            **error)
{
  g_autoptr(EcLessonQuestion) self = NULL;
  const char *kind = ec_json_get_string (object, "kind");
  const char *prompt = ec_json_get_string (object, "prompt");
  const char *hint;
  const char *explanation;
  JsonObject *feedback = NULL;

  if (g_strcmp0 (kind, "choice") == 0)
    {
      static const char * const allowed[] = { "kind", "prompt", "choices", "correct", "hint", "explanation", NULL };
      JsonArray *choices;
      gint64 correct;
      guint n;

      if (!check_members (object, allowed, _("a multiple-choice question"), error))
        return NULL;
      if (!(choices = ec_json_get_array (object, "choices")))
        {
          lesson_invalid (error, _("its question has no “choices”"));
          return NULL;
        }
      n = json_array_get_length (choices);
      if (n < 2 || n > EC_LESSON_MAX_CHOICES)
        {
          lesson_invalid (error, _("a multiple-choice question needs from 2 to %d choices"), EC_LESSON_MAX_CHOICES);
          return NULL;
        }

      self = question_new (EC_QUESTION_CHOICE, "");
      g_strfreev (self->choices);
      self->choices = g_new0 (char *, n + 1);
      g_strfreev (self->choice_feedback);
      self->choice_feedback = g_new0 (char *, n + 1);
      for (guint i = 0; i < n; i++)
        {
          static const char * const choice_allowed[] = { "text", "feedback", NULL };
          JsonNode *node = json_array_get_element (choices, i);
          JsonObject *choice = JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
          const char *text = choice != NULL ? ec_json_get_string (choice, "text") : NULL;
          const char *choice_feedback;

          if (text == NULL)
            {
              lesson_invalid (error, _("choice %u should be an object with a “text”"), i + 1);
              return NULL;
            }
          if (!check_members (choice, choice_allowed, _("a choice"), error) ||
              !get_optional_string (choice, "feedback", &choice_feedback, error))
            return NULL;
          self->choices[i] = take_text (text, options);
          self->choice_feedback[i] = take_text (choice_feedback, options);
        }

      if (!ec_json_get_count (object, "correct", &correct) || correct < 1 || correct > n)
        {
          lesson_invalid (error, _("“correct” should be the number of the right choice, from 1 to %u"), n);
          return NULL;
        }
      self->correct = correct - 1;
    }
  else if (g_strcmp0 (kind, "number") == 0)
    {
      static const char * const allowed[] = { "kind", "prompt", "answer", "tolerance", "feedback", "hint", "explanation", NULL };
      static const char * const feedback_allowed[] = { "right", "too_low", "too_high", NULL };
      JsonNode *answer = json_object_get_member (object, "answer");
      JsonNode *tolerance = json_object_get_member (object, "tolerance");
      const char *right;
      const char *too_low;
      const char *too_high;

      if (!check_members (object, allowed, _("a number question"), error))
        return NULL;
      if (answer == NULL || !JSON_NODE_HOLDS_VALUE (answer) ||
          (json_node_get_value_type (answer) != G_TYPE_INT64 && json_node_get_value_type (answer) != G_TYPE_DOUBLE))
        {
          lesson_invalid (error, _("a number question needs an “answer” that is a number"));
          return NULL;
        }
      if (tolerance != NULL && (!JSON_NODE_HOLDS_VALUE (tolerance) ||
                                (json_node_get_value_type (tolerance) != G_TYPE_INT64 &&
                                 json_node_get_value_type (tolerance) != G_TYPE_DOUBLE)))
        {
          lesson_invalid (error, _("the tolerance should be a number of 0 or more"));
          return NULL;
        }

      self = question_new (EC_QUESTION_NUMBER, "");
      self->answer = json_node_get_double (answer);
      self->tolerance = tolerance != NULL ? json_node_get_double (tolerance) : 0;

      if (json_object_has_member (object, "feedback") && !(feedback = ec_json_get_object (object, "feedback")))
        {
          lesson_invalid (error, _("“feedback” should be an object"));
          return NULL;
        }
      if (feedback != NULL &&
          (!check_members (feedback, feedback_allowed, _("the feedback of a number question"), error) ||
           !get_optional_string (feedback, "right", &right, error) ||
           !get_optional_string (feedback, "too_low", &too_low, error) ||
           !get_optional_string (feedback, "too_high", &too_high, error)))
        return NULL;
      if (feedback != NULL)
        {
          g_free (self->right);
          self->right = take_text (right, options);
          g_free (self->too_low);
          self->too_low = take_text (too_low, options);
          g_free (self->too_high);
          self->too_high = take_text (too_high, options);
        }
    }
  else if (g_strcmp0 (kind, "map") == 0)
    {
      static const char * const allowed[] = { "kind", "prompt", "condition", "feedback", "hint", "explanation", NULL };
      static const char * const feedback_allowed[] = { "right", "wrong", NULL };
      g_autoptr(GError) local_error = NULL;
      const char *right;
      const char *wrong;

      if (!check_members (object, allowed, _("a map task"), error))
        return NULL;
      if (!json_object_has_member (object, "condition"))
        {
          lesson_invalid (error, _("a map task needs a “condition” that says when the map is right"));
          return NULL;
        }

      self = question_new (EC_QUESTION_MAP, "");
      if (!(self->condition = ec_lesson_condition_new_from_json (json_object_get_member (object, "condition"),
                                                                 scenario, &local_error)))
        {
          lesson_invalid (error, _("its map task’s condition is wrong: %s"), local_error->message);
          return NULL;
        }

      if (json_object_has_member (object, "feedback") && !(feedback = ec_json_get_object (object, "feedback")))
        {
          lesson_invalid (error, _("“feedback” should be an object"));
          return NULL;
        }
      if (feedback != NULL &&
          (!check_members (feedback, feedback_allowed, _("the feedback of a map task"), error) ||
           !get_optional_string (feedback, "right", &right, error) ||
           !get_optional_string (feedback, "wrong", &wrong, error)))
        return NULL;
      if (feedback != NULL)
        {
          g_free (self->right);
          self->right = take_text (right, options);
          g_free (self->wrong);
          self->wrong = take_text (wrong, options);
        }
    }
  else
    {
      lesson_invalid (error, _("its question’s “kind” should be “choice”, “number” or “map”"));
      return NULL;
    }

  if (prompt == NULL)
    {
      lesson_invalid (error, _("its question has no “prompt”"));
      return NULL;
    }
  if (!get_optional_string (object, "hint", &hint, error) ||
      !get_optional_string (object, "explanation", &explanation, error))
    return NULL;

  g_free (self->prompt);
  self->prompt = take_text (prompt, options);
  g_free (self->hint);
  self->hint = take_text (hint, options);
  g_free (self->explanation);
  self->explanation = take_text (explanation, options);

  if (!check_question (self, scenario, error))
    return NULL;

  return g_steal_pointer (&self);
}

static EcLessonStep *
load_step (JsonNode           *node,
           const LoadOptions  *options,
           GError            **error)
{
  static const char * const allowed[] = { "title", "scenario", "text", "highlight", "question", NULL };
  g_autoptr(EcLessonStep) step = step_new_empty ();
  JsonObject *object;
  const char *title;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      lesson_invalid (error, _("it is not an object"));
      return NULL;
    }

  object = json_node_get_object (node);
  if (!check_members (object, allowed, _("a step"), error) ||
      !get_optional_string (object, "title", &title, error) ||
      !check_text (title, FALSE, EC_LESSON_MAX_TITLE, _("The step’s title"), error) ||
      !load_scenario (step, json_object_get_member (object, "scenario"), error))
    return NULL;

  g_free (step->title);
  step->title = take_text (title, options);

  g_strfreev (step->paragraphs);
  step->paragraphs = NULL;
  if (!json_object_has_member (object, "text"))
    {
      lesson_invalid (error, _("it has no “text”, the paragraphs the student reads"));
      return NULL;
    }
  if (!load_strings (object, "text", TRUE, options, &step->paragraphs, error) ||
      !check_paragraphs ((const char * const *)step->paragraphs, error))
    return NULL;

  g_strfreev (step->highlights);
  step->highlights = NULL;
  if (!load_strings (object, "highlight", FALSE, options, &step->highlights, error) ||
      !check_highlights (step->scenario, (const char * const *)step->highlights, error))
    return NULL;

  if (json_object_has_member (object, "question"))
    {
      JsonObject *question = ec_json_get_object (object, "question");

      if (question == NULL)
        {
          lesson_invalid (error, _("its “question” should be an object"));
          return NULL;
        }
      if (!(step->question = load_question (question, step->scenario, options, error)))
        return NULL;
    }

  return g_steal_pointer (&step);
}

static void
set_too_large (GError  **error,
               guint64   size)
{
  g_autofree char *size_text = g_format_size (size);
  g_autofree char *limit_text = g_format_size (EC_LESSON_MAX_FILE_SIZE);

  g_set_error (error, EC_LESSON_ERROR, EC_LESSON_ERROR_TOO_LARGE,
               _("The file is too large to be a lesson (%s; a lesson is at most %s)"),
               size_text, limit_text);
}

static EcLesson *
lesson_new_from_bytes (GBytes             *bytes,
                       const LoadOptions  *options,
                       GError            **error)
{
  static const char * const allowed[] = { "format", "version", "title", "audience", "minutes", "sources", "steps", NULL };
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autoptr(EcLesson) self = NULL;
  JsonObject *root;
  JsonArray *steps;
  gint64 version;
  gint64 minutes = 0;
  const char *title;
  const char *audience;
  const char *data;
  gsize length;

  data = g_bytes_get_data (bytes, &length);

  if (length > EC_LESSON_MAX_FILE_SIZE)
    {
      set_too_large (error, length);
      return NULL;
    }

  if (length == 0)
    {
      g_set_error_literal (error, EC_LESSON_ERROR, EC_LESSON_ERROR_NOT_JSON, _("The file is empty"));
      return NULL;
    }

  if (!g_utf8_validate (data, length, NULL))
    {
      g_set_error_literal (error, EC_LESSON_ERROR, EC_LESSON_ERROR_NOT_JSON,
                           _("The file is not a lesson: it is not text"));
      return NULL;
    }

  switch (ec_json_parse_document (data, length, LESSON_MAGIC, EC_LESSON_FORMAT_VERSION,
                                  &parser, &version, &local_error))
    {
    case EC_JSON_DOCUMENT_OK:
      break;
    case EC_JSON_DOCUMENT_NOT_JSON:
      g_set_error (error, EC_LESSON_ERROR, EC_LESSON_ERROR_NOT_JSON,
                   _("The file is damaged or not a lesson: %s"), local_error->message);
      return NULL;
    case EC_JSON_DOCUMENT_WRONG_FORMAT:
      g_set_error_literal (error, EC_LESSON_ERROR, EC_LESSON_ERROR_NOT_A_LESSON,
                           _("The file is not an Electors lesson"));
      return NULL;
    case EC_JSON_DOCUMENT_NO_VERSION:
      lesson_invalid (error, _("The file has no valid format version"));
      return NULL;
    case EC_JSON_DOCUMENT_NEWER_VERSION:
      {
        g_autofree char *version_text = g_strdup_printf ("%" G_GINT64_FORMAT, version);

        g_set_error (error, EC_LESSON_ERROR, EC_LESSON_ERROR_NEWER_VERSION,
                     _("The lesson was made by a newer version of Electors (lesson format %s; "
                       "this version reads format %d). Update Electors to open it."),
                     version_text, EC_LESSON_FORMAT_VERSION);
        return NULL;
      }
    }

  root = json_node_get_object (json_parser_get_root (parser));

  if (!check_members (root, allowed, _("a lesson"), error))
    return NULL;

  if (!(title = ec_json_get_string (root, "title")))
    {
      lesson_invalid (error, _("The lesson has no “title”"));
      return NULL;
    }
  if (!check_text (title, TRUE, EC_LESSON_MAX_TITLE, _("The lesson’s title"), error) ||
      !get_optional_string (root, "audience", &audience, error) ||
      !check_text (audience, FALSE, EC_LESSON_MAX_AUDIENCE, _("The audience"), error))
    return NULL;

  if (json_object_has_member (root, "minutes") &&
      (!ec_json_get_count (root, "minutes", &minutes) || minutes > EC_LESSON_MAX_MINUTES))
    {
      lesson_invalid (error, _("“minutes”, the estimated time, should be a whole number from 0 to %d"),
                      EC_LESSON_MAX_MINUTES);
      return NULL;
    }

  self = ec_lesson_new ("");
  g_free (self->title);
  self->title = take_text (title, options);
  g_free (self->audience);
  self->audience = take_text (audience, options);
  self->minutes = minutes;

  if (json_object_has_member (root, "sources"))
    {
      JsonArray *sources = ec_json_get_array (root, "sources");

      if (sources == NULL)
        {
          lesson_invalid (error, _("“sources” should be a list of titles and web addresses"));
          return NULL;
        }
      if (json_array_get_length (sources) > EC_LESSON_MAX_SOURCES)
        {
          lesson_invalid (error, _("A lesson lists at most %d sources"), EC_LESSON_MAX_SOURCES);
          return NULL;
        }
      for (guint i = 0; i < json_array_get_length (sources); i++)
        {
          static const char * const source_allowed[] = { "title", "url", NULL };
          JsonNode *node = json_array_get_element (sources, i);
          JsonObject *object = JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
          const char *source_title = object != NULL ? ec_json_get_string (object, "title") : NULL;
          const char *url = object != NULL ? ec_json_get_string (object, "url") : NULL;
          EcLessonSource *source;

          if (source_title == NULL || url == NULL)
            {
              lesson_invalid (error, _("Source %u should have a “title” and a “url”"), i + 1);
              return NULL;
            }
          if (!check_members (object, source_allowed, _("a source"), error) ||
              !check_source (source_title, url, error))
            return NULL;

          source = g_new0 (EcLessonSource, 1);
          source->title = take_text (source_title, options);
          source->url = g_strdup (url);
          g_ptr_array_add (self->sources, source);
        }
    }

  if (!(steps = ec_json_get_array (root, "steps")) || json_array_get_length (steps) == 0)
    {
      lesson_invalid (error, _("The lesson has no “steps”"));
      return NULL;
    }
  if (json_array_get_length (steps) > EC_LESSON_MAX_STEPS)
    {
      lesson_invalid (error, _("The lesson has more than %d steps"), EC_LESSON_MAX_STEPS);
      return NULL;
    }

  for (guint i = 0; i < json_array_get_length (steps); i++)
    {
      g_autoptr(GError) step_error = NULL;
      EcLessonStep *step = load_step (json_array_get_element (steps, i), options, &step_error);

      if (step == NULL)
        {
          /* Translators: %u is a step's number, %s what is wrong with it */
          g_set_error (error, EC_LESSON_ERROR, EC_LESSON_ERROR_INVALID, _("Step %u: %s"),
                       i + 1, step_error->message);
          return NULL;
        }
      g_ptr_array_add (self->steps, step);
    }

  return g_steal_pointer (&self);
}

/**
 * ec_lesson_new_from_bytes:
 * @bytes: the contents of a `.electors-lesson` file
 * @error: return location for a #GError
 *
 * Reads a lesson, checking everything in it: a lesson with anything wrong
 * is refused whole, with a message that names the step.
 *
 * Returns: (transfer full) (nullable): the lesson, or %NULL with @error set
 */
EcLesson *
ec_lesson_new_from_bytes (GBytes  *bytes,
                          GError **error)
{
  LoadOptions options = { FALSE };

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return lesson_new_from_bytes (bytes, &options, error);
}

/**
 * ec_lesson_new_from_file:
 * @file: a `.electors-lesson` file
 * @error: return location for a #GError
 *
 * Reads a lesson from @file, refusing folders and files that are too large.
 * Call it in a thread (a #GTask) from the window.
 *
 * Returns: (transfer full) (nullable): the lesson, or %NULL with @error set
 */
EcLesson *
ec_lesson_new_from_file (GFile   *file,
                         GError **error)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  char *data;
  gsize length;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  info = g_file_query_info (file,
                            G_FILE_ATTRIBUTE_STANDARD_TYPE "," G_FILE_ATTRIBUTE_STANDARD_SIZE,
                            G_FILE_QUERY_INFO_NONE, NULL, &local_error);
  if (info == NULL)
    {
      g_autofree char *message = ec_file_error_dup_open_message (local_error);

      g_set_error_literal (error, local_error->domain, local_error->code, message);
      return NULL;
    }

  if (g_file_info_get_file_type (info) == G_FILE_TYPE_DIRECTORY)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY,
                           _("This is a folder, not a lesson file"));
      return NULL;
    }

  if (g_file_info_get_file_type (info) != G_FILE_TYPE_REGULAR)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE,
                           _("This is not a regular file"));
      return NULL;
    }

  if (g_file_info_get_size (info) > EC_LESSON_MAX_FILE_SIZE)
    {
      set_too_large (error, g_file_info_get_size (info));
      return NULL;
    }

  if (!g_file_load_contents (file, NULL, &data, &length, NULL, &local_error))
    {
      g_autofree char *message = ec_file_error_dup_open_message (local_error);

      g_set_error_literal (error, local_error->domain, local_error->code, message);
      return NULL;
    }

  bytes = g_bytes_new_take (data, length);

  return ec_lesson_new_from_bytes (bytes, error);
}

/**
 * ec_lesson_list_bundled:
 *
 * Returns: (transfer none): the ids of the lessons that come with the app,
 *   in the order to offer them
 */
const char * const *
ec_lesson_list_bundled (void)
{
  return bundled_ids;
}

/**
 * ec_lesson_new_bundled:
 * @id: one of ec_lesson_list_bundled()
 * @error: return location for a #GError
 *
 * Loads a lesson that comes with the app, in the user's language.
 *
 * Returns: (transfer full) (nullable): the lesson, or %NULL with @error set
 */
EcLesson *
ec_lesson_new_bundled (const char  *id,
                       GError     **error)
{
  LoadOptions options = { TRUE };
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *path = NULL;
  g_autofree char *digest = NULL;
  EcLesson *self;

  g_return_val_if_fail (id != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!g_strv_contains (bundled_ids, id))
    {
      g_set_error (error, EC_LESSON_ERROR, EC_LESSON_ERROR_NO_SUCH_LESSON,
                   _("There is no lesson “%s” in Electors"), id);
      return NULL;
    }

  path = g_strconcat (LESSONS_RESOURCE, id, ".electors-lesson", NULL);
  if (!(bytes = g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, error)))
    return NULL;

  if (!(self = lesson_new_from_bytes (bytes, &options, error)))
    return NULL;

  digest = g_compute_checksum_for_bytes (G_CHECKSUM_SHA256, bytes);
  self->bundled_id = g_strdup (id);
  self->bundled_identity = g_strconcat (id, ":", digest, NULL);

  return self;
}

/**
 * ec_lesson_get_bundled_id:
 * @self: a #EcLesson
 *
 * Returns: (nullable): the id of the bundled lesson @self is, while it is
 *   unchanged
 */
const char *
ec_lesson_get_bundled_id (EcLesson *self)
{
  g_return_val_if_fail (EC_IS_LESSON (self), NULL);

  return self->bundled_id;
}
