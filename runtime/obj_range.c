/* obj_range.c — range objects and their iterators.  A range keeps its bounds as ints
 * (the public TrRange fields, possibly big); when start, stop, step and the length all
 * fit in int64 and the length in ssize_t (`fast`; lengths are indexes and len() results,
 * 32 bits on 32-bit targets) it also keeps int64 copies, and every operation uses those.
 * Other ranges go through generic int arithmetic, as CPython's longrangeiter does. */
#include "tr.h"
#include "seq.h"

typedef struct Range { TrRange r; bool fast; int64_t start, stop, step, len; } Range;
typedef struct RangeIter { TrObject ob; int64_t next, step, left; } RangeIter;
typedef struct LongRangeIter { TrObject ob; TrValue next, step, left; } LongRangeIter;
#define RANGE(v) ((Range *)(v))

static TrValue add(TrValue a, TrValue b) { return tr_binop(TR_ADD, a, b); }
static TrValue sub(TrValue a, TrValue b) { return tr_binop(TR_SUB, a, b); }
static TrValue mul(TrValue a, TrValue b) { return tr_binop(TR_MUL, a, b); }
static int sign(TrValue v) { return tr_int_sign(v); }

/* Element i (0 <= i < len) without signed overflow: it is in [start, stop] anyway. */
static int64_t range_at(Range *r, int64_t i) { return (int64_t)((uint64_t)r->start + (uint64_t)i * (uint64_t)r->step); }

static uint64_t range_length(int64_t start, int64_t stop, int64_t step) {
    if (step > 0 && start < stop) return ((uint64_t)stop - (uint64_t)start - 1) / (uint64_t)step + 1;
    if (step < 0 && start > stop) return ((uint64_t)start - (uint64_t)stop - 1) / (0 - (uint64_t)step) + 1;
    return 0;
}

/* CPython's compute_range_length for any ints */
static TrValue long_length(TrValue start, TrValue stop, TrValue step) {
    TrValue lo = start, hi = stop;
    if (sign(step) < 0) {
        lo = stop;
        hi = start;
        step = tr_neg(step);
    }
    int c = tr_compare_bool(lo, hi, TR_GE);
    if (c) return c < 0 ? 0 : TR_FROM_SMALL(0);
    TrValue span = sub(sub(hi, lo), TR_FROM_SMALL(1));
    return span ? add(tr_binop(TR_FLOORDIV, span, step), TR_FROM_SMALL(1)) : 0;
}

static bool as_i64(TrValue v, int64_t *out) {
    if (tr_int_as_i64(v, out) == 0) return true;
    tr_err_clear();
    return false;
}

/* range(start, stop, step) of three ints, step != 0 */
static TrValue range_make(TrValue start, TrValue stop, TrValue step) {
    Range *r = (Range *)tr_object_alloc(&tr_range_type, sizeof(Range));
    r->r.start = start;
    r->r.stop = stop;
    r->r.step = step;
    if (as_i64(start, &r->start) && as_i64(stop, &r->stop) && as_i64(step, &r->step)) {
        uint64_t n = range_length(r->start, r->stop, r->step);
        if (n <= (uint64_t)INTPTR_MAX) {
            r->fast = true;
            r->len = (int64_t)n;
            r->r.length = tr_int_from_i64(r->len);
            return (TrValue)r;
        }
    }
    r->r.length = long_length(start, stop, step);
    return r->r.length ? (TrValue)r : 0;
}

static TrValue range_arg(TrValue v) {
    if (!tr_int_check(v) && !TR_TYPE(v)->index)
        return tr_err(TR_EXC_TYPE(TypeError), "'%s' object cannot be interpreted as an integer", TR_TYPE_NAME(v));
    return tr_number_index(v);
}

TrValue tr_range_new(TrValue start, TrValue stop, TrValue step) {
    if (!(start = start ? range_arg(start) : TR_FROM_SMALL(0))) return 0;
    if (!(stop = range_arg(stop))) return 0;
    if (!(step = step ? range_arg(step) : TR_FROM_SMALL(1))) return 0;
    if (sign(step) == 0) return tr_err(TR_EXC_TYPE(ValueError), "range() arg 3 must not be zero");
    return range_make(start, stop, step);
}

