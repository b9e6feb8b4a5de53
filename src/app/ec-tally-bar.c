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
  EcPattern    pattern;
  double       from;
  double       to;
  /* What the segment is, for its tooltip: “Colin Powell: 3 electoral
   * votes”. */
  char        *text;
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

  gboolean         color_blind;
  /* The marks of the patterns in the colour-blind palette, dark and light,
   * made once. */
  cairo_pattern_t *patterns[(EC_PATTERN_HATCH + 1) * 2];
};

enum {
  PROP_0,
  PROP_COLOR_BLIND,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (EcTallyBar, ec_tally_bar, GTK_TYPE_WIDGET)

static void
segment_clear (gpointer data)
{
  Segment *segment = data;

  g_clear_pointer (&segment->text, g_free);
}

static GArray *
segments_new (void)
{
  GArray *segments = g_array_new (FALSE, TRUE, sizeof (Segment));

  g_array_set_clear_func (segments, segment_clear);

  return segments;
}

static void
clear_patterns (EcTallyBar *self)
{
  for (guint i = 0; i < G_N_ELEMENTS (self->patterns); i++)
    g_clear_pointer (&self->patterns[i], cairo_pattern_destroy);
}

/* The marks of @pattern over @fill, as the map lays them. */
static cairo_pattern_t *
get_pattern (EcTallyBar    *self,
             EcPattern      pattern,
             const EcColor *fill)
{
  EcColor ink;
  double alpha;
  guint index;

  ec_palette_get_pattern_ink (pattern, fill, &ink, &alpha);
  index = pattern * 2 + (ink.red == 1.0 ? 1 : 0);
  if (self->patterns[index] == NULL)
    self->patterns[index] = ec_palette_create_pattern (pattern, fill, 9, FALSE);

  return self->patterns[index];
}

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
      /* In the colour-blind palette, each party's pattern, as on the map. */
      if (segment->pattern != EC_PATTERN_NONE)
        {
          cairo_fill_preserve (cr);
          cairo_set_source (cr, get_pattern (self, segment->pattern, &segment->color));
        }
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
  clear_patterns (self);

  G_OBJECT_CLASS (ec_tally_bar_parent_class)->dispose (object);
}

