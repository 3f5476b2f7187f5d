/* build.h — the driver's interface to the C toolchain (build.c): where the runtime
 * lives, how a program's C units become objects (cached) and an executable. */
#ifndef TRC_BUILD_H
#define TRC_BUILD_H
#include "trc.h"

typedef struct Toolchain {
    char *cc;            /* $CC or cc */
    char *cc_identity;   /* `cc --version` text, part of the cache key */
    char *libdir;        /* libtrc_rt.a, libtrc_std.a */
    char *incdir;        /* tr.h */
    char *header_path;
    char *cachedir;      /* content-addressed objects */
} Toolchain;

typedef struct BuildOptions {
    int opt_level;       /* -O0 .. -O3 */
    bool debug;          /* -g */
    bool keep_c;         /* --keep-c */
    bool use_cache;      /* not --no-cache */
    bool sanitize;       /* TRC_SANITIZE=1: ASan+UBSan in generated code */
} BuildOptions;

/* One generated C file. */
typedef struct CUnit {
    char *name;          /* module name, for messages */
    char *c_text;
    size_t c_len;
    char *c_path, *tmp_obj, *obj_path;
    bool cached;
} CUnit;

void toolchain_init(Toolchain *tc);
/* Compile every unit (in parallel, through the cache) and link; 0 on success. */
int build_executable(Toolchain *tc, BuildOptions *o, CUnit *units, int n, const char *output);

#endif
