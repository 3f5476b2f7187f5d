/* gc.c — the `gc` module over Boehm GC.  collect() is tr_gc_collect (finalize.c): a
 * full collection, then the __del__ methods, generator closings and weak reference
 * callbacks of what it found dead, again while those released more.  It returns how
 * many objects with finalizers it found dead (CPython counts every unreachable object
 * of its cycle detector: the numbers differ).  disable()/enable() switch automatic
 * collection (collect() still works).  trc's collector has no generations: the
 * thresholds are kept and reported but do not drive it, and get_count() is an estimate
 * (kilobytes allocated since the last collection, no older generations). */
#include "tr.h"

static bool enabled = true;
static int64_t thresholds[3] = {700, 10, 10};

static TrValue gc_collect(TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"generation", NULL};
    TrValue a[1];
    if (tr_parse_args("collect", args, nargs, kwnames, kw, 0, a) < 0) return 0;
    int64_t gen = 2;
    if (a[0] && tr_index(a[0], &gen) < 0) return 0;
    if (gen < 0 || gen > 2) return tr_err(TR_EXC_TYPE(ValueError), "invalid generation");
    return tr_int_from_i64((int64_t)tr_gc_collect());
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

static TrValue gc_get_threshold(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("get_threshold", nargs, 0, 0) < 0) return 0;
    return tr_tuple_pack(3, tr_int_from_i64(thresholds[0]), tr_int_from_i64(thresholds[1]),
                         tr_int_from_i64(thresholds[2]));
}

static TrValue gc_set_threshold(TrValue *args, size_t nargs, TrValue kwnames) {
    if (kwnames) return tr_err(TR_EXC_TYPE(TypeError), "set_threshold() takes no keyword arguments");
    if (nargs < 1) return tr_err(TR_EXC_TYPE(TypeError), "set_threshold() takes at least 1 argument (0 given)");
    if (nargs > 3)
        return tr_err(TR_EXC_TYPE(TypeError), "set_threshold() takes at most 3 arguments (%zu given)", nargs);
    int64_t v[3];
    for (size_t i = 0; i < nargs; i++) {
        if (!TR_IS_SMALL(args[i]) && TR_TYPE(args[i]) == &tr_float_type)
            return tr_err(TR_EXC_TYPE(TypeError), "'float' object cannot be interpreted as an integer");
        if (tr_index(args[i], &v[i]) < 0) return 0;
    }
    for (size_t i = 0; i < nargs; i++) thresholds[i] = v[i];
    return tr_None;
}

static TrValue gc_get_count(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("get_count", nargs, 0, 0) < 0) return 0;
    return tr_tuple_pack(3, tr_int_from_i64((int64_t)(GC_get_bytes_since_gc() / 1024)), TR_FROM_SMALL(0),
                         TR_FROM_SMALL(0));
}

static TrValue gc_is_finalized(TrValue *args, size_t nargs, TrValue kwnames) {
    if (kwnames) return tr_err(TR_EXC_TYPE(TypeError), "gc.is_finalized() takes no keyword arguments");
    if (nargs != 1)
        return tr_err(TR_EXC_TYPE(TypeError), "gc.is_finalized() takes exactly one argument (%zu given)", nargs);
    return tr_bool(tr_is_finalized(args[0]));
}

static const TrMethodDef gc_functions[] = {
    {"collect", gc_collect},
    {"enable", gc_enable},
    {"disable", gc_disable},
    {"isenabled", gc_isenabled},
    {"get_threshold", gc_get_threshold},
    {"set_threshold", gc_set_threshold},
    {"get_count", gc_get_count},
    {"is_finalized", gc_is_finalized},
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
