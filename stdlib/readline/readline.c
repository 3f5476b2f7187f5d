/* readline.c — the readline module over libedit (BSD licensed; GNU readline's GPL would
 * bind the programs that link it): the history list and files, the completer and its
 * word delimiters, init files and key bindings, the line buffer, the startup and
 * pre-input hooks.  Following CPython 3.11's Modules/readline.c: the same functions,
 * defaults (completer delimiters, history length -1) and error texts; history indexes
 * are readline's (get_history_item from history_base, remove/replace from 0).
 * Importing it makes input() edit lines with libedit when stdin and stdout are the
 * process's terminal (tr_input_hook, runtime/builtins.c), adding non-empty lines to the
 * history as CPython's auto-history does.
 * Assumes: strings cross to libedit as UTF-8; libedit calls the hooks and the completer
 * from inside readline(), which runs without the GIL: they take it back to call Python. */
#include "tr.h"
#include <editline/readline.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* Python callables kept for libedit's callbacks (GC roots), and CPython's settings */
static struct {
    TrValue completer, startup_hook, pre_input_hook, completion_display_matches_hook;
} hooks;
static int history_max = -1;    /* set_history_length: applied when a history file is written */
static bool auto_history = true; /* input() adds its lines */
static int begidx, endidx;       /* the word being completed */
static char *completer_delims;   /* malloc'd: libedit keeps the pointer */
static bool editing;             /* inside readline(): there is a line to redisplay */

static const char default_delims[] = " \t\n`~!@#$%^&*()-=+[{]}\\|;:'\",<>/?";

/* a str argument's UTF-8 text, or NULL + CPython's TypeError: argno 0 for an argument
 * it converts with its locale encoder, else the argument's position */
static const char *str_arg(const char *fname, TrValue v, int argno) {
    if (tr_str_check(v)) return tr_str_cstr(v);
    if (argno) tr_err(TR_EXC_TYPE(TypeError), "%s() argument %d must be str, not %s", fname, argno, tr_arg_type_name(v));
    else tr_err(TR_EXC_TYPE(TypeError), "bad argument type for built-in operation");
    return NULL;
}

TrValue trmod_os_init(void);

/* a file name argument (str, bytes or os.PathLike: os.fsencode) or None: its bytes,
 * NULL for None; *failed on error */
static const char *path_arg(TrValue v, bool *failed) {
    *failed = false;
    if (!v || v == tr_None) return NULL;
    TrValue fs = tr_call_method_cstr(trmod_os_init(), "fsencode", 1, v);
    if (!fs) *failed = true;
    return fs ? ((TrBytes *)fs)->data : NULL;
}

/* the number of entries (libedit's state record is malloc'd for the caller) */
static int history_len(void) {
    HISTORY_STATE *st = history_get_history_state();
    int n = st ? st->length : 0;
    free(st);
    return n;
}

/* The history's lines (malloc'd copies, *n of them), or NULL when out of memory */
static char **history_lines(int *n) {
    *n = history_len();
    char **lines = calloc((size_t)*n + 1, sizeof *lines);
    for (int i = 0; lines && i < *n; i++) {
        HIST_ENTRY *e = history_get(history_base + i);
        lines[i] = strdup(e && e->line ? e->line : "");
    }
    return lines;
}

/* The history made lines[from..n), which are freed with the array */
static void set_history_lines(char **lines, int from, int n) {
    clear_history();
    for (int i = 0; i < n; i++) {
        if (i >= from && lines[i]) add_history(lines[i]);
        free(lines[i]);
    }
    free(lines);
}

/* errno (as libedit's functions return it) as OSError; 0 when errno is 0 */
static TrValue from_errno(int err) {
    if (!err) return tr_None;
    errno = err;
    return tr_err_errno(TR_EXC_TYPE(OSError), 0);
}

/* ---------------------------------------------------------------- init files, bindings */

