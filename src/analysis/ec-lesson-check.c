/* ec-lesson-check.c
 *
 * Copyright 2026 The Electors authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ec-lesson-check.h"

/* A map task's condition evaluated on the student's map, with sentences that
 * say in words what is right and what is wrong, and the fewest units that
 * reach the goal, found by a search over the units' winners. */

/* How many maps the search for the fewest changes may count. */
#define MAX_TRIES 400

struct _EcLessonCheck
{
  gatomicrefcount  ref_count;
  gboolean         passed;
  GStrv            sentences;
  guint            units_changed;
  gboolean         has_minimum;
  guint            minimum;
};

G_DEFINE_BOXED_TYPE (EcLessonCheck, ec_lesson_check, ec_lesson_check_ref, ec_lesson_check_unref)

typedef struct {
  EcScenario *start;
  EcScenario *current;
  EcTally    *tally;
  guint       units_changed;
  /* Whether to skip "units_changed", when searching for the fewest. */
  gboolean    goal_only;
  gboolean    has_minimum;
  guint       minimum;
} Context;

static guint
count_units_changed (EcScenario *start,
                     EcScenario *current)
{
  g_autoptr(GPtrArray) units = ec_scenario_list_active_units (current);
  guint changed = 0;

  for (guint i = 0; i < units->len; i++)
    {
      const char *id = ec_unit_get_id (g_ptr_array_index (units, i));
      EcCandidate *now = ec_scenario_get_winner (current, id);
      EcCandidate *before = ec_scenario_get_winner (start, id);

      if (now == NULL && before == NULL)
        continue;
      if (now == NULL || before == NULL ||
          !g_str_equal (ec_candidate_get_id (now), ec_candidate_get_id (before)))
        changed++;
    }

  return changed;
}

static gboolean
compare (EcCompare compare,
         guint     value,
         guint     number)
{
  switch (compare)
    {
    case EC_COMPARE_EQUALS:
      return value == number;
    case EC_COMPARE_AT_LEAST:
      return value >= number;
    case EC_COMPARE_AT_MOST:
    default:
      return value <= number;
    }
}

/* What the task asks, to end a sentence: "exactly 270", "at least 270". */
static char *
dup_asked (EcCompare compare,
           guint     number)
{
  switch (compare)
    {
    case EC_COMPARE_EQUALS:
      /* Translators: what a task asks for, e.g. "exactly 269" */
      return g_strdup_printf (_("exactly %u"), number);
    case EC_COMPARE_AT_LEAST:
      /* Translators: what a task asks for, e.g. "at least 270" */
      return g_strdup_printf (_("at least %u"), number);
    case EC_COMPARE_AT_MOST:
    default:
      /* Translators: what a task asks for, e.g. "at most 3" */
      return g_strdup_printf (_("at most %u"), number);
    }
}

static void
add (GPtrArray  *sentences,
     char       *sentence)
{
  if (sentences != NULL)
    g_ptr_array_add (sentences, sentence);
  else
    g_free (sentence);
}

static EcCandidate *
candidate_of (Context    *ctx,
              const char *reference)
{
  return ec_lesson_condition_resolve_candidate (reference, ctx->current);
}

static const char *
name_of (EcCandidate *candidate)
{
  return ec_candidate_get_name (candidate);
}

/* The leader and the second, by electoral votes. */
static EcCandidate *
tally_candidate (EcTally *tally,
                 guint    position)
{
  if (position >= ec_tally_get_n_candidates (tally))
    return NULL;

  return ec_tally_get_candidate (tally, position);
}

static gboolean
is_tie (EcTally *tally)
{
  EcCandidate *first = tally_candidate (tally, 0);
  EcCandidate *second = tally_candidate (tally, 1);

  return ec_tally_get_outcome (tally) != EC_OUTCOME_WINNER && ec_tally_get_undecided (tally) == 0 &&
         first != NULL && second != NULL &&
         ec_tally_get_electoral_votes (tally, first) == ec_tally_get_electoral_votes (tally, second) &&
         ec_tally_get_electoral_votes (tally, first) > 0;
}

