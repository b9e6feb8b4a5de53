/* ec-scenario-candidates.c
 *
 * Copyright 2026 The Electors authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ec-scenario-private.h"

/* The candidates of a blank map, as a student names and colours them, and
 * its optional third candidate. A renamed candidate is a new object with
 * the same id: candidates never change once made, so the copies that undo
 * keeps still show the names they had. */

/* The blank map's candidates, in its election's order. */
#define THIRD_INDEX 2

/**
 * ec_scenario_can_edit_candidates:
 * @self: a #EcScenario
 *
 * Returns: whether the candidates can be renamed, coloured and a third one
 *   added: on a blank map only, since real candidates have real names
 */
gboolean
ec_scenario_can_edit_candidates (EcScenario *self)
{
  g_return_val_if_fail (EC_IS_SCENARIO (self), FALSE);

  return ec_election_is_blank (self->election);
}

static EcCandidate *
default_candidate (EcScenario *self,
                   const char *id)
{
  return ec_election_get_candidate (self->election, id);
}

/* Puts @replacement wherever @candidate was: the list, the winners, the
 * faithless electors and the House votes. */
static void
replace_candidate (EcScenario  *self,
                   EcCandidate *candidate,
                   EcCandidate *replacement)
{
  GHashTableIter iter;
  gpointer key, value;
  guint index;

  if (!g_ptr_array_find (self->candidates, candidate, &index))
    g_return_if_reached ();

  g_ptr_array_index (self->candidates, index) = g_object_ref (replacement);

  g_hash_table_iter_init (&iter, self->winners);
  while (g_hash_table_iter_next (&iter, &key, &value))
    if (value == candidate)
      g_hash_table_iter_replace (&iter, g_object_ref (replacement));

  g_hash_table_iter_init (&iter, self->house_votes);
  while (g_hash_table_iter_next (&iter, &key, &value))
    if (value == candidate)
      g_hash_table_iter_replace (&iter, g_object_ref (replacement));

  for (guint i = 0; i < self->faithless->len; i++)
    {
      EcFaithless *f = g_ptr_array_index (self->faithless, i);

      if (f->from == candidate)
        g_set_object (&f->from, replacement);
      if (f->to == candidate)
        g_set_object (&f->to, replacement);
    }

  /* Last: the list held the reference that kept @candidate alive. */
  g_object_unref (candidate);
}

/**
 * ec_scenario_set_candidate_name:
 * @self: a #EcScenario of a blank map
 * @id: the id of one of its candidates
 * @name: (nullable): the name to show, or %NULL (or only spaces) for the
 *   default name
 *
 * Names a blank map's candidate. The name shows everywhere the candidate
 * does: map, tally, panels, exports and the command line.
 *
 * Returns: %TRUE if the scenario changed
 */
gboolean
ec_scenario_set_candidate_name (EcScenario *self,
                                const char *id,
                                const char *name)
{
  g_autofree char *stripped = NULL;
  g_autoptr(EcCandidate) replacement = NULL;
  EcCandidate *candidate;
  EcCandidate *original;

  g_return_val_if_fail (EC_IS_SCENARIO (self), FALSE);
  g_return_val_if_fail (ec_scenario_can_edit_candidates (self), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);

  candidate = ec_scenario_get_candidate (self, id);
  original = default_candidate (self, id);
  g_return_val_if_fail (candidate != NULL && original != NULL, FALSE);

  stripped = g_strstrip (g_utf8_make_valid (name != NULL ? name : "", -1));
  if (g_utf8_strlen (stripped, -1) > EC_SCENARIO_MAX_NAME)
    {
      char *shorter = g_utf8_substring (stripped, 0, EC_SCENARIO_MAX_NAME);

      g_free (stripped);
      stripped = g_strstrip (shorter);
    }

  if (*stripped == '\0' || g_str_equal (stripped, ec_candidate_get_name (original)))
    replacement = g_object_ref (original);
  else if (g_str_equal (stripped, ec_candidate_get_name (candidate)))
    return FALSE;
  else
    replacement = ec_candidate_new (id, stripped, ec_candidate_get_party (original), NULL);

  if (replacement == candidate)
    return FALSE;

  replace_candidate (self, candidate, replacement);
  ec_scenario_emit_changed (self);

  return TRUE;
}

