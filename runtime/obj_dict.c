/* obj_dict.c — insertion-ordered dicts (CPython's compact layout) and their views.
 *
 * Layout: `entries` is a dense array in insertion order (nentries used, cap slots);
 * a deleted entry keeps its place with key == 0.  `index` is an open-addressing table
 * of mask+1 int64 slots; a slot is EMPTY (-1), DUMMY (-2: deleted, probing goes on) or
 * the number of an entry.  The table is kept at most 2/3 full (counting dummies);
 * growing rebuilds it from the live entries, which also compacts the entries.
 * Keys compare by identity first, then hash, then ==. */
#include "tr.h"
#include "seq.h"

#define EMPTY (-1)
#define DUMMY (-2)

static inline int64_t *idx(TrDict *d) { return (int64_t *)d->index; }

static void dict_init_storage(TrDict *d, size_t cap) {
    size_t size = 8;
    while (size * 2 < cap * 3) size <<= 1;
    d->mask = size - 1;
    d->index = tr_alloc_atomic(size * sizeof(int64_t));
    memset(d->index, 0xff, size * sizeof(int64_t)); /* all EMPTY */
    d->cap = size * 2 / 3;
    d->entries = tr_alloc(d->cap * sizeof(TrDictEntry));
    d->nentries = 0;
}

TrValue tr_dict_new(void) {
    TrDict *d = (TrDict *)tr_object_alloc(&tr_dict_type, sizeof(TrDict));
    dict_init_storage(d, 0);
    return (TrValue)d;
}

int tr_dict_check(TrValue v) { return tr_isinstance_type(v, &tr_dict_type); }

static inline int64_t key_hash(TrValue key) {
    if (TR_TYPE(key) == &tr_str_type) return tr_str_hash(key);
    return tr_hash(key);
}

/* Slot of the entry holding key, or -1 (absent; *free_slot then is where to insert);
 * -2 on error. */
static int64_t lookup(TrDict *d, TrValue key, int64_t h, size_t *free_slot) {
    size_t i = (size_t)h & d->mask, perturb = (size_t)h;
    int64_t first_dummy = -1;
    for (;;) {
        int64_t ix = idx(d)[i];
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
                int eq = tr_equal(k, key);
                if (eq < 0) return -2;
                if (eq) return (int64_t)i;
            }
        }
        perturb >>= 5;
        i = (i * 5 + perturb + 1) & d->mask;
    }
}

static void dict_resize(TrDict *d, size_t min_used) {
    TrDictEntry *old = d->entries;
    size_t n = d->nentries;
    dict_init_storage(d, min_used * 3 / 2 + 8);
    for (size_t k = 0; k < n; k++) {
        if (!old[k].key) continue;
        size_t i = (size_t)old[k].hash & d->mask, perturb = (size_t)old[k].hash;
        while (idx(d)[i] != EMPTY) {
            perturb >>= 5;
            i = (i * 5 + perturb + 1) & d->mask;
        }
        idx(d)[i] = (int64_t)d->nentries;
        d->entries[d->nentries++] = old[k];
    }
}

static int dict_insert(TrDict *d, TrValue key, int64_t h, TrValue v) {
    size_t free_slot = 0;
    int64_t s = lookup(d, key, h, &free_slot);
    if (s == -2) return -1;
    if (s >= 0) {
        d->entries[idx(d)[s]].value = v;
        return 0;
    }
    if (d->nentries == d->cap) {
        dict_resize(d, d->used + 1);
        lookup(d, key, h, &free_slot);
    }
    idx(d)[free_slot] = (int64_t)d->nentries;
    TrDictEntry *e = &d->entries[d->nentries++];
    e->hash = h;
    e->key = key;
    e->value = v;
    d->used++;
    d->version++;
    return 0;
}

TrValue tr_dict_get(TrValue dv, TrValue key) {
    TrDict *d = (TrDict *)dv;
    int64_t h = key_hash(key);
    if (h == -1) return 0;
    int64_t s = lookup(d, key, h, NULL);
    return s >= 0 ? d->entries[idx(d)[s]].value : 0;
}

TrValue tr_dict_get_str(TrValue d, const char *key) { return tr_dict_get(d, tr_str_intern(key)); }

int tr_dict_set(TrValue dv, TrValue key, TrValue v) {
    int64_t h = key_hash(key);
    if (h == -1) return -1;
    return dict_insert((TrDict *)dv, key, h, v);
}

