/* emit_pure.c — pure runs of self-recursive int functions (fib, tak, ackermann, gcd).
 * A typed clone all of whose parameters are small ints, whose every value is an int
 * computed by `+ - * // % << >> & | ^`, unary `- + ~`, a comparison or a call of itself
 * through the global that names it, with no loop, store or handler, computes nothing a
 * program can observe but its result.  Such a clone gets two more C functions: NAME_p,
 * its body on C intptr_t integers with no frame slots, and NAME_pr, the run's entry,
 * which NAME's body enters instead of pushing its slot.  Anything the C integers cannot
 * do as Python does (leaving intptr_t, a zero divisor, a negative shift count), a
 * result past TR_PURE_BOUND in a body that sums its results (tr.h), and a call deeper
 * than the frame stack's room or TR_PURE_ROOM_MAX abandons the whole run (tr_pure_bail, a
 * _longjmp back to NAME_pr), which then makes the same call the ordinary way, with pure
 * runs off inside it (tr_pure_off): frames, big ints, RecursionError and tracebacks
 * exactly as without this, at the cost of having computed in vain.  While a run lasts
 * nothing else runs (no call out, no loop, so no signal or GIL poll), so the global the
 * function calls itself through holds at every call what it held at the entry, where it
 * is tested once.  The result, an intptr_t, is a small int or becomes a big one.
 * Assumes: not traced (tracing reports every call), not for libtcc (no overflow
 * builtins there; `trc run`'s tier 2 has them), the IR well formed. */
#include "emit.h"

/* The call is f's call of itself (f: the typed clone) through a global. */
static bool self_call(IrFunc *f, const Instr *i) {
    return i->op == IR_CALL_DIRECT && i->func_ref == f->typed_of && i->nargs == f->nparams + 1 &&
           i->args[0]->op == IR_GLOBAL_LOAD;
}

static bool pure_int(IrFunc *f, const Instr *x);

/* x is a C truth value: a comparison of ints, an int's truth, or not of one. */
static bool pure_cond(IrFunc *f, const Instr *x) {
    switch (x->op) {
    case IR_COMPARE_BOOL: return x->subop <= CMP_GE && pure_int(f, x->args[0]) && pure_int(f, x->args[1]);
    case IR_TRUTH: return pure_int(f, x->args[0]);
    case IR_NOT: return pure_cond(f, x->args[0]);
    default: return false;
    }
}

/* x is an int the pure body holds as an intptr_t (phis: the function has no loop, so
 * their arguments come from before them and the recursion ends). */
static bool pure_int(IrFunc *f, const Instr *x) {
    if (x->dead || x->lazy_float || x->fuse || x->accum) return false;
    switch (x->op) {
    case IR_CONST_INT: return x->ival >= INT32_MIN && x->ival <= INT32_MAX; /* every target's intptr_t */
    case IR_PARAM: return ir_is_int_param(f, (int)x->ival);
    case IR_COPY: return pure_int(f, x->args[0]);
    case IR_UNARY: return x->subop != OP_NOT && pure_int(f, x->args[0]);
    case IR_BINOP: case IR_INPLACE:
        switch (x->subop) {
        case OP_ADD: case OP_SUB: case OP_MUL: case OP_FLOORDIV: case OP_MOD: case OP_LSHIFT: case OP_RSHIFT:
        case OP_BITAND: case OP_BITOR: case OP_BITXOR:
            return pure_int(f, x->args[0]) && pure_int(f, x->args[1]);
        default: return false;
        }
    case IR_CALL_DIRECT:
        if (!self_call(f, x)) return false;
        for (int k = 1; k < x->nargs; k++)
            if (!pure_int(f, x->args[k])) return false;
        return true;
    case IR_PHI:
        for (int k = 0; k < x->nargs; k++)
            if (!pure_int(f, x->args[k])) return false;
        return true;
    default: return false;
    }
}

/* The global slot every self call goes through (-1: none, or not one slot). */
static int64_t self_slot(IrFunc *f) {
    int64_t slot = -1;
    for (int b = 0; b < f->blocks.len; b++) {
        Block *bl = f->blocks.data[b];
        for (int k = 0; k < bl->instrs.len; k++) {
            Instr *i = bl->instrs.data[k];
            if (i->dead || !self_call(f, i)) continue;
            if (slot >= 0 && i->args[0]->ival != slot) return -1;
            slot = i->args[0]->ival;
        }
    }
    return slot;
}

/* Instruction i may be in a pure body: an int or truth value, a self call's callee
 * (used by self calls alone), or control flow on them. */
