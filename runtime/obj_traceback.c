/* obj_traceback.c — `traceback` and `frame` objects: what an exception's __traceback__,
 * sys.exc_info()[2], sys._getframe and the traceback module walk.  A traceback entry is
 * made as an exception leaves a compiled frame (tr_tb_add); its frame object is made on
 * first use and knows the frame's code, line, module globals and caller: the entry of
 * the frame the exception left next, or else the frames on the stack below it then.
 * A frame object of a live frame (sys._getframe) reads f_lineno from the frame's slot
 * while that slot still holds a call of its code.
 * Assumes: compiled code keeps no frame objects at run time, so a frame object is made
 * on demand, its f_back fixed then, and f_locals is an empty dict; except a frame while
 * sys.settrace traces it (trace.c): f_back is its caller's then, f_trace its local trace
 * function and f_locals the snapshot its code gave for the event. */
#include "tr.h"

TrValue tr_frame_new(const TrCode *code, int line, TrValue back, const TrFrameSlot *slot) {
    TrFrame *f = (TrFrame *)tr_object_alloc(&tr_frame_type, sizeof(TrFrame));
    f->code = code;
    f->line = line;
    f->back = back;
    f->slot = slot;
    f->trace_lines = true;
    return (TrValue)f;
}

TrValue tr_traceback_new(const TrCode *code, int line, uint64_t span, TrTraceback *next) {
    TrTraceback *tb = (TrTraceback *)tr_object_alloc(&tr_traceback_type, sizeof(TrTraceback));
    tb->code = code;
    tb->line = line;
    tb->span = span;
    tb->next = next;
    tb->depth = tr_call_depth();
    if (next && !next->back) next->back = tb;
    return (TrValue)tb;
}

/* ---------------------------------------------------------------- traceback */

static TrValue tb_get_next(TrValue self) {
    TrTraceback *next = ((TrTraceback *)self)->next;
    return next ? (TrValue)next : tr_None;
}

static int tb_set_next(TrValue self, TrValue v) {
    if (!v) return tr_err(TR_EXC_TYPE(TypeError), "can't delete tb_next attribute"), -1;
    if (v != tr_None && TR_TYPE(v) != &tr_traceback_type)
        return tr_err(TR_EXC_TYPE(TypeError), "expected traceback object, got '%s'", TR_TYPE_NAME(v)), -1;
    for (TrTraceback *t = v == tr_None ? 0 : (TrTraceback *)v; t; t = t->next)
        if ((TrValue)t == self) return tr_err(TR_EXC_TYPE(ValueError), "traceback loop detected"), -1;
    ((TrTraceback *)self)->next = v == tr_None ? 0 : (TrTraceback *)v;
    return 0;
}

static TrValue tb_get_lineno(TrValue self) { return TR_FROM_SMALL(((TrTraceback *)self)->line); }
/* tb_lasti, f_lasti: there is no bytecode offset */
static TrValue get_lasti(TrValue self) { return TR_FROM_SMALL(0); }

static TrValue tb_get_frame(TrValue self) {
    TrTraceback *tb = (TrTraceback *)self;
    if (!tb->frame) {
        /* the caller's entry, or the frames below this one that are still on the stack */
        TrValue back = tb->back ? tb_get_frame((TrValue)tb->back) : tr_frame_chain(tb->depth - 1);
        tb->frame = tr_frame_new(tb->code, tb->line, back, 0);
    }
    return tb->frame;
}

TrType tr_traceback_type = {.ob = {&tr_type_type}, .name = "traceback", .basicsize = sizeof(TrTraceback)};

/* ---------------------------------------------------------------- frame */

static TrValue frame_repr(TrValue self) {
    TrFrame *f = (TrFrame *)self;
    return tr_str_fmt("<frame at %p, file '%s', line %d, code %s>", (void *)f, f->code->filename, f->line,
                      f->code->name);
}

static TrValue frame_get_lineno(TrValue self) {
    TrFrame *f = (TrFrame *)self;
    return TR_FROM_SMALL(f->slot && tr_frame_slot_live(f->slot, f->code) ? f->slot->line : f->line);
}

/* f_back: a traced frame's caller while it runs (None once it returned) */
static TrValue frame_get_back(TrValue self) {
    TrFrame *f = (TrFrame *)self;
    if (f->back) return f->back;
    return f->running ? tr_frame_caller(f->slot) : tr_None;
}

static TrValue frame_get_trace(TrValue self) {
    TrValue t = ((TrFrame *)self)->trace;
    return t ? t : tr_None;
}

static int frame_set_trace(TrValue self, TrValue v) {
    ((TrFrame *)self)->trace = v && v != tr_None ? v : 0;
    return 0;
}

static TrValue frame_get_trace_lines(TrValue self) { return tr_bool(((TrFrame *)self)->trace_lines); }

static int frame_set_trace_lines(TrValue self, TrValue v) {
    if (v != tr_True && v != tr_False) return tr_err(TR_EXC_TYPE(TypeError), "attribute value type must be bool"), -1;
    ((TrFrame *)self)->trace_lines = v == tr_True;
    return 0;
}

static TrValue frame_get_globals(TrValue self) {
    const TrCode *code = ((TrFrame *)self)->code;
    if (!code->module || !*code->module) return tr_dict_new();
    return tr_getattr(*code->module, TR_INTERN("__dict__"));
}

/* f_locals: a module's globals; a traced function's locals during a line event; else empty */
static TrValue frame_get_locals(TrValue self) {
    const TrCode *code = ((TrFrame *)self)->code;
    if (!strcmp(code->name, "<module>")) return frame_get_globals(self);
    return tr_frame_locals(self);
}

static TrValue frame_get_builtins(TrValue self) {
    TrValue builtins = tr_dict_get_str(tr_sys_modules, "builtins");
    return builtins ? tr_getattr(builtins, TR_INTERN("__dict__")) : tr_dict_new();
}

static TrValue frame_get_code(TrValue self) { return tr_code_object(((TrFrame *)self)->code); }

TrType tr_frame_type = {.ob = {&tr_type_type}, .name = "frame", .basicsize = sizeof(TrFrame), .repr = frame_repr};

void tr_init_traceback(void) {
    tr_type_ready(&tr_traceback_type);
    tr_type_add_getset(&tr_traceback_type, "tb_next", tb_get_next, tb_set_next);
    tr_type_add_getter(&tr_traceback_type, "tb_lineno", tb_get_lineno);
    tr_type_add_getter(&tr_traceback_type, "tb_lasti", get_lasti);
    tr_type_add_getter(&tr_traceback_type, "tb_frame", tb_get_frame);
    tr_type_ready(&tr_frame_type);
    tr_type_add_getter(&tr_frame_type, "f_code", frame_get_code);
    tr_type_add_getset(&tr_frame_type, "f_lineno", frame_get_lineno, tr_frame_set_lineno);
    tr_type_add_getter(&tr_frame_type, "f_lasti", get_lasti);
    tr_type_add_getter(&tr_frame_type, "f_back", frame_get_back);
    tr_type_add_getset(&tr_frame_type, "f_trace", frame_get_trace, frame_set_trace);
    tr_type_add_getset(&tr_frame_type, "f_trace_lines", frame_get_trace_lines, frame_set_trace_lines);
    tr_type_add_getter(&tr_frame_type, "f_locals", frame_get_locals);
    tr_type_add_getter(&tr_frame_type, "f_globals", frame_get_globals);
    tr_type_add_getter(&tr_frame_type, "f_builtins", frame_get_builtins);
}
