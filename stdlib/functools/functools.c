/* functools.c — the `functools` module: reduce, partial (flattening nested partials,
 * keyword override, CPython's repr), lru_cache / cache (a dict kept in recency order,
 * cache_info() as the CacheInfo namedtuple, cache_clear, binding as a method),
 * partialmethod, update_wrapper / wraps, total_ordering, cmp_to_key, cached_property, singledispatch and
 * singledispatchmethod, with
 * CPython 3.11's semantics and error texts.
 * Assumes: dicts keep insertion order (the LRU order is the cache dict's order: a hit
 * moves its entry to the end, an eviction drops the first), and that a TrBuiltin placed
 * in a class namespace with `owner` set binds like a method (as collections does).
 * CacheInfo comes from collections.namedtuple. */
#include "tr.h"
#include <stddef.h>

TrValue trmod___collections_init(void);

#define NEW(T, type) ((T *)tr_object_alloc((type), (type)->basicsize))

static TrValue kwd_mark;      /* separates positional from keyword arguments in cache keys */
static TrValue cache_info_type;
static TrValue update_wrapper_fn;

/* ================================================================ reduce */

static TrValue ft_reduce(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_no_kwargs("reduce", kwnames) < 0 || tr_check_nargs("reduce", nargs, 2, 3) < 0) return 0;
    TrValue it = tr_iter(args[1]);
    if (!it) {
        if (tr_err_is(TR_EXC_TYPE(TypeError))) {
            tr_err_clear();
            return tr_err(TR_EXC_TYPE(TypeError), "reduce() arg 2 must support iteration");
        }
        return 0;
    }
    TrValue acc = nargs == 3 ? args[2] : 0, v;
    while ((v = tr_next(it))) {
        if (!acc) acc = v;
        else if (!(acc = tr_call2(args[0], acc, v))) return 0;
    }
    if (tr_err_occurred()) return 0;
    if (!acc) return tr_err(TR_EXC_TYPE(TypeError), "reduce() of empty iterable with no initial value");
    return acc;
}

/* ================================================================ partial */

typedef struct Partial { TrObject ob; TrValue fn, args, kw, dict; } Partial;
static TrType partial_type;

static TrValue partial_make(TrType *type, TrValue func, TrValue *args, size_t nargs, TrValue kwnames) {
    TrValue pargs = 0, pkw = 0;
    if (TR_TYPE(func)->call == partial_type.call && !((Partial *)func)->dict) {
        Partial *inner = (Partial *)func;
        pargs = inner->args;
        pkw = inner->kw;
        func = inner->fn;
    }
    if (!tr_callable(func)) return tr_err(TR_EXC_TYPE(TypeError), "the first argument must be callable");
    Partial *p = NEW(Partial, type);
    p->fn = func;
    size_t n0 = pargs ? TR_TUPLE(pargs)->len : 0;
    TrValue t = tr_tuple_new(n0 + nargs);
    for (size_t i = 0; i < n0; i++) TR_TUPLE(t)->items[i] = TR_TUPLE(pargs)->items[i];
    for (size_t i = 0; i < nargs; i++) TR_TUPLE(t)->items[n0 + i] = args[i];
    p->args = t;
    p->kw = pkw ? tr_dict_copy(pkw) : tr_dict_new();
    size_t nkw = kwnames ? TR_TUPLE(kwnames)->len : 0;
    for (size_t k = 0; k < nkw; k++)
        if (tr_dict_set(p->kw, TR_TUPLE(kwnames)->items[k], args[nargs + k]) < 0) return 0;
    return (TrValue)p;
}

static TrValue partial_new(TrType *type, TrValue *args, size_t nargs, TrValue kwnames) {
    if (nargs < 1) return tr_err(TR_EXC_TYPE(TypeError), "type 'partial' takes at least one argument");
    return partial_make(type, args[0], args + 1, nargs - 1, kwnames);
}

static int partial_init(TrValue self, TrValue *args, size_t nargs, TrValue kwnames) { return 0; }

static TrValue partial_call(TrValue self, TrValue *args, size_t nargs, TrValue kwnames) {
    Partial *p = (Partial *)self;
    size_t n0 = TR_TUPLE(p->args)->len, nkw = kwnames ? TR_TUPLE(kwnames)->len : 0;
    if (!tr_dict_len(p->kw) && !nkw) {
        if (!n0) return tr_call(p->fn, args, nargs, 0);
        TrValue *a = tr_alloc(sizeof(TrValue) * (n0 + nargs + 1));
        memcpy(a, TR_TUPLE(p->args)->items, sizeof(TrValue) * n0);
        if (nargs) memcpy(a + n0, args, sizeof(TrValue) * nargs);
        return tr_call(p->fn, a, n0 + nargs, 0);
    }
    TrValue t = tr_tuple_new(n0 + nargs);
    for (size_t i = 0; i < n0; i++) TR_TUPLE(t)->items[i] = TR_TUPLE(p->args)->items[i];
    for (size_t i = 0; i < nargs; i++) TR_TUPLE(t)->items[n0 + i] = args[i];
    TrValue kw = tr_dict_copy(p->kw);
    for (size_t k = 0; k < nkw; k++)
        if (tr_dict_set(kw, TR_TUPLE(kwnames)->items[k], args[nargs + k]) < 0) return 0;
    return tr_call_ex(p->fn, t, kw);
}

/* NAME(func, arg..., key=value...): the repr of partial and partialmethod */
static TrValue call_repr(const char *name, TrValue fn, TrValue args, TrValue kw) {
    TrBuf b;
    tr_buf_init(&b);
    tr_buf_adds(&b, name);
    tr_buf_addc(&b, '(');
    if (tr_buf_add_repr(&b, fn) < 0) return 0;
    for (size_t i = 0; i < TR_TUPLE(args)->len; i++) {
        tr_buf_adds(&b, ", ");
        if (tr_buf_add_repr(&b, TR_TUPLE(args)->items[i]) < 0) return 0;
    }
    size_t pos = 0;
    TrValue k, v;
    while (tr_dict_next(kw, &pos, &k, &v)) {
        tr_buf_adds(&b, ", ");
        if (tr_buf_add_str(&b, k) < 0) return 0;
        tr_buf_addc(&b, '=');
        if (tr_buf_add_repr(&b, v) < 0) return 0;
    }
    tr_buf_addc(&b, ')');
    return tr_buf_finish(&b);
}

