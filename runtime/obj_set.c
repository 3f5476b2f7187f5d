/* obj_set.c — set and frozenset: open addressing over (hash, key) entries.
 * A slot is empty (key 0), a dummy (key == DUMMY_KEY: deleted) or live.  The table is
 * kept at most 3/5 full counting dummies (`fill`); `used` counts live keys.
 * Iteration follows table order, so (as in CPython) order is not insertion order. */
#include "tr.h"
#include "seq.h"

static TrObject dummy_key_obj;
#define DUMMY_KEY (&dummy_key_obj)

static TrValue set_alloc(TrType *type) {
    TrSet *s = (TrSet *)tr_object_alloc(type, type->basicsize);
    s->mask = 7;
    s->table = tr_alloc(8 * sizeof(TrSetEntry));
    s->hash = -1;
    return (TrValue)s;
}

static int is_set_like(TrValue v) {
    return tr_isinstance_type(v, &tr_set_type) || tr_isinstance_type(v, &tr_frozenset_type);
}

/* Entry for key, or the insertion slot if absent (*found = 0); 0 on error. */
static TrSetEntry *set_lookup(TrSet *s, TrValue key, int64_t h, int *found) {
    size_t i = (size_t)h & s->mask, perturb = (size_t)h;
    TrSetEntry *free_e = NULL;
    for (;;) {
        TrSetEntry *e = &s->table[i];
        if (!e->key) { *found = 0; return free_e ? free_e : e; }
        if (e->key == DUMMY_KEY) {
            if (!free_e) free_e = e;
        } else if (e->key == key) {
            *found = 1;
            return e;
        } else if (e->hash == h) {
            int eq = tr_equal(e->key, key);
            if (eq < 0) return NULL;
            if (eq) { *found = 1; return e; }
        }
        perturb >>= 5;
        i = (i * 5 + perturb + 1) & s->mask;
    }
}

static void set_resize(TrSet *s) {
    TrSetEntry *old = s->table;
    size_t oldsize = s->mask + 1, size = 8;
    while (size * 3 < (s->used + 1) * 5 * 2) size <<= 1;
    s->table = tr_alloc(size * sizeof(TrSetEntry));
    s->mask = size - 1;
    s->fill = s->used;
    for (size_t k = 0; k < oldsize; k++) {
        if (!old[k].key || old[k].key == DUMMY_KEY) continue;
        size_t i = (size_t)old[k].hash & s->mask, perturb = (size_t)old[k].hash;
        while (s->table[i].key) {
            perturb >>= 5;
            i = (i * 5 + perturb + 1) & s->mask;
        }
        s->table[i] = old[k];
    }
}

int tr_set_add(TrValue sv, TrValue key) {
    TrSet *s = (TrSet *)sv;
    int64_t h = tr_hash(key);
    if (h == -1) return -1;
    int found;
    TrSetEntry *e = set_lookup(s, key, h, &found);
    if (!e) return -1;
    if (found) return 0;
    if (!e->key) s->fill++;
    e->key = key;
    e->hash = h;
    s->used++;
    if (s->fill * 5 >= (s->mask + 1) * 3) set_resize(s);
    return 0;
}

int tr_set_contains(TrValue sv, TrValue key) {
    int64_t h = tr_hash(key);
    if (h == -1) {
        /* an unhashable set can still be looked up as a frozenset */
        if (tr_isinstance_type(key, &tr_set_type)) {
            tr_err_clear();
            TrValue f = tr_frozenset_new(key);
            return f ? tr_set_contains(sv, f) : -1;
        }
        return -1;
    }
    int found;
    if (!set_lookup((TrSet *)sv, key, h, &found)) return -1;
    return found;
}

static int set_discard(TrSet *s, TrValue key) {
    int64_t h = tr_hash(key);
    if (h == -1) return -1;
    int found;
    TrSetEntry *e = set_lookup(s, key, h, &found);
    if (!e) return -1;
    if (!found) return 0;
    e->key = DUMMY_KEY;
    s->used--;
    return 1;
}

int tr_set_update(TrValue s, TrValue iterable) {
    if (is_set_like(iterable)) {
        TrSet *o = (TrSet *)iterable;
        for (size_t i = 0; i <= o->mask; i++)
            if (o->table[i].key && o->table[i].key != DUMMY_KEY && tr_set_add(s, o->table[i].key) < 0) return -1;
        return 0;
    }
    if (tr_dict_check(iterable)) {
        size_t pos = 0;
        TrValue k;
        while (tr_dict_next(iterable, &pos, &k, NULL))
            if (tr_set_add(s, k) < 0) return -1;
        return 0;
    }
    TrValue it = tr_iter(iterable);
    if (!it) return -1;
    TrValue v;
    while ((v = tr_next(it)))
        if (tr_set_add(s, v) < 0) return -1;
    return tr_err_occurred() ? -1 : 0;
}

