/* irgen.c — AST to typed SSA IR, built directly with Braun et al.'s algorithm
 * ("Simple and Efficient Construction of SSA Form", 2013): each block keeps the
 * current value of every variable; reads in unsealed blocks create incomplete phis.
 * Exceptions are control flow: inside a try region every instruction that may raise
 * ends its block, so the handler's phis see exactly the values at the raise point.
 * return/break/continue leaving try/finally, except and with bodies replay the
 * cleanup code recorded on the unwind stack.
 * Assumes: resolve.c ran (symbols on names, scopes on defs/classes/comprehensions). */
#include "trc.h"

/* What leaving a region must do (finally bodies, handled-exception restore, __exit__,
 * closing the generator a for loop owns). */
typedef enum UnwindKind { UW_FINALLY, UW_HANDLED, UW_WITH, UW_CLOSE_ITER } UnwindKind;
struct Unwind {
    UnwindKind kind;
    Vec *finalbody;      /* UW_FINALLY */
    Instr *value;        /* UW_HANDLED: previous handled exception; UW_WITH: bound __exit__;
                            UW_CLOSE_ITER: the loop's iterator */
    Instr *owns;         /* UW_CLOSE_ITER: whether the loop owns it (OWNS_GEN) */
    bool is_async;       /* UW_WITH: async with (the exit is awaited) */
    Block *outer_exc;    /* exceptional target outside this region */
    struct Unwind *prev;
};

struct Loop {
    Block *cont, *brk;
    Unwind *unwind;      /* unwind stack depth at loop entry */
    struct Loop *prev;
};

static void gen_assign(Gen *g, Node *target, Instr *v);
static Instr *gen_function(Gen *g, Node *n);

/* ---------------------------------------------------------------- SSA variables */

static void add_pred(Block *b, Block *pred) { vec_push(&b->preds, pred); }

void write_var(Block *b, int var, Instr *v) {
    if (var >= b->ndefs) {
        int n = var + 16;
        b->defs = xrealloc(b->defs, sizeof(Instr *) * n);
        memset(b->defs + b->ndefs, 0, sizeof(Instr *) * (n - b->ndefs));
        b->ndefs = n;
    }
    b->defs[var] = v;
}

static Instr *new_phi(Block *b, int var) {
    Instr *phi = ir_instr_new(b, IR_PHI, TY_DYN, 0);
    /* phis go first: move from the end to the front */
    b->instrs.len--;
    vec_push(&b->instrs, NULL);
    memmove(b->instrs.data + 1, b->instrs.data, sizeof(void *) * (b->instrs.len - 1));
    b->instrs.data[0] = phi;
    phi->var = var;
    return phi;
}

static void add_phi_operands(Gen *g, Instr *phi) {
    Block *b = phi->block;
    for (int i = 0; i < b->preds.len; i++) ir_add_arg(phi, read_var(g, b->preds.data[i], phi->var));
}

Instr *read_var(Gen *g, Block *b, int var) {
    if (var < b->ndefs && b->defs[var]) return b->defs[var];
    Instr *v;
    if (!b->sealed) {
        v = new_phi(b, var);
        vec_push(&b->incomplete_phis, v);
    } else if (b->preds.len == 0) {
        v = g->undef;
    } else if (b->preds.len == 1) {
        v = read_var(g, b->preds.data[0], var);
    } else {
        v = new_phi(b, var);
        write_var(b, var, v);
        add_phi_operands(g, v);
    }
    write_var(b, var, v);
    return v;
}

void seal(Gen *g, Block *b) {
    if (b->sealed) return;
    b->sealed = true;
    for (int i = 0; i < b->incomplete_phis.len; i++) add_phi_operands(g, b->incomplete_phis.data[i]);
    b->incomplete_phis.len = 0;
}

int new_temp(Gen *g) { return g->fn->nvars++; }

/* ---------------------------------------------------------------- emission */

Block *new_block(Gen *g) { return ir_block_new(g->fn); }

/* Append an instruction to the current block.  Inside a try region one that may
 * raise ends its block: the handler gets an edge from exactly this point. */
/* The block code goes into; after a terminator, a fresh unreachable one. */
static Block *current(Gen *g) {
    if (!g->cur) {
        g->cur = new_block(g);
        seal(g, g->cur);
    }
    return g->cur;
}

Instr *emit(Gen *g, IrOp op, IrType type) {
    Instr *i = ir_instr_new(current(g), op, type, g->line);
    if (g->at && g->at->line == g->line && ir_op_can_raise(op)) i->span = span_of(g->mod->file, g->at);
    if (g->scope != g->scope->unit && ir_op_can_raise(op)) i->frame_scope = g->scope;
    return i;
}

/* Code from here on is n's: its line and, for tracebacks, its span. */
static void at_node(Gen *g, Node *n) {
    g->line = n->line;
    g->at = n;
}

static void finish_raising(Gen *g, Instr *i) {
    if (!ir_op_can_raise(i->op) || ir_is_terminator(i->op)) return;
    i->exc = g->exc;
    if (!g->exc) return;
    add_pred(g->exc, g->cur);
    Block *next = new_block(g);
    Instr *j = ir_instr_new(g->cur, IR_JUMP, TY_VOID, g->line);
    j->target[0] = next;
    add_pred(next, g->cur);
    seal(g, next);
    g->cur = next;
}

Instr *op0(Gen *g, IrOp op, IrType type) {
    Instr *i = emit(g, op, type);
    finish_raising(g, i);
    return i;
}
Instr *op1(Gen *g, IrOp op, IrType type, Instr *a) {
    Instr *i = emit(g, op, type);
    ir_add_arg(i, a);
    finish_raising(g, i);
    return i;
}
Instr *op2(Gen *g, IrOp op, IrType type, Instr *a, Instr *b) {
    Instr *i = emit(g, op, type);
    ir_add_arg(i, a);
    ir_add_arg(i, b);
    finish_raising(g, i);
    return i;
}
static Instr *op3(Gen *g, IrOp op, IrType type, Instr *a, Instr *b, Instr *c) {
    Instr *i = emit(g, op, type);
    ir_add_arg(i, a);
    ir_add_arg(i, b);
    ir_add_arg(i, c);
    finish_raising(g, i);
    return i;
}
/* An instruction over operands that were all evaluated before (Vec of Instr*;
 * null entries are absent optional operands). */
Instr *opv(Gen *g, IrOp op, IrType type, Vec *args) {
    Instr *i = emit(g, op, type);
    for (int k = 0; k < args->len; k++) ir_add_arg(i, args->data[k]);
    finish_raising(g, i);
    return i;
}
Instr *finish(Gen *g, Instr *i) { finish_raising(g, i); return i; }

void jump(Gen *g, Block *to) {
    if (!g->cur) return;
    Instr *j = emit(g, IR_JUMP, TY_VOID);
    j->target[0] = to;
    add_pred(to, g->cur);
    g->cur = NULL;
}

void branch(Gen *g, Instr *cond, Block *t, Block *f) {
    Instr *b = emit(g, IR_BRANCH, TY_VOID);
    ir_add_arg(b, cond);
    b->target[0] = t;
    b->target[1] = f;
    add_pred(t, g->cur);
    add_pred(f, g->cur);
    g->cur = NULL;
}

/* A terminator that may raise (RAISE, RERAISE, FOR_NEXT): record the handler edge. */
void raising_terminator(Gen *g, Instr *i) {
    i->exc = g->exc;
    if (g->exc) add_pred(g->exc, g->cur);
}

/* Raise exc again (a handler passing on what it does not handle); code after is unreachable. */
void gen_reraise(Gen *g, Instr *exc) {
    Instr *rr = emit(g, IR_RERAISE, TY_VOID);
    ir_add_arg(rr, exc);
    raising_terminator(g, rr);
    g->cur = NULL;
}

Instr *gen_const_str(Gen *g, const char *s, size_t len) {
    Instr *i = emit(g, IR_CONST_STR, TY_STR);
    i->str = xstrndup(s, len);
    i->len = len;
    return i;
}
Instr *const_none(Gen *g) { return emit(g, IR_CONST_NONE, TY_NONE); }

static void return_value(Gen *g, Instr *v) {
    Instr *r = emit(g, IR_RETURN, TY_VOID);
    ir_add_arg(r, v);
    g->cur = NULL;
}

/* The `return None` a body ends with when it runs off its end.  In a traced build it
 * has no line of its own: CPython reports no 'line' event for it and its 'return' at
 * the line that ran last (a loop's header, an `if`'s last branch, a `finally`). */
static void implicit_return(Gen *g) {
    if (trace_module_traced(g->prog, g->mod)) g->line = 0;
    return_value(g, const_none(g));
}

Instr *to_cbool(Gen *g, Instr *v) {
    if (v->type == TY_CBOOL) return v;
    return op1(g, IR_TRUTH, TY_CBOOL, v);
}

/* `await v`: delegate to v's awaitable until it finishes; ctx picks the error text
 * for a non-awaitable (0 await, 1 __aenter__ result, 2 __aexit__ result). */
static Instr *await_value(Gen *g, Instr *v, int ctx) {
    Instr *aw = op1(g, IR_AWAITABLE, TY_DYN, v);
    aw->subop = ctx;
    return op1(g, IR_YIELD_FROM, TY_DYN, aw);
}

/* ---------------------------------------------------------------- names */

/* CPython's co_varnames of a comprehension (".0" then its own plain variables) or of a
 * class body (none): the NameError suggestions of a global load there use them. */
static char **inline_scope_varnames(Scope *s) {
    char **names = xmalloc(sizeof(char *) * (s->symbols.len + 2));
    int n = 0;
    if (s->kind == SC_COMPREHENSION) {
        names[n++] = ".0";
        for (int i = 0; i < s->symbols.len; i++) {
            Symbol *sym = s->symbols.data[i];
            if (sym->kind == SYM_LOCAL && !sym->outer) names[n++] = sym->name;
        }
    }
    names[n] = NULL;
    return names;
}

static Instr *load_global(Gen *g, int slot, const char *name) {
    Instr *i = emit(g, IR_GLOBAL_LOAD, TY_DYN);
    i->ival = slot;
    i->str = xstrdup(name);
    if (g->scope->kind == SC_COMPREHENSION || g->scope->kind == SC_CLASS) i->names = inline_scope_varnames(g->scope);
    return finish(g, i);
}

Instr *load_builtin(Gen *g, const char *name) {
    Instr *i = emit(g, IR_BUILTIN, TY_DYN);
    i->str = xstrdup(name);
    return finish(g, i); /* a NameError once builtins lacks the name */
}

/* The cell object holding a CELL or FREE symbol. */
static Instr *cell_of(Gen *g, Symbol *sym) {
    if (sym->kind == SYM_FREE) {
        Instr *i = emit(g, IR_CLOSURE, TY_DYN);
        i->ival = sym->index;
        return i;
    }
    return read_var(g, current(g), sym->index);
}

