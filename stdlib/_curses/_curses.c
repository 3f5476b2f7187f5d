/* _curses.c — the C core of the curses package (stdlib/curses) on ncursesw: the
 * module's functions (initscr/endwin, newwin/newpad, the terminal modes, colours,
 * keys, terminfo: setupterm/tigetstr/tigetnum/tigetflag/tparm), _curses.error and the
 * A_*, COLOR_*, KEY_*, BUTTON* constants; ACS_*, LINES and COLS appear at initscr(),
 * COLORS and COLOR_PAIRS at start_color(), as CPython 3.11's Modules/_cursesmodule.c
 * does, with its error texts.  The window type is in window.c.
 * Assumes: importing it sets LC_CTYPE from the environment (C.UTF-8 for the C locale)
 * as CPython's startup does, so that ncurses writes the same bytes for the same calls. */
#include "curses_shared.h"
#include <langinfo.h>
#include <locale.h>
#include <string.h>
#include <term.h>

TrValue curses_error;
bool curses_initialised, curses_setupterm_called, curses_color_initialised;
static TrValue module;

TrValue trmod_sys_init(void);

bool curses_check_initialised(void) {
    if (curses_initialised) return true;
    tr_err((TrType *)curses_error, "must call initscr() first");
    return false;
}

bool curses_check_color(void) {
    if (!curses_check_initialised()) return false;
    if (curses_color_initialised) return true;
    tr_err((TrType *)curses_error, "must call start_color() first");
    return false;
}

static bool check_setupterm(void) {
    if (curses_setupterm_called) return true;
    tr_err((TrType *)curses_error, "must call (at least) setupterm() first");
    return false;
}

TrValue curses_check_err(int code, const char *fname) {
    if (code != ERR) return tr_None;
    return tr_err((TrType *)curses_error, "%s() returned ERR", fname);
}

TrValue curses_new_error(const char *module) {
    TrValue ns = tr_dict_new();
    tr_dict_set_str(ns, "__module__", tr_str_from_cstr(module));
    tr_dict_set_str(ns, "__qualname__", tr_str_from_cstr("error"));
    return tr_class_new(tr_str_from_cstr("error"), tr_tuple_pack(1, (TrValue)TR_EXC_TYPE(Exception)), ns, 0, 0);
}

TrValue curses_null_error(void) { return tr_err((TrType *)curses_error, "curses function returned NULL"); }

TrValue curses_group_error(const char *fname, int min, int max) {
    return tr_err(TR_EXC_TYPE(TypeError), "%s requires %d to %d arguments", fname, min, max);
}

TrValue curses_str_from_wchar(uint32_t cp) {
    char buf[8];
    return tr_str_new(buf, tr_utf8_encode(cp, buf));
}

/* PyCurses_ConvertToChtype: the value a character argument stands for */
static int char_value(TrValue v, long *value, bool wide_str, wchar_t *wch) {
    if (tr_bytes_check(v) && ((TrBytes *)v)->len == 1) {
        *value = (unsigned char)((TrBytes *)v)->data[0];
        return 1;
    }
    if (tr_str_check(v)) {
        TrStr *s = TR_STR(v);
        if (s->nchars != 1) {
            tr_err(TR_EXC_TYPE(TypeError), "expect bytes or str of length 1, or int, got a str of length %zu", s->nchars);
            return -1;
        }
        uint32_t cp;
        tr_utf8_decode(s->data, &cp);
        if (wide_str) {
            *wch = (wchar_t)cp;
            return 2;
        }
        if (cp > 128) {
            tr_err(TR_EXC_TYPE(OverflowError), "byte doesn't fit in chtype");
            return -1;
        }
        *value = (long)cp;
        return 1;
    }
    if (tr_int_check(v) && !tr_isinstance_exact(v, &tr_bool_type)) {
        int64_t i;
        if (tr_int_as_i64(v, &i) < 0) {
            tr_err_clear();
            tr_err(TR_EXC_TYPE(OverflowError), "int doesn't fit in long");
            return -1;
        }
        *value = (long)i;
        return 1;
    }
    tr_err(TR_EXC_TYPE(TypeError), "expect bytes or str of length 1, or int, got %s", TR_TYPE_NAME(v));
    return -1;
}

static int to_chtype(long value, chtype *ch) {
    *ch = (chtype)value;
    if ((long)*ch != value) {
        tr_err(TR_EXC_TYPE(OverflowError), "byte doesn't fit in chtype");
        return -1;
    }
    return 0;
}

int curses_chtype_arg(TrValue v, chtype *ch) {
    long value;
    if (char_value(v, &value, false, NULL) < 0) return -1;
    return to_chtype(value, ch);
}

int curses_cchar_arg(TrValue v, chtype *ch, wchar_t *wch) {
    long value;
    int kind = char_value(v, &value, true, wch);
    if (kind != 1) return kind;
    return to_chtype(value, ch) < 0 ? -1 : 1;
}

int curses_string_arg(TrValue v, const char **bytes, wchar_t **wstr) {
    if (tr_str_check(v)) {
        TrStr *s = TR_STR(v);
        if (memchr(s->data, 0, s->len)) {
            tr_err(TR_EXC_TYPE(ValueError), "embedded null character");
            return -1;
        }
        wchar_t *w = tr_alloc_atomic((s->nchars + 1) * sizeof *w);
        size_t n = 0;
        for (const char *p = s->data; *p;) {
            uint32_t cp;
            p += tr_utf8_decode(p, &cp);
            w[n++] = (wchar_t)cp;
        }
        w[n] = 0;
        *wstr = w;
        return 2;
    }
    if (tr_bytes_check(v)) {
        TrBytes *b = (TrBytes *)v;
        if (memchr(b->data, 0, b->len)) {
            tr_err(TR_EXC_TYPE(ValueError), "embedded null byte");
            return -1;
        }
        *bytes = b->data;
        return 1;
    }
    tr_err(TR_EXC_TYPE(TypeError), "expect bytes or str, got %s", TR_TYPE_NAME(v));
    return -1;
}

