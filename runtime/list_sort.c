/* list_sort.c — list.sort and sorted(): CPython 3.11's timsort, step for step.
 * The same algorithm makes the same `<` calls in the same order, which a program can
 * observe (a __lt__ that prints or counts), and it is what makes sorting nearly
 * sorted data cheap: natural runs (count_run), binary insertion up to minrun, the
 * powersort merge policy, galloping merges with the adaptive min_gallop.  Merges need
 * temporary room for the shorter run only, so a sort without a key allocates at most
 * half the list; with a key, the keys and that half again for the values.
 * Keys are compared by one function chosen after a look at all of them: small ints,
 * exact floats or exact strs directly, tuples element by element (== then <, as
 * tuple's own <, the first elements by the function their kind allows), anything else
 * by the generic comparison.  A comparison
 * that raises stops the sort with every item still in the list, as in CPython.
 * Assumes: the caller has emptied the list for the duration (see tr_list_sort). */
#include "tr.h"

#define MIN_GALLOP 7
#define MAX_MERGE_PENDING 85 /* enough for lists of 2**64 items */

typedef ptrdiff_t Index;

/* keys, and the values that move with them (NULL when the keys are the items) */
typedef struct SortSlice {
    TrValue *keys, *values;
} SortSlice;

typedef struct MergeState MergeState;
typedef int (*KeyLess)(MergeState *ms, TrValue a, TrValue b); /* a < b: 1, 0, or -1 on error */

typedef struct Run {
    SortSlice base;
    Index len;
    int power;
} Run;

struct MergeState {
    KeyLess less;
    KeyLess tuple_first_less; /* for tuple keys: how their first elements compare */
    Index min_gallop;
    SortSlice temp; /* room for the shorter run of a merge */
    Index temp_cap;
    bool with_values;
    TrValue *base_keys;
    Index list_len;
    int n;
    Run pending[MAX_MERGE_PENDING];
};

/* ---------------------------------------------------------------- comparing keys */

static int generic_less(MergeState *ms, TrValue a, TrValue b) { return tr_lt_bool(a, b); }

/* exact strs: UTF-8 byte order is code point order */
static int str_less(MergeState *ms, TrValue a, TrValue b) {
    TrStr *x = TR_STR(a), *y = TR_STR(b);
    int c = memcmp(x->data, y->data, x->len < y->len ? x->len : y->len);
    return c ? c < 0 : x->len < y->len;
}

static int small_int_less(MergeState *ms, TrValue a, TrValue b) { return TR_SMALL_VAL(a) < TR_SMALL_VAL(b); }

static int float_less(MergeState *ms, TrValue a, TrValue b) { return TR_FLOAT_VAL(a) < TR_FLOAT_VAL(b); }

/* tuple < tuple as tuple's richcompare: the first unequal pair decides */
static int tuple_less(MergeState *ms, TrValue a, TrValue b) {
    TrTuple *x = TR_TUPLE(a), *y = TR_TUPLE(b);
    size_t i = 0;
    for (; i < x->len && i < y->len; i++) {
        int eq = tr_equal(x->items[i], y->items[i]);
        if (eq < 0) return -1;
        if (!eq) break;
    }
    if (i >= x->len || i >= y->len) return x->len < y->len;
    if (i == 0) return ms->tuple_first_less(ms, x->items[0], y->items[0]);
    return tr_lt_bool(x->items[i], y->items[i]);
}

static bool is_nonempty_tuple(TrValue v) { return !TR_IS_SMALL(v) && TR_TYPE(v) == &tr_tuple_type && TR_TUPLE(v)->len; }

/* What every key (or every tuple key's first element) is, as far as choosing a
 * comparison goes. */
enum KeyKind { KEYS_SMALL_INT = 1, KEYS_FLOAT = 2, KEYS_STR = 4 };

