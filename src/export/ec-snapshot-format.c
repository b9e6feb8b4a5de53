/* ec-snapshot-format.c
 *
 * Copyright 2026 The Electors authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ec-snapshot.h"

/* What kind of file an export is and how large: formats from file names,
 * image sizes as people type them, and paper for PDF. None of it needs a
 * snapshot, so the export dialog and the command line check what they are
 * given before they make one. */

G_DEFINE_ENUM_TYPE (EcSnapshotPage, ec_snapshot_page,
                    G_DEFINE_ENUM_VALUE (EC_SNAPSHOT_PAGE_A4, "a4"),
                    G_DEFINE_ENUM_VALUE (EC_SNAPSHOT_PAGE_LETTER, "letter"))

/**
 * ec_snapshot_preset_get_size:
 * @preset: a preset
 * @width: (out) (optional): its width in pixels
 * @height: (out) (optional): its height in pixels
 */
void
ec_snapshot_preset_get_size (EcSnapshotPreset  preset,
                             int              *width,
                             int              *height)
{
  int w, h;

  switch (preset)
    {
    case EC_SNAPSHOT_PRESET_SLIDE_4K:
      w = 3840, h = 2160;
      break;
    case EC_SNAPSHOT_PRESET_SQUARE:
      w = 1080, h = 1080;
      break;
    case EC_SNAPSHOT_PRESET_SLIDE:
    default:
      w = 1920, h = 1080;
      break;
    }

  if (width) *width = w;
  if (height) *height = h;
}

/**
 * ec_snapshot_page_get_size:
 * @page: a paper size
 * @width: (out) (optional): its width, landscape, in points (1/72 in)
 * @height: (out) (optional): its height in points
 */
void
ec_snapshot_page_get_size (EcSnapshotPage  page,
                           double         *width,
                           double         *height)
{
  double w, h;

  if (page == EC_SNAPSHOT_PAGE_LETTER)
    w = 792, h = 612;
  else
    w = 842, h = 595; /* 297 × 210 mm, rounded as printers do */

  if (width) *width = w;
  if (height) *height = h;
}

/**
 * ec_snapshot_check_size:
 * @width: a width in pixels
 * @height: a height in pixels
 * @error: return location for a #GError
 *
 * Returns: whether PNG and SVG exports can have that size: from 320×240 to
 *   8192×8192
 */
gboolean
ec_snapshot_check_size (int      width,
                        int      height,
                        GError **error)
{
  if (width < EC_SNAPSHOT_MIN_WIDTH || height < EC_SNAPSHOT_MIN_HEIGHT ||
      width > EC_SNAPSHOT_MAX_SIZE || height > EC_SNAPSHOT_MAX_SIZE)
    {
      g_set_error (error, EC_SNAPSHOT_ERROR, EC_SNAPSHOT_ERROR_BAD_SIZE,
                   _("An image of %d×%d pixels cannot be exported: the size must be from %d×%d to %d×%d"),
                   width, height, EC_SNAPSHOT_MIN_WIDTH, EC_SNAPSHOT_MIN_HEIGHT,
                   EC_SNAPSHOT_MAX_SIZE, EC_SNAPSHOT_MAX_SIZE);
      return FALSE;
    }

  return TRUE;
}

static gboolean
parse_dimension (const char  *text,
                 const char **end,
                 gint64      *value)
{
  const char *p = text;

  /* Digits only: no signs, spaces or hexadecimal. */
  while (g_ascii_isdigit (*p))
    p++;

  if (p == text || p - text > 9)
    return FALSE;

  *value = g_ascii_strtoll (text, NULL, 10);
  *end = p;

  return TRUE;
}

/**
 * ec_snapshot_parse_size:
 * @text: a size as people type it: “1920x1080” (or with “×”), or one of the
 *   presets “slide”, “4k” and “square”
 * @width: (out): the width in pixels
 * @height: (out): the height in pixels
 * @error: return location for a #GError
 *
 * Returns: whether @text is a size that PNG and SVG exports can have
 */
