/* func.c — calling: compiled functions (argument binding with CPython's error texts),
 * C builtins, bound methods, cells, the call dispatchers and argument parsing for C
 * functions (the recursion limit is frame_stack.c's).
 * Assumes: TrCode.impl receives exactly TR_CODE_NPARAMS bound parameters. */
#include "tr.h"

/* ---------------------------------------------------------------- functions */

TrValue tr_func_new(const TrCode *code, TrValue module_name, TrValue defaults, TrValue kwdefaults,
                    size_t nclosure, const TrValue *cells) {
    TrFunc *f = (TrFunc *)tr_object_alloc(&tr_function_type, sizeof(TrFunc));
    f->code = code;
    /* name and qualname: made on first use (generator expressions make a function each time) */
    f->module = module_name ? module_name : tr_None;
    f->doc = tr_None;
    f->defaults = defaults;
    f->kwdefaults = kwdefaults;
    f->nclosure = nclosure;
    if (nclosure) {
        f->closure = tr_alloc(sizeof(TrValue) * nclosure);
        memcpy(f->closure, cells, sizeof(TrValue) * nclosure);
    }
    return (TrValue)f;
}

TrValue tr_func_name(TrFunc *f) {
    if (!f->name) f->name = tr_str_intern(f->code->name);
    return f->name;
}

TrValue tr_func_qualname(TrFunc *f) {
    if (!f->qualname) f->qualname = tr_str_from_cstr(f->code->qualname);
    return f->qualname;
}

static const char *func_label(TrFunc *f) { return tr_str_cstr(tr_func_qualname(f)); }

/* "'a' and 'b'" / "'a', 'b' and 'c'" */
static TrValue name_list(const char **names, int n) {
    TrBuf b;
    tr_buf_init(&b);
    for (int i = 0; i < n; i++) {
        if (i) tr_buf_adds(&b, i == n - 1 ? (n > 2 ? ", and " : " and ") : ", ");
        tr_buf_printf(&b, "'%s'", names[i]);
    }
    return tr_buf_finish(&b);
}

static int missing_args(TrFunc *f, TrValue *out, int from, int to, const char *kind) {
    const char *names[64];
    int n = 0;
    for (int i = from; i < to && n < 64; i++)
        if (!out[i]) names[n++] = f->code->params[i];
    TrValue list = name_list(names, n);
    tr_err(TR_EXC_TYPE(TypeError), "%s() missing %d required %s argument%s: %s", func_label(f), n, kind,
           n == 1 ? "" : "s", tr_str_cstr(list));
    return -1;
}

/* The interned strs of code's parameter names: a direct-mapped memo by code address
 * (the array is GC memory the static memo keeps alive; interned strs live forever). */
static const TrValue *param_names(const TrCode *c) {
    static struct { const TrCode *code; TrValue *names; } memo[256];
    size_t h = ((uintptr_t)c >> 4) & 255;
    if (memo[h].code != c) {
        int n = c->argcount + c->kwonlycount;
        TrValue *names = tr_alloc(sizeof(TrValue) * (n ? n : 1));
        for (int i = 0; i < n; i++) names[i] = tr_str_intern(c->params[i]);
        memo[h].names = names;
        memo[h].code = c;
    }
    return memo[h].names;
}

/* The parameter in [from, to) that keyword `key` names, or -1.  Keyword names the
 * compiler emits are interned, so they match by pointer; an interned key that matched
 * none names no parameter, any other key is compared by content. */
static int keyword_slot(const TrCode *c, TrValue key, int from, int to) {
    const TrValue *names = param_names(c);
    for (int i = from; i < to; i++)
        if (names[i] == key) return i;
    if (TR_TYPE(key) == &tr_str_type && TR_STR(key)->interned) return -1;
    for (int i = from; i < to; i++)
        if (tr_str_eq_cstr(key, c->params[i])) return i;
    return -1;
}

int tr_bind_args(TrFunc *fn, TrValue *args, size_t nargs, TrValue kwnames, TrValue *out) {
    const TrCode *c = fn->code;
    int argc = c->argcount, kwonly = c->kwonlycount;
    int npar = TR_CODE_NPARAMS(c);
    int vararg_i = (c->flags & TR_CO_VARARGS) ? argc + kwonly : -1;
    int varkw_i = (c->flags & TR_CO_VARKW) ? argc + kwonly + (vararg_i >= 0) : -1;
    size_t nkw = kwnames ? TR_TUPLE(kwnames)->len : 0;
    for (int i = 0; i < npar; i++) out[i] = 0;

    size_t npos = nargs < (size_t)argc ? nargs : (size_t)argc;
    for (size_t i = 0; i < npos; i++) out[i] = args[i];
    if (nargs > (size_t)argc) {
        if (vararg_i < 0) {
            int ndef = fn->defaults ? (int)TR_TUPLE(fn->defaults)->len : 0;
            size_t kwgiven = 0;
            for (size_t k = 0; k < nkw; k++)
                for (int i = argc; i < argc + kwonly; i++)
                    if (tr_str_eq_cstr(TR_TUPLE(kwnames)->items[k], c->params[i])) kwgiven++;
            char takes[64];
            if (ndef) snprintf(takes, sizeof takes, "from %d to %d positional arguments", argc - ndef, argc);
            else snprintf(takes, sizeof takes, "%d positional argument%s", argc, argc == 1 ? "" : "s");
            if (kwgiven)
                tr_err(TR_EXC_TYPE(TypeError), "%s() takes %s but %zu positional argument%s (and %zu keyword-only argument%s) were given",
                       func_label(fn), takes, nargs, nargs == 1 ? "" : "s", kwgiven, kwgiven == 1 ? "" : "s");
            else
                tr_err(TR_EXC_TYPE(TypeError), "%s() takes %s but %zu %s given", func_label(fn), takes, nargs,
                       nargs == 1 ? "was" : "were");
            return -1;
        }
        out[vararg_i] = tr_tuple_from(args + argc, nargs - argc);
    } else if (vararg_i >= 0) {
        out[vararg_i] = tr_empty_tuple;
    }
    if (varkw_i >= 0) out[varkw_i] = tr_dict_new();
    for (size_t k = 0; k < nkw; k++) {
        TrValue key = TR_TUPLE(kwnames)->items[k];
        TrValue val = args[nargs + k];
        int slot = keyword_slot(c, key, c->posonlycount, argc + kwonly);
        if (slot < 0) {
            if (varkw_i >= 0) {
                if (tr_dict_set(out[varkw_i], key, val) < 0) return -1;
                continue;
            }
            /* as CPython: every positional-only name among the keywords, in parameter order */
            TrBuf names;
            tr_buf_init(&names);
            for (int i = 0; i < c->posonlycount; i++)
                for (size_t j = 0; j < nkw; j++)
                    if (tr_str_eq_cstr(TR_TUPLE(kwnames)->items[j], c->params[i])) {
                        tr_buf_printf(&names, "%s%s", names.len ? ", " : "", c->params[i]);
                        break;
                    }
            if (names.len) {
                tr_err(TR_EXC_TYPE(TypeError), "%s() got some positional-only arguments passed as keyword arguments: '%S'",
                       func_label(fn), tr_buf_finish(&names));
                return -1;
            }
            tr_err(TR_EXC_TYPE(TypeError), "%s() got an unexpected keyword argument '%s'", func_label(fn), tr_str_cstr(key));
            return -1;
        }
        if (out[slot]) {
            tr_err(TR_EXC_TYPE(TypeError), "%s() got multiple values for argument '%s'", func_label(fn), c->params[slot]);
            return -1;
        }
        out[slot] = val;
    }
    /* defaults */
    int ndef = fn->defaults ? (int)TR_TUPLE(fn->defaults)->len : 0;
    for (int i = argc - ndef; i < argc; i++)
        if (!out[i]) out[i] = TR_TUPLE(fn->defaults)->items[i - (argc - ndef)];
    for (int i = 0; i < argc; i++)
        if (!out[i]) return missing_args(fn, out, 0, argc, "positional");
    for (int i = argc; i < argc + kwonly; i++) {
        if (out[i]) continue;
        TrValue d = fn->kwdefaults ? tr_dict_get(fn->kwdefaults, param_names(c)[i]) : 0;
        if (d) out[i] = d;
    }
    for (int i = argc; i < argc + kwonly; i++)
        if (!out[i]) return missing_args(fn, out, argc, argc + kwonly, "keyword-only");
    return 0;
}

