/* resolve.c — scopes and symbols: decides for every name whether it is an SSA local, a
 * cell, a free variable, a module global slot, a class-namespace entry or a builtin.
 * Two phases per module: declare (walk the AST, create scopes, record bindings and
 * uses), then bind (resolve each use, marking captured locals as cells).
 * Assumes: the AST came from parse.c; comprehensions and class bodies compile inline
 * into the C function of their enclosing unit (module, def or lambda). */
#include "trc.h"

static const char *const builtin_names[] = {
    "abs", "aiter", "all", "anext", "any", "ascii", "bin", "bool", "breakpoint", "bytearray",
    "bytes", "callable", "chr", "classmethod", "compile", "complex", "delattr", "dict", "dir",
    "divmod", "enumerate", "eval", "exec", "filter", "float", "format", "frozenset",
    "getattr", "globals", "hasattr", "hash", "help", "hex", "id", "input", "int",
    "isinstance", "issubclass", "iter", "len", "list", "locals", "map", "max",
    "memoryview", "min", "next", "object", "oct", "open", "ord", "pow", "print",
    "property", "range", "repr", "reversed", "round", "set", "setattr", "slice",
    "sorted", "staticmethod", "str", "sum", "super", "tuple", "type", "vars", "zip",
    "exit", "quit", "None", "True", "False", "NotImplemented", "Ellipsis", "__import__",
    "__build_class__", "__debug__",
    "BaseException", "SystemExit", "KeyboardInterrupt", "GeneratorExit", "Exception",
    "StopIteration", "StopAsyncIteration", "ArithmeticError", "FloatingPointError",
    "OverflowError", "ZeroDivisionError", "AssertionError", "AttributeError",
    "BufferError", "EOFError", "ImportError", "ModuleNotFoundError", "LookupError",
    "IndexError", "KeyError", "MemoryError", "NameError", "UnboundLocalError", "OSError",
    "IOError", "EnvironmentError", "BlockingIOError", "ChildProcessError",
    "ConnectionError", "BrokenPipeError", "ConnectionAbortedError",
    "ConnectionRefusedError", "ConnectionResetError", "FileExistsError",
    "FileNotFoundError", "InterruptedError", "IsADirectoryError", "NotADirectoryError",
    "PermissionError", "ProcessLookupError", "TimeoutError", "ReferenceError",
    "RuntimeError", "NotImplementedError", "RecursionError", "SyntaxError",
    "IndentationError", "TabError", "SystemError", "TypeError", "ValueError",
    "UnicodeError", "UnicodeDecodeError", "UnicodeEncodeError", "UnicodeTranslateError",
    "Warning", "DeprecationWarning", "PendingDeprecationWarning", "RuntimeWarning",
    "SyntaxWarning", "UserWarning", "FutureWarning", "ImportWarning", "UnicodeWarning",
    "BytesWarning", "ResourceWarning", "EncodingWarning", "ExceptionGroup",
    "BaseExceptionGroup", NULL,
};

static bool is_builtin_name(const char *name) {
    for (int i = 0; builtin_names[i]; i++)
        if (!strcmp(builtin_names[i], name)) return true;
    return false;
}

/* ---------------------------------------------------------------- symbols */

typedef struct Use { Scope *scope; Node *node; } Use;

typedef struct Resolver {
    Program *prog;
    Module *mod;
    Vec uses;           /* Use*: names read or written, resolved after declaration */
    Vec all_scopes;
    StrIndex declared_global; /* each name some scope's globals_decl holds (value 1) */
} Resolver;

Symbol *scope_lookup(Scope *s, const char *name) {
    for (int i = 0; i < s->symbols.len; i++) {
        Symbol *sym = s->symbols.data[i];
        if (!strcmp(sym->name, name)) return sym;
    }
    return NULL;
}

static bool str_in(Vec *v, const char *name) {
    for (int i = 0; i < v->len; i++)
        if (!strcmp(v->data[i], name)) return true;
    return false;
}

int module_global_slot(Module *m, const char *name) {
    for (int i = 0; i < m->globals.len; i++)
        if (!strcmp(m->globals.data[i], name)) return i;
    vec_push(&m->globals, xstrdup(name));
    return m->globals.len - 1;
}

static bool comprehension_is_async(const Node *n) {
    for (int i = 0; i < n->generators.len; i++)
        if (((Node *)n->generators.data[i])->is_async) return true;
    return false;
}

