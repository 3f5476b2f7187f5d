/* emit_c.c — writes one C translation unit per module from its IR.
 * Every SSA value becomes a C local (v<N>); phis are copied through ph<N> temporaries
 * on each incoming edge (so swaps through loop-carried phis stay correct); a failed
 * instruction adds its frame to the traceback and jumps to its exceptional successor.
 * `#line` directives map the C back to the Tauraro source for gdb, perf and sanitizers.
 * Assumes: the IR is well formed (ir_verify) and runtime/tr.h is the runtime API. */
#include "trc.h"
#include "../runtime/direct_builtins.h"
#include <math.h>

typedef struct Emitter {
    FILE *out;
    IrModule *irm;
    Module *mod;
    Program *prog;
    Vec consts;          /* Instr* / strings of the constant pool, by kind */
    Vec const_code;      /* char*: C initialiser expression of each K[i] */
    Vec builtins;        /* char*: names cached in BI[] */
    IrFunc *fn;
    Block *block;
    int last_line;
    int frame_line;      /* the line this block last stored in its frame slot (0: none yet) */
    int attr_caches;     /* AC[]: one inline cache per attribute load or store site */
    int method_caches;   /* MC[]: one per method call site */
    int math_sites;      /* MS[]: one per unboxed math.f(x) call */
    int super_sites;     /* SC[]: one per super().m(...) call (opt/super_call.c) */
    Vec imported;        /* Module*: whose init functions IMPORTs call */
    Vec frame_scopes;    /* Scope*: comprehensions and class bodies compiled inline whose
                            frames tracebacks show; the k-th one's code is code_inline<k> */
    bool traced;         /* with sys.settrace's hooks (trace_hooks.c); tf_ is the frame object */
    SpecLoop *spec;      /* the speculative copy being written (opt/spec_loop.c), or 0 */
    ModuleSplit split;   /* the parts of its C (emit_split.c) */
    bool for_libtcc;     /* C for `trc run`'s libtcc (Program.for_libtcc): tier-1 forms */
} Emitter;

/* ---------------------------------------------------------------- constants */

static void c_string_literal(StrBuf *b, const char *s, size_t len) {
    sb_puts(b, "\"");
    for (size_t i = 0; i < len; i++) {
        unsigned char c = s[i];
        if (c == '"' || c == '\\') sb_printf(b, "\\%c", c);
        else if (c == '?') sb_puts(b, "\\?"); /* no trigraphs */
        else if (c >= 32 && c < 127) sb_add(b, (char *)&c, 1);
        else sb_printf(b, "\\%03o", c);
    }
    sb_puts(b, "\"");
}

static char *c_str(const char *s, size_t len) {
    StrBuf b = {0};
    c_string_literal(&b, s, len);
    sb_add(&b, "", 1);
    return b.data;
}

/* Index of a constant in K[], created at module init by `code`. */
static int intern_const(Emitter *e, char *code) {
    for (int i = 0; i < e->const_code.len; i++)
        if (!strcmp(e->const_code.data[i], code)) { free(code); return i; }
    vec_push(&e->const_code, code);
    return e->const_code.len - 1;
}

static int const_str(Emitter *e, const char *s, size_t len) {
    char *lit = c_str(s, len);
    int k = intern_const(e, format("tr_str_new(%s, %zu)", lit, len));
    free(lit);
    return k;
}

static int const_name(Emitter *e, const char *s) {
    char *lit = c_str(s, strlen(s));
    int k = intern_const(e, format("tr_str_intern(%s)", lit));
    free(lit);
    return k;
}

static int const_kwnames(Emitter *e, char **names, int n) {
    StrBuf b = {0};
    sb_printf(&b, "tr_tuple_pack(%d", n);
    for (int i = 0; i < n; i++) {
        char *lit = c_str(names[i], strlen(names[i]));
        sb_printf(&b, ", tr_str_intern(%s)", lit);
        free(lit);
    }
    sb_puts(&b, ")");
    sb_add(&b, "", 1);
    return intern_const(e, b.data);
}

static int builtin_index(Emitter *e, const char *name) {
    for (int i = 0; i < e->builtins.len; i++)
        if (!strcmp(e->builtins.data[i], name)) return i;
    vec_push(&e->builtins, (void *)name);
    return e->builtins.len - 1;
}

/* ---------------------------------------------------------------- values */

static void out(Emitter *e, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    vfprintf(e->out, fmt, ap);
    va_end(ap);
}

static const char *val(Instr *i) {
    static char bufs[8][32];
    static int k;
    char *b = bufs[k++ & 7];
    if (!i) return "0";
    if (i->op == IR_UNDEF) return "0";
    snprintf(b, 32, "v%d", i->id);
    return b;
}

static const char *c_type(IrType t) {
    switch (t) {
    case TY_CBOOL: return "int";
    case TY_RANGE_LOOP: return "TrRangeLoop";
    default: return "TrValue";
    }
}

static char *code_name(IrFunc *f) { return format("code_%s", (f->typed_of ? f->typed_of : f)->name); }
static char *impl_name(IrFunc *f) { return format("f_%s", f->name); }
/* A function with CALL_DIRECT callers: its body takes the parameters as C ones */
static char *direct_name(IrFunc *f) { return format("f_%s_d", f->name); }

/* "(TrFunc *fn, TrValue a0, ...)": the direct entry's parameter list.  A typed clone
 * (opt/typed_clone.c) takes a float parameter's value as the double xN too; aN is its
 * box, or 0 when the caller had none (the box is kept for identity: `x is y`). */
static void direct_params(Emitter *e, IrFunc *f) {
    out(e, "(TrFunc *fn");
    for (int k = 0; k < f->nparams; k++) {
        out(e, ", TrValue a%d", k);
        if (f->typed_of && ir_is_float_param(f, k)) out(e, ", double x%d", k);
    }
    out(e, f->returns_float ? ", double *r_)" : ")");
}

char *module_init_symbol(Module *m) { return format("trmod_%s_init", m->c_name); }

/* ---------------------------------------------------------------- control flow */

static int pred_index(Block *target, Block *from) {
    for (int i = 0; i < target->preds.len; i++)
        if (target->preds.data[i] == from) return i;
    return -1;
}

/* Copies into the phi temporaries of `to` for the edge from the current block.  An
 * unboxed value still used beyond the edge is boxed first, so it and the phi share
 * one box (`same(w) is w` after inlining). */
static void phi_copies(Emitter *e, Block *to) {
    int k = pred_index(to, e->block);
    if (k < 0) return;
    for (int i = 0; i < to->instrs.len; i++) {
        Instr *phi = to->instrs.data[i];
        if (phi->op != IR_PHI) break;
        if (phi->dead) continue;
        Instr *x = phi->args[k];
        if (phi->accum && x->accum != phi->accum) out(e, " own%d = 0;", phi->accum); /* a string from elsewhere */
        if (phi->lazy_float && x->op == IR_CONST_FLOAT)
            out(e, " ph%d = 0; phd%d = %a;", phi->id, phi->id, x->fval);
        else if (phi->lazy_float && x->lazy_float) {
            if (ir_used_beyond_edge(e->fn, x, phi, to)) out(e, " if (!v%d) v%d = tr_float_new(d%d);", x->id, x->id, x->id);
            out(e, " ph%d = v%d; phd%d = d%d;", phi->id, x->id, phi->id, x->id);
        }
        else if (x->lazy_float)
            out(e, " if (!v%d) v%d = tr_float_new(d%d); ph%d = v%d;", x->id, x->id, x->id, phi->id, x->id);
        else
            out(e, " ph%d = %s;", phi->id, val(x));
    }
}

/* ---------------------------------------------------------------- speculative copies
 * A loop of opt/spec_loop.c is written twice: the generic blocks L<id>, then the copy's
 * S<id>.  In the copy an unboxed float it defines is a double of its own, s<id> (phi
 * temporaries sph<id>), and a range loop counts in rc<id> (the item ri<id>): locals
 * that live in the copy alone, so cc keeps them in registers.  Leaving the copy stores
 * them where the generic body keeps them (d<id> with the box v<id> 0: unboxed; the
 * loop's cur; the item's small int) and jumps into the generic body: to a block by an
 * exit edge, or by a side exit to X<id>, the instruction whose guard failed. */

static bool in_copy(Emitter *e, Block *b) { return e->spec && e->spec->in[b->id]; }

/* The copy's double of unboxed float x: its own, or the generic one of a float from
 * before the loop. */
static const char *copy_double(Emitter *e, Instr *x, char *buf, size_t cap) {
    snprintf(buf, cap, "%c%d", in_copy(e, x->block) ? 's' : 'd', x->id);
    return buf;
}

/* Leaving before instruction k of the current block: what the copy has computed in
 * this iteration goes where the generic body keeps it (the rest it cannot use). */
static void leave_copy(Emitter *e, int k) {
    SpecLoop *sl = e->spec;
    for (int j = 0; j < sl->defined.len; j++) {
        Instr *x = sl->defined.data[j];
        if (spec_loop_computed(sl, x, e->block, k)) out(e, " d%d = s%d; v%d = 0;", x->id, x->id, x->id);
    }
    for (int j = 0; j < sl->items.len; j++) {
        Instr *item = sl->items.data[j];
        out(e, " v%d.cur = rc%d;", item->args[0]->id, item->args[0]->id);
        if (spec_loop_computed(sl, item, e->block, k)) out(e, " v%d = TR_FROM_SMALL(ri%d);", item->id, item->id);
    }
}

static void side_exit(Emitter *e, Instr *i) {
    int k = 0;
    while (e->block->instrs.data[k] != i) k++;
    out(e, "   ");
    leave_copy(e, k);
    out(e, " goto X%d;\n", i->id);
}

/* An edge inside the copy: its phis take doubles (opt/spec_loop.c admits no other). */
static void copy_phi_copies(Emitter *e, Block *to) {
    int k = pred_index(to, e->block);
    for (int i = 0; i < to->instrs.len; i++) {
        Instr *phi = to->instrs.data[i];
        if (phi->op != IR_PHI) break;
        if (phi->dead) continue;
        Instr *x = phi->args[k];
        char buf[24];
        if (x->op == IR_CONST_FLOAT) out(e, " sph%d = %a;", phi->id, x->fval);
        else out(e, " sph%d = %s;", phi->id, copy_double(e, x, buf, sizeof buf));
    }
}

static void goto_block(Emitter *e, Block *to) {
    if (in_copy(e, to)) {
        copy_phi_copies(e, to);
        out(e, " goto S%d;", to->id);
        return;
    }
    if (e->spec) leave_copy(e, e->block->instrs.len);
    phi_copies(e, to);
    if (e->traced && trace_back_edge(e->block, to)) out(e, " if (tf_) tr_trace_back_edge(tf_);");
    out(e, " goto L%d;", to->id);
}

/* A traceback entry for the frame of code `cn` at `line`, marking its span if known. */
static void tb_add(Emitter *e, const char *cn, int line, uint64_t span) {
    if (span) out(e, " tr_tb_add_at(&%s, %d, %#llxu);", cn, line, (unsigned long long)span);
    else out(e, " tr_tb_add(&%s, %d);", cn, line);
}

/* The traceback entries of the comprehensions and class bodies around instruction i,
 * innermost first, as CPython's frames of their own; *line and *span become the outermost
 * one's statement or expression in the enclosing function. */
static void tb_add_inline_frames(Emitter *e, Instr *i, int *line, uint64_t *span) {
    for (Scope *s = i->frame_scope; s && s != s->unit; s = s->parent) {
        int k = 0;
        while (k < e->frame_scopes.len && e->frame_scopes.data[k] != s) k++;
        if (k == e->frame_scopes.len) vec_push(&e->frame_scopes, s);
        char *cn = format("code_inline%d", k);
        tb_add(e, cn, *line, *span);
        free(cn);
        *line = s->node->line;
        *span = span_of(s->module->file, s->node);
    }
}

