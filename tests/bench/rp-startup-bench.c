/* rp-startup-bench.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Launches a command and measures, as seen from the X server, how long it
 * takes until a top-level window with a given title is mapped, then the
 * peak resident set size (VmHWM) of the process owning that window after
 * a settle time. Finally it terminates the process and waits for it.
 *
 *   rp-startup-bench --title TITLE [--timeout SECONDS] [--settle MS]
 *                    [--kill-timeout SECONDS] -- COMMAND [ARG...]
 *
 * On success it prints one line on standard output:
 *
 *   map_ms=123.4 peak_rss_kb=95000 rss_kb=93000 pid=4242
 *
 * map_ms counts CLOCK_MONOTONIC milliseconds from just before execvp() of
 * COMMAND (taken in the child itself) to the MapNotify of the window.
 * COMMAND's standard output is sent to standard error, so that standard
 * output carries the result line only.
 *
 * Exit status: 0 on success, 1 when no such window was mapped in time or
 * the command died, 2 on usage or setup errors, 130 when interrupted.
 *
 * Only libX11 is needed. Without a window manager (bare Xvfb) top-level
 * windows are children of the root window; under a reparenting window
 * manager the frame is, and the titled client window is found inside it.
 */

#define _GNU_SOURCE

#include <X11/Xatom.h>
#include <X11/Xlib.h>
#include <X11/Xutil.h>

#include <errno.h>
#include <fcntl.h>
#include <locale.h>
#include <poll.h>
#include <signal.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#define PROGRAM_NAME "rp-startup-bench"

/* How deep below a root child to look for the client window: a frame may
 * wrap the client in one or two extra windows. */
#define MAX_TREE_DEPTH 3

#define MAX_SEEN_TITLES 8

typedef struct
{
  const char  *title;
  double       timeout_s;
  long         settle_ms;
  double       kill_timeout_s;
  char       **command;
} Options;

static Display *display;
static Window root_window;
static Atom atom_net_wm_name;
static Atom atom_net_wm_pid;
static Atom atom_utf8_string;

static volatile sig_atomic_t interrupted;

/* Titles of the other windows that were mapped, for the timeout message. */
static char *seen_titles[MAX_SEEN_TITLES];
static unsigned int n_seen_titles;

static double
timespec_to_ms (const struct timespec *ts)
{
  return (double) ts->tv_sec * 1e3 + (double) ts->tv_nsec / 1e6;
}

static double
now_ms (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_MONOTONIC, &ts);
  return timespec_to_ms (&ts);
}

static void
sleep_ms (double ms)
{
  struct timespec ts;

  if (ms <= 0)
    return;
  ts.tv_sec = (time_t) (ms / 1e3);
  ts.tv_nsec = (long) ((ms - (double) ts.tv_sec * 1e3) * 1e6);
  nanosleep (&ts, NULL);   /* an interruption just ends the nap early */
}

static void
on_signal (int signum)
{
  interrupted = signum;
}

static int
on_x_error (Display     *dpy,
            XErrorEvent *event)
{
  /* Windows of other clients may vanish between our requests: BadWindow
   * and friends are expected, and harmless. */
  (void) dpy;
  (void) event;
  return 0;
}

static void
usage (FILE *out)
{
  fprintf (out,
           "Usage: " PROGRAM_NAME " --title TITLE [--timeout SECONDS] [--settle MS]\n"
           "                        [--kill-timeout SECONDS] -- COMMAND [ARG...]\n"
           "\n"
           "Runs COMMAND, waits until a top-level X window titled exactly TITLE is\n"
           "mapped, waits MS milliseconds more (default 1000), reads the peak RSS of\n"
           "the process owning the window, terminates it and prints\n"
           "  map_ms=... peak_rss_kb=... rss_kb=... pid=...\n"
           "\n"
           "  --title TITLE          window title to wait for (_NET_WM_NAME or WM_NAME)\n"
           "  --timeout SECONDS      give up after this long (default 30)\n"
           "  --settle MS            time between map and the memory reading (default 1000)\n"
           "  --kill-timeout SECONDS SIGTERM grace period before SIGKILL (default 5)\n");
}