static Scope *new_scope(Resolver *r, ScopeKind kind, Scope *parent, Node *node) {
    Scope *s = xmalloc(sizeof(Scope));
    s->kind = kind;
    s->parent = parent;
    s->node = node;
    s->module = r->mod;
    /* generator expressions are real generator functions; other comprehensions and class
     * bodies inline (and a generator expression's reduce loop copy, irgen_reduce.c),
     * except in a traced program (trace_hooks.c: frames with events),
     * where class bodies and synchronous comprehensions are functions of their own */
    bool traced = trace_module_traced(r->prog, r->mod);
    bool is_unit = kind == SC_MODULE || kind == SC_FUNCTION || kind == SC_LAMBDA || (kind == SC_CLASS && traced) ||
                   (kind == SC_COMPREHENSION && node &&
                    ((node->kind == N_GENEXP && !node->is_reduce_loop) || (!comprehension_is_async(node) && traced)));
    s->unit = is_unit ? s : parent->unit;
    if (node) node->scope = s;
    vec_push(&r->all_scopes, s);
    return s;
}

/* The scope a binding of `name` in s lands in (walrus in comprehensions goes out). */
static Symbol *declare(Scope *s, const char *name, bool is_param) {
    Symbol *sym = scope_lookup(s, name);
    if (!sym) {
        sym = xmalloc(sizeof(Symbol));
        sym->name = xstrdup(name);
        sym->scope = s;
        sym->index = -1;
        sym->kind = SYM_LOCAL;
        vec_push(&s->symbols, sym);
    }
    sym->is_param |= is_param;
    return sym;
}

/* Bound names are flagged by giving them a kind now; uses are resolved later. */
typedef struct Binding { Scope *scope; char *name; } Binding;

static void bind_name(Resolver *r, Scope *s, const char *name, Node *at) {
    Symbol *sym = declare(s, name, false);
    (void)at;
    (void)r;
    sym->index = sym->index < 0 ? -2 : sym->index; /* -2: bound, slot not yet assigned */
}

static void add_use(Resolver *r, Scope *s, Node *n) {
    Use *u = xmalloc(sizeof(Use));
    u->scope = s;
    u->node = n;
    vec_push(&r->uses, u);
}

/* ---------------------------------------------------------------- phase 1: declare */

static void visit_stmt(Resolver *r, Scope *s, Node *n);
static void visit_expr(Resolver *r, Scope *s, Node *n);
static void visit_target(Resolver *r, Scope *s, Node *n);

static void visit_stmts(Resolver *r, Scope *s, Vec *v) {
    for (int i = 0; i < v->len; i++) visit_stmt(r, s, v->data[i]);
}
static void visit_exprs(Resolver *r, Scope *s, Vec *v) {
    for (int i = 0; i < v->len; i++) visit_expr(r, s, v->data[i]);
}

static void visit_name_store(Resolver *r, Scope *s, Node *n) {
    bind_name(r, s, n->name, n);
    add_use(r, s, n);
}

static void visit_target(Resolver *r, Scope *s, Node *n) {
    switch (n->kind) {
    case N_NAME: visit_name_store(r, s, n); break;
    case N_TUPLE: case N_LIST:
        for (int i = 0; i < n->elts.len; i++) visit_target(r, s, n->elts.data[i]);
        break;
    case N_STARRED: visit_target(r, s, n->value); break;
    case N_ATTRIBUTE: visit_expr(r, s, n->value); break;
    case N_SUBSCRIPT: visit_expr(r, s, n->value); visit_expr(r, s, n->slice); break;
    default:
        error_at(s->module->file, n->line, n->col, "cannot assign to this expression");
    }
}

/* Parameters' defaults are evaluated outside; the names bind inside. */
static void declare_params(Scope *fs, Node *args) {
    Vec *groups[] = {&args->posonly, &args->params, &args->kwonly};
    for (int g = 0; g < 3; g++)
        for (int i = 0; i < groups[g]->len; i++) {
            Node *a = groups[g]->data[i];
            Symbol *sym = declare(fs, a->name, true);
            sym->index = -2;
            a->sym = sym;
        }
    if (args->vararg) { Symbol *sym = declare(fs, args->vararg->name, true); sym->index = -2; args->vararg->sym = sym; }
    if (args->kwarg) { Symbol *sym = declare(fs, args->kwarg->name, true); sym->index = -2; args->kwarg->sym = sym; }
}

