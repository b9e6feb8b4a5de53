/* ec-document.c
 *
 * Copyright 2026 The Electors authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ec-document.h"
#include "ec-file.h"
#include "ec-history.h"

/* A document is what a person works on in one window: a scenario, the
 * file it came from or was saved to, its undo history and its draft.
 *
 * Modified is a matter of generations, never of comparing files: each
 * state in the history has its own generation, and the document is
 * modified when the current one is not the one last saved or loaded. A
 * document that was never saved is modified once it is no longer the
 * election as the app first shows it, so browsing elections asks nothing.
 *
 * The draft is the document's own file under the user's data folder,
 * written off the main thread a moment after each change while the
 * document is modified, and removed when it is saved, discarded or back to
 * its saved state. After a crash the drafts left behind are offered back.
 * Beside each draft, a key file says which file the draft belongs to, so
 * that a draft older than its saved file is never offered. */

#define DRAFT_DELAY_MS 800
#define DRAFT_GROUP "Draft"

struct _EcDocument
{
  GObject       parent_instance;

  char         *id;
  EcScenario   *scenario;
  EcHistory    *history;
  GFile        *file;
  guint64       saved_generation;
  gboolean      modified;
  gboolean      kept_by_owner;

  GFile        *draft;
  guint         draft_source;
  gboolean      draft_on_disk;
  gboolean      draft_writing;
  gboolean      draft_again;
  guint         busy;

};

enum {
  PROP_0,
  PROP_SCENARIO,
  PROP_FILE,
  PROP_MODIFIED,
  PROP_BUSY,
  PROP_CAN_UNDO,
  PROP_CAN_REDO,
  N_PROPS
};

enum {
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (EcDocument, ec_document, G_TYPE_OBJECT)

static void scenario_changed_cb (EcDocument *self);
static void schedule_draft      (EcDocument *self);

static GFile *
drafts_folder (void)
{
  g_autofree char *path = g_build_filename (g_get_user_data_dir (), "electors", "drafts", NULL);

  return g_file_new_for_path (path);
}

static GFile *
info_file_for (GFile *draft)
{
  g_autofree char *path = g_strconcat (g_file_peek_path (draft), ".info", NULL);

  return g_file_new_for_path (path);
}

static void
ec_document_dispose (GObject *object)
{
  EcDocument *self = (EcDocument *)object;

  g_clear_handle_id (&self->draft_source, g_source_remove);
  if (self->scenario != NULL)
    g_signal_handlers_disconnect_by_func (self->scenario, scenario_changed_cb, self);

  G_OBJECT_CLASS (ec_document_parent_class)->dispose (object);
}

static void
ec_document_finalize (GObject *object)
{
  EcDocument *self = (EcDocument *)object;

  g_clear_pointer (&self->id, g_free);
  g_clear_object (&self->scenario);
  g_clear_object (&self->history);
  g_clear_object (&self->file);
  g_clear_object (&self->draft);

  G_OBJECT_CLASS (ec_document_parent_class)->finalize (object);
}

static void
ec_document_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  EcDocument *self = EC_DOCUMENT (object);

