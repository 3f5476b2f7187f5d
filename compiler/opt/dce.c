/* dce.c — dead code elimination: marks values nobody uses and whose computation has
 * no effect (constants, phis, copies, boxing, allocation of fresh containers).
 * require: SSA.  guarantee: no live instruction uses a dead one; effects and
 * everything that may raise are kept. */
#include "../trc.h"

void opt_dce(IrModule *m) {
    for (int fi = 0; fi < m->funcs.len; fi++) {
        IrFunc *f = m->funcs.data[fi];
        for (bool changed = true; changed;) {
            changed = false;
            IrUses u = ir_uses(f);
            for (int b = 0; b < f->blocks.len; b++) {
                Block *bl = f->blocks.data[b];
                for (int k = 0; k < bl->instrs.len; k++) {
                    Instr *i = bl->instrs.data[k];
                    if (!i->dead && !u.count[i->id] && ir_op_is_pure(i->op) && i->type != TY_VOID) {
                        i->dead = true;
                        changed = true;
                    }
                }
            }
            ir_uses_free(&u);
        }
    }
}
