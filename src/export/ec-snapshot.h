/* ec-snapshot.h
 *
 * Copyright 2026 The Electors authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <gio/gio.h>

#include "ec-closest.h"
#include "ec-map.h"
#include "ec-palette.h"
#include "ec-scenario.h"

G_BEGIN_DECLS

#define EC_SNAPSHOT_ERROR (ec_snapshot_error_quark ())

/**
 * EcSnapshotError:
 * @EC_SNAPSHOT_ERROR_UNKNOWN_FORMAT: the file name ends in something other
 *   than .png, .svg or .pdf
 * @EC_SNAPSHOT_ERROR_BAD_SIZE: the image size is not a size, or is too small
 *   or too large
 * @EC_SNAPSHOT_ERROR_WRITE_FAILED: the file could not be written
 */
typedef enum {
  EC_SNAPSHOT_ERROR_UNKNOWN_FORMAT,
  EC_SNAPSHOT_ERROR_BAD_SIZE,
  EC_SNAPSHOT_ERROR_WRITE_FAILED,
} EcSnapshotError;

/**
 * EcSnapshotFormat:
 * @EC_SNAPSHOT_FORMAT_PNG: a PNG image at the snapshot's size
 * @EC_SNAPSHOT_FORMAT_SVG: an SVG drawing at the snapshot's size, with its
 *   text as text
 * @EC_SNAPSHOT_FORMAT_PDF: a one-page PDF, landscape, on the snapshot's page
 */
typedef enum {
  EC_SNAPSHOT_FORMAT_PNG,
  EC_SNAPSHOT_FORMAT_SVG,
  EC_SNAPSHOT_FORMAT_PDF,
} EcSnapshotFormat;

/**
 * EcSnapshotPage:
 * @EC_SNAPSHOT_PAGE_A4: A4, 297 × 210 mm
 * @EC_SNAPSHOT_PAGE_LETTER: US Letter, 11 × 8.5 in
 *
 * Paper sizes for PDF, always landscape.
 */
typedef enum {
  EC_SNAPSHOT_PAGE_A4,
  EC_SNAPSHOT_PAGE_LETTER,
} EcSnapshotPage;

/**
 * EcSnapshotPreset:
 * @EC_SNAPSHOT_PRESET_SLIDE: 1920 × 1080, a slide (the default)
 * @EC_SNAPSHOT_PRESET_SLIDE_4K: 3840 × 2160, a slide for a 4K screen
 * @EC_SNAPSHOT_PRESET_SQUARE: 1080 × 1080
 *
 * Image sizes offered for PNG and SVG.
 */
typedef enum {
  EC_SNAPSHOT_PRESET_SLIDE,
  EC_SNAPSHOT_PRESET_SLIDE_4K,
  EC_SNAPSHOT_PRESET_SQUARE,
} EcSnapshotPreset;

#define EC_SNAPSHOT_MIN_WIDTH 320
#define EC_SNAPSHOT_MIN_HEIGHT 240
#define EC_SNAPSHOT_MAX_SIZE 8192

#define EC_TYPE_SNAPSHOT_PAGE (ec_snapshot_page_get_type ())
GType ec_snapshot_page_get_type (void) G_GNUC_CONST;

#define EC_TYPE_SNAPSHOT (ec_snapshot_get_type ())
G_DECLARE_FINAL_TYPE (EcSnapshot, ec_snapshot, EC, SNAPSHOT, GObject)

GQuark          ec_snapshot_error_quark          (void);

gboolean        ec_snapshot_format_from_filename (const char        *filename,
                                                  EcSnapshotFormat  *format);
gboolean        ec_snapshot_format_for_file      (GFile             *file,
                                                  EcSnapshotFormat  *format,
                                                  GError           **error);
const char     *ec_snapshot_format_get_extension (EcSnapshotFormat   format);
const char     *ec_snapshot_format_get_mime_type (EcSnapshotFormat   format);
void            ec_snapshot_preset_get_size      (EcSnapshotPreset   preset,
                                                  int               *width,
                                                  int               *height);
void            ec_snapshot_page_get_size        (EcSnapshotPage     page,
                                                  double            *width,
                                                  double            *height);
gboolean        ec_snapshot_check_size           (int                width,
                                                  int                height,
                                                  GError           **error);
gboolean        ec_snapshot_parse_size           (const char        *text,
                                                  int               *width,
                                                  int               *height,
                                                  GError           **error);

EcSnapshot     *ec_snapshot_new                  (EcMap             *map,
                                                  EcScenario        *scenario);
EcScenario     *ec_snapshot_get_scenario         (EcSnapshot        *self);
EcMap          *ec_snapshot_get_map              (EcSnapshot        *self);

char           *ec_snapshot_dup_title            (EcSnapshot        *self);
void            ec_snapshot_set_title            (EcSnapshot        *self,
                                                  const char        *title);
char           *ec_snapshot_dup_subtitle         (EcSnapshot        *self);
void            ec_snapshot_set_date             (EcSnapshot        *self,
                                                  GDateTime         *date);

void            ec_snapshot_get_size             (EcSnapshot        *self,
                                                  int               *width,
                                                  int               *height);
void            ec_snapshot_set_size             (EcSnapshot        *self,
                                                  int                width,
                                                  int                height);
EcSnapshotPage  ec_snapshot_get_page             (EcSnapshot        *self);
void            ec_snapshot_set_page             (EcSnapshot        *self,
                                                  EcSnapshotPage     page);

void            ec_snapshot_set_palette          (EcSnapshot        *self,
                                                  EcPaletteKind      palette);
void            ec_snapshot_set_closest          (EcSnapshot        *self,
                                                  EcClosest         *closest);
EcClosest      *ec_snapshot_get_closest          (EcSnapshot        *self);
void            ec_snapshot_set_margin_shading   (EcSnapshot        *self,
                                                  gboolean           shading);
gboolean        ec_snapshot_get_margin_shading   (EcSnapshot        *self);

void            ec_snapshot_draw                 (EcSnapshot        *self,
                                                  cairo_t           *cr,
                                                  double             width,
                                                  double             height);
GBytes         *ec_snapshot_to_bytes             (EcSnapshot        *self,
                                                  EcSnapshotFormat   format,
                                                  GError           **error);
GBytes         *ec_snapshot_to_png_bytes         (EcSnapshot        *self,
                                                  GError           **error);
EcSnapshot     *ec_snapshot_copy                 (EcSnapshot        *self);
void            ec_snapshot_save_async           (EcSnapshot          *self,
                                                  GFile               *file,
                                                  EcSnapshotFormat     format,
                                                  GCancellable        *cancellable,
                                                  GAsyncReadyCallback  callback,
                                                  gpointer             user_data);
gboolean        ec_snapshot_save_finish          (EcSnapshot        *self,
                                                  GAsyncResult      *result,
                                                  GError           **error);
gboolean        ec_snapshot_write_bytes          (GFile             *file,
                                                  GBytes            *bytes,
                                                  GError           **error);
gboolean        ec_snapshot_save                 (EcSnapshot        *self,
                                                  GFile             *file,
                                                  EcSnapshotFormat   format,
                                                  GError           **error);

G_END_DECLS
