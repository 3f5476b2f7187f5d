/* emit_spec.c — the speculative copies of float loops (opt/spec_loop.c).
 * A loop of opt/spec_loop.c is written twice: the generic blocks L<id>, then the copy's
 * S<id>.  In the copy an unboxed float it defines is a double of its own, s<id> (phi
 * temporaries sph<id>), and a range loop counts in rc<id> (the item ri<id>): locals
 * that live in the copy alone, so cc keeps them in registers.  Leaving the copy stores
 * them where the generic body keeps them (d<id> with the box v<id> 0: unboxed; the
 * loop's cur; the item's small int) and jumps into the generic body: to a block by an
 * exit edge, or by a side exit to X<id>, the instruction whose guard failed.
 * Assumes: opt/spec_loop.c admitted the loop (doubles only in its phis). */
#include "emit.h"

bool copy_contains(Emitter *e, Block *b) { return e->spec && e->spec->in[b->id]; }

/* The copy's double of unboxed float x: its own, or the generic one of a float from
 * before the loop. */
const char *copy_double(Emitter *e, Instr *x, char *buf, size_t cap) {
    snprintf(buf, cap, "%c%d", copy_contains(e, x->block) ? 's' : 'd', x->id);
    return buf;
}

/* Leaving before instruction k of the current block: what the copy has computed in
 * this iteration and the generic body may still read goes where the generic body
 * keeps it (the rest it cannot use: it recomputes what it has not, and never reads
 * what is dead). */
void copy_leave(Emitter *e, int k) {
    SpecLoop *sl = e->spec;
    for (int j = 0; j < sl->defined.len; j++) {
        Instr *x = sl->defined.data[j];
        if (spec_loop_computed(sl, x, e->block, k) && spec_loop_live(sl, x, e->block, k)) out(e, " d%d = s%d; v%d = 0;", x->id, x->id, x->id);
    }
    for (int j = 0; j < sl->items.len; j++) {
        Instr *item = sl->items.data[j];
        out(e, " v%d.cur = rc%d;", item->args[0]->id, item->args[0]->id);
        if (spec_loop_computed(sl, item, e->block, k)) out(e, " v%d = TR_FROM_SMALL(ri%d);", item->id, item->id);
    }
    for (int j = 0; j < sl->seq_items.len; j++) {
        int r = ((Instr *)sl->seq_items.data[j])->args[0]->id;
        out(e, " v%d.i = sc%d;", r, r);
    }
}

void copy_side_exit(Emitter *e, Instr *i) {
    int k = 0;
    while (e->block->instrs.data[k] != i) k++;
    out(e, "   ");
    copy_leave(e, k);
    out(e, " goto X%d;\n", i->id);
}

/* The doubles x carries into `to`'s phis along the current edge, or NULL for a constant. */
static Instr *copy_phi_source(Emitter *e, Block *to, Instr *phi) {
    Instr *x = phi->args[emit_pred_index(to, e->block)];
    return x->op == IR_CONST_FLOAT ? NULL : x;
}

/* The edge may assign `to`'s phis' doubles s<id> one after another: no phi reads
 * another one assigned before it. */
static bool copy_phis_in_sequence(Emitter *e, Block *to) {
    for (int i = 0; i < to->instrs.len; i++) {
        Instr *phi = to->instrs.data[i];
        if (phi->op != IR_PHI) break;
        if (phi->dead) continue;
        for (int j = i + 1; j < to->instrs.len; j++) {
            Instr *later = to->instrs.data[j];
            if (later->op != IR_PHI) break;
            if (!later->dead && copy_phi_source(e, to, later) == phi) return false;
        }
    }
    return true;
}

/* An edge inside the copy: its phis take doubles (opt/spec_loop.c admits no other).
 * When they can be assigned in sequence the edge writes s<id> itself and enters `to`
 * at SP<id>, past the copies out of the sph<id> temporaries: libtcc keeps every local
 * in memory, and a loop-carried float would go through two stores and loads. */
