# Makefile — builds trc (build/bin/trc), the runtime archive (build/lib/libtrc_rt.a)
# and the stdlib archive (build/lib/libtrc_std.a); `make test`, `make demo`, `make deps`.
# Assumes Debian (make deps installs the -dev packages as root via apt-get).

CC ?= cc
BUILD ?= $(if $(SANITIZE),build/san,build)
OPT ?= -O2
SANITIZE ?=
WARN = -Wall -Wextra -Wno-unused-parameter -Wno-sign-compare -Wno-missing-field-initializers
ifneq ($(SANITIZE),)
SAN_FLAGS = -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined
endif
CFLAGS_COMMON = -std=gnu11 -g $(OPT) $(WARN) $(SAN_FLAGS) -D_GNU_SOURCE
RT_CFLAGS = $(CFLAGS_COMMON) -Iruntime -fPIC -fvisibility=hidden
STD_CFLAGS = $(CFLAGS_COMMON) -Iruntime -fPIC

DEB_PACKAGES = gcc make libgc-dev libgmp-dev libtcc-dev tcc python3

COMPILER_SRC = $(wildcard compiler/*.c compiler/opt/*.c)
RUNTIME_SRC = $(wildcard runtime/*.c)
STDLIB_SRC = $(wildcard stdlib/*/*.c)
COMPILER_OBJ = $(COMPILER_SRC:%.c=$(BUILD)/obj/%.o)
RUNTIME_OBJ = $(RUNTIME_SRC:%.c=$(BUILD)/obj/%.o)
STDLIB_OBJ = $(STDLIB_SRC:%.c=$(BUILD)/obj/%.o)

TRC = $(BUILD)/bin/trc
RT_LIB = $(BUILD)/lib/libtrc_rt.a
STD_LIB = $(BUILD)/lib/libtrc_std.a
HEADER = $(BUILD)/include/tr.h $(BUILD)/include/tr_compiled.h

.PHONY: all deps deps-check test demo bench clean

all: deps-check $(TRC) $(RT_LIB) $(STD_LIB) $(HEADER)

# Install the Debian packages the build needs, only those missing (needs root).
deps:
	@missing=""; for p in $(DEB_PACKAGES); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "make deps: installing$$missing"; \
	  if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi; \
	  $$SUDO apt-get update -qq && $$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; \
	fi

deps-check:
	@$(MAKE) --no-print-directory deps

# trc carries the runtime and stdlib for `trc run`, which compiles in memory with libtcc
# (without libtcc.h, trc is built to run programs through cc instead, and says so).
ifeq ($(wildcard /usr/include/libtcc.h),)
JIT_CFLAGS = -DTRC_NO_LIBTCC
JIT_LIBS =
else
JIT_CFLAGS =
JIT_LIBS = -ltcc
endif
JIT_SYMBOLS = $(BUILD)/gen/jit_symbols.c
$(JIT_SYMBOLS): $(RT_LIB) $(STD_LIB) tools/gen_symtab.sh
	@mkdir -p $(dir $@)
	tools/gen_symtab.sh $(RT_LIB) $(STD_LIB) > $@

$(BUILD)/obj/gen/jit_symbols.o: $(JIT_SYMBOLS) compiler/build.h compiler/trc.h
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS_COMMON) -Icompiler -c -o $@ $<

$(TRC): $(COMPILER_OBJ) $(BUILD)/obj/gen/jit_symbols.o $(RT_LIB) $(STD_LIB)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS_COMMON) -o $@ $(COMPILER_OBJ) $(BUILD)/obj/gen/jit_symbols.o $(STD_LIB) $(RT_LIB) \
	  $(JIT_LIBS) -lgc -lgmp -lm -ldl -lpthread

$(RT_LIB): $(RUNTIME_OBJ)
	@mkdir -p $(dir $@)
	rm -f $@ && ar rcs $@ $^

$(STD_LIB): $(STDLIB_OBJ)
	@mkdir -p $(dir $@)
	rm -f $@ && ar rcs $@ $^

$(BUILD)/include/%.h: runtime/%.h
	@mkdir -p $(dir $@)
	cp $< $@

$(BUILD)/obj/compiler/%.o: compiler/%.c compiler/trc.h
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS_COMMON) $(JIT_CFLAGS) -Icompiler -c -o $@ $<

$(BUILD)/obj/runtime/%.o: runtime/%.c runtime/tr.h runtime/tr_compiled.h
	@mkdir -p $(dir $@)
	$(CC) $(RT_CFLAGS) -c -o $@ $<

$(BUILD)/obj/stdlib/%.o: stdlib/%.c runtime/tr.h
	@mkdir -p $(dir $@)
	$(CC) $(STD_CFLAGS) -c -o $@ $<

# The whole suite: golden programs vs CPython 3.11 output, error tests, C unit tests.
# SANITIZE=1 builds the runtime and the generated code with ASan+UBSan.
test: all
	TRC=$(BUILD)/bin/trc $(if $(SANITIZE),TRC_SANITIZE=1 SAN_FLAGS="$(SAN_FLAGS)" ASAN_OPTIONS=detect_leaks=0) tools/run_tests.sh

# Build and run the examples a newcomer starts from.
demo: all
	$(TRC) build examples/hello.tr -o $(BUILD)/hello
	$(BUILD)/hello
	$(TRC) run examples/inventory.tr

# Benchmarks side by side with python3 and pypy3 (timings are for reading, not tests).
bench: all
	@$(MAKE) --no-print-directory deps DEB_PACKAGES="pypy3 time"
	TRC=$(TRC) bench/run.sh

clean:
	rm -rf build
