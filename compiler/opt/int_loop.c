/* int_loop.c — innermost range loops get a second copy in which the item is a C
 * integer (IntLoop, trc.h; emit_int_loop.c writes it).  A range loop's item is a small
 * int only while the loop counts in C (builtin range, small int arguments); a shadowed
 * `range` or big-int arguments make it whatever the iterator yields, so the generic
 * body tests its tag at every use and steps through tr_range_loop_next (the iterator
 * test, the step's sign).  The copy is entered at the header when the loop counts
 * upwards in C; there the item lies in [start, stop), so the step is a compare and an
 * add, and `i + 1`, `i % n`, comparisons with small ints and list indexing take the
 * item as an intptr_t.  The copy admits every instruction: both copies share every C
 * variable (the item's tagged value is written too), so the copy leaves into the
 * generic body at any block edge or exception edge, and the generic header enters it
 * again.  Only loops whose item has such a use are copied; a loop containing another
 * range loop is left alone (its inner loop is the one that runs), as is one with a
 * block of a float loop copy (opt/spec_loop.c) or a float-list read or store.
 * require: range_loop and spec_loop done.  guarantee: a block belongs to one copy at
 * most; none in generator functions (nor traced modules, which skip this pass). */
#include "../trc.h"

enum { MAX_COPY_INSTRS = 80 }; /* the copy doubles the loop's C: keep builds quick */

static bool is_range_step(const Instr *i) {
    return !i->dead && i->op == IR_FOR_NEXT && i->args[0]->type == TY_RANGE_LOOP;
}

/* The blocks of the loop whose header h ends in FOR_NEXT item: those the body reaches
 * without passing h that lead back to h, and h. */
static bool *loop_blocks(IrFunc *f, Block *h, Instr *item) {
    bool *body = ir_reachable(f, item->target[0], h), *in = xmalloc((size_t)ir_block_id_bound(f) + 1);
    Vec work = {0};
    in[h->id] = true;
    vec_push(&work, h);
    while (work.len) {
        Block *b = work.data[--work.len];
        for (int p = 0; p < b->preds.len; p++) {
            Block *q = b->preds.data[p];
            if (body[q->id] && !in[q->id]) in[q->id] = true, vec_push(&work, q);
        }
    }
    free(work.data);
    free(body);
    return in;
}

/* x is a small int inside the copy and not outside: the item or what narrows it. */
static bool small_by_item(const IrFunc *f, const Instr *x, const Instr *item) {
    return ir_surely_small_int_in(f, x, item) && !ir_surely_small_int(f, x);
}

/* i runs faster in the copy (emit_int.c): an operator or comparison of small ints, one
 * of them the item's, or a list subscript by it. */
static bool faster_in_copy(const IrFunc *f, const Instr *i, const Instr *item) {
    if (i->dead || i->fuse != FUSE_NONE || i->accum) return false;
    switch (i->op) {
    case IR_BINOP: case IR_INPLACE: case IR_COMPARE: case IR_COMPARE_BOOL:
        return ir_surely_small_int_in(f, i->args[0], item) && ir_surely_small_int_in(f, i->args[1], item) &&
               (small_by_item(f, i->args[0], item) || small_by_item(f, i->args[1], item));
    case IR_GETITEM: return !i->lazy_float && small_by_item(f, i->args[1], item);
    case IR_SETITEM: return small_by_item(f, i->args[1], item);
    default: return false;
    }
}

/* Whether the loop of `in` is worth copying and can be: the item has a use the copy
 * makes faster; no other range loop inside, no block of a float loop copy, no float
 * list access; small
 * enough (cc stops inlining the runtime's fast paths into a function grown too big). */
static bool copyable(IrFunc *f, const bool *in, const Instr *item) {
    int size = 0, faster = 0;
    for (int b = 0; b < f->blocks.len; b++) {
        Block *bl = f->blocks.data[b];
        if (!in[bl->id]) continue;
        for (int l = 0; l < f->spec_loops.len; l++)
            if (((SpecLoop *)f->spec_loops.data[l])->in[bl->id]) return false;
        for (int k = 0; k < bl->instrs.len; k++) {
            Instr *i = bl->instrs.data[k];
            if (i != item && is_range_step(i)) return false;
            /* float-list reads and stores: the copy speeds none of them up, and the
             * doubled function makes cc call tr_float_list_read/write out of line
             * (nbody's advance(): 1,441M -> 1,821M instructions) */
            if (!i->dead && ((i->op == IR_GETITEM && i->lazy_float) || ir_unboxed_list_store(i))) return false;
            size += !i->dead;
            faster += faster_in_copy(f, i, item);
        }
    }
    return faster && size <= MAX_COPY_INSTRS;
}

void opt_int_loop(IrModule *m) {
    for (int fi = 0; fi < m->funcs.len; fi++) {
        IrFunc *f = m->funcs.data[fi];
        if (f->is_generator) continue;
        for (int b = 0; b < f->blocks.len; b++) {
            Block *h = f->blocks.data[b];
            Instr *item = h->instrs.len ? h->instrs.data[h->instrs.len - 1] : NULL;
            if (!item || !is_range_step(item)) continue;
            bool *in = loop_blocks(f, h, item);
            if (!copyable(f, in, item)) {
                free(in);
                continue;
            }
            IntLoop *il = xmalloc(sizeof *il);
            il->header = h;
            il->item = item;
            il->in = in;
            vec_push(&f->int_loops, il);
        }
    }
}
