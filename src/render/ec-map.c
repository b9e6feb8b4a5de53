/* ec-map.c
 *
 * Copyright 2026 The Electors authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <json-glib/json-glib.h>

#include "ec-json-private.h"
#include "ec-map.h"

#define MAP_RESOURCE "/io/github/electors/Electors/map/us-map.json"

#define invalid(error, format, ...) \
  ec_fail (error, EC_MAP_ERROR, EC_MAP_ERROR_INVALID_DATA, "The map data is damaged: " format, ##__VA_ARGS__)

/* The geometry of data/map/us-map.json, generated with the SVG by
 * tools/map/make-map.mjs. Coordinates are SVG user units. */
struct _EcMapUnit
{
  char    *id;
  char    *state_id;
  gboolean district;
  double   label_x;
  double   label_y;
  double   room_width;
  double   room_height;
  EcRect   bbox;
  EcRect   box;
  gboolean has_box;
  double   leader[4];
  gboolean has_leader;
  /* The frame of an inset (Alaska, Hawaii), drawn apart from the rest. */
  EcRect   inset;
  gboolean has_inset;
  /* The shape's rings: n_rings runs of points, ring_ends[i] being the index
   * just past ring i in points (x, y pairs). Districts have no shape. */
  guint    n_rings;
  guint   *ring_ends;
  double  *points;
};

struct _EcMap
{
  GObject     parent_instance;

  EcRect      view_box;
  GPtrArray  *units;
  GHashTable *by_id;
};

G_DEFINE_QUARK (ec-map-error-quark, ec_map_error)
G_DEFINE_FINAL_TYPE (EcMap, ec_map, G_TYPE_OBJECT)

static void
map_unit_free (EcMapUnit *unit)
{
  g_free (unit->id);
  g_free (unit->state_id);
  g_free (unit->ring_ends);
  g_free (unit->points);
  g_free (unit);
}

static void
ec_map_finalize (GObject *object)
{
  EcMap *self = (EcMap *)object;

  g_clear_pointer (&self->by_id, g_hash_table_unref);
  g_clear_pointer (&self->units, g_ptr_array_unref);

  G_OBJECT_CLASS (ec_map_parent_class)->finalize (object);
}

static void
ec_map_class_init (EcMapClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = ec_map_finalize;
}

static void
ec_map_init (EcMap *self)
{
  self->units = g_ptr_array_new_with_free_func ((GDestroyNotify)map_unit_free);
  self->by_id = g_hash_table_new (g_str_hash, g_str_equal);
}

static gboolean
get_numbers (JsonObject *object,
             const char *member,
             double     *values,
             guint       n_values)
{
  JsonArray *array = ec_json_get_array (object, member);

  if (array == NULL || json_array_get_length (array) != n_values)
    return FALSE;

  for (guint i = 0; i < n_values; i++)
    {
      JsonNode *node = json_array_get_element (array, i);
      GType type;

      if (!JSON_NODE_HOLDS_VALUE (node))
        return FALSE;

      type = json_node_get_value_type (node);
      if (type != G_TYPE_DOUBLE && type != G_TYPE_INT64)
        return FALSE;

      values[i] = json_node_get_double (node);
    }

  return TRUE;
}

static gboolean
get_rect (JsonObject *object,
          const char *member,
          EcRect     *rect)
{
  double v[4];

  if (!get_numbers (object, member, v, 4) || v[2] < 0 || v[3] < 0)
    return FALSE;

  *rect = (EcRect) { v[0], v[1], v[2], v[3] };

  return TRUE;
}

static gboolean
parse_rings (EcMapUnit  *unit,
             JsonArray  *rings,
             GError    **error)
{
  g_autoptr(GArray) points = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) ends = g_array_new (FALSE, FALSE, sizeof (guint));

  for (guint i = 0; i < json_array_get_length (rings); i++)
    {
      JsonNode *ring_node = json_array_get_element (rings, i);
      JsonArray *ring;
      guint n;

      if (!JSON_NODE_HOLDS_ARRAY (ring_node))
        return invalid (error, "%s: a ring is not a list", unit->id);

      ring = json_node_get_array (ring_node);
      if (json_array_get_length (ring) < 3)
        return invalid (error, "%s: a ring has fewer than three points", unit->id);

      for (guint j = 0; j < json_array_get_length (ring); j++)
        {
          JsonNode *point = json_array_get_element (ring, j);
          JsonArray *xy;

          if (!JSON_NODE_HOLDS_ARRAY (point) || json_array_get_length (xy = json_node_get_array (point)) != 2)
            return invalid (error, "%s: a point is not a pair of numbers", unit->id);

          for (guint k = 0; k < 2; k++)
            {
              double v = json_array_get_double_element (xy, k);
              g_array_append_val (points, v);
            }
        }

      n = points->len / 2;
      g_array_append_val (ends, n);
    }

  unit->n_rings = ends->len;
  unit->ring_ends = (guint *)(void *)g_array_free (g_steal_pointer (&ends), FALSE);
  unit->points = (double *)(void *)g_array_free (g_steal_pointer (&points), FALSE);

  return TRUE;
}