static int key_kind(TrValue k) {
    if (TR_IS_SMALL(k)) return KEYS_SMALL_INT;
    if (TR_TYPE(k) == &tr_float_type) return KEYS_FLOAT;
    return TR_TYPE(k) == &tr_str_type ? KEYS_STR : 0;
}

/* The comparison for keys[0..n): one for a single exact type where there is one,
 * else the generic one. */
static void choose_comparison(MergeState *ms, TrValue *keys, Index n) {
    ms->less = generic_less;
    if (n < 2) return;
    bool in_tuples = is_nonempty_tuple(keys[0]);
    int kinds = KEYS_SMALL_INT | KEYS_FLOAT | KEYS_STR;
    for (Index i = 0; i < n && (kinds || in_tuples); i++) {
        if (in_tuples && !is_nonempty_tuple(keys[i])) in_tuples = false, kinds = 0;
        kinds &= key_kind(in_tuples ? TR_TUPLE(keys[i])->items[0] : keys[i]);
    }
    KeyLess elements = kinds == KEYS_SMALL_INT ? small_int_less
                       : kinds == KEYS_FLOAT   ? float_less
                       : kinds == KEYS_STR     ? str_less
                                               : generic_less;
    if (in_tuples) {
        ms->tuple_first_less = elements;
        ms->less = tuple_less;
    } else {
        ms->less = elements;
    }
}

#define LESS(a, b) ms->less(ms, a, b)
/* k = a < b, leaving with -1 on error */
#define IFLT(a, b)                                                                                                     \
    if ((k = LESS(a, b)) < 0) return -1;                                                                               \
    else if (k)

/* ---------------------------------------------------------------- slices */

static void slice_copy(SortSlice *d, Index i, const SortSlice *s, Index j) {
    d->keys[i] = s->keys[j];
    if (d->values) d->values[i] = s->values[j];
}

static void slice_copy_incr(SortSlice *d, SortSlice *s) {
    *d->keys++ = *s->keys++;
    if (d->values) *d->values++ = *s->values++;
}

static void slice_copy_decr(SortSlice *d, SortSlice *s) {
    *d->keys-- = *s->keys--;
    if (d->values) *d->values-- = *s->values--;
}

static void slice_memcpy(SortSlice *d, Index i, const SortSlice *s, Index j, Index n) {
    memcpy(&d->keys[i], &s->keys[j], sizeof(TrValue) * n);
    if (d->values) memcpy(&d->values[i], &s->values[j], sizeof(TrValue) * n);
}

static void slice_memmove(SortSlice *d, Index i, const SortSlice *s, Index j, Index n) {
    memmove(&d->keys[i], &s->keys[j], sizeof(TrValue) * n);
    if (d->values) memmove(&d->values[i], &s->values[j], sizeof(TrValue) * n);
}

static void slice_advance(SortSlice *s, Index n) {
    s->keys += n;
    if (s->values) s->values += n;
}

static void reverse_items(TrValue *lo, TrValue *hi) {
    for (--hi; lo < hi; lo++, hi--) {
        TrValue t = *lo;
        *lo = *hi;
        *hi = t;
    }
}

static void reverse_slice(SortSlice *s, Index n) {
    reverse_items(s->keys, s->keys + n);
    if (s->values) reverse_items(s->values, s->values + n);
}

/* ---------------------------------------------------------------- runs */

/* Binary insertion of [start, hi) into the sorted [lo, start). */
static int binary_sort(MergeState *ms, SortSlice lo, TrValue *hi, TrValue *start) {
    int k;
    if (lo.keys == start) ++start;
    for (; start < hi; ++start) {
        TrValue *l = lo.keys, *r = start, pivot = *r;
        do {
            TrValue *p = l + ((r - l) >> 1);
            IFLT(pivot, *p) r = p;
            else l = p + 1;
        } while (l < r);
        for (TrValue *p = start; p > l; --p) *p = *(p - 1);
        *l = pivot;
        if (lo.values) {
            Index offset = lo.values - lo.keys;
            TrValue *vp = start + offset, value = *vp;
            for (; vp > l + offset; --vp) *vp = *(vp - 1);
            *vp = value;
        }
    }
    return 0;
}

