/* obj_dict.c — insertion-ordered dicts (CPython's compact layout) and their views.
 *
 * Layout: `entries` is a dense array in insertion order (nentries used of cap); a
 * deleted entry keeps its place with key == 0 until the next resize compacts the array.
 * `index` is an open-addressing table of mask+1 slots (int8, int16, int32 or int64 by
 * the table's size, see ix_get), probed as CPython does (i = 5i + perturb + 1).  A slot
 * is EMPTY (-1: ends a probe), DUMMY (-2: a deleted entry, probing goes on) or the
 * number of an entry.  cap is 2/3 of the table size and every entry ever used fills one
 * slot, so the table is never more than 2/3 full; inserting with nentries == cap
 * resizes to fit 2 * used, which also drops the dummies.
 * Keys compare by identity first, then hash, then == (strs directly; an exact str key
 * probes in a loop that calls nothing, lookup_str).  `version` changes with every
 * mutation: a lookup whose __eq__ mutated the dict starts again. */
#include "tr.h"
#include "seq.h"

#define EMPTY (-1)
#define DUMMY (-2)
#define MIN_SIZE 8

/* Index slots are as narrow as the table allows (as in CPython): int8 up to 128 slots
 * (at most 85 entries), int16 up to 2^15, int32 up to 2^31, else int64.  An instance's
 * dict thus has an 8-byte index (one 16-byte granule) rather than 32 bytes (48). */
static inline unsigned ix_log2_width(const TrDict *d) {
    return d->mask <= INT8_MAX ? 0 : d->mask <= INT16_MAX ? 1 : d->mask <= INT32_MAX ? 2 : 3;
}
/* slot i of a table of 2^log2_width-byte slots (a constant where the width is known) */
__attribute__((always_inline)) static inline int64_t ix_get_width(TrDict *d, size_t i, unsigned log2_width) {
    switch (log2_width) {
    case 0: return ((int8_t *)d->index)[i];
    case 1: return ((int16_t *)d->index)[i];
    case 2: return ((int32_t *)d->index)[i];
    default: return ((int64_t *)d->index)[i];
    }
}
static inline int64_t ix_get(TrDict *d, size_t i) { return ix_get_width(d, i, ix_log2_width(d)); }
static inline void ix_set(TrDict *d, size_t i, int64_t v) {
    if (d->mask <= INT8_MAX) ((int8_t *)d->index)[i] = (int8_t)v;
    else if (d->mask <= INT16_MAX) ((int16_t *)d->index)[i] = (int16_t)v;
    else if (d->mask <= INT32_MAX) ((int32_t *)d->index)[i] = (int32_t)v;
    else ((int64_t *)d->index)[i] = v;
}
static inline size_t ix_bytes(TrDict *d) { return (d->mask + 1) << ix_log2_width(d); }

/* Fresh empty storage with room for at least n entries. */
static void dict_init_storage(TrDict *d, size_t n) {
    size_t size = MIN_SIZE;
    while (size / 3 * 2 < n) size <<= 1;
    d->mask = size - 1;
    d->index = tr_alloc_atomic(ix_bytes(d));
    memset(d->index, 0xff, ix_bytes(d)); /* every slot EMPTY (-1) */
    d->cap = size / 3 * 2;
    d->entries = tr_alloc(d->cap * sizeof(TrDictEntry));
    d->nentries = 0;
}

/* The table of a dict that holds no entry yet: one EMPTY slot, never written (mask 0;
 * cap 0 and no entries, so the first insertion resizes).  An empty dict is then its
 * object alone, 96 bytes rather than 232, as CPython's empty dicts share one empty
 * keys object: ElementTree makes an attrib dict per element, most never filled. */
static const int8_t empty_index[1] = {EMPTY};

static void dict_init_empty(TrDict *d) {
    d->mask = 0;
    d->index = (void *)empty_index;
    d->cap = d->nentries = 0;
    d->entries = NULL;
}

static TrValue dict_alloc(TrType *type) {
    TrDict *d = (TrDict *)tr_object_alloc(type, type->basicsize);
    dict_init_empty(d);
    return (TrValue)d;
}

TrValue tr_dict_new(void) { return dict_alloc(&tr_dict_type); }

int tr_dict_check(TrValue v) { return tr_isinstance_type(v, &tr_dict_type); }

/* Table slot holding key, or -1 when absent (then *free_slot, if given, is where it
 * would go); -2 on error.  Not inlined into lookup: its calls would make every lookup
 * save registers. */