void copy_edge(Emitter *e, Block *to) {
    bool direct = copy_phis_in_sequence(e, to);
    for (int i = 0; i < to->instrs.len; i++) {
        Instr *phi = to->instrs.data[i];
        if (phi->op != IR_PHI) break;
        if (phi->dead) continue;
        Instr *x = copy_phi_source(e, to, phi);
        char buf[24];
        out(e, " %s%d = ", direct ? "s" : "sph", phi->id);
        if (x) out(e, "%s;", copy_double(e, x, buf, sizeof buf));
        else out(e, "%a;", ((Instr *)phi->args[emit_pred_index(to, e->block)])->fval);
    }
    out(e, " goto %s%d;", direct ? "SP" : "S", to->id);
}

/* An index of the copy's list accesses: a range item counted in C, or a constant. */
static const char *copy_index(Emitter *e, Instr *x, char *buf, size_t cap) {
    if (x->op == IR_FOR_NEXT) snprintf(buf, cap, "TR_FROM_SMALL(ri%d)", x->id);
    else snprintf(buf, cap, "%s", val(x));
    return buf;
}

/* The test of a list the copy tests once (opt/spec_lists.c), which sets the pointers
 * its accesses use: fp/fb<header>_<id> the doubles and boxes of a float-strategy list,
 * pi/pn<header>_<id> the items and length of a list of objects or a tuple. */
static void out_list_ready(Emitter *e, const SpecLoop *sl, const SpecList *c) {
    int h = sl->header->id, id = c->list->id;
    if (c->floats) out(e, "tr_float_list_ready(v%d, %lld, &fp%d_%d, &fb%d_%d)", id, c->need, h, id, h, id);
    else out(e, "tr_seq_plain_ready(v%d, &pi%d_%d, &pn%d_%d)", id, h, id, h, id);
}

/* An access of a list tested once: a float read or store at its constant index, or a
 * plain read that leaves when the index is out of range; a list read from it and tested
 * here leaves when it is not what its accesses need. */
static void copy_checked_access(Emitter *e, Instr *i, const SpecList *c) {
    char d[24];
    int h = e->spec->header->id, id = c->list->id;
    long long k = i->args[1]->ival;
    if (i->op == IR_SETITEM) {
        out(e, "    fp%d_%d[%lld] = %s; fb%d_%d[%lld] = 0;\n", h, id, k, copy_double(e, i->args[2], d, sizeof d), h, id, k);
        return;
    }
    if (i->lazy_float) {
        out(e, "    s%d = fp%d_%d[%lld];\n", i->id, h, id, k);
        return;
    }
    if (i->args[1]->op == IR_FOR_NEXT) out(e, "    { intptr_t i_ = ri%d;", i->args[1]->id);
    else out(e, "    { intptr_t i_ = %lld;", k);
    out(e, " if (i_ < 0) i_ += pn%d_%d;\n    if ((uintptr_t)i_ >= (uintptr_t)pn%d_%d", h, id, h, id);
    const SpecList *item = spec_list_of(e->spec, i);
    if (item) {
        out(e, " || (v%d = pi%d_%d[i_], !", i->id, h, id);
        out_list_ready(e, e->spec, item);
        out(e, ")");
    }
    out(e, ") {");
    copy_side_exit(e, i);
    out(e, "    }\n");
    if (!item) out(e, "    v%d = pi%d_%d[i_];\n", i->id, h, id);
    out(e, "    }\n");
}

/* A list access of the copy (spec_loop_list_access): the double of a float-strategy
 * list's item, the double stored into one, or a plain list's or tuple's item; anything
 * else leaves for the same access in the generic body. */
