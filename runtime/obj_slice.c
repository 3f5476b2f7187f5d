/* obj_slice.c — slice objects (a[i:j:k] and slice()) and their resolution against a
 * sequence length with CPython's rules (PySlice_GetIndicesEx): clamping, negative
 * indices, huge bounds saturated.  Slices are unhashable and compare as tuples. */
#include "tr.h"
#include "seq.h"

TrValue tr_slice_new(TrValue start, TrValue stop, TrValue step) {
    TrSlice *s = (TrSlice *)tr_object_alloc(&tr_slice_type, sizeof(TrSlice));
    s->start = start ? start : tr_None;
    s->stop = stop ? stop : tr_None;
    s->step = step ? step : tr_None;
    return (TrValue)s;
}

int tr_slice_bound_slow(TrValue v, int64_t *out) {
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
    return tr_slice_resolve(s->start, s->stop, s->step, len, start, stop, step, slicelen);
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
    if (tr_method_args(args, nargs, kwnames, "indices", 1, 1) < 0) return 0;
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

void tr_init_slice(void) {
    tr_type_ready(&tr_slice_type);
    tr_type_add_methods(&tr_slice_type, slice_methods);
    tr_type_add_getter(&tr_slice_type, "start", slice_get_start);
    tr_type_add_getter(&tr_slice_type, "stop", slice_get_stop);
    tr_type_add_getter(&tr_slice_type, "step", slice_get_step);
}
