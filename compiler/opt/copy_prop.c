/* copy_prop.c — copy propagation: every use of `COPY x` becomes a use of x, and so does
 * every use of a phi that merges nothing (`phi(x, itself, ...)`: a loop header's value
 * of a variable the loop never assigns, such as a parameter).
 * irgen writes a COPY for each read of a named local (the name rides along in dumps);
 * after this pass the IR speaks of the values themselves, which lets later passes see
 * through names (a float tree over `dx * dx` meets the subtraction that made dx) and
 * loops (a parameter read in a loop is the parameter).
 * require: SSA.  guarantee: no live instruction uses a COPY or a trivial phi; those are
 * dead. */
#include "../trc.h"

/* x's source, through chains of copies and trivial phis (same: by value id) */
static Instr *source_of(Instr *x, Instr **same) {
    while (x && (x->op == IR_COPY || same[x->id])) x = x->op == IR_COPY ? x->args[0] : same[x->id];
    return x;
}

/* The one value a phi merges, apart from itself; NULL when it merges two. */
static Instr *trivial_phi_source(Instr *phi, Instr **same) {
    Instr *only = NULL;
    for (int a = 0; a < phi->nargs; a++) {
        Instr *x = source_of(phi->args[a], same);
        if (x == phi || x == only) continue;
        if (only || !x) return NULL;
        only = x;
    }
    return only;
}

void opt_copy_prop(IrModule *m) {
    for (int fi = 0; fi < m->funcs.len; fi++) {
        IrFunc *f = m->funcs.data[fi];
        Instr **same = xmalloc(((size_t)f->nvalues + 1) * sizeof *same);
        for (bool changed = true; changed;) { /* a phi of trivial phis may become trivial */
            changed = false;
            for (int b = 0; b < f->blocks.len; b++) {
                Block *bl = f->blocks.data[b];
                for (int k = 0; k < bl->instrs.len; k++) {
                    Instr *i = bl->instrs.data[k];
                    if (i->dead || i->op != IR_PHI || same[i->id]) continue;
                    Instr *x = trivial_phi_source(i, same);
                    if (x) same[i->id] = x, changed = true;
                }
            }
        }
        for (int b = 0; b < f->blocks.len; b++) {
            Block *bl = f->blocks.data[b];
            for (int k = 0; k < bl->instrs.len; k++) {
                Instr *i = bl->instrs.data[k];
                if (i->dead) continue;
                for (int a = 0; a < i->nargs; a++) i->args[a] = source_of(i->args[a], same);
            }
        }
        for (int b = 0; b < f->blocks.len; b++) {
            Block *bl = f->blocks.data[b];
            for (int k = 0; k < bl->instrs.len; k++) {
                Instr *i = bl->instrs.data[k];
                if (i->op == IR_COPY || same[i->id]) i->dead = true;
            }
        }
        free(same);
    }
}
