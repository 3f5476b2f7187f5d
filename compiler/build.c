/* build.c — turns generated C into an executable: compiles one object per module in
 * parallel (up to the number of CPUs) through a content-addressed object cache keyed
 * by the C text, the flags and the compiler's identity, then links against the runtime
 * and stdlib archives found relative to the trc executable.
 * Assumes: a POSIX system with fork/exec; $CC (default cc) accepts gcc-style flags. */
#include "trc.h"
#include "build.h"
#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

/* ---------------------------------------------------------------- paths */

static char *self_dir(void) {
    char buf[4096];
    ssize_t n = readlink("/proc/self/exe", buf, sizeof buf - 1);
    if (n <= 0) return xstrdup(".");
    buf[n] = 0;
    char *slash = strrchr(buf, '/');
    if (slash) *slash = 0;
    return xstrdup(buf);
}

/* <prefix>/bin/trc finds <prefix>/lib and <prefix>/include (in-tree: build/). */
void toolchain_init(Toolchain *tc) {
    char *bin = self_dir();
    tc->libdir = format("%s/../lib", bin);
    tc->incdir = format("%s/../include", bin);
    free(bin);
    const char *cc = getenv("CC");
    tc->cc = xstrdup(cc && *cc ? cc : "cc");
    const char *home = getenv("HOME");
    const char *xdg = getenv("XDG_CACHE_HOME");
    tc->cachedir = xdg && *xdg ? format("%s/trc", xdg) : format("%s/.cache/trc", home && *home ? home : "/tmp");
}

/* ---------------------------------------------------------------- hashing */

static void hash_file_identity(Hash *h, const char *path) {
    struct stat st;
    if (stat(path, &st) == 0) {
        hash_bytes(h, &st.st_mtime, sizeof st.st_mtime);
        hash_bytes(h, &st.st_size, sizeof st.st_size);
    }
    hash_str(h, path);
}

/* ---------------------------------------------------------------- processes */

static pid_t spawn(char **argv) {
    pid_t pid = fork();
    if (pid < 0) { perror("trc: fork"); exit(3); }
    if (pid == 0) {
        execvp(argv[0], argv);
        fprintf(stderr, "trc: cannot run %s: %s\n", argv[0], strerror(errno));
        _exit(127);
    }
    return pid;
}

