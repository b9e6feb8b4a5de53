/* ec-congress.c
 *
 * Copyright 2026 The Electors authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include <json-glib/json-glib.h>

#include "ec-congress.h"

/* The Congress that would hold a contingent election: the one that meets on
 * January 3 after the election, with each state's House delegation and the
 * Senate as they were on that day. data/congress.json is made by
 * tools/make-congress.py; data/SOURCES.md says where its figures come from. */

#define CONGRESS_RESOURCE "/io/github/electors/Electors/congress.json"

struct _EcCongress
{
  GObject     parent_instance;

  int         year;
  guint       number;
  /* state id → EcDelegation */
  GHashTable *house;
  EcSenate    senate;
  char       *nominees[EC_N_PARTIES];
};

G_DEFINE_FINAL_TYPE (EcCongress, ec_congress, G_TYPE_OBJECT)

G_DEFINE_QUARK (ec-congress-error-quark, ec_congress_error)

static const char *party_keys[EC_N_PARTIES] = { "D", "R", "I" };

static void
delegation_free (gpointer data)
{
  EcDelegation *delegation = data;

  g_free (delegation->note);
  g_free (delegation);
}

static void
ec_congress_finalize (GObject *object)
{
  EcCongress *self = (EcCongress *)object;

  g_clear_pointer (&self->house, g_hash_table_unref);
  for (guint i = 0; i < EC_N_PARTIES; i++)
    g_clear_pointer (&self->nominees[i], g_free);

  G_OBJECT_CLASS (ec_congress_parent_class)->finalize (object);
}

static void
ec_congress_class_init (EcCongressClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = ec_congress_finalize;
}

static void
ec_congress_init (EcCongress *self)
{
  self->house = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, delegation_free);
  self->senate.independents_caucus = EC_PARTY_INDEPENDENT;
}

static gboolean
invalid (GError     **error,
         int          year,
         const char  *what)
{
  g_set_error (error, EC_CONGRESS_ERROR, EC_CONGRESS_ERROR_INVALID,
               _("The data on the Congress after the %d election is damaged: %s"), year, what);
  return FALSE;
}

/* A count of members: a whole number from 0 to 1000. */
static gboolean
get_count (JsonObject *object,
           const char *member,
           guint      *count)
{
  JsonNode *node = json_object_get_member (object, member);
  gint64 value;

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_INT64)
    return FALSE;

  value = json_node_get_int (node);
  if (value < 0 || value > 1000)
    return FALSE;

  *count = (guint)value;
  return TRUE;
}

static gboolean
get_members (JsonObject *object,
             guint      *members,
             guint      *vacant)
{
  for (guint i = 0; i < EC_N_PARTIES; i++)
    {
      if (!get_count (object, party_keys[i], &members[i]))
        return FALSE;
    }

  return get_count (object, "vacant", vacant);
}