static bool pure_instr(IrFunc *f, Instr *i) {
    switch (i->op) {
    case IR_UNDEF: case IR_PARAM: case IR_CONST_INT: case IR_JUMP: return true;
    case IR_GLOBAL_LOAD: return !i->names;
    case IR_BRANCH: return pure_cond(f, i->args[0]);
    case IR_RETURN: return pure_int(f, i->args[0]);
    case IR_COMPARE_BOOL: case IR_TRUTH: case IR_NOT: return pure_cond(f, i);
    default: return pure_int(f, i);
    }
}

/* A global load some instruction uses other than as a self call's callee, or an
 * undefined value any uses: such a body is not pure. */
static bool odd_use(IrFunc *f, Instr *user) {
    for (int a = 0; a < user->nargs; a++) {
        Instr *x = user->args[a];
        if (x->op == IR_UNDEF) return true;
        if (x->op == IR_GLOBAL_LOAD && !(a == 0 && self_call(f, user))) return true;
    }
    return false;
}

bool emit_pure_eligible(Emitter *e, IrFunc *f) {
    if (!f->typed_of || e->traced || e->for_libtcc || f->returns_float || f->float_params || f->is_generator ||
        f->typed_of->has_varargs || f->typed_of->has_varkw || f->typed_of->kwonlycount)
        return false;
    for (int k = 0; k < f->nparams; k++)
        if (!ir_is_int_param(f, k)) return false;
    if (self_slot(f) < 0) return false;
    for (int b = 0; b < f->blocks.len; b++) {
        Block *bl = f->blocks.data[b];
        if (bl->is_handler) return false;
        for (int k = 0; k < bl->instrs.len; k++) {
            Instr *i = bl->instrs.data[k];
            if (!i->dead && (!pure_instr(f, i) || odd_use(f, i))) return false;
        }
    }
    return true;
}

/* ---------------------------------------------------------------- the pure body */

/* x as a C expression of the pure body (eight live at once, as val's). */
static const char *operand(const Instr *x) {
    static char bufs[8][32];
    static int k;
    char *b = bufs[k++ & 7];
    while (x->op == IR_COPY) x = x->args[0];
    if (x->op == IR_CONST_INT) snprintf(b, 32, "(intptr_t)%lldLL", (long long)x->ival);
    else if (x->op == IR_PARAM) snprintf(b, 32, "i%lld", (long long)x->ival);
    else snprintf(b, 32, "p%d", x->id);
    return b;
}

/* abandon the run when cond (taken) holds */
static void bail_if(Emitter *e, char *cond) {
    out(e, "    if (TR_UNLIKELY(%s)) tr_pure_bail();\n", cond);
    free(cond);
}

/* x +- a constant: a comparison with the bound (cc's value ranges then drop it where
 * the branch taken already implies it: fib's `n - 1` after `n < 2`). */
static bool add_constant(Emitter *e, Instr *i, const Instr *x, const Instr *c, int sign) {
    if (c->op != IR_CONST_INT) return false;
    long long k = sign * (long long)c->ival; /* pure_int: within int32 */
    const char *xs = operand(x);
    if (k > 0) out(e, "    if (TR_UNLIKELY(%s > INTPTR_MAX - %lldLL)) tr_pure_bail();\n", xs, k);
    if (k < 0) out(e, "    if (TR_UNLIKELY(%s < INTPTR_MIN + %lldLL)) tr_pure_bail();\n", xs, -k);
    out(e, "    p%d = %s + %lldLL;\n", i->id, xs, k);
    return true;
}

