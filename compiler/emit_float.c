/* emit_float.c — the C of unboxed floats (opt/unbox_float.c, opt/fuse_float.c,
 * opt/typed_clone.c): a fused tree of float operators computed in C doubles behind
 * one guard, float comparisons in C, `math.f(x)` on the double, direct calls of typed
 * clones that take and return doubles.  An unboxed value v<id> is 0 while its double
 * d<id> holds it; every fast path falls back to emit_op's generic one when an operand
 * is not an exact float at run time (inside a speculative copy: a side exit instead).
 * Assumes: the IR is well formed and emit.h's Emitter is mid-function. */
#include "emit.h"
#include <math.h>

/* The site names sqrt (`math.sqrt(x)`, or `sqrt(x)` of a global so named): worth C's
 * sqrt inline, which cc makes one instruction. */
static bool names_sqrt(const Instr *i) {
    const char *name = i->op == IR_CALL ? i->args[0]->str : i->str;
    return name && !strcmp(name, "sqrt");
}

/* The test that the math function fn (a C expression) computed r_ from x_ without an
 * error.  At a site naming sqrt whose callee is math.sqrt at run time, C's sqrt of a
 * double that is not negative (no error: a NaN gives NaN, as math.sqrt does) without
 * the call through the pointer. */
static void math_result(const Instr *i, const char *fn, char *buf, size_t cap) {
    if (names_sqrt(i)) snprintf(buf, cap, "(%s == sqrt ? !(x_ < 0) && (r_ = tr_sqrt_nonneg(x_), 1) : tr_math_result_ok(x_, r_ = %s(x_)))", fn, fn);
    else snprintf(buf, cap, "tr_math_result_ok(x_, r_ = %s(x_))", fn);
}

/* The callee of math call i as a C expression: the global of `f(x)`, or the module
 * attribute of `math.f(x)` through method cache mc (read afresh, never raising). */
static void math_callee(Emitter *e, Instr *i, int mc, char *buf, size_t cap) {
    if (i->op == IR_CALL) snprintf(buf, cap, "%s", val(i->args[0]));
    else snprintf(buf, cap, "tr_module_attr_site(%s, K[%d], &SITES.mc[%d])", val(i->args[0]), emit_const_name(e, i->str), mc);
}

/* Opens `{ double x_, r_; TrValue c_ = callee; if (the math function computed r_ from
 * x_, which arg sets)` for emit_math_call: f's C function on the double when the callee
 * is one of math's one-argument functions and the result is not an error.  Returns the
 * site's method cache (0 for `f(x)`). */
int emit_math_site_test(Emitter *e, Instr *i, const char *arg) {
    char result[192], fn[24], callee[128];
    int ms = e->math_sites++, mc = i->op == IR_CALL ? 0 : e->method_caches++;
    snprintf(fn, sizeof fn, "MS[%d].fn", ms);
    math_result(i, fn, result, sizeof result);
    math_callee(e, i, mc, callee, sizeof callee);
    out(e, "    { double x_, r_; TrValue c_ = %s;\n", callee);
    out(e, "      if (tr_math_unary_site(&MS[%d], c_) && %s && %s)", ms, arg, result);
    return mc;
}

/* A speculative copy finds a math call's C function once, at its entry (it runs no
 * code that could rebind it): `&& the callee is one of math's functions`, which sets
 * mf<id> (emit_spec.c declares it). */
void emit_math_site_enter(Emitter *e, Instr *i) {
    char callee[128];
    int ms = e->math_sites++, mc = i->op == IR_CALL ? 0 : e->method_caches++;
    math_callee(e, i, mc, callee, sizeof callee);
    out(e, " && tr_math_unary_site(&MS[%d], %s) && (mf%d = MS[%d].fn, 1)", ms, callee, i->id, ms);
}

/* Opens `{ double x_, r_; if (mf<id> computed r_ from x_, which arg sets)` in the copy. */
void emit_math_entered_test(Emitter *e, Instr *i, const char *arg) {
    char result[192], fn[24];
    snprintf(fn, sizeof fn, "mf%d", i->id);
    math_result(i, fn, result, sizeof result);
    out(e, "    { double x_, r_;\n      if (%s && %s)", arg, result);
}

