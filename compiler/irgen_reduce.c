/* irgen_reduce.c — sum, any, all, min, max, list, tuple, set and sorted called on a
 * generator expression, and `"literal".join(genexpr)`, folded into an inline loop of
 * the caller: no generator object, no resume per item.  The loop computes what the builtin computes from the items, in the same
 * order: sum adds with `+` from its start, left to right; any and all test truth and stop
 * at the first item that decides; min and max keep the first of equal items (an item
 * replaces the best only if `item < best`, `item > best`), call key= on each item and
 * give default= for no items; list, tuple and set collect the items; sorted sorts their
 * list with list.sort(key=, reverse=), and str.join joins their list (it makes one of
 * any iterable before it looks at an item, so the result, errors included, is the same).
 * Whether the name still holds the builtin is a run-time test (BUILTIN_IS, also false for
 * a start sum() refuses): otherwise the generator expression is made as usual and the
 * object the name holds called with it, so `builtins.sum = f` is obeyed.
 * The generator expression keeps CPython's scope: the caller makes the iterator over its
 * first iterable (before the other arguments); the rest runs in the expression's own
 * scope, whose variables do not leak and whose cells closures share.  A StopIteration
 * that escapes the expression becomes "RuntimeError: generator raised StopIteration"
 * (PEP 479), as it does out of the generator; what the builtin itself raises (`+`,
 * comparisons, key(), hashing) is raised as from the call.
 * Assumes: resolve.c gave each generator expression for which reduce_call_shape holds a
 * copy (reduce_loop) resolved as an inline loop of the caller, unless the expression is
 * asynchronous or the program traced; the original stays the generator function. */
#include "trc.h"

typedef enum Reducer { R_SUM, R_ANY, R_ALL, R_MIN, R_MAX, R_LIST, R_TUPLE, R_SET, R_SORTED, R_JOIN, R_NONE } Reducer;

static const struct {
    const char *name;
    int max_positional;        /* the generator expression, then sum's start */
    const char *keywords[3];   /* the keyword arguments it takes, NULL-ended */
} reducers[] = {
    [R_SUM] = {"sum", 2, {"start"}}, [R_ANY] = {"any", 1, {0}}, [R_ALL] = {"all", 1, {0}},
    [R_MIN] = {"min", 1, {"key", "default"}}, [R_MAX] = {"max", 1, {"key", "default"}},
    [R_LIST] = {"list", 1, {0}}, [R_TUPLE] = {"tuple", 1, {0}}, [R_SET] = {"set", 1, {0}},
    [R_SORTED] = {"sorted", 1, {"key", "reverse"}}, [R_JOIN] = {"join", 1, {0}}, /* a str literal's method */
};

static bool takes_keyword(Reducer r, const char *name) {
    for (int k = 0; reducers[r].keywords[k]; k++)
        if (!strcmp(reducers[r].keywords[k], name)) return true;
    return false;
}

/* The builtin a call `NAME(genexpr, ...)` would fold into a loop, judged by its shape
 * only (the arguments it accepts, each given once), or R_NONE. */
static Reducer call_reducer(const Node *call) {
    const Node *f = call->func;
    bool str_join = f->kind == N_ATTRIBUTE && f->value->kind == N_STR && !strcmp(f->name, "join");
    if ((f->kind != N_NAME && !str_join) || call->call_args.len < 1) return R_NONE;
    const Node *genexp = call->call_args.data[0];
    if (genexp->kind != N_GENEXP) return R_NONE;
    for (Reducer r = 0; r < R_NONE; r++) {
        if (strcmp(reducers[r].name, f->name) || (r == R_JOIN) != str_join) continue;
        int given = call->call_args.len;
        if (given > reducers[r].max_positional) return R_NONE;
        for (int i = 1; i < call->call_args.len; i++)
            if (((Node *)call->call_args.data[i])->kind == N_STARRED) return R_NONE;
        for (int i = 0; i < call->keywords.len; i++) {
            const Node *kw = call->keywords.data[i];
            if (!kw->name || !takes_keyword(r, kw->name)) return R_NONE; /* **kw, or an error to report */
            if (r == R_SUM && given == 2) return R_NONE;                   /* start given twice */
        }
        return r;
    }
    return R_NONE;
}

