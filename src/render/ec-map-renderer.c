/* ec-map-renderer.c
 *
 * Copyright 2026 The Electors authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <pango/pangocairo.h>
#include <string.h>

#include "ec-allocation.h"
#include "ec-apportion.h"
#include "ec-map-renderer.h"

/* The renderer decides how the map looks: it makes the items of an
 * #EcMapDisplay, which cairo and the SVG export both draw.
 *
 * Drawing a whole map costs several milliseconds at classroom sizes, more
 * than a click may take. The renderer keeps the drawn map in an image
 * surface, with the display it was drawn from, and, when the scenario
 * changes, compares what every unit should look like with what was drawn,
 * makes anew only the items of the units that differ, and repaints only
 * their rectangles. */

typedef struct {
  gboolean drawn;
  gboolean shown;
  EcColor  fill;
  EcPattern pattern;
  EcSplit  split;
  char    *label;
  guint    faithless;
  guint    voided;
  gboolean highlighted;
} Appearance;

struct _EcMapRenderer
{
  GObject          parent_instance;

  EcMap           *map;
  EcScenario      *scenario;
  /* When set, states are coloured by their delegation's House vote. */
  EcContingent    *contingent;
  gboolean         shading;
  gboolean         patterns;
  EcPaletteKind    palette;
  double           label_scale;
  /* The ids of the units to ring, or NULL for none. */
  GHashTable      *highlights;

  int              width;
  int              height;
  EcMapDisplay    *display;
  cairo_surface_t *surface;
  /* What the text of the cached drawing is laid out with, kept with the
   * surface: one context for every label, since making one costs more
   * than laying out the few labels that a click changes. */
  PangoContext    *context;
  /* What boxes are measured with when their display is made. */
  PangoContext    *measure_context;
  Appearance      *drawn;
  PangoFontDescription *font;
  /* How another method splits the units, taken for each drawing; NULL
   * under winner-take-all, where a unit's colour is its winner's. */
  EcAllocation    *allocation;
  /* Shading by people per elector: each state's share of the average,
   * state id → double, taken for each drawing while the shading is on. */
  gboolean         weight_shading;
  GHashTable      *weights;
};

G_DEFINE_FINAL_TYPE (EcMapRenderer, ec_map_renderer, G_TYPE_OBJECT)

static EcMapDisplay *make_display (EcMapRenderer *self,
                                   PangoContext  *context,
                                   int            width,
                                   int            height);


static void
appearance_clear (Appearance *appearance)
{
  g_clear_pointer (&appearance->label, g_free);
  appearance->drawn = FALSE;
}

static void
forget_drawn (EcMapRenderer *self)
{
  for (guint i = 0; i < ec_map_get_n_units (self->map); i++)
    appearance_clear (&self->drawn[i]);
}

static void
ec_map_renderer_finalize (GObject *object)
{
  EcMapRenderer *self = (EcMapRenderer *)object;

  forget_drawn (self);
  g_clear_pointer (&self->drawn, g_free);
  g_clear_pointer (&self->surface, cairo_surface_destroy);
  g_clear_object (&self->display);
  g_clear_object (&self->context);
  g_clear_object (&self->measure_context);
  g_clear_pointer (&self->font, pango_font_description_free);
  g_clear_pointer (&self->allocation, ec_allocation_unref);
  g_clear_pointer (&self->weights, g_hash_table_unref);
  g_clear_pointer (&self->highlights, g_hash_table_unref);
  g_clear_object (&self->scenario);
  g_clear_object (&self->contingent);
  g_clear_object (&self->map);

  G_OBJECT_CLASS (ec_map_renderer_parent_class)->finalize (object);
}

static void
ec_map_renderer_class_init (EcMapRendererClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = ec_map_renderer_finalize;
}

static void
ec_map_renderer_init (EcMapRenderer *self)
{
  self->label_scale = 1.0;
  self->font = pango_font_description_from_string (EC_PALETTE_FONT_FAMILY " Bold");
}

/**
 * ec_map_renderer_new:
 * @map: the map to draw
 *
 * Returns: (transfer full): a renderer with no scenario: every unit undecided
 */
EcMapRenderer *
ec_map_renderer_new (EcMap *map)
{
  EcMapRenderer *self;

  g_return_val_if_fail (EC_IS_MAP (map), NULL);

  self = g_object_new (EC_TYPE_MAP_RENDERER, NULL);
  self->map = g_object_ref (map);
  self->drawn = g_new0 (Appearance, ec_map_get_n_units (map));
  self->display = ec_map_display_new (map, 0, 0);

  return self;
}

/**
 * ec_map_renderer_get_map:
 * @self: a #EcMapRenderer
 *
 * Returns: (transfer none): the map
 */
EcMap *
ec_map_renderer_get_map (EcMapRenderer *self)
{
  g_return_val_if_fail (EC_IS_MAP_RENDERER (self), NULL);

  return self->map;
}

/**
 * ec_map_renderer_get_scenario:
 * @self: a #EcMapRenderer
 *
 * Returns: (transfer none) (nullable): the scenario drawn
 */
EcScenario *
ec_map_renderer_get_scenario (EcMapRenderer *self)
{
  g_return_val_if_fail (EC_IS_MAP_RENDERER (self), NULL);

  return self->scenario;
}

/**
 * ec_map_renderer_set_scenario:
 * @self: a #EcMapRenderer
 * @scenario: (nullable): the scenario to draw
 *
 * Sets what to draw. Changes to the scenario show up at the next
 * ec_map_renderer_update().
 */
void
ec_map_renderer_set_scenario (EcMapRenderer *self,
                              EcScenario    *scenario)
{
  g_return_if_fail (EC_IS_MAP_RENDERER (self));
  g_return_if_fail (!scenario || EC_IS_SCENARIO (scenario));

  g_set_object (&self->scenario, scenario);
}

/**
 * ec_map_renderer_get_contingent:
 * @self: a #EcMapRenderer
 *
 * Returns: (transfer none) (nullable): the House vote drawn, if any
 */
EcContingent *
ec_map_renderer_get_contingent (EcMapRenderer *self)
{
  g_return_val_if_fail (EC_IS_MAP_RENDERER (self), NULL);

  return self->contingent;
}

/**
 * ec_map_renderer_set_contingent:
 * @self: a #EcMapRenderer
 * @contingent: (nullable): a contingent election of the scenario drawn
 *
 * Colours each state by how its delegation votes in @contingent instead of
 * by who won its electors, or, with %NULL, goes back to the electors. The
 * change shows up at the next ec_map_renderer_update(), redrawing only the
 * states whose colour changed.
 */
void
ec_map_renderer_set_contingent (EcMapRenderer *self,
                                EcContingent  *contingent)
{
  g_return_if_fail (EC_IS_MAP_RENDERER (self));
  g_return_if_fail (!contingent || EC_IS_CONTINGENT (contingent));

  g_set_object (&self->contingent, contingent);
}

/**
 * ec_map_renderer_get_weight_shading:
 * @self: a #EcMapRenderer
 *
 * Returns: whether states are shaded by people per elector
 */
gboolean
ec_map_renderer_get_weight_shading (EcMapRenderer *self)
{
  g_return_val_if_fail (EC_IS_MAP_RENDERER (self), FALSE);

  return self->weight_shading;
}

/**
 * ec_map_renderer_set_weight_shading:
 * @self: a #EcMapRenderer
 * @shading: whether to shade states by people per elector
 *
 * With this shading each state is drawn by how many people stand behind
 * each of its electors, against the average of all states
 * (ec_palette_classify_weight()), instead of by its winner.
 */
void
ec_map_renderer_set_weight_shading (EcMapRenderer *self,
                                    gboolean       shading)
{
  g_return_if_fail (EC_IS_MAP_RENDERER (self));

  self->weight_shading = !!shading;
}

/**
 * ec_map_renderer_get_margin_shading:
 * @self: a #EcMapRenderer
 *
 * Returns: whether units are shaded by the real margin
 */
gboolean
ec_map_renderer_get_margin_shading (EcMapRenderer *self)
{
  g_return_val_if_fail (EC_IS_MAP_RENDERER (self), FALSE);

  return self->shading;
}

/**
 * ec_map_renderer_set_margin_shading:
 * @self: a #EcMapRenderer
 * @shading: whether to shade units by the real margin
 *
 * With shading, a unit that goes to its real winner is drawn lighter the
 * closer the real result was: safe above 15 points, likely from 5, lean
 * below 5.
 */
void
ec_map_renderer_set_margin_shading (EcMapRenderer *self,
                                    gboolean       shading)
{
  g_return_if_fail (EC_IS_MAP_RENDERER (self));

  self->shading = !!shading;
}

/**
 * ec_map_renderer_get_label_scale:
 * @self: a #EcMapRenderer
 *
 * Returns: the factor applied to label sizes
 */
double
ec_map_renderer_get_label_scale (EcMapRenderer *self)
{
  g_return_val_if_fail (EC_IS_MAP_RENDERER (self), 1.0);

  return self->label_scale;
}

/**
 * ec_map_renderer_set_label_scale:
 * @self: a #EcMapRenderer
 * @scale: a factor for label sizes, 1.0 by default
 *
 * Makes labels larger (for a projector) or smaller.
 */
void
ec_map_renderer_set_label_scale (EcMapRenderer *self,
                                 double         scale)
{
  g_return_if_fail (EC_IS_MAP_RENDERER (self));
  g_return_if_fail (scale > 0);

  if (self->label_scale == scale)
    return;

  self->label_scale = scale;
  g_clear_object (&self->display);
  self->display = make_display (self, NULL, self->width, self->height);
  g_clear_pointer (&self->surface, cairo_surface_destroy);
}

/**
 * ec_map_renderer_get_patterns:
 * @self: a #EcMapRenderer
 *
 * Returns: whether units carry their candidate's pattern over the colour
 */
gboolean
ec_map_renderer_get_patterns (EcMapRenderer *self)
{
  g_return_val_if_fail (EC_IS_MAP_RENDERER (self), FALSE);

  return self->patterns;
}

/**
 * ec_map_renderer_set_patterns:
 * @self: a #EcMapRenderer
 * @patterns: whether to lay patterns over the fills
 *
 * With patterns, each candidate's units carry a pattern as well as a colour
 * (see ec_palette_get_candidate_pattern()) and undecided units a light
 * hatch, so that a map printed in grey still tells candidates apart. Off by
 * default: on screen, colour and labels are enough.
 */
void
ec_map_renderer_set_patterns (EcMapRenderer *self,
                              gboolean       patterns)
{
  g_return_if_fail (EC_IS_MAP_RENDERER (self));

  patterns = !!patterns;
  if (self->patterns == patterns)
    return;

  self->patterns = patterns;
  g_clear_pointer (&self->surface, cairo_surface_destroy);
}

/**
 * ec_map_renderer_get_palette:
 * @self: a #EcMapRenderer
 *
 * Returns: the colours candidates are drawn in
 */
EcPaletteKind
ec_map_renderer_get_palette (EcMapRenderer *self)
{
  g_return_val_if_fail (EC_IS_MAP_RENDERER (self), EC_PALETTE_STANDARD);

  return self->palette;
}

/**
 * ec_map_renderer_set_palette:
 * @self: a #EcMapRenderer
 * @palette: the colours to draw candidates in
 *
 * The standard palette by default.
 */