/* An unboxed `math.f(x)` or `f(x)` of `from math import f` (opt/unbox_float.c): the
 * double of emit_math_site_test, else the call. */
void emit_math_call(Emitter *e, Instr *i) {
    Instr *x = i->args[1];
    char arg[96];
    if (x->lazy_float) snprintf(arg, sizeof arg, "(v%d ? tr_float_or_small(v%d, &x_) : (x_ = d%d, 1))", x->id, x->id, x->id);
    else snprintf(arg, sizeof arg, "tr_float_or_small(%s, &x_)", val(x));
    int mc = emit_math_site_test(e, i, arg);
    out(e, " {\n        d%d = r_; v%d = 0;\n      } else {\n", i->id, i->id);
    emit_box_operands(e, i);
    if (i->op == IR_CALL) {
        emit_args_array(e, i, 1, 1);
        out(e, "      v%d = tr_call_positional(c_, a_, 1); }\n", i->id);
    } else {
        emit_args_array(e, i, 0, i->nargs);
        out(e, "      v%d = tr_call_method_cached(K[%d], a_, %d, 0, &SITES.mc[%d]); }\n", i->id, emit_const_name(e, i->str), i->nargs, mc);
    }
    emit_check_null(e, i);
    out(e, "    } }\n");
}

/* ---------------------------------------------------------------- float trees
 * A tree marked by opt/fuse_float.c: computed in C doubles when every leaf is an exact
 * float (one allocation, for the root), else operator by operator as emit_op does. */

static void tree_nodes(Instr *i, Vec *nodes) { /* post-order */
    for (int a = 0; a < 2; a++)
        if (i->args[a]->fuse == FUSE_INTERIOR) tree_nodes(i->args[a], nodes);
    vec_push(nodes, i);
}

/* x as a double.  `guarded`: read after emit_guard_leaf(x) held, which under libtcc left an
 * unboxed float's value in d<id> boxed or not (it tests no TY_FLOAT leaf). */
static const char *float_operand(Emitter *e, Instr *x, bool guarded, char *buf, size_t cap) {
    if (x->fuse == FUSE_INTERIOR) snprintf(buf, cap, "f%d", x->id);
    else if (x->op == IR_CONST_INT) snprintf(buf, cap, "%lld.0", (long long)x->ival);
    else if (x->op == IR_CONST_FLOAT && isfinite(x->fval)) snprintf(buf, cap, "%a", x->fval);
    else if (x->lazy_float && e->spec) copy_double(e, x, buf, cap);
    else if (x->lazy_float && (x->op == IR_PARAM || (guarded && e->for_libtcc && x->type != TY_FLOAT)))
        snprintf(buf, cap, "d%d", x->id); /* valid boxed or not */
    else if (x->lazy_float) snprintf(buf, cap, "(v%d ? TR_FLOAT_VAL(v%d) : d%d)", x->id, x->id, x->id);
    else if (copy_entry_leaf(e, x)) snprintf(buf, cap, "hx%d_%d", e->spec->header->id, x->id);
    else snprintf(buf, cap, "TR_FLOAT_VAL(v%d)", x->id);
    return buf;
}

/* A value the instruction uses boxed: an unboxed float (opt/unbox_float.c) gets its box
 * now, once for every later use. */
void emit_box_operands(Emitter *e, Instr *i) {
    for (int a = 0; a < i->nargs; a++) {
        Instr *x = i->args[a];
        bool seen = false;
        for (int b = 0; b < a && !seen; b++) seen = i->args[b] == x;
        if (!x || !x->lazy_float || seen) continue;
        if (x->op == IR_GETITEM) /* the list item's own box */
            out(e, "    if (!v%d) v%d = tr_float_list_box(%s, %s, d%d);\n", x->id, x->id, val(x->args[0]), val(x->args[1]), x->id);
        else out(e, "    if (!v%d) v%d = tr_float_new(d%d);\n", x->id, x->id, x->id);
    }
}

/* The list a float-list read or store (opt/unbox_float.c) indexes: its kl<id> remembers
 * that it was found to be a list, so later reads and stores of it skip that test. */
