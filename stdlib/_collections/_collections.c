/* _collections.c — the C half of `collections`, which stdlib/collections/__init__.tr
 * re-exports: deque (a growable ring of values with an optional maxlen), OrderedDict
 * (a dict subclass whose equality with another OrderedDict depends on order, with
 * move_to_end and popitem(last)) and namedtuple
 * (tuple subclasses with named fields). */
#include "tr.h"

/* ---------------------------------------------------------------- deque */

typedef struct Deque {
    TrObject ob;
    TrValue *items; /* ring buffer of cap slots; item i is items[(head + i) % cap] */
    size_t head, len, cap;
    int64_t maxlen;    /* -1: unbounded */
    uint64_t version;  /* bumped by every change of length: iterators check it */
} Deque;

static TrType deque_type, deque_iter_type;

/* a method taking exactly n arguments after self, none by keyword */
static int method_args(const char *fname, size_t nargs, TrValue kwnames, size_t n) {
    if (tr_no_kwargs(fname, kwnames) < 0) return -1;
    return tr_check_nargs(fname, nargs - 1, n, n);
}
#define DQ(v) ((Deque *)(v))
#define AT(d, i) ((d)->items[((d)->head + (i)) % (d)->cap])

static void dq_grow(Deque *d) {
    size_t cap = d->cap ? d->cap * 2 : 8;
    TrValue *items = tr_alloc(cap * sizeof(TrValue));
    for (size_t i = 0; i < d->len; i++) items[i] = AT(d, i);
    d->items = items;
    d->cap = cap;
    d->head = 0;
}

static TrValue dq_popleft_raw(Deque *d) {
    TrValue v = d->items[d->head];
    d->items[d->head] = 0;
    d->head = (d->head + 1) % d->cap;
    d->len--;
    d->version++;
    return v;
}

static TrValue dq_pop_raw(Deque *d) {
    size_t at = (d->head + d->len - 1) % d->cap;
    TrValue v = d->items[at];
    d->items[at] = 0;
    d->len--;
    d->version++;
    return v;
}

static void dq_append_raw(Deque *d, TrValue v) {
    if (d->maxlen == 0) return;
    if (d->len == d->cap) dq_grow(d);
    AT(d, d->len) = v;
    d->len++;
    d->version++;
    if (d->maxlen >= 0 && (int64_t)d->len > d->maxlen) dq_popleft_raw(d);
}

static void dq_appendleft_raw(Deque *d, TrValue v) {
    if (d->maxlen == 0) return;
    if (d->len == d->cap) dq_grow(d);
    d->head = (d->head + d->cap - 1) % d->cap;
    d->items[d->head] = v;
    d->len++;
    d->version++;
    if (d->maxlen >= 0 && (int64_t)d->len > d->maxlen) dq_pop_raw(d);
}

static int dq_extend(Deque *d, TrValue iterable, bool left) {
    /* d.extend(d): iterate over a snapshot */
    if (iterable == (TrValue)d && !(iterable = tr_list_from_iterable(iterable))) return -1;
    TrValue it = tr_iter(iterable), v;
    if (!it) return -1;
    while ((v = tr_next(it))) {
        if (left) dq_appendleft_raw(d, v);
        else dq_append_raw(d, v);
    }
    return tr_err_occurred() ? -1 : 0;
}

static TrValue deque_new(TrType *type, TrValue *args, size_t nargs, TrValue kwnames) {
    Deque *d = (Deque *)tr_object_alloc(type, type->basicsize);
    d->maxlen = -1;
    return (TrValue)d;
}

static int deque_init(TrValue self, TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"iterable", "maxlen", NULL};
    TrValue a[2];
    if (tr_parse_args("deque", args, nargs, kwnames, kw, 0, a) < 0) return -1;
    Deque *d = DQ(self);
    d->maxlen = -1;
    if (a[1] && a[1] != tr_None) {
        if (!tr_int_check(a[1])) {
            tr_err(TR_EXC_TYPE(TypeError), "an integer is required");
            return -1;
        }
        if (tr_int_as_i64(a[1], &d->maxlen) < 0) return -1;
        if (d->maxlen < 0) {
            tr_err(TR_EXC_TYPE(ValueError), "maxlen must be non-negative");
            return -1;
        }
    }
    while (d->len) dq_pop_raw(d);
    return a[0] ? dq_extend(d, a[0], false) : 0;
}

#define SELF DQ(args[0])

static TrValue deque_append(TrValue *args, size_t nargs, TrValue kwnames) {
    if (method_args("append", nargs, kwnames, 1) < 0) return 0;
    dq_append_raw(SELF, args[1]);
    return tr_None;
}

static TrValue deque_appendleft(TrValue *args, size_t nargs, TrValue kwnames) {
    if (method_args("appendleft", nargs, kwnames, 1) < 0) return 0;
    dq_appendleft_raw(SELF, args[1]);
    return tr_None;
}

static TrValue deque_pop(TrValue *args, size_t nargs, TrValue kwnames) {
    if (method_args("pop", nargs, kwnames, 0) < 0) return 0;
    if (!SELF->len) return tr_err(TR_EXC_TYPE(IndexError), "pop from an empty deque");
    return dq_pop_raw(SELF);
}

