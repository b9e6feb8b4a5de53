/* ec-map-view.c
 *
 * Copyright 2026 The Electors authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "ec-map-view.h"
#include "ec-map-legend.h"
#include "ec-unit-button.h"
#include "ec-unit-popover.h"

/* The drawing is cut in tiles, each its own texture, so that a click
 * uploads only the few tiles the changed unit touches. */
#define TILE_SIZE 256

struct _EcMapView
{
  GtkWidget      parent_instance;

  EcMap         *map;
  EcMapRenderer *renderer;
  EcScenario    *scenario;
  /* The House vote shown instead of the electors, if any. */
  EcContingent  *contingent;

  /* EcUnitButton children, in keyboard order. */
  GPtrArray     *buttons;
  GHashTable    *button_by_id;

  char          *hovered;
  GtkWidget     *popover;
  /* What the fills of a map of the Union as it was mean. */
  GtkWidget     *legend;

  GPtrArray     *tiles;
  int            tiles_x;
  int            tiles_y;
  int            scale_factor;
  GStrv          highlights;

  /* Whether the focused unit got its focus from a click or a touch: its
   * focus ring waits for the keyboard. */
  gboolean       pointer_focus;
  /* The window whose focus-visible state the ring follows. */
  GtkWindow     *window;
};

G_DEFINE_FINAL_TYPE (EcMapView, ec_map_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SCENARIO,
  PROP_FOCUSED_UNIT,
  PROP_HOVERED_UNIT,
  PROP_MARGIN_SHADING,
  PROP_LABEL_SCALE,
  PROP_PATTERNS,
  PROP_CONTINGENT,
  PROP_HIGHLIGHTS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static EcUnitButton *
focused_button (EcMapView *self)
{
  GtkWidget *child = gtk_widget_get_focus_child (GTK_WIDGET (self));

  return EC_IS_UNIT_BUTTON (child) ? EC_UNIT_BUTTON (child) : NULL;
}

/**
 * ec_map_view_get_focus_ring_visible:
 * @self: a #EcMapView
 *
 * Returns: whether the focused unit wears its focus ring: while the
 *   keyboard is used (the window shows focus), not after a click or a touch
 */
gboolean
ec_map_view_get_focus_ring_visible (EcMapView *self)
{
  EcUnitButton *button;

  g_return_val_if_fail (EC_IS_MAP_VIEW (self), FALSE);

  button = focused_button (self);

  return button != NULL && !self->pointer_focus && gtk_widget_has_visible_focus (GTK_WIDGET (button));
}

/**
 * ec_map_view_get_focused_unit:
 * @self: a #EcMapView
 *
 * Returns: (transfer none) (nullable): the unit with keyboard focus
 */
const char *
ec_map_view_get_focused_unit (EcMapView *self)
{
  EcUnitButton *button;

  g_return_val_if_fail (EC_IS_MAP_VIEW (self), NULL);

  button = focused_button (self);

  return button ? ec_unit_button_get_unit_id (button) : NULL;
}

/**
 * ec_map_view_get_hovered_unit:
 * @self: a #EcMapView
 *
 * Returns: (transfer none) (nullable): the unit under the pointer
 */
const char *
ec_map_view_get_hovered_unit (EcMapView *self)
{
  g_return_val_if_fail (EC_IS_MAP_VIEW (self), NULL);

  return self->hovered;
}

/**
 * ec_map_view_get_renderer:
 * @self: a #EcMapView
 *
 * Returns: (transfer none): the renderer that draws the map
 */
EcMapRenderer *
ec_map_view_get_renderer (EcMapView *self)
{
  g_return_val_if_fail (EC_IS_MAP_VIEW (self), NULL);

  return self->renderer;
}

/**
 * ec_map_view_get_margin_shading:
 * @self: a #EcMapView
 *
 * Returns: whether states are shaded by how close the real result was
 */
gboolean
ec_map_view_get_margin_shading (EcMapView *self)
{
  g_return_val_if_fail (EC_IS_MAP_VIEW (self), FALSE);

  return ec_map_renderer_get_margin_shading (self->renderer);
}

/**
 * ec_map_view_set_margin_shading:
 * @self: a #EcMapView
 * @shading: whether to shade states by the real margin
 *
 * Shades each state that goes to its real winner by how safely it was won.
 */
void
ec_map_view_set_margin_shading (EcMapView *self,
                                gboolean   shading)
{
  g_return_if_fail (EC_IS_MAP_VIEW (self));

  shading = !!shading;
  if (shading == ec_map_view_get_margin_shading (self))
    return;

  ec_map_renderer_set_margin_shading (self->renderer, shading);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MARGIN_SHADING]);
}

/**
 * ec_map_view_get_unit_widget:
 * @self: a #EcMapView
 * @unit_id: a unit id
 *
 * Returns: (transfer none) (nullable): the focusable, accessible child that
 *   stands for the unit
 */
GtkWidget *
ec_map_view_get_unit_widget (EcMapView  *self,
                             const char *unit_id)
{
  g_return_val_if_fail (EC_IS_MAP_VIEW (self), NULL);
  g_return_val_if_fail (unit_id != NULL, NULL);

  return g_hash_table_lookup (self->button_by_id, unit_id);
}

static gboolean
unit_is_usable (EcMapView  *self,
                const char *unit_id)
{
  return self->scenario != NULL &&
         ec_election_get_unit (ec_scenario_get_election (self->scenario), unit_id) != NULL &&
         ec_map_renderer_is_unit_shown (self->renderer, unit_id);
}

