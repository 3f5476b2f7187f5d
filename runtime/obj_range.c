/* obj_range.c — range objects and their iterator (int64 fast path), and slice
 * objects with CPython's index resolution (PySlice_GetIndicesEx).
 * Assumes: bounds fit in int64 (big-int ranges raise OverflowError). */
#include "tr.h"
#include "seq.h"

typedef struct RangeIter { TrObject ob; int64_t next, step, left; } RangeIter;

static int64_t r_start(TrRange *r) { return TR_SMALL_VAL(r->start); }
static int64_t r_step(TrRange *r) { return TR_SMALL_VAL(r->step); }
static int64_t r_len(TrRange *r) { return TR_SMALL_VAL(r->length); }

static int64_t range_length(int64_t start, int64_t stop, int64_t step) {
    if (step > 0 && start < stop) return (stop - start - 1) / step + 1;
    if (step < 0 && start > stop) return (start - stop - 1) / (-step) + 1;
    return 0;
}

static TrValue range_make(int64_t start, int64_t stop, int64_t step) {
    TrRange *r = (TrRange *)tr_object_alloc(&tr_range_type, sizeof(TrRange));
    r->start = tr_int_from_i64(start);
    r->stop = tr_int_from_i64(stop);
    r->step = tr_int_from_i64(step);
    r->length = tr_int_from_i64(range_length(start, stop, step));
    return (TrValue)r;
}

static int range_arg(TrValue v, int64_t *out) {
    if (!tr_int_check(v) && !TR_TYPE(v)->index) {
        tr_err(TR_EXC_TYPE(TypeError), "'%s' object cannot be interpreted as an integer", TR_TYPE_NAME(v));
        return -1;
    }
    return tr_index(v, out);
}

TrValue tr_range_new(TrValue start, TrValue stop, TrValue step) {
    int64_t a = 0, b, c = 1;
    if (range_arg(stop, &b) < 0) return 0;
    if (start && range_arg(start, &a) < 0) return 0;
    if (step && range_arg(step, &c) < 0) return 0;
    if (c == 0) return tr_err(TR_EXC_TYPE(ValueError), "range() arg 3 must not be zero");
    return range_make(a, b, c);
}

static TrValue range_new_slot(TrType *type, TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_no_kwargs("range", kwnames) < 0) return 0;
    if (nargs == 0) return tr_err(TR_EXC_TYPE(TypeError), "range expected at least 1 argument, got 0");
    if (nargs > 3) return tr_err(TR_EXC_TYPE(TypeError), "range expected at most 3 arguments, got %zu", nargs);
    if (nargs == 1) return tr_range_new(0, args[0], 0);
    return tr_range_new(args[0], args[1], nargs == 3 ? args[2] : 0);
}

static TrValue range_repr(TrValue self) {
    TrRange *r = (TrRange *)self;
    if (r_step(r) == 1) return tr_str_fmt("range(%R, %R)", r->start, r->stop);
    return tr_str_fmt("range(%R, %R, %R)", r->start, r->stop, r->step);
}

static intptr_t range_len_slot(TrValue self) { return (intptr_t)r_len((TrRange *)self); }
static int range_truth(TrValue self) { return r_len((TrRange *)self) != 0; }

static TrValue range_getitem(TrValue self, TrValue key) {
    TrRange *r = (TrRange *)self;
    if (TR_TYPE(key) == &tr_slice_type) {
        int64_t start, stop, step, n;
        if (tr_slice_indices(key, r_len(r), &start, &stop, &step, &n) < 0) return 0;
        int64_t s0 = r_start(r) + start * r_step(r), st = step * r_step(r);
        return range_make(s0, s0 + n * st, st);
    }
    int64_t i;
    if (tr_seq_index(key, r_len(r), &i, "range") < 0) {
        if (tr_err_is(TR_EXC_TYPE(IndexError))) {
            tr_err_clear();
            tr_err(TR_EXC_TYPE(IndexError), "range object index out of range");
        }
        return 0;
    }
    return tr_int_from_i64(r_start(r) + i * r_step(r));
}

static int range_contains(TrValue self, TrValue item) {
    TrRange *r = (TrRange *)self;
    if (TR_IS_SMALL(item) || TR_TYPE(item) == &tr_bool_type) {
        int64_t v;
        if (tr_int_as_i64(item, &v) < 0) return -1;
        int64_t off = v - r_start(r), st = r_step(r);
        if (st > 0 ? (off < 0) : (off > 0)) return 0;
        if (off % st) return 0;
        return off / st < r_len(r);
    }
    TrValue it = tr_iter(self), x;
    while ((x = tr_next(it))) {
        int eq = tr_equal(x, item);
        if (eq) return eq;
    }
    return tr_err_occurred() ? -1 : 0;
}