  switch (prop_id)
    {
    case PROP_SCENARIO:
      g_value_set_object (value, self->scenario);
      break;

    case PROP_FILE:
      g_value_set_object (value, self->file);
      break;

    case PROP_MODIFIED:
      g_value_set_boolean (value, self->modified);
      break;

    case PROP_BUSY:
      g_value_set_boolean (value, self->busy > 0);
      break;

    case PROP_CAN_UNDO:
      g_value_set_boolean (value, ec_document_can_undo (self));
      break;

    case PROP_CAN_REDO:
      g_value_set_boolean (value, ec_document_can_redo (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ec_document_class_init (EcDocumentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = ec_document_dispose;
  object_class->finalize = ec_document_finalize;
  object_class->get_property = ec_document_get_property;

  properties[PROP_SCENARIO] =
    g_param_spec_object ("scenario", NULL, NULL, EC_TYPE_SCENARIO,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_FILE] =
    g_param_spec_object ("file", NULL, NULL, G_TYPE_FILE,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_MODIFIED] =
    g_param_spec_boolean ("modified", NULL, NULL, FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_BUSY] =
    g_param_spec_boolean ("busy", NULL, NULL, FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_CAN_UNDO] =
    g_param_spec_boolean ("can-undo", NULL, NULL, FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_CAN_REDO] =
    g_param_spec_boolean ("can-redo", NULL, NULL, FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * EcDocument::changed:
   *
   * Emitted after the scenario changed, in place or by undo, redo or
   * replacement: whatever shows it should follow.
   */
  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
}

static void
forward_history_cb (EcDocument *self,
                    GParamSpec *pspec)
{
  if (g_str_equal (pspec->name, "can-undo"))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_UNDO]);
  else
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_REDO]);
}

static void
ec_document_init (EcDocument *self)
{
  g_autoptr(GFile) folder = drafts_folder ();
  g_autofree char *name = NULL;

  self->id = g_uuid_string_random ();
  name = g_strconcat (self->id, EC_DOCUMENT_SUFFIX, NULL);
  self->draft = g_file_get_child (folder, name);

  self->history = ec_history_new ();
  g_signal_connect_object (self->history, "notify::can-undo", G_CALLBACK (forward_history_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->history, "notify::can-redo", G_CALLBACK (forward_history_cb), self, G_CONNECT_SWAPPED);
}

static void
update_modified (EcDocument *self)
{
  gboolean modified;

  if (self->kept_by_owner)
    modified = FALSE;
  else if (self->file != NULL || self->saved_generation != 0)
    modified = ec_history_get_generation (self->history) != self->saved_generation;
  else
    modified = !ec_scenario_is_pristine (self->scenario);

  if (modified != self->modified)
    {
      self->modified = modified;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);
    }

  schedule_draft (self);
}

/* Makes @scenario the live one: it is the document's own, never one the
 * history keeps. */
static void
set_scenario (EcDocument *self,
              EcScenario *scenario)
{
  if (self->scenario != NULL)
    g_signal_handlers_disconnect_by_func (self->scenario, scenario_changed_cb, self);

  g_set_object (&self->scenario, scenario);
  g_signal_connect_object (scenario, "changed", G_CALLBACK (scenario_changed_cb), self, G_CONNECT_SWAPPED);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SCENARIO]);
}

static void
scenario_changed_cb (EcDocument *self)
{
  /* A copy per change: no file format on the way. */
  ec_history_record (self->history, self->scenario);
  update_modified (self);
  g_signal_emit (self, signals[CHANGED], 0);
}

/**
 * ec_document_new:
 * @scenario: what the document starts with; the document takes a reference
 *   and follows its changes
 *
 * Returns: (transfer full): a document without a file
 */
EcDocument *
ec_document_new (EcScenario *scenario)
{
  EcDocument *self;

  g_return_val_if_fail (EC_IS_SCENARIO (scenario), NULL);

  self = g_object_new (EC_TYPE_DOCUMENT, NULL);
  set_scenario (self, scenario);
  ec_history_reset (self->history, scenario);
  update_modified (self);

  return self;
}

/**
 * ec_document_get_id:
 * @self: a #EcDocument
 *
 * Returns: an id no other document has, which names its draft
 */
const char *
ec_document_get_id (EcDocument *self)
{
  g_return_val_if_fail (EC_IS_DOCUMENT (self), NULL);

  return self->id;
}

/**
 * ec_document_get_scenario:
 * @self: a #EcDocument
 *
 * Returns: (transfer none): the scenario being worked on. Undo replaces it
 *   with another object: follow #EcDocument:scenario.
 */
EcScenario *
ec_document_get_scenario (EcDocument *self)
{
  g_return_val_if_fail (EC_IS_DOCUMENT (self), NULL);

  return self->scenario;
}

/**
 * ec_document_get_file:
 * @self: a #EcDocument
 *
 * Returns: (transfer none) (nullable): the file the document was opened
 *   from or last saved to
 */
