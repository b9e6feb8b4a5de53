/* ec-snapshot.c
 *
 * Copyright 2026 The Electors authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ec-file.h"
#include "ec-file-error.h"
#include "ec-snapshot-private.h"

/* A snapshot is what a teacher puts on a slide or a worksheet: the map with
 * its labels, the race to 270, the outcome, the popular vote, a legend and
 * the faithless electors, under a title. It has to stand on its own, without
 * the app beside it, in colour and in grey print. */

G_DEFINE_QUARK (ec-snapshot-error-quark, ec_snapshot_error)
G_DEFINE_FINAL_TYPE (EcSnapshot, ec_snapshot, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_MAP,
  PROP_SCENARIO,
  PROP_TITLE,
  PROP_WIDTH,
  PROP_HEIGHT,
  PROP_PAGE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
ec_snapshot_finalize (GObject *object)
{
  EcSnapshot *self = (EcSnapshot *)object;

  g_clear_object (&self->renderer);
  g_clear_pointer (&self->closest, ec_closest_unref);
  g_clear_object (&self->scenario);
  g_clear_object (&self->map);
  g_clear_object (&self->pango);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->date, g_date_time_unref);

  G_OBJECT_CLASS (ec_snapshot_parent_class)->finalize (object);
}

static void
ec_snapshot_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  EcSnapshot *self = EC_SNAPSHOT (object);

  switch (prop_id)
    {
    case PROP_MAP:
      g_value_set_object (value, self->map);
      break;
    case PROP_SCENARIO:
      g_value_set_object (value, self->scenario);
      break;
    case PROP_TITLE:
      g_value_take_string (value, ec_snapshot_dup_title (self));
      break;
    case PROP_WIDTH:
      g_value_set_int (value, self->width);
      break;
    case PROP_HEIGHT:
      g_value_set_int (value, self->height);
      break;
    case PROP_PAGE:
      g_value_set_enum (value, self->page);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ec_snapshot_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  EcSnapshot *self = EC_SNAPSHOT (object);

  switch (prop_id)
    {
    case PROP_MAP:
      self->map = g_value_dup_object (value);
      break;
    case PROP_SCENARIO:
      self->scenario = g_value_dup_object (value);
      break;
    case PROP_TITLE:
      ec_snapshot_set_title (self, g_value_get_string (value));
      break;
    case PROP_WIDTH:
      ec_snapshot_set_size (self, g_value_get_int (value), self->height);
      break;
    case PROP_HEIGHT:
      ec_snapshot_set_size (self, self->width, g_value_get_int (value));
      break;
    case PROP_PAGE:
      ec_snapshot_set_page (self, g_value_get_enum (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ec_snapshot_constructed (GObject *object)
{
  EcSnapshot *self = EC_SNAPSHOT (object);

  G_OBJECT_CLASS (ec_snapshot_parent_class)->constructed (object);

  g_assert (self->map != NULL && self->scenario != NULL);

  /* Patterns as well as colours: a snapshot is printed, often in grey. */
  self->renderer = ec_map_renderer_new (self->map);
  ec_map_renderer_set_scenario (self->renderer, self->scenario);
  ec_map_renderer_set_patterns (self->renderer, TRUE);
}

static void
ec_snapshot_class_init (EcSnapshotClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ec_snapshot_finalize;
  object_class->get_property = ec_snapshot_get_property;
  object_class->set_property = ec_snapshot_set_property;
  object_class->constructed = ec_snapshot_constructed;

  properties[PROP_MAP] =
    g_param_spec_object ("map", NULL, NULL, EC_TYPE_MAP,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SCENARIO] =
    g_param_spec_object ("scenario", NULL, NULL, EC_TYPE_SCENARIO,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_WIDTH] =
    g_param_spec_int ("width", NULL, NULL, 1, G_MAXINT, 1920,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_HEIGHT] =
    g_param_spec_int ("height", NULL, NULL, 1, G_MAXINT, 1080,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PAGE] =
    g_param_spec_enum ("page", NULL, NULL, EC_TYPE_SNAPSHOT_PAGE, EC_SNAPSHOT_PAGE_A4,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ec_snapshot_init (EcSnapshot *self)
{
  ec_snapshot_preset_get_size (EC_SNAPSHOT_PRESET_SLIDE, &self->width, &self->height);
  self->page = EC_SNAPSHOT_PAGE_A4;
}

/**
 * ec_snapshot_new:
 * @map: the map to draw on
 * @scenario: the scenario to show
 *
 * Creates a snapshot of @scenario: a 1920×1080 slide, or an A4 page for
 * PDF, until told otherwise. The scenario is drawn as it is whenever the
 * snapshot is drawn or saved, so a preview follows its changes.
 *
 * Returns: (transfer full): a new snapshot
 */
EcSnapshot *
ec_snapshot_new (EcMap      *map,
                 EcScenario *scenario)
{
  g_return_val_if_fail (EC_IS_MAP (map), NULL);
  g_return_val_if_fail (EC_IS_SCENARIO (scenario), NULL);

  return g_object_new (EC_TYPE_SNAPSHOT, "map", map, "scenario", scenario, NULL);
}

/**
 * ec_snapshot_get_scenario:
 * @self: a #EcSnapshot
 *
 * Returns: (transfer none): the scenario shown
 */
EcScenario *
ec_snapshot_get_scenario (EcSnapshot *self)
{
  g_return_val_if_fail (EC_IS_SNAPSHOT (self), NULL);

  return self->scenario;
}

/**
 * ec_snapshot_get_map:
 * @self: a #EcSnapshot
 *
 * Returns: (transfer none): the map drawn on
 */
EcMap *
ec_snapshot_get_map (EcSnapshot *self)
{
  g_return_val_if_fail (EC_IS_SNAPSHOT (self), NULL);

  return self->map;
}

EcMapRenderer *
ec_snapshot_get_renderer (EcSnapshot *self)
{
  g_assert (EC_IS_SNAPSHOT (self));

  return self->renderer;
}

/**
 * ec_snapshot_dup_title:
 * @self: a #EcSnapshot
 *
 * The title at the top: the one set with ec_snapshot_set_title(), else the
 * scenario's own, else “2016 presidential election” or “Blank map”.
 *
 * Returns: (transfer full): the title
 */
char *
ec_snapshot_dup_title (EcSnapshot *self)
{
  EcElection *election;
  g_autofree char *title = NULL;

  g_return_val_if_fail (EC_IS_SNAPSHOT (self), NULL);

  if (self->title != NULL)
    return g_strdup (self->title);

  title = g_strdup (ec_scenario_get_title (self->scenario));
  if (title != NULL && *g_strstrip (title) != '\0')
    return g_steal_pointer (&title);

  election = ec_scenario_get_election (self->scenario);
  if (ec_election_is_blank (election))
    return g_strdup (_("Blank map"));

  /* Translators: the title of an exported snapshot, e.g. “2016 presidential election” */
  return g_strdup_printf (_("%d presidential election"), ec_election_get_year (election));
}

/**
 * ec_snapshot_set_title:
 * @self: a #EcSnapshot
 * @title: (nullable): a title, or %NULL (or an empty string) for the
 *   scenario's
 *
 * Overrides the title at the top of the snapshot.
 */
void
ec_snapshot_set_title (EcSnapshot *self,
                       const char *title)
{
  g_autofree char *stripped = NULL;

  g_return_if_fail (EC_IS_SNAPSHOT (self));

  if (title != NULL)
    {
      g_autofree char *valid = g_utf8_make_valid (title, -1);

      /* As long as a scenario's title may be: a page has room for no more,
       * and laying out more takes seconds. */
      if (g_utf8_strlen (valid, -1) > EC_SCENARIO_MAX_TITLE)
        stripped = g_strstrip (g_utf8_substring (valid, 0, EC_SCENARIO_MAX_TITLE));
      else
        stripped = g_strstrip (g_steal_pointer (&valid));
      if (*stripped == '\0')
        g_clear_pointer (&stripped, g_free);
    }

  if (g_strcmp0 (self->title, stripped) == 0)
    return;

  g_free (self->title);
  self->title = g_steal_pointer (&stripped);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

/* How the electors vote, after the election's name: the real result (as
 * cast, as pledged, the petition, a blank map) or a scenario changed from
 * it. The counting system and the state laws are said apart, so they do
 * not make a scenario "custom" here. */
static const char *
describe_count (EcScenario *scenario)
{
  g_autoptr(EcScenario) plain = ec_scenario_copy (scenario);
  gboolean real;
  gboolean petition = g_strcmp0 (ec_scenario_get_preset (scenario), EC_SCENARIO_PRESET_PETITION) == 0;

  ec_scenario_set_apply_laws (plain, FALSE);
  ec_scenario_set_laws_date (plain, EC_LAWS_AT_ELECTION);
  ec_scenario_set_method (plain, EC_METHOD_WINNER_TAKE_ALL);
  ec_scenario_set_house_size (plain, EC_HOUSE_SIZE_DEFAULT, NULL);
  real = ec_scenario_shows_real_result (plain);

  if (ec_election_is_blank (ec_scenario_get_election (scenario)))
    return real ? _("every state undecided") : _("states filled in by hand");
  if (petition)
    return real ? _("the petition to the electors: every elector as pledged")
                : _("a custom scenario from the petition to the electors");
  if (ec_scenario_get_base (scenario) == EC_SCENARIO_PLEDGED)
    return real ? _("every elector as pledged") : _("a custom scenario from the result as pledged");

  return real ? _("as the electors voted") : _("a custom scenario from the result as cast");
}

/**
 * ec_snapshot_dup_subtitle:
 * @self: a #EcSnapshot
 *
 * The line under the title: the election and how its electors vote (as
 * cast, as pledged, the petition, a blank map, or a scenario changed from
 * one of them), the counting system if it is not the usual one, which
 * state laws on faithless electors apply, and the date of the export.
 *
 * Returns: (transfer full): the subtitle
 */
char *
ec_snapshot_dup_subtitle (EcSnapshot *self)
{
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *date = NULL;
  EcElection *election;
  EcMethod method;

  g_return_val_if_fail (EC_IS_SNAPSHOT (self), NULL);

  election = ec_scenario_get_election (self->scenario);
  method = ec_scenario_get_method (self->scenario);

  if (ec_election_is_blank (election))
    /* Translators: the subtitle of an export of the blank map, then how its electors vote */
    g_ptr_array_add (parts, g_strdup_printf (_("Blank map, %s"), describe_count (self->scenario)));
  else
    /* Translators: the subtitle of an export: the election, then how its electors vote,
     * e.g. “2016 presidential election, as the electors voted” */
    g_ptr_array_add (parts, g_strdup_printf (_("%d presidential election, %s"), ec_election_get_year (election),
                                             describe_count (self->scenario)));

  if (ec_scenario_get_house_size (self->scenario) != EC_HOUSE_SIZE_DEFAULT)
    g_ptr_array_add (parts, g_strdup_printf (_("counted by %s, House of %u"), ec_method_get_name (method),
                                             ec_scenario_get_house_size (self->scenario)));
  else if (method != EC_METHOD_WINNER_TAKE_ALL)
    g_ptr_array_add (parts, g_strdup_printf (_("counted by %s"), ec_method_get_name (method)));

  if (ec_scenario_get_apply_laws (self->scenario) && !ec_election_is_blank (election))
    {
      if (ec_scenario_get_laws_date (self->scenario) == EC_LAWS_TODAY)
        g_ptr_array_add (parts, g_strdup (_("with today’s state laws on faithless electors")));
      else
        g_ptr_array_add (parts, g_strdup_printf (_("with the state laws on faithless electors in force in %d"),
                                                 ec_election_get_year (election)));
    }

  now = self->date ? g_date_time_ref (self->date) : g_date_time_new_now_local ();
  /* Translators: the date of an export, in strftime() format, e.g. “March 5, 2026”.
   * Use the order and form usual in your language. */
  date = g_date_time_format (now, _("%B %-d, %Y"));
  g_ptr_array_add (parts, g_strdup (date ? date : ""));
  g_ptr_array_add (parts, NULL);

  /* Translators: separates the parts of an export's subtitle */
  return g_strjoinv (_(" · "), (char **)parts->pdata);
}

/**
 * ec_snapshot_set_date:
 * @self: a #EcSnapshot
 * @date: (nullable): the date to print, or %NULL for the day of the export
 *
 * Fixes the date in the subtitle, for previews and reproducible files.
 */
void
ec_snapshot_set_date (EcSnapshot *self,
                      GDateTime  *date)
{
  g_return_if_fail (EC_IS_SNAPSHOT (self));

  g_clear_pointer (&self->date, g_date_time_unref);
  if (date != NULL)
    self->date = g_date_time_ref (date);
}

/**
 * ec_snapshot_get_size:
 * @self: a #EcSnapshot
 * @width: (out) (optional): the width of PNG and SVG exports, in pixels
 * @height: (out) (optional): their height
 */
void
ec_snapshot_get_size (EcSnapshot *self,
                      int        *width,
                      int        *height)
{
  g_return_if_fail (EC_IS_SNAPSHOT (self));

  if (width) *width = self->width;
  if (height) *height = self->height;
}

/**
 * ec_snapshot_set_size:
 * @self: a #EcSnapshot
 * @width: the width of PNG and SVG exports, in pixels
 * @height: their height
 *
 * Sets the size of PNG and SVG exports. A size outside 320×240 to
 * 8192×8192 is kept, but saving then fails with
 * %EC_SNAPSHOT_ERROR_BAD_SIZE; check sizes people type with
 * ec_snapshot_parse_size() or ec_snapshot_check_size().
 */
void
ec_snapshot_set_size (EcSnapshot *self,
                      int         width,
                      int         height)
{
  g_return_if_fail (EC_IS_SNAPSHOT (self));
  g_return_if_fail (width > 0 && height > 0);

  g_object_freeze_notify (G_OBJECT (self));
  if (self->width != width)
    {
      self->width = width;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WIDTH]);
    }
  if (self->height != height)
    {
      self->height = height;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HEIGHT]);
    }
  g_object_thaw_notify (G_OBJECT (self));
}

/**
 * ec_snapshot_get_page:
 * @self: a #EcSnapshot
 *
 * Returns: the paper of PDF exports
 */
EcSnapshotPage
ec_snapshot_get_page (EcSnapshot *self)
{
  g_return_val_if_fail (EC_IS_SNAPSHOT (self), EC_SNAPSHOT_PAGE_A4);

  return self->page;
}

/**
 * ec_snapshot_set_page:
 * @self: a #EcSnapshot
 * @page: the paper of PDF exports, always landscape
 */
void
ec_snapshot_set_page (EcSnapshot     *self,
                      EcSnapshotPage  page)
{
  g_return_if_fail (EC_IS_SNAPSHOT (self));
  g_return_if_fail (page == EC_SNAPSHOT_PAGE_A4 || page == EC_SNAPSHOT_PAGE_LETTER);

  if (self->page == page)
    return;

  self->page = page;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PAGE]);
}

/**
 * ec_snapshot_set_palette:
 * @self: a #EcSnapshot
 * @palette: the colours of the candidates, as in the window
 *
 * The standard palette by default. Patterns are always there: a snapshot
 * is printed, often in grey.
 */
void
ec_snapshot_set_palette (EcSnapshot    *self,
                         EcPaletteKind  palette)
{
  g_return_if_fail (EC_IS_SNAPSHOT (self));

  ec_map_renderer_set_palette (self->renderer, palette);
}

/**
 * ec_snapshot_set_closest:
 * @self: a #EcSnapshot
 * @closest: (nullable): an answer for the snapshot's scenario, or %NULL
 *
 * Puts the fewest switched voters on the page, in words beside the map
 * with the tipping point, and rings their states on the map. Without it
 * the page is as before.
 */
void
ec_snapshot_set_closest (EcSnapshot *self,
                         EcClosest  *closest)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) ids = NULL;

  g_return_if_fail (EC_IS_SNAPSHOT (self));
  g_return_if_fail (closest == NULL || ec_closest_get_scenario (closest) == self->scenario);

  g_clear_pointer (&self->closest, ec_closest_unref);
  if (closest != NULL)
    {
      self->closest = ec_closest_ref (closest);
      for (guint i = 0; i < ec_closest_get_n_units (closest); i++)
        g_strv_builder_add (builder, ec_unit_get_id (ec_closest_get_unit (closest, i)));
    }
  ids = g_strv_builder_end (builder);
  ec_map_renderer_set_highlights (self->renderer, (const char * const *)ids);
}