static Instr *load_name(Gen *g, Node *n) {
    Symbol *sym = n->sym;
    switch (sym->kind) {
    case SYM_LOCAL: {
        Instr *v = read_var(g, current(g), sym->index);
        if (v->op != IR_PHI && v->op != IR_UNDEF) return v;
        Instr *c = op1(g, IR_CHECK_BOUND, TY_DYN, v);
        c->str = xstrdup(n->name);
        return c;
    }
    case SYM_CELL: case SYM_FREE: {
        Instr *c = op1(g, IR_CELL_GET, TY_DYN, cell_of(g, sym));
        c->str = xstrdup(n->name);
        c->subop = sym->kind == SYM_FREE;
        return c;
    }
    case SYM_GLOBAL: case SYM_BUILTIN:
        if (!sym->ns_first) return sym->kind == SYM_GLOBAL ? load_global(g, sym->index, n->name) : load_builtin(g, n->name);
        /* a class body's namespace first (the metaclass's __prepare__ may have filled it) */
        /* fall through */
    case SYM_CLASS: {
        Instr *i = emit(g, IR_NS_LOAD, TY_DYN);
        ir_add_arg(i, g->ns);
        i->str = xstrdup(n->name);
        i->ival = module_global_slot(g->mod, n->name); /* fallback: global, then builtin */
        return finish(g, i);
    }
    }
    return NULL;
}

/* name = v in the class body being compiled (through the namespace's __setitem__) */
static void ns_store(Gen *g, const char *name, Instr *v) {
    Instr *i = emit(g, IR_NS_STORE, TY_VOID);
    ir_add_arg(i, g->ns);
    ir_add_arg(i, v);
    i->str = xstrdup(name);
    finish(g, i);
}

void store_name(Gen *g, Node *n, Instr *v) {
    Symbol *sym = n->sym;
    switch (sym->kind) {
    case SYM_LOCAL: write_var(current(g), sym->index, v); break;
    case SYM_CELL: case SYM_FREE: op2(g, IR_CELL_SET, TY_VOID, cell_of(g, sym), v); break;
    case SYM_GLOBAL: case SYM_BUILTIN: {
        Instr *i = emit(g, IR_GLOBAL_STORE, TY_VOID);
        i->ival = sym->kind == SYM_GLOBAL ? sym->index : module_global_slot(g->mod, n->name);
        i->str = xstrdup(n->name);
        ir_add_arg(i, v);
        break;
    }
    case SYM_CLASS: ns_store(g, n->name, v); break;
    }
}

static void delete_name(Gen *g, Node *n) {
    Symbol *sym = n->sym;
    switch (sym->kind) {
    case SYM_LOCAL: {
        load_name(g, n); /* raises if unbound */
        write_var(g->cur, sym->index, g->undef);
        break;
    }
    case SYM_CELL: case SYM_FREE: {
        Instr *i = op1(g, IR_CELL_DEL, TY_VOID, cell_of(g, sym));
        i->str = xstrdup(n->name);
        break;
    }
    case SYM_GLOBAL: case SYM_BUILTIN: {
        Instr *i = emit(g, IR_GLOBAL_DEL, TY_VOID);
        i->ival = sym->kind == SYM_GLOBAL ? sym->index : module_global_slot(g->mod, n->name);
        i->str = xstrdup(n->name);
        finish(g, i);
        break;
    }
    case SYM_CLASS: {
        Instr *i = op1(g, IR_NS_DEL, TY_VOID, g->ns);
        i->str = xstrdup(n->name);
        break;
    }
    }
}

/* Scope entry: variables captured by inner functions live in fresh cells. */
void create_cells(Gen *g, Scope *s) {
    for (int i = 0; i < s->symbols.len; i++) {
        Symbol *sym = s->symbols.data[i];
        if (sym->kind != SYM_CELL || sym->scope != s || sym->outer) continue;
        Instr *init = sym->is_param ? read_var(g, g->cur, sym->index) : NULL;
        Instr *c = emit(g, IR_CELL_NEW, TY_DYN);
        if (init) ir_add_arg(c, init);
        write_var(g->cur, sym->index, c);
    }
}

/* ---------------------------------------------------------------- expressions */

static Instr *gen_int_literal(Gen *g, Node *n) {
    const char *t = n->str;
    int base = 10;
    const char *digits = t;
    if (t[0] == '0' && (t[1] == 'x' || t[1] == 'X')) base = 16, digits = t + 2;
    else if (t[0] == '0' && (t[1] == 'o' || t[1] == 'O')) base = 8, digits = t + 2;
    else if (t[0] == '0' && (t[1] == 'b' || t[1] == 'B')) base = 2, digits = t + 2;
    /* values of 31 bits fit a small int on every target */
    if (strlen(digits) <= 9 || (base == 16 && strlen(digits) <= 7)) {
        long long v = strtoll(digits, NULL, base);
        if (v < (1LL << 30)) {
            Instr *i = emit(g, IR_CONST_INT, TY_INT);
            i->ival = v;
            return i;
        }
    }
    Instr *i = emit(g, IR_CONST_BIGINT, TY_INT);
    i->str = xstrdup(t);
    return i;
}

/* Positional args (with *x) and keywords (with **x) of a call. */
static bool call_is_simple(Node *n) {
    for (int i = 0; i < n->call_args.len; i++)
        if (((Node *)n->call_args.data[i])->kind == N_STARRED) return false;
    for (int i = 0; i < n->keywords.len; i++)
        if (!((Node *)n->keywords.data[i])->name) return false;
    return true;
}

/* Evaluate positional then keyword argument values into args; the keyword names. */
static char **gen_call_args(Gen *g, Vec *args, Node *n) {
    for (int i = 0; i < n->call_args.len; i++) vec_push(args, gen_expr(g, n->call_args.data[i]));
    char **names = n->keywords.len ? xmalloc(sizeof(char *) * n->keywords.len) : NULL;
    for (int i = 0; i < n->keywords.len; i++) {
        Node *kw = n->keywords.data[i];
        vec_push(args, gen_expr(g, kw->value));
        names[i] = kw->name;
    }
    return names;
}

Instr *make_call(Gen *g, IrOp op, Vec *args, char **names, int nkw) {
    Instr *c = emit(g, op, TY_DYN);
    for (int k = 0; k < args->len; k++) ir_add_arg(c, args->data[k]);
    c->names = names;
    c->ival = nkw;
    return finish(g, c);
}

Instr *call1(Gen *g, Instr *f, Instr *arg) {
    Vec args = {0};
    vec_push(&args, f);
    vec_push(&args, arg);
    return make_call(g, IR_CALL, &args, NULL, 0);
}

/* Elements with *x spliced in, as a list (then a tuple when wanted).  callee: the
 * function of a call whose only argument is *x, named when x is not iterable. */
static Instr *gen_star_list(Gen *g, Vec *elts, Instr *callee) {
    Instr *list = emit(g, IR_BUILD_LIST, TY_LIST);
    for (int i = 0; i < elts->len; i++) {
        Node *e = elts->data[i];
        if (e->kind == N_STARRED && callee && elts->len == 1) op3(g, IR_LIST_EXTEND, TY_VOID, list, gen_expr(g, e->value), callee);
        else if (e->kind == N_STARRED) op2(g, IR_LIST_EXTEND, TY_VOID, list, gen_expr(g, e->value));
        else op2(g, IR_LIST_APPEND, TY_VOID, list, gen_expr(g, e));
    }
    return list;
}

static bool has_star(Vec *elts) {
    for (int i = 0; i < elts->len; i++)
        if (((Node *)elts->data[i])->kind == N_STARRED) return true;
    return false;
}

/* The names bound in the scope the code runs in, as a dict: a function's bound locals,
 * cells and free variables (a snapshot, as CPython's locals() in a function), a class
 * body's namespace itself, or the module's live namespace (its __dict__). */
static Instr *scope_namespace(Gen *g, bool module) {
    if (module || g->scope->kind == SC_MODULE) return op0(g, IR_MODULE_DICT, TY_DICT);
    if (g->scope->kind == SC_CLASS) return g->ns;
    Instr *d = op0(g, IR_BUILD_DICT, TY_DICT);
    for (int pass = 0; pass < 2; pass++) /* parameters first, as co_varnames */
        for (int i = 0; i < g->scope->symbols.len; i++) {
            Symbol *sym = g->scope->symbols.data[i];
            if (sym->is_param != (pass == 0)) continue;
            if (sym->kind != SYM_LOCAL && sym->kind != SYM_CELL && sym->kind != SYM_FREE) continue;
            Instr *v = sym->kind == SYM_LOCAL ? read_var(g, current(g), sym->index) : cell_of(g, sym);
            Instr *set = op3(g, IR_LOCALS_SET, TY_VOID, d, gen_const_str(g, sym->name, strlen(sym->name)), v);
            set->subop = sym->kind != SYM_LOCAL; /* the value is in a cell */
        }
    return d;
}

/* globals(), locals(), vars() and dir() without arguments read the calling scope, which
 * only the compiler knows; NULL for any other call. */
static Instr *gen_scope_builtin(Gen *g, Node *n) {
    Node *f = n->func;
    if (f->kind != N_NAME || ((Symbol *)f->sym)->kind != SYM_BUILTIN || n->call_args.len || n->keywords.len)
        return NULL;
    if (g->scope->kind == SC_COMPREHENSION && strcmp(f->name, "globals")) return NULL; /* not supported there */
    if (!strcmp(f->name, "globals")) return scope_namespace(g, true);
    if (!strcmp(f->name, "locals") || !strcmp(f->name, "vars")) return scope_namespace(g, false);
    if (!strcmp(f->name, "dir")) return call1(g, load_builtin(g, "sorted"), scope_namespace(g, false));
    return NULL;
}

static Instr *import_chain(Gen *g, const char *name, Instr **top);

static Instr *owned_generator_check(Gen *g, Node *iter, Instr *iterable);

static Instr *gen_call(Gen *g, Node *n) {
    Node *f = n->func;
    Instr *scoped = gen_scope_builtin(g, n);
    if (scoped) return scoped;
    Instr *folded = gen_reduce_call(g, n);
    if (folded) return folded;
    /* __import__("a.b"): load.c compiled the modules in; importing them here puts them in
     * sys.modules, where the builtin finds them */
    const char *literal = ast_literal_import(n);
    if (literal && ((Symbol *)f->sym)->kind == SYM_BUILTIN) import_chain(g, literal, NULL);
    /* zero-argument super() */
    if (f->kind == N_NAME && !strcmp(f->name, "super") && ((Symbol *)f->sym)->kind == SYM_BUILTIN &&
        !n->call_args.len && !n->keywords.len) {
        Scope *fs = g->scope->unit;
        if (!f->value || fs->kind != SC_FUNCTION || !fs->node->args ||
            (!fs->node->args->posonly.len && !fs->node->args->params.len))
            return op0(g, IR_SUPER, TY_DYN); /* RuntimeError at run time */
        Node *first = fs->node->args->posonly.len ? fs->node->args->posonly.data[0]
                                                  : fs->node->args->params.data[0];
        Node tmp = {.kind = N_NAME, .name = first->name, .sym = first->sym, .line = n->line};
        Instr *cls = load_name(g, f->value);
        return op2(g, IR_SUPER, TY_DYN, cls, load_name(g, &tmp));
    }
    if (!call_is_simple(n)) {
        Instr *fn = gen_expr(g, f);
        Instr *args = op1(g, IR_LIST_TO_TUPLE, TY_TUPLE, gen_star_list(g, &n->call_args, fn));
        Instr *kw = NULL;
        if (n->keywords.len) {
            kw = emit(g, IR_BUILD_DICT, TY_DICT);
            for (int i = 0; i < n->keywords.len; i++) {
                Node *k = n->keywords.data[i];
                Instr *v = gen_expr(g, k->value);
                if (k->name) {
                    Instr *m = op3(g, IR_DICT_MERGE_KW, TY_VOID, kw, v, fn);
                    m->str = k->name;
                } else {
                    op3(g, IR_DICT_MERGE_KW, TY_VOID, kw, v, fn);
                }
            }
        }
        Vec ops = {0};
        vec_push(&ops, fn);
        vec_push(&ops, args);
        if (kw) vec_push(&ops, kw);
        return opv(g, IR_CALL_EX, TY_DYN, &ops);
    }
    Vec args = {0};
    vec_push(&args, gen_expr(g, f->kind == N_ATTRIBUTE ? f->value : f));
    char **names = gen_call_args(g, &args, n);
    /* next(gen(...)): the generator is a temporary, closed once next() returns */
    Instr *owns = NULL;
    if (f->kind == N_NAME && f->sym && ((Symbol *)f->sym)->kind == SYM_BUILTIN && !strcmp(f->name, "next") &&
        n->call_args.len >= 1 && args.len >= 2)
        owns = owned_generator_check(g, n->call_args.data[0], args.data[1]);
    Instr *c = make_call(g, f->kind == N_ATTRIBUTE ? IR_CALL_METHOD : IR_CALL, &args, names, n->keywords.len);
    if (f->kind == N_ATTRIBUTE) {
        c->str = f->name;
        c->span = span_method(g->mod->file, n);
    }
    if (owns) op2(g, IR_CLOSE_OWNED, TY_VOID, args.data[1], owns);
    return c;
}

