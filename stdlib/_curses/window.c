/* window.c — _curses.window, a curses WINDOW: drawing (addch/addstr/insstr, lines,
 * borders, attributes, background), reading keys and strings, cursor and geometry,
 * scrolling, refresh, sub-windows and pads; with the argument forms ([y, x,] ..., attr)
 * and the error texts of CPython 3.11's Modules/_cursesmodule.c.
 * Assumes: the WINDOW is never freed (curses owns it until endwin; a collected window
 * object leaves it allocated, as a subwindow's parent must outlive it anyway); str is
 * drawn through the wide-character functions, bytes through the narrow ones. */
#include "curses_shared.h"
#include <langinfo.h>
#include <string.h>

TrType curses_window_type;

TrValue curses_window_new(WINDOW *win, TrValue parent, TrValue encoding) {
    CursesWindow *w = (CursesWindow *)tr_object_alloc(&curses_window_type, sizeof(CursesWindow));
    w->win = win;
    w->parent = parent;
    if (!encoding) {
        const char *codeset = nl_langinfo(CODESET);
        encoding = tr_str_from_cstr(codeset && *codeset ? codeset : "utf-8");
    }
    w->encoding = encoding;
    return (TrValue)w;
}

#define WIN(v) (((CursesWindow *)(v))->win)

/* the ints args[from..from+n) */
static bool ints(TrValue *args, size_t from, size_t n, int *out) {
    for (size_t i = 0; i < n; i++)
        if (tr_as_c_int(args[from + i], &out[i]) < 0) return false;
    return true;
}

static bool attr_arg(TrValue v, long *attr) {
    int64_t a;
    if (tr_as_c_long(v, &a) < 0) return false;
    *attr = (long)a;
    return true;
}

/* --------------------------------------------------------------------- drawing */

/* the parts of ([y, x,] item[, n][, attr]) */
typedef struct { bool use_xy; int y, x; TrValue item; long attr; TrValue n; } DrawArgs;

/* those arguments, nitem = 1 (item) or 2 (item, n): false + error */
static bool draw_args(const char *fname, TrValue *args, size_t nargs, TrValue kwnames, int nitem, DrawArgs *d) {
    if (tr_no_kwargs(fname, kwnames) < 0) return false;
    size_t n = nargs - 1;
    if (n < (size_t)nitem || n > (size_t)nitem + 3) {
        curses_group_error(fname, nitem, nitem + 3);
        return false;
    }
    *d = (DrawArgs){.attr = A_NORMAL};
    size_t i = 1;
    d->use_xy = n >= (size_t)nitem + 2;
    if (d->use_xy) {
        if (!ints(args, 1, 2, &d->y)) return false;
        i = 3;
    }
    d->item = args[i++];
    if (nitem == 2) d->n = args[i++];
    if (i < nargs && !attr_arg(args[i], &d->attr)) return false;
    return true;
}

static TrValue w_addch(TrValue *args, size_t nargs, TrValue kwnames) {
    DrawArgs d;
    if (!draw_args("_curses.window.addch", args, nargs, kwnames, 1, &d)) return 0;
    WINDOW *win = WIN(args[0]);
    chtype ch;
    wchar_t wstr[2] = {0};
    int kind = curses_cchar_arg(d.item, &ch, wstr);
    if (kind < 0) return 0;
    if (kind == 2) {
        cchar_t wc;
        setcchar(&wc, wstr, (attr_t)d.attr, PAIR_NUMBER(d.attr), NULL);
        return curses_check_err(d.use_xy ? mvwadd_wch(win, d.y, d.x, &wc) : wadd_wch(win, &wc), "add_wch");
    }
    ch |= (attr_t)d.attr;
    return curses_check_err(d.use_xy ? mvwaddch(win, d.y, d.x, ch) : waddch(win, ch), "addch");
}

static TrValue w_insch(TrValue *args, size_t nargs, TrValue kwnames) {
    DrawArgs d;
    if (!draw_args("_curses.window.insch", args, nargs, kwnames, 1, &d)) return 0;
    WINDOW *win = WIN(args[0]);
    chtype ch;
    if (curses_chtype_arg(d.item, &ch) < 0) return 0;
    ch |= (attr_t)d.attr;
    return curses_check_err(d.use_xy ? mvwinsch(win, d.y, d.x, ch) : winsch(win, ch), "insch");
}

