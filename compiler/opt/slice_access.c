/* slice_access.c — `x[a:b:c]` and `x[a:b:c] = v` without a slice object.
 * GETITEM / SETITEM whose key is a BUILD_SLICE used by nothing else become GETSLICE /
 * SETSLICE over the bounds themselves; at run time, list, tuple, str, bytes and
 * bytearray (whose item methods never keep the key) are sliced through a slice on the C
 * stack, any other object gets a real slice object, so `__getitem__` sees what it sees
 * in CPython.
 * Then `x[a:b] = y[c:d:e]`: a GETSLICE whose only use is a SETSLICE later in its block
 * becomes GETSLICE_TEMP, whose result (for an exact list source and a short slice) is
 * a list on the C stack rather than on the heap: nothing else can see it, and the
 * SETSLICE copies its items (or, for a target other than an exact list, which could
 * keep it, first copies it to the heap).  The items are still read where the GETSLICE
 * was, so code between the two (`k + 1`) sees what it sees in CPython.  Not in
 * generators, whose values outlive the C frame.
 * require: SSA, DCE done (live use counts).  guarantee: the BUILD_SLICE is dead; the
 * bounds were computed before it, so nothing moves. */
#include "../trc.h"

void opt_slice_access(IrModule *m) {
    for (int fi = 0; fi < m->funcs.len; fi++) {
        IrFunc *f = m->funcs.data[fi];
        IrUses u = ir_uses(f);
        for (int b = 0; b < f->blocks.len; b++) {
            Block *bl = f->blocks.data[b];
            for (int k = 0; k < bl->instrs.len; k++) {
                Instr *i = bl->instrs.data[k];
                if (i->dead || (i->op != IR_GETITEM && i->op != IR_SETITEM)) continue;
                Instr *s = i->args[1];
                if (s->op != IR_BUILD_SLICE || u.count[s->id] != 1) continue;
                Instr **args = xmalloc(sizeof(Instr *) * 5);
                int n = 0;
                args[n++] = i->args[0];
                for (int a = 0; a < 3; a++) args[n++] = s->args[a];
                if (i->op == IR_SETITEM) args[n++] = i->args[2];
                i->op = i->op == IR_GETITEM ? IR_GETSLICE : IR_SETSLICE;
                i->args = args;
                i->nargs = n;
                s->dead = true;
            }
            for (int k = 0; k < bl->instrs.len && !f->is_generator; k++) {
                Instr *i = bl->instrs.data[k];
                if (i->dead || i->op != IR_SETSLICE) continue;
                Instr *g = i->args[4];
                if (g->op == IR_GETSLICE && g->block == bl && u.count[g->id] == 1) g->op = IR_GETSLICE_TEMP;
            }
        }
        ir_uses_free(&u);
    }
}
