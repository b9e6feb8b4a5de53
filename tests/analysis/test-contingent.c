/* test-contingent.c
 *
 * Copyright 2026 The Electors authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "ec-contingent.h"

/* The rules of the 12th Amendment, each with a case, played out with the
 * real Congresses and with made-up delegations. */

static EcCandidate *
candidate (EcScenario *scenario,
           const char *id)
{
  EcCandidate *c = ec_scenario_get_candidate (scenario, id);

  g_assert_nonnull (c);

  return c;
}

static EcScenario *
new_scenario (int            year,
              EcScenarioBase base)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(EcElection) election = ec_election_new_for_year (year, &error);

  g_assert_no_error (error);

  return ec_scenario_new (election, base);
}

/* 2016 as pledged (306–232) with Pennsylvania (20), Michigan (16) and
 * Maine's 2nd district (1) moved to Clinton: 269–269. */
static EcScenario *
new_tie_2016 (void)
{
  EcScenario *scenario = new_scenario (2016, EC_SCENARIO_PLEDGED);
  EcCandidate *clinton = candidate (scenario, "hillary-clinton");
  g_autoptr(EcTally) tally = NULL;

  g_assert_true (ec_scenario_get_split (scenario, "ME"));
  ec_scenario_set_winner (scenario, "PA", clinton);
  ec_scenario_set_winner (scenario, "MI", clinton);
  ec_scenario_set_winner (scenario, "ME-2", clinton);

  tally = ec_tally_new (scenario);
  g_assert_cmpuint (ec_tally_get_electoral_votes (tally, clinton), ==, 269);
  g_assert_cmpuint (ec_tally_get_electoral_votes (tally, candidate (scenario, "donald-trump")), ==, 269);

  return scenario;
}

static EcContingent *
play (EcScenario *scenario)
{
  g_autoptr(EcTally) tally = ec_tally_new (scenario);
  g_autoptr(GError) error = NULL;
  EcContingent *contingent;

  g_assert_true (ec_contingent_is_needed (tally));
  contingent = ec_contingent_new_for_tally (tally, &error);
  g_assert_no_error (error);

  return contingent;
}

/* The bundled Congress of @year with @state's delegation replaced. */
static EcCongress *
new_congress_with (int         year,
                   const char *state,
                   guint       d,
                   guint       r,
                   guint       i,
                   guint       vacant)
{
  g_autoptr(GBytes) bytes = g_resources_lookup_data ("/io/github/electors/Electors/congress.json", 0, NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autofree char *key = g_strdup_printf ("%d", year);
  g_autofree char *data = NULL;
  g_autoptr(GError) error = NULL;
  JsonObject *delegation;
  EcCongress *congress;
  gsize length;

  g_assert_nonnull (bytes);
  g_assert_true (json_parser_load_from_data (parser, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), NULL));

  delegation = json_object_get_object_member (
      json_object_get_object_member (
        json_object_get_object_member (
          json_object_get_object_member (json_node_get_object (json_parser_get_root (parser)), "congresses"),
          key),
        "house"),
      state);
  json_object_set_int_member (delegation, "D", d);
  json_object_set_int_member (delegation, "R", r);
  json_object_set_int_member (delegation, "I", i);
  json_object_set_int_member (delegation, "vacant", vacant);

  json_generator_set_root (generator, json_parser_get_root (parser));
  data = json_generator_to_data (generator, &length);
  congress = ec_congress_new_from_data (data, length, year, &error);
  g_assert_no_error (error);

  return congress;
}

static void
test_not_needed (void)
{
  g_autoptr(EcScenario) pledged = new_scenario (2016, EC_SCENARIO_PLEDGED);
  g_autoptr(EcTally) tally = ec_tally_new (pledged);
  g_autoptr(EcScenario) blank = ec_scenario_new_blank (NULL);
  g_autoptr(EcTally) blank_tally = ec_tally_new (blank);
  g_autoptr(EcScenario) tie = new_tie_2016 ();

  /* 306 electoral votes elect: no House vote. */
  g_assert_false (ec_contingent_is_needed (tally));
  /* An empty map can still be won by anyone. */
  g_assert_false (ec_contingent_is_needed (blank_tally));

  /* Undecided votes that could still give someone 270. */
  ec_scenario_set_winner (tie, "ME-2", NULL);
  {
    g_autoptr(EcTally) open = ec_tally_new (tie);

    g_assert_false (ec_contingent_is_needed (open));
  }
}