/* Defaults and annotations are evaluated in the enclosing scope at def time. */
static void visit_defaults(Resolver *r, Scope *s, Node *n) {
    Node *args = n->args;
    visit_exprs(r, s, &args->defaults);
    for (int i = 0; i < args->kw_defaults.len; i++)
        if (args->kw_defaults.data[i]) visit_expr(r, s, args->kw_defaults.data[i]);
    Vec *groups[] = {&args->posonly, &args->params, &args->kwonly};
    for (int g = 0; g < 3; g++)
        for (int i = 0; i < groups[g]->len; i++) {
            Node *a = groups[g]->data[i];
            if (a->annotation) visit_expr(r, s, a->annotation);
        }
    if (args->vararg && args->vararg->annotation) visit_expr(r, s, args->vararg->annotation);
    if (args->kwarg && args->kwarg->annotation) visit_expr(r, s, args->kwarg->annotation);
    if (n->kind == N_FUNCDEF && n->returns) visit_expr(r, s, n->returns);
}

static void visit_function(Resolver *r, Scope *s, Node *n) {
    for (int i = 0; i < n->decorators.len; i++) visit_expr(r, s, n->decorators.data[i]);
    visit_defaults(r, s, n);
    ScopeKind kind = n->kind == N_LAMBDA ? SC_LAMBDA : SC_FUNCTION;
    Scope *fs = new_scope(r, kind, s, n);
    fs->is_coroutine = n->is_async;
    declare_params(fs, n->args);
    if (n->kind == N_LAMBDA) visit_expr(r, fs, n->value);
    else visit_stmts(r, fs, &n->body);
}

/* await, async for/with and async comprehensions need an async def around them; in a
 * generator expression they make it an async generator expression. */
static void require_async(Scope *s, Node *n, const char *what) {
    Scope *u = s->unit;
    if (u->kind == SC_COMPREHENSION) { u->is_coroutine = true; return; }
    if (u->is_coroutine) return;
    if (u->kind == SC_MODULE && n->kind == N_AWAIT)
        error_at(s->module->file, n->line, n->col, "'await' outside function");
    if (n->kind == N_COMPREHENSION)
        error_at(s->module->file, n->line, n->col, "asynchronous comprehension outside of an asynchronous function");
    error_at(s->module->file, n->line, n->col, "%s outside async function", what);
}

static void visit_comprehension(Resolver *r, Scope *s, Node *n) {
    Node *first = n->generators.data[0];
    if (!n->is_reduce_loop) visit_expr(r, s, first->iter); /* evaluated in the enclosing scope */
    Scope *cs = new_scope(r, SC_COMPREHENSION, s, n);
    for (int i = 0; i < n->generators.len; i++) {
        Node *g = n->generators.data[i];
        if (g->is_async) require_async(cs, g, "asynchronous comprehension");
        if (i > 0) visit_expr(r, cs, g->iter);
        visit_target(r, cs, g->target);
        visit_exprs(r, cs, &g->ifs);
    }
    if (n->kind == N_DICTCOMP) { visit_expr(r, cs, n->left); visit_expr(r, cs, n->right); }
    else visit_expr(r, cs, n->value);
    if (n->kind == N_GENEXP) cs->is_generator = true;
}

/* A call irgen_reduce.c may fold gets a copy of its generator expression, resolved as
 * an inline loop of s, unless the expression is asynchronous or the program traced
 * (where the generator keeps its frame). */
static void visit_reduce_loop(Resolver *r, Scope *s, Node *call) {
    if (!reduce_call_shape(call) || trace_module_traced(r->prog, r->mod)) return;
    Node *genexp = call->call_args.data[0];
    if (genexp->scope->is_coroutine) return;
    genexp->reduce_loop = ast_copy(genexp);
    genexp->reduce_loop->is_reduce_loop = true;
    genexp->reduce_loop->reduce_loop = call;
    visit_comprehension(r, s, genexp->reduce_loop);
}

static void visit_pattern(Resolver *r, Scope *s, Node *p) {
    if (!p) return;
    switch (p->kind) {
    case N_PMATCH_VALUE: case N_PMATCH_SINGLETON: visit_expr(r, s, p->value); break;
    case N_PMATCH_SEQUENCE: case N_PMATCH_OR:
        for (int i = 0; i < p->elts.len; i++) visit_pattern(r, s, p->elts.data[i]);
        break;
    case N_PMATCH_MAPPING:
        visit_exprs(r, s, &p->keys);
        for (int i = 0; i < p->values.len; i++) visit_pattern(r, s, p->values.data[i]);
        if (p->name) visit_name_store(r, s, p);
        break;
    case N_PMATCH_CLASS:
        visit_expr(r, s, p->value);
        for (int i = 0; i < p->elts.len; i++) visit_pattern(r, s, p->elts.data[i]);
        for (int i = 0; i < p->values.len; i++) visit_pattern(r, s, p->values.data[i]);
        break;
    case N_PMATCH_STAR:
        if (p->name) visit_name_store(r, s, p);
        break;
    case N_PMATCH_AS:
        visit_pattern(r, s, p->pattern);
        if (p->name) visit_name_store(r, s, p);
        break;
    default: break;
    }
}

