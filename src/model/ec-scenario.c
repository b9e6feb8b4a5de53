/* ec-scenario.c
 *
 * Copyright 2026 The Electors authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ec-allocation.h"
#include "ec-format.h"
#include "ec-laws.h"
#include "ec-scenario-private.h"

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_QUARK (ec-scenario-error-quark, ec_scenario_error)
G_DEFINE_FINAL_TYPE (EcScenario, ec_scenario, G_TYPE_OBJECT)

static void
ec_faithless_free (EcFaithless *faithless)
{
  g_free (faithless->unit_id);
  g_free (faithless->elector);
  g_clear_object (&faithless->from);
  g_clear_object (&faithless->to);
  g_free (faithless);
}

/* A delegation's vote may be for nobody, so values can be NULL. */
static void
clear_vote (gpointer candidate)
{
  g_clear_object (&candidate);
}

static void
ec_scenario_finalize (GObject *object)
{
  EcScenario *self = (EcScenario *)object;

  g_clear_object (&self->election);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->notes, g_free);
  g_clear_pointer (&self->preset, g_free);
  g_clear_pointer (&self->people, g_ptr_array_unref);
  g_clear_pointer (&self->candidates, g_ptr_array_unref);
  g_clear_pointer (&self->winners, g_hash_table_unref);
  g_clear_pointer (&self->splits, g_hash_table_unref);
  g_clear_pointer (&self->faithless, g_ptr_array_unref);
  g_clear_pointer (&self->house_votes, g_hash_table_unref);
  g_clear_pointer (&self->state_methods, g_hash_table_unref);
  g_clear_pointer (&self->apportioned, g_hash_table_unref);
  g_clear_pointer (&self->colors, g_hash_table_unref);

  G_OBJECT_CLASS (ec_scenario_parent_class)->finalize (object);
}

static void
ec_scenario_class_init (EcScenarioClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ec_scenario_finalize;

  /**
   * EcScenario::changed:
   *
   * Emitted after anything in the scenario changed: what can change the
   * tally, and its title and notes.
   */
  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
}

static void
ec_scenario_init (EcScenario *self)
{
  self->title = g_strdup ("");
  self->notes = g_strdup ("");
  self->people = g_ptr_array_new_with_free_func (g_object_unref);
  self->candidates = g_ptr_array_new_with_free_func (g_object_unref);
  self->winners = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  self->splits = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->faithless = g_ptr_array_new_with_free_func ((GDestroyNotify)ec_faithless_free);
  self->house_votes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, clear_vote);
  self->method = EC_METHOD_WINNER_TAKE_ALL;
  self->state_methods = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->house_size = EC_HOUSE_SIZE_DEFAULT;
  self->colors = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

static void
emit_changed (EcScenario *self)
{
  g_signal_emit (self, signals[CHANGED], 0);
}

/* @text, or its first @max_chars characters, as valid UTF-8. */
static char *
limit_text (const char *text,
            glong       max_chars)
{
  g_autofree char *valid = g_utf8_make_valid (text != NULL ? text : "", -1);

  if (g_utf8_strlen (valid, -1) <= max_chars)
    return g_steal_pointer (&valid);

  return g_utf8_substring (valid, 0, max_chars);
}

/* For the parts of the scenario kept in files of their own. */
void
ec_scenario_emit_changed (EcScenario *self)
{
  emit_changed (self);
}

/* A scenario of @election with its splits as the election had them and
 * nothing else: ec_scenario_new() and loading a file fill it in. */
EcScenario *
ec_scenario_new_empty (EcElection     *election,
                       EcScenarioBase  base)
{
  EcScenario *self = g_object_new (EC_TYPE_SCENARIO, NULL);
  GPtrArray *states = ec_election_get_states (election);
  GPtrArray *candidates = ec_election_get_candidates (election);

  self->election = g_object_ref (election);
  self->base = base;

  for (guint i = 0; i < candidates->len; i++)
    g_ptr_array_add (self->candidates, g_object_ref (g_ptr_array_index (candidates, i)));

  for (guint i = 0; i < states->len; i++)
    {
      EcUnit *state = g_ptr_array_index (states, i);

      if (ec_unit_get_districts (state)->len > 0)
        g_hash_table_insert (self->splits, g_strdup (ec_unit_get_id (state)),
                             GINT_TO_POINTER (ec_unit_get_district_method (state)));
    }

  return self;
}

/**
 * ec_scenario_new:
 * @election: a #EcElection
 * @base: how to start: with the electors as they really voted, as pledged,
 *   or with nothing decided
 *
 * Returns: (transfer full): a new scenario of @election
 */
EcScenario *
ec_scenario_new (EcElection     *election,
                 EcScenarioBase  base)
{
  EcScenario *self;
  GPtrArray *units;

  g_return_val_if_fail (EC_IS_ELECTION (election), NULL);

  self = ec_scenario_new_empty (election, base);

  /* A blank map starts with the two major candidates; a student may add
   * the third. */
  ec_scenario_drop_unused_third (self);

  if (base == EC_SCENARIO_BLANK)
    return self;

  units = ec_election_get_all_units (election);
  for (guint i = 0; i < units->len; i++)
    {
      EcUnit *unit = g_ptr_array_index (units, i);
      EcCandidate *winner = ec_unit_get_winner (unit);

      if (winner != NULL)
        g_hash_table_insert (self->winners, g_strdup (ec_unit_get_id (unit)), g_object_ref (winner));
    }

  if (base == EC_SCENARIO_AS_CAST)
    {
      GPtrArray *records = ec_election_get_faithless (election);

      for (guint i = 0; i < records->len; i++)
        {
          EcFaithlessRecord *record = g_ptr_array_index (records, i);
          g_autoptr(GError) error = NULL;

          if (record->replaced)
            continue;

          /* The election data is checked when it is generated, and again by the
           * tests, so a failure here is a bug in the bundled data. */
          if (!ec_scenario_add_faithless (self, record->unit_id, record->voted_for, 1,
                                          record->elector, &error))
            g_critical ("Faithless elector in %s does not fit the results: %s",
                        record->unit_id, error->message);
        }
    }

  return self;
}

/**
 * ec_scenario_new_blank:
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (nullable): a blank map with the latest
 *   apportionment and nothing decided
 */
EcScenario *
ec_scenario_new_blank (GError **error)
{
  g_autoptr(EcElection) election = ec_election_new_blank (error);

  if (election == NULL)
    return NULL;

  return ec_scenario_new (election, EC_SCENARIO_BLANK);
}

/**
 * ec_scenario_get_election:
 * @self: a #EcScenario
 *
 * Returns: (transfer none): the election the scenario starts from
 */
EcElection *
ec_scenario_get_election (EcScenario *self)
{
  g_return_val_if_fail (EC_IS_SCENARIO (self), NULL);

  return self->election;
}

/**
 * ec_scenario_get_base:
 * @self: a #EcScenario
 *
 * Returns: how the scenario started
 */
EcScenarioBase
ec_scenario_get_base (EcScenario *self)
{
  g_return_val_if_fail (EC_IS_SCENARIO (self), EC_SCENARIO_BLANK);

  return self->base;
}

/**
 * ec_scenario_get_title:
 * @self: a #EcScenario
 *
 * Returns: (transfer none): the scenario's title, possibly empty
 */
const char *
ec_scenario_get_title (EcScenario *self)
{
  g_return_val_if_fail (EC_IS_SCENARIO (self), NULL);

  return self->title;
}

/**
 * ec_scenario_set_title:
 * @self: a #EcScenario
 * @title: (nullable): the new title
 *
 * Sets the title shown on exports and in the window.
 */