/* function.__call__ past its fast path: the arguments bound into a new array */
static __attribute__((noinline)) TrValue func_call_bound(TrFunc *f, TrValue *args, size_t nargs, TrValue kwnames) {
    const TrCode *c = f->code;
    int npar = TR_CODE_NPARAMS(c);
    TrValue stackbuf[16];
    TrValue *bound = npar <= 16 ? stackbuf : tr_alloc(sizeof(TrValue) * npar);
    size_t ndef = f->defaults ? TR_TUPLE(f->defaults)->len : 0;
    if (!kwnames && npar == c->argcount && nargs < c->argcount && nargs + ndef >= c->argcount) {
        /* only positional parameters, the defaults complete them: f(x) of def f(x, k=1) */
        size_t first_default = c->argcount - ndef;
        for (size_t i = 0; i < nargs; i++) bound[i] = args[i];
        for (size_t i = nargs; i < c->argcount; i++) bound[i] = TR_TUPLE(f->defaults)->items[i - first_default];
        return c->impl(f, bound);
    }
    if (tr_bind_args(f, args, nargs, kwnames, bound) < 0) return 0;
    return c->impl(f, bound);
}

/* Exactly the positional parameters: the code at once, a tail call */
static TrValue func_call(TrValue callable, TrValue *args, size_t nargs, TrValue kwnames) {
    TrFunc *f = (TrFunc *)callable;
    const TrCode *c = f->code;
    if (TR_LIKELY(!kwnames && nargs == c->argcount && !c->kwonlycount && !(c->flags & (TR_CO_VARARGS | TR_CO_VARKW))))
        return c->impl(f, args);
    return func_call_bound(f, args, nargs, kwnames);
}

static TrValue func_descr_get(TrValue descr, TrValue obj, TrValue type) {
    if (!obj) return descr;
    return tr_method_new(descr, obj);
}

static TrValue func_repr(TrValue self) {
    return tr_str_fmt("<function %s at %p>", tr_str_cstr(tr_func_qualname((TrFunc *)self)), (void *)self);
}

/* __closure__: the cells in co_freevars order, or None */
static TrValue func_closure(TrFunc *f) {
    if (!f->nclosure) return tr_None;
    size_t order[f->nclosure];
    tr_code_free_order(f->code, order);
    TrValue t = tr_tuple_new(f->nclosure);
    for (size_t i = 0; i < f->nclosure; i++) TR_TUPLE(t)->items[i] = f->closure[order[i]];
    return t;
}

/* f.__code__ = code: runs code's implementation from now on (same free variable count) */
static int func_set_code(TrFunc *f, TrValue v) {
    if (!v || TR_TYPE(v) != &tr_code_type) {
        tr_err(TR_EXC_TYPE(TypeError), "__code__ must be set to a code object");
        return -1;
    }
    const TrCode *code = tr_code_of(v);
    if (tr_code_nfree(code) != f->nclosure) {
        tr_err(TR_EXC_TYPE(ValueError), "%s() requires a code object with %zu free vars, not %zu",
               tr_str_cstr(tr_func_name(f)), f->nclosure, tr_code_nfree(code));
        return -1;
    }
    tr_func_name(f); /* the function keeps its names */
    tr_func_qualname(f);
    f->code = code;
    return 0;
}

static TrValue func_getattr(TrValue self, TrValue name) {
    TrFunc *f = (TrFunc *)self;
    const char *n = tr_str_cstr(name);
    if (!strcmp(n, "__name__")) return tr_func_name(f);
    if (!strcmp(n, "__qualname__")) return tr_func_qualname(f);
    if (!strcmp(n, "__module__")) return f->module;
    if (!strcmp(n, "__doc__")) return f->doc;
    if (!strcmp(n, "__defaults__")) return f->defaults ? f->defaults : tr_None;
    if (!strcmp(n, "__kwdefaults__")) return f->kwdefaults ? f->kwdefaults : tr_None;
    if (!strcmp(n, "__dict__")) { if (!f->dict) f->dict = tr_dict_new(); return f->dict; }
    if (!strcmp(n, "__code__")) return tr_code_object(f->code);
    if (!strcmp(n, "__closure__")) return func_closure(f);
    if (!strcmp(n, "__globals__")) return f->code->module ? tr_getattr_cstr(*f->code->module, "__dict__") : tr_dict_new();
    if (!strcmp(n, "__builtins__")) return tr_builtins_dict;
    if (!strcmp(n, "__annotations__")) { if (!f->annotations) f->annotations = tr_dict_new(); return f->annotations; }
    if (f->dict) {
        TrValue v = tr_dict_get(f->dict, name);
        if (v) return v;
    }
    return tr_generic_getattr(self, name);
}

