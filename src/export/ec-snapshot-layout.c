/* ec-snapshot-layout.c
 *
 * Copyright 2026 The Electors authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include <pango/pangocairo.h>

#include "ec-contingent.h"
#include "ec-compare.h"
#include "ec-format.h"
#include "ec-palette.h"
#include "ec-report.h"
#include "ec-snapshot-private.h"
#include "ec-tally.h"

/* The layout is proportional: every size and gap is a multiple of one unit
 * that grows with the picture, so a 4K slide is a 1080p slide drawn twice as
 * large. Text blocks are measured first; the map, which keeps its aspect
 * ratio, gets what is left, beside the blocks or above them, whichever
 * leaves it larger. When nothing fits, the unit shrinks and everything is
 * measured again, so text is never clipped or drawn over other text. */

/* Abstentions in the tally bar: as in the window's bar. */

/* More faithless lines than this run on in one paragraph, so a scenario
 * with faithless electors in many states still lists every one. */
#define MAX_FAITHLESS_LINES 8

/* The notes under the title: a page has room for a few lines; longer notes
 * end in an ellipsis. */
#define MAX_NOTES_LINES 5

/* Text */

static PangoContext *
get_pango (EcSnapshot *self)
{
  if (self->pango == NULL)
    {
      PangoFontMap *font_map = pango_cairo_font_map_get_default ();
      cairo_font_options_t *options = cairo_font_options_create ();

      /* Unhinted metrics lay text out the same at every size and on every
       * surface, so PNG, PDF and SVG put each line in the same place. */
      self->pango = pango_font_map_create_context (font_map);
      cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
      cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
      cairo_font_options_set_antialias (options, CAIRO_ANTIALIAS_GRAY);
      pango_cairo_context_set_font_options (self->pango, options);
      pango_context_set_round_glyph_positions (self->pango, FALSE);
      cairo_font_options_destroy (options);
    }

  return self->pango;
}

/* One line or paragraph of text in the snapshot's font. Drawing uses the
 * same layouts as measuring, so text lands where it was measured. */
PangoLayout *
ec_snapshot_new_pango_layout (EcSnapshot *self,
                              const char *text,
                              double      size,
                              gboolean    bold)
{
  PangoLayout *layout = pango_layout_new (get_pango (self));
  PangoFontDescription *font = pango_font_description_new ();

  pango_font_description_set_family_static (font, EC_PALETTE_FONT_FAMILY);
  pango_font_description_set_weight (font, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
  pango_font_description_set_absolute_size (font, size * PANGO_SCALE);
  pango_layout_set_font_description (layout, font);
  pango_font_description_free (font);
  pango_layout_set_text (layout, text, -1);

  return layout;
}

static double
text_width (EcSnapshot *self,
            const char *text,
            double      size,
            gboolean    bold)
{
  g_autoptr(PangoLayout) layout = ec_snapshot_new_pango_layout (self, text, size, bold);
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);

  return (double)logical.width / PANGO_SCALE;
}

/* The distance from the top of a line to its baseline, and the line's
 * height. */
static void
line_metrics (EcSnapshot *self,
              double      size,
              gboolean    bold,
              double     *ascent,
              double     *height)
{
  g_autoptr(PangoLayout) layout = ec_snapshot_new_pango_layout (self, "Ag", size, bold);
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);
  if (ascent)
    *ascent = (double)pango_layout_get_baseline (layout) / PANGO_SCALE;
  if (height)
    *height = (double)logical.height / PANGO_SCALE;
}

/* @text cut short with an ellipsis until it is no wider than @width. */
static char *
ellipsize (EcSnapshot *self,
           const char *text,
           double      size,
           gboolean    bold,
           double      width)
{
  glong n_chars = g_utf8_strlen (text, -1);
  glong low = 0, high = n_chars;

  if (text_width (self, text, size, bold) <= width)
    return g_strdup (text);

  /* The longest start of the text that fits with “…” after it. */
  while (low < high)
    {
      glong mid = (low + high + 1) / 2;
      g_autofree char *start = g_utf8_substring (text, 0, mid);
      g_autofree char *candidate = g_strconcat (g_strchomp (start), "…", NULL);

      if (text_width (self, candidate, size, bold) <= width)
        low = mid;
      else
        high = mid - 1;
    }

  {
    g_autofree char *start = g_utf8_substring (text, 0, low);

    return g_strconcat (g_strchomp (start), "…", NULL);
  }
}

/* Composition */

typedef struct {
  EcSnapshot *self;
  EcTally    *tally;
  EcReport   *report;
  /* NULL while measuring: then nothing is drawn, only sizes worked out. */
  GPtrArray  *items;
  double      u;
  double      pattern_size;
  /* The heights of blocks measured at this unit, as Measured. */
  GArray     *measured;
  /* How the House and the Senate vote, when nobody has a majority. */
  EcContingent *contingent;
} Composer;

static void
item_free (EcSnapshotItem *item)
{
  g_free (item->text);
  g_free (item);
}

static EcSnapshotItem *
add_item (Composer           *c,
          EcSnapshotItemKind  kind)
{
  EcSnapshotItem *item;

  if (c->items == NULL)
    return NULL;

  item = g_new0 (EcSnapshotItem, 1);
  item->kind = kind;
  item->alpha = 1.0;
  g_ptr_array_add (c->items, item);

  return item;
}

static void
add_text (Composer         *c,
          const char       *text,
          double            x,
          double            baseline,
          double            size,
          gboolean          bold,
          const EcColor    *color,
          EcSnapshotAnchor  anchor)
{
  EcSnapshotItem *item = add_item (c, EC_SNAPSHOT_ITEM_TEXT);

  if (item == NULL)
    return;

  item->text = g_strdup (text);
  item->x = x;
  item->y = baseline;
  item->font_size = size;
  item->bold = bold;
  item->color = *color;
  item->anchor = anchor;
}

static EcSnapshotItem *
add_rect (Composer      *c,
          double         x,
          double         y,
          double         width,
          double         height,
          double         radius,
          const EcColor *fill,
          EcPattern      pattern)
{
  EcSnapshotItem *item = add_item (c, EC_SNAPSHOT_ITEM_RECT);

  if (item == NULL)
    return NULL;

  item->rect = (EcRect) { x, y, width, height };
  item->radius = radius;
  if (fill != NULL)
    item->color = *fill;
  else
    item->alpha = 0;
  item->pattern = pattern;
  item->pattern_size = c->pattern_size;

  return item;
}

