/* ec-snapshot-svg.c
 *
 * Copyright 2026 The Electors authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "ec-palette.h"
#include "ec-snapshot-private.h"

/* cairo's SVG surface writes text as glyph outlines: a teacher could not
 * change a word of it, search it or read it aloud. So the SVG export is
 * written here, from the same items that cairo draws for PNG and PDF, with
 * every text a <text> element, and the map written from the display list
 * that cairo draws it from. */

typedef struct {
  GString    *defs;
  GString    *body;
  GHashTable *patterns;
  guint       n_ids;
  cairo_t    *scratch;
} SvgWriter;

static void
append_number (GString *out,
               double   value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];
  char *end;

  /* Two decimals are finer than any screen or printer; the C locale's dot
   * whatever the user's locale. */
  g_ascii_formatd (buffer, sizeof buffer, "%.2f", value);
  end = buffer + strlen (buffer);
  while (end > buffer && end[-1] == '0')
    *--end = '\0';
  if (end > buffer && end[-1] == '.')
    *--end = '\0';

  g_string_append (out, strcmp (buffer, "-0") == 0 ? "0" : buffer);
}

static void
append_attribute (GString    *out,
                  const char *name,
                  double      value)
{
  g_string_append_printf (out, " %s=\"", name);
  append_number (out, value);
  g_string_append_c (out, '"');
}

static void
append_color_attribute (GString       *out,
                        const char    *name,
                        const EcColor *color)
{
  g_string_append_printf (out, " %s=\"#%02x%02x%02x\"", name,
                          (guint)CLAMP (color->red * 255 + 0.5, 0, 255),
                          (guint)CLAMP (color->green * 255 + 0.5, 0, 255),
                          (guint)CLAMP (color->blue * 255 + 0.5, 0, 255));
}

static void
append_escaped (GString    *out,
                const char *text)
{
  g_autofree char *escaped = g_markup_escape_text (text, -1);

  g_string_append (out, escaped);
}

/* The current path of the scratch context, in its device space, as SVG path
 * data; clears the path. */
static void
append_current_path (SvgWriter *w,
                     GString   *out)
{
  cairo_path_t *path;

  cairo_identity_matrix (w->scratch);
  path = cairo_copy_path (w->scratch);

  for (int i = 0; i < path->num_data; i += path->data[i].header.length)
    {
      const cairo_path_data_t *data = &path->data[i];
      const char *command;
      int n_points;

      switch (data->header.type)
        {
        case CAIRO_PATH_MOVE_TO:
          command = "M", n_points = 1;
          break;
        case CAIRO_PATH_LINE_TO:
          command = "L", n_points = 1;
          break;
        case CAIRO_PATH_CURVE_TO:
          command = "C", n_points = 3;
          break;
        case CAIRO_PATH_CLOSE_PATH:
        default:
          command = "Z", n_points = 0;
          break;
        }

      g_string_append (out, command);
      for (int p = 1; p <= n_points; p++)
        {
          append_number (out, data[p].point.x);
          g_string_append_c (out, ',');
          append_number (out, data[p].point.y);
          if (p < n_points)
            g_string_append_c (out, ' ');
        }
    }

  cairo_path_destroy (path);
  cairo_new_path (w->scratch);
}

/* The id of a <pattern> of @pattern over @fill, tiles @size wide from
 * (@x, @y), written to the defs the first time it is asked for. */