/* `a and b`, `a or b`, `x if c else y`: a temp variable merged by a phi. */
static Instr *gen_boolop(Gen *g, Node *n) {
    int t = new_temp(g);
    Block *done = new_block(g);
    for (int i = 0; i < n->values.len; i++) {
        Instr *v = gen_expr(g, n->values.data[i]);
        write_var(g->cur, t, v);
        if (i == n->values.len - 1) { jump(g, done); break; }
        Instr *c = to_cbool(g, v);
        Block *next = new_block(g);
        if (n->op == OP_AND) branch(g, c, next, done);
        else branch(g, c, done, next);
        seal(g, next);
        g->cur = next;
    }
    seal(g, done);
    g->cur = done;
    return read_var(g, done, t);
}

static Instr *gen_ifexp(Gen *g, Node *n) {
    int t = new_temp(g);
    Block *bt = new_block(g), *bf = new_block(g), *done = new_block(g);
    branch(g, gen_cond(g, n->test), bt, bf);
    seal(g, bt); seal(g, bf);
    g->cur = bt;
    write_var(g->cur, t, gen_expr(g, n->left));
    jump(g, done);
    g->cur = bf;
    write_var(g->cur, t, gen_expr(g, n->right));
    jump(g, done);
    seal(g, done);
    g->cur = done;
    return read_var(g, done, t);
}

static Instr *compare1(Gen *g, int op, Instr *a, Instr *b, bool want_cbool) {
    Instr *r;
    switch (op) {
    case CMP_IS: case CMP_ISNOT:
        r = op2(g, IR_IS, TY_CBOOL, a, b);
        r->subop = op == CMP_ISNOT;
        break;
    case CMP_IN: case CMP_NOTIN:
        r = op2(g, IR_IN, TY_CBOOL, b, a);
        r->subop = op == CMP_NOTIN;
        break;
    default:
        if (want_cbool) { r = op2(g, IR_COMPARE_BOOL, TY_CBOOL, a, b); r->subop = op; return r; }
        r = op2(g, IR_COMPARE, TY_DYN, a, b);
        r->subop = op;
        return r;
    }
    return want_cbool ? r : op1(g, IR_BOX_BOOL, TY_BOOL, r);
}

static Instr *gen_compare(Gen *g, Node *n, bool want_cbool) {
    Instr *left = gen_expr(g, n->left);
    if (n->values.len == 1) return compare1(g, n->ops[0], left, gen_expr(g, n->values.data[0]), want_cbool);
    /* a < b < c: stop at the first false result, which is the value */
    int t = new_temp(g);
    Block *done = new_block(g);
    for (int i = 0; i < n->values.len; i++) {
        Instr *right = gen_expr(g, n->values.data[i]);
        Instr *r = compare1(g, n->ops[i], left, right, want_cbool);
        write_var(g->cur, t, r);
        if (i == n->values.len - 1) { jump(g, done); break; }
        Block *next = new_block(g);
        branch(g, to_cbool(g, r), next, done);
        seal(g, next);
        g->cur = next;
        left = right;
    }
    seal(g, done);
    g->cur = done;
    Instr *v = read_var(g, done, t);
    if (want_cbool && v->type != TY_CBOOL) v->type = TY_CBOOL; /* phi of cbools */
    return v;
}

/* A condition for a branch: comparisons and `not` avoid boxing a bool. */
Instr *gen_cond(Gen *g, Node *n) {
    if (n->kind == N_COMPARE) { /* its own line and span, as gen_expr gives an expression */
        int saved_line = g->line;
        Node *saved_at = g->at;
        at_node(g, n);
        Instr *r = gen_compare(g, n, true);
        g->line = saved_line;
        g->at = saved_at;
        return r;
    }
    if (n->kind == N_UNARYOP && n->op == OP_NOT) {
        Instr *c = gen_cond(g, n->value);
        Instr *r = op1(g, IR_NOT, TY_CBOOL, c);
        return r;
    }
    return to_cbool(g, gen_expr(g, n));
}

static Instr *gen_joinedstr(Gen *g, Node *n) {
    Instr **parts = xmalloc(sizeof(Instr *) * (n->elts.len + 1));
    int np = 0;
    for (int i = 0; i < n->elts.len; i++) {
        Node *p = n->elts.data[i];
        if (p->kind == N_STR) { parts[np++] = gen_const_str(g, p->str, p->len); continue; }
        Instr *v = gen_expr(g, p->value);
        if (p->op == 'r') v = op1(g, IR_TO_REPR, TY_STR, v);
        else if (p->op == 's') v = op1(g, IR_TO_STR, TY_STR, v);
        else if (p->op == 'a') v = op1(g, IR_TO_ASCII, TY_STR, v);
        Vec fa = {0};
        vec_push(&fa, v);
        if (p->format_spec) vec_push(&fa, gen_joinedstr(g, p->format_spec));
        parts[np++] = opv(g, IR_FORMAT, TY_STR, &fa);
    }
    if (np == 1 && parts[0]->type == TY_STR) return parts[0];
    Vec ja = {.data = (void **)parts, .len = np, .cap = np};
    return opv(g, IR_JOIN_STR, TY_STR, &ja);
}


/* The iterator a (sync or async) for loop or comprehension runs over. */
static Instr *loop_iter(Gen *g, Instr *iterable, bool is_async) {
    return op1(g, is_async ? IR_AITER : IR_ITER, TY_DYN, iterable);
}

/* A traced build's statement start (trace_hooks.c): its line event, even where it has
 * no code of its own, with a function's variables for f_locals (names, then 'C' per
 * value that is a cell, in str). */
static void trace_line(Gen *g) {
    Scope *s = g->scope;
    bool own_frame = s->kind == SC_FUNCTION || s->kind == SC_LAMBDA || (s->kind == SC_COMPREHENSION && s->unit == s);
    if (!own_frame) {
        op0(g, IR_TRACE_LINE, TY_VOID);
        return;
    }
    Vec names = {0}, values = {0};
    StrBuf cells = {0};
    for (int pass = 0; pass < 2; pass++) /* parameters first, as co_varnames */
        for (int i = 0; i < g->scope->symbols.len; i++) {
            Symbol *sym = g->scope->symbols.data[i];
            if (sym->is_param != (pass == 0)) continue;
            if (sym->kind != SYM_LOCAL && sym->kind != SYM_CELL && sym->kind != SYM_FREE) continue;
            vec_push(&values, sym->kind == SYM_LOCAL ? read_var(g, current(g), sym->index) : cell_of(g, sym));
            vec_push(&names, sym->name);
            sb_puts(&cells, sym->kind == SYM_LOCAL ? "L" : "C");
        }
    sb_add(&cells, "", 1);
    Instr *t = op0(g, IR_TRACE_LINE, TY_VOID);
    for (int i = 0; i < values.len; i++) ir_add_arg(t, values.data[i]);
    free(values.data);
    t->names = (char **)names.data;
    t->ival = names.len;
    t->str = cells.data;
}

/* Ends the current block (a loop head) with the step of a for loop: the next item
 * flows to `body`, exhaustion to `done`.  An async loop awaits __anext__() and ends at
 * StopAsyncIteration; other exceptions propagate. */
static Instr *loop_next(Gen *g, Instr *it, bool is_async, Block *body, Block *done) {
    op0(g, IR_CHECK_SIGNALS, TY_VOID); /* Ctrl-C interrupts any loop */
    if (trace_module_traced(g->prog, g->mod)) trace_line(g); /* reported again on every pass */
    if (!is_async) {
        Instr *next = emit(g, IR_FOR_NEXT, TY_DYN);
        ir_add_arg(next, it);
        next->target[0] = body;
        next->target[1] = done;
        raising_terminator(g, next);
        add_pred(body, g->cur);
        add_pred(done, g->cur);
        g->cur = NULL;
        return next;
    }
    Instr *aw = op1(g, IR_ANEXT, TY_DYN, it);
    Block *stop = start_handler(g), *outer = g->exc;
    g->exc = stop;
    Instr *item = op1(g, IR_YIELD_FROM, TY_DYN, aw);
    g->exc = outer;
    jump(g, body);
    Instr *exc = enter_handler(g, stop);
    Block *reraise = new_block(g);
    branch(g, op2(g, IR_EXC_MATCH, TY_CBOOL, exc, load_builtin(g, "StopAsyncIteration")), done, reraise);
    seal(g, reraise);
    g->cur = reraise;
    gen_reraise(g, exc);
    return item;
}

/* What a comprehension does with each element: a generator yields it, the others add
 * it to their result. */
static void comp_store(Gen *g, Node *n, void *result) {
    switch (n->kind) {
    case N_LISTCOMP: op2(g, IR_LIST_APPEND, TY_VOID, result, gen_expr(g, n->value)); break;
    case N_GENEXP: op1(g, IR_YIELD, TY_DYN, gen_expr(g, n->value)); break;
    case N_SETCOMP: op2(g, IR_SET_ADD, TY_VOID, result, gen_expr(g, n->value)); break;
    default: {
        Instr *k = gen_expr(g, n->left);
        Instr *v = gen_expr(g, n->right);
        op3(g, IR_DICT_SET, TY_VOID, result, k, v);
    }
    }
}

/* Comprehensions run inline: the loops of n's clauses from `level` on (the first over
 * first_iterator, the others over iterators of their iterables made as they are
 * reached), calling step for each element. */
void gen_comp_loops(Gen *g, Node *n, int level, CompStep step, void *ctx, Instr *first_iterator) {
    if (level == n->generators.len) {
        step(g, n, ctx);
        return;
    }
    Node *c = n->generators.data[level];
    Instr *it = level == 0 ? first_iterator : loop_iter(g, gen_expr(g, c->iter), c->is_async);
    Block *head = new_block(g), *body = new_block(g), *done = new_block(g);
    jump(g, head);
    g->cur = head;
    Instr *next = loop_next(g, it, c->is_async, body, done);
    seal(g, body);
    g->cur = body;
    gen_assign(g, c->target, next);
    for (int i = 0; i < c->ifs.len; i++) {
        Block *pass = new_block(g);
        branch(g, gen_cond(g, c->ifs.data[i]), pass, head);
        seal(g, pass);
        g->cur = pass;
    }
    gen_comp_loops(g, n, level + 1, step, ctx, NULL);
    jump(g, head);
    seal(g, head);
    seal(g, done);
    g->cur = done;
}