static int func_setattr(TrValue self, TrValue name, TrValue v) {
    TrFunc *f = (TrFunc *)self;
    const char *n = tr_str_cstr(name);
    if (v && !strcmp(n, "__name__")) { f->name = v; return 0; }
    if (v && !strcmp(n, "__qualname__")) { f->qualname = v; return 0; }
    if (v && !strcmp(n, "__doc__")) { f->doc = v; return 0; }
    if (v && !strcmp(n, "__module__")) { f->module = v; return 0; }
    if (!strcmp(n, "__code__")) return func_set_code(f, v);
    if (!strcmp(n, "__closure__") || !strcmp(n, "__globals__") || !strcmp(n, "__builtins__")) {
        tr_err(TR_EXC_TYPE(AttributeError), "readonly attribute");
        return -1;
    }
    if (!strcmp(n, "__annotations__")) {
        if (v && !tr_dict_check(v)) {
            tr_err(TR_EXC_TYPE(TypeError), "__annotations__ must be set to a dict object");
            return -1;
        }
        f->annotations = v;
        return 0;
    }
    if (!strcmp(n, "__defaults__") || !strcmp(n, "__kwdefaults__")) {
        bool kw = n[2] == 'k';
        if (v && v != tr_None && !(kw ? tr_dict_check(v) : tr_tuple_check(v))) {
            tr_err(TR_EXC_TYPE(TypeError), "%s must be set to a %s object", n, kw ? "dict" : "tuple");
            return -1;
        }
        if (kw) f->kwdefaults = v == tr_None ? 0 : v;
        else f->defaults = v == tr_None ? 0 : v;
        return 0;
    }
    if (!f->dict) f->dict = tr_dict_new();
    if (v) return tr_dict_set(f->dict, name, v);
    return tr_dict_del(f->dict, name);
}

TrType tr_function_type = {
    .ob = {&tr_type_type},
    .name = "function",
    .basicsize = sizeof(TrFunc),
    .repr = func_repr,
    .call = func_call,
    .descr_get = func_descr_get,
    .getattr = func_getattr,
    .setattr = func_setattr,
};

/* ---------------------------------------------------------------- builtins */

TrValue tr_builtin_new(const char *name, TrCFunc fn) {
    TrBuiltin *b = (TrBuiltin *)tr_object_alloc(&tr_builtin_type, sizeof(TrBuiltin));
    b->name = name;
    b->fn = fn;
    return (TrValue)b;
}

/* Call fn with self prepended (no heap allocation for small argument counts). */
static TrValue call_with_self(TrCFunc fn, TrValue self, TrValue *args, size_t nargs, TrValue kwnames) {
    size_t total = nargs + 1 + (kwnames ? TR_TUPLE(kwnames)->len : 0);
    TrValue stackbuf[16];
    TrValue *a = total <= 16 ? stackbuf : tr_alloc(sizeof(TrValue) * total);
    tr_args_with_self(a, self, args, total - 1);
    return fn(a, nargs + 1, kwnames);
}

/* A slot wrapper, unbound (str.__add__) or bound ('a'.__add__): CPython's wrapper_descriptor
 * and method-wrapper checks of the receiver, keywords and argument count. */
/* Whether CPython's wrapper of this slot counts its arguments with
 * PyArg_UnpackTuple(args, "", ...), whose texts start with the empty name and a space
 * (the setters, and a sequence's repeat), rather than check_num_args. */
static bool wrapper_unpacks(const TrBuiltin *b) {
    static const char *const unpacking[] = {"__setitem__", "__setattr__", "__set__"};
    for (size_t i = 0; i < sizeof unpacking / sizeof unpacking[0]; i++)
        if (!strcmp(b->name, unpacking[i])) return true;
    bool repeat = !strcmp(b->name, "__mul__") || !strcmp(b->name, "__rmul__") || !strcmp(b->name, "__imul__");
    return repeat && b->owner->len;
}

static TrValue slot_wrapper_call(TrBuiltin *b, TrValue *args, size_t nargs, TrValue kwnames) {
    TrValue self = b->self;
    if (!self) {
        if (nargs < 1)
            return tr_err(TR_EXC_TYPE(TypeError), "descriptor '%s' of '%s' object needs an argument", b->name, b->owner->name);
        if (!tr_isinstance_type(args[0], b->owner))
            return tr_err(TR_EXC_TYPE(TypeError), "descriptor '%s' requires a '%s' object but received a '%s'", b->name,
                          b->owner->name, TR_TYPE_NAME(args[0]));
        self = args[0];
        args++, nargs--;
    }
    if (b->slot_max >= 0) {
        if (kwnames && TR_TUPLE(kwnames)->len)
            return tr_err(TR_EXC_TYPE(TypeError), "wrapper %s() takes no keyword arguments", b->name);
        int min = b->slot_min, max = b->slot_max;
        if (min == max && nargs != (size_t)min)
            return tr_err(TR_EXC_TYPE(TypeError), "%sexpected %d argument%s, got %zu", wrapper_unpacks(b) ? " " : "", min,
                          min == 1 ? "" : "s", nargs);
        if (nargs < (size_t)min) /* CPython's PyArg_UnpackTuple with the name "" */
            return tr_err(TR_EXC_TYPE(TypeError), " expected at least %d argument%s, got %zu", min, min == 1 ? "" : "s", nargs);
        if (nargs > (size_t)max)
            return tr_err(TR_EXC_TYPE(TypeError), " expected at most %d argument%s, got %zu", max, max == 1 ? "" : "s", nargs);
    }
    return call_with_self(b->fn, self, args, nargs, kwnames);
}

