/* emit_method.c — calls of builtin types' C methods without the method cache.  For
 * obj.name(args) where name is one a builtin type is nearly always the receiver of
 * (counts.get, parts.append, line.split, ...), the call goes straight to that type's C
 * method while obj's type is exactly that type; any other receiver takes the ordinary
 * cached method call.  The C method is looked up once, at module init, into K[]
 * (tr_type_method_descriptor; 0 if the type has no such plain method, which sends every
 * call the ordinary way).
 * Assumes: builtin types cannot be changed, so an exact type check proves which C
 * function obj.name is, and the C method checks its own arguments. */
#include "emit.h"

static const struct { const char *name, *type; IrType ir_type; } direct_methods[] = {
    {"get", "dict", TY_DICT}, {"items", "dict", TY_DICT}, {"keys", "dict", TY_DICT},
    {"values", "dict", TY_DICT}, {"setdefault", "dict", TY_DICT},
    {"append", "list", TY_LIST}, {"extend", "list", TY_LIST}, {"insert", "list", TY_LIST},
    {"split", "str", TY_STR}, {"rsplit", "str", TY_STR}, {"join", "str", TY_STR},
    {"strip", "str", TY_STR}, {"lstrip", "str", TY_STR}, {"rstrip", "str", TY_STR},
    {"startswith", "str", TY_STR}, {"endswith", "str", TY_STR}, {"replace", "str", TY_STR},
    {"lower", "str", TY_STR}, {"upper", "str", TY_STR}, {"find", "str", TY_STR},
    {"splitlines", "str", TY_STR}, {"isdigit", "str", TY_STR}, {"format", "str", TY_STR},
    {"encode", "str", TY_STR}, {"add", "set", TY_SET},
};

bool emit_direct_method(Emitter *e, Instr *i) {
    if (i->op != IR_CALL_METHOD || i->ival || e->traced || i->func_ref) return false;
    Instr *recv = i->args[0];
    for (size_t d = 0; d < sizeof direct_methods / sizeof direct_methods[0]; d++) {
        if (strcmp(direct_methods[d].name, i->str)) continue;
        if (recv->type != TY_DYN && recv->type != direct_methods[d].ir_type) return false;
        int m = emit_const(e, format("tr_type_method_descriptor(&tr_%s_type, \"%s\")", direct_methods[d].type, i->str));
        emit_args_array(e, i, 0, i->nargs);
        out(e, "      if (TR_LIKELY(!TR_IS_SMALL(a_[0]) && a_[0]->type == &tr_%s_type && K[%d])) "
               "v%d = ((TrBuiltin *)K[%d])->fn(a_, %d, 0);\n",
            direct_methods[d].type, m, i->id, m, i->nargs);
        out(e, "      else v%d = tr_call_method_cached(K[%d], a_, %d, 0, &SITES.mc[%d]); }\n", i->id,
            emit_const_name(e, i->str), i->nargs, e->method_caches++);
        return true;
    }
    return false;
}
