/* ast.c — generic walks and queries over the syntax tree: every child of a node, and
 * the module name of an `__import__("literal")` call.  Assumes: the child fields listed
 * here are all the Node fields that hold nodes (trc.h). */
#include "trc.h"

void ast_each_child(Node *n, void (*visit)(Node *child, void *ctx), void *ctx) {
    Node *kids[] = {n->value, n->left, n->right, n->test, n->target, n->iter, n->func, n->slice, n->lower,
                    n->upper, n->step, n->annotation, n->returns, n->args, n->cause, n->pattern,
                    n->format_spec, n->vararg, n->kwarg};
    for (size_t k = 0; k < sizeof kids / sizeof kids[0]; k++)
        if (kids[k]) visit(kids[k], ctx);
    Vec *vecs[] = {&n->body, &n->orelse, &n->finalbody, &n->handlers, &n->decorators, &n->targets, &n->elts,
                   &n->keys, &n->values, &n->keywords, &n->generators, &n->ifs, &n->items, &n->cases,
                   &n->bases, &n->posonly, &n->params, &n->kwonly, &n->defaults, &n->kw_defaults,
                   &n->call_args};
    for (size_t k = 0; k < sizeof vecs / sizeof vecs[0]; k++)
        for (int i = 0; i < vecs[k]->len; i++)
            if (vecs[k]->data[i]) visit(vecs[k]->data[i], ctx);
}

const char *ast_literal_import(const Node *call) {
    if (call->kind != N_CALL || call->func->kind != N_NAME || strcmp(call->func->name, "__import__")) return NULL;
    if (!call->call_args.len) return NULL;
    const Node *name = call->call_args.data[0];
    if (name->kind != N_STR || !name->len || strlen(name->str) != name->len) return NULL;
    if (call->call_args.len >= 5) return NULL; /* a level: relative to the caller's package */
    for (int i = 0; i < call->keywords.len; i++) {
        const Node *k = call->keywords.data[i];
        if (!k->name || !strcmp(k->name, "level")) return NULL;
    }
    return name->str;
}
