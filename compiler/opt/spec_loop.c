/* spec_loop.c — loops whose float work can run on plain C doubles get a speculative
 * copy (SpecLoop, trc.h; the emitter writes it).  An unboxed float (opt/unbox_float.c)
 * is a pair, its box v<id> (0 while unboxed) and its double d<id>: every use tests the
 * box and the generic path around each float tree writes it, so cc carries both
 * around a loop, keeps loop-carried doubles in memory and tests the range counter's
 * tag, the global callee and its code on every iteration.  In the copy an unboxed
 * float is its double alone, the range counter a small int, globals are read once at
 * entry and an inlined callee's guard is tested once.  That holds because the copy
 * runs no code of the program: its instructions are float trees and comparisons,
 * constants, global loads, range steps and list or tuple walks by index
 * (opt/seq_loop.c: the copy tests the sequence once, at entry), signal checks and
 * branches, float-list reads
 * and stores (opt/unbox_float.c) and reads of a plain list's item at a constant or
 * range-item index (nbody's `b2 = bodies[j]`; the item is a TrValue), and `math.f(x)`
 * of a double (math's C function found once, at entry); a block with anything else (a call, a generic store) stays in the
 * generic body, reached by an exit edge.  When a guard fails in the copy (an operand
 * that is not an exact float, a zero divisor, a pending signal, a list that is not a
 * list of that strategy or too short, a math callee that is not math's or a domain
 * error), a side exit jumps to the same instruction in the generic body, which does
 * what it always did: box, call the dunder, raise with its traceback.
 * The generic header enters the copy again whenever the entry conditions hold.
 * A function with a typed clone (opt/typed_clone.c) gets no copies: the clone runs
 * its calls with exact floats, the original the others, whose loops rarely stay on floats.
 * require: unbox_float done.  guarantee: a block belongs to one copy at most, whose
 * header dominates it; none in generator functions (nor in traced modules, which skip
 * this pass). */
#include "../trc.h"

enum { MAX_SPEC_INSTRS = 200 }; /* the copy doubles the loop's C: keep builds quick */

/* A range loop's item: a small int inside the copy (the entry tests builtin range). */
static bool range_item(const Instr *x) { return x->op == IR_FOR_NEXT && x->args[0]->type == TY_RANGE_LOOP; }

bool spec_loop_range_item(const Instr *x) { return range_item(x); }

bool spec_loop_seq_item(const Instr *x) { return x->op == IR_FOR_NEXT && spec_loop_seq_start(x->args[0]); }

static bool builtin_named(const Instr *x, const char *name) { return x->op == IR_BUILTIN && !strcmp(x->str, name); }

bool spec_loop_range_start(const Instr *i) {
    return i->op == IR_RANGE_ITER && i->nargs <= 3 && builtin_named(i->args[0], "range");
}

bool spec_loop_seq_start(const Instr *i) { return i->op == IR_ITER && i->type == TY_SEQ_LOOP && !seq_loop_enumerates(i); }

bool spec_loop_len_call(const Instr *i) {
    return i->op == IR_CALL && i->nargs == 2 && i->ival == 0 && !i->lazy_float && builtin_named(i->args[0], "len");
}

bool spec_loop_offset(const Instr *i) {
    return i->op == IR_BINOP && (i->subop == OP_ADD || i->subop == OP_SUB) && i->fuse == FUSE_NONE &&
           !i->lazy_float && (range_item(i->args[0]) || spec_loop_len_call(i->args[0])) &&
           i->args[1]->op == IR_CONST_INT && i->args[1]->ival > -(1LL << 29) && i->args[1]->ival < (1LL << 29);
}

/* An index the copy has as a C integer or a constant. */
static bool copy_index(const Instr *x) {
    return range_item(x) || (x->op == IR_CONST_INT && x->ival >= -(1LL << 29) && x->ival < (1LL << 29));
}

static bool int_op_within(const Instr *i, int depth) {
    if (depth == 0 || i->op != IR_BINOP || !ir_int_closed_op(i->subop) || i->fuse != FUSE_NONE || i->lazy_float ||
        spec_loop_offset(i))
        return false;
    for (int a = 0; a < 2; a++) {
        const Instr *x = i->args[a];
        if (!copy_index(x) && !int_op_within(x, depth - 1)) return false;
    }
    return true;
}