void
ec_map_renderer_set_palette (EcMapRenderer *self,
                             EcPaletteKind  palette)
{
  g_return_if_fail (EC_IS_MAP_RENDERER (self));

  if (self->palette == palette)
    return;

  self->palette = palette;
  g_clear_pointer (&self->surface, cairo_surface_destroy);
}

/**
 * ec_map_renderer_set_highlights:
 * @self: a #EcMapRenderer
 * @unit_ids: (nullable) (array zero-terminated=1): the ids of the units to
 *   ring, or %NULL for none
 *
 * Rings units on the map, through the display list like everything else,
 * so that the next ec_map_renderer_update() repaints only the units that
 * gain or lose a ring, and exports show the same rings.
 */
void
ec_map_renderer_set_highlights (EcMapRenderer      *self,
                                const char * const *unit_ids)
{
  g_return_if_fail (EC_IS_MAP_RENDERER (self));

  g_clear_pointer (&self->highlights, g_hash_table_unref);
  if (unit_ids == NULL || unit_ids[0] == NULL)
    return;

  self->highlights = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (guint i = 0; unit_ids[i] != NULL; i++)
    g_hash_table_add (self->highlights, g_strdup (unit_ids[i]));
}

/**
 * ec_map_renderer_is_highlighted:
 * @self: a #EcMapRenderer
 * @unit_id: a unit id
 *
 * Returns: whether the unit is ringed
 */
gboolean
ec_map_renderer_is_highlighted (EcMapRenderer *self,
                                const char    *unit_id)
{
  g_return_val_if_fail (EC_IS_MAP_RENDERER (self), FALSE);
  g_return_val_if_fail (unit_id != NULL, FALSE);

  return self->highlights != NULL && g_hash_table_contains (self->highlights, unit_id);
}

/**
 * ec_map_renderer_set_size:
 * @self: a #EcMapRenderer
 * @width: width in pixels
 * @height: height in pixels
 *
 * Sets the size of the cached drawing. The map keeps its aspect ratio and is
 * centred in it.
 */
void
ec_map_renderer_set_size (EcMapRenderer *self,
                          int            width,
                          int            height)
{
  g_return_if_fail (EC_IS_MAP_RENDERER (self));

  width = MAX (width, 0);
  height = MAX (height, 0);

  if (self->width == width && self->height == height)
    return;

  self->width = width;
  self->height = height;
  g_clear_object (&self->display);
  self->display = make_display (self, NULL, width, height);
  g_clear_pointer (&self->surface, cairo_surface_destroy);
}

/**
 * ec_map_renderer_get_size:
 * @self: a #EcMapRenderer
 * @width: (out) (optional): width in pixels
 * @height: (out) (optional): height in pixels
 *
 * Gets the size set with ec_map_renderer_set_size().
 */
void
ec_map_renderer_get_size (EcMapRenderer *self,
                          int           *width,
                          int           *height)
{
  g_return_if_fail (EC_IS_MAP_RENDERER (self));

  if (width) *width = self->width;
  if (height) *height = self->height;
}

/**
 * ec_map_renderer_get_map_area:
 * @self: a #EcMapRenderer
 * @area: (out caller-allocates): where the map lies in the cached drawing
 *
 * Gets the rectangle, in pixels, that the map covers.
 */
void
ec_map_renderer_get_map_area (EcMapRenderer *self,
                              EcRect        *area)
{
  g_return_if_fail (EC_IS_MAP_RENDERER (self));
  g_return_if_fail (area != NULL);

  ec_map_display_get_map_area (self->display, area);
}

/**
 * ec_map_renderer_map_to_pixels:
 * @self: a #EcMapRenderer
 * @map_x: x in map units
 * @map_y: y in map units
 * @x: (out): x in pixels of the cached drawing
 * @y: (out): y in pixels of the cached drawing
 *
 * Converts a point of the map to pixels at the current size.
 */
void
ec_map_renderer_map_to_pixels (EcMapRenderer *self,
                               double         map_x,
                               double         map_y,
                               double        *x,
                               double        *y)
{
  g_return_if_fail (EC_IS_MAP_RENDERER (self));
  g_return_if_fail (x != NULL && y != NULL);

  ec_map_display_map_to_pixels (self->display, map_x, map_y, x, y);
}

/* What a unit should look like now */

static EcAreaStatus
area_status (EcMapRenderer *self,
             EcMapUnit     *unit)
{
  /* With no scenario every area is an undecided unit. */
  if (self->scenario == NULL)
    return EC_AREA_UNIT;

  return ec_election_get_area_status (ec_scenario_get_election (self->scenario), ec_map_unit_get_id (unit));
}

/* The unit whose electors the area's voters chose: the area's own, or,
 * for Maine before 1820 and West Virginia before 1863, the state it was
 * part of. The election's list of areas says which. */
static EcUnit *
election_unit (EcMapRenderer *self,
               EcMapUnit     *unit)
{
  if (self->scenario == NULL)
    return NULL;

  return ec_election_get_area_unit (ec_scenario_get_election (self->scenario), ec_map_unit_get_id (unit));
}

static gboolean
unit_is_shown (EcMapRenderer *self,
               EcMapUnit     *unit)
{
  EcUnit *eunit;

  if (!ec_map_unit_is_district (unit))
    {
      EcAreaStatus status = area_status (self, unit);

      /* Land with no electors is drawn, but has no box, label or button. */
      return status == EC_AREA_UNIT || status == EC_AREA_PART_OF_UNIT;
    }

  /* District boxes only appear while their state uses the district method,
   * in the years it had districts. */
  if (self->scenario == NULL)
    return FALSE;
  eunit = ec_election_get_unit (ec_scenario_get_election (self->scenario), ec_map_unit_get_id (unit));

  return eunit != NULL && ec_scenario_is_unit_active (self->scenario, eunit);
}

/* The House vote: each state (and its districts, which have no vote of
 * their own) in the colour of the candidate its delegation votes for, or
 * as votes for nobody where it casts none; DC has no delegation. */
static void
compute_house_appearance (EcMapRenderer *self,
                          EcMapUnit     *unit,
                          EcUnit        *eunit,
                          Appearance    *appearance)
{
  const char *id = ec_map_unit_get_id (unit);
  EcCandidate *vote = NULL;

  appearance->fill = *ec_palette_get_ink (EC_INK_ABSTAINED);
  appearance->pattern = self->patterns ? ec_palette_get_undecided_pattern () : EC_PATTERN_NONE;

  if (eunit != NULL)
    vote = ec_contingent_get_state_vote (self->contingent, ec_unit_get_state_id (eunit), NULL);

  if (vote != NULL)
    {
      ec_palette_get_candidate_color_in (self->palette, self->scenario, vote, &appearance->fill);
      appearance->pattern = self->patterns ? ec_palette_get_candidate_pattern (self->scenario, vote) : EC_PATTERN_NONE;
    }

  appearance->label = g_strdup (id);
}

static EcCandidate *
allocation_leader (EcMapRenderer *self,
                   const char    *unit_id,
                   EcCandidate   *winner)
{
  GPtrArray *candidates = ec_scenario_get_candidates (self->scenario);
  EcCandidate *leader = NULL;
  guint most = 0;

  /* A tie for the most electors keeps the unit's own winner. */
  if (winner != NULL)
    {
      leader = winner;
      most = ec_allocation_get_votes (self->allocation, unit_id, winner);
    }

  for (guint i = 0; i < candidates->len; i++)
    {
      EcCandidate *candidate = g_ptr_array_index (candidates, i);
      guint votes = ec_allocation_get_votes (self->allocation, unit_id, candidate);

      if (votes > most)
        {
          most = votes;
          leader = candidate;
        }
    }

  return most > 0 ? leader : NULL;
}

static void
refresh_weights (EcMapRenderer *self)
{
  g_autoptr(GArray) shares = NULL;
  double people = 0;
  double electors = 0;

  g_clear_pointer (&self->weights, g_hash_table_unref);
  if (!self->weight_shading || self->scenario == NULL)
    return;

  /* The census where it is bundled, else the votes cast, as the compare
   * window's list. */
  shares = ec_voters_per_elector (self->scenario, FALSE);
  if (shares->len == 0)
    {
      g_clear_pointer (&shares, g_array_unref);
      shares = ec_voters_per_elector (self->scenario, TRUE);
    }

  for (guint i = 0; i < shares->len; i++)
    {
      people += g_array_index (shares, EcVoterShare, i).people;
      electors += g_array_index (shares, EcVoterShare, i).electors;
    }

  self->weights = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  for (guint i = 0; i < shares->len && electors > 0; i++)
    {
      const EcVoterShare *share = &g_array_index (shares, EcVoterShare, i);

      g_hash_table_insert (self->weights, (gpointer)share->state_id,
                           g_memdup2 (&(double) { share->per_elector / (people / electors) }, sizeof (double)));
    }
}

static void
refresh_allocation (EcMapRenderer *self)
{
  g_clear_pointer (&self->allocation, ec_allocation_unref);
  if (self->scenario != NULL)
    self->allocation = ec_allocation_for_scenario (self->scenario);
  refresh_weights (self);
}

/* Electors who voted for several people, as cast or made faithless, make
 * a striped fill; votes a state law cancelled stay with the pledge and get
 * a mark of their own instead of the faithless badge. Not under another
 * method, which colours a unit by its leader, nor in the shading by people
 * per elector. */
static void
compute_split (EcMapRenderer *self,
               EcUnit        *eunit,
               EcAreaStatus   status,
               EcCandidate   *winner,
               EcSplit       *split,
               guint         *voided)
{
  EcUnitShare shares[EC_UNIT_SHARES_MAX];
  guint n_shares;

  memset (split, 0, sizeof *split);
  *voided = 0;

  if (eunit == NULL || status != EC_AREA_UNIT || winner == NULL || self->weights != NULL ||
      self->contingent != NULL ||
      (self->allocation != NULL && ec_allocation_has_unit (self->allocation, ec_unit_get_id (eunit))))
    return;

  n_shares = ec_tally_count_unit (self->scenario, eunit, shares, voided);

  /* Before 1804 each elector cast two votes: electors who all voted for
   * the same two people (Jefferson and Burr in Virginia, 1800) are not
   * split. */
  if (ec_election_get_rules (ec_scenario_get_election (self->scenario)) == EC_ELECTION_RULES_TWO_VOTES)
    {
      guint electors = ec_scenario_get_unit_electoral_votes (self->scenario, eunit);
      gboolean unanimous = TRUE;

      for (guint i = 0; i < n_shares && unanimous; i++)
        unanimous = shares[i].votes == electors;
      if (unanimous)
        n_shares = MIN (n_shares, 1);
    }

  ec_palette_make_split (self->palette, self->scenario, shares, n_shares, split);
}

