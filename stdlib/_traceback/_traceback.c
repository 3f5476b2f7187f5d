/* _traceback.c — the C core of the `traceback` module (stdlib/traceback): print_exception,
 * format_exception, format_exception_only, print_exc and format_exc, giving the text the
 * runtime prints for an uncaught exception (tr_format_exception). An exception carries
 * its own traceback, so the tb arguments are accepted and not needed. limit, as
 * CPython's: n >= 0 keeps the n outermost entries, n < 0 the -n innermost; None:
 * sys.tracebacklimit's outermost ones.  _positions and _caret_line give the Tauraro side
 * (FrameSummary, format_tb) the columns an entry marks and the markers under its line. */
#include "tr.h"
#include <stdlib.h>

/* the exception print_exception(exc, value, tb) stands for (None prints as NoneType) */
static TrValue chosen(TrValue *a) {
    return a[1] ? a[1] : a[0];
}

static TrValue text_of(TrValue exc, TrValue chain, TrValue limit) {
    int ch = chain ? tr_truthy(chain) : 1;
    if (ch < 0) return 0;
    if (exc == tr_None) return tr_str_from_cstr("NoneType: None\n");
    if (!(TR_TYPE(exc)->flags & TR_TF_EXCEPTION))
        return tr_err(TR_EXC_TYPE(TypeError), "Exception expected for value, %s found", TR_TYPE_NAME(exc));
    return tr_format_exception(exc, ch, limit);
}

/* the length of the line at s (with its newline) */
static size_t line_len(const char *s, const char *end) {
    const char *nl = memchr(s, '\n', (size_t)(end - s));
    return nl ? (size_t)(nl - s + 1) : (size_t)(end - s);
}

/* the text in CPython's chunks: one per line, a File line together with its source, a
 * chain separator ("\nThe above exception ...:\n\n") as one */
static TrValue chunks(TrValue text) {
    TrValue l = tr_list_new(0);
    const char *s = tr_str_cstr(text), *end = s + TR_STR(text)->len;
    TrValue prev = 0;
    while (s < end) {
        size_t len = line_len(s, end);
        if (len == 1 && s[0] == '\n' && s + 1 < end) { /* the separator: blank, message, blank */
            len += line_len(s + len, end);
            if (s + len < end) len += line_len(s + len, end);
        }
        TrValue line = tr_str_new(s, len);
        if (prev && len > 4 && !strncmp(s, "    ", 4) && !strncmp(tr_str_cstr(prev), "  File ", 7)) {
            prev = tr_str_concat(prev, line);
            tr_list_items(TR_LIST(l))[TR_LIST(l)->len - 1] = prev;
        } else {
            tr_list_append(l, line);
            prev = line;
        }
        s += len;
    }
    return l;
}

static int write_text(TrValue file, TrValue text) {
    if (!file || file == tr_None) file = tr_sys_stderr;
    return tr_call_method_cstr(file, "write", 1, text) ? 0 : -1;
}

static TrValue tb_print_exception(TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"/exc", "value", "tb", "limit", "file", "chain", NULL};
    TrValue a[6];
    if (tr_parse_args("print_exception", args, nargs, kwnames, kw, 1, a) < 0) return 0;
    TrValue text = text_of(chosen(a), a[5], a[3]);
    return text && write_text(a[4], text) == 0 ? tr_None : 0;
}

static TrValue tb_format_exception(TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"/exc", "value", "tb", "limit", "chain", NULL};
    TrValue a[5];
    if (tr_parse_args("format_exception", args, nargs, kwnames, kw, 1, a) < 0) return 0;
    TrValue text = text_of(chosen(a), a[4], a[3]);
    return text ? chunks(text) : 0;
}