/* The length of the run at lo: ascending (each item not below the one before) or
 * strictly descending, which *descending tells. */
static Index count_run(MergeState *ms, TrValue *lo, TrValue *hi, bool *descending) {
    int k;
    *descending = false;
    ++lo;
    if (lo == hi) return 1;
    Index n = 2;
    IFLT(*lo, *(lo - 1)) {
        *descending = true;
        for (lo = lo + 1; lo < hi; ++lo, ++n) {
            IFLT(*lo, *(lo - 1));
            else break;
        }
    }
    else {
        for (lo = lo + 1; lo < hi; ++lo, ++n) {
            IFLT(*lo, *(lo - 1)) break;
        }
    }
    return n;
}

/* Where key goes in the sorted a[0..n), left of any equal items; the search starts
 * at a[hint] and gallops outward. */
static Index gallop_left(MergeState *ms, TrValue key, TrValue *a, Index n, Index hint) {
    int k;
    Index ofs = 1, lastofs = 0;
    a += hint;
    IFLT(*a, key) {
        /* a[hint] < key: gallop right until a[hint + lastofs] < key <= a[hint + ofs] */
        Index maxofs = n - hint;
        while (ofs < maxofs) {
            IFLT(a[ofs], key) {
                lastofs = ofs;
                ofs = (ofs << 1) + 1;
            }
            else break;
        }
        if (ofs > maxofs) ofs = maxofs;
        lastofs += hint;
        ofs += hint;
    }
    else {
        /* key <= a[hint]: gallop left until a[hint - ofs] < key <= a[hint - lastofs] */
        Index maxofs = hint + 1;
        while (ofs < maxofs) {
            IFLT(*(a - ofs), key) break;
            lastofs = ofs;
            ofs = (ofs << 1) + 1;
        }
        if (ofs > maxofs) ofs = maxofs;
        Index t = lastofs;
        lastofs = hint - ofs;
        ofs = hint - t;
    }
    a -= hint;
    ++lastofs; /* a[lastofs - 1] < key <= a[ofs]: binary search between */
    while (lastofs < ofs) {
        Index m = lastofs + ((ofs - lastofs) >> 1);
        IFLT(a[m], key) lastofs = m + 1;
        else ofs = m;
    }
    return ofs;
}

/* As gallop_left, but right of any items equal to key. */
static Index gallop_right(MergeState *ms, TrValue key, TrValue *a, Index n, Index hint) {
    int k;
    Index ofs = 1, lastofs = 0;
    a += hint;
    IFLT(key, *a) {
        /* key < a[hint]: gallop left until a[hint - ofs] <= key < a[hint - lastofs] */
        Index maxofs = hint + 1;
        while (ofs < maxofs) {
            IFLT(key, *(a - ofs)) {
                lastofs = ofs;
                ofs = (ofs << 1) + 1;
            }
            else break;
        }
        if (ofs > maxofs) ofs = maxofs;
        Index t = lastofs;
        lastofs = hint - ofs;
        ofs = hint - t;
    }
    else {
        /* a[hint] <= key: gallop right until a[hint + lastofs] <= key < a[hint + ofs] */
        Index maxofs = n - hint;
        while (ofs < maxofs) {
            IFLT(key, a[ofs]) break;
            lastofs = ofs;
            ofs = (ofs << 1) + 1;
        }
        if (ofs > maxofs) ofs = maxofs;
        lastofs += hint;
        ofs += hint;
    }
    a -= hint;
    ++lastofs;
    while (lastofs < ofs) {
        Index m = lastofs + ((ofs - lastofs) >> 1);
        IFLT(key, a[m]) ofs = m;
        else lastofs = m + 1;
    }
    return ofs;
}

/* ---------------------------------------------------------------- merging */

