/* irgen_match.c — `match` statements lowered to ordinary IR with CPython 3.11's
 * semantics: each case tests its pattern against the subject (evaluated once) with
 * type checks (MATCH_SEQUENCE, MATCH_MAPPING), length checks, item and key fetches,
 * comparisons and the class-pattern helper, branching to the next case at the first
 * failure.  Captured values wait in temporaries and are bound to their names only once
 * the whole pattern matched (before the guard runs), as in CPython.  Compile-time
 * errors (unreachable patterns, alternatives binding different names, duplicate
 * captures, repeated class keywords, duplicate literal mapping keys) carry CPython's
 * texts and locations.
 * Assumes: resolve.c set `sym` on capturing pattern nodes (N_PMATCH_AS, N_PMATCH_STAR,
 * N_PMATCH_MAPPING with **rest), whose `name` is the captured name. */
#include "trc.h"
#include <errno.h>
#include <math.h>

/* The pattern of one case being compiled (CPython's pattern_context). */
typedef struct Pat {
    Gen *g;
    Vec stores;              /* Node*: capturing pattern nodes, in binding order */
    Vec *temps;              /* pairs (char* name, (intptr_t) temp variable), one per name
                                captured anywhere in the match statement */
    bool allow_irrefutable;  /* a capture or wildcard may stand here */
    Node *loc;               /* where errors point: the last pattern entered, as CPython */
} Pat;

static void pattern(Pat *pc, Node *p, Instr *subject, Block *fail);

_Noreturn static void pattern_error(Pat *pc, const char *msg) {
    error_at(pc->g->mod->file, pc->loc->line, pc->loc->col, "%s", msg);
}

static bool is_wildcard(Node *p) { return p->kind == N_PMATCH_AS && !p->pattern && !p->name; }

static Instr *const_int(Gen *g, int64_t v) {
    Instr *k = emit(g, IR_CONST_INT, TY_INT);
    k->ival = v;
    return k;
}

/* Continue where cond holds; go to fail otherwise. */
static void expect(Gen *g, Instr *cond, Block *fail) {
    Block *ok = new_block(g);
    branch(g, cond, ok, fail);
    seal(g, ok);
    g->cur = ok;
}

static Instr *is_not_none(Gen *g, Instr *v) {
    Instr *r = op2(g, IR_IS, TY_CBOOL, v, const_none(g));
    r->subop = 1;
    return r;
}

/* len(subject) compared with n (CPython's GET_LEN then COMPARE_OP). */
static void expect_len(Gen *g, Instr *subject, int cmp, int64_t n, Block *fail) {
    Instr *len = op1(g, IR_LEN, TY_INT, subject);
    Instr *c = op2(g, IR_COMPARE_BOOL, TY_CBOOL, len, const_int(g, n));
    c->subop = cmp;
    expect(g, c, fail);
}

/* The temporary holding a captured name's value until the case is bound. */
static int temp_for(Pat *pc, const char *name) {
    Vec *t = pc->temps;
    for (int i = 0; i < t->len; i += 2)
        if (!strcmp(t->data[i], name)) return (int)(intptr_t)t->data[i + 1];
    int var = new_temp(pc->g);
    vec_push(t, (void *)name);
    vec_push(t, (void *)(intptr_t)var);
    return var;
}

static int find_store(Vec *stores, const char *name) {
    for (int i = 0; i < stores->len; i++)
        if (!strcmp(((Node *)stores->data[i])->name, name)) return i;
    return -1;
}

/* Record that the pattern binds p->name; a name may be bound once per pattern. */
static void add_store(Pat *pc, Node *p) {
    if (find_store(&pc->stores, p->name) >= 0)
        pattern_error(pc, format("multiple assignments to name '%s' in pattern", p->name));
    vec_push(&pc->stores, p);
}

static void capture(Pat *pc, Node *p, Instr *v) {
    add_store(pc, p);
    write_var(pc->g->cur, temp_for(pc, p->name), v);
}

/* A pattern nested in another: irrefutable ones are fine there. */
static void subpattern(Pat *pc, Node *p, Instr *subject, Block *fail) {
    bool allow = pc->allow_irrefutable;
    pc->allow_irrefutable = true;
    pattern(pc, p, subject, fail);
    pc->allow_irrefutable = allow;
}

