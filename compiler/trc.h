/* trc.h — the compiler's one internal header: a section per stage (chibicc style).
 * Stages communicate only through the data structures declared here:
 *   source --lex--> tokens --parse--> AST --resolve--> scoped AST --irgen--> IR
 *   --opt--> IR --emit_c--> C text --driver--> cc / libtcc. */
#ifndef TRC_H
#define TRC_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdarg.h>

#define TRC_VERSION "0.1.0"

/* ================================================================ util.c */
void *xmalloc(size_t n);       /* zeroed; exits on OOM */
void *xrealloc(void *p, size_t n);
char *xstrdup(const char *s);
char *xstrndup(const char *s, size_t n);
char *format(const char *fmt, ...) __attribute__((format(printf, 1, 2))); /* malloc'ed printf */
char *absolute_path(const char *path); /* os.path.abspath: malloc'ed */

/* A growable array of pointers. */
typedef struct Vec { void **data; int len, cap; } Vec;
void vec_push(Vec *v, void *item);
#define VEC_AT(v, i) ((v).data[i])

/* A growable string. */
typedef struct StrBuf { char *data; size_t len, cap; } StrBuf;
void sb_puts(StrBuf *b, const char *s);
void sb_printf(StrBuf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void sb_vprintf(StrBuf *b, const char *fmt, va_list ap); /* strbuf_printf.c */
char *sb_grow(StrBuf *b, size_t n);   /* sb_reserve's reallocation */
/* Room for n more bytes and a NUL after them: where they go (len is the caller's to move). */
static inline char *sb_reserve(StrBuf *b, size_t n) {
    return b->len + n + 1 <= b->cap ? b->data + b->len : sb_grow(b, n);
}
/* The buffer is always NUL-terminated once anything was added. */
static inline void sb_add(StrBuf *b, const char *s, size_t n) {
    char *end = sb_reserve(b, n);
    if (n) memcpy(end, s, n);
    b->len += n;
    end[n] = 0;
}

/* Strings to ints by hash (str_index.c); the keys are the caller's and must outlive it. */
typedef struct StrIndex { const char **keys; int *values; int len, cap; } StrIndex;
int str_index_get(const StrIndex *ix, const char *key); /* -1: absent */
void str_index_put(StrIndex *ix, const char *key, int value);
void str_index_free(StrIndex *ix);

bool is_file(const char *path);       /* exists and is a regular file */
bool is_dir(const char *path);        /* exists and is a directory */
void make_dirs(const char *path);     /* mkdir -p; failures show up when the path is used */

/* 128-bit content hash (two FNV-1a variants): for cache keys, not for security. */
typedef struct Hash { uint64_t a, b; } Hash;
#define HASH_INIT {0xcbf29ce484222325ULL, 0x84222325cbf29ce4ULL}
void hash_bytes(Hash *h, const void *data, size_t n);
void hash_str(Hash *h, const char *s);   /* includes the terminating NUL */
char *hash_hex(const Hash *h);          /* 32 hex digits, malloc'ed */

/* ================================================================ source / errors */
typedef struct SrcFile {
    char *name;      /* as given by the user or found by import resolution */
    char *path;      /* what CPython names it in __file__ and tracebacks: the absolute
                        path of a file read from disk, else the name (<string>, ...) */
    char *contents;  /* NUL-terminated, newline-terminated */
    size_t size;
} SrcFile;

SrcFile *read_source(const char *path); /* NULL if unreadable */
SrcFile *read_source_stream(FILE *fp, const char *name); /* NULL on a read error */
SrcFile *source_from_text(const char *name, const char *text, size_t len);
/* Whether word occurs in f as a whole word (code, string or comment alike) */
bool source_names(const SrcFile *f, const char *word);
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
/* Tokens of an f-string replacement field's expression text [start, end) inside f's
 * contents, starting at line:col; as if parenthesized (no NEWLINE/INDENT/DEDENT). */
Vec tokenize_range(SrcFile *f, const char *start, const char *end, int line, int col);

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
    Node *reduce_loop;  /* N_GENEXP, sole iterable of a call irgen_reduce.c may fold: its
                           copy, resolved as an inline loop of the caller (is_reduce_loop);
                           on that copy: the call (where the caller's frame is) */
    bool is_reduce_loop;
};

/* The name a node binds or reads: a def or class statement's own name, or the mangled
 * one it binds in a class body (its asname, mangle.c); any other node's name. */
static inline const char *bound_name(const Node *n) {
    return (n->kind == N_FUNCDEF || n->kind == N_CLASSDEF) && n->asname ? n->asname : n->name;
}
/* The first line of a def, class or lambda's code (co_firstlineno): its first decorator's. */
static inline int code_first_line(const Node *n) {
    return n->decorators.len ? ((Node *)n->decorators.data[0])->line : n->line;
}
/* Private names (`__x` in a class) mangled in a parsed module (mangle.c). */
void mangle_private_names(Node *module);
/* ast.c: visit(child, ctx) for every child node of n; the module `__import__("name")`
 * names when call is such a call with a literal, absolute name, else NULL */