__attribute__((noinline)) static int64_t lookup_any(TrDict *d, TrValue key, int64_t h, size_t *free_slot) {
restart:;
    size_t i = (size_t)h & d->mask, perturb = (size_t)h;
    int64_t first_dummy = -1;
    bool key_str = !TR_IS_SMALL(key) && key->type == &tr_str_type;
    for (;;) {
        int64_t ix = ix_get(d, i);
        if (ix == EMPTY) {
            if (free_slot) *free_slot = first_dummy >= 0 ? (size_t)first_dummy : i;
            return -1;
        }
        if (ix == DUMMY) {
            if (first_dummy < 0) first_dummy = (int64_t)i;
        } else {
            TrDictEntry *e = &d->entries[ix];
            if (e->key == key) return (int64_t)i;
            if (e->hash == h) {
                TrValue k = e->key;
                if (key_str && !TR_IS_SMALL(k) && k->type == &tr_str_type) {
                    if (TR_STR(k)->len == TR_STR(key)->len && tr_str_bytes_eq(TR_STR(k), TR_STR(key))) return (int64_t)i;
                } else {
                    uint64_t version = d->version;
                    int eq = tr_equal(k, key);
                    if (eq < 0) return -2;
                    if (d->version != version) goto restart;
                    if (eq) return (int64_t)i;
                }
            }
        }
        perturb >>= 5;
        i = (i * 5 + perturb + 1) & d->mask;
    }
}

#define NEEDS_EQ (-3)

/* lookup_any for an exact str key, as a loop that calls nothing (so saves nothing
 * around it): the same object, or an exact str of the same hash and bytes.  NEEDS_EQ
 * when an entry of the same hash has a key of another type, whose == only lookup_any
 * asks. */
__attribute__((always_inline)) static inline int64_t lookup_str_width(TrDict *d, TrValue key, int64_t h,
                                                                     size_t *free_slot, unsigned log2_width) {
    size_t i = (size_t)h & d->mask, perturb = (size_t)h;
    int64_t first_dummy = -1;
    const TrStr *ks = TR_STR(key);
    for (;;) {
        int64_t ix = ix_get_width(d, i, log2_width);
        if (ix == EMPTY) {
            if (free_slot) *free_slot = first_dummy >= 0 ? (size_t)first_dummy : i;
            return -1;
        }
        if (ix == DUMMY) {
            if (first_dummy < 0) first_dummy = (int64_t)i;
        } else {
            const TrDictEntry *e = &d->entries[ix];
            if (e->key == key) return (int64_t)i;
            if (e->hash == h) {
                TrValue k = e->key;
                if (TR_IS_SMALL(k) || k->type != &tr_str_type) return NEEDS_EQ;
                if (TR_STR(k)->len == ks->len && tr_str_bytes_eq(TR_STR(k), ks)) return (int64_t)i;
            }
        }
        perturb >>= 5;
        i = (i * 5 + perturb + 1) & d->mask;
    }
}

/* ... with the index width chosen once, outside the probe loop */
static int64_t lookup_str(TrDict *d, TrValue key, int64_t h, size_t *free_slot) {
    switch (ix_log2_width(d)) {
    case 0: return lookup_str_width(d, key, h, free_slot, 0);
    case 1: return lookup_str_width(d, key, h, free_slot, 1);
    case 2: return lookup_str_width(d, key, h, free_slot, 2);
    default: return lookup_str_width(d, key, h, free_slot, 3);
    }
}

static inline int64_t lookup(TrDict *d, TrValue key, int64_t h, size_t *free_slot) {
    if (!TR_IS_SMALL(key) && key->type == &tr_str_type) {
        int64_t s = lookup_str(d, key, h, free_slot);
        if (s != NEEDS_EQ) return s;
    }
    return lookup_any(d, key, h, free_slot);
}

static size_t free_slot_for(TrDict *d, int64_t h) {
    size_t i = (size_t)h & d->mask, perturb = (size_t)h;
    while (ix_get(d, i) != EMPTY) {
        perturb >>= 5;
        i = (i * 5 + perturb + 1) & d->mask;
    }
    return i;
}

/* Rebuild for 2 * used entries: compacts the entries, drops the dummies. */
static void dict_resize(TrDict *d) {
    TrDictEntry *old = d->entries;
    size_t n = d->nentries;
    dict_init_storage(d, d->used * 2);
    for (size_t k = 0; k < n; k++) {
        if (!old[k].key) continue;
        ix_set(d, free_slot_for(d, old[k].hash), (int64_t)d->nentries);
        d->entries[d->nentries++] = old[k];
    }
}

/* ---------------------------------------------------------------- module namespaces */

/* A compiled module's namespace (d->module set): the global slots its generated code
 * reads and writes directly hold the names that code uses; the dict holds the other
 * names and copies of the slots' values.  A copy is brought up to date before it is
 * read (the one name of a lookup, every slot before iterating or counting), and a store
 * or delete of a slot's name writes through to the slot, so globals() and the module's
 * __dict__ are its live namespace while reads of globals in compiled code stay G[n]. */

static TrValue *ns_slot(TrDict *d, TrValue key) {
    if (TR_IS_SMALL(key) || key->type != &tr_str_type) return NULL;
    TrValue i = tr_dict_get(d->module->slot_index, key);
    return i ? &d->module->slots[TR_SMALL_VAL(i)] : NULL;
}

static inline void ns_store(TrDict *d, TrValue key, TrValue v) {
    if (TR_UNLIKELY(d->module)) {
        TrValue *slot = ns_slot(d, key);
        if (slot) *slot = v;
    } else if (TR_UNLIKELY(d->builtins_ns)) {
        tr_builtins_store(key, v);
    }
}

static int dict_insert(TrDict *d, TrValue key, int64_t h, TrValue v);
static int dict_remove(TrDict *d, TrValue key, TrValue *old);

