/* ec-contingent.c
 *
 * Copyright 2026 The Electors authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ec-contingent.h"

/* The contingent election of the 12th Amendment, played out with the
 * Congress that would hold it:
 *
 * - The House chooses the president from the (at most) three persons with
 *   the most electoral votes. Each state's delegation has one vote, cast as
 *   a majority of its members present decide; a tied or divided delegation
 *   casts none, and DC has no delegation. Electing takes a majority of all
 *   the states (26 of 50), not of those voting.
 * - The Senate chooses the vice president from the two with the most
 *   electoral votes for vice president, each senator voting once; it takes
 *   a majority of the whole number of senators (51 of 100).
 *
 * By default every member votes for their party's candidate if that
 * candidate is among the choices, and independents for none of them; the
 * user may set any delegation's vote. The data has no electoral votes for
 * vice president, so each elector is taken to vote for the running mate of
 * the candidate they voted for, and a vote for someone with no running mate
 * counts for no vice president. So the Senate votes whenever the House
 * does. */

#define N_PRESIDENTIAL_CHOICES 3
#define N_VICE_CHOICES 2

struct _EcContingent
{
  GObject      parent_instance;

  EcTally     *tally;
  EcCongress  *congress;
  /* The persons the House may choose from, most electoral votes first. */
  GPtrArray   *choices;
  gboolean     tie_at_cutoff;
  /* state id → the EcCandidate its delegation votes for, or NULL */
  GHashTable  *votes;
  GHashTable  *user_set;
  guint        n_states;
  EcCandidate *president;

  /* Tickets whose running mates the Senate may choose from. */
  GPtrArray   *vice_choices;
  GHashTable  *senators;
  EcCandidate *vice_by_senate;
};

G_DEFINE_FINAL_TYPE (EcContingent, ec_contingent, G_TYPE_OBJECT)

static void
ec_contingent_finalize (GObject *object)
{
  EcContingent *self = (EcContingent *)object;

  g_clear_pointer (&self->tally, ec_tally_unref);
  g_clear_object (&self->congress);
  g_clear_pointer (&self->choices, g_ptr_array_unref);
  g_clear_pointer (&self->votes, g_hash_table_unref);
  g_clear_pointer (&self->user_set, g_hash_table_unref);
  g_clear_pointer (&self->vice_choices, g_ptr_array_unref);
  g_clear_pointer (&self->senators, g_hash_table_unref);

  G_OBJECT_CLASS (ec_contingent_parent_class)->finalize (object);
}

static void
ec_contingent_class_init (EcContingentClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = ec_contingent_finalize;
}

static void
ec_contingent_init (EcContingent *self)
{
  self->choices = g_ptr_array_new ();
  self->votes = g_hash_table_new (g_str_hash, g_str_equal);
  self->user_set = g_hash_table_new (g_str_hash, g_str_equal);
  self->vice_choices = g_ptr_array_new ();
  self->senators = g_hash_table_new (NULL, NULL);
}

typedef struct {
  EcCandidate *candidate;
  guint        votes;
  guint        position;
} Ranked;

static int
compare_ranked (gconstpointer a,
                gconstpointer b)
{
  const Ranked *ra = a;
  const Ranked *rb = b;

  if (ra->votes != rb->votes)
    return ra->votes > rb->votes ? -1 : 1;

  return ra->position < rb->position ? -1 : ra->position > rb->position;
}

/* The persons "having the highest numbers not exceeding @limit on the list"
 * of electoral votes. The Constitution does not say what a tie at the last
 * place does; everyone tied there stays on the list, and the tie is
 * reported, so that nobody with as many votes as a choice is left out. */
static gboolean
rank (EcTally   *tally,
      gboolean   tickets_only,
      guint      limit,
      GPtrArray *out)
{
  g_autoptr(GArray) ranked = g_array_new (FALSE, FALSE, sizeof (Ranked));

  for (guint i = 0; i < ec_tally_get_n_candidates (tally); i++)
    {
      EcCandidate *candidate = ec_tally_get_candidate (tally, i);
      Ranked r = { candidate, ec_tally_get_electoral_votes (tally, candidate), i };

      if (r.votes == 0 || (tickets_only && ec_candidate_get_running_mate (candidate) == NULL))
        continue;

      g_array_append_val (ranked, r);
    }

  g_array_sort (ranked, compare_ranked);

  for (guint i = 0; i < ranked->len; i++)
    {
      const Ranked *r = &g_array_index (ranked, Ranked, i);
      guint ahead = 0;

      for (guint j = 0; j < i; j++)
        ahead += g_array_index (ranked, Ranked, j).votes > r->votes;

      if (ahead >= limit)
        break;

      g_ptr_array_add (out, r->candidate);
    }

  return out->len > limit;
}

