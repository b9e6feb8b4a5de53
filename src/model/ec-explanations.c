/* ec-explanations.c
 *
 * Copyright 2026 The Electors authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ec-election.h"
#include "ec-explanations.h"
#include "ec-json-private.h"
#include "ec-laws.h"

#define EXPLANATIONS_RESOURCE "/io/github/electors/Electors/explanations.json"

#define invalid(error, format, ...) \
  ec_fail (error, EC_EXPLANATIONS_ERROR, EC_EXPLANATIONS_ERROR_INVALID_DATA, \
           "The explanations are damaged: " format, ##__VA_ARGS__)

/* What can happen in a scenario, each of which has a topic that explains it. */
static const char * const events[] = {
  "start",
  "winner",
  "contingent",
  "tie",
  "popular-vote-split",
  "district-method-toggled",
  "faithless-elector",
  "state-laws-applied",
  "election-changed",
  "petition",
  "blank-map",
  NULL
};

struct _EcExplanations
{
  GObject     parent_instance;

  GPtrArray  *topics;
  GHashTable *by_id;
  GHashTable *by_event;
  /* Election year → the topic shown when a student opens that election,
   * such as the tie of 1800 or the Electoral Commission of 1876. */
  GHashTable *by_year;
};

G_DEFINE_QUARK (ec-explanations-error-quark, ec_explanations_error)
G_DEFINE_FINAL_TYPE (EcExplanations, ec_explanations, G_TYPE_OBJECT)

static void
source_free (EcSource *source)
{
  g_free (source->title);
  g_free (source->detail);
  g_free (source->url);
  g_free (source);
}

static void
topic_free (EcTopic *topic)
{
  g_free (topic->id);
  g_free (topic->title);
  g_free (topic->short_text);
  g_strfreev (topic->more);
  g_clear_pointer (&topic->sources, g_ptr_array_unref);
  g_free (topic);
}

static void
ec_explanations_finalize (GObject *object)
{
  EcExplanations *self = (EcExplanations *)object;

  g_clear_pointer (&self->by_id, g_hash_table_unref);
  g_clear_pointer (&self->by_event, g_hash_table_unref);
  g_clear_pointer (&self->by_year, g_hash_table_unref);
  g_clear_pointer (&self->topics, g_ptr_array_unref);

  G_OBJECT_CLASS (ec_explanations_parent_class)->finalize (object);
}

static void
ec_explanations_class_init (EcExplanationsClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = ec_explanations_finalize;
}

static void
ec_explanations_init (EcExplanations *self)
{
  self->topics = g_ptr_array_new_with_free_func ((GDestroyNotify)topic_free);
  self->by_id = g_hash_table_new (g_str_hash, g_str_equal);
  self->by_event = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->by_year = g_hash_table_new (g_direct_hash, g_direct_equal);
}

/* The text is written in English in the JSON file and translated through the
 * same catalogue as the rest of the app. Counts and lists of states are not
 * written into the sentences: placeholders such as “{void}” are filled from
 * the table of state laws after translation (see ec_laws_expand()). */
static char *
translated (const char  *text,
            GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  char *expanded = ec_laws_expand (ec_laws_get_default (), g_dgettext (GETTEXT_PACKAGE, text), &local_error);

  if (expanded == NULL)
    invalid (error, "%s", local_error->message);

  return expanded;
}

static gboolean
has_text (const char *text)
{
  if (text == NULL)
    return FALSE;

  for (; *text != '\0'; text = g_utf8_next_char (text))
    {
      if (!g_unichar_isspace (g_utf8_get_char (text)))
        return TRUE;
    }

  return FALSE;
}

