/* click-electors.c
 *
 * Copyright 2026 The Electors authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Electors as bench-click times it: the real application and window of
 * src/app, filling the X screen it runs on, clicked unit by unit with the
 * X server's own pointer (XTEST), so that every click takes the path a
 * person's does: X server, GDK, the map view's click gesture, the scenario,
 * every view that follows it, layout and the frame.
 *
 * For each click it takes the process's CPU time from just before the
 * button is pressed to the end of the first frame that shows the change
 * (the frame clock's after-paint after the map view drew the new
 * scenario), and splits it by where the main thread was:
 *
 *   model      changing the scenario (up to its "changed" signal) and the
 *              document's history of it
 *   tally      the new tally and the report worded from it
 *   side_panel ec_side_panel_set_report/_set_contingent, and the panel's
 *              layout and snapshot
 *   tally_bar  ec_tally_bar_set_report, and the bar's layout and snapshot
 *   map        the map view's layout and snapshot (the renderer's update
 *              and the tiles' textures)
 *   window     the rest of src/app on the way: the window's and the map
 *              view's signal handlers, the House view
 *   gtk        everything else: event handling, CSS, the layout and
 *              snapshot of other widgets, and GSK's rendering, including
 *              any threads it uses (llvmpipe for GL under Xvfb)
 *
 * The app carries no benchmark hook: the functions src/app calls across
 * files are wrapped at link time (-Wl,--wrap, see meson.build), and the
 * widgets' layout and snapshot are wrapped by replacing their class's
 * functions, so the split costs a clock reading per wrapped call.
 *
 * In the same run it measures what bench-map prints as click_update_ms:
 * the map renderer's update after one unit changes, alone, at the size of
 * the screen, so the ratio of the whole click to the map alone is visible.
 *
 * It prints one JSON line and quits. This is a developer tool, so its
 * messages are not translated.
 */

#include "config.h"

#include <glib/gi18n.h>
#include <gdk/x11/gdkx.h>
#include <gmodule.h>
#include <locale.h>
#include <stdlib.h>
#include <time.h>
#include <X11/Xlib.h>

#include "ec-application.h"
#include "ec-history.h"
#include "ec-house-view.h"
#include "ec-map-renderer.h"
#include "ec-map-view.h"
#include "ec-report.h"
#include "ec-side-panel.h"
#include "ec-tally-bar.h"
#include "ec-tally.h"
#include "ec-window.h"

/* A frame clock that has painted nothing for this long has settled: the
 * tally bar's animation (300 ms) is over and nothing else is pending. */
#define SETTLE_MS        150
#define ACTION_TIMEOUT_MS 10000
/* A click that changed nothing after this long is counted as missed. */
#define MISSED_CLICK_MS  3000
#define MAP_ONLY_ROUNDS  2

typedef enum {
  PART_GTK,
  PART_MODEL,
  PART_TALLY,
  PART_SIDE_PANEL,
  PART_TALLY_BAR,
  PART_MAP,
  PART_WINDOW,
  N_PARTS
} Part;

static const char *part_names[N_PARTS] = {
  "gtk", "model", "tally", "side_panel", "tally_bar", "map", "window",
};

/* Exclusive time: the main thread's CPU time goes to the innermost part it
 * is in. */
#define MAX_DEPTH 64

static struct
{
  gboolean active;
  Part     stack[MAX_DEPTH];
  guint    depth;
  gint64   since_ns;
  gint64   spent_ns[N_PARTS];
} parts;

static gint64
cpu_ns (clockid_t clock)
{
  struct timespec ts;

  clock_gettime (clock, &ts);

  return (gint64) ts.tv_sec * G_GINT64_CONSTANT (1000000000) + ts.tv_nsec;
}

static void
parts_switch (Part next)
{
  gint64 now = cpu_ns (CLOCK_THREAD_CPUTIME_ID);

  parts.spent_ns[parts.stack[parts.depth]] += now - parts.since_ns;
  parts.since_ns = now;
  parts.stack[parts.depth] = next;
}

static void
part_enter (Part part)
{
  Part current = parts.stack[parts.depth];

  if (!parts.active)
    return;

  g_assert (parts.depth + 1 < MAX_DEPTH);
  parts_switch (current);
  parts.stack[++parts.depth] = part;
}

