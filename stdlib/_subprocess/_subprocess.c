/* _subprocess.c — the C core of `subprocess`: starting a child with fork/exec and
 * waiting for it (pipes, reads, writes and closes are the os module's; a write to a
 * reader that is gone raises BrokenPipeError since the runtime ignores SIGPIPE).
 *
 * Plain POSIX rather than libuv: a child is started with fork() + execve() and a
 * close-on-exec "error pipe", as CPython's _posixsubprocess does — if the exec (or the
 * chdir before it) fails, the child writes its errno and the failing stage to the pipe
 * and the parent raises the same OSError (FileNotFoundError: [Errno 2] No such file or
 * directory: 'prog'); a successful exec closes the pipe and the parent reads nothing.
 * Everything the child needs (argv, envp, the candidate paths of the program, the
 * groups) is built before fork(), so the child only makes system calls — unless the
 * program gives a preexec_fn, which runs compiled code in the child as CPython's does
 * (the collector and the GIL are told about the fork then, as for os.fork).
 *
 * Blocking system calls (waitpid, read) each sit in one small function that
 * drops the global interpreter lock while it waits. */
#include "tr.h"
#include <errno.h>
#include <fcntl.h>
#include <gc.h>
#include <grp.h>
#include <signal.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

/* ---------------------------------------------------------------- blocking calls */

/* Each drops the GIL while it waits: other threads run meanwhile. */
static pid_t blocking_waitpid(pid_t pid, int *status, int options) {
    return TR_WITHOUT_GIL(pid_t, waitpid(pid, status, options));
}
static ssize_t blocking_read(int fd, void *buf, size_t n) { return TR_WITHOUT_GIL(ssize_t, read(fd, buf, n)); }

/* ---------------------------------------------------------------- arguments */

static int fd_arg(TrValue v, int *fd) {
    int64_t i;
    if (tr_index(v, &i) < 0) return -1;
    if (i < INT32_MIN || i > INT32_MAX) {
        tr_err(TR_EXC_TYPE(OverflowError), "fd is greater than maximum");
        return -1;
    }
    *fd = (int)i;
    return 0;
}

/* A str or bytes argument as a NUL-terminated C string (embedded NULs refused). */
static const char *cstring_arg(TrValue v) {
    const char *s;
    size_t n;
    if (tr_str_check(v)) {
        s = tr_str_cstr(v);
        n = TR_STR(v)->len;
    } else if (tr_bytes_check(v)) {
        s = ((TrBytes *)v)->data;
        n = ((TrBytes *)v)->len;
    } else {
        tr_err(TR_EXC_TYPE(TypeError), "expected str, bytes or os.PathLike object, not %s", TR_TYPE_NAME(v));
        return NULL;
    }
    if (strlen(s) != n) {
        tr_err(TR_EXC_TYPE(ValueError), "embedded null byte");
        return NULL;
    }
    return s;
}

/* A list of str/bytes as a NULL-terminated char* array. */
static char **cstring_array(TrValue list) {
    TrValue items = tr_list_from_iterable(list);
    if (!items) return NULL;
    size_t n = TR_LIST(items)->len;
    char **out = tr_alloc((n + 1) * sizeof *out);
    for (size_t i = 0; i < n; i++)
        if (!(out[i] = (char *)cstring_arg(tr_list_items(TR_LIST(items))[i]))) return NULL;
    out[n] = NULL;
    return out;
}

/* The paths execve() tries for `program`: itself if it names a directory part,
 * else each directory of `path` (a PATH string) joined with it. */
static char **candidate_paths(const char *program, const char *path) {
    if (strchr(program, '/') || !*program) {
        char **one = tr_alloc(2 * sizeof *one);
        one[0] = (char *)program;
        return one;
    }
    size_t dirs = 1;
    for (const char *p = path; *p; p++) dirs += *p == ':';
    char **out = tr_alloc((dirs + 1) * sizeof *out);
    size_t k = 0, plen = strlen(program);
    for (const char *p = path;; p++) {
        const char *end = strchr(p, ':');
        size_t dlen = end ? (size_t)(end - p) : strlen(p);
        char *full = tr_alloc_atomic(dlen + plen + 3);
        if (dlen == 0) strcpy(full, program); /* an empty entry is the current directory */
        else {
            memcpy(full, p, dlen);
            full[dlen] = '/';
            strcpy(full + dlen + 1, program);
        }
        out[k++] = full;
        if (!end) break;
        p = end;
    }
    out[k] = NULL;
    return out;
}

/* ---------------------------------------------------------------- the child */

extern char **environ;