static EcTopic *
parse_topic (JsonNode  *node,
             guint      position,
             GError   **error)
{
  g_autoptr(GPtrArray) sources = g_ptr_array_new_with_free_func ((GDestroyNotify)source_free);
  g_autoptr(GStrvBuilder) more = g_strv_builder_new ();
  g_autofree char *title_text = NULL;
  g_autofree char *short_text_text = NULL;
  JsonObject *object;
  JsonArray *paragraphs;
  JsonArray *source_list;
  const char *id;
  const char *title;
  const char *short_text;
  EcTopic *topic;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    return invalid (error, "topic %u is not an object", position + 1), NULL;

  object = json_node_get_object (node);
  id = ec_json_get_string (object, "id");
  title = ec_json_get_string (object, "title");
  short_text = ec_json_get_string (object, "short");
  paragraphs = ec_json_get_array (object, "more");
  source_list = ec_json_get_array (object, "sources");

  if (id == NULL || *id == '\0')
    return invalid (error, "topic %u has no id", position + 1), NULL;
  if (!has_text (title) || !has_text (short_text))
    return invalid (error, "topic “%s” has no title or no short text", id), NULL;
  if (paragraphs == NULL || json_array_get_length (paragraphs) == 0)
    return invalid (error, "topic “%s” has nothing under “more”", id), NULL;
  if (source_list == NULL || json_array_get_length (source_list) == 0)
    return invalid (error, "topic “%s” cites no source", id), NULL;

  for (guint i = 0; i < json_array_get_length (paragraphs); i++)
    {
      JsonNode *p = json_array_get_element (paragraphs, i);
      g_autofree char *paragraph = NULL;

      if (!JSON_NODE_HOLDS_VALUE (p) || json_node_get_value_type (p) != G_TYPE_STRING ||
          !has_text (json_node_get_string (p)))
        return invalid (error, "topic “%s” has an empty paragraph", id), NULL;

      paragraph = translated (json_node_get_string (p), error);
      if (paragraph == NULL)
        return NULL;
      g_strv_builder_add (more, paragraph);
    }

  for (guint i = 0; i < json_array_get_length (source_list); i++)
    {
      JsonNode *s = json_array_get_element (source_list, i);
      JsonObject *o = JSON_NODE_HOLDS_OBJECT (s) ? json_node_get_object (s) : NULL;
      EcSource *source;

      if (o == NULL ||
          !has_text (ec_json_get_string (o, "title")) ||
          !has_text (ec_json_get_string (o, "detail")))
        return invalid (error, "a source of topic “%s” has no title or detail", id), NULL;

      /* A source is a public document that a student can open. */
      if (!g_str_has_prefix (ec_json_get_string (o, "url") ?: "", "https://"))
        return invalid (error, "a source of topic “%s” has no https link", id), NULL;

      source = g_new0 (EcSource, 1);
      g_ptr_array_add (sources, source);
      source->title = g_strdup (g_dgettext (GETTEXT_PACKAGE, ec_json_get_string (o, "title")));
      source->url = g_strdup (ec_json_get_string (o, "url"));
      if (!(source->detail = translated (ec_json_get_string (o, "detail"), error)))
        return NULL;
    }

  if (!(title_text = translated (title, error)) || !(short_text_text = translated (short_text, error)))
    return NULL;

  topic = g_new0 (EcTopic, 1);
  topic->id = g_strdup (id);
  topic->title = g_steal_pointer (&title_text);
  topic->short_text = g_steal_pointer (&short_text_text);
  topic->more = g_strv_builder_end (more);
  topic->sources = g_steal_pointer (&sources);

  return topic;
}

/**
 * ec_explanations_new_from_data:
 * @data: JSON in the format of `data/explanations.json`
 * @length: the length of @data
 * @error: return location for a #GError
 *
 * Reads and checks explanations: every topic has text and sources, every
 * trigger names a topic, and every event has a trigger.
 *
 * Returns: (transfer full) (nullable): the explanations, or %NULL with @error set
 */
