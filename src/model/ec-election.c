/* ec-election.c
 *
 * Copyright 2026 The Electors authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ec-election.h"
#include "ec-json-private.h"

#define RESOURCE_PREFIX "/io/github/electors/Electors/elections/"
#define ELECTION_FORMAT 1

#define invalid(error, ...) \
  ec_fail (error, EC_ELECTION_ERROR, EC_ELECTION_ERROR_INVALID_DATA, __VA_ARGS__)

static const int election_years[] = {
  1976, 1980, 1984, 1988, 1992, 1996, 2000, 2004, 2008, 2012, 2016, 2020, 2024,
};

G_DEFINE_QUARK (ec-election-error-quark, ec_election_error)

/* EcCandidate */

struct _EcCandidate
{
  GObject parent_instance;

  char *id;
  char *name;
  char *party;
  char *running_mate;
};

G_DEFINE_FINAL_TYPE (EcCandidate, ec_candidate, G_TYPE_OBJECT)

static void
ec_candidate_finalize (GObject *object)
{
  EcCandidate *self = (EcCandidate *)object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->party, g_free);
  g_clear_pointer (&self->running_mate, g_free);

  G_OBJECT_CLASS (ec_candidate_parent_class)->finalize (object);
}

static void
ec_candidate_class_init (EcCandidateClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = ec_candidate_finalize;
}

static void
ec_candidate_init (EcCandidate *self)
{
}

/**
 * ec_candidate_new:
 * @id: a stable identifier, unique within an election
 * @name: the name people know the candidate by
 * @party: (nullable): the party, if any
 * @running_mate: (nullable): the vice-presidential running mate, if any
 *
 * Returns: (transfer full): a new candidate
 */
EcCandidate *
ec_candidate_new (const char *id,
                  const char *name,
                  const char *party,
                  const char *running_mate)
{
  EcCandidate *self;

  g_return_val_if_fail (id != NULL, NULL);
  g_return_val_if_fail (name != NULL, NULL);

  self = g_object_new (EC_TYPE_CANDIDATE, NULL);
  self->id = g_strdup (id);
  self->name = g_strdup (name);
  self->party = g_strdup (party);
  self->running_mate = g_strdup (running_mate);

  return self;
}

/**
 * ec_candidate_get_id:
 * @self: a #EcCandidate
 *
 * Returns: (transfer none): the candidate's identifier
 */
const char *
ec_candidate_get_id (EcCandidate *self)
{
  g_return_val_if_fail (EC_IS_CANDIDATE (self), NULL);

  return self->id;
}

/**
 * ec_candidate_get_name:
 * @self: a #EcCandidate
 *
 * Returns: (transfer none): the candidate's name
 */
const char *
ec_candidate_get_name (EcCandidate *self)
{
  g_return_val_if_fail (EC_IS_CANDIDATE (self), NULL);

  return self->name;
}

/**
 * ec_candidate_get_party:
 * @self: a #EcCandidate
 *
 * Returns: (transfer none) (nullable): the candidate's party
 */
const char *
ec_candidate_get_party (EcCandidate *self)
{
  g_return_val_if_fail (EC_IS_CANDIDATE (self), NULL);

  return self->party;
}

/**
 * ec_candidate_get_running_mate:
 * @self: a #EcCandidate
 *
 * Returns: (transfer none) (nullable): the running mate's name
 */
const char *
ec_candidate_get_running_mate (EcCandidate *self)
{
  g_return_val_if_fail (EC_IS_CANDIDATE (self), NULL);

  return self->running_mate;
}

/* EcUnit */

typedef struct {
  EcCandidate *candidate;
  gint64       votes;
} UnitVotes;

struct _EcUnit
{
  GObject parent_instance;

  char        *id;
  char        *name;
  char        *state_id;
  EcUnitKind   kind;
  guint        electoral_votes;
  guint        at_large_electoral_votes;
  gboolean     district_method;
  GPtrArray   *districts;
  EcCandidate *winner;
  GArray      *votes;
  gint64       other_votes;
  gboolean     has_popular_votes;
};