static TrValue deque_popleft(TrValue *args, size_t nargs, TrValue kwnames) {
    if (method_args("popleft", nargs, kwnames, 0) < 0) return 0;
    if (!SELF->len) return tr_err(TR_EXC_TYPE(IndexError), "pop from an empty deque");
    return dq_popleft_raw(SELF);
}

static TrValue deque_extend(TrValue *args, size_t nargs, TrValue kwnames) {
    if (method_args("extend", nargs, kwnames, 1) < 0) return 0;
    return dq_extend(SELF, args[1], false) < 0 ? 0 : tr_None;
}

static TrValue deque_extendleft(TrValue *args, size_t nargs, TrValue kwnames) {
    if (method_args("extendleft", nargs, kwnames, 1) < 0) return 0;
    return dq_extend(SELF, args[1], true) < 0 ? 0 : tr_None;
}

static TrValue deque_clear(TrValue *args, size_t nargs, TrValue kwnames) {
    if (method_args("clear", nargs, kwnames, 0) < 0) return 0;
    while (SELF->len) dq_pop_raw(SELF);
    return tr_None;
}

static TrValue deque_copy_of(Deque *d) {
    Deque *r = (Deque *)tr_object_alloc(&deque_type, sizeof(Deque));
    r->maxlen = d->maxlen;
    for (size_t i = 0; i < d->len; i++) dq_append_raw(r, AT(d, i));
    return (TrValue)r;
}

static TrValue deque_copy(TrValue *args, size_t nargs, TrValue kwnames) {
    if (method_args("copy", nargs, kwnames, 0) < 0) return 0;
    return deque_copy_of(SELF);
}

/* index of the first item equal to x in [start, stop), -1 if none, -2 on error */
static int64_t dq_find(Deque *d, TrValue x, size_t start, size_t stop) {
    uint64_t version = d->version;
    for (size_t i = start; i < stop && i < d->len; i++) {
        int eq = tr_equal(AT(d, i), x);
        if (eq < 0) return -2;
        if (d->version != version) {
            tr_err(TR_EXC_TYPE(RuntimeError), "deque mutated during iteration");
            return -2;
        }
        if (eq) return (int64_t)i;
    }
    return -1;
}

static TrValue deque_count(TrValue *args, size_t nargs, TrValue kwnames) {
    if (method_args("count", nargs, kwnames, 1) < 0) return 0;
    Deque *d = SELF;
    int64_t n = 0;
    uint64_t version = d->version;
    for (size_t i = 0; i < d->len; i++) {
        int eq = tr_equal(AT(d, i), args[1]);
        if (eq < 0) return 0;
        if (d->version != version) return tr_err(TR_EXC_TYPE(RuntimeError), "deque mutated during iteration");
        n += eq;
    }
    return tr_int_from_i64(n);
}

static int64_t clamp_index(TrValue v, size_t len) {
    int64_t i;
    if (tr_index(v, &i) < 0) return INT64_MIN;
    if (i < 0 && (i += (int64_t)len) < 0) i = 0;
    return i > (int64_t)len ? (int64_t)len : i;
}

static TrValue deque_index(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_no_kwargs("index", kwnames) < 0 || tr_check_nargs("index", nargs - 1, 1, 3) < 0) return 0;
    Deque *d = SELF;
    int64_t start = 0, stop = (int64_t)d->len;
    if (nargs > 2 && (start = clamp_index(args[2], d->len)) == INT64_MIN) return 0;
    if (nargs > 3 && (stop = clamp_index(args[3], d->len)) == INT64_MIN) return 0;
    int64_t i = dq_find(d, args[1], (size_t)start, (size_t)stop);
    if (i == -2) return 0;
    if (i < 0) return tr_err(TR_EXC_TYPE(ValueError), "%R is not in deque", args[1]);
    return tr_int_from_i64(i);
}

static TrValue deque_remove(TrValue *args, size_t nargs, TrValue kwnames) {
    if (method_args("remove", nargs, kwnames, 1) < 0) return 0;
    Deque *d = SELF;
    int64_t i = dq_find(d, args[1], 0, d->len);
    if (i == -2) return 0;
    if (i < 0) return tr_err(TR_EXC_TYPE(ValueError), "%R is not in deque", args[1]);
    for (size_t k = (size_t)i; k + 1 < d->len; k++) AT(d, k) = AT(d, k + 1);
    dq_pop_raw(d);
    return tr_None;
}

static TrValue deque_insert(TrValue *args, size_t nargs, TrValue kwnames) {
    if (method_args("insert", nargs, kwnames, 2) < 0) return 0;
    Deque *d = SELF;
    int64_t i;
    if (tr_index(args[1], &i) < 0) return 0;
    if (d->maxlen >= 0 && (int64_t)d->len >= d->maxlen) return tr_err(TR_EXC_TYPE(IndexError), "deque already at its maximum size");
    if (i < 0 && (i += (int64_t)d->len) < 0) i = 0;
    if (i > (int64_t)d->len) i = (int64_t)d->len;
    dq_append_raw(d, tr_None);
    for (size_t k = d->len - 1; k > (size_t)i; k--) AT(d, k) = AT(d, k - 1);
    AT(d, i) = args[2];
    return tr_None;
}