enum { STAGE_EXEC = 1, STAGE_CWD = 2, STAGE_SETUP = 3, STAGE_PREEXEC = 4 };

/* What the child reports through the error pipe before it exits. */
typedef struct ChildError { int err, stage; } ChildError;

static TR_NORETURN void child_fail(int errpipe, int stage) {
    ChildError e = {errno, stage};
    ssize_t ignored = write(errpipe, &e, sizeof e);
    (void)ignored;
    _exit(255);
}

/* Make `fd` the child's descriptor `target` (-1: leave the inherited one). */
static int child_install(int fd, int target) {
    if (fd < 0) return 0;
    if (fd == target) {
        int flags = fcntl(fd, F_GETFD);
        return flags < 0 ? -1 : fcntl(fd, F_SETFD, flags & ~FD_CLOEXEC);
    }
    return dup2(fd, target) < 0 ? -1 : 0;
}

typedef struct ChildSpec {
    char **argv, **envp, **paths; /* envp NULL: the environment of the child at the exec */
    const char *cwd;
    int fds[3];          /* the child's stdin, stdout, stderr, or -1 to inherit */
    int *pass_fds;
    size_t npass;
    bool close_fds, new_session, restore_signals;
    int umask;           /* -1: inherit */
    int64_t pgid;        /* -1: stay in the parent's process group */
    gid_t *groups;       /* supplementary groups when set_groups */
    size_t ngroups;
    bool set_groups;
    uint32_t gid, uid;   /* (uint32_t)-1: unchanged */
    TrValue preexec_fn;  /* 0: none */
} ChildSpec;

/* In CPython's order: descriptors, cwd, umask, signals, session, process group, groups,
 * gid, uid, preexec_fn, closing descriptors, exec. */
static TR_NORETURN void child_exec(const ChildSpec *s, int errpipe) {
    int fds[3] = {s->fds[0], s->fds[1], s->fds[2]};
    /* a descriptor that an earlier dup2 would overwrite is moved out of the way first */
    if (fds[1] == 0 && (fds[1] = dup(fds[1])) < 0) child_fail(errpipe, STAGE_SETUP);
    if ((fds[2] == 0 || fds[2] == 1) && (fds[2] = dup(fds[2])) < 0) child_fail(errpipe, STAGE_SETUP);
    for (int i = 0; i < 3; i++)
        if (child_install(fds[i], i) < 0) child_fail(errpipe, STAGE_SETUP);
    if (s->cwd && chdir(s->cwd) < 0) child_fail(errpipe, STAGE_CWD);
    if (s->umask >= 0) umask((mode_t)s->umask);
    if (s->restore_signals) tr_restore_child_signals(); /* SIGPIPE, SIGXFSZ default again */
    if (s->new_session && setsid() < 0) child_fail(errpipe, STAGE_SETUP);
    if (s->pgid >= 0 && setpgid(0, (pid_t)s->pgid) < 0) child_fail(errpipe, STAGE_SETUP);
    if (s->set_groups && setgroups(s->ngroups, s->groups) < 0) child_fail(errpipe, STAGE_SETUP);
    if (s->gid != (uint32_t)-1 && setregid((gid_t)s->gid, (gid_t)s->gid) < 0) child_fail(errpipe, STAGE_SETUP);
    if (s->uid != (uint32_t)-1 && setreuid((uid_t)s->uid, (uid_t)s->uid) < 0) child_fail(errpipe, STAGE_SETUP);
    if (s->preexec_fn && !tr_call0(s->preexec_fn)) {
        errno = 0;
        child_fail(errpipe, STAGE_PREEXEC);
    }
    if (s->close_fds && close_range(3, ~0U, CLOSE_RANGE_CLOEXEC) < 0) {
        for (int fd = 3; fd < 1024; fd++) fcntl(fd, F_SETFD, FD_CLOEXEC);
    }
    for (size_t i = 0; i < s->npass; i++) fcntl(s->pass_fds[i], F_SETFD, 0);
    /* as CPython: the first error other than "not found here" wins */
    int saved = 0;
    for (char **p = s->paths; *p; p++) {
        execve(*p, s->argv, s->envp ? s->envp : environ);
        if (errno != ENOENT && errno != ENOTDIR && !saved) saved = errno;
    }
    if (saved) errno = saved;
    child_fail(errpipe, STAGE_EXEC);
}

/* An id argument the Python side has checked: an int >= 0, or None (unchanged). */
static int optional_id(TrValue v, const char *kind, uint32_t *out) {
    *out = (uint32_t)-1;
    return v == tr_None ? 0 : tr_as_id(v, kind, out);
}