static IrFunc *begin_unit(Gen *g, Gen *sub, Node *n, const char *name);
static Instr *make_function_value(Gen *g, IrFunc *f, Vec *operands);

/* The empty list, set or dict a comprehension builds. */
static Instr *comp_result(Gen *g, Node *n) {
    IrOp build = n->kind == N_SETCOMP ? IR_BUILD_SET : n->kind == N_DICTCOMP ? IR_BUILD_DICT : IR_BUILD_LIST;
    return op0(g, build, n->kind == N_SETCOMP ? TY_SET : n->kind == N_DICTCOMP ? TY_DICT : TY_LIST);
}

/* A generator expression, and any comprehension the resolver made a unit of its own (in
 * a traced program: a frame with its events, as CPython 3.11's), is a function of one
 * argument, the iterator over its first iterable (made by the caller, as CPython does):
 * a generator, or a function returning the list, set or dict it builds. */
Instr *gen_comp_call(Gen *g, Node *n, Instr *outer_iter) {
    Gen sub;
    IrFunc *f = begin_unit(g, &sub, n, n->kind == N_GENEXP ? "genexpr" : "comprehension");
    vec_push(&f->param_names, ".0");
    f->argcount = f->nparams = 1;
    Instr *p = emit(&sub, IR_PARAM, TY_DYN);
    p->str = ".0";
    create_cells(&sub, n->scope);
    Instr *result = n->kind == N_GENEXP ? NULL : comp_result(&sub, n);
    gen_comp_loops(&sub, n, 0, comp_store, result, p);
    return_value(&sub, result ? result : const_none(&sub));
    Vec ops = {0};
    vec_push(&ops, NULL);
    vec_push(&ops, NULL);
    vec_push(&ops, NULL);
    return call1(g, make_function_value(g, f, &ops), outer_iter);
}

/* The iterator over a comprehension's first iterable, evaluated in the enclosing scope. */
Instr *gen_comp_first_iter(Gen *g, Node *n) {
    Node *first = n->generators.data[0];
    return loop_iter(g, gen_expr(g, first->iter), first->is_async);
}

static Instr *gen_comprehension(Gen *g, Node *n) {
    Instr *outer_iter = gen_comp_first_iter(g, n);
    if (n->scope->unit == n->scope) return gen_comp_call(g, n, outer_iter);
    Scope *saved = g->scope;
    g->scope = n->scope;
    Instr *result = comp_result(g, n);
    create_cells(g, n->scope);
    gen_comp_loops(g, n, 0, comp_store, result, outer_iter);
    g->scope = saved;
    return result;
}

static Instr *gen_slice(Gen *g, Node *n) {
    Instr *lo = n->lower ? gen_expr(g, n->lower) : const_none(g);
    Instr *hi = n->upper ? gen_expr(g, n->upper) : const_none(g);
    Instr *st = n->step ? gen_expr(g, n->step) : const_none(g);
    return op3(g, IR_BUILD_SLICE, TY_DYN, lo, hi, st);
}

Instr *gen_expr(Gen *g, Node *n) {
    int saved_line = g->line;
    Node *saved_at = g->at;
    at_node(g, n);
    Instr *r = NULL;
    switch (n->kind) {
    case N_NAME: r = load_name(g, n); break;
    case N_INT: r = gen_int_literal(g, n); break;
    case N_FLOAT: r = emit(g, IR_CONST_FLOAT, TY_FLOAT); r->fval = n->fval; break;
    case N_IMAG: r = emit(g, IR_CONST_IMAG, TY_DYN); r->fval = n->fval; break;
    case N_STR: r = gen_const_str(g, n->str, n->len); break;
    case N_BYTES: r = emit(g, IR_CONST_BYTES, TY_BYTES); r->str = xstrndup(n->str, n->len); r->len = n->len; break;
    case N_NONE: r = const_none(g); break;
    case N_TRUE: r = emit(g, IR_CONST_TRUE, TY_BOOL); break;
    case N_FALSE: r = emit(g, IR_CONST_FALSE, TY_BOOL); break;
    case N_ELLIPSIS: r = emit(g, IR_CONST_ELLIPSIS, TY_DYN); break;
    case N_JOINEDSTR: r = gen_joinedstr(g, n); break;
    case N_BINOP: {
        Instr *a = gen_expr(g, n->left);
        Instr *b = gen_expr(g, n->right);
        r = op2(g, IR_BINOP, TY_DYN, a, b);
        r->subop = n->op;
        break;
    }
    case N_UNARYOP:
        if (n->op == OP_NOT) {
            r = op1(g, IR_BOX_BOOL, TY_BOOL, op1(g, IR_NOT, TY_CBOOL, gen_cond(g, n->value)));
        } else {
            r = op1(g, IR_UNARY, TY_DYN, gen_expr(g, n->value));
            r->subop = n->op;
        }
        break;
    case N_BOOLOP: r = gen_boolop(g, n); break;
    case N_COMPARE: r = gen_compare(g, n, false); break;
    case N_CALL: r = gen_call(g, n); break;
    case N_ATTRIBUTE:
        r = op1(g, IR_GETATTR, TY_DYN, gen_expr(g, n->value));
        r->str = n->name;
        if (n->end_line != n->line) { /* CPython marks the name of an attribute on a later line */
            r->line = n->end_line;
            r->span = span_attr_name(n);
        }
        break;
    case N_SUBSCRIPT: {
        Instr *o = gen_expr(g, n->value);
        Instr *k = n->slice->kind == N_SLICE ? gen_slice(g, n->slice) : gen_expr(g, n->slice);
        r = op2(g, IR_GETITEM, TY_DYN, o, k);
        break;
    }
    case N_SLICE: r = gen_slice(g, n); break;
    case N_LIST: case N_TUPLE: case N_SET:
        if (n->kind != N_SET && !has_star(&n->elts)) {
            Vec vals = {0};
            for (int i = 0; i < n->elts.len; i++) vec_push(&vals, gen_expr(g, n->elts.data[i]));
            r = opv(g, n->kind == N_LIST ? IR_BUILD_LIST : IR_BUILD_TUPLE, n->kind == N_LIST ? TY_LIST : TY_TUPLE, &vals);
        } else if (n->kind == N_SET) {
            r = op0(g, IR_BUILD_SET, TY_SET);
            for (int i = 0; i < n->elts.len; i++) {
                Node *e = n->elts.data[i];
                if (e->kind == N_STARRED) op2(g, IR_SET_UPDATE, TY_VOID, r, gen_expr(g, e->value));
                else op2(g, IR_SET_ADD, TY_VOID, r, gen_expr(g, e));
            }
        } else {
            r = gen_star_list(g, &n->elts, NULL);
            if (n->kind == N_TUPLE) r = op1(g, IR_LIST_TO_TUPLE, TY_TUPLE, r);
        }
        break;
    case N_DICT:
        r = op0(g, IR_BUILD_DICT, TY_DICT);
        for (int i = 0; i < n->keys.len; i++) {
            Node *k = n->keys.data[i];
            if (!k) { op2(g, IR_DICT_UPDATE, TY_VOID, r, gen_expr(g, n->values.data[i])); continue; }
            Instr *kv = gen_expr(g, k);
            Instr *vv = gen_expr(g, n->values.data[i]);
            op3(g, IR_DICT_SET, TY_VOID, r, kv, vv);
        }
        break;
    case N_LISTCOMP: case N_SETCOMP: case N_DICTCOMP: case N_GENEXP:
        r = gen_comprehension(g, n);
        break;
    case N_LAMBDA: r = gen_function(g, n); break;
    case N_IFEXP: r = gen_ifexp(g, n); break;
    case N_NAMEDEXPR:
        r = gen_expr(g, n->value);
        store_name(g, n->target, r);
        break;
    case N_STARRED:
        error_at(g->mod->file, n->line, n->col, "can't use starred expression here");
    case N_YIELD:
        r = op1(g, IR_YIELD, TY_DYN, n->value ? gen_expr(g, n->value) : const_none(g));
        break;
    case N_YIELDFROM: {
        Instr *it = op1(g, IR_ITER, TY_DYN, gen_expr(g, n->value));
        it->subop = 1; /* the iterator of `yield from`: no coroutines */
        r = op1(g, IR_YIELD_FROM, TY_DYN, it);
        break;
    }
    case N_AWAIT: r = await_value(g, gen_expr(g, n->value), 0); break;
    default:
        error_at(g->mod->file, n->line, n->col, "unexpected %s in expression", node_kind_name(n->kind));
    }
    g->line = saved_line;
    g->at = saved_at;
    return r;
}

/* ---------------------------------------------------------------- assignment */

static void gen_assign(Gen *g, Node *t, Instr *v) {
    int saved_line = g->line;
    Node *saved_at = g->at;
    at_node(g, t);
    switch (t->kind) {
    case N_NAME: store_name(g, t, v); break;
    case N_ATTRIBUTE: {
        Instr *o = gen_expr(g, t->value);
        Instr *s = op2(g, IR_SETATTR, TY_VOID, o, v);
        s->str = t->name;
        break;
    }
    case N_SUBSCRIPT: {
        Instr *o = gen_expr(g, t->value);
        Instr *k = t->slice->kind == N_SLICE ? gen_slice(g, t->slice) : gen_expr(g, t->slice);
        op3(g, IR_SETITEM, TY_VOID, o, k, v);
        break;
    }
    case N_TUPLE: case N_LIST: {
        int n = t->elts.len, star = -1;
        for (int i = 0; i < n; i++)
            if (((Node *)t->elts.data[i])->kind == N_STARRED) {
                if (star >= 0) error_at(g->mod->file, t->line, t->col, "multiple starred expressions in assignment");
                star = i;
            }
        Instr *pack;
        if (star < 0) {
            pack = op1(g, IR_UNPACK, TY_PACK, v);
            pack->ival = n;
        } else {
            pack = op1(g, IR_UNPACK_EX, TY_PACK, v);
            pack->ival = star;            /* before */
            pack->subop = n - star - 1;   /* after */
        }
        for (int i = 0; i < n; i++) {
            Instr *e = op1(g, IR_EXTRACT, TY_DYN, pack);
            e->ival = i;
            Node *el = t->elts.data[i];
            gen_assign(g, el->kind == N_STARRED ? el->value : el, e);
        }
        break;
    }
    case N_STARRED:
        error_at(g->mod->file, t->line, t->col, "starred assignment target must be in a list or tuple");
    default:
        error_at(g->mod->file, t->line, t->col, "cannot assign to %s", node_kind_name(t->kind));
    }
    g->line = saved_line;
    g->at = saved_at;
}

