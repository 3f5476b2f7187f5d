/* obj_set.c — set and frozenset: open addressing over (hash, key) entries.
 * A slot is empty (key 0), a dummy (key == DUMMY_KEY: deleted) or live.  The table is
 * kept under 3/5 full counting dummies (`fill`); `used` counts live keys.
 * Iteration follows table order, so (as in CPython) order is not insertion order. */
#include "tr.h"
#include "seq.h"

static TrObject dummy_key_obj;
#define DUMMY_KEY (&dummy_key_obj)

static void set_clear(TrSet *s) {
    s->table = tr_alloc(8 * sizeof(TrSetEntry));
    s->mask = 7;
    s->used = s->fill = 0;
}

static TrValue set_alloc(TrType *type) {
    TrSet *s = (TrSet *)tr_object_alloc(type, type->basicsize);
    set_clear(s);
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

/* CPython's growth (so that small ints iterate in the same order): the smallest power
 * of two above 4 * used (2 * used for big sets). */
static void set_resize(TrSet *s) {
    TrSetEntry *old = s->table;
    size_t oldsize = s->mask + 1, size = 8, minused = s->used > 50000 ? s->used * 2 : s->used * 4;
    while (size <= minused) size <<= 1;
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

/* Hash of key for a lookup; a set used as a key stands for the equal frozenset. */
static int64_t lookup_hash(TrValue *key) {
    int64_t h = tr_container_hash(*key);
    if (h == -1 && tr_isinstance_type(*key, &tr_set_type) && tr_err_is(TR_EXC_TYPE(TypeError))) {
        tr_err_clear();
        *key = tr_frozenset_new(*key);
        h = *key ? tr_hash(*key) : -1;
    }
    return h;
}

static int set_insert(TrSet *s, TrValue key, int64_t h) {
    int found;
    TrSetEntry *e = set_lookup(s, key, h, &found);
    if (!e) return -1;
    if (found) return 0;
    if (!e->key) s->fill++;
    e->key = key;
    e->hash = h;
    s->used++;
    if (s->fill * 5 >= s->mask * 3) set_resize(s);
    return 0;
}

int tr_set_add(TrValue s, TrValue key) {
    int64_t h = tr_container_hash(key);
    return h == -1 ? -1 : set_insert((TrSet *)s, key, h);
}

int tr_set_contains(TrValue s, TrValue key) {
    int64_t h = lookup_hash(&key);
    if (h == -1) return -1;
    int found;
    return set_lookup((TrSet *)s, key, h, &found) ? found : -1;
}

/* 1 removed, 0 absent, -1 error */
static int set_discard(TrSet *s, TrValue key) {
    int64_t h = lookup_hash(&key);
    if (h == -1) return -1;
    int found;
    TrSetEntry *e = set_lookup(s, key, h, &found);
    if (!e) return -1;
    if (!found) return 0;
    e->key = DUMMY_KEY;
    s->used--;
    return 1;
}

#define SET_FOREACH(s, k)                                                       \
    for (size_t _i = 0; _i <= ((TrSet *)(s))->mask; _i++)                       \
        for (TrValue k = ((TrSet *)(s))->table[_i].key; k && k != DUMMY_KEY; k = 0)

int tr_set_update(TrValue s, TrValue iterable) {
    if (is_set_like(iterable)) {
        TrSet *o = (TrSet *)iterable;
        SET_FOREACH(o, k)
            if (set_insert((TrSet *)s, k, o->table[_i].hash) < 0) return -1;
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

static TrType set_iter_type = {
    .ob = {&tr_type_type}, .name = "set_iterator", .basicsize = sizeof(SetIter),
    .iter = tr_self_iter, .next = set_iter_next,
};

/* ---------------------------------------------------------------- slots */

static TrValue set_repr(TrValue self) {
    TrSet *s = (TrSet *)self;
    bool frozen = tr_isinstance_type(self, &tr_frozenset_type);
    const char *name = TR_TYPE(self)->name;
    if (!s->used) return tr_str_fmt("%s()", name);
    TrReprGuard guard;
    if (tr_repr_enter(&guard, self)) return tr_str_fmt("%s(...)", name);
    TrBuf b;
    tr_buf_init(&b);
    bool wrap = frozen || TR_TYPE(self) != &tr_set_type;
    if (wrap) tr_buf_printf(&b, "%s(", name);
    tr_buf_addc(&b, '{');
    size_t n = 0;
    SET_FOREACH(self, k) {
        if (n++) tr_buf_adds(&b, ", ");
        if (tr_buf_add_repr(&b, k) < 0) { tr_repr_leave(&guard); return 0; }
    }
    tr_buf_addc(&b, '}');
    if (wrap) tr_buf_addc(&b, ')');
    tr_repr_leave(&guard);
    return tr_buf_finish(&b);
}

static intptr_t set_len(TrValue self) { return (intptr_t)((TrSet *)self)->used; }
static int set_truth(TrValue self) { return ((TrSet *)self)->used != 0; }

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

/* A new empty set of the base type of a (set | frozenset -> set, as CPython). */
static TrValue like(TrValue a) { return set_alloc(tr_isinstance_type(a, &tr_frozenset_type) ? &tr_frozenset_type : &tr_set_type); }

static TrValue set_copy_of(TrValue a) {
    TrValue r = like(a);
    return tr_set_update(r, a) < 0 ? 0 : r;
}

/* In-place forms: a is a set, b any set or frozenset. */
static int set_intersect_into(TrValue a, TrValue b) {
    TrValue r = like(a);
    TrValue small = ((TrSet *)a)->used <= ((TrSet *)b)->used ? a : b, big = small == a ? b : a;
    SET_FOREACH(small, k) {
        int c = tr_set_contains(big, k);
        if (c < 0 || (c && set_insert((TrSet *)r, k, ((TrSet *)small)->table[_i].hash) < 0)) return -1;
    }
    TrSet *d = (TrSet *)a, *src = (TrSet *)r;
    d->table = src->table;
    d->mask = src->mask;
    d->used = src->used;
    d->fill = src->fill;
    return 0;
}

static int set_subtract_into(TrValue a, TrValue b) {
    if (a == b) return set_clear((TrSet *)a), 0;
    SET_FOREACH(b, k)
        if (set_discard((TrSet *)a, k) < 0) return -1;
    return 0;
}

static int set_symdiff_into(TrValue a, TrValue b) {
    if (a == b) return set_clear((TrSet *)a), 0;
    SET_FOREACH(b, k) {
        int r = set_discard((TrSet *)a, k);
        if (r < 0 || (r == 0 && set_insert((TrSet *)a, k, ((TrSet *)b)->table[_i].hash) < 0)) return -1;
    }
    return 0;
}

typedef int (*SetInplaceFn)(TrValue, TrValue);

/* a OP b for two sets: a copy of a updated in place */
static TrValue set_binop(TrValue a, TrValue b, SetInplaceFn f) {
    if (!is_set_like(a) || !is_set_like(b)) return tr_NotImplemented;
    TrValue r = set_copy_of(a);
    return r && f(r, b) == 0 ? r : 0;
}

static TrValue set_or(TrValue a, TrValue b) { return set_binop(a, b, tr_set_update); }
static TrValue set_and(TrValue a, TrValue b) { return set_binop(a, b, set_intersect_into); }
static TrValue set_sub(TrValue a, TrValue b) { return set_binop(a, b, set_subtract_into); }
static TrValue set_xor(TrValue a, TrValue b) { return set_binop(a, b, set_symdiff_into); }

static TrValue set_inplace(TrValue a, TrValue b, SetInplaceFn f) {
    if (!is_set_like(b)) return tr_NotImplemented;
    return f(a, b) < 0 ? 0 : a;
}
static TrValue set_ior(TrValue a, TrValue b) { return set_inplace(a, b, tr_set_update); }
static TrValue set_iand(TrValue a, TrValue b) { return set_inplace(a, b, set_intersect_into); }
static TrValue set_isub(TrValue a, TrValue b) { return set_inplace(a, b, set_subtract_into); }
static TrValue set_ixor(TrValue a, TrValue b) { return set_inplace(a, b, set_symdiff_into); }

static TrValue set_new_slot(TrType *type, TrValue *args, size_t nargs, TrValue kwnames) {
    bool frozen = tr_type_is_subtype(type, &tr_frozenset_type);
    if (type == &tr_set_type || type == &tr_frozenset_type)
        if (tr_no_kwargs(type->name, kwnames) < 0 || tr_check_nargs(type->name, nargs, 0, 1) < 0) return 0;
    TrValue s = set_alloc(type);
    if (frozen && nargs && tr_set_update(s, args[0]) < 0) return 0;
    return s;
}

static int set_init(TrValue self, TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_isinstance_type(self, &tr_frozenset_type)) return 0;
    if (tr_no_kwargs("set", kwnames) < 0 || tr_check_nargs("set", nargs, 0, 1) < 0) return -1;
    set_clear((TrSet *)self);
    return nargs ? tr_set_update(self, args[0]) : 0;
}

/* ---------------------------------------------------------------- methods */

static TrValue set_m_add(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_method_args("set.add", nargs - 1, kwnames, 1, 1) < 0) return 0;
    return tr_set_add(args[0], args[1]) < 0 ? 0 : tr_None;
}

static TrValue set_m_discard(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_method_args("set.discard", nargs - 1, kwnames, 1, 1) < 0) return 0;
    return set_discard((TrSet *)args[0], args[1]) < 0 ? 0 : tr_None;
}

static TrValue set_m_remove(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_method_args("set.remove", nargs - 1, kwnames, 1, 1) < 0) return 0;
    int r = set_discard((TrSet *)args[0], args[1]);
    if (r < 0) return 0;
    return r ? tr_None : tr_err_value(TR_EXC_TYPE(KeyError), args[1]);
}