static TrValue range_richcompare(TrValue a, TrValue b, int op) {
    if ((op != TR_EQ && op != TR_NE) || TR_TYPE(b) != &tr_range_type) return tr_NotImplemented;
    TrRange *x = (TrRange *)a, *y = (TrRange *)b;
    int eq;
    if (r_len(x) != r_len(y)) eq = 0;
    else if (r_len(x) == 0) eq = 1;
    else if (r_start(x) != r_start(y)) eq = 0;
    else eq = r_len(x) == 1 || r_step(x) == r_step(y);
    return tr_bool(op == TR_EQ ? eq : !eq);
}

static int64_t range_hash(TrValue self) {
    TrRange *r = (TrRange *)self;
    TrValue t = tr_tuple_pack(3, r->length, r_len(r) ? r->start : tr_None, r_len(r) > 1 ? r->step : tr_None);
    return tr_hash(t);
}

static TrType range_iter_type;

static TrValue range_iter(TrValue self) {
    TrRange *r = (TrRange *)self;
    RangeIter *it = (RangeIter *)tr_object_alloc(&range_iter_type, sizeof(RangeIter));
    it->next = r_start(r);
    it->step = r_step(r);
    it->left = r_len(r);
    return (TrValue)it;
}

static TrValue range_iter_next(TrValue self) {
    RangeIter *it = (RangeIter *)self;
    if (it->left <= 0) return 0;
    it->left--;
    int64_t v = it->next;
    it->next += it->step;
    return TR_FITS_SMALL(v) ? TR_FROM_SMALL(v) : tr_int_from_i64(v);
}

static TrValue self_iter(TrValue self) { return self; }

static TrType range_iter_type = {
    .ob = {&tr_type_type}, .name = "range_iterator", .basicsize = sizeof(RangeIter),
    .iter = self_iter, .next = range_iter_next,
};

static TrValue range_m_reversed(TrValue *args, size_t nargs, TrValue kwnames) {
    TrRange *r = (TrRange *)args[0];
    RangeIter *it = (RangeIter *)tr_object_alloc(&range_iter_type, sizeof(RangeIter));
    it->left = r_len(r);
    it->step = -r_step(r);
    it->next = r_start(r) + (r_len(r) - 1) * r_step(r);
    return (TrValue)it;
}

static TrValue range_m_index(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("index", nargs - 1, 1, 1) < 0) return 0;
    int c = range_contains(args[0], args[1]);
    if (c < 0) return 0;
    if (!c) return tr_err(TR_EXC_TYPE(ValueError), "%R is not in range", args[1]);
    TrRange *r = (TrRange *)args[0];
    int64_t v;
    if (tr_int_as_i64(args[1], &v) < 0) return 0;
    return tr_int_from_i64((v - r_start(r)) / r_step(r));
}

static TrValue range_m_count(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("count", nargs - 1, 1, 1) < 0) return 0;
    int c = range_contains(args[0], args[1]);
    return c < 0 ? 0 : TR_FROM_SMALL(c);
}

static TrValue range_get_start(TrValue self) { return ((TrRange *)self)->start; }
static TrValue range_get_stop(TrValue self) { return ((TrRange *)self)->stop; }
static TrValue range_get_step(TrValue self) { return ((TrRange *)self)->step; }

static const TrMethodDef range_methods[] = {
    {"__reversed__", range_m_reversed, TR_METH_INSTANCE},
    {"index", range_m_index, TR_METH_INSTANCE},
    {"count", range_m_count, TR_METH_INSTANCE},
    {0},
};

TrType tr_range_type = {
    .ob = {&tr_type_type}, .name = "range", .basicsize = sizeof(TrRange),
    .repr = range_repr, .len = range_len_slot, .truth = range_truth, .getitem = range_getitem,
    .contains = range_contains, .richcompare = range_richcompare, .hash = range_hash,
    .iter = range_iter, .new_ = range_new_slot,
};

/* ---------------------------------------------------------------- slices */

TrValue tr_slice_new(TrValue start, TrValue stop, TrValue step) {
    TrSlice *s = (TrSlice *)tr_object_alloc(&tr_slice_type, sizeof(TrSlice));
    s->start = start ? start : tr_None;
    s->stop = stop ? stop : tr_None;
    s->step = step ? step : tr_None;
    return (TrValue)s;
}