/* (ch, attr=A_NORMAL) as one chtype */
static bool background_args(const char *fname, TrValue *args, size_t nargs, TrValue kwnames, chtype *ch) {
    TrValue a[2] = {0};
    long attr = A_NORMAL;
    if (tr_parse_args(fname, args + 1, nargs - 1, kwnames, (const char *const[]){"/ch", "/attr", NULL}, 1, a) < 0 ||
        curses_chtype_arg(a[0], ch) < 0 || (a[1] && !attr_arg(a[1], &attr)))
        return false;
    *ch |= (attr_t)attr;
    return true;
}
static TrValue w_echochar(TrValue *args, size_t nargs, TrValue kwnames) {
    chtype ch;
    if (!background_args("echochar", args, nargs, kwnames, &ch)) return 0;
    WINDOW *win = WIN(args[0]);
    return curses_check_err(is_pad(win) ? pechochar(win, ch) : wechochar(win, ch), "echochar");
}

/* addstr, addnstr, insstr, insnstr: the string drawn with attr in place of the
 * window's attributes; names[0] the function for bytes, names[1] for str */
typedef int (*StrFn)(WINDOW *, const char *, int);
typedef int (*WStrFn)(WINDOW *, const wchar_t *, int);

static TrValue draw_string(TrValue *args, size_t nargs, TrValue kwnames, const char *fname, bool with_n,
                           StrFn fn, WStrFn wfn, const char *const names[2]) {
    DrawArgs d;
    if (!draw_args(fname, args, nargs, kwnames, with_n ? 2 : 1, &d)) return 0;
    int n = -1;
    if (with_n && tr_as_c_int(d.n, &n) < 0) return 0;
    const char *bytes = NULL;
    wchar_t *wstr = NULL;
    int kind = curses_string_arg(d.item, &bytes, &wstr);
    if (kind < 0) return 0;
    WINDOW *win = WIN(args[0]);
    bool use_attr = nargs - 1 == (size_t)(with_n ? 3 : 2) || nargs - 1 == (size_t)(with_n ? 5 : 4);
    attr_t old = getattrs(win);
    if (use_attr) wattrset(win, (attr_t)d.attr);
    int rtn = d.use_xy ? wmove(win, d.y, d.x) : OK;
    if (rtn != ERR) rtn = kind == 2 ? wfn(win, wstr, n) : fn(win, bytes, n);
    if (use_attr) wattrset(win, old);
    return curses_check_err(rtn, names[kind - 1]);
}

static TrValue w_addstr(TrValue *args, size_t nargs, TrValue kwnames) {
    return draw_string(args, nargs, kwnames, "_curses.window.addstr", false, waddnstr, waddnwstr,
                       (const char *const[]){"addstr", "addwstr"});
}
static TrValue w_addnstr(TrValue *args, size_t nargs, TrValue kwnames) {
    return draw_string(args, nargs, kwnames, "_curses.window.addnstr", true, waddnstr, waddnwstr,
                       (const char *const[]){"addnstr", "addnwstr"});
}
static TrValue w_insstr(TrValue *args, size_t nargs, TrValue kwnames) {
    return draw_string(args, nargs, kwnames, "_curses.window.insstr", false, winsnstr, wins_nwstr,
                       (const char *const[]){"insstr", "inswstr"});
}
static TrValue w_insnstr(TrValue *args, size_t nargs, TrValue kwnames) {
    return draw_string(args, nargs, kwnames, "_curses.window.insnstr", true, winsnstr, wins_nwstr,
                       (const char *const[]){"insnstr", "insn_wstr"});
}

/* hline/vline([y, x,] ch, n[, attr]) */
static TrValue draw_line(TrValue *args, size_t nargs, TrValue kwnames, const char *fname, const char *name,
                         int (*fn)(WINDOW *, chtype, int)) {
    if (tr_no_kwargs(fname, kwnames) < 0) return 0;
    size_t n = nargs - 1;
    if (n < 2 || n > 5) return curses_group_error(fname, 2, 5);
    int yx[2], count;
    size_t i = 1;
    if (n >= 4) {
        if (!ints(args, 1, 2, yx)) return 0;
        i = 3;
    }
    chtype ch;
    long attr = A_NORMAL;
    if (curses_chtype_arg(args[i], &ch) < 0 || tr_as_c_int(args[i + 1], &count) < 0) return 0;
    if (i + 2 < nargs && !attr_arg(args[i + 2], &attr)) return 0;
    WINDOW *win = WIN(args[0]);
    if (n >= 4 && wmove(win, yx[0], yx[1]) == ERR) return curses_check_err(ERR, "wmove");
    return curses_check_err(fn(win, ch | (attr_t)attr, count), name);
}
static TrValue w_hline(TrValue *args, size_t nargs, TrValue kwnames) {
    return draw_line(args, nargs, kwnames, "_curses.window.hline", "hline", whline);
}
static TrValue w_vline(TrValue *args, size_t nargs, TrValue kwnames) {
    return draw_line(args, nargs, kwnames, "_curses.window.vline", "vline", wvline);
}