TrValue tr_set_new(TrValue iterable) {
    TrValue s = set_alloc(&tr_set_type);
    if (iterable && tr_set_update(s, iterable) < 0) return 0;
    return s;
}

TrValue tr_frozenset_new(TrValue iterable) {
    TrValue s = set_alloc(&tr_frozenset_type);
    if (iterable && tr_set_update(s, iterable) < 0) return 0;
    return s;
}

/* ---------------------------------------------------------------- iteration */

typedef struct SetIter { TrObject ob; TrSet *set; size_t pos, used; } SetIter;
static TrType set_iter_type;

static TrValue set_iter(TrValue self) {
    SetIter *it = (SetIter *)tr_object_alloc(&set_iter_type, sizeof(SetIter));
    it->set = (TrSet *)self;
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

static TrValue self_iter(TrValue self) { return self; }

static TrType set_iter_type = {
    .ob = {&tr_type_type}, .name = "set_iterator", .basicsize = sizeof(SetIter),
    .iter = self_iter, .next = set_iter_next,
};

#define SET_FOREACH(s, k)                                                       \
    for (size_t _i = 0; _i <= ((TrSet *)(s))->mask; _i++)                       \
        for (TrValue k = ((TrSet *)(s))->table[_i].key; k && k != DUMMY_KEY; k = 0)

/* ---------------------------------------------------------------- slots */

static TrValue set_repr(TrValue self) {
    TrSet *s = (TrSet *)self;
    bool frozen = tr_isinstance_type(self, &tr_frozenset_type);
    const char *name = TR_TYPE(self)->name;
    if (!s->used) return tr_str_fmt("%s()", name);
    if (tr_repr_enter(self)) return tr_str_fmt("%s(...)", name);
    TrBuf b;
    tr_buf_init(&b);
    bool wrap = frozen || TR_TYPE(self) != &tr_set_type;
    if (wrap) tr_buf_printf(&b, "%s(", name);
    tr_buf_addc(&b, '{');
    size_t n = 0;
    SET_FOREACH(self, k) {
        if (n++) tr_buf_adds(&b, ", ");
        if (tr_buf_add_repr(&b, k) < 0) { tr_repr_leave(self); return 0; }
    }
    tr_buf_addc(&b, '}');
    if (wrap) tr_buf_addc(&b, ')');
    tr_repr_leave(self);
    return tr_buf_finish(&b);
}

static intptr_t set_len(TrValue self) { return (intptr_t)((TrSet *)self)->used; }
static int set_truth(TrValue self) { return ((TrSet *)self)->used != 0; }
static int set_contains_slot(TrValue self, TrValue key) { return tr_set_contains(self, key); }

static int subset(TrValue a, TrValue b) {
    if (((TrSet *)a)->used > ((TrSet *)b)->used) return 0;
    SET_FOREACH(a, k) {
        int r = tr_set_contains(b, k);
        if (r <= 0) return r;
    }
    return 1;
}

static TrValue set_richcompare(TrValue a, TrValue b, int op) {
    if (!is_set_like(b)) return tr_NotImplemented;
    size_t na = ((TrSet *)a)->used, nb = ((TrSet *)b)->used;
    int r;
    switch (op) {
    case TR_EQ: r = na == nb ? subset(a, b) : 0; break;
    case TR_NE: r = na == nb ? subset(a, b) : 0; if (r >= 0) r = !r; break;
    case TR_LE: r = subset(a, b); break;
    case TR_LT: r = na < nb ? subset(a, b) : 0; break;
    case TR_GE: r = subset(b, a); break;
    default: r = na > nb ? subset(b, a) : 0; break;
    }
    return r < 0 ? 0 : tr_bool(r);
}

static int64_t frozenset_hash(TrValue self) {
    TrSet *s = (TrSet *)self;
    if (s->hash != -1) return s->hash;
    uint64_t h = 0;
    SET_FOREACH(self, k) {
        uint64_t x = (uint64_t)((TrSet *)self)->table[_i].hash;
        h ^= ((x ^ 89869747UL) ^ (x << 16)) * 3644798167UL;
    }
    h ^= ((uint64_t)s->used + 1) * 1927868237UL;
    h ^= (h >> 11) ^ (h >> 25);
    h = h * 69069U + 907133923UL;
    if (h == (uint64_t)-1) h = 590923713UL;
    s->hash = (int64_t)h;
    return s->hash;
}

/* result type follows the left operand (set | frozenset -> set) */
static TrValue like(TrValue a) { return set_alloc(tr_isinstance_type(a, &tr_frozenset_type) ? &tr_frozenset_type : &tr_set_type); }

static TrValue set_or(TrValue a, TrValue b) {
    if (!is_set_like(a) || !is_set_like(b)) return tr_NotImplemented;
    TrValue r = like(a);
    if (tr_set_update(r, a) < 0 || tr_set_update(r, b) < 0) return 0;
    return r;
}

static TrValue set_and(TrValue a, TrValue b) {
    if (!is_set_like(a) || !is_set_like(b)) return tr_NotImplemented;
    TrValue r = like(a);
    SET_FOREACH(a, k) {
        int c = tr_set_contains(b, k);
        if (c < 0 || (c && tr_set_add(r, k) < 0)) return 0;
    }
    return r;
}

static TrValue set_sub(TrValue a, TrValue b) {
    if (!is_set_like(a) || !is_set_like(b)) return tr_NotImplemented;
    TrValue r = like(a);
    SET_FOREACH(a, k) {
        int c = tr_set_contains(b, k);
        if (c < 0 || (!c && tr_set_add(r, k) < 0)) return 0;
    }
    return r;
}

static TrValue set_xor(TrValue a, TrValue b) {
    if (!is_set_like(a) || !is_set_like(b)) return tr_NotImplemented;
    TrValue r = set_sub(a, b), r2 = r ? set_sub(b, a) : 0;
    if (!r2 || tr_set_update(r, r2) < 0) return 0;
    return r;
}

static void set_replace(TrValue dst, TrValue src) {
    TrSet *d = (TrSet *)dst, *s = (TrSet *)src;
    d->table = s->table;
    d->mask = s->mask;
    d->used = s->used;
    d->fill = s->fill;
}

#define INPLACE(name, op)                                                   \
    static TrValue name(TrValue a, TrValue b) {                             \
        if (!is_set_like(b)) return tr_NotImplemented;                      \
        TrValue r = op(a, b);                                               \
        if (!r) return 0;                                                   \
        set_replace(a, r);                                                  \
        return a;                                                           \
    }
INPLACE(set_ior, set_or)
INPLACE(set_iand, set_and)
INPLACE(set_isub, set_sub)
INPLACE(set_ixor, set_xor)

static TrValue set_new_slot(TrType *type, TrValue *args, size_t nargs, TrValue kwnames) {
    const char *name = type->name;
    if (tr_no_kwargs(name, kwnames) < 0 || tr_check_nargs(name, nargs, 0, 1) < 0) return 0;
    TrValue s = set_alloc(type);
    if (tr_isinstance_type(s, &tr_frozenset_type) && nargs && tr_set_update(s, args[0]) < 0) return 0;
    return s;
}

static int set_init(TrValue self, TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_isinstance_type(self, &tr_frozenset_type)) return 0;
    return nargs ? tr_set_update(self, args[0]) : 0;
}

