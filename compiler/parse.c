/* parse.c — recursive-descent parser for the whole Python 3.11 grammar, producing the
 * AST of trc.h with a source span on every node; also decodes string literals and
 * f-strings, validates assignment targets, and dumps trees (--emit-ast). */
#include "trc.h"
#include "../stdlib/unicodedata/uniname.h"

typedef struct Parser {
    SrcFile *f;
    Token **toks;
    int pos;
    Token *prev;          /* the last consumed token (node ends) */
    bool in_fstring;      /* parsing an f-string replacement field */
    int fstring_nest;     /* nesting of replacement fields inside format specs */
    uintptr_t stack_base; /* recursion guard */
} Parser;

typedef enum { T_ASSIGN, T_DEL, T_FOR } TargetKind;

static Node *expression(Parser *p);
static Node *named_expression(Parser *p);
static Node *star_expressions(Parser *p);
static Node *star_named_expression(Parser *p);
static Node *bitwise_or(Parser *p);
static Node *disjunction(Parser *p);
static Node *yield_expr(Parser *p);
static Node *star_targets(Parser *p);
static Node *pattern(Parser *p);
static void statement(Parser *p, Vec *out);
static void block(Parser *p, Vec *body, const char *what, int line);

/* ---------------------------------------------------------------- tokens */

static Token *peek(Parser *p) { return p->toks[p->pos]; }

static Token *peek_at(Parser *p, int k) {
    int i = p->pos;
    while (k-- > 0 && p->toks[i]->kind != TK_EOF) i++;
    return p->toks[i];
}

/* Consumes a token; layout tokens do not end nodes. */
static Token *next(Parser *p) {
    Token *t = p->toks[p->pos];
    if (t->kind != TK_EOF) p->pos++;
    if (t->kind != TK_NEWLINE && t->kind != TK_INDENT && t->kind != TK_DEDENT) p->prev = t;
    return t;
}

/* Operators and keywords (names) by their text. */
static inline bool equal(Token *t, const char *s) {
    size_t n = strlen(s);
    return (t->kind == TK_OP || t->kind == TK_NAME) && t->len == n && !memcmp(t->start, s, n);
}

static bool at(Parser *p, const char *s) { return equal(peek(p), s); }

static bool accept(Parser *p, const char *s) {
    if (!at(p, s)) return false;
    next(p);
    return true;
}

static const char *keywords[] = {
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
    "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in",
    "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
};

static bool is_keyword(Token *t) {
    if (t->kind != TK_NAME || t->len < 2 || t->len > 8) return false;
    for (size_t i = 0; i < sizeof keywords / sizeof keywords[0]; i++)
        if (keywords[i][0] == t->start[0] && equal(t, keywords[i])) return true;
    return false;
}

static bool is_name(Token *t) { return t->kind == TK_NAME && !is_keyword(t); }

/* Can t begin an expression (incl. a starred one)? */
static bool starts_expr(Token *t) {
    switch (t->kind) {
    case TK_NUMBER: case TK_STRING: return true;
    case TK_NAME:
        return !is_keyword(t) || equal(t, "not") || equal(t, "lambda") || equal(t, "await") ||
               equal(t, "None") || equal(t, "True") || equal(t, "False");
    case TK_OP:
        return equal(t, "(") || equal(t, "[") || equal(t, "{") || equal(t, "-") || equal(t, "+") ||
               equal(t, "~") || equal(t, "...") || equal(t, "*");
    default: return false;
    }
}

/* ---------------------------------------------------------------- errors */

_Noreturn static void error_tok(Parser *p, Token *t, const char *msg) {
    error_at(p->f, t->line, t->col, "%s%s", p->in_fstring && !strcmp(msg, "invalid syntax") ? "f-string: " : "", msg);
}

_Noreturn static void error_node(Parser *p, Node *n, const char *msg) { error_at(p->f, n->line, n->col, "%s", msg); }

_Noreturn static void syntax_error(Parser *p) {
    Token *t = peek(p);
    if (t->kind == TK_INDENT) error_tok(p, t, "unexpected indent");
    error_tok(p, t, "invalid syntax");
}

static Token *expect(Parser *p, const char *s) {
    if (!at(p, s)) syntax_error(p);
    return next(p);
}

/* Tokens CPython names in "expected 'X'" messages. */
static Token *expect_forced(Parser *p, const char *s) {
    if (!at(p, s)) error_at(p->f, peek(p)->line, peek(p)->col, "expected '%s'", s);
    return next(p);
}

static char *expect_name(Parser *p) {
    if (!is_name(peek(p))) syntax_error(p);
    Token *t = next(p);
    return xstrndup(t->start, t->len);
}

/* Bounds recursion on pathological input by the C stack used so far. */
static void check_depth(Parser *p) {
    char probe;
    uintptr_t here = (uintptr_t)&probe;
    if ((p->stack_base > here ? p->stack_base - here : here - p->stack_base) > (2u << 20))
        error_tok(p, peek(p), "too many nested expressions");
}

/* ---------------------------------------------------------------- nodes */

Node *new_node(NodeKind kind, int line, int col) {
    Node *n = xmalloc(sizeof(Node));
    n->kind = kind;
    n->line = n->end_line = line;
    n->col = n->end_col = col;
    return n;
}

static Node *mk(NodeKind kind, Token *t) { return new_node(kind, t->line, t->col); }

static Node *mk_at(NodeKind kind, Node *from) { return new_node(kind, from->line, from->col); }

/* Ends n's span at the last consumed token. */
static Node *fin(Parser *p, Node *n) {
    n->end_line = p->prev->end_line;
    n->end_col = p->prev->end_col;
    return n;
}

static Node *name_node(Parser *p) {
    Node *n = mk(N_NAME, peek(p));
    n->name = expect_name(p);
    return fin(p, n);
}

/* ---------------------------------------------------------------- targets */

/* What CPython calls e in "cannot assign to ..." messages. */
static const char *expr_name(Node *e) {
    switch (e->kind) {
    case N_ATTRIBUTE: return "attribute";
    case N_SUBSCRIPT: return "subscript";
    case N_STARRED: return "starred";
    case N_NAME: return "name";
    case N_LIST: return "list";
    case N_TUPLE: return "tuple";
    case N_LAMBDA: return "lambda";
    case N_CALL: return "function call";
    case N_BOOLOP: case N_BINOP: case N_UNARYOP: return "expression";
    case N_GENEXP: return "generator expression";
    case N_YIELD: case N_YIELDFROM: return "yield expression";
    case N_AWAIT: return "await expression";
    case N_LISTCOMP: return "list comprehension";
    case N_SETCOMP: return "set comprehension";
    case N_DICTCOMP: return "dict comprehension";
    case N_DICT: return "dict literal";
    case N_SET: return "set display";
    case N_JOINEDSTR: case N_FORMATTED: return "f-string expression";
    case N_NONE: return "None";
    case N_TRUE: return "True";
    case N_FALSE: return "False";
    case N_ELLIPSIS: return "ellipsis";
    case N_COMPARE: return "comparison";
    case N_IFEXP: return "conditional expression";
    case N_NAMEDEXPR: return "named expression";
    default: return "literal";
    }
}

/* The first sub-expression of a target that cannot be assigned to (deleted), or NULL. */
static Node *invalid_target(Node *e, TargetKind kind) {
    switch (e->kind) {
    case N_TUPLE: case N_LIST:
        for (int i = 0; i < e->elts.len; i++) {
            Node *r = invalid_target(e->elts.data[i], kind);
            if (r) return r;
        }
        return NULL;
    case N_STARRED: return kind == T_DEL ? e : invalid_target(e->value, kind);
    case N_NAME: case N_ATTRIBUTE: case N_SUBSCRIPT: return NULL;
    default: return e;
    }
}

/* Expressions at the level of bitwise_or: they get the "Maybe you meant '=='" hint. */
static bool is_bitor_level(Node *e) {
    switch (e->kind) {
    case N_COMPARE: case N_BOOLOP: case N_IFEXP: case N_LAMBDA: case N_NAMEDEXPR: case N_YIELD:
    case N_YIELDFROM: case N_TUPLE: case N_LIST: case N_GENEXP: case N_TRUE: case N_FALSE: case N_NONE:
        return false;
    case N_UNARYOP: return e->op != OP_NOT;
    default: return true;
    }
}

_Noreturn static void assign_hint_error(Parser *p, Node *bad) {
    error_at(p->f, bad->line, bad->col, "cannot assign to %s here. Maybe you meant '==' instead of '='?",
             expr_name(bad));
}

/* Reports the first part of e that cannot be a target of kind. */
static void check_target(Parser *p, Node *e, TargetKind kind) {
    Node *bad = invalid_target(e, kind);
    if (bad) error_at(p->f, bad->line, bad->col, "cannot %s %s", kind == T_DEL ? "delete" : "assign to", expr_name(bad));
}

/* In `a = b` alone, the target itself or an element of an unparenthesized tuple target
 * gets CPython's hint. */
static bool hint_candidate(Node *t, Node *bad) {
    if (bad == t) return true;
    if (t->kind != N_TUPLE || !t->elts.len) return false;
    Node *first = t->elts.data[0];
    if (t->line != first->line || t->col != first->col) return false; /* parenthesized */
    for (int i = 0; i < t->elts.len; i++)
        if (t->elts.data[i] == bad) return true;
    return false;
}

/* Targets of `t1 = t2 = ... = value`. */
static void check_assign_targets(Parser *p, Vec *targets) {
    for (int i = 0; i < targets->len; i++) {
        Node *t = targets->data[i];
        if (t->kind == N_STARRED) error_node(p, t, "starred assignment target must be in a list or tuple");
        if (t->kind == N_YIELD || t->kind == N_YIELDFROM) error_node(p, t, "assignment to yield expression not possible");
        Node *bad = invalid_target(t, T_ASSIGN);
        if (bad && targets->len == 1 && is_bitor_level(bad) && hint_candidate(t, bad)) assign_hint_error(p, bad);
        check_target(p, t, T_ASSIGN);
    }
}