/* The copy of one slot's value (key of hash h) made current. */
static void ns_copy_slot(TrDict *d, TrValue key, int64_t h, TrValue v) {
    struct TrModule *m = d->module;
    d->module = NULL; /* the copy is not a store to write through */
    int64_t s = lookup(d, key, h, NULL);
    if (v && (s < 0 || d->entries[ix_get(d, s)].value != v)) dict_insert(d, key, h, v);
    else if (!v && s >= 0) dict_remove(d, key, NULL);
    d->module = m;
}

static void ns_refresh_key(TrDict *d, TrValue key, int64_t h) {
    TrValue *slot = ns_slot(d, key);
    if (slot) ns_copy_slot(d, key, h, *slot);
}

static void ns_refresh_all(TrDict *d) {
    TrDict *index = (TrDict *)d->module->slot_index;
    for (size_t k = 0; k < index->nentries; k++) {
        TrDictEntry *e = &index->entries[k];
        if (e->key) ns_copy_slot(d, e->key, e->hash, d->module->slots[TR_SMALL_VAL(e->value)]);
    }
}

#define NS_REFRESH_ALL(d) do { if (TR_UNLIKELY((d)->module)) ns_refresh_all(d); } while (0)

void tr_dict_sync(TrDict *d) { NS_REFRESH_ALL(d); }

/* Every mutation (at key, of hash h; key 0 for all keys) but a new value for a present
 * key: invalidates iterators and, for a type's namespace, cached attribute lookups
 * (keyed by the hash of exact strs), which remember entries, not values. */
static inline void type_ns_changed_at(TrValue key, int64_t h) {
    tr_type_ns_changed(key && !TR_IS_SMALL(key) && key->type == &tr_str_type ? h : -1);
}
static inline void dict_mutated(TrDict *d, TrValue key, int64_t h) {
    d->version++;
    if (TR_UNLIKELY(d->type_ns)) type_ns_changed_at(key, h);
}

static int dict_insert(TrDict *d, TrValue key, int64_t h, TrValue v) {
    ns_store(d, key, v);
    size_t free_slot = 0;
    int64_t s = lookup(d, key, h, &free_slot);
    if (s == -2) return -1;
    if (s >= 0) { /* a new value, the same entry: caches of where a name is stay true */
        d->version++;
        TrDictEntry *e = &d->entries[ix_get(d, s)];
        /* but instance caches read a __slots__ member's slot without its descriptor */
        if (TR_UNLIKELY(d->type_ns) && TR_TYPE(e->value) == &tr_member_type) type_ns_changed_at(key, h);
        e->value = v;
        return 0;
    }
    dict_mutated(d, key, h);
    if (d->nentries == d->cap) {
        dict_resize(d);
        free_slot = free_slot_for(d, h);
    }
    ix_set(d, free_slot, (int64_t)d->nentries);
    TrDictEntry *e = &d->entries[d->nentries++];
    e->hash = h;
    e->key = key;
    e->value = v;
    d->used++;
    return 0;
}

TrDictEntry *tr_dict_get_entry(TrValue dv, TrValue key) {
    TrDict *d = (TrDict *)dv;
    int64_t h = tr_container_hash(key);
    if (h == -1) return 0;
    if (TR_UNLIKELY(d->module)) ns_refresh_key(d, key, h);
    int64_t s = lookup(d, key, h, NULL);
    return s >= 0 ? &d->entries[ix_get(d, s)] : 0;
}

TrValue tr_dict_get(TrValue d, TrValue key) {
    TrDictEntry *e = tr_dict_get_entry(d, key);
    return e ? e->value : 0;
}

TrValue tr_dict_get_str(TrValue d, const char *key) { return tr_dict_get(d, tr_str_intern(key)); }

int tr_dict_set(TrValue dv, TrValue key, TrValue v) {
    int64_t h = tr_container_hash(key);
    if (h == -1) return -1;
    return dict_insert((TrDict *)dv, key, h, v);
}

int tr_dict_set_str(TrValue d, const char *key, TrValue v) { return tr_dict_set(d, tr_str_intern(key), v); }

/* Remove key: 0 removed (*old = its value), 1 absent, -1 error. */
static int dict_remove(TrDict *d, TrValue key, TrValue *old) {
    int64_t h = tr_container_hash(key);
    if (h == -1) return -1;
    int64_t s = lookup(d, key, h, NULL);
    if (s == -2) return -1;
    if (s < 0) return 1;
    TrDictEntry *e = &d->entries[ix_get(d, s)];
    if (old) *old = e->value;
    ns_store(d, key, 0);
    e->key = 0;
    e->value = 0;
    ix_set(d, s, DUMMY);
    d->used--;
    dict_mutated(d, key, h);
    return 0;
}

int tr_dict_del(TrValue d, TrValue key) {
    int r = dict_remove((TrDict *)d, key, NULL);
    if (r == 1) {
        tr_err_value(TR_EXC_TYPE(KeyError), key);
        return -1;
    }
    return r;
}

