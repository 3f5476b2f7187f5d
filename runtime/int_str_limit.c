/* int_str_limit.c — CPython 3.11's limit on int <-> str conversion in bases that are not
 * powers of two (the quadratic-time CVE-2020-10735 guard): the current limit, which
 * sys.set_int_max_str_digits changes, its start-up value from PYTHONINTMAXSTRDIGITS
 * (a bad value ends start-up with CPython's fatal error), and the two ValueError texts.
 * A limit of 0 means unlimited; any other limit is at least TR_INT_MAX_STR_DIGITS_THRESHOLD.
 * obj_int.c's parsing and printing are the only places that check it. */
#include "tr.h"
#include <stdio.h>
#include <stdlib.h>

int tr_int_max_str_digits = TR_INT_DEFAULT_MAX_STR_DIGITS;
int tr_int_max_str_digits_env = -1;

void tr_int_str_limit_init(void) {
    const char *env = getenv("PYTHONINTMAXSTRDIGITS");
    if (!env || !*env) return;
    char *end;
    long n = strtol(env, &end, 10);
    if (*end || n < 0 || n > INT32_MAX || (n && n < TR_INT_MAX_STR_DIGITS_THRESHOLD)) {
        fputs("Fatal Python error: config_init_int_max_str_digits: PYTHONINTMAXSTRDIGITS: invalid limit; "
              "must be >= 640 or 0 for unlimited.\nPython runtime state: preinitialized\n\n", stderr);
        exit(1);
    }
    tr_int_max_str_digits = tr_int_max_str_digits_env = (int)n;
}

int tr_int_set_max_str_digits(int n) {
    if (n && n < TR_INT_MAX_STR_DIGITS_THRESHOLD) {
        tr_err(TR_EXC_TYPE(ValueError), "maxdigits must be 0 or larger than %d", TR_INT_MAX_STR_DIGITS_THRESHOLD);
        return -1;
    }
    tr_int_max_str_digits = (int)n;
    return 0;
}

TrValue tr_int_str_limit_error_to_int(size_t digits) {
    return tr_err(TR_EXC_TYPE(ValueError),
                  "Exceeds the limit (%d digits) for integer string conversion: value has %zu digits; "
                  "use sys.set_int_max_str_digits() to increase the limit", tr_int_max_str_digits, digits);
}

TrValue tr_int_str_limit_error_to_str(void) {
    return tr_err(TR_EXC_TYPE(ValueError),
                  "Exceeds the limit (%d digits) for integer string conversion; "
                  "use sys.set_int_max_str_digits() to increase the limit", tr_int_max_str_digits);
}
