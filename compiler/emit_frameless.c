/* emit_frameless.c — which blocks of a function run before its frame slot is pushed.
 * A function's prologue pushes a slot on the frame stack (tr_frame_enter: the recursion
 * limit, the C stack room, the code for tracebacks and sys._getframe).  Code that cannot
 * call, raise or store anything needs no slot, so a return reached from the entry through
 * such code alone (fib's `if n < 2: return n` in its int clone) need not push one: the
 * emitter (emit_c.c's emit_frameless_entry) runs those blocks in an entry of their own,
 * which calls the body, pushing the slot, where they lead on; their returns test
 * tr_frame_room(), the push's own limit test, so RecursionError still comes at CPython's
 * depth (a call at the limit raises it whatever its body does; raising at the return
 * instead of the entry changes nothing the program can see).
 * Assumes: a well-formed IR; not traced (tracing reports every call), not a generator
 * or module body (their slots are made elsewhere), no typed float returns (emit_float.c
 * writes those). */
#include "emit.h"

/* Instruction i's C has no error path, makes no call and stores nothing. */
static bool frame_free(Emitter *e, Instr *i) {
    if (i->lazy_float || i->fuse) return false;
    switch (i->op) {
    case IR_CONST_INT: case IR_CONST_BIGINT: case IR_CONST_FLOAT: case IR_CONST_IMAG: case IR_CONST_STR:
    case IR_CONST_BYTES: case IR_CONST_NONE: case IR_CONST_TRUE: case IR_CONST_FALSE: case IR_CONST_ELLIPSIS:
    case IR_UNDEF: case IR_PARAM: case IR_PHI: case IR_COPY: case IR_IS: case IR_NOT: case IR_BOX_BOOL:
    case IR_JUMP: case IR_BRANCH: case IR_RETURN:
        return true;
    case IR_COMPARE: case IR_COMPARE_BOOL: return emit_is_small_int_comparison(e, i);
    default: return false;
    }
}

static bool block_frame_free(Emitter *e, Block *b) {
    if (b->is_handler) return false;
    for (int k = 0; k < b->instrs.len; k++) {
        Instr *i = b->instrs.data[k];
        if (!i->dead && !frame_free(e, i)) return false;
    }
    return true;
}

static bool preds_all_in(Block *b, const bool *in) {
    for (int p = 0; p < b->preds.len; p++)
        if (!in[((Block *)b->preds.data[p])->id]) return false;
    return true;
}

static bool returns(Block *b) {
    Instr *last = b->instrs.len ? b->instrs.data[b->instrs.len - 1] : 0;
    return last && last->op == IR_RETURN;
}

/* By block id, the blocks of e->fn that run frameless: the entry, if frame-free, and
 * each frame-free block all of whose predecessors are (so a block is entered either
 * always with the slot pushed or always without).  0 when none of them returns: then
 * the slot is pushed at entry as before.  The caller frees the array. */
bool *emit_frameless_blocks(Emitter *e) {
    IrFunc *f = e->fn;
    if (e->traced || f->is_generator || f->is_module_init || f->is_class_body || f->returns_float || f->spec_loops.len ||
        f->int_loops.len)
        return 0;
    bool *in = xmalloc((size_t)ir_block_id_bound(f) * sizeof *in);
    bool any_return = false;
    /* one pass in block order: a block placed before one of its predecessors is left
       out, which only pushes the slot earlier */
    for (int b = 0; b < f->blocks.len; b++) {
        Block *bl = f->blocks.data[b];
        if (!bl->instrs.len || !block_frame_free(e, bl)) continue;
        if (b == 0 ? bl->preds.len == 0 : bl->preds.len > 0 && preds_all_in(bl, in)) {
            in[bl->id] = true;
            any_return |= returns(bl);
        }
    }
    if (any_return) return in;
    free(in);
    return 0;
}
