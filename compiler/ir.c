/* ir.c — the typed SSA IR: construction helpers, op properties and the text dump
 * printed by --emit-ir.  Every block ends with one terminator; an instruction that
 * may raise names its exceptional successor in `exc` (0 = leave the function). */
#include "trc.h"

static const char *const op_names[] = {
#define IR_NAME(name) #name,
    IR_OPS(IR_NAME)
#undef IR_NAME
};

const char *ir_op_name(IrOp op) { return op_names[op]; }

const char *ir_type_name(IrType t) {
    static const char *const names[] = {
        "dyn", "int", "float", "bool", "str", "bytes", "None", "list", "tuple", "dict",
        "set", "func", "class", "cbool", "rangeloop", "seqloop", "pack", "void",
    };
    return names[t];
}

IrFunc *ir_func_new(Module *m, const char *name) {
    IrFunc *f = xmalloc(sizeof(IrFunc));
    f->module = m;
    f->name = xstrdup(name);
    return f;
}

int ir_block_id_bound(const IrFunc *f) {
    int n = 0;
    for (int b = 0; b < f->blocks.len; b++)
        if (((Block *)f->blocks.data[b])->id >= n) n = ((Block *)f->blocks.data[b])->id + 1;
    return n;
}

IrFunc *ir_func_clone(IrFunc *f, const char *name) {
    IrFunc *c = xmalloc(sizeof(IrFunc));
    *c = *f;
    c->name = xstrdup(name);
    c->blocks = (Vec){0};
    int nblocks = ir_block_id_bound(f);
    Block **bmap = xmalloc(((size_t)nblocks + 1) * sizeof *bmap); /* by block id */
    Instr **imap = xmalloc(((size_t)f->nvalues + 1) * sizeof *imap); /* by value id */
    for (int b = 0; b < f->blocks.len; b++) {
        Block *fb = f->blocks.data[b], *cb = xmalloc(sizeof(Block));
        *cb = *fb;
        cb->func = c;
        cb->instrs = cb->preds = cb->incomplete_phis = (Vec){0};
        cb->defs = NULL, cb->ndefs = 0;
        bmap[fb->id] = cb;
        vec_push(&c->blocks, cb);
        for (int k = 0; k < fb->instrs.len; k++) {
            Instr *i = fb->instrs.data[k], *ci = xmalloc(sizeof(Instr));
            *ci = *i;
            ci->block = cb;
            ci->args = NULL, ci->nargs = 0;
            imap[i->id] = ci;
            vec_push(&cb->instrs, ci);
        }
    }
    for (int b = 0; b < f->blocks.len; b++) { /* edges and operands, now that every copy exists */
        Block *fb = f->blocks.data[b], *cb = bmap[fb->id];
        for (int p = 0; p < fb->preds.len; p++) vec_push(&cb->preds, bmap[((Block *)fb->preds.data[p])->id]);
        for (int k = 0; k < fb->instrs.len; k++) {
            Instr *i = fb->instrs.data[k], *ci = cb->instrs.data[k];
            if (i->exc) ci->exc = bmap[i->exc->id];
            for (int t = 0; t < 2; t++)
                if (i->target[t]) ci->target[t] = bmap[i->target[t]->id];
            for (int a = 0; a < i->nargs; a++) ir_add_arg(ci, i->args[a] ? imap[i->args[a]->id] : NULL);
        }
    }
    free(bmap);
    free(imap);
    return c;
}

Block *ir_block_new(IrFunc *f) {
    Block *b = xmalloc(sizeof(Block));
    b->id = f->blocks.len;
    b->func = f;
    vec_push(&f->blocks, b);
    return b;
}

Instr *ir_instr_new(Block *b, IrOp op, IrType type, int line) {
    Instr *i = xmalloc(sizeof(Instr));
    i->op = op;
    i->type = type;
    i->line = line;
    i->block = b;
    i->var = -1;
    i->id = b->func->nvalues++;
    vec_push(&b->instrs, i);
    return i;
}

