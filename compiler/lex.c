/* lex.c — the Python 3.11 tokenizer: INDENT/DEDENT (tabs to multiples of 8), implicit
 * line joining inside brackets, backslash continuation, numbers and string literals.
 * Assumes read_source's contents (newline-terminated); STRING tokens keep their raw text. */
#include "trc.h"

#define MAX_BRACKETS 200 /* CPython's MAXLEVEL */
#define MAX_INDENT 100   /* CPython's MAXINDENT */

typedef struct Lexer {
    SrcFile *f;
    const char *p, *end;
    int line, col;          /* of *p; col counts code points */
    bool in_fexpr;          /* f-string expression: behaves as if inside brackets */
    Vec toks;
    struct { char ch; int line, col; } brackets[MAX_BRACKETS];
    int depth;
    int indent[MAX_INDENT + 1], altindent[MAX_INDENT + 1]; /* tab = 8 columns / 1 column */
    int nindent;
} Lexer;

static void advance(Lexer *L) {
    if (*L->p == '\n') {
        L->line++;
        L->col = 1;
    } else if ((*L->p & 0xC0) != 0x80) {
        L->col++;
    }
    L->p++;
}

static void advance_n(Lexer *L, int n) {
    while (n--) advance(L);
}

static Token *add_token(Lexer *L, TokenKind kind, const char *start, int line, int col) {
    Token *t = xmalloc(sizeof(Token));
    t->kind = kind;
    t->line = line;
    t->col = col;
    t->end_line = L->line;
    t->end_col = L->col;
    t->start = start;
    t->len = L->p - start;
    vec_push(&L->toks, t);
    return t;
}

/* Decodes the (already validated) UTF-8 sequence at p; *n receives its length. */
static uint32_t decode_utf8(const char *p, int *n) {
    const unsigned char *s = (const unsigned char *)p;
    if (s[0] < 0x80) { *n = 1; return s[0]; }
    if (s[0] < 0xE0) { *n = 2; return (s[0] & 0x1F) << 6 | (s[1] & 0x3F); }
    if (s[0] < 0xF0) { *n = 3; return (s[0] & 0x0F) << 12 | (s[1] & 0x3F) << 6 | (s[2] & 0x3F); }
    *n = 4;
    return (s[0] & 0x07) << 18 | (s[1] & 0x3F) << 12 | (s[2] & 0x3F) << 6 | (s[3] & 0x3F);
}

/* Length of a well-formed UTF-8 sequence at p (before end), or 0. */
static int utf8_len(const unsigned char *p, const unsigned char *end) {
    if (p[0] < 0x80) return 1;
    int n = p[0] >= 0xC2 && p[0] <= 0xDF ? 2 : p[0] >= 0xE0 && p[0] <= 0xEF ? 3
          : p[0] >= 0xF0 && p[0] <= 0xF4 ? 4 : 0;
    if (!n || end - p < n) return 0;
    for (int i = 1; i < n; i++)
        if ((p[i] & 0xC0) != 0x80) return 0;
    if ((p[0] == 0xE0 && p[1] < 0xA0) || (p[0] == 0xF0 && p[1] < 0x90) || (p[0] == 0xF4 && p[1] >= 0x90))
        return 0; /* overlong or beyond U+10FFFF */
    return n;
}

/* Rejects NUL bytes and malformed UTF-8 anywhere in the file. */
static void check_encoding(SrcFile *f) {
    const unsigned char *p = (const unsigned char *)f->contents, *end = p + f->size;
    int line = 1, col = 1;
    while (p < end) {
        if (*p == 0) error_at(f, line, col, "source code cannot contain null bytes");
        int n = utf8_len(p, end);
        if (!n) error_at(f, line, col, "Non-UTF-8 code starting with '\\x%02x' (no encoding declared)", *p);
        if (*p == '\n') { line++; col = 1; } else col++;
        p += n;
    }
}

/* Non-ASCII code points accepted in identifiers: everything except the blocks of
 * punctuation, symbols, spaces and controls (an approximation of XID_Continue). */
static bool is_ident_cp(uint32_t c) {
    static const uint32_t bad[][2] = {
        {0x80, 0xA9}, {0xAB, 0xB4}, {0xB6, 0xB9}, {0xBB, 0xBF}, {0xD7, 0xD7}, {0xF7, 0xF7},
        {0x2000, 0x206F}, {0x20A0, 0x20CF}, {0x2100, 0x2101}, {0x2190, 0x245F}, {0x2500, 0x2BFF},
        {0x2E00, 0x2E7F}, {0x3000, 0x3004}, {0x3008, 0x3020}, {0xD800, 0xDFFF}, {0xE000, 0xF8FF},
        {0xFD3E, 0xFD3F}, {0xFE10, 0xFE6F}, {0xFEFF, 0xFEFF}, {0xFF01, 0xFF0F}, {0xFF1A, 0xFF20},
        {0xFF3B, 0xFF40}, {0xFF5B, 0xFF65}, {0xFFF0, 0xFFFF}, {0x1F000, 0x1FAFF},
    };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
        if (c >= bad[i][0] && c <= bad[i][1]) return false;
    return true;
}