static void
add_line (Composer      *c,
          double         x1,
          double         y1,
          double         x2,
          double         y2,
          double         width,
          const EcColor *color)
{
  EcSnapshotItem *item = add_item (c, EC_SNAPSHOT_ITEM_LINE);

  if (item == NULL)
    return;

  item->x1 = x1;
  item->y1 = y1;
  item->x2 = x2;
  item->y2 = y2;
  item->line_width = width;
  item->color = *color;
}

/* Lays out @text in lines no wider than @width, at most @max_lines of them
 * (the last ellipsized if need be), aligned as @anchor says within
 * [@x, @x + @width]. Returns the paragraph's height. */
static double
add_paragraph (Composer         *c,
               const char       *text,
               double            x,
               double            y,
               double            width,
               double            size,
               gboolean          bold,
               const EcColor    *color,
               EcSnapshotAnchor  anchor,
               guint             max_lines)
{
  g_autoptr(PangoLayout) layout = ec_snapshot_new_pango_layout (c->self, text, size, bold);
  PangoLayoutIter *iter;
  double bottom = 0;
  double anchor_x;
  guint n = 0;
  int n_lines;

  pango_layout_set_width (layout, (int)(width * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  n_lines = pango_layout_get_line_count (layout);

  switch (anchor)
    {
    case EC_SNAPSHOT_ANCHOR_MIDDLE:
      anchor_x = x + width / 2;
      break;
    case EC_SNAPSHOT_ANCHOR_END:
      anchor_x = x + width;
      break;
    case EC_SNAPSHOT_ANCHOR_START:
    default:
      anchor_x = x;
      break;
    }

  iter = pango_layout_get_iter (layout);
  do
    {
      PangoLayoutLine *line = pango_layout_iter_get_line_readonly (iter);
      PangoRectangle logical;
      g_autofree char *line_text = NULL;
      double baseline = y + (double)pango_layout_iter_get_baseline (iter) / PANGO_SCALE;

      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      bottom = (double)(logical.y + logical.height) / PANGO_SCALE;

      if (n + 1 == max_lines && n_lines > (int)max_lines)
        {
          /* The last line allowed, with all the rest of the text. */
          line_text = ellipsize (c->self, text + line->start_index, size, bold, width);
        }
      else
        {
          line_text = g_strndup (text + line->start_index, line->length);
        }

      g_strstrip (line_text);
      if (c->items != NULL && *line_text != '\0')
        add_text (c, line_text, anchor_x, baseline, size, bold, color, anchor);

      n++;
    }
  while (n < max_lines && pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);

  return bottom;
}

static double
compose_header (Composer *c,
                double    x,
                double    y,
                double    width)
{
  g_autofree char *title = ec_snapshot_dup_title (c->self);
  g_autofree char *subtitle = ec_snapshot_dup_subtitle (c->self);
  g_autofree char *notes = g_strdup (ec_scenario_get_notes (ec_tally_get_scenario (c->tally)));
  double u = c->u;
  double h;

  /* Paragraphs run on, one after the other: the header has no room for
   * blank lines. */
  g_strdelimit (g_strstrip (notes), "\n\r\t", ' ');

  h = add_paragraph (c, title, x, y, width, 54 * u, TRUE, ec_palette_get_ink (EC_INK_PAGE_TEXT), EC_SNAPSHOT_ANCHOR_START, 2);
  h += 6 * u;
  h += add_paragraph (c, subtitle, x, y + h, width, 26 * u, FALSE, ec_palette_get_ink (EC_INK_PAGE_DIM_TEXT), EC_SNAPSHOT_ANCHOR_START, 3);

  /* The notes a teacher wrote head the page, under the title, as the
   * README promises; a page has room for a few lines of them. */
  if (*notes != '\0')
    {
      h += 10 * u;
      h += add_paragraph (c, notes, x, y + h, width, 25 * u, FALSE, ec_palette_get_ink (EC_INK_PAGE_TEXT),
                          EC_SNAPSHOT_ANCHOR_START, MAX_NOTES_LINES);
    }

  return h;
}

typedef struct {
  EcColor   color;
  EcPattern pattern;
  guint     votes;
} Segment;

static void
add_segment (GArray          *segments,
             const EcColor   *color,
             EcPattern        pattern,
             guint            votes)
{
  Segment segment = { *color, pattern, votes };

  if (votes > 0)
    g_array_append_val (segments, segment);
}

/* The colour and pattern of a share of the electoral votes, as on the
 * map. */
static EcPattern
entry_style (Composer            *c,
             const EcReportEntry *entry,
             EcColor             *color)
{
  EcScenario *scenario = ec_tally_get_scenario (c->tally);

  switch (entry->kind)
    {
    case EC_REPORT_ENTRY_ABSTAINED:
    case EC_REPORT_ENTRY_OTHERS:
      *color = *ec_palette_get_ink (EC_INK_ABSTAINED);
      return EC_PATTERN_NONE;
    case EC_REPORT_ENTRY_UNDECIDED:
      ec_palette_get_undecided_color (color);
      return ec_palette_get_undecided_pattern ();
    case EC_REPORT_ENTRY_CANDIDATE:
    default:
      ec_palette_get_candidate_color_in (ec_map_renderer_get_palette (c->self->renderer), scenario, entry->candidate, color);
      return ec_palette_get_candidate_pattern (scenario, entry->candidate);
    }
}

static void
compose_bar (Composer    *c,
             double       x,
             double       y,
             double       width,
             double       height)
{
  GPtrArray *bar = ec_report_get_bar (c->report);
  g_autoptr(GArray) segments = g_array_new (FALSE, FALSE, sizeof (Segment));
  EcSnapshotItem *item;
  double total = 0;
  double sx = x;
  double u = c->u;

  if (c->items == NULL)
    return;

  for (guint i = 0; i < bar->len; i++)
    {
      const EcReportEntry *entry = g_ptr_array_index (bar, i);
      EcColor color;
      EcPattern pattern = entry_style (c, entry, &color);

      add_segment (segments, &color, pattern, entry->electoral_votes);
    }

  for (guint i = 0; i < segments->len; i++)
    total += g_array_index (segments, Segment, i).votes;

  /* The segments inside a rounded trough. */
  item = add_item (c, EC_SNAPSHOT_ITEM_CLIP_BEGIN);
  item->rect = (EcRect) { x, y, width, height };
  item->radius = height / 2;

  for (guint i = 0; i < segments->len; i++)
    {
      const Segment *segment = &g_array_index (segments, Segment, i);
      double w = i + 1 == segments->len ? x + width - sx : width * segment->votes / total;

      add_rect (c, sx, y, w, height, 0, &segment->color, segment->pattern);
      sx += w;
    }

  /* Thin white gaps between segments. */
  sx = x;
  for (guint i = 0; i + 1 < segments->len; i++)
    {
      sx += width * g_array_index (segments, Segment, i).votes / total;
      add_line (c, sx, y, sx, y + height, MAX (1.0, 2 * u), ec_palette_get_ink (EC_INK_WHITE));
    }

  add_item (c, EC_SNAPSHOT_ITEM_CLIP_END);

  /* An outline, so the bar keeps its shape on paper where its ends are
   * light. */
  item = add_rect (c, x, y, width, height, height / 2, NULL, EC_PATTERN_NONE);
  item->stroke = *ec_palette_get_ink (EC_INK_PAGE_TEXT);
  item->line_width = MAX (0.5, 1.5 * u);

  /* The line at the middle: whoever crosses it has a majority. */
  add_line (c, x + width / 2, y - 9 * u, x + width / 2, y + height + 9 * u, 8 * u, ec_palette_get_ink (EC_INK_WHITE));
  add_line (c, x + width / 2, y - 9 * u, x + width / 2, y + height + 9 * u, 3.5 * u, ec_palette_get_ink (EC_INK_PAGE_TEXT));
}

static double
compose_tally (Composer *c,
               double    x,
               double    y,
               double    width)
{
  const EcReportEntry *left = ec_report_get_left (c->report);
  const EcReportEntry *right = ec_report_get_right (c->report);
  const char *left_votes = left->votes_text;
  const char *right_votes = right->votes_text;
  const char *majority = ec_report_get_majority_text (c->report);
  g_autofree char *left_name = NULL;
  g_autofree char *right_name = NULL;
  double u = c->u;
  double number_size = 66 * u;
  double name_size = 30 * u;
  double majority_size = 24 * u;
  double gap = 16 * u;
  double left_number_w, right_number_w, left_name_w, right_name_w, majority_w;
  double ascent, row_height;
  double room;
  gboolean majority_on_row = TRUE;
  double bar_y;
  double bar_height = 38 * u;
  double bottom;

  left_number_w = text_width (c->self, left_votes, number_size, TRUE);
  right_number_w = text_width (c->self, right_votes, number_size, TRUE);
  majority_w = text_width (c->self, majority, majority_size, TRUE);
  left_name_w = text_width (c->self, left->name, name_size, FALSE);
  right_name_w = text_width (c->self, right->name, name_size, FALSE);

  /* The “270 to win” sits between the two sides when they leave room for
   * it, else under the bar; names too long even then are shortened. */
  room = width / 2 - majority_w / 2 - 2 * gap;
  if (left_number_w + gap + left_name_w > room || right_number_w + gap + right_name_w > room)
    {
      majority_on_row = FALSE;
      room = width / 2 - gap;
    }
  left_name = ellipsize (c->self, left->name, name_size, FALSE, MAX (0, room - left_number_w - gap));
  right_name = ellipsize (c->self, right->name, name_size, FALSE, MAX (0, room - right_number_w - gap));

  line_metrics (c->self, number_size, TRUE, &ascent, &row_height);

  add_text (c, left_votes, x, y + ascent, number_size, TRUE, ec_palette_get_ink (EC_INK_PAGE_TEXT), EC_SNAPSHOT_ANCHOR_START);
  add_text (c, left_name, x + left_number_w + gap, y + ascent, name_size, FALSE, ec_palette_get_ink (EC_INK_PAGE_TEXT),
            EC_SNAPSHOT_ANCHOR_START);
  add_text (c, right_votes, x + width, y + ascent, number_size, TRUE, ec_palette_get_ink (EC_INK_PAGE_TEXT), EC_SNAPSHOT_ANCHOR_END);
  add_text (c, right_name, x + width - right_number_w - gap, y + ascent, name_size, FALSE, ec_palette_get_ink (EC_INK_PAGE_TEXT),
            EC_SNAPSHOT_ANCHOR_END);
  if (majority_on_row)
    add_text (c, majority, x + width / 2, y + ascent, majority_size, TRUE, ec_palette_get_ink (EC_INK_PAGE_TEXT),
              EC_SNAPSHOT_ANCHOR_MIDDLE);

  bar_y = y + row_height + 8 * u;
  compose_bar (c, x, bar_y, width, bar_height);
  bottom = bar_y + bar_height + 9 * u;

  if (!majority_on_row)
    {
      double majority_ascent, majority_height;

      line_metrics (c->self, majority_size, TRUE, &majority_ascent, &majority_height);
      add_text (c, majority, x + width / 2, bottom + 4 * u + majority_ascent, majority_size, TRUE,
                ec_palette_get_ink (EC_INK_PAGE_TEXT), EC_SNAPSHOT_ANCHOR_MIDDLE);
      bottom += 4 * u + majority_height;
    }

  bottom += 10 * u;
  bottom += add_paragraph (c, ec_report_get_outcome_sentence (c->report), x, bottom, width, 32 * u, TRUE,
                           ec_palette_get_ink (EC_INK_PAGE_TEXT), EC_SNAPSHOT_ANCHOR_MIDDLE, 2);

  return bottom - y;
}

static double
compose_heading (Composer   *c,
                 const char *text,
                 double      x,
                 double      y,
                 double      width)
{
  return add_paragraph (c, text, x, y, width, 27 * c->u, TRUE, ec_palette_get_ink (EC_INK_PAGE_TEXT), EC_SNAPSHOT_ANCHOR_START, 1) +
         6 * c->u;
}

static void
add_swatch (Composer      *c,
            double         x,
            double         y,
            double         width,
            double         height,
            const EcColor *color,
            EcPattern      pattern)
{
  EcSnapshotItem *item = add_rect (c, x, y, width, height, MIN (width, height) / 5, color, pattern);

  if (item == NULL)
    return;

  item->stroke = *ec_palette_get_ink (EC_INK_PAGE_TEXT);
  item->line_width = MAX (0.5, c->u);
}

/* The swatch of a key of the map that is no plain fill: a split's bands
 * side by side, or the struck-through badge of cancelled votes, as the
 * map draws them. */
static void
add_key_swatch (Composer       *c,
                const EcMapKey *key,
                double          x,
                double          y,
                double          width,
                double          height)
{
  EcSnapshotItem *item;

  if (key->mark == EC_MAP_KEY_CANCELLED)
    {
      double r = height / 2;
      double d = r * G_SQRT2 / 2;
      double cx = x + width / 2;
      double cy = y + r;

      item = add_rect (c, cx - r, y, 2 * r, 2 * r, r, ec_palette_get_ink (EC_INK_OUTSIDE), EC_PATTERN_NONE);
      if (item != NULL)
        {
          item->stroke = *ec_palette_get_ink (EC_INK_PAGE_TEXT);
          item->line_width = MAX (0.5, 1.5 * c->u);
        }
      add_line (c, cx - d, cy + d, cx + d, cy - d, MAX (0.5, 1.5 * c->u), ec_palette_get_ink (EC_INK_PAGE_TEXT));
      return;
    }

  g_assert (key->mark == EC_MAP_KEY_SPLIT);
  for (guint i = 0, left = 0; i < key->split.n_bands; i++)
    {
      double band_x = x + width * left / 1000.0;

      left = i + 1 == key->split.n_bands ? 1000 : MIN (1000, left + (guint)round (key->split.widths[i] * 1000));
      add_rect (c, band_x, y, x + width * left / 1000.0 - band_x, height, 0, &key->split.colors[i], EC_PATTERN_NONE);
    }
  item = add_rect (c, x, y, width, height, MIN (width, height) / 5, NULL, EC_PATTERN_NONE);
  if (item != NULL)
    {
      item->stroke = *ec_palette_get_ink (EC_INK_PAGE_TEXT);
      item->line_width = MAX (0.5, c->u);
    }
}

/* A swatch and its text, wrapped to two lines if need be; returns the
 * height. With @key, the swatch is that of a key of the map. */
static double
add_swatch_line (Composer       *c,
                 const char     *text,
                 double          x,
                 double          y,
                 double          width,
                 double          size,
                 const EcColor  *color,
                 EcPattern       pattern,
                 const EcMapKey *key)
{
  double u = c->u;
  double swatch_w = 34 * u;
  double swatch_h = 24 * u;
  double text_x = x + swatch_w + 12 * u;
  double line_height, row_height, text_y, text_height;

  line_metrics (c->self, size, FALSE, NULL, &line_height);
  row_height = MAX (line_height, swatch_h);
  text_y = y + (row_height - line_height) / 2;

  if (key != NULL && key->mark != EC_MAP_KEY_FILL)
    add_key_swatch (c, key, x, y + (row_height - swatch_h) / 2, swatch_w, swatch_h);
  else if (color != NULL)
    add_swatch (c, x, y + (row_height - swatch_h) / 2, swatch_w, swatch_h, color, pattern);

  text_height = add_paragraph (c, text, text_x, text_y, MAX (1, x + width - text_x), size, FALSE, ec_palette_get_ink (EC_INK_PAGE_TEXT),
                               EC_SNAPSHOT_ANCHOR_START, 2);

  return MAX (row_height, text_y - y + text_height);
}

static double
compose_popular (Composer *c,
                 double    x,
                 double    y,
                 double    width)
{
  EcScenario *scenario = ec_tally_get_scenario (c->tally);
  GPtrArray *rows = ec_report_get_notable_popular_rows (c->report);
  const char *split = ec_report_get_split_sentence (c->report);
  double u = c->u;
  double size = 25 * u;
  double h;

  h = compose_heading (c, _("Popular vote"), x, y, width);

  if (!ec_tally_has_popular_vote (c->tally))
    {
      const char *why = ec_report_get_no_popular_sentence (c->report);

      return h + add_paragraph (c, why ? why : _("A blank map has no popular vote."), x, y + h, width, size, FALSE,
                                ec_palette_get_ink (EC_INK_PAGE_TEXT), EC_SNAPSHOT_ANCHOR_START, 4);
    }

  /* The leading candidates only: a slide has no room for every write-in. */
  for (guint i = 0; i < rows->len; i++)
    {
      const EcReportPopularRow *row = g_ptr_array_index (rows, i);
      EcColor color;
      const EcColor *swatch = NULL;
      EcPattern pattern = EC_PATTERN_NONE;

      /* Everyone else has no swatch: no colour on the map is theirs. */
      if (row->candidate != NULL)
        {
          ec_palette_get_candidate_color_in (ec_map_renderer_get_palette (c->self->renderer), scenario, row->candidate, &color);
          swatch = &color;
          pattern = ec_palette_get_candidate_pattern (scenario, row->candidate);
        }

      h += add_swatch_line (c, row->label, x, y + h, width, size, swatch, pattern, NULL);
      h += 4 * u;
    }

  if (split != NULL)
    {
      h += 6 * u;
      h += add_paragraph (c, split, x, y + h, width, size, TRUE, ec_palette_get_ink (EC_INK_PAGE_TEXT), EC_SNAPSHOT_ANCHOR_START, 3);
    }

  /* A state with no popular vote is not a state where nobody voted. */
  if (ec_report_get_legislature_sentence (c->report) != NULL)
    {
      h += 6 * u;
      h += add_paragraph (c, ec_report_get_legislature_sentence (c->report), x, y + h, width, size * 0.85, FALSE,
                          ec_palette_get_ink (EC_INK_PAGE_DIM_TEXT), EC_SNAPSHOT_ANCHOR_START, 3);
    }

  if (ec_tally_has_implied_popular_vote (c->tally))
    {
      g_autofree char *note = NULL;

      note = g_strdup_printf (_("These are the real votes. For the states changed here to vote this way, "
                                "at least %s voters would have had to switch."),
                              ec_report_get_voters_moved_text (c->report));
      h += 6 * u;
      h += add_paragraph (c, note, x, y + h, width, 21 * u, FALSE, ec_palette_get_ink (EC_INK_PAGE_DIM_TEXT), EC_SNAPSHOT_ANCHOR_START, 4);
    }

  return h;
}

typedef struct {
  const char *label;
  EcColor     color;
  EcPattern   pattern;
  EcMapKey    key;
} LegendEntry;

static GArray *
legend_entries (Composer *c)
{
  GPtrArray *legend = ec_report_get_legend (c->report);
  GArray *entries = g_array_new (FALSE, TRUE, sizeof (LegendEntry));

  for (guint i = 0; i < legend->len; i++)
    {
      const EcReportEntry *report_entry = g_ptr_array_index (legend, i);
      LegendEntry entry = { 0 };

      if (!report_entry->shown)
        continue;

      entry.label = report_entry->label;
      entry.pattern = entry_style (c, report_entry, &entry.color);
      g_array_append_val (entries, entry);
    }

  /* What the fills of a map of the Union as it was mean, and the marks of
   * split and cancelled votes. */
  {
    EcMapKey keys[EC_MAP_KEY_MAX];
    guint n_keys = ec_map_renderer_get_keys (c->self->renderer, keys);

    for (guint i = 0; i < n_keys; i++)
      {
        LegendEntry entry = { keys[i].label, *ec_palette_get_ink (keys[i].ink), EC_PATTERN_NONE, keys[i] };

        g_array_append_val (entries, entry);
      }
  }

  return entries;
}

static double
compose_legend (Composer *c,
                double    x,
                double    y,
                double    width)
{
  g_autoptr(GArray) entries = legend_entries (c);
  double u = c->u;
  double size = 25 * u;
  double column_gap = 28 * u;
  double item_width = 0;
  guint n_columns, n_rows;
  double h;

  if (entries->len == 0)
    return 0;

  h = compose_heading (c, _("Electoral votes"), x, y, width);

  /* As many columns as the widest entry allows. */
  for (guint i = 0; i < entries->len; i++)
    {
      double entry_width = 46 * u + text_width (c->self, g_array_index (entries, LegendEntry, i).label, size, FALSE);

      item_width = MAX (item_width, entry_width);
    }
  n_columns = CLAMP ((guint)((width + column_gap) / (item_width + column_gap)), 1, entries->len);
  n_rows = (entries->len + n_columns - 1) / n_columns;
  item_width = n_columns == 1 ? width : (width - (n_columns - 1) * column_gap) / n_columns;

  for (guint row = 0; row < n_rows; row++)
    {
      double row_height = 0;

      /* Down the columns, so the list reads like a list. */
      for (guint column = 0; column < n_columns; column++)
        {
          guint i = column * n_rows + row;
          const LegendEntry *entry;
          double entry_height;

          if (i >= entries->len)
            continue;

          entry = &g_array_index (entries, LegendEntry, i);
          entry_height = add_swatch_line (c, entry->label, x + column * (item_width + column_gap), y + h,
                                          item_width, size, &entry->color, entry->pattern, &entry->key);
          row_height = MAX (row_height, entry_height);
        }

      h += row_height + 6 * u;
    }

  return h;
}

static double
compose_faithless (Composer *c,
                   double    x,
                   double    y,
                   double    width)
{
  GPtrArray *lines = ec_report_get_faithless_lines (c->report);
  double u = c->u;
  double size = 25 * u;
  double h;

  if (lines->len == 0)
    return 0;

  h = compose_heading (c, _("Faithless electors"), x, y, width);

  if (lines->len <= MAX_FAITHLESS_LINES)
    {
      for (guint i = 0; i < lines->len; i++)
        {
          const EcReportFaithless *line = g_ptr_array_index (lines, i);

          h += add_paragraph (c, line->full_text, x, y + h, width, size, FALSE, ec_palette_get_ink (EC_INK_PAGE_TEXT),
                              EC_SNAPSHOT_ANCHOR_START, G_MAXUINT);
          h += 4 * u;
        }

      return h;
    }

  /* Every line, run on and wrapped: a list cut short would hide votes the
   * tally counts. */
  {
    g_autoptr(GString) all = g_string_new (NULL);

    for (guint i = 0; i < lines->len; i++)
      {
        const EcReportFaithless *line = g_ptr_array_index (lines, i);

        if (i > 0)
          /* Translators: separates the faithless electors of several states, run on in one paragraph of an export */
          g_string_append (all, _("; "));
        g_string_append (all, line->full_text);
      }

    h += add_paragraph (c, all->str, x, y + h, width, 21 * u, FALSE, ec_palette_get_ink (EC_INK_PAGE_TEXT),
                        EC_SNAPSHOT_ANCHOR_START, G_MAXUINT);
  }

  return h;
}

/* The House vote, only when there is one: the delegations for each
 * choice, what the House and the Senate do, and the outcome. */
static double
compose_house (Composer *c,
               double    x,
               double    y,
               double    width)
{
  EcScenario *scenario = ec_tally_get_scenario (c->tally);
  g_autoptr(GPtrArray) set = NULL;
  g_autoptr(GPtrArray) choices = NULL;
  g_autofree char *house = NULL;
  g_autofree char *senate = NULL;
  g_autofree char *outcome = NULL;
  double u = c->u;
  double size = 25 * u;
  guint none;
  double h;

  if (c->contingent == NULL)
    return 0;

  h = compose_heading (c, _("If the House chooses"), x, y, width);

  /* As the window lists them: the leader first. */
  choices = ec_contingent_list_choices_by_states (c->contingent);
  for (guint i = 0; i < choices->len; i++)
    {
      EcCandidate *choice = g_ptr_array_index (choices, i);
      guint n = ec_contingent_get_states_for (c->contingent, choice);
      g_autofree char *line = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s: %u state", "%s: %u states", n),
                                               ec_candidate_get_name (choice), n);
      EcColor color;

      ec_palette_get_candidate_color_in (ec_map_renderer_get_palette (c->self->renderer), scenario, choice, &color);
      h += add_swatch_line (c, line, x, y + h, width, size, &color,
                            ec_palette_get_candidate_pattern (scenario, choice), NULL);
      h += 4 * u;
    }

  none = ec_contingent_get_states_without_vote (c->contingent);
  if (none > 0)
    {
      g_autofree char *line = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "No vote (divided): %u state",
                                                            "No vote (divided): %u states", none), none);

      h += add_swatch_line (c, line, x, y + h, width, size, ec_palette_get_ink (EC_INK_ABSTAINED),
                            ec_palette_get_undecided_pattern (), NULL);
      h += 4 * u;
    }

  house = ec_contingent_dup_house_sentence (c->contingent);
  senate = ec_contingent_dup_senate_sentence (c->contingent);
  outcome = ec_contingent_dup_outcome_sentence (c->contingent);
  h += 6 * u;
  h += add_paragraph (c, house, x, y + h, width, 21 * u, FALSE, ec_palette_get_ink (EC_INK_PAGE_TEXT), EC_SNAPSHOT_ANCHOR_START, 3);
  h += 4 * u;
  h += add_paragraph (c, senate, x, y + h, width, 21 * u, FALSE, ec_palette_get_ink (EC_INK_PAGE_TEXT), EC_SNAPSHOT_ANCHOR_START, 3);
  h += 6 * u;
  h += add_paragraph (c, outcome, x, y + h, width, size, TRUE, ec_palette_get_ink (EC_INK_PAGE_TEXT), EC_SNAPSHOT_ANCHOR_START, 4);

  /* A reader of the slide should know which votes are not party votes. */
  set = ec_scenario_list_house_votes (scenario);
  for (guint i = 0; i < set->len; )
    {
      if (ec_contingent_get_state_vote (c->contingent, g_ptr_array_index (set, i), NULL) ==
          ec_contingent_get_party_vote (c->contingent, g_ptr_array_index (set, i)))
        g_ptr_array_remove_index (set, i);
      else
        i++;
    }
  if (set->len > 0)
    {
      g_autofree char *list = NULL;
      g_autofree char *note = NULL;

      g_ptr_array_add (set, NULL);
      /* Translators: separates state abbreviations in a list: “TX, AZ” */
      list = g_strjoinv (_(", "), (char **)set->pdata);
      note = g_strdup_printf (_("Each member votes for their party’s candidate, except the delegations changed here: %s."), list);
      h += 6 * u;
      h += add_paragraph (c, note, x, y + h, width, 21 * u, FALSE, ec_palette_get_ink (EC_INK_PAGE_DIM_TEXT), EC_SNAPSHOT_ANCHOR_START, 3);
    }
  else
    {
      h += 6 * u;
      h += add_paragraph (c, _("Each member votes for their party’s candidate."), x, y + h, width, 21 * u, FALSE,
                          ec_palette_get_ink (EC_INK_PAGE_DIM_TEXT), EC_SNAPSHOT_ANCHOR_START, 2);
    }

  return h;
}

