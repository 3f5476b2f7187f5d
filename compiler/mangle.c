/* mangle.c — private name mangling, as CPython's compiler does (_Py_Mangle): inside a
 * class body, and in every function, lambda and comprehension nested in it, an
 * identifier `__name` that does not end in `__` and has no dot becomes `_Class__name`
 * (the class name without its leading underscores; no change when that leaves
 * nothing).  Names, attribute names, parameters, `except ... as`, `global`/`nonlocal`
 * names and match captures are mangled; a def or class statement keeps its own name
 * (`__name__`, `__qualname__`) and binds the mangled one (its asname).  A nested class
 * mangles its own body with its own name.  Runs on the AST right after parsing.
 * Keyword argument names and import names are left as written. */
#include "trc.h"

static char *mangled(const char *private, const char *name) {
    if (!private || !name || name[0] != '_' || name[1] != '_') return NULL;
    size_t len = strlen(name);
    if ((len >= 2 && name[len - 1] == '_' && name[len - 2] == '_') || strchr(name, '.')) return NULL;
    while (*private == '_') private++;
    if (!*private) return NULL;
    return format("_%s%s", private, name);
}

static void mangle_in_place(const char *private, char **name) {
    char *m = mangled(private, *name);
    if (m) *name = m;
}

static void walk(Node *n, const char *private);

static void walk_vec(Vec *v, const char *private) {
    for (int i = 0; i < v->len; i++) walk(v->data[i], private);
}

static void walk_child(Node *n, void *private) { walk(n, private); }

static void walk(Node *n, const char *private) {
    if (!n) return;
    switch (n->kind) {
    case N_NAME: case N_ATTRIBUTE: case N_ARG: case N_EXCEPTHANDLER:
    case N_PMATCH_STAR: case N_PMATCH_AS: case N_PMATCH_MAPPING:
        mangle_in_place(private, &n->name);
        break;
    case N_GLOBAL: case N_NONLOCAL:
        for (int i = 0; i < n->idents.len; i++) mangle_in_place(private, (char **)&n->idents.data[i]);
        break;
    case N_FUNCDEF:
        n->asname = mangled(private, n->name);
        break;
    case N_CLASSDEF: /* decorators, bases and keywords in the enclosing class's terms */
        n->asname = mangled(private, n->name);
        walk_vec(&n->decorators, private);
        walk_vec(&n->bases, private);
        walk_vec(&n->keywords, private);
        walk_vec(&n->body, n->name);
        return;
    default:
        break;
    }
    ast_each_child(n, walk_child, (void *)private);
}

void mangle_private_names(Node *module) { walk(module, NULL); }
