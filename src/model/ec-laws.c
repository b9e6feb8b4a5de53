/* ec-laws.c
 *
 * Copyright 2026 The Electors authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

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
  g_free (law->name);
  g_free (law->summary);
  g_free (law->earlier);
  g_strfreev (law->sources);
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

static gboolean
parse_sources (EcLaw     *law,
               JsonArray *array)
{
  g_autoptr(GStrvBuilder) sources = g_strv_builder_new ();

  if (array == NULL || json_array_get_length (array) == 0)
    return FALSE;

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *element = json_array_get_element (array, i);
      const char *url;

      if (!JSON_NODE_HOLDS_VALUE (element) || json_node_get_value_type (element) != G_TYPE_STRING)
        return FALSE;

      url = json_node_get_string (element);
      if (!g_str_has_prefix (url, "https://") && !g_str_has_prefix (url, "http://"))
        return FALSE;

      g_strv_builder_add (sources, url);
    }

  law->sources = g_strv_builder_end (sources);

  return TRUE;
}

/* The summaries are written once for many states: "{state}" stands for the
 * state's name and "{since}" for the year its rule began. They are translated
 * first, so that translators see one sentence, not one per state. */
static char *
fill_state (const EcLaw *law,
            const char  *text)
{
  g_autoptr(GString) filled = g_string_new (g_dgettext (GETTEXT_PACKAGE, text));
  g_autofree char *since = g_strdup_printf ("%u", law->since);

  g_string_replace (filled, "{state}", law->name, 0);
  if (law->since > 0)
    g_string_replace (filled, "{since}", since, 0);

  if (strchr (filled->str, '{') != NULL)
    return NULL;

  return g_string_free (g_steal_pointer (&filled), FALSE);
}