int tr_dict_set_str(TrValue d, const char *key, TrValue v) { return tr_dict_set(d, tr_str_intern(key), v); }

/* Remove key; 0 = removed, 1 = absent, -1 error. */
static int dict_remove(TrDict *d, TrValue key, TrValue *old) {
    int64_t h = key_hash(key);
    if (h == -1) return -1;
    int64_t s = lookup(d, key, h, NULL);
    if (s == -2) return -1;
    if (s < 0) return 1;
    TrDictEntry *e = &d->entries[idx(d)[s]];
    if (old) *old = e->value;
    e->key = 0;
    e->value = 0;
    idx(d)[s] = DUMMY;
    d->used--;
    d->version++;
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

size_t tr_dict_len(TrValue d) { return ((TrDict *)d)->used; }

TrValue tr_dict_copy(TrValue d) {
    TrValue r = tr_dict_new();
    size_t pos = 0;
    TrValue k, v;
    while (tr_dict_next(d, &pos, &k, &v)) tr_dict_set(r, k, v);
    return r;
}

static int update_from_pairs(TrValue d, TrValue iterable) {
    TrValue it = tr_iter(iterable);
    if (!it) return -1;
    TrValue item;
    for (size_t n = 0; (item = tr_next(it)); n++) {
        TrValue seq = tr_list_from_iterable(item);
        if (!seq) {
            if (tr_err_is(TR_EXC_TYPE(TypeError))) {
                tr_err_clear();
                tr_err(TR_EXC_TYPE(TypeError), "cannot convert dictionary update sequence element #%zu to a sequence", n);
            }
            return -1;
        }
        if (TR_LIST(seq)->len != 2) {
            tr_err(TR_EXC_TYPE(ValueError), "dictionary update sequence element #%zu has length %zu; 2 is required", n,
                   TR_LIST(seq)->len);
            return -1;
        }
        if (tr_dict_set(d, TR_LIST(seq)->items[0], TR_LIST(seq)->items[1]) < 0) return -1;
    }
    return tr_err_occurred() ? -1 : 0;
}

int tr_dict_update(TrValue d, TrValue mapping) {
    if (tr_dict_check(mapping)) {
        size_t pos = 0;
        TrValue k, v;
        while (tr_dict_next(mapping, &pos, &k, &v))
            if (tr_dict_set(d, k, v) < 0) return -1;
        return 0;
    }
    TrValue keys = tr_getattr_opt(mapping, tr_str_intern("keys"));
    if (!keys) return tr_err_occurred() ? -1 : update_from_pairs(d, mapping);
    TrValue ks = tr_call0(keys);
    if (!ks) return -1;
    TrValue it = tr_iter(ks);
    if (!it) return -1;
    TrValue k;
    while ((k = tr_next(it))) {
        TrValue v = tr_getitem(mapping, k);
        if (!v || tr_dict_set(d, k, v) < 0) return -1;
    }
    return tr_err_occurred() ? -1 : 0;
}

int tr_dict_merge_kwargs(TrValue d, TrValue mapping, TrValue funcname) { return tr_dict_update(d, mapping); }

/* ---------------------------------------------------------------- slots */

static TrValue dict_repr(TrValue self) {
    if (!tr_dict_len(self)) return tr_str_from_cstr("{}");
    if (tr_repr_enter(self)) return tr_str_from_cstr("{...}");
    TrBuf b;
    tr_buf_init(&b);
    tr_buf_addc(&b, '{');
    size_t pos = 0, n = 0;
    TrValue k, v;
    while (tr_dict_next(self, &pos, &k, &v)) {
        if (n++) tr_buf_adds(&b, ", ");
        if (tr_buf_add_repr(&b, k) < 0) { tr_repr_leave(self); return 0; }
        tr_buf_adds(&b, ": ");
        if (tr_buf_add_repr(&b, v) < 0) { tr_repr_leave(self); return 0; }
    }
    tr_buf_addc(&b, '}');
    tr_repr_leave(self);
    return tr_buf_finish(&b);
}

static TrValue dict_richcompare(TrValue a, TrValue b, int op) {
    if ((op != TR_EQ && op != TR_NE) || !tr_dict_check(b)) return tr_NotImplemented;
    int eq = tr_dict_len(a) == tr_dict_len(b);
    size_t pos = 0;
    TrValue k, v;
    while (eq && tr_dict_next(a, &pos, &k, &v)) {
        TrValue w = tr_dict_get(b, k);
        if (!w) { if (tr_err_occurred()) return 0; eq = 0; break; }
        int r = tr_equal(v, w);
        if (r < 0) return 0;
        eq = r;
    }
    return tr_bool(op == TR_EQ ? eq : !eq);
}

static intptr_t dict_len(TrValue self) { return (intptr_t)tr_dict_len(self); }

static TrValue dict_getitem(TrValue self, TrValue key) {
    TrValue v = tr_dict_get(self, key);
    if (v || tr_err_occurred()) return v;
    if (TR_TYPE(self) != &tr_dict_type) {
        TrValue missing = tr_type_lookup(TR_TYPE(self), tr_str_intern("__missing__"));
        if (missing) return tr_call2(missing, self, key);
    }
    return tr_err_value(TR_EXC_TYPE(KeyError), key);
}

static int dict_setitem(TrValue self, TrValue key, TrValue v) {
    return v ? tr_dict_set(self, key, v) : tr_dict_del(self, key);
}

static int dict_contains(TrValue self, TrValue key) {
    TrValue v = tr_dict_get(self, key);
    if (v) return 1;
    return tr_err_occurred() ? -1 : 0;
}

static int dict_truth(TrValue self) { return tr_dict_len(self) != 0; }

/* ---------------------------------------------------------------- iteration and views */

enum { VIEW_KEYS, VIEW_VALUES, VIEW_ITEMS };
typedef struct DictView { TrObject ob; TrValue dict; int kind; } DictView;
typedef struct DictIter { TrObject ob; TrValue dict; size_t pos, used; int kind; int reverse; } DictIter;

extern TrType tr_dict_keys_type, tr_dict_values_type, tr_dict_items_type, tr_dict_iter_type;

static TrValue dict_iter_new(TrValue dict, int kind, int reverse) {
    DictIter *it = (DictIter *)tr_object_alloc(&tr_dict_iter_type, sizeof(DictIter));
    it->dict = dict;
    it->kind = kind;
    it->used = tr_dict_len(dict);
    it->reverse = reverse;
    it->pos = reverse ? ((TrDict *)dict)->nentries : 0;
    return (TrValue)it;
}

static TrValue dict_iter_next(TrValue self) {
    DictIter *it = (DictIter *)self;
    TrDict *d = (TrDict *)it->dict;
    if (!d) return 0;
    if (d->used != it->used) {
        it->used = (size_t)-1;
        return tr_err(TR_EXC_TYPE(RuntimeError), "dictionary changed size during iteration");
    }
    TrDictEntry *e = NULL;
    if (it->reverse) {
        while (it->pos > 0) {
            TrDictEntry *c = &d->entries[--it->pos];
            if (c->key) { e = c; break; }
        }
    } else {
        while (it->pos < d->nentries) {
            TrDictEntry *c = &d->entries[it->pos++];
            if (c->key) { e = c; break; }
        }
    }
    if (!e) { it->dict = 0; return 0; }
    if (it->kind == VIEW_KEYS) return e->key;
    if (it->kind == VIEW_VALUES) return e->value;
    return tr_tuple_pack(2, e->key, e->value);
}

static TrValue self_iter(TrValue self) { return self; }

TrType tr_dict_iter_type = {
    .ob = {&tr_type_type},
    .name = "dict_keyiterator",
    .basicsize = sizeof(DictIter),
    .iter = self_iter,
    .next = dict_iter_next,
};

static TrValue dict_iter(TrValue self) { return dict_iter_new(self, VIEW_KEYS, 0); }

static TrValue view_new(TrValue dict, int kind) {
    TrType *t = kind == VIEW_KEYS ? &tr_dict_keys_type : kind == VIEW_VALUES ? &tr_dict_values_type : &tr_dict_items_type;
    DictView *v = (DictView *)tr_object_alloc(t, sizeof(DictView));
    v->dict = dict;
    v->kind = kind;
    return (TrValue)v;
}

static TrValue view_iter(TrValue self) { return dict_iter_new(((DictView *)self)->dict, ((DictView *)self)->kind, 0); }
static intptr_t view_len(TrValue self) { return (intptr_t)tr_dict_len(((DictView *)self)->dict); }

static TrValue view_repr(TrValue self) {
    DictView *v = (DictView *)self;
    TrValue l = tr_list_from_iterable(self);
    if (!l) return 0;
    TrValue inner = tr_repr(l);
    if (!inner) return 0;
    return tr_str_fmt("%s(%s)", TR_TYPE_NAME(self), tr_str_cstr(inner));
    (void)v;
}

static int view_contains(TrValue self, TrValue item) {
    DictView *v = (DictView *)self;
    if (v->kind == VIEW_KEYS) return dict_contains(v->dict, item);
    if (v->kind == VIEW_ITEMS) {
        if (!tr_tuple_check(item) || TR_TUPLE(item)->len != 2) return 0;
        TrValue val = tr_dict_get(v->dict, TR_TUPLE(item)->items[0]);
        if (!val) return tr_err_occurred() ? -1 : 0;
        return tr_equal(val, TR_TUPLE(item)->items[1]);
    }
    TrValue it = view_iter(self), x;
    while ((x = tr_next(it))) {
        int r = tr_equal(x, item);
        if (r) return r;
    }
    return tr_err_occurred() ? -1 : 0;
}

/* keys/items views behave like sets for & | - ^ and comparisons */
static TrValue view_setop(TrValue a, TrValue b, int op) {
    TrValue sa = tr_set_new(a);
    if (!sa) return 0;
    return tr_binop(op, sa, b);
}
static TrValue view_and(TrValue a, TrValue b) {
    if (TR_TYPE(a) == &tr_dict_values_type) return tr_NotImplemented;
    return TR_TYPE(a)->iter == view_iter ? view_setop(a, tr_set_new(b), TR_AND) : view_setop(b, tr_set_new(a), TR_AND);
}
static TrValue view_or(TrValue a, TrValue b) { return TR_TYPE(a)->iter == view_iter ? view_setop(a, tr_set_new(b), TR_OR) : view_setop(b, tr_set_new(a), TR_OR); }
static TrValue view_sub(TrValue a, TrValue b) {
    TrValue sa = tr_set_new(a), sb = sa ? tr_set_new(b) : 0;
    return sb ? tr_binop(TR_SUB, sa, sb) : 0;
}
static TrValue view_xor(TrValue a, TrValue b) { return TR_TYPE(a)->iter == view_iter ? view_setop(a, tr_set_new(b), TR_XOR) : view_setop(b, tr_set_new(a), TR_XOR); }

static TrValue view_richcompare(TrValue a, TrValue b, int op) {
    TrValue sa = tr_set_new(a);
    if (!sa) return 0;
    TrValue sb = TR_TYPE(b)->iter == view_iter || tr_isinstance_type(b, &tr_set_type) || tr_isinstance_type(b, &tr_frozenset_type)
                     ? tr_set_new(b) : 0;
    if (!sb) return tr_err_occurred() ? 0 : tr_NotImplemented;
    return tr_compare(sa, sb, op);
}

static TrValue view_m_reversed(TrValue *args, size_t nargs, TrValue kwnames) {
    DictView *v = (DictView *)args[0];
    return dict_iter_new(v->dict, v->kind, 1);
}

static const TrMethodDef view_methods[] = {{"__reversed__", view_m_reversed, TR_METH_INSTANCE}, {0}};

#define VIEW_TYPE(cname, pyname, setlike)                                                              \
    TrType cname = {                                                                                   \
        .ob = {&tr_type_type}, .name = pyname, .basicsize = sizeof(DictView), .repr = view_repr,        \
        .iter = view_iter, .len = view_len, .contains = view_contains,                                  \
        .richcompare = setlike ? view_richcompare : NULL,                                               \
        .nb = {[TR_AND] = setlike ? view_and : NULL, [TR_OR] = setlike ? view_or : NULL,                \
               [TR_SUB] = setlike ? view_sub : NULL, [TR_XOR] = setlike ? view_xor : NULL},             \
    };
VIEW_TYPE(tr_dict_keys_type, "dict_keys", 1)
VIEW_TYPE(tr_dict_values_type, "dict_values", 0)
VIEW_TYPE(tr_dict_items_type, "dict_items", 1)

/* ---------------------------------------------------------------- construction */

static TrValue dict_new(TrType *type, TrValue *args, size_t nargs, TrValue kwnames) {
    TrDict *d = (TrDict *)tr_object_alloc(type, type->basicsize);
    dict_init_storage(d, 0);
    return (TrValue)d;
}

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

/* ---------------------------------------------------------------- methods */

static TrValue dict_m_keys(TrValue *args, size_t nargs, TrValue kwnames) { return view_new(args[0], VIEW_KEYS); }
static TrValue dict_m_values(TrValue *args, size_t nargs, TrValue kwnames) { return view_new(args[0], VIEW_VALUES); }
static TrValue dict_m_items(TrValue *args, size_t nargs, TrValue kwnames) { return view_new(args[0], VIEW_ITEMS); }

static TrValue dict_m_get(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("get", nargs - 1, 1, 2) < 0) return 0;
    TrValue v = tr_dict_get(args[0], args[1]);
    if (v || tr_err_occurred()) return v;
    return nargs > 2 ? args[2] : tr_None;
}