G_DEFINE_FINAL_TYPE (EcUnit, ec_unit, G_TYPE_OBJECT)

static void
ec_unit_finalize (GObject *object)
{
  EcUnit *self = (EcUnit *)object;

  for (guint i = 0; i < self->votes->len; i++)
    g_object_unref (g_array_index (self->votes, UnitVotes, i).candidate);

  g_clear_pointer (&self->votes, g_array_unref);
  g_clear_pointer (&self->districts, g_ptr_array_unref);
  g_clear_object (&self->winner);
  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->state_id, g_free);

  G_OBJECT_CLASS (ec_unit_parent_class)->finalize (object);
}

static void
ec_unit_class_init (EcUnitClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = ec_unit_finalize;
}

static void
ec_unit_init (EcUnit *self)
{
  self->votes = g_array_new (FALSE, FALSE, sizeof (UnitVotes));
  self->districts = g_ptr_array_new_with_free_func (g_object_unref);
}

/**
 * ec_unit_get_id:
 * @self: a #EcUnit
 *
 * Returns: (transfer none): the unit's id: a postal code such as "TX", or a
 *   district such as "ME-2"
 */
const char *
ec_unit_get_id (EcUnit *self)
{
  g_return_val_if_fail (EC_IS_UNIT (self), NULL);

  return self->id;
}

/**
 * ec_unit_get_name:
 * @self: a #EcUnit
 *
 * Returns: (transfer none): the unit's name, such as "Texas"
 */
const char *
ec_unit_get_name (EcUnit *self)
{
  g_return_val_if_fail (EC_IS_UNIT (self), NULL);

  return self->name;
}

/**
 * ec_unit_get_kind:
 * @self: a #EcUnit
 *
 * Returns: whether the unit is a state (or DC) or a congressional district
 */
EcUnitKind
ec_unit_get_kind (EcUnit *self)
{
  g_return_val_if_fail (EC_IS_UNIT (self), EC_UNIT_STATE);

  return self->kind;
}

/**
 * ec_unit_get_state_id:
 * @self: a #EcUnit
 *
 * Returns: (transfer none): the postal code of the state the unit belongs to
 */
const char *
ec_unit_get_state_id (EcUnit *self)
{
  g_return_val_if_fail (EC_IS_UNIT (self), NULL);

  return self->state_id;
}

/**
 * ec_unit_get_electoral_votes:
 * @self: a #EcUnit
 *
 * Returns: the unit's electoral votes; for a state with districts, the whole
 *   state's
 */
guint
ec_unit_get_electoral_votes (EcUnit *self)
{
  g_return_val_if_fail (EC_IS_UNIT (self), 0);

  return self->electoral_votes;
}

/**
 * ec_unit_get_at_large_electoral_votes:
 * @self: a #EcUnit
 *
 * Returns: the electoral votes that go to the statewide winner when the
 *   state uses the district method, or 0 for a state without districts
 */
guint
ec_unit_get_at_large_electoral_votes (EcUnit *self)
{
  g_return_val_if_fail (EC_IS_UNIT (self), 0);

  return self->at_large_electoral_votes;
}

/**
 * ec_unit_get_district_method:
 * @self: a #EcUnit
 *
 * Returns: whether the state used the district method in this election
 */
gboolean
ec_unit_get_district_method (EcUnit *self)
{
  g_return_val_if_fail (EC_IS_UNIT (self), FALSE);

  return self->district_method;
}

/**
 * ec_unit_get_districts:
 * @self: a #EcUnit
 *
 * Returns: (transfer none) (element-type EcUnit): the state's congressional
 *   districts that cast their own electoral vote; empty for most states
 */
GPtrArray *
ec_unit_get_districts (EcUnit *self)
{
  g_return_val_if_fail (EC_IS_UNIT (self), NULL);

  return self->districts;
}

/**
 * ec_unit_get_winner:
 * @self: a #EcUnit
 *
 * Returns: (transfer none) (nullable): the real popular-vote winner of the
 *   unit, or %NULL on a blank map
 */
