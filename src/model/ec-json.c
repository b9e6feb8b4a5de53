/* ec-json.c
 *
 * Copyright 2026 The Electors authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

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

G_DEFINE_QUARK (ec-json-error-quark, ec_json_error)

/* What the check needs to know of each open array or object. */
typedef struct {
  gboolean    is_object;
  GHashTable *keys;     /* (nullable): the keys seen so far, for objects */
} Level;

typedef struct {
  const char *data;
  gsize       length;
  gsize       pos;
  guint       line;
  GArray     *levels;
} Checker;

static void
level_clear (Level *level)
{
  g_clear_pointer (&level->keys, g_hash_table_unref);
}

static int
hex_value (char c)
{
  if (c >= '0' && c <= '9')
    return c - '0';
  if (c >= 'a' && c <= 'f')
    return c - 'a' + 10;
  if (c >= 'A' && c <= 'F')
    return c - 'A' + 10;
  return -1;
}

/* Reads the four hex digits of a \u escape at @pos, or returns -1. */
static int
read_code_unit (Checker *c,
                gsize    pos)
{
  int value = 0;

  if (pos + 4 > c->length)
    return -1;

  for (guint i = 0; i < 4; i++)
    {
      int digit = hex_value (c->data[pos + i]);

      if (digit < 0)
        return -1;
      value = value * 16 + digit;
    }

  return value;
}

/* Reads the string that starts at the quote at c->pos, and leaves c->pos
 * after its closing quote. If @text is given, it receives the decoded
 * string. Returns FALSE with @error set for what JSON allows but no text of
 * ours may hold; the syntax itself is json-glib's to judge, so a string
 * that does not end simply ends the check. */
static gboolean
read_string (Checker  *c,
             GString  *text,
             gboolean *ended,
             GError  **error)
{
  c->pos++;

  while (c->pos < c->length)
    {
      char ch = c->data[c->pos];

      if (ch == '"')
        {
          c->pos++;
          *ended = FALSE;
          return TRUE;
        }

      if (ch == '\\' && c->pos + 1 < c->length)
        {
          char escape = c->data[c->pos + 1];

          if (escape == 'u')
            {
              int unit = read_code_unit (c, c->pos + 2);
              gunichar character;

              /* json-glib reads a short escape and makes text that is not
               * UTF-8 of it. */
              if (unit < 0)
                return ec_fail (error, EC_JSON_ERROR, EC_JSON_ERROR_BAD_ESCAPE,
                                _("line %u: a text has a \\u escape without its four hex digits"), c->line);

              if (unit == 0)
                return ec_fail (error, EC_JSON_ERROR, EC_JSON_ERROR_NUL,
                                _("line %u: a text holds a null character (\\u0000)"), c->line);

              if (unit >= 0xDC00 && unit <= 0xDFFF)
                return ec_fail (error, EC_JSON_ERROR, EC_JSON_ERROR_BAD_ESCAPE,
                                _("line %u: a text holds half of a character (a lone \\u%04X)"),
                                c->line, (guint) unit);

              character = unit;
              c->pos += 6;

              if (unit >= 0xD800 && unit <= 0xDBFF)
                {
                  int low = -1;

                  if (c->pos + 1 < c->length && c->data[c->pos] == '\\' && c->data[c->pos + 1] == 'u')
                    low = read_code_unit (c, c->pos + 2);

                  if (low < 0xDC00 || low > 0xDFFF)
                    return ec_fail (error, EC_JSON_ERROR, EC_JSON_ERROR_BAD_ESCAPE,
                                    _("line %u: a text holds half of a character (a lone \\u%04X)"),
                                    c->line, (guint) unit);

                  character = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00);
                  c->pos += 6;
                }

              if (text != NULL)
                g_string_append_unichar (text, character);
              continue;
            }

          if (strchr ("\"\\/bfnrt", escape) == NULL || escape == '\0')
            return ec_fail (error, EC_JSON_ERROR, EC_JSON_ERROR_BAD_ESCAPE,
                            _("line %u: a text has a backslash that JSON does not allow"), c->line);

          if (text != NULL)
            {
              switch (escape)
                {
                case 'b': g_string_append_c (text, '\b'); break;
                case 'f': g_string_append_c (text, '\f'); break;
                case 'n': g_string_append_c (text, '\n'); break;
                case 'r': g_string_append_c (text, '\r'); break;
                case 't': g_string_append_c (text, '\t'); break;
                default: g_string_append_c (text, escape); break;
                }
            }
          c->pos += 2;
          continue;
        }

      if (ch == '\n')
        c->line++;
      if (text != NULL)
        g_string_append_c (text, ch);
      c->pos++;
    }

  *ended = TRUE;
  return TRUE;
}

/* Walks the text once, without building anything, for what json-glib
 * accepts and our files must not hold: nesting deeper than
 * EC_JSON_MAX_DEPTH (json-glib recurses, so a deep file overflows its
 * stack), a key given twice in one object (json-glib keeps the last one
 * silently), a null character, and a lone UTF-16 surrogate (json-glib turns
 * it into text that is not UTF-8, which we would then write out). */