static TrValue partial_repr(TrValue self) {
    Partial *p = (Partial *)self;
    TrType *t = TR_TYPE(self);
    return call_repr(t == &partial_type ? "functools.partial" : t->name, p->fn, p->args, p->kw);
}

/* CPython's pickling support, which copy uses: (type, (func,), (func, args, kwds, dict)) */
static TrValue partial_reduce(TrValue *args, size_t nargs, TrValue kwnames) {
    Partial *p = (Partial *)args[0];
    /* the keywords are a dict even when empty, as CPython's (pickles are byte-identical) */
    TrValue state = tr_tuple_pack(4, p->fn, p->args, p->kw ? p->kw : tr_dict_new(),
                                  p->dict && tr_dict_len(p->dict) ? p->dict : tr_None);
    return tr_tuple_pack(3, (TrValue)TR_TYPE(args[0]), tr_tuple_pack(1, p->fn), state);
}

static TrValue partial_setstate(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("__setstate__", nargs - 1, 1, 1) < 0) return 0;
    Partial *p = (Partial *)args[0];
    TrValue st = args[1];
    if (!tr_tuple_check(st)) return tr_err(TR_EXC_TYPE(TypeError), "argument to __setstate__ must be a tuple");
    TrTuple *t = TR_TUPLE(st);
    if (t->len != 4) return tr_err(TR_EXC_TYPE(TypeError), "expected 4 items in state, got %zu", t->len);
    TrValue fn = t->items[0], fnargs = t->items[1], kw = t->items[2], dict = t->items[3];
    if (!tr_callable(fn) || !tr_tuple_check(fnargs) || (kw != tr_None && !tr_dict_check(kw)))
        return tr_err(TR_EXC_TYPE(TypeError), "invalid partial state");
    if (!tr_isinstance_exact(fnargs, &tr_tuple_type)) fnargs = tr_tuple_from(TR_TUPLE(fnargs)->items, TR_TUPLE(fnargs)->len);
    if (kw == tr_None) kw = tr_dict_new();
    else if (!tr_isinstance_exact(kw, &tr_dict_type)) kw = tr_dict_copy(kw);
    p->fn = fn;
    p->args = fnargs;
    p->kw = kw;
    p->dict = dict == tr_None ? 0 : dict;
    return tr_None;
}

static TrValue partial_get_func(TrValue self) { return ((Partial *)self)->fn; }
static TrValue partial_get_args(TrValue self) { return ((Partial *)self)->args; }
static TrValue partial_get_keywords(TrValue self) { return ((Partial *)self)->kw; }

static TrType partial_type = {
    .ob = {&tr_type_type}, .name = "partial", .flags = TR_TF_BASETYPE | TR_TF_WEAKREFABLE, .basicsize = sizeof(Partial),
    .dictoffset = offsetof(Partial, dict), .repr = partial_repr, .call = partial_call, .new_ = partial_new,
    .init = partial_init,
};


/* ================================================================ partialmethod */

/* A descriptor: through an instance, partial(func.__get__(obj, cls), *args, **keywords);
 * where func does not bind (class access), a callable taking self first. */
typedef struct PartialMethod { TrObject ob; TrValue func, args, kw; } PartialMethod;
static TrType partialmethod_type;

static TrValue partialmethod_new(TrType *type, TrValue *args, size_t nargs, TrValue kwnames) {
    if (nargs < 1) return tr_err(TR_EXC_TYPE(TypeError), "type 'partialmethod' takes at least one argument");
    TrValue func = args[0];
    if (!tr_callable(func) && !TR_TYPE(func)->descr_get)
        return tr_err(TR_EXC_TYPE(TypeError), "%R is not callable or a descriptor", func);
    PartialMethod *pm = NEW(PartialMethod, type);
    TrValue kw = tr_dict_new();
    size_t n0 = 0;
    TrValue *a0 = 0;
    if (TR_TYPE(func) == &partialmethod_type) { /* flatten */
        PartialMethod *inner = (PartialMethod *)func;
        func = inner->func;
        n0 = TR_TUPLE(inner->args)->len;
        a0 = TR_TUPLE(inner->args)->items;
        if (tr_dict_update(kw, inner->kw) < 0) return 0;
    }
    TrValue t = tr_tuple_new(n0 + nargs - 1);
    for (size_t i = 0; i < n0; i++) TR_TUPLE(t)->items[i] = a0[i];
    for (size_t i = 1; i < nargs; i++) TR_TUPLE(t)->items[n0 + i - 1] = args[i];
    size_t nkw = kwnames ? TR_TUPLE(kwnames)->len : 0;
    for (size_t k = 0; k < nkw; k++)
        if (tr_dict_set(kw, TR_TUPLE(kwnames)->items[k], args[nargs + k]) < 0) return 0;
    pm->func = func;
    pm->args = t;
    pm->kw = kw;
    return (TrValue)pm;
}

static int partialmethod_init(TrValue self, TrValue *args, size_t nargs, TrValue kwnames) { return 0; }

/* the unbound form: self is the partialmethod, args[1] the instance or class */
static TrValue partialmethod_unbound(TrValue *args, size_t nargs, TrValue kwnames) {
    PartialMethod *pm = (PartialMethod *)args[0];
    if (nargs < 2) return tr_err(TR_EXC_TYPE(TypeError), "_method() missing 1 required positional argument: 'cls_or_self'");
    size_t na = TR_TUPLE(pm->args)->len, nkw = kwnames ? TR_TUPLE(kwnames)->len : 0;
    TrValue t = tr_tuple_new(1 + na + nargs - 2);
    TR_TUPLE(t)->items[0] = args[1];
    for (size_t i = 0; i < na; i++) TR_TUPLE(t)->items[1 + i] = TR_TUPLE(pm->args)->items[i];
    for (size_t i = 2; i < nargs; i++) TR_TUPLE(t)->items[1 + na + i - 2] = args[i];
    TrValue kw = tr_dict_copy(pm->kw);
    for (size_t k = 0; k < nkw; k++)
        if (tr_dict_set(kw, TR_TUPLE(kwnames)->items[k], args[nargs + k]) < 0) return 0;
    return tr_call_ex(pm->func, t, kw);
}

