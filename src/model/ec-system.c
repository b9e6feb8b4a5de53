/* ec-system.c
 *
 * Copyright 2026 The Electors authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ec-json-private.h"
#include "ec-system.h"

#define SYSTEMS_RESOURCE "/io/github/electors/Electors/systems.json"

typedef struct {
  char *state_id;
  int   joined;
} Member;

typedef struct {
  GArray *censuses;  /* of EcCensus */
  GArray *members;   /* of Member, by year joined */
} Data;

static const char * const method_ids[EC_N_METHODS] = {
  [EC_METHOD_WINNER_TAKE_ALL] = "winner-take-all",
  [EC_METHOD_DISTRICT] = "district",
  [EC_METHOD_PROPORTIONAL] = "proportional",
  [EC_METHOD_NATIONAL_POPULAR_VOTE] = "national-popular-vote",
  [EC_METHOD_COMPACT] = "compact",
  [EC_METHOD_MIXED] = "mixed",
};

/**
 * ec_method_to_id:
 * @method: a method
 *
 * Returns: (transfer none): the stable id of @method, as files store it
 */
const char *
ec_method_to_id (EcMethod method)
{
  g_return_val_if_fail (method < EC_N_METHODS, NULL);

  return method_ids[method];
}

/**
 * ec_method_from_id:
 * @id: a method id such as “proportional”
 * @method: (out): the method
 *
 * Returns: whether @id names a method
 */
gboolean
ec_method_from_id (const char *id,
                   EcMethod   *method)
{
  g_return_val_if_fail (method != NULL, FALSE);

  for (guint i = 0; i < EC_N_METHODS && id != NULL; i++)
    if (g_str_equal (id, method_ids[i]))
      {
        *method = i;
        return TRUE;
      }

  return FALSE;
}

/**
 * ec_method_get_name:
 * @method: a method
 *
 * Returns: (transfer none): the method's name, translated
 */
const char *
ec_method_get_name (EcMethod method)
{
  switch (method)
    {
    case EC_METHOD_WINNER_TAKE_ALL:
      return _("Winner-take-all");
    case EC_METHOD_DISTRICT:
      return _("District method");
    case EC_METHOD_PROPORTIONAL:
      return _("Proportional (largest remainder)");
    case EC_METHOD_NATIONAL_POPULAR_VOTE:
      return _("National popular vote");
    case EC_METHOD_COMPACT:
      return _("Popular-vote compact");
    case EC_METHOD_MIXED:
      return _("Mixed, state by state");
    case EC_N_METHODS:
    default:
      g_return_val_if_reached (NULL);
    }
}

/**
 * ec_method_is_per_state:
 * @method: a method
 *
 * Returns: whether one state can use @method on its own in a mixed system:
 *   winner-take-all, district or proportional (the national methods decide
 *   every state at once)
 */
gboolean
ec_method_is_per_state (EcMethod method)
{
  return method == EC_METHOD_WINNER_TAKE_ALL || method == EC_METHOD_DISTRICT ||
         method == EC_METHOD_PROPORTIONAL;
}

static gboolean
parse_census (JsonObject *object,
              EcCensus   *census)
{
  JsonObject *states = ec_json_get_object (object, "states");
  JsonArray *elections = ec_json_get_array (object, "elections");
  g_autoptr(GList) ids = NULL;
  gint64 year;
  guint i = 0;

  if (!ec_json_get_count (object, "census", &year) || states == NULL || elections == NULL ||
      json_array_get_length (elections) == 0)
    return FALSE;

  census->year = year;
  census->first_election = json_array_get_int_element (elections, 0);
  census->last_election = json_array_get_int_element (elections, json_array_get_length (elections) - 1);
  census->n_states = json_object_get_size (states);
  census->state_ids = g_new0 (const char *, census->n_states + 1);
  census->populations = g_new0 (gint64, census->n_states);
  census->seats = g_new0 (guint, census->n_states);

  ids = g_list_sort (json_object_get_members (states), (GCompareFunc)g_strcmp0);
  for (GList *l = ids; l != NULL; l = l->next, i++)
    {
      JsonObject *state = ec_json_get_object (states, l->data);
      gint64 population;
      gint64 seats;

      if (state == NULL || !ec_json_get_count (state, "population", &population) ||
          !ec_json_get_count (state, "seats", &seats) || population <= 0 || seats < 1)
        return FALSE;

      census->state_ids[i] = g_intern_string (l->data);
      census->populations[i] = population;
      census->seats[i] = seats;
      census->total += population;
    }

  return TRUE;
}