static bool is_printable_cp(uint32_t c) {
    return !(c < 0x20 || (c >= 0x7F && c <= 0xA0) || c == 0xAD || (c >= 0x2000 && c <= 0x200F) ||
             (c >= 0x2028 && c <= 0x202F) || (c >= 0x205F && c <= 0x206F) || c == 0x3000 || c == 0xFEFF);
}

/* Is the character at p (length stored in *n) part of an identifier? */
static bool ident_char(Lexer *L, const char *p, int *n) {
    if (p >= L->end) return false;
    unsigned char b = *p;
    if (b < 0x80) {
        *n = 1;
        return ((b | 0x20) >= 'a' && (b | 0x20) <= 'z') || b == '_' || (b >= '0' && b <= '9');
    }
    uint32_t c = decode_utf8(p, n);
    return is_ident_cp(c);
}

_Noreturn static void invalid_char(Lexer *L) {
    int n;
    uint32_t c = decode_utf8(L->p, &n);
    if (c < 0x80 && c > 0x20 && c != 0x7F)
        error_at(L->f, L->line, L->col, "invalid syntax");
    if (!is_printable_cp(c))
        error_at(L->f, L->line, L->col, "invalid non-printable character U+%04X", c);
    error_at(L->f, L->line, L->col, "invalid character '%.*s' (U+%04X)", n, L->p, c);
}

static bool is_digit_of(char c, int base) {
    switch (base) {
    case 16: return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'f');
    case 8: return c >= '0' && c <= '7';
    case 2: return c == '0' || c == '1';
    default: return c >= '0' && c <= '9';
    }
}

static const char *base_name(int base) {
    return base == 16 ? "hexadecimal" : base == 8 ? "octal" : base == 2 ? "binary" : "decimal";
}

/* digits: digit (['_'] digit)*, at least one; an error if '_' is not followed by a digit. */
static void scan_digits(Lexer *L, int base, int sline, int scol) {
    for (;;) {
        while (is_digit_of(*L->p, base)) advance(L);
        if (*L->p != '_') return;
        advance(L);
        if (!is_digit_of(*L->p, base)) error_at(L->f, sline, scol, "invalid %s literal", base_name(base));
    }
}

/* A number may be followed directly only by the keywords CPython tolerates there
 * (and, else, for, if, in, is, not, or); anything identifier-like is an error. */
static void verify_end_of_number(Lexer *L, const char *kind, int sline, int scol) {
    int n;
    if (!ident_char(L, L->p, &n)) return;
    static const char *ok[] = {"and", "else", "for", "if", "in", "is", "not", "or"};
    for (size_t i = 0; i < sizeof ok / sizeof ok[0]; i++)
        if (L->end - L->p >= (long)strlen(ok[i]) && !strncmp(L->p, ok[i], strlen(ok[i]))) return;
    error_at(L->f, sline, scol, "invalid %s literal", kind);
}

/* number: 0[xob] digits | decimal ['.' [digits]] [exponent] [j] | '.' digits [exponent] [j] */
static void scan_number(Lexer *L) {
    const char *start = L->p;
    int line = L->line, col = L->col;
    if (*L->p == '0' && strchr("xXoObB", L->p[1])) {
        int base = (L->p[1] | 0x20) == 'x' ? 16 : (L->p[1] | 0x20) == 'o' ? 8 : 2;
        advance_n(L, 2);
        if (*L->p == '_') advance(L);
        if (!is_digit_of(*L->p, base)) {
            if (*L->p >= '0' && *L->p <= '9')
                error_at(L->f, L->line, L->col, "invalid digit '%c' in %s literal", *L->p, base_name(base));
            error_at(L->f, line, col, "invalid %s literal", base_name(base));
        }
        scan_digits(L, base, line, col);
        if (*L->p >= '0' && *L->p <= '9')
            error_at(L->f, L->line, L->col, "invalid digit '%c' in %s literal", *L->p, base_name(base));
        verify_end_of_number(L, base_name(base), line, col);
        add_token(L, TK_NUMBER, start, line, col);
        return;
    }
    bool is_float = false;
    if (*L->p != '.') scan_digits(L, 10, line, col);
    if (*L->p == '.') {
        is_float = true;
        advance(L);
        if (*L->p >= '0' && *L->p <= '9') scan_digits(L, 10, line, col);
    }
    if ((*L->p | 0x20) == 'e') {
        const char *q = L->p + 1;
        if (*q == '+' || *q == '-') q++;
        if (*q >= '0' && *q <= '9') {
            is_float = true;
            advance_n(L, q - L->p);
            scan_digits(L, 10, line, col);
        } else if (strncmp(L->p, "else", 4)) {
            error_at(L->f, line, col, "invalid decimal literal");
        }
    }
    if ((*L->p | 0x20) == 'j') {
        advance(L);
        verify_end_of_number(L, "imaginary", line, col);
    } else {
        if (!is_float && *start == '0') /* leading zeros only when the value is zero */
            for (const char *q = start; q < L->p; q++)
                if (*q != '0' && *q != '_')
                    error_at(L->f, line, col, "leading zeros in decimal integer literals are not "
                                              "permitted; use an 0o prefix for octal integers");
        verify_end_of_number(L, "decimal", line, col);
    }
    add_token(L, TK_NUMBER, start, line, col);
}

