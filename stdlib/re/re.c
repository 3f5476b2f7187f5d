/* re.c — the `re` module on PCRE2 (libpcre2-8), with CPython 3.11's semantics.
 *
 * A pattern is translated from Python's syntax to PCRE2's first (translate(): \Z is
 * \z, \uXXXX is \x{XXXX}, x{,n} is x{0,n}, the flags a/u/L are taken out of inline
 * flag groups, a literal [ in a class is escaped), which also finds the errors CPython
 * reports with its own text (unbalanced parentheses, unterminated sets) and the
 * nesting of the capturing groups (for Match.lastindex).  str patterns compile with
 * PCRE2_UTF | PCRE2_UCP (PCRE2_UTF alone under re.ASCII) and match the UTF-8 bytes of
 * the str: positions are converted between code points and bytes at the edges.
 * Iteration (findall, finditer, sub, split) follows Python 3.7+: after an empty match
 * the next one may not be empty at the same place (PCRE2_NOTEMPTY_ATSTART). */
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include "tr.h"

enum { F_TEMPLATE = 1, F_IGNORECASE = 2, F_LOCALE = 4, F_MULTILINE = 8, F_DOTALL = 16, F_UNICODE = 32,
       F_VERBOSE = 64, F_DEBUG = 128, F_ASCII = 256 };

static TrType pattern_type, match_type;
static TrType *error_type; /* re.error */
static TrValue cache;      /* (type, pattern, flags) -> Pattern */

typedef struct Pattern {
    TrObject ob;
    TrValue pattern;    /* str or bytes */
    int64_t flags;
    pcre2_code *code;
    uint32_t groups;
    TrValue groupindex; /* dict name -> index */
    TrValue indexgroup; /* tuple: index -> name or None */
    int *parent;        /* per group: the enclosing capturing group, 0 none */
    bool bytes;
} Pattern;

typedef struct Match {
    TrObject ob;
    TrValue string;
    Pattern *re;
    int64_t pos, endpos;
    size_t n;           /* groups + 1 */
    int64_t *cspan;     /* 2n code point offsets, -1 unset */
    size_t *bspan;      /* 2n byte offsets */
    int lastindex;      /* -1: None */
} Match;

/* ------------------------------------------------------------------ errors */

/* re.error(msg, pattern, pos) raised; pos a byte offset into the pattern (or -1) */
static void raise_error(const char *msg, TrValue pattern, int64_t bpos) {
    TrValue pos = tr_None;
    if (bpos >= 0) {
        int64_t c = bpos;
        if (pattern && tr_str_check(pattern)) {
            const char *s = tr_str_cstr(pattern);
            c = 0;
            for (int64_t i = 0; i < bpos && i < (int64_t)TR_STR(pattern)->len; i++)
                if (((unsigned char)s[i] & 0xc0) != 0x80) c++;
        }
        pos = tr_int_from_i64(c);
    }
    TrValue args[3] = {tr_str_from_cstr(msg), pattern && bpos >= 0 ? pattern : tr_None, pos};
    TrValue exc = tr_call((TrValue)error_type, args, 3, 0);
    if (exc) tr_raise(exc);
}

static TrValue error_init(TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"self", "msg", "pattern", "pos", NULL};
    TrValue a[4];
    if (tr_parse_args("__init__", args, nargs, kwnames, kw, 2, a) < 0) return 0;
    TrValue self = a[0], msg = a[1], pattern = a[2] ? a[2] : tr_None, pos = a[3] ? a[3] : tr_None;
    TrValue lineno = tr_None, colno = tr_None, full = msg;
    if (pattern != tr_None && pos != tr_None) {
        int64_t p;
        if (tr_index(pos, &p) < 0) return 0;
        int64_t line = 1, last_nl = -1;
        if (tr_str_check(pattern)) {
            const char *s = tr_str_cstr(pattern);
            int64_t c = 0;
            for (size_t i = 0; i < TR_STR(pattern)->len && c < p; i++) {
                if (((unsigned char)s[i] & 0xc0) == 0x80) continue;
                if (s[i] == '\n') { line++; last_nl = c; }
                c++;
            }
        } else if (tr_bytes_check(pattern)) {
            for (int64_t i = 0; i < p && i < (int64_t)((TrBytes *)pattern)->len; i++)
                if (((TrBytes *)pattern)->data[i] == '\n') { line++; last_nl = i; }
        }
        lineno = tr_int_from_i64(line);
        colno = tr_int_from_i64(p - last_nl);
        full = line > 1 ? tr_str_fmt("%S at position %S (line %S, column %S)", msg, pos, lineno, colno)
                        : tr_str_fmt("%S at position %S", msg, pos);
        if (!full) return 0;
    }
    TR_EXC(self)->args = tr_tuple_pack(1, full);
    if (tr_setattr(self, TR_INTERN("msg"), msg) < 0 || tr_setattr(self, TR_INTERN("pattern"), pattern) < 0 ||
        tr_setattr(self, TR_INTERN("pos"), pos) < 0 || tr_setattr(self, TR_INTERN("lineno"), lineno) < 0 ||
        tr_setattr(self, TR_INTERN("colno"), colno) < 0)
        return 0;
    return tr_None;
}

/* ------------------------------------------------------------------ translation */

typedef struct Tr {
    const char *p;
    size_t n, i;
    TrBuf out;
    size_t *map, mapcap; /* output byte -> pattern byte */
    int64_t flags;
    bool bytes;
    int ngroups, gcap, *parent;
    int cur;       /* the innermost open capturing group */
    TrValue names; /* group name -> index */
    TrValue pattern;
} Tr;

static bool group_open(Tr *t, int g) {
    for (int a = t->cur; a; a = t->parent[a])
        if (a == g) return true;
    return false;
}

/* a group name at t->p[start..], ended by `end`: 1 ok (*name, t->i after the end char), -1 error */
static int group_name(Tr *t, size_t start, char end, const char *unterminated, TrValue *name) {
    size_t j = start;
    while (j < t->n && t->p[j] != end) j++;
    if (j == start) {
        raise_error("missing group name", t->pattern, start);
        return -1;
    }
    if (j >= t->n) {
        raise_error(unterminated, t->pattern, start);
        return -1;
    }
    bool ok = true;
    for (size_t k = start; k < j; k++)
        if (t->bytes && (unsigned char)t->p[k] >= 0x80) ok = false;
    TrValue nm = tr_str_new(t->p + start, j - start);
    if (ok) {
        TrValue ident = tr_call_method_cstr(nm, "isidentifier", 0);
        if (!ident) return -1;
        ok = ident == tr_True;
    }
    if (!ok) {
        char msg[300];
        snprintf(msg, sizeof msg, "bad character in group name '%.*s'", (int)(j - start), t->p + start);
        raise_error(msg, t->pattern, start);
        return -1;
    }
    *name = nm;
    t->i = j + 1;
    return 1;
}

static void emit(Tr *t, const char *s, size_t len, size_t src) {
    if (t->out.len + len + 1 > t->mapcap) {
        t->mapcap = (t->out.len + len + 1) * 2;
        t->map = tr_realloc(t->map, t->mapcap * sizeof(size_t));
    }
    for (size_t k = 0; k < len; k++) t->map[t->out.len + k] = src;
    tr_buf_add(&t->out, s, len);
}

static int flag_of(char c) {
    switch (c) {
    case 'a': return F_ASCII;
    case 'i': return F_IGNORECASE;
    case 'L': return F_LOCALE;
    case 'm': return F_MULTILINE;
    case 's': return F_DOTALL;
    case 'u': return F_UNICODE;
    case 'x': return F_VERBOSE;
    }
    return 0;
}

static int new_group(Tr *t, int parent) {
    if (t->ngroups + 2 > t->gcap) {
        t->gcap = (t->ngroups + 2) * 2;
        t->parent = tr_realloc(t->parent, t->gcap * sizeof(int));
    }
    t->ngroups++;
    t->parent[t->ngroups] = parent;
    return t->ngroups;
}