static Instr *float_list_operand(const Instr *i) {
    return (i->op == IR_GETITEM && i->lazy_float) || ir_unboxed_list_store(i) ? i->args[0] : NULL;
}

/* kl<id> for each value float-list reads and stores index (0: not yet seen a list). */
void declare_known_lists(Emitter *e, IrFunc *f) {
    bool *declared = xmalloc(((size_t)f->nvalues + 1) * sizeof *declared);
    for (int b = 0; b < f->blocks.len; b++) {
        Block *bl = f->blocks.data[b];
        for (int k = 0; k < bl->instrs.len; k++) {
            Instr *i = bl->instrs.data[k], *list = i->dead ? NULL : float_list_operand(i);
            if (!list || declared[list->id]) continue;
            declared[list->id] = true;
            out(e, "    TrValue kl%d = 0;\n", list->id);
        }
    }
    free(declared);
}

/* `l[k] = x` of an unboxed x (ir_unboxed_list_store): the double stored as it is into
 * a float-strategy list (runtime/obj_list_float.c), else boxed and stored as always. */
void emit_float_list_store(Emitter *e, Instr *i) {
    Instr *x = i->args[2];
    ConstIndex c = emit_const_index(e, i);
    out(e, "    if (v%d || !tr_float_list_write%s(%s, %s%s, &kl%d, d%d)) {\n", x->id, c.at, val(i->args[0]), val(i->args[1]),
        c.k, i->args[0]->id, x->id);
    emit_box_operands(e, i);
    emit_op(e, i);
    out(e, "    }\n");
}

/* The generic path's last operator, when its result may stay unboxed: a float with a
 * float or a small int (`1.0 / (i + j)` over int loop indices) still gives a double. */
static void emit_mixed_root(Emitter *e, Instr *root) {
    int id = root->id;
    out(e, "    { double x_, y_;\n      if (tr_float_operands(%s, %s, &x_, &y_)%s) { d%d = x_ %c y_; v%d = 0; }\n      else {\n",
        val(root->args[0]), val(root->args[1]), root->subop == OP_DIV ? " && y_ != 0.0" : "", id,
        "+-*?/"[root->subop], id);
    emit_op(e, root);
    out(e, "    } }\n");
}

/* " && x is an exact float" for a leaf of the fast path (an unboxed one may be; a
 * TY_FLOAT one is), and whether it wrote a test.  Under libtcc an unboxed one that is boxed after all copies its
 * value into d<id> here, so that the fast path reads d<id> alone: libtcc compiles each
 * `v ? TR_FLOAT_VAL(v) : d` of a read into a test, two jumps and a spill. */
bool emit_guard_leaf(Emitter *e, Instr *x) {
    if (x->op == IR_CONST_INT || (x->op == IR_CONST_FLOAT && isfinite(x->fval)) || x->type == TY_FLOAT) return false;
    if (x->lazy_float && e->spec) return false; /* the copy's unboxed floats are doubles */
    if (x->lazy_float && e->for_libtcc && x->op != IR_PARAM)
        out(e, " && (!v%d || (tr_is_exact_float(v%d) && (d%d = TR_FLOAT_VAL(v%d), 1)))", x->id, x->id, x->id, x->id);
    else if (x->lazy_float) out(e, " && (!v%d || tr_is_exact_float(v%d))", x->id, x->id);
    else out(e, " && tr_is_exact_float(v%d)", x->id);
    return true;
}

/* A boxed leaf whose every sibling in the tree is surely a float may also be a small
 * int (`3.0 * i / n`): float op int converts the int as CPython's float.__mul__ & co.
 * do, so the guard admits it and the tree reads it as n<id>. */
static bool int_leaf(Vec *nodes, const Instr *x) {
    if (x->fuse == FUSE_INTERIOR || x->lazy_float || (x->type != TY_DYN && x->type != TY_INT)) return false;
    for (int n = 0; n < nodes->len; n++) {
        Instr *node = nodes->data[n];
        for (int a = 0; a < 2; a++)
            if (node->args[a] == x && (node->args[1 - a] == x || !ir_surely_float(node->args[1 - a]))) return false;
    }
    return true;
}