static void
compute_appearance (EcMapRenderer *self,
                    EcMapUnit     *unit,
                    Appearance    *appearance)
{
  EcAreaStatus status = area_status (self, unit);
  EcUnit *eunit = election_unit (self, unit);
  EcCandidate *winner = NULL;
  const char *id = ec_map_unit_get_id (unit);
  guint votes = 0;

  appearance->drawn = TRUE;
  appearance->shown = unit_is_shown (self, unit);
  appearance->faithless = 0;
  appearance->voided = 0;
  memset (&appearance->split, 0, sizeof appearance->split);
  appearance->highlighted = self->highlights != NULL && g_hash_table_contains (self->highlights, id);
  ec_palette_get_undecided_color (&appearance->fill);
  appearance->pattern = self->patterns ? ec_palette_get_undecided_pattern () : EC_PATTERN_NONE;

  if (status != EC_AREA_UNIT && status != EC_AREA_PART_OF_UNIT)
    {
      /* Not a state yet, not in the Union, or the District before it had
       * electors: no one to win, so neither undecided nor labelled. */
      appearance->fill = *ec_palette_get_ink (EC_INK_OUTSIDE);
      appearance->pattern = EC_PATTERN_NONE;
      appearance->label = NULL;

      /* The District is too small to see without its box, and a student
       * looks for it: the box stays, in the fill the key explains, but is
       * no button (unit_is_shown() is FALSE). */
      if (status == EC_AREA_NO_ELECTORS && ec_map_unit_get_box (unit) != NULL)
        {
          appearance->shown = TRUE;
          appearance->label = g_strdup (id);
        }
      return;
    }

  if (self->contingent != NULL)
    {
      compute_house_appearance (self, unit, eunit, appearance);
      /* The state it was part of carries the one label. */
      if (status == EC_AREA_PART_OF_UNIT)
        g_clear_pointer (&appearance->label, g_free);
      return;
    }

  if (eunit != NULL)
    {
      winner = ec_scenario_get_winner (self->scenario, ec_unit_get_id (eunit));
      /* Under another method a unit wears the colour of whoever has most
       * of its electors: every state is the national winner's under the
       * national popular vote. */
      if (self->allocation != NULL && ec_allocation_has_unit (self->allocation, ec_unit_get_id (eunit)))
        winner = allocation_leader (self, ec_unit_get_id (eunit), winner);
    }

  if (eunit != NULL && status == EC_AREA_UNIT)
    {
      votes = ec_scenario_get_unit_electoral_votes (self->scenario, eunit);
      appearance->faithless = ec_scenario_get_faithless_count (self->scenario, id);
    }

  compute_split (self, eunit, status, winner, &appearance->split, &appearance->voided);
  appearance->faithless -= MIN (appearance->faithless, appearance->voided);

  if (winner != NULL)
    {
      double points;

      ec_palette_get_candidate_color_in (self->palette, self->scenario, winner, &appearance->fill);
      if (self->patterns)
        appearance->pattern = ec_palette_get_candidate_pattern (self->scenario, winner);

      /* The real margin says something only about the real winner. */
      if (self->shading && winner == ec_unit_get_winner (eunit) &&
          ec_palette_get_real_margin (eunit, &points))
        ec_palette_shade (&appearance->fill, ec_palette_classify_margin (points), &appearance->fill);
      if (appearance->split.n_bands > 0)
        appearance->split.colors[0] = appearance->fill;
    }
  else if (eunit != NULL && ec_unit_casts_no_votes (eunit))
    {
      /* A state of the Union that cast no votes, as it was. */
      appearance->fill = *ec_palette_get_ink (EC_INK_NO_VOTES);
      appearance->pattern = EC_PATTERN_NONE;
    }

  /* Shaded by people per elector, a state shows its weight, not its winner;
   * one without figures (DC has no census population) stays hatched. */
  if (self->weights != NULL && eunit != NULL)
    {
      double *share = g_hash_table_lookup (self->weights, ec_unit_get_state_id (eunit));

      ec_palette_get_undecided_color (&appearance->fill);
      appearance->pattern = ec_palette_get_undecided_pattern ();
      if (share != NULL)
        {
          ec_palette_get_weight_color (ec_palette_classify_weight (*share), &appearance->fill);
          appearance->pattern = EC_PATTERN_NONE;
        }
    }

  if (status == EC_AREA_PART_OF_UNIT)
    /* The state it was part of carries the one label. */
    appearance->label = NULL;
  else if (winner == NULL && eunit != NULL && ec_unit_casts_no_votes (eunit))
    /* Translators: the second line of a state's label on the map, for a
     * state that cast no electoral votes that year (never “0”) */
    appearance->label = g_strdup_printf ("%s\n%s", id, _("no votes"));
  else if (eunit != NULL && ec_unit_get_votes_rejected (eunit) >= ec_unit_get_electoral_votes (eunit) && votes > 0)
    /* Arkansas and Louisiana in 1872: won, but none of the votes counted.
     * Translators: the second line of a state's label on the map, for a
     * state whose electoral votes Congress rejected */
    appearance->label = g_strdup_printf ("%s\n%s", id, _("rejected"));
  else if (votes > 0)
    appearance->label = g_strdup_printf ("%s\n%u", id, votes);
  else
    appearance->label = g_strdup (id);
}

static gboolean
appearance_equal (const Appearance *a,
                  const Appearance *b)
{
  return a->drawn && b->drawn &&
         a->shown == b->shown &&
         a->faithless == b->faithless &&
         a->voided == b->voided &&
         ec_palette_split_equal (&a->split, &b->split) &&
         a->highlighted == b->highlighted &&
         a->pattern == b->pattern &&
         a->fill.red == b->fill.red && a->fill.green == b->fill.green && a->fill.blue == b->fill.blue &&
         g_strcmp0 (a->label, b->label) == 0;
}

/* Making the items */

/* The room between a box's edge and its text, in map units, as the map's
 * data leaves it. */
#define BOX_PADDING 3.0

static double
font_cap (EcMapRenderer *self,
          EcMapDisplay  *display)
{
  /* About 19 px on a 1920-pixel-wide map: readable from the back of a
   * classroom on a projector, and scaled with the map, but never below a
   * size that can be read at all on a small window. */
  return self->label_scale * MAX (ec_map_display_get_scale (display) * 11.0, 11.0);
}

static guint
unit_position (EcMap     *map,
               EcMapUnit *unit)
{
  for (guint i = 0; i < ec_map_get_n_units (map); i++)
    if (ec_map_get_unit (map, i) == unit)
      return i;

  g_assert_not_reached ();
}

/* The unit's box in @display, which may have grown with its label. */
static const EcRect *
unit_box (EcMapRenderer *self,
          EcMapDisplay  *display,
          EcMapUnit     *unit)
{
  if (ec_map_unit_get_box (unit) == NULL)
    return NULL;

  return ec_map_display_get_box (display, unit_position (self->map, unit));
}

static void
unit_label_anchor (EcMapRenderer *self,
                   EcMapDisplay  *display,
                   EcMapUnit     *unit,
                   double        *x,
                   double        *y,
                   double        *room_width,
                   double        *room_height)
{
  const EcRect *box = unit_box (self, display, unit);

  ec_map_unit_get_label (unit, x, y, room_width, room_height);

  if (box != NULL)
    {
      *x = box->x + box->width / 2;
      *y = box->y + box->height / 2;
      *room_width = box->width - 2 * BOX_PADDING;
      *room_height = box->height - 2 * BOX_PADDING;
    }
}

static void
unit_map_extents (EcMapRenderer *self,
                  EcMapDisplay  *display,
                  EcMapUnit     *unit,
                  EcRect        *extents)
{
  const EcRect *box = unit_box (self, display, unit);
  double x1, y1, x2, y2;
  double leader[4];

  if (ec_map_unit_has_shape (unit))
    {
      const EcRect *bbox = ec_map_unit_get_bbox (unit);

      x1 = bbox->x;
      y1 = bbox->y;
      x2 = bbox->x + bbox->width;
      y2 = bbox->y + bbox->height;
    }
  else
    {
      x1 = box->x;
      y1 = box->y;
      x2 = box->x + box->width;
      y2 = box->y + box->height;
    }

  if (box != NULL)
    {
      x1 = MIN (x1, box->x);
      y1 = MIN (y1, box->y);
      x2 = MAX (x2, box->x + box->width);
      y2 = MAX (y2, box->y + box->height);
    }

  if (ec_map_unit_get_inset (unit) != NULL)
    {
      const EcRect *inset = ec_map_unit_get_inset (unit);

      x1 = MIN (x1, inset->x);
      y1 = MIN (y1, inset->y);
      x2 = MAX (x2, inset->x + inset->width);
      y2 = MAX (y2, inset->y + inset->height);
    }

  if (ec_map_display_get_leader (display, unit_position (self->map, unit), leader))
    {
      x1 = MIN (x1, MIN (leader[0], leader[2]));
      y1 = MIN (y1, MIN (leader[1], leader[3]));
      x2 = MAX (x2, MAX (leader[0], leader[2]));
      y2 = MAX (y2, MAX (leader[1], leader[3]));
    }

  *extents = (EcRect) { x1, y1, x2 - x1, y2 - y1 };
}

/* The pixels a unit's label may cover, generously. */
static void
label_pixel_extents (EcMapRenderer *self,
                     EcMapDisplay  *display,
                     EcMapUnit     *unit,
                     EcRect        *rect)
{
  double lx, ly, rw, rh;
  double scale = ec_map_display_get_scale (display);
  double cap = font_cap (self, display);
  double half_w, half_h;

  unit_label_anchor (self, display, unit, &lx, &ly, &rw, &rh);
  ec_map_display_map_to_pixels (display, lx, ly, &lx, &ly);
  half_w = MAX (rw * scale, cap * 4.5) / 2;
  half_h = MAX (rh * scale, cap * 3.0) / 2;

  *rect = (EcRect) { lx - half_w, ly - half_h, 2 * half_w, 2 * half_h };
}

/* The pixels a unit may touch: its shape, box and leader, its label (which
 * may spill out of a small state) and the border strokes. */
static void
unit_pixel_extents (EcMapRenderer         *self,
                    EcMapDisplay          *display,
                    EcMapUnit             *unit,
                    cairo_rectangle_int_t *rect)
{
  EcRect extents;
  EcRect label;
  double x1, y1, x2, y2;

  unit_map_extents (self, display, unit, &extents);
  ec_map_display_map_to_pixels (display, extents.x, extents.y, &x1, &y1);
  ec_map_display_map_to_pixels (display, extents.x + extents.width, extents.y + extents.height, &x2, &y2);

  label_pixel_extents (self, display, unit, &label);
  x1 = MIN (x1, label.x);
  y1 = MIN (y1, label.y);
  x2 = MAX (x2, label.x + label.width);
  y2 = MAX (y2, label.y + label.height);

  rect->x = (int)floor (x1) - 4;
  rect->y = (int)floor (y1) - 4;
  rect->width = (int)ceil (x2) + 4 - rect->x;
  rect->height = (int)ceil (y2) + 4 - rect->y;
}

/* Sets @text on @layout at the largest size, between @min_size and @cap,
 * whose @n_lines fit the room (width and height in pixels). */
static double
fit_label (EcMapRenderer *self,
           PangoLayout   *layout,
           const char    *text,
           double         room_w,
           double         room_h,
           guint          n_lines,
           double         min_size,
           double         cap)
{
  PangoFontDescription *font = pango_font_description_copy (self->font);
  PangoRectangle logical;
  double size = CLAMP (room_h / (n_lines == 1 ? 1.35 : 2.3), min_size, cap);

  pango_font_description_set_absolute_size (font, size * PANGO_SCALE);
  pango_layout_set_font_description (layout, font);
  pango_layout_set_spacing (layout, -size * 0.15 * PANGO_SCALE);
  pango_layout_set_text (layout, text, -1);

  pango_layout_get_pixel_extents (layout, NULL, &logical);
  if (logical.width > room_w * 0.92 && size > min_size)
    {
      size = MAX (min_size, size * room_w * 0.92 / logical.width);
      pango_font_description_set_absolute_size (font, size * PANGO_SCALE);
      pango_layout_set_font_description (layout, font);
      pango_layout_set_spacing (layout, -size * 0.15 * PANGO_SCALE);
    }

  pango_font_description_free (font);

  return size;
}