static Data *
load_data (GError **error)
{
  g_autoptr(GBytes) bytes = g_resources_lookup_data (SYSTEMS_RESOURCE, 0, error);
  g_autoptr(JsonParser) parser = NULL;
  g_autofree Data *data = NULL;
  JsonObject *root;
  JsonObject *compact;
  JsonArray *censuses;
  JsonArray *members;
  const char *text;
  gsize length;

  if (bytes == NULL)
    return NULL;

  text = g_bytes_get_data (bytes, &length);
  if (!(parser = ec_json_parse (text, length, error)))
    return NULL;

  root = json_node_get_object (json_parser_get_root (parser));
  if (root == NULL || !(censuses = ec_json_get_array (root, "censuses")) ||
      !(compact = ec_json_get_object (root, "compact")) ||
      !(members = ec_json_get_array (compact, "members")))
    return ec_fail (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, "systems.json: no censuses or compact"), NULL;

  data = g_new0 (Data, 1);
  data->censuses = g_array_new (FALSE, TRUE, sizeof (EcCensus));
  data->members = g_array_new (FALSE, TRUE, sizeof (Member));

  for (guint i = 0; i < json_array_get_length (censuses); i++)
    {
      EcCensus census = { 0 };

      if (!parse_census (json_array_get_object_element (censuses, i), &census))
        return ec_fail (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, "systems.json: census %u is damaged", i), NULL;
      g_array_append_val (data->censuses, census);
    }

  for (guint i = 0; i < json_array_get_length (members); i++)
    {
      JsonObject *object = json_array_get_object_element (members, i);
      const char *state = object ? ec_json_get_string (object, "state") : NULL;
      gint64 joined;
      Member member;

      if (state == NULL || !ec_json_get_count (object, "joined", &joined))
        return ec_fail (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, "systems.json: compact member %u is damaged", i), NULL;

      member.state_id = (char *)g_intern_string (state);
      member.joined = joined;
      g_array_append_val (data->members, member);
    }

  return g_steal_pointer (&data);
}

static Data *
get_data (void)
{
  static gsize data;

  if (g_once_init_enter (&data))
    {
      g_autoptr(GError) error = NULL;
      Data *loaded = load_data (&error);

      /* The table is compiled into the binary and checked by the tests. */
      if (loaded == NULL)
        g_error ("%s", error->message);

      g_once_init_leave (&data, (gsize)loaded);
    }

  return (Data *)data;
}

/**
 * ec_census_lookup:
 * @year: a census year
 *
 * Returns: (transfer none) (nullable): the census's apportionment
 *   populations and official seats, or %NULL if they are not bundled (only
 *   2010 and 2020 are)
 */
const EcCensus *
ec_census_lookup (int year)
{
  Data *data = get_data ();

  for (guint i = 0; i < data->censuses->len; i++)
    if (g_array_index (data->censuses, EcCensus, i).year == year)
      return &g_array_index (data->censuses, EcCensus, i);

  return NULL;
}

/**
 * ec_census_for_election:
 * @election: a #EcElection
 *
 * Returns: (transfer none) (nullable): the census that apportioned
 *   @election's electors, when its populations are bundled
 */
const EcCensus *
ec_census_for_election (EcElection *election)
{
  const EcCensus *census;

  g_return_val_if_fail (EC_IS_ELECTION (election), NULL);

  if (ec_election_is_blank (election))
    return NULL;

  census = ec_census_lookup (ec_election_get_census (election));
  if (census == NULL || ec_election_get_year (election) < census->first_election ||
      ec_election_get_year (election) > census->last_election)
    return NULL;

  return census;
}

/**
 * ec_census_find_state:
 * @census: a census
 * @state_id: a postal code
 *
 * Returns: the state's position in @census, or -1 (for DC, which the House
 *   is not apportioned to)
 */
int
ec_census_find_state (const EcCensus *census,
                      const char     *state_id)
{
  g_return_val_if_fail (census != NULL, -1);

  for (guint i = 0; i < census->n_states; i++)
    if (g_strcmp0 (census->state_ids[i], state_id) == 0)
      return i;

  return -1;
}

/**
 * ec_compact_get_n_members:
 *
 * Returns: the number of states (DC included) that have joined the National
 *   Popular Vote Interstate Compact, by the bundled list
 */
guint
ec_compact_get_n_members (void)
{
  return get_data ()->members->len;
}

/**
 * ec_compact_get_member:
 * @position: from 0 to ec_compact_get_n_members() - 1
 * @joined: (out) (optional): the year the state joined
 *
 * Returns: (transfer none): the member's postal code
 */
const char *
ec_compact_get_member (guint  position,
                       int   *joined)
{
  Data *data = get_data ();
  const Member *member;

  g_return_val_if_fail (position < data->members->len, NULL);

  member = &g_array_index (data->members, Member, position);
  if (joined != NULL)
    *joined = member->joined;

  return member->state_id;
}

/**
 * ec_compact_get_joined:
 * @state_id: a postal code
 *
 * Returns: the year @state_id joined the compact, or 0 if it has not
 */
int
ec_compact_get_joined (const char *state_id)
{
  Data *data = get_data ();

  for (guint i = 0; i < data->members->len; i++)
    if (g_strcmp0 (g_array_index (data->members, Member, i).state_id, state_id) == 0)
      return g_array_index (data->members, Member, i).joined;

  return 0;
}