/* A 269–269 tie: two candidates with electoral votes, so the House has
 * only two to choose from; the 115th Congress's 32 Republican delegations
 * elect Trump, and the 52 Republican senators elect Pence. */
static void
test_tie_2016 (void)
{
  g_autoptr(EcScenario) scenario = new_tie_2016 ();
  g_autoptr(EcContingent) contingent = play (scenario);
  EcCandidate *trump = candidate (scenario, "donald-trump");
  EcCandidate *clinton = candidate (scenario, "hillary-clinton");
  g_autofree char *outcome = NULL;
  g_autofree char *house = NULL;
  g_autofree char *senate = NULL;

  g_assert_cmpuint (ec_congress_get_number (ec_contingent_get_congress (contingent)), ==, 115);
  g_assert_cmpuint (ec_contingent_get_n_choices (contingent), ==, 2);
  g_assert_true (ec_contingent_get_choice (contingent, 0) == trump ||
                 ec_contingent_get_choice (contingent, 0) == clinton);
  g_assert_false (ec_contingent_get_tie_at_cutoff (contingent));
  /* Tied in electoral votes, Clinton comes first as the election lists
   * her; counted by delegations, Trump leads. */
  g_assert_true (ec_contingent_get_choice (contingent, 0) == clinton);
  {
    g_autoptr(GPtrArray) ranked = ec_contingent_list_choices_by_states (contingent);

    g_assert_true (g_ptr_array_index (ranked, 0) == trump);
    g_assert_true (g_ptr_array_index (ranked, 1) == clinton);
  }

  g_assert_cmpuint (ec_contingent_get_n_states (contingent), ==, 50);
  g_assert_cmpuint (ec_contingent_get_states_needed (contingent), ==, 26);
  g_assert_cmpuint (ec_contingent_get_states_for (contingent, trump), ==, 32);
  g_assert_cmpuint (ec_contingent_get_states_for (contingent, clinton), ==, 17);
  g_assert_cmpuint (ec_contingent_get_states_without_vote (contingent), ==, 1);
  g_assert_true (ec_contingent_get_president (contingent) == trump);

  /* Maine's two members split, one each: a tied delegation casts no vote. */
  g_assert_null (ec_contingent_get_state_vote (contingent, "ME", NULL));
  g_assert_true (ec_contingent_get_state_vote (contingent, "TX", NULL) == trump);
  g_assert_true (ec_contingent_get_state_vote (contingent, "CA", NULL) == clinton);
  /* DC has electors but no delegation. */
  g_assert_null (ec_contingent_get_state_vote (contingent, "DC", NULL));

  g_assert_cmpuint (ec_contingent_get_n_vice_choices (contingent), ==, 2);
  g_assert_cmpuint (ec_contingent_get_vice_electoral_votes (contingent, trump), ==, 269);
  g_assert_cmpuint (ec_contingent_get_senators_needed (contingent), ==, 51);
  g_assert_cmpuint (ec_contingent_get_senators_for (contingent, trump), ==, 52);
  /* 46 Democrats and the 2 independents who caucus with them. */
  g_assert_cmpuint (ec_contingent_get_senators_for (contingent, clinton), ==, 48);
  g_assert_cmpuint (ec_contingent_get_senators_without_vote (contingent), ==, 0);
  g_assert_true (ec_contingent_get_vice_president (contingent) == trump);

  house = ec_contingent_dup_house_sentence (contingent);
  senate = ec_contingent_dup_senate_sentence (contingent);
  outcome = ec_contingent_dup_outcome_sentence (contingent);
  g_assert_cmpstr (house, ==, "The House elects Donald Trump president with 32 states of 50 (26 needed).");
  g_assert_cmpstr (senate, ==, "The Senate elects Mike Pence vice president with 52 senators of 100 (51 needed).");
  g_assert_cmpstr (outcome, ==, "Donald Trump would be president and Mike Pence vice president.");

  /* What most likely happens ignores the votes a student set. */
  {
    g_autofree char *likely = NULL;
    GPtrArray *states = ec_election_get_states (ec_scenario_get_election (scenario));

    for (guint i = 0; i < states->len; i++)
      {
        const char *id = ec_unit_get_id (g_ptr_array_index (states, i));

        if (!g_str_equal (id, "DC"))
          ec_scenario_set_house_vote (scenario, id, clinton);
      }
    g_clear_object (&contingent);
    contingent = play (scenario);
    g_assert_true (ec_contingent_get_president (contingent) == clinton);
    likely = ec_contingent_dup_likely_sentence (contingent);
    g_assert_cmpstr (likely, ==, "Most likely, with every member voting for their party’s candidate, the Congress elected in 2016 "
                                 "would choose Donald Trump as president (32 states of 50) and Mike Pence as vice president "
                                 "(52 of 100 senators).");
  }
}