/* Where and how a label is drawn, before it becomes items. */
typedef struct {
  PangoLayout   *layout;
  double         size;
  double         origin_x;
  double         origin_y;
  const EcColor *text;
  const EcColor *halo;
  gboolean       spills;
  gboolean       at_sea;
  PangoLayout   *badge;
  gboolean       cancelled;
  double         badge_x;
  double         badge_y;
  double         badge_radius;
  double         badge_text_x;
  double         badge_text_y;
} LabelLayout;

#define HALO_ALPHA 0.55

static void
label_layout_clear (LabelLayout *label)
{
  g_clear_object (&label->layout);
  g_clear_object (&label->badge);
}

static double
halo_width (double size)
{
  return MAX (2.0, size / 6);
}

static double
badge_line_width (double radius)
{
  return MAX (1.5, radius / 5);
}

static double
box_font_size (EcMapRenderer *self,
               EcMapDisplay  *display)
{
  /* As large as the map's boxes take two lines at this scale, within the
   * limits of every label. */
  return CLAMP (26.0 * ec_map_display_get_scale (display) / 2.3, 10.0 * self->label_scale,
                font_cap (self, display));
}

/* “ME-2 · 1”: a two-line label on one line. */
static char *
dup_one_line (const char *label)
{
  g_auto(GStrv) parts = g_strsplit (label, "\n", 2);

  return g_strjoinv (" · ", parts);
}

static void
set_font_size (EcMapRenderer *self,
               PangoLayout   *layout,
               double         size)
{
  PangoFontDescription *font = pango_font_description_copy (self->font);

  pango_font_description_set_absolute_size (font, size * PANGO_SCALE);
  pango_layout_set_font_description (layout, font);
  pango_layout_set_spacing (layout, -size * 0.15 * PANGO_SCALE);
  pango_font_description_free (font);
}

/* Sets a box's label on @layout at @size, on @n_lines lines. */
static void
set_box_text (EcMapRenderer *self,
              PangoLayout   *layout,
              const char    *label,
              double         size,
              guint          n_lines)
{
  set_font_size (self, layout, size);
  if (n_lines == 1 && strchr (label, '\n') != NULL)
    {
      g_autofree char *one_line = dup_one_line (label);

      pango_layout_set_text (layout, one_line, -1);
    }
  else
    pango_layout_set_text (layout, label, -1);
}

/* Lays out a state's label in @layout: two lines (code, votes) as large
 * as the room allows, within limits; where the room is too flat for two
 * readable lines, one, which may replace @layout. */
static double
fit_state_label (EcMapRenderer  *self,
                 PangoContext   *context,
                 PangoLayout   **layout,
                 const char     *text,
                 double          room_w,
                 double          room_h,
                 double          min_size,
                 double          cap)
{
  PangoRectangle logical;
  double size = fit_label (self, *layout, text, room_w, room_h, 2, min_size, cap);

  pango_layout_get_pixel_extents (*layout, NULL, &logical);
  if ((size < 11.0 * self->label_scale || logical.height > room_h * 1.05) && strchr (text, '\n') != NULL)
    {
      /* “ME-2 · 1”, not “ME-2 1”, which reads as ME-21. */
      g_autofree char *one_line = dup_one_line (text);
      g_autoptr(PangoLayout) single = pango_layout_new (context);
      double single_size = fit_label (self, single, one_line, room_w, room_h, 1, min_size, cap);

      if (single_size > size || logical.height > room_h * 1.05)
        {
          g_set_object (layout, single);
          size = single_size;
        }
    }

  return size;
}

static void
layout_label (EcMapRenderer    *self,
              PangoContext     *context,
              EcMapDisplay     *display,
              EcMapUnit        *unit,
              const Appearance *appearance,
              LabelLayout      *label)
{
  g_autoptr(PangoLayout) layout = NULL;
  PangoRectangle ink;
  PangoRectangle logical;
  double x, y, room_w, room_h;
  double size;
  double cap = font_cap (self, display);
  double min_size = 10.0 * self->label_scale;
  gboolean in_box = FALSE;
  double ax, ay;
  guint n_lines;

  unit_label_anchor (self, display, unit, &x, &y, &room_w, &room_h);
  ax = x;
  ay = y;
  ec_map_display_map_to_pixels (display, x, y, &x, &y);
  room_w *= ec_map_display_get_scale (display);
  room_h *= ec_map_display_get_scale (display);

  layout = pango_layout_new (context);
  pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);

  if (unit_box (self, display, unit) != NULL)
    {
      /* A box was made to fit its label: the size and lines it was made
       * for, smaller only for a longer text than it was measured with. */
      ec_map_display_get_box_text (display, &size, &n_lines);
      if (size <= 0)
        size = box_font_size (self, display);
      set_box_text (self, layout, appearance->label, size, n_lines);
      pango_layout_get_pixel_extents (layout, &ink, NULL);
      if (ink.width > room_w || ink.height > room_h)
        {
          size *= MIN (room_w / MAX (ink.width, 1), room_h / MAX (ink.height, 1));
          set_box_text (self, layout, appearance->label, size, n_lines);
        }
      in_box = TRUE;
    }
  else
    size = fit_state_label (self, context, &layout, appearance->label, room_w, room_h, min_size, cap);

  pango_layout_get_pixel_extents (layout, &ink, &logical);

  if (ec_palette_luminance (&appearance->fill) > 0.35)
    {
      label->text = ec_palette_get_ink (EC_INK_LABEL);
      label->halo = ec_palette_get_ink (EC_INK_WHITE);
    }
  else
    {
      label->text = ec_palette_get_ink (EC_INK_WHITE);
      label->halo = ec_palette_get_ink (EC_INK_LABEL);
    }

  label->size = size;
  /* Text that stays inside its state's room needs no halo; stroking the
   * outline of every label would cost more than the rest of the map. */
  label->spills = logical.width > room_w || logical.height > room_h;
  label->origin_x = round (x - logical.width / 2.0 - logical.x);
  label->origin_y = round (y - logical.height / 2.0 - logical.y);
  if (!in_box && ec_map_unit_has_shape (unit) && !ec_map_unit_shape_contains (unit, ax, ay))
    {
      /* A label set in the sea (Hawaii's, beside its islands): dark, in a
       * full white halo, so that it reads on a light page and on a dark
       * window alike. */
      label->text = ec_palette_get_ink (EC_INK_LABEL);
      label->halo = ec_palette_get_ink (EC_INK_WHITE);
      label->spills = TRUE;
      label->at_sea = TRUE;
    }
  if (in_box)
    {
      /* Centred on its ink, which the box was made to hold; inside it, it
       * needs no halo. */
      label->spills = FALSE;
      label->origin_x = round (x - ink.width / 2.0 - ink.x);
      label->origin_y = round (y - ink.height / 2.0 - ink.y);
    }

  if (appearance->faithless > 0 || appearance->voided > 0)
    {
      /* A state law voids every faithless vote in its state, so a unit has
       * counted faithless votes or cancelled ones, never both. */
      g_autofree char *count = g_strdup_printf ("%u", appearance->faithless > 0 ? appearance->faithless
                                                                              : appearance->voided);
      PangoFontDescription *badge_font = pango_font_description_copy (self->font);
      PangoRectangle badge_rect;

      /* A white badge with the number of faithless electors, beside the
       * label: a mark that reads in grey print too. */
      /* Never below 7 px on screen; smaller only where labels are made
       * smaller than the window's (a map on a printed page). */
      label->badge_radius = MAX (7.0 * MIN (self->label_scale, 1.0), size * 0.6);
      label->badge_x = x + logical.width / 2.0 + label->badge_radius + 2;
      label->badge_y = y - logical.height / 2.0 + label->badge_radius;

      label->cancelled = appearance->faithless == 0;
      label->badge = pango_layout_new (context);
      pango_font_description_set_absolute_size (badge_font, label->badge_radius * 1.2 * PANGO_SCALE);
      pango_layout_set_font_description (label->badge, badge_font);
      pango_font_description_free (badge_font);
      pango_layout_set_text (label->badge, count, -1);
      pango_layout_get_pixel_extents (label->badge, NULL, &badge_rect);
      label->badge_text_x = label->badge_x - badge_rect.width / 2.0 - badge_rect.x;
      label->badge_text_y = label->badge_y - badge_rect.height / 2.0 - badge_rect.y;
    }

  label->layout = g_steal_pointer (&layout);
}

/* The items of the label: its text, and the badge of its faithless
 * electors. */
static void
add_label_items (EcMapDisplay *display,
                 guint         position,
                 LabelLayout  *label,
                 const EcRect *bounds)
{
  EcMapItem *item = ec_map_display_add_item (display, position, EC_MAP_ITEM_LABEL);
  const char *text = pango_layout_get_text (label->layout);
  PangoLayoutIter *iter;

  item->bounds = *bounds;
  item->x = label->origin_x;
  item->y = label->origin_y;
  item->font_size = label->size;
  item->color = *label->text;
  item->halo = *label->halo;
  item->halo_alpha = label->at_sea ? 1.0 : label->spills ? HALO_ALPHA : 0;
  item->halo_width = halo_width (label->size);

  /* The lines as Pango placed them, for formats that keep text as text. */
  iter = pango_layout_get_iter (label->layout);
  do
    {
      PangoLayoutLine *line = pango_layout_iter_get_line_readonly (iter);
      PangoRectangle logical;
      EcMapTextLine *out;

      if (item->n_lines == G_N_ELEMENTS (item->lines))
        break;

      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      out = &item->lines[item->n_lines++];
      out->text = g_strndup (text + line->start_index, line->length);
      out->x = label->origin_x + (logical.x + logical.width / 2.0) / PANGO_SCALE;
      out->baseline = label->origin_y + (double)pango_layout_iter_get_baseline (iter) / PANGO_SCALE;
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);
  item->layout = g_steal_pointer (&label->layout);

  if (label->badge == NULL)
    return;

  item = ec_map_display_add_item (display, position, EC_MAP_ITEM_BADGE);
  item->bounds = *bounds;
  item->cx = label->badge_x;
  item->cy = label->badge_y;
  item->r = label->badge_radius;
  /* Cancelled votes: a grey badge, struck through (see paint_badge()). */
  item->cancelled = label->cancelled;
  item->fill = *ec_palette_get_ink (label->cancelled ? EC_INK_OUTSIDE : EC_INK_WHITE);
  item->stroke = *ec_palette_get_ink (EC_INK_LABEL);
  item->line_width = badge_line_width (label->badge_radius);
  item->x = label->badge_text_x;
  item->y = label->badge_text_y;
  item->font_size = label->badge_radius * 1.2;
  item->color = *ec_palette_get_ink (EC_INK_LABEL);
  item->n_lines = 1;
  item->lines[0].text = g_strdup (pango_layout_get_text (label->badge));
  item->lines[0].x = label->badge_x;
  item->lines[0].baseline = label->badge_text_y + (double)pango_layout_get_baseline (label->badge) / PANGO_SCALE;
  item->layout = g_steal_pointer (&label->badge);
}