/* The error path of instruction i: traceback entry, then its handler or the exit. */
static void on_error(Emitter *e, Instr *i, bool add_frame) {
    out(e, " {");
    if (add_frame) {
        int line = i->line;
        uint64_t span = i->span;
        tb_add_inline_frames(e, i, &line, &span);
        if (i->inlined_from) { /* the inlined function's entry, then the call's */
            char *callee = code_name(i->inlined_from);
            tb_add(e, callee, i->line, i->span);
            free(callee);
            line = i->call_line;
            span = i->call_span;
        }
        char *cn = code_name(e->fn);
        tb_add(e, cn, line, span);
        free(cn);
        if (e->traced) out(e, " if (tf_) tr_trace_exception(tf_);");
    }
    if (i->exc) goto_block(e, i->exc);
    else out(e, " goto L_error;");
    out(e, " }");
}

static void check_null(Emitter *e, Instr *i) {
    out(e, "    if (TR_UNLIKELY(!v%d))", i->id);
    on_error(e, i, true);
    out(e, "\n");
}

static void check_neg(Emitter *e, Instr *i, const char *expr) {
    out(e, "    if (TR_UNLIKELY((%s) < 0))", expr);
    on_error(e, i, true);
    out(e, "\n");
}

/* ---------------------------------------------------------------- sys.settrace hooks */

/* Instruction k of bl starts a line (trace_hooks.c): its 'line' event. */
static void trace_line(Emitter *e, Block *bl, int k) {
    int line = trace_line_start(bl, k);
    if (!line) return;
    Instr *i = bl->instrs.data[k];
    if (i->op == IR_TRACE_LINE && i->nargs) { /* with the locals for f_locals */
        out(e, "    if (tf_) { TrValue lv_[%d] = {", i->nargs);
        for (int a = 0; a < i->nargs; a++) out(e, "%s%s", a ? ", " : "", val(i->args[a]));
        out(e, "};\n      if (TR_UNLIKELY(tr_trace_line_locals(tf_, %d, K[%d], lv_, \"%s\") < 0))", line,
            const_kwnames(e, i->names, i->nargs), i->str);
        on_error(e, i, false);
        out(e, " }\n");
        return;
    }
    out(e, "    if (tf_ && TR_UNLIKELY(tr_trace_line(tf_, %d) < 0))", line);
    if (i->dead) out(e, " goto L_error;\n");
    else {
        on_error(e, i, false);
        out(e, "\n");
    }
}

/* The 'return' event of a return or yield of value v (by instruction i); an implicit
 * return has no line (irgen's implicit_return): its error is at the line that ran last. */
static void trace_return(Emitter *e, Instr *i, const char *v) {
    if (!e->traced) return;
    out(e, "    if (tf_ && TR_UNLIKELY(tr_trace_return(tf_, %s) < 0))", v);
    if (i->line) on_error(e, i, true);
    else {
        char *cn = code_name(e->fn);
        out(e, " { tr_tb_add(&%s, fr_->line); goto L_error; }", cn);
        free(cn);
    }
    out(e, "\n");
}

/* The 'call' event once the frame is entered at line, with its parameters for f_locals
 * (a generator's: as it resumes, at its yield's line after the first time, which
 * tr_trace_call knows as -1). */
static void trace_call(Emitter *e, const char *cn, int line) {
    if (!e->traced) return;
    IrFunc *f = e->fn;
    out(e, "    if (TR_UNLIKELY(tr_trace_call(&tf_, fr_, &%s, %s%d, ", cn, f->is_generator ? "gen->state ? -1 : " : "", line);
    if (f->is_module_init || !f->nparams) out(e, "0");
    else if (f->is_generator) out(e, "gen->state ? 0 : args");
    else if (!f->direct_entry) out(e, "args");
    else {
        out(e, "(TrValue[]){");
        for (int k = 0; k < f->nparams; k++) out(e, "%sa%d", k ? ", " : "", k);
        out(e, "}");
    }
    out(e, ") < 0)) { tr_tb_add(&%s, fr_->line); goto L_error; }\n", cn);
}

/* L_error: leaving by an exception is a 'return' event of None. */
static void trace_error_exit(Emitter *e) {
    if (e->traced) out(e, "    if (tf_) tr_trace_return(tf_, 0);\n");
}

/* ---------------------------------------------------------------- instructions */

static const char *args_array(Emitter *e, Instr *i, int from, int count) {
    out(e, "    { TrValue a_[%d] = {", count > 0 ? count : 1);
    for (int k = 0; k < count; k++) out(e, "%s%s", k ? ", " : "", val(i->args[from + k]));
    if (count == 0) out(e, "0");
    out(e, "};\n");
    return "a_";
}

/* CALL_DIRECT (opt/direct_call.c): f's direct entry while the callee is a function
 * of f's code, else the ordinary call. */
static void emit_direct_call_of(Emitter *e, Instr *i) {
    char *cn = code_name(i->func_ref), *dn = direct_name(i->func_ref);
    char callee[48]; /* val()'s buffers are reused by the arguments' */
    snprintf(callee, sizeof callee, "%s", val(i->args[0]));
    out(e, "    if (TR_LIKELY(tr_is_function_of(%s, &%s))) v%d = %s((TrFunc *)%s", callee, cn, i->id, dn, callee);
    for (int k = 1; k < i->nargs; k++) out(e, ", %s", val(i->args[k]));
    out(e, ");\n    else\n");
    args_array(e, i, 1, i->nargs - 1);
    if (e->traced) out(e, "      v%d = tr_call_profiled(%s, a_, %d, 0); }\n", i->id, callee, i->nargs - 1);
    else out(e, "      v%d = tr_call_positional(%s, a_, %d); }\n", i->id, callee, i->nargs - 1);
    free(cn);
    free(dn);
}

static void emit_direct_call(Emitter *e, Instr *i) {
    emit_direct_call_of(e, i);
    check_null(e, i);
}

/* A call of a builtin in runtime/direct_builtins.h with its number of positional
 * arguments: the builtin's C body while the name holds the original function, else
 * the call.  Not in traced code, where calls through the object are what is traced. */
static bool emit_direct_builtin(Emitter *e, Instr *i) {
    static const struct { const char *name; int nargs; } direct[] = {
#define DIRECT_BUILTIN(name, n) {#name, n},
        TR_DIRECT_BUILTINS(DIRECT_BUILTIN)
#undef DIRECT_BUILTIN
    };
    Instr *callee = i->args[0];
    if (e->traced || i->op != IR_CALL || i->ival || callee->op != IR_BUILTIN) return false;
    for (size_t d = 0; d < sizeof direct / sizeof direct[0]; d++) {
        if (strcmp(direct[d].name, callee->str) || direct[d].nargs != i->nargs - 1) continue;
        char fn[48]; /* val()'s buffers are reused by the arguments' */
        snprintf(fn, sizeof fn, "%s", val(callee));
        out(e, "    if (TR_LIKELY(%s == tr_direct_builtins[TR_DIRECT_%s])) v%d = tr_builtin_%s(", fn, callee->str, i->id,
            callee->str);
        for (int k = 1; k < i->nargs; k++) out(e, "%s%s", k > 1 ? ", " : "", val(i->args[k]));
        out(e, ");\n    else\n");
        args_array(e, i, 1, i->nargs - 1);
        out(e, "      v%d = tr_call_positional(%s, a_, %d); }\n", i->id, fn, i->nargs - 1);
        return true;
    }
    return false;
}

static void emit_call(Emitter *e, Instr *i) {
    if (emit_direct_builtin(e, i)) {
        check_null(e, i);
        return;
    }
    int nkw = (int)i->ival;
    int total = i->nargs;
    char kw[32] = "0";
    if (nkw) snprintf(kw, sizeof kw, "K[%d]", const_kwnames(e, i->names, nkw));
    if (i->op == IR_CALL) {
        args_array(e, i, 1, total - 1);
        if (e->traced) out(e, "      v%d = tr_call_profiled(%s, a_, %d, %s); }\n", i->id, val(i->args[0]), total - 1 - nkw, kw);
        else if (nkw) out(e, "      v%d = tr_call(%s, a_, %d, %s); }\n", i->id, val(i->args[0]), total - 1 - nkw, kw);
        else out(e, "      v%d = tr_call_positional(%s, a_, %d); }\n", i->id, val(i->args[0]), total - 1);
    } else if (i->op == IR_CALL_SUPER_METHOD) { /* class, instance, then a_[1..] */
        out(e, "    { TrValue a_[%d] = {0", total - 1);
        for (int k = 2; k < total; k++) out(e, ", %s", val(i->args[k]));
        out(e, "};\n");
        out(e, "      v%d = tr_call_super_method%s(%s, %s, K[%d], a_, %d, %s, &SC[%d]); }\n", i->id,
            e->traced ? "_profiled" : "", val(i->args[0]), val(i->args[1]), const_name(e, i->str), total - 1 - nkw, kw,
            e->super_sites++);
    } else if (e->traced) {
        args_array(e, i, 0, total);
        out(e, "      v%d = tr_call_method_profiled(K[%d], a_, %d, %s); }\n", i->id, const_name(e, i->str), total - nkw, kw);
    } else {
        args_array(e, i, 0, total);
        out(e, "      v%d = tr_call_method_cached(K[%d], a_, %d, %s, &MC[%d]); }\n", i->id, const_name(e, i->str),
            total - nkw, kw, e->method_caches++);
    }
    check_null(e, i);
}

static void box_operands(Emitter *e, Instr *i);

/* An unboxed `math.f(x)` or `f(x)` of `from math import f` (opt/unbox_float.c): f's C
 * function on the double when the callee is one of math's one-argument functions and
 * the result is not an error, else the call. */
static void emit_math_call(Emitter *e, Instr *i) {
    Instr *x = i->args[1];
    char arg[96];
    if (x->lazy_float) snprintf(arg, sizeof arg, "(v%d ? tr_float_or_small(v%d, &x_) : (x_ = d%d, 1))", x->id, x->id, x->id);
    else snprintf(arg, sizeof arg, "tr_float_or_small(%s, &x_)", val(x));
    int ms = e->math_sites++, mc = i->op == IR_CALL ? 0 : e->method_caches++;
    if (i->op == IR_CALL) out(e, "    { double x_, r_; TrValue c_ = %s;\n", val(i->args[0]));
    else out(e, "    { double x_, r_; TrValue c_ = tr_module_attr_cached(%s, K[%d], &MC[%d]);\n", val(i->args[0]),
             const_name(e, i->str), mc);
    out(e, "      if (tr_math_unary_site(&MS[%d], c_) && %s && tr_math_result_ok(x_, r_ = MS[%d].fn(x_))) {\n", ms, arg, ms);
    out(e, "        d%d = r_; v%d = 0;\n      } else {\n", i->id, i->id);
    box_operands(e, i);
    if (i->op == IR_CALL) {
        args_array(e, i, 1, 1);
        out(e, "      v%d = tr_call_positional(c_, a_, 1); }\n", i->id);
    } else {
        args_array(e, i, 0, i->nargs);
        out(e, "      v%d = tr_call_method_cached(K[%d], a_, %d, 0, &MC[%d]); }\n", i->id, const_name(e, i->str), i->nargs, mc);
    }
    check_null(e, i);
    out(e, "    } }\n");
}

static void emit_line(Emitter *e, Instr *i) {
    if (i->line && i->line != e->last_line) {
        char *lit = c_str(e->mod->file->name, strlen(e->mod->file->name));
        out(e, "#line %d %s\n", i->line, lit);
        free(lit);
        e->last_line = i->line;
    }
}

/* Instructions that run code with frames of its own (calls, protocols, imports): the
 * frame stack shows them their caller at this line.  Operators, attribute and item
 * access are left out: a line store per statement would cost every function. */
static bool calls_frames(Instr *i) {
    switch (i->op) {
    case IR_CALL: case IR_CALL_DIRECT: case IR_CALL_METHOD: case IR_CALL_SUPER_METHOD: case IR_CALL_EX:
    case IR_WITH_ENTER: case IR_WITH_EXIT: case IR_WITH_EXIT_EXC: case IR_WITH_EXIT_CALL: case IR_ITER:
    case IR_YIELD_FROM: case IR_AWAITABLE: case IR_AITER: case IR_ANEXT: case IR_IMPORT: case IR_IMPORT_FROM:
    case IR_IMPORT_STAR: case IR_PREPARE_CLASS: case IR_MAKE_CLASS: case IR_RAISE: case IR_FORMAT:
    case IR_TO_STR: case IR_TO_REPR: case IR_TO_ASCII:
        return true;
    case IR_FOR_NEXT: return i->args[0]->type != TY_RANGE_LOOP;
    default: return false;
    }
}