/* Facts about the double of a tree operand that hold for every input, NaN aside (a NaN
 * divisor divides as any nonzero one): x >= 0 (a square, a sum or product of such, a
 * constant), and x > 0 (a positive constant plus something >= 0: `1.0 + x * x`, whose
 * sum can neither round nor underflow to 0).  A product of positives is only >= 0:
 * it may underflow. */
static bool float_positive(const Instr *x);
static bool float_nonnegative(const Instr *x) {
    if (x->op == IR_CONST_FLOAT) return x->fval >= 0;
    if (x->op == IR_CONST_INT) return x->ival >= 0;
    if (x->fuse != FUSE_INTERIOR) return false;
    if (x->subop == OP_MUL && x->args[0] == x->args[1]) return true;
    return (x->subop == OP_ADD || x->subop == OP_MUL) && float_nonnegative(x->args[0]) && float_nonnegative(x->args[1]);
}

static bool float_positive(const Instr *x) {
    if (x->op == IR_CONST_FLOAT) return x->fval > 0;
    if (x->op == IR_CONST_INT) return x->ival > 0;
    if (x->fuse != FUSE_INTERIOR || x->subop != OP_ADD) return false;
    return (float_positive(x->args[0]) && float_nonnegative(x->args[1])) ||
           (float_nonnegative(x->args[0]) && float_positive(x->args[1]));
}

/* An interior node divided by that may be 0: computed first, as f<id>, to be tested. */
static bool named_divisor(const Instr *parent, int a) {
    return parent->subop == OP_DIV && a == 1 && parent->args[1]->fuse == FUSE_INTERIOR && !float_positive(parent->args[1]);
}

/* The double of operand a of tree node n: a leaf's (an int leaf's n<id>), a named
 * divisor's f<id>, or the interior node's own expression, nested.  Nested rather than
 * one named temporary per operator: libtcc keeps an expression's intermediate results
 * in registers but stores and reloads every named local, which puts a memory round
 * trip on the dependency chain of each operator (cc makes the same code of both). */
static void tree_expr(Emitter *e, Instr *n, const Vec *ints, StrBuf *b);
static void tree_operand(Emitter *e, Instr *n, int a, const Vec *ints, StrBuf *b) {
    Instr *x = n->args[a];
    char buf[64];
    for (int k = 0; k < ints->len; k++)
        if (ints->data[k] == x) {
            sb_printf(b, "n%d", x->id);
            return;
        }
    if (named_divisor(n, a)) sb_printf(b, "f%d", x->id);
    else if (x->fuse == FUSE_INTERIOR) tree_expr(e, x, ints, b);
    else sb_puts(b, float_operand(e, x, true, buf, sizeof buf));
}

static void tree_expr(Emitter *e, Instr *n, const Vec *ints, StrBuf *b) {
    sb_puts(b, "(");
    tree_operand(e, n, 0, ints, b);
    sb_printf(b, " %c ", "+-*?/"[n->subop]);
    tree_operand(e, n, 1, ints, b);
    sb_puts(b, ")");
}

/* The named divisors of the tree under n, innermost first, and each division's test
 * of its divisor: a zero divisor takes the generic path (ZeroDivisionError).  A divisor
 * that cannot be zero has no test. */
static void tree_divisions(Emitter *e, Instr *n, const Vec *ints, const char *exit_label) {
    for (int a = 0; a < 2; a++)
        if (n->args[a]->fuse == FUSE_INTERIOR) tree_divisions(e, n->args[a], ints, exit_label);
    if (n->subop != OP_DIV || float_positive(n->args[1])) return;
    StrBuf divisor = {0};
    if (named_divisor(n, 1)) {
        tree_expr(e, n->args[1], ints, &divisor);
        out(e, "        double f%d = %s;\n", n->args[1]->id, divisor.data);
        divisor.len = 0;
    }
    tree_operand(e, n, 1, ints, &divisor);
    sb_add(&divisor, "", 1);
    out(e, "        if (%s == 0.0) goto %s;\n", divisor.data, exit_label);
    free(divisor.data);
}

static bool has_tested_division(const Vec *nodes) {
    for (int n = 0; n < nodes->len; n++) {
        const Instr *node = nodes->data[n];
        if (node->subop == OP_DIV && !float_positive(node->args[1])) return true;
    }
    return false;
}

