/* typed_clone.c — functions with `float`-annotated parameters get a second body for
 * exact-float arguments.  An annotation is a checked contract, not a type: `x: float`
 * admits ints and float subclasses with their own operators.  But when every
 * float-annotated argument of a call is an exact float, the clone runs, in which those
 * parameters are floats (TY_FLOAT) held unboxed as C doubles: inference then types the
 * arithmetic on them, float trees need no guards and loop-carried values never box.
 * The emitter (emit_c.c) gives the clone the doubles as C parameters: the original's
 * entry tests the arguments' exact types and calls it, and a direct call (CALL_DIRECT)
 * whose float arguments are unboxed passes them without boxing.  Any other argument
 * runs the original body, so semantics never change.
 * Candidates are plain functions a direct call could reach (positional parameters only,
 * at most 8, no generator or coroutine) whose float parameter feeds an operator.
 * require: SSA, before infer (which types the clone's values from its parameters).
 * guarantee: the clone shares the original's code object (same name, line numbers and
 * tracebacks); only its float PARAMs differ: TY_FLOAT and lazy_float. */
#include "../trc.h"

enum { MAX_TYPED_PARAMS = 8 };

static bool clonable(IrFunc *f) {
    return f->float_params && !f->is_module_init && !f->is_generator && !f->is_async && !f->has_varargs &&
           !f->has_varkw && !f->kwonlycount && f->nparams == f->argcount && f->argcount <= MAX_TYPED_PARAMS;
}

static bool is_float_param(IrFunc *f, const Instr *i) {
    return i->op == IR_PARAM && ir_is_float_param(f, (int)i->ival);
}

static bool is_computation(const Instr *i) {
    return i->op == IR_BINOP || i->op == IR_INPLACE || i->op == IR_COMPARE || i->op == IR_COMPARE_BOOL ||
           i->op == IR_UNARY;
}

/* A float parameter, directly or through phis and copies (a loop's), is an operand of
 * arithmetic or a comparison: typing it pays. */
static bool computes_with_float_param(IrFunc *f) {
    bool *from_param = xmalloc(((size_t)f->nvalues + 1) * sizeof *from_param), found = false;
    for (bool changed = true; changed && !found;) {
        changed = false;
        for (int b = 0; b < f->blocks.len && !found; b++) {
            Block *bl = f->blocks.data[b];
            for (int k = 0; k < bl->instrs.len && !found; k++) {
                Instr *i = bl->instrs.data[k];
                if (i->dead) continue;
                bool uses = false;
                for (int a = 0; a < i->nargs; a++) uses |= i->args[a] && from_param[i->args[a]->id];
                if (uses && is_computation(i)) found = true;
                else if (!from_param[i->id] && (is_float_param(f, i) || (uses && (i->op == IR_PHI || i->op == IR_COPY))))
                    from_param[i->id] = changed = true;
            }
        }
    }
    free(from_param);
    return found;
}

void opt_typed_clone(IrModule *m) {
    int n = m->funcs.len; /* clones are appended: not candidates themselves */
    for (int fi = 0; fi < n; fi++) {
        IrFunc *f = m->funcs.data[fi];
        if (!clonable(f) || !computes_with_float_param(f)) continue;
        char *name = format("%s_t", f->name);
        IrFunc *c = ir_func_clone(f, name);
        free(name);
        c->typed_of = f;
        f->typed_clone = c;
        for (int b = 0; b < c->blocks.len; b++) {
            Block *bl = c->blocks.data[b];
            for (int k = 0; k < bl->instrs.len; k++) {
                Instr *i = bl->instrs.data[k];
                if (!i->dead && is_float_param(c, i)) i->type = TY_FLOAT, i->lazy_float = true;
            }
        }
        vec_push(&m->funcs, c);
    }
}
