/* module.c — module objects and the import registry.  A compiled module keeps its
 * globals in a C array (slots) named by slot_names, which its generated code reads and
 * writes directly; its namespace dict (globals(), __dict__, vars(module)) holds the
 * other names and is kept in step with the slots by obj_dict.c (see "module
 * namespaces" there).  tr_import runs a module's init once and caches it in
 * sys.modules. */
#include "tr.h"

TrValue tr_sys_modules;

TrValue tr_module_new(const char *name, size_t nslots, TrValue *slots, const char *const *slot_names) {
    TrModule *m = (TrModule *)tr_object_alloc(&tr_module_type, sizeof(TrModule));
    m->name = tr_str_from_cstr(name);
    m->dict = tr_dict_new();
    tr_dict_set_str(m->dict, "__name__", m->name); /* first, as in CPython */
    m->nslots = nslots;
    m->slots = slots;
    m->slot_names = slot_names;
    if (nslots) {
        m->slot_index = tr_dict_new();
        for (size_t i = 0; i < nslots; i++) tr_dict_set(m->slot_index, tr_str_intern(slot_names[i]), TR_FROM_SMALL(i));
        ((TrDict *)m->dict)->module = m;
    }
    if (!tr_sys_modules) {
        tr_sys_modules = tr_dict_new();
        tr_add_roots(&tr_sys_modules, sizeof tr_sys_modules);
    }
    tr_dict_set(tr_sys_modules, m->name, (TrValue)m);
    return (TrValue)m;
}

static TrValue *slot_of(TrModule *m, TrValue name) {
    if (!m->slot_index) return NULL;
    TrValue i = tr_dict_get(m->slot_index, name);
    return i ? &m->slots[TR_SMALL_VAL(i)] : NULL;
}

bool tr_module_attr_place(TrValue module, TrValue name, TrValue **slot, TrDictEntry **entry, TrDict **dict) {
    TrModule *m = (TrModule *)module;
    *slot = slot_of(m, name);
    *entry = 0;
    if (*slot) return **slot != 0;
    *dict = (TrDict *)m->dict;
    *entry = tr_dict_get_entry(m->dict, name);
    return *entry != 0;
}

/* A name bound in the module's own namespace (slot or dict), or 0 without an error */
static TrValue module_own_attr(TrModule *m, TrValue name) {
    TrValue *slot = slot_of(m, name);
    return slot ? *slot : tr_dict_get(m->dict, name);
}

static TrValue module_getattr(TrValue self, TrValue name) {
    TrModule *m = (TrModule *)self;
    TrValue *slot = slot_of(m, name);
    if (slot && *slot) return *slot;
    TrValue v = slot ? 0 : tr_dict_get(m->dict, name); /* an unbound slot's name is unbound */
    if (v) return v;
    if (tr_str_eq_cstr(name, "__dict__")) return m->dict;
    if (tr_str_eq_cstr(name, "__name__")) return m->name;
    v = tr_generic_getattr(self, name);
    if (v || !tr_err_is(TR_EXC_TYPE(AttributeError))) return v;
    tr_err_clear();
    TrValue hook = module_own_attr(m, TR_INTERN("__getattr__")); /* PEP 562 */
    if (hook) return tr_call(hook, &name, 1, 0);
    return tr_err(TR_EXC_TYPE(AttributeError), "module '%s' has no attribute '%s'", tr_str_cstr(m->name), tr_str_cstr(name));
}

static int module_setattr(TrValue self, TrValue name, TrValue v) {
    TrModule *m = (TrModule *)self;
    TrValue *slot = slot_of(m, name);
    if (slot && (v || *slot)) {
        *slot = v;
        return 0;
    }
    if (v) return tr_dict_set(m->dict, name, v);
    if (!slot && tr_dict_get(m->dict, name)) return tr_dict_del(m->dict, name);
    if (!tr_err_occurred())
        tr_err(TR_EXC_TYPE(AttributeError), "'module' object has no attribute '%s'", tr_str_cstr(name));
    return -1;
}

/* The loader of namespace packages (importlib's, which CPython's module repr shows). */
static TrValue namespace_loader_repr(TrValue self) {
    return tr_str_fmt("<_frozen_importlib_external.NamespaceLoader object at %p>", (void *)self);
}

static TrType namespace_loader_type = {
    .ob = {&tr_type_type}, .name = "NamespaceLoader", .basicsize = sizeof(TrObject), .repr = namespace_loader_repr,
};

