/* _imp.c — what importlib asks of trc's import system: the names of the modules
 * compiled into the program, which are the ones importable at run time by a computed
 * name (a compiled program has no compiler to load others).  The table is registered
 * by the main module's init (runtime/module.c). */
#include "tr.h"
#include "tr_compiled.h"

static TrValue imp_program_modules(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("program_modules", nargs, 0, 0) < 0) return 0;
    return tr_program_module_names();
}

static const TrMethodDef imp_functions[] = {
    {"program_modules", imp_program_modules},
    {0},
};

TrValue trmod___imp_init(void) {
    static TrValue m;
    if (m) return m;
    m = tr_module_new("_imp", 0, NULL, NULL);
    tr_add_roots(&m, sizeof m);
    tr_module_add_functions(m, imp_functions);
    return m;
}
