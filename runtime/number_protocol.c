/* number_protocol.c — divmod(a, b) and pow(v, w, z) with a modulus: CPython's
 * binary_op1 and ternary_op (abstract.c) for the two number slots trc's types do not
 * carry.  A type's divmod is its class's __divmod__/__rdivmod__ (class.c) or, for a
 * builtin type with // and %, the pair of them; its power with a modulus is its class's
 * __pow__ or int's, float's or complex's rules.  Two types share a slot (and it is
 * tried once) exactly as in CPython: every class defining the dunders shares one, a
 * builtin subtype shares its base's. */
#include "tr.h"

/* ---------------------------------------------------------------- divmod */

/* any class that defines __divmod__ or __rdivmod__: CPython's one slot_nb_divmod */
static const TrType user_divmod_slot;

/* The builtin type whose // and % make t's divmod, &user_divmod_slot for a class
 * defining the dunders, or NULL when t has no divmod */
static const TrType *divmod_slot(TrType *t) {
    if (tr_class_defines_divmod(t)) return &user_divmod_slot;
    t = tr_builtin_base(t);
    while (t->base && t->base->nb[TR_FLOORDIV] == t->nb[TR_FLOORDIV] && t->base->nb[TR_MOD] == t->nb[TR_MOD])
        t = t->base;
    return t->nb[TR_FLOORDIV] && t->nb[TR_MOD] ? t : NULL;
}

static TrValue call_divmod_slot(const TrType *slot, TrValue a, TrValue b) {
    return slot == &user_divmod_slot ? tr_class_divmod(a, b) : tr_builtin_divmod((TrType *)slot, a, b);
}

TrValue tr_builtin_divmod(TrType *t, TrValue a, TrValue b) {
    if (t == &tr_int_type) return tr_int_divmod(a, b);
    if (!t->nb[TR_FLOORDIV] || !t->nb[TR_MOD]) return tr_NotImplemented;
    TrValue q = t->nb[TR_FLOORDIV](a, b);
    if (!q && t == &tr_float_type && tr_err_is(TR_EXC_TYPE(ZeroDivisionError))) {
        tr_err_clear();
        return tr_err(TR_EXC_TYPE(ZeroDivisionError), "float divmod()");
    }
    if (!q || q == tr_NotImplemented) return q;
    TrValue r = t->nb[TR_MOD](a, b);
    return r ? tr_tuple_pack(2, q, r) : 0;
}

TrValue tr_divmod(TrValue a, TrValue b) {
    TrType *ta = TR_TYPE(a), *tb = TR_TYPE(b);
    const TrType *sa = divmod_slot(ta), *sb = tb != ta ? divmod_slot(tb) : NULL;
    if (sb == sa) sb = NULL;
    if (sa) {
        if (sb && tr_type_is_subtype(tb, ta)) {
            TrValue r = call_divmod_slot(sb, a, b);
            if (r != tr_NotImplemented) return r;
            sb = NULL;
        }
        TrValue r = call_divmod_slot(sa, a, b);
        if (r != tr_NotImplemented) return r;
    }
    if (sb) {
        TrValue r = call_divmod_slot(sb, a, b);
        if (r != tr_NotImplemented) return r;
    }
    return tr_err(TR_EXC_TYPE(TypeError), "unsupported operand type(s) for divmod(): '%s' and '%s'", ta->name,
                  tb->name);
}

/* ---------------------------------------------------------------- pow with a modulus */

/* complex's conversion of an operand (CPython's TO_COMPLEX) */
static bool is_number(TrValue v) {
    return tr_int_check(v) || tr_float_check(v) || tr_isinstance_type(v, &tr_complex_type);
}

TrValue tr_builtin_pow3(TrBinaryFn pow_slot, TrValue v, TrValue w, TrValue z) {
    if (!pow_slot) return tr_NotImplemented;
    if (pow_slot == tr_int_type.nb[TR_POW])
        return tr_int_check(v) && tr_int_check(w) && tr_int_check(z) ? tr_int_pow3(v, w, z) : tr_NotImplemented;
    if (pow_slot == tr_float_type.nb[TR_POW]) /* refused before its operands are looked at */
        return tr_err(TR_EXC_TYPE(TypeError), "pow() 3rd argument not allowed unless all arguments are integers");
    if (pow_slot == tr_complex_type.nb[TR_POW]) {
        if (!is_number(v) || !is_number(w)) return tr_NotImplemented;
        return tr_err(TR_EXC_TYPE(ValueError), "complex modulo");
    }
    return tr_NotImplemented;
}

static TrValue call_pow3_slot(TrBinaryFn slot, TrValue v, TrValue w, TrValue z) {
    return slot == tr_class_nb_slot(TR_POW) ? tr_class_pow3(v, w, z) : tr_builtin_pow3(slot, v, w, z);
}

/* CPython's ternary_op: v's slot, w's (a subclass's first), then z's; __rpow__ is never
 * called with a modulus */
TrValue tr_ternary_pow(TrValue v, TrValue w, TrValue z) {
    if (z == tr_None) return tr_binop(TR_POW, v, w);
    TrType *tv = TR_TYPE(v), *tw = TR_TYPE(w), *tz = TR_TYPE(z);
    TrBinaryFn sv = tv->nb[TR_POW], sw = tw != tv ? tw->nb[TR_POW] : NULL;
    if (sw == sv) sw = NULL;
    if (sv) {
        if (sw && tr_type_is_subtype(tw, tv)) {
            TrValue r = call_pow3_slot(sw, v, w, z);
            if (r != tr_NotImplemented) return r;
            sw = NULL;
        }
        TrValue r = call_pow3_slot(sv, v, w, z);
        if (r != tr_NotImplemented) return r;
    }
    if (sw) {
        TrValue r = call_pow3_slot(sw, v, w, z);
        if (r != tr_NotImplemented) return r;
    }
    TrBinaryFn sz = tz->nb[TR_POW];
    if (sz && sz != sv && sz != sw) {
        TrValue r = call_pow3_slot(sz, v, w, z);
        if (r != tr_NotImplemented) return r;
    }
    return tr_err(TR_EXC_TYPE(TypeError), "unsupported operand type(s) for ** or pow(): '%s', '%s', '%s'", tv->name,
                  tw->name, tz->name);
}