void
ec_scenario_set_title (EcScenario *self,
                       const char *title)
{
  g_autofree char *kept = NULL;

  g_return_if_fail (EC_IS_SCENARIO (self));

  /* No longer than a file may hold, so that every file saved opens again. */
  kept = limit_text (title, EC_SCENARIO_MAX_TITLE);
  if (g_strcmp0 (self->title, kept) == 0)
    return;

  g_free (self->title);
  self->title = g_steal_pointer (&kept);
  emit_changed (self);
}

/**
 * ec_scenario_get_notes:
 * @self: a #EcScenario
 *
 * Returns: (transfer none): the scenario's notes, possibly empty
 */
const char *
ec_scenario_get_notes (EcScenario *self)
{
  g_return_val_if_fail (EC_IS_SCENARIO (self), NULL);

  return self->notes;
}

/**
 * ec_scenario_set_notes:
 * @self: a #EcScenario
 * @notes: (nullable): the new notes
 *
 * Sets the teacher's or student's notes kept with the scenario.
 */
void
ec_scenario_set_notes (EcScenario *self,
                       const char *notes)
{
  g_autofree char *kept = NULL;

  g_return_if_fail (EC_IS_SCENARIO (self));

  kept = limit_text (notes, EC_SCENARIO_MAX_NOTES);
  if (g_strcmp0 (self->notes, kept) == 0)
    return;

  g_free (self->notes);
  self->notes = g_steal_pointer (&kept);
  emit_changed (self);
}

/**
 * ec_scenario_get_candidates:
 * @self: a #EcScenario
 *
 * Returns: (transfer none) (element-type EcCandidate): everyone who can
 *   receive electoral votes: the election's candidates, then people named by
 *   the user
 */
GPtrArray *
ec_scenario_get_candidates (EcScenario *self)
{
  g_return_val_if_fail (EC_IS_SCENARIO (self), NULL);

  return self->candidates;
}

/**
 * ec_scenario_get_candidate:
 * @self: a #EcScenario
 * @id: a candidate id
 *
 * Returns: (transfer none) (nullable): the candidate or person with @id
 */