static TrValue partialmethod_get(TrValue self, TrValue obj, TrValue type) {
    PartialMethod *pm = (PartialMethod *)self;
    TrType *ft = TR_TYPE(pm->func);
    if (ft->descr_get) {
        TrValue nf = ft->descr_get(pm->func, obj, type ? type : (TrValue)TR_TYPE(obj));
        if (!nf) return 0;
        if (nf != pm->func) {
            size_t na = TR_TUPLE(pm->args)->len, nkw = tr_dict_len(pm->kw), pos = 0, j = 0;
            TrValue *a = tr_alloc(sizeof(TrValue) * (na + nkw + 1));
            memcpy(a, TR_TUPLE(pm->args)->items, sizeof(TrValue) * na);
            TrValue names = tr_tuple_new(nkw), k, v;
            while (tr_dict_next(pm->kw, &pos, &k, &v)) {
                TR_TUPLE(names)->items[j] = k;
                a[na + j++] = v;
            }
            TrValue r = partial_make(&partial_type, nf, a, na, nkw ? names : 0);
            if (!r) return 0;
            TrValue selfv = tr_getattr_opt(nf, TR_INTERN("__self__"));
            if (selfv && tr_setattr(r, TR_INTERN("__self__"), selfv) < 0) return 0;
            if (!selfv && tr_err_occurred()) return 0;
            return r;
        }
    }
    TrBuiltin *b = (TrBuiltin *)tr_builtin_new("_method", partialmethod_unbound);
    b->self = self;
    if (obj && obj != tr_None) return tr_method_new((TrValue)b, obj);
    return (TrValue)b;
}

static TrValue partialmethod_repr(TrValue self) {
    PartialMethod *pm = (PartialMethod *)self;
    return call_repr("functools.partialmethod", pm->func, pm->args, pm->kw);
}

static TrValue partialmethod_get_func(TrValue self) { return ((PartialMethod *)self)->func; }
static TrValue partialmethod_get_args(TrValue self) { return ((PartialMethod *)self)->args; }
static TrValue partialmethod_get_keywords(TrValue self) { return ((PartialMethod *)self)->kw; }

static TrType partialmethod_type = {
    .ob = {&tr_type_type}, .name = "partialmethod", .flags = TR_TF_BASETYPE | TR_TF_WEAKREFABLE, .basicsize = sizeof(PartialMethod),
    .repr = partialmethod_repr, .new_ = partialmethod_new, .init = partialmethod_init, .descr_get = partialmethod_get,
};

/* ================================================================ update_wrapper, wraps */

static const char *const wrapper_assignments[] = {"__module__", "__name__", "__qualname__", "__doc__", "__annotations__", NULL};

static TrValue default_assigned(void) {
    TrValue t = tr_tuple_new(5);
    for (int i = 0; i < 5; i++) TR_TUPLE(t)->items[i] = tr_str_intern(wrapper_assignments[i]);
    return t;
}

static TrValue do_update_wrapper(TrValue wrapper, TrValue wrapped, TrValue assigned, TrValue updated) {
    TrValue it = tr_iter(assigned ? assigned : default_assigned()), name;
    if (!it) return 0;
    while ((name = tr_next(it))) {
        TrValue v = tr_getattr_opt(wrapped, name);
        if (!v) {
            if (tr_err_occurred()) return 0;
            continue;
        }
        if (tr_setattr(wrapper, name, v) < 0) return 0;
    }
    if (tr_err_occurred()) return 0;
    if (!(it = tr_iter(updated ? updated : tr_tuple_pack(1, TR_INTERN("__dict__"))))) return 0;
    while ((name = tr_next(it))) {
        TrValue target = tr_getattr(wrapper, name);
        if (!target) return 0;
        TrValue src = tr_getattr_opt(wrapped, name);
        if (!src) {
            if (tr_err_occurred()) return 0;
            src = tr_dict_new();
        }
        if (!tr_call_method_cstr(target, "update", 1, src)) return 0;
    }
    if (tr_err_occurred()) return 0;
    if (tr_setattr(wrapper, TR_INTERN("__wrapped__"), wrapped) < 0) return 0;
    return wrapper;
}

static TrValue ft_update_wrapper(TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"wrapper", "wrapped", "assigned", "updated", NULL};
    TrValue a[4];
    if (tr_parse_args_py("update_wrapper", args, nargs, kwnames, kw, 2, a) < 0) return 0;
    return do_update_wrapper(a[0], a[1], a[2], a[3]);
}

static TrValue ft_wraps(TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"wrapped", "assigned", "updated", NULL};
    TrValue a[3];
    if (tr_parse_args_py("wraps", args, nargs, kwnames, kw, 1, a) < 0) return 0;
    TrValue vals[3] = {a[0], a[1] ? a[1] : default_assigned(), a[2] ? a[2] : tr_tuple_pack(1, TR_INTERN("__dict__"))};
    TrValue names = tr_tuple_pack(3, TR_INTERN("wrapped"), TR_INTERN("assigned"), TR_INTERN("updated"));
    return partial_make(&partial_type, update_wrapper_fn, vals, 0, names);
}

/* ================================================================ lru_cache */

typedef struct LruWrapper {
    TrObject ob;
    TrValue func, cache, dict;
    int64_t maxsize; /* -1: unbounded */
    bool typed;
    int64_t hits, misses;
    /* Evictions drop the cache dict's first live entry.  Entries before evict_pos are
     * all deleted (entries are only ever appended; deleted ones stay until the dict
     * rebuilds its entries array, which evict_entries detects), so the scan resumes
     * there instead of stepping over every dead entry again: O(1) amortised. */
    size_t evict_pos;
    void *evict_entries;
} LruWrapper;
static TrType lru_type;