static void copy_list_access(Emitter *e, Instr *i) {
    char index[48], d[24];
    Instr *list = i->args[0];
    const SpecList *checked = spec_list_of(e->spec, list), *item = spec_list_of(e->spec, i);
    if (checked) {
        copy_checked_access(e, i, checked);
        return;
    }
    copy_index(e, i->args[1], index, sizeof index);
    ConstIndex c = emit_const_index(e, i);
    if (i->op == IR_SETITEM)
        out(e, "    { if (!tr_float_list_write%s(v%d, %s%s, &kl%d, %s)) {", c.at, list->id, index, c.k, list->id,
            copy_double(e, i->args[2], d, sizeof d));
    else if (i->lazy_float) /* the item's box is the generic body's business */
        out(e, "    { TrValue b_; if (!tr_float_list_read%s(v%d, %s%s, &kl%d, &b_, &s%d)) {", c.at, list->id, index, c.k,
            list->id, i->id);
    else {
        out(e, "    { if (!(v%d = tr_seq_item_plain(v%d, %s))", i->id, list->id, index);
        if (item) {
            out(e, " || !");
            out_list_ready(e, e->spec, item);
        }
        out(e, ") {");
    }
    copy_side_exit(e, i);
    out(e, "    } }\n");
}

/* The step of a loop over a list or tuple the copy walks (its items sp<r>, length sn<r>
 * found at entry, counter sc<r>); an item the copy tests once as a list leaves for the
 * generic step, the counter not yet advanced, when it is not what its accesses need. */
static void copy_seq_step(Emitter *e, Instr *i) {
    int r = i->args[0]->id;
    const SpecList *c = spec_list_of(e->spec, i);
    out(e, "    if (sc%d >= sn%d) {", r, r);
    emit_goto_block(e, i->target[1]);
    out(e, " }\n");
    if (c) {
        out(e, "    if ((v%d = sp%d[sc%d], !", i->id, r, r);
        out_list_ready(e, e->spec, c);
        out(e, ")) {");
        copy_side_exit(e, i);
        out(e, "    }\n");
    } else out(e, "    v%d = sp%d[sc%d];\n", i->id, r, r);
    out(e, "    sc%d++;\n   ", r);
    emit_goto_block(e, i->target[0]);
    out(e, "\n");
}

/* `math.f(x)` on the copy's double, or a side exit to the call in the generic body. */
static void copy_math_call(Emitter *e, Instr *i) {
    char arg[64], d[24];
    Instr *x = i->args[1];
    if (x->op == IR_CONST_FLOAT) snprintf(arg, sizeof arg, "(x_ = %a, 1)", x->fval);
    else snprintf(arg, sizeof arg, "(x_ = %s, 1)", copy_double(e, x, d, sizeof d));
    emit_math_entered_test(e, i, arg);
    out(e, " s%d = r_;\n      else {", i->id);
    copy_side_exit(e, i);
    out(e, "    } }\n");
}

/* A bound of a range the copy starts, as a C integer: an item of the copy, or a small
 * int (a len() or offset of the copy's, or a value from before the loop, which the
 * caller tests). */
static void copy_range_bound(Emitter *e, Instr *x, char *buf, size_t cap) {
    if (spec_loop_range_item(x) && copy_contains(e, x->block)) snprintf(buf, cap, "ri%d", x->id);
    else snprintf(buf, cap, "TR_SMALL_VAL(v%d)", x->id);
}

/* `range(a[, b])` started in the copy: counted in C from here (the generic loop's state
 * written too, for a side exit), or a side exit when a bound is not a small int. */
static void copy_range_start(Emitter *e, Instr *i) {
    char lo[32] = "0", hi[32];
    out(e, "    if (1");
    for (int a = 1; a < i->nargs; a++) {
        Instr *x = i->args[a];
        if (!(spec_loop_range_item(x) && copy_contains(e, x->block))) out(e, " && TR_IS_SMALL(v%d)", x->id);
    }
    out(e, ") {\n");
    if (i->nargs == 3) copy_range_bound(e, i->args[1], lo, sizeof lo);
    copy_range_bound(e, i->args[i->nargs - 1], hi, sizeof hi);
    out(e, "        v%d.cur = rc%d = %s; v%d.stop = %s; v%d.step = 1; v%d.it = 0;\n", i->id, i->id, lo, i->id, hi, i->id, i->id);
    out(e, "    } else {");
    copy_side_exit(e, i);
    out(e, "    }\n");
}