static TrValue dict_m_setdefault(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("setdefault", nargs - 1, 1, 2) < 0) return 0;
    TrValue v = tr_dict_get(args[0], args[1]);
    if (v || tr_err_occurred()) return v;
    v = nargs > 2 ? args[2] : tr_None;
    return tr_dict_set(args[0], args[1], v) < 0 ? 0 : v;
}

static TrValue dict_m_pop(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("pop", nargs - 1, 1, 2) < 0) return 0;
    TrValue old;
    int r = dict_remove((TrDict *)args[0], args[1], &old);
    if (r < 0) return 0;
    if (r == 0) return old;
    if (nargs > 2) return args[2];
    return tr_err_value(TR_EXC_TYPE(KeyError), args[1]);
}

static TrValue dict_m_popitem(TrValue *args, size_t nargs, TrValue kwnames) {
    TrDict *d = (TrDict *)args[0];
    for (size_t i = d->nentries; i > 0; i--) {
        TrDictEntry *e = &d->entries[i - 1];
        if (e->key) {
            TrValue k = e->key, v = e->value;
            dict_remove(d, k, NULL);
            d->nentries = i - 1;
            return tr_tuple_pack(2, k, v);
        }
    }
    return tr_err(TR_EXC_TYPE(KeyError), "popitem(): dictionary is empty");
}