void ast_each_child(Node *n, void (*visit)(Node *child, void *ctx), void *ctx);
const char *ast_literal_import(const Node *call);
/* `importlib.import_module("a.b")` or `import_module("a.b")`: "a.b", else NULL */
const char *ast_literal_import_module(const Node *call);
Node *ast_copy(const Node *n); /* a deep copy, not yet resolved (no scope or sym) */

/* Parse a whole file; syntax errors via error_at (exit status 2). */
Node *parse_file(SrcFile *f);
Node *new_node(NodeKind kind, int line, int col);
const char *node_kind_name(NodeKind k);
void dump_ast(FILE *out, Node *n, int indent); /* for debugging: --emit-ast */

/* ================================================================ resolve.c */
/* A program is every module reachable from the main file (closed world). */
typedef struct Module Module;

typedef enum SymKind {
    SYM_LOCAL,    /* an SSA variable of the enclosing C function */
    SYM_CELL,     /* a variable captured by an inner function: the SSA variable holds a cell */
    SYM_FREE,     /* a variable of an enclosing function: closure[index] is its cell */
    SYM_GLOBAL,   /* module global slot `index` */
    SYM_CLASS,    /* bound in a class body: lives in the class namespace dict */
    SYM_BUILTIN,  /* never bound in the module: the builtin of that name */
} SymKind;

typedef struct Symbol {
    char *name;
    SymKind kind;
    int index;        /* SSA variable id (LOCAL/CELL), closure index (FREE), slot (GLOBAL) */
    bool is_param;
    bool captured;    /* read by an inner function (turns LOCAL into CELL) */
    bool ns_first;    /* GLOBAL/BUILTIN read in a class body: its namespace is searched first */
    Scope *scope;
    struct Symbol *outer; /* FREE: the symbol it refers to one level out */
} Symbol;

typedef enum ScopeKind {
    SC_MODULE, SC_FUNCTION, SC_LAMBDA, SC_CLASS, SC_COMPREHENSION,
} ScopeKind;

/* Comprehensions and class bodies are compiled inline into the C function of their
 * nearest enclosing "unit" (module, def or lambda); their bindings stay private. */
struct Scope {
    ScopeKind kind;
    Scope *parent;
    Scope *unit;          /* the module/def/lambda whose C function holds this code */
    Node *node;
    Module *module;
    Vec symbols;          /* Symbol* bound or referenced here */
    Vec globals_decl;     /* names declared global (char*) */
    Vec nonlocals_decl;   /* names declared nonlocal (char*) */
    Vec freevars;         /* unit scopes: Symbol* of kind FREE, in closure order */
    int nvars;            /* unit scopes: SSA variables allocated */
    bool is_generator, is_coroutine;
    bool needs_class_cell; /* class scope: a method uses super() or __class__ */
    Symbol *class_cell;    /* class scope: the __class__ cell variable */
    char *qualname;
};

struct Module {
    char *name;           /* dotted name; "__main__" for the program */
    char *c_name;         /* identifier-safe name used in C symbols */
    SrcFile *file;
    Node *ast;
    Scope *scope;
    Vec globals;          /* char*: slot names */
    bool is_package;
    bool is_namespace;    /* a namespace package (PEP 420): file is its directory, empty */
    bool is_stdlib;       /* a C module from stdlib/ (no source) */
    bool is_carried;      /* Tauraro source from stdlib/, carried in trc */
    bool has_star_import; /* `from m import *`: unbound names are looked up at run time */
    bool future_annotations; /* `from __future__ import annotations`: kept as source strings */
    int id;
};

typedef struct Program {
    Vec modules;          /* Module*, dependencies before dependents where acyclic */
    Module *main;
    Vec search_dirs;      /* char*: directories for user imports */
    Vec probed_missing;   /* char*: paths the import search tried and did not find */
    bool traced, trace_checked; /* names settrace (trace_hooks.c); looked that up */
    bool for_libtcc;      /* its C is for libtcc (trc run's tier 1): emit_c.c writes forms
                             libtcc compiles well where cc's would be slower there */
} Program;

/* Load the main file and every user module it imports; resolve scopes. */
/* The program whose main module is f; its imports are looked up in dir. */
Program *load_program(SrcFile *f, const char *dir);
void resolve_module(Program *p, Module *m);
const char *scope_name(const Scope *s); /* its code's co_name: "f", "<lambda>", "<listcomp>", ... */
Symbol *scope_lookup(Scope *s, const char *name);
int module_global_slot(Module *m, const char *name); /* adds if missing */
/* stdlib registry (stdlib_registry.c): C modules the runtime archive provides. */
bool stdlib_has_module(const char *name);
/* The stdlib modules written in Tauraro, carried in trc (tools/gen_stdlib_sources.sh):
 * NULL-terminated. */
