/* defined.c — removes CHECK_BOUND where the checked value is always defined.
 * require: SSA from irgen (UNDEF marks "no assignment on some path").
 * guarantee: a CHECK_BOUND survives only if an UNDEF can reach it through phis;
 * the removed ones become COPYs (a later DCE/emitter treats them as plain moves).
 * The "possibly undefined" set is a least fixpoint: UNDEF, and phis with such an arg. */
#include "../trc.h"

static bool maybe_undef_changed(IrFunc *f, bool *maybe) {
    bool changed = false;
    for (int b = 0; b < f->blocks.len; b++) {
        Block *bl = f->blocks.data[b];
        for (int k = 0; k < bl->instrs.len; k++) {
            Instr *i = bl->instrs.data[k];
            if (maybe[i->id]) continue;
            bool m = i->op == IR_UNDEF;
            if (i->op == IR_PHI)
                for (int a = 0; a < i->nargs; a++) m |= maybe[i->args[a]->id];
            if (m) { maybe[i->id] = true; changed = true; }
        }
    }
    return changed;
}

void opt_check_bound(IrModule *m) {
    for (int fi = 0; fi < m->funcs.len; fi++) {
        IrFunc *f = m->funcs.data[fi];
        bool *maybe = xmalloc(f->nvalues + 1);
        while (maybe_undef_changed(f, maybe)) {}
        for (int b = 0; b < f->blocks.len; b++) {
            Block *bl = f->blocks.data[b];
            for (int k = 0; k < bl->instrs.len; k++) {
                Instr *i = bl->instrs.data[k];
                if (i->op == IR_CHECK_BOUND && !maybe[i->args[0]->id]) {
                    i->op = IR_COPY;
                    i->exc = NULL; /* cannot raise any more; the handler edge stays harmless */
                }
            }
        }
        free(maybe);
    }
}