/* x[k] with k a small constant, under libtcc: tr.h's tr_getitem_fast_at and
 * tr_setitem_fast_at find a list's item at that offset without reading k (nbody's
 * b[0] .. b[6]).  The bound keeps the offset an immediate the assembly takes. */
static bool libtcc_const_index(Emitter *e, Instr *i) {
    Instr *k = i->args[1];
    return e->for_libtcc && k->op == IR_CONST_INT && k->ival >= 0 && k->ival < (1 << 20);
}

static bool emits_nothing(Instr *i) { return i->dead || i->op == IR_PHI || i->fuse == FUSE_INTERIOR; }
static int frame_line_of(Instr *i) { return i->inlined_from ? i->call_line : i->line; }

/* The frame's current line, stored once per line and block where the line starts when
 * something on it may call (so its arguments read f_lineno as that line). */
static void store_frame_line(Emitter *e, Block *bl, int k) {
    int line = frame_line_of(bl->instrs.data[k]);
    if (!line || line == e->frame_line) return;
    for (int j = k; j < bl->instrs.len; j++) {
        Instr *i = bl->instrs.data[j];
        if (emits_nothing(i)) continue;
        if (frame_line_of(i) != line) return;
        if (calls_frames(i)) {
            out(e, "    fr_->line = %d;\n", line);
            e->frame_line = line;
            return;
        }
    }
}

/* One instruction, through the generic runtime paths. */
static void guard_leaf(Emitter *e, Instr *x);

