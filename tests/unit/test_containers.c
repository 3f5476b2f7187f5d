/* test_containers.c — C unit tests of the container runtime: dict order and resizing
 * under deletions, list slices and sort stability, sets, tuples, ranges and slices.
 * Expected values come from CPython 3.11.  Prints one line per failure, then
 * "N passed, N failed"; exits non-zero on any failure. */
#include "tr.h"
#include <stdlib.h>

static int passed, failed;

static void check(int ok, const char *what, int line) {
    if (ok) {
        passed++;
        return;
    }
    failed++;
    printf("FAIL line %d: %s\n", line, what);
    if (tr_err_occurred()) {
        TrValue e = tr_err_fetch();
        TrValue r = tr_repr(e);
        printf("  pending exception: %s\n", r ? tr_str_cstr(r) : "?");
        tr_err_clear();
    }
}
#define CHECK(cond) check(!!(cond), #cond, __LINE__)

/* repr(v) == expected */
static void check_repr(TrValue v, const char *expected, int line) {
    TrValue r = v ? tr_repr(v) : 0;
    if (r && strcmp(tr_str_cstr(r), expected) == 0) {
        passed++;
        return;
    }
    char buf[512];
    snprintf(buf, sizeof buf, "repr is %s, expected %s", r ? tr_str_cstr(r) : "<error>", expected);
    check(0, buf, line);
}
#define CHECK_REPR(v, s) check_repr((v), (s), __LINE__)

/* The last call failed with an exception of type t whose str() is msg. */
static void check_raised(TrType *t, const char *msg, int line) {
    TrValue e = tr_err_fetch();
    TrValue s = e ? tr_str(e) : 0;
    if (e && TR_TYPE(e) == t && s && strcmp(tr_str_cstr(s), msg) == 0) {
        passed++;
        return;
    }
    char buf[512];
    snprintf(buf, sizeof buf, "expected %s: %s, got %s: %s", t->name, msg, e ? TR_TYPE_NAME(e) : "no exception",
             s ? tr_str_cstr(s) : "");
    check(0, buf, line);
}
#define CHECK_RAISED(t, msg) check_raised(TR_EXC_TYPE(t), (msg), __LINE__)

#define I(n) tr_int_from_i64(n)
static int64_t as_i64(TrValue v) {
    int64_t x = 0;
    tr_int_as_i64(v, &x);
    return x;
}

static TrValue call_method(TrValue obj, const char *name, size_t n, TrValue *args, TrValue kwnames) {
    TrValue a[8];
    a[0] = obj;
    size_t nkw = kwnames ? TR_TUPLE(kwnames)->len : 0;
    for (size_t i = 0; i < n + nkw; i++) a[i + 1] = args[i];
    return tr_call_method(tr_str_intern(name), a, n + 1, kwnames);
}

/* ---------------------------------------------------------------- dict */

static void test_dict_order(void) {
    TrValue d = tr_dict_new();
    for (int i = 0; i < 1000; i++) tr_dict_set(d, I(i * 7), I(i));
    CHECK(tr_dict_len(d) == 1000);
    CHECK(as_i64(tr_dict_get(d, I(7 * 500))) == 500);
    CHECK(tr_dict_get(d, I(3)) == 0 && !tr_err_occurred());
    int deleted = 0;
    for (int i = 0; i < 1000; i += 2) deleted += tr_dict_del(d, I(i * 7)) == 0;
    CHECK(deleted == 500);
    CHECK(tr_dict_len(d) == 500);
    /* reinsert 0: it goes to the end; the odd keys keep their order */
    tr_dict_set(d, I(0), I(-1));
    size_t pos = 0;
    TrValue k, v;
    int64_t expect = 1, n = 0;
    bool ordered = true;
    while (tr_dict_next(d, &pos, &k, &v)) {
        if (n < 500) {
            ordered &= as_i64(k) == expect * 7 && as_i64(v) == expect;
            expect += 2;
        } else {
            ordered &= as_i64(k) == 0 && as_i64(v) == -1;
        }
        n++;
    }
    CHECK(ordered && n == 501);
    CHECK(tr_dict_del(d, I(12345)) == -1);
    CHECK_RAISED(KeyError, "12345");
}