static void dq_reverse(Deque *d) {
    for (size_t i = 0, j = d->len ? d->len - 1 : 0; i < j; i++, j--) {
        TrValue t = AT(d, i);
        AT(d, i) = AT(d, j);
        AT(d, j) = t;
    }
}

static TrValue deque_reverse(TrValue *args, size_t nargs, TrValue kwnames) {
    if (method_args("reverse", nargs, kwnames, 0) < 0) return 0;
    dq_reverse(SELF);
    return tr_None;
}

static TrValue deque_rotate(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_no_kwargs("rotate", kwnames) < 0 || tr_check_nargs("rotate", nargs - 1, 0, 1) < 0) return 0;
    Deque *d = SELF;
    int64_t n = 1;
    if (nargs > 1 && tr_index(args[1], &n) < 0) return 0;
    if (d->len < 2) return tr_None;
    n %= (int64_t)d->len;
    if (n < 0) n += (int64_t)d->len;
    for (int64_t k = 0; k < n; k++) { /* move the last item to the front, n times */
        TrValue v = AT(d, d->len - 1);
        for (size_t i = d->len - 1; i > 0; i--) AT(d, i) = AT(d, i - 1);
        AT(d, 0) = v;
    }
    return tr_None;
}

#undef SELF

static TrValue deque_get_maxlen(TrValue self) {
    return DQ(self)->maxlen < 0 ? tr_None : tr_int_from_i64(DQ(self)->maxlen);
}

static intptr_t deque_len(TrValue self) { return (intptr_t)DQ(self)->len; }
static int deque_truth(TrValue self) { return DQ(self)->len != 0; }

/* deque[i]: integers only (a slice is a TypeError, as CPython's) */
static int dq_item_index(Deque *d, TrValue key, size_t *out) {
    if (!tr_int_check(key) && TR_TYPE(key)->index == 0) {
        tr_err(TR_EXC_TYPE(TypeError), "sequence index must be integer, not '%s'", TR_TYPE_NAME(key));
        return -1;
    }
    int64_t i;
    if (tr_index(key, &i) < 0) return -1;
    if (i < 0) i += (int64_t)d->len;
    if (i < 0 || i >= (int64_t)d->len) {
        tr_err(TR_EXC_TYPE(IndexError), "deque index out of range");
        return -1;
    }
    *out = (size_t)i;
    return 0;
}

static TrValue deque_getitem(TrValue self, TrValue key) {
    size_t i;
    if (dq_item_index(DQ(self), key, &i) < 0) return 0;
    return AT(DQ(self), i);
}

static int deque_setitem(TrValue self, TrValue key, TrValue v) {
    Deque *d = DQ(self);
    size_t i;
    if (dq_item_index(d, key, &i) < 0) return -1;
    if (v) {
        AT(d, i) = v;
        return 0;
    }
    for (size_t k = i; k + 1 < d->len; k++) AT(d, k) = AT(d, k + 1);
    dq_pop_raw(d);
    return 0;
}

static int deque_contains(TrValue self, TrValue x) {
    int64_t i = dq_find(DQ(self), x, 0, DQ(self)->len);
    return i == -2 ? -1 : i >= 0;
}

static TrValue dq_to_list(Deque *d) {
    TrValue l = tr_list_new(d->len);
    for (size_t i = 0; i < d->len; i++) tr_list_append(l, AT(d, i));
    return l;
}

static TrValue deque_repr(TrValue self) {
    Deque *d = DQ(self);
    const char *name = TR_TYPE_NAME(self);
    TrValue items = tr_repr(dq_to_list(d));
    if (!items) return 0;
    if (d->maxlen >= 0) return tr_str_fmt("%s(%S, maxlen=%lld)", name, items, (long long)d->maxlen);
    return tr_str_fmt("%s(%S)", name, items);
}

/* deques compare as the lists of their items, with deques only */
static TrValue deque_richcompare(TrValue a, TrValue b, int op) {
    if (!tr_isinstance_type(b, &deque_type)) return tr_NotImplemented;
    return tr_compare(dq_to_list(DQ(a)), dq_to_list(DQ(b)), op);
}

static TrValue deque_add(TrValue a, TrValue b) {
    if (!tr_isinstance_type(a, &deque_type)) return tr_NotImplemented;
    if (!tr_isinstance_type(b, &deque_type))
        return tr_err(TR_EXC_TYPE(TypeError), "can only concatenate deque (not \"%s\") to deque", TR_TYPE_NAME(b));
    TrValue r = deque_copy_of(DQ(a));
    return dq_extend(DQ(r), b, false) < 0 ? 0 : r;
}

static TrValue deque_iadd(TrValue a, TrValue b) {
    return dq_extend(DQ(a), b, false) < 0 ? 0 : a;
}

