/* finalize.c — __del__ and the closing of dropped generators, over the collector's
 * finalisation; the full collection gc.collect() runs.
 *
 * An instance of a class whose MRO defines __del__ (TR_TF_HAS_DEL, set by class.c) gets
 * a no-order finalizer when it is allocated (tr_object_alloc, tr_object_new_instance);
 * a generator, coroutine or async generator gets one the first time it suspends inside
 * a try or with block (the emitted code calls tr_gen_track), so generators that never
 * do cost nothing.  No order: the collector finalizes cycles too, as CPython 3.4+ does,
 * and keeps everything a finalizable object reaches until its finalizer has run.
 * When the collector finds such an object dead, on_dead only queues it (resurrecting
 * it) and asks for a safe point, as _weakref does: the eval breaker at loop back-edges
 * or gc.collect() runs tr_run_finalizers, never inside an allocation.  There each
 * object's __del__ is called once (the collector unregisters a finalizer when it fires;
 * a resurrected object is not finalized again), an exception in it is printed as
 * CPython's unraisable hook does and dropped; a generator is closed (GeneratorExit at
 * its yield), an async generator handed to the event loop's finalizer hook.  After
 * __del__ a no-op marker finalizer records that it ran (gc.is_finalized).
 * Objects found dead in one collection run referrers first where one holds another
 * directly (CPython's order when reference counts free a chain); beyond that, and for
 * batches over ORDERED_BATCH, in the collector's order.
 * At exit (tr_finalize_at_exit), after the atexit handlers: the __del__ of the objects
 * the main module's globals hold, in the order the globals were made, as CPython's
 * module teardown, then one full collection for the garbage left.
 * Assumes: the thread holding the GIL runs all of this; a finalizer registered before
 * (a weak reference's) is kept and the object is then not tracked (tr_gen_track). */
#include "tr.h"

/* A tracked object's queue entry, made when it is tracked: the collector calls on_dead
 * inside allocations, and allocating there does not work (a queue array GC_MALLOC'd in
 * on_dead lost queued objects to the sweep: they came back reused).  obj stays 0 until
 * then, so the entry (the finalizer's client data, which the collector keeps) does not
 * keep the object alive. */
typedef struct Pending {
    struct Pending *next;
    TrValue obj;
} Pending;

static Pending *queue_head, *queue_tail; /* found dead, waiting for a safe point; oldest first */
static size_t found;  /* objects queued since the start: gc.collect()'s count */
static bool any_tracked;

static void GC_CALLBACK on_dead(void *obj, void *data) {
    Pending *p = data;
    p->obj = (TrValue)obj;
    if (queue_tail) queue_tail->next = p;
    else queue_head = p;
    queue_tail = p;
    found++;
    tr_schedule_pending_calls();
}

static void GC_CALLBACK finalized_marker(void *obj, void *data) { (void)obj, (void)data; }

void tr_del_track(TrValue obj) {
    any_tracked = true;
    GC_register_finalizer_no_order((void *)obj, on_dead, tr_alloc(sizeof(Pending)), NULL, NULL);
}

void tr_gen_track(TrGen *g) {
    GC_finalization_proc old = 0;
    void *old_data = 0;
    g->finalizable = 1;
    any_tracked = true;
    GC_register_finalizer_no_order(g, on_dead, tr_alloc(sizeof(Pending)), &old, &old_data);
    if (old) GC_register_finalizer_no_order(g, old, old_data, NULL, NULL); /* a weak reference's: keep it */
}

static void report_unraisable(TrValue where) {
    TrValue exc = tr_err_fetch();
    TrValue r = tr_repr(where);
    tr_err_clear();
    TrValue text = tr_format_exception(exc, false, 0); /* as the default sys.unraisablehook: no chain */
    tr_err_clear();
    tr_flush_stdout();
    fprintf(stderr, "Exception ignored in: %s\n%s", r ? tr_str_cstr(r) : "<object repr() failed>",
            text ? tr_str_cstr(text) : "");
}

static void call_del(TrValue obj) {
    TrValue del = tr_type_lookup(TR_TYPE(obj), TR_INTERN("__del__"));
    if (!del) return; /* deleted from the class since */
    GC_register_finalizer_no_order((void *)obj, finalized_marker, NULL, NULL, NULL);
    TrValue r;
    if (TR_TYPE(del) == &tr_function_type) r = tr_call1(del, obj);
    else {
        TrType *dt = TR_TYPE(del);
        TrValue bound = dt->descr_get ? dt->descr_get(del, obj, (TrValue)TR_TYPE(obj)) : del;
        r = bound ? tr_call(bound, NULL, 0, 0) : 0;
    }
    if (!r) report_unraisable(del);
}

static void finalize_one(TrValue obj) {
    TrType *t = TR_TYPE(obj);
    if (t == &tr_generator_type || t == &tr_coroutine_type || t == &tr_async_generator_type) {
        if (((TrGen *)obj)->state > 0) tr_close_owned_iter(obj);
        return;
    }
    call_del(obj);
}

/* Ordering one collection's batch so that an object runs before those it references
 * directly (in its own block or its attribute block), as reference counting frees a
 * chain: reverse post-order of a depth-first walk.  Small batches only (the search is
 * quadratic); larger ones keep the collector's order. */
