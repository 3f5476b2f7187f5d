/* obj_set.c — set and frozenset with CPython's table algorithm (setobject.c), so that
 * iteration order (sets of small ints above all) is CPython's.
 * Table: mask+1 entries; a slot is empty (key 0), a dummy (key DUMMY_KEY, hash -1: a
 * deleted key; probing goes on past it) or live.  A probe looks at the slot and its
 * LINEAR_PROBES neighbours, then jumps (i = 5i + 1 + perturb).  `fill` counts live and
 * dummy slots; reaching 3/5 of the table resizes it to the power of two above 4 * used.
 * Assumes: set-like operands are sets or frozensets (subclasses included). */
#include "tr.h"
#include "seq.h"

#define LINEAR_PROBES 9
#define PERTURB_SHIFT 5
#define MIN_SIZE 8

static TrObject dummy_key_obj;
#define DUMMY_KEY (&dummy_key_obj)

/* finger: where pop() looks first */
typedef struct Set { TrSet s; size_t finger; } Set;
#define SET(v) ((TrSet *)(v))

static bool is_set_like(TrValue v) {
    TrType *t = TR_TYPE(v); /* the exact types first: a frozenset is not a set subclass */
    if (t == &tr_set_type || t == &tr_frozenset_type) return true;
    return tr_type_is_subtype(t, &tr_set_type) || tr_type_is_subtype(t, &tr_frozenset_type);
}

static void set_clear(TrSet *s) {
    s->table = tr_alloc(MIN_SIZE * sizeof(TrSetEntry));
    s->mask = MIN_SIZE - 1;
    s->used = s->fill = 0;
    s->hash = -1;
}

