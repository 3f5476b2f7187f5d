/* help.c — the builtin `help`, an instance of _sitebuiltins._Helper as site.py makes it:
 * its repr, and a call that hands its arguments to pydoc.help, which writes the page.
 * Assumes: the compiler carries pydoc in every program that names `help` (load.c); a
 * program that reaches the builtin another way (getattr(builtins, "help")) without
 * naming it gets pydoc's ModuleNotFoundError. */
#include "tr_compiled.h" /* tr_import_compiled_in, as the builtin __import__ */

static TrValue helper_repr(TrValue self) {
    return tr_str_from_cstr("Type help() for interactive help, or help(object) for help about object.");
}

static TrValue helper_call(TrValue self, TrValue *args, size_t nargs, TrValue kwnames) {
    TrValue pydoc = tr_sys_modules ? tr_dict_get_str(tr_sys_modules, "pydoc") : 0;
    if (!pydoc && !(pydoc = tr_import_compiled_in("pydoc"))) return tr_err_occurred() ? 0 : tr_err_no_module("pydoc");
    TrValue help = tr_getattr(pydoc, TR_INTERN("help"));
    return help ? tr_call(help, args, nargs, kwnames) : 0;
}

static TrType helper_type = {
    .ob = {&tr_type_type}, .name = "_Helper", .basicsize = sizeof(TrObject), .repr = helper_repr, .call = helper_call,
};

TrValue tr_help_new(void) {
    tr_type_ready(&helper_type);
    return tr_object_alloc(&helper_type, sizeof(TrObject));
}