static void gen_delete(Gen *g, Node *t) {
    at_node(g, t);
    switch (t->kind) {
    case N_NAME: delete_name(g, t); break;
    case N_ATTRIBUTE: {
        Instr *d = op1(g, IR_DELATTR, TY_VOID, gen_expr(g, t->value));
        d->str = t->name;
        break;
    }
    case N_SUBSCRIPT: {
        Instr *o = gen_expr(g, t->value);
        Instr *k = t->slice->kind == N_SLICE ? gen_slice(g, t->slice) : gen_expr(g, t->slice);
        op2(g, IR_DELITEM, TY_VOID, o, k);
        break;
    }
    case N_TUPLE: case N_LIST:
        for (int i = 0; i < t->elts.len; i++) gen_delete(g, t->elts.data[i]);
        break;
    default:
        error_at(g->mod->file, t->line, t->col, "cannot delete %s", node_kind_name(t->kind));
    }
}

static void gen_augassign(Gen *g, Node *n) {
    Node *t = n->target;
    Instr *cur, *obj = NULL, *key = NULL;
    switch (t->kind) {
    case N_NAME: cur = load_name(g, t); break;
    case N_ATTRIBUTE:
        obj = gen_expr(g, t->value);
        cur = op1(g, IR_GETATTR, TY_DYN, obj);
        cur->str = t->name;
        break;
    case N_SUBSCRIPT:
        obj = gen_expr(g, t->value);
        key = t->slice->kind == N_SLICE ? gen_slice(g, t->slice) : gen_expr(g, t->slice);
        cur = op2(g, IR_GETITEM, TY_DYN, obj, key);
        break;
    default:
        error_at(g->mod->file, t->line, t->col, "'%s' is an illegal expression for augmented assignment",
                 node_kind_name(t->kind));
    }
    Instr *v = gen_expr(g, n->value);
    Instr *r = op2(g, IR_INPLACE, TY_DYN, cur, v);
    r->subop = n->op;
    switch (t->kind) {
    case N_NAME: store_name(g, t, r); break;
    case N_ATTRIBUTE: { Instr *s = op2(g, IR_SETATTR, TY_VOID, obj, r); s->str = t->name; break; }
    default: op3(g, IR_SETITEM, TY_VOID, obj, key, r); break;
    }
}

/* ---------------------------------------------------------------- unwinding */

static void push_unwind(Gen *g, UnwindKind kind, Vec *finalbody, Instr *value) {
    Unwind *u = xmalloc(sizeof(Unwind));
    u->kind = kind;
    u->finalbody = finalbody;
    u->value = value;
    u->owns = NULL;
    u->is_async = false;
    u->outer_exc = g->exc;
    u->prev = g->unwind;
    g->unwind = u;
}

static void pop_unwind(Gen *g) { g->unwind = g->unwind->prev; }

static void gen_with_exit_normal(Gen *g, Instr *exitm, bool is_async) {
    if (is_async) await_value(g, op1(g, IR_WITH_EXIT_CALL, TY_DYN, exitm), 2);
    else op1(g, IR_WITH_EXIT, TY_VOID, exitm);
}

/* Run the cleanups between the current point and `until` (return/break/continue). */
static void unwind_to(Gen *g, Unwind *until) {
    Unwind *saved = g->unwind;
    Block *saved_exc = g->exc;
    for (Unwind *u = g->unwind; u != until && g->cur; u = u->prev) {
        g->unwind = u->prev;
        g->exc = u->outer_exc;
        switch (u->kind) {
        case UW_FINALLY: gen_stmts(g, u->finalbody); break;
        case UW_HANDLED: op1(g, IR_EXC_HANDLED_SET, TY_VOID, u->value); break;
        case UW_WITH: gen_with_exit_normal(g, u->value, u->is_async); break;
        case UW_CLOSE_ITER: op2(g, IR_CLOSE_OWNED, TY_VOID, u->value, u->owns); break;
        }
    }
    g->unwind = saved;
    g->exc = saved_exc;
}

/* ---------------------------------------------------------------- statements */

Block *start_handler(Gen *g) {
    Block *h = new_block(g);
    h->is_handler = true;
    return h;
}

/* Begin code in a handler block: its exception value. */
Instr *enter_handler(Gen *g, Block *h) {
    seal(g, h);
    g->cur = h;
    return op0(g, IR_LANDINGPAD, TY_DYN);
}

/* A handler body's own failures must restore the handled exception first. */
static Block *restore_on_error(Gen *g, Instr *prev, Block **cleanup_out) {
    Block *cleanup = start_handler(g);
    *cleanup_out = cleanup;
    Block *saved = g->exc;
    g->exc = cleanup;
    return saved;
}

static void finish_restore_block(Gen *g, Block *cleanup, Instr *prev, Block *outer_exc) {
    Block *saved_cur = g->cur;
    Block *saved_exc = g->exc;
    g->exc = outer_exc;
    if (cleanup->preds.len) {
        Instr *e = enter_handler(g, cleanup);
        op1(g, IR_EXC_HANDLED_SET, TY_VOID, prev);
        gen_reraise(g, e);
    } else {
        seal(g, cleanup);
    }
    g->cur = saved_cur;
    g->exc = saved_exc;
}

/* What the body of a try/except leaves to its handlers: the body and else clause are
 * emitted, and the handler entry has made the caught exception the handled one. */
typedef struct TryHandler {
    Block *after, *outer, *cleanup; /* after the statement; the enclosing handler; restore */
    Instr *exc, *prev;              /* the caught exception; the handled one before it */
} TryHandler;

static TryHandler gen_try_body(Gen *g, Node *n) {
    TryHandler t;
    Block *handler = start_handler(g);
    t.after = new_block(g);
    t.outer = g->exc;
    g->exc = handler;
    gen_stmts(g, &n->body);
    g->exc = t.outer;
    gen_stmts(g, &n->orelse);
    jump(g, t.after);

    t.exc = enter_handler(g, handler);
    t.prev = op1(g, IR_EXC_HANDLED_SWAP, TY_DYN, t.exc);
    restore_on_error(g, t.prev, &t.cleanup);
    return t;
}

static void gen_try_except(Gen *g, Node *n) {
    TryHandler t = gen_try_body(g, n);
    Block *after = t.after, *outer = t.outer, *cleanup = t.cleanup;
    Instr *exc = t.exc, *prev = t.prev;
    for (int i = 0; i < n->handlers.len; i++) {
        Node *h = n->handlers.data[i];
        at_node(g, h);
        if (trace_module_traced(g->prog, g->mod)) trace_line(g);
        Block *body = new_block(g), *next = new_block(g);
        if (h->value) {
            Instr *m = op2(g, IR_EXC_MATCH, TY_CBOOL, exc, gen_expr(g, h->value));
            branch(g, m, body, next);
        } else {
            jump(g, body);
        }
        seal(g, body);
        g->cur = body;
        if (h->name) {
            Node tmp = {.kind = N_NAME, .name = h->name, .sym = h->sym, .line = h->line};
            store_name(g, &tmp, exc);
        }
        push_unwind(g, UW_HANDLED, NULL, prev);
        g->unwind->outer_exc = outer;
        gen_stmts(g, &h->body);
        pop_unwind(g);
        if (g->cur) {
            if (h->name && ((Symbol *)h->sym)->kind != SYM_LOCAL) {
                Node tmp = {.kind = N_NAME, .name = h->name, .sym = h->sym, .line = h->line};
                delete_name(g, &tmp);
            } else if (h->name) {
                write_var(g->cur, ((Symbol *)h->sym)->index, g->undef);
            }
            Block *saved = g->exc;
            g->exc = outer;
            op1(g, IR_EXC_HANDLED_SET, TY_VOID, prev);
            g->exc = saved;
            jump(g, after);
        }
        seal(g, next);
        g->cur = next;
    }
    /* no clause matched: restore and re-raise */
    g->exc = outer;
    op1(g, IR_EXC_HANDLED_SET, TY_VOID, prev);
    gen_reraise(g, exc);
    finish_restore_block(g, cleanup, prev, outer);
    seal(g, after);
    g->cur = after;
}

/* try/except*: each clause takes the part of the exception (group) its type matches
 * (runtime/exc_group.c keeps the state); what the clauses raise and what nobody matched
 * is raised at the end, as one group. */
static void gen_try_star(Gen *g, Node *n) {
    TryHandler t = gen_try_body(g, n);
    Block *after = t.after, *outer = t.outer, *cleanup = t.cleanup;
    Instr *exc = t.exc, *prev = t.prev;
    Instr *state = op1(g, IR_EXC_STAR_BEGIN, TY_DYN, exc);
    bool was_in = g->in_except_star;
    Loop *was_loop = g->except_star_loop;
    for (int i = 0; i < n->handlers.len; i++) {
        Node *h = n->handlers.data[i];
        at_node(g, h);
        Instr *m = op2(g, IR_EXC_STAR_MATCH, TY_DYN, state, gen_expr(g, h->value));
        Block *body = new_block(g), *next = new_block(g);
        Instr *none = const_none(g);
        branch(g, op2(g, IR_IS, TY_CBOOL, m, none), next, body);
        seal(g, body);
        g->cur = body;
        op1(g, IR_EXC_HANDLED_SET, TY_VOID, m); /* sys.exc_info() and bare raise see the match */
        if (h->name) {
            Node tmp = {.kind = N_NAME, .name = h->name, .sym = h->sym, .line = h->line};
            store_name(g, &tmp, m);
        }
        Block *raised = start_handler(g), *saved = g->exc;
        g->exc = raised;
        g->in_except_star = true;
        g->except_star_loop = g->loop;
        gen_stmts(g, &h->body);
        g->in_except_star = was_in;
        g->except_star_loop = was_loop;
        g->exc = saved;
        jump(g, next);
        Instr *x = enter_handler(g, raised);
        Instr *note = emit(g, IR_EXC_STAR_RAISED, TY_VOID);
        ir_add_arg(note, state);
        ir_add_arg(note, m);
        ir_add_arg(note, x);
        jump(g, next);
        seal(g, next);
        g->cur = next;
        if (h->name) {
            Node tmp = {.kind = N_NAME, .name = h->name, .sym = h->sym, .line = h->line};
            if (((Symbol *)h->sym)->kind != SYM_LOCAL) delete_name(g, &tmp);
            else write_var(g->cur, ((Symbol *)h->sym)->index, g->undef);
        }
        op1(g, IR_EXC_HANDLED_SET, TY_VOID, exc);
    }
    Instr *result = op1(g, IR_EXC_STAR_FINISH, TY_DYN, state);
    g->exc = outer;
    op1(g, IR_EXC_HANDLED_SET, TY_VOID, prev);
    Block *reraise = new_block(g);
    branch(g, op2(g, IR_IS, TY_CBOOL, result, const_none(g)), after, reraise);
    seal(g, reraise);
    g->cur = reraise;
    gen_reraise(g, result);
    finish_restore_block(g, cleanup, prev, outer);
    seal(g, after);
    g->cur = after;
}

static void gen_try(Gen *g, Node *n) {
    if (!n->finalbody.len) {
        if (n->op) gen_try_star(g, n);
        else gen_try_except(g, n);
        return;
    }
    Block *handler = start_handler(g);
    Block *outer = g->exc;
    push_unwind(g, UW_FINALLY, &n->finalbody, NULL);
    g->exc = handler;
    if (n->handlers.len && n->op) gen_try_star(g, n);
    else if (n->handlers.len) gen_try_except(g, n);
    else gen_stmts(g, &n->body);
    g->exc = outer;
    pop_unwind(g);
    if (g->cur) gen_stmts(g, &n->finalbody);
    Block *after = new_block(g);
    jump(g, after);

    /* exceptional path: the exception is "being handled" during the finally body */
    Instr *exc = enter_handler(g, handler);
    Instr *prev = op1(g, IR_EXC_HANDLED_SWAP, TY_DYN, exc);
    Block *cleanup;
    restore_on_error(g, prev, &cleanup);
    push_unwind(g, UW_HANDLED, NULL, prev);
    g->unwind->outer_exc = outer;
    gen_stmts(g, &n->finalbody);
    pop_unwind(g);
    g->exc = outer;
    if (g->cur) {
        op1(g, IR_EXC_HANDLED_SET, TY_VOID, prev);
        gen_reraise(g, exc);
    }
    finish_restore_block(g, cleanup, prev, outer);
    seal(g, after);
    g->cur = after;
}