/* an escape at t->i (the backslash) copied or rewritten */
static int tr_escape(Tr *t, bool in_class) {
    size_t at = t->i;
    if (at + 1 >= t->n) {
        raise_error("bad escape (end of pattern)", t->pattern, at);
        return -1;
    }
    char c = t->p[at + 1];
    if (c == 'Z' && !in_class) {
        emit(t, "\\z", 2, at);
        t->i += 2;
        return 0;
    }
    if (c == 'N' && !(at + 2 < t->n && t->p[at + 2] == '{')) {
        raise_error("missing {", t->pattern, at + 2);
        return -1;
    }
    if (c == 'N' && at + 2 < t->n && t->p[at + 2] == '{') {
        /* the names table lives in the compiler: "\N{...}" in a non-raw literal works */
        raise_error("\\N{...} named characters are not supported in patterns (write them in a non-raw string literal)",
                    t->pattern, at);
        return -1;
    }
    if (c == 'x') {
        size_t k = 0;
        while (k < 2 && at + 2 + k < t->n && t->p[at + 2 + k] && strchr("0123456789abcdefABCDEF", t->p[at + 2 + k])) k++;
        if (k < 2) {
            char msg[64];
            snprintf(msg, sizeof msg, "incomplete escape \\x%.*s", (int)k, t->p + at + 2);
            raise_error(msg, t->pattern, at);
            return -1;
        }
    }
    if ((c == 'u' || c == 'U') && !t->bytes) {
        int len = c == 'u' ? 4 : 8;
        size_t k = 0;
        while (k < (size_t)len && at + 2 + k < t->n && strchr("0123456789abcdefABCDEF", t->p[at + 2 + k]) && t->p[at + 2 + k])
            k++;
        if (k < (size_t)len) {
            char msg[64];
            snprintf(msg, sizeof msg, "incomplete escape \\%c%.*s", c, (int)k, t->p + at + 2);
            raise_error(msg, t->pattern, at);
            return -1;
        }
        char buf[32];
        snprintf(buf, sizeof buf, "\\x{%.*s}", len, t->p + at + 2);
        emit(t, buf, strlen(buf), at);
        t->i += 2 + len;
        return 0;
    }
    if ((c == 's' || (c == 'S' && !in_class)) && !t->bytes && !(t->flags & F_ASCII)) {
        /* str.isspace() counts \x1c-\x1f, PCRE2's Unicode \s does not */
        const char *rep = in_class ? "\\s\\x1c-\\x1f" : c == 's' ? "[\\s\\x1c-\\x1f]" : "[^\\s\\x1c-\\x1f]";
        emit(t, rep, strlen(rep), at);
        t->i += 2;
        return 0;
    }
    if (c >= '1' && c <= '9' && !in_class) {
        const char *q = t->p + at + 1;
        size_t avail = t->n - at - 1;
        if (avail >= 3 && c <= '7' && q[1] >= '0' && q[1] <= '7' && q[2] >= '0' && q[2] <= '7') {
            int v = (q[0] - '0') * 64 + (q[1] - '0') * 8 + (q[2] - '0');
            if (v > 0377) {
                char msg[80];
                snprintf(msg, sizeof msg, "octal escape value \\%.3s outside of range 0-0o377", q);
                raise_error(msg, t->pattern, at);
                return -1;
            }
            char buf[16];
            snprintf(buf, sizeof buf, "\\o{%.3s}", q);
            emit(t, buf, strlen(buf), at);
            t->i += 4;
            return 0;
        }
        int g = c - '0', len = 1;
        if (avail >= 2 && q[1] >= '0' && q[1] <= '9') g = g * 10 + (q[1] - '0'), len = 2;
        char msg[64];
        if (g > t->ngroups) {
            snprintf(msg, sizeof msg, "invalid group reference %d", g);
            raise_error(msg, t->pattern, at + 1);
            return -1;
        }
        if (group_open(t, g)) {
            raise_error("cannot refer to an open group", t->pattern, at);
            return -1;
        }
        snprintf(msg, sizeof msg, "\\g{%d}", g);
        emit(t, msg, strlen(msg), at);
        t->i += 1 + len;
        return 0;
    }
    if (((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) && !strchr(in_class ? "abfnrtvxdDsSwWuU" : "abfnrtvxdDsSwWAZbBuU", c)) {
        char msg[32];
        snprintf(msg, sizeof msg, "bad escape \\%c", c);
        raise_error(msg, t->pattern, at);
        return -1;
    }
    size_t len = 2;
    if ((unsigned char)c >= 0x80 && !t->bytes) {
        while (at + len < t->n && ((unsigned char)t->p[at + len] & 0xc0) == 0x80) len++;
    }
    emit(t, t->p + at, len, at);
    t->i += len;
    return 0;
}

static int translate(Tr *t) {
    int stack[256], sp = 0; /* enclosing capturing group per open paren (0: none) */
    size_t open_at[256];
    int cur = 0;            /* innermost capturing group */
    bool at_start = true;
    while (t->i < t->n) {
        size_t at = t->i;
        char c = t->p[at];
        if (c == '\\') {
            if (tr_escape(t, false) < 0) return -1;
        } else if (c == '[') {
            emit(t, "[", 1, at);
            t->i++;
            if (t->i < t->n && t->p[t->i] == '^') emit(t, "^", 1, t->i++);
            if (t->i < t->n && t->p[t->i] == ']') emit(t, "]", 1, t->i++);
            for (;;) {
                if (t->i >= t->n) {
                    raise_error("unterminated character set", t->pattern, at);
                    return -1;
                }
                char d = t->p[t->i];
                if (d == ']') break;
                if (d == '\\') {
                    if (tr_escape(t, true) < 0) return -1;
                } else if (d == '[') {
                    emit(t, "\\[", 2, t->i++);
                } else {
                    emit(t, &t->p[t->i], 1, t->i);
                    t->i++;
                }
            }
            emit(t, "]", 1, t->i++);
        } else if (c == '(') {
            if (sp == 256) {
                raise_error("too many nested groups", t->pattern, at);
                return -1;
            }
            open_at[sp] = at;
            stack[sp++] = cur;
            if (at + 1 < t->n && t->p[at + 1] == '*') {
                raise_error("nothing to repeat", t->pattern, at + 1); /* not a PCRE2 verb */
                return -1;
            }
            if (at + 1 < t->n && t->p[at + 1] == '?') {
                /* the extensions Python knows; PCRE2 knows more */
                size_t e = at + 2;
                char x = e < t->n ? t->p[e] : 0, y = e + 1 < t->n ? t->p[e + 1] : 0;
                if (e >= t->n || ((x == 'P' || x == '<') && e + 1 >= t->n)) {
                    raise_error("unexpected end of pattern", t->pattern, e >= t->n ? e : e + 1);
                    return -1;
                }
                bool known = strchr(":=!>#(-", x) || flag_of(x) || (x == 'P' && (y == '<' || y == '=')) ||
                             (x == '<' && (y == '=' || y == '!'));
                if (!known) {
                    char msg[64];
                    if (x == 'P' || x == '<') snprintf(msg, sizeof msg, "unknown extension ?%c%c", x, y);
                    else snprintf(msg, sizeof msg, "unknown extension ?%c", x);
                    raise_error(msg, t->pattern, at + 1);
                    return -1;
                }
                if (x == '(') { /* (?(group)yes|no): the group must exist */
                    size_t k = e + 1;
                    while (k < t->n && t->p[k] != ')') k++;
                    if (k < t->n && k > e + 1) {
                        char msg[300];
                        int len = (int)(k - e - 1);
                        const char *nm = t->p + e + 1;
                        if (*nm >= '0' && *nm <= '9') {
                            int g = atoi(nm);
                            if (g > t->ngroups) {
                                snprintf(msg, sizeof msg, "invalid group reference %d", g);
                                raise_error(msg, t->pattern, e + 1);
                                return -1;
                            }
                        } else if (!tr_dict_get(t->names, tr_str_new(nm, t->bytes ? 0 : (size_t)len))) {
                            if (!t->bytes) {
                                snprintf(msg, sizeof msg, "unknown group name '%.*s'", len, nm);
                                raise_error(msg, t->pattern, e + 1);
                                return -1;
                            }
                        }
                    }
                }
                size_t j = at + 2;
                if (j < t->n && t->p[j] == 'P' && j + 1 < t->n && t->p[j + 1] == '<') {
                    TrValue name;
                    if (group_name(t, j + 2, '>', "missing >, unterminated name", &name) < 0) return -1;
                    TrValue old = tr_dict_get(t->names, name);
                    if (old) {
                        char msg[300];
                        snprintf(msg, sizeof msg, "redefinition of group name '%s' as group %d; was group %d",
                                 tr_str_cstr(name), t->ngroups + 1, (int)TR_SMALL_VAL(old));
                        raise_error(msg, t->pattern, j + 2);
                        return -1;
                    }
                    cur = t->cur = new_group(t, cur);
                    tr_dict_set(t->names, name, TR_FROM_SMALL(cur));
                    emit(t, "(?P<", 4, at);
                    emit(t, t->p + j + 2, t->i - (j + 2), at);
                } else if (j < t->n && t->p[j] == 'P' && j + 1 < t->n && t->p[j + 1] == '=') {
                    TrValue name;
                    sp--;
                    if (group_name(t, j + 2, ')', "missing ), unterminated name", &name) < 0) return -1;
                    TrValue g = tr_dict_get(t->names, name);
                    if (!g) {
                        char msg[300];
                        snprintf(msg, sizeof msg, "unknown group name '%s'", tr_str_cstr(name));
                        raise_error(msg, t->pattern, j + 2);
                        return -1;
                    }
                    if (group_open(t, TR_SMALL_VAL(g))) {
                        raise_error("cannot refer to an open group", t->pattern, j + 2);
                        return -1;
                    }
                    char buf[32];
                    snprintf(buf, sizeof buf, "(?:\\g{%d})", (int)TR_SMALL_VAL(g));
                    emit(t, buf, strlen(buf), at);
                    at_start = false;
                    continue;
                } else if (j < t->n && (flag_of(t->p[j]) || t->p[j] == '-')) {
                    /* (?flags) (?flags:...) (?flags-flags:...) */
                    int64_t on = 0;
                    TrBuf letters;
                    tr_buf_init(&letters);
                    while (j < t->n && (flag_of(t->p[j]) || t->p[j] == '-')) {
                        char f = t->p[j];
                        if (f == 'a' || f == 'u' || f == 'L') on |= flag_of(f);
                        else {
                            if (f != '-') on |= flag_of(f);
                            tr_buf_addc(&letters, f);
                        }
                        j++;
                    }
                    if (j < t->n && t->p[j] == ')') {
                        /* global flags: into the compile flags; Python 3.11 wants them first */
                        if (!at_start) {
                            raise_error("global flags not at the start of the expression", t->pattern, at);
                            return -1;
                        }
                        t->flags |= on;
                        sp--;
                        t->i = j + 1;
                        if (letters.len) {
                            emit(t, "(?", 2, at);
                            emit(t, letters.data, letters.len, at);
                            emit(t, ")", 1, at);
                        }
                        continue;
                    }
                    emit(t, "(?", 2, at);
                    if (letters.len) emit(t, letters.data, letters.len, at);
                    t->i = j;
                    cur = cur; /* a non-capturing group */
                } else if (j < t->n && t->p[j] == '#') {
                    sp--;
                    while (t->i < t->n && t->p[t->i] != ')') t->i++;
                    if (t->i >= t->n) {
                        raise_error("missing ), unterminated comment", t->pattern, at);
                        return -1;
                    }
                    t->i++;
                    continue;
                } else {
                    emit(t, "(?", 2, at);
                    t->i = j;
                }
            } else {
                cur = t->cur = new_group(t, cur);
                emit(t, "(", 1, at);
                t->i++;
            }
        } else if (c == ')') {
            if (!sp) {
                raise_error("unbalanced parenthesis", t->pattern, at);
                return -1;
            }
            cur = t->cur = stack[--sp];
            emit(t, ")", 1, at);
            t->i++;
        } else if (c == '{' && at + 1 < t->n && t->p[at + 1] >= '0' && t->p[at + 1] <= '9') {
            size_t j = at + 1;
            int64_t lo = 0, hi = 0;
            while (j < t->n && t->p[j] >= '0' && t->p[j] <= '9' && lo < 1000000000) lo = lo * 10 + (t->p[j++] - '0');
            if (j < t->n && t->p[j] == ',') {
                size_t k = ++j;
                while (j < t->n && t->p[j] >= '0' && t->p[j] <= '9' && hi < 1000000000) hi = hi * 10 + (t->p[j++] - '0');
                if (j > k && j < t->n && t->p[j] == '}' && hi < lo) {
                    raise_error("min repeat greater than max repeat", t->pattern, at + 1);
                    return -1;
                }
            }
            emit(t, "{", 1, at);
            t->i++;
        } else if (c == '{' && at + 1 < t->n && t->p[at + 1] == ',') {
            size_t j = at + 2;
            while (j < t->n && t->p[j] >= '0' && t->p[j] <= '9') j++;
            if (j > at + 2 && j < t->n && t->p[j] == '}') emit(t, "{0", 2, at);
            else emit(t, "{", 1, at);
            t->i++;
        } else if (c == '#' && (t->flags & F_VERBOSE)) {
            while (t->i < t->n && t->p[t->i] != '\n') {
                emit(t, &t->p[t->i], 1, t->i);
                t->i++;
            }
        } else {
            emit(t, &t->p[at], 1, at);
            t->i++;
        }
        at_start = false;
    }
    if (sp) {
        raise_error("missing ), unterminated subpattern", t->pattern, open_at[sp - 1]);
        return -1;
    }
    return 0;
}

/* CPython's text for a PCRE2 compile error, or 0 to use PCRE2's */
static const char *python_message(int code) {
    switch (code) {
    case PCRE2_ERROR_QUANTIFIER_INVALID: return "nothing to repeat";
    case PCRE2_ERROR_QUANTIFIER_OUT_OF_ORDER: return "min repeat greater than max repeat";
    case PCRE2_ERROR_CLASS_RANGE_ORDER: return "bad character range";
    case PCRE2_ERROR_LOOKBEHIND_NOT_FIXED_LENGTH: return "look-behind requires fixed-width pattern";
    case PCRE2_ERROR_MISSING_CLOSING_PARENTHESIS: return "missing ), unterminated subpattern";
    case PCRE2_ERROR_UNMATCHED_CLOSING_PARENTHESIS: return "unbalanced parenthesis";
    case PCRE2_ERROR_MISSING_SQUARE_BRACKET: return "unterminated character set";
    case PCRE2_ERROR_END_BACKSLASH: return "bad escape (end of pattern)";
    }
    return 0;
}

/* ------------------------------------------------------------------ compiling */

static void pattern_finalize(void *obj, void *data) { pcre2_code_free(((Pattern *)obj)->code); }

static TrValue compile_pattern(TrValue pattern, int64_t flags) {
    bool bytes;
    const char *src;
    size_t n;
    if (tr_str_check(pattern)) {
        bytes = false;
        src = tr_str_cstr(pattern);
        n = TR_STR(pattern)->len;
    } else if (tr_bytes_check(pattern)) {
        bytes = true;
        src = ((TrBytes *)pattern)->data;
        n = ((TrBytes *)pattern)->len;
    } else {
        return tr_err(TR_EXC_TYPE(TypeError), "first argument must be string or compiled pattern");
    }
    TrValue key = tr_tuple_pack(3, (TrValue)TR_TYPE(pattern), pattern, tr_int_from_i64(flags));
    TrValue hit = tr_dict_get(cache, key);
    if (hit) return hit;
    if (tr_err_occurred()) return 0;

    Tr t = {.p = src, .n = n, .flags = flags, .bytes = bytes, .pattern = pattern, .names = tr_dict_new()};
    tr_buf_init(&t.out);
    new_group(&t, 0);
    t.ngroups = 0;
    /* verbose may come from a leading (?x): look for it first */
    for (size_t k = 0; k + 2 < n && src[k] == '(' && src[k + 1] == '?';) {
        size_t j = k + 2;
        int64_t on = 0;
        while (j < n && flag_of(src[j])) on |= flag_of(src[j++]);
        if (j >= n || src[j] != ')') break;
        t.flags |= on;
        k = j + 1;
    }
    if (translate(&t) < 0) return 0;
    flags = t.flags;
    if (bytes && (flags & F_UNICODE)) return tr_err(TR_EXC_TYPE(ValueError), "cannot use UNICODE flag with a bytes pattern");
    if (!bytes && (flags & F_LOCALE)) return tr_err(TR_EXC_TYPE(ValueError), "cannot use LOCALE flag with a str pattern");
    if ((flags & F_ASCII) && (flags & F_UNICODE)) return tr_err(TR_EXC_TYPE(ValueError), "ASCII and UNICODE flags are incompatible");
    if (!bytes && !(flags & F_ASCII)) flags |= F_UNICODE;

    uint32_t opts = 0;
    if (flags & F_IGNORECASE) opts |= PCRE2_CASELESS;
    if (flags & F_MULTILINE) opts |= PCRE2_MULTILINE;
    if (flags & F_DOTALL) opts |= PCRE2_DOTALL;
    if (flags & F_VERBOSE) opts |= PCRE2_EXTENDED;
    if (!bytes) opts |= PCRE2_UTF | PCRE2_NO_UTF_CHECK | (flags & F_ASCII ? 0 : PCRE2_UCP);
    static pcre2_compile_context *ctx;
    if (!ctx) {
        ctx = pcre2_compile_context_create(NULL);
        pcre2_set_newline(ctx, PCRE2_NEWLINE_LF);
        pcre2_set_bsr(ctx, PCRE2_BSR_UNICODE);
    }
    int errcode;
    PCRE2_SIZE erroff;
    pcre2_code *code = pcre2_compile((PCRE2_SPTR)(t.out.data ? t.out.data : ""), t.out.len, opts, &errcode, &erroff, ctx);
    if (!code) {
        size_t bpos = erroff < t.out.len ? t.map[erroff] : n;
        const char *msg = python_message(errcode);
        char buf[256];
        if (!msg) {
            pcre2_get_error_message(errcode, (PCRE2_UCHAR *)buf, sizeof buf);
            msg = buf;
        }
        if (errcode == PCRE2_ERROR_QUANTIFIER_INVALID && n) {
            /* the quantifier PCRE2 stopped at or before; after another one, CPython's
             * "multiple repeat" */
            size_t q = bpos < n ? bpos : n - 1;
            while (q > 0 && !(src[q] && strchr("*+?{", src[q]))) q--;
            char prev = q ? src[q - 1] : 0;
            if (prev && strchr("*+?}", prev) && !(prev == '?' && q >= 2 && src[q - 2] == '(')) msg = "multiple repeat";
            bpos = q;
        }
        if (errcode == PCRE2_ERROR_CLASS_RANGE_ORDER && bpos >= 2 && bpos < n) {
            /* "bad character range z-a" at the range's start */
            size_t start = bpos - 2, end = bpos + 1;
            if (start >= 1 && src[start - 1] == '\\') start--;
            if (src[bpos] == '\\' && bpos + 1 < n) end++;
            while (end < n && ((unsigned char)src[end] & 0xc0) == 0x80) end++;
            snprintf(buf, sizeof buf, "bad character range %.*s", (int)(end - start), src + start);
            msg = buf;
            bpos = start;
        }
        if (errcode == PCRE2_ERROR_CLASS_INVALID_RANGE && bpos >= 4 && bpos <= n && src[bpos - 2] == '\\' && src[bpos - 3] == '-') {
            size_t start = bpos - 4;
            if (start >= 1 && src[start - 1] == '\\') start--;
            snprintf(buf, sizeof buf, "bad character range %.*s", (int)(bpos - start), src + start);
            msg = buf;
            bpos = start;
        }
        raise_error(msg, pattern, errcode == PCRE2_ERROR_LOOKBEHIND_NOT_FIXED_LENGTH ? -1 : (int64_t)bpos);
        return 0;
    }
    pcre2_jit_compile(code, PCRE2_JIT_COMPLETE);

    Pattern *p = (Pattern *)tr_object_alloc(&pattern_type, sizeof(Pattern));
    GC_register_finalizer(p, pattern_finalize, NULL, NULL, NULL);
    p->pattern = pattern;
    p->flags = flags;
    p->code = code;
    p->bytes = bytes;
    pcre2_pattern_info(code, PCRE2_INFO_CAPTURECOUNT, &p->groups);
    p->parent = tr_alloc_atomic(sizeof(int) * (p->groups + 1));
    for (uint32_t g = 0; g <= p->groups; g++) p->parent[g] = g && (int)g <= t.ngroups ? t.parent[g] : 0;
    p->groupindex = tr_dict_new();
    p->indexgroup = tr_tuple_new(p->groups + 1);
    for (uint32_t g = 0; g <= p->groups; g++) TR_TUPLE(p->indexgroup)->items[g] = tr_None;
    uint32_t namecount, entsize;
    PCRE2_SPTR table;
    pcre2_pattern_info(code, PCRE2_INFO_NAMECOUNT, &namecount);
    pcre2_pattern_info(code, PCRE2_INFO_NAMEENTRYSIZE, &entsize);
    pcre2_pattern_info(code, PCRE2_INFO_NAMETABLE, &table);
    /* the name table is sorted by name; groupindex is in group order, as CPython's */
    for (uint32_t g = 1; g <= p->groups; g++)
        for (uint32_t k = 0; k < namecount; k++) {
            PCRE2_SPTR e = table + k * entsize;
            if ((uint32_t)((e[0] << 8) | e[1]) != g) continue;
            TrValue name = tr_str_from_cstr((const char *)e + 2);
            tr_dict_set(p->groupindex, name, TR_FROM_SMALL(g));
            TR_TUPLE(p->indexgroup)->items[g] = name;
        }
    if (tr_dict_len(cache) >= 512) cache = tr_dict_new();
    tr_dict_set(cache, key, (TrValue)p);
    return (TrValue)p;
}

/* ------------------------------------------------------------------ subjects */

typedef struct Subj {
    TrValue obj;
    const char *s;
    size_t n;         /* bytes */
    int64_t len;      /* code points (bytes for bytes-like) */
    bool bytes, ascii, checked;
    size_t cb;        /* cursor: byte cb is code point cc */
    int64_t cc;
} Subj;

static int get_subject(Pattern *p, TrValue obj, Subj *sj) {
    memset(sj, 0, sizeof *sj);
    sj->obj = obj;
    if (tr_str_check(obj)) {
        if (p && p->bytes) {
            tr_err(TR_EXC_TYPE(TypeError), "cannot use a bytes pattern on a string-like object");
            return -1;
        }
        sj->s = tr_str_cstr(obj);
        sj->n = TR_STR(obj)->len;
        sj->len = TR_STR(obj)->nchars;
        sj->ascii = TR_STR(obj)->ascii;
        sj->checked = sj->ascii; /* ASCII is valid UTF-8: PCRE2 need not scan it again */
        return 0;
    }
    size_t n;
    const char *s = tr_buffer_view(obj, &n);
    if (!s && !tr_bytes_check(obj) && TR_TYPE(obj) != &tr_bytearray_type) {
        tr_err(TR_EXC_TYPE(TypeError), "expected string or bytes-like object, got '%s'", TR_TYPE_NAME(obj));
        return -1;
    }
    if (p && !p->bytes) {
        tr_err(TR_EXC_TYPE(TypeError), "cannot use a string pattern on a bytes-like object");
        return -1;
    }
    sj->s = s ? s : "";
    sj->n = n;
    sj->len = n;
    sj->bytes = sj->ascii = true;
    return 0;
}

static size_t c2b(Subj *sj, int64_t c) {
    if (sj->ascii) return c;
    if (c < sj->cc - c) sj->cb = 0, sj->cc = 0;
    while (sj->cc < c) {
        sj->cb++;
        while (sj->cb < sj->n && ((unsigned char)sj->s[sj->cb] & 0xc0) == 0x80) sj->cb++;
        sj->cc++;
    }
    while (sj->cc > c) {
        sj->cb--;
        while (sj->cb > 0 && ((unsigned char)sj->s[sj->cb] & 0xc0) == 0x80) sj->cb--;
        sj->cc--;
    }
    return sj->cb;
}

static int64_t b2c(Subj *sj, size_t b) {
    if (sj->ascii) return b;
    if (b < sj->cb && b < sj->cb - b) sj->cb = 0, sj->cc = 0; /* nearer the start */
    while (sj->cb < b) {
        sj->cb++;
        while (sj->cb < sj->n && ((unsigned char)sj->s[sj->cb] & 0xc0) == 0x80) sj->cb++;
        sj->cc++;
    }
    while (sj->cb > b) {
        sj->cb--;
        while (sj->cb > 0 && ((unsigned char)sj->s[sj->cb] & 0xc0) == 0x80) sj->cb--;
        sj->cc--;
    }
    return sj->cc;
}

static TrValue subj_slice(Subj *sj, size_t b0, size_t b1) {
    return sj->bytes ? tr_bytes_new(sj->s + b0, b1 - b0) : tr_str_new(sj->s + b0, b1 - b0);
}

static int parse_pos(TrValue v, int64_t len, int64_t dflt, int64_t *out) {
    if (!v) {
        *out = dflt;
        return 0;
    }
    int64_t x;
    if (tr_index(v, &x) < 0) {
        if (!tr_err_is(TR_EXC_TYPE(OverflowError))) return -1;
        tr_err_clear();
        x = tr_int_sign(v) < 0 ? 0 : len;
    }
    if (x < 0) x = 0;
    if (x > len) x = len;
    *out = x;
    return 0;
}

/* One PCRE2 match from byte bstart within [0, bend): 1 matched, 0 not, -1 error */
static int run(Pattern *p, Subj *sj, size_t bstart, size_t bend, uint32_t opts, pcre2_match_data *md) {
    if (!sj->bytes && sj->checked) opts |= PCRE2_NO_UTF_CHECK;
    int rc = pcre2_match(p->code, (PCRE2_SPTR)sj->s, bend, bstart, opts, md, NULL);
    sj->checked = true;
    if (rc == PCRE2_ERROR_NOMATCH) return 0;
    if (rc < 0) {
        char buf[256];
        pcre2_get_error_message(rc, (PCRE2_UCHAR *)buf, sizeof buf);
        tr_err(TR_EXC_TYPE(RuntimeError), "regular expression matching failed: %s", buf);
        return -1;
    }
    return 1;
}

static TrValue make_match(Pattern *p, Subj *sj, pcre2_match_data *md, int64_t pos, int64_t endpos) {
    Match *m = (Match *)tr_object_alloc(&match_type, sizeof(Match));
    m->string = sj->obj;
    m->re = p;
    m->pos = pos;
    m->endpos = endpos;
    m->n = p->groups + 1;
    m->cspan = tr_alloc_atomic(sizeof(int64_t) * 2 * m->n);
    m->bspan = tr_alloc_atomic(sizeof(size_t) * 2 * m->n);
    PCRE2_SIZE *ov = pcre2_get_ovector_pointer(md);
    uint32_t set = pcre2_get_ovector_count(md);
    int64_t maxend = -1;
    for (size_t g = 0; g < m->n; g++) {
        if (g < set && ov[2 * g] != PCRE2_UNSET) {
            m->bspan[2 * g] = ov[2 * g];
            m->bspan[2 * g + 1] = ov[2 * g + 1];
            m->cspan[2 * g] = b2c(sj, ov[2 * g]);
            m->cspan[2 * g + 1] = b2c(sj, ov[2 * g + 1]);
            if (g && m->cspan[2 * g + 1] > maxend) maxend = m->cspan[2 * g + 1];
        } else {
            m->cspan[2 * g] = m->cspan[2 * g + 1] = -1;
            m->bspan[2 * g] = m->bspan[2 * g + 1] = 0;
        }
    }
    /* lastindex: the group that closed last: of those ending last, an enclosing one
     * closes after the groups inside it, otherwise the later one */
    m->lastindex = -1;
    for (size_t g = 1; g < m->n; g++) {
        if (m->cspan[2 * g] < 0 || m->cspan[2 * g + 1] != maxend) continue;
        if (m->lastindex < 0) {
            m->lastindex = g;
            continue;
        }
        bool encloses = false;
        for (int a = p->parent[m->lastindex]; a; a = p->parent[a])
            if (a == (int)g) encloses = true;
        if (encloses) continue;
        bool inside = false;
        for (int a = p->parent[g]; a; a = p->parent[a])
            if (a == m->lastindex) inside = true;
        if (!inside) m->lastindex = g;
    }
    return (TrValue)m;
}

/* ------------------------------------------------------------------ iteration */

/* Calls fn for each match Python's finditer would give, up to limit (0: all) */
typedef int (*EachFn)(void *ctx, Match *m);

static int each_match(Pattern *p, Subj *sj, int64_t pos, int64_t endpos, size_t limit, EachFn fn, void *ctx) {
    if (endpos < pos) return 0;
    size_t b = c2b(sj, pos), bend = c2b(sj, endpos);
    pcre2_match_data *md = pcre2_match_data_create_from_pattern(p->code, NULL);
    bool must_advance = false;
    size_t count = 0;
    int r = 0;
    while (b <= bend) {
        int rc = run(p, sj, b, bend, must_advance ? PCRE2_NOTEMPTY_ATSTART : 0, md);
        if (rc <= 0) {
            r = rc;
            break;
        }
        Match *m = (Match *)make_match(p, sj, md, pos, endpos);
        if (fn(ctx, m) < 0) {
            r = -1;
            break;
        }
        must_advance = m->bspan[1] == m->bspan[0];
        b = m->bspan[1];
        if (limit && ++count >= limit) break;
    }
    pcre2_match_data_free(md);
    return r;
}

/* ------------------------------------------------------------------ Pattern methods */

#define PAT(v) ((Pattern *)(v))
#define MAT(v) ((Match *)(v))

static TrValue do_single(Pattern *p, TrValue string, TrValue pos, TrValue endpos, uint32_t opts) {
    Subj sj;
    if (get_subject(p, string, &sj) < 0) return 0;
    int64_t p0, p1;
    if (parse_pos(pos, sj.len, 0, &p0) < 0 || parse_pos(endpos, sj.len, sj.len, &p1) < 0) return 0;
    if (p1 < p0) return tr_None;
    pcre2_match_data *md = pcre2_match_data_create_from_pattern(p->code, NULL);
    int rc = run(p, &sj, c2b(&sj, p0), c2b(&sj, p1), opts, md);
    TrValue r = rc < 0 ? 0 : rc == 0 ? tr_None : make_match(p, &sj, md, p0, p1);
    pcre2_match_data_free(md);
    return r;
}

static const char *const kw_search[] = {"string", "pos", "endpos", NULL};

static TrValue pattern_search(TrValue *args, size_t nargs, TrValue kwnames) {
    TrValue a[4];
    a[0] = args[0];
    if (tr_parse_args("search", args + 1, nargs - 1, kwnames, kw_search, 1, a + 1) < 0) return 0;
    return do_single(PAT(a[0]), a[1], a[2], a[3], 0);
}
static TrValue pattern_match(TrValue *args, size_t nargs, TrValue kwnames) {
    TrValue a[4];
    a[0] = args[0];
    if (tr_parse_args("match", args + 1, nargs - 1, kwnames, kw_search, 1, a + 1) < 0) return 0;
    return do_single(PAT(a[0]), a[1], a[2], a[3], PCRE2_ANCHORED);
}
static TrValue pattern_fullmatch(TrValue *args, size_t nargs, TrValue kwnames) {
    TrValue a[4];
    a[0] = args[0];
    if (tr_parse_args("fullmatch", args + 1, nargs - 1, kwnames, kw_search, 1, a + 1) < 0) return 0;
    return do_single(PAT(a[0]), a[1], a[2], a[3], PCRE2_ANCHORED | PCRE2_ENDANCHORED);
}

static TrValue group_value(Match *m, size_t g, TrValue dflt);

static int findall_one(void *ctx, Match *m) {
    TrValue item;
    if (m->n == 1) item = group_value(m, 0, 0);
    else if (m->n == 2) item = group_value(m, 1, 0);
    else {
        item = tr_tuple_new(m->n - 1);
        for (size_t g = 1; g < m->n; g++) TR_TUPLE(item)->items[g - 1] = group_value(m, g, 0);
    }
    return item ? tr_list_append((TrValue)ctx, item) : -1;
}

static int collect_one(void *ctx, Match *m) { return tr_list_append((TrValue)ctx, (TrValue)m); }

static TrValue do_iter(Pattern *p, TrValue string, TrValue pos, TrValue endpos, EachFn fn) {
    Subj sj;
    if (get_subject(p, string, &sj) < 0) return 0;
    int64_t p0, p1;
    if (parse_pos(pos, sj.len, 0, &p0) < 0 || parse_pos(endpos, sj.len, sj.len, &p1) < 0) return 0;
    TrValue list = tr_list_new(0);
    if (each_match(p, &sj, p0, p1, 0, fn, list) < 0) return 0;
    return list;
}

static TrValue pattern_findall(TrValue *args, size_t nargs, TrValue kwnames) {
    TrValue a[4];
    a[0] = args[0];
    if (tr_parse_args("findall", args + 1, nargs - 1, kwnames, kw_search, 1, a + 1) < 0) return 0;
    return do_iter(PAT(a[0]), a[1], a[2], a[3], findall_one);
}
static TrValue pattern_finditer(TrValue *args, size_t nargs, TrValue kwnames) {
    TrValue a[4];
    a[0] = args[0];
    if (tr_parse_args("finditer", args + 1, nargs - 1, kwnames, kw_search, 1, a + 1) < 0) return 0;
    TrValue list = do_iter(PAT(a[0]), a[1], a[2], a[3], collect_one);
    return list ? tr_iter(list) : 0;
}

/* split */
typedef struct SplitCtx { TrValue list; Subj *sj; size_t last; } SplitCtx;
static int split_one(void *ctx, Match *m) {
    SplitCtx *c = ctx;
    TrValue piece = subj_slice(c->sj, c->last, m->bspan[0]);
    if (!piece || tr_list_append(c->list, piece) < 0) return -1;
    for (size_t g = 1; g < m->n; g++) {
        TrValue v = group_value(m, g, tr_None);
        if (!v || tr_list_append(c->list, v) < 0) return -1;
    }
    c->last = m->bspan[1];
    return 0;
}

static int64_t count_arg(TrValue v) {
    if (!v) return 0;
    int64_t x;
    if (tr_index(v, &x) < 0) return -1;
    return x;
}

static TrValue do_split(Pattern *p, TrValue string, TrValue maxsplit) {
    Subj sj;
    if (get_subject(p, string, &sj) < 0) return 0;
    int64_t max = 0;
    if (maxsplit && tr_index(maxsplit, &max) < 0) return 0;
    SplitCtx c = {tr_list_new(0), &sj, 0};
    if (max < 0) {
        TrValue whole = subj_slice(&sj, 0, sj.n);
        if (!whole || tr_list_append(c.list, whole) < 0) return 0;
        return c.list;
    }
    if (each_match(p, &sj, 0, sj.len, max, split_one, &c) < 0) return 0;
    TrValue rest = subj_slice(&sj, c.last, sj.n);
    if (!rest || tr_list_append(c.list, rest) < 0) return 0;
    return c.list;
}

static TrValue pattern_split(TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"string", "maxsplit", NULL};
    TrValue a[3];
    a[0] = args[0];
    if (tr_parse_args("split", args + 1, nargs - 1, kwnames, kw, 1, a + 1) < 0) return 0;
    return do_split(PAT(a[0]), a[1], a[2]);
}