/* [a, b, *rest, c]: only sequences (not str/bytes), a length check, then the items —
 * unpacked (as CPython's UNPACK_SEQUENCE/UNPACK_EX), or indexed when the star is `*_`. */
static void sequence_pattern(Pat *pc, Node *p, Instr *subject, Block *fail) {
    Gen *g = pc->g;
    int size = p->elts.len, star = -1;
    bool star_wildcard = false, only_wildcard = true;
    for (int i = 0; i < size; i++) {
        Node *e = p->elts.data[i];
        if (e->kind == N_PMATCH_STAR) {
            star = i;
            star_wildcard = !e->name;
            only_wildcard &= star_wildcard;
        } else {
            only_wildcard &= is_wildcard(e);
        }
    }
    expect(g, op1(g, IR_MATCH_SEQUENCE, TY_CBOOL, subject), fail);
    if (star < 0) expect_len(g, subject, CMP_EQ, size, fail);
    else if (size > 1) expect_len(g, subject, CMP_GE, size - 1, fail);
    if (only_wildcard) return;
    if (star_wildcard) {
        for (int i = 0; i < size; i++) {
            Node *e = p->elts.data[i];
            if (i == star || is_wildcard(e)) continue;
            Instr *index = const_int(g, i);
            if (i > star) { /* len(subject) - (size - i): the subject may not take negative indices */
                index = op2(g, IR_BINOP, TY_DYN, op1(g, IR_LEN, TY_INT, subject), const_int(g, size - i));
                index->subop = OP_SUB;
            }
            subpattern(pc, e, op2(g, IR_GETITEM, TY_DYN, subject, index), fail);
        }
        return;
    }
    Instr *pack = op1(g, star < 0 ? IR_UNPACK : IR_UNPACK_EX, TY_PACK, subject);
    pack->ival = star < 0 ? size : star;
    pack->subop = star < 0 ? 0 : size - star - 1;
    for (int i = 0; i < size; i++) {
        Instr *item = op1(g, IR_EXTRACT, TY_DYN, pack);
        item->ival = i;
        subpattern(pc, p->elts.data[i], item, fail);
    }
}

/* ---------------------------------------------------------------- literal keys
 * CPython folds a mapping pattern's literal keys to constants and rejects duplicates
 * at compile time (equal values collide: 1, 1.0, True, 1+0j), naming the repeated key
 * by its repr. */

typedef enum NumKind { NUM_INT, NUM_FLOAT, NUM_COMPLEX } NumKind;
typedef struct Num { NumKind kind; bool is_bool; long long i; double re, im; } Num;

/* The value of a numeric literal (signed, possibly complex); false if not one or
 * an int too big to fold here. */
static bool fold_number(Node *k, Num *n) {
    switch (k->kind) {
    case N_TRUE: case N_FALSE:
        *n = (Num){.kind = NUM_INT, .is_bool = true, .i = k->kind == N_TRUE, .re = k->kind == N_TRUE};
        return true;
    case N_INT: {
        const char *t = k->str;
        int base = t[0] != '0' || !t[1] ? 10 : t[1] == 'x' ? 16 : t[1] == 'o' ? 8 : 2;
        errno = 0;
        long long v = strtoll(base == 10 ? t : t + 2, NULL, base);
        if (errno) return false;
        *n = (Num){.kind = NUM_INT, .i = v, .re = (double)v};
        return true;
    }
    case N_FLOAT: *n = (Num){.kind = NUM_FLOAT, .re = k->fval}; return true;
    case N_IMAG: *n = (Num){.kind = NUM_COMPLEX, .im = k->fval}; return true;
    case N_UNARYOP:
        if (!fold_number(k->value, n)) return false;
        *n = (Num){.kind = n->kind, .i = -n->i, .re = -n->re, .im = -n->im};
        return true;
    case N_BINOP: { /* real +/- imaginary */
        Num a, b;
        if (!fold_number(k->left, &a) || !fold_number(k->right, &b)) return false;
        double sign = k->op == OP_SUB ? -1 : 1;
        *n = (Num){.kind = NUM_COMPLEX, .re = a.re + sign * b.re, .im = a.im + sign * b.im};
        return true;
    }
    default: return false;
    }
}