static void pure_binop(Emitter *e, Instr *i) {
    Instr *xi = i->args[0], *yi = i->args[1];
    const char *x = operand(xi), *y = operand(yi);
    int id = i->id;
    switch (i->subop) {
    case OP_ADD:
        if (add_constant(e, i, xi, yi, 1) || add_constant(e, i, yi, xi, 1)) return;
        out(e, "    if (TR_UNLIKELY(__builtin_add_overflow(%s, %s, &p%d))) tr_pure_bail();\n", x, y, id);
        return;
    case OP_SUB:
        if (add_constant(e, i, xi, yi, -1)) return;
        out(e, "    if (TR_UNLIKELY(__builtin_sub_overflow(%s, %s, &p%d))) tr_pure_bail();\n", x, y, id);
        return;
    case OP_MUL: out(e, "    if (TR_UNLIKELY(__builtin_mul_overflow(%s, %s, &p%d))) tr_pure_bail();\n", x, y, id); return;
    case OP_FLOORDIV: case OP_MOD: /* Python's floor: the remainder takes the divisor's sign */
        bail_if(e, format("%s == 0 || (%s == -1 && %s == INTPTR_MIN)", y, y, x));
        out(e, "    { intptr_t q_ = %s / %s, r_ = %s %% %s;\n", x, y, x, y);
        out(e, "      if (r_ != 0 && (r_ < 0) != (%s < 0)) { q_--; r_ += %s; }\n", y, y);
        out(e, "      p%d = %s; }\n", id, i->subop == OP_MOD ? "r_" : "q_");
        return;
    case OP_LSHIFT: /* a negative count raises; a result past intptr_t needs a big int */
        bail_if(e, format("%s < 0 || %s >= (intptr_t)sizeof(intptr_t) * 8 - 1 || %s > (INTPTR_MAX >> %s) || "
                          "%s < (INTPTR_MIN >> %s)", y, y, x, y, x, y));
        out(e, "    p%d = (intptr_t)((uintptr_t)%s << %s);\n", id, x, y);
        return;
    case OP_RSHIFT:
        bail_if(e, format("%s < 0", y));
        out(e, "    p%d = %s >> (%s < (intptr_t)sizeof(intptr_t) * 8 ? %s : (intptr_t)sizeof(intptr_t) * 8 - 1);\n", id, x, y, y);
        return;
    case OP_BITAND: out(e, "    p%d = %s & %s;\n", id, x, y); return;
    case OP_BITOR: out(e, "    p%d = %s | %s;\n", id, x, y); return;
    case OP_BITXOR: out(e, "    p%d = %s ^ %s;\n", id, x, y); return;
    }
}

/* The phi temporaries of `to` for the edge from `from`. */
static void pure_edge(Emitter *e, Block *from, Block *to) {
    int k = emit_pred_index(to, from);
    for (int n = 0; n < to->instrs.len; n++) {
        Instr *phi = to->instrs.data[n];
        if (phi->op != IR_PHI) break;
        if (!phi->dead) out(e, " q%d = %s;", phi->id, operand(phi->args[k]));
    }
    out(e, " goto P%d;", to->id);
}

/* The pure body being written: the tail calls it loops for instead (`return x +
 * f(...)`: ints add exactly, so acc + x, then f's body again with the call's
 * arguments, is f's result; the depth still counts down by one per such call). */
typedef struct PureBody {
    IrFunc *f;
    char *name;        /* NAME: the clone's C name */
    int *uses;         /* by value id: the instructions using it */
    Instr **loop_call; /* by value id of a returned add: the self call the body loops for */
    bool *looped;      /* by value id: such an add or call, not computed as itself */
    bool accumulates;  /* some: the body keeps acc, added to every result */
} PureBody;

/* The self call of `a`, the add before the block's terminator, that the body can loop
 * for: a's value is returned (straight, or through the phi of a block that only
 * returns it) and the call is used only there; else 0. */
static Instr *tail_call_of(PureBody *pb, Block *bl, int k) {
    Instr *a = bl->instrs.data[k], *term = bl->instrs.data[bl->instrs.len - 1];
    if (k != bl->instrs.len - 2 || (a->op != IR_BINOP && a->op != IR_INPLACE) || a->subop != OP_ADD || pb->uses[a->id] != 1)
        return 0;
    bool returned = term->op == IR_RETURN && term->args[0] == a;
    if (term->op == IR_JUMP) {
        Block *to = term->target[0];
        Instr *phi = to->instrs.len == 2 ? to->instrs.data[0] : 0, *ret = to->instrs.len == 2 ? to->instrs.data[1] : 0;
        returned = phi && phi->op == IR_PHI && ret->op == IR_RETURN && ret->args[0] == phi && pb->uses[phi->id] == 1 &&
                   phi->args[emit_pred_index(to, bl)] == a;
    }
    if (!returned) return 0;
    for (int n = 1; n >= 0; n--) {
        Instr *c = a->args[n];
        if (c->op == IR_CALL_DIRECT && c->block == bl && pb->uses[c->id] == 1) return c;
    }
    return 0;
}

static void pure_call(Emitter *e, PureBody *pb, Instr *i) {
    out(e, "    if (TR_UNLIKELY(room <= 1)) tr_pure_bail();\n    p%d = %s_p(", i->id, pb->name);
    for (int k = 1; k < i->nargs; k++) out(e, "%s, ", operand(i->args[k]));
    out(e, "room - 1);\n");
}

/* x is a term of acc's sum: within TR_PURE_BOUND, tested unless it is a constant (an
 * int32) or a self call's result (every result of a body that accumulates is tested). */