/* fork_exec(args, executable, cwd, env, stdin_fd, stdout_fd, stderr_fd, close_fds,
 *           pass_fds, start_new_session, restore_signals, path,
 *           umask, process_group, gid, extra_groups, uid, preexec_fn) -> pid
 * env: list of "KEY=VALUE" or None (inherit); path: the PATH to search; umask -1,
 * process_group/gid/extra_groups/uid/preexec_fn None when not asked for.  None instead
 * of a pid: preexec_fn raised in the child (the caller raises SubprocessError). */
static TrValue sp_fork_exec(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_no_kwargs("fork_exec", kwnames) < 0 || tr_check_nargs("fork_exec", nargs, 18, 18) < 0) return 0;
    ChildSpec s = {0};
    if (!(s.argv = cstring_array(args[0]))) return 0;
    if (!s.argv[0]) return tr_err(TR_EXC_TYPE(ValueError), "args is empty");
    const char *program = cstring_arg(args[1]);
    if (!program) return 0;
    if (args[2] != tr_None && !(s.cwd = cstring_arg(args[2]))) return 0;
    if (args[3] == tr_None) s.envp = NULL; /* environ at the exec: preexec_fn may change it */
    else if (!(s.envp = cstring_array(args[3]))) return 0;
    for (int i = 0; i < 3; i++)
        if (fd_arg(args[4 + i], &s.fds[i]) < 0) return 0;
    s.close_fds = tr_truthy(args[7]);
    TrValue pass = tr_list_from_iterable(args[8]);
    if (!pass) return 0;
    s.npass = TR_LIST(pass)->len;
    s.pass_fds = tr_alloc_atomic((s.npass + 1) * sizeof(int));
    for (size_t i = 0; i < s.npass; i++)
        if (fd_arg(tr_list_items(TR_LIST(pass))[i], &s.pass_fds[i]) < 0) return 0;
    s.new_session = tr_truthy(args[9]);
    s.restore_signals = tr_truthy(args[10]);
    const char *path = cstring_arg(args[11]);
    if (!path) return 0;
    s.paths = candidate_paths(program, path);
    if (tr_as_c_int(args[12], &s.umask) < 0) return 0;
    s.pgid = -1;
    if (args[13] != tr_None && tr_index(args[13], &s.pgid) < 0) return 0;
    if (optional_id(args[14], "gid", &s.gid) < 0 || optional_id(args[16], "uid", &s.uid) < 0) return 0;
    if ((s.set_groups = args[15] != tr_None)) {
        TrValue groups = tr_list_from_iterable(args[15]);
        if (!groups) return 0;
        s.ngroups = TR_LIST(groups)->len;
        s.groups = tr_alloc_atomic((s.ngroups + 1) * sizeof(gid_t));
        for (size_t i = 0; i < s.ngroups; i++) {
            uint32_t g;
            if (tr_as_id(tr_list_items(TR_LIST(groups))[i], "gid", &g) < 0) return 0;
            s.groups[i] = (gid_t)g;
        }
    }
    if (args[17] != tr_None) s.preexec_fn = args[17];

    int errpipe[2];
    if (pipe2(errpipe, O_CLOEXEC) < 0) return tr_err_errno(TR_EXC_TYPE(OSError), 0);
    if (s.preexec_fn) GC_atfork_prepare();
    pid_t pid = fork();
    if (pid == 0) {
        close(errpipe[0]);
        if (s.preexec_fn) {
            GC_atfork_child();
            tr_gil_after_fork_child();
        }
        child_exec(&s, errpipe[1]);
    }
    int fork_errno = errno;
    if (s.preexec_fn) GC_atfork_parent();
    close(errpipe[1]);
    if (pid < 0) {
        close(errpipe[0]);
        errno = fork_errno;
        return tr_err_errno(TR_EXC_TYPE(OSError), 0);
    }
    ChildError e;
    size_t got = 0;
    while (got < sizeof e) {
        ssize_t r = blocking_read(errpipe[0], (char *)&e + got, sizeof e - got);
        if (r < 0 && errno == EINTR) continue;
        if (r <= 0) break;
        got += (size_t)r;
    }
    close(errpipe[0]);
    if (got < sizeof e) return tr_int_from_i64(pid); /* exec succeeded */
    int status;
    while (blocking_waitpid(pid, &status, 0) < 0 && errno == EINTR) {}
    if (e.stage == STAGE_PREEXEC) return tr_None;
    errno = e.err;
    TrValue filename = e.stage == STAGE_CWD ? args[2] : e.stage == STAGE_EXEC ? args[1] : 0;
    return tr_err_errno(TR_EXC_TYPE(OSError), filename);
}