static void emit_op(Emitter *e, Instr *i) {
    emit_line(e, i);
    const char *a0 = i->nargs > 0 ? val(i->args[0]) : "0";
    const char *a1 = i->nargs > 1 ? val(i->args[1]) : "0";
    const char *a2 = i->nargs > 2 ? val(i->args[2]) : "0";
    int id = i->id;
    switch (i->op) {
    case IR_CONST_INT: out(e, "    v%d = TR_FROM_SMALL(%lld);\n", id, (long long)i->ival); break;
    case IR_CONST_BIGINT: {
        char *lit = c_str(i->str, strlen(i->str));
        out(e, "    v%d = K[%d];\n", id, intern_const(e, format("tr_int_literal(%s)", lit)));
        free(lit);
        break;
    }
    case IR_CONST_FLOAT:
        out(e, "    v%d = K[%d];\n", id, intern_const(e, format("tr_float_new(%a)", i->fval)));
        break;
    case IR_CONST_IMAG:
        out(e, "    v%d = K[%d];\n", id, intern_const(e, format("tr_complex_new(0.0, %a)", i->fval)));
        break;
    case IR_CONST_STR: out(e, "    v%d = K[%d];\n", id, const_str(e, i->str, i->len)); break;
    case IR_CONST_BYTES: {
        char *lit = c_str(i->str, i->len);
        out(e, "    v%d = K[%d];\n", id, intern_const(e, format("tr_bytes_new(%s, %zu)", lit, i->len)));
        free(lit);
        break;
    }
    case IR_CONST_NONE: out(e, "    v%d = tr_None;\n", id); break;
    case IR_CONST_TRUE: out(e, "    v%d = tr_True;\n", id); break;
    case IR_CONST_FALSE: out(e, "    v%d = tr_False;\n", id); break;
    case IR_CONST_ELLIPSIS: out(e, "    v%d = tr_Ellipsis;\n", id); break;
    case IR_UNDEF: break;
    case IR_PARAM:
        if (i->lazy_float) out(e, "    v%d = a%lld; d%d = x%lld;\n", id, (long long)i->ival, id, (long long)i->ival); /* a typed clone's */
        else if (e->fn->direct_entry || e->fn->typed_of) out(e, "    v%d = a%lld;\n", id, (long long)i->ival);
        else out(e, "    v%d = args[%lld];\n", id, (long long)i->ival);
        break;
    case IR_COPY: out(e, "    v%d = %s;\n", id, a0); break;
    case IR_GLOBAL_LOAD:
        if (i->names) { /* in a comprehension or class body: its own names for suggestions */
            out(e, "    v%d = G[%lld]; if (TR_UNLIKELY(!v%d)) { static const char *const vn_[] = {", id,
                (long long)i->ival, id);
            for (char **n = i->names; *n; n++) out(e, "\"%s\", ", *n);
            out(e, "0}; v%d = tr_global_missing_in(K[%d], vn_); }\n", id, const_name(e, i->str));
        } else {
            out(e, "    v%d = G[%lld]; if (TR_UNLIKELY(!v%d)) v%d = tr_global_missing(K[%d]);\n", id,
                (long long)i->ival, id, id, const_name(e, i->str));
        }
        check_null(e, i);
        break;
    case IR_GLOBAL_STORE: out(e, "    G[%lld] = %s;\n", (long long)i->ival, a0); break;
    case IR_GLOBAL_DEL: {
        char expr[96];
        snprintf(expr, sizeof expr, "tr_global_del(&G[%lld], K[%d])", (long long)i->ival, const_name(e, i->str));
        check_neg(e, i, expr);
        break;
    }
    case IR_BUILTIN: /* 0 while builtins lacks the name (runtime/builtins.c keeps BI current) */
        out(e, "    v%d = BI[%d];\n    if (TR_UNLIKELY(!v%d)) {\n", id, builtin_index(e, i->str), id);
        out(e, "    v%d = tr_builtin_lookup(\"%s\");\n", id, i->str);
        check_null(e, i);
        out(e, "    }\n");
        break;
    case IR_CHECK_BOUND:
        out(e, "    v%d = %s; if (TR_UNLIKELY(!v%d)) v%d = tr_unbound_local(K[%d]);\n", id, a0, id, id,
            const_name(e, i->str));
        check_null(e, i);
        break;
    case IR_CELL_NEW: out(e, "    v%d = tr_cell_new(%s);\n", id, a0); break;
    case IR_CELL_GET:
        out(e, "    v%d = TR_CELL(%s)->value; if (TR_UNLIKELY(!v%d)) v%d = tr_unbound_cell(K[%d], %d);\n",
            id, a0, id, id, const_name(e, i->str), i->subop);
        check_null(e, i);
        break;
    case IR_CELL_SET: out(e, "    TR_CELL(%s)->value = %s;\n", a0, a1); break;
    case IR_CELL_DEL: {
        char expr[128];
        snprintf(expr, sizeof expr, "tr_cell_del(%s, K[%d])", a0, const_name(e, i->str));
        check_neg(e, i, expr);
        break;
    }
    case IR_CLOSURE: out(e, "    v%d = fn->closure[%lld];\n", id, (long long)i->ival); break;
    case IR_NS_LOAD:
        out(e, "    v%d = tr_ns_load(%s, K[%d], &G[%lld]);\n", id, a0, const_name(e, i->str), (long long)i->ival);
        check_null(e, i);
        break;
    case IR_NS_STORE: {
        char expr[128];
        snprintf(expr, sizeof expr, "tr_ns_store(%s, K[%d], %s)", a0, const_name(e, i->str), a1);
        check_neg(e, i, expr);
        break;
    }
    case IR_NS_DEL: {
        char expr[128];
        snprintf(expr, sizeof expr, "tr_ns_del(%s, K[%d])", a0, const_name(e, i->str));
        check_neg(e, i, expr);
        break;
    }
    case IR_BINOP: case IR_INPLACE:
        if (i->accum) { /* building a string (opt/str_accum.c) */
            if (i->args[0]->accum != i->accum) out(e, "    own%d = 0;\n", i->accum);
            out(e, "    v%d = tr_add_accum(%s, %s, %d, &own%d);\n", id, a0, a1, i->op == IR_INPLACE, i->accum);
            check_null(e, i);
            break;
        }
        /* inline small-int and float paths (tr.h) */
        out(e, "    v%d = tr_op_fast(%d, %s, %s, %d);\n", id, i->subop, a0, a1, i->op == IR_INPLACE);
        check_null(e, i);
        break;
    case IR_UNARY: {
        static const char *const f[] = {"tr_neg_fast", "tr_pos", "tr_invert"};
        out(e, "    v%d = %s(%s);\n", id, f[i->subop], a0);
        check_null(e, i);
        break;
    }
    case IR_NOT: out(e, "    v%d = !%s;\n", id, a0); break;
    case IR_TRUTH:
        out(e, "    v%d = tr_truthy_fast(%s);\n", id, a0);
        out(e, "    if (TR_UNLIKELY(v%d < 0))", id);
        on_error(e, i, true);
        out(e, "\n");
        break;
    case IR_COMPARE: out(e, "    v%d = tr_compare_fast(%s, %s, %d);\n", id, a0, a1, i->subop); check_null(e, i); break;
    case IR_COMPARE_BOOL:
        if ((i->subop == CMP_EQ || i->subop == CMP_NE) && (i->args[0]->op == IR_CONST_STR || i->args[1]->op == IR_CONST_STR))
            out(e, "    v%d = tr_compare_str_const(%s, %s, %d);\n", id, a0, a1, i->subop); /* `cmd == "add"` */
        else
            out(e, "    v%d = tr_compare_bool_fast(%s, %s, %d);\n", id, a0, a1, i->subop);
        out(e, "    if (TR_UNLIKELY(v%d < 0))", id);
        on_error(e, i, true);
        out(e, "\n");
        break;
    case IR_IS: out(e, "    v%d = (%s %s %s);\n", id, a0, i->subop ? "!=" : "==", a1); break;
    case IR_IN:
        out(e, "    v%d = tr_contains(%s, %s);\n", id, a0, a1);
        out(e, "    if (TR_UNLIKELY(v%d < 0))", id);
        on_error(e, i, true);
        out(e, "\n");
        if (i->subop) out(e, "    v%d = !v%d;\n", id, id);
        break;
    case IR_BOX_BOOL: out(e, "    v%d = tr_bool(%s);\n", id, a0); break;
    case IR_GETATTR:
        out(e, "    v%d = tr_getattr_cached(%s, K[%d], &AC[%d]);\n", id, a0, const_name(e, i->str), e->attr_caches++);
        check_null(e, i);
        break;
    case IR_SETATTR: case IR_DELATTR: {
        char expr[160];
        if (i->op == IR_SETATTR)
            snprintf(expr, sizeof expr, "tr_setattr_cached(%s, K[%d], %s, &AC[%d])", a0, const_name(e, i->str), a1,
                     e->attr_caches++);
        else snprintf(expr, sizeof expr, "tr_delattr(%s, K[%d])", a0, const_name(e, i->str));
        check_neg(e, i, expr);
        break;
    }
    case IR_GETITEM:
        if (libtcc_const_index(e, i)) out(e, "    v%d = tr_getitem_fast_at(%s, %s, %lld);\n", id, a0, a1, (long long)i->args[1]->ival);
        else out(e, "    v%d = tr_getitem_fast(%s, %s);\n", id, a0, a1);
        check_null(e, i);
        break;
    case IR_SETITEM: case IR_DELITEM: {
        char expr[160];
        if (i->op == IR_SETITEM && libtcc_const_index(e, i))
            snprintf(expr, sizeof expr, "tr_setitem_fast_at(%s, %s, %lld, %s)", a0, a1, (long long)i->args[1]->ival, a2);
        else if (i->op == IR_SETITEM) snprintf(expr, sizeof expr, "tr_setitem_fast(%s, %s, %s)", a0, a1, a2);
        else snprintf(expr, sizeof expr, "tr_delitem(%s, %s)", a0, a1);
        check_neg(e, i, expr);
        break;
    }
    case IR_GETSLICE: /* a missing bound is 0, which the runtime reads as None */
        out(e, "    v%d = tr_getslice(%s, %s, %s, %s);\n", id, a0, a1, a2, val(i->args[3]));
        check_null(e, i);
        break;
    case IR_GETSLICE_TEMP: /* the temporary only the SETSLICE reads (opt/slice_access.c) */
        out(e, "    v%d = tr_getslice_temp(&tl%d, %s, %s, %s, %s);\n", id, id, a0, a1, a2, val(i->args[3]));
        check_null(e, i);
        break;
    case IR_SETSLICE: {
        char expr[200];
        if (i->args[4]->op == IR_GETSLICE_TEMP)
            snprintf(expr, sizeof expr, "tr_setslice_temp(%s, %s, %s, %s, %s, &tl%d)", a0, a1, a2, val(i->args[3]),
                     val(i->args[4]), i->args[4]->id);
        else
            snprintf(expr, sizeof expr, "tr_setslice(%s, %s, %s, %s, %s)", a0, a1, a2, val(i->args[3]), val(i->args[4]));
        check_neg(e, i, expr);
        break;
    }
    case IR_CALL: case IR_CALL_METHOD: case IR_CALL_SUPER_METHOD:
        if (i->lazy_float) emit_math_call(e, i);
        else emit_call(e, i);
        break;
    case IR_CALL_DIRECT: emit_direct_call(e, i); break;
    case IR_CALL_EX:
        out(e, "    v%d = tr_call_ex%s(%s, %s, %s);\n", id, e->traced ? "_profiled" : "", a0, a1, a2);
        check_null(e, i);
        break;
    case IR_SUPER:
        if (i->nargs) out(e, "    v%d = tr_super_new(%s, %s);\n", id, a0, a1);
        else out(e, "    v%d = tr_err(TR_EXC_TYPE(RuntimeError), \"super(): no arguments\");\n", id);
        check_null(e, i);
        break;
    case IR_BUILD_LIST: case IR_BUILD_TUPLE:
        if (!i->nargs) {
            out(e, "    v%d = %s;\n", id, i->op == IR_BUILD_LIST ? "tr_list_new(0)" : "tr_empty_tuple");
        } else {
            args_array(e, i, 0, i->nargs);
            out(e, "      v%d = %s(a_, %d); }\n", id, i->op == IR_BUILD_LIST ? "tr_list_from" : "tr_tuple_from", i->nargs);
        }
        break;
    case IR_BUILD_SET: out(e, "    v%d = tr_set_new(0);\n", id); check_null(e, i); break;
    case IR_BUILD_DICT: out(e, "    v%d = tr_dict_new();\n", id); check_null(e, i); break;
    case IR_BUILD_SLICE: out(e, "    v%d = tr_slice_new(%s, %s, %s);\n", id, a0, a1, a2); break;
    case IR_LIST_APPEND: { char x[96]; snprintf(x, sizeof x, "tr_list_append(%s, %s)", a0, a1); check_neg(e, i, x); break; }
    case IR_LIST_EXTEND: { char x[128]; snprintf(x, sizeof x, "tr_list_extend_star(%s, %s, %s)", a0, a1, a2); check_neg(e, i, x); break; }
    case IR_LIST_TO_TUPLE: out(e, "    v%d = tr_tuple_from(TR_LIST(%s)->items, TR_LIST(%s)->len);\n", id, a0, a0); break;
    case IR_SET_ADD: { char x[96]; snprintf(x, sizeof x, "tr_set_add(%s, %s)", a0, a1); check_neg(e, i, x); break; }
    case IR_SET_UPDATE: { char x[96]; snprintf(x, sizeof x, "tr_set_update(%s, %s)", a0, a1); check_neg(e, i, x); break; }
    case IR_DICT_SET: { char x[128]; snprintf(x, sizeof x, "tr_dict_set(%s, %s, %s)", a0, a1, a2); check_neg(e, i, x); break; }
    case IR_LOCALS_SET: { /* a bound name only: an unbound local is 0, an empty cell holds 0 */
        char x[160], v[48];
        snprintf(v, sizeof v, i->subop ? "TR_CELL(%s)->value" : "%s", a2);
        out(e, "    if (%s)", v);
        snprintf(x, sizeof x, "tr_dict_set(%s, %s, %s)", a0, a1, v);
        check_neg(e, i, x);
        break;
    }
    case IR_MODULE_DICT: out(e, "    v%d = tr_getattr(M, TR_INTERN(\"__dict__\"));\n", id); check_null(e, i); break;
    case IR_DICT_UPDATE: { char x[96]; snprintf(x, sizeof x, "tr_dict_update_mapping(%s, %s)", a0, a1); check_neg(e, i, x); break; }
    case IR_DICT_MERGE_KW: {
        char x[160];
        if (i->str) snprintf(x, sizeof x, "tr_kwargs_add(%s, K[%d], %s, %s)", a0, const_name(e, i->str), a1, a2);
        else snprintf(x, sizeof x, "tr_kwargs_merge(%s, %s, %s)", a0, a1, a2);
        check_neg(e, i, x);
        break;
    }
    case IR_FORMAT: out(e, "    v%d = tr_format(%s, %s);\n", id, a0, i->nargs > 1 ? a1 : "0"); check_null(e, i); break;
    case IR_TO_STR: out(e, "    v%d = tr_str(%s);\n", id, a0); check_null(e, i); break;
    case IR_TO_REPR: out(e, "    v%d = tr_repr(%s);\n", id, a0); check_null(e, i); break;
    case IR_TO_ASCII: out(e, "    v%d = tr_ascii(%s);\n", id, a0); check_null(e, i); break;
    case IR_JOIN_STR:
        args_array(e, i, 0, i->nargs);
        out(e, "      v%d = tr_str_join_n(a_, %d); }\n", id, i->nargs);
        check_null(e, i);
        break;
    case IR_ITER: out(e, "    v%d = tr_%siter(%s);\n", id, i->subop ? "yield_from_" : "", a0); check_null(e, i); break;
    case IR_RANGE_ITER: {
        args_array(e, i, 1, i->nargs - 1);
        char x[96];
        snprintf(x, sizeof x, "tr_range_loop_init(&v%d, %s, a_, %d)", id, a0, i->nargs - 1);
        check_neg(e, i, x);
        out(e, "    }\n");
        break;
    }
    case IR_UNPACK: {
        char x[96];
        snprintf(x, sizeof x, "tr_unpack(%s, %lld, p%d)", a0, (long long)i->ival, id);
        check_neg(e, i, x);
        break;
    }
    case IR_UNPACK_EX: {
        char x[96];
        snprintf(x, sizeof x, "tr_unpack_ex(%s, %lld, %d, p%d)", a0, (long long)i->ival, i->subop, id);
        check_neg(e, i, x);
        break;
    }
    case IR_EXTRACT: out(e, "    v%d = p%d[%lld];\n", id, i->args[0]->id, (long long)i->ival); break;
    case IR_MAKE_FUNCTION: {
        int ncells = i->nargs - 3;
        char *cn = code_name(i->func_ref);
        if (ncells) {
            args_array(e, i, 3, ncells);
            out(e, "      v%d = tr_func_new(&%s, G[%d], %s, %s, %d, a_); }\n", id, cn, module_global_slot(e->mod, "__name__"), a0, a1, ncells);
        } else {
            out(e, "    v%d = tr_func_new(&%s, G[%d], %s, %s, 0, 0);\n", id, cn, module_global_slot(e->mod, "__name__"), a0, a1);
        }
        if (i->args[2]) out(e, "    ((TrFunc *)v%d)->doc = %s;\n", id, a2);
        free(cn);
        break;
    }
    case IR_PARAM_CHECKS: {
        char x[128];
        snprintf(x, sizeof x, "tr_func_set_param_checks(%s, %s, \"%s\")", a0, a1, i->str);
        check_neg(e, i, x);
        break;
    }
    case IR_PREPARE_CLASS: {
        if (i->subop) {
            out(e, "    v%d = tr_class_prepare_kwdict(K[%d], %s, %s);\n", id, const_str(e, i->str, strlen(i->str)), a0, a1);
            check_null(e, i);
            break;
        }
        int nkw = (int)i->ival;
        char kw[32] = "0";
        if (nkw) snprintf(kw, sizeof kw, "K[%d]", const_kwnames(e, i->names, nkw));
        args_array(e, i, 1, nkw);
        out(e, "      v%d = tr_class_prepare(K[%d], %s, %s, a_); }\n", id, const_str(e, i->str, strlen(i->str)), a0, kw);
        check_null(e, i);
        break;
    }
    case IR_MAKE_CLASS: {
        if (i->subop) {
            out(e, "    v%d = tr_class_new_kwdict(K[%d], %s, %s, %s);\n", id, const_str(e, i->str, strlen(i->str)), a0,
                a1, a2);
            check_null(e, i);
            break;
        }
        int nkw = (int)i->ival;
        char kw[32] = "0";
        if (nkw) snprintf(kw, sizeof kw, "K[%d]", const_kwnames(e, i->names, nkw));
        args_array(e, i, 2, nkw);
        out(e, "      v%d = tr_class_new(K[%d], %s, %s, %s, a_); }\n", id, const_str(e, i->str, strlen(i->str)),
            a0, a1, kw);
        check_null(e, i);
        break;
    }
    case IR_IMPORT:
        if (i->mod_ref) {
            vec_push(&e->imported, i->mod_ref);
            char *sym = module_init_symbol(i->mod_ref);
            out(e, "    v%d = tr_import(\"%s\", %s);\n", id, i->mod_ref->name, sym);
            free(sym);
        } else {
            out(e, "    v%d = tr_err(TR_EXC_TYPE(ModuleNotFoundError), \"No module named '%%s'\", \"%s\");\n",
                id, i->str);
        }
        check_null(e, i);
        break;
    case IR_IMPORT_FROM:
        out(e, "    v%d = tr_import_from(%s, K[%d]);\n", id, a0, const_name(e, i->str));
        check_null(e, i);
        break;
    case IR_IMPORT_STAR: { char x[64]; snprintf(x, sizeof x, "tr_import_star(%s, M)", a0); check_neg(e, i, x); break; }
    case IR_LANDINGPAD: out(e, "    v%d = tr_err_fetch();\n", id); break;
    case IR_EXC_MATCH:
        out(e, "    v%d = tr_err_matches(%s, %s);\n", id, a0, a1);
        out(e, "    if (TR_UNLIKELY(v%d < 0))", id);
        on_error(e, i, true);
        out(e, "\n");
        break;
    case IR_EXC_HANDLED_SWAP: out(e, "    v%d = tr_exc_handled_swap(%s);\n", id, a0); break;
    case IR_EXC_HANDLED_SET: out(e, "    tr_exc_handled_swap(%s);\n", a0); break;
    case IR_EXC_STAR_BEGIN: out(e, "    v%d = tr_exc_star_begin(%s);\n", id, a0); break;
    case IR_EXC_STAR_MATCH: out(e, "    v%d = tr_exc_star_match(%s, %s);\n", id, a0, a1); check_null(e, i); break;
    case IR_EXC_STAR_RAISED: out(e, "    tr_exc_star_raised(%s, %s, %s);\n", a0, a1, a2); break;
    case IR_EXC_STAR_FINISH: out(e, "    v%d = tr_exc_star_finish(%s);\n", id, a0); check_null(e, i); break;
    case IR_WITH_ENTER:
        out(e, "    v%d = tr_%swith_enter(%s);\n", id, i->subop ? "async_" : "", a0);
        check_null(e, i);
        break;
    case IR_WITH_EXIT_CALL: out(e, "    v%d = tr_with_exit_call(%s, %s);\n", id, a0, a1); check_null(e, i); break;
    case IR_AWAITABLE: out(e, "    v%d = tr_awaitable(%s, %d);\n", id, a0, i->subop); check_null(e, i); break;
    case IR_AITER: out(e, "    v%d = tr_aiter(%s);\n", id, a0); check_null(e, i); break;
    case IR_ANEXT: out(e, "    v%d = tr_anext_awaitable(%s);\n", id, a0); check_null(e, i); break;
    case IR_WITH_EXIT: { char x[64]; snprintf(x, sizeof x, "tr_with_exit(%s)", a0); check_neg(e, i, x); break; }
    case IR_WITH_EXIT_EXC:
        out(e, "    v%d = tr_with_exit_exc(%s, %s);\n", id, a0, a1);
        out(e, "    if (TR_UNLIKELY(v%d < 0))", id);
        on_error(e, i, true);
        out(e, "\n");
        break;
    case IR_CHECK_SIGNALS:
        check_neg(e, i, "TR_UNLIKELY(tr_signal_pending) ? tr_handle_signals() : 0");
        break;
    case IR_TRACE_LINE: break; /* its line event is before it (trace_line) */
    case IR_ASSERT_FAIL:
        out(e, "    tr_assert_fail(%s);", i->nargs ? a0 : "0");
        on_error(e, i, true);
        out(e, "\n");
        break;
    case IR_JUMP: out(e, "   "); goto_block(e, i->target[0]); out(e, "\n"); break;
    case IR_BRANCH:
        out(e, "    if (%s) {", a0);
        goto_block(e, i->target[0]);
        out(e, " } else {");
        goto_block(e, i->target[1]);
        out(e, " }\n");
        break;
    case IR_FOR_NEXT:
        if (i->args[0]->type == TY_RANGE_LOOP) { /* a counting loop ends without an error to look for */
            out(e, "    v%d = tr_range_loop_next(&%s);\n", id, a0);
            out(e, "    if (!v%d) { if (TR_UNLIKELY(%s.it && tr_err_occurred()))", id, a0);
        } else {
            out(e, "    v%d = tr_next(%s);\n", id, a0);
            out(e, "    if (!v%d) { if (TR_UNLIKELY(tr_err_occurred()))", id);
        }
        on_error(e, i, true);
        if (e->traced && i->args[0]->type != TY_RANGE_LOOP) {
            out(e, "\n      if (tf_ && TR_UNLIKELY(tr_trace_loop_exhausted(tf_, %s) < 0))", a0);
            on_error(e, i, true);
        }
        goto_block(e, i->target[1]);
        out(e, " }\n   ");
        goto_block(e, i->target[0]);
        out(e, "\n");
        break;
    case IR_RETURN:
        trace_return(e, i, a0);
        if (e->fn->is_generator) out(e, "    gen->state = -1; tr_recursion_leave(); return %s;\n", a0);
        else out(e, "    tr_recursion_leave(); return %s;\n", a0);
        break;
    case IR_YIELD: /* suspend; resume here with the sent value (0: thrown in) */
        trace_return(e, i, a0);
        if (e->fn->is_async) /* an async generator's value for its consumer */
            out(e, "    gen->state = %d; tr_recursion_leave(); return tr_agen_wrap(%s);\n", i->subop, a0);
        else
            out(e, "    gen->state = %d; tr_recursion_leave(); return %s;\n", i->subop, a0);
        out(e, "Y%d:;\n    v%d = sent;\n", i->subop, id);
        e->frame_line = 0; /* resumed in a new slot */
        check_null(e, i);
        break;
    case IR_YIELD_FROM: /* delegate to the sub-iterator until it finishes */
        out(e, "    v%d = tr_None;\nYL%d:;\n", id, i->subop);
        out(e, "    { TrValue o_; int s_ = tr_gen_delegate(gen, %s, v%d, &o_);\n      if (TR_UNLIKELY(s_ < 0))", a0, id);
        on_error(e, i, true);
        out(e, "\n");
        if (e->traced) out(e, "      if (s_ > 0 && tf_) tr_trace_return(tf_, o_);\n");
        out(e, "      if (s_ > 0) { gen->state = %d; tr_recursion_leave(); return o_; }\n", i->subop);
        out(e, "      v%d = o_; goto YD%d; }\nY%d:;\n    fr_->line = %d; v%d = sent; goto YL%d;\nYD%d:;\n", id,
            i->subop, i->subop, i->line, id, i->subop, i->subop);
        e->frame_line = 0;
        break;
    case IR_RAISE:
        if (i->nargs == 2) out(e, "    tr_raise_from(%s, %s);", a0, a1);
        else if (i->nargs == 1) out(e, "    tr_raise(%s);", a0);
        else out(e, "    tr_reraise_handled();");
        on_error(e, i, i->nargs > 0); /* a bare raise keeps the traceback as it was (CPython) */
        out(e, "\n");
        break;
    case IR_RERAISE:
        out(e, "    tr_reraise(%s);", a0);
        on_error(e, i, false);
        out(e, "\n");
        break;
    case IR_UNREACHABLE: out(e, "    abort();\n"); break;
    case IR_LEN:
        out(e, "    { intptr_t n_ = tr_len(%s); v%d = n_ < 0 ? 0 : TR_FROM_SMALL(n_); }\n", a0, id);
        check_null(e, i);
        break;
    case IR_CODE_IS: { /* and the arguments after the callee are exact floats (opt/inline.c) */
        char *cn = code_name(i->func_ref);
        if (e->spec) out(e, "    v%d = 1", id); /* the callee was tested at the copy's entry */
        else out(e, "    v%d = tr_is_function_of(%s, &%s)", id, a0, cn);
        for (int k = 1; k < i->nargs; k++) guard_leaf(e, i->args[k]);
        out(e, ";\n");
        free(cn);
        break;
    }
    case IR_MATCH_SEQUENCE: out(e, "    v%d = tr_match_sequence(%s);\n", id, a0); break;
    case IR_MATCH_MAPPING: out(e, "    v%d = tr_match_mapping(%s);\n", id, a0); break;
    case IR_MATCH_KEYS: out(e, "    v%d = tr_match_keys(%s, %s);\n", id, a0, a1); check_null(e, i); break;
    case IR_MATCH_REST: out(e, "    v%d = tr_match_rest(%s, %s);\n", id, a0, a1); check_null(e, i); break;
    case IR_MATCH_CLASS: {
        char kw[32] = "0";
        if (i->ival) snprintf(kw, sizeof kw, "K[%d]", const_kwnames(e, i->names, (int)i->ival));
        out(e, "    v%d = tr_match_class(%s, %s, %d, %s);\n", id, a0, a1, i->subop, kw);
        check_null(e, i);
        break;
    }
    default:
        fprintf(stderr, "trc: internal error: no C for %s\n", ir_op_name(i->op));
        exit(3);
    }
}