/* Placing the boxes
 *
 * The map's boxes are sized for its labels on a large map. On a small
 * window, or with larger labels, the text would not fit them: so each
 * display sizes the boxes for its labels as they are measured at its scale,
 * and moves them apart so that they stay clear of each other: the column
 * off the Atlantic coast grows down (Maine's districts above it), the row
 * of Nebraska's districts over Canada spreads sideways and rises. Where
 * the boxes grow out of the map's view box, the display shows more than
 * it, which makes the map a little smaller; that is settled by placing
 * again at the new scale until nothing moves. */

/* The least room between two boxes, and between a box and the edge of the
 * drawing, in map units as the map's data has them, and in pixels. */
#define BOX_GAP 5.0
#define BOX_GAP_PIXELS 3.0

typedef enum {
  BOX_GROUP_COLUMN,
  BOX_GROUP_DISTRICT_COLUMN,
  BOX_GROUP_DISTRICT_ROW,
} BoxGroup;

typedef struct {
  guint    position;
  BoxGroup group;
  EcRect   box;
} PlacedBox;

/* The text a box is measured with: its code over the widest count a box
 * shows, two digits. */
static char *
dup_box_sample (EcMapUnit *unit)
{
  return g_strdup_printf ("%s\n00", ec_map_unit_get_id (unit));
}

static int
compare_placed_cb (gconstpointer a,
                   gconstpointer b)
{
  const PlacedBox *pa = a, *pb = b;

  if (pa->group != pb->group)
    return pa->group < pb->group ? -1 : 1;
  /* The row from west to east, the columns from north to south. */
  if (pa->group == BOX_GROUP_DISTRICT_ROW)
    return pa->box.x < pb->box.x ? -1 : pa->box.x > pb->box.x;
  return pa->box.y < pb->box.y ? -1 : pa->box.y > pb->box.y;
}

/* The map's boxes, in their groups and in order. */
static GArray *
collect_boxes (EcMapRenderer *self)
{
  GArray *boxes = g_array_new (FALSE, FALSE, sizeof (PlacedBox));

  for (guint i = 0; i < ec_map_get_n_units (self->map); i++)
    {
      EcMapUnit *unit = ec_map_get_unit (self->map, i);
      const EcRect *box = ec_map_unit_get_box (unit);
      PlacedBox placed = { i, BOX_GROUP_COLUMN, };

      if (box == NULL)
        continue;

      placed.box = *box;
      /* Districts under the northern half of the map sit in a row over
       * Canada; the others stack in the column by the coast. */
      if (ec_map_unit_is_district (unit))
        placed.group = box->x + box->width < ec_map_get_view_box (self->map)->x + ec_map_get_view_box (self->map)->width * 0.75
                       ? BOX_GROUP_DISTRICT_ROW : BOX_GROUP_DISTRICT_COLUMN;
      g_array_append_val (boxes, placed);
    }

  g_array_sort (boxes, compare_placed_cb);

  return boxes;
}

/* Moves a placed box clear of the labels of the states near it, as they
 * will be laid out at this scale (measured with the widest count): the
 * column's boxes to the east, the row's to the north. */
static void
clear_of_labels (EcMapRenderer *self,
                 EcMapDisplay  *display,
                 PangoContext  *context,
                 PlacedBox     *placed,
                 double         gap)
{
  double scale = ec_map_display_get_scale (display);

  for (guint i = 0; i < ec_map_get_n_units (self->map); i++)
    {
      EcMapUnit *unit = ec_map_get_unit (self->map, i);
      g_autoptr(PangoLayout) layout = NULL;
      g_autofree char *sample = NULL;
      PangoRectangle ink, logical;
      double x, y, room_w, room_h, px, py;
      EcRect generous, box, label;

      if (ec_map_unit_get_box (unit) != NULL || !ec_map_unit_has_shape (unit))
        continue;

      /* Only the few labels that could reach the box are measured. */
      label_pixel_extents (self, display, unit, &generous);
      ec_map_display_map_to_pixels (display, placed->box.x, placed->box.y, &px, &py);
      box = (EcRect) { px, py, placed->box.width * scale, placed->box.height * scale };
      if (generous.x > box.x + box.width || box.x > generous.x + generous.width ||
          generous.y > box.y + box.height || box.y > generous.y + generous.height)
        continue;

      ec_map_unit_get_label (unit, &x, &y, &room_w, &room_h);
      sample = dup_box_sample (unit);
      layout = pango_layout_new (context);
      pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);
      fit_state_label (self, context, &layout, sample, room_w * scale, room_h * scale, 10.0 * self->label_scale,
                       font_cap (self, display));
      pango_layout_get_pixel_extents (layout, &ink, &logical);
      /* Where layout_label() puts it, centred on the anchor, in map units. */
      label = (EcRect) { x + (ink.x - logical.x - logical.width / 2.0 - 1) / scale,
                         y + (ink.y - logical.y - logical.height / 2.0 - 1) / scale,
                         (ink.width + 2) / scale, (ink.height + 2) / scale };

      if (label.x > placed->box.x + placed->box.width + gap || placed->box.x > label.x + label.width + gap ||
          label.y > placed->box.y + placed->box.height + gap || placed->box.y > label.y + label.height + gap)
        continue;

      if (placed->group == BOX_GROUP_DISTRICT_ROW)
        placed->box.y = label.y - gap - placed->box.height;
      else
        placed->box.x = label.x + label.width + gap;
    }
}

/* Sizes and places every box for text of @size on @n_lines lines at the
 * display's scale, into @boxes, and gives the view that holds them. */
static void
layout_boxes (EcMapRenderer *self,
              EcMapDisplay  *display,
              PangoLayout   *layout,
              double         size,
              guint          n_lines,
              GArray        *boxes,
              EcRect        *view)
{
  double scale = ec_map_display_get_scale (display);
  double pad = MAX (BOX_PADDING, BOX_GAP_PIXELS / scale);
  double gap = MAX (BOX_GAP, BOX_GAP_PIXELS / scale);
  const EcRect *base = ec_map_get_view_box (self->map);
  double want_w[3] = { 0 }, want_h[3] = { 0 };
  double edge = MAX (BOX_PADDING, BOX_GAP_PIXELS / scale);
  double x1 = base->x, y1 = base->y, x2 = base->x + base->width, y2 = base->y + base->height;
  double column_top = 0, column_bottom = 0, districts_bottom = 0;
  guint n_column = 0, n_districts = 0, n_row = 0;
  double row_centre = 0, row_bottom = 0, row_gap = 0;

  /* Each group's boxes are alike: as large as the map's, or as the
   * largest text among them needs. */
  for (guint i = 0; i < boxes->len; i++)
    {
      PlacedBox *placed = &g_array_index (boxes, PlacedBox, i);
      EcMapUnit *unit = ec_map_get_unit (self->map, placed->position);
      const EcRect *box = ec_map_unit_get_box (unit);
      g_autofree char *sample = dup_box_sample (unit);
      PangoRectangle ink;

      /* The ink, which is what must stay inside: a label in a box is
       * centred on its ink. */
      set_box_text (self, layout, sample, size, n_lines);
      pango_layout_get_pixel_extents (layout, &ink, NULL);
      want_w[placed->group] = MAX (want_w[placed->group], MAX (box->width, (ink.width + 1) / scale + 2 * pad));
      want_h[placed->group] = MAX (want_h[placed->group], MAX (box->height, (ink.height + 1) / scale + 2 * pad));
    }
  /* The districts of Maine and Nebraska read alike. */
  want_w[BOX_GROUP_DISTRICT_COLUMN] = want_w[BOX_GROUP_DISTRICT_ROW] =
    MAX (want_w[BOX_GROUP_DISTRICT_COLUMN], want_w[BOX_GROUP_DISTRICT_ROW]);
  want_h[BOX_GROUP_DISTRICT_COLUMN] = want_h[BOX_GROUP_DISTRICT_ROW] =
    MAX (want_h[BOX_GROUP_DISTRICT_COLUMN], want_h[BOX_GROUP_DISTRICT_ROW]);

  for (guint i = 0; i < boxes->len; i++)
    {
      PlacedBox *placed = &g_array_index (boxes, PlacedBox, i);

      switch (placed->group)
        {
        case BOX_GROUP_COLUMN:
          if (n_column++ == 0)
            column_top = placed->box.y;
          break;
        case BOX_GROUP_DISTRICT_COLUMN:
          if (n_districts++ == 0)
            districts_bottom = placed->box.y;
          break;
        case BOX_GROUP_DISTRICT_ROW:
          n_row++;
          row_centre += placed->box.x + placed->box.width / 2;
          row_bottom = MAX (row_bottom, placed->box.y + placed->box.height);
          break;
        default:
          g_assert_not_reached ();
        }
    }

  /* Maine's districts stack down from where the first is, the column
   * below them; the column rises if it would run off the map, but never
   * into them. */
  districts_bottom += n_districts * want_h[BOX_GROUP_DISTRICT_COLUMN] + MAX (0, (int)n_districts - 1) * gap;
  column_bottom = column_top + n_column * want_h[BOX_GROUP_COLUMN] + MAX (0, (int)n_column - 1) * gap;
  if (column_bottom > base->y + base->height - gap)
    {
      double rise = column_bottom - (base->y + base->height - gap);

      rise = MIN (rise, column_top - (n_districts > 0 ? districts_bottom + gap : base->y + gap));
      rise = MAX (rise, 0);
      column_top -= rise;
    }
  if (n_districts > 0)
    column_top = MAX (column_top, districts_bottom + gap);

  /* Nebraska's row spreads from its middle, and rises to stay clear of the
   * states below it. */
  if (n_row > 0)
    {
      double w = want_w[BOX_GROUP_DISTRICT_ROW];
      double left, land;

      row_centre /= n_row;
      row_gap = MAX (6.0, BOX_GAP_PIXELS / scale);
      left = row_centre - (n_row * w + (n_row - 1) * row_gap) / 2;
      land = ec_map_get_land_top (self->map, left - gap, left + n_row * w + (n_row - 1) * row_gap + gap);
      row_bottom = MIN (row_bottom, land - gap);
      row_centre = left;
    }

  {
    double column_y = column_top, districts_y = 0, row_x = row_centre;
    gboolean first_district = TRUE;
    PangoContext *context = pango_layout_get_context (layout);

    for (guint i = 0; i < boxes->len; i++)
      {
        PlacedBox *placed = &g_array_index (boxes, PlacedBox, i);
        double w = want_w[placed->group], h = want_h[placed->group];

        switch (placed->group)
          {
          case BOX_GROUP_COLUMN:
            placed->box = (EcRect) { placed->box.x, column_y, w, h };
            column_y += h + gap;
            break;
          case BOX_GROUP_DISTRICT_COLUMN:
            if (first_district)
              districts_y = placed->box.y;
            first_district = FALSE;
            placed->box = (EcRect) { placed->box.x, districts_y, w, h };
            districts_y += h + gap;
            break;
          case BOX_GROUP_DISTRICT_ROW:
            placed->box = (EcRect) { row_x, row_bottom - h, w, h };
            row_x += w + row_gap;
            break;
          default:
            g_assert_not_reached ();
          }

        clear_of_labels (self, display, context, placed, gap);
        x1 = MIN (x1, placed->box.x - edge);
        y1 = MIN (y1, placed->box.y - edge);
        x2 = MAX (x2, placed->box.x + placed->box.width + edge);
        y2 = MAX (y2, placed->box.y + placed->box.height + edge);
      }
  }

  *view = (EcRect) { x1, y1, x2 - x1, y2 - y1 };
}

