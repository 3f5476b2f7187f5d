/* alloc.c — every allocation of the runtime goes through here (Boehm GC).
 * Scanned memory for objects that hold TrValues; atomic memory for bytes and limbs.
 * Out of memory cannot be raised as an exception safely, so it ends the program. */
#include "tr.h"
#include <stdlib.h>

static void out_of_memory(void) {
    fflush(stdout);
    fputs("MemoryError\n", stderr);
    exit(1);
}

void *tr_alloc(size_t size) {
    void *p = GC_MALLOC(size ? size : 1);
    if (!p) out_of_memory();
    return p;
}

void *tr_alloc_atomic(size_t size) {
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