static TrValue builtin_call(TrValue callable, TrValue *args, size_t nargs, TrValue kwnames) {
    TrBuiltin *b = (TrBuiltin *)callable;
    if (b->kind == TR_METH_SLOT) return slot_wrapper_call(b, args, nargs, kwnames);
    if (b->self) return call_with_self(b->fn, b->self, args, nargs, kwnames);
    if (b->owner && b->kind == TR_METH_INSTANCE) {
        if (nargs < 1)
            return tr_err(TR_EXC_TYPE(TypeError), "unbound method %s.%s() needs an argument", b->owner->name, b->name);
        if (!tr_isinstance_type(args[0], b->owner))
            return tr_err(TR_EXC_TYPE(TypeError), "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
                          b->name, b->owner->name, TR_TYPE_NAME(args[0]));
    }
    return b->fn(args, nargs, kwnames);
}

static TrValue builtin_descr_get(TrValue descr, TrValue obj, TrValue type) {
    TrBuiltin *b = (TrBuiltin *)descr;
    if (!obj || !b->owner || b->self) return descr;
    if (!tr_isinstance_type(obj, b->owner))
        return tr_err(TR_EXC_TYPE(TypeError), "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
                      b->name, b->owner->name, TR_TYPE_NAME(obj));
    TrBuiltin *bound = (TrBuiltin *)tr_builtin_new(b->name, b->fn);
    bound->self = obj;
    bound->owner = b->owner;
    if (b->kind == TR_METH_SLOT) {
        bound->kind = TR_METH_SLOT;
        bound->slot_min = b->slot_min;
        bound->slot_max = b->slot_max;
    }
    return (TrValue)bound;
}

static TrValue builtin_repr(TrValue self) {
    TrBuiltin *b = (TrBuiltin *)self;
    bool slot = b->kind == TR_METH_SLOT;
    if (b->self)
        return tr_str_fmt(slot ? "<method-wrapper '%s' of %s object at %p>" : "<built-in method %s of %s object at %p>",
                          b->name, TR_TYPE_NAME(b->self), (void *)b->self);
    if (slot) return tr_str_fmt("<slot wrapper '%s' of '%s' objects>", b->name, b->owner->name);
    if (b->owner) return tr_str_fmt("<method '%s' of '%s' objects>", b->name, b->owner->name);
    return tr_str_fmt("<built-in function %s>", b->name);
}

static TrValue builtin_getattr(TrValue self, TrValue name) {
    TrBuiltin *b = (TrBuiltin *)self;
    if (tr_str_eq_cstr(name, "__name__") || tr_str_eq_cstr(name, "__qualname__")) return tr_str_from_cstr(b->name);
    if (tr_str_eq_cstr(name, "__self__")) return b->self ? b->self : tr_None;
    if (tr_str_eq_cstr(name, "__module__") && (b->self || !b->owner)) /* a method descriptor has none */
        return b->module ? b->module : tr_None;
    if (tr_str_eq_cstr(name, "__doc__")) {
        const char *doc = tr_method_doc(b);
        return doc ? tr_str_from_cstr(doc) : tr_None;
    }
    return tr_generic_getattr(self, name);
}

static TrValue builtin_richcompare(TrValue a, TrValue b, int op) {
    if ((op != TR_EQ && op != TR_NE) || TR_TYPE(b) != &tr_builtin_type) return tr_NotImplemented;
    TrBuiltin *x = (TrBuiltin *)a, *y = (TrBuiltin *)b;
    /* the owner too: types share generic C slots (str.__repr__ and bytes.__repr__ differ) */
    int eq = x->fn == y->fn && x->self == y->self && x->owner == y->owner;
    return tr_bool(op == TR_EQ ? eq : !eq);
}

/* consistent with ==: the C function, the bound object's and the owner's identity
 * (CPython's meth_hash) */
static int64_t builtin_hash(TrValue self) {
    TrBuiltin *b = (TrBuiltin *)self;
    return (int64_t)(((uintptr_t)b->fn >> 4) ^ ((uintptr_t)b->self >> 3) ^ ((uintptr_t)b->owner >> 5)) &
           INT64_MAX;
}

TrType tr_builtin_type = {
    .ob = {&tr_type_type},
    .name = "builtin_function_or_method",
    .basicsize = sizeof(TrBuiltin),
    .repr = builtin_repr,
    .call = builtin_call,
    .descr_get = builtin_descr_get,
    .getattr = builtin_getattr,
    .richcompare = builtin_richcompare,
    .hash = builtin_hash,
};

/* ---------------------------------------------------------------- bound methods */

TrValue tr_method_new(TrValue func, TrValue self) {
    TrMethod *m = (TrMethod *)tr_object_alloc(&tr_method_type, sizeof(TrMethod));
    m->func = func;
    m->self = self;
    return (TrValue)m;
}

static TrValue method_call(TrValue callable, TrValue *args, size_t nargs, TrValue kwnames) {
    TrMethod *m = (TrMethod *)callable;
    size_t total = nargs + 1 + (kwnames ? TR_TUPLE(kwnames)->len : 0);
    TrValue stackbuf[16];
    TrValue *a = total <= 16 ? stackbuf : tr_alloc(sizeof(TrValue) * total);
    tr_args_with_self(a, m->self, args, total - 1);
    return tr_call(m->func, a, nargs + 1, kwnames);
}

static TrValue method_repr(TrValue self) {
    TrMethod *m = (TrMethod *)self;
    TrValue q = tr_getattr_opt(m->func, TR_INTERN("__qualname__"));
    TrValue r = tr_repr(m->self);
    if (!r) return 0;
    return tr_str_fmt("<bound method %s of %s>", q ? tr_str_cstr(q) : "?", tr_str_cstr(r));
}

static TrValue method_getattr(TrValue self, TrValue name) {
    TrMethod *m = (TrMethod *)self;
    if (tr_str_eq_cstr(name, "__self__")) return m->self;
    if (tr_str_eq_cstr(name, "__func__")) return m->func;
    return tr_getattr(m->func, name);
}

