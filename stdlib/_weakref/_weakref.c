/* _weakref.c — weak references over Boehm GC: ref (weakref.ReferenceType), the proxies
 * ProxyType and CallableProxyType, getweakrefcount and getweakrefs.  The `weakref`
 * module (stdlib/weakref/weakref.tr) builds the containers and finalize on them.
 *
 * A weak reference holds its referent as a hidden pointer (which the collector does not
 * follow) registered as a disappearing link: the collector clears it when the referent
 * becomes unreachable.  Every referent has a WeakList of its references, found through
 * a table keyed by the referent's address; the list holds the references weakly too, so
 * a reference that dies before its referent is dropped and its callback never runs, as
 * in CPython.  The list is in CPython's order: the callback-less ref and proxy that
 * ref(o) and proxy(o) hand out again, then the others newest first.
 * The first reference to an object registers a no-order finalizer on it (after any
 * finalizer it already had, which still runs).  When the collector finds the object
 * dead, that finalizer only queues the list and asks for a safe point; the callbacks
 * run there (tr_run_pending_calls: the eval breaker at loop back-edges, or gc.collect()),
 * never inside the allocator, each with its reference, whose referent is then None.
 * Objects outside the collected heap (static builtins: int, len) never die: their
 * references hold them without a link.
 * Assumes: only the thread holding the GIL touches runtime objects, and collections
 * happen inside allocations only, so a hidden pointer read and revealed without an
 * allocation in between is still valid. */
#include "tr.h"

typedef struct WeakList WeakList;

typedef struct TrWeakRef {
    TrObject ob;
    GC_hidden_pointer referent; /* 0 once the collector found the referent dead */
    TrValue callback;           /* 0: none, or it already ran */
    int64_t hash;               /* the referent's, -1 until asked for */
} TrWeakRef;

struct WeakList {
    WeakList *next;              /* the next list of the same table bucket */
    WeakList *next_dead;         /* in dead_queue */
    GC_hidden_pointer object;    /* the referent, the table's key */
    bool dead;                   /* its finalizer ran */
    GC_hidden_pointer basic_ref, basic_proxy; /* the shared callback-less ones (links) */
    GC_hidden_pointer *others;   /* the rest, oldest first (links; atomic block) */
    size_t nothers, cap;
    GC_finalization_proc chained; /* the finalizer the object had before */
    void *chained_data;
};

static TrType ref_type, proxy_type, callable_proxy_type;

/* ---------------------------------------------------------------- hidden pointers */

static bool is_collected(TrValue v) { return GC_base(v) != NULL; }

/* *slot = v, held weakly: the collector clears the slot when v dies */
static void hold_weakly(GC_hidden_pointer *slot, TrValue v) {
    *slot = GC_HIDE_POINTER(v);
    if (is_collected(v)) GC_general_register_disappearing_link((void **)slot, v);
}

static TrValue reveal(GC_hidden_pointer h) { return h ? (TrValue)GC_REVEAL_POINTER(h) : 0; }

/* ---------------------------------------------------------------- the table of lists */

static WeakList **buckets, *dead_queue;
static size_t nbuckets, nlists;

static size_t bucket_of(GC_hidden_pointer key, size_t n) {
    return (size_t)(((uint64_t)key * UINT64_C(0x9E3779B97F4A7C15)) >> 17) & (n - 1);
}

static void table_grow(void) {
    size_t n = nbuckets ? nbuckets * 2 : 64;
    WeakList **fresh = tr_alloc(n * sizeof *fresh);
    for (size_t i = 0; i < nbuckets; i++) {
        for (WeakList *l = buckets[i], *next; l; l = next) {
            next = l->next;
            size_t b = bucket_of(l->object, n);
            l->next = fresh[b];
            fresh[b] = l;
        }
    }
    buckets = fresh;
    nbuckets = n;
}

/* the list of the live object v, or 0 */
static WeakList *list_find(TrValue v) {
    if (!nbuckets) return 0;
    GC_hidden_pointer key = GC_HIDE_POINTER(v);
    for (WeakList *l = buckets[bucket_of(key, nbuckets)]; l; l = l->next)
        if (l->object == key && !l->dead) return l;
    return 0;
}