static const char *
pattern_id (SvgWriter     *w,
            EcPattern      pattern,
            const EcColor *fill,
            double         size,
            double         x,
            double         y)
{
  g_autofree char *key = NULL;
  const char *id;
  EcColor ink;
  double alpha;
  double line_width;

  ec_palette_get_pattern_ink (pattern, fill, &ink, &alpha);
  key = g_strdup_printf ("%d %.3f %.3f %.3f %.3f %.3f %.3f %.3f", pattern, ink.red, ink.green, ink.blue,
                         alpha, size, x, y);
  if ((id = g_hash_table_lookup (w->patterns, key)))
    return id;

  id = g_strdup_printf ("pattern-%u", ++w->n_ids);
  g_hash_table_insert (w->patterns, g_steal_pointer (&key), (char *)id);

  g_string_append_printf (w->defs, "<pattern id=\"%s\" patternUnits=\"userSpaceOnUse\"", id);
  append_attribute (w->defs, "x", x);
  append_attribute (w->defs, "y", y);
  append_attribute (w->defs, "width", size);
  append_attribute (w->defs, "height", size);
  g_string_append (w->defs, "><path d=\"");
  cairo_identity_matrix (w->scratch);
  line_width = ec_palette_append_pattern_tile (pattern, w->scratch, size);
  append_current_path (w, w->defs);
  g_string_append (w->defs, "\"");
  if (line_width > 0)
    {
      g_string_append (w->defs, " fill=\"none\"");
      append_color_attribute (w->defs, "stroke", &ink);
      append_attribute (w->defs, "stroke-opacity", alpha);
      append_attribute (w->defs, "stroke-width", line_width);
    }
  else
    {
      append_color_attribute (w->defs, "fill", &ink);
      append_attribute (w->defs, "fill-opacity", alpha);
    }
  g_string_append (w->defs, "/></pattern>\n");

  return id;
}

static void
append_text (GString          *out,
             const char       *text,
             double            x,
             double            baseline,
             double            size,
             gboolean          bold,
             EcSnapshotAnchor  anchor)
{
  g_string_append (out, "<text");
  append_attribute (out, "x", x);
  append_attribute (out, "y", baseline);
  g_string_append (out, " font-family=\"" EC_PALETTE_FONT_FAMILY "\"");
  append_attribute (out, "font-size", size);
  if (bold)
    g_string_append (out, " font-weight=\"bold\"");
  if (anchor == EC_SNAPSHOT_ANCHOR_MIDDLE)
    g_string_append (out, " text-anchor=\"middle\"");
  else if (anchor == EC_SNAPSHOT_ANCHOR_END)
    g_string_append (out, " text-anchor=\"end\"");
}

static void
close_text (GString    *out,
            const char *text)
{
  g_string_append_c (out, '>');
  append_escaped (out, text);
  g_string_append (out, "</text>\n");
}

static void
append_rect_geometry (GString      *out,
                      const EcRect *rect,
                      double        radius)
{
  append_attribute (out, "x", rect->x);
  append_attribute (out, "y", rect->y);
  append_attribute (out, "width", rect->width);
  append_attribute (out, "height", rect->height);
  if (radius > 0)
    {
      radius = MIN (radius, MIN (rect->width, rect->height) / 2);
      append_attribute (out, "rx", radius);
      append_attribute (out, "ry", radius);
    }
}

static void
write_rect (SvgWriter            *w,
            const EcSnapshotItem *item)
{
  gboolean pattern = item->pattern != EC_PATTERN_NONE;

  /* Fill, then the pattern over it, then the outline: as cairo draws. */
  if (item->alpha > 0)
    {
      g_string_append (w->body, "<rect");
      append_rect_geometry (w->body, &item->rect, item->radius);
      append_color_attribute (w->body, "fill", &item->color);
      if (item->alpha < 1)
        append_attribute (w->body, "fill-opacity", item->alpha);
      if (!pattern && item->line_width > 0)
        {
          append_color_attribute (w->body, "stroke", &item->stroke);
          append_attribute (w->body, "stroke-width", item->line_width);
        }
      g_string_append (w->body, "/>\n");
    }

  if (pattern || (item->alpha <= 0 && item->line_width > 0))
    {
      g_string_append (w->body, "<rect");
      append_rect_geometry (w->body, &item->rect, item->radius);
      if (pattern)
        g_string_append_printf (w->body, " fill=\"url(#%s)\"",
                                pattern_id (w, item->pattern, &item->color, item->pattern_size, 0, 0));
      else
        g_string_append (w->body, " fill=\"none\"");
      if (item->line_width > 0)
        {
          append_color_attribute (w->body, "stroke", &item->stroke);
          append_attribute (w->body, "stroke-width", item->line_width);
        }
      g_string_append (w->body, "/>\n");
    }
}

/* The id of the repeating <linearGradient> of a split fill, its stripes
 * @period wide, as ec_palette_create_split() makes it for cairo. */