static TrValue dict_m_update(TrValue *args, size_t nargs, TrValue kwnames) {
    return dict_update_args("update", args[0], args + 1, nargs - 1, kwnames) < 0 ? 0 : tr_None;
}

static TrValue dict_m_clear(TrValue *args, size_t nargs, TrValue kwnames) {
    dict_init_storage((TrDict *)args[0], 0);
    ((TrDict *)args[0])->used = 0;
    ((TrDict *)args[0])->version++;
    return tr_None;
}

static TrValue dict_m_copy(TrValue *args, size_t nargs, TrValue kwnames) { return tr_dict_copy(args[0]); }

static TrValue dict_m_fromkeys(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("fromkeys", nargs - 1, 1, 2) < 0) return 0;
    TrValue d = tr_call0(args[0]);
    if (!d) return 0;
    TrValue v = nargs > 2 ? args[2] : tr_None;
    TrValue it = tr_iter(args[1]), k;
    if (!it) return 0;
    while ((k = tr_next(it)))
        if (tr_setitem(d, k, v) < 0) return 0;
    return tr_err_occurred() ? 0 : d;
}

static TrValue dict_m_reversed(TrValue *args, size_t nargs, TrValue kwnames) { return dict_iter_new(args[0], VIEW_KEYS, 1); }