EcCandidate *
ec_scenario_get_candidate (EcScenario *self,
                           const char *id)
{
  g_return_val_if_fail (EC_IS_SCENARIO (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  for (guint i = 0; i < self->candidates->len; i++)
    {
      EcCandidate *candidate = g_ptr_array_index (self->candidates, i);

      if (g_str_equal (ec_candidate_get_id (candidate), id))
        return candidate;
    }

  return NULL;
}

/**
 * ec_scenario_is_person:
 * @self: a #EcScenario
 * @candidate: one of its candidates
 *
 * Returns: whether @candidate is a person the user named to receive
 *   faithless votes, rather than a candidate of the election
 */
gboolean
ec_scenario_is_person (EcScenario  *self,
                       EcCandidate *candidate)
{
  g_return_val_if_fail (EC_IS_SCENARIO (self), FALSE);
  g_return_val_if_fail (EC_IS_CANDIDATE (candidate), FALSE);

  return g_ptr_array_find (self->people, candidate, NULL);
}

static EcCandidate *
find_person_by_name (EcScenario *self,
                     const char *name)
{
  for (guint i = 0; i < self->candidates->len; i++)
    {
      EcCandidate *candidate = g_ptr_array_index (self->candidates, i);

      if (g_utf8_collate (ec_candidate_get_name (candidate), name) == 0)
        return candidate;
    }

  return NULL;
}

/* Adds a person under an id of the caller's: a new one, or the one a file
 * gives, so that its faithless entries can name them. */
EcCandidate *
ec_scenario_add_person_with_id (EcScenario *self,
                                const char *id,
                                const char *name)
{
  EcCandidate *person = ec_candidate_new (id, name, NULL, NULL);

  g_ptr_array_add (self->people, person);
  g_ptr_array_add (self->candidates, g_object_ref (person));

  return person;
}

/**
 * ec_scenario_add_person:
 * @self: a #EcScenario
 * @name: the person's name
 *
 * Adds someone who is not a candidate of the election, so that faithless
 * electors can vote for them. Naming someone who is already known returns
 * that candidate.
 *
 * Returns: (transfer none): the person
 */
EcCandidate *
ec_scenario_add_person (EcScenario *self,
                        const char *name)
{
  g_autofree char *stripped = NULL;
  EcCandidate *existing;

  g_return_val_if_fail (EC_IS_SCENARIO (self), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  stripped = limit_text (name, EC_SCENARIO_MAX_TITLE);
  g_strstrip (stripped);
  g_return_val_if_fail (*stripped != '\0', NULL);

  if ((existing = find_person_by_name (self, stripped)))
    return existing;

  for (guint n = self->people->len + 1; ; n++)
    {
      g_autofree char *id = g_strdup_printf ("person-%u", n);

      if (ec_scenario_get_candidate (self, id) == NULL)
        return ec_scenario_add_person_with_id (self, id, stripped);
    }
}

/**
 * ec_scenario_get_sides:
 * @self: a #EcScenario
 * @left: (out) (transfer none): the candidate shown on the left of a tally bar
 * @right: (out) (transfer none): the candidate shown on the right
 *
 * The two sides of the race to 270, fixed per scenario so they never swap
 * while a student clicks: Democrats left and Republicans right when both
 * run, else the scenario's first two candidates. The window's tally bar and
 * exported snapshots use the same sides.
 */
void
ec_scenario_get_sides (EcScenario   *self,
                       EcCandidate **left,
                       EcCandidate **right)
{
  g_return_if_fail (EC_IS_SCENARIO (self));
  g_return_if_fail (left != NULL && right != NULL);
  g_return_if_fail (self->candidates->len >= 2);

  *left = g_ptr_array_index (self->candidates, 0);
  *right = g_ptr_array_index (self->candidates, 1);

  for (guint i = 0; i < 2; i++)
    {
      EcCandidate *candidate = g_ptr_array_index (self->candidates, i);

      if (g_strcmp0 (ec_candidate_get_party_id (candidate), EC_PARTY_ID_DEMOCRATIC) == 0)
        {
          *left = candidate;
          *right = g_ptr_array_index (self->candidates, 1 - i);
        }
    }
}

/**
 * ec_scenario_get_split:
 * @self: a #EcScenario
 * @state_id: a state's postal code
 *
 * Returns: whether @state_id gives electoral votes by congressional district
 */
gboolean
ec_scenario_get_split (EcScenario *self,
                       const char *state_id)
{
  g_return_val_if_fail (EC_IS_SCENARIO (self), FALSE);
  g_return_val_if_fail (state_id != NULL, FALSE);

  return GPOINTER_TO_INT (g_hash_table_lookup (self->splits, state_id));
}

/* Whether a state's districts cast their own votes: its split is on, or
 * its method is the district method. A House of another size would redraw
 * the districts, and no results exist for those, so a re-apportioned state
 * votes as a whole. */
static gboolean
split_in_effect (EcScenario *self,
                 const char *state_id)
{
  EcUnit *state;

  if (!g_hash_table_contains (self->splits, state_id))
    return FALSE;

  if (self->apportioned != NULL && (state = ec_election_get_unit (self->election, state_id)) &&
      g_hash_table_contains (self->apportioned, state_id) &&
      GPOINTER_TO_UINT (g_hash_table_lookup (self->apportioned, state_id)) != ec_unit_get_electoral_votes (state))
    return FALSE;

  return ec_scenario_get_split (self, state_id) ||
         ec_scenario_get_state_method (self, state_id) == EC_METHOD_DISTRICT;
}

/**
 * ec_scenario_is_unit_active:
 * @self: a #EcScenario
 * @unit: a unit of the scenario's election
 *
 * Returns: whether @unit casts electoral votes of its own in the scenario: a
 *   district only does while its state uses the district method
 */
gboolean
ec_scenario_is_unit_active (EcScenario *self,
                            EcUnit     *unit)
{
  g_return_val_if_fail (EC_IS_SCENARIO (self), FALSE);
  g_return_val_if_fail (EC_IS_UNIT (unit), FALSE);

  if (ec_unit_get_kind (unit) == EC_UNIT_DISTRICT)
    return split_in_effect (self, ec_unit_get_state_id (unit));

  return TRUE;
}

/**
 * ec_scenario_get_unit_electoral_votes:
 * @self: a #EcScenario
 * @unit: a unit of the scenario's election
 *
 * Returns: the electoral votes @unit casts in the scenario: a split state's
 *   at-large votes only, and 0 for an inactive district
 */
guint
ec_scenario_get_unit_electoral_votes (EcScenario *self,
                                      EcUnit     *unit)
{
  g_return_val_if_fail (EC_IS_SCENARIO (self), 0);
  g_return_val_if_fail (EC_IS_UNIT (unit), 0);

  if (!ec_scenario_is_unit_active (self, unit))
    return 0;

  if (ec_unit_get_kind (unit) == EC_UNIT_STATE && split_in_effect (self, ec_unit_get_id (unit)))
    return ec_unit_get_at_large_electoral_votes (unit);

  if (self->apportioned != NULL && g_hash_table_contains (self->apportioned, ec_unit_get_id (unit)))
    return GPOINTER_TO_UINT (g_hash_table_lookup (self->apportioned, ec_unit_get_id (unit)));

  return ec_unit_get_electoral_votes (unit);
}

/**
 * ec_scenario_list_active_units:
 * @self: a #EcScenario
 *
 * Returns: (transfer container) (element-type EcUnit): the units that cast
 *   electoral votes in the scenario, in map order
 */
GPtrArray *
ec_scenario_list_active_units (EcScenario *self)
{
  GPtrArray *units;
  GPtrArray *active;

  g_return_val_if_fail (EC_IS_SCENARIO (self), NULL);

  units = ec_election_get_all_units (self->election);
  active = g_ptr_array_new_full (units->len, g_object_unref);

  for (guint i = 0; i < units->len; i++)
    {
      EcUnit *unit = g_ptr_array_index (units, i);

      if (ec_scenario_is_unit_active (self, unit))
        g_ptr_array_add (active, g_object_ref (unit));
    }

  return active;
}

/**
 * ec_scenario_get_winner:
 * @self: a #EcScenario
 * @unit_id: a unit id
 *
 * Returns: (transfer none) (nullable): whom the unit's electors are pledged
 *   to, or %NULL if the unit is undecided
 */
EcCandidate *
ec_scenario_get_winner (EcScenario *self,
                        const char *unit_id)
{
  g_return_val_if_fail (EC_IS_SCENARIO (self), NULL);
  g_return_val_if_fail (unit_id != NULL, NULL);

  return g_hash_table_lookup (self->winners, unit_id);
}

static gboolean
remove_faithless_where (EcScenario *self,
                        const char *unit_id,
                        guint       max_count)
{
  gboolean changed = FALSE;
  guint used = 0;

  /* Keep entries in order until the unit's electors are used up, drop the rest. */
  for (guint i = 0; i < self->faithless->len; )
    {
      EcFaithless *f = g_ptr_array_index (self->faithless, i);

      if (!g_str_equal (f->unit_id, unit_id))
        {
          i++;
          continue;
        }

      if (used + f->count <= max_count)
        {
          used += f->count;
          i++;
        }
      else if (used < max_count)
        {
          f->count = max_count - used;
          used = max_count;
          changed = TRUE;
          i++;
        }
      else
        {
          g_ptr_array_remove_index (self->faithless, i);
          changed = TRUE;
        }
    }

  return changed;
}

/**
 * ec_scenario_set_winner:
 * @self: a #EcScenario
 * @unit_id: a unit id
 * @winner: (nullable): the new winner, or %NULL for undecided
 *
 * Gives the unit's electors to @winner. Faithless electors of the unit's
 * previous winner are dropped, since they were pledged to someone else.
 *
 * Returns: %TRUE if the scenario changed
 */
gboolean
ec_scenario_set_winner (EcScenario  *self,
                        const char  *unit_id,
                        EcCandidate *winner)
{
  EcUnit *unit;

  g_return_val_if_fail (EC_IS_SCENARIO (self), FALSE);
  g_return_val_if_fail (unit_id != NULL, FALSE);
  g_return_val_if_fail (!winner || EC_IS_CANDIDATE (winner), FALSE);

  unit = ec_election_get_unit (self->election, unit_id);
  g_return_val_if_fail (unit != NULL, FALSE);
  g_return_val_if_fail (!winner || g_ptr_array_find (self->candidates, winner, NULL), FALSE);

  if (ec_scenario_get_winner (self, unit_id) == winner)
    return FALSE;

  remove_faithless_where (self, unit_id, 0);

  if (winner != NULL)
    g_hash_table_insert (self->winners, g_strdup (ec_unit_get_id (unit)), g_object_ref (winner));
  else
    g_hash_table_remove (self->winners, unit_id);

  emit_changed (self);

  return TRUE;
}

/**
 * ec_scenario_cycle_winner:
 * @self: a #EcScenario
 * @unit_id: a unit id
 * @backward: %TRUE to go the other way round
 *
 * What a click on the map does, as on the reference maps (270toWin): a
 * state goes round from whoever it started with to the other major
 * candidate, then to undecided, and back. On a real election a state won
 * by one of the two leading candidates goes first to the other; a state
 * that started undecided (a blank map) goes to the first candidate, the
 * second, the third if the map has one, and undecided. A state won by
 * someone else starts with them, then the two leading candidates. A unit
 * held by anyone off its round goes back to where it started (backwards:
 * the same round the other way).
 *
 * Returns: (transfer none) (nullable): the unit's new winner
 */
EcCandidate *
ec_scenario_cycle_winner (EcScenario *self,
                          const char *unit_id,
                          gboolean    backward)
{
  EcCandidate *round[5];
  EcCandidate *start = NULL;
  EcCandidate *current;
  EcCandidate *next;
  EcUnit *unit;
  guint n = 0;
  guint position = G_MAXUINT;

  g_return_val_if_fail (EC_IS_SCENARIO (self), NULL);
  g_return_val_if_fail (unit_id != NULL, NULL);
  g_return_val_if_fail (self->candidates->len >= 2, NULL);

  unit = ec_election_get_unit (self->election, unit_id);
  g_return_val_if_fail (unit != NULL, NULL);

  if (self->base != EC_SCENARIO_BLANK && !ec_election_is_blank (self->election))
    start = ec_unit_get_winner (unit);
  if (start != NULL && !g_ptr_array_find (self->candidates, start, NULL))
    start = NULL;

  /* The round: where the unit started, the two leading candidates (the
   * other one first), a blank map's third candidate, undecided. */
  round[n++] = start;
  for (guint i = 0; i < 2; i++)
    if (g_ptr_array_index (self->candidates, i) != start)
      round[n++] = g_ptr_array_index (self->candidates, i);
  if (ec_election_is_blank (self->election))
    {
      for (guint i = 2; i < self->candidates->len && n < G_N_ELEMENTS (round) - 1; i++)
        if (!g_ptr_array_find (self->people, g_ptr_array_index (self->candidates, i), NULL))
          round[n++] = g_ptr_array_index (self->candidates, i);
    }
  if (start != NULL)
    round[n++] = NULL;

  current = ec_scenario_get_winner (self, unit_id);
  for (guint i = 0; i < n; i++)
    if (round[i] == current)
      position = i;

  if (position == G_MAXUINT)
    next = round[0] != NULL ? round[0] : round[1];
  else if (backward)
    next = round[(position + n - 1) % n];
  else
    next = round[(position + 1) % n];

  ec_scenario_set_winner (self, unit_id, next);

  return next;
}

/**
 * ec_scenario_set_split:
 * @self: a #EcScenario
 * @state_id: the postal code of a state with districts (ME, NE)
 * @split: %TRUE for the district method, %FALSE for winner-take-all
 *
 * Switches a state between the district method and winner-take-all. The
 * districts keep their winners while they are switched off. Faithless
 * electors that no longer fit are dropped.
 *
 * Returns: %TRUE if the scenario changed
 */
gboolean
ec_scenario_set_split (EcScenario *self,
                       const char *state_id,
                       gboolean    split)
{
  EcUnit *state;

  g_return_val_if_fail (EC_IS_SCENARIO (self), FALSE);
  g_return_val_if_fail (state_id != NULL, FALSE);

  state = ec_election_get_unit (self->election, state_id);
  g_return_val_if_fail (state != NULL, FALSE);
  g_return_val_if_fail (ec_unit_get_districts (state)->len > 0, FALSE);

  split = !!split;
  if (ec_scenario_get_split (self, state_id) == split)
    return FALSE;

  g_hash_table_insert (self->splits, g_strdup (state_id), GINT_TO_POINTER (split));

  remove_faithless_where (self, state_id, ec_scenario_get_unit_electoral_votes (self, state));
  if (!split)
    {
      GPtrArray *districts = ec_unit_get_districts (state);

      for (guint i = 0; i < districts->len; i++)
        remove_faithless_where (self, ec_unit_get_id (g_ptr_array_index (districts, i)), 0);
    }

  emit_changed (self);

  return TRUE;
}

/**
 * ec_scenario_get_apply_laws:
 * @self: a #EcScenario
 *
 * Returns: whether faithless votes are cancelled in the states whose laws
 *   void them and replace the elector
 */
gboolean
ec_scenario_get_apply_laws (EcScenario *self)
{
  g_return_val_if_fail (EC_IS_SCENARIO (self), FALSE);

  return self->apply_laws;
}

/**
 * ec_scenario_set_apply_laws:
 * @self: a #EcScenario
 * @apply_laws: whether to apply the state laws on faithless electors
 *
 * With the laws applied, a faithless elector in a state that voids such
 * votes counts for the pledged candidate, as a replacement elector would.
 * The faithless electors stay in the scenario, so switching the laws off
 * brings them back.
 *
 * Returns: %TRUE if the scenario changed
 */
gboolean
ec_scenario_set_apply_laws (EcScenario *self,
                            gboolean    apply_laws)
{
  g_return_val_if_fail (EC_IS_SCENARIO (self), FALSE);

  apply_laws = !!apply_laws;
  if (self->apply_laws == apply_laws)
    return FALSE;

  self->apply_laws = apply_laws;
  emit_changed (self);

  return TRUE;
}

/**
 * ec_scenario_get_faithless:
 * @self: a #EcScenario
 *
 * Returns: (transfer none) (element-type EcFaithless): the faithless electors
 *   of the scenario
 */
GPtrArray *
ec_scenario_get_faithless (EcScenario *self)
{
  g_return_val_if_fail (EC_IS_SCENARIO (self), NULL);

  return self->faithless;
}

/**
 * ec_scenario_get_faithless_count:
 * @self: a #EcScenario
 * @unit_id: a unit id
 *
 * Returns: how many of the unit's electors break their pledge
 */
guint
ec_scenario_get_faithless_count (EcScenario *self,
                                 const char *unit_id)
{
  guint count = 0;

  g_return_val_if_fail (EC_IS_SCENARIO (self), 0);
  g_return_val_if_fail (unit_id != NULL, 0);

  for (guint i = 0; i < self->faithless->len; i++)
    {
      EcFaithless *f = g_ptr_array_index (self->faithless, i);

      if (g_str_equal (f->unit_id, unit_id))
        count += f->count;
    }

  return count;
}

/**
 * ec_scenario_dup_faithless_limit:
 * @unit_name: the name of a state or district
 * @electors: its electors pledged to its winner
 * @already: how many of them are faithless already
 * @requested: how many more a person asked for
 *
 * Says why @requested more electors cannot break their pledge, with the
 * number that still can, in words a student understands.
 *
 * Returns: (transfer full): e.g. “Texas has 38 electors. 2 of them have
 *   already broken their pledge. At most 36 more can, not 40.”
 */
char *
ec_scenario_dup_faithless_limit (const char *unit_name,
                                 guint       electors,
                                 guint       already,
                                 guint       requested)
{
  guint available = electors > already ? electors - already : 0;
  g_autoptr(GString) message = g_string_new (NULL);

  g_return_val_if_fail (unit_name != NULL, NULL);

  g_string_append_printf (message, g_dngettext (GETTEXT_PACKAGE, "%s has %u elector.", "%s has %u electors.", electors),
                          unit_name, electors);
  if (already > 0)
    {
      g_string_append_c (message, ' ');
      g_string_append_printf (message,
                              g_dngettext (GETTEXT_PACKAGE,
                                           "%u of them has already broken the pledge.",
                                           "%u of them have already broken their pledge.",
                                           already),
                              already);
    }
  g_string_append_c (message, ' ');
  if (available == 0)
    g_string_append (message, _("No more can break their pledge."));
  else if (already > 0)
    g_string_append_printf (message,
                            g_dngettext (GETTEXT_PACKAGE, "At most %u more can, not %u.", "At most %u more can, not %u.", available),
                            available, requested);
  else
    g_string_append_printf (message,
                            g_dngettext (GETTEXT_PACKAGE, "At most %u can break the pledge, not %u.",
                                         "At most %u can break their pledge, not %u.", available),
                            available, requested);

  return g_string_free (g_steal_pointer (&message), FALSE);
}

/**
 * ec_scenario_add_faithless:
 * @self: a #EcScenario
 * @unit_id: a unit that casts electoral votes in the scenario
 * @to: (nullable): whom the electors vote for, or %NULL to abstain
 * @count: how many of the unit's electors break their pledge
 * @elector: (nullable): the elector's name, for a single historical elector
 * @error: return location for a #GError
 *
 * Makes @count electors of the unit vote for @to instead of the unit's
 * winner. Faithless electors change electoral votes, never popular votes.
 *
 * Returns: %TRUE on success; %FALSE with @error set if the unit has no winner
 *   or not that many electors left
 */
gboolean
ec_scenario_add_faithless (EcScenario   *self,
                           const char   *unit_id,
                           EcCandidate  *to,
                           guint         count,
                           const char   *elector,
                           GError      **error)
{
  EcFaithless *faithless;
  EcCandidate *from;
  EcUnit *unit;
  guint electors;
  guint already;

  g_return_val_if_fail (EC_IS_SCENARIO (self), FALSE);
  g_return_val_if_fail (unit_id != NULL, FALSE);
  g_return_val_if_fail (!to || EC_IS_CANDIDATE (to), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!(unit = ec_election_get_unit (self->election, unit_id)))
    return scenario_invalid (error, _("There is no state or district “%s”"), unit_id);

  if (!ec_scenario_is_unit_active (self, unit))
    return scenario_invalid (error, _("%s casts no electoral votes of its own while %s gives all its votes to the statewide winner"),
                             ec_unit_get_name (unit),
                             ec_unit_get_name (ec_election_get_unit (self->election, ec_unit_get_state_id (unit))));

  if (!(from = ec_scenario_get_winner (self, unit_id)))
    return scenario_invalid (error, _("%s has no winner yet, so its electors are not pledged to anyone"),
                             ec_unit_get_name (unit));

  if (to != NULL && !g_ptr_array_find (self->candidates, to, NULL))
    return scenario_invalid (error, _("“%s” is not a candidate in this scenario"), ec_candidate_get_id (to));

  if (to == from)
    return scenario_invalid (error, _("An elector who votes for %s keeps the pledge"), ec_candidate_get_name (from));

  if (count == 0)
    return scenario_invalid (error, _("The number of faithless electors must be at least 1"));

  electors = ec_scenario_get_unit_electoral_votes (self, unit);
  already = ec_scenario_get_faithless_count (self, unit_id);
  if (count > electors || already + count > electors)
    {
      g_autofree char *message = ec_scenario_dup_faithless_limit (ec_unit_get_name (unit), electors, already, count);

      return scenario_invalid (error, "%s", message);
    }

  for (guint i = 0; i < self->faithless->len; i++)
    {
      EcFaithless *f = g_ptr_array_index (self->faithless, i);

      if (elector == NULL && f->elector == NULL && f->to == to && g_str_equal (f->unit_id, unit_id))
        {
          f->count += count;
          emit_changed (self);
          return TRUE;
        }
    }

  faithless = g_new0 (EcFaithless, 1);
  faithless->unit_id = g_strdup (ec_unit_get_id (unit));
  faithless->from = g_object_ref (from);
  faithless->to = to ? g_object_ref (to) : NULL;
  faithless->count = count;
  faithless->elector = g_strdup (elector);
  g_ptr_array_add (self->faithless, faithless);

  emit_changed (self);

  return TRUE;
}

/**
 * ec_scenario_clear_faithless:
 * @self: a #EcScenario
 * @unit_id: (nullable): a unit id, or %NULL for every unit
 *
 * Makes the unit's electors (or all electors) vote as pledged again.
 */
void
ec_scenario_clear_faithless (EcScenario *self,
                             const char *unit_id)
{
  g_return_if_fail (EC_IS_SCENARIO (self));

  if (unit_id == NULL)
    {
      if (self->faithless->len == 0)
        return;
      g_ptr_array_set_size (self->faithless, 0);
      emit_changed (self);
    }
  else if (remove_faithless_where (self, unit_id, 0))
    {
      emit_changed (self);
    }
}

/**
 * ec_scenario_dup_unit_summary:
 * @self: a #EcScenario
 * @unit_id: a unit id
 *
 * Describes a unit in one phrase, for tooltips and screen readers.
 *
 * Returns: (transfer full): e.g. “Texas, 40 electoral votes, Donald Trump”
 */
char *
ec_scenario_dup_unit_summary (EcScenario *self,
                              const char *unit_id)
{
  EcUnit *unit;
  EcCandidate *winner;
  guint votes;
  guint faithless;
  GString *text;

  g_return_val_if_fail (EC_IS_SCENARIO (self), NULL);
  g_return_val_if_fail (unit_id != NULL, NULL);

  unit = ec_election_get_unit (self->election, unit_id);
  g_return_val_if_fail (unit != NULL, NULL);

  votes = ec_scenario_is_unit_active (self, unit) ? ec_scenario_get_unit_electoral_votes (self, unit) : 0;
  winner = ec_scenario_get_winner (self, unit_id);
  faithless = ec_scenario_get_faithless_count (self, unit_id);

  text = g_string_new (ec_unit_get_name (unit));
  if (ec_unit_get_kind (unit) == EC_UNIT_STATE && split_in_effect (self, unit_id))
    /* Translators: a state whose other electors go by congressional district */
    g_string_append (text, _(" at large"));
  g_string_append (text, ", ");
  g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%u electoral vote", "%u electoral votes", votes), votes);
  g_string_append (text, ", ");
  if (winner != NULL)
    g_string_append (text, ec_candidate_get_name (winner));
  else if (ec_unit_casts_no_votes (unit))
    /* Translators: a state that cast no electoral votes that year, as
     * New York in 1789 or the seceded states in 1864 */
    g_string_append (text, _("cast no votes"));
  else
    g_string_append (text, _("undecided"));
  if (faithless > 0)
    {
      g_string_append (text, ", ");
      g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%u faithless elector", "%u faithless electors", faithless),
                              faithless);
    }
  if (ec_unit_get_votes_rejected (unit) > 0)
    {
      guint rejected = ec_unit_get_votes_rejected (unit);

      g_string_append (text, ", ");
      g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE,
                                                 "%u vote rejected by Congress",
                                                 "%u votes rejected by Congress", rejected),
                              rejected);
    }

  return g_string_free (text, FALSE);
}

