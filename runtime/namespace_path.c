/* _NamespacePath: the __path__ of a namespace package (PEP 420), as importlib's
 * _frozen_importlib_external._NamespacePath shows it: a wrapper around a list of
 * directories with repr "_NamespacePath([...])", iteration, len, `in`, indexing,
 * item assignment and append, and nothing else of a list (no +, no ==, no del).
 * Assumes the closed world: the path is fixed when the package is imported, so it is
 * never recalculated from the parent's path as importlib's is. */
#include "tr.h"

typedef struct {
    TrObject ob;
    TrValue paths; /* list of str */
} NamespacePath;

#define PATHS(v) (((NamespacePath *)(v))->paths)

static TrValue namespace_path_repr(TrValue self) {
    TrValue r = tr_repr(PATHS(self));
    return r ? tr_str_fmt("_NamespacePath(%s)", tr_str_cstr(r)) : 0;
}

static TrValue namespace_path_iter(TrValue self) { return tr_iter(PATHS(self)); }
static intptr_t namespace_path_len(TrValue self) { return tr_len(PATHS(self)); }
static TrValue namespace_path_getitem(TrValue self, TrValue index) { return tr_getitem(PATHS(self), index); }
static int namespace_path_contains(TrValue self, TrValue item) { return tr_contains(PATHS(self), item); }

static int namespace_path_setitem(TrValue self, TrValue index, TrValue v) {
    if (!v) {
        tr_err(TR_EXC_TYPE(AttributeError), "__delitem__");
        return -1;
    }
    return tr_setitem(PATHS(self), index, v);
}

static TrValue namespace_path_append(TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kwlist[] = {"self", "item", 0};
    TrValue a[2];
    if (tr_parse_args_py("_NamespacePath.append", args, nargs, kwnames, kwlist, 2, a) < 0) return 0;
    return tr_list_append(PATHS(a[0]), a[1]) < 0 ? 0 : tr_None;
}

static const TrMethodDef namespace_path_methods[] = {
    {"append", namespace_path_append, TR_METH_INSTANCE},
    {0},
};

static TrType namespace_path_type = {
    .ob = {&tr_type_type}, .name = "_NamespacePath", .basicsize = sizeof(NamespacePath),
    .repr = namespace_path_repr, .iter = namespace_path_iter, .len = namespace_path_len,
    .getitem = namespace_path_getitem, .setitem = namespace_path_setitem, .contains = namespace_path_contains,
};

TrValue tr_namespace_path_new(TrValue paths) {
    if (!namespace_path_type.mro) {
        tr_type_ready(&namespace_path_type);
        tr_type_add_methods(&namespace_path_type, namespace_path_methods);
        namespace_path_type.module = TR_INTERN("_frozen_importlib_external");
    }
    TrValue p = tr_object_alloc(&namespace_path_type, sizeof(NamespacePath));
    PATHS(p) = paths;
    return p;
}