EcCandidate *
ec_unit_get_winner (EcUnit *self)
{
  g_return_val_if_fail (EC_IS_UNIT (self), NULL);

  return self->winner;
}

/**
 * ec_unit_has_popular_votes:
 * @self: a #EcUnit
 *
 * Returns: whether the sources give the unit's popular vote
 */
gboolean
ec_unit_has_popular_votes (EcUnit *self)
{
  g_return_val_if_fail (EC_IS_UNIT (self), FALSE);

  return self->has_popular_votes;
}

/**
 * ec_unit_get_popular_votes:
 * @self: a #EcUnit
 * @candidate: a #EcCandidate
 *
 * Returns: the votes @candidate received in the unit (0 when unknown)
 */
gint64
ec_unit_get_popular_votes (EcUnit      *self,
                           EcCandidate *candidate)
{
  g_return_val_if_fail (EC_IS_UNIT (self), 0);
  g_return_val_if_fail (EC_IS_CANDIDATE (candidate), 0);

  for (guint i = 0; i < self->votes->len; i++)
    {
      const UnitVotes *v = &g_array_index (self->votes, UnitVotes, i);

      if (v->candidate == candidate)
        return v->votes;
    }

  return 0;
}

/**
 * ec_unit_get_other_votes:
 * @self: a #EcUnit
 *
 * Returns: the votes for everyone the data does not list by name, or -1 when
 *   the sources do not say
 */
gint64
ec_unit_get_other_votes (EcUnit *self)
{
  g_return_val_if_fail (EC_IS_UNIT (self), -1);

  return self->other_votes;
}

/**
 * ec_unit_get_total_votes:
 * @self: a #EcUnit
 *
 * Returns: all popular votes cast for a candidate in the unit, as far as the
 *   sources say
 */
gint64
ec_unit_get_total_votes (EcUnit *self)
{
  gint64 total;

  g_return_val_if_fail (EC_IS_UNIT (self), 0);

  total = MAX (self->other_votes, 0);
  for (guint i = 0; i < self->votes->len; i++)
    total += g_array_index (self->votes, UnitVotes, i).votes;

  return total;
}

/**
 * ec_unit_get_runner_up:
 * @self: a #EcUnit
 *
 * Returns: (transfer none) (nullable): the candidate with the most votes
 *   after the winner
 */
EcCandidate *
ec_unit_get_runner_up (EcUnit *self)
{
  EcCandidate *best = NULL;
  gint64 best_votes = -1;

  g_return_val_if_fail (EC_IS_UNIT (self), NULL);

  for (guint i = 0; i < self->votes->len; i++)
    {
      const UnitVotes *v = &g_array_index (self->votes, UnitVotes, i);

      if (v->candidate != self->winner && v->votes > best_votes)
        {
          best = v->candidate;
          best_votes = v->votes;
        }
    }

  return best;
}

/* EcElection */

struct _EcElection
{
  GObject parent_instance;

  int         year;
  int         census;
  GPtrArray  *candidates;
  GPtrArray  *states;
  GPtrArray  *all_units;
  GHashTable *units_by_id;
  GPtrArray  *faithless;
};

G_DEFINE_FINAL_TYPE (EcElection, ec_election, G_TYPE_OBJECT)

static void
faithless_record_free (EcFaithlessRecord *record)
{
  g_free (record->unit_id);
  g_free (record->elector);
  g_free (record->note);
  g_clear_object (&record->pledged);
  g_clear_object (&record->voted_for);
  g_free (record);
}

static void
ec_election_finalize (GObject *object)
{
  EcElection *self = (EcElection *)object;

  g_clear_pointer (&self->candidates, g_ptr_array_unref);
  g_clear_pointer (&self->states, g_ptr_array_unref);
  g_clear_pointer (&self->all_units, g_ptr_array_unref);
  g_clear_pointer (&self->units_by_id, g_hash_table_unref);
  g_clear_pointer (&self->faithless, g_ptr_array_unref);

  G_OBJECT_CLASS (ec_election_parent_class)->finalize (object);
}