static TrValue w_box(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_no_kwargs("box", kwnames) < 0) return 0;
    if (nargs != 1 && nargs != 3) return curses_group_error("_curses.window.box", 0, 2);
    chtype ch[2] = {0, 0};
    for (size_t i = 1; i < nargs; i++)
        if (curses_chtype_arg(args[i], &ch[i - 1]) < 0) return 0;
    box(WIN(args[0]), ch[0], ch[1]);
    return tr_None;
}

static TrValue w_border(TrValue *args, size_t nargs, TrValue kwnames) {
    TrValue a[8] = {0};
    static const char *const kw[] = {"/ls", "/rs", "/ts", "/bs", "/tl", "/tr", "/bl", "/br", NULL};
    if (tr_parse_args("border", args + 1, nargs - 1, kwnames, kw, 0, a) < 0) return 0;
    chtype ch[8] = {0};
    for (int i = 0; i < 8; i++)
        if (a[i] && curses_chtype_arg(a[i], &ch[i]) < 0) return 0;
    wborder(WIN(args[0]), ch[0], ch[1], ch[2], ch[3], ch[4], ch[5], ch[6], ch[7]);
    return tr_None;
}

/* chgat([y, x,] [n,] attr) */
static TrValue w_chgat(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_no_kwargs("chgat", kwnames) < 0) return 0;
    size_t n = nargs - 1;
    if (n < 1 || n > 4) return tr_err(TR_EXC_TYPE(TypeError), "chgat requires 1 to 4 arguments");
    int v[3] = {0, 0, -1}; /* y, x, num */
    long attr;
    bool use_xy = n >= 3;
    if (n == 2 || n == 4) {
        if (use_xy && !ints(args, 1, 2, v)) return 0;
        if (!ints(args, use_xy ? 3 : 1, 1, &v[2])) return 0;
    } else if (use_xy && !ints(args, 1, 2, v))
        return 0;
    if (!attr_arg(args[nargs - 1], &attr)) return 0;
    WINDOW *win = WIN(args[0]);
    short color = (short)((attr >> 8) & 0xff);
    attr -= (long)color << 8;
    int rtn;
    if (use_xy) rtn = mvwchgat(win, v[0], v[1], v[2], (attr_t)attr, color, NULL);
    else {
        getyx(win, v[0], v[1]);
        rtn = wchgat(win, v[2], (attr_t)attr, color, NULL);
    }
    touchline(win, v[0], 1);
    return curses_check_err(rtn, "chgat");
}

/* attron/attroff/attrset(attr), bkgd(ch, attr=A_NORMAL), bkgdset */
static TrValue set_attr(TrValue *args, size_t nargs, TrValue kwnames, const char *name, int (*fn)(WINDOW *, int)) {
    long attr;
    if (tr_method_args(args, nargs, kwnames, name, 1, 1) < 0 || !attr_arg(args[1], &attr)) return 0;
    return curses_check_err(fn(WIN(args[0]), (int)attr), name);
}
static TrValue w_attron(TrValue *args, size_t nargs, TrValue kwnames) {
    return set_attr(args, nargs, kwnames, "attron", wattron);
}
static TrValue w_attroff(TrValue *args, size_t nargs, TrValue kwnames) {
    return set_attr(args, nargs, kwnames, "attroff", wattroff);
}
static TrValue w_attrset(TrValue *args, size_t nargs, TrValue kwnames) {
    return set_attr(args, nargs, kwnames, "attrset", wattrset);
}

static TrValue w_bkgd(TrValue *args, size_t nargs, TrValue kwnames) {
    chtype ch;
    if (!background_args("bkgd", args, nargs, kwnames, &ch)) return 0;
    return curses_check_err(wbkgd(WIN(args[0]), ch), "bkgd");
}
static TrValue w_bkgdset(TrValue *args, size_t nargs, TrValue kwnames) {
    chtype ch;
    if (!background_args("bkgdset", args, nargs, kwnames, &ch)) return 0;
    wbkgdset(WIN(args[0]), ch);
    return tr_None;
}
static TrValue w_getbkgd(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_method_args(args, nargs, kwnames, "getbkgd", 0, 0) < 0) return 0;
    chtype ch = getbkgd(WIN(args[0]));
    return ch == (chtype)ERR ? curses_check_err(ERR, "getbkgd") : tr_int_from_i64((int64_t)ch);
}

/* --------------------------------------------------------------------- no-argument calls */

