/* operator.c — the `operator` module: Python's operators as functions (add, lt,
 * getitem, not_, the in-place iadd..., and their __dunder__ aliases) and the callable
 * types itemgetter, attrgetter (dotted names) and methodcaller, with CPython 3.11's
 * reprs and error texts.  Assumes the runtime's generic operator entry points
 * (tr_binop, tr_inplace_op, tr_compare, ...), which give the same results and errors
 * as the operators themselves in compiled code. */
#include "tr.h"

#define NEW(T, type) ((T *)tr_object_alloc((type), (type)->basicsize))

static int nargs_ok(const char *name, size_t nargs, TrValue kwnames, size_t n) {
    if (tr_no_kwargs(name, kwnames) < 0) return -1;
    if (n == 1 && nargs != 1) { /* CPython's METH_O text */
        tr_err(TR_EXC_TYPE(TypeError), "_operator.%s() takes exactly one argument (%zu given)", name, nargs);
        return -1;
    }
    return tr_check_nargs(name, nargs, n, n);
}

/* the one argument of an itemgetter/attrgetter/methodcaller call */
static int call_args(const char *name, size_t nargs, TrValue kwnames) {
    if (tr_no_kwargs(name, kwnames) < 0) return -1;
    if (nargs == 1) return 0;
    tr_err(TR_EXC_TYPE(TypeError), "%s expected 1 argument, got %zu", name, nargs);
    return -1;
}

/* ---------------------------------------------------------------- binary operators */

#define BINOP(fname, OP, iname)                                                       \
    static TrValue op_##fname(TrValue *args, size_t nargs, TrValue kwnames) {         \
        if (nargs_ok(#fname, nargs, kwnames, 2) < 0) return 0;                        \
        return tr_binop(OP, args[0], args[1]);                                        \
    }                                                                                 \
    static TrValue op_i##fname(TrValue *args, size_t nargs, TrValue kwnames) {        \
        if (nargs_ok(iname, nargs, kwnames, 2) < 0) return 0;                         \
        return tr_inplace_op(OP, args[0], args[1]);                                   \
    }
BINOP(add, TR_ADD, "iadd")
BINOP(sub, TR_SUB, "isub")
BINOP(mul, TR_MUL, "imul")
BINOP(matmul, TR_MATMUL, "imatmul")
BINOP(truediv, TR_TRUEDIV, "itruediv")
BINOP(floordiv, TR_FLOORDIV, "ifloordiv")
BINOP(mod, TR_MOD, "imod")
BINOP(pow, TR_POW, "ipow")
BINOP(lshift, TR_LSHIFT, "ilshift")
BINOP(rshift, TR_RSHIFT, "irshift")
BINOP(and_, TR_AND, "iand")
BINOP(or_, TR_OR, "ior")
BINOP(xor, TR_XOR, "ixor")

