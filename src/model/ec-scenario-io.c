/* ec-scenario-io.c
 *
 * Copyright 2026 The Electors authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ec-file.h"
#include "ec-file-error.h"
#include "ec-scenario-private.h"

/* Reading and writing `.electors` files: versioned JSON, checked as a whole
 * on the way in, so that a file that does not fit its election is refused
 * rather than half loaded. */

#define SCENARIO_MAGIC "electors-scenario"

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

/* Whether the scenario uses anything but today's system, so that its file
 * needs the "system" member of format 2. */
static gboolean
has_system (EcScenario *self)
{
  return self->method != EC_METHOD_WINNER_TAKE_ALL || self->house_size != EC_HOUSE_SIZE_DEFAULT ||
         g_hash_table_size (self->state_methods) > 0;
}

static JsonNode *
scenario_to_json (EcScenario *self)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  GPtrArray *units = ec_election_get_all_units (self->election);
  GPtrArray *states = ec_election_get_states (self->election);
  g_autoptr(GPtrArray) house = NULL;

  json_builder_begin_object (builder);

  json_builder_set_member_name (builder, "format");
  json_builder_add_string_value (builder, SCENARIO_MAGIC);
  json_builder_set_member_name (builder, "version");
  json_builder_add_int_value (builder, ec_scenario_has_custom_candidates (self) ? 3 : has_system (self) ? 2 : 1);
  json_builder_set_member_name (builder, "title");
  json_builder_add_string_value (builder, self->title);
  json_builder_set_member_name (builder, "notes");
  json_builder_add_string_value (builder, self->notes);
  if (self->preset != NULL)
    {
      json_builder_set_member_name (builder, "preset");
      json_builder_add_string_value (builder, self->preset);
    }

  json_builder_set_member_name (builder, "election");
  if (ec_election_is_blank (self->election))
    json_builder_add_null_value (builder);
  else
    json_builder_add_int_value (builder, ec_election_get_year (self->election));
  json_builder_set_member_name (builder, "base");
  json_builder_add_string_value (builder, base_to_string (self->base));

  /* A blank map's candidates, when the student changed them: each name
   * and colour only if it is their own, so that a default name shows in
   * the reader's language. */
  if (ec_scenario_has_custom_candidates (self))
    {
      json_builder_set_member_name (builder, "candidates");
      json_builder_begin_array (builder);
      for (guint i = 0; i < self->candidates->len; i++)
        {
          EcCandidate *candidate = g_ptr_array_index (self->candidates, i);
          guint32 rgb;

          if (ec_scenario_is_person (self, candidate))
            continue;

          json_builder_begin_object (builder);
          json_builder_set_member_name (builder, "id");
          json_builder_add_string_value (builder, ec_candidate_get_id (candidate));
          if (ec_scenario_has_custom_name (self, candidate))
            {
              json_builder_set_member_name (builder, "name");
              json_builder_add_string_value (builder, ec_candidate_get_name (candidate));
            }
          if (ec_scenario_get_candidate_rgb (self, candidate, &rgb))
            {
              g_autofree char *color = g_strdup_printf ("#%06x", rgb);

              json_builder_set_member_name (builder, "color");
              json_builder_add_string_value (builder, color);
            }
          json_builder_end_object (builder);
        }
      json_builder_end_array (builder);
    }

  json_builder_set_member_name (builder, "people");
  json_builder_begin_array (builder);
  for (guint i = 0; i < self->people->len; i++)
    {
      EcCandidate *person = g_ptr_array_index (self->people, i);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "id");
      json_builder_add_string_value (builder, ec_candidate_get_id (person));
      json_builder_set_member_name (builder, "name");
      json_builder_add_string_value (builder, ec_candidate_get_name (person));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "apply_laws");
  json_builder_add_boolean_value (builder, self->apply_laws);
  /* Only where it matters, so that other files stay as they were. */
  if (self->apply_laws)
    {
      json_builder_set_member_name (builder, "laws");
      json_builder_add_string_value (builder, self->laws_date == EC_LAWS_TODAY ? "today" : "at-election");
    }

  json_builder_set_member_name (builder, "splits");
  json_builder_begin_object (builder);
  for (guint i = 0; i < states->len; i++)
    {
      const char *id = ec_unit_get_id (g_ptr_array_index (states, i));

      if (g_hash_table_contains (self->splits, id))
        {
          json_builder_set_member_name (builder, id);
          json_builder_add_boolean_value (builder, ec_scenario_get_split (self, id));
        }
    }
  json_builder_end_object (builder);

  if (has_system (self))
    {
      GHashTableIter iter;
      gpointer key;
      gpointer value;
      g_autoptr(GList) ids = NULL;

      json_builder_set_member_name (builder, "system");
      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "method");
      json_builder_add_string_value (builder, ec_method_to_id (self->method));
      json_builder_set_member_name (builder, "house_size");
      json_builder_add_int_value (builder, self->house_size);
      json_builder_set_member_name (builder, "states");
      json_builder_begin_object (builder);
      g_hash_table_iter_init (&iter, self->state_methods);
      while (g_hash_table_iter_next (&iter, &key, &value))
        ids = g_list_prepend (ids, key);
      /* Sorted, so that saving twice writes the same file. */
      ids = g_list_sort (ids, (GCompareFunc)g_strcmp0);
      for (GList *l = ids; l != NULL; l = l->next)
        {
          json_builder_set_member_name (builder, l->data);
          json_builder_add_string_value (builder, ec_method_to_id (GPOINTER_TO_UINT (g_hash_table_lookup (self->state_methods, l->data))));
        }
      json_builder_end_object (builder);
      json_builder_end_object (builder);
    }

  json_builder_set_member_name (builder, "winners");
  json_builder_begin_object (builder);
  for (guint i = 0; i < units->len; i++)
    {
      const char *id = ec_unit_get_id (g_ptr_array_index (units, i));
      EcCandidate *winner = ec_scenario_get_winner (self, id);

      json_builder_set_member_name (builder, id);
      if (winner != NULL)
        json_builder_add_string_value (builder, ec_candidate_get_id (winner));
      else
        json_builder_add_null_value (builder);
    }
  json_builder_end_object (builder);

  json_builder_set_member_name (builder, "faithless");
  json_builder_begin_array (builder);
  for (guint i = 0; i < self->faithless->len; i++)
    {
      EcFaithless *f = g_ptr_array_index (self->faithless, i);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "unit");
      json_builder_add_string_value (builder, f->unit_id);
      json_builder_set_member_name (builder, "from");
      json_builder_add_string_value (builder, ec_candidate_get_id (f->from));
      json_builder_set_member_name (builder, "to");
      if (f->to != NULL)
        json_builder_add_string_value (builder, ec_candidate_get_id (f->to));
      else
        json_builder_add_null_value (builder);
      json_builder_set_member_name (builder, "count");
      json_builder_add_int_value (builder, f->count);
      if (f->elector != NULL)
        {
          json_builder_set_member_name (builder, "elector");
          json_builder_add_string_value (builder, f->elector);
        }
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  /* Written only when set, so files without a House vote read as before. */
  house = ec_scenario_list_house_votes (self);
  if (house->len > 0)
    {
      json_builder_set_member_name (builder, "house");
      json_builder_begin_object (builder);
      for (guint i = 0; i < house->len; i++)
        {
          const char *id = g_ptr_array_index (house, i);
          EcCandidate *vote;

          ec_scenario_get_house_vote (self, id, &vote);
          json_builder_set_member_name (builder, id);
          if (vote != NULL)
            json_builder_add_string_value (builder, ec_candidate_get_id (vote));
          else
            json_builder_add_null_value (builder);
        }
      json_builder_end_object (builder);
    }

  json_builder_end_object (builder);

  return json_builder_get_root (builder);
}

