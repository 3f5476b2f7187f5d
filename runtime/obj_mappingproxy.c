/* obj_mappingproxy.c — types.MappingProxyType: a read-only, live view of a mapping.
 * `C.__dict__` of a class is one over the class namespace, so it sees later changes
 * and cannot change it; `types.MappingProxyType(d)` makes one over any mapping.
 * Reads, iteration, comparisons, `|` and copy() go to the mapping, as in CPython 3.11;
 * item assignment and deletion raise TypeError. */
#include "tr.h"

typedef struct TrMappingProxy { TrObject ob; TrValue mapping; } TrMappingProxy;

TrType tr_mappingproxy_type;

static TrValue target(TrValue self) { return ((TrMappingProxy *)self)->mapping; }

TrValue tr_mappingproxy_new(TrValue mapping) {
    /* CPython's test: subscriptable, and no list or tuple */
    if (TR_IS_SMALL(mapping) || !TR_TYPE(mapping)->getitem || tr_list_check(mapping) || tr_tuple_check(mapping))
        return tr_err(TR_EXC_TYPE(TypeError), "mappingproxy() argument must be a mapping, not %s", TR_TYPE_NAME(mapping));
    TrMappingProxy *p = (TrMappingProxy *)tr_object_alloc(&tr_mappingproxy_type, sizeof(TrMappingProxy));
    p->mapping = mapping;
    return (TrValue)p;
}

static TrValue mappingproxy_new(TrType *type, TrValue *args, size_t nargs, TrValue kwnames) {
    if (kwnames && TR_TUPLE(kwnames)->len == 1 && nargs == 0 && tr_str_eq_cstr(TR_TUPLE(kwnames)->items[0], "mapping"))
        return tr_mappingproxy_new(args[0]);
    if (tr_no_kwargs("mappingproxy", kwnames) < 0 || tr_check_nargs("mappingproxy", nargs, 1, 1) < 0) return 0;
    return tr_mappingproxy_new(args[0]);
}

static TrValue mappingproxy_repr(TrValue self) {
    TrValue r = tr_repr(target(self));
    return r ? tr_str_fmt("mappingproxy(%s)", tr_str_cstr(r)) : 0;
}

static TrValue mappingproxy_str(TrValue self) { return tr_str(target(self)); }

static TrValue mappingproxy_getitem(TrValue self, TrValue key) { return tr_getitem(target(self), key); }

static int mappingproxy_setitem(TrValue self, TrValue key, TrValue v) {
    tr_err(TR_EXC_TYPE(TypeError), v ? "'mappingproxy' object does not support item assignment"
                                     : "'mappingproxy' object does not support item deletion");
    return -1;
}

static intptr_t mappingproxy_len(TrValue self) { return tr_len(target(self)); }
static int mappingproxy_contains(TrValue self, TrValue key) { return tr_contains(target(self), key); }
static TrValue mappingproxy_iter(TrValue self) { return tr_iter(target(self)); }

static TrValue mappingproxy_richcompare(TrValue self, TrValue other, int op) {
    return tr_compare(target(self), other, op);
}

/* proxy | other and other | proxy: the mapping's own `|` (a new dict for a dict) */
static TrValue mappingproxy_or(TrValue a, TrValue b) {
    if (TR_TYPE(a) == &tr_mappingproxy_type) a = target(a);
    if (TR_TYPE(b) == &tr_mappingproxy_type) b = target(b);
    return tr_binop(TR_OR, a, b);
}

static TrValue mappingproxy_ior(TrValue a, TrValue b) {
    return tr_err(TR_EXC_TYPE(TypeError), "'|=' is not supported by mappingproxy; use '|' instead");
}

/* the mapping's method of that name, called with the proxy's arguments */
static TrValue forward(const char *name, TrValue *args, size_t nargs, TrValue kwnames) {
    TrValue m = tr_getattr(target(args[0]), tr_str_intern(name));
    return m ? tr_call(m, args + 1, nargs - 1, kwnames) : 0;
}
static TrValue mappingproxy_m_get(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_method_args(args, nargs, kwnames, "get", 1, 2) < 0) return 0;
    return forward("get", args, nargs, kwnames);
}
static TrValue mappingproxy_m_keys(TrValue *args, size_t nargs, TrValue kwnames) { return forward("keys", args, nargs, kwnames); }
static TrValue mappingproxy_m_values(TrValue *args, size_t nargs, TrValue kwnames) { return forward("values", args, nargs, kwnames); }
static TrValue mappingproxy_m_items(TrValue *args, size_t nargs, TrValue kwnames) { return forward("items", args, nargs, kwnames); }
static TrValue mappingproxy_m_copy(TrValue *args, size_t nargs, TrValue kwnames) { return forward("copy", args, nargs, kwnames); }
static TrValue mappingproxy_m_reversed(TrValue *args, size_t nargs, TrValue kwnames) {
    return tr_call1((TrValue)&tr_reversed_type, target(args[0]));
}

static const TrMethodDef mappingproxy_methods[] = {
    {"get", mappingproxy_m_get, TR_METH_INSTANCE},
    {"keys", mappingproxy_m_keys, TR_METH_INSTANCE},
    {"values", mappingproxy_m_values, TR_METH_INSTANCE},
    {"items", mappingproxy_m_items, TR_METH_INSTANCE},
    {"copy", mappingproxy_m_copy, TR_METH_INSTANCE},
    {"__reversed__", mappingproxy_m_reversed, TR_METH_INSTANCE},
    {0},
};

TrType tr_mappingproxy_type = {
    .ob = {&tr_type_type}, .name = "mappingproxy", .basicsize = sizeof(TrMappingProxy),
    .repr = mappingproxy_repr, .str = mappingproxy_str, .richcompare = mappingproxy_richcompare,
    .getitem = mappingproxy_getitem, .setitem = mappingproxy_setitem, .len = mappingproxy_len,
    .contains = mappingproxy_contains, .iter = mappingproxy_iter, .new_ = mappingproxy_new,
};

void tr_init_mappingproxy(void) {
    tr_mappingproxy_type.nb[TR_OR] = mappingproxy_or;
    tr_mappingproxy_type.nb_inplace[TR_OR] = mappingproxy_ior;
    tr_type_ready(&tr_mappingproxy_type);
    tr_type_add_methods(&tr_mappingproxy_type, mappingproxy_methods);
}