/* d *= n: d's items n times over, in place (a maxlen keeps the last ones, as appends do) */
static TrValue deque_imul(TrValue a, TrValue b) {
    if (!tr_int_check(b) && !TR_TYPE(b)->index) return tr_NotImplemented;
    int64_t n;
    if (tr_index(b, &n) < 0) return 0;
    TrValue items = tr_tuple_from_iterable(a);
    if (!items) return 0;
    Deque *d = DQ(a);
    size_t len = TR_TUPLE(items)->len;
    if (len && d->maxlen >= 0 && n > d->maxlen / (int64_t)len) n = (d->maxlen + (int64_t)len - 1) / (int64_t)len;
    else if (len && (uint64_t)n > ((uint64_t)1 << 40) / len) return tr_err_nomem();
    while (d->len) dq_pop_raw(d);
    for (int64_t k = 0; k < n; k++)
        for (size_t i = 0; i < len; i++) dq_append_raw(d, TR_TUPLE(items)->items[i]);
    return a;
}

static TrValue deque_mul(TrValue a, TrValue b) {
    if (!tr_isinstance_type(a, &deque_type)) { TrValue t = a; a = b; b = t; }
    if (!tr_int_check(b) && !TR_TYPE(b)->index) return tr_NotImplemented;
    return deque_imul(deque_copy_of(DQ(a)), b);
}

/* iterators: forward or reversed; a change of length while iterating is an error */
typedef struct DequeIter { TrObject ob; Deque *d; size_t i; uint64_t version; bool reversed; } DequeIter;

static TrValue dq_iter_new(Deque *d, bool reversed) {
    DequeIter *it = (DequeIter *)tr_object_alloc(&deque_iter_type, sizeof(DequeIter));
    it->d = d;
    it->version = d->version;
    it->reversed = reversed;
    return (TrValue)it;
}

static TrValue deque_iter(TrValue self) { return dq_iter_new(DQ(self), false); }

static TrValue deque_iter_next(TrValue self) {
    DequeIter *it = (DequeIter *)self;
    if (it->d->version != it->version) {
        it->i = (size_t)-1;
        return tr_err(TR_EXC_TYPE(RuntimeError), "deque mutated during iteration");
    }
    if (it->i >= it->d->len) return 0;
    size_t k = it->i++;
    return AT(it->d, it->reversed ? it->d->len - 1 - k : k);
}

static TrValue deque_iter_self(TrValue self) { return self; }

static TrValue deque_reversed(TrValue *args, size_t nargs, TrValue kwnames) {
    if (method_args("__reversed__", nargs, kwnames, 0) < 0) return 0;
    return dq_iter_new(DQ(args[0]), true);
}

static TrValue deque_copy_dunder(TrValue *args, size_t nargs, TrValue kwnames) {
    return deque_copy_of(DQ(args[0]));
}

/* CPython's: (type, () or ((), maxlen), __dict__ or None, iterator), for copy */
static TrValue deque_reduce(TrValue *args, size_t nargs, TrValue kwnames) {
    if (method_args("__reduce__", nargs, kwnames, 0) < 0) return 0;
    Deque *d = DQ(args[0]);
    TrValue *dict = tr_instance_dict_slot(args[0]);
    TrValue cargs = d->maxlen < 0 ? tr_empty_tuple : tr_tuple_pack(2, tr_empty_tuple, tr_int_from_i64(d->maxlen));
    TrValue it = tr_iter(args[0]);
    if (!it) return 0;
    return tr_tuple_pack(4, (TrValue)TR_TYPE(args[0]), cargs, dict && *dict ? *dict : tr_None, it);
}

static const TrMethodDef deque_methods[] = {
    {"__reduce__", deque_reduce},
    {"append", deque_append}, {"appendleft", deque_appendleft}, {"pop", deque_pop},
    {"popleft", deque_popleft}, {"extend", deque_extend}, {"extendleft", deque_extendleft},
    {"clear", deque_clear}, {"copy", deque_copy}, {"__copy__", deque_copy_dunder}, {"count", deque_count},
    {"index", deque_index}, {"remove", deque_remove}, {"insert", deque_insert}, {"reverse", deque_reverse},
    {"rotate", deque_rotate}, {"__reversed__", deque_reversed},
    {0},
};

static TrType deque_type = {
    .ob = {&tr_type_type}, .name = "deque", .flags = TR_TF_BASETYPE | TR_TF_WEAKREFABLE | TR_TF_SEQ_REPEAT, .basicsize = sizeof(Deque),
    .repr = deque_repr, .richcompare = deque_richcompare, .len = deque_len, .getitem = deque_getitem,
    .setitem = deque_setitem, .contains = deque_contains, .truth = deque_truth, .iter = deque_iter,
    .nb = {[TR_ADD] = deque_add, [TR_MUL] = deque_mul}, .nb_inplace = {[TR_ADD] = deque_iadd, [TR_MUL] = deque_imul},
    .new_ = deque_new, .init = deque_init,
};

static TrType deque_iter_type = {
    .ob = {&tr_type_type}, .name = "_collections._deque_iterator", .basicsize = sizeof(DequeIter),
    .iter = deque_iter_self, .next = deque_iter_next,
};

/* ---------------------------------------------------------------- OrderedDict */

static TrType *odict_type;

static bool is_odict(TrValue v) { return tr_isinstance_type(v, odict_type); }