/* What a unit says about itself: its electors, or in the House vote its
 * state's delegation. */
static char *
dup_unit_summary (EcMapView  *self,
                  const char *unit_id)
{
  if (self->contingent != NULL)
    {
      EcUnit *unit = ec_election_get_unit (ec_scenario_get_election (self->scenario), unit_id);
      char *summary = ec_contingent_dup_delegation_summary (self->contingent, ec_unit_get_state_id (unit));

      if (summary != NULL)
        return summary;

      /* Translators: a unit with no delegation of its own, such as DC, in the House vote */
      return g_strdup_printf (_("%s: no vote in the House"), ec_unit_get_name (unit));
    }

  return ec_scenario_dup_unit_summary (self->scenario, unit_id);
}

/* Accessibility and child visibility follow the scenario. */
static void
sync_buttons (EcMapView *self)
{
  for (guint i = 0; i < self->buttons->len; i++)
    {
      GtkWidget *button = g_ptr_array_index (self->buttons, i);
      const char *id = ec_unit_button_get_unit_id (EC_UNIT_BUTTON (button));
      gboolean usable = unit_is_usable (self, id);

      gtk_widget_set_child_visible (button, usable);
      if (usable)
        {
          g_autofree char *summary = dup_unit_summary (self, id);
          g_autofree char *result = ec_scenario_dup_unit_result (self->scenario, id);
          const char *description = result ? result : _("Press Enter to give it to the next candidate");

          if (self->contingent != NULL)
            description = _("Press Enter to change how its delegation votes");

          gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                          GTK_ACCESSIBLE_PROPERTY_LABEL, summary,
                                          GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                          -1);
        }
    }
}

static void
sync_legend (EcMapView *self)
{
  EcMapKey keys[EC_MAP_KEY_MAX];
  guint n_keys = ec_map_renderer_get_keys (self->renderer, keys);

  ec_map_legend_set_keys (EC_MAP_LEGEND (self->legend), keys, n_keys);
}

static void
scenario_changed_cb (EcMapView  *self,
                     EcScenario *scenario)
{
  sync_buttons (self);
  sync_legend (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  /* District boxes come and go with the splits. */
  gtk_widget_queue_allocate (GTK_WIDGET (self));
}

/**
 * ec_map_view_get_scenario:
 * @self: a #EcMapView
 *
 * Returns: (transfer none) (nullable): the scenario shown and edited
 */
EcScenario *
ec_map_view_get_scenario (EcMapView *self)
{
  g_return_val_if_fail (EC_IS_MAP_VIEW (self), NULL);

  return self->scenario;
}

/**
 * ec_map_view_set_scenario:
 * @self: a #EcMapView
 * @scenario: (nullable): the scenario to show and edit
 *
 * Shows @scenario; clicks on the map change it.
 */
void
ec_map_view_set_scenario (EcMapView  *self,
                          EcScenario *scenario)
{
  g_return_if_fail (EC_IS_MAP_VIEW (self));
  g_return_if_fail (!scenario || EC_IS_SCENARIO (scenario));

  if (self->scenario == scenario)
    return;

  if (self->popover != NULL)
    gtk_popover_popdown (GTK_POPOVER (self->popover));

  if (self->scenario != NULL)
    g_signal_handlers_disconnect_by_func (self->scenario, scenario_changed_cb, self);

  g_set_object (&self->scenario, scenario);
  ec_map_renderer_set_scenario (self->renderer, scenario);

  if (scenario != NULL)
    g_signal_connect_object (scenario, "changed", G_CALLBACK (scenario_changed_cb), self, G_CONNECT_SWAPPED);

  scenario_changed_cb (self, scenario);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SCENARIO]);
}

/**
 * ec_map_view_get_contingent:
 * @self: a #EcMapView
 *
 * Returns: (transfer none) (nullable): the House vote shown, if any
 */
EcContingent *
ec_map_view_get_contingent (EcMapView *self)
{
  g_return_val_if_fail (EC_IS_MAP_VIEW (self), NULL);

  return self->contingent;
}

/**
 * ec_map_view_set_contingent:
 * @self: a #EcMapView
 * @contingent: (nullable): a contingent election of the scenario shown
 *
 * Shows how each state's delegation votes in @contingent, and makes a
 * click change that vote instead of the state's electors; %NULL goes back
 * to the electors.
 */
void
ec_map_view_set_contingent (EcMapView    *self,
                            EcContingent *contingent)
{
  g_return_if_fail (EC_IS_MAP_VIEW (self));
  g_return_if_fail (!contingent || EC_IS_CONTINGENT (contingent));

  if (!g_set_object (&self->contingent, contingent))
    return;

  ec_map_renderer_set_contingent (self->renderer, contingent);
  sync_buttons (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONTINGENT]);
}

/**
 * ec_map_view_pick:
 * @self: a #EcMapView
 * @x: x in widget coordinates
 * @y: y in widget coordinates
 *
 * Returns: (transfer none) (nullable): the unit at the point
 */
const char *
ec_map_view_pick (EcMapView *self,
                  double     x,
                  double     y)
{
  const char *id;

  g_return_val_if_fail (EC_IS_MAP_VIEW (self), NULL);

  id = ec_map_renderer_pick (self->renderer, x * self->scale_factor, y * self->scale_factor);

  return id != NULL && unit_is_usable (self, id) ? id : NULL;
}