static TrValue rl_m_parse_and_bind(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_no_kwargs("parse_and_bind", kwnames) < 0 || tr_check_nargs("parse_and_bind", nargs, 1, 1) < 0) return 0;
    const char *s = str_arg("parse_and_bind", args[0], 0);
    if (!s) return 0;
    rl_parse_and_bind(s);
    return tr_None;
}

static TrValue rl_m_read_init_file(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_no_kwargs("read_init_file", kwnames) < 0 || tr_check_nargs("read_init_file", nargs, 0, 1) < 0) return 0;
    bool failed;
    const char *path = path_arg(nargs ? args[0] : 0, &failed);
    if (failed) return 0;
    return from_errno(rl_read_init_file(path));
}

/* ---------------------------------------------------------------- history */

static TrValue rl_m_add_history(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_no_kwargs("add_history", kwnames) < 0 || tr_check_nargs("add_history", nargs, 1, 1) < 0) return 0;
    const char *s = str_arg("add_history", args[0], 0);
    if (!s) return 0;
    add_history(s);
    return tr_None;
}

static TrValue rl_m_get_history_item(TrValue *args, size_t nargs, TrValue kwnames) {
    int index;
    if (tr_no_kwargs("get_history_item", kwnames) < 0 || tr_check_nargs("get_history_item", nargs, 1, 1) < 0 ||
        tr_as_c_int(args[0], &index) < 0)
        return 0;
    if (index < history_base || index >= history_base + history_len()) return tr_None;
    HIST_ENTRY *e = history_get(index);
    return e && e->line ? tr_str_from_cstr(e->line) : tr_None;
}

static TrValue rl_m_get_current_history_length(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_no_kwargs("get_current_history_length", kwnames) < 0 ||
        tr_check_nargs("get_current_history_length", nargs, 0, 0) < 0)
        return 0;
    return tr_int_from_i64(history_len());
}

/* remove_history_item(pos) and replace_history_item(pos, line): pos counts from 0 */
static int history_pos(TrValue v, int *pos) {
    if (tr_as_c_int(v, pos) < 0) return -1;
    if (*pos < 0) {
        tr_err(TR_EXC_TYPE(ValueError), "History index cannot be negative");
        return -1;
    }
    return 0;
}

static TrValue rl_m_remove_history_item(TrValue *args, size_t nargs, TrValue kwnames) {
    int pos;
    if (tr_no_kwargs("remove_history_item", kwnames) < 0 || tr_check_nargs("remove_history_item", nargs, 1, 1) < 0 ||
        history_pos(args[0], &pos) < 0)
        return 0;
    HIST_ENTRY *e = remove_history(pos);
    if (!e) return tr_err(TR_EXC_TYPE(ValueError), "No history item at position %d", pos);
    free_history_entry(e);
    return tr_None;
}

static TrValue rl_m_replace_history_item(TrValue *args, size_t nargs, TrValue kwnames) {
    int pos;
    if (tr_no_kwargs("replace_history_item", kwnames) < 0 ||
        tr_check_nargs("replace_history_item", nargs, 2, 2) < 0 || history_pos(args[0], &pos) < 0)
        return 0;
    const char *line = str_arg("replace_history_item", args[1], 2);
    if (!line) return 0;
    /* libedit's replace_history_entry misses entries after a removal: the list is
     * made again with the line in its place */
    int n;
    if (pos >= history_len()) return tr_err(TR_EXC_TYPE(ValueError), "No history item at position %d", pos);
    char **lines = history_lines(&n), *copy = strdup(line);
    if (!lines || !copy) return tr_err_nomem();
    free(lines[pos]);
    lines[pos] = copy;
    set_history_lines(lines, 0, n);
    return tr_None;
}

static TrValue rl_m_clear_history(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_no_kwargs("clear_history", kwnames) < 0 || tr_check_nargs("clear_history", nargs, 0, 0) < 0) return 0;
    clear_history();
    return tr_None;
}

