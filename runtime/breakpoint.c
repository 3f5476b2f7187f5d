/* breakpoint.c — the builtin breakpoint() and sys.breakpointhook's default
 * (sys.__breakpointhook__), as CPython's: breakpoint(*args, **kws) calls
 * sys.breakpointhook(*args, **kws); the default reads $PYTHONBREAKPOINT at each call
 * ("0": do nothing; "module.attr" or a builtin's name: call it; empty or unset: the
 * debugger).  A compiled program carries no pdb: where CPython would start it, the
 * default prints one line on stderr and the program goes on.
 * Assumes: a module named by $PYTHONBREAKPOINT is one the program compiled and
 * imported (there is no importing at run time), else it is "unimportable". */
#include "tr.h"
#include <stdio.h>
#include <stdlib.h>

static TrValue default_hook;

/* CPython warns (RuntimeWarning) and returns None when the hook cannot be found. */
static TrValue unimportable(const char *hookname) {
    TrValue msg = tr_str_fmt("Ignoring unimportable $PYTHONBREAKPOINT: \"%s\"", hookname);
    TrValue warnings = tr_sys_modules ? tr_dict_get_str(tr_sys_modules, "warnings") : 0;
    if (warnings) {
        TrValue r = tr_call_method_cstr(warnings, "warn", 2, msg, (TrValue)TR_EXC_TYPE(RuntimeWarning));
        return r ? tr_None : 0;
    }
    fprintf(stderr, "RuntimeWarning: %s\n", tr_str_cstr(msg));
    return tr_None;
}

static TrValue default_breakpointhook(TrValue *args, size_t nargs, TrValue kwnames) {
    const char *hookname = getenv("PYTHONBREAKPOINT");
    if (hookname && !strcmp(hookname, "0")) return tr_None;
    if (!hookname || !*hookname || !strcmp(hookname, "pdb.set_trace")) {
        tr_flush_stdout();
        fputs("breakpoint(): no debugger in a compiled program (pdb is not available); continuing\n", stderr);
        return tr_None;
    }
    const char *dot = strrchr(hookname, '.');
    TrValue hook = 0;
    if (!dot) {
        hook = tr_dict_get_str(tr_builtins_dict, hookname);
    } else {
        TrValue module = !tr_sys_modules ? 0 : tr_dict_get(tr_sys_modules, tr_str_new(hookname, (size_t)(dot - hookname)));
        if (!module && !strncmp(hookname, "builtins.", (size_t)(dot - hookname) + 1))
            hook = tr_dict_get_str(tr_builtins_dict, dot + 1);
        else if (module && module != tr_None)
            hook = tr_getattr_opt(module, tr_str_from_cstr(dot + 1));
        if (!hook && tr_err_occurred()) return 0;
    }
    if (!hook) return unimportable(hookname);
    return tr_call(hook, args, nargs, kwnames);
}

TrValue tr_default_breakpointhook(void) {
    if (!default_hook) {
        default_hook = tr_builtin_new("breakpointhook", default_breakpointhook);
        tr_add_roots(&default_hook, sizeof default_hook);
    }
    return default_hook;
}

/* breakpoint(*args, **kws): sys.breakpointhook, the default while no program imported sys */
TrValue tr_builtin_breakpoint(TrValue *args, size_t nargs, TrValue kwnames) {
    TrValue sys = tr_sys_modules ? tr_dict_get_str(tr_sys_modules, "sys") : 0;
    TrValue hook = sys ? tr_getattr_opt(sys, TR_INTERN("breakpointhook")) : tr_default_breakpointhook();
    if (!hook) return tr_err_occurred() ? 0 : tr_err(TR_EXC_TYPE(RuntimeError), "lost sys.breakpointhook");
    return tr_call(hook, args, nargs, kwnames);
}