/* What happened to the electors of a state that cast no votes, in words
 * that come from the reason, not from the data's English note. */
static char *
dup_no_votes_reason (EcScenario *self,
                     EcUnit     *unit)
{
  GPtrArray *not_counted = ec_unit_get_not_counted (unit);
  int year = ec_election_get_year (self->election);
  EcNotCountedReason reason = EC_NOT_COUNTED_NOT_APPOINTED;

  if (not_counted->len > 0)
    reason = ((EcNotCounted *)g_ptr_array_index (not_counted, 0))->reason;

  switch (reason)
    {
    case EC_NOT_COUNTED_EXCLUDED:
      return g_strdup_printf (_("In %d: electors were chosen, but Congress excluded the state’s electoral votes"), year);
    case EC_NOT_COUNTED_REJECTED:
      return g_strdup_printf (_("In %d: Congress rejected the state’s electoral votes"), year);
    case EC_NOT_COUNTED_ABSENT:
      return g_strdup_printf (_("In %d: the state’s electors did not vote"), year);
    case EC_NOT_COUNTED_NOT_APPOINTED:
    default:
      return g_strdup_printf (_("In %d: the state appointed no electors and cast no votes"), year);
    }
}

/**
 * ec_scenario_dup_unit_result:
 * @self: a #EcScenario
 * @unit_id: a unit id
 *
 * Describes the real result of a unit: the two leading candidates' shares
 * and the margin between them.
 *
 * Returns: (transfer full) (nullable): e.g. “In 2016: Donald Trump 52.2%,
 *   Hillary Clinton 43.2%, a margin of 9.0 points”, or %NULL on a blank map
 *   or where the sources give no popular vote
 */
