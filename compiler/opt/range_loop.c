/* range_loop.c — `for x in range(...)` and `for x in reversed(range(...))` as counting
 * loops.  `ITER (CALL (BUILTIN 'range') args)` whose iterator only feeds FOR_NEXTs
 * becomes one RANGE_ITER over the callee and the arguments: at run time, when the callee
 * is the builtin range and every argument a small int (step not 0), the loop counts in a
 * C integer and FOR_NEXT yields small ints with no range object, iterator or call;
 * otherwise RANGE_ITER calls the callee and iterates the result as before, so errors
 * (`range('a')`, `range(1, 2, 0)`), big ints and a rebound builtin behave unchanged.
 * `ITER (CALL (BUILTIN 'reversed') (CALL (BUILTIN 'range') args))` becomes a RANGE_ITER
 * of subop RANGE_ITER_REVERSED over both callees and range's arguments, counting down
 * from the last item when both are the builtins (nqueens' `for i in reversed(range(r))`
 * made a range, a reversed iterator and two calls per loop).
 * require: SSA, DCE done (live use counts).  guarantee: the calls and the iterator were
 * adjacent but for pure values, so nothing observable moves; a RANGE_ITER value is used
 * only by its loop's FOR_NEXT (never by a phi), so it may live in a C struct. */
#include "../trc.h"

/* x is a call of builtin `name` with from min to max arguments, no keywords */
static bool builtin_call(const Instr *x, const char *name, int min_args, int max_args) {
    return x->op == IR_CALL && x->ival == 0 && x->nargs >= min_args + 1 && x->nargs <= max_args + 1 &&
           x->args[0]->op == IR_BUILTIN && !strcmp(x->args[0]->str, name);
}

/* x's only use is user, in x's block and handler, with nothing but pure values between */
static bool feeds_only(const Instr *x, const Instr *user, const IrUses *u) {
    if (u->count[x->id] != 1 || x->block != user->block || x->exc != user->exc) return false;
    for (int k = u->index[x->id] + 1; k < u->index[user->id]; k++) {
        Instr *between = user->block->instrs.data[k];
        if (!between->dead && !ir_op_is_pure(between->op)) return false;
    }
    return true;
}

/* The CALL of builtin range that `iter` iterates, directly or through builtin reversed
 * (*reversed set to that call), or NULL. */
static Instr *range_call(Instr *iter, const IrUses *u, Instr **reversed) {
    *reversed = NULL;
    if (iter->op != IR_ITER || iter->subop != 0) return NULL;
    if (u->count[iter->id] != 1 || u->user[iter->id]->op != IR_FOR_NEXT) return NULL; /* the loop's only */
    Instr *call = iter->args[0];
    if (builtin_call(call, "reversed", 1, 1) && builtin_call(call->args[1], "range", 1, 3) &&
        feeds_only(call->args[1], call, u) && feeds_only(call, iter, u)) {
        *reversed = call;
        return call->args[1];
    }
    return builtin_call(call, "range", 1, 3) && feeds_only(call, iter, u) ? call : NULL;
}

void opt_range_loop(IrModule *m) {
    for (int fi = 0; fi < m->funcs.len; fi++) {
        IrFunc *f = m->funcs.data[fi];
        IrUses u = ir_uses(f);
        for (int b = 0; b < f->blocks.len; b++) {
            Block *bl = f->blocks.data[b];
            for (int k = 0; k < bl->instrs.len; k++) {
                Instr *iter = bl->instrs.data[k];
                if (iter->dead) continue;
                Instr *reversed, *call = range_call(iter, &u, &reversed);
                if (!call) continue;
                iter->op = IR_RANGE_ITER;
                iter->type = TY_RANGE_LOOP;
                iter->line = call->line;
                iter->span = call->span; /* a traceback marks range(...), as CPython's */
                call->dead = true;
                if (!reversed) {
                    iter->args = call->args;
                    iter->nargs = call->nargs;
                    continue;
                }
                iter->subop = RANGE_ITER_REVERSED;
                iter->nargs = call->nargs + 1;
                iter->args = xmalloc(sizeof(Instr *) * iter->nargs);
                iter->args[0] = reversed->args[0];
                memcpy(iter->args + 1, call->args, sizeof(Instr *) * call->nargs);
                reversed->dead = true;
            }
        }
        ir_uses_free(&u);
    }
}