static bool
parse_double (const char *text,
              double     *out)
{
  char *end = NULL;
  double value;

  errno = 0;
  value = strtod (text, &end);
  if (errno != 0 || end == text || *end != '\0' || value < 0)
    return false;
  *out = value;
  return true;
}

static bool
parse_options (int      argc,
               char   **argv,
               Options *options)
{
  int i = 1;

  options->title = NULL;
  options->timeout_s = 30;
  options->settle_ms = 1000;
  options->kill_timeout_s = 5;
  options->command = NULL;

  while (i < argc)
    {
      const char *arg = argv[i];
      const char *value = i + 1 < argc ? argv[i + 1] : NULL;
      double number;

      if (strcmp (arg, "--") == 0)
        {
          if (i + 1 < argc)
            options->command = &argv[i + 1];
          break;
        }
      else if (strcmp (arg, "-h") == 0 || strcmp (arg, "--help") == 0)
        {
          usage (stdout);
          exit (0);
        }

      if (value == NULL)
        {
          fprintf (stderr, PROGRAM_NAME ": unknown option or missing value: %s\n", arg);
          return false;
        }

      if (strcmp (arg, "--title") == 0)
        options->title = value;
      else if (strcmp (arg, "--timeout") == 0 && parse_double (value, &number) && number > 0)
        options->timeout_s = number;
      else if (strcmp (arg, "--settle") == 0 && parse_double (value, &number)
               && number <= 3600e3)
        options->settle_ms = (long) number;
      else if (strcmp (arg, "--kill-timeout") == 0 && parse_double (value, &number))
        options->kill_timeout_s = number;
      else
        {
          fprintf (stderr, PROGRAM_NAME ": unknown option or bad value: %s %s\n", arg, value);
          return false;
        }
      i += 2;
    }

  if (options->title == NULL || options->command == NULL)
    {
      fprintf (stderr, PROGRAM_NAME ": --title and a command after -- are required\n");
      return false;
    }

  return true;
}

/* Returns the window's title as a newly allocated UTF-8 string, or NULL. */
static char *
get_window_title (Window window)
{
  Atom type = None;
  int format = 0;
  unsigned long n_items = 0;
  unsigned long bytes_after = 0;
  unsigned char *data = NULL;
  XTextProperty text = { 0 };
  char *title = NULL;

  if (XGetWindowProperty (display, window, atom_net_wm_name, 0, 4096, False,
                          atom_utf8_string, &type, &format, &n_items,
                          &bytes_after, &data) == Success
      && data != NULL && type == atom_utf8_string && format == 8)
    title = strndup ((const char *) data, n_items);
  if (data != NULL)
    XFree (data);
  if (title != NULL)
    return title;

  if (XGetWMName (display, window, &text) && text.value != NULL)
    {
      char **list = NULL;
      int count = 0;

      if (text.encoding == XA_STRING || text.encoding == atom_utf8_string)
        title = strndup ((const char *) text.value, text.nitems);
      else if (Xutf8TextPropertyToTextList (display, &text, &list, &count) >= Success
               && count > 0 && list != NULL)
        title = strdup (list[0]);
      if (list != NULL)
        XFreeStringList (list);
      XFree (text.value);
    }

  return title;
}

static bool
window_is_viewable (Window window)
{
  XWindowAttributes attributes;

  return XGetWindowAttributes (display, window, &attributes)
         && attributes.map_state == IsViewable;
}

static void
remember_title (const char *title)
{
  unsigned int i;

  if (title == NULL || *title == '\0' || n_seen_titles == MAX_SEEN_TITLES)
    return;
  for (i = 0; i < n_seen_titles; i++)
    if (strcmp (seen_titles[i], title) == 0)
      return;
  seen_titles[n_seen_titles++] = strdup (title);
}