int tr_dict_next(TrValue dv, size_t *pos, TrValue *key, TrValue *value) {
    TrDict *d = (TrDict *)dv;
    if (*pos == 0) NS_REFRESH_ALL(d);
    while (*pos < d->nentries) {
        TrDictEntry *e = &d->entries[(*pos)++];
        if (e->key) {
            if (key) *key = e->key;
            if (value) *value = e->value;
            return 1;
        }
    }
    return 0;
}

size_t tr_dict_len(TrValue dv) {
    TrDict *d = (TrDict *)dv;
    NS_REFRESH_ALL(d);
    return d->used;
}

TrValue tr_dict_copy(TrValue dv) {
    TrDict *d = (TrDict *)dv, *r = (TrDict *)tr_dict_new();
    NS_REFRESH_ALL(d);
    if (!d->used) return (TrValue)r;
    if (d->used == d->nentries) { /* no holes: the same table, copied as it is */
        dict_init_storage(r, d->cap); /* d's table size: the smallest whose cap holds d->cap */
        memcpy(r->index, d->index, ix_bytes(d));
        memcpy(r->entries, d->entries, d->nentries * sizeof(TrDictEntry));
        r->nentries = r->used = d->used;
        return (TrValue)r;
    }
    dict_init_storage(r, d->used);
    for (size_t k = 0; k < d->nentries; k++) {
        TrDictEntry *e = &d->entries[k];
        if (!e->key) continue;
        ix_set(r, free_slot_for(r, e->hash), (int64_t)r->nentries);
        r->entries[r->nentries++] = *e;
    }
    r->used = d->used;
    return (TrValue)r;
}

/* ---------------------------------------------------------------- update */

static int update_from_pairs(TrValue d, TrValue iterable) {
    TrValue it = tr_iter(iterable);
    if (!it) return -1;
    TrValue item;
    for (size_t n = 0; (item = tr_next(it)); n++) {
        TrValue seq = tr_isinstance_exact(item, &tr_tuple_type) ? item : tr_list_from_iterable(item);
        if (!seq) {
            if (tr_err_is(TR_EXC_TYPE(TypeError))) {
                tr_err_clear();
                tr_err(TR_EXC_TYPE(TypeError), "cannot convert dictionary update sequence element #%zu to a sequence", n);
            }
            return -1;
        }
        size_t len;
        TrValue *kv = tr_seq_items(seq, &len);
        if (len != 2) {
            tr_err(TR_EXC_TYPE(ValueError), "dictionary update sequence element #%zu has length %zu; 2 is required", n, len);
            return -1;
        }
        if (tr_dict_set(d, kv[0], kv[1]) < 0) return -1;
    }
    return tr_err_occurred() ? -1 : 0;
}

/* Call f(d, key, value) for each item of a mapping: a dict, or anything with keys()
 * and __getitem__.  1 when mapping is neither (nothing done). */
static int for_each_item(TrValue mapping, int (*f)(TrValue, TrValue, TrValue, TrValue), TrValue d, TrValue extra) {
    if (tr_dict_check(mapping) && TR_TYPE(mapping)->iter == tr_dict_type.iter) {
        size_t pos = 0;
        TrValue k, v;
        while (tr_dict_next(mapping, &pos, &k, &v))
            if (f(d, k, v, extra) < 0) return -1;
        return 0;
    }
    TrValue keys = tr_getattr_opt(mapping, TR_INTERN("keys"));
    if (!keys) return tr_err_occurred() ? -1 : 1;
    TrValue ks = tr_call0(keys);
    TrValue it = ks ? tr_iter(ks) : 0;
    if (!it) return -1;
    TrValue k;
    while ((k = tr_next(it))) {
        TrValue v = tr_getitem(mapping, k);
        if (!v || f(d, k, v, extra) < 0) return -1;
    }
    return tr_err_occurred() ? -1 : 0;
}

static int set_item(TrValue d, TrValue k, TrValue v, TrValue extra) { return tr_dict_set(d, k, v); }

int tr_dict_update(TrValue d, TrValue mapping) {
    int r = for_each_item(mapping, set_item, d, 0);
    return r == 1 ? update_from_pairs(d, mapping) : r;
}

static int set_kwarg(TrValue d, TrValue k, TrValue v, TrValue funcname) {
    if (!tr_str_check(k)) {
        tr_err(TR_EXC_TYPE(TypeError), "keywords must be strings");
        return -1;
    }
    TrValue old = tr_dict_get(d, k);
    if (old) {
        tr_err(TR_EXC_TYPE(TypeError), "%S() got multiple values for keyword argument '%S'", funcname, k);
        return -1;
    }
    return tr_dict_set(d, k, v);
}

int tr_dict_merge_kwargs(TrValue d, TrValue mapping, TrValue funcname) {
    if (!funcname) funcname = tr_str_from_cstr("function");
    int r = for_each_item(mapping, set_kwarg, d, funcname);
    if (r == 1)
        tr_err(TR_EXC_TYPE(TypeError), "%S() argument after ** must be a mapping, not %s", funcname, TR_TYPE_NAME(mapping));
    return r ? -1 : 0;
}

/* ---------------------------------------------------------------- slots */