/* The petition: 37 of Texas's Trump electors vote for John Kasich, who
 * had no other votes. Trump has 269, short of 270; Kasich, with only
 * faithless votes, is one of the three the House may choose. */
static void
test_petition (void)
{
  g_autoptr(EcScenario) scenario = new_scenario (2016, EC_SCENARIO_PLEDGED);
  EcCandidate *trump = candidate (scenario, "donald-trump");
  EcCandidate *kasich = candidate (scenario, "john-kasich");
  g_autoptr(EcContingent) contingent = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (ec_scenario_add_faithless (scenario, "TX", kasich, 37, NULL, &error));
  g_assert_no_error (error);
  contingent = play (scenario);

  g_assert_cmpuint (ec_contingent_get_n_choices (contingent), ==, 3);
  g_assert_true (ec_contingent_get_choice (contingent, 0) == trump);
  g_assert_true (ec_contingent_get_choice (contingent, 2) == kasich);
  g_assert_cmpuint (ec_contingent_get_states_for (contingent, trump), ==, 32);
  g_assert_cmpuint (ec_contingent_get_states_for (contingent, kasich), ==, 0);
  g_assert_true (ec_contingent_get_president (contingent) == trump);
  {
    g_autoptr(GPtrArray) ranked = ec_contingent_list_choices_by_states (contingent);

    /* Trump 32, Clinton 17, Kasich none. */
    g_assert_cmpuint (ranked->len, ==, 3);
    g_assert_true (g_ptr_array_index (ranked, 0) == trump);
    g_assert_true (g_ptr_array_index (ranked, 1) == candidate (scenario, "hillary-clinton"));
    g_assert_true (g_ptr_array_index (ranked, 2) == kasich);
  }

  /* Kasich had no running mate: his 37 votes count for no vice president,
   * and Pence's 269 are no majority, so the Senate votes. */
  g_assert_cmpuint (ec_contingent_get_n_vice_choices (contingent), ==, 2);
  g_assert_cmpuint (ec_contingent_get_vice_electoral_votes (contingent, trump), ==, 269);
  g_assert_true (ec_contingent_get_vice_president (contingent) == trump);

  /* A candidate with only faithless votes can be elected. */
  {
    GPtrArray *states = ec_election_get_states (ec_scenario_get_election (scenario));
    guint set = 0;

    for (guint i = 0; i < states->len && set < 26; i++)
      {
        const char *id = ec_unit_get_id (g_ptr_array_index (states, i));

        if (g_str_equal (id, "DC"))
          continue;
        g_assert_true (ec_scenario_set_house_vote (scenario, id, kasich));
        set++;
      }

    g_clear_object (&contingent);
    contingent = play (scenario);
    g_assert_cmpuint (ec_contingent_get_states_for (contingent, kasich), ==, 26);
    g_assert_true (ec_contingent_get_president (contingent) == kasich);
  }
}

/* 26 states are needed even when some cast no vote: a majority of all
 * the states, not of those voting. */