static TrValue range_new_slot(TrType *type, TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_no_kwargs("range", kwnames) < 0) return 0;
    if (nargs == 0) return tr_err(TR_EXC_TYPE(TypeError), "range expected at least 1 argument, got 0");
    if (nargs > 3) return tr_err(TR_EXC_TYPE(TypeError), "range expected at most 3 arguments, got %zu", nargs);
    if (nargs == 1) return tr_range_new(0, args[0], 0);
    return tr_range_new(args[0], args[1], nargs == 3 ? args[2] : 0);
}

static TrValue range_repr(TrValue self) {
    TrRange *r = &RANGE(self)->r;
    if (r->step == TR_FROM_SMALL(1)) return tr_str_fmt("range(%R, %R)", r->start, r->stop);
    return tr_str_fmt("range(%R, %R, %R)", r->start, r->stop, r->step);
}

/* The length as int64, or -1 + OverflowError for a longer range. */
static int64_t range_len64(Range *r) {
    int64_t n;
    if (r->fast) return r->len;
    if (as_i64(r->r.length, &n)) return n;
    tr_err(TR_EXC_TYPE(OverflowError), "Python int too large to convert to C ssize_t");
    return -1;
}

static intptr_t range_len_slot(TrValue self) {
    int64_t n = range_len64(RANGE(self));
    if (n <= INTPTR_MAX) return (intptr_t)n;
    tr_err(TR_EXC_TYPE(OverflowError), "Python int too large to convert to C ssize_t");
    return -1;
}
static int range_truth(TrValue self) { return RANGE(self)->fast ? RANGE(self)->len != 0 : sign(RANGE(self)->r.length) != 0; }

/* start + i * step, for any int i */
static TrValue long_item(Range *r, TrValue i) {
    TrValue off = mul(i, r->r.step);
    return off ? add(r->r.start, off) : 0;
}

static TrValue range_getitem(TrValue self, TrValue key) {
    Range *r = RANGE(self);
    if (TR_TYPE(key) == &tr_slice_type) {
        int64_t start, stop, step, n, len = range_len64(r);
        if (len < 0 || tr_slice_indices(key, len, &start, &stop, &step, &n) < 0) return 0;
        /* CPython: the bounds are the items at the resolved slice indices */
        TrValue first = long_item(r, tr_int_from_i64(start)), last = first ? long_item(r, tr_int_from_i64(stop)) : 0;
        TrValue st = last ? mul(tr_int_from_i64(step), r->r.step) : 0;
        return st ? range_make(first, last, st) : 0;
    }
    if (r->fast) {
        int64_t i;
        if (tr_seq_index(key, r->len, &i, "range", "range object index out of range") < 0) return 0;
        return tr_int_from_i64(range_at(r, i));
    }
    if (!tr_int_check(key) && !TR_TYPE(key)->index)
        return tr_err(TR_EXC_TYPE(TypeError), "range indices must be integers or slices, not %s", TR_TYPE_NAME(key));
    TrValue i = tr_number_index(key);
    if (i && sign(i) < 0) i = add(i, r->r.length);
    if (!i) return 0;
    if (sign(i) < 0 || tr_compare_bool(i, r->r.length, TR_GE))
        return tr_err(TR_EXC_TYPE(IndexError), "range object index out of range");
    return long_item(r, i);
}

/* Position of the int v in r as an int, or 0 (absent, or an error: check tr_err_occurred) */
static TrValue range_find_int(Range *r, TrValue v) {
    int64_t x;
    if (r->fast) {
        if (!as_i64(v, &x) || r->len == 0 ||
            (r->step > 0 ? (x < r->start || x >= r->stop) : (x > r->start || x <= r->stop)))
            return 0;
        uint64_t off = r->step > 0 ? (uint64_t)x - (uint64_t)r->start : (uint64_t)r->start - (uint64_t)x;
        uint64_t st = r->step > 0 ? (uint64_t)r->step : 0 - (uint64_t)r->step;
        return off % st ? 0 : tr_int_from_i64((int64_t)(off / st));
    }
    bool up = sign(r->r.step) > 0;
    int lo = tr_compare_bool(up ? r->r.start : r->r.stop, v, up ? TR_LE : TR_LT);
    int hi = lo > 0 ? tr_compare_bool(v, up ? r->r.stop : r->r.start, up ? TR_LT : TR_LE) : lo;
    if (hi <= 0) return 0;
    TrValue off = sub(v, r->r.start), rem = off ? tr_binop(TR_MOD, off, r->r.step) : 0;
    if (!rem || sign(rem) != 0) return 0;
    return tr_binop(TR_FLOORDIV, off, r->r.step);
}