static gboolean
load_year (EcCongress  *self,
           JsonObject  *object,
           GError     **error)
{
  JsonObject *house;
  JsonObject *senate;
  JsonObject *nominees;
  JsonObjectIter iter;
  const char *state_id;
  JsonNode *node;
  guint total = 0;

  if (!get_count (object, "congress", &self->number) || self->number == 0)
    return invalid (error, self->year, _("the Congress has no number"));

  if (!json_object_has_member (object, "nominees") ||
      !JSON_NODE_HOLDS_OBJECT (json_object_get_member (object, "nominees")))
    return invalid (error, self->year, _("the parties’ nominees are missing"));

  nominees = json_object_get_object_member (object, "nominees");
  for (guint i = 0; i < EC_N_PARTIES; i++)
    {
      if (json_object_has_member (nominees, party_keys[i]))
        {
          const char *id = json_object_get_string_member_with_default (nominees, party_keys[i], NULL);

          if (id == NULL || *id == '\0')
            return invalid (error, self->year, _("a nominee has no id"));
          self->nominees[i] = g_strdup (id);
        }
    }

  if (!json_object_has_member (object, "house") ||
      !JSON_NODE_HOLDS_OBJECT (json_object_get_member (object, "house")))
    return invalid (error, self->year, _("the House delegations are missing"));

  house = json_object_get_object_member (object, "house");
  json_object_iter_init (&iter, house);
  while (json_object_iter_next (&iter, &state_id, &node))
    {
      g_autofree EcDelegation *delegation = g_new0 (EcDelegation, 1);
      JsonObject *members;

      if (!JSON_NODE_HOLDS_OBJECT (node))
        return invalid (error, self->year, state_id);

      members = json_node_get_object (node);
      if (!get_members (members, delegation->members, &delegation->vacant))
        return invalid (error, self->year, state_id);

      if (json_object_has_member (members, "note"))
        {
          const char *note = json_object_get_string_member_with_default (members, "note", NULL);

          if (note == NULL)
            return invalid (error, self->year, state_id);
          delegation->note = g_strdup (note);
        }

      for (guint i = 0; i < EC_N_PARTIES; i++)
        total += delegation->members[i];
      total += delegation->vacant;

      g_hash_table_insert (self->house, g_strdup (state_id), g_steal_pointer (&delegation));
    }

  /* 435 seats since 1913, the only size this data knows. */
  if (g_hash_table_size (self->house) != 50 || total != 435)
    return invalid (error, self->year, _("the House should have 435 seats in 50 states"));

  if (!json_object_has_member (object, "senate") ||
      !JSON_NODE_HOLDS_OBJECT (json_object_get_member (object, "senate")))
    return invalid (error, self->year, _("the Senate is missing"));

  senate = json_object_get_object_member (object, "senate");
  if (!get_members (senate, self->senate.senators, &self->senate.vacant) ||
      self->senate.senators[0] + self->senate.senators[1] + self->senate.senators[2] + self->senate.vacant != 100)
    return invalid (error, self->year, _("the Senate should have 100 seats"));

  if (json_object_has_member (senate, "independents_caucus"))
    {
      const char *caucus = json_object_get_string_member_with_default (senate, "independents_caucus", "");

      if (g_str_equal (caucus, "D"))
        self->senate.independents_caucus = EC_PARTY_DEMOCRATIC;
      else if (g_str_equal (caucus, "R"))
        self->senate.independents_caucus = EC_PARTY_REPUBLICAN;
      else
        return invalid (error, self->year, _("the independents’ caucus is unknown"));
    }

  return TRUE;
}

/**
 * ec_congress_new_from_data:
 * @data: the contents of a file in the format of data/congress.json
 * @length: the length of @data
 * @year: the presidential election whose Congress to read
 * @error: return location for a #GError
 *
 * Reads the Congress elected with the president in @year. Tests use it for
 * made-up delegations; the app uses ec_congress_new_for_year().
 *
 * Returns: (transfer full) (nullable): the Congress, or %NULL with @error set
 */
EcCongress *
ec_congress_new_from_data (const char  *data,
                           gsize        length,
                           int          year,
                           GError     **error)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(EcCongress) self = NULL;
  g_autofree char *key = NULL;
  g_autoptr(GError) local_error = NULL;
  JsonObject *root;
  JsonObject *congresses;
  JsonNode *node;

  g_return_val_if_fail (data != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!json_parser_load_from_data (parser, data, length, &local_error))
    {
      invalid (error, year, local_error->message);
      return NULL;
    }

  node = json_parser_get_root (parser);
  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node) ||
      json_object_get_int_member_with_default (json_node_get_object (node), "format", 0) != 1 ||
      !json_object_has_member (json_node_get_object (node), "congresses") ||
      !JSON_NODE_HOLDS_OBJECT (json_object_get_member (json_node_get_object (node), "congresses")))
    {
      invalid (error, year, _("not a table of Congresses"));
      return NULL;
    }

  root = json_node_get_object (node);
  congresses = json_object_get_object_member (root, "congresses");
  key = g_strdup_printf ("%d", year);
  node = json_object_get_member (congresses, key);
  if (node == NULL)
    {
      g_set_error (error, EC_CONGRESS_ERROR, EC_CONGRESS_ERROR_NO_DATA,
                   _("Electors has no data on the Congress elected in %d (it has 1976 to 2024)"), year);
      return NULL;
    }

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      invalid (error, year, key);
      return NULL;
    }

  self = g_object_new (EC_TYPE_CONGRESS, NULL);
  self->year = year;
  if (!load_year (self, json_node_get_object (node), error))
    return NULL;

  return g_steal_pointer (&self);
}

static GBytes *
get_bundled_data (void)
{
  static gsize bytes;

  if (g_once_init_enter (&bytes))
    {
      g_autoptr(GError) error = NULL;
      GBytes *loaded = g_resources_lookup_data (CONGRESS_RESOURCE, 0, &error);

      /* The table is compiled into the binary and checked by the tests. */
      if (loaded == NULL)
        g_error ("%s", error->message);

      g_once_init_leave (&bytes, (gsize)loaded);
    }

  return (GBytes *)bytes;
}

