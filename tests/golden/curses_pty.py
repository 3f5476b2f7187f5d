# curses on a real terminal: a child on a pseudo-terminal (pty.fork, TERM=xterm) draws a
# screen through curses.wrapper and reads the keys the parent types (escape sequences
# as KEY_*, UTF-8 as str, a line); the parent prints what the child reported through a
# pipe, the screen's text with the escape sequences taken out, and a digest of the
# bytes ncurses wrote.
import hashlib
import os
import pty
import re
import curses
import curses.panel
import curses.textpad

results = []
# windows stay referenced to the end: CPython deletes a window when its last reference
# goes (making curses repaint what it covered), trc when the program ends
windows = []


def report(*items):
    results.append(" ".join(str(i) for i in items))


def attempt(label, f, *args):
    try:
        report(label, "->", repr(f(*args)))
    except (curses.error, TypeError, ValueError, OverflowError) as e:
        report(label, "->", type(e).__name__, e)


def draw(stdscr):
    report("LINES/COLS", curses.LINES, curses.COLS, stdscr.getmaxyx(), stdscr.getbegyx(), stdscr.getyx())
    report("ACS", curses.ACS_VLINE == curses.ACS_SBSB, curses.ACS_HLINE > 255, hasattr(curses, "ACS_ULCORNER"))
    report("colors", curses.has_colors(), curses.COLORS, curses.COLOR_PAIRS, curses.can_change_color())
    curses.use_default_colors()
    curses.init_pair(1, curses.COLOR_RED, curses.COLOR_BLACK)
    curses.init_pair(2, curses.COLOR_GREEN, -1)
    report("pair", curses.color_pair(1), curses.pair_number(curses.color_pair(2) | curses.A_BOLD),
           curses.pair_content(1))
    stdscr.addstr(0, 0, "Title", curses.A_BOLD)
    stdscr.addstr(" plain")
    stdscr.addstr(1, 0, "red", curses.color_pair(1))
    stdscr.attron(curses.A_UNDERLINE)
    stdscr.addstr(" under")
    stdscr.attroff(curses.A_UNDERLINE)
    stdscr.addch(1, 20, "x")
    stdscr.addch(ord("y"), curses.A_REVERSE)
    stdscr.addch("\u20ac")
    stdscr.addnstr(2, 0, "abcdefgh", 3)
    stdscr.insstr(2, 0, ">>")
    stdscr.addstr(3, 0, b"bytes text")
    stdscr.move(3, 5)
    stdscr.clrtoeol()
    report("yx", stdscr.getyx(), "inch", stdscr.inch(0, 0) & 0xff, stdscr.inch(0, 0) & curses.A_BOLD != 0)
    report("instr", stdscr.instr(0, 0, 11), stdscr.instr(2, 0), stdscr.instr(3, 0, 8))
    stdscr.hline(4, 0, "-", 10)
    stdscr.vline(5, 0, curses.ACS_VLINE, 3)
    stdscr.chgat(0, 0, 5, curses.A_REVERSE | curses.color_pair(2))
    win = curses.newwin(6, 20, 8, 10)
    win.box()
    win.addstr(1, 1, "in a box")
    win.bkgd(" ", curses.color_pair(2))
    report("win", win.getmaxyx(), win.getbegyx(), win.getparyx(), type(win).__name__)
    sub = win.derwin(3, 10, 2, 2)
    sub.border()
    report("derwin", sub.getbegyx(), sub.getparyx())
    sub2 = stdscr.subwin(2, 5, 20, 0)
    sub2.addstr(0, 0, "sub")
    report("subwin", sub2.getbegyx(), sub2.getmaxyx())
    win.mvwin(9, 11)
    report("mvwin", win.getbegyx())
    scroller = curses.newwin(3, 10, 16, 40)
    scroller.scrollok(True)
    for i in range(5):
        scroller.addstr("line%d\n" % i)
    scroller.scroll(1)
    report("scrolled", scroller.instr(0, 0, 6), scroller.instr(1, 0, 6))
    big = curses.newwin(2, 2, 0, 0)
    big.resize(3, 7)
    report("resize", big.getmaxyx())
    windows.extend([win, sub, sub2, scroller, big])
    stdscr.noutrefresh()
    win.noutrefresh()
    scroller.noutrefresh()
    curses.doupdate()
    report("keyname", curses.keyname(259), curses.keyname(1), curses.keyname(97), curses.keyname(27))
    report("unctrl", curses.unctrl(1), curses.unctrl("a"), curses.unctrl(200), curses.unctrl(b"\x7f"))
    report("has_key", curses.has_key(curses.KEY_UP), curses.has_key(curses.KEY_F63))
    report("term", curses.termname(), curses.longname(), curses.isendwin(), curses.baudrate())
    report("curs_set", curses.curs_set(0), curses.curs_set(1))
    report("beep", curses.beep(), curses.napms(1))