static void ensure_temp(MergeState *ms, Index need) {
    if (need <= ms->temp_cap) return;
    ms->temp.keys = tr_alloc(sizeof(TrValue) * need * (ms->with_values ? 2 : 1));
    ms->temp.values = ms->with_values ? ms->temp.keys + need : NULL;
    ms->temp_cap = need;
}

/* Merge the na items at ssa with the nb items right after them, na <= nb, copying
 * the first run aside. */
static int merge_lo(MergeState *ms, SortSlice ssa, Index na, SortSlice ssb, Index nb) {
    int k, result = -1;
    ensure_temp(ms, na);
    slice_memcpy(&ms->temp, 0, &ssa, 0, na);
    SortSlice dest = ssa;
    ssa = ms->temp;
    slice_copy_incr(&dest, &ssb);
    --nb;
    if (nb == 0) goto succeed;
    if (na == 1) goto copy_b;
    Index min_gallop = ms->min_gallop;
    for (;;) {
        Index acount = 0, bcount = 0; /* how many times in a row each run won */
        for (;;) {
            k = LESS(ssb.keys[0], ssa.keys[0]);
            if (k) {
                if (k < 0) goto fail;
                slice_copy_incr(&dest, &ssb);
                ++bcount;
                acount = 0;
                --nb;
                if (nb == 0) goto succeed;
                if (bcount >= min_gallop) break;
            } else {
                slice_copy_incr(&dest, &ssa);
                ++acount;
                bcount = 0;
                --na;
                if (na == 1) goto copy_b;
                if (acount >= min_gallop) break;
            }
        }
        /* one run wins consistently: gallop until neither does */
        ++min_gallop;
        do {
            min_gallop -= min_gallop > 1;
            ms->min_gallop = min_gallop;
            acount = gallop_right(ms, ssb.keys[0], ssa.keys, na, 0);
            if (acount) {
                if (acount < 0) goto fail;
                slice_memcpy(&dest, 0, &ssa, 0, acount);
                slice_advance(&dest, acount);
                slice_advance(&ssa, acount);
                na -= acount;
                if (na == 1) goto copy_b;
                if (na == 0) goto succeed; /* only with an inconsistent comparison */
            }
            slice_copy_incr(&dest, &ssb);
            --nb;
            if (nb == 0) goto succeed;
            bcount = gallop_left(ms, ssa.keys[0], ssb.keys, nb, 0);
            if (bcount) {
                if (bcount < 0) goto fail;
                slice_memmove(&dest, 0, &ssb, 0, bcount);
                slice_advance(&dest, bcount);
                slice_advance(&ssb, bcount);
                nb -= bcount;
                if (nb == 0) goto succeed;
            }
            slice_copy_incr(&dest, &ssa);
            --na;
            if (na == 1) goto copy_b;
        } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
        ++min_gallop; /* a penalty for leaving galloping mode */
        ms->min_gallop = min_gallop;
    }
succeed:
    result = 0;
fail:
    if (na) slice_memcpy(&dest, 0, &ssa, 0, na);
    return result;
copy_b:
    /* the last item of the first run goes after what is left of the second */
    slice_memmove(&dest, 0, &ssb, 0, nb);
    slice_copy(&dest, nb, &ssa, 0);
    return 0;
}

/* As merge_lo for na >= nb: the second run is copied aside and the merge runs from
 * the right. */
