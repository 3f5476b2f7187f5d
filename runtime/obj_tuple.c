/* obj_tuple.c — tuples (immutable arrays of values) and the sequence helpers tuples
 * and lists share: lexicographic comparison, repetition, index normalisation.
 * Layout: items are inline after the header; the empty tuple is a singleton. */
#include "tr.h"
#include "seq.h"

TrValue tr_empty_tuple;

TrValue tr_tuple_new(size_t n) {
    if (n == 0 && tr_empty_tuple) return tr_empty_tuple;
    TrTuple *t = (TrTuple *)tr_object_alloc(&tr_tuple_type, sizeof(TrTuple) + n * sizeof(TrValue));
    t->len = n;
    return (TrValue)t;
}

TrValue tr_tuple_from(const TrValue *items, size_t n) {
    TrValue t = tr_tuple_new(n);
    if (n) memcpy(TR_TUPLE(t)->items, items, n * sizeof(TrValue));
    return t;
}

TrValue tr_tuple_pack(size_t n, ...) {
    TrValue t = tr_tuple_new(n);
    va_list ap;
    va_start(ap, n);
    for (size_t i = 0; i < n; i++) TR_TUPLE(t)->items[i] = va_arg(ap, TrValue);
    va_end(ap);
    return t;
}

int tr_tuple_check(TrValue v) { return tr_isinstance_type(v, &tr_tuple_type); }

TrValue tr_tuple_from_iterable(TrValue iterable) {
    if (TR_TYPE(iterable) == &tr_tuple_type) return iterable;
    return tr_sequence_from_iterable(iterable, tr_tuple_from);
}

/* ---------------------------------------------------------------- shared sequence code */

int tr_seq_index(TrValue key, size_t len, int64_t *out, const char *what, const char *range_msg) {
    int64_t i;
    if (TR_IS_SMALL(key)) i = TR_SMALL_VAL(key);
    else if (!tr_int_check(key) && !TR_TYPE(key)->index) {
        tr_err(TR_EXC_TYPE(TypeError), "%s indices must be integers or slices, not %s", what, TR_TYPE_NAME(key));
        return -1;
    } else if (tr_index(key, &i) < 0) {
        if (tr_err_is(TR_EXC_TYPE(OverflowError))) {
            tr_err_clear();
            tr_err(TR_EXC_TYPE(IndexError), "cannot fit '%s' into an index-sized integer", TR_TYPE_NAME(key));
        }
        return -1;
    }
    if (i < 0) i += (int64_t)len;
    if (i < 0 || i >= (int64_t)len) {
        tr_err(TR_EXC_TYPE(IndexError), "%s", range_msg);
        return -1;
    }
    *out = i;
    return 0;
}

TrValue tr_seq_richcompare(TrValue a, TrValue b, int op) {
    size_t na, nb, i;
    tr_seq_items(a, &na);
    tr_seq_items(b, &nb);
    if ((op == TR_EQ || op == TR_NE) && na != nb) return tr_bool(op == TR_NE);
    for (i = 0;; i++) {
        TrValue *x = tr_seq_items(a, &na), *y = tr_seq_items(b, &nb);
        if (i >= na || i >= nb) break;
        TrValue u = x[i], v = y[i];
        int eq = tr_equal(u, v);
        if (eq < 0) return 0;
        if (eq) continue;
        if (op == TR_EQ) return tr_False;
        if (op == TR_NE) return tr_True;
        return tr_compare(u, v, op);
    }
    int c = na < nb ? -1 : na > nb;
    switch (op) {
    case TR_LT: return tr_bool(c < 0);
    case TR_LE: return tr_bool(c <= 0);
    case TR_EQ: return tr_bool(c == 0);
    case TR_NE: return tr_bool(c != 0);
    case TR_GT: return tr_bool(c > 0);
    default: return tr_bool(c >= 0);
    }
}

TrValue tr_seq_repr(TrValue *items, size_t n, const char *open, const char *close, bool one_comma) {
    TrBuf b;
    tr_buf_init(&b);
    tr_buf_adds(&b, open);
    for (size_t i = 0; i < n; i++) {
        if (i) tr_buf_adds(&b, ", ");
        if (tr_buf_add_repr(&b, items[i]) < 0) return 0;
    }
    if (one_comma && n == 1) tr_buf_addc(&b, ',');
    tr_buf_adds(&b, close);
    return tr_buf_finish(&b);
}