static void
ec_election_class_init (EcElectionClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = ec_election_finalize;
}

static void
ec_election_init (EcElection *self)
{
  self->candidates = g_ptr_array_new_with_free_func (g_object_unref);
  self->states = g_ptr_array_new_with_free_func (g_object_unref);
  self->all_units = g_ptr_array_new_with_free_func (g_object_unref);
  self->units_by_id = g_hash_table_new (g_str_hash, g_str_equal);
  self->faithless = g_ptr_array_new_with_free_func ((GDestroyNotify)faithless_record_free);
}

/**
 * ec_election_get_years:
 * @n_years: (out): the number of elections
 *
 * Returns: (transfer none) (array length=n_years): the years of the bundled
 *   elections, oldest first
 */
const int *
ec_election_get_years (guint *n_years)
{
  g_return_val_if_fail (n_years != NULL, NULL);

  *n_years = G_N_ELEMENTS (election_years);

  return election_years;
}

/**
 * ec_election_get_latest_year:
 *
 * Returns: the year of the most recent bundled election
 */
int
ec_election_get_latest_year (void)
{
  return election_years[G_N_ELEMENTS (election_years) - 1];
}

/**
 * ec_election_has_year:
 * @year: a year
 *
 * Returns: whether an election of @year is bundled
 */
gboolean
ec_election_has_year (int year)
{
  for (guint i = 0; i < G_N_ELEMENTS (election_years); i++)
    {
      if (election_years[i] == year)
        return TRUE;
    }

  return FALSE;
}

static void
add_unit (EcElection *self,
          EcUnit     *unit)
{
  g_ptr_array_add (self->all_units, g_object_ref (unit));
  g_hash_table_insert (self->units_by_id, unit->id, unit);
}

static gboolean
parse_popular_votes (EcElection  *self,
                     EcUnit      *unit,
                     JsonObject  *object,
                     GError     **error)
{
  JsonObject *votes;
  JsonObjectIter iter;
  const char *candidate_id;
  JsonNode *node;

  if (!json_object_has_member (object, "popular_votes"))
    {
      unit->other_votes = -1;
      return TRUE;
    }

  if (!(votes = ec_json_get_object (object, "popular_votes")))
    return invalid (error, "%s: “popular_votes” is not an object", unit->id);

  json_object_iter_init (&iter, votes);
  while (json_object_iter_next (&iter, &candidate_id, &node))
    {
      EcCandidate *candidate = ec_election_get_candidate (self, candidate_id);
      UnitVotes v;

      if (candidate == NULL)
        return invalid (error, "%s: votes for unknown candidate “%s”", unit->id, candidate_id);

      if (!ec_json_node_get_count (node, &v.votes))
        return invalid (error, "%s: votes for “%s” are not a count", unit->id, candidate_id);

      v.candidate = g_object_ref (candidate);
      g_array_append_val (unit->votes, v);
    }

  unit->has_popular_votes = TRUE;

  if (json_object_has_member (object, "other_votes"))
    {
      if (!ec_json_node_get_count (json_object_get_member (object, "other_votes"), &unit->other_votes))
        return invalid (error, "%s: “other_votes” is not a count", unit->id);
    }
  else
    {
      unit->other_votes = -1;
    }

  return TRUE;
}

