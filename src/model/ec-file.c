/* ec-file.c
 *
 * Copyright 2026 The Electors authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ec-file.h"

/* Saving is GIO's replacement: the contents go to a temporary file beside
 * the target, renamed over it when the stream closes. One thing is ours:
 * g_file_replace_contents() closes the stream even when a write failed,
 * and closing renames, so a full disk would put half a file in place of a
 * teacher's good one. Here a failed write abandons the replacement. */

/* Closes @stream without putting it in place: GIO renames the temporary
 * file into place on close, and a cancelled close removes it instead. A
 * file that did not exist is written under its own name, with no temporary
 * file, so if the half-written file there is still the one @stream wrote,
 * it goes too. */
static void
abandon (GFile             *file,
         GFileOutputStream *stream,
         gboolean           existed)
{
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GFileInfo) written = NULL;
  g_autoptr(GFileInfo) there = NULL;
  const char *id;

  if (!existed)
    written = g_file_output_stream_query_info (stream, G_FILE_ATTRIBUTE_ID_FILE, NULL, NULL);

  g_cancellable_cancel (cancellable);
  g_output_stream_close (G_OUTPUT_STREAM (stream), cancellable, NULL);

  if (written == NULL || !(id = g_file_info_get_attribute_string (written, G_FILE_ATTRIBUTE_ID_FILE)))
    return;

  there = g_file_query_info (file, G_FILE_ATTRIBUTE_ID_FILE, G_FILE_QUERY_INFO_NOFOLLOW_SYMLINKS, NULL, NULL);
  if (there != NULL && g_strcmp0 (id, g_file_info_get_attribute_string (there, G_FILE_ATTRIBUTE_ID_FILE)) == 0)
    g_file_delete (file, NULL, NULL);
}

/**
 * ec_file_replace_contents:
 * @file: the file to write
 * @contents: (array length=length) (element-type guint8): what to write
 * @length: the length of @contents
 * @flags: %G_FILE_CREATE_REPLACE_DESTINATION to always write a new file
 *   and rename it over @file, so that a folder one may not write in
 *   refuses the save; %G_FILE_CREATE_NONE to let GIO keep the owner of
 *   @file, rewriting it in place where it cannot rename
 * @error: return location for a #GError, of the %G_IO_ERROR domain
 *
 * Replaces the contents of @file, as g_file_replace_contents() does
 * without a backup, except that a write that fails half way (a full disk)
 * leaves an existing @file as it was, and no part of a new one. A file
 * replaced with %G_FILE_CREATE_REPLACE_DESTINATION keeps its permissions
 * all the same.
 *
 * Returns: whether @file now holds @contents
 */
gboolean
ec_file_replace_contents (GFile             *file,
                          const char        *contents,
                          gsize              length,
                          GFileCreateFlags   flags,
                          GError           **error)
{
  g_autoptr(GFileOutputStream) stream = NULL;
  g_autoptr(GFileInfo) before = NULL;

  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (contents != NULL || length == 0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  before = g_file_query_info (file, G_FILE_ATTRIBUTE_UNIX_MODE, G_FILE_QUERY_INFO_NONE, NULL, NULL);

  if (!(stream = g_file_replace (file, NULL, FALSE, flags, NULL, error)))
    return FALSE;

  if (!g_output_stream_write_all (G_OUTPUT_STREAM (stream), contents, length, NULL, NULL, error))
    {
      abandon (file, stream, before != NULL);
      return FALSE;
    }

  if (!g_output_stream_close (G_OUTPUT_STREAM (stream), NULL, error))
    return FALSE;

  /* GIO gives a replacing file the umask's permissions. Failing to restore
   * the old ones is not worth failing the save for: the file is written. */
  if ((flags & G_FILE_CREATE_REPLACE_DESTINATION) && before != NULL &&
      g_file_info_has_attribute (before, G_FILE_ATTRIBUTE_UNIX_MODE))
    g_file_set_attribute_uint32 (file, G_FILE_ATTRIBUTE_UNIX_MODE,
                                 g_file_info_get_attribute_uint32 (before, G_FILE_ATTRIBUTE_UNIX_MODE) & 07777,
                                 G_FILE_QUERY_INFO_NONE, NULL, NULL);

  return TRUE;
}