GFile *
ec_document_get_file (EcDocument *self)
{
  g_return_val_if_fail (EC_IS_DOCUMENT (self), NULL);

  return self->file;
}

/**
 * ec_document_get_modified:
 * @self: a #EcDocument
 *
 * Returns: whether the document has changes that would be lost if it were
 *   closed now
 */
gboolean
ec_document_get_modified (EcDocument *self)
{
  g_return_val_if_fail (EC_IS_DOCUMENT (self), FALSE);

  return self->modified;
}

/**
 * ec_document_set_kept_by_owner:
 * @self: a #EcDocument
 * @kept: whether something else keeps the document's changes
 *
 * Says that the document's changes are kept by what made it, such as a
 * lesson's step whose map the lesson's progress keeps: it then writes no
 * draft of its own and never counts as modified, so that closing it asks
 * nothing twice and no stray draft is offered back.
 */
void
ec_document_set_kept_by_owner (EcDocument *self,
                               gboolean    kept)
{
  g_return_if_fail (EC_IS_DOCUMENT (self));

  kept = !!kept;
  if (self->kept_by_owner == kept)
    return;

  self->kept_by_owner = kept;
  update_modified (self);
}

/**
 * ec_document_get_kept_by_owner:
 * @self: a #EcDocument
 *
 * Returns: see ec_document_set_kept_by_owner()
 */
gboolean
ec_document_get_kept_by_owner (EcDocument *self)
{
  g_return_val_if_fail (EC_IS_DOCUMENT (self), FALSE);

  return self->kept_by_owner;
}

/**
 * ec_document_get_busy:
 * @self: a #EcDocument
 *
 * Returns: whether a save is under way
 */
gboolean
ec_document_get_busy (EcDocument *self)
{
  g_return_val_if_fail (EC_IS_DOCUMENT (self), FALSE);

  return self->busy > 0;
}

/**
 * ec_document_dup_display_name:
 * @self: a #EcDocument
 *
 * Returns: (transfer full): what to call the document in a title or a
 *   question: its scenario's title, else its file's name, else its
 *   election ("2016 presidential election, as cast")
 */
char *
ec_document_dup_display_name (EcDocument *self)
{
  const char *title;

  g_return_val_if_fail (EC_IS_DOCUMENT (self), NULL);

  title = ec_scenario_get_title (self->scenario);
  if (title != NULL && *title != '\0')
    return g_strdup (title);
  if (self->file != NULL)
    return g_file_get_basename (self->file);

  return ec_scenario_dup_description (self->scenario);
}

gboolean
ec_document_can_undo (EcDocument *self)
{
  g_return_val_if_fail (EC_IS_DOCUMENT (self), FALSE);

  return ec_history_can_undo (self->history);
}

gboolean
ec_document_can_redo (EcDocument *self)
{
  g_return_val_if_fail (EC_IS_DOCUMENT (self), FALSE);

  return ec_history_can_redo (self->history);
}

static gboolean
go_to (EcDocument *self,
       EcScenario *state)
{
  g_autoptr(EcScenario) scenario = NULL;

  if (state == NULL)
    return FALSE;

  /* The history keeps its state; the window edits a copy of it. */
  scenario = ec_scenario_copy (state);
  set_scenario (self, scenario);
  update_modified (self);
  g_signal_emit (self, signals[CHANGED], 0);

  return TRUE;
}

/**
 * ec_document_undo:
 * @self: a #EcDocument
 *
 * Goes back one step. A document's history begins where it was opened or
 * made: undo never leaves its file.
 *
 * Returns: whether there was a step to undo
 */
gboolean
ec_document_undo (EcDocument *self)
{
  g_return_val_if_fail (EC_IS_DOCUMENT (self), FALSE);

  return go_to (self, ec_history_undo (self->history));
}

/**
 * ec_document_redo:
 * @self: a #EcDocument
 *
 * Returns: whether there was a step to redo
 */
gboolean
ec_document_redo (EcDocument *self)
{
  g_return_val_if_fail (EC_IS_DOCUMENT (self), FALSE);

  return go_to (self, ec_history_redo (self->history));
}