static EcUnit *
parse_unit (EcElection  *self,
            JsonNode    *node,
            EcUnitKind   kind,
            const char  *state_id,
            GError     **error)
{
  g_autoptr(EcUnit) unit = NULL;
  JsonObject *object;
  const char *id;
  const char *name;
  const char *winner_id;
  gint64 ev;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    return invalid (error, "a unit is not an object"), NULL;

  object = json_node_get_object (node);
  id = ec_json_get_string (object, "id");
  name = ec_json_get_string (object, "name");

  if (id == NULL || *id == '\0' || name == NULL)
    return invalid (error, "a unit has no id or name"), NULL;

  if (g_hash_table_contains (self->units_by_id, id))
    return invalid (error, "unit “%s” appears twice", id), NULL;

  if (!ec_json_get_count (object, "electoral_votes", &ev) || ev < 1 || ev > EC_ELECTORS_TOTAL)
    return invalid (error, "%s: “electoral_votes” is missing or out of range", id), NULL;

  unit = g_object_new (EC_TYPE_UNIT, NULL);
  unit->id = g_strdup (id);
  unit->name = g_strdup (name);
  unit->kind = kind;
  unit->state_id = g_strdup (state_id ? state_id : id);
  unit->electoral_votes = ev;

  if (!parse_popular_votes (self, unit, object, error))
    return NULL;

  winner_id = ec_json_get_string (object, "winner");
  if (winner_id != NULL)
    {
      EcCandidate *winner = ec_election_get_candidate (self, winner_id);

      if (winner == NULL)
        return invalid (error, "%s: unknown winner “%s”", id, winner_id), NULL;

      unit->winner = g_object_ref (winner);
    }
  else if (self->year != 0)
    {
      return invalid (error, "%s: no winner", id), NULL;
    }

  if (kind == EC_UNIT_STATE && json_object_has_member (object, "districts"))
    {
      JsonArray *districts = ec_json_get_array (object, "districts");
      gint64 at_large;
      guint sum;

      if (districts == NULL || json_array_get_length (districts) == 0)
        return invalid (error, "%s: “districts” is not a list of districts", id), NULL;

      if (!ec_json_get_count (object, "at_large_electoral_votes", &at_large))
        return invalid (error, "%s: “at_large_electoral_votes” is missing", id), NULL;

      unit->at_large_electoral_votes = at_large;
      unit->district_method = ec_json_get_boolean (object, "district_method", TRUE);

      /* The state's own id must be known before its districts, which refer to it. */
      add_unit (self, unit);

      sum = unit->at_large_electoral_votes;
      for (guint i = 0; i < json_array_get_length (districts); i++)
        {
          EcUnit *district = parse_unit (self, json_array_get_element (districts, i),
                                         EC_UNIT_DISTRICT, id, error);

          if (district == NULL)
            return NULL;

          sum += district->electoral_votes;
          g_ptr_array_add (unit->districts, district);
          add_unit (self, district);
        }

      if (sum != unit->electoral_votes)
        return invalid (error, "%s: districts and at-large votes add up to %u, not %u",
                        id, sum, unit->electoral_votes), NULL;
    }
  else if (kind == EC_UNIT_STATE)
    {
      add_unit (self, unit);
    }

  return g_steal_pointer (&unit);
}

static gboolean
parse_candidates (EcElection  *self,
                  JsonObject  *root,
                  GError     **error)
{
  JsonArray *candidates = ec_json_get_array (root, "candidates");

  if (candidates == NULL || json_array_get_length (candidates) < 2)
    return invalid (error, "the election has fewer than two candidates");

  for (guint i = 0; i < json_array_get_length (candidates); i++)
    {
      JsonNode *node = json_array_get_element (candidates, i);
      JsonObject *object;
      const char *id;
      const char *name;

      if (!JSON_NODE_HOLDS_OBJECT (node))
        return invalid (error, "candidate %u is not an object", i + 1);

      object = json_node_get_object (node);
      id = ec_json_get_string (object, "id");
      name = ec_json_get_string (object, "name");

      if (id == NULL || *id == '\0' || name == NULL || *name == '\0')
        return invalid (error, "candidate %u has no id or name", i + 1);

      if (ec_election_get_candidate (self, id) != NULL)
        return invalid (error, "candidate “%s” appears twice", id);

      g_ptr_array_add (self->candidates,
                       ec_candidate_new (id, name,
                                         ec_json_get_string (object, "party"),
                                         ec_json_get_string (object, "running_mate")));
    }

  return TRUE;
}

