# The two commands of README.md: `make run` and `make test`.
# Both install any missing Debian packages first (.ci/install-deps), then build in build/.

MAKEFLAGS += --no-print-directory

BUILD   ?= build
JOBS    ?= $(shell nproc 2>/dev/null || echo 2)
CMAKE_FLAGS ?= -DCMAKE_BUILD_TYPE=RelWithDebInfo -DAHPLEAD_WERROR=ON

.PHONY: all deps configure build run test clean

all: build

deps:
	@bash .ci/install-deps

configure: deps
	@cmake -S . -B $(BUILD) $(CMAKE_FLAGS) >/dev/null

build: configure
	@cmake --build $(BUILD) -j $(JOBS)

run: build
	@if [ -x $(BUILD)/src/gui/ahplead ]; then $(BUILD)/src/gui/ahplead; \
	else $(BUILD)/src/cli/ahplead-cli score data/examples/board-example.json; fi

test: build
	@cd $(BUILD) && ctest --output-on-failure -j $(JOBS)

clean:
	rm -rf $(BUILD)