void ir_add_arg(Instr *i, Instr *arg) {
    i->args = xrealloc(i->args, sizeof(Instr *) * (i->nargs + 1));
    i->args[i->nargs++] = arg;
}

bool ir_is_terminator(IrOp op) {
    switch (op) {
    case IR_JUMP: case IR_BRANCH: case IR_FOR_NEXT: case IR_RETURN: case IR_RAISE:
    case IR_RERAISE: case IR_UNREACHABLE: case IR_ASSERT_FAIL:
        return true;
    default:
        return false;
    }
}

/* Ops that never fail: constants, SSA plumbing, closure access, boxing, identity. */
bool ir_op_can_raise(IrOp op) {
    switch (op) {
    case IR_CONST_INT: case IR_CONST_FLOAT: case IR_CONST_IMAG: case IR_CONST_STR:
    case IR_CONST_BYTES: case IR_CONST_NONE: case IR_CONST_TRUE: case IR_CONST_FALSE:
    case IR_CONST_ELLIPSIS: case IR_CONST_BIGINT: case IR_UNDEF: case IR_PARAM: case IR_PHI:
    case IR_COPY: case IR_CELL_NEW: case IR_CELL_SET: case IR_CLOSURE:
    case IR_GLOBAL_STORE: case IR_BOX_BOOL: case IR_IS: case IR_EXTRACT: case IR_LANDINGPAD:
    case IR_EXC_HANDLED_SWAP: case IR_EXC_HANDLED_SET: case IR_JUMP: case IR_BRANCH:
    case IR_RETURN: case IR_UNREACHABLE: case IR_BUILD_TUPLE: case IR_BUILD_LIST:
    case IR_BUILD_SLICE: case IR_LIST_TO_TUPLE: case IR_MAKE_FUNCTION:
    case IR_MATCH_SEQUENCE: case IR_MATCH_MAPPING: case IR_CODE_IS: case IR_BUILTIN_IS:
    case IR_OWNS_GEN: case IR_CLOSE_OWNED:
        return false;
    default:
        return true;
    }
}

int ir_block_succs(Block *b, Block **out) {
    int n = 0;
    for (int k = 0; k < b->instrs.len; k++) {
        Instr *i = b->instrs.data[k];
        if (i->exc && n < 64) {
            bool seen = false;
            for (int j = 0; j < n; j++) seen |= out[j] == i->exc;
            if (!seen) out[n++] = i->exc;
        }
    }
    if (b->instrs.len) {
        Instr *t = b->instrs.data[b->instrs.len - 1];
        for (int k = 0; k < 2; k++)
            if (t->target[k] && n < 64) {
                bool seen = false;
                for (int j = 0; j < n; j++) seen |= out[j] == t->target[k];
                if (!seen) out[n++] = t->target[k];
            }
    }
    return n;
}

static void dump_str(FILE *out, const char *s, size_t len) {
    fputc('"', out);
    for (size_t i = 0; i < len; i++) {
        unsigned char c = s[i];
        if (c == '"' || c == '\\') fprintf(out, "\\%c", c);
        else if (c == '\n') fputs("\\n", out);
        else if (c < 32 || c == 127) fprintf(out, "\\x%02x", c);
        else fputc(c, out);
    }
    fputc('"', out);
}