/* methods of no arguments returning OK/ERR, ERR reported under the C function's name */
static const struct { const char *name, *cname; int (*fn)(WINDOW *); } noarg_methods[] = {
    {"clear", "wclear", wclear}, {"erase", "werase", werase}, {"clrtobot", "wclrtobot", wclrtobot},
    {"clrtoeol", "wclrtoeol", wclrtoeol}, {"deleteln", "wdeleteln", wdeleteln},
    {"insertln", "winsertln", winsertln}, {"redrawwin", "redrawwin", redrawwin},
    {"touchwin", "touchwin", touchwin}, {"untouchwin", "untouchwin", untouchwin},
    {"standend", "wstandend", wstandend}, {"standout", "wstandout", wstandout},
};

static TrValue noarg_method(TrValue *args, size_t nargs, TrValue kwnames, int i) {
    if (tr_method_args(args, nargs, kwnames, noarg_methods[i].name, 0, 0) < 0) return 0;
    return curses_check_err(noarg_methods[i].fn(WIN(args[0])), noarg_methods[i].cname);
}
#define NOARG_METHOD(I, NAME) \
    static TrValue w_##NAME(TrValue *args, size_t nargs, TrValue kwnames) { return noarg_method(args, nargs, kwnames, I); }
NOARG_METHOD(0, clear)
NOARG_METHOD(1, erase)
NOARG_METHOD(2, clrtobot)
NOARG_METHOD(3, clrtoeol)
NOARG_METHOD(4, deleteln)
NOARG_METHOD(5, insertln)
NOARG_METHOD(6, redrawwin)
NOARG_METHOD(7, touchwin)
NOARG_METHOD(8, untouchwin)
NOARG_METHOD(9, standend)
NOARG_METHOD(10, standout)

static TrValue w_syncup(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_method_args(args, nargs, kwnames, "syncup", 0, 0) < 0) return 0;
    wsyncup(WIN(args[0]));
    return tr_None;
}
static TrValue w_syncdown(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_method_args(args, nargs, kwnames, "syncdown", 0, 0) < 0) return 0;
    wsyncdown(WIN(args[0]));
    return tr_None;
}
static TrValue w_cursyncup(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_method_args(args, nargs, kwnames, "cursyncup", 0, 0) < 0) return 0;
    wcursyncup(WIN(args[0]));
    return tr_None;
}

/* --------------------------------------------------------------------- one- and two-int calls */

/* NAME(i): PyArg_ParseTuple's "i;usage" (a wrong count reads just usage) */
static bool one_int(TrValue *args, size_t nargs, TrValue kwnames, const char *name, const char *usage, int *v) {
    if (tr_no_kwargs(name, kwnames) < 0) return false;
    if (nargs != 2) {
        tr_err(TR_EXC_TYPE(TypeError), "%s", usage);
        return false;
    }
    return tr_as_c_int(args[1], v) == 0;
}

static const struct { const char *name; int (*fn)(WINDOW *, bool); } flag_methods[] = {
    {"clearok", clearok}, {"idlok", idlok}, {"leaveok", leaveok}, {"scrollok", scrollok},
    {"nodelay", nodelay}, {"notimeout", notimeout}, {"keypad", keypad}, {"syncok", syncok},
};

static TrValue flag_method(TrValue *args, size_t nargs, TrValue kwnames, int i) {
    int flag;
    if (!one_int(args, nargs, kwnames, flag_methods[i].name, "True(1) or False(0)", &flag)) return 0;
    return curses_check_err(flag_methods[i].fn(WIN(args[0]), flag), flag_methods[i].name);
}
#define FLAG_METHOD(I, NAME) \
    static TrValue w_##NAME(TrValue *args, size_t nargs, TrValue kwnames) { return flag_method(args, nargs, kwnames, I); }
FLAG_METHOD(0, clearok)
FLAG_METHOD(1, idlok)
FLAG_METHOD(2, leaveok)
FLAG_METHOD(3, scrollok)
FLAG_METHOD(4, nodelay)
FLAG_METHOD(5, notimeout)
FLAG_METHOD(6, keypad)
FLAG_METHOD(7, syncok)

/* the flags whose C functions return nothing */
static TrValue void_flag_method(TrValue *args, size_t nargs, TrValue kwnames, const char *name, void (*fn)(WINDOW *, bool)) {
    int flag;
    if (!one_int(args, nargs, kwnames, name, "True(1) or False(0)", &flag)) return 0;
    fn(WIN(args[0]), flag);
    return tr_None;
}
static TrValue w_immedok(TrValue *args, size_t nargs, TrValue kwnames) {
    return void_flag_method(args, nargs, kwnames, "immedok", immedok);
}
static TrValue w_idcok(TrValue *args, size_t nargs, TrValue kwnames) {
    return void_flag_method(args, nargs, kwnames, "idcok", idcok);
}
static TrValue w_timeout(TrValue *args, size_t nargs, TrValue kwnames) {
    int delay;
    if (!one_int(args, nargs, kwnames, "timeout", "delay", &delay)) return 0;
    wtimeout(WIN(args[0]), delay);
    return tr_None;
}
static TrValue w_insdelln(TrValue *args, size_t nargs, TrValue kwnames) {
    int n;
    if (!one_int(args, nargs, kwnames, "insdelln", "nlines", &n)) return 0;
    return curses_check_err(winsdelln(WIN(args[0]), n), "winsdelln");
}

