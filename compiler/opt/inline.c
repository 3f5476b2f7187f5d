/* inline.c — small module-level functions inlined at their call sites, behind a guard.
 * A call `f(a, b)` in the module that defines `def f(x, y)` — a plain function bound by
 * a module-level def: no decorator, *args, **kwargs, keyword-only parameter, checked
 * annotation other than `float`, closure, loop, try, yield or call (a function it called would miss f's
 * frame on the frame stack: sys._getframe, logging's caller), and at most MAX_CALLEE
 * instructions —
 * passing exactly f's positional parameters becomes
 *     if (the callee is a function of f's code) { f's body on the argument values }
 *     else { the call, as before }
 * A `float`-annotated parameter's argument must also be an exact float for the body
 * to run inline (the annotation's check could not fail then); else the call checks it.
 * so rebinding `f`, or monkeypatching it from elsewhere, takes the call and semantics
 * never change.  The inlined body works on the caller's values: later passes see the
 * argument types, a float result stays unboxed (opt/unbox_float.c) and the call
 * protocol disappears.  An error raised in the inlined body adds f's traceback entry,
 * then the caller's at the call's line, as the call would have (the inlined call does
 * not count towards the recursion limit).  One level only: a body that contains
 * inlined code is not inlined again.  MODULE_BUDGET bounds the code added per module.
 * require: irgen's SSA (the first pass).  guarantee: callers with exception handlers
 * or generator frames are left alone, so every cloned instruction's exc is NULL. */
#include "../trc.h"

enum { MAX_CALLEE = 40, MODULE_BUDGET = 1500 };

static bool inlinable_op(IrOp op) {
    switch (op) {
    case IR_CONST_INT: case IR_CONST_BIGINT: case IR_CONST_FLOAT: case IR_CONST_IMAG:
    case IR_CONST_STR: case IR_CONST_BYTES: case IR_CONST_NONE: case IR_CONST_TRUE:
    case IR_CONST_FALSE: case IR_CONST_ELLIPSIS: case IR_UNDEF: case IR_PARAM: case IR_PHI:
    case IR_COPY: case IR_GLOBAL_LOAD: case IR_BUILTIN: case IR_CHECK_BOUND: case IR_BINOP:
    case IR_UNARY: case IR_NOT: case IR_TRUTH: case IR_COMPARE: case IR_COMPARE_BOOL:
    case IR_IS: case IR_IN: case IR_BOX_BOOL: case IR_GETATTR: case IR_GETITEM: case IR_BUILD_TUPLE: case IR_BUILD_LIST: case IR_LEN: case IR_JUMP:
    case IR_BRANCH: case IR_RETURN:
        return true;
    default:
        return false;
    }
}

/* Every checked annotation of f is a `float` one (the guard tests those arguments). */
static bool only_float_checks(IrFunc *f) {
    for (int k = 0; f->param_checks && f->param_checks[k]; k++)
        if (f->param_checks[k] != '-' && !ir_is_float_param(f, k)) return false;
    return true;
}

/* The number of f's instructions if it may be inlined, else 0. */
static int callee_size(IrFunc *f) {
    if (f->is_module_init || f->is_generator || f->is_async || f->has_varargs || f->has_varkw ||
        f->kwonlycount || !only_float_checks(f))
        return 0;
    int n = 0;
    for (int b = 0; b < f->blocks.len; b++) {
        Block *bl = f->blocks.data[b];
        for (int k = 0; k < bl->instrs.len; k++) {
            Instr *i = bl->instrs.data[k];
            if (i->dead) continue;
            if (!inlinable_op(i->op) || i->exc || i->inlined_from) return 0;
            if (i->op == IR_GLOBAL_LOAD && i->names) return 0; /* a comprehension's own names */
            n++;
        }
    }
    return n <= MAX_CALLEE ? n : 0;
}

static bool fit_caller(IrFunc *g) {
    if (g->is_generator) return false;
    for (int b = 0; b < g->blocks.len; b++)
        if (((Block *)g->blocks.data[b])->is_handler) return false;
    return true;
}

static void replace_pred(Block *b, Block *from, Block *to) {
    for (int p = 0; p < b->preds.len; p++)
        if (b->preds.data[p] == from) b->preds.data[p] = to;
}

static void replace_uses(IrFunc *g, Instr *from, Instr *to) {
    for (int b = 0; b < g->blocks.len; b++) {
        Block *bl = g->blocks.data[b];
        for (int k = 0; k < bl->instrs.len; k++) {
            Instr *i = bl->instrs.data[k];
            for (int a = 0; a < i->nargs; a++)
                if (i->args[a] == from && i != to) i->args[a] = to;
        }
    }
}

/* Moves the instructions after `call` (in its block b) into a new block, which takes
 * over b's successors; returns it. */
static Block *split_after(IrFunc *g, Instr *call) {
    Block *b = call->block, *post = ir_block_new(g);
    int at = 0;
    while (b->instrs.data[at] != call) at++;
    for (int k = at + 1; k < b->instrs.len; k++) {
        Instr *i = b->instrs.data[k];
        i->block = post;
        vec_push(&post->instrs, i);
    }
    b->instrs.len = at;
    Block *succ[64];
    int n = ir_block_succs(post, succ);
    for (int s = 0; s < n; s++) replace_pred(succ[s], b, post);
    return post;
}

/* f's body as blocks of g, PARAMs read from call's arguments, RETURNs jumping to post;
 * the returning blocks and their values go to rets (pairs).  Returns the entry block. */