/**
 * ec_document_replace:
 * @self: a #EcDocument
 * @scenario: another scenario, such as the real result again or another
 *   election; the document takes a reference
 *
 * Shows @scenario instead, as one step that can be undone.
 */
void
ec_document_replace (EcDocument *self,
                     EcScenario *scenario)
{
  g_return_if_fail (EC_IS_DOCUMENT (self));
  g_return_if_fail (EC_IS_SCENARIO (scenario));

  if (scenario == self->scenario)
    return;

  set_scenario (self, scenario);
  scenario_changed_cb (self);
}

/* Loading */

static void
load_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  GFile *file = task_data;
  g_autoptr(GError) error = NULL;
  EcScenario *scenario = ec_scenario_new_from_file (file, &error);

  if (scenario == NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_pointer (task, scenario, g_object_unref);
}

/**
 * ec_document_load_async:
 * @file: a `.electors` file
 * @cancellable: (nullable): a #GCancellable
 * @callback: called on the main context when the file is read
 * @user_data: for @callback
 *
 * Reads @file into a new document, off the main thread.
 */
void
ec_document_load_async (GFile               *file,
                        GCancellable        *cancellable,
                        GAsyncReadyCallback  callback,
                        gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (G_IS_FILE (file));

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, ec_document_load_async);
  g_task_set_task_data (task, g_object_ref (file), g_object_unref);
  g_task_run_in_thread (task, load_thread);
}

/**
 * ec_document_load_finish:
 * @result: the result given to the callback
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (nullable): a document for the file, not
 *   modified, or %NULL with @error set to what a person should read
 */
EcDocument *
ec_document_load_finish (GAsyncResult  *result,
                         GError       **error)
{
  g_autoptr(EcScenario) scenario = NULL;
  EcDocument *self;
  GTask *task = G_TASK (result);

  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  g_return_val_if_fail (g_task_get_source_tag (task) == ec_document_load_async, NULL);

  scenario = g_task_propagate_pointer (task, error);
  if (scenario == NULL)
    return NULL;

  self = ec_document_new (scenario);
  self->file = g_object_ref (g_task_get_task_data (task));
  self->saved_generation = ec_history_get_generation (self->history);
  update_modified (self);

  return self;
}

/* Saving */

typedef struct {
  EcScenario *scenario;
  GFile      *file;
  guint64     generation;
} SaveData;

static void
save_data_free (SaveData *data)
{
  g_clear_object (&data->scenario);
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
  g_autoptr(GError) error = NULL;

  if (ec_scenario_save_to_file (data->scenario, data->file, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, g_steal_pointer (&error));
}

static void
set_busy (EcDocument *self,
          gboolean    busy)
{
  gboolean was_busy = self->busy > 0;

  if (busy)
    self->busy++;
  else
    self->busy--;

  if (was_busy != (self->busy > 0))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSY]);
}

/**
 * ec_document_save_async:
 * @self: a #EcDocument
 * @file: (nullable): where to save, or %NULL for the document's own file
 * @cancellable: (nullable): a #GCancellable
 * @callback: called on the main context when the file is written
 * @user_data: for @callback
 *
 * Writes a copy of the scenario as it is now, off the main thread. The old
 * file is replaced only once the new one is complete.
 */
void
ec_document_save_async (EcDocument          *self,
                        GFile               *file,
                        GCancellable        *cancellable,
                        GAsyncReadyCallback  callback,
                        gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  SaveData *data;

  g_return_if_fail (EC_IS_DOCUMENT (self));
  g_return_if_fail (file != NULL || self->file != NULL);

  /* A scenario without a title takes the file's name, as part of the save. */
  if (file != NULL && *ec_scenario_get_title (self->scenario) == '\0')
    {
      g_autofree char *name = g_file_get_basename (file);

      if (g_str_has_suffix (name, EC_DOCUMENT_SUFFIX))
        name[strlen (name) - strlen (EC_DOCUMENT_SUFFIX)] = '\0';
      ec_scenario_set_title (self->scenario, name);
    }

  data = g_new0 (SaveData, 1);
  data->scenario = ec_scenario_copy (self->scenario);
  data->file = g_object_ref (file != NULL ? file : self->file);
  data->generation = ec_history_get_generation (self->history);

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, ec_document_save_async);
  g_task_set_task_data (task, data, (GDestroyNotify) save_data_free);
  set_busy (self, TRUE);
  g_task_run_in_thread (task, save_thread);
}