#define ORDERED_BATCH 64

static void visit_words(TrValue *batch, size_t n, uint8_t *seen, TrValue *out, size_t *k, void *block);

static void visit(TrValue *batch, size_t n, size_t i, uint8_t *seen, TrValue *out, size_t *k) {
    if (seen[i]) return;
    seen[i] = 1;
    TrValue obj = batch[i];
    visit_words(batch, n, seen, out, k, (void *)obj);
    size_t off = TR_TYPE(obj)->dictoffset;
    TrValue attrs = off ? *(TrValue *)((char *)obj + off) : 0;
    if (attrs && !TR_IS_SMALL(attrs) && TR_TYPE(attrs) == &tr_attrs_type && GC_base((void *)attrs) == (void *)attrs)
        visit_words(batch, n, seen, out, k, (void *)attrs); /* an attribute block of its own */
    out[--*k] = obj;
}

static void visit_words(TrValue *batch, size_t n, uint8_t *seen, TrValue *out, size_t *k, void *block) {
    TrValue *words = block;
    size_t nwords = GC_size(block) / sizeof(TrValue);
    for (size_t w = 0; w < nwords; w++)
        for (size_t j = 0; j < n; j++)
            if (words[w] == batch[j] && (void *)batch[j] != block) visit(batch, n, j, seen, out, k);
}

static void order_batch(TrValue *batch, size_t n) {
    uint8_t seen[ORDERED_BATCH] = {0};
    TrValue out[ORDERED_BATCH];
    size_t k = n;
    for (size_t i = 0; i < n; i++) visit(batch, n, i, seen, out, &k);
    memcpy(batch, out, n * sizeof *batch);
}

bool tr_run_finalizers(void) {
    if (!queue_head) return false;
    TrValue saved = tr_err_fetch(); /* a safe point may come with an exception set */
    while (queue_head) { /* finalizers running now may queue more: a batch at a time */
        size_t n = 0;
        for (Pending *p = queue_head; p; p = p->next) n++;
        TrValue *batch = tr_alloc(n * sizeof *batch);
        for (size_t i = 0; i < n; i++) { /* tr_alloc may have queued more: take n, leave the rest */
            Pending *p = queue_head;
            queue_head = p->next;
            batch[i] = p->obj;
            p->obj = 0;
        }
        if (!queue_head) queue_tail = 0;
        if (n <= ORDERED_BATCH) order_batch(batch, n);
        for (size_t i = 0; i < n; i++) finalize_one(batch[i]);
    }
    if (saved) tr_err_restore(saved);
    return true;
}

/* Only for instances of __del__ classes: a C object's ordered finalizer (file.c, expat)
 * must not come back as a no-order one. */
bool tr_is_finalized(TrValue obj) {
    if (TR_IS_SMALL(obj) || !(TR_TYPE(obj)->flags & TR_TF_HAS_DEL) || !GC_base((void *)obj)) return false;
    GC_finalization_proc fn = 0;
    void *data = 0;
    GC_register_finalizer_no_order((void *)obj, 0, 0, &fn, &data); /* read by taking it off... */
    if (fn) GC_register_finalizer_no_order((void *)obj, fn, data, NULL, NULL); /* ...and putting it back */
    return fn == finalized_marker;
}

/* The stack below the caller's frame: calls made before left words there that may
 * point to dead objects, and the collector is conservative.  Not instrumented: ASan
 * would move the array to its fake stack and leave the real one as it was. */
static void __attribute__((noinline, no_sanitize_address)) clear_stack_below(void) {
    volatile uintptr_t area[2048];
    for (size_t i = 0; i < sizeof area / sizeof *area; i++) area[i] = 0;
}

size_t tr_gc_collect(void) {
    size_t before = found;
    int disabled = GC_is_disabled();
    if (disabled) GC_enable(); /* gc.collect() works with automatic collection off */
    /* collect again while finalizers and weak reference callbacks released more (a
     * chain of __del__ objects frees a link per pass), as CPython frees it all in one call */
    for (int pass = 0; pass < 4; pass++) {
        clear_stack_below();
        GC_gcollect();
        GC_invoke_finalizers();
        if (!tr_run_pending_calls()) break;
    }
    if (disabled) GC_disable();
    return found - before;
}

void tr_finalize_at_exit(void) {
    if (!any_tracked) return;
    TrValue main = tr_sys_modules ? tr_dict_get_str(tr_sys_modules, "__main__") : 0;
    TrValue globals = main ? tr_getattr_opt(main, TR_INTERN("__dict__")) : 0;
    if (globals && tr_dict_check(globals)) {
        size_t pos = 0;
        TrValue key, value;
        while (tr_dict_next(globals, &pos, &key, &value)) {
            if (TR_IS_SMALL(value) || !(TR_TYPE(value)->flags & TR_TF_HAS_DEL) || !GC_base((void *)value)) continue;
            GC_finalization_proc fn = 0;
            void *data = 0;
            GC_register_finalizer_no_order((void *)value, 0, 0, &fn, &data);
            if (fn == on_dead) call_del(value);
            else if (fn) GC_register_finalizer_no_order((void *)value, fn, data, NULL, NULL);
        }
    }
    tr_err_clear();
    tr_gc_collect();
}