static EcCandidate *
nominee (EcContingent *self,
         EcParty       party)
{
  const char *id = ec_congress_get_nominee (self->congress, party);

  return id != NULL ? ec_scenario_get_candidate (ec_tally_get_scenario (self->tally), id) : NULL;
}

static EcCandidate *
party_vote (EcContingent       *self,
            const EcDelegation *delegation)
{
  guint present = 0;

  for (guint p = 0; p < EC_N_PARTIES; p++)
    present += delegation->members[p];

  /* A candidate needs a majority of the members present, not a plurality. */
  for (guint p = EC_PARTY_DEMOCRATIC; p <= EC_PARTY_REPUBLICAN; p++)
    {
      EcCandidate *candidate = nominee (self, p);

      if (candidate != NULL && ec_contingent_is_choice (self, candidate) &&
          2 * delegation->members[p] > present)
        return candidate;
    }

  return NULL;
}

static void
count_house (EcContingent *self)
{
  EcScenario *scenario = ec_tally_get_scenario (self->tally);
  GPtrArray *states = ec_election_get_states (ec_scenario_get_election (scenario));
  g_autoptr(GHashTable) counts = g_hash_table_new (NULL, NULL);

  self->n_states = ec_congress_get_n_states (self->congress);

  for (guint i = 0; i < states->len; i++)
    {
      EcUnit *unit = g_ptr_array_index (states, i);
      const char *id = ec_unit_get_id (unit);
      const EcDelegation *delegation = ec_congress_get_delegation (self->congress, id);
      EcCandidate *vote = NULL;

      if (delegation == NULL || !ec_scenario_is_house_state (scenario, unit))
        continue;

      /* A vote the user set for someone who is no longer a choice gives way
       * to the party vote, rather than to a vote the House cannot cast. */
      if (ec_scenario_get_house_vote (scenario, id, &vote) &&
          (vote == NULL || ec_contingent_is_choice (self, vote)))
        g_hash_table_add (self->user_set, (char *)id);
      else
        vote = party_vote (self, delegation);

      g_hash_table_insert (self->votes, (char *)id, vote);
      if (vote != NULL)
        {
          guint n = GPOINTER_TO_UINT (g_hash_table_lookup (counts, vote)) + 1;

          g_hash_table_insert (counts, vote, GUINT_TO_POINTER (n));
          if (n >= ec_contingent_get_states_needed (self))
            self->president = vote;
        }
    }
}

static void
count_senate (EcContingent *self)
{
  const EcSenate *senate = ec_congress_get_senate (self->congress);

  /* Running mates get the votes of their tickets, so a tally with no
   * majority for president has none for vice president either, and the
   * Senate always votes. */
  rank (self->tally, TRUE, N_VICE_CHOICES, self->vice_choices);

  for (guint p = EC_PARTY_DEMOCRATIC; p <= EC_PARTY_REPUBLICAN; p++)
    {
      EcCandidate *ticket = nominee (self, p);
      guint n = senate->senators[p];

      if (ticket == NULL || !g_ptr_array_find (self->vice_choices, ticket, NULL))
        continue;

      if (senate->independents_caucus == p)
        n += senate->senators[EC_PARTY_INDEPENDENT];

      g_hash_table_insert (self->senators, ticket, GUINT_TO_POINTER (n));
      if (n >= ec_contingent_get_senators_needed (self))
        self->vice_by_senate = ticket;
    }
}

/**
 * ec_contingent_is_needed:
 * @tally: a tally
 *
 * Whether the tally leaves the choice to Congress under the 12th Amendment:
 * nobody has, or can still reach, a majority of the electors appointed.
 *
 * Returns: %TRUE if the House chooses the president
 */
gboolean
ec_contingent_is_needed (EcTally *tally)
{
  g_return_val_if_fail (tally != NULL, FALSE);

  return ec_tally_get_outcome (tally) == EC_OUTCOME_CONTINGENT &&
         ec_tally_get_rules (tally) == EC_ELECTION_RULES_TWELFTH_AMENDMENT;
}

/**
 * ec_contingent_new:
 * @tally: a tally with no majority (see ec_contingent_is_needed())
 * @congress: the Congress that votes
 *
 * Plays out the contingent election of @tally's scenario: the House's vote
 * state by state, with the votes the scenario sets, and the Senate's.
 *
 * Returns: (transfer full): the result
 */
EcContingent *
ec_contingent_new (EcTally    *tally,
                   EcCongress *congress)
{
  EcContingent *self;

  g_return_val_if_fail (tally != NULL, NULL);
  g_return_val_if_fail (EC_IS_CONGRESS (congress), NULL);

  self = g_object_new (EC_TYPE_CONTINGENT, NULL);
  self->tally = ec_tally_ref (tally);
  self->congress = g_object_ref (congress);
  self->tie_at_cutoff = rank (tally, FALSE, N_PRESIDENTIAL_CHOICES, self->choices);

  count_house (self);
  count_senate (self);

  return self;
}