/* Counted under another system, a snapshot says which, and how the same
 * votes come out under every method: the compare table, one line each. */
static double
compose_systems (Composer *c,
                 double    x,
                 double    y,
                 double    width)
{
  EcScenario *scenario = ec_tally_get_scenario (c->tally);
  g_autoptr(GPtrArray) rows = NULL;
  double u = c->u;
  double size = 21 * u;
  double h;

  if (ec_scenario_get_method (scenario) == EC_METHOD_WINNER_TAKE_ALL &&
      ec_scenario_get_house_size (scenario) == EC_HOUSE_SIZE_DEFAULT)
    return 0;

  h = compose_heading (c, _("Under every method"), x, y, width);
  rows = ec_compare_new (scenario);

  for (guint i = 0; i < rows->len; i++)
    {
      EcCompareRow *row = g_ptr_array_index (rows, i);
      g_autofree char *label = ec_compare_row_dup_label (row);
      g_autofree char *result = ec_compare_row_dup_result (row);
      g_autoptr(GString) line = g_string_new (label);
      guint shown = 0;

      g_string_append (line, ": ");
      for (guint j = 0; j < ec_tally_get_n_candidates (row->tally) && shown < 3; j++)
        {
          EcCandidate *candidate = ec_tally_get_candidate (row->tally, j);
          guint votes = ec_tally_get_electoral_votes (row->tally, candidate);

          if (votes == 0)
            continue;
          /* Translators: a candidate and electoral votes in the compare table of an export, e.g. “Trump 306” */
          g_string_append_printf (line, shown > 0 ? _(", %s %u") : _("%s %u"), ec_candidate_get_name (candidate), votes);
          shown++;
        }
      g_string_append_printf (line, " · %s", result);

      h += add_paragraph (c, line->str, x, y + h, width, size, FALSE, ec_palette_get_ink (EC_INK_PAGE_TEXT),
                          EC_SNAPSHOT_ANCHOR_START, 2);
      h += 3 * u;
    }

  return h;
}

