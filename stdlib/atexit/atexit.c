/* atexit.c — the `atexit` module: functions the program registers to run at exit,
 * newest first, after the main module ends (normally, by sys.exit() or by an uncaught
 * exception, once its traceback is printed) and the non-daemon threads are joined;
 * tr_runtime_finish runs them through tr_atexit_hook, which importing this module sets.
 * os._exit() and fatal signals skip them.  As CPython 3.11: a callback that raises is
 * reported ("Exception ignored in atexit callback: <repr>" and the traceback on stderr)
 * and the others still run; unregister() blanks the entries equal to its argument, so
 * _ncallbacks() keeps counting them until the list is cleared; callbacks registered
 * while the callbacks run are dropped with the rest.
 * Each entry is a tuple (func, kwnames or None, positional args..., keyword values...),
 * or None once unregistered.  Assumes the GIL: only its holder touches the list, and a
 * callback may change it (the index is checked again after each call). */
#include "tr.h"

static TrValue callbacks; /* list of entries, oldest first */

/* register(func, *args, **kwargs) -> func */
static TrValue atexit_register(TrValue *args, size_t nargs, TrValue kwnames) {
    if (nargs == 0) return tr_err(TR_EXC_TYPE(TypeError), "register() takes at least 1 argument (0 given)");
    if (!tr_callable(args[0])) return tr_err(TR_EXC_TYPE(TypeError), "the first argument must be callable");
    size_t nkw = kwnames ? TR_TUPLE(kwnames)->len : 0;
    TrValue entry = tr_tuple_new(nargs + nkw + 1);
    TrValue *items = TR_TUPLE(entry)->items;
    items[0] = args[0];
    items[1] = nkw ? kwnames : tr_None;
    for (size_t i = 1; i < nargs + nkw; i++) items[i + 1] = args[i];
    if (tr_list_append(callbacks, entry) < 0) return 0;
    return args[0];
}

/* unregister(func): blanks every entry whose function == func */
static TrValue atexit_unregister(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_no_kwargs("atexit.unregister", kwnames) < 0) return 0;
    if (tr_check_nargs("atexit.unregister", nargs, 1, 1) < 0) return 0;
    for (size_t i = 0; i < TR_LIST(callbacks)->len; i++) {
        TrValue entry = tr_list_items(TR_LIST(callbacks))[i];
        if (entry == tr_None) continue;
        int eq = tr_equal(TR_TUPLE(entry)->items[0], args[0]);
        if (eq < 0) return 0;
        if (eq && i < TR_LIST(callbacks)->len && tr_list_items(TR_LIST(callbacks))[i] == entry)
            tr_list_items(TR_LIST(callbacks))[i] = tr_None;
    }
    return tr_None;
}

/* Calls one entry; a callback that raises is reported as CPython's unraisable hook does. */
static void call_entry(TrValue entry) {
    TrTuple *t = TR_TUPLE(entry);
    TrValue func = t->items[0], kwnames = t->items[1] == tr_None ? 0 : t->items[1];
    size_t nkw = kwnames ? TR_TUPLE(kwnames)->len : 0;
    if (tr_call(func, t->items + 2, t->len - 2 - nkw, kwnames)) return;
    TrValue exc = tr_err_fetch();
    TrValue r = tr_repr(func);
    if (!r) tr_err_clear();
    fflush(stdout);
    fprintf(stderr, "Exception ignored in atexit callback: %s\n", r ? tr_str_cstr(r) : "<object repr() failed>");
    tr_print_exception(exc);
}

/* Runs the callbacks registered so far, newest first, then empties the list. */
static void run_callbacks(void) {
    for (size_t i = TR_LIST(callbacks)->len; i-- > 0;) {
        if (i >= TR_LIST(callbacks)->len) continue; /* a callback cleared the list */
        TrValue entry = tr_list_items(TR_LIST(callbacks))[i];
        if (entry != tr_None) call_entry(entry);
    }
    TR_LIST(callbacks)->len = 0;
}

static TrValue atexit_run_exitfuncs(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_no_kwargs("atexit._run_exitfuncs", kwnames) < 0) return 0;
    if (tr_check_nargs("atexit._run_exitfuncs", nargs, 0, 0) < 0) return 0;
    run_callbacks();
    return tr_None;
}

static TrValue atexit_clear(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_no_kwargs("atexit._clear", kwnames) < 0) return 0;
    if (tr_check_nargs("atexit._clear", nargs, 0, 0) < 0) return 0;
    TR_LIST(callbacks)->len = 0;
    return tr_None;
}

static TrValue atexit_ncallbacks(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_no_kwargs("atexit._ncallbacks", kwnames) < 0) return 0;
    if (tr_check_nargs("atexit._ncallbacks", nargs, 0, 0) < 0) return 0;
    return tr_int_from_i64((int64_t)TR_LIST(callbacks)->len);
}

static const TrMethodDef atexit_functions[] = {
    {"register", atexit_register}, {"unregister", atexit_unregister},
    {"_run_exitfuncs", atexit_run_exitfuncs}, {"_clear", atexit_clear},
    {"_ncallbacks", atexit_ncallbacks},
    {0},
};

TrValue trmod_atexit_init(void) {
    static TrValue m;
    if (m) return m;
    m = tr_module_new("atexit", 0, NULL, NULL);
    tr_add_roots(&m, sizeof m);
    callbacks = tr_list_new(0);
    tr_add_roots(&callbacks, sizeof callbacks);
    tr_module_add(m, "__doc__", tr_str_from_cstr(
        "allow programmer to define multiple exit functions to be executed\n"
        "upon normal program termination.\n\n"
        "Two public functions, register and unregister, are defined.\n"));
    tr_module_add_functions(m, atexit_functions);
    tr_atexit_hook = run_callbacks;
    return m;
}