/**
 * ec_scenario_to_data:
 * @self: a #EcScenario
 * @length: (out) (optional): the length of the data
 *
 * Serializes the scenario as versioned JSON, the format of `.electors` files.
 *
 * Returns: (transfer full): the JSON text
 */
char *
ec_scenario_to_data (EcScenario *self,
                     gsize      *length)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GString) text = NULL;

  g_return_val_if_fail (EC_IS_SCENARIO (self), NULL);

  root = scenario_to_json (self);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);

  text = g_string_new (NULL);
  json_generator_to_gstring (generator, text);
  g_string_append_c (text, '\n');

  if (length != NULL)
    *length = text->len;

  return g_string_free (g_steal_pointer (&text), FALSE);
}

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
parse_color (const char *text,
             guint32    *rgb)
{
  guint64 value;

  if (text == NULL || strlen (text) != 7 || text[0] != '#')
    return FALSE;
  for (guint i = 1; i < 7; i++)
    if (!g_ascii_isxdigit (text[i]))
      return FALSE;
  if (!g_ascii_string_to_unsigned (text + 1, 16, 0, 0xffffff, &value, NULL))
    return FALSE;

  *rgb = value;
  return TRUE;
}

/* A blank map's candidates: the two major ones, in order, and the third if
 * the student added it, each with an optional name and colour. Without
 * the member (files before version 3) the third stays only if the file
 * gives it something. */