/**
 * ec_map_view_activate_unit:
 * @self: a #EcMapView
 * @unit_id: a unit id
 * @backward: whether to cycle backwards (Shift)
 *
 * What a click or Enter does: gives the unit to the next candidate, or in
 * the House vote has its state's delegation vote for the next choice.
 */
void
ec_map_view_activate_unit (EcMapView  *self,
                           const char *unit_id,
                           gboolean    backward)
{
  g_return_if_fail (EC_IS_MAP_VIEW (self));
  g_return_if_fail (unit_id != NULL);

  if (!unit_is_usable (self, unit_id))
    return;

  if (self->contingent != NULL)
    {
      EcUnit *unit = ec_election_get_unit (ec_scenario_get_election (self->scenario), unit_id);

      /* DC has no delegation: nothing to change. */
      if (!ec_contingent_cycle_state_vote (self->contingent, ec_unit_get_state_id (unit), backward))
        gtk_widget_error_bell (GTK_WIDGET (self));
      return;
    }

  ec_scenario_cycle_winner (self->scenario, unit_id, backward);
}

static void
unit_bounds (EcMapView      *self,
             const char     *unit_id,
             graphene_rect_t *rect)
{
  EcRect bounds;

  ec_map_renderer_get_unit_bounds (self->renderer, unit_id, &bounds);
  graphene_rect_init (rect,
                      bounds.x / self->scale_factor, bounds.y / self->scale_factor,
                      bounds.width / self->scale_factor, bounds.height / self->scale_factor);
}

static void
unparent_later_cb (gpointer data)
{
  g_autoptr(GtkWidget) popover = data;

  /* The map may have gone, and taken its children, in the meantime. */
  if (gtk_widget_get_parent (popover) != NULL)
    gtk_widget_unparent (popover);
}

static void
popover_closed_cb (EcMapView  *self,
                   GtkPopover *popover)
{
  const char *unit_id = ec_unit_popover_get_unit_id (EC_UNIT_POPOVER (popover));
  GtkWidget *button = ec_map_view_get_unit_widget (self, unit_id);

  if (self->popover == GTK_WIDGET (popover))
    self->popover = NULL;

  /* Focus goes back to the unit; unparent once the closing is over. */
  if (button != NULL && gtk_widget_get_child_visible (button))
    gtk_widget_grab_focus (button);
  g_idle_add_once (unparent_later_cb, g_object_ref (popover));
}

/**
 * ec_map_view_open_popover:
 * @self: a #EcMapView
 * @unit_id: a unit id
 *
 * Opens the unit's popover, as a right-click, a long press or the Menu key
 * does.
 *
 * Returns: (transfer none) (nullable): the popover
 */
GtkWidget *
ec_map_view_open_popover (EcMapView  *self,
                          const char *unit_id)
{
  graphene_rect_t bounds;
  GdkRectangle pointing;

  g_return_val_if_fail (EC_IS_MAP_VIEW (self), NULL);
  g_return_val_if_fail (unit_id != NULL, NULL);

  if (!unit_is_usable (self, unit_id))
    return NULL;

  if (self->popover != NULL)
    gtk_popover_popdown (GTK_POPOVER (self->popover));

  self->popover = ec_unit_popover_new (self->scenario, unit_id);
  gtk_widget_set_parent (self->popover, GTK_WIDGET (self));
  unit_bounds (self, unit_id, &bounds);
  pointing = (GdkRectangle) { bounds.origin.x, bounds.origin.y, MAX (1, bounds.size.width), MAX (1, bounds.size.height) };
  gtk_popover_set_pointing_to (GTK_POPOVER (self->popover), &pointing);
  g_signal_connect_object (self->popover, "closed", G_CALLBACK (popover_closed_cb), self, G_CONNECT_SWAPPED);
  gtk_popover_popup (GTK_POPOVER (self->popover));

  return self->popover;
}

static void
set_hovered (EcMapView  *self,
             const char *unit_id)
{
  if (g_strcmp0 (self->hovered, unit_id) == 0)
    return;

  g_free (self->hovered);
  self->hovered = g_strdup (unit_id);
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self), unit_id ? "pointer" : NULL);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HOVERED_UNIT]);
}

static void
focus_unit (EcMapView  *self,
            const char *unit_id)
{
  GtkWidget *button = ec_map_view_get_unit_widget (self, unit_id);

  if (button != NULL)
    gtk_widget_grab_focus (button);
}

/* Input */

static void
set_pointer_focus (EcMapView *self,
                   gboolean   pointer_focus)
{
  if (self->pointer_focus == pointer_focus)
    return;

  self->pointer_focus = pointer_focus;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
click_released_cb (EcMapView       *self,
                   int              n_press,
                   double           x,
                   double           y,
                   GtkGestureClick *gesture)
{
  guint button = gtk_gesture_single_get_current_button (GTK_GESTURE_SINGLE (gesture));
  GdkModifierType state = gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (gesture));
  const char *unit_id = ec_map_view_pick (self, x, y);

  if (unit_id == NULL)
    return;

  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
  focus_unit (self, unit_id);
  set_pointer_focus (self, TRUE);

  if (button == GDK_BUTTON_SECONDARY)
    ec_map_view_open_popover (self, unit_id);
  else if (button != GDK_BUTTON_MIDDLE)
    ec_map_view_activate_unit (self, unit_id, (state & GDK_SHIFT_MASK) != 0);
}

static void
long_press_cb (EcMapView          *self,
               double              x,
               double              y,
               GtkGestureLongPress *gesture)
{
  const char *unit_id = ec_map_view_pick (self, x, y);

  if (unit_id == NULL)
    return;

  /* The press became a long press: it must not also count as a tap. */
  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
  focus_unit (self, unit_id);
  set_pointer_focus (self, TRUE);
  ec_map_view_open_popover (self, unit_id);
}

