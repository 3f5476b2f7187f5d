/* ops.c — the generic operator protocol over type slots, following CPython's
 * abstract.c / object.c: binary ops with reflection and subclass priority, rich
 * comparison, truth, hashing, containment, subscription, iteration, unpacking. */
#include "tr.h"

static const char *const op_symbols[TR_NB_COUNT] = {"+", "-", "*", "@", "/", "//", "%", "**", "<<", ">>", "&", "|", "^"};
static const char *const cmp_symbols[] = {"<", "<=", "==", "!=", ">", ">="};
static const int cmp_swapped[] = {TR_GT, TR_GE, TR_EQ, TR_NE, TR_LT, TR_LE};

static inline bool both_exact_str(TrValue a, TrValue b) {
    return !TR_IS_SMALL(a) && !TR_IS_SMALL(b) && a->type == &tr_str_type && b->type == &tr_str_type;
}

/* NotImplemented when neither operand supports op. */
static TrValue binary_op1(int op, TrValue a, TrValue b) {
    TrType *ta = TR_TYPE(a), *tb = TR_TYPE(b);
    TrBinaryFn sa = ta->nb[op], sb = tb != ta ? tb->nb[op] : NULL;
    if (sb == sa) sb = NULL;
    if (sa) {
        if (sb && tr_type_is_subtype(tb, ta)) {
            TrValue r = sb(a, b);
            if (r != tr_NotImplemented) return r;
            sb = NULL;
        }
        TrValue r = sa(a, b);
        if (r != tr_NotImplemented) return r;
    }
    if (sb) return sb(a, b);
    return tr_NotImplemented;
}

/* whether v's * repeats it: a sequence, unless a class of it defines __mul__ or __rmul__
 * (CPython's update_one_slot clears sq_repeat then) */
static bool repeats(TrValue v) {
    TrType *t = TR_TYPE(v);
    return (t->flags & TR_TF_SEQ_REPEAT) && t->nb[TR_MUL] != tr_class_nb_slot(TR_MUL);
}

/* a * b when neither operand's * took the other: CPython's sequence_repeat refusing a
 * count that is no index (a sequence's own * repeats by an index) */
static TrValue repeat_count_error(TrValue count) {
    return tr_err(TR_EXC_TYPE(TypeError), "can't multiply sequence by non-int of type '%s'", TR_TYPE_NAME(count));
}

/* the operands of a failed operator (suffix "=" for an in-place one), in its message */
static TrValue operand_error(int op, TrValue a, TrValue b, const char *suffix) {
    if (op == TR_POW)
        return tr_err(TR_EXC_TYPE(TypeError), "unsupported operand type(s) for **%s: '%s' and '%s'",
                      *suffix ? suffix : " or pow()", TR_TYPE_NAME(a), TR_TYPE_NAME(b));
    if (op == TR_ADD && (TR_TYPE(a)->flags & TR_TF_STR_SUBCLASS))
        return tr_err(TR_EXC_TYPE(TypeError), "can only concatenate str (not \"%s\") to str", TR_TYPE_NAME(b));
    return tr_err(TR_EXC_TYPE(TypeError), "unsupported operand type(s) for %s%s: '%s' and '%s'", op_symbols[op], suffix,
                  TR_TYPE_NAME(a), TR_TYPE_NAME(b));
}

TrValue tr_binop(int op, TrValue a, TrValue b) {
    if (op == TR_ADD && both_exact_str(a, b)) return tr_str_concat(a, b);
    TrValue r = binary_op1(op, a, b);
    if (r != tr_NotImplemented) return r;
    if (op == TR_MUL && (repeats(a) || repeats(b))) return repeat_count_error(repeats(a) ? b : a);
    return operand_error(op, a, b, "");
}

/* whether CPython's type for v has sequence methods (tp_as_sequence): a class always
 * has; a builtin type with a length or `in` */
static bool has_sequence_methods(TrValue v) {
    TrType *t = TR_TYPE(v);
    return (t->flags & TR_TF_HEAPTYPE) || t->len || t->contains;
}

