/* obj_code.c — code objects (types.CodeType): the read-only view of a compiled
 * function's TrCode that `f.__code__` returns, with CPython's co_* attributes, flags
 * and repr.  There is no bytecode: co_code, co_lnotab and co_linetable are empty
 * bytes, co_names is empty and co_consts is (None,).  One code object per TrCode, so
 * `f.__code__ is f.__code__` and two closures of one def share theirs, as in CPython.
 * co_freevars and co_cellvars are sorted by name as CPython's; __closure__ follows
 * co_freevars (tr_code_free_order). */
#include "tr.h"

typedef struct TrCodeObject { TrObject ob; const TrCode *code; } TrCodeObject;

TrType tr_code_type;

/* CPython's co_flags bits */
enum {
    CO_OPTIMIZED = 0x1, CO_NEWLOCALS = 0x2, CO_VARARGS = 0x4, CO_VARKEYWORDS = 0x8, CO_NESTED = 0x10,
    CO_GENERATOR = 0x20, CO_COROUTINE = 0x80, CO_ASYNC_GENERATOR = 0x200,
};

static TrValue code_objects; /* dict: TrCode address -> its code object */

TrValue tr_code_object(const TrCode *code) {
    TrValue key = TR_FROM_SMALL((intptr_t)code >> 2);
    TrValue c = tr_dict_get(code_objects, key);
    if (c) return c;
    TrCodeObject *o = (TrCodeObject *)tr_object_alloc(&tr_code_type, sizeof(TrCodeObject));
    o->code = code;
    if (tr_dict_set(code_objects, key, (TrValue)o) < 0) return 0;
    return (TrValue)o;
}

const TrCode *tr_code_of(TrValue codeobj) { return ((TrCodeObject *)codeobj)->code; }

static const TrCode *C(TrValue self) { return ((TrCodeObject *)self)->code; }

static size_t name_count(const char *const *names) {
    size_t n = 0;
    while (names && names[n]) n++;
    return n;
}

size_t tr_code_nfree(const TrCode *code) { return name_count(code->freevars); }

/* order[k]: the closure index of the k-th name of co_freevars (sorted by name) */
void tr_code_free_order(const TrCode *code, size_t *order) {
    size_t n = tr_code_nfree(code);
    for (size_t i = 0; i < n; i++) {
        size_t j = i;
        for (; j > 0 && strcmp(code->freevars[order[j - 1]], code->freevars[i]) > 0; j--) order[j] = order[j - 1];
        order[j] = i;
    }
}

static TrValue name_tuple(const char *const *names, bool sorted) {
    size_t n = name_count(names);
    TrValue t = tr_tuple_new(n);
    for (size_t i = 0; i < n; i++) {
        size_t j = i;
        if (sorted)
            for (; j > 0 && strcmp(tr_str_cstr(TR_TUPLE(t)->items[j - 1]), names[i]) > 0; j--)
                TR_TUPLE(t)->items[j] = TR_TUPLE(t)->items[j - 1];
        TR_TUPLE(t)->items[j] = tr_str_intern(names[i]);
    }
    return t;
}

static int code_flags(const TrCode *c) {
    if (c->flags & TR_CO_CLASS_BODY) return 0;
    int f = CO_OPTIMIZED | CO_NEWLOCALS;
    if (c->flags & TR_CO_VARARGS) f |= CO_VARARGS;
    if (c->flags & TR_CO_VARKW) f |= CO_VARKEYWORDS;
    if (c->flags & TR_CO_NESTED) f |= CO_NESTED;
    if (c->flags & TR_CO_GENERATOR) f |= CO_GENERATOR;
    if (c->flags & TR_CO_COROUTINE) f |= CO_COROUTINE;
    if (c->flags & TR_CO_ASYNC_GENERATOR) f |= CO_ASYNC_GENERATOR;
    return f;
}

static TrValue get_name(TrValue self) { return tr_str_from_cstr(C(self)->name); }
static TrValue get_qualname(TrValue self) { return tr_str_from_cstr(C(self)->qualname); }
static TrValue get_filename(TrValue self) { return tr_str_from_cstr(C(self)->filename); }
static TrValue get_firstlineno(TrValue self) { return TR_FROM_SMALL(C(self)->firstline); }
static bool is_class_body(TrValue self) { return C(self)->flags & TR_CO_CLASS_BODY; }
static TrValue get_argcount(TrValue self) { return TR_FROM_SMALL(is_class_body(self) ? 0 : C(self)->argcount); }
static TrValue get_posonlyargcount(TrValue self) { return TR_FROM_SMALL(C(self)->posonlycount); }
static TrValue get_kwonlyargcount(TrValue self) { return TR_FROM_SMALL(C(self)->kwonlycount); }
static TrValue get_nlocals(TrValue self) { return TR_FROM_SMALL(is_class_body(self) ? 0 : (int64_t)name_count(C(self)->varnames)); }
static TrValue get_varnames(TrValue self) { return is_class_body(self) ? tr_empty_tuple : name_tuple(C(self)->varnames, false); }
static TrValue get_cellvars(TrValue self) { return name_tuple(C(self)->cellvars, true); }
static TrValue get_freevars(TrValue self) { return name_tuple(C(self)->freevars, true); }
static TrValue get_flags(TrValue self) { return TR_FROM_SMALL(code_flags(C(self))); }
static TrValue get_names(TrValue self) { return tr_empty_tuple; }
static TrValue get_consts(TrValue self) {
    TrValue none = tr_None;
    return tr_tuple_from(&none, 1);
}
static TrValue get_empty_bytes(TrValue self) { return tr_bytes_new("", 0); }
static TrValue get_zero(TrValue self) { return TR_FROM_SMALL(0); }