EcExplanations *
ec_explanations_new_from_data (const char  *data,
                               gsize        length,
                               GError     **error)
{
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(EcExplanations) self = NULL;
  g_autoptr(GError) local_error = NULL;
  JsonObject *root;
  JsonArray *topics;
  JsonArray *triggers;
  gint64 format;

  g_return_val_if_fail (data != NULL, NULL);

  parser = ec_json_parse (data, length, &local_error);
  if (parser == NULL)
    return invalid (error, "%s", local_error->message), NULL;

  if (json_parser_get_root (parser) == NULL || !JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
    return invalid (error, "not an object"), NULL;

  root = json_node_get_object (json_parser_get_root (parser));
  if (!ec_json_get_count (root, "format", &format) || format != 1)
    return invalid (error, "unknown format"), NULL;

  topics = ec_json_get_array (root, "topics");
  triggers = ec_json_get_array (root, "triggers");
  if (topics == NULL || json_array_get_length (topics) == 0 || triggers == NULL)
    return invalid (error, "no topics or no triggers"), NULL;

  self = g_object_new (EC_TYPE_EXPLANATIONS, NULL);

  for (guint i = 0; i < json_array_get_length (topics); i++)
    {
      EcTopic *topic = parse_topic (json_array_get_element (topics, i), i, error);

      if (topic == NULL)
        return NULL;

      if (g_hash_table_contains (self->by_id, topic->id))
        {
          invalid (error, "topic “%s” appears twice", topic->id);
          topic_free (topic);
          return NULL;
        }

      g_ptr_array_add (self->topics, topic);
      g_hash_table_insert (self->by_id, topic->id, topic);
    }

  for (guint i = 0; i < json_array_get_length (triggers); i++)
    {
      JsonNode *node = json_array_get_element (triggers, i);
      const char *event;
      const char *topic_id;
      EcTopic *topic;

      if (!JSON_NODE_HOLDS_OBJECT (node))
        return invalid (error, "trigger %u is not an object", i + 1), NULL;

      event = ec_json_get_string (json_node_get_object (node), "event");
      topic_id = ec_json_get_string (json_node_get_object (node), "topic");

      if (event == NULL || !g_strv_contains (events, event))
        return invalid (error, "trigger %u has an unknown event", i + 1), NULL;
      if (topic_id == NULL || !(topic = g_hash_table_lookup (self->by_id, topic_id)))
        return invalid (error, "the trigger of “%s” names no known topic", event), NULL;

      /* A trigger with "years" is for the elections of those years only,
       * and leaves the event's general topic alone. */
      if (json_object_has_member (json_node_get_object (node), "years"))
        {
          JsonArray *years = ec_json_get_array (json_node_get_object (node), "years");

          if (!g_str_equal (event, "election-changed") || years == NULL || json_array_get_length (years) == 0)
            return invalid (error, "trigger %u has years, but is not a list of elections", i + 1), NULL;

          for (guint j = 0; j < json_array_get_length (years); j++)
            {
              JsonNode *year = json_array_get_element (years, j);

              if (!JSON_NODE_HOLDS_VALUE (year) || json_node_get_value_type (year) != G_TYPE_INT64 ||
                  !ec_election_has_year ((int)json_node_get_int (year)) ||
                  g_hash_table_contains (self->by_year, GINT_TO_POINTER ((int)json_node_get_int (year))))
                return invalid (error, "trigger %u names a year that has no election or has a topic already", i + 1), NULL;

              g_hash_table_insert (self->by_year, GINT_TO_POINTER ((int)json_node_get_int (year)), topic);
            }
          continue;
        }

      g_hash_table_insert (self->by_event, g_strdup (event), topic);
    }

  for (guint i = 0; events[i] != NULL; i++)
    {
      if (!g_hash_table_contains (self->by_event, events[i]))
        return invalid (error, "nothing explains the event “%s”", events[i]), NULL;
    }

  return g_steal_pointer (&self);
}

/**
 * ec_explanations_get_default:
 *
 * The bundled explanations, loaded once.
 *
 * Returns: (transfer none): the explanations
 */
EcExplanations *
ec_explanations_get_default (void)
{
  static gsize explanations;

  if (g_once_init_enter (&explanations))
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GBytes) bytes = g_resources_lookup_data (EXPLANATIONS_RESOURCE, 0, &error);
      EcExplanations *loaded = NULL;

      if (bytes != NULL)
        {
          gsize length;
          const char *data = g_bytes_get_data (bytes, &length);

          loaded = ec_explanations_new_from_data (data, length, &error);
        }

      /* Compiled into the binary and checked by the tests: never blank. */
      if (loaded == NULL)
        g_error ("%s", error->message);

      g_once_init_leave (&explanations, (gsize)loaded);
    }

  return (EcExplanations *)explanations;
}

/**
 * ec_explanations_get_n_topics:
 * @self: a #EcExplanations
 *
 * Returns: the number of topics
 */
guint
ec_explanations_get_n_topics (EcExplanations *self)
{
  g_return_val_if_fail (EC_IS_EXPLANATIONS (self), 0);

  return self->topics->len;
}

/**
 * ec_explanations_get_topic:
 * @self: a #EcExplanations
 * @position: an index below ec_explanations_get_n_topics()
 *
 * Returns: (transfer none): the topic
 */
const EcTopic *
ec_explanations_get_topic (EcExplanations *self,
                           guint           position)
{
  g_return_val_if_fail (EC_IS_EXPLANATIONS (self), NULL);
  g_return_val_if_fail (position < self->topics->len, NULL);

  return g_ptr_array_index (self->topics, position);
}

/**
 * ec_explanations_lookup:
 * @self: a #EcExplanations
 * @id: a topic id
 *
 * Returns: (transfer none) (nullable): the topic
 */
const EcTopic *
ec_explanations_lookup (EcExplanations *self,
                        const char     *id)
{
  g_return_val_if_fail (EC_IS_EXPLANATIONS (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  return g_hash_table_lookup (self->by_id, id);
}

/**
 * ec_explanations_for_event:
 * @self: a #EcExplanations
 * @event: one of ec_explanations_get_events()
 *
 * Returns: (transfer none) (nullable): the topic that explains @event
 */
const EcTopic *
ec_explanations_for_event (EcExplanations *self,
                           const char     *event)
{
  g_return_val_if_fail (EC_IS_EXPLANATIONS (self), NULL);
  g_return_val_if_fail (event != NULL, NULL);

  return g_hash_table_lookup (self->by_event, event);
}

/**
 * ec_explanations_for_election:
 * @self: a #EcExplanations
 * @year: an election year
 *
 * The topic of an election that has one of its own: what a student should
 * read on opening it, such as the two votes per elector of 1789–1800.
 *
 * Returns: (transfer none) (nullable): the topic, or %NULL if the year has
 *   none
 */
const EcTopic *
ec_explanations_for_election (EcExplanations *self,
                              int             year)
{
  g_return_val_if_fail (EC_IS_EXPLANATIONS (self), NULL);

  return g_hash_table_lookup (self->by_year, GINT_TO_POINTER (year));
}

/**
 * ec_explanations_get_events:
 *
 * Returns: (transfer none) (array zero-terminated=1): the events that have
 *   explanations
 */
const char * const *
ec_explanations_get_events (void)
{
  return events;
}