static void dump_instr(FILE *out, Instr *i) {
    fprintf(out, "    ");
    if (i->type != TY_VOID) fprintf(out, "v%d: %s = ", i->id, ir_type_name(i->type));
    fprintf(out, "%s", ir_op_name(i->op));
    switch (i->op) {
    case IR_CONST_INT: fprintf(out, " %lld", (long long)i->ival); break;
    case IR_CONST_FLOAT: case IR_CONST_IMAG: fprintf(out, " %.17g", i->fval); break;
    case IR_CONST_BIGINT: fprintf(out, " %s", i->str); break;
    case IR_CONST_STR: case IR_CONST_BYTES: fputc(' ', out); dump_str(out, i->str, i->len); break;
    case IR_BINOP: case IR_INPLACE: case IR_UNARY: case IR_COMPARE: case IR_COMPARE_BOOL:
    case IR_MATCH_CLASS:
        fprintf(out, ".%d", i->subop);
        break;
    case IR_RANGE_ITER:
        if (i->subop == RANGE_ITER_REVERSED) fprintf(out, " reversed");
        break;
    default: break;
    }
    if (i->str && i->op != IR_CONST_STR && i->op != IR_CONST_BYTES && i->op != IR_CONST_BIGINT)
        fprintf(out, " '%s'", i->str);
    if (i->op == IR_PARAM || i->op == IR_GLOBAL_LOAD || i->op == IR_GLOBAL_STORE ||
        i->op == IR_CLOSURE || i->op == IR_EXTRACT)
        fprintf(out, " #%lld", (long long)i->ival);
    if (i->func_ref) fprintf(out, " @%s", i->func_ref->name);
    if (i->mod_ref) fprintf(out, " module %s", i->mod_ref->name);
    for (int a = 0; a < i->nargs; a++) {
        if (!i->args[a]) { fprintf(out, "%s_", a ? ", " : " "); continue; }
        fprintf(out, "%sv%d", a ? ", " : " ", i->args[a]->id);
        if (i->op == IR_PHI) fprintf(out, "(b%d)", ((Block *)i->block->preds.data[a])->id);
    }
    for (int k = 0; k < 2; k++)
        if (i->target[k]) fprintf(out, "%sb%d", k ? ", " : " -> ", i->target[k]->id);
    if (i->exc) fprintf(out, " !exc b%d", i->exc->id);
    if (i->fuse) fprintf(out, i->fuse == FUSE_ROOT ? " [float tree]" : " [in float tree]");
    if (i->lazy_float) fprintf(out, " [unboxed]");
    if (i->accum) fprintf(out, " [accum %d]", i->accum);
    if (i->line) fprintf(out, "  @%d", i->line);
    fputc('\n', out);
}

/* "  [spec loop b5 b6 ...]" after the header of a loop with a copy (kind "spec" or "int"). */
static void dump_loop_copy(FILE *out, IrFunc *fn, const char *kind, const bool *in) {
    fprintf(out, "  [%s loop", kind);
    for (int b = 0; b < fn->blocks.len; b++) {
        Block *bl = fn->blocks.data[b];
        if (in[bl->id]) fprintf(out, " b%d", bl->id);
    }
    fputc(']', out);
}

/* " [lists v3 float<7 entry, v9 seq]": the lists a spec copy tests once (opt/spec_lists.c) */
static void dump_checked_lists(FILE *out, const SpecLoop *sl) {
    if (!sl->checked.len) return;
    fprintf(out, " [lists");
    for (int k = 0; k < sl->checked.len; k++) {
        const SpecList *c = sl->checked.data[k];
        fprintf(out, "%s v%d", k ? "," : "", c->list->id);
        if (c->floats) fprintf(out, " float<%lld", c->need);
        else fprintf(out, " seq");
        if (c->at_entry) fprintf(out, " entry");
    }
    fputc(']', out);
}

static void dump_loop_copies(FILE *out, IrFunc *fn, Block *header) {
    for (int l = 0; l < fn->spec_loops.len; l++) {
        SpecLoop *sl = fn->spec_loops.data[l];
        if (sl->header != header) continue;
        dump_loop_copy(out, fn, "spec", sl->in);
        dump_checked_lists(out, sl);
    }
    for (int l = 0; l < fn->int_loops.len; l++) {
        IntLoop *il = fn->int_loops.data[l];
        if (il->header == header) dump_loop_copy(out, fn, "int", il->in);
    }
}