static void
motion_cb (EcMapView                *self,
           double                    x,
           double                    y,
           GtkEventControllerMotion *controller)
{
  set_hovered (self, ec_map_view_pick (self, x, y));
}

static void
leave_cb (EcMapView                *self,
          GtkEventControllerMotion *controller)
{
  set_hovered (self, NULL);
}

static gboolean
key_pressed_cb (EcMapView             *self,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                GtkEventControllerKey *controller)
{
  const char *unit_id = ec_map_view_get_focused_unit (self);

  if (unit_id == NULL)
    return GDK_EVENT_PROPAGATE;

  /* The keyboard is in use: the focus ring shows, even on a unit that was
   * clicked. */
  set_pointer_focus (self, FALSE);

  switch (keyval)
    {
    case GDK_KEY_Return:
    case GDK_KEY_KP_Enter:
    case GDK_KEY_ISO_Enter:
    case GDK_KEY_space:
    case GDK_KEY_KP_Space:
      ec_map_view_activate_unit (self, unit_id, (state & GDK_SHIFT_MASK) != 0);
      return GDK_EVENT_STOP;

    case GDK_KEY_Menu:
      ec_map_view_open_popover (self, unit_id);
      return GDK_EVENT_STOP;

    case GDK_KEY_F10:
      if (state & GDK_SHIFT_MASK)
        {
          ec_map_view_open_popover (self, unit_id);
          return GDK_EVENT_STOP;
        }
      break;

    default:
      break;
    }

  return GDK_EVENT_PROPAGATE;
}

static gboolean
ec_map_view_query_tooltip (GtkWidget  *widget,
                           int         x,
                           int         y,
                           gboolean    keyboard_mode,
                           GtkTooltip *tooltip)
{
  EcMapView *self = EC_MAP_VIEW (widget);
  const char *unit_id = keyboard_mode ? ec_map_view_get_focused_unit (self) : ec_map_view_pick (self, x, y);
  const char *area_id = NULL;
  g_autofree char *summary = NULL;
  g_autoptr(GError) why = NULL;
  graphene_rect_t bounds;

  if (self->scenario == NULL)
    return FALSE;

  /* What the area was that year, in the model's words: “In 1800, Ohio was
   * not yet a state and had no electors”, or “… West Virginia was part of
   * Virginia …” beside Virginia's own summary. */
  if (!keyboard_mode)
    {
      area_id = ec_map_renderer_pick_area (self->renderer, x * self->scale_factor, y * self->scale_factor);
      if (area_id != NULL && g_strcmp0 (area_id, unit_id) != 0)
        ec_election_lookup_unit (ec_scenario_get_election (self->scenario), area_id, &why);
    }

  if (unit_id == NULL && why == NULL)
    return FALSE;

  if (unit_id != NULL)
    summary = dup_unit_summary (self, unit_id);
  if (summary != NULL && why != NULL)
    {
      char *both = g_strdup_printf ("%s\n%s", summary, why->message);

      g_free (summary);
      summary = both;
    }
  else if (why != NULL)
    summary = g_strdup (why->message);
  gtk_tooltip_set_text (tooltip, summary);

  /* A new tooltip when the pointer crosses into another unit's box, or
   * into another area. */
  unit_bounds (self, why != NULL ? area_id : unit_id, &bounds);
  gtk_tooltip_set_tip_area (tooltip, &(GdkRectangle) {
                              bounds.origin.x, bounds.origin.y,
                              MAX (1, bounds.size.width), MAX (1, bounds.size.height) });

  return TRUE;
}

/* Keyboard focus */

static void
unit_centre (EcMapView  *self,
             const char *unit_id,
             double     *x,
             double     *y)
{
  graphene_rect_t bounds;

  unit_bounds (self, unit_id, &bounds);
  *x = bounds.origin.x + bounds.size.width / 2;
  *y = bounds.origin.y + bounds.size.height / 2;
}

static GtkWidget *
next_in_order (EcMapView *self,
               int        from,
               int        step)
{
  for (int i = from + step; i >= 0 && i < (int)self->buttons->len; i += step)
    {
      GtkWidget *button = g_ptr_array_index (self->buttons, i);

      if (gtk_widget_get_child_visible (button))
        return button;
    }

  return NULL;
}

/* The nearest unit in a direction: within 60° of it, distance along the
 * direction counting less than distance across. */
static GtkWidget *
nearest_in_direction (EcMapView        *self,
                      const char       *from_id,
                      GtkDirectionType  direction)
{
  GtkWidget *best = NULL;
  double best_score = G_MAXDOUBLE;
  double fx, fy;

  unit_centre (self, from_id, &fx, &fy);

  for (guint i = 0; i < self->buttons->len; i++)
    {
      GtkWidget *button = g_ptr_array_index (self->buttons, i);
      const char *id = ec_unit_button_get_unit_id (EC_UNIT_BUTTON (button));
      double x, y, along, across;

      if (g_str_equal (id, from_id) || !gtk_widget_get_child_visible (button))
        continue;

      unit_centre (self, id, &x, &y);
      switch (direction)
        {
        case GTK_DIR_LEFT:
          along = fx - x;
          across = fabs (y - fy);
          break;
        case GTK_DIR_RIGHT:
          along = x - fx;
          across = fabs (y - fy);
          break;
        case GTK_DIR_UP:
          along = fy - y;
          across = fabs (x - fx);
          break;
        case GTK_DIR_DOWN:
        default:
          along = y - fy;
          across = fabs (x - fx);
          break;
        }

      if (along <= 0 || across > along * 1.8)
        continue;

      if (along + 2 * across < best_score)
        {
          best_score = along + 2 * across;
          best = button;
        }
    }

  return best;
}

