/* emit_int_loop.c — the copies of innermost range loops (opt/int_loop.c).
 * A copied loop is written twice: the generic blocks L<id>, then the copy's I<id>.
 * The generic header jumps into the copy (IE<id>, after the header's phi moves) while
 * the loop counts small ints upwards in C (builtin range, small int arguments, step
 * > 0).  There the step is a compare and an add on the TrRangeLoop's cur and the item
 * is also a C intptr_t, ii<id>, which emit_int.c takes as a small int; its tagged value
 * v<id> is written too, for every other use.  All else is the generic instruction on
 * the same C variables, so leaving the copy (an edge to a block outside it, an
 * exception edge) is the generic jump, and the generic header enters it again.
 * Not under libtcc (`trc run`'s first tier compiles for speed of compiling).
 * Assumes: opt/int_loop.c chose the loops; the Emitter is mid-function. */
#include "emit.h"

bool int_copy_contains(Emitter *e, const Block *b) { return e->int_copy && e->int_copy->in[b->id]; }

const Instr *int_copy_item(Emitter *e) { return e->int_copy ? e->int_copy->item : NULL; }

static IntLoop *headed_by(IrFunc *f, const Block *b) {
    for (int l = 0; l < f->int_loops.len; l++) {
        IntLoop *il = f->int_loops.data[l];
        if (il->header == b) return il;
    }
    return NULL;
}

/* At the top of block b (after its phi moves): the copy's entry, in the copy's header
 * its label, in the generic one the test that leads there. */
void int_copy_enter(Emitter *e, const Block *b) {
    if (e->for_libtcc) return;
    IntLoop *il = headed_by(e->fn, b);
    if (!il) return;
    if (e->int_copy) {
        out(e, "IE%d:;\n", b->id);
        return;
    }
    int r = il->item->args[0]->id;
    out(e, "    if (!v%d.it && v%d.step > 0) goto IE%d;\n", r, r, b->id);
}

/* The copy's loop step: the item is cur while cur < stop (both small ints). */
bool int_copy_step(Emitter *e, Instr *i) {
    if (i != int_copy_item(e)) return false;
    int r = i->args[0]->id;
    out(e, "    if (v%d.cur >= v%d.stop) {", r, r);
    emit_goto_block(e, i->target[1]);
    out(e, " }\n    ii%d = v%d.cur; v%d.cur += v%d.step; v%d = TR_FROM_SMALL(ii%d);\n   ", i->id, r, r, r, i->id, i->id);
    emit_goto_block(e, i->target[0]);
    out(e, "\n");
    return true;
}

void int_copy_declare_locals(Emitter *e, IrFunc *f) {
    if (e->for_libtcc) return;
    for (int l = 0; l < f->int_loops.len; l++) out(e, "    intptr_t ii%d = 0;\n", ((IntLoop *)f->int_loops.data[l])->item->id);
}