typedef struct StdlibSource { const char *name, *path; bool is_package; const char *text; } StdlibSource;
extern const StdlibSource stdlib_sources[];
const StdlibSource *stdlib_source(const char *name); /* NULL if not one of them */
/* -lNAME flags (and -dev packages) of the C libraries p's stdlib imports need */
const char **stdlib_link_libs(Program *p, bool static_link, const char ***packages);
/* -Wl,-u,SYMBOL flags: stdlib objects p needs that nothing it calls references (the
 * character names of the 'namereplace' error handler, referenced weakly), NULL-terminated */
const char **stdlib_link_symbols(Program *p);
Module *find_module(Program *p, const char *name);
char *resolve_relative_import(Module *from, int level, const char *name);

/* ================================================================ ir.c */
typedef enum IrType {
    TY_DYN,      /* any object (TrValue) */
    TY_INT, TY_FLOAT, TY_BOOL, TY_STR, TY_BYTES, TY_NONE,
    TY_LIST, TY_TUPLE, TY_DICT, TY_SET, TY_FUNC, TY_CLASS,
    TY_CBOOL,    /* C int 0/1 (branch conditions); not an object */
    TY_RANGE_LOOP, /* C counting-loop state of RANGE_ITER (opt/range_loop.c); not an object */
    TY_SEQ_LOOP, /* C state of an ITER walking a list or tuple by index (opt/seq_loop.c) */
    TY_PACK,     /* C array of TrValue (multiple results of unpack / bound args) */
    TY_VOID,     /* no value (stores, terminators) */
} IrType;

typedef enum IrOp {
#define IR_OPS(X) \
    X(CONST_INT) X(CONST_BIGINT) X(CONST_FLOAT) X(CONST_IMAG) X(CONST_STR) X(CONST_BYTES) \
    X(CONST_NONE) X(CONST_TRUE) X(CONST_FALSE) X(CONST_ELLIPSIS) X(UNDEF) \
    X(PARAM) X(PHI) X(COPY) \
    X(GLOBAL_LOAD) X(GLOBAL_STORE) X(GLOBAL_DEL) X(BUILTIN) X(CHECK_BOUND) \
    X(CELL_NEW) X(CELL_GET) X(CELL_SET) X(CLOSURE) X(CELL_DEL) \
    X(NS_LOAD) X(NS_STORE) X(NS_DEL) \
    X(BINOP) X(INPLACE) X(UNARY) X(NOT) X(TRUTH) X(COMPARE) X(COMPARE_BOOL) X(IS) X(IN) \
    X(BOX_BOOL) \
    X(GETATTR) X(SETATTR) X(DELATTR) X(GETITEM) X(SETITEM) X(DELITEM) X(GETSLICE) X(GETSLICE_TEMP) X(SETSLICE) \
    X(CALL) X(CALL_DIRECT) X(CALL_METHOD) X(CALL_SUPER_METHOD) X(CALL_EX) X(SUPER) \
    X(BUILD_LIST) X(BUILD_TUPLE) X(BUILD_SET) X(BUILD_DICT) X(BUILD_SLICE) \
    X(LIST_APPEND) X(LIST_EXTEND) X(LIST_TO_TUPLE) X(SET_ADD) X(SET_UPDATE) \
    X(DICT_SET) X(DICT_UPDATE) X(DICT_MERGE_KW) X(LOCALS_SET) X(MODULE_DICT) \
    X(FORMAT) X(TO_STR) X(TO_REPR) X(TO_ASCII) X(JOIN_STR) \
    X(ITER) X(RANGE_ITER) X(UNPACK) X(UNPACK_EX) X(EXTRACT) \
    X(MAKE_FUNCTION) X(PARAM_CHECKS) X(PREPARE_CLASS) X(MAKE_CLASS) X(IMPORT) X(IMPORT_FROM) X(IMPORT_STAR) \
    X(LANDINGPAD) X(EXC_MATCH) X(EXC_HANDLED_SWAP) X(EXC_HANDLED_SET) \
    X(WITH_ENTER) X(WITH_EXIT) X(WITH_EXIT_EXC) X(WITH_EXIT_CALL) X(ASSERT_FAIL) X(YIELD) X(YIELD_FROM) \
    X(CHECK_SIGNALS) X(TRACE_LINE) X(AWAITABLE) X(AITER) X(ANEXT) \
    X(EXC_STAR_BEGIN) X(EXC_STAR_MATCH) X(EXC_STAR_RAISED) X(EXC_STAR_FINISH) \
    X(LEN) X(CODE_IS) X(BUILTIN_IS) X(OWNS_GEN) X(CLOSE_OWNED) X(MATCH_SEQUENCE) X(MATCH_MAPPING) X(MATCH_KEYS) X(MATCH_REST) X(MATCH_CLASS) \
    X(JUMP) X(BRANCH) X(FOR_NEXT) X(RETURN) X(RAISE) X(RERAISE) X(UNREACHABLE)
#define IR_ENUM(name) IR_##name,
    IR_OPS(IR_ENUM)
#undef IR_ENUM
    IR_OP_COUNT
} IrOp;