static double
compose_credit (Composer *c,
                double    x,
                double    y,
                double    width)
{
  EcElection *election = ec_scenario_get_election (ec_tally_get_scenario (c->tally));

  /* The House vote rests on other sources, named only when it is shown. */
  if (c->contingent != NULL)
    return add_paragraph (c,
                          _("Results: MIT Election Data and Science Lab, FEC; Congress: MIT House results, "
                            "congress-legislators, Senate records; map: US Census Bureau via us-atlas. Made with Electors."),
                          x, y, width, 17 * c->u, FALSE, ec_palette_get_ink (EC_INK_PAGE_DIM_TEXT), EC_SNAPSHOT_ANCHOR_START, 2);

  /* The elections before 1976 come from other tables (data/SOURCES.md). */
  if (!ec_election_is_blank (election) && !ec_election_uses_modern_map (election))
    return add_paragraph (c,
                          _("Results: American Presidency Project and House Clerk, via clavesi/presidential-election-results; "
                            "electors: eigentaylor/margin-matters; map: US Census Bureau via us-atlas. Made with Electors."),
                          x, y, width, 17 * c->u, FALSE, ec_palette_get_ink (EC_INK_PAGE_DIM_TEXT), EC_SNAPSHOT_ANCHOR_START, 2);

  return add_paragraph (c,
                        _("Results: MIT Election Data and Science Lab, FEC; map: US Census Bureau via us-atlas. "
                          "Made with Electors."),
                        x, y, width, 17 * c->u, FALSE, ec_palette_get_ink (EC_INK_PAGE_DIM_TEXT), EC_SNAPSHOT_ANCHOR_START, 2);
}

