/* cmath.c — the `cmath` module over C99 <complex.h>: phase, polar, rect, exp, log,
 * log10, sqrt, the trigonometric and hyperbolic functions and their inverses,
 * isfinite/isinf/isnan/isclose and the constants. Arguments are complex numbers, or
 * anything with __complex__, __float__ or __index__. Infinities and nans follow C99
 * Annex G, which CPython's special-value tables mostly agree with; log of zero is a
 * ValueError as in CPython. Results may differ from CPython's in the last bits (it
 * computes with its own algorithms). */
#include "tr.h"
#include <complex.h>
#include <math.h>

static int to_complex(TrValue v, double complex *out) {
    if (tr_isinstance_type(v, &tr_complex_type)) {
        *out = CMPLX(((TrComplex *)v)->real, ((TrComplex *)v)->imag);
        return 0;
    }
    if (tr_type_lookup(TR_TYPE(v), TR_INTERN("__complex__"))) {
        TrValue r = tr_call_method_cstr(v, "__complex__", 0);
        if (!r) return -1;
        if (!tr_isinstance_type(r, &tr_complex_type)) {
            tr_err(TR_EXC_TYPE(TypeError), "__complex__ returned non-complex (type %s)", TR_TYPE_NAME(r));
            return -1;
        }
        *out = CMPLX(((TrComplex *)r)->real, ((TrComplex *)r)->imag);
        return 0;
    }
    double d;
    if (!tr_float_check(v) && !tr_int_check(v) && !TR_TYPE(v)->to_float && !TR_TYPE(v)->index) {
        tr_err(TR_EXC_TYPE(TypeError), "must be real number, not %s", TR_TYPE_NAME(v));
        return -1;
    }
    if (tr_as_double(v, &d) < 0) return -1;
    *out = CMPLX(d, 0.0);
    return 0;
}

static TrValue from_complex(double complex z) { return tr_complex_new(creal(z), cimag(z)); }

static TrValue domain_error(void) { return tr_err(TR_EXC_TYPE(ValueError), "math domain error"); }