static TrValue tb_format_exception_only(TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"/exc", "value", NULL};
    TrValue a[2];
    if (tr_parse_args("format_exception_only", args, nargs, kwnames, kw, 1, a) < 0) return 0;
    TrValue exc = chosen(a);
    if (exc == tr_None) return chunks(tr_str_from_cstr("NoneType: None\n"));
    if (!(TR_TYPE(exc)->flags & TR_TF_EXCEPTION))
        return tr_err(TR_EXC_TYPE(TypeError), "Exception expected for value, %s found", TR_TYPE_NAME(exc));
    /* the last line of the full text, without its stack */
    TrTraceback *tb = TR_EXC(exc)->tb;
    TrValue cause = TR_EXC(exc)->cause, context = TR_EXC(exc)->context;
    TR_EXC(exc)->tb = 0, TR_EXC(exc)->cause = 0, TR_EXC(exc)->context = 0;
    TrValue text = tr_format_exception(exc, false, 0);
    TR_EXC(exc)->tb = tb, TR_EXC(exc)->cause = cause, TR_EXC(exc)->context = context;
    return text ? chunks(text) : 0;
}

static TrValue tb_print_exc(TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"limit", "file", "chain", NULL};
    TrValue a[3];
    if (tr_parse_args("print_exc", args, nargs, kwnames, kw, 0, a) < 0) return 0;
    TrValue exc = tr_exc_handled();
    TrValue text = text_of(exc ? exc : tr_None, a[2], a[0]);
    return text && write_text(a[1], text) == 0 ? tr_None : 0;
}

static TrValue tb_format_exc(TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"limit", "chain", NULL};
    TrValue a[2];
    if (tr_parse_args("format_exc", args, nargs, kwnames, kw, 0, a) < 0) return 0;
    TrValue exc = tr_exc_handled();
    return text_of(exc ? exc : tr_None, a[1], a[0]);
}

/* _positions(tb): None, or (span, end_lineno, col, end_col) of what a traceback entry
 * marks: its packed span (for _caret_line) and its columns as code points from 0 */
static TrValue tb_positions(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_no_kwargs("_positions", kwnames) < 0 || tr_check_nargs("_positions", nargs, 1, 1) < 0) return 0;
    if (TR_TYPE(args[0]) != &tr_traceback_type)
        return tr_err(TR_EXC_TYPE(TypeError), "expected traceback object, got '%s'", TR_TYPE_NAME(args[0]));
    TrTraceback *tb = (TrTraceback *)args[0];
    if (!tb->span || tb->span > INT64_MAX) return tr_None; /* > INT64_MAX: an anchor past column 8191 */
    return tr_tuple_pack(4, tr_int_from_i64((int64_t)tb->span), TR_FROM_SMALL(tb->line + TR_SPAN_LINES(tb->span)),
                         TR_FROM_SMALL(TR_SPAN_COL(tb->span) - 1), TR_FROM_SMALL(TR_SPAN_END_COL(tb->span) - 1));
}

/* _caret_line(line, span): the markers format_frame_summary prints under the line, or "" */
static TrValue tb_caret_line(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_no_kwargs("_caret_line", kwnames) < 0 || tr_check_nargs("_caret_line", nargs, 2, 2) < 0) return 0;
    int64_t span;
    if (!tr_str_check(args[0])) return tr_err(TR_EXC_TYPE(TypeError), "_caret_line() argument 1 must be str");
    if (tr_index(args[1], &span) < 0) return 0;
    char *line = strndup(tr_str_cstr(args[0]), strcspn(tr_str_cstr(args[0]), "\r\n"));
    TrValue carets = line ? tr_caret_line(line, (uint64_t)span, true) : 0;
    free(line);
    return carets ? carets : tr_str_from_cstr("");
}

static const TrMethodDef traceback_functions[] = {
    {"_positions", tb_positions}, {"_caret_line", tb_caret_line},
    {"print_exception", tb_print_exception}, {"format_exception", tb_format_exception},
    {"format_exception_only", tb_format_exception_only}, {"print_exc", tb_print_exc}, {"format_exc", tb_format_exc},
    {0},
};

TrValue trmod___traceback_init(void) {
    static TrValue m;
    if (m) return m;
    m = tr_module_new("_traceback", 0, NULL, NULL);
    tr_add_roots(&m, sizeof m);
    tr_module_add_functions(m, traceback_functions);
    return m;
}
