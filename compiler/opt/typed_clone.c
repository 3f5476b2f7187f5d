/* typed_clone.c — functions whose parameters are used as floats or ints get a second
 * body for exact-float and small-int arguments.  An annotation is a checked contract,
 * not a type: `x: float` admits ints and float subclasses with their own operators,
 * `n: int` admits bools, big ints and int subclasses.  But when every float parameter
 * of a call is an exact float and every int parameter a small int (a tagged word:
 * never a bool, a subclass or a big int), the clone runs, in which those parameters
 * are floats (TY_FLOAT, held unboxed as C doubles) and ints (TY_INT, held as C
 * intptr_t): inference then types the arithmetic on them, float trees need no guards,
 * loop-carried floats never box, and int comparisons and arithmetic on them are C's,
 * with an overflow check before a result is tagged (emit_int.c).
 * The emitter gives the clone the doubles and ints as C parameters: the original's
 * entry tests the arguments and calls it, and a direct call (CALL_DIRECT) passes them
 * without boxing, a recursive one straight to the clone.  Any other argument runs the
 * original body, so semantics never change.
 * Float parameters are the `float`-annotated ones; int parameters the `int`-annotated
 * ones and, in a function that calls itself by name (fib, or a method's `self.fib`), those combined with or
 * compared with an int constant.  Either kind must feed an operator to count.
 * Candidates are plain functions a direct call could reach (positional parameters only,
 * at most 8, no generator or coroutine).  A procedure (every return None) with float
 * parameters alone gets no clone (choose_typed_params says why); its loops may then get
 * opt/spec_loop.c's copies, which a function with a clone does not.
 * require: SSA, before infer (which types the clone's values from its parameters).
 * guarantee: the clone shares the original's code object (same name, line numbers and
 * tracebacks); only its typed PARAMs differ: TY_FLOAT and lazy_float, or TY_INT. */
#include "../trc.h"

enum { MAX_TYPED_PARAMS = 8 };

static bool clonable(IrFunc *f) {
    return !f->is_module_init && !f->is_generator && !f->is_async && !f->has_varargs && !f->has_varkw &&
           !f->kwonlycount && f->nparams == f->argcount && f->argcount <= MAX_TYPED_PARAMS;
}

static bool is_computation(const Instr *i) {
    return i->op == IR_BINOP || i->op == IR_INPLACE || i->op == IR_COMPARE || i->op == IR_COMPARE_BOOL ||
           i->op == IR_UNARY;
}

/* Parameter k, directly or through phis and copies (a loop's), is an operand of
 * arithmetic or a comparison (with_int_constant: whose other operand is an int
 * constant): typing it pays. */
static bool param_computes(IrFunc *f, int k, bool with_int_constant) {
    bool *from_param = xmalloc(((size_t)f->nvalues + 1) * sizeof *from_param), found = false;
    for (bool changed = true; changed && !found;) {
        changed = false;
        for (int b = 0; b < f->blocks.len && !found; b++) {
            Block *bl = f->blocks.data[b];
            for (int n = 0; n < bl->instrs.len && !found; n++) {
                Instr *i = bl->instrs.data[n];
                if (i->dead) continue;
                bool uses = false, constant = false;
                for (int a = 0; a < i->nargs; a++) {
                    uses |= i->args[a] && from_param[i->args[a]->id];
                    constant |= i->args[a] && i->args[a]->op == IR_CONST_INT;
                }
                if (uses && is_computation(i) && (constant || !with_int_constant)) found = true;
                else if (!from_param[i->id] && ((i->op == IR_PARAM && i->ival == k) ||
                                                (uses && (i->op == IR_PHI || i->op == IR_COPY))))
                    from_param[i->id] = changed = true;
            }
        }
    }
    free(from_param);
    return found;
}

/* f calls the module global of its own name (fib calling fib), or is a method calling
 * its own name on an object (`self.fib(n - 1)`). */
static bool calls_itself(IrFunc *f) {
    for (int b = 0; b < f->blocks.len; b++) {
        Block *bl = f->blocks.data[b];
        for (int n = 0; n < bl->instrs.len; n++) {
            Instr *i = bl->instrs.data[n];
            if (!i->dead && ((i->op == IR_CALL && i->args[0]->op == IR_GLOBAL_LOAD && !strcmp(i->args[0]->str, f->qualname)) ||
                             ir_is_own_method_call(f, i)))
                return true;
        }
    }
    return false;
}

/* Every return of f gives None (a procedure such as nbody's advance()). */
static bool returns_only_none(IrFunc *f) {
    for (int b = 0; b < f->blocks.len; b++) {
        Block *bl = f->blocks.data[b];
        for (int n = 0; n < bl->instrs.len; n++) {
            Instr *i = bl->instrs.data[n];
            if (!i->dead && i->op == IR_RETURN && i->args[0]->op != IR_CONST_NONE) return false;
        }
    }
    return true;
}

/* Which parameters the clone types: float_params stays as annotated when one of them
 * computes (else 0); int_params gets the int ones that compute.  A clone with float
 * parameters alone that returns only None is not made: its one gain, the parameters'
 * doubles, is one exact-float test and load per use in the original (which cc hoists
 * out of loops), while its C doubles the function's (cc's time: nbody_typed's
 * advance() was half its build). */
static bool choose_typed_params(IrFunc *f) {
    bool floats = false, recursive = calls_itself(f);
    for (int k = 0; k < f->nparams; k++) {
        bool int_annotated = f->int_annotated >> k & 1; /* k < MAX_TYPED_PARAMS */
        if (ir_is_float_param(f, k)) floats |= param_computes(f, k, false);
        else if (int_annotated ? param_computes(f, k, false) : recursive && param_computes(f, k, true))
            f->int_params |= 1u << k;
    }
    if (!floats || (!f->int_params && returns_only_none(f))) f->float_params = 0;
    return f->float_params || f->int_params;
}

void opt_typed_clone(IrModule *m) {
    int n = m->funcs.len; /* clones are appended: not candidates themselves */
    for (int fi = 0; fi < n; fi++) {
        IrFunc *f = m->funcs.data[fi];
        if (!clonable(f) || !choose_typed_params(f)) continue;
        char *name = format("%s_t", f->name);
        IrFunc *c = ir_func_clone(f, name);
        free(name);
        c->typed_of = f;
        f->typed_clone = c;
        for (int b = 0; b < c->blocks.len; b++) {
            Block *bl = c->blocks.data[b];
            for (int k = 0; k < bl->instrs.len; k++) {
                Instr *i = bl->instrs.data[k];
                if (i->dead || i->op != IR_PARAM) continue;
                if (ir_is_float_param(c, (int)i->ival)) i->type = TY_FLOAT, i->lazy_float = true;
                else if (ir_is_int_param(c, (int)i->ival)) i->type = TY_INT;
            }
        }
        vec_push(&m->funcs, c);
    }
}
