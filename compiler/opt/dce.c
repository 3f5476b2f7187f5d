/* dce.c — dead code elimination: marks values nobody uses and whose computation has
 * no effect (constants, phis, copies, boxing, allocation of fresh containers).
 * require: SSA.  guarantee: no live instruction uses a dead one; effects and
 * everything that may raise are kept. */
#include "../trc.h"

static bool is_pure(IrOp op) {
    switch (op) {
    case IR_CONST_INT: case IR_CONST_BIGINT: case IR_CONST_FLOAT: case IR_CONST_IMAG:
    case IR_CONST_STR: case IR_CONST_BYTES: case IR_CONST_NONE: case IR_CONST_TRUE:
    case IR_CONST_FALSE: case IR_CONST_ELLIPSIS: case IR_PHI: case IR_COPY: case IR_BOX_BOOL:
    case IR_IS: case IR_NOT: case IR_CLOSURE: case IR_BUILTIN: case IR_EXTRACT: case IR_PARAM:
    case IR_BUILD_TUPLE: case IR_BUILD_SLICE: case IR_MAKE_FUNCTION: case IR_CELL_NEW:
    case IR_MATCH_SEQUENCE: case IR_MATCH_MAPPING:
        return true;
    default:
        return false;
    }
}

void opt_dce(IrModule *m) {
    for (int fi = 0; fi < m->funcs.len; fi++) {
        IrFunc *f = m->funcs.data[fi];
        int *uses = xmalloc(sizeof(int) * (f->nvalues + 1));
        for (bool changed = true; changed;) {
            changed = false;
            memset(uses, 0, sizeof(int) * (f->nvalues + 1));
            for (int b = 0; b < f->blocks.len; b++) {
                Block *bl = f->blocks.data[b];
                for (int k = 0; k < bl->instrs.len; k++) {
                    Instr *i = bl->instrs.data[k];
                    if (i->dead) continue;
                    for (int a = 0; a < i->nargs; a++)
                        if (i->args[a]) uses[i->args[a]->id]++;
                }
            }
            for (int b = 0; b < f->blocks.len; b++) {
                Block *bl = f->blocks.data[b];
                for (int k = 0; k < bl->instrs.len; k++) {
                    Instr *i = bl->instrs.data[k];
                    if (!i->dead && !uses[i->id] && is_pure(i->op) && i->type != TY_VOID) {
                        i->dead = true;
                        changed = true;
                    }
                }
            }
        }
        free(uses);
    }
}