/* repr(float), shortest round-trip digits; complex parts omit the ".0". */
static void float_repr(StrBuf *b, double d, bool add_dot0) {
    if (signbit(d)) sb_puts(b, "-");
    d = fabs(d);
    if (isinf(d)) { sb_puts(b, "inf"); return; }
    char buf[40];
    for (int p = 0; p < 17; p++) {
        snprintf(buf, sizeof buf, "%.*e", p, d);
        if (strtod(buf, NULL) == d) break;
    }
    char digits[24], *e = strchr(buf, 'e');
    int nd = 0;
    for (char *c = buf; c < e; c++)
        if (*c != '.') digits[nd++] = *c;
    int exp = atoi(e + 1), decpt = exp + 1;
    if (decpt <= -4 || decpt > 16) {
        sb_add(b, digits, 1);
        if (nd > 1) { sb_puts(b, "."); sb_add(b, digits + 1, nd - 1); }
        sb_printf(b, "e%c%02d", exp < 0 ? '-' : '+', abs(exp));
    } else if (decpt <= 0) {
        sb_puts(b, "0.");
        for (int i = 0; i < -decpt; i++) sb_puts(b, "0");
        sb_add(b, digits, nd);
    } else if (decpt >= nd) {
        sb_add(b, digits, nd);
        for (int i = nd; i < decpt; i++) sb_puts(b, "0");
        if (add_dot0) sb_puts(b, ".0");
    } else {
        sb_add(b, digits, decpt);
        sb_puts(b, ".");
        sb_add(b, digits + decpt, nd - decpt);
    }
}

/* repr(str) or repr(bytes) of UTF-8 / raw contents. */
static void text_repr(StrBuf *b, const char *s, size_t n, bool bytes) {
    char q = memchr(s, '\'', n) && !memchr(s, '"', n) ? '"' : '\'';
    if (bytes) sb_puts(b, "b");
    sb_add(b, &q, 1);
    for (size_t i = 0; i < n; i++) {
        unsigned char c = s[i], c2 = i + 1 < n ? s[i + 1] : 0;
        if (c == q || c == '\\') sb_printf(b, "\\%c", c);
        else if (c == '\n') sb_puts(b, "\\n");
        else if (c == '\r') sb_puts(b, "\\r");
        else if (c == '\t') sb_puts(b, "\\t");
        else if (c < 0x20 || c == 0x7f || (bytes && c >= 0x80)) sb_printf(b, "\\x%02x", c);
        else if (!bytes && c == 0xc2 && (c2 <= 0xa0 || c2 == 0xad)) sb_printf(b, "\\x%02x", c2), i++; /* U+0080..U+00A0, U+00AD */
        else sb_add(b, (char *)&c, 1);
    }
    sb_add(b, &q, 1);
}

/* A literal key's canonical form (equal constants coincide) and repr; false for
 * dotted names and literals not folded here. */
static bool fold_key(Node *k, StrBuf *canon, StrBuf *repr) {
    Num n;
    switch (k->kind) {
    case N_NONE: sb_puts(canon, "N"); sb_puts(repr, "None"); return true;
    case N_STR: case N_BYTES:
        sb_puts(canon, k->kind == N_STR ? "s" : "b");
        sb_add(canon, k->str, k->len);
        text_repr(repr, k->str, k->len, k->kind == N_BYTES);
        return true;
    default: break;
    }
    if (!fold_number(k, &n)) return false;
    if (n.kind == NUM_COMPLEX && n.im != 0) sb_printf(canon, "c%a,%a", n.re, n.im);
    else if (n.kind == NUM_INT || (n.re == floor(n.re) && fabs(n.re) < 9e18)) sb_printf(canon, "n%lld", n.kind == NUM_INT ? n.i : (long long)n.re);
    else sb_printf(canon, "f%a", n.re);
    if (n.is_bool) sb_puts(repr, n.i ? "True" : "False");
    else if (n.kind == NUM_INT) sb_printf(repr, "%lld", n.i);
    else if (n.kind == NUM_FLOAT) float_repr(repr, n.re, true);
    else if (n.re == 0 && !signbit(n.re)) { float_repr(repr, n.im, false); sb_puts(repr, "j"); }
    else {
        sb_puts(repr, "(");
        float_repr(repr, n.re, false);
        if (!signbit(n.im)) sb_puts(repr, "+");
        float_repr(repr, n.im, false);
        sb_puts(repr, "j)");
    }
    return true;
}