static gboolean
parse_faithless (EcElection  *self,
                 JsonObject  *root,
                 GError     **error)
{
  JsonArray *faithless;

  if (!json_object_has_member (root, "faithless"))
    return TRUE;

  if (!(faithless = ec_json_get_array (root, "faithless")))
    return invalid (error, "“faithless” is not a list");

  for (guint i = 0; i < json_array_get_length (faithless); i++)
    {
      JsonNode *node = json_array_get_element (faithless, i);
      EcFaithlessRecord *record;
      JsonObject *object;
      const char *unit_id;
      const char *pledged_id;
      const char *voted_for_id;
      EcCandidate *pledged;
      EcCandidate *voted_for = NULL;

      if (!JSON_NODE_HOLDS_OBJECT (node))
        return invalid (error, "faithless elector %u is not an object", i + 1);

      object = json_node_get_object (node);
      unit_id = ec_json_get_string (object, "unit");
      pledged_id = ec_json_get_string (object, "pledged");
      voted_for_id = ec_json_get_string (object, "voted_for");

      if (unit_id == NULL || ec_election_get_unit (self, unit_id) == NULL)
        return invalid (error, "faithless elector %u: unknown unit", i + 1);

      if (pledged_id == NULL || !(pledged = ec_election_get_candidate (self, pledged_id)))
        return invalid (error, "faithless elector %u: unknown pledged candidate", i + 1);

      if (voted_for_id != NULL && !(voted_for = ec_election_get_candidate (self, voted_for_id)))
        return invalid (error, "faithless elector %u: unknown candidate “%s”", i + 1, voted_for_id);

      record = g_new0 (EcFaithlessRecord, 1);
      record->unit_id = g_strdup (unit_id);
      record->elector = g_strdup (ec_json_get_string (object, "elector"));
      record->note = g_strdup (ec_json_get_string (object, "note"));
      record->pledged = g_object_ref (pledged);
      record->voted_for = voted_for ? g_object_ref (voted_for) : NULL;
      record->replaced = ec_json_get_boolean (object, "replaced", FALSE);
      g_ptr_array_add (self->faithless, record);
    }

  return TRUE;
}

static EcElection *
parse_election (JsonNode  *root_node,
                gboolean   blank,
                GError   **error)
{
  g_autoptr(EcElection) self = g_object_new (EC_TYPE_ELECTION, NULL);
  JsonObject *root;
  JsonArray *states;
  gint64 format;
  gint64 year;
  gint64 census;
  guint total = 0;

  if (root_node == NULL || !JSON_NODE_HOLDS_OBJECT (root_node))
    return invalid (error, "the election data is not a JSON object"), NULL;

  root = json_node_get_object (root_node);

  if (!ec_json_get_count (root, "format", &format) || format != ELECTION_FORMAT)
    return invalid (error, "unsupported election data format"), NULL;

  if (!ec_json_get_count (root, "year", &year) || year < 1788 || year > 2100)
    return invalid (error, "the election has no valid year"), NULL;

  if (!ec_json_get_count (root, "census", &census))
    return invalid (error, "the election has no census year"), NULL;

  self->year = blank ? 0 : (int)year;
  self->census = census;

  if (blank)
    {
      /* Generic candidates: a blank map is about the rules, not about people. */
      g_ptr_array_add (self->candidates,
                       ec_candidate_new ("democratic-candidate", _("Democratic candidate"),
                                         _("Democratic"), NULL));
      g_ptr_array_add (self->candidates,
                       ec_candidate_new ("republican-candidate", _("Republican candidate"),
                                         _("Republican"), NULL));
      g_ptr_array_add (self->candidates,
                       ec_candidate_new ("third-party-candidate", _("Third-party candidate"),
                                         _("Independent"), NULL));
    }
  else if (!parse_candidates (self, root, error))
    {
      return NULL;
    }

  states = ec_json_get_array (root, "states");
  if (states == NULL)
    return invalid (error, "the election has no states"), NULL;

  for (guint i = 0; i < json_array_get_length (states); i++)
    {
      JsonNode *node = json_array_get_element (states, i);
      EcUnit *unit;

      if (blank)
        {
          /* Drop the results but keep the apportionment and the districts. */
          g_autoptr(JsonNode) copy = json_node_copy (node);

          if (JSON_NODE_HOLDS_OBJECT (copy))
            {
              JsonObject *object = json_node_get_object (copy);
              JsonArray *districts = ec_json_get_array (object, "districts");

              json_object_remove_member (object, "popular_votes");
              json_object_remove_member (object, "other_votes");
              json_object_remove_member (object, "winner");
              for (guint j = 0; districts && j < json_array_get_length (districts); j++)
                {
                  JsonNode *d = json_array_get_element (districts, j);

                  if (JSON_NODE_HOLDS_OBJECT (d))
                    {
                      json_object_remove_member (json_node_get_object (d), "popular_votes");
                      json_object_remove_member (json_node_get_object (d), "other_votes");
                      json_object_remove_member (json_node_get_object (d), "winner");
                    }
                }
            }

          unit = parse_unit (self, copy, EC_UNIT_STATE, NULL, error);
        }
      else
        {
          unit = parse_unit (self, node, EC_UNIT_STATE, NULL, error);
        }

      if (unit == NULL)
        return NULL;

      total += unit->electoral_votes;
      g_ptr_array_add (self->states, unit);
    }

  if (self->states->len != 51)
    return invalid (error, "the election has %u states and DC, not 51", self->states->len), NULL;

  if (total != EC_ELECTORS_TOTAL)
    return invalid (error, "the states have %u electoral votes, not %u", total, EC_ELECTORS_TOTAL), NULL;

  if (!blank && !parse_faithless (self, root, error))
    return NULL;

  return g_steal_pointer (&self);
}

