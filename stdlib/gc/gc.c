/* gc.c — the `gc` module over Boehm GC: collect() runs a full collection, and
 * disable()/enable()/isenabled() switch automatic collection. trc's collector is not
 * reference counting with a cycle detector, so collect() returns 0 (CPython: the number
 * of unreachable objects it found) and there are no generations or thresholds.
 * collect() also runs the finalizers and weak reference callbacks of what it found
 * dead, and collects again while those released more (as CPython frees it all in one
 * call).  The collector is conservative: a dead object stays while a stale word on the
 * stack points to it, so collect() first clears the unused stack below its frame,
 * where the calls made before it left such words. */
#include "tr.h"

#define STALE_STACK_BYTES 16384
#define MAX_PASSES 3

static void __attribute__((noinline)) clear_stack_below(void) {
    volatile uintptr_t area[STALE_STACK_BYTES / sizeof(uintptr_t)];
    for (size_t i = 0; i < sizeof area / sizeof *area; i++) area[i] = 0;
}

static void collect_fully(void) {
    for (int pass = 0; pass < MAX_PASSES; pass++) {
        clear_stack_below();
        GC_gcollect();
        GC_invoke_finalizers();
        if (!tr_run_pending_calls()) break;
    }
}

static bool enabled = true;

static TrValue gc_collect(TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"generation", NULL};
    TrValue a[1];
    if (tr_parse_args("collect", args, nargs, kwnames, kw, 0, a) < 0) return 0;
    int64_t gen = 2;
    if (a[0] && tr_index(a[0], &gen) < 0) return 0;
    if (gen < 0 || gen > 2) return tr_err(TR_EXC_TYPE(ValueError), "invalid generation");
    collect_fully();
    return TR_FROM_SMALL(0);
}

static TrValue gc_enable(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("enable", nargs, 0, 0) < 0) return 0;
    if (!enabled) GC_enable();
    enabled = true;
    return tr_None;
}

static TrValue gc_disable(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("disable", nargs, 0, 0) < 0) return 0;
    if (enabled) GC_disable();
    enabled = false;
    return tr_None;
}

static TrValue gc_isenabled(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("isenabled", nargs, 0, 0) < 0) return 0;
    return tr_bool(enabled);
}

static const TrMethodDef gc_functions[] = {
    {"collect", gc_collect}, {"enable", gc_enable}, {"disable", gc_disable}, {"isenabled", gc_isenabled},
    {0},
};

TrValue trmod_gc_init(void) {
    static TrValue m;
    if (m) return m;
    m = tr_module_new("gc", 0, NULL, NULL);
    tr_add_roots(&m, sizeof m);
    tr_module_add_functions(m, gc_functions);
    return m;
}