static TrValue set_m_pop(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_method_args("set.pop", nargs - 1, kwnames, 0, 0) < 0) return 0;
    TrSet *s = (TrSet *)args[0];
    SET_FOREACH(s, k) {
        s->table[_i].key = DUMMY_KEY;
        s->used--;
        return k;
    }
    return tr_err(TR_EXC_TYPE(KeyError), "pop from an empty set");
}

static TrValue set_m_clear(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_method_args("set.clear", nargs - 1, kwnames, 0, 0) < 0) return 0;
    set_clear((TrSet *)args[0]);
    return tr_None;
}

static TrValue set_m_copy(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_method_args("copy", nargs - 1, kwnames, 0, 0) < 0) return 0;
    if (TR_TYPE(args[0]) == &tr_frozenset_type) return args[0];
    return set_copy_of(args[0]);
}

/* s.union(*others) and friends: others may be any iterables; the result is a new set,
 * or s itself updated for the _update forms. */
static TrValue set_multi(const char *name, TrValue *args, size_t nargs, TrValue kwnames, SetInplaceFn f, bool inplace) {
    if (tr_no_kwargs(name, kwnames) < 0) return 0;
    TrValue acc = inplace ? args[0] : set_copy_of(args[0]);
    if (!acc) return 0;
    for (size_t i = 1; i < nargs; i++) {
        TrValue other = is_set_like(args[i]) ? args[i] : tr_set_new(args[i]);
        if (!other || f(acc, other) < 0) return 0;
    }
    return inplace ? tr_None : acc;
}