static void bound_term(Emitter *e, const Instr *x) {
    while (x->op == IR_COPY) x = x->args[0];
    if (x->op != IR_CONST_INT && x->op != IR_CALL_DIRECT) bail_if(e, format("TR_PURE_UNBOUNDED(%s)", operand(x)));
}

/* acc += the add's other operand; the call's arguments become the parameters; again.
 * Fewer terms than the room, each bounded: the add cannot overflow (tr.h). */
static void pure_tail(Emitter *e, PureBody *pb, Instr *a, Instr *call) {
    Instr *term = a->args[a->args[0] == call];
    bound_term(e, term);
    out(e, "    acc += %s;\n", operand(term));
    out(e, "    if (TR_UNLIKELY(room <= 1)) tr_pure_bail();\n    {");
    for (int k = 1; k < call->nargs; k++) out(e, " intptr_t t%d = %s;", k - 1, operand(call->args[k]));
    for (int k = 1; k < call->nargs; k++) out(e, " i%d = t%d;", k - 1, k - 1);
    out(e, " room--; goto P%d; }\n", ((Block *)pb->f->blocks.data[0])->id);
}

static void pure_return(Emitter *e, PureBody *pb, Instr *x) {
    if (!pb->accumulates) out(e, "    return %s;\n", operand(x));
    else {
        bound_term(e, x);
        out(e, "    { int64_t r_ = acc + %s; if (TR_UNLIKELY(TR_PURE_UNBOUNDED(r_))) tr_pure_bail(); return (intptr_t)r_; }\n", operand(x));
    }
}

static void pure_op(Emitter *e, PureBody *pb, Block *bl, Instr *i) {
    static const char *const cmp[] = {[CMP_LT] = "<", [CMP_LE] = "<=", [CMP_EQ] = "==", [CMP_NE] = "!=", [CMP_GT] = ">", [CMP_GE] = ">="};
    switch (i->op) {
    case IR_PHI: out(e, "    p%d = q%d;\n", i->id, i->id); break;
    case IR_BINOP: case IR_INPLACE: pure_binop(e, i); break;
    case IR_UNARY:
        if (i->subop == OP_NEG) bail_if(e, format("%s == INTPTR_MIN", operand(i->args[0])));
        out(e, "    p%d = %s%s;\n", i->id, i->subop == OP_NEG ? "-" : i->subop == OP_INVERT ? "~" : "", operand(i->args[0]));
        break;
    case IR_COMPARE_BOOL:
        out(e, "    p%d = %s %s %s;\n", i->id, operand(i->args[0]), cmp[i->subop], operand(i->args[1]));
        break;
    case IR_TRUTH: out(e, "    p%d = %s != 0;\n", i->id, operand(i->args[0])); break;
    case IR_NOT: out(e, "    p%d = !p%d;\n", i->id, i->args[0]->id); break;
    case IR_CALL_DIRECT: pure_call(e, pb, i); break;
    case IR_JUMP: out(e, "   "); pure_edge(e, bl, i->target[0]); out(e, "\n"); break;
    case IR_BRANCH:
        out(e, "    if (p%d) {", i->args[0]->id);
        pure_edge(e, bl, i->target[0]);
        out(e, " } else {");
        pure_edge(e, bl, i->target[1]);
        out(e, " }\n");
        break;
    case IR_RETURN: pure_return(e, pb, i->args[0]); break;
    default: break; /* constants, parameters, the callee's load: operands, nothing to compute */
    }
}

/* The C values of the pure body: p<id> for each computed one, q<id> a phi's temporary. */
static void pure_declare(Emitter *e, PureBody *pb) {
    IrFunc *f = pb->f;
    if (pb->accumulates) out(e, "    int64_t acc = 0;\n");
    for (int b = 0; b < f->blocks.len; b++) {
        Block *bl = f->blocks.data[b];
        for (int k = 0; k < bl->instrs.len; k++) {
            Instr *i = bl->instrs.data[k];
            if (i->dead || pb->looped[i->id]) continue;
            if (i->op == IR_COMPARE_BOOL || i->op == IR_TRUTH || i->op == IR_NOT) out(e, "    int p%d;\n", i->id);
            else if (i->op == IR_PHI) out(e, "    intptr_t p%d, q%d;\n", i->id, i->id);
            else if (i->op == IR_BINOP || i->op == IR_INPLACE || i->op == IR_UNARY || i->op == IR_CALL_DIRECT)
                out(e, "    intptr_t p%d;\n", i->id);
        }
    }
}

