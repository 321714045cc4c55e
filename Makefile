# The two commands of README.md: `make run` and `make test`.
# Both install any missing Debian packages first (.ci/install-deps), then build in build/.

MAKEFLAGS += --no-print-directory

BUILD   ?= build
JOBS    ?= $(shell nproc 2>/dev/null || echo 2)
CMAKE_FLAGS ?= -DCMAKE_BUILD_TYPE=RelWithDebInfo -DAHPLEAD_WERROR=ON
# CI (CI=true) builds without debug information and each library as a unity build: quicker
# to compile and link from scratch, nothing less checked (docs/building.md).
ifdef CI
CI_FLAGS = -DAHPLEAD_DEBUG_INFO=OFF -DAHPLEAD_UNITY=ON
endif

.PHONY: all deps configure build run test clean package screenshots

all: build

deps:
	@bash .ci/install-deps

configure: deps
	@cmake -S . -B $(BUILD) $(CMAKE_FLAGS) $(CI_FLAGS) >/dev/null

build: configure
	@cmake --build $(BUILD) -j $(JOBS)

run: build
	@if [ -x $(BUILD)/src/gui/ahplead ]; then $(BUILD)/src/gui/ahplead; \
	else $(BUILD)/src/cli/ahplead-cli score data/examples/board-example.json; fi

test: build
	@cd $(BUILD) && ctest --output-on-failure -j $(JOBS)

# The Debian package (docs/building.md): $(BUILD)/ahplead_<version>-1_<arch>.deb, built by CPack.
package: build
	@cd $(BUILD) && cpack -G DEB

clean:
	rm -rf $(BUILD)

# The pictures of README.md and the user guide (docs/images), drawn by the developer tool
# tools/screenshots from the bundled example.
screenshots: build
	@$(BUILD)/tools/screenshots/ahplead-screenshots docs/images

# Reliability (docs/reliability.md). test-asan: the whole suite under AddressSanitizer and
# UndefinedBehaviorSanitizer in build-asan/ (without the package tests and benchmarks, which
# test CPack and measure speed, not memory safety, and without the store tests' PostgreSQL runs,
# whose time goes to the server, not to our code, which their SQLite runs already check); any
# report fails the run. fuzz: each libFuzzer
# target for FUZZ_SECONDS in build-fuzz/ (installs clang-14 and libclang-rt-14-dev if missing).
ASAN_BUILD   ?= build-asan
FUZZ_BUILD   ?= build-fuzz
FUZZ_SECONDS ?= 60
POSTGRESQL_TESTS = , on PostgreSQL$$|throwaway PostgreSQL server
SANITIZER_ENV = ASAN_OPTIONS=halt_on_error=1:detect_leaks=1:check_initialization_order=1:strict_init_order=1 \
	LSAN_OPTIONS=suppressions=$(CURDIR)/tests/reliability/lsan.supp:print_suppressions=0 \
	UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1

.PHONY: test-asan fuzz

test-asan: deps
	@cmake -S . -B $(ASAN_BUILD) -DCMAKE_BUILD_TYPE=Debug -DAHPLEAD_SANITIZE=address,undefined -DAHPLEAD_WERROR=ON \
		-DAHPLEAD_BUILD_BENCH=OFF -DAHPLEAD_PACKAGE_TESTS=OFF $(CI_FLAGS) >/dev/null
	@$(SANITIZER_ENV) cmake --build $(ASAN_BUILD) -j $(JOBS)
	@cd $(ASAN_BUILD) && $(SANITIZER_ENV) ctest --output-on-failure -j $(JOBS) -E '$(POSTGRESQL_TESTS)'

fuzz: deps
	@bash tests/fuzz/run-fuzzers.sh $(FUZZ_BUILD) $(FUZZ_SECONDS)