/**
 * ec_snapshot_get_closest:
 * @self: a #EcSnapshot
 *
 * Returns: (transfer none) (nullable): the answer the page shows
 */
EcClosest *
ec_snapshot_get_closest (EcSnapshot *self)
{
  g_return_val_if_fail (EC_IS_SNAPSHOT (self), NULL);

  return self->closest;
}

/**
 * ec_snapshot_set_margin_shading:
 * @self: a #EcSnapshot
 * @shading: whether to shade each state by its real margin
 *
 * Shades the states on the snapshot's map as the window's map does when
 * its "shade by margin" option is on, so an export shows what the screen
 * showed.
 */
void
ec_snapshot_set_margin_shading (EcSnapshot *self,
                                gboolean    shading)
{
  g_return_if_fail (EC_IS_SNAPSHOT (self));

  ec_map_renderer_set_margin_shading (ec_snapshot_get_renderer (self), shading);
}

/**
 * ec_snapshot_get_margin_shading:
 * @self: a #EcSnapshot
 *
 * Returns: whether the snapshot's map shades states by their real margin
 */
gboolean
ec_snapshot_get_margin_shading (EcSnapshot *self)
{
  g_return_val_if_fail (EC_IS_SNAPSHOT (self), FALSE);

  return ec_map_renderer_get_margin_shading (ec_snapshot_get_renderer (self));
}