static Scope *walrus_scope(Scope *s) {
    while (s->kind == SC_COMPREHENSION) s = s->parent;
    return s;
}

static void visit_expr(Resolver *r, Scope *s, Node *n) {
    if (!n) return;
    switch (n->kind) {
    case N_NAME:
        add_use(r, s, n);
        if (!strcmp(n->name, "super") || !strcmp(n->name, "__class__")) {
            /* zero-argument super() reads the __class__ cell of the enclosing class;
             * n->value is a synthetic use of __class__ for irgen */
            for (Scope *c = s; c; c = c->parent)
                if (c->kind == SC_FUNCTION && c->parent && c->parent->kind == SC_CLASS) {
                    c->parent->needs_class_cell = true;
                    if (!strcmp(n->name, "super")) {
                        Node *cls = new_node(N_NAME, n->line, n->col);
                        cls->name = "__class__";
                        n->value = cls;
                        add_use(r, s, cls);
                    }
                    break;
                }
        }
        break;
    case N_INT: case N_FLOAT: case N_IMAG: case N_STR: case N_BYTES: case N_NONE:
    case N_TRUE: case N_FALSE: case N_ELLIPSIS:
        break;
    case N_JOINEDSTR: visit_exprs(r, s, &n->elts); break;
    case N_FORMATTED: visit_expr(r, s, n->value); visit_expr(r, s, n->format_spec); break;
    case N_BINOP: visit_expr(r, s, n->left); visit_expr(r, s, n->right); break;
    case N_UNARYOP: visit_expr(r, s, n->value); break;
    case N_BOOLOP: visit_exprs(r, s, &n->values); break;
    case N_COMPARE: visit_expr(r, s, n->left); visit_exprs(r, s, &n->values); break;
    case N_CALL:
        visit_expr(r, s, n->func);
        visit_exprs(r, s, &n->call_args);
        visit_reduce_loop(r, s, n);
        for (int i = 0; i < n->keywords.len; i++) visit_expr(r, s, ((Node *)n->keywords.data[i])->value);
        break;
    case N_KEYWORD: visit_expr(r, s, n->value); break;
    case N_ATTRIBUTE: visit_expr(r, s, n->value); break;
    case N_SUBSCRIPT: visit_expr(r, s, n->value); visit_expr(r, s, n->slice); break;
    case N_SLICE: visit_expr(r, s, n->lower); visit_expr(r, s, n->upper); visit_expr(r, s, n->step); break;
    case N_STARRED: visit_expr(r, s, n->value); break;
    case N_LIST: case N_TUPLE: case N_SET: visit_exprs(r, s, &n->elts); break;
    case N_DICT:
        for (int i = 0; i < n->keys.len; i++) {
            if (n->keys.data[i]) visit_expr(r, s, n->keys.data[i]);
            visit_expr(r, s, n->values.data[i]);
        }
        break;
    case N_LISTCOMP: case N_SETCOMP: case N_GENEXP: case N_DICTCOMP:
        visit_comprehension(r, s, n);
        break;
    case N_LAMBDA: visit_function(r, s, n); break;
    case N_IFEXP: visit_expr(r, s, n->test); visit_expr(r, s, n->left); visit_expr(r, s, n->right); break;
    case N_NAMEDEXPR: {
        visit_expr(r, s, n->value);
        Scope *ws = walrus_scope(s);
        if (ws->kind == SC_CLASS && s->kind == SC_COMPREHENSION)
            error_at(s->module->file, n->line, n->col,
                     "assignment expression within a comprehension cannot be used in a class body");
        bind_name(r, ws, n->target->name, n->target);
        add_use(r, ws, n->target);
        /* inside a comprehension the name is seen through the comprehension scope */
        if (ws != s) add_use(r, s, n->target);
        break;
    }
    case N_YIELD: case N_YIELDFROM:
        if (s->kind == SC_COMPREHENSION)
            error_at(s->module->file, n->line, n->col, "'yield' inside %s",
                     s->node->kind == N_GENEXP ? "generator expression" : s->node->kind == N_LISTCOMP ? "list comprehension"
                     : s->node->kind == N_SETCOMP ? "set comprehension" : "dict comprehension");
        if (s->kind == SC_CLASS || s->kind == SC_MODULE)
            error_at(s->module->file, n->line, n->col, "'yield' outside function");
        s->unit->is_generator = true;
        if (n->kind == N_YIELDFROM && s->unit->is_coroutine)
            error_at(s->module->file, n->line, n->col, "'yield from' inside async function");
        visit_expr(r, s, n->value);
        break;
    case N_AWAIT:
        require_async(s, n, "'await'");
        visit_expr(r, s, n->value);
        break;
    default:
        error_at(s->module->file, n->line, n->col, "unexpected %s in expression", node_kind_name(n->kind));
    }
}