static const char *
split_id (SvgWriter     *w,
          const EcSplit *split,
          double         period)
{
  g_autoptr(GString) key = g_string_new ("split");
  const char *id;
  double d = period / G_SQRT2;
  double offset = 0;

  for (guint i = 0; i < split->n_bands; i++)
    g_string_append_printf (key, " %.4f %.4f %.4f %.4f", split->colors[i].red, split->colors[i].green,
                            split->colors[i].blue, split->widths[i]);
  g_string_append_printf (key, " %.4f", period);
  if ((id = g_hash_table_lookup (w->patterns, key->str)))
    return id;

  id = g_strdup_printf ("split-%u", ++w->n_ids);
  g_hash_table_insert (w->patterns, g_strdup (key->str), (char *)id);

  g_string_append_printf (w->defs, "<linearGradient id=\"%s\" gradientUnits=\"userSpaceOnUse\" "
                          "spreadMethod=\"repeat\" x1=\"0\" y1=\"0\"", id);
  append_attribute (w->defs, "x2", d);
  append_attribute (w->defs, "y2", -d);
  g_string_append (w->defs, ">");
  for (guint i = 0; i < split->n_bands; i++)
    {
      double end = i + 1 == split->n_bands ? 1 : MIN (1, offset + split->widths[i]);
      double stops[2] = { offset, end };

      for (guint k = 0; k < 2; k++)
        {
          char number[G_ASCII_DTOSTR_BUF_SIZE];

          g_string_append_printf (w->defs, "<stop offset=\"%s\"",
                                  g_ascii_formatd (number, sizeof number, "%.4f", stops[k]));
          append_color_attribute (w->defs, "stop-color", &split->colors[i]);
          g_string_append (w->defs, "/>");
        }
      offset = end;
    }
  g_string_append (w->defs, "</linearGradient>\n");

  return id;
}

/* Fills the geometry that @open starts (a <use> of a shape or a <rect>),
 * lays the pattern over it and outlines it, as cairo draws it. */
static void
write_filled (SvgWriter       *w,
              const char      *open,
              const EcMapItem *item,
              double           pattern_size,
              double           split_period)
{
  g_string_append (w->body, open);
  if (item->split.n_bands > 0)
    g_string_append_printf (w->body, " fill=\"url(#%s)\"", split_id (w, &item->split, split_period));
  else
    append_color_attribute (w->body, "fill", &item->fill);
  if (item->pattern != EC_PATTERN_NONE)
    {
      g_string_append (w->body, "/>\n");
      g_string_append (w->body, open);
      /* Map patterns start at the map's corner, in the map's units. */
      g_string_append_printf (w->body, " fill=\"url(#%s)\"",
                              pattern_id (w, item->pattern, &item->fill, pattern_size, 0, 0));
    }
  append_color_attribute (w->body, "stroke", &item->stroke);
  append_attribute (w->body, "stroke-width", item->line_width);
  g_string_append (w->body, " stroke-linejoin=\"round\"/>\n");
}

static void
write_map_label (SvgWriter       *w,
                 const EcMapItem *item)
{
  for (guint l = 0; l < item->n_lines; l++)
    {
      const EcMapTextLine *line = &item->lines[l];

      append_text (w->body, line->text, line->x, line->baseline, item->font_size, TRUE,
                   EC_SNAPSHOT_ANCHOR_MIDDLE);
      append_color_attribute (w->body, "fill", &item->color);
      /* The halo is the text's own outline, painted first: one element,
       * so that a search or a screen reader finds each label once. */
      if (item->halo_alpha > 0)
        {
          append_color_attribute (w->body, "stroke", &item->halo);
          append_attribute (w->body, "stroke-opacity", item->halo_alpha);
          append_attribute (w->body, "stroke-width", item->halo_width);
          g_string_append (w->body, " stroke-linejoin=\"round\" paint-order=\"stroke\"");
        }
      close_text (w->body, line->text);
    }
}

/* Consecutive leaders are one path, as cairo strokes them: @leaders holds
 * their path data, @leader the last of them. */
static void
flush_leaders (SvgWriter       *w,
               GString         *leaders,
               const EcMapItem *leader)
{
  if (leaders->len == 0)
    return;

  g_string_append_printf (w->body, "<path d=\"%s\" fill=\"none\"", leaders->str);
  append_color_attribute (w->body, "stroke", &leader->stroke);
  append_attribute (w->body, "stroke-width", leader->line_width);
  g_string_append (w->body, "/>\n");
  g_string_truncate (leaders, 0);
}

