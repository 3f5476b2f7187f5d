/* copy_prop.c — copy propagation: every use of `COPY x` becomes a use of x.
 * irgen writes a COPY for each read of a named local (the name rides along in dumps);
 * after this pass the IR speaks of the values themselves, which lets later passes see
 * through names (a float tree over `dx * dx` meets the subtraction that made dx).
 * require: SSA.  guarantee: no live instruction uses a COPY; the COPYs are dead. */
#include "../trc.h"

/* x's source, through chains of copies */
static Instr *source_of(Instr *x) {
    while (x && x->op == IR_COPY) x = x->args[0];
    return x;
}

void opt_copy_prop(IrModule *m) {
    for (int fi = 0; fi < m->funcs.len; fi++) {
        IrFunc *f = m->funcs.data[fi];
        for (int b = 0; b < f->blocks.len; b++) {
            Block *bl = f->blocks.data[b];
            for (int k = 0; k < bl->instrs.len; k++) {
                Instr *i = bl->instrs.data[k];
                if (i->dead) continue;
                for (int a = 0; a < i->nargs; a++)
                    if (i->args[a] && i->args[a]->op == IR_COPY) i->args[a] = source_of(i->args[a]);
            }
        }
        for (int b = 0; b < f->blocks.len; b++) {
            Block *bl = f->blocks.data[b];
            for (int k = 0; k < bl->instrs.len; k++) {
                Instr *i = bl->instrs.data[k];
                if (i->op == IR_COPY) i->dead = true;
            }
        }
    }
}
