/* test-house-view.c
 *
 * Copyright 2026 The Electors authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Drives the real window into a contingent election, as a student would:
 * a 269–269 tie, the House vote on the map, a delegation changed with a
 * click and undone; the petition of 2016 played to its end.
 */

#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "ec-explain-pane.h"
#include "ec-house-view.h"
#include "ec-map-view.h"
#include "ec-palette.h"
#include "ec-side-panel.h"
#include "ec-tally-bar.h"
#include "ec-test-ui.h"
#include "ec-window.h"

static void
activate (EcWindow   *window,
          const char *action,
          const char *parameter)
{
  if (parameter != NULL)
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), action, "s", parameter));
  else
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), action, NULL));
  ec_test_wait_for_frames (GTK_WIDGET (window));
}

static EcHouseView *
house_view_of (EcWindow *window)
{
  GObject *object = gtk_widget_get_template_child (GTK_WIDGET (window), EC_TYPE_WINDOW, "house_view");

  g_assert_nonnull (object);

  return EC_HOUSE_VIEW (object);
}

static void
assert_contains (const char *text,
                 const char *part)
{
  g_test_message ("“%s” in “%s”?", part, text);
  g_assert_nonnull (text);
  g_assert_nonnull (strstr (text, part));
}

/* @candidate_id: (nullable): whose colour, or %NULL for no vote. Looked up
 * each time: undo puts a new scenario, with new candidates, in place. */
static void
assert_unit_color (EcWindow   *window,
                   const char *unit_id,
                   const char *candidate_id)
{
  EcMapRenderer *renderer = ec_map_view_get_renderer (EC_MAP_VIEW (ec_window_get_map_view (window)));
  EcCandidate *candidate = NULL;
  EcColor expected;
  EcColor color;

  if (candidate_id != NULL)
    candidate = ec_scenario_get_candidate (ec_window_get_scenario (window), candidate_id);

  if (candidate != NULL)
    ec_palette_get_candidate_color (ec_window_get_scenario (window), candidate, &expected);
  else
    expected = *ec_palette_get_ink (EC_INK_ABSTAINED);

  g_assert_true (ec_map_renderer_get_unit_color (renderer, unit_id, &color));
  g_assert_cmpfloat_with_epsilon (color.red, expected.red, 1e-6);
  g_assert_cmpfloat_with_epsilon (color.green, expected.green, 1e-6);
  g_assert_cmpfloat_with_epsilon (color.blue, expected.blue, 1e-6);
}

/* 2016 as pledged, with Pennsylvania, Michigan and Maine's 2nd district
 * clicked over to Clinton: 269–269. */
static void
make_tie (EcWindow *window)
{
  EcMapView *map_view = EC_MAP_VIEW (ec_window_get_map_view (window));
  EcScenario *scenario;
  EcCandidate *clinton;

  activate (window, "win.election", "2016");
  activate (window, "win.pledged", NULL);
  scenario = ec_window_get_scenario (window);
  clinton = ec_scenario_get_candidate (scenario, "hillary-clinton");

  /* A click gives a state to the next candidate: from Trump, it takes one
   * or two to reach Clinton. */
  for (guint i = 0; i < 3 && ec_scenario_get_winner (scenario, "PA") != clinton; i++)
    ec_map_view_activate_unit (map_view, "PA", FALSE);
  for (guint i = 0; i < 3 && ec_scenario_get_winner (scenario, "MI") != clinton; i++)
    ec_map_view_activate_unit (map_view, "MI", FALSE);
  for (guint i = 0; i < 3 && ec_scenario_get_winner (scenario, "ME-2") != clinton; i++)
    ec_map_view_activate_unit (map_view, "ME-2", FALSE);
  ec_test_wait_for_frames (GTK_WIDGET (window));
}

