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
  1789, 1792, 1796, 1800, 1804, 1808, 1812, 1816, 1820, 1824, 1828, 1832,
  1836, 1840, 1844, 1848, 1852, 1856, 1860, 1864, 1868, 1872, 1876, 1880,
  1884, 1888, 1892, 1896, 1900, 1904, 1908, 1912, 1916, 1920, 1924, 1928,
  1932, 1936, 1940, 1944, 1948, 1952, 1956, 1960, 1964, 1968, 1972, 1976,
  1980, 1984, 1988, 1992, 1996, 2000, 2004, 2008, 2012, 2016, 2020, 2024,
};

/* The elections whose units are the areas of today's map one to one: their
 * files have no "areas". The older ones say, area by area, what the Union
 * was. The tests check this list against the files. */
static const int modern_years[] = {
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
  char *party_id;
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
  g_clear_pointer (&self->party_id, g_free);
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
  self->party_id = party != NULL ? ec_party_id_for_name (party) : NULL;
  self->running_mate = g_strdup (running_mate);

  return self;
}

/**
 * ec_party_id_for_name:
 * @name: a party's name as the bundled data spells it, in English
 *
 * Parties are told apart by an id that no translation changes: the
 * English name in lower case, with a hyphen for anything that is not a
 * letter or a digit ("Democratic-Republican" → "democratic-republican").
 *
 * Returns: (transfer full): the party's id
 */