static gboolean
ec_map_view_focus (GtkWidget        *widget,
                   GtkDirectionType  direction)
{
  EcMapView *self = EC_MAP_VIEW (widget);
  EcUnitButton *current = focused_button (self);
  GtkWidget *next = NULL;
  guint index = 0;

  if (current == NULL || !gtk_widget_has_focus (GTK_WIDGET (current)))
    {
      /* Entering the map: the first unit, or the last going backwards. */
      if (direction == GTK_DIR_TAB_BACKWARD)
        next = next_in_order (self, self->buttons->len, -1);
      else
        next = next_in_order (self, -1, 1);
    }
  else
    {
      g_ptr_array_find (self->buttons, current, &index);

      switch (direction)
        {
        case GTK_DIR_TAB_FORWARD:
          next = next_in_order (self, index, 1);
          break;
        case GTK_DIR_TAB_BACKWARD:
          next = next_in_order (self, index, -1);
          break;
        case GTK_DIR_UP:
        case GTK_DIR_DOWN:
        case GTK_DIR_LEFT:
        case GTK_DIR_RIGHT:
        default:
          next = nearest_in_direction (self, ec_unit_button_get_unit_id (current), direction);
          if (next == NULL)
            {
              /* At the edge of the map, stay put rather than jump away. */
              gtk_widget_error_bell (widget);
              return TRUE;
            }
          break;
        }
    }

  if (next == NULL)
    return FALSE;

  return gtk_widget_grab_focus (next);
}

static void
ec_map_view_set_focus_child (GtkWidget *widget,
                             GtkWidget *child)
{
  EcMapView *self = EC_MAP_VIEW (widget);

  GTK_WIDGET_CLASS (ec_map_view_parent_class)->set_focus_child (widget, child);

  /* Focus moved by the keyboard (a click marks it again after moving it). */
  self->pointer_focus = FALSE;
  gtk_widget_queue_draw (widget);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FOCUSED_UNIT]);
}

static void
focus_visible_cb (EcMapView  *self,
                  GParamSpec *pspec,
                  GtkWindow  *window)
{
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
ec_map_view_root (GtkWidget *widget)
{
  EcMapView *self = EC_MAP_VIEW (widget);
  GtkRoot *root;

  GTK_WIDGET_CLASS (ec_map_view_parent_class)->root (widget);

  /* The ring comes and goes with the window's focus-visible state, which
   * the keyboard sets. */
  root = gtk_widget_get_root (widget);
  if (GTK_IS_WINDOW (root))
    {
      self->window = GTK_WINDOW (root);
      g_signal_connect_object (root, "notify::focus-visible", G_CALLBACK (focus_visible_cb), self, G_CONNECT_SWAPPED);
    }
}

static void
ec_map_view_unroot (GtkWidget *widget)
{
  EcMapView *self = EC_MAP_VIEW (widget);

  if (self->window != NULL)
    g_signal_handlers_disconnect_by_func (self->window, focus_visible_cb, self);
  self->window = NULL;

  GTK_WIDGET_CLASS (ec_map_view_parent_class)->unroot (widget);
}

/* Layout and drawing */

static GtkSizeRequestMode
ec_map_view_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
ec_map_view_measure (GtkWidget      *widget,
                     GtkOrientation  orientation,
                     int             for_size,
                     int            *minimum,
                     int            *natural,
                     int            *minimum_baseline,
                     int            *natural_baseline)
{
  EcMapView *self = EC_MAP_VIEW (widget);
  const EcRect *view = ec_map_get_view_box (self->map);
  double aspect = view->height / view->width;

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      /* A modest natural width lets the side panel stay beside the map on a
       * 1280-pixel screen; the map still takes all the room it is given. */
      *minimum = 320;
      *natural = MAX (320, for_size > 0 ? MIN ((int)(for_size / aspect), 760) : 760);
    }
  else
    {
      *minimum = (int)(320 * aspect);
      *natural = for_size > 0 ? (int)(for_size * aspect) : (int)view->height;
    }
}

static void
ec_map_view_size_allocate (GtkWidget *widget,
                           int        width,
                           int        height,
                           int        baseline)
{
  EcMapView *self = EC_MAP_VIEW (widget);
  int scale = gtk_widget_get_scale_factor (widget);

  int map_height = height;

  /* The key to a map of the Union as it was takes a strip below the map,
   * so that it never hides a state. */
  if (gtk_widget_get_visible (self->legend))
    {
      int legend_height;

      gtk_widget_measure (self->legend, GTK_ORIENTATION_VERTICAL, width, NULL, &legend_height, NULL, NULL);
      legend_height = MIN (legend_height, height / 3);
      map_height = height - legend_height;
      gtk_widget_size_allocate (self->legend, &(GtkAllocation) { 0, map_height, width, legend_height }, -1);
    }

  self->scale_factor = scale;
  ec_map_renderer_set_size (self->renderer, width * scale, map_height * scale);

  for (guint i = 0; i < self->buttons->len; i++)
    {
      GtkWidget *button = g_ptr_array_index (self->buttons, i);
      graphene_rect_t bounds;

      if (!gtk_widget_get_child_visible (button))
        continue;

      unit_bounds (self, ec_unit_button_get_unit_id (EC_UNIT_BUTTON (button)), &bounds);
      gtk_widget_size_allocate (button,
                                &(GtkAllocation) {
                                  bounds.origin.x, bounds.origin.y,
                                  MAX (1, bounds.size.width), MAX (1, bounds.size.height) },
                                -1);
    }

  if (self->popover != NULL)
    gtk_popover_present (GTK_POPOVER (self->popover));
}

