/* const_fold.c — constant folding: operators whose operands are constants become the
 * constant Python would compute, when that is certain at compile time:
 *   int op int (+ - * // % << >> & | ^, ** by a small non-negative power, unary - + ~)
 *     while the result is a small int of every target (31 bits);
 *   float arithmetic (+ - * /, unary -) with float or small-int operands, when the
 *     result is finite (inf/nan and zero divisors are left to run time);
 *   int / int (both exact doubles, so the quotient is correctly rounded, as Python's);
 *   str + str.
 * Anything that raises (a zero divisor, a negative shift) or leaves those ranges is
 * left alone, so errors and tracebacks stay where they were.
 * require: SSA, copies propagated.  guarantee: a folded instruction is a CONST_* of the
 * same value; its exceptional edge stays (it no longer raises), so the CFG is unchanged. */
#include "../trc.h"
#include <math.h>

#define SMALL_LIMIT (INT64_C(1) << 30) /* CONST_INT holds 31-bit values (irgen) */

static bool small(int64_t v) { return v >= -SMALL_LIMIT && v < SMALL_LIMIT; }

static int64_t floor_div(int64_t a, int64_t b) {
    int64_t q = a / b;
    return (a % b != 0 && ((a < 0) != (b < 0))) ? q - 1 : q;
}

/* int op int into *r; false when Python would raise or the result is not small */
static bool fold_int(int op, int64_t a, int64_t b, int64_t *r) {
    switch (op) { /* |a|, |b| < 2**30: no int64 overflow below */
    case OP_ADD: *r = a + b; break;
    case OP_SUB: *r = a - b; break;
    case OP_MUL: *r = a * b; break;
    case OP_FLOORDIV: if (!b) return false; *r = floor_div(a, b); break;
    case OP_MOD: if (!b) return false; *r = a - floor_div(a, b) * b; break;
    case OP_LSHIFT: if (b < 0 || b > 31) return false; *r = a * (INT64_C(1) << b); break;
    case OP_RSHIFT: if (b < 0) return false; *r = b > 62 ? (a < 0 ? -1 : 0) : a >> b; break;
    case OP_BITAND: *r = a & b; break;
    case OP_BITOR: *r = a | b; break;
    case OP_BITXOR: *r = a ^ b; break;
    case OP_POW:
        if (b < 0 || b > 62) return false;
        *r = 1;
        for (int64_t k = 0; k < b; k++) {
            *r *= a;
            if (!small(*r)) return false;
        }
        break;
    default: return false;
    }
    return small(*r);
}

static bool fold_float(int op, double a, double b, double *r) {
    switch (op) {
    case OP_ADD: *r = a + b; break;
    case OP_SUB: *r = a - b; break;
    case OP_MUL: *r = a * b; break;
    case OP_DIV: if (b == 0.0) return false; *r = a / b; break;
    default: return false;
    }
    return isfinite(*r);
}

static void make_int(Instr *i, int64_t v) {
    i->op = IR_CONST_INT, i->type = TY_INT, i->ival = v, i->nargs = 0, i->fuse = FUSE_NONE;
}
static void make_float(Instr *i, double v) {
    i->op = IR_CONST_FLOAT, i->type = TY_FLOAT, i->fval = v, i->nargs = 0, i->fuse = FUSE_NONE;
}

static bool as_double(const Instr *x, double *d) {
    if (x->op == IR_CONST_FLOAT) { *d = x->fval; return true; }
    if (x->op == IR_CONST_INT) { *d = (double)x->ival; return true; }
    return false;
}

static bool fold(Instr *i) {
    if (i->op == IR_BINOP || i->op == IR_INPLACE) { /* int, float and str have no in-place dunders */
        Instr *a = i->args[0], *b = i->args[1];
        double x, y, r;
        if (a->op == IR_CONST_INT && b->op == IR_CONST_INT && i->subop == OP_DIV) {
            if (!b->ival) return false;
            make_float(i, (double)a->ival / (double)b->ival);
            return true;
        }
        if (a->op == IR_CONST_INT && b->op == IR_CONST_INT) {
            int64_t v;
            if (!fold_int(i->subop, a->ival, b->ival, &v)) return false;
            make_int(i, v);
            return true;
        }
        if ((a->op == IR_CONST_FLOAT || b->op == IR_CONST_FLOAT) && as_double(a, &x) && as_double(b, &y) &&
            fold_float(i->subop, x, y, &r)) {
            make_float(i, r);
            return true;
        }
        if (a->op == IR_CONST_STR && b->op == IR_CONST_STR && i->subop == OP_ADD) {
            char *s = xmalloc(a->len + b->len + 1);
            memcpy(s, a->str, a->len);
            memcpy(s + a->len, b->str, b->len);
            i->op = IR_CONST_STR, i->type = TY_STR, i->str = s, i->len = a->len + b->len, i->nargs = 0;
            return true;
        }
        return false;
    }
    if (i->op == IR_UNARY) {
        Instr *a = i->args[0];
        if (a->op == IR_CONST_INT) {
            int64_t v = i->subop == OP_NEG ? -a->ival : i->subop == OP_POS ? a->ival : ~a->ival;
            if (!small(v)) return false;
            make_int(i, v);
            return true;
        }
        if (a->op == IR_CONST_FLOAT && i->subop != OP_INVERT) {
            make_float(i, i->subop == OP_NEG ? -a->fval : a->fval);
            return true;
        }
        return false;
    }
    return false;
}

void opt_const_fold(IrModule *m) {
    for (int fi = 0; fi < m->funcs.len; fi++) {
        IrFunc *f = m->funcs.data[fi];
        for (bool changed = true; changed;) { /* until chains like 2 * 3 + 1 are one constant */
            changed = false;
            for (int b = 0; b < f->blocks.len; b++) {
                Block *bl = f->blocks.data[b];
                for (int k = 0; k < bl->instrs.len; k++) {
                    Instr *i = bl->instrs.data[k];
                    if (!i->dead && fold(i)) changed = true;
                }
            }
        }
    }
}