/* co_lines(): one empty range at the first line (there is no bytecode to map) */
static TrValue code_co_lines(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_no_kwargs("co_lines", kwnames) < 0 || tr_check_nargs("co_lines", nargs, 1, 1) < 0) return 0;
    TrValue range[3] = {TR_FROM_SMALL(0), TR_FROM_SMALL(0), TR_FROM_SMALL(C(args[0])->firstline)};
    TrValue one = tr_tuple_from(range, 3);
    return tr_iter(tr_tuple_from(&one, 1));
}

static const char *str_field(const char *field, TrValue v) {
    if (!tr_str_check(v)) {
        tr_err(TR_EXC_TYPE(TypeError), "replace() argument '%s' must be str, not %s", field, tr_arg_type_name(v));
        return NULL;
    }
    return tr_str_cstr(v); /* strings are immutable and GC-held: the copy keeps v alive */
}

/* replace(*, co_name, co_qualname, co_filename, co_firstlineno): a copy of the code
 * with those changed (the fields that have no meaning without bytecode are not offered) */
static TrValue code_replace(TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kwlist[] = {"/self", "$co_firstlineno", "$co_name", "$co_qualname", "$co_filename", 0};
    TrValue a[5];
    if (tr_parse_args("replace", args, nargs, kwnames, kwlist, 1, a) < 0) return 0;
    TrCode *copy = tr_alloc(sizeof(TrCode));
    *copy = *C(a[0]);
    if (a[1]) {
        if (!tr_int_check(a[1]))
            return tr_err(TR_EXC_TYPE(TypeError), "'%s' object cannot be interpreted as an integer", TR_TYPE_NAME(a[1]));
        int64_t line;
        if (tr_int_as_i64(a[1], &line) < 0) return 0;
        copy->firstline = (int)line;
    }
    if (a[2] && !(copy->name = str_field("co_name", a[2]))) return 0;
    if (a[3] && !(copy->qualname = str_field("co_qualname", a[3]))) return 0;
    if (a[4] && !(copy->filename = str_field("co_filename", a[4]))) return 0;
    return tr_code_object(copy);
}

static TrValue code_repr(TrValue self) {
    const TrCode *c = C(self);
    return tr_str_fmt("<code object %s at %p, file \"%s\", line %d>", c->name, (void *)self, c->filename, c->firstline);
}

static const TrMethodDef code_methods[] = {
    {"co_lines", code_co_lines},
    {"replace", code_replace},
    {0},
};

TrType tr_code_type = {
    .ob = {&tr_type_type},
    .name = "code",
    .basicsize = sizeof(TrCodeObject),
    .repr = code_repr,
};

void tr_init_code(void) {
    code_objects = tr_dict_new();
    tr_add_roots(&code_objects, sizeof code_objects);
    tr_type_ready(&tr_code_type);
    tr_type_add_methods(&tr_code_type, code_methods);
    static const struct { const char *name; TrUnaryFn get; } getters[] = {
        {"co_name", get_name}, {"co_qualname", get_qualname}, {"co_filename", get_filename},
        {"co_firstlineno", get_firstlineno}, {"co_argcount", get_argcount},
        {"co_posonlyargcount", get_posonlyargcount}, {"co_kwonlyargcount", get_kwonlyargcount},
        {"co_nlocals", get_nlocals}, {"co_varnames", get_varnames}, {"co_cellvars", get_cellvars},
        {"co_freevars", get_freevars}, {"co_flags", get_flags}, {"co_names", get_names},
        {"co_consts", get_consts}, {"co_code", get_empty_bytes}, {"co_lnotab", get_empty_bytes},
        {"co_linetable", get_empty_bytes}, {"co_exceptiontable", get_empty_bytes}, {"co_stacksize", get_zero},
    };
    for (size_t i = 0; i < sizeof getters / sizeof getters[0]; i++)
        tr_type_add_getter(&tr_code_type, getters[i].name, getters[i].get);
}