/**
 * ec_document_save_finish:
 * @self: a #EcDocument
 * @result: the result given to the callback
 * @error: return location for a #GError
 *
 * Returns: whether the file was written; then it is the document's file
 *   and the document is no longer modified, unless it changed meanwhile
 */
gboolean
ec_document_save_finish (EcDocument    *self,
                         GAsyncResult  *result,
                         GError       **error)
{
  GTask *task = G_TASK (result);
  SaveData *data;

  g_return_val_if_fail (EC_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (task) == ec_document_save_async, FALSE);

  set_busy (self, FALSE);
  if (!g_task_propagate_boolean (task, error))
    return FALSE;

  data = g_task_get_task_data (task);
  if (g_set_object (&self->file, data->file))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILE]);
  self->saved_generation = data->generation;
  update_modified (self);

  return TRUE;
}

/* Drafts */

/**
 * ec_document_get_draft_file:
 * @self: a #EcDocument
 *
 * Returns: (transfer none): where the document's draft is kept while it is
 *   modified
 */
GFile *
ec_document_get_draft_file (EcDocument *self)
{
  g_return_val_if_fail (EC_IS_DOCUMENT (self), NULL);

  return self->draft;
}

typedef struct {
  char  *data;
  gsize  length;
  char  *info;
  GFile *draft;
} DraftData;

static void
draft_data_free (DraftData *data)
{
  g_free (data->data);
  g_free (data->info);
  g_clear_object (&data->draft);
  g_free (data);
}

static gboolean
write_draft (DraftData  *data,
             GError    **error)
{
  g_autoptr(GFile) folder = g_file_get_parent (data->draft);
  g_autoptr(GFile) info = info_file_for (data->draft);
  g_autoptr(GError) local_error = NULL;

  if (!g_file_make_directory_with_parents (folder, NULL, &local_error) &&
      !g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_EXISTS))
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  /* The key file first: a draft is never without it. */
  return ec_file_replace_contents (info, data->info, strlen (data->info), G_FILE_CREATE_PRIVATE, error) &&
         ec_file_replace_contents (data->draft, data->data, data->length, G_FILE_CREATE_PRIVATE, error);
}

static void
draft_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  g_autoptr(GError) error = NULL;

  if (write_draft (task_data, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, g_steal_pointer (&error));
}

static DraftData *
draft_data_new (EcDocument *self)
{
  g_autoptr(GKeyFile) key_file = g_key_file_new ();
  DraftData *data = g_new0 (DraftData, 1);

  data->data = ec_scenario_to_data (self->scenario, &data->length);
  data->draft = g_object_ref (self->draft);
  if (self->file != NULL)
    {
      g_autofree char *uri = g_file_get_uri (self->file);

      g_key_file_set_string (key_file, DRAFT_GROUP, "file", uri);
    }
  g_key_file_set_int64 (key_file, DRAFT_GROUP, "written", g_get_real_time () / G_USEC_PER_SEC);
  data->info = g_key_file_to_data (key_file, NULL, NULL);

  return data;
}

static void delete_draft_files (GFile *draft);
static gboolean draft_timeout_cb (gpointer user_data);

static void
draft_written_cb (GObject      *object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  EcDocument *self = EC_DOCUMENT (object);
  g_autoptr(GError) error = NULL;

  self->draft_writing = FALSE;
  if (!g_task_propagate_boolean (G_TASK (result), &error))
    g_warning ("Could not keep a draft of the scenario in %s: %s",
               g_file_peek_path (self->draft), error->message);
  else
    self->draft_on_disk = TRUE;

  /* Changed again while it was being written, or saved meanwhile. */
  if (self->draft_again)
    {
      self->draft_again = FALSE;
      if (self->modified)
        draft_timeout_cb (self);
    }
  if (!self->modified && self->draft_on_disk)
    ec_document_discard_draft (self);
}