/**
 * ec_scenario_has_custom_name:
 * @self: a #EcScenario
 * @candidate: one of its candidates
 *
 * Returns: whether a student gave @candidate, a blank map's candidate,
 *   a name of their own
 */
gboolean
ec_scenario_has_custom_name (EcScenario  *self,
                             EcCandidate *candidate)
{
  EcCandidate *original;

  g_return_val_if_fail (EC_IS_SCENARIO (self), FALSE);
  g_return_val_if_fail (EC_IS_CANDIDATE (candidate), FALSE);

  if (!ec_scenario_can_edit_candidates (self) || ec_scenario_is_person (self, candidate))
    return FALSE;

  original = default_candidate (self, ec_candidate_get_id (candidate));

  return original != NULL && original != candidate;
}

/**
 * ec_scenario_get_candidate_rgb:
 * @self: a #EcScenario
 * @candidate: one of its candidates
 * @rgb: (out) (optional): the colour as 0xRRGGBB
 *
 * Returns: whether a student picked a colour for @candidate; if not, the
 *   palette's colour applies
 */
gboolean
ec_scenario_get_candidate_rgb (EcScenario  *self,
                               EcCandidate *candidate,
                               guint32     *rgb)
{
  gpointer value;

  g_return_val_if_fail (EC_IS_SCENARIO (self), FALSE);
  g_return_val_if_fail (EC_IS_CANDIDATE (candidate), FALSE);

  if (!g_hash_table_lookup_extended (self->colors, ec_candidate_get_id (candidate), NULL, &value))
    return FALSE;

  if (rgb != NULL)
    *rgb = GPOINTER_TO_UINT (value) & 0xffffff;

  return TRUE;
}

/**
 * ec_scenario_set_candidate_rgb:
 * @self: a #EcScenario of a blank map
 * @id: the id of one of its candidates
 * @rgb: the colour as 0xRRGGBB, or -1 for the palette's
 *
 * Returns: %TRUE if the scenario changed
 */
gboolean
ec_scenario_set_candidate_rgb (EcScenario *self,
                               const char *id,
                               gint64      rgb)
{
  gpointer value;
  gboolean had;

  g_return_val_if_fail (EC_IS_SCENARIO (self), FALSE);
  g_return_val_if_fail (ec_scenario_can_edit_candidates (self), FALSE);
  g_return_val_if_fail (id != NULL && default_candidate (self, id) != NULL, FALSE);
  g_return_val_if_fail (rgb >= -1 && rgb <= 0xffffff, FALSE);

  had = g_hash_table_lookup_extended (self->colors, id, NULL, &value);
  if (rgb < 0)
    {
      if (!had)
        return FALSE;
      g_hash_table_remove (self->colors, id);
    }
  else
    {
      /* The high bit tells black from no entry. */
      guint stored = (guint) rgb | 0x1000000;

      if (had && GPOINTER_TO_UINT (value) == stored)
        return FALSE;
      g_hash_table_insert (self->colors, g_strdup (id), GUINT_TO_POINTER (stored));
    }

  ec_scenario_emit_changed (self);

  return TRUE;
}

/**
 * ec_scenario_get_third_candidate:
 * @self: a #EcScenario
 *
 * Returns: (transfer none) (nullable): a blank map's third candidate, if
 *   the student added one
 */
EcCandidate *
ec_scenario_get_third_candidate (EcScenario *self)
{
  GPtrArray *election_candidates;
  EcCandidate *third;

  g_return_val_if_fail (EC_IS_SCENARIO (self), NULL);

  if (!ec_scenario_can_edit_candidates (self))
    return NULL;

  election_candidates = ec_election_get_candidates (self->election);
  if (election_candidates->len <= THIRD_INDEX)
    return NULL;

  third = g_ptr_array_index (election_candidates, THIRD_INDEX);

  return ec_scenario_get_candidate (self, ec_candidate_get_id (third));
}

