/* trace_hooks.c — where a traced build reports sys.settrace and sys.setprofile events
 * (runtime/trace.c).  A program is traced when one of its own modules names `settrace`
 * or `setprofile` (sys.settrace, threading.setprofile, `from sys import settrace`, ...)
 * or imports the profilers `cProfile` or `profile` (which call sys.setprofile for it):
 * its own modules are then compiled with the hooks (emit_c.c) and without inlining, so
 * that every call of a function of theirs is a frame with its events; the stdlib's Tauraro modules never are
 * (their C is shared by every program).  A program that names neither compiles to
 * exactly the C it would without this file.
 * Assumes: a source file naming them only in a comment or string is traced too
 * (slower, still correct); a loop header is the block holding the loop's CHECK_SIGNALS,
 * and irgen numbers a loop's body after its header. */
#include "trc.h"

bool trace_program_traced(Program *p) {
    if (!p->trace_checked) {
        p->trace_checked = true;
        for (int i = 0; i < p->modules.len && !p->traced; i++) {
            Module *m = p->modules.data[i];
            if (!m->is_stdlib && !m->is_carried && (source_names(m->file, "settrace") || source_names(m->file, "setprofile")))
                p->traced = true;
            if (m->is_carried && (!strcmp(m->name, "cProfile") || !strcmp(m->name, "profile")))
                p->traced = true;
        }
    }
    return p->traced;
}

/* A namespace package has no code, so no frame (as in CPython). */
bool trace_module_traced(Program *p, Module *m) {
    return !m->is_stdlib && !m->is_carried && !m->is_namespace && trace_program_traced(p);
}

/* Passes a traced module skips: inlining (each call a frame with its events) and the
 * unboxed floats, the loop copies and in-place strings (f_locals shows every variable as an object). */
bool trace_pass_allowed(void (*pass)(IrModule *)) {
    return pass != opt_inline && pass != opt_typed_clone && pass != opt_fuse_float && pass != opt_unbox_float &&
           pass != opt_str_accum && pass != opt_spec_loop && pass != opt_int_loop && pass != opt_seq_loop;
}

/* Whether instruction k of bl starts a line: CPython reports a line as its first
 * instruction runs (the runtime drops repeats of the line just reported).  Dead
 * instructions count (their line still ran: `x = 1` whose constant was propagated);
 * phis, jumps, placeholders, signal checks, closure reads and the exception's arrival
 * in a handler are no code of a line,
 * nor is the prologue before the first statement (parameters, cells: they run before
 * the 'call' event in CPython). */
static bool no_code(Instr *i) {
    switch (i->op) {
    case IR_PHI: case IR_UNDEF: case IR_CHECK_SIGNALS: case IR_CLOSURE: case IR_LANDINGPAD: case IR_EXC_HANDLED_SWAP:
        return true;
    default:
        return !i->line;
    }
}

int trace_line_start(Block *bl, int k) {
    Instr *i = bl->instrs.data[k];
    if (no_code(i) || i->op == IR_JUMP) return 0;
    int body = 0; /* where the code after the prologue starts in this block */
    if (bl == bl->func->blocks.data[0]) {
        body = k + 1;
        for (int j = 0; j <= k; j++)
            if (((Instr *)bl->instrs.data[j])->op == IR_TRACE_LINE) { body = j; break; }
        if (k < body) return 0;
    }
    for (int j = k - 1; j >= body; j--) { /* a body on the def's line reports it too */
        Instr *prev = bl->instrs.data[j];
        if (no_code(prev)) continue;
        return prev->line == i->line ? 0 : i->line;
    }
    return i->line;
}

/* A jump back to its loop's header (a `for` reports its line again on every pass). */
bool trace_back_edge(Block *from, Block *to) {
    if (to->id > from->id) return false;
    for (int k = 0; k < to->instrs.len; k++)
        if (((Instr *)to->instrs.data[k])->op == IR_CHECK_SIGNALS) return true;
    return false;
}
