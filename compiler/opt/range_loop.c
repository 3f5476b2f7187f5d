/* range_loop.c — `for x in range(...)` as a counting loop.
 * `ITER (CALL (BUILTIN 'range') args)` whose iterator only feeds FOR_NEXTs becomes one
 * RANGE_ITER over the callee and the arguments: at run time, when the callee is the
 * builtin range and every argument a small int (step not 0), the loop counts in a C
 * integer and FOR_NEXT yields small ints with no range object, iterator or call;
 * otherwise RANGE_ITER calls the callee and iterates the result as before, so errors
 * (`range('a')`, `range(1, 2, 0)`), big ints and a rebound builtin behave unchanged.
 * require: SSA, DCE done (live use counts).  guarantee: the call and the iterator were
 * adjacent but for pure values, so nothing observable moves; a RANGE_ITER value is used
 * only by its loop's FOR_NEXT (never by a phi), so it may live in a C struct. */
#include "../trc.h"

/* The CALL of builtin range that `iter` iterates, or NULL. */
static Instr *range_call(Instr *iter, const IrUses *u) {
    if (iter->op != IR_ITER || iter->subop != 0) return NULL;
    if (u->count[iter->id] != 1 || u->user[iter->id]->op != IR_FOR_NEXT) return NULL; /* the loop's only */
    Instr *call = iter->args[0];
    if (call->op != IR_CALL || call->ival != 0 || call->nargs < 2 || call->nargs > 4) return NULL;
    if (call->args[0]->op != IR_BUILTIN || strcmp(call->args[0]->str, "range")) return NULL;
    if (u->count[call->id] != 1 || call->block != iter->block || call->exc != iter->exc) return NULL;
    for (int k = u->index[call->id] + 1; k < u->index[iter->id]; k++) {
        Instr *between = iter->block->instrs.data[k];
        if (!between->dead && !ir_op_is_pure(between->op)) return NULL;
    }
    return call;
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
                Instr *call = range_call(iter, &u);
                if (!call) continue;
                iter->op = IR_RANGE_ITER;
                iter->type = TY_RANGE_LOOP;
                iter->args = call->args;
                iter->nargs = call->nargs;
                iter->line = call->line;
                call->dead = true;
            }
        }
        ir_uses_free(&u);
    }
}