int tr_seq_repeat_count(TrValue n, size_t len, size_t *out) {
    int64_t k;
    if (!tr_int_check(n) && !TR_TYPE(n)->index) return 1;
    if (tr_index(n, &k) < 0) {
        if (tr_err_is(TR_EXC_TYPE(OverflowError))) {
            tr_err_clear();
            tr_err(TR_EXC_TYPE(OverflowError), "cannot fit '%s' into an index-sized integer", TR_TYPE_NAME(n));
        }
        return -1;
    }
    if (k <= 0 || len == 0) { *out = 0; return 0; }
    if ((uint64_t)k > (SIZE_MAX / sizeof(TrValue)) / len) {
        tr_err_nomem();
        return -1;
    }
    *out = (size_t)k;
    return 0;
}

TrValue tr_seq_concat_error(const char *what, TrValue other) {
    TrType *t = TR_TYPE(other);
    if ((t->flags & TR_TF_HEAPTYPE) && t->nb[TR_ADD]) return tr_NotImplemented;
    return tr_err(TR_EXC_TYPE(TypeError), "can only concatenate %s (not \"%s\") to %s", what, t->name, what);
}

/* The innermost repr in progress on this thread; the frames live on the C stack. */
static __thread TrReprGuard *repr_top;

int tr_repr_enter(TrReprGuard *g, TrValue v) {
    for (TrReprGuard *o = repr_top; o; o = o->outer)
        if (o->v == v) return 1;
    g->v = v;
    g->outer = repr_top;
    repr_top = g;
    return 0;
}

void tr_repr_leave(TrReprGuard *g) { repr_top = g->outer; }

/* ---------------------------------------------------------------- tuple slots */

static TrValue tuple_repr(TrValue self) {
    TrTuple *t = TR_TUPLE(self);
    TrReprGuard guard;
    if (tr_repr_enter(&guard, self)) return tr_str_from_cstr("(...)");
    TrValue r = tr_seq_repr(t->items, t->len, "(", ")", true);
    tr_repr_leave(&guard);
    return r;
}

/* CPython's xxHash-based tuplehash, in its 64-bit or 32-bit form (Py_uhash_t) */
#if UINTPTR_MAX > 0xffffffffu
#define XXPRIME_1 11400714785074694791ULL
#define XXPRIME_2 14029467366897019727ULL
#define XXPRIME_5 2870177450012600261ULL
#define XXROTATE(x) ((x << 31) | (x >> 33))
#else
#define XXPRIME_1 2654435761UL
#define XXPRIME_2 2246822519UL
#define XXPRIME_5 374761393UL
#define XXROTATE(x) ((x << 13) | (x >> 19))
#endif

static int64_t tuple_hash(TrValue self) {
    TrTuple *t = TR_TUPLE(self);
    uintptr_t acc = XXPRIME_5;
    for (size_t i = 0; i < t->len; i++) {
        int64_t h = tr_hash(t->items[i]);
        if (h == -1) return -1;
        acc += (uintptr_t)h * XXPRIME_2;
        acc = XXROTATE(acc);
        acc *= XXPRIME_1;
    }
    acc += t->len ^ (XXPRIME_5 ^ 3527539UL);
    if (acc == (uintptr_t)-1) return 1546275796;
    return (intptr_t)acc;
}

static TrValue tuple_richcompare(TrValue a, TrValue b, int op) {
    if (!tr_tuple_check(b)) return tr_NotImplemented;
    return tr_seq_richcompare(a, b, op);
}

static intptr_t tuple_len(TrValue self) { return (intptr_t)TR_TUPLE(self)->len; }