static void test_dict_churn(void) {
    /* one live key at a time: the entries array must be compacted, not grow */
    TrValue d = tr_dict_new();
    for (int i = 0; i < 200000; i++) {
        tr_dict_set(d, I(i), I(i));
        if (i) tr_dict_del(d, I(i - 1));
    }
    TrDict *dd = (TrDict *)d;
    CHECK(tr_dict_len(d) == 1 && as_i64(tr_dict_get(d, I(199999))) == 199999);
    CHECK(dd->cap < 64);
    /* string keys, interned and not */
    TrValue s = tr_dict_new();
    char buf[32];
    for (int i = 0; i < 5000; i++) {
        snprintf(buf, sizeof buf, "key%d", i);
        tr_dict_set(s, tr_str_from_cstr(buf), I(i));
    }
    CHECK(as_i64(tr_dict_get_str(s, "key4321")) == 4321);
    CHECK(tr_dict_set_str(s, "key4321", I(1)) == 0 && tr_dict_len(s) == 5000);
    TrValue c = tr_dict_copy(s);
    CHECK(tr_equal(c, s) == 1);
    tr_dict_del(c, tr_str_from_cstr("key0"));
    CHECK(tr_equal(c, s) == 0 && tr_dict_len(c) == 4999);
}

static void test_dict_misc(void) {
    TrValue d = tr_dict_new();
    tr_dict_set_str(d, "a", I(1));
    CHECK_REPR(d, "{'a': 1}");
    tr_dict_set_str(d, "self", d);
    CHECK_REPR(d, "{'a': 1, 'self': {...}}");
    TrValue keys = call_method(d, "keys", 0, NULL, 0);
    CHECK_REPR(keys, "dict_keys(['a', 'self'])");
    TrValue items = call_method(tr_dict_copy(d), "popitem", 0, NULL, 0);
    CHECK(items && TR_TUPLE(items)->len == 2);
    /* mutation during iteration */
    TrValue it = tr_iter(d);
    CHECK(tr_next(it) != 0);
    tr_dict_set_str(d, "new", I(2));
    CHECK(tr_next(it) == 0);
    CHECK_RAISED(RuntimeError, "dictionary changed size during iteration");
    /* dict(iterable of pairs) */
    TrValue bad = tr_list_from((TrValue[]){tr_tuple_pack(3, I(1), I(2), I(3))}, 1);
    CHECK(tr_call1((TrValue)&tr_dict_type, bad) == 0);
    CHECK_RAISED(ValueError, "dictionary update sequence element #0 has length 3; 2 is required");
    TrValue e = tr_dict_new();
    CHECK(call_method(e, "popitem", 0, NULL, 0) == 0);
    CHECK_RAISED(KeyError, "'popitem(): dictionary is empty'");
    CHECK(tr_compare(d, e, TR_LT) == 0);
    CHECK_RAISED(TypeError, "'<' not supported between instances of 'dict' and 'dict'");
    TrValue merged = tr_binop(TR_OR, d, tr_dict_new());
    CHECK(merged && tr_equal(merged, d) == 1);
    TrValue kw = tr_dict_new();
    tr_dict_set_str(kw, "a", I(5));
    CHECK(tr_dict_merge_kwargs(kw, d, tr_str_from_cstr("f")) == -1);
    CHECK_RAISED(TypeError, "f() got multiple values for keyword argument 'a'");
}

/* ---------------------------------------------------------------- list */

static TrValue first_item(TrValue *args, size_t nargs, TrValue kwnames) { return TR_TUPLE(args[0])->items[0]; }

