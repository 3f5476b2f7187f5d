/* trace.c — sys.settrace and sys.setprofile: the trace and profile functions of each
 * thread and the events compiled code reports to them ('call', 'line', 'return',
 * 'exception'; a profile function gets 'call', 'return', 'c_call', 'c_return' and
 * 'c_exception'), as CPython 3.11 does.
 * Only a program that names settrace or setprofile is compiled with the hooks
 * (compiler/trace_hooks.c); each function of its own modules then keeps a frame object
 * while it is traced (from its 'call' event to its 'return'), linked here into the
 * thread's list of running traced frames so that f_back and sys._getframe find the same
 * objects again.
 * Assumes: as in CPython, the trace or profile function and whatever it calls are not
 * traced; an exception from one stops it (settrace(None), setprofile(None)) and
 * propagates from the event's place; the running traced frames stay reachable for the
 * collector through the C locals (or generator frames) of the functions that own them.
 * Builtins are not frames: their calls are 'c_call', 'c_return' and 'c_exception'
 * profile events of the caller's frame. */
#include "tr.h"

static __thread TrValue trace_func;     /* sys.settrace's function; 0: none */
static __thread TrValue profile_func;   /* sys.setprofile's function; 0: none */
static __thread int in_trace_func;      /* >0 while one of them runs */
static __thread TrFrame *innermost;     /* the running traced frames, innermost first */
static __thread const char *last_event = "call"; /* the event last reported on this thread
                                           (CPython's tracing_what, which f_lineno's setter
                                           consults: 'call' before any) */
static TrValue hook_funcs_seen;         /* list: every trace or profile function set, kept
                                           alive for the thread-local references above */

/* func (0 for None), kept alive for as long as the program runs. */
static TrValue kept_hook(TrValue func) {
    if (!func || func == tr_None) return 0;
    if (!hook_funcs_seen) {
        hook_funcs_seen = tr_list_new(0);
        tr_add_roots(&hook_funcs_seen, sizeof hook_funcs_seen);
    }
    TrList *seen = TR_LIST(hook_funcs_seen);
    size_t k = 0;
    while (k < seen->len && tr_list_items(seen)[k] != func) k++;
    if (k == seen->len) tr_list_append(hook_funcs_seen, func);
    return func;
}

TrValue tr_trace_get(void) { return trace_func ? trace_func : tr_None; }
void tr_trace_set(TrValue func) { trace_func = kept_hook(func); }
TrValue tr_profile_get(void) { return profile_func ? profile_func : tr_None; }
void tr_profile_set(TrValue func) { profile_func = kept_hook(func); }
bool tr_trace_hooked(void) { return trace_func || profile_func; }

/* Whether an event may call the trace function now; the trace or profile function. */
static bool tracing(void) { return trace_func && !in_trace_func; }
static bool hooked(void) { return (trace_func || profile_func) && !in_trace_func; }

static TrValue event_name(const char *event) { return tr_str_intern(event); }

/* fn(frame, event, arg) with tracing off. */
static TrValue call_hook(TrValue fn, TrFrame *f, const char *event, TrValue arg) {
    last_event = event;
    in_trace_func++;
    TrValue args[3] = {(TrValue)f, event_name(event), arg};
    TrValue r = tr_call(fn, args, 3, 0);
    in_trace_func--;
    return r;
}

/* Calls the trace function fn: its result, or 0 after stopping tracing (the frame's
 * f_trace cleared) when it raised. */
static TrValue call_tracer(TrValue fn, TrFrame *f, const char *event, TrValue arg) {
    TrValue r = call_hook(fn, f, event, arg);
    if (!r) {
        trace_func = 0;
        f->trace = 0;
    }
    return r;
}

/* A profile event (its function's result is ignored); -1 when it raised, which stops
 * profiling. */
static int profile_event(TrFrame *f, const char *event, TrValue arg) {
    if (!profile_func || in_trace_func) return 0;
    if (call_hook(profile_func, f, event, arg)) return 0;
    profile_func = 0;
    return -1;
}

/* A local event: f's own trace function, whose non-None result replaces it. */
static int local_event(TrFrame *f, const char *event, TrValue arg) {
    TrValue r = call_tracer(f->trace, f, event, arg);
    if (!r) return -1;
    if (r != tr_None) f->trace = r;
    return 0;
}

/* The names of code's parameters, as f_locals names them at a 'call' event. */
static TrValue parameter_names(const TrCode *code) {
    int n = TR_CODE_NPARAMS(code);
    TrValue names = tr_tuple_new(n);
    for (int k = 0; k < n; k++) TR_TUPLE(names)->items[k] = tr_str_intern(code->params[k]);
    return names;
}

/* The 'call' event of a frame entered at line (-1: a generator resumed at the line it
 * yielded at) with its parameters' values args (0: not shown in f_locals) */