/* A string literal from its prefix at start; L->p is at the opening quote. */
static void scan_string(Lexer *L, const char *start, int line, int col) {
    char q = *L->p;
    bool triple = L->p[1] == q && L->p[2] == q;
    advance_n(L, triple ? 3 : 1);
    for (;;) {
        if (L->p >= L->end || (!triple && *L->p == '\n'))
            error_at(L->f, line, col, "unterminated %sstring literal (detected at line %d)",
                     triple ? "triple-quoted " : "", L->line - (L->p >= L->end && L->p[-1] == '\n'));
        if (*L->p == '\\') {
            advance(L);
            if (L->p < L->end) advance(L);
        } else if (*L->p == q && (!triple || (L->p[1] == q && L->p[2] == q))) {
            advance_n(L, triple ? 3 : 1);
            break;
        } else {
            advance(L);
        }
    }
    add_token(L, TK_STRING, start, line, col);
}

static bool is_string_prefix(const char *s, size_t n) {
    static const char *prefixes[] = {"r", "u", "f", "b", "br", "rb", "fr", "rf"};
    if (n > 2) return false;
    char low[3] = {0};
    for (size_t i = 0; i < n; i++) low[i] = s[i] | 0x20;
    for (size_t i = 0; i < sizeof prefixes / sizeof prefixes[0]; i++)
        if (!strcmp(low, prefixes[i])) return true;
    return false;
}

/* Operators and delimiters (longest match), tracking bracket nesting for implicit
 * line joining and CPython's mismatch diagnostics. */
static void scan_operator(Lexer *L) {
    static const char *ops3[] = {"**=", "//=", ">>=", "<<=", "..."};
    static const char *ops2[] = {"!=", "%=", "&=", "**", "*=", "+=", "-=", "->", "//", "/=",
                                 ":=", "<<", "<=", "==", ">=", ">>", "@=", "^=", "|="};
    const char *start = L->p;
    int line = L->line, col = L->col, n = 0;
    for (size_t i = 0; i < sizeof ops3 / sizeof ops3[0] && !n; i++)
        if (!strncmp(L->p, ops3[i], 3)) n = 3;
    for (size_t i = 0; i < sizeof ops2 / sizeof ops2[0] && !n; i++)
        if (!strncmp(L->p, ops2[i], 2)) n = 2;
    if (!n && strchr("()[]{}:,;+-*/|&<>=.%~^@!", *L->p)) n = 1;
    if (!n) invalid_char(L);
    char c = *L->p;
    if (n == 1 && strchr("([{", c)) {
        if (L->depth == MAX_BRACKETS) error_at(L->f, line, col, "too many nested parentheses");
        L->brackets[L->depth].ch = c;
        L->brackets[L->depth].line = line;
        L->brackets[L->depth].col = col;
        L->depth++;
    } else if (n == 1 && strchr(")]}", c)) {
        if (!L->depth) error_at(L->f, line, col, "unmatched '%c'", c);
        L->depth--;
        char open = L->brackets[L->depth].ch;
        if ((open == '(' && c != ')') || (open == '[' && c != ']') || (open == '{' && c != '}')) {
            if (L->brackets[L->depth].line != line)
                error_at(L->f, line, col, "closing parenthesis '%c' does not match opening parenthesis '%c' on line %d",
                         c, open, L->brackets[L->depth].line);
            error_at(L->f, line, col, "closing parenthesis '%c' does not match opening parenthesis '%c'", c, open);
        }
    }
    advance_n(L, n);
    add_token(L, TK_OP, start, line, col);
}