static TrValue tuple_getitem(TrValue self, TrValue key) {
    TrTuple *t = TR_TUPLE(self);
    if (TR_IS_SMALL(key)) {
        intptr_t i = TR_SMALL_VAL(key);
        if (i < 0) i += (intptr_t)t->len;
        if (i >= 0 && (size_t)i < t->len) return t->items[i];
        return tr_err(TR_EXC_TYPE(IndexError), "tuple index out of range");
    }
    if (TR_TYPE(key) == &tr_slice_type) {
        int64_t start, stop, step, n;
        if (tr_slice_indices(key, t->len, &start, &stop, &step, &n) < 0) return 0;
        if (step == 1 && n == (int64_t)t->len && TR_TYPE(self) == &tr_tuple_type) return self;
        TrValue r = tr_tuple_new(n);
        for (int64_t k = 0; k < n; k++) TR_TUPLE(r)->items[k] = t->items[start + k * step];
        return r;
    }
    int64_t i;
    if (tr_seq_index(key, t->len, &i, "tuple", "tuple index out of range") < 0) return 0;
    return t->items[i];
}

static int tuple_contains(TrValue self, TrValue item) {
    int64_t i = tr_seq_find(self, item, 0, 0);
    return i == -2 ? -1 : i >= 0;
}

static int tuple_truth(TrValue self) { return TR_TUPLE(self)->len != 0; }

static TrValue tuple_iter(TrValue self) { return tr_seq_iter_new(self); }

static TrValue tuple_add(TrValue a, TrValue b) {
    if (!tr_tuple_check(a)) return tr_NotImplemented;
    if (!tr_tuple_check(b)) return tr_seq_concat_error("tuple", b);
    TrTuple *x = TR_TUPLE(a), *y = TR_TUPLE(b);
    TrValue r = tr_tuple_new(x->len + y->len);
    if (x->len) memcpy(TR_TUPLE(r)->items, x->items, x->len * sizeof(TrValue));
    if (y->len) memcpy(TR_TUPLE(r)->items + x->len, y->items, y->len * sizeof(TrValue));
    return r;
}

static TrValue tuple_mul(TrValue a, TrValue b) {
    TrValue seq = tr_tuple_check(a) ? a : b, n = seq == a ? b : a;
    TrTuple *t = TR_TUPLE(seq);
    size_t k;
    int rc = tr_seq_repeat_count(n, t->len, &k);
    if (rc) return rc < 0 ? 0 : tr_NotImplemented; /* tr_binop says "can't multiply sequence" */
    if (k == 1 && TR_TYPE(seq) == &tr_tuple_type) return seq;
    TrValue r = tr_tuple_new(t->len * k);
    for (size_t i = 0; i < k; i++) memcpy(TR_TUPLE(r)->items + i * t->len, t->items, t->len * sizeof(TrValue));
    return r;
}

static TrValue tuple_new(TrType *type, TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_no_kwargs("tuple", kwnames) < 0 || tr_check_nargs("tuple", nargs, 0, 1) < 0) return 0;
    TrValue t = nargs ? tr_tuple_from_iterable(args[0]) : tr_empty_tuple;
    if (!t || type == &tr_tuple_type) return t;
    /* a subclass instance: the items still start at offsetof(TrTuple, items) */
    TrTuple *src = TR_TUPLE(t);
    TrTuple *r = (TrTuple *)tr_object_alloc(type, type->basicsize + src->len * sizeof(TrValue));
    r->len = src->len;
    if (src->len) memcpy(r->items, src->items, src->len * sizeof(TrValue));
    return (TrValue)r;
}

/* CPython's _PyEval_SliceIndexNotNone: an index, huge ones clamped to the int64 range */
static int slice_index_not_none(TrValue v, int64_t *out) {
    if (!TR_TYPE(v)->index) {
        tr_err(TR_EXC_TYPE(TypeError), "slice indices must be integers or have an __index__ method");
        return -1;
    }
    TrValue i = tr_number_index(v);
    if (!i) return -1;
    if (tr_index(i, out) == 0) return 0;
    if (!tr_err_is(TR_EXC_TYPE(OverflowError))) return -1;
    tr_err_clear();
    *out = tr_int_sign(i) < 0 ? INT64_MIN / 2 : INT64_MAX;
    return 0;
}

int64_t tr_seq_find(TrValue seq, TrValue x, TrValue start, TrValue stop) {
    size_t n;
    tr_seq_items(seq, &n);
    int64_t lo = 0, hi = INT64_MAX;
    if (start && slice_index_not_none(start, &lo) < 0) return -2;
    if (stop && slice_index_not_none(stop, &hi) < 0) return -2;
    if (lo < 0 && (lo += (int64_t)n) < 0) lo = 0;
    if (hi < 0 && (hi += (int64_t)n) < 0) hi = 0;
    for (int64_t i = lo; i < hi; i++) {
        TrValue *items = tr_seq_items(seq, &n);
        if (i >= (int64_t)n) break;
        int r = tr_equal(items[i], x);
        if (r < 0) return -2;
        if (r) return i;
    }
    return -1;
}