#define CMPOP(fname, OP)                                                              \
    static TrValue op_##fname(TrValue *args, size_t nargs, TrValue kwnames) {         \
        if (nargs_ok(#fname, nargs, kwnames, 2) < 0) return 0;                        \
        return tr_compare(args[0], args[1], OP);                                      \
    }
CMPOP(lt, TR_LT)
CMPOP(le, TR_LE)
CMPOP(eq, TR_EQ)
CMPOP(ne, TR_NE)
CMPOP(gt, TR_GT)
CMPOP(ge, TR_GE)

/* ---------------------------------------------------------------- unary operators */

static TrValue op_neg(TrValue *args, size_t nargs, TrValue kwnames) {
    if (nargs_ok("neg", nargs, kwnames, 1) < 0) return 0;
    return tr_neg(args[0]);
}
static TrValue op_pos(TrValue *args, size_t nargs, TrValue kwnames) {
    if (nargs_ok("pos", nargs, kwnames, 1) < 0) return 0;
    return tr_pos(args[0]);
}
static TrValue op_invert(TrValue *args, size_t nargs, TrValue kwnames) {
    if (nargs_ok("invert", nargs, kwnames, 1) < 0) return 0;
    return tr_invert(args[0]);
}
static TrValue op_inv(TrValue *args, size_t nargs, TrValue kwnames) {
    if (nargs_ok("inv", nargs, kwnames, 1) < 0) return 0;
    return tr_invert(args[0]);
}
static TrValue op_abs(TrValue *args, size_t nargs, TrValue kwnames) {
    if (nargs_ok("abs", nargs, kwnames, 1) < 0) return 0;
    TrType *t = TR_TYPE(args[0]);
    if (!t->abs) return tr_err(TR_EXC_TYPE(TypeError), "bad operand type for abs(): '%s'", t->name);
    return t->abs(args[0]);
}
static TrValue op_not_(TrValue *args, size_t nargs, TrValue kwnames) {
    if (nargs_ok("not_", nargs, kwnames, 1) < 0) return 0;
    return tr_not(args[0]);
}
static TrValue op_truth(TrValue *args, size_t nargs, TrValue kwnames) {
    if (nargs_ok("truth", nargs, kwnames, 1) < 0) return 0;
    int t = tr_truthy(args[0]);
    return t < 0 ? 0 : tr_bool(t);
}
static TrValue op_index(TrValue *args, size_t nargs, TrValue kwnames) {
    if (nargs_ok("index", nargs, kwnames, 1) < 0) return 0;
    return tr_number_index(args[0]);
}
static TrValue op_is_(TrValue *args, size_t nargs, TrValue kwnames) {
    if (nargs_ok("is_", nargs, kwnames, 2) < 0) return 0;
    return tr_bool(args[0] == args[1]);
}
static TrValue op_is_not(TrValue *args, size_t nargs, TrValue kwnames) {
    if (nargs_ok("is_not", nargs, kwnames, 2) < 0) return 0;
    return tr_bool(args[0] != args[1]);
}

/* ---------------------------------------------------------------- sequences */

static bool is_sequence(TrValue v) {
    TrType *t = TR_TYPE(v);
    if (tr_dict_check(v)) return false;
    return t->getitem != 0 || tr_type_lookup(t, TR_INTERN("__getitem__"));
}

static TrValue op_concat(TrValue *args, size_t nargs, TrValue kwnames) {
    if (nargs_ok("concat", nargs, kwnames, 2) < 0) return 0;
    if (!is_sequence(args[0]))
        return tr_err(TR_EXC_TYPE(TypeError), "'%s' object can't be concatenated", TR_TYPE_NAME(args[0]));
    return tr_binop(TR_ADD, args[0], args[1]);
}
static TrValue op_iconcat(TrValue *args, size_t nargs, TrValue kwnames) {
    if (nargs_ok("iconcat", nargs, kwnames, 2) < 0) return 0;
    if (!is_sequence(args[0]))
        return tr_err(TR_EXC_TYPE(TypeError), "'%s' object can't be concatenated", TR_TYPE_NAME(args[0]));
    return tr_inplace_op(TR_ADD, args[0], args[1]);
}
static TrValue op_contains(TrValue *args, size_t nargs, TrValue kwnames) {
    if (nargs_ok("contains", nargs, kwnames, 2) < 0) return 0;
    int r = tr_contains(args[0], args[1]);
    return r < 0 ? 0 : tr_bool(r);
}
static TrValue op_countOf(TrValue *args, size_t nargs, TrValue kwnames) {
    if (nargs_ok("countOf", nargs, kwnames, 2) < 0) return 0;
    TrValue it = tr_iter(args[0]), v;
    if (!it) return 0;
    int64_t n = 0;
    while ((v = tr_next(it))) {
        int eq = v == args[1] ? 1 : tr_equal(v, args[1]);
        if (eq < 0) return 0;
        n += eq;
    }
    return tr_err_occurred() ? 0 : tr_int_from_i64(n);
}
static TrValue op_indexOf(TrValue *args, size_t nargs, TrValue kwnames) {
    if (nargs_ok("indexOf", nargs, kwnames, 2) < 0) return 0;
    TrValue it = tr_iter(args[0]), v;
    if (!it) return 0;
    int64_t n = 0;
    while ((v = tr_next(it))) {
        int eq = v == args[1] ? 1 : tr_equal(v, args[1]);
        if (eq < 0) return 0;
        if (eq) return tr_int_from_i64(n);
        n++;
    }
    if (tr_err_occurred()) return 0;
    return tr_err(TR_EXC_TYPE(ValueError), "sequence.index(x): x not in sequence");
}
static TrValue op_getitem(TrValue *args, size_t nargs, TrValue kwnames) {
    if (nargs_ok("getitem", nargs, kwnames, 2) < 0) return 0;
    return tr_getitem(args[0], args[1]);
}
static TrValue op_setitem(TrValue *args, size_t nargs, TrValue kwnames) {
    if (nargs_ok("setitem", nargs, kwnames, 3) < 0) return 0;
    return tr_setitem(args[0], args[1], args[2]) < 0 ? 0 : tr_None;
}
static TrValue op_delitem(TrValue *args, size_t nargs, TrValue kwnames) {
    if (nargs_ok("delitem", nargs, kwnames, 2) < 0) return 0;
    return tr_delitem(args[0], args[1]) < 0 ? 0 : tr_None;
}
static TrValue op_length_hint(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_no_kwargs("length_hint", kwnames) < 0 || tr_check_nargs("length_hint", nargs, 1, 2) < 0) return 0;
    TrValue dflt = nargs == 2 ? args[1] : TR_FROM_SMALL(0);
    if (!tr_int_check(dflt))
        return tr_err(TR_EXC_TYPE(TypeError), "'%s' object cannot be interpreted as an integer", TR_TYPE_NAME(dflt));
    TrType *t = TR_TYPE(args[0]);
    if (t->len) {
        intptr_t n = tr_len(args[0]);
        if (n >= 0) return tr_int_from_i64(n);
        if (!tr_err_is(TR_EXC_TYPE(TypeError))) return 0;
        tr_err_clear();
    }
    if (!tr_type_lookup(t, TR_INTERN("__length_hint__"))) return dflt;
    TrValue r = tr_call_method_cstr(args[0], "__length_hint__", 0);
    if (!r) {
        if (!tr_err_is(TR_EXC_TYPE(TypeError))) return 0;
        tr_err_clear();
        return dflt;
    }
    if (r == tr_NotImplemented) return dflt;
    if (!tr_int_check(r))
        return tr_err(TR_EXC_TYPE(TypeError), "__length_hint__ must be an integer, not %s", TR_TYPE_NAME(r));
    if (tr_int_sign(r) < 0) return tr_err(TR_EXC_TYPE(ValueError), "__length_hint__() should return >= 0");
    return r;
}
static TrValue op_call(TrValue *args, size_t nargs, TrValue kwnames) {
    if (nargs < 1) return tr_err(TR_EXC_TYPE(TypeError), "call() missing 1 required positional argument: 'obj'");
    return tr_call(args[0], args + 1, nargs - 1, kwnames);
}