void emit_float_tree(Emitter *e, Instr *root) {
    const char *sp = e->spec ? "S" : e->int_copy ? "I" : ""; /* the loop copies' labels */
    Vec nodes = {0};
    tree_nodes(root, &nodes);
    emit_line(e, root);
    Vec guarded = {0}, ints = {0}; /* leaves that must be exact floats, or may be small ints */
    for (int n = 0; n < nodes.len; n++)
        for (int a = 0; a < 2; a++) {
            Instr *x = ((Instr *)nodes.data[n])->args[a];
            bool known = x->fuse == FUSE_INTERIOR || x->op == IR_CONST_INT || x->op == IR_CONST_FLOAT;
            for (int g = 0; g < guarded.len && !known; g++) known = guarded.data[g] == x;
            if (!known) vec_push(&guarded, x);
        }
    for (int g = 0; g < guarded.len; g++)
        if (int_leaf(&nodes, guarded.data[g])) vec_push(&ints, guarded.data[g]);
    if (ints.len) {
        out(e, "    { double");
        for (int g = 0; g < ints.len; g++) out(e, "%s n%d", g ? "," : "", ((Instr *)ints.data[g])->id);
        out(e, ";\n");
    }
    out(e, "    if (1");
    bool tested = has_tested_division(&nodes); /* else the generic path may be unreachable */
    for (int g = 0; g < guarded.len; g++) {
        Instr *x = guarded.data[g];
        bool as_int = false;
        for (int k = 0; k < ints.len && !as_int; k++) as_int = ints.data[k] == x;
        tested |= as_int || copy_entry_leaf(e, x);
        if (as_int && e->spec && x->op == IR_FOR_NEXT && x->args[0]->type == TY_RANGE_LOOP) /* counted in C */
            out(e, " && (n%d = (double)ri%d, 1)", x->id, x->id);
        else if (copy_entry_leaf(e, x) && as_int) /* tested at the copy's entry */
            out(e, " && (n%d = hx%d_%d, lx%d_%d)", x->id, e->spec->header->id, x->id, e->spec->header->id, x->id);
        else if (copy_entry_leaf(e, x))
            out(e, " && lx%d_%d == 1", e->spec->header->id, x->id);
        else if (as_int) out(e, " && tr_float_or_small(v%d, &n%d)", x->id, x->id);
        else tested |= emit_guard_leaf(e, x);
    }
    out(e, ") {\n");
    char exit_label[32];
    snprintf(exit_label, sizeof exit_label, "%sFS%d", sp, root->id);
    tree_divisions(e, root, &ints, exit_label);
    StrBuf value = {0};
    tree_expr(e, root, &ints, &value);
    sb_add(&value, "", 1);
    if (e->spec) out(e, "        s%d = %s;\n", root->id, value.data); /* lazy (opt/spec_loop.c) */
    else if (root->lazy_float) out(e, "        d%d = %s; v%d = 0;\n", root->id, value.data, root->id);
    else out(e, "        v%d = tr_float_new(%s);\n", root->id, value.data);
    free(value.data);
    free(guarded.data);
    free(ints.data);
    if (!tested) { /* every leaf is surely a float: no generic path */
        out(e, "    }\n");
        free(nodes.data);
        return;
    }
    out(e, "        goto %sFD%d;\n    }\n%s%s:;\n", sp, root->id, ints.len ? "    }\n" : "", exit_label);
    if (e->spec) copy_side_exit(e, root);
    else for (int k = 0; k < root->block->instrs.len; k++) { /* the generic path, in program order */
        Instr *i = root->block->instrs.data[k];
        for (int n = 0; n < nodes.len; n++)
            if (nodes.data[n] == i) {
                emit_box_operands(e, i);
                if (i == root && root->lazy_float) emit_mixed_root(e, root);
                else emit_op(e, i);
            }
    }
    out(e, "%sFD%d:;\n", sp, root->id);
    free(nodes.data);
}

/* `<`, `<=`, `==`, `!=`, `>`, `>=` of two floats, or a float and an int constant a
 * double holds exactly, where one side is an unboxed float or a float constant
 * (`x2 + y2 > 4.0`): C's comparison of the doubles, which orders nan as Python does,
 * when every operand is an exact float at run time; else the generic comparison.  An
 * unboxed operand is boxed only on that generic path. */