void ir_dump_module(FILE *out, IrModule *m) {
    for (int f = 0; f < m->funcs.len; f++) {
        IrFunc *fn = m->funcs.data[f];
        fprintf(out, "function %s(", fn->qualname ? fn->qualname : fn->name);
        for (int p = 0; p < fn->param_names.len; p++)
            fprintf(out, "%s%s", p ? ", " : "", (char *)fn->param_names.data[p]);
        fprintf(out, ")%s  # %s:%d\n", fn->typed_of ? " [typed clone]" : "", m->module->file->name, fn->firstline);
        for (int b = 0; b < fn->blocks.len; b++) {
            Block *bl = fn->blocks.data[b];
            if (!bl->instrs.len) continue;
            fprintf(out, "  b%d:", bl->id);
            if (bl->preds.len) {
                fprintf(out, "  # preds");
                for (int p = 0; p < bl->preds.len; p++) fprintf(out, " b%d", ((Block *)bl->preds.data[p])->id);
            }
            dump_loop_copies(out, fn, bl);
            fputc('\n', out);
            for (int k = 0; k < bl->instrs.len; k++) {
                Instr *i = bl->instrs.data[k];
                if (!i->dead) dump_instr(out, i);
            }
        }
        fputc('\n', out);
    }
}

/* ---------------------------------------------------------------- uses (for passes) */

bool ir_op_is_pure(IrOp op) {
    switch (op) {
    case IR_CONST_INT: case IR_CONST_BIGINT: case IR_CONST_FLOAT: case IR_CONST_IMAG:
    case IR_CONST_STR: case IR_CONST_BYTES: case IR_CONST_NONE: case IR_CONST_TRUE:
    case IR_CONST_FALSE: case IR_CONST_ELLIPSIS: case IR_PHI: case IR_COPY: case IR_BOX_BOOL:
    case IR_IS: case IR_NOT: case IR_CLOSURE: case IR_BUILTIN: case IR_EXTRACT: case IR_PARAM:
    case IR_BUILD_TUPLE: case IR_BUILD_SLICE: case IR_MAKE_FUNCTION: case IR_CELL_NEW:
    case IR_MATCH_SEQUENCE: case IR_MATCH_MAPPING: case IR_CODE_IS: case IR_BUILTIN_IS:
    case IR_OWNS_GEN:
        return true;
    default:
        return false;
    }
}

IrUses ir_uses(IrFunc *f) {
    size_t n = (size_t)f->nvalues + 1;
    IrUses u = {xmalloc(n * sizeof(int)), xmalloc(n * sizeof(Instr *)), xmalloc(n * sizeof(int))};
    for (int b = 0; b < f->blocks.len; b++) {
        Block *bl = f->blocks.data[b];
        for (int k = 0; k < bl->instrs.len; k++) {
            Instr *i = bl->instrs.data[k];
            u.index[i->id] = k;
            if (i->dead) continue;
            for (int a = 0; a < i->nargs; a++)
                if (i->args[a]) { u.count[i->args[a]->id]++; u.user[i->args[a]->id] = i; }
        }
    }
    return u;
}

Instr **ir_module_slot_values(IrModule *m, int *nslots) {
    IrFunc *init = m->funcs.data[0];
    int n = 0;
    for (int b = 0; b < init->blocks.len; b++) {
        Block *bl = init->blocks.data[b];
        for (int k = 0; k < bl->instrs.len; k++) {
            Instr *i = bl->instrs.data[k];
            if (!i->dead && i->op == IR_GLOBAL_STORE && i->ival >= n) n = (int)i->ival + 1;
        }
    }
    Instr **values = xmalloc(((size_t)n + 1) * sizeof *values);
    bool *stored = xmalloc((size_t)n + 1);
    for (int b = 0; b < init->blocks.len; b++) {
        Block *bl = init->blocks.data[b];
        for (int k = 0; k < bl->instrs.len; k++) {
            Instr *i = bl->instrs.data[k];
            if (i->dead || i->op != IR_GLOBAL_STORE) continue;
            values[i->ival] = stored[i->ival] ? NULL : i->args[0];
            stored[i->ival] = true;
        }
    }
    free(stored);
    *nslots = n;
    return values;
}

