/* libcurl_api.h — the libcurl functions the _curl module calls, reached through one table
 * of function pointers so that trc itself need not load libcurl at start-up.
 *
 * Two files provide libcurl_api(), and a program gets exactly one:
 *   libcurl_linked.c  (in the stdlib archive) the functions' own addresses: an executable
 *                     importing _curl links -lcurl as before (static and cross builds too);
 *   libcurl_lazy.c    (linked into trc only, as an object ahead of the archive, so the
 *                     archive's member is never pulled in) binds libcurl.so.4 with dlopen
 *                     on the first import of _curl under `trc run`.
 * Assumes, as POSIX does, that a function pointer fits in the void * dlsym returns. */
#ifndef LIBCURL_API_H
#define LIBCURL_API_H
#include <curl/curl.h>

#define LIBCURL_FUNCTIONS(X) \
    X(global_init) X(easy_init) X(easy_cleanup) X(easy_reset) X(easy_setopt) X(easy_perform) \
    X(easy_getinfo) X(easy_strerror) X(easy_pause) X(multi_init) X(multi_cleanup) \
    X(multi_setopt) X(multi_add_handle) X(multi_remove_handle) X(multi_socket_action) \
    X(multi_info_read) X(multi_strerror) X(slist_append) X(slist_free_all)

/* slot `easy_init` holds curl_easy_init, with its prototype */
#define LIBCURL_SLOT(name) __typeof__(curl_##name) *name;
typedef struct LibcurlApi { LIBCURL_FUNCTIONS(LIBCURL_SLOT) } LibcurlApi;
#undef LIBCURL_SLOT

/* The table, or NULL with *error set to why libcurl could not be bound (the lazy
 * binding only: the library or one of its functions is missing). */
const LibcurlApi *libcurl_api(const char **error);

#endif