/**
 * ec_contingent_new_for_tally:
 * @tally: a tally with no majority
 * @error: return location for a #GError
 *
 * Plays out the contingent election with the Congress elected with the
 * president, from the bundled data.
 *
 * Returns: (transfer full) (nullable): the result, or %NULL with @error set
 *   when there is no data on that Congress
 */
EcContingent *
ec_contingent_new_for_tally (EcTally  *tally,
                             GError  **error)
{
  g_autoptr(EcCongress) congress = NULL;
  EcElection *election;

  g_return_val_if_fail (tally != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  election = ec_scenario_get_election (ec_tally_get_scenario (tally));
  if (ec_election_is_blank (election))
    {
      g_set_error_literal (error, EC_CONGRESS_ERROR, EC_CONGRESS_ERROR_NO_DATA,
                           _("A blank map has no Congress to vote"));
      return NULL;
    }

  if (!(congress = ec_congress_new_for_year (ec_election_get_year (election), error)))
    return NULL;

  return ec_contingent_new (tally, congress);
}

/**
 * ec_contingent_get_tally:
 * @self: a #EcContingent
 *
 * Returns: (transfer none): the tally it was played out from
 */
EcTally *
ec_contingent_get_tally (EcContingent *self)
{
  g_return_val_if_fail (EC_IS_CONTINGENT (self), NULL);

  return self->tally;
}

/**
 * ec_contingent_get_congress:
 * @self: a #EcContingent
 *
 * Returns: (transfer none): the Congress that votes
 */
EcCongress *
ec_contingent_get_congress (EcContingent *self)
{
  g_return_val_if_fail (EC_IS_CONTINGENT (self), NULL);

  return self->congress;
}

/**
 * ec_contingent_get_n_choices:
 * @self: a #EcContingent
 *
 * Returns: how many persons the House may choose from: three, fewer if
 *   fewer received electoral votes, more if some tie for third
 */
guint
ec_contingent_get_n_choices (EcContingent *self)
{
  g_return_val_if_fail (EC_IS_CONTINGENT (self), 0);

  return self->choices->len;
}

/**
 * ec_contingent_get_choice:
 * @self: a #EcContingent
 * @position: from 0 to ec_contingent_get_n_choices() - 1
 *
 * Returns: (transfer none): a person the House may choose, most electoral
 *   votes first
 */
EcCandidate *
ec_contingent_get_choice (EcContingent *self,
                          guint         position)
{
  g_return_val_if_fail (EC_IS_CONTINGENT (self), NULL);
  g_return_val_if_fail (position < self->choices->len, NULL);

  return g_ptr_array_index (self->choices, position);
}

static int
compare_by_states (gconstpointer a,
                   gconstpointer b,
                   gpointer      data)
{
  EcContingent *self = data;
  EcCandidate *ca = *(EcCandidate * const *)a;
  EcCandidate *cb = *(EcCandidate * const *)b;
  guint na = ec_contingent_get_states_for (self, ca);
  guint nb = ec_contingent_get_states_for (self, cb);
  guint pa, pb;

  if (na != nb)
    return na > nb ? -1 : 1;

  g_ptr_array_find (self->choices, ca, &pa);
  g_ptr_array_find (self->choices, cb, &pb);

  return pa < pb ? -1 : pa > pb;
}

/**
 * ec_contingent_list_choices_by_states:
 * @self: a #EcContingent
 *
 * The choices as a count is read: most delegations first, and among equals
 * most electoral votes first.
 *
 * Returns: (transfer container) (element-type EcCandidate): the choices
 */
GPtrArray *
ec_contingent_list_choices_by_states (EcContingent *self)
{
  GPtrArray *choices;

  g_return_val_if_fail (EC_IS_CONTINGENT (self), NULL);

  choices = g_ptr_array_copy (self->choices, NULL, NULL);
  g_ptr_array_sort_with_data (choices, compare_by_states, self);

  return choices;
}

/**
 * ec_contingent_is_choice:
 * @self: a #EcContingent
 * @candidate: a candidate
 *
 * Returns: whether the House may choose @candidate
 */
gboolean
ec_contingent_is_choice (EcContingent *self,
                         EcCandidate  *candidate)
{
  g_return_val_if_fail (EC_IS_CONTINGENT (self), FALSE);

  return candidate != NULL && g_ptr_array_find (self->choices, candidate, NULL);
}

/**
 * ec_contingent_get_tie_at_cutoff:
 * @self: a #EcContingent
 *
 * Returns: whether persons tied for third place made the list longer than
 *   three, a case the Constitution does not settle
 */
gboolean
ec_contingent_get_tie_at_cutoff (EcContingent *self)
{
  g_return_val_if_fail (EC_IS_CONTINGENT (self), FALSE);

  return self->tie_at_cutoff;
}

/**
 * ec_contingent_get_party_vote:
 * @self: a #EcContingent
 * @state_id: a state's id
 *
 * How the delegation votes if every member votes for their party's
 * candidate: for the candidate with a majority of its members, if any.
 *
 * Returns: (transfer none) (nullable): the candidate, or %NULL for no vote
 */
EcCandidate *
ec_contingent_get_party_vote (EcContingent *self,
                              const char   *state_id)
{
  const EcDelegation *delegation;

  g_return_val_if_fail (EC_IS_CONTINGENT (self), NULL);
  g_return_val_if_fail (state_id != NULL, NULL);

  delegation = ec_congress_get_delegation (self->congress, state_id);

  return delegation != NULL ? party_vote (self, delegation) : NULL;
}

/**
 * ec_contingent_get_state_vote:
 * @self: a #EcContingent
 * @state_id: a state's id
 * @source: (out) (optional): where the vote comes from
 *
 * Returns: (transfer none) (nullable): whom the state's delegation votes
 *   for, or %NULL if it casts no vote (divided, or DC)
 */
EcCandidate *
ec_contingent_get_state_vote (EcContingent      *self,
                              const char        *state_id,
                              EcHouseVoteSource *source)
{
  g_return_val_if_fail (EC_IS_CONTINGENT (self), NULL);
  g_return_val_if_fail (state_id != NULL, NULL);

  if (source != NULL)
    *source = g_hash_table_contains (self->user_set, state_id) ? EC_HOUSE_VOTE_USER : EC_HOUSE_VOTE_PARTY;

  return g_hash_table_lookup (self->votes, state_id);
}

/**
 * ec_contingent_get_n_states:
 * @self: a #EcContingent
 *
 * Returns: how many states have a vote: 50
 */
guint
ec_contingent_get_n_states (EcContingent *self)
{
  g_return_val_if_fail (EC_IS_CONTINGENT (self), 0);

  return self->n_states;
}

/**
 * ec_contingent_get_states_needed:
 * @self: a #EcContingent
 *
 * Returns: the states needed to elect: a majority of all of them (26 of 50),
 *   however many cast no vote
 */
guint
ec_contingent_get_states_needed (EcContingent *self)
{
  g_return_val_if_fail (EC_IS_CONTINGENT (self), 0);

  return self->n_states / 2 + 1;
}

/**
 * ec_contingent_get_states_for:
 * @self: a #EcContingent
 * @candidate: a candidate
 *
 * Returns: how many delegations vote for @candidate
 */
guint
ec_contingent_get_states_for (EcContingent *self,
                              EcCandidate  *candidate)
{
  GHashTableIter iter;
  gpointer vote;
  guint n = 0;

  g_return_val_if_fail (EC_IS_CONTINGENT (self), 0);

  g_hash_table_iter_init (&iter, self->votes);
  while (g_hash_table_iter_next (&iter, NULL, &vote))
    n += candidate != NULL && vote == candidate;

  return n;
}

/**
 * ec_contingent_get_states_without_vote:
 * @self: a #EcContingent
 *
 * Returns: how many delegations cast no vote, tied or divided
 */
guint
ec_contingent_get_states_without_vote (EcContingent *self)
{
  GHashTableIter iter;
  gpointer vote;
  guint n = 0;

  g_return_val_if_fail (EC_IS_CONTINGENT (self), 0);

  g_hash_table_iter_init (&iter, self->votes);
  while (g_hash_table_iter_next (&iter, NULL, &vote))
    n += vote == NULL;

  return n;
}

/**
 * ec_contingent_get_president:
 * @self: a #EcContingent
 *
 * Returns: (transfer none) (nullable): whom the House elects, or %NULL if no
 *   one has the states needed and the House is deadlocked
 */
EcCandidate *
ec_contingent_get_president (EcContingent *self)
{
  g_return_val_if_fail (EC_IS_CONTINGENT (self), NULL);

  return self->president;
}

/**
 * ec_contingent_cycle_state_vote:
 * @self: a #EcContingent
 * @state_id: a state with a delegation
 * @backward: whether to go the other way
 *
 * What a click on a state does in the House vote: the delegation votes for
 * the next of the choices, then for nobody, then for the first again. A
 * vote that is the party vote is stored as no setting at all, so the file
 * keeps only what the user changed.
 *
 * Returns: %TRUE if the scenario changed
 */
gboolean
ec_contingent_cycle_state_vote (EcContingent *self,
                                const char   *state_id,
                                gboolean      backward)
{
  EcScenario *scenario;
  EcCandidate *current;
  EcCandidate *next;
  guint n;
  guint index;

  g_return_val_if_fail (EC_IS_CONTINGENT (self), FALSE);
  g_return_val_if_fail (state_id != NULL, FALSE);

  if (!g_hash_table_contains (self->votes, state_id))
    return FALSE;

  scenario = ec_tally_get_scenario (self->tally);
  current = g_hash_table_lookup (self->votes, state_id);
  n = self->choices->len + 1;

  if (current == NULL || !g_ptr_array_find (self->choices, current, &index))
    index = self->choices->len;

  index = backward ? (index + n - 1) % n : (index + 1) % n;
  next = index < self->choices->len ? g_ptr_array_index (self->choices, index) : NULL;

  if (next == ec_contingent_get_party_vote (self, state_id))
    return ec_scenario_clear_house_vote (scenario, state_id);

  return ec_scenario_set_house_vote (scenario, state_id, next);
}

/**
 * ec_contingent_get_n_vice_choices:
 * @self: a #EcContingent
 *
 * Returns: how many running mates the Senate may choose from: two, or
 *   fewer, or more with a tie for second
 */
guint
ec_contingent_get_n_vice_choices (EcContingent *self)
{
  g_return_val_if_fail (EC_IS_CONTINGENT (self), 0);

  return self->vice_choices->len;
}

/**
 * ec_contingent_get_vice_choice:
 * @self: a #EcContingent
 * @position: from 0 to ec_contingent_get_n_vice_choices() - 1
 *
 * Returns: (transfer none): the ticket whose running mate the Senate may
 *   choose, most electoral votes first
 */
EcCandidate *
ec_contingent_get_vice_choice (EcContingent *self,
                               guint         position)
{
  g_return_val_if_fail (EC_IS_CONTINGENT (self), NULL);
  g_return_val_if_fail (position < self->vice_choices->len, NULL);

  return g_ptr_array_index (self->vice_choices, position);
}

/**
 * ec_contingent_get_vice_electoral_votes:
 * @self: a #EcContingent
 * @ticket: a candidate with a running mate
 *
 * Returns: the electoral votes for @ticket's running mate: those of its
 *   presidential candidate, since the data records no separate vote
 */
guint
ec_contingent_get_vice_electoral_votes (EcContingent *self,
                                        EcCandidate  *ticket)
{
  g_return_val_if_fail (EC_IS_CONTINGENT (self), 0);
  g_return_val_if_fail (EC_IS_CANDIDATE (ticket), 0);

  if (ec_candidate_get_running_mate (ticket) == NULL)
    return 0;

  return ec_tally_get_electoral_votes (self->tally, ticket);
}

/**
 * ec_contingent_get_senators_needed:
 * @self: a #EcContingent
 *
 * Returns: 51, a majority of the whole number of senators
 */
guint
ec_contingent_get_senators_needed (EcContingent *self)
{
  g_return_val_if_fail (EC_IS_CONTINGENT (self), 0);

  return 100 / 2 + 1;
}

/**
 * ec_contingent_get_senators_for:
 * @self: a #EcContingent
 * @ticket: one of the vice choices
 *
 * Returns: how many senators vote for @ticket's running mate: those of its
 *   party and the independents who caucus with it
 */
guint
ec_contingent_get_senators_for (EcContingent *self,
                                EcCandidate  *ticket)
{
  g_return_val_if_fail (EC_IS_CONTINGENT (self), 0);

  return GPOINTER_TO_UINT (g_hash_table_lookup (self->senators, ticket));
}

/**
 * ec_contingent_get_senators_without_vote:
 * @self: a #EcContingent
 *
 * Returns: the seats whose senators vote for none of the choices, vacant
 *   seats included
 */
guint
ec_contingent_get_senators_without_vote (EcContingent *self)
{
  GHashTableIter iter;
  gpointer n;
  guint voting = 0;

  g_return_val_if_fail (EC_IS_CONTINGENT (self), 0);

  g_hash_table_iter_init (&iter, self->senators);
  while (g_hash_table_iter_next (&iter, NULL, &n))
    voting += GPOINTER_TO_UINT (n);

  return 100 - voting;
}

/**
 * ec_contingent_get_vice_president:
 * @self: a #EcContingent
 *
 * Returns: (transfer none) (nullable): the ticket whose running mate the
 *   Senate elects, or %NULL if the Senate is deadlocked
 */
EcCandidate *
ec_contingent_get_vice_president (EcContingent *self)
{
  g_return_val_if_fail (EC_IS_CONTINGENT (self), NULL);

  return self->vice_by_senate;
}

/**
 * ec_contingent_dup_house_sentence:
 * @self: a #EcContingent
 *
 * Returns: (transfer full): what the House does, in one sentence
 */
char *
ec_contingent_dup_house_sentence (EcContingent *self)
{
  guint needed;

  g_return_val_if_fail (EC_IS_CONTINGENT (self), NULL);

  needed = ec_contingent_get_states_needed (self);
  if (self->president != NULL)
    {
      guint n = ec_contingent_get_states_for (self, self->president);

      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "The House elects %s president with %u state of %u (%u needed).",
                                           "The House elects %s president with %u states of %u (%u needed).", n),
                              ec_candidate_get_name (self->president), n, self->n_states, needed);
    }

  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "No candidate has the %u state needed: the House is deadlocked and votes again until a delegation changes its vote.",
                                       "No candidate has the %u states needed: the House is deadlocked and votes again until a delegation changes its vote.",
                                       needed),
                          needed);
}