/* the int argument i of fname (positional-only parameters named in kw) */
static int int_args(const char *fname, TrValue *args, size_t nargs, TrValue kwnames, const char *const *kw,
                    size_t nrequired, int *out, size_t n) {
    TrValue a[10] = {0};
    if (tr_parse_args(fname, args, nargs, kwnames, kw, nrequired, a) < 0) return -1;
    for (size_t i = 0; i < n; i++)
        if (a[i] && tr_as_c_int(a[i], &out[i]) < 0) return -1;
    return 0;
}

/* ---------------------------------------------------------------- screen */

static void set_int(const char *name, long v) { tr_module_add(module, name, tr_int_from_i64(v)); }

static void add_acs_constants(void) {
    static const struct { const char *name; int ch; } acs[] = {
        {"ACS_ULCORNER", 'l'}, {"ACS_LLCORNER", 'm'}, {"ACS_URCORNER", 'k'}, {"ACS_LRCORNER", 'j'},
        {"ACS_LTEE", 't'}, {"ACS_RTEE", 'u'}, {"ACS_BTEE", 'v'}, {"ACS_TTEE", 'w'}, {"ACS_HLINE", 'q'},
        {"ACS_VLINE", 'x'}, {"ACS_PLUS", 'n'}, {"ACS_S1", 'o'}, {"ACS_S9", 's'}, {"ACS_DIAMOND", '`'},
        {"ACS_CKBOARD", 'a'}, {"ACS_DEGREE", 'f'}, {"ACS_PLMINUS", 'g'}, {"ACS_BULLET", '~'},
        {"ACS_LARROW", ','}, {"ACS_RARROW", '+'}, {"ACS_DARROW", '.'}, {"ACS_UARROW", '-'},
        {"ACS_BOARD", 'h'}, {"ACS_LANTERN", 'i'}, {"ACS_BLOCK", '0'},
        {"ACS_BSSB", 'l'}, {"ACS_SSBB", 'm'}, {"ACS_BBSS", 'k'}, {"ACS_SBBS", 'j'}, {"ACS_SBSS", 'u'},
        {"ACS_SSSB", 't'}, {"ACS_SSBS", 'v'}, {"ACS_BSSS", 'w'}, {"ACS_BSBS", 'q'}, {"ACS_SBSB", 'x'},
        {"ACS_SSSS", 'n'}, {"ACS_S3", 'p'}, {"ACS_S7", 'r'}, {"ACS_LEQUAL", 'y'}, {"ACS_GEQUAL", 'z'},
        {"ACS_PI", '{'}, {"ACS_NEQUAL", '|'}, {"ACS_STERLING", '}'},
    };
    for (size_t i = 0; i < sizeof acs / sizeof acs[0]; i++) set_int(acs[i].name, (long)NCURSES_ACS(acs[i].ch));
}

static TrValue c_initscr(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_parse_args("initscr", args, nargs, kwnames, (const char *const[]){NULL}, 0, NULL) < 0) return 0;
    if (curses_initialised) {
        wrefresh(stdscr);
        return curses_window_new(stdscr, 0, 0);
    }
    WINDOW *win = initscr();
    if (!win) return curses_null_error();
    curses_initialised = curses_setupterm_called = true;
    add_acs_constants();
    set_int("LINES", LINES);
    set_int("COLS", COLS);
    return curses_window_new(win, 0, 0);
}

static TrValue c_endwin(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_parse_args("endwin", args, nargs, kwnames, (const char *const[]){NULL}, 0, NULL) < 0 ||
        !curses_check_initialised())
        return 0;
    return curses_check_err(endwin(), "endwin");
}

static TrValue c_isendwin(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_parse_args("isendwin", args, nargs, kwnames, (const char *const[]){NULL}, 0, NULL) < 0 ||
        !curses_check_initialised())
        return 0;
    return tr_bool(isendwin());
}

static TrValue c_newwin(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_no_kwargs("newwin", kwnames) < 0) return 0;
    if (nargs != 2 && nargs != 4) return curses_group_error("_curses.newwin", 2, 4);
    int v[4] = {0};
    for (size_t i = 0; i < nargs; i++)
        if (tr_as_c_int(args[i], &v[i]) < 0) return 0;
    if (!curses_check_initialised()) return 0;
    WINDOW *win = newwin(v[0], v[1], v[2], v[3]);
    return win ? curses_window_new(win, 0, 0) : curses_null_error();
}

static TrValue c_newpad(TrValue *args, size_t nargs, TrValue kwnames) {
    int v[2];
    if (int_args("newpad", args, nargs, kwnames, (const char *const[]){"/nlines", "/ncols", NULL}, 2, v, 2) < 0 ||
        !curses_check_initialised())
        return 0;
    WINDOW *win = newpad(v[0], v[1]);
    return win ? curses_window_new(win, 0, 0) : curses_null_error();
}

