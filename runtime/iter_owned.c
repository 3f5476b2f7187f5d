/* iter_owned.c — closing the generator a for loop owns when the loop ends early.
 * `for x in gen(...)` holds the only reference to the generator the call made, so
 * CPython's reference count drops to zero when a break or return leaves the loop, and
 * the generator is closed then: its `finally` blocks and `with` exits run before the
 * statement after the loop.  trc has no reference counts; the compiler marks such loops
 * (irgen.c) and calls tr_close_owned_iter on those exits.
 * Assumes: a generator function's call returns a generator nobody else references (its
 * own frame cannot name it), so closing it is exactly what CPython does; other
 * iterables are never closed.  Also the generators left in the main module's globals at
 * exit; finalize.c closes the generators and coroutines the collector found dead through
 * tr_close_owned_iter too. */
#include "tr.h"

static bool is_genfunc(TrValue f) {
    if (TR_IS_SMALL(f)) return false;
    if (TR_TYPE(f) == &tr_method_type) f = ((TrMethod *)f)->func;
    if (TR_IS_SMALL(f) || TR_TYPE(f) != &tr_function_type) return false;
    return ((TrFunc *)f)->code->flags & (TR_CO_GENERATOR | TR_CO_ASYNC_GENERATOR);
}

bool tr_calls_genfunc(TrValue callee) { return is_genfunc(callee); }

/* Whether calling what a class attribute gives (a function, staticmethod or
 * classmethod) runs a generator function. */
static bool class_attr_calls_genfunc(TrValue attr) {
    if (!attr || TR_IS_SMALL(attr)) return false;
    if (TR_TYPE(attr) == &tr_staticmethod_type || TR_TYPE(attr) == &tr_classmethod_type) {
        attr = tr_getattr_cstr(attr, "__func__");
        if (!attr) tr_err_clear();
        return attr && is_genfunc(attr);
    }
    return TR_TYPE(attr) == &tr_function_type && is_genfunc(attr);
}

/* Whether obj.name resolves, without running any code, to a generator function: a
 * module's global; on a class (whose metaclass has no attribute lookup of its own),
 * a function, staticmethod or classmethod of its MRO; on an object, one of its class
 * that it does not shadow in its __dict__, where its class has no attribute lookup of
 * its own.  Anything else counts as not owned. */
bool tr_method_calls_genfunc(TrValue obj, TrValue name) {
    if (TR_IS_SMALL(obj)) return false;
    TrType *t = TR_TYPE(obj);
    if (t == &tr_module_type) {
        TrValue *slot;
        TrDictEntry *entry;
        TrDict *dict;
        if (!tr_module_attr_place(obj, name, &slot, &entry, &dict)) return false;
        return is_genfunc(slot ? *slot : entry->value);
    }
    if (t->getattr == tr_type_type.getattr)
        return !tr_type_lookup(t, name) && class_attr_calls_genfunc(tr_type_lookup((TrType *)obj, name));
    if (t->getattr != tr_generic_getattr) return false;
    return class_attr_calls_genfunc(tr_type_lookup(t, name)) && !tr_instance_has_attr(obj, name);
}

void tr_close_owned_iter(TrValue it) {
    TrType *t = TR_TYPE(it);
    TrGen *g = (TrGen *)it;
    if (t == &tr_async_generator_type) {
        /* as CPython's finalizer: the event loop that first iterated it acloses it */
        if (g->hooks_inited && !g->closed && g->state != -1 && tr_agen_finalizer_hook)
            tr_agen_finalizer_hook(it);
        return;
    }
    if ((t != &tr_generator_type && t != &tr_coroutine_type) || g->state == -1) return;
    TrValue saved = tr_err_occurred() ? tr_err_fetch() : 0;
    if (!tr_gen_close(it)) {
        TrValue exc = tr_err_fetch();
        TrValue r = tr_repr(it);
        tr_err_clear();
        /* as CPython's default sys.unraisablehook: the exception alone, no chain */
        TrValue text = tr_format_exception(exc, false, 0);
        tr_err_clear();
        tr_flush_stdout();
        fprintf(stderr, "Exception ignored in: %s\n%s", r ? tr_str_cstr(r) : "<generator>",
                text ? tr_str_cstr(text) : "");
    }
    if (saved) tr_err_restore(saved);
}

static void close_if_suspended(TrValue v) {
    if (!TR_IS_SMALL(v) && TR_TYPE(v) == &tr_generator_type && ((TrGen *)v)->state > 0) tr_close_owned_iter(v);
}

/* At exit, after the atexit handlers: the suspended generators the main module's globals
 * hold, directly or as items of a list or tuple, closed in the order the globals were
 * made, as CPython closes them when it clears the module.  Nothing runs after, so no other
 * reference can use them again (a generator also held elsewhere closes here rather than
 * when CPython drops its last reference). */
void tr_close_main_generators(void) {
    TrValue main = tr_sys_modules ? tr_dict_get_str(tr_sys_modules, "__main__") : 0;
    TrValue globals = main ? tr_getattr_opt(main, TR_INTERN("__dict__")) : 0;
    if (!globals || !tr_dict_check(globals)) {
        tr_err_clear();
        return;
    }
    size_t pos = 0;
    TrValue key, value;
    while (tr_dict_next(globals, &pos, &key, &value)) {
        close_if_suspended(value);
        if (TR_IS_SMALL(value)) continue;
        if (TR_TYPE(value) == &tr_list_type && !TR_LIST(value)->float_boxes)
            for (size_t i = 0; i < TR_LIST(value)->len; i++) close_if_suspended(TR_LIST(value)->slots[i]);
        if (TR_TYPE(value) == &tr_tuple_type)
            for (size_t i = 0; i < ((TrTuple *)value)->len; i++) close_if_suspended(((TrTuple *)value)->items[i]);
    }
}