/* ------------------------------------------------------------------ templates */

/* A parsed replacement template: a list of str/bytes literals and group indices */
static TrValue parse_template(Pattern *p, TrValue tmpl) {
    bool bytes = p->bytes;
    const char *s;
    size_t n;
    if (bytes) {
        s = tr_buffer_view(tmpl, &n);
        if (!s) return tr_err(TR_EXC_TYPE(TypeError), "expected a bytes-like object, %s found", TR_TYPE_NAME(tmpl));
    } else {
        if (!tr_str_check(tmpl)) return tr_err(TR_EXC_TYPE(TypeError), "expected str instance, %s found", TR_TYPE_NAME(tmpl));
        s = tr_str_cstr(tmpl);
        n = TR_STR(tmpl)->len;
    }
    TrValue items = tr_list_new(0);
    TrBuf lit;
    tr_buf_init(&lit);
#define FLUSH()                                                                                   \
    do {                                                                                          \
        if (lit.len) {                                                                            \
            tr_list_append(items, bytes ? tr_bytes_new(lit.data, lit.len) : tr_str_new(lit.data, lit.len)); \
            tr_buf_init(&lit);                                                                    \
        }                                                                                         \
    } while (0)
#define TERR(msg, pos)                         \
    do {                                       \
        raise_error(msg, tmpl, (int64_t)(pos)); \
        return 0;                              \
    } while (0)
    char msg[300];
    for (size_t i = 0; i < n;) {
        if (s[i] != '\\') {
            tr_buf_addc(&lit, s[i++]);
            continue;
        }
        size_t at = i;
        if (i + 1 >= n) TERR("bad escape (end of pattern)", at);
        char c = s[i + 1];
        i += 2;
        if (c == 'g') {
            if (i >= n || s[i] != '<') TERR("missing <", i);
            size_t start = ++i;
            while (i < n && s[i] != '>') i++;
            if (i == start) TERR("missing group name", start);
            if (i >= n) TERR("missing >, unterminated name", start);
            size_t len = i - start;
            i++;
            TrValue name;
            if (bytes) { /* a bytes template's names are latin-1 */
                TrBuf nb;
                tr_buf_init(&nb);
                for (size_t k = start; k < start + len; k++) {
                    char ch[4];
                    tr_buf_add(&nb, ch, tr_utf8_encode((unsigned char)s[k], ch));
                }
                name = tr_buf_finish(&nb);
            } else {
                name = tr_str_new(s + start, len);
            }
            int64_t index = -1;
            bool digits = true;
            for (size_t k = start; k < start + len; k++)
                if (s[k] < '0' || s[k] > '9') digits = false;
            if (digits) {
                index = 0;
                for (size_t k = start; k < start + len && index < 1000000; k++) index = index * 10 + (s[k] - '0');
            } else {
                TrValue ident = tr_call_method_cstr(name, "isidentifier", 0);
                if (!ident) return 0;
                if (ident != tr_True) {
                    TrValue text = tr_str_fmt("bad character in group name '%S'", name);
                    if (!text) return 0;
                    TERR(tr_str_cstr(text), start);
                }
                TrValue g = tr_dict_get(p->groupindex, name);
                if (!g) return tr_err(TR_EXC_TYPE(IndexError), "unknown group name %R", name);
                index = TR_SMALL_VAL(g);
            }
            if (index > (int64_t)p->groups) {
                snprintf(msg, sizeof msg, "invalid group reference %lld", (long long)index);
                TERR(msg, start);
            }
            FLUSH();
            tr_list_append(items, TR_FROM_SMALL(index));
        } else if (c == '0') {
            int v = 0, k = 0;
            while (k < 2 && i < n && s[i] >= '0' && s[i] <= '7') v = v * 8 + (s[i++] - '0'), k++;
            char ch[4];
            size_t l = bytes ? (ch[0] = (char)v, 1) : tr_utf8_encode(v, ch);
            tr_buf_add(&lit, ch, l);
        } else if (c >= '1' && c <= '9') {
            int64_t index = c - '0';
            if (i < n && s[i] >= '0' && s[i] <= '9') {
                if (c <= '7' && s[i] <= '7' && i + 1 < n && s[i + 1] >= '0' && s[i + 1] <= '7') {
                    int v = (c - '0') * 64 + (s[i] - '0') * 8 + (s[i + 1] - '0');
                    i += 2;
                    if (v > 0377) {
                        snprintf(msg, sizeof msg, "octal escape value \\%.3s outside of range 0-0o377", s + at + 1);
                        TERR(msg, at);
                    }
                    char ch[4];
                    size_t l = bytes ? (ch[0] = (char)v, 1) : tr_utf8_encode(v, ch);
                    tr_buf_add(&lit, ch, l);
                    continue;
                }
                index = index * 10 + (s[i++] - '0');
            }
            if (index > (int64_t)p->groups) {
                snprintf(msg, sizeof msg, "invalid group reference %lld", (long long)index);
                TERR(msg, at + 1);
            }
            FLUSH();
            tr_list_append(items, TR_FROM_SMALL(index));
        } else {
            const char *esc = strchr("a\ab\bf\fn\nr\rt\tv\v\\\\", c);
            if (c && esc && ((esc - "a\ab\bf\fn\nr\rt\tv\v\\\\") % 2 == 0)) {
                tr_buf_addc(&lit, esc[1]);
            } else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
                snprintf(msg, sizeof msg, "bad escape \\%c", c);
                TERR(msg, at);
            } else {
                tr_buf_addc(&lit, '\\');
                i--;
            }
        }
    }
    FLUSH();