/* ---------------------------------------------------------------- functions */

/* The module's C is split into parts (see "parts" below). */
static bool is_split(Emitter *e) { return e->split.nparts > 1; }

/* The storage class of the definition of something the parts share. */
static const char *shared_storage(Emitter *e) { return is_split(e) ? "" : "static "; }

static void emit_code_object(Emitter *e, IrFunc *f) {
    char *cn = code_name(f), *impl = impl_name(f);
    out(e, "static const char *const params_%s[] = {", f->name);
    for (int i = 0; i < f->param_names.len; i++) out(e, "\"%s\", ", (char *)f->param_names.data[i]);
    out(e, "0};\n");
    /* co_varnames: the parameters, then the other plain (uncaptured) locals */
    out(e, "static const char *const varnames_%s[] = {", f->name);
    if (!f->is_module_init) {
        for (int i = 0; i < f->param_names.len; i++) out(e, "\"%s\", ", (char *)f->param_names.data[i]);
        for (int i = 0; i < f->scope->symbols.len; i++) {
            Symbol *sym = f->scope->symbols.data[i];
            if (sym->kind == SYM_LOCAL && !sym->is_param) out(e, "\"%s\", ", sym->name);
        }
    }
    out(e, "0};\n");
    bool has_free = f->scope->freevars.len, has_cells = false;
    if (has_free) { /* closure order */
        out(e, "static const char *const freevars_%s[] = {", f->name);
        for (int i = 0; i < f->scope->freevars.len; i++) out(e, "\"%s\", ", ((Symbol *)f->scope->freevars.data[i])->name);
        out(e, "0};\n");
    }
    for (int i = 0; i < f->scope->symbols.len && !f->is_module_init; i++) {
        Symbol *sym = f->scope->symbols.data[i];
        if (sym->kind != SYM_CELL) continue;
        if (!has_cells) out(e, "static const char *const cellvars_%s[] = {", f->name);
        has_cells = true;
        out(e, "\"%s\", ", sym->name);
    }
    if (has_cells) out(e, "0};\n");
    const char *name = scope_name(f->scope);
    char *file = c_str(e->mod->file->path, strlen(e->mod->file->path));
    char *qual = c_str(f->qualname, strlen(f->qualname));
    StrBuf flags = {0};
    sb_puts(&flags, "0");
    if (f->has_varargs) sb_puts(&flags, " | TR_CO_VARARGS");
    if (f->has_varkw) sb_puts(&flags, " | TR_CO_VARKW");
    if (f->is_class_body) sb_puts(&flags, " | TR_CO_CLASS_BODY");
    if (f->is_generator)
        sb_puts(&flags, !f->is_async ? " | TR_CO_GENERATOR"
                        : f->scope->is_generator ? " | TR_CO_ASYNC_GENERATOR" : " | TR_CO_COROUTINE");
    for (Scope *s = f->scope->parent; s && !f->is_module_init; s = s->parent)
        if (s->kind == SC_FUNCTION || s->kind == SC_LAMBDA || s->kind == SC_COMPREHENSION) {
            sb_puts(&flags, " | TR_CO_NESTED");
            break;
        }
    out(e, "%sconst TrCode %s = {\"%s\", %s, %s, %d, %s, %d, %d, %d, %s, params_%s, varnames_%s, &M, ",
        shared_storage(e), cn, name, qual, file, f->firstline, impl, f->argcount, f->posonlycount, f->kwonlycount, flags.data, f->name,
        f->name);
    out(e, has_free ? "freevars_%s, " : "0, ", f->name);
    out(e, has_cells ? "cellvars_%s};\n" : "0};\n", f->name);
    free(flags.data);
    free(cn); free(impl); free(file); free(qual);
}

/* The code objects of the comprehensions and class bodies whose frames tracebacks show
 * (tb_add_inline_frames): no parameters, never called. */
static void emit_inline_frame_codes(Emitter *e) {
    if (!e->frame_scopes.len) return;
    out(e, "static const char *const no_names_[] = {0};\n");
    char *file = c_str(e->mod->file->path, strlen(e->mod->file->path));
    for (int k = 0; k < e->frame_scopes.len; k++) {
        Scope *s = e->frame_scopes.data[k];
        char *qual = c_str(s->qualname, strlen(s->qualname));
        bool nested = false;
        for (Scope *p = s->parent; p; p = p->parent) nested |= p->kind == SC_FUNCTION || p->kind == SC_LAMBDA;
        out(e, "%sconst TrCode code_inline%d = {\"%s\", %s, %s, %d, 0, 0, 0, 0, %s, no_names_, no_names_, &M, 0, 0};\n",
            shared_storage(e), k, scope_name(s), qual, file, code_first_line(s->node), nested ? "TR_CO_NESTED" : "0");
        free(qual);
    }
    free(file);
}

/* ---------------------------------------------------------------- float trees
 * A tree marked by opt/fuse_float.c: computed in C doubles when every leaf is an exact
 * float (one allocation, for the root), else operator by operator as emit_op does. */

static void tree_nodes(Instr *i, Vec *nodes) { /* post-order */
    for (int a = 0; a < 2; a++)
        if (i->args[a]->fuse == FUSE_INTERIOR) tree_nodes(i->args[a], nodes);
    vec_push(nodes, i);
}

/* x as a double.  `guarded`: read after guard_leaf(x) held, which under libtcc left an
 * unboxed float's value in d<id> boxed or not (it tests no TY_FLOAT leaf). */
static const char *float_operand(Emitter *e, Instr *x, bool guarded, char *buf, size_t cap) {
    if (x->fuse == FUSE_INTERIOR) snprintf(buf, cap, "f%d", x->id);
    else if (x->op == IR_CONST_INT) snprintf(buf, cap, "%lld.0", (long long)x->ival);
    else if (x->op == IR_CONST_FLOAT && isfinite(x->fval)) snprintf(buf, cap, "%a", x->fval);
    else if (x->lazy_float && e->spec) copy_double(e, x, buf, cap);
    else if (x->lazy_float && (x->op == IR_PARAM || (guarded && e->for_libtcc && x->type != TY_FLOAT)))
        snprintf(buf, cap, "d%d", x->id); /* valid boxed or not */
    else if (x->lazy_float) snprintf(buf, cap, "(v%d ? TR_FLOAT_VAL(v%d) : d%d)", x->id, x->id, x->id);
    else snprintf(buf, cap, "TR_FLOAT_VAL(v%d)", x->id);
    return buf;
}

