/* tier.c — the second tier of `trc run`.  Tier 1 runs a program inside trc with
 * libtcc's code (starts at once, runs slowly); once a run of a program from a file has
 * used TRC_TIER_AFTER seconds of CPU time (default 0.5), a sleeping watcher thread wakes
 * and starts `trc __tier2`, which detaches, lowers its priority and builds the same
 * program the way `trc build` does (cc -O2, build.c) into the run cache:
 *   ENTRY-M.exe     the executable (M: hash of the entry's manifest), published by rename
 *   ENTRY-M.exe.lock   held (flock) by the one builder at work for that executable
 *   ENTRY-M.exe.log    the builder's messages; kept as ENTRY-M.exe.failed when it fails,
 *                      and then that program is not tiered up again
 *   tier2-slot-N.lock  held (flock) by a builder at work: at most half the CPUs' worth
 *                      of background builds at once per cache directory
 * A later `trc run` whose cache entry validates (run_cache.c) execs ENTRY-M.exe.
 * Assumes: Linux (process CPU clocks for clock_nanosleep, close_range) and glibc's
 * posix_spawn (safe from a thread of a running program; addchdir_np). */
#include "trc.h"
#include "build.h"
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <signal.h>
#include <spawn.h>
#include <sys/file.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

extern char **environ;

bool tier_enabled(void) {
    const char *e = getenv("TRC_TIER");
    return !e || strcmp(e, "0") != 0;
}

void tier_note(const char *fmt, ...) {
    const char *e = getenv("TRC_TIER_TRACE");
    if (!e || !*e || !strcmp(e, "0")) return;
    va_list ap;
    va_start(ap, fmt);
    fprintf(stderr, "trc: tier: ");
    vfprintf(stderr, fmt, ap);
    fprintf(stderr, "\n");
    va_end(ap);
}

char *tier2_path(const char *entry, const char *manifest_hash) { return format("%s-%s.exe", entry, manifest_hash); }

void tier2_exec(const char *exe, char **argv) {
    if (access(exe, X_OK) != 0) return;
    tier_note("2, native executable %s", exe);
    execv(exe, argv);
    tier_note("cannot run %s (%s); tier 1", exe, strerror(errno));
}

/* ---------------------------------------------------------------- watcher */

/* Everything the builder needs, captured before the program runs: it may change its
 * directory or environment. */
typedef struct Watch {
    struct timespec due;  /* on this process's CPU clock */
    char *self, *cwd;
    char **argv, **envp;
} Watch;

static double threshold_seconds(void) {
    const char *e = getenv("TRC_TIER_AFTER");
    if (e && *e) {
        char *end;
        double s = strtod(e, &end);
        if (!*end && s >= 0 && s < 1e9) return s;
    }
    return 0.5;
}

/* Start the builder and reap it (it forks the worker and exits at once, so it never
 * shows up in the program's own wait() calls). */
static void start_builder(Watch *w) {
    posix_spawn_file_actions_t fa;
    posix_spawn_file_actions_init(&fa);
    posix_spawn_file_actions_addopen(&fa, 0, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&fa, 1, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&fa, 2, "/dev/null", O_WRONLY, 0);
    if (w->cwd) posix_spawn_file_actions_addchdir_np(&fa, w->cwd);
    posix_spawnattr_t at;
    posix_spawnattr_init(&at);
    sigset_t none, dfl;
    sigemptyset(&none);
    sigemptyset(&dfl);
    int sigs[] = {SIGINT, SIGQUIT, SIGTERM, SIGHUP, SIGPIPE, SIGCHLD}; /* the program may ignore them */
    for (size_t i = 0; i < sizeof sigs / sizeof sigs[0]; i++) sigaddset(&dfl, sigs[i]);
    posix_spawnattr_setsigmask(&at, &none);
    posix_spawnattr_setsigdefault(&at, &dfl);
    posix_spawnattr_setflags(&at, POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF);
    pid_t pid;
    if (posix_spawn(&pid, w->self, &fa, &at, w->argv, w->envp) == 0)
        while (waitpid(pid, NULL, 0) < 0 && errno == EINTR) {}
    posix_spawn_file_actions_destroy(&fa);
    posix_spawnattr_destroy(&at);
}

static void *watch_thread(void *arg) {
    Watch *w = arg;
    while (clock_nanosleep(CLOCK_PROCESS_CPUTIME_ID, TIMER_ABSTIME, &w->due, NULL) == EINTR) {}
    start_builder(w);
    return NULL;
}

