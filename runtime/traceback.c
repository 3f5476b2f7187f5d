/* traceback.c — prints an uncaught exception as CPython 3.11 does: the chain of causes
 * and contexts, "Traceback (most recent call last):" with the source lines, the final
 * "Type: message" line with notes and did-you-mean suggestions, and exception groups as
 * nested boxes (margins "|", "+-+---- 1 ----", at most 15 members and 10 levels).
 * Assumes: an exception's traceback entries are outermost first (obj_traceback.c);
 * source files are read at print time. */
#include "tr.h"
#include <stdarg.h>
#include <stdlib.h>

enum { MAX_GROUP_WIDTH = 15, MAX_GROUP_DEPTH = 10, MAX_CHAIN = 32 };

typedef struct PrintContext {
    int group_depth;
    bool need_close;
    TrBuf *out; /* the text goes here, or to stderr when 0 */
    bool limited; /* keep only `limit` entries of each traceback: the outermost ones, or */
    int64_t limit; /* when negative the -limit innermost ones (the traceback module's limit) */
} PrintContext;

static void out_printf(PrintContext *c, const char *fmt, ...) TR_PRINTF(2, 3);
static void out_printf(PrintContext *c, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    if (c->out) {
        char *text = NULL;
        if (vasprintf(&text, fmt, ap) >= 0 && text) tr_buf_adds(c->out, text);
        free(text);
    } else vfprintf(stderr, fmt, ap);
    va_end(ap);
}

/* Writes text, each of its lines behind the indentation and margin of the group depth. */
static void emit(PrintContext *c, char margin, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    char *text = NULL;
    if (vasprintf(&text, fmt, ap) < 0) text = NULL;
    va_end(ap);
    if (!text) return;
    for (char *line = text; *line;) {
        char *nl = strchr(line, '\n');
        size_t len = nl ? (size_t)(nl - line + 1) : strlen(line);
        out_printf(c, "%*s", 2 * c->group_depth, "");
        if (c->group_depth) out_printf(c, "%c ", margin);
        out_printf(c, "%.*s", (int)len, line);
        line += len;
    }
    free(text);
}

/* Line `n` of a file without its line end, or NULL. */
static char *source_line(const char *file, int n) {
    FILE *f = fopen(file, "r");
    if (!f) return NULL;
    static char buf[4096];
    int cur = 0;
    char *r = NULL;
    while (fgets(buf, sizeof buf, f)) {
        if (++cur == n) { r = buf; break; }
    }
    fclose(f);
    if (!r) return NULL;
    size_t len = strlen(r);
    while (len && (r[len - 1] == '\n' || r[len - 1] == '\r')) r[--len] = 0;
    return r;
}

static bool is_space(char ch) { return ch == ' ' || ch == '\t' || ch == '\f' || ch == '\v'; }

/* code points in the first n bytes of UTF-8 text */
static int utf8_count(const char *s, size_t n) {
    int k = 0;
    for (size_t i = 0; i < n; i++) k += ((unsigned char)s[i] & 0xC0) != 0x80;
    return k;
}

/* The caret line under a source line (a str, 0 for none): `span`'s columns marked as
 * CPython 3.11 does; none when the mark would cover the whole line.  The uncaught-
 * exception printer (Python/traceback.c) and the traceback module (format_frame_summary)
 * differ where the line has trailing whitespace: the printer shows the line with it and
 * ends a multi-line span at the last non-blank character, the module strips the line
 * and counts its newline, which shifts its carets left by the trailing blanks. */
