/* direct_builtins.h — the builtins compiled calls reach without a call through the
 * function object.  When a call has exactly N positional arguments and the builtin's
 * name still holds the original function (tr_direct_builtins), the generated code calls
 * tr_builtin_NAME(args...) — the builtin's body after its argument checks — directly;
 * otherwise it calls the object as usual.  Shared by the runtime (tr.h) and the
 * compiler (emit_c.c), which must agree on the names and argument counts.
 * X(name, N) */
#ifndef TR_DIRECT_BUILTINS_H
#define TR_DIRECT_BUILTINS_H
#define TR_DIRECT_BUILTINS(X) \
    X(len, 1) X(ord, 1) X(chr, 1) X(abs, 1) X(hash, 1) X(repr, 1) X(isinstance, 2) X(min, 2) X(max, 2) \
    X(sum, 1) X(any, 1) X(all, 1) X(sorted, 1) X(getattr, 3) X(setattr, 3) X(hasattr, 2)
#endif