typedef struct Block Block;
typedef struct Instr Instr;
typedef struct IrFunc IrFunc;

/* One SSA value.  Operands are other instructions; a terminator ends every block. */
struct Instr {
    IrOp op;
    IrType type;
    int id;              /* v<id> in dumps and in C */
    int line;            /* Tauraro source line (for #line and tracebacks) */
    int subop;           /* BinOp/UnaryOp/CmpOp, PARAM index, counts, flags */
    int64_t ival;        /* CONST_INT, indices (slots, closure, extract), kwname count */
    double fval;
    char *str;           /* names, string constants */
    size_t len;
    Instr **args;
    int nargs;
    Block *block;
    Block *exc;          /* may raise: where control goes (0 = out of the function) */
    Block *target[2];    /* JUMP: [0]; BRANCH/FOR_NEXT: [0] true/item, [1] false/done */
    IrFunc *func_ref;    /* MAKE_FUNCTION: the function it instantiates */
    Module *mod_ref;     /* IMPORT: the module */
    char **names;        /* CALL/CALL_METHOD/MAKE_CLASS: keyword names (ival of them);
                            GLOBAL_LOAD in a comprehension or class body: that scope's
                            co_varnames, NULL-ended (for NameError suggestions) */
    int var;             /* PHI: SSA variable it merges (-1 for none) */
    bool dead;
    unsigned char fuse;  /* FuseRole: part of a float tree computed unboxed (opt/fuse_float.c) */
    bool lazy_float;     /* may be held as the double d<id>, v<id> 0 until boxed (opt/unbox_float.c) */
    int accum;           /* string-building web of a `+`/`+=` or phi (opt/str_accum.c), or 0 */
    IrFunc *inlined_from; /* a copy of this function's instruction, inlined (opt/inline.c) */
    int call_line;       /* ... by the call at this line of the enclosing function */
    uint64_t span;       /* the source span its traceback entry marks (span.c), 0: none */
    uint64_t call_span;  /* ... and the inlining call's */
    Scope *frame_scope;  /* in a comprehension or class body compiled into its unit's C
                            function: the innermost such scope (a traceback shows its frame) */
};
typedef enum FuseRole { FUSE_NONE, FUSE_ROOT, FUSE_INTERIOR } FuseRole;

struct Block {
    int id;
    Vec instrs;          /* Instr*; the last is a terminator once the block is done */
    Vec preds;           /* Block* */
    bool sealed;
    bool is_handler;     /* entered by an exceptional edge: begins with LANDINGPAD */
    Instr **defs;        /* SSA construction: current value per variable */
    int ndefs;
    Vec incomplete_phis; /* Instr* awaiting sealing */
    IrFunc *func;
};

struct IrFunc {
    char *name;          /* C-safe unique name */
    char *qualname;
    Module *module;
    Scope *scope;
    Node *node;          /* N_FUNCDEF / N_LAMBDA / N_MODULE */
    Vec blocks;          /* Block*; blocks[0] is the entry */
    int nvalues;
    int nvars;
    int nparams;
    Vec param_names;     /* char* */
    int argcount, posonlycount, kwonlycount;
    bool has_varargs, has_varkw;
    int firstline;
    bool is_module_init;
    bool is_class_body;  /* a class body of its own (traced programs): its parameter is the namespace */
    bool is_generator;   /* body runs as a resumable state machine (emit_c.c) */
    bool is_async;       /* async def: a coroutine, or (scope->is_generator) an async generator */
    char *param_checks;  /* annotated parameters checked at entry: a letter per positional
                            and keyword-only one ('-' none, 'a' annotated), or 0 */
    bool direct_entry;   /* has CALL_DIRECT callers: C gets f_<name>_d (opt/direct_call.c) */
    unsigned float_params; /* bit k: positional parameter k is annotated with the builtin `float` */
    unsigned int_annotated; /* bit k: positional parameter k is annotated with the builtin `int` */
    unsigned int_params; /* bit k: the typed clone takes parameter k as a small int, intptr_t
                            (annotated `int` or used as one: opt/typed_clone.c) */
    IrFunc *typed_clone; /* its body specialised for exact-float and small-int arguments (opt/typed_clone.c) */
    IrFunc *typed_of;    /* on such a clone: the function it specialises */
    bool returns_float;  /* a typed clone whose every return value is a float: it hands
                            back the double (opt/unbox_float.c, emit_c.c) */
    Vec spec_loops;      /* SpecLoop*: loops emitted a second time on plain doubles (opt/spec_loop.c) */
    Vec int_loops;       /* IntLoop*: range loops emitted a second time with a C item (opt/int_loop.c) */
};