static void
part_leave (void)
{
  if (!parts.active)
    return;

  g_assert (parts.depth > 0);
  parts_switch (parts.stack[parts.depth]);
  parts.depth--;
}

static void
parts_start (void)
{
  memset (&parts, 0, sizeof parts);
  parts.active = TRUE;
  parts.since_ns = cpu_ns (CLOCK_THREAD_CPUTIME_ID);
}

static void
parts_stop (void)
{
  parts_switch (parts.stack[parts.depth]);
  parts.active = FALSE;
}

/* The functions src/app calls across files, wrapped at link time. */

#define WRAP(part, ret, name, params, args)                      \
  ret __real_##name params;                                      \
  ret __wrap_##name params;                                      \
  ret __wrap_##name params                                       \
  {                                                              \
    ret result;                                                  \
    part_enter (part);                                           \
    result = __real_##name args;                                 \
    part_leave ();                                               \
    return result;                                               \
  }

#define WRAP_VOID(part, name, params, args)                      \
  void __real_##name params;                                     \
  void __wrap_##name params;                                     \
  void __wrap_##name params                                      \
  {                                                              \
    part_enter (part);                                           \
    __real_##name args;                                          \
    part_leave ();                                               \
  }

WRAP (PART_MODEL, EcCandidate *, ec_scenario_cycle_winner,
      (EcScenario *self, const char *unit_id, gboolean backward), (self, unit_id, backward))
WRAP (PART_MODEL, gboolean, ec_history_record,
      (EcHistory *self, EcScenario *current), (self, current))
WRAP (PART_MODEL, gboolean, ec_scenario_is_pristine,
      (EcScenario *self), (self))
WRAP (PART_TALLY, EcTally *, ec_tally_new,
      (EcScenario *scenario), (scenario))
WRAP_VOID (PART_TALLY, ec_tally_unref,
           (EcTally *self), (self))
WRAP (PART_TALLY, EcReport *, ec_report_new,
      (EcTally *tally), (tally))
WRAP_VOID (PART_SIDE_PANEL, ec_side_panel_set_report,
           (EcSidePanel *self, EcReport *report), (self, report))
WRAP_VOID (PART_SIDE_PANEL, ec_side_panel_set_contingent,
           (EcSidePanel *self, EcContingent *contingent), (self, contingent))
WRAP_VOID (PART_TALLY_BAR, ec_tally_bar_set_report,
           (EcTallyBar *self, EcReport *report), (self, report))
WRAP_VOID (PART_WINDOW, ec_house_view_set_tally,
           (EcHouseView *self, EcTally *tally), (self, tally))

/* Once the scenario says it changed, its handlers are the window's work,
 * whatever they call that is wrapped on its own. */
static gboolean changed_since_click;

static gboolean
scenario_changed_hook (GSignalInvocationHint *hint,
                       guint                  n_values,
                       const GValue          *values,
                       gpointer               user_data)
{
  changed_since_click = TRUE;
  if (parts.active && parts.stack[parts.depth] == PART_MODEL)
    parts_switch (PART_WINDOW);

  return TRUE;
}

/* The widgets' layout and snapshot, wrapped by replacing their class's
 * functions; the side panel and the tally bar lay out with a GtkBinLayout,
 * whose functions are wrapped for them alone. */

typedef struct
{
  GType     type;
  Part      part;
  void    (*snapshot)      (GtkWidget *, GtkSnapshot *);
  void    (*measure)       (GtkWidget *, GtkOrientation, int, int *, int *, int *, int *);
  void    (*size_allocate) (GtkWidget *, int, int, int);
} WrappedWidget;

static WrappedWidget wrapped[3];
static guint n_wrapped;
static void (*bin_measure) (GtkLayoutManager *, GtkWidget *, GtkOrientation, int, int *, int *, int *, int *);
static void (*bin_allocate) (GtkLayoutManager *, GtkWidget *, int, int, int);
static gboolean map_drawn_since_change;

static const WrappedWidget *
find_wrapped (GtkWidget *widget)
{
  for (guint i = 0; i < n_wrapped; i++)
    if (G_OBJECT_TYPE (widget) == wrapped[i].type)
      return &wrapped[i];

  return NULL;
}

static void
wrapped_snapshot (GtkWidget   *widget,
                  GtkSnapshot *snapshot)
{
  const WrappedWidget *w = find_wrapped (widget);

  part_enter (w->part);
  w->snapshot (widget, snapshot);
  part_leave ();

  if (w->part == PART_MAP && changed_since_click)
    map_drawn_since_change = TRUE;
}