static TrValue rl_m_set_history_length(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_no_kwargs("set_history_length", kwnames) < 0 || tr_check_nargs("set_history_length", nargs, 1, 1) < 0 ||
        tr_as_c_int(args[0], &history_max) < 0)
        return 0;
    return tr_None;
}

static TrValue rl_m_get_history_length(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_no_kwargs("get_history_length", kwnames) < 0 || tr_check_nargs("get_history_length", nargs, 0, 0) < 0)
        return 0;
    return tr_int_from_i64(history_max);
}

static TrValue rl_m_set_auto_history(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_no_kwargs("set_auto_history", kwnames) < 0 || tr_check_nargs("set_auto_history", nargs, 1, 1) < 0) return 0;
    int on = tr_truthy(args[0]);
    if (on < 0) return 0;
    auto_history = on;
    return tr_None;
}

static TrValue rl_m_read_history_file(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_no_kwargs("read_history_file", kwnames) < 0 || tr_check_nargs("read_history_file", nargs, 0, 1) < 0)
        return 0;
    bool failed;
    const char *path = path_arg(nargs ? args[0] : 0, &failed);
    if (failed) return 0;
    return from_errno(read_history(path));
}

/* write_history, keeping only the last history_max lines when that is set (libedit's
 * history_truncate_file drops the header its read_history then requires); the list in
 * memory is left as it was */
static int write_last(const char *path) {
    int n;
    if (history_max < 0 || history_len() <= history_max) return write_history(path);
    char **lines = history_lines(&n);
    if (!lines) return ENOMEM;
    char **kept = calloc((size_t)n + 1, sizeof *kept);
    if (!kept) {
        set_history_lines(lines, 0, n);
        return ENOMEM;
    }
    for (int i = 0; i < n; i++) kept[i] = strdup(lines[i]);
    set_history_lines(kept, n - history_max, n);
    int err = write_history(path);
    set_history_lines(lines, 0, n);
    return err;
}

static TrValue rl_m_write_history_file(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_no_kwargs("write_history_file", kwnames) < 0 || tr_check_nargs("write_history_file", nargs, 0, 1) < 0)
        return 0;
    bool failed;
    const char *path = path_arg(nargs ? args[0] : 0, &failed);
    if (failed) return 0;
    return from_errno(write_last(path));
}

static TrValue rl_m_append_history_file(TrValue *args, size_t nargs, TrValue kwnames) {
    int n;
    if (tr_no_kwargs("append_history_file", kwnames) < 0 || tr_check_nargs("append_history_file", nargs, 1, 2) < 0 ||
        tr_as_c_int(args[0], &n) < 0)
        return 0;
    bool failed;
    const char *path = path_arg(nargs > 1 ? args[1] : 0, &failed);
    if (failed) return 0;
    return from_errno(append_history(n, path));
}

/* ---------------------------------------------------------------- hooks, completer */

/* set_NAME(function=None): None clears the hook; anything else must be callable */
static TrValue set_hook(const char *name, TrValue *slot, TrValue *args, size_t nargs, TrValue kwnames) {
    char fname[64];
    snprintf(fname, sizeof fname, "set_%s", name);
    if (tr_no_kwargs(fname, kwnames) < 0 || tr_check_nargs(fname, nargs, 0, 1) < 0) return 0;
    TrValue f = nargs ? args[0] : tr_None;
    if (f != tr_None && !tr_callable(f))
        return tr_err(TR_EXC_TYPE(TypeError), "set_%s(func): argument not callable", name);
    *slot = f == tr_None ? 0 : f;
    return tr_None;
}

