/* sys.c — the `sys` module: argv, exit, the standard streams, path, platform,
 * version, implementation, float, int and hash information, flags, maxsize, getsizeof,
 * recursion limit, modules, exc_info, breakpointhook (runtime/breakpoint.c). */
#include "tr.h"
#include <float.h>
#include <stdlib.h>

extern TrValue tr_argv;
extern TrValue tr_sys_modules;

static TrValue sys_exit(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("exit", nargs, 0, 1) < 0) return 0;
    /* as CPython's PyErr_SetObject: None means SystemExit() with no arguments */
    if (nargs && args[0] != tr_None) return tr_err_value(TR_EXC_TYPE(SystemExit), args[0]);
    tr_raise((TrValue)TR_EXC_TYPE(SystemExit));
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

static TrValue sys_getrecursionlimit(TrValue *args, size_t nargs, TrValue kwnames) {
    return TR_FROM_SMALL(tr_recursion_limit);
}

static TrValue sys_setrecursionlimit(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("setrecursionlimit", nargs, 1, 1) < 0) return 0;
    if (!tr_int_check(args[0]))
        return tr_err(TR_EXC_TYPE(TypeError), "'%s' object cannot be interpreted as an integer", TR_TYPE(args[0])->name);
    int64_t n;
    if (tr_int_as_i64(args[0], &n) < 0) return 0;
    return tr_recursion_set_limit(n) < 0 ? 0 : tr_None;
}

static TrValue sys_get_int_max_str_digits(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("get_int_max_str_digits", nargs, 0, 0) < 0) return 0;
    return TR_FROM_SMALL(tr_int_max_str_digits);
}

static TrValue sys_set_int_max_str_digits(TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"maxdigits", 0};
    TrValue a[1];
    if (tr_parse_args("set_int_max_str_digits", args, nargs, kwnames, kw, 1, a) < 0) return 0;
    int n;
    if (tr_as_c_int(a[0], &n) < 0) return 0;
    return tr_int_set_max_str_digits(n) < 0 ? 0 : tr_None;
}

/* _getframe([depth]): the frame depth calls out from the caller's (negative: the caller's) */
static TrValue sys_getframe(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_no_kwargs("sys._getframe", kwnames) < 0 || tr_check_nargs("_getframe", nargs, 0, 1) < 0) return 0;
    int64_t depth = 0;
    if (nargs && tr_index(args[0], &depth) < 0) return 0;
    return tr_getframe(depth < 0 ? 0 : depth);
}

/* sys.settrace/setprofile(func): func traces or profiles the frames this thread starts
 * from now on (None: none); sys.gettrace/getprofile() give it back */
static TrValue set_hook(const char *fname, void (*set)(TrValue), TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_no_kwargs(fname, kwnames) < 0) return 0;
    if (nargs != 1) return tr_err(TR_EXC_TYPE(TypeError), "%s() takes exactly one argument (%zu given)", fname, nargs);
    set(args[0]);
    return tr_None;
}

static TrValue get_hook(const char *fname, TrValue (*get)(void), size_t nargs, TrValue kwnames) {
    if (tr_no_kwargs(fname, kwnames) < 0) return 0;
    if (nargs) return tr_err(TR_EXC_TYPE(TypeError), "%s() takes no arguments (%zu given)", fname, nargs);
    return get();
}

static TrValue sys_settrace(TrValue *args, size_t nargs, TrValue kwnames) {
    return set_hook("sys.settrace", tr_trace_set, args, nargs, kwnames);
}
static TrValue sys_gettrace(TrValue *args, size_t nargs, TrValue kwnames) {
    return get_hook("sys.gettrace", tr_trace_get, nargs, kwnames);
}
static TrValue sys_setprofile(TrValue *args, size_t nargs, TrValue kwnames) {
    return set_hook("sys.setprofile", tr_profile_set, args, nargs, kwnames);
}
static TrValue sys_getprofile(TrValue *args, size_t nargs, TrValue kwnames) {
    return get_hook("sys.getprofile", tr_profile_get, nargs, kwnames);
}

