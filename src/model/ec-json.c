/* ec-json.c
 *
 * Copyright 2026 The Electors authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ec-json-private.h"

static JsonNode *
get_member (JsonObject *object,
            const char *member)
{
  g_assert (object != NULL);
  g_assert (member != NULL);

  return json_object_get_member (object, member);
}

const char *
ec_json_get_string (JsonObject *object,
                    const char *member)
{
  JsonNode *node = get_member (object, member);

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) ||
      json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;

  return json_node_get_string (node);
}

JsonObject *
ec_json_get_object (JsonObject *object,
                    const char *member)
{
  JsonNode *node = get_member (object, member);

  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    return NULL;

  return json_node_get_object (node);
}

JsonArray *
ec_json_get_array (JsonObject *object,
                   const char *member)
{
  JsonNode *node = get_member (object, member);

  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
    return NULL;

  return json_node_get_array (node);
}

gboolean
ec_json_node_get_count (JsonNode *node,
                        gint64   *count)
{
  gint64 value;

  g_assert (count != NULL);

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) ||
      json_node_get_value_type (node) != G_TYPE_INT64)
    return FALSE;

  value = json_node_get_int (node);
  if (value < 0)
    return FALSE;

  *count = value;

  return TRUE;
}

gboolean
ec_json_get_count (JsonObject *object,
                   const char *member,
                   gint64     *count)
{
  return ec_json_node_get_count (get_member (object, member), count);
}

gboolean
ec_json_get_boolean (JsonObject *object,
                     const char *member,
                     gboolean    default_value)
{
  JsonNode *node = get_member (object, member);

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) ||
      json_node_get_value_type (node) != G_TYPE_BOOLEAN)
    return default_value;

  return json_node_get_boolean (node);
}

gboolean
ec_json_member_is_null (JsonObject *object,
                        const char *member)
{
  JsonNode *node = get_member (object, member);

  return node != NULL && JSON_NODE_HOLDS_NULL (node);
}

gboolean
ec_fail (GError     **error,
         GQuark       domain,
         int          code,
         const char  *format,
         ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  g_set_error_literal (error, domain, code, message);

  return FALSE;
}
