# Limber's two commands: `make run` (install what is missing, build, open the app) and
# `make test` (install, build, run every test). Also: bench, asan, fuzz, package, package-test,
# lintian, web, serve-web, web-test, clean.
.PHONY: deps build-release run test asan tsan monkey bench fuzz fuzz-run package package-test lintian web serve-web web-test clean

JOBS ?= $(shell nproc)
# Compiling: one job more than cores, so a core is not idle while a job reads or links.
BUILD_JOBS ?= $(shell echo $$(( $$(nproc) + 1 )))
RELEASE_DIR := build/release
ASAN_DIR := build/asan
TSAN_DIR := build/tsan
BENCH_DIR := build/bench
PACKAGE_DIR := build/package
FUZZ_DIR := build/fuzz
CMAKE_CONFIGURE := cmake -G "Unix Makefiles" -Wno-dev
FUZZ_SECONDS ?= 600
FUZZ_TARGET ?= routine

deps:
	@scripts/install-deps

$(RELEASE_DIR)/Makefile: | deps
	$(CMAKE_CONFIGURE) -S . -B $(RELEASE_DIR) -DCMAKE_BUILD_TYPE=Release

build-release: deps $(RELEASE_DIR)/Makefile
	cmake --build $(RELEASE_DIR) -j $(BUILD_JOBS)

run: build-release
	$(RELEASE_DIR)/src/app/limber run morning-calf-stretch

# One test more at once than cores (the timing tests still run alone: RUN_SERIAL): most tests wait
# on windows, sound and files (measured here: 5:11 against 5:44 for the whole suite).
test: build-release
	LIMBER_TEST_JOBS=$$(( $(JOBS) + 1 )) scripts/run-tests $(RELEASE_DIR)

# The .deb (build/package/limber_VERSION_ARCH.deb): a Release build for /usr, without tests.
package: deps
	$(CMAKE_CONFIGURE) -S . -B $(PACKAGE_DIR) -DCMAKE_BUILD_TYPE=Release -DCMAKE_INSTALL_PREFIX=/usr \
	  -DLIMBER_BUILD_TESTS=OFF
	cmake --build $(PACKAGE_DIR) -j $(BUILD_JOBS)
	cd $(PACKAGE_DIR) && cpack -G DEB

# The .deb checked against Debian's policy: lintian must find no error and no warning.
lintian: package
	scripts/install-deps package
	lintian --fail-on error,warning --info $(PACKAGE_DIR)/limber_*.deb

# Installs the Release build into a temporary prefix and uses it from outside the source tree.
package-test: build-release
	scripts/package-test $(RELEASE_DIR)

# CI has 30 minutes for make test, package-test and this. Line tables only (-g1): ASan's reports
# keep file:line. Limber's libraries build as a few large files each (LIMBER_UNITY_BUILD). The timing tests are not built here (tests/CMakeLists.txt says why). Twice as many tests at once as cores: under ASan they mostly wait on processes,
# windows and files. The slowest tests (many processes against SQLite, the doc examples, twenty
# kills, the sound and voice previews) run in `make test`; under ASan they only repeat what the
# others check, at over 4 minutes. So do the layout walks that measure every screen at several
# sizes (instruction text, night contrast, steady layout, the keyboard's order) and the memory
# bound of a huge import (ASan's own memory makes it meaningless): 4 minutes more of ASan's time,
# and the monkey walks the same screens under ASan.
ASAN_SKIP := ManyProcessesOpeningANewHistoryAtOnceAllRecord|Docs.EveryCommandExampleRunsAsWritten|TwoDevicesTakingTurnsAndWorkingAtOnceEndWithTheSameHistory|TwentyKillsAtRandomMoments|TheChosenSoundSetIsWhatThePreviewPlays|TheChosenVoiceIsWhatSaySomethingSays|EveryInstructionIsWholeAtTabletSizes|EveryTextCanBeReadAndTheScreensStayDim|NoTapMovesAnotherControlOnAnyScreen|KeyboardGoesFromCrampNowToTheFirstCard|AHundredThousandSessionsAndTenMegabyteNotesInBoundedMemory
asan: deps
	$(CMAKE_CONFIGURE) -S . -B $(ASAN_DIR) -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG=-g1 -DCMAKE_C_FLAGS_DEBUG=-g1 -DENABLE_SANITIZERS=ON \
	  -DLIMBER_UNITY_BUILD=ON
	cmake --build $(ASAN_DIR) -j $(BUILD_JOBS)
	LIMBER_TEST_JOBS=$$(( $(JOBS) * 2 )) scripts/run-tests $(ASAN_DIR) -E '$(ASAN_SKIP)'

