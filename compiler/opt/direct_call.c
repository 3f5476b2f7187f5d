/* direct_call.c — calls of module-level functions without the call protocol.
 * A positional CALL of a module global whose one store in the module's body is a def
 * `f` — a plain function: no *args, **kwargs, keyword-only parameter, generator or
 * coroutine — passing exactly f's positional parameters becomes CALL_DIRECT @f.  The
 * emitted C tests that the callee is still a function of f's code (rebinding `f`, or
 * monkeypatching it from elsewhere, takes the ordinary call) and then calls f's
 * direct entry, `f_<name>_d(fn, a0, a1, ...)`, with the arguments in C parameters:
 * no argument array, no indirect call, and cc sees the callee (recursion included).
 * The function object is passed along, so its defaults, closure and annotation checks
 * behave as before.
 * A method's call of its own name (ir_is_own_method_call: `self.fib(n - 1)` in fib, or
 * its typed clone) stays a CALL_METHOD and gets func_ref @f, the method: the emitted C
 * asks the call site's method cache what obj.fib is (tr_method_cache_peek) and, when it
 * is fn, the function running, calls f's direct entry (or its clone) with no argument
 * array; anything else (a subclass's override, an instance attribute, a replaced
 * class attribute, a cache miss) takes the cached method call.
 * require: SSA; after inline (whose guarded slow-path calls qualify too).
 * guarantee: only the op changes; operands, exc edges and types are kept. */
#include "../trc.h"

enum { MAX_DIRECT_PARAMS = 8 };

static bool has_direct_entry(IrFunc *f) {
    return !f->is_module_init && !f->is_generator && !f->is_async && !f->has_varargs && !f->has_varkw &&
           !f->kwonlycount && f->nparams == f->argcount && f->argcount <= MAX_DIRECT_PARAMS;
}

void opt_direct_call(IrModule *m) {
    int nslots;
    Instr **values = ir_module_slot_values(m, &nslots);
    for (int fi = 0; fi < m->funcs.len; fi++) {
        IrFunc *g = m->funcs.data[fi];
        for (int b = 0; b < g->blocks.len; b++) {
            Block *bl = g->blocks.data[b];
            for (int k = 0; k < bl->instrs.len; k++) {
                Instr *i = bl->instrs.data[k];
                IrFunc *own = g->typed_of ? g->typed_of : g;
                if (!i->dead && has_direct_entry(own) && ir_is_own_method_call(own, i)) {
                    i->func_ref = own;
                    own->direct_entry = true;
                }
                if (i->dead || i->op != IR_CALL || i->ival || i->lazy_float) continue;
                IrFunc *f = ir_callee_def(i, values, nslots);
                if (!f || !has_direct_entry(f) || i->nargs - 1 != f->argcount) continue;
                i->op = IR_CALL_DIRECT;
                i->func_ref = f;
                f->direct_entry = true;
            }
        }
    }
    free(values);
}
