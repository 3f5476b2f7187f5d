/* emit.h — what the parts of the C emitter share: the Emitter state, the small
 * writers every part uses, and the entry points each part offers the others.
 *   emit_c.c      the generic instructions, control flow, functions and the module;
 *   emit_float.c  unboxed floats: fused float trees, float comparisons, typed calls;
 *   emit_int.c    small ints of typed clones: C comparisons and overflow-checked arithmetic;
 *   emit_frameless.c  the blocks that run before the frame slot is pushed;
 *   emit_pure.c   pure runs: self-recursive int functions on C integers, no frame slots;
 *   emit_spec.c   the speculative copies of float loops (opt/spec_loop.c);
 *   emit_int_loop.c  the copies of range loops with a C item (opt/int_loop.c);
 *   emit_method.c  calls of builtin types' C methods (d.get, s.split) without the method cache.
 * Internal to compiler/emit_*.c; the rest of the compiler sees emit_c_module (trc.h). */
#ifndef TRC_EMIT_H
#define TRC_EMIT_H
#include "trc.h"
#include <stdarg.h>

typedef struct Emitter {
    StrBuf *out;         /* the C being written (strbuf_printf.c formats into it) */
    IrModule *irm;
    Module *mod;
    Program *prog;
    Vec consts;          /* Instr* / strings of the constant pool, by kind */
    Vec const_code;      /* char*: C initialiser expression of each K[i] */
    StrIndex const_index; /* const_code's expressions: their K[] index */
    Vec builtins;        /* char*: names cached in BI[] */
    IrFunc *fn;
    Block *block;
    int last_line;
    int frame_line;      /* the line this block last stored in its frame slot (0: none yet) */
    int attr_caches;     /* AC[]: one inline cache per attribute load or store site */
    int method_caches;   /* MC[]: one per method call site */
    int math_sites;      /* MS[]: one per unboxed math.f(x) call */
    int super_sites;     /* SC[]: one per super().m(...) call (opt/super_call.c) */
    Vec imported;        /* Module*: whose init functions IMPORTs call */
    Vec frame_scopes;    /* Scope*: comprehensions and class bodies compiled inline whose
                            frames tracebacks show; the k-th one's code is code_inline<k> */
    bool traced;         /* with sys.settrace's hooks (trace_hooks.c); tf_ is the frame object */
    SpecLoop *spec;      /* the speculative copy being written (opt/spec_loop.c), or 0 */
    IntLoop *int_copy;   /* the range loop copy being written (opt/int_loop.c), or 0 */
    ModuleSplit split;   /* the parts of its C (emit_split.c) */
    bool *light_opt;     /* by function index: cc optimises it at -O1 (light_optimised) */
    bool for_libtcc;     /* C for `trc run`'s libtcc (Program.for_libtcc): tier-1 forms */
    bool *frameless;     /* writing a function's frameless entry (emit_c.c): by block id, the
                            blocks it runs without a frame slot (emit_frameless.c); else 0 */
} Emitter;

/* ---------------------------------------------------------------- writers */

static inline __attribute__((format(printf, 2, 3))) void out(Emitter *e, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    sb_vprintf(e->out, fmt, ap);
    va_end(ap);
}

/* The C name of SSA value i ("0" for none or an undefined one); eight live at once. */
static inline const char *val(Instr *i) {
    static char bufs[8][32];
    static int k;
    char *b = bufs[k++ & 7], *p = b + 31;
    if (!i) return "0";
    if (i->op == IR_UNDEF) return "0";
    unsigned id = (unsigned)i->id; /* ids count from 0 */
    *p = 0;
    do *--p = (char)('0' + id % 10); while (id /= 10);
    *--p = 'v';
    return p;
}

static inline char *code_name(IrFunc *f) { return format("code_%s", (f->typed_of ? f->typed_of : f)->name); }
static inline char *impl_name(IrFunc *f) { return format("f_%s", f->name); }

/* ---------------------------------------------------------------- emit_c.c */

