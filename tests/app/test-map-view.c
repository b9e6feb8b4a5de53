/* test-map-view.c
 *
 * Copyright 2026 The Electors authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The map in a real window: every unit reachable by keyboard, clicks and
 * keys change the scenario, accessible names are set.
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include <adwaita.h>

#include "ec-application.h"
#include "ec-map-view.h"
#include "ec-tally.h"
#include "ec-test-ui.h"
#include "ec-window.h"

static EcMapView *
map_of (EcWindow *window)
{
  return EC_MAP_VIEW (ec_window_get_map_view (window));
}

static void
unit_point (EcMapView  *view,
            const char *unit_id,
            double     *x,
            double     *y)
{
  EcMapRenderer *renderer = ec_map_view_get_renderer (view);
  EcMapUnit *unit = ec_map_lookup_unit (ec_map_renderer_get_map (renderer), unit_id);
  double mx, my;

  ec_map_unit_get_label (unit, &mx, &my, NULL, NULL);
  ec_map_renderer_map_to_pixels (renderer, mx, my, x, y);
  if (ec_map_unit_get_box (unit) != NULL)
    {
      EcRect bounds;

      /* Where the box is drawn at this size: it may have grown. */
      ec_map_renderer_get_unit_bounds (renderer, unit_id, &bounds);
      *x = bounds.x + bounds.width / 2;
      *y = bounds.y + bounds.height / 2;
    }
  *x /= gtk_widget_get_scale_factor (GTK_WIDGET (view));
  *y /= gtk_widget_get_scale_factor (GTK_WIDGET (view));
}

static GtkEventController *
find_controller (GtkWidget *widget,
                 GType      type)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (controller, type))
        return controller;
    }

  g_assert_not_reached ();
}

static void
click_unit (EcMapView  *view,
            const char *unit_id)
{
  GtkEventController *click = find_controller (GTK_WIDGET (view), GTK_TYPE_GESTURE_CLICK);
  double x, y;

  unit_point (view, unit_id, &x, &y);
  g_assert_cmpstr (ec_map_view_pick (view, x, y), ==, unit_id);
  g_signal_emit_by_name (click, "released", 1, x, y);
}

static gboolean
press_key (EcMapView       *view,
           guint            keyval,
           GdkModifierType  state)
{
  GtkEventController *key = find_controller (GTK_WIDGET (view), GTK_TYPE_EVENT_CONTROLLER_KEY);
  gboolean handled = FALSE;

  g_signal_emit_by_name (key, "key-pressed", keyval, 0, state, &handled);

  return handled;
}