#define SET_MULTI(fn, name, f, inplace) \
    static TrValue fn(TrValue *args, size_t nargs, TrValue kwnames) { return set_multi(name, args, nargs, kwnames, f, inplace); }
SET_MULTI(set_m_union, "union", tr_set_update, false)
SET_MULTI(set_m_intersection, "intersection", set_intersect_into, false)
SET_MULTI(set_m_difference, "difference", set_subtract_into, false)
SET_MULTI(set_m_update, "update", tr_set_update, true)
SET_MULTI(set_m_intersection_update, "intersection_update", set_intersect_into, true)
SET_MULTI(set_m_difference_update, "difference_update", set_subtract_into, true)

static TrValue set_m_symmetric_difference(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_method_args("symmetric_difference", nargs - 1, kwnames, 1, 1) < 0) return 0;
    return set_multi("symmetric_difference", args, nargs, kwnames, set_symdiff_into, false);
}

static TrValue set_m_symmetric_difference_update(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_method_args("set.symmetric_difference_update", nargs - 1, kwnames, 1, 1) < 0) return 0;
    return set_multi("symmetric_difference_update", args, nargs, kwnames, set_symdiff_into, true);
}

static TrValue as_set(TrValue v) { return is_set_like(v) ? v : tr_set_new(v); }