static GdkTexture *
texture_for_tile (cairo_surface_t *surface,
                  int              x,
                  int              y,
                  int              width,
                  int              height)
{
  int stride = cairo_image_surface_get_stride (surface);
  const guchar *data = cairo_image_surface_get_data (surface);
  guchar *pixels = g_malloc ((gsize)width * height * 4);
  g_autoptr(GBytes) bytes = NULL;

  for (int row = 0; row < height; row++)
    memcpy (pixels + (gsize)row * width * 4, data + (gsize)(y + row) * stride + (gsize)x * 4, (gsize)width * 4);

  bytes = g_bytes_new_take (pixels, (gsize)width * height * 4);

  /* cairo's ARGB32 is premultiplied BGRA in memory on little-endian
   * machines, which is GDK_MEMORY_DEFAULT. */
  return gdk_memory_texture_new (width, height, GDK_MEMORY_DEFAULT, bytes, (gsize)width * 4);
}

static void
update_tiles (EcMapView *self)
{
  cairo_region_t *damage = ec_map_renderer_update (self->renderer);
  cairo_surface_t *surface = ec_map_renderer_get_surface (self->renderer);
  int width, height;

  if (surface == NULL)
    return;

  width = cairo_image_surface_get_width (surface);
  height = cairo_image_surface_get_height (surface);

  if (self->tiles_x != (width + TILE_SIZE - 1) / TILE_SIZE ||
      self->tiles_y != (height + TILE_SIZE - 1) / TILE_SIZE ||
      self->tiles->len == 0)
    {
      self->tiles_x = (width + TILE_SIZE - 1) / TILE_SIZE;
      self->tiles_y = (height + TILE_SIZE - 1) / TILE_SIZE;
      g_ptr_array_set_size (self->tiles, 0);
      g_ptr_array_set_size (self->tiles, self->tiles_x * self->tiles_y);
      g_clear_pointer (&damage, cairo_region_destroy);
    }

  for (int ty = 0; ty < self->tiles_y; ty++)
    {
      for (int tx = 0; tx < self->tiles_x; tx++)
        {
          cairo_rectangle_int_t tile = {
            tx * TILE_SIZE, ty * TILE_SIZE,
            MIN (TILE_SIZE, width - tx * TILE_SIZE), MIN (TILE_SIZE, height - ty * TILE_SIZE)
          };
          guint index = ty * self->tiles_x + tx;

          if (g_ptr_array_index (self->tiles, index) != NULL && damage != NULL &&
              cairo_region_contains_rectangle (damage, &tile) == CAIRO_REGION_OVERLAP_OUT)
            continue;

          if (g_ptr_array_index (self->tiles, index) != NULL && damage == NULL)
            continue;

          g_clear_object ((GdkTexture **)&g_ptr_array_index (self->tiles, index));
          g_ptr_array_index (self->tiles, index) = texture_for_tile (surface, tile.x, tile.y, tile.width, tile.height);
        }
    }

  g_clear_pointer (&damage, cairo_region_destroy);
}

static void
ec_map_view_snapshot (GtkWidget   *widget,
                      GtkSnapshot *snapshot)
{
  EcMapView *self = EC_MAP_VIEW (widget);
  const char *focused = ec_map_view_get_focused_unit (self);
  double scale = self->scale_factor > 0 ? self->scale_factor : 1;
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);

  /* With the cairo renderer, paint the cached drawing straight from its
   * surface: textures would be copied back into cairo surfaces every frame. */
  if (GSK_IS_CAIRO_RENDERER (gtk_native_get_renderer (gtk_widget_get_native (widget))))
    {
      cairo_region_t *damage = ec_map_renderer_update (self->renderer);
      cairo_surface_t *surface = ec_map_renderer_get_surface (self->renderer);

      g_clear_pointer (&damage, cairo_region_destroy);
      if (surface != NULL)
        {
          cairo_t *cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));

          cairo_scale (cr, 1 / scale, 1 / scale);
          cairo_set_source_surface (cr, surface, 0, 0);
          cairo_paint (cr);
          cairo_destroy (cr);
        }
    }
  else
    update_tiles (self);

  for (int ty = 0; ty < self->tiles_y; ty++)
    {
      for (int tx = 0; tx < self->tiles_x; tx++)
        {
          GdkTexture *texture = g_ptr_array_index (self->tiles, ty * self->tiles_x + tx);

          if (texture == NULL)
            continue;

          gtk_snapshot_append_texture (snapshot, texture,
                                       &GRAPHENE_RECT_INIT (tx * TILE_SIZE / scale, ty * TILE_SIZE / scale,
                                                            gdk_texture_get_width (texture) / scale,
                                                            gdk_texture_get_height (texture) / scale));
        }
    }

  /* Hover and focus outlines change often and cost little: drawn each frame
   * over the cached map, never into it. */
  if (self->hovered != NULL || ec_map_view_get_focus_ring_visible (self))
    {
      cairo_t *cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));

      cairo_scale (cr, 1 / scale, 1 / scale);
      if (self->hovered != NULL)
        ec_map_renderer_draw_highlight (self->renderer, cr, self->hovered, EC_MAP_HIGHLIGHT_HOVER);
      if (ec_map_view_get_focus_ring_visible (self))
        {
          GdkRGBA accent = { 0.21, 0.52, 0.89, 1 };
          EcColor color;

          /* libadwaita's focus ring: the accent colour, 2 px wide, 2 px
           * out from the unit. */
          G_GNUC_BEGIN_IGNORE_DEPRECATIONS
          gtk_style_context_lookup_color (gtk_widget_get_style_context (widget), "accent_color", &accent);
          G_GNUC_END_IGNORE_DEPRECATIONS
          color = (EcColor) { accent.red, accent.green, accent.blue };
          ec_map_renderer_draw_focus_ring (self->renderer, cr, focused, &color, 2 * scale, 2 * scale);
        }
      cairo_destroy (cr);
    }

  gtk_widget_snapshot_child (widget, self->legend, snapshot);
}