/* One way of placing the boxes: its text, the boxes and the view that
 * holds them. */
typedef struct {
  guint   n_lines;
  double  size;
  GArray *boxes;
  EcRect  view;
  double  scale;
} BoxPlacement;

static void
box_placement_clear (BoxPlacement *placement)
{
  g_clear_pointer (&placement->boxes, g_array_unref);
}

/* Places the boxes for text on @n_lines lines, @factor times the size of
 * the display's box labels. A few rounds settle it: the text keeps its
 * size in pixels while the map shrinks a little to make room. */
static void
try_placement (EcMapRenderer *self,
               EcMapDisplay  *display,
               PangoLayout   *layout,
               guint          n_lines,
               double         factor,
               BoxPlacement  *placement)
{
  EcRect view = *ec_map_get_view_box (self->map);

  ec_map_display_set_view (display, &view);
  placement->n_lines = n_lines;

  for (guint round = 0; round < 8; round++)
    {
      EcRect now;

      box_placement_clear (placement);
      placement->boxes = collect_boxes (self);
      placement->size = box_font_size (self, display) * factor;
      layout_boxes (self, display, layout, placement->size, n_lines, placement->boxes, &view);
      ec_map_display_get_view (display, &now);
      /* The last round keeps its view, for boxes placed at its scale. */
      if (round == 7 ||
          (view.x >= now.x && view.y >= now.y &&
           view.x + view.width <= now.x + now.width && view.y + view.height <= now.y + now.height))
        break;

      /* A little more than needed, so that the next round holds. */
      view.x = MIN (view.x, now.x) - (view.x < now.x ? 2 : 0);
      view.y = MIN (view.y, now.y) - (view.y < now.y ? 2 : 0);
      view.width = MAX (view.x + view.width, now.x + now.width) + 2 - view.x;
      view.height = MAX (view.y + view.height, now.y + now.height) + 2 - view.y;
      ec_map_display_set_view (display, &view);
    }

  ec_map_display_get_view (display, &placement->view);
  placement->scale = ec_map_display_get_scale (display);
}

/* The leader leaves a placed box where it left the map's, in proportion,
 * and still ends where it did. */
static void
placed_leader (EcMapRenderer   *self,
               const PlacedBox *placed,
               double           leader[4])
{
  EcMapUnit *unit = ec_map_get_unit (self->map, placed->position);
  const EcRect *box = ec_map_unit_get_box (unit);

  if (!ec_map_unit_get_leader (unit, leader))
    return;

  leader[0] = placed->box.x + (leader[0] - box->x) / box->width * placed->box.width;
  leader[1] = placed->box.y + (leader[1] - box->y) / box->height * placed->box.height;
}

static gboolean
segments_cross (const double a[4],
                const double b[4])
{
  double d1 = (b[2] - b[0]) * (a[1] - b[1]) - (b[3] - b[1]) * (a[0] - b[0]);
  double d2 = (b[2] - b[0]) * (a[3] - b[1]) - (b[3] - b[1]) * (a[2] - b[0]);
  double d3 = (a[2] - a[0]) * (b[1] - a[1]) - (a[3] - a[1]) * (b[0] - a[0]);
  double d4 = (a[2] - a[0]) * (b[3] - a[1]) - (a[3] - a[1]) * (b[2] - a[0]);

  return ((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0));
}

/* Whether two of the placement's leaders cross: boxes moved far down the
 * coast make the leaders steep, and near their ends they meet. */
static gboolean
leaders_cross (EcMapRenderer      *self,
               const BoxPlacement *placement)
{
  for (guint i = 0; i < placement->boxes->len; i++)
    {
      const PlacedBox *a = &g_array_index (placement->boxes, PlacedBox, i);
      double la[4];

      if (!ec_map_unit_get_leader (ec_map_get_unit (self->map, a->position), la))
        continue;
      placed_leader (self, a, la);

      for (guint j = i + 1; j < placement->boxes->len; j++)
        {
          const PlacedBox *b = &g_array_index (placement->boxes, PlacedBox, j);
          double lb[4];

          if (!ec_map_unit_get_leader (ec_map_get_unit (self->map, b->position), lb))
            continue;
          placed_leader (self, b, lb);
          if (segments_cross (la, lb))
            return TRUE;
        }
    }

  return FALSE;
}

/* Places the boxes of @display for its size and the label scale. Two lines
 * as the states have, unless one line keeps the map clearly larger (tall
 * boxes would stretch the column down the whole coast); a smaller text
 * only where even one line would make the map much smaller. */
static void
place_boxes (EcMapRenderer *self,
             EcMapDisplay  *display,
             PangoContext  *context)
{
  static const double factors[] = { 0.85, 0.7, 0.55, 0.4 };
  g_autoptr(PangoLayout) layout = NULL;
  BoxPlacement two = { 0 }, one = { 0 };
  BoxPlacement *chosen;
  double base_scale;
  int width, height;

  ec_map_display_get_size (display, &width, &height);
  if (width <= 0 || height <= 0)
    return;

  layout = pango_layout_new (context);
  pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);
  base_scale = ec_map_display_get_scale (display);

  try_placement (self, display, layout, 2, 1.0, &two);
  try_placement (self, display, layout, 1, 1.0, &one);
  chosen = two.scale >= one.scale * 0.97 && !leaders_cross (self, &two) ? &two : &one;
  for (guint f = 0; chosen->scale < base_scale * 0.85 && f < G_N_ELEMENTS (factors); f++)
    {
      box_placement_clear (&one);
      try_placement (self, display, layout, 1, factors[f], &one);
      chosen = &one;
    }

  ec_map_display_set_view (display, &chosen->view);
  for (guint i = 0; i < chosen->boxes->len; i++)
    {
      const PlacedBox *placed = &g_array_index (chosen->boxes, PlacedBox, i);
      double leader[4];

      placed_leader (self, placed, leader);
      ec_map_display_set_box (display, placed->position, &placed->box, leader);
    }
  ec_map_display_set_box_text (display, chosen->size, chosen->n_lines);

  box_placement_clear (&two);
  box_placement_clear (&one);
}

/* A display of @width × @height pixels with its boxes placed, measured
 * with @context (that of the surface it will be drawn on), or with an
 * image surface's. */
static EcMapDisplay *
make_display (EcMapRenderer *self,
              PangoContext  *context,
              int            width,
              int            height)
{
  EcMapDisplay *display = ec_map_display_new (self->map, width, height);

  if (context == NULL)
    {
      if (self->measure_context == NULL)
        {
          cairo_surface_t *scratch = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1, 1);
          cairo_t *cr = cairo_create (scratch);

          self->measure_context = pango_cairo_create_context (cr);
          cairo_destroy (cr);
          cairo_surface_destroy (scratch);
        }
      context = self->measure_context;
    }

  place_boxes (self, display, context);

  return display;
}

/* Makes the items of one unit anew: how it looks is decided here, and
 * only here, for every output. */
static void
make_unit_items (EcMapRenderer    *self,
                 EcMapDisplay     *display,
                 PangoContext     *context,
                 guint             position,
                 const Appearance *appearance)
{
  EcMapUnit *unit = ec_map_get_unit (self->map, position);
  const EcRect *box = ec_map_display_get_box (display, position);
  double scale = ec_map_display_get_scale (display);
  LabelLayout label = { 0 };
  EcRect label_bounds;
  double leader[4];
  EcMapItem *item;

  ec_map_display_clear_unit (display, position);

  /* Shapes, each with its white border. */
  if (ec_map_unit_has_shape (unit))
    {
      item = ec_map_display_add_item (display, position, EC_MAP_ITEM_SHAPE);
      item->bounds = *ec_map_unit_get_bbox (unit);
      item->fill = appearance->fill;
      item->pattern = appearance->pattern;
      item->split = appearance->split;
      item->stroke = *ec_palette_get_ink (EC_INK_WHITE);
      item->line_width = CLAMP (scale * 0.8, 1.0, 3.0);
    }

  /* West Virginia's area in 1860 is Virginia's: no border between them. */
  if (ec_map_unit_has_shape (unit) && area_status (self, unit) == EC_AREA_PART_OF_UNIT)
    {
      EcUnit *eunit = election_unit (self, unit);
      EcMapUnit *parent = eunit ? ec_map_lookup_unit (self->map, ec_unit_get_id (eunit)) : NULL;

      if (parent != NULL && ec_map_unit_has_shape (parent))
        {
          item = ec_map_display_add_item (display, position, EC_MAP_ITEM_SEAM);
          item->other = parent;
          item->bounds = *ec_map_unit_get_bbox (unit);
          item->stroke = appearance->fill;
          /* Wider than the white border, to cover its anti-aliasing too. */
          item->line_width = CLAMP (scale * 0.8, 1.0, 3.0) + 1.0;
        }
    }

  /* The frame of an inset, whatever the state was that year: it frames
   * the place. */
  if (ec_map_unit_get_inset (unit) != NULL)
    {
      item = ec_map_display_add_item (display, position, EC_MAP_ITEM_FRAME);
      item->rect = *ec_map_unit_get_inset (unit);
      item->bounds = item->rect;
      item->stroke = *ec_palette_get_ink (EC_INK_LEADER);
      item->line_width = MAX (1.0, scale * 0.6);
    }

  if (!appearance->shown)
    return;

  /* Leader lines from the boxes to the places they stand for. */
  if (ec_map_display_get_leader (display, position, leader))
    {
      item = ec_map_display_add_item (display, position, EC_MAP_ITEM_LEADER);
      item->x1 = leader[0];
      item->y1 = leader[1];
      item->x2 = leader[2];
      item->y2 = leader[3];
      item->stroke = *ec_palette_get_ink (EC_INK_LEADER);
      item->line_width = MAX (1.0, scale * 0.6);
    }

  /* The boxes, filled like their units. */
  if (box != NULL)
    {
      item = ec_map_display_add_item (display, position, EC_MAP_ITEM_BOX);
      item->bounds = *box;
      item->rect = *box;
      item->radius = MIN (5.0, MIN (box->width, box->height) / 4);
      item->fill = appearance->fill;
      item->pattern = appearance->pattern;
      item->split = appearance->split;
      item->stroke = *ec_palette_get_ink (EC_INK_LEADER);
      item->line_width = 1.0;
    }

  /* The ring of a unit an answer points at, around its shape and box. */
  if (appearance->highlighted)
    {
      item = ec_map_display_add_item (display, position, EC_MAP_ITEM_OUTLINE);
      unit_map_extents (self, display, unit, &item->bounds);
      if (box != NULL)
        {
          item->rect = *box;
          item->radius = MIN (5.0, MIN (box->width, box->height) / 4);
        }
      item->stroke = *ec_palette_get_ink (EC_INK_HIGHLIGHT);
      item->color = *ec_palette_get_ink (EC_INK_LABEL);
      item->line_width = 3.0;
    }

  if (appearance->label == NULL)
    return;

  layout_label (self, context, display, unit, appearance, &label);
  label_pixel_extents (self, display, unit, &label_bounds);
  add_label_items (display, position, &label, &label_bounds);
  label_layout_clear (&label);
}