/* OrderedDict == OrderedDict compares items in order; with a plain mapping, as dicts */
static TrValue odict_eq(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("__eq__", nargs - 1, 1, 1) < 0) return 0;
    TrValue a = args[0], b = args[1];
    if (!tr_dict_check(b)) return tr_NotImplemented;
    if (!is_odict(b)) return tr_dict_type.richcompare(a, b, TR_EQ);
    if (tr_dict_len(a) != tr_dict_len(b)) return tr_False;
    size_t pa = 0, pb = 0;
    TrValue ka, va, kb, vb;
    while (tr_dict_next(a, &pa, &ka, &va) && tr_dict_next(b, &pb, &kb, &vb)) {
        int eq = tr_equal(ka, kb);
        if (eq > 0) eq = tr_equal(va, vb);
        if (eq <= 0) return eq < 0 ? 0 : tr_False;
    }
    return tr_True;
}

static TrValue odict_ne(TrValue *args, size_t nargs, TrValue kwnames) {
    TrValue r = odict_eq(args, nargs, kwnames);
    if (!r || r == tr_NotImplemented) return r;
    return tr_bool(r == tr_False);
}

static TrValue odict_repr(TrValue *args, size_t nargs, TrValue kwnames) {
    TrValue self = args[0];
    const char *name = TR_TYPE_NAME(self);
    if (!tr_dict_len(self)) return tr_str_fmt("%s()", name);
    TrValue items = tr_list_new(tr_dict_len(self)), k, v;
    size_t pos = 0;
    while (tr_dict_next(self, &pos, &k, &v)) tr_list_append(items, tr_tuple_pack(2, k, v));
    TrValue r = tr_repr(items);
    return r ? tr_str_fmt("%s(%S)", name, r) : 0;
}

static TrValue odict_popitem(TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"last", NULL};
    TrValue a[1];
    if (tr_parse_args("popitem", args + 1, nargs - 1, kwnames, kw, 0, a) < 0) return 0;
    int last = a[0] ? tr_truthy(a[0]) : 1;
    if (last < 0) return 0;
    TrValue self = args[0], k, v, key = 0, value = 0;
    if (!tr_dict_len(self)) return tr_err(TR_EXC_TYPE(KeyError), "dictionary is empty");
    size_t pos = 0;
    while (tr_dict_next(self, &pos, &k, &v)) {
        if (!key || last) key = k, value = v;
        if (!last) break;
    }
    if (tr_dict_del(self, key) < 0) return 0;
    return tr_tuple_pack(2, key, value);
}

static TrValue odict_move_to_end(TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"key", "last", NULL};
    TrValue a[2];
    if (tr_parse_args("move_to_end", args + 1, nargs - 1, kwnames, kw, 1, a) < 0) return 0;
    int last = a[1] ? tr_truthy(a[1]) : 1;
    if (last < 0) return 0;
    TrValue self = args[0], v = tr_dict_get(self, a[0]);
    if (!v) return tr_err_occurred() ? 0 : tr_err_value(TR_EXC_TYPE(KeyError), a[0]);
    TrValue key = a[0], k, x;
    if (tr_dict_del(self, key) < 0) return 0;
    if (last) return tr_dict_set(self, key, v) < 0 ? 0 : tr_None;
    /* to the front: re-insert the others after it */
    TrValue rest = tr_list_new(tr_dict_len(self));
    size_t pos = 0;
    while (tr_dict_next(self, &pos, &k, &x)) tr_list_append(rest, tr_tuple_pack(2, k, x));
    for (size_t i = 0; i < TR_LIST(rest)->len; i++)
        if (tr_dict_del(self, TR_TUPLE(tr_list_items(TR_LIST(rest))[i])->items[0]) < 0) return 0;
    if (tr_dict_set(self, key, v) < 0) return 0;
    for (size_t i = 0; i < TR_LIST(rest)->len; i++) {
        TrTuple *kv = TR_TUPLE(tr_list_items(TR_LIST(rest))[i]);
        if (tr_dict_set(self, kv->items[0], kv->items[1]) < 0) return 0;
    }
    return tr_None;
}

static const TrMethodDef odict_methods[] = {
    {"__eq__", odict_eq}, {"__ne__", odict_ne}, {"__repr__", odict_repr},
    {"popitem", odict_popitem}, {"move_to_end", odict_move_to_end},
    {0},
};

static TrValue make_odict_type(void) {
    TrValue ns = tr_dict_new();
    for (const TrMethodDef *m = odict_methods; m->name; m++)
        tr_dict_set_str(ns, m->name, tr_builtin_new(m->name, m->fn));
    tr_dict_set_str(ns, "__module__", TR_INTERN("collections"));
    tr_dict_set_str(ns, "__hash__", tr_None);
    TrValue cls = tr_class_new(TR_INTERN("OrderedDict"), tr_tuple_pack(1, (TrValue)&tr_dict_type), ns, 0, 0);
    if (!cls) return 0;
    odict_type = (TrType *)cls;
    /* the methods bind to OrderedDicts, and override dict's slots (__repr__, __eq__) as
     * a class's own methods do */
    for (const TrMethodDef *m = odict_methods; m->name; m++)
        ((TrBuiltin *)tr_type_lookup(odict_type, tr_str_intern(m->name)))->owner = odict_type;
    tr_class_update_slot(odict_type, TR_INTERN("__repr__"));
    return cls;
}