/* An innermost range loop the emitter writes twice (opt/int_loop.c): the generic body,
 * and a copy entered at the header while the loop counts small ints upwards in C, in
 * which the item is a C intptr_t.  The two share every C variable, so the copy may
 * leave into the generic body at any edge. */
typedef struct IntLoop {
    Block *header;
    Instr *item;         /* the loop's FOR_NEXT, the header's terminator */
    bool *in;            /* by block id: the block belongs to the copy */
} IntLoop;

/* A loop whose float work can run on plain C doubles (opt/spec_loop.c): the emitter
 * writes its blocks twice, the generic body and a speculative copy entered at the
 * header when the entry conditions hold; a failing guard in the copy leaves through a
 * side exit into the generic body at the same instruction (the copies share the C
 * variables, so leaving only zeroes the boxes of the doubles the copy defined). */
typedef struct SpecLoop {
    Block *header;
    bool *in;            /* by block id: the block belongs to the speculative copy */
    Vec entry_floats;    /* Instr*: unboxed floats from before the loop (exact floats at entry) */
    Vec header_phis;     /* Instr*: the header's unboxed phis (unboxed at entry) */
    Vec hoisted;         /* Instr*: GLOBAL_LOADs read once at entry (the copy runs no code) */
    Vec entry_leaves;    /* Instr*: objects from before the loop that float trees of the copy
                            read (`dt`): tested and read as doubles once, at entry */
    Vec code_checks;     /* Instr*: CODE_IS whose callee is tested at entry */
    Vec math_calls;      /* Instr*: `math.f(x)` calls whose C function is found at entry */
    Vec builtins;        /* Instr*: BUILTIN 'range' and 'len' of the copy's range starts and
                            len() calls: tested once, at entry (read there if in the copy) */
    Vec items;           /* Instr*: FOR_NEXTs of range loops the copy counts in C (builtin
                            range, step > 0: small ints) */
    Vec seq_items;       /* Instr*: FOR_NEXTs of loops over a list or tuple (opt/seq_loop.c)
                            the copy walks by index (a list of objects or a tuple) */
    Vec defined;         /* Instr*: unboxed floats the copy defines (its own doubles) */
    int *index;          /* by block id: the block's number in the copy, -1 outside */
    bool *dom;           /* [a * nblocks + b]: copy block b dominates a on the copy's edges */
    int nblocks;
    bool *live_out;      /* [v * nbound + block id]: defined[v] is live at the block's end */
    int nbound;          /* ir_block_id_bound of the function */
    Vec checked;         /* SpecList*: lists the copy tests once (opt/spec_lists.c) */
} SpecLoop;
/* A list a speculative copy tests once (opt/spec_lists.c), then accesses untested. */
typedef struct SpecList {
    Instr *list;
    bool floats;         /* a float-strategy list of at least `need` items; else a list of
                            objects or a tuple, read only */
    long long need;
    bool at_entry;       /* from before the loop: tested at the copy's entry; else where
                            the copy reads it (a plain read, its definition) */
} SpecList;
/* The test sl makes once of list, or NULL (each access tests it). */
const SpecList *spec_list_of(const SpecLoop *sl, const Instr *list);
/* Value x of the copy has been computed in this iteration when the copy leaves block b
 * before its instruction k: what leaving must store (the generic body may use it). */
bool spec_loop_computed(const SpecLoop *sl, const Instr *x, const Block *b, int k);
/* Double x the copy defines (in sl->defined) may still be read by the generic body
 * when the copy leaves block b before its instruction k (live at the end of b, or used
 * in b from k on; a tree's node counts wherever it stands, its root evaluating it). */
bool spec_loop_live(const SpecLoop *sl, const Instr *x, const Block *b, int k);
/* A list access a speculative copy makes itself, leaving by a side exit when the list
 * is not what it needs: a float-list read or store, or a plain read, at an index the
 * copy holds in C (a constant or a range item). */
bool spec_loop_list_access(const Instr *i);
/* An unboxed `math.f(x)` (opt/unbox_float.c) of a double a speculative copy computes. */
bool spec_loop_math_call(const Instr *i);
/* The FOR_NEXT of a loop over a list or tuple walked by index (opt/seq_loop.c). */
bool spec_loop_seq_item(const Instr *x);
/* The FOR_NEXT of a range loop (its item a C integer in a copy). */
bool spec_loop_range_item(const Instr *x);
/* A loop a copy starts itself, being a loop nest's: `range(a[, b])` of builtin range
 * (counted in C once its bounds are small ints, else a side exit), or the walk over a
 * list or tuple from before the loop. */