static gboolean
parse_law (EcLaw      *law,
           JsonObject *object)
{
  const char *summary = ec_json_get_string (object, "summary");
  const char *earlier = ec_json_get_string (object, "earlier");
  const char *caveat = ec_json_get_string (object, "caveat");
  gint64 since = 0;

  if (!parse_category (ec_json_get_string (object, "category"), &law->category) ||
      ec_json_get_string (object, "name") == NULL ||
      summary == NULL ||
      ec_json_get_string (object, "source_date") == NULL ||
      !parse_sources (law, ec_json_get_array (object, "sources")))
    return FALSE;

  if (json_object_has_member (object, "since") && !ec_json_member_is_null (object, "since") &&
      (!ec_json_get_count (object, "since", &since) || since < 1788 || since > 9999))
    return FALSE;

  law->name = g_strdup (ec_json_get_string (object, "name"));
  law->since = since;
  law->ufpea = ec_json_get_boolean (object, "ufpea", FALSE);
  law->statute = g_strdup (ec_json_get_string (object, "statute"));
  law->source_date = g_strdup (ec_json_get_string (object, "source_date"));
  law->verified = g_strcmp0 (ec_json_get_string (object, "certainty"), "verified") == 0;
  law->caveat = caveat != NULL ? g_strdup (g_dgettext (GETTEXT_PACKAGE, caveat)) : NULL;

  /* An entry that is not fully checked says what is uncertain. */
  if (!law->verified && law->caveat == NULL)
    return FALSE;

  if (!(law->summary = fill_state (law, summary)))
    return FALSE;
  if (earlier != NULL && !(law->earlier = fill_state (law, earlier)))
    return FALSE;

  return TRUE;
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
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autoptr(EcLaws) self = NULL;
  JsonObjectIter iter;
  JsonObject *root;
  JsonObject *states;
  const char *state_id;
  JsonNode *node;

  g_return_val_if_fail (data != NULL, NULL);

  parser = ec_json_parse (data, length, &local_error);
  if (parser == NULL)
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
      g_hash_table_insert (self->by_state, g_strdup (state_id), law);
      if (!parse_law (law, object))
        return invalid (error, "%s has no name, category, summary, sources or source date, "
                        "its summary names an unknown placeholder, or it is not fully checked "
                        "and has no caveat", state_id), NULL;
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
 * ec_laws_voids_faithless_in:
 * @self: a #EcLaws
 * @state_id: a state's postal code
 * @year: the election's year, or 0 for the laws of today
 * @unknown: (out) (optional): set to whether the data does not say when
 *   the state's voiding law began, so that it cannot tell for @year
 *
 * Laws have dates: a state's law applies from its year on. Before it the
 * state had another rule, and every earlier rule in the table counted the
 * vote (Washington fined its four faithless electors of 2016, and counted
 * them). Where the table knows the law but not its year, this says so
 * through @unknown rather than guess, and counts the vote.
 *
 * Returns: whether the state's law in force in @year cancels a faithless
 *   vote and replaces the elector
 */
gboolean
ec_laws_voids_faithless_in (EcLaws     *self,
                            const char *state_id,
                            int         year,
                            gboolean   *unknown)
{
  const EcLaw *law;

  g_return_val_if_fail (EC_IS_LAWS (self), FALSE);
  g_return_val_if_fail (state_id != NULL, FALSE);

  if (unknown != NULL)
    *unknown = FALSE;

  if (!ec_laws_voids_faithless (self, state_id))
    return FALSE;
  if (year == 0)
    return TRUE;

  law = ec_laws_lookup (self, state_id);
  if (law->since == 0)
    {
      if (unknown != NULL)
        *unknown = TRUE;
      return FALSE;
    }

  return (int) law->since <= year;
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

/* Which laws a placeholder of the explanations counts or lists. */
typedef enum {
  SELECT_NONE,
  SELECT_PLEDGE,
  SELECT_PENALTY,
  SELECT_VOID,
  SELECT_BOUND,
  SELECT_UFPEA,
  SELECT_VOID_OTHER,
} Selection;

static gboolean
parse_selection (const char *name,
                 Selection  *selection)
{
  static const struct { const char *name; Selection value; } names[] = {
    { "none", SELECT_NONE },
    { "pledge", SELECT_PLEDGE },
    { "penalty", SELECT_PENALTY },
    { "void", SELECT_VOID },
    { "bound", SELECT_BOUND },
    { "ufpea", SELECT_UFPEA },
    { "void-other", SELECT_VOID_OTHER },
  };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      if (g_str_equal (name, names[i].name))
        {
          *selection = names[i].value;
          return TRUE;
        }
    }

  return FALSE;
}

static gboolean
selected (const EcLaw *law,
          Selection    selection)
{
  switch (selection)
    {
    case SELECT_NONE:
      return law->category == EC_LAW_NONE;
    case SELECT_PLEDGE:
      return law->category == EC_LAW_PLEDGE_NO_PENALTY;
    case SELECT_PENALTY:
      return law->category == EC_LAW_PENALTY_VOTE_COUNTS;
    case SELECT_VOID:
      return law->category == EC_LAW_VOTE_CANCELLED_REPLACED;
    case SELECT_BOUND:
      return law->category != EC_LAW_NONE;
    case SELECT_UFPEA:
      return law->ufpea;
    case SELECT_VOID_OTHER:
      return law->category == EC_LAW_VOTE_CANCELLED_REPLACED && !law->ufpea;
    default:
      g_assert_not_reached ();
    }
}

static int
compare_by_name (gconstpointer a,
                 gconstpointer b)
{
  const EcLaw *x = *(const EcLaw * const *)a;
  const EcLaw *y = *(const EcLaw * const *)b;

  return g_utf8_collate (x->name, y->name);
}

static int
compare_by_since (gconstpointer a,
                  gconstpointer b)
{
  const EcLaw *x = *(const EcLaw * const *)a;
  const EcLaw *y = *(const EcLaw * const *)b;

  if (x->since != y->since)
    return x->since < y->since ? -1 : 1;

  return compare_by_name (a, b);
}

static GPtrArray *
select_laws (EcLaws    *self,
             Selection  selection)
{
  GPtrArray *laws = g_ptr_array_new ();
  GHashTableIter iter;
  gpointer value;

  g_hash_table_iter_init (&iter, self->by_state);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      if (selected (value, selection))
        g_ptr_array_add (laws, value);
    }
  g_ptr_array_sort (laws, compare_by_name);

  return laws;
}

/* "Arizona, Colorado and Utah", with the words between the names translated. */
static char *
join_names (GPtrArray *names)
{
  g_autoptr(GString) head = g_string_new (NULL);

  if (names->len == 0)
    return g_strdup ("");
  if (names->len == 1)
    return g_strdup (g_ptr_array_index (names, 0));

  for (guint i = 0; i + 1 < names->len; i++)
    {
      if (i > 0)
        /* Translators: between the names of a list, before the last “and” */
        g_string_append (head, _(", "));
      g_string_append (head, g_ptr_array_index (names, i));
    }

  /* Translators: the last two items of a list, such as “Arizona, Colorado and Utah” */
  return g_strdup_printf (_("%s and %s"), head->str, (char *)g_ptr_array_index (names, names->len - 1));
}

static char *
count_phrase (EcLaws    *self,
              GPtrArray *laws)
{
  const EcLaw *district = ec_laws_lookup (self, "DC");

  gboolean with_dc = FALSE;
  guint states = 0;

  for (guint i = 0; i < laws->len; i++)
    {
      const EcLaw *law = g_ptr_array_index (laws, i);

      if (law == district)
        with_dc = TRUE;
      else
        states++;
    }

  if (with_dc)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u state and DC", "%u states and DC", states), states);

  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u state", "%u states", states), states);
}