static void table_remove(WeakList *dead) {
    WeakList **p = &buckets[bucket_of(dead->object, nbuckets)];
    while (*p != dead) p = &(*p)->next;
    *p = dead->next;
    nlists--;
}

/* The collector found the referent dead: queue its list for the next safe point. */
static void GC_CALLBACK on_referent_dead(void *obj, void *data) {
    WeakList *l = data;
    l->dead = true;
    l->next_dead = dead_queue;
    dead_queue = l;
    tr_schedule_pending_calls();
    if (l->chained) l->chained(obj, l->chained_data);
}

static WeakList *list_get(TrValue v) {
    WeakList *l = list_find(v);
    if (l) return l;
    if (nlists >= nbuckets) table_grow();
    l = tr_alloc(sizeof *l);
    l->object = GC_HIDE_POINTER(v);
    size_t b = bucket_of(l->object, nbuckets);
    l->next = buckets[b];
    buckets[b] = l;
    nlists++;
    if (is_collected(v)) GC_register_finalizer_no_order(v, on_referent_dead, l, &l->chained, &l->chained_data);
    return l;
}

/* Appends r to l's other references, dropping the dead ones when the block is full
 * (links cannot move: the kept ones are registered again in the new block). */
static void list_add_other(WeakList *l, TrValue r) {
    if (l->nothers == l->cap) {
        size_t live = 0;
        for (size_t i = 0; i < l->nothers; i++) live += l->others[i] != 0;
        size_t cap = live * 2 + 4;
        GC_hidden_pointer *fresh = tr_alloc_atomic(cap * sizeof *fresh);
        size_t k = 0;
        for (size_t i = 0; i < l->nothers; i++) {
            TrValue o = reveal(l->others[i]);
            if (o) hold_weakly(&fresh[k++], o);
        }
        l->others = fresh;
        l->nothers = k;
        l->cap = cap;
    }
    hold_weakly(&l->others[l->nothers++], r);
}

/* The live references of l in CPython's order, in a new list. */
static TrValue list_refs(WeakList *l) {
    TrValue out = tr_list_new(l->nothers + 2);
    TrValue *items = tr_list_items(TR_LIST(out)); /* filled without allocating: no collection clears a slot meanwhile */
    size_t n = 0;
    if (l->basic_ref) items[n++] = reveal(l->basic_ref);
    if (l->basic_proxy) items[n++] = reveal(l->basic_proxy);
    for (size_t i = l->nothers; i-- > 0;)
        if (l->others[i]) items[n++] = reveal(l->others[i]);
    TR_LIST(out)->len = n;
    return out;
}

static void print_unraisable(TrValue where) {
    TrValue exc = tr_err_fetch();
    TrValue r = tr_repr(where);
    if (!r) tr_err_clear();
    fflush(stdout);
    fprintf(stderr, "Exception ignored in: %s\n", r ? tr_str_cstr(r) : "<object repr() failed>");
    tr_print_exception(exc);
}

/* The referent of l died: each reference's callback, called with the reference. */
static void call_callbacks(WeakList *l) {
    TrValue refs = list_refs(l);
    for (size_t i = 0; i < TR_LIST(refs)->len; i++) {
        TrWeakRef *r = (TrWeakRef *)tr_list_items(TR_LIST(refs))[i];
        TrValue cb = r->callback;
        r->callback = 0;
        if (cb && !tr_call1(cb, (TrValue)r)) print_unraisable(cb);
    }
}

/* Pending-calls function: the callbacks of the referents found dead since last time. */
static bool run_dead_callbacks(void) {
    bool ran = false;
    TrValue saved = tr_err_fetch(); /* a safe point may come with an exception set */
    while (dead_queue) {
        WeakList *l = dead_queue;
        dead_queue = l->next_dead;
        table_remove(l);
        call_callbacks(l);
        ran = true;
    }
    if (saved) tr_err_restore(saved);
    return ran;
}

/* ---------------------------------------------------------------- creation */

static bool is_weakrefable(TrValue v) {
    if (TR_IS_SMALL(v)) return false;
    for (TrType *t = TR_TYPE(v); t; t = t->base)
        if (t->flags & TR_TF_WEAKREFABLE) return true;
    return false;
}

static bool is_proxy_type(TrType *t) { return t == &proxy_type || t == &callable_proxy_type; }

