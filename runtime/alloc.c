/* alloc.c — every allocation of the runtime goes through here (Boehm GC).
 * Scanned memory for objects that hold TrValues; atomic memory for bytes and limbs.
 * Out of memory cannot be raised as an exception safely, so it ends the program.
 * TRC_GC_STRESS=N in the environment forces a full collection every N allocations, so
 * that tests catch values the collector cannot see (unregistered roots). */
#include "tr.h"
#include <stdlib.h>

static unsigned long gc_stress_period, allocations_left;

void tr_alloc_init(void) {
    const char *stress = getenv("TRC_GC_STRESS");
    gc_stress_period = stress ? strtoul(stress, NULL, 10) : 0;
    allocations_left = gc_stress_period;
}

static inline void maybe_collect(void) {
    if (TR_UNLIKELY(gc_stress_period) && --allocations_left == 0) {
        allocations_left = gc_stress_period;
        GC_gcollect();
    }
}

static void out_of_memory(void) {
    fflush(stdout);
    fputs("MemoryError\n", stderr);
    exit(1);
}

void *tr_alloc(size_t size) {
    maybe_collect();
    void *p = GC_MALLOC(size ? size : 1);
    if (!p) out_of_memory();
    return p;
}

void *tr_alloc_atomic(size_t size) {
    maybe_collect();
    void *p = GC_MALLOC_ATOMIC(size ? size : 1);
    if (!p) out_of_memory();
    return p;
}

void *tr_realloc(void *p, size_t size) {
    void *q = GC_REALLOC(p, size ? size : 1);
    if (!q) out_of_memory();
    return q;
}

TrValue tr_object_alloc(TrType *type, size_t size) {
    TrObject *o;
    if ((type->flags & TR_TF_ATOMIC) && !(type->flags & TR_TF_HEAPTYPE)) {
        o = tr_alloc_atomic(size);
        memset(o, 0, size);
    } else {
        o = tr_alloc(size);
    }
    o->type = type;
    return o;
}

void tr_add_roots(void *start, size_t size) { GC_add_roots(start, (char *)start + size); }
