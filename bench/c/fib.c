/* fib.c — the C twin of bench/fib.py: the same recursion on machine ints, a
 * speed-of-light reference row for bench/run.sh (not a test). */
#include <stdio.h>

static long fib(long n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }

int main(void) {
    long total = 0;
    for (int i = 0; i < 3; i++) total += fib(32);
    printf("%ld\n", total);
    return 0;
}
