/* libtcc_bounds.c — compiled twice (-DLIBTCC_BOUND=begin, -DLIBTCC_BOUND=end) into the two
 * objects trc's link puts just before and just after -ltcc, so that their variables
 * bracket libtcc's static data: GNU ld lays out .data (with .data.rel*) and .bss in
 * command-line order.  jit.c tells the collector not to scan that data as roots (libtcc's
 * tables hold no GC pointers; scanning them cost every collection of a `trc run` program).
 * Word-sized and word-aligned, so that the collector's rounding of the range to words
 * takes nothing of a neighbour. */
#define BOUND_NAME(section, bound) BOUND_NAME_(section, bound)
#define BOUND_NAME_(section, bound) libtcc_##section##_##bound

_Alignas(void *) char BOUND_NAME(data, LIBTCC_BOUND)[sizeof(void *)] = {1}; /* in .data: not zero */
_Alignas(void *) char BOUND_NAME(bss, LIBTCC_BOUND)[sizeof(void *)];         /* in .bss */
