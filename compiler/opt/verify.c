/* verify.c — checks IR invariants between passes (cheap; always on):
 * every non-empty block ends in exactly one terminator, phis have one operand per
 * predecessor, live instructions use only live values of the same function. */
#include "../trc.h"

_Noreturn static void broken(IrFunc *f, Block *b, Instr *i, const char *what) {
    fprintf(stderr, "trc: internal error: IR of %s, b%d, v%d (%s): %s\n", f->name, b->id,
            i ? i->id : -1, i ? ir_op_name(i->op) : "-", what);
    exit(3);
}

void ir_verify(IrModule *m) {
    for (int fi = 0; fi < m->funcs.len; fi++) {
        IrFunc *f = m->funcs.data[fi];
        for (int b = 0; b < f->blocks.len; b++) {
            Block *bl = f->blocks.data[b];
            if (!bl->instrs.len) continue;
            for (int k = 0; k < bl->instrs.len; k++) {
                Instr *i = bl->instrs.data[k];
                bool last = k == bl->instrs.len - 1;
                if (ir_is_terminator(i->op) != last) broken(f, bl, i, last ? "missing terminator" : "terminator inside block");
                if (i->op == IR_PHI && !i->dead && i->nargs != bl->preds.len) broken(f, bl, i, "phi arity");
                if (i->dead) continue;
                for (int a = 0; a < i->nargs; a++) {
                    Instr *arg = i->args[a];
                    if (!arg) continue;
                    if (arg->dead) broken(f, bl, i, "uses a dead value");
                    if (arg->block->func != f) broken(f, bl, i, "uses a value of another function");
                }
            }
        }
    }
}