static char *
dup_unit_names (EcScenario         *scenario,
                const char * const *units)
{
  GString *names = g_string_new (NULL);
  guint n = g_strv_length ((GStrv)units);

  for (guint i = 0; i < n; i++)
    {
      EcUnit *unit = ec_election_get_unit (ec_scenario_get_election (scenario), units[i]);

      if (i > 0)
        /* Translators: between the last two names of a list, as in "ME-1 and ME-2" */
        g_string_append (names, i == n - 1 ? _(" and ") : ", ");
      g_string_append (names, unit != NULL ? ec_unit_get_name (unit) : units[i]);
    }

  return g_string_free (names, FALSE);
}

static gboolean evaluate (EcLessonCondition *condition,
                          Context           *ctx,
                          GPtrArray         *fails,
                          GPtrArray         *passes);

static gboolean
evaluate_winner (EcLessonCondition *condition,
                 Context           *ctx,
                 GPtrArray         *fails,
                 GPtrArray         *passes)
{
  EcTally *tally = ctx->tally;
  EcCandidate *winner = ec_tally_get_outcome (tally) == EC_OUTCOME_WINNER ? ec_tally_get_winner (tally) : NULL;
  EcCandidate *leader = tally_candidate (tally, 0);
  guint majority = ec_tally_get_majority (tally);
  const char *reference = ec_lesson_condition_get_candidate (condition);

  if (g_str_equal (reference, EC_CANDIDATE_NOBODY))
    {
      if (winner == NULL && ec_tally_get_outcome (tally) == EC_OUTCOME_CONTINGENT)
        {
          add (passes, g_strdup_printf (_("Nobody has %u: the most anyone has is %u."), majority,
                                        leader != NULL ? ec_tally_get_electoral_votes (tally, leader) : 0));
          return TRUE;
        }
      if (winner != NULL)
        add (fails, g_strdup_printf (_("Somebody still has %u: %s has %u."), majority, name_of (winner),
                                     ec_tally_get_electoral_votes (tally, winner)));
      else
        add (fails, g_strdup (_("Some electoral votes are still undecided, so the count is not over.")));
      return FALSE;
    }
  else
    {
      EcCandidate *wanted = candidate_of (ctx, reference);
      guint votes = wanted != NULL ? ec_tally_get_electoral_votes (tally, wanted) : 0;

      if (wanted != NULL && winner == wanted)
        {
          add (passes, g_strdup_printf (_("%s wins with %u electoral votes."), name_of (wanted), votes));
          return TRUE;
        }
      if (wanted == NULL)
        add (fails, g_strdup (_("The candidate this task names is not on the map.")));
      else if (winner != NULL)
        add (fails, g_strdup_printf (_("%s does not win: %s does, with %u electoral votes."), name_of (wanted),
                                     name_of (winner), ec_tally_get_electoral_votes (tally, winner)));
      else
        add (fails, g_strdup_printf (_("%s has %u electoral votes; %u are needed to win."), name_of (wanted),
                                     votes, majority));
      return FALSE;
    }
}

static gboolean
evaluate_outcome (EcLessonCondition *condition,
                  Context           *ctx,
                  GPtrArray         *fails,
                  GPtrArray         *passes)
{
  EcTally *tally = ctx->tally;
  EcOutcome outcome = ec_tally_get_outcome (tally);
  EcCandidate *first = tally_candidate (tally, 0);
  EcCandidate *second = tally_candidate (tally, 1);
  guint majority = ec_tally_get_majority (tally);

  switch (ec_lesson_condition_get_outcome (condition))
    {
    case EC_CONDITION_OUTCOME_MAJORITY:
      if (outcome == EC_OUTCOME_WINNER)
        {
          add (passes, g_strdup_printf (_("%s has a majority: %u electoral votes, and %u elect."),
                                        name_of (ec_tally_get_winner (tally)),
                                        ec_tally_get_electoral_votes (tally, ec_tally_get_winner (tally)), majority));
          return TRUE;
        }
      add (fails, g_strdup_printf (_("Nobody has a majority of %u yet."), majority));
      return FALSE;

    case EC_CONDITION_OUTCOME_CONTINGENT:
      if (outcome == EC_OUTCOME_CONTINGENT)
        {
          add (passes, g_strdup_printf (_("Nobody has %u, so the House of Representatives chooses the president."),
                                        majority));
          return TRUE;
        }
      if (outcome == EC_OUTCOME_WINNER)
        add (fails, g_strdup_printf (_("%s still has a majority: %u electoral votes, and %u elect."),
                                     name_of (ec_tally_get_winner (tally)),
                                     ec_tally_get_electoral_votes (tally, ec_tally_get_winner (tally)), majority));
      else
        add (fails, g_strdup (_("Some electoral votes are still undecided, so the count is not over.")));
      return FALSE;

    case EC_CONDITION_OUTCOME_TIE:
    default:
      if (is_tie (tally))
        {
          add (passes, g_strdup_printf (_("It is a tie: %s and %s have %u electoral votes each."),
                                        name_of (first), name_of (second),
                                        ec_tally_get_electoral_votes (tally, first)));
          return TRUE;
        }
      if (ec_tally_get_undecided (tally) > 0)
        add (fails, g_strdup (_("Some electoral votes are still undecided, so the count is not over.")));
      else if (first != NULL && second != NULL)
        add (fails, g_strdup_printf (_("It is not a tie: %s has %u and %s has %u."),
                                     name_of (first), ec_tally_get_electoral_votes (tally, first),
                                     name_of (second), ec_tally_get_electoral_votes (tally, second)));
      else
        add (fails, g_strdup (_("It is not a tie.")));
      return FALSE;
    }
}