static void
wrapped_measure (GtkWidget      *widget,
                 GtkOrientation  orientation,
                 int             for_size,
                 int            *minimum,
                 int            *natural,
                 int            *minimum_baseline,
                 int            *natural_baseline)
{
  const WrappedWidget *w = find_wrapped (widget);

  part_enter (w->part);
  w->measure (widget, orientation, for_size, minimum, natural, minimum_baseline, natural_baseline);
  part_leave ();
}

static void
wrapped_size_allocate (GtkWidget *widget,
                       int        width,
                       int        height,
                       int        baseline)
{
  const WrappedWidget *w = find_wrapped (widget);

  part_enter (w->part);
  w->size_allocate (widget, width, height, baseline);
  part_leave ();
}

static void
wrapped_bin_measure (GtkLayoutManager *manager,
                     GtkWidget        *widget,
                     GtkOrientation    orientation,
                     int               for_size,
                     int              *minimum,
                     int              *natural,
                     int              *minimum_baseline,
                     int              *natural_baseline)
{
  const WrappedWidget *w = find_wrapped (widget);

  if (w != NULL)
    part_enter (w->part);
  bin_measure (manager, widget, orientation, for_size, minimum, natural, minimum_baseline, natural_baseline);
  if (w != NULL)
    part_leave ();
}

static void
wrapped_bin_allocate (GtkLayoutManager *manager,
                      GtkWidget        *widget,
                      int               width,
                      int               height,
                      int               baseline)
{
  const WrappedWidget *w = find_wrapped (widget);

  if (w != NULL)
    part_enter (w->part);
  bin_allocate (manager, widget, width, height, baseline);
  if (w != NULL)
    part_leave ();
}

static void
wrap_widget (GType type,
             Part  part)
{
  GtkWidgetClass *klass = g_type_class_ref (type);
  WrappedWidget *w = &wrapped[n_wrapped++];

  w->type = type;
  w->part = part;
  w->snapshot = klass->snapshot;
  w->measure = klass->measure;
  w->size_allocate = klass->size_allocate;
  klass->snapshot = wrapped_snapshot;
  klass->measure = wrapped_measure;
  klass->size_allocate = wrapped_size_allocate;
}

static void
wrap_widgets (void)
{
  GtkLayoutManagerClass *bin = g_type_class_ref (GTK_TYPE_BIN_LAYOUT);

  wrap_widget (EC_TYPE_MAP_VIEW, PART_MAP);
  wrap_widget (EC_TYPE_SIDE_PANEL, PART_SIDE_PANEL);
  wrap_widget (EC_TYPE_TALLY_BAR, PART_TALLY_BAR);

  bin_measure = bin->measure;
  bin_allocate = bin->allocate;
  bin->measure = wrapped_bin_measure;
  bin->allocate = wrapped_bin_allocate;

  g_type_class_unref (g_type_class_ref (EC_TYPE_SCENARIO));
  g_signal_add_emission_hook (g_signal_lookup ("changed", EC_TYPE_SCENARIO), 0,
                              scenario_changed_hook, NULL, NULL);
}

/* The X server's pointer, through XTEST, loaded at run time so that the
 * build needs no more than the X library GTK already uses. */

typedef int (*FakeMotionFunc) (Display *, int, int, int, unsigned long);
typedef int (*FakeButtonFunc) (Display *, unsigned int, Bool, unsigned long);
typedef Bool (*QueryFunc) (Display *, int *, int *, int *, int *);

static FakeMotionFunc fake_motion;
static FakeButtonFunc fake_button;

static void
load_xtest (Display *display)
{
  GModule *module = g_module_open ("libXtst.so.6", G_MODULE_BIND_LAZY | G_MODULE_BIND_LOCAL);
  QueryFunc query;
  int event_base, error_base, major, minor;

  if (module == NULL ||
      !g_module_symbol (module, "XTestQueryExtension", (gpointer *) &query) ||
      !g_module_symbol (module, "XTestFakeMotionEvent", (gpointer *) &fake_motion) ||
      !g_module_symbol (module, "XTestFakeButtonEvent", (gpointer *) &fake_button))
    g_error ("bench-click clicks through the XTEST extension and needs libXtst.so.6: %s",
             g_module_error ());

  if (!query (display, &event_base, &error_base, &major, &minor))
    g_error ("The X server has no XTEST extension (Xvfb has it unless started with -extension XTEST)");
}