int emit_const(Emitter *e, char *code);                     /* K[] index of a constant made at init by code (taken) */
int emit_const_name(Emitter *e, const char *s);               /* K[] index of a name string */
int emit_pred_index(Block *target, Block *from);              /* -1: not a predecessor */
void emit_goto_block(Emitter *e, Block *to);                  /* phi copies, then the jump */
void emit_check_null(Emitter *e, Instr *i);                   /* v<id> == 0: the error path */
void emit_check_neg(Emitter *e, Instr *i, const char *expr);  /* expr < 0: the error path */
const char *emit_args_array(Emitter *e, Instr *i, int from, int count); /* a_[]: arguments */
void emit_callee_is(Emitter *e, IrFunc *f, const char *callee); /* "callee's code is f's" */
void emit_direct_call_of(Emitter *e, Instr *i);
void emit_line(Emitter *e, Instr *i);                         /* #line when the line changes */
void emit_op(Emitter *e, Instr *i);                           /* one instruction, generic paths */
/* x[k]'s k under libtcc when a small constant: tr.h's forms taking it as a literal, named
 * with `at` ("_at") and given `k` (", k") right after the key; else both empty. */
typedef struct { const char *at; char k[24]; } ConstIndex;
ConstIndex emit_const_index(Emitter *e, Instr *i);

/* ---------------------------------------------------------------- emit_method.c */
/* obj.name(args) straight to a builtin type's C method while obj is of that type;
 * false: not such a call (nothing written) */
bool emit_direct_method(Emitter *e, Instr *i);

/* ---------------------------------------------------------------- emit_float.c */

void emit_box_operands(Emitter *e, Instr *i);
bool emit_guard_leaf(Emitter *e, Instr *x);
void emit_math_call(Emitter *e, Instr *i);
int emit_math_site_test(Emitter *e, Instr *i, const char *arg);
void emit_math_site_enter(Emitter *e, Instr *i);
int emit_builtin_index(Emitter *e, const char *name); /* BI[k] of the builtin's name */
void emit_math_entered_test(Emitter *e, Instr *i, const char *arg);
void emit_float_tree(Emitter *e, Instr *root);
void emit_float_comparison(Emitter *e, Instr *i);
void emit_float_list_store(Emitter *e, Instr *i);
void declare_known_lists(Emitter *e, IrFunc *f); /* kl<id>: a float-list read's or store's list was seen a list */
void emit_typed_direct_call(Emitter *e, Instr *i);
void emit_float_return(Emitter *e, Instr *i);

/* ---------------------------------------------------------------- emit_int.c */

bool emit_is_small_int_comparison(Emitter *e, const Instr *i);
bool emit_small_int_op(Emitter *e, Instr *i);
void emit_small_int_guard(Emitter *e, Instr *x);
void emit_small_int_argument(Emitter *e, Instr *x);

/* ---------------------------------------------------------------- emit_frameless.c */

bool *emit_frameless_blocks(Emitter *e);

/* ---------------------------------------------------------------- emit_pure.c */

bool emit_pure_eligible(Emitter *e, IrFunc *f); /* f (a typed clone) gets a pure run */
void emit_pure_run(Emitter *e, IrFunc *f);      /* its pure body and the run's entry */
void emit_pure_entry(Emitter *e, IrFunc *f);    /* in f's body: the run, unless in a rerun */

/* ---------------------------------------------------------------- emit_spec.c */

bool copy_contains(Emitter *e, Block *b);
const char *copy_double(Emitter *e, Instr *x, char *buf, size_t cap);
void copy_leave(Emitter *e, int k);
void copy_side_exit(Emitter *e, Instr *i);
void copy_edge(Emitter *e, Block *to);
bool copy_instr(Emitter *e, Instr *i);
bool copy_carries_float(IrFunc *f, Instr *x);
void copy_declare_locals(Emitter *e, IrFunc *f);
void copy_enter(Emitter *e, SpecLoop *sl);
SpecLoop *copy_of_block(IrFunc *f, Block *b);
bool copy_side_exit_target(const SpecLoop *sl, const Instr *i);
bool copy_entry_leaf(Emitter *e, const Instr *x);

/* ---------------------------------------------------------------- emit_int_loop.c */

bool int_copy_contains(Emitter *e, const Block *b);
const Instr *int_copy_item(Emitter *e);                       /* the copy's range item, or 0 */
void int_copy_enter(Emitter *e, const Block *b);
bool int_copy_step(Emitter *e, Instr *i);
void int_copy_declare_locals(Emitter *e, IrFunc *f);

#endif