/* NAME(a, b): "ii;usage" */
static const struct { const char *name, *cname, *usage; int (*fn)(WINDOW *, int, int); } two_int_methods[] = {
    {"move", "wmove", "y,x", wmove}, {"mvwin", "mvwin", "y,x", mvwin}, {"mvderwin", "mvderwin", "y,x", mvderwin},
    {"resize", "wresize", "lines,columns", wresize}, {"setscrreg", "wsetscrreg", "top,bottom", wsetscrreg},
};

static TrValue two_int_method(TrValue *args, size_t nargs, TrValue kwnames, int i) {
    if (tr_no_kwargs(two_int_methods[i].name, kwnames) < 0) return 0;
    int v[2];
    if (nargs != 3) return tr_err(TR_EXC_TYPE(TypeError), "%s", two_int_methods[i].usage);
    if (!ints(args, 1, 2, v)) return 0;
    return curses_check_err(two_int_methods[i].fn(WIN(args[0]), v[0], v[1]), two_int_methods[i].cname);
}
#define TWO_INT_METHOD(I, NAME) \
    static TrValue w_##NAME(TrValue *args, size_t nargs, TrValue kwnames) { return two_int_method(args, nargs, kwnames, I); }
TWO_INT_METHOD(0, move)
TWO_INT_METHOD(1, mvwin)
TWO_INT_METHOD(2, mvderwin)
TWO_INT_METHOD(3, resize)
TWO_INT_METHOD(4, setscrreg)

/* --------------------------------------------------------------------- geometry */

static TrValue yx_pair(TrValue *args, size_t nargs, TrValue kwnames, const char *name, int y, int x) {
    if (tr_method_args(args, nargs, kwnames, name, 0, 0) < 0) return 0;
    return tr_tuple_pack(2, tr_int_from_i64(y), tr_int_from_i64(x));
}
static TrValue w_getyx(TrValue *args, size_t nargs, TrValue kwnames) {
    return yx_pair(args, nargs, kwnames, "getyx", getcury(WIN(args[0])), getcurx(WIN(args[0])));
}
static TrValue w_getbegyx(TrValue *args, size_t nargs, TrValue kwnames) {
    return yx_pair(args, nargs, kwnames, "getbegyx", getbegy(WIN(args[0])), getbegx(WIN(args[0])));
}
static TrValue w_getmaxyx(TrValue *args, size_t nargs, TrValue kwnames) {
    return yx_pair(args, nargs, kwnames, "getmaxyx", getmaxy(WIN(args[0])), getmaxx(WIN(args[0])));
}
static TrValue w_getparyx(TrValue *args, size_t nargs, TrValue kwnames) {
    return yx_pair(args, nargs, kwnames, "getparyx", getpary(WIN(args[0])), getparx(WIN(args[0])));
}

static TrValue w_is_wintouched(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_method_args(args, nargs, kwnames, "is_wintouched", 0, 0) < 0) return 0;
    return tr_bool(is_wintouched(WIN(args[0])));
}

static TrValue w_is_linetouched(TrValue *args, size_t nargs, TrValue kwnames) {
    int line;
    if (tr_method_args(args, nargs, kwnames, "is_linetouched", 1, 1) < 0 || tr_as_c_int(args[1], &line) < 0) return 0;
    int r = is_linetouched(WIN(args[0]), line);
    if (r == ERR) return tr_err((TrType *)curses_error, "is_linetouched: line number outside of boundaries");
    return tr_bool(r);
}

static TrValue w_enclose(TrValue *args, size_t nargs, TrValue kwnames) {
    int v[2];
    if (tr_method_args(args, nargs, kwnames, "enclose", 2, 2) < 0 || !ints(args, 1, 2, v)) return 0;
    return tr_bool(wenclose(WIN(args[0]), v[0], v[1]));
}