/* The run */

typedef struct
{
  char  *unit_id;
  int    root_x, root_y;
} Target;

typedef struct
{
  char   *unit_id;
  double  total_ms;
  double  settled_ms;
  double  wall_ms;
  double  part_ms[N_PARTS];
} Click;

typedef struct
{
  GtkApplication *app;
  EcWindow       *window;
  EcMapView      *view;
  Display        *display;
  GArray         *targets;
  GArray         *clicks;
  guint           rounds;
  guint           missed;
  gint64          last_paint_us;
  guint           paints;
  gboolean        waiting_for_click;
  gint64          click_process_ns;
  gint64          click_wall_us;
  gint64          last_paint_process_ns;
  Click           current;
  double          map_only_median_ms;
  double          map_only_worst_ms;
  int             width, height;
} Run;

static Run run;

static void
after_paint_cb (GdkFrameClock *clock,
                gpointer       user_data)
{
  run.last_paint_us = g_get_monotonic_time ();
  run.last_paint_process_ns = cpu_ns (CLOCK_PROCESS_CPUTIME_ID);
  run.paints++;

  if (run.waiting_for_click && map_drawn_since_change)
    {
      parts_stop ();
      run.waiting_for_click = FALSE;
      run.current.total_ms = (run.last_paint_process_ns - run.click_process_ns) / 1e6;
      run.current.wall_ms = (run.last_paint_us - run.click_wall_us) / 1e3;
    }
}

/* Runs the main loop until the frame clock has painted at least @min_paints
 * frames since the call and then nothing for SETTLE_MS. Returns FALSE if a
 * click is still waiting for its change after MISSED_CLICK_MS. */
static gboolean
settle (guint min_paints)
{
  guint paints = run.paints;
  gint64 start = g_get_monotonic_time ();

  for (;;)
    {
      gint64 now = g_get_monotonic_time ();

      if (run.paints - paints >= min_paints && !run.waiting_for_click &&
          now - MAX (run.last_paint_us, start) > SETTLE_MS * 1000)
        return TRUE;
      if (run.waiting_for_click && !changed_since_click && now - start > MISSED_CLICK_MS * 1000)
        return FALSE;
      if (now - start > ACTION_TIMEOUT_MS * 1000)
        g_error ("The window did not settle within %d ms (%u frames painted, %u wanted, %s)",
                 ACTION_TIMEOUT_MS, run.paints - paints, min_paints,
                 !run.waiting_for_click ? "no click waiting" :
                 changed_since_click ? "the map was not drawn after the click" : "the click changed nothing");

      if (!g_main_context_pending (NULL))
        g_usleep (2000);
      while (g_main_context_pending (NULL))
        g_main_context_iteration (NULL, FALSE);
    }
}

static gboolean
widget_to_root (EcMapView *view,
                double     x,
                double     y,
                int       *root_x,
                int       *root_y)
{
  GtkNative *native = gtk_widget_get_native (GTK_WIDGET (view));
  GdkSurface *surface = gtk_native_get_surface (native);
  graphene_point_t point;
  double sx, sy;
  Window child;

  if (!gtk_widget_compute_point (GTK_WIDGET (view), GTK_WIDGET (native), &GRAPHENE_POINT_INIT (x, y), &point))
    return FALSE;
  gtk_native_get_surface_transform (native, &sx, &sy);

  return XTranslateCoordinates (run.display, gdk_x11_surface_get_xid (surface),
                                DefaultRootWindow (run.display),
                                (int) (point.x + sx), (int) (point.y + sy),
                                root_x, root_y, &child);
}

/* A point of the map view that picks @unit_id, as near its middle as the
 * unit's shape allows. */