/* Arranging the map and the text blocks */

/* How close it was, when the page was asked to show it. */
static double
compose_closest (Composer *c,
                 double    x,
                 double    y,
                 double    width)
{
  EcClosest *closest = c->self->closest;
  EcTippingPoint point;
  g_autofree char *sentence = NULL;
  double size = 25 * c->u;
  double h;

  if (closest == NULL)
    return 0;

  h = compose_heading (c, _("How close was it?"), x, y, width);
  sentence = ec_closest_dup_sentence (closest);
  h += add_paragraph (c, sentence, x, y + h, width, size, FALSE, ec_palette_get_ink (EC_INK_PAGE_TEXT),
                      EC_SNAPSHOT_ANCHOR_START, 4);

  if (ec_closest_find_tipping_point (ec_closest_get_scenario (closest), &point))
    {
      g_autofree char *margin = ec_format_count (point.margin);
      g_autofree char *points = ec_format_points (point.total > 0 ? 100.0 * point.margin / point.total : 0.0, 2);
      g_autofree char *text = NULL;

      text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "Tipping point: %s, won by %s vote (%s)",
                                           "Tipping point: %s, won by %s votes (%s)",
                                           (gulong)point.margin),
                              ec_unit_get_name (point.unit), margin, points);
      h += 4 * c->u;
      h += add_paragraph (c, text, x, y + h, width, size, FALSE, ec_palette_get_ink (EC_INK_PAGE_DIM_TEXT),
                          EC_SNAPSHOT_ANCHOR_START, 2);
    }

  return h;
}

