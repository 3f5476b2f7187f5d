/* emit_split.c — which part of a module's C each function goes to, when `trc build`
 * compiles a big module as several translation units by concurrent cc processes
 * (emit_c.c writes the parts, build.c compiles them in parallel).  cc's time follows
 * the amount of C, so parts are balanced by the bytes of each function's C: groups of
 * functions are dealt largest first to the part with the least C so far.  A group is
 * what cc should see together to inline where it pays: a function and its typed clone
 * (opt/typed_clone.c), and a caller and the callee of a direct call (opt/direct_call.c)
 * made inside one of the caller's loops, while the group stays within a part's share
 * of the module's C.  The module body's group goes to part 0, which also holds the
 * module's data and its init function.  A function called directly from another part
 * is `shared`: it gets external (hidden) linkage, the others stay static.
 * Assumes: sizes[i] is the C of m->funcs[i]; the split depends only on the IR, the
 * sizes and max_parts, so the same program gives the same parts (the object cache). */
#include "trc.h"

/* Below this much C a part is not worth a compiler process of its own: each one reads
 * tr.h again (about 0.1 s of CPU), while 30 KB of generated C takes cc 0.4-1.2 s. */
#define MIN_PART_BYTES 30000

/* Whether block b lies on a cycle: one of its predecessors is reachable from it. */
static bool on_cycle(IrFunc *f, Block *b) {
    bool *reach = ir_reachable(f, b, NULL), found = false;
    for (int p = 0; p < b->preds.len && !found; p++) found = reach[((Block *)b->preds.data[p])->id];
    free(reach);
    return found;
}

static void add_callee(Vec *callees, Vec *in_loop, IrFunc *g, bool hot) {
    vec_push(callees, g);
    vec_push(in_loop, (void *)(intptr_t)hot);
}

/* The functions f's C calls directly: the direct entry of each CALL_DIRECT's callee,
 * its typed clone when the call may take the clone's path, and f's own typed clone
 * (its entry hands exact floats over).  Each callee with in_loop[k]: the call is made
 * from a block on a cycle of f's control flow. */
static void direct_callees(IrFunc *f, Vec *callees, Vec *in_loop) {
    if (f->typed_clone) add_callee(callees, in_loop, f->typed_clone, true);
    for (int b = 0; b < f->blocks.len; b++) {
        Block *bl = f->blocks.data[b];
        int cycle = -1; /* not computed yet */
        for (int k = 0; k < bl->instrs.len; k++) {
            Instr *i = bl->instrs.data[k];
            bool own_method = i->op == IR_CALL_METHOD && i->func_ref; /* opt/direct_call.c */
            if (i->dead || (i->op != IR_CALL_DIRECT && !own_method)) continue;
            if (cycle < 0) cycle = on_cycle(f, bl);
            add_callee(callees, in_loop, i->func_ref, cycle);
            if (ir_typed_direct_call(i) || (own_method && i->func_ref->typed_clone))
                add_callee(callees, in_loop, i->func_ref->typed_clone, cycle);
        }
    }
}

static int func_index(IrModule *m, IrFunc *f) {
    for (int i = 0; i < m->funcs.len; i++)
        if (m->funcs.data[i] == f) return i;
    return -1;
}

static int group_root(int *parent, int i) {
    while (parent[i] != i) i = parent[i] = parent[parent[i]];
    return i;
}

/* Join i's group and j's unless the two hold more than limit bytes of C together
 * (bytes[r]: the C of the group rooted at r); the root is the lower index (so the
 * module body's group is rooted at 0 and roots follow module order).  The limit keeps
 * a program whose driver loop calls every big function from becoming one group, one
 * part and one compiler's work (pyperformance's regex_v8: a 1.4 MB part beside a
 * 0.16 MB one, 14 s of cc, where balanced parts take 8-10 s on 2 CPUs). */