char *
ec_scenario_dup_unit_result (EcScenario *self,
                             const char *unit_id)
{
  EcUnit *unit;
  EcCandidate *winner;
  EcCandidate *runner_up;
  gint64 total;
  double winner_share;
  double runner_up_share;
  g_autofree char *margin = NULL;

  g_return_val_if_fail (EC_IS_SCENARIO (self), NULL);
  g_return_val_if_fail (unit_id != NULL, NULL);

  unit = ec_election_get_unit (self->election, unit_id);
  g_return_val_if_fail (unit != NULL, NULL);

  winner = ec_unit_get_winner (unit);
  runner_up = ec_unit_get_runner_up (unit);
  total = ec_unit_get_total_votes (unit);

  if (ec_unit_casts_no_votes (unit))
    return dup_no_votes_reason (self, unit);

  if (ec_unit_get_chosen_by_legislature (unit))
    {
      /* Where a student looks for the popular vote, why there is none. */
      if (winner != NULL)
        return g_strdup_printf (_("In %d: no popular vote; the state legislature chose the electors, who voted for %s"),
                                ec_election_get_year (self->election), ec_candidate_get_name (winner));
      return g_strdup_printf (_("In %d: no popular vote; the state legislature chose the electors"),
                              ec_election_get_year (self->election));
    }

  if (!ec_unit_has_popular_votes (unit) || winner == NULL || runner_up == NULL || total <= 0)
    {
      if (winner != NULL)
        return g_strdup_printf (_("In %d: won by %s"), ec_election_get_year (self->election),
                                ec_candidate_get_name (winner));
      return NULL;
    }

  winner_share = 100.0 * ec_unit_get_popular_votes (unit, winner) / total;
  runner_up_share = 100.0 * ec_unit_get_popular_votes (unit, runner_up) / total;
  margin = ec_format_count (ec_unit_get_popular_votes (unit, winner) - ec_unit_get_popular_votes (unit, runner_up));

  /* The vote count matters when the points round to nothing (Florida 2000). */
  return g_strdup_printf (_("In %d: %s %.1f%%, %s %.1f%%, a margin of %.1f points (%s votes)"),
                          ec_election_get_year (self->election),
                          ec_candidate_get_name (winner), winner_share,
                          ec_candidate_get_name (runner_up), runner_up_share,
                          winner_share - runner_up_share, margin);
}