gboolean
ec_snapshot_parse_size (const char  *text,
                        int         *width,
                        int         *height,
                        GError     **error)
{
  const char *p;
  gint64 w, h;

  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (width != NULL && height != NULL, FALSE);

  if (g_ascii_strcasecmp (text, "slide") == 0)
    {
      ec_snapshot_preset_get_size (EC_SNAPSHOT_PRESET_SLIDE, width, height);
      return TRUE;
    }
  if (g_ascii_strcasecmp (text, "4k") == 0)
    {
      ec_snapshot_preset_get_size (EC_SNAPSHOT_PRESET_SLIDE_4K, width, height);
      return TRUE;
    }
  if (g_ascii_strcasecmp (text, "square") == 0)
    {
      ec_snapshot_preset_get_size (EC_SNAPSHOT_PRESET_SQUARE, width, height);
      return TRUE;
    }

  if (!parse_dimension (text, &p, &w))
    goto not_a_size;

  if (*p == 'x' || *p == 'X')
    p++;
  else if (g_str_has_prefix (p, "×"))
    p += strlen ("×");
  else
    goto not_a_size;

  if (!parse_dimension (p, &p, &h) || *p != '\0')
    goto not_a_size;

  if (!ec_snapshot_check_size (w, h, error))
    return FALSE;

  *width = (int)w;
  *height = (int)h;

  return TRUE;

not_a_size:
  g_set_error (error, EC_SNAPSHOT_ERROR, EC_SNAPSHOT_ERROR_BAD_SIZE,
               _("“%s” is not an image size: give the width and height in pixels, such as 1920x1080"),
               text);
  return FALSE;
}

/**
 * ec_snapshot_format_from_filename:
 * @filename: a file name or path
 * @format: (out): the format its extension says
 *
 * Returns: whether the name ends in .png, .svg or .pdf, in any case
 */
gboolean
ec_snapshot_format_from_filename (const char       *filename,
                                  EcSnapshotFormat *format)
{
  const char *dot;

  g_return_val_if_fail (filename != NULL, FALSE);
  g_return_val_if_fail (format != NULL, FALSE);

  dot = strrchr (filename, '.');
  if (dot == NULL || strchr (dot, G_DIR_SEPARATOR) != NULL)
    return FALSE;

  if (g_ascii_strcasecmp (dot, ".png") == 0)
    *format = EC_SNAPSHOT_FORMAT_PNG;
  else if (g_ascii_strcasecmp (dot, ".svg") == 0)
    *format = EC_SNAPSHOT_FORMAT_SVG;
  else if (g_ascii_strcasecmp (dot, ".pdf") == 0)
    *format = EC_SNAPSHOT_FORMAT_PDF;
  else
    return FALSE;

  return TRUE;
}

/**
 * ec_snapshot_format_for_file:
 * @file: where an export is to go
 * @format: (out): the format its name asks for
 * @error: return location for a #GError
 *
 * Like ec_snapshot_format_from_filename(), with an error that says what
 * names work.
 *
 * Returns: whether the name ends in .png, .svg or .pdf
 */
gboolean
ec_snapshot_format_for_file (GFile             *file,
                             EcSnapshotFormat  *format,
                             GError           **error)
{
  g_autofree char *name = NULL;

  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (format != NULL, FALSE);

  name = g_file_get_basename (file);
  if (name != NULL && ec_snapshot_format_from_filename (name, format))
    return TRUE;

  g_set_error (error, EC_SNAPSHOT_ERROR, EC_SNAPSHOT_ERROR_UNKNOWN_FORMAT,
               _("“%s” does not end in .png, .svg or .pdf, so Electors does not know what kind of file to make"),
               name ? name : "");
  return FALSE;
}

/**
 * ec_snapshot_format_get_extension:
 * @format: a format
 *
 * Returns: its file name extension, without the dot: “png”, “svg” or “pdf”
 */
const char *
ec_snapshot_format_get_extension (EcSnapshotFormat format)
{
  switch (format)
    {
    case EC_SNAPSHOT_FORMAT_SVG:
      return "svg";
    case EC_SNAPSHOT_FORMAT_PDF:
      return "pdf";
    case EC_SNAPSHOT_FORMAT_PNG:
    default:
      return "png";
    }
}

/**
 * ec_snapshot_format_get_mime_type:
 * @format: a format
 *
 * Returns: its MIME type, for file choosers and the clipboard
 */
const char *
ec_snapshot_format_get_mime_type (EcSnapshotFormat format)
{
  switch (format)
    {
    case EC_SNAPSHOT_FORMAT_SVG:
      return "image/svg+xml";
    case EC_SNAPSHOT_FORMAT_PDF:
      return "application/pdf";
    case EC_SNAPSHOT_FORMAT_PNG:
    default:
      return "image/png";
    }
}