static void
test_majority_of_all_states (void)
{
  g_autoptr(EcScenario) scenario = new_tie_2016 ();
  g_autoptr(EcContingent) contingent = play (scenario);
  EcCandidate *trump = candidate (scenario, "donald-trump");
  EcCandidate *clinton = candidate (scenario, "hillary-clinton");
  GPtrArray *states = ec_election_get_states (ec_scenario_get_election (scenario));
  guint removed = 0;
  g_autofree char *house = NULL;
  g_autofree char *outcome = NULL;

  /* Every Clinton delegation and 7 of Trump's 32 cast no vote: Trump has
   * all 25 votes cast, and is not elected. */
  for (guint i = 0; i < states->len; i++)
    {
      const char *id = ec_unit_get_id (g_ptr_array_index (states, i));
      EcCandidate *vote = ec_contingent_get_state_vote (contingent, id, NULL);

      if (vote == clinton || (vote == trump && removed < 7))
        {
          removed += vote == trump;
          ec_scenario_set_house_vote (scenario, id, NULL);
        }
    }

  g_clear_object (&contingent);
  contingent = play (scenario);
  g_assert_cmpuint (ec_contingent_get_states_for (contingent, trump), ==, 25);
  g_assert_cmpuint (ec_contingent_get_states_for (contingent, clinton), ==, 0);
  g_assert_cmpuint (ec_contingent_get_states_without_vote (contingent), ==, 25);
  g_assert_null (ec_contingent_get_president (contingent));

  /* Deadlocked: the vice president-elect acts as president. */
  house = ec_contingent_dup_house_sentence (contingent);
  outcome = ec_contingent_dup_outcome_sentence (contingent);
  g_assert_nonnull (strstr (house, "deadlocked"));
  g_assert_cmpstr (outcome, ==, "If the House has not chosen a president by Inauguration Day, January 20, "
                                "the vice president-elect, Mike Pence, acts as president until it does.");

  /* One more delegation for Trump elects him. */
  {
    const char *id = NULL;

    for (guint i = 0; i < states->len && id == NULL; i++)
      {
        const char *state = ec_unit_get_id (g_ptr_array_index (states, i));
        EcHouseVoteSource source;

        if (ec_contingent_get_party_vote (contingent, state) == trump &&
            ec_contingent_get_state_vote (contingent, state, &source) == NULL)
          {
            g_assert_cmpint (source, ==, EC_HOUSE_VOTE_USER);
            id = state;
          }
      }

    g_assert_nonnull (id);
    g_assert_true (ec_scenario_clear_house_vote (scenario, id));
    g_clear_object (&contingent);
    contingent = play (scenario);
    g_assert_true (ec_contingent_get_president (contingent) == trump);
  }
}

/* 2000 with two of Bush's electors abstaining: 269 to 267, no majority.
 * The 107th House elects Bush, but its Senate was split 50–50, so no
 * running mate has 51: the Senate is deadlocked. With the House also
 * deadlocked, the Speaker acts as president. */