static void
compute_all (EcMapRenderer *self,
             Appearance    *appearances)
{
  refresh_allocation (self);
  for (guint i = 0; i < ec_map_get_n_units (self->map); i++)
    compute_appearance (self, ec_map_get_unit (self->map, i), &appearances[i]);
}

static void
free_appearances (Appearance *appearances,
                  guint       n)
{
  for (guint i = 0; i < n; i++)
    appearance_clear (&appearances[i]);
  g_free (appearances);
}

/**
 * ec_map_renderer_update:
 * @self: a #EcMapRenderer
 *
 * Brings the cached drawing up to date with the scenario, making anew the
 * items of the units whose look changed and repainting only them.
 *
 * Returns: (transfer full) (nullable): the pixels that changed, or %NULL if
 *   nothing did
 */
cairo_region_t *
ec_map_renderer_update (EcMapRenderer *self)
{
  guint n_units;
  Appearance *now;
  cairo_region_t *damage;
  cairo_rectangle_int_t extents;
  cairo_t *cr;
  gboolean full;

  g_return_val_if_fail (EC_IS_MAP_RENDERER (self), NULL);

  if (self->width == 0 || self->height == 0)
    return NULL;

  n_units = ec_map_get_n_units (self->map);
  now = g_new0 (Appearance, n_units);
  compute_all (self, now);

  full = self->surface == NULL;
  if (full)
    {
      cairo_rectangle_int_t all = { 0, 0, self->width, self->height };

      self->surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, self->width, self->height);
      damage = cairo_region_create_rectangle (&all);
    }
  else
    {
      damage = cairo_region_create ();
      for (guint i = 0; i < n_units; i++)
        {
          if (!appearance_equal (&self->drawn[i], &now[i]))
            {
              cairo_rectangle_int_t rect;

              unit_pixel_extents (self, self->display, ec_map_get_unit (self->map, i), &rect);
              cairo_region_union_rectangle (damage, &rect);
            }
        }
    }

  if (cairo_region_is_empty (damage))
    {
      free_appearances (now, n_units);
      cairo_region_destroy (damage);
      return NULL;
    }

  /* Repaint the damaged rectangles: clear them, then draw every item that
   * can reach into them, clipped. */
  cr = cairo_create (self->surface);
  for (int i = 0; i < cairo_region_num_rectangles (damage); i++)
    {
      cairo_rectangle_int_t rect;

      cairo_region_get_rectangle (damage, i, &rect);
      cairo_rectangle (cr, rect.x, rect.y, rect.width, rect.height);
    }
  cairo_clip (cr);
  cairo_set_operator (cr, CAIRO_OPERATOR_CLEAR);
  cairo_paint (cr);
  cairo_set_operator (cr, CAIRO_OPERATOR_OVER);

  /* Text is laid out for the surface it is drawn on. The items of the
   * units that did not change keep their layouts. */
  if (full)
    {
      g_clear_object (&self->context);
      self->context = pango_cairo_create_context (cr);
    }
  for (guint i = 0; i < n_units; i++)
    {
      if (full || !appearance_equal (&self->drawn[i], &now[i]))
        make_unit_items (self, self->display, self->context, i, &now[i]);
    }

  cairo_region_get_extents (damage, &extents);
  ec_map_display_draw (self->display, cr, full ? NULL : &extents);
  cairo_destroy (cr);
  cairo_surface_flush (self->surface);

  forget_drawn (self);
  g_free (self->drawn);
  self->drawn = now;

  return damage;
}

/**
 * ec_map_renderer_get_surface:
 * @self: a #EcMapRenderer
 *
 * Returns: (transfer none) (nullable): the cached drawing, as of the last
 *   ec_map_renderer_update()
 */
cairo_surface_t *
ec_map_renderer_get_surface (EcMapRenderer *self)
{
  g_return_val_if_fail (EC_IS_MAP_RENDERER (self), NULL);

  return self->surface;
}

/**
 * ec_map_renderer_dup_display:
 * @self: a #EcMapRenderer
 * @cr: (nullable): the context the display will be drawn on, or %NULL for
 *   a format that draws its own text (SVG)
 * @width: the width of the drawing, in pixels
 * @height: its height
 *
 * Makes the whole map afresh as a display list at that size, without
 * touching the cache: for exports and snapshots. Labels are fitted with the
 * font options and transform of @cr, so that drawing the display on @cr
 * gives the same picture as ec_map_renderer_render(); without @cr, as on
 * an image surface with no transform.
 *
 * Returns: (transfer full): the display
 */
EcMapDisplay *
ec_map_renderer_dup_display (EcMapRenderer *self,
                             cairo_t       *cr,
                             int            width,
                             int            height)
{
  EcMapDisplay *display;
  cairo_surface_t *scratch = NULL;
  PangoContext *context;

  g_return_val_if_fail (EC_IS_MAP_RENDERER (self), NULL);

  if (cr != NULL)
    {
      context = pango_cairo_create_context (cr);
    }
  else
    {
      scratch = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1, 1);
      cr = cairo_create (scratch);
      context = pango_cairo_create_context (cr);
      cairo_destroy (cr);
    }

  display = make_display (self, context, width, height);

  refresh_allocation (self);
  for (guint i = 0; i < ec_map_get_n_units (self->map); i++)
    {
      Appearance appearance = { 0 };

      compute_appearance (self, ec_map_get_unit (self->map, i), &appearance);
      make_unit_items (self, display, context, i, &appearance);
      appearance_clear (&appearance);
    }

  g_object_unref (context);
  g_clear_pointer (&scratch, cairo_surface_destroy);

  return display;
}

/**
 * ec_map_renderer_render:
 * @self: a #EcMapRenderer
 * @cr: any cairo context: an image, SVG or PDF surface
 * @width: the width to fill
 * @height: the height to fill
 *
 * Draws the whole map afresh onto @cr, without touching the cache: for
 * exports and snapshots.
 */
void
ec_map_renderer_render (EcMapRenderer *self,
                        cairo_t       *cr,
                        int            width,
                        int            height)
{
  g_autoptr(EcMapDisplay) display = NULL;

  g_return_if_fail (EC_IS_MAP_RENDERER (self));
  g_return_if_fail (cr != NULL);

  display = ec_map_renderer_dup_display (self, cr, width, height);
  ec_map_display_draw (display, cr, NULL);
}

/**
 * ec_map_renderer_draw_highlight:
 * @self: a #EcMapRenderer
 * @cr: a cairo context in the pixels of the cached drawing
 * @unit_id: the unit to outline
 * @kind: hover or keyboard focus
 *
 * Outlines a unit (its shape and its box, as the cached drawing has them,
 * as of the last ec_map_renderer_update()) over that drawing. Hover is
 * a dark outline; focus a thick blue ring on a white one, visible on any
 * fill.
 */
void
ec_map_renderer_draw_highlight (EcMapRenderer  *self,
                                cairo_t        *cr,
                                const char     *unit_id,
                                EcMapHighlight  kind)
{
  EcMapUnit *unit;

  g_return_if_fail (EC_IS_MAP_RENDERER (self));
  g_return_if_fail (cr != NULL);
  g_return_if_fail (unit_id != NULL);

  unit = ec_map_lookup_unit (self->map, unit_id);
  if (unit == NULL || !unit_is_shown (self, unit))
    return;

  cairo_save (cr);
  cairo_new_path (cr);
  ec_map_display_append_outline (self->display, unit, cr);
  /* With the areas that were part of it, so that it reads as one state. */
  for (guint i = 0; i < ec_map_get_n_units (self->map); i++)
    {
      EcMapUnit *part = ec_map_get_unit (self->map, i);
      EcUnit *eunit;

      if (part == unit || area_status (self, part) != EC_AREA_PART_OF_UNIT || !unit_is_shown (self, part))
        continue;
      eunit = election_unit (self, part);
      if (eunit != NULL && g_str_equal (ec_unit_get_id (eunit), unit_id))
        ec_map_display_append_outline (self->display, part, cr);
    }
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);

  if (kind == EC_MAP_HIGHLIGHT_FOCUS)
    {
      cairo_set_line_width (cr, 7);
      ec_palette_set_source (cr, ec_palette_get_ink (EC_INK_WHITE), 1);
      cairo_stroke_preserve (cr);
      cairo_set_line_width (cr, 4);
      ec_palette_set_source (cr, ec_palette_get_ink (EC_INK_FOCUS), 1);
      cairo_stroke (cr);
    }
  else
    {
      cairo_set_line_width (cr, 3);
      ec_palette_set_source (cr, ec_palette_get_ink (EC_INK_LABEL), 0.85);
      cairo_stroke (cr);
    }

  cairo_restore (cr);
}

/**
 * ec_map_renderer_draw_focus_ring:
 * @self: a #EcMapRenderer
 * @cr: a cairo context in the pixels of the cached drawing
 * @unit_id: the unit with keyboard focus
 * @color: the ring's colour: the accent colour, as the desktop's focus
 *   rings have
 * @width: its width, in pixels
 * @offset: the gap between the unit and the ring, in pixels
 *
 * Draws a keyboard focus ring around a unit (its shape and its box, as
 * of the last ec_map_renderer_update()) in the manner of libadwaita's
 * outlines: a line of @width, @offset outside the unit, that leaves the
 * unit itself uncovered.
 */
void
ec_map_renderer_draw_focus_ring (EcMapRenderer *self,
                                 cairo_t       *cr,
                                 const char    *unit_id,
                                 const EcColor *color,
                                 double         width,
                                 double         offset)
{
  EcMapUnit *unit;

  g_return_if_fail (EC_IS_MAP_RENDERER (self));
  g_return_if_fail (cr != NULL);
  g_return_if_fail (unit_id != NULL);
  g_return_if_fail (color != NULL);

  unit = ec_map_lookup_unit (self->map, unit_id);
  if (unit == NULL || !unit_is_shown (self, unit))
    return;

  cairo_save (cr);
  /* The band from @offset to @offset + @width around the outline, outside
   * it: both strokes of the outline, the inner one cleared, clipped to
   * what lies outside the unit. */
  cairo_push_group (cr);
  cairo_new_path (cr);
  ec_map_display_append_outline (self->display, unit, cr);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  cairo_set_line_width (cr, 2 * (offset + width));
  ec_palette_set_source (cr, color, 1);
  cairo_stroke_preserve (cr);
  cairo_set_operator (cr, CAIRO_OPERATOR_CLEAR);
  cairo_set_line_width (cr, 2 * offset);
  cairo_stroke_preserve (cr);
  cairo_fill (cr);
  cairo_pop_group_to_source (cr);
  cairo_paint (cr);
  cairo_restore (cr);
}

static gboolean
is_shown_cb (EcMapUnit *unit,
             gpointer   user_data)
{
  return unit_is_shown (user_data, unit);
}

/**
 * ec_map_renderer_pick:
 * @self: a #EcMapRenderer
 * @x: x in pixels of the cached drawing
 * @y: y in pixels of the cached drawing
 *
 * Finds the unit under a point, exactly to its border, without drawing.
 *
 * Returns: (transfer none) (nullable): the unit's id, or %NULL
 */
const char *
ec_map_renderer_pick (EcMapRenderer *self,
                      double         x,
                      double         y)
{
  EcMapUnit *unit;
  EcUnit *eunit;

  g_return_val_if_fail (EC_IS_MAP_RENDERER (self), NULL);

  if (ec_map_display_get_scale (self->display) <= 0)
    return NULL;

  unit = ec_map_display_hit_test (self->display, x, y, is_shown_cb, self);
  if (unit == NULL)
    return NULL;

  /* A click on Maine in 1816 is a click on Massachusetts. */
  eunit = election_unit (self, unit);

  return eunit ? ec_unit_get_id (eunit) : ec_map_unit_get_id (unit);
}