/* functions of no arguments that return OK or ERR: NAME() -> None */
#define NOARG_FUNCTION(NAME)                                                                  \
    static TrValue c_##NAME(TrValue *args, size_t nargs, TrValue kwnames) {                   \
        if (tr_parse_args(#NAME, args, nargs, kwnames, (const char *const[]){NULL}, 0, NULL) < 0 || \
            !curses_check_initialised())                                                      \
            return 0;                                                                         \
        return curses_check_err(NAME(), #NAME);                                               \
    }
NOARG_FUNCTION(doupdate)
NOARG_FUNCTION(beep)
NOARG_FUNCTION(flash)
NOARG_FUNCTION(nocbreak)
NOARG_FUNCTION(noecho)
NOARG_FUNCTION(noraw)
NOARG_FUNCTION(nonl)
NOARG_FUNCTION(flushinp)
NOARG_FUNCTION(def_prog_mode)
NOARG_FUNCTION(def_shell_mode)
NOARG_FUNCTION(reset_prog_mode)
NOARG_FUNCTION(reset_shell_mode)
NOARG_FUNCTION(resetty)
NOARG_FUNCTION(savetty)

/* NAME(flag=True): NAME() or the no-NAME() function, ERR reported under NAME */
#define FLAG_FUNCTION(NAME, OFF)                                                                 \
    static TrValue c_##NAME(TrValue *args, size_t nargs, TrValue kwnames) {                      \
        TrValue a[1] = {0};                                                                      \
        if (tr_parse_args(#NAME, args, nargs, kwnames, (const char *const[]){"/flag", NULL}, 0, a) < 0) \
            return 0;                                                                            \
        int flag = 1;                                                                            \
        if (a[0] && tr_as_c_int(a[0], &flag) < 0) return 0;                                      \
        if (!curses_check_initialised()) return 0;                                               \
        return curses_check_err(flag ? NAME() : OFF(), #NAME);                                   \
    }
FLAG_FUNCTION(cbreak, nocbreak)
FLAG_FUNCTION(echo, noecho)
FLAG_FUNCTION(raw, noraw)
FLAG_FUNCTION(nl, nonl)

static TrValue c_noqiflush(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("noqiflush", nargs, 0, 0) < 0 || !curses_check_initialised()) return 0;
    noqiflush();
    return tr_None;
}

static TrValue c_qiflush(TrValue *args, size_t nargs, TrValue kwnames) {
    TrValue a[1] = {0};
    if (tr_parse_args("qiflush", args, nargs, kwnames, (const char *const[]){"/flag", NULL}, 0, a) < 0) return 0;
    int flag = 1;
    if ((a[0] && tr_as_c_int(a[0], &flag) < 0) || !curses_check_initialised()) return 0;
    if (flag) qiflush();
    else noqiflush();
    return tr_None;
}

static TrValue c_curs_set(TrValue *args, size_t nargs, TrValue kwnames) {
    int v;
    if (int_args("curs_set", args, nargs, kwnames, (const char *const[]){"/visibility", NULL}, 1, &v, 1) < 0 ||
        !curses_check_initialised())
        return 0;
    int r = curs_set(v);
    return r == ERR ? curses_check_err(r, "curs_set") : tr_int_from_i64(r);
}

static TrValue c_napms(TrValue *args, size_t nargs, TrValue kwnames) {
    int v;
    if (int_args("napms", args, nargs, kwnames, (const char *const[]){"/ms", NULL}, 1, &v, 1) < 0 ||
        !curses_check_initialised())
        return 0;
    return tr_int_from_i64(TR_WITHOUT_GIL(int, napms(v)));
}

static TrValue c_meta(TrValue *args, size_t nargs, TrValue kwnames) {
    int v;
    if (tr_no_kwargs("meta", kwnames) < 0 || tr_check_nargs("_curses.meta", nargs, 1, 1) < 0 ||
        tr_as_c_int(args[0], &v) < 0 || !curses_check_initialised())
        return 0;
    return curses_check_err(meta(stdscr, v), "meta");
}

static TrValue c_intrflush(TrValue *args, size_t nargs, TrValue kwnames) {
    int v;
    if (tr_no_kwargs("intrflush", kwnames) < 0 || tr_check_nargs("_curses.intrflush", nargs, 1, 1) < 0 ||
        tr_as_c_int(args[0], &v) < 0 || !curses_check_initialised())
        return 0;
    return curses_check_err(intrflush(NULL, v), "intrflush");
}

/* the virtual screen's cursor: getsyx() -> (y, x), setsyx(y, x) */
static TrValue c_getsyx(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("getsyx", nargs, 0, 0) < 0 || !curses_check_initialised()) return 0;
    int y = -1, x = -1;
    getsyx(y, x);
    return tr_tuple_pack(2, tr_int_from_i64(y), tr_int_from_i64(x));
}

static TrValue c_setsyx(TrValue *args, size_t nargs, TrValue kwnames) {
    int v[2];
    if (int_args("setsyx", args, nargs, kwnames, (const char *const[]){"/y", "/x", NULL}, 2, v, 2) < 0 ||
        !curses_check_initialised())
        return 0;
    setsyx(v[0], v[1]);
    return tr_None;
}

static TrValue c_typeahead(TrValue *args, size_t nargs, TrValue kwnames) {
    int v;
    if (int_args("typeahead", args, nargs, kwnames, (const char *const[]){"/fd", NULL}, 1, &v, 1) < 0 ||
        !curses_check_initialised())
        return 0;
    return curses_check_err(typeahead(v), "typeahead");
}

static TrValue c_halfdelay(TrValue *args, size_t nargs, TrValue kwnames) {
    int v;
    if (int_args("halfdelay", args, nargs, kwnames, (const char *const[]){"/tenths", NULL}, 1, &v, 1) < 0 ||
        !curses_check_initialised())
        return 0;
    return curses_check_err(halfdelay(v), "halfdelay");
}

/* NAME() -> int, bytes or bool: the terminal's properties */
static TrValue c_baudrate(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("baudrate", nargs, 0, 0) < 0 || !curses_check_initialised()) return 0;
    return tr_int_from_i64(baudrate());
}
static TrValue c_termattrs(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("termattrs", nargs, 0, 0) < 0 || !curses_check_initialised()) return 0;
    return tr_int_from_i64((int64_t)termattrs());
}
static TrValue c_erasechar(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("erasechar", nargs, 0, 0) < 0 || !curses_check_initialised()) return 0;
    char c = erasechar();
    return tr_bytes_new(&c, 1);
}
static TrValue c_killchar(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("killchar", nargs, 0, 0) < 0 || !curses_check_initialised()) return 0;
    char c = killchar();
    return tr_bytes_new(&c, 1);
}
static TrValue c_longname(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("longname", nargs, 0, 0) < 0 || !curses_check_initialised()) return 0;
    const char *s = longname();
    return s ? tr_bytes_new(s, strlen(s)) : tr_err((TrType *)curses_error, "longname() returned NULL");
}
static TrValue c_termname(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("termname", nargs, 0, 0) < 0 || !curses_check_initialised()) return 0;
    const char *s = termname();
    return s ? tr_bytes_new(s, strlen(s)) : tr_err((TrType *)curses_error, "termname() returned NULL");
}
static TrValue c_has_ic(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("has_ic", nargs, 0, 0) < 0 || !curses_check_initialised()) return 0;
    return tr_bool(has_ic());
}
static TrValue c_has_il(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("has_il", nargs, 0, 0) < 0 || !curses_check_initialised()) return 0;
    return tr_bool(has_il());
}