static TrValue set_m_issubset(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_method_args("issubset", nargs - 1, kwnames, 1, 1) < 0) return 0;
    TrValue o = as_set(args[1]);
    int r = o ? subset(args[0], o) : -1;
    return r < 0 ? 0 : tr_bool(r);
}

static TrValue set_m_issuperset(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_method_args("issuperset", nargs - 1, kwnames, 1, 1) < 0) return 0;
    TrValue o = as_set(args[1]);
    int r = o ? subset(o, args[0]) : -1;
    return r < 0 ? 0 : tr_bool(r);
}

static TrValue set_m_isdisjoint(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_method_args("isdisjoint", nargs - 1, kwnames, 1, 1) < 0) return 0;
    TrValue o = as_set(args[1]);
    if (!o) return 0;
    SET_FOREACH(args[0], k) {
        int c = tr_set_contains(o, k);
        if (c) return c < 0 ? 0 : tr_False;
    }
    return tr_True;
}

TR_WRAP_LEN(set_w_len, tr_set_type)
TR_WRAP_CONTAINS(set_w_contains, tr_set_type)
TR_WRAP_ITER(set_w_iter, tr_set_type)
TR_WRAP_REPR(set_w_repr, tr_set_type)
TR_WRAP_INIT(set_w_init, tr_set_type)

/* shared by set and frozenset */
static const TrMethodDef frozenset_methods[] = {
    {"copy", set_m_copy, TR_METH_INSTANCE},
    {"union", set_m_union, TR_METH_INSTANCE},
    {"intersection", set_m_intersection, TR_METH_INSTANCE},
    {"difference", set_m_difference, TR_METH_INSTANCE},
    {"symmetric_difference", set_m_symmetric_difference, TR_METH_INSTANCE},
    {"issubset", set_m_issubset, TR_METH_INSTANCE},
    {"issuperset", set_m_issuperset, TR_METH_INSTANCE},
    {"isdisjoint", set_m_isdisjoint, TR_METH_INSTANCE},
    {"__len__", set_w_len, TR_METH_INSTANCE},
    {"__contains__", set_w_contains, TR_METH_INSTANCE},
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
    .basicsize = sizeof(TrSet), .repr = set_repr, .richcompare = set_richcompare,          \
    .len = set_len, .truth = set_truth, .contains = tr_set_contains, .iter = set_iter,     \
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

/* Needs str, dict and builtin functions (tr_type_add_methods). */
void tr_init_set(void) {
    tr_type_ready(&tr_set_type);
    tr_type_ready(&tr_frozenset_type);
    tr_type_ready(&set_iter_type);
    tr_type_add_methods(&tr_set_type, frozenset_methods);
    tr_type_add_methods(&tr_set_type, set_methods);
    tr_type_add_methods(&tr_frozenset_type, frozenset_methods);
    tr_type_add_methods(&set_iter_type, tr_iter_methods);
}