/**
 * ec_congress_has_year:
 * @year: a presidential election's year
 *
 * Returns: whether the bundled data has the Congress elected in @year
 */
gboolean
ec_congress_has_year (int year)
{
  /* Every fourth year from 1976 to 2024, as tools/make-congress.py writes. */
  return year >= 1976 && year <= 2024 && year % 4 == 0;
}

/* Each year's Congress is read once and shared: they never change, and a
 * click that leaves everyone short of 270 must not parse the table again.
 * Exports read them from another thread, hence the lock. */
G_LOCK_DEFINE_STATIC (cache);
static GHashTable *cache;

/**
 * ec_congress_new_for_year:
 * @year: a presidential election's year
 * @error: return location for a #GError
 *
 * The Congress that met on January 3 after the election of @year, from the
 * bundled data.
 *
 * Returns: (transfer full) (nullable): the Congress, or %NULL with @error set
 */
EcCongress *
ec_congress_new_for_year (int      year,
                          GError **error)
{
  EcCongress *congress;
  GBytes *bytes;
  const char *data;
  gsize length;

  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!ec_congress_has_year (year))
    {
      g_set_error (error, EC_CONGRESS_ERROR, EC_CONGRESS_ERROR_NO_DATA,
                   _("Electors has no data on the Congress elected in %d (it has 1976 to 2024)"), year);
      return NULL;
    }

  G_LOCK (cache);
  if (cache == NULL)
    cache = g_hash_table_new_full (NULL, NULL, NULL, g_object_unref);
  congress = g_hash_table_lookup (cache, GINT_TO_POINTER (year));
  if (congress == NULL)
    {
      bytes = get_bundled_data ();
      data = g_bytes_get_data (bytes, &length);
      if ((congress = ec_congress_new_from_data (data, length, year, error)))
        g_hash_table_insert (cache, GINT_TO_POINTER (year), congress);
    }
  if (congress != NULL)
    g_object_ref (congress);
  G_UNLOCK (cache);

  return congress;
}

/**
 * ec_congress_get_year:
 * @self: a #EcCongress
 *
 * Returns: the year of the election that came before this Congress
 */
int
ec_congress_get_year (EcCongress *self)
{
  g_return_val_if_fail (EC_IS_CONGRESS (self), 0);

  return self->year;
}

/**
 * ec_congress_get_number:
 * @self: a #EcCongress
 *
 * Returns: its number: 115 for the 115th Congress
 */
guint
ec_congress_get_number (EcCongress *self)
{
  g_return_val_if_fail (EC_IS_CONGRESS (self), 0);

  return self->number;
}

/**
 * ec_congress_get_delegation:
 * @self: a #EcCongress
 * @state_id: a state's id
 *
 * Returns: (transfer none) (nullable): the state's House delegation, or
 *   %NULL for DC, a district or an unknown id
 */
const EcDelegation *
ec_congress_get_delegation (EcCongress *self,
                            const char *state_id)
{
  g_return_val_if_fail (EC_IS_CONGRESS (self), NULL);
  g_return_val_if_fail (state_id != NULL, NULL);

  return g_hash_table_lookup (self->house, state_id);
}

/**
 * ec_congress_get_n_states:
 * @self: a #EcCongress
 *
 * Returns: how many states have a delegation: 50
 */
guint
ec_congress_get_n_states (EcCongress *self)
{
  g_return_val_if_fail (EC_IS_CONGRESS (self), 0);

  return g_hash_table_size (self->house);
}

/**
 * ec_congress_get_senate:
 * @self: a #EcCongress
 *
 * Returns: (transfer none): the Senate
 */
const EcSenate *
ec_congress_get_senate (EcCongress *self)
{
  g_return_val_if_fail (EC_IS_CONGRESS (self), NULL);

  return &self->senate;
}

/**
 * ec_congress_get_nominee:
 * @self: a #EcCongress
 * @party: a party
 *
 * The id of the party's presidential candidate in the election, so that
 * members are matched to candidates by id, never by a party's name.
 *
 * Returns: (transfer none) (nullable): the candidate's id, or %NULL
 */
const char *
ec_congress_get_nominee (EcCongress *self,
                         EcParty     party)
{
  g_return_val_if_fail (EC_IS_CONGRESS (self), NULL);
  g_return_val_if_fail (party < EC_N_PARTIES, NULL);

  return self->nominees[party];
}