static void gen_with_items(Gen *g, Node *n, int k) {
    if (k == n->items.len) { gen_stmts(g, &n->body); return; }
    Node *item = n->items.data[k];
    g->line = item->line;
    g->at = n; /* entering and leaving mark the statement, as in CPython */
    Instr *mgr = gen_expr(g, item->value);
    Instr *exitm = op1(g, IR_WITH_ENTER, TY_DYN, mgr);
    exitm->subop = n->is_async;
    Vec ea = {0};
    vec_push(&ea, mgr);
    Instr *val = make_call(g, IR_CALL_METHOD, &ea, NULL, 0);
    val->str = n->is_async ? "__aenter__" : "__enter__";
    if (n->is_async) val = await_value(g, val, 1);

    Block *handler = start_handler(g);
    Block *outer = g->exc;
    push_unwind(g, UW_WITH, NULL, exitm);
    g->unwind->is_async = n->is_async;
    g->exc = handler;
    if (item->target) gen_assign(g, item->target, val);
    gen_with_items(g, n, k + 1);
    g->exc = outer;
    pop_unwind(g);
    if (g->cur) {
        g->line = n->line; /* __exit__ runs at the with statement's line, as in CPython */
        gen_with_exit_normal(g, exitm, n->is_async);
    }
    Block *after = new_block(g);
    jump(g, after);

    Instr *exc = enter_handler(g, handler);
    Instr *prev = op1(g, IR_EXC_HANDLED_SWAP, TY_DYN, exc);
    Block *cleanup;
    restore_on_error(g, prev, &cleanup);
    Instr *suppress = n->is_async
        ? to_cbool(g, await_value(g, op2(g, IR_WITH_EXIT_CALL, TY_DYN, exitm, exc), 2))
        : op2(g, IR_WITH_EXIT_EXC, TY_CBOOL, exitm, exc);
    g->exc = outer;
    op1(g, IR_EXC_HANDLED_SET, TY_VOID, prev);
    Block *reraise = new_block(g);
    branch(g, suppress, after, reraise);
    seal(g, reraise);
    g->cur = reraise;
    gen_reraise(g, exc);
    finish_restore_block(g, cleanup, prev, outer);
    seal(g, after);
    g->cur = after;
}

static void gen_loop_body(Gen *g, Vec *body, Block *cont, Block *brk) {
    Loop l = {.cont = cont, .brk = brk, .unwind = g->unwind, .prev = g->loop};
    g->loop = &l;
    gen_stmts(g, body);
    g->loop = l.prev;
}

static void gen_while(Gen *g, Node *n) {
    Block *head = new_block(g), *body = new_block(g), *orelse = new_block(g), *after = new_block(g);
    jump(g, head);
    g->cur = head;
    at_node(g, n);
    op0(g, IR_CHECK_SIGNALS, TY_VOID); /* Ctrl-C interrupts any loop */
    if (trace_module_traced(g->prog, g->mod)) trace_line(g); /* reported again on every pass */
    branch(g, gen_cond(g, n->test), body, orelse);
    seal(g, body);
    g->cur = body;
    gen_loop_body(g, &n->body, head, after);
    jump(g, head);
    seal(g, head);
    seal(g, orelse);
    g->cur = orelse;
    gen_stmts(g, &n->orelse);
    jump(g, after);
    seal(g, after);
    g->cur = after;
}

/* Whether a for loop owns the generator its iterable makes: the iterable is a call
 * (not of a builtin) that at run time turns out to call a generator function, whose
 * fresh generator only the loop references (runtime/iter_owned.c).  NULL: never. */
static Instr *owned_generator_check(Gen *g, Node *iter, Instr *iterable) {
    if (iter->kind != N_CALL) return NULL;
    Node *f = iter->func;
    if (f->kind == N_NAME && f->sym && ((Symbol *)f->sym)->kind == SYM_BUILTIN) return NULL;
    if (iterable->op != IR_CALL && iterable->op != IR_CALL_EX && iterable->op != IR_CALL_METHOD) return NULL;
    Instr *owns = op1(g, IR_OWNS_GEN, TY_CBOOL, iterable->args[0]);
    if (iterable->op == IR_CALL_METHOD) owns->str = iterable->str; /* args[0] is the receiver */
    return owns;
}

/* A loop that owns its generator closes it when break, return or an exception leaves
 * the loop early, where CPython's reference count drops to zero (the generator's finally
 * blocks run before the code after the loop, before an enclosing handler or finally of
 * the same function, before the caller sees the exception); exhausted, it has finished
 * anyway. */
static void gen_for(Gen *g, Node *n) {
    Instr *iterable = gen_expr(g, n->iter);
    Instr *owns = owned_generator_check(g, n->iter, iterable);
    Instr *it = loop_iter(g, iterable, n->is_async);
    Block *head = new_block(g), *body = new_block(g), *orelse = new_block(g), *after = new_block(g);
    Block *brk = owns ? new_block(g) : after;
    Block *outer = g->exc, *handler = owns ? start_handler(g) : NULL;
    if (owns) {
        push_unwind(g, UW_CLOSE_ITER, NULL, it); /* a return inside closes it */
        g->unwind->owns = owns;
        g->exc = handler; /* an exception out of the loop closes it */
    }
    jump(g, head);
    g->cur = head;
    at_node(g, n);
    Instr *next = loop_next(g, it, n->is_async, body, orelse);
    seal(g, body);
    g->cur = body;
    gen_assign(g, n->target, next);
    gen_loop_body(g, &n->body, head, brk);
    jump(g, head);
    seal(g, head);
    if (owns) {
        pop_unwind(g);
        g->exc = outer;
    }
    seal(g, orelse);
    g->cur = orelse;
    gen_stmts(g, &n->orelse);
    jump(g, after);
    if (owns) {
        seal(g, brk);
        g->cur = brk;
        op2(g, IR_CLOSE_OWNED, TY_VOID, it, owns);
        jump(g, after);
        Instr *exc = enter_handler(g, handler);
        op2(g, IR_CLOSE_OWNED, TY_VOID, it, owns);
        gen_reraise(g, exc);
    }
    seal(g, after);
    g->cur = after;
}

static void gen_if(Gen *g, Node *n) {
    Block *bt = new_block(g), *bf = new_block(g), *after = new_block(g);
    branch(g, gen_cond(g, n->test), bt, bf);
    seal(g, bt); seal(g, bf);
    g->cur = bt;
    gen_stmts(g, &n->body);
    jump(g, after);
    g->cur = bf;
    gen_stmts(g, &n->orelse);
    jump(g, after);
    seal(g, after);
    g->cur = after;
}

static void gen_raise(Gen *g, Node *n) {
    Instr *e = n->value ? gen_expr(g, n->value) : NULL;
    Instr *c = n->cause ? gen_expr(g, n->cause) : NULL;
    Instr *r = emit(g, IR_RAISE, TY_VOID);
    if (e) ir_add_arg(r, e);
    if (c) ir_add_arg(r, c);
    raising_terminator(g, r);
    g->cur = NULL;
}

/* Import a dotted module and its parent packages first, as Python does; returns
 * the first (top-level package) and last (the module itself) import values. */
static Instr *import_chain(Gen *g, const char *name, Instr **top) {
    Instr *last = NULL;
    for (const char *p = name;; p++) {
        if (*p == '.' || !*p) {
            char *prefix = xstrndup(name, p - name);
            Instr *m = op0(g, IR_IMPORT, TY_DYN);
            m->str = prefix;
            m->mod_ref = find_module(g->prog, prefix);
            if (top && !*top) *top = m;
            last = m;
            if (!*p) break;
        }
    }
    return last;
}

static void gen_import(Gen *g, Node *n) {
    for (int i = 0; i < n->names.len; i++) {
        Node *a = n->names.data[i];
        /* import a.b.c: initialise a, a.b, a.b.c; bind a (or the alias to a.b.c) */
        Instr *top = NULL;
        Instr *last = import_chain(g, a->name, &top);
        store_name(g, a->value, a->asname ? last : top);
    }
}

static void gen_importfrom(Gen *g, Node *n) {
    char *full = resolve_relative_import(g->mod, n->level, n->name);
    Instr *m = import_chain(g, full, NULL);
    for (int i = 0; i < n->names.len; i++) {
        Node *a = n->names.data[i];
        if (!strcmp(a->name, "*")) { /* fills every global slot the module defines */
            op1(g, IR_IMPORT_STAR, TY_VOID, m);
            continue;
        }
        char *sub = format("%s.%s", full, a->name);
        Module *subm = find_module(g->prog, sub);
        if (subm) {
            Instr *s = op0(g, IR_IMPORT, TY_DYN);
            s->str = sub;
            s->mod_ref = subm;
        }
        Instr *v = op1(g, IR_IMPORT_FROM, TY_DYN, m);
        v->str = a->name;
        store_name(g, a->value, v);
    }
}

static Instr *docstring_of(Gen *g, Vec *body) {
    if (!body->len) return NULL;
    Node *first = body->data[0];
    if (first->kind == N_EXPR && first->value->kind == N_STR)
        return gen_const_str(g, first->value->str, first->value->len);
    return NULL;
}

/* Whether a class body or module annotates a name (at any depth of its blocks, as
 * CPython's find_ann): it then starts with __annotations__ = {} */
static bool body_annotates(Vec *body) {
    for (int i = 0; i < body->len; i++) {
        Node *s = body->data[i];
        if (s->kind == N_ANNASSIGN && s->simple) return true;
        if (s->kind == N_CLASSDEF || s->kind == N_FUNCDEF) continue;
        if (body_annotates(&s->body) || body_annotates(&s->orelse) || body_annotates(&s->finalbody)) return true;
        for (int h = 0; h < s->handlers.len; h++)
            if (body_annotates(&((Node *)s->handlers.data[h])->body)) return true;
        for (int c = 0; c < s->cases.len; c++)
            if (body_annotates(&((Node *)s->cases.data[c])->body)) return true;
    }
    return false;
}

static Instr *annotation_string(Gen *g, Node *ann);

/* name: ann in a class body or module: __annotations__[name] = ann (its source text
 * under `from __future__ import annotations`) */
static void record_annotation(Gen *g, Node *n) {
    Instr *v = g->mod->future_annotations ? annotation_string(g, n->annotation) : gen_expr(g, n->annotation);
    int slot = module_global_slot(g->mod, "__annotations__");
    Instr *anns;
    if (g->scope->kind == SC_MODULE) anns = load_global(g, slot, "__annotations__");
    else {
        anns = emit(g, IR_NS_LOAD, TY_DYN);
        ir_add_arg(anns, g->ns);
        anns->str = xstrdup("__annotations__");
        anns->ival = slot;
        finish(g, anns);
    }
    op3(g, IR_SETITEM, TY_VOID, anns, gen_const_str(g, n->target->name, strlen(n->target->name)), v);
}