static TrValue sys_exc_info(TrValue *args, size_t nargs, TrValue kwnames) {
    TrValue e = tr_exc_handled();
    if (!e) return tr_tuple_pack(3, tr_None, tr_None, tr_None);
    TrTraceback *tb = TR_EXC(e)->tb;
    return tr_tuple_pack(3, (TrValue)TR_TYPE(e), e, tb ? (TrValue)tb : tr_None);
}

static TrValue sys_intern(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("intern", nargs, 1, 1) < 0) return 0;
    if (!tr_str_check(args[0])) return tr_err(TR_EXC_TYPE(TypeError), "intern() argument 1 must be str, not %s", TR_TYPE_NAME(args[0]));
    return tr_str_intern(tr_str_cstr(args[0]));
}

/* sys's named tuples (version_info, float_info, int_info, hash_info, flags): tuples
 * whose fields also have names, listed in the type's extra. */
static TrValue struct_seq_getattr(TrValue self, TrValue name) {
    const char *const *fields = TR_TYPE(self)->extra;
    for (size_t i = 0; i < TR_TUPLE(self)->len; i++)
        if (tr_str_eq_cstr(name, fields[i])) return TR_TUPLE(self)->items[i];
    return tr_generic_getattr(self, name);
}

static TrValue struct_seq_repr(TrValue self) {
    const char *const *fields = TR_TYPE(self)->extra;
    TrBuf b;
    tr_buf_init(&b);
    tr_buf_printf(&b, "sys.%s(", TR_TYPE_NAME(self));
    for (size_t i = 0; i < TR_TUPLE(self)->len; i++) {
        tr_buf_printf(&b, "%s%s=", i ? ", " : "", fields[i]);
        if (tr_buf_add_repr(&b, TR_TUPLE(self)->items[i]) < 0) return 0;
    }
    tr_buf_addc(&b, ')');
    return tr_buf_finish(&b);
}

#define STRUCT_SEQ(var, tname, ...)                                                            \
    static const char *const var##_fields[] = {__VA_ARGS__};                                   \
    static TrType var##_type = {                                                               \
        .ob = {&tr_type_type}, .name = tname, .basicsize = sizeof(TrTuple),                    \
        .getattr = struct_seq_getattr, .repr = struct_seq_repr, .extra = (void *)var##_fields, \
    };
STRUCT_SEQ(version_info, "version_info", "major", "minor", "micro", "releaselevel", "serial")
STRUCT_SEQ(float_info, "float_info", "max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig",
           "mant_dig", "epsilon", "radix", "rounds")
STRUCT_SEQ(int_info, "int_info", "bits_per_digit", "sizeof_digit", "default_max_str_digits",
           "str_digits_check_threshold")
STRUCT_SEQ(hash_info, "hash_info", "width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits",
           "seed_bits", "cutoff")
STRUCT_SEQ(flags, "flags", "debug", "inspect", "interactive", "optimize", "dont_write_bytecode", "no_user_site",
           "no_site", "ignore_environment", "verbose", "bytes_warning", "quiet", "hash_randomization", "isolated",
           "dev_mode", "utf8_mode", "warn_default_encoding", "safe_path", "int_max_str_digits")