static gboolean
check_text (Checker  *c,
            GError  **error)
{
  gboolean expect_key = FALSE;

  while (c->pos < c->length)
    {
      char ch = c->data[c->pos];
      Level *top = c->levels->len > 0 ? &g_array_index (c->levels, Level, c->levels->len - 1) : NULL;

      switch (ch)
        {
        case '\n':
          c->line++;
          c->pos++;
          break;

        case '{':
        case '[':
          {
            Level level = { ch == '{', NULL };

            if (c->levels->len >= EC_JSON_MAX_DEPTH)
              return ec_fail (error, EC_JSON_ERROR, EC_JSON_ERROR_TOO_DEEP,
                              _("line %u: the file nests more than %u levels deep"),
                              c->line, (guint) EC_JSON_MAX_DEPTH);

            if (level.is_object)
              level.keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
            g_array_append_val (c->levels, level);
            expect_key = level.is_object;
            c->pos++;
          }
          break;

        case '}':
        case ']':
          if (top == NULL)
            return TRUE;
          g_array_set_size (c->levels, c->levels->len - 1);
          expect_key = FALSE;
          c->pos++;
          break;

        case ',':
          expect_key = top != NULL && top->is_object;
          c->pos++;
          break;

        case '"':
          {
            g_autoptr(GString) key = NULL;
            gboolean ended;

            if (expect_key && top != NULL && top->is_object)
              key = g_string_new (NULL);

            if (!read_string (c, key, &ended, error))
              return FALSE;
            if (ended)
              return TRUE;

            if (key != NULL)
              {
                if (g_hash_table_contains (top->keys, key->str))
                  {
                    g_autofree char *shown = g_utf8_make_valid (key->str, key->len);

                    return ec_fail (error, EC_JSON_ERROR, EC_JSON_ERROR_DUPLICATE_KEY,
                                    _("line %u: “%s” is given twice in one place"), c->line, shown);
                  }
                g_hash_table_add (top->keys, g_string_free (g_steal_pointer (&key), FALSE));
              }
            expect_key = FALSE;
          }
          break;

        default:
          c->pos++;
          break;
        }
    }

  return TRUE;
}

/**
 * ec_json_parse:
 * @data: the text of a file
 * @length: its length in bytes
 * @error: return location for a #GError
 *
 * Parses JSON as every loader of ours must: in bounded time and stack,
 * refusing nesting deeper than %EC_JSON_MAX_DEPTH, keys given twice, null
 * characters and lone surrogates, which json-glib would accept. Every
 * message is valid UTF-8, whatever the file held, and names the line.
 *
 * Returns: (transfer full) (nullable): a parser holding the document, or
 *   %NULL with @error set in %EC_JSON_ERROR
 */
JsonParser *
ec_json_parse (const char  *data,
               gsize        length,
               GError     **error)
{
  g_autoptr(GArray) levels = g_array_new (FALSE, TRUE, sizeof (Level));
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GError) local_error = NULL;
  Checker checker = { data, length, 0, 1, levels };

  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  g_array_set_clear_func (levels, (GDestroyNotify) level_clear);

  if (!check_text (&checker, error))
    return NULL;

  parser = json_parser_new_immutable ();
  if (!json_parser_load_from_data (parser, data, length, &local_error))
    {
      /* json-glib quotes the file in its messages, bytes and all. */
      g_autofree char *message = g_utf8_make_valid (local_error->message, -1);

      g_set_error_literal (error, EC_JSON_ERROR, EC_JSON_ERROR_SYNTAX, message);
      return NULL;
    }

  return g_steal_pointer (&parser);
}

/**
 * ec_json_parse_document:
 * @data: the text of a file
 * @length: its length in bytes
 * @format: the `format` member every document of this kind has
 * @max_version: the newest `version` this build reads
 * @parser: (out) (transfer full) (optional): the parser holding the
 *   document, set whenever it parsed
 * @version: (out) (optional): the document's version, when it has one
 * @parse_error: return location for ec_json_parse()'s error, set only
 *   with %EC_JSON_DOCUMENT_NOT_JSON
 *
 * The checks every file of ours begins with, in order: strict JSON (see
 * ec_json_parse()), an object whose `format` is @format, and a positive
 * `version` no newer than @max_version.
 *
 * Returns: the first check that failed, or %EC_JSON_DOCUMENT_OK
 */
EcJsonDocument
ec_json_parse_document (const char  *data,
                        gsize        length,
                        const char  *format,
                        gint64       max_version,
                        JsonParser **parser,
                        gint64      *version,
                        GError     **parse_error)
{
  g_autoptr(JsonParser) local_parser = NULL;
  JsonNode *root_node;
  JsonObject *root;
  gint64 local_version;

  g_return_val_if_fail (format != NULL, EC_JSON_DOCUMENT_NOT_JSON);
  g_return_val_if_fail (parse_error == NULL || *parse_error == NULL, EC_JSON_DOCUMENT_NOT_JSON);

  if (!(local_parser = ec_json_parse (data, length, parse_error)))
    return EC_JSON_DOCUMENT_NOT_JSON;

  if (parser != NULL)
    *parser = g_object_ref (local_parser);

  root_node = json_parser_get_root (local_parser);
  if (root_node == NULL || !JSON_NODE_HOLDS_OBJECT (root_node) ||
      g_strcmp0 (ec_json_get_string (json_node_get_object (root_node), "format"), format) != 0)
    return EC_JSON_DOCUMENT_WRONG_FORMAT;

  root = json_node_get_object (root_node);
  if (!ec_json_get_count (root, "version", &local_version) || local_version < 1)
    return EC_JSON_DOCUMENT_NO_VERSION;

  if (version != NULL)
    *version = local_version;

  if (local_version > max_version)
    return EC_JSON_DOCUMENT_NEWER_VERSION;

  return EC_JSON_DOCUMENT_OK;
}