static void
test_deadlock_2000 (void)
{
  g_autoptr(EcScenario) scenario = new_scenario (2000, EC_SCENARIO_PLEDGED);
  EcCandidate *bush = candidate (scenario, "george-w-bush");
  EcCandidate *gore = candidate (scenario, "al-gore");
  g_autoptr(EcContingent) contingent = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *senate = NULL;
  g_autofree char *outcome = NULL;
  GPtrArray *states;

  g_assert_true (ec_scenario_add_faithless (scenario, "TX", NULL, 2, NULL, &error));
  g_assert_no_error (error);
  contingent = play (scenario);

  g_assert_cmpuint (ec_contingent_get_states_for (contingent, bush), ==, 28);
  g_assert_cmpuint (ec_contingent_get_states_for (contingent, gore), ==, 17);
  /* Four tied delegations and Vermont, whose only member was an independent. */
  g_assert_cmpuint (ec_contingent_get_states_without_vote (contingent), ==, 5);
  g_assert_null (ec_contingent_get_state_vote (contingent, "VT", NULL));
  /* Virginia: 6 of 11 are Republicans, a majority even with an independent. */
  g_assert_true (ec_contingent_get_state_vote (contingent, "VA", NULL) == bush);
  g_assert_true (ec_contingent_get_president (contingent) == bush);

  g_assert_cmpuint (ec_contingent_get_senators_for (contingent, bush), ==, 50);
  g_assert_cmpuint (ec_contingent_get_senators_for (contingent, gore), ==, 50);
  g_assert_null (ec_contingent_get_vice_president (contingent));
  senate = ec_contingent_dup_senate_sentence (contingent);
  g_assert_cmpstr (senate, ==, "No running mate has the 51 senators needed: the Senate is deadlocked.");
  outcome = ec_contingent_dup_outcome_sentence (contingent);
  g_assert_cmpstr (outcome, ==, "George W. Bush would be president; the Senate would keep voting for a vice president.");
  {
    g_autofree char *likely = ec_contingent_dup_likely_sentence (contingent);

    g_assert_cmpstr (likely, ==, "Most likely, with every member voting for their party’s candidate, the House elected in 2000 "
                                 "would choose George W. Bush as president (28 states of 50), and the Senate would be deadlocked "
                                 "on the vice president.");
  }

  states = ec_election_get_states (ec_scenario_get_election (scenario));
  for (guint i = 0; i < states->len; i++)
    {
      const char *id = ec_unit_get_id (g_ptr_array_index (states, i));

      if (ec_contingent_get_state_vote (contingent, id, NULL) == bush)
        ec_scenario_set_house_vote (scenario, id, gore);
    }
  g_clear_object (&contingent);
  contingent = play (scenario);
  g_assert_true (ec_contingent_get_president (contingent) == gore);

  for (guint i = 0; i < states->len; i++)
    {
      const char *id = ec_unit_get_id (g_ptr_array_index (states, i));

      if (!g_str_equal (id, "DC"))
        ec_scenario_set_house_vote (scenario, id, NULL);
    }
  g_clear_object (&contingent);
  contingent = play (scenario);
  g_assert_null (ec_contingent_get_president (contingent));
  g_clear_pointer (&outcome, g_free);
  outcome = ec_contingent_dup_outcome_sentence (contingent);
  g_assert_cmpstr (outcome, ==, "If neither the House nor the Senate has chosen by Inauguration Day, January 20, "
                                "the Speaker of the House acts as president until one of them does.");
}

/* A delegation votes as a majority of its members present decide: a
 * plurality is not enough, and vacant seats do not count. */
static void
test_majority_of_members (void)
{
  g_autoptr(EcScenario) scenario = new_tie_2016 ();
  g_autoptr(EcTally) tally = ec_tally_new (scenario);
  EcCandidate *trump = candidate (scenario, "donald-trump");
  EcCandidate *clinton = candidate (scenario, "hillary-clinton");
  struct {
    guint        d, r, i, vacant;
    EcCandidate *vote;
  } cases[] = {
    /* Texas has 36 seats. A third-party member leaves neither with a
     * majority of the 36: 18 is only half. */
    { 18, 17, 1, 0, NULL },
    { 19, 16, 1, 0, clinton },
    { 18, 18, 0, 0, NULL },
    /* Two vacancies: 18 of the 34 present is a majority. */
    { 16, 18, 0, 2, trump },
    { 0, 0, 1, 35, NULL },
    { 0, 0, 0, 36, NULL },
  };

  for (guint c = 0; c < G_N_ELEMENTS (cases); c++)
    {
      g_autoptr(EcCongress) congress = new_congress_with (2016, "TX", cases[c].d, cases[c].r, cases[c].i, cases[c].vacant);
      g_autoptr(EcContingent) contingent = NULL;

      contingent = ec_contingent_new (tally, congress);
      g_test_message ("case %u", c);
      g_assert_true (ec_contingent_get_state_vote (contingent, "TX", NULL) == cases[c].vote);
    }
}

/* The House chooses among the top three; a tie for third keeps everyone
 * tied on the list. */