/* Looks for a viewable window titled @title at or below @window. Windows
 * that do not match (yet) are watched, so that a title set later or a
 * client mapped later inside a frame are noticed. */
static Window
find_titled_window (Window      window,
                    const char *title,
                    int         depth)
{
  Window found = None;
  Window root_return;
  Window parent_return;
  Window *children = NULL;
  unsigned int n_children = 0;
  char *window_title;

  window_title = get_window_title (window);
  if (window_title != NULL && strcmp (window_title, title) == 0 && window_is_viewable (window))
    {
      free (window_title);
      return window;
    }
  if (depth == MAX_TREE_DEPTH)
    remember_title (window_title);
  free (window_title);

  XSelectInput (display, window, PropertyChangeMask | SubstructureNotifyMask);

  if (depth > 0 && XQueryTree (display, window, &root_return, &parent_return,
                               &children, &n_children))
    {
      unsigned int i;

      for (i = 0; i < n_children && found == None; i++)
        found = find_titled_window (children[i], title, depth - 1);
    }
  if (children != NULL)
    XFree (children);

  return found;
}

/* Returns the candidate window an event is about, or None. */
static Window
event_candidate (const XEvent *event)
{
  switch (event->type)
    {
    case MapNotify:
      /* Maps of root children, and of windows inside frames we watch. */
      if (!event->xmap.override_redirect)
        return event->xmap.window;
      return None;

    case PropertyNotify:
      if (event->xproperty.state == PropertyNewValue
          && (event->xproperty.atom == atom_net_wm_name
              || event->xproperty.atom == XA_WM_NAME))
        return event->xproperty.window;
      return None;

    default:
      return None;
    }
}

static long
get_window_pid (Window window)
{
  Atom type = None;
  int format = 0;
  unsigned long n_items = 0;
  unsigned long bytes_after = 0;
  unsigned char *data = NULL;
  long pid = -1;

  if (XGetWindowProperty (display, window, atom_net_wm_pid, 0, 1, False, XA_CARDINAL,
                          &type, &format, &n_items, &bytes_after, &data) == Success
      && data != NULL && type == XA_CARDINAL && format == 32 && n_items == 1)
    pid = (long) *(unsigned long *) data;   /* Xlib hands format 32 as long */
  if (data != NULL)
    XFree (data);

  return pid;
}

/* Reads a "Key:   1234 kB" line of /proc/PID/status; -1 when unavailable. */
static long
read_status_kb (pid_t       pid,
                const char *key)
{
  char path[64];
  char line[256];
  size_t key_len = strlen (key);
  long value = -1;
  FILE *file;

  snprintf (path, sizeof path, "/proc/%ld/status", (long) pid);
  file = fopen (path, "re");
  if (file == NULL)
    return -1;

  while (fgets (line, sizeof line, file) != NULL)
    {
      if (strncmp (line, key, key_len) == 0 && line[key_len] == ':')
        {
          value = strtol (line + key_len + 1, NULL, 10);
          break;
        }
    }
  fclose (file);

  return value;
}

static pid_t
read_parent_pid (pid_t pid)
{
  long ppid = read_status_kb (pid, "PPid");   /* same "Key: number" shape */

  return ppid > 0 ? (pid_t) ppid : 0;
}

/* True if @pid is @ancestor or one of its descendants. */
static bool
is_descendant (pid_t pid,
               pid_t ancestor)
{
  int guard;

  for (guard = 0; pid > 1 && guard < 64; guard++)
    {
      if (pid == ancestor)
        return true;
      pid = read_parent_pid (pid);
    }

  return false;
}