/* CPython's _make_key: a lone int or str argument is its own key */
static TrValue make_key(LruWrapper *w, TrValue *args, size_t nargs, TrValue kwnames) {
    size_t nkw = kwnames ? TR_TUPLE(kwnames)->len : 0;
    if (!w->typed && !nkw) {
        if (nargs == 1 && (tr_isinstance_exact(args[0], &tr_int_type) || tr_isinstance_exact(args[0], &tr_str_type)))
            return args[0];
        return tr_tuple_from(args, nargs);
    }
    size_t n = nargs + (nkw ? 1 + 2 * nkw : 0) + (w->typed ? nargs + nkw : 0), j = 0;
    TrValue key = tr_tuple_new(n);
    TrValue *k = TR_TUPLE(key)->items;
    for (size_t i = 0; i < nargs; i++) k[j++] = args[i];
    if (nkw) {
        k[j++] = kwd_mark;
        for (size_t i = 0; i < nkw; i++) {
            k[j++] = TR_TUPLE(kwnames)->items[i];
            k[j++] = args[nargs + i];
        }
    }
    if (w->typed) {
        for (size_t i = 0; i < nargs; i++) k[j++] = (TrValue)TR_TYPE(args[i]);
        for (size_t i = 0; i < nkw; i++) k[j++] = (TrValue)TR_TYPE(args[nargs + i]);
    }
    return key;
}

static TrValue lru_call(TrValue self, TrValue *args, size_t nargs, TrValue kwnames) {
    LruWrapper *w = (LruWrapper *)self;
    if (w->maxsize == 0) {
        w->misses++;
        return tr_call(w->func, args, nargs, kwnames);
    }
    TrValue key = make_key(w, args, nargs, kwnames);
    TrValue v = tr_dict_get(w->cache, key);
    if (v) {
        w->hits++;
        if (w->maxsize > 0 && (tr_dict_del(w->cache, key) < 0 || tr_dict_set(w->cache, key, v) < 0)) return 0;
        return v;
    }
    if (tr_err_occurred()) return 0;
    w->misses++;
    TrValue r = tr_call(w->func, args, nargs, kwnames);
    if (!r) return 0;
    if (w->maxsize > 0) {
        TrValue again = tr_dict_get(w->cache, key);
        if (again) return r; /* added by a recursive call meanwhile */
        if (tr_err_occurred()) return 0;
        if ((int64_t)tr_dict_len(w->cache) >= w->maxsize) {
            TrDict *cd = (TrDict *)w->cache;
            if (cd->entries != w->evict_entries) {
                w->evict_entries = cd->entries;
                w->evict_pos = 0;
            }
            TrValue k0, v0;
            if (tr_dict_next(w->cache, &w->evict_pos, &k0, &v0) && tr_dict_del(w->cache, k0) < 0) return 0;
        }
    }
    if (tr_dict_set(w->cache, key, r) < 0) return 0;
    return r;
}

static TrValue lru_descr_get(TrValue self, TrValue obj, TrValue type) {
    if (!obj || obj == tr_None) return self;
    return tr_method_new(self, obj);
}

static TrValue lru_cache_info(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("cache_info", nargs - 1, 0, 0) < 0) return 0;
    LruWrapper *w = (LruWrapper *)args[0];
    TrValue a[4] = {tr_int_from_i64(w->hits), tr_int_from_i64(w->misses),
                    w->maxsize < 0 ? tr_None : tr_int_from_i64(w->maxsize), tr_int_from_i64((int64_t)tr_dict_len(w->cache))};
    return tr_call(cache_info_type, a, 4, 0);
}

static TrValue lru_cache_clear(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("cache_clear", nargs - 1, 0, 0) < 0) return 0;
    LruWrapper *w = (LruWrapper *)args[0];
    w->cache = tr_dict_new();
    w->evict_entries = 0;
    w->hits = w->misses = 0;
    return tr_None;
}

static TrValue lru_cache_parameters(TrValue *args, size_t nargs, TrValue kwnames) {
    LruWrapper *w = (LruWrapper *)args[0];
    TrValue d = tr_dict_new();
    tr_dict_set_str(d, "maxsize", w->maxsize < 0 ? tr_None : tr_int_from_i64(w->maxsize));
    tr_dict_set_str(d, "typed", tr_bool(w->typed));
    return d;
}

static TrValue lru_copy(TrValue *args, size_t nargs, TrValue kwnames) { return args[0]; }

static TrType lru_type = {
    .ob = {&tr_type_type}, .name = "_lru_cache_wrapper", .flags = TR_TF_WEAKREFABLE, .basicsize = sizeof(LruWrapper),
    .dictoffset = offsetof(LruWrapper, dict), .call = lru_call, .descr_get = lru_descr_get,
};

static TrValue lru_wrap(TrValue func, int64_t maxsize, bool typed) {
    if (!tr_callable(func)) return tr_err(TR_EXC_TYPE(TypeError), "the first argument must be callable");
    LruWrapper *w = NEW(LruWrapper, &lru_type);
    w->func = func;
    w->cache = tr_dict_new();
    w->maxsize = maxsize;
    w->typed = typed;
    return do_update_wrapper((TrValue)w, func, 0, 0);
}

/* the decorator lru_cache(maxsize, typed) returns: self is (maxsize, typed) */
static TrValue lru_decorating_function(TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"user_function", NULL};
    TrValue f;
    if (tr_parse_args_py("decorating_function", args + 1, nargs - 1, kwnames, kw, 1, &f) < 0) return 0;
    TrTuple *params = TR_TUPLE(args[0]);
    return lru_wrap(f, TR_SMALL_VAL(params->items[0]), params->items[1] == tr_True);
}

static TrValue ft_lru_cache(TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"maxsize", "typed", NULL};
    TrValue a[2];
    if (tr_parse_args_py("lru_cache", args, nargs, kwnames, kw, 0, a) < 0) return 0;
    TrValue m = a[0] ? a[0] : TR_FROM_SMALL(128);
    int typed = a[1] ? tr_truthy(a[1]) : 0;
    if (typed < 0) return 0;
    int64_t maxsize;
    if (tr_int_check(m)) {
        if (tr_int_as_i64(m, &maxsize) < 0) return 0;
        if (maxsize < 0) maxsize = 0;
    } else if (tr_callable(m) && (!a[1] || tr_isinstance_exact(a[1], &tr_bool_type))) {
        return lru_wrap(m, 128, typed);
    } else if (m == tr_None) {
        maxsize = -1;
    } else {
        return tr_err(TR_EXC_TYPE(TypeError), "Expected first argument to be an integer, a callable, or None");
    }
    TrBuiltin *b = (TrBuiltin *)tr_builtin_new("decorating_function", lru_decorating_function);
    b->self = tr_tuple_pack(2, TR_FROM_SMALL(maxsize), tr_bool(typed));
    return (TrValue)b;
}

