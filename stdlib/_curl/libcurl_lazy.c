/* libcurl_lazy.c — libcurl_api() for trc itself: binds libcurl.so.4 with dlopen on the
 * first import of _curl, so that `trc run` of a program not using it never loads libcurl
 * (with its ~25 dependent libraries it was most of trc's start-up in the dynamic loader).
 * Not in the stdlib archive: the Makefile links it into trc ahead of the archive
 * (libcurl_api.h). Imports run under the GIL, so two threads never bind at once. */
#include "tr.h"   /* gc.h with GC_THREADS: dlopen is GC_dlopen, safe beside collections */
#include <dlfcn.h>
#include "libcurl_api.h"

const LibcurlApi *libcurl_api(const char **error) {
    static LibcurlApi lazy;
    static bool bound;
    if (bound) return &lazy;
    void *lib = dlopen("libcurl.so.4", RTLD_NOW | RTLD_LOCAL);
    if (!lib) {
        *error = dlerror();
        return NULL;
    }
#define BIND(name) \
    if (!(lazy.name = (__typeof__(lazy.name))dlsym(lib, "curl_" #name))) { \
        *error = dlerror(); \
        return NULL; \
    }
    LIBCURL_FUNCTIONS(BIND)
#undef BIND
    bound = true;
    return &lazy;
}