/* Live entries in table order: for (...) SET_FOREACH(s, e) { e->key ... } */
#define SET_FOREACH(s, e)                                                        \
    for (TrSetEntry *e = SET(s)->table, *e##_end = e + SET(s)->mask + 1; e < e##_end; e++) \
        if (e->key && e->key != DUMMY_KEY)

/* ---------------------------------------------------------------- the table */

/* The live entry holding key, or the empty entry that ends its probe; 0 on error. */
static TrSetEntry *set_lookkey(TrSet *s, TrValue key, int64_t h) {
restart:;
    size_t mask = s->mask, i = (size_t)h & mask, perturb = (size_t)h;
    for (;;) {
        TrSetEntry *e = &s->table[i];
        int probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
        do {
            if (!e->key) return e;
            if (e->hash == h) {
                TrValue k = e->key;
                if (k == key) return e;
                TrSetEntry *table = s->table;
                int eq = tr_equal(k, key);
                if (eq < 0) return NULL;
                if (table != s->table || e->key != k) goto restart; /* __eq__ changed the set */
                if (eq) return e;
            }
            e++;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

/* Insert into a table known to hold neither key nor dummies (resizing). */
static void set_insert_clean(TrSetEntry *table, size_t mask, TrValue key, int64_t h) {
    size_t i = (size_t)h & mask, perturb = (size_t)h;
    for (;;) {
        TrSetEntry *e = &table[i];
        int probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
        do {
            if (!e->key) {
                e->key = key;
                e->hash = h;
                return;
            }
            e++;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

/* Rebuild with the smallest power-of-two size above minused, dropping dummies. */
static void set_table_resize(TrSet *s, size_t minused) {
    size_t size = MIN_SIZE;
    while (size <= minused) size <<= 1;
    if (size == MIN_SIZE && s->mask == MIN_SIZE - 1 && s->fill == s->used) return;
    TrSetEntry *old = s->table, *end = old + s->mask + 1;
    s->table = tr_alloc(size * sizeof(TrSetEntry));
    s->mask = size - 1;
    s->fill = s->used;
    for (TrSetEntry *e = old; e < end; e++)
        if (e->key && e->key != DUMMY_KEY) set_insert_clean(s->table, s->mask, e->key, e->hash);
}

static void set_grow(TrSet *s) { set_table_resize(s, s->used > 50000 ? s->used * 2 : s->used * 4); }

static int set_add_entry(TrSet *s, TrValue key, int64_t h) {
restart:;
    size_t mask = s->mask, i = (size_t)h & mask, perturb = (size_t)h;
    TrSetEntry *freeslot = NULL;
    for (;;) {
        TrSetEntry *e = &s->table[i];
        int probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
        do {
            if (!e->key) {
                if (freeslot) { /* reuse a dummy: fill is unchanged */
                    freeslot->key = key;
                    freeslot->hash = h;
                    s->used++;
                    return 0;
                }
                e->key = key;
                e->hash = h;
                s->used++;
                if (++s->fill * 5 >= mask * 3) set_grow(s);
                return 0;
            }
            if (e->hash == h) {
                TrValue k = e->key;
                if (k == key) return 0;
                TrSetEntry *table = s->table;
                int eq = tr_equal(k, key);
                if (eq) return eq < 0 ? -1 : 0;
                if (table != s->table || e->key != k) goto restart;
            } else if (e->key == DUMMY_KEY) {
                freeslot = e;
            }
            e++;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

/* 1 if key (with hash h) is in s, 0 if not, -1 on error */
static int set_contains_entry(TrSet *s, TrValue key, int64_t h) {
    TrSetEntry *e = set_lookkey(s, key, h);
    return e ? e->key != 0 : -1;
}

/* 1 removed, 0 absent, -1 error */
static int set_discard_entry(TrSet *s, TrValue key, int64_t h) {
    TrSetEntry *e = set_lookkey(s, key, h);
    if (!e) return -1;
    if (!e->key) return 0;
    e->key = DUMMY_KEY;
    e->hash = -1;
    s->used--;
    return 1;
}

/* Hash of key for a lookup; a set stands for the equal frozenset (`{1} in s`). */
static int64_t lookup_hash(TrValue *key) {
    int64_t h = tr_container_hash(*key);
    if (h == -1 && tr_isinstance_type(*key, &tr_set_type) && tr_err_is(TR_EXC_TYPE(TypeError))) {
        tr_err_clear();
        *key = tr_frozenset_new(*key);
        h = *key ? tr_hash(*key) : -1;
    }
    return h;
}

static int set_discard_key(TrSet *s, TrValue key) {
    int64_t h = lookup_hash(&key);
    return h == -1 ? -1 : set_discard_entry(s, key, h);
}

int tr_set_add(TrValue s, TrValue key) {
    int64_t h = tr_container_hash(key);
    return h == -1 ? -1 : set_add_entry(SET(s), key, h);
}

int tr_set_contains(TrValue s, TrValue key) {
    int64_t h = lookup_hash(&key);
    return h == -1 ? -1 : set_contains_entry(SET(s), key, h);
}

/* s |= other for a set-like other: one resize up front, then a plain copy of the
 * entries when s is empty. */
static int set_merge(TrSet *s, TrSet *o) {
    if (o == s || o->used == 0) return 0;
    if ((s->fill + o->used) * 5 >= s->mask * 3) set_table_resize(s, (s->used + o->used) * 2);
    if (s->fill == 0 && s->mask == o->mask && o->fill == o->used) {
        memcpy(s->table, o->table, (o->mask + 1) * sizeof(TrSetEntry));
        s->fill = s->used = o->used;
        return 0;
    }
    if (s->fill == 0) {
        SET_FOREACH(o, e) set_insert_clean(s->table, s->mask, e->key, e->hash);
        s->fill = s->used = o->used;
        return 0;
    }
    SET_FOREACH(o, e)
        if (set_add_entry(s, e->key, e->hash) < 0) return -1;
    return 0;
}

int tr_set_update(TrValue s, TrValue iterable) {
    if (is_set_like(iterable)) return set_merge(SET(s), SET(iterable));
    if (TR_TYPE(iterable) == &tr_dict_type) {
        TrDict *d = (TrDict *)iterable;
        tr_dict_sync(d);
        if ((SET(s)->fill + d->used) * 5 >= SET(s)->mask * 3) set_table_resize(SET(s), (SET(s)->used + d->used) * 2);
        for (size_t i = 0; i < d->nentries; i++)
            if (d->entries[i].key && set_add_entry(SET(s), d->entries[i].key, d->entries[i].hash) < 0) return -1;
        return 0;
    }
    TrValue it = tr_iter(iterable);
    if (!it) return -1;
    TrValue v;
    while ((v = tr_next(it)))
        if (tr_set_add(s, v) < 0) return -1;
    return tr_err_occurred() ? -1 : 0;
}

/* ---------------------------------------------------------------- construction */

static TrValue set_make(TrType *type, TrValue iterable) {
    TrSet *s = (TrSet *)tr_object_alloc(type, type->basicsize);
    set_clear(s);
    if (iterable && tr_set_update((TrValue)s, iterable) < 0) return 0;
    return (TrValue)s;
}

TrValue tr_set_new(TrValue iterable) { return set_make(&tr_set_type, iterable); }
TrValue tr_frozenset_new(TrValue iterable) { return set_make(&tr_frozenset_type, iterable); }

/* A new set of the builtin base of like's type (set | frozenset -> set, as CPython). */
static TrValue set_make_like(TrValue like, TrValue iterable) {
    return set_make(tr_isinstance_type(like, &tr_set_type) ? &tr_set_type : &tr_frozenset_type, iterable);
}

static TrValue set_copy(TrValue s) { return set_make_like(s, s); }

/* Move the contents of src into dst (src is discarded). */
static void set_take_body(TrSet *dst, TrSet *src) {
    dst->table = src->table;
    dst->mask = src->mask;
    dst->used = src->used;
    dst->fill = src->fill;
    dst->hash = -1;
}

/* ---------------------------------------------------------------- algebra */

static TrValue set_intersection(TrValue a, TrValue b) {
    if (a == b) return set_copy(a);
    TrValue r = set_make_like(a, 0);
    if (is_set_like(b)) {
        TrValue small = SET(b)->used > SET(a)->used ? a : b, big = small == a ? b : a;
        SET_FOREACH(small, e) {
            int c = set_contains_entry(SET(big), e->key, e->hash);
            if (c < 0 || (c && set_add_entry(SET(r), e->key, e->hash) < 0)) return 0;
        }
        return r;
    }
    TrValue it = tr_iter(b), k;
    if (!it) return 0;
    while ((k = tr_next(it))) {
        int64_t h = tr_container_hash(k);
        int c = h == -1 ? -1 : set_contains_entry(SET(a), k, h);
        if (c < 0 || (c && set_add_entry(SET(r), k, h) < 0)) return 0;
        if (SET(r)->used >= SET(a)->used) break;
    }
    return tr_err_occurred() ? 0 : r;
}

static int set_intersection_update(TrValue a, TrValue b) {
    TrValue r = set_intersection(a, b);
    if (!r) return -1;
    set_take_body(SET(a), SET(r));
    return 0;
}

static int set_difference_update(TrValue a, TrValue b) {
    if (a == b) {
        set_clear(SET(a));
        return 0;
    }
    if (is_set_like(b)) {
        if ((SET(b)->used >> 3) > SET(a)->used && !(b = set_intersection(a, b))) return -1;
        SET_FOREACH(b, e)
            if (set_discard_entry(SET(a), e->key, e->hash) < 0) return -1;
    } else {
        TrValue it = tr_iter(b), k;
        if (!it) return -1;
        while ((k = tr_next(it)))
            if (set_discard_key(SET(a), k) < 0) return -1;
        if (tr_err_occurred()) return -1;
    }
    if (SET(a)->fill - SET(a)->used > SET(a)->mask / 4) set_grow(SET(a)); /* too many dummies */
    return 0;
}

static TrValue set_difference(TrValue a, TrValue b) {
    bool set_b = is_set_like(b), dict_b = TR_TYPE(b) == &tr_dict_type;
    size_t other_size = set_b ? SET(b)->used : dict_b ? tr_dict_len(b) : 0;
    if ((!set_b && !dict_b) || (SET(a)->used >> 2) > other_size) { /* copy, then remove */
        TrValue r = set_copy(a);
        return r && set_difference_update(r, b) == 0 ? r : 0;
    }
    TrValue r = set_make_like(a, 0);
    SET_FOREACH(a, e) {
        int c;
        if (set_b) c = set_contains_entry(SET(b), e->key, e->hash);
        else c = tr_dict_get(b, e->key) ? 1 : tr_err_occurred() ? -1 : 0;
        if (c < 0 || (!c && set_add_entry(SET(r), e->key, e->hash) < 0)) return 0;
    }
    return r;
}

static int set_symmetric_difference_update(TrValue a, TrValue b) {
    if (a == b) {
        set_clear(SET(a));
        return 0;
    }
    if (TR_TYPE(b) == &tr_dict_type) {
        TrDict *d = (TrDict *)b;
        tr_dict_sync(d);
        for (size_t i = 0; i < d->nentries; i++) {
            TrDictEntry *e = &d->entries[i];
            if (!e->key) continue;
            int r = set_discard_entry(SET(a), e->key, e->hash);
            if (r < 0 || (r == 0 && set_add_entry(SET(a), e->key, e->hash) < 0)) return -1;
        }
        return 0;
    }
    TrValue o = is_set_like(b) ? b : set_make_like(a, b);
    if (!o) return -1;
    SET_FOREACH(o, e) {
        int r = set_discard_entry(SET(a), e->key, e->hash);
        if (r < 0 || (r == 0 && set_add_entry(SET(a), e->key, e->hash) < 0)) return -1;
    }
    return 0;
}

static TrValue set_symmetric_difference(TrValue a, TrValue b) {
    TrValue r = set_make_like(a, b);
    return r && set_symmetric_difference_update(r, a) == 0 ? r : 0;
}

/* 1 if every item of a is in b (b any iterable), 0 if not, -1 on error */
static int set_issubset(TrValue a, TrValue b) {
    if (!is_set_like(b)) {
        TrValue t = set_intersection(a, b);
        return t ? SET(t)->used == SET(a)->used : -1;
    }
    if (SET(a)->used > SET(b)->used) return 0;
    SET_FOREACH(a, e) {
        int c = set_contains_entry(SET(b), e->key, e->hash);
        if (c <= 0) return c;
    }
    return 1;
}

static int set_issuperset(TrValue a, TrValue b) {
    if (is_set_like(b)) return set_issubset(b, a);
    TrValue it = tr_iter(b), k;
    if (!it) return -1;
    while ((k = tr_next(it))) {
        int c = tr_set_contains(a, k);
        if (c <= 0) return c;
    }
    return tr_err_occurred() ? -1 : 1;
}

static int set_isdisjoint(TrValue a, TrValue b) {
    if (a == b) return SET(a)->used == 0;
    if (is_set_like(b)) {
        TrValue small = SET(b)->used > SET(a)->used ? a : b, big = small == a ? b : a;
        SET_FOREACH(small, e) {
            int c = set_contains_entry(SET(big), e->key, e->hash);
            if (c) return c < 0 ? -1 : 0;
        }
        return 1;
    }
    TrValue it = tr_iter(b), k;
    if (!it) return -1;
    while ((k = tr_next(it))) {
        int c = tr_set_contains(a, k);
        if (c) return c < 0 ? -1 : 0;
    }
    return tr_err_occurred() ? -1 : 1;
}

/* ---------------------------------------------------------------- iteration */

typedef struct SetIter { TrObject ob; TrSet *set; size_t pos, used; } SetIter;
static TrType set_iter_type;

static TrValue set_iter(TrValue self) {
    SetIter *it = (SetIter *)tr_object_alloc(&set_iter_type, sizeof(SetIter));
    it->set = SET(self);
    it->used = it->set->used;
    return (TrValue)it;
}

static TrValue set_iter_next(TrValue self) {
    SetIter *it = (SetIter *)self;
    TrSet *s = it->set;
    if (!s) return 0;
    if (s->used != it->used) {
        it->set = NULL;
        return tr_err(TR_EXC_TYPE(RuntimeError), "Set changed size during iteration");
    }
    while (it->pos <= s->mask) {
        TrSetEntry *e = &s->table[it->pos++];
        if (e->key && e->key != DUMMY_KEY) return e->key;
    }
    it->set = NULL;
    return 0;
}

static TrType set_iter_type = {
    .ob = {&tr_type_type}, .name = "set_iterator", .basicsize = sizeof(SetIter),
    .iter = tr_self_iter, .next = set_iter_next,
};

/* ---------------------------------------------------------------- slots */

static TrValue set_repr(TrValue self) {
    const char *name = TR_TYPE(self)->name;
    if (!SET(self)->used) return tr_str_fmt("%s()", name);
    TrReprGuard guard;
    if (tr_repr_enter(&guard, self)) return tr_str_fmt("%s(...)", name);
    TrBuf b;
    tr_buf_init(&b);
    bool wrap = TR_TYPE(self) != &tr_set_type;
    if (wrap) tr_buf_printf(&b, "%s(", name);
    tr_buf_addc(&b, '{');
    size_t n = 0;
    TrValue r = 0;
    SET_FOREACH(self, e) {
        if (n++) tr_buf_adds(&b, ", ");
        if (tr_buf_add_repr(&b, e->key) < 0) goto done;
    }
    tr_buf_addc(&b, '}');
    if (wrap) tr_buf_addc(&b, ')');
    r = tr_buf_finish(&b);
done:
    tr_repr_leave(&guard);
    return r;
}

static intptr_t set_len(TrValue self) { return (intptr_t)SET(self)->used; }
static int set_truth(TrValue self) { return SET(self)->used != 0; }

static TrValue set_richcompare(TrValue a, TrValue b, int op) {
    if (!is_set_like(b)) return tr_NotImplemented;
    size_t na = SET(a)->used, nb = SET(b)->used;
    int r;
    switch (op) {
    case TR_EQ:
    case TR_NE:
        if (na != nb || (SET(a)->hash != -1 && SET(b)->hash != -1 && SET(a)->hash != SET(b)->hash)) r = 0;
        else r = set_issubset(a, b);
        if (op == TR_NE && r >= 0) r = !r;
        break;
    case TR_LE: r = set_issubset(a, b); break;
    case TR_GE: r = set_issuperset(a, b); break;
    case TR_LT: r = na < nb ? set_issubset(a, b) : 0; break;
    default: r = na > nb ? set_issuperset(a, b) : 0; break;
    }
    return r < 0 ? 0 : tr_bool(r);
}

/* CPython's frozenset hash: an xor of shuffled entry hashes, then dispersed */
static int64_t frozenset_hash(TrValue self) {
    TrSet *s = SET(self);
    if (s->hash != -1) return s->hash;
    uintptr_t h = 0; /* Py_uhash_t */
    SET_FOREACH(s, e) {
        uintptr_t x = (uintptr_t)e->hash;
        h ^= ((x ^ 89869747UL) ^ (x << 16)) * 3644798167UL;
    }
    h ^= ((uintptr_t)s->used + 1) * 1927868237UL;
    h ^= (h >> 11) ^ (h >> 25);
    h = h * 69069U + 907133923UL;
    if (h == (uintptr_t)-1) h = 590923713UL;
    return s->hash = (intptr_t)h;
}

/* Binary operators take two set-likes; the result type follows the left operand. */
#define SET_BINOP(fn, impl)                                                       \
    static TrValue fn(TrValue a, TrValue b) {                                     \
        if (!is_set_like(a) || !is_set_like(b)) return tr_NotImplemented;         \
        return impl(a, b);                                                        \
    }
#define SET_INPLACE(fn, impl)                                                     \
    static TrValue fn(TrValue a, TrValue b) {                                     \
        if (!is_set_like(b)) return tr_NotImplemented;                            \
        return impl(a, b) < 0 ? 0 : a;                                            \
    }

static TrValue set_union2(TrValue a, TrValue b) {
    TrValue r = set_copy(a);
    return r && tr_set_update(r, b) == 0 ? r : 0;
}

SET_BINOP(set_or, set_union2)
SET_BINOP(set_and, set_intersection)
SET_BINOP(set_sub, set_difference)
SET_BINOP(set_xor, set_symmetric_difference)
SET_INPLACE(set_ior, tr_set_update)
SET_INPLACE(set_iand, set_intersection_update)
SET_INPLACE(set_isub, set_difference_update)
SET_INPLACE(set_ixor, set_symmetric_difference_update)

static TrValue set_new_slot(TrType *type, TrValue *args, size_t nargs, TrValue kwnames) {
    if (!tr_type_is_subtype(type, &tr_frozenset_type)) return set_make(type, 0); /* set.__init__ fills it */
    if (type == &tr_frozenset_type &&
        (tr_no_kwargs("frozenset", kwnames) < 0 || tr_check_nargs("frozenset", nargs, 0, 1) < 0))
        return 0;
    if (type == &tr_frozenset_type && nargs && TR_TYPE(args[0]) == &tr_frozenset_type) return args[0];
    return set_make(type, nargs ? args[0] : 0);
}

static int set_init(TrValue self, TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_isinstance_type(self, &tr_frozenset_type)) return 0;
    if (tr_no_kwargs("set", kwnames) < 0 || tr_check_nargs(TR_TYPE(self)->name, nargs, 0, 1) < 0) return -1;
    if (SET(self)->fill) set_clear(SET(self));
    return nargs ? tr_set_update(self, args[0]) : 0;
}

/* ---------------------------------------------------------------- methods */

#define ARGS(name, min, max) if (tr_method_args(args, nargs, kwnames, name, min, max) < 0) return 0
#define RESULT(r) ((r) < 0 ? 0 : tr_None)

static TrValue set_m_add(TrValue *args, size_t nargs, TrValue kwnames) {
    ARGS("add", 1, 1);
    return RESULT(tr_set_add(args[0], args[1]));
}

static TrValue set_m_discard(TrValue *args, size_t nargs, TrValue kwnames) {
    ARGS("discard", 1, 1);
    return RESULT(set_discard_key(SET(args[0]), args[1]));
}

static TrValue set_m_remove(TrValue *args, size_t nargs, TrValue kwnames) {
    ARGS("remove", 1, 1);
    int r = set_discard_key(SET(args[0]), args[1]);
    if (r < 0) return 0;
    return r ? tr_None : tr_err_value(TR_EXC_TYPE(KeyError), args[1]);
}

static TrValue set_m_pop(TrValue *args, size_t nargs, TrValue kwnames) {
    ARGS("pop", 0, 0);
    Set *s = (Set *)args[0];
    if (!s->s.used) return tr_err(TR_EXC_TYPE(KeyError), "pop from an empty set");
    size_t i = s->finger & s->s.mask;
    while (!s->s.table[i].key || s->s.table[i].key == DUMMY_KEY) i = (i + 1) & s->s.mask;
    TrValue k = s->s.table[i].key;
    s->s.table[i].key = DUMMY_KEY;
    s->s.table[i].hash = -1;
    s->s.used--;
    s->finger = i + 1;
    return k;
}

static TrValue set_m_clear(TrValue *args, size_t nargs, TrValue kwnames) {
    ARGS("clear", 0, 0);
    set_clear(SET(args[0]));
    return tr_None;
}

static TrValue set_m_copy(TrValue *args, size_t nargs, TrValue kwnames) {
    ARGS("copy", 0, 0);
    return TR_TYPE(args[0]) == &tr_frozenset_type ? args[0] : set_copy(args[0]);
}

static TrValue set_m_union(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_method_args(args, nargs, kwnames, "union", 0, SIZE_MAX) < 0) return 0;
    TrValue r = set_copy(args[0]);
    for (size_t i = 1; r && i < nargs; i++)
        if (args[i] != args[0] && tr_set_update(r, args[i]) < 0) return 0;
    return r;
}

/* args[0] & args[1] & ...: a new set, args[0] itself when alone */
static TrValue intersection_of(TrValue *args, size_t nargs) {
    if (nargs == 1) return set_copy(args[0]);
    TrValue r = args[0];
    for (size_t i = 1; r && i < nargs; i++) r = set_intersection(r, args[i]);
    return r;
}

static TrValue set_m_intersection(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_method_args(args, nargs, kwnames, "intersection", 0, SIZE_MAX) < 0) return 0;
    return intersection_of(args, nargs);
}

static TrValue set_m_difference(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_method_args(args, nargs, kwnames, "difference", 0, SIZE_MAX) < 0) return 0;
    if (nargs == 1) return set_copy(args[0]);
    TrValue r = set_difference(args[0], args[1]);
    for (size_t i = 2; r && i < nargs; i++)
        if (set_difference_update(r, args[i]) < 0) return 0;
    return r;
}

static TrValue set_m_symmetric_difference(TrValue *args, size_t nargs, TrValue kwnames) {
    ARGS("symmetric_difference", 1, 1);
    return set_symmetric_difference(args[0], args[1]);
}

static TrValue set_m_update(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_method_args(args, nargs, kwnames, "update", 0, SIZE_MAX) < 0) return 0;
    for (size_t i = 1; i < nargs; i++)
        if (tr_set_update(args[0], args[i]) < 0) return 0;
    return tr_None;
}

static TrValue set_m_intersection_update(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_method_args(args, nargs, kwnames, "intersection_update", 0, SIZE_MAX) < 0) return 0;
    TrValue r = intersection_of(args, nargs);
    if (!r) return 0;
    if (r != args[0]) set_take_body(SET(args[0]), SET(r));
    return tr_None;
}

static TrValue set_m_difference_update(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_method_args(args, nargs, kwnames, "difference_update", 0, SIZE_MAX) < 0) return 0;
    for (size_t i = 1; i < nargs; i++)
        if (set_difference_update(args[0], args[i]) < 0) return 0;
    return tr_None;
}

static TrValue set_m_symmetric_difference_update(TrValue *args, size_t nargs, TrValue kwnames) {
    ARGS("symmetric_difference_update", 1, 1);
    return RESULT(set_symmetric_difference_update(args[0], args[1]));
}

#define SET_PREDICATE(fn, fname, impl)                                     \
    static TrValue fn(TrValue *args, size_t nargs, TrValue kwnames) {      \
        ARGS(fname, 1, 1);                                                 \
        int r = impl(args[0], args[1]);                                    \
        return r < 0 ? 0 : tr_bool(r);                                     \
    }
SET_PREDICATE(set_m_issubset, "issubset", set_issubset)
SET_PREDICATE(set_m_issuperset, "issuperset", set_issuperset)
SET_PREDICATE(set_m_isdisjoint, "isdisjoint", set_isdisjoint)

TR_WRAP_LEN(set_w_len, tr_set_type)
TR_WRAP_CONTAINS(set_w_contains, tr_set_type)
TR_WRAP_ITER(set_w_iter, tr_set_type)
TR_WRAP_REPR(set_w_repr, tr_set_type)
TR_WRAP_INIT(set_w_init, tr_set_type)

/* shared by set and frozenset */
static TrValue set_m_sizeof(TrValue *args, size_t nargs, TrValue kwnames) {
    TrSet *s = (TrSet *)args[0];
    return tr_sizeof(args, nargs, kwnames, s->table ? (s->mask + 1) * sizeof(TrSetEntry) : 0);
}

static const TrMethodDef frozenset_methods[] = {
    {"__sizeof__", set_m_sizeof, TR_METH_INSTANCE},
    {"copy", set_m_copy, TR_METH_INSTANCE},
    {"union", set_m_union, TR_METH_INSTANCE},
    {"intersection", set_m_intersection, TR_METH_INSTANCE},
    {"difference", set_m_difference, TR_METH_INSTANCE},
    {"symmetric_difference", set_m_symmetric_difference, TR_METH_INSTANCE},
    {"issubset", set_m_issubset, TR_METH_INSTANCE},
    {"issuperset", set_m_issuperset, TR_METH_INSTANCE},
    {"isdisjoint", set_m_isdisjoint, TR_METH_INSTANCE},
    {"__len__", set_w_len, TR_METH_INSTANCE},
    {"__contains__", set_w_contains, TR_METH_COEXIST},
    {"__iter__", set_w_iter, TR_METH_INSTANCE},
    {"__repr__", set_w_repr, TR_METH_INSTANCE},
    {0},
};

static const TrMethodDef set_methods[] = {
    {"add", set_m_add, TR_METH_INSTANCE},
    {"discard", set_m_discard, TR_METH_INSTANCE},
    {"remove", set_m_remove, TR_METH_INSTANCE},
    {"pop", set_m_pop, TR_METH_INSTANCE},
    {"clear", set_m_clear, TR_METH_INSTANCE},
    {"update", set_m_update, TR_METH_INSTANCE},
    {"intersection_update", set_m_intersection_update, TR_METH_INSTANCE},
    {"difference_update", set_m_difference_update, TR_METH_INSTANCE},
    {"symmetric_difference_update", set_m_symmetric_difference_update, TR_METH_INSTANCE},
    {"__init__", set_w_init, TR_METH_INSTANCE},
    {0},
};

#define SET_SLOTS                                                                          \
    .basicsize = sizeof(Set), .repr = set_repr, .richcompare = set_richcompare,            \
    .len = set_len, .truth = set_truth, .contains = tr_set_contains, .iter = set_iter,     \
    .nb = {[TR_OR] = set_or, [TR_AND] = set_and, [TR_SUB] = set_sub, [TR_XOR] = set_xor},  \
    .new_ = set_new_slot, .init = set_init

TrType tr_set_type = {
    .getattr = tr_generic_getattr, /* CPython's sets tp_getattro: a __getattribute__ of its own */
    .ob = {&tr_type_type}, .name = "set", .flags = TR_TF_BASETYPE, SET_SLOTS,
    .nb_inplace = {[TR_OR] = set_ior, [TR_AND] = set_iand, [TR_SUB] = set_isub, [TR_XOR] = set_ixor},
};

TrType tr_frozenset_type = {
    .getattr = tr_generic_getattr, /* CPython's sets tp_getattro: a __getattribute__ of its own */
    .ob = {&tr_type_type}, .name = "frozenset", .flags = TR_TF_BASETYPE, SET_SLOTS,
    .hash = frozenset_hash,
};

/* Needs str, dict and builtin functions (tr_type_add_methods). */
void tr_init_set(void) {
    tr_type_ready(&tr_set_type);
    tr_type_ready(&tr_frozenset_type);
    tr_type_ready(&set_iter_type);
    tr_type_add_methods(&tr_set_type, frozenset_methods);
    tr_type_add_methods(&tr_set_type, set_methods);
    tr_type_add_methods(&tr_frozenset_type, frozenset_methods);
    tr_type_add_methods(&tr_set_type, tr_class_getitem_methods);
    tr_type_add_methods(&tr_frozenset_type, tr_class_getitem_methods);
    tr_type_add_methods(&set_iter_type, tr_iter_methods);
}