static gboolean
evaluate_leaf (EcLessonCondition *condition,
               Context           *ctx,
               GPtrArray         *fails,
               GPtrArray         *passes)
{
  EcTally *tally = ctx->tally;
  EcCompare how = ec_lesson_condition_get_compare (condition);
  guint number = ec_lesson_condition_get_number (condition);
  const char * const *units = ec_lesson_condition_get_units (condition);

  switch (ec_lesson_condition_get_kind (condition))
    {
    case EC_CONDITION_WINNER:
      return evaluate_winner (condition, ctx, fails, passes);

    case EC_CONDITION_OUTCOME:
      return evaluate_outcome (condition, ctx, fails, passes);

    case EC_CONDITION_ELECTORAL_VOTES:
      {
        EcCandidate *candidate = candidate_of (ctx, ec_lesson_condition_get_candidate (condition));
        guint votes = candidate != NULL ? ec_tally_get_electoral_votes (tally, candidate) : 0;
        g_autofree char *asked = dup_asked (how, number);

        if (candidate == NULL)
          {
            add (fails, g_strdup (_("The candidate this task names is not on the map.")));
            return FALSE;
          }
        if (compare (how, votes, number))
          {
            add (passes, g_strdup_printf (_("%s has %u electoral votes, as the task asks."), name_of (candidate), votes));
            return TRUE;
          }
        /* Translators: the last %s is what the task asks, such as "at least 270" */
        add (fails, g_strdup_printf (_("%s has %u electoral votes; the task asks for %s."),
                                     name_of (candidate), votes, asked));
        return FALSE;
      }

    case EC_CONDITION_UNITS_CHANGED:
      {
        g_autofree char *asked = dup_asked (how, number);
        g_autofree char *sentence = NULL;
        gboolean passed;

        if (ctx->goal_only)
          return TRUE;

        passed = compare (how, ctx->units_changed, number);
        /* Nothing changed yet is not worth a sentence of its own. */
        if (passed && ctx->units_changed == 0)
          return TRUE;
        if (passed)
          sentence = g_strdup_printf (ngettext ("You changed %u state or district, as the task asks.",
                                                "You changed %u states and districts, as the task asks.",
                                                ctx->units_changed), ctx->units_changed);
        else
          /* Translators: the last %s is what the task asks, such as "at most 3" */
          sentence = g_strdup_printf (ngettext ("You changed %u state or district; the task asks for %s.",
                                                "You changed %u states and districts; the task asks for %s.",
                                                ctx->units_changed), ctx->units_changed, asked);

        if (ctx->has_minimum && ctx->units_changed > ctx->minimum)
          {
            g_autofree char *fewest = g_strdup_printf (ngettext ("It can be done with %u.",
                                                                 "It can be done with %u.",
                                                                 ctx->minimum), ctx->minimum);
            char *both = g_strconcat (sentence, " ", fewest, NULL);

            g_free (sentence);
            sentence = both;
          }
        else if (ctx->has_minimum && passed && ctx->units_changed == ctx->minimum)
          {
            char *both = g_strconcat (sentence, " ", _("That is the fewest possible."), NULL);

            g_free (sentence);
            sentence = both;
          }

        add (passed ? passes : fails, g_steal_pointer (&sentence));
        return passed;
      }

    case EC_CONDITION_FAITHLESS:
      {
        guint faithless = ec_tally_get_faithless (tally);
        g_autofree char *asked = dup_asked (how, number);

        if (compare (how, faithless, number))
          {
            add (passes, g_strdup_printf (ngettext ("%u elector breaks the pledge, as the task asks.",
                                                    "%u electors break their pledge, as the task asks.",
                                                    faithless), faithless));
            return TRUE;
          }
        /* Translators: the %s is what the task asks, such as "at least 37" */
        add (fails, g_strdup_printf (ngettext ("%u elector breaks the pledge; the task asks for %s.",
                                               "%u electors break their pledge; the task asks for %s.",
                                               faithless), faithless, asked));
        return FALSE;
      }

    case EC_CONDITION_UNIT_WINNER:
      {
        EcUnit *unit = ec_election_get_unit (ec_scenario_get_election (ctx->current), units[0]);
        EcCandidate *wanted = candidate_of (ctx, ec_lesson_condition_get_candidate (condition));
        EcCandidate *winner = ec_scenario_get_winner (ctx->current, units[0]);
        const char *unit_name = unit != NULL ? ec_unit_get_name (unit) : units[0];

        if (wanted != NULL && winner != NULL && g_str_equal (ec_candidate_get_id (wanted), ec_candidate_get_id (winner)))
          {
            add (passes, g_strdup_printf (_("%s goes to %s."), unit_name, name_of (winner)));
            return TRUE;
          }
        if (wanted == NULL)
          add (fails, g_strdup (_("The candidate this task names is not on the map.")));
        else if (winner == NULL)
          add (fails, g_strdup_printf (_("%s has no winner yet; it should go to %s."), unit_name, name_of (wanted)));
        else
          add (fails, g_strdup_printf (_("%s goes to %s, not to %s."), unit_name, name_of (winner), name_of (wanted)));
        return FALSE;
      }

    case EC_CONDITION_UNITS_DIFFER:
      {
        g_autofree char *names = dup_unit_names (ctx->current, units);
        EcCandidate *first = ec_scenario_get_winner (ctx->current, units[0]);
        gboolean differ = FALSE;

        for (guint i = 1; units[i] != NULL; i++)
          {
            EcCandidate *other = ec_scenario_get_winner (ctx->current, units[i]);

            if ((first == NULL) != (other == NULL) ||
                (first != NULL && !g_str_equal (ec_candidate_get_id (first), ec_candidate_get_id (other))))
              differ = TRUE;
          }

        if (differ)
          {
            add (passes, g_strdup_printf (_("%s do not all go to the same candidate."), names));
            return TRUE;
          }
        if (first != NULL && units[2] == NULL)
          add (fails, g_strdup_printf (_("%s both go to %s."), names, name_of (first)));
        else if (first != NULL)
          add (fails, g_strdup_printf (_("%s all go to %s."), names, name_of (first)));
        else
          add (fails, g_strdup_printf (_("%s have no winner yet."), names));
        return FALSE;
      }

    case EC_CONDITION_SPLIT:
    default:
      {
        EcUnit *unit = ec_election_get_unit (ec_scenario_get_election (ctx->current), units[0]);
        const char *unit_name = unit != NULL ? ec_unit_get_name (unit) : units[0];

        if (ec_scenario_get_split (ctx->current, units[0]))
          {
            add (passes, g_strdup_printf (_("%s splits its electoral votes by district."), unit_name));
            return TRUE;
          }
        add (fails, g_strdup_printf (_("%s gives all its electoral votes to one candidate: it is not split by district."),
                                     unit_name));
        return FALSE;
      }
    }
}

