/* str_accum.c — building a string with `s += t` in a loop, without copying s each time.
 * CPython appends in place when the string's reference count says nobody else sees it;
 * a tracing GC cannot tell, so the compiler proves what it can and a run-time flag
 * tracks the rest.  `+` and `+=` operators whose type may be str, and the phis that
 * carry their results, are grouped into webs (one per accumulating variable, in
 * practice).  An operator becomes an ACCUM of its web when no other value of the web
 * is used after it (before being defined again): then the string its left operand
 * holds is dead once the operator runs.  The emitter keeps one flag per web, "the web's
 * string was made by an ACCUM and nothing else has seen it": an ACCUM sets it, any
 * other use of a web value (a call argument, a store, a return, ...) and a phi input
 * from outside the web clear it.  While it is set, the runtime (tr_str_accum) may
 * append to the string in place, into room it left when it allocated the string.
 * require: SSA, types inferred, DCE done; runs after fuse_float/unbox_float (their
 * operators are doubles, not candidates).  guarantee: Instr.accum numbers the web of an
 * ACCUM or of a phi joined to one (0 for everything else); generator functions, whose
 * values live in their frames, get none. */
#include "../trc.h"

static bool candidate(const Instr *i) {
    if (i->dead || (i->op != IR_BINOP && i->op != IR_INPLACE) || i->subop != OP_ADD) return false;
    if (i->fuse != FUSE_NONE || i->lazy_float) return false;
    return i->type == TY_DYN || i->type == TY_STR;
}

static bool numeric(const Instr *x) {
    return x->type == TY_INT || x->type == TY_FLOAT || x->type == TY_BOOL || x->op == IR_CONST_INT ||
           x->op == IR_CONST_FLOAT;
}

/* Union-find over value ids. */
static int find(int *parent, int x) {
    while (parent[x] != x) x = parent[x] = parent[parent[x]];
    return x;
}

static void unite(int *parent, int a, int b) { parent[find(parent, a)] = find(parent, b); }

static bool joins(const Instr *x, const bool *member) { return x->op == IR_PHI ? !x->dead : member[x->id]; }

/* Whether a phi of `to` takes v on the edge from `from`. */
static bool edge_uses(Block *from, Block *to, const Instr *v) {
    int k = 0;
    while (k < to->preds.len && to->preds.data[k] != from) k++;
    if (k == to->preds.len) return false;
    for (int p = 0; p < to->instrs.len; p++) {
        Instr *phi = to->instrs.data[p];
        if (phi->op != IR_PHI) break;
        if (!phi->dead && phi->args[k] == v) return true;
    }
    return false;
}

/* Whether a use of v is reachable from instruction `from` of block b without passing
 * v's definition (which would make it a new value).  seen: blocks entered at their
 * start. */
static bool used_later(const Instr *v, Block *b, int from, bool *seen) {
    if (from == 0) {
        if (seen[b->id]) return false;
        seen[b->id] = true;
    }
    for (int k = from; k < b->instrs.len; k++) {
        Instr *i = b->instrs.data[k];
        if (i == v) return false;
        if (i->dead || i->op == IR_PHI) continue; /* a phi's uses are on its edges */
        for (int a = 0; a < i->nargs; a++)
            if (i->args[a] == v) return true;
    }
    Block *succ[64];
    int n = ir_block_succs(b, succ);
    for (int s = 0; s < n; s++)
        if (edge_uses(b, succ[s], v) || used_later(v, succ[s], 0, seen)) return true;
    return false;
}

/* op may reuse its left operand's string: no other value of its web is used after it. */
static bool may_reuse(Instr *op, Vec *web, bool *seen, int nblocks) {
    int at = 0;
    while (op->block->instrs.data[at] != op) at++;
    for (int m = 0; m < web->len; m++) {
        Instr *v = web->data[m];
        if (v == op) continue;
        memset(seen, 0, (size_t)nblocks);
        if (used_later(v, op->block, at + 1, seen)) return false;
    }
    return true;
}

