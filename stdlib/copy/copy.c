/* copy.c — the `copy` module: copy(x), deepcopy(x, memo=None) and copy.Error, with
 * CPython 3.11's behaviour: immutable builtins are their own copies; list, dict, set and
 * bytearray copy themselves; a class's __copy__ / __deepcopy__(memo) wins; otherwise
 * the object is rebuilt as pickle protocol 4 would (copy._reconstruct): a user
 * __reduce_ex__/__reduce__ if the class or a base other than object defines one, else cls.__new__(cls, *newargs)
 * without calling __init__, then its state (__getstate__, or the instance __dict__ and
 * __slots__ values; __setstate__ if defined), list items and dict items.  deepcopy keeps
 * the memo dict keyed by id() as CPython does, so shared and cyclic references are
 * copied once, and user __deepcopy__ methods can use it.
 * Assumes id(x) is the value's address (builtins.c), which the memo keys must match. */
#include "tr.h"

static TrValue copy_error;

static TrValue id_of(TrValue x) { return tr_int_from_u64((uint64_t)(uintptr_t)x); }

/* the class in type(x)'s MRO whose namespace defines name, or 0 */
static TrType *definer(TrType *t, const char *name) {
    TrValue key = tr_str_intern(name);
    TrValue mro = t->mro;
    if (!mro) return tr_dict_get(t->dict, key) ? t : 0;
    for (size_t i = 0; i < TR_TUPLE(mro)->len; i++) {
        TrType *c = (TrType *)TR_TUPLE(mro)->items[i];
        if (c->dict && tr_dict_get(c->dict, key)) return c;
    }
    return 0;
}

static bool user_defines(TrType *t, const char *name) {
    TrType *c = definer(t, name);
    return c && (c->flags & TR_TF_HEAPTYPE);
}

/* a reduction of the class or a base other than object (C types too: random.Random) */
static bool class_defines(TrType *t, const char *name) {
    TrType *c = definer(t, name);
    return c && c != &tr_object_type;
}

static bool is_atomic_shallow(TrType *t) {
    return t == &tr_none_type || t == &tr_int_type || t == &tr_float_type || t == &tr_bool_type ||
           t == &tr_complex_type || t == &tr_str_type || t == &tr_tuple_type || t == &tr_bytes_type ||
           t == &tr_frozenset_type || t == &tr_range_type || t == &tr_slice_type || t == &tr_property_type ||
           t == &tr_builtin_type || t == &tr_ellipsis_type || t == &tr_notimplemented_type ||
           t == &tr_function_type;
}

static bool is_atomic_deep(TrType *t) {
    return t == &tr_none_type || t == &tr_int_type || t == &tr_float_type || t == &tr_bool_type ||
           t == &tr_complex_type || t == &tr_str_type || t == &tr_bytes_type || t == &tr_range_type ||
           t == &tr_property_type || t == &tr_builtin_type || t == &tr_ellipsis_type ||
           t == &tr_notimplemented_type || t == &tr_function_type;
}

static TrValue deepcopy(TrValue x, TrValue memo);

static TrValue deep_or_same(TrValue v, TrValue memo) { return memo ? deepcopy(v, memo) : v; }

/* copyreg._slotnames: the __slots__ names of the MRO, private names mangled */
static TrValue slot_names(TrType *t) {
    TrValue names = tr_list_new(0);
    TrValue mro = t->mro;
    for (size_t i = 0; mro && i < TR_TUPLE(mro)->len; i++) {
        TrType *c = (TrType *)TR_TUPLE(mro)->items[i];
        TrValue slots = c->dict ? tr_dict_get_str(c->dict, "__slots__") : 0;
        if (!slots) continue;
        if (tr_str_check(slots)) slots = tr_tuple_pack(1, slots);
        TrValue it = tr_iter(slots), name;
        if (!it) return 0;
        while ((name = tr_next(it))) {
            if (!tr_str_check(name)) continue;
            const char *s = tr_str_cstr(name);
            if (!strcmp(s, "__dict__") || !strcmp(s, "__weakref__")) continue;
            size_t n = strlen(s);
            if (n > 2 && s[0] == '_' && s[1] == '_' && !(s[n - 1] == '_' && s[n - 2] == '_')) {
                const char *cn = c->name;
                while (*cn == '_') cn++;
                name = tr_str_fmt("_%s%s", cn, s);
            }
            tr_list_append(names, name);
        }
        if (tr_err_occurred()) return 0;
    }
    return names;
}

/* object.__getstate__ of 3.11: the instance dict (None when empty), paired with a
 * dict of the set __slots__ values when there are any */