static EcMapUnit *
parse_unit (JsonNode  *node,
            GError   **error)
{
  g_autoptr(GError) local_error = NULL;
  EcMapUnit *unit;
  JsonObject *object;
  JsonArray *rings;
  const char *id;
  const char *kind;
  double label[2];
  double room[2];

  if (!JSON_NODE_HOLDS_OBJECT (node))
    return invalid (error, "a unit is not an object"), NULL;

  object = json_node_get_object (node);
  id = ec_json_get_string (object, "id");
  kind = ec_json_get_string (object, "kind");
  if (id == NULL || kind == NULL)
    return invalid (error, "a unit has no id or kind"), NULL;

  unit = g_new0 (EcMapUnit, 1);
  unit->id = g_strdup (id);
  unit->district = g_str_equal (kind, "district");
  unit->state_id = g_strdup (unit->district ? ec_json_get_string (object, "state") : id);

  if (unit->state_id == NULL ||
      !get_numbers (object, "label", label, 2) ||
      !get_numbers (object, "label_room", room, 2) ||
      !get_rect (object, "bbox", &unit->bbox))
    {
      invalid (error, "%s: the state, label or bounding box is missing", id);
      map_unit_free (unit);
      return NULL;
    }

  unit->label_x = label[0];
  unit->label_y = label[1];
  unit->room_width = room[0];
  unit->room_height = room[1];
  unit->has_box = get_rect (object, "box_rect", &unit->box);
  unit->has_leader = get_numbers (object, "leader", unit->leader, 4);
  unit->has_inset = get_rect (object, "inset", &unit->inset);
  if (!unit->has_inset && json_object_has_member (object, "inset") && !json_object_get_null_member (object, "inset"))
    {
      invalid (error, "%s: the inset frame is not a rectangle", id);
      map_unit_free (unit);
      return NULL;
    }

  /* A district is its box; its rings only repeat the box. */
  rings = ec_json_get_array (object, "rings");
  if (!unit->district)
    {
      if (rings == NULL || json_array_get_length (rings) == 0)
        {
          invalid (error, "%s has no shape", id);
          map_unit_free (unit);
          return NULL;
        }

      if (!parse_rings (unit, rings, error))
        {
          map_unit_free (unit);
          return NULL;
        }
    }
  else if (!unit->has_box)
    {
      invalid (error, "district %s has no box", id);
      map_unit_free (unit);
      return NULL;
    }

  return unit;
}

/**
 * ec_map_new_from_data:
 * @data: map geometry JSON (the format of `data/map/us-map.json`)
 * @length: the length of @data
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (nullable): the map, or %NULL with @error set
 */
EcMap *
ec_map_new_from_data (const char  *data,
                      gsize        length,
                      GError     **error)
{
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(EcMap) self = NULL;
  g_autoptr(GError) local_error = NULL;
  JsonNode *root_node;
  JsonObject *root;
  JsonArray *units;

  g_return_val_if_fail (data != NULL, NULL);

  parser = ec_json_parse (data, length, &local_error);
  if (parser == NULL)
    return invalid (error, "%s", local_error->message), NULL;

  root_node = json_parser_get_root (parser);
  if (root_node == NULL || !JSON_NODE_HOLDS_OBJECT (root_node))
    return invalid (error, "not a JSON object"), NULL;

  root = json_node_get_object (root_node);
  self = g_object_new (EC_TYPE_MAP, NULL);

  if (!get_rect (root, "view_box", &self->view_box) || self->view_box.width <= 0 || self->view_box.height <= 0)
    return invalid (error, "no view box"), NULL;

  if (!(units = ec_json_get_array (root, "units")))
    return invalid (error, "no units"), NULL;

  for (guint i = 0; i < json_array_get_length (units); i++)
    {
      EcMapUnit *unit = parse_unit (json_array_get_element (units, i), error);

      if (unit == NULL)
        return NULL;

      if (g_hash_table_contains (self->by_id, unit->id))
        {
          invalid (error, "%s appears twice", unit->id);
          map_unit_free (unit);
          return NULL;
        }

      g_ptr_array_add (self->units, unit);
      g_hash_table_insert (self->by_id, unit->id, unit);
    }

  return g_steal_pointer (&self);
}