/* A reference of type t to obj; the shared one when there is no callback and t is ref
 * or a proxy type. */
static TrValue weakref_make(TrType *t, TrValue obj, TrValue callback) {
    if (!is_weakrefable(obj))
        return tr_err(TR_EXC_TYPE(TypeError), "cannot create weak reference to '%s' object", TR_TYPE_NAME(obj));
    if (callback == tr_None) callback = 0;
    WeakList *l = list_get(obj);
    GC_hidden_pointer *shared = 0;
    if (!callback && t == &ref_type) shared = &l->basic_ref;
    else if (!callback && is_proxy_type(t)) shared = &l->basic_proxy;
    if (shared && *shared) {
        TrValue existing = reveal(*shared);
        if (existing) return existing;
    }
    TrWeakRef *r = (TrWeakRef *)tr_object_alloc(t, t->basicsize);
    r->callback = callback;
    r->hash = -1;
    hold_weakly(&r->referent, obj);
    if (shared) hold_weakly(shared, (TrValue)r);
    else list_add_other(l, (TrValue)r);
    return (TrValue)r;
}

/* CPython's parse of ref's __new__/__init__ arguments: (ob[, callback]); keywords are
 * left to __init__ (a subclass's may take some) */
static int unpack_ref_args(const char *fname, size_t nargs) {
    if (nargs < 1) {
        tr_err(TR_EXC_TYPE(TypeError), "%s expected at least 1 argument, got 0", fname);
        return -1;
    }
    if (nargs > 2) {
        tr_err(TR_EXC_TYPE(TypeError), "%s expected at most 2 arguments, got %zu", fname, nargs);
        return -1;
    }
    return 0;
}

static TrValue ref_new(TrType *type, TrValue *args, size_t nargs, TrValue kwnames) {
    if (unpack_ref_args("__new__", nargs) < 0) return 0;
    return weakref_make(type, args[0], nargs > 1 ? args[1] : 0);
}

static int ref_init(TrValue self, TrValue *args, size_t nargs, TrValue kwnames) {
    if (kwnames && TR_TUPLE(kwnames)->len) {
        tr_err(TR_EXC_TYPE(TypeError), "ref() takes no keyword arguments");
        return -1;
    }
    return unpack_ref_args("__init__", nargs);
}

/* ---------------------------------------------------------------- ref */

static TrValue referent_of(TrValue r) { return reveal(((TrWeakRef *)r)->referent); }

static TrValue ref_call(TrValue self, TrValue *args, size_t nargs, TrValue kwnames) {
    if (kwnames && TR_TUPLE(kwnames)->len) return tr_err(TR_EXC_TYPE(TypeError), "weakref() takes no keyword arguments");
    if (nargs) return tr_err(TR_EXC_TYPE(TypeError), "weakref expected 0 arguments, got %zu", nargs);
    TrValue o = referent_of(self);
    return o ? o : tr_None;
}

static int64_t ref_hash(TrValue self) {
    TrWeakRef *r = (TrWeakRef *)self;
    if (r->hash != -1) return r->hash;
    TrValue o = referent_of(self);
    if (!o) {
        tr_err(TR_EXC_TYPE(TypeError), "weak object has gone away");
        return -1;
    }
    int64_t h = tr_hash(o);
    if (h != -1) r->hash = h;
    return h;
}

static bool is_weakref(TrValue v) {
    if (TR_IS_SMALL(v)) return false;
    return tr_isinstance_type(v, &ref_type) || is_proxy_type(v->type);
}

/* ==/!= of two references: their referents' while both live, identity otherwise */
static TrValue ref_richcompare(TrValue a, TrValue b, int op) {
    if ((op != TR_EQ && op != TR_NE) || !is_weakref(a) || !is_weakref(b)) return tr_NotImplemented;
    TrValue x = referent_of(a), y = referent_of(b);
    if (!x || !y) return tr_bool((a == b) == (op == TR_EQ));
    return tr_compare(x, y, op);
}