static TrValue rl_m_set_completer(TrValue *args, size_t nargs, TrValue kwnames) {
    return set_hook("completer", &hooks.completer, args, nargs, kwnames);
}
static TrValue rl_m_set_startup_hook(TrValue *args, size_t nargs, TrValue kwnames) {
    return set_hook("startup_hook", &hooks.startup_hook, args, nargs, kwnames);
}
static TrValue rl_m_set_pre_input_hook(TrValue *args, size_t nargs, TrValue kwnames) {
    return set_hook("pre_input_hook", &hooks.pre_input_hook, args, nargs, kwnames);
}
static TrValue rl_m_set_completion_display_matches_hook(TrValue *args, size_t nargs, TrValue kwnames) {
    return set_hook("completion_display_matches_hook", &hooks.completion_display_matches_hook, args, nargs, kwnames);
}

static TrValue rl_m_get_completer(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_no_kwargs("get_completer", kwnames) < 0 || tr_check_nargs("get_completer", nargs, 0, 0) < 0) return 0;
    return hooks.completer ? hooks.completer : tr_None;
}

static TrValue rl_m_get_completer_delims(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_no_kwargs("get_completer_delims", kwnames) < 0 || tr_check_nargs("get_completer_delims", nargs, 0, 0) < 0)
        return 0;
    return tr_str_from_cstr(completer_delims);
}

static TrValue rl_m_set_completer_delims(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_no_kwargs("set_completer_delims", kwnames) < 0 || tr_check_nargs("set_completer_delims", nargs, 1, 1) < 0)
        return 0;
    const char *s = str_arg("set_completer_delims", args[0], 0);
    if (!s) return 0;
    char *copy = strdup(s);
    if (!copy) return tr_err_nomem();
    free(completer_delims);
    rl_completer_word_break_characters = completer_delims = copy;
    return tr_None;
}

static TrValue rl_m_get_begidx(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_no_kwargs("get_begidx", kwnames) < 0 || tr_check_nargs("get_begidx", nargs, 0, 0) < 0) return 0;
    return tr_int_from_i64(begidx);
}
static TrValue rl_m_get_endidx(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_no_kwargs("get_endidx", kwnames) < 0 || tr_check_nargs("get_endidx", nargs, 0, 0) < 0) return 0;
    return tr_int_from_i64(endidx);
}
static TrValue rl_m_get_completion_type(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_no_kwargs("get_completion_type", kwnames) < 0 || tr_check_nargs("get_completion_type", nargs, 0, 0) < 0)
        return 0;
    return tr_int_from_i64(rl_completion_type);
}

/* ---------------------------------------------------------------- the line buffer */

static TrValue rl_m_get_line_buffer(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_no_kwargs("get_line_buffer", kwnames) < 0 || tr_check_nargs("get_line_buffer", nargs, 0, 0) < 0) return 0;
    return tr_str_from_cstr(rl_line_buffer ? rl_line_buffer : "");
}

static TrValue rl_m_insert_text(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_no_kwargs("insert_text", kwnames) < 0 || tr_check_nargs("insert_text", nargs, 1, 1) < 0) return 0;
    const char *s = str_arg("insert_text", args[0], 0);
    if (!s) return 0;
    rl_insert_text(s);
    return tr_None;
}

static TrValue rl_m_redisplay(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_no_kwargs("redisplay", kwnames) < 0 || tr_check_nargs("redisplay", nargs, 0, 0) < 0) return 0;
    if (editing) rl_redisplay(); /* libedit draws even with no line being edited */
    return tr_None;
}

/* ---------------------------------------------------------------- libedit's callbacks */

/* Calls a Python hook from inside readline(): with the GIL, an error printed as CPython
 * prints an exception in a callback, and the result as a C int (0 when not an int) */
static int call_hook(TrValue hook) {
    if (!hook) return 0;
    tr_gil_acquire();
    int r = 0;
    TrValue v = tr_call(hook, NULL, 0, 0);
    if (!v) tr_print_exception(tr_err_fetch());
    else if (v != tr_None && tr_as_c_int(v, &r) < 0) tr_err_clear();
    tr_gil_release();
    return r;
}

static int on_startup_hook(void) { return call_hook(hooks.startup_hook); }
static int on_pre_input_hook(void) { return call_hook(hooks.pre_input_hook); }