/* ---------------------------------------------------------------- resizing */

/* LINES and COLS of _curses (and of curses, as update_lines_cols does) */
static TrValue update_lines_cols(void) {
    set_int("LINES", LINES);
    set_int("COLS", COLS);
    TrValue curses = tr_dict_get(tr_sys_modules, TR_INTERN("curses"));
    if (curses && (tr_setattr(curses, TR_INTERN("LINES"), tr_int_from_i64(LINES)) < 0 ||
                   tr_setattr(curses, TR_INTERN("COLS"), tr_int_from_i64(COLS)) < 0))
        return 0;
    return tr_None;
}

static TrValue c_update_lines_cols(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("update_lines_cols", nargs, 0, 0) < 0 || !curses_check_initialised()) return 0;
    return update_lines_cols();
}

static TrValue resize(TrValue *args, size_t nargs, TrValue kwnames, const char *fname, int (*fn)(int, int)) {
    int v[2];
    if (int_args(fname, args, nargs, kwnames, (const char *const[]){"/nlines", "/ncols", NULL}, 2, v, 2) < 0 ||
        !curses_check_initialised())
        return 0;
    if (!curses_check_err(fn(v[0], v[1]), fname)) return 0;
    return update_lines_cols();
}
static TrValue c_resizeterm(TrValue *args, size_t nargs, TrValue kwnames) {
    return resize(args, nargs, kwnames, "resizeterm", resizeterm);
}
static TrValue c_resize_term(TrValue *args, size_t nargs, TrValue kwnames) {
    return resize(args, nargs, kwnames, "resize_term", resize_term);
}

static TrValue c_is_term_resized(TrValue *args, size_t nargs, TrValue kwnames) {
    int v[2];
    if (int_args("is_term_resized", args, nargs, kwnames, (const char *const[]){"/nlines", "/ncols", NULL}, 2, v, 2) < 0 ||
        !curses_check_initialised())
        return 0;
    return tr_bool(is_term_resized(v[0], v[1]));
}

/* ---------------------------------------------------------------- colours */

static bool color_arg(TrValue v, int *out) {
    int64_t n;
    if (tr_as_c_long(v, &n) < 0) return false;
    if (n < 0) {
        tr_err(TR_EXC_TYPE(ValueError), "Color number is less than 0.");
        return false;
    }
    if (n >= COLORS) {
        tr_err(TR_EXC_TYPE(ValueError), "Color number is greater than COLORS-1 (%d).", COLORS - 1);
        return false;
    }
    *out = (int)n;
    return true;
}

/* fg/bg of init_pair: any negative number is -1 (the default colour) */
static bool pair_color_arg(TrValue v, int *out) {
    int64_t n;
    if (tr_as_c_long(v, &n) < 0) return false;
    if (n >= COLORS) return color_arg(v, out);
    *out = n < 0 ? -1 : (int)n;
    return true;
}

static bool pair_arg(TrValue v, int *out) {
    int64_t n;
    if (tr_as_c_long(v, &n) < 0) return false;
    if (n > INT32_MAX) {
        tr_err(TR_EXC_TYPE(ValueError), "Color pair is greater than maximum (%d).", INT32_MAX);
        return false;
    }
    if (n < 0) {
        tr_err(TR_EXC_TYPE(ValueError), "Color pair is less than 0.");
        return false;
    }
    *out = (int)n;
    return true;
}

static TrValue c_start_color(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("start_color", nargs, 0, 0) < 0 || !curses_check_initialised()) return 0;
    if (start_color() == ERR) return tr_err((TrType *)curses_error, "start_color() returned ERR");
    curses_color_initialised = true;
    set_int("COLORS", COLORS);
    set_int("COLOR_PAIRS", COLOR_PAIRS);
    return tr_None;
}

static TrValue c_has_colors(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("has_colors", nargs, 0, 0) < 0 || !curses_check_initialised()) return 0;
    return tr_bool(has_colors());
}

static TrValue c_can_change_color(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("can_change_color", nargs, 0, 0) < 0 || !curses_check_initialised()) return 0;
    return tr_bool(can_change_color());
}

static TrValue c_use_default_colors(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("use_default_colors", nargs, 0, 0) < 0 || !curses_check_color()) return 0;
    return curses_check_err(use_default_colors(), "use_default_colors");
}