static gboolean
load_candidates (EcScenario  *self,
                 JsonObject  *root,
                 GError     **error)
{
  GPtrArray *defaults = ec_election_get_candidates (self->election);
  JsonArray *candidates;
  guint length;

  if (!json_object_has_member (root, "candidates"))
    return TRUE;

  if (!ec_election_is_blank (self->election))
    return scenario_invalid (error, _("Only a blank map’s candidates can be renamed"));

  if (!(candidates = ec_json_get_array (root, "candidates")))
    return scenario_invalid (error, _("“candidates” should be a list"));

  length = json_array_get_length (candidates);
  if (length < 2 || length > defaults->len)
    return scenario_invalid (error, _("“candidates” should list 2 or %u candidates"), defaults->len);

  ec_scenario_set_third_candidate (self, length > 2);

  for (guint i = 0; i < length; i++)
    {
      JsonNode *node = json_array_get_element (candidates, i);
      EcCandidate *expected = g_ptr_array_index (defaults, i);
      JsonObject *object;
      const char *id;
      const char *name;
      const char *color;
      guint32 rgb;

      if (!JSON_NODE_HOLDS_OBJECT (node))
        return scenario_invalid (error, _("Candidate %u in “candidates” is not an object"), i + 1);

      object = json_node_get_object (node);
      id = ec_json_get_string (object, "id");
      if (g_strcmp0 (id, ec_candidate_get_id (expected)) != 0)
        return scenario_invalid (error, _("Candidate %u in “candidates” should have the id “%s”"),
                                 i + 1, ec_candidate_get_id (expected));

      if (json_object_has_member (object, "name"))
        {
          name = ec_json_get_string (object, "name");
          if (name == NULL || is_blank (name))
            return scenario_invalid (error, _("Candidate %u in “candidates” has an empty name"), i + 1);
          if (g_utf8_strlen (name, -1) > EC_SCENARIO_MAX_NAME)
            return scenario_invalid (error, _("Candidate %u in “candidates” has a name longer than %d characters"),
                                     i + 1, EC_SCENARIO_MAX_NAME);
          ec_scenario_set_candidate_name (self, id, name);
        }

      if (json_object_has_member (object, "color"))
        {
          color = ec_json_get_string (object, "color");
          if (!parse_color (color, &rgb))
            return scenario_invalid (error, _("Candidate %u in “candidates” should have a colour such as “#1c71d8”"), i + 1);
          ec_scenario_set_candidate_rgb (self, id, rgb);
        }
    }

  return TRUE;
}

