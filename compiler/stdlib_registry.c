/* stdlib_registry.c — the standard library modules implemented in C (stdlib/NAME/).
 * Each provides `TrValue trmod_NAME_init(void)` in the stdlib archive; a program links
 * only the ones it imports. */
#include "trc.h"

static const char *const stdlib_modules[] = {
    "sys", "math", "time", "asyncio", "__future__", "random", "collections", "struct", "array", "io", "gc",
    "errno", "types", "traceback", "cmath",
    "itertools", "functools", "copy", "operator",
    NULL,
};

bool stdlib_has_module(const char *name) {
    for (int i = 0; stdlib_modules[i]; i++)
        if (!strcmp(stdlib_modules[i], name)) return true;
    return false;
}
