/* compiled.c — runtime entry points used only by generated C (see tr_compiled.h):
 * the slow paths of name lookups, keyword merging for f(**m), the `with` protocol,
 * assert and re-raise, each with CPython 3.11's error texts. */
#include "tr_compiled.h"

/* NameError for a missing global; it carries .name (and the names of the comprehension
 * or class body raising it, when given) for the traceback's suggestion */
static TrValue name_error(TrValue name, const char *const *scope_varnames) {
    tr_err(TR_EXC_TYPE(NameError), "name '%s' is not defined", tr_str_cstr(name));
    TrValue exc = tr_err_fetch(); /* set aside: attribute machinery expects no pending error */
    if (exc && TR_TYPE(exc) == TR_EXC_TYPE(NameError)) {
        tr_setattr(exc, TR_INTERN("name"), name);
        TR_EXC(exc)->scope_varnames = scope_varnames;
    }
    tr_err_restore(exc);
    return 0;
}

TrValue tr_global_missing_in(TrValue name, const char *const *varnames) {
    TrValue v = tr_dict_get(tr_builtins_dict, name);
    if (v) return v;
    return name_error(name, varnames);
}

TrValue tr_global_missing(TrValue name) { return tr_global_missing_in(name, 0); }

static const char *const no_varnames[] = {0}; /* a class body's co_varnames */

int tr_global_del(TrValue *slot, TrValue name) {
    if (!*slot) {
        name_error(name, 0);
        return -1;
    }
    *slot = 0;
    return 0;
}

TrValue tr_unbound_local(TrValue name) {
    return tr_err(TR_EXC_TYPE(UnboundLocalError),
                  "cannot access local variable '%s' where it is not associated with a value",
                  tr_str_cstr(name));
}

TrValue tr_unbound_cell(TrValue name, int is_free) {
    if (!is_free) return tr_unbound_local(name);
    return tr_err(TR_EXC_TYPE(NameError),
                  "cannot access free variable '%s' where it is not associated with a value in enclosing scope",
                  tr_str_cstr(name));
}

int tr_cell_del(TrValue cell, TrValue name) {
    if (!TR_CELL(cell)->value) { tr_unbound_local(name); return -1; }
    TR_CELL(cell)->value = 0;
    return 0;
}

/* A class body's namespace is a dict, or what the metaclass's __prepare__ returned: any
 * other mapping (a dict subclass included) is used through its item methods */
static bool ns_is_plain_dict(TrValue ns) { return TR_TYPE(ns) == &tr_dict_type; }

TrValue tr_ns_load(TrValue ns, TrValue name, TrValue *global_slot) {
    TrValue v;
    if (ns_is_plain_dict(ns)) v = tr_dict_get(ns, name);
    else {
        v = tr_getitem(ns, name);
        if (!v && tr_err_is(TR_EXC_TYPE(KeyError))) tr_err_clear();
    }
    if (v) return v;
    if (tr_err_occurred()) return 0;
    if (*global_slot) return *global_slot;
    return tr_global_missing_in(name, no_varnames);
}

int tr_ns_store(TrValue ns, TrValue name, TrValue v) {
    return ns_is_plain_dict(ns) ? tr_dict_set(ns, name, v) : tr_setitem(ns, name, v);
}

int tr_ns_del(TrValue ns, TrValue name) {
    if (!ns_is_plain_dict(ns)) {
        if (tr_delitem(ns, name) == 0) return 0;
        if (tr_err_is(TR_EXC_TYPE(KeyError))) {
            tr_err_clear();
            name_error(name, no_varnames);
        }
        return -1;
    }
    TrValue v = tr_dict_get(ns, name);
    if (!v) {
        if (!tr_err_occurred()) name_error(name, no_varnames);
        return -1;
    }
    return tr_dict_del(ns, name);
}

static int is_mapping(TrValue m) {
    return tr_dict_check(m) || tr_type_lookup(TR_TYPE(m), TR_INTERN("keys")) != 0;
}

int tr_dict_update_mapping(TrValue d, TrValue mapping) {
    if (!is_mapping(mapping)) {
        tr_err(TR_EXC_TYPE(TypeError), "'%s' object is not a mapping", TR_TYPE_NAME(mapping));
        return -1;
    }
    return tr_dict_update(d, mapping);
}

/* "__main__.f()" as CPython names a callee in argument errors */
/* How errors name a callee; generated code passes a str when there is no callable
 * (class keywords name "__build_class__()"). */
static TrValue callee_name(TrValue func) {
    if (tr_str_check(func)) return func;
    if (TR_TYPE(func) == &tr_function_type) {
        TrFunc *f = (TrFunc *)func;
        if (f->module && tr_str_check(f->module))
            return tr_str_fmt("%s.%s()", tr_str_cstr(f->module), tr_str_cstr(tr_func_qualname(f)));
        return tr_str_fmt("%s()", tr_str_cstr(tr_func_qualname(f)));
    }
    if (TR_TYPE(func) == &tr_method_type) return callee_name(((TrMethod *)func)->func);
    if (TR_TYPE(func) == &tr_builtin_type) return tr_str_fmt("%s()", ((TrBuiltin *)func)->name);
    return tr_str_fmt("%s object", TR_TYPE_NAME(func));
}

int tr_kwargs_add(TrValue kwargs, TrValue name, TrValue v, TrValue func) {
    TrValue old = tr_dict_get(kwargs, name);
    if (old) {
        TrValue who = callee_name(func);
        tr_err(TR_EXC_TYPE(TypeError), "%s got multiple values for keyword argument '%s'",
               who ? tr_str_cstr(who) : "function", tr_str_cstr(name));
        return -1;
    }
    return tr_dict_set(kwargs, name, v);
}

