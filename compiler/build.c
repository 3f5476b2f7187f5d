/* build.c — turns generated C into an executable: compiles one object per module in
 * parallel (up to the number of CPUs) through a content-addressed object cache keyed
 * by the C text, the flags, the target and the compiler's identity, then links against
 * the runtime and stdlib archives found relative to the trc executable (a cross target's
 * under ../targets/TRIPLE, built by `make cross TARGET=TRIPLE`). --static links every
 * library statically and warns about glibc functions that still need shared libraries.
 * Assumes: a POSIX system with fork/exec; $CC (default cc) and the Debian cross
 * compilers TRIPLE-gcc accept gcc-style flags (-print-file-name, -Wl,--trace-symbol). */
#include "trc.h"
#include "build.h"
#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

/* ---------------------------------------------------------------- targets */

typedef struct Target { const char *triple, *deb_arch, *qemu; } Target;

static const Target known_targets[] = {
    {"x86_64-linux-gnu", "amd64", "qemu-x86_64-static"},
    {"aarch64-linux-gnu", "arm64", "qemu-aarch64-static"},
    {"arm-linux-gnueabihf", "armhf", "qemu-arm-static"},
};
#define N_TARGETS (int)(sizeof known_targets / sizeof known_targets[0])

#if defined(__x86_64__)
#define HOST_TRIPLE "x86_64-linux-gnu"
#elif defined(__aarch64__)
#define HOST_TRIPLE "aarch64-linux-gnu"
#elif defined(__arm__)
#define HOST_TRIPLE "arm-linux-gnueabihf"
#else
#define HOST_TRIPLE "unknown"
#endif

static bool is_host(const Target *t) { return !strcmp(t->triple, HOST_TRIPLE); }

static const Target *find_target(const char *triple) {
    for (int i = 0; i < N_TARGETS; i++)
        if (!strcmp(known_targets[i].triple, triple)) return &known_targets[i];
    return NULL;
}

static char *self_dir(void) {
    char buf[4096];
    ssize_t n = readlink("/proc/self/exe", buf, sizeof buf - 1);
    if (n <= 0) return xstrdup(".");
    buf[n] = 0;
    char *slash = strrchr(buf, '/');
    if (slash) *slash = 0;
    return xstrdup(buf);
}

static void toolchain_for(Toolchain *tc, const Target *t) {
    char *bin = self_dir();
    if (!t || is_host(t)) {
        tc->target = NULL;
        tc->deb_arch = t ? t->deb_arch : NULL;
        tc->libdir = format("%s/../lib", bin);
        tc->incdir = format("%s/../include", bin);
        const char *cc = getenv("CC");
        tc->cc = xstrdup(cc && *cc ? cc : "cc");
    } else {
        tc->target = t->triple;
        tc->deb_arch = t->deb_arch;
        tc->libdir = format("%s/../targets/%s/lib", bin, t->triple);
        tc->incdir = format("%s/../targets/%s/include", bin, t->triple);
        tc->cc = format("%s-gcc", t->triple);
    }
    tc->prebuilt_dir = format("%s/trc", tc->libdir);
    free(bin);
}

/* <prefix>/bin/trc finds <prefix>/lib and <prefix>/include (in-tree: build/), a cross
 * target's in <prefix>/targets/TRIPLE/{lib,include}. */
void toolchain_init(Toolchain *tc, const char *target) {
    const Target *t = NULL;
    if (target && !(t = find_target(target))) {
        fprintf(stderr, "trc: error: unknown target '%s'; known:", target);
        for (int i = 0; i < N_TARGETS; i++) fprintf(stderr, " %s", known_targets[i].triple);
        fprintf(stderr, " (trc targets shows what each needs)\n");
        exit(2);
    }
    toolchain_for(tc, t);
    const char *home = getenv("HOME");
    const char *xdg = getenv("XDG_CACHE_HOME");
    tc->cachedir = xdg && *xdg ? format("%s/trc", xdg) : format("%s/.cache/trc", home && *home ? home : "/tmp");
}

/* ---------------------------------------------------------------- hashing */