static void
test_screenshots (void)
{
  const struct { int w, h; gboolean present; const char *name; } sizes[] = {
    { 1920, 1080, FALSE, "map-1920x1080.png" },
    { 1366, 768, FALSE, "map-1366x768.png" },
    { 1024, 600, FALSE, "map-1024x600.png" },
    { 1366, 768, TRUE, "map-presentation-1366x768.png" },
    { 1024, 600, TRUE, "map-presentation-1024x600.png" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      EcWindow *window = ec_test_create_window (sizes[i].w, sizes[i].h);

      gtk_widget_activate_action (GTK_WIDGET (window), "win.election", "s", "2016");
      if (sizes[i].present)
        gtk_widget_activate_action (GTK_WIDGET (window), "win.present", NULL);
      ec_test_wait_ms (300);
      ec_test_wait_for_frames (GTK_WIDGET (window));
      ec_test_save_screenshot (GTK_WIDGET (window), sizes[i].name);
      if (sizes[i].present)
        gtk_widget_activate_action (GTK_WIDGET (window), "win.leave-presentation", NULL);
      ec_test_destroy_window (window);
    }
}

/* The pixels of two screenshots of the same size that differ, and how many
 * of those are near @color. */
static guint
count_differing (GdkTexture    *a,
                 GdkTexture    *b,
                 const GdkRGBA *color,
                 guint         *near_color)
{
  int width = gdk_texture_get_width (a), height = gdk_texture_get_height (a);
  g_autofree guchar *pa = g_malloc (width * height * 4);
  g_autofree guchar *pb = g_malloc (width * height * 4);
  guint n = 0;

  g_assert_cmpint (gdk_texture_get_width (b), ==, width);
  g_assert_cmpint (gdk_texture_get_height (b), ==, height);
  gdk_texture_download (a, pa, width * 4);
  gdk_texture_download (b, pb, width * 4);
  *near_color = 0;
  for (int i = 0; i < width * height; i++)
    {
      /* Premultiplied BGRA, opaque here. */
      guchar *q = pb + 4 * i;

      if (memcmp (pa + 4 * i, q, 4) == 0)
        continue;
      n++;
      if (fabs (q[2] / 255.0 - color->red) < 0.08 && fabs (q[1] / 255.0 - color->green) < 0.08 &&
          fabs (q[0] / 255.0 - color->blue) < 0.08)
        (*near_color)++;
    }

  return n;
}

static void
test_focus_ring_follows_keyboard (void)
{
  EcWindow *window = ec_test_create_window (1366, 768);
  EcMapView *view = map_of (window);
  g_autoptr(GdkTexture) plain = NULL;
  g_autoptr(GdkTexture) ringed = NULL;
  g_autoptr(GdkTexture) clicked = NULL;
  g_autoptr(GdkTexture) clicked_plain = NULL;
  GdkRGBA accent = { 0 };
  guint near_accent = 0;

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  g_assert_true (gtk_style_context_lookup_color (gtk_widget_get_style_context (GTK_WIDGET (view)), "accent_color", &accent));
  G_GNUC_END_IGNORE_DEPRECATIONS

  /* Kansas focused while the window shows no focus: no ring. */
  gtk_window_set_focus_visible (GTK_WINDOW (window), FALSE);
  gtk_widget_grab_focus (ec_map_view_get_unit_widget (view, "NE"));
  g_assert_true (gtk_widget_child_focus (GTK_WIDGET (view), GTK_DIR_DOWN));
  g_assert_cmpstr (ec_map_view_get_focused_unit (view), ==, "KS");
  ec_test_wait_for_frames (GTK_WIDGET (window));
  g_assert_false (ec_map_view_get_focus_ring_visible (view));
  plain = ec_test_take_screenshot (GTK_WIDGET (view), "focus-none.png");

  /* A Tab makes the window show focus, as GTK does on a key press: a ring
   * in the accent colour around Kansas. */
  gtk_window_set_focus_visible (GTK_WINDOW (window), TRUE);
  g_assert_true (gtk_widget_child_focus (GTK_WIDGET (view), GTK_DIR_TAB_FORWARD));
  g_assert_true (gtk_widget_child_focus (GTK_WIDGET (view), GTK_DIR_TAB_BACKWARD));
  g_assert_cmpstr (ec_map_view_get_focused_unit (view), ==, "KS");
  ec_test_wait_for_frames (GTK_WIDGET (window));
  g_assert_true (ec_map_view_get_focus_ring_visible (view));
  ringed = ec_test_take_screenshot (GTK_WIDGET (view), "focus-ring.png");
  g_assert_cmpuint (count_differing (plain, ringed, &accent, &near_accent), >, 200);
  g_assert_cmpuint (near_accent, >, 150);

  /* A click on Kansas, with the window still showing focus: Kansas keeps
   * the focus, but wears no ring. */
  click_unit (view, "KS");
  ec_test_wait_for_frames (GTK_WIDGET (window));
  g_assert_cmpstr (ec_map_view_get_focused_unit (view), ==, "KS");
  g_assert_false (ec_map_view_get_focus_ring_visible (view));
  clicked = ec_test_take_screenshot (GTK_WIDGET (view), "focus-after-click.png");
  gtk_window_set_focus_visible (GTK_WINDOW (window), FALSE);
  ec_test_wait_for_frames (GTK_WIDGET (window));
  clicked_plain = ec_test_take_screenshot (GTK_WIDGET (view), "focus-after-click-plain.png");
  g_assert_cmpuint (count_differing (clicked_plain, clicked, &accent, &near_accent), ==, 0);

  /* The keyboard again: the ring is back. */
  gtk_window_set_focus_visible (GTK_WINDOW (window), TRUE);
  press_key (view, GDK_KEY_Shift_L, 0);
  g_assert_true (ec_map_view_get_focus_ring_visible (view));

  ec_test_destroy_window (window);
}

static void
test_keyboard_reaches_every_unit (void)
{
  EcWindow *window = ec_test_create_window (1280, 800);
  EcMapView *view = map_of (window);
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  guint steps = 0;

  /* 2024: Maine and Nebraska both split, so all 56 units are on the map. */
  g_assert_true (gtk_widget_child_focus (GTK_WIDGET (view), GTK_DIR_TAB_FORWARD));
  do
    {
      const char *focused = ec_map_view_get_focused_unit (view);

      g_assert_nonnull (focused);
      g_assert_false (g_hash_table_contains (seen, focused));
      g_hash_table_add (seen, g_strdup (focused));
      g_assert_cmpuint (++steps, <=, 56);
    }
  while (gtk_widget_child_focus (GTK_WIDGET (view), GTK_DIR_TAB_FORWARD));

  g_assert_cmpuint (g_hash_table_size (seen), ==, 56);

  /* Without the split, Nebraska's districts drop out of the order. */
  ec_scenario_set_split (ec_window_get_scenario (window), "NE", FALSE);
  ec_test_wait_for_frames (GTK_WIDGET (window));
  g_hash_table_remove_all (seen);
  gtk_widget_grab_focus (ec_map_view_get_unit_widget (view, "AK"));
  gtk_widget_child_focus (GTK_WIDGET (view), GTK_DIR_TAB_BACKWARD);
  g_assert_true (gtk_widget_child_focus (GTK_WIDGET (view), GTK_DIR_TAB_FORWARD));
  do
    g_hash_table_add (seen, g_strdup (ec_map_view_get_focused_unit (view)));
  while (gtk_widget_child_focus (GTK_WIDGET (view), GTK_DIR_TAB_FORWARD));
  g_assert_false (g_hash_table_contains (seen, "NE-2"));

  ec_test_destroy_window (window);
}

static void
test_arrow_keys (void)
{
  EcWindow *window = ec_test_create_window (1280, 800);
  EcMapView *view = map_of (window);

  gtk_widget_grab_focus (ec_map_view_get_unit_widget (view, "KS"));
  g_assert_cmpstr (ec_map_view_get_focused_unit (view), ==, "KS");

  g_assert_true (gtk_widget_child_focus (GTK_WIDGET (view), GTK_DIR_UP));
  g_assert_cmpstr (ec_map_view_get_focused_unit (view), ==, "NE");
  g_assert_true (gtk_widget_child_focus (GTK_WIDGET (view), GTK_DIR_DOWN));
  g_assert_cmpstr (ec_map_view_get_focused_unit (view), ==, "KS");
  g_assert_true (gtk_widget_child_focus (GTK_WIDGET (view), GTK_DIR_RIGHT));
  g_assert_cmpstr (ec_map_view_get_focused_unit (view), ==, "MO");
  g_assert_true (gtk_widget_child_focus (GTK_WIDGET (view), GTK_DIR_LEFT));
  g_assert_cmpstr (ec_map_view_get_focused_unit (view), ==, "KS");
  g_assert_true (gtk_widget_child_focus (GTK_WIDGET (view), GTK_DIR_DOWN));
  g_assert_cmpstr (ec_map_view_get_focused_unit (view), ==, "OK");

  ec_test_destroy_window (window);
}

static void
test_click_cycles_and_tally_follows (void)
{
  EcWindow *window = ec_test_create_window (1280, 800);
  EcMapView *view = map_of (window);
  EcScenario *scenario = ec_window_get_scenario (window);

  /* 2024: the first candidate (most popular votes) is Trump, then Harris. */
  g_assert_cmpstr (ec_candidate_get_id (ec_scenario_get_winner (scenario, "TX")), ==, "donald-trump");
  click_unit (view, "TX");
  g_assert_cmpstr (ec_candidate_get_id (ec_scenario_get_winner (scenario, "TX")), ==, "kamala-harris");
  ec_test_wait_for_frames (GTK_WIDGET (window));
  g_assert_cmpstr (ec_window_get_outcome_text (window), ==, "Donald Trump wins with 272 electoral votes");

  click_unit (view, "TX");
  g_assert_null (ec_scenario_get_winner (scenario, "TX"));
  click_unit (view, "TX");
  g_assert_cmpstr (ec_candidate_get_id (ec_scenario_get_winner (scenario, "TX")), ==, "donald-trump");

  /* A callout box and a district box work like states: Harris's go to
   * Trump first, as on the reference maps, then undecided. */
  click_unit (view, "RI");
  g_assert_cmpstr (ec_candidate_get_id (ec_scenario_get_winner (scenario, "RI")), ==, "donald-trump");
  click_unit (view, "RI");
  g_assert_null (ec_scenario_get_winner (scenario, "RI"));
  click_unit (view, "NE-2");
  g_assert_cmpstr (ec_candidate_get_id (ec_scenario_get_winner (scenario, "NE-2")), ==, "donald-trump");
  click_unit (view, "NE-2");
  g_assert_null (ec_scenario_get_winner (scenario, "NE-2"));
  click_unit (view, "DC");
  click_unit (view, "DC");
  g_assert_null (ec_scenario_get_winner (scenario, "DC"));

  ec_test_wait_for_frames (GTK_WIDGET (window));
  ec_test_save_screenshot (GTK_WIDGET (window), "map-after-clicks.png");
  ec_test_destroy_window (window);
}

static void
test_keys_cycle_and_open_popover (void)
{
  EcWindow *window = ec_test_create_window (1280, 800);
  EcMapView *view = map_of (window);
  EcScenario *scenario = ec_window_get_scenario (window);
  GtkWidget *popover;

  gtk_widget_grab_focus (ec_map_view_get_unit_widget (view, "PA"));
  g_assert_true (press_key (view, GDK_KEY_Return, 0));
  g_assert_cmpstr (ec_candidate_get_id (ec_scenario_get_winner (scenario, "PA")), ==, "kamala-harris");
  /* Shift goes backwards. */
  g_assert_true (press_key (view, GDK_KEY_space, GDK_SHIFT_MASK));
  g_assert_cmpstr (ec_candidate_get_id (ec_scenario_get_winner (scenario, "PA")), ==, "donald-trump");

  g_assert_true (press_key (view, GDK_KEY_F10, GDK_SHIFT_MASK));
  ec_test_wait_for_frames (GTK_WIDGET (window));
  popover = gtk_widget_get_last_child (GTK_WIDGET (view));
  g_assert_true (GTK_IS_POPOVER (popover));
  g_assert_true (gtk_widget_get_visible (popover));
  ec_test_save_screenshot (popover, "map-popover.png");
  gtk_popover_popdown (GTK_POPOVER (popover));
  ec_test_wait_for_frames (GTK_WIDGET (window));

  /* Closing the popover gives focus back to the unit. */
  g_assert_cmpstr (ec_map_view_get_focused_unit (view), ==, "PA");
  g_assert_true (press_key (view, GDK_KEY_Menu, 0));
  ec_test_wait_for_frames (GTK_WIDGET (window));
  popover = gtk_widget_get_last_child (GTK_WIDGET (view));
  g_assert_true (GTK_IS_POPOVER (popover));
  gtk_popover_popdown (GTK_POPOVER (popover));
  ec_test_wait_for_frames (GTK_WIDGET (window));

  ec_test_destroy_window (window);
}

static void
test_accessible_names (void)
{
  EcWindow *window = ec_test_create_window (1280, 800);
  EcMapView *view = map_of (window);
  GtkWidget *texas = ec_map_view_get_unit_widget (view, "TX");
  GtkWidget *maine = ec_map_view_get_unit_widget (view, "ME");
  GtkWidget *ne2 = ec_map_view_get_unit_widget (view, "NE-2");

  gtk_test_accessible_assert_role (texas, GTK_ACCESSIBLE_ROLE_BUTTON);
  gtk_test_accessible_assert_property (texas, GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Texas, 40 electoral votes, Donald Trump");
  gtk_test_accessible_assert_property (maine, GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Maine at large, 2 electoral votes, Kamala Harris");
  gtk_test_accessible_assert_property (ne2, GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Nebraska's 2nd congressional district, 1 electoral vote, Kamala Harris");
  g_assert_true (gtk_test_accessible_has_property (GTK_ACCESSIBLE (texas), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION));

  /* Names follow the scenario. */
  ec_scenario_set_winner (ec_window_get_scenario (window), "TX", NULL);
  gtk_test_accessible_assert_property (texas, GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Texas, 40 electoral votes, undecided");

  ec_test_destroy_window (window);
}

static void
test_margin_shading (void)
{
  EcWindow *window = ec_test_create_window (1920, 1080);
  EcMapView *view = map_of (window);
  EcMapRenderer *renderer = ec_map_view_get_renderer (view);
  EcColor before, after, expected, red;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.election", "s", "2016");
  ec_map_renderer_get_unit_color (renderer, "PA", &before);
  ec_palette_get_candidate_color (ec_window_get_scenario (window),
                                  ec_scenario_get_candidate (ec_window_get_scenario (window), "donald-trump"), &red);
  g_assert_cmpfloat (before.red, ==, red.red);

  /* Pennsylvania 2016 was won by under a point: the lightest shade. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "map.margin-shading", NULL));
  g_assert_true (ec_map_view_get_margin_shading (view));
  ec_map_renderer_get_unit_color (renderer, "PA", &after);
  ec_palette_shade (&red, EC_MARGIN_LEAN, &expected);
  g_assert_cmpfloat (after.green, ==, expected.green);
  /* Wyoming by 46 points: full colour. */
  ec_map_renderer_get_unit_color (renderer, "WY", &after);
  g_assert_cmpfloat (after.green, ==, red.green);

  ec_test_wait_for_frames (GTK_WIDGET (window));
  ec_test_save_screenshot (GTK_WIDGET (window), "map-margin-shading.png");
  ec_test_destroy_window (window);
}

int
main (int   argc,
      char *argv[])
{
  ec_test_init_ui (&argc, &argv);

  g_test_add_func ("/ec/map-view/screenshots", test_screenshots);
  g_test_add_func ("/ec/map-view/keyboard-reaches-every-unit", test_keyboard_reaches_every_unit);
  g_test_add_func ("/ec/map-view/arrow-keys", test_arrow_keys);
  g_test_add_func ("/ec/map-view/focus-ring-follows-keyboard", test_focus_ring_follows_keyboard);
  g_test_add_func ("/ec/map-view/click-cycles-and-tally-follows", test_click_cycles_and_tally_follows);
  g_test_add_func ("/ec/map-view/keys-cycle-and-open-popover", test_keys_cycle_and_open_popover);
  g_test_add_func ("/ec/map-view/accessible-names", test_accessible_names);
  g_test_add_func ("/ec/map-view/margin-shading", test_margin_shading);

  return ec_test_run_ui ();
}