int tr_kwargs_merge(TrValue kwargs, TrValue mapping, TrValue func) {
    if (!is_mapping(mapping)) {
        TrValue who = callee_name(func);
        tr_err(TR_EXC_TYPE(TypeError), "%s argument after ** must be a mapping, not %s",
               who ? tr_str_cstr(who) : "function", TR_TYPE_NAME(mapping));
        return -1;
    }
    TrValue src = mapping;
    if (!tr_dict_check(mapping)) {
        src = tr_dict_new();
        if (!src || tr_dict_update(src, mapping) < 0) return -1;
    }
    size_t pos = 0;
    TrValue k, v;
    while (tr_dict_next(src, &pos, &k, &v)) {
        if (!tr_str_check(k)) {
            tr_err(TR_EXC_TYPE(TypeError), "keywords must be strings");
            return -1;
        }
        if (tr_kwargs_add(kwargs, k, v, func) < 0) return -1;
    }
    return 0;
}

/* class C(**m): the keywords of a dict as names and values */
static TrValue split_kwdict(TrValue kwargs, TrValue **values) {
    size_t n = ((TrDict *)kwargs)->used, pos = 0, i = 0;
    TrValue *keys = tr_alloc(sizeof(TrValue) * (n ? n : 1)), k, v;
    *values = tr_alloc(sizeof(TrValue) * (n ? n : 1));
    while (tr_dict_next(kwargs, &pos, &k, &v)) { keys[i] = k; (*values)[i++] = v; }
    return n ? tr_tuple_from(keys, n) : 0;
}

TrValue tr_class_prepare_kwdict(TrValue name, TrValue bases, TrValue kwargs) {
    TrValue *values, names = split_kwdict(kwargs, &values);
    return tr_class_prepare(name, bases, names, values);
}

TrValue tr_class_new_kwdict(TrValue name, TrValue bases, TrValue ns, TrValue kwargs) {
    TrValue *values, names = split_kwdict(kwargs, &values);
    return tr_class_new(name, bases, ns, names, values);
}

int tr_list_extend_star(TrValue list, TrValue v, TrValue func) {
    TrType *t = TR_TYPE(v);
    if (!t->iter && !t->getitem) {
        TrValue who = func ? callee_name(func) : 0;
        if (!func) tr_err(TR_EXC_TYPE(TypeError), "Value after * must be an iterable, not %s", t->name);
        else if (who) tr_err(TR_EXC_TYPE(TypeError), "%s argument after * must be an iterable, not %s", tr_str_cstr(who), t->name);
        return -1;
    }
    return tr_list_extend(list, v);
}

/* The bound exit method of a (sync or async) context manager, checked as CPython's
 * BEFORE_WITH / BEFORE_ASYNC_WITH do. */
static TrValue with_enter(TrValue mgr, const char *enter, const char *exit, const char *kind) {
    TrType *t = TR_TYPE(mgr);
    if (!tr_type_lookup(t, tr_str_intern(enter)))
        return tr_err(TR_EXC_TYPE(TypeError), "'%s' object does not support the %scontext manager protocol", t->name,
                      kind);
    if (!tr_type_lookup(t, tr_str_intern(exit)))
        return tr_err(TR_EXC_TYPE(TypeError),
                      "'%s' object does not support the %scontext manager protocol (missed %s method)", t->name, kind,
                      exit);
    return tr_getattr(mgr, tr_str_intern(exit));
}
TrValue tr_with_enter(TrValue mgr) { return with_enter(mgr, "__enter__", "__exit__", ""); }
TrValue tr_async_with_enter(TrValue mgr) { return with_enter(mgr, "__aenter__", "__aexit__", "asynchronous "); }
TrValue tr_with_exit_call(TrValue exit_method, TrValue exc) {
    TrValue args[3] = {tr_None, tr_None, tr_None};
    if (exc) args[0] = (TrValue)TR_TYPE(exc), args[1] = exc;
    return tr_call(exit_method, args, 3, 0);
}
int tr_with_exit(TrValue exit_method) { return tr_with_exit_call(exit_method, 0) ? 0 : -1; }
int tr_with_exit_exc(TrValue exit_method, TrValue exc) {
    TrValue r = tr_with_exit_call(exit_method, exc);
    if (!r) return -1;
    return tr_truthy(r);
}

void tr_assert_fail(TrValue msg) {
    if (msg) tr_err_value(TR_EXC_TYPE(AssertionError), msg);
    else tr_raise((TrValue)TR_EXC_TYPE(AssertionError));
}

void tr_reraise(TrValue exc) { tr_err_restore(exc); }

void tr_reraise_handled(void) {
    TrValue exc = tr_exc_handled();
    if (!exc || exc == tr_None) {
        tr_err(TR_EXC_TYPE(RuntimeError), "No active exception to reraise");
        return;
    }
    tr_err_restore(exc);
}

/* tr_range_loop_init's case of anything but range over small ints: an iterator over
 * the callee's result (0 on an error) */
TrValue tr_range_loop_iter(TrValue callee, TrValue *args, int nargs) {
    TrValue r = tr_call_positional(callee, args, (size_t)nargs);
    return r ? tr_iter(r) : 0;
}

TrValue tr_reversed_range_loop_iter(TrValue reversed, TrValue range, TrValue *args, int nargs) {
    TrValue r = tr_call_positional(range, args, (size_t)nargs);
    TrValue rev = r ? tr_call_positional(reversed, &r, 1) : 0;
    return rev ? tr_iter(rev) : 0;
}
