/* fuse_float.c — speculative unboxing of float arithmetic trees.
 * A tree of `+ - * /` operators (BINOP or INPLACE) whose inner results have no other
 * use is marked so the emitter computes it in C doubles when every leaf is an exact
 * float at run time (int constants join as exact doubles), boxing only the root: one
 * allocation instead of one per operator.  Otherwise (a leaf of another type, a zero
 * divisor) the emitter runs the operators one by one as before, so semantics never change.
 * require: SSA, types inferred, DCE done (use counts of live values).
 * guarantee: a FUSE_INTERIOR value is used only by its tree, in its block, and the
 * instructions between a tree's first node and its root are tree nodes or pure values
 * that do not use them, so evaluating the tree at the root reorders nothing observable;
 * every node has at least one float operand under the guard, so it computes a float. */
#include "../trc.h"

static bool is_arith(const Instr *i) {
    if (i->dead || (i->op != IR_BINOP && i->op != IR_INPLACE)) return false;
    if (i->subop != OP_ADD && i->subop != OP_SUB && i->subop != OP_MUL && i->subop != OP_DIV) return false;
    return i->type == TY_DYN || i->type == TY_FLOAT; /* ints and strings stay as they are */
}

/* x may be an inner node of the tree under `parent`. */
static bool joins_tree(IrUses *u, Instr *x, Instr *parent) {
    return is_arith(x) && x->fuse == FUSE_NONE && u->count[x->id] == 1 && u->user[x->id] == parent &&
           x->block == parent->block && u->index[x->id] < u->index[parent->id] && !ir_likely_int(x);
}

/* The other operand of r than its a-th is a float, or a node of the tree: an int
 * leaf at a joins as float.__op__(int) converts it (`3.0 * i / n`, n an int: the
 * emitter's guard admits a small one). */
static bool float_partner(IrUses *u, Instr *r, int a) {
    Instr *y = r->args[1 - a];
    return y != r->args[a] && (ir_surely_float(y) || joins_tree(u, y, r));
}

/* Collects the nodes of the tree rooted at r into nodes[]; false if a leaf can never be
 * a float or a node has no float operand.  *int_leaves counts the int leaves taken in
 * beside a float operand. */
static bool collect(IrUses *u, Instr *r, Vec *nodes, int *int_leaves) {
    vec_push(nodes, r);
    bool has_float = false;
    for (int a = 0; a < 2; a++) {
        Instr *x = r->args[a];
        bool int_like = x->type == TY_INT || ir_likely_int(x);
        if (joins_tree(u, x, r)) {
            if (!collect(u, x, nodes, int_leaves)) return false;
            has_float = true;
        } else if (ir_exact_double_int(x)) {
            continue;
        } else if (int_like && float_partner(u, r, a)) {
            ++*int_leaves;
            continue;
        } else if (!int_like && (x->op == IR_CONST_FLOAT || x->type == TY_DYN || x->type == TY_FLOAT)) {
            has_float = true;
        } else {
            return false; /* an int, str, ... leaf: the guard would never hold */
        }
    }
    return has_float;
}

static bool is_pure_between(Instr *i, Vec *nodes) {
    if (!ir_op_is_pure(i->op)) return false;
    for (int a = 0; a < i->nargs; a++)
        for (int n = 0; n < nodes->len; n++)
            if (i->args[a] == nodes->data[n]) return false;
    return true;
}

/* The tree's nodes and pure values fill the block from its first node to the root. */
static bool contiguous(IrUses *u, Instr *root, Vec *nodes) {
    int first = u->index[root->id];
    for (int n = 0; n < nodes->len; n++) {
        int at = u->index[((Instr *)nodes->data[n])->id];
        if (at < first) first = at;
    }
    Block *b = root->block;
    for (int k = first; k < u->index[root->id]; k++) {
        Instr *i = b->instrs.data[k];
        if (i->dead) continue;
        bool in_tree = false;
        for (int n = 0; n < nodes->len && !in_tree; n++) in_tree = nodes->data[n] == i;
        if (!in_tree && !is_pure_between(i, nodes)) return false;
    }
    return true;
}

/* Fuses the largest valid tree at r, else tries the subtrees below it. */
static void try_fuse(IrUses *u, Instr *r) {
    Vec nodes = {0};
    int int_leaves = 0; /* a lone operator with one is worth a tree: `1.0 / (n + 1)` stays a double */
    if (collect(u, r, &nodes, &int_leaves) && (nodes.len >= 2 || int_leaves) && contiguous(u, r, &nodes)) {
        r->fuse = FUSE_ROOT;
        for (int n = 1; n < nodes.len; n++) ((Instr *)nodes.data[n])->fuse = FUSE_INTERIOR;
    } else {
        for (int a = 0; a < 2; a++)
            if (joins_tree(u, r->args[a], r)) try_fuse(u, r->args[a]);
    }
    free(nodes.data);
}

void opt_fuse_float(IrModule *m) {
    for (int fi = 0; fi < m->funcs.len; fi++) {
        IrFunc *f = m->funcs.data[fi];
        IrUses u = ir_uses(f);
        /* roots: arithmetic whose result is not itself an inner node; from the block's end,
           so a tree is claimed whole before its parts are considered */
        for (int b = 0; b < f->blocks.len; b++) {
            Block *bl = f->blocks.data[b];
            for (int k = bl->instrs.len - 1; k >= 0; k--) {
                Instr *i = bl->instrs.data[k];
                if (!is_arith(i) || i->fuse != FUSE_NONE) continue;
                Instr *user = u.count[i->id] == 1 ? u.user[i->id] : NULL;
                if (user && is_arith(user) && joins_tree(&u, i, user)) continue; /* part of a bigger tree */
                try_fuse(&u, i);
            }
        }
        ir_uses_free(&u);
    }
}