bool spec_loop_int_op(const Instr *i) { return int_op_within(i, 6); }

bool spec_loop_list_access(const Instr *i) {
    if (i->op == IR_GETITEM) return !i->args[0]->lazy_float && copy_index(i->args[1]);
    return ir_unboxed_list_store(i) && copy_index(i->args[1]);
}

bool spec_loop_math_call(const Instr *i) {
    return (i->op == IR_CALL || i->op == IR_CALL_METHOD) && i->lazy_float &&
           (i->args[1]->lazy_float || i->args[1]->op == IR_CONST_FLOAT);
}

/* i runs in the copy without running code of the program's. */
static bool spec_safe(const Instr *i) {
    if (i->dead || i->fuse == FUSE_INTERIOR) return true;
    if (i->fuse == FUSE_ROOT) return i->lazy_float;
    if (spec_loop_list_access(i) || spec_loop_math_call(i)) return true;
    switch (i->op) {
    case IR_UNDEF: case IR_CONST_INT: case IR_CONST_FLOAT: case IR_GLOBAL_LOAD: case IR_CHECK_SIGNALS:
    case IR_JUMP: case IR_CODE_IS:
        return true;
    case IR_PHI: return i->lazy_float;
    case IR_COMPARE_BOOL: return ir_float_comparison(i) && !range_item(i->args[0]) && !range_item(i->args[1]);
    case IR_BRANCH: return i->args[0]->type == TY_CBOOL;
    case IR_FOR_NEXT: return range_item(i) || spec_loop_seq_item(i);
    case IR_BUILTIN: return builtin_named(i, "range") || builtin_named(i, "len");
    case IR_RANGE_ITER: return spec_loop_range_start(i);
    case IR_ITER: return spec_loop_seq_start(i);
    case IR_BINOP: return spec_loop_offset(i) || spec_loop_int_op(i);
    case IR_CALL: return spec_loop_len_call(i);
    default: return false;
    }
}

static bool block_safe(const Block *b) {
    for (int k = 0; k < b->instrs.len; k++)
        if (!spec_safe(b->instrs.data[k])) return false;
    return b->instrs.len > 0;
}

/* The edges the copy may take: a terminator's targets, but not the false side of an
 * inlined call's guard (CODE_IS: the call, left to the generic body). */
static bool spec_edge(const Block *from, const Block *to) {
    const Instr *t = from->instrs.data[from->instrs.len - 1];
    if (t->op == IR_BRANCH && t->args[0]->op == IR_CODE_IS) return t->target[0] == to;
    return t->target[0] == to || t->target[1] == to;
}

/* Safe blocks reachable from h by the copy's edges that lead back to h; NULL when h
 * heads no such cycle. */
static bool *cycle_through(IrFunc *f, Block *h) {
    int nb = ir_block_id_bound(f);
    bool *reach = xmalloc((size_t)nb), *in = xmalloc((size_t)nb);
    Vec work = {0};
    reach[h->id] = true;
    vec_push(&work, h);
    while (work.len) {
        Block *b = work.data[--work.len];
        const Instr *t = b->instrs.data[b->instrs.len - 1];
        for (int k = 0; k < 2; k++) {
            Block *s = t->target[k];
            if (s && !reach[s->id] && spec_edge(b, s) && block_safe(s)) reach[s->id] = true, vec_push(&work, s);
        }
    }
    vec_push(&work, h);
    while (work.len) {
        Block *b = work.data[--work.len];
        for (int p = 0; p < b->preds.len; p++) {
            Block *q = b->preds.data[p];
            if (reach[q->id] && !in[q->id] && spec_edge(q, b)) in[q->id] = true, vec_push(&work, q);
        }
    }
    free(work.data);
    free(reach);
    if (in[h->id]) return in;
    free(in);
    return NULL;
}

/* h dominates every block of the cycle: no path from the entry reaches one without h. */
static bool dominates(IrFunc *f, Block *h, const bool *in) {
    bool *reach = ir_reachable(f, f->blocks.data[0], h), ok = true;
    for (int b = 0; b < f->blocks.len && ok; b++) {
        const Block *bl = f->blocks.data[b];
        ok = !(reach[bl->id] && in[bl->id]);
    }
    free(reach);
    return ok;
}