static void test_list_sort(void) {
    /* (key, original position) pairs: a stable sort keeps positions ascending per key */
    TrValue l = tr_list_new(0);
    uint32_t seed = 12345;
    for (int i = 0; i < 3000; i++) {
        seed = seed * 1103515245u + 12345u;
        tr_list_append(l, tr_tuple_pack(2, I((seed >> 16) % 50), I(i)));
    }
    TrValue key = tr_builtin_new("first", first_item);
    CHECK(tr_list_sort(l, key, 0) == 0);
    bool stable = true;
    for (size_t i = 1; i < TR_LIST(l)->len; i++) {
        TrTuple *a = TR_TUPLE(tr_list_items(TR_LIST(l))[i - 1]), *b = TR_TUPLE(tr_list_items(TR_LIST(l))[i]);
        int64_t ka = as_i64(a->items[0]), kb = as_i64(b->items[0]);
        stable &= ka < kb || (ka == kb && as_i64(a->items[1]) < as_i64(b->items[1]));
    }
    CHECK(stable);
    CHECK(tr_list_sort(l, key, 1) == 0);
    bool rstable = true;
    for (size_t i = 1; i < TR_LIST(l)->len; i++) {
        TrTuple *a = TR_TUPLE(tr_list_items(TR_LIST(l))[i - 1]), *b = TR_TUPLE(tr_list_items(TR_LIST(l))[i]);
        int64_t ka = as_i64(a->items[0]), kb = as_i64(b->items[0]);
        rstable &= ka > kb || (ka == kb && as_i64(a->items[1]) < as_i64(b->items[1]));
    }
    CHECK(rstable);
    TrValue mixed = tr_list_from((TrValue[]){I(1), tr_str_from_cstr("a")}, 2);
    CHECK(tr_list_sort(mixed, 0, 0) == -1);
    CHECK_RAISED(TypeError, "'<' not supported between instances of 'str' and 'int'");
    TrValue nums = tr_list_from((TrValue[]){I(3), I(1), I(2), I(1)}, 4);
    TrValue kwn = tr_tuple_pack(1, tr_str_intern("reverse"));
    CHECK(call_method(nums, "sort", 0, (TrValue[]){tr_True}, kwn) == tr_None);
    CHECK_REPR(nums, "[3, 2, 1, 1]");
}

static void test_list_slices(void) {
    TrValue l = tr_list_new(0);
    for (int i = 0; i < 10; i++) tr_list_append(l, I(i));
    CHECK_REPR(tr_getitem(l, tr_slice_new(tr_None, tr_None, I(-3))), "[9, 6, 3, 0]");
    CHECK_REPR(tr_getitem(l, tr_slice_new(I(-2), I(1), I(-2))), "[8, 6, 4, 2]");
    CHECK_REPR(tr_getitem(l, tr_slice_new(I(100), tr_None, tr_None)), "[]");
    TrValue two = tr_list_from((TrValue[]){I(0), I(0)}, 2);
    CHECK(tr_setitem(l, tr_slice_new(tr_None, tr_None, I(4)), two) == -1);
    CHECK_RAISED(ValueError, "attempt to assign sequence of size 2 to extended slice of size 3");
    CHECK(tr_setitem(l, tr_slice_new(I(1), I(9), I(3)), tr_list_from((TrValue[]){I(-1), I(-4), I(-7)}, 3)) == 0);
    CHECK_REPR(l, "[0, -1, 2, 3, -4, 5, 6, -7, 8, 9]");
    CHECK(tr_setitem(l, tr_slice_new(I(2), I(8), tr_None), two) == 0); /* resize */
    CHECK_REPR(l, "[0, -1, 0, 0, 8, 9]");
    CHECK(tr_delitem(l, tr_slice_new(tr_None, tr_None, I(-2))) == 0);
    CHECK_REPR(l, "[0, 0, 8]");
    CHECK(tr_setitem(l, tr_slice_new(tr_None, tr_None, tr_None), l) == 0); /* l[:] = l */
    CHECK_REPR(l, "[0, 0, 8]");
    CHECK(tr_setitem(l, tr_slice_new(I(0), I(0), I(0)), two) == -1);
    CHECK_RAISED(ValueError, "slice step cannot be zero");
    CHECK(tr_getitem(l, I(3)) == 0);
    CHECK_RAISED(IndexError, "list index out of range");
    CHECK(tr_setitem(l, I(-4), I(1)) == -1);
    CHECK_RAISED(IndexError, "list assignment index out of range");
    CHECK(tr_binop(TR_ADD, l, tr_empty_tuple) == 0);
    CHECK_RAISED(TypeError, "can only concatenate list (not \"tuple\") to list");
    tr_list_append(l, l);
    CHECK_REPR(l, "[0, 0, 8, [...]]");
    CHECK_REPR(tr_binop(TR_MUL, tr_list_from((TrValue[]){I(1), I(2)}, 2), I(2)), "[1, 2, 1, 2]");
    CHECK(call_method(l, "remove", 1, (TrValue[]){I(42)}, 0) == 0);
    CHECK_RAISED(ValueError, "list.remove(x): x not in list");
    CHECK(call_method(l, "index", 1, (TrValue[]){I(3)}, 0) == 0);
    CHECK_RAISED(ValueError, "3 is not in list");
    CHECK(call_method(tr_list_new(0), "pop", 0, NULL, 0) == 0);
    CHECK_RAISED(IndexError, "pop from empty list");
    CHECK(call_method(l, "pop", 1, (TrValue[]){I(10)}, 0) == 0);
    CHECK_RAISED(IndexError, "pop index out of range");
    TrValue big = tr_list_new(0);
    for (int i = 0; i < 100000; i++) tr_list_append(big, I(i));
    CHECK(TR_LIST(big)->len == 100000 && as_i64(tr_list_items(TR_LIST(big))[99999]) == 99999);
    TrValue rev = tr_call1((TrValue)&tr_reversed_type, big);
    CHECK(rev && as_i64(tr_next(rev)) == 99999);
}

