/* ec-tally-bar.c
 *
 * Copyright 2026 The Electors authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <adwaita.h>

#include "ec-palette.h"
#include "ec-report.h"
#include "ec-tally-bar.h"

/* The race to 270 in one bar: one big candidate's electoral votes grow from
 * the left, the other's from the right, everyone else, abstentions and
 * undecided votes lie between, and a line marks the middle of the 538.
 * Changes slide into place unless animations are turned off. */

typedef enum {
  SEGMENT_CANDIDATE,
  SEGMENT_ABSTAINED,
  SEGMENT_UNDECIDED,
} SegmentKind;

typedef struct {
  SegmentKind  kind;
  gconstpointer key;
  EcColor      color;
  double       from;
  double       to;
} Segment;

/* Abstentions: a dark grey, as in exported snapshots. */

struct _EcTallyBar
{
  GtkWidget        parent_instance;

  EcReport        *report;
  GArray          *segments;
  double           progress;
  AdwAnimation    *animation;

  GtkLabel        *left_votes;
  GtkLabel        *left_name;
  GtkLabel        *right_votes;
  GtkLabel        *right_name;
  GtkLabel        *majority_label;
  GtkDrawingArea  *bar;
  GtkLabel        *outcome_label;
};

G_DEFINE_FINAL_TYPE (EcTallyBar, ec_tally_bar, GTK_TYPE_WIDGET)

static double
segment_value (const Segment *segment,
               double         progress)
{
  return segment->from + (segment->to - segment->from) * progress;
}

static void
draw_bar (GtkDrawingArea *area,
          cairo_t        *cr,
          int             width,
          int             height,
          gpointer        user_data)
{
  EcTallyBar *self = EC_TALLY_BAR (user_data);
  double total = 0;
  double x = 0;
  double bar_top = 4;
  double bar_height = height - 8;
  guint n = self->segments->len;

  for (guint i = 0; i < n; i++)
    total += segment_value (&g_array_index (self->segments, Segment, i), self->progress);

  if (total <= 0)
    total = EC_ELECTORS_TOTAL;

  /* Rounded trough. */
  cairo_save (cr);
  cairo_new_path (cr);
  cairo_arc (cr, bar_height / 2, bar_top + bar_height / 2, bar_height / 2, G_PI / 2, 3 * G_PI / 2);
  cairo_arc (cr, width - bar_height / 2, bar_top + bar_height / 2, bar_height / 2, -G_PI / 2, G_PI / 2);
  cairo_close_path (cr);
  cairo_clip (cr);

  for (guint i = 0; i < n; i++)
    {
      const Segment *segment = &g_array_index (self->segments, Segment, i);
      double w = width * segment_value (segment, self->progress) / total;

      /* The last segment (the right-hand candidate) ends at the right edge. */
      if (i == n - 1)
        w = width - x;

      if (w <= 0)
        continue;

      cairo_rectangle (cr, x, bar_top, w, bar_height);
      ec_palette_set_source (cr, &segment->color, 1);
      cairo_fill (cr);

      /* Undecided votes are hatched, so they read as "open" in grey print too. */
      if (segment->kind == SEGMENT_UNDECIDED)
        {
          cairo_save (cr);
          cairo_rectangle (cr, x, bar_top, w, bar_height);
          cairo_clip (cr);
          ec_palette_set_source (cr, ec_palette_get_ink (EC_INK_WHITE), 0.6);
          cairo_set_line_width (cr, 2);
          for (double hx = x - bar_height; hx < x + w; hx += 8)
            {
              cairo_move_to (cr, hx, bar_top + bar_height);
              cairo_line_to (cr, hx + bar_height, bar_top);
            }
          cairo_stroke (cr);
          cairo_restore (cr);
        }

      /* A thin white gap between segments. */
      if (x > 0)
        {
          cairo_rectangle (cr, x - 0.5, bar_top, 1, bar_height);
          ec_palette_set_source (cr, ec_palette_get_ink (EC_INK_WHITE), 0.8);
          cairo_fill (cr);
        }

      x += w;
    }
  cairo_restore (cr);

  /* The line at the middle: whoever crosses it has 270. */
  cairo_rectangle (cr, width / 2.0 - 1.5, 0, 3, height);
  ec_palette_set_source (cr, ec_palette_get_ink (EC_INK_WHITE), 1);
  cairo_fill (cr);
  cairo_rectangle (cr, width / 2.0 - 0.75, 0, 1.5, height);
  ec_palette_set_source (cr, ec_palette_get_ink (EC_INK_LABEL), 1);
  cairo_fill (cr);
}