/**
 * ec_contingent_dup_senate_sentence:
 * @self: a #EcContingent
 *
 * Returns: (transfer full): what the Senate does, in one sentence
 */
char *
ec_contingent_dup_senate_sentence (EcContingent *self)
{
  guint needed;

  g_return_val_if_fail (EC_IS_CONTINGENT (self), NULL);

  needed = ec_contingent_get_senators_needed (self);
  if (self->vice_by_senate != NULL)
    {
      guint n = ec_contingent_get_senators_for (self, self->vice_by_senate);

      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "The Senate elects %s vice president with %u senator of 100 (%u needed).",
                                           "The Senate elects %s vice president with %u senators of 100 (%u needed).", n),
                              ec_candidate_get_running_mate (self->vice_by_senate), n, needed);
    }

  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "No running mate has the %u senator needed: the Senate is deadlocked.",
                                       "No running mate has the %u senators needed: the Senate is deadlocked.", needed),
                          needed);
}

/**
 * ec_contingent_dup_outcome_sentence:
 * @self: a #EcContingent
 *
 * Who would be president and vice president, or, with the House
 * deadlocked, what the law says then.
 *
 * Returns: (transfer full): the outcome, in words
 */
char *
ec_contingent_dup_outcome_sentence (EcContingent *self)
{
  EcCandidate *vice;

  g_return_val_if_fail (EC_IS_CONTINGENT (self), NULL);

  vice = ec_contingent_get_vice_president (self);

  if (self->president != NULL && vice != NULL)
    return g_strdup_printf (_("%s would be president and %s vice president."),
                            ec_candidate_get_name (self->president), ec_candidate_get_running_mate (vice));

  if (self->president != NULL)
    return g_strdup_printf (_("%s would be president; the Senate would keep voting for a vice president."),
                            ec_candidate_get_name (self->president));

  /* The 20th Amendment, section 3, and 3 U.S.C. §19 for neither. */
  if (vice != NULL)
    return g_strdup_printf (_("If the House has not chosen a president by Inauguration Day, January 20, "
                              "the vice president-elect, %s, acts as president until it does."),
                            ec_candidate_get_running_mate (vice));

  return g_strdup (_("If neither the House nor the Senate has chosen by Inauguration Day, January 20, "
                     "the Speaker of the House acts as president until one of them does."));
}