static void check_duplicate_keys(Pat *pc, Node *p) {
    StrBuf *seen = xmalloc(sizeof(StrBuf) * (p->keys.len + 1));
    for (int i = 0; i < p->keys.len; i++) {
        StrBuf repr = {0};
        if (!fold_key(p->keys.data[i], &seen[i], &repr)) continue;
        for (int j = 0; j < i; j++)
            if (seen[j].len == seen[i].len && !memcmp(seen[j].data, seen[i].data, seen[i].len)) {
                sb_add(&repr, "", 1);
                pattern_error(pc, format("mapping pattern checks duplicate key (%s)", repr.data));
            }
    }
}

/* {k1: p1, k2: p2, **rest}: only mappings, enough items, every key present. */
static void mapping_pattern(Pat *pc, Node *p, Instr *subject, Block *fail) {
    Gen *g = pc->g;
    int size = p->keys.len;
    check_duplicate_keys(pc, p);
    expect(g, op1(g, IR_MATCH_MAPPING, TY_CBOOL, subject), fail);
    if (!size && !p->name) return;
    if (size) expect_len(g, subject, CMP_GE, size, fail);
    Vec keyvals = {0};
    for (int i = 0; i < size; i++) vec_push(&keyvals, gen_expr(g, p->keys.data[i]));
    Instr *keys = opv(g, IR_BUILD_TUPLE, TY_TUPLE, &keyvals);
    if (size) {
        Instr *values = op2(g, IR_MATCH_KEYS, TY_DYN, subject, keys);
        expect(g, is_not_none(g, values), fail);
        Instr *pack = op1(g, IR_UNPACK, TY_PACK, values);
        pack->ival = size;
        for (int i = 0; i < size; i++) {
            Instr *v = op1(g, IR_EXTRACT, TY_DYN, pack);
            v->ival = i;
            subpattern(pc, p->values.data[i], v, fail);
        }
    }
    if (p->name) capture(pc, p, op2(g, IR_MATCH_REST, TY_DICT, subject, keys));
}

/* Cls(p1, p2, k=p3): the isinstance check and attribute fetches happen in the runtime
 * helper (tr_match_class), which yields the attributes or None. */
static void class_pattern(Pat *pc, Node *p, Instr *subject, Block *fail) {
    Gen *g = pc->g;
    int nargs = p->elts.len, nkw = p->idents.len;
    for (int i = 0; i < nkw; i++) {
        pc->loc = p->values.data[i];
        for (int j = i + 1; j < nkw; j++)
            if (!strcmp(p->idents.data[i], p->idents.data[j])) {
                pc->loc = p->values.data[j];
                pattern_error(pc, format("attribute name repeated in class pattern: %s", (char *)p->idents.data[i]));
            }
    }
    Instr *cls = gen_expr(g, p->value);
    Instr *attrs = emit(g, IR_MATCH_CLASS, TY_DYN);
    ir_add_arg(attrs, subject);
    ir_add_arg(attrs, cls);
    attrs->subop = nargs;
    attrs->ival = nkw;
    attrs->names = (char **)p->idents.data;
    finish(g, attrs);
    expect(g, is_not_none(g, attrs), fail);
    if (!nargs && !nkw) return;
    Instr *pack = op1(g, IR_UNPACK, TY_PACK, attrs);
    pack->ival = nargs + nkw;
    for (int i = 0; i < nargs + nkw; i++) {
        Node *sub = i < nargs ? p->elts.data[i] : p->values.data[i - nargs];
        if (is_wildcard(sub)) continue;
        Instr *v = op1(g, IR_EXTRACT, TY_DYN, pack);
        v->ival = i;
        subpattern(pc, sub, v, fail);
    }
}