static TrValue ref_repr(TrValue self) {
    TrValue o = referent_of(self);
    if (!o) return tr_str_fmt("<weakref at %p; dead>", (void *)self);
    TrValue name = tr_getattr_opt(o, TR_INTERN("__name__"));
    if (!name && tr_err_occurred()) tr_err_clear();
    if (name && tr_str_check(name))
        return tr_str_fmt("<weakref at %p; to '%s' at %p (%S)>", (void *)self, TR_TYPE_NAME(o), (void *)o, name);
    return tr_str_fmt("<weakref at %p; to '%s' at %p>", (void *)self, TR_TYPE_NAME(o), (void *)o);
}

static TrValue ref_get_callback(TrValue self) {
    TrValue cb = ((TrWeakRef *)self)->callback;
    return cb ? cb : tr_None;
}

/* ---------------------------------------------------------------- proxies */

/* v itself, or the referent of the proxy v (0 + ReferenceError once it died) */
static TrValue unwrap(TrValue v) {
    if (TR_IS_SMALL(v) || !is_proxy_type(v->type)) return v;
    TrValue o = referent_of(v);
    if (!o) return tr_err(TR_EXC_TYPE(ReferenceError), "weakly-referenced object no longer exists");
    return o;
}

static TrValue proxy_getattr(TrValue self, TrValue name) {
    TrValue o = unwrap(self);
    return o ? tr_getattr(o, name) : 0;
}

static int proxy_setattr(TrValue self, TrValue name, TrValue v) {
    TrValue o = unwrap(self);
    if (!o) return -1;
    return v ? tr_setattr(o, name, v) : tr_delattr(o, name);
}

static TrValue proxy_call(TrValue self, TrValue *args, size_t nargs, TrValue kwnames) {
    TrValue o = unwrap(self);
    return o ? tr_call(o, args, nargs, kwnames) : 0;
}

static TrValue proxy_repr(TrValue self) {
    TrValue o = referent_of(self);
    return tr_str_fmt("<weakproxy at %p to %s at %p>", (void *)self, o ? TR_TYPE_NAME(o) : "NoneType",
                      (void *)(o ? o : tr_None));
}

#define PROXY_UNARY(fname, expr)              \
    static TrValue fname(TrValue self) {      \
        TrValue o = unwrap(self);             \
        return o ? (expr) : 0;                \
    }
PROXY_UNARY(proxy_str, tr_str(o))
PROXY_UNARY(proxy_iter, tr_iter(o))
PROXY_UNARY(proxy_neg, tr_neg(o))
PROXY_UNARY(proxy_pos, tr_pos(o))
PROXY_UNARY(proxy_invert, tr_invert(o))
PROXY_UNARY(proxy_abs, tr_call1(tr_builtin_lookup("abs"), o))
PROXY_UNARY(proxy_int, tr_call1((TrValue)&tr_int_type, o))
PROXY_UNARY(proxy_float, tr_call1((TrValue)&tr_float_type, o))
PROXY_UNARY(proxy_index, tr_number_index(o))
#undef PROXY_UNARY

static TrValue proxy_next(TrValue self) {
    TrValue o = unwrap(self);
    if (!o) return 0;
    TrUnaryFn next = TR_TYPE(o)->next;
    if (!next) return tr_err(TR_EXC_TYPE(TypeError), "Weakref proxy referenced a non-iterator '%s' object", TR_TYPE_NAME(o));
    return next(o);
}

static intptr_t proxy_len(TrValue self) {
    TrValue o = unwrap(self);
    return o ? tr_len(o) : -1;
}

static int proxy_truth(TrValue self) {
    TrValue o = unwrap(self);
    return o ? tr_truthy(o) : -1;
}

static TrValue proxy_getitem(TrValue self, TrValue key) {
    TrValue o = unwrap(self);
    return o ? tr_getitem(o, key) : 0;
}

static int proxy_setitem(TrValue self, TrValue key, TrValue v) {
    TrValue o = unwrap(self);
    if (!o) return -1;
    return v ? tr_setitem(o, key, v) : tr_delitem(o, key);
}

static int proxy_contains(TrValue self, TrValue item) {
    TrValue o = unwrap(self);
    return o ? tr_contains(o, item) : -1;
}

static TrValue proxy_richcompare(TrValue a, TrValue b, int op) {
    TrValue x = unwrap(a), y = x ? unwrap(b) : 0;
    return y ? tr_compare(x, y, op) : 0;
}