/**
 * ec_contingent_dup_likely_sentence:
 * @self: a #EcContingent
 *
 * What would most likely happen: every member of the House and the Senate
 * voting for their party's candidate, whatever votes the user set.
 *
 * Returns: (transfer full): the likely outcome, in words
 */
char *
ec_contingent_dup_likely_sentence (EcContingent *self)
{
  EcScenario *scenario;
  GPtrArray *states;
  g_autoptr(GHashTable) counts = g_hash_table_new (NULL, NULL);
  EcCandidate *president = NULL;
  EcCandidate *vice;
  guint needed;
  guint n = 0;
  int year;

  g_return_val_if_fail (EC_IS_CONTINGENT (self), NULL);

  scenario = ec_tally_get_scenario (self->tally);
  states = ec_election_get_states (ec_scenario_get_election (scenario));
  needed = ec_contingent_get_states_needed (self);
  year = ec_congress_get_year (self->congress);

  for (guint i = 0; i < states->len; i++)
    {
      const char *id = ec_unit_get_id (g_ptr_array_index (states, i));
      EcCandidate *vote;
      guint votes;

      if (!g_hash_table_contains (self->votes, id) || !(vote = ec_contingent_get_party_vote (self, id)))
        continue;

      votes = GPOINTER_TO_UINT (g_hash_table_lookup (counts, vote)) + 1;
      g_hash_table_insert (counts, vote, GUINT_TO_POINTER (votes));
      if (votes >= needed)
        {
          president = vote;
          n = votes;
        }
    }

  /* The Senate's vote has no user settings: it is the party vote. */
  vice = self->vice_by_senate;

  if (president != NULL && vice != NULL)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "Most likely, with every member voting for their party’s candidate, the Congress elected in %d "
                                         "would choose %s as president (%u state of %u) and %s as vice president (%u of 100 senators).",
                                         "Most likely, with every member voting for their party’s candidate, the Congress elected in %d "
                                         "would choose %s as president (%u states of %u) and %s as vice president (%u of 100 senators).", n),
                            year, ec_candidate_get_name (president), n, self->n_states,
                            ec_candidate_get_running_mate (vice), ec_contingent_get_senators_for (self, vice));

  if (president != NULL)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "Most likely, with every member voting for their party’s candidate, the House elected in %d "
                                         "would choose %s as president (%u state of %u), and the Senate would be deadlocked on the vice president.",
                                         "Most likely, with every member voting for their party’s candidate, the House elected in %d "
                                         "would choose %s as president (%u states of %u), and the Senate would be deadlocked on the vice president.", n),
                            year, ec_candidate_get_name (president), n, self->n_states);

  if (vice != NULL)
    return g_strdup_printf (_("Most likely, with every member voting for their party’s candidate, the House elected in %d "
                              "would be deadlocked, and %s, chosen by the Senate, would act as president from January 20."),
                            year, ec_candidate_get_running_mate (vice));

  return g_strdup_printf (_("Most likely, with every member voting for their party’s candidate, both the House and the Senate "
                            "elected in %d would be deadlocked."), year);
}