static void
write_map (SvgWriter            *w,
           EcSnapshot           *self,
           const EcSnapshotItem *item)
{
  g_autoptr(EcMapDisplay) display = NULL;
  g_autoptr(GString) leaders = g_string_new (NULL);
  const EcMapItem *leader = NULL;
  cairo_matrix_t to_snapshot;
  double pattern_size;
  double split_period;
  guint n_items;

  /* Within the group, the pixels of the map's own drawing, as cairo draws
   * it before scaling it into place; its text is written as text. */
  display = ec_map_renderer_dup_display (ec_snapshot_get_renderer (self), NULL, item->map_width,
                                         item->map_height);
  ec_map_display_get_transform (display, &to_snapshot);

  /* A PNG's tiles have whole pixels; so do these, to match it. */
  pattern_size = MAX (1, round (ec_map_display_get_pattern_size (display) * item->map_scale)) / item->map_scale;
  /* Gradients have no pixels to round to. */
  split_period = ec_palette_get_split_period (ec_map_display_get_pattern_size (display));

  g_string_append (w->body, "<g id=\"map\" transform=\"translate(");
  append_number (w->body, item->rect.x);
  g_string_append_c (w->body, ' ');
  append_number (w->body, item->rect.y);
  g_string_append (w->body, ") scale(");
  {
    char scale[G_ASCII_DTOSTR_BUF_SIZE];

    /* More digits than a coordinate: an error here grows across the map. */
    g_string_append (w->body, g_ascii_formatd (scale, sizeof scale, "%.8g", item->map_scale));
  }
  g_string_append (w->body, ")\">\n");

  n_items = ec_map_display_get_n_items (display);
  for (guint i = 0; i < n_items; i++)
    {
      const EcMapItem *map_item = ec_map_display_get_item (display, i);
      const char *id = ec_map_unit_get_id (map_item->unit);

      if (map_item->kind != EC_MAP_ITEM_LEADER)
        flush_leaders (w, leaders, leader);

      switch (map_item->kind)
        {
        case EC_MAP_ITEM_SHAPE:
          {
            g_autoptr(GString) use = g_string_new ("<use xlink:href=\"#shape-");

            g_string_append (w->defs, "<path id=\"shape-");
            append_escaped (w->defs, id);
            g_string_append (w->defs, "\" d=\"");
            cairo_set_matrix (w->scratch, &to_snapshot);
            ec_map_unit_append_shape_path (map_item->unit, w->scratch);
            append_current_path (w, w->defs);
            g_string_append (w->defs, "\"/>\n");

            append_escaped (use, id);
            g_string_append_c (use, '"');
            write_filled (w, use->str, map_item, pattern_size, split_period);
          }
          break;

        case EC_MAP_ITEM_SEAM:
          {
            /* The shared border in the common fill, each half clipped to
             * the shape it lies in, as ec_map_display_draw() paints it. */
            const char *pair[2] = { id, ec_map_unit_get_id (map_item->other) };

            for (guint k = 0; k < 2; k++)
              {
                g_string_append (w->defs, "<clipPath id=\"seam-");
                append_escaped (w->defs, pair[k]);
                g_string_append_c (w->defs, '-');
                append_escaped (w->defs, pair[1 - k]);
                g_string_append (w->defs, "\"><use xlink:href=\"#shape-");
                append_escaped (w->defs, pair[k]);
                g_string_append (w->defs, "\"/></clipPath>\n");

                g_string_append (w->body, "<use xlink:href=\"#shape-");
                append_escaped (w->body, pair[1 - k]);
                g_string_append (w->body, "\" fill=\"none\"");
                append_color_attribute (w->body, "stroke", &map_item->stroke);
                append_attribute (w->body, "stroke-width", map_item->line_width);
                g_string_append (w->body, " clip-path=\"url(#seam-");
                append_escaped (w->body, pair[k]);
                g_string_append_c (w->body, '-');
                append_escaped (w->body, pair[1 - k]);
                g_string_append (w->body, ")\"/>\n");
              }
          }
          break;

        case EC_MAP_ITEM_LEADER:
          {
            double x1 = map_item->x1, y1 = map_item->y1, x2 = map_item->x2, y2 = map_item->y2;

            cairo_matrix_transform_point (&to_snapshot, &x1, &y1);
            cairo_matrix_transform_point (&to_snapshot, &x2, &y2);
            g_string_append_c (leaders, 'M');
            append_number (leaders, x1);
            g_string_append_c (leaders, ',');
            append_number (leaders, y1);
            g_string_append_c (leaders, 'L');
            append_number (leaders, x2);
            g_string_append_c (leaders, ',');
            append_number (leaders, y2);
            leader = map_item;
          }
          break;

        case EC_MAP_ITEM_BOX:
          {
            g_autoptr(GString) rect = g_string_new ("<rect");
            double scale = ec_map_display_get_scale (display);
            double x1 = map_item->rect.x, y1 = map_item->rect.y;
            double x2 = x1 + map_item->rect.width, y2 = y1 + map_item->rect.height;
            EcRect box;

            cairo_matrix_transform_point (&to_snapshot, &x1, &y1);
            cairo_matrix_transform_point (&to_snapshot, &x2, &y2);
            box = (EcRect) { x1, y1, x2 - x1, y2 - y1 };
            append_rect_geometry (rect, &box, map_item->radius * scale);
            write_filled (w, rect->str, map_item, pattern_size, split_period);
          }
          break;

        case EC_MAP_ITEM_OUTLINE:
          /* The dark edge, then the ring over it, as the cairo drawing. */
          for (guint ring = 0; ring < 2; ring++)
            {
              const EcColor *color = ring == 0 ? &map_item->color : &map_item->stroke;
              double width = ring == 0 ? map_item->line_width + 2 : map_item->line_width;

              if (ec_map_unit_has_shape (map_item->unit))
                {
                  g_string_append (w->body, "<use xlink:href=\"#shape-");
                  append_escaped (w->body, id);
                  g_string_append (w->body, "\" fill=\"none\"");
                  append_color_attribute (w->body, "stroke", color);
                  append_attribute (w->body, "stroke-width", width);
                  g_string_append (w->body, " stroke-linejoin=\"round\"/>\n");
                }

              if (map_item->rect.width > 0)
                {
                  g_autoptr(GString) rect = g_string_new ("<rect");
                  double scale = ec_map_display_get_scale (display);
                  double x1 = map_item->rect.x, y1 = map_item->rect.y;
                  double x2 = x1 + map_item->rect.width, y2 = y1 + map_item->rect.height;
                  EcRect box;

                  cairo_matrix_transform_point (&to_snapshot, &x1, &y1);
                  cairo_matrix_transform_point (&to_snapshot, &x2, &y2);
                  box = (EcRect) { x1, y1, x2 - x1, y2 - y1 };
                  append_rect_geometry (rect, &box, map_item->radius * scale);
                  g_string_append (w->body, rect->str);
                  g_string_append (w->body, " fill=\"none\"");
                  append_color_attribute (w->body, "stroke", color);
                  append_attribute (w->body, "stroke-width", width);
                  g_string_append (w->body, "/>\n");
                }
            }
          break;

        case EC_MAP_ITEM_FRAME:
          {
            double x1 = map_item->rect.x, y1 = map_item->rect.y;
            double x2 = x1 + map_item->rect.width, y2 = y1 + map_item->rect.height;

            cairo_matrix_transform_point (&to_snapshot, &x1, &y1);
            cairo_matrix_transform_point (&to_snapshot, &x2, &y2);
            g_string_append (w->body, "<rect");
            append_attribute (w->body, "x", x1);
            append_attribute (w->body, "y", y1);
            append_attribute (w->body, "width", x2 - x1);
            append_attribute (w->body, "height", y2 - y1);
            g_string_append (w->body, " fill=\"none\"");
            append_color_attribute (w->body, "stroke", &map_item->stroke);
            append_attribute (w->body, "stroke-width", map_item->line_width);
            g_string_append (w->body, "/>\n");
          }
          break;

        case EC_MAP_ITEM_LABEL:
          write_map_label (w, map_item);
          break;

        case EC_MAP_ITEM_BADGE:
          g_string_append (w->body, "<circle");
          append_attribute (w->body, "cx", map_item->cx);
          append_attribute (w->body, "cy", map_item->cy);
          append_attribute (w->body, "r", map_item->r);
          append_color_attribute (w->body, "fill", &map_item->fill);
          append_color_attribute (w->body, "stroke", &map_item->stroke);
          append_attribute (w->body, "stroke-width", map_item->line_width);
          g_string_append (w->body, "/>\n");

          append_text (w->body, map_item->lines[0].text, map_item->lines[0].x, map_item->lines[0].baseline,
                       map_item->font_size, TRUE, EC_SNAPSHOT_ANCHOR_MIDDLE);
          append_color_attribute (w->body, "fill", &map_item->color);
          close_text (w->body, map_item->lines[0].text);

          if (map_item->cancelled)
            {
              double d = map_item->r * G_SQRT2 / 2;

              g_string_append (w->body, "<line");
              append_attribute (w->body, "x1", map_item->cx - d);
              append_attribute (w->body, "y1", map_item->cy + d);
              append_attribute (w->body, "x2", map_item->cx + d);
              append_attribute (w->body, "y2", map_item->cy - d);
              append_color_attribute (w->body, "stroke", &map_item->stroke);
              append_attribute (w->body, "stroke-width", map_item->line_width);
              g_string_append (w->body, "/>\n");
            }
          break;

        default:
          g_assert_not_reached ();
        }
    }

  flush_leaders (w, leaders, leader);
  g_string_append (w->body, "</g>\n");
}