/* The bytes of a file (nothing if it cannot be read): the headers generated code
 * includes are keyed by content, so a copied or relocated trc tree keeps its cache. */
static void hash_file_contents(Hash *h, const char *path) {
    FILE *f = fopen(path, "rb");
    if (!f) return;
    char buf[8192];
    size_t n;
    while ((n = fread(buf, 1, sizeof buf, f)) > 0) hash_bytes(h, buf, n);
    fclose(f);
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
    vec_push(argv, "-ffp-contract=off"); /* a*b+c rounds twice, as in Python: no fused multiply-add */
    vec_push(argv, "-w");
    if (o->sanitize) {
        vec_push(argv, "-fsanitize=address,undefined");
        vec_push(argv, "-fno-omit-frame-pointer");
        vec_push(argv, "-fno-sanitize-recover=undefined"); /* undefined behaviour fails the run */
    }
    vec_push(argv, format("-I%s", tc->incdir));
}

/* What an object depends on besides its C text and flags: the target, the compiler
 * and the headers generated code includes. */
static Hash toolchain_key(Toolchain *tc) {
    Hash h = HASH_INIT;
    hash_str(&h, tc->target ? tc->target : "host");
    hash_str(&h, tc->cc);
    hash_str(&h, tc->cc_identity);
    hash_file_contents(&h, tc->header_path);
    char *compiled_h = format("%s/tr_compiled.h", tc->incdir);
    hash_file_contents(&h, compiled_h);
    free(compiled_h);
    return h;
}

/* A unit's object already compiled: in the user's cache, else among those `make`
 * prebuilt beside the runtime (the carried stdlib modules: trc __prebuild). */
static bool find_cached_object(Toolchain *tc, CUnit *u, const char *hex) {
    if (is_file(u->obj_path)) return true;
    char *prebuilt = format("%s/%s.o", tc->prebuilt_dir, hex);
    if (is_file(prebuilt)) {
        u->obj_path = prebuilt;
        return true;
    }
    free(prebuilt);
    return false;
}

int build_jobs(const BuildOptions *o) {
    long ncpu = sysconf(_SC_NPROCESSORS_ONLN);
    return o->jobs ? o->jobs : ncpu > 0 ? (int)ncpu : 2;
}

/* Wait for whichever compiler of pids[0..n) ends first; its exit status (0: success).
 * Assumes the compilers are this process's only children. */
static int wait_any(pid_t *pids, int n) {
    for (;;) {
        int status;
        pid_t pid = waitpid(-1, &status, 0);
        if (pid < 0 && errno == EINTR) continue;
        if (pid < 0) return -1;
        for (int i = 0; i < n; i++)
            if (pids[i] == pid) {
                pids[i] = 0;
                return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
            }
    }
}

static int by_size_desc(const void *a, const void *b) { /* CUnit *s of one array */
    const CUnit *x = *(CUnit *const *)a, *y = *(CUnit *const *)b;
    if (x->c_len != y->c_len) return x->c_len < y->c_len ? 1 : -1;
    return x < y ? -1 : x > y;
}

/* Compile each unit unless its object is cached; at most build_jobs(o) compilers at once,
 * the biggest units first (the parts of a big module, emit_split.c), each next one
 * started as soon as any compiler ends. */