/* Position of v in r (ints in O(1), other values by ==), 0 if absent or on error */
static TrValue range_find(TrValue self, TrValue v) {
    if (TR_IS_SMALL(v) || TR_TYPE(v) == &tr_bool_type || TR_TYPE(v) == &tr_int_type) return range_find_int(RANGE(self), v);
    TrValue it = tr_iter(self), x;
    for (int64_t i = 0; it && (x = tr_next(it)); i++) {
        int eq = tr_equal(x, v);
        if (eq) return eq < 0 ? 0 : tr_int_from_i64(i);
    }
    return 0;
}

static int range_contains(TrValue self, TrValue item) {
    if (range_find(self, item)) return 1;
    return tr_err_occurred() ? -1 : 0;
}

/* Equal as sequences: same length, and (if not empty) same first item and (if longer
 * than one) same step. */
static TrValue range_richcompare(TrValue a, TrValue b, int op) {
    if ((op != TR_EQ && op != TR_NE) || TR_TYPE(b) != &tr_range_type) return tr_NotImplemented;
    TrRange *x = &RANGE(a)->r, *y = &RANGE(b)->r;
    int eq = tr_equal(x->length, y->length);
    if (eq > 0 && sign(x->length) != 0) {
        eq = tr_equal(x->start, y->start);
        if (eq > 0 && tr_compare_bool(x->length, TR_FROM_SMALL(1), TR_GT) > 0) eq = tr_equal(x->step, y->step);
    }
    return eq < 0 ? 0 : tr_bool(op == TR_EQ ? eq : !eq);
}

/* CPython's: hash((len, start, step)) with start/step None where they do not matter */
static int64_t range_hash(TrValue self) {
    TrRange *r = &RANGE(self)->r;
    int nonempty = sign(r->length) != 0, more = tr_compare_bool(r->length, TR_FROM_SMALL(1), TR_GT) > 0;
    return tr_hash(tr_tuple_pack(3, r->length, nonempty ? r->start : tr_None, more ? r->step : tr_None));
}

/* ---------------------------------------------------------------- iterators */

static TrType range_iter_type, long_range_iter_type;

/* n items first, first + step, ...; int64 when the range is fast */
static TrValue range_iter_make(Range *r, TrValue first, TrValue step) {
    if (r->fast) {
        RangeIter *it = (RangeIter *)tr_object_alloc(&range_iter_type, sizeof(RangeIter));
        as_i64(first, &it->next);
        as_i64(step, &it->step);
        it->left = r->len;
        return (TrValue)it;
    }
    LongRangeIter *it = (LongRangeIter *)tr_object_alloc(&long_range_iter_type, sizeof(LongRangeIter));
    it->next = first;
    it->step = step;
    it->left = r->r.length;
    return (TrValue)it;
}

static TrValue range_iter(TrValue self) { return range_iter_make(RANGE(self), RANGE(self)->r.start, RANGE(self)->r.step); }

static TrValue range_iter_next(TrValue self) {
    RangeIter *it = (RangeIter *)self;
    if (it->left <= 0) return 0;
    it->left--;
    int64_t v = it->next;
    it->next = (int64_t)((uint64_t)v + (uint64_t)it->step);
    return TR_FITS_SMALL(v) ? TR_FROM_SMALL(v) : tr_int_from_i64(v);
}