static gboolean
find_point (EcMapView  *view,
            const char *unit_id,
            double     *x,
            double     *y)
{
  EcMapRenderer *renderer = ec_map_view_get_renderer (view);
  int scale = gtk_widget_get_scale_factor (GTK_WIDGET (view));
  double best = G_MAXDOUBLE;
  EcRect bounds;
  const int steps = 24;

  if (!ec_map_renderer_is_unit_shown (renderer, unit_id) ||
      !ec_map_renderer_get_unit_bounds (renderer, unit_id, &bounds))
    return FALSE;

  for (int i = 1; i < steps; i++)
    for (int j = 1; j < steps; j++)
      {
        double px = (bounds.x + bounds.width * i / steps) / scale;
        double py = (bounds.y + bounds.height * j / steps) / scale;
        double d = (i - steps / 2) * (i - steps / 2) + (j - steps / 2) * (j - steps / 2);

        /* The point must reach the view itself, not a child over it. */
        if (d < best && g_strcmp0 (ec_map_view_pick (view, px, py), unit_id) == 0 &&
            gtk_widget_pick (GTK_WIDGET (view), px, py, GTK_PICK_DEFAULT) == GTK_WIDGET (view))
          {
            best = d;
            *x = px;
            *y = py;
          }
      }

  return best < G_MAXDOUBLE;
}

static void
find_targets (void)
{
  EcScenario *scenario = ec_window_get_scenario (run.window);
  GPtrArray *units = ec_election_get_all_units (ec_scenario_get_election (scenario));

  for (guint i = 0; i < units->len; i++)
    {
      const char *id = ec_unit_get_id (g_ptr_array_index (units, i));
      Target target = { NULL, };
      double x, y;

      if (!find_point (run.view, id, &x, &y) ||
          !widget_to_root (run.view, x, y, &target.root_x, &target.root_y))
        {
          g_printerr ("click-electors: no point of the map picks %s; it is not clicked\n", id);
          continue;
        }

      target.unit_id = g_strdup (id);
      g_array_append_val (run.targets, target);
    }
}

static gboolean
click_once (Target *target)
{
  double x, y;

  /* Where the unit is now: the map's size follows the window's layout. */
  if (!find_point (run.view, target->unit_id, &x, &y) ||
      !widget_to_root (run.view, x, y, &target->root_x, &target->root_y))
    return FALSE;

  /* Hovering is not part of the click: the pointer goes there first. */
  fake_motion (run.display, -1, target->root_x, target->root_y, CurrentTime);
  XFlush (run.display);
  settle (0);
  memset (&run.current, 0, sizeof run.current);
  run.current.unit_id = target->unit_id;
  changed_since_click = FALSE;
  map_drawn_since_change = FALSE;
  run.waiting_for_click = TRUE;

  parts_start ();
  run.click_wall_us = g_get_monotonic_time ();
  run.click_process_ns = cpu_ns (CLOCK_PROCESS_CPUTIME_ID);
  fake_button (run.display, 1, True, CurrentTime);
  fake_button (run.display, 1, False, CurrentTime);
  XFlush (run.display);

  if (!settle (1))
    {
      /* Seen now and then under load: the X server's press and release
       * reached GTK, but the gesture did not take them as a click. */
      parts_stop ();
      run.waiting_for_click = FALSE;
      run.missed++;
      g_printerr ("click-electors: the click on %s changed nothing; it is not counted\n", target->unit_id);
      return TRUE;
    }

  /* Everything up to the end of the last frame of the tally bar's
   * animation, for the record. */
  run.current.settled_ms = (run.last_paint_process_ns - run.click_process_ns) / 1e6;
  for (guint p = 0; p < N_PARTS; p++)
    run.current.part_ms[p] = parts.spent_ns[p] / 1e6;
  g_array_append_val (run.clicks, run.current);

  return TRUE;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a;
  double y = *(const double *) b;

  return (x > y) - (x < y);
}

/* The value below which @fraction of @values lie (nearest rank). */
static double
quantile (GArray *values,
          double  fraction)
{
  g_autoptr(GArray) sorted = g_array_copy (values);
  guint rank;

  g_array_sort (sorted, compare_doubles);
  rank = (guint) MIN (sorted->len - 1, (guint) (fraction * sorted->len));

  return g_array_index (sorted, double, rank);
}

static double
mean (GArray *values)
{
  double sum = 0;

  for (guint i = 0; i < values->len; i++)
    sum += g_array_index (values, double, i);

  return sum / values->len;
}

static void
print_stats (GString    *json,
             const char *name,
             GArray     *values)
{
  g_string_append_printf (json, "\"%s\": {\"median\": %.3f, \"p95\": %.3f, \"worst\": %.3f, \"mean\": %.3f}",
                          name, quantile (values, 0.5), quantile (values, 0.95),
                          quantile (values, 1.0), mean (values));
}