static void accum_webs(IrFunc *f, int *next_web) {
    int n = f->nvalues, nblocks = ir_block_id_bound(f);
    bool *member = xmalloc((size_t)n + 1), *seen = xmalloc((size_t)nblocks + 1);
    int *parent = xmalloc(sizeof(int) * (size_t)n);
    Vec all = {0};
    for (int b = 0; b < f->blocks.len; b++) {
        Block *bl = f->blocks.data[b];
        for (int k = 0; k < bl->instrs.len; k++) {
            Instr *i = bl->instrs.data[k];
            if (i->id < n) member[i->id] = candidate(i);
            vec_push(&all, i);
        }
    }
    /* operators that cannot reuse their operand drop out, which may split webs: repeat */
    for (bool changed = true; changed;) {
        changed = false;
        for (int v = 0; v < n; v++) parent[v] = v;
        for (int k = 0; k < all.len; k++) {
            Instr *i = all.data[k];
            if (i->dead || i->id >= n) continue;
            if (i->op == IR_PHI) {
                for (int a = 0; a < i->nargs; a++)
                    if (joins(i->args[a], member)) unite(parent, i->id, i->args[a]->id);
            } else if (member[i->id] && joins(i->args[0], member)) {
                unite(parent, i->id, i->args[0]->id);
            }
        }
        for (int k = 0; k < all.len && !changed; k++) {
            Instr *op = all.data[k];
            if (op->id >= n || op->op == IR_PHI || !member[op->id]) continue;
            Vec web = {0};
            for (int j = 0; j < all.len; j++) {
                Instr *x = all.data[j];
                if (x->id < n && !x->dead && (member[x->id] || x->op == IR_PHI) &&
                    find(parent, x->id) == find(parent, op->id))
                    vec_push(&web, x);
            }
            if (!may_reuse(op, &web, seen, nblocks)) {
                member[op->id] = false;
                changed = true;
            }
            free(web.data);
        }
    }
    /* number the webs with at least one ACCUM, a phi (a variable built up in a loop or
       over branches: `a + b` alone is no building) and no number in (`total = 0`, `n += 1`
       add numbers: its operators stay as they are); phis join them */
    int *web_of_root = xmalloc(sizeof(int) * (size_t)n);
    for (int v = 0; v < n; v++) web_of_root[v] = -1;
    for (int k = 0; k < all.len; k++) {
        Instr *i = all.data[k];
        if (!i->dead && i->id < n && i->op == IR_PHI) web_of_root[find(parent, i->id)] = 0;
    }
    for (int k = 0; k < all.len; k++) {
        Instr *i = all.data[k];
        if (i->dead || i->id >= n || (i->op != IR_PHI && !member[i->id])) continue;
        for (int a = 0; a < (i->op == IR_PHI ? i->nargs : 2); a++)
            if (numeric(i->args[a])) web_of_root[find(parent, i->id)] = -1;
    }
    for (int k = 0; k < all.len; k++) {
        Instr *i = all.data[k];
        if (i->id < n && i->op != IR_PHI && member[i->id]) {
            int r = find(parent, i->id);
            if (!web_of_root[r]) web_of_root[r] = ++*next_web;
        }
    }
    for (int k = 0; k < all.len; k++) {
        Instr *i = all.data[k];
        if (i->dead || i->id >= n || (i->op != IR_PHI && !member[i->id])) continue;
        int web = web_of_root[find(parent, i->id)];
        i->accum = web > 0 ? web : 0;
    }
    free(web_of_root);
    free(all.data);
    free(parent);
    free(seen);
    free(member);
}

void opt_str_accum(IrModule *m) {
    for (int fi = 0; fi < m->funcs.len; fi++) {
        IrFunc *f = m->funcs.data[fi];
        if (f->is_generator) continue;
        int webs = 0;
        accum_webs(f, &webs);
    }
}
