/* ec-file.c
 *
 * Copyright 2026 The Electors authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <unistd.h>
#include <glib/gstdio.h>
#include <string.h>

#include "ec-file.h"

/* Saving a local file: the contents go to a temporary file beside the
 * target, synced to the disk, then renamed over it. For links
 * and files that are not local it is GIO's replacement, with one thing of
 * ours: g_file_replace_contents() closes the stream even when a write
 * failed, and closing renames, so a full disk would put half a file in
 * place of a teacher's good one. There a failed write abandons the
 * replacement. */

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

/* GIO's replacement, for symbolic links and files that are not local. */
static gboolean
replace_with_gio (GFile             *file,
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

/* A save writes "." NAME TEMP_MARK "XXXXXX" beside NAME, a name no person
 * gives a file, and renames it over NAME. A save killed on the way leaves
 * that file behind; the next save of the same file removes it, and only
 * such files: a "lesson.electors.backup" of the teacher's is never
 * touched. */
#define TEMP_MARK ".electors-save-"

static char *
temp_prefix (const char *name)
{
  return g_strconcat (".", name, TEMP_MARK, NULL);
}

static void
remove_leftovers (const char *path)
{
  g_autofree char *folder = g_path_get_dirname (path);
  g_autofree char *name = g_path_get_basename (path);
  g_autofree char *prefix = temp_prefix (name);
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  const char *entry;

  if (dir == NULL)
    return;

  while ((entry = g_dir_read_name (dir)) != NULL)
    {
      if (g_str_has_prefix (entry, prefix) && strlen (entry) == strlen (prefix) + 6)
        {
          g_autofree char *leftover_path = g_build_filename (folder, entry, NULL);

          g_unlink (leftover_path);
        }
    }
}

static gboolean
fail_errno (GError    **error,
            int         saved_errno,
            const char *path)
{
  g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
               "%s: %s", path, g_strerror (saved_errno));
  return FALSE;
}

/* Writes @contents to a new file beside @path, syncs it to the disk and
 * renames it over @path; on any failure the new file goes and @path is as
 * it was. */
static gboolean
write_and_rename (const char  *path,
                  const char  *contents,
                  gsize        length,
                  int          mode,
                  GError     **error)
{
  g_autofree char *folder = g_path_get_dirname (path);
  g_autofree char *name = g_path_get_basename (path);
  g_autofree char *prefix = temp_prefix (name);
  g_autofree char *template = g_strconcat (prefix, "XXXXXX", NULL);
  g_autofree char *temp = g_build_filename (folder, template, NULL);
  gsize written = 0;
  int saved_errno;
  int fd;

  fd = g_mkstemp_full (temp, O_WRONLY | O_CREAT | O_EXCL, mode);
  if (fd < 0)
    return fail_errno (error, errno, path);

  while (written < length)
    {
      gssize n = write (fd, contents + written, MIN (length - written, (gsize) G_MAXSSIZE));

      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        goto failed;
      written += n;
    }

  if (g_fsync (fd) != 0)
    goto failed;
  if (!g_close (fd, NULL))
    {
      fd = -1;
      goto failed;
    }
  fd = -1;

  if (g_rename (temp, path) != 0)
    goto failed;

  return TRUE;

failed:
  saved_errno = errno;
  if (fd >= 0)
    g_close (fd, NULL);
  g_unlink (temp);
  return fail_errno (error, saved_errno, path);
}

/**
 * ec_file_replace_contents:
 * @file: the file to write
 * @contents: what it should hold
 * @length: the length of @contents
 * @flags: %G_FILE_CREATE_PRIVATE for a file only its owner may read
 * @error: return location for a #GError, in %G_IO_ERROR
 *
 * Writes @contents to a new file beside @file, makes sure it is on the
 * disk, and only then renames it over @file: a failure (a full disk, a
 * kill, a power cut) leaves an existing @file as it was, and never part of
 * a new one. A file replaced keeps its permissions. The temporary files
 * that a killed save of the same file left behind are removed.
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
  g_autoptr(GFileInfo) before = NULL;
  g_autoptr(GFileInfo) link = NULL;
  g_autoptr(GError) local_error = NULL;
  const char *path;
  int mode;

  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (contents != NULL || length == 0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  /* A rename would replace a symbolic link itself, and needs a path:
   * GIO writes through links, and to other places. */
  path = g_file_peek_path (file);
  link = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_IS_SYMLINK, G_FILE_QUERY_INFO_NOFOLLOW_SYMLINKS, NULL, NULL);
  if (path == NULL || (link != NULL && g_file_info_get_is_symlink (link)))
    return replace_with_gio (file, contents, length, flags, error);

  before = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_TYPE "," G_FILE_ATTRIBUTE_UNIX_MODE,
                              G_FILE_QUERY_INFO_NONE, NULL, &local_error);
  if (before == NULL && !g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  g_clear_error (&local_error);

  if (before != NULL && g_file_info_get_file_type (before) == G_FILE_TYPE_DIRECTORY)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY, g_strerror (EISDIR));
      return FALSE;
    }

  if (before != NULL && g_file_info_has_attribute (before, G_FILE_ATTRIBUTE_UNIX_MODE))
    mode = g_file_info_get_attribute_uint32 (before, G_FILE_ATTRIBUTE_UNIX_MODE) & 07777;
  else
    mode = (flags & G_FILE_CREATE_PRIVATE) ? 0600 : 0666;

  remove_leftovers (path);

  return write_and_rename (path, contents, length, mode, error);
}