bool ir_exact_double_int(const Instr *i) {
    return i->op == IR_CONST_INT && i->ival >= -(INT64_C(1) << 53) && i->ival <= (INT64_C(1) << 53);
}

bool ir_int_closed_op(int subop) {
    return subop == OP_ADD || subop == OP_SUB || subop == OP_MUL || subop == OP_FLOORDIV || subop == OP_MOD;
}

static bool likely_int_within(const Instr *x, int depth) {
    if (x->type == TY_INT) return true;
    if (x->op == IR_FOR_NEXT) return x->args[0]->type == TY_RANGE_LOOP;
    if (x->op != IR_BINOP || depth == 0 || !ir_int_closed_op(x->subop)) return false;
    return likely_int_within(x->args[0], depth - 1) && likely_int_within(x->args[1], depth - 1);
}

bool ir_likely_int(const Instr *x) { return likely_int_within(x, 6); }

bool *ir_reachable(IrFunc *f, Block *start, Block *stop) {
    bool *seen = xmalloc((size_t)ir_block_id_bound(f) + 1);
    if (start == stop) return seen;
    Vec work = {0};
    vec_push(&work, start);
    seen[start->id] = true;
    while (work.len) {
        Block *b = work.data[--work.len], *succ[64];
        int ns = ir_block_succs(b, succ);
        for (int s = 0; s < ns; s++)
            if (succ[s] != stop && !seen[succ[s]->id]) seen[succ[s]->id] = true, vec_push(&work, succ[s]);
    }
    free(work.data);
    return seen;
}

/* Depth-first from the entry: an edge into a block still on the path closes a cycle. */
bool ir_has_cycle(IrFunc *f) {
    enum { UNSEEN, ON_PATH, DONE };
    char *state = xmalloc((size_t)ir_block_id_bound(f) + 1);
    Vec path = {0}, next_succ = {0}; /* the path's blocks, and the successor each tries next */
    Block *entry = f->blocks.data[0];
    vec_push(&path, entry);
    vec_push(&next_succ, (void *)0);
    state[entry->id] = ON_PATH;
    bool cycle = false;
    while (path.len && !cycle) {
        Block *b = path.data[path.len - 1], *succ[64];
        int ns = ir_block_succs(b, succ), k = (int)(intptr_t)next_succ.data[path.len - 1];
        if (k == ns) {
            state[b->id] = DONE;
            path.len--, next_succ.len--;
            continue;
        }
        next_succ.data[path.len - 1] = (void *)(intptr_t)(k + 1);
        Block *s = succ[k];
        if (state[s->id] == ON_PATH) cycle = true;
        else if (state[s->id] == UNSEEN) {
            state[s->id] = ON_PATH;
            vec_push(&path, s);
            vec_push(&next_succ, (void *)0);
        }
    }
    free(state);
    free(path.data);
    free(next_succ.data);
    return cycle;
}

bool ir_used_beyond_edge(IrFunc *f, Instr *x, Instr *phi, Block *to) {
    bool *reach = ir_reachable(f, to, x->block), used = false;
    for (int b = 0; b < f->blocks.len && !used; b++) {
        Block *bl = f->blocks.data[b];
        if (!reach[bl->id]) continue;
        for (int k = 0; k < bl->instrs.len && !used; k++) {
            Instr *i = bl->instrs.data[k];
            if (i->dead || i == phi) continue;
            for (int a = 0; a < i->nargs && !used; a++) used = i->args[a] == x;
        }
    }
    free(reach);
    return used;
}