int tr_module_make_namespace(TrValue module, const char *dir) {
    tr_type_ready(&namespace_loader_type);
    TrValue paths = tr_list_new(0);
    TrValue loader = tr_object_alloc(&namespace_loader_type, sizeof(TrObject));
    if (tr_setattr(module, TR_INTERN("__file__"), tr_None) < 0 || tr_list_append(paths, tr_str_from_cstr(dir)) < 0 ||
        tr_setattr(module, TR_INTERN("__path__"), tr_namespace_path_new(paths)) < 0)
        return -1;
    return tr_setattr(module, TR_INTERN("__loader__"), loader);
}

/* As CPython's for the modules trc makes: no file shown; a namespace package's loader */
static TrValue module_repr(TrValue self) {
    TrModule *m = (TrModule *)self;
    TrValue loader = tr_dict_get_str(m->dict, "__loader__");
    if (loader && TR_TYPE(loader) == &namespace_loader_type) {
        TrValue r = tr_repr(loader);
        return r ? tr_str_fmt("<module '%s' (%s)>", tr_str_cstr(m->name), tr_str_cstr(r)) : 0;
    }
    return tr_str_fmt("<module '%s'>", tr_str_cstr(m->name));
}

/* types.ModuleType(name, doc=None): a module the program makes, with no global slots
 * and not in sys.modules (as CPython's: put it there to import it). */
static TrValue module_new_slot(TrType *type, TrValue *args, size_t nargs, TrValue kwnames) {
    TrModule *m = (TrModule *)tr_object_alloc(type, sizeof(TrModule));
    m->dict = tr_dict_new();
    return m->dict ? (TrValue)m : 0;
}

static int module_init(TrValue self, TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"name", "doc", NULL};
    TrValue a[2];
    if (tr_parse_args("module", args, nargs, kwnames, kw, 1, a) < 0) return -1;
    if (!tr_str_check(a[0])) {
        tr_err(TR_EXC_TYPE(TypeError), "module() argument 'name' must be str, not %s", TR_TYPE(a[0])->name);
        return -1;
    }
    TrModule *m = (TrModule *)self;
    m->name = a[0];
    m->initialized = 1;
    static const char *const attrs[] = {"__name__", "__doc__", "__package__", "__loader__", "__spec__"};
    for (size_t k = 0; k < sizeof attrs / sizeof *attrs; k++)
        if (tr_dict_set_str(m->dict, attrs[k], k == 0 ? a[0] : k == 1 && a[1] ? a[1] : tr_None) < 0) return -1;
    return 0;
}

TrType tr_module_type = {
    .ob = {&tr_type_type}, .name = "module", .basicsize = sizeof(TrModule),
    .getattr = module_getattr, .setattr = module_setattr, .repr = module_repr,
    .new_ = module_new_slot, .init = module_init,
};

TrValue tr_module_add(TrValue module, const char *name, TrValue v) {
    if (!v) return 0;
    return tr_dict_set(((TrModule *)module)->dict, tr_str_intern(name), v) < 0 ? 0 : v;
}

int tr_module_add_int_constants(TrValue module, const TrIntConstant *constants, size_t n) {
    for (size_t i = 0; i < n; i++)
        if (!tr_module_add(module, constants[i].name, tr_int_from_i64(constants[i].value))) return -1;
    return 0;
}

int tr_module_add_functions(TrValue module, const TrMethodDef *defs) {
    for (; defs->name; defs++) {
        TrValue fn = tr_builtin_new(defs->name, defs->fn);
        ((TrBuiltin *)fn)->module = ((TrModule *)module)->name;
        if (!tr_module_add(module, defs->name, fn)) return -1;
    }
    return 0;
}

/* raises ModuleNotFoundError(message, name=name); 0 */
static TrValue module_not_found(TrValue message, const char *name) {
    TrValue args[2] = {message, tr_str_new(name, strlen(name))};
    TrValue exc = message ? tr_call((TrValue)TR_EXC_TYPE(ModuleNotFoundError), args, 1, tr_tuple_pack(1, TR_INTERN("name"))) : 0;
    if (exc) tr_raise(exc);
    return 0;
}

/* sys.modules[name] as an import statement takes it: what the program put there (any
 * object), ModuleNotFoundError for None, 0 without an error when absent or a module
 * still to initialise. */
static TrValue sys_modules_entry(const char *name) {
    TrValue m = tr_sys_modules ? tr_dict_get_str(tr_sys_modules, name) : 0;
    if (!m) return 0;
    if (m == tr_None) return module_not_found(tr_str_fmt("import of %s halted; None in sys.modules", name), name);
    return !tr_isinstance_type(m, &tr_module_type) || ((TrModule *)m)->initialized ? m : 0;
}

/* As CPython: a module whose body raised leaves sys.modules, so that importing it
 * again runs it again (its init starts over: compiler/emit_c.c) */
static void forget_failed_module(const char *name) {
    TrValue key = tr_str_from_cstr(name);
    TrValue m = tr_dict_get(tr_sys_modules, key);
    if (m && TR_TYPE(m) == &tr_module_type && !((TrModule *)m)->initialized) tr_dict_del(tr_sys_modules, key);
}