#undef FLUSH
#undef TERR
    return items;
}

static TrValue expand_template(Match *m, TrValue items) {
    size_t k = TR_LIST(items)->len;
    if (!m->re->bytes) {
        TrBuf b;
        tr_buf_init(&b);
        for (size_t i = 0; i < k; i++) {
            TrValue it = tr_list_items(TR_LIST(items))[i];
            if (TR_IS_SMALL(it)) {
                size_t g = TR_SMALL_VAL(it);
                if (m->cspan[2 * g] >= 0) tr_buf_add(&b, tr_str_cstr(m->string) + m->bspan[2 * g], m->bspan[2 * g + 1] - m->bspan[2 * g]);
            } else {
                tr_buf_add(&b, tr_str_cstr(it), TR_STR(it)->len);
            }
        }
        return tr_buf_finish(&b);
    }
    TrBuf b;
    tr_buf_init(&b);
    size_t n;
    const char *s = tr_buffer_view(m->string, &n);
    for (size_t i = 0; i < k; i++) {
        TrValue it = tr_list_items(TR_LIST(items))[i];
        if (TR_IS_SMALL(it)) {
            size_t g = TR_SMALL_VAL(it);
            if (m->cspan[2 * g] >= 0 && s) tr_buf_add(&b, s + m->bspan[2 * g], m->bspan[2 * g + 1] - m->bspan[2 * g]);
        } else {
            tr_buf_add(&b, ((TrBytes *)it)->data, ((TrBytes *)it)->len);
        }
    }
    return tr_bytes_new(b.data ? b.data : "", b.len);
}