bool spec_loop_range_start(const Instr *i);
bool spec_loop_seq_start(const Instr *i);
/* The bounds of such a range that a copy computes as small ints: builtin len() of a
 * list or tuple from before the loop, and a range item or len() plus or minus a small
 * constant (`range(i + 1, n)`, `range(len(rows) - 1)`). */
bool spec_loop_len_call(const Instr *i);
bool spec_loop_offset(const Instr *i);
/* `+ - * // %` a copy computes on small ints (emit_spec.c's copy_int_op): of range
 * items, small int constants and other such operators, a few levels deep
 * (`(i + j) * (i + j + 1) // 2 + i + 1`), each leaving the copy on a result past the
 * small ints, a zero divisor or an operand that is no small int. */
bool spec_loop_int_op(const Instr *i);

typedef struct IrModule {
    Module *module;
    Vec funcs;           /* IrFunc*; funcs[0] is the module init */
} IrModule;

IrFunc *ir_func_new(Module *m, const char *name);
/* A copy of f's blocks and values (same ids) as a new function called name. */
IrFunc *ir_func_clone(IrFunc *f, const char *name);
int ir_block_id_bound(const IrFunc *f);    /* every block id of f is below it */
Block *ir_block_new(IrFunc *f);
Instr *ir_instr_new(Block *b, IrOp op, IrType type, int line);
void ir_add_arg(Instr *i, Instr *arg);
bool ir_is_terminator(IrOp op);
bool ir_op_can_raise(IrOp op);
const char *ir_op_name(IrOp op);
const char *ir_type_name(IrType t);
void ir_dump_module(FILE *out, IrModule *m);
/* Who uses each value of a function, by value id: live uses, the last live user, and
 * each instruction's position in its block (the passes' common bookkeeping). */
typedef struct IrUses { int *count; Instr **user; int *index; } IrUses;
IrUses ir_uses(IrFunc *f);           /* computed now, from the live instructions */
void ir_uses_free(IrUses *u);
/* The value the module's body stores in each global slot, when it stores there once
 * (NULL otherwise), by slot; *nslots gets their number.  Functions may still rebind a
 * slot (`global`), so what this says needs a guard at run time. */
Instr **ir_module_slot_values(IrModule *m, int *nslots);
/* The def a CALL's callee names: a module global whose one store in the body (values:
 * ir_module_slot_values) is a MAKE_FUNCTION; NULL otherwise.  Needs the same guard. */
IrFunc *ir_callee_def(Instr *call, Instr **values, int nslots);
/* call is f's call of its own name on an object, `self.fib(n - 1)` in a method fib (f
 * defined in a class body): CALL_METHOD of that name passing f's positional parameters,
 * no keywords.  Which method runs is decided at run time (opt/direct_call.c). */
bool ir_is_own_method_call(const IrFunc *f, const Instr *call);
/* An int constant a double holds exactly (|v| <= 2**53): a float tree's leaf. */
bool ir_exact_double_int(const Instr *i);
/* x is an int unless the program rebinds `range`: an item of a range loop, an int, or
 * `+ - * // %` of such, looked through six operators deep (spectral_norm's
 * `(i + j) * (i + j + 1) // 2 + i + 1`).  Float trees leave such operators to the int
 * paths (opt/fuse_float.c, opt/unbox_float.c): as trees their guards would fail at
 * every step before the int operators ran. */
bool ir_likely_int(const Instr *x);
/* `+ - * // %`: the operators whose result is an int when both operands are. */
bool ir_int_closed_op(int subop);
/* A float parameter of f (bit k of f->float_params). */
bool ir_is_float_param(const IrFunc *f, int k);
/* A parameter the typed clone takes as a small int (bit k of f->int_params). */
bool ir_is_int_param(const IrFunc *f, int k);
/* x is surely a small int when fn runs: a typed clone's int parameter, an int constant
 * every target's tagged word holds, or `% >> & | ^ ~` (and `//` by a constant other than
 * 0 and -1) of such ints, whose result never leaves their range. */
bool ir_surely_small_int(const IrFunc *fn, const Instr *x);
/* The same where `item` (a range loop's item inside opt/int_loop.c's copy, or NULL) is
 * a small int too. */
bool ir_surely_small_int_in(const IrFunc *fn, const Instr *x, const Instr *item);
/* A CALL_DIRECT that may take the typed clone's path (opt/typed_clone.c): its
 * arguments to float parameters are unboxed or known floats. */