static void
ec_map_view_dispose (GObject *object)
{
  EcMapView *self = (EcMapView *)object;
  GtkWidget *child;

  if (self->scenario != NULL)
    g_signal_handlers_disconnect_by_func (self->scenario, scenario_changed_cb, self);

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))))
    gtk_widget_unparent (child);
  self->popover = NULL;
  self->legend = NULL;

  g_clear_pointer (&self->buttons, g_ptr_array_unref);
  g_clear_pointer (&self->button_by_id, g_hash_table_unref);
  g_clear_pointer (&self->tiles, g_ptr_array_unref);
  g_clear_object (&self->scenario);
  g_clear_object (&self->contingent);
  g_clear_object (&self->renderer);
  g_clear_object (&self->map);
  g_clear_pointer (&self->hovered, g_free);
  g_clear_pointer (&self->highlights, g_strfreev);

  G_OBJECT_CLASS (ec_map_view_parent_class)->dispose (object);
}

static void
ec_map_view_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  EcMapView *self = EC_MAP_VIEW (object);

  switch (prop_id)
    {
    case PROP_SCENARIO:
      g_value_set_object (value, self->scenario);
      break;

    case PROP_FOCUSED_UNIT:
      g_value_set_string (value, ec_map_view_get_focused_unit (self));
      break;

    case PROP_HOVERED_UNIT:
      g_value_set_string (value, self->hovered);
      break;

    case PROP_MARGIN_SHADING:
      g_value_set_boolean (value, ec_map_view_get_margin_shading (self));
      break;

    case PROP_LABEL_SCALE:
      g_value_set_double (value, ec_map_renderer_get_label_scale (self->renderer));
      break;

    case PROP_PATTERNS:
      g_value_set_boolean (value, ec_map_renderer_get_patterns (self->renderer));
      break;

    case PROP_CONTINGENT:
      g_value_set_object (value, self->contingent);
      break;

    case PROP_HIGHLIGHTS:
      g_value_set_boxed (value, self->highlights);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ec_map_view_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  EcMapView *self = EC_MAP_VIEW (object);

  switch (prop_id)
    {
    case PROP_SCENARIO:
      ec_map_view_set_scenario (self, g_value_get_object (value));
      break;

    case PROP_MARGIN_SHADING:
      ec_map_view_set_margin_shading (self, g_value_get_boolean (value));
      break;

    case PROP_LABEL_SCALE:
      ec_map_renderer_set_label_scale (self->renderer, g_value_get_double (value));
      /* The boxes grow with their labels: their buttons follow. */
      gtk_widget_queue_allocate (GTK_WIDGET (self));
      gtk_widget_queue_draw (GTK_WIDGET (self));
      g_object_notify_by_pspec (object, pspec);
      break;

    case PROP_PATTERNS:
      /* The colour-blind palette: its colours and the parties' patterns. */
      ec_map_renderer_set_patterns (self->renderer, g_value_get_boolean (value));
      ec_map_renderer_set_palette (self->renderer, g_value_get_boolean (value) ? EC_PALETTE_COLOR_BLIND
                                                                               : EC_PALETTE_STANDARD);
      sync_legend (self);
      gtk_widget_queue_draw (GTK_WIDGET (self));
      g_object_notify_by_pspec (object, pspec);
      break;

    case PROP_CONTINGENT:
      ec_map_view_set_contingent (self, g_value_get_object (value));
      break;

    case PROP_HIGHLIGHTS:
      g_strfreev (self->highlights);
      self->highlights = g_value_dup_boxed (value);
      /* The next frame repaints only the units that gain or lose a ring. */
      ec_map_renderer_set_highlights (self->renderer, (const char * const *)self->highlights);
      gtk_widget_queue_draw (GTK_WIDGET (self));
      g_object_notify_by_pspec (object, pspec);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ec_map_view_class_init (EcMapViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ec_map_view_dispose;
  object_class->get_property = ec_map_view_get_property;
  object_class->set_property = ec_map_view_set_property;

  widget_class->get_request_mode = ec_map_view_get_request_mode;
  widget_class->measure = ec_map_view_measure;
  widget_class->size_allocate = ec_map_view_size_allocate;
  widget_class->snapshot = ec_map_view_snapshot;
  widget_class->focus = ec_map_view_focus;
  widget_class->set_focus_child = ec_map_view_set_focus_child;
  widget_class->root = ec_map_view_root;
  widget_class->unroot = ec_map_view_unroot;
  widget_class->query_tooltip = ec_map_view_query_tooltip;

  properties[PROP_SCENARIO] =
    g_param_spec_object ("scenario", NULL, NULL,
                         EC_TYPE_SCENARIO,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_CONTINGENT] =
    g_param_spec_object ("contingent", NULL, NULL,
                         EC_TYPE_CONTINGENT,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_FOCUSED_UNIT] =
    g_param_spec_string ("focused-unit", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_HOVERED_UNIT] =
    g_param_spec_string ("hovered-unit", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_MARGIN_SHADING] =
    g_param_spec_boolean ("margin-shading", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_LABEL_SCALE] =
    g_param_spec_double ("label-scale", NULL, NULL,
                         0.5, 4.0, 1.0,
                         (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS));

  /* For colour-blind viewers: colours they tell apart (Okabe–Ito), and
   * candidates and undecided states told apart by patterns too, not by
   * hue alone. */
  properties[PROP_PATTERNS] =
    g_param_spec_boolean ("patterns", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS));

  /* Units an answer points at (the fewest switched voters, a way to win),
   * ringed on the map. */
  properties[PROP_HIGHLIGHTS] =
    g_param_spec_boxed ("highlights", NULL, NULL, G_TYPE_STRV,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "mapview");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

/* A sensible order for Tab: west to east in bands from north to south, the
 * way one reads a map, with Alaska and Hawaii where they are drawn. */
static int
compare_units_for_reading (gconstpointer a,
                           gconstpointer b)
{
  EcMapUnit *ua = *(EcMapUnit **)a;
  EcMapUnit *ub = *(EcMapUnit **)b;
  double ax, ay, bx, by;
  int band_a, band_b;

  ec_map_unit_get_label (ua, &ax, &ay, NULL, NULL);
  ec_map_unit_get_label (ub, &bx, &by, NULL, NULL);

  band_a = (int)(ay / 90);
  band_b = (int)(by / 90);
  if (band_a != band_b)
    return band_a - band_b;

  return (ax > bx) - (ax < bx);
}

/* States in reading order, each followed by its districts. */
static GPtrArray *
units_in_keyboard_order (EcMap *map)
{
  GPtrArray *states = g_ptr_array_new ();
  GPtrArray *order = g_ptr_array_new ();

  for (guint i = 0; i < ec_map_get_n_units (map); i++)
    {
      EcMapUnit *unit = ec_map_get_unit (map, i);

      if (!ec_map_unit_is_district (unit))
        g_ptr_array_add (states, unit);
    }
  g_ptr_array_sort (states, compare_units_for_reading);

  for (guint i = 0; i < states->len; i++)
    {
      EcMapUnit *state = g_ptr_array_index (states, i);

      g_ptr_array_add (order, state);
      for (guint j = 0; j < ec_map_get_n_units (map); j++)
        {
          EcMapUnit *unit = ec_map_get_unit (map, j);

          if (ec_map_unit_is_district (unit) &&
              g_str_equal (ec_map_unit_get_state_id (unit), ec_map_unit_get_id (state)))
            g_ptr_array_add (order, unit);
        }
    }

  g_ptr_array_unref (states);

  return order;
}

static void
ec_map_view_init (EcMapView *self)
{
  g_autoptr(GPtrArray) order = NULL;
  GtkGesture *click;
  GtkGesture *long_press;
  GtkEventController *motion;
  GtkEventController *key;

  self->scale_factor = 1;
  self->buttons = g_ptr_array_new ();
  self->button_by_id = g_hash_table_new (g_str_hash, g_str_equal);
  self->tiles = g_ptr_array_new_with_free_func (g_object_unref);

  self->map = g_object_ref (ec_map_get_default ());
  self->renderer = ec_map_renderer_new (self->map);

  order = units_in_keyboard_order (self->map);

  for (guint i = 0; i < order->len; i++)
    {
      const char *id = ec_map_unit_get_id (g_ptr_array_index (order, i));
      GtkWidget *button = ec_unit_button_new (id);

      gtk_widget_set_parent (button, GTK_WIDGET (self));
      g_ptr_array_add (self->buttons, button);
      g_hash_table_insert (self->button_by_id, (char *)ec_unit_button_get_unit_id (EC_UNIT_BUTTON (button)), button);
    }

  self->legend = ec_map_legend_new ();
  gtk_widget_set_parent (self->legend, GTK_WIDGET (self));

  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Map of the United States"),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  _("Click a state to give it to the next candidate; right-click for all choices"),
                                  -1);

  click = gtk_gesture_click_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), 0);
  g_signal_connect_object (click, "released", G_CALLBACK (click_released_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));

  long_press = gtk_gesture_long_press_new ();
  gtk_gesture_single_set_touch_only (GTK_GESTURE_SINGLE (long_press), TRUE);
  g_signal_connect_object (long_press, "pressed", G_CALLBACK (long_press_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (long_press));
  gtk_gesture_group (long_press, click);

  motion = gtk_event_controller_motion_new ();
  g_signal_connect_object (motion, "motion", G_CALLBACK (motion_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (motion, "leave", G_CALLBACK (leave_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self), motion);

  key = gtk_event_controller_key_new ();
  g_signal_connect_object (key, "key-pressed", G_CALLBACK (key_pressed_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self), key);

  sync_buttons (self);
}

/**
 * ec_map_view_new:
 *
 * Returns: (transfer floating): a new map view
 */
GtkWidget *
ec_map_view_new (void)
{
  return g_object_new (EC_TYPE_MAP_VIEW, NULL);
}