/* True while @pid exists and is not a zombie. */
static bool
process_alive (pid_t pid)
{
  char path[64];
  char line[256];
  bool alive = false;
  FILE *file;

  snprintf (path, sizeof path, "/proc/%ld/status", (long) pid);
  file = fopen (path, "re");
  if (file == NULL)
    return false;

  while (fgets (line, sizeof line, file) != NULL)
    {
      if (strncmp (line, "State:", 6) == 0)
        {
          alive = strchr (line + 6, 'Z') == NULL && strchr (line + 6, 'X') == NULL;
          break;
        }
    }
  fclose (file);

  return alive;
}

static bool
process_group_alive (pid_t pgid)
{
  return kill (-pgid, 0) == 0 || errno != ESRCH;
}

static void
describe_status (int   status,
                 char *buffer,
                 size_t size)
{
  if (WIFEXITED (status))
    snprintf (buffer, size, "exited with status %d", WEXITSTATUS (status));
  else if (WIFSIGNALED (status))
    snprintf (buffer, size, "was killed by signal %d (%s)", WTERMSIG (status),
              strsignal (WTERMSIG (status)));
  else
    snprintf (buffer, size, "stopped (status 0x%x)", (unsigned int) status);
}

/* Terminates the child's process group and @window_pid (which may live
 * outside it), SIGKILLs whatever is left after @grace_s seconds, and reaps
 * the child. Returns false if something survived even SIGKILL. */
static bool
terminate (pid_t  child,
           bool  *child_reaped,
           int   *child_status,
           pid_t  window_pid,
           double grace_s)
{
  bool killed = false;
  double deadline;

  kill (-child, SIGTERM);   /* the group outlives a reaped leader */
  if (window_pid > 0 && window_pid != child)
    kill (window_pid, SIGTERM);

  deadline = now_ms () + grace_s * 1e3;
  for (;;)
    {
      bool done;

      if (!*child_reaped && waitpid (child, child_status, WNOHANG) == child)
        *child_reaped = true;

      done = *child_reaped
             && !process_group_alive (child)
             && (window_pid <= 0 || !process_alive (window_pid));
      if (done)
        return true;

      if (now_ms () >= deadline)
        {
          if (killed)
            break;
          fprintf (stderr, PROGRAM_NAME ": still running %.1f s after SIGTERM, sending SIGKILL\n",
                   grace_s);
          kill (-child, SIGKILL);
          if (window_pid > 0 && window_pid != child)
            kill (window_pid, SIGKILL);
          killed = true;
          deadline = now_ms () + 5e3;
        }
      sleep_ms (5);
    }

  if (!*child_reaped && waitpid (child, child_status, 0) == child)
    *child_reaped = true;
  fprintf (stderr, PROGRAM_NAME ": some processes survived SIGKILL\n");
  return false;
}

static bool
write_all (int         fd,
           const void *data,
           size_t      size)
{
  const char *p = data;

  while (size > 0)
    {
      ssize_t n = write (fd, p, size);

      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        return false;
      p += n;
      size -= (size_t) n;
    }

  return true;
}

static ssize_t
read_all (int    fd,
          void  *data,
          size_t size)
{
  char *p = data;
  size_t done = 0;

  while (done < size)
    {
      ssize_t n = read (fd, p + done, size - done);

      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        return -1;
      if (n == 0)
        break;
      done += (size_t) n;
    }

  return (ssize_t) done;
}

/* Forks and execs @command in a process group of its own. The child sends
 * its clock reading just before execvp() through a close-on-exec pipe; if
 * execvp() fails it sends errno after it. Returns the child's pid, or -1. */