typedef double (*BlockFunc) (Composer *c,
                             double    x,
                             double    y,
                             double    width);

static const BlockFunc body_blocks[] = { compose_popular, compose_closest, compose_house, compose_legend, compose_faithless, compose_systems };

#define MAX_BLOCKS G_N_ELEMENTS (body_blocks)

typedef struct {
  gboolean  found;
  /* Beside the map, in one column; or below it, in n_columns. */
  gboolean  side;
  guint     n_columns;
  double    column_width;
  /* The blocks, and the first of each column. */
  BlockFunc blocks[MAX_BLOCKS];
  guint     n_blocks;
  guint     first[MAX_BLOCKS + 1];
  EcRect    map;
  EcRect    text;
  double    scale;
} Arrangement;

typedef struct {
  BlockFunc block;
  double    width;
  double    u;
  double    height;
} Measured;

/* The height of @block at @width. Arranging asks for the same few widths
 * again and again, and laying out text is the slow part. */
static double
measure (Composer  *c,
         BlockFunc  block,
         double     width)
{
  GPtrArray *items;
  Measured m = { block, width, c->u, 0 };

  for (guint i = 0; i < c->measured->len; i++)
    {
      const Measured *other = &g_array_index (c->measured, Measured, i);

      if (other->block == block && other->width == width && other->u == c->u)
        return other->height;
    }

  items = g_steal_pointer (&c->items);
  m.height = block (c, 0, 0, width);
  c->items = items;
  g_array_append_val (c->measured, m);

  return m.height;
}

