/* match.c — the run-time half of `match` statements (compiler/irgen_match.c lowers the
 * rest to ordinary IR): which subjects sequence and mapping patterns accept, the key
 * lookups of mapping patterns, the dict bound by `**rest`, and class patterns (the
 * isinstance check, __match_args__, attribute fetches), with CPython 3.11's semantics
 * and error texts (its MATCH_SEQUENCE, MATCH_MAPPING, MATCH_KEYS, MATCH_CLASS).
 * Assumes: there is no collections.abc registration, so sequences are list, tuple,
 * range and their subclasses, and mappings are dicts and dict subclasses. */
#include "tr_compiled.h"

int tr_match_sequence(TrValue v) {
    return tr_isinstance_type(v, &tr_list_type) || tr_isinstance_type(v, &tr_tuple_type) ||
           tr_isinstance_exact(v, &tr_range_type);
}

int tr_match_mapping(TrValue v) { return tr_isinstance_type(v, &tr_dict_type); }

/* Set membership with insertion: 1 if key was already in seen, 0 if added, -1 error. */
static int seen_before(TrValue seen, TrValue key) {
    int r = tr_set_contains(seen, key);
    if (r != 0) return r;
    return tr_set_add(seen, key) < 0 ? -1 : 0;
}

/* subject.get(key, missing) for each key: exact dicts are read directly, anything
 * else through its (possibly overridden) get method, as CPython does. */
TrValue tr_match_keys(TrValue map, TrValue keys) {
    size_t n = TR_TUPLE(keys)->len;
    if (!n) return tr_empty_tuple;
    int exact = tr_isinstance_exact(map, &tr_dict_type);
    TrValue get = exact ? 0 : tr_getattr_cstr(map, "get");
    if (!exact && !get) return 0;
    TrValue missing = tr_object_alloc(&tr_object_type, sizeof(TrObject));
    TrValue seen = tr_set_new(0);
    TrValue values = tr_tuple_new(n);
    if (!seen || !values) return 0;
    for (size_t i = 0; i < n; i++) {
        TrValue key = TR_TUPLE(keys)->items[i];
        int dup = seen_before(seen, key);
        if (dup < 0) return 0;
        if (dup) return tr_err(TR_EXC_TYPE(ValueError), "mapping pattern checks duplicate key (%R)", key);
        TrValue v;
        if (exact) {
            v = tr_dict_get(map, key);
            if (!v && tr_err_occurred()) return 0;
            if (!v) v = missing;
        } else {
            v = tr_call2(get, key, missing);
            if (!v) return 0;
        }
        if (v == missing) return tr_None;
        TR_TUPLE(values)->items[i] = v;
    }
    return values;
}

/* **rest: a new dict of the subject's items without the matched keys. */
TrValue tr_match_rest(TrValue map, TrValue keys) {
    TrValue rest = tr_dict_new();
    if (!rest || tr_dict_update_mapping(rest, map) < 0) return 0;
    for (size_t i = 0; i < TR_TUPLE(keys)->len; i++)
        if (tr_delitem(rest, TR_TUPLE(keys)->items[i]) < 0) return 0;
    return rest;
}

/* Builtin types whose single positional sub-pattern matches the subject itself
 * (CPython's _Py_TPFLAGS_MATCH_SELF, inherited by subclasses). */
static int matches_self(TrType *t) {
    static TrType *const self_types[] = {
        &tr_bool_type, &tr_bytearray_type, &tr_bytes_type, &tr_dict_type, &tr_float_type,
        &tr_frozenset_type, &tr_int_type, &tr_list_type, &tr_set_type, &tr_str_type, &tr_tuple_type,
    };
    for (size_t i = 0; i < sizeof self_types / sizeof self_types[0]; i++)
        if (t == self_types[i] || tr_type_is_subtype(t, self_types[i])) return 1;
    return 0;
}

/* One attribute for a sub-pattern: 0 with no error set when the subject lacks it. */
static TrValue class_attr(TrValue subject, TrType *type, TrValue name, TrValue seen) {
    int dup = seen_before(seen, name);
    if (dup < 0) return 0;
    if (dup) return tr_err(TR_EXC_TYPE(TypeError), "%s() got multiple sub-patterns for attribute %R", type->name, name);
    TrValue attr = tr_getattr(subject, name);
    if (!attr && tr_err_is(TR_EXC_TYPE(AttributeError))) tr_err_clear();
    return attr;
}

/* cls(p1, ..., pn, k1=..., ...): the tuple of the n positional then the keyword
 * attributes, None when the subject does not match, 0 on error. */
TrValue tr_match_class(TrValue subject, TrValue cls, int nargs, TrValue kwnames) {
    if (!tr_isinstance_type(cls, &tr_type_type))
        return tr_err(TR_EXC_TYPE(TypeError), "called match pattern must be a type");
    TrType *type = (TrType *)cls;
    int is = tr_isinstance(subject, cls);
    if (is <= 0) return is < 0 ? 0 : tr_None;
    size_t nkw = kwnames ? TR_TUPLE(kwnames)->len : 0;
    TrValue attrs = tr_tuple_new(nargs + nkw);
    TrValue seen = tr_set_new(0);
    if (!attrs || !seen) return 0;
    if (nargs) {
        TrValue match_args = tr_getattr_cstr(cls, "__match_args__");
        int match_self = 0;
        if (match_args) {
            if (!tr_isinstance_exact(match_args, &tr_tuple_type))
                return tr_err(TR_EXC_TYPE(TypeError), "%s.__match_args__ must be a tuple (got %s)", type->name,
                              TR_TYPE_NAME(match_args));
        } else if (tr_err_is(TR_EXC_TYPE(AttributeError))) {
            tr_err_clear();
            match_args = tr_empty_tuple;
            match_self = matches_self(type);
        } else {
            return 0;
        }
        int allowed = match_self ? 1 : (int)TR_TUPLE(match_args)->len;
        if (allowed < nargs)
            return tr_err(TR_EXC_TYPE(TypeError), "%s() accepts %d positional sub-pattern%s (%d given)", type->name,
                          allowed, allowed == 1 ? "" : "s", nargs);
        if (match_self) TR_TUPLE(attrs)->items[0] = subject;
        for (int i = 0; i < nargs && !match_self; i++) {
            TrValue name = TR_TUPLE(match_args)->items[i];
            if (!tr_isinstance_exact(name, &tr_str_type))
                return tr_err(TR_EXC_TYPE(TypeError), "__match_args__ elements must be strings (got %s)",
                              TR_TYPE_NAME(name));
            TrValue attr = class_attr(subject, type, name, seen);
            if (!attr) return tr_err_occurred() ? 0 : tr_None;
            TR_TUPLE(attrs)->items[i] = attr;
        }
    }
    for (size_t i = 0; i < nkw; i++) {
        TrValue attr = class_attr(subject, type, TR_TUPLE(kwnames)->items[i], seen);
        if (!attr) return tr_err_occurred() ? 0 : tr_None;
        TR_TUPLE(attrs)->items[nargs + i] = attr;
    }
    return attrs;
}
