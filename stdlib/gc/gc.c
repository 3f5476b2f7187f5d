/* gc.c — the `gc` module over Boehm GC: collect() runs a full collection, and
 * disable()/enable()/isenabled() switch automatic collection. trc's collector is not
 * reference counting with a cycle detector, so collect() returns 0 (CPython: the number
 * of unreachable objects it found) and there are no generations or thresholds. */
#include "tr.h"

static bool enabled = true;

static TrValue gc_collect(TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"generation", NULL};
    TrValue a[1];
    if (tr_parse_args("collect", args, nargs, kwnames, kw, 0, a) < 0) return 0;
    int64_t gen = 2;
    if (a[0] && tr_index(a[0], &gen) < 0) return 0;
    if (gen < 0 || gen > 2) return tr_err(TR_EXC_TYPE(ValueError), "invalid generation");
    GC_gcollect();
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
