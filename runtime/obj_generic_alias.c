/* obj_generic_alias.c — types.GenericAlias: `list[int]`, `dict[str, list[float]]` (PEP 585).
 * Subscripting list, dict, tuple, set, frozenset or type gives an alias that remembers
 * its origin and arguments: repr as CPython 3.11, __origin__/__args__, calling it calls
 * the origin, other attributes come from the origin, `|` makes a union (obj_union.c).
 * The containers make them in their __class_getitem__ (tr_class_getitem_methods); type[int]
 * has no __class_getitem__, as in CPython: tr_getitem makes it. */
#include "tr.h"

typedef struct TrGenericAlias { TrObject ob; TrValue origin, args; /* class, tuple */ } TrGenericAlias;

TrType tr_generic_alias_type;

int tr_generic_alias_check(TrValue v) { return !TR_IS_SMALL(v) && TR_TYPE(v) == &tr_generic_alias_type; }

TrValue tr_generic_alias_new(TrValue origin, TrValue args) {
    TrGenericAlias *g = (TrGenericAlias *)tr_object_alloc(&tr_generic_alias_type, sizeof(TrGenericAlias));
    g->origin = origin;
    g->args = tr_tuple_check(args) ? args : tr_tuple_pack(1, args);
    return (TrValue)g;
}

/* How typing shows a member: a class by (module.)qualname, ... as "...", others by repr. */
int tr_type_repr_short(TrBuf *b, TrValue v) {
    if (v == tr_Ellipsis) { tr_buf_adds(b, "..."); return 0; }
    if (tr_isinstance_type(v, &tr_type_type)) {
        TrType *t = (TrType *)v;
        if (t == &tr_none_type) { tr_buf_adds(b, "None"); return 0; }
        const char *mod = t->module ? tr_str_cstr(t->module) : "builtins";
        if (strcmp(mod, "builtins")) tr_buf_printf(b, "%s.", mod);
        tr_buf_adds(b, t->qualname ? tr_str_cstr(t->qualname) : t->name);
        return 0;
    }
    TrValue r = tr_repr(v);
    if (!r) return -1;
    tr_buf_adds(b, tr_str_cstr(r));
    return 0;
}

/* collections.abc.Callable[[int, str], bool] keeps its arguments flattened in __args__
 * but shows them in brackets, as CPython's _CallableGenericAlias does (not `[..., R]`). */
static bool is_abc_callable(TrValue origin) {
    if (!tr_isinstance_type(origin, &tr_type_type)) return false;
    TrType *t = (TrType *)origin;
    return t->module && t->qualname && tr_str_eq_cstr(t->module, "collections.abc") && tr_str_eq_cstr(t->qualname, "Callable");
}

static TrValue alias_repr(TrValue self) {
    TrGenericAlias *g = (TrGenericAlias *)self;
    TrBuf b;
    tr_buf_init(&b);
    if (tr_type_repr_short(&b, g->origin) < 0) return 0;
    tr_buf_addc(&b, '[');
    size_t n = TR_TUPLE(g->args)->len;
    TrValue *items = TR_TUPLE(g->args)->items;
    bool params_in_brackets = n && is_abc_callable(g->origin) && !(n == 2 && items[0] == tr_Ellipsis);
    if (!n) tr_buf_adds(&b, "()");
    if (params_in_brackets) tr_buf_addc(&b, '[');
    for (size_t i = 0; i < n; i++) {
        if (params_in_brackets && i == n - 1) tr_buf_adds(&b, "], ");
        else if (i) tr_buf_adds(&b, ", ");
        if (tr_type_repr_short(&b, items[i]) < 0) return 0;
    }
    tr_buf_addc(&b, ']');
    return tr_buf_finish(&b);
}

static TrValue alias_call(TrValue self, TrValue *args, size_t nargs, TrValue kwnames) {
    return tr_call(((TrGenericAlias *)self)->origin, args, nargs, kwnames);
}

static TrValue alias_getattr(TrValue self, TrValue name) {
    TrGenericAlias *g = (TrGenericAlias *)self;
    if (tr_str_eq_cstr(name, "__origin__")) return g->origin;
    if (tr_str_eq_cstr(name, "__args__")) return g->args;
    if (tr_str_eq_cstr(name, "__parameters__")) return tr_tuple_from(NULL, 0);
    if (tr_str_eq_cstr(name, "__class__")) return (TrValue)&tr_generic_alias_type;
    return tr_getattr(g->origin, name);
}

static TrValue alias_richcompare(TrValue a, TrValue b, int op) {
    if (!tr_generic_alias_check(b) || (op != TR_EQ && op != TR_NE)) return tr_NotImplemented;
    TrGenericAlias *x = (TrGenericAlias *)a, *y = (TrGenericAlias *)b;
    int eq = x->origin == y->origin ? tr_equal(x->args, y->args) : 0;
    if (eq < 0) return 0;
    return tr_bool(eq == (op == TR_EQ));
}

static int64_t alias_hash(TrValue self) {
    TrGenericAlias *g = (TrGenericAlias *)self;
    int64_t h = tr_hash(g->args);
    if (h == -1) return -1;
    h ^= (int64_t)((uintptr_t)g->origin >> 4);
    return h == -1 ? -2 : h;
}

/* GenericAlias(origin, args): what a Python class's __class_getitem__ makes */
static TrValue alias_new(TrType *type, TrValue *args, size_t nargs, TrValue kwnames) {
    if (kwnames && TR_TUPLE(kwnames)->len) return tr_err(TR_EXC_TYPE(TypeError), "GenericAlias() takes no keyword arguments");
    if (nargs != 2) return tr_err(TR_EXC_TYPE(TypeError), "GenericAlias expected 2 arguments, got %zu", nargs);
    return tr_generic_alias_new(args[0], args[1]);
}

TrType tr_generic_alias_type = {
    .ob = {&tr_type_type}, .name = "GenericAlias", .basicsize = sizeof(TrGenericAlias),
    .repr = alias_repr, .call = alias_call, .getattr = alias_getattr,
    .richcompare = alias_richcompare, .hash = alias_hash, .new_ = alias_new,
};

/* C.__class_getitem__(args) of list, dict, tuple, set and frozenset (and their subclasses) */
static TrValue class_getitem(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_method_args(args, nargs, kwnames, "__class_getitem__", 1, 1) < 0) return 0;
    return tr_generic_alias_new(args[0], args[1]);
}
const TrMethodDef tr_class_getitem_methods[] = {{"__class_getitem__", class_getitem, TR_METH_CLASS}, {0}};

void tr_init_generic_alias(void) {
    tr_type_ready(&tr_generic_alias_type);
    tr_generic_alias_type.module = TR_INTERN("types");
}