static void
animation_value_cb (double      value,
                    EcTallyBar *self)
{
  self->progress = value;
  gtk_widget_queue_draw (GTK_WIDGET (self->bar));
}

static void
ec_tally_bar_dispose (GObject *object)
{
  EcTallyBar *self = (EcTallyBar *)object;
  GtkWidget *child;

  g_clear_object (&self->animation);
  gtk_widget_dispose_template (GTK_WIDGET (self), EC_TYPE_TALLY_BAR);
  /* The template's root box has no field of its own to be cleared by. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))))
    gtk_widget_unparent (child);
  g_clear_pointer (&self->report, ec_report_unref);
  g_clear_pointer (&self->segments, g_array_unref);

  G_OBJECT_CLASS (ec_tally_bar_parent_class)->dispose (object);
}

static void
ec_tally_bar_class_init (EcTallyBarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ec_tally_bar_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/electors/Electors/ec-tally-bar.ui");
  gtk_widget_class_bind_template_child (widget_class, EcTallyBar, left_votes);
  gtk_widget_class_bind_template_child (widget_class, EcTallyBar, left_name);
  gtk_widget_class_bind_template_child (widget_class, EcTallyBar, right_votes);
  gtk_widget_class_bind_template_child (widget_class, EcTallyBar, right_name);
  gtk_widget_class_bind_template_child (widget_class, EcTallyBar, majority_label);
  gtk_widget_class_bind_template_child (widget_class, EcTallyBar, bar);
  gtk_widget_class_bind_template_child (widget_class, EcTallyBar, outcome_label);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "tallybar");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
ec_tally_bar_init (EcTallyBar *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->segments = g_array_new (FALSE, TRUE, sizeof (Segment));
  self->progress = 1.0;
  gtk_drawing_area_set_draw_func (self->bar, draw_bar, self, NULL);

  self->animation = adw_timed_animation_new (GTK_WIDGET (self), 0.0, 1.0, 300,
                                             adw_callback_animation_target_new ((AdwAnimationTargetFunc)animation_value_cb,
                                                                                self, NULL));
  adw_timed_animation_set_easing (ADW_TIMED_ANIMATION (self->animation), ADW_EASE_OUT_CUBIC);
}

/**
 * ec_tally_bar_new:
 *
 * Returns: (transfer floating): a new tally bar
 */
GtkWidget *
ec_tally_bar_new (void)
{
  return g_object_new (EC_TYPE_TALLY_BAR, NULL);
}

static double
previous_value (EcTallyBar    *self,
                SegmentKind    kind,
                gconstpointer  key)
{
  for (guint i = 0; i < self->segments->len; i++)
    {
      const Segment *segment = &g_array_index (self->segments, Segment, i);

      if (segment->kind == kind && segment->key == key)
        return segment_value (segment, self->progress);
    }

  return 0;
}

static void
add_segment (GArray        *segments,
             EcTallyBar    *self,
             SegmentKind    kind,
             gconstpointer  key,
             const EcColor *color,
             double         value)
{
  Segment segment = { kind, key, *color, previous_value (self, kind, key), value };

  g_array_append_val (segments, segment);
}

/**
 * ec_tally_bar_set_report:
 * @self: a #EcTallyBar
 * @report: the report of the tally to show
 *
 * Shows the tally of @report, sliding from the previous one.
 */
void
ec_tally_bar_set_report (EcTallyBar *self,
                         EcReport   *report)
{
  EcScenario *scenario;
  GPtrArray *bar;
  const EcReportEntry *left;
  const EcReportEntry *right;
  g_autoptr(GArray) segments = g_array_new (FALSE, TRUE, sizeof (Segment));
  const char *outcome;
  const char *majority;
  g_autofree char *accessible = NULL;
  gboolean first = self->report == NULL;

  g_return_if_fail (EC_IS_TALLY_BAR (self));
  g_return_if_fail (report != NULL);

  scenario = ec_tally_get_scenario (ec_report_get_tally (report));
  bar = ec_report_get_bar (report);
  left = ec_report_get_left (report);
  right = ec_report_get_right (report);

  for (guint i = 0; i < bar->len; i++)
    {
      const EcReportEntry *entry = g_ptr_array_index (bar, i);
      SegmentKind kind;
      EcColor color;

      switch (entry->kind)
        {
        case EC_REPORT_ENTRY_ABSTAINED:
        case EC_REPORT_ENTRY_OTHERS:
          kind = SEGMENT_ABSTAINED;
          color = *ec_palette_get_ink (EC_INK_ABSTAINED);
          break;
        case EC_REPORT_ENTRY_UNDECIDED:
          kind = SEGMENT_UNDECIDED;
          ec_palette_get_undecided_color (&color);
          break;
        case EC_REPORT_ENTRY_CANDIDATE:
        default:
          kind = SEGMENT_CANDIDATE;
          ec_palette_get_candidate_color (scenario, entry->candidate, &color);
          break;
        }

      add_segment (segments, self, kind, entry->candidate, &color, entry->electoral_votes);
    }

  g_clear_pointer (&self->segments, g_array_unref);
  self->segments = g_steal_pointer (&segments);
  g_clear_pointer (&self->report, ec_report_unref);
  self->report = ec_report_ref (report);

  gtk_label_set_label (self->left_votes, left->votes_text);
  gtk_label_set_label (self->right_votes, right->votes_text);
  gtk_label_set_label (self->left_name, left->name);
  gtk_label_set_label (self->right_name, right->name);

  majority = ec_report_get_majority_text (report);
  gtk_label_set_label (self->majority_label, majority);

  outcome = ec_report_get_outcome_sentence (report);
  gtk_label_set_label (self->outcome_label, outcome);

  /* Translators: read by screen readers, e.g. "Hillary Clinton 227, Donald Trump 304, 270 to win" */
  accessible = g_strdup_printf (_("%s %s, %s %s, %s"),
                                left->name, left->votes_text, right->name, right->votes_text, majority);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, outcome,
                                  -1);

  if (first)
    {
      self->progress = 1.0;
      gtk_widget_queue_draw (GTK_WIDGET (self->bar));
    }
  else
    {
      self->progress = 0.0;
      adw_animation_reset (self->animation);
      adw_animation_play (self->animation);
    }
}