static TrValue c_init_pair(TrValue *args, size_t nargs, TrValue kwnames) {
    int pair, fg, bg;
    if (tr_no_kwargs("init_pair", kwnames) < 0 || tr_check_nargs("init_pair", nargs, 3, 3) < 0 ||
        !pair_arg(args[0], &pair) || !pair_color_arg(args[1], &fg) || !pair_color_arg(args[2], &bg) ||
        !curses_check_color())
        return 0;
    if (init_extended_pair(pair, fg, bg) == ERR) {
        if (pair >= COLOR_PAIRS)
            return tr_err(TR_EXC_TYPE(ValueError), "Color pair is greater than COLOR_PAIRS-1 (%d).", COLOR_PAIRS - 1);
        return tr_err((TrType *)curses_error, "init_extended_pair() returned ERR");
    }
    return tr_None;
}

static TrValue c_init_color(TrValue *args, size_t nargs, TrValue kwnames) {
    int color, rgb[3];
    if (tr_no_kwargs("init_color", kwnames) < 0 || tr_check_nargs("init_color", nargs, 4, 4) < 0 ||
        !color_arg(args[0], &color))
        return 0;
    for (int i = 0; i < 3; i++) {
        int64_t n;
        if (tr_as_c_long(args[i + 1], &n) < 0) return 0;
        if (n < 0 || n > 1000)
            return tr_err(TR_EXC_TYPE(ValueError), "Color component is %s than %s.", n < 0 ? "less" : "greater",
                          n < 0 ? "0" : "1000");
        rgb[i] = (int)n;
    }
    if (!curses_check_color()) return 0;
    return curses_check_err(init_extended_color(color, rgb[0], rgb[1], rgb[2]), "init_extended_color");
}

static TrValue c_color_content(TrValue *args, size_t nargs, TrValue kwnames) {
    int color, r, g, b;
    if (tr_no_kwargs("color_content", kwnames) < 0 || tr_check_nargs("color_content", nargs, 1, 1) < 0 ||
        !color_arg(args[0], &color) || !curses_check_color())
        return 0;
    if (extended_color_content(color, &r, &g, &b) == ERR)
        return tr_err((TrType *)curses_error, "Argument 1 was out of range. Check value of COLORS.");
    return tr_tuple_pack(3, tr_int_from_i64(r), tr_int_from_i64(g), tr_int_from_i64(b));
}

static TrValue c_pair_content(TrValue *args, size_t nargs, TrValue kwnames) {
    int pair, fg, bg;
    if (tr_no_kwargs("pair_content", kwnames) < 0 || tr_check_nargs("pair_content", nargs, 1, 1) < 0 ||
        !pair_arg(args[0], &pair) || !curses_check_color())
        return 0;
    if (extended_pair_content(pair, &fg, &bg) == ERR) {
        if (pair >= COLOR_PAIRS)
            return tr_err(TR_EXC_TYPE(ValueError), "Color pair is greater than COLOR_PAIRS-1 (%d).", COLOR_PAIRS - 1);
        return tr_err((TrType *)curses_error, "extended_pair_content() returned ERR");
    }
    return tr_tuple_pack(2, tr_int_from_i64(fg), tr_int_from_i64(bg));
}

static TrValue c_color_pair(TrValue *args, size_t nargs, TrValue kwnames) {
    int pair;
    if (tr_no_kwargs("color_pair", kwnames) < 0 || tr_check_nargs("color_pair", nargs, 1, 1) < 0 ||
        tr_as_c_int(args[0], &pair) < 0 || !curses_check_color())
        return 0;
    return tr_int_from_i64(COLOR_PAIR(pair));
}

static TrValue c_pair_number(TrValue *args, size_t nargs, TrValue kwnames) {
    int attr;
    if (tr_no_kwargs("pair_number", kwnames) < 0 || tr_check_nargs("pair_number", nargs, 1, 1) < 0 ||
        tr_as_c_int(args[0], &attr) < 0 || !curses_check_color())
        return 0;
    return tr_int_from_i64(PAIR_NUMBER(attr));
}

/* ---------------------------------------------------------------- keys */

static TrValue c_keyname(TrValue *args, size_t nargs, TrValue kwnames) {
    int key;
    if (tr_no_kwargs("keyname", kwnames) < 0 || tr_check_nargs("keyname", nargs, 1, 1) < 0 ||
        tr_as_c_int(args[0], &key) < 0 || !curses_check_initialised())
        return 0;
    if (key < 0) return tr_err(TR_EXC_TYPE(ValueError), "invalid key number");
    const char *s = keyname(key);
    return tr_bytes_new(s ? s : "", s ? strlen(s) : 0);
}

static TrValue c_has_key(TrValue *args, size_t nargs, TrValue kwnames) {
    int key;
    if (tr_no_kwargs("has_key", kwnames) < 0 || tr_check_nargs("has_key", nargs, 1, 1) < 0 ||
        tr_as_c_int(args[0], &key) < 0 || !curses_check_initialised())
        return 0;
    return tr_bool(has_key(key));
}

static TrValue c_unctrl(TrValue *args, size_t nargs, TrValue kwnames) {
    chtype ch;
    if (tr_no_kwargs("unctrl", kwnames) < 0 || tr_check_nargs("unctrl", nargs, 1, 1) < 0 ||
        !curses_check_initialised() || curses_chtype_arg(args[0], &ch) < 0)
        return 0;
    const char *s = unctrl(ch);
    return tr_bytes_new(s ? s : "", s ? strlen(s) : 0);
}

static TrValue c_ungetch(TrValue *args, size_t nargs, TrValue kwnames) {
    chtype ch;
    if (tr_no_kwargs("ungetch", kwnames) < 0 || tr_check_nargs("ungetch", nargs, 1, 1) < 0 ||
        !curses_check_initialised() || curses_chtype_arg(args[0], &ch) < 0)
        return 0;
    return curses_check_err(ungetch((int)ch), "ungetch");
}

