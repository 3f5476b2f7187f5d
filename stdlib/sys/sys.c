/* sys.c — the `sys` module: argv, exit, the standard streams, path, platform,
 * version information, maxsize, getsizeof, recursion limit, modules, exc_info. */
#include "tr.h"

extern TrValue tr_argv;
extern TrValue tr_sys_modules;

static TrValue sys_exit(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("exit", nargs, 0, 1) < 0) return 0;
    tr_err_value(TR_EXC_TYPE(SystemExit), nargs ? args[0] : tr_None);
    return 0;
}

static TrValue sys_getsizeof(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("getsizeof", nargs, 1, 2) < 0) return 0;
    TrValue v = args[0];
    TrType *t = TR_TYPE(v);
    size_t n = TR_IS_SMALL(v) ? 28 : t->basicsize + 16;
    if (t == &tr_str_type) n = 49 + TR_STR(v)->len;
    else if (t == &tr_list_type) n = 56 + 8 * TR_LIST(v)->cap;
    else if (t == &tr_tuple_type) n = 40 + 8 * TR_TUPLE(v)->len;
    else if (t == &tr_bytes_type) n = 33 + ((TrBytes *)v)->len;
    return tr_int_from_i64((int64_t)n);
}

static TrValue sys_getrecursionlimit(TrValue *args, size_t nargs, TrValue kwnames) { return TR_FROM_SMALL(1000); }

static TrValue sys_setrecursionlimit(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("setrecursionlimit", nargs, 1, 1) < 0) return 0;
    int64_t n;
    if (tr_index(args[0], &n) < 0) return 0;
    if (n < 1) return tr_err(TR_EXC_TYPE(ValueError), "recursion limit must be greater or equal than 1");
    return tr_None;
}

static TrValue sys_exc_info(TrValue *args, size_t nargs, TrValue kwnames) {
    TrValue e = tr_exc_handled();
    if (!e) return tr_tuple_pack(3, tr_None, tr_None, tr_None);
    return tr_tuple_pack(3, (TrValue)TR_TYPE(e), e, tr_None);
}

static TrValue sys_intern(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("intern", nargs, 1, 1) < 0) return 0;
    if (!tr_str_check(args[0])) return tr_err(TR_EXC_TYPE(TypeError), "intern() argument 1 must be str, not %s", TR_TYPE_NAME(args[0]));
    return tr_str_intern(tr_str_cstr(args[0]));
}

/* sys.version_info: a tuple whose fields also have names */
static const char *const version_fields[] = {"major", "minor", "micro", "releaselevel", "serial"};

static TrValue version_info_getattr(TrValue self, TrValue name) {
    for (int i = 0; i < 5; i++)
        if (tr_str_eq_cstr(name, version_fields[i])) return TR_TUPLE(self)->items[i];
    return tr_generic_getattr(self, name);
}

static TrValue version_info_repr(TrValue self) {
    TrTuple *t = TR_TUPLE(self);
    return tr_str_fmt("sys.version_info(major=%R, minor=%R, micro=%R, releaselevel=%R, serial=%R)", t->items[0],
                      t->items[1], t->items[2], t->items[3], t->items[4]);
}

static TrType version_info_type = {
    .ob = {&tr_type_type}, .name = "version_info", .basicsize = sizeof(TrTuple),
    .getattr = version_info_getattr, .repr = version_info_repr,
};

static TrValue make_version_info(void) {
    version_info_type.base = &tr_tuple_type;
    tr_type_ready(&version_info_type);
    TrValue items[5] = {TR_FROM_SMALL(3), TR_FROM_SMALL(11), TR_FROM_SMALL(0), tr_str_from_cstr("final"), TR_FROM_SMALL(0)};
    TrTuple *t = (TrTuple *)tr_object_alloc(&version_info_type, sizeof(TrTuple) + 5 * sizeof(TrValue));
    t->len = 5;
    memcpy(t->items, items, sizeof items);
    return (TrValue)t;
}

static const TrMethodDef sys_functions[] = {
    {"exit", sys_exit}, {"getsizeof", sys_getsizeof}, {"getrecursionlimit", sys_getrecursionlimit},
    {"setrecursionlimit", sys_setrecursionlimit}, {"exc_info", sys_exc_info}, {"intern", sys_intern},
    {0},
};

TrValue trmod_sys_init(void) {
    static TrValue m;
    if (m) return m;
    m = tr_module_new("sys", 0, NULL, NULL);
    tr_add_roots(&m, sizeof m);
    tr_module_add_functions(m, sys_functions);
    tr_module_add(m, "argv", tr_argv);
    tr_module_add(m, "stdout", tr_sys_stdout);
    tr_module_add(m, "stderr", tr_sys_stderr);
    tr_module_add(m, "stdin", tr_sys_stdin);
    tr_module_add(m, "__stdout__", tr_sys_stdout);
    tr_module_add(m, "__stderr__", tr_sys_stderr);
    tr_module_add(m, "path", tr_list_new(0));
    tr_module_add(m, "platform", tr_str_from_cstr("linux"));
    tr_module_add(m, "version", tr_str_from_cstr("3.11.0 (trc " "0.1.0" ")"));
    tr_module_add(m, "version_info", make_version_info());
    tr_module_add(m, "hexversion", tr_int_from_i64(0x030b00f0));
    tr_module_add(m, "maxsize", tr_int_from_i64(INTPTR_MAX));
    tr_module_add(m, "byteorder", tr_str_from_cstr(__BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__ ? "little" : "big"));
    tr_module_add(m, "executable", tr_list_check(tr_argv) && TR_LIST(tr_argv)->len ? TR_LIST(tr_argv)->items[0] : tr_str_from_cstr(""));
    tr_module_add(m, "modules", tr_sys_modules);
    tr_module_add(m, "maxunicode", TR_FROM_SMALL(0x10ffff));
    return m;
}
