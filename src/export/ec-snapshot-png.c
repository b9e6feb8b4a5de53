/* ec-snapshot-png.c
 *
 * Copyright 2026 The Electors authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "ec-snapshot-private.h"

/* cairo writes PNGs with libpng's defaults: every row filtered five ways
 * and compressed at zlib's level 6. For a 3840×2160 slide that is most of
 * the export's time, for a file a little smaller than it need be. A slide
 * is flat colour, stripes and text, which the "up" filter and zlib's
 * fastest level compress nearly as well, several times faster. This is a
 * plain PNG encoder for opaque images: IHDR, one IDAT, IEND. */

/* The zlib level: fast, and on this kind of picture about as small. */
#define COMPRESSION_LEVEL 2

static guint32 crc_table[256];

static void
init_crc_table (void)
{
  for (guint32 n = 0; n < 256; n++)
    {
      guint32 c = n;

      for (guint k = 0; k < 8; k++)
        c = c & 1 ? 0xedb88320u ^ (c >> 1) : c >> 1;
      crc_table[n] = c;
    }
}

static guint32
update_crc (guint32       crc,
            const guint8 *data,
            gsize         length)
{
  for (gsize i = 0; i < length; i++)
    crc = crc_table[(crc ^ data[i]) & 0xff] ^ (crc >> 8);

  return crc;
}

static void
append_u32 (GByteArray *out,
            guint32     value)
{
  guint8 bytes[4] = { value >> 24, value >> 16, value >> 8, value };

  g_byte_array_append (out, bytes, 4);
}

/* Appends a chunk: length, type, data, and the CRC of type and data. */
static void
append_chunk (GByteArray   *out,
              const char   *type,
              const guint8 *data,
              gsize         length)
{
  guint32 crc = 0xffffffffu;

  append_u32 (out, length);
  g_byte_array_append (out, (const guint8 *)type, 4);
  if (length > 0)
    g_byte_array_append (out, data, length);

  crc = update_crc (crc, (const guint8 *)type, 4);
  crc = update_crc (crc, data, length);
  append_u32 (out, crc ^ 0xffffffffu);
}

/* Feeds @length bytes to the compressor, appending what comes out. */
static gboolean
compress (GConverter    *compressor,
          const guint8  *data,
          gsize          length,
          gboolean       last,
          GByteArray    *out,
          GError       **error)
{
  guint8 buffer[64 * 1024];

  do
    {
      gsize read = 0, written = 0;
      GConverterResult result;

      result = g_converter_convert (compressor, data, length, buffer, sizeof buffer,
                                    last ? G_CONVERTER_INPUT_AT_END : G_CONVERTER_NO_FLAGS,
                                    &read, &written, error);
      if (result == G_CONVERTER_ERROR)
        return FALSE;

      g_byte_array_append (out, buffer, written);
      data += read;
      length -= read;

      if (result == G_CONVERTER_FINISHED)
        return TRUE;
    }
  while (length > 0 || last);

  return TRUE;
}

/*
 * ec_snapshot_encode_png:
 * @surface: an opaque image (%CAIRO_FORMAT_RGB24)
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (nullable): the image as a PNG file's contents
 */
GBytes *
ec_snapshot_encode_png (cairo_surface_t  *surface,
                        GError          **error)
{
  static gsize crc_ready;
  g_autoptr(GByteArray) png = g_byte_array_new ();
  g_autoptr(GByteArray) idat = g_byte_array_new ();
  g_autoptr(GZlibCompressor) compressor = NULL;
  g_autofree guint8 *row = NULL;
  const guint8 *data;
  int width, height, stride;
  guint8 header[13];

  g_assert (cairo_image_surface_get_format (surface) == CAIRO_FORMAT_RGB24);

  if (g_once_init_enter (&crc_ready))
    {
      init_crc_table ();
      g_once_init_leave (&crc_ready, 1);
    }

  cairo_surface_flush (surface);
  data = cairo_image_surface_get_data (surface);
  width = cairo_image_surface_get_width (surface);
  height = cairo_image_surface_get_height (surface);
  stride = cairo_image_surface_get_stride (surface);

  g_byte_array_append (png, (const guint8 *)"\x89PNG\r\n\x1a\n", 8);

  /* 8-bit RGB, no interlacing. */
  header[0] = width >> 24, header[1] = width >> 16, header[2] = width >> 8, header[3] = width;
  header[4] = height >> 24, header[5] = height >> 16, header[6] = height >> 8, header[7] = height;
  header[8] = 8;
  header[9] = 2;
  header[10] = header[11] = header[12] = 0;
  append_chunk (png, "IHDR", header, sizeof header);

  /* Each row is its filter type, then the row; "up" stores each byte's
   * difference from the one above, nothing in flat areas. cairo keeps a
   * pixel as a native-endian 0xXXRRGGBB word. */
  compressor = g_zlib_compressor_new (G_ZLIB_COMPRESSOR_FORMAT_ZLIB, COMPRESSION_LEVEL);
  row = g_malloc (1 + 3 * (gsize)width);
  for (int y = 0; y < height; y++)
    {
      const guint32 *pixels = (const guint32 *)(const void *)(data + (gsize)y * stride);
      const guint32 *above = y > 0 ? (const guint32 *)(const void *)(data + (gsize)(y - 1) * stride) : NULL;
      guint8 *out = row + 1;

      row[0] = above ? 2 : 0;
      for (int x = 0; x < width; x++)
        {
          guint32 p = pixels[x];
          guint32 q = above ? above[x] : 0;

          *out++ = (guint8)((p >> 16) - (q >> 16));
          *out++ = (guint8)((p >> 8) - (q >> 8));
          *out++ = (guint8)(p - q);
        }

      if (!compress (G_CONVERTER (compressor), row, 1 + 3 * (gsize)width, y == height - 1, idat, error))
        return NULL;
    }

  append_chunk (png, "IDAT", idat->data, idat->len);
  append_chunk (png, "IEND", NULL, 0);

  return g_byte_array_free_to_bytes (g_steal_pointer (&png));
}