static pid_t
spawn (char   **command,
       double  *start_ms)
{
  struct timespec start;
  int fds[2];
  int exec_errno = 0;
  pid_t pid;

  if (pipe2 (fds, O_CLOEXEC) < 0)
    {
      fprintf (stderr, PROGRAM_NAME ": pipe: %s\n", strerror (errno));
      return -1;
    }

  fflush (stdout);
  fflush (stderr);
  pid = fork ();
  if (pid < 0)
    {
      fprintf (stderr, PROGRAM_NAME ": fork: %s\n", strerror (errno));
      close (fds[0]);
      close (fds[1]);
      return -1;
    }

  if (pid == 0)
    {
      struct sigaction action = { 0 };

      action.sa_handler = SIG_DFL;
      sigaction (SIGINT, &action, NULL);
      sigaction (SIGTERM, &action, NULL);
      sigaction (SIGHUP, &action, NULL);

      setpgid (0, 0);
      dup2 (STDERR_FILENO, STDOUT_FILENO);
      clock_gettime (CLOCK_MONOTONIC, &start);
      write_all (fds[1], &start, sizeof start);
      execvp (command[0], command);
      exec_errno = errno;
      write_all (fds[1], &exec_errno, sizeof exec_errno);
      _exit (127);
    }

  setpgid (pid, pid);   /* also in the parent: no race with kill (-pid) */
  close (fds[1]);

  if (read_all (fds[0], &start, sizeof start) != (ssize_t) sizeof start)
    {
      fprintf (stderr, PROGRAM_NAME ": lost contact with the child before exec\n");
      close (fds[0]);
      waitpid (pid, NULL, 0);
      return -1;
    }
  if (read_all (fds[0], &exec_errno, sizeof exec_errno) == (ssize_t) sizeof exec_errno)
    {
      fprintf (stderr, PROGRAM_NAME ": cannot run %s: %s\n", command[0], strerror (exec_errno));
      close (fds[0]);
      waitpid (pid, NULL, 0);
      return -1;
    }
  close (fds[0]);

  *start_ms = timespec_to_ms (&start);
  return pid;
}

static void
install_signal_handlers (void)
{
  struct sigaction action = { 0 };

  action.sa_handler = on_signal;   /* no SA_RESTART: interrupt poll() and sleeps */
  sigemptyset (&action.sa_mask);
  sigaction (SIGINT, &action, NULL);
  sigaction (SIGTERM, &action, NULL);
  sigaction (SIGHUP, &action, NULL);
}