/* The walk over a list or tuple from before the loop, started in the copy (its items
 * and length fixed while the copy runs), or a side exit for any other iterable. */
static void copy_seq_start(Emitter *e, Instr *i) {
    int r = i->id;
    out(e, "    if (tr_seq_plain_ready(%s, &sp%d, &sn%d)) { v%d.seq = %s; v%d.i = 0; v%d.it = 0; sc%d = 0;",
        val(i->args[0]), r, r, r, val(i->args[0]), r, r, r);
    if (seq_loop_pairs(i)) out(e, " v%d.counting = false; v%d.pair_step = 0;", r, r); /* items unpacked as they are */
    out(e, " }\n");
    out(e, "    else {");
    copy_side_exit(e, i);
    out(e, "    }\n");
}

/* len() of a list or tuple from before the loop: a small int for the ranges the copy
 * starts, or a side exit to the call. */
static void copy_len_call(Emitter *e, Instr *i) {
    out(e, "    { intptr_t n_ = tr_seq_len_exact(%s);\n      if (n_ >= 0) v%d = TR_FROM_SMALL(n_);\n      else {", val(i->args[1]), i->id);
    copy_side_exit(e, i);
    out(e, "    } }\n");
}

/* `i + k` of the copy's range item or len() i: the small int a range it starts takes. */
static void copy_offset(Emitter *e, Instr *i) {
    char x[32];
    copy_range_bound(e, i->args[0], x, sizeof x);
    out(e, "    { intptr_t r_ = %s %c (intptr_t)%lld;\n      if (TR_FITS_SMALL(r_)) v%d = TR_FROM_SMALL(r_);\n      else {", x,
        i->subop == OP_ADD ? '+' : '-', (long long)i->args[1]->ival, i->id);
    copy_side_exit(e, i);
    out(e, "    } }\n");
}

/* An operand of an int operator of the copy as a C integer: a range item the copy
 * counts, a constant, or a small int v<id>; and whether it must be tested for one (a
 * value from before the loop; the copy's own int results are small). */
static bool copy_int_operand(Emitter *e, const Instr *x, char *buf, size_t cap) {
    if (x->op == IR_CONST_INT) {
        snprintf(buf, cap, "(intptr_t)%lld", (long long)x->ival);
        return false;
    }
    if (spec_loop_range_item(x) && copy_contains(e, x->block)) {
        snprintf(buf, cap, "ri%d", x->id);
        return false;
    }
    snprintf(buf, cap, "TR_SMALL_VAL(v%d)", x->id);
    return !(copy_contains(e, x->block) && spec_loop_int_op(x));
}

/* `+ - * // %` of small ints (spec_loop_int_op): tr_small_binop, the small-int case of
 * each operator (tr.h), with Python's floor division and modulo; the generic operator
 * after a side exit makes the big int or raises ZeroDivisionError. */
static void copy_int_op(Emitter *e, Instr *i) {
    char x[48], y[48];
    bool test_x = copy_int_operand(e, i->args[0], x, sizeof x), test_y = copy_int_operand(e, i->args[1], y, sizeof y);
    out(e, "    { TrValue r_ = 0;\n      if (1");
    if (test_x) out(e, " && TR_IS_SMALL(v%d)", i->args[0]->id);
    if (test_y) out(e, " && TR_IS_SMALL(v%d)", i->args[1]->id);
    out(e, ") r_ = tr_small_binop(%d, %s, %s);\n      if (r_) v%d = r_;\n      else {", i->subop, x, y, i->id);
    copy_side_exit(e, i);
    out(e, "    } }\n");
}

/* The loop a copy enters (its header's range, counted in C) checks for signals once per
 * chunk of its steps rather than at each one: where the header's signal check comes
 * right before its range step, the step tests rc<r> against rl<r>, the end of the
 * chunk (tr_range_chunk_end: at most 1024 steps on, never past the stop), and only
 * there checks for a signal and for the end of the range.  The body between two checks
 * is straight-line arithmetic (an inner loop checks on its own), so Ctrl-C still stops
 * the loop at once.  The entry sets rl<r> = rc<r>, so the first step checks.  A loop the
 * copy starts itself keeps a check per step: such inner loops are often a few steps
 * long, and a chunk's set-up costs more than it saves there (nbody_typed's pair loop:
 * +3.5% instructions).  The check before range step i, if they go together, else 0. */
