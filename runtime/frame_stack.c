/* frame_stack.c — the thread's stack of active frames and the recursion limit.  Each
 * compiled function call pushes a slot (its code; the generated code stores its current
 * line before the calls it makes) and pops it on return; runtime recursion guards push
 * slots with no code.  sys._getframe, inspect and traceback read it back as frame
 * objects (tr_frame_chain), and a traceback entry's frame gets its f_back from it.
 * Pure runs (compiler/emit_pure.c) push no slots: tr_pure_room tells them how deep they
 * may go, tr_pure_bail abandons one.
 * Assumes: slots must never move while in use (a function keeps its slot's address),
 * so each thread reserves address space for MAX_SLOTS at once and the kernel commits
 * pages as the stack first reaches them; the stack holds no GC pointers (TrCode of
 * compiled code is static data). */
#include "tr.h"
#include <limits.h>
#include <pthread.h>
#include <sys/mman.h>
#include <sys/resource.h>

int tr_recursion_limit = 1000; /* one for every thread, as in CPython */

/* Address space reserved per thread: deeper than any C stack can hold frames for. */
#define MAX_SLOTS ((size_t)(sizeof(void *) == 8 ? 1 << 21 : 1 << 17))
/* The C stack room kept free below the last check: TR_STACK_CHECK_EVERY frames of
 * generated code and the runtime calls between them, with a wide margin. */
#define STACK_MARGIN (1 << 20)
/* The main thread's stack may grow to this when a program raises the recursion limit
 * (Linux grows it on demand up to RLIMIT_STACK; the default 8 MiB holds ~20,000 frames
 * of small functions, CPython 3.11 needs no C stack for Python calls). */
#define RAISED_STACK_LIMIT ((rlim_t)256 << 20)

/* Before a thread's first call its stack is this placeholder (never written): the
 * ceiling below its top sends that call to the slow path, which reserves the stack. */
static TrFrameSlot unallocated[2];
static __thread TrFrameSlot *stack_base = unallocated;
static __thread size_t stack_slots; /* reserved; 0 until then */
/* a thread's first frame is depth 1; the ceiling is the recursion limit's slot (another
 * thread's new limit is seen at its next stack check, at most 31 levels on) */
__thread TrFrameStack tr_frames = {unallocated + 1, unallocated};

intptr_t tr_frames_tp_offset;
#ifdef __x86_64__
_Static_assert(sizeof(TrFrameSlot) == 16 && offsetof(TrFrameStack, top) == 0 && offsetof(TrFrameStack, ceiling) == 8 &&
               TR_FRAME_CHECK_MASK == 0x1ff, "tr.h's tr_frame_enter and tr_frame_leave for libtcc");
#endif

void tr_frame_stack_init(void) {
#ifdef __x86_64__
    char *thread_pointer;
    __asm__("mov %%fs:0, %0" : "=r"(thread_pointer));
    tr_frames_tp_offset = (char *)&tr_frames - thread_pointer;
#endif
}

/* below this the stack is nearly full; 0: not looked up yet, (char *)1: bounds unknown (never full) */
static __thread char *stack_floor;

static char *find_stack_floor(void) {
    pthread_attr_t attr;
    void *base;
    size_t size;
    if (pthread_getattr_np(pthread_self(), &attr) != 0) return (char *)1;
    int r = pthread_attr_getstack(&attr, &base, &size);
    pthread_attr_destroy(&attr);
    if (r != 0 || size <= 2 * STACK_MARGIN) return (char *)1;
    return (char *)base + STACK_MARGIN;
}