/* ---------------------------------------------------------------- tuple, set */

static void test_tuple(void) {
    CHECK_REPR(tr_tuple_pack(1, I(1)), "(1,)");
    CHECK_REPR(tr_empty_tuple, "()");
    CHECK(tr_tuple_new(0) == tr_empty_tuple);
    CHECK(tr_hash(tr_tuple_pack(2, I(1), I(2))) == -3550055125485641917LL);
    CHECK(tr_hash(tr_empty_tuple) == 5740354900026072187LL);
    CHECK(tr_compare_bool(tr_tuple_pack(2, I(1), I(2)), tr_tuple_pack(3, I(1), I(2), I(0)), TR_LT) == 1);
    CHECK_REPR(tr_getitem(tr_tuple_pack(3, I(1), I(2), I(3)), tr_slice_new(I(1), tr_None, tr_None)), "(2, 3)");
    CHECK(tr_hash(tr_tuple_pack(1, tr_list_new(0))) == -1);
    CHECK_RAISED(TypeError, "unhashable type: 'list'");
}

static void test_set(void) {
    TrValue s = tr_set_new(0);
    CHECK_REPR(s, "set()");
    TrValue src = tr_list_from((TrValue[]){I(5), I(3), I(1), I(2), I(100), I(64)}, 6);
    CHECK_REPR(tr_set_new(src), "{64, 1, 2, 3, 100, 5}");
    for (int i = 0; i < 20; i++) tr_set_add(s, I(i));
    for (int i = 0; i < 20; i += 3) call_method(s, "discard", 1, (TrValue[]){I(i)}, 0);
    CHECK_REPR(s, "{1, 2, 4, 5, 7, 8, 10, 11, 13, 14, 16, 17, 19}");
    CHECK(tr_set_contains(s, I(4)) == 1 && tr_set_contains(s, I(3)) == 0);
    CHECK(call_method(s, "remove", 1, (TrValue[]){I(3)}, 0) == 0);
    CHECK_RAISED(KeyError, "3");
    TrValue f = tr_frozenset_new(tr_list_from((TrValue[]){I(1), I(2), I(3)}, 3));
    CHECK_REPR(f, "frozenset({1, 2, 3})");
    CHECK(tr_hash(f) == -272375401224217160LL);
    CHECK(tr_hash(tr_frozenset_new(0)) == 133146708735736LL);
    CHECK_REPR(tr_binop(TR_AND, s, f), "{1, 2}");
    CHECK_REPR(tr_binop(TR_SUB, f, s), "frozenset({3})");
    CHECK_REPR(tr_binop(TR_XOR, f, tr_set_new(tr_list_from((TrValue[]){I(3), I(4)}, 2))), "frozenset({1, 2, 4})");
    CHECK(tr_compare_bool(tr_set_new(tr_list_from((TrValue[]){I(1)}, 1)), f, TR_LT) == 1);
    CHECK(tr_compare_bool(f, f, TR_LT) == 0 && tr_compare_bool(f, f, TR_LE) == 1);
    CHECK(tr_set_add(s, tr_list_new(0)) == -1);
    CHECK_RAISED(TypeError, "unhashable type: 'list'");
    CHECK(call_method(tr_set_new(0), "pop", 0, NULL, 0) == 0);
    CHECK_RAISED(KeyError, "'pop from an empty set'");
    /* many deletions and insertions */
    TrValue churn = tr_set_new(0);
    for (int i = 0; i < 100000; i++) {
        tr_set_add(churn, I(i));
        call_method(churn, "discard", 1, (TrValue[]){I(i - 5)}, 0);
    }
    CHECK(tr_len(churn) == 5 && ((TrSet *)churn)->mask < 64);
}