int
main (int   argc,
      char *argv[])
{
  Options options;
  struct pollfd poll_fd;
  Window target = None;
  pid_t child;
  pid_t window_pid;
  bool child_reaped = false;
  int child_status = 0;
  double start_ms = 0;
  double map_ms = -1;
  double deadline;
  long peak_rss_kb;
  long rss_kb;
  char status_text[128];

  if (!parse_options (argc, argv, &options))
    {
      usage (stderr);
      return 2;
    }

  setlocale (LC_CTYPE, "");
  install_signal_handlers ();

  display = XOpenDisplay (NULL);
  if (display == NULL)
    {
      fprintf (stderr, PROGRAM_NAME ": cannot open X display \"%s\"\n", XDisplayName (NULL));
      return 2;
    }
  XSetErrorHandler (on_x_error);
  fcntl (ConnectionNumber (display), F_SETFD, FD_CLOEXEC);

  root_window = DefaultRootWindow (display);
  atom_net_wm_name = XInternAtom (display, "_NET_WM_NAME", False);
  atom_net_wm_pid = XInternAtom (display, "_NET_WM_PID", False);
  atom_utf8_string = XInternAtom (display, "UTF8_STRING", False);

  /* Listen before launching, so that no map can be missed. */
  XSelectInput (display, root_window, SubstructureNotifyMask);
  XSync (display, False);

  child = spawn (options.command, &start_ms);
  if (child < 0)
    return 2;

  poll_fd.fd = ConnectionNumber (display);
  poll_fd.events = POLLIN;
  deadline = start_ms + options.timeout_s * 1e3;

  while (target == None)
    {
      double remaining;

      while (target == None && XPending (display) > 0)
        {
          XEvent event;
          Window candidate;

          XNextEvent (display, &event);
          candidate = event_candidate (&event);
          if (candidate == None || candidate == root_window)
            continue;

          target = find_titled_window (candidate, options.title, MAX_TREE_DEPTH);
          if (target != None)
            map_ms = now_ms () - start_ms;
          XFlush (display);
        }
      if (target != None)
        break;

      if (interrupted)
        {
          fprintf (stderr, PROGRAM_NAME ": interrupted\n");
          terminate (child, &child_reaped, &child_status, 0, options.kill_timeout_s);
          return 130;
        }

      if (!child_reaped && waitpid (child, &child_status, WNOHANG) == child)
        {
          child_reaped = true;
          describe_status (child_status, status_text, sizeof status_text);
          if (!WIFEXITED (child_status) || WEXITSTATUS (child_status) != 0)
            {
              fprintf (stderr, PROGRAM_NAME ": %s %s before mapping a window titled \"%s\"\n",
                       options.command[0], status_text, options.title);
              terminate (child, &child_reaped, &child_status, 0, options.kill_timeout_s);
              return 1;
            }
          fprintf (stderr,
                   PROGRAM_NAME ": %s exited with status 0 before mapping its window; "
                   "still waiting (it may have handed over to another process)\n",
                   options.command[0]);
        }

      remaining = deadline - now_ms ();
      if (remaining <= 0)
        {
          unsigned int i;

          fprintf (stderr, PROGRAM_NAME ": timeout: no window titled \"%s\" was mapped within %g s",
                   options.title, options.timeout_s);
          for (i = 0; i < n_seen_titles; i++)
            fprintf (stderr, "%s\"%s\"", i == 0 ? " (windows mapped meanwhile: " : ", ",
                     seen_titles[i]);
          fprintf (stderr, "%s\n", n_seen_titles > 0 ? ")" : "");
          terminate (child, &child_reaped, &child_status, 0, options.kill_timeout_s);
          return 1;
        }

      /* Wake up regularly to notice the child exiting. */
      poll (&poll_fd, 1, remaining < 20 ? (int) remaining + 1 : 20);
    }

  window_pid = (pid_t) get_window_pid (target);
  if (window_pid <= 0)
    window_pid = child;
  else if (!is_descendant (window_pid, child) && getpgid (window_pid) != child)
    fprintf (stderr,
             PROGRAM_NAME ": warning: the window belongs to pid %ld, which this run did not "
             "start (was an instance already running?)\n", (long) window_pid);

  /* Let the application settle; the memory reading comes after. */
  deadline = now_ms () + (double) options.settle_ms;
  while (!interrupted && now_ms () < deadline)
    {
      if (!child_reaped && waitpid (child, &child_status, WNOHANG) == child)
        child_reaped = true;
      if (!process_alive (window_pid))
        {
          fprintf (stderr, PROGRAM_NAME ": the process owning the window (pid %ld) died "
                   "within %ld ms of mapping it\n", (long) window_pid, options.settle_ms);
          terminate (child, &child_reaped, &child_status, 0, options.kill_timeout_s);
          return 1;
        }
      sleep_ms (deadline - now_ms () < 20 ? deadline - now_ms () : 20);
    }
  if (interrupted)
    {
      fprintf (stderr, PROGRAM_NAME ": interrupted\n");
      terminate (child, &child_reaped, &child_status, window_pid, options.kill_timeout_s);
      return 130;
    }

  peak_rss_kb = read_status_kb (window_pid, "VmHWM");
  rss_kb = read_status_kb (window_pid, "VmRSS");

  terminate (child, &child_reaped, &child_status, window_pid, options.kill_timeout_s);
  XCloseDisplay (display);

  if (peak_rss_kb < 0)
    {
      fprintf (stderr, PROGRAM_NAME ": cannot read VmHWM of pid %ld\n", (long) window_pid);
      return 1;
    }

  printf ("map_ms=%.1f peak_rss_kb=%ld rss_kb=%ld pid=%ld\n",
          map_ms, peak_rss_kb, rss_kb, (long) window_pid);
  return fflush (stdout) == 0 ? 0 : 2;
}