static TrValue default_state(TrValue x) {
    TrValue *dslot = tr_instance_dict_slot(x);
    TrValue state = dslot && *dslot && tr_dict_len(*dslot) ? *dslot : tr_None;
    TrValue names = slot_names(TR_TYPE(x));
    if (!names) return 0;
    if (TR_LIST(names)->len) {
        TrValue slots = tr_dict_new();
        for (size_t i = 0; i < TR_LIST(names)->len; i++) {
            TrValue v = tr_getattr_opt(x, tr_list_items(TR_LIST(names))[i]);
            if (v) tr_dict_set(slots, tr_list_items(TR_LIST(names))[i], v);
            else if (tr_err_occurred()) return 0;
        }
        if (tr_dict_len(slots)) state = tr_tuple_pack(2, state, slots);
    }
    return state;
}

/* copy._reconstruct; func 0 means copyreg.__newobj__: args[0].__new__(*args) */
static TrValue reconstruct(TrValue x, TrValue memo, TrValue func, TrValue args, TrValue state, TrValue listiter,
                           TrValue dictiter, TrValue state_setter) {
    if (memo && TR_TUPLE(args)->len && !(args = deepcopy(args, memo))) return 0;
    TrValue y;
    if (func) {
        y = tr_call(func, TR_TUPLE(args)->items, TR_TUPLE(args)->len, 0);
    } else {
        TrValue cls = TR_TUPLE(args)->items[0];
        TrValue newf = tr_getattr_cstr(cls, "__new__");
        y = newf ? tr_call(newf, TR_TUPLE(args)->items, TR_TUPLE(args)->len, 0) : 0;
    }
    if (!y) return 0;
    if (memo && tr_dict_set(memo, id_of(x), y) < 0) return 0;
    if (state && state != tr_None) {
        if (memo && !(state = deepcopy(state, memo))) return 0;
        if (state_setter && state_setter != tr_None) {
            if (!tr_call2(state_setter, y, state)) return 0;
        } else if (tr_type_lookup(TR_TYPE(y), TR_INTERN("__setstate__"))) {
            if (!tr_call_method_cstr(y, "__setstate__", 1, state)) return 0;
        } else {
            TrValue slotstate = 0;
            if (tr_tuple_check(state) && TR_TUPLE(state)->len == 2) {
                slotstate = TR_TUPLE(state)->items[1];
                state = TR_TUPLE(state)->items[0];
            }
            if (state != tr_None) {
                TrValue d = tr_getattr_cstr(y, "__dict__");
                if (!d || !tr_call_method_cstr(d, "update", 1, state)) return 0;
            }
            if (slotstate && slotstate != tr_None) {
                TrValue items = tr_call_method_cstr(slotstate, "items", 0);
                TrValue it = items ? tr_iter(items) : 0, kv;
                if (!it) return 0;
                while ((kv = tr_next(it))) {
                    TrValue p[2];
                    if (tr_unpack(kv, 2, p) < 0 || tr_setattr(y, p[0], p[1]) < 0) return 0;
                }
                if (tr_err_occurred()) return 0;
            }
        }
    }
    if (listiter && listiter != tr_None) {
        TrValue it = tr_iter(listiter), item;
        if (!it) return 0;
        while ((item = tr_next(it))) {
            if (!(item = deep_or_same(item, memo))) return 0;
            if (!tr_call_method_cstr(y, "append", 1, item)) return 0;
        }
        if (tr_err_occurred()) return 0;
    }
    if (dictiter && dictiter != tr_None) {
        TrValue it = tr_iter(dictiter), kv;
        if (!it) return 0;
        while ((kv = tr_next(it))) {
            TrValue p[2];
            if (tr_unpack(kv, 2, p) < 0) return 0;
            if (!(p[0] = deep_or_same(p[0], memo)) || !(p[1] = deep_or_same(p[1], memo))) return 0;
            if (tr_setitem(y, p[0], p[1]) < 0) return 0;
        }
        if (tr_err_occurred()) return 0;
    }
    return y;
}

static TrValue cannot_pickle(TrValue x) {
    return tr_err(TR_EXC_TYPE(TypeError), "cannot pickle '%s' object", TR_TYPE_NAME(x));
}