bool reduce_call_shape(const Node *call) { return call_reducer(call) != R_NONE; }

/* The state of one folded loop. */
typedef struct Fold {
    Reducer r;
    Node *call;
    Scope *caller;      /* where the builtin's own operations run */
    Block *caller_exc;  /* ... and where their exceptions go */
    Block *stop;        /* the generator expression's handler: PEP 479 */
    int acc;            /* sum: the total; min, max: the best item */
    int best_key, seen; /* min, max: the best item's key; whether there was an item (a bool) */
    Instr *collection;  /* list, tuple, set, sorted, join: the items so far */
    Instr *key;         /* min, max: key= or NULL */
    Block *decided;     /* any, all: where an item that decides the result goes */
} Fold;

static Instr *keyword_arg(Fold *f, Vec *kwvals, const char *name) {
    for (int i = 0; i < f->call->keywords.len; i++)
        if (!strcmp(((Node *)f->call->keywords.data[i])->name, name)) return kwvals->data[i];
    return NULL;
}

/* The code after the element is computed runs as the builtin's, in the caller. */
static void enter_builtin(Gen *g, Fold *f) {
    g->scope = f->caller;
    g->exc = f->caller_exc;
    g->line = f->call->line;
    g->at = f->call;
}

/* min, max: item's key, key(item) unless key= is None. */
static Instr *item_key(Gen *g, Fold *f, Instr *item) {
    if (!f->key) return item;
    int k = new_temp(g);
    Block *call = new_block(g), *same = new_block(g), *done = new_block(g);
    branch(g, op2(g, IR_IS, TY_CBOOL, f->key, const_none(g)), same, call);
    seal(g, call);
    seal(g, same);
    g->cur = same;
    write_var(g->cur, k, item);
    jump(g, done);
    g->cur = call;
    write_var(g->cur, k, call1(g, f->key, item));
    jump(g, done);
    seal(g, done);
    g->cur = done;
    return read_var(g, done, k);
}

/* min, max: the item becomes the best if it is the first or compares better. */
static void keep_best(Gen *g, Fold *f, Instr *item) {
    Instr *k = item_key(g, f, item);
    Block *compare = new_block(g), *replace = new_block(g), *done = new_block(g);
    branch(g, to_cbool(g, read_var(g, g->cur, f->seen)), compare, replace);
    seal(g, compare);
    g->cur = compare;
    Instr *better = op2(g, IR_COMPARE_BOOL, TY_CBOOL, k, read_var(g, g->cur, f->best_key));
    better->subop = f->r == R_MIN ? CMP_LT : CMP_GT;
    branch(g, better, replace, done);
    seal(g, replace);
    g->cur = replace;
    write_var(g->cur, f->acc, item);
    write_var(g->cur, f->best_key, k);
    write_var(g->cur, f->seen, emit(g, IR_CONST_TRUE, TY_BOOL));
    jump(g, done);
    seal(g, done);
    g->cur = done;
}

/* One element of the generator expression, taken by the builtin. */
static void fold_step(Gen *g, Node *loop, void *ctx) {
    Fold *f = ctx;
    Instr *item = gen_expr(g, loop->value);
    Scope *inner = g->scope;
    enter_builtin(g, f);
    switch (f->r) {
    case R_SUM: {
        Instr *sum = op2(g, IR_BINOP, TY_DYN, read_var(g, g->cur, f->acc), item);
        sum->subop = OP_ADD;
        write_var(g->cur, f->acc, sum);
        break;
    }
    case R_ANY: case R_ALL: {
        Block *next = new_block(g);
        Instr *truth = to_cbool(g, item);
        if (f->r == R_ANY) branch(g, truth, f->decided, next);
        else branch(g, truth, next, f->decided);
        seal(g, next);
        g->cur = next;
        break;
    }
    case R_MIN: case R_MAX: keep_best(g, f, item); break;
    case R_LIST: case R_TUPLE: case R_SORTED: case R_JOIN: op2(g, IR_LIST_APPEND, TY_VOID, f->collection, item); break;
    case R_SET: op2(g, IR_SET_ADD, TY_VOID, f->collection, item); break;
    case R_NONE: break;
    }
    g->scope = inner;
    g->exc = f->stop;
}