static TrValue method_richcompare(TrValue a, TrValue b, int op) {
    if ((op != TR_EQ && op != TR_NE) || TR_TYPE(b) != &tr_method_type) return tr_NotImplemented;
    TrMethod *x = (TrMethod *)a, *y = (TrMethod *)b;
    int eq = x->func == y->func && x->self == y->self;
    return tr_bool(op == TR_EQ ? eq : !eq);
}

static int64_t method_hash(TrValue self) {
    TrMethod *m = (TrMethod *)self;
    return (int64_t)(((uintptr_t)m->func >> 4) ^ ((uintptr_t)m->self >> 3)) & INT64_MAX;
}

/* types.MethodType(function, instance) */
static TrValue method_new(TrType *type, TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_no_kwargs("method", kwnames) < 0) return 0;
    if (nargs != 2) return tr_err(TR_EXC_TYPE(TypeError), "method expected 2 arguments, got %zu", nargs);
    if (!tr_callable(args[0])) return tr_err(TR_EXC_TYPE(TypeError), "first argument must be callable");
    if (args[1] == tr_None) return tr_err(TR_EXC_TYPE(TypeError), "instance must not be None");
    return tr_method_new(args[0], args[1]);
}

TrType tr_method_type = {
    .ob = {&tr_type_type},
    .name = "method",
    .new_ = method_new,
    .basicsize = sizeof(TrMethod),
    .repr = method_repr,
    .call = method_call,
    .getattr = method_getattr,
    .richcompare = method_richcompare,
    .hash = method_hash,
};

/* ---------------------------------------------------------------- cells */

TrValue tr_cell_new(TrValue v) {
    TrCell *c = (TrCell *)tr_object_alloc(&tr_cell_type, sizeof(TrCell));
    c->value = v;
    return (TrValue)c;
}

static TrValue cell_get_contents(TrValue self) {
    if (!TR_CELL(self)->value) return tr_err(TR_EXC_TYPE(ValueError), "Cell is empty");
    return TR_CELL(self)->value;
}

static int cell_set_contents(TrValue self, TrValue v) {
    TR_CELL(self)->value = v; /* 0: del cell.cell_contents empties it */
    return 0;
}

static TrValue cell_repr(TrValue self) {
    TrValue v = TR_CELL(self)->value;
    if (!v) return tr_str_fmt("<cell at %p: empty>", (void *)self);
    return tr_str_fmt("<cell at %p: %s object at %p>", (void *)self, TR_TYPE_NAME(v), (void *)v);
}

TrType tr_cell_type = {.ob = {&tr_type_type}, .name = "cell", .basicsize = sizeof(TrCell), .repr = cell_repr};

/* ---------------------------------------------------------------- dispatch */

TrValue tr_call(TrValue callable, TrValue *args, size_t nargs, TrValue kwnames) {
    TrType *t = TR_TYPE(callable);
    if (TR_UNLIKELY(!t->call))
        return tr_err(TR_EXC_TYPE(TypeError), "'%s' object is not callable", t->name);
    return t->call(callable, args, nargs, kwnames);
}

TrValue tr_call0(TrValue callable) { return tr_call(callable, NULL, 0, 0); }
TrValue tr_call1(TrValue callable, TrValue a) { return tr_call(callable, &a, 1, 0); }
TrValue tr_call2(TrValue callable, TrValue a, TrValue b) {
    TrValue args[2] = {a, b};
    return tr_call(callable, args, 2, 0);
}

int tr_callable(TrValue v) { return TR_TYPE(v)->call != NULL; }

/* Calls a method m that tr_is_plain_method admits for args[0] */
static TrValue call_plain_method(TrValue m, TrValue *args, size_t nargs, TrValue kwnames) {
    if (TR_TYPE(m) == &tr_function_type) return func_call(m, args, nargs, kwnames);
    return ((TrBuiltin *)m)->fn(args, nargs, kwnames);
}

/* m is a C method descriptor that binds to obj (builtin_descr_get); a plain builtin
 * such as abs stored in a class does not bind */
static inline bool is_method_descriptor_of(TrValue m, TrValue obj) {
    const TrBuiltin *b = (const TrBuiltin *)m;
    return TR_TYPE(m) == &tr_builtin_type && b->kind == TR_METH_INSTANCE && !b->self && b->owner &&
           (TR_TYPE(obj) == b->owner || tr_isinstance_type(obj, b->owner));
}

bool tr_is_plain_method(TrValue m, TrValue obj) {
    return TR_TYPE(m) == &tr_function_type || is_method_descriptor_of(m, obj);
}

TrValue tr_type_method_descriptor(TrType *t, const char *name) {
    TrValue m = tr_type_lookup(t, tr_str_intern(name));
    if (!m || TR_TYPE(m) != &tr_builtin_type) return 0;
    const TrBuiltin *b = (const TrBuiltin *)m;
    return b->kind == TR_METH_INSTANCE && !b->self && b->owner == t ? m : 0;
}

TrValue tr_call_method(TrValue name, TrValue *args, size_t nargs, TrValue kwnames) {
    TrValue obj = args[0];
    TrType *t = TR_TYPE(obj);
    if (t->getattr == tr_generic_getattr || t->getattr == tr_object_type.getattr) {
        TrValue m = tr_type_lookup(t, name);
        if (m && tr_is_plain_method(m, obj) && !tr_instance_has_attr(obj, name))
            return call_plain_method(m, args, nargs, kwnames);
    }
    size_t total = nargs + (kwnames ? TR_TUPLE(kwnames)->len : 0); /* keyword values follow */
    if (t == &tr_super_type && total <= 8) { /* super().f(...): no bound method */
        TrValue recv, f = tr_super_function(obj, name, &recv);
        if (f) {
            TrValue a[8];
            a[0] = recv;
            memcpy(a + 1, args + 1, sizeof(TrValue) * (total - 1));
            return func_call(f, a, nargs, kwnames);
        }
        if (tr_err_occurred()) return 0;
    }
    TrValue attr = tr_getattr(obj, name);
    if (!attr) return 0;
    return tr_call(attr, args + 1, nargs - 1, kwnames);
}

/* The value of a method cache entry for a module or class (type 0): 0 when it moved or
 * went (a class entry's epoch is checked by its caller) */
static TrValue receiver_entry_value(const TrMethodCacheEntry *e) {
    if (e->slot) return *e->slot;
    if (e->index >= e->dict->nentries || e->dict->entries[e->index].key != e->key) return 0;
    return e->dict->entries[e->index].value;
}