int tr_trace_call(TrValue *tf, TrFrameSlot *slot, const TrCode *code, int line, const TrValue *args) {
    if (!hooked()) return 0;
    TrFrame *f = (TrFrame *)*tf;
    bool resumed = line < 0; /* a generator, at the line it yielded at */
    if (resumed) line = f ? f->line : code->firstline;
    if (!f) *tf = (TrValue)(f = (TrFrame *)tr_frame_new(code, line, 0, slot));
    slot->line = line;
    f->slot = slot;
    f->running = true;
    f->last_line = resumed ? line : -1;
    f->outer = innermost;
    innermost = f;
    if (code->flags & TR_CO_CLASS_BODY) f->namespace = args[0];
    else if (args && TR_CODE_NPARAMS(code)) {
        f->local_names = parameter_names(code);
        f->local_values = args;
        f->local_cells = 0;
    }
    int rc = 0;
    if (tracing()) {
        TrValue r = call_tracer(trace_func, f, "call", tr_None);
        if (!r) rc = -1;
        else if (r != tr_None) f->trace = r;
    }
    if (!rc) rc = profile_event(f, "call", tr_None);
    f->local_names = 0;
    return rc;
}

int tr_trace_line(TrValue tf, int line) {
    TrFrame *f = (TrFrame *)tf;
    if (!f->running) return 0;
    ((TrFrameSlot *)f->slot)->line = line;
    if (line == f->last_line) return 0;
    f->last_line = line;
    if (!tracing() || !f->trace || !f->trace_lines) return 0;
    return local_event(f, "line", tr_None);
}

void tr_trace_back_edge(TrValue tf) { ((TrFrame *)tf)->last_line = -1; }

/* Stops reporting f's events: it returned or yielded. */
static void leave(TrFrame *f) {
    f->running = false;
    f->line = f->slot->line;
    innermost = f->outer;
    f->outer = 0;
}

int tr_trace_return(TrValue tf, TrValue v) {
    TrFrame *f = (TrFrame *)tf;
    if (!f->running) return 0;
    int r = 0;
    if (v) {
        if (tracing() && f->trace) r = local_event(f, "return", v);
        if (!r) r = profile_event(f, "return", v);
    } else { /* leaving by an exception: it goes on afterwards, unless a hook raised */
        TrValue exc = tr_err_fetch();
        bool raised = tracing() && f->trace && !call_tracer(f->trace, f, "return", tr_None);
        if (!raised) raised = profile_event(f, "return", tr_None) < 0;
        if (!raised) tr_err_restore(exc);
    }
    leave(f);
    return r;
}

/* ---------------------------------------------------------------- C functions
 * A profile function also gets 'c_call', then 'c_return' or 'c_exception', around
 * each call a traced program's code makes of a C function, as CPython 3.11's CALL
 * reports them: a builtin function or bound builtin method (not a type, not a slot
 * wrapper such as "ab".__len__), or a builtin type's method called through the type
 * with its object first (list.append(l, x)), reported bound to that object.  The
 * event's frame is the caller's; its arg the function. */

/* The function a call of callable with args reports, 0 for none. */
static TrValue c_function_called(TrValue callable, const TrValue *args, size_t nargs) {
    if (!profile_func || in_trace_func || TR_IS_SMALL(callable) || TR_TYPE(callable) != &tr_builtin_type) return 0;
    TrBuiltin *b = (TrBuiltin *)callable;
    if (b->kind == TR_METH_SLOT) return 0;
    if (b->self || !b->owner) return callable;
    if (b->kind != TR_METH_INSTANCE || !nargs || !tr_isinstance_type(args[0], b->owner)) return 0;
    return tr_builtin_type.descr_get(callable, args[0], (TrValue)TR_TYPE(args[0]));
}

/* 'c_call' of fn from the running frame: the frame, or 0 when the profiler raised. */
static TrValue c_call_event(TrValue fn) {
    TrValue frame = tr_frame_chain(tr_call_depth());
    return profile_event((TrFrame *)frame, "c_call", fn) < 0 ? 0 : frame;
}

/* After fn returned r (0: raised): 'c_return' or 'c_exception', unless the call
 * removed the profile function (setprofile(None)). */
static TrValue c_return_event(TrValue frame, TrValue fn, TrValue r) {
    if (r) return profile_event((TrFrame *)frame, "c_return", fn) < 0 ? 0 : r;
    TrValue exc = tr_err_fetch();
    if (profile_event((TrFrame *)frame, "c_exception", fn) == 0) tr_err_restore(exc);
    return 0; /* the call's error, or the profiler's instead */
}

TrValue tr_call_profiled(TrValue callable, TrValue *args, size_t nargs, TrValue kwnames) {
    TrValue fn = c_function_called(callable, args, nargs);
    if (!fn) return tr_call(callable, args, nargs, kwnames);
    if (fn != callable) args++, nargs--; /* bound to its first argument */
    TrValue frame = c_call_event(fn);
    return frame ? c_return_event(frame, fn, tr_call(fn, args, nargs, kwnames)) : 0;
}

TrValue tr_call_method_profiled(TrValue name, TrValue *args, size_t nargs, TrValue kwnames) {
    if (!profile_func || in_trace_func) return tr_call_method(name, args, nargs, kwnames);
    TrValue method = tr_getattr(args[0], name);
    return method ? tr_call_profiled(method, args + 1, nargs - 1, kwnames) : 0;
}