/* The exceptions escaping the generator expression: a StopIteration becomes the
 * RuntimeError a generator raises from it, the others go on. */
static void stop_iteration_guard(Gen *g, Fold *f) {
    if (!f->stop->preds.len) {
        seal(g, f->stop);
        return;
    }
    Block *after = g->cur;
    Instr *exc = enter_handler(g, f->stop);
    Block *convert = new_block(g), *reraise = new_block(g);
    branch(g, op2(g, IR_EXC_MATCH, TY_CBOOL, exc, load_builtin(g, "StopIteration")), convert, reraise);
    seal(g, convert);
    seal(g, reraise);
    g->cur = convert;
    const char *text = "generator raised StopIteration";
    Instr *error = call1(g, load_builtin(g, "RuntimeError"), gen_const_str(g, text, strlen(text)));
    Instr *raise = emit(g, IR_RAISE, TY_VOID);
    ir_add_arg(raise, error);
    ir_add_arg(raise, exc); /* from the StopIteration */
    raising_terminator(g, raise);
    g->cur = reraise;
    gen_reraise(g, exc);
    g->cur = after;
}

/* The builtin's result once the items are exhausted (any, all: and when one decided). */
static Instr *fold_result(Gen *g, Fold *f, Instr *callee, Vec *kwvals) {
    switch (f->r) {
    case R_SUM: return read_var(g, g->cur, f->acc);
    case R_LIST: case R_SET: return f->collection;
    case R_TUPLE: return op1(g, IR_LIST_TO_TUPLE, TY_TUPLE, f->collection);
    case R_SORTED: case R_JOIN: { /* list.sort(key=, reverse=) on it; sep.join(it) */
        Vec args = {0};
        vec_push(&args, f->r == R_SORTED ? f->collection : callee);
        if (f->r == R_JOIN) vec_push(&args, f->collection);
        for (int i = 0; i < kwvals->len; i++) vec_push(&args, kwvals->data[i]);
        char **names = xmalloc(sizeof(char *) * (f->call->keywords.len + 1));
        for (int i = 0; i < f->call->keywords.len; i++) names[i] = ((Node *)f->call->keywords.data[i])->name;
        Instr *c = make_call(g, IR_CALL_METHOD, &args, names, f->call->keywords.len);
        c->str = f->r == R_SORTED ? "sort" : "join";
        return f->r == R_SORTED ? f->collection : c;
    }
    case R_ANY: case R_ALL: {
        int t = new_temp(g);
        Block *done = new_block(g);
        write_var(g->cur, t, emit(g, f->r == R_ANY ? IR_CONST_FALSE : IR_CONST_TRUE, TY_BOOL));
        jump(g, done);
        seal(g, f->decided);
        g->cur = f->decided;
        write_var(g->cur, t, emit(g, f->r == R_ANY ? IR_CONST_TRUE : IR_CONST_FALSE, TY_BOOL));
        jump(g, done);
        seal(g, done);
        g->cur = done;
        return read_var(g, done, t);
    }
    default: break;
    }
    /* min, max: the best item; none: default=, or the builtin's own ValueError from an
     * empty tuple ("min() arg is an empty sequence") */
    Block *empty = new_block(g), *done = new_block(g), *found = new_block(g);
    int t = new_temp(g);
    branch(g, to_cbool(g, read_var(g, g->cur, f->seen)), found, empty);
    seal(g, found);
    seal(g, empty);
    g->cur = found;
    write_var(g->cur, t, read_var(g, g->cur, f->acc));
    jump(g, done);
    g->cur = empty;
    Instr *fallback = keyword_arg(f, kwvals, "default");
    if (!fallback) fallback = call1(g, callee, emit(g, IR_BUILD_TUPLE, TY_TUPLE));
    write_var(g->cur, t, fallback);
    jump(g, done);
    seal(g, done);
    g->cur = done;
    return read_var(g, done, t);
}