/* ---------------------------------------------------------------- itemgetter */

typedef struct Getter { TrObject ob; TrValue items; /* tuple: keys, or attribute paths (tuples of str) */ } Getter;
static TrType itemgetter_type, attrgetter_type;

static TrValue itemgetter_new(TrType *type, TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_no_kwargs("itemgetter", kwnames) < 0) return 0;
    if (nargs < 1) return tr_err(TR_EXC_TYPE(TypeError), "itemgetter expected 1 argument, got 0");
    Getter *g = NEW(Getter, type);
    g->items = tr_tuple_from(args, nargs);
    return (TrValue)g;
}

static TrValue itemgetter_call(TrValue self, TrValue *args, size_t nargs, TrValue kwnames) {
    if (call_args("itemgetter", nargs, kwnames) < 0) return 0;
    TrTuple *items = TR_TUPLE(((Getter *)self)->items);
    if (items->len == 1) return tr_getitem(args[0], items->items[0]);
    TrValue r = tr_tuple_new(items->len);
    for (size_t i = 0; i < items->len; i++)
        if (!(TR_TUPLE(r)->items[i] = tr_getitem(args[0], items->items[i]))) return 0;
    return r;
}

static TrValue getter_repr(TrValue self, const char *name, bool attr) {
    Getter *g = (Getter *)self;
    TrTuple *items = TR_TUPLE(g->items);
    TrBuf b;
    tr_buf_init(&b);
    tr_buf_printf(&b, "operator.%s(", name);
    for (size_t i = 0; i < items->len; i++) {
        if (i) tr_buf_adds(&b, ", ");
        TrValue v = items->items[i];
        if (attr) { /* the dotted name again */
            TrTuple *path = TR_TUPLE(v);
            TrBuf p;
            tr_buf_init(&p);
            for (size_t j = 0; j < path->len; j++) {
                if (j) tr_buf_addc(&p, '.');
                tr_buf_add_str(&p, path->items[j]);
            }
            v = tr_buf_finish(&p);
        }
        if (tr_buf_add_repr(&b, v) < 0) return 0;
    }
    tr_buf_addc(&b, ')');
    return tr_buf_finish(&b);
}

