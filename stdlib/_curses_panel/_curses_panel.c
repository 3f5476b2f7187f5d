/* _curses_panel.c — the C core of curses.panel on ncurses' panel library: panels
 * stacked over curses windows (new_panel, top_panel, bottom_panel, update_panels) and
 * the panel object (above/below, top/bottom, show/hide, move, replace, window, user
 * pointer), with CPython 3.11's error texts.
 * Assumes: a panel stays in the deck until the program ends (a panel object is kept
 * alive by the deck itself; CPython deletes a panel when its last reference goes);
 * ncurses' own user pointer of each PANEL holds its Python object. */
#include "../_curses/curses_shared.h"
#include <panel.h>

typedef struct CursesPanel {
    TrObject ob;
    PANEL *pan;
    TrValue window;  /* the CursesWindow shown */
    TrValue userptr; /* set_userptr's object, or 0 */
} CursesPanel;

static TrType panel_type;
static TrValue panel_error; /* _curses_panel.error */
static TrValue deck;        /* list of every panel object made: keeps them alive */

static TrValue check_err(int code, const char *fname) {
    if (code != ERR) return tr_None;
    return tr_err((TrType *)panel_error, "%s() returned ERR", fname);
}

/* the Python object of a PANEL (None for NULL) */
static TrValue panel_object(PANEL *pan) {
    if (!pan) return tr_None;
    const void *p = panel_userptr(pan);
    return p ? (TrValue)p : tr_None;
}

static bool window_arg(const char *fname, TrValue v) {
    if (tr_isinstance_type(v, &curses_window_type)) return true;
    tr_err(TR_EXC_TYPE(TypeError), "%s() argument must be _curses.window, not %s", fname, tr_arg_type_name(v));
    return false;
}

#define PAN(v) (((CursesPanel *)(v))->pan)

/* ---------------------------------------------------------------- module functions */

static TrValue p_new_panel(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_no_kwargs("new_panel", kwnames) < 0 || tr_check_nargs("new_panel", nargs, 1, 1) < 0 ||
        !window_arg("new_panel", args[0]))
        return 0;
    PANEL *pan = new_panel(((CursesWindow *)args[0])->win);
    if (!pan) return tr_err((TrType *)panel_error, "curses function returned NULL");
    CursesPanel *p = (CursesPanel *)tr_object_alloc(&panel_type, sizeof(CursesPanel));
    p->pan = pan;
    p->window = args[0];
    set_panel_userptr(pan, p);
    tr_list_append(deck, (TrValue)p);
    return (TrValue)p;
}

static TrValue p_top_panel(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("top_panel", nargs, 0, 0) < 0 || !curses_check_initialised()) return 0;
    return panel_object(panel_below(NULL));
}

static TrValue p_bottom_panel(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("bottom_panel", nargs, 0, 0) < 0 || !curses_check_initialised()) return 0;
    return panel_object(panel_above(NULL));
}

static TrValue p_update_panels(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("update_panels", nargs, 0, 0) < 0 || !curses_check_initialised()) return 0;
    update_panels();
    return tr_None;
}

/* ---------------------------------------------------------------- panel methods */

