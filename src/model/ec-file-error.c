/* ec-file-error.c
 *
 * Copyright 2026 The Electors authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <errno.h>

#include "ec-file-error.h"

/* Why opening or saving a file failed, in words a student understands.
 * GIO's own messages name system calls (“Error opening file: No such file
 * or directory”); ours say what to do about it. Opening and saving share
 * one reading of the error, so every file the app touches says the same
 * thing about the same problem. */

static GIOErrorEnum
io_error_code (const GError *error)
{
  if (error->domain == G_IO_ERROR)
    {
#ifdef EDQUOT
      /* GLib 2.74 files a full quota under G_IO_ERROR_FAILED; its message
       * still ends with the system's words for it. */
      if (error->code == G_IO_ERROR_FAILED && g_str_has_suffix (error->message, g_strerror (EDQUOT)))
        return G_IO_ERROR_NO_SPACE;
#endif
      return error->code;
    }

  /* g_file_get_contents() and g_file_set_contents() report GFileError. */
  if (error->domain == G_FILE_ERROR)
    {
      switch (error->code)
        {
        case G_FILE_ERROR_NOENT:
          return G_IO_ERROR_NOT_FOUND;
        case G_FILE_ERROR_NOTDIR:
          return G_IO_ERROR_NOT_DIRECTORY;
        case G_FILE_ERROR_ACCES:
        case G_FILE_ERROR_PERM:
          return G_IO_ERROR_PERMISSION_DENIED;
        case G_FILE_ERROR_ROFS:
          return G_IO_ERROR_READ_ONLY;
        case G_FILE_ERROR_NOSPC:
          return G_IO_ERROR_NO_SPACE;
        case G_FILE_ERROR_ISDIR:
          return G_IO_ERROR_IS_DIRECTORY;
        case G_FILE_ERROR_NAMETOOLONG:
          return G_IO_ERROR_FILENAME_TOO_LONG;
        case G_FILE_ERROR_LOOP:
          return G_IO_ERROR_TOO_MANY_LINKS;
        default:
          return G_IO_ERROR_FAILED;
        }
    }

  return G_IO_ERROR_FAILED;
}

/**
 * ec_file_error_dup_open_message:
 * @error: how reading a file failed: a %G_IO_ERROR or a %G_FILE_ERROR
 *
 * A sentence that says why the file could not be opened, such as “There
 * is no such file”. Errors without words of our own keep GIO's.
 *
 * Returns: (transfer full): the sentence
 */
char *
ec_file_error_dup_open_message (const GError *error)
{
  g_return_val_if_fail (error != NULL, NULL);

  switch (io_error_code (error))
    {
    case G_IO_ERROR_NOT_FOUND:
    case G_IO_ERROR_NOT_DIRECTORY:
      return g_strdup (_("There is no such file"));
    case G_IO_ERROR_PERMISSION_DENIED:
      return g_strdup (_("You do not have permission to read this file"));
    case G_IO_ERROR_IS_DIRECTORY:
      return g_strdup (_("This is a folder, not a file"));
    case G_IO_ERROR_FILENAME_TOO_LONG:
      return g_strdup (_("The name of the file is too long"));
    case G_IO_ERROR_TOO_MANY_LINKS:
      return g_strdup (_("A link on the way to the file leads round in a circle"));
    default:
      return g_strdup (error->message);
    }
}

/* A permission error is about the file itself when it exists and may not
 * be written, else about its folder. */
static gboolean
is_read_only_file (GFile *file)
{
  g_autoptr(GFileInfo) info = g_file_query_info (file, G_FILE_ATTRIBUTE_ACCESS_CAN_WRITE,
                                                 G_FILE_QUERY_INFO_NONE, NULL, NULL);

  return info != NULL && g_file_info_has_attribute (info, G_FILE_ATTRIBUTE_ACCESS_CAN_WRITE) &&
         !g_file_info_get_attribute_boolean (info, G_FILE_ATTRIBUTE_ACCESS_CAN_WRITE);
}

/**
 * ec_file_error_dup_save_message:
 * @error: how writing @file failed: a %G_IO_ERROR or a %G_FILE_ERROR
 * @file: the file that was to be written
 * @example: a file name to suggest when @file is a folder, such as
 *   “slide.png”, translated
 *
 * A sentence that names @file and says why it could not be saved, such as
 * “Cannot save “/home/me/slide.png”: the disk is full”. Errors without
 * words of our own keep GIO's after the name.
 *
 * Returns: (transfer full): the sentence
 */
char *
ec_file_error_dup_save_message (const GError *error,
                                GFile        *file,
                                const char   *example)
{
  g_autoptr(GFile) parent = NULL;
  g_autofree char *name = NULL;
  g_autofree char *folder = NULL;
  g_autofree char *reason = NULL;

  g_return_val_if_fail (error != NULL, NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (example != NULL, NULL);

  name = g_file_get_parse_name (file);
  parent = g_file_get_parent (file);
  folder = parent != NULL ? g_file_get_parse_name (parent) : g_strdup (name);

  switch (io_error_code (error))
    {
    case G_IO_ERROR_NOT_FOUND:
    case G_IO_ERROR_NOT_DIRECTORY:
      reason = g_strdup_printf (_("the folder “%s” does not exist"), folder);
      break;
    case G_IO_ERROR_PERMISSION_DENIED:
      if (is_read_only_file (file))
        {
          reason = g_strdup (_("the file is read-only"));
          break;
        }
      G_GNUC_FALLTHROUGH;
    case G_IO_ERROR_READ_ONLY:
      reason = g_strdup_printf (_("you may not write in the folder “%s”"), folder);
      break;
    case G_IO_ERROR_NO_SPACE:
      reason = g_strdup (_("the disk is full"));
      break;
    case G_IO_ERROR_IS_DIRECTORY:
      /* Translators: %s is an example of a file name, such as “slide.png” */
      reason = g_strdup_printf (_("it is a folder; give a file name, such as %s"), example);
      break;
    case G_IO_ERROR_FILENAME_TOO_LONG:
      reason = g_strdup (_("the name is too long; choose a shorter one"));
      break;
    case G_IO_ERROR_TOO_MANY_LINKS:
      reason = g_strdup (_("a link on the way to it leads round in a circle"));
      break;
    default:
      reason = g_strdup (error->message);
      break;
    }

  /* Translators: “Cannot save “/home/me/slide.png”: the folder “/home/me” does not exist” */
  return g_strdup_printf (_("Cannot save “%s”: %s"), name, reason);
}
