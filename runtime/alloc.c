/* alloc.c — every allocation of the runtime goes through here (Boehm GC).
 * Scanned memory for objects that hold TrValues; atomic memory for bytes and limbs.
 * Out of memory cannot be raised as an exception safely, so it ends the program.
 * TRC_GC_STRESS=N in the environment forces a full collection every N allocations, so
 * that tests catch values the collector cannot see (unregistered roots).
 *
 * Small objects come from free lists of our own, one per size in granules (16 bytes
 * on 64-bit targets), refilled a block at a time by GC_generic_malloc_many: an
 * allocation is a pop, not a call into libgc (gc_inline.h's scheme, single-threaded:
 * the runtime runs Python code on one thread; a second mutator thread would need these
 * lists per thread).  The size classes are libgc's own, end byte included (see below).
 *  - Scanned lists are reachable from this file's static data, a root, through the
 *    links in the objects' first words, so the collector keeps their objects.  The
 *    uncleared kind's lists (GMP's blocks) are scanned too; what their objects held
 *    before can keep at most a block's worth of dead objects per size until popped.
 *  - Atomic objects are not scanned, so the collector cannot follow the links of an
 *    atomic list: its objects would be reclaimed while still on the list.  These lists
 *    are dropped when a collection starts marking (on_gc_event); the dropped objects
 *    are free and the sweep reclaims them.
 * Floats are atomic and exactly one granule: nobody takes a pointer one past a float's
 * end, the reason libgc adds a byte to every object when it recognises interior
 * pointers (which made a 16-byte float a 32-byte object).  Exact strs are the same
 * (tr_alloc_atomic_exact): their NUL is inside, so a pointer one past their bytes
 * still points into them. */
#include "tr.h"
#include <gc/gc_inline.h>
#include <gc/gc_mark.h>
#include <stdlib.h>

static unsigned long gc_stress_period, allocations_left;
static void GC_CALLBACK on_gc_event(GC_EventType event);

/* Ranges named by tr_exclude_roots before the collector started (trc names libtcc's
 * static data before the program it runs starts the runtime). */
#define MAX_EARLY_EXCLUSIONS 4
static struct { void *start, *end; } early_exclusions[MAX_EARLY_EXCLUSIONS];
static int n_early_exclusions;
static bool collector_started;

void tr_exclude_roots(void *start, void *end) {
    if (collector_started) {
        GC_exclude_static_roots(start, end);
    } else if (n_early_exclusions < MAX_EARLY_EXCLUSIONS) {
        early_exclusions[n_early_exclusions].start = start;
        early_exclusions[n_early_exclusions++].end = end;
    }
}