static void
test_tie_into_house (void)
{
  EcWindow *window = ec_test_create_window (1920, 1080);
  EcTallyBar *bar = EC_TALLY_BAR (ec_window_get_tally_bar (window));
  EcHouseView *house = house_view_of (window);
  EcMapView *map_view = EC_MAP_VIEW (ec_window_get_map_view (window));
  EcSidePanel *panel = EC_SIDE_PANEL (ec_window_get_side_panel (window));
  const char *trump = "donald-trump";
  const char *clinton = "hillary-clinton";

  activate (window, "win.election", "2016");
  /* A majority: no House vote anywhere. */
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (house)));
  g_assert_null (ec_map_view_get_contingent (map_view));

  make_tie (window);
  g_assert_cmpstr (ec_tally_bar_get_left_text (bar), ==, "269");
  g_assert_cmpstr (ec_tally_bar_get_right_text (bar), ==, "269");

  /* The House vote appears, counted with the 115th Congress. */
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (house)));
  assert_contains (ec_house_view_get_text (house, "heading"), "the Congress elected in 2016 chooses");
  assert_contains (ec_house_view_get_text (house, "house"), "Donald Trump 32");
  assert_contains (ec_house_view_get_text (house, "house"), "Hillary Clinton 17");
  assert_contains (ec_house_view_get_text (house, "house"), "no vote 1");
  assert_contains (ec_house_view_get_text (house, "house"), "26 of 50 needed");
  assert_contains (ec_house_view_get_text (house, "senate"), "Mike Pence 52");
  assert_contains (ec_house_view_get_text (house, "senate"), "Tim Kaine 48");
  assert_contains (ec_house_view_get_text (house, "senate"), "51 of 100 needed");
  g_assert_cmpstr (ec_house_view_get_text (house, "outcome"), ==,
                   "Donald Trump would be president and Mike Pence vice president.");
  assert_contains (ec_side_panel_get_text (panel, "house"), "would choose Donald Trump as president (32 states of 50)");
  ec_test_save_screenshot (GTK_WIDGET (window), "house-tie.png");

  /* The map still shows the electors until “House Vote” is on. */
  g_assert_null (ec_map_view_get_contingent (map_view));
  assert_unit_color (window, "PA", clinton);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (house), "house.show-on-map", NULL));
  ec_test_wait_for_frames (GTK_WIDGET (window));
  g_assert_true (ec_house_view_get_showing (house));
  g_assert_true (ec_map_view_get_contingent (map_view) == ec_house_view_get_contingent (house));
  /* Pennsylvania's electors are Clinton's, its delegation (13–5) Trump's;
   * Maine's is split 1–1 and casts no vote. */
  assert_unit_color (window, "PA", trump);
  assert_unit_color (window, "ME", NULL);
  assert_unit_color (window, "ME-2", NULL);
  assert_unit_color (window, "CA", clinton);
  ec_test_save_screenshot (GTK_WIDGET (window), "house-vote.png");

  /* The state with keyboard focus is described beside the count. */
  g_assert_true (gtk_widget_grab_focus (ec_map_view_get_unit_widget (map_view, "TX")));
  ec_test_wait_for_frames (GTK_WIDGET (window));
  g_assert_cmpstr (ec_map_view_get_focused_unit (map_view), ==, "TX");
  g_assert_cmpstr (ec_house_view_get_text (house, "state"), ==, "Texas: 25 Republicans, 11 Democrats. Votes for Donald Trump.");

  /* A click on Texas: its delegation casts no vote, then votes for
   * Clinton. The tally of electors does not move. */
  ec_map_view_activate_unit (map_view, "TX", FALSE);
  ec_test_wait_for_frames (GTK_WIDGET (window));
  assert_contains (ec_house_view_get_text (house, "house"), "Donald Trump 31");
  assert_contains (ec_house_view_get_text (house, "house"), "no vote 2");
  assert_unit_color (window, "TX", NULL);
  ec_map_view_activate_unit (map_view, "TX", FALSE);
  ec_test_wait_for_frames (GTK_WIDGET (window));
  assert_contains (ec_house_view_get_text (house, "house"), "Hillary Clinton 18");
  assert_contains (ec_house_view_get_text (house, "house"), "no vote 1");
  assert_unit_color (window, "TX", clinton);
  g_assert_cmpstr (ec_house_view_get_text (house, "state"), ==,
                   "Texas: 25 Republicans, 11 Democrats. Votes for Hillary Clinton (your choice).");
  g_assert_cmpstr (ec_tally_bar_get_right_text (bar), ==, "269");
  g_assert_true (ec_scenario_get_house_vote (ec_window_get_scenario (window), "TX", NULL));
  /* The likely outcome stays the party-line one. */
  assert_contains (ec_side_panel_get_text (panel, "house"), "(32 states of 50)");
  ec_test_save_screenshot (GTK_WIDGET (window), "house-vote-texas.png");

  /* DC has no delegation: a click there changes nothing. */
  ec_map_view_activate_unit (map_view, "DC", FALSE);
  ec_test_wait_for_frames (GTK_WIDGET (window));
  assert_contains (ec_house_view_get_text (house, "house"), "Hillary Clinton 18");

  /* Undo, twice: Texas back to no vote, then to Trump. */
  activate (window, "win.undo", NULL);
  assert_contains (ec_house_view_get_text (house, "house"), "no vote 2");
  activate (window, "win.undo", NULL);
  assert_contains (ec_house_view_get_text (house, "house"), "Donald Trump 32");
  assert_unit_color (window, "TX", trump);
  g_assert_false (ec_scenario_get_house_vote (ec_window_get_scenario (window), "TX", NULL));
  activate (window, "win.redo", NULL);
  assert_contains (ec_house_view_get_text (house, "house"), "Donald Trump 31");

  /* The buttons beside the count explain, in the side panel. */
  activate (window, "win.show-topic", "senate-1837");
  g_assert_cmpstr (ec_explain_pane_get_topic_id (ec_side_panel_get_explain_pane (panel)), ==, "senate-1837");

  /* Undo back to a majority: the House vote goes, and the map shows the
   * electors again. */
  while (gtk_widget_get_visible (GTK_WIDGET (house)))
    activate (window, "win.undo", NULL);
  g_assert_null (ec_map_view_get_contingent (map_view));
  g_assert_false (ec_house_view_get_showing (house));
  g_assert_null (strstr (ec_window_get_outcome_text (window), "House"));

  ec_test_destroy_window (window);
}