/* ---------------------------------------------------------------- methods */

static TrValue set_m_add(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("add", nargs - 1, 1, 1) < 0) return 0;
    return tr_set_add(args[0], args[1]) < 0 ? 0 : tr_None;
}

static TrValue set_m_discard(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("discard", nargs - 1, 1, 1) < 0) return 0;
    return set_discard((TrSet *)args[0], args[1]) < 0 ? 0 : tr_None;
}

static TrValue set_m_remove(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("remove", nargs - 1, 1, 1) < 0) return 0;
    int r = set_discard((TrSet *)args[0], args[1]);
    if (r < 0) return 0;
    if (!r) return tr_err_value(TR_EXC_TYPE(KeyError), args[1]);
    return tr_None;
}

static TrValue set_m_pop(TrValue *args, size_t nargs, TrValue kwnames) {
    TrSet *s = (TrSet *)args[0];
    for (size_t i = 0; i <= s->mask; i++) {
        TrSetEntry *e = &s->table[i];
        if (e->key && e->key != DUMMY_KEY) {
            TrValue k = e->key;
            e->key = DUMMY_KEY;
            s->used--;
            return k;
        }
    }
    return tr_err(TR_EXC_TYPE(KeyError), "pop from an empty set");
}

static TrValue set_m_clear(TrValue *args, size_t nargs, TrValue kwnames) {
    TrSet *s = (TrSet *)args[0];
    s->table = tr_alloc(8 * sizeof(TrSetEntry));
    s->mask = 7;
    s->used = s->fill = 0;
    return tr_None;
}