/**
 * ec_scenario_remove_faithless:
 * @self: a #EcScenario
 * @faithless: one of the scenario's faithless entries
 *
 * Makes those electors keep their pledge again.
 *
 * Returns: %TRUE if @faithless was in the scenario
 */
gboolean
ec_scenario_remove_faithless (EcScenario  *self,
                              EcFaithless *faithless)
{
  g_return_val_if_fail (EC_IS_SCENARIO (self), FALSE);
  g_return_val_if_fail (faithless != NULL, FALSE);

  if (!g_ptr_array_remove (self->faithless, faithless))
    return FALSE;

  emit_changed (self);

  return TRUE;
}

/**
 * ec_scenario_copy:
 * @self: a #EcScenario
 *
 * Copies the scenario without going through its file format: the election
 * and the candidates, which never change, are shared, and the rest is
 * copied. Undo keeps a copy per step, so this runs on every click.
 *
 * Returns: (transfer full): an independent copy of the scenario
 */
EcScenario *
ec_scenario_copy (EcScenario *self)
{
  EcScenario *copy;
  GHashTableIter iter;
  gpointer key, value;

  g_return_val_if_fail (EC_IS_SCENARIO (self), NULL);

  copy = g_object_new (EC_TYPE_SCENARIO, NULL);
  copy->election = g_object_ref (self->election);
  copy->base = self->base;
  g_free (copy->title);
  copy->title = g_strdup (self->title);
  g_free (copy->notes);
  copy->notes = g_strdup (self->notes);
  copy->apply_laws = self->apply_laws;
  copy->laws_date = self->laws_date;
  copy->preset = g_strdup (self->preset);

  for (guint i = 0; i < self->people->len; i++)
    g_ptr_array_add (copy->people, g_object_ref (g_ptr_array_index (self->people, i)));
  for (guint i = 0; i < self->candidates->len; i++)
    g_ptr_array_add (copy->candidates, g_object_ref (g_ptr_array_index (self->candidates, i)));

  g_hash_table_iter_init (&iter, self->winners);
  while (g_hash_table_iter_next (&iter, &key, &value))
    g_hash_table_insert (copy->winners, g_strdup (key), g_object_ref (value));

  g_hash_table_iter_init (&iter, self->splits);
  while (g_hash_table_iter_next (&iter, &key, &value))
    g_hash_table_insert (copy->splits, g_strdup (key), value);

  copy->method = self->method;
  copy->house_size = self->house_size;
  g_hash_table_iter_init (&iter, self->state_methods);
  while (g_hash_table_iter_next (&iter, &key, &value))
    g_hash_table_insert (copy->state_methods, g_strdup (key), value);
  if (self->apportioned != NULL)
    {
      copy->apportioned = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      g_hash_table_iter_init (&iter, self->apportioned);
      while (g_hash_table_iter_next (&iter, &key, &value))
        g_hash_table_insert (copy->apportioned, g_strdup (key), value);
    }

  g_hash_table_iter_init (&iter, self->house_votes);
  while (g_hash_table_iter_next (&iter, &key, &value))
    g_hash_table_insert (copy->house_votes, g_strdup (key), value != NULL ? g_object_ref (value) : NULL);

  g_hash_table_iter_init (&iter, self->colors);
  while (g_hash_table_iter_next (&iter, &key, &value))
    g_hash_table_insert (copy->colors, g_strdup (key), value);

  for (guint i = 0; i < self->faithless->len; i++)
    {
      const EcFaithless *f = g_ptr_array_index (self->faithless, i);
      EcFaithless *c = g_new0 (EcFaithless, 1);

      c->unit_id = g_strdup (f->unit_id);
      c->from = f->from ? g_object_ref (f->from) : NULL;
      c->to = f->to ? g_object_ref (f->to) : NULL;
      c->count = f->count;
      c->elector = g_strdup (f->elector);
      g_ptr_array_add (copy->faithless, c);
    }

  return copy;
}

static gboolean
tables_equal (GHashTable *a,
              GHashTable *b)
{
  GHashTableIter iter;
  gpointer key, value, other;

  if (g_hash_table_size (a) != g_hash_table_size (b))
    return FALSE;

  g_hash_table_iter_init (&iter, a);
  while (g_hash_table_iter_next (&iter, &key, &value))
    if (!g_hash_table_lookup_extended (b, key, NULL, &other) || other != value)
      return FALSE;

  return TRUE;
}

/**
 * ec_scenario_equal:
 * @a: a #EcScenario
 * @b: another
 *
 * Compares two scenarios as their files would: the same election and base,
 * title, notes, preset, people, winners, splits, faithless electors, laws,
 * House votes, and the electoral system (method, each state's method and
 * the House size, from which the apportionment follows). A field added to #EcScenario belongs here and in
 * ec_scenario_copy(): the fuzz target checks both against the file.
 * Candidates are compared as objects, which copies share.
 *
 * Returns: whether @a and @b are the same scenario
 */
gboolean
ec_scenario_equal (EcScenario *a,
                   EcScenario *b)
{
  g_return_val_if_fail (EC_IS_SCENARIO (a), FALSE);
  g_return_val_if_fail (EC_IS_SCENARIO (b), FALSE);

  if (a == b)
    return TRUE;

  if (ec_election_get_year (a->election) != ec_election_get_year (b->election) ||
      ec_election_is_blank (a->election) != ec_election_is_blank (b->election) ||
      a->base != b->base || a->apply_laws != b->apply_laws || a->laws_date != b->laws_date ||
      g_strcmp0 (a->title, b->title) != 0 || g_strcmp0 (a->notes, b->notes) != 0 ||
      g_strcmp0 (a->preset, b->preset) != 0 ||
      a->method != b->method || a->house_size != b->house_size ||
      a->people->len != b->people->len || a->faithless->len != b->faithless->len ||
      a->candidates->len != b->candidates->len)
    return FALSE;

  /* A blank map's candidates as the student named and coloured them. */
  if (!tables_equal (a->colors, b->colors))
    return FALSE;
  for (guint i = 0; i < a->candidates->len; i++)
    {
      EcCandidate *ca = g_ptr_array_index (a->candidates, i);
      EcCandidate *cb = g_ptr_array_index (b->candidates, i);

      if (ca != cb && (g_strcmp0 (ec_candidate_get_id (ca), ec_candidate_get_id (cb)) != 0 ||
                       g_strcmp0 (ec_candidate_get_name (ca), ec_candidate_get_name (cb)) != 0))
        return FALSE;
    }

  /* People are named by the user: compare what the file would say. */
  for (guint i = 0; i < a->people->len; i++)
    {
      EcCandidate *pa = g_ptr_array_index (a->people, i);
      EcCandidate *pb = g_ptr_array_index (b->people, i);

      if (pa != pb && (g_strcmp0 (ec_candidate_get_id (pa), ec_candidate_get_id (pb)) != 0 ||
                       g_strcmp0 (ec_candidate_get_name (pa), ec_candidate_get_name (pb)) != 0))
        return FALSE;
    }

  for (guint i = 0; i < a->faithless->len; i++)
    {
      const EcFaithless *fa = g_ptr_array_index (a->faithless, i);
      const EcFaithless *fb = g_ptr_array_index (b->faithless, i);

      if (g_strcmp0 (fa->unit_id, fb->unit_id) != 0 || fa->count != fb->count ||
          g_strcmp0 (fa->elector, fb->elector) != 0 ||
          g_strcmp0 (fa->from ? ec_candidate_get_id (fa->from) : NULL, fb->from ? ec_candidate_get_id (fb->from) : NULL) != 0 ||
          g_strcmp0 (fa->to ? ec_candidate_get_id (fa->to) : NULL, fb->to ? ec_candidate_get_id (fb->to) : NULL) != 0)
        return FALSE;
    }

  if (!tables_equal (a->splits, b->splits) || !tables_equal (a->state_methods, b->state_methods))
    return FALSE;

  /* The House votes a person set: no vote (NULL) or a candidate, by id. */
  if (g_hash_table_size (a->house_votes) != g_hash_table_size (b->house_votes))
    return FALSE;
  {
    GHashTableIter iter;
    gpointer key, value, other;

    g_hash_table_iter_init (&iter, a->house_votes);
    while (g_hash_table_iter_next (&iter, &key, &value))
      {
        if (!g_hash_table_lookup_extended (b->house_votes, key, NULL, &other))
          return FALSE;
        if (g_strcmp0 (value ? ec_candidate_get_id (value) : NULL, other ? ec_candidate_get_id (other) : NULL) != 0)
          return FALSE;
      }
  }

  /* Winners are the election's candidates (shared by one election object)
   * or people; compare ids, so two loads of one file are equal. */
  if (g_hash_table_size (a->winners) != g_hash_table_size (b->winners))
    return FALSE;
  {
    GHashTableIter iter;
    gpointer key, value;

    g_hash_table_iter_init (&iter, a->winners);
    while (g_hash_table_iter_next (&iter, &key, &value))
      {
        EcCandidate *other = g_hash_table_lookup (b->winners, key);

        if (other == NULL || (other != value && g_strcmp0 (ec_candidate_get_id (other), ec_candidate_get_id (value)) != 0))
          return FALSE;
      }
  }

  return TRUE;
}