/* p1 | p2 | p3: each alternative must bind the same names; their values meet in
 * the temporaries at the join. */
static void or_pattern(Pat *pc, Node *p, Instr *subject, Block *fail) {
    Gen *g = pc->g;
    Block *ok = new_block(g);
    Vec outer = pc->stores, control = {0};
    bool allow = pc->allow_irrefutable;
    int n = p->elts.len;
    for (int i = 0; i < n; i++) {
        pc->stores = (Vec){0};
        pc->allow_irrefutable = i == n - 1 && allow;
        Block *next = i == n - 1 ? fail : new_block(g);
        pattern(pc, p->elts.data[i], subject, next);
        if (i == 0) {
            control = pc->stores;
        } else {
            bool same = pc->stores.len == control.len;
            for (int k = 0; same && k < control.len; k++)
                same = find_store(&pc->stores, ((Node *)control.data[k])->name) >= 0;
            if (!same) pattern_error(pc, "alternative patterns bind different names");
        }
        jump(g, ok);
        if (next != fail) {
            seal(g, next);
            g->cur = next;
        }
    }
    pc->stores = outer;
    pc->allow_irrefutable = allow;
    for (int k = 0; k < control.len; k++) add_store(pc, control.data[k]);
    seal(g, ok);
    g->cur = ok;
}

/* Match subject against p; on failure jump to fail (sealed by the caller). */
static void pattern(Pat *pc, Node *p, Instr *subject, Block *fail) {
    Gen *g = pc->g;
    pc->loc = p;
    g->line = p->line;
    g->at = p; /* a traceback marks the pattern */
    switch (p->kind) {
    case N_PMATCH_VALUE: {
        Instr *c = op2(g, IR_COMPARE_BOOL, TY_CBOOL, subject, gen_expr(g, p->value));
        c->subop = CMP_EQ;
        expect(g, c, fail);
        break;
    }
    case N_PMATCH_SINGLETON: expect(g, op2(g, IR_IS, TY_CBOOL, subject, gen_expr(g, p->value)), fail); break;
    case N_PMATCH_SEQUENCE: sequence_pattern(pc, p, subject, fail); break;
    case N_PMATCH_MAPPING: mapping_pattern(pc, p, subject, fail); break;
    case N_PMATCH_CLASS: class_pattern(pc, p, subject, fail); break;
    case N_PMATCH_OR: or_pattern(pc, p, subject, fail); break;
    case N_PMATCH_STAR: /* in a sequence: subject is the list of the starred items */
        if (p->name) capture(pc, p, subject);
        break;
    case N_PMATCH_AS:
        if (p->pattern) {
            pattern(pc, p->pattern, subject, fail);
        } else if (!pc->allow_irrefutable) {
            pattern_error(pc, p->name ? format("name capture '%s' makes remaining patterns unreachable", p->name)
                                      : "wildcard makes remaining patterns unreachable");
        }
        if (p->name) capture(pc, p, subject);
        break;
    default:
        error_at(g->mod->file, p->line, p->col, "unexpected %s in pattern", node_kind_name(p->kind));
    }
}

/* Each case: pattern, bind its captures, guard, body; a failure tries the next case.
 * Irrefutable patterns must be guarded or last. */
void gen_match(Gen *g, Node *n) {
    Instr *subject = gen_expr(g, n->value);
    Block *after = new_block(g);
    Vec temps = {0};
    for (int i = 0; i < n->cases.len; i++) {
        Node *c = n->cases.data[i];
        Pat pc = {.g = g, .temps = &temps, .allow_irrefutable = c->test || i == n->cases.len - 1};
        Block *next = new_block(g);
        pattern(&pc, c->pattern, subject, next);
        for (int k = 0; k < pc.stores.len; k++) {
            Node *s = pc.stores.data[k];
            store_name(g, s, read_var(g, g->cur, temp_for(&pc, s->name)));
        }
        if (c->test) {
            g->line = c->test->line;
            expect(g, gen_cond(g, c->test), next);
        }
        gen_stmts(g, &c->body);
        jump(g, after);
        seal(g, next);
        g->cur = next;
    }
    jump(g, after);
    seal(g, after);
    g->cur = after;
}
