/* types.c — the `types` module: the types of builtin objects (FunctionType,
 * GeneratorType, ...), SimpleNamespace (the type of sys.implementation) and
 * coroutine(), which makes a generator function's generators awaitable. */
#include "tr.h"

TrValue trmod_sys_init(void);

/* the function types.coroutine(f) returns: calls f and marks a generator it returns */
static TrValue coroutine_call(TrValue *args, size_t nargs, TrValue kwnames) {
    TrValue r = tr_call(args[0], args + 1, nargs - 1, kwnames);
    if (r && TR_TYPE(r) == &tr_generator_type) ((TrGen *)r)->iterable_coroutine = 1;
    return r;
}

static TrValue types_coroutine(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_no_kwargs("coroutine", kwnames) < 0 || tr_check_nargs("coroutine", nargs, 1, 1) < 0) return 0;
    TrValue f = args[0];
    if (!tr_callable(f)) return tr_err(TR_EXC_TYPE(TypeError), "types.coroutine() expects a callable");
    if (TR_TYPE(f) == &tr_function_type && (((TrFunc *)f)->code->flags & (TR_CO_COROUTINE | TR_CO_ASYNC_GENERATOR)))
        return f; /* already a coroutine function */
    TrBuiltin *w = (TrBuiltin *)tr_builtin_new(TR_TYPE(f) == &tr_function_type ? tr_str_cstr(tr_func_name((TrFunc *)f)) : "coroutine",
                                               coroutine_call);
    w->self = f;
    return (TrValue)w;
}

static const TrMethodDef types_functions[] = {
    {"coroutine", types_coroutine},
    {0},
};

TrValue trmod_types_init(void) {
    static TrValue m;
    if (m) return m;
    m = tr_module_new("types", 0, NULL, NULL);
    tr_add_roots(&m, sizeof m);
    tr_module_add_functions(m, types_functions);
    struct { const char *name; TrType *type; } types[] = {
        {"FunctionType", &tr_function_type}, {"LambdaType", &tr_function_type},
        {"BuiltinFunctionType", &tr_builtin_type}, {"BuiltinMethodType", &tr_builtin_type},
        {"MethodType", &tr_method_type}, {"ModuleType", &tr_module_type},
        {"GeneratorType", &tr_generator_type}, {"CoroutineType", &tr_coroutine_type},
        {"AsyncGeneratorType", &tr_async_generator_type}, {"NoneType", &tr_none_type},
        {"EllipsisType", &tr_ellipsis_type}, {"NotImplementedType", &tr_notimplemented_type},
        {"CellType", &tr_cell_type}, {"CodeType", &tr_code_type}, {"GenericAlias", &tr_generic_alias_type}, {"UnionType", &tr_union_type},
        {"MappingProxyType", &tr_mappingproxy_type}, {"FrameType", &tr_frame_type},
        {"TracebackType", &tr_traceback_type},
    };
    for (size_t i = 0; i < sizeof types / sizeof types[0]; i++) tr_module_add(m, types[i].name, (TrValue)types[i].type);
    TrValue sys = trmod_sys_init(), impl = sys ? tr_getattr_cstr(sys, "implementation") : 0;
    if (!impl) return 0;
    tr_module_add(m, "SimpleNamespace", (TrValue)TR_TYPE(impl));
    return m;
}
