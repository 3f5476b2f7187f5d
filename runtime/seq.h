/* seq.h — helpers shared by the container files (tuple, list, dict, set, range,
 * iterators): index normalisation with CPython's messages, lexicographic comparison,
 * reprs with a recursion guard, argument checks, and dunder methods wrapping slots.
 * Internal to the runtime: obj_tuple.c and obj_iter.c define the functions. */
#ifndef TR_SEQ_H
#define TR_SEQ_H
#include "tr.h"

/* Items and length of a list or a tuple (subclasses included), read afresh by loops
 * that call back into user code (__eq__ may mutate a list). */
static inline TrValue *tr_seq_items(TrValue s, size_t *n) {
    if (TR_TYPE(s)->flags & TR_TF_LIST_SUBCLASS) {
        *n = TR_LIST(s)->len;
        return tr_list_items(TR_LIST(s));
    }
    *n = TR_TUPLE(s)->len;
    return TR_TUPLE(s)->items;
}

/* Item i of a list or a tuple (subclasses included), 0 past its end: the iterators' read,
 * which leaves a float-strategy list one (its item boxed once, as list[i] does). */
static inline TrValue tr_seq_item_at(TrValue s, size_t i) {
    if (TR_TYPE(s)->flags & TR_TF_LIST_SUBCLASS) {
        TrList *l = TR_LIST(s);
        if (i >= l->len) return 0;
        return TR_LIKELY(!l->float_boxes) ? l->slots[i] : tr_list_float_get(l, i);
    }
    return i < TR_TUPLE(s)->len ? TR_TUPLE(s)->items[i] : 0;
}

/* Slice bounds resolved against a length with CPython's rules (PySlice_GetIndicesEx),
 * from the bounds themselves (each 0 or None when missing): inline for the slicing
 * of lists (obj_list.c) and slice objects (tr_slice_indices, obj_slice.c). */
int tr_slice_bound_slow(TrValue v, int64_t *out); /* __index__, big ints, TypeError */
TR_FAST int tr_slice_bound(TrValue v, int64_t *out) {
    if (TR_LIKELY(TR_IS_SMALL(v))) { *out = TR_SMALL_VAL(v); return 0; }
    return tr_slice_bound_slow(v, out);
}

/* A start or stop bound (not None) clamped to [lo, hi] after adding len to a negative one. */
TR_FAST int tr_slice_clamp(TrValue v, int64_t len, int64_t lo, int64_t hi, int64_t *out) {
    if (tr_slice_bound(v, out) < 0) return -1;
    if (*out < 0) { *out += len; if (*out < lo) *out = lo; }
    else if (*out > hi) *out = hi;
    return 0;
}

/* A missing bound: absent (0) or None. */
#define TR_SLICE_NONE(v) (!(v) || (v) == tr_None)

/* Inlined always: left to gcc it stayed out of line, its four results in memory
 * (75 instructions a call in fannkuch's perm[:k+1] = perm[k::-1], one each side).
 * Steps 1 (the common slice, step absent) and -1 (a reversal) go first, each with the
 * bounds of its own sign: the general path's tests of the step's sign at every bound
 * were half of a short slice's cost. */
static inline __attribute__((always_inline)) int tr_slice_resolve(TrValue vstart, TrValue vstop, TrValue vstep, int64_t len,
                                                                  int64_t *start, int64_t *stop, int64_t *step,
                                                                  int64_t *slicelen) {
    if (TR_SLICE_NONE(vstep) || vstep == TR_FROM_SMALL(1)) {
        *step = 1;
        if (TR_SLICE_NONE(vstart)) *start = 0;
        else if (tr_slice_clamp(vstart, len, 0, len, start) < 0) return -1;
        if (TR_SLICE_NONE(vstop)) *stop = len;
        else if (tr_slice_clamp(vstop, len, 0, len, stop) < 0) return -1;
        *slicelen = *start < *stop ? *stop - *start : 0;
        return 0;
    }
    if (vstep == TR_FROM_SMALL(-1)) {
        *step = -1;
        if (TR_SLICE_NONE(vstart)) *start = len - 1;
        else if (tr_slice_clamp(vstart, len, -1, len - 1, start) < 0) return -1;
        if (TR_SLICE_NONE(vstop)) *stop = -1;
        else if (tr_slice_clamp(vstop, len, -1, len - 1, stop) < 0) return -1;
        *slicelen = *stop < *start ? *start - *stop : 0;
        return 0;
    }
    if (tr_slice_bound(vstep, step) < 0) return -1;
    if (*step == 0) {
        tr_err(TR_EXC_TYPE(ValueError), "slice step cannot be zero");
        return -1;
    }
    int64_t lo = *step < 0 ? -1 : 0, hi = *step < 0 ? len - 1 : len;
    if (TR_SLICE_NONE(vstart)) *start = *step < 0 ? hi : lo;
    else if (tr_slice_clamp(vstart, len, lo, hi, start) < 0) return -1;
    if (TR_SLICE_NONE(vstop)) *stop = *step < 0 ? lo : hi;
    else if (tr_slice_clamp(vstop, len, lo, hi, stop) < 0) return -1;
    if (*step > 0) *slicelen = *start < *stop ? (*stop - *start - 1) / *step + 1 : 0;
    else *slicelen = *stop < *start ? (*start - *stop - 1) / -*step + 1 : 0;
    return 0;
}

/* hash() with the dict/set fast paths: small ints (CPython's value: n, -1 -> -2, below
 * the TR_HASH_MODULUS) and exact strs (cached), else tr_hash. */