bool ir_typed_direct_call(const Instr *call);
/* No effect and cannot raise: removable when unused, reorderable with its neighbours. */
bool ir_op_is_pure(IrOp op);
/* Successors of a block (exceptional ones included); returns count (max 64). */
int ir_block_succs(Block *b, Block **out);
/* x is used beyond the edge into `to` other than by `phi`: in `to` or a block reachable
 * from it before x's own block (which redefines x). */
/* The blocks reachable from start (included) by successor edges without entering stop
 * (NULL: none; start == stop: nothing), as a flag per block id for free(). */
bool *ir_reachable(IrFunc *f, Block *start, Block *stop);
/* f's control flow has a cycle (a loop) reachable from its entry */
bool ir_has_cycle(IrFunc *f);
bool ir_used_beyond_edge(IrFunc *f, Instr *x, Instr *phi, Block *to);
/* `<` ... `>=` whose operands may be compared as doubles: one side an unboxed float or
 * a float constant, the other a float or an int constant a double holds exactly. */
bool ir_float_comparison(const Instr *i);
/* `l[k] = x` of an unboxed x (a float-strategy list may take its double) with l and k
 * held boxed. */
bool ir_unboxed_list_store(const Instr *i);
/* x is a float whenever its float tree's guard holds. */
bool ir_surely_float(const Instr *x);

/* ================================================================ irgen.c */
IrModule *irgen_module(Program *p, Module *m);

/* ------------------------------------------ irgen internals (irgen.c, irgen_match.c)
 * The generator state and the helpers `match` lowering shares with irgen.c. */
typedef struct Loop Loop;       /* enclosing loop: break/continue targets */
typedef struct Unwind Unwind;   /* cleanup to replay when leaving a region */
typedef struct Gen {
    Program *prog;
    Module *mod;
    IrModule *irm;
    IrFunc *fn;
    Block *cur;          /* 0 after a terminator: following code is unreachable */
    Scope *scope;
    Block *exc;          /* current exceptional target (0: leave the function) */
    Loop *loop;
    Unwind *unwind;
    Instr *ns;           /* class body namespace */
    Instr *undef;        /* the function's UNDEF value */
    int line;
    Node *at;            /* the expression or statement being compiled: its span goes to
                            the instructions (while at->line is line) */
    bool in_except_star; /* inside an except* clause: return is an error ... */
    Loop *except_star_loop; /* ... and so is a break/continue of this loop (outside it) */
} Gen;
Block *new_block(Gen *g);
void seal(Gen *g, Block *b);          /* all predecessors known */
Instr *read_var(Gen *g, Block *b, int var);
void write_var(Block *b, int var, Instr *v);
int new_temp(Gen *g);                 /* a fresh SSA variable */
Instr *emit(Gen *g, IrOp op, IrType type);     /* append, no exceptional edge yet */
Instr *finish(Gen *g, Instr *i);               /* ... then give it one if it may raise */
Instr *op1(Gen *g, IrOp op, IrType type, Instr *a);
Instr *op2(Gen *g, IrOp op, IrType type, Instr *a, Instr *b);
Instr *opv(Gen *g, IrOp op, IrType type, Vec *args);
void jump(Gen *g, Block *to);
void branch(Gen *g, Instr *cond, Block *t, Block *f);
Instr *const_none(Gen *g);
Instr *gen_expr(Gen *g, Node *n);
Instr *gen_cond(Gen *g, Node *n);     /* a cbool for a branch */
void store_name(Gen *g, Node *n, Instr *v);  /* n->name bound through n->sym */
void gen_stmts(Gen *g, Vec *stmts);
void gen_match(Gen *g, Node *n);      /* irgen_match.c */
Instr *op0(Gen *g, IrOp op, IrType type);
Instr *to_cbool(Gen *g, Instr *v);
Instr *gen_const_str(Gen *g, const char *s, size_t len);
Instr *load_builtin(Gen *g, const char *name);       /* the builtin of that name */
Instr *make_call(Gen *g, IrOp op, Vec *args, char **names, int nkw);
Instr *call1(Gen *g, Instr *f, Instr *arg);
void raising_terminator(Gen *g, Instr *i);  /* RAISE, RERAISE, FOR_NEXT: the handler edge */
void gen_reraise(Gen *g, Instr *exc);       /* RERAISE exc: the code after is unreachable */
Block *start_handler(Gen *g);               /* a handler block ... */
Instr *enter_handler(Gen *g, Block *h);     /* ... code goes into: its exception */
void create_cells(Gen *g, Scope *s);        /* s's captured variables, in fresh cells */
/* Comprehensions: the iterator over n's first iterable, made in the enclosing scope;
 * n as a function (a generator expression's generator) called on it; n's loops inline,
 * step being called at each element (first_iterator: the first loop's). */
