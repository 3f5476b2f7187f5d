/* emit_c.c — writes one C translation unit per module from its IR.
 * Every SSA value becomes a C local (v<N>); phis are copied through ph<N> temporaries
 * on each incoming edge (so swaps through loop-carried phis stay correct); a failed
 * instruction adds its frame to the traceback and jumps to its exceptional successor.
 * `#line` directives map the C back to the Tauraro source for gdb, perf and sanitizers.
 * Unboxed floats are emit_float.c's, the speculative loop copies emit_spec.c's (emit.h).
 * Assumes: the IR is well formed (ir_verify) and runtime/tr.h is the runtime API. */
#include "emit.h"
#include "../runtime/direct_builtins.h"
#include <math.h>


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
int emit_const(Emitter *e, char *code) {
    int k = str_index_get(&e->const_index, code);
    if (k >= 0) { free(code); return k; }
    vec_push(&e->const_code, code);
    str_index_put(&e->const_index, code, e->const_code.len - 1);
    return e->const_code.len - 1;
}

static int const_str(Emitter *e, const char *s, size_t len) {
    char *lit = c_str(s, len);
    int k = emit_const(e, format("tr_str_new(%s, %zu)", lit, len));
    free(lit);
    return k;
}

int emit_const_name(Emitter *e, const char *s) {
    char *lit = c_str(s, strlen(s));
    int k = emit_const(e, format("tr_str_intern(%s)", lit));
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
    return emit_const(e, b.data);
}

int emit_builtin_index(Emitter *e, const char *name) {
    for (int i = 0; i < e->builtins.len; i++)
        if (!strcmp(e->builtins.data[i], name)) return i;
    vec_push(&e->builtins, (void *)name);
    return e->builtins.len - 1;
}

/* ---------------------------------------------------------------- values */



static const char *c_type(IrType t) {
    switch (t) {
    case TY_CBOOL: return "int";
    case TY_RANGE_LOOP: return "TrRangeLoop";
    case TY_SEQ_LOOP: return "TrSeqLoop";
    default: return "TrValue";
    }
}

/* A function with CALL_DIRECT callers: its body takes the parameters as C ones */
static char *direct_name(IrFunc *f) { return format("f_%s_d", f->name); }

/* "(TrFunc *fn, TrValue a0, ...)": the direct entry's parameter list.  A typed clone
 * (opt/typed_clone.c) takes a float parameter's value as the double xN too; aN is its
 * box, or 0 when the caller had none (the box is kept for identity: `x is y`).  It
 * takes an int parameter as the small int's value iN alone (its tagged word is iN's). */
static void direct_params(Emitter *e, IrFunc *f) {
    out(e, "(TrFunc *fn");
    for (int k = 0; k < f->nparams; k++) {
        if (f->typed_of && ir_is_int_param(f, k)) out(e, ", intptr_t i%d", k);
        else out(e, ", TrValue a%d", k);
        if (f->typed_of && ir_is_float_param(f, k)) out(e, ", double x%d", k);
    }
    out(e, f->returns_float ? ", double *r_)" : ")");
}

/* The C name of f's body: its direct entry, if it has one. */
static char *function_c_name(IrFunc *f) { return f->typed_of || !f->direct_entry ? impl_name(f) : direct_name(f); }

/* fn and the parameters as the function's C takes them, for the call of its body */
static void forward_params(Emitter *e, IrFunc *f) {
    if (!f->typed_of && !f->direct_entry) {
        out(e, "fn, args");
        return;
    }
    out(e, "fn");
    for (int k = 0; k < f->nparams; k++) {
        if (f->typed_of && ir_is_int_param(f, k)) out(e, ", i%d", k);
        else out(e, ", a%d", k);
        if (f->typed_of && ir_is_float_param(f, k)) out(e, ", x%d", k);
    }
}

/* The C function's parameter list: (fn, args), or the direct entry's. */
static void function_params(Emitter *e, IrFunc *f) {
    if (f->typed_of || f->direct_entry) direct_params(e, f);
    else out(e, "(TrFunc *fn, TrValue *args)");
}

char *module_init_symbol(Module *m) { return format("trmod_%s_init", m->c_name); }

/* ---------------------------------------------------------------- control flow */

int emit_pred_index(Block *target, Block *from) {
    for (int i = 0; i < target->preds.len; i++)
        if (target->preds.data[i] == from) return i;
    return -1;
}

/* Copies into the phi temporaries of `to` for the edge from the current block.  An
 * unboxed value still used beyond the edge is boxed first, so it and the phi share
 * one box (`same(w) is w` after inlining). */