/* subwin/derwin([nlines=0, ncols=0,] begin_y, begin_x) */
static TrValue cut_window(TrValue *args, size_t nargs, TrValue kwnames, const char *fname, bool derived) {
    if (tr_no_kwargs(fname, kwnames) < 0) return 0;
    if (nargs != 3 && nargs != 5) return curses_group_error(fname, 2, 4);
    int v[4] = {0};
    if (!ints(args, 1, nargs - 1, nargs == 3 ? v + 2 : v)) return 0;
    CursesWindow *self = (CursesWindow *)args[0];
    WINDOW *win;
    if (derived) win = derwin(self->win, v[0], v[1], v[2], v[3]);
    else if (is_pad(self->win)) win = subpad(self->win, v[0], v[1], v[2], v[3]);
    else win = subwin(self->win, v[0], v[1], v[2], v[3]);
    return win ? curses_window_new(win, args[0], self->encoding) : curses_null_error();
}
static TrValue w_subwin(TrValue *args, size_t nargs, TrValue kwnames) {
    return cut_window(args, nargs, kwnames, "_curses.window.subwin", false);
}
static TrValue w_derwin(TrValue *args, size_t nargs, TrValue kwnames) {
    return cut_window(args, nargs, kwnames, "_curses.window.derwin", true);
}

/* overlay/overwrite(destwin[, sminrow, smincol, dminrow, dmincol, dmaxrow, dmaxcol]):
 * the whole window, or that rectangle through copywin; overlay skips blanks */
static TrValue copy_window(TrValue *args, size_t nargs, TrValue kwnames, const char *fname, bool blanks_skipped) {
    if (tr_no_kwargs(fname, kwnames) < 0) return 0;
    if (nargs != 2 && nargs != 8) return curses_group_error(fname, 1, 7);
    const char *name = strrchr(fname, '.') + 1;
    if (!tr_isinstance_type(args[1], &curses_window_type))
        return tr_err(TR_EXC_TYPE(TypeError), "%s() argument 1 must be _curses.window, not %s", name,
                      tr_arg_type_name(args[1]));
    WINDOW *src = WIN(args[0]), *dst = WIN(args[1]);
    if (nargs == 2)
        return curses_check_err(blanks_skipped ? overlay(src, dst) : overwrite(src, dst), name);
    int v[6];
    if (!ints(args, 2, 6, v)) return 0;
    return curses_check_err(copywin(src, dst, v[0], v[1], v[2], v[3], v[4], v[5], blanks_skipped), "copywin");
}
static TrValue w_overlay(TrValue *args, size_t nargs, TrValue kwnames) {
    return copy_window(args, nargs, kwnames, "_curses.window.overlay", true);
}
static TrValue w_overwrite(TrValue *args, size_t nargs, TrValue kwnames) {
    return copy_window(args, nargs, kwnames, "_curses.window.overwrite", false);
}

/* --------------------------------------------------------------------- refresh, scroll */

/* refresh/noutrefresh([pminrow, pmincol, sminrow, smincol, smaxrow, smaxcol]) */
static TrValue refresh_window(TrValue *args, size_t nargs, TrValue kwnames, const char *fname, bool out) {
    if (tr_no_kwargs(fname, kwnames) < 0) return 0;
    if (nargs != 1 && nargs != 7) return curses_group_error(fname, 0, 6);
    WINDOW *win = WIN(args[0]);
    const char *name = strrchr(fname, '.') + 1;
    if (is_pad(win)) {
        int v[6];
        if (nargs != 7) return tr_err((TrType *)curses_error, "%s() for a pad requires 6 arguments", name);
        if (!ints(args, 1, 6, v)) return 0;
        int r = TR_WITHOUT_GIL(int, out ? pnoutrefresh(win, v[0], v[1], v[2], v[3], v[4], v[5])
                                        : prefresh(win, v[0], v[1], v[2], v[3], v[4], v[5]));
        return curses_check_err(r, out ? "pnoutrefresh" : "prefresh");
    }
    if (nargs != 1) return tr_err(TR_EXC_TYPE(TypeError), "%s() takes no arguments (6 given)", name);
    int r = TR_WITHOUT_GIL(int, out ? wnoutrefresh(win) : wrefresh(win));
    return curses_check_err(r, out ? "wnoutrefresh" : "prefresh");
}
static TrValue w_refresh(TrValue *args, size_t nargs, TrValue kwnames) {
    return refresh_window(args, nargs, kwnames, "_curses.window.refresh", false);
}
static TrValue w_noutrefresh(TrValue *args, size_t nargs, TrValue kwnames) {
    return refresh_window(args, nargs, kwnames, "_curses.window.noutrefresh", true);
}

static TrValue w_redrawln(TrValue *args, size_t nargs, TrValue kwnames) {
    int v[2];
    if (tr_no_kwargs("redrawln", kwnames) < 0) return 0;
    if (nargs != 3) return tr_err(TR_EXC_TYPE(TypeError), "redrawln expected 2 arguments, got %zu", nargs - 1);
    if (!ints(args, 1, 2, v)) return 0;
    return curses_check_err(wredrawln(WIN(args[0]), v[0], v[1]), "redrawln");
}