static int wait_pid(pid_t pid) {
    int status;
    while (waitpid(pid, &status, 0) < 0)
        if (errno != EINTR) return -1;
    return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

static void write_file(const char *path, const char *data, size_t len) {
    FILE *f = fopen(path, "wb");
    if (!f || fwrite(data, 1, len, f) != len || fclose(f) != 0) {
        fprintf(stderr, "trc: error: cannot write %s: %s\n", path, strerror(errno));
        exit(3);
    }
}

/* ---------------------------------------------------------------- compile + link */

static void add_common_flags(Vec *argv, Toolchain *tc, BuildOptions *o) {
    vec_push(argv, tc->cc);
    vec_push(argv, "-std=gnu11");
    vec_push(argv, format("-O%d", o->opt_level));
    if (o->debug) vec_push(argv, "-g");
    vec_push(argv, "-fwrapv");
    vec_push(argv, "-w");
    if (o->sanitize) {
        vec_push(argv, "-fsanitize=address,undefined");
        vec_push(argv, "-fno-omit-frame-pointer");
        vec_push(argv, "-fno-sanitize-recover=undefined"); /* undefined behaviour fails the run */
    }
    vec_push(argv, format("-I%s", tc->incdir));
}

/* Compile each unit unless its object is cached; at most `jobs` compilers at once. */
static void compile_units(Toolchain *tc, BuildOptions *o, CUnit *units, int n) {
    long ncpu = sysconf(_SC_NPROCESSORS_ONLN);
    int jobs = ncpu > 0 ? (int)ncpu : 2;
    make_dirs(tc->cachedir);
    pid_t *pids = xmalloc(sizeof(pid_t) * n);
    int running = 0, failed = 0;
    for (int i = 0; i < n; i++) {
        CUnit *u = &units[i];
        Hash h = HASH_INIT;
        hash_bytes(&h, u->c_text, u->c_len);
        hash_str(&h, tc->cc);
        hash_str(&h, tc->cc_identity);
        hash_file_identity(&h, tc->header_path);
        char flags[64];
        snprintf(flags, sizeof flags, "O%d g%d s%d", o->opt_level, o->debug, o->sanitize);
        hash_str(&h, flags);
        u->obj_path = format("%s/%s.o", tc->cachedir, hash_hex(&h));
        if (o->use_cache && is_file(u->obj_path)) { u->cached = true; continue; }
        u->c_path = format("%s.%d.c", u->obj_path, (int)getpid());
        u->tmp_obj = format("%s.%d.tmp.o", u->obj_path, (int)getpid());
        write_file(u->c_path, u->c_text, u->c_len);
        if (running == jobs) {
            for (int k = 0; k < i; k++)
                if (pids[k] > 0) {
                    if (wait_pid(pids[k]) != 0) failed = 1;
                    pids[k] = 0;
                    running--;
                    break;
                }
        }
        Vec argv = {0};
        add_common_flags(&argv, tc, o);
        vec_push(&argv, "-c");
        vec_push(&argv, u->c_path);
        vec_push(&argv, "-o");
        vec_push(&argv, u->tmp_obj);
        vec_push(&argv, NULL);
        pids[i] = spawn((char **)argv.data);
        running++;
    }
    for (int i = 0; i < n; i++)
        if (!units[i].cached && pids[i] > 0 && wait_pid(pids[i]) != 0) failed = 1;
    for (int i = 0; i < n; i++) {
        CUnit *u = &units[i];
        if (u->cached) continue;
        if (!failed) rename(u->tmp_obj, u->obj_path);
        else unlink(u->tmp_obj);
        if (!o->keep_c) unlink(u->c_path);
        else fprintf(stderr, "trc: kept %s\n", u->c_path);
    }
    free(pids);
    if (failed) {
        fprintf(stderr, "trc: internal error: the C compiler rejected generated code\n");
        exit(3);
    }
}

/* The compiler's identity for the cache key: its full version text. */
static char *cc_identity(Toolchain *tc) {
    char *cmd = format("%s --version 2>/dev/null", tc->cc);
    FILE *p = popen(cmd, "r");
    free(cmd);
    StrBuf b = {0};
    if (p) {
        char buf[256];
        size_t n;
        while ((n = fread(buf, 1, sizeof buf, p)) > 0) sb_add(&b, buf, n);
        pclose(p);
    }
    sb_add(&b, "", 1);
    return b.data;
}

int build_executable(Toolchain *tc, BuildOptions *o, CUnit *units, int n, const char *output) {
    tc->cc_identity = cc_identity(tc);
    tc->header_path = format("%s/tr.h", tc->incdir);
    char *rt = format("%s/libtrc_rt.a", tc->libdir);
    if (!is_file(tc->header_path) || !is_file(rt)) {
        fprintf(stderr, "trc: error: runtime not found in %s (run make)\n", tc->libdir);
        exit(3);
    }
    compile_units(tc, o, units, n);
    Vec argv = {0};
    add_common_flags(&argv, tc, o);
    vec_push(&argv, "-o");
    vec_push(&argv, (char *)output);
    for (int i = 0; i < n; i++) vec_push(&argv, units[i].obj_path);
    vec_push(&argv, format("%s/libtrc_std.a", tc->libdir));
    vec_push(&argv, rt);
    const char *libs[] = {"-lgc", "-lgmp", "-lm", "-lpthread", NULL};
    for (int i = 0; libs[i]; i++) vec_push(&argv, (char *)libs[i]);
    vec_push(&argv, NULL);
    int rc = wait_pid(spawn((char **)argv.data));
    if (rc != 0) {
        fprintf(stderr, "trc: error: linking %s failed\n", output);
        return 3;
    }
    return 0;
}