static TrValue dict_m_getitem(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("__getitem__", nargs - 1, 1, 1) < 0) return 0;
    return dict_getitem(args[0], args[1]);
}

static TrValue dict_m_setitem(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("__setitem__", nargs - 1, 2, 2) < 0) return 0;
    return tr_dict_set(args[0], args[1], args[2]) < 0 ? 0 : tr_None;
}

static TrValue dict_m_contains(TrValue *args, size_t nargs, TrValue kwnames) {
    int r = dict_contains(args[0], args[1]);
    return r < 0 ? 0 : tr_bool(r);
}

static const TrMethodDef dict_methods[] = {
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
    {"__getitem__", dict_m_getitem, TR_METH_INSTANCE},
    {"__setitem__", dict_m_setitem, TR_METH_INSTANCE},
    {"__contains__", dict_m_contains, TR_METH_INSTANCE},
    {0},
};

TrType tr_dict_type = {
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

void tr_init_dict(void) {
    tr_type_ready(&tr_dict_type);
    tr_type_ready(&tr_dict_iter_type);
    tr_type_ready(&tr_dict_keys_type);
    tr_type_ready(&tr_dict_values_type);
    tr_type_ready(&tr_dict_items_type);
}

void tr_init_dict_methods(void) {
    tr_type_add_methods(&tr_dict_type, dict_methods);
    tr_type_add_methods(&tr_dict_keys_type, view_methods);
    tr_type_add_methods(&tr_dict_values_type, view_methods);
    tr_type_add_methods(&tr_dict_items_type, view_methods);
}