static TrValue w_scroll(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_no_kwargs("scroll", kwnames) < 0) return 0;
    if (nargs > 2) return curses_group_error("_curses.window.scroll", 0, 1);
    int lines = 1;
    if (nargs == 2 && tr_as_c_int(args[1], &lines) < 0) return 0;
    return curses_check_err(nargs == 2 ? wscrl(WIN(args[0]), lines) : scroll(WIN(args[0])), "scroll");
}

/* --------------------------------------------------------------------- reading */

/* ([y, x]) of getch, getkey, get_wch, inch, delch: false + error, *use_xy */
static bool optional_yx(const char *fname, TrValue *args, size_t nargs, TrValue kwnames, int yx[2], bool *use_xy) {
    if (tr_no_kwargs(fname, kwnames) < 0) return false;
    if (nargs != 1 && nargs != 3) {
        curses_group_error(fname, 0, 2);
        return false;
    }
    *use_xy = nargs == 3;
    return !*use_xy || ints(args, 1, 2, yx);
}

/* wgetch with the GIL released (a signal's Python handler runs when it returns) */
static int read_key(WINDOW *win, bool use_xy, int yx[2]) {
    return TR_WITHOUT_GIL(int, use_xy ? mvwgetch(win, yx[0], yx[1]) : wgetch(win));
}

static TrValue no_input(void) {
    if (tr_handle_signals() < 0) return 0;
    return tr_err((TrType *)curses_error, "no input");
}

static TrValue w_getch(TrValue *args, size_t nargs, TrValue kwnames) {
    int yx[2];
    bool use_xy;
    if (!optional_yx("_curses.window.getch", args, nargs, kwnames, yx, &use_xy)) return 0;
    int r = read_key(WIN(args[0]), use_xy, yx);
    if (r == ERR && tr_handle_signals() < 0) return 0;
    return tr_int_from_i64(r);
}

static TrValue w_getkey(TrValue *args, size_t nargs, TrValue kwnames) {
    int yx[2];
    bool use_xy;
    if (!optional_yx("_curses.window.getkey", args, nargs, kwnames, yx, &use_xy)) return 0;
    int r = read_key(WIN(args[0]), use_xy, yx);
    if (r == ERR) return no_input();
    if (r <= 255) return curses_str_from_wchar((uint32_t)r);
    const char *name = keyname(r);
    return tr_str_from_cstr(name ? name : "");
}

static TrValue w_get_wch(TrValue *args, size_t nargs, TrValue kwnames) {
    int yx[2];
    bool use_xy;
    if (!optional_yx("_curses.window.get_wch", args, nargs, kwnames, yx, &use_xy)) return 0;
    WINDOW *win = WIN(args[0]);
    wint_t ch;
    int r = TR_WITHOUT_GIL(int, use_xy ? mvwget_wch(win, yx[0], yx[1], &ch) : wget_wch(win, &ch));
    if (r == ERR) return no_input();
    return r == KEY_CODE_YES ? tr_int_from_i64((int64_t)ch) : curses_str_from_wchar((uint32_t)ch);
}

static TrValue w_inch(TrValue *args, size_t nargs, TrValue kwnames) {
    int yx[2];
    bool use_xy;
    if (!optional_yx("_curses.window.inch", args, nargs, kwnames, yx, &use_xy)) return 0;
    WINDOW *win = WIN(args[0]);
    return tr_int_from_u64((uint64_t)(use_xy ? mvwinch(win, yx[0], yx[1]) : winch(win)));
}

static TrValue w_delch(TrValue *args, size_t nargs, TrValue kwnames) {
    int yx[2];
    bool use_xy;
    if (!optional_yx("_curses.window.delch", args, nargs, kwnames, yx, &use_xy)) return 0;
    WINDOW *win = WIN(args[0]);
    return use_xy ? curses_check_err(mvwdelch(win, yx[0], yx[1]), "mvwdelch") : curses_check_err(wdelch(win), "wdelch");
}

