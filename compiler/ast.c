/* ast.c — generic walks and queries over the syntax tree: every child of a node, a
 * deep copy of a subtree, and the module name of an `__import__("literal")` call.
 * Assumes: the child fields listed here are all the Node fields that hold nodes
 * (trc.h); the other Vecs (names, idents, ops_list) are never changed after parsing,
 * so a copy shares them. */
#include "trc.h"

/* The Node fields that hold one node, and those that hold a Vec of nodes. */
#define AST_CHILD_FIELDS(X) \
    X(value) X(left) X(right) X(test) X(target) X(iter) X(func) X(slice) X(lower) X(upper) X(step) \
    X(annotation) X(returns) X(args) X(cause) X(pattern) X(format_spec) X(vararg) X(kwarg)
#define AST_CHILD_VECS(X) \
    X(body) X(orelse) X(finalbody) X(handlers) X(decorators) X(targets) X(elts) X(keys) X(values) \
    X(keywords) X(generators) X(ifs) X(items) X(cases) X(bases) X(posonly) X(params) X(kwonly) \
    X(defaults) X(kw_defaults) X(call_args)

void ast_each_child(Node *n, void (*visit)(Node *child, void *ctx), void *ctx) {
#define VISIT_FIELD(f) if (n->f) visit(n->f, ctx);
    AST_CHILD_FIELDS(VISIT_FIELD)
#undef VISIT_FIELD
#define VISIT_VEC(f) for (int i = 0; i < n->f.len; i++) if (n->f.data[i]) visit(n->f.data[i], ctx);
    AST_CHILD_VECS(VISIT_VEC)
#undef VISIT_VEC
}

Node *ast_copy(const Node *n) {
    if (!n) return NULL;
    Node *c = xmalloc(sizeof(Node));
    *c = *n;
    c->scope = NULL;
    c->sym = NULL;
    c->reduce_loop = NULL;
#define COPY_FIELD(f) c->f = ast_copy(n->f);
    AST_CHILD_FIELDS(COPY_FIELD)
#undef COPY_FIELD
#define COPY_VEC(f) \
    c->f = (Vec){0}; \
    for (int i = 0; i < n->f.len; i++) vec_push(&c->f, ast_copy(n->f.data[i]));
    AST_CHILD_VECS(COPY_VEC)
#undef COPY_VEC
    return c;
}

/* the literal absolute module name call's first argument gives, or NULL */
static const char *literal_module_name(const Node *call) {
    if (!call->call_args.len) return NULL;
    const Node *name = call->call_args.data[0];
    if (name->kind != N_STR || !name->len || strlen(name->str) != name->len || name->str[0] == '.') return NULL;
    return name->str;
}

const char *ast_literal_import(const Node *call) {
    if (call->kind != N_CALL || call->func->kind != N_NAME || strcmp(call->func->name, "__import__")) return NULL;
    if (call->call_args.len >= 5) return NULL; /* a level: relative to the caller's package */
    for (int i = 0; i < call->keywords.len; i++) {
        const Node *k = call->keywords.data[i];
        if (!k->name || !strcmp(k->name, "level")) return NULL;
    }
    return literal_module_name(call);
}

const char *ast_literal_import_module(const Node *call) {
    if (call->kind != N_CALL) return NULL;
    const Node *f = call->func;
    bool named = f->kind == N_NAME && !strcmp(f->name, "import_module");
    bool qualified = f->kind == N_ATTRIBUTE && !strcmp(f->name, "import_module") && f->value->kind == N_NAME &&
                     !strcmp(f->value->name, "importlib");
    return named || qualified ? literal_module_name(call) : NULL;
}