/* The petition, to its end: 37 Texas electors vote for John Kasich. */
static void
test_petition_into_house (void)
{
  EcWindow *window = ec_test_create_window (1920, 1080);
  EcHouseView *house = house_view_of (window);
  EcSidePanel *panel = EC_SIDE_PANEL (ec_window_get_side_panel (window));
  EcScenario *scenario;
  g_autoptr(GError) error = NULL;

  activate (window, "win.election", "petition-2016");
  scenario = ec_window_get_scenario (window);
  g_assert_true (ec_scenario_add_faithless (scenario, "TX", ec_scenario_get_candidate (scenario, "john-kasich"),
                                            37, NULL, &error));
  g_assert_no_error (error);
  ec_test_wait_for_frames (GTK_WIDGET (window));

  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (house)));
  assert_contains (ec_house_view_get_text (house, "house"), "Donald Trump 32");
  assert_contains (ec_house_view_get_text (house, "house"), "John Kasich 0");
  assert_contains (ec_side_panel_get_text (panel, "house"),
                   "the Congress elected in 2016 would choose Donald Trump as president (32 states of 50) "
                   "and Mike Pence as vice president (52 of 100 senators)");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (house), "house.show-on-map", NULL));
  ec_test_wait_for_frames (GTK_WIDGET (window));
  ec_test_save_screenshot (GTK_WIDGET (window), "house-petition.png");

  ec_test_destroy_window (window);
}

/* Readable at classroom sizes, in presentation mode and in the dark: the
 * view fits the width and leaves the map room. */
static void
test_sizes (void)
{
  static const struct {
    int         width;
    int         height;
    gboolean    dark;
    gboolean    present;
    const char *name;
  } sizes[] = {
    { 1366, 768, FALSE, FALSE, "house-1366x768.png" },
    { 1024, 768, FALSE, FALSE, "house-1024x768.png" },
    { 1366, 768, TRUE, FALSE, "house-1366x768-dark.png" },
    { 1920, 1080, FALSE, TRUE, "house-presentation.png" },
    { 1366, 768, TRUE, TRUE, "house-presentation-1366x768-dark.png" },
    /* Where Nebraska's boxes ran together: they grow and stay apart. */
    { 1366, 768, FALSE, TRUE, "house-presentation-1366x768.png" },
  };
  AdwStyleManager *style = adw_style_manager_get_default ();

  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      EcWindow *window;
      EcHouseView *house;
      graphene_rect_t bounds;
      GtkWidget *map_view;

      adw_style_manager_set_color_scheme (style, sizes[i].dark ? ADW_COLOR_SCHEME_FORCE_DARK : ADW_COLOR_SCHEME_DEFAULT);
      window = ec_test_create_window (sizes[i].width, sizes[i].height);
      house = house_view_of (window);
      make_tie (window);
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (house), "house.show-on-map", NULL));
      if (sizes[i].present)
        activate (window, "win.present", NULL);
      ec_test_wait_ms (300);
      ec_test_wait_for_frames (GTK_WIDGET (window));
      ec_test_save_screenshot (GTK_WIDGET (window), sizes[i].name);

      g_assert_true (gtk_widget_compute_bounds (GTK_WIDGET (house), GTK_WIDGET (window), &bounds));
      g_test_message ("%s: house view %.0f×%.0f at %.0f,%.0f", sizes[i].name,
                      bounds.size.width, bounds.size.height, bounds.origin.x, bounds.origin.y);
      g_assert_cmpfloat (bounds.origin.x + bounds.size.width, <=, gtk_widget_get_width (GTK_WIDGET (window)) + 0.5);
      map_view = GTK_WIDGET (ec_window_get_map_view (window));
      g_test_message ("map %d×%d", gtk_widget_get_width (map_view), gtk_widget_get_height (map_view));
      g_assert_cmpint (gtk_widget_get_height (map_view), >=, sizes[i].height / 3);

      if (sizes[i].present)
        activate (window, "win.leave-presentation", NULL);
      ec_test_destroy_window (window);
    }

  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);
}

int
main (int   argc,
      char *argv[])
{
  ec_test_init_ui (&argc, &argv);

  g_test_add_func ("/ec/house-view/tie-into-house", test_tie_into_house);
  g_test_add_func ("/ec/house-view/petition-into-house", test_petition_into_house);
  g_test_add_func ("/ec/house-view/sizes", test_sizes);

  return ec_test_run_ui ();
}
