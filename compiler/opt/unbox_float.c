/* unbox_float.c — float values held as C doubles from one statement to the next.
 * A float tree's root (opt/fuse_float.c) computes a double; marked lazy_float, it keeps
 * it in d<id> and leaves v<id> 0 instead of allocating, and the emitter boxes it only
 * where a boxed value is needed (a call argument, a store, a return), at most once per
 * definition.  Trees that use it read d<id> directly.  A phi with an incoming lazy
 * float or float constant is lazy too (its boxed inputs simply arrive with v<id> set),
 * so a loop-carried accumulator (`s += a[i] * b[i]`) stays a double across iterations,
 * as does the result of an inlined call (opt/inline.c).  `math.sqrt(x)` and `sqrt(x)`
 * after `from math import sqrt` (any of math's one-argument functions, checked at run
 * time) compute a double too.  To give trees more to work
 * with, a single `+ - * /` that takes a float operand or feeds a float tree becomes a
 * one-node tree.  On the generic path (a leaf that is not an exact float) v<id> holds
 * the boxed result as before, so semantics never change: v<id> != 0 always wins.
 * A direct call of a function whose typed clone (opt/typed_clone.c) returns floats has
 * a double result when it takes the clone's path.  A list read `l[k]` whose every use
 * is float arithmetic, a float comparison or the value of a list store has a double
 * result when l is a float-strategy list at run time (runtime/obj_list_float.c), boxed
 * only on a generic path, as the item's own box (tr_float_list_box).
 * require: fuse_float done.  guarantee: lazy_float values are FUSE_ROOTs, math calls,
 * typed direct calls, list reads used only as above (so boxed by emit_box_operands
 * alone), a typed clone's float parameters or phis with a
 * lazy or float-constant input, never in generator functions (whose values live in
 * the frame) and never phis with an unbound (UNDEF) input. */
#include "../trc.h"

static bool is_arith(const Instr *i) {
    if (i->dead || (i->op != IR_BINOP && i->op != IR_INPLACE)) return false;
    if (i->subop != OP_ADD && i->subop != OP_SUB && i->subop != OP_MUL && i->subop != OP_DIV) return false;
    return i->type == TY_DYN || i->type == TY_FLOAT;
}

/* x can be a leaf of a float tree: its guard may hold. */
static bool float_leaf(const Instr *x) {
    if (x->op == IR_CONST_INT) return ir_exact_double_int(x);
    return x->op == IR_CONST_FLOAT || x->type == TY_DYN || x->type == TY_FLOAT;
}

/* x is, or likely is, a float: a tree root, a float constant, a float-typed value, or
 * a phi with such an input. */
static bool floatish(const Instr *x) {
    if (x->fuse == FUSE_ROOT || x->op == IR_CONST_FLOAT || x->type == TY_FLOAT || x->lazy_float) return true;
    if (x->op != IR_PHI) return false;
    for (int a = 0; a < x->nargs; a++)
        if (x->args[a]->fuse == FUSE_ROOT || x->args[a]->op == IR_CONST_FLOAT) return true;
    return false;
}

static bool feeds_tree(IrFunc *f, const Instr *x) {
    for (int b = 0; b < f->blocks.len; b++) {
        Block *bl = f->blocks.data[b];
        for (int k = 0; k < bl->instrs.len; k++) {
            Instr *i = bl->instrs.data[k];
            if (i->dead || i->fuse == FUSE_NONE) continue;
            for (int a = 0; a < i->nargs; a++)
                if (i->args[a] == x) return true;
        }
    }
    return false;
}

/* Single operators next to float computation become one-node trees, to a fixpoint
 * (a new root makes its users' operands floatish). */
static void one_node_trees(IrFunc *f) {
    for (bool changed = true; changed;) {
        changed = false;
        for (int b = 0; b < f->blocks.len; b++) {
            Block *bl = f->blocks.data[b];
            for (int k = 0; k < bl->instrs.len; k++) {
                Instr *i = bl->instrs.data[k];
                if (!is_arith(i) || i->fuse != FUSE_NONE || ir_likely_int(i)) continue;
                Instr *l = i->args[0], *r = i->args[1];
                if (!float_leaf(l) || !float_leaf(r)) continue;
                if (l->op == IR_CONST_INT && r->op == IR_CONST_INT) continue;
                if (!floatish(l) && !floatish(r) && !feeds_tree(f, i)) continue;
                i->fuse = FUSE_ROOT;
                changed = true;
            }
        }
    }
}

/* x can flow into an unboxed phi: a value the emitter holds boxed in a TrValue, never
 * 0 (an unbound local is, so UNDEF cannot). */
static bool phi_input(const Instr *x) {
    return x->op != IR_UNDEF && x->type != TY_CBOOL && x->type != TY_RANGE_LOOP && x->type != TY_SEQ_LOOP && x->type != TY_PACK &&
           x->type != TY_VOID;
}

static bool unboxed_source(const Instr *x) { return x->lazy_float || x->op == IR_CONST_FLOAT; }

static bool is_math_import(const Instr *v) {
    return v && v->op == IR_IMPORT && v->mod_ref && v->mod_ref->is_stdlib && !strcmp(v->mod_ref->name, "math");
}

/* The global bound once by the module's body to the stdlib math module (`import
 * math`), or to one of its attributes (`from math import sqrt`). */