/**
 * ec_scenario_get_method:
 * @self: a #EcScenario
 *
 * Returns: how the scenario's electors are decided: winner-take-all unless
 *   the user chose another method
 */
EcMethod
ec_scenario_get_method (EcScenario *self)
{
  g_return_val_if_fail (EC_IS_SCENARIO (self), EC_METHOD_WINNER_TAKE_ALL);

  return self->method;
}

/* Faithless electors must fit in the electors a unit has after a change of
 * method or House size; those that no longer do are dropped, as when a
 * split is switched off. */
static void
trim_faithless (EcScenario *self)
{
  GPtrArray *units = ec_election_get_all_units (self->election);

  for (guint i = 0; i < units->len; i++)
    {
      EcUnit *unit = g_ptr_array_index (units, i);

      remove_faithless_where (self, ec_unit_get_id (unit), ec_scenario_get_unit_electoral_votes (self, unit));
    }
}

/**
 * ec_scenario_set_method:
 * @self: a #EcScenario
 * @method: a method
 *
 * Chooses how every state's electors are decided. Each state's own choice
 * in a mixed system is kept for when the scenario is mixed again.
 *
 * Returns: %TRUE if the scenario changed
 */
gboolean
ec_scenario_set_method (EcScenario *self,
                        EcMethod    method)
{
  g_return_val_if_fail (EC_IS_SCENARIO (self), FALSE);
  g_return_val_if_fail (method < EC_N_METHODS, FALSE);

  if (self->method == method)
    return FALSE;

  self->method = method;
  trim_faithless (self);
  emit_changed (self);

  return TRUE;
}

/**
 * ec_scenario_new_for_preset:
 * @preset: the id of a ready-made scenario, such as
 *   %EC_SCENARIO_PRESET_PETITION
 * @error: return location for a #GError
 *
 * Makes one of the app's ready-made scenarios. It keeps @preset as an id,
 * saved in its file, so that it is recognised in any language.
 *
 * Returns: (transfer full) (nullable): the scenario, or %NULL with @error set
 */
EcScenario *
ec_scenario_new_for_preset (const char  *preset,
                            GError     **error)
{
  g_autoptr(EcElection) election = NULL;
  EcScenario *self;

  g_return_val_if_fail (preset != NULL, NULL);

  if (g_strcmp0 (preset, EC_SCENARIO_PRESET_PETITION) != 0)
    {
      g_set_error (error, EC_SCENARIO_ERROR, EC_SCENARIO_ERROR_INVALID,
                   _("There is no ready-made scenario “%s”"), preset);
      return NULL;
    }

  /* The petition asked electors to overturn the pledged 306–232. */
  if (!(election = ec_election_new_for_year (2016, error)))
    return NULL;

  self = ec_scenario_new (election, EC_SCENARIO_PLEDGED);
  ec_scenario_set_title (self, _("2016: the petition"));
  self->preset = g_strdup (preset);

  return self;
}

/**
 * ec_scenario_get_preset:
 * @self: a #EcScenario
 *
 * Returns: (nullable): the id of the ready-made scenario this one started
 *   as, or %NULL
 */
const char *
ec_scenario_get_preset (EcScenario *self)
{
  g_return_val_if_fail (EC_IS_SCENARIO (self), NULL);

  return self->preset;
}

/**
 * ec_scenario_is_pristine:
 * @self: a #EcScenario
 *
 * Returns: whether the scenario is its election (or ready-made scenario)
 *   exactly as the app shows it at first, with nothing a person changed
 */
gboolean
ec_scenario_is_pristine (EcScenario *self)
{
  g_autoptr(EcScenario) fresh = NULL;

  g_return_val_if_fail (EC_IS_SCENARIO (self), FALSE);

  if (self->preset != NULL)
    fresh = ec_scenario_new_for_preset (self->preset, NULL);
  else
    fresh = ec_scenario_new (self->election, self->base);

  return fresh != NULL && ec_scenario_equal (self, fresh);
}

/**
 * ec_scenario_shows_real_result:
 * @self: a #EcScenario
 *
 * Returns: whether the electors vote as in the election the scenario
 *   started as (its real result, as cast or as pledged, or its ready-made
 *   scenario), whatever its title and notes say
 */
gboolean
ec_scenario_shows_real_result (EcScenario *self)
{
  g_autoptr(EcScenario) fresh = NULL;
  g_autoptr(EcScenario) plain = NULL;

  g_return_val_if_fail (EC_IS_SCENARIO (self), FALSE);

  if (self->preset != NULL)
    fresh = ec_scenario_new_for_preset (self->preset, NULL);
  else
    fresh = ec_scenario_new (self->election, self->base);
  if (fresh == NULL)
    return FALSE;

  plain = ec_scenario_copy (self);
  ec_scenario_set_title (plain, fresh->title);
  ec_scenario_set_notes (plain, fresh->notes);

  return ec_scenario_equal (plain, fresh);
}

/**
 * ec_scenario_dup_description:
 * @self: a #EcScenario
 *
 * Returns: (transfer full): the election and how it is counted, such as
 *   "2016 presidential election, as cast", or "Blank map"
 */
char *
ec_scenario_dup_description (EcScenario *self)
{
  g_return_val_if_fail (EC_IS_SCENARIO (self), NULL);

  if (ec_election_is_blank (self->election))
    return g_strdup (_("Blank map"));
  if (self->base == EC_SCENARIO_PLEDGED)
    return g_strdup_printf (_("%d presidential election, as pledged"), ec_election_get_year (self->election));

  return g_strdup_printf (_("%d presidential election, as cast"), ec_election_get_year (self->election));
}

/**
 * ec_scenario_get_state_method:
 * @self: a #EcScenario
 * @state_id: a state's postal code
 *
 * Returns: the method the state uses: its own in a mixed system
 *   (winner-take-all unless chosen), else the scenario's
 */
EcMethod
ec_scenario_get_state_method (EcScenario *self,
                              const char *state_id)
{
  gpointer method;

  g_return_val_if_fail (EC_IS_SCENARIO (self), EC_METHOD_WINNER_TAKE_ALL);
  g_return_val_if_fail (state_id != NULL, EC_METHOD_WINNER_TAKE_ALL);

  if (self->method != EC_METHOD_MIXED)
    return self->method;

  if (g_hash_table_lookup_extended (self->state_methods, state_id, NULL, &method))
    return GPOINTER_TO_UINT (method);

  return EC_METHOD_WINNER_TAKE_ALL;
}

