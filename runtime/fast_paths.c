/* fast_paths.c — the out-of-line copies of the fast paths of tr.h and tr_compiled.h
 * (TR_FAST), for the code libtcc compiles (`trc run`, tier 1): it calls these instead
 * of compiling the bodies itself, never inlined and poorly optimized.  The bodies are
 * the headers' own (TR_FAST_EXPORT makes them exported definitions here), plus one
 * specialized copy of each operator fast path per literal operator.
 * Assumes: TR_BINOP_CODES and TR_COMPARE_CODES list every TrBinOp and TrCompareOp. */
#define TR_FAST_EXPORT
#include "tr.h"
#include "tr_compiled.h"

_Static_assert(TR_XOR == 12 && TR_NB_COUNT == 13, "TR_BINOP_CODES lists every TrBinOp");
_Static_assert(TR_GE == 5, "TR_COMPARE_CODES lists every TrCompareOp");
#ifdef __x86_64__
/* the offsets tr.h's x86-64 assembly of list[i] for libtcc's code reads */
_Static_assert(offsetof(TrList, ob.type) == 0 && offsetof(TrList, len) == 8 && offsetof(TrList, slots) == 24 &&
                   offsetof(TrList, float_boxes) == 32,
               "TR_ASM_LIST_SLOT reads a TrList's type, len, slots and float_boxes at 0, 8, 24 and 32");
/* and those of tr_compiled.h's assembly of a counting loop's step */
_Static_assert(offsetof(TrRangeLoop, cur) == 0 && offsetof(TrRangeLoop, stop) == 8 && offsetof(TrRangeLoop, step) == 16 &&
                   offsetof(TrRangeLoop, it) == 24,
               "tr_range_loop_next's assembly reads cur, stop, step and it at 0, 8, 16 and 24");
#endif

/* flatten: the generic body inlined with op constant, its switch folded away */
#define DEFINE_OP_FAST(op)                                                                    \
    __attribute__((flatten)) TrValue tr_op_fast_##op##_0(TrValue a, TrValue b) {             \
        return tr_op_fast(op, a, b, 0);                                                       \
    }                                                                                         \
    __attribute__((flatten)) TrValue tr_op_fast_##op##_1(TrValue a, TrValue b) {             \
        return tr_op_fast(op, a, b, 1);                                                       \
    }
#define DEFINE_COMPARE_FAST(op)                                                               \
    __attribute__((flatten)) int tr_compare_bool_fast_##op(TrValue a, TrValue b) {           \
        return tr_compare_bool_fast(a, b, op);                                                \
    }                                                                                         \
    __attribute__((flatten)) TrValue tr_compare_fast_##op(TrValue a, TrValue b) {            \
        return tr_compare_fast(a, b, op);                                                     \
    }
TR_BINOP_CODES(DEFINE_OP_FAST)
TR_COMPARE_CODES(DEFINE_COMPARE_FAST)