static TrValue c_unget_wch(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_no_kwargs("unget_wch", kwnames) < 0 || tr_check_nargs("unget_wch", nargs, 1, 1) < 0 ||
        !curses_check_initialised())
        return 0;
    chtype ch;
    wchar_t wch;
    int kind = curses_cchar_arg(args[0], &ch, &wch);
    if (kind < 0) return 0;
    if (kind == 1) wch = (wchar_t)ch;
    return curses_check_err(unget_wch(wch), "unget_wch");
}

/* ---------------------------------------------------------------- mouse */

static TrValue c_mousemask(TrValue *args, size_t nargs, TrValue kwnames) {
    TrValue a[1];
    int64_t mask;
    if (tr_parse_args("mousemask", args, nargs, kwnames, (const char *const[]){"/newmask", NULL}, 1, a) < 0 ||
        tr_as_c_long(a[0], &mask) < 0 || !curses_check_initialised())
        return 0;
    mmask_t old;
    mmask_t avail = mousemask((mmask_t)mask, &old);
    return tr_tuple_pack(2, tr_int_from_u64(avail), tr_int_from_u64(old));
}

static TrValue c_mouseinterval(TrValue *args, size_t nargs, TrValue kwnames) {
    int v;
    if (int_args("mouseinterval", args, nargs, kwnames, (const char *const[]){"/interval", NULL}, 1, &v, 1) < 0 ||
        !curses_check_initialised())
        return 0;
    return curses_check_err(mouseinterval(v), "mouseinterval");
}

static TrValue c_getmouse(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("getmouse", nargs, 0, 0) < 0 || !curses_check_initialised()) return 0;
    MEVENT ev;
    if (getmouse(&ev) == ERR) return curses_check_err(ERR, "getmouse");
    return tr_tuple_pack(5, tr_int_from_i64(ev.id), tr_int_from_i64(ev.x), tr_int_from_i64(ev.y),
                         tr_int_from_i64(ev.z), tr_int_from_u64(ev.bstate));
}

static TrValue c_ungetmouse(TrValue *args, size_t nargs, TrValue kwnames) {
    int v[4];
    int64_t bstate;
    if (tr_no_kwargs("ungetmouse", kwnames) < 0 || tr_check_nargs("ungetmouse", nargs, 5, 5) < 0) return 0;
    for (int i = 0; i < 4; i++)
        if (tr_as_c_int(args[i], &v[i]) < 0) return 0;
    if (tr_as_c_long(args[4], &bstate) < 0 || !curses_check_initialised()) return 0;
    MEVENT ev = {.id = (short)v[0], .x = v[1], .y = v[2], .z = v[3], .bstate = (mmask_t)bstate};
    return curses_check_err(ungetmouse(&ev), "ungetmouse");
}

/* ---------------------------------------------------------------- terminfo */

static TrValue c_setupterm(TrValue *args, size_t nargs, TrValue kwnames) {
    TrValue a[2] = {0};
    if (tr_parse_args("setupterm", args, nargs, kwnames, (const char *const[]){"term", "fd", NULL}, 0, a) < 0) return 0;
    const char *term = NULL;
    if (a[0] && a[0] != tr_None) {
        if (!tr_str_check(a[0]))
            return tr_err(TR_EXC_TYPE(TypeError), "setupterm() argument 'term' must be str or None, not %s",
                          tr_arg_type_name(a[0]));
        term = tr_str_cstr(a[0]);
        if (strlen(term) != TR_STR(a[0])->len) return tr_err(TR_EXC_TYPE(ValueError), "embedded null character");
    }
    int fd = -1;
    if (a[1] && tr_as_c_int(a[1], &fd) < 0) return 0;
    if (fd == -1) {
        TrValue out = tr_getattr_opt(trmod_sys_init(), TR_INTERN("stdout"));
        if (!out || out == tr_None) return tr_err((TrType *)curses_error, "lost sys.stdout");
        if (tr_object_fd(out, &fd) < 0) return 0;
    }
    int err;
    if (!curses_setupterm_called && setupterm((char *)term, fd, &err) == ERR)
        return tr_err((TrType *)curses_error, "%s",
                      err == 0    ? "setupterm: could not find terminal"
                      : err == -1 ? "setupterm: could not find terminfo database"
                                  : "setupterm: unknown error");
    curses_setupterm_called = true;
    return tr_None;
}

/* a capability name argument */
static const char *capname_arg(const char *fname, TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_no_kwargs(fname, kwnames) < 0 || tr_check_nargs(fname, nargs, 1, 1) < 0) return NULL;
    if (!tr_str_check(args[0])) {
        tr_err(TR_EXC_TYPE(TypeError), "%s() argument must be str, not %s", fname, tr_arg_type_name(args[0]));
        return NULL;
    }
    return check_setupterm() ? tr_str_cstr(args[0]) : NULL;
}

static TrValue c_tigetstr(TrValue *args, size_t nargs, TrValue kwnames) {
    const char *cap = capname_arg("tigetstr", args, nargs, kwnames);
    if (!cap) return 0;
    const char *s = tigetstr(cap);
    if (!s || s == (char *)-1) return tr_None;
    return tr_bytes_new(s, strlen(s));
}

static TrValue c_tigetnum(TrValue *args, size_t nargs, TrValue kwnames) {
    const char *cap = capname_arg("tigetnum", args, nargs, kwnames);
    return cap ? tr_int_from_i64(tigetnum(cap)) : 0;
}

static TrValue c_tigetflag(TrValue *args, size_t nargs, TrValue kwnames) {
    const char *cap = capname_arg("tigetflag", args, nargs, kwnames);
    return cap ? tr_int_from_i64(tigetflag(cap)) : 0;
}