TrValue tr_inplace_op(int op, TrValue a, TrValue b) {
    if (op == TR_ADD && both_exact_str(a, b)) return tr_str_concat(a, b); /* str has no += of its own */
    TrBinaryFn f = TR_TYPE(a)->nb_inplace[op];
    if (f) {
        TrValue r = f(a, b);
        if (r != tr_NotImplemented) return r;
    }
    TrValue r = binary_op1(op, a, b);
    if (r != tr_NotImplemented) return r;
    /* CPython repeats the right operand only when the left has no sequence methods at all */
    if (op == TR_MUL && (repeats(a) || (repeats(b) && !has_sequence_methods(a))))
        return repeat_count_error(repeats(a) ? b : a);
    return operand_error(op, a, b, "=");
}

/* tr_op_fast's cases after two small ints (tr.h): the generic operator, a op b or a op= b */
TrValue tr_op_generic(int op, TrValue a, TrValue b, int inplace) {
    return inplace ? tr_inplace_op(op, a, b) : tr_binop(op, a, b);
}

/* v as the parts of a complex when it is an exact complex, an exact float or a small
 * int: the operands whose arithmetic with a complex is complex's own (float's and
 * int's slots answer NotImplemented to a complex; subclasses may override, so they
 * take the generic operator). */
static inline bool complex_parts(TrValue v, double *re, double *im) {
    if (TR_IS_SMALL(v) || v->type == &tr_float_type) {
        *im = 0;
        return tr_float_or_small(v, re);
    }
    if (v->type != &tr_complex_type) return false;
    *re = ((TrComplex *)v)->real;
    *im = ((TrComplex *)v)->imag;
    return true;
}

/* ... and, for an operator with a float case, floats and a float with a small int first
 * (two small ints here overflowed: the generic operator makes a big int), then complex
 * numbers with each other, floats or small ints without the slot dispatch */
#define FLOAT_OR_GENERIC(fname, op)                                                  \
    TrValue fname(TrValue a, TrValue b, int inplace) {                               \
        double x, y, xi, yi;                                                         \
        if (!(TR_IS_SMALL(a) && TR_IS_SMALL(b))) {                                   \
            if (tr_float_or_small(a, &x) && tr_float_or_small(b, &y)) {              \
                TrValue r = tr_float_binop(op, x, y);                                \
                if (r) return r;                                                     \
            } else if (complex_parts(a, &x, &xi) && complex_parts(b, &y, &yi)) {     \
                return tr_complex_arith(op, x, xi, y, yi);                           \
            }                                                                        \
        }                                                                            \
        return tr_op_generic(op, a, b, inplace);                                     \
    }
FLOAT_OR_GENERIC(tr_add_float_or_generic, TR_ADD)
FLOAT_OR_GENERIC(tr_sub_float_or_generic, TR_SUB)
FLOAT_OR_GENERIC(tr_mul_float_or_generic, TR_MUL)
FLOAT_OR_GENERIC(tr_truediv_float_or_generic, TR_TRUEDIV)

#define UNARY(fname, slot, sym)                                                                          \
    TrValue fname(TrValue a) {                                                                           \
        TrType *t = TR_TYPE(a);                                                                          \
        if (!t->slot) return tr_err(TR_EXC_TYPE(TypeError), "bad operand type for unary " sym ": '%s'", t->name); \
        return t->slot(a);                                                                               \
    }
UNARY(tr_neg, neg, "-")
UNARY(tr_pos, pos, "+")
UNARY(tr_invert, invert, "~")

int tr_truthy(TrValue v) {
    if (v == tr_True) return 1;
    if (v == tr_False || v == tr_None) return 0;
    if (TR_IS_SMALL(v)) return TR_SMALL_VAL(v) != 0;
    TrType *t = v->type;
    if (t->truth) return t->truth(v);
    if (t->len) {
        intptr_t n = t->len(v);
        return n < 0 ? -1 : n != 0;
    }
    return 1;
}

TrValue tr_not(TrValue a) {
    int t = tr_truthy(a);
    return t < 0 ? 0 : tr_bool(!t);
}

TrValue tr_compare(TrValue a, TrValue b, int op) {
    TrType *ta = TR_TYPE(a), *tb = TR_TYPE(b);
    bool tried_reflected = false;
    if (ta != tb && tb->richcompare && tr_type_is_subtype(tb, ta)) {
        tried_reflected = true;
        TrValue r = tb->richcompare(b, a, cmp_swapped[op]);
        if (r != tr_NotImplemented) return r;
    }
    if (ta->richcompare) {
        TrValue r = ta->richcompare(a, b, op);
        if (r != tr_NotImplemented) return r;
    }
    if (!tried_reflected && tb->richcompare) {
        TrValue r = tb->richcompare(b, a, cmp_swapped[op]);
        if (r != tr_NotImplemented) return r;
    }
    if (op == TR_EQ) return tr_bool(a == b);
    if (op == TR_NE) return tr_bool(a != b);
    return tr_err(TR_EXC_TYPE(TypeError), "'%s' not supported between instances of '%s' and '%s'", cmp_symbols[op],
                  ta->name, tb->name);
}

