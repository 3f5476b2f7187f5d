/* weak_list.c — a list of objects held weakly: the collector clears an entry when its
 * object dies (Boehm's disappearing links), and a full list first squeezes the cleared
 * entries out, so a list that sees many short-lived objects stays as long as its live
 * ones.  Used for the classes behind type.__subclasses__ and for asyncio's async
 * generators (CPython's WeakSet of them).
 * Assumes: the TrWeakList itself is in scanned memory or static data (its slots array is
 * GC memory that holds only hidden pointers, so it is allocated atomic); entries are
 * revealed only under the allocation lock, into scanned memory, so no collection can
 * fall between reading an entry and holding its object.  A slots array that is dropped
 * (replaced by a bigger one, or with its list) keeps its links registered: the collector
 * removes the links of memory that is no longer reachable before it frees it. */
#include "tr.h"
#include <gc/gc.h>

typedef struct { TrWeakList *list; TrValue *out; size_t n; } Reveal;

static void *reveal_live(void *data) {
    Reveal *r = data;
    for (size_t i = 0; i < r->list->len; i++)
        if (r->list->slots[i]) r->out[r->n++] = (TrValue)GC_REVEAL_POINTER(r->list->slots[i]);
    return NULL;
}

/* the live objects into out (room for l->len); their count */
static size_t live_objects(TrWeakList *l, TrValue *out) {
    Reveal r = {l, out, 0};
    GC_call_with_alloc_lock(reveal_live, &r);
    return r.n;
}

void tr_weak_list_add(TrWeakList *l, TrValue v) {
    if (l->len == l->cap) {
        TrValue *live = tr_alloc((l->len + 1) * sizeof(TrValue));
        size_t n = live_objects(l, live);
        l->cap = n < 8 ? 16 : 2 * n;
        l->slots = tr_alloc_atomic(l->cap * sizeof *l->slots);
        l->len = 0;
        for (size_t i = 0; i < n; i++) tr_weak_list_add(l, live[i]);
    }
    GC_hidden_pointer *slot = (GC_hidden_pointer *)&l->slots[l->len++];
    *slot = GC_HIDE_POINTER((void *)v);
    GC_general_register_disappearing_link((void **)slot, (void *)v);
}

TrValue tr_weak_list_items(TrWeakList *l) {
    TrValue *live = tr_alloc((l->len + 1) * sizeof(TrValue));
    size_t n = live_objects(l, live);
    TrValue out = tr_list_new(0);
    for (size_t i = 0; i < n; i++) tr_list_append(out, live[i]);
    return out;
}