/* At the start of a logical line: measures indentation and emits INDENT/DEDENT.
 * Returns false for a blank or comment-only line (consumed without tokens). */
static bool indentation(Lexer *L) {
    int col = 0, alt = 0;
    for (;; advance(L)) {
        if (*L->p == ' ') { col++; alt++; }
        else if (*L->p == '\t') { col = (col / 8 + 1) * 8; alt++; }
        else if (*L->p == '\f') { col = alt = 0; }
        else break;
    }
    if (L->p >= L->end) return false;
    if (*L->p == '#' || *L->p == '\n') {
        while (*L->p != '\n') advance(L);
        advance(L);
        return false;
    }
    int top = L->nindent;
    if (col > L->indent[top]) {
        if (top == MAX_INDENT) error_at(L->f, L->line, L->col, "too many levels of indentation");
        if (alt <= L->altindent[top])
            error_at(L->f, L->line, L->col, "inconsistent use of tabs and spaces in indentation");
        L->nindent++;
        L->indent[L->nindent] = col;
        L->altindent[L->nindent] = alt;
        add_token(L, TK_INDENT, L->p, L->line, L->col);
    } else {
        while (col < L->indent[L->nindent]) {
            L->nindent--;
            add_token(L, TK_DEDENT, L->p, L->line, L->col);
        }
        if (col != L->indent[L->nindent])
            error_at(L->f, L->line, L->col, "unindent does not match any outer indentation level");
        if (alt != L->altindent[L->nindent])
            error_at(L->f, L->line, L->col, "inconsistent use of tabs and spaces in indentation");
    }
    return true;
}

/* The main loop: one token per iteration, then NEWLINE, DEDENTs and EOF at the end. */
static void run(Lexer *L) {
    bool at_bol = !L->in_fexpr;
    for (;;) {
        if (at_bol) {
            if (!indentation(L)) {
                if (L->p >= L->end) break;
                continue;
            }
            at_bol = false;
        }
        while (*L->p == ' ' || *L->p == '\t' || *L->p == '\f') advance(L);
        if (L->p >= L->end) break;
        const char *start = L->p;
        int line = L->line, col = L->col, n;
        char c = *L->p;
        if (c == '#') {
            while (L->p < L->end && *L->p != '\n') advance(L);
        } else if (c == '\n') {
            if (L->depth || L->in_fexpr) {
                advance(L);
                continue;
            }
            advance(L);
            add_token(L, TK_NEWLINE, start, line, col);
            at_bol = true;
        } else if (c == '\\') {
            advance(L);
            if (*L->p != '\n') error_at(L->f, L->line, L->col, "unexpected character after line continuation character");
            advance(L);
            if (L->p >= L->end) error_at(L->f, line, col, "unexpected EOF while parsing");
        } else if ((c >= '0' && c <= '9') || (c == '.' && L->p[1] >= '0' && L->p[1] <= '9')) {
            scan_number(L);
        } else if (c == '"' || c == '\'') {
            scan_string(L, start, line, col);
        } else if (ident_char(L, L->p, &n) && !(c >= '0' && c <= '9')) {
            while (ident_char(L, L->p, &n)) advance_n(L, n);
            if ((*L->p == '"' || *L->p == '\'') && is_string_prefix(start, L->p - start))
                scan_string(L, start, line, col);
            else
                add_token(L, TK_NAME, start, line, col);
        } else {
            scan_operator(L);
        }
    }
    if (L->depth)
        error_at(L->f, L->brackets[L->depth - 1].line, L->brackets[L->depth - 1].col, "'%c' was never closed",
                 L->brackets[L->depth - 1].ch);
    if (!L->in_fexpr) {
        Token *last = L->toks.len ? L->toks.data[L->toks.len - 1] : NULL;
        if (last && last->kind != TK_NEWLINE && last->kind != TK_DEDENT) add_token(L, TK_NEWLINE, L->p, L->line, L->col);
        for (; L->nindent > 0; L->nindent--) add_token(L, TK_DEDENT, L->p, L->line, L->col);
    }
    add_token(L, TK_EOF, L->p, L->line, L->col);
}

Vec tokenize(SrcFile *f) {
    check_encoding(f);
    Lexer L = {.f = f, .p = f->contents, .end = f->contents + f->size, .line = 1, .col = 1};
    run(&L);
    return L.toks;
}

Vec tokenize_range(SrcFile *f, const char *start, const char *end, int line, int col) {
    Lexer L = {.f = f, .p = start, .end = end, .line = line, .col = col, .in_fexpr = true};
    run(&L);
    return L.toks;
}