/**
 * ec_tally_bar_get_tally:
 * @self: a #EcTallyBar
 *
 * Returns: (transfer none) (nullable): the tally shown
 */
EcTally *
ec_tally_bar_get_tally (EcTallyBar *self)
{
  g_return_val_if_fail (EC_IS_TALLY_BAR (self), NULL);

  return self->report ? ec_report_get_tally (self->report) : NULL;
}

/**
 * ec_tally_bar_get_outcome_text:
 * @self: a #EcTallyBar
 *
 * Returns: (transfer none): the outcome sentence shown
 */
const char *
ec_tally_bar_get_outcome_text (EcTallyBar *self)
{
  g_return_val_if_fail (EC_IS_TALLY_BAR (self), NULL);

  return gtk_label_get_label (self->outcome_label);
}

/**
 * ec_tally_bar_get_left_text:
 * @self: a #EcTallyBar
 *
 * Returns: (transfer none): the number shown on the left
 */
const char *
ec_tally_bar_get_left_text (EcTallyBar *self)
{
  g_return_val_if_fail (EC_IS_TALLY_BAR (self), NULL);

  return gtk_label_get_label (self->left_votes);
}

/**
 * ec_tally_bar_get_right_text:
 * @self: a #EcTallyBar
 *
 * Returns: (transfer none): the number shown on the right
 */
const char *
ec_tally_bar_get_right_text (EcTallyBar *self)
{
  g_return_val_if_fail (EC_IS_TALLY_BAR (self), NULL);

  return gtk_label_get_label (self->right_votes);
}