void tier_watch(BuildOptions *o, const char *input, const char *exe) {
    char *failed = format("%s.failed", exe);
    bool skip = is_file(exe) || is_file(failed);
    free(failed);
    if (skip) return;
    Watch *w = xmalloc(sizeof *w);
    char buf[4096];
    ssize_t n = readlink("/proc/self/exe", buf, sizeof buf - 1);
    if (n <= 0) return;
    buf[n] = 0;
    w->self = xstrdup(buf);
    w->cwd = getcwd(buf, sizeof buf) ? xstrdup(buf) : NULL;
    Vec argv = {0};
    vec_push(&argv, w->self);
    vec_push(&argv, "__tier2");
    vec_push(&argv, format("-O%d", o->opt_level));
    if (o->debug) vec_push(&argv, "-g");
    vec_push(&argv, "-o");
    vec_push(&argv, (char *)exe);
    vec_push(&argv, (char *)input);
    vec_push(&argv, NULL);
    w->argv = (char **)argv.data;
    Vec envp = {0};
    for (char **e = environ; *e; e++) vec_push(&envp, xstrdup(*e));
    vec_push(&envp, NULL);
    w->envp = (char **)envp.data;
    double after = threshold_seconds();
    if (after == 0) { /* at once, before the program runs: deterministic, for tests */
        tier_note("1; tier 2 is being built");
        start_builder(w);
        return;
    }
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &w->due);
    w->due.tv_sec += (time_t)after;
    w->due.tv_nsec += (long)((after - (double)(time_t)after) * 1e9);
    if (w->due.tv_nsec >= 1000000000L) { w->due.tv_sec++; w->due.tv_nsec -= 1000000000L; }
    /* every signal blocked in the watcher: Ctrl-C and the rest go to the program's thread */
    sigset_t all, old;
    sigfillset(&all);
    pthread_sigmask(SIG_SETMASK, &all, &old);
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
    pthread_attr_setstacksize(&attr, 64 * 1024);
    pthread_t t;
    if (pthread_create(&t, &attr, watch_thread, w) == 0)
        tier_note("1; a build of tier 2 starts after %.2f s of CPU time", after);
    pthread_attr_destroy(&attr);
    pthread_sigmask(SIG_SETMASK, &old, NULL);
}

/* ---------------------------------------------------------------- builder */

static struct {
    char *exe, *tmp, *lock, *log;
    int lock_fd;
    bool building; /* the sources are those EXE names: a failure from here on is kept */
    bool done;     /* built and published */
} B = {.lock_fd = -1};

static void builder_exit(void) {
    if (B.tmp) unlink(B.tmp);
    if (B.log) {
        if (B.done || !B.building) unlink(B.log);
        else {
            char *failed = format("%s.failed", B.exe);
            rename(B.log, failed);
        }
    }
    if (B.lock_fd >= 0) unlink(B.lock); /* still ours: see take_lock */
}

/* An exclusive lock on path that dies with its holder (flock), so a killed builder
 * leaves no stale lock; the file is removed by the holder when done, hence the check
 * that the locked file is still the one under that name. */
static int take_lock(const char *path) {
    for (;;) {
        int fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0644);
        if (fd < 0) return -1;
        if (flock(fd, LOCK_EX | LOCK_NB) != 0) { close(fd); return -1; }
        struct stat a, b;
        if (fstat(fd, &a) == 0 && stat(path, &b) == 0 && a.st_ino == b.st_ino && a.st_dev == b.st_dev) return fd;
        close(fd);
    }
}

/* One of the machine-wide build slots of this cache directory (half the CPUs, at least
 * one), held with flock until the worker exits; false when all are busy: a test suite
 * of long programs must not start dozens of compilers at once (the next long run of
 * each asks again). */
static bool take_slot(const char *exe) {
    long ncpu = sysconf(_SC_NPROCESSORS_ONLN);
    int slots = ncpu >= 4 ? (int)(ncpu / 2) : 1;
    const char *slash = strrchr(exe, '/');
    int dirlen = slash ? (int)(slash - exe) : 1;
    for (int i = 0; i < slots; i++) {
        char *path = format("%.*s/tier2-slot-%d.lock", dirlen, slash ? exe : ".", i);
        int fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0644);
        free(path);
        if (fd < 0) return false;
        if (flock(fd, LOCK_EX | LOCK_NB) == 0) return true; /* kept open: the lock lives on */
        close(fd);
    }
    return false;
}

bool tier_builder_start(const char *exe) {
    close_range(3, ~0U, 0); /* the program's files, pipes and sockets are not ours to hold */
    B.exe = xstrdup(exe);
    B.lock = format("%s.lock", exe);
    /* locked before the foreground reaps this process: once `trc run` is back, a build
     * it started shows as a lock file (tests/cli/tier.sh waits for it to go) */
    if ((B.lock_fd = take_lock(B.lock)) < 0) return false;
    if (is_file(exe) || !take_slot(exe)) { /* a builder that just finished; all slots busy */
        unlink(B.lock);
        return false;
    }
    pid_t pid = fork();  /* the worker inherits both locks */
    if (pid < 0) { unlink(B.lock); return false; }
    if (pid > 0) _exit(0); /* the foreground reaps this one; the worker goes on alone */
    setsid();              /* no terminal's Ctrl-C or hang-up reaches it */
    /* low priority, and so the compilers it starts; only here: the first process, which
     * the foreground waits for, must not queue behind every busy process of the machine */
    setpriority(PRIO_PROCESS, 0, 19);
    atexit(builder_exit);
    B.log = format("%s.log", exe);
    int fd = open(B.log, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd >= 0) { dup2(fd, 2); close(fd); }
    B.tmp = format("%s.%d.tmp", exe, (int)getpid());
    return true;
}

const char *tier_builder_output(void) { return B.tmp; }

int tier_builder_finish(int status) {
    if (status == 0 && rename(B.tmp, B.exe) != 0) {
        fprintf(stderr, "trc: cannot rename %s to %s: %s\n", B.tmp, B.exe, strerror(errno));
        status = 3;
    }
    B.done = status == 0;
    return status;
}

void tier_builder_confirm(void) { B.building = true; }