static Instr *signal_check_before(Emitter *e, Instr *i) {
    if (e->spec->in[i->args[0]->block->id]) return 0;
    Vec *instrs = &e->block->instrs;
    for (int k = 1; k < instrs->len; k++)
        if (instrs->data[k] == i) {
            Instr *before = instrs->data[k - 1];
            return before->op == IR_CHECK_SIGNALS ? before : 0;
        }
    return 0;
}

/* Signal check i is done by the range step after it. */
static bool checked_with_range_step(Emitter *e, Instr *i) {
    Vec *instrs = &e->block->instrs;
    for (int k = 0; k + 1 < instrs->len; k++)
        if (instrs->data[k] == i) {
            Instr *next = instrs->data[k + 1];
            return next->op == IR_FOR_NEXT && !spec_loop_seq_item(next) && signal_check_before(e, next) == i;
        }
    return false;
}

/* The copy's instructions that differ from the generic ones: a global read at entry,
 * a signal check that leaves for the generic one, a range step on the small ints the
 * entry admitted, list accesses, int operators and math calls that leave when they
 * cannot run on their own.  False for the others. */
bool copy_instr(Emitter *e, Instr *i) {
    if (spec_loop_list_access(i)) {
        copy_list_access(e, i);
        return true;
    }
    if (spec_loop_math_call(i)) {
        copy_math_call(e, i);
        return true;
    }
    if (spec_loop_range_start(i)) {
        copy_range_start(e, i);
        return true;
    }
    if (spec_loop_seq_start(i)) {
        copy_seq_start(e, i);
        return true;
    }
    if (spec_loop_offset(i)) {
        copy_offset(e, i);
        return true;
    }
    if (spec_loop_int_op(i)) {
        copy_int_op(e, i);
        return true;
    }
    if (spec_loop_len_call(i)) {
        copy_len_call(e, i);
        return true;
    }
    switch (i->op) {
    case IR_GLOBAL_LOAD: case IR_BUILTIN: return true;
    case IR_CHECK_SIGNALS:
        if (checked_with_range_step(e, i)) return true;
        out(e, "    if (TR_UNLIKELY(tr_signal_pending)) {");
        copy_side_exit(e, i);
        out(e, "    }\n");
        return true;
    case IR_FOR_NEXT: {
        int r = i->args[0]->id;
        if (spec_loop_seq_item(i)) {
            copy_seq_step(e, i);
            return true;
        }
        Instr *check = signal_check_before(e, i);
        if (check) {
            out(e, "    if (TR_UNLIKELY(rc%d >= rl%d)) {\n        if (TR_UNLIKELY(tr_signal_pending)) {", r, r);
            copy_side_exit(e, check);
            out(e, "        }\n        if (rc%d >= v%d.stop) {", r, r);
            emit_goto_block(e, i->target[1]);
            out(e, " }\n        rl%d = tr_range_chunk_end(rc%d, v%d.stop, v%d.step);\n    }\n", r, r, r, r);
        } else {
            out(e, "    if (rc%d >= v%d.stop) {", r, r);
            emit_goto_block(e, i->target[1]);
            out(e, " }\n");
        }
        out(e, "    ri%d = rc%d; rc%d += v%d.step;\n   ", i->id, r, r, r);
        emit_goto_block(e, i->target[0]);
        out(e, "\n");
        return true;
    }
    default: return false;
    }
}

/* x is an object from before the loop that the copy's float trees read: tested once at
 * entry, lx<header>_<id> 1 for an exact float, 2 for a small int (0: neither), its
 * double hx<header>_<id>. */
bool copy_entry_leaf(Emitter *e, const Instr *x) {
    for (int k = 0; e->spec && k < e->spec->entry_leaves.len; k++)
        if (e->spec->entry_leaves.data[k] == x) return true;
    return false;
}