/* ---------------------------------------------------------------- range, slice */

static void test_range(void) {
    TrValue r = tr_range_new(I(0), I(10), I(2));
    CHECK_REPR(r, "range(0, 10, 2)");
    CHECK_REPR(tr_range_new(0, I(5), 0), "range(0, 5)");
    CHECK(tr_len(r) == 5);
    CHECK(as_i64(tr_getitem(r, I(-1))) == 8);
    CHECK(tr_contains(r, I(4)) == 1 && tr_contains(r, I(5)) == 0 && tr_contains(r, I(10)) == 0);
    CHECK_REPR(tr_getitem(tr_range_new(0, I(10), 0), tr_slice_new(tr_None, tr_None, I(-1))), "range(9, -1, -1)");
    CHECK_REPR(tr_getitem(r, tr_slice_new(I(1), I(3), tr_None)), "range(2, 6, 2)");
    CHECK(tr_hash(r) == -6143170332311272345LL);
    TrValue it = tr_iter(tr_range_new(I(10), I(0), I(-3))), v;
    int64_t sum = 0;
    while ((v = tr_next(it))) sum += as_i64(v);
    CHECK(sum == 10 + 7 + 4 + 1);
    CHECK(tr_range_new(I(0), I(1), I(0)) == 0);
    CHECK_RAISED(ValueError, "range() arg 3 must not be zero");
    CHECK(tr_range_new(0, tr_float_new(1.5), 0) == 0);
    CHECK_RAISED(TypeError, "'float' object cannot be interpreted as an integer");
    CHECK(tr_getitem(r, I(5)) == 0);
    CHECK_RAISED(IndexError, "range object index out of range");
    CHECK(tr_equal(tr_range_new(0, I(0), 0), tr_range_new(I(5), I(1), 0)) == 1);
}

static void test_slice(void) {
    TrValue s = tr_slice_new(I(1), I(2), 0);
    CHECK_REPR(s, "slice(1, 2, None)");
    int64_t start, stop, step, n;
    CHECK(tr_slice_indices(tr_slice_new(I(-100), I(100), I(3)), 10, &start, &stop, &step, &n) == 0);
    CHECK(start == 0 && stop == 10 && step == 3 && n == 4);
    CHECK(tr_slice_indices(tr_slice_new(tr_None, tr_None, I(-1)), 5, &start, &stop, &step, &n) == 0);
    CHECK(start == 4 && stop == -1 && n == 5);
    CHECK_REPR(call_method(tr_slice_new(tr_None, I(-1), tr_None), "indices", 1, (TrValue[]){I(7)}, 0), "(0, 6, 1)");
}

static void test_iterators(void) {
    TrValue l = tr_list_from((TrValue[]){I(1), I(2), I(3)}, 3);
    TrValue e = tr_call((TrValue)&tr_enumerate_type, (TrValue[]){l, I(10)}, 2, 0);
    CHECK_REPR(tr_list_from_iterable(e), "[(10, 1), (11, 2), (12, 3)]");
    TrValue two = tr_list_from((TrValue[]){I(1), I(2)}, 2);
    TrValue z = tr_call((TrValue)&tr_zip_type, (TrValue[]){l, two, tr_True}, 2, tr_tuple_pack(1, tr_str_intern("strict")));
    CHECK(z && tr_list_from_iterable(z) == 0);
    CHECK_RAISED(ValueError, "zip() argument 2 is shorter than argument 1");
    CHECK(tr_call1((TrValue)&tr_reversed_type, tr_set_new(0)) == 0);
    CHECK_RAISED(TypeError, "'set' object is not reversible");
    TrValue f = tr_call2((TrValue)&tr_filter_type, tr_None, tr_list_from((TrValue[]){I(0), I(1), I(0), I(2)}, 4));
    CHECK_REPR(tr_list_from_iterable(f), "[1, 2]");
}

static TrValue add2(TrValue *args, size_t nargs, TrValue kwnames) { return tr_binop(TR_ADD, args[0], args[1]); }

static int64_t counter;
static TrValue count_up(TrValue *args, size_t nargs, TrValue kwnames) { return I(counter++); }