static void compile_units(Toolchain *tc, BuildOptions *o, CUnit *units, int n) {
    int jobs = build_jobs(o);
    make_dirs(tc->cachedir);
    Hash key = toolchain_key(tc);
    CUnit **order = xmalloc(sizeof(CUnit *) * n);
    for (int i = 0; i < n; i++) order[i] = &units[i];
    qsort(order, n, sizeof(CUnit *), by_size_desc);
    pid_t *pids = xmalloc(sizeof(pid_t) * n);
    int running = 0, failed = 0;
    for (int j = 0; j < n; j++) {
        CUnit *u = order[j];
        Hash h = key;
        hash_bytes(&h, u->c_text, u->c_len);
        char flags[64];
        snprintf(flags, sizeof flags, "O%d g%d s%d", o->opt_level, o->debug, o->sanitize);
        hash_str(&h, flags);
        char *hex = hash_hex(&h);
        u->obj_path = format("%s/%s.o", tc->cachedir, hex);
        u->cached = o->use_cache && find_cached_object(tc, u, hex);
        free(hex);
        if (u->cached) continue;
        u->c_path = format("%s.%d.c", u->obj_path, (int)getpid());
        u->tmp_obj = format("%s.%d.tmp.o", u->obj_path, (int)getpid());
        write_file(u->c_path, u->c_text, u->c_len);
        if (running == jobs) {
            if (wait_any(pids, n) != 0) failed = 1;
            running--;
        }
        Vec argv = {0};
        add_common_flags(&argv, tc, o);
        vec_push(&argv, "-c");
        vec_push(&argv, u->c_path);
        vec_push(&argv, "-o");
        vec_push(&argv, u->tmp_obj);
        vec_push(&argv, NULL);
        pids[u - units] = spawn((char **)argv.data);
        running++;
    }
    for (; running; running--)
        if (wait_any(pids, n) != 0) failed = 1;
    for (int i = 0; i < n; i++) {
        CUnit *u = &units[i];
        if (u->cached) continue;
        if (!failed) rename(u->tmp_obj, u->obj_path);
        else unlink(u->tmp_obj);
        if (!o->keep_c) unlink(u->c_path);
        else fprintf(stderr, "trc: kept %s\n", u->c_path);
    }
    free(pids);
    free(order);
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

/* ---------------------------------------------------------------- libraries */

static bool in_path(const char *prog) {
    const char *path = getenv("PATH");
    if (strchr(prog, '/')) return access(prog, X_OK) == 0;
    for (const char *p = path ? path : "/usr/bin:/bin"; *p;) {
        const char *end = strchr(p, ':');
        size_t n = end ? (size_t)(end - p) : strlen(p);
        char *full = format("%.*s/%s", (int)n, p, prog);
        bool ok = access(full, X_OK) == 0;
        free(full);
        if (ok) return true;
        p += n + (end != NULL);
    }
    return false;
}

/* Whether the compiler's library search path has `file` (`cc -print-file-name` echoes
 * the bare name when it does not). */
static bool cc_finds(Toolchain *tc, const char *file) {
    char *cmd = format("%s -print-file-name=%s 2>/dev/null", tc->cc, file);
    FILE *p = popen(cmd, "r");
    free(cmd);
    char buf[4096] = "";
    if (p) {
        if (!fgets(buf, sizeof buf, p)) buf[0] = 0;
        pclose(p);
    }
    return strchr(buf, '/') != NULL;
}

/* The Debian packages missing for a link (dynamic or static) for tc's target: its cross
 * compiler, then the -dev packages of the libraries the link names (a target's libgc and
 * GMP may also come from its own lib directory, where make cross copies them);
 * NULL-terminated. */
static const char **missing_packages(Toolchain *tc, bool static_link, BuildOptions *o) {
    static const struct { const char *lib, *host_pkg, *cross_pkg; } libs[] = {
        {"libgc", "libgc-dev", "libgc-dev:%s"},
        {"libgmp", "libgmp-dev", "libgmp-dev:%s"},
        {"libc", "libc6-dev", "libc6-dev-%s-cross"},
    };
    Vec pkgs = {0};
    bool have_cc = !tc->target || in_path(tc->cc);
    if (!have_cc) {
        char *pkg = format("gcc-%s", tc->target);
        for (char *c = pkg; *c; c++) if (*c == '_') *c = '-';
        vec_push(&pkgs, pkg); /* brings the target's libc too */
    }
    for (size_t i = 0; i < sizeof libs / sizeof libs[0]; i++) {
        if (!have_cc && !strcmp(libs[i].lib, "libc")) continue;
        char *file = format("%s.%s", libs[i].lib, static_link ? "a" : "so");
        char *own = format("%s/%s", tc->libdir, file);
        if (!(tc->target && is_file(own)) && !(have_cc && cc_finds(tc, file)))
            vec_push(&pkgs, tc->target ? format(libs[i].cross_pkg, tc->deb_arch) : (char *)libs[i].host_pkg);
        free(own);
        free(file);
    }
    for (int i = 0; o && o->libs && o->libs[i]; i++) { /* "-lNAME" of an imported module */
        char *file = format("lib%s.%s", o->libs[i] + 2, static_link ? "a" : "so");
        char *own = format("%s/%s", tc->libdir, file);
        if (!(tc->target && is_file(own)) && !(have_cc && cc_finds(tc, file)))
            vec_push(&pkgs, tc->target ? format("%s:%s", o->lib_packages[i], tc->deb_arch) : (char *)o->lib_packages[i]);
    }
    vec_push(&pkgs, NULL);
    return (const char **)pkgs.data;
}

static char *join_words(const char **words) {
    StrBuf b = {0};
    for (int i = 0; words[i]; i++) {
        if (i) sb_add(&b, " ", 1);
        sb_add(&b, words[i], strlen(words[i]));
    }
    sb_add(&b, "", 1);
    return b.data;
}

static const char *target_name(Toolchain *tc) { return tc->target ? tc->target : HOST_TRIPLE; }

/* ---------------------------------------------------------------- static caveats */

/* glibc functions that a static executable still carries out through shared libraries
 * loaded at run time (which must then match the glibc it was linked with). */
static const struct { const char *symbol, *why; } static_caveats[] = {
    {"getaddrinfo", "NSS: host lookup"}, {"getnameinfo", "NSS: host lookup"},
    {"gethostbyname", "NSS: host lookup"}, {"gethostbyname_r", "NSS: host lookup"},
    {"gethostbyaddr", "NSS: host lookup"}, {"getservbyname", "NSS: service lookup"},
    {"getprotobyname", "NSS: protocol lookup"},
    {"getpwnam", "NSS: user lookup"}, {"getpwnam_r", "NSS: user lookup"},
    {"getpwuid", "NSS: user lookup"}, {"getpwuid_r", "NSS: user lookup"},
    {"getgrnam", "NSS: group lookup"}, {"getgrgid", "NSS: group lookup"},
    {"getgrouplist", "NSS: group lookup"}, {"initgroups", "NSS: group lookup"},
    {"dlopen", "loads shared libraries"}, {"iconv_open", "gconv modules are shared libraries"},
};
#define N_CAVEATS (int)(sizeof static_caveats / sizeof static_caveats[0])

/* The linker traced each caveat symbol (-Wl,--trace-symbol) on its standard error, a
 * line per input file: "ld: FILE: reference to SYM" when the program (or libgc, GMP)
 * calls it, "ld: FILE: definition of SYM" for libc.a's member (which libc's own static
 * dl support also pulls in, so a definition alone does not count, and a reference with
 * no definition is a weak one left unlinked: the runtime's iconv, codec_cjk.c).  Trace
 * lines are consumed, the rest of the linker's messages go through to our standard
 * error, then a warning for each symbol both referenced and linked. */
static bool line_ends(const char *line, size_t len, const char *kind, const char *sym) {
    size_t kn = strlen(kind), n = strlen(sym);
    return len >= kn + n && !memcmp(line + len - n, sym, n) && !memcmp(line + len - n - kn, kind, kn);
}

/* ld's own "warning: Using 'SYM' in statically linked applications requires ..." for
 * a caveat symbol (libcrypto.a's dlopen, getaddrinfo), which the warning above says */
static bool ld_static_warning(const char *line, size_t len) {
    static const char tail[] = "in statically linked applications requires at runtime the shared libraries from the glibc version used for linking";
    size_t tn = sizeof tail - 1;
    if (len < tn || memcmp(line + len - tn, tail, tn)) return false;
    for (int i = 0; i < N_CAVEATS; i++) {
        char *q = format("warning: Using '%s' ", static_caveats[i].symbol);
        if (memmem(line, len, q, strlen(q))) return true;
    }
    return false;
}

static void report_link_messages(const char *text) {
    bool referenced[N_CAVEATS] = {0}, defined[N_CAVEATS] = {0};
    for (const char *line = text; *line;) {
        const char *end = strchr(line, '\n');
        size_t len = end ? (size_t)(end - line) : strlen(line);
        /* "ld: FILE: in function `F':" introducing such a warning: drop both */
        if (end && memmem(line, len, ": in function `", 15)) {
            const char *next = end + 1, *nend = strchr(next, '\n');
            size_t nlen = nend ? (size_t)(nend - next) : strlen(next);
            if (ld_static_warning(next, nlen)) {
                line = next + nlen + (nend != NULL);
                continue;
            }
        }
        if (ld_static_warning(line, len)) {
            line += len + (end != NULL);
            continue;
        }
        bool traced = false;
        for (int i = 0; i < N_CAVEATS && !traced; i++) {
            const char *sym = static_caveats[i].symbol;
            bool ref = line_ends(line, len, "reference to ", sym), def = line_ends(line, len, "definition of ", sym);
            referenced[i] |= ref;
            defined[i] |= def;
            traced = ref || def;
        }
        if (!traced) fprintf(stderr, "%.*s\n", (int)len, line);
        line += len + (end != NULL);
    }
    for (int i = 0; i < N_CAVEATS; i++)
        if (referenced[i] && defined[i])
            fprintf(stderr, "trc: warning: the static executable calls %s (%s), which needs the "
                    "shared libraries of the glibc it was linked with at run time\n", static_caveats[i].symbol,
                    static_caveats[i].why);
}

/* Run argv with its standard error collected (the linker's messages); its exit status. */
static int run_capture_stderr(char **argv, StrBuf *err) {
    int fd[2];
    if (pipe(fd) < 0) { perror("trc: pipe"); exit(3); }
    pid_t pid = fork();
    if (pid < 0) { perror("trc: fork"); exit(3); }
    if (pid == 0) {
        dup2(fd[1], 2);
        close(fd[0]);
        close(fd[1]);
        execvp(argv[0], argv);
        fprintf(stderr, "trc: cannot run %s: %s\n", argv[0], strerror(errno));
        _exit(127);
    }
    close(fd[1]);
    char buf[4096];
    ssize_t n;
    while ((n = read(fd[0], buf, sizeof buf)) != 0)
        if (n > 0) sb_add(err, buf, (size_t)n);
        else if (errno != EINTR) break;
    close(fd[0]);
    sb_add(err, "", 1);
    return wait_pid(pid);
}

/* ---------------------------------------------------------------- link */

/* The runtime's archive and header, or a message saying how to build them. */
static char *runtime_archive(Toolchain *tc) {
    tc->header_path = format("%s/tr.h", tc->incdir);
    char *rt = format("%s/libtrc_rt.a", tc->libdir);
    if (!is_file(tc->header_path) || !is_file(rt)) {
        if (tc->target)
            fprintf(stderr, "trc: error: runtime for %s not found in %s (run make cross TARGET=%s)\n",
                    tc->target, tc->libdir, tc->target);
        else
            fprintf(stderr, "trc: error: runtime not found in %s (run make)\n", tc->libdir);
        exit(3);
    }
    return rt;
}

void compile_objects(Toolchain *tc, BuildOptions *o, CUnit *units, int n) {
    runtime_archive(tc);
    tc->cc_identity = cc_identity(tc);
    compile_units(tc, o, units, n);
}

/* Whether to link with gold: it takes about a third less CPU than the default bfd ld on
 * a program's link (0.16 s against 0.23 s, the largest fixed cost of a small program's
 * build).  Only for the host's dynamic, uninstrumented links by a driver that knows
 * -fuse-ld (GCC's or clang's) with ld.gold installed: a static link's messages are
 * parsed in bfd's wording (report_link_messages), and binutils may come without gold. */
static bool link_with_gold(Toolchain *tc, BuildOptions *o) {
    if (tc->target || o->static_link || o->sanitize || !in_path("ld.gold")) return false;
    return strstr(tc->cc_identity, "Free Software Foundation") || strstr(tc->cc_identity, "clang");
}

int build_executable(Toolchain *tc, BuildOptions *o, CUnit *units, int n, const char *output) {
    if (tc->target || o->static_link) {
        const char **missing = missing_packages(tc, o->static_link, o);
        if (missing[0]) {
            char *pkgs = join_words(missing);
            fprintf(stderr, "trc: error: a %slink for %s needs packages that are not installed: %s\n",
                    o->static_link ? "static " : "", target_name(tc), pkgs);
            if (tc->target)
                fprintf(stderr, "  (make deps TARGET=%s && make cross TARGET=%s in trc's source tree)\n",
                        tc->target, tc->target);
            else
                fprintf(stderr, "  (apt-get install %s)\n", pkgs);
            exit(3);
        }
    }
    char *rt = runtime_archive(tc);
    tc->cc_identity = cc_identity(tc);
    compile_units(tc, o, units, n);
    Vec argv = {0};
    add_common_flags(&argv, tc, o);
    if (link_with_gold(tc, o)) vec_push(&argv, "-fuse-ld=gold");
    if (tc->target) vec_push(&argv, format("-L%s", tc->libdir)); /* its libgc and GMP */
    if (o->static_link) {
        vec_push(&argv, "-static");
        for (int i = 0; i < N_CAVEATS; i++)
            vec_push(&argv, format("-Wl,--trace-symbol=%s", static_caveats[i].symbol));
    }
    vec_push(&argv, "-o");
    vec_push(&argv, (char *)output);
    for (int i = 0; i < n; i++) vec_push(&argv, units[i].obj_path);
    vec_push(&argv, format("%s/libtrc_std.a", tc->libdir));
    vec_push(&argv, rt);
    for (int i = 0; o->link_symbols && o->link_symbols[i]; i++) vec_push(&argv, (char *)o->link_symbols[i]);
    for (int i = 0; o->libs && o->libs[i]; i++) vec_push(&argv, (char *)o->libs[i]);
    /* libgc statically even in a dynamic executable: its allocation fast path then
     * reaches its thread-local free lists without a __tls_get_addr call (a tenth of
     * float-heavy programs' time) */
    const char *dynamic_libs[] = {"-Wl,-Bstatic", "-lgc", "-Wl,-Bdynamic", "-lgmp", "-lm", "-lpthread", NULL};
    const char *static_libs[] = {"-lgc", "-lgmp", "-lm", "-lpthread", NULL};
    const char **libs = o->static_link ? static_libs : dynamic_libs;
    for (int i = 0; libs[i]; i++) vec_push(&argv, (char *)libs[i]);
    vec_push(&argv, NULL);
    StrBuf messages = {0};
    int rc = o->static_link ? run_capture_stderr((char **)argv.data, &messages) : wait_pid(spawn((char **)argv.data));
    if (o->static_link) report_link_messages(messages.data);
    if (rc != 0) {
        fprintf(stderr, "trc: error: linking %s failed\n", output);
        return 3;
    }
    return 0;
}

/* ---------------------------------------------------------------- trc targets */

int list_targets(void) {
    printf("%-22s %s\n", "TARGET", "STATUS");
    for (int i = 0; i < N_TARGETS; i++) {
        const Target *t = &known_targets[i];
        Toolchain tc;
        toolchain_for(&tc, t);
        const char **dyn = missing_packages(&tc, false, NULL);
        const char **stat = missing_packages(&tc, true, NULL);
        bool runtime = is_file(format("%s/libtrc_rt.a", tc.libdir)) && is_file(format("%s/tr.h", tc.incdir));
        StrBuf b = {0};
        if (!dyn[0] && runtime)
            sb_printf(&b, stat[0] ? "ready (--static needs: %s)" : "ready, also --static", join_words(stat));
        else {
            sb_puts(&b, "missing:");
            if (dyn[0]) sb_printf(&b, " packages %s (make deps%s%s)", join_words(dyn),
                                  tc.target ? " TARGET=" : "", tc.target ? tc.target : "");
            if (!runtime) sb_printf(&b, "%s runtime archives (make %s%s)", dyn[0] ? ";" : "",
                                    tc.target ? "cross TARGET=" : "", tc.target ? tc.target : "");
        }
        if (tc.target) sb_printf(&b, "; runs on this machine with %s%s", t->qemu,
                                 in_path(t->qemu) ? "" : " (package qemu-user-static)");
        sb_add(&b, "", 1);
        printf("%-22s %s%s\n", t->triple, is_host(t) ? "(host) " : "", b.data);
    }
    return 0;
}