/**
 * ec_map_new:
 * @error: return location for a #GError
 *
 * Loads the bundled map of the United States.
 *
 * Returns: (transfer full) (nullable): the map, or %NULL with @error set
 */
EcMap *
ec_map_new (GError **error)
{
  g_autoptr(GBytes) bytes = g_resources_lookup_data (MAP_RESOURCE, 0, error);
  const char *data;
  gsize length;

  if (bytes == NULL)
    return NULL;

  data = g_bytes_get_data (bytes, &length);

  return ec_map_new_from_data (data, length, error);
}

/**
 * ec_map_get_default:
 *
 * The bundled map, read once and shared. Safe to call from any thread, so
 * that it can be read on the second core while GTK starts up: a caller that
 * comes while another thread is reading it waits for that reading.
 *
 * Returns: (transfer none): the map
 */
EcMap *
ec_map_get_default (void)
{
  static gsize map;

  if (g_once_init_enter (&map))
    {
      g_autoptr(GError) error = NULL;
      EcMap *loaded = ec_map_new (&error);

      /* The map is compiled into the binary and checked by the tests. */
      if (loaded == NULL)
        g_error ("%s", error->message);

      g_once_init_leave (&map, (gsize)loaded);
    }

  return (EcMap *)map;
}

/**
 * ec_map_get_view_box:
 * @self: a #EcMap
 *
 * Returns: (transfer none): the area the map covers, in map units
 */
const EcRect *
ec_map_get_view_box (EcMap *self)
{
  g_return_val_if_fail (EC_IS_MAP (self), NULL);

  return &self->view_box;
}

/**
 * ec_map_get_n_units:
 * @self: a #EcMap
 *
 * Returns: the number of units on the map: 51 states and DC, 5 districts
 */
guint
ec_map_get_n_units (EcMap *self)
{
  g_return_val_if_fail (EC_IS_MAP (self), 0);

  return self->units->len;
}

/**
 * ec_map_get_unit:
 * @self: a #EcMap
 * @position: an index below ec_map_get_n_units()
 *
 * Returns: (transfer none): the unit at @position
 */
EcMapUnit *
ec_map_get_unit (EcMap *self,
                 guint  position)
{
  g_return_val_if_fail (EC_IS_MAP (self), NULL);
  g_return_val_if_fail (position < self->units->len, NULL);

  return g_ptr_array_index (self->units, position);
}

/**
 * ec_map_lookup_unit:
 * @self: a #EcMap
 * @id: a unit id such as "TX" or "NE-2"
 *
 * Returns: (transfer none) (nullable): the unit with @id
 */