TrValue tr_module_attr_cached(TrValue obj, TrValue name, TrMethodCache *c) {
    if (TR_IS_SMALL(obj) || obj->type != &tr_module_type) return 0;
    for (int k = 0; k < TR_ATTR_CACHE_WAYS; k++)
        if (obj == c->e[k].module) return receiver_entry_value(&c->e[k]);
    return tr_method_cache_fill(obj, name, c);
}

/* A call site's cache missed: fill it, then call */
static __attribute__((noinline)) TrValue call_method_fill(TrValue name, TrValue *args, size_t nargs,
                                                          TrValue kwnames, TrMethodCache *c) {
    TrValue obj = args[0];
    TrValue m = tr_method_cache_fill(obj, name, c);
    if (m) {
        if (obj->type == &tr_module_type) return tr_call(m, args + 1, nargs - 1, kwnames);
        return call_plain_method(m, args, nargs, kwnames);
    }
    return tr_call_method(name, args, nargs, kwnames);
}

/* A cached C method: called if it binds to the receiver, else the cache is filled again */
static __attribute__((noinline)) TrValue call_cached_builtin(TrValue m, TrValue name, TrValue *args, size_t nargs,
                                                             TrValue kwnames, TrMethodCache *c) {
    if (!is_method_descriptor_of(m, args[0])) return call_method_fill(name, args, nargs, kwnames, c);
    return ((TrBuiltin *)m)->fn(args, nargs, kwnames);
}

/* Cls.name(...) from a class's entry (object.c's class_method_fill): what Cls's MRO
 * holds, read afresh, called as type's getattr would bind it (a function or C function
 * unbound, a staticmethod's function, a classmethod's bound to Cls); anything else
 * takes the generic call, an entry that no longer holds the fill. */
static __attribute__((noinline)) TrValue call_class_entry(const TrMethodCacheEntry *e, TrValue name, TrValue *args,
                                                          size_t nargs, TrValue kwnames, TrMethodCache *c) {
    TrValue v = *e->group == e->epoch ? receiver_entry_value(e) : 0;
    if (!v) return call_method_fill(name, args, nargs, kwnames, c);
    TrType *vt = TR_TYPE(v);
    if (vt == &tr_function_type) return func_call(v, args + 1, nargs - 1, kwnames);
    if (vt == &tr_builtin_type) return tr_call(v, args + 1, nargs - 1, kwnames); /* type's getattr leaves it unbound */
    TrValue f = tr_wrapped_function(v);
    if (f && vt == &tr_staticmethod_type) return tr_call(f, args + 1, nargs - 1, kwnames);
    if (f && TR_TYPE(f) == &tr_function_type) return func_call(f, args, nargs, kwnames); /* bound to Cls */
    return tr_call_method(name, args, nargs, kwnames);
}

/* n.name(...) of a small int, which has no type word for the cache to compare: int's
 * C method straight from the type cache (a subclass cannot be a small int) */
static __attribute__((noinline)) TrValue call_small_int_method(TrValue name, TrValue *args, size_t nargs,
                                                               TrValue kwnames) {
    TrValue m = tr_type_lookup(&tr_int_type, name);
    if (m && is_method_descriptor_of(m, args[0])) return ((TrBuiltin *)m)->fn(args, nargs, kwnames);
    return tr_call_method(name, args, nargs, kwnames);
}

/* Every path ends in a tail call (a def's code, a C method, the fill), so the hit path
 * keeps no registers of its own. */
TrValue tr_call_method_cached(TrValue name, TrValue *args, size_t nargs, TrValue kwnames, TrMethodCache *c) {
    TrValue obj = args[0];
    if (TR_IS_SMALL(obj)) return call_small_int_method(name, args, nargs, kwnames);
    for (int k = 0; k < TR_ATTR_CACHE_WAYS; k++) {
        const TrMethodCacheEntry *e = &c->e[k];
        if (obj->type != e->type) {
            if (obj != e->module) continue;
            if (e->group) return call_class_entry(e, name, args, nargs, kwnames, c);
            TrValue f = receiver_entry_value(e);
            if (!f) break;
            return tr_call(f, args + 1, nargs - 1, kwnames);
        }
        TrValue m = tr_method_cache_entry_method(e, obj); /* the class may have replaced it */
        if (!m) break;
        if (TR_LIKELY(TR_TYPE(m) == &tr_function_type)) return func_call(m, args, nargs, kwnames);
        return call_cached_builtin(m, name, args, nargs, kwnames, c);
    }
    return call_method_fill(name, args, nargs, kwnames, c);
}

TrValue tr_call_method_cstr(TrValue obj, const char *name, size_t nargs, ...) {
    TrValue args[8];
    args[0] = obj;
    va_list ap;
    va_start(ap, nargs);
    for (size_t i = 0; i < nargs && i < 7; i++) args[i + 1] = va_arg(ap, TrValue);
    va_end(ap);
    return tr_call_method(tr_str_intern(name), args, nargs + 1, 0);
}

TrValue tr_call_ex(TrValue callable, TrValue argtuple, TrValue kwdict) {
    size_t npos = TR_TUPLE(argtuple)->len;
    size_t nkw = kwdict ? tr_dict_len(kwdict) : 0;
    TrValue *a = tr_alloc(sizeof(TrValue) * (npos + nkw + 1));
    memcpy(a, TR_TUPLE(argtuple)->items, sizeof(TrValue) * npos);
    TrValue kwnames = 0;
    if (nkw) {
        kwnames = tr_tuple_new(nkw);
        size_t pos = 0, i = 0;
        TrValue k, v;
        while (tr_dict_next(kwdict, &pos, &k, &v)) {
            TR_TUPLE(kwnames)->items[i] = k;
            a[npos + i] = v;
            i++;
        }
    }
    return tr_call(callable, a, npos, kwnames);
}

/* ---------------------------------------------------------------- C argument parsing */

/* fname may be module-qualified ("binascii.a2b_uu"): the calling convention's checks
 * name a function so (CPython's _PyObject_FunctionStr), Argument Clinic's by its own
 * name after the last dot. */
static const char *clinic_name(const char *fname) {
    const char *dot = strrchr(fname, '.');
    return dot ? dot + 1 : fname;
}