static TrValue c_tparm(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_no_kwargs("tparm", kwnames) < 0 || tr_check_nargs("tparm", nargs, 1, 10) < 0) return 0;
    if (!tr_bytes_check(args[0]))
        return tr_err(TR_EXC_TYPE(TypeError), "a bytes-like object is required, not '%s'", TR_TYPE_NAME(args[0]));
    long p[9] = {0};
    for (size_t i = 1; i < nargs; i++) {
        int v;
        if (tr_as_c_int(args[i], &v) < 0) return 0;
        p[i - 1] = v;
    }
    if (!check_setupterm()) return 0;
    const char *s = tiparm(((TrBytes *)args[0])->data, p[0], p[1], p[2], p[3], p[4], p[5], p[6], p[7], p[8]);
    if (!s) return tr_err((TrType *)curses_error, "tparm() returned NULL");
    return tr_bytes_new(s, strlen(s));
}

/* ---------------------------------------------------------------- escape delay, tabs */

static TrValue c_get_escdelay(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("get_escdelay", nargs, 0, 0) < 0) return 0;
    return tr_int_from_i64(ESCDELAY);
}

static TrValue c_set_escdelay(TrValue *args, size_t nargs, TrValue kwnames) {
    int v;
    if (int_args("set_escdelay", args, nargs, kwnames, (const char *const[]){"/ms", NULL}, 1, &v, 1) < 0) return 0;
    if (v <= 0) return tr_err(TR_EXC_TYPE(ValueError), "ms must be > 0");
    return curses_check_err(set_escdelay(v), "set_escdelay");
}

static TrValue c_get_tabsize(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("get_tabsize", nargs, 0, 0) < 0) return 0;
    return tr_int_from_i64(TABSIZE);
}

static TrValue c_set_tabsize(TrValue *args, size_t nargs, TrValue kwnames) {
    int v;
    if (int_args("set_tabsize", args, nargs, kwnames, (const char *const[]){"/size", NULL}, 1, &v, 1) < 0) return 0;
    if (v <= 0) return tr_err(TR_EXC_TYPE(ValueError), "size must be > 0");
    return curses_check_err(set_tabsize(v), "set_tabsize");
}

static const TrMethodDef curses_functions[] = {
    {"initscr", c_initscr}, {"endwin", c_endwin}, {"isendwin", c_isendwin}, {"newwin", c_newwin},
    {"newpad", c_newpad}, {"doupdate", c_doupdate}, {"beep", c_beep}, {"flash", c_flash},
    {"cbreak", c_cbreak}, {"nocbreak", c_nocbreak}, {"echo", c_echo}, {"noecho", c_noecho},
    {"raw", c_raw}, {"noraw", c_noraw}, {"nl", c_nl}, {"nonl", c_nonl}, {"qiflush", c_qiflush},
    {"noqiflush", c_noqiflush}, {"flushinp", c_flushinp}, {"def_prog_mode", c_def_prog_mode},
    {"def_shell_mode", c_def_shell_mode}, {"reset_prog_mode", c_reset_prog_mode},
    {"reset_shell_mode", c_reset_shell_mode}, {"resetty", c_resetty}, {"savetty", c_savetty},
    {"curs_set", c_curs_set}, {"napms", c_napms}, {"halfdelay", c_halfdelay}, {"typeahead", c_typeahead},
    {"meta", c_meta}, {"intrflush", c_intrflush}, {"getsyx", c_getsyx}, {"setsyx", c_setsyx}, {"baudrate", c_baudrate},
    {"termattrs", c_termattrs}, {"erasechar", c_erasechar}, {"killchar", c_killchar},
    {"longname", c_longname}, {"termname", c_termname}, {"has_ic", c_has_ic}, {"has_il", c_has_il},
    {"update_lines_cols", c_update_lines_cols}, {"resizeterm", c_resizeterm}, {"resize_term", c_resize_term},
    {"is_term_resized", c_is_term_resized}, {"start_color", c_start_color}, {"has_colors", c_has_colors},
    {"can_change_color", c_can_change_color}, {"use_default_colors", c_use_default_colors},
    {"init_pair", c_init_pair}, {"init_color", c_init_color}, {"color_content", c_color_content},
    {"pair_content", c_pair_content}, {"color_pair", c_color_pair}, {"pair_number", c_pair_number},
    {"keyname", c_keyname}, {"has_key", c_has_key}, {"unctrl", c_unctrl}, {"ungetch", c_ungetch},
    {"unget_wch", c_unget_wch}, {"setupterm", c_setupterm}, {"tigetstr", c_tigetstr},
    {"tigetnum", c_tigetnum}, {"tigetflag", c_tigetflag}, {"tparm", c_tparm},
    {"get_escdelay", c_get_escdelay}, {"set_escdelay", c_set_escdelay},
    {"get_tabsize", c_get_tabsize}, {"set_tabsize", c_set_tabsize}, {"mousemask", c_mousemask},
    {"mouseinterval", c_mouseinterval}, {"getmouse", c_getmouse}, {"ungetmouse", c_ungetmouse},
    {0},
};

/* KEY_* from ncurses' own names (KEY_F(1) as KEY_F1), as CPython builds them */
static void add_key_constants(void) {
    for (int key = KEY_MIN; key < KEY_MAX; key++) {
        const char *name = keyname(key);
        if (!name || strcmp(name, "UNKNOWN") == 0) continue;
        char buf[64];
        size_t n = 0;
        for (const char *p = name; *p && n < sizeof buf - 1; p++)
            if (*p != '(' && *p != ')') buf[n++] = *p;
        buf[n] = 0;
        set_int(buf, key);
    }
    set_int("KEY_MIN", KEY_MIN);
    set_int("KEY_MAX", KEY_MAX);
}