static int merge_hi(MergeState *ms, SortSlice ssa, Index na, SortSlice ssb, Index nb) {
    int k, result = -1;
    ensure_temp(ms, nb);
    SortSlice dest = ssb;
    slice_advance(&dest, nb - 1);
    slice_memcpy(&ms->temp, 0, &ssb, 0, nb);
    SortSlice basea = ssa, baseb = ms->temp;
    ssb.keys = ms->temp.keys + nb - 1;
    if (ssb.values) ssb.values = ms->temp.values + nb - 1;
    slice_advance(&ssa, na - 1);
    slice_copy_decr(&dest, &ssa);
    --na;
    if (na == 0) goto succeed;
    if (nb == 1) goto copy_a;
    Index min_gallop = ms->min_gallop;
    for (;;) {
        Index acount = 0, bcount = 0;
        for (;;) {
            k = LESS(ssb.keys[0], ssa.keys[0]);
            if (k) {
                if (k < 0) goto fail;
                slice_copy_decr(&dest, &ssa);
                ++acount;
                bcount = 0;
                --na;
                if (na == 0) goto succeed;
                if (acount >= min_gallop) break;
            } else {
                slice_copy_decr(&dest, &ssb);
                ++bcount;
                acount = 0;
                --nb;
                if (nb == 1) goto copy_a;
                if (bcount >= min_gallop) break;
            }
        }
        ++min_gallop;
        do {
            min_gallop -= min_gallop > 1;
            ms->min_gallop = min_gallop;
            Index at = gallop_right(ms, ssb.keys[0], basea.keys, na, na - 1);
            if (at < 0) goto fail;
            acount = na - at;
            if (acount) {
                slice_advance(&dest, -acount);
                slice_advance(&ssa, -acount);
                slice_memmove(&dest, 1, &ssa, 1, acount);
                na -= acount;
                if (na == 0) goto succeed;
            }
            slice_copy_decr(&dest, &ssb);
            --nb;
            if (nb == 1) goto copy_a;
            at = gallop_left(ms, ssa.keys[0], baseb.keys, nb, nb - 1);
            if (at < 0) goto fail;
            bcount = nb - at;
            if (bcount) {
                slice_advance(&dest, -bcount);
                slice_advance(&ssb, -bcount);
                slice_memcpy(&dest, 1, &ssb, 1, bcount);
                nb -= bcount;
                if (nb == 1) goto copy_a;
                if (nb == 0) goto succeed; /* only with an inconsistent comparison */
            }
            slice_copy_decr(&dest, &ssa);
            --na;
            if (na == 0) goto succeed;
        } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
        ++min_gallop;
        ms->min_gallop = min_gallop;
    }
succeed:
    result = 0;
fail:
    if (nb) slice_memcpy(&dest, -(nb - 1), &baseb, 0, nb);
    return result;
copy_a:
    /* the first item of the second run goes before what is left of the first */
    slice_memmove(&dest, 1 - na, &ssa, 1 - na, na);
    slice_advance(&dest, -na);
    slice_advance(&ssa, -na);
    slice_copy(&dest, 0, &ssb, 0);
    return 0;
}

/* Merge pending runs i and i + 1. */
static int merge_at(MergeState *ms, int i) {
    SortSlice ssa = ms->pending[i].base, ssb = ms->pending[i + 1].base;
    Index na = ms->pending[i].len, nb = ms->pending[i + 1].len;
    ms->pending[i].len = na + nb;
    if (i == ms->n - 3) ms->pending[i + 1] = ms->pending[i + 2];
    --ms->n;
    /* the items of a before b's first and of b after a's last are in place already */
    Index k = gallop_right(ms, *ssb.keys, ssa.keys, na, 0);
    if (k < 0) return -1;
    slice_advance(&ssa, k);
    na -= k;
    if (na == 0) return 0;
    nb = gallop_left(ms, ssa.keys[na - 1], ssb.keys, nb, nb - 1);
    if (nb <= 0) return (int)nb;
    return na <= nb ? merge_lo(ms, ssa, na, ssb, nb) : merge_hi(ms, ssa, na, ssb, nb);
}

/* The powersort depth of the boundary between a run at s1 of n1 items and the next
 * of n2, in a list of n: the first bit where (s1 + n1/2)/n and (s1 + n1 + n2/2)/n
 * differ (computed on doubled midpoints, which are integers). */