static TrValue pm_above(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_method_args(args, nargs, kwnames, "above", 0, 0) < 0) return 0;
    return panel_object(panel_above(PAN(args[0])));
}
static TrValue pm_below(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_method_args(args, nargs, kwnames, "below", 0, 0) < 0) return 0;
    return panel_object(panel_below(PAN(args[0])));
}
/* top, bottom, hide, show: one call on the deck, ERR reported under the method's name */
static TrValue deck_call(TrValue *args, size_t nargs, TrValue kwnames, const char *name, int (*fn)(PANEL *)) {
    if (tr_method_args(args, nargs, kwnames, name, 0, 0) < 0) return 0;
    return check_err(fn(PAN(args[0])), name);
}
static TrValue pm_top(TrValue *args, size_t nargs, TrValue kwnames) {
    return deck_call(args, nargs, kwnames, "top", top_panel);
}
static TrValue pm_bottom(TrValue *args, size_t nargs, TrValue kwnames) {
    return deck_call(args, nargs, kwnames, "bottom", bottom_panel);
}
static TrValue pm_hide(TrValue *args, size_t nargs, TrValue kwnames) {
    return deck_call(args, nargs, kwnames, "hide", hide_panel);
}
static TrValue pm_show(TrValue *args, size_t nargs, TrValue kwnames) {
    return deck_call(args, nargs, kwnames, "show", show_panel);
}
static TrValue pm_hidden(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_method_args(args, nargs, kwnames, "hidden", 0, 0) < 0) return 0;
    return tr_bool(panel_hidden(PAN(args[0])));
}
static TrValue pm_window(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_method_args(args, nargs, kwnames, "window", 0, 0) < 0) return 0;
    return ((CursesPanel *)args[0])->window;
}

static TrValue pm_move(TrValue *args, size_t nargs, TrValue kwnames) {
    int y, x;
    if (tr_method_args(args, nargs, kwnames, "move", 2, 2) < 0 || tr_as_c_int(args[1], &y) < 0 ||
        tr_as_c_int(args[2], &x) < 0)
        return 0;
    return check_err(move_panel(PAN(args[0]), y, x), "move_panel");
}

static TrValue pm_replace(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_method_args(args, nargs, kwnames, "replace", 1, 1) < 0 || !window_arg("replace", args[1])) return 0;
    CursesPanel *p = (CursesPanel *)args[0];
    if (replace_panel(p->pan, ((CursesWindow *)args[1])->win) == ERR)
        return tr_err((TrType *)panel_error, "replace_panel() returned ERR");
    p->window = args[1];
    return tr_None;
}

static TrValue pm_set_userptr(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_method_args(args, nargs, kwnames, "set_userptr", 1, 1) < 0) return 0;
    ((CursesPanel *)args[0])->userptr = args[1];
    return tr_None;
}

static TrValue pm_userptr(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_method_args(args, nargs, kwnames, "userptr", 0, 0) < 0) return 0;
    TrValue u = ((CursesPanel *)args[0])->userptr;
    return u ? u : tr_err((TrType *)panel_error, "no userptr set");
}

static const TrMethodDef panel_methods[] = {
    {"above", pm_above}, {"below", pm_below}, {"top", pm_top}, {"bottom", pm_bottom}, {"hide", pm_hide},
    {"show", pm_show}, {"hidden", pm_hidden}, {"window", pm_window}, {"move", pm_move},
    {"replace", pm_replace}, {"set_userptr", pm_set_userptr}, {"userptr", pm_userptr}, {0},
};

static TrType panel_type = {
    .ob = {&tr_type_type}, .name = "panel", .basicsize = sizeof(CursesPanel),
};

static const TrMethodDef panel_functions[] = {
    {"new_panel", p_new_panel}, {"top_panel", p_top_panel}, {"bottom_panel", p_bottom_panel},
    {"update_panels", p_update_panels}, {0},
};

TrValue trmod___curses__panel_init(void) {
    static TrValue m;
    if (m) return m;
    if (!trmod___curses_init()) return 0;
    m = tr_module_new("_curses_panel", 0, NULL, NULL);
    tr_add_roots(&m, sizeof m);
    tr_add_roots(&panel_error, sizeof panel_error);
    tr_add_roots(&deck, sizeof deck);
    deck = tr_list_new(0);
    if (!(panel_error = curses_new_error("_curses_panel"))) return 0;
    panel_type.module = TR_INTERN("_curses_panel");
    tr_type_ready(&panel_type);
    tr_type_add_methods(&panel_type, panel_methods);
    tr_module_add(m, "panel", (TrValue)&panel_type);
    tr_module_add(m, "error", panel_error);
    tr_module_add(m, "version", tr_bytes_new("2.1", 3));
    tr_module_add_functions(m, panel_functions);
    return m;
}