char *
ec_party_id_for_name (const char *name)
{
  GString *id = g_string_new (NULL);

  g_return_val_if_fail (name != NULL, NULL);

  for (const char *p = name; *p != '\0'; p++)
    {
      if (g_ascii_isalnum (*p))
        g_string_append_c (id, g_ascii_tolower (*p));
      else if (id->len > 0 && id->str[id->len - 1] != '-')
        g_string_append_c (id, '-');
    }
  while (id->len > 0 && id->str[id->len - 1] == '-')
    g_string_truncate (id, id->len - 1);

  return g_string_free (id, FALSE);
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
 * ec_candidate_get_party_id:
 * @self: a #EcCandidate
 *
 * Returns: (nullable): the id of the candidate's party, such as
 *   %EC_PARTY_ID_DEMOCRATIC, the same in every language; %NULL for a person
 *   without a party
 */
const char *
ec_candidate_get_party_id (EcCandidate *self)
{
  g_return_val_if_fail (EC_IS_CANDIDATE (self), NULL);

  return self->party_id;
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
  /* The votes as counted, where they are not all the electors' for the
   * winner; see ec_unit_has_electoral_votes_cast(). */
  GArray      *cast;
  gboolean     has_cast;
  GPtrArray   *not_counted;
  gboolean     chosen_by_legislature;
  char        *note;
  char        *popular_vote_note;
};

G_DEFINE_FINAL_TYPE (EcUnit, ec_unit, G_TYPE_OBJECT)

static void
not_counted_free (EcNotCounted *not_counted)
{
  g_clear_object (&not_counted->candidate);
  g_free (not_counted);
}

static void
ec_unit_finalize (GObject *object)
{
  EcUnit *self = (EcUnit *)object;

  for (guint i = 0; i < self->votes->len; i++)
    g_object_unref (g_array_index (self->votes, UnitVotes, i).candidate);
  for (guint i = 0; i < self->cast->len; i++)
    g_object_unref (g_array_index (self->cast, UnitVotes, i).candidate);

  g_clear_pointer (&self->votes, g_array_unref);
  g_clear_pointer (&self->cast, g_array_unref);
  g_clear_pointer (&self->not_counted, g_ptr_array_unref);
  g_clear_pointer (&self->note, g_free);
  g_clear_pointer (&self->popular_vote_note, g_free);
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
  self->cast = g_array_new (FALSE, FALSE, sizeof (UnitVotes));
  self->not_counted = g_ptr_array_new_with_free_func ((GDestroyNotify)not_counted_free);
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

/**
 * ec_unit_has_electoral_votes_cast:
 * @self: a #EcUnit
 *
 * Whether the data lists the unit's votes as counted, person by person. It
 * does where they are not simply all the unit's electors for its winner: in
 * 1789–1800 (two votes per elector), for split delegations, unpledged
 * electors, absences and votes that were not counted.
 *
 * Returns: whether ec_unit_get_electoral_votes_cast() applies
 */
gboolean
ec_unit_has_electoral_votes_cast (EcUnit *self)
{
  g_return_val_if_fail (EC_IS_UNIT (self), FALSE);

  return self->has_cast;
}

/**
 * ec_unit_get_electoral_votes_cast:
 * @self: a #EcUnit
 * @candidate: a #EcCandidate
 *
 * Returns: the unit's counted electoral votes for @candidate in the real
 *   election, when ec_unit_has_electoral_votes_cast() says so; otherwise all
 *   the unit's electoral votes for its winner and none for anyone else
 */
guint
ec_unit_get_electoral_votes_cast (EcUnit      *self,
                                  EcCandidate *candidate)
{
  g_return_val_if_fail (EC_IS_UNIT (self), 0);
  g_return_val_if_fail (EC_IS_CANDIDATE (candidate), 0);

  if (!self->has_cast)
    return candidate == self->winner ? self->electoral_votes : 0;

  for (guint i = 0; i < self->cast->len; i++)
    {
      const UnitVotes *v = &g_array_index (self->cast, UnitVotes, i);

      if (v->candidate == candidate)
        return v->votes;
    }

  return 0;
}

/**
 * ec_unit_get_not_counted:
 * @self: a #EcUnit
 *
 * Returns: (transfer none) (element-type EcNotCounted): the unit's electors
 *   and votes that are not in the real count, each as what it was
 */
GPtrArray *
ec_unit_get_not_counted (EcUnit *self)
{
  g_return_val_if_fail (EC_IS_UNIT (self), NULL);

  return self->not_counted;
}

/**
 * ec_unit_get_electors_not_voting:
 * @self: a #EcUnit
 *
 * Returns: the unit's electors who cast no vote that was counted or
 *   rejected: absent, never appointed, or excluded by Congress
 */
guint
ec_unit_get_electors_not_voting (EcUnit *self)
{
  guint electors = 0;

  g_return_val_if_fail (EC_IS_UNIT (self), 0);

  for (guint i = 0; i < self->not_counted->len; i++)
    electors += ((EcNotCounted *)g_ptr_array_index (self->not_counted, i))->electors;

  return electors;
}

/**
 * ec_unit_get_votes_rejected:
 * @self: a #EcUnit
 *
 * Returns: the unit's electoral votes that were cast but rejected by Congress
 */
guint
ec_unit_get_votes_rejected (EcUnit *self)
{
  guint votes = 0;

  g_return_val_if_fail (EC_IS_UNIT (self), 0);

  for (guint i = 0; i < self->not_counted->len; i++)
    votes += ((EcNotCounted *)g_ptr_array_index (self->not_counted, i))->votes;

  return votes;
}

/**
 * ec_unit_casts_no_votes:
 * @self: a #EcUnit
 *
 * Returns: whether none of the unit's votes was cast (New York in 1789, the
 *   seceded states in 1864): such a unit has no winner, and is not undecided
 */
gboolean
ec_unit_casts_no_votes (EcUnit *self)
{
  g_return_val_if_fail (EC_IS_UNIT (self), FALSE);

  return self->winner == NULL && self->has_cast && self->cast->len == 0;
}

/**
 * ec_unit_get_chosen_by_legislature:
 * @self: a #EcUnit
 *
 * Returns: whether the state legislature chose the electors, so that there
 *   was no popular vote
 */
gboolean
ec_unit_get_chosen_by_legislature (EcUnit *self)
{
  g_return_val_if_fail (EC_IS_UNIT (self), FALSE);

  return self->chosen_by_legislature;
}

/**
 * ec_unit_get_note:
 * @self: a #EcUnit
 *
 * Returns: (transfer none) (nullable): what happened to the unit's electors,
 *   in the source's words (English)
 */
const char *
ec_unit_get_note (EcUnit *self)
{
  g_return_val_if_fail (EC_IS_UNIT (self), NULL);

  return self->note;
}

/**
 * ec_unit_get_popular_vote_note:
 * @self: a #EcUnit
 *
 * Returns: (transfer none) (nullable): what the unit's popular-vote figures
 *   stand for, where the source says (English)
 */
const char *
ec_unit_get_popular_vote_note (EcUnit *self)
{
  g_return_val_if_fail (EC_IS_UNIT (self), NULL);

  return self->popular_vote_note;
}

/* EcElection */

typedef struct {
  char         *id;
  char         *name;
  EcAreaStatus  status;
  EcUnit       *unit;
} Area;

static void
area_free (Area *area)
{
  g_free (area->id);
  g_free (area->name);
  g_clear_object (&area->unit);
  g_free (area);
}

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
  EcElectionRules rules;
  guint       electors_total;
  guint       electors_appointed;
  /* Area id → Area; NULL when the units are the modern map's areas. */
  GHashTable *areas;
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
  g_clear_pointer (&self->areas, g_hash_table_unref);

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
 * ec_election_get_modern_years:
 * @n_years: (out): the number of elections
 *
 * The elections whose units are today's map's areas, one to one
 * (ec_election_uses_modern_map()): 50 states, DC and the districts of
 * Maine and Nebraska. Every election can be drawn; these need no list of
 * areas to say what the Union was.
 *
 * Returns: (transfer none) (array length=n_years): their years, oldest first
 */
const int *
ec_election_get_modern_years (guint *n_years)
{
  g_return_val_if_fail (n_years != NULL, NULL);

  *n_years = G_N_ELEMENTS (modern_years);

  return modern_years;
}

/**
 * ec_election_has_modern_year:
 * @year: a year
 *
 * Returns: whether @year is one of ec_election_get_modern_years()
 */
gboolean
ec_election_has_modern_year (int year)
{
  for (guint i = 0; i < G_N_ELEMENTS (modern_years); i++)
    {
      if (modern_years[i] == year)
        return TRUE;
    }

  return FALSE;
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

static gboolean
parse_not_counted (EcElection  *self,
                   EcUnit      *unit,
                   JsonObject  *object,
                   GError     **error)
{
  static const struct {
    const char         *name;
    EcNotCountedReason  reason;
  } reasons[] = {
    { "absent", EC_NOT_COUNTED_ABSENT },
    { "not-appointed", EC_NOT_COUNTED_NOT_APPOINTED },
    { "excluded", EC_NOT_COUNTED_EXCLUDED },
    { "rejected", EC_NOT_COUNTED_REJECTED },
  };
  JsonArray *list;

  if (!json_object_has_member (object, "not_counted"))
    return TRUE;

  if (!(list = ec_json_get_array (object, "not_counted")))
    return invalid (error, "%s: “not_counted” is not a list", unit->id);

  for (guint i = 0; i < json_array_get_length (list); i++)
    {
      JsonNode *node = json_array_get_element (list, i);
      g_autofree EcNotCounted *entry = g_new0 (EcNotCounted, 1);
      JsonObject *item;
      const char *reason;
      const char *candidate_id;
      gint64 count;
      gboolean known = FALSE;

      if (!JSON_NODE_HOLDS_OBJECT (node))
        return invalid (error, "%s: not-counted entry %u is not an object", unit->id, i + 1);

      item = json_node_get_object (node);
      reason = ec_json_get_string (item, "reason");
      for (guint j = 0; reason != NULL && j < G_N_ELEMENTS (reasons); j++)
        {
          if (g_str_equal (reason, reasons[j].name))
            {
              entry->reason = reasons[j].reason;
              known = TRUE;
            }
        }
      if (!known)
        return invalid (error, "%s: not-counted entry %u has no known reason", unit->id, i + 1);

      if (entry->reason == EC_NOT_COUNTED_REJECTED)
        {
          candidate_id = ec_json_get_string (item, "candidate");
          if (!ec_json_get_count (item, "votes", &count) || count < 1)
            return invalid (error, "%s: rejected votes are not a count", unit->id);
          if (candidate_id == NULL || ec_election_get_candidate (self, candidate_id) == NULL)
            return invalid (error, "%s: rejected votes for an unknown candidate", unit->id);
          entry->votes = count;
          entry->candidate = g_object_ref (ec_election_get_candidate (self, candidate_id));
        }
      else
        {
          if (!ec_json_get_count (item, "electors", &count) || count < 1 || count > unit->electoral_votes)
            return invalid (error, "%s: not-counted electors are not a count", unit->id);
          entry->electors = count;
        }

      g_ptr_array_add (unit->not_counted, g_steal_pointer (&entry));
    }

  return TRUE;
}

static gboolean
parse_electoral_votes_cast (EcElection  *self,
                            EcUnit      *unit,
                            JsonObject  *object,
                            GError     **error)
{
  guint per_elector = ec_election_get_votes_per_elector (self);
  JsonObject *cast;
  JsonObjectIter iter;
  const char *candidate_id;
  JsonNode *node;
  const char *chosen_by;
  guint sum = 0;

  if (!parse_not_counted (self, unit, object, error))
    return FALSE;

  if (json_object_has_member (object, "electors_chosen_by"))
    {
      chosen_by = ec_json_get_string (object, "electors_chosen_by");
      if (g_strcmp0 (chosen_by, "legislature") != 0)
        return invalid (error, "%s: electors chosen by “%s”", unit->id, chosen_by ? chosen_by : "?");
      if (unit->has_popular_votes)
        return invalid (error, "%s: electors chosen by the legislature, yet a popular vote", unit->id);
      unit->chosen_by_legislature = TRUE;
    }

  unit->note = g_strdup (ec_json_get_string (object, "note"));
  unit->popular_vote_note = g_strdup (ec_json_get_string (object, "popular_vote_note"));

  if (!json_object_has_member (object, "electoral_votes_cast"))
    {
      if (unit->not_counted->len > 0 || per_elector != 1)
        return invalid (error, "%s: votes not counted, but no “electoral_votes_cast”", unit->id);
      return TRUE;
    }

  if (!(cast = ec_json_get_object (object, "electoral_votes_cast")))
    return invalid (error, "%s: “electoral_votes_cast” is not an object", unit->id);

  json_object_iter_init (&iter, cast);
  while (json_object_iter_next (&iter, &candidate_id, &node))
    {
      EcCandidate *candidate = ec_election_get_candidate (self, candidate_id);
      UnitVotes v;

      if (candidate == NULL)
        return invalid (error, "%s: electoral votes for unknown candidate “%s”", unit->id, candidate_id);

      /* An elector votes for a person once, so nobody has more votes than the unit has electors. */
      if (!ec_json_node_get_count (node, &v.votes) || v.votes < 1 || v.votes > unit->electoral_votes)
        return invalid (error, "%s: electoral votes for “%s” are not a count", unit->id, candidate_id);

      sum += v.votes;
      v.candidate = g_object_ref (candidate);
      g_array_append_val (unit->cast, v);
    }

  unit->has_cast = TRUE;

  /* Every vote is either counted or accounted for. */
  if (sum + ec_unit_get_votes_rejected (unit) + per_elector * ec_unit_get_electors_not_voting (unit) !=
      per_elector * unit->electoral_votes)
    return invalid (error, "%s: %u votes counted and %u not, from %u electors",
                    unit->id, sum, ec_unit_get_votes_rejected (unit) + per_elector * ec_unit_get_electors_not_voting (unit),
                    unit->electoral_votes);

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

  if (!parse_electoral_votes_cast (self, unit, object, error))
    return NULL;

  /* Only a unit that cast no votes at all has no winner. */
  if (unit->winner == NULL && self->year != 0 && !(unit->has_cast && unit->cast->len == 0))
    return invalid (error, "%s: no winner", id), NULL;

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

static gboolean
parse_areas (EcElection  *self,
             JsonObject  *root,
             GError     **error)
{
  static const struct {
    const char   *name;
    EcAreaStatus  status;
  } statuses[] = {
    { "not-in-union", EC_AREA_NOT_IN_UNION },
    { "no-electors", EC_AREA_NO_ELECTORS },
    { "not-a-state", EC_AREA_NOT_A_STATE },
  };
  JsonArray *areas = ec_json_get_array (root, "areas");
  GHashTable *drawn;

  if (areas == NULL || json_array_get_length (areas) == 0)
    return invalid (error, "“areas” is not a list of areas");

  self->areas = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, (GDestroyNotify)area_free);
  drawn = g_hash_table_new (NULL, NULL);

  for (guint i = 0; i < json_array_get_length (areas); i++)
    {
      JsonNode *node = json_array_get_element (areas, i);
      JsonObject *object;
      const char *id;
      const char *name;
      const char *unit_id;
      Area *area;

      if (!JSON_NODE_HOLDS_OBJECT (node))
        {
          g_hash_table_unref (drawn);
          return invalid (error, "area %u is not an object", i + 1);
        }

      object = json_node_get_object (node);
      id = ec_json_get_string (object, "area");
      name = ec_json_get_string (object, "name");
      unit_id = ec_json_get_string (object, "unit");

      if (id == NULL || name == NULL || g_hash_table_contains (self->areas, id))
        {
          g_hash_table_unref (drawn);
          return invalid (error, "area %u has no id or name, or appears twice", i + 1);
        }

      area = g_new0 (Area, 1);
      area->id = g_strdup (id);
      area->name = g_strdup (name);
      g_hash_table_insert (self->areas, area->id, area);

      if (unit_id != NULL)
        {
          EcUnit *unit = ec_election_get_unit (self, unit_id);

          if (unit == NULL)
            {
              g_hash_table_unref (drawn);
              return invalid (error, "area %s belongs to unknown unit “%s”", id, unit_id);
            }

          area->unit = g_object_ref (unit);
          area->status = g_str_equal (unit_id, id) ? EC_AREA_UNIT : EC_AREA_PART_OF_UNIT;
          g_hash_table_add (drawn, unit);
        }
      else
        {
          const char *status = ec_json_get_string (object, "status");
          gboolean known = FALSE;

          for (guint j = 0; status != NULL && j < G_N_ELEMENTS (statuses); j++)
            {
              if (g_str_equal (status, statuses[j].name))
                {
                  area->status = statuses[j].status;
                  known = TRUE;
                }
            }

          if (!known)
            {
              g_hash_table_unref (drawn);
              return invalid (error, "area %s has neither a unit nor a known status", id);
            }
        }
    }

  /* Every unit is somewhere on the map. */
  for (guint i = 0; i < self->all_units->len; i++)
    {
      EcUnit *unit = g_ptr_array_index (self->all_units, i);

      if (!g_hash_table_contains (drawn, unit))
        {
          g_hash_table_unref (drawn);
          return invalid (error, "unit %s has no area on the map", unit->id);
        }
    }

  g_hash_table_unref (drawn);

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
  gint64 appointed;
  guint total = 0;

  if (root_node == NULL || !JSON_NODE_HOLDS_OBJECT (root_node))
    return invalid (error, "the election data is not a JSON object"), NULL;

  root = json_node_get_object (root_node);

  if (!ec_json_get_count (root, "format", &format) || format != ELECTION_FORMAT)
    return invalid (error, "unsupported election data format"), NULL;

  if (!ec_json_get_count (root, "year", &year) || year < 1788 || year > 2100)
    return invalid (error, "the election has no valid year"), NULL;

  /* The first election's electors were allotted by the Constitution itself. */
  if (!json_object_has_member (root, "census"))
    census = 0;
  else if (!ec_json_get_count (root, "census", &census) || census < 1790)
    return invalid (error, "the election has no valid census year"), NULL;

  self->year = blank ? 0 : (int)year;
  self->census = census;

  if (json_object_has_member (root, "rules"))
    {
      const char *rules = ec_json_get_string (root, "rules");

      if (g_strcmp0 (rules, "two-votes") == 0)
        self->rules = EC_ELECTION_RULES_TWO_VOTES;
      else if (g_strcmp0 (rules, "twelfth-amendment") == 0)
        self->rules = EC_ELECTION_RULES_TWELFTH_AMENDMENT;
      else
        return invalid (error, "unknown “rules”"), NULL;
    }

  if (blank)
    {
      /* Generic candidates: a blank map is about the rules, not about
       * people. The parties keep the data's English names: only the
       * candidates' names are shown, and parties are told apart by id. */
      g_ptr_array_add (self->candidates,
                       ec_candidate_new ("democratic-candidate", _("Democratic candidate"),
                                         "Democratic", NULL));
      g_ptr_array_add (self->candidates,
                       ec_candidate_new ("republican-candidate", _("Republican candidate"),
                                         "Republican", NULL));
      g_ptr_array_add (self->candidates,
                       ec_candidate_new ("third-party-candidate", _("Third-party candidate"),
                                         "Independent", NULL));
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

  self->electors_total = total;
  if (!json_object_has_member (root, "electors_appointed"))
    self->electors_appointed = total;
  else if (!ec_json_get_count (root, "electors_appointed", &appointed) || appointed < 1 || appointed > total)
    return invalid (error, "“electors_appointed” is missing or out of range"), NULL;
  else
    self->electors_appointed = appointed;

  if (json_object_has_member (root, "areas"))
    {
      if (!parse_areas (self, root, error))
        return NULL;
    }
  else
    {
      /* Without a list of areas the units are the modern map's: 50 states and DC. */
      if (self->states->len != 51)
        return invalid (error, "the election has %u states and DC, not 51", self->states->len), NULL;

      if (total != EC_ELECTORS_TOTAL)
        return invalid (error, "the states have %u electoral votes, not %u", total, EC_ELECTORS_TOTAL), NULL;
    }

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
                   _("There is no election of %d here; the elections are %d to %d, every four years"),
                   year, election_years[0], ec_election_get_latest_year ());
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
 * @year: a presidential election year, 1789 to 2024
 * @error: return location for a #GError
 *
 * Loads one of the bundled real elections. Each is read once: every call
 * for a year returns the same immutable election.
 *
 * Returns: (transfer full) (nullable): the election, or %NULL with @error set
 */
EcElection *
ec_election_new_for_year (int      year,
                          GError **error)
{
  /* Elections never change once read, so each year is parsed once and
   * shared: undo, copies and every window hold the same object. */
  static GMutex lock;
  static GHashTable *cache;
  g_autoptr(GBytes) bytes = NULL;
  EcElection *election;
  gsize size;
  const char *data;

  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  g_mutex_lock (&lock);
  if (cache != NULL && (election = g_hash_table_lookup (cache, GINT_TO_POINTER (year))))
    {
      g_object_ref (election);
      g_mutex_unlock (&lock);
      return election;
    }
  g_mutex_unlock (&lock);

  if (!(bytes = lookup_year (year, error)))
    return NULL;

  data = g_bytes_get_data (bytes, &size);
  if (!(election = new_from_data (data, size, FALSE, error)))
    return NULL;

  g_mutex_lock (&lock);
  if (cache == NULL)
    cache = g_hash_table_new_full (NULL, NULL, NULL, g_object_unref);
  if (g_hash_table_contains (cache, GINT_TO_POINTER (year)))
    {
      /* Another thread read it meanwhile: share that one. */
      g_object_unref (election);
      election = g_object_ref (g_hash_table_lookup (cache, GINT_TO_POINTER (year)));
    }
  else
    {
      g_hash_table_insert (cache, GINT_TO_POINTER (year), g_object_ref (election));
    }
  g_mutex_unlock (&lock);

  return election;
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
 * ec_election_is_running:
 * @self: a #EcElection
 * @candidate: one of its candidates
 *
 * Whether electors could be pledged to @candidate: someone who won popular
 * votes or a state, or to whom some elector was pledged, as opposed to a
 * person who only received the votes of faithless electors (Colin Powell
 * in 2016). Every candidate of a blank map is running.
 *
 * Returns: whether @candidate ran in the election
 */
gboolean
ec_election_is_running (EcElection  *self,
                        EcCandidate *candidate)
{
  g_return_val_if_fail (EC_IS_ELECTION (self), FALSE);
  g_return_val_if_fail (EC_IS_CANDIDATE (candidate), FALSE);

  if (self->year == 0)
    return TRUE;

  for (guint i = 0; i < self->faithless->len; i++)
    {
      const EcFaithlessRecord *record = g_ptr_array_index (self->faithless, i);

      if (record->pledged == candidate)
        return TRUE;
    }

  for (guint i = 0; i < self->all_units->len; i++)
    {
      EcUnit *unit = g_ptr_array_index (self->all_units, i);
      guint faithless = 0;

      if (unit->winner == candidate || ec_unit_get_popular_votes (unit, candidate) > 0)
        return TRUE;

      /* Electoral votes cast for someone count only beyond those of
       * faithless electors. */
      for (guint j = 0; j < self->faithless->len; j++)
        {
          const EcFaithlessRecord *record = g_ptr_array_index (self->faithless, j);

          if (record->voted_for == candidate && !record->replaced &&
              g_strcmp0 (record->unit_id, unit->id) == 0)
            faithless++;
        }
      if (ec_unit_get_electoral_votes_cast (unit, candidate) > faithless)
        return TRUE;
    }

  return FALSE;
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

/**
 * ec_election_get_rules:
 * @self: a #EcElection
 *
 * Returns: the constitutional rule the election's votes were counted under
 */
EcElectionRules
ec_election_get_rules (EcElection *self)
{
  g_return_val_if_fail (EC_IS_ELECTION (self), EC_ELECTION_RULES_TWELFTH_AMENDMENT);

  return self->rules;
}

/**
 * ec_election_get_votes_per_elector:
 * @self: a #EcElection
 *
 * Returns: 2 in 1789–1800, when each elector cast two votes for president,
 *   and 1 since the 12th Amendment
 */
guint
ec_election_get_votes_per_elector (EcElection *self)
{
  g_return_val_if_fail (EC_IS_ELECTION (self), 1);

  return self->rules == EC_ELECTION_RULES_TWO_VOTES ? 2 : 1;
}

/**
 * ec_election_get_electors_total:
 * @self: a #EcElection
 *
 * Returns: the electors of all the election's units: 538 since 1964,
 *   including states that appointed none
 */
guint
ec_election_get_electors_total (EcElection *self)
{
  g_return_val_if_fail (EC_IS_ELECTION (self), 0);

  return self->electors_total;
}

/**
 * ec_election_get_electors_appointed:
 * @self: a #EcElection
 *
 * A president needs votes from a majority of the electors appointed. They
 * are the electors of the states that took part, including electors who did
 * not vote; states that appointed none, or whose votes Congress excluded or
 * rejected, are not in it.
 *
 * Returns: the electors appointed: 538 since 1964
 */
guint
ec_election_get_electors_appointed (EcElection *self)
{
  g_return_val_if_fail (EC_IS_ELECTION (self), 0);

  return self->electors_appointed;
}

/**
 * ec_election_uses_modern_map:
 * @self: a #EcElection
 *
 * Returns: whether the election's units are the areas of today's map, one
 *   to one (1976 on)
 */
gboolean
ec_election_uses_modern_map (EcElection *self)
{
  g_return_val_if_fail (EC_IS_ELECTION (self), FALSE);

  return self->areas == NULL;
}

/**
 * ec_election_get_area_status:
 * @self: a #EcElection
 * @area_id: the id of an area of the map, such as "WV" or "ME-2"
 *
 * Returns: what the area was in the election's year
 */
EcAreaStatus
ec_election_get_area_status (EcElection *self,
                             const char *area_id)
{
  Area *area;

  g_return_val_if_fail (EC_IS_ELECTION (self), EC_AREA_UNKNOWN);
  g_return_val_if_fail (area_id != NULL, EC_AREA_UNKNOWN);

  if (self->areas == NULL)
    return ec_election_get_unit (self, area_id) ? EC_AREA_UNIT : EC_AREA_UNKNOWN;

  area = g_hash_table_lookup (self->areas, area_id);

  return area ? area->status : EC_AREA_UNKNOWN;
}

/**
 * ec_election_get_area_unit:
 * @self: a #EcElection
 * @area_id: the id of an area of the map
 *
 * Returns: (transfer none) (nullable): the unit whose electors the area's
 *   voters chose that year (Massachusetts for Maine's area in 1816), or
 *   %NULL where the area had no electors
 */
EcUnit *
ec_election_get_area_unit (EcElection *self,
                           const char *area_id)
{
  Area *area;

  g_return_val_if_fail (EC_IS_ELECTION (self), NULL);
  g_return_val_if_fail (area_id != NULL, NULL);

  if (self->areas == NULL)
    return ec_election_get_unit (self, area_id);

  area = g_hash_table_lookup (self->areas, area_id);

  return area ? area->unit : NULL;
}

/**
 * ec_election_lookup_unit:
 * @self: a #EcElection
 * @id: a unit id such as "TX" or "NE-2"
 * @error: return location for a #GError
 *
 * Like ec_election_get_unit(), but says why a unit is not there: a state
 * that was part of another, not yet in the Union or not yet a state.
 *
 * Returns: (transfer none) (nullable): the unit, or %NULL with @error set
 */
EcUnit *
ec_election_lookup_unit (EcElection  *self,
                         const char  *id,
                         GError     **error)
{
  EcUnit *unit;
  Area *area;

  g_return_val_if_fail (EC_IS_ELECTION (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if ((unit = ec_election_get_unit (self, id)))
    return unit;

  area = self->areas ? g_hash_table_lookup (self->areas, id) : NULL;
  if (area == NULL)
    {
      g_set_error (error, EC_ELECTION_ERROR, EC_ELECTION_ERROR_NO_SUCH_UNIT,
                   _("There is no state or district “%s”"), id);
      return NULL;
    }

  switch (area->status)
    {
    case EC_AREA_PART_OF_UNIT:
      g_set_error (error, EC_ELECTION_ERROR, EC_ELECTION_ERROR_NO_SUCH_UNIT,
                   /* Translators: e.g. “In 1800, West Virginia was part of Virginia and had no electors of its own” */
                   _("In %d, %s was part of %s and had no electors of its own"),
                   self->year, area->name, area->unit->name);
      break;
    case EC_AREA_NOT_IN_UNION:
      g_set_error (error, EC_ELECTION_ERROR, EC_ELECTION_ERROR_NO_SUCH_UNIT,
                   _("In %d, %s had not yet ratified the Constitution and was not in the Union"),
                   self->year, area->name);
      break;
    case EC_AREA_NO_ELECTORS:
      g_set_error (error, EC_ELECTION_ERROR, EC_ELECTION_ERROR_NO_SUCH_UNIT,
                   _("In %d, the District of Columbia had no electors: it has had them only since the 23rd Amendment, first in 1964"),
                   self->year);
      break;
    case EC_AREA_NOT_A_STATE:
    case EC_AREA_UNIT:
    case EC_AREA_UNKNOWN:
    default:
      g_set_error (error, EC_ELECTION_ERROR, EC_ELECTION_ERROR_NO_SUCH_UNIT,
                   _("In %d, %s was not yet a state and had no electors"),
                   self->year, area->name);
      break;
    }

  return NULL;
}