static TrValue itemgetter_repr(TrValue self) { return getter_repr(self, "itemgetter", false); }

static TrType itemgetter_type = {
    .ob = {&tr_type_type}, .name = "itemgetter", .basicsize = sizeof(Getter),
    .repr = itemgetter_repr, .call = itemgetter_call, .new_ = itemgetter_new,
};

/* ---------------------------------------------------------------- attrgetter */

static TrValue attrgetter_new(TrType *type, TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_no_kwargs("attrgetter", kwnames) < 0) return 0;
    if (nargs < 1) return tr_err(TR_EXC_TYPE(TypeError), "attrgetter expected 1 argument, got 0");
    TrValue paths = tr_tuple_new(nargs);
    for (size_t i = 0; i < nargs; i++) {
        if (!tr_str_check(args[i])) return tr_err(TR_EXC_TYPE(TypeError), "attribute name must be a string");
        TrValue parts = tr_call_method_cstr(args[i], "split", 1, TR_INTERN("."));
        if (!parts) return 0;
        TrList *l = TR_LIST(parts);
        for (size_t j = 0; j < l->len; j++) tr_list_items(l)[j] = tr_str_intern(tr_str_cstr(tr_list_items(l)[j]));
        TR_TUPLE(paths)->items[i] = tr_tuple_from(tr_list_items(l), l->len);
    }
    Getter *g = NEW(Getter, type);
    g->items = paths;
    return (TrValue)g;
}

static TrValue attr_path(TrValue obj, TrValue path) {
    for (size_t j = 0; j < TR_TUPLE(path)->len && obj; j++) obj = tr_getattr(obj, TR_TUPLE(path)->items[j]);
    return obj;
}

static TrValue attrgetter_call(TrValue self, TrValue *args, size_t nargs, TrValue kwnames) {
    if (call_args("attrgetter", nargs, kwnames) < 0) return 0;
    TrTuple *items = TR_TUPLE(((Getter *)self)->items);
    if (items->len == 1) return attr_path(args[0], items->items[0]);
    TrValue r = tr_tuple_new(items->len);
    for (size_t i = 0; i < items->len; i++)
        if (!(TR_TUPLE(r)->items[i] = attr_path(args[0], items->items[i]))) return 0;
    return r;
}

static TrValue attrgetter_repr(TrValue self) { return getter_repr(self, "attrgetter", true); }

static TrType attrgetter_type = {
    .ob = {&tr_type_type}, .name = "attrgetter", .basicsize = sizeof(Getter),
    .repr = attrgetter_repr, .call = attrgetter_call, .new_ = attrgetter_new,
};

/* ---------------------------------------------------------------- methodcaller */

typedef struct MethodCaller { TrObject ob; TrValue name, args, kwnames, kwvalues; } MethodCaller;

static TrValue methodcaller_new(TrType *type, TrValue *args, size_t nargs, TrValue kwnames) {
    if (nargs < 1) return tr_err(TR_EXC_TYPE(TypeError), "methodcaller needs at least one argument, the method name");
    if (!tr_str_check(args[0])) return tr_err(TR_EXC_TYPE(TypeError), "method name must be a string");
    MethodCaller *m = NEW(MethodCaller, type);
    m->name = tr_str_intern(tr_str_cstr(args[0]));
    m->args = tr_tuple_from(args + 1, nargs - 1);
    size_t nkw = kwnames ? TR_TUPLE(kwnames)->len : 0;
    m->kwnames = nkw ? kwnames : 0;
    m->kwvalues = tr_tuple_from(args + nargs, nkw);
    return (TrValue)m;
}

