/* spec_lists.c — the lists a speculative loop copy (opt/spec_loop.c) tests once.
 * In the copy every list access tests its list on its own: a float read or store that
 * the list is a float-strategy list and the index in range, a plain read that it is a
 * list of objects or a tuple (nbody's pair loop: 18 such tests for 30 flops).  Nothing
 * the copy runs can change a list's type, strategy, length or storage (its stores put
 * doubles into float-strategy lists only, it calls no code of the program's, and a
 * pending signal or thread switch leaves it), so a list the copy reads or stores only
 * at constant indices 0..k, or only reads as a plain sequence, needs one test: when the
 * copy is entered for a list from before the loop, or where the copy reads it from
 * another list or takes it as the item of a list it walks (`for b in bodies`).  A failed test keeps the copy out (entry) or leaves it at that read
 * (the generic body reads it again and goes on the generic way); afterwards the
 * accesses are plain loads and stores through the pointers the test found.
 * require: spec_loop done (the copies' blocks).  guarantee: a list in sl->checked is
 * used in the copy only by accesses of its kind (spec_loop_list_access), at constant
 * indices below `need` for a float list. */
#include "../trc.h"

/* How list is used in the copy: its float accesses' largest constant index + 1 in
 * *need, or false when some use does not fit one kind (mixed kinds, a float access at
 * a computed or negative index, a use that is not an access). */
static bool uses_of_one_kind(IrFunc *f, SpecLoop *sl, Instr *list, bool *floats, long long *need) {
    int plain = 0, flt = 0;
    *need = 0;
    for (int b = 0; b < f->blocks.len; b++) {
        Block *bl = f->blocks.data[b];
        if (!sl->in[bl->id]) continue;
        for (int k = 0; k < bl->instrs.len; k++) {
            Instr *i = bl->instrs.data[k];
            if (i->dead) continue;
            for (int a = 0; a < i->nargs; a++) {
                if (i->args[a] != list) continue;
                if ((a == 0 && spec_loop_seq_start(i)) || (a == 1 && spec_loop_len_call(i))) { /* walked, measured */
                    plain++;
                    continue;
                }
                if (a != 0 || !spec_loop_list_access(i)) return false;
                if (i->op == IR_GETITEM && !i->lazy_float) {
                    plain++;
                    continue;
                }
                Instr *key = i->args[1];
                if (key->op != IR_CONST_INT || key->ival < 0) return false;
                if (key->ival + 1 > *need) *need = key->ival + 1;
                flt++;
            }
        }
    }
    *floats = flt > 0;
    return (plain > 0) != (flt > 0);
}

/* list can be tested once: from before the loop (at the copy's entry), or the copy's
 * own plain read of another list's item or item of a list or tuple it walks. */
static bool testable_once(SpecLoop *sl, Instr *list, bool *at_entry) {
    *at_entry = !sl->in[list->block->id];
    return *at_entry || (list->op == IR_GETITEM && !list->lazy_float && spec_loop_list_access(list)) ||
           spec_loop_seq_item(list);
}

static void check_lists(IrFunc *f, SpecLoop *sl) {
    for (int b = 0; b < f->blocks.len; b++) {
        Block *bl = f->blocks.data[b];
        if (!sl->in[bl->id]) continue;
        for (int k = 0; k < bl->instrs.len; k++) {
            Instr *i = bl->instrs.data[k];
            if (i->dead || !spec_loop_list_access(i) || spec_list_of(sl, i->args[0])) continue;
            Instr *list = i->args[0];
            SpecList c = {.list = list};
            if (!uses_of_one_kind(f, sl, list, &c.floats, &c.need) || !testable_once(sl, list, &c.at_entry)) continue;
            SpecList *keep = xmalloc(sizeof *keep);
            *keep = c;
            vec_push(&sl->checked, keep);
        }
    }
}

const SpecList *spec_list_of(const SpecLoop *sl, const Instr *list) {
    for (int k = 0; k < sl->checked.len; k++) {
        const SpecList *c = sl->checked.data[k];
        if (c->list == list) return c;
    }
    return NULL;
}

void opt_spec_lists(IrModule *m) {
    for (int fi = 0; fi < m->funcs.len; fi++) {
        IrFunc *f = m->funcs.data[fi];
        for (int l = 0; l < f->spec_loops.len; l++) check_lists(f, f->spec_loops.data[l]);
    }
}