TrValue tr_call_super_method_profiled(TrValue start, TrValue obj, TrValue name, TrValue *args, size_t nargs,
                                      TrValue kwnames, TrSuperCache *c) {
    if (!profile_func || in_trace_func || tr_super_method_cached(start, obj, name, c))
        return tr_call_super_method(start, obj, name, args, nargs, kwnames, c); /* a def reports its own 'call' */
    if (!(args[0] = tr_super_new(start, obj))) return 0;
    return tr_call_method_profiled(name, args, nargs, kwnames);
}

TrValue tr_call_ex_profiled(TrValue callable, TrValue argtuple, TrValue kwdict) {
    TrTuple *t = TR_TUPLE(argtuple);
    TrValue fn = c_function_called(callable, t->items, t->len);
    if (!fn) return tr_call_ex(callable, argtuple, kwdict);
    if (fn != callable) { /* bound to its first argument */
        argtuple = tr_tuple_from(t->items + 1, t->len - 1);
    }
    TrValue frame = c_call_event(fn);
    return frame ? c_return_event(frame, fn, tr_call_ex(fn, argtuple, kwdict)) : 0;
}

int tr_trace_exception(TrValue tf) {
    TrFrame *f = (TrFrame *)tf;
    if (!f->running || !tracing() || !f->trace) return 0;
    TrValue exc = tr_err_fetch();
    TrTraceback *tb = TR_EXC(exc)->tb;
    TrValue arg = tr_tuple_pack(3, (TrValue)TR_TYPE(exc), exc, tb ? (TrValue)tb : tr_None);
    if (local_event(f, "exception", arg) < 0) return -1; /* the tracer's error replaces it */
    tr_err_restore(exc);
    return 0;
}

int tr_trace_loop_exhausted(TrValue tf, TrValue it) {
    TrValue rv = tr_gen_take_retval(it); /* a generator's `return v`: it raised StopIteration(v) */
    if (!rv || !((TrFrame *)tf)->running) return 0;
    tr_err_value(TR_EXC_TYPE(StopIteration), rv);
    if (tr_trace_exception(tf) < 0) return -1;
    tr_err_clear();
    return 0;
}

int tr_trace_line_locals(TrValue tf, int line, TrValue names, const TrValue *values, const char *cells) {
    TrFrame *f = (TrFrame *)tf;
    f->local_names = names;
    f->local_values = values;
    f->local_cells = cells;
    int r = tr_trace_line(tf, line);
    f->local_names = 0; /* the values are the caller's, gone after this */
    return r;
}

TrValue tr_frame_locals(TrValue frame) {
    TrFrame *f = (TrFrame *)frame;
    if (f->namespace) return f->namespace;
    TrValue d = tr_dict_new();
    if (!f->local_names) return d;
    TrTuple *names = TR_TUPLE(f->local_names);
    for (size_t k = 0; k < names->len; k++) {
        TrValue v = f->local_values[k];
        if (v && f->local_cells && f->local_cells[k] == 'C') v = TR_CELL(v)->value;
        if (v && tr_dict_set(d, names->items[k], v) < 0) return 0;
    }
    return d;
}

TrValue tr_trace_frame_at(const TrFrameSlot *slot) {
    for (TrFrame *f = innermost; f; f = f->outer)
        if (f->slot == slot) return (TrValue)f;
    return 0;
}

/* f_lineno = v.  Compiled code cannot jump: CPython 3.11's refusals (which go by the
 * event last reported on the thread, whichever frame it was for), and a jump to the
 * line being reported is the nothing it would do; any other line is refused too. */
int tr_frame_set_lineno(TrValue frame, TrValue v) {
    TrFrame *f = (TrFrame *)frame;
    if (!v) return tr_err(TR_EXC_TYPE(AttributeError), "cannot delete attribute"), -1;
    if (TR_TYPE(v) != &tr_int_type) return tr_err(TR_EXC_TYPE(ValueError), "lineno must be an integer"), -1;
    const char *refused = 0;
    if (!strcmp(last_event, "call")) refused = "can't jump from the 'call' trace event of a new frame";
    else if (strcmp(last_event, "line")) refused = "can only jump from a 'line' trace event";
    else if (!f->trace || !f->running) refused = "f_lineno can only be set by a trace function";
    if (refused) return tr_err(TR_EXC_TYPE(ValueError), "%s", refused), -1;
    if (!TR_IS_SMALL(v) || TR_SMALL_VAL(v) > INT32_MAX || TR_SMALL_VAL(v) < INT32_MIN)
        return tr_err(TR_EXC_TYPE(ValueError), "lineno out of range"), -1;
    int line = (int)TR_SMALL_VAL(v);
    if (line < f->code->firstline)
        return tr_err(TR_EXC_TYPE(ValueError), "line %d comes before the current code block", line), -1;
    if (line == f->slot->line) return 0;
    return tr_err(TR_EXC_TYPE(ValueError), "can't jump to line %d: compiled code (trc) cannot jump", line), -1;
}
