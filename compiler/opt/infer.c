/* infer.c — forward type propagation over the SSA values of each function.
 * require: SSA.  guarantee: an instruction's type is never narrower than every value
 * it can produce (Python semantics: int op int is int whatever its size); `dyn` when
 * unknown.  Representation stays boxed; unboxing is a later pass. */
#include "../trc.h"

static IrType binop_type(int op, IrType a, IrType b) {
    bool num_a = a == TY_INT || a == TY_BOOL, num_b = b == TY_INT || b == TY_BOOL;
    if (num_a && num_b) {
        if (op == OP_DIV) return TY_FLOAT;
        if (op == OP_POW) return TY_DYN; /* negative exponents give floats */
        if (a == TY_BOOL && b == TY_BOOL && (op == OP_BITAND || op == OP_BITOR || op == OP_BITXOR)) return TY_BOOL;
        return TY_INT;
    }
    bool fa = a == TY_FLOAT || num_a, fb = b == TY_FLOAT || num_b;
    if (fa && fb && (a == TY_FLOAT || b == TY_FLOAT)) {
        if (op == OP_POW) return TY_DYN; /* negative base: complex */
        if (op >= OP_LSHIFT || op == OP_MATMUL) return TY_DYN; /* TypeError */
        return TY_FLOAT;
    }
    if (a == TY_STR && b == TY_STR && op == OP_ADD) return TY_STR;
    if (a == TY_LIST && b == TY_LIST && op == OP_ADD) return TY_LIST;
    return TY_DYN;
}

static bool recomputed(const Instr *i) {
    switch (i->op) {
    case IR_PHI: return i->type != TY_CBOOL;
    case IR_BINOP: case IR_INPLACE: case IR_COPY: case IR_CHECK_BOUND: return true;
    default: return false;
    }
}

/* The least upper bound of two types of the lattice void < each concrete type < dyn. */
static IrType join(IrType a, IrType b) {
    if (a == TY_VOID) return b;
    if (b == TY_VOID || a == b) return a;
    return TY_DYN;
}

static IrType infer(Instr *i) {
    switch (i->op) {
    case IR_BINOP: case IR_INPLACE:
        if (i->args[0]->type == TY_VOID || i->args[1]->type == TY_VOID) return TY_VOID; /* not known yet */
        return binop_type(i->subop, i->args[0]->type, i->args[1]->type);
    case IR_COPY: case IR_CHECK_BOUND:
        return i->args[0]->type;
    case IR_PHI: {
        if (i->type == TY_CBOOL) return TY_CBOOL;
        IrType t = TY_VOID;
        for (int a = 0; a < i->nargs; a++) {
            IrType at = i->args[a]->op == IR_UNDEF ? t : i->args[a]->type;
            if (at == TY_VOID) continue;
            if (t == TY_VOID) t = at;
            else if (t != at) return TY_DYN;
        }
        return t == TY_VOID || t == TY_CBOOL ? TY_DYN : t;
    }
    default:
        return i->type;
    }
}

void opt_infer_types(IrModule *m) {
    for (int fi = 0; fi < m->funcs.len; fi++) {
        IrFunc *f = m->funcs.data[fi];
        /* the instructions infer() computes start optimistic (void) and widen to a fixpoint */
        for (int b = 0; b < f->blocks.len; b++) {
            Block *bl = f->blocks.data[b];
            for (int k = 0; k < bl->instrs.len; k++) {
                Instr *i = bl->instrs.data[k];
                if (recomputed(i)) i->type = TY_VOID;
            }
        }
        /* types only move up the lattice void < concrete < dyn, so this terminates */
        for (bool changed = true; changed;) {
            changed = false;
            for (int b = 0; b < f->blocks.len; b++) {
                Block *bl = f->blocks.data[b];
                for (int k = 0; k < bl->instrs.len; k++) {
                    Instr *i = bl->instrs.data[k];
                    IrType t = join(i->type, infer(i));
                    if (t != i->type) { i->type = t; changed = true; }
                }
            }
        }
        for (int b = 0; b < f->blocks.len; b++) {
            Block *bl = f->blocks.data[b];
            for (int k = 0; k < bl->instrs.len; k++) {
                Instr *i = bl->instrs.data[k];
                if (recomputed(i) && i->type == TY_VOID) i->type = TY_DYN;
            }
        }
    }
}