static void
ec_tally_bar_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  EcTallyBar *self = EC_TALLY_BAR (object);

  switch (prop_id)
    {
    case PROP_COLOR_BLIND:
      g_value_set_boolean (value, self->color_blind);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ec_tally_bar_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  EcTallyBar *self = EC_TALLY_BAR (object);

  switch (prop_id)
    {
    case PROP_COLOR_BLIND:
      ec_tally_bar_set_color_blind (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ec_tally_bar_class_init (EcTallyBarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ec_tally_bar_dispose;
  object_class->get_property = ec_tally_bar_get_property;
  object_class->set_property = ec_tally_bar_set_property;

  /* The colour-blind palette, with each party's pattern, as on the map. */
  properties[PROP_COLOR_BLIND] =
    g_param_spec_boolean ("color-blind", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

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

static gboolean
query_tooltip_cb (EcTallyBar *self,
                  int         x,
                  int         y,
                  gboolean    keyboard_mode,
                  GtkTooltip *tooltip)
{
  const char *text = ec_tally_bar_get_segment_text_at (self, x);

  if (text == NULL)
    return FALSE;

  gtk_tooltip_set_text (tooltip, text);

  return TRUE;
}

static void
ec_tally_bar_init (EcTallyBar *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->segments = segments_new ();
  self->progress = 1.0;
  gtk_drawing_area_set_draw_func (self->bar, draw_bar, self, NULL);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self->bar), TRUE);
  g_signal_connect_object (self->bar, "query-tooltip", G_CALLBACK (query_tooltip_cb), self, G_CONNECT_SWAPPED);

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
             EcPattern      pattern,
             double         value,
             char          *text)
{
  Segment segment = { kind, key, *color, pattern, previous_value (self, kind, key), value, text };

  g_array_append_val (segments, segment);
}

/* Where each segment of the bar ends, as draw_bar() lays it out on a bar
 * @width wide, in @ends (as long as the segments). */
static void
segment_ends (EcTallyBar *self,
              double      width,
              double     *ends)
{
  double total = 0;
  double x = 0;

  for (guint i = 0; i < self->segments->len; i++)
    total += segment_value (&g_array_index (self->segments, Segment, i), self->progress);
  if (total <= 0)
    total = EC_ELECTORS_TOTAL;

  for (guint i = 0; i < self->segments->len; i++)
    {
      x += width * segment_value (&g_array_index (self->segments, Segment, i), self->progress) / total;
      ends[i] = i + 1 == self->segments->len ? width : x;
    }
}

/**
 * ec_tally_bar_get_segment_text_at:
 * @self: a #EcTallyBar
 * @x: a position along the bar, in its pixels
 *
 * What the segment at @x stands for, as its tooltip says it. A segment of
 * a few pixels (one electoral vote) is found within a few pixels, so that
 * it can be pointed at.
 *
 * Returns: (transfer none) (nullable): e.g. “Colin Powell: 3 electoral
 *   votes”, or %NULL where the bar has no segment
 */
const char *
ec_tally_bar_get_segment_text_at (EcTallyBar *self,
                                  double      x)
{
  g_autofree double *ends = NULL;
  const char *text = NULL;
  double best = 3;
  double width;
  double start = 0;

  g_return_val_if_fail (EC_IS_TALLY_BAR (self), NULL);

  width = gtk_widget_get_width (GTK_WIDGET (self->bar));
  if (width <= 0 || self->segments->len == 0)
    return NULL;

  ends = g_new (double, self->segments->len);
  segment_ends (self, width, ends);
  for (guint i = 0; i < self->segments->len; i++)
    {
      const Segment *segment = &g_array_index (self->segments, Segment, i);
      double from = start, to = ends[i];
      double score;

      start = ends[i];
      if (to <= from)
        continue;

      /* The segment under the pointer, or a narrow one within 3 pixels,
       * which wins over a wide neighbour within 1. */
      score = x < from ? from - x : x > to ? x - to : 0;
      if (to - from < 8)
        score -= 1;
      else if (score > 0)
        continue;

      if (score < best)
        {
          best = score;
          text = segment->text;
        }
    }

  return text;
}

/**
 * ec_tally_bar_get_color_blind:
 * @self: a #EcTallyBar
 *
 * Returns: whether the bar uses the colour-blind palette and patterns
 */
gboolean
ec_tally_bar_get_color_blind (EcTallyBar *self)
{
  g_return_val_if_fail (EC_IS_TALLY_BAR (self), FALSE);

  return self->color_blind;
}

/**
 * ec_tally_bar_set_color_blind:
 * @self: a #EcTallyBar
 * @color_blind: whether to use the colour-blind palette and patterns
 */
void
ec_tally_bar_set_color_blind (EcTallyBar *self,
                              gboolean    color_blind)
{
  g_autoptr(EcReport) report = NULL;

  g_return_if_fail (EC_IS_TALLY_BAR (self));

  color_blind = !!color_blind;
  if (self->color_blind == color_blind)
    return;

  self->color_blind = color_blind;
  clear_patterns (self);
  if (self->report != NULL)
    {
      /* The same tally in the other colours, without sliding. */
      report = ec_report_ref (self->report);
      g_clear_pointer (&self->report, ec_report_unref);
      ec_tally_bar_set_report (self, report);
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COLOR_BLIND]);
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
  g_autoptr(GArray) segments = segments_new ();
  g_autoptr(GString) parts = g_string_new (NULL);
  EcPaletteKind palette;
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

  palette = self->color_blind ? EC_PALETTE_COLOR_BLIND : EC_PALETTE_STANDARD;
  for (guint i = 0; i < bar->len; i++)
    {
      const EcReportEntry *entry = g_ptr_array_index (bar, i);
      EcPattern pattern = EC_PATTERN_NONE;
      SegmentKind kind;
      EcColor color;
      char *text;

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
          ec_palette_get_candidate_color_in (palette, scenario, entry->candidate, &color);
          if (self->color_blind)
            pattern = ec_palette_get_candidate_pattern (scenario, entry->candidate);
          break;
        }

      /* Translators: the tooltip of a part of the tally bar, e.g. “Colin
       * Powell: 3 electoral votes” */
      text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s: %u electoral vote", "%s: %u electoral votes",
                                           entry->electoral_votes),
                              entry->name, entry->electoral_votes);
      if (entry->electoral_votes > 0)
        {
          if (parts->len > 0)
            /* Translators: between the parts of the tally bar, as screen readers read them */
            g_string_append (parts, _(", "));
          g_string_append (parts, text);
        }
      add_segment (segments, self, kind, entry->candidate, &color, pattern, entry->electoral_votes, text);
    }
  /* Every part, the smallest too, for screen readers. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->bar),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, parts->str,
                                  -1);

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
