/* _ctypes.c — the `_ctypes` module, the C half of ctypes (stdlib/ctypes/__init__.tr is
 * the rest): shared libraries through dlopen/dlsym with dlerror's texts as CPython's
 * OSError and AttributeError, the RTLD_* constants, and the functions of memory.c and
 * call.c.  Assumes: Linux (glibc's dlfcn). */
#include "ctypes_shared.h"
#include <dlfcn.h>

/* dlopen(name or None, mode) -> handle */
static TrValue py_dlopen(TrValue *args, size_t nargs, TrValue kwnames) {
    int mode;
    if (tr_no_kwargs("dlopen", kwnames) < 0 || tr_check_nargs("dlopen", nargs, 2, 2) < 0 ||
        tr_as_c_int(args[1], &mode) < 0)
        return 0;
    const char *name = NULL;
    if (args[0] != tr_None) {
        size_t n;
        if (!tr_str_check(args[0])) return tr_err(TR_EXC_TYPE(TypeError), "library name must be a str or None");
        if (!(name = tr_fs_encode(args[0], &n))) return 0;
    }
    void *h = dlopen(name, mode);
    if (!h) return tr_err(TR_EXC_TYPE(OSError), "%s", dlerror());
    return tr_int_from_u64((uintptr_t)h);
}

/* dlsym(handle, name) -> address; AttributeError with dlerror's text if missing */
static TrValue py_dlsym(TrValue *args, size_t nargs, TrValue kwnames) {
    void *h;
    if (tr_no_kwargs("dlsym", kwnames) < 0 || tr_check_nargs("dlsym", nargs, 2, 2) < 0 ||
        tr_ctypes_addr(args[0], &h) < 0)
        return 0;
    if (!tr_str_check(args[1])) return tr_err(TR_EXC_TYPE(TypeError), "symbol name must be a str");
    dlerror();
    void *p = dlsym(h, tr_str_cstr(args[1]));
    if (!p) {
        const char *e = dlerror();
        return tr_err(TR_EXC_TYPE(AttributeError), "%s", e ? e : "symbol is NULL");
    }
    return tr_int_from_u64((uintptr_t)p);
}

static TrValue py_dlclose(TrValue *args, size_t nargs, TrValue kwnames) {
    void *h;
    if (tr_no_kwargs("dlclose", kwnames) < 0 || tr_check_nargs("dlclose", nargs, 1, 1) < 0 ||
        tr_ctypes_addr(args[0], &h) < 0)
        return 0;
    if (dlclose(h)) return tr_err(TR_EXC_TYPE(OSError), "%s", dlerror());
    return tr_None;
}

static const TrMethodDef dl_functions[] = {
    {"dlopen", py_dlopen}, {"dlsym", py_dlsym}, {"dlclose", py_dlclose}, {0},
};

#define C(constant) {#constant, constant}
static const TrIntConstant dl_constants[] = {
    C(RTLD_LOCAL), C(RTLD_GLOBAL), C(RTLD_LAZY), C(RTLD_NOW), C(RTLD_NODELETE), C(RTLD_NOLOAD), C(RTLD_DEEPBIND),
};
#undef C

TrValue trmod___ctypes_init(void) {
    static TrValue m;
    if (m) return m;
    m = tr_module_new("_ctypes", 0, NULL, NULL);
    tr_add_roots(&m, sizeof m);
    tr_module_add_functions(m, dl_functions);
    tr_module_add_functions(m, tr_ctypes_memory_functions);
    tr_ctypes_call_ready(m);
    tr_module_add_int_constants(m, dl_constants, sizeof dl_constants / sizeof *dl_constants);
    return m;
}