static gboolean
load_people (EcScenario  *self,
             JsonObject  *root,
             GError     **error)
{
  JsonArray *people;

  if (!json_object_has_member (root, "people"))
    return TRUE;

  if (!(people = ec_json_get_array (root, "people")))
    return scenario_invalid (error, _("“people” should be a list of names"));

  /* Each person receives a faithless vote, and there are 538 electors. */
  if (json_array_get_length (people) > EC_SCENARIO_MAX_PEOPLE)
    return scenario_invalid (error, _("“people” names more than %d people"), EC_SCENARIO_MAX_PEOPLE);

  for (guint i = 0; i < json_array_get_length (people); i++)
    {
      JsonNode *node = json_array_get_element (people, i);
      JsonObject *object;
      const char *id;
      const char *name;

      if (!JSON_NODE_HOLDS_OBJECT (node))
        return scenario_invalid (error, _("Person %u in “people” is not an object"), i + 1);

      object = json_node_get_object (node);
      id = ec_json_get_string (object, "id");
      name = ec_json_get_string (object, "name");

      if (id == NULL || *id == '\0' || name == NULL || is_blank (name))
        return scenario_invalid (error, _("Person %u in “people” has no id or no name"), i + 1);

      if (g_utf8_strlen (name, -1) > EC_SCENARIO_MAX_TITLE || strlen (id) > 200)
        return scenario_invalid (error, _("Person %u in “people” has a name longer than %d characters"),
                                 i + 1, EC_SCENARIO_MAX_TITLE);

      if (ec_scenario_get_candidate (self, id) != NULL)
        return scenario_invalid (error, _("The id “%s” is used twice"), id);

      ec_scenario_add_person_with_id (self, id, name);
    }

  return TRUE;
}

static gboolean
load_splits (EcScenario  *self,
             JsonObject  *root,
             GError     **error)
{
  JsonObject *splits;
  JsonObjectIter iter;
  const char *state_id;
  JsonNode *node;

  if (!json_object_has_member (root, "splits"))
    return TRUE;

  if (!(splits = ec_json_get_object (root, "splits")))
    return scenario_invalid (error, _("“splits” should map states to true or false"));

  json_object_iter_init (&iter, splits);
  while (json_object_iter_next (&iter, &state_id, &node))
    {
      if (!g_hash_table_contains (self->splits, state_id))
        return scenario_invalid (error, _("“%s” cannot be split by congressional district; only Maine and Nebraska can"),
                                 state_id);

      if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_BOOLEAN)
        return scenario_invalid (error, _("The split of “%s” should be true or false"), state_id);

      g_hash_table_insert (self->splits, g_strdup (state_id),
                           GINT_TO_POINTER (json_node_get_boolean (node)));
    }

  return TRUE;
}

/* "system": {"method": "mixed", "house_size": 573, "states": {"ME": "district"}},
 * all optional. Loaded before the faithless electors, who must fit in the
 * electors the system gives each state. */
