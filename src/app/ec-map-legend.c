/* ec-map-legend.c
 *
 * Copyright 2026 The Electors authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ec-map-legend.h"

/* The key to the fills of a map of the Union as it was: which grey is land
 * with no electors and which a state that cast no votes. It is always
 * shown, in a line below the map rather than in a tooltip, so that a class
 * reads it from the projector. */

struct _EcMapLegend
{
  GtkWidget  parent_instance;

  EcMapKey   keys[EC_MAP_KEY_MAX];
  guint      n_keys;
};

G_DEFINE_FINAL_TYPE (EcMapLegend, ec_map_legend, GTK_TYPE_WIDGET)

static void
draw_swatch (GtkDrawingArea *area,
             cairo_t        *cr,
             int             width,
             int             height,
             gpointer        user_data)
{
  ec_map_renderer_paint_key (user_data, cr, width, height);
}

static void
ec_map_legend_dispose (GObject *object)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))))
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (ec_map_legend_parent_class)->dispose (object);
}

static void
ec_map_legend_class_init (EcMapLegendClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = ec_map_legend_dispose;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "maplegend");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
ec_map_legend_init (EcMapLegend *self)
{
  GtkLayoutManager *layout = gtk_widget_get_layout_manager (GTK_WIDGET (self));

  gtk_orientable_set_orientation (GTK_ORIENTABLE (layout), GTK_ORIENTATION_HORIZONTAL);
  gtk_box_layout_set_spacing (GTK_BOX_LAYOUT (layout), 24);
  gtk_widget_set_halign (GTK_WIDGET (self), GTK_ALIGN_CENTER);
  gtk_widget_set_can_target (GTK_WIDGET (self), FALSE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Map key"),
                                  -1);
  gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
}

/**
 * ec_map_legend_new:
 *
 * Returns: (transfer floating): a legend with no keys, hidden
 */
GtkWidget *
ec_map_legend_new (void)
{
  return g_object_new (EC_TYPE_MAP_LEGEND, NULL);
}

/**
 * ec_map_legend_set_keys:
 * @self: a #EcMapLegend
 * @keys: (array length=n_keys): the keys, from ec_map_renderer_get_keys()
 * @n_keys: how many; 0 hides the legend
 *
 * Shows one line per key: its fill and what it means.
 */
void
ec_map_legend_set_keys (EcMapLegend    *self,
                        const EcMapKey *keys,
                        guint           n_keys)
{
  GtkWidget *child;
  gboolean same;

  g_return_if_fail (EC_IS_MAP_LEGEND (self));
  g_return_if_fail (n_keys <= EC_MAP_KEY_MAX);
  g_return_if_fail (keys != NULL || n_keys == 0);

  /* A click changes the scenario; the legend rarely changes with it. */
  same = n_keys == self->n_keys;
  for (guint i = 0; same && i < n_keys; i++)
    same = keys[i].ink == self->keys[i].ink && keys[i].mark == self->keys[i].mark &&
           ec_palette_split_equal (&keys[i].split, &self->keys[i].split) &&
           g_strcmp0 (keys[i].label, self->keys[i].label) == 0;
  if (same)
    return;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))))
    gtk_widget_unparent (child);

  self->n_keys = n_keys;
  for (guint i = 0; i < n_keys; i++)
    {
      GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
      GtkWidget *swatch = gtk_drawing_area_new ();
      GtkWidget *label = gtk_label_new (keys[i].label);

      self->keys[i] = keys[i];
      gtk_widget_set_size_request (swatch, 16, 16);
      gtk_widget_set_valign (swatch, GTK_ALIGN_CENTER);
      gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (swatch), draw_swatch, &self->keys[i], NULL);
      /* On a narrow window the two keys wrap rather than push the map. */
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_box_append (GTK_BOX (row), swatch);
      gtk_box_append (GTK_BOX (row), label);
      gtk_widget_set_parent (row, GTK_WIDGET (self));
    }

  gtk_widget_set_visible (GTK_WIDGET (self), n_keys > 0);
}

/**
 * ec_map_legend_get_n_keys:
 * @self: a #EcMapLegend
 *
 * Returns: how many keys the legend shows
 */
guint
ec_map_legend_get_n_keys (EcMapLegend *self)
{
  g_return_val_if_fail (EC_IS_MAP_LEGEND (self), 0);

  return self->n_keys;
}

/**
 * ec_map_legend_get_text:
 * @self: a #EcMapLegend
 * @position: a key's position
 *
 * Returns: (transfer none): what the key at @position says
 */
const char *
ec_map_legend_get_text (EcMapLegend *self,
                        guint        position)
{
  g_return_val_if_fail (EC_IS_MAP_LEGEND (self), NULL);
  g_return_val_if_fail (position < self->n_keys, NULL);

  return self->keys[position].label;
}