/* Binary operators, with the proxy on either side, as the referent's. */
#define PROXY_BINARY(op)                                            \
    static TrValue proxy_nb_##op(TrValue a, TrValue b) {            \
        TrValue x = unwrap(a), y = x ? unwrap(b) : 0;               \
        return y ? tr_binop(op, x, y) : 0;                          \
    }                                                               \
    static TrValue proxy_inplace_##op(TrValue a, TrValue b) {       \
        TrValue x = unwrap(a), y = x ? unwrap(b) : 0;               \
        return y ? tr_inplace_op(op, x, y) : 0;                     \
    }
PROXY_BINARY(TR_ADD) PROXY_BINARY(TR_SUB) PROXY_BINARY(TR_MUL) PROXY_BINARY(TR_MATMUL)
PROXY_BINARY(TR_TRUEDIV) PROXY_BINARY(TR_FLOORDIV) PROXY_BINARY(TR_MOD) PROXY_BINARY(TR_POW)
PROXY_BINARY(TR_LSHIFT) PROXY_BINARY(TR_RSHIFT) PROXY_BINARY(TR_AND) PROXY_BINARY(TR_OR)
PROXY_BINARY(TR_XOR)
#undef PROXY_BINARY

static TrValue proxy_m_bytes(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("__bytes__", nargs - 1, 0, 0) < 0) return 0;
    TrValue o = unwrap(args[0]);
    return o ? tr_call1((TrValue)&tr_bytes_type, o) : 0;
}

static TrValue proxy_m_reversed(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("__reversed__", nargs - 1, 0, 0) < 0) return 0;
    TrValue o = unwrap(args[0]);
    return o ? tr_call1((TrValue)&tr_reversed_type, o) : 0;
}

static const TrMethodDef proxy_methods[] = {
    {"__bytes__", proxy_m_bytes}, {"__reversed__", proxy_m_reversed}, {0},
};

#define OPS(f) {[TR_ADD] = f##TR_ADD, [TR_SUB] = f##TR_SUB, [TR_MUL] = f##TR_MUL, [TR_MATMUL] = f##TR_MATMUL, \
    [TR_TRUEDIV] = f##TR_TRUEDIV, [TR_FLOORDIV] = f##TR_FLOORDIV, [TR_MOD] = f##TR_MOD, [TR_POW] = f##TR_POW, \
    [TR_LSHIFT] = f##TR_LSHIFT, [TR_RSHIFT] = f##TR_RSHIFT, [TR_AND] = f##TR_AND, [TR_OR] = f##TR_OR, [TR_XOR] = f##TR_XOR}
#define PROXY_SLOTS                                                                                        \
    .basicsize = sizeof(TrWeakRef), .repr = proxy_repr, .str = proxy_str, .richcompare = proxy_richcompare,  \
    .getattr = proxy_getattr, .setattr = proxy_setattr, .iter = proxy_iter, .next = proxy_next,              \
    .len = proxy_len, .getitem = proxy_getitem, .setitem = proxy_setitem, .contains = proxy_contains,        \
    .truth = proxy_truth, .nb = OPS(proxy_nb_), .nb_inplace = OPS(proxy_inplace_), .neg = proxy_neg,         \
    .pos = proxy_pos, .invert = proxy_invert, .abs = proxy_abs, .to_int = proxy_int, .to_float = proxy_float, \
    .index = proxy_index

static TrType proxy_type = {.ob = {&tr_type_type}, .name = "weakref.ProxyType", PROXY_SLOTS};
static TrType callable_proxy_type = {.ob = {&tr_type_type}, .name = "weakref.CallableProxyType", PROXY_SLOTS,
                                     .call = proxy_call};
#undef PROXY_SLOTS
#undef OPS

static TrType ref_type = {
    .ob = {&tr_type_type}, .name = "weakref.ReferenceType", .flags = TR_TF_BASETYPE, .basicsize = sizeof(TrWeakRef),
    .repr = ref_repr, .hash = ref_hash, .richcompare = ref_richcompare, .call = ref_call,
    .new_ = ref_new, .init = ref_init,
};

/* ---------------------------------------------------------------- functions */