int tr_compare_bool(TrValue a, TrValue b, int op) {
    if (TR_IS_SMALL(a) && TR_IS_SMALL(b)) {
        intptr_t x = TR_SMALL_VAL(a), y = TR_SMALL_VAL(b);
        return TR_COMPARE_C(x, y, op);
    }
    if (both_exact_str(a, b)) return tr_str_compare(a, b, op);
    TrValue r = tr_compare(a, b, op);
    if (!r) return -1;
    if (r == tr_True) return 1;
    if (r == tr_False) return 0;
    return tr_truthy(r);
}

int tr_equal(TrValue a, TrValue b) {
    if (a == b) return 1;
    return tr_compare_bool(a, b, TR_EQ);
}

int64_t tr_hash(TrValue v) {
    if (TR_IS_SMALL(v)) {
        int64_t h = (int64_t)TR_SMALL_VAL(v) % TR_HASH_MODULUS; /* CPython: modulo 2**61-1 or 2**31-1 */
        return h == -1 ? -2 : h;
    }
    TrType *t = v->type;
    if (!t->hash) {
        tr_err(TR_EXC_TYPE(TypeError), "unhashable type: '%s'", t->name);
        return -1;
    }
    return t->hash(v);
}

int tr_contains(TrValue container, TrValue item) {
    TrType *t = TR_TYPE(container);
    if (t->contains) return t->contains(container, item);
    TrValue it = t->iter || t->getitem ? tr_iter(container) : 0;
    if (!it) {
        if (!tr_err_occurred() || tr_err_is(TR_EXC_TYPE(TypeError))) {
            tr_err_clear();
            tr_err(TR_EXC_TYPE(TypeError), "argument of type '%s' is not iterable", t->name);
        }
        return -1;
    }
    TrValue v;
    while ((v = tr_next(it))) {
        int eq = tr_equal(v, item);
        if (eq) return eq;
    }
    return tr_err_occurred() ? -1 : 0;
}

TrValue tr_getitem(TrValue obj, TrValue key) {
    TrType *t = TR_TYPE(obj);
    if (t->getitem) return t->getitem(obj, key);
    if (tr_isinstance_type(obj, &tr_type_type)) {
        TrValue cg = tr_type_lookup((TrType *)obj, TR_INTERN("__class_getitem__"));
        if (cg) return tr_call_method_cstr(obj, "__class_getitem__", 1, key);
        if ((TrType *)obj == &tr_type_type) return tr_generic_alias_new(obj, key);
        return tr_err(TR_EXC_TYPE(TypeError), "type '%s' is not subscriptable", ((TrType *)obj)->name);
    }
    return tr_err(TR_EXC_TYPE(TypeError), "'%s' object is not subscriptable", t->name);
}

/* x[lo:hi:step] (compiler/opt/slice_access.c; a bound of 0 is None).  The builtin
 * sequences never keep the key, so they get a slice on the C stack; anything else a
 * real slice object. */
static bool slices_in_place(TrValue obj) {
    if (TR_IS_SMALL(obj)) return false;
    TrType *t = obj->type;
    return t == &tr_list_type || t == &tr_tuple_type || t == &tr_str_type || t == &tr_bytes_type ||
           t == &tr_bytearray_type;
}

TrValue tr_getslice(TrValue obj, TrValue lo, TrValue hi, TrValue step) {
    if (!TR_IS_SMALL(obj) && obj->type == &tr_list_type) return tr_list_getslice(obj, lo, hi, step);
    if (!slices_in_place(obj)) return tr_getitem(obj, tr_slice_new(lo, hi, step));
    TrSlice s = {{&tr_slice_type}, lo ? lo : tr_None, hi ? hi : tr_None, step ? step : tr_None};
    return tr_getitem(obj, (TrValue)&s);
}