static void
append_all (GPtrArray *to,
            GPtrArray *from)
{
  if (to == NULL)
    return;

  for (guint i = 0; i < from->len; i++)
    g_ptr_array_add (to, g_steal_pointer (&from->pdata[i]));
  g_ptr_array_set_size (from, 0);
}

static gboolean
evaluate (EcLessonCondition *condition,
          Context           *ctx,
          GPtrArray         *fails,
          GPtrArray         *passes)
{
  EcConditionKind kind = ec_lesson_condition_get_kind (condition);
  guint n = ec_lesson_condition_get_n_children (condition);

  if (kind == EC_CONDITION_ALL)
    {
      gboolean passed = TRUE;

      for (guint i = 0; i < n; i++)
        passed = evaluate (ec_lesson_condition_get_child (condition, i), ctx, fails, passes) && passed;

      return passed;
    }

  if (kind == EC_CONDITION_ANY)
    {
      g_autoptr(GPtrArray) all_fails = g_ptr_array_new_with_free_func (g_free);

      for (guint i = 0; i < n; i++)
        {
          g_autoptr(GPtrArray) child_fails = g_ptr_array_new_with_free_func (g_free);
          g_autoptr(GPtrArray) child_passes = g_ptr_array_new_with_free_func (g_free);

          if (evaluate (ec_lesson_condition_get_child (condition, i), ctx, child_fails, child_passes))
            {
              /* One way that works is enough to say. */
              append_all (passes, child_passes);
              return TRUE;
            }
          append_all (all_fails, child_fails);
        }

      append_all (fails, all_fails);
      return FALSE;
    }

  return evaluate_leaf (condition, ctx, fails, passes);
}