static TrValue ft_cache(TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"user_function", NULL};
    TrValue a[1];
    if (tr_parse_args_py("cache", args, nargs, kwnames, kw, 1, a) < 0) return 0;
    return lru_wrap(a[0], -1, false);
}

/* ================================================================ total_ordering */

/* The twelve derived comparisons of CPython's functools (_gt_from_lt ...): call the
 * root operator of type(self); NotImplemented passes through. */
enum { F_NOT_AND_NE, F_OR_EQ, F_NOT, F_NOT_OR_EQ, F_AND_NE };

static TrValue derived(TrValue *args, size_t nargs, const char *root, int form) {
    if (tr_check_nargs("comparison", nargs, 2, 2) < 0) return 0;
    TrValue self = args[0], other = args[1];
    TrValue f = tr_type_lookup(TR_TYPE(self), tr_str_intern(root));
    if (!f) return tr_err(TR_EXC_TYPE(AttributeError), "type object '%s' has no attribute '%s'", TR_TYPE_NAME(self), root);
    TrValue r = tr_call2(f, self, other);
    if (!r || r == tr_NotImplemented) return r;
    int t = tr_truthy(r);
    if (t < 0) return 0;
    switch (form) {
    case F_NOT_AND_NE: return t ? tr_False : tr_compare(self, other, TR_NE);
    case F_OR_EQ: return t ? r : tr_compare(self, other, TR_EQ);
    case F_NOT: return tr_bool(!t);
    case F_NOT_OR_EQ: return !t ? tr_True : tr_compare(self, other, TR_EQ);
    default: return !t ? r : tr_compare(self, other, TR_NE);
    }
}

#define DERIVED(name, root, form) \
    static TrValue name(TrValue *args, size_t nargs, TrValue kwnames) { return derived(args, nargs, root, form); }
DERIVED(gt_from_lt, "__lt__", F_NOT_AND_NE)
DERIVED(le_from_lt, "__lt__", F_OR_EQ)
DERIVED(ge_from_lt, "__lt__", F_NOT)
DERIVED(ge_from_le, "__le__", F_NOT_OR_EQ)
DERIVED(lt_from_le, "__le__", F_AND_NE)
DERIVED(gt_from_le, "__le__", F_NOT)
DERIVED(lt_from_gt, "__gt__", F_NOT_AND_NE)
DERIVED(ge_from_gt, "__gt__", F_OR_EQ)
DERIVED(le_from_gt, "__gt__", F_NOT)
DERIVED(le_from_ge, "__ge__", F_NOT_OR_EQ)
DERIVED(gt_from_ge, "__ge__", F_AND_NE)
DERIVED(lt_from_ge, "__ge__", F_NOT)

static TrValue ft_total_ordering(TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"cls", NULL};
    TrValue cls;
    if (tr_parse_args_py("total_ordering", args, nargs, kwnames, kw, 1, &cls) < 0) return 0;
    static const char *const ops[] = {"__lt__", "__le__", "__gt__", "__ge__"};
    static const struct { const char *name; TrCFunc fn; } convert[4][3] = {
        {{"__gt__", gt_from_lt}, {"__le__", le_from_lt}, {"__ge__", ge_from_lt}},
        {{"__ge__", ge_from_le}, {"__lt__", lt_from_le}, {"__gt__", gt_from_le}},
        {{"__lt__", lt_from_gt}, {"__ge__", ge_from_gt}, {"__le__", le_from_gt}},
        {{"__le__", le_from_ge}, {"__gt__", gt_from_ge}, {"__lt__", lt_from_ge}},
    };
    bool roots[4];
    int root = -1;
    for (int i = 0; i < 4; i++) {
        TrValue name = tr_str_intern(ops[i]);
        TrValue mine = tr_getattr_opt(cls, name);
        if (!mine && tr_err_occurred()) return 0;
        TrValue base = tr_getattr_opt((TrValue)&tr_object_type, name);
        roots[i] = mine && mine != base;
        /* max(roots) by name: __lt__ > __le__ > __gt__ > __ge__ */
        if (roots[i] && (root < 0 || strcmp(ops[i], ops[root]) > 0)) root = i;
    }
    if (root < 0) return tr_err(TR_EXC_TYPE(ValueError), "must define at least one ordering operation: < > <= >=");
    for (int j = 0; j < 3; j++) {
        int k = 0;
        while (strcmp(ops[k], convert[root][j].name)) k++;
        if (roots[k]) continue;
        TrBuiltin *b = (TrBuiltin *)tr_builtin_new(convert[root][j].name, convert[root][j].fn);
        if (tr_isinstance_type(cls, &tr_type_type)) {
            b->owner = (TrType *)cls;
            b->kind = TR_METH_INSTANCE;
        }
        if (tr_setattr(cls, tr_str_intern(convert[root][j].name), (TrValue)b) < 0) return 0;
    }
    return cls;
}

/* ================================================================ cmp_to_key */

typedef struct KeyWrapper { TrObject ob; TrValue cmp, obj; } KeyWrapper;
static TrType keywrapper_type;

static TrValue keywrapper_call(TrValue self, TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"obj", NULL};
    TrValue a[1];
    if (tr_parse_args("K", args, nargs, kwnames, kw, 1, a) < 0) return 0;
    KeyWrapper *k = NEW(KeyWrapper, &keywrapper_type);
    k->cmp = ((KeyWrapper *)self)->cmp;
    k->obj = a[0];
    return (TrValue)k;
}

static TrValue keywrapper_richcompare(TrValue a, TrValue b, int op) {
    if (TR_TYPE(b) != &keywrapper_type) return tr_err(TR_EXC_TYPE(TypeError), "other argument must be K instance");
    KeyWrapper *x = (KeyWrapper *)a, *y = (KeyWrapper *)b;
    if (!x->obj || !y->obj) return tr_err(TR_EXC_TYPE(AttributeError), "object");
    TrValue r = tr_call2(x->cmp, x->obj, y->obj);
    if (!r) return 0;
    return tr_compare(r, TR_FROM_SMALL(0), op);
}

static int64_t keywrapper_hash(TrValue self) {
    tr_err(TR_EXC_TYPE(TypeError), "unhashable type: 'functools.KeyWrapper'");
    return -1;
}

static TrValue keywrapper_get_obj(TrValue self) {
    KeyWrapper *k = (KeyWrapper *)self;
    if (!k->obj) return tr_err(TR_EXC_TYPE(AttributeError), "obj");
    return k->obj;
}