static TrValue weakref_proxy(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_no_kwargs("_weakref.proxy", kwnames) < 0) return 0;
    if (nargs < 1) return tr_err(TR_EXC_TYPE(TypeError), "proxy expected at least 1 argument, got 0");
    if (nargs > 2) return tr_err(TR_EXC_TYPE(TypeError), "proxy expected at most 2 arguments, got %zu", nargs);
    TrType *t = tr_callable(args[0]) ? &callable_proxy_type : &proxy_type;
    return weakref_make(t, args[0], nargs > 1 ? args[1] : 0);
}

static int one_argument(const char *fname, size_t nargs, TrValue kwnames) {
    if (tr_no_kwargs(fname, kwnames) < 0) return -1;
    if (nargs != 1) {
        tr_err(TR_EXC_TYPE(TypeError), "%s() takes exactly one argument (%zu given)", fname, nargs);
        return -1;
    }
    return 0;
}

static TrValue weakref_getweakrefs(TrValue *args, size_t nargs, TrValue kwnames) {
    if (one_argument("_weakref.getweakrefs", nargs, kwnames) < 0) return 0;
    WeakList *l = list_find(args[0]);
    return l ? list_refs(l) : tr_list_new(0);
}

/* obj.__weakref__ (class.c): the first of its references, or 0 */
static TrValue first_weakref(TrValue obj) {
    WeakList *l = list_find(obj);
    if (!l) return 0;
    TrValue refs = list_refs(l);
    return TR_LIST(refs)->len ? tr_list_items(TR_LIST(refs))[0] : 0;
}

static TrValue weakref_getweakrefcount(TrValue *args, size_t nargs, TrValue kwnames) {
    if (one_argument("_weakref.getweakrefcount", nargs, kwnames) < 0) return 0;
    WeakList *l = list_find(args[0]);
    return TR_FROM_SMALL(l ? TR_LIST(list_refs(l))->len : 0);
}

static const TrMethodDef weakref_functions[] = {
    {"proxy", weakref_proxy}, {"getweakrefs", weakref_getweakrefs}, {"getweakrefcount", weakref_getweakrefcount},
    {0},
};

/* The runtime's types CPython lets you weakly reference (tp_weaklistoffset set); user
 * classes get the flag when they are created (class.c), C types of the stdlib in their
 * own definitions. */
static TrType *const weakrefable_builtins[] = {
    &tr_type_type, &tr_set_type, &tr_frozenset_type, &tr_function_type, &tr_builtin_type, &tr_method_type,
    &tr_generator_type, &tr_coroutine_type, &tr_async_generator_type, &tr_module_type, &tr_memoryview_type,
    &tr_generic_alias_type, &tr_file_type,
};

static void ready_type(TrType *t, const char *name) {
    t->module = TR_INTERN("weakref");
    t->qualname = tr_str_intern(name);
    tr_type_ready(t);
}

TrValue trmod___weakref_init(void) {
    static TrValue m;
    if (m) return m;
    m = tr_module_new("_weakref", 0, NULL, NULL);
    tr_add_roots(&m, sizeof m);
    tr_add_roots(&buckets, sizeof buckets);
    tr_add_roots(&dead_queue, sizeof dead_queue);
    for (size_t i = 0; i < sizeof weakrefable_builtins / sizeof *weakrefable_builtins; i++)
        weakrefable_builtins[i]->flags |= TR_TF_WEAKREFABLE;
    ready_type(&ref_type, "ReferenceType");
    tr_type_add_getter(&ref_type, "__callback__", ref_get_callback);
    tr_type_add_methods(&ref_type, tr_class_getitem_methods);
    ready_type(&proxy_type, "ProxyType");
    tr_type_add_methods(&proxy_type, proxy_methods);
    ready_type(&callable_proxy_type, "CallableProxyType");
    tr_type_add_methods(&callable_proxy_type, proxy_methods);
    tr_pending_calls_fn = run_dead_callbacks;
    tr_first_weakref_fn = first_weakref;
    tr_module_add(m, "ref", (TrValue)&ref_type);
    tr_module_add(m, "ReferenceType", (TrValue)&ref_type);
    tr_module_add(m, "ProxyType", (TrValue)&proxy_type);
    tr_module_add(m, "CallableProxyType", (TrValue)&callable_proxy_type);
    tr_module_add_functions(m, weakref_functions);
    return m;
}
