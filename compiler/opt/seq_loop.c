/* seq_loop.c — `for x in seq` over a list or tuple without an iterator object.
 * `ITER x` whose iterator only feeds one FOR_NEXT gets the type TY_SEQ_LOOP: at run
 * time (tr_seq_loop_init, runtime/tr_compiled.h) an exact list or tuple is walked by
 * index in a C struct, the length read at each step and a float-strategy list's items
 * handed out boxed, exactly as its iterator would (CPython's list iterator is an index
 * too); any other object gets its iterator from ITER as before, so __iter__, __next__
 * and errors are unchanged.  nbody's `for b in bodies` made and freed an iterator per step.
 * A loop whose items are only unpacked into two targets, `for a, b in x`, is a pair
 * loop (`ITER 'pairs' x`): an iterator that makes pairs (an enumerate, a zip of two, a
 * dict's items) is stepped without making the tuples (tr_pair_loop_init/next/unpack).
 * `for i, x in enumerate(seq[, start])` goes further: the ITER takes the call's callee
 * and arguments (`ITER 'enumerate' callee, seq[, start]`) and, while the callee is the
 * builtin enumerate and start a small int, walks seq itself and counts (no enumerate
 * object, no iterator for a list); else it calls the callee as the CALL did.
 * spectral_norm's inner loops made a tuple per step.
 * require: SSA, DCE done (live use counts).  guarantee: a TY_SEQ_LOOP value is used only
 * by its loop's FOR_NEXT and the CLOSE_OWNEDs closing a generator the loop owns (which
 * close the struct's iterator), never by a phi, so it may live in a C struct; an enumerating
 * or pair loop's items only by one 2-target UNPACK; not in generators (their frames hold objects
 * only) nor traced modules (the exhausted iterator is a 'return' event's business, the
 * enumerate call a 'c_call' one). */
#include "../trc.h"

bool seq_loop_pairs(const Instr *iter) { return iter->op == IR_ITER && iter->type == TY_SEQ_LOOP && iter->str; }

bool seq_loop_enumerates(const Instr *iter) { return seq_loop_pairs(iter) && !strcmp(iter->str, "enumerate"); }

/* The FOR_NEXT of each value that is an iterator used by one FOR_NEXT and otherwise
 * only closed (CLOSE_OWNED: the loop's exits close a generator it owns), by id. */
static Instr **loop_steps(IrFunc *f, const IrUses *u) {
    Instr **step = xmalloc(((size_t)f->nvalues + 1) * sizeof(Instr *));
    int *closes = xmalloc(((size_t)f->nvalues + 1) * sizeof(int));
    for (int b = 0; b < f->blocks.len; b++) {
        Block *bl = f->blocks.data[b];
        for (int k = 0; k < bl->instrs.len; k++) {
            Instr *i = bl->instrs.data[k];
            if (i->dead) continue;
            if (i->op == IR_CLOSE_OWNED) closes[i->args[0]->id]++;
            if (i->op == IR_FOR_NEXT) step[i->args[0]->id] = i;
        }
    }
    for (int id = 0; id <= f->nvalues; id++) /* the FOR_NEXT is its one other use */
        if (step[id] && u->count[id] != closes[id] + 1) step[id] = NULL;
    free(closes);
    return step;
}

/* The loop stepped by FOR_NEXT `next` unpacks each item into two targets and uses it for nothing else. */
static bool unpacks_pairs(const IrUses *u, Instr *next) {
    Instr *unpack = u->count[next->id] == 1 ? u->user[next->id] : NULL;
    return unpack && unpack->op == IR_UNPACK && unpack->ival == 2;
}

/* The pair loop of ITER `iter` is over CALL `call`, enumerate(seq[, start]) of the
 * builtin name, called just before (nothing between the call and the ITER to see the
 * enumerate object's absence). */
static bool enumerates(const IrUses *u, Instr *iter, Instr *call) {
    if (call->op != IR_CALL || call->ival || call->nargs < 2 || call->nargs > 3) return false;
    if (call->args[0]->op != IR_BUILTIN || strcmp(call->args[0]->str, "enumerate")) return false;
    if (u->count[call->id] != 1 || call->block != iter->block || call->exc != iter->exc) return false;
    Vec *instrs = &iter->block->instrs;
    int k = u->index[iter->id];
    while (--k >= 0 && ((Instr *)instrs->data[k])->dead) {}
    return k >= 0 && instrs->data[k] == call;
}

/* ITER call -> ITER 'enumerate' callee, seq[, start], with the call's traceback place
 * (an error here is the call's: seq not iterable, start not an int). */
static void fuse_enumerate(Instr *iter, Instr *call) {
    iter->str = "enumerate";
    iter->args = call->args;
    iter->nargs = call->nargs;
    iter->line = call->line;
    iter->span = call->span;
    iter->call_line = call->call_line;
    iter->call_span = call->call_span;
    call->dead = true;
}

void opt_seq_loop(IrModule *m) {
    for (int fi = 0; fi < m->funcs.len; fi++) {
        IrFunc *f = m->funcs.data[fi];
        if (f->is_generator || f->is_async) continue;
        IrUses u = ir_uses(f);
        Instr **step = loop_steps(f, &u);
        for (int b = 0; b < f->blocks.len; b++) {
            Block *bl = f->blocks.data[b];
            for (int k = 0; k < bl->instrs.len; k++) {
                Instr *iter = bl->instrs.data[k];
                if (iter->dead || iter->op != IR_ITER || iter->subop != 0 || iter->type != TY_DYN) continue;
                if (!step[iter->id]) continue;
                iter->type = TY_SEQ_LOOP;
                if (!unpacks_pairs(&u, step[iter->id])) continue;
                iter->str = "pairs";
                if (enumerates(&u, iter, iter->args[0])) fuse_enumerate(iter, iter->args[0]);
            }
        }
        free(step);
        ir_uses_free(&u);
    }
}