def misuse(stdscr):
    win = curses.newwin(3, 3, 0, 0)
    windows.append(win)
    attempt("addstr 0 args", stdscr.addstr)
    attempt("addstr 5 args", stdscr.addstr, 1, 2, 3, 4, 5)
    attempt("addstr int", stdscr.addstr, 3)
    attempt("addstr NUL", stdscr.addstr, "a\0")
    attempt("addstr bytes NUL", stdscr.addstr, b"a\0")
    attempt("addch str2", stdscr.addch, "ab")
    attempt("addch float", stdscr.addch, 1.5)
    attempt("addch big", stdscr.addch, 2 ** 70)
    attempt("addch -1", stdscr.addch, -1)
    attempt("addch bytes2", stdscr.addch, b"ab")
    attempt("addnstr 1 arg", stdscr.addnstr, "a")
    attempt("getch 1 arg", stdscr.getch, 1)
    attempt("getstr 4 args", stdscr.getstr, 1, 2, 3, 4)
    attempt("getstr -1", stdscr.getstr, -1)
    attempt("instr 4 args", stdscr.instr, 1, 2, 3, 4)
    attempt("box 1 arg", stdscr.box, 1)
    attempt("hline 1 arg", stdscr.hline, 1)
    attempt("chgat 0 args", stdscr.chgat)
    attempt("border 9 args", stdscr.border, *range(9))
    attempt("move 1 arg", stdscr.move, 1)
    attempt("move off", stdscr.move, 100, 100)
    attempt("mvwin off", win.mvwin, 100, 100)
    attempt("resize 0", win.resize, 0, 0)
    attempt("attron str", stdscr.attron, "x")
    attempt("keypad 0 args", stdscr.keypad)
    attempt("timeout 0 args", stdscr.timeout)
    attempt("getmaxyx 1 arg", stdscr.getmaxyx, 1)
    attempt("subwin 1 arg", stdscr.subwin, 1)
    attempt("refresh 1 arg", stdscr.refresh, 1)
    attempt("scroll 2 args", stdscr.scroll, 1, 2)
    attempt("corner", win.addstr, 2, 2, "x")
    attempt("newwin bad", curses.newwin, -1, -1)
    attempt("keyname -1", curses.keyname, -1)
    attempt("curs_set 5", curses.curs_set, 5)
    attempt("init_pair -1", curses.init_pair, -1, 0, 0)
    attempt("init_pair color", curses.init_pair, 1, 1000, 0)
    attempt("init_pair pair", curses.init_pair, 100000, 0, 0)
    attempt("init_pair -2", curses.init_pair, 1, -2, 0)
    attempt("color_content", curses.color_content, 1000)
    attempt("unctrl str2", curses.unctrl, "ab")
    attempt("overlay 0 args", stdscr.overlay)
    attempt("overlay str", stdscr.overlay, "x")
    attempt("overlay 3 args", stdscr.overlay, win, 1, 2)
    attempt("overwrite str", stdscr.overwrite, "x")
    attempt("overlay", win.overlay, stdscr)
    attempt("overwrite", win.overwrite, stdscr)
    attempt("copywin", win.overlay, stdscr, 0, 0, 0, 0, 1, 1)
    attempt("copywin off", win.overwrite, stdscr, 0, 0, 50, 50, 60, 60)
    attempt("meta", curses.meta, 1)
    attempt("meta 0 args", curses.meta)
    attempt("intrflush", curses.intrflush, 0)
    attempt("setsyx", curses.setsyx, 2, 3)
    attempt("getsyx", curses.getsyx)
    attempt("setsyx 1 arg", curses.setsyx, 1)


def read_keys(stdscr):
    stdscr.addstr(22, 0, "READY")
    stdscr.refresh()
    keys = [stdscr.getch() for _ in range(11)]
    report("getch", keys, [curses.keyname(k) for k in keys])
    report("getkey", stdscr.getkey(), stdscr.getkey())
    report("get_wch", repr(stdscr.get_wch()), stdscr.get_wch(), repr(stdscr.get_wch()))
    report("mousemask", curses.mousemask(curses.BUTTON1_PRESSED | curses.BUTTON1_RELEASED),
           curses.mouseinterval(0))
    curses.ungetmouse(1, 2, 3, 0, curses.BUTTON1_RELEASED)
    report("ungetmouse", stdscr.getch() == curses.KEY_MOUSE, curses.getmouse())
    attempt("getmouse none", curses.getmouse)
    stdscr.nodelay(True)
    report("nodelay getch", stdscr.getch())
    attempt("nodelay getkey", stdscr.getkey)
    attempt("nodelay get_wch", stdscr.get_wch)
    stdscr.nodelay(False)
    stdscr.timeout(0)
    report("timeout getch", stdscr.getch())
    stdscr.timeout(-1)
    curses.ungetch("q")
    report("ungetch", stdscr.getch())
    stdscr.addstr(22, 0, "MORE!")
    stdscr.refresh()
    report("getstr", stdscr.getstr(23, 0, 20))