int tr_no_kwargs(const char *fname, TrValue kwnames) {
    if (kwnames && TR_TUPLE(kwnames)->len) {
        tr_err(TR_EXC_TYPE(TypeError), "%s() takes no keyword arguments", fname);
        return -1;
    }
    return 0;
}

const char *tr_arg_type_name(TrValue v) { return v == tr_None ? "None" : TR_TYPE_NAME(v); }

int tr_check_nargs(const char *fname, size_t nargs, size_t min, size_t max) {
    if (nargs >= min && nargs <= max) return 0;
    if (min == max && min <= 1) { /* METH_NOARGS, METH_O */
        tr_err(TR_EXC_TYPE(TypeError), min ? "%s() takes exactly one argument (%zu given)" : "%s() takes no arguments (%zu given)",
               fname, nargs);
        return -1;
    }
    const char *name = clinic_name(fname); /* _PyArg_CheckPositional */
    if (min == max)
        tr_err(TR_EXC_TYPE(TypeError), "%s expected %zu arguments, got %zu", name, min, nargs);
    else if (nargs < min)
        tr_err(TR_EXC_TYPE(TypeError), "%s expected at least %zu argument%s, got %zu", name, min, min == 1 ? "" : "s", nargs);
    else
        tr_err(TR_EXC_TYPE(TypeError), "%s expected at most %zu argument%s, got %zu", name, max, max == 1 ? "" : "s", nargs);
    return -1;
}

/* The builtin type that defines the method `name` called on self: the first builtin
 * class in self's MRO (or, for a class method, in self's own when self is a class) whose
 * namespace holds the name.  CPython's method descriptors name a method by it
 * ("str.center()", "int.bit_length()" for True, "float.fromhex()"). */
static const char *method_owner_name(TrValue self, const char *name) {
    TrType *t = TR_TYPE(self);
    for (int pass = 0; pass < 2; pass++) {
        TrValue mro = t->mro;
        for (size_t i = 0; mro && i < TR_TUPLE(mro)->len; i++) {
            TrType *c = (TrType *)TR_TUPLE(mro)->items[i];
            if (!(c->flags & TR_TF_HEAPTYPE) && c->dict && tr_dict_get_str(c->dict, name)) return c->name;
        }
        if (!tr_isinstance_type(self, &tr_type_type)) break;
        t = (TrType *)self;
    }
    return TR_TYPE(self)->name;
}

int tr_method_args(TrValue *args, size_t nargs, TrValue kwnames, const char *name, size_t min, size_t max) {
    size_t given = nargs - 1;
    bool has_keywords = kwnames && TR_TUPLE(kwnames)->len;
    if (TR_LIKELY(!has_keywords && given >= min && given <= max)) return 0;
    const char *method = clinic_name(name);
    TrValue qualified = method != name ? tr_str_from_cstr(name) : tr_str_fmt("%s.%s", method_owner_name(args[0], name), name);
    if (has_keywords) return tr_no_kwargs(tr_str_cstr(qualified), kwnames);
    return tr_check_nargs(tr_str_cstr(qualified), given, min, max);
}

/* Whose TypeError texts parse_args gives: CPython's C functions' (by their calling
 * convention), those of its keyword parser always, or a Python def's */
typedef enum { PARSE_C, PARSE_C_KEYWORDS, PARSE_PY } ParseTexts;

/* Binds args/kwnames to kwlist (see tr.h) */
static int parse_args(const char *fname, TrValue *args, size_t nargs, TrValue kwnames, const char *const *kwlist,
                      size_t nrequired, TrValue *out, ParseTexts texts) {
    bool py = texts == PARSE_PY;
    size_t nparams = 0, npositional = 0;
    while (kwlist[nparams]) {
        if (kwlist[nparams][0] != '$') npositional = nparams + 1;
        nparams++;
    }
    for (size_t i = 0; i < nparams; i++) out[i] = 0;
    if (texts == PARSE_C && (!nparams || kwlist[nparams - 1][0] == '/')) { /* no keywords: METH_NOARGS, METH_O, FASTCALL */
        if (tr_no_kwargs(fname, kwnames) < 0 || tr_check_nargs(fname, nargs, nrequired, nparams) < 0) return -1;
        for (size_t i = 0; i < nparams; i++) out[i] = i < nargs ? args[i] : 0;
        return 0;
    }
    if (!py) fname = clinic_name(fname);
    size_t nkw = kwnames ? TR_TUPLE(kwnames)->len : 0;
    size_t minpos = nrequired < npositional ? nrequired : npositional;
    if (!py && nargs + nkw > nparams) { /* CPython's _PyArg_UnpackKeywords counts all arguments first */
        tr_err(TR_EXC_TYPE(TypeError), "%s() takes at most %zu %sargument%s (%zu given)", fname, nparams,
               nargs ? "" : "keyword ", nparams == 1 ? "" : "s", nargs + nkw);
        return -1;
    }
    if (nargs > npositional) {
        if (!py && !npositional)
            tr_err(TR_EXC_TYPE(TypeError), "%s() takes no positional arguments", fname);
        else if (!py)
            tr_err(TR_EXC_TYPE(TypeError), "%s() takes %s %zu positional argument%s (%zu given)", fname,
                   minpos < npositional ? "at most" : "exactly", npositional, npositional == 1 ? "" : "s", nargs);
        else if (minpos == npositional)
            tr_err(TR_EXC_TYPE(TypeError), "%s() takes %zu positional argument%s but %zu %s given", fname, npositional,
                   npositional == 1 ? "" : "s", nargs, nargs == 1 ? "was" : "were");
        else
            tr_err(TR_EXC_TYPE(TypeError), "%s() takes from %zu to %zu positional arguments but %zu were given", fname,
                   minpos, npositional, nargs);
        return -1;
    }
    for (size_t i = 0; i < nargs; i++) out[i] = args[i];
    for (size_t k = 0; k < nkw; k++) {
        TrValue key = TR_TUPLE(kwnames)->items[k];
        size_t slot = nparams;
        for (size_t i = 0; i < nparams; i++) {
            const char *pn = kwlist[i];
            if (pn[0] == '/') continue;
            if (pn[0] == '$') pn++;
            if (tr_str_eq_cstr(key, pn)) { slot = i; break; }
        }
        if (slot == nparams) {
            if (py) tr_err(TR_EXC_TYPE(TypeError), "%s() got an unexpected keyword argument '%s'", fname, tr_str_cstr(key));
            else tr_err(TR_EXC_TYPE(TypeError), "'%s' is an invalid keyword argument for %s()", tr_str_cstr(key), fname);
            return -1;
        }
        if (out[slot]) {
            if (py) tr_err(TR_EXC_TYPE(TypeError), "%s() got multiple values for argument '%s'", fname, tr_str_cstr(key));
            else
                tr_err(TR_EXC_TYPE(TypeError), "argument for %s() given by name ('%s') and position (%zu)", fname,
                       tr_str_cstr(key), slot + 1);
            return -1;
        }
        out[slot] = args[nargs + k];
    }
    size_t nmissing = 0;
    for (size_t i = 0; i < nrequired; i++) nmissing += !out[i];
    if (!nmissing) return 0;
    if (!py) {
        for (size_t i = 0; i < nrequired; i++)
            if (!out[i]) {
                const char *pn = kwlist[i];
                if (pn[0] == '/' || pn[0] == '$') pn++;
                tr_err(TR_EXC_TYPE(TypeError), "%s() missing required argument '%s' (pos %zu)", fname, pn, i + 1);
                return -1;
            }
    }
    TrBuf b;
    tr_buf_init(&b);
    size_t seen = 0;
    bool kwonly = false;
    for (size_t i = 0; i < nrequired; i++) {
        if (out[i]) continue;
        const char *pn = kwlist[i];
        if (pn[0] == '$') kwonly = true;
        if (pn[0] == '/' || pn[0] == '$') pn++;
        if (seen) tr_buf_adds(&b, seen == nmissing - 1 ? (nmissing > 2 ? ", and " : " and ") : ", ");
        tr_buf_printf(&b, "'%s'", pn);
        seen++;
    }
    tr_err(TR_EXC_TYPE(TypeError), "%s() missing %zu required %s argument%s: %s", fname, nmissing,
           kwonly ? "keyword-only" : "positional", nmissing == 1 ? "" : "s", tr_str_cstr(tr_buf_finish(&b)));
    return -1;
}