int tr_setslice(TrValue obj, TrValue lo, TrValue hi, TrValue step, TrValue v) {
    if (!TR_IS_SMALL(obj) && obj->type == &tr_list_type) return tr_list_setslice(obj, lo, hi, step, v);
    if (!slices_in_place(obj)) return tr_setitem(obj, tr_slice_new(lo, hi, step), v);
    TrSlice s = {{&tr_slice_type}, lo ? lo : tr_None, hi ? hi : tr_None, step ? step : tr_None};
    return tr_setitem(obj, (TrValue)&s, v);
}

int tr_setitem(TrValue obj, TrValue key, TrValue v) {
    TrType *t = TR_TYPE(obj);
    if (t->setitem) return t->setitem(obj, key, v);
    tr_err(TR_EXC_TYPE(TypeError), "'%s' object does not support item assignment", t->name);
    return -1;
}

int tr_delitem(TrValue obj, TrValue key) {
    TrType *t = TR_TYPE(obj);
    if (t->setitem) return t->setitem(obj, key, 0);
    tr_err(TR_EXC_TYPE(TypeError), t->getitem ? "'%s' object doesn't support item deletion"
                                              : "'%s' object does not support item deletion", t->name);
    return -1;
}

intptr_t tr_len(TrValue v) {
    TrType *t = TR_TYPE(v);
    if (t->len) return t->len(v);
    tr_err(TR_EXC_TYPE(TypeError), "object of type '%s' has no len()", t->name);
    return -1;
}

TrValue tr_repr(TrValue v) {
    TrType *t = TR_TYPE(v);
    if (tr_recursion_enter()) return 0;
    TrValue r = t->repr(v);
    tr_recursion_leave();
    return r;
}

TrValue tr_str(TrValue v) {
    TrType *t = TR_TYPE(v);
    if (t == &tr_str_type) return v;
    if (tr_recursion_enter()) return 0;
    TrValue r = (t->str ? t->str : t->repr)(v);
    tr_recursion_leave();
    return r;
}

TrValue tr_ascii(TrValue v) {
    TrValue r = tr_repr(v);
    if (!r || TR_STR(r)->ascii) return r;
    TrBuf b;
    tr_buf_init(&b);
    const char *s = tr_str_cstr(r);
    for (size_t i = 0; i < TR_STR(r)->len;) {
        uint32_t cp;
        size_t n = tr_utf8_decode(s + i, &cp);
        if (cp < 128) tr_buf_addc(&b, (char)cp);
        else if (cp < 256) tr_buf_printf(&b, "\\x%02x", cp);
        else if (cp < 65536) tr_buf_printf(&b, "\\u%04x", cp);
        else tr_buf_printf(&b, "\\U%08x", cp);
        i += n;
    }
    return tr_buf_finish(&b);
}

TrValue tr_iter(TrValue v) {
    TrType *t = TR_TYPE(v);
    if (t->iter) {
        TrValue it = t->iter(v);
        if (it && !TR_TYPE(it)->next)
            return tr_err(TR_EXC_TYPE(TypeError), "iter() returned non-iterator of type '%s'", TR_TYPE_NAME(it));
        return it;
    }
    if (t->getitem && !tr_isinstance_type(v, &tr_type_type)) return tr_seq_iter_new(v);
    return tr_err(TR_EXC_TYPE(TypeError), "'%s' object is not iterable", t->name);
}

TrValue tr_next(TrValue it) {
    TrType *t = TR_TYPE(it);
    if (TR_UNLIKELY(!t->next)) return tr_err(TR_EXC_TYPE(TypeError), "'%s' object is not an iterator", t->name);
    return t->next(it);
}

static int unpack_error(size_t expected, size_t got, bool at_least) {
    if (got < expected)
        tr_err(TR_EXC_TYPE(ValueError), at_least ? "not enough values to unpack (expected at least %zu, got %zu)"
                                                 : "not enough values to unpack (expected %zu, got %zu)", expected, got);
    else
        tr_err(TR_EXC_TYPE(ValueError), "too many values to unpack (expected %zu)", expected);
    return -1;
}