/* The builtin's loop over the reduce_loop copy of genexp, from the iterator it. */
static Instr *gen_fold(Gen *g, Reducer r, Node *call, Node *genexp, Instr *it, Instr *callee, Instr *start, Vec *kwvals) {
    Fold f = {.r = r, .call = call, .caller = g->scope, .caller_exc = g->exc, .stop = start_handler(g),
              .acc = new_temp(g), .best_key = new_temp(g), .seen = new_temp(g)};
    switch (r) {
    case R_SUM:
        if (!start) {
            start = emit(g, IR_CONST_INT, TY_INT);
            start->ival = 0;
        }
        write_var(g->cur, f.acc, start);
        break;
    case R_LIST: case R_TUPLE: case R_SORTED: case R_JOIN: f.collection = emit(g, IR_BUILD_LIST, TY_LIST); break;
    case R_SET: f.collection = op0(g, IR_BUILD_SET, TY_SET); break;
    case R_ANY: case R_ALL: f.decided = new_block(g); break;
    case R_MIN: case R_MAX:
        write_var(g->cur, f.seen, emit(g, IR_CONST_FALSE, TY_BOOL));
        f.key = keyword_arg(&f, kwvals, "key");
        break;
    case R_NONE: break;
    }
    Node *loop = genexp->reduce_loop;
    g->scope = loop->scope;
    g->exc = f.stop;
    create_cells(g, loop->scope);
    gen_comp_loops(g, loop, 0, fold_step, &f, it);
    enter_builtin(g, &f);
    stop_iteration_guard(g, &f);
    return fold_result(g, &f, callee, kwvals);
}

Instr *gen_reduce_call(Gen *g, Node *call) {
    Reducer r = call_reducer(call);
    if (r == R_NONE) return NULL;
    Node *genexp = call->call_args.data[0];
    if (!genexp->reduce_loop) return NULL;
    if (r == R_JOIN) { /* the method of a str literal: always str.join */
        Instr *sep = gen_expr(g, call->func->value);
        return gen_fold(g, r, call, genexp, gen_comp_first_iter(g, genexp), sep, NULL, &(Vec){0});
    }
    if (((Symbol *)call->func->sym)->kind != SYM_BUILTIN) return NULL;
    Instr *callee = gen_expr(g, call->func);
    Instr *it = gen_comp_first_iter(g, genexp);
    Instr *start = call->call_args.len > 1 ? gen_expr(g, call->call_args.data[1]) : NULL;
    Vec kwvals = {0};
    char **kwnames = xmalloc(sizeof(char *) * (call->keywords.len + 1));
    for (int i = 0; i < call->keywords.len; i++) {
        Node *kw = call->keywords.data[i];
        vec_push(&kwvals, gen_expr(g, kw->value));
        kwnames[i] = kw->name;
        if (!strcmp(kw->name, "start")) start = kwvals.data[i];
    }
    g->line = call->line;
    g->at = call;
    Instr *is_builtin = op1(g, IR_BUILTIN_IS, TY_CBOOL, callee);
    is_builtin->str = xstrdup(reducers[r].name);
    if (start) ir_add_arg(is_builtin, start);
    int t = new_temp(g);
    Block *fold = new_block(g), *generic = new_block(g), *done = new_block(g);
    branch(g, is_builtin, fold, generic);
    seal(g, fold);
    seal(g, generic);

    g->cur = generic; /* the call as written, on the generator */
    Vec args = {0};
    vec_push(&args, callee);
    vec_push(&args, gen_comp_call(g, genexp, it));
    if (call->call_args.len > 1) vec_push(&args, start);
    for (int i = 0; i < kwvals.len; i++) vec_push(&args, kwvals.data[i]);
    write_var(g->cur, t, make_call(g, IR_CALL, &args, kwnames, call->keywords.len));
    jump(g, done);

    g->cur = fold;
    write_var(g->cur, t, gen_fold(g, r, call, genexp, it, callee, start, &kwvals));
    jump(g, done);
    seal(g, done);
    g->cur = done;
    return read_var(g, done, t);
}
