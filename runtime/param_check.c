/* param_check.c — annotated parameters as checked contracts (DESIGN.md, "Types in the
 * IR"): `def f(x: int, y: float | None = None)` rejects a call whose argument is of
 * another type with a TypeError at the call, before the body runs.
 * What a check accepts follows PEP 484: an int for float, an int or float for complex,
 * a bytearray for bytes; `list[int]` checks the list only; a union checks its members.
 * A parameter's own default value is always admitted (`x: int = None`, `items: list =
 * ()`): the contract is about what callers pass.  Annotations that are not classes, unions or
 * aliases of classes (strings under `from __future__ import annotations`, typing
 * constructs, object) are not checked; typing's aliases are checked by their __origin__
 * (List[int] as list), ABCs and protocols (a metaclass __instancecheck__) are not.
 * Each function object holds, per parameter, the tuple of classes its argument may be
 * an instance of (0: unchecked). */
#include "tr.h"

static int add_class(TrValue list, TrValue cls);

/* The classes an annotation admits into list; 0 when it cannot be checked. */
static int admitted(TrValue list, TrValue ann) {
    if (ann == tr_None) return add_class(list, (TrValue)&tr_none_type);
    if (tr_generic_alias_check(ann)) return admitted(list, tr_getattr(ann, TR_INTERN("__origin__")));
    if (tr_union_check(ann)) {
        TrValue members = tr_union_args(ann);
        for (size_t i = 0; i < TR_TUPLE(members)->len; i++)
            if (!admitted(list, TR_TUPLE(members)->items[i])) return 0;
        return 1;
    }
    if (TR_IS_SMALL(ann)) return 0;
    if (!tr_isinstance_type(ann, &tr_type_type)) { /* typing.List[int] and such: by their __origin__ */
        TrValue origin = tr_getattr_opt(ann, TR_INTERN("__origin__"));
        if (!origin) return 0;
        return tr_isinstance_type(origin, &tr_type_type) ? admitted(list, origin) : 0;
    }
    /* an ABC or protocol decides membership itself (register(), __subclasshook__) */
    TrValue hook = tr_type_lookup(TR_TYPE(ann), TR_INTERN("__instancecheck__"));
    if (ann == (TrValue)&tr_object_type || (hook && TR_TYPE(hook) == &tr_function_type)) return 0;
    add_class(list, ann);
    if (ann == (TrValue)&tr_complex_type) add_class(list, (TrValue)&tr_float_type);
    if (ann == (TrValue)&tr_float_type || ann == (TrValue)&tr_complex_type) add_class(list, (TrValue)&tr_int_type);
    if (ann == (TrValue)&tr_bytes_type) add_class(list, (TrValue)&tr_bytearray_type);
    return 1;
}

static int add_class(TrValue list, TrValue cls) {
    TrList *l = TR_LIST(list);
    for (size_t i = 0; i < l->len; i++)
        if (tr_list_items(l)[i] == cls) return 1;
    tr_list_append(list, cls);
    return 1;
}

/* The default value of parameter k of f, or 0. */
static TrValue default_of(TrFunc *f, size_t k) {
    const TrCode *c = f->code;
    if (k < c->argcount) {
        size_t ndefaults = f->defaults ? TR_TUPLE(f->defaults)->len : 0;
        return k + ndefaults >= c->argcount ? TR_TUPLE(f->defaults)->items[k + ndefaults - c->argcount] : 0;
    }
    return f->kwdefaults ? tr_dict_get_str(f->kwdefaults, c->params[k]) : 0;
}

/* spec has one letter per positional and keyword-only parameter: '-' unannotated, 'a'
 * annotated; anns holds the annotations of the 'a' ones, in order.  Runs right after
 * the function object is made, so its defaults are known. */
int tr_func_set_param_checks(TrValue fn, TrValue anns, const char *spec) {
    TrFunc *f = (TrFunc *)fn;
    size_t n = strlen(spec), next = 0;
    f->param_checks = tr_alloc(sizeof(TrValue) * n);
    f->param_annotations = tr_alloc(sizeof(TrValue) * n);
    f->param_defaults = tr_alloc(sizeof(TrValue) * n);
    for (size_t k = 0; k < n; k++) {
        if (spec[k] == '-') continue;
        TrValue ann = TR_TUPLE(anns)->items[next++], list = tr_list_new(2);
        f->param_annotations[k] = ann;
        if (!admitted(list, ann)) {
            if (tr_err_occurred()) return -1;
            continue;
        }
        f->param_defaults[k] = default_of(f, k);
        f->param_checks[k] = tr_tuple_from(tr_list_items(TR_LIST(list)), TR_LIST(list)->len);
    }
    return 0;
}

int tr_check_param_slow(TrFunc *fn, int k, TrValue v) {
    TrValue classes = fn->param_checks[k];
    if (v == fn->param_defaults[k]) return 0;
    for (size_t i = 0; i < TR_TUPLE(classes)->len; i++)
        if (tr_isinstance_type(v, (TrType *)TR_TUPLE(classes)->items[i])) return 0;
    TrBuf b;
    tr_buf_init(&b);
    if (tr_type_repr_short(&b, fn->param_annotations[k]) < 0) return -1;
    TrValue want = tr_buf_finish(&b);
    tr_err(TR_EXC_TYPE(TypeError), "%s() argument '%s' must be %s, not %s", tr_str_cstr(tr_func_qualname(fn)),
           fn->code->params[k], tr_str_cstr(want), TR_TYPE(v)->name);
    return -1;
}