EcMapUnit *
ec_map_lookup_unit (EcMap      *self,
                    const char *id)
{
  g_return_val_if_fail (EC_IS_MAP (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  return g_hash_table_lookup (self->by_id, id);
}

static gboolean
rect_contains (const EcRect *rect,
               double        x,
               double        y)
{
  return x >= rect->x && x <= rect->x + rect->width &&
         y >= rect->y && y <= rect->y + rect->height;
}

/**
 * ec_map_unit_contains:
 * @unit: a #EcMapUnit
 * @x: x in map units
 * @y: y in map units
 *
 * Returns: whether the point is inside the unit's shape or its box
 */
gboolean
ec_map_unit_contains (EcMapUnit *unit,
                      double     x,
                      double     y)
{
  g_return_val_if_fail (unit != NULL, FALSE);

  if (unit->has_box && rect_contains (&unit->box, x, y))
    return TRUE;

  return ec_map_unit_shape_contains (unit, x, y);
}

/**
 * ec_map_unit_shape_contains:
 * @unit: a #EcMapUnit
 * @x: x in map units
 * @y: y in map units
 *
 * Returns: whether the point is inside the unit's shape (never for a
 *   district, whose only shape is its box)
 */
gboolean
ec_map_unit_shape_contains (EcMapUnit *unit,
                            double     x,
                            double     y)
{
  gboolean inside = FALSE;
  guint start = 0;

  g_return_val_if_fail (unit != NULL, FALSE);

  if (unit->n_rings == 0 || !rect_contains (&unit->bbox, x, y))
    return FALSE;

  /* Even-odd crossing test over every ring, so holes stay holes. */
  for (guint r = 0; r < unit->n_rings; r++)
    {
      guint end = unit->ring_ends[r];

      for (guint i = start, j = end - 1; i < end; j = i++)
        {
          double xi = unit->points[2 * i], yi = unit->points[2 * i + 1];
          double xj = unit->points[2 * j], yj = unit->points[2 * j + 1];

          if ((yi > y) != (yj > y) && x < (xj - xi) * (y - yi) / (yj - yi) + xi)
            inside = !inside;
        }

      start = end;
    }

  return inside;
}

/**
 * ec_map_hit_test:
 * @self: a #EcMap
 * @x: x in map units
 * @y: y in map units
 * @is_shown: (nullable) (scope call): tells whether a unit is on the map now
 *   (district boxes are hidden while their state is winner-take-all)
 * @user_data: data for @is_shown
 *
 * Finds the unit under a point, exactly to its border. Boxes are drawn over
 * the states, so they are tried first; the frame of an inset (Alaska,
 * Hawaii) counts as its state, so that small islands are easy to hit.
 *
 * Returns: (transfer none) (nullable): the unit, or %NULL for the sea and
 *   the gaps between boxes
 */
EcMapUnit *
ec_map_hit_test (EcMap     *self,
                 double     x,
                 double     y,
                 gboolean (*is_shown) (EcMapUnit *unit,
                                       gpointer   user_data),
                 gpointer   user_data)
{
  g_return_val_if_fail (EC_IS_MAP (self), NULL);

  for (guint i = 0; i < self->units->len; i++)
    {
      EcMapUnit *unit = g_ptr_array_index (self->units, i);

      if (unit->has_box && rect_contains (&unit->box, x, y) && (!is_shown || is_shown (unit, user_data)))
        return unit;
    }

  for (guint i = 0; i < self->units->len; i++)
    {
      EcMapUnit *unit = g_ptr_array_index (self->units, i);

      if (unit->n_rings > 0 && ec_map_unit_contains (unit, x, y) && (!is_shown || is_shown (unit, user_data)))
        return unit;
    }

  /* An inset's frame holds nothing but its state. */
  for (guint i = 0; i < self->units->len; i++)
    {
      EcMapUnit *unit = g_ptr_array_index (self->units, i);

      if (unit->has_inset && rect_contains (&unit->inset, x, y) && (!is_shown || is_shown (unit, user_data)))
        return unit;
    }

  return NULL;
}

/**
 * ec_map_unit_get_id:
 * @unit: a #EcMapUnit
 *
 * Returns: (transfer none): the unit's id, as in the election data
 */
const char *
ec_map_unit_get_id (EcMapUnit *unit)
{
  g_return_val_if_fail (unit != NULL, NULL);

  return unit->id;
}

/**
 * ec_map_unit_get_state_id:
 * @unit: a #EcMapUnit
 *
 * Returns: (transfer none): the postal code of the unit's state
 */
const char *
ec_map_unit_get_state_id (EcMapUnit *unit)
{
  g_return_val_if_fail (unit != NULL, NULL);

  return unit->state_id;
}

/**
 * ec_map_unit_is_district:
 * @unit: a #EcMapUnit
 *
 * Returns: whether the unit is a congressional district box
 */
gboolean
ec_map_unit_is_district (EcMapUnit *unit)
{
  g_return_val_if_fail (unit != NULL, FALSE);

  return unit->district;
}

/**
 * ec_map_unit_get_label:
 * @unit: a #EcMapUnit
 * @x: (out) (optional): the label's centre
 * @y: (out) (optional): the label's centre
 * @room_width: (out) (optional): the room around the centre inside the shape
 * @room_height: (out) (optional): the room around the centre inside the shape
 *
 * Gives where the unit's label goes, in map units.
 */
void
ec_map_unit_get_label (EcMapUnit *unit,
                       double    *x,
                       double    *y,
                       double    *room_width,
                       double    *room_height)
{
  g_return_if_fail (unit != NULL);

  if (x) *x = unit->label_x;
  if (y) *y = unit->label_y;
  if (room_width) *room_width = unit->room_width;
  if (room_height) *room_height = unit->room_height;
}

/**
 * ec_map_unit_get_bbox:
 * @unit: a #EcMapUnit
 *
 * Returns: (transfer none): the bounding box of the unit's shape
 */
const EcRect *
ec_map_unit_get_bbox (EcMapUnit *unit)
{
  g_return_val_if_fail (unit != NULL, NULL);

  return &unit->bbox;
}

/**
 * ec_map_unit_get_box:
 * @unit: a #EcMapUnit
 *
 * Returns: (transfer none) (nullable): the unit's callout or district box
 */
const EcRect *
ec_map_unit_get_box (EcMapUnit *unit)
{
  g_return_val_if_fail (unit != NULL, NULL);

  return unit->has_box ? &unit->box : NULL;
}

/**
 * ec_map_unit_get_inset:
 * @unit: a #EcMapUnit
 *
 * Returns: (transfer none) (nullable): the frame of the unit's inset, for
 *   a state drawn apart from the lower 48 (Alaska, Hawaii)
 */
const EcRect *
ec_map_unit_get_inset (EcMapUnit *unit)
{
  g_return_val_if_fail (unit != NULL, NULL);

  return unit->has_inset ? &unit->inset : NULL;
}

/**
 * ec_map_unit_get_leader:
 * @unit: a #EcMapUnit
 * @line: (out caller-allocates) (array fixed-size=4): x1, y1, x2, y2
 *
 * Returns: whether the unit has a leader line from its box to its place
 */
gboolean
ec_map_unit_get_leader (EcMapUnit *unit,
                        double     line[4])
{
  g_return_val_if_fail (unit != NULL, FALSE);

  if (unit->has_leader)
    memcpy (line, unit->leader, sizeof unit->leader);

  return unit->has_leader;
}

/**
 * ec_map_unit_has_shape:
 * @unit: a #EcMapUnit
 *
 * Returns: whether the unit has a shape on the map (districts only have boxes)
 */
gboolean
ec_map_unit_has_shape (EcMapUnit *unit)
{
  g_return_val_if_fail (unit != NULL, FALSE);

  return unit->n_rings > 0;
}

/**
 * ec_map_unit_append_shape_path:
 * @unit: a #EcMapUnit
 * @cr: a cairo context whose user space is map units
 *
 * Adds the unit's shape to the current path of @cr.
 */
void
ec_map_unit_append_shape_path (EcMapUnit *unit,
                               cairo_t   *cr)
{
  guint start = 0;

  g_return_if_fail (unit != NULL);
  g_return_if_fail (cr != NULL);

  for (guint r = 0; r < unit->n_rings; r++)
    {
      guint end = unit->ring_ends[r];

      cairo_move_to (cr, unit->points[2 * start], unit->points[2 * start + 1]);
      for (guint i = start + 1; i < end; i++)
        cairo_line_to (cr, unit->points[2 * i], unit->points[2 * i + 1]);
      cairo_close_path (cr);

      start = end;
    }
}

/**
 * ec_map_get_land_top:
 * @self: a #EcMap
 * @x1: the left of a band of the map, in map units
 * @x2: its right
 *
 * Finds how far north the states reach in a vertical band: for placing
 * boxes over the border with Canada.
 *
 * Returns: the smallest y of any state's outline between @x1 and @x2, or
 *   the bottom of the view box where there is none
 */
double
ec_map_get_land_top (EcMap  *self,
                     double  x1,
                     double  x2)
{
  double top;

  g_return_val_if_fail (EC_IS_MAP (self), 0);

  top = self->view_box.y + self->view_box.height;
  for (guint i = 0; i < self->units->len; i++)
    {
      EcMapUnit *unit = g_ptr_array_index (self->units, i);
      guint n_points = unit->n_rings > 0 ? unit->ring_ends[unit->n_rings - 1] : 0;

      if (unit->bbox.x > x2 || unit->bbox.x + unit->bbox.width < x1 || unit->bbox.y >= top)
        continue;

      for (guint p = 0; p < n_points; p++)
        {
          double x = unit->points[2 * p], y = unit->points[2 * p + 1];

          if (x >= x1 && x <= x2)
            top = MIN (top, y);
        }
    }

  return top;
}