/**
 * ec_contingent_dup_delegation_summary:
 * @self: a #EcContingent
 * @state_id: a state's id
 *
 * The state's delegation and its vote, for a person: “Texas: 25
 * Republicans, 11 Democrats. Votes for Donald Trump.”
 *
 * Returns: (transfer full) (nullable): the summary, or %NULL for a unit with
 *   no delegation
 */
char *
ec_contingent_dup_delegation_summary (EcContingent *self,
                                      const char   *state_id)
{
  EcScenario *scenario;
  const EcDelegation *delegation;
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *members = NULL;
  g_autofree char *vote_text = NULL;
  EcHouseVoteSource source;
  EcCandidate *vote;
  EcUnit *unit;
  guint d, r, i;

  g_return_val_if_fail (EC_IS_CONTINGENT (self), NULL);
  g_return_val_if_fail (state_id != NULL, NULL);

  scenario = ec_tally_get_scenario (self->tally);
  unit = ec_election_get_unit (ec_scenario_get_election (scenario), state_id);
  delegation = ec_congress_get_delegation (self->congress, state_id);
  if (unit == NULL || delegation == NULL)
    return NULL;

  d = delegation->members[EC_PARTY_DEMOCRATIC];
  r = delegation->members[EC_PARTY_REPUBLICAN];
  i = delegation->members[EC_PARTY_INDEPENDENT];

  /* The larger party first, as the delegation would be described. */
  if (r > d && r > 0)
    g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u Republican", "%u Republicans", r), r));
  if (d > 0)
    g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u Democrat", "%u Democrats", d), d));
  if (r <= d && r > 0)
    g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u Republican", "%u Republicans", r), r));
  if (i > 0)
    g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u independent", "%u independents", i), i));
  if (delegation->vacant > 0)
    g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u vacant seat", "%u vacant seats",
                                                          delegation->vacant), delegation->vacant));
  g_ptr_array_add (parts, NULL);
  /* Translators: separates the parts of a delegation: “25 Republicans, 11 Democrats” */
  members = g_strjoinv (_(", "), (char **)parts->pdata);

  vote = ec_contingent_get_state_vote (self, state_id, &source);
  if (vote != NULL && source == EC_HOUSE_VOTE_USER)
    vote_text = g_strdup_printf (_("Votes for %s (your choice)."), ec_candidate_get_name (vote));
  else if (vote != NULL)
    vote_text = g_strdup_printf (_("Votes for %s."), ec_candidate_get_name (vote));
  else if (source == EC_HOUSE_VOTE_USER)
    vote_text = g_strdup (_("Casts no vote (your choice)."));
  else
    vote_text = g_strdup (_("No majority for anyone: casts no vote."));

  /* Translators: a state's delegation and its vote: “Texas: 25 Republicans, 11 Democrats. Votes for Donald Trump.” */
  return g_strdup_printf (_("%s: %s. %s"), ec_unit_get_name (unit), members, vote_text);
}