def no_bang(ch):
    return None if ch == ord("!") else ch


def edit_text(stdscr):
    curses.textpad.rectangle(stdscr, 10, 30, 13, 52)
    box = curses.newwin(2, 20, 11, 31)
    windows.append(box)
    stdscr.addstr(22, 0, "EDIT!")
    stdscr.refresh()
    tb = curses.textpad.Textbox(box)
    report("textbox", repr(tb.edit(no_bang)), tb.lastcmd, tb.maxy, tb.maxx)
    box.erase()
    tb = curses.textpad.Textbox(box, insert_mode=True)
    report("insert mode", repr(tb.edit()))


def panels(stdscr):
    a = curses.newwin(4, 12, 2, 50)
    b = curses.newwin(4, 12, 3, 55)
    a.addstr(1, 1, "panel A")
    b.addstr(1, 1, "panel B")
    pa = curses.panel.new_panel(a)
    pb = curses.panel.new_panel(b)
    report("deck", curses.panel.top_panel() is pb, curses.panel.bottom_panel() is pa, pa.above() is pb,
           pb.below() is pa, pb.above(), pa.below(), pa.window() is a, type(pa).__name__)
    pa.top()
    report("top", curses.panel.top_panel() is pa, pb.hidden())
    pb.hide()
    report("hide", pb.hidden(), curses.panel.top_panel() is pa, pa.below())
    pb.show()
    pb.move(5, 60)
    report("move", b.getbegyx())
    pa.set_userptr({"name": "A"})
    report("userptr", pa.userptr())
    try:
        pb.userptr()
    except curses.panel.error as e:
        report("userptr", type(e).__name__, e)
    c = curses.newwin(2, 8, 6, 40)
    pa.replace(c)
    report("replace", pa.window() is c)
    try:
        curses.panel.new_panel("x")
    except TypeError as e:
        report("new_panel", e)
    pb.bottom()
    curses.panel.update_panels()
    curses.doupdate()
    windows.extend([a, b, c, pa, pb])


def boom(stdscr, word):
    stdscr.addstr(0, 0, "boom " + word)
    stdscr.refresh()
    raise ValueError("boom " + word)


def main(stdscr, wfd):
    draw(stdscr)
    misuse(stdscr)
    read_keys(stdscr)
    curses.typeahead(-1)  # the edits refresh with keys pending: no early stop
    edit_text(stdscr)
    panels(stdscr)
    os.write(wfd, "\n".join(results).encode())


r, w = os.pipe()
pid, fd = pty.fork()
if pid == 0:
    os.close(r)
    os.environ["TERM"] = "xterm"
    os.environ.pop("LINES", None)
    os.environ.pop("COLUMNS", None)
    try:
        curses.wrapper(main, w)
        # wrapper restores the terminal when the function raises, and re-raises
        try:
            curses.wrapper(boom, "again")
        except ValueError as e:
            os.write(w, ("\nwrapper re-raised: %s; isendwin %s" % (e, curses.isendwin())).encode())
    except BaseException as e:
        os.write(w, ("child failed: %s: %s" % (type(e).__name__, e)).encode())
    os._exit(0)
os.close(w)

screen = b""


def read_until(marker):
    global screen
    while marker is None or marker not in screen:
        try:
            data = os.read(fd, 4096)
        except OSError:
            return
        if not data:
            return
        screen += data


read_until(b"READY")
# up, down, right, left, F1, home, delete, page down, 'a', ^A, Enter;
# then KEY_UP and 'x' for getkey, 'é', KEY_DOWN, 'z' for get_wch
os.write(fd, b"\x1bOA\x1bOB\x1bOC\x1bOD\x1bOP\x1bOH\x1b[3~\x1b[6~a\x01\r" + b"\x1bOAx" + "é".encode() + b"\x1bOBz")
read_until(b"MORE!")
os.write(fd, b"helx\x7flo\r")
read_until(b"EDIT!")
# Xbcdef, end, two left, kill, next line (Enter), line2 with a '!' dropped, up, ^G;
# then in insert mode: "ace", ^A, "b" pushing the line right, ^E, "d", ^G
os.write(fd, b"abcdef\x01X\x05 end\x02\x02\x0b\rli!ne2\x1bOA\x07" + b"ace\x01b\x05d\x07")
read_until(None)
os.waitpid(pid, 0)
report_text = b""
while True:
    chunk = os.read(r, 65536)
    if not chunk:
        break
    report_text += chunk
print(report_text.decode())
text = re.sub(rb"\x1b\[[0-9;?>]*[A-Za-z@]|\x1b[()][0-9A-Za-z]|\x1b[=>78]|\x1b\][^\x07]*\x07|[\x07\x0e\x0f\r]", b"", screen)
print(repr(text))
print(len(screen), hashlib.sha256(screen).hexdigest())