int tr_parse_args(const char *fname, TrValue *args, size_t nargs, TrValue kwnames, const char *const *kwlist,
                  size_t nrequired, TrValue *out) {
    return parse_args(fname, args, nargs, kwnames, kwlist, nrequired, out, PARSE_C);
}

/* tr_parse_args with the texts of CPython's keyword parser even when every parameter is
 * positional-only (Argument Clinic's methods that take their defining class, such as
 * zlib's Compress.flush) */
int tr_parse_args_keywords(const char *fname, TrValue *args, size_t nargs, TrValue kwnames, const char *const *kwlist,
                           size_t nrequired, TrValue *out) {
    return parse_args(fname, args, nargs, kwnames, kwlist, nrequired, out, PARSE_C_KEYWORDS);
}

/* tr_parse_args with the TypeError texts of a Python def (for C functions standing in
 * for functions CPython writes in Python: functools.wraps, copy.copy, ...). */
int tr_parse_args_py(const char *fname, TrValue *args, size_t nargs, TrValue kwnames, const char *const *kwlist,
                     size_t nrequired, TrValue *out) {
    return parse_args(fname, args, nargs, kwnames, kwlist, nrequired, out, PARSE_PY);
}

/* tr_parse_args with the texts of CPython's PyArg_ParseTupleAndKeywords, which C
 * modules without Argument Clinic use (mmap.mmap, faulthandler): "register() takes at
 * most 4 arguments (5 given)", "'foo' is an invalid keyword argument for register()",
 * "register() missing required argument 'signum' (pos 1)"; fname NULL for a format with
 * no function name ("function missing ...", "... for this function"). */
int tr_parse_args_old(const char *fname, TrValue *args, size_t nargs, TrValue kwnames, const char *const *kwlist,
                      size_t nrequired, TrValue *out) {
    size_t nparams = 0, nkw = kwnames ? TR_TUPLE(kwnames)->len : 0;
    while (kwlist[nparams]) nparams++;
    const char *name = fname ? fname : "function";
    if (nargs + nkw > nparams) {
        tr_err(TR_EXC_TYPE(TypeError), "%s%s takes at most %zu argument%s (%zu given)", name, fname ? "()" : "", nparams,
               nparams == 1 ? "" : "s", nargs + nkw);
        return -1;
    }
    for (size_t k = 0; k < nkw; k++) {
        size_t i = 0;
        while (i < nparams && !tr_str_eq_cstr(TR_TUPLE(kwnames)->items[k], kwlist[i])) i++;
        if (i == nparams) {
            tr_err(TR_EXC_TYPE(TypeError), "'%s' is an invalid keyword argument for %s%s",
                   tr_str_cstr(TR_TUPLE(kwnames)->items[k]), fname ? fname : "this function", fname ? "()" : "");
            return -1;
        }
    }
    for (size_t i = nargs; i < nrequired; i++) {
        bool given = false;
        for (size_t k = 0; k < nkw; k++) given |= tr_str_eq_cstr(TR_TUPLE(kwnames)->items[k], kwlist[i]);
        if (!given) {
            tr_err(TR_EXC_TYPE(TypeError), "%s%s missing required argument '%s' (pos %zu)", name, fname ? "()" : "",
                   kwlist[i], i + 1);
            return -1;
        }
    }
    return parse_args(name, args, nargs, kwnames, kwlist, nrequired, out, PARSE_C_KEYWORDS);
}

/* the type's __dict__ attribute (for dir() and hasattr; func_getattr answers first) */
static TrValue func_get_dict(TrValue self) { return func_getattr(self, TR_INTERN("__dict__")); }

void tr_init_func(void) {
    tr_type_ready(&tr_function_type);
    tr_type_add_getter(&tr_function_type, "__dict__", func_get_dict);
    tr_type_ready(&tr_builtin_type);
    tr_type_ready(&tr_method_type);
    tr_type_ready(&tr_cell_type);
    tr_type_add_getset(&tr_cell_type, "cell_contents", cell_get_contents, cell_set_contents);
}
