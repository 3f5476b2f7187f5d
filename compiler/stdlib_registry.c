/* stdlib_registry.c — the standard library modules: those implemented in C
 * (C files in stdlib/NAME/), each providing `TrValue trmod_NAME_init(void)` in the stdlib
 * archive, of which a program links only the ones it imports; and those written in
 * Tauraro (.tr files in stdlib/NAME/), carried in trc and compiled with the program like its own
 * modules (the table stdlib_sources is generated at build time). */
#include "trc.h"

static const char *const stdlib_modules[] = {
    "sys", "math", "time", "_asyncio", "__future__", "random", "_collections", "struct", "array", "io", "gc",
    "errno", "types", "_traceback", "cmath", "pwd", "grp", "termios", "fcntl", "resource", "mmap", "faulthandler",
    "os", "os.path", "posixpath", "json",
    "itertools", "functools", "copy", "operator", "binascii", "base64",
    "hashlib", "hmac", "re", "datetime",
    "_thread", "_serveit", "_httptools", "_curl", "_sqlite3", "_templa", "_websockets",
    "_codecs", "_clocale", "select", "_subprocess", "_socket", "_signal", "_weakref", "atexit", "zlib", "_bz2", "_lzma", "_expat", "_ssl", "builtins", "_imp", "unicodedata", "readline", "_curses", "_curses_panel", "_ctypes",
    NULL,
};

bool stdlib_has_module(const char *name) {
    for (int i = 0; stdlib_modules[i]; i++)
        if (!strcmp(stdlib_modules[i], name)) return true;
    return false;
}

const StdlibSource *stdlib_source(const char *name) {
    for (const StdlibSource *s = stdlib_sources; s->name; s++)
        if (!strcmp(s->name, name)) return s;
    return NULL;
}

/* Libraries a C module calls, with their Debian -dev package (also in the Makefile's
 * DEB_PACKAGES and STD_LIBS): linked only into programs that import the module, e.g.
 * {"re", "pcre2-8", "libpcre2-dev"}; static_lib names the static archive where Debian
 * ships it under another name (libuv1-dev: libuv_a.a); static_deps, the libraries a
 * static link needs after it (a shared library names its own) as "lib:package ...". */
static const struct { const char *module, *lib, *package, *static_lib, *static_deps; } module_libs[] = {
    {"_ssl", "ssl", "libssl-dev", NULL}, /* ahead of libcrypto, which it calls */
    {"_ssl", "crypto", "libssl-dev", NULL},
    {"hashlib", "crypto", "libssl-dev", NULL},
    {"hmac", "crypto", "libssl-dev", NULL}, /* in stdlib/hashlib */
    {"re", "pcre2-8", "libpcre2-dev", NULL},
    {"_asyncio", "uv", "libuv1-dev", "uv_a"},
    {"_websockets", "wslay", "libwslay-dev", NULL}, /* Debian has no libwslay.a */
    {"_serveit", "uv", "libuv1-dev", "uv_a"},
    {"_curl", "curl", "libcurl4-openssl-dev", NULL},
    {"_sqlite3", "sqlite3", "libsqlite3-dev", NULL},
    {"zlib", "z", "zlib1g-dev", NULL},
    {"_bz2", "bz2", "libbz2-dev", NULL},
    {"_lzma", "lzma", "liblzma-dev", NULL},
    {"_expat", "expat", "libexpat1-dev", NULL},
    {"_ctypes", "ffi", "libffi-dev", NULL},
    {"_ctypes", "dl", "libc6-dev", NULL}, /* in libc since glibc 2.34: an empty stub */
    {"readline", "edit", "libedit-dev", NULL, "tinfo:libncurses-dev bsd:libbsd-dev md:libmd-dev"},
    {"_curses_panel", "panelw", "libncurses-dev", NULL}, /* ahead of libncursesw, which it calls */
    {"_curses", "ncursesw", "libncurses-dev", NULL, "tinfo:libncurses-dev"},
    {NULL, NULL, NULL, NULL, NULL},
};

/* The -lNAME flags of the stdlib modules p imports (for a static link if static_link),
 * NULL-terminated; if packages is not NULL it gets their -dev packages, NULL-terminated
 * too. */
const char **stdlib_link_libs(Program *p, bool static_link, const char ***packages) {
    Vec libs = {0}, pkgs = {0};
    for (size_t i = 0; module_libs[i].module; i++) {
        Module *m = find_module(p, module_libs[i].module);
        if (!m || !m->is_stdlib) continue;
        const char *lib = static_link && module_libs[i].static_lib ? module_libs[i].static_lib : module_libs[i].lib;
        vec_push(&libs, format("-l%s", lib));
        vec_push(&pkgs, (char *)module_libs[i].package);
        const char *deps = static_link ? module_libs[i].static_deps : NULL;
        for (const char *d = deps; d && *d;) { /* "lib:package" words */
            size_t n = strcspn(d, ":"), m = strcspn(d + n + 1, " ");
            vec_push(&libs, format("-l%.*s", (int)n, d));
            vec_push(&pkgs, format("%.*s", (int)m, d + n + 1));
            d += n + 1 + m + (d[n + 1 + m] == ' ');
        }
    }
    vec_push(&libs, NULL);
    vec_push(&pkgs, NULL);
    if (packages) *packages = (const char **)pkgs.data;
    return (const char **)libs.data;
}

/* The runtime's 'namereplace' error handler (runtime/codec_handlers.c) finds character
 * names through a weak reference to stdlib/unicodedata's table: a program whose own
 * modules name the handler (or its function, codecs.namereplace_errors) links the
 * table; one that imports unicodedata has it anyway, others do not grow by it. */
const char **stdlib_link_symbols(Program *p) {
    Vec syms = {0};
    for (int i = 0; i < p->modules.len && !syms.len; i++) {
        Module *m = p->modules.data[i];
        if (!m->is_stdlib && !m->is_carried && (source_names(m->file, "namereplace") || source_names(m->file, "namereplace_errors")))
            vec_push(&syms, "-Wl,-u,tr_uniname_name");
    }
    vec_push(&syms, NULL);
    return (const char **)syms.data;
}