static EcElection *
new_from_data (const char  *data,
               gssize       length,
               gboolean     blank,
               GError     **error)
{
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GError) local_error = NULL;

  if (length < 0)
    length = strlen (data);

  parser = ec_json_parse (data, length, &local_error);
  if (parser == NULL)
    {
      g_set_error (error, EC_ELECTION_ERROR, EC_ELECTION_ERROR_INVALID_DATA,
                   "the election data is not valid JSON: %s", local_error->message);
      return NULL;
    }

  return parse_election (json_parser_get_root (parser), blank, error);
}

/**
 * ec_election_new_from_data:
 * @data: election JSON
 * @length: the length of @data, or -1 if it is nul-terminated
 * @error: return location for a #GError
 *
 * Reads an election from JSON in the format of `data/elections/`.
 *
 * Returns: (transfer full) (nullable): the election, or %NULL with @error set
 */
EcElection *
ec_election_new_from_data (const char  *data,
                           gssize       length,
                           GError     **error)
{
  g_return_val_if_fail (data != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return new_from_data (data, length, FALSE, error);
}

static GBytes *
lookup_year (int      year,
             GError **error)
{
  g_autofree char *path = g_strdup_printf (RESOURCE_PREFIX "%d.json", year);
  g_autoptr(GError) local_error = NULL;
  GBytes *bytes;

  if (!ec_election_has_year (year))
    {
      g_set_error (error, EC_ELECTION_ERROR, EC_ELECTION_ERROR_UNKNOWN_YEAR,
                   _("There is no election of %d here; the elections are 1976 to %d, every four years"),
                   year, ec_election_get_latest_year ());
      return NULL;
    }

  bytes = g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, &local_error);
  if (bytes == NULL)
    g_set_error (error, EC_ELECTION_ERROR, EC_ELECTION_ERROR_INVALID_DATA,
                 _("The results of %d are missing from this copy of Electors: %s"),
                 year, local_error->message);

  return bytes;
}

/**
 * ec_election_new_for_year:
 * @year: a presidential election year, 1976 to 2024
 * @error: return location for a #GError
 *
 * Loads one of the bundled real elections.
 *
 * Returns: (transfer full) (nullable): the election, or %NULL with @error set
 */
EcElection *
ec_election_new_for_year (int      year,
                          GError **error)
{
  g_autoptr(GBytes) bytes = NULL;
  gsize size;
  const char *data;

  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!(bytes = lookup_year (year, error)))
    return NULL;

  data = g_bytes_get_data (bytes, &size);

  return new_from_data (data, size, FALSE, error);
}