static gboolean
is_land_cb (EcMapUnit *unit,
            gpointer   user_data)
{
  return ec_map_unit_has_shape (unit);
}

/**
 * ec_map_renderer_pick_area:
 * @self: a #EcMapRenderer
 * @x: x in pixels of the cached drawing
 * @y: y in pixels of the cached drawing
 *
 * Finds the area of the map under a point, whatever it was that year: a
 * unit, part of one, or land with no electors.
 *
 * Returns: (transfer none) (nullable): the area's id, such as "WV", or %NULL
 */
const char *
ec_map_renderer_pick_area (EcMapRenderer *self,
                           double         x,
                           double         y)
{
  EcMapUnit *unit;

  g_return_val_if_fail (EC_IS_MAP_RENDERER (self), NULL);

  if (ec_map_display_get_scale (self->display) <= 0)
    return NULL;

  unit = ec_map_display_hit_test (self->display, x, y, is_land_cb, self);

  return unit ? ec_map_unit_get_id (unit) : NULL;
}

/**
 * ec_map_renderer_is_unit_shown:
 * @self: a #EcMapRenderer
 * @unit_id: a unit id
 *
 * Returns: whether the unit is on the map now (a district box is only while
 *   its state uses the district method)
 */
gboolean
ec_map_renderer_is_unit_shown (EcMapRenderer *self,
                               const char    *unit_id)
{
  EcMapUnit *unit;

  g_return_val_if_fail (EC_IS_MAP_RENDERER (self), FALSE);
  g_return_val_if_fail (unit_id != NULL, FALSE);

  unit = ec_map_lookup_unit (self->map, unit_id);

  return unit != NULL && unit_is_shown (self, unit);
}

/**
 * ec_map_renderer_get_unit_bounds:
 * @self: a #EcMapRenderer
 * @unit_id: a unit id
 * @bounds: (out caller-allocates): the unit's box if it has one, else its
 *   shape's bounding box, in pixels
 *
 * Returns: whether the unit exists
 */
gboolean
ec_map_renderer_get_unit_bounds (EcMapRenderer *self,
                                 const char    *unit_id,
                                 EcRect        *bounds)
{
  const EcRect *rect;
  EcMapUnit *unit;
  double x1, y1, x2, y2;

  g_return_val_if_fail (EC_IS_MAP_RENDERER (self), FALSE);
  g_return_val_if_fail (unit_id != NULL, FALSE);
  g_return_val_if_fail (bounds != NULL, FALSE);

  if (!(unit = ec_map_lookup_unit (self->map, unit_id)))
    return FALSE;

  rect = unit_box (self, self->display, unit);
  if (rect == NULL)
    rect = ec_map_unit_get_bbox (unit);

  ec_map_display_map_to_pixels (self->display, rect->x, rect->y, &x1, &y1);
  ec_map_display_map_to_pixels (self->display, rect->x + rect->width, rect->y + rect->height, &x2, &y2);
  *bounds = (EcRect) { x1, y1, x2 - x1, y2 - y1 };

  return TRUE;
}

/**
 * ec_map_renderer_get_unit_color:
 * @self: a #EcMapRenderer
 * @unit_id: a unit id
 * @color: (out caller-allocates): the unit's fill
 *
 * Returns: whether the unit exists
 */
gboolean
ec_map_renderer_get_unit_color (EcMapRenderer *self,
                                const char    *unit_id,
                                EcColor       *color)
{
  Appearance appearance = { 0 };
  EcMapUnit *unit;

  g_return_val_if_fail (EC_IS_MAP_RENDERER (self), FALSE);
  g_return_val_if_fail (unit_id != NULL, FALSE);
  g_return_val_if_fail (color != NULL, FALSE);

  if (!(unit = ec_map_lookup_unit (self->map, unit_id)))
    return FALSE;

  refresh_allocation (self);
  compute_appearance (self, unit, &appearance);
  *color = appearance.fill;
  appearance_clear (&appearance);

  return TRUE;
}

/**
 * ec_map_renderer_get_unit_pattern:
 * @self: a #EcMapRenderer
 * @unit_id: a unit id
 *
 * Returns: the pattern laid over the unit's fill: always
 *   %EC_PATTERN_NONE unless patterns are on
 */
EcPattern
ec_map_renderer_get_unit_pattern (EcMapRenderer *self,
                                  const char    *unit_id)
{
  Appearance appearance = { 0 };
  EcMapUnit *unit;
  EcPattern pattern;

  g_return_val_if_fail (EC_IS_MAP_RENDERER (self), EC_PATTERN_NONE);
  g_return_val_if_fail (unit_id != NULL, EC_PATTERN_NONE);

  if (!(unit = ec_map_lookup_unit (self->map, unit_id)))
    return EC_PATTERN_NONE;

  refresh_allocation (self);
  compute_appearance (self, unit, &appearance);
  pattern = appearance.pattern;
  appearance_clear (&appearance);

  return pattern;
}

/**
 * ec_map_renderer_get_keys:
 * @self: a #EcMapRenderer
 * @keys: (out caller-allocates) (array fixed-size=4): the keys
 *
 * The fills and marks on the map now that are neither a candidate's nor
 * undecided, with what they mean: states that cast no votes, land that had
 * no electors, electors who split their votes and faithless votes a state
 * law cancelled. A map of today as pledged has none.
 *
 * Returns: how many of @keys are set
 */
guint
ec_map_renderer_get_keys (EcMapRenderer *self,
                          EcMapKey       keys[EC_MAP_KEY_MAX])
{
  gboolean outside = FALSE;
  gboolean district = FALSE;
  gboolean no_votes = FALSE;
  EcSplit split = { 0 };
  guint voided = 0;
  guint n = 0;

  g_return_val_if_fail (EC_IS_MAP_RENDERER (self), 0);
  g_return_val_if_fail (keys != NULL, 0);

  if (self->scenario == NULL)
    return 0;

  /* The method may have changed since the last drawing. */
  refresh_allocation (self);

  for (guint i = 0; i < ec_map_get_n_units (self->map); i++)
    {
      EcMapUnit *unit = ec_map_get_unit (self->map, i);
      EcAreaStatus status = area_status (self, unit);
      EcUnit *eunit;

      if (ec_map_unit_is_district (unit))
        continue;

      if (status == EC_AREA_NO_ELECTORS)
        {
          district = TRUE;
          continue;
        }
      if (status != EC_AREA_UNIT && status != EC_AREA_PART_OF_UNIT)
        {
          outside = TRUE;
          continue;
        }

      eunit = election_unit (self, unit);
      if (eunit != NULL && ec_unit_casts_no_votes (eunit) &&
          ec_scenario_get_winner (self->scenario, ec_unit_get_id (eunit)) == NULL)
        no_votes = TRUE;
    }

  /* The marks of where votes went, districts included. */
  for (guint i = 0; i < ec_map_get_n_units (self->map) && (split.n_bands == 0 || voided == 0); i++)
    {
      EcMapUnit *unit = ec_map_get_unit (self->map, i);
      EcUnit *eunit = election_unit (self, unit);
      EcSplit unit_split;
      guint unit_voided;

      if (eunit == NULL || !unit_is_shown (self, unit))
        continue;

      compute_split (self, eunit, area_status (self, unit), ec_scenario_get_winner (self->scenario, ec_unit_get_id (eunit)),
                     &unit_split, &unit_voided);
      if (split.n_bands == 0)
        split = unit_split;
      voided += unit_voided;
    }

  if (no_votes)
    keys[n++] = (EcMapKey) { EC_INK_NO_VOTES, _("Cast no electoral votes") };
  if (outside && district)
    keys[n++] = (EcMapKey) { EC_INK_OUTSIDE, _("No electors: not yet a state, not in the Union, or DC before the 23rd Amendment") };
  else if (outside)
    keys[n++] = (EcMapKey) { EC_INK_OUTSIDE, _("No electors: not yet a state, or not in the Union") };
  else if (district)
    keys[n++] = (EcMapKey) { EC_INK_OUTSIDE, _("No electors: the District of Columbia before the 23rd Amendment") };
  if (split.n_bands > 0)
    keys[n++] = (EcMapKey) { EC_INK_WHITE, _("Electors split: stripes in the colours of those they voted for"),
                             EC_MAP_KEY_SPLIT, split };
  if (voided > 0)
    keys[n++] = (EcMapKey) { EC_INK_OUTSIDE, _("Faithless votes cancelled by state law, the electors replaced"),
                             EC_MAP_KEY_CANCELLED, { 0 } };

  return n;
}

/**
 * ec_map_renderer_paint_key:
 * @key: a key from ec_map_renderer_get_keys()
 * @cr: a cairo context
 * @width: the width of the swatch
 * @height: its height
 *
 * Paints the key's swatch from (0, 0), as the map shows it: a fill, the
 * stripes of a split, or the struck-through badge of cancelled votes.
 */
void
ec_map_renderer_paint_key (const EcMapKey *key,
                           cairo_t        *cr,
                           double          width,
                           double          height)
{
  g_return_if_fail (key != NULL);
  g_return_if_fail (cr != NULL);

  cairo_save (cr);
  cairo_new_path (cr);
  switch (key->mark)
    {
    case EC_MAP_KEY_CANCELLED:
      {
        double r = MIN (width, height) / 2 - 1;
        double d = r * G_SQRT2 / 2;

        cairo_arc (cr, width / 2, height / 2, r, 0, 2 * G_PI);
        ec_palette_set_source (cr, ec_palette_get_ink (EC_INK_OUTSIDE), 1);
        cairo_fill_preserve (cr);
        cairo_set_line_width (cr, 1.5);
        ec_palette_set_source (cr, ec_palette_get_ink (EC_INK_LABEL), 1);
        cairo_stroke (cr);
        cairo_move_to (cr, width / 2 - d, height / 2 + d);
        cairo_line_to (cr, width / 2 + d, height / 2 - d);
        cairo_stroke (cr);
      }
      break;

    case EC_MAP_KEY_SPLIT:
      if (key->split.n_bands > 0)
        {
          cairo_pattern_t *pattern = ec_palette_create_split (&key->split, MAX (8, height * 0.75));

          cairo_rectangle (cr, 0.5, 0.5, width - 1, height - 1);
          cairo_set_source (cr, pattern);
          cairo_fill_preserve (cr);
          cairo_pattern_destroy (pattern);
          cairo_set_line_width (cr, 1);
          ec_palette_set_source (cr, ec_palette_get_ink (EC_INK_LEADER), 1);
          cairo_stroke (cr);
        }
      break;

    case EC_MAP_KEY_FILL:
    default:
      cairo_rectangle (cr, 0.5, 0.5, width - 1, height - 1);
      ec_palette_set_source (cr, ec_palette_get_ink (key->ink), 1);
      cairo_fill_preserve (cr);
      /* An outline, so that the lightest fill shows on a light card too. */
      cairo_set_line_width (cr, 1);
      ec_palette_set_source (cr, ec_palette_get_ink (EC_INK_LEADER), 1);
      cairo_stroke (cr);
      break;
    }
  cairo_restore (cr);
}