/* What bench-map measures as click_update_ms, in this run: the renderer's
 * update after one unit changes, at the size of the screen, on a copy of
 * the window's scenario, in the main thread's CPU time. */
static GArray *
measure_map_only (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(EcMap) map = ec_map_new (&error);
  g_autoptr(EcScenario) scenario = ec_scenario_copy (ec_window_get_scenario (run.window));
  g_autoptr(EcMapRenderer) renderer = NULL;
  GArray *times = g_array_new (FALSE, FALSE, sizeof (double));

  if (map == NULL)
    g_error ("%s", error->message);

  renderer = ec_map_renderer_new (map);
  ec_map_renderer_set_scenario (renderer, scenario);
  ec_map_renderer_set_size (renderer, run.width, run.height);
  cairo_region_destroy (ec_map_renderer_update (renderer));

  for (guint round = 0; round < MAP_ONLY_ROUNDS; round++)
    for (guint i = 0; i < run.targets->len; i++)
      {
        const Target *target = &g_array_index (run.targets, Target, i);
        cairo_region_t *damage;
        gint64 start;
        double ms;

        ec_scenario_cycle_winner (scenario, target->unit_id, FALSE);
        start = cpu_ns (CLOCK_THREAD_CPUTIME_ID);
        damage = ec_map_renderer_update (renderer);
        ms = (cpu_ns (CLOCK_THREAD_CPUTIME_ID) - start) / 1e6;
        g_array_append_val (times, ms);
        if (damage != NULL)
          cairo_region_destroy (damage);
      }

  return times;
}

static void
report (void)
{
  g_autoptr(GString) json = g_string_new ("{");
  g_autoptr(GArray) total = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) settled = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) wall = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) map_only = g_array_new (FALSE, FALSE, sizeof (double));
  const char *renderer = g_getenv ("GSK_RENDERER");
  const Click *worst = NULL;
  int view_width = gtk_widget_get_width (GTK_WIDGET (run.view));
  int view_height = gtk_widget_get_height (GTK_WIDGET (run.view));

  for (guint i = 0; i < run.clicks->len; i++)
    {
      const Click *click = &g_array_index (run.clicks, Click, i);

      g_array_append_val (total, click->total_ms);
      g_array_append_val (settled, click->settled_ms);
      g_array_append_val (wall, click->wall_ms);
      if (worst == NULL || click->total_ms > worst->total_ms)
        worst = click;
    }

  g_string_append_printf (json, "\"size\": \"%dx%d\", \"renderer\": \"%s\", \"map_view\": \"%dx%d\", "
                          "\"units\": %u, \"clicks\": %u, \"missed\": %u, ",
                          run.width, run.height, renderer ? renderer : "default",
                          view_width, view_height, run.targets->len, run.clicks->len, run.missed);
  print_stats (json, "click_cpu_ms", total);
  g_string_append_printf (json, ", \"worst_unit\": \"%s\", ", worst->unit_id);

  g_string_append (json, "\"parts_median_ms\": {");
  for (guint p = 0; p < N_PARTS; p++)
    {
      g_autoptr(GArray) values = g_array_new (FALSE, FALSE, sizeof (double));

      for (guint i = 0; i < run.clicks->len; i++)
        g_array_append_val (values, g_array_index (run.clicks, Click, i).part_ms[p]);
      g_string_append_printf (json, "%s\"%s\": %.3f", p ? ", " : "", part_names[p], quantile (values, 0.5));
    }
  g_string_append (json, "}, \"parts_mean_ms\": {");
  for (guint p = 0; p < N_PARTS; p++)
    {
      g_autoptr(GArray) values = g_array_new (FALSE, FALSE, sizeof (double));

      for (guint i = 0; i < run.clicks->len; i++)
        g_array_append_val (values, g_array_index (run.clicks, Click, i).part_ms[p]);
      g_string_append_printf (json, "%s\"%s\": %.3f", p ? ", " : "", part_names[p], mean (values));
    }
  g_string_append (json, "}, ");

  print_stats (json, "with_animation_cpu_ms", settled);
  g_string_append (json, ", ");
  print_stats (json, "wall_ms", wall);
  g_string_append (json, ", ");

  g_string_append_printf (json, "\"map_only_cpu_ms\": {\"median\": %.3f, \"worst\": %.3f}, "
                          "\"click_vs_map_only\": %.2f}",
                          run.map_only_median_ms, run.map_only_worst_ms,
                          quantile (total, 0.5) / run.map_only_median_ms);

  g_print ("%s\n", json->str);
}

