/* main.c — runtime start-up and shutdown: GC and type initialisation in dependency
 * order, running the main module, reporting an uncaught exception like CPython
 * (traceback, exit status 1; SystemExit's code; KeyboardInterrupt ends the process by SIGINT, like CPython),
 * then, as CPython's finalisation, waiting for threads and running the atexit module's
 * callbacks (weakref.finalize's and logging's exit work are atexit callbacks too).
 * This is the one exit sequence: os._exit and fatal signals skip it. */
#include "tr.h"
#include <stdlib.h>

TrValue tr_argv;

void tr_runtime_init(int argc, char **argv) {
    /* When to collect: Boehm's rule with free-space divisor 5 (after allocating 2/5 of
     * the live pointer-holding data plus 1/20 of the pointer-free), but never before
     * 1 MiB.  The floor is what programs churning temporaries over a small live set
     * need (nbody, ~200 KiB live: a collection per few hundred KiB of floats, 60% of
     * its time in the collector with the default alone).  The divisor also sets how
     * much the heap grows when a collection frees too little (a fifth of it): with
     * Boehm's default 3, words (8.5 MiB live, nearly all string bytes) overshot to a
     * 12.3 MiB heap and a 16.3 MiB peak RSS, python3's, and 20.8 MiB when a
     * collection found a dead 2.7 MiB list still referenced from the stack; with 5 it
     * peaks at 14.1 MiB for 5.7% more instructions (171 collections instead of 82). */
    GC_set_free_space_divisor(5);
    GC_set_min_bytes_allocd(1 << 20);
    /* GC_INIT's own collection stays, though nothing is garbage yet (11% of an empty
     * program's instructions): it blacklists the addresses static data seems to point
     * at, and without it bench/words' peak rose by 170 KB (and 3 MB in one run of 40). */
    GC_INIT();
    GC_allow_register_threads();
    tr_alloc_init();
    tr_int_str_limit_init();
    tr_frame_stack_init();
    tr_init_signals();
    /* core: these types only need static data and each other */
    tr_init_tuple();
    tr_init_object();
    tr_init_dict();
    tr_init_str();
    tr_init_func();
    tr_init_descr();
    tr_init_object_methods();
    tr_init_str_methods();
    tr_init_tuple_methods();
    tr_init_union();
    tr_init_mappingproxy();
    tr_init_code();
    tr_init_generic_alias();
    tr_init_dict_methods();
    tr_init_bool();
    tr_init_int();
    tr_init_float();
    tr_init_bytes();
    tr_init_memoryview();
    tr_init_list();
    tr_init_set();
    tr_init_range();
    tr_init_iter();
    tr_init_gen();
    tr_init_module();
    tr_init_exceptions();
    tr_init_traceback();
    tr_init_type_docs();
    tr_init_slot_wrappers();
    tr_init_builtins();
    tr_init_exception_groups();
    tr_init_file();
    tr_argv = tr_list_new(argc);
    tr_add_roots(&tr_argv, sizeof tr_argv);
    for (int i = 0; i < argc; i++) tr_list_append(tr_argv, tr_str_from_cstr(argv[i]));
}

/* Exit status for an uncaught SystemExit, printing its message if not an int. */
static int system_exit_status(TrValue exc) {
    TrValue code = tr_getattr_cstr(exc, "code");
    if (!code || code == tr_None) return 0;
    if (tr_int_check(code)) {
        int64_t c;
        if (tr_int_as_i64(code, &c) < 0) return 1;
        return (int)(c & 0xff);
    }
    TrValue s = tr_str(code);
    fflush(stdout);
    if (s) fprintf(stderr, "%s\n", tr_str_cstr(s));
    return 1;
}

/* Like CPython's finalisation: if the program imported threading, wait for its
 * non-daemon threads (threading._shutdown). */
static void wait_for_thread_shutdown(void) {
    TrValue threading = tr_dict_get_str(tr_sys_modules, "threading");
    if (!threading) return;
    TrValue shutdown = tr_getattr_cstr(threading, "_shutdown");
    if (!shutdown || !tr_call(shutdown, NULL, 0, 0)) {
        TrValue exc = tr_err_fetch();
        fflush(stdout);
        fputs("Exception ignored on threading shutdown:\n", stderr);
        tr_print_exception(exc);
    }
}

void (*tr_atexit_hook)(void);

int tr_runtime_finish(TrValue result) {
    int status = 0;
    bool interrupted = false;
    if (!result) {
        TrValue exc = tr_err_fetch();
        if (exc && tr_isinstance_type(exc, TR_EXC_TYPE(SystemExit))) status = system_exit_status(exc);
        else {
            tr_print_exception(exc);
            interrupted = exc && tr_isinstance_type(exc, TR_EXC_TYPE(KeyboardInterrupt));
            status = 1;
        }
    }
    if (tr_threads_started) wait_for_thread_shutdown();
    if (tr_atexit_hook) tr_atexit_hook();
    tr_close_main_generators();
    tr_finalize_at_exit();
    if (interrupted) tr_exit_by_sigint();
    if (tr_flush_stdout() < 0) { /* CPython: an unraisable error in finalization, status 120 */
        tr_err_errno(TR_EXC_TYPE(OSError), 0);
        fputs("Exception ignored in: <_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'>\n", stderr);
        tr_print_exception(tr_err_fetch());
        status = 120;
    }
    fflush(stderr);
    return status;
}

int tr_main(int argc, char **argv, TrValue (*main_init)(void)) {
    tr_runtime_init(argc, argv);
    tr_frame_set_depth(0); /* the main module's body pushes depth 1 */
    return tr_runtime_finish(tr_import("__main__", main_init));
}