static void phi_copies(Emitter *e, Block *to) {
    int k = emit_pred_index(to, e->block);
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

void emit_goto_block(Emitter *e, Block *to) {
    if (e->frameless && !e->frameless[to->id]) { /* the frameless entry calls the body */
        char *name = function_c_name(e->fn);
        out(e, " return %s_f(", name);
        forward_params(e, e->fn);
        out(e, ");");
        free(name);
        return;
    }
    if (copy_contains(e, to)) {
        copy_edge(e, to);
        return;
    }
    if (int_copy_contains(e, to)) {
        phi_copies(e, to);
        out(e, " goto I%d;", to->id);
        return;
    }
    if (e->spec) copy_leave(e, e->block->instrs.len);
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
        Node *at = s->node->is_reduce_loop ? s->node->reduce_loop : s->node; /* a folded sum(genexpr): the call */
        *line = at->line;
        *span = span_of(s->module->file, at);
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
    if (i->exc) emit_goto_block(e, i->exc);
    else out(e, " goto L_error;");
    out(e, " }");
}

void emit_check_null(Emitter *e, Instr *i) {
    out(e, "    if (TR_UNLIKELY(!v%d))", i->id);
    on_error(e, i, true);
    out(e, "\n");
}

void emit_check_neg(Emitter *e, Instr *i, const char *expr) {
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

const char *emit_args_array(Emitter *e, Instr *i, int from, int count) {
    out(e, "    { TrValue a_[%d] = {", count > 0 ? count : 1);
    for (int k = 0; k < count; k++) out(e, "%s%s", k ? ", " : "", val(i->args[from + k]));
    if (count == 0) out(e, "0");
    out(e, "};\n");
    return "a_";
}

/* CALL_DIRECT (opt/direct_call.c): f's direct entry while the callee is a function
 * of f's code, else the ordinary call. */
/* " callee is f's function" (f: a CALL_DIRECT's func_ref): its code is f's.  In f
 * itself (or its clone) a recursive call's callee is usually fn, the function running,
 * whose code is f's: one comparison first. */
void emit_callee_is(Emitter *e, IrFunc *f, const char *callee) {
    char *cn = code_name(f);
    if (e->fn == f || e->fn->typed_of == f) out(e, "(%s == (TrValue)fn || tr_is_function_of(%s, &%s))", callee, callee, cn);
    else out(e, "tr_is_function_of(%s, &%s)", callee, cn);
    free(cn);
}

/* A global whose value a direct call of the function running calls (fib's `fib`): it
 * is usually fn, so the load tests that before its null tests (the same tests, fn is
 * never 0), and cc then skips them, and the call's own test of fn, on that path. */
static bool recursive_callee(Emitter *e, Instr *load) {
    Block *b = load->block;
    for (int k = 0; k < b->instrs.len; k++) {
        Instr *c = b->instrs.data[k];
        if (c->op == IR_CALL_DIRECT && !c->dead && c->args[0] == load && (c->func_ref == e->fn || c->func_ref == e->fn->typed_of))
            return true;
    }
    return false;
}

void emit_direct_call_of(Emitter *e, Instr *i) {
    char *dn = direct_name(i->func_ref);
    char callee[48]; /* val()'s buffers are reused by the arguments' */
    snprintf(callee, sizeof callee, "%s", val(i->args[0]));
    out(e, "    if (TR_LIKELY(");
    emit_callee_is(e, i->func_ref, callee);
    out(e, ")) v%d = %s((TrFunc *)%s", i->id, dn, callee);
    for (int k = 1; k < i->nargs; k++) out(e, ", %s", val(i->args[k]));
    out(e, ");\n    else\n");
    emit_args_array(e, i, 1, i->nargs - 1);
    if (e->traced) out(e, "      v%d = tr_call_profiled(%s, a_, %d, 0); }\n", i->id, callee, i->nargs - 1);
    else out(e, "      v%d = tr_call_positional(%s, a_, %d); }\n", i->id, callee, i->nargs - 1);
    free(dn);
}

/* A method's call of its own name (opt/direct_call.c: CALL_METHOD @f): while the call
 * site's method cache says obj.name is fn, the function running, f's typed clone when
 * the int arguments are small ints (a clone with float parameters or a float return
 * keeps the direct entry), else f's direct entry, with the C arguments; otherwise the
 * cached method call itself, which also fills the cache. */
static void emit_own_method_call(Emitter *e, Instr *i) {
    IrFunc *f = i->func_ref;
    int mc = e->method_caches++;
    const char *lead = "    ";
    out(e, "    { TrValue m_ = tr_method_cache_peek(%s, &SITES.mc[%d]);\n", val(i->args[0]), mc);
    if (f->typed_clone && !f->float_params && !f->typed_clone->returns_float && !ir_is_int_param(f, 0)) {
        char *tn = impl_name(f->typed_clone);
        out(e, "    if (m_ == (TrValue)fn");
        for (int k = 1; k < i->nargs; k++)
            if (ir_is_int_param(f, k)) emit_small_int_guard(e, i->args[k]);
        out(e, ") v%d = %s(fn, %s", i->id, tn, val(i->args[0]));
        for (int k = 1; k < i->nargs; k++) {
            if (ir_is_int_param(f, k)) emit_small_int_argument(e, i->args[k]);
            else out(e, ", %s", val(i->args[k]));
        }
        out(e, ");\n    else");
        free(tn);
        lead = " ";
    }
    char *dn = direct_name(f);
    out(e, "%sif (m_ == (TrValue)fn) v%d = %s(fn", lead, i->id, dn);
    for (int k = 0; k < i->nargs; k++) out(e, ", %s", val(i->args[k]));
    out(e, ");\n    else\n");
    emit_args_array(e, i, 0, i->nargs);
    out(e, "      v%d = tr_call_method_cached(K[%d], a_, %d, 0, &SITES.mc[%d]); } }\n", i->id, emit_const_name(e, i->str), i->nargs, mc);
    free(dn);
}

static void emit_direct_call(Emitter *e, Instr *i) {
    emit_direct_call_of(e, i);
    emit_check_null(e, i);
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
        emit_args_array(e, i, 1, i->nargs - 1);
        out(e, "      v%d = tr_call_positional(%s, a_, %d); }\n", i->id, fn, i->nargs - 1);
        return true;
    }
    return false;
}

static void emit_call(Emitter *e, Instr *i) {
    if (emit_direct_builtin(e, i)) {
        emit_check_null(e, i);
        return;
    }
    int nkw = (int)i->ival;
    int total = i->nargs;
    char kw[32] = "0";
    if (nkw) snprintf(kw, sizeof kw, "K[%d]", const_kwnames(e, i->names, nkw));
    if (i->op == IR_CALL) {
        emit_args_array(e, i, 1, total - 1);
        if (e->traced) out(e, "      v%d = tr_call_profiled(%s, a_, %d, %s); }\n", i->id, val(i->args[0]), total - 1 - nkw, kw);
        else if (nkw) out(e, "      v%d = tr_call(%s, a_, %d, %s); }\n", i->id, val(i->args[0]), total - 1 - nkw, kw);
        else out(e, "      v%d = tr_call_positional(%s, a_, %d); }\n", i->id, val(i->args[0]), total - 1);
    } else if (i->op == IR_CALL_SUPER_METHOD) { /* class, instance, then a_[1..] */
        out(e, "    { TrValue a_[%d] = {0", total - 1);
        for (int k = 2; k < total; k++) out(e, ", %s", val(i->args[k]));
        out(e, "};\n");
        out(e, "      v%d = tr_call_super_method%s(%s, %s, K[%d], a_, %d, %s, &SITES.sc[%d]); }\n", i->id,
            e->traced ? "_profiled" : "", val(i->args[0]), val(i->args[1]), emit_const_name(e, i->str), total - 1 - nkw, kw,
            e->super_sites++);
    } else if (i->func_ref && !e->traced) {
        emit_own_method_call(e, i);
    } else if (emit_direct_method(e, i)) {
    } else if (e->traced) {
        emit_args_array(e, i, 0, total);
        out(e, "      v%d = tr_call_method_profiled(K[%d], a_, %d, %s); }\n", i->id, emit_const_name(e, i->str), total - nkw, kw);
    } else {
        emit_args_array(e, i, 0, total);
        out(e, "      v%d = tr_call_method_cached(K[%d], a_, %d, %s, &SITES.mc[%d]); }\n", i->id, emit_const_name(e, i->str),
            total - nkw, kw, e->method_caches++);
    }
    emit_check_null(e, i);
}


void emit_line(Emitter *e, Instr *i) {
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

/* x[k] with k a small constant, under libtcc: tr.h's tr_getitem_fast_at,
 * tr_setitem_fast_at and tr_float_list_read_at/write_at find a list's item at that
 * offset without reading k (nbody's b[0] .. b[6]).  The bound keeps the offset an
 * immediate the assembly takes. */
ConstIndex emit_const_index(Emitter *e, Instr *i) {
    Instr *k = i->args[1];
    ConstIndex c = {.at = ""};
    if (e->for_libtcc && k->op == IR_CONST_INT && k->ival >= 0 && k->ival < (1 << 20)) {
        c.at = "_at";
        snprintf(c.k, sizeof c.k, ", %lld", (long long)k->ival);
    }
    return c;
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

void emit_op(Emitter *e, Instr *i) {
    emit_line(e, i);
    const char *a0 = i->nargs > 0 ? val(i->args[0]) : "0";
    const char *a1 = i->nargs > 1 ? val(i->args[1]) : "0";
    const char *a2 = i->nargs > 2 ? val(i->args[2]) : "0";
    int id = i->id;
    switch (i->op) {
    case IR_CONST_INT: out(e, "    v%d = TR_FROM_SMALL(%lld);\n", id, (long long)i->ival); break;
    case IR_CONST_BIGINT: {
        char *lit = c_str(i->str, strlen(i->str));
        out(e, "    v%d = K[%d];\n", id, emit_const(e, format("tr_int_literal(%s)", lit)));
        free(lit);
        break;
    }
    case IR_CONST_FLOAT:
        out(e, "    v%d = K[%d];\n", id, emit_const(e, format("tr_float_new(%a)", i->fval)));
        break;
    case IR_CONST_IMAG:
        out(e, "    v%d = K[%d];\n", id, emit_const(e, format("tr_complex_new(0.0, %a)", i->fval)));
        break;
    case IR_CONST_STR: out(e, "    v%d = K[%d];\n", id, const_str(e, i->str, i->len)); break;
    case IR_CONST_BYTES: {
        char *lit = c_str(i->str, i->len);
        out(e, "    v%d = K[%d];\n", id, emit_const(e, format("tr_bytes_new(%s, %zu)", lit, i->len)));
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
        else if (ir_surely_small_int(e->fn, i)) out(e, "    v%d = TR_FROM_SMALL(i%lld);\n", id, (long long)i->ival);
        else if (e->fn->direct_entry || e->fn->typed_of) out(e, "    v%d = a%lld;\n", id, (long long)i->ival);
        else out(e, "    v%d = args[%lld];\n", id, (long long)i->ival);
        break;
    case IR_COPY: out(e, "    v%d = %s;\n", id, a0); break;
    case IR_GLOBAL_LOAD: {
        char missing[80]; /* the global is unbound (fn first: recursive_callee) */
        if (recursive_callee(e, i))
            snprintf(missing, sizeof missing, "TR_UNLIKELY(v%d != (TrValue)fn) && TR_UNLIKELY(!v%d)", id, id);
        else snprintf(missing, sizeof missing, "TR_UNLIKELY(!v%d)", id);
        if (i->names) { /* in a comprehension or class body: its own names for suggestions */
            out(e, "    v%d = G[%lld]; if (%s) { static const char *const vn_[] = {", id,
                (long long)i->ival, missing);
            for (char **n = i->names; *n; n++) out(e, "\"%s\", ", *n);
            out(e, "0}; v%d = tr_global_missing_in(K[%d], vn_); }\n", id, emit_const_name(e, i->str));
        } else {
            out(e, "    v%d = G[%lld]; if (%s) v%d = tr_global_missing(K[%d]);\n", id,
                (long long)i->ival, missing, id, emit_const_name(e, i->str));
        }
        out(e, "    if (%s)", missing);
        on_error(e, i, true);
        out(e, "\n");
        break;
    }
    case IR_GLOBAL_STORE: out(e, "    G[%lld] = %s;\n", (long long)i->ival, a0); break;
    case IR_GLOBAL_DEL: {
        char expr[96];
        snprintf(expr, sizeof expr, "tr_global_del(&G[%lld], K[%d])", (long long)i->ival, emit_const_name(e, i->str));
        emit_check_neg(e, i, expr);
        break;
    }
    case IR_BUILTIN: /* 0 while builtins lacks the name (runtime/builtins.c keeps BI current) */
        out(e, "    v%d = BI[%d];\n    if (TR_UNLIKELY(!v%d)) {\n", id, emit_builtin_index(e, i->str), id);
        out(e, "    v%d = tr_builtin_lookup(\"%s\");\n", id, i->str);
        emit_check_null(e, i);
        out(e, "    }\n");
        break;
    case IR_CHECK_BOUND:
        out(e, "    v%d = %s; if (TR_UNLIKELY(!v%d)) v%d = tr_unbound_local(K[%d]);\n", id, a0, id, id,
            emit_const_name(e, i->str));
        emit_check_null(e, i);
        break;
    case IR_CELL_NEW: out(e, "    v%d = tr_cell_new(%s);\n", id, a0); break;
    case IR_CELL_GET:
        out(e, "    v%d = TR_CELL(%s)->value; if (TR_UNLIKELY(!v%d)) v%d = tr_unbound_cell(K[%d], %d);\n",
            id, a0, id, id, emit_const_name(e, i->str), i->subop);
        emit_check_null(e, i);
        break;
    case IR_CELL_SET: out(e, "    TR_CELL(%s)->value = %s;\n", a0, a1); break;
    case IR_CELL_DEL: {
        char expr[128];
        snprintf(expr, sizeof expr, "tr_cell_del(%s, K[%d])", a0, emit_const_name(e, i->str));
        emit_check_neg(e, i, expr);
        break;
    }
    case IR_CLOSURE: out(e, "    v%d = fn->closure[%lld];\n", id, (long long)i->ival); break;
    case IR_NS_LOAD:
        out(e, "    v%d = tr_ns_load(%s, K[%d], &G[%lld]);\n", id, a0, emit_const_name(e, i->str), (long long)i->ival);
        emit_check_null(e, i);
        break;
    case IR_NS_STORE: {
        char expr[128];
        snprintf(expr, sizeof expr, "tr_ns_store(%s, K[%d], %s)", a0, emit_const_name(e, i->str), a1);
        emit_check_neg(e, i, expr);
        break;
    }
    case IR_NS_DEL: {
        char expr[128];
        snprintf(expr, sizeof expr, "tr_ns_del(%s, K[%d])", a0, emit_const_name(e, i->str));
        emit_check_neg(e, i, expr);
        break;
    }
    case IR_BINOP: case IR_INPLACE:
        if (i->accum) { /* building a string (opt/str_accum.c) */
            if (i->args[0]->accum != i->accum) out(e, "    own%d = 0;\n", i->accum);
            out(e, "    v%d = tr_add_accum(%s, %s, %d, &own%d);\n", id, a0, a1, i->op == IR_INPLACE, i->accum);
            emit_check_null(e, i);
            break;
        }
        /* inline small-int and float paths (tr.h) */
        out(e, "    v%d = tr_op_fast(%d, %s, %s, %d);\n", id, i->subop, a0, a1, i->op == IR_INPLACE);
        emit_check_null(e, i);
        break;
    case IR_UNARY: {
        static const char *const f[] = {"tr_neg_fast", "tr_pos", "tr_invert"};
        out(e, "    v%d = %s(%s);\n", id, f[i->subop], a0);
        emit_check_null(e, i);
        break;
    }
    case IR_NOT: out(e, "    v%d = !%s;\n", id, a0); break;
    case IR_TRUTH:
        out(e, "    v%d = tr_truthy_fast(%s);\n", id, a0);
        out(e, "    if (TR_UNLIKELY(v%d < 0))", id);
        on_error(e, i, true);
        out(e, "\n");
        break;
    case IR_COMPARE: out(e, "    v%d = tr_compare_fast(%s, %s, %d);\n", id, a0, a1, i->subop); emit_check_null(e, i); break;
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
    case IR_BUILTIN_IS: /* the callee is still the builtin a loop was folded for (compiler/irgen_reduce.c) */
        if (!strcmp(i->str, "list") || !strcmp(i->str, "tuple") || !strcmp(i->str, "set"))
            out(e, "    v%d = %s == (TrValue)&tr_%s_type", id, a0, i->str);
        else
            out(e, "    v%d = %s == tr_direct_builtins[TR_DIRECT_%s]", id, a0, i->str);
        if (i->nargs == 2) out(e, " && !tr_sum_refuses_start(%s)", a1);
        out(e, ";\n");
        break;
    case IR_IN:
        out(e, "    v%d = tr_contains(%s, %s);\n", id, a0, a1);
        out(e, "    if (TR_UNLIKELY(v%d < 0))", id);
        on_error(e, i, true);
        out(e, "\n");
        if (i->subop) out(e, "    v%d = !v%d;\n", id, id);
        break;
    case IR_BOX_BOOL: out(e, "    v%d = tr_bool(%s);\n", id, a0); break;
    case IR_GETATTR:
        out(e, "    v%d = tr_getattr_cached(%s, K[%d], &SITES.ac[%d]);\n", id, a0, emit_const_name(e, i->str), e->attr_caches++);
        emit_check_null(e, i);
        break;
    case IR_SETATTR: case IR_DELATTR: {
        char expr[160];
        if (i->op == IR_SETATTR)
            snprintf(expr, sizeof expr, "tr_setattr_cached(%s, K[%d], %s, &SITES.ac[%d])", a0, emit_const_name(e, i->str), a1,
                     e->attr_caches++);
        else snprintf(expr, sizeof expr, "tr_delattr(%s, K[%d])", a0, emit_const_name(e, i->str));
        emit_check_neg(e, i, expr);
        break;
    }
    case IR_GETITEM: {
        ConstIndex c = emit_const_index(e, i);
        if (i->lazy_float) /* a double when a float-strategy list holds it (opt/unbox_float.c) */
            out(e, "    if (!tr_float_list_read%s(%s, %s%s, &kl%d, &v%d, &d%d)) {\n", c.at, a0, a1, c.k, i->args[0]->id, id, id);
        if (i->lazy_float && !*c.at) /* out of line: the other side of an unboxed read */
            out(e, "    v%d = tr_getitem_outlined(%s, %s);\n", id, a0, a1);
        else
            out(e, "    v%d = tr_getitem_fast%s(%s, %s%s);\n", id, c.at, a0, a1, c.k);
        emit_check_null(e, i);
        if (i->lazy_float) out(e, "    }\n");
        break;
    }
    case IR_SETITEM: case IR_DELITEM: {
        char expr[160];
        ConstIndex c = emit_const_index(e, i);
        if (i->op == IR_SETITEM && !*c.at && ir_unboxed_list_store(i)) /* out of line: the other side of an unboxed store (emit_float_list_store) */
            snprintf(expr, sizeof expr, "tr_setitem_outlined(%s, %s, %s)", a0, a1, a2);
        else if (i->op == IR_SETITEM)
            snprintf(expr, sizeof expr, "tr_setitem_fast%s(%s, %s%s, %s)", c.at, a0, a1, c.k, a2);
        else snprintf(expr, sizeof expr, "tr_delitem(%s, %s)", a0, a1);
        emit_check_neg(e, i, expr);
        break;
    }
    case IR_GETSLICE: /* a missing bound is 0, which the runtime reads as None */
        out(e, "    v%d = tr_getslice(%s, %s, %s, %s);\n", id, a0, a1, a2, val(i->args[3]));
        emit_check_null(e, i);
        break;
    case IR_GETSLICE_TEMP: /* the temporary only the SETSLICE reads (opt/slice_access.c) */
        out(e, "    v%d = tr_getslice_temp(&tl%d, %s, %s, %s, %s);\n", id, id, a0, a1, a2, val(i->args[3]));
        emit_check_null(e, i);
        break;
    case IR_SETSLICE: {
        char expr[200];
        if (i->args[4]->op == IR_GETSLICE_TEMP)
            snprintf(expr, sizeof expr, "tr_setslice_temp(%s, %s, %s, %s, %s, &tl%d)", a0, a1, a2, val(i->args[3]),
                     val(i->args[4]), i->args[4]->id);
        else
            snprintf(expr, sizeof expr, "tr_setslice(%s, %s, %s, %s, %s)", a0, a1, a2, val(i->args[3]), val(i->args[4]));
        emit_check_neg(e, i, expr);
        break;
    }
    case IR_CALL: case IR_CALL_METHOD: case IR_CALL_SUPER_METHOD:
        if (i->lazy_float) emit_math_call(e, i);
        else emit_call(e, i);
        break;
    case IR_CALL_DIRECT: emit_direct_call(e, i); break;
    case IR_CALL_EX:
        out(e, "    v%d = tr_call_ex%s(%s, %s, %s);\n", id, e->traced ? "_profiled" : "", a0, a1, a2);
        emit_check_null(e, i);
        break;
    case IR_SUPER:
        if (i->nargs) out(e, "    v%d = tr_super_new(%s, %s);\n", id, a0, a1);
        else out(e, "    v%d = tr_err(TR_EXC_TYPE(RuntimeError), \"super(): no arguments\");\n", id);
        emit_check_null(e, i);
        break;
    case IR_BUILD_LIST: case IR_BUILD_TUPLE:
        if (!i->nargs) {
            out(e, "    v%d = %s;\n", id, i->op == IR_BUILD_LIST ? "tr_list_new(0)" : "tr_empty_tuple");
        } else {
            emit_args_array(e, i, 0, i->nargs);
            out(e, "      v%d = %s(a_, %d); }\n", id, i->op == IR_BUILD_LIST ? "tr_list_literal" : "tr_tuple_from", i->nargs);
        }
        break;
    case IR_BUILD_SET: out(e, "    v%d = tr_set_new(0);\n", id); emit_check_null(e, i); break;
    case IR_BUILD_DICT: out(e, "    v%d = tr_dict_new();\n", id); emit_check_null(e, i); break;
    case IR_BUILD_SLICE: out(e, "    v%d = tr_slice_new(%s, %s, %s);\n", id, a0, a1, a2); break;
    case IR_LIST_APPEND: { char x[96]; snprintf(x, sizeof x, "tr_list_append(%s, %s)", a0, a1); emit_check_neg(e, i, x); break; }
    case IR_LIST_EXTEND: { char x[128]; snprintf(x, sizeof x, "tr_list_extend_star(%s, %s, %s)", a0, a1, a2); emit_check_neg(e, i, x); break; }
    case IR_LIST_TO_TUPLE: out(e, "    v%d = tr_tuple_from(tr_list_items(TR_LIST(%s)), TR_LIST(%s)->len);\n", id, a0, a0); break;
    case IR_SET_ADD: { char x[96]; snprintf(x, sizeof x, "tr_set_add(%s, %s)", a0, a1); emit_check_neg(e, i, x); break; }
    case IR_SET_UPDATE: { char x[96]; snprintf(x, sizeof x, "tr_set_update(%s, %s)", a0, a1); emit_check_neg(e, i, x); break; }
    case IR_DICT_SET: { char x[128]; snprintf(x, sizeof x, "tr_dict_set(%s, %s, %s)", a0, a1, a2); emit_check_neg(e, i, x); break; }
    case IR_LOCALS_SET: { /* a bound name only: an unbound local is 0, an empty cell holds 0 */
        char x[160], v[48];
        snprintf(v, sizeof v, i->subop ? "TR_CELL(%s)->value" : "%s", a2);
        out(e, "    if (%s)", v);
        snprintf(x, sizeof x, "tr_dict_set(%s, %s, %s)", a0, a1, v);
        emit_check_neg(e, i, x);
        break;
    }
    case IR_MODULE_DICT: out(e, "    v%d = tr_getattr(M, TR_INTERN(\"__dict__\"));\n", id); emit_check_null(e, i); break;
    case IR_DICT_UPDATE: { char x[96]; snprintf(x, sizeof x, "tr_dict_update_mapping(%s, %s)", a0, a1); emit_check_neg(e, i, x); break; }
    case IR_DICT_MERGE_KW: {
        char x[160];
        if (i->str) snprintf(x, sizeof x, "tr_kwargs_add(%s, K[%d], %s, %s)", a0, emit_const_name(e, i->str), a1, a2);
        else snprintf(x, sizeof x, "tr_kwargs_merge(%s, %s, %s)", a0, a1, a2);
        emit_check_neg(e, i, x);
        break;
    }
    case IR_FORMAT: out(e, "    v%d = tr_format(%s, %s);\n", id, a0, i->nargs > 1 ? a1 : "0"); emit_check_null(e, i); break;
    case IR_TO_STR: out(e, "    v%d = tr_str(%s);\n", id, a0); emit_check_null(e, i); break;
    case IR_TO_REPR: out(e, "    v%d = tr_repr(%s);\n", id, a0); emit_check_null(e, i); break;
    case IR_TO_ASCII: out(e, "    v%d = tr_ascii(%s);\n", id, a0); emit_check_null(e, i); break;
    case IR_JOIN_STR:
        emit_args_array(e, i, 0, i->nargs);
        out(e, "      v%d = tr_str_join_n(a_, %d); }\n", id, i->nargs);
        emit_check_null(e, i);
        break;
    case IR_ITER:
        if (seq_loop_enumerates(i)) { /* enumerate(seq[, start]) counted in C (opt/seq_loop.c) */
            char x[128];
            snprintf(x, sizeof x, "tr_enum_loop_init(&v%d, %s, %s, %s)", id, a0, a1, a2);
            emit_check_neg(e, i, x);
        } else if (i->type == TY_SEQ_LOOP) { /* a list or tuple walked by index (opt/seq_loop.c) */
            char x[64];
            snprintf(x, sizeof x, "tr_%s_loop_init(&v%d, %s)", seq_loop_pairs(i) ? "pair" : "seq", id, a0);
            emit_check_neg(e, i, x);
        } else {
            out(e, "    v%d = tr_%siter(%s);\n", id, i->subop ? "yield_from_" : "", a0);
            emit_check_null(e, i);
        }
        break;
    case IR_RANGE_ITER: {
        char x[128];
        if (i->subop == RANGE_ITER_REVERSED) { /* the callees reversed and range, then range's arguments */
            emit_args_array(e, i, 2, i->nargs - 2);
            snprintf(x, sizeof x, "tr_reversed_range_loop_init(&v%d, %s, %s, a_, %d)", id, a0, a1, i->nargs - 2);
        } else {
            emit_args_array(e, i, 1, i->nargs - 1);
            snprintf(x, sizeof x, "tr_range_loop_init(&v%d, %s, a_, %d)", id, a0, i->nargs - 1);
        }
        emit_check_neg(e, i, x);
        out(e, "    }\n");
        break;
    }
    case IR_UNPACK: {
        char x[96];
        Instr *loop = i->args[0]->op == IR_FOR_NEXT ? i->args[0]->args[0] : NULL;
        if (loop && seq_loop_pairs(loop) && !e->spec) /* a pair without its tuple (opt/seq_loop.c) */
            snprintf(x, sizeof x, "tr_pair_loop_unpack(&v%d, %s, p%d)", loop->id, a0, id);
        else
            snprintf(x, sizeof x, "tr_unpack(%s, %lld, p%d)", a0, (long long)i->ival, id);
        emit_check_neg(e, i, x);
        break;
    }
    case IR_UNPACK_EX: {
        char x[96];
        snprintf(x, sizeof x, "tr_unpack_ex(%s, %lld, %d, p%d)", a0, (long long)i->ival, i->subop, id);
        emit_check_neg(e, i, x);
        break;
    }
    case IR_EXTRACT: out(e, "    v%d = p%d[%lld];\n", id, i->args[0]->id, (long long)i->ival); break;
    case IR_MAKE_FUNCTION: {
        int ncells = i->nargs - 3;
        char *cn = code_name(i->func_ref);
        if (ncells) {
            emit_args_array(e, i, 3, ncells);
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
        emit_check_neg(e, i, x);
        break;
    }
    case IR_PREPARE_CLASS: {
        if (i->subop) {
            out(e, "    v%d = tr_class_prepare_kwdict(K[%d], %s, %s);\n", id, const_str(e, i->str, strlen(i->str)), a0, a1);
            emit_check_null(e, i);
            break;
        }
        int nkw = (int)i->ival;
        char kw[32] = "0";
        if (nkw) snprintf(kw, sizeof kw, "K[%d]", const_kwnames(e, i->names, nkw));
        emit_args_array(e, i, 1, nkw);
        out(e, "      v%d = tr_class_prepare(K[%d], %s, %s, a_); }\n", id, const_str(e, i->str, strlen(i->str)), a0, kw);
        emit_check_null(e, i);
        break;
    }
    case IR_MAKE_CLASS: {
        if (i->subop) {
            out(e, "    v%d = tr_class_new_kwdict(K[%d], %s, %s, %s);\n", id, const_str(e, i->str, strlen(i->str)), a0,
                a1, a2);
            emit_check_null(e, i);
            break;
        }
        int nkw = (int)i->ival;
        char kw[32] = "0";
        if (nkw) snprintf(kw, sizeof kw, "K[%d]", const_kwnames(e, i->names, nkw));
        emit_args_array(e, i, 2, nkw);
        out(e, "      v%d = tr_class_new(K[%d], %s, %s, %s, a_); }\n", id, const_str(e, i->str, strlen(i->str)),
            a0, a1, kw);
        emit_check_null(e, i);
        break;
    }
    case IR_IMPORT:
        if (i->mod_ref) {
            vec_push(&e->imported, i->mod_ref);
            char *sym = module_init_symbol(i->mod_ref);
            out(e, "    v%d = tr_import(\"%s\", %s);\n", id, i->mod_ref->name, sym);
            free(sym);
        } else {
            out(e, "    v%d = tr_import_unknown(\"%s\");\n", id, i->str);
        }
        emit_check_null(e, i);
        break;
    case IR_IMPORT_FROM:
        out(e, "    v%d = tr_import_from(%s, K[%d]);\n", id, a0, emit_const_name(e, i->str));
        emit_check_null(e, i);
        break;
    case IR_IMPORT_STAR: { char x[64]; snprintf(x, sizeof x, "tr_import_star(%s, M)", a0); emit_check_neg(e, i, x); break; }
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
    case IR_EXC_STAR_MATCH: out(e, "    v%d = tr_exc_star_match(%s, %s);\n", id, a0, a1); emit_check_null(e, i); break;
    case IR_EXC_STAR_RAISED: out(e, "    tr_exc_star_raised(%s, %s, %s);\n", a0, a1, a2); break;
    case IR_EXC_STAR_FINISH: out(e, "    v%d = tr_exc_star_finish(%s);\n", id, a0); emit_check_null(e, i); break;
    case IR_WITH_ENTER:
        out(e, "    v%d = tr_%swith_enter(%s);\n", id, i->subop ? "async_" : "", a0);
        emit_check_null(e, i);
        break;
    case IR_WITH_EXIT_CALL: out(e, "    v%d = tr_with_exit_call(%s, %s);\n", id, a0, a1); emit_check_null(e, i); break;
    case IR_AWAITABLE: out(e, "    v%d = tr_awaitable(%s, %d);\n", id, a0, i->subop); emit_check_null(e, i); break;
    case IR_AITER: out(e, "    v%d = tr_aiter(%s);\n", id, a0); emit_check_null(e, i); break;
    case IR_ANEXT: out(e, "    v%d = tr_anext_awaitable(%s);\n", id, a0); emit_check_null(e, i); break;
    case IR_WITH_EXIT: { char x[64]; snprintf(x, sizeof x, "tr_with_exit(%s)", a0); emit_check_neg(e, i, x); break; }
    case IR_WITH_EXIT_EXC:
        out(e, "    v%d = tr_with_exit_exc(%s, %s);\n", id, a0, a1);
        out(e, "    if (TR_UNLIKELY(v%d < 0))", id);
        on_error(e, i, true);
        out(e, "\n");
        break;
    case IR_CHECK_SIGNALS: /* one test and a jump when none is pending, under libtcc too */
        out(e, "    if (TR_UNLIKELY(tr_signal_pending) && tr_handle_signals() < 0)");
        on_error(e, i, true);
        out(e, "\n");
        break;
    case IR_TRACE_LINE: break; /* its line event is before it (trace_line) */
    case IR_ASSERT_FAIL:
        out(e, "    tr_assert_fail(%s);", i->nargs ? a0 : "0");
        on_error(e, i, true);
        out(e, "\n");
        break;
    case IR_JUMP: out(e, "   "); emit_goto_block(e, i->target[0]); out(e, "\n"); break;
    case IR_BRANCH:
        out(e, "    if (%s) {", a0);
        emit_goto_block(e, i->target[0]);
        out(e, " } else {");
        emit_goto_block(e, i->target[1]);
        out(e, " }\n");
        break;
    case IR_FOR_NEXT:
        if (i->args[0]->type == TY_RANGE_LOOP) { /* a counting loop ends without an error to look for */
            out(e, "    v%d = tr_range_loop_next(&%s);\n", id, a0);
            out(e, "    if (!v%d) { if (TR_UNLIKELY(%s.it && tr_err_occurred()))", id, a0);
        } else if (i->args[0]->type == TY_SEQ_LOOP) {
            out(e, "    v%d = tr_%s_loop_next(&%s);\n", id, seq_loop_pairs(i->args[0]) ? "pair" : "seq", a0);
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
        emit_goto_block(e, i->target[1]);
        out(e, " }\n   ");
        emit_goto_block(e, i->target[0]);
        out(e, "\n");
        break;
    case IR_RETURN:
        trace_return(e, i, a0);
        if (e->frameless) {
            char *cn = code_name(e->fn);
            out(e, "    if (TR_LIKELY(tr_frame_room())) return %s;\n", a0);
            out(e, "    return tr_frameless_return_slow(&%s, %s);\n", cn, a0);
            free(cn);
        } else if (e->fn->is_generator) /* the finished body drops its values: see emit_generator */
            out(e, "    { TrValue ret_ = %s; gen->state = -1; memset(F, 0, sizeof *F); tr_recursion_leave(); return ret_; }\n", a0);
        else out(e, "    tr_recursion_leave(); return %s;\n", a0);
        break;
    case IR_YIELD: /* suspend; resume here with the sent value (0: thrown in) */
        trace_return(e, i, a0);
        if (i->exc) out(e, "    TR_GEN_SUSPEND_IN_TRY(gen);\n"); /* closed when collected (finalize.c) */
        if (e->fn->is_async) /* an async generator's value for its consumer */
            out(e, "    gen->state = %d; gen->agen_yielded = 1; tr_recursion_leave(); return %s;\n", i->subop, a0);
        else
            out(e, "    gen->state = %d; tr_recursion_leave(); return %s;\n", i->subop, a0);
        out(e, "Y%d:;\n    v%d = sent;\n", i->subop, id);
        e->frame_line = 0; /* resumed in a new slot */
        emit_check_null(e, i);
        break;
    case IR_YIELD_FROM: /* delegate to the sub-iterator until it finishes */
        out(e, "    v%d = tr_None;\nYL%d:;\n", id, i->subop);
        out(e, "    { TrValue o_; int s_ = tr_gen_delegate(gen, %s, v%d, &o_);\n      if (TR_UNLIKELY(s_ < 0))", a0, id);
        on_error(e, i, true);
        out(e, "\n");
        if (e->traced) out(e, "      if (s_ > 0 && tf_) tr_trace_return(tf_, o_);\n");
        out(e, "      if (s_ > 0) { gen->state = %d;%s tr_recursion_leave(); return o_; }\n", i->subop,
            i->exc ? " TR_GEN_SUSPEND_IN_TRY(gen);" : "");
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
        emit_check_null(e, i);
        break;
    case IR_CODE_IS: { /* and the arguments after the callee are exact floats (opt/inline.c) */
        char *cn = code_name(i->func_ref);
        if (e->spec) out(e, "    v%d = 1", id); /* the callee was tested at the copy's entry */
        else out(e, "    v%d = tr_is_function_of(%s, &%s)", id, a0, cn);
        for (int k = 1; k < i->nargs; k++) emit_guard_leaf(e, i->args[k]);
        out(e, ";\n");
        free(cn);
        break;
    }
    case IR_MATCH_SEQUENCE: out(e, "    v%d = tr_match_sequence(%s);\n", id, a0); break;
    case IR_OWNS_GEN: /* the for loop's iterable is a call of a generator function (iter_owned.c) */
        if (i->str) out(e, "    v%d = tr_method_calls_genfunc(%s, K[%d]);\n", id, a0, emit_const_name(e, i->str));
        else out(e, "    v%d = tr_calls_genfunc(%s);\n", id, a0);
        break;
    case IR_CLOSE_OWNED:
        if (i->args[0]->type == TY_SEQ_LOOP) /* the loop's iterator (a list walked by index has none) */
            out(e, "    if (%s && %s.it) tr_close_owned_iter(%s.it);\n", a1, a0, a0);
        else
            out(e, "    if (%s) tr_close_owned_iter(%s);\n", a1, a0);
        break;
    case IR_MATCH_MAPPING: out(e, "    v%d = tr_match_mapping(%s);\n", id, a0); break;
    case IR_MATCH_KEYS: out(e, "    v%d = tr_match_keys(%s, %s);\n", id, a0, a1); emit_check_null(e, i); break;
    case IR_MATCH_REST: out(e, "    v%d = tr_match_rest(%s, %s);\n", id, a0, a1); emit_check_null(e, i); break;
    case IR_MATCH_CLASS: {
        char kw[32] = "0";
        if (i->ival) snprintf(kw, sizeof kw, "K[%d]", const_kwnames(e, i->names, (int)i->ival));
        out(e, "    v%d = tr_match_class(%s, %s, %d, %s);\n", id, a0, a1, i->subop, kw);
        emit_check_null(e, i);
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

static void emit_instr(Emitter *e, Instr *i) {
    if (emits_nothing(i)) return;
    clear_accum_owners(e, i);
    if ((e->spec && copy_instr(e, i)) || int_copy_step(e, i)) return;
    if (i->fuse == FUSE_ROOT) {
        emit_float_tree(e, i);
    } else if (ir_float_comparison(i)) {
        emit_float_comparison(e, i);
    } else if (ir_typed_direct_call(i)) {
        emit_typed_direct_call(e, i);
    } else if (i->op == IR_RETURN && e->fn->returns_float) {
        emit_float_return(e, i);
    } else if (ir_unboxed_list_store(i)) {
        emit_float_list_store(e, i);
    } else if (!emit_small_int_op(e, i)) {
        if (!i->lazy_float && i->op != IR_CODE_IS) emit_box_operands(e, i); /* a math call boxes on its generic path */
        emit_op(e, i);
    }
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
                out(e, "%s%sdouble d%d = 0;\n", indent, copy_carries_float(f, i) ? "volatile " : "", i->id); /* read (unused) while v<id> is boxed */
                if (i->op == IR_PHI) out(e, "%sdouble phd%d = 0;\n", indent, i->id);
            }
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

static void emit_block(Emitter *e, Block *bl) {
    e->block = bl;
    e->frame_line = 0;
    out(e, "%s%d:;\n", e->spec ? "S" : e->int_copy ? "I" : "L", bl->id);
    for (int k = 0; k < bl->instrs.len; k++) {
        Instr *i = bl->instrs.data[k];
        if (i->op != IR_PHI || i->dead) continue;
        if (e->spec) out(e, "    s%d = sph%d;\n", i->id, i->id);
        else out(e, "    v%d = ph%d;\n", i->id, i->id);
        if (i->lazy_float && !e->spec) out(e, "    d%d = phd%d;\n", i->id, i->id);
    }
    if (e->spec) out(e, "SP%d:;\n", bl->id); /* copy_edge's entry */
    int_copy_enter(e, bl);
    SpecLoop *copied = e->spec ? 0 : copy_of_block(e->fn, bl);
    if (e->spec && bl == e->spec->header) out(e, "SE%d:;\n", bl->id);
    if (copied && bl == copied->header) copy_enter(e, copied);
    for (int k = 0; k < bl->instrs.len; k++) {
        Instr *i = bl->instrs.data[k];
        if (copied && copy_side_exit_target(copied, i)) {
            out(e, "X%d:;\n", i->id);
            e->frame_line = 0; /* the copy stored no line */
        }
        if (e->traced) trace_line(e, bl, k);
        /* a copy runs no program code (opt/spec_loop.c): what needs the line, a call
         * or an error, happens after a side exit, where X<id> stores it */
        if (!emits_nothing(i) && !e->spec) store_frame_line(e, bl, k);
        emit_instr(e, i);
    }
}

/* The generic blocks, then each copied loop's copy (float loops, then range loops). */
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
    for (int l = 0; l < f->int_loops.len && !e->for_libtcc; l++) {
        e->int_copy = f->int_loops.data[l];
        for (int b = 0; b < f->blocks.len; b++) {
            Block *bl = f->blocks.data[b];
            if (e->int_copy->in[bl->id]) emit_block(e, bl);
        }
        e->int_copy = 0;
    }
}

/* Annotated parameters: a wrong-typed argument raises TypeError at the call, before
 * the function's frame exists (so the traceback ends at the caller's line). */
static void emit_param_checks(Emitter *e, IrFunc *f) {
    if (!f->param_checks) return;
    bool direct = f->direct_entry || f->typed_of, any = false;
    for (int k = 0; f->param_checks[k]; k++) {
        if (f->param_checks[k] == '-' || (f->typed_of && (ir_is_float_param(f, k) || ir_is_int_param(f, k))))
            continue; /* an exact float passes `float`, a small int `int` */
        if (!any) out(e, "    if (fn->param_checks) {\n");
        any = true;
        out(e, "        if (TR_UNLIKELY(tr_check_param(fn, %d, %s%d%s) < 0)) return 0;\n", k, direct ? "a" : "args[", k,
            direct ? "" : "]");
    }
    if (any) out(e, "    }\n");
}

/* A function with a typed clone hands exact-float arguments to it, as doubles, and
 * small ints to its int parameters, as intptr_t. */
static void emit_typed_dispatch(Emitter *e, IrFunc *f) {
    if (!f->typed_clone) return;
    const char *pre = f->direct_entry ? "a" : "args[", *post = f->direct_entry ? "" : "]";
    out(e, "    if (1");
    for (int k = 0; k < f->nparams; k++) {
        if (ir_is_float_param(f, k)) out(e, " && tr_is_exact_float(%s%d%s)", pre, k, post);
        if (ir_is_int_param(f, k)) out(e, " && TR_IS_SMALL(%s%d%s)", pre, k, post);
    }
    char *tn = impl_name(f->typed_clone);
    bool doubles = f->typed_clone->returns_float;
    out(e, doubles ? ") {\n        double r_;\n        TrValue t_ = %s(fn" : ") return %s(fn", tn);
    free(tn);
    for (int k = 0; k < f->nparams; k++) {
        if (ir_is_int_param(f, k)) out(e, ", TR_SMALL_VAL(%s%d%s)", pre, k, post);
        else out(e, ", %s%d%s", pre, k, post);
        if (ir_is_float_param(f, k)) out(e, ", TR_FLOAT_VAL(%s%d%s)", pre, k, post);
    }
    if (doubles) out(e, ", &r_);\n        return t_ == TR_UNBOXED_FLOAT ? tr_float_new(r_) : t_;\n    }\n");
    else out(e, ");\n");
}

/* The opening of the function's C body: the declarations of its values. */
static void function_start(Emitter *e, IrFunc *f) {
    out(e, " {\n    (void)fn;%s\n", f->typed_of || f->direct_entry ? "" : " (void)args;");
    declare_values(e, f, "    ", false);
    copy_declare_locals(e, f);
    int_copy_declare_locals(e, f);
    declare_accum_owners(e, f);
    declare_known_lists(e, f);
}

/* The body in its frame slot: push, the blocks, the error exit. */
static void function_body(Emitter *e, IrFunc *f, const char *cn, bool pure) {
    if (e->traced) out(e, "    TrValue tf_ = 0;\n");
    if (pure) emit_pure_entry(e, f);
    out(e, "    TrFrameSlot *fr_ = tr_frame_enter(&%s);\n", cn);
    out(e, "    if (TR_UNLIKELY(!fr_)) return 0; /* as CPython's, a frame that cannot start has no traceback entry */\n");
    trace_call(e, cn, f->is_module_init ? 0 : f->firstline);
    emit_blocks(e, f);
    out(e, "L_error:\n");
    trace_error_exit(e);
    out(e, "    tr_recursion_leave();\n    return 0;\n}\n");
}

/* A function some of whose returns need no frame slot (emit_frameless.c) is two C
 * functions: `name` runs those blocks alone and returns from them without a slot, and
 * where they lead on it calls `name_f`, the whole function, which pushes the slot and
 * runs the frameless blocks again (they only compute, and come to the same edge).  cc
 * keeps name small, so a frameless return costs no saved registers and may be inlined
 * into callers. */
static void emit_frameless_entry(Emitter *e, IrFunc *f, const char *name, bool *frameless) {
    out(e, "\nstatic TrValue %s_f", name);
    function_params(e, f);
    out(e, " __attribute__((noinline));\nTrValue %s", name);
    function_params(e, f);
    function_start(e, f);
    emit_typed_dispatch(e, f);
    emit_param_checks(e, f);
    e->frameless = frameless;
    for (int b = 0; b < f->blocks.len; b++) {
        Block *bl = f->blocks.data[b];
        if (frameless[bl->id]) emit_block(e, bl);
    }
    e->frameless = 0;
    out(e, "}\n\nstatic TrValue %s_f", name);
    function_params(e, f);
    e->last_line = 0;
}

static void emit_function(Emitter *e, IrFunc *f) {
    e->fn = f;
    e->last_line = 0;
    char *impl = impl_name(f), *cn = code_name(f);
    char *name = function_c_name(f);
    if (f->direct_entry && !f->typed_of) { /* the call protocol's entry unpacks the arguments */
        out(e, "\nTrValue %s(TrFunc *fn, TrValue *args) { return %s(fn", impl, name);
        for (int k = 0; k < f->nparams; k++) out(e, ", args[%d]", k);
        out(e, "); }");
    }
    bool pure = emit_pure_eligible(e, f);
    if (pure) emit_pure_run(e, f);
    bool *frameless = emit_frameless_blocks(e);
    if (frameless) {
        emit_frameless_entry(e, f, name, frameless);
        function_start(e, f);
    } else {
        out(e, "\nTrValue %s", name);
        function_params(e, f);
        function_start(e, f);
        emit_typed_dispatch(e, f);
        emit_param_checks(e, f);
    }
    function_body(e, f, cn, pure);
    free(frameless);
    free(name);
    free(impl);
    free(cn);
}

/* A generator, coroutine or async generator: calling it allocates the frame (bound
 * args + every SSA value) and returns the object; r_<name> resumes the body at
 * gen->state.  A body that finishes (returns or raises) zeroes its frame, as CPython
 * clears a finished generator's frame: a finished generator someone still holds (the
 * `async for` iterator in its parent's frame) keeps nothing alive, where it used to keep
 * its own children and so on down (a tree walked by recursive async generators kept
 * every generator it had visited). */
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
    out(e, "    if (TR_UNLIKELY(!fr_)) { tr_tb_add(&%s, %d); gen->state = -1; memset(F, 0, sizeof *F); return 0; }\n", cn,
        f->firstline);
    if (e->traced) out(e, "#define tf_ (F->tf_)\n");
    trace_call(e, cn, f->firstline);
    out(e, "    switch (gen->state) {\n    case 0: break;\n");
    for (int k = 1; k <= nres; k++) out(e, "    case %d: goto Y%d;\n", k, k);
    out(e, "    default: tr_recursion_leave(); return 0;\n    }\n");
    out(e, "    if (TR_UNLIKELY(!sent)) { tr_tb_add(&%s, %d); goto L_error; }\n", cn, f->firstline);
    emit_blocks(e, f);
    out(e, "L_error:\n    gen->state = -1;\n");
    trace_error_exit(e);
    out(e, "    memset(F, 0, sizeof *F);\n");
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

/* The inline caches of the module's attribute, method and super() call sites, in one
 * block the collector empties instead of scanning (tr_add_cache_block): SITES.ac[i]. */
static void declare_site_caches(Emitter *e) {
    out(e, "typedef struct { TrAttrCache ac[%d]; TrMethodCache mc[%d]; TrSuperCache sc[%d]; } TrSiteCaches;\n",
        e->attr_caches ? e->attr_caches : 1, e->method_caches ? e->method_caches : 1, e->super_sites ? e->super_sites : 1);
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
    shared_extern(e, "TrSiteCaches", "SITES", "");
    snprintf(size, sizeof size, "[%d]", e->math_sites);
    if (e->math_sites) shared_extern(e, "TrMathSite", "MS", size);
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
    out(e, "%sTrSiteCaches SITES;\n", st);
    if (e->math_sites) out(e, "%sTrMathSite MS[%d];\n", st, e->math_sites);
    out(e, "%sTrValue M;\n\n", st);
}

/* The prototypes part `part` needs: its own functions, static unless another part calls
 * them directly, and those of other parts it may call. */
static void declare_functions(Emitter *e, int part) {
    for (int i = 0; i < e->irm->funcs.len; i++) {
        IrFunc *f = e->irm->funcs.data[i];
        bool own = e->split.part_of[i] == part;
        char *impl = impl_name(f);
        const char *opt = e->light_opt[i] ? "TR_LIGHT_OPT " : "";
        if (!f->typed_of && own) out(e, "static %sTrValue %s(TrFunc *fn, TrValue *args);\n", opt, impl);
        free(impl);
        if ((f->direct_entry || f->typed_of) && (own || e->split.shared[i])) {
            char *dn = f->typed_of ? impl_name(f) : direct_name(f);
            out(e, "%s%sTrValue %s", e->split.shared[i] ? "" : "static ", opt, dn);
            direct_params(e, f);
            if (e->split.shared[i]) out(e, " TR_PART_SHARED(\"%s.%s\")", e->mod->c_name, dn);
            out(e, ";\n");
            free(dn);
        }
    }
}

/* Part 0's module init: registers the roots, makes the constants, runs the body.  The
 * program's main module also has the program's main() there. */
/* The main module's table of every module compiled into the program, for __import__
 * of a name computed at run time (runtime/module.c). */
static void emit_program_modules(Emitter *e) {
    Vec *mods = &e->prog->modules;
    for (int i = 0; i < mods->len; i++) {
        if (mods->data[i] == e->prog->main) continue;
        char *sym = module_init_symbol(mods->data[i]);
        out(e, "TrValue %s(void);\n", sym);
        free(sym);
    }
    out(e, "static const TrModuleInit program_modules[] = {\n");
    for (int i = 0; i < mods->len; i++) {
        Module *m = mods->data[i];
        if (m == e->prog->main) continue;
        char *sym = module_init_symbol(m);
        out(e, "    {\"%s\", %s},\n", m->name, sym);
        free(sym);
    }
    out(e, "    {0, 0},\n};\n");
}

static void emit_module_init(Emitter *e) {
    Module *m = e->mod;
    char *sym = module_init_symbol(m);
    char *file = c_str(m->file->path, strlen(m->file->path));
    bool is_main = m == e->prog->main;
    if (is_main) emit_program_modules(e);
    out(e, "\nTR_LIGHT_OPT TrValue %s(void) {\n", sym); /* runs once */
    /* M stays after the body raised (tracebacks read the module's globals), but an
     * import again runs the init again, as CPython runs the body again */
    out(e, "    static bool body_raised;\n");
    out(e, "    if (M && !body_raised) return M; /* initialised, or importing cyclically */\n");
    out(e, "    body_raised = false;\n");
    out(e, "    tr_add_roots(G, sizeof G); tr_add_roots(K, sizeof K); tr_add_roots(BI, sizeof BI);\n");
    out(e, "    tr_add_roots(&M, sizeof M); tr_add_cache_block(&SITES, sizeof SITES);\n");
    if (e->math_sites) out(e, "    tr_add_roots(MS, sizeof MS);\n");
    out(e, "    M = tr_module_new(\"%s\", %d, G, slot_names);\n", m->name, m->globals.len);
    for (int i = 0; i < e->const_code.len; i++) {
        out(e, "    K[%d] = %s;\n", i, (char *)e->const_code.data[i]);
        out(e, "    if (!K[%d]) return 0;\n", i);
    }
    out(e, "    tr_builtins_bind(BI, BIN);\n");
    if (is_main) out(e, "    tr_set_program_modules(program_modules);\n");
    out(e, "    G[%d] = tr_str_from_cstr(\"%s\");\n", module_global_slot(m, "__name__"), m->name);
    if (m->is_namespace) out(e, "    if (tr_module_make_namespace(M, %s) < 0) return 0;\n", file);
    else out(e, "    G[%d] = tr_str_new(%s, %zu);\n", module_global_slot(m, "__file__"), file, strlen(m->file->path));
    out(e, "    if (!f_%s(0, 0)) { body_raised = true; return 0; }\n", ((IrFunc *)e->irm->funcs.data[0])->name);
    out(e, "    return M;\n}\n");
    free(sym);
    free(file);
}

/* Part `part` of the module's C, given each function's body. */
static char *emit_part(Emitter *e, int part, char **bodies, size_t *body_lens) {
    StrBuf text = {0};
    e->out = &text;
    out(e, "/* generated by trc %s from %s", TRC_VERSION, e->mod->file->name);
    if (is_split(e)) out(e, ", part %d of %d", part + 1, e->split.nparts);
    out(e, " — do not edit */\n#include \"tr.h\"\n#include \"tr_compiled.h\"\n\n");
    declare_module_inits(e);
    out(e, "\n");
    declare_site_caches(e);
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
        if (e->split.part_of[i] == part) sb_add(e->out, bodies[i], body_lens[i]);
    if (part == 0) emit_module_init(e);
    if (part == 0 && e->mod == e->prog->main) {
        char *sym = module_init_symbol(e->mod);
        out(e, "\nint main(int argc, char **argv) { return tr_main(argc, argv, %s); }\n", sym);
        free(sym);
    }
    e->out = NULL;
    return text.data;
}

/* Whether cc compiles f at -O1 within the -O2 unit (TR_LIGHT_OPT, tr_compiled.h): -O2
 * takes cc 1.5-3x -O1's time and pays only where code runs often.  A module body
 * without a loop runs once, at its import.  A function of more C than LIGHT_OPT_BYTES
 * (pyperformance's regex_v8: twelve functions of 60-500 KB, each a long run of
 * `regexs[k].sub(...)` calls) would alone cost cc more than a build's 2 s at -O2
 * (a 0.73 MB unit of them: 7.7 s, against 2.5 s at -O1), and the work in such a
 * run of calls is in the functions it calls, compiled as before.  Functions of the
 * benchmarks' hot loops are under 61 KB. */
#define LIGHT_OPT_BYTES 65536
static bool light_optimised(IrFunc *f, size_t c_bytes) {
    if (c_bytes > LIGHT_OPT_BYTES) return true;
    return f->is_module_init && !ir_has_cycle(f);
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
        StrBuf body = {0};
        e.out = &body;
        if (f->is_generator) emit_generator(&e, f);
        else emit_function(&e, f);
        bodies[i] = body.data;
        body_lens[i] = body.len;
    }
    e.split = split_module(irm, body_lens, max_parts);
    e.light_opt = xmalloc(sizeof(bool) * (n ? n : 1));
    for (int i = 0; i < n; i++) e.light_opt[i] = light_optimised(irm->funcs.data[i], body_lens[i]);
    sort_module_inits(&e);
    Vec parts = {0};
    for (int k = 0; k < e.split.nparts; k++) vec_push(&parts, emit_part(&e, k, bodies, body_lens));
    for (int i = 0; i < n; i++) free(bodies[i]);
    free(bodies);
    free(body_lens);
    free(e.split.part_of);
    free(e.split.shared);
    free(e.light_opt);
    str_index_free(&e.const_index);
    return parts;
}