TrValue tr_caret_line(const char *line, uint64_t span, bool module_rules) {
    int start = TR_SPAN_COL(span) - 1, end = TR_SPAN_END_COL(span) - 1;
    if (start < 0) return 0;
    size_t bytes = strlen(line), lead = 0, tail = bytes;
    while (lead < bytes && is_space(line[lead])) lead++;
    while (tail > lead && is_space(line[tail - 1])) tail--;
    int len = utf8_count(line, bytes), shown = len - (int)lead; /* the printer's line */
    int stripped = utf8_count(line + lead, tail - lead), trailing = len - (int)lead - stripped;
    bool anchored = TR_SPAN_ANCHOR_R(span) && !TR_SPAN_LINES(span);
    int left = start + TR_SPAN_ANCHOR_L(span), right = start + TR_SPAN_ANCHOR_R(span);
    int indent = start - (int)lead;
    if (TR_SPAN_LINES(span)) end = module_rules ? len : utf8_count(line, tail);
    if (module_rules) {
        indent -= trailing; /* the module's miscount */
        if (end - start >= stripped && !anchored) return 0;
    } else if (end - start == shown && !anchored) return 0;
    TrBuf b;
    tr_buf_init(&b);
    tr_buf_adds(&b, "    ");
    for (int k = 0; k < indent; k++) tr_buf_addc(&b, ' ');
    for (int k = start; k < end; k++) tr_buf_addc(&b, !anchored ? '^' : k >= left && k < right ? '^' : '~');
    tr_buf_addc(&b, '\n');
    return tr_buf_finish(&b);
}

/* The entries of e's traceback the limit keeps, outermost first, under the header
 * (nothing at all when it keeps none). */
static void print_stack(PrintContext *c, TrException *e, char margin, const char *header) {
    size_t n = 0;
    for (TrTraceback *t = e->tb; t; t = t->next) n++;
    size_t from = 0, to = n;
    if (c->limited && c->limit >= 0) to = (uint64_t)c->limit < n ? (size_t)c->limit : n;
    if (c->limited && c->limit < 0 && (uint64_t)-c->limit < n) from = n - (size_t)-c->limit;
    if (from >= to) return;
    emit(c, margin, "%s", header);
    size_t i = 0;
    for (TrTraceback *t = e->tb; t && i < to; t = t->next, i++) {
        if (i < from) continue;
        const TrCode *code = t->code;
        emit(c, '|', "  File \"%s\", line %d, in %s\n", code->filename, t->line, code->name);
        char *src = source_line(code->filename, t->line);
        if (!src) continue;
        size_t lead = 0, len = strlen(src);
        while (is_space(src[lead])) lead++;
        while (c->out && len > lead && is_space(src[len - 1])) len--; /* the module strips both ends */
        if (lead == len) continue;
        emit(c, '|', "    %.*s\n", (int)(len - lead), src + lead);
        TrValue carets = t->span ? tr_caret_line(src, t->span, c->out != 0) : 0;
        if (carets) emit(c, '|', "%s", tr_str_cstr(carets));
    }
}

/* sys.tracebacklimit, when the program set it to an int */
static bool sys_tracebacklimit(int64_t *limit) {
    TrValue sys = tr_sys_modules ? tr_dict_get_str(tr_sys_modules, "sys") : 0;
    TrValue v = sys ? tr_getattr_opt(sys, TR_INTERN("tracebacklimit")) : 0;
    if (v && tr_int_check(v) && tr_int_as_i64(v, limit) == 0) return true;
    tr_err_clear();
    return false;
}

/* "Type: message" (qualified outside builtins and __main__), a suggestion, the notes. */
static void print_exception_only(PrintContext *c, TrValue exc) {
    TrType *t = TR_TYPE(exc);
    const char *mod = t->module && tr_str_check(t->module) ? tr_str_cstr(t->module) : "builtins";
    const char *qual = t->qualname && tr_str_check(t->qualname) ? tr_str_cstr(t->qualname) : t->name;
    const char *dot = strcmp(mod, "builtins") && strcmp(mod, "__main__") ? "." : "";
    if (!*dot) mod = "";
    TrValue s = tr_str(exc);
    if (!s) {
        tr_err_clear();
        emit(c, '|', "%s%s%s: <exception str() failed>\n", mod, dot, qual);
        return;
    }
    TrValue suggestion = tr_exc_suggestion(exc);
    emit(c, '|', "%s%s%s%s%s%s\n", mod, dot, qual, TR_STR(s)->len ? ": " : "", tr_str_cstr(s),
         suggestion ? tr_str_cstr(suggestion) : "");
    TrValue dict = TR_EXC(exc)->dict;
    TrValue notes = dict ? tr_dict_get_str(dict, "__notes__") : 0;
    if (notes && tr_list_check(notes))
        for (size_t k = 0; k < TR_LIST(notes)->len; k++)
            if (tr_str_check(tr_list_items(TR_LIST(notes))[k])) emit(c, '|', "%s\n", tr_str_cstr(tr_list_items(TR_LIST(notes))[k]));
}