static TrValue struct_seq_new(TrType *type, size_t n, const TrValue *items) {
    type->base = &tr_tuple_type;
    tr_type_ready(type);
    TrTuple *t = (TrTuple *)tr_object_alloc(type, sizeof(TrTuple) + n * sizeof(TrValue));
    t->len = n;
    memcpy(t->items, items, n * sizeof(TrValue));
    return (TrValue)t;
}
#define MAKE_STRUCT_SEQ(var, ...) \
    struct_seq_new(&var##_type, sizeof var##_fields / sizeof var##_fields[0], (TrValue[]){__VA_ARGS__})

/* sys.implementation: a types.SimpleNamespace (attributes in its __dict__, repr
 * "namespace(name=..., ...)"), as CPython's. */
typedef struct { TrObject ob; TrValue dict; } Namespace;

static TrValue namespace_repr(TrValue self) {
    TrValue d = ((Namespace *)self)->dict, k, v;
    TrBuf b;
    tr_buf_init(&b);
    tr_buf_adds(&b, "namespace(");
    size_t pos = 0;
    for (int first = 1; tr_dict_next(d, &pos, &k, &v); first = 0) {
        if (!first) tr_buf_adds(&b, ", ");
        if (tr_buf_add_str(&b, k) < 0) return 0;
        tr_buf_addc(&b, '=');
        if (tr_buf_add_repr(&b, v) < 0) return 0;
    }
    tr_buf_addc(&b, ')');
    return tr_buf_finish(&b);
}

static TrValue namespace_richcompare(TrValue a, TrValue b, int op) {
    if ((op != TR_EQ && op != TR_NE) || TR_TYPE(a) != TR_TYPE(b)) return tr_NotImplemented;
    return tr_compare(((Namespace *)a)->dict, ((Namespace *)b)->dict, op);
}

/* SimpleNamespace(**kwargs) (types.SimpleNamespace is this type) */
static TrValue namespace_new(TrType *type, TrValue *args, size_t nargs, TrValue kwnames) {
    if (nargs) return tr_err(TR_EXC_TYPE(TypeError), "no positional arguments expected");
    Namespace *ns = (Namespace *)tr_object_alloc(type, type->basicsize);
    ns->dict = tr_dict_new();
    for (size_t i = 0; kwnames && i < TR_TUPLE(kwnames)->len; i++)
        tr_dict_set(ns->dict, TR_TUPLE(kwnames)->items[i], args[i]);
    return (TrValue)ns;
}

static TrType namespace_type = {
    .ob = {&tr_type_type}, .name = "SimpleNamespace", .basicsize = sizeof(Namespace),
    .dictoffset = offsetof(Namespace, dict), .repr = namespace_repr, .richcompare = namespace_richcompare,
    .new_ = namespace_new, .flags = TR_TF_BASETYPE,
};

/* The implementation is trc (name 'tauraro', version its own release number in
 * version_info's format); it implements the language of sys.version_info. It keeps no
 * bytecode cache: cache_tag None. */
static TrValue make_implementation(void) {
    if (!namespace_type.mro) {
        namespace_type.module = TR_INTERN("types");
        tr_type_ready(&namespace_type);
    }
    Namespace *ns = (Namespace *)tr_object_alloc(&namespace_type, sizeof(Namespace));
    ns->dict = tr_dict_new();
    tr_dict_set_str(ns->dict, "name", tr_str_from_cstr("tauraro"));
    tr_dict_set_str(ns->dict, "cache_tag", tr_None);
    tr_dict_set_str(ns->dict, "version", MAKE_STRUCT_SEQ(version_info, TR_FROM_SMALL(0), TR_FROM_SMALL(1), TR_FROM_SMALL(0),
                                                         tr_str_from_cstr("final"), TR_FROM_SMALL(0)));
    tr_dict_set_str(ns->dict, "hexversion", tr_int_from_i64(0x000100f0));
    return (TrValue)ns;
}

static TrValue sys_getdefaultencoding(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("getdefaultencoding", nargs, 0, 0) < 0) return 0;
    return TR_INTERN("utf-8");
}

/* File names are UTF-8 (os.fsencode/os.fsdecode, CPython's choice under a UTF-8 or C
 * locale on Linux). */
static TrValue sys_getfilesystemencoding(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("getfilesystemencoding", nargs, 0, 0) < 0) return 0;
    return TR_INTERN("utf-8");
}

/* Bytes of a file name that are not UTF-8 become lone surrogates U+DC80..U+DCFF and back
 * (the codec's 'surrogateescape' handler), as CPython on Linux. */