bool ir_float_comparison(const Instr *i) {
    if (i->op != IR_COMPARE_BOOL || i->subop > CMP_GE) return false;
    bool floatish = false;
    for (int a = 0; a < 2; a++) {
        const Instr *x = i->args[a];
        if (x->lazy_float || x->op == IR_CONST_FLOAT) floatish = true;
        else if (x->op == IR_CONST_INT) {
            if (!ir_exact_double_int(x)) return false;
        } else if (x->type != TY_DYN && x->type != TY_FLOAT) return false;
    }
    return floatish;
}

bool ir_unboxed_list_store(const Instr *i) {
    return i->op == IR_SETITEM && i->args[2]->lazy_float && !i->args[0]->lazy_float && !i->args[1]->lazy_float;
}

bool ir_surely_float(const Instr *x) {
    return x->fuse == FUSE_INTERIOR || x->op == IR_CONST_FLOAT || x->type == TY_FLOAT || x->lazy_float;
}

bool ir_is_float_param(const IrFunc *f, int k) { return k < 32 && (f->float_params >> k & 1); }
bool ir_is_int_param(const IrFunc *f, int k) { return k < 32 && (f->int_params >> k & 1); }

bool ir_surely_small_int_in(const IrFunc *fn, const Instr *x, const Instr *item) {
    if (x == item) return true;
    switch (x->op) {
    case IR_CONST_INT: return x->ival >= -(1LL << 29) && x->ival < (1LL << 29); /* 32-bit words hold 31 bits */
    case IR_PARAM: return fn->typed_of && ir_is_int_param(fn, (int)x->ival);
    case IR_UNARY: return x->subop == OP_INVERT && ir_surely_small_int_in(fn, x->args[0], item);
    case IR_BINOP: case IR_INPLACE: {
        /* operators whose result lies between their small operands' bounds (x // c: |c| >= 1, c != -1) */
        const Instr *y = x->args[1];
        bool narrows = x->subop == OP_MOD || x->subop == OP_RSHIFT || x->subop == OP_BITAND ||
                       x->subop == OP_BITOR || x->subop == OP_BITXOR ||
                       (x->subop == OP_FLOORDIV && y->op == IR_CONST_INT && y->ival != 0 && y->ival != -1);
        return narrows && !x->accum && ir_surely_small_int_in(fn, x->args[0], item) && ir_surely_small_int_in(fn, y, item);
    }
    default: return false;
    }
}

bool ir_surely_small_int(const IrFunc *fn, const Instr *x) { return ir_surely_small_int_in(fn, x, NULL); }

bool ir_typed_direct_call(const Instr *call) {
    if (call->op != IR_CALL_DIRECT || !call->func_ref->typed_clone) return false;
    for (int k = 0; k < call->nargs - 1; k++) {
        const Instr *x = call->args[1 + k];
        if (ir_is_float_param(call->func_ref, k) && !x->lazy_float && x->type != TY_FLOAT) return false;
    }
    return true;
}

IrFunc *ir_callee_def(Instr *call, Instr **values, int nslots) {
    Instr *c = call->args[0];
    if (c->op != IR_GLOBAL_LOAD || c->ival >= nslots || !values[c->ival]) return NULL;
    return values[c->ival]->op == IR_MAKE_FUNCTION ? values[c->ival]->func_ref : NULL;
}

bool ir_is_own_method_call(const IrFunc *f, const Instr *call) {
    const Scope *s = f->scope;
    if (call->op != IR_CALL_METHOD || call->ival || call->lazy_float || call->nargs != f->argcount || !s ||
        !s->parent || s->parent->kind != SC_CLASS || f->is_generator || f->is_async)
        return false;
    const char *dot = strrchr(f->qualname, '.');
    return !strcmp(call->str, dot ? dot + 1 : f->qualname);
}

void ir_uses_free(IrUses *u) {
    free(u->count);
    free(u->user);
    free(u->index);
}