static TrValue methodcaller_call(TrValue self, TrValue *args, size_t nargs, TrValue kwnames) {
    if (call_args("methodcaller", nargs, kwnames) < 0) return 0;
    MethodCaller *m = (MethodCaller *)self;
    size_t na = TR_TUPLE(m->args)->len, nk = TR_TUPLE(m->kwvalues)->len;
    TrValue f = tr_getattr(args[0], m->name);
    if (!f) return 0;
    TrValue *a = tr_alloc(sizeof(TrValue) * (na + nk + 1));
    memcpy(a, TR_TUPLE(m->args)->items, sizeof(TrValue) * na);
    memcpy(a + na, TR_TUPLE(m->kwvalues)->items, sizeof(TrValue) * nk);
    return tr_call(f, a, na, m->kwnames);
}

static TrValue methodcaller_repr(TrValue self) {
    MethodCaller *m = (MethodCaller *)self;
    TrBuf b;
    tr_buf_init(&b);
    tr_buf_adds(&b, "operator.methodcaller(");
    if (tr_buf_add_repr(&b, m->name) < 0) return 0;
    for (size_t i = 0; i < TR_TUPLE(m->args)->len; i++) {
        tr_buf_adds(&b, ", ");
        if (tr_buf_add_repr(&b, TR_TUPLE(m->args)->items[i]) < 0) return 0;
    }
    for (size_t i = 0; i < TR_TUPLE(m->kwvalues)->len; i++) {
        tr_buf_adds(&b, ", ");
        tr_buf_add_str(&b, TR_TUPLE(m->kwnames)->items[i]);
        tr_buf_addc(&b, '=');
        if (tr_buf_add_repr(&b, TR_TUPLE(m->kwvalues)->items[i]) < 0) return 0;
    }
    tr_buf_addc(&b, ')');
    return tr_buf_finish(&b);
}

static TrType methodcaller_type = {
    .ob = {&tr_type_type}, .name = "methodcaller", .basicsize = sizeof(MethodCaller),
    .repr = methodcaller_repr, .call = methodcaller_call, .new_ = methodcaller_new,
};

/* ---------------------------------------------------------------- module */

TrValue trmod_operator_init(void) {
    static TrValue m;
    if (m) return m;
    m = tr_module_new("operator", 0, NULL, NULL);
    tr_add_roots(&m, sizeof m);
#define F(n) {#n, op_##n}, {"__" #n "__", op_##n}
#define FI(n) F(n), F(i##n)
    static const TrMethodDef functions[] = {
        FI(add), FI(sub), FI(mul), FI(matmul), FI(truediv), FI(floordiv), FI(mod), FI(pow), FI(lshift),
        FI(rshift), {"and_", op_and_}, {"__and__", op_and_}, {"iand", op_iand_}, {"__iand__", op_iand_},
        {"or_", op_or_}, {"__or__", op_or_}, {"ior", op_ior_}, {"__ior__", op_ior_}, FI(xor),
        F(lt), F(le), F(eq), F(ne), F(gt), F(ge), F(neg), F(pos), F(invert), F(inv), F(abs),
        {"not_", op_not_}, {"__not__", op_not_}, {"truth", op_truth}, F(index), {"is_", op_is_}, {"is_not", op_is_not}, F(concat), F(iconcat),
        F(contains), F(getitem), F(setitem), F(delitem), {"countOf", op_countOf}, {"indexOf", op_indexOf},
        {"length_hint", op_length_hint}, F(call),
        {0},
    };
    tr_module_add_functions(m, functions);
    TrType *types[] = {&itemgetter_type, &attrgetter_type, &methodcaller_type};
    for (int i = 0; i < 3; i++) {
        types[i]->module = TR_INTERN("operator");
        tr_type_ready(types[i]);
        tr_module_add(m, types[i]->name, (TrValue)types[i]);
    }
    return m;
}