static TrValue dict_repr(TrValue self) {
    if (!tr_dict_len(self)) return tr_str_from_cstr("{}");
    TrReprGuard guard;
    if (tr_repr_enter(&guard, self)) return tr_str_from_cstr("{...}");
    TrBuf b;
    tr_buf_init(&b);
    tr_buf_addc(&b, '{');
    size_t pos = 0, n = 0;
    TrValue k, v, r = 0;
    while (tr_dict_next(self, &pos, &k, &v)) {
        if (n++) tr_buf_adds(&b, ", ");
        if (tr_buf_add_repr(&b, k) < 0) goto done;
        tr_buf_adds(&b, ": ");
        if (tr_buf_add_repr(&b, v) < 0) goto done;
    }
    tr_buf_addc(&b, '}');
    r = tr_buf_finish(&b);
done:
    tr_repr_leave(&guard);
    return r;
}

static TrValue dict_richcompare(TrValue a, TrValue b, int op) {
    if ((op != TR_EQ && op != TR_NE) || !tr_dict_check(b)) return tr_NotImplemented;
    int eq = tr_dict_len(a) == tr_dict_len(b);
    size_t pos = 0;
    TrValue k, v;
    while (eq && tr_dict_next(a, &pos, &k, &v)) {
        TrValue w = tr_dict_get(b, k);
        if (!w) {
            if (tr_err_occurred()) return 0;
            eq = 0;
        } else if ((eq = tr_equal(v, w)) < 0) {
            return 0;
        }
    }
    return tr_bool(op == TR_EQ ? eq : !eq);
}

static intptr_t dict_len(TrValue self) { return (intptr_t)tr_dict_len(self); }

static TrValue dict_getitem(TrValue self, TrValue key) {
    TrValue v = tr_dict_get(self, key);
    if (v || tr_err_occurred()) return v;
    if (TR_TYPE(self) != &tr_dict_type) {
        TrValue missing = tr_type_lookup(TR_TYPE(self), TR_INTERN("__missing__"));
        if (missing) return tr_call2(missing, self, key);
    }
    return tr_err_value(TR_EXC_TYPE(KeyError), key);
}

static int dict_setitem(TrValue self, TrValue key, TrValue v) {
    return v ? tr_dict_set(self, key, v) : tr_dict_del(self, key);
}

static int dict_contains(TrValue self, TrValue key) {
    if (tr_dict_get(self, key)) return 1;
    return tr_err_occurred() ? -1 : 0;
}

static int dict_truth(TrValue self) { return tr_dict_len(self) != 0; }

static TrValue dict_new(TrType *type, TrValue *args, size_t nargs, TrValue kwnames) { return dict_alloc(type); }

/* dict(x, **kw) and d.update(x, **kw) */
static int dict_update_args(const char *fname, TrValue self, TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs(fname, nargs, 0, 1) < 0) return -1;
    if (nargs && tr_dict_update(self, args[0]) < 0) return -1;
    size_t nkw = kwnames ? TR_TUPLE(kwnames)->len : 0;
    for (size_t k = 0; k < nkw; k++)
        if (tr_dict_set(self, TR_TUPLE(kwnames)->items[k], args[nargs + k]) < 0) return -1;
    return 0;
}

static int dict_init(TrValue self, TrValue *args, size_t nargs, TrValue kwnames) {
    return dict_update_args("dict", self, args, nargs, kwnames);
}

static TrValue dict_or(TrValue a, TrValue b) {
    if (!tr_dict_check(a) || !tr_dict_check(b)) return tr_NotImplemented;
    TrValue r = tr_dict_copy(a);
    return tr_dict_update(r, b) < 0 ? 0 : r;
}

static TrValue dict_ior(TrValue a, TrValue b) { return tr_dict_update(a, b) < 0 ? 0 : a; }

/* ---------------------------------------------------------------- iterators and views */

enum { VIEW_KEYS, VIEW_VALUES, VIEW_ITEMS };
typedef struct DictView { TrObject ob; TrValue dict; } DictView;
typedef struct DictIter { TrObject ob; TrValue dict; size_t pos, used; bool reverse; } DictIter;

static TrType dict_iter_types[3];
extern TrType tr_dict_keys_type, tr_dict_values_type, tr_dict_items_type;

static TrValue dict_iter_new(TrValue dict, int kind, bool reverse) {
    DictIter *it = (DictIter *)tr_object_alloc(&dict_iter_types[kind], sizeof(DictIter));
    it->dict = dict;
    it->used = tr_dict_len(dict);
    it->reverse = reverse;
    it->pos = reverse ? ((TrDict *)dict)->nentries : 0;
    return (TrValue)it;
}

static TrDictEntry *dict_iter_step(TrValue self) {
    DictIter *it = (DictIter *)self;
    TrDict *d = (TrDict *)it->dict;
    if (!d) return NULL;
    if (d->used != it->used) {
        it->dict = 0;
        tr_err(TR_EXC_TYPE(RuntimeError), "dictionary changed size during iteration");
        return NULL;
    }
    if (it->reverse) {
        while (it->pos > 0)
            if (d->entries[--it->pos].key) return &d->entries[it->pos];
    } else {
        while (it->pos < d->nentries)
            if (d->entries[it->pos++].key) return &d->entries[it->pos - 1];
    }
    it->dict = 0;
    return NULL;
}