static void visit_stmt(Resolver *r, Scope *s, Node *n) {
    switch (n->kind) {
    case N_FUNCDEF:
        visit_function(r, s, n);
        bind_name(r, s, bound_name(n), n);
        add_use(r, s, n);
        break;
    case N_CLASSDEF: {
        for (int i = 0; i < n->decorators.len; i++) visit_expr(r, s, n->decorators.data[i]);
        visit_exprs(r, s, &n->bases);
        for (int i = 0; i < n->keywords.len; i++) visit_expr(r, s, ((Node *)n->keywords.data[i])->value);
        Scope *cs = new_scope(r, SC_CLASS, s, n);
        visit_stmts(r, cs, &n->body);
        bind_name(r, s, bound_name(n), n);
        add_use(r, s, n);
        break;
    }
    case N_RETURN:
        if (s->kind != SC_FUNCTION && s->kind != SC_LAMBDA)
            error_at(s->module->file, n->line, n->col, "'return' outside function");
        visit_expr(r, s, n->value);
        break;
    case N_DELETE:
        for (int i = 0; i < n->targets.len; i++) visit_target(r, s, n->targets.data[i]);
        break;
    case N_ASSIGN:
        visit_expr(r, s, n->value);
        for (int i = 0; i < n->targets.len; i++) visit_target(r, s, n->targets.data[i]);
        break;
    case N_AUGASSIGN:
        visit_expr(r, s, n->value);
        visit_target(r, s, n->target);
        break;
    case N_ANNASSIGN:
        visit_expr(r, s, n->value);
        /* a class body or module evaluates the annotations of its names (unless they stay strings) */
        if ((s->kind == SC_CLASS || s->kind == SC_MODULE) && n->simple && !r->mod->future_annotations)
            visit_expr(r, s, n->annotation);
        if (n->target->kind == N_NAME) {
            if (n->value) visit_target(r, s, n->target);
            else bind_name(r, s, n->target->name, n->target); /* `x: int` makes x local */
        } else {
            visit_target(r, s, n->target);
        }
        break;
    case N_FOR:
        if (n->is_async) require_async(s, n, "'async for'");
        visit_expr(r, s, n->iter);
        visit_target(r, s, n->target);
        visit_stmts(r, s, &n->body);
        visit_stmts(r, s, &n->orelse);
        break;
    case N_WHILE:
        visit_expr(r, s, n->test);
        visit_stmts(r, s, &n->body);
        visit_stmts(r, s, &n->orelse);
        break;
    case N_IF:
        visit_expr(r, s, n->test);
        visit_stmts(r, s, &n->body);
        visit_stmts(r, s, &n->orelse);
        break;
    case N_WITH:
        if (n->is_async) require_async(s, n, "'async with'");
        for (int i = 0; i < n->items.len; i++) {
            Node *it = n->items.data[i];
            visit_expr(r, s, it->value);
            if (it->target) visit_target(r, s, it->target);
        }
        visit_stmts(r, s, &n->body);
        break;
    case N_MATCH:
        visit_expr(r, s, n->value);
        for (int i = 0; i < n->cases.len; i++) {
            Node *c = n->cases.data[i];
            visit_pattern(r, s, c->pattern);
            visit_expr(r, s, c->test);
            visit_stmts(r, s, &c->body);
        }
        break;
    case N_RAISE: visit_expr(r, s, n->value); visit_expr(r, s, n->cause); break;
    case N_TRY:
        visit_stmts(r, s, &n->body);
        for (int i = 0; i < n->handlers.len; i++) {
            Node *h = n->handlers.data[i];
            visit_expr(r, s, h->value);
            if (h->name) { bind_name(r, s, h->name, h); add_use(r, s, h); }
            visit_stmts(r, s, &h->body);
        }
        visit_stmts(r, s, &n->orelse);
        visit_stmts(r, s, &n->finalbody);
        break;
    case N_ASSERT: visit_expr(r, s, n->test); visit_expr(r, s, n->value); break;
    case N_IMPORT:
        for (int i = 0; i < n->names.len; i++) {
            Node *a = n->names.data[i];
            char *bound = a->asname ? xstrdup(a->asname) : xstrdup(a->name);
            if (!a->asname) { char *dot = strchr(bound, '.'); if (dot) *dot = 0; }
            Node *tmp = new_node(N_NAME, a->line, a->col);
            tmp->name = bound;
            a->value = tmp; /* the name node the import binds */
            visit_name_store(r, s, tmp);
        }
        break;
    case N_IMPORTFROM:
        for (int i = 0; i < n->names.len; i++) {
            Node *a = n->names.data[i];
            if (!strcmp(a->name, "*")) {
                if (s->kind != SC_MODULE)
                    error_at(s->module->file, n->line, n->col, "import * only allowed at module level");
                r->mod->has_star_import = true;
                continue;
            }
            Node *tmp = new_node(N_NAME, a->line, a->col);
            tmp->name = xstrdup(a->asname ? a->asname : a->name);
            a->value = tmp;
            visit_name_store(r, s, tmp);
        }
        break;
    case N_GLOBAL:
        for (int i = 0; i < n->idents.len; i++) {
            char *name = n->idents.data[i];
            if (scope_lookup(s, name) && s->kind != SC_MODULE)
                error_at(s->module->file, n->line, n->col,
                         "name '%s' is used prior to global declaration", name);
            vec_push(&s->globals_decl, name);
            str_index_put(&r->declared_global, name, 1);
        }
        break;
    case N_NONLOCAL:
        if (s->kind == SC_MODULE)
            error_at(s->module->file, n->line, n->col, "nonlocal declaration not allowed at module level");
        for (int i = 0; i < n->idents.len; i++) vec_push(&s->nonlocals_decl, n->idents.data[i]);
        break;
    case N_EXPR: visit_expr(r, s, n->value); break;
    case N_PASS: case N_BREAK: case N_CONTINUE: break;
    default:
        error_at(s->module->file, n->line, n->col, "unexpected %s statement", node_kind_name(n->kind));
    }
}