static void test_more(void) {
    TrValue l = tr_list_from((TrValue[]){I(1), I(2)}, 2);
    CHECK(tr_list_extend(l, l) == 0);
    CHECK_REPR(l, "[1, 2, 1, 2]");
    CHECK(call_method(l, "insert", 2, (TrValue[]){I(-100), I(0)}, 0) == tr_None);
    CHECK(call_method(l, "insert", 2, (TrValue[]){I(-1), I(9)}, 0) == tr_None);
    CHECK_REPR(l, "[0, 1, 2, 1, 9, 2]");
    CHECK_REPR(call_method(l, "count", 1, (TrValue[]){I(2)}, 0), "2");
    CHECK_REPR(tr_inplace_op(TR_MUL, tr_list_from((TrValue[]){I(7)}, 1), I(3)), "[7, 7, 7]");
    CHECK_REPR(tr_binop(TR_MUL, I(0), l), "[]");
    TrValue d = tr_dict_new();
    tr_dict_set_str(d, "a", I(1));
    tr_dict_set_str(d, "b", I(2));
    TrValue keys = call_method(d, "keys", 0, NULL, 0);
    TrValue other = tr_list_from((TrValue[]){tr_str_from_cstr("b"), tr_str_from_cstr("c")}, 2);
    CHECK_REPR(tr_binop(TR_AND, keys, other), "{'b'}");
    CHECK_REPR(tr_binop(TR_SUB, other, keys), "{'c'}");
    CHECK_REPR(call_method(d, "items", 0, NULL, 0), "dict_items([('a', 1), ('b', 2)])");
    CHECK_REPR(call_method(d, "values", 0, NULL, 0), "dict_values([1, 2])");
    CHECK_REPR(tr_list_from_iterable(tr_call1((TrValue)&tr_reversed_type, d)), "['b', 'a']");
    CHECK(tr_compare_bool(keys, tr_set_new(keys), TR_EQ) == 1);
    CHECK(tr_contains(call_method(d, "items", 0, NULL, 0), tr_tuple_pack(2, tr_str_from_cstr("b"), I(2))) == 1);
    TrValue s = tr_set_new(tr_list_from((TrValue[]){I(1), I(2), I(3)}, 3));
    CHECK(tr_inplace_op(TR_XOR, s, tr_set_new(tr_list_from((TrValue[]){I(3), I(4)}, 2))) == s);
    CHECK_REPR(s, "{1, 2, 4}");
    CHECK(tr_inplace_op(TR_SUB, s, s) == s);
    CHECK_REPR(s, "set()");
    CHECK(tr_inplace_op(TR_OR, s, tr_list_new(0)) == 0);
    CHECK_RAISED(TypeError, "unsupported operand type(s) for |=: 'set' and 'list'");
    CHECK(tr_call((TrValue)&tr_map_type, (TrValue[]){tr_builtin_new("add2", add2), l, I(0)}, 3, 0) == 0);
    CHECK_RAISED(TypeError, "'int' object is not iterable");
    TrValue m = tr_call((TrValue)&tr_map_type, (TrValue[]){tr_builtin_new("add2", add2), l, l}, 3, 0);
    CHECK_REPR(tr_list_from_iterable(m), "[0, 2, 4, 2, 18, 4]");
    counter = 0;
    TrValue ci = tr_callable_iter_new(tr_builtin_new("count_up", count_up), I(3));
    CHECK_REPR(tr_list_from_iterable(ci), "[0, 1, 2]");
    TrValue big = tr_range_new(0, I(1000000000), 0);
    CHECK(tr_len(big) == 1000000000 && tr_contains(big, I(999999999)) == 1);
    CHECK_REPR(tr_list_from_iterable(tr_call1((TrValue)&tr_reversed_type, tr_range_new(I(1), I(10), I(4)))), "[9, 5, 1]");
    CHECK_REPR(tr_list_from_iterable(tr_range_new(I(5), I(-5), I(-3))), "[5, 2, -1, -4]");
}

int main(int argc, char **argv) {
    tr_runtime_init(argc, argv);
    setvbuf(stdout, NULL, _IONBF, 0); /* failures stay visible if a test crashes */
    test_dict_order();
    test_dict_churn();
    test_dict_misc();
    test_list_sort();
    test_list_slices();
    test_tuple();
    test_set();
    test_range();
    test_slice();
    test_iterators();
    test_more();
    printf("%d passed, %d failed\n", passed, failed);
    return failed != 0;
}