/**
 * ec_scenario_set_third_candidate:
 * @self: a #EcScenario of a blank map
 * @present: whether the map has a third candidate
 *
 * Adds the blank map's third candidate, or takes it away: the states it
 * held become undecided, and the faithless votes for it go. Undo brings
 * them back.
 *
 * Returns: %TRUE if the scenario changed
 */
gboolean
ec_scenario_set_third_candidate (EcScenario *self,
                                 gboolean    present)
{
  GPtrArray *election_candidates;
  EcCandidate *third;
  GHashTableIter iter;
  gpointer key, value;

  g_return_val_if_fail (EC_IS_SCENARIO (self), FALSE);
  g_return_val_if_fail (ec_scenario_can_edit_candidates (self), FALSE);

  election_candidates = ec_election_get_candidates (self->election);
  g_return_val_if_fail (election_candidates->len > THIRD_INDEX, FALSE);

  third = ec_scenario_get_third_candidate (self);
  if ((third != NULL) == !!present)
    return FALSE;

  if (present)
    {
      g_ptr_array_insert (self->candidates, THIRD_INDEX,
                          g_object_ref (g_ptr_array_index (election_candidates, THIRD_INDEX)));
      ec_scenario_emit_changed (self);
      return TRUE;
    }

  g_hash_table_iter_init (&iter, self->winners);
  while (g_hash_table_iter_next (&iter, &key, &value))
    if (value == third)
      g_hash_table_iter_remove (&iter);

  g_hash_table_iter_init (&iter, self->house_votes);
  while (g_hash_table_iter_next (&iter, &key, &value))
    if (value == third)
      g_hash_table_iter_remove (&iter);

  for (guint i = self->faithless->len; i > 0; i--)
    {
      EcFaithless *f = g_ptr_array_index (self->faithless, i - 1);

      if (f->from == third || f->to == third)
        g_ptr_array_remove_index (self->faithless, i - 1);
    }

  g_hash_table_remove (self->colors, ec_candidate_get_id (third));
  g_ptr_array_remove (self->candidates, third);
  ec_scenario_emit_changed (self);

  return TRUE;
}

/* A new blank map has two candidates; files from before it could have a
 * third keep it only if they gave it anything. */
void
ec_scenario_drop_unused_third (EcScenario *self)
{
  EcCandidate *third = ec_scenario_get_third_candidate (self);
  GHashTableIter iter;
  gpointer value;

  if (third == NULL)
    return;

  g_hash_table_iter_init (&iter, self->winners);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    if (value == third)
      return;

  g_hash_table_iter_init (&iter, self->house_votes);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    if (value == third)
      return;

  for (guint i = 0; i < self->faithless->len; i++)
    {
      EcFaithless *f = g_ptr_array_index (self->faithless, i);

      if (f->from == third || f->to == third)
        return;
    }

  g_ptr_array_remove (self->candidates, third);
}

/**
 * ec_scenario_has_custom_candidates:
 * @self: a #EcScenario
 *
 * Returns: whether a blank map's candidates differ from a new one's: a
 *   name, a colour or a third candidate, which its file must say
 */
gboolean
ec_scenario_has_custom_candidates (EcScenario *self)
{
  g_return_val_if_fail (EC_IS_SCENARIO (self), FALSE);

  if (!ec_scenario_can_edit_candidates (self))
    return FALSE;

  if (ec_scenario_get_third_candidate (self) != NULL || g_hash_table_size (self->colors) > 0)
    return TRUE;

  for (guint i = 0; i < self->candidates->len; i++)
    if (ec_scenario_has_custom_name (self, g_ptr_array_index (self->candidates, i)))
      return TRUE;

  return FALSE;
}