static double
column_height (Composer          *c,
               const Arrangement *a,
               guint              column,
               double             width)
{
  double h = 0;

  for (guint i = a->first[column]; i < a->first[column + 1]; i++)
    h += measure (c, a->blocks[i], width) + (i > a->first[column] ? 30 * c->u : 0);

  return h;
}

/* The largest map that fits @area, keeping the map's aspect ratio. */
static double
fit_map (EcSnapshot   *self,
         const EcRect *area,
         EcRect       *map)
{
  const EcRect *view = ec_map_get_view_box (self->map);
  double scale = MIN (area->width / view->width, area->height / view->height);
  double w, h;

  if (scale <= 0)
    return 0;

  /* Whole pixels, so the map's own drawing lines up with the pixel grid. */
  w = floor (view->width * scale);
  h = floor (view->height * scale);
  *map = (EcRect) { round (area->x + (area->width - w) / 2), round (area->y + (area->height - h) / 2), w, h };

  return scale;
}

static void
consider (Arrangement       *best,
          const Arrangement *candidate)
{
  if (candidate->scale > 0 && (!best->found || candidate->scale > best->scale))
    {
      *best = *candidate;
      best->found = TRUE;
    }
}

static void
arrange (Composer     *c,
         const EcRect *body,
         Arrangement  *best)
{
  const double fractions[] = { 0.26, 0.30, 0.34, 0.38, 0.42, 0.48 };
  double gap = 36 * c->u;
  Arrangement a = { 0 };

  *best = (Arrangement) { 0 };

  for (guint i = 0; i < MAX_BLOCKS; i++)
    {
      if (measure (c, body_blocks[i], body->width) > 0)
        a.blocks[a.n_blocks++] = body_blocks[i];
    }

  /* A column beside the map: the usual way on a wide slide or page. */
  a.side = TRUE;
  a.n_columns = 1;
  a.first[0] = 0;
  a.first[1] = a.n_blocks;
  for (guint i = 0; i < G_N_ELEMENTS (fractions); i++)
    {
      EcRect area;
      double used;

      a.column_width = round (body->width * fractions[i]);
      if (column_height (c, &a, 0, a.column_width) > body->height)
        continue;

      area = (EcRect) { body->x, body->y, body->width - a.column_width - gap, body->height };
      a.scale = fit_map (c->self, &area, &a.map);

      /* A map held back by the height leaves room: the text may have
       * some of it, within reason, to wrap less. */
      used = a.map.width;
      a.map.x = body->x;
      a.text = (EcRect) { body->x + used + gap, body->y, body->width - used - gap, body->height };
      a.column_width = MAX (a.column_width, MIN (a.text.width, 760 * c->u));
      consider (best, &a);
    }

  /* Columns under the map: for square and tall pictures. */
  a.side = FALSE;
  /* At most three columns, which is all the cuts below know. */
  for (guint n_columns = 1; n_columns <= MIN (MAX (a.n_blocks, 1), 3); n_columns++)
    {
      /* Every way of cutting the blocks, in order, into n_columns runs. */
      for (guint cut1 = 1; cut1 <= a.n_blocks; cut1++)
        {
          for (guint cut2 = cut1; cut2 <= a.n_blocks; cut2++)
            {
              double band = 0;
              EcRect area;

              if ((n_columns == 1 && (cut1 != a.n_blocks || cut2 != a.n_blocks)) ||
                  (n_columns == 2 && (cut1 == a.n_blocks || cut2 != a.n_blocks)) ||
                  (n_columns == 3 && (cut1 == cut2 || cut2 == a.n_blocks)))
                continue;

              a.n_columns = n_columns;
              a.first[0] = 0;
              a.first[1] = n_columns == 1 ? a.n_blocks : cut1;
              a.first[2] = n_columns == 2 ? a.n_blocks : cut2;
              a.first[3] = a.n_blocks;
              a.column_width = (body->width - (n_columns - 1) * gap) / n_columns;

              for (guint col = 0; col < n_columns; col++)
                {
                  double column = column_height (c, &a, col, a.column_width);

                  band = MAX (band, column);
                }

              if (band + gap >= body->height)
                continue;

              area = (EcRect) { body->x, body->y, body->width, body->height - band - gap };
              a.scale = fit_map (c->self, &area, &a.map);

              /* The map on top, the columns right under it. */
              a.map.y = body->y;
              a.text = (EcRect) { body->x, a.map.y + a.map.height + gap, body->width, band };
              consider (best, &a);
            }
        }
    }
}