static bool reserve_stack(void) {
    int depth = (int)(tr_frames.top - stack_base);
    for (size_t slots = MAX_SLOTS; slots >= 4096; slots /= 2) { /* less where address space is scarce */
        void *p = mmap(NULL, slots * sizeof(TrFrameSlot), PROT_READ | PROT_WRITE,
                       MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
        if (p == MAP_FAILED) continue;
        stack_base = p;
        stack_slots = slots;
        tr_frames.top = stack_base + depth;
        return true;
    }
    return false;
}

static void reset_ceiling(void) {
    size_t limit = (size_t)tr_recursion_limit < stack_slots - 1 ? (size_t)tr_recursion_limit : stack_slots - 1;
    tr_frames.ceiling = stack_base + limit;
}

static TrFrameSlot *recursion_error(void) {
    tr_frames.top--;
    tr_err(TR_EXC_TYPE(RecursionError), "maximum recursion depth exceeded");
    return 0;
}

TrFrameSlot *tr_frame_enter_slow(const TrCode *code) {
    if (!stack_slots && !reserve_stack()) {
        tr_frames.top--;
        tr_err(TR_EXC_TYPE(MemoryError), "no memory for the frame stack");
        return 0;
    }
    size_t depth = (size_t)(tr_frames.top - stack_base);
    if (depth > (size_t)tr_recursion_limit || depth >= stack_slots) return recursion_error();
    char here;
    if (!stack_floor) stack_floor = find_stack_floor();
    if (&here < stack_floor) return recursion_error();
    reset_ceiling();
    tr_frames.top->code = code;
    return tr_frames.top;
}

TrFrameSlot *tr_frame_enter_call(const TrCode *code) { return tr_frame_enter(code); }
void tr_frame_leave_call(void) { tr_frame_leave(); }
int tr_frame_room_call(void) { return tr_frame_room(); }

TrValue tr_frameless_return_slow(const TrCode *code, TrValue result) {
    if (!tr_frame_enter(code)) return 0;
    tr_frame_leave();
    return result;
}

/* A pure run's C frames are small (a few words and the saved registers); this much per
 * call is the stack room tr_pure_room counts with. */
#define PURE_CALL_STACK_BYTES 256
__thread int tr_pure_off;
__thread jmp_buf *tr_pure_jb;

intptr_t tr_pure_room(void) {
    intptr_t room = tr_frames.ceiling - tr_frames.top;
    char here;
    if (!stack_floor) stack_floor = find_stack_floor();
    if (stack_floor != (char *)1) {
        intptr_t by_stack = (&here - stack_floor) / PURE_CALL_STACK_BYTES;
        if (by_stack < room) room = by_stack;
    }
    return room < TR_PURE_ROOM_MAX ? room : TR_PURE_ROOM_MAX;
}

void tr_pure_bail(void) { _longjmp(*tr_pure_jb, 1); }

int tr_call_depth(void) { return (int)(tr_frames.top - stack_base); }
void tr_frame_set_depth(int depth) { tr_frames.top = stack_base + depth; }
TrFrameSlot *tr_frame_slot(int depth) { return stack_base + depth; }

void tr_frame_stack_free(void) {
    if (stack_slots) munmap(stack_base, stack_slots * sizeof(TrFrameSlot));
    stack_base = unallocated;
    stack_slots = 0;
    tr_frames.top = unallocated + 1;
    tr_frames.ceiling = unallocated;
}

int tr_recursion_set_limit(int64_t limit) {
    if (limit < 1) {
        tr_err(TR_EXC_TYPE(ValueError), "recursion limit must be greater or equal than 1");
        return -1;
    }
    if (limit > INT_MAX) {
        tr_err(TR_EXC_TYPE(OverflowError), "Python int too large to convert to C int");
        return -1;
    }
    int depth = tr_call_depth() + 1; /* CPython counts the call of setrecursionlimit */
    if (depth >= limit) {
        tr_err(TR_EXC_TYPE(RecursionError), "cannot set the recursion limit to %d at the recursion depth %d: "
               "the limit is too low", (int)limit, depth);
        return -1;
    }
    if (limit > tr_recursion_limit && tr_is_main_thread()) {
        struct rlimit rl;
        if (getrlimit(RLIMIT_STACK, &rl) == 0 && rl.rlim_cur != RLIM_INFINITY && rl.rlim_cur < RAISED_STACK_LIMIT) {
            rl.rlim_cur = rl.rlim_max == RLIM_INFINITY || rl.rlim_max > RAISED_STACK_LIMIT ? RAISED_STACK_LIMIT
                                                                                            : rl.rlim_max;
            if (setrlimit(RLIMIT_STACK, &rl) == 0) stack_floor = 0; /* found again, larger */
        }
    }
    tr_recursion_limit = (int)limit;
    if (stack_slots) reset_ceiling();
    return 0;
}

/* ---------------------------------------------------------------- frame objects */

/* The frame objects of the frames at depths 1..depth, linked by f_back; the innermost
 * (None if there is none).  A traced frame's is the one its trace function sees
 * (trace.c); the others are snapshots: a frame's f_lineno is its line now. */
TrValue tr_frame_chain(int depth) {
    TrValue back = tr_None;
    int top = tr_call_depth();
    for (int d = 1; d <= depth && d <= top; d++) {
        const TrFrameSlot *s = &stack_base[d];
        if (!s->code) continue;
        TrValue traced = tr_trace_frame_at(s);
        back = traced ? traced : tr_frame_new(s->code, s->line, back, s);
    }
    return back;
}

TrValue tr_frame_caller(const TrFrameSlot *slot) { return tr_frame_chain((int)(slot - stack_base) - 1); }

bool tr_frame_slot_live(const TrFrameSlot *slot, const TrCode *code) {
    return slot > stack_base && slot <= tr_frames.top && slot->code == code;
}

/* sys._getframe(skip): the frame `skip` frames out from the innermost. */
TrValue tr_getframe(int64_t skip) {
    for (int d = tr_call_depth(); d >= 1; d--) {
        if (!stack_base[d].code) continue;
        if (skip-- == 0) return tr_frame_chain(d);
    }
    return tr_err(TR_EXC_TYPE(ValueError), "call stack is not deep enough");
}