static void push_once(Vec *v, Instr *x) {
    for (int k = 0; k < v->len; k++)
        if (v->data[k] == x) return;
    vec_push(v, x);
}

/* What the copy needs of instruction i of block b, into sl; false when it cannot run
 * i on doubles (a value the copy would have to box, a range item used as a float's
 * partner it cannot be, a callee computed inside the loop). */
static bool take_instr(IrFunc *f, SpecLoop *sl, Block *b, Instr *i) {
    if (i->dead) return true;
    if (i->lazy_float) push_once(&sl->defined, i);
    if (i->op == IR_PHI) {
        if (b == sl->header) push_once(&sl->header_phis, i);
        for (int a = 0; a < i->nargs; a++) {
            Block *p = b->preds.data[a];
            Instr *x = i->args[a];
            if (!sl->in[p->id] || x->op == IR_CONST_FLOAT) continue;
            if (!x->lazy_float || ir_used_beyond_edge(f, x, i, b)) return false;
            if (!sl->in[x->block->id] && x->op != IR_PARAM) push_once(&sl->entry_floats, x);
        }
        return true;
    }
    if (i->op == IR_GLOBAL_LOAD) push_once(&sl->hoisted, i);
    if (spec_loop_offset(i)) return sl->in[i->args[0]->block->id];
    if (spec_loop_seq_start(i)) return !sl->in[i->args[0]->block->id]; /* a sequence from before the loop */
    if (spec_loop_len_call(i)) {
        push_once(&sl->builtins, i->args[0]);
        return !sl->in[i->args[1]->block->id];
    }
    if (spec_loop_range_start(i)) { /* its bounds: small ints of the copy, or values from before */
        push_once(&sl->builtins, i->args[0]);
        for (int a = 1; a < i->nargs; a++) {
            Instr *x = i->args[a];
            if (sl->in[x->block->id] && !range_item(x) && !spec_loop_offset(x) && !spec_loop_len_call(x)) return false;
        }
        return true;
    }
    for (int a = 0; a < 2 && i->fuse != FUSE_NONE; a++) {
        Instr *x = i->args[a];
        if (!x->lazy_float && x->fuse != FUSE_INTERIOR && x->op != IR_CONST_INT && x->op != IR_CONST_FLOAT &&
            x->type != TY_FLOAT && x->op != IR_UNDEF && !sl->in[x->block->id])
            push_once(&sl->entry_leaves, x);
    }
    if (i->op == IR_FOR_NEXT) push_once(range_item(i) ? &sl->items : &sl->seq_items, i);
    if (spec_loop_math_call(i)) push_once(&sl->math_calls, i);
    if (i->op == IR_CODE_IS) {
        Instr *callee = i->args[0];
        if (sl->in[callee->block->id] && callee->op != IR_GLOBAL_LOAD) return false;
        push_once(&sl->code_checks, i);
    }
    for (int a = 0; a < i->nargs; a++) {
        Instr *x = i->args[a];
        if (i->op == IR_CODE_IS && a == 0) continue;
        if (x->lazy_float && !sl->in[x->block->id] && x->op != IR_PARAM) push_once(&sl->entry_floats, x);
        if (range_item(x) && !sl->in[x->block->id]) return false; /* an outer loop's item: no C integer in the copy */
        if (range_item(x) && a == 1 && spec_loop_list_access(i)) continue; /* an index */
        if (range_item(x) && spec_loop_int_op(i)) continue; /* an int operand */
        if (range_item(x) && (i->fuse == FUSE_NONE || i->args[1 - a] == x || !ir_surely_float(i->args[1 - a])))
            return false; /* its tree would always take the generic path */
    }
    return true;
}

/* The copy has a len() and an offset as a small int only for the ranges it starts (and
 * the offsets of a len()). */
