/* os_exec.c — the os functions for running programs on terminals that pty needs:
 * dup, dup2, setsid, ttyname, forkpty, and the exec family (execv, execve, execvp,
 * execvpe, execl, execle, execlp, execlpe), following CPython 3.11's posixmodule.c and
 * os.py: the same argument checks and texts; a failed exec is an OSError from errno.
 * Assumes: os.c adds os_exec_functions to the module; the exec'd program replaces this
 * one, so Python-level buffers not flushed before are lost (as in CPython). */
#include "tr.h"
#include <errno.h>
#include <fcntl.h>
#include <gc.h>
#include <pty.h>
#include <stdlib.h>
#include <unistd.h>

static int int_arg(TrValue v, int *out) {
    int64_t i;
    if (tr_index(v, &i) < 0) return -1;
    *out = (int)i;
    return 0;
}

static TrValue os_dup(TrValue *args, size_t nargs, TrValue kwnames) {
    int fd;
    if (tr_no_kwargs("posix.dup", kwnames) < 0 || tr_check_nargs("posix.dup", nargs, 1, 1) < 0 || int_arg(args[0], &fd) < 0)
        return 0;
    int r = fcntl(fd, F_DUPFD_CLOEXEC, 0); /* not inheritable, as CPython's */
    return r < 0 ? tr_err_errno(TR_EXC_TYPE(OSError), 0) : tr_int_from_i64(r);
}

/* dup2(fd, fd2, inheritable=True) -> fd2 */
static TrValue os_dup2(TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"fd", "fd2", "inheritable", NULL};
    TrValue a[3];
    int fd, fd2, inheritable = 1;
    if (tr_parse_args("dup2", args, nargs, kwnames, kw, 2, a) < 0 || int_arg(a[0], &fd) < 0 || int_arg(a[1], &fd2) < 0)
        return 0;
    if (a[2] && (inheritable = tr_truthy(a[2])) < 0) return 0;
    int r = inheritable ? dup2(fd, fd2) : dup3(fd, fd2, O_CLOEXEC);
    return r < 0 ? tr_err_errno(TR_EXC_TYPE(OSError), 0) : tr_int_from_i64(r);
}

static TrValue os_setsid(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_no_kwargs("posix.setsid", kwnames) < 0 || tr_check_nargs("posix.setsid", nargs, 0, 0) < 0) return 0;
    return setsid() < 0 ? tr_err_errno(TR_EXC_TYPE(OSError), 0) : tr_None;
}

static TrValue os_ttyname(TrValue *args, size_t nargs, TrValue kwnames) {
    int fd;
    char name[256];
    if (tr_no_kwargs("posix.ttyname", kwnames) < 0 || tr_check_nargs("posix.ttyname", nargs, 1, 1) < 0 ||
        int_arg(args[0], &fd) < 0)
        return 0;
    int err = ttyname_r(fd, name, sizeof name);
    if (err) {
        errno = err;
        return tr_err_errno(TR_EXC_TYPE(OSError), 0);
    }
    return tr_fs_decode(name, strlen(name));
}

/* forkpty() -> (pid, master_fd): a child whose stdin, stdout and stderr are the slave
 * end of a new pseudo-terminal, with the collector and GIL readied as os.fork does */
static TrValue os_forkpty(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_no_kwargs("posix.forkpty", kwnames) < 0 || tr_check_nargs("posix.forkpty", nargs, 0, 0) < 0) return 0;
    int master = -1;
    GC_atfork_prepare();
    pid_t pid = forkpty(&master, NULL, NULL, NULL);
    if (pid == 0) {
        GC_atfork_child();
        tr_gil_after_fork_child();
        return tr_tuple_pack(2, tr_int_from_i64(0), tr_int_from_i64(-1));
    }
    int saved = errno;
    GC_atfork_parent();
    errno = saved;
    if (pid < 0) return tr_err_errno(TR_EXC_TYPE(OSError), 0);
    return tr_tuple_pack(2, tr_int_from_i64(pid), tr_int_from_i64(master));
}

/* ---------------------------------------------------------------- exec */

TrValue trmod_os_init(void);

/* a path argument as bytes for the C library (str, bytes or os.PathLike: os.fsencode);
 * NULL on error */
static const char *path_bytes(TrValue v) {
    TrValue fs = tr_call_method_cstr(trmod_os_init(), "fsencode", 1, v);
    return fs ? ((TrBytes *)fs)->data : NULL;
}

/* a NULL-terminated array of argv's (a tuple or list) items as C strings; NULL + the
 * error CPython raises (fname "execv" or "execve") */
static char **string_array(const char *fname, TrValue seq, bool is_argv) {
    if (!tr_tuple_check(seq) && !tr_list_check(seq)) {
        tr_err(TR_EXC_TYPE(TypeError), "%s() arg 2 must be a tuple or list", fname);
        return NULL;
    }
    TrValue items = tr_tuple_from_iterable(seq);
    if (!items) return NULL;
    size_t n = TR_TUPLE(items)->len;
    if (is_argv && n == 0) {
        tr_err(TR_EXC_TYPE(ValueError), "%s() arg 2 must not be empty", fname);
        return NULL;
    }
    char **out = GC_MALLOC((n + 1) * sizeof *out);
    for (size_t i = 0; i < n; i++) {
        const char *s = path_bytes(TR_TUPLE(items)->items[i]);
        if (!s) return NULL;
        if (is_argv && i == 0 && !*s) {
            tr_err(TR_EXC_TYPE(ValueError), "%s() arg 2 first element cannot be empty", fname);
            return NULL;
        }
        out[i] = (char *)s;
    }
    out[n] = NULL;
    return out;
}