static TrValue dict_keyiter_next(TrValue self) {
    TrDictEntry *e = dict_iter_step(self);
    return e ? e->key : 0;
}
static TrValue dict_valueiter_next(TrValue self) {
    TrDictEntry *e = dict_iter_step(self);
    return e ? e->value : 0;
}
static TrValue dict_itemiter_next(TrValue self) {
    TrDictEntry *e = dict_iter_step(self);
    return e ? tr_tuple_pack(2, e->key, e->value) : 0;
}
static TrValue dict_itemiter_pair(TrValue self, TrValue *value) {
    TrDictEntry *e = dict_iter_step(self);
    if (!e) return 0;
    *value = e->value;
    return e->key;
}

#define DICT_ITER_TYPE(pyname, nextfn) \
    {.ob = {&tr_type_type}, .name = pyname, .basicsize = sizeof(DictIter), .iter = tr_self_iter, .next = nextfn}
static TrType dict_iter_types[3] = {
    [VIEW_KEYS] = DICT_ITER_TYPE("dict_keyiterator", dict_keyiter_next),
    [VIEW_VALUES] = DICT_ITER_TYPE("dict_valueiterator", dict_valueiter_next),
    [VIEW_ITEMS] = DICT_ITER_TYPE("dict_itemiterator", dict_itemiter_next),
};

TrPairStep tr_dict_pair_stepper(TrValue it) { return TR_TYPE(it) == &dict_iter_types[VIEW_ITEMS] ? dict_itemiter_pair : 0; }

static TrValue dict_iter(TrValue self) { return dict_iter_new(self, VIEW_KEYS, false); }

static int view_kind(TrValue v) {
    TrType *t = TR_TYPE(v);
    return t == &tr_dict_keys_type ? VIEW_KEYS : t == &tr_dict_values_type ? VIEW_VALUES : VIEW_ITEMS;
}
static bool is_setlike_view(TrValue v) { return TR_TYPE(v) == &tr_dict_keys_type || TR_TYPE(v) == &tr_dict_items_type; }

static TrValue view_new(TrValue dict, TrType *type) {
    DictView *v = (DictView *)tr_object_alloc(type, sizeof(DictView));
    v->dict = dict;
    return (TrValue)v;
}

static TrValue view_iter(TrValue self) { return dict_iter_new(((DictView *)self)->dict, view_kind(self), false); }
static intptr_t view_len(TrValue self) { return (intptr_t)tr_dict_len(((DictView *)self)->dict); }

static TrValue view_repr(TrValue self) {
    TrReprGuard guard;
    if (tr_repr_enter(&guard, self)) return tr_str_from_cstr("...");
    TrValue l = tr_list_from_iterable(self), r = l ? tr_str_fmt("%s(%R)", TR_TYPE_NAME(self), l) : 0;
    tr_repr_leave(&guard);
    return r;
}

static int view_contains(TrValue self, TrValue item) {
    TrValue d = ((DictView *)self)->dict;
    switch (view_kind(self)) {
    case VIEW_KEYS: return dict_contains(d, item);
    case VIEW_ITEMS: {
        if (!tr_tuple_check(item) || TR_TUPLE(item)->len != 2) return 0;
        TrValue v = tr_dict_get(d, TR_TUPLE(item)->items[0]);
        if (!v) return tr_err_occurred() ? -1 : 0;
        return tr_equal(v, TR_TUPLE(item)->items[1]);
    }
    default: {
        size_t pos = 0;
        TrValue v;
        while (tr_dict_next(d, &pos, NULL, &v)) {
            int r = tr_equal(v, item);
            if (r) return r;
        }
        return 0;
    }
    }
}

/* keys and items views are set-like: both operands (any iterables) become sets */
static TrValue view_setop(int op, TrValue a, TrValue b) {
    TrValue sa = tr_set_new(a), sb = sa ? tr_set_new(b) : 0;
    return sb ? tr_binop(op, sa, sb) : 0;
}
static TrValue view_and(TrValue a, TrValue b) { return view_setop(TR_AND, a, b); }
static TrValue view_or(TrValue a, TrValue b) { return view_setop(TR_OR, a, b); }
static TrValue view_sub(TrValue a, TrValue b) { return view_setop(TR_SUB, a, b); }
static TrValue view_xor(TrValue a, TrValue b) { return view_setop(TR_XOR, a, b); }

static TrValue view_richcompare(TrValue a, TrValue b, int op) {
    if (!is_setlike_view(b) && !tr_isinstance_type(b, &tr_set_type) && !tr_isinstance_type(b, &tr_frozenset_type))
        return tr_NotImplemented;
    TrValue sa = tr_set_new(a), sb = sa ? tr_set_new(b) : 0;
    return sb ? tr_compare(sa, sb, op) : 0;
}

static TrValue view_m_reversed(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_method_args(args, nargs, kwnames, "__reversed__", 0, 0) < 0) return 0;
    return dict_iter_new(((DictView *)args[0])->dict, view_kind(args[0]), true);
}