static gboolean
draft_timeout_cb (gpointer user_data)
{
  EcDocument *self = user_data;
  g_autoptr(GTask) task = NULL;

  self->draft_source = 0;

  if (self->draft_writing)
    {
      self->draft_again = TRUE;
      return G_SOURCE_REMOVE;
    }

  task = g_task_new (self, NULL, draft_written_cb, NULL);
  g_task_set_source_tag (task, draft_timeout_cb);
  g_task_set_task_data (task, draft_data_new (self), (GDestroyNotify) draft_data_free);
  self->draft_writing = TRUE;
  g_task_run_in_thread (task, draft_thread);

  return G_SOURCE_REMOVE;
}

static void
schedule_draft (EcDocument *self)
{
  g_clear_handle_id (&self->draft_source, g_source_remove);

  if (self->modified)
    self->draft_source = g_timeout_add (DRAFT_DELAY_MS, draft_timeout_cb, self);
  else if (self->draft_on_disk && !self->draft_writing)
    ec_document_discard_draft (self);
}

/**
 * ec_document_write_draft_now:
 * @self: a #EcDocument
 *
 * Writes the draft at once, on this thread, if a change is waiting for it:
 * for the moment the app quits or a test wants it on disk.
 */
void
ec_document_write_draft_now (EcDocument *self)
{
  g_autoptr(GError) error = NULL;
  DraftData *data;

  g_return_if_fail (EC_IS_DOCUMENT (self));

  if (self->draft_source == 0 && !self->draft_again)
    return;

  g_clear_handle_id (&self->draft_source, g_source_remove);
  self->draft_again = FALSE;
  data = draft_data_new (self);
  if (write_draft (data, &error))
    self->draft_on_disk = TRUE;
  else
    g_warning ("Could not keep a draft of the scenario in %s: %s",
               g_file_peek_path (self->draft), error->message);
  draft_data_free (data);
}

static void
delete_draft_files (GFile *draft)
{
  g_autoptr(GFile) info = info_file_for (draft);

  /* The draft first, so that a draft is never without its key file. */
  g_file_delete (draft, NULL, NULL);
  g_file_delete (info, NULL, NULL);
}

/**
 * ec_document_discard_draft:
 * @self: a #EcDocument
 *
 * Removes the document's draft, when the person has said that its changes
 * may go, or they are saved.
 */
void
ec_document_discard_draft (EcDocument *self)
{
  g_return_if_fail (EC_IS_DOCUMENT (self));

  g_clear_handle_id (&self->draft_source, g_source_remove);
  self->draft_again = FALSE;
  if (self->draft_writing)
    {
      /* Deleted when the write in flight ends, since nothing is modified. */
      return;
    }
  delete_draft_files (self->draft);
  self->draft_on_disk = FALSE;
}

static GFile *
draft_belongs_to (GFile *draft)
{
  g_autoptr(GFile) info = info_file_for (draft);
  g_autoptr(GKeyFile) key_file = g_key_file_new ();
  g_autofree char *contents = NULL;
  g_autofree char *uri = NULL;
  gsize length;

  if (!g_file_load_contents (info, NULL, &contents, &length, NULL, NULL) ||
      !g_key_file_load_from_data (key_file, contents, length, G_KEY_FILE_NONE, NULL))
    return NULL;

  uri = g_key_file_get_string (key_file, DRAFT_GROUP, "file", NULL);

  return uri != NULL ? g_file_new_for_uri (uri) : NULL;
}

static gint64
modified_time (GFile *file)
{
  g_autoptr(GFileInfo) info = g_file_query_info (file, G_FILE_ATTRIBUTE_TIME_MODIFIED "," G_FILE_ATTRIBUTE_TIME_MODIFIED_USEC,
                                                 G_FILE_QUERY_INFO_NONE, NULL, NULL);

  if (info == NULL)
    return -1;

  return (gint64) g_file_info_get_attribute_uint64 (info, G_FILE_ATTRIBUTE_TIME_MODIFIED) * G_USEC_PER_SEC +
         g_file_info_get_attribute_uint32 (info, G_FILE_ATTRIBUTE_TIME_MODIFIED_USEC);
}