typedef struct SubCtx { TrBuf out; Subj *sj; size_t last; TrValue items, func; int64_t n; } SubCtx;

static int sub_one(void *ctx, Match *m) {
    SubCtx *c = ctx;
    tr_buf_add(&c->out, c->sj->s + c->last, m->bspan[0] - c->last);
    TrValue r;
    if (c->func) {
        r = tr_call1(c->func, (TrValue)m);
        if (!r) return -1;
        if (r == tr_None) r = 0;
        else if (!c->sj->bytes && !tr_str_check(r)) {
            tr_err(TR_EXC_TYPE(TypeError), "expected str instance, %s found", TR_TYPE_NAME(r));
            return -1;
        }
    } else {
        r = expand_template(m, c->items);
        if (!r) return -1;
    }
    if (r) {
        if (c->sj->bytes) {
            size_t n;
            const char *s = tr_buffer_view(r, &n);
            if (!s) {
                tr_err(TR_EXC_TYPE(TypeError), "a bytes-like object is required, not '%s'", TR_TYPE_NAME(r));
                return -1;
            }
            tr_buf_add(&c->out, s, n);
        } else {
            tr_buf_add(&c->out, tr_str_cstr(r), TR_STR(r)->len);
        }
    }
    c->last = m->bspan[1];
    c->n++;
    return 0;
}