/* ---------------------------------------------------------------- namedtuple */

/* A namedtuple class is a tuple subclass made by tr_class_new; its methods are C
 * builtins that find the field names in the class's _fields. */

static TrValue nt_fields(TrValue cls) {
    TrValue f = tr_getattr_cstr(cls, "_fields");
    if (f && !tr_tuple_check(f)) return tr_err(TR_EXC_TYPE(TypeError), "_fields must be a tuple");
    return f;
}

/* __new__(cls, *args, **kwargs): bind like `def __new__(_cls, a, b=default)` */
static TrValue nt_new(TrValue *args, size_t nargs, TrValue kwnames) {
    TrValue cls = args[0], fields = nt_fields(cls);
    if (!fields) return 0;
    const char *name = ((TrType *)cls)->name;
    size_t n = TR_TUPLE(fields)->len, npos = nargs - 1;
    TrValue defaults = tr_getattr_cstr(cls, "_field_defaults");
    if (!defaults) return 0;
    if (npos > n)
        return tr_err(TR_EXC_TYPE(TypeError), "%s.__new__() takes %zu positional argument%s but %zu were given", name, n + 1,
                      n + 1 == 1 ? "" : "s", npos + 1);
    TrValue *vals = tr_alloc(sizeof(TrValue) * (n + 1));
    for (size_t i = 0; i < npos; i++) vals[i] = args[1 + i];
    size_t nkw = kwnames ? TR_TUPLE(kwnames)->len : 0;
    for (size_t k = 0; k < nkw; k++) {
        TrValue key = TR_TUPLE(kwnames)->items[k];
        size_t i = 0;
        while (i < n && !tr_str_eq(TR_TUPLE(fields)->items[i], key)) i++;
        if (i == n) return tr_err(TR_EXC_TYPE(TypeError), "%s.__new__() got an unexpected keyword argument '%S'", name, key);
        if (vals[i]) return tr_err(TR_EXC_TYPE(TypeError), "%s.__new__() got multiple values for argument '%S'", name, key);
        vals[i] = args[nargs + k];
    }
    TrValue missing = tr_list_new(0);
    for (size_t i = 0; i < n; i++) {
        if (vals[i]) continue;
        TrValue d = tr_dict_get(defaults, TR_TUPLE(fields)->items[i]);
        if (d) vals[i] = d;
        else tr_list_append(missing, TR_TUPLE(fields)->items[i]);
    }
    size_t nm = TR_LIST(missing)->len;
    if (nm) { /* CPython's text: 'a', 'b' and 'c' */
        TrBuf b;
        tr_buf_init(&b);
        for (size_t i = 0; i < nm; i++) {
            if (i) tr_buf_adds(&b, i == nm - 1 ? (nm > 2 ? ", and " : " and ") : ", ");
            tr_buf_add_repr(&b, tr_list_items(TR_LIST(missing))[i]);
        }
        return tr_err(TR_EXC_TYPE(TypeError), "%s.__new__() missing %zu required positional argument%s: %S", name, nm,
                      nm == 1 ? "" : "s", tr_buf_finish(&b));
    }
    TrValue t = tr_tuple_from(vals, n);
    return tr_call_method_cstr((TrValue)&tr_tuple_type, "__new__", 2, cls, t);
}

static TrValue nt_repr(TrValue *args, size_t nargs, TrValue kwnames) {
    TrValue self = args[0], fields = nt_fields((TrValue)TR_TYPE(self));
    if (!fields) return 0;
    TrBuf b;
    tr_buf_init(&b);
    tr_buf_adds(&b, TR_TYPE_NAME(self));
    tr_buf_addc(&b, '(');
    for (size_t i = 0; i < TR_TUPLE(self)->len && i < TR_TUPLE(fields)->len; i++) {
        if (i) tr_buf_adds(&b, ", ");
        if (tr_buf_add_str(&b, TR_TUPLE(fields)->items[i]) < 0) return 0;
        tr_buf_addc(&b, '=');
        if (tr_buf_add_repr(&b, TR_TUPLE(self)->items[i]) < 0) return 0;
    }
    tr_buf_addc(&b, ')');
    return tr_buf_finish(&b);
}

static TrValue nt_asdict(TrValue *args, size_t nargs, TrValue kwnames) {
    TrValue self = args[0], fields = nt_fields((TrValue)TR_TYPE(self)), d = tr_dict_new();
    if (!fields) return 0;
    for (size_t i = 0; i < TR_TUPLE(self)->len && i < TR_TUPLE(fields)->len; i++)
        if (tr_dict_set(d, TR_TUPLE(fields)->items[i], TR_TUPLE(self)->items[i]) < 0) return 0;
    return d;
}