static gboolean
evaluate_goal (EcLessonCondition *condition,
               EcScenario        *start,
               EcScenario        *scenario)
{
  g_autoptr(EcTally) tally = ec_tally_new (scenario);
  Context ctx = { start, scenario, tally, 0, TRUE, FALSE, 0 };

  return evaluate (condition, &ctx, NULL, NULL);
}

/* Whether the condition asks for few changed units, so that the fewest is
 * worth computing. */
static gboolean
asks_few_units (EcLessonCondition *condition)
{
  EcConditionKind kind = ec_lesson_condition_get_kind (condition);

  /* "equals 0" asks for no change at all, and the fewest would mislead. */
  if (kind == EC_CONDITION_UNITS_CHANGED)
    return ec_lesson_condition_get_compare (condition) == EC_COMPARE_AT_MOST;

  if (kind == EC_CONDITION_ALL)
    {
      for (guint i = 0; i < ec_lesson_condition_get_n_children (condition); i++)
        {
          if (asks_few_units (ec_lesson_condition_get_child (condition, i)))
            return TRUE;
        }
    }

  return FALSE;
}

/* The candidate the goal is about: the one who should win or reach a
 * number of electoral votes; for "nobody", a tie or the House, the leader
 * on the starting map. */
static EcCandidate *
find_target (EcLessonCondition *condition,
             EcScenario        *start,
             EcTally           *tally)
{
  EcConditionKind kind = ec_lesson_condition_get_kind (condition);

  switch (kind)
    {
    case EC_CONDITION_ALL:
      for (guint i = 0; i < ec_lesson_condition_get_n_children (condition); i++)
        {
          EcCandidate *target = find_target (ec_lesson_condition_get_child (condition, i), start, tally);

          if (target != NULL)
            return target;
        }
      return NULL;

    case EC_CONDITION_WINNER:
    case EC_CONDITION_ELECTORAL_VOTES:
      if (!g_str_equal (ec_lesson_condition_get_candidate (condition), EC_CANDIDATE_NOBODY))
        return ec_lesson_condition_resolve_candidate (ec_lesson_condition_get_candidate (condition), start);
      return tally_candidate (tally, 0);

    case EC_CONDITION_OUTCOME:
      return tally_candidate (tally, 0);

    default:
      return NULL;
    }
}

/**
 * ec_lesson_check_find_minimum:
 * @condition: a map task's condition
 * @start: the step's starting map
 * @minimum: (out) (optional): the fewest units to change
 * @example: (out) (optional) (transfer full): a map that does it
 *
 * Searches for the fewest units whose winner must change, from @start, to
 * satisfy @condition (leaving aside its "units_changed"). Each unit either
 * goes to the candidate the goal is about or, if it is theirs, to their
 * strongest opponent; a search over the electoral votes that gives finds
 * the fewest, and the map it gives is checked in full before it is
 * believed.
 *
 * Returns: %TRUE when a way was found
 */