/* Output */

/**
 * ec_snapshot_to_bytes:
 * @self: a #EcSnapshot
 * @format: the format to make
 * @error: return location for a #GError
 *
 * Makes the file's contents in memory: a PNG or SVG at the snapshot's size,
 * or a one-page PDF on its page.
 *
 * Returns: (transfer full) (nullable): the file's contents, or %NULL if the
 *   size is out of range or drawing failed
 */
GBytes *
ec_snapshot_to_bytes (EcSnapshot        *self,
                      EcSnapshotFormat   format,
                      GError           **error)
{
  g_return_val_if_fail (EC_IS_SNAPSHOT (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  switch (format)
    {
    case EC_SNAPSHOT_FORMAT_PNG:
      if (!ec_snapshot_check_size (self->width, self->height, error))
        return NULL;
      return ec_snapshot_render_png (self, error);

    case EC_SNAPSHOT_FORMAT_SVG:
      {
        g_autoptr(GPtrArray) items = NULL;

        if (!ec_snapshot_check_size (self->width, self->height, error))
          return NULL;
        items = ec_snapshot_compose (self, self->width, self->height);
        return ec_snapshot_write_svg (self, items, self->width, self->height);
      }

    case EC_SNAPSHOT_FORMAT_PDF:
      return ec_snapshot_render_pdf (self, error);

    default:
      g_set_error (error, EC_SNAPSHOT_ERROR, EC_SNAPSHOT_ERROR_UNKNOWN_FORMAT,
                   _("Electors cannot make files of this kind: choose PNG, SVG or PDF"));
      return NULL;
    }
}

/**
 * ec_snapshot_to_png_bytes:
 * @self: a #EcSnapshot
 * @error: return location for a #GError
 *
 * A PNG of the snapshot at its size, for the clipboard.
 *
 * Returns: (transfer full) (nullable): the PNG's contents
 */
GBytes *
ec_snapshot_to_png_bytes (EcSnapshot  *self,
                          GError     **error)
{
  return ec_snapshot_to_bytes (self, EC_SNAPSHOT_FORMAT_PNG, error);
}

/**
 * ec_snapshot_save:
 * @self: a #EcSnapshot
 * @file: where to save
 * @format: the format to save in, whatever @file's name says (see
 *   ec_snapshot_format_for_file())
 * @error: return location for a #GError
 *
 * Saves the snapshot. The file is written under a temporary name in the
 * same folder and then renamed over @file, so a failed save leaves an
 * existing file as it was, and no temporary file behind.
 *
 * Returns: %TRUE on success
 */
gboolean
ec_snapshot_save (EcSnapshot        *self,
                  GFile             *file,
                  EcSnapshotFormat   format,
                  GError           **error)
{
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (EC_IS_SNAPSHOT (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!(bytes = ec_snapshot_to_bytes (self, format, error)))
    return FALSE;

  return ec_snapshot_write_bytes (file, bytes, error);
}

/**
 * ec_snapshot_write_bytes:
 * @file: where to write
 * @bytes: an exported snapshot
 * @error: return location for a #GError
 *
 * Writes an export, replacing @file only once the new one is complete.
 *
 * Returns: whether it was written
 */
gboolean
ec_snapshot_write_bytes (GFile   *file,
                         GBytes  *bytes,
                         GError **error)
{
  g_autoptr(GError) local_error = NULL;
  const char *data;
  gsize length;

  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (bytes != NULL, FALSE);

  /* Always a new file renamed over the old one. Without the flag GIO
   * rewrites the old file in place where it cannot make a new one, as in a
   * folder one may not write in; there the export fails instead, and the
   * old file stays whole. */
  data = g_bytes_get_data (bytes, &length);
  if (!ec_file_replace_contents (file, data, length, G_FILE_CREATE_REPLACE_DESTINATION, &local_error))
    {
      /* Translators: an example of a name for an exported snapshot, suggested when a folder was given */
      g_autofree char *message = ec_file_error_dup_save_message (local_error, file, _("slide.png"));

      g_set_error_literal (error, EC_SNAPSHOT_ERROR, EC_SNAPSHOT_ERROR_WRITE_FAILED, message);
      return FALSE;
    }

  return TRUE;
}

/**
 * ec_snapshot_copy:
 * @self: a #EcSnapshot
 *
 * Copies the snapshot and its scenario, with its title, date, size and
 * page and the map's look, for drawing on another thread while this one
 * goes on showing (and changing) the original.
 *
 * Returns: (transfer full): the copy
 */
EcSnapshot *
ec_snapshot_copy (EcSnapshot *self)
{
  g_autoptr(EcScenario) scenario = NULL;
  EcSnapshot *copy;

  g_return_val_if_fail (EC_IS_SNAPSHOT (self), NULL);

  scenario = ec_scenario_copy (self->scenario);
  copy = ec_snapshot_new (self->map, scenario);
  ec_snapshot_set_title (copy, self->title);
  if (self->date != NULL)
    ec_snapshot_set_date (copy, self->date);
  ec_snapshot_set_size (copy, self->width, self->height);
  ec_snapshot_set_page (copy, self->page);
  ec_map_renderer_set_margin_shading (copy->renderer, ec_map_renderer_get_margin_shading (self->renderer));
  ec_map_renderer_set_patterns (copy->renderer, ec_map_renderer_get_patterns (self->renderer));
  ec_map_renderer_set_palette (copy->renderer, ec_map_renderer_get_palette (self->renderer));
  ec_map_renderer_set_label_scale (copy->renderer, ec_map_renderer_get_label_scale (self->renderer));
  if (self->closest != NULL)
    {
      /* The answer belongs to a scenario: the copy's, for the copy. */
      g_autoptr(EcClosest) closest = ec_closest_new_for_scenario (self->closest, scenario);

      ec_snapshot_set_closest (copy, closest);
    }

  return copy;
}

typedef struct {
  EcSnapshot       *snapshot;
  GFile            *file;
  EcSnapshotFormat  format;
} SaveData;

static void
save_data_free (SaveData *data)
{
  g_clear_object (&data->snapshot);
  g_clear_object (&data->file);
  g_free (data);
}

static void
save_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  SaveData *data = task_data;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;

  /* The drawing takes the time; a cancel during it still writes nothing. */
  if (!(bytes = ec_snapshot_to_bytes (data->snapshot, data->format, &error)))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  if (g_task_return_error_if_cancelled (task))
    return;

  if (!ec_snapshot_write_bytes (data->file, bytes, &error))
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_boolean (task, TRUE);
}

/**
 * ec_snapshot_save_async:
 * @self: a #EcSnapshot
 * @file: where to write
 * @format: the file's format
 * @cancellable: (nullable): cancels the export: nothing is written
 * @callback: called on this thread's main context when done
 * @user_data: for @callback
 *
 * Draws and writes a copy of the snapshot on another thread, so that a
 * window stays responsive while an 8192×8192 PNG is made.
 */
void
ec_snapshot_save_async (EcSnapshot          *self,
                        GFile               *file,
                        EcSnapshotFormat     format,
                        GCancellable        *cancellable,
                        GAsyncReadyCallback  callback,
                        gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  SaveData *data;

  g_return_if_fail (EC_IS_SNAPSHOT (self));
  g_return_if_fail (G_IS_FILE (file));

  data = g_new0 (SaveData, 1);
  data->snapshot = ec_snapshot_copy (self);
  data->file = g_object_ref (file);
  data->format = format;

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, ec_snapshot_save_async);
  g_task_set_task_data (task, data, (GDestroyNotify) save_data_free);
  g_task_run_in_thread (task, save_thread);
}

/**
 * ec_snapshot_save_finish:
 * @self: a #EcSnapshot
 * @result: the result given to the callback
 * @error: return location for a #GError
 *
 * Returns: whether the file was written
 */
gboolean
ec_snapshot_save_finish (EcSnapshot    *self,
                         GAsyncResult  *result,
                         GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