static void join(int *parent, size_t *bytes, int i, int j, size_t limit) {
    i = group_root(parent, i);
    j = group_root(parent, j);
    if (i == j || bytes[i] + bytes[j] > limit) return;
    if (j < i) {
        int t = i;
        i = j;
        j = t;
    }
    parent[j] = i;
    bytes[i] += bytes[j];
}

typedef struct Group { int root; size_t bytes; } Group;

static int by_bytes_desc(const void *a, const void *b) {
    const Group *x = a, *y = b;
    if (x->bytes != y->bytes) return x->bytes < y->bytes ? 1 : -1;
    return x->root - y->root;
}

ModuleSplit split_module(IrModule *m, const size_t *sizes, int max_parts) {
    int n = m->funcs.len;
    ModuleSplit s = {.nparts = 1, .part_of = xmalloc(sizeof(int) * (n ? n : 1)),
                     .shared = xmalloc(sizeof(bool) * (n ? n : 1))};
    size_t total = 0;
    for (int i = 0; i < n; i++) total += sizes[i];
    if (max_parts > 1 && total / MIN_PART_BYTES > 1)
        s.nparts = (int)(total / MIN_PART_BYTES < (size_t)max_parts ? total / MIN_PART_BYTES : (size_t)max_parts);
    if (s.nparts == 1) return s; /* calloc'd: everything in part 0, nothing shared */

    Vec *callees = xmalloc(sizeof(Vec) * n), *in_loop = xmalloc(sizeof(Vec) * n);
    int *parent = xmalloc(sizeof(int) * n);
    size_t *group_bytes = xmalloc(sizeof(size_t) * n), share = total / s.nparts;
    for (int i = 0; i < n; i++) parent[i] = i, group_bytes[i] = sizes[i];
    for (int i = 0; i < n; i++) {
        direct_callees(m->funcs.data[i], &callees[i], &in_loop[i]);
        for (int k = 0; k < callees[i].len; k++)
            if (in_loop[i].data[k]) join(parent, group_bytes, i, func_index(m, callees[i].data[k]), share);
    }

    Group *groups = xmalloc(sizeof(Group) * n);
    int ngroups = 0;
    for (int i = 0; i < n; i++)
        if (group_root(parent, i) == i) groups[ngroups++] = (Group){i, group_bytes[i]};
    qsort(groups, ngroups, sizeof(Group), by_bytes_desc);

    /* the module body's group first, into part 0; then largest first, least loaded */
    size_t *load = xmalloc(sizeof(size_t) * s.nparts);
    int *part_of_root = xmalloc(sizeof(int) * n);
    for (int g = 0; g < ngroups; g++)
        if (groups[g].root == 0) load[0] = groups[g].bytes;
    for (int g = 0; g < ngroups; g++) {
        if (groups[g].root == 0) continue;
        int best = 0;
        for (int p = 1; p < s.nparts; p++)
            if (load[p] < load[best]) best = p;
        load[best] += groups[g].bytes;
        part_of_root[groups[g].root] = best;
    }
    /* fewer groups than parts: no part without functions (it would cost a compiler) */
    int *renumber = xmalloc(sizeof(int) * s.nparts), used = 0;
    for (int p = 0; p < s.nparts; p++) renumber[p] = p == 0 || load[p] ? used++ : -1;
    s.nparts = used;
    for (int i = 0; i < n; i++) s.part_of[i] = renumber[part_of_root[group_root(parent, i)]];
    for (int i = 0; i < n; i++)
        for (int k = 0; k < callees[i].len; k++) {
            int j = func_index(m, callees[i].data[k]);
            if (s.part_of[j] != s.part_of[i]) s.shared[j] = true;
        }

    for (int i = 0; i < n; i++) {
        free(callees[i].data);
        free(in_loop[i].data);
    }
    free(callees);
    free(in_loop);
    free(parent);
    free(group_bytes);
    free(groups);
    free(load);
    free(part_of_root);
    free(renumber);
    return s;
}
