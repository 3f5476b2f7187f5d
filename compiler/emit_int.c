/* emit_int.c — the C of small ints known as such (opt/typed_clone.c): in a typed
 * clone an int parameter is a C intptr_t that was a small int (a tagged word) at the
 * call, so comparisons of it with int constants or other such parameters are C's, and
 * `+ - *` of them are computed in C, checked to fit a small int before the result is
 * tagged (a sum or difference of two small ints never overflows intptr_t, a product is
 * checked with __builtin_mul_overflow); a result that does not fit takes emit_op's
 * generic path, which makes the big int exactly as before.  libtcc (`trc run`) has no
 * __builtin_mul_overflow: there a product takes the generic path.  Direct calls of a clone pass such arguments as intptr_t
 * (ir_surely_small_int ones as they are, others after a tag test).
 * Assumes: the IR is well formed and emit.h's Emitter is mid-function. */
#include "emit.h"

/* x, surely a small int (ir_surely_small_int), as a C intptr_t expression. */
static const char *int_operand(Emitter *e, const Instr *x, char *buf, size_t cap) {
    if (x->op == IR_CONST_INT) snprintf(buf, cap, "(intptr_t)%lld", (long long)x->ival);
    else snprintf(buf, cap, "i%lld", (long long)x->ival); /* a typed clone's int parameter */
    return buf;
}

static bool both_small(Emitter *e, const Instr *i) {
    return ir_surely_small_int(e->fn, i->args[0]) && ir_surely_small_int(e->fn, i->args[1]);
}

/* A comparison of two surely small ints: C's, with no error path. */
bool emit_is_small_int_comparison(Emitter *e, const Instr *i) {
    return (i->op == IR_COMPARE || i->op == IR_COMPARE_BOOL) && i->subop <= CMP_GE && both_small(e, i);
}

/* A comparison or `+ - *` of two surely small ints: written here (true), else left to
 * the generic emitter (false). */
bool emit_small_int_op(Emitter *e, Instr *i) {
    bool compare = emit_is_small_int_comparison(e, i);
    bool arith = (i->op == IR_BINOP || i->op == IR_INPLACE) && !i->accum &&
                 (i->subop == OP_ADD || i->subop == OP_SUB || (i->subop == OP_MUL && !e->for_libtcc));
    if (!compare && (!arith || !both_small(e, i))) return false;
    char x[48], y[48];
    int_operand(e, i->args[0], x, sizeof x);
    int_operand(e, i->args[1], y, sizeof y);
    emit_line(e, i);
    if (i->op == IR_COMPARE_BOOL) out(e, "    v%d = TR_COMPARE_C(%s, %s, %d);\n", i->id, x, y, i->subop);
    else if (compare) out(e, "    v%d = tr_bool(TR_COMPARE_C(%s, %s, %d));\n", i->id, x, y, i->subop);
    else {
        if (i->subop == OP_MUL) out(e, "    { intptr_t r_;\n    if (!__builtin_mul_overflow(%s, %s, &r_) && TR_FITS_SMALL(r_))", x, y);
        else out(e, "    { intptr_t r_ = %s %c %s;\n    if (TR_FITS_SMALL(r_))", x, "+-"[i->subop], y);
        out(e, " v%d = TR_FROM_SMALL(r_);\n    else {\n", i->id);
        emit_op(e, i); /* the big int, as an operator of boxed ints makes it */
        out(e, "    } }\n");
    }
    return true;
}

/* " && x is a small int" for an argument a typed clone takes as intptr_t. */
void emit_small_int_guard(Emitter *e, Instr *x) {
    if (!ir_surely_small_int(e->fn, x)) out(e, " && TR_IS_SMALL(%s)", val(x));
}

/* That argument as the clone takes it. */
void emit_small_int_argument(Emitter *e, Instr *x) {
    char buf[48];
    if (ir_surely_small_int(e->fn, x)) out(e, ", %s", int_operand(e, x, buf, sizeof buf));
    else out(e, ", TR_SMALL_VAL(%s)", val(x));
}