static void
test_top_three (void)
{
  g_autoptr(EcScenario) scenario = new_scenario (2016, EC_SCENARIO_PLEDGED);
  EcCandidate *kasich = candidate (scenario, "john-kasich");
  EcCandidate *powell = candidate (scenario, "colin-powell");
  EcCandidate *sanders = candidate (scenario, "bernie-sanders");
  g_autoptr(EcContingent) contingent = NULL;
  g_autoptr(GError) error = NULL;

  /* Trump 306 − 37 = 269; Kasich 18, Powell 18, one abstention. */
  g_assert_true (ec_scenario_add_faithless (scenario, "TX", kasich, 18, NULL, &error));
  g_assert_true (ec_scenario_add_faithless (scenario, "TX", powell, 18, NULL, &error));
  g_assert_true (ec_scenario_add_faithless (scenario, "TX", NULL, 1, NULL, &error));
  g_assert_no_error (error);
  contingent = play (scenario);
  g_assert_cmpuint (ec_contingent_get_n_choices (contingent), ==, 4);
  g_assert_true (ec_contingent_get_tie_at_cutoff (contingent));
  g_assert_true (ec_contingent_is_choice (contingent, kasich));
  g_assert_true (ec_contingent_is_choice (contingent, powell));

  /* Trump, Clinton and Kasich are the three; Powell and Sanders, with
   * fewer votes, are not choices, and a vote set for one of them gives
   * way to the party vote. */
  g_clear_object (&contingent);
  ec_scenario_clear_faithless (scenario, "TX");
  g_assert_true (ec_scenario_add_faithless (scenario, "TX", kasich, 20, NULL, &error));
  g_assert_true (ec_scenario_add_faithless (scenario, "TX", powell, 10, NULL, &error));
  g_assert_true (ec_scenario_add_faithless (scenario, "TX", sanders, 7, NULL, &error));
  g_assert_true (ec_scenario_set_house_vote (scenario, "AL", sanders));
  contingent = play (scenario);
  g_assert_cmpuint (ec_contingent_get_n_choices (contingent), ==, 3);
  g_assert_false (ec_contingent_get_tie_at_cutoff (contingent));
  g_assert_false (ec_contingent_is_choice (contingent, sanders));
  g_assert_false (ec_contingent_is_choice (contingent, powell));
  g_assert_true (ec_contingent_get_choice (contingent, 2) == kasich);
  g_assert_true (ec_contingent_get_state_vote (contingent, "AL", NULL) == candidate (scenario, "donald-trump"));
}

/* Clicking a state: the choices in order, then no vote, then the first
 * again; the party vote is stored as nothing. */
static void
test_cycle (void)
{
  g_autoptr(EcScenario) scenario = new_tie_2016 ();
  g_autoptr(EcContingent) contingent = play (scenario);
  EcCandidate *trump = candidate (scenario, "donald-trump");
  EcCandidate *first = ec_contingent_get_choice (contingent, 0);
  EcCandidate *second = ec_contingent_get_choice (contingent, 1);
  EcCandidate *after_trump = trump == first ? second : NULL;
  EcCandidate *seen[3];
  EcCandidate *vote;

  g_assert_true (ec_contingent_get_state_vote (contingent, "TX", NULL) == trump);
  for (guint i = 0; i < 3; i++)
    {
      g_assert_true (ec_contingent_cycle_state_vote (contingent, "TX", FALSE));
      g_clear_object (&contingent);
      contingent = play (scenario);
      seen[i] = ec_contingent_get_state_vote (contingent, "TX", NULL);
    }

  /* Three clicks went through the other choice and no vote back to Trump. */
  g_assert_true (seen[2] == trump);
  g_assert_false (ec_scenario_get_house_vote (scenario, "TX", NULL));
  g_assert_cmpuint (ec_contingent_get_n_choices (contingent), ==, 2);
  g_assert_true (seen[0] == after_trump);
  g_assert_true (seen[1] == (after_trump == NULL ? first : NULL));

  /* Backward undoes forward. */
  g_assert_true (ec_contingent_cycle_state_vote (contingent, "TX", TRUE));
  g_assert_true (ec_scenario_get_house_vote (scenario, "TX", &vote));
  g_assert_true (vote == seen[1]);

  /* DC has nothing to cycle. */
  g_assert_false (ec_contingent_cycle_state_vote (contingent, "DC", FALSE));
}

/* The House vote is saved with the scenario and read back; older files
 * without it still open. */
