/* emit_int.c — the C of small ints known as such (ir_surely_small_int): in a typed
 * clone an int parameter is a C intptr_t that was a small int (a tagged word) at the
 * call, and `% >> & | ^ ~` of such ints (`//` by most constants) stay small ints.
 * Comparisons of them are C's; `+ - & | ^ ~` and unary minus are computed in C, and
 * `* // % << >>` by tr_small_binop (tr.h), the small-int case of every operator, which
 * cc folds for the constant operator.  A result that may leave the small range is
 * checked before it is tagged; one that does not fit, a zero divisor or a negative
 * shift count takes emit_op's generic path, which makes the big int or raises
 * CPython's ZeroDivisionError or ValueError exactly as before.  `abs(x)` is C's while
 * the name holds the builtin (runtime/direct_builtins.h).  libtcc (`trc run`) gets no
 * tr_small_binop inline (it is a call there, as tr_op_fast's own copy is): there
 * `* // % << >>` take the generic path.  Direct calls of a clone pass such arguments as
 * intptr_t (ir_surely_small_int ones as they are, others after a tag test).  Inside a
 * range loop's copy (emit_int_loop.c) the loop's item is such an int too, as ii<id>.
 * A subscript by such an int reads or writes a list's slot by the C integer
 * (tr_getitem_small / tr_setitem_small); anything else there is the generic subscript.
 * Assumes: the IR is well formed and emit.h's Emitter is mid-function. */
#include "emit.h"

/* x is surely a small int here: ir_surely_small_int, or in a range loop's copy
 * (emit_int_loop.c) the loop's item and what narrows it. */
static bool surely_small(Emitter *e, const Instr *x) { return ir_surely_small_int_in(e->fn, x, int_copy_item(e)); }

/* x, surely a small int, as a C intptr_t expression. */
static const char *int_operand(Emitter *e, const Instr *x, char *buf, size_t cap) {
    if (x == int_copy_item(e)) snprintf(buf, cap, "ii%d", x->id);
    else if (x->op == IR_CONST_INT) snprintf(buf, cap, "(intptr_t)%lld", (long long)x->ival);
    else if (x->op == IR_PARAM) snprintf(buf, cap, "i%lld", (long long)x->ival); /* a typed clone's int parameter */
    else snprintf(buf, cap, "TR_SMALL_VAL(v%d)", x->id);
    return buf;
}

static bool both_small(Emitter *e, const Instr *i) {
    return surely_small(e, i->args[0]) && surely_small(e, i->args[1]);
}

/* A comparison of two surely small ints: C's, with no error path. */
bool emit_is_small_int_comparison(Emitter *e, const Instr *i) {
    return (i->op == IR_COMPARE || i->op == IR_COMPARE_BOOL) && i->subop <= CMP_GE && both_small(e, i);
}

/* v<id> = the small int r_ (an intptr_t computed by `compute`, which cannot overflow
 * it) when `test` holds and r_ fits a small int; else the generic operator or call. */
static void tag_or_generic(Emitter *e, Instr *i, const char *compute, const char *test) {
    out(e, "    { intptr_t r_ = %s;\n    if (%sTR_FITS_SMALL(r_)) v%d = TR_FROM_SMALL(r_);\n    else {\n", compute, test, i->id);
    emit_op(e, i); /* the big int or the error, as an operator of boxed ints gives it */
    out(e, "    } }\n");
}

static bool small_binop(Emitter *e, Instr *i) {
    static const char c_op[] = {[OP_ADD] = '+', [OP_SUB] = '-', [OP_BITAND] = '&', [OP_BITOR] = '|', [OP_BITXOR] = '^'};
    bool in_c = i->subop < (int)sizeof c_op && c_op[i->subop];
    bool by_runtime = !e->for_libtcc && (i->subop == OP_MUL || i->subop == OP_FLOORDIV || i->subop == OP_MOD ||
                                         i->subop == OP_LSHIFT || i->subop == OP_RSHIFT);
    if (i->accum || (!in_c && !by_runtime) || !both_small(e, i)) return false;
    char x[48], y[48], expr[112];
    int_operand(e, i->args[0], x, sizeof x);
    int_operand(e, i->args[1], y, sizeof y);
    emit_line(e, i);
    if (by_runtime) {
        out(e, "    { TrValue r_ = tr_small_binop(%d, %s, %s);\n    if (r_) v%d = r_;\n    else {\n", i->subop, x, y, i->id);
        emit_op(e, i);
        out(e, "    } }\n");
    } else if (i->subop == OP_ADD || i->subop == OP_SUB) { /* a sum of small ints never overflows intptr_t */
        snprintf(expr, sizeof expr, "%s %c %s", x, c_op[i->subop], y);
        tag_or_generic(e, i, expr, "");
    } else { /* bitwise: never leaves the small range */
        out(e, "    v%d = TR_FROM_SMALL(%s %c %s);\n", i->id, x, c_op[i->subop], y);
    }
    return true;
}