/**
 * ec_scenario_set_state_method:
 * @self: a #EcScenario
 * @state_id: a state's postal code
 * @method: winner-take-all, district (for a state with district results)
 *   or proportional
 * @error: return location for a #GError
 *
 * Sets one state's method for when the scenario is mixed.
 *
 * Returns: %TRUE if the method is one the state can use
 */
gboolean
ec_scenario_set_state_method (EcScenario  *self,
                              const char  *state_id,
                              EcMethod     method,
                              GError     **error)
{
  EcUnit *state;
  gpointer old;

  g_return_val_if_fail (EC_IS_SCENARIO (self), FALSE);
  g_return_val_if_fail (state_id != NULL, FALSE);

  state = ec_election_get_unit (self->election, state_id);
  if (state == NULL || ec_unit_get_kind (state) != EC_UNIT_STATE)
    return scenario_invalid (error, _("“%s” is not a state of this election"), state_id);

  if (method >= EC_N_METHODS || !ec_method_is_per_state (method))
    return scenario_invalid (error, _("%s cannot choose a national method on its own"), ec_unit_get_name (state));

  if (method == EC_METHOD_DISTRICT && ec_unit_get_districts (state)->len == 0)
    return scenario_invalid (error, _("No district results of %s are bundled, so it cannot use the district method"),
                             ec_unit_get_name (state));

  if (g_hash_table_lookup_extended (self->state_methods, state_id, NULL, &old) && GPOINTER_TO_UINT (old) == method)
    return TRUE;

  if (method == EC_METHOD_WINNER_TAKE_ALL)
    g_hash_table_remove (self->state_methods, state_id);
  else
    g_hash_table_insert (self->state_methods, g_strdup (ec_unit_get_id (state)), GUINT_TO_POINTER (method));

  if (self->method == EC_METHOD_MIXED)
    {
      trim_faithless (self);
      emit_changed (self);
    }

  return TRUE;
}

/**
 * ec_scenario_get_house_size:
 * @self: a #EcScenario
 *
 * Returns: the number of House seats the states' electors are apportioned
 *   from: 435 unless the user chose another size
 */
guint
ec_scenario_get_house_size (EcScenario *self)
{
  g_return_val_if_fail (EC_IS_SCENARIO (self), EC_HOUSE_SIZE_DEFAULT);

  return self->house_size;
}

/**
 * ec_scenario_can_resize_house:
 * @self: a #EcScenario
 *
 * Returns: whether the census populations of the scenario's election are
 *   bundled, so that its House can be re-apportioned
 */
gboolean
ec_scenario_can_resize_house (EcScenario *self)
{
  g_return_val_if_fail (EC_IS_SCENARIO (self), FALSE);

  return ec_census_for_election (self->election) != NULL;
}

/**
 * ec_scenario_set_house_size:
 * @self: a #EcScenario
 * @house_size: from 435 to 10,000 seats
 * @error: return location for a #GError
 *
 * Re-apportions the states' electors (House seats plus two senators each;
 * DC keeps its 3) from the census of the scenario's election.
 *
 * Returns: %TRUE on success; %FALSE with @error set if the size is out of
 *   range or the election's census populations are not bundled
 */
gboolean
ec_scenario_set_house_size (EcScenario  *self,
                            guint        house_size,
                            GError     **error)
{
  g_autoptr(GHashTable) electors = NULL;
  const EcSystemHooks *hooks = ec_system_get_hooks ();

  g_return_val_if_fail (EC_IS_SCENARIO (self), FALSE);

  if (house_size < EC_HOUSE_SIZE_MIN || house_size > EC_HOUSE_SIZE_MAX)
    return scenario_invalid (error, _("A House of %u seats is out of range: choose from %u to %u"),
                             house_size, EC_HOUSE_SIZE_MIN, EC_HOUSE_SIZE_MAX);

  if (house_size == self->house_size)
    return TRUE;

  if (house_size != EC_HOUSE_SIZE_DEFAULT)
    {
      if (!ec_scenario_can_resize_house (self))
        return scenario_invalid (error, _("The census populations behind this election are not bundled, "
                                          "so its House cannot be re-apportioned"));

      if (hooks == NULL)
        return scenario_invalid (error, _("This program cannot re-apportion the House"));

      electors = g_hash_table_new (g_str_hash, g_str_equal);
      if (!hooks->apportion (self->election, house_size, electors, error))
        return FALSE;
    }

  self->house_size = house_size;
  g_clear_pointer (&self->apportioned, g_hash_table_unref);
  self->apportioned = g_steal_pointer (&electors);
  trim_faithless (self);
  emit_changed (self);

  return TRUE;
}

/**
 * ec_scenario_get_electors_total:
 * @self: a #EcScenario
 *
 * Returns: the electors of every state and DC: the election's total (538
 *   since 1964), or House size + 100 + 3 for a re-apportioned House
 */
guint
ec_scenario_get_electors_total (EcScenario *self)
{
  GPtrArray *states;
  guint total = 0;

  g_return_val_if_fail (EC_IS_SCENARIO (self), 0);

  if (self->apportioned == NULL)
    return ec_election_get_electors_total (self->election);

  states = ec_election_get_states (self->election);
  for (guint i = 0; i < states->len; i++)
    {
      EcUnit *state = g_ptr_array_index (states, i);
      gpointer votes;

      if (g_hash_table_lookup_extended (self->apportioned, ec_unit_get_id (state), NULL, &votes))
        total += GPOINTER_TO_UINT (votes);
      else
        total += ec_unit_get_electoral_votes (state);
    }

  return total;
}

/**
 * ec_scenario_get_laws_date:
 * @self: a #EcScenario
 *
 * Returns: which state laws the scenario applies when it applies them:
 *   those in force at the election unless the user chose today's
 */
EcLawsDate
ec_scenario_get_laws_date (EcScenario *self)
{
  g_return_val_if_fail (EC_IS_SCENARIO (self), EC_LAWS_AT_ELECTION);

  return self->laws_date;
}

/**
 * ec_scenario_set_laws_date:
 * @self: a #EcScenario
 * @date: the laws in force at the election, or today's
 *
 * Returns: %TRUE if the scenario changed
 */
gboolean
ec_scenario_set_laws_date (EcScenario *self,
                           EcLawsDate  date)
{
  g_return_val_if_fail (EC_IS_SCENARIO (self), FALSE);
  g_return_val_if_fail (date == EC_LAWS_AT_ELECTION || date == EC_LAWS_TODAY, FALSE);

  if (self->laws_date == date)
    return FALSE;

  self->laws_date = date;
  emit_changed (self);

  return TRUE;
}

/**
 * ec_scenario_law_voids:
 * @self: a #EcScenario
 * @unit: a unit of the scenario's election
 * @unknown: (out) (optional): set when the scenario applies the laws in
 *   force at the election and the data does not say whether the unit's
 *   state had its voiding law by then
 *
 * The one place the tally, the report and the analyses ask whether a
 * faithless vote in @unit is cancelled: only where the scenario applies
 * state laws, and only under a law in force at the date it applies.
 *
 * Returns: whether a faithless vote in @unit is cancelled and the elector
 *   replaced
 */
gboolean
ec_scenario_law_voids (EcScenario *self,
                       EcUnit     *unit,
                       gboolean   *unknown)
{
  int year;

  g_return_val_if_fail (EC_IS_SCENARIO (self), FALSE);
  g_return_val_if_fail (EC_IS_UNIT (unit), FALSE);

  if (unknown != NULL)
    *unknown = FALSE;
  if (!self->apply_laws)
    return FALSE;

  /* The blank map has no year: its laws are today's. */
  year = self->laws_date == EC_LAWS_TODAY || ec_election_is_blank (self->election) ?
         0 : ec_election_get_year (self->election);

  return ec_laws_voids_faithless_in (ec_laws_get_default (), ec_unit_get_state_id (unit), year, unknown);
}
