/* main.c — the trc command line and the compilation pipeline:
 *   load (lex + parse + resolve every module) -> irgen -> opt passes -> emit C -> cc.
 * `trc build` writes an executable; `trc run` builds into the cache and executes it. */
#include "trc.h"
#include "build.h"
#include <errno.h>
#include <signal.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

typedef struct Options {
    const char *command;     /* "build" or "run" */
    const char *input;
    const char *output;
    bool emit_c, emit_ir, emit_ast;
    BuildOptions build;
    int prog_argc;           /* run: the program's own arguments */
    char **prog_argv;
} Options;

static void usage(FILE *f) {
    fprintf(f,
            "usage: trc build FILE [-o OUT] [options]   compile a program to a native executable\n"
            "       trc run FILE [ARGS...]              compile and run a program\n"
            "       trc --version | -h | --help\n"
            "\n"
            "options:\n"
            "  -o OUT        output executable (default: FILE without its extension)\n"
            "  -O0 .. -O3    C optimisation level (default -O2)\n"
            "  -g            debug information (gdb shows Tauraro source lines)\n"
            "  --emit-c      print the generated C and stop\n"
            "  --emit-ir     print the SSA IR and stop\n"
            "  --emit-ast    print the syntax tree and stop\n"
            "  --keep-c      keep the generated C files (their paths go to stderr)\n"
            "  --no-cache    recompile every module, ignoring the object cache\n"
            "\n"
            "environment: CC (C compiler, default cc), XDG_CACHE_HOME (object cache)\n");
}

static char *default_output(const char *input) {
    const char *base = strrchr(input, '/');
    base = base ? base + 1 : input;
    char *out = xstrdup(base);
    char *dot = strrchr(out, '.');
    if (dot && (!strcmp(dot, ".tr") || !strcmp(dot, ".py"))) *dot = 0;
    if (!strcmp(out, base)) { free(out); out = format("%s.out", base); }
    return out;
}

static bool parse_flag(Options *o, int argc, char **argv, int *i) {
    const char *a = argv[*i];
    if (!strcmp(a, "-o") && *i + 1 < argc) { o->output = argv[++*i]; return true; }
    if (a[0] == '-' && a[1] == 'O' && a[2] >= '0' && a[2] <= '3' && !a[3]) { o->build.opt_level = a[2] - '0'; return true; }
    if (!strcmp(a, "-g")) { o->build.debug = true; return true; }
    if (!strcmp(a, "--emit-c")) { o->emit_c = true; return true; }
    if (!strcmp(a, "--emit-ir")) { o->emit_ir = true; return true; }
    if (!strcmp(a, "--emit-ast")) { o->emit_ast = true; return true; }
    if (!strcmp(a, "--keep-c")) { o->build.keep_c = true; return true; }
    if (!strcmp(a, "--no-cache")) { o->build.use_cache = false; return true; }
    return false;
}

static void parse_args(Options *o, int argc, char **argv) {
    o->build.opt_level = 2;
    o->build.use_cache = true;
    const char *san = getenv("TRC_SANITIZE");
    o->build.sanitize = san && *san && strcmp(san, "0");
    if (argc < 2) { usage(stderr); exit(2); }
    const char *cmd = argv[1];
    if (!strcmp(cmd, "-h") || !strcmp(cmd, "--help") || !strcmp(cmd, "help")) { usage(stdout); exit(0); }
    if (!strcmp(cmd, "--version") || !strcmp(cmd, "version")) { printf("trc %s\n", TRC_VERSION); exit(0); }
    if (strcmp(cmd, "build") && strcmp(cmd, "run")) {
        fprintf(stderr, "trc: error: unknown command '%s'\n\n", cmd);
        usage(stderr);
        exit(2);
    }
    o->command = cmd;
    for (int i = 2; i < argc; i++) {
        if (o->input && !strcmp(cmd, "run")) { /* everything after FILE belongs to the program */
            o->prog_argc = argc - i;
            o->prog_argv = argv + i;
            break;
        }
        if (parse_flag(o, argc, argv, &i)) continue;
        if (argv[i][0] == '-' && argv[i][1]) {
            fprintf(stderr, "trc: error: unknown option '%s'\n", argv[i]);
            exit(2);
        }
        if (o->input) { fprintf(stderr, "trc: error: more than one input file\n"); exit(2); }
        o->input = argv[i];
    }
    if (!o->input) { fprintf(stderr, "trc: error: no input file\n"); exit(2); }
}