#define UNARY(name, expr)                                                            \
    static TrValue c_##name(TrValue *args, size_t nargs, TrValue kwnames) {          \
        double complex z;                                                            \
        if (tr_check_nargs(#name, nargs, 1, 1) < 0 || to_complex(args[0], &z) < 0)  \
            return 0;                                                                \
        return from_complex(expr);                                                   \
    }
UNARY(exp, cexp(z))
UNARY(sqrt, csqrt(z))
UNARY(cos, ccos(z))
UNARY(sin, csin(z))
UNARY(tan, ctan(z))
UNARY(acos, cacos(z))
UNARY(asin, casin(z))
UNARY(atan, catan(z))
UNARY(cosh, ccosh(z))
UNARY(sinh, csinh(z))
UNARY(tanh, ctanh(z))
UNARY(acosh, cacosh(z))
UNARY(asinh, casinh(z))
UNARY(atanh, catanh(z))

static TrValue c_log(TrValue *args, size_t nargs, TrValue kwnames) {
    double complex z, b;
    if (tr_check_nargs("log", nargs, 1, 2) < 0 || to_complex(args[0], &z) < 0) return 0;
    if (creal(z) == 0 && cimag(z) == 0) return domain_error();
    double complex r = clog(z);
    if (nargs == 2) {
        if (to_complex(args[1], &b) < 0) return 0;
        if (creal(b) == 0 && cimag(b) == 0) return domain_error();
        double complex lb = clog(b);
        if (creal(lb) == 0 && cimag(lb) == 0) return tr_err(TR_EXC_TYPE(ZeroDivisionError), "complex division by zero");
        r = r / lb;
    }
    return from_complex(r);
}

static TrValue c_log10(TrValue *args, size_t nargs, TrValue kwnames) {
    double complex z;
    if (tr_check_nargs("log10", nargs, 1, 1) < 0 || to_complex(args[0], &z) < 0) return 0;
    if (creal(z) == 0 && cimag(z) == 0) return domain_error();
    double complex r = clog(z);
    return from_complex(CMPLX(creal(r) / M_LN10, cimag(r) / M_LN10));
}

static TrValue c_phase(TrValue *args, size_t nargs, TrValue kwnames) {
    double complex z;
    if (tr_check_nargs("phase", nargs, 1, 1) < 0 || to_complex(args[0], &z) < 0) return 0;
    return tr_float_new(carg(z));
}

static TrValue c_polar(TrValue *args, size_t nargs, TrValue kwnames) {
    double complex z;
    if (tr_check_nargs("polar", nargs, 1, 1) < 0 || to_complex(args[0], &z) < 0) return 0;
    double r = hypot(creal(z), cimag(z));
    if (isinf(r) && isfinite(creal(z)) && isfinite(cimag(z)))
        return tr_err(TR_EXC_TYPE(OverflowError), "math range error");
    return tr_tuple_pack(2, tr_float_new(r), tr_float_new(carg(z)));
}

static TrValue c_rect(TrValue *args, size_t nargs, TrValue kwnames) {
    double r, phi;
    if (tr_check_nargs("rect", nargs, 2, 2) < 0 || tr_as_double(args[0], &r) < 0 || tr_as_double(args[1], &phi) < 0)
        return 0;
    if (isfinite(r) && isinf(phi)) return domain_error();
    if (phi == 0) return tr_complex_new(r, r * phi); /* keeps the sign of a zero */
    return tr_complex_new(r * cos(phi), r * sin(phi));
}

static TrValue c_isfinite(TrValue *args, size_t nargs, TrValue kwnames) {
    double complex z;
    if (tr_check_nargs("isfinite", nargs, 1, 1) < 0 || to_complex(args[0], &z) < 0) return 0;
    return tr_bool(isfinite(creal(z)) && isfinite(cimag(z)));
}

static TrValue c_isinf(TrValue *args, size_t nargs, TrValue kwnames) {
    double complex z;
    if (tr_check_nargs("isinf", nargs, 1, 1) < 0 || to_complex(args[0], &z) < 0) return 0;
    return tr_bool(isinf(creal(z)) || isinf(cimag(z)));
}

static TrValue c_isnan(TrValue *args, size_t nargs, TrValue kwnames) {
    double complex z;
    if (tr_check_nargs("isnan", nargs, 1, 1) < 0 || to_complex(args[0], &z) < 0) return 0;
    return tr_bool(isnan(creal(z)) || isnan(cimag(z)));
}

static TrValue c_isclose(TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"/a", "/b", "$rel_tol", "$abs_tol", NULL};
    TrValue a[4];
    if (tr_parse_args("isclose", args, nargs, kwnames, kw, 2, a) < 0) return 0;
    double complex x, y;
    double rel = 1e-09, abs_tol = 0.0;
    if (to_complex(a[0], &x) < 0 || to_complex(a[1], &y) < 0) return 0;
    if ((a[2] && tr_as_double(a[2], &rel) < 0) || (a[3] && tr_as_double(a[3], &abs_tol) < 0)) return 0;
    if (rel < 0 || abs_tol < 0) return tr_err(TR_EXC_TYPE(ValueError), "tolerances must be non-negative");
    if (creal(x) == creal(y) && cimag(x) == cimag(y)) return tr_True;
    if (isinf(creal(x)) || isinf(cimag(x)) || isinf(creal(y)) || isinf(cimag(y))) return tr_False;
    double diff = cabs(x - y);
    return tr_bool((diff <= rel * cabs(y)) || (diff <= rel * cabs(x)) || diff <= abs_tol);
}

static const TrMethodDef cmath_functions[] = {
    {"exp", c_exp}, {"sqrt", c_sqrt}, {"cos", c_cos}, {"sin", c_sin}, {"tan", c_tan}, {"acos", c_acos},
    {"asin", c_asin}, {"atan", c_atan}, {"cosh", c_cosh}, {"sinh", c_sinh}, {"tanh", c_tanh}, {"acosh", c_acosh},
    {"asinh", c_asinh}, {"atanh", c_atanh}, {"log", c_log}, {"log10", c_log10}, {"phase", c_phase},
    {"polar", c_polar}, {"rect", c_rect}, {"isfinite", c_isfinite}, {"isinf", c_isinf}, {"isnan", c_isnan},
    {"isclose", c_isclose},
    {0},
};

TrValue trmod_cmath_init(void) {
    static TrValue m;
    if (m) return m;
    m = tr_module_new("cmath", 0, NULL, NULL);
    tr_add_roots(&m, sizeof m);
    tr_module_add_functions(m, cmath_functions);
    tr_module_add(m, "pi", tr_float_new(M_PI));
    tr_module_add(m, "e", tr_float_new(M_E));
    tr_module_add(m, "tau", tr_float_new(2 * M_PI));
    tr_module_add(m, "inf", tr_float_new(INFINITY));
    tr_module_add(m, "nan", tr_float_new(NAN));
    tr_module_add(m, "infj", tr_complex_new(0.0, INFINITY));
    tr_module_add(m, "nanj", tr_complex_new(0.0, NAN));
    return m;
}