/* ---------------------------------------------------------------- phase 2: bind */

static bool binds_locally(Scope *s, Symbol *sym) {
    return sym && sym->index != -1; /* declared by a binding, not only by a use */
}

static int new_var(Scope *s) { return s->unit->nvars++; }

/* The symbol for `name` as seen from scope s, creating FREE/alias entries as needed. */
static Symbol *resolve_in(Resolver *r, Scope *s, const char *name, Node *at);

static Symbol *make_global(Resolver *r, Scope *s, const char *name) {
    Symbol *sym = declare(s, name, false);
    Module *m = r->mod;
    Symbol *modsym = scope_lookup(m->scope, name);
    /* a module-level use of a builtin resolves to SYM_BUILTIN, which binds nothing */
    bool bound_in_module = modsym && modsym->index != -1 && modsym->kind != SYM_BUILTIN;
    bool declared_global_somewhere = str_index_get(&r->declared_global, name) >= 0;
    if (!bound_in_module && !declared_global_somewhere && !m->has_star_import && is_builtin_name(name)) {
        sym->kind = SYM_BUILTIN;
        sym->index = 0;
    } else {
        sym->kind = SYM_GLOBAL;
        sym->index = module_global_slot(m, name);
    }
    return sym;
}

/* outer, a variable of scope p that a function inside c closes over, as the class
 * bodies from c out to p that are units of their own (traced programs) pass it on: a
 * free variable of each, outermost first, under no name of the class (class scopes are
 * invisible to the functions inside them). */
static Symbol *through_class_units(Scope *c, Scope *p, Symbol *outer) {
    if (c == p) return outer;
    outer = through_class_units(c->parent, p, outer);
    if (c->kind != SC_CLASS || c->unit != c) return outer;
    for (int i = 0; i < c->freevars.len; i++)
        if (((Symbol *)c->freevars.data[i])->outer == outer) return c->freevars.data[i];
    Symbol *passed = xmalloc(sizeof(Symbol));
    passed->name = outer->name;
    passed->kind = SYM_FREE;
    passed->scope = c;
    passed->outer = outer;
    passed->index = c->freevars.len;
    vec_push(&c->freevars, passed);
    return passed;
}