# ThreadSanitizer on every unit of ours, running every test: where threads meet are the audio
# thread and the player, the voice's background synthesis, the history recorder, folder watches,
# sync, the real-time runs and the window tests (tests/tsan.supp says what is suppressed and why).
tsan: deps
	$(CMAKE_CONFIGURE) -S . -B $(TSAN_DIR) -DCMAKE_BUILD_TYPE=Debug "-DCMAKE_CXX_FLAGS_DEBUG=-g1 -O1" -DENABLE_TSAN=ON
	cmake --build $(TSAN_DIR) -j $(BUILD_JOBS)
	TSAN_OPTIONS="halt_on_error=1 exitcode=66 second_deadlock_stack=1 suppressions=$(CURDIR)/tests/tsan.supp" \
	  LIMBER_TEST_JOBS=$$(( $(JOBS) * 2 )) setarch -R scripts/run-tests $(TSAN_DIR)

# The GUI monkey (tests/monkey): seeded random walks through the real window under ASan + UBSan,
# for MONKEY_SECONDS of wall-clock time, on an X screen as large as the largest window it makes.
# It uses the ASan build (`make asan` builds it too). A failing seed is printed with its replay.
MONKEY_SECONDS ?= 300
MONKEY_STEPS ?= 300
monkey: deps
	test -f $(ASAN_DIR)/Makefile || $(CMAKE_CONFIGURE) -S . -B $(ASAN_DIR) -DCMAKE_BUILD_TYPE=Debug \
	  -DCMAKE_CXX_FLAGS_DEBUG=-g1 -DCMAKE_C_FLAGS_DEBUG=-g1 -DENABLE_SANITIZERS=ON -DLIMBER_UNITY_BUILD=ON
	cmake --build $(ASAN_DIR) -j $(BUILD_JOBS) --target limber_monkey
	LSAN_OPTIONS="suppressions=$(CURDIR)/tests/lsan-gui.supp print_suppressions=0" LIMBER_XVFB_SCREEN=3840x2160x24 \
	  scripts/with-xvfb $(ASAN_DIR)/tests/limber_monkey \
	  --seconds $(MONKEY_SECONDS) --steps $(MONKEY_STEPS) $(if $(MONKEY_SEED),--first-seed $(MONKEY_SEED))

bench: deps
	$(CMAKE_CONFIGURE) -S . -B $(BENCH_DIR) -DCMAKE_BUILD_TYPE=Release -DLIMBER_BUILD_BENCH=ON -DLIMBER_BUILD_TESTS=OFF
	cmake --build $(BENCH_DIR) -j $(JOBS)
	scripts/run-benchmarks $(BENCH_DIR)

fuzz: deps
	CXX=clang++-14 $(CMAKE_CONFIGURE) -S . -B $(FUZZ_DIR) -DCMAKE_BUILD_TYPE=RelWithDebInfo -DLIMBER_BUILD_FUZZ=ON \
	  -DLIMBER_BUILD_TESTS=OFF -DLIMBER_BUILD_APP=OFF
	cmake --build $(FUZZ_DIR) -j $(JOBS)
	@echo "Built the fuzzers in $(FUZZ_DIR)/fuzz; run one with: make fuzz-run FUZZ_TARGET=routine|history FUZZ_SECONDS=600"

fuzz-run: fuzz
	scripts/run-fuzzer $(FUZZ_DIR) $(FUZZ_SECONDS) $(FUZZ_TARGET)

# The browser build (build/web: a static folder any web host serves): Debian's Emscripten, with
# SDL2, yaml-cpp, SQLite, fmt, Dear ImGui, expat, nlohmann-json and stb compiled from Debian's
# source packages (scripts/web-sources). Its JS optimiser finds Debian's acorn through NODE_PATH.
# Exceptions (yaml-cpp and nlohmann-json report errors by them) through JavaScript: Debian's
# Emscripten ships those libraries prebuilt, not WebAssembly's own exception handling.
WEB_BUILD_DIR := build/web-build
WEB_SOURCES_DIR := build/web-sources
WEB_ENV := NODE_PATH=/usr/share/nodejs
web:
	scripts/install-deps web
	scripts/web-sources $(WEB_SOURCES_DIR)
	$(WEB_ENV) emcmake cmake -G "Unix Makefiles" -Wno-dev -S . -B $(WEB_BUILD_DIR) -DCMAKE_BUILD_TYPE=Release \
	  -DLIMBER_WEB_SOURCES=$(CURDIR)/$(WEB_SOURCES_DIR) -DCMAKE_CXX_FLAGS=-fexceptions -DCMAKE_EXE_LINKER_FLAGS=-fexceptions
	$(WEB_ENV) cmake --build $(WEB_BUILD_DIR) -j $(BUILD_JOBS)

# Serves build/web on http://127.0.0.1:8080 for trying it (a secure context: storage persists).
serve-web: web
	python3 -m http.server 8080 --bind 127.0.0.1 --directory build/web

# The page in Debian's Chromium, headless, driven by puppeteer-core (tests/web), with the desktop
# build's `limber` as the other device its exports go to.
web-test: web deps $(RELEASE_DIR)/Makefile
	cmake --build $(RELEASE_DIR) -j $(BUILD_JOBS) --target limber
	LIMBER_DESKTOP=$(RELEASE_DIR)/src/app/limber scripts/web-test

clean:
	rm -rf build