static int slice_bound(TrValue v, int64_t *out) {
    if (tr_int_check(v) || TR_TYPE(v)->index) {
        if (tr_index(v, out) == 0) return 0;
        if (!tr_err_is(TR_EXC_TYPE(OverflowError))) return -1;
        tr_err_clear();
        *out = tr_int_sign(v) < 0 ? INT64_MIN / 2 : INT64_MAX / 2;
        return 0;
    }
    tr_err(TR_EXC_TYPE(TypeError), "slice indices must be integers or None or have an __index__ method");
    return -1;
}

int tr_slice_indices(TrValue slice, int64_t len, int64_t *start, int64_t *stop, int64_t *step, int64_t *slicelen) {
    TrSlice *s = (TrSlice *)slice;
    *step = 1;
    if (s->step != tr_None) {
        if (slice_bound(s->step, step) < 0) return -1;
        if (*step == 0) {
            tr_err(TR_EXC_TYPE(ValueError), "slice step cannot be zero");
            return -1;
        }
    }
    int64_t lo = *step < 0 ? -1 : 0, hi = *step < 0 ? len - 1 : len;
    if (s->start == tr_None) *start = *step < 0 ? hi : lo;
    else {
        if (slice_bound(s->start, start) < 0) return -1;
        if (*start < 0) { *start += len; if (*start < lo) *start = lo; }
        else if (*start > hi) *start = hi;
    }
    if (s->stop == tr_None) *stop = *step < 0 ? lo : hi;
    else {
        if (slice_bound(s->stop, stop) < 0) return -1;
        if (*stop < 0) { *stop += len; if (*stop < lo) *stop = lo; }
        else if (*stop > hi) *stop = hi;
    }
    *slicelen = range_length(*start, *stop, *step);
    return 0;
}

static TrValue slice_repr(TrValue self) {
    TrSlice *s = (TrSlice *)self;
    return tr_str_fmt("slice(%R, %R, %R)", s->start, s->stop, s->step);
}

static TrValue slice_richcompare(TrValue a, TrValue b, int op) {
    if (TR_TYPE(b) != &tr_slice_type) return tr_NotImplemented;
    TrSlice *x = (TrSlice *)a, *y = (TrSlice *)b;
    TrValue ta = tr_tuple_pack(3, x->start, x->stop, x->step), tb = tr_tuple_pack(3, y->start, y->stop, y->step);
    return tr_compare(ta, tb, op);
}

static TrValue slice_new_slot(TrType *type, TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_no_kwargs("slice", kwnames) < 0 || tr_check_nargs("slice", nargs, 1, 3) < 0) return 0;
    if (nargs == 1) return tr_slice_new(tr_None, args[0], tr_None);
    return tr_slice_new(args[0], args[1], nargs == 3 ? args[2] : tr_None);
}

static TrValue slice_m_indices(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("indices", nargs - 1, 1, 1) < 0) return 0;
    int64_t len, a, b, c, n;
    if (tr_index(args[1], &len) < 0) return 0;
    if (len < 0) return tr_err(TR_EXC_TYPE(ValueError), "length should not be negative");
    if (tr_slice_indices(args[0], len, &a, &b, &c, &n) < 0) return 0;
    return tr_tuple_pack(3, tr_int_from_i64(a), tr_int_from_i64(b), tr_int_from_i64(c));
}

static TrValue slice_get_start(TrValue self) { return ((TrSlice *)self)->start; }
static TrValue slice_get_stop(TrValue self) { return ((TrSlice *)self)->stop; }
static TrValue slice_get_step(TrValue self) { return ((TrSlice *)self)->step; }

static const TrMethodDef slice_methods[] = {{"indices", slice_m_indices, TR_METH_INSTANCE}, {0}};

TrType tr_slice_type = {
    .ob = {&tr_type_type}, .name = "slice", .basicsize = sizeof(TrSlice),
    .repr = slice_repr, .richcompare = slice_richcompare, .new_ = slice_new_slot,
};

void tr_init_range(void) {
    tr_type_ready(&tr_range_type);
    tr_type_ready(&range_iter_type);
    tr_type_ready(&tr_slice_type);
    tr_type_add_methods(&tr_range_type, range_methods);
    tr_type_add_getter(&tr_range_type, "start", range_get_start);
    tr_type_add_getter(&tr_range_type, "stop", range_get_stop);
    tr_type_add_getter(&tr_range_type, "step", range_get_step);
    tr_type_add_methods(&tr_slice_type, slice_methods);
    tr_type_add_getter(&tr_slice_type, "start", slice_get_start);
    tr_type_add_getter(&tr_slice_type, "stop", slice_get_stop);
    tr_type_add_getter(&tr_slice_type, "step", slice_get_step);
}
