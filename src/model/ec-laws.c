/* ec-laws.c
 *
 * Copyright 2026 The Electors authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ec-json-private.h"
#include "ec-laws.h"

#define LAWS_RESOURCE "/io/github/electors/Electors/faithless-laws.json"

#define invalid(error, format, ...) \
  ec_fail (error, EC_LAWS_ERROR, EC_LAWS_ERROR_INVALID_DATA, "The state-law data is damaged: " format, ##__VA_ARGS__)

struct _EcLaws
{
  GObject     parent_instance;

  char       *as_of;
  GHashTable *by_state;
};

G_DEFINE_QUARK (ec-laws-error-quark, ec_laws_error)
G_DEFINE_FINAL_TYPE (EcLaws, ec_laws, G_TYPE_OBJECT)

static void
law_free (EcLaw *law)
{
  g_free (law->summary);
  g_free (law->statute);
  g_free (law->source_date);
  g_free (law->caveat);
  g_free (law);
}

static void
ec_laws_finalize (GObject *object)
{
  EcLaws *self = (EcLaws *)object;

  g_clear_pointer (&self->as_of, g_free);
  g_clear_pointer (&self->by_state, g_hash_table_unref);

  G_OBJECT_CLASS (ec_laws_parent_class)->finalize (object);
}

static void
ec_laws_class_init (EcLawsClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = ec_laws_finalize;
}

static void
ec_laws_init (EcLaws *self)
{
  self->by_state = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify)law_free);
}

static gboolean
parse_category (const char    *text,
                EcLawCategory *category)
{
  static const struct { const char *name; EcLawCategory value; } names[] = {
    { "none", EC_LAW_NONE },
    { "pledge_no_penalty", EC_LAW_PLEDGE_NO_PENALTY },
    { "penalty_vote_counts", EC_LAW_PENALTY_VOTE_COUNTS },
    { "vote_cancelled_replaced", EC_LAW_VOTE_CANCELLED_REPLACED },
  };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      if (g_strcmp0 (text, names[i].name) == 0)
        {
          *category = names[i].value;
          return TRUE;
        }
    }

  return FALSE;
}

/**
 * ec_laws_new_from_data:
 * @data: JSON in the format of `data/faithless-laws.json`
 * @length: the length of @data
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (nullable): the laws, or %NULL with @error set
 */
EcLaws *
ec_laws_new_from_data (const char  *data,
                       gsize        length,
                       GError     **error)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autoptr(GError) local_error = NULL;
  g_autoptr(EcLaws) self = NULL;
  JsonObjectIter iter;
  JsonObject *root;
  JsonObject *states;
  const char *state_id;
  JsonNode *node;

  g_return_val_if_fail (data != NULL, NULL);

  if (!json_parser_load_from_data (parser, data, length, &local_error))
    return invalid (error, "%s", local_error->message), NULL;

  if (json_parser_get_root (parser) == NULL || !JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
    return invalid (error, "not an object"), NULL;

  root = json_node_get_object (json_parser_get_root (parser));
  if (!(states = ec_json_get_object (root, "states")) || ec_json_get_string (root, "as_of") == NULL)
    return invalid (error, "no states or no date"), NULL;

  self = g_object_new (EC_TYPE_LAWS, NULL);
  self->as_of = g_strdup (ec_json_get_string (root, "as_of"));

  json_object_iter_init (&iter, states);
  while (json_object_iter_next (&iter, &state_id, &node))
    {
      JsonObject *object;
      EcLaw *law;

      if (!JSON_NODE_HOLDS_OBJECT (node))
        return invalid (error, "%s is not an object", state_id), NULL;

      object = json_node_get_object (node);
      law = g_new0 (EcLaw, 1);
      if (!parse_category (ec_json_get_string (object, "category"), &law->category) ||
          ec_json_get_string (object, "summary") == NULL ||
          ec_json_get_string (object, "source_date") == NULL)
        {
          law_free (law);
          return invalid (error, "%s has no category, summary or source date", state_id), NULL;
        }

      law->summary = g_strdup (ec_json_get_string (object, "summary"));
      law->statute = g_strdup (ec_json_get_string (object, "statute"));
      law->source_date = g_strdup (ec_json_get_string (object, "source_date"));
      law->verified = g_strcmp0 (ec_json_get_string (object, "certainty"), "verified") == 0;
      law->caveat = g_strdup (ec_json_get_string (object, "caveat"));
      g_hash_table_insert (self->by_state, g_strdup (state_id), law);
    }

  if (g_hash_table_size (self->by_state) != 51)
    return invalid (error, "%u states and DC, not 51", g_hash_table_size (self->by_state)), NULL;

  return g_steal_pointer (&self);
}

/**
 * ec_laws_get_default:
 *
 * The bundled table of state laws, loaded once.
 *
 * Returns: (transfer none): the laws
 */
EcLaws *
ec_laws_get_default (void)
{
  static gsize laws;

  if (g_once_init_enter (&laws))
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GBytes) bytes = g_resources_lookup_data (LAWS_RESOURCE, 0, &error);
      EcLaws *loaded = NULL;
      const char *data;
      gsize length;

      if (bytes != NULL)
        {
          data = g_bytes_get_data (bytes, &length);
          loaded = ec_laws_new_from_data (data, length, &error);
        }

      /* The table is compiled into the binary and checked by the tests. */
      if (loaded == NULL)
        g_error ("%s", error->message);

      g_once_init_leave (&laws, (gsize)loaded);
    }

  return (EcLaws *)laws;
}

/**
 * ec_laws_get_as_of:
 * @self: a #EcLaws
 *
 * Returns: (transfer none): when the table describes the laws as they were
 */
const char *
ec_laws_get_as_of (EcLaws *self)
{
  g_return_val_if_fail (EC_IS_LAWS (self), NULL);

  return self->as_of;
}

/**
 * ec_laws_lookup:
 * @self: a #EcLaws
 * @state_id: a state's postal code
 *
 * Returns: (transfer none) (nullable): the state's law
 */
const EcLaw *
ec_laws_lookup (EcLaws     *self,
                const char *state_id)
{
  g_return_val_if_fail (EC_IS_LAWS (self), NULL);
  g_return_val_if_fail (state_id != NULL, NULL);

  return g_hash_table_lookup (self->by_state, state_id);
}

/**
 * ec_laws_voids_faithless:
 * @self: a #EcLaws
 * @state_id: a state's postal code
 *
 * Returns: whether the state cancels a faithless vote and replaces the
 *   elector, so that the vote goes to the pledged candidate after all
 */
gboolean
ec_laws_voids_faithless (EcLaws     *self,
                         const char *state_id)
{
  const EcLaw *law;

  g_return_val_if_fail (EC_IS_LAWS (self), FALSE);
  g_return_val_if_fail (state_id != NULL, FALSE);

  law = ec_laws_lookup (self, state_id);

  return law != NULL && law->category == EC_LAW_VOTE_CANCELLED_REPLACED;
}

/**
 * ec_laws_count_voiding:
 * @self: a #EcLaws
 *
 * Returns: how many states (and DC) void faithless votes
 */
guint
ec_laws_count_voiding (EcLaws *self)
{
  GHashTableIter iter;
  gpointer value;
  guint count = 0;

  g_return_val_if_fail (EC_IS_LAWS (self), 0);

  g_hash_table_iter_init (&iter, self->by_state);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    count += ((EcLaw *)value)->category == EC_LAW_VOTE_CANCELLED_REPLACED;

  return count;
}