GBytes *
ec_snapshot_write_svg (EcSnapshot *self,
                       GPtrArray  *items,
                       int         width,
                       int         height)
{
  g_autoptr(GString) out = g_string_new (NULL);
  g_autofree char *title = ec_snapshot_dup_title (self);
  cairo_surface_t *scratch_surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1, 1);
  SvgWriter w = {
    g_string_new (NULL),
    g_string_new (NULL),
    g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free),
    0,
    cairo_create (scratch_surface),
  };

  g_assert (EC_IS_SNAPSHOT (self));

  for (guint i = 0; i < items->len; i++)
    {
      const EcSnapshotItem *item = g_ptr_array_index (items, i);

      switch (item->kind)
        {
        case EC_SNAPSHOT_ITEM_TEXT:
          append_text (w.body, item->text, item->x, item->y, item->font_size, item->bold, item->anchor);
          append_color_attribute (w.body, "fill", &item->color);
          close_text (w.body, item->text);
          break;

        case EC_SNAPSHOT_ITEM_RECT:
          write_rect (&w, item);
          break;

        case EC_SNAPSHOT_ITEM_LINE:
          g_string_append (w.body, "<line");
          append_attribute (w.body, "x1", item->x1);
          append_attribute (w.body, "y1", item->y1);
          append_attribute (w.body, "x2", item->x2);
          append_attribute (w.body, "y2", item->y2);
          append_color_attribute (w.body, "stroke", &item->color);
          append_attribute (w.body, "stroke-width", item->line_width);
          g_string_append (w.body, "/>\n");
          break;

        case EC_SNAPSHOT_ITEM_MAP:
          write_map (&w, self, item);
          break;

        case EC_SNAPSHOT_ITEM_CLIP_BEGIN:
          g_string_append_printf (w.defs, "<clipPath id=\"clip-%u\"><rect", ++w.n_ids);
          append_rect_geometry (w.defs, &item->rect, item->radius);
          g_string_append (w.defs, "/></clipPath>\n");
          g_string_append_printf (w.body, "<g clip-path=\"url(#clip-%u)\">\n", w.n_ids);
          break;

        case EC_SNAPSHOT_ITEM_CLIP_END:
          g_string_append (w.body, "</g>\n");
          break;

        default:
          g_assert_not_reached ();
        }
    }

  g_string_append (out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
  g_string_append_printf (out,
                          "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" "
                          "version=\"1.1\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\">\n",
                          width, height, width, height);
  g_string_append (out, "<title>");
  append_escaped (out, title);
  g_string_append (out, "</title>\n<defs>\n");
  g_string_append_len (out, w.defs->str, w.defs->len);
  g_string_append (out, "</defs>\n");
  g_string_append_len (out, w.body->str, w.body->len);
  g_string_append (out, "</svg>\n");

  g_string_free (w.defs, TRUE);
  g_string_free (w.body, TRUE);
  g_hash_table_unref (w.patterns);
  cairo_destroy (w.scratch);
  cairo_surface_destroy (scratch_surface);

  return g_string_free_to_bytes (g_steal_pointer (&out));
}