static TrValue set_m_copy(TrValue *args, size_t nargs, TrValue kwnames) {
    TrValue r = like(args[0]);
    return tr_set_update(r, args[0]) < 0 ? 0 : r;
}

/* Methods taking any iterables: convert each argument to a set, then apply op. */
static TrValue multi(TrValue *args, size_t nargs, TrBinaryFn op, bool inplace) {
    TrValue acc = args[0];
    if (!inplace) {
        acc = like(args[0]);
        if (tr_set_update(acc, args[0]) < 0) return 0;
    }
    for (size_t i = 1; i < nargs; i++) {
        TrValue other = is_set_like(args[i]) ? args[i] : tr_set_new(args[i]);
        if (!other) return 0;
        TrValue r = op(acc, other);
        if (!r) return 0;
        if (inplace) set_replace(acc, r);
        else acc = r;
    }
    return inplace ? tr_None : acc;
}

#define MULTI(name, op, inplace) \
    static TrValue name(TrValue *args, size_t nargs, TrValue kwnames) { return multi(args, nargs, op, inplace); }
MULTI(set_m_union, set_or, false)
MULTI(set_m_intersection, set_and, false)
MULTI(set_m_difference, set_sub, false)
MULTI(set_m_symmetric_difference, set_xor, false)
MULTI(set_m_update, set_or, true)
MULTI(set_m_intersection_update, set_and, true)
MULTI(set_m_difference_update, set_sub, true)
MULTI(set_m_symmetric_difference_update, set_xor, true)

static TrValue as_set(TrValue v) { return is_set_like(v) ? v : tr_set_new(v); }

static TrValue set_m_issubset(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("issubset", nargs - 1, 1, 1) < 0) return 0;
    TrValue o = as_set(args[1]);
    int r = o ? subset(args[0], o) : -1;
    return r < 0 ? 0 : tr_bool(r);
}

static TrValue set_m_issuperset(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("issuperset", nargs - 1, 1, 1) < 0) return 0;
    TrValue o = as_set(args[1]);
    int r = o ? subset(o, args[0]) : -1;
    return r < 0 ? 0 : tr_bool(r);
}

static TrValue set_m_isdisjoint(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("isdisjoint", nargs - 1, 1, 1) < 0) return 0;
    TrValue o = as_set(args[1]);
    if (!o) return 0;
    SET_FOREACH(args[0], k) {
        int c = tr_set_contains(o, k);
        if (c) return c < 0 ? 0 : tr_False;
    }
    return tr_True;
}

static const TrMethodDef frozenset_methods[] = {
    {"copy", set_m_copy, TR_METH_INSTANCE},
    {"union", set_m_union, TR_METH_INSTANCE},
    {"intersection", set_m_intersection, TR_METH_INSTANCE},
    {"difference", set_m_difference, TR_METH_INSTANCE},
    {"symmetric_difference", set_m_symmetric_difference, TR_METH_INSTANCE},
    {"issubset", set_m_issubset, TR_METH_INSTANCE},
    {"issuperset", set_m_issuperset, TR_METH_INSTANCE},
    {"isdisjoint", set_m_isdisjoint, TR_METH_INSTANCE},
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
    {0},
};

#define SET_SLOTS                                                                          \
    .basicsize = sizeof(TrSet), .repr = set_repr, .richcompare = set_richcompare,          \
    .len = set_len, .truth = set_truth, .contains = set_contains_slot, .iter = set_iter,   \
    .nb = {[TR_OR] = set_or, [TR_AND] = set_and, [TR_SUB] = set_sub, [TR_XOR] = set_xor},  \
    .new_ = set_new_slot, .init = set_init

TrType tr_set_type = {
    .ob = {&tr_type_type}, .name = "set", .flags = TR_TF_BASETYPE, SET_SLOTS,
    .nb_inplace = {[TR_OR] = set_ior, [TR_AND] = set_iand, [TR_SUB] = set_isub, [TR_XOR] = set_ixor},
};

TrType tr_frozenset_type = {
    .ob = {&tr_type_type}, .name = "frozenset", .flags = TR_TF_BASETYPE, SET_SLOTS,
    .hash = frozenset_hash,
};

void tr_init_set(void) {
    tr_type_ready(&tr_set_type);
    tr_type_ready(&tr_frozenset_type);
    tr_type_ready(&set_iter_type);
    tr_type_add_methods(&tr_set_type, frozenset_methods);
    tr_type_add_methods(&tr_set_type, set_methods);
    tr_type_add_methods(&tr_frozenset_type, frozenset_methods);
}