/* The decorators' calls, innermost first, each at its `@` line marking its expression
 * as CPython 3.11 does; the def or class statement's line again for what follows. */
static Instr *apply_decorators(Gen *g, Node *n, Instr **decos, Instr *v) {
    for (int i = n->decorators.len - 1; i >= 0; i--) {
        at_node(g, n->decorators.data[i]);
        v = call1(g, decos[i], v);
    }
    at_node(g, n);
    if (n->decorators.len && trace_module_traced(g->prog, g->mod)) trace_line(g); /* the store of the name */
    free(decos);
    return v;
}

/* The body of class n run with the namespace ns: __module__, __qualname__, the
 * annotations dict, the docstring and the __class__ cell first, then its statements;
 * the cell (or NULL). */
static Instr *gen_class_body(Gen *g, Node *n, Instr *ns) {
    Scope *cs = n->scope;
    g->ns = ns;
    Instr *modname = emit(g, IR_NS_LOAD, TY_DYN); /* __name__, looked up as the body would */
    ir_add_arg(modname, ns);
    modname->str = xstrdup("__name__");
    modname->ival = module_global_slot(g->mod, "__name__");
    finish(g, modname);
    ns_store(g, "__module__", modname);
    ns_store(g, "__qualname__", gen_const_str(g, cs->qualname, strlen(cs->qualname)));
    if (body_annotates(&n->body)) ns_store(g, "__annotations__", op0(g, IR_BUILD_DICT, TY_DICT));
    Instr *doc = docstring_of(g, &n->body);
    if (doc) ns_store(g, "__doc__", doc);
    Instr *cell = NULL;
    if (cs->class_cell) {
        cell = emit(g, IR_CELL_NEW, TY_DYN);
        write_var(g->cur, cs->class_cell->index, cell);
        ns_store(g, "__classcell__", cell);
    }
    g->scope = cs;
    gen_stmts(g, &n->body);
    return cell;
}

/* A class body the resolver made a unit of its own (in a traced program: a frame with
 * its events, as CPython 3.11's) is a function of one argument, the namespace, which
 * returns the __class__ cell or None as CPython's does; it is called here with ns. */
static void call_class_body(Gen *g, Node *n, Instr *ns) {
    Gen sub;
    IrFunc *f = begin_unit(g, &sub, n, n->name);
    f->is_class_body = true;
    vec_push(&f->param_names, ".namespace");
    f->argcount = f->nparams = 1;
    Instr *p = emit(&sub, IR_PARAM, TY_DYN);
    p->str = ".namespace";
    sub.line = code_first_line(n); /* where CPython's class body code starts */
    trace_line(&sub);
    Instr *cell = gen_class_body(&sub, n, p);
    if (sub.cur) {
        sub.line = 0; /* no line of its own (implicit_return) */
        return_value(&sub, cell ? cell : const_none(&sub));
    }
    Vec ops = {0};
    vec_push(&ops, NULL);
    vec_push(&ops, NULL);
    vec_push(&ops, NULL);
    call1(g, make_function_value(g, f, &ops), ns);
}

static void gen_class(Gen *g, Node *n) {
    Instr **decos = xmalloc(sizeof(Instr *) * (n->decorators.len + 1));
    for (int i = 0; i < n->decorators.len; i++) decos[i] = gen_expr(g, n->decorators.data[i]);
    at_node(g, n);
    Instr *bases = op1(g, IR_LIST_TO_TUPLE, TY_TUPLE, gen_star_list(g, &n->bases, NULL));
    Instr **kwv = xmalloc(sizeof(Instr *) * (n->keywords.len + 1));
    Instr *kwdict = NULL; /* with `**mapping` among the keywords, all of them in a dict */
    for (int i = 0; i < n->keywords.len; i++)
        if (!((Node *)n->keywords.data[i])->name) kwdict = op0(g, IR_BUILD_DICT, TY_DICT);
    Instr *builder = kwdict ? gen_const_str(g, "__build_class__()", 17) : NULL; /* named in errors */
    for (int i = 0; i < n->keywords.len; i++) {
        Node *kw = n->keywords.data[i];
        kwv[i] = gen_expr(g, kw->value);
        if (kwdict) op3(g, IR_DICT_MERGE_KW, TY_VOID, kwdict, kwv[i], builder)->str = kw->name;
    }
    int nkw = kwdict ? 0 : n->keywords.len;
    char **names = nkw ? xmalloc(sizeof(char *) * nkw) : NULL;
    for (int i = 0; i < nkw; i++) names[i] = ((Node *)n->keywords.data[i])->name;
    Vec pa = {0}; /* the metaclass's __prepare__ makes the namespace */
    vec_push(&pa, bases);
    for (int i = 0; i < nkw; i++) vec_push(&pa, kwv[i]);
    if (kwdict) vec_push(&pa, kwdict);
    Instr *ns = make_call(g, IR_PREPARE_CLASS, &pa, names, nkw);
    ns->str = n->name;
    ns->subop = kwdict != NULL;
    if (n->scope->unit == n->scope) call_class_body(g, n, ns);
    else {
        Instr *saved_ns = g->ns;
        Scope *saved_scope = g->scope;
        gen_class_body(g, n, ns);
        g->ns = saved_ns;
        g->scope = saved_scope;
    }
    at_node(g, n);
    Vec ca = {0};
    vec_push(&ca, bases);
    vec_push(&ca, ns);
    for (int i = 0; i < nkw; i++) vec_push(&ca, kwv[i]);
    if (kwdict) vec_push(&ca, kwdict);
    Instr *cls = make_call(g, IR_MAKE_CLASS, &ca, names, nkw);
    cls->str = n->name;
    cls->subop = kwdict != NULL; /* the keywords are the third argument, a dict */
    cls = apply_decorators(g, n, decos, cls);
    Node tmp = {.kind = N_NAME, .name = (char *)bound_name(n), .sym = n->sym, .line = n->line};
    store_name(g, &tmp, cls);
}

static void gen_stmt(Gen *g, Node *n) {
    at_node(g, n);
    if (n->kind == N_FUNCDEF || n->kind == N_CLASSDEF) g->line = code_first_line(n); /* from its first `@` */
    current(g); /* code after return/raise/break is compiled into an unreachable block */
    if (n->kind != N_GLOBAL && n->kind != N_NONLOCAL && trace_module_traced(g->prog, g->mod)) trace_line(g);
    switch (n->kind) {
    case N_EXPR: gen_expr(g, n->value); break;
    case N_ASSIGN: {
        Instr *v = gen_expr(g, n->value);
        for (int i = 0; i < n->targets.len; i++) gen_assign(g, n->targets.data[i], v);
        break;
    }
    case N_AUGASSIGN: gen_augassign(g, n); break;
    case N_ANNASSIGN:
        if (n->value) gen_assign(g, n->target, gen_expr(g, n->value));
        if ((g->scope->kind == SC_CLASS || g->scope->kind == SC_MODULE) && n->simple) record_annotation(g, n);
        break;
    case N_DELETE:
        for (int i = 0; i < n->targets.len; i++) gen_delete(g, n->targets.data[i]);
        break;
    case N_PASS: case N_GLOBAL: case N_NONLOCAL: break;
    case N_IF: gen_if(g, n); break;
    case N_WHILE: gen_while(g, n); break;
    case N_FOR: gen_for(g, n); break;
    case N_BREAK: case N_CONTINUE:
        if (!g->loop) error_at(g->mod->file, n->line, n->col, "'%s' outside loop",
                               n->kind == N_BREAK ? "break" : "continue");
        if (g->in_except_star && g->loop == g->except_star_loop)
            error_at(g->mod->file, n->line, n->col, "'break', 'continue' and 'return' cannot appear in an except* block");
        unwind_to(g, g->loop->unwind);
        jump(g, n->kind == N_BREAK ? g->loop->brk : g->loop->cont);
        break;
    case N_RETURN: {
        if (g->in_except_star) { /* CPython points at the value, if any */
            Node *at = n->value ? n->value : n;
            error_at(g->mod->file, at->line, at->col, "'break', 'continue' and 'return' cannot appear in an except* block");
        }
        if (n->value && g->fn->is_async && g->fn->scope->is_generator)
            error_at(g->mod->file, n->line, n->col, "'return' with value in async generator");
        Instr *v = n->value ? gen_expr(g, n->value) : const_none(g);
        unwind_to(g, NULL);
        if (g->cur) return_value(g, v);
        break;
    }
    case N_RAISE: gen_raise(g, n); break;
    case N_TRY: gen_try(g, n); break;
    case N_WITH:
        gen_with_items(g, n, 0);
        break;
    case N_ASSERT: {
        Block *fail = new_block(g), *ok = new_block(g);
        branch(g, gen_cond(g, n->test), ok, fail);
        seal(g, fail);
        g->cur = fail;
        Vec aa = {0};
        if (n->value) vec_push(&aa, gen_expr(g, n->value));
        at_node(g, n->test); /* CPython raises AssertionError at the test */
        Instr *a = emit(g, IR_ASSERT_FAIL, TY_VOID); /* a terminator: raises AssertionError */
        for (int k = 0; k < aa.len; k++) ir_add_arg(a, aa.data[k]);
        raising_terminator(g, a);
        g->cur = NULL;
        seal(g, ok);
        g->cur = ok;
        break;
    }
    case N_IMPORT: gen_import(g, n); break;
    case N_IMPORTFROM: gen_importfrom(g, n); break;
    case N_FUNCDEF: {
        Instr *fn = gen_function(g, n);
        Node tmp = {.kind = N_NAME, .name = (char *)bound_name(n), .sym = n->sym, .line = n->line};
        store_name(g, &tmp, fn);
        break;
    }
    case N_CLASSDEF: gen_class(g, n); break;
    case N_MATCH: gen_match(g, n); break;
    default:
        error_at(g->mod->file, n->line, n->col, "unexpected %s statement", node_kind_name(n->kind));
    }
}

void gen_stmts(Gen *g, Vec *stmts) {
    for (int i = 0; i < stmts->len; i++) gen_stmt(g, stmts->data[i]);
}

/* ---------------------------------------------------------------- functions */

static void collect_params(IrFunc *f, Node *args) {
    Vec *groups[] = {&args->posonly, &args->params, &args->kwonly};
    for (int gi = 0; gi < 3; gi++)
        for (int i = 0; i < groups[gi]->len; i++)
            vec_push(&f->param_names, ((Node *)groups[gi]->data[i])->name);
    f->posonlycount = args->posonly.len;
    f->argcount = args->posonly.len + args->params.len;
    f->kwonlycount = args->kwonly.len;
    if (args->vararg) { f->has_varargs = true; vec_push(&f->param_names, args->vararg->name); }
    if (args->kwarg) { f->has_varkw = true; vec_push(&f->param_names, args->kwarg->name); }
    f->nparams = f->param_names.len;
}

static Node *param_node(Node *args, int k) {
    Vec *groups[] = {&args->posonly, &args->params, &args->kwonly};
    for (int gi = 0; gi < 3; gi++) {
        if (k < groups[gi]->len) return groups[gi]->data[k];
        k -= groups[gi]->len;
    }
    if (args->vararg) { if (k == 0) return args->vararg; k--; }
    return args->kwarg;
}

