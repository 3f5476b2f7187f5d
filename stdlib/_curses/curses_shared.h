/* curses_shared.h — what the files of the _curses module share: the window object,
 * the module's state (initscr/setupterm/start_color called), _curses.error and the
 * argument conversions CPython 3.11's Modules/_cursesmodule.c makes, with its texts.
 * Assumes: ncursesw (wide characters), one screen per process as CPython's. */
#ifndef TR_CURSES_SHARED_H
#define TR_CURSES_SHARED_H
#define NCURSES_WIDECHAR 1
#include "tr.h"
#include <errno.h>
#include <curses.h>
#include <wchar.h>

typedef struct CursesWindow {
    TrObject ob;
    WINDOW *win;
    TrValue parent;   /* the window a subwin/derwin was cut from (kept alive), or 0 */
    TrValue encoding; /* str: the encoding of bytes read and written */
} CursesWindow;

extern TrType curses_window_type;
extern TrValue curses_error;             /* _curses.error */
extern bool curses_initialised, curses_setupterm_called, curses_color_initialised;

TrValue curses_window_new(WINDOW *win, TrValue parent, TrValue encoding);
void curses_window_ready(TrValue module);

/* 0 + "must call initscr() first" (and "must call start_color() first") unless ready */
bool curses_check_initialised(void);
bool curses_check_color(void);
/* tr_None, or 0 + _curses.error "NAME() returned ERR" when code is ERR */
TrValue curses_check_err(int code, const char *fname);
/* a new class MODULE.error(Exception) (_curses.error, _curses_panel.error) */
TrValue curses_new_error(const char *module);
TrValue trmod___curses_init(void);
/* the error of a NULL WINDOW* */
TrValue curses_null_error(void);

/* a character argument (int, bytes or str of length 1) as a chtype: 0, or -1 + error */
int curses_chtype_arg(TrValue v, chtype *ch);
/* the same for functions that draw wide characters: 1 with *ch (int, bytes), 2 with
 * *wch (str), -1 + error */
int curses_cchar_arg(TrValue v, chtype *ch, wchar_t *wch);
/* a string argument: 1 with *bytes (NUL-terminated bytes data), 2 with *wstr (a
 * GC-allocated wide string), -1 + error */
int curses_string_arg(TrValue v, const char **bytes, wchar_t **wstr);
/* TypeError "NAME requires MIN to MAX arguments" (CPython's optional groups) */
TrValue curses_group_error(const char *fname, int min, int max);
/* a str of one code point */
TrValue curses_str_from_wchar(uint32_t cp);
#endif
