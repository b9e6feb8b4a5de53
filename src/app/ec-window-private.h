/* ec-window-private.h
 *
 * Copyright 2026 The Electors authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ec-document.h"
#include "ec-house-view.h"
#include "ec-lesson-pane.h"
#include "ec-map-view.h"
#include "ec-report.h"
#include "ec-side-panel.h"
#include "ec-tally-bar.h"
#include "ec-window.h"

G_BEGIN_DECLS

/* What the explanation pane reacts to, taken after every change. */
typedef struct {
  int            year;
  EcScenarioBase base;
  gboolean       petition;
  gboolean       split_me;
  gboolean       split_ne;
  gboolean       apply_laws;
  guint          faithless;
  EcOutcome      outcome;
  gboolean       tie;
  gboolean       popular_vote_split;
} Situation;

struct _EcWindow
{
  AdwApplicationWindow  parent_instance;

  /* What the window shows: the document, and its current scenario. */
  EcDocument           *document;
  EcScenario           *scenario;
  EcTally              *tally;
  GtkStringList        *election_ids;
  Situation             situation;
  gboolean              has_situation;

  /* An election to switch to once the question about unsaved changes is
   * answered. */
  char                 *pending_election;
  gboolean              pending_pledged;
  GCancellable         *cancellable;
  gboolean              presenting;
  double                label_scale;
  GSettings            *settings;
  gboolean              flap_was_revealed;
  gboolean              close_confirmed;
  /* The widgets whose tooltips are off while a modal dialog is up. */
  GPtrArray            *silenced_tooltips;
  guint                 tooltips_source;

  /* Template widgets */
  GtkDropDown          *election_picker;
  AdwWindowTitle       *window_title;
  EcTallyBar           *tally_bar;
  EcHouseView          *house_view;
  AdwFlap              *flap;
  EcMapView            *map_view;
  EcSidePanel          *side_panel;
  EcLessonPane         *lesson_pane;
  GtkWidget            *header_bar;
  AdwToastOverlay      *toast_overlay;
  GMenu                *recent_menu;
  GtkWidget            *presentation_context;
  GtkLabel             *context_heading;
  GtkLabel             *context_popular;
};


void     ec_window_class_init_files   (GtkWidgetClass *widget_class);
void     ec_window_init_files         (EcWindow       *self);
void     ec_window_dispose_files      (EcWindow       *self);
void     ec_window_load_election      (EcWindow       *self,
                                       const char     *id,
                                       gboolean        pledged);
void     ec_window_ask_to_save        (EcWindow       *self,
                                       const char     *heading,
                                       GCallback       discard_cb,
                                       GCallback       saved_cb);
void     ec_window_class_init_lessons (GtkWidgetClass *widget_class);
void     ec_window_init_lessons       (EcWindow       *self);
void     ec_window_ask_to_save_lesson (EcWindow       *self,
                                       gboolean        close_window);
void     ec_window_update_title       (EcWindow       *self);
void     ec_window_update_context     (EcWindow       *self,
                                       EcReport       *report);
GFile   *ec_window_with_suffix        (GFile          *chosen,
                                       const char     *suffix);
char    *ec_window_suggest_name       (const char     *title,
                                       const char     *fallback,
                                       const char     *suffix);


G_END_DECLS