static TrValue sys_getfilesystemencodeerrors(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("getfilesystemencodeerrors", nargs, 0, 0) < 0) return 0;
    return TR_INTERN("surrogateescape");
}

/* The GIL's switch interval (runtime/gil.c): how long a thread waits for the GIL
 * before asking its holder to let go. */
static TrValue sys_getswitchinterval(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("getswitchinterval", nargs, 0, 0) < 0) return 0;
    return tr_float_new(tr_gil_get_switch_interval());
}

static TrValue sys_setswitchinterval(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("setswitchinterval", nargs, 1, 1) < 0) return 0;
    double d;
    if (!tr_float_check(args[0]) && !tr_int_check(args[0]))
        return tr_err(TR_EXC_TYPE(TypeError), "must be real number, not %s", TR_TYPE_NAME(args[0]));
    if (tr_as_double(args[0], &d) < 0) return 0;
    if (!(d > 0)) return tr_err(TR_EXC_TYPE(ValueError), "switch interval must be strictly positive");
    tr_gil_set_switch_interval(d);
    return tr_None;
}

static const TrMethodDef sys_functions[] = {
    {"getswitchinterval", sys_getswitchinterval}, {"setswitchinterval", sys_setswitchinterval},
    {"exit", sys_exit}, {"getsizeof", sys_getsizeof}, {"getrecursionlimit", sys_getrecursionlimit},
    {"setrecursionlimit", sys_setrecursionlimit}, {"exc_info", sys_exc_info}, {"intern", sys_intern},
    {"_getframe", sys_getframe}, {"settrace", sys_settrace}, {"gettrace", sys_gettrace},
    {"setprofile", sys_setprofile}, {"getprofile", sys_getprofile},
    {"getdefaultencoding", sys_getdefaultencoding}, {"getfilesystemencoding", sys_getfilesystemencoding},
    {"getfilesystemencodeerrors", sys_getfilesystemencodeerrors},
    {"get_int_max_str_digits", sys_get_int_max_str_digits}, {"set_int_max_str_digits", sys_set_int_max_str_digits},
    {0},
};

/* sys.path[0] as CPython sets it: the directory of the script, symlinks resolved (for a
 * built program, of the executable: where files shipped beside it are), or '' for
 * `-c CODE` and a program read from standard input. */
static TrValue script_directory(void) {
    const char *arg0 = tr_list_check(tr_argv) && TR_LIST(tr_argv)->len ? tr_str_cstr(tr_list_items(TR_LIST(tr_argv))[0]) : "";
    if (!strcmp(arg0, "-c") || !strcmp(arg0, "-") || !*arg0) return tr_str_from_cstr("");
    char *real = realpath(arg0, NULL);                     /* the script (trc run) or the program */
    if (!real) real = realpath("/proc/self/exe", NULL); /* a program found through PATH */
    if (!real) return tr_str_from_cstr("");
    char *slash = strrchr(real, '/');
    *slash = 0;
    TrValue dir = tr_str_from_cstr(slash == real ? "/" : real);
    free(real);
    return dir;
}

/* sys.prefix: where the running executable is installed, as CPython's /usr for
 * /usr/bin/python3: the parent of the directory of /proc/self/exe (symlinks resolved),
 * so /usr/local for /usr/local/bin/app, and under `trc run` trc's own prefix.  A
 * compiled program has no site-packages nor venv, so base_prefix, exec_prefix and
 * base_exec_prefix are the same string; "/" if the executable is not found. */