/* env (a mapping) as "KEY=value" strings */
static char **environment(TrValue env) {
    TrValue keys = tr_call_method_cstr(env, "keys", 0), list = keys ? tr_list_from_iterable(keys) : 0;
    if (!list) return NULL;
    size_t n = TR_LIST(list)->len;
    char **out = GC_MALLOC((n + 1) * sizeof *out);
    for (size_t i = 0; i < n; i++) {
        TrValue k = tr_list_items(TR_LIST(list))[i], v = tr_getitem(env, k);
        const char *ks = v ? path_bytes(k) : NULL, *vs = ks ? path_bytes(v) : NULL;
        if (!vs) return NULL;
        if (!*ks || strchr(ks, '=')) {
            tr_err(TR_EXC_TYPE(ValueError), "illegal environment variable name");
            return NULL;
        }
        size_t len = strlen(ks) + strlen(vs) + 2;
        out[i] = GC_MALLOC_ATOMIC(len);
        snprintf(out[i], len, "%s=%s", ks, vs);
    }
    out[n] = NULL;
    return out;
}

/* The exec family in one: file searched along PATH when search, env a mapping or 0 */
static TrValue do_exec(const char *fname, TrValue file, TrValue argv, TrValue env, bool search) {
    const char *path = path_bytes(file);
    char **cargv = path ? string_array(fname, argv, true) : NULL;
    char **cenv = cargv && env ? environment(env) : NULL;
    if (!cargv || (env && !cenv)) return 0;
    extern char **environ;
    if (search) execvpe(path, cargv, cenv ? cenv : environ);
    else execve(path, cargv, cenv ? cenv : environ);
    return tr_err_errno(TR_EXC_TYPE(OSError), 0);
}

static TrValue os_execv(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_no_kwargs("posix.execv", kwnames) < 0 || tr_check_nargs("posix.execv", nargs, 2, 2) < 0) return 0;
    return do_exec("execv", args[0], args[1], 0, false);
}

static TrValue os_execve(TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"path", "argv", "env", NULL};
    TrValue a[3];
    if (tr_parse_args("execve", args, nargs, kwnames, kw, 3, a) < 0) return 0;
    return do_exec("execve", a[0], a[1], a[2], false);
}

static TrValue os_execvp(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_no_kwargs("execvp", kwnames) < 0 || tr_check_nargs("execvp", nargs, 2, 2) < 0) return 0;
    return do_exec("execv", args[0], args[1], 0, true);
}

static TrValue os_execvpe(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_no_kwargs("execvpe", kwnames) < 0 || tr_check_nargs("execvpe", nargs, 3, 3) < 0) return 0;
    return do_exec("execve", args[0], args[1], args[2], true);
}

/* execl(file, *args), execlp(file, *args); with e, the last argument is the environment */
static TrValue exec_list(const char *fname, TrValue *args, size_t nargs, TrValue kwnames, bool search, bool with_env) {
    if (tr_no_kwargs(fname, kwnames) < 0 || tr_check_nargs(fname, nargs, with_env ? 2 : 1, SIZE_MAX) < 0) return 0;
    size_t nlist = nargs - 1 - with_env;
    TrValue list = tr_tuple_pack(0);
    if (nlist) {
        TrValue l = tr_list_new(0);
        for (size_t i = 0; i < nlist; i++) tr_list_append(l, args[1 + i]);
        list = tr_tuple_from_iterable(l);
    }
    return do_exec(with_env ? "execve" : "execv", args[0], list, with_env ? args[nargs - 1] : 0, search);
}

static TrValue os_execl(TrValue *args, size_t nargs, TrValue kwnames) { return exec_list("execl", args, nargs, kwnames, false, false); }
static TrValue os_execle(TrValue *args, size_t nargs, TrValue kwnames) { return exec_list("execle", args, nargs, kwnames, false, true); }
static TrValue os_execlp(TrValue *args, size_t nargs, TrValue kwnames) { return exec_list("execlp", args, nargs, kwnames, true, false); }
static TrValue os_execlpe(TrValue *args, size_t nargs, TrValue kwnames) { return exec_list("execlpe", args, nargs, kwnames, true, true); }

const TrMethodDef os_exec_functions[] = {
    {"dup", os_dup}, {"dup2", os_dup2}, {"setsid", os_setsid}, {"ttyname", os_ttyname}, {"forkpty", os_forkpty},
    {"execv", os_execv}, {"execve", os_execve}, {"execvp", os_execvp}, {"execvpe", os_execvpe},
    {"execl", os_execl}, {"execle", os_execle}, {"execlp", os_execlp}, {"execlpe", os_execlpe}, {0},
};