static void
test_round_trip (void)
{
  g_autoptr(EcScenario) scenario = new_tie_2016 ();
  g_autoptr(EcScenario) copy = NULL;
  g_autoptr(EcScenario) plain = NULL;
  g_autofree char *data = NULL;
  g_autofree char *plain_data = NULL;
  g_autoptr(GError) error = NULL;
  EcCandidate *vote = NULL;

  plain_data = ec_scenario_to_data (scenario, NULL);
  g_assert_null (strstr (plain_data, "\"house\""));

  ec_scenario_set_house_vote (scenario, "TX", candidate (scenario, "hillary-clinton"));
  ec_scenario_set_house_vote (scenario, "AZ", NULL);
  data = ec_scenario_to_data (scenario, NULL);
  copy = ec_scenario_new_from_data (data, strlen (data), &error);
  g_assert_no_error (error);

  g_assert_true (ec_scenario_get_house_vote (copy, "TX", &vote));
  g_assert_cmpstr (ec_candidate_get_id (vote), ==, "hillary-clinton");
  g_assert_true (ec_scenario_get_house_vote (copy, "AZ", &vote));
  g_assert_null (vote);
  g_assert_false (ec_scenario_get_house_vote (copy, "CA", NULL));

  {
    g_autoptr(EcContingent) contingent = play (copy);

    g_assert_cmpuint (ec_contingent_get_states_for (contingent, candidate (copy, "donald-trump")), ==, 30);
  }

  plain = ec_scenario_new_from_data (plain_data, strlen (plain_data), &error);
  g_assert_no_error (error);
  g_assert_false (ec_scenario_get_house_vote (plain, "TX", NULL));
}

