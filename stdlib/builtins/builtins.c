/* builtins.c — the `builtins` module: the namespace of the builtin names (print, len,
 * int, ValueError, ...), holding the very objects programs reach by those names.  Its
 * __dict__ is the runtime's own builtins dict (builtins.c), so a name stored there
 * (`builtins.tr_hook = f`) is found by any global the program reads without having
 * bound it, as in CPython.  Assumes: names the compiler resolved to a builtin when it
 * compiled the program (every builtin the program names) keep the object they had at
 * start-up; replacing `builtins.print` does not reach them (docs/modules/builtins.md). */
#include "tr.h"

TrValue trmod_builtins_init(void) {
    static TrValue m;
    if (m) return m;
    m = tr_module_new("builtins", 0, NULL, NULL);
    tr_add_roots(&m, sizeof m);
    TrModule *mod = (TrModule *)m;
    if (tr_dict_set_str(tr_builtins_dict, "__name__", mod->name) < 0) return 0;
    mod->dict = tr_builtins_dict;
    return m;
}
