/* span.c — the source span a traceback entry marks with carets, packed for the runtime.
 * CPython 3.11 marks the columns of the AST node whose instruction raised; for a
 * binary operator it marks the operands `~` and the operator `^`, for a subscript the
 * value `~` and `[index]` `^` (the anchors its traceback code finds by parsing the
 * node's text again: found here from the node's children instead).
 * Layout (runtime/tr.h TR_SPAN_*): bits 0-13 start column, 14-27 end column (code
 * points from 1, the end exclusive), 28-34 end line - line, 35 a method call, 36-49
 * and 50-63 the anchors (offsets into the span).  Assumes the parser's node spans
 * start at a parenthesized operand's '(' as CPython's do. */
#include "trc.h"

enum { COL_LIMIT = 1 << 14, LINES_LIMIT = 127 };

static uint64_t pack(int col, int end_col, int lines, int anchor_l, int anchor_r) {
    if (col <= 0 || col >= COL_LIMIT || end_col >= COL_LIMIT || anchor_r >= COL_LIMIT) return 0;
    if (lines > LINES_LIMIT) lines = LINES_LIMIT;
    return (uint64_t)col | (uint64_t)end_col << 14 | (uint64_t)lines << 28 | (uint64_t)anchor_l << 36 |
           (uint64_t)anchor_r << 50;
}

/* The text of line `line` of f (1-based), or NULL.  Found from the last one asked for
 * when it is further on: the compiler asks line by line. */
static const char *line_text(SrcFile *f, int line) {
    static SrcFile *last_file;
    static const char *last_text;
    static int last_line;
    const char *p = f->contents;
    int l = 1;
    if (f == last_file && line >= last_line) p = last_text, l = last_line;
    for (; l < line; l++) {
        p = strchr(p, '\n');
        if (!p) return NULL;
        p++;
    }
    last_file = f, last_text = p, last_line = line;
    return p;
}

/* The byte of code point `col` (1-based) of a line. */
static const char *at_col(const char *line, int col) {
    const char *p = line;
    for (int k = 1; k < col && *p && *p != '\n'; k++) {
        p++;
        while (((unsigned char)*p & 0xC0) == 0x80) p++;
    }
    return p;
}

/* The binary operator's anchors: its first non-blank character after the left operand
 * (a ')' when the operand is parenthesized, as in CPython 3.11), two when the next one
 * is not blank either. */
static void binop_anchors(SrcFile *f, Node *n, int *l, int *r) {
    Node *a = n->left, *b = n->right;
    *l = *r = 0;
    if (a->end_line != n->line || b->line != n->line) return;
    const char *line = line_text(f, n->line);
    if (!line) return;
    const char *p = at_col(line, a->end_col), *stop = at_col(line, b->col);
    int col = a->end_col;
    while (p < stop && (*p == ' ' || *p == '\t' || *p == '\f')) p++, col++;
    if (p >= stop) return;
    *l = col - n->col;
    *r = *l + 1 + (p + 1 < stop && p[1] != ' ' && p[1] != '\t' && p[1] != '\f');
}

uint64_t span_of(SrcFile *f, Node *n) {
    if (!n || !n->col) return 0;
    int lines = n->end_line - n->line, l = 0, r = 0;
    if (!lines && n->kind == N_BINOP) binop_anchors(f, n, &l, &r);
    if (!lines && n->kind == N_SUBSCRIPT && n->value->end_line == n->line && n->slice->end_line == n->line) {
        l = n->value->end_col - n->col;
        r = n->slice->end_col + 1 - n->col;
    }
    return pack(n->col, n->end_col, lines, l, r);
}

uint64_t span_method(SrcFile *f, Node *call) {
    Node *attr = call->func;
    uint64_t s = span_of(f, call);
    if (!s || attr->line != call->line || attr->end_line != call->line) return s;
    return s | (uint64_t)1 << 35 | (uint64_t)(attr->end_col - call->col) << 50;
}

uint64_t span_attr_name(Node *attr) {
    int len = 0;
    for (const char *p = attr->name; *p; p++) len += ((unsigned char)*p & 0xC0) != 0x80;
    return pack(attr->end_col - len, attr->end_col, 0, 0, 0);
}