static bool small_unary(Emitter *e, Instr *i) {
    if (!surely_small(e, i->args[0])) return false;
    char x[48], expr[64];
    int_operand(e, i->args[0], x, sizeof x);
    emit_line(e, i);
    if (i->subop == OP_NEG) { /* -TR_SMALL_MIN is one past the range */
        snprintf(expr, sizeof expr, "-%s", x);
        tag_or_generic(e, i, expr, "");
    } else {
        out(e, "    v%d = TR_FROM_SMALL(%s%s);\n", i->id, i->subop == OP_INVERT ? "~" : "", x);
    }
    return true;
}

/* abs(x) of a small int while `abs` is the builtin (the call otherwise). */
static bool small_abs(Emitter *e, Instr *i) {
    Instr *callee = i->args[0];
    if (e->traced || i->ival || i->nargs != 2 || callee->op != IR_BUILTIN || strcmp(callee->str, "abs") ||
        !surely_small(e, i->args[1]))
        return false;
    char x[48], expr[3 * sizeof x + 16], test[80];
    int_operand(e, i->args[1], x, sizeof x);
    emit_line(e, i);
    snprintf(expr, sizeof expr, "%s < 0 ? -%s : %s", x, x, x);
    snprintf(test, sizeof test, "v%d == tr_direct_builtins[TR_DIRECT_abs] && ", callee->id);
    tag_or_generic(e, i, expr, test);
    return true;
}

/* x[k] and x[k] = v with k surely a small int: a list's slot by k's C integer
 * (tr_getitem_small, tr_setitem_small), anything else the generic subscript.  An
 * unboxed float stored is boxed first; a float list read (lazy_float) is emit_op's. */
static bool small_index(Emitter *e, Instr *i) {
    if (e->for_libtcc || i->lazy_float || !surely_small(e, i->args[1])) return false;
    char k[48], expr[160];
    int_operand(e, i->args[1], k, sizeof k);
    emit_line(e, i);
    emit_box_operands(e, i);
    if (i->op == IR_GETITEM) {
        out(e, "    v%d = tr_getitem_small(%s, %s, %s);\n", i->id, val(i->args[0]), k, val(i->args[1]));
        emit_check_null(e, i);
    } else {
        snprintf(expr, sizeof expr, "tr_setitem_small(%s, %s, %s, %s)", val(i->args[0]), k, val(i->args[1]), val(i->args[2]));
        emit_check_neg(e, i, expr);
    }
    return true;
}

/* A comparison, operator, abs() or index of surely small ints: written here (true), else
 * left to the generic emitter (false). */
bool emit_small_int_op(Emitter *e, Instr *i) {
    switch (i->op) {
    case IR_COMPARE: case IR_COMPARE_BOOL: {
        if (!emit_is_small_int_comparison(e, i)) return false;
        char x[48], y[48];
        int_operand(e, i->args[0], x, sizeof x);
        int_operand(e, i->args[1], y, sizeof y);
        emit_line(e, i);
        if (i->op == IR_COMPARE_BOOL) out(e, "    v%d = TR_COMPARE_C(%s, %s, %d);\n", i->id, x, y, i->subop);
        else out(e, "    v%d = tr_bool(TR_COMPARE_C(%s, %s, %d));\n", i->id, x, y, i->subop);
        return true;
    }
    case IR_BINOP: case IR_INPLACE: return small_binop(e, i);
    case IR_UNARY: return small_unary(e, i);
    case IR_CALL: return small_abs(e, i);
    case IR_GETITEM: case IR_SETITEM: return small_index(e, i);
    default: return false;
    }
}

/* " && x is a small int" for an argument a typed clone takes as intptr_t. */
void emit_small_int_guard(Emitter *e, Instr *x) {
    if (!surely_small(e, x)) out(e, " && TR_IS_SMALL(%s)", val(x));
}

/* That argument as the clone takes it. */
void emit_small_int_argument(Emitter *e, Instr *x) {
    char buf[48];
    if (surely_small(e, x)) out(e, ", %s", int_operand(e, x, buf, sizeof buf));
    else out(e, ", TR_SMALL_VAL(%s)", val(x));
}