static TrValue view_m_isdisjoint(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_method_args(args, nargs, kwnames, "isdisjoint", 1, 1) < 0) return 0;
    TrValue it = tr_iter(args[1]), x;
    if (!it) return 0;
    while ((x = tr_next(it))) {
        int r = view_contains(args[0], x);
        if (r) return r < 0 ? 0 : tr_False;
    }
    return tr_err_occurred() ? 0 : tr_True;
}

static TrValue view_get_mapping(TrValue self) { return ((DictView *)self)->dict; }

static const TrMethodDef view_methods[] = {{"__reversed__", view_m_reversed, TR_METH_INSTANCE}, {0}};
static const TrMethodDef setlike_view_methods[] = {{"isdisjoint", view_m_isdisjoint, TR_METH_INSTANCE}, {0}};

#define VIEW_SLOTS .ob = {&tr_type_type}, .basicsize = sizeof(DictView), .repr = view_repr, .iter = view_iter, \
                   .len = view_len, .contains = view_contains
#define SETLIKE_SLOTS VIEW_SLOTS, .richcompare = view_richcompare, \
                      .nb = {[TR_AND] = view_and, [TR_OR] = view_or, [TR_SUB] = view_sub, [TR_XOR] = view_xor}
TrType tr_dict_keys_type = {.name = "dict_keys", SETLIKE_SLOTS};
TrType tr_dict_values_type = {.name = "dict_values", VIEW_SLOTS};
TrType tr_dict_items_type = {.name = "dict_items", SETLIKE_SLOTS};

/* ---------------------------------------------------------------- methods */

#define NOARGS(name) if (tr_method_args(args, nargs, kwnames, name, 0, 0) < 0) return 0

static TrValue dict_m_keys(TrValue *args, size_t nargs, TrValue kwnames) {
    NOARGS("keys");
    return view_new(args[0], &tr_dict_keys_type);
}
static TrValue dict_m_values(TrValue *args, size_t nargs, TrValue kwnames) {
    NOARGS("values");
    return view_new(args[0], &tr_dict_values_type);
}
static TrValue dict_m_items(TrValue *args, size_t nargs, TrValue kwnames) {
    NOARGS("items");
    return view_new(args[0], &tr_dict_items_type);
}

static TrValue dict_m_get(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_method_args(args, nargs, kwnames, "get", 1, 2) < 0) return 0;
    TrValue v = tr_dict_get(args[0], args[1]);
    if (v || tr_err_occurred()) return v;
    return nargs > 2 ? args[2] : tr_None;
}

static TrValue dict_m_setdefault(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_method_args(args, nargs, kwnames, "setdefault", 1, 2) < 0) return 0;
    TrValue v = tr_dict_get(args[0], args[1]);
    if (v || tr_err_occurred()) return v;
    v = nargs > 2 ? args[2] : tr_None;
    return tr_dict_set(args[0], args[1], v) < 0 ? 0 : v;
}

static TrValue dict_m_pop(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_method_args(args, nargs, kwnames, "pop", 1, 2) < 0) return 0;
    if (TR_UNLIKELY(((TrDict *)args[0])->module) && !tr_dict_get_entry(args[0], args[1]) && tr_err_occurred())
        return 0; /* (the lookup made a module namespace's copy of the name current) */
    TrValue old;
    int r = dict_remove((TrDict *)args[0], args[1], &old);
    if (r < 0) return 0;
    if (r == 0) return old;
    if (nargs > 2) return args[2];
    return tr_err_value(TR_EXC_TYPE(KeyError), args[1]);
}

static TrValue dict_m_popitem(TrValue *args, size_t nargs, TrValue kwnames) {
    NOARGS("popitem");
    TrDict *d = (TrDict *)args[0];
    NS_REFRESH_ALL(d);
    while (d->nentries && !d->entries[d->nentries - 1].key) d->nentries--; /* trailing holes */
    if (!d->nentries) return tr_err(TR_EXC_TYPE(KeyError), "popitem(): dictionary is empty");
    TrDictEntry e = d->entries[d->nentries - 1];
    dict_remove(d, e.key, NULL);
    d->nentries--;
    return tr_tuple_pack(2, e.key, e.value);
}

static TrValue dict_m_update(TrValue *args, size_t nargs, TrValue kwnames) {
    return dict_update_args("update", args[0], args + 1, nargs - 1, kwnames) < 0 ? 0 : tr_None;
}

static TrValue dict_m_clear(TrValue *args, size_t nargs, TrValue kwnames) {
    NOARGS("clear");
    TrDict *d = (TrDict *)args[0];
    if (TR_UNLIKELY(d->module))
        for (size_t i = 0; i < d->module->nslots; i++) d->module->slots[i] = 0;
    if (TR_UNLIKELY(d->builtins_ns)) tr_builtins_store(0, 0);
    dict_init_empty(d);
    d->used = 0;
    dict_mutated(d, 0, -1);
    return tr_None;
}

static TrValue dict_m_copy(TrValue *args, size_t nargs, TrValue kwnames) {
    NOARGS("copy");
    return tr_dict_copy(args[0]);
}