static void
start_run (void)
{
  g_autoptr(GArray) times = NULL;

  run.display = gdk_x11_display_get_xdisplay (gdk_display_get_default ());

  /* The map's tooltip would come up between two clicks, under the pointer
   * at its next unit; it is not part of a click. */
  gtk_widget_set_has_tooltip (GTK_WIDGET (run.view), FALSE);
  load_xtest (run.display);

  /* The side panel comes in after the first frame; let it. */
  while (!gtk_widget_get_mapped (ec_window_get_side_panel (run.window)))
    g_main_context_iteration (NULL, TRUE);
  settle (0);

  run.targets = g_array_new (FALSE, TRUE, sizeof (Target));
  run.clicks = g_array_new (FALSE, TRUE, sizeof (Click));
  find_targets ();
  if (run.targets->len == 0)
    g_error ("No unit of the map could be clicked");

  for (guint round = 0; round < run.rounds; round++)
    for (guint i = 0; i < run.targets->len; i++)
      {
        if (!click_once (&g_array_index (run.targets, Target, i)))
          g_error ("No point of the map picks %s any more", g_array_index (run.targets, Target, i).unit_id);
      }

  /* The map alone, after the window's clicks so that both see the same
   * warm caches. */
  times = measure_map_only ();
  if (run.clicks->len == 0)
    g_error ("No click changed the scenario");
  run.map_only_median_ms = quantile (times, 0.5);
  run.map_only_worst_ms = quantile (times, 1.0);

  report ();
  g_application_quit (G_APPLICATION (run.app));
}

static gboolean
start_idle_cb (gpointer user_data)
{
  start_run ();

  return G_SOURCE_REMOVE;
}

static void
first_after_paint_cb (GdkFrameClock *clock,
                      gpointer       user_data)
{
  if (!gtk_widget_get_mapped (GTK_WIDGET (run.view)) ||
      ec_map_renderer_get_surface (ec_map_view_get_renderer (run.view)) == NULL)
    return;

  g_signal_handlers_disconnect_by_func (clock, first_after_paint_cb, user_data);
  g_signal_connect (clock, "after-paint", G_CALLBACK (after_paint_cb), NULL);
  run.last_paint_us = g_get_monotonic_time ();
  g_idle_add (start_idle_cb, NULL);
}

static void
map_view_realize_cb (GtkWidget *view)
{
  g_signal_connect (gtk_widget_get_frame_clock (view), "after-paint",
                    G_CALLBACK (first_after_paint_cb), NULL);
}

static void
window_added_cb (GtkApplication *app,
                 GtkWindow      *window)
{
  if (!EC_IS_WINDOW (window))
    return;

  g_signal_handlers_disconnect_by_func (app, window_added_cb, NULL);

  run.window = EC_WINDOW (window);
  run.view = EC_MAP_VIEW (ec_window_get_map_view (run.window));
  gtk_window_set_default_size (window, run.width, run.height);
  g_signal_connect (run.view, "realize", G_CALLBACK (map_view_realize_cb), NULL);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(EcApplication) app = NULL;
  const char *rounds = g_getenv ("BENCH_CLICK_ROUNDS");
  Display *display;

  /* What main.c does, so that the window is the same. */
  setlocale (LC_ALL, "");
  setlocale (LC_NUMERIC, "C");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  /* The window fills the screen; without a window manager there is nobody
   * to maximize it, so it is sized to the screen. */
  display = XOpenDisplay (NULL);
  if (display == NULL)
    g_error ("click-electors needs an X server (run bench-click, which starts Xvfb)");
  run.width = DisplayWidth (display, DefaultScreen (display));
  run.height = DisplayHeight (display, DefaultScreen (display));
  XCloseDisplay (display);

  run.rounds = rounds ? (guint) MAX (1, atoi (rounds)) : 1;

  gtk_init ();
  wrap_widgets ();

  app = ec_application_new ();
  run.app = GTK_APPLICATION (app);
  g_signal_connect (app, "window-added", G_CALLBACK (window_added_cb), NULL);

  return g_application_run (G_APPLICATION (app), 1, argv);
}
