/* seq_loop.c — `for x in seq` over a list or tuple without an iterator object.
 * `ITER x` whose iterator only feeds one FOR_NEXT gets the type TY_SEQ_LOOP: at run
 * time (tr_seq_loop_init, runtime/tr.h) an exact list or tuple is walked by index in a
 * C struct, the length read at each step and a float-strategy list's items handed out
 * boxed, exactly as its iterator would (CPython's list iterator is an index too); any
 * other object gets its iterator from ITER as before, so __iter__, __next__ and errors
 * are unchanged.  nbody's `for b in bodies` made and freed an iterator per step.
 * require: SSA, DCE done (live use counts).  guarantee: a TY_SEQ_LOOP value is used only
 * by its loop's FOR_NEXT (never by a phi), so it may live in a C struct; not in
 * generators (their frames hold objects only) nor traced modules (the exhausted
 * iterator is a 'return' event's business). */
#include "../trc.h"

void opt_seq_loop(IrModule *m) {
    for (int fi = 0; fi < m->funcs.len; fi++) {
        IrFunc *f = m->funcs.data[fi];
        if (f->is_generator || f->is_async) continue;
        IrUses u = ir_uses(f);
        for (int b = 0; b < f->blocks.len; b++) {
            Block *bl = f->blocks.data[b];
            for (int k = 0; k < bl->instrs.len; k++) {
                Instr *iter = bl->instrs.data[k];
                if (iter->dead || iter->op != IR_ITER || iter->subop != 0 || iter->type != TY_DYN) continue;
                if (u.count[iter->id] != 1 || u.user[iter->id]->op != IR_FOR_NEXT) continue;
                iter->type = TY_SEQ_LOOP;
            }
        }
        ir_uses_free(&u);
    }
}