static gboolean
load_system (EcScenario  *self,
             JsonObject  *root,
             GError     **error)
{
  JsonObject *system;
  JsonObject *states;
  JsonObjectIter iter;
  const char *state_id;
  JsonNode *node;
  gint64 house_size;

  if (!json_object_has_member (root, "system"))
    return TRUE;

  if (!(system = ec_json_get_object (root, "system")))
    return scenario_invalid (error, _("“system” should be an object with a method and a House size"));

  if (json_object_has_member (system, "method") &&
      !ec_method_from_id (ec_json_get_string (system, "method"), &self->method))
    {
      const char *id = ec_json_get_string (system, "method");

      if (id != NULL)
        return scenario_invalid (error, _("“%s” is not a way of choosing electors that Electors knows: use "
                                          "winner-take-all, district, proportional, national-popular-vote, "
                                          "compact or mixed"), id);
      return scenario_invalid (error, _("The method should be text such as “proportional”"));
    }

  if (json_object_has_member (system, "states"))
    {
      if (!(states = ec_json_get_object (system, "states")))
        return scenario_invalid (error, _("“states” should map states to their methods"));

      json_object_iter_init (&iter, states);
      while (json_object_iter_next (&iter, &state_id, &node))
        {
          const char *id = JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING
                           ? json_node_get_string (node) : NULL;
          EcMethod method;

          if (!ec_method_from_id (id, &method))
            return scenario_invalid (error, _("The method of “%s” should be winner-take-all, district or proportional"),
                                     state_id);
          if (!ec_scenario_set_state_method (self, state_id, method, error))
            return FALSE;
        }
    }

  if (json_object_has_member (system, "house_size"))
    {
      if (!ec_json_get_count (system, "house_size", &house_size))
        return scenario_invalid (error, _("The House size should be a whole number of seats"));
      if (house_size < EC_HOUSE_SIZE_MIN || house_size > EC_HOUSE_SIZE_MAX)
        {
          g_autofree char *size = g_strdup_printf ("%" G_GINT64_FORMAT, house_size);

          return scenario_invalid (error, _("A House of %s seats is out of range: choose from %u to %u"),
                                   size, EC_HOUSE_SIZE_MIN, EC_HOUSE_SIZE_MAX);
        }
      if (!ec_scenario_set_house_size (self, house_size, error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
load_winners (EcScenario  *self,
              JsonObject  *root,
              GError     **error)
{
  JsonObject *winners;
  JsonObjectIter iter;
  const char *unit_id;
  JsonNode *node;

  if (!(winners = ec_json_get_object (root, "winners")))
    return scenario_invalid (error, _("The file has no “winners”, which says who won each state"));

  json_object_iter_init (&iter, winners);
  while (json_object_iter_next (&iter, &unit_id, &node))
    {
      g_autoptr(GError) unit_error = NULL;
      EcCandidate *winner;
      const char *winner_id;

      /* Says why, for a state that did not exist in the election's year. */
      if (ec_election_lookup_unit (self->election, unit_id, &unit_error) == NULL)
        return scenario_invalid (error, "%s", unit_error->message);

      if (JSON_NODE_HOLDS_NULL (node))
        continue;

      if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
        return scenario_invalid (error, _("The winner of %s should be a candidate’s id or null"), unit_id);

      winner_id = json_node_get_string (node);
      if (!(winner = ec_scenario_get_candidate (self, winner_id)))
        return scenario_invalid (error, _("The winner of %s, “%s”, is not a candidate in this election"),
                                 unit_id, winner_id);

      g_hash_table_insert (self->winners, g_strdup (unit_id), g_object_ref (winner));
    }

  return TRUE;
}

static gboolean
load_faithless (EcScenario  *self,
                JsonObject  *root,
                GError     **error)
{
  JsonArray *faithless;

  if (!json_object_has_member (root, "faithless"))
    return TRUE;

  if (!(faithless = ec_json_get_array (root, "faithless")))
    return scenario_invalid (error, _("“faithless” should be a list"));

  for (guint i = 0; i < json_array_get_length (faithless); i++)
    {
      JsonNode *node = json_array_get_element (faithless, i);
      EcCandidate *to = NULL;
      EcCandidate *winner;
      JsonObject *object;
      const char *unit_id;
      const char *from_id;
      const char *to_id;
      gint64 count;

      if (!JSON_NODE_HOLDS_OBJECT (node))
        return scenario_invalid (error, _("Faithless entry %u is not an object"), i + 1);

      object = json_node_get_object (node);
      unit_id = ec_json_get_string (object, "unit");
      from_id = ec_json_get_string (object, "from");
      to_id = ec_json_get_string (object, "to");

      if (unit_id == NULL || ec_election_get_unit (self->election, unit_id) == NULL)
        return scenario_invalid (error, _("Faithless entry %u names no known state or district"), i + 1);

      if (json_object_has_member (object, "to") && to_id == NULL && !ec_json_member_is_null (object, "to"))
        return scenario_invalid (error, _("Faithless entry %u: “to” should be a candidate’s id, or null to abstain"), i + 1);

      if (to_id != NULL && !(to = ec_scenario_get_candidate (self, to_id)))
        return scenario_invalid (error, _("Faithless entry %u votes for “%s”, who is not in this scenario"), i + 1, to_id);

      if (!json_object_has_member (object, "count"))
        count = 1;
      else if (!ec_json_get_count (object, "count", &count) || count < 1 || count > EC_ELECTORS_TOTAL)
        return scenario_invalid (error, _("Faithless entry %u: the number of electors must be a whole number from 1 to %u"),
                                 i + 1, EC_ELECTORS_TOTAL);

      winner = ec_scenario_get_winner (self, unit_id);
      if (from_id != NULL && (winner == NULL || !g_str_equal (from_id, ec_candidate_get_id (winner))))
        return scenario_invalid (error, _("Faithless entry %u: the electors of %s are not pledged to “%s”"),
                                 i + 1, unit_id, from_id);

      if (!ec_scenario_add_faithless (self, unit_id, to, count,
                                      ec_json_get_string (object, "elector"), error))
        return FALSE;
    }

  return TRUE;
}

/* "house": state id → the candidate its delegation votes for in a
 * contingent election, or null for no vote. Optional, from issue 13 on. */
static gboolean
load_house (EcScenario  *self,
            JsonObject  *root,
            GError     **error)
{
  JsonObject *house;
  JsonObjectIter iter;
  const char *state_id;
  JsonNode *node;

  if (!json_object_has_member (root, "house"))
    return TRUE;

  if (!(house = ec_json_get_object (root, "house")))
    return scenario_invalid (error, _("“house” should map states to the candidate their delegation votes for"));

  json_object_iter_init (&iter, house);
  while (json_object_iter_next (&iter, &state_id, &node))
    {
      EcUnit *unit = ec_election_get_unit (self->election, state_id);
      EcCandidate *vote = NULL;

      if (unit == NULL || !ec_scenario_is_house_state (self, unit))
        return scenario_invalid (error, _("“%s” has no delegation in the House, so it has no House vote"), state_id);

      if (!JSON_NODE_HOLDS_NULL (node))
        {
          if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
            return scenario_invalid (error, _("The House vote of %s should be a candidate’s id, or null for no vote"), state_id);

          if (!(vote = ec_scenario_get_candidate (self, json_node_get_string (node))))
            return scenario_invalid (error, _("The House vote of %s, “%s”, is not a candidate in this scenario"),
                                     state_id, json_node_get_string (node));
        }

      ec_scenario_set_house_vote (self, state_id, vote);
    }

  return TRUE;
}

static void
set_too_large (GError  **error,
               guint64   size)
{
  g_autofree char *size_text = g_format_size (size);
  g_autofree char *limit_text = g_format_size (EC_SCENARIO_MAX_FILE_SIZE);

  g_set_error (error, EC_SCENARIO_ERROR, EC_SCENARIO_ERROR_TOO_LARGE,
               _("The file is too large to be a scenario (%s; a scenario is at most %s)"),
               size_text, limit_text);
}

/**
 * ec_scenario_new_from_data:
 * @data: the contents of a `.electors` file
 * @length: the length of @data
 * @error: return location for a #GError
 *
 * Reads a scenario, checking everything in it: a file that does not fit the
 * election it names is refused as a whole.
 *
 * Returns: (transfer full) (nullable): the scenario, or %NULL with @error set
 */
EcScenario *
ec_scenario_new_from_data (const char  *data,
                           gsize        length,
                           GError     **error)
{
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autoptr(EcElection) election = NULL;
  g_autoptr(EcScenario) self = NULL;
  EcScenarioBase base = EC_SCENARIO_AS_CAST;
  JsonObject *root;
  JsonNode *election_node;
  gint64 version;
  const char *text;

  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (length > EC_SCENARIO_MAX_FILE_SIZE)
    {
      set_too_large (error, length);
      return NULL;
    }

  if (length == 0)
    {
      g_set_error_literal (error, EC_SCENARIO_ERROR, EC_SCENARIO_ERROR_NOT_JSON,
                           _("The file is empty"));
      return NULL;
    }

  if (!g_utf8_validate (data, length, NULL))
    {
      g_set_error_literal (error, EC_SCENARIO_ERROR, EC_SCENARIO_ERROR_NOT_JSON,
                           _("The file is not a scenario: it is not text"));
      return NULL;
    }

  switch (ec_json_parse_document (data, length, SCENARIO_MAGIC, EC_SCENARIO_FORMAT_VERSION,
                                  &parser, &version, &local_error))
    {
    case EC_JSON_DOCUMENT_OK:
      break;
    case EC_JSON_DOCUMENT_NOT_JSON:
      g_set_error (error, EC_SCENARIO_ERROR, EC_SCENARIO_ERROR_NOT_JSON,
                   _("The file is damaged or not a scenario: %s"), local_error->message);
      return NULL;
    case EC_JSON_DOCUMENT_WRONG_FORMAT:
      g_set_error_literal (error, EC_SCENARIO_ERROR, EC_SCENARIO_ERROR_NOT_A_SCENARIO,
                           _("The file is not an Electors scenario"));
      return NULL;
    case EC_JSON_DOCUMENT_NO_VERSION:
      scenario_invalid (error, _("The file has no valid format version"));
      return NULL;
    case EC_JSON_DOCUMENT_NEWER_VERSION:
      {
        g_autofree char *version_text = g_strdup_printf ("%" G_GINT64_FORMAT, version);

        g_set_error (error, EC_SCENARIO_ERROR, EC_SCENARIO_ERROR_NEWER_VERSION,
                     _("The file was made by a newer version of Electors (scenario format %s; "
                       "this version reads format %d). Update Electors to open it."),
                     version_text, EC_SCENARIO_FORMAT_VERSION);
        return NULL;
      }
    }

  root = json_node_get_object (json_parser_get_root (parser));

  election_node = json_object_get_member (root, "election");
  if (election_node == NULL || JSON_NODE_HOLDS_NULL (election_node))
    {
      if (!(election = ec_election_new_blank (error)))
        return NULL;
      base = EC_SCENARIO_BLANK;
    }
  else
    {
      gint64 year;

      if (!ec_json_node_get_count (election_node, &year) || year > G_MAXINT)
        {
          scenario_invalid (error, _("“election” should be a year such as 2016, or null for a blank map"));
          return NULL;
        }

      if (!(election = ec_election_new_for_year ((int)year, &local_error)))
        {
          scenario_invalid (error, "%s", local_error->message);
          return NULL;
        }
    }

  if (json_object_has_member (root, "base") && base != EC_SCENARIO_BLANK &&
      !base_from_string (ec_json_get_string (root, "base"), &base))
    {
      scenario_invalid (error, _("“base” should be “as-cast”, “pledged” or “blank”"));
      return NULL;
    }

  self = ec_scenario_new_empty (election, base);

  if ((text = ec_json_get_string (root, "title")) && g_utf8_strlen (text, -1) > EC_SCENARIO_MAX_TITLE)
    {
      scenario_invalid (error, _("The title is longer than %d characters"), EC_SCENARIO_MAX_TITLE);
      return NULL;
    }
  if (text != NULL)
    ec_scenario_set_title (self, text);
  else if (json_object_has_member (root, "title") && !ec_json_member_is_null (root, "title"))
    {
      scenario_invalid (error, _("The title should be text"));
      return NULL;
    }

  if ((text = ec_json_get_string (root, "notes")) && g_utf8_strlen (text, -1) > EC_SCENARIO_MAX_NOTES)
    {
      scenario_invalid (error, _("The notes are longer than %d characters"), EC_SCENARIO_MAX_NOTES);
      return NULL;
    }
  if (text != NULL)
    ec_scenario_set_notes (self, text);
  else if (json_object_has_member (root, "notes") && !ec_json_member_is_null (root, "notes"))
    {
      scenario_invalid (error, _("The notes should be text"));
      return NULL;
    }

  if (json_object_has_member (root, "apply_laws"))
    {
      JsonNode *node = json_object_get_member (root, "apply_laws");

      if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_BOOLEAN)
        {
          scenario_invalid (error, _("“apply_laws” should be true or false"));
          return NULL;
        }
      self->apply_laws = json_node_get_boolean (node);
      /* Files from before laws had dates applied today's. */
      if (self->apply_laws)
        self->laws_date = EC_LAWS_TODAY;
    }

  if (json_object_has_member (root, "laws"))
    {
      text = ec_json_get_string (root, "laws");
      if (g_strcmp0 (text, "today") == 0)
        self->laws_date = EC_LAWS_TODAY;
      else if (g_strcmp0 (text, "at-election") == 0)
        self->laws_date = EC_LAWS_AT_ELECTION;
      else
        {
          scenario_invalid (error, _("“laws” should be “at-election” or “today”"));
          return NULL;
        }
    }

  if (json_object_has_member (root, "preset"))
    {
      text = ec_json_get_string (root, "preset");
      if (g_strcmp0 (text, EC_SCENARIO_PRESET_PETITION) != 0 ||
          ec_election_get_year (election) != 2016 || base != EC_SCENARIO_PLEDGED)
        {
          scenario_invalid (error, _("The file names a ready-made scenario that this version does not know"));
          return NULL;
        }
      self->preset = g_strdup (text);
    }
  else if (ec_election_get_year (election) == 2016 && base == EC_SCENARIO_PLEDGED &&
           g_strcmp0 (self->title, "2016: the petition") == 0)
    {
      /* Files from before presets had ids knew the petition by its
       * English title. */
      self->preset = g_strdup (EC_SCENARIO_PRESET_PETITION);
    }

  if (!load_candidates (self, root, error) ||
      !load_people (self, root, error) ||
      !load_splits (self, root, error) ||
      !load_system (self, root, error) ||
      !load_winners (self, root, error) ||
      !load_faithless (self, root, error) ||
      !load_house (self, root, error))
    return NULL;

  if (!json_object_has_member (root, "candidates"))
    ec_scenario_drop_unused_third (self);

  return g_steal_pointer (&self);
}

/* GIO's error with our sentence for its message. The domain and code stay,
 * so that a caller can still tell a missing file from a broken one, as
 * restoring the autosave does. */
static void
set_open_failed (GError       **error,
                 const GError  *cause)
{
  g_autofree char *message = ec_file_error_dup_open_message (cause);

  g_set_error_literal (error, cause->domain, cause->code, message);
}

/**
 * ec_scenario_new_from_file:
 * @file: a `.electors` file
 * @error: return location for a #GError
 *
 * Reads a scenario from @file. Folders, files that are too large and files
 * that are not scenarios are refused with a message that says why.
 *
 * Returns: (transfer full) (nullable): the scenario, or %NULL with @error set
 */
EcScenario *
ec_scenario_new_from_file (GFile   *file,
                           GError **error)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *data = NULL;
  gsize length;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  info = g_file_query_info (file,
                            G_FILE_ATTRIBUTE_STANDARD_TYPE "," G_FILE_ATTRIBUTE_STANDARD_SIZE,
                            G_FILE_QUERY_INFO_NONE, NULL, &local_error);
  if (info == NULL)
    {
      set_open_failed (error, local_error);
      return NULL;
    }

  if (g_file_info_get_file_type (info) == G_FILE_TYPE_DIRECTORY)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY,
                           _("This is a folder, not a scenario file"));
      return NULL;
    }

  if (g_file_info_get_file_type (info) != G_FILE_TYPE_REGULAR)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE,
                           _("This is not a regular file"));
      return NULL;
    }

  if (g_file_info_get_size (info) > EC_SCENARIO_MAX_FILE_SIZE)
    {
      set_too_large (error, g_file_info_get_size (info));
      return NULL;
    }

  if (!g_file_load_contents (file, NULL, &data, &length, NULL, &local_error))
    {
      set_open_failed (error, local_error);
      return NULL;
    }

  return ec_scenario_new_from_data (data, length, error);
}

/**
 * ec_scenario_save_to_file:
 * @self: a #EcScenario
 * @file: where to save
 * @error: return location for a #GError
 *
 * Saves the scenario. The data goes to a temporary file in the same folder
 * that then replaces @file, so a failed save leaves the old file as it was.
 *
 * Returns: %TRUE on success
 */
gboolean
ec_scenario_save_to_file (EcScenario  *self,
                          GFile       *file,
                          GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *data = NULL;
  gsize length;

  g_return_val_if_fail (EC_IS_SCENARIO (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  data = ec_scenario_to_data (self, &length);

  if (!ec_file_replace_contents (file, data, length, G_FILE_CREATE_REPLACE_DESTINATION, &local_error))
    {
      /* Translators: an example of a name for a scenario file, suggested when a folder was given */
      g_autofree char *message = ec_file_error_dup_save_message (local_error, file, _("lesson.electors"));

      g_set_error_literal (error, local_error->domain, local_error->code, message);
      return FALSE;
    }

  return TRUE;
}