TrValue tr_import(const char *name, TrValue (*init)(void)) {
    TrValue cached = sys_modules_entry(name);
    if (cached || tr_err_occurred()) return cached;
    TrValue m = init();
    if (!m) {
        forget_failed_module(name);
        return 0;
    }
    ((TrModule *)m)->initialized = 1;
    /* a submodule becomes an attribute of its package */
    const char *dot = strrchr(name, '.');
    if (dot) {
        TrValue parent = tr_dict_get(tr_sys_modules, tr_str_new(name, (size_t)(dot - name)));
        if (parent && tr_setattr(parent, tr_str_intern(dot + 1), m) < 0) return 0;
    }
    return m;
}

static const TrModuleInit *program_modules;

void tr_set_program_modules(const TrModuleInit *table) { program_modules = table; }

static const TrModuleInit *program_module(const char *name) {
    for (const TrModuleInit *m = program_modules; m && m->name; m++)
        if (!strcmp(m->name, name)) return m;
    return NULL;
}

TrValue tr_err_no_module(const char *name) { return module_not_found(tr_str_fmt("No module named '%s'", name), name); }

TrValue tr_import_unknown(const char *name) {
    TrValue m = sys_modules_entry(name);
    return m || tr_err_occurred() ? m : tr_err_no_module(name);
}

TrValue tr_program_module_names(void) {
    TrValue names = tr_list_new(0);
    for (const TrModuleInit *m = program_modules; m && m->name; m++)
        if (tr_list_append(names, tr_str_new(m->name, strlen(m->name))) < 0) return 0;
    return names;
}

TrValue tr_import_compiled_in(const char *name) {
    const TrModuleInit *m = program_module(name);
    if (!m) return 0;
    const char *dot = strrchr(name, '.'); /* its package first, as an import statement */
    if (dot && !tr_import_compiled_in(tr_str_cstr(tr_str_new(name, (size_t)(dot - name))))) return 0;
    return tr_import(name, m->init);
}

TrValue tr_import_from(TrValue module, TrValue name) {
    TrValue v = tr_getattr(module, name);
    if (v || !tr_err_is(TR_EXC_TYPE(AttributeError))) return v;
    tr_err_clear();
    if (TR_TYPE(module) != &tr_module_type) { /* CPython names the object's __name__, if it has one */
        TrValue own = tr_getattr_opt(module, TR_INTERN("__name__"));
        TrValue shown = own ? tr_repr(own) : tr_err_occurred() ? 0 : tr_str_from_cstr("'<unknown module name>'");
        if (!shown) return 0;
        return tr_err(TR_EXC_TYPE(ImportError), "cannot import name '%s' from %s (unknown location)", tr_str_cstr(name),
                      tr_str_cstr(shown));
    }
    TrModule *m = (TrModule *)module;
    TrValue file = module_own_attr(m, TR_INTERN("__file__"));
    return tr_err(TR_EXC_TYPE(ImportError), "cannot import name '%s' from '%s' (%s)", tr_str_cstr(name),
                  tr_str_cstr(m->name), file && tr_str_check(file) ? tr_str_cstr(file) : "unknown location");
}

/* from src import *: every public name of src (or those in its __all__) that the
 * importing module has a global slot for. */
int tr_import_star(TrValue src, TrValue into) {
    TrModule *dst = (TrModule *)into;
    TrValue all = tr_getattr_opt(src, TR_INTERN("__all__"));
    if (!all && tr_err_occurred()) return -1;
    TrValue names = all ? tr_list_from_iterable(all) : tr_getattr_opt(src, TR_INTERN("__dict__"));
    if (!names) {
        if (!tr_err_occurred()) tr_err(TR_EXC_TYPE(ImportError), "from-import-* object has no __dict__ and no __all__");
        return -1;
    }
    for (size_t i = 0; i < dst->nslots; i++) {
        const char *name = dst->slot_names[i];
        TrValue key = tr_str_intern(name);
        if (!all && name[0] == '_') continue;
        int in = tr_contains(names, key);
        if (in < 0) return -1;
        if (!in) continue;
        TrValue v = tr_getattr_opt(src, key);
        if (v) dst->slots[i] = v;
        else if (tr_err_occurred()) return -1;
    }
    return 0;
}

/* the type's __dict__ attribute (for dir() and hasattr; module_getattr answers first) */
static TrValue module_get_dict(TrValue self) { return module_getattr(self, TR_INTERN("__dict__")); }

void tr_init_module(void) {
    tr_type_ready(&tr_module_type);
    tr_type_add_getter(&tr_module_type, "__dict__", module_get_dict);
}