int tr_unpack_any(TrValue seq, size_t n, TrValue *out) {
    TrType *t = TR_TYPE(seq);
    if (t == &tr_tuple_type || t == &tr_list_type) {
        size_t len = t == &tr_tuple_type ? TR_TUPLE(seq)->len : TR_LIST(seq)->len;
        if (len != n) return unpack_error(n, len, false);
        if (t == &tr_list_type && TR_LIST(seq)->float_boxes) /* a float list stays one (nbody's `[x, y, z] = r`) */
            tr_list_float_boxed(TR_LIST(seq), 0, 1, n, out);
        else if (n)
            memcpy(out, t == &tr_tuple_type ? TR_TUPLE(seq)->items : TR_LIST(seq)->slots, n * sizeof(TrValue));
        return 0;
    }
    if (!t->iter && !t->getitem) {
        tr_err(TR_EXC_TYPE(TypeError), "cannot unpack non-iterable %s object", t->name);
        return -1;
    }
    TrValue it = tr_iter(seq);
    if (!it) return -1;
    size_t i = 0;
    for (; i < n; i++) {
        out[i] = tr_next(it);
        if (!out[i]) return tr_err_occurred() ? -1 : unpack_error(n, i, false);
    }
    TrValue extra = tr_next(it);
    if (extra) return unpack_error(n, n + 1, false);
    return tr_err_occurred() ? -1 : 0;
}

int tr_unpack_ex(TrValue seq, size_t before, size_t after, TrValue *out) {
    TrType *t = TR_TYPE(seq);
    if (!t->iter && !t->getitem) {
        tr_err(TR_EXC_TYPE(TypeError), "cannot unpack non-iterable %s object", t->name);
        return -1;
    }
    TrValue l = tr_list_from_iterable(seq);
    if (!l) return -1;
    size_t len = TR_LIST(l)->len;
    if (len < before + after) return unpack_error(before + after, len, true);
    if (!len) { /* an empty list has no items array */
        out[0] = tr_list_new(0);
        return 0;
    }
    TrValue *items = tr_list_items(TR_LIST(l));
    memcpy(out, items, before * sizeof(TrValue));
    out[before] = tr_list_from(items + before, len - before - after);
    memcpy(out + before + 1, items + len - after, after * sizeof(TrValue));
    return 0;
}

static int isinstance_rec(TrValue v, TrValue cls, const char *fname) {
    if (fname[2] == 'i' && cls == (TrValue)TR_TYPE(v)) return 1; /* as CPython: before any __instancecheck__ */
    if (tr_union_check(cls)) cls = tr_union_args(cls);
    if (tr_tuple_check(cls)) {
        for (size_t i = 0; i < TR_TUPLE(cls)->len; i++) {
            int r = isinstance_rec(v, TR_TUPLE(cls)->items[i], fname);
            if (r) return r;
        }
        return 0;
    }
    TrValue hook = TR_TYPE(cls) != &tr_type_type ? tr_type_lookup(TR_TYPE(cls), fname[2] == 'i'
                       ? TR_INTERN("__instancecheck__") : TR_INTERN("__subclasscheck__")) : 0;
    if (hook && TR_TYPE(hook) == &tr_function_type) { /* a metaclass's, or any object's (typing.List) */
        TrValue r = tr_call2(hook, cls, v);
        return r ? tr_truthy(r) : -1;
    }
    if (tr_generic_alias_check(cls)) {
        tr_err(TR_EXC_TYPE(TypeError), "%s() argument 2 cannot be a parameterized generic", fname);
        return -1;
    }
    if (!tr_isinstance_type(cls, &tr_type_type)) {
        if (!strcmp(fname, "isinstance"))
            tr_err(TR_EXC_TYPE(TypeError), "isinstance() arg 2 must be a type, a tuple of types, or a union");
        else
            tr_err(TR_EXC_TYPE(TypeError), "issubclass() arg 2 must be a class, a tuple of classes, or a union");
        return -1;
    }
    if (fname[2] == 'i') return tr_isinstance_type(v, (TrType *)cls);
    return tr_type_is_subtype((TrType *)v, (TrType *)cls);
}

int tr_isinstance(TrValue v, TrValue cls) {
    /* a class whose metaclass is type itself: no hook, union or tuple, just the MRO */
    if (!TR_IS_SMALL(cls) && cls->type == &tr_type_type) return tr_isinstance_type(v, (TrType *)cls);
    return isinstance_rec(v, cls, "isinstance");
}

int tr_issubclass(TrValue cls, TrValue base) {
    if (!tr_isinstance_type(cls, &tr_type_type)) {
        tr_err(TR_EXC_TYPE(TypeError), "issubclass() arg 1 must be a class");
        return -1;
    }
    return isinstance_rec(cls, base, "issubclass");
}