static Symbol *resolve_in(Resolver *r, Scope *s, const char *name, Node *at) {
    if (s->kind == SC_CLASS && s->class_cell && !strcmp(name, "__class__")) return s->class_cell;
    Symbol *sym = scope_lookup(s, name);
    if (sym && sym->index >= 0) return sym; /* already resolved */

    if (s->kind == SC_MODULE) return make_global(r, s, name);
    if (str_in(&s->globals_decl, name)) return make_global(r, s, name);

    bool nonlocal = str_in(&s->nonlocals_decl, name);
    if (binds_locally(s, sym) && !nonlocal) {
        if (s->kind == SC_CLASS) {
            sym->kind = SYM_CLASS;
            sym->index = 0;
            return sym;
        }
        sym->kind = SYM_LOCAL;
        sym->index = new_var(s);
        return sym;
    }
    /* free here: find it in an enclosing scope; class scopes are invisible to inner ones */
    Scope *p = s->parent;
    bool class_cell_ref = !strcmp(name, "__class__");
    while (p && p->kind == SC_CLASS && s->kind != SC_CLASS && !(class_cell_ref && p->class_cell))
        p = p->parent;
    if (s->kind == SC_CLASS) p = s->parent;
    if (!p || p->kind == SC_MODULE) {
        if (nonlocal)
            error_at(r->mod->file, at->line, at->col, "no binding for nonlocal '%s' found", name);
        sym = make_global(r, s, name);
        sym->ns_first = s->kind == SC_CLASS;
        return sym;
    }
    if (nonlocal) {
        /* must be bound in some enclosing function scope */
        Scope *q = p;
        while (q && q->kind != SC_MODULE && !(binds_locally(q, scope_lookup(q, name)) &&
                                              !str_in(&q->globals_decl, name)))
            q = q->parent;
        if (!q || q->kind == SC_MODULE)
            error_at(r->mod->file, at->line, at->col, "no binding for nonlocal '%s' found", name);
    }
    Symbol *outer = resolve_in(r, p, name, at);
    sym = declare(s, name, false);
    if (outer->kind == SYM_GLOBAL || outer->kind == SYM_BUILTIN) {
        sym->kind = outer->kind;
        sym->index = outer->index;
        sym->ns_first = s->kind == SC_CLASS;
        return sym;
    }
    if (outer->kind == SYM_CLASS) { /* unreachable for non-class scopes */
        return make_global(r, s, name);
    }
    if (s->unit == p->unit) {
        /* same C function (comprehension or class body): share the variable */
        if (outer->kind == SYM_FREE) {
            sym->kind = SYM_FREE;
            sym->index = outer->index;
            sym->outer = outer->outer;
        } else {
            sym->kind = outer->kind;
            sym->index = outer->index;
        }
        sym->outer = outer;
        return sym;
    }
    /* crossing a function boundary: the outer variable becomes a cell — the variable
     * itself, not the view of it an inline comprehension between has (a generator
     * expression in a list comprehension reading the function's parameter) */
    while (outer->outer && outer->kind == SYM_LOCAL && outer->scope->unit == outer->outer->scope->unit)
        outer = outer->outer;
    if (outer->kind == SYM_LOCAL) outer->kind = SYM_CELL;
    outer->captured = true;
    /* aliases of that variable (comprehension views) must become cells too */
    sym->kind = SYM_FREE;
    sym->outer = through_class_units(s->parent, p, outer);
    sym->index = s->unit->freevars.len;
    vec_push(&s->unit->freevars, sym);
    return sym;
}

/* Aliases created before their target became a cell must follow it. */
static void sync_aliases(Resolver *r) {
    for (int i = 0; i < r->all_scopes.len; i++) {
        Scope *s = r->all_scopes.data[i];
        for (int j = 0; j < s->symbols.len; j++) {
            Symbol *sym = s->symbols.data[j];
            if (sym->outer && sym->kind != SYM_FREE && sym->outer->kind == SYM_CELL)
                sym->kind = SYM_CELL;
            if (sym->outer && sym->kind == SYM_FREE && sym->outer->kind == SYM_FREE &&
                sym->scope->unit == sym->outer->scope->unit)
                sym->index = sym->outer->index;
        }
    }
}

