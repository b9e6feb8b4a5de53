/* ec-compare.c
 *
 * Copyright 2026 The Electors authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ec-compare.h"

static void
row_free (EcCompareRow *row)
{
  g_free (row->id);
  g_clear_pointer (&row->tally, ec_tally_unref);
  g_free (row);
}

static void
add_row (GPtrArray  *rows,
         EcScenario *copy,
         const char *id)
{
  EcCompareRow *row = g_new0 (EcCompareRow, 1);

  row->id = g_strdup (id);
  row->method = ec_scenario_get_method (copy);
  row->house_size = ec_scenario_get_house_size (copy);
  row->tally = ec_tally_new (copy);
  g_ptr_array_add (rows, row);
}

/**
 * ec_compare_new:
 * @scenario: a #EcScenario
 *
 * Counts @scenario's votes under every method at today's House of 435
 * (winner-take-all, district, proportional, national popular vote, the
 * compact of the election's year), then winner-take-all under each
 * proposed House size where the census is bundled.
 *
 * Returns: (transfer container) (element-type EcCompareRow): the rows
 */
GPtrArray *
ec_compare_new (EcScenario *scenario)
{
  static const EcMethod methods[] = {
    EC_METHOD_WINNER_TAKE_ALL,
    EC_METHOD_PROPORTIONAL,
    EC_METHOD_NATIONAL_POPULAR_VOTE,
    EC_METHOD_COMPACT,
    EC_METHOD_DISTRICT,
  };
  GPtrArray *rows = g_ptr_array_new_with_free_func ((GDestroyNotify)row_free);
  g_autoptr(EcScenario) copy = NULL;
  const EcCensus *census;

  g_return_val_if_fail (EC_IS_SCENARIO (scenario), rows);

  /* One copy, changed row by row: the district method and the House sizes,
   * which can drop faithless electors that no longer fit, come last. */
  copy = ec_scenario_copy (scenario);
  ec_scenario_set_house_size (copy, EC_HOUSE_SIZE_DEFAULT, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (methods); i++)
    {
      ec_scenario_set_method (copy, methods[i]);
      add_row (rows, copy, ec_method_to_id (methods[i]));
    }

  census = ec_census_for_election (ec_scenario_get_election (scenario));
  if (census == NULL)
    return rows;

  ec_scenario_set_method (copy, EC_METHOD_WINNER_TAKE_ALL);
  for (EcHousePreset preset = EC_HOUSE_PRESET_WYOMING_RULE; preset < EC_N_HOUSE_PRESETS; preset++)
    {
      g_autofree char *id = g_strconcat ("house-", ec_house_preset_to_id (preset), NULL);
      guint size = ec_house_preset_get_size (preset, census);

      if (!ec_scenario_set_house_size (copy, size, NULL))
        continue;
      add_row (rows, copy, id);
    }

  return rows;
}

/**
 * ec_compare_row_dup_label:
 * @row: a row of the compare table
 *
 * Returns: (transfer full): what the row counts, such as “Winner-take-all,
 *   House of 573 (Wyoming rule)”
 */
char *
ec_compare_row_dup_label (EcCompareRow *row)
{
  g_return_val_if_fail (row != NULL, NULL);

  if (row->house_size != EC_HOUSE_SIZE_DEFAULT)
    {
      EcHousePreset preset = EC_HOUSE_PRESET_CURRENT;

      if (g_str_has_prefix (row->id, "house-"))
        ec_house_preset_from_id (row->id + strlen ("house-"), &preset);

      if (preset != EC_HOUSE_PRESET_CURRENT)
        /* Translators: the first %s is a method, the second a rule such as “Wyoming rule” */
        return g_strdup_printf (_("%s, House of %u (%s)"), ec_method_get_name (row->method),
                                row->house_size, ec_house_preset_get_name (preset));
      return g_strdup_printf (_("%s, House of %u"), ec_method_get_name (row->method), row->house_size);
    }

  return g_strdup (ec_method_get_name (row->method));
}

/**
 * ec_compare_row_dup_result:
 * @row: a row of the compare table
 *
 * Returns: (transfer full): the row's outcome: the winner, or that nobody
 *   has a majority
 */
char *
ec_compare_row_dup_result (EcCompareRow *row)
{
  g_return_val_if_fail (row != NULL, NULL);

  switch (ec_tally_get_outcome (row->tally))
    {
    case EC_OUTCOME_WINNER:
      return g_strdup (ec_candidate_get_name (ec_tally_get_winner (row->tally)));
    case EC_OUTCOME_CONTINGENT:
      return g_strdup (_("No majority: the House decides"));
    case EC_OUTCOME_UNDECIDED:
    default:
      return g_strdup (_("Not decided yet"));
    }
}

static const char *
outcome_id (EcOutcome outcome)
{
  switch (outcome)
    {
    case EC_OUTCOME_WINNER:
      return "winner";
    case EC_OUTCOME_CONTINGENT:
      return "contingent";
    case EC_OUTCOME_UNDECIDED:
    default:
      return "undecided";
    }
}