/**
 * ec_election_new_blank:
 * @error: return location for a #GError
 *
 * Creates a blank map: the latest apportionment, generic candidates, no
 * results and no popular vote.
 *
 * Returns: (transfer full) (nullable): the election, or %NULL with @error set
 */
EcElection *
ec_election_new_blank (GError **error)
{
  g_autoptr(GBytes) bytes = NULL;
  gsize size;
  const char *data;

  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!(bytes = lookup_year (ec_election_get_latest_year (), error)))
    return NULL;

  data = g_bytes_get_data (bytes, &size);

  return new_from_data (data, size, TRUE, error);
}

/**
 * ec_election_get_year:
 * @self: a #EcElection
 *
 * Returns: the election year, or 0 for a blank map
 */
int
ec_election_get_year (EcElection *self)
{
  g_return_val_if_fail (EC_IS_ELECTION (self), 0);

  return self->year;
}

/**
 * ec_election_is_blank:
 * @self: a #EcElection
 *
 * Returns: whether this is a blank map rather than a real election
 */
gboolean
ec_election_is_blank (EcElection *self)
{
  g_return_val_if_fail (EC_IS_ELECTION (self), FALSE);

  return self->year == 0;
}

/**
 * ec_election_get_census:
 * @self: a #EcElection
 *
 * Returns: the census year whose apportionment set the electoral votes
 */
int
ec_election_get_census (EcElection *self)
{
  g_return_val_if_fail (EC_IS_ELECTION (self), 0);

  return self->census;
}

/**
 * ec_election_get_candidates:
 * @self: a #EcElection
 *
 * Returns: (transfer none) (element-type EcCandidate): the candidates, by
 *   national popular vote
 */
GPtrArray *
ec_election_get_candidates (EcElection *self)
{
  g_return_val_if_fail (EC_IS_ELECTION (self), NULL);

  return self->candidates;
}

/**
 * ec_election_get_candidate:
 * @self: a #EcElection
 * @id: a candidate id
 *
 * Returns: (transfer none) (nullable): the candidate with @id
 */
EcCandidate *
ec_election_get_candidate (EcElection *self,
                           const char *id)
{
  g_return_val_if_fail (EC_IS_ELECTION (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  for (guint i = 0; i < self->candidates->len; i++)
    {
      EcCandidate *candidate = g_ptr_array_index (self->candidates, i);

      if (g_str_equal (candidate->id, id))
        return candidate;
    }

  return NULL;
}

/**
 * ec_election_get_states:
 * @self: a #EcElection
 *
 * Returns: (transfer none) (element-type EcUnit): the 50 states and DC
 */
GPtrArray *
ec_election_get_states (EcElection *self)
{
  g_return_val_if_fail (EC_IS_ELECTION (self), NULL);

  return self->states;
}

/**
 * ec_election_get_all_units:
 * @self: a #EcElection
 *
 * Returns: (transfer none) (element-type EcUnit): the states, DC and the
 *   districts of the states that have them
 */
GPtrArray *
ec_election_get_all_units (EcElection *self)
{
  g_return_val_if_fail (EC_IS_ELECTION (self), NULL);

  return self->all_units;
}

/**
 * ec_election_get_unit:
 * @self: a #EcElection
 * @id: a unit id such as "TX" or "NE-2"
 *
 * Returns: (transfer none) (nullable): the unit with @id
 */
EcUnit *
ec_election_get_unit (EcElection *self,
                      const char *id)
{
  g_return_val_if_fail (EC_IS_ELECTION (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  return g_hash_table_lookup (self->units_by_id, id);
}

/**
 * ec_election_get_faithless:
 * @self: a #EcElection
 *
 * Returns: (transfer none) (element-type EcFaithlessRecord): the electors who
 *   did not vote as pledged in this election, including those whose votes
 *   were voided
 */
GPtrArray *
ec_election_get_faithless (EcElection *self)
{
  g_return_val_if_fail (EC_IS_ELECTION (self), NULL);

  return self->faithless;
}