static TrValue do_sub(Pattern *p, TrValue repl, TrValue string, TrValue count, bool subn) {
    Subj sj;
    if (get_subject(p, string, &sj) < 0) return 0;
    int64_t max = count_arg(count);
    if (max < 0 && tr_err_occurred()) return 0;
    SubCtx c = {.sj = &sj};
    tr_buf_init(&c.out);
    if (tr_callable(repl)) c.func = repl;
    else if (!(c.items = parse_template(p, repl))) return 0;
    if (max >= 0 && each_match(p, &sj, 0, sj.len, max, sub_one, &c) < 0) return 0;
    tr_buf_add(&c.out, sj.s + c.last, sj.n - c.last);
    TrValue r = sj.bytes ? tr_bytes_new(c.out.data ? c.out.data : "", c.out.len) : tr_buf_finish(&c.out);
    if (!r) return 0;
    return subn ? tr_tuple_pack(2, r, tr_int_from_i64(c.n)) : r;
}

static TrValue pattern_sub_impl(TrValue *args, size_t nargs, TrValue kwnames, bool subn) {
    static const char *const kw[] = {"repl", "string", "count", NULL};
    TrValue a[4];
    a[0] = args[0];
    if (tr_parse_args(subn ? "subn" : "sub", args + 1, nargs - 1, kwnames, kw, 2, a + 1) < 0) return 0;
    return do_sub(PAT(a[0]), a[1], a[2], a[3], subn);
}
static TrValue pattern_sub(TrValue *args, size_t nargs, TrValue kwnames) { return pattern_sub_impl(args, nargs, kwnames, false); }
static TrValue pattern_subn(TrValue *args, size_t nargs, TrValue kwnames) { return pattern_sub_impl(args, nargs, kwnames, true); }

static TrValue pattern_get_pattern(TrValue self) { return PAT(self)->pattern; }
static TrValue pattern_get_flags(TrValue self) { return tr_int_from_i64(PAT(self)->flags); }
static TrValue pattern_get_groups(TrValue self) { return tr_int_from_i64(PAT(self)->groups); }
static TrValue pattern_get_groupindex(TrValue self) { return tr_dict_copy(PAT(self)->groupindex); }

static TrValue pattern_repr(TrValue self) {
    Pattern *p = PAT(self);
    TrBuf b;
    tr_buf_init(&b);
    tr_buf_adds(&b, "re.compile(");
    TrValue r = tr_repr(p->pattern);
    if (!r) return 0;
    if (TR_STR(r)->nchars > 200) r = tr_getslice(r, 0, TR_FROM_SMALL(200), 0);
    tr_buf_add_str(&b, r);
    static const struct { int flag; const char *name; } names[] = {
        {F_TEMPLATE, "re.TEMPLATE"}, {F_IGNORECASE, "re.IGNORECASE"}, {F_LOCALE, "re.LOCALE"},
        {F_MULTILINE, "re.MULTILINE"}, {F_DOTALL, "re.DOTALL"}, {F_UNICODE, "re.UNICODE"},
        {F_VERBOSE, "re.VERBOSE"}, {F_DEBUG, "re.DEBUG"}, {F_ASCII, "re.ASCII"}, {0, 0},
    };
    int64_t flags = p->flags;
    if (!p->bytes && (flags & (F_LOCALE | F_UNICODE | F_ASCII)) == F_UNICODE) flags &= ~F_UNICODE;
    if (flags) {
        tr_buf_adds(&b, ", ");
        bool first = true;
        for (int k = 0; names[k].flag; k++)
            if (flags & names[k].flag) {
                if (!first) tr_buf_addc(&b, '|');
                tr_buf_adds(&b, names[k].name);
                first = false;
                flags &= ~names[k].flag;
            }
        if (flags) tr_buf_printf(&b, "%s0x%llx", first ? "" : "|", (long long)flags);
    }
    tr_buf_addc(&b, ')');
    return tr_buf_finish(&b);
}

static TrValue pattern_richcompare(TrValue a, TrValue b, int op) {
    if ((op != TR_EQ && op != TR_NE) || TR_TYPE(b) != &pattern_type) return tr_NotImplemented;
    int eq = a == b;
    if (!eq && PAT(a)->flags == PAT(b)->flags && PAT(a)->bytes == PAT(b)->bytes) {
        eq = tr_equal(PAT(a)->pattern, PAT(b)->pattern);
        if (eq < 0) return 0;
    }
    return tr_bool(op == TR_EQ ? eq : !eq);
}

static int64_t pattern_hash(TrValue self) {
    int64_t h = tr_hash(PAT(self)->pattern);
    if (h == -1) return -1;
    h ^= PAT(self)->flags * 1000003;
    return h == -1 ? -2 : h;
}

/* ------------------------------------------------------------------ Match methods */

static TrValue group_value(Match *m, size_t g, TrValue dflt) {
    if (m->cspan[2 * g] < 0) {
        if (dflt) return dflt;
        /* findall: a group that did not take part is an empty string */
        return m->re->bytes ? tr_bytes_new("", 0) : tr_str_new("", 0);
    }
    Subj sj;
    get_subject(0, m->string, &sj);
    return subj_slice(&sj, m->bspan[2 * g], m->bspan[2 * g + 1]);
}

/* the index of group key (int or name) or -1 + IndexError */
static int64_t group_index(Match *m, TrValue key) {
    if (tr_int_check(key)) {
        int64_t i;
        if (tr_index(key, &i) < 0) tr_err_clear();
        else if (i >= 0 && (size_t)i < m->n) return i;
    } else if (tr_str_check(key)) {
        TrValue g = tr_dict_get(m->re->groupindex, key);
        if (g) return TR_SMALL_VAL(g);
    }
    tr_err(TR_EXC_TYPE(IndexError), "no such group");
    return -1;
}