static TrType keywrapper_type = {
    .ob = {&tr_type_type}, .name = "KeyWrapper", .basicsize = sizeof(KeyWrapper),
    .call = keywrapper_call, .richcompare = keywrapper_richcompare, .hash = keywrapper_hash,
};

static TrValue ft_cmp_to_key(TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"mycmp", NULL};
    TrValue a[1];
    if (tr_parse_args("cmp_to_key", args, nargs, kwnames, kw, 1, a) < 0) return 0;
    KeyWrapper *k = NEW(KeyWrapper, &keywrapper_type);
    k->cmp = a[0];
    return (TrValue)k;
}

/* ================================================================ cached_property */

typedef struct CachedProperty { TrObject ob; TrValue func, attrname, dict; } CachedProperty;
static TrType cached_property_type;

static TrValue cached_property_new(TrType *type, TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"func", NULL};
    TrValue a[1];
    if (tr_parse_args_py("cached_property", args, nargs, kwnames, kw, 1, a) < 0) return 0;
    CachedProperty *c = NEW(CachedProperty, type);
    c->func = a[0];
    c->attrname = tr_None;
    TrValue doc = tr_getattr_opt(a[0], TR_INTERN("__doc__"));
    if (!doc && tr_err_occurred()) return 0;
    c->dict = tr_dict_new();
    tr_dict_set_str(c->dict, "__doc__", doc ? doc : tr_None);
    TrValue mod = tr_getattr_opt(a[0], TR_INTERN("__module__"));
    if (mod) tr_dict_set_str(c->dict, "__module__", mod);
    else if (tr_err_occurred()) return 0;
    return (TrValue)c;
}

static int cached_property_init(TrValue self, TrValue *args, size_t nargs, TrValue kwnames) { return 0; }

static TrValue cached_property_set_name(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("__set_name__", nargs - 1, 2, 2) < 0) return 0;
    CachedProperty *c = (CachedProperty *)args[0];
    if (c->attrname == tr_None) c->attrname = args[2];
    else if (!tr_equal(args[2], c->attrname))
        return tr_err(TR_EXC_TYPE(TypeError), "Cannot assign the same cached_property to two different names (%R and %R).",
                      c->attrname, args[2]);
    return tr_None;
}

static TrValue cached_property_get(TrValue self, TrValue obj, TrValue type) {
    CachedProperty *c = (CachedProperty *)self;
    if (!obj || obj == tr_None) return self;
    if (c->attrname == tr_None)
        return tr_err(TR_EXC_TYPE(TypeError), "Cannot use cached_property instance without calling __set_name__ on it.");
    TrValue *slot = tr_instance_dict_slot(obj);
    if (!slot)
        return tr_err(TR_EXC_TYPE(TypeError), "No '__dict__' attribute on %R instance to cache %R property.",
                      tr_str_from_cstr(TR_TYPE_NAME(obj)), c->attrname);
    if (!*slot) *slot = tr_dict_new();
    TrValue v = tr_dict_get(*slot, c->attrname);
    if (v) return v;
    if (tr_err_occurred()) return 0;
    if (!(v = tr_call1(c->func, obj))) return 0;
    if (tr_dict_set(*slot, c->attrname, v) < 0) return 0;
    return v;
}

static TrValue cached_property_get_func(TrValue self) { return ((CachedProperty *)self)->func; }
static TrValue cached_property_get_attrname(TrValue self) { return ((CachedProperty *)self)->attrname; }

static TrType cached_property_type = {
    .ob = {&tr_type_type}, .name = "cached_property", .flags = TR_TF_BASETYPE | TR_TF_WEAKREFABLE, .basicsize = sizeof(CachedProperty),
    .dictoffset = offsetof(CachedProperty, dict), .new_ = cached_property_new, .init = cached_property_init,
    .descr_get = cached_property_get,
};


/* ================================================================ singledispatch */

/* The dispatcher is callable, binds like a function, and carries `register`,
 * `dispatch`, `registry` and `_clear_cache` in its __dict__ (with what update_wrapper
 * copies from the default implementation).  Dispatch walks type(arg).__mro__ for the
 * first registered class (no ABC registration: trc has no abc module), cached per class. */
typedef struct Dispatcher { TrObject ob; TrValue func, registry, cache, dict; } Dispatcher;
static TrType dispatcher_type, sdm_type;

static TrValue dispatch_impl(Dispatcher *d, TrValue cls) {
    TrValue impl = tr_dict_get(d->cache, cls);
    if (impl) return impl;
    if (tr_err_occurred()) return 0;
    TrValue mro = tr_isinstance_type(cls, &tr_type_type) ? ((TrType *)cls)->mro : 0;
    if (!mro && !(mro = tr_getattr_cstr(cls, "__mro__"))) return 0;
    TrValue it = tr_iter(mro), c;
    if (!it) return 0;
    while ((c = tr_next(it))) {
        if ((impl = tr_dict_get(d->registry, c))) break;
        if (tr_err_occurred()) return 0;
    }
    if (!impl) {
        if (tr_err_occurred()) return 0;
        impl = tr_dict_get((TrValue)d->registry, (TrValue)&tr_object_type);
        if (!impl) return tr_err(TR_EXC_TYPE(RuntimeError), "no implementation registered");
    }
    if (tr_dict_set(d->cache, cls, impl) < 0) return 0;
    return impl;
}

static TrValue dispatcher_dispatch(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_no_kwargs("dispatch", kwnames) < 0) return 0;
    if (nargs != 2)
        return tr_err(TR_EXC_TYPE(TypeError), "dispatch() takes 1 positional argument but %zu were given", nargs - 1);
    return dispatch_impl((Dispatcher *)args[0], args[1]);
}

static TrValue dispatcher_clear_cache(TrValue *args, size_t nargs, TrValue kwnames) {
    ((Dispatcher *)args[0])->cache = tr_dict_new();
    return tr_None;
}

static TrValue register_with(TrValue *args, size_t nargs, TrValue kwnames);

static int is_class(TrValue v) { return tr_isinstance_type(v, &tr_type_type); }

