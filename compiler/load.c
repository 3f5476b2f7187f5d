/* load.c — finds and parses every module a program imports (the closed world).
 * User modules are NAME.tr / NAME.py files or packages NAME/__init__.{tr,py} in the
 * main file's directory, or failing those a directory NAME (a namespace package); they shadow the standard library's modules, as the script's
 * directory does in CPython.  Stdlib modules come from stdlib_registry.c: C modules,
 * and Tauraro sources trc carries, parsed like the user's.  An import of a
 * name found nowhere is left for run time (ModuleNotFoundError), so that
 * `try: import x / except ImportError` works.  A program that names `help` imports
 * pydoc, which the builtin calls. */
#include "trc.h"
#include <sys/stat.h>


Module *find_module(Program *p, const char *name) {
    for (int i = 0; i < p->modules.len; i++) {
        Module *m = p->modules.data[i];
        if (!strcmp(m->name, name)) return m;
    }
    return NULL;
}

static char *c_identifier(const char *name) {
    StrBuf b = {0};
    for (const char *s = name; *s; s++) {
        if ((*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z') || (*s >= '0' && *s <= '9'))
            sb_add(&b, s, 1);
        else if (*s == '_')
            sb_puts(&b, "__");
        else
            sb_printf(&b, "_%02x", (unsigned char)*s);
    }
    sb_add(&b, "", 1);
    return b.data;
}

static bool in_stdlib(const char *name) { return stdlib_has_module(name) || stdlib_source(name); }

static Module *add_module(Program *p, const char *name, SrcFile *f, bool is_package) {
    Module *m = xmalloc(sizeof(Module));
    m->name = xstrdup(name);
    m->c_name = c_identifier(name);
    m->file = f;
    m->is_package = is_package;
    m->is_stdlib = f == NULL;
    m->id = p->modules.len;
    vec_push(&p->modules, m);
    return m;
}

/* Look for a user module's source: returns the path or NULL.  Paths tried in vain are
 * recorded: a file appearing there later would change what the import finds. */
static char *locate_source(Program *p, const char *name, bool *is_package) {
    char *rel = xstrdup(name);
    for (char *c = rel; *c; c++)
        if (*c == '.') *c = '/';
    static const char *exts[] = {".tr", ".py"};
    for (int d = 0; d < p->search_dirs.len; d++) {
        const char *dir = p->search_dirs.data[d];
        for (int e = 0; e < 2; e++) {
            char *path = format("%s/%s%s", dir, rel, exts[e]);
            if (is_file(path)) { *is_package = false; return path; }
            vec_push(&p->probed_missing, path);
            path = format("%s/%s/__init__%s", dir, rel, exts[e]);
            if (is_file(path)) { *is_package = true; return path; }
            vec_push(&p->probed_missing, path);
        }
    }
    free(rel);
    return NULL;
}

/* A namespace package (PEP 420): a directory NAME (dots as slashes) without
 * __init__ in a search directory, when no search directory has a module or regular
 * package of that name (locate_source) and the stdlib has none.  Its path or NULL. */
static char *locate_namespace(Program *p, const char *name) {
    if (in_stdlib(name)) return NULL;
    char *rel = xstrdup(name);
    for (char *c = rel; *c; c++)
        if (*c == '.') *c = '/';
    char *found = NULL;
    for (int d = 0; d < p->search_dirs.len && !found; d++) {
        char *path = format("%s/%s", (char *)p->search_dirs.data[d], rel);
        if (is_dir(path)) found = path;
        else free(path);
    }
    free(rel);
    return found;
}

static void load_module(Program *p, const char *name);

/* Every import statement anywhere in the tree (also inside functions and try blocks),
 * and every `__import__("literal")` call. */
static void collect_imports(Program *p, Module *m, Node *n);

typedef struct ImportWalk { Program *p; Module *m; } ImportWalk;

static void collect_child(Node *n, void *ctx) {
    ImportWalk *w = ctx;
    collect_imports(w->p, w->m, n);
}

char *resolve_relative_import(Module *from, int level, const char *name) {
    if (level == 0) return xstrdup(name ? name : "");
    /* the package of `from`: itself if a package, else its parent */
    char *pkg = xstrdup(from->name);
    int up = from->is_package ? level - 1 : level;
    for (int i = 0; i < up; i++) {
        char *dot = strrchr(pkg, '.');
        if (!dot) { free(pkg); return NULL; }
        *dot = 0;
    }
    if (!strcmp(from->name, "__main__") && !from->is_package) { free(pkg); return NULL; }
    char *r = name && *name ? format("%s.%s", pkg, name) : xstrdup(pkg);
    free(pkg);
    return r;
}

static void collect_imports(Program *p, Module *m, Node *n) {
    if (!n) return;
    if (n->kind == N_IMPORT) {
        for (int i = 0; i < n->names.len; i++) {
            Node *a = n->names.data[i];
            load_module(p, a->name);
        }
        return;
    }
    if (n->kind == N_IMPORTFROM) {
        char *full = resolve_relative_import(m, n->level, n->name);
        if (!full)
            error_at(m->file, n->line, n->col, "attempted relative import with no known parent package");
        load_module(p, full);
        /* `from pkg import sub` may name a submodule */
        for (int i = 0; i < n->names.len; i++) {
            Node *a = n->names.data[i];
            if (!strcmp(a->name, "*")) continue;
            char *sub = format("%s.%s", full, a->name);
            bool pkg;
            char *path = locate_source(p, sub, &pkg), *dir = path ? NULL : locate_namespace(p, sub);
            if (path || dir || in_stdlib(sub)) load_module(p, sub);
            free(path);
            free(dir);
            free(sub);
        }
        free(full);
        return;
    }
    /* the builtin help() is pydoc's (runtime/help.c): a program naming it carries pydoc
     * (not for stdlib modules' own `help` parameters: argparse's add_argument(help=...)) */
    if (n->kind == N_NAME && !m->is_carried && !strcmp(n->name, "help")) load_module(p, "pydoc");
    /* __import__("m") and importlib.import_module("m") find m among the modules compiled in */
    const char *literal = ast_literal_import(n);
    if (!literal) literal = ast_literal_import_module(n);
    if (literal) load_module(p, literal);
    ImportWalk w = {p, m};
    ast_each_child(n, collect_child, &w);
}

static void load_module(Program *p, const char *name) {
    if (find_module(p, name)) return;
    /* load parent packages first: `import a.b` runs a/__init__ then a/b */
    const char *dot = strrchr(name, '.');
    if (dot) {
        char *parent = xstrndup(name, dot - name);
        load_module(p, parent);
        free(parent);
        if (find_module(p, name)) return; /* the package itself imported it */
    }
    bool is_package = false;
    char *path = locate_source(p, name, &is_package);
    const StdlibSource *carried = path ? NULL : stdlib_source(name);
    char *namespace_dir = path || carried ? NULL : locate_namespace(p, name);
    SrcFile *f;
    if (carried) {
        f = source_from_text(carried->path, carried->text, strlen(carried->text));
        is_package = carried->is_package;
    } else if (path) {
        f = read_source(path);
        if (!f) { fprintf(stderr, "trc: error: cannot read %s\n", path); exit(2); }
    } else if (namespace_dir) {
        f = source_from_text(namespace_dir, "", 0);
        is_package = true;
    } else {
        if (stdlib_has_module(name)) add_module(p, name, NULL, false);
        return; /* unknown: ModuleNotFoundError at run time */
    }
    Node *ast = parse_file(f);
    mangle_private_names(ast);
    /* register before walking so that cyclic imports terminate */
    Module *m = add_module(p, name, f, is_package);
    m->is_carried = carried != NULL;
    m->is_namespace = namespace_dir != NULL;
    free(namespace_dir);
    m->ast = ast;
    collect_imports(p, m, ast);
    /* keep dependencies ahead of dependents: move m to the end */
    int at = 0;
    while (p->modules.data[at] != m) at++;
    memmove(p->modules.data + at, p->modules.data + at + 1, sizeof(void *) * (p->modules.len - at - 1));
    p->modules.data[p->modules.len - 1] = m;
}

Program *load_program(SrcFile *f, const char *dir) {
    Program *p = xmalloc(sizeof(Program));
    vec_push(&p->search_dirs, absolute_path(dir)); /* as CPython's sys.path[0] */

    Node *ast = parse_file(f);
    mangle_private_names(ast);
    Module *m = xmalloc(sizeof(Module));
    m->name = "__main__";
    m->c_name = "__main__";
    m->file = f;
    m->ast = ast;
    p->main = m;
    vec_push(&p->modules, m);
    collect_imports(p, m, ast);
    /* main goes last */
    for (int i = 0; i < p->modules.len - 1; i++) p->modules.data[i] = p->modules.data[i + 1];
    p->modules.data[p->modules.len - 1] = m;
    for (int i = 0; i < p->modules.len; i++) ((Module *)p->modules.data[i])->id = i;
    for (int i = 0; i < p->modules.len; i++) {
        Module *mod = p->modules.data[i];
        if (!mod->is_stdlib) resolve_module(p, mod);
    }
    return p;
}