static bool bounds_only_feed_ranges(IrFunc *f, const SpecLoop *sl) {
    for (int b = 0; b < f->blocks.len; b++) {
        Block *bl = f->blocks.data[b];
        if (!sl->in[bl->id]) continue;
        for (int k = 0; k < bl->instrs.len; k++) {
            const Instr *i = bl->instrs.data[k];
            if (i->dead || spec_loop_range_start(i)) continue;
            for (int a = 0; a < i->nargs; a++) {
                const Instr *x = i->args[a];
                if (spec_loop_offset(x) || (spec_loop_len_call(x) && !(a == 0 && spec_loop_offset(i)))) return false;
            }
        }
    }
    return true;
}

/* Dominators on the copy's edges from the header (iterated to a fixpoint: loops are
 * small), for spec_loop_computed. */
static void copy_dominators(IrFunc *f, SpecLoop *sl) {
    int nb = ir_block_id_bound(f), n = 0;
    sl->index = xmalloc((size_t)nb * sizeof *sl->index);
    for (int b = 0; b < nb; b++) sl->index[b] = -1;
    for (int b = 0; b < f->blocks.len; b++) {
        Block *bl = f->blocks.data[b];
        if (sl->in[bl->id]) sl->index[bl->id] = n++;
    }
    sl->nblocks = n;
    sl->dom = xmalloc((size_t)n * (size_t)n);
    memset(sl->dom, 1, (size_t)n * (size_t)n);
    int h = sl->index[sl->header->id];
    for (int c = 0; c < n; c++) sl->dom[h * n + c] = c == h;
    bool *meet = xmalloc((size_t)n);
    for (bool changed = true; changed;) {
        changed = false;
        for (int b = 0; b < f->blocks.len; b++) {
            Block *bl = f->blocks.data[b];
            int a = sl->index[bl->id];
            if (a < 0 || a == h) continue;
            memset(meet, 1, (size_t)n);
            for (int p = 0; p < bl->preds.len; p++) {
                Block *q = bl->preds.data[p];
                if (sl->index[q->id] < 0 || !spec_edge(q, bl)) continue;
                for (int c = 0; c < n; c++) meet[c] &= sl->dom[sl->index[q->id] * n + c];
            }
            meet[a] = true;
            if (memcmp(meet, sl->dom + a * n, (size_t)n)) memcpy(sl->dom + a * n, meet, (size_t)n), changed = true;
        }
    }
    free(meet);
}

bool spec_loop_computed(const SpecLoop *sl, const Instr *x, const Block *b, int k) {
    int a = sl->index[b->id], c = sl->index[x->block->id];
    if (c < 0 || !sl->dom[a * sl->nblocks + c]) return false;
    if (x->block != b) return true;
    for (int j = 0; j < k; j++)
        if (b->instrs.data[j] == x) return true;
    return false;
}

/* Where each double the copy defines is live (its uses' blocks back to its definition,
 * over every edge, exceptional ones included; a phi's use at the end of its
 * predecessor), so leaving stores only what the generic body may still read. */
static void copy_liveness(IrFunc *f, SpecLoop *sl) {
    int nb = ir_block_id_bound(f), n = sl->defined.len;
    Vec *preds = xmalloc((size_t)nb * sizeof *preds); /* by the successor edges */
    for (int b = 0; b < f->blocks.len; b++) {
        Block *bl = f->blocks.data[b], *succ[64];
        int ns = ir_block_succs(bl, succ);
        for (int s = 0; s < ns; s++) vec_push(&preds[succ[s]->id], bl);
    }
    sl->nbound = nb;
    sl->live_out = xmalloc((size_t)n * (size_t)nb);
    bool *live_in = xmalloc((size_t)n * (size_t)nb);
    Vec work = {0}; /* blocks at whose start the value is live */
    for (int v = 0; v < n; v++) {
        Instr *x = sl->defined.data[v];
        bool *in = live_in + (size_t)v * nb, *outb = sl->live_out + (size_t)v * nb;
        for (int b = 0; b < f->blocks.len; b++) {
            Block *bl = f->blocks.data[b];
            for (int k = 0; k < bl->instrs.len; k++) {
                Instr *i = bl->instrs.data[k];
                for (int a = 0; a < i->nargs && !i->dead; a++) {
                    if (i->args[a] != x) continue;
                    Block *at = i->op == IR_PHI ? bl->preds.data[a] : bl;
                    if (i->op == IR_PHI) outb[at->id] = true;
                    if (at != x->block && !in[at->id]) in[at->id] = true, vec_push(&work, at);
                }
            }
        }
        while (work.len) {
            Block *bl = work.data[--work.len];
            Vec *p = &preds[bl->id];
            for (int q = 0; q < p->len; q++) {
                Block *pb = p->data[q];
                outb[pb->id] = true;
                if (pb != x->block && !in[pb->id]) in[pb->id] = true, vec_push(&work, pb);
            }
        }
    }
    for (int b = 0; b < nb; b++) free(preds[b].data);
    free(preds);
    free(work.data);
    free(live_in);
}

