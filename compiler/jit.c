/* jit.c — `trc run` without a C compiler process: libtcc compiles the generated C in
 * memory and the program runs inside the trc process.  The runtime and stdlib are
 * linked into trc itself (built by cc at `make` time); their addresses reach libtcc
 * through the generated table jit_runtime_symbols, and libc/libgc/libgmp symbols are
 * resolved by libtcc from the process.  With the run cache (run_cache.c), the code is
 * first compiled to an object file of the cache, then loaded from there.
 * Assumes: the generated code registers its own global roots with the GC (G, K, BI and
 * M of each module call tr_add_roots), so memory libtcc maps needs no scanning; and
 * libtcc's own static data holds no GC pointers, so the collector skips it. */
#include "trc.h"
#include "build.h"
#ifndef TRC_NO_LIBTCC
#include <libtcc.h>
#include <unistd.h>

bool jit_available(void) { return true; }

/* Diagnostics from libtcc mean the emitter produced C that libtcc rejects: a bug. */
static void report_tcc_error(void *opaque, const char *msg) {
    fprintf(stderr, "trc: internal error: libtcc rejected the generated C: %s\n", msg);
}

static TCCState *new_state(Toolchain *tc, int output_type) {
    TCCState *s = tcc_new();
    if (!s) { fprintf(stderr, "trc: error: libtcc could not start\n"); exit(3); }
    tcc_set_error_func(s, NULL, report_tcc_error);
    tcc_set_options(s, "-w");
    tcc_set_output_type(s, output_type);
    /* tr.h as tools/flatten_headers.sh wrote it at make time (its macros expanded once),
     * ahead of the headers themselves */
    char *flattened = format("%s/libtcc", tc->incdir);
    tcc_add_include_path(s, flattened);
    free(flattened);
    tcc_add_include_path(s, tc->incdir);
    return s;
}

static int compile_units(TCCState *s, CUnit *units, int n) {
    for (int i = 0; i < n; i++)
        if (tcc_compile_string(s, units[i].c_text) < 0) return -1;
    return 0;
}

void tr_exclude_roots(void *start, void *end); /* runtime/tr.h */
/* The variables of compiler/libtcc_bounds.c, linked just before and just after libtcc. */
extern char libtcc_data_begin[], libtcc_data_end[], libtcc_bss_begin[], libtcc_bss_end[];

/* The collector scans trc's static data as roots at every collection of the program, and
 * libtcc's tables (~150 KiB) are nearly half of it: name them to the runtime as no roots.
 * (A link that did not bracket libtcc leaves the bounds out of order: nothing is named.) */
static void unroot(char *begin, char *end) {
    if ((uintptr_t)begin < (uintptr_t)end) tr_exclude_roots(begin, end);
}

static void unroot_libtcc_data(void) {
    unroot(libtcc_data_begin, libtcc_data_end);
    unroot(libtcc_bss_begin, libtcc_bss_end);
}

/* Link what s holds against the runtime in this process and call its main. */
static int relocate_and_run(TCCState *s, int argc, char **argv) {
    for (const JitSymbol *sym = jit_runtime_symbols; sym->name; sym++) tcc_add_symbol(s, sym->name, sym->addr);
    if (tcc_relocate(s, TCC_RELOCATE_AUTO) < 0) return 3;
    int (*program_main)(int, char **) = (int (*)(int, char **))tcc_get_symbol(s, "main");
    if (!program_main) { fprintf(stderr, "trc: internal error: generated program has no main\n"); return 3; }
    unroot_libtcc_data();
    return program_main(argc, argv);
}

int jit_run_units(Toolchain *tc, CUnit *units, int n, int argc, char **argv) {
    TCCState *s = new_state(tc, TCC_OUTPUT_MEMORY);
    if (compile_units(s, units, n) < 0) return 3;
    return relocate_and_run(s, argc, argv);
}

int jit_compile_object(Toolchain *tc, CUnit *units, int n, const char *path) {
    TCCState *s = new_state(tc, TCC_OUTPUT_OBJ);
    char *tmp = format("%s.%d.tmp", path, (int)getpid());
    int rc = compile_units(s, units, n) < 0 || tcc_output_file(s, tmp) < 0 || rename(tmp, path) != 0 ? -1 : 0;
    if (rc) unlink(tmp);
    tcc_delete(s);
    free(tmp);
    return rc;
}

int jit_run_object(Toolchain *tc, const char *path, int argc, char **argv) {
    TCCState *s = new_state(tc, TCC_OUTPUT_MEMORY);
    if (tcc_add_file(s, path) < 0) return 3;
    return relocate_and_run(s, argc, argv);
}

#else /* built without libtcc (make found no libtcc.h): trc run compiles with cc */

bool jit_available(void) { return false; }
int jit_run_units(Toolchain *tc, CUnit *units, int n, int argc, char **argv) { abort(); }
int jit_compile_object(Toolchain *tc, CUnit *units, int n, const char *path) { abort(); }
int jit_run_object(Toolchain *tc, const char *path, int argc, char **argv) { abort(); }
#endif