/* Start the IrFunc of a def, lambda or generator expression: `sub` generates its body. */
static IrFunc *begin_unit(Gen *g, Gen *sub, Node *n, const char *name) {
    Scope *fs = n->scope;
    *sub = (Gen){.prog = g->prog, .mod = g->mod, .irm = g->irm, .scope = fs};
    /* a C-safe name, unique in the module */
    char *cname = format("%s_%d", name, g->irm->funcs.len);
    for (char *c = cname; *c; c++)
        if (!((*c >= 'a' && *c <= 'z') || (*c >= 'A' && *c <= 'Z') || (*c >= '0' && *c <= '9'))) *c = '_';
    IrFunc *f = ir_func_new(g->mod, cname);
    f->qualname = fs->qualname;
    f->scope = fs;
    f->node = n;
    f->firstline = code_first_line(n);
    f->nvars = fs->nvars;
    f->is_generator = fs->is_generator || fs->is_coroutine;
    f->is_async = fs->is_coroutine;
    vec_push(&g->irm->funcs, f);
    sub->fn = f;
    Block *entry = ir_block_new(f);
    seal(sub, entry);
    sub->cur = entry;
    sub->line = n->line;
    sub->undef = emit(sub, IR_UNDEF, TY_DYN);
    return f;
}

/* MAKE_FUNCTION over operands (defaults, kwdefaults, doc) plus the closure cells. */
static Instr *make_function_value(Gen *g, IrFunc *f, Vec *operands) {
    for (int i = 0; i < f->scope->freevars.len; i++) {
        Symbol *fv = f->scope->freevars.data[i];
        vec_push(operands, cell_of(g, fv->outer));
    }
    Instr *fnv = opv(g, IR_MAKE_FUNCTION, TY_FUNC, operands);
    fnv->func_ref = f;
    return fnv;
}

/* The byte offset of (line, col) in f: col counts code points, both 1-based. */
static size_t source_offset(SrcFile *f, int line, int col) {
    size_t at = 0;
    for (int l = 1; l < line && at < f->size; at++)
        if (f->contents[at] == '\n') l++;
    for (int c = 1; c < col && at < f->size; c++)
        do at++; while (at < f->size && ((unsigned char)f->contents[at] & 0xC0) == 0x80);
    return at;
}

/* An annotation under `from __future__ import annotations`: its source text, line
 * breaks and the indentation after them folded into one space (ast.unparse's spacing
 * where the source has the usual one). */
static Instr *annotation_string(Gen *g, Node *ann) {
    if (ann->kind == N_STR) { /* a forward reference: repr() of the string, as ast.unparse */
        StrBuf q = {0};
        char quote = memchr(ann->str, '\'', ann->len) && !memchr(ann->str, '"', ann->len) ? '"' : '\'';
        sb_add(&q, &quote, 1);
        for (size_t k = 0; k < ann->len; k++) {
            if (ann->str[k] == quote || ann->str[k] == '\\') sb_add(&q, "\\", 1);
            sb_add(&q, &ann->str[k], 1);
        }
        sb_add(&q, &quote, 1);
        Instr *v = gen_const_str(g, q.data, q.len);
        free(q.data);
        return v;
    }
    SrcFile *f = g->mod->file;
    size_t from = source_offset(f, ann->line, ann->col), to = source_offset(f, ann->end_line, ann->end_col);
    StrBuf b = {0};
    for (size_t k = from; k < to; k++) {
        char c = f->contents[k];
        if (c == '\\' && k + 1 < to && f->contents[k + 1] == '\n') continue;
        if (c == '\n') {
            while (k + 1 < to && (f->contents[k + 1] == ' ' || f->contents[k + 1] == '\t')) k++;
            if (b.len && !strchr(" ([", b.data[b.len - 1])) sb_add(&b, " ", 1);
            continue;
        }
        sb_add(&b, &c, 1);
    }
    Instr *v = gen_const_str(g, b.data ? b.data : "", b.len);
    free(b.data);
    return v;
}

/* name: ann into the annotations dict *dict (created on first use); the value */
static Instr *add_annotation(Gen *g, Instr **dict, const char *name, Node *ann) {
    if (!ann) return NULL;
    if (!*dict) *dict = op0(g, IR_BUILD_DICT, TY_DICT);
    Instr *v = g->mod->future_annotations ? annotation_string(g, ann) : gen_expr(g, ann);
    op3(g, IR_DICT_SET, TY_VOID, *dict, gen_const_str(g, name, strlen(name)), v);
    return v;
}

/* Annotated positional and keyword-only parameters become checked contracts: f's
 * prologue tests its arguments against the annotations' values, which PARAM_CHECKS
 * stores in the function object (runtime/param_check.c).  annotated: pairs of a
 * parameter's node and its annotation's value. */
static void param_checks(Gen *g, IrFunc *f, Node *args, Vec *annotated, Instr *fnv) {
    int n = f->argcount + f->kwonlycount;
    char *spec = xmalloc((size_t)n + 1);
    Vec values = {0};
    for (int k = 0; k < n; k++) {
        Node *p = param_node(args, k);
        spec[k] = '-';
        for (int a = 0; a < annotated->len; a += 2)
            if (annotated->data[a] == p) {
                spec[k] = 'a';
                Instr *v = annotated->data[a + 1];
                vec_push(&values, v);
                if (k < f->argcount && k < 32 && v->op == IR_BUILTIN && !strcmp(v->str, "float"))
                    f->float_params |= 1u << k;
                if (k < f->argcount && k < 32 && v->op == IR_BUILTIN && !strcmp(v->str, "int"))
                    f->int_annotated |= 1u << k;
            }
    }
    spec[n] = 0;
    f->param_checks = spec;
    Instr *check = op2(g, IR_PARAM_CHECKS, TY_VOID, fnv, opv(g, IR_BUILD_TUPLE, TY_TUPLE, &values));
    check->str = spec;
    free(values.data);
}

/* Compile a def or lambda into its own IrFunc, then (in the enclosing function) build
 * the function object: defaults, keyword defaults and closure cells. */
static Instr *gen_function(Gen *g, Node *n) {
    /* decorators, then defaults, in the enclosing function */
    Instr **decos = xmalloc(sizeof(Instr *) * (n->decorators.len + 1));
    for (int i = 0; i < n->decorators.len; i++) decos[i] = gen_expr(g, n->decorators.data[i]);
    at_node(g, n);
    Instr *defaults = NULL, *kwdefaults = NULL;
    if (n->args->defaults.len) {
        Vec vals = {0};
        for (int i = 0; i < n->args->defaults.len; i++) vec_push(&vals, gen_expr(g, n->args->defaults.data[i]));
        defaults = opv(g, IR_BUILD_TUPLE, TY_TUPLE, &vals);
    }
    for (int i = 0; i < n->args->kw_defaults.len; i++) {
        Node *d = n->args->kw_defaults.data[i];
        if (!d) continue;
        if (!kwdefaults) kwdefaults = op0(g, IR_BUILD_DICT, TY_DICT);
        Node *p = n->args->kwonly.data[i];
        op3(g, IR_DICT_SET, TY_VOID, kwdefaults, gen_const_str(g, p->name, strlen(p->name)), gen_expr(g, d));
    }
    /* annotations, evaluated now in CPython's order: parameters, positional-only ones,
     * *args, keyword-only ones, **kwargs, return */
    Instr *annotations = NULL;
    Vec annotated = {0}; /* Node* of a parameter, then its annotation's value */
    Vec *groups[] = {&n->args->params, &n->args->posonly};
    for (int gi = 0; gi < 2; gi++)
        for (int i = 0; i < groups[gi]->len; i++) {
            Node *p = groups[gi]->data[i];
            Instr *v = add_annotation(g, &annotations, p->name, p->annotation);
            if (v) { vec_push(&annotated, p); vec_push(&annotated, v); }
        }
    if (n->args->vararg) add_annotation(g, &annotations, n->args->vararg->name, n->args->vararg->annotation);
    for (int i = 0; i < n->args->kwonly.len; i++) {
        Node *p = n->args->kwonly.data[i];
        Instr *v = add_annotation(g, &annotations, p->name, p->annotation);
        if (v) { vec_push(&annotated, p); vec_push(&annotated, v); }
    }
    if (n->args->kwarg) add_annotation(g, &annotations, n->args->kwarg->name, n->args->kwarg->annotation);
    if (n->kind == N_FUNCDEF) add_annotation(g, &annotations, "return", n->returns);

    /* the body */
    Gen sub;
    IrFunc *f = begin_unit(g, &sub, n, n->kind == N_LAMBDA ? "lambda" : n->name);
    collect_params(f, n->args);
    for (int k = 0; k < f->nparams; k++) {
        Instr *p = emit(&sub, IR_PARAM, TY_DYN);
        p->ival = k;
        Node *pn = param_node(n->args, k);
        p->str = pn->name;
        write_var(sub.cur, ((Symbol *)pn->sym)->index, p);
    }
    create_cells(&sub, n->scope);
    if (n->kind == N_LAMBDA) {
        if (trace_module_traced(g->prog, g->mod)) trace_line(&sub);
        return_value(&sub, gen_expr(&sub, n->value));
    } else {
        gen_stmts(&sub, &n->body);
        if (sub.cur) implicit_return(&sub);
    }

    /* the function object */
    at_node(g, n);
    Vec ma = {0};
    vec_push(&ma, defaults);
    vec_push(&ma, kwdefaults);
    vec_push(&ma, n->kind == N_FUNCDEF ? docstring_of(g, &n->body) : NULL);
    Instr *fnv = make_function_value(g, f, &ma);
    if (annotated.len && !g->mod->future_annotations) param_checks(g, f, n->args, &annotated, fnv);
    free(annotated.data);
    if (annotations) {
        Instr *set = op2(g, IR_SETATTR, TY_VOID, fnv, annotations);
        set->str = "__annotations__";
    }
    return apply_decorators(g, n, decos, fnv);
}

IrModule *irgen_module(Program *p, Module *m) {
    IrModule *irm = xmalloc(sizeof(IrModule));
    irm->module = m;
    Gen g = {.prog = p, .mod = m, .irm = irm, .scope = m->scope};
    IrFunc *f = ir_func_new(m, "module_init");
    f->qualname = "<module>";
    f->scope = m->scope;
    f->node = m->ast;
    f->firstline = 1;
    f->nvars = m->scope->nvars;
    f->is_module_init = true;
    vec_push(&irm->funcs, f);
    g.fn = f;
    Block *entry = ir_block_new(f);
    seal(&g, entry);
    g.cur = entry;
    g.line = 1;
    g.undef = emit(&g, IR_UNDEF, TY_DYN);
    Instr *doc = docstring_of(&g, &m->ast->body);
    Node docname = {.kind = N_NAME, .name = "__doc__", .sym = NULL};
    Symbol docsym = {.name = "__doc__", .kind = SYM_GLOBAL, .index = module_global_slot(m, "__doc__")};
    docname.sym = &docsym;
    store_name(&g, &docname, doc ? doc : const_none(&g));
    if (body_annotates(&m->ast->body)) {
        Instr *anns = op0(&g, IR_BUILD_DICT, TY_DICT);
        Instr *set = emit(&g, IR_GLOBAL_STORE, TY_VOID);
        set->ival = module_global_slot(m, "__annotations__");
        set->str = xstrdup("__annotations__");
        ir_add_arg(set, anns);
    }
    create_cells(&g, m->scope);
    gen_stmts(&g, &m->ast->body);
    if (g.cur) implicit_return(&g);
    return irm;
}