static int
compare_by_time (gconstpointer a,
                 gconstpointer b)
{
  gint64 ta = modified_time (*(GFile * const *) a);
  gint64 tb = modified_time (*(GFile * const *) b);

  return ta < tb ? -1 : ta > tb;
}

/**
 * ec_document_list_drafts:
 *
 * Finds the drafts that documents left behind, the oldest first. A draft
 * whose file was saved after it was written is out of date: it is removed,
 * never offered.
 *
 * Returns: (transfer container) (element-type GFile): the drafts to offer
 */
GPtrArray *
ec_document_list_drafts (void)
{
  g_autoptr(GFile) folder = drafts_folder ();
  g_autoptr(GFileEnumerator) children = NULL;
  GPtrArray *drafts = g_ptr_array_new_with_free_func (g_object_unref);
  GFileInfo *info;

  children = g_file_enumerate_children (folder, G_FILE_ATTRIBUTE_STANDARD_NAME,
                                        G_FILE_QUERY_INFO_NONE, NULL, NULL);
  if (children == NULL)
    return drafts;

  while ((info = g_file_enumerator_next_file (children, NULL, NULL)) != NULL)
    {
      const char *name = g_file_info_get_name (info);
      g_autoptr(GFile) draft = NULL;
      g_autoptr(GFile) saved = NULL;

      /* What a draft written when the app was killed left: a temporary
       * file, or a key file whose draft was never written. The folder is
       * the app's own. */
      if (!g_str_has_suffix (name, EC_DOCUMENT_SUFFIX))
        {
          g_autoptr(GFile) child = g_file_get_child (folder, name);
          g_autofree char *draft_name = g_str_has_suffix (name, ".info") ?
                                        g_strndup (name, strlen (name) - strlen (".info")) : NULL;
          g_autoptr(GFile) its_draft = draft_name ? g_file_get_child (folder, draft_name) : NULL;

          if (its_draft == NULL || !g_file_query_exists (its_draft, NULL))
            g_file_delete (child, NULL, NULL);
        }
      else
        {
          draft = g_file_get_child (folder, name);
          saved = draft_belongs_to (draft);

          if (saved != NULL && modified_time (saved) >= modified_time (draft))
            delete_draft_files (draft);
          else
            g_ptr_array_add (drafts, g_steal_pointer (&draft));
        }
      g_object_unref (info);
    }

  g_ptr_array_sort (drafts, compare_by_time);

  return drafts;
}

/**
 * ec_document_new_from_draft:
 * @draft: a draft from ec_document_list_drafts()
 * @error: return location for a #GError
 *
 * Brings a draft back as a modified document, with the file it belongs to.
 * The draft stays on disk until the new document writes its own, so
 * nothing is lost if this goes wrong.
 *
 * Returns: (transfer full) (nullable): the document, or %NULL with @error set
 */
EcDocument *
ec_document_new_from_draft (GFile   *draft,
                            GError **error)
{
  g_autoptr(EcScenario) scenario = NULL;
  EcDocument *self;

  g_return_val_if_fail (G_IS_FILE (draft), NULL);

  if (!(scenario = ec_scenario_new_from_file (draft, error)))
    return NULL;

  self = ec_document_new (scenario);
  self->file = draft_belongs_to (draft);
  /* Nothing saved matches it: closing asks before losing it again. */
  self->saved_generation = G_MAXUINT64;
  update_modified (self);

  return self;
}

/**
 * ec_document_delete_draft:
 * @draft: a draft from ec_document_list_drafts()
 *
 * Removes a draft that was restored or that the person let go.
 */
void
ec_document_delete_draft (GFile *draft)
{
  g_return_if_fail (G_IS_FILE (draft));

  delete_draft_files (draft);
}