/* the reduction of x and its reconstruction (memo 0: shallow) */
static TrValue reduce_and_rebuild(TrValue x, TrValue memo) {
    TrType *t = TR_TYPE(x);
    TrValue rv = 0;
    if (class_defines(t, "__reduce_ex__")) rv = tr_call_method_cstr(x, "__reduce_ex__", 1, TR_FROM_SMALL(4));
    else if (class_defines(t, "__reduce__")) rv = tr_call_method_cstr(x, "__reduce__", 0);
    if (rv) {
        if (tr_str_check(rv)) return x;
        if (!tr_tuple_check(rv) || TR_TUPLE(rv)->len < 2 || TR_TUPLE(rv)->len > 6)
            return tr_err(copy_error ? (TrType *)copy_error : TR_EXC_TYPE(TypeError), "un(deep)copyable object of type %s",
                          t->name);
        TrValue p[6] = {0};
        for (size_t i = 0; i < TR_TUPLE(rv)->len; i++) p[i] = TR_TUPLE(rv)->items[i];
        if (!tr_tuple_check(p[1])) return tr_err(TR_EXC_TYPE(TypeError), "arguments of the reduction must be a tuple");
        return reconstruct(x, memo, p[0], p[1], p[2], p[3], p[4], p[5]);
    }
    if (tr_err_occurred()) return 0;
    if (t->flags & TR_TF_EXCEPTION) { /* BaseException.__reduce__: (type, args, __dict__ or nothing) */
        TrValue *d = tr_instance_dict_slot(x);
        TrValue state = d && *d && tr_dict_len(*d) ? *d : 0;
        return reconstruct(x, memo, (TrValue)t, TR_EXC(x)->args, state, 0, 0, 0);
    }
    if (tr_isinstance_type(x, &tr_set_type) || tr_isinstance_type(x, &tr_frozenset_type)) {
        TrValue items = tr_list_from_iterable(x);
        if (!items) return 0;
        TrValue *d = tr_instance_dict_slot(x);
        return reconstruct(x, memo, (TrValue)t, tr_tuple_pack(1, items), d && *d ? *d : 0, 0, 0, 0);
    }
    if (t == &tr_bytearray_type) {
        TrByteArray *b = (TrByteArray *)x;
        return reconstruct(x, memo, (TrValue)t, tr_tuple_pack(1, tr_bytes_new(b->data, b->len)), 0, 0, 0, 0);
    }
    if (t == &tr_slice_type) { /* slice.__reduce__ */
        TrSlice *sl = (TrSlice *)x;
        return reconstruct(x, memo, (TrValue)t, tr_tuple_pack(3, sl->start, sl->stop, sl->step), 0, 0, 0, 0);
    }
    if (t == &tr_method_type) { /* method.__reduce__: (getattr, (self, name)) */
        TrMethod *m = (TrMethod *)x;
        TrValue self = deep_or_same(m->self, memo);
        return self ? tr_method_new(m->func, self) : 0;
    }
    /* C types qualify when their instances hold nothing but a __dict__ (SimpleNamespace),
     * as CPython's object.__reduce_ex__ requires */
    bool dict_only = t->dictoffset == sizeof(TrObject) && t->basicsize == sizeof(TrObject) + sizeof(TrValue);
    if (!((t->flags & TR_TF_HEAPTYPE) || dict_only) || !t->new_) return cannot_pickle(x);
    /* object.__reduce_ex__(4): copyreg.__newobj__(cls, *newargs), state, items */
    TrValue newargs = tr_empty_tuple;
    if (tr_type_lookup(t, TR_INTERN("__getnewargs__"))) {
        if (!(newargs = tr_call_method_cstr(x, "__getnewargs__", 0))) return 0;
        if (!tr_tuple_check(newargs))
            return tr_err(TR_EXC_TYPE(TypeError), "__getnewargs__ should return a tuple, not '%s'", TR_TYPE_NAME(newargs));
    }
    TrValue args = tr_tuple_new(TR_TUPLE(newargs)->len + 1);
    TR_TUPLE(args)->items[0] = (TrValue)t;
    for (size_t i = 0; i < TR_TUPLE(newargs)->len; i++) TR_TUPLE(args)->items[i + 1] = TR_TUPLE(newargs)->items[i];
    TrValue state = user_defines(t, "__getstate__") ? tr_call_method_cstr(x, "__getstate__", 0) : default_state(x);
    if (!state) return 0;
    TrValue listiter = 0, dictiter = 0;
    if (t->flags & TR_TF_LIST_SUBCLASS) listiter = x;
    if (t->flags & TR_TF_DICT_SUBCLASS && !(dictiter = tr_call_method_cstr(x, "items", 0))) return 0;
    return reconstruct(x, memo, 0, args, state, listiter, dictiter, 0);
}

/* ---------------------------------------------------------------- copy */

static TrValue shallow_copy(TrValue x) {
    TrType *t = TR_TYPE(x);
    if (is_atomic_shallow(t) || tr_isinstance_type(x, &tr_type_type)) return x;
    if (t == &tr_list_type) return tr_list_from(tr_list_items(TR_LIST(x)), TR_LIST(x)->len);
    if (t == &tr_dict_type) return tr_dict_copy(x);
    if (t == &tr_set_type) return tr_set_new(x);
    if (t == &tr_bytearray_type) return tr_bytearray_new(((TrByteArray *)x)->data, ((TrByteArray *)x)->len);
    if (tr_type_lookup(t, TR_INTERN("__copy__"))) {
        TrValue f = tr_getattr_cstr((TrValue)t, "__copy__");
        return f ? tr_call1(f, x) : 0;
    }
    return reduce_and_rebuild(x, 0);
}