gboolean
ec_lesson_check_find_minimum (EcLessonCondition  *condition,
                              EcScenario         *start,
                              guint              *minimum,
                              EcScenario        **example)
{
  g_autoptr(EcTally) tally = NULL;
  g_autoptr(GPtrArray) units = NULL;
  g_autofree guint8 *best = NULL;
  g_autofree guint8 *flip = NULL;
  EcCandidate *target;
  EcCandidate *opponent;
  guint tries = 0;
  guint n;
  int width;

  g_return_val_if_fail (condition != NULL, FALSE);
  g_return_val_if_fail (EC_IS_SCENARIO (start), FALSE);

  if (evaluate_goal (condition, start, start))
    {
      if (minimum != NULL)
        *minimum = 0;
      if (example != NULL)
        *example = ec_scenario_copy (start);
      return TRUE;
    }

  tally = ec_tally_new (start);
  if (!(target = find_target (condition, start, tally)))
    return FALSE;
  opponent = tally_candidate (tally, 0) == target ? tally_candidate (tally, 1) : tally_candidate (tally, 0);
  if (opponent == NULL || opponent == target)
    return FALSE;

  units = ec_scenario_list_active_units (start);
  n = units->len;
  if (n == 0 || n > 250)
    return FALSE;

  /* best[u][s]: the fewest flips among the first u units that move the
   * target's electoral votes by s - width; flip[u][s] whether unit u - 1 is
   * flipped on the way. */
  width = ec_scenario_get_electors_total (start);
  best = g_malloc ((n + 1) * (2 * width + 1));
  flip = g_malloc0 ((n + 1) * (2 * width + 1));
  memset (best, 0xff, (n + 1) * (2 * width + 1));
#define AT(a, u, s) (a)[(gsize)(u) * (2 * width + 1) + (s)]
  AT (best, 0, width) = 0;

  for (guint u = 0; u < n; u++)
    {
      EcUnit *unit = g_ptr_array_index (units, u);
      EcCandidate *winner = ec_scenario_get_winner (start, ec_unit_get_id (unit));
      int ev = ec_scenario_get_unit_electoral_votes (start, unit);
      int delta = winner == target ? -ev : ev;

      for (int s = 0; s <= 2 * width; s++)
        {
          guint8 keep = AT (best, u, s);

          if (keep < AT (best, u + 1, s))
            {
              AT (best, u + 1, s) = keep;
              AT (flip, u + 1, s) = 0;
            }
          if (keep != 0xff && s + delta >= 0 && s + delta <= 2 * width && keep + 1 < AT (best, u + 1, s + delta))
            {
              AT (best, u + 1, s + delta) = keep + 1;
              AT (flip, u + 1, s + delta) = 1;
            }
        }
    }

  /* Try the reachable totals from the fewest flips up, and believe only a
   * map that passes in full. Each try counts a tally, so there is a budget:
   * past it the check gives no fewest rather than keep the student waiting. */
  for (guint flips = 1; flips <= MIN (n, 254) && tries < MAX_TRIES; flips++)
    {
      for (int s = 0; s <= 2 * width && tries < MAX_TRIES; s++)
        {
          g_autoptr(EcScenario) candidate = NULL;
          int at = s;

          if (AT (best, n, s) != flips)
            continue;

          tries++;

          candidate = ec_scenario_copy (start);
          for (guint u = n; u > 0; u--)
            {
              EcUnit *unit = g_ptr_array_index (units, u - 1);
              EcCandidate *winner = ec_scenario_get_winner (start, ec_unit_get_id (unit));
              int ev = ec_scenario_get_unit_electoral_votes (start, unit);

              if (AT (flip, u, at))
                {
                  ec_scenario_set_winner (candidate, ec_unit_get_id (unit), winner == target ? opponent : target);
                  at -= winner == target ? -ev : ev;
                }
            }

          if (evaluate_goal (condition, start, candidate))
            {
              if (minimum != NULL)
                *minimum = count_units_changed (start, candidate);
              if (example != NULL)
                *example = g_steal_pointer (&candidate);
              return TRUE;
            }
        }
    }
#undef AT

  return FALSE;
}