/* register(cls, func=None): self is the dispatcher */
static TrValue dispatcher_register(TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"cls", "func", NULL};
    TrValue a[2];
    if (tr_parse_args("register", args + 1, nargs - 1, kwnames, kw, 1, a) < 0) return 0;
    Dispatcher *d = (Dispatcher *)args[0];
    TrValue cls = a[0], func = a[1] && a[1] != tr_None ? a[1] : 0;
    TrValue classes;
    if (is_class(cls) || tr_union_check(cls)) {
        if (!func) { /* a decorator remembering cls */
            TrBuiltin *b = (TrBuiltin *)tr_builtin_new("<lambda>", register_with);
            b->self = tr_tuple_pack(2, (TrValue)d, cls);
            return (TrValue)b;
        }
    } else {
        if (func)
            return tr_err(TR_EXC_TYPE(TypeError), "Invalid first argument to `register()`. %R is not a class or union type.", cls);
        TrValue ann = tr_getattr_opt(cls, TR_INTERN("__annotations__"));
        if (!ann && tr_err_occurred()) return 0;
        if (!ann || !tr_dict_check(ann) || !tr_dict_len(ann))
            return tr_err(TR_EXC_TYPE(TypeError),
                          "Invalid first argument to `register()`: %R. Use either `@register(some_class)` or plain "
                          "`@register` on an annotated function.", cls);
        func = cls;
        size_t pos = 0;
        TrValue argname, hint;
        tr_dict_next(ann, &pos, &argname, &hint);
        if (!is_class(hint) && !tr_union_check(hint)) /* (string annotations are not evaluated) */
            return tr_err(TR_EXC_TYPE(TypeError), "Invalid annotation for %R. %R is not a class.", argname, hint);
        cls = hint;
    }
    classes = tr_union_check(cls) ? tr_union_args(cls) : tr_tuple_pack(1, cls);
    for (size_t i = 0; i < TR_TUPLE(classes)->len; i++) {
        TrValue c = TR_TUPLE(classes)->items[i];
        if (!is_class(c))
            return tr_err(TR_EXC_TYPE(TypeError), "Invalid annotation for %R. %R not all arguments are classes.", cls, c);
        if (tr_dict_set(d->registry, c, func) < 0) return 0;
    }
    d->cache = tr_dict_new();
    return func;
}

/* the decorator of register(cls): self is (dispatcher, cls) */
static TrValue register_with(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_no_kwargs("register", kwnames) < 0 || tr_check_nargs("register", nargs - 1, 1, 1) < 0) return 0;
    TrTuple *st = TR_TUPLE(args[0]);
    TrValue a[3] = {st->items[0], st->items[1], args[1]};
    return dispatcher_register(a, 3, 0);
}

static TrValue dispatcher_call(TrValue self, TrValue *args, size_t nargs, TrValue kwnames) {
    Dispatcher *d = (Dispatcher *)self;
    if (!nargs) {
        TrValue name = tr_getattr_opt(d->func, TR_INTERN("__name__"));
        if (!name && tr_err_occurred()) return 0;
        return tr_err(TR_EXC_TYPE(TypeError), "%s requires at least 1 positional argument",
                      name && tr_str_check(name) ? tr_str_cstr(name) : "singledispatch function");
    }
    TrValue cls = tr_getattr(args[0], TR_INTERN("__class__"));
    TrValue impl = cls ? dispatch_impl(d, cls) : 0;
    return impl ? tr_call(impl, args, nargs, kwnames) : 0;
}

static TrValue dispatcher_descr_get(TrValue self, TrValue obj, TrValue type) {
    if (!obj || obj == tr_None) return self;
    return tr_method_new(self, obj);
}

static TrType dispatcher_type = {
    .ob = {&tr_type_type}, .name = "singledispatch_function", .flags = TR_TF_WEAKREFABLE, .basicsize = sizeof(Dispatcher),
    .dictoffset = offsetof(Dispatcher, dict), .call = dispatcher_call, .descr_get = dispatcher_descr_get,
};

static TrValue bound_builtin(const char *name, TrCFunc fn, TrValue self) {
    TrBuiltin *b = (TrBuiltin *)tr_builtin_new(name, fn);
    b->self = self;
    return (TrValue)b;
}

static TrValue make_dispatcher(TrValue func) {
    Dispatcher *d = NEW(Dispatcher, &dispatcher_type);
    d->func = func;
    d->registry = tr_dict_new();
    d->cache = tr_dict_new();
    if (tr_dict_set(d->registry, (TrValue)&tr_object_type, func) < 0) return 0;
    d->dict = tr_dict_new();
    tr_dict_set_str(d->dict, "register", bound_builtin("register", dispatcher_register, (TrValue)d));
    tr_dict_set_str(d->dict, "dispatch", bound_builtin("dispatch", dispatcher_dispatch, (TrValue)d));
    tr_dict_set_str(d->dict, "registry", d->registry);
    tr_dict_set_str(d->dict, "_clear_cache", bound_builtin("_clear_cache", dispatcher_clear_cache, (TrValue)d));
    return do_update_wrapper((TrValue)d, func, 0, 0);
}

static TrValue ft_singledispatch(TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"func", NULL};
    TrValue a[1];
    if (tr_parse_args_py("singledispatch", args, nargs, kwnames, kw, 1, a) < 0) return 0;
    return make_dispatcher(a[0]);
}

/* singledispatchmethod: dispatches on the first argument after self */
typedef struct SDMethod { TrObject ob; TrValue dispatcher, func, dict; } SDMethod;

static TrValue sdm_new(TrType *type, TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"func", NULL};
    TrValue a[1];
    if (tr_parse_args_py("singledispatchmethod", args, nargs, kwnames, kw, 1, a) < 0) return 0;
    TrType *ft = TR_TYPE(a[0]);
    if (!tr_callable(a[0]) && !ft->descr_get)
        return tr_err(TR_EXC_TYPE(TypeError), "%R is not callable or a descriptor", a[0]);
    SDMethod *m = NEW(SDMethod, type);
    m->func = a[0];
    if (!(m->dispatcher = make_dispatcher(a[0]))) return 0;
    m->dict = tr_dict_new();
    tr_dict_set_str(m->dict, "register", tr_getattr_cstr(m->dispatcher, "register"));
    return (TrValue)m;
}

static int sdm_init(TrValue self, TrValue *args, size_t nargs, TrValue kwnames) { return 0; }