void tr_alloc_init(void) {
    collector_started = true;
    for (int i = 0; i < n_early_exclusions; i++) GC_exclude_static_roots(early_exclusions[i].start, early_exclusions[i].end);
    const char *stress = getenv("TRC_GC_STRESS");
    gc_stress_period = stress ? strtoul(stress, NULL, 10) : 0;
    allocations_left = gc_stress_period;
    if (gc_stress_period) tr_float_cells = NULL; /* see tr_float_new_slow */
    GC_set_on_collection_event(on_gc_event);
    tr_method_cache_unroot();
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

static void *scanned_fl[GC_TINY_FREELISTS], *uncleared_fl[GC_TINY_FREELISTS], *atomic_fl[GC_TINY_FREELISTS], *float_fl;

/* Cache blocks (tr_add_cache_block): one per compiled module and the method cache.
 * Each is an exclusion of libgc's, whose table holds 512; past MAX_CACHE_BLOCKS a
 * block stays a root and keeps its entries (as safe, only slower to collect). */
#define MAX_CACHE_BLOCKS 128
static struct { void *start; size_t size; } cache_blocks[MAX_CACHE_BLOCKS];
static int n_cache_blocks;

void tr_add_cache_block(void *start, size_t size) {
    for (int i = 0; i < n_cache_blocks; i++)
        if (cache_blocks[i].start == start) return; /* a module whose import failed runs its init again */
    if (n_cache_blocks == MAX_CACHE_BLOCKS) {
        tr_add_roots(start, size); /* storage libtcc allocated is no root otherwise */
        return;
    }
    cache_blocks[n_cache_blocks].start = start;
    cache_blocks[n_cache_blocks++].size = size;
    tr_exclude_roots(start, (char *)start + size);
}

/* A collection starts marking (the world is stopped): the atomic lists are dropped and
 * the cache blocks, which are no roots, emptied. */
static void GC_CALLBACK on_gc_event(GC_EventType event) {
    if (event == GC_EVENT_MARK_START) {
        memset(atomic_fl, 0, sizeof atomic_fl);
        float_fl = tr_float_cells = NULL;
        for (int i = 0; i < n_cache_blocks; i++) memset(cache_blocks[i].start, 0, cache_blocks[i].size);
    }
}

/* The next object of the free list *fl of `granules`-granule objects of kind. */
static inline void *pop(void **fl, size_t granules, int kind) {
    void *p = *fl;
    if (TR_UNLIKELY(!p)) {
        GC_generic_malloc_many(granules * GC_GRANULE_BYTES, kind, fl);
        p = *fl;
        if (!p) out_of_memory();
    }
    *fl = *(void **)p;
    return p;
}

/* Granules per allocation of size bytes, as libgc's GC_malloc rounds: the end byte it
 * adds when interior pointers are recognised, so that a pointer one past the end of
 * an object does not point into the next one (and, for scanned objects, because
 * libgc then never scans an object's last word).  The runtime keeps libgc's default,
 * interior pointers recognised: code compiled by gcc -O2 may hold only those. */
static inline size_t granules_of(size_t size) {
    return (size + 1 + GC_GRANULE_BYTES - 1) / GC_GRANULE_BYTES; /* + 1: the end byte */
}

void *tr_alloc(size_t size) {
    maybe_collect();
    size_t g = granules_of(size ? size : 1);
    if (TR_LIKELY(g < GC_TINY_FREELISTS)) {
        void *p = pop(&scanned_fl[g], g, GC_I_NORMAL);
        *(void **)p = NULL; /* the link; libgc cleared the rest */
        return p;
    }
    void *p = GC_MALLOC(size);
    if (!p) out_of_memory();
    return p;
}

/* Atomic memory of g granules for a request of size bytes (libgc's own rounding
 * beyond the free lists). */
static inline void *alloc_atomic_granules(size_t g, size_t size) {
    maybe_collect();
    if (TR_LIKELY(g < GC_TINY_FREELISTS)) return pop(&atomic_fl[g], g, GC_I_PTRFREE);
    void *p = GC_MALLOC_ATOMIC(size);
    if (!p) out_of_memory();
    return p;
}

void *tr_alloc_atomic(size_t size) { return alloc_atomic_granules(granules_of(size ? size : 1), size); }

/* Without the end byte: size rounded up to whole granules, as floats.  For objects
 * whose users never keep a pointer past their last byte. */
void *tr_alloc_atomic_exact(size_t size) {
    if (!size) size = 1; /* as tr_alloc_atomic: never a 0-granule list */
    return alloc_atomic_granules((size + GC_GRANULE_BYTES - 1) / GC_GRANULE_BYTES, size);
}

/* Scanned like tr_alloc's memory but not zeroed: a kind of our own (libgc's kinds
 * clear what they hand out unless told not to).  For GMP's blocks (obj_int.c), which
 * may hold pointers and are written before they are read; what a reused block held
 * before can only keep other objects alive longer, never break them. */
void *tr_alloc_uncleared(size_t size) {
    static int kind = -1;
    if (kind < 0) kind = (int)GC_new_kind(GC_new_free_list(), GC_DS_LENGTH, 1, 0);
    maybe_collect();
    size_t g = granules_of(size ? size : 1);
    if (TR_LIKELY(g < GC_TINY_FREELISTS)) return pop(&uncleared_fl[g], g, kind);
    void *p = GC_generic_malloc(size, kind);
    if (!p) out_of_memory();
    return p;
}

#define FLOAT_GRANULES ((sizeof(TrFloat) + GC_GRANULE_BYTES - 1) / GC_GRANULE_BYTES)

/* The float cells tr_float_new (tr.h) pops inline.  Under TRC_GC_STRESS they stay on
 * float_fl instead, so that every float goes through maybe_collect. */
void *tr_float_cells;

TrValue tr_float_new_slow(double d) {
    maybe_collect();
    TrFloat *f;
    if (gc_stress_period) {
        f = pop(&float_fl, FLOAT_GRANULES, GC_I_PTRFREE);
    } else {
        f = pop(&tr_float_cells, FLOAT_GRANULES, GC_I_PTRFREE);
    }
    f->ob.type = &tr_float_type;
    f->value = d;
    return (TrValue)f;
}

void *tr_realloc(void *p, size_t size) {
    void *q = GC_REALLOC(p, size ? size : 1);
    if (!q) out_of_memory();
    return q;
}

static __attribute__((noinline)) TrValue object_alloc_flagged(TrType *type, size_t size) {
    TrObject *o;
    if ((type->flags & TR_TF_ATOMIC) && !(type->flags & TR_TF_HEAPTYPE)) {
        o = tr_alloc_atomic(size);
        memset(o, 0, size);
    } else {
        o = tr_alloc(size);
    }
    o->type = type;
    if (type->flags & TR_TF_HAS_DEL) tr_del_track(o);
    return o;
}

TrValue tr_object_alloc(TrType *type, size_t size) {
    if (TR_UNLIKELY(type->flags & (TR_TF_ATOMIC | TR_TF_HAS_DEL))) return object_alloc_flagged(type, size);
    TrObject *o = tr_alloc(size);
    o->type = type;
    return o;
}

void tr_add_roots(void *start, size_t size) { GC_add_roots(start, (char *)start + size); }
