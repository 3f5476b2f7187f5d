/* integrate.c — the C twin of bench/integrate.py: Simpson's rule on doubles, the same
 * operations in the same order; a speed-of-light reference row for bench/run.sh. */
#include <stdio.h>

static double integrand(double x) { return 4.0 / (1.0 + x * x); }

static double simpson(double a, double b, long n) {
    double h = (b - a) / n;
    double s = integrand(a) + integrand(b);
    for (long i = 1; i < n; i += 2) s += 4.0 * integrand(a + i * h);
    for (long i = 2; i < n; i += 2) s += 2.0 * integrand(a + i * h);
    return s * h / 3.0;
}

int main(void) {
    double total = 0.0;
    for (int k = 0; k < 20; k++) total += simpson(0.0, 1.0 + k * 0.001, 300000);
    printf("%.9f\n", total);
    return 0;
}