static TrValue install_prefix(void) {
    char *real = realpath("/proc/self/exe", NULL);
    char *slash = real ? strrchr(real, '/') : NULL;
    if (slash) *slash = 0;
    slash = real ? strrchr(real, '/') : NULL;
    if (slash) *slash = 0;
    TrValue prefix = tr_str_from_cstr(real && *real ? real : "/");
    free(real);
    return prefix;
}

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
    TrValue path = tr_list_new(1);
    tr_list_append(path, script_directory());
    tr_module_add(m, "path", path);
    tr_module_add(m, "platform", tr_str_from_cstr("linux"));
    tr_module_add(m, "version", tr_str_from_cstr("3.11.0 (trc " "0.1.0" ")"));
    tr_module_add(m, "version_info", MAKE_STRUCT_SEQ(version_info, TR_FROM_SMALL(3), TR_FROM_SMALL(11), TR_FROM_SMALL(0),
                                                     tr_str_from_cstr("final"), TR_FROM_SMALL(0)));
    tr_module_add(m, "float_info", MAKE_STRUCT_SEQ(float_info, tr_float_new(DBL_MAX), TR_FROM_SMALL(DBL_MAX_EXP),
                                                   TR_FROM_SMALL(DBL_MAX_10_EXP), tr_float_new(DBL_MIN),
                                                   TR_FROM_SMALL(DBL_MIN_EXP), TR_FROM_SMALL(DBL_MIN_10_EXP),
                                                   TR_FROM_SMALL(DBL_DIG), TR_FROM_SMALL(DBL_MANT_DIG),
                                                   tr_float_new(DBL_EPSILON), TR_FROM_SMALL(FLT_RADIX), TR_FROM_SMALL(1)));
    tr_module_add(m, "int_info", MAKE_STRUCT_SEQ(int_info, TR_FROM_SMALL(30), TR_FROM_SMALL(4),
                                                 TR_FROM_SMALL(TR_INT_DEFAULT_MAX_STR_DIGITS),
                                                 TR_FROM_SMALL(TR_INT_MAX_STR_DIGITS_THRESHOLD)));
    tr_module_add(m, "hash_info", MAKE_STRUCT_SEQ(hash_info, TR_FROM_SMALL(8 * sizeof(void *)), tr_int_from_i64(TR_HASH_MODULUS),
                                                  TR_FROM_SMALL(314159), TR_FROM_SMALL(0), TR_FROM_SMALL(1000003),
                                                  tr_str_from_cstr("siphash13"), TR_FROM_SMALL(64), TR_FROM_SMALL(128),
                                                  TR_FROM_SMALL(0)));
    tr_module_add(m, "flags", MAKE_STRUCT_SEQ(flags, TR_FROM_SMALL(0), TR_FROM_SMALL(0), TR_FROM_SMALL(0), TR_FROM_SMALL(0),
                                              TR_FROM_SMALL(0), TR_FROM_SMALL(0), TR_FROM_SMALL(0), TR_FROM_SMALL(0),
                                              TR_FROM_SMALL(0), TR_FROM_SMALL(0), TR_FROM_SMALL(0), TR_FROM_SMALL(1),
                                              TR_FROM_SMALL(0), tr_False, TR_FROM_SMALL(0), TR_FROM_SMALL(0), tr_False,
                                              TR_FROM_SMALL(tr_int_max_str_digits_env)));
    tr_module_add(m, "implementation", make_implementation());
    tr_module_add(m, "hexversion", tr_int_from_i64(0x030b00f0));
    tr_module_add(m, "maxsize", tr_int_from_i64(INTPTR_MAX));
    tr_module_add(m, "byteorder", tr_str_from_cstr(__BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__ ? "little" : "big"));
    tr_module_add(m, "executable", tr_list_check(tr_argv) && TR_LIST(tr_argv)->len ? tr_list_items(TR_LIST(tr_argv))[0] : tr_str_from_cstr(""));
    TrValue prefix = install_prefix();
    static const char *const prefix_names[] = {"prefix", "base_prefix", "exec_prefix", "base_exec_prefix"};
    for (int i = 0; i < 4; i++) tr_module_add(m, prefix_names[i], prefix);
    tr_module_add(m, "modules", tr_sys_modules);
    tr_module_add(m, "maxunicode", TR_FROM_SMALL(0x10ffff));
    tr_module_add(m, "breakpointhook", tr_default_breakpointhook());
    tr_module_add(m, "__breakpointhook__", tr_default_breakpointhook());
    return m;
}
