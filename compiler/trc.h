/* trc.h — the compiler's one internal header: a section per stage (chibicc style).
 * Stages communicate only through the data structures declared here:
 *   source --lex--> tokens --parse--> AST --resolve--> scoped AST --irgen--> IR
 *   --opt/*--> IR --emit_c--> C text --driver--> cc / libtcc. */
#ifndef TRC_H
#define TRC_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define TRC_VERSION "0.1.0"

/* ================================================================ util.c */
void *xmalloc(size_t n);       /* zeroed; exits on OOM */
void *xrealloc(void *p, size_t n);
char *xstrdup(const char *s);
char *xstrndup(const char *s, size_t n);
char *format(const char *fmt, ...);   /* malloc'ed printf */

/* A growable array of pointers. */
typedef struct Vec { void **data; int len, cap; } Vec;
void vec_push(Vec *v, void *item);
#define VEC_AT(v, i) ((v).data[i])

/* A growable string. */
typedef struct StrBuf { char *data; size_t len, cap; } StrBuf;
void sb_add(StrBuf *b, const char *s, size_t n);
void sb_puts(StrBuf *b, const char *s);
void sb_printf(StrBuf *b, const char *fmt, ...);

/* ================================================================ source / errors */
typedef struct SrcFile {
    char *name;      /* as given by the user or found by import resolution */
    char *contents;  /* NUL-terminated, newline-terminated */
    size_t size;
} SrcFile;

SrcFile *read_source(const char *path); /* NULL if unreadable */
/* "file:line:col: error: message", the source line, a caret under col; exit status 2.
 * line and col are 1-based; col counts characters (code points) of the line. */
_Noreturn void error_at(SrcFile *f, int line, int col, const char *fmt, ...);
void warn_at(SrcFile *f, int line, int col, const char *fmt, ...);

/* ================================================================ lex.c */
typedef enum TokenKind {
    TK_NAME, TK_NUMBER, TK_STRING, TK_OP, TK_NEWLINE, TK_INDENT, TK_DEDENT, TK_EOF,
} TokenKind;

typedef struct Token {
    TokenKind kind;
    int line, col;          /* 1-based start */
    int end_line, end_col;  /* position just past the token */
    const char *start;      /* into SrcFile contents */
    size_t len;
} Token;

/* Whole-file tokenization with INDENT/DEDENT; syntax errors via error_at. */
Vec tokenize(SrcFile *f); /* Vec of Token* ending with TK_EOF */

/* ================================================================ ast (parse.c) */
typedef enum NodeKind {
    /* --- expressions --- */
    N_NAME,        /* name */
    N_INT,         /* str: literal text without underscores (may have 0x/0o/0b prefix) */
    N_FLOAT,       /* fval */
    N_IMAG,        /* fval: imaginary part */
    N_STR,         /* str,len: decoded UTF-8 value (adjacent literals concatenated) */
    N_BYTES,       /* str,len: decoded bytes */
    N_NONE, N_TRUE, N_FALSE, N_ELLIPSIS,
    N_JOINEDSTR,   /* f-string: elts = N_STR and N_FORMATTED parts */
    N_FORMATTED,   /* value; op = conversion ('s','r','a' or 0); format_spec = N_JOINEDSTR or NULL */
    N_BINOP,       /* left op right; op is a BinOp */
    N_UNARYOP,     /* op (UnaryOp) value */
    N_BOOLOP,      /* op (OP_AND/OP_OR) over values (2 or more) */
    N_COMPARE,     /* left, ops[i] compared with values[i] (CmpOp) */
    N_CALL,        /* func(args..., keywords...): args may hold N_STARRED; keywords are N_KEYWORD */
    N_KEYWORD,     /* name=value; name NULL for **value */
    N_ATTRIBUTE,   /* value.name */
    N_SUBSCRIPT,   /* value[slice] */
    N_SLICE,       /* lower:upper:step (each may be NULL) */
    N_STARRED,     /* *value */
    N_LIST, N_TUPLE, N_SET, /* elts */
    N_DICT,        /* keys[i]: values[i]; keys[i] NULL for **values[i] */
    N_LISTCOMP, N_SETCOMP, N_GENEXP, /* elt, generators (N_COMPREHENSION) */
    N_DICTCOMP,    /* key: value, generators */
    N_COMPREHENSION, /* for target in iter if ifs...; is_async */
    N_LAMBDA,      /* args (N_ARGUMENTS), value = body expression */
    N_IFEXP,       /* left if test else right */
    N_NAMEDEXPR,   /* target := value */
    N_YIELD,       /* value may be NULL */
    N_YIELDFROM,   /* value */
    N_AWAIT,       /* value */

    /* --- statements --- */
    N_MODULE,      /* body */
    N_FUNCDEF,     /* decorators; name; args; returns; body; is_async */
    N_CLASSDEF,    /* decorators; name; bases; keywords; body */
    N_RETURN,      /* value may be NULL */
    N_DELETE,      /* targets */
    N_ASSIGN,      /* targets (a = b = value: 2 targets), value */
    N_AUGASSIGN,   /* target op= value */
    N_ANNASSIGN,   /* target: annotation = value (value may be NULL); simple */
    N_FOR,         /* for target in iter: body else: orelse; is_async */
    N_WHILE,       /* while test: body else: orelse */
    N_IF,          /* if test: body else: orelse (elif = nested N_IF in orelse) */
    N_WITH,        /* items (N_WITHITEM) body; is_async */
    N_WITHITEM,    /* value = context expr, target = optional vars or NULL */
    N_MATCH,       /* match value: cases (N_MATCHCASE) */
    N_MATCHCASE,   /* case pattern if test: body (test may be NULL) */
    N_RAISE,       /* raise value from cause (both may be NULL) */
    N_TRY,         /* body; handlers (N_EXCEPTHANDLER); orelse; finalbody; is_star (except*) */
    N_EXCEPTHANDLER, /* except value as name: body (value, name may be NULL) */
    N_ASSERT,      /* assert test, value (msg, may be NULL) */
    N_IMPORT,      /* names (N_ALIAS) */
    N_IMPORTFROM,  /* from level-dots + module (str, may be NULL) import names (N_ALIAS; name "*" for star) */
    N_ALIAS,       /* name as asname (asname may be NULL); name is dotted for import */
    N_GLOBAL, N_NONLOCAL, /* names: Vec of char* in `idents` */
    N_EXPR,        /* value */
    N_PASS, N_BREAK, N_CONTINUE,

    /* --- function signatures --- */
    N_ARGUMENTS,   /* posonly, params, vararg, kwonly, kwarg (N_ARG each); defaults (for the
                      last positional ones, posonly+params), kw_defaults (parallel to kwonly, NULL entries) */
    N_ARG,         /* name, annotation (may be NULL) */

    /* --- patterns (match) --- */
    N_PMATCH_VALUE,     /* value (dotted name or literal expression) */
    N_PMATCH_SINGLETON, /* value is N_NONE/N_TRUE/N_FALSE */
    N_PMATCH_SEQUENCE,  /* elts (patterns) */
    N_PMATCH_MAPPING,   /* keys (expressions), values (patterns), name = **rest or NULL */
    N_PMATCH_CLASS,     /* value = class expression; elts = positional patterns; idents = keyword
                           names; values = keyword patterns */
    N_PMATCH_STAR,      /* *name (name NULL for *_) */
    N_PMATCH_AS,        /* pattern as name; pattern NULL = capture or wildcard (name NULL = _) */
    N_PMATCH_OR,        /* elts */
    N_NODE_KIND_COUNT
} NodeKind;