static int power_of(Index s1, Index n1, Index n2, Index n) {
    int result = 0;
    Index a = 2 * s1 + n1, b = a + n1 + n2;
    for (;;) {
        ++result;
        if (a >= n) {
            a -= n;
            b -= n;
        } else if (b >= n) {
            break;
        }
        a <<= 1;
        b <<= 1;
    }
    return result;
}

/* A run of n2 items follows the top one: merge the runs deeper than their boundary. */
static int found_new_run(MergeState *ms, Index n2) {
    if (!ms->n) return 0;
    Run *p = ms->pending;
    Index s1 = p[ms->n - 1].base.keys - ms->base_keys, n1 = p[ms->n - 1].len;
    int power = power_of(s1, n1, n2, ms->list_len);
    while (ms->n > 1 && p[ms->n - 2].power > power)
        if (merge_at(ms, ms->n - 2) < 0) return -1;
    p[ms->n - 1].power = power;
    return 0;
}

static int merge_force_collapse(MergeState *ms) {
    Run *p = ms->pending;
    while (ms->n > 1) {
        int i = ms->n - 2;
        if (i > 0 && p[i - 1].len < p[i + 1].len) --i;
        if (merge_at(ms, i) < 0) return -1;
    }
    return 0;
}

static Index min_run_of(Index n) {
    Index r = 0; /* becomes 1 if any bit shifted off is set */
    while (n >= 64) {
        r |= n & 1;
        n >>= 1;
    }
    return n + r;
}

static int timsort(MergeState *ms, SortSlice lo, Index n) {
    Index remaining = n, min_run = min_run_of(n);
    do {
        bool descending;
        Index run = count_run(ms, lo.keys, lo.keys + remaining, &descending);
        if (run < 0) return -1;
        if (descending) reverse_slice(&lo, run);
        if (run < min_run) { /* extend a short run to min(min_run, remaining) */
            Index force = remaining <= min_run ? remaining : min_run;
            if (binary_sort(ms, lo, lo.keys + force, lo.keys + run) < 0) return -1;
            run = force;
        }
        if (found_new_run(ms, run) < 0) return -1;
        ms->pending[ms->n].base = lo;
        ms->pending[ms->n].len = run;
        ++ms->n;
        slice_advance(&lo, run);
        remaining -= run;
    } while (remaining);
    return merge_force_collapse(ms);
}

int tr_list_sort(TrValue list, TrValue key, int reverse) {
    TrList *l = TR_LIST(list);
    bool floats = l->float_boxes != NULL; /* then sorted floats take the strategy again */
    TrValue *items = tr_list_items(l);
    Index n = (Index)l->len;
    size_t cap = l->cap;
    /* As CPython: the list looks empty while sorting, so that a key function or __lt__
     * that mutates it is detected; the sorted items are put back in any case. */
    l->slots = NULL;
    l->len = l->cap = 0;
    int rc = 0;
    SortSlice all = {items, NULL};
    if (key && key != tr_None) {
        all.keys = tr_alloc(sizeof(TrValue) * (n ? n : 1));
        all.values = items;
        for (Index i = 0; i < n && rc == 0; i++)
            if (!(all.keys[i] = tr_call1(key, items[i]))) rc = -1;
    }
    if (rc == 0 && n > 1) {
        MergeState ms = {.min_gallop = MIN_GALLOP, .base_keys = all.keys, .list_len = n, .with_values = all.values != NULL};
        choose_comparison(&ms, all.keys, n);
        if (reverse) reverse_slice(&all, n); /* stable: reverse, sort, reverse back */
        rc = timsort(&ms, all, n);
        if (reverse) reverse_items(items, items + n);
    }
    bool modified = l->slots || l->len;
    l->slots = items;
    l->len = (size_t)n;
    l->cap = cap;
    if (rc == 0 && modified) {
        tr_err(TR_EXC_TYPE(ValueError), "list modified during sort");
        return -1;
    }
    if (floats) tr_list_float_enter(l);
    return rc;
}