static bool uses(const Instr *i, const Instr *x) {
    for (int a = 0; a < i->nargs; a++)
        if (i->args[a] == x) return true;
    return false;
}

bool spec_loop_live(const SpecLoop *sl, const Instr *x, const Block *b, int k) {
    int v = 0;
    while (sl->defined.data[v] != x) v++;
    if (sl->live_out[(size_t)v * sl->nbound + b->id]) return true;
    for (int j = k; j < b->instrs.len; j++) {
        const Instr *i = b->instrs.data[j];
        if (!i->dead && i->op != IR_PHI && uses(i, x)) return true;
    }
    /* the nodes before k of the tree whose root is at or after k (opt/fuse_float.c:
       nothing but its nodes and pure values stands between its first node and its root) */
    for (int j = k - 1; j >= 0; j--) {
        const Instr *i = b->instrs.data[j];
        if (i->dead) continue;
        if (i->fuse != FUSE_INTERIOR && !ir_op_is_pure(i->op)) break;
        if (i->fuse == FUSE_INTERIOR && uses(i, x)) return true;
    }
    return false;
}

static void spec_loop_free(SpecLoop *sl) {
    free(sl->live_out);
    free(sl->index);
    free(sl->dom);
    free(sl->in);
    free(sl->entry_floats.data);
    free(sl->header_phis.data);
    free(sl->hoisted.data);
    free(sl->entry_leaves.data);
    free(sl->code_checks.data);
    free(sl->math_calls.data);
    free(sl->builtins.data);
    free(sl->items.data);
    free(sl->seq_items.data);
    free(sl->defined.data);
    free(sl);
}

/* The loop headed by h, if the copy can run it and has float work to do. */
static SpecLoop *spec_loop_at(IrFunc *f, Block *h, const bool *taken) {
    bool *in = cycle_through(f, h);
    if (!in) return NULL;
    SpecLoop *sl = xmalloc(sizeof *sl);
    sl->header = h;
    sl->in = in;
    bool ok = dominates(f, h, in);
    int size = 0;
    for (int b = 0; b < f->blocks.len && ok; b++) {
        Block *bl = f->blocks.data[b];
        if (!in[bl->id]) continue;
        ok = !taken[bl->id];
        size += bl->instrs.len;
        for (int k = 0; k < bl->instrs.len && ok; k++) ok = take_instr(f, sl, bl, bl->instrs.data[k]);
    }
    if (ok && size <= MAX_SPEC_INSTRS && sl->defined.len && bounds_only_feed_ranges(f, sl)) {
        copy_dominators(f, sl);
        copy_liveness(f, sl);
        return sl;
    }
    spec_loop_free(sl);
    return NULL;
}

void opt_spec_loop(IrModule *m) {
    for (int fi = 0; fi < m->funcs.len; fi++) {
        IrFunc *f = m->funcs.data[fi];
        if (f->is_generator || f->typed_clone) continue; /* its clone runs the float calls */
        bool *taken = xmalloc((size_t)ir_block_id_bound(f));
        for (int b = 0; b < f->blocks.len; b++) {
            Block *h = f->blocks.data[b];
            if (taken[h->id] || !block_safe(h)) continue;
            SpecLoop *sl = spec_loop_at(f, h, taken);
            if (!sl) continue;
            vec_push(&f->spec_loops, sl);
            for (int k = 0; k < f->blocks.len; k++) {
                Block *bl = f->blocks.data[k];
                if (sl->in[bl->id]) taken[bl->id] = true;
            }
        }
        free(taken);
    }
}