static TrValue dict_m_fromkeys(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_method_args(args, nargs, kwnames, "fromkeys", 1, 2) < 0) return 0;
    TrValue d = tr_call0(args[0]);
    if (!d) return 0;
    TrValue v = nargs > 2 ? args[2] : tr_None;
    TrValue it = tr_iter(args[1]), k;
    if (!it) return 0;
    bool exact = TR_TYPE(d) == &tr_dict_type;
    while ((k = tr_next(it)))
        if ((exact ? tr_dict_set(d, k, v) : tr_setitem(d, k, v)) < 0) return 0;
    return tr_err_occurred() ? 0 : d;
}

static TrValue dict_m_reversed(TrValue *args, size_t nargs, TrValue kwnames) {
    NOARGS("__reversed__");
    return dict_iter_new(args[0], VIEW_KEYS, true);
}

TR_WRAP_INIT(dict_w_init, tr_dict_type)
TR_WRAP_LEN(dict_w_len, tr_dict_type)
TR_WRAP_GETITEM(dict_w_getitem, tr_dict_type)
TR_WRAP_SETITEM(dict_w_setitem, tr_dict_type)
TR_WRAP_DELITEM(dict_w_delitem, tr_dict_type)
TR_WRAP_CONTAINS(dict_w_contains, tr_dict_type)
TR_WRAP_ITER(dict_w_iter, tr_dict_type)
TR_WRAP_REPR(dict_w_repr, tr_dict_type)

static TrValue dict_m_sizeof(TrValue *args, size_t nargs, TrValue kwnames) {
    TrDict *d = (TrDict *)args[0];
    return tr_sizeof(args, nargs, kwnames, d->cap * sizeof(TrDictEntry) + (d->index != empty_index ? ix_bytes(d) : 0));
}

static const TrMethodDef dict_methods[] = {
    {"__sizeof__", dict_m_sizeof, TR_METH_INSTANCE},
    {"keys", dict_m_keys, TR_METH_INSTANCE},
    {"values", dict_m_values, TR_METH_INSTANCE},
    {"items", dict_m_items, TR_METH_INSTANCE},
    {"get", dict_m_get, TR_METH_INSTANCE},
    {"setdefault", dict_m_setdefault, TR_METH_INSTANCE},
    {"pop", dict_m_pop, TR_METH_INSTANCE},
    {"popitem", dict_m_popitem, TR_METH_INSTANCE},
    {"update", dict_m_update, TR_METH_INSTANCE},
    {"clear", dict_m_clear, TR_METH_INSTANCE},
    {"copy", dict_m_copy, TR_METH_INSTANCE},
    {"fromkeys", dict_m_fromkeys, TR_METH_CLASS},
    {"__reversed__", dict_m_reversed, TR_METH_INSTANCE},
    {"__init__", dict_w_init, TR_METH_INSTANCE},
    {"__len__", dict_w_len, TR_METH_INSTANCE},
    {"__getitem__", dict_w_getitem, TR_METH_COEXIST},
    {"__setitem__", dict_w_setitem, TR_METH_INSTANCE},
    {"__delitem__", dict_w_delitem, TR_METH_INSTANCE},
    {"__contains__", dict_w_contains, TR_METH_COEXIST},
    {"__iter__", dict_w_iter, TR_METH_INSTANCE},
    {"__repr__", dict_w_repr, TR_METH_INSTANCE},
    {0},
};

TrType tr_dict_type = {
    .getattr = tr_generic_getattr, /* CPython's sets tp_getattro: a __getattribute__ of its own */
    .ob = {&tr_type_type},
    .name = "dict",
    .flags = TR_TF_BASETYPE | TR_TF_DICT_SUBCLASS,
    .basicsize = sizeof(TrDict),
    .repr = dict_repr,
    .richcompare = dict_richcompare,
    .len = dict_len,
    .getitem = dict_getitem,
    .setitem = dict_setitem,
    .contains = dict_contains,
    .truth = dict_truth,
    .iter = dict_iter,
    .nb = {[TR_OR] = dict_or},
    .nb_inplace = {[TR_OR] = dict_ior},
    .new_ = dict_new,
    .init = dict_init,
};

/* Start-up is in two steps: the types first (every type's namespace is a dict), the
 * methods once str, builtin functions and classmethod exist. */
void tr_init_dict(void) {
    tr_type_ready(&tr_dict_type);
    for (int k = 0; k < 3; k++) tr_type_ready(&dict_iter_types[k]);
    tr_type_ready(&tr_dict_keys_type);
    tr_type_ready(&tr_dict_values_type);
    tr_type_ready(&tr_dict_items_type);
}

void tr_init_dict_methods(void) {
    tr_type_add_methods(&tr_dict_type, dict_methods);
    tr_type_add_methods(&tr_dict_type, tr_class_getitem_methods);
    for (int k = 0; k < 3; k++) tr_type_add_methods(&dict_iter_types[k], tr_iter_methods);
    TrType *views[] = {&tr_dict_keys_type, &tr_dict_values_type, &tr_dict_items_type};
    for (int k = 0; k < 3; k++) {
        tr_type_add_methods(views[k], view_methods);
        tr_type_add_getter(views[k], "mapping", view_get_mapping);
        if (k != VIEW_VALUES) tr_type_add_methods(views[k], setlike_view_methods);
    }
}