/* IR for every compiled module, after the optimisation passes. */
static Vec compile_to_ir(Program *p) {
    Vec irms = {0};
    for (int i = 0; i < p->modules.len; i++) {
        Module *m = p->modules.data[i];
        if (m->is_stdlib) continue;
        IrModule *irm = irgen_module(p, m);
        opt_check_bound(irm);
        opt_infer_types(irm);
        opt_dce(irm);
        if (!getenv("TRC_NO_VERIFY")) ir_verify(irm);
        vec_push(&irms, irm);
    }
    return irms;
}

static char *emit_to_string(IrModule *irm, Program *p, size_t *len) {
    char *text = NULL;
    FILE *f = open_memstream(&text, len);
    if (irm) emit_c_module(f, irm, p);
    else emit_c_main(f, p);
    fclose(f);
    return text;
}

/* Run the program as a child with our stdio; its exit status (or signal) is ours. */
static int run_and_remove(const char *path, Options *o) {
    char **argv = xmalloc(sizeof(char *) * (o->prog_argc + 2));
    argv[0] = (char *)o->input;
    for (int i = 0; i < o->prog_argc; i++) argv[i + 1] = o->prog_argv[i];
    argv[o->prog_argc + 1] = NULL;
    pid_t pid = fork();
    if (pid < 0) { perror("trc: fork"); unlink(path); return 3; }
    if (pid == 0) {
        execv(path, argv);
        perror("trc: exec");
        _exit(127);
    }
    /* the terminal's Ctrl-C reaches the child directly; the driver only waits */
    signal(SIGINT, SIG_IGN);
    signal(SIGQUIT, SIG_IGN);
    int status;
    while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {}
    unlink(path);
    if (WIFSIGNALED(status)) {
        signal(WTERMSIG(status), SIG_DFL);
        raise(WTERMSIG(status));
        return 128 + WTERMSIG(status);
    }
    return WEXITSTATUS(status);
}

int main(int argc, char **argv) {
    Options o = {0};
    parse_args(&o, argc, argv);

    Program *prog = load_program(o.input);
    if (o.emit_ast) {
        dump_ast(stdout, prog->main->ast, 0);
        return 0;
    }
    Vec irms = compile_to_ir(prog);
    if (o.emit_ir) {
        for (int i = 0; i < irms.len; i++) ir_dump_module(stdout, irms.data[i]);
        return 0;
    }
    CUnit *units = xmalloc(sizeof(CUnit) * (irms.len + 1));
    for (int i = 0; i < irms.len; i++) {
        IrModule *irm = irms.data[i];
        units[i].name = irm->module->name;
        units[i].c_text = emit_to_string(irm, prog, &units[i].c_len);
    }
    units[irms.len].name = "<main>";
    units[irms.len].c_text = emit_to_string(NULL, prog, &units[irms.len].c_len);
    if (o.emit_c) {
        for (int i = 0; i <= irms.len; i++) fwrite(units[i].c_text, 1, units[i].c_len, stdout);
        return 0;
    }

    Toolchain tc;
    toolchain_init(&tc);
    if (!strcmp(o.command, "build")) {
        char *out = o.output ? xstrdup(o.output) : default_output(o.input);
        return build_executable(&tc, &o.build, units, irms.len + 1, out);
    }
    /* run: link into a private file of the cache, run it as a child, remove it */
    char *exe = format("%s/run-%d", tc.cachedir, (int)getpid());
    int rc = build_executable(&tc, &o.build, units, irms.len + 1, exe);
    if (rc) return rc;
    return run_and_remove(exe, &o);
}