/* x is a header phi of a speculative copy: a float the copy carries round its loop. */
bool copy_carries_float(IrFunc *f, Instr *x) {
    for (int l = 0; l < f->spec_loops.len; l++) {
        SpecLoop *sl = f->spec_loops.data[l];
        for (int k = 0; k < sl->header_phis.len; k++)
            if (sl->header_phis.data[k] == x) return true;
    }
    return false;
}

/* The locals of the speculative copies: doubles, phi temporaries, range counters. */
void copy_declare_locals(Emitter *e, IrFunc *f) {
    for (int l = 0; l < f->spec_loops.len; l++) {
        SpecLoop *sl = f->spec_loops.data[l];
        for (int k = 0; k < sl->defined.len; k++) {
            Instr *x = sl->defined.data[k];
            out(e, "    double s%d = 0;\n", x->id);
            if (x->op == IR_PHI) out(e, "    double sph%d = 0;\n", x->id);
        }
        for (int k = 0; k < sl->checked.len; k++) {
            const SpecList *c = sl->checked.data[k];
            int h = sl->header->id, id = c->list->id;
            if (c->floats) out(e, "    tr_slot_double *fp%d_%d = 0; TrValue *fb%d_%d = 0;\n", h, id, h, id);
            else out(e, "    TrValue *pi%d_%d = 0; intptr_t pn%d_%d = 0;\n", h, id, h, id);
        }
        for (int k = 0; k < sl->items.len; k++) {
            Instr *item = sl->items.data[k];
            bool seen = false; /* one counter per range loop */
            for (int j = 0; j < k && !seen; j++) seen = ((Instr *)sl->items.data[j])->args[0] == item->args[0];
            if (!seen) out(e, "    intptr_t rc%d = 0, rl%d = 0;\n", item->args[0]->id, item->args[0]->id);
            out(e, "    intptr_t ri%d = 0;\n", item->id);
        }
        for (int k = 0; k < sl->seq_items.len; k++) {
            int r = ((Instr *)sl->seq_items.data[k])->args[0]->id;
            out(e, "    intptr_t sc%d = 0, sn%d = 0; TrValue *sp%d = 0;\n", r, r, r);
        }
        for (int k = 0; k < sl->math_calls.len; k++) out(e, "    double (*mf%d)(double) = 0;\n", ((Instr *)sl->math_calls.data[k])->id);
        for (int k = 0; k < sl->entry_leaves.len; k++) {
            int h = sl->header->id, id = ((Instr *)sl->entry_leaves.data[k])->id;
            out(e, "    int lx%d_%d = 0; double hx%d_%d = 0;\n", h, id, h, id);
        }
    }
}

/* The generic header of a copied loop enters the copy when its entry conditions hold:
 * the header's phis and the floats from before the loop unboxed or exact floats, the
 * range loops counting small ints upwards, the globals bound, the inlined callees the
 * same functions. */