static TrValue nt_make(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("_make", nargs - 1, 1, 1) < 0) return 0;
    TrValue cls = args[0], fields = nt_fields(cls), t = tr_tuple_from_iterable(args[1]);
    if (!fields || !t) return 0;
    if (TR_TUPLE(t)->len != TR_TUPLE(fields)->len)
        return tr_err(TR_EXC_TYPE(TypeError), "Expected %zu arguments, got %zu", TR_TUPLE(fields)->len, TR_TUPLE(t)->len);
    return tr_call_method_cstr((TrValue)&tr_tuple_type, "__new__", 2, cls, t);
}

static TrValue nt_replace(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("_replace", nargs - 1, 0, 0) < 0) return 0;
    TrValue self = args[0], fields = nt_fields((TrValue)TR_TYPE(self));
    if (!fields) return 0;
    size_t n = TR_TUPLE(self)->len;
    TrValue *vals = tr_alloc(sizeof(TrValue) * (n + 1));
    memcpy(vals, TR_TUPLE(self)->items, sizeof(TrValue) * n);
    TrValue unknown = tr_list_new(0);
    size_t nkw = kwnames ? TR_TUPLE(kwnames)->len : 0;
    for (size_t k = 0; k < nkw; k++) {
        TrValue key = TR_TUPLE(kwnames)->items[k];
        size_t i = 0;
        while (i < TR_TUPLE(fields)->len && !tr_str_eq(TR_TUPLE(fields)->items[i], key)) i++;
        if (i < n) vals[i] = args[nargs + k];
        else tr_list_append(unknown, key);
    }
    if (TR_LIST(unknown)->len) return tr_err(TR_EXC_TYPE(ValueError), "Got unexpected field names: %R", unknown);
    return tr_call_method_cstr((TrValue)&tr_tuple_type, "__new__", 2, (TrValue)TR_TYPE(self), tr_tuple_from(vals, n));
}

static TrValue nt_getnewargs(TrValue *args, size_t nargs, TrValue kwnames) {
    return tr_tuple_from(TR_TUPLE(args[0])->items, TR_TUPLE(args[0])->len);
}

/* the descriptor of field i (CPython's _collections._tuplegetter): read-only */
typedef struct TupleGetter { TrObject ob; size_t index; TrValue doc; } TupleGetter;

static TrValue tuplegetter_get(TrValue descr, TrValue obj, TrValue type) {
    if (!obj || obj == tr_None) return descr;
    size_t i = ((TupleGetter *)descr)->index;
    if (!tr_tuple_check(obj) || i >= TR_TUPLE(obj)->len)
        return tr_err(TR_EXC_TYPE(TypeError), "descriptor for index '%zu' for tuple subclasses doesn't apply to '%s' object",
                      i, TR_TYPE_NAME(obj));
    return TR_TUPLE(obj)->items[i];
}

static int tuplegetter_set(TrValue descr, TrValue obj, TrValue v) {
    tr_err(TR_EXC_TYPE(AttributeError), v ? "can't set attribute" : "can't delete attribute");
    return -1;
}

static TrType tuplegetter_type = {
    .ob = {&tr_type_type}, .name = "_tuplegetter", .basicsize = sizeof(TupleGetter),
    .descr_get = tuplegetter_get, .descr_set = tuplegetter_set,
};

static bool is_keyword(const char *s) {
    static const char *const kw[] = {"False", "None", "True", "and", "as", "assert", "async", "await", "break",
        "class", "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if",
        "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
        "with", "yield", NULL};
    for (int i = 0; kw[i]; i++)
        if (!strcmp(kw[i], s)) return true;
    return false;
}

static int check_name(TrValue name, bool field, bool renamed, TrValue seen) {
    TrValue ident = tr_call_method_cstr(name, "isidentifier", 0);
    if (!ident) return -1;
    if (ident != tr_True) {
        tr_err(TR_EXC_TYPE(ValueError), "Type names and field names must be valid identifiers: %R", name);
        return -1;
    }
    if (is_keyword(tr_str_cstr(name))) {
        tr_err(TR_EXC_TYPE(ValueError), "Type names and field names cannot be a keyword: %R", name);
        return -1;
    }
    if (!field) return 0;
    if (tr_str_cstr(name)[0] == '_' && !renamed) {
        tr_err(TR_EXC_TYPE(ValueError), "Field names cannot start with an underscore: %R", name);
        return -1;
    }
    if (tr_set_contains(seen, name) > 0) {
        tr_err(TR_EXC_TYPE(ValueError), "Encountered duplicate field name: %R", name);
        return -1;
    }
    return tr_set_add(seen, name);
}