/**
 * ec_contingent_to_json:
 * @self: a #EcContingent
 *
 * The contingent election as `--summary` prints it: the House's choices
 * with the delegations voting for each, the delegations casting no vote,
 * the states needed and who is elected; the same for the Senate; and the
 * outcome in words.
 *
 * Returns: (transfer full): a JSON object
 */
JsonNode *
ec_contingent_to_json (EcContingent *self)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autofree char *outcome = NULL;
  EcScenario *scenario;
  GPtrArray *states;
  EcCandidate *vice;

  g_return_val_if_fail (EC_IS_CONTINGENT (self), NULL);

  scenario = ec_tally_get_scenario (self->tally);
  states = ec_election_get_states (ec_scenario_get_election (scenario));

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "congress");
  json_builder_add_int_value (builder, ec_congress_get_number (self->congress));

  json_builder_set_member_name (builder, "house");
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "states");
  json_builder_add_int_value (builder, self->n_states);
  json_builder_set_member_name (builder, "needed");
  json_builder_add_int_value (builder, ec_contingent_get_states_needed (self));
  json_builder_set_member_name (builder, "candidates");
  json_builder_begin_array (builder);
  for (guint i = 0; i < self->choices->len; i++)
    {
      EcCandidate *choice = g_ptr_array_index (self->choices, i);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "id");
      json_builder_add_string_value (builder, ec_candidate_get_id (choice));
      json_builder_set_member_name (builder, "name");
      json_builder_add_string_value (builder, ec_candidate_get_name (choice));
      json_builder_set_member_name (builder, "electoral_votes");
      json_builder_add_int_value (builder, ec_tally_get_electoral_votes (self->tally, choice));
      json_builder_set_member_name (builder, "delegations");
      json_builder_add_int_value (builder, ec_contingent_get_states_for (self, choice));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_set_member_name (builder, "tie_for_third");
  json_builder_add_boolean_value (builder, self->tie_at_cutoff);
  json_builder_set_member_name (builder, "divided");
  json_builder_add_int_value (builder, ec_contingent_get_states_without_vote (self));
  json_builder_set_member_name (builder, "votes");
  json_builder_begin_object (builder);
  for (guint i = 0; i < states->len; i++)
    {
      const char *id = ec_unit_get_id (g_ptr_array_index (states, i));
      EcHouseVoteSource source;
      EcCandidate *vote;

      if (!g_hash_table_contains (self->votes, id))
        continue;

      vote = ec_contingent_get_state_vote (self, id, &source);
      json_builder_set_member_name (builder, id);
      if (vote != NULL)
        json_builder_add_string_value (builder, ec_candidate_get_id (vote));
      else
        json_builder_add_null_value (builder);
    }
  json_builder_end_object (builder);
  json_builder_set_member_name (builder, "set_by_user");
  json_builder_begin_array (builder);
  for (guint i = 0; i < states->len; i++)
    {
      const char *id = ec_unit_get_id (g_ptr_array_index (states, i));

      if (g_hash_table_contains (self->user_set, id))
        json_builder_add_string_value (builder, id);
    }
  json_builder_end_array (builder);
  json_builder_set_member_name (builder, "president");
  if (self->president != NULL)
    json_builder_add_string_value (builder, ec_candidate_get_id (self->president));
  else
    json_builder_add_null_value (builder);
  json_builder_end_object (builder);

  json_builder_set_member_name (builder, "senate");
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "needed");
  json_builder_add_int_value (builder, ec_contingent_get_senators_needed (self));
  json_builder_set_member_name (builder, "candidates");
  json_builder_begin_array (builder);
  for (guint i = 0; i < self->vice_choices->len; i++)
    {
      EcCandidate *ticket = g_ptr_array_index (self->vice_choices, i);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "running_mate");
      json_builder_add_string_value (builder, ec_candidate_get_running_mate (ticket));
      json_builder_set_member_name (builder, "ticket");
      json_builder_add_string_value (builder, ec_candidate_get_id (ticket));
      json_builder_set_member_name (builder, "electoral_votes");
      json_builder_add_int_value (builder, ec_contingent_get_vice_electoral_votes (self, ticket));
      json_builder_set_member_name (builder, "senators");
      json_builder_add_int_value (builder, ec_contingent_get_senators_for (self, ticket));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_set_member_name (builder, "not_voting");
  json_builder_add_int_value (builder, ec_contingent_get_senators_without_vote (self));
  vice = ec_contingent_get_vice_president (self);
  json_builder_set_member_name (builder, "vice_president");
  if (vice != NULL)
    json_builder_add_string_value (builder, ec_candidate_get_running_mate (vice));
  else
    json_builder_add_null_value (builder);
  json_builder_end_object (builder);

  outcome = ec_contingent_dup_outcome_sentence (self);
  json_builder_set_member_name (builder, "outcome");
  json_builder_add_string_value (builder, outcome);

  json_builder_end_object (builder);

  return json_builder_get_root (builder);
}
