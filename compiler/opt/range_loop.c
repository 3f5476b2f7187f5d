/* range_loop.c — `for x in range(...)` as a counting loop.
 * `ITER (CALL (BUILTIN 'range') args)` whose iterator only feeds FOR_NEXTs becomes one
 * RANGE_ITER over the callee and the arguments: at run time, when the callee is the
 * builtin range and every argument a small int (step not 0), the loop counts in a C
 * integer and FOR_NEXT yields small ints with no range object, iterator or call;
 * otherwise RANGE_ITER calls the callee and iterates the result as before, so errors
 * (`range('a')`, `range(1, 2, 0)`), big ints and a rebound builtin behave unchanged.
 * require: SSA, DCE done (live use counts).  guarantee: the call and the iterator were
 * adjacent but for pure values, so nothing observable moves; a RANGE_ITER value is used
 * only by FOR_NEXT (never by a phi), so it may live in a C struct. */
#include "../trc.h"

static bool pure_between(const Instr *i) {
    switch (i->op) {
    case IR_CONST_INT: case IR_CONST_FLOAT: case IR_CONST_STR: case IR_CONST_NONE:
    case IR_COPY: case IR_BUILTIN: case IR_CLOSURE:
        return true;
    default:
        return false;
    }
}

/* The CALL of builtin range that `iter` iterates, or NULL. */
static Instr *range_call(Instr *iter, const int *uses, const int *index) {
    if (iter->op != IR_ITER || iter->subop != 0) return NULL;
    Instr *call = iter->args[0];
    if (call->op != IR_CALL || call->ival != 0 || call->nargs < 2 || call->nargs > 4) return NULL;
    if (call->args[0]->op != IR_BUILTIN || strcmp(call->args[0]->str, "range")) return NULL;
    if (uses[call->id] != 1 || call->block != iter->block || call->exc != iter->exc) return NULL;
    for (int k = index[call->id] + 1; k < index[iter->id]; k++) {
        Instr *between = iter->block->instrs.data[k];
        if (!between->dead && !pure_between(between)) return NULL;
    }
    return call;
}

void opt_range_loop(IrModule *m) {
    for (int fi = 0; fi < m->funcs.len; fi++) {
        IrFunc *f = m->funcs.data[fi];
        size_t n = (size_t)f->nvalues + 1;
        int *uses = xmalloc(n * sizeof(int)), *index = xmalloc(n * sizeof(int));
        bool *other_use = xmalloc(n * sizeof(bool)); /* used by something else than FOR_NEXT */
        for (int b = 0; b < f->blocks.len; b++) {
            Block *bl = f->blocks.data[b];
            for (int k = 0; k < bl->instrs.len; k++) {
                Instr *i = bl->instrs.data[k];
                index[i->id] = k;
                if (i->dead) continue;
                for (int a = 0; a < i->nargs; a++) {
                    if (!i->args[a]) continue;
                    uses[i->args[a]->id]++;
                    if (i->op != IR_FOR_NEXT) other_use[i->args[a]->id] = true;
                }
            }
        }
        for (int b = 0; b < f->blocks.len; b++) {
            Block *bl = f->blocks.data[b];
            for (int k = 0; k < bl->instrs.len; k++) {
                Instr *iter = bl->instrs.data[k];
                if (iter->dead || other_use[iter->id]) continue;
                Instr *call = range_call(iter, uses, index);
                if (!call) continue;
                iter->op = IR_RANGE_ITER;
                iter->type = TY_RANGE_LOOP;
                iter->args = call->args;
                iter->nargs = call->nargs;
                iter->line = call->line;
                call->dead = true;
            }
        }
        free(uses); free(index); free(other_use);
    }
}