/* waitpid(pid, nohang) -> (pid, returncode) ; (0, None) when nohang and still running.
 * The returncode is the exit status, or -N for a child killed by signal N. */
static TrValue sp_waitpid(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_no_kwargs("waitpid", kwnames) < 0 || tr_check_nargs("waitpid", nargs, 2, 2) < 0) return 0;
    int64_t pid;
    if (tr_index(args[0], &pid) < 0) return 0;
    int status = 0;
    pid_t r;
    while ((r = blocking_waitpid((pid_t)pid, &status, tr_truthy(args[1]) ? WNOHANG : 0)) < 0) {
        if (errno != EINTR) return tr_err_errno(TR_EXC_TYPE(OSError), 0);
        if (tr_handle_signals() < 0) return 0;
    }
    if (r == 0) return tr_tuple_pack(2, TR_FROM_SMALL(0), tr_None);
    int code = WIFSIGNALED(status) ? -WTERMSIG(status) : WIFEXITED(status) ? WEXITSTATUS(status) : status;
    return tr_tuple_pack(2, tr_int_from_i64(r), TR_FROM_SMALL(code));
}

/* devnull() -> a close-on-exec descriptor of /dev/null, read-write */
static TrValue sp_devnull(TrValue *args, size_t nargs, TrValue kwnames) {
    int fd = open("/dev/null", O_RDWR | O_CLOEXEC);
    if (fd < 0) return tr_err_errno(TR_EXC_TYPE(OSError), tr_str_from_cstr("/dev/null"));
    return TR_FROM_SMALL(fd);
}

/* fdopen(fd, mode) -> a file object over fd ('rb', 'wb', 'r', 'w') that closes it */
static TrValue sp_fdopen(TrValue *args, size_t nargs, TrValue kwnames) {
    int fd;
    if (tr_no_kwargs("fdopen", kwnames) < 0 || tr_check_nargs("fdopen", nargs, 2, 2) < 0 || fd_arg(args[0], &fd) < 0)
        return 0;
    if (!tr_str_check(args[1])) return tr_err(TR_EXC_TYPE(TypeError), "mode must be str");
    if (fd <= 2) { /* a standard stream's number would wrap stdin/stdout/stderr: move it */
        int moved = fcntl(fd, F_DUPFD_CLOEXEC, 3);
        if (moved < 0) return tr_err_errno(TR_EXC_TYPE(OSError), 0);
        close(fd);
        fd = moved;
    }
    char name[16];
    snprintf(name, sizeof name, "%d", fd);
    return tr_file_from_fd(fd, name, tr_str_cstr(args[1]));
}

/* kill(pid, signal); a process already reaped raises ProcessLookupError */
static TrValue sp_kill(TrValue *args, size_t nargs, TrValue kwnames) {
    int64_t pid, sig;
    if (tr_no_kwargs("kill", kwnames) < 0 || tr_check_nargs("kill", nargs, 2, 2) < 0) return 0;
    if (tr_index(args[0], &pid) < 0 || tr_index(args[1], &sig) < 0) return 0;
    if (kill((pid_t)pid, (int)sig) < 0) return tr_err_errno(TR_EXC_TYPE(OSError), 0);
    return tr_None;
}

/* signal_name(n) -> 'SIGKILL', or None for a number that names no signal */
static TrValue sp_signal_name(TrValue *args, size_t nargs, TrValue kwnames) {
    int64_t n;
    if (tr_no_kwargs("signal_name", kwnames) < 0 || tr_check_nargs("signal_name", nargs, 1, 1) < 0 ||
        tr_index(args[0], &n) < 0)
        return 0;
    const char *abbrev = n > 0 && n < NSIG ? sigabbrev_np((int)n) : NULL;
    return abbrev ? tr_str_fmt("SIG%s", abbrev) : tr_None;
}

static const TrMethodDef subprocess_functions[] = {
    {"fork_exec", sp_fork_exec}, {"waitpid", sp_waitpid}, {"devnull", sp_devnull},
    {"fdopen", sp_fdopen}, {"kill", sp_kill},
    {"signal_name", sp_signal_name}, {0},
};

TrValue trmod___subprocess_init(void) {
    static TrValue m;
    if (m) return m;
    m = tr_module_new("_subprocess", 0, NULL, NULL);
    tr_add_roots(&m, sizeof m);
    tr_module_add_functions(m, subprocess_functions);
    static const struct { const char *name; int value; } signals[] = {
        {"SIGTERM", SIGTERM}, {"SIGKILL", SIGKILL}, {0, 0},
    };
    for (int k = 0; signals[k].name; k++) tr_module_add(m, signals[k].name, TR_FROM_SMALL(signals[k].value));
    return m;
}