/* After an expression in a named_expression position, a stray '=' gets CPython's hint. */
static void check_stray_equal(Parser *p, Node *e) {
    if (!at(p, "=")) return;
    if (e->kind == N_NAME) error_node(p, e, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
    if (is_bitor_level(e)) assign_hint_error(p, e);
    syntax_error(p);
}

/* ---------------------------------------------------------------- string literals */

static void put_utf8(StrBuf *b, uint32_t c) {
    char s[4];
    int n;
    if (c < 0x80) { s[0] = c; n = 1; }
    else if (c < 0x800) { s[0] = 0xC0 | c >> 6; s[1] = 0x80 | (c & 0x3F); n = 2; }
    else if (c < 0x10000) { s[0] = 0xE0 | c >> 12; s[1] = 0x80 | (c >> 6 & 0x3F); s[2] = 0x80 | (c & 0x3F); n = 3; }
    else { s[0] = 0xF0 | c >> 18; s[1] = 0x80 | (c >> 12 & 0x3F); s[2] = 0x80 | (c >> 6 & 0x3F); s[3] = 0x80 | (c & 0x3F); n = 4; }
    sb_add(b, s, n);
}

static int hexval(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    c |= 0x20;
    return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

/* The pieces of a STRING token: prefix flags and the text between the quotes. */
typedef struct StrLit {
    Token *tok;
    bool raw, bytes, fstr;
    const char *body, *end; /* [body, end) */
    const char *seg;        /* start of the literal text CPython decodes in one piece */
} StrLit;

static StrLit split_string(Token *t) {
    StrLit s = {.tok = t};
    const char *q = t->start;
    for (; *q != '\'' && *q != '"'; q++) {
        char c = *q | 0x20;
        s.raw |= c == 'r';
        s.bytes |= c == 'b';
        s.fstr |= c == 'f';
    }
    int nq = t->len - (q - t->start) >= 6 && q[1] == q[0] && q[2] == q[0] ? 3 : 1;
    s.body = q + nq;
    s.end = t->start + t->len - nq;
    return s;
}

/* CPython's position of q in a decoding error: it decodes each piece of literal text
 * (an f-string's text between replacement fields) after writing every non-ASCII
 * character as a 10-byte \UXXXXXXXX escape. */
static int decode_pos(StrLit *s, const char *q) {
    int pos = 0;
    for (const char *r = s->seg; r < q; r++) pos += (*r & 0xC0) == 0x80 ? 0 : *r & 0x80 ? 10 : 1;
    return pos;
}

/* One escape sequence at q (q[0] == '\\') of s; appends its value, returns what follows. */
static const char *escape(Parser *p, StrLit *s, const char *q, StrBuf *out) {
    static const char simple[] = "\\\\''\"\"a\ab\bf\fn\nr\rt\tv\v";
    int pos = decode_pos(s, q);
    char c = q[1];
    if (c == '\n') return q + 2;
    for (int i = 0; simple[i]; i += 2)
        if (c == simple[i]) {
            sb_add(out, &simple[i + 1], 1);
            return q + 2;
        }
    if (c >= '0' && c <= '7') {
        uint32_t v = 0;
        int n = 0;
        for (q++; n < 3 && *q >= '0' && *q <= '7'; n++) v = v * 8 + (*q++ - '0');
        if (s->bytes) { char b = (char)v; sb_add(out, &b, 1); }
        else put_utf8(out, v);
        return q;
    }
    int ndig = c == 'x' ? 2 : c == 'u' && !s->bytes ? 4 : c == 'U' && !s->bytes ? 8 : 0;
    if (ndig) {
        uint32_t v = 0;
        int n = 0;
        for (; n < ndig && q + 2 + n < s->end && hexval(q[2 + n]) >= 0; n++) v = v * 16 + hexval(q[2 + n]);
        if (n < ndig) {
            if (s->bytes) error_at(p->f, s->tok->line, s->tok->col, "(value error) invalid \\x escape at position %d", pos);
            error_at(p->f, s->tok->line, s->tok->col,
                     "(unicode error) 'unicodeescape' codec can't decode bytes in position %d-%d: truncated \\%s escape",
                     pos, pos + 1 + n, c == 'x' ? "xXX" : c == 'u' ? "uXXXX" : "UXXXXXXXX");
        }
        if (v > 0x10FFFF)
            error_at(p->f, s->tok->line, s->tok->col,
                     "(unicode error) 'unicodeescape' codec can't decode bytes in position %d-%d: illegal Unicode character",
                     pos, pos + 1 + n);
        if (s->bytes || c == 'x') {
            if (s->bytes) { char b = (char)v; sb_add(out, &b, 1); }
            else put_utf8(out, v);
        } else {
            put_utf8(out, v);
        }
        return q + 2 + n;
    }
    if (c == 'N' && !s->bytes) { /* \N{name}; not an escape in bytes */
        const char *name = q + 3, *r = name;
        const char *msg = "malformed \\N character escape";
        if (q + 2 < s->end && q[2] == '{') {
            while (r < s->end && *r != '}') r++;
            uint32_t cp;
            if (r < s->end && r > name) {
                if (tr_uniname_lookup(name, r - name, &cp)) {
                    put_utf8(out, cp);
                    return r + 1;
                }
                msg = "unknown Unicode character name";
                r++;
            }
        } else {
            r = q + 2;
        }
        error_at(p->f, s->tok->line, s->tok->col,
                 "(unicode error) 'unicodeescape' codec can't decode bytes in position %d-%d: %s", pos,
                 decode_pos(s, r) - 1, msg);
    }
    sb_add(out, "\\", 1); /* an unknown escape keeps its backslash */
    return q + 1;
}

/* Decodes literal text of s from q into out.  In an f-string it stops at a replacement
 * field's '{' and, inside a format spec, at the closing '}'; returns where it stopped. */
static const char *decode_text(Parser *p, StrLit *s, const char *q, bool in_spec, StrBuf *out) {
    s->seg = q;
    while (q < s->end) {
        const char *run = q;
        while (q < s->end && *q != '\\' && !(s->fstr && (*q == '{' || *q == '}'))) q++;
        sb_add(out, run, q - run);
        if (q == s->end) break;
        if (*q == '\\') {
            if (s->raw) { sb_add(out, q, 1); q++; }
            else q = escape(p, s, q, out);
        } else if (q + 1 < s->end && q[1] == *q && !(in_spec && *q == '}')) {
            sb_add(out, q, 1); /* {{ or }}: CPython's piece of text ends at the first brace */
            q += 2;
            s->seg = q;
        } else if (*q == '}' && !in_spec) {
            int line = s->tok->line, col = s->tok->col;
            for (const char *r = s->tok->start; r < q; r++)
                if (*r == '\n') { line++; col = 1; }
                else if ((*r & 0xC0) != 0x80) col++;
            error_at(p->f, line, col, "f-string: single '}' is not allowed");
        } else {
            break;
        }
    }
    return q;
}

/* Line and column of position q inside token t. */
static void pos_in(Token *t, const char *q, int *line, int *col) {
    *line = t->line;
    *col = t->col;
    for (const char *r = t->start; r < q; r++)
        if (*r == '\n') { (*line)++; *col = 1; }
        else if ((*r & 0xC0) != 0x80) (*col)++;
}

/* Appends the literal text accumulated in lit (if any) to parts as an N_STR. */
static void flush_text(StrBuf *lit, Vec *parts, Token *t) {
    if (!lit->len) return;
    Node *n = mk(N_STR, t);
    n->str = lit->data;
    n->len = lit->len;
    vec_push(parts, n);
    *lit = (StrBuf){0};
}

static void fstring_parts(Parser *p, StrLit *s, const char *q, bool in_spec, StrBuf *lit, Vec *parts,
                          const char **stop);

/* The end of a replacement field's expression starting at q: the first '=', '!', ':'
 * or '}' outside brackets and nested strings. */
static const char *field_expr_end(Parser *p, StrLit *s, const char *q) {
    int depth = 0;
    int line, col;
    for (; q < s->end; q++) {
        char c = *q;
        if (c == '\\' || c == '#') {
            pos_in(s->tok, q, &line, &col);
            error_at(p->f, line, col, "f-string expression part cannot include %s", c == '#' ? "'#'" : "a backslash");
        }
        if (c == '\'' || c == '"') {
            bool triple = q + 2 < s->end && q[1] == c && q[2] == c;
            const char *r = q + (triple ? 3 : 1);
            while (r < s->end && !(*r == c && (!triple || (r + 2 < s->end && r[1] == c && r[2] == c)))) r++;
            if (r >= s->end) {
                pos_in(s->tok, q, &line, &col);
                error_at(p->f, line, col, "f-string: unterminated string");
            }
            q = r + (triple ? 2 : 0);
        } else if (c == '(' || c == '[' || c == '{') {
            depth++;
        } else if (c == ')' || c == ']' || (c == '}' && depth)) {
            if (!depth) {
                pos_in(s->tok, q, &line, &col);
                error_at(p->f, line, col, "f-string: unmatched '%c'", c);
            }
            depth--;
        } else if (depth == 0 && (c == '}' || c == ':')) {
            return q;
        } else if (c && strchr("=!<>", c) && q + 1 < s->end && q[1] == '=') {
            q++; /* ==, !=, <=, >= */
        } else if (depth == 0 && (c == '=' || c == '!')) {
            return q;
        }
    }
    pos_in(s->tok, q, &line, &col);
    error_at(p->f, line, col, "f-string: expecting '}'");
}

/* replacement_field: '{' (yield_expr | star_expressions) ['='] ['!' NAME] [':' format_spec] '}'
 * with q just past the '{'; returns the position after the '}'. */
static const char *replacement_field(Parser *p, StrLit *s, const char *q, StrBuf *lit, Vec *parts) {
    int line, col;
    if (p->fstring_nest >= 2) {
        pos_in(s->tok, q, &line, &col);
        error_at(p->f, line, col, "f-string: expressions nested too deeply");
    }
    const char *start = q, *end = field_expr_end(p, s, q);
    pos_in(s->tok, start, &line, &col);
    const char *w = start;
    while (w < end && strchr(" \t\n\f", *w)) w++;
    if (w == end) error_at(p->f, line, col, "f-string: empty expression not allowed");

    Parser sub = {.f = p->f, .in_fstring = true, .fstring_nest = p->fstring_nest, .stack_base = p->stack_base};
    Vec toks = tokenize_range(p->f, start, end, line, col);
    sub.toks = (Token **)toks.data;
    Node *value = at(&sub, "yield") ? yield_expr(&sub) : star_expressions(&sub);
    if (peek(&sub)->kind != TK_EOF) {
        if (starts_expr(peek(&sub))) error_node(&sub, value, "f-string: invalid syntax. Perhaps you forgot a comma?");
        syntax_error(&sub);
    }
    Node *fv = new_node(N_FORMATTED, value->line, value->col);
    fv->value = value;
    q = end;
    bool debug = *q == '=';
    if (debug) { /* f"{x=}": the expression text, then its repr unless told otherwise */
        q++;
        while (q < s->end && strchr(" \t\n\f", *q)) q++;
        sb_add(lit, start, q - start);
    }
    if (q < s->end && *q == '!') {
        q++;
        if (q + 1 >= s->end || !strchr("sra", *q) || (q[1] != ':' && q[1] != '}')) {
            pos_in(s->tok, q, &line, &col);
            error_at(p->f, line, col, "f-string: invalid conversion character: expected 's', 'r', or 'a'");
        }
        fv->op = *q++;
    }
    if (debug && !fv->op && !(q < s->end && *q == ':')) fv->op = 'r';
    if (q < s->end && *q == ':') {
        Node *spec = new_node(N_JOINEDSTR, fv->line, fv->col);
        StrBuf speclit = {0};
        p->fstring_nest++;
        fstring_parts(p, s, q + 1, true, &speclit, &spec->elts, &q);
        p->fstring_nest--;
        flush_text(&speclit, &spec->elts, s->tok);
        fv->format_spec = spec;
    }
    if (q >= s->end || *q != '}') {
        pos_in(s->tok, q, &line, &col);
        error_at(p->f, line, col, "f-string: expecting '}'");
    }
    flush_text(lit, parts, s->tok);
    pos_in(s->tok, q + 1, &fv->end_line, &fv->end_col);
    vec_push(parts, fv);
    return q + 1;
}

/* fstring: (text | '{{' | '}}' | replacement_field)*  from q; in a format spec it
 * ends at the closing '}' (stored in *stop). */
static void fstring_parts(Parser *p, StrLit *s, const char *q, bool in_spec, StrBuf *lit, Vec *parts,
                          const char **stop) {
    for (;;) {
        q = decode_text(p, s, q, in_spec, lit);
        if (q >= s->end || *q == '}') break;
        q = replacement_field(p, s, q + 1, lit, parts);
    }
    *stop = q;
}

/* strings: STRING+  (adjacent literals concatenate; any f-string makes a N_JOINEDSTR) */
static Node *strings(Parser *p) {
    Token *first = peek(p);
    StrLit s0 = split_string(first);
    bool any_f = false;
    int n = 0;
    for (Token *t; (t = peek_at(p, n))->kind == TK_STRING; n++) {
        StrLit s = split_string(t);
        if (s.bytes != s0.bytes) error_tok(p, first, "cannot mix bytes and nonbytes literals");
        any_f |= s.fstr;
    }
    StrBuf lit = {0};
    sb_add(&lit, "", 0);
    Vec parts = {0};
    while (n--) {
        StrLit s = split_string(next(p));
        if (s.bytes)
            for (const char *q = s.body; q < s.end; q++)
                if (*q & 0x80) error_tok(p, s.tok, "bytes can only contain ASCII literal characters");
        const char *stop;
        if (s.fstr) fstring_parts(p, &s, s.body, false, &lit, &parts, &stop);
        else decode_text(p, &s, s.body, false, &lit);
    }
    Node *node;
    if (any_f) {
        node = mk(N_JOINEDSTR, first);
        flush_text(&lit, &parts, first);
        node->elts = parts;
    } else {
        node = mk(s0.bytes ? N_BYTES : N_STR, first);
        node->str = lit.data;
        node->len = lit.len;
    }
    return fin(p, node);
}

/* ---------------------------------------------------------------- numbers */

/* NUMBER: N_INT keeps the text (without '_'); floats and imaginaries go through strtod. */
static Node *number(Parser *p) {
    Token *t = next(p);
    char *text = xmalloc(t->len + 1);
    size_t n = 0;
    for (size_t i = 0; i < t->len; i++)
        if (t->start[i] != '_') text[n++] = t->start[i];
    Node *node;
    bool hex = n > 1 && (text[1] | 0x20) == 'x';
    if ((text[n - 1] | 0x20) == 'j') {
        node = mk(N_IMAG, t);
        text[n - 1] = 0;
        node->fval = strtod(text, NULL);
    } else if (!hex && strpbrk(text, ".eE")) {
        node = mk(N_FLOAT, t);
        node->fval = strtod(text, NULL);
    } else { /* lower-case prefix; "000" is just "0" */
        node = mk(N_INT, t);
        if (n > 1 && text[0] == '0') {
            if (text[1] >= '0' && text[1] <= '9') text[n = 1] = 0;
            else text[1] |= 0x20;
        }
        node->str = text;
        return fin(p, node);
    }
    free(text);
    return fin(p, node);
}

/* ---------------------------------------------------------------- expressions */

/* Separates the items of a bracketed list: ',' or the closer must follow an item. */
static void after_item(Parser *p, Node *item, const char *closer) {
    if (at(p, ",") || at(p, closer)) return;
    if (starts_expr(peek(p)) && !at(p, "*"))
        error_node(p, item, p->in_fstring ? "f-string: invalid syntax. Perhaps you forgot a comma?"
                                          : "invalid syntax. Perhaps you forgot a comma?");
    syntax_error(p);
}

/* comp_for: (['async'] 'for' star_targets 'in' disjunction ('if' disjunction)*)+ */
static void comp_for(Parser *p, Vec *gens) {
    while (at(p, "for") || (at(p, "async") && equal(peek_at(p, 1), "for"))) {
        Node *g = mk(N_COMPREHENSION, peek(p));
        g->is_async = accept(p, "async");
        expect(p, "for");
        g->target = star_targets(p);
        check_target(p, g->target, T_FOR);
        expect(p, "in");
        g->iter = disjunction(p);
        while (accept(p, "if")) vec_push(&g->ifs, disjunction(p));
        vec_push(gens, fin(p, g));
    }
}

static bool at_comp_for(Parser *p) { return at(p, "for") || (at(p, "async") && equal(peek_at(p, 1), "for")); }

/* A comprehension whose first generator is next; elt is the element (or key). */
static Node *comprehension(Parser *p, NodeKind kind, Token *open, Node *elt) {
    if (elt->kind == N_STARRED) error_node(p, elt, "iterable unpacking cannot be used in comprehension");
    Node *n = mk(kind, open);
    n->value = elt;
    comp_for(p, &n->generators);
    return n;
}

/* '(' ... ')': tuple | group | genexp | yield */
static Node *paren_atom(Parser *p) {
    Token *open = next(p);
    if (accept(p, ")")) return fin(p, mk(N_TUPLE, open));
    if (at(p, "yield")) {
        Node *y = yield_expr(p);
        expect(p, ")");
        return y;
    }
    Node *first = star_named_expression(p);
    if (at_comp_for(p)) {
        Node *g = comprehension(p, N_GENEXP, open, first);
        expect(p, ")");
        return fin(p, g);
    }
    if (accept(p, ")")) {
        if (first->kind == N_STARRED) error_node(p, first, "cannot use starred expression here");
        return first;
    }
    after_item(p, first, ")");
    Node *t = mk(N_TUPLE, open);
    vec_push(&t->elts, first);
    while (accept(p, ",") && !at(p, ")")) {
        Node *e = star_named_expression(p);
        after_item(p, e, ")");
        vec_push(&t->elts, e);
    }
    expect(p, ")");
    return fin(p, t);
}

/* '[' ... ']': list | listcomp */
static Node *list_atom(Parser *p) {
    Token *open = next(p);
    Node *l = mk(N_LIST, open);
    if (!at(p, "]")) {
        Node *first = star_named_expression(p);
        if (at_comp_for(p)) {
            l = comprehension(p, N_LISTCOMP, open, first);
            expect(p, "]");
            return fin(p, l);
        }
        vec_push(&l->elts, first);
        after_item(p, first, "]");
        while (accept(p, ",") && !at(p, "]")) {
            Node *e = star_named_expression(p);
            after_item(p, e, "]");
            vec_push(&l->elts, e);
        }
    }
    expect(p, "]");
    return fin(p, l);
}

/* One dict entry: '**' bitwise_or | expression ':' expression */
static void dict_entry(Parser *p, Node *d) {
    if (accept(p, "**")) {
        vec_push(&d->keys, NULL);
        vec_push(&d->values, bitwise_or(p));
        return;
    }
    Node *k = expression(p);
    if (!at(p, ":")) error_tok(p, peek(p), "':' expected after dictionary key");
    next(p);
    vec_push(&d->keys, k);
    vec_push(&d->values, expression(p));
}

/* '{' ... '}': dict | set | dictcomp | setcomp */
static Node *brace_atom(Parser *p) {
    Token *open = next(p);
    if (accept(p, "}")) return fin(p, mk(N_DICT, open));
    bool is_dict = at(p, "**");
    Node *first = NULL, *n;
    if (!is_dict) {
        first = star_named_expression(p);
        is_dict = at(p, ":") && first->kind != N_STARRED;
    }
    if (is_dict) {
        n = mk(N_DICT, open);
        if (first) { /* first key already parsed */
            next(p);
            Node *v = expression(p);
            if (at_comp_for(p)) {
                Node *c = mk(N_DICTCOMP, open);
                c->left = first;
                c->right = v;
                comp_for(p, &c->generators);
                expect(p, "}");
                return fin(p, c);
            }
            vec_push(&n->keys, first);
            vec_push(&n->values, v);
        } else {
            dict_entry(p, n);
        }
        while (!at(p, "}")) {
            Node *last = n->values.data[n->values.len - 1];
            after_item(p, last, "}");
            if (accept(p, ",") && !at(p, "}")) dict_entry(p, n);
        }
    } else if (at_comp_for(p)) {
        n = comprehension(p, N_SETCOMP, open, first);
    } else {
        n = mk(N_SET, open);
        vec_push(&n->elts, first);
        after_item(p, first, "}");
        while (accept(p, ",") && !at(p, "}")) {
            Node *e = star_named_expression(p);
            after_item(p, e, "}");
            vec_push(&n->elts, e);
        }
    }
    expect(p, "}");
    return fin(p, n);
}

/* atom: NAME | 'True' | 'False' | 'None' | strings | NUMBER | '...'
 *     | (tuple | group | genexp) | (list | listcomp) | (dict | set | dictcomp | setcomp) */
static Node *atom(Parser *p) {
    Token *t = peek(p);
    switch (t->kind) {
    case TK_NUMBER: return number(p);
    case TK_STRING: return strings(p);
    case TK_NAME:
        if (equal(t, "None") || equal(t, "True") || equal(t, "False")) {
            next(p);
            return fin(p, mk(equal(t, "None") ? N_NONE : equal(t, "True") ? N_TRUE : N_FALSE, t));
        }
        return name_node(p);
    case TK_OP:
        if (equal(t, "(")) return paren_atom(p);
        if (equal(t, "[")) return list_atom(p);
        if (equal(t, "{")) return brace_atom(p);
        if (equal(t, "...")) {
            next(p);
            return fin(p, mk(N_ELLIPSIS, t));
        }
        /* fallthrough */
    default: syntax_error(p);
    }
}

/* arguments: (positional | '*' expression | NAME '=' expression | '**' expression) % ','
 * with a lone generator expression allowed unparenthesized; up to the closing ')'. */
static void arguments(Parser *p, Vec *args, Vec *keywords, Token *open) {
    bool seen_kw = false, seen_dstar = false;
    while (!at(p, ")")) {
        Token *t = peek(p);
        if (accept(p, "*")) {
            if (seen_dstar) error_tok(p, t, "iterable argument unpacking follows keyword argument unpacking");
            Node *s = mk(N_STARRED, t);
            s->value = expression(p);
            vec_push(args, fin(p, s));
        } else if (accept(p, "**")) {
            Node *k = mk(N_KEYWORD, t);
            k->value = expression(p);
            vec_push(keywords, fin(p, k));
            seen_dstar = true;
        } else if (is_name(t) && equal(peek_at(p, 1), "=")) {
            Node *k = mk(N_KEYWORD, t);
            k->name = expect_name(p);
            next(p);
            k->value = expression(p);
            vec_push(keywords, fin(p, k));
            seen_kw = true;
        } else {
            Node *e = named_expression(p);
            if (at(p, "=")) error_node(p, e, "expression cannot contain assignment, perhaps you meant \"==\"?");
            if (at_comp_for(p)) {
                Node *elt = e;
                e = comprehension(p, N_GENEXP, open, e);
                fin(p, e);
                if (args->len || keywords->len || !at(p, ")"))
                    error_node(p, elt, "Generator expression must be parenthesized");
                e->end_line = peek(p)->end_line;
                e->end_col = peek(p)->end_col;
            } else if (seen_dstar) {
                error_node(p, e, "positional argument follows keyword argument unpacking");
            } else if (seen_kw) {
                error_node(p, e, "positional argument follows keyword argument");
            }
            vec_push(args, e);
        }
        if (!accept(p, ",")) {
            if (!at(p, ")")) after_item(p, args->len ? args->data[args->len - 1] : keywords->data[keywords->len - 1], ")");
            break;
        }
    }
    expect(p, ")");
}

/* slice: [expression] ':' [expression] [':' [expression]] | named_expression | starred */
static Node *slice(Parser *p) {
    Token *t = peek(p);
    if (accept(p, "*")) {
        Node *s = mk(N_STARRED, t);
        s->value = bitwise_or(p);
        return fin(p, s);
    }
    Node *lower = at(p, ":") ? NULL : named_expression(p);
    if (!at(p, ":")) return lower;
    Node *s = mk(N_SLICE, t);
    s->lower = lower;
    next(p);
    if (!at(p, ":") && !at(p, "]") && !at(p, ",")) s->upper = expression(p);
    if (accept(p, ":") && !at(p, "]") && !at(p, ",")) s->step = expression(p);
    return fin(p, s);
}

/* slices: slice !',' | ','.slice+ [','] */
static Node *slices(Parser *p) {
    Token *start = peek(p);
    Node *first = slice(p);
    if (!at(p, ",") && first->kind != N_STARRED) return first;
    Node *t = mk(N_TUPLE, start);
    vec_push(&t->elts, first);
    while (accept(p, ",") && !at(p, "]")) vec_push(&t->elts, slice(p));
    return fin(p, t);
}

/* primary: atom ('.' NAME | '(' arguments ')' | '[' slices ']')* */
static Node *primary(Parser *p) {
    Token *start = peek(p); /* a parenthesized atom's '(' starts the nodes around it */
    Node *n = atom(p);
    for (;;) {
        Token *t = peek(p);
        if (equal(t, ".")) {
            next(p);
            Node *a = mk(N_ATTRIBUTE, start);
            a->value = n;
            a->name = expect_name(p);
            n = fin(p, a);
        } else if (equal(t, "(")) {
            next(p);
            Node *c = mk(N_CALL, start);
            c->func = n;
            arguments(p, &c->call_args, &c->keywords, t);
            n = fin(p, c);
        } else if (equal(t, "[")) {
            next(p);
            Node *s = mk(N_SUBSCRIPT, start);
            s->value = n;
            s->slice = slices(p);
            expect(p, "]");
            n = fin(p, s);
        } else {
            return n;
        }
    }
}

/* factor: ('+' | '-' | '~') factor | power
 * power: ['await'] primary ['**' factor] */
static Node *factor(Parser *p) {
    check_depth(p);
    Token *t = peek(p);
    if (equal(t, "-") || equal(t, "+") || equal(t, "~")) {
        next(p);
        Node *u = mk(N_UNARYOP, t);
        u->op = equal(t, "-") ? OP_NEG : equal(t, "+") ? OP_POS : OP_INVERT;
        u->value = factor(p);
        return fin(p, u);
    }
    Node *n;
    if (accept(p, "await")) {
        n = mk(N_AWAIT, t);
        n->value = primary(p);
        fin(p, n);
    } else {
        n = primary(p);
    }
    if (accept(p, "**")) {
        Node *b = mk(N_BINOP, t);
        b->op = OP_POW;
        b->left = n;
        b->right = factor(p);
        n = fin(p, b);
    }
    return n;
}

/* Binary operators from bitwise_or down to term, with their precedence. */
static int binop_prec(Token *t, int *op) {
    static const struct { const char *s; int op, prec; } ops[] = {
        {"|", OP_BITOR, 1}, {"^", OP_BITXOR, 2}, {"&", OP_BITAND, 3}, {"<<", OP_LSHIFT, 4},
        {">>", OP_RSHIFT, 4}, {"+", OP_ADD, 5}, {"-", OP_SUB, 5}, {"*", OP_MUL, 6}, {"/", OP_DIV, 6},
        {"//", OP_FLOORDIV, 6}, {"%", OP_MOD, 6}, {"@", OP_MATMUL, 6},
    };
    if (t->kind != TK_OP) return 0;
    for (size_t i = 0; i < sizeof ops / sizeof ops[0]; i++)
        if (equal(t, ops[i].s)) {
            *op = ops[i].op;
            return ops[i].prec;
        }
    return 0;
}

/* bitwise_or .. term, by precedence climbing (all left-associative) */
static Node *binary(Parser *p, int min_prec) {
    Token *start = peek(p);
    Node *left = factor(p);
    int op = 0, prec;
    while ((prec = binop_prec(peek(p), &op)) >= min_prec) {
        next(p);
        Node *b = mk(N_BINOP, start);
        b->op = op;
        b->left = left;
        b->right = binary(p, prec + 1);
        left = fin(p, b);
    }
    return left;
}

static Node *bitwise_or(Parser *p) { return binary(p, 1); }

/* comparison: bitwise_or (compare_op bitwise_or)* */
static Node *comparison(Parser *p) {
    static const struct { const char *s; int op; } ops[] = {
        {"<", CMP_LT}, {"<=", CMP_LE}, {"==", CMP_EQ}, {"!=", CMP_NE}, {">", CMP_GT}, {">=", CMP_GE},
    };
    Token *start = peek(p);
    Node *left = bitwise_or(p);
    Node *c = NULL;
    int cap = 0;
    for (;;) {
        Token *t = peek(p);
        int op = -1;
        for (size_t i = 0; i < sizeof ops / sizeof ops[0] && t->kind == TK_OP; i++)
            if (equal(t, ops[i].s)) op = ops[i].op;
        if (op >= 0) next(p);
        else if (equal(t, "in")) { next(p); op = CMP_IN; }
        else if (equal(t, "not") && equal(peek_at(p, 1), "in")) { next(p); next(p); op = CMP_NOTIN; }
        else if (equal(t, "is")) { next(p); op = accept(p, "not") ? CMP_ISNOT : CMP_IS; }
        else break;
        if (!c) {
            c = mk(N_COMPARE, start);
            c->left = left;
        }
        if (c->values.len == cap) {
            cap = cap ? cap * 2 : 2;
            c->ops = xrealloc(c->ops, sizeof(int) * cap);
        }
        c->ops[c->values.len] = op;
        vec_push(&c->values, bitwise_or(p));
    }
    return c ? fin(p, c) : left;
}

/* inversion: 'not' inversion | comparison */
static Node *inversion(Parser *p) {
    check_depth(p);
    Token *t = peek(p);
    if (!accept(p, "not")) return comparison(p);
    Node *u = mk(N_UNARYOP, t);
    u->op = OP_NOT;
    u->value = inversion(p);
    return fin(p, u);
}

/* conjunction: inversion ('and' inversion)*   disjunction: conjunction ('or' conjunction)* */
static Node *boolop(Parser *p, int op) {
    const char *word = op == OP_AND ? "and" : "or";
    Token *start = peek(p);
    Node *first = op == OP_AND ? inversion(p) : boolop(p, OP_AND);
    if (!at(p, word)) return first;
    Node *b = mk(N_BOOLOP, start);
    b->op = op;
    vec_push(&b->values, first);
    while (accept(p, word)) vec_push(&b->values, op == OP_AND ? inversion(p) : boolop(p, OP_AND));
    return fin(p, b);
}

static Node *disjunction(Parser *p) { return boolop(p, OP_OR); }

/* One parameter: NAME [':' annotation] (annotation may be starred after '*'). */
static Node *param(Parser *p, bool annotations, bool star_annotation) {
    Node *a = mk(N_ARG, peek(p));
    a->name = expect_name(p);
    if (annotations && accept(p, ":")) {
        if (star_annotation && at(p, "*")) {
            Node *s = mk(N_STARRED, next(p));
            s->value = expression(p);
            a->annotation = fin(p, s);
        } else {
            a->annotation = expression(p);
        }
    }
    return fin(p, a);
}

/* parameters: ','.(param ['=' default] | '/' | '*' [param] | '**' param)* up to closer
 * (def: ')' with annotations; lambda: ':' without). */
static Node *parameters(Parser *p, const char *closer, bool annotations) {
    Node *args = mk(N_ARGUMENTS, peek(p));
    bool star = false, slash = false;
    while (!at(p, closer)) {
        Token *t = peek(p);
        if (accept(p, "/")) {
            if (slash) error_tok(p, t, "/ may appear only once");
            if (star) error_tok(p, t, "/ must be ahead of *");
            if (!args->params.len) error_tok(p, t, "invalid syntax");
            args->posonly = args->params;
            args->params = (Vec){0};
            slash = true;
        } else if (accept(p, "*")) {
            if (star) error_tok(p, t, "* argument may appear only once");
            star = true;
            if (at(p, ",") || at(p, closer)) {
                if (at(p, closer) || equal(peek_at(p, 1), closer) || equal(peek_at(p, 1), "**"))
                    error_tok(p, t, "named arguments must follow bare *");
            } else {
                args->vararg = param(p, annotations, true);
            }
        } else if (accept(p, "**")) {
            args->kwarg = param(p, annotations, false);
            accept(p, ",");
            if (!at(p, closer)) error_tok(p, peek(p), "arguments cannot follow var-keyword argument");
            break;
        } else {
            Node *a = param(p, annotations, false);
            Node *def = accept(p, "=") ? expression(p) : NULL;
            if (star) {
                vec_push(&args->kwonly, a);
                vec_push(&args->kw_defaults, def);
            } else {
                if (!def && args->defaults.len) error_node(p, a, "non-default argument follows default argument");
                vec_push(&args->params, a);
                if (def) vec_push(&args->defaults, def);
            }
        }
        if (!accept(p, ",")) break;
    }
    if (!at(p, closer)) {
        if (closer[0] == ':') error_tok(p, peek(p), "expected ':'");
        syntax_error(p);
    }
    return fin(p, args);
}

/* lambdef: 'lambda' [parameters] ':' expression */
static Node *lambdef(Parser *p) {
    Node *l = mk(N_LAMBDA, next(p));
    l->args = parameters(p, ":", false);
    next(p);
    l->value = expression(p);
    return fin(p, l);
}

/* expression: disjunction ['if' disjunction 'else' expression] | lambdef */
static Node *expression(Parser *p) {
    check_depth(p);
    if (at(p, "lambda")) return lambdef(p);
    Token *start = peek(p);
    Node *body = disjunction(p);
    if (!at(p, "if")) return body;
    next(p);
    Node *e = mk(N_IFEXP, start);
    e->left = body;
    e->test = disjunction(p);
    if (!accept(p, "else")) error_at(p->f, body->line, body->col, "expected 'else' after 'if' expression");
    e->right = expression(p);
    return fin(p, e);
}

/* named_expression: NAME ':=' expression | expression */
static Node *named_expression(Parser *p) {
    Node *e = expression(p);
    if (!at(p, ":=")) return e;
    if (e->kind != N_NAME)
        error_at(p->f, e->line, e->col, "cannot use assignment expressions with %s", expr_name(e));
    next(p);
    Node *n = mk_at(N_NAMEDEXPR, e);
    n->target = e;
    n->value = expression(p);
    return fin(p, n);
}

/* star_named_expression: '*' bitwise_or | named_expression */
static Node *star_named_expression(Parser *p) {
    Token *t = peek(p);
    if (!accept(p, "*")) return named_expression(p);
    Node *s = mk(N_STARRED, t);
    s->value = bitwise_or(p);
    return fin(p, s);
}

/* star_expression: '*' bitwise_or | expression */
static Node *star_expression(Parser *p) {
    Token *t = peek(p);
    if (!accept(p, "*")) return expression(p);
    Node *s = mk(N_STARRED, t);
    s->value = bitwise_or(p);
    return fin(p, s);
}

/* star_expressions: star_expression (',' star_expression)* [','] */
static Node *star_expressions(Parser *p) {
    Token *start = peek(p);
    Node *first = star_expression(p);
    if (!at(p, ",")) return first;
    Node *t = mk(N_TUPLE, start);
    vec_push(&t->elts, first);
    while (accept(p, ",") && starts_expr(peek(p))) vec_push(&t->elts, star_expression(p));
    return fin(p, t);
}

/* yield_expr: 'yield' 'from' expression | 'yield' [star_expressions] */
static Node *yield_expr(Parser *p) {
    Token *t = next(p);
    if (accept(p, "from")) {
        Node *y = mk(N_YIELDFROM, t);
        y->value = expression(p);
        return fin(p, y);
    }
    Node *y = mk(N_YIELD, t);
    if (starts_expr(peek(p))) y->value = star_expressions(p);
    return fin(p, y);
}

/* ---------------------------------------------------------------- simple statements */

/* dotted_name: NAME ('.' NAME)* */
static char *dotted_name(Parser *p) {
    StrBuf b = {0};
    do {
        if (b.len) sb_add(&b, ".", 1);
        sb_puts(&b, expect_name(p));
    } while (accept(p, "."));
    return b.data;
}

/* import_name: 'import' ','.(dotted_name ['as' NAME])+ */
static Node *import_name(Parser *p) {
    Node *n = mk(N_IMPORT, next(p));
    do {
        Node *a = mk(N_ALIAS, peek(p));
        a->name = dotted_name(p);
        if (accept(p, "as")) a->asname = expect_name(p);
        vec_push(&n->names, fin(p, a));
    } while (accept(p, ","));
    return fin(p, n);
}

/* import_from: 'from' ('.' | '...')* [dotted_name] 'import'
 *              ('*' | '(' import_as_names [','] ')' | import_as_names) */
static Node *import_from(Parser *p) {
    Node *n = mk(N_IMPORTFROM, next(p));
    for (;;) {
        if (accept(p, ".")) n->level++;
        else if (accept(p, "...")) n->level += 3;
        else break;
    }
    if (!at(p, "import") || !n->level) n->name = dotted_name(p);
    expect(p, "import");
    Token *star = peek(p);
    if (accept(p, "*")) {
        Node *a = mk(N_ALIAS, star);
        a->name = xstrdup("*");
        vec_push(&n->names, fin(p, a));
        return fin(p, n);
    }
    bool paren = accept(p, "(");
    do {
        if (paren && at(p, ")")) break;
        Node *a = mk(N_ALIAS, peek(p));
        a->name = expect_name(p);
        if (accept(p, "as")) a->asname = expect_name(p);
        vec_push(&n->names, fin(p, a));
        if (!paren && at(p, ",") && peek_at(p, 1)->kind == TK_NEWLINE)
            error_tok(p, peek(p), "trailing comma not allowed without surrounding parentheses");
    } while (accept(p, ","));
    if (paren) expect(p, ")");
    return fin(p, n);
}

/* del_stmt: 'del' ','.bitwise_or+ [','] */
static Node *del_stmt(Parser *p) {
    Node *n = mk(N_DELETE, next(p));
    do {
        Node *t = bitwise_or(p);
        check_target(p, t, T_DEL);
        vec_push(&n->targets, t);
    } while (accept(p, ",") && starts_expr(peek(p)));
    return fin(p, n);
}

/* global_stmt: 'global' ','.NAME+   nonlocal_stmt: 'nonlocal' ','.NAME+ */
static Node *global_stmt(Parser *p, NodeKind kind) {
    Node *n = mk(kind, next(p));
    do vec_push(&n->idents, expect_name(p));
    while (accept(p, ","));
    return fin(p, n);
}

static const char *augassign_ops[] = {"+=", "-=", "*=", "@=", "/=", "//=", "%=", "**=",
                                      "<<=", ">>=", "&=", "|=", "^="};
static const int augassign_binops[] = {OP_ADD, OP_SUB, OP_MUL, OP_MATMUL, OP_DIV, OP_FLOORDIV, OP_MOD,
                                       OP_POW, OP_LSHIFT, OP_RSHIFT, OP_BITAND, OP_BITOR, OP_BITXOR};

/* assignment | star_expressions:
 *   target ':' expression ['=' (yield_expr | star_expressions)]
 *   (star_targets '=')+ (yield_expr | star_expressions)
 *   single_target augassign (yield_expr | star_expressions)
 *   star_expressions */
static Node *expr_stmt(Parser *p) {
    Token *start = peek(p);
    Node *e = at(p, "yield") ? yield_expr(p) : star_expressions(p);
    Token *t = peek(p);
    if (equal(t, ":=") && e->kind != N_NAME)
        error_at(p->f, e->line, e->col, "cannot use assignment expressions with %s", expr_name(e));
    if (equal(t, ":")) {
        if (e->kind == N_TUPLE) error_node(p, e, "only single target (not tuple) can be annotated");
        if (e->kind == N_LIST) error_node(p, e, "only single target (not list) can be annotated");
        if (e->kind != N_NAME && e->kind != N_ATTRIBUTE && e->kind != N_SUBSCRIPT)
            error_node(p, e, "illegal target for annotation");
        next(p);
        Node *n = mk(N_ANNASSIGN, start);
        n->target = e;
        n->simple = e->kind == N_NAME && start->kind == TK_NAME;
        n->annotation = expression(p);
        if (accept(p, "=")) n->value = at(p, "yield") ? yield_expr(p) : star_expressions(p);
        return fin(p, n);
    }
    for (size_t i = 0; i < sizeof augassign_ops / sizeof augassign_ops[0]; i++)
        if (equal(t, augassign_ops[i])) {
            if (e->kind != N_NAME && e->kind != N_ATTRIBUTE && e->kind != N_SUBSCRIPT)
                error_at(p->f, e->line, e->col, "'%s' is an illegal expression for augmented assignment", expr_name(e));
            next(p);
            Node *n = mk(N_AUGASSIGN, start);
            n->target = e;
            n->op = augassign_binops[i];
            n->value = at(p, "yield") ? yield_expr(p) : star_expressions(p);
            return fin(p, n);
        }
    if (equal(t, "=")) {
        Node *n = mk(N_ASSIGN, start);
        while (accept(p, "=")) {
            vec_push(&n->targets, e);
            e = at(p, "yield") ? yield_expr(p) : star_expressions(p);
        }
        check_assign_targets(p, &n->targets);
        if (e->kind == N_STARRED) error_node(p, e, "can't use starred expression here");
        n->value = e;
        return fin(p, n);
    }
    if (e->kind == N_NAME && (!strcmp(e->name, "print") || !strcmp(e->name, "exec")) && starts_expr(t) && !equal(t, "*"))
        error_at(p->f, e->line, e->col, "Missing parentheses in call to '%s'. Did you mean %s(...)?", e->name, e->name);
    if (e->kind == N_STARRED) error_node(p, e, "can't use starred expression here");
    Node *n = mk(N_EXPR, start);
    n->value = e;
    return fin(p, n);
}

/* simple_stmt: assignment | star_expressions | 'return' [star_expressions] | import_stmt
 *   | 'raise' [expression ['from' expression]] | 'pass' | del_stmt | yield_stmt
 *   | 'assert' expression [',' expression] | 'break' | 'continue' | global_stmt | nonlocal_stmt */
static Node *simple_stmt(Parser *p) {
    Token *t = peek(p);
    if (equal(t, "pass") || equal(t, "break") || equal(t, "continue")) {
        next(p);
        return fin(p, mk(equal(t, "pass") ? N_PASS : equal(t, "break") ? N_BREAK : N_CONTINUE, t));
    }
    if (equal(t, "return")) {
        Node *n = mk(N_RETURN, next(p));
        if (starts_expr(peek(p))) n->value = star_expressions(p);
        return fin(p, n);
    }
    if (equal(t, "raise")) {
        Node *n = mk(N_RAISE, next(p));
        if (starts_expr(peek(p))) {
            n->value = expression(p);
            if (accept(p, "from")) n->cause = expression(p);
        }
        return fin(p, n);
    }
    if (equal(t, "assert")) {
        Node *n = mk(N_ASSERT, next(p));
        n->test = expression(p);
        if (accept(p, ",")) n->value = expression(p);
        return fin(p, n);
    }
    if (equal(t, "import")) return import_name(p);
    if (equal(t, "from")) return import_from(p);
    if (equal(t, "del")) return del_stmt(p);
    if (equal(t, "global")) return global_stmt(p, N_GLOBAL);
    if (equal(t, "nonlocal")) return global_stmt(p, N_NONLOCAL);
    return expr_stmt(p);
}

/* simple_stmts: simple_stmt (';' simple_stmt)* [';'] NEWLINE */
static void simple_stmts(Parser *p, Vec *out) {
    for (;;) {
        vec_push(out, simple_stmt(p));
        if (!accept(p, ";") || peek(p)->kind == TK_NEWLINE) break;
    }
    if (peek(p)->kind != TK_NEWLINE) syntax_error(p);
    next(p);
}

/* ---------------------------------------------------------------- compound statements */

/* block: NEWLINE INDENT statements DEDENT | simple_stmts */
static void block(Parser *p, Vec *body, const char *what, int line) {
    expect_forced(p, ":");
    if (peek(p)->kind != TK_NEWLINE) {
        simple_stmts(p, body);
        return;
    }
    next(p);
    if (peek(p)->kind != TK_INDENT)
        error_at(p->f, peek(p)->line, peek(p)->col, "expected an indented block after %s on line %d", what, line);
    next(p);
    while (peek(p)->kind != TK_DEDENT && peek(p)->kind != TK_EOF) statement(p, body);
    next(p);
}

/* if_stmt: 'if' named_expression ':' block ('elif' named_expression ':' block)* ['else' ':' block] */
static Node *if_stmt(Parser *p) {
    Token *t = next(p);
    Node *n = mk(N_IF, t);
    n->test = named_expression(p);
    check_stray_equal(p, n->test);
    block(p, &n->body, equal(t, "if") ? "'if' statement" : "'elif' statement", t->line);
    if (at(p, "elif")) {
        vec_push(&n->orelse, if_stmt(p));
    } else if (at(p, "else")) {
        Token *e = next(p);
        block(p, &n->orelse, "'else' statement", e->line);
    }
    return fin(p, n);
}

/* ['else' ':' block] after a loop */
static void else_block(Parser *p, Vec *orelse) {
    if (!at(p, "else")) return;
    Token *e = next(p);
    block(p, orelse, "'else' statement", e->line);
}

/* while_stmt: 'while' named_expression ':' block ['else' ':' block] */
static Node *while_stmt(Parser *p) {
    Token *t = next(p);
    Node *n = mk(N_WHILE, t);
    n->test = named_expression(p);
    check_stray_equal(p, n->test);
    block(p, &n->body, "'while' statement", t->line);
    else_block(p, &n->orelse);
    return fin(p, n);
}

/* star_targets: ','.('*' bitwise_or | bitwise_or)+ [','] (checked as assignment targets) */
static Node *star_targets(Parser *p) {
    Token *start = peek(p);
    Node *t = NULL;
    for (;;) {
        Token *s = peek(p);
        Node *e;
        if (accept(p, "*")) {
            e = mk(N_STARRED, s);
            e->value = bitwise_or(p);
            fin(p, e);
        } else {
            e = bitwise_or(p);
        }
        if (!t && !at(p, ",")) {
            if (e->kind == N_STARRED) error_node(p, e, "starred assignment target must be in a list or tuple");
            return e;
        }
        if (!t) t = mk(N_TUPLE, start);
        vec_push(&t->elts, e);
        if (!accept(p, ",") || !starts_expr(peek(p))) break;
    }
    return fin(p, t);
}

/* for_stmt: ['async'] 'for' star_targets 'in' star_expressions ':' block ['else' ':' block] */
static Node *for_stmt(Parser *p, Token *async) {
    Token *t = next(p);
    Node *n = mk(N_FOR, async ? async : t);
    n->is_async = async != NULL;
    n->target = star_targets(p);
    check_target(p, n->target, T_FOR);
    expect(p, "in");
    n->iter = star_expressions(p);
    block(p, &n->body, "'for' statement", t->line);
    else_block(p, &n->orelse);
    return fin(p, n);
}

/* with_item: expression ['as' target] */
static Node *with_item(Parser *p) {
    Node *it = mk(N_WITHITEM, peek(p));
    it->value = expression(p);
    if (accept(p, "as")) {
        it->target = bitwise_or(p);
        check_target(p, it->target, T_ASSIGN);
    }
    return fin(p, it);
}

/* Is the '(' after 'with' the start of parenthesized with-items (an 'as' or ','
 * at its top level, and ':' right after its ')')? */
static bool parenthesized_items(Parser *p) {
    int depth = 0;
    bool found = false;
    for (int k = 0;; k++) {
        Token *t = peek_at(p, k);
        if (t->kind == TK_EOF || t->kind == TK_NEWLINE) return false;
        if (equal(t, "(") || equal(t, "[") || equal(t, "{")) depth++;
        else if (equal(t, ")") || equal(t, "]") || equal(t, "}")) {
            if (--depth == 0) return found && equal(peek_at(p, k + 1), ":");
        } else if (depth == 1 && (equal(t, "as") || equal(t, ","))) found = true;
    }
}

/* with_stmt: ['async'] 'with' ('(' ','.with_item+ [','] ')' | ','.with_item+) ':' block */
static Node *with_stmt(Parser *p, Token *async) {
    Token *t = next(p);
    Node *n = mk(N_WITH, async ? async : t);
    n->is_async = async != NULL;
    bool paren = at(p, "(") && parenthesized_items(p);
    if (paren) next(p);
    do {
        if (paren && at(p, ")")) break;
        vec_push(&n->items, with_item(p));
    } while (accept(p, ","));
    if (paren) expect(p, ")");
    block(p, &n->body, "'with' statement", t->line);
    return fin(p, n);
}

/* try_stmt: 'try' ':' block (except_block+ | except_star_block+) ['else' ':' block]
 *           ['finally' ':' block]  (at least one handler or finally)
 * except_block: 'except' ['*'] [expression ['as' NAME]] ':' block */
static Node *try_stmt(Parser *p) {
    Token *t = next(p);
    Node *n = mk(N_TRY, t);
    block(p, &n->body, "'try' statement", t->line);
    while (at(p, "except")) {
        Token *e = next(p);
        bool star = accept(p, "*");
        if (n->handlers.len && star != (bool)n->op)
            error_tok(p, e, "cannot have both 'except' and 'except*' on the same 'try'");
        n->op = star;
        Node *h = mk(N_EXCEPTHANDLER, e);
        if (!at(p, ":")) {
            h->value = expression(p);
            if (at(p, ",")) error_node(p, h->value, "multiple exception types must be parenthesized");
            if (accept(p, "as")) h->name = expect_name(p);
        } else if (star) {
            error_tok(p, peek(p), "expected one or more exception types");
        }
        block(p, &h->body, star ? "'except*' statement" : "'except' statement", e->line);
        vec_push(&n->handlers, fin(p, h));
    }
    if (n->handlers.len) else_block(p, &n->orelse);
    if (at(p, "finally")) {
        Token *f = next(p);
        block(p, &n->finalbody, "'finally' statement", f->line);
    }
    if (!n->handlers.len && !n->finalbody.len) error_tok(p, peek(p), "expected 'except' or 'finally' block");
    return fin(p, n);
}

/* function_def: decorators ['async'] 'def' NAME '(' [parameters] ')' ['->' expression] ':' block */
static Node *funcdef(Parser *p, Vec decorators, Token *async) {
    Token *t = next(p);
    Node *n = mk(N_FUNCDEF, async ? async : t);
    n->decorators = decorators;
    n->is_async = async != NULL;
    n->name = expect_name(p);
    expect_forced(p, "(");
    n->args = parameters(p, ")", true);
    next(p);
    if (accept(p, "->")) n->returns = expression(p);
    block(p, &n->body, "function definition", t->line);
    return fin(p, n);
}

/* class_def: decorators 'class' NAME ['(' [arguments] ')'] ':' block */
static Node *classdef(Parser *p, Vec decorators) {
    Token *t = next(p);
    Node *n = mk(N_CLASSDEF, t);
    n->decorators = decorators;
    n->name = expect_name(p);
    Token *open = peek(p);
    if (accept(p, "(")) {
        arguments(p, &n->bases, &n->keywords, open);
        for (int i = 0; i < n->bases.len; i++)
            if (((Node *)n->bases.data[i])->kind == N_GENEXP) error_node(p, n->bases.data[i], "invalid syntax");
    }
    block(p, &n->body, "class definition", t->line);
    return fin(p, n);
}

/* ---------------------------------------------------------------- match statement */

/* signed_number: NUMBER | '-' NUMBER */
static Node *signed_number(Parser *p) {
    Token *t = peek(p);
    if (!accept(p, "-")) {
        if (t->kind != TK_NUMBER) syntax_error(p);
        return number(p);
    }
    if (peek(p)->kind != TK_NUMBER) syntax_error(p);
    Node *u = mk(N_UNARYOP, t);
    u->op = OP_NEG;
    u->value = number(p);
    return fin(p, u);
}

/* literal_expr: signed_number ['+' | '-' NUMBER] | strings | 'None' | 'True' | 'False'
 * (NULL if no literal starts here) */
static Node *literal_expr(Parser *p) {
    Token *t = peek(p);
    if (t->kind == TK_STRING) {
        Node *s = strings(p);
        if (s->kind == N_JOINEDSTR) error_node(p, s, "patterns may only match literals and attribute lookups");
        return s;
    }
    if (equal(t, "None") || equal(t, "True") || equal(t, "False")) return atom(p);
    if (t->kind != TK_NUMBER && !equal(t, "-")) return NULL;
    Node *real = signed_number(p);
    if (!at(p, "+") && !at(p, "-")) return real;
    Node *b = mk_at(N_BINOP, real);
    b->op = at(p, "+") ? OP_ADD : OP_SUB;
    next(p);
    if (peek(p)->kind != TK_NUMBER) syntax_error(p);
    b->left = real;
    b->right = number(p);
    if ((real->kind == N_UNARYOP ? real->value : real)->kind == N_IMAG)
        error_node(p, real, "real number required in complex literal");
    if (b->right->kind != N_IMAG) error_node(p, b->right, "imaginary number required in complex literal");
    return fin(p, b);
}

/* name_or_attr: NAME ('.' NAME)* */
static Node *name_or_attr(Parser *p) {
    Node *n = name_node(p);
    while (accept(p, ".")) {
        Node *a = mk_at(N_ATTRIBUTE, n);
        a->value = n;
        a->name = expect_name(p);
        n = fin(p, a);
    }
    return n;
}

/* capture target: NAME other than '_' */
static char *capture_name(Parser *p, const char *err) {
    Token *t = peek(p);
    if (!is_name(t)) error_tok(p, t, err);
    if (equal(t, "_")) error_tok(p, t, "cannot use '_' as a target");
    return expect_name(p);
}

/* maybe_star_pattern: '*' NAME | pattern */
static Node *maybe_star_pattern(Parser *p) {
    Token *t = peek(p);
    if (!accept(p, "*")) return pattern(p);
    Node *s = mk(N_PMATCH_STAR, t);
    if (!accept(p, "_")) s->name = capture_name(p, "invalid syntax");
    return fin(p, s);
}

/* The items of a sequence pattern up to closer, into seq. */
static void sequence_items(Parser *p, Node *seq, const char *closer) {
    while (!at(p, closer)) {
        vec_push(&seq->elts, maybe_star_pattern(p));
        if (!accept(p, ",")) break;
    }
    expect(p, closer);
}

/* A sequence pattern may capture at most one starred name. */
static void check_stars(Parser *p, Node *seq) {
    int stars = 0;
    for (int i = 0; i < seq->elts.len; i++) stars += ((Node *)seq->elts.data[i])->kind == N_PMATCH_STAR;
    if (stars > 1) error_node(p, seq, "multiple starred names in sequence pattern");
}

/* mapping_pattern: '{' [(literal_expr | name_or_attr) ':' pattern] % ',' [',' '**' NAME] '}' */
static Node *mapping_pattern(Parser *p) {
    Node *m = mk(N_PMATCH_MAPPING, next(p));
    while (!at(p, "}")) {
        if (accept(p, "**")) {
            m->name = capture_name(p, "invalid syntax");
            accept(p, ",");
            break;
        }
        Node *key = literal_expr(p);
        if (!key) {
            if (!is_name(peek(p))) syntax_error(p);
            key = name_or_attr(p);
            if (key->kind == N_NAME) syntax_error(p);
        }
        vec_push(&m->keys, key);
        expect(p, ":");
        vec_push(&m->values, pattern(p));
        if (!accept(p, ",")) break;
    }
    expect(p, "}");
    return fin(p, m);
}

/* class_pattern: name_or_attr '(' [pattern % ','] [NAME '=' pattern] % ',' ')' */
static Node *class_pattern(Parser *p, Node *cls) {
    Node *c = mk_at(N_PMATCH_CLASS, cls);
    c->value = cls;
    next(p);
    while (!at(p, ")")) {
        if (is_name(peek(p)) && equal(peek_at(p, 1), "=")) {
            vec_push(&c->idents, expect_name(p));
            next(p);
            vec_push(&c->values, pattern(p));
        } else {
            Node *pat = pattern(p);
            if (c->idents.len) error_node(p, pat, "positional patterns follow keyword patterns");
            vec_push(&c->elts, pat);
        }
        if (!accept(p, ",")) break;
    }
    expect(p, ")");
    return fin(p, c);
}

/* closed_pattern: literal_pattern | capture_pattern | wildcard_pattern | value_pattern
 *   | group_pattern | sequence_pattern | mapping_pattern | class_pattern */
static Node *closed_pattern(Parser *p) {
    check_depth(p);
    Token *t = peek(p);
    Node *lit = literal_expr(p);
    if (lit) {
        Node *v = mk_at(lit->kind == N_NONE || lit->kind == N_TRUE || lit->kind == N_FALSE ? N_PMATCH_SINGLETON
                                                                                          : N_PMATCH_VALUE, lit);
        v->value = lit;
        return fin(p, v);
    }
    if (equal(t, "(")) {
        next(p);
        Node *seq = mk(N_PMATCH_SEQUENCE, t);
        if (accept(p, ")")) return fin(p, seq);
        Node *first = maybe_star_pattern(p);
        if (first->kind != N_PMATCH_STAR && accept(p, ")")) return first;
        vec_push(&seq->elts, first);
        if (!at(p, ")")) expect(p, ",");
        sequence_items(p, seq, ")");
        check_stars(p, seq);
        return fin(p, seq);
    }
    if (equal(t, "[")) {
        next(p);
        Node *seq = mk(N_PMATCH_SEQUENCE, t);
        sequence_items(p, seq, "]");
        check_stars(p, seq);
        return fin(p, seq);
    }
    if (equal(t, "{")) return mapping_pattern(p);
    if (!is_name(t)) syntax_error(p);
    Node *n = name_or_attr(p);
    if (at(p, "(")) return class_pattern(p, n);
    if (n->kind == N_ATTRIBUTE) {
        Node *v = mk_at(N_PMATCH_VALUE, n);
        v->value = n;
        return fin(p, v);
    }
    Node *a = mk_at(N_PMATCH_AS, n);
    if (strcmp(n->name, "_")) a->name = n->name;
    return fin(p, a);
}

/* pattern: or_pattern ['as' NAME]   or_pattern: '|'.closed_pattern+ */
static Node *pattern(Parser *p) {
    Node *first = closed_pattern(p);
    if (at(p, "|")) {
        Node *o = mk_at(N_PMATCH_OR, first);
        vec_push(&o->elts, first);
        while (accept(p, "|")) vec_push(&o->elts, closed_pattern(p));
        first = fin(p, o);
    }
    if (!accept(p, "as")) return first;
    Node *a = mk_at(N_PMATCH_AS, first);
    a->pattern = first;
    a->name = capture_name(p, "invalid pattern target");
    return fin(p, a);
}

/* patterns: open_sequence_pattern | pattern */
static Node *patterns(Parser *p) {
    Node *first = maybe_star_pattern(p);
    if (!at(p, ",") && first->kind != N_PMATCH_STAR) return first;
    Node *seq = mk_at(N_PMATCH_SEQUENCE, first);
    vec_push(&seq->elts, first);
    while (accept(p, ",") && !at(p, ":") && !at(p, "if")) vec_push(&seq->elts, maybe_star_pattern(p));
    check_stars(p, seq);
    return fin(p, seq);
}

/* Is this 'match' the soft keyword?  Its logical line must end in ':' (no simple
 * statement does) and the next token must start an expression. */
static bool at_match_stmt(Parser *p) {
    if (!at(p, "match") || !starts_expr(peek_at(p, 1))) return false;
    int k = 1;
    while (peek_at(p, k)->kind != TK_NEWLINE && peek_at(p, k)->kind != TK_EOF) k++;
    return equal(peek_at(p, k - 1), ":");
}

/* match_stmt: "match" (star_named_expression ',' star_named_expressions? | named_expression)
 *             ':' NEWLINE INDENT case_block+ DEDENT
 * case_block: "case" patterns ['if' named_expression] ':' block */
static Node *match_stmt(Parser *p) {
    Token *t = next(p);
    Node *n = mk(N_MATCH, t);
    Node *subject = star_named_expression(p);
    if (at(p, ",")) {
        Node *tup = mk_at(N_TUPLE, subject);
        vec_push(&tup->elts, subject);
        while (accept(p, ",") && !at(p, ":")) vec_push(&tup->elts, star_named_expression(p));
        subject = fin(p, tup);
    }
    n->value = subject;
    expect_forced(p, ":");
    if (peek(p)->kind != TK_NEWLINE) syntax_error(p);
    next(p);
    if (peek(p)->kind != TK_INDENT)
        error_at(p->f, peek(p)->line, peek(p)->col, "expected an indented block after 'match' statement on line %d", t->line);
    next(p);
    while (peek(p)->kind != TK_DEDENT && peek(p)->kind != TK_EOF) {
        Token *c = peek(p);
        if (!equal(c, "case")) syntax_error(p);
        next(p);
        Node *mc = mk(N_MATCHCASE, c);
        mc->pattern = patterns(p);
        if (accept(p, "if")) mc->test = named_expression(p);
        block(p, &mc->body, "'case' statement", c->line);
        vec_push(&n->cases, fin(p, mc));
    }
    next(p);
    return fin(p, n);
}

/* ---------------------------------------------------------------- statements */

/* decorators: ('@' named_expression NEWLINE)+ then a function or class definition */
static Node *decorated(Parser *p) {
    Vec decorators = {0};
    while (accept(p, "@")) {
        vec_push(&decorators, named_expression(p));
        if (peek(p)->kind != TK_NEWLINE) syntax_error(p);
        next(p);
    }
    if (at(p, "def")) return funcdef(p, decorators, NULL);
    if (at(p, "class")) return classdef(p, decorators);
    if (at(p, "async") && equal(peek_at(p, 1), "def")) return funcdef(p, decorators, next(p));
    syntax_error(p);
}

/* statement: compound_stmt | simple_stmts */
static void statement(Parser *p, Vec *out) {
    check_depth(p);
    Token *t = peek(p);
    Node *n = NULL;
    if (t->kind == TK_INDENT) error_tok(p, t, "unexpected indent");
    if (t->kind == TK_NAME) {
        if (equal(t, "if")) n = if_stmt(p);
        else if (equal(t, "while")) n = while_stmt(p);
        else if (equal(t, "for")) n = for_stmt(p, NULL);
        else if (equal(t, "with")) n = with_stmt(p, NULL);
        else if (equal(t, "try")) n = try_stmt(p);
        else if (equal(t, "def")) n = funcdef(p, (Vec){0}, NULL);
        else if (equal(t, "class")) n = classdef(p, (Vec){0});
        else if (equal(t, "async")) {
            next(p);
            if (at(p, "def")) n = funcdef(p, (Vec){0}, t);
            else if (at(p, "for")) n = for_stmt(p, t);
            else if (at(p, "with")) n = with_stmt(p, t);
            else syntax_error(p);
        } else if (at_match_stmt(p)) {
            n = match_stmt(p);
        }
    } else if (equal(t, "@")) {
        n = decorated(p);
    }
    if (n) vec_push(out, n);
    else simple_stmts(p, out);
}

/* file: statement* ENDMARKER */
Node *parse_file(SrcFile *f) {
    char probe;
    Vec toks = tokenize(f);
    Parser p = {.f = f, .toks = (Token **)toks.data, .stack_base = (uintptr_t)&probe};
    Node *m = new_node(N_MODULE, 1, 1);
    while (peek(&p)->kind != TK_EOF) statement(&p, &m->body);
    if (!p.prev) p.prev = peek(&p);
    return fin(&p, m);
}

/* ---------------------------------------------------------------- dumping */

static const char *kind_names[] = {
    "Name", "Int", "Float", "Imag", "Str", "Bytes", "None", "True", "False", "Ellipsis", "JoinedStr",
    "Formatted", "BinOp", "UnaryOp", "BoolOp", "Compare", "Call", "Keyword", "Attribute", "Subscript",
    "Slice", "Starred", "List", "Tuple", "Set", "Dict", "ListComp", "SetComp", "GenExp", "DictComp",
    "Comprehension", "Lambda", "IfExp", "NamedExpr", "Yield", "YieldFrom", "Await",
    "Module", "FunctionDef", "ClassDef", "Return", "Delete", "Assign", "AugAssign", "AnnAssign", "For",
    "While", "If", "With", "WithItem", "Match", "MatchCase", "Raise", "Try", "ExceptHandler", "Assert",
    "Import", "ImportFrom", "Alias", "Global", "Nonlocal", "Expr", "Pass", "Break", "Continue",
    "Arguments", "Arg",
    "MatchValue", "MatchSingleton", "MatchSequence", "MatchMapping", "MatchClass", "MatchStar", "MatchAs", "MatchOr",
};
_Static_assert(sizeof kind_names / sizeof kind_names[0] == N_NODE_KIND_COUNT, "kind_names out of sync");

const char *node_kind_name(NodeKind k) { return k < N_NODE_KIND_COUNT ? kind_names[k] : "?"; }

static void dump_str(FILE *out, const char *s, size_t n) {
    fputc('"', out);
    for (size_t i = 0; i < n; i++) {
        unsigned char c = s[i];
        if (c == '"' || c == '\\') fprintf(out, "\\%c", c);
        else if (c == '\n') fputs("\\n", out);
        else if (c < 0x20 || c == 0x7F) fprintf(out, "\\x%02x", c);
        else fputc(c, out);
    }
    fputc('"', out);
}

static void dump_node(FILE *out, Node *n, int indent, const char *label);

#define FIELD(f) {#f, offsetof(Node, f)}
static const struct { const char *name; size_t off; } child_fields[] = {
    FIELD(target), FIELD(func), FIELD(left), FIELD(test), FIELD(value), FIELD(right), FIELD(iter),
    FIELD(slice), FIELD(lower), FIELD(upper), FIELD(step), FIELD(args), FIELD(annotation),
    FIELD(returns), FIELD(cause), FIELD(pattern), FIELD(format_spec), FIELD(vararg), FIELD(kwarg),
}, vec_fields[] = {
    FIELD(decorators), FIELD(targets), FIELD(posonly), FIELD(params), FIELD(defaults), FIELD(kwonly),
    FIELD(kw_defaults), FIELD(elts), FIELD(keys), FIELD(values), FIELD(call_args), FIELD(keywords),
    FIELD(bases), FIELD(generators), FIELD(ifs), FIELD(names), FIELD(items), FIELD(cases), FIELD(body),
    FIELD(handlers), FIELD(orelse), FIELD(finalbody),
};
#undef FIELD

static const char *op_name(Node *n) {
    static const char *bin[] = {"+", "-", "*", "@", "/", "//", "%", "**", "<<", ">>", "&", "|", "^", "and", "or"};
    static const char *un[] = {"-", "+", "~", "not"};
    switch (n->kind) {
    case N_BINOP: case N_AUGASSIGN: case N_BOOLOP: return bin[n->op];
    case N_UNARYOP: return un[n->op];
    default: return NULL;
    }
}

/* (Kind scalars @line:col-line:col
 *   field=(Child ...) ...) */
static void dump_node(FILE *out, Node *n, int indent, const char *label) {
    static const char *cmp[] = {"<", "<=", "==", "!=", ">", ">=", "is", "is not", "in", "not in"};
    fprintf(out, "%*s%s%s", indent, "", label ? label : "", label ? "=" : "");
    if (!n) {
        fputs("-", out);
        return;
    }
    fprintf(out, "(%s", node_kind_name(n->kind));
    if (n->name) fprintf(out, " %s", n->name);
    if (n->asname) fprintf(out, " as %s", n->asname);
    if (n->kind == N_INT) fprintf(out, " %s", n->str);
    if (n->kind == N_STR || n->kind == N_BYTES) { fputc(' ', out); dump_str(out, n->str, n->len); }
    if (n->kind == N_FLOAT || n->kind == N_IMAG) fprintf(out, " %.17g", n->fval);
    if (op_name(n)) fprintf(out, " %s", op_name(n));
    if (n->kind == N_FORMATTED && n->op) fprintf(out, " !%c", n->op);
    if (n->kind == N_TRY && n->op) fputs(" except*", out);
    if (n->kind == N_COMPARE)
        for (int i = 0; i < n->values.len; i++) fprintf(out, " %s", cmp[n->ops[i]]);
    if (n->is_async) fputs(" async", out);
    if (n->simple) fputs(" simple", out);
    if (n->level) fprintf(out, " level=%d", n->level);
    for (int i = 0; i < n->idents.len; i++) fprintf(out, " %s", (char *)n->idents.data[i]);
    fprintf(out, " @%d:%d-%d:%d", n->line, n->col, n->end_line, n->end_col);
    for (size_t i = 0; i < sizeof child_fields / sizeof child_fields[0]; i++) {
        Node *c = *(Node **)((char *)n + child_fields[i].off);
        if (!c) continue;
        fputc('\n', out);
        dump_node(out, c, indent + 2, child_fields[i].name);
    }
    for (size_t i = 0; i < sizeof vec_fields / sizeof vec_fields[0]; i++) {
        Vec *v = (Vec *)((char *)n + vec_fields[i].off);
        for (int j = 0; j < v->len; j++) {
            fputc('\n', out);
            dump_node(out, v->data[j], indent + 2, vec_fields[i].name);
        }
    }
    fputc(')', out);
}

void dump_ast(FILE *out, Node *n, int indent) {
    dump_node(out, n, indent, NULL);
    fputc('\n', out);
}