/* The map is drawn as on a 1920×1080 slide and scaled to its place. */
static void
add_map (Composer     *c,
         const EcRect *rect)
{
  EcSnapshotItem *item = add_item (c, EC_SNAPSHOT_ITEM_MAP);

  item->rect = *rect;
  item->map_width = MAX (1, (int)round (rect->width / c->u));
  item->map_scale = rect->width / item->map_width;
  item->map_height = MAX (1, (int)round (rect->height / item->map_scale));
}

static void
emit_arrangement (Composer          *c,
                  const Arrangement *a)
{
  double gap = 30 * c->u;

  add_map (c, &a->map);

  for (guint col = 0; col < a->n_columns; col++)
    {
      double x = a->text.x + col * (a->column_width + 36 * c->u);
      double y = a->text.y;

      for (guint i = a->first[col]; i < a->first[col + 1]; i++)
        y += a->blocks[i] (c, x, y, a->column_width) + gap;
    }
}

typedef struct {
  double margin;
  double header_y;
  double tally_y;
  double credit_y;
  EcRect body;
} Frame;

static void
frame (Composer *c,
       double    width,
       double    height,
       Frame    *f)
{
  GPtrArray *items = g_steal_pointer (&c->items);
  double u = c->u;
  double content_width;

  f->margin = round (46 * u);
  content_width = width - 2 * f->margin;
  f->header_y = f->margin;
  f->tally_y = f->header_y + compose_header (c, f->margin, 0, content_width) + 30 * u;
  f->body.y = f->tally_y + compose_tally (c, f->margin, 0, content_width) + 34 * u;
  f->credit_y = height - f->margin - compose_credit (c, f->margin, 0, content_width);
  f->body.x = f->margin;
  f->body.width = content_width;
  f->body.height = f->credit_y - 22 * u - f->body.y;

  c->items = items;
}

/* Labels on the map a little larger than the window's at the same size,
 * as a slide is read from further away. */
#define MAP_LABEL_SCALE 1.3

GPtrArray *
ec_snapshot_compose (EcSnapshot *self,
                     double      width,
                     double      height)
{
  g_autoptr(EcTally) tally = ec_tally_new (self->scenario);
  g_autoptr(EcReport) report = ec_report_new (tally);
  g_autoptr(GArray) measured = g_array_new (FALSE, FALSE, sizeof (Measured));
  Composer c = { self, tally, report, NULL, 1.0, 6.0, measured };
  double base_u = MIN (sqrt (width * height / (1920.0 * 1080.0)), MIN (width / 1200.0, height / 700.0));
  Arrangement a = { 0 };
  g_autoptr(EcMapDisplay) placed = NULL;
  EcSnapshotItem *item;
  Frame f;

  g_assert (EC_IS_SNAPSHOT (self));

  if (ec_contingent_is_needed (tally))
    c.contingent = ec_contingent_new_for_tally (tally, NULL);

  /* Smaller type until the text leaves the map at least half the width or
   * height; past a point, whatever fits. */
  for (guint attempt = 0; attempt < 10; attempt++)
    {
      Arrangement candidate;

      c.u = base_u * pow (0.9, attempt);
      frame (&c, width, height, &f);
      if (f.body.height <= 0)
        continue;

      arrange (&c, &f.body, &candidate);
      if (!candidate.found)
        continue;

      a = candidate;
      if (a.map.width >= f.body.width * 0.5 || a.map.height >= f.body.height * 0.6)
        break;
    }

  if (!a.found)
    {
      /* Too small for any text to fit: the map alone, as large as it goes. */
      EcRect area = { 0, 0, width, height };

      a.n_columns = 0;
      fit_map (self, &area, &a.map);
      f.body.height = -1;
    }

  /* Patterns in the bar and legend as on the map, in whole pixels. */
  ec_map_renderer_set_label_scale (self->renderer, MAP_LABEL_SCALE);
  placed = ec_map_display_new (self->map, MAX (1, (int)round (a.map.width / c.u)),
                               MAX (1, (int)round (a.map.height / c.u)));
  c.pattern_size = MAX (1, round (ec_map_display_get_pattern_size (placed) * c.u));
  c.items = g_ptr_array_new_with_free_func ((GDestroyNotify)item_free);

  item = add_item (&c, EC_SNAPSHOT_ITEM_RECT);
  item->rect = (EcRect) { 0, 0, width, height };
  item->color = *ec_palette_get_ink (EC_INK_WHITE);

  if (f.body.height > 0)
    {
      compose_header (&c, f.margin, f.header_y, f.body.width);
      compose_tally (&c, f.margin, f.tally_y, f.body.width);
      emit_arrangement (&c, &a);
      compose_credit (&c, f.margin, f.credit_y, f.body.width);
    }
  else
    {
      add_map (&c, &a.map);
    }

  g_clear_object (&c.contingent);

  return g_steal_pointer (&c.items);
}