static void print_exception(PrintContext *c, TrValue exc, int chain_depth);

static void print_group(PrintContext *c, TrValue exc) {
    TrException *e = TR_EXC(exc);
    if (c->group_depth > MAX_GROUP_DEPTH) {
        emit(c, '|', "... (max_group_depth is %d)\n", MAX_GROUP_DEPTH);
        return;
    }
    bool toplevel = c->group_depth == 0;
    if (toplevel) c->group_depth++;
    print_stack(c, e, toplevel ? '+' : '|', "Exception Group Traceback (most recent call last):\n");
    print_exception_only(c, exc);
    TrTuple *members = TR_TUPLE(tr_exc_group_exceptions(exc));
    size_t n = members->len <= MAX_GROUP_WIDTH ? members->len : MAX_GROUP_WIDTH + 1;
    c->need_close = false;
    for (size_t i = 0; i < n; i++) {
        bool last = i == n - 1, truncated = i >= MAX_GROUP_WIDTH;
        if (last) c->need_close = true; /* a nested group may draw the closing line */
        char title[32];
        if (truncated) strcpy(title, "...");
        else snprintf(title, sizeof title, "%zu", i + 1);
        out_printf(c, "%*s%s+---------------- %s ----------------\n", 2 * c->group_depth, "", i == 0 ? "+-" : "  ",
                   title);
        c->group_depth++;
        if (!truncated) print_exception(c, members->items[i], 0);
        else {
            size_t more = members->len - MAX_GROUP_WIDTH;
            emit(c, '|', "and %zu more exception%s\n", more, more > 1 ? "s" : "");
        }
        if (last && c->need_close) {
            out_printf(c, "%*s+------------------------------------\n", 2 * c->group_depth, "");
            c->need_close = false;
        }
        c->group_depth--;
    }
    if (toplevel) c->group_depth = 0;
}

static void print_exception(PrintContext *c, TrValue exc, int chain_depth) {
    TrException *e = TR_EXC(exc);
    if (chain_depth < MAX_CHAIN) {
        if (e->cause) {
            print_exception(c, e->cause, chain_depth + 1);
            emit(c, '|', "\nThe above exception was the direct cause of the following exception:\n\n");
        } else if (e->context && !e->suppress_context) {
            print_exception(c, e->context, chain_depth + 1);
            emit(c, '|', "\nDuring handling of the above exception, another exception occurred:\n\n");
        }
    }
    if (tr_is_exception_group(exc)) { print_group(c, exc); return; }
    print_stack(c, e, '|', "Traceback (most recent call last):\n");
    print_exception_only(c, exc);
}

void tr_print_exception(TrValue exc) {
    tr_flush_stdout(); /* a failure is reported at exit, as CPython's flush_io leaves it */
    if (!exc) { /* a runtime bug: a failure without an exception; say so as CPython would */
        fputs("SystemError: error return without exception set\n", stderr);
        return;
    }
    PrintContext c = {0};
    /* CPython's: at most the sys.tracebacklimit innermost entries, none if it is <= 0 */
    int64_t limit;
    if (sys_tracebacklimit(&limit)) c.limited = true, c.limit = limit <= 0 ? 0 : -limit;
    print_exception(&c, exc, 0);
    fflush(stderr);
}

/* The same text as a str (traceback.format_exception); chain false: exc alone; limit:
 * the traceback module's (None or 0: sys.tracebacklimit's outermost entries). */
TrValue tr_format_exception(TrValue exc, bool chain, TrValue limit) {
    TrBuf b;
    tr_buf_init(&b);
    PrintContext c = {.out = &b};
    if (limit && limit != tr_None) {
        if (tr_index(limit, &c.limit) < 0) return 0;
        c.limited = true;
    } else if (sys_tracebacklimit(&c.limit)) {
        c.limited = true;
        if (c.limit < 0) c.limit = 0;
    }
    if (chain) print_exception(&c, exc, 0);
    else {
        print_stack(&c, TR_EXC(exc), '|', "Traceback (most recent call last):\n");
        print_exception_only(&c, exc);
    }
    return tr_buf_finish(&b);
}