/* Counts each value's uses, and finds the tail calls. */
static void pure_body_init(PureBody *pb, IrFunc *f) {
    int bound = 0;
    for (int b = 0; b < f->blocks.len; b++) {
        Block *bl = f->blocks.data[b];
        for (int k = 0; k < bl->instrs.len; k++) {
            Instr *i = bl->instrs.data[k];
            if (i->id >= bound) bound = i->id + 1;
        }
    }
    *pb = (PureBody){f, impl_name(f), xmalloc((size_t)bound * sizeof(int)), xmalloc((size_t)bound * sizeof(Instr *)),
                     xmalloc((size_t)bound * sizeof(bool)), false};
    for (int b = 0; b < f->blocks.len; b++) {
        Block *bl = f->blocks.data[b];
        for (int k = 0; k < bl->instrs.len; k++) {
            Instr *i = bl->instrs.data[k];
            if (!i->dead)
                for (int a = 0; a < i->nargs; a++) pb->uses[i->args[a]->id]++;
        }
    }
    for (int b = 0; b < f->blocks.len; b++) {
        Block *bl = f->blocks.data[b];
        for (int k = 0; k < bl->instrs.len; k++) {
            Instr *a = bl->instrs.data[k], *c = tail_call_of(pb, bl, k);
            if (!c) continue;
            pb->loop_call[a->id] = c;
            pb->looped[a->id] = pb->looped[c->id] = pb->accumulates = true;
        }
    }
}

/* The blocks; a block that ends in a tail call loops there, and its rest is not written. */
static void pure_blocks(Emitter *e, PureBody *pb) {
    IrFunc *f = pb->f;
    for (int b = 0; b < f->blocks.len; b++) {
        Block *bl = f->blocks.data[b];
        if (!bl->instrs.len) continue;
        out(e, "P%d:;\n", bl->id);
        for (int k = 0; k < bl->instrs.len; k++) {
            Instr *i = bl->instrs.data[k];
            if (pb->loop_call[i->id]) {
                pure_tail(e, pb, i, pb->loop_call[i->id]);
                break;
            }
            if (!i->dead && !pb->looped[i->id]) pure_op(e, pb, bl, i);
        }
    }
}

/* NAME_p (the body on C integers; room: the frame stack's room, this call's slot
 * included; inline: cc unrolls a recursion only within its limits for inline
 * functions, and fib's body is past those of others) and NAME_pr (the run: the global
 * tested, NAME_p, or the ordinary call). */
void emit_pure_run(Emitter *e, IrFunc *f) {
    PureBody pb;
    pure_body_init(&pb, f);
    const char *name = pb.name;
    out(e, "\nstatic inline intptr_t %s_p(", name);
    for (int k = 0; k < f->nparams; k++) out(e, "intptr_t i%d, ", k);
    out(e, "intptr_t room) {\n");
    pure_declare(e, &pb);
    pure_blocks(e, &pb);
    out(e, "}\n\nstatic TrValue %s_pr(TrFunc *fn", name);
    for (int k = 0; k < f->nparams; k++) out(e, ", intptr_t i%d", k);
    out(e, ") {\n    jmp_buf jb_;\n    intptr_t room_ = tr_pure_room();\n");
    out(e, "    if (G[%lld] == (TrValue)fn && room_ >= 1) {\n", (long long)self_slot(f));
    out(e, "        if (!_setjmp(jb_)) {\n            tr_pure_jb = &jb_;\n            intptr_t r_ = %s_p(", name);
    for (int k = 0; k < f->nparams; k++) out(e, "i%d, ", k);
    out(e, "room_);\n            return TR_FITS_SMALL(r_) ? TR_FROM_SMALL(r_) : tr_int_from_i64(r_);\n        }\n    }\n");
    out(e, "    tr_pure_off++;\n    TrValue r_ = %s(fn", name);
    for (int k = 0; k < f->nparams; k++) out(e, ", i%d", k);
    out(e, ");\n    tr_pure_off--;\n    return r_;\n}\n");
    free(pb.name);
    free(pb.uses);
    free(pb.loop_call);
    free(pb.looped);
}

/* In NAME's body, before its slot is pushed: the pure run, unless one was abandoned
 * and this call is part of its ordinary rerun. */
void emit_pure_entry(Emitter *e, IrFunc *f) {
    char *name = impl_name(f);
    out(e, "    if (TR_LIKELY(!tr_pure_off)) return %s_pr(fn", name);
    for (int k = 0; k < f->nparams; k++) out(e, ", i%d", k);
    out(e, ");\n");
    free(name);
}
