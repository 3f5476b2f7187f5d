/* super_call.c — `super().m(...)` without a super object.
 * A CALL_METHOD whose receiver is a zero-argument SUPER (the class cell's value and the
 * first parameter) used by nothing else becomes CALL_SUPER_METHOD over the class and
 * the instance, then the call's own arguments.  At run time the function found after
 * the class in the instance's MRO is called with the instance directly, through a
 * cache per call site (tr_call_super_method); in every other case (a class as the
 * instance, an attribute that is no plain function, a failed check) the real super
 * object is made and called through, so results and errors are CPython's.
 * require: SSA, DCE done (live use counts).  guarantee: the SUPER is dead; its operands
 * were computed before it, so nothing moves. */
#include "../trc.h"

void opt_super_call(IrModule *m) {
    for (int fi = 0; fi < m->funcs.len; fi++) {
        IrFunc *f = m->funcs.data[fi];
        IrUses u = ir_uses(f);
        for (int b = 0; b < f->blocks.len; b++) {
            Block *bl = f->blocks.data[b];
            for (int k = 0; k < bl->instrs.len; k++) {
                Instr *i = bl->instrs.data[k];
                if (i->dead || i->op != IR_CALL_METHOD) continue;
                Instr *s = i->args[0];
                if (s->op != IR_SUPER || s->nargs != 2 || u.count[s->id] != 1) continue;
                Instr **args = xmalloc(sizeof(Instr *) * (i->nargs + 1));
                args[0] = s->args[0];
                args[1] = s->args[1];
                for (int a = 1; a < i->nargs; a++) args[a + 1] = i->args[a];
                i->op = IR_CALL_SUPER_METHOD;
                i->args = args;
                i->nargs++;
                s->dead = true;
            }
        }
        ir_uses_free(&u);
    }
}