static void
test_bad_house (void)
{
  static const struct {
    const char *house;
    const char *message;
  } cases[] = {
    { "[]", "“house” should map states" },
    { "{\"DC\": null}", "“DC” has no delegation" },
    { "{\"ME-2\": null}", "“ME-2” has no delegation" },
    { "{\"XX\": null}", "“XX” has no delegation" },
    { "{\"TX\": 3}", "The House vote of TX should be" },
    { "{\"TX\": \"nobody\"}", "The House vote of TX, “nobody”, is not a candidate" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *data = g_strdup_printf ("{\"format\": \"electors-scenario\", \"version\": 1, "
                                               "\"election\": 2016, \"winners\": {}, \"house\": %s}",
                                               cases[i].house);
      g_autoptr(GError) error = NULL;
      g_autoptr(EcScenario) scenario = ec_scenario_new_from_data (data, strlen (data), &error);

      g_assert_null (scenario);
      g_assert_error (error, EC_SCENARIO_ERROR, EC_SCENARIO_ERROR_INVALID);
      g_test_message ("%s", error->message);
      g_assert_nonnull (strstr (error->message, cases[i].message));
    }
}

static void
test_summaries (void)
{
  g_autoptr(EcScenario) scenario = new_tie_2016 ();
  g_autoptr(EcContingent) contingent = play (scenario);
  g_autofree char *texas = ec_contingent_dup_delegation_summary (contingent, "TX");
  g_autofree char *maine = ec_contingent_dup_delegation_summary (contingent, "ME");
  g_autofree char *dc = ec_contingent_dup_delegation_summary (contingent, "DC");
  g_autoptr(JsonNode) json = ec_contingent_to_json (contingent);
  JsonObject *object = json_node_get_object (json);
  JsonObject *house = json_object_get_object_member (object, "house");
  JsonObject *senate = json_object_get_object_member (object, "senate");

  g_assert_cmpstr (texas, ==, "Texas: 25 Republicans, 11 Democrats. Votes for Donald Trump.");
  g_assert_cmpstr (maine, ==, "Maine: 1 Democrat, 1 Republican. No majority for anyone: casts no vote.");
  g_assert_null (dc);

  g_assert_cmpint (json_object_get_int_member (object, "congress"), ==, 115);
  g_assert_cmpint (json_object_get_int_member (house, "needed"), ==, 26);
  g_assert_cmpint (json_object_get_int_member (house, "divided"), ==, 1);
  g_assert_cmpstr (json_object_get_string_member (house, "president"), ==, "donald-trump");
  g_assert_true (json_object_get_null_member (json_object_get_object_member (house, "votes"), "ME"));
  g_assert_false (json_object_has_member (json_object_get_object_member (house, "votes"), "DC"));
  g_assert_cmpint (json_object_get_int_member (senate, "needed"), ==, 51);
  g_assert_cmpstr (json_object_get_string_member (senate, "vice_president"), ==, "Mike Pence");
}

/* Every election of 1976–2024, its winner's largest state abstaining:
 * nobody has a majority, and the Congress of that year votes. Each
 * delegation votes for one of the choices or for nobody, and the counts
 * add up to the 50 states and the 100 senators. */
static void
test_every_year (void)
{
  for (int year = 1976; year <= 2024; year += 4)
    {
      g_autoptr(EcScenario) scenario = new_scenario (year, EC_SCENARIO_PLEDGED);
      g_autoptr(EcTally) real = ec_tally_new (scenario);
      EcCandidate *winner = ec_tally_get_winner (real);
      GPtrArray *states = ec_election_get_states (ec_scenario_get_election (scenario));
      g_autoptr(EcContingent) contingent = NULL;
      g_autoptr(GError) error = NULL;
      guint over;
      guint sum = 0;
      guint senators = 0;

      g_assert_nonnull (winner);
      over = ec_tally_get_electoral_votes (real, winner) - ec_tally_get_majority (real) + 1;

      /* Enough of the winner's electors abstain, state by state. */
      for (guint i = 0; i < states->len && over > 0; i++)
        {
          EcUnit *unit = g_ptr_array_index (states, i);
          const char *id = ec_unit_get_id (unit);
          guint n;

          if (ec_scenario_get_winner (scenario, id) != winner || !ec_scenario_is_unit_active (scenario, unit))
            continue;

          n = MIN (over, ec_scenario_get_unit_electoral_votes (scenario, unit));
          g_assert_true (ec_scenario_add_faithless (scenario, id, NULL, n, NULL, &error));
          g_assert_no_error (error);
          over -= n;
        }
      g_assert_cmpuint (over, ==, 0);

      g_test_message ("%d", year);
      contingent = play (scenario);
      g_assert_cmpint (ec_congress_get_year (ec_contingent_get_congress (contingent)), ==, year);
      g_assert_cmpuint (ec_contingent_get_n_states (contingent), ==, 50);
      for (guint i = 0; i < ec_contingent_get_n_choices (contingent); i++)
        sum += ec_contingent_get_states_for (contingent, ec_contingent_get_choice (contingent, i));
      g_assert_cmpuint (sum + ec_contingent_get_states_without_vote (contingent), ==, 50);
      for (guint i = 0; i < ec_contingent_get_n_vice_choices (contingent); i++)
        senators += ec_contingent_get_senators_for (contingent, ec_contingent_get_vice_choice (contingent, i));
      g_assert_cmpuint (senators + ec_contingent_get_senators_without_vote (contingent), ==, 100);
      /* The winner is one of the choices and has the delegations of their party. */
      g_assert_true (ec_contingent_is_choice (contingent, winner));
      g_assert_cmpuint (ec_contingent_get_states_for (contingent, winner), >, 0);
    }
}

static void
test_no_congress (void)
{
  g_autoptr(EcScenario) scenario = new_scenario (1824, EC_SCENARIO_AS_CAST);
  g_autoptr(EcTally) tally = ec_tally_new (scenario);
  g_autoptr(GError) error = NULL;

  /* 1824 went to the House, but the data has no Congress before 1976. */
  g_assert_true (ec_contingent_is_needed (tally));
  g_assert_null (ec_contingent_new_for_tally (tally, &error));
  g_assert_error (error, EC_CONGRESS_ERROR, EC_CONGRESS_ERROR_NO_DATA);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/ec/contingent/not-needed", test_not_needed);
  g_test_add_func ("/ec/contingent/tie-2016", test_tie_2016);
  g_test_add_func ("/ec/contingent/petition", test_petition);
  g_test_add_func ("/ec/contingent/majority-of-all-states", test_majority_of_all_states);
  g_test_add_func ("/ec/contingent/deadlock-2000", test_deadlock_2000);
  g_test_add_func ("/ec/contingent/majority-of-members", test_majority_of_members);
  g_test_add_func ("/ec/contingent/top-three", test_top_three);
  g_test_add_func ("/ec/contingent/cycle", test_cycle);
  g_test_add_func ("/ec/contingent/round-trip", test_round_trip);
  g_test_add_func ("/ec/contingent/bad-house", test_bad_house);
  g_test_add_func ("/ec/contingent/summaries", test_summaries);
  g_test_add_func ("/ec/contingent/every-year", test_every_year);
  g_test_add_func ("/ec/contingent/no-congress", test_no_congress);

  return g_test_run ();
}