static TrValue collections_namedtuple(TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"typename", "field_names", "$rename", "$defaults", "$module", NULL};
    TrValue a[5];
    if (tr_parse_args("namedtuple", args, nargs, kwnames, kw, 2, a) < 0) return 0;
    TrValue typename = a[0], names = a[1];
    if (!tr_str_check(typename)) typename = tr_str(typename);
    if (!typename) return 0;
    if (tr_str_check(names)) {
        TrValue spaced = tr_call_method_cstr(names, "replace", 2, TR_INTERN(","), TR_INTERN(" "));
        if (!spaced || !(names = tr_call_method_cstr(spaced, "split", 0))) return 0;
    }
    TrValue list = tr_list_from_iterable(names);
    if (!list) return 0;
    int rename = a[2] ? tr_truthy(a[2]) : 0;
    if (rename < 0) return 0;
    size_t n = TR_LIST(list)->len;
    TrValue fields = tr_tuple_new(n), seen = tr_set_new(0);
    for (size_t i = 0; i < n; i++) {
        TrValue f = tr_str(tr_list_items(TR_LIST(list))[i]);
        if (!f) return 0;
        if (rename) { /* invalid, keyword, underscored or repeated names become _0, _1 ... */
            TrValue ident = tr_call_method_cstr(f, "isidentifier", 0);
            if (!ident) return 0;
            if (ident != tr_True || is_keyword(tr_str_cstr(f)) || tr_str_cstr(f)[0] == '_' || tr_set_contains(seen, f) > 0)
                f = tr_str_fmt("_%zu", i);
            tr_set_add(seen, f);
        }
        TR_TUPLE(fields)->items[i] = f;
    }
    if (check_name(typename, false, false, 0) < 0) return 0;
    seen = tr_set_new(0);
    for (size_t i = 0; i < n; i++)
        if (check_name(TR_TUPLE(fields)->items[i], true, rename, seen) < 0) return 0;
    TrValue field_defaults = tr_dict_new();
    if (a[3] && a[3] != tr_None) {
        TrValue d = tr_tuple_from_iterable(a[3]);
        if (!d) return 0;
        size_t nd = TR_TUPLE(d)->len;
        if (nd > n) return tr_err(TR_EXC_TYPE(TypeError), "Got more default values than field names");
        for (size_t i = 0; i < nd; i++) tr_dict_set(field_defaults, TR_TUPLE(fields)->items[n - nd + i], TR_TUPLE(d)->items[i]);
    }
    TrValue ns = tr_dict_new();
    static const TrMethodDef methods[] = {
        {"__repr__", nt_repr}, {"_asdict", nt_asdict}, {"_replace", nt_replace}, {"__getnewargs__", nt_getnewargs},
        {0},
    };
    for (const TrMethodDef *m = methods; m->name; m++) tr_dict_set_str(ns, m->name, tr_builtin_new(m->name, m->fn));
    TrValue newf = tr_call1((TrValue)&tr_staticmethod_type, tr_builtin_new("__new__", nt_new));
    TrValue make = tr_call1((TrValue)&tr_classmethod_type, tr_builtin_new("_make", nt_make));
    if (!newf || !make) return 0;
    tr_dict_set_str(ns, "__new__", newf);
    tr_dict_set_str(ns, "_make", make);
    tr_dict_set_str(ns, "_fields", fields);
    tr_dict_set_str(ns, "_field_defaults", field_defaults);
    tr_dict_set_str(ns, "__match_args__", fields);
    tr_dict_set_str(ns, "__slots__", tr_empty_tuple);
    tr_dict_set_str(ns, "__module__", a[4] && a[4] != tr_None ? a[4] : TR_INTERN("__main__"));
    TrValue arg_list = tr_call_method_cstr(TR_INTERN(", "), "join", 1, fields); /* __doc__: Point(x, y) */
    if (!arg_list) return 0;
    tr_dict_set_str(ns, "__doc__", tr_str_fmt("%s(%s)", tr_str_cstr(typename), tr_str_cstr(arg_list)));
    for (size_t i = 0; i < n; i++) {
        TupleGetter *get = (TupleGetter *)tr_object_alloc(&tuplegetter_type, sizeof(TupleGetter));
        get->index = i;
        if (tr_dict_set(ns, TR_TUPLE(fields)->items[i], (TrValue)get) < 0) return 0;
    }
    TrValue cls = tr_class_new(typename, tr_tuple_pack(1, (TrValue)&tr_tuple_type), ns, 0, 0);
    if (!cls) return 0;
    /* the methods bind to instances and override tuple's slots, as a class's own do */
    for (const TrMethodDef *m = methods; m->name; m++)
        ((TrBuiltin *)tr_type_lookup((TrType *)cls, tr_str_intern(m->name)))->owner = (TrType *)cls;
    tr_class_update_slot((TrType *)cls, TR_INTERN("__repr__"));
    return cls;
}

/* ---------------------------------------------------------------- module */

TrValue trmod___collections_init(void) {
    static TrValue m;
    if (m) return m;
    m = tr_module_new("_collections", 0, NULL, NULL);
    tr_add_roots(&m, sizeof m);
    deque_type.module = TR_INTERN("collections");
    tr_type_ready(&deque_type);
    tr_type_add_methods(&deque_type, deque_methods);
    tr_type_add_getter(&deque_type, "maxlen", deque_get_maxlen);
    tr_type_ready(&deque_iter_type);
    tuplegetter_type.module = TR_INTERN("collections");
    tr_type_ready(&tuplegetter_type);
    tr_module_add(m, "deque", (TrValue)&deque_type);
    TrValue od = make_odict_type();
    if (!od) return 0;
    tr_add_roots(&odict_type, sizeof odict_type);
    tr_module_add(m, "OrderedDict", od);
    static const TrMethodDef functions[] = {{"namedtuple", collections_namedtuple}, {0}};
    tr_module_add_functions(m, functions);
    return m;
}