static TrValue match_group(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_no_kwargs("group", kwnames) < 0) return 0;
    Match *m = MAT(args[0]);
    if (nargs == 1) return group_value(m, 0, tr_None);
    if (nargs == 2) {
        int64_t g = group_index(m, args[1]);
        return g < 0 ? 0 : group_value(m, g, tr_None);
    }
    TrValue t = tr_tuple_new(nargs - 1);
    for (size_t k = 1; k < nargs; k++) {
        int64_t g = group_index(m, args[k]);
        if (g < 0) return 0;
        TR_TUPLE(t)->items[k - 1] = group_value(m, g, tr_None);
    }
    return t;
}

static TrValue match_getitem(TrValue self, TrValue key) {
    int64_t g = group_index(MAT(self), key);
    return g < 0 ? 0 : group_value(MAT(self), g, tr_None);
}

static TrValue match_groups(TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"default", NULL};
    TrValue a[2];
    a[0] = args[0];
    if (tr_parse_args("groups", args + 1, nargs - 1, kwnames, kw, 0, a + 1) < 0) return 0;
    Match *m = MAT(a[0]);
    TrValue t = tr_tuple_new(m->n - 1);
    for (size_t g = 1; g < m->n; g++) TR_TUPLE(t)->items[g - 1] = group_value(m, g, a[1] ? a[1] : tr_None);
    return t;
}

static TrValue match_groupdict(TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"default", NULL};
    TrValue a[2];
    a[0] = args[0];
    if (tr_parse_args("groupdict", args + 1, nargs - 1, kwnames, kw, 0, a + 1) < 0) return 0;
    Match *m = MAT(a[0]);
    TrValue d = tr_dict_new(), k, v;
    size_t pos = 0;
    while (tr_dict_next(m->re->groupindex, &pos, &k, &v))
        if (tr_dict_set(d, k, group_value(m, TR_SMALL_VAL(v), a[1] ? a[1] : tr_None)) < 0) return 0;
    return d;
}

static int64_t span_arg(const char *fname, TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_no_kwargs(fname, kwnames) < 0 || tr_check_nargs(fname, nargs - 1, 0, 1) < 0) return -1;
    return nargs == 1 ? 0 : group_index(MAT(args[0]), args[1]);
}
static TrValue match_start(TrValue *args, size_t nargs, TrValue kwnames) {
    int64_t g = span_arg("start", args, nargs, kwnames);
    return g < 0 ? 0 : tr_int_from_i64(MAT(args[0])->cspan[2 * g]);
}
static TrValue match_end(TrValue *args, size_t nargs, TrValue kwnames) {
    int64_t g = span_arg("end", args, nargs, kwnames);
    return g < 0 ? 0 : tr_int_from_i64(MAT(args[0])->cspan[2 * g + 1]);
}
static TrValue match_span(TrValue *args, size_t nargs, TrValue kwnames) {
    int64_t g = span_arg("span", args, nargs, kwnames);
    if (g < 0) return 0;
    Match *m = MAT(args[0]);
    return tr_tuple_pack(2, tr_int_from_i64(m->cspan[2 * g]), tr_int_from_i64(m->cspan[2 * g + 1]));
}

static TrValue match_expand(TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"template", NULL};
    TrValue a[2];
    a[0] = args[0];
    if (tr_parse_args("expand", args + 1, nargs - 1, kwnames, kw, 1, a + 1) < 0) return 0;
    TrValue items = parse_template(MAT(a[0])->re, a[1]);
    return items ? expand_template(MAT(a[0]), items) : 0;
}

static TrValue match_get_string(TrValue self) { return MAT(self)->string; }
static TrValue match_get_re(TrValue self) { return (TrValue)MAT(self)->re; }
static TrValue match_get_pos(TrValue self) { return tr_int_from_i64(MAT(self)->pos); }
static TrValue match_get_endpos(TrValue self) { return tr_int_from_i64(MAT(self)->endpos); }
static TrValue match_get_lastindex(TrValue self) {
    return MAT(self)->lastindex < 0 ? tr_None : tr_int_from_i64(MAT(self)->lastindex);
}
static TrValue match_get_lastgroup(TrValue self) {
    Match *m = MAT(self);
    return m->lastindex < 0 ? tr_None : TR_TUPLE(m->re->indexgroup)->items[m->lastindex];
}
static TrValue match_get_regs(TrValue self) {
    Match *m = MAT(self);
    TrValue t = tr_tuple_new(m->n);
    for (size_t g = 0; g < m->n; g++)
        TR_TUPLE(t)->items[g] = tr_tuple_pack(2, tr_int_from_i64(m->cspan[2 * g]), tr_int_from_i64(m->cspan[2 * g + 1]));
    return t;
}

static TrValue match_repr(TrValue self) {
    Match *m = MAT(self);
    TrValue g = group_value(m, 0, tr_None);
    if (!g) return 0;
    return tr_str_fmt("<re.Match object; span=(%lld, %lld), match=%R>", (long long)m->cspan[0], (long long)m->cspan[1], g);
}

static TrValue match_copy(TrValue *args, size_t nargs, TrValue kwnames) { return args[0]; }

/* ------------------------------------------------------------------ module functions */

static int64_t flags_arg(TrValue v) {
    if (!v) return 0;
    int64_t f;
    if (tr_index(v, &f) < 0) return -1;
    return f;
}

static TrValue get_pattern(TrValue pattern, TrValue flags) {
    if (TR_TYPE(pattern) == &pattern_type) {
        int64_t f = flags_arg(flags);
        if (f < 0 && tr_err_occurred()) return 0;
        if (f) return tr_err(TR_EXC_TYPE(ValueError), "cannot process flags argument with a compiled pattern");
        return pattern;
    }
    int64_t f = flags_arg(flags);
    if (f < 0 && tr_err_occurred()) return 0;
    return compile_pattern(pattern, f);
}

static TrValue re_compile(TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"pattern", "flags", NULL};
    TrValue a[2];
    if (tr_parse_args_py("compile", args, nargs, kwnames, kw, 1, a) < 0) return 0;
    return get_pattern(a[0], a[1]);
}

#define SINGLE(name, opts)                                                              \
    static TrValue re_##name(TrValue *args, size_t nargs, TrValue kwnames) {            \
        static const char *const kw[] = {"pattern", "string", "flags", NULL};           \
        TrValue a[3];                                                                   \
        if (tr_parse_args_py(#name, args, nargs, kwnames, kw, 2, a) < 0) return 0;         \
        TrValue p = get_pattern(a[0], a[2]);                                            \
        return p ? do_single(PAT(p), a[1], 0, 0, opts) : 0;                             \
    }
SINGLE(search, 0)
SINGLE(match, PCRE2_ANCHORED)
SINGLE(fullmatch, PCRE2_ANCHORED | PCRE2_ENDANCHORED)

static TrValue re_findall(TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"pattern", "string", "flags", NULL};
    TrValue a[3];
    if (tr_parse_args_py("findall", args, nargs, kwnames, kw, 2, a) < 0) return 0;
    TrValue p = get_pattern(a[0], a[2]);
    return p ? do_iter(PAT(p), a[1], 0, 0, findall_one) : 0;
}

static TrValue re_finditer(TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"pattern", "string", "flags", NULL};
    TrValue a[3];
    if (tr_parse_args_py("finditer", args, nargs, kwnames, kw, 2, a) < 0) return 0;
    TrValue p = get_pattern(a[0], a[2]);
    TrValue list = p ? do_iter(PAT(p), a[1], 0, 0, collect_one) : 0;
    return list ? tr_iter(list) : 0;
}

static TrValue re_sub_impl(TrValue *args, size_t nargs, TrValue kwnames, bool subn) {
    static const char *const kw[] = {"pattern", "repl", "string", "count", "flags", NULL};
    TrValue a[5];
    if (tr_parse_args_py(subn ? "subn" : "sub", args, nargs, kwnames, kw, 3, a) < 0) return 0;
    TrValue p = get_pattern(a[0], a[4]);
    return p ? do_sub(PAT(p), a[1], a[2], a[3], subn) : 0;
}
static TrValue re_sub(TrValue *args, size_t nargs, TrValue kwnames) { return re_sub_impl(args, nargs, kwnames, false); }
static TrValue re_subn(TrValue *args, size_t nargs, TrValue kwnames) { return re_sub_impl(args, nargs, kwnames, true); }

static TrValue re_split(TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"pattern", "string", "maxsplit", "flags", NULL};
    TrValue a[4];
    if (tr_parse_args_py("split", args, nargs, kwnames, kw, 2, a) < 0) return 0;
    TrValue p = get_pattern(a[0], a[3]);
    return p ? do_split(PAT(p), a[1], a[2]) : 0;
}

static TrValue re_escape(TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"pattern", NULL};
    TrValue a[1];
    if (tr_parse_args_py("escape", args, nargs, kwnames, kw, 1, a) < 0) return 0;
    static const char special[] = "()[]{}?*+-|^$\\.&~# \t\n\r\v\f";
    bool is_str = tr_str_check(a[0]);
    const char *s;
    size_t n;
    if (is_str) {
        s = tr_str_cstr(a[0]);
        n = TR_STR(a[0])->len;
    } else if (!(s = tr_buffer_view(a[0], &n))) {
        return tr_err(TR_EXC_TYPE(TypeError), "expected str or bytes-like object, got '%s'", TR_TYPE_NAME(a[0]));
    }
    TrBuf b;
    tr_buf_init(&b);
    for (size_t i = 0; i < n; i++) {
        if (s[i] && memchr(special, s[i], sizeof special - 1)) tr_buf_addc(&b, '\\');
        tr_buf_addc(&b, s[i]);
    }
    return is_str ? tr_buf_finish(&b) : tr_bytes_new(b.data ? b.data : "", b.len);
}