void emit_float_comparison(Emitter *e, Instr *i) {
    char l[48], r[48];
    emit_line(e, i);
    out(e, "    if (1");
    emit_guard_leaf(e, i->args[0]);
    if (i->args[1] != i->args[0]) emit_guard_leaf(e, i->args[1]);
    out(e, ") v%d = TR_COMPARE_C(%s, %s, %d);\n    else {\n", i->id, float_operand(e, i->args[0], true, l, sizeof l),
        float_operand(e, i->args[1], true, r, sizeof r), i->subop);
    if (e->spec) {
        copy_side_exit(e, i);
    } else {
        emit_box_operands(e, i);
        emit_op(e, i);
    }
    out(e, "    }\n");
}

/* A direct call of a function with a typed clone (opt/typed_clone.c) whose float
 * arguments are unboxed or known floats (ir_typed_direct_call): the clone takes them as
 * doubles when they are exact floats at run time, so they are not boxed for the call,
 * and its int arguments as intptr_t when they are small ints (emit_int.c).
 * A clone returning floats writes the double to d<id> and returns TR_UNBOXED_FLOAT
 * (or the float's box, when it returns a parameter it was given boxed). */
void emit_typed_direct_call(Emitter *e, Instr *i) {
    IrFunc *f = i->func_ref;
    for (int k = 0; k < i->nargs - 1; k++) { /* the other arguments are needed boxed either way */
        Instr *x = i->args[1 + k];
        bool seen = false;
        for (int j = 0; j < k && !seen; j++) seen = i->args[1 + j] == x;
        if (x->lazy_float && !seen && !ir_is_float_param(f, k)) out(e, "    if (!v%d) v%d = tr_float_new(d%d);\n", x->id, x->id, x->id);
    }
    char callee[48], *tn = impl_name(f->typed_clone);
    snprintf(callee, sizeof callee, "%s", val(i->args[0]));
    out(e, "    if (");
    emit_callee_is(e, f, callee);
    for (int k = 0; k < i->nargs - 1; k++) {
        if (ir_is_float_param(f, k)) emit_guard_leaf(e, i->args[1 + k]);
        if (ir_is_int_param(f, k)) emit_small_int_guard(e, i->args[1 + k]);
    }
    bool doubles = f->typed_clone->returns_float;
    out(e, ") {%s\n    v%d = %s((TrFunc *)%s", doubles && !i->lazy_float ? " double r_;" : "", i->id, tn, callee);
    for (int k = 0; k < i->nargs - 1; k++) {
        Instr *x = i->args[1 + k];
        char buf[48];
        if (ir_is_int_param(f, k)) {
            emit_small_int_argument(e, x);
            continue;
        }
        out(e, ", %s", val(x)); /* an unboxed value's v<id> is 0 */
        if (ir_is_float_param(f, k)) out(e, ", %s", float_operand(e, x, true, buf, sizeof buf));
    }
    if (doubles && i->lazy_float) out(e, ", &d%d);\n    if (v%d == TR_UNBOXED_FLOAT) v%d = 0;\n    else", i->id, i->id, i->id);
    else if (doubles) out(e, ", &r_);\n    if (v%d == TR_UNBOXED_FLOAT) v%d = tr_float_new(r_);\n", i->id, i->id);
    else out(e, ");\n");
    emit_check_null(e, i);
    out(e, "    } else {\n");
    emit_box_operands(e, i);
    emit_direct_call_of(e, i);
    emit_check_null(e, i);
    out(e, "    }\n");
    free(tn);
}

/* The return of a typed clone that returns floats: the double, and the box if the
 * value has one. */
void emit_float_return(Emitter *e, Instr *i) {
    Instr *x = i->args[0];
    char buf[48];
    out(e, "    *r_ = %s; tr_recursion_leave();\n", float_operand(e, x, false, buf, sizeof buf));
    if (x->lazy_float) out(e, "    return v%d ? v%d : TR_UNBOXED_FLOAT;\n", x->id, x->id);
    else out(e, "    return v%d;\n", x->id);
}