void copy_enter(Emitter *e, SpecLoop *sl) {
    out(e, "    if (1");
    for (int k = 0; k < sl->header_phis.len; k++) out(e, " && !v%d", ((Instr *)sl->header_phis.data[k])->id);
    for (int k = 0; k < sl->items.len; k++) {
        Instr *loop = ((Instr *)sl->items.data[k])->args[0];
        if (!sl->in[loop->block->id]) out(e, " && !v%d.it && v%d.step > 0", loop->id, loop->id);
    }
    for (int k = 0; k < sl->entry_floats.len; k++) {
        int x = ((Instr *)sl->entry_floats.data[k])->id;
        out(e, " && (!v%d || tr_is_exact_float(v%d))", x, x);
    }
    for (int k = 0; k < sl->hoisted.len; k++) {
        Instr *g = sl->hoisted.data[k];
        out(e, " && (v%d = G[%lld]) != 0", g->id, (long long)g->ival);
    }
    for (int k = 0; k < sl->builtins.len; k++) {
        Instr *b = sl->builtins.data[k];
        const char *want = !strcmp(b->str, "len") ? "tr_direct_builtins[TR_DIRECT_len]" : "(TrValue)&tr_range_type";
        if (sl->in[b->block->id]) out(e, " && (v%d = BI[%d]) == %s", b->id, emit_builtin_index(e, b->str), want);
        else out(e, " && v%d == %s", b->id, want);
    }
    for (int k = 0; k < sl->math_calls.len; k++) emit_math_site_enter(e, sl->math_calls.data[k]);
    for (int k = 0; k < sl->code_checks.len; k++) {
        Instr *c = sl->code_checks.data[k];
        char *cn = code_name(c->func_ref);
        out(e, " && tr_is_function_of(v%d, &%s)", c->args[0]->id, cn);
        free(cn);
    }
    for (int k = 0; k < sl->seq_items.len; k++) {
        Instr *loop = ((Instr *)sl->seq_items.data[k])->args[0];
        int r = loop->id;
        if (!sl->in[loop->block->id]) out(e, " && !v%d.it && tr_seq_plain_ready(v%d.seq, &sp%d, &sn%d)", r, r, r, r);
    }
    for (int k = 0; k < sl->checked.len; k++) {
        const SpecList *c = sl->checked.data[k];
        if (!c->at_entry) continue;
        out(e, " && ");
        out_list_ready(e, sl, c);
    }
    out(e, ") {\n");
    for (int k = 0; k < sl->entry_floats.len; k++) {
        int x = ((Instr *)sl->entry_floats.data[k])->id;
        out(e, "        if (v%d) d%d = TR_FLOAT_VAL(v%d);\n", x, x, x);
    }
    for (int k = 0; k < sl->header_phis.len; k++) {
        int x = ((Instr *)sl->header_phis.data[k])->id;
        out(e, "        s%d = d%d;\n", x, x);
    }
    for (int k = 0; k < sl->items.len; k++) {
        Instr *loop = ((Instr *)sl->items.data[k])->args[0];
        if (!sl->in[loop->block->id]) out(e, "        rl%d = rc%d = v%d.cur;\n", loop->id, loop->id, loop->id);
    }
    for (int k = 0; k < sl->seq_items.len; k++) {
        Instr *loop = ((Instr *)sl->seq_items.data[k])->args[0];
        if (!sl->in[loop->block->id]) out(e, "        sc%d = v%d.i;\n", loop->id, loop->id);
    }
    for (int k = 0; k < sl->entry_leaves.len; k++) {
        int h = sl->header->id, id = ((Instr *)sl->entry_leaves.data[k])->id;
        out(e, "        lx%d_%d = !v%d ? 0 : TR_IS_SMALL(v%d) ? (hx%d_%d = (double)TR_SMALL_VAL(v%d), 2)", h, id, id, id, h, id, id);
        out(e, " : tr_is_exact_float(v%d) ? (hx%d_%d = TR_FLOAT_VAL(v%d), 1) : 0;\n", id, h, id, id);
    }
    out(e, "        goto SE%d;\n    }\n", sl->header->id);
}

/* The copied loop of the generic body's block b, or 0. */
SpecLoop *copy_of_block(IrFunc *f, Block *b) {
    for (int l = 0; l < f->spec_loops.len; l++) {
        SpecLoop *sl = f->spec_loops.data[l];
        if (sl->in[b->id]) return sl;
    }
    return 0;
}

/* An instruction of a copied loop whose copy may leave by a side exit to it. */
bool copy_side_exit_target(const SpecLoop *sl, const Instr *i) {
    return !i->dead && (i->fuse == FUSE_ROOT || ir_float_comparison(i) || i->op == IR_CHECK_SIGNALS ||
                        spec_loop_list_access(i) || spec_loop_math_call(i) || spec_loop_range_start(i) ||
                        spec_loop_seq_start(i) || spec_loop_offset(i) || spec_loop_int_op(i) || spec_loop_len_call(i) ||
                        (spec_loop_seq_item(i) && spec_list_of(sl, i)));
}