/* A value the instruction uses boxed: an unboxed float (opt/unbox_float.c) gets its box
 * now, once for every later use. */
static void box_operands(Emitter *e, Instr *i) {
    for (int a = 0; a < i->nargs; a++) {
        Instr *x = i->args[a];
        bool seen = false;
        for (int b = 0; b < a && !seen; b++) seen = i->args[b] == x;
        if (x && x->lazy_float && !seen) out(e, "    if (!v%d) v%d = tr_float_new(d%d);\n", x->id, x->id, x->id);
    }
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
 * TY_FLOAT one is).  Under libtcc an unboxed one that is boxed after all copies its
 * value into d<id> here, so that the fast path reads d<id> alone: libtcc compiles each
 * `v ? TR_FLOAT_VAL(v) : d` of a read into a test, two jumps and a spill. */
static void guard_leaf(Emitter *e, Instr *x) {
    if (x->op == IR_CONST_INT || (x->op == IR_CONST_FLOAT && isfinite(x->fval)) || x->type == TY_FLOAT) return;
    if (x->lazy_float && e->spec) return; /* the copy's unboxed floats are doubles */
    if (x->lazy_float && e->for_libtcc && x->op != IR_PARAM)
        out(e, " && (!v%d || (tr_is_exact_float(v%d) && (d%d = TR_FLOAT_VAL(v%d), 1)))", x->id, x->id, x->id, x->id);
    else if (x->lazy_float) out(e, " && (!v%d || tr_is_exact_float(v%d))", x->id, x->id);
    else out(e, " && tr_is_exact_float(v%d)", x->id);
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

static void emit_float_tree(Emitter *e, Instr *root) {
    const char *sp = e->spec ? "S" : ""; /* the speculative copy's labels */
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
    for (int g = 0; g < guarded.len; g++) {
        Instr *x = guarded.data[g];
        bool as_int = false;
        for (int k = 0; k < ints.len && !as_int; k++) as_int = ints.data[k] == x;
        if (as_int && e->spec && x->op == IR_FOR_NEXT) out(e, " && (n%d = (double)ri%d, 1)", x->id, x->id); /* counted in C */
        else if (as_int) out(e, " && tr_float_or_small(v%d, &n%d)", x->id, x->id);
        else guard_leaf(e, x);
    }
    out(e, ") {\n");
    for (int n = 0; n < nodes.len; n++) {
        Instr *node = nodes.data[n];
        char l[48], r[48];
        float_operand(e, node->args[0], true, l, sizeof l);
        float_operand(e, node->args[1], true, r, sizeof r);
        for (int k = 0; k < ints.len; k++) {
            int id = ((Instr *)ints.data[k])->id;
            if (node->args[0] == ints.data[k]) snprintf(l, sizeof l, "n%d", id);
            if (node->args[1] == ints.data[k]) snprintf(r, sizeof r, "n%d", id);
        }
        if (node->subop == OP_DIV) out(e, "        if (%s == 0.0) goto %sFS%d;\n", r, sp, root->id);
        out(e, "        double f%d = %s %c %s;\n", node->id, l, "+-*?/"[node->subop], r);
    }
    if (e->spec) out(e, "        s%d = f%d;\n", root->id, root->id); /* lazy (opt/spec_loop.c) */
    else if (root->lazy_float) out(e, "        d%d = f%d; v%d = 0;\n", root->id, root->id, root->id);
    else out(e, "        v%d = tr_float_new(f%d);\n", root->id, root->id);
    out(e, "        goto %sFD%d;\n    }\n%s%sFS%d:;\n", sp, root->id, ints.len ? "    }\n" : "", sp, root->id);
    free(guarded.data);
    free(ints.data);
    if (e->spec) side_exit(e, root);
    else for (int k = 0; k < root->block->instrs.len; k++) { /* the generic path, in program order */
        Instr *i = root->block->instrs.data[k];
        for (int n = 0; n < nodes.len; n++)
            if (nodes.data[n] == i) {
                box_operands(e, i);
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
static void emit_float_comparison(Emitter *e, Instr *i) {
    char l[48], r[48];
    emit_line(e, i);
    out(e, "    if (1");
    guard_leaf(e, i->args[0]);
    if (i->args[1] != i->args[0]) guard_leaf(e, i->args[1]);
    out(e, ") v%d = TR_COMPARE_C(%s, %s, %d);\n    else {\n", i->id, float_operand(e, i->args[0], true, l, sizeof l),
        float_operand(e, i->args[1], true, r, sizeof r), i->subop);
    if (e->spec) {
        side_exit(e, i);
    } else {
        box_operands(e, i);
        emit_op(e, i);
    }
    out(e, "    }\n");
}

/* A direct call of a function with a typed clone (opt/typed_clone.c) whose float
 * arguments are unboxed or known floats (ir_typed_direct_call): the clone takes them as
 * doubles when they are exact floats at run time, so they are not boxed for the call.
 * A clone returning floats writes the double to d<id> and returns TR_UNBOXED_FLOAT
 * (or the float's box, when it returns a parameter it was given boxed). */
static void emit_typed_direct_call(Emitter *e, Instr *i) {
    IrFunc *f = i->func_ref;
    for (int k = 0; k < i->nargs - 1; k++) { /* the other arguments are needed boxed either way */
        Instr *x = i->args[1 + k];
        bool seen = false;
        for (int j = 0; j < k && !seen; j++) seen = i->args[1 + j] == x;
        if (x->lazy_float && !seen && !ir_is_float_param(f, k)) out(e, "    if (!v%d) v%d = tr_float_new(d%d);\n", x->id, x->id, x->id);
    }
    char callee[48], *cn = code_name(f), *tn = impl_name(f->typed_clone);
    snprintf(callee, sizeof callee, "%s", val(i->args[0]));
    out(e, "    if (tr_is_function_of(%s, &%s)", callee, cn);
    for (int k = 0; k < i->nargs - 1; k++)
        if (ir_is_float_param(f, k)) guard_leaf(e, i->args[1 + k]);
    bool doubles = f->typed_clone->returns_float;
    out(e, ") {%s\n    v%d = %s((TrFunc *)%s", doubles && !i->lazy_float ? " double r_;" : "", i->id, tn, callee);
    for (int k = 0; k < i->nargs - 1; k++) {
        Instr *x = i->args[1 + k];
        char buf[48];
        out(e, ", %s", val(x)); /* an unboxed value's v<id> is 0 */
        if (ir_is_float_param(f, k)) out(e, ", %s", float_operand(e, x, true, buf, sizeof buf));
    }
    if (doubles && i->lazy_float) out(e, ", &d%d);\n    if (v%d == TR_UNBOXED_FLOAT) v%d = 0;\n    else", i->id, i->id, i->id);
    else if (doubles) out(e, ", &r_);\n    if (v%d == TR_UNBOXED_FLOAT) v%d = tr_float_new(r_);\n", i->id, i->id);
    else out(e, ");\n");
    check_null(e, i);
    out(e, "    } else {\n");
    box_operands(e, i);
    emit_direct_call_of(e, i);
    check_null(e, i);
    out(e, "    }\n");
    free(cn);
    free(tn);
}

/* The return of a typed clone that returns floats: the double, and the box if the
 * value has one. */
static void emit_float_return(Emitter *e, Instr *i) {
    Instr *x = i->args[0];
    char buf[48];
    out(e, "    *r_ = %s; tr_recursion_leave();\n", float_operand(e, x, false, buf, sizeof buf));
    if (x->lazy_float) out(e, "    return v%d ? v%d : TR_UNBOXED_FLOAT;\n", x->id, x->id);
    else out(e, "    return v%d;\n", x->id);
}

/* Uses that cannot keep or return the string while the flag is set (the string is then
 * an exact str, so no user code runs): `if s`, `s is x`, `len(s)`, `s == "const"`. */
static bool accum_inspection(const Instr *i) {
    if (i->op == IR_TRUTH || i->op == IR_IS) return true;
    if (i->op == IR_CALL)
        return i->nargs == 2 && !i->ival && i->args[0]->op == IR_BUILTIN && !strcmp(i->args[0]->str, "len");
    return i->op == IR_COMPARE_BOOL && (i->subop == CMP_EQ || i->subop == CMP_NE) &&
           (i->args[0]->op == IR_CONST_STR || i->args[1]->op == IR_CONST_STR);
}

/* A use of a string-building web's value other than the next `+=` on it: whoever gets
 * the string may keep it, so it must not be appended to in place from now on. */
static void clear_accum_owners(Emitter *e, Instr *i) {
    if (accum_inspection(i)) return;
    for (int a = 0; a < i->nargs; a++) {
        Instr *x = i->args[a];
        if (!x || !x->accum || (a == 0 && i->accum == x->accum)) continue;
        bool seen = false;
        for (int b = 0; b < a && !seen; b++) seen = i->args[b] && i->args[b]->accum == x->accum;
        if (!seen) out(e, "    own%d = 0;\n", x->accum);
    }
}

/* The copy's instructions that differ from the generic ones: a global read at entry,
 * a signal check that leaves for the generic one, a range step on the small ints the
 * entry admitted.  False for the others. */
static bool emit_copy_instr(Emitter *e, Instr *i) {
    switch (i->op) {
    case IR_GLOBAL_LOAD: return true;
    case IR_CHECK_SIGNALS:
        out(e, "    if (TR_UNLIKELY(tr_signal_pending)) {");
        side_exit(e, i);
        out(e, "    }\n");
        return true;
    case IR_FOR_NEXT: {
        int r = i->args[0]->id;
        out(e, "    if (rc%d >= v%d.stop) {", r, r);
        goto_block(e, i->target[1]);
        out(e, " }\n    ri%d = rc%d; rc%d += v%d.step;\n   ", i->id, r, r, r);
        goto_block(e, i->target[0]);
        out(e, "\n");
        return true;
    }
    default: return false;
    }
}

static void emit_instr(Emitter *e, Instr *i) {
    if (emits_nothing(i)) return;
    clear_accum_owners(e, i);
    if (e->spec && emit_copy_instr(e, i)) return;
    if (i->fuse == FUSE_ROOT) {
        emit_float_tree(e, i);
    } else if (ir_float_comparison(i)) {
        emit_float_comparison(e, i);
    } else if (ir_typed_direct_call(i)) {
        emit_typed_direct_call(e, i);
    } else if (i->op == IR_RETURN && e->fn->returns_float) {
        emit_float_return(e, i);
    } else {
        if (!i->lazy_float && i->op != IR_CODE_IS) box_operands(e, i); /* a math call boxes on its generic path */
        emit_op(e, i);
    }
}

/* x is a header phi of a speculative copy: a float the copy carries round its loop. */
static bool copied_float(IrFunc *f, Instr *x) {
    for (int l = 0; l < f->spec_loops.len; l++) {
        SpecLoop *sl = f->spec_loops.data[l];
        for (int k = 0; k < sl->header_phis.len; k++)
            if (sl->header_phis.data[k] == x) return true;
    }
    return false;
}

/* Storage of every live value: C declarations, or macros into the generator frame. */
static void declare_values(Emitter *e, IrFunc *f, const char *indent, bool macros) {
    for (int b = 0; b < f->blocks.len; b++) {
        Block *bl = f->blocks.data[b];
        for (int k = 0; k < bl->instrs.len; k++) {
            Instr *i = bl->instrs.data[k];
            if (i->dead || i->type == TY_VOID || i->op == IR_UNDEF) continue;
            if (i->type == TY_PACK) {
                int n = i->op == IR_UNPACK ? (int)i->ival : (int)i->ival + 1 + i->subop;
                if (macros) out(e, "#define p%d (F->p%d)\n", i->id, i->id);
                else out(e, "%sTrValue p%d[%d];\n", indent, i->id, n > 0 ? n : 1);
                continue;
            }
            if (macros) out(e, "#define v%d (F->v%d)\n", i->id, i->id);
            else out(e, "%s%s v%d;\n", indent, c_type(i->type), i->id);
            if (i->op == IR_GETSLICE_TEMP && !macros) out(e, "%sTrListTemp tl%d;\n", indent, i->id);
            if (i->op == IR_PHI) {
                if (macros) out(e, "#define ph%d (F->ph%d)\n", i->id, i->id);
                else out(e, "%s%s ph%d;\n", indent, c_type(i->type), i->id);
            }
            if (i->lazy_float) { /* never in generators (opt/unbox_float.c): no macros */
                /* a speculative copy's float is kept in memory by the generic body: else cc
                   merges it with the copy's double, which then leaves its register too */
                out(e, "%s%sdouble d%d = 0;\n", indent, copied_float(f, i) ? "volatile " : "", i->id); /* read (unused) while v<id> is boxed */
                if (i->op == IR_PHI) out(e, "%sdouble phd%d = 0;\n", indent, i->id);
            }
        }
    }
}

/* The locals of the speculative copies: doubles, phi temporaries, range counters. */
static void declare_copy_locals(Emitter *e, IrFunc *f) {
    for (int l = 0; l < f->spec_loops.len; l++) {
        SpecLoop *sl = f->spec_loops.data[l];
        for (int k = 0; k < sl->defined.len; k++) {
            Instr *x = sl->defined.data[k];
            out(e, "    double s%d = 0;\n", x->id);
            if (x->op == IR_PHI) out(e, "    double sph%d = 0;\n", x->id);
        }
        for (int k = 0; k < sl->items.len; k++) {
            Instr *item = sl->items.data[k];
            bool seen = false; /* one counter per range loop */
            for (int j = 0; j < k && !seen; j++) seen = ((Instr *)sl->items.data[j])->args[0] == item->args[0];
            if (!seen) out(e, "    intptr_t rc%d = 0;\n", item->args[0]->id);
            out(e, "    intptr_t ri%d = 0;\n", item->id);
        }
    }
}

/* One flag per string-building web (opt/str_accum.c): its string may be appended to. */
static void declare_accum_owners(Emitter *e, IrFunc *f) {
    int webs = 0;
    for (int b = 0; b < f->blocks.len; b++) {
        Block *bl = f->blocks.data[b];
        for (int k = 0; k < bl->instrs.len; k++) {
            Instr *i = bl->instrs.data[k];
            if (!i->dead && i->accum > webs) webs = i->accum;
        }
    }
    for (int w = 1; w <= webs; w++) out(e, "    int own%d = 0;\n", w);
}

static void undefine_values(Emitter *e, IrFunc *f) {
    for (int b = 0; b < f->blocks.len; b++) {
        Block *bl = f->blocks.data[b];
        for (int k = 0; k < bl->instrs.len; k++) {
            Instr *i = bl->instrs.data[k];
            if (i->dead || i->type == TY_VOID || i->op == IR_UNDEF) continue;
            out(e, "#undef %s%d\n", i->type == TY_PACK ? "p" : "v", i->id);
            if (i->op == IR_PHI) out(e, "#undef ph%d\n", i->id);
        }
    }
}

/* The generic header of a copied loop enters the copy when its entry conditions hold:
 * the header's phis and the floats from before the loop unboxed or exact floats, the
 * range loops counting small ints upwards, the globals bound, the inlined callees the
 * same functions. */
static void enter_copy(Emitter *e, SpecLoop *sl) {
    out(e, "    if (1");
    for (int k = 0; k < sl->header_phis.len; k++) out(e, " && !v%d", ((Instr *)sl->header_phis.data[k])->id);
    for (int k = 0; k < sl->items.len; k++) {
        int r = ((Instr *)sl->items.data[k])->args[0]->id;
        out(e, " && !v%d.it && v%d.step > 0", r, r);
    }
    for (int k = 0; k < sl->entry_floats.len; k++) {
        int x = ((Instr *)sl->entry_floats.data[k])->id;
        out(e, " && (!v%d || tr_is_exact_float(v%d))", x, x);
    }
    for (int k = 0; k < sl->hoisted.len; k++) {
        Instr *g = sl->hoisted.data[k];
        out(e, " && (v%d = G[%lld]) != 0", g->id, (long long)g->ival);
    }
    for (int k = 0; k < sl->code_checks.len; k++) {
        Instr *c = sl->code_checks.data[k];
        char *cn = code_name(c->func_ref);
        out(e, " && tr_is_function_of(v%d, &%s)", c->args[0]->id, cn);
        free(cn);
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
        int r = ((Instr *)sl->items.data[k])->args[0]->id;
        out(e, "        rc%d = v%d.cur;\n", r, r);
    }
    out(e, "        goto SE%d;\n    }\n", sl->header->id);
}

/* The copied loop of the generic body's block b, or 0. */
static SpecLoop *copied_loop_of(IrFunc *f, Block *b) {
    for (int l = 0; l < f->spec_loops.len; l++) {
        SpecLoop *sl = f->spec_loops.data[l];
        if (sl->in[b->id]) return sl;
    }
    return 0;
}

/* An instruction of a copied loop whose copy may leave by a side exit to it. */
static bool side_exit_target(const Instr *i) {
    return !i->dead && (i->fuse == FUSE_ROOT || ir_float_comparison(i) || i->op == IR_CHECK_SIGNALS);
}

static void emit_block(Emitter *e, Block *bl) {
    e->block = bl;
    e->frame_line = 0;
    out(e, "%s%d:;\n", e->spec ? "S" : "L", bl->id);
    for (int k = 0; k < bl->instrs.len; k++) {
        Instr *i = bl->instrs.data[k];
        if (i->op != IR_PHI || i->dead) continue;
        if (e->spec) out(e, "    s%d = sph%d;\n", i->id, i->id);
        else out(e, "    v%d = ph%d;\n", i->id, i->id);
        if (i->lazy_float && !e->spec) out(e, "    d%d = phd%d;\n", i->id, i->id);
    }
    SpecLoop *copied = e->spec ? 0 : copied_loop_of(e->fn, bl);
    if (e->spec && bl == e->spec->header) out(e, "SE%d:;\n", bl->id);
    if (copied && bl == copied->header) enter_copy(e, copied);
    for (int k = 0; k < bl->instrs.len; k++) {
        Instr *i = bl->instrs.data[k];
        if (copied && side_exit_target(i)) {
            out(e, "X%d:;\n", i->id);
            e->frame_line = 0; /* the copy stored no line */
        }
        if (e->traced) trace_line(e, bl, k);
        if (!emits_nothing(i)) store_frame_line(e, bl, k);
        emit_instr(e, i);
    }
}

/* The generic blocks, then each copied loop's copy. */
static void emit_blocks(Emitter *e, IrFunc *f) {
    for (int b = 0; b < f->blocks.len; b++) {
        Block *bl = f->blocks.data[b];
        if (bl->instrs.len) emit_block(e, bl);
    }
    for (int l = 0; l < f->spec_loops.len; l++) {
        e->spec = f->spec_loops.data[l];
        for (int b = 0; b < f->blocks.len; b++) {
            Block *bl = f->blocks.data[b];
            if (e->spec->in[bl->id]) emit_block(e, bl);
        }
        e->spec = 0;
    }
}

/* Annotated parameters: a wrong-typed argument raises TypeError at the call, before
 * the function's frame exists (so the traceback ends at the caller's line). */
static void emit_param_checks(Emitter *e, IrFunc *f) {
    if (!f->param_checks) return;
    bool direct = f->direct_entry || f->typed_of, any = false;
    for (int k = 0; f->param_checks[k]; k++) {
        if (f->param_checks[k] == '-' || (f->typed_of && ir_is_float_param(f, k))) continue; /* an exact float passes `float` */
        if (!any) out(e, "    if (fn->param_checks) {\n");
        any = true;
        out(e, "        if (TR_UNLIKELY(tr_check_param(fn, %d, %s%d%s) < 0)) return 0;\n", k, direct ? "a" : "args[", k,
            direct ? "" : "]");
    }
    if (any) out(e, "    }\n");
}

/* A function with a typed clone hands exact-float arguments to it, as doubles. */
static void emit_typed_dispatch(Emitter *e, IrFunc *f) {
    if (!f->typed_clone) return;
    const char *pre = f->direct_entry ? "a" : "args[", *post = f->direct_entry ? "" : "]";
    out(e, "    if (1");
    for (int k = 0; k < f->nparams; k++)
        if (ir_is_float_param(f, k)) out(e, " && tr_is_exact_float(%s%d%s)", pre, k, post);
    char *tn = impl_name(f->typed_clone);
    bool doubles = f->typed_clone->returns_float;
    out(e, doubles ? ") {\n        double r_;\n        TrValue t_ = %s(fn" : ") return %s(fn", tn);
    free(tn);
    for (int k = 0; k < f->nparams; k++) {
        out(e, ", %s%d%s", pre, k, post);
        if (ir_is_float_param(f, k)) out(e, ", TR_FLOAT_VAL(%s%d%s)", pre, k, post);
    }
    if (doubles) out(e, ", &r_);\n        return t_ == TR_UNBOXED_FLOAT ? tr_float_new(r_) : t_;\n    }\n");
    else out(e, ");\n");
}

static void emit_function(Emitter *e, IrFunc *f) {
    e->fn = f;
    e->last_line = 0;
    char *impl = impl_name(f), *cn = code_name(f);
    if (f->typed_of) { /* a typed clone: called by its original and by direct calls only */
        out(e, "\nTrValue %s", impl);
        direct_params(e, f);
        out(e, " {\n    (void)fn;\n");
    } else if (f->direct_entry) { /* the call protocol's entry unpacks the arguments */
        char *dn = direct_name(f);
        out(e, "\nTrValue %s(TrFunc *fn, TrValue *args) { return %s(fn", impl, dn);
        for (int k = 0; k < f->nparams; k++) out(e, ", args[%d]", k);
        out(e, "); }\nTrValue %s", dn);
        direct_params(e, f);
        out(e, " {\n    (void)fn;\n");
        free(dn);
    } else {
        out(e, "\nTrValue %s(TrFunc *fn, TrValue *args) {\n", impl);
        out(e, "    (void)fn; (void)args;\n");
    }
    declare_values(e, f, "    ", false);
    declare_copy_locals(e, f);
    declare_accum_owners(e, f);
    emit_typed_dispatch(e, f);
    emit_param_checks(e, f);
    if (e->traced) out(e, "    TrValue tf_ = 0;\n");
    out(e, "    TrFrameSlot *fr_ = tr_frame_enter(&%s);\n", cn);
    out(e, "    if (TR_UNLIKELY(!fr_)) { tr_tb_add(&%s, %d); return 0; }\n", cn, f->firstline);
    trace_call(e, cn, f->is_module_init ? 0 : f->firstline);
    emit_blocks(e, f);
    out(e, "L_error:\n");
    trace_error_exit(e);
    out(e, "    tr_recursion_leave();\n    return 0;\n}\n");
    free(impl);
    free(cn);
}

/* A generator, coroutine or async generator: calling it allocates the frame (bound
 * args + every SSA value) and returns the object; r_<name> resumes the body at
 * gen->state. */
static void emit_generator(Emitter *e, IrFunc *f) {
    e->fn = f;
    e->last_line = 0;
    char *impl = impl_name(f), *cn = code_name(f);
    int nres = 0;
    for (int b = 0; b < f->blocks.len; b++) {
        Block *bl = f->blocks.data[b];
        for (int k = 0; k < bl->instrs.len; k++) {
            Instr *i = bl->instrs.data[k];
            if (i->op == IR_YIELD || i->op == IR_YIELD_FROM) i->subop = ++nres;
        }
    }
    out(e, "\nstruct frame_%s {\n    TrValue args[%d];\n", f->name, f->nparams ? f->nparams : 1);
    if (e->traced) out(e, "    TrValue tf_;\n");
    declare_values(e, f, "    ", false);
    out(e, "};\n");
    out(e, "static TrValue r_%s(TrGen *gen, TrValue sent);\n", f->name);
    out(e, "TrValue %s(TrFunc *fn, TrValue *args) {\n", impl);
    const char *type = !f->is_async ? "tr_generator_type"
                       : f->scope->is_generator ? "tr_async_generator_type" : "tr_coroutine_type";
    emit_param_checks(e, f);
    out(e, "    TrValue g = tr_gen_new(&%s, fn, r_%s, sizeof(struct frame_%s));\n", type, f->name, f->name);
    out(e, "    if (g) memcpy(((struct frame_%s *)((TrGen *)g)->frame)->args, args, sizeof(TrValue) * %d);\n",
        f->name, f->nparams);
    out(e, "    return g;\n}\n");
    declare_values(e, f, "", true);
    out(e, "static TrValue r_%s(TrGen *gen, TrValue sent) {\n", f->name);
    out(e, "    struct frame_%s *F = gen->frame;\n    TrFunc *fn = gen->func; TrValue *args = F->args;\n", f->name);
    out(e, "    (void)fn; (void)args;\n");
    out(e, "    TrFrameSlot *fr_ = tr_frame_enter(&%s);\n", cn);
    out(e, "    if (TR_UNLIKELY(!fr_)) { tr_tb_add(&%s, %d); gen->state = -1; return 0; }\n", cn, f->firstline);
    if (e->traced) out(e, "#define tf_ (F->tf_)\n");
    trace_call(e, cn, f->firstline);
    out(e, "    switch (gen->state) {\n    case 0: break;\n");
    for (int k = 1; k <= nres; k++) out(e, "    case %d: goto Y%d;\n", k, k);
    out(e, "    default: tr_recursion_leave(); return 0;\n    }\n");
    out(e, "    if (TR_UNLIKELY(!sent)) { tr_tb_add(&%s, %d); goto L_error; }\n", cn, f->firstline);
    emit_blocks(e, f);
    out(e, "L_error:\n    gen->state = -1;\n");
    trace_error_exit(e);
    out(e, "    tr_recursion_leave();\n    return 0;\n}\n");
    undefine_values(e, f);
    if (e->traced) out(e, "#undef tf_\n");
    free(impl);
    free(cn);
}

/* ---------------------------------------------------------------- the module */

static int by_module_name(const void *a, const void *b) {
    return strcmp((*(Module *const *)a)->name, (*(Module *const *)b)->name);
}

/* The init functions the unit calls, its own included, in name order: a module's C
 * is the same text in every program that imports it (trc build's object cache). */
static void sort_module_inits(Emitter *e) {
    vec_push(&e->imported, e->mod);
    qsort(e->imported.data, e->imported.len, sizeof(void *), by_module_name);
}

static void declare_module_inits(Emitter *e) {
    for (int i = 0; i < e->imported.len; i++) {
        if (i && e->imported.data[i] == e->imported.data[i - 1]) continue;
        char *sym = module_init_symbol(e->imported.data[i]);
        out(e, "TrValue %s(void);\n", sym);
        free(sym);
    }
}

/* ---------------------------------------------------------------- parts
 * A module's C is one translation unit, or several compiled by concurrent cc processes
 * (emit_split.c says which function goes where).  Split, what the parts share has
 * hidden external linkage under an assembler name of its own module
 * (TR_PART_SHARED("MODULE.NAME")), so the C keeps its short names: the module's data
 * (G, K, BI, the caches, M) and the code objects, defined in part 0 (code objects in
 * their function's part), and the functions another part calls directly.  The rest
 * stays static, as in a single unit.  Definitions carry no storage class: the
 * prototype before them gives the linkage. */

/* The declaration of a shared symbol in every part: its assembler name, hidden. */
static void shared_extern(Emitter *e, const char *type, const char *name, const char *suffix) {
    out(e, "extern %s %s%s TR_PART_SHARED(\"%s.%s\");\n", type, name, suffix, e->mod->c_name, name);
}

static void declare_shared_data(Emitter *e) {
    Module *m = e->mod;
    char size[32];
    snprintf(size, sizeof size, "[%d]", m->globals.len ? m->globals.len : 1);
    shared_extern(e, "TrValue", "G", size);
    snprintf(size, sizeof size, "[%d]", e->const_code.len ? e->const_code.len : 1);
    shared_extern(e, "TrValue", "K", size);
    snprintf(size, sizeof size, "[%d]", e->builtins.len ? e->builtins.len : 1);
    shared_extern(e, "TrValue", "BI", size);
    snprintf(size, sizeof size, "[%d]", e->attr_caches ? e->attr_caches : 1);
    shared_extern(e, "TrAttrCache", "AC", size);
    snprintf(size, sizeof size, "[%d]", e->method_caches ? e->method_caches : 1);
    shared_extern(e, "TrMethodCache", "MC", size);
    snprintf(size, sizeof size, "[%d]", e->math_sites);
    if (e->math_sites) shared_extern(e, "TrMathSite", "MS", size);
    snprintf(size, sizeof size, "[%d]", e->super_sites);
    if (e->super_sites) shared_extern(e, "TrSuperCache", "SC", size);
    shared_extern(e, "TrValue", "M", "");
    for (int i = 0; i < e->irm->funcs.len; i++) {
        IrFunc *f = e->irm->funcs.data[i];
        if (f->typed_of) continue;
        char *cn = code_name(f);
        shared_extern(e, "const TrCode", cn, "");
        free(cn);
    }
    for (int k = 0; k < e->frame_scopes.len; k++) {
        char *cn = format("code_inline%d", k);
        shared_extern(e, "const TrCode", cn, "");
        free(cn);
    }
}

static void define_data(Emitter *e) {
    Module *m = e->mod;
    const char *st = shared_storage(e);
    out(e, "\n%sTrValue G[%d];\n", st, m->globals.len ? m->globals.len : 1);
    out(e, "static const char *const slot_names[] = {");
    for (int i = 0; i < m->globals.len; i++) out(e, "\"%s\", ", (char *)m->globals.data[i]);
    out(e, "0};\n");
    out(e, "%sTrValue K[%d];\n", st, e->const_code.len ? e->const_code.len : 1);
    out(e, "%sTrValue BI[%d];\n", st, e->builtins.len ? e->builtins.len : 1);
    out(e, "static const char *const BIN[] = {");
    for (int i = 0; i < e->builtins.len; i++) out(e, "\"%s\", ", (char *)e->builtins.data[i]);
    out(e, "0};\n");
    out(e, "%sTrAttrCache AC[%d];\n", st, e->attr_caches ? e->attr_caches : 1);
    out(e, "%sTrMethodCache MC[%d];\n", st, e->method_caches ? e->method_caches : 1);
    if (e->math_sites) out(e, "%sTrMathSite MS[%d];\n", st, e->math_sites);
    if (e->super_sites) out(e, "%sTrSuperCache SC[%d];\n", st, e->super_sites);
    out(e, "%sTrValue M;\n\n", st);
}

/* The prototypes part `part` needs: its own functions, static unless another part calls
 * them directly, and those of other parts it may call. */
static void declare_functions(Emitter *e, int part) {
    for (int i = 0; i < e->irm->funcs.len; i++) {
        IrFunc *f = e->irm->funcs.data[i];
        bool own = e->split.part_of[i] == part;
        char *impl = impl_name(f);
        if (!f->typed_of && own) out(e, "static TrValue %s(TrFunc *fn, TrValue *args);\n", impl);
        free(impl);
        if ((f->direct_entry || f->typed_of) && (own || e->split.shared[i])) {
            char *dn = f->typed_of ? impl_name(f) : direct_name(f);
            out(e, "%sTrValue %s", e->split.shared[i] ? "" : "static ", dn);
            direct_params(e, f);
            if (e->split.shared[i]) out(e, " TR_PART_SHARED(\"%s.%s\")", e->mod->c_name, dn);
            out(e, ";\n");
            free(dn);
        }
    }
}

/* Part 0's module init: registers the roots, makes the constants, runs the body.  The
 * program's main module also has the program's main() there. */
static void emit_module_init(Emitter *e) {
    Module *m = e->mod;
    char *sym = module_init_symbol(m);
    char *file = c_str(m->file->path, strlen(m->file->path));
    out(e, "\nTrValue %s(void) {\n", sym);
    out(e, "    if (M) return M; /* initialised, or importing cyclically */\n");
    out(e, "    tr_add_roots(G, sizeof G); tr_add_roots(K, sizeof K); tr_add_roots(BI, sizeof BI);\n");
    out(e, "    tr_add_roots(&M, sizeof M); tr_add_roots(AC, sizeof AC); tr_add_roots(MC, sizeof MC);\n");
    if (e->math_sites) out(e, "    tr_add_roots(MS, sizeof MS);\n");
    out(e, "    M = tr_module_new(\"%s\", %d, G, slot_names);\n", m->name, m->globals.len);
    for (int i = 0; i < e->const_code.len; i++) {
        out(e, "    K[%d] = %s;\n", i, (char *)e->const_code.data[i]);
        out(e, "    if (!K[%d]) return 0;\n", i);
    }
    out(e, "    tr_builtins_bind(BI, BIN);\n");
    out(e, "    G[%d] = tr_str_from_cstr(\"%s\");\n", module_global_slot(m, "__name__"), m->name);
    if (m->is_namespace) out(e, "    if (tr_module_make_namespace(M, %s) < 0) return 0;\n", file);
    else out(e, "    G[%d] = tr_str_new(%s, %zu);\n", module_global_slot(m, "__file__"), file, strlen(m->file->path));
    out(e, "    if (!f_%s(0, 0)) { TrValue failed = M; (void)failed; return 0; }\n",
        ((IrFunc *)e->irm->funcs.data[0])->name);
    out(e, "    return M;\n}\n");
    free(sym);
    free(file);
}

/* Part `part` of the module's C, given each function's body. */
static char *emit_part(Emitter *e, int part, char **bodies, size_t *body_lens) {
    char *text = NULL;
    size_t len = 0;
    e->out = open_memstream(&text, &len);
    out(e, "/* generated by trc %s from %s", TRC_VERSION, e->mod->file->name);
    if (is_split(e)) out(e, ", part %d of %d", part + 1, e->split.nparts);
    out(e, " — do not edit */\n#include \"tr.h\"\n#include \"tr_compiled.h\"\n\n");
    declare_module_inits(e);
    if (is_split(e)) out(e, "\n");
    if (is_split(e)) declare_shared_data(e);
    if (part == 0) define_data(e);
    else out(e, "\n");
    declare_functions(e, part);
    for (int i = 0; i < e->irm->funcs.len; i++) {
        IrFunc *f = e->irm->funcs.data[i];
        if (e->split.part_of[i] == part && !f->typed_of) emit_code_object(e, f);
    }
    if (part == 0) emit_inline_frame_codes(e);
    for (int i = 0; i < e->irm->funcs.len; i++)
        if (e->split.part_of[i] == part) fwrite(bodies[i], 1, body_lens[i], e->out);
    if (part == 0) emit_module_init(e);
    if (part == 0 && e->mod == e->prog->main) {
        char *sym = module_init_symbol(e->mod);
        out(e, "\nint main(int argc, char **argv) { return tr_main(argc, argv, %s); }\n", sym);
        free(sym);
    }
    fclose(e->out);
    return text;
}

Vec emit_c_module(IrModule *irm, Program *p, int max_parts) {
    Module *m = irm->module;
    Emitter e = {.irm = irm, .mod = m, .prog = p, .traced = trace_module_traced(p, m), .for_libtcc = p->for_libtcc};
    /* the bodies first, each into memory: they fill the constant pool, and their sizes
     * decide the split */
    int n = irm->funcs.len;
    char **bodies = xmalloc(sizeof(char *) * n);
    size_t *body_lens = xmalloc(sizeof(size_t) * n);
    for (int i = 0; i < n; i++) {
        IrFunc *f = irm->funcs.data[i];
        e.out = open_memstream(&bodies[i], &body_lens[i]);
        if (f->is_generator) emit_generator(&e, f);
        else emit_function(&e, f);
        fclose(e.out);
    }
    e.split = split_module(irm, body_lens, max_parts);
    sort_module_inits(&e);
    Vec parts = {0};
    for (int k = 0; k < e.split.nparts; k++) vec_push(&parts, emit_part(&e, k, bodies, body_lens));
    for (int i = 0; i < n; i++) free(bodies[i]);
    free(bodies);
    free(body_lens);
    free(e.split.part_of);
    free(e.split.shared);
    return parts;
}