/* the bound callable: self is (method, obj or None, cls) */
static TrValue sdm_call(TrValue *args, size_t nargs, TrValue kwnames) {
    TrTuple *st = TR_TUPLE(args[0]);
    SDMethod *m = (SDMethod *)st->items[0];
    if (nargs < 2) {
        TrValue name = tr_getattr_opt(m->func, TR_INTERN("__name__"));
        if (!name && tr_err_occurred()) return 0;
        return tr_err(TR_EXC_TYPE(TypeError), "%s requires at least 1 positional argument",
                      name && tr_str_check(name) ? tr_str_cstr(name) : "singledispatchmethod method");
    }
    TrValue cls = tr_getattr(args[1], TR_INTERN("__class__"));
    TrValue impl = cls ? dispatch_impl((Dispatcher *)m->dispatcher, cls) : 0;
    if (!impl) return 0;
    TrType *it = TR_TYPE(impl);
    TrValue obj = st->items[1];
    if (it->descr_get && !(impl = it->descr_get(impl, obj == tr_None ? 0 : obj, st->items[2]))) return 0;
    return tr_call(impl, args + 1, nargs - 1, kwnames);
}

static TrValue sdm_descr_get(TrValue self, TrValue obj, TrValue type) {
    /* CPython's is a function updated from func; this one only takes its __name__ */
    SDMethod *m = (SDMethod *)self;
    const char *name = "_method";
    TrValue n = tr_getattr_opt(m->func, TR_INTERN("__name__"));
    if (n && tr_str_check(n)) {
        char *copy = tr_alloc_atomic(TR_STR(n)->len + 1);
        memcpy(copy, tr_str_cstr(n), TR_STR(n)->len + 1);
        name = copy;
    } else if (tr_err_occurred()) {
        return 0;
    }
    return bound_builtin(name, sdm_call, tr_tuple_pack(3, self, obj ? obj : tr_None, type ? type : (TrValue)TR_TYPE(obj)));
}

static TrType sdm_type = {
    .ob = {&tr_type_type}, .name = "singledispatchmethod", .flags = TR_TF_BASETYPE, .basicsize = sizeof(SDMethod),
    .dictoffset = offsetof(SDMethod, dict), .new_ = sdm_new, .init = sdm_init, .descr_get = sdm_descr_get,
};

/* ================================================================ module */

TrValue trmod_functools_init(void) {
    static TrValue m;
    if (m) return m;
    m = tr_module_new("functools", 0, NULL, NULL);
    tr_add_roots(&m, sizeof m);
    tr_add_roots(&kwd_mark, sizeof kwd_mark);
    tr_add_roots(&cache_info_type, sizeof cache_info_type);
    tr_add_roots(&update_wrapper_fn, sizeof update_wrapper_fn);
    kwd_mark = tr_object_new_instance(&tr_object_type);
    TrValue coll = trmod___collections_init();
    if (!coll) return 0;
    TrValue nt = tr_getattr_cstr(coll, "namedtuple");
    if (!nt) return 0;
    TrValue ntargs[3] = {TR_INTERN("CacheInfo"), tr_str_from_cstr("hits misses maxsize currsize"), TR_INTERN("functools")};
    if (!(cache_info_type = tr_call(nt, ntargs, 2, tr_tuple_pack(1, TR_INTERN("module"))))) return 0;

    TrType *types[] = {&partial_type, &lru_type, &keywrapper_type, &cached_property_type, &dispatcher_type, &sdm_type,
                       &partialmethod_type};
    for (int i = 0; i < 7; i++) {
        types[i]->module = TR_INTERN("functools");
        tr_type_ready(types[i]);
    }
    tr_type_add_getter(&partial_type, "func", partial_get_func);
    tr_type_add_getter(&partial_type, "args", partial_get_args);
    tr_type_add_getter(&partial_type, "keywords", partial_get_keywords);
    static const TrMethodDef partial_methods[] = {{"__reduce__", partial_reduce}, {"__setstate__", partial_setstate}, {0}};
    tr_type_add_methods(&partial_type, partial_methods);
    static const TrMethodDef self_copy[] = {{"__copy__", lru_copy}, {"__deepcopy__", lru_copy}, {0}};
    tr_type_add_methods(&dispatcher_type, self_copy);
    static const TrMethodDef lru_methods[] = {
        {"cache_info", lru_cache_info}, {"cache_clear", lru_cache_clear},
        {"cache_parameters", lru_cache_parameters}, {"__copy__", lru_copy}, {"__deepcopy__", lru_copy}, {0},
    };
    tr_type_add_methods(&lru_type, lru_methods);
    tr_type_add_getter(&keywrapper_type, "obj", keywrapper_get_obj);
    static const TrMethodDef cp_methods[] = {{"__set_name__", cached_property_set_name}, {0}};
    tr_type_add_methods(&cached_property_type, cp_methods);
    tr_type_add_getter(&cached_property_type, "func", cached_property_get_func);
    tr_type_add_getter(&cached_property_type, "attrname", cached_property_get_attrname);

    tr_module_add(m, "partial", (TrValue)&partial_type);
    tr_module_add(m, "cached_property", (TrValue)&cached_property_type);
    tr_module_add(m, "singledispatchmethod", (TrValue)&sdm_type);
    tr_module_add(m, "partialmethod", (TrValue)&partialmethod_type);
    tr_type_add_getter(&partialmethod_type, "func", partialmethod_get_func);
    tr_type_add_getter(&partialmethod_type, "args", partialmethod_get_args);
    tr_type_add_getter(&partialmethod_type, "keywords", partialmethod_get_keywords);
    tr_module_add(m, "WRAPPER_ASSIGNMENTS", default_assigned());
    tr_module_add(m, "WRAPPER_UPDATES", tr_tuple_pack(1, TR_INTERN("__dict__")));
    static const TrMethodDef functions[] = {
        {"reduce", ft_reduce}, {"update_wrapper", ft_update_wrapper}, {"wraps", ft_wraps},
        {"lru_cache", ft_lru_cache}, {"cache", ft_cache}, {"total_ordering", ft_total_ordering},
        {"cmp_to_key", ft_cmp_to_key}, {"singledispatch", ft_singledispatch}, {0},
    };
    tr_module_add_functions(m, functions);
    update_wrapper_fn = tr_getattr_cstr(m, "update_wrapper");
    return m;
}
