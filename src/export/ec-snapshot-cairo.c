/* ec-snapshot-cairo.c
 *
 * Copyright 2026 The Electors authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include <cairo-pdf.h>
#include <pango/pangocairo.h>

#include "ec-palette.h"
#include "ec-snapshot-private.h"

/* The items of a composed snapshot drawn with cairo: on an image for PNG,
 * on a page for PDF, and on whatever the window's preview gives. */

static void
rounded_rect (cairo_t      *cr,
              const EcRect *rect,
              double        radius)
{
  double x = rect->x, y = rect->y, w = rect->width, h = rect->height;
  double r = MIN (radius, MIN (w, h) / 2);

  if (r <= 0)
    {
      cairo_rectangle (cr, x, y, w, h);
      return;
    }

  cairo_new_sub_path (cr);
  cairo_arc (cr, x + w - r, y + r, r, -G_PI / 2, 0);
  cairo_arc (cr, x + w - r, y + h - r, r, 0, G_PI / 2);
  cairo_arc (cr, x + r, y + h - r, r, G_PI / 2, G_PI);
  cairo_arc (cr, x + r, y + r, r, G_PI, 3 * G_PI / 2);
  cairo_close_path (cr);
}

static void
draw_text (EcSnapshot           *self,
           cairo_t              *cr,
           const EcSnapshotItem *item)
{
  g_autoptr(PangoLayout) layout = ec_snapshot_new_pango_layout (self, item->text, item->font_size, item->bold);
  PangoRectangle logical;
  double x = item->x;

  pango_layout_get_extents (layout, NULL, &logical);
  if (item->anchor == EC_SNAPSHOT_ANCHOR_MIDDLE)
    x -= (double)logical.width / PANGO_SCALE / 2;
  else if (item->anchor == EC_SNAPSHOT_ANCHOR_END)
    x -= (double)logical.width / PANGO_SCALE;

  cairo_move_to (cr, x - (double)logical.x / PANGO_SCALE,
                 item->y - (double)pango_layout_get_baseline (layout) / PANGO_SCALE);
  ec_palette_set_source (cr, &item->color, 1);
  pango_cairo_show_layout (cr, layout);
}

static void
draw_rect (cairo_t              *cr,
           const EcSnapshotItem *item)
{
  gboolean vector = cairo_surface_get_type (cairo_get_target (cr)) != CAIRO_SURFACE_TYPE_IMAGE;

  cairo_new_path (cr);
  rounded_rect (cr, &item->rect, item->radius);

  if (item->alpha > 0)
    {
      ec_palette_set_source (cr, &item->color, item->alpha);
      cairo_fill_preserve (cr);
    }

  if (item->pattern != EC_PATTERN_NONE)
    {
      cairo_pattern_t *pattern = ec_palette_create_pattern (item->pattern, &item->color,
                                                            item->pattern_size, vector);

      cairo_set_source (cr, pattern);
      cairo_fill_preserve (cr);
      cairo_pattern_destroy (pattern);
    }

  if (item->line_width > 0)
    {
      ec_palette_set_source (cr, &item->stroke, 1);
      cairo_set_line_width (cr, item->line_width);
      cairo_stroke_preserve (cr);
    }

  cairo_new_path (cr);
}

static void
draw_items (EcSnapshot *self,
            cairo_t    *cr,
            GPtrArray  *items)
{
  for (guint i = 0; i < items->len; i++)
    {
      const EcSnapshotItem *item = g_ptr_array_index (items, i);

      switch (item->kind)
        {
        case EC_SNAPSHOT_ITEM_TEXT:
          draw_text (self, cr, item);
          break;

        case EC_SNAPSHOT_ITEM_RECT:
          draw_rect (cr, item);
          break;

        case EC_SNAPSHOT_ITEM_LINE:
          cairo_new_path (cr);
          cairo_move_to (cr, item->x1, item->y1);
          cairo_line_to (cr, item->x2, item->y2);
          cairo_set_line_width (cr, item->line_width);
          ec_palette_set_source (cr, &item->color, 1);
          cairo_stroke (cr);
          break;

        case EC_SNAPSHOT_ITEM_MAP:
          cairo_save (cr);
          cairo_translate (cr, item->rect.x, item->rect.y);
          cairo_scale (cr, item->map_scale, item->map_scale);
          ec_map_renderer_render (self->renderer, cr, item->map_width, item->map_height);
          cairo_restore (cr);
          break;

        case EC_SNAPSHOT_ITEM_CLIP_BEGIN:
          cairo_save (cr);
          cairo_new_path (cr);
          rounded_rect (cr, &item->rect, item->radius);
          cairo_clip (cr);
          break;

        case EC_SNAPSHOT_ITEM_CLIP_END:
          cairo_restore (cr);
          break;

        default:
          g_assert_not_reached ();
        }
    }
}

