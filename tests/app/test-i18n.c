/* test-i18n.c
 *
 * Copyright 2026 The Electors authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The window in Spanish, from the catalogue built with the project.
 */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "ec-explain-pane.h"
#include "ec-explanations.h"
#include "ec-laws.h"
#include "ec-map-view.h"
#include "ec-side-panel.h"
#include "ec-systems-pane.h"
#include "ec-test-ui.h"
#include "ec-candidates-dialog.h"
#include "ec-unit-popover.h"
#include "ec-window.h"

static void
test_spanish_window (void)
{
  EcWindow *window;
  GtkWidget *popover;
  EcExplainPane *pane;
  const char *format;
  const EcTopic *topic;

  format = g_dngettext (GETTEXT_PACKAGE, "%s wins with %u electoral vote", "%s wins with %u electoral votes", 312);
  /* The catalogue is there and translates. */
  g_assert_cmpstr (format, !=, "%s wins with %u electoral votes");
  g_assert_cmpstr (_("Blank map"), !=, "Blank map");

  window = ec_test_create_window (1920, 1080);
  /* The outcome sentence is the translated one, with the right numbers. */
  g_assert_cmpstr (ec_window_get_outcome_text (window), !=, "Donald Trump wins with 312 electoral votes");
  g_assert_nonnull (strstr (ec_window_get_outcome_text (window), "Donald Trump"));
  g_assert_nonnull (strstr (ec_window_get_outcome_text (window), "312"));

  /* The explanations come translated too. */
  topic = ec_explanations_lookup (ec_explanations_get_default (), "electoral-college");
  g_assert_cmpstr (topic->title, !=, "What is the Electoral College?");

  /* So do the state laws, with the state's name and year filled in, and the
   * counts of the state-laws topic, with Spanish plurals. */
  g_assert_true (g_str_has_prefix (ec_laws_lookup (ec_laws_get_default (), "CA")->summary,
                                   "Desde 2023, California aplica"));
  topic = ec_explanations_lookup (ec_explanations_get_default (), "state-laws");
  g_assert_nonnull (strstr (topic->more[0], "sin ley (16 estados)"));
  g_assert_nonnull (strstr (topic->more[0], "16 estados y DC"));

  ec_test_save_screenshot (GTK_WIDGET (window), "window-spanish.png");

  /* Presentation mode says what is on screen in Spanish too. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.present", NULL));
  ec_test_wait_ms (300);
  ec_test_wait_for_frames (GTK_WIDGET (window));
  {
    GObject *heading = gtk_widget_get_template_child (GTK_WIDGET (window), EC_TYPE_WINDOW, "context_heading");
    GObject *popular = gtk_widget_get_template_child (GTK_WIDGET (window), EC_TYPE_WINDOW, "context_popular");

    g_assert_true (g_str_has_prefix (gtk_label_get_label (GTK_LABEL (heading)), "Elección presidencial de "));
    g_assert_true (g_str_has_prefix (gtk_label_get_label (GTK_LABEL (popular)), "Voto popular: "));
    g_assert_nonnull (strstr (gtk_label_get_label (GTK_LABEL (popular)), "%"));
  }
  ec_test_save_screenshot (GTK_WIDGET (window), "presentation-spanish.png");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.leave-presentation", NULL));
  ec_test_wait_for_frames (GTK_WIDGET (window));

  popover = ec_map_view_open_popover (EC_MAP_VIEW (ec_window_get_map_view (window)), "CA");
  ec_test_wait_for_frames (GTK_WIDGET (window));
  g_assert_true (g_str_has_prefix (gtk_label_get_label (GTK_LABEL (gtk_widget_get_template_child (popover, EC_TYPE_UNIT_POPOVER, "law_label"))),
                                   "Ley de California: Desde 2023"));
  ec_test_save_screenshot (popover, "window-spanish-popover-law.png");
  gtk_popover_popdown (GTK_POPOVER (popover));
  ec_test_wait_for_frames (GTK_WIDGET (window));

  /* The state-laws topic with its sources, in Spanish. */
  pane = ec_side_panel_get_explain_pane (EC_SIDE_PANEL (ec_window_get_side_panel (window)));
  g_assert_true (ec_explain_pane_show_topic (pane, "state-laws"));
  gtk_expander_set_expanded (GTK_EXPANDER (gtk_widget_get_template_child (GTK_WIDGET (pane), EC_TYPE_EXPLAIN_PANE, "more_expander")), TRUE);
  ec_test_wait_for_frames (GTK_WIDGET (window));
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (gtk_widget_get_template_child (GTK_WIDGET (pane), EC_TYPE_EXPLAIN_PANE, "sources_label"))),
                            "Proyecto de ley 103 del Senado de California"));
  ec_test_save_screenshot (GTK_WIDGET (pane), "window-spanish-state-laws.png");

  gtk_widget_activate_action (GTK_WIDGET (window), "win.election", "s", "2016");
  ec_test_wait_for_frames (GTK_WIDGET (window));
  ec_test_save_screenshot (GTK_WIDGET (window), "window-spanish-2016.png");

  /* Other ways to choose, in Spanish: the method's words and the House's. */
  {
    GtkWidget *systems = GTK_WIDGET (gtk_widget_get_template_child (ec_window_get_side_panel (window), EC_TYPE_SIDE_PANEL, "systems_pane"));

    g_assert_cmpstr (ec_method_get_name (EC_METHOD_PROPORTIONAL), ==, "Proporcional (resto mayor)");
    ec_scenario_set_method (ec_window_get_scenario (window), EC_METHOD_PROPORTIONAL);
    ec_scenario_set_house_size (ec_window_get_scenario (window), 573, NULL);
    ec_test_wait_for_frames (GTK_WIDGET (window));
    g_assert_true (g_str_has_prefix (ec_systems_pane_get_text (EC_SYSTEMS_PANE (systems), "method"),
                                     "Los electores de cada estado se reparten"));
    g_assert_true (g_str_has_prefix (ec_systems_pane_get_text (EC_SYSTEMS_PANE (systems), "house"),
                                     "573 escaños repartidos"));
    ec_test_save_screenshot (systems, "window-spanish-systems.png");
  }

  ec_test_destroy_window (window);
}