const char *scope_name(const Scope *s) {
    Node *n = s->node;
    if (s->kind == SC_MODULE) return "<module>";
    return s->kind == SC_LAMBDA ? "<lambda>"
         : s->kind != SC_COMPREHENSION ? n->name
         : n->kind == N_GENEXP ? "<genexpr>" : n->kind == N_SETCOMP ? "<setcomp>"
         : n->kind == N_DICTCOMP ? "<dictcomp>" : "<listcomp>";
}

static void make_qualnames(Scope *s) {
    if (s->kind == SC_MODULE) { s->qualname = ""; return; }
    const char *own = scope_name(s);
    Scope *p = s->parent;
    if (p->kind == SC_MODULE) s->qualname = xstrdup(own);
    else if (p->kind == SC_FUNCTION || p->kind == SC_LAMBDA || p->kind == SC_COMPREHENSION)
        s->qualname = format("%s.<locals>.%s", p->qualname, own);
    else s->qualname = format("%s.%s", p->qualname, own);
}

/* `from __future__ import NAME` as CPython's compiler checks it: only after the
 * docstring and other future imports, only known features; `annotations` switches the
 * module to annotations kept as strings (PEP 563). */
static void check_future_imports(Module *m) {
    static const char *const features[] = {"nested_scopes", "generators", "division", "absolute_import",
        "with_statement", "print_function", "unicode_literals", "barry_as_FLUFL", "generator_stop",
        "annotations", NULL};
    bool at_start = true;
    for (int i = 0; i < m->ast->body.len; i++) {
        Node *n = m->ast->body.data[i];
        bool future = n->kind == N_IMPORTFROM && !n->level && n->name && !strcmp(n->name, "__future__");
        if (!future) {
            if (!(i == 0 && n->kind == N_EXPR && n->value->kind == N_STR)) at_start = false;
            continue;
        }
        if (!at_start)
            error_at(m->file, n->line, n->col, "from __future__ imports must occur at the beginning of the file");
        for (int k = 0; k < n->names.len; k++) {
            Node *a = n->names.data[k];
            if (!strcmp(a->name, "braces")) error_at(m->file, n->line, n->col, "not a chance");
            int f = 0;
            while (features[f] && strcmp(features[f], a->name)) f++;
            if (!features[f]) error_at(m->file, n->line, n->col, "future feature %s is not defined", a->name);
            if (!strcmp(a->name, "annotations")) m->future_annotations = true;
        }
    }
}

void resolve_module(Program *p, Module *m) {
    check_future_imports(m);
    Resolver r = {.prog = p, .mod = m};
    Scope *ms = new_scope(&r, SC_MODULE, NULL, m->ast);
    m->scope = ms;
    /* module dunders always have slots */
    module_global_slot(m, "__name__");
    module_global_slot(m, "__file__");
    module_global_slot(m, "__doc__");
    visit_stmts(&r, ms, &m->ast->body);
    for (int i = 0; i < r.all_scopes.len; i++) make_qualnames(r.all_scopes.data[i]);
    /* parameters first so they get the lowest variable numbers */
    for (int i = 0; i < r.all_scopes.len; i++) {
        Scope *s = r.all_scopes.data[i];
        for (int j = 0; j < s->symbols.len; j++) {
            Symbol *sym = s->symbols.data[j];
            if (sym->is_param && sym->index == -2) { sym->kind = SYM_LOCAL; sym->index = new_var(s); }
        }
    }
    for (int i = 0; i < r.all_scopes.len; i++) {
        Scope *s = r.all_scopes.data[i];
        if (s->kind == SC_CLASS && s->needs_class_cell) {
            Symbol *cell = xmalloc(sizeof(Symbol));
            cell->name = "__class__";
            cell->kind = SYM_CELL;
            cell->scope = s;
            cell->index = new_var(s);
            s->class_cell = cell;
        }
    }
    for (int i = 0; i < r.uses.len; i++) {
        Use *u = r.uses.data[i];
        u->node->sym = resolve_in(&r, u->scope, bound_name(u->node), u->node);
    }
    /* bound-but-unused names still need a home */
    for (int i = 0; i < r.all_scopes.len; i++) {
        Scope *s = r.all_scopes.data[i];
        for (int j = 0; j < s->symbols.len; j++) {
            Symbol *sym = s->symbols.data[j];
            if (sym->index == -2) resolve_in(&r, s, sym->name, s->node ? s->node : m->ast);
        }
    }
    sync_aliases(&r);
    str_index_free(&r.declared_global);
}