/**
 * ec_snapshot_draw:
 * @self: a #EcSnapshot
 * @cr: any cairo context: an image, a PDF page, a widget's snapshot
 * @width: the width to fill, in the units of @cr
 * @height: the height to fill
 *
 * Composes the snapshot for a picture of @width × @height and draws it,
 * background included, from the origin of @cr. The layout depends only on
 * the size: a preview drawn at the export's size and scaled down shows
 * exactly what the export will.
 */
void
ec_snapshot_draw (EcSnapshot *self,
                  cairo_t    *cr,
                  double      width,
                  double      height)
{
  g_autoptr(GPtrArray) items = NULL;

  g_return_if_fail (EC_IS_SNAPSHOT (self));
  g_return_if_fail (cr != NULL);
  g_return_if_fail (width > 0 && height > 0);

  items = ec_snapshot_compose (self, width, height);

  cairo_save (cr);
  draw_items (self, cr, items);
  cairo_restore (cr);
}

/* Files */

static cairo_status_t
append_to_array (void                *closure,
                 const unsigned char *data,
                 unsigned int         length)
{
  g_byte_array_append (closure, data, length);

  return CAIRO_STATUS_SUCCESS;
}

static gboolean
check_cairo (cairo_status_t   status,
             GError         **error)
{
  if (status == CAIRO_STATUS_SUCCESS)
    return TRUE;

  g_set_error (error, EC_SNAPSHOT_ERROR, EC_SNAPSHOT_ERROR_WRITE_FAILED,
               _("The snapshot could not be drawn: %s"),
               status == CAIRO_STATUS_NO_MEMORY ? _("there is not enough memory") : cairo_status_to_string (status));
  return FALSE;
}

/* A PNG at the snapshot's size; ec_snapshot_to_bytes() has checked it. */
GBytes *
ec_snapshot_render_png (EcSnapshot  *self,
                        GError     **error)
{
  cairo_surface_t *surface;
  cairo_status_t status;
  GBytes *png = NULL;
  cairo_t *cr;

  /* Opaque: a white background, and a smaller, faster PNG without alpha. */
  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, self->width, self->height);
  cr = cairo_create (surface);
  ec_snapshot_draw (self, cr, self->width, self->height);
  status = cairo_status (cr);
  cairo_destroy (cr);

  if (check_cairo (status, error))
    png = ec_snapshot_encode_png (surface, error);
  cairo_surface_destroy (surface);

  return png;
}

/* A one-page PDF on the snapshot's paper. */
GBytes *
ec_snapshot_render_pdf (EcSnapshot  *self,
                        GError     **error)
{
  g_autoptr(GByteArray) data = g_byte_array_new ();
  g_autofree char *title = ec_snapshot_dup_title (self);
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;
  double width, height;

  ec_snapshot_page_get_size (self->page, &width, &height);
  surface = cairo_pdf_surface_create_for_stream (append_to_array, data, width, height);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, title);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, PACKAGE_NAME " " PACKAGE_VERSION);

  cr = cairo_create (surface);
  ec_snapshot_draw (self, cr, width, height);
  cairo_show_page (cr);
  status = cairo_status (cr);
  cairo_destroy (cr);

  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (!check_cairo (status, error))
    return NULL;

  return g_byte_array_free_to_bytes (g_steal_pointer (&data));
}