int64_t tr_seq_count(TrValue seq, TrValue x) {
    int64_t c = 0;
    size_t n;
    for (size_t i = 0;; i++) {
        TrValue *items = tr_seq_items(seq, &n);
        if (i >= n) return c;
        int r = tr_equal(items[i], x);
        if (r < 0) return -1;
        c += r;
    }
}

static TrValue tuple_m_count(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_method_args(args, nargs, kwnames, "count", 1, 1) < 0) return 0;
    int64_t c = tr_seq_count(args[0], args[1]);
    return c < 0 ? 0 : tr_int_from_i64(c);
}

static TrValue tuple_m_index(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_method_args(args, nargs, kwnames, "index", 1, 3) < 0) return 0;
    int64_t i = tr_seq_find(args[0], args[1], nargs > 2 ? args[2] : 0, nargs > 3 ? args[3] : 0);
    if (i == -2) return 0;
    if (i < 0) return tr_err(TR_EXC_TYPE(ValueError), "tuple.index(x): x not in tuple");
    return tr_int_from_i64(i);
}

static TrValue tuple_m_getnewargs(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_method_args(args, nargs, kwnames, "__getnewargs__", 0, 0) < 0) return 0;
    return tr_tuple_pack(1, tr_tuple_from(TR_TUPLE(args[0])->items, TR_TUPLE(args[0])->len));
}

TR_WRAP_LEN(tuple_w_len, tr_tuple_type)
TR_WRAP_GETITEM(tuple_w_getitem, tr_tuple_type)
TR_WRAP_CONTAINS(tuple_w_contains, tr_tuple_type)
TR_WRAP_ITER(tuple_w_iter, tr_tuple_type)
TR_WRAP_REPR(tuple_w_repr, tr_tuple_type)

static const TrMethodDef tuple_methods[] = {
    {"count", tuple_m_count, TR_METH_INSTANCE},
    {"index", tuple_m_index, TR_METH_INSTANCE},
    {"__getnewargs__", tuple_m_getnewargs, TR_METH_INSTANCE},
    {"__len__", tuple_w_len, TR_METH_INSTANCE},
    {"__getitem__", tuple_w_getitem, TR_METH_INSTANCE},
    {"__contains__", tuple_w_contains, TR_METH_INSTANCE},
    {"__iter__", tuple_w_iter, TR_METH_INSTANCE},
    {"__repr__", tuple_w_repr, TR_METH_INSTANCE},
    {0},
};

TrType tr_tuple_type = {
    .getattr = tr_generic_getattr, /* CPython's sets tp_getattro: a __getattribute__ of its own */
    .ob = {&tr_type_type},
    .name = "tuple",
    .flags = TR_TF_BASETYPE | TR_TF_TUPLE_SUBCLASS | TR_TF_SEQ_REPEAT,
    .basicsize = sizeof(TrTuple),
    .repr = tuple_repr,
    .hash = tuple_hash,
    .richcompare = tuple_richcompare,
    .len = tuple_len,
    .getitem = tuple_getitem,
    .contains = tuple_contains,
    .truth = tuple_truth,
    .iter = tuple_iter,
    .nb = {[TR_ADD] = tuple_add, [TR_MUL] = tuple_mul},
    .new_ = tuple_new,
};

/* Start-up is in two steps: the type first (types' mro tuples need it), the methods
 * once str and builtin functions exist. */
void tr_init_tuple(void) {
    if (!tr_empty_tuple) {
        tr_empty_tuple = (TrValue)tr_object_alloc(&tr_tuple_type, sizeof(TrTuple));
        tr_add_roots(&tr_empty_tuple, sizeof tr_empty_tuple);
    }
    tr_type_ready(&tr_tuple_type);
}

void tr_init_tuple_methods(void) {
    tr_type_add_methods(&tr_tuple_type, tuple_methods);
    tr_type_add_methods(&tr_tuple_type, tr_class_getitem_methods);
}