/**
 * ec_lesson_check_new:
 * @condition: a map task's condition
 * @start: the step's starting map
 * @current: the student's map
 * @tally: (nullable): the tally of @current, if there is one already
 *
 * Checks the student's map.
 *
 * Returns: (transfer full): the verdict and its sentences
 */
EcLessonCheck *
ec_lesson_check_new (EcLessonCondition *condition,
                     EcScenario        *start,
                     EcScenario        *current,
                     EcTally           *tally)
{
  g_autoptr(EcTally) own_tally = NULL;
  g_autoptr(GPtrArray) fails = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) passes = g_ptr_array_new_with_free_func (g_free);
  EcLessonCheck *self;
  Context ctx = { 0 };

  g_return_val_if_fail (condition != NULL, NULL);
  g_return_val_if_fail (EC_IS_SCENARIO (start), NULL);
  g_return_val_if_fail (EC_IS_SCENARIO (current), NULL);

  if (tally == NULL)
    tally = own_tally = ec_tally_new (current);

  ctx.start = start;
  ctx.current = current;
  ctx.tally = tally;
  ctx.units_changed = count_units_changed (start, current);
  if (asks_few_units (condition))
    ctx.has_minimum = ec_lesson_check_find_minimum (condition, start, &ctx.minimum, NULL);

  self = g_new0 (EcLessonCheck, 1);
  g_atomic_ref_count_init (&self->ref_count);
  self->passed = evaluate (condition, &ctx, fails, passes);
  self->units_changed = ctx.units_changed;
  self->has_minimum = ctx.has_minimum;
  self->minimum = ctx.minimum;

  /* What is wrong comes first: it is what the student acts on. */
  append_all (fails, passes);
  if (fails->len == 0)
    g_ptr_array_add (fails, g_strdup (self->passed ? _("The map does what the task asks.")
                                                   : _("The map does not do what the task asks yet.")));
  g_ptr_array_add (fails, NULL);
  self->sentences = (GStrv)g_ptr_array_steal (fails, NULL);

  return self;
}

/**
 * ec_lesson_check_ref:
 * @self: a #EcLessonCheck
 *
 * Returns: (transfer full): @self
 */
EcLessonCheck *
ec_lesson_check_ref (EcLessonCheck *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);

  return self;
}

/**
 * ec_lesson_check_unref:
 * @self: (transfer full): a #EcLessonCheck
 *
 * Drops a reference to @self.
 */
void
ec_lesson_check_unref (EcLessonCheck *self)
{
  g_return_if_fail (self != NULL);

  if (g_atomic_ref_count_dec (&self->ref_count))
    {
      g_strfreev (self->sentences);
      g_free (self);
    }
}

/**
 * ec_lesson_check_get_passed:
 * @self: a #EcLessonCheck
 *
 * Returns: whether the student's map does what the task asks
 */
gboolean
ec_lesson_check_get_passed (EcLessonCheck *self)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return self->passed;
}

/**
 * ec_lesson_check_get_sentences:
 * @self: a #EcLessonCheck
 *
 * Returns: (transfer none): what is wrong, then what is right, in words
 */
const char * const *
ec_lesson_check_get_sentences (EcLessonCheck *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return (const char * const *)self->sentences;
}

/**
 * ec_lesson_check_dup_text:
 * @self: a #EcLessonCheck
 *
 * Returns: (transfer full): the sentences as one paragraph
 */
char *
ec_lesson_check_dup_text (EcLessonCheck *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return g_strjoinv (" ", self->sentences);
}

/**
 * ec_lesson_check_get_units_changed:
 * @self: a #EcLessonCheck
 *
 * Returns: how many units have another winner than on the starting map
 */
guint
ec_lesson_check_get_units_changed (EcLessonCheck *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->units_changed;
}

/**
 * ec_lesson_check_get_minimum_units:
 * @self: a #EcLessonCheck
 * @minimum: (out): the fewest units that reach the goal
 *
 * Returns: %TRUE when the task asks for few changed units and the fewest
 *   was found
 */
gboolean
ec_lesson_check_get_minimum_units (EcLessonCheck *self,
                                   guint         *minimum)
{
  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (minimum != NULL, FALSE);

  if (!self->has_minimum)
    return FALSE;

  *minimum = self->minimum;

  return TRUE;
}