/**
 * ec_compare_to_json:
 * @scenario: the scenario compared
 * @rows: (element-type EcCompareRow): its rows, from ec_compare_new()
 *
 * The table as `electors --systems` prints it: every row's electoral votes
 * per candidate (those with any, by id and name; the winner by id), its majority and outcome; the compact's
 * status; the House sizes of the presets.
 *
 * Returns: (transfer full): the table as a JSON object
 */
JsonNode *
ec_compare_to_json (EcScenario *scenario,
                    GPtrArray  *rows)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  EcElection *election;
  const EcCensus *census;
  EcCompactStatus compact;

  g_return_val_if_fail (EC_IS_SCENARIO (scenario), NULL);
  g_return_val_if_fail (rows != NULL, NULL);

  election = ec_scenario_get_election (scenario);
  census = ec_census_for_election (election);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "election");
  if (ec_election_is_blank (election))
    json_builder_add_null_value (builder);
  else
    json_builder_add_int_value (builder, ec_election_get_year (election));

  json_builder_set_member_name (builder, "systems");
  json_builder_begin_array (builder);
  for (guint i = 0; i < rows->len; i++)
    {
      EcCompareRow *row = g_ptr_array_index (rows, i);
      g_autofree char *label = ec_compare_row_dup_label (row);
      EcCandidate *winner = ec_tally_get_winner (row->tally);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "id");
      json_builder_add_string_value (builder, row->id);
      json_builder_set_member_name (builder, "method");
      json_builder_add_string_value (builder, ec_method_to_id (row->method));
      json_builder_set_member_name (builder, "house_size");
      json_builder_add_int_value (builder, row->house_size);
      json_builder_set_member_name (builder, "label");
      json_builder_add_string_value (builder, label);
      json_builder_set_member_name (builder, "electors_total");
      json_builder_add_int_value (builder, ec_tally_get_electors_total (row->tally));
      json_builder_set_member_name (builder, "majority");
      json_builder_add_int_value (builder, ec_tally_get_majority (row->tally));

      json_builder_set_member_name (builder, "candidates");
      json_builder_begin_array (builder);
      for (guint j = 0; j < ec_tally_get_n_candidates (row->tally); j++)
        {
          EcCandidate *candidate = ec_tally_get_candidate (row->tally, j);
          guint votes = ec_tally_get_electoral_votes (row->tally, candidate);

          if (votes == 0)
            continue;
          json_builder_begin_object (builder);
          json_builder_set_member_name (builder, "id");
          json_builder_add_string_value (builder, ec_candidate_get_id (candidate));
          json_builder_set_member_name (builder, "name");
          json_builder_add_string_value (builder, ec_candidate_get_name (candidate));
          json_builder_set_member_name (builder, "electoral_votes");
          json_builder_add_int_value (builder, votes);
          json_builder_end_object (builder);
        }
      json_builder_end_array (builder);

      json_builder_set_member_name (builder, "other_candidates");
      json_builder_add_int_value (builder, ec_tally_get_other_candidates (row->tally));
      json_builder_set_member_name (builder, "abstentions");
      json_builder_add_int_value (builder, ec_tally_get_abstentions (row->tally));
      json_builder_set_member_name (builder, "undecided");
      json_builder_add_int_value (builder, ec_tally_get_undecided (row->tally));
      json_builder_set_member_name (builder, "outcome");
      json_builder_add_string_value (builder, outcome_id (ec_tally_get_outcome (row->tally)));
      json_builder_set_member_name (builder, "winner");
      if (winner != NULL)
        json_builder_add_string_value (builder, ec_candidate_get_id (winner));
      else
        json_builder_add_null_value (builder);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  ec_compact_get_status (scenario, &compact);
  json_builder_set_member_name (builder, "compact");
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "members");
  json_builder_add_int_value (builder, compact.members);
  json_builder_set_member_name (builder, "electoral_votes");
  json_builder_add_int_value (builder, compact.electors);
  json_builder_set_member_name (builder, "needed");
  json_builder_add_int_value (builder, compact.needed);
  json_builder_set_member_name (builder, "in_force");
  json_builder_add_boolean_value (builder, compact.in_force);
  json_builder_set_member_name (builder, "short_by");
  json_builder_add_int_value (builder, compact.in_force ? 0 : compact.needed - compact.electors);
  json_builder_end_object (builder);

  json_builder_set_member_name (builder, "house");
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "available");
  json_builder_add_boolean_value (builder, census != NULL);
  json_builder_set_member_name (builder, "census");
  if (census != NULL)
    json_builder_add_int_value (builder, census->year);
  else
    json_builder_add_null_value (builder);
  for (EcHousePreset preset = 0; preset < EC_N_HOUSE_PRESETS; preset++)
    {
      json_builder_set_member_name (builder, ec_house_preset_to_id (preset));
      if (census != NULL)
        json_builder_add_int_value (builder, ec_house_preset_get_size (preset, census));
      else
        json_builder_add_null_value (builder);
    }
  json_builder_end_object (builder);

  json_builder_end_object (builder);

  return json_builder_get_root (builder);
}