/* The state popover at 1024×600 in Spanish: the counter's limit and its
 * message, and the blank map's Candidates dialog. */
static void
test_spanish_popover_small (void)
{
  EcWindow *window = ec_test_create_window (1024, 600);
  GtkWidget *popover;
  GtkWidget *error_label;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.election", "s", "2016");
  ec_test_wait_for_frames (GTK_WIDGET (window));
  popover = ec_map_view_open_popover (EC_MAP_VIEW (ec_window_get_map_view (window)), "TX");
  ec_test_wait_for_frames (GTK_WIDGET (window));
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (gtk_widget_get_template_child (popover, EC_TYPE_UNIT_POPOVER, "counter_label"))), ==,
                   "Hasta 36 electores pueden romper su compromiso. (2 ya lo han hecho.)");
  gtk_editable_set_text (GTK_EDITABLE (gtk_widget_get_template_child (popover, EC_TYPE_UNIT_POPOVER, "count_spin")), "40");
  error_label = GTK_WIDGET (gtk_widget_get_template_child (popover, EC_TYPE_UNIT_POPOVER, "error_label"));
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (error_label)), ==,
                   "Texas tiene 38 electores. 2 de ellos ya han roto su compromiso. Como mucho pueden 36 más, no 40.");
  ec_test_wait_for_frames (popover);
  ec_test_save_screenshot (popover, "window-spanish-popover-1024x600.png");
  {
    GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (
      GTK_SCROLLED_WINDOW (gtk_widget_get_template_child (popover, EC_TYPE_UNIT_POPOVER, "scroller")));

    gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment));
    ec_test_wait_for_frames (popover);
    ec_test_save_screenshot (popover, "window-spanish-popover-1024x600-bottom.png");
  }
  gtk_popover_popdown (GTK_POPOVER (popover));
  ec_test_wait_for_frames (GTK_WIDGET (window));

  gtk_widget_activate_action (GTK_WIDGET (window), "win.election", "s", "blank");
  ec_test_wait_for_frames (GTK_WIDGET (window));
  {
    GtkWidget *dialog = ec_candidates_dialog_new (GTK_WINDOW (window), ec_window_get_scenario (window));

    gtk_switch_set_active (ec_candidates_dialog_get_third_switch (EC_CANDIDATES_DIALOG (dialog)), TRUE);
    gtk_window_present (GTK_WINDOW (dialog));
    ec_test_wait_for_frames (dialog);
    g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (dialog)), ==, "Candidatos");
    ec_test_save_screenshot (dialog, "window-spanish-candidates.png");
    gtk_window_destroy (GTK_WINDOW (dialog));
  }

  ec_test_destroy_window (window);
}

int
main (int   argc,
      char *argv[])
{
  /* Spanish, from the catalogue in the build tree. */
  g_setenv ("LANGUAGE", "es", TRUE);
  setlocale (LC_ALL, "C.UTF-8");
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("ELECTORS_LOCALEDIR"));
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  ec_test_init_ui (&argc, &argv);

  g_test_add_func ("/ec/i18n/spanish-window", test_spanish_window);
  g_test_add_func ("/ec/i18n/spanish-popover-small", test_spanish_popover_small);

  return ec_test_run_ui ();
}
