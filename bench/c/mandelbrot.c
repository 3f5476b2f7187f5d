/* mandelbrot.c — the C twin of bench/mandelbrot.py: the same escape-time loop on
 * doubles, a speed-of-light reference row for bench/run.sh (not a test). */
#include <stdio.h>

static long escape_time(double cx, double cy, long limit) {
    double x = 0.0, y = 0.0;
    for (long i = 0; i < limit; i++) {
        double x2 = x * x, y2 = y * y;
        if (x2 + y2 > 4.0) return i;
        y = 2.0 * x * y + cy;
        x = x2 - y2 + cx;
    }
    return limit;
}

int main(void) {
    long total = 0;
    int size = 480;
    for (int py = 0; py < size; py++)
        for (int px = 0; px < size; px++)
            total += escape_time(-2.0 + 3.0 * px / size, -1.5 + 3.0 * py / size, 200);
    printf("%ld\n", total);
    return 0;
}