/* the completer's answer for (text, state): a malloc'd string, NULL when it is done */
static char *on_completion(const char *text, int state) {
    if (!hooks.completer) return NULL;
    tr_gil_acquire();
    char *result = NULL;
    TrValue args[2] = {tr_str_from_cstr(text), tr_int_from_i64(state)};
    TrValue v = tr_call(hooks.completer, args, 2, 0);
    if (!v) tr_print_exception(tr_err_fetch());
    else if (tr_str_check(v)) result = strdup(tr_str_cstr(v));
    tr_gil_release();
    return result;
}

static char **flex_complete(const char *text, int start, int end) {
    rl_completion_append_character = '\0';
    rl_completion_suppress_append = 0;
    begidx = start;
    endidx = end;
    return rl_completion_matches(text, on_completion);
}

/* input()'s line editor: the line without its newline, or 0 with no error at EOF */
static TrValue read_line(TrValue prompt) {
    const char *p = tr_str_cstr(prompt);
    tr_gil_release();
    editing = true;
    char *line = readline(p);
    editing = false;
    tr_gil_acquire();
    if (!line) return 0;
    if (auto_history && *line) add_history(line);
    TrValue s = tr_str_new(line, strlen(line));
    free(line);
    return s;
}

static const TrMethodDef readline_functions[] = {
    {"parse_and_bind", rl_m_parse_and_bind}, {"read_init_file", rl_m_read_init_file},
    {"add_history", rl_m_add_history}, {"get_history_item", rl_m_get_history_item},
    {"get_current_history_length", rl_m_get_current_history_length},
    {"remove_history_item", rl_m_remove_history_item}, {"replace_history_item", rl_m_replace_history_item},
    {"clear_history", rl_m_clear_history}, {"set_history_length", rl_m_set_history_length},
    {"get_history_length", rl_m_get_history_length}, {"set_auto_history", rl_m_set_auto_history},
    {"read_history_file", rl_m_read_history_file}, {"write_history_file", rl_m_write_history_file},
    {"append_history_file", rl_m_append_history_file},
    {"set_completer", rl_m_set_completer}, {"get_completer", rl_m_get_completer},
    {"set_completer_delims", rl_m_set_completer_delims}, {"get_completer_delims", rl_m_get_completer_delims},
    {"get_begidx", rl_m_get_begidx}, {"get_endidx", rl_m_get_endidx}, {"get_completion_type", rl_m_get_completion_type},
    {"set_startup_hook", rl_m_set_startup_hook}, {"set_pre_input_hook", rl_m_set_pre_input_hook},
    {"set_completion_display_matches_hook", rl_m_set_completion_display_matches_hook},
    {"get_line_buffer", rl_m_get_line_buffer}, {"insert_text", rl_m_insert_text}, {"redisplay", rl_m_redisplay},
    {0},
};

TrValue trmod_readline_init(void) {
    static TrValue m;
    if (m) return m;
    tr_add_roots(&hooks, sizeof hooks);
    using_history();
    rl_readline_name = "python";
    completer_delims = strdup(default_delims);
    rl_completer_word_break_characters = completer_delims;
    rl_attempted_completion_function = flex_complete;
    rl_startup_hook = on_startup_hook;
    rl_pre_input_hook = on_pre_input_hook;
    m = tr_module_new("readline", 0, NULL, NULL);
    tr_add_roots(&m, sizeof m);
    tr_module_add_functions(m, readline_functions);
    tr_module_add(m, "_READLINE_VERSION", tr_int_from_i64(RL_READLINE_VERSION));
    tr_module_add(m, "_READLINE_RUNTIME_VERSION", tr_int_from_i64(rl_readline_version));
    tr_module_add(m, "_READLINE_LIBRARY_VERSION", tr_str_from_cstr(rl_library_version ? rl_library_version : ""));
    tr_input_hook = read_line;
    return m;
}