static TrValue re_purge(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("purge", nargs, 0, 0) < 0) return 0;
    cache = tr_dict_new();
    return tr_None;
}

/* ------------------------------------------------------------------ types, module */

static TrType pattern_type = {
    .ob = {&tr_type_type}, .name = "Pattern", .flags = TR_TF_WEAKREFABLE, .basicsize = sizeof(Pattern), .repr = pattern_repr,
    .richcompare = pattern_richcompare, .hash = pattern_hash,
};
static TrType match_type = {
    .ob = {&tr_type_type}, .name = "Match", .basicsize = sizeof(Match), .repr = match_repr, .getitem = match_getitem,
};

static const TrMethodDef pattern_methods[] = {
    {"search", pattern_search}, {"match", pattern_match}, {"fullmatch", pattern_fullmatch},
    {"findall", pattern_findall}, {"finditer", pattern_finditer}, {"sub", pattern_sub}, {"subn", pattern_subn},
    {"split", pattern_split}, {"__copy__", match_copy}, {"__deepcopy__", match_copy}, {0},
};
static const TrMethodDef match_methods[] = {
    {"group", match_group}, {"groups", match_groups}, {"groupdict", match_groupdict}, {"start", match_start},
    {"end", match_end}, {"span", match_span}, {"expand", match_expand}, {"__copy__", match_copy},
    {"__deepcopy__", match_copy}, {0},
};

static TrValue make_error_class(void) {
    TrValue ns = tr_dict_new();
    tr_dict_set_str(ns, "__init__", tr_builtin_new("__init__", error_init));
    tr_dict_set_str(ns, "__module__", tr_str_from_cstr("re"));
    tr_dict_set_str(ns, "__qualname__", tr_str_from_cstr("error"));
    TrValue cls = tr_class_new(tr_str_from_cstr("error"), tr_tuple_pack(1, (TrValue)TR_EXC_TYPE(Exception)), ns, 0, 0);
    if (!cls) return 0;
    ((TrBuiltin *)tr_type_lookup((TrType *)cls, tr_str_intern("__init__")))->owner = (TrType *)cls;
    tr_class_update_slot((TrType *)cls, tr_str_intern("__init__"));
    return cls;
}

/* re.RegexFlag: an int subclass whose repr names the flags (re.IGNORECASE|re.MULTILINE) */
static TrValue regexflag_class;

static TrValue regexflag_repr(TrValue *args, size_t nargs, TrValue kwnames) {
    static const struct { int flag; const char *name; } names[] = {
        {F_ASCII, "re.ASCII"}, {F_IGNORECASE, "re.IGNORECASE"}, {F_LOCALE, "re.LOCALE"}, {F_UNICODE, "re.UNICODE"},
        {F_MULTILINE, "re.MULTILINE"}, {F_DOTALL, "re.DOTALL"}, {F_VERBOSE, "re.VERBOSE"}, {F_TEMPLATE, "re.TEMPLATE"},
        {F_DEBUG, "re.DEBUG"}, {0, 0},
    };
    int64_t v;
    if (tr_check_nargs("__repr__", nargs - 1, 0, 0) < 0 || tr_index(args[0], &v) < 0) return 0;
    if (!v) return tr_str_from_cstr("re.NOFLAG");
    TrBuf b;
    tr_buf_init(&b);
    for (int k = 0; names[k].flag; k++)
        if (v & names[k].flag) {
            if (b.len) tr_buf_addc(&b, '|');
            tr_buf_adds(&b, names[k].name);
            v &= ~names[k].flag;
        }
    if (v) tr_buf_printf(&b, "%s0x%llx", b.len ? "|" : "", (long long)v);
    return tr_buf_finish(&b);
}

static TrValue regexflag_format(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("__format__", nargs - 1, 1, 1) < 0) return 0;
    if (tr_str_check(args[1]) && TR_STR(args[1])->len == 0) return regexflag_repr(args, 1, 0);
    int64_t v;
    if (tr_index(args[0], &v) < 0) return 0;
    return tr_format(tr_int_from_i64(v), args[1]);
}

static TrValue regexflag_binop(TrValue *args, size_t nargs, int op) {
    int64_t a, b;
    if (tr_check_nargs("__or__", nargs - 1, 1, 1) < 0) return 0;
    if (!tr_int_check(args[1])) return tr_NotImplemented;
    if (tr_index(args[0], &a) < 0 || tr_index(args[1], &b) < 0) return 0;
    int64_t r = op == '|' ? a | b : op == '&' ? a & b : a ^ b;
    return tr_call1(regexflag_class, tr_int_from_i64(r));
}
static TrValue regexflag_or(TrValue *args, size_t nargs, TrValue kwnames) { return regexflag_binop(args, nargs, '|'); }
static TrValue regexflag_and(TrValue *args, size_t nargs, TrValue kwnames) { return regexflag_binop(args, nargs, '&'); }
static TrValue regexflag_xor(TrValue *args, size_t nargs, TrValue kwnames) { return regexflag_binop(args, nargs, '^'); }

static TrValue make_regexflag_class(void) {
    static const TrMethodDef methods[] = {
        {"__repr__", regexflag_repr}, {"__str__", regexflag_repr}, {"__format__", regexflag_format},
        {"__or__", regexflag_or}, {"__ror__", regexflag_or}, {"__and__", regexflag_and}, {"__rand__", regexflag_and},
        {"__xor__", regexflag_xor}, {"__rxor__", regexflag_xor}, {0},
    };
    TrValue ns = tr_dict_new();
    for (const TrMethodDef *d = methods; d->name; d++) tr_dict_set_str(ns, d->name, tr_builtin_new(d->name, d->fn));
    tr_dict_set_str(ns, "__module__", tr_str_from_cstr("re"));
    tr_dict_set_str(ns, "__qualname__", tr_str_from_cstr("RegexFlag"));
    TrValue cls = tr_class_new(tr_str_from_cstr("RegexFlag"), tr_tuple_pack(1, (TrValue)&tr_int_type), ns, 0, 0);
    if (!cls) return 0;
    for (const TrMethodDef *d = methods; d->name; d++) {
        ((TrBuiltin *)tr_type_lookup((TrType *)cls, tr_str_intern(d->name)))->owner = (TrType *)cls;
        tr_class_update_slot((TrType *)cls, tr_str_intern(d->name));
    }
    return cls;
}

TrValue trmod_re_init(void) {
    static TrValue m;
    if (m) return m;
    m = tr_module_new("re", 0, NULL, NULL);
    tr_add_roots(&m, sizeof m);
    tr_add_roots(&cache, sizeof cache);
    tr_add_roots(&error_type, sizeof error_type);
    cache = tr_dict_new();
    pattern_type.module = match_type.module = TR_INTERN("re");
    tr_type_ready(&pattern_type);
    tr_type_add_methods(&pattern_type, pattern_methods);
    tr_type_add_getter(&pattern_type, "pattern", pattern_get_pattern);
    tr_type_add_getter(&pattern_type, "flags", pattern_get_flags);
    tr_type_add_getter(&pattern_type, "groups", pattern_get_groups);
    tr_type_add_getter(&pattern_type, "groupindex", pattern_get_groupindex);
    tr_type_ready(&match_type);
    tr_type_add_methods(&match_type, match_methods);
    tr_type_add_getter(&match_type, "string", match_get_string);
    tr_type_add_getter(&match_type, "re", match_get_re);
    tr_type_add_getter(&match_type, "pos", match_get_pos);
    tr_type_add_getter(&match_type, "endpos", match_get_endpos);
    tr_type_add_getter(&match_type, "lastindex", match_get_lastindex);
    tr_type_add_getter(&match_type, "lastgroup", match_get_lastgroup);
    tr_type_add_getter(&match_type, "regs", match_get_regs);
    TrValue err = make_error_class();
    if (!err) return 0;
    error_type = (TrType *)err;
    tr_module_add(m, "error", err);
    tr_module_add(m, "Pattern", (TrValue)&pattern_type);
    tr_module_add(m, "Match", (TrValue)&match_type);
    static const struct { const char *name; int value; } flags[] = {
        {"A", F_ASCII}, {"ASCII", F_ASCII}, {"DEBUG", F_DEBUG}, {"I", F_IGNORECASE}, {"IGNORECASE", F_IGNORECASE},
        {"L", F_LOCALE}, {"LOCALE", F_LOCALE}, {"M", F_MULTILINE}, {"MULTILINE", F_MULTILINE}, {"NOFLAG", 0},
        {"S", F_DOTALL}, {"DOTALL", F_DOTALL}, {"T", F_TEMPLATE}, {"TEMPLATE", F_TEMPLATE}, {"U", F_UNICODE},
        {"UNICODE", F_UNICODE}, {"X", F_VERBOSE}, {"VERBOSE", F_VERBOSE}, {0, 0},
    };
    tr_add_roots(&regexflag_class, sizeof regexflag_class);
    if (!(regexflag_class = make_regexflag_class())) return 0;
    tr_module_add(m, "RegexFlag", regexflag_class);
    for (int k = 0; flags[k].name; k++) {
        TrValue f = tr_call1(regexflag_class, TR_FROM_SMALL(flags[k].value));
        if (!f) return 0;
        tr_module_add(m, flags[k].name, f);
    }
    static const TrMethodDef functions[] = {
        {"compile", re_compile}, {"search", re_search}, {"match", re_match}, {"fullmatch", re_fullmatch},
        {"findall", re_findall}, {"finditer", re_finditer}, {"sub", re_sub}, {"subn", re_subn},
        {"split", re_split}, {"escape", re_escape}, {"purge", re_purge}, {0},
    };
    tr_module_add_functions(m, functions);
    return m;
}