static void add_constants(void) {
    static const struct { const char *name; long value; } constants[] = {
        {"ERR", ERR}, {"OK", OK},
        {"A_ATTRIBUTES", (long)A_ATTRIBUTES}, {"A_NORMAL", (long)A_NORMAL}, {"A_STANDOUT", (long)A_STANDOUT},
        {"A_UNDERLINE", (long)A_UNDERLINE}, {"A_REVERSE", (long)A_REVERSE}, {"A_BLINK", (long)A_BLINK},
        {"A_DIM", (long)A_DIM}, {"A_BOLD", (long)A_BOLD}, {"A_ALTCHARSET", (long)A_ALTCHARSET},
        {"A_INVIS", (long)A_INVIS}, {"A_PROTECT", (long)A_PROTECT}, {"A_CHARTEXT", (long)A_CHARTEXT},
        {"A_COLOR", (long)A_COLOR}, {"A_HORIZONTAL", (long)A_HORIZONTAL}, {"A_LEFT", (long)A_LEFT},
        {"A_LOW", (long)A_LOW}, {"A_RIGHT", (long)A_RIGHT}, {"A_TOP", (long)A_TOP},
        {"A_VERTICAL", (long)A_VERTICAL}, {"A_ITALIC", (long)A_ITALIC},
        {"COLOR_BLACK", COLOR_BLACK}, {"COLOR_RED", COLOR_RED}, {"COLOR_GREEN", COLOR_GREEN},
        {"COLOR_YELLOW", COLOR_YELLOW}, {"COLOR_BLUE", COLOR_BLUE}, {"COLOR_MAGENTA", COLOR_MAGENTA},
        {"COLOR_CYAN", COLOR_CYAN}, {"COLOR_WHITE", COLOR_WHITE},
        {"BUTTON1_PRESSED", BUTTON1_PRESSED}, {"BUTTON1_RELEASED", BUTTON1_RELEASED},
        {"BUTTON1_CLICKED", BUTTON1_CLICKED}, {"BUTTON1_DOUBLE_CLICKED", BUTTON1_DOUBLE_CLICKED},
        {"BUTTON1_TRIPLE_CLICKED", BUTTON1_TRIPLE_CLICKED}, {"BUTTON2_PRESSED", BUTTON2_PRESSED},
        {"BUTTON2_RELEASED", BUTTON2_RELEASED}, {"BUTTON2_CLICKED", BUTTON2_CLICKED},
        {"BUTTON2_DOUBLE_CLICKED", BUTTON2_DOUBLE_CLICKED}, {"BUTTON2_TRIPLE_CLICKED", BUTTON2_TRIPLE_CLICKED},
        {"BUTTON3_PRESSED", BUTTON3_PRESSED}, {"BUTTON3_RELEASED", BUTTON3_RELEASED},
        {"BUTTON3_CLICKED", BUTTON3_CLICKED}, {"BUTTON3_DOUBLE_CLICKED", BUTTON3_DOUBLE_CLICKED},
        {"BUTTON3_TRIPLE_CLICKED", BUTTON3_TRIPLE_CLICKED}, {"BUTTON4_PRESSED", BUTTON4_PRESSED},
        {"BUTTON4_RELEASED", BUTTON4_RELEASED}, {"BUTTON4_CLICKED", BUTTON4_CLICKED},
        {"BUTTON4_DOUBLE_CLICKED", BUTTON4_DOUBLE_CLICKED}, {"BUTTON4_TRIPLE_CLICKED", BUTTON4_TRIPLE_CLICKED},
        {"BUTTON5_PRESSED", BUTTON5_PRESSED}, {"BUTTON5_RELEASED", BUTTON5_RELEASED},
        {"BUTTON5_CLICKED", BUTTON5_CLICKED}, {"BUTTON5_DOUBLE_CLICKED", BUTTON5_DOUBLE_CLICKED},
        {"BUTTON5_TRIPLE_CLICKED", BUTTON5_TRIPLE_CLICKED}, {"BUTTON_SHIFT", BUTTON_SHIFT},
        {"BUTTON_CTRL", BUTTON_CTRL}, {"BUTTON_ALT", BUTTON_ALT}, {"ALL_MOUSE_EVENTS", ALL_MOUSE_EVENTS},
        {"REPORT_MOUSE_POSITION", REPORT_MOUSE_POSITION},
    };
    for (size_t i = 0; i < sizeof constants / sizeof constants[0]; i++) set_int(constants[i].name, constants[i].value);
    add_key_constants();
    tr_module_add(module, "version", tr_bytes_new("2.2", 3));
    tr_module_add(module, "ncurses_version",
                  tr_tuple_pack(3, tr_int_from_i64(NCURSES_VERSION_MAJOR), tr_int_from_i64(NCURSES_VERSION_MINOR),
                                tr_int_from_i64(NCURSES_VERSION_PATCH)));
}

/* CPython's startup: LC_CTYPE from the environment, C.UTF-8 in place of C (PEP 538) */
static void set_ctype_locale(void) {
    const char *cur = setlocale(LC_CTYPE, NULL);
    if (cur && strcmp(cur, "C") && strcmp(cur, "POSIX")) return;
    const char *r = setlocale(LC_CTYPE, "");
    if (!r || !strcmp(r, "C") || !strcmp(r, "POSIX")) setlocale(LC_CTYPE, "C.UTF-8");
}

TrValue trmod___curses_init(void) {
    if (module) return module;
    set_ctype_locale();
    module = tr_module_new("_curses", 0, NULL, NULL);
    tr_add_roots(&module, sizeof module);
    tr_add_roots(&curses_error, sizeof curses_error);
    if (!(curses_error = curses_new_error("_curses"))) return 0;
    tr_module_add(module, "error", curses_error);
    tr_module_add_functions(module, curses_functions);
    curses_window_ready(module);
    add_constants();
    return module;
}