static bool math_global(const Instr *g, Instr **values, int nslots, bool attribute) {
    if (g->op != IR_GLOBAL_LOAD || g->ival >= nslots) return false;
    const Instr *v = values[g->ival];
    if (!attribute) return is_math_import(v);
    return v && v->op == IR_IMPORT_FROM && is_math_import(v->args[0]);
}

/* `math.f(x)` and `f(x)` calls: their result is a double when f is one of math's
 * one-argument functions at run time (the emitter checks; tr_compiled.h's TrMathSite). */
static void math_calls(IrFunc *f, Instr **values, int nslots) {
    for (int b = 0; b < f->blocks.len; b++) {
        Block *bl = f->blocks.data[b];
        for (int k = 0; k < bl->instrs.len; k++) {
            Instr *i = bl->instrs.data[k];
            if (i->dead || (i->op != IR_CALL_METHOD && i->op != IR_CALL) || i->nargs != 2 || i->ival) continue;
            if (math_global(i->args[0], values, nslots, i->op == IR_CALL) && float_leaf(i->args[1])) i->lazy_float = true;
        }
    }
}

/* A typed clone (opt/typed_clone.c) whose every return value is a float hands back
 * the double, so a direct call that takes the clone's path has a double result. */
static void float_returns(IrModule *m) {
    for (int fi = 0; fi < m->funcs.len; fi++) {
        IrFunc *f = m->funcs.data[fi];
        if (!f->typed_of) continue;
        int returns = 0, floats = 0;
        for (int b = 0; b < f->blocks.len; b++) {
            Block *bl = f->blocks.data[b];
            for (int k = 0; k < bl->instrs.len; k++) {
                Instr *i = bl->instrs.data[k];
                if (i->dead || i->op != IR_RETURN) continue;
                returns++;
                floats += i->args[0]->type == TY_FLOAT;
            }
        }
        f->returns_float = returns && floats == returns;
    }
}

/* use takes x where a double serves: an operand of a float tree or of a comparison
 * that becomes a float comparison, or the value (only) of a list store. */
static bool double_use(Instr *use, Instr *x) {
    if (use->fuse != FUSE_NONE) return true;
    if (use->op == IR_SETITEM) return use->args[2] == x && use->args[0] != x && use->args[1] != x;
    if (use->op != IR_COMPARE_BOOL) return false;
    x->lazy_float = true; /* as it would be */
    bool floats = ir_float_comparison(use);
    x->lazy_float = false;
    return floats;
}

/* List reads (`b[0]` of nbody's `dx = b[0] - b2[0]`) used only as doubles, at least once
 * by arithmetic. */
static void list_reads(IrFunc *f) {
    for (int b = 0; b < f->blocks.len; b++) {
        Block *bl = f->blocks.data[b];
        for (int k = 0; k < bl->instrs.len; k++) {
            Instr *x = bl->instrs.data[k];
            if (x->dead || x->op != IR_GETITEM || x->type != TY_DYN || x->args[0]->lazy_float || x->args[1]->lazy_float)
                continue;
            bool doubles = true, arith = false;
            for (int ub = 0; ub < f->blocks.len && doubles; ub++) {
                Block *ubl = f->blocks.data[ub];
                for (int u = 0; u < ubl->instrs.len && doubles; u++) {
                    Instr *use = ubl->instrs.data[u];
                    if (use->dead) continue;
                    for (int a = 0; a < use->nargs && doubles; a++) {
                        if (use->args[a] != x) continue;
                        doubles = double_use(use, x);
                        arith |= use->fuse != FUSE_NONE;
                    }
                }
            }
            if (doubles && arith) x->lazy_float = true;
        }
    }
}

static bool float_result_call(const Instr *i) {
    return !i->dead && ir_typed_direct_call(i) && i->func_ref->typed_clone->returns_float;
}

void opt_unbox_float(IrModule *m) {
    int nslots;
    Instr **values = ir_module_slot_values(m, &nslots);
    float_returns(m);
    for (int fi = 0; fi < m->funcs.len; fi++) {
        IrFunc *f = m->funcs.data[fi];
        if (f->is_generator) continue;
        math_calls(f, values, nslots);
        one_node_trees(f);
        /* roots are lazy; a phi is when none of its inputs is unbound and one is a root,
           a float constant or (to a least fixpoint: loops) a lazy phi; so is a direct
           call of a clone returning floats once its float arguments are unboxed */
        for (int b = 0; b < f->blocks.len; b++) {
            Block *bl = f->blocks.data[b];
            for (int k = 0; k < bl->instrs.len; k++) {
                Instr *i = bl->instrs.data[k];
                if (!i->dead && i->fuse == FUSE_ROOT) i->lazy_float = true;
            }
        }
        list_reads(f);
        for (bool changed = true; changed;) {
            changed = false;
            for (int b = 0; b < f->blocks.len; b++) {
                Block *bl = f->blocks.data[b];
                for (int k = 0; k < bl->instrs.len; k++) {
                    Instr *i = bl->instrs.data[k];
                    if (!i->lazy_float && float_result_call(i)) { i->lazy_float = true; changed = true; }
                    if (i->dead || i->op != IR_PHI || i->lazy_float || (i->type != TY_DYN && i->type != TY_FLOAT))
                        continue;
                    bool inputs_ok = true, some_unboxed = false;
                    for (int a = 0; a < i->nargs; a++) {
                        inputs_ok &= phi_input(i->args[a]);
                        some_unboxed |= unboxed_source(i->args[a]);
                    }
                    if (inputs_ok && some_unboxed) { i->lazy_float = true; changed = true; }
                }
            }
        }
    }
    free(values);
}