static Block *clone_body(IrFunc *g, IrFunc *f, Instr *call, Block *post, Vec *rets) {
    Instr **imap = xmalloc((f->nvalues + 1) * sizeof *imap);
    Block **bmap = xmalloc((f->blocks.len) * sizeof *bmap);
    for (int b = 0; b < f->blocks.len; b++) bmap[b] = ir_block_new(g);
    for (int b = 0; b < f->blocks.len; b++) {
        Block *fb = f->blocks.data[b];
        for (int p = 0; p < fb->preds.len; p++) vec_push(&bmap[b]->preds, bmap[((Block *)fb->preds.data[p])->id]);
        for (int k = 0; k < fb->instrs.len; k++) {
            Instr *i = fb->instrs.data[k];
            if (i->dead) continue;
            if (i->op == IR_PARAM) { imap[i->id] = call->args[1 + i->ival]; continue; }
            Instr *c = ir_instr_new(bmap[b], i->op == IR_RETURN ? IR_JUMP : i->op, i->op == IR_RETURN ? TY_VOID : i->type, i->line);
            c->subop = i->subop, c->ival = i->ival, c->fval = i->fval, c->str = i->str, c->len = i->len;
            c->names = i->names, c->func_ref = i->func_ref, c->mod_ref = i->mod_ref;
            c->inlined_from = f, c->call_line = call->line, c->span = i->span, c->call_span = call->span;
            for (int t = 0; t < 2; t++)
                if (i->target[t]) c->target[t] = bmap[i->target[t]->id];
            if (i->op == IR_RETURN) {
                c->target[0] = post;
                vec_push(&post->preds, bmap[b]);
                vec_push(rets, bmap[b]);
                vec_push(rets, i->args[0]);
            }
            imap[i->id] = c;
        }
    }
    for (int b = 0; b < f->blocks.len; b++) { /* operands, now that every value has its copy */
        Block *fb = f->blocks.data[b];
        for (int k = 0; k < fb->instrs.len; k++) {
            Instr *i = fb->instrs.data[k];
            if (i->dead || i->op == IR_PARAM || i->op == IR_RETURN) continue;
            for (int a = 0; a < i->nargs; a++) ir_add_arg(imap[i->id], i->args[a] ? imap[i->args[a]->id] : NULL);
        }
    }
    for (int r = 1; r < rets->len; r += 2) rets->data[r] = imap[((Instr *)rets->data[r])->id];
    Block *entry = bmap[0];
    free(imap);
    free(bmap);
    return entry;
}

static void inline_call(IrFunc *g, Instr *call, IrFunc *f) {
    Block *b = call->block;
    Block *post = split_after(g, call);
    Block *slow = ir_block_new(g);
    Instr *guard = ir_instr_new(b, IR_CODE_IS, TY_CBOOL, call->line);
    ir_add_arg(guard, call->args[0]);
    for (int k = 0; k < f->argcount; k++)
        if (ir_is_float_param(f, k)) ir_add_arg(guard, call->args[1 + k]); /* must be exact floats */
    guard->func_ref = f;
    Vec rets = {0};
    Instr *br = ir_instr_new(b, IR_BRANCH, TY_VOID, call->line);
    ir_add_arg(br, guard);
    br->target[0] = clone_body(g, f, call, post, &rets);
    br->target[1] = slow;
    vec_push(&br->target[0]->preds, b);
    vec_push(&slow->preds, b);
    call->block = slow;
    vec_push(&slow->instrs, call);
    Instr *jump = ir_instr_new(slow, IR_JUMP, TY_VOID, call->line);
    jump->target[0] = post;
    vec_push(&post->preds, slow);
    /* the result: a phi over the returns and the call, first in post */
    Instr *result = ir_instr_new(post, IR_PHI, TY_DYN, call->line);
    memmove(post->instrs.data + 1, post->instrs.data, sizeof(void *) * (post->instrs.len - 1));
    post->instrs.data[0] = result;
    replace_uses(g, call, result);
    for (int r = 1; r < rets.len; r += 2) ir_add_arg(result, rets.data[r]);
    ir_add_arg(result, call);
    free(rets.data);
}

/* Inlines the calls of g that qualify while the budget lasts (values: the module's
 * ir_module_slot_values). */
static void inline_calls_in(IrFunc *g, Instr **values, int nslots, int *budget) {
    Vec calls = {0}, callees = {0}; /* found first: inlining moves instructions into new blocks */
    for (int b = 0; b < g->blocks.len; b++) {
        Block *bl = g->blocks.data[b];
        for (int k = 0; k < bl->instrs.len; k++) {
            Instr *i = bl->instrs.data[k];
            if (i->dead || i->op != IR_CALL || i->ival) continue;
            IrFunc *f = ir_callee_def(i, values, nslots);
            if (f && f != g && i->nargs - 1 == f->argcount) {
                vec_push(&calls, i);
                vec_push(&callees, f);
            }
        }
    }
    for (int k = 0; k < calls.len; k++) {
        IrFunc *f = callees.data[k];
        int size = callee_size(f);
        if (!size || size > *budget) continue;
        *budget -= size;
        inline_call(g, calls.data[k], f);
    }
    free(calls.data);
    free(callees.data);
}

void opt_inline(IrModule *m) {
    int nslots, budget = MODULE_BUDGET;
    Instr **values = ir_module_slot_values(m, &nslots);
    /* functions first, the module's body (run once) last */
    for (int gi = 1; gi <= m->funcs.len; gi++) {
        IrFunc *g = m->funcs.data[gi % m->funcs.len];
        if (fit_caller(g)) inline_calls_in(g, values, nslots, &budget);
    }
    free(values);
}