static char *
expand_one (EcLaws      *self,
            const char  *key,
            GError     **error)
{
  g_autoptr(GPtrArray) laws = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *base = NULL;
  Selection selection;
  const char *colon;

  if (g_str_equal (key, "verified"))
    {
      GHashTableIter iter;
      gpointer value;
      guint verified = 0;
      guint total = g_hash_table_size (self->by_state);

      g_hash_table_iter_init (&iter, self->by_state);
      while (g_hash_table_iter_next (&iter, NULL, &value))
        verified += ((EcLaw *)value)->verified;

      /* Translators: how many entries of the table of state laws were checked, “17 of its 51 entries” */
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of its %u entry", "%u of its %u entries", total),
                              verified, total);
    }

  /* "ufpea-after:2016": the states that adopted the uniform act after 2016,
   * each with the year its rule began, in the order they did. */
  if ((colon = strchr (key, ':')) != NULL && strncmp (key, "ufpea-after", colon - key) == 0 &&
      colon - key == strlen ("ufpea-after"))
    {
      char *end = NULL;
      guint64 year = g_ascii_strtoull (colon + 1, &end, 10);

      if (end == colon + 1 || *end != '\0')
        return ec_fail (error, EC_LAWS_ERROR, EC_LAWS_ERROR_INVALID_DATA,
                        "The placeholder “{%s}” needs a year", key), NULL;

      laws = select_laws (self, SELECT_UFPEA);
      g_ptr_array_sort (laws, compare_by_since);
      for (guint i = 0; i < laws->len; i++)
        {
          const EcLaw *law = g_ptr_array_index (laws, i);

          if (law->since > year)
            /* Translators: a state and the year its law took effect, “Washington (2019)” */
            g_ptr_array_add (names, g_strdup_printf (_("%s (%u)"), law->name, law->since));
        }

      return join_names (names);
    }

  base = g_str_has_suffix (key, "-list") ? g_strndup (key, strlen (key) - strlen ("-list")) : g_strdup (key);
  if (!parse_selection (base, &selection))
    return ec_fail (error, EC_LAWS_ERROR, EC_LAWS_ERROR_INVALID_DATA,
                    "The placeholder “{%s}” is not known", key), NULL;

  laws = select_laws (self, selection);
  if (!g_str_has_suffix (key, "-list"))
    return count_phrase (self, laws);

  for (guint i = 0; i < laws->len; i++)
    g_ptr_array_add (names, g_strdup (((EcLaw *)g_ptr_array_index (laws, i))->name));

  return join_names (names);
}

/**
 * ec_laws_expand:
 * @self: a #EcLaws
 * @text: a text with placeholders in braces
 * @error: return location for a #GError
 *
 * Fills the placeholders of an explanation from the table, so that no count
 * or list of states is written into a sentence. A placeholder is one of
 * `none`, `pledge`, `penalty`, `void`, `bound` (every state with a law),
 * `ufpea` and `void-other` (voiding without the uniform act): a count such as
 * “16 states” or “16 states and DC”; the same with `-list`: the states’ names;
 * `verified`: “17 of its 51 entries”; `ufpea-after:YEAR`: the states that
 * adopted the Uniform Faithful Presidential Electors Act after YEAR, each with
 * its year.
 *
 * Returns: (transfer full) (nullable): the text, or %NULL with @error set if
 *   a placeholder is unknown or a brace is left open
 */
char *
ec_laws_expand (EcLaws      *self,
                const char  *text,
                GError     **error)
{
  g_autoptr(GString) expanded = g_string_new (NULL);
  const char *p = text;
  const char *open;

  g_return_val_if_fail (EC_IS_LAWS (self), NULL);
  g_return_val_if_fail (text != NULL, NULL);

  while ((open = strchr (p, '{')) != NULL)
    {
      const char *close = strchr (open, '}');
      g_autofree char *key = NULL;
      g_autofree char *value = NULL;

      if (close == NULL)
        return ec_fail (error, EC_LAWS_ERROR, EC_LAWS_ERROR_INVALID_DATA,
                        "A placeholder is not closed in “%s”", text), NULL;

      g_string_append_len (expanded, p, open - p);
      key = g_strndup (open + 1, close - open - 1);
      if (!(value = expand_one (self, key, error)))
        return NULL;
      g_string_append (expanded, value);
      p = close + 1;
    }

  if (strchr (p, '}') != NULL)
    return ec_fail (error, EC_LAWS_ERROR, EC_LAWS_ERROR_INVALID_DATA,
                    "A placeholder is not opened in “%s”", text), NULL;
  g_string_append (expanded, p);

  return g_string_free (g_steal_pointer (&expanded), FALSE);
}