static inline int64_t tr_container_hash(TrValue key) {
    if (TR_IS_SMALL(key)) {
        int64_t v = TR_SMALL_VAL(key);
        if (v > -TR_HASH_MODULUS && v < TR_HASH_MODULUS) return v == -1 ? -2 : v;
    } else if (key->type == &tr_str_type) {
        int64_t h = TR_STR(key)->hash;
        return h != -1 ? h : tr_str_hash(key);
    }
    return tr_hash(key);
}

/* obj_list_float.c: the float strategy's storage as a list grows (list_reserve has made
 * cap slots, old_cap before) and when an empty list with cap slots takes the strategy
 * (the repetition of a float-strategy list) */
void tr_list_float_grew(TrList *l, size_t old_cap);
void tr_list_float_adopt(TrList *l);
TrValue tr_list_float_copy(TrList *l); /* list(l) of a float-strategy list: one too, same boxes */
/* sum(iterable, start) when iterable is a float-strategy list and start a small int or an
 * exact float: false (nothing done) otherwise; CPython 3.11 adds left to right, uncompensated */
bool tr_list_float_sum(TrValue iterable, TrValue start, TrValue *sum);

/* obj_tuple.c */
/* Normalise an index into [0, len): TypeError "<what> indices must be integers or
 * slices", IndexError range_msg. */
int tr_seq_index(TrValue key, size_t len, int64_t *out, const char *what, const char *range_msg);
TrValue tr_seq_richcompare(TrValue a, TrValue b, int op); /* two lists or two tuples */
/* index of x in seq[start:stop] (start/stop may be 0: absent), -1 absent, -2 error */
int64_t tr_seq_find(TrValue seq, TrValue x, TrValue start, TrValue stop);
int64_t tr_seq_count(TrValue seq, TrValue x); /* -1 on error */
TrValue tr_seq_repr(TrValue *items, size_t n, const char *open, const char *close, bool one_comma);
/* seq * n: 1 when n is not an index (NotImplemented), -1 on error (overflow included) */
int tr_seq_repeat_count(TrValue n, size_t len, size_t *out);
/* seq + other with other of the wrong type: NotImplemented for user classes (they may
 * define __radd__), else CPython's 'can only concatenate list (not "tuple") to list'.
 * what: "list" or "tuple". */
TrValue tr_seq_concat_error(const char *what, TrValue other);
/* Recursion guard of reprs: a chain of C-stack frames, one per container being printed.
 * enter returns 1 (and pushes nothing) when v is already being printed. */
typedef struct TrReprGuard { struct TrReprGuard *outer; TrValue v; } TrReprGuard;
int tr_repr_enter(TrReprGuard *g, TrValue v);
void tr_repr_leave(TrReprGuard *g);

/* obj_iter.c */
TrValue tr_reversed_new(TrValue seq);     /* reverse iterator by index: seq[len-1] ... seq[0] */

/* Dunder methods calling type T's own slot (not the instance's), so that a subclass's
 * super().__getitem__(k) or list.__init__(self, x) reaches the builtin behaviour. */
#define TR_WRAP_INIT(fn, T)                                                              \
    static TrValue fn(TrValue *a, size_t n, TrValue kw) {                                \
        return (T).init(a[0], a + 1, n - 1, kw) < 0 ? 0 : tr_None;                       \
    }
#define TR_WRAP_LEN(fn, T)                                                               \
    static TrValue fn(TrValue *a, size_t n, TrValue kw) {                                \
        if (tr_method_args(a, n, kw, "__len__", 0, 0) < 0) return 0;                    \
        intptr_t r = (T).len(a[0]);                                                      \
        return r < 0 ? 0 : tr_int_from_i64(r);                                           \
    }
#define TR_WRAP_GETITEM(fn, T)                                                           \
    static TrValue fn(TrValue *a, size_t n, TrValue kw) {                                \
        if (tr_method_args(a, n, kw, "__getitem__", 1, 1) < 0) return 0;                \
        return (T).getitem(a[0], a[1]);                                                  \
    }
#define TR_WRAP_SETITEM(fn, T)                                                           \
    static TrValue fn(TrValue *a, size_t n, TrValue kw) {                                \
        if (tr_method_args(a, n, kw, "__setitem__", 2, 2) < 0) return 0;                \
        return (T).setitem(a[0], a[1], a[2]) < 0 ? 0 : tr_None;                          \
    }
#define TR_WRAP_DELITEM(fn, T)                                                           \
    static TrValue fn(TrValue *a, size_t n, TrValue kw) {                                \
        if (tr_method_args(a, n, kw, "__delitem__", 1, 1) < 0) return 0;                \
        return (T).setitem(a[0], a[1], 0) < 0 ? 0 : tr_None;                             \
    }
#define TR_WRAP_CONTAINS(fn, T)                                                          \
    static TrValue fn(TrValue *a, size_t n, TrValue kw) {                                \
        if (tr_method_args(a, n, kw, "__contains__", 1, 1) < 0) return 0;               \
        int r = (T).contains(a[0], a[1]);                                                \
        return r < 0 ? 0 : tr_bool(r);                                                   \
    }
#define TR_WRAP_ITER(fn, T)                                                              \
    static TrValue fn(TrValue *a, size_t n, TrValue kw) {                                \
        if (tr_method_args(a, n, kw, "__iter__", 0, 0) < 0) return 0;                   \
        return (T).iter(a[0]);                                                           \
    }
#define TR_WRAP_REPR(fn, T)                                                              \
    static TrValue fn(TrValue *a, size_t n, TrValue kw) {                                \
        if (tr_method_args(a, n, kw, "__repr__", 0, 0) < 0) return 0;                   \
        return (T).repr(a[0]);                                                           \
    }
#endif