static TrValue long_range_iter_next(TrValue self) {
    LongRangeIter *it = (LongRangeIter *)self;
    if (sign(it->left) <= 0) return 0;
    TrValue v = it->next, left = sub(it->left, TR_FROM_SMALL(1)), next = left ? add(v, it->step) : 0;
    if (!next) return 0;
    it->left = left;
    it->next = next;
    return v;
}

static TrType range_iter_type = {
    .ob = {&tr_type_type}, .name = "range_iterator", .basicsize = sizeof(RangeIter),
    .iter = tr_self_iter, .next = range_iter_next,
};

static TrType long_range_iter_type = {
    .ob = {&tr_type_type}, .name = "longrange_iterator", .basicsize = sizeof(LongRangeIter),
    .iter = tr_self_iter, .next = long_range_iter_next,
};

/* ---------------------------------------------------------------- methods */

static TrValue range_m_reversed(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_method_args(args, nargs, kwnames, "__reversed__", 0, 0) < 0) return 0;
    Range *r = RANGE(args[0]);
    TrValue n1 = sub(r->r.length, TR_FROM_SMALL(1)), last = n1 ? long_item(r, n1) : 0, step = last ? tr_neg(r->r.step) : 0;
    return step ? range_iter_make(r, last, step) : 0;
}

static TrValue range_m_index(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_method_args(args, nargs, kwnames, "index", 1, 1) < 0) return 0;
    TrValue i = range_find(args[0], args[1]);
    if (i || tr_err_occurred()) return i;
    if (!tr_int_check(args[1])) return tr_err(TR_EXC_TYPE(ValueError), "sequence.index(x): x not in sequence");
    return tr_err(TR_EXC_TYPE(ValueError), "%R is not in range", args[1]);
}

static TrValue range_m_count(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_method_args(args, nargs, kwnames, "count", 1, 1) < 0) return 0;
    int c = range_contains(args[0], args[1]);
    return c < 0 ? 0 : TR_FROM_SMALL(c);
}

static TrValue range_get_start(TrValue self) { return RANGE(self)->r.start; }
static TrValue range_get_stop(TrValue self) { return RANGE(self)->r.stop; }
static TrValue range_get_step(TrValue self) { return RANGE(self)->r.step; }

TR_WRAP_LEN(range_w_len, tr_range_type)
TR_WRAP_GETITEM(range_w_getitem, tr_range_type)
TR_WRAP_CONTAINS(range_w_contains, tr_range_type)
TR_WRAP_ITER(range_w_iter, tr_range_type)

static const TrMethodDef range_methods[] = {
    {"__reversed__", range_m_reversed, TR_METH_INSTANCE},
    {"index", range_m_index, TR_METH_INSTANCE},
    {"count", range_m_count, TR_METH_INSTANCE},
    {"__len__", range_w_len, TR_METH_INSTANCE},
    {"__getitem__", range_w_getitem, TR_METH_INSTANCE},
    {"__contains__", range_w_contains, TR_METH_INSTANCE},
    {"__iter__", range_w_iter, TR_METH_INSTANCE},
    {0},
};

TrType tr_range_type = {
    .getattr = tr_generic_getattr, /* CPython's sets tp_getattro: a __getattribute__ of its own */
    .ob = {&tr_type_type}, .name = "range", .basicsize = sizeof(Range),
    .repr = range_repr, .len = range_len_slot, .truth = range_truth, .getitem = range_getitem,
    .contains = range_contains, .richcompare = range_richcompare, .hash = range_hash,
    .iter = range_iter, .new_ = range_new_slot,
};

void tr_init_range(void) {
    tr_init_slice(); /* slicing ranges needs slices: both are readied here */
    tr_type_ready(&tr_range_type);
    tr_type_ready(&range_iter_type);
    tr_type_ready(&long_range_iter_type);
    tr_type_add_methods(&tr_range_type, range_methods);
    tr_type_add_methods(&range_iter_type, tr_iter_methods);
    tr_type_add_methods(&long_range_iter_type, tr_iter_methods);
    tr_type_add_getter(&tr_range_type, "start", range_get_start);
    tr_type_add_getter(&tr_range_type, "stop", range_get_stop);
    tr_type_add_getter(&tr_range_type, "step", range_get_step);
}