static TrValue copy_copy(TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"x", NULL};
    TrValue a[1];
    if (tr_parse_args_py("copy", args, nargs, kwnames, kw, 1, a) < 0) return 0;
    return shallow_copy(a[0]);
}

/* ---------------------------------------------------------------- deepcopy */

static void keep_alive(TrValue x, TrValue memo) {
    TrValue k = id_of(memo);
    TrValue l = tr_dict_get(memo, k);
    if (!l) {
        l = tr_list_new(1);
        tr_dict_set(memo, k, l);
    }
    if (tr_list_check(l)) tr_list_append(l, x);
}

static TrValue memo_get(TrValue memo, TrValue key) {
    if (tr_isinstance_exact(memo, &tr_dict_type)) return tr_dict_get(memo, key);
    TrValue r = tr_call_method_cstr(memo, "get", 2, key, tr_None);
    return r == tr_None ? 0 : r;
}

static TrValue deepcopy(TrValue x, TrValue memo) {
    TrValue d = id_of(x);
    TrValue y = memo_get(memo, d);
    if (y) return y;
    if (tr_err_occurred()) return 0;
    TrType *t = TR_TYPE(x);
    if (is_atomic_deep(t) || tr_isinstance_type(x, &tr_type_type)) {
        y = x;
    } else if (t == &tr_list_type) {
        y = tr_list_new(TR_LIST(x)->len);
        if (tr_setitem(memo, d, y) < 0) return 0;
        for (size_t i = 0; i < TR_LIST(x)->len; i++) {
            TrValue v = deepcopy(tr_list_items(TR_LIST(x))[i], memo);
            if (!v) return 0;
            tr_list_append(y, v);
        }
    } else if (t == &tr_tuple_type) {
        size_t n = TR_TUPLE(x)->len;
        TrValue items = tr_tuple_new(n);
        bool same = true;
        for (size_t i = 0; i < n; i++) {
            TrValue v = deepcopy(TR_TUPLE(x)->items[i], memo);
            if (!v) return 0;
            TR_TUPLE(items)->items[i] = v;
            same = same && v == TR_TUPLE(x)->items[i];
        }
        /* a cycle through the tuple may have copied it meanwhile */
        TrValue again = memo_get(memo, d);
        if (again) return again;
        if (tr_err_occurred()) return 0;
        y = same ? x : items;
    } else if (t == &tr_dict_type) {
        y = tr_dict_new();
        if (tr_setitem(memo, d, y) < 0) return 0;
        size_t pos = 0;
        TrValue k, v;
        uint64_t version = ((TrDict *)x)->version;
        while (tr_dict_next(x, &pos, &k, &v)) {
            TrValue k2 = deepcopy(k, memo), v2 = k2 ? deepcopy(v, memo) : 0;
            if (!v2 || tr_dict_set(y, k2, v2) < 0) return 0;
            if (((TrDict *)x)->version != version)
                return tr_err(TR_EXC_TYPE(RuntimeError), "dictionary changed size during iteration");
        }
    } else if (tr_type_lookup(t, TR_INTERN("__deepcopy__"))) {
        y = tr_call_method_cstr(x, "__deepcopy__", 1, memo);
    } else {
        y = reduce_and_rebuild(x, memo);
    }
    if (!y) return 0;
    if (y != x) {
        if (tr_setitem(memo, d, y) < 0) return 0;
        keep_alive(x, memo);
    }
    return y;
}

static TrValue copy_deepcopy(TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"x", "memo", "_nil", NULL};
    TrValue a[3];
    if (tr_parse_args_py("deepcopy", args, nargs, kwnames, kw, 1, a) < 0) return 0;
    TrValue memo = a[1] && a[1] != tr_None ? a[1] : tr_dict_new();
    return deepcopy(a[0], memo);
}

/* ---------------------------------------------------------------- module */

TrValue trmod_copy_init(void) {
    static TrValue m;
    if (m) return m;
    m = tr_module_new("copy", 0, NULL, NULL);
    tr_add_roots(&m, sizeof m);
    tr_add_roots(&copy_error, sizeof copy_error);
    TrValue ns = tr_dict_new();
    tr_dict_set_str(ns, "__module__", TR_INTERN("copy"));
    tr_dict_set_str(ns, "__qualname__", TR_INTERN("Error"));
    copy_error = tr_class_new(TR_INTERN("Error"), tr_tuple_pack(1, (TrValue)TR_EXC_TYPE(Exception)), ns, 0, 0);
    if (!copy_error) return 0;
    tr_module_add(m, "Error", copy_error);
    tr_module_add(m, "error", copy_error);
    static const TrMethodDef functions[] = {{"copy", copy_copy}, {"deepcopy", copy_deepcopy}, {0}};
    tr_module_add_functions(m, functions);
    return m;
}