Instr *gen_comp_first_iter(Gen *g, Node *n);
Instr *gen_comp_call(Gen *g, Node *n, Instr *outer_iter);
typedef void (*CompStep)(Gen *g, Node *n, void *ctx);
void gen_comp_loops(Gen *g, Node *n, int level, CompStep step, void *ctx, Instr *first_iterator);
/* irgen_reduce.c: sum(genexpr), any(...), min(...), ... as a loop; NULL if not such a
 * call.  reduce_call_shape: whether the call has the shape, for resolve.c. */
Instr *gen_reduce_call(Gen *g, Node *call);
bool reduce_call_shape(const Node *call);

/* ================================================================ span.c */
/* The packed span (runtime/tr.h TR_SPAN_*) of a raising node n of file f: its columns,
 * lines and CPython 3.11's caret anchors (binary operator, subscript); 0 when it does
 * not fit.  span_method: the span of the call n of a method `obj.name(...)`, which also
 * knows where `obj.name` ends (AttributeError marks that part). */
uint64_t span_of(SrcFile *f, Node *n);
uint64_t span_method(SrcFile *f, Node *call);
uint64_t span_attr_name(Node *attr); /* the name of obj.name, on its last line */

/* ================================================================ opt/ */
void opt_check_bound(IrModule *m);   /* opt/defined.c: drop provably-defined CHECK_BOUNDs */
void opt_copy_prop(IrModule *m);     /* opt/copy_prop.c: uses of COPY x use x */
void opt_const_fold(IrModule *m);    /* opt/const_fold.c: constant operators computed */
void opt_infer_types(IrModule *m);   /* opt/infer.c: forward type propagation */
void opt_dce(IrModule *m);           /* opt/dce.c: remove unused pure values */
void opt_range_loop(IrModule *m);    /* opt/range_loop.c: for x in range(...) counts in C */
enum { RANGE_ITER_REVERSED = 1 };    /* RANGE_ITER's subop: reversed(range(...)), args reversed, range, ... */
void opt_slice_access(IrModule *m);  /* opt/slice_access.c: x[a:b] without a slice object */
void opt_inline(IrModule *m);        /* opt/inline.c: small module functions inlined behind a guard */
void opt_fuse_float(IrModule *m);    /* opt/fuse_float.c: float trees computed unboxed */
void opt_super_call(IrModule *m);    /* opt/super_call.c: super().m(...) without a super object */
void opt_direct_call(IrModule *m);   /* opt/direct_call.c: module functions called without the call protocol */
void opt_unbox_float(IrModule *m);   /* opt/unbox_float.c: float values kept unboxed across statements */
void opt_str_accum(IrModule *m);     /* opt/str_accum.c: `s += t` in loops appends in place */
void opt_typed_clone(IrModule *m);   /* opt/typed_clone.c: functions specialised for float and small-int arguments */
void opt_int_loop(IrModule *m);      /* opt/int_loop.c: innermost range loops get a copy with a C item */
void opt_seq_loop(IrModule *m);      /* opt/seq_loop.c: `for x in seq` walks a list or tuple by index */
bool seq_loop_pairs(const Instr *iter);      /* ... an ITER of `for a, b in x` */
bool seq_loop_enumerates(const Instr *iter); /* ... of `for i, x in enumerate(seq)`, which counts */
void opt_spec_loop(IrModule *m);     /* opt/spec_loop.c: float loops get a copy on plain doubles */
void opt_spec_lists(IrModule *m);    /* opt/spec_lists.c: lists a copy tests once, not per access */
void ir_verify(IrModule *m);         /* opt/verify.c: IR invariants (debug builds) */

/* ================================================================ emit_c.c */
/* emit_split.c: a big module's C in parts, compiled by concurrent cc processes */
typedef struct ModuleSplit {
    int nparts;          /* 1: one translation unit, as always for trc run */
    int *part_of;        /* by function index: the part holding its C (the body: 0) */
    bool *shared;        /* by function index: another part calls it directly */
} ModuleSplit;
/* sizes: the bytes of each function's C; at most max_parts parts, fewer for less C */
ModuleSplit split_module(IrModule *m, const size_t *sizes, int max_parts);
/* trace_hooks.c: the sys.settrace hooks of a traced build (emit_c.c places them) */
bool trace_program_traced(Program *p);       /* one of its own modules names settrace */
bool trace_module_traced(Program *p, Module *m);
bool trace_pass_allowed(void (*pass)(IrModule *)); /* in a traced module */
int trace_line_start(Block *bl, int k);      /* the line instruction k starts, or 0 */
bool trace_back_edge(Block *from, Block *to); /* a jump back to a loop header */
/* A module's C: one translation unit, or (max_parts > 1 and enough C) up to max_parts
 * of them to compile concurrently; the texts (char *, NUL-terminated), part 0 first.
 * The main module's part 0 also defines the program's C main(). */
Vec emit_c_module(IrModule *m, Program *p, int max_parts);
char *module_init_symbol(Module *m);      /* trmod_<c_name>_init */

#endif