typedef enum BinOp {
    OP_ADD, OP_SUB, OP_MUL, OP_MATMUL, OP_DIV, OP_FLOORDIV, OP_MOD, OP_POW,
    OP_LSHIFT, OP_RSHIFT, OP_BITAND, OP_BITOR, OP_BITXOR, /* same order as TrBinOp */
    OP_AND, OP_OR,                       /* BoolOp */
} BinOp;
typedef enum UnaryOp { OP_NEG, OP_POS, OP_INVERT, OP_NOT } UnaryOp;
typedef enum CmpOp {
    CMP_LT, CMP_LE, CMP_EQ, CMP_NE, CMP_GT, CMP_GE, /* same order as TrCompareOp */
    CMP_IS, CMP_ISNOT, CMP_IN, CMP_NOTIN,
} CmpOp;

typedef struct Node Node;
typedef struct Scope Scope;   /* resolve.c */
struct Node {
    NodeKind kind;
    int line, col, end_line, end_col; /* span in the source file (1-based) */
    int op;             /* BinOp / UnaryOp / conversion / is_star */
    bool is_async;
    bool simple;        /* N_ANNASSIGN: target is a plain name not in parentheses */
    int level;          /* N_IMPORTFROM: number of leading dots */
    char *name;         /* identifiers (NUL-terminated, interned per file not required) */
    char *asname;
    char *str;          /* literal contents (N_INT text, N_STR/N_BYTES bytes) */
    size_t len;
    double fval;
    Node *value, *left, *right, *test, *target, *iter, *func, *slice;
    Node *lower, *upper, *step, *annotation, *returns, *args, *cause, *pattern;
    Node *format_spec;
    Node *vararg, *kwarg;            /* N_ARGUMENTS */
    Vec body, orelse, finalbody, handlers, decorators, targets, elts, keys, values,
        keywords, generators, ifs, names, items, cases, bases, ops_list, idents,
        posonly, params, kwonly, defaults, kw_defaults, call_args;
    int *ops;           /* N_COMPARE: CmpOp per comparator (values) */
    Scope *scope;       /* set by the resolver on scope-introducing nodes */
    void *sym;          /* set by the resolver on N_NAME / N_ARG / def targets */
};

/* Parse a whole file; syntax errors via error_at (exit status 2). */
Node *parse_file(SrcFile *f);
Node *new_node(NodeKind kind, int line, int col);
const char *node_kind_name(NodeKind k);
void dump_ast(FILE *out, Node *n, int indent); /* for debugging: --emit-ast */

#endif