/* getstr/instr([y, x,] n=1023): the bytes read from the keyboard or the window */
static TrValue read_string(TrValue *args, size_t nargs, TrValue kwnames, const char *fname, const char *count_error,
                           bool from_keyboard) {
    if (tr_no_kwargs(fname, kwnames) < 0) return 0;
    if (nargs > 4) return tr_err(TR_EXC_TYPE(TypeError), "%s", count_error);
    int v[3] = {0, 0, 1023};
    size_t n = nargs - 1;
    if (n == 1 && !ints(args, 1, 1, &v[2])) return 0;
    if (n >= 2 && !ints(args, 1, n, v)) return 0;
    if (v[2] < 0) return tr_err(TR_EXC_TYPE(ValueError), "'n' must be nonnegative");
    int max = v[2] < 1023 ? v[2] : 1023;
    char buf[1024] = "";
    WINDOW *win = WIN(args[0]);
    int r;
    if (from_keyboard)
        r = TR_WITHOUT_GIL(int, n >= 2 ? mvwgetnstr(win, v[0], v[1], buf, max) : wgetnstr(win, buf, max));
    else
        r = n >= 2 ? mvwinnstr(win, v[0], v[1], buf, max) : winnstr(win, buf, max);
    if (r == ERR) buf[0] = 0;
    return tr_bytes_new(buf, strlen(buf));
}
static TrValue w_getstr(TrValue *args, size_t nargs, TrValue kwnames) {
    return read_string(args, nargs, kwnames, "getstr", "getstr requires 0 to 3 arguments", true);
}
static TrValue w_instr(TrValue *args, size_t nargs, TrValue kwnames) {
    return read_string(args, nargs, kwnames, "instr", "instr requires 0 or 3 arguments", false);
}

/* --------------------------------------------------------------------- encoding */

static TrValue w_get_encoding(TrValue self) { return ((CursesWindow *)self)->encoding; }

static int w_set_encoding(TrValue self, TrValue v) {
    if (!v) {
        tr_err(TR_EXC_TYPE(TypeError), "can't delete encoding attribute");
        return -1;
    }
    if (!tr_str_check(v)) {
        tr_err(TR_EXC_TYPE(TypeError), "setting encoding to a non-string");
        return -1;
    }
    ((CursesWindow *)self)->encoding = v;
    return 0;
}

static const TrMethodDef window_methods[] = {
    {"addch", w_addch}, {"addstr", w_addstr}, {"addnstr", w_addnstr}, {"insch", w_insch}, {"insstr", w_insstr},
    {"insnstr", w_insnstr}, {"echochar", w_echochar}, {"hline", w_hline}, {"vline", w_vline}, {"box", w_box},
    {"border", w_border}, {"chgat", w_chgat}, {"attron", w_attron}, {"attroff", w_attroff}, {"attrset", w_attrset},
    {"bkgd", w_bkgd}, {"bkgdset", w_bkgdset}, {"getbkgd", w_getbkgd},
    {"clear", w_clear}, {"erase", w_erase}, {"clrtobot", w_clrtobot}, {"clrtoeol", w_clrtoeol},
    {"deleteln", w_deleteln}, {"insertln", w_insertln}, {"redrawwin", w_redrawwin}, {"touchwin", w_touchwin},
    {"untouchwin", w_untouchwin}, {"standend", w_standend}, {"standout", w_standout}, {"syncup", w_syncup},
    {"syncdown", w_syncdown}, {"cursyncup", w_cursyncup},
    {"clearok", w_clearok}, {"idlok", w_idlok}, {"leaveok", w_leaveok}, {"scrollok", w_scrollok},
    {"nodelay", w_nodelay}, {"notimeout", w_notimeout}, {"keypad", w_keypad}, {"syncok", w_syncok},
    {"immedok", w_immedok}, {"idcok", w_idcok}, {"timeout", w_timeout}, {"insdelln", w_insdelln},
    {"move", w_move}, {"mvwin", w_mvwin}, {"mvderwin", w_mvderwin}, {"resize", w_resize}, {"setscrreg", w_setscrreg},
    {"getyx", w_getyx}, {"getbegyx", w_getbegyx}, {"getmaxyx", w_getmaxyx}, {"getparyx", w_getparyx},
    {"is_wintouched", w_is_wintouched}, {"is_linetouched", w_is_linetouched}, {"enclose", w_enclose},
    {"subwin", w_subwin}, {"subpad", w_subwin}, {"derwin", w_derwin}, {"overlay", w_overlay},
    {"overwrite", w_overwrite},
    {"refresh", w_refresh}, {"noutrefresh", w_noutrefresh}, {"redrawln", w_redrawln}, {"scroll", w_scroll},
    {"getch", w_getch}, {"getkey", w_getkey}, {"get_wch", w_get_wch}, {"inch", w_inch}, {"delch", w_delch},
    {"getstr", w_getstr}, {"instr", w_instr},
    {0},
};

TrType curses_window_type = {
    .ob = {&tr_type_type}, .name = "window", .basicsize = sizeof(CursesWindow),
};

void curses_window_ready(TrValue module) {
    curses_window_type.module = TR_INTERN("_curses");
    tr_type_ready(&curses_window_type);
    tr_type_add_methods(&curses_window_type, window_methods);
    tr_type_add_getset(&curses_window_type, "encoding", w_get_encoding, w_set_encoding);
    tr_module_add(module, "window", (TrValue)&curses_window_type);
}
