# One place that knows how to set up, run, test, benchmark and package the app.
# README gives two commands: `make run` and `make test`.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
# System libraries a real Qt window (and xvfb screenshots) needs; offscreen tests need none of
# them, but a newcomer running the app on a desktop does.
APT_PACKAGES := libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxcb-xkb1 \
                libxkbcommon-x11-0 libxcb-cursor0 libegl1 libgl1 libfontconfig1 xvfb
BENCH_APT_PACKAGES := ffmpeg
# The intake tests run the service on a throw-away PostgreSQL server too (tests/plugins/
# postgres.py); psycopg, the driver, loads the system's libpq. The packaging tests compile
# and inspect real shared libraries (tests/packaging/test_encoder_stubs.py): gcc, binutils.
# dbus-x11 (dbus-launch) lets tests/privacy prove the app never autolaunches a D-Bus bus.
# libglib2.0-bin (gio) and desktop-file-utils check and start install.sh's menu entry.
PYTEST_APT_PACKAGES := postgresql libpq5 gcc binutils dbus-x11 libglib2.0-bin desktop-file-utils

# The platform side (tests/platform, `make typecheck`, `python -m bench exchange`): the
# takeitdown-platform distribution with python-threatexchange, its pdqhash (built from source,
# ~30 s) and faiss-cpu, and the binding pytx's vPDQ extension needs, which builds against
# FFmpeg's development libraries (~15 s). `make run` never installs any of it: the desktop app
# does not use it. docs/PLATFORMS.md.
PLATFORM_STAMP := $(VENV)/.installed-platform
PLATFORM_APT_PACKAGES := pkg-config cmake g++ libavcodec-dev libavformat-dev libavutil-dev \
                         libswscale-dev libswresample-dev libavfilter-dev libavdevice-dev

export QT_QPA_PLATFORM ?= offscreen

.PHONY: setup system-deps platform-deps run test lint typecheck pytest bench package package-test clean

setup: $(STAMP)

# The repository holds four distributions: the app (pyproject.toml), the report protocol, the
# reference service and the platforms' exchange (distributions/*/pyproject.toml); one pip run
# installs the first three together, so the app's and the service's dependency on the protocol
# is met from this tree. The exchange comes with platform-deps (below).
LOCAL_DISTRIBUTIONS := -e distributions/protocol -e distributions/intake
DISTRIBUTION_FILES  := pyproject.toml $(wildcard distributions/*/pyproject.toml)

$(STAMP): $(DISTRIBUTION_FILES)
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet $(LOCAL_DISTRIBUTIONS) -e '.[intake,dev]'
	touch $(STAMP)

platform-deps: $(PLATFORM_STAMP)

# Without the vPDQ binding everything else still installs, and the vPDQ tests say why they fail.
$(PLATFORM_STAMP): distributions/platform/pyproject.toml | $(STAMP)
	@./scripts/ensure-apt-packages $(PLATFORM_APT_PACKAGES)
	$(BIN)/pip install --quiet -e 'distributions/platform[vpdq]' \
		|| { echo "The vPDQ binding (pip package vpdq) did not build: platforms can still match" \
		          "videos by MD5 and SHA-256, not by vPDQ." >&2; \
		     $(BIN)/pip install --quiet -e distributions/platform; }
	touch $@

# Installs missing Debian packages when we are allowed to (root or sudo); otherwise says what
# is missing and carries on, since offscreen tests run without them.
system-deps:
	@./scripts/ensure-apt-packages $(APT_PACKAGES)

# The app always gets a real window (QT_QPA_PLATFORM cleared: the offscreen default above is
# for the tests), on the person's display or, with none, on a virtual one from xvfb-run.
run: setup system-deps translations
	@if [ -z "$$DISPLAY$$WAYLAND_DISPLAY" ]; then \
		echo "No display found: starting the app under xvfb-run."; \
		QT_QPA_PLATFORM= xvfb-run -a $(BIN)/takeitdown-desktop; \
	else \
		QT_QPA_PLATFORM= $(BIN)/takeitdown-desktop; \
	fi

# The shell scripts too: install.sh is what a person runs (build/linux), and the others build
# or set up. shellcheck comes from Debian's packages, like the rest.
SHELL_SCRIPTS := build/linux/install.sh build/macos/make-dmg.sh build/sign/*.sh scripts/*.sh \
	scripts/ensure-apt-packages

lint: setup
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	@./scripts/ensure-apt-packages shellcheck
	shellcheck $(SHELL_SCRIPTS)

typecheck: setup platform-deps
	$(BIN)/mypy

pytest: setup platform-deps system-deps translations i18n-fonts
	@./scripts/ensure-apt-packages $(PYTEST_APT_PACKAGES)
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest -n 2 --dist loadgroup

# The packaged app's checks (about a minute) are part of the test command: docs/PACKAGING.md.
test: lint typecheck pytest package-test

bench: setup platform-deps
	@./scripts/ensure-apt-packages $(BENCH_APT_PACKAGES)
	$(BIN)/python -m bench $(BENCH)

# A keyboard-only pass with a real screen reader (Orca) on a virtual screen, printing what
# Orca would say and what the app exposes over AT-SPI (docs/ACCESSIBILITY.md). Exploratory:
# not part of `make test`. Installs orca, at-spi2-core, xdotool... when it may.
.PHONY: screen-reader-pass
screen-reader-pass: setup system-deps translations
	./scripts/screen-reader-pass.sh

clean:
	rm -rf $(VENV) .pyinstaller dist .mypy_cache .ruff_cache .pytest_cache

# Translations (docs/TRANSLATING.md). The .ts sources live in resources/translations; the
# compiled .qm files go inside the package (git-ignored), where running, the tests and the
# packaged app all find them. `make translations-extract` refreshes the .ts files from the
# code and keeps every existing translation.
TS_DIR     := resources/translations
QM_DIR     := takeitdown_desktop/resources/translations
LANGUAGES  := es fr pt de ar hi zh_CN ko vi fil ur \
              it nl pl ro tr el uk ru ja zh_TW th id bn mr ta sw fa he
TS_FILES   := $(LANGUAGES:%=$(TS_DIR)/takeitdown_%.ts)
QM_FILES   := $(LANGUAGES:%=$(QM_DIR)/takeitdown_%.qm)
UI_SOURCES  = $(shell find takeitdown_desktop/ui -name '*.py' | sort)

.PHONY: translations translations-extract

translations: $(QM_FILES)

# Fonts for the scripts the app ships, so the layout tests measure real glyphs: fonts-noto-core
# has Arabic (also Persian and Urdu), Hebrew, Devanagari (Hindi, Marathi), Bengali, Tamil, Thai,
# Greek and Cyrillic; fonts-noto-cjk has Chinese (simplified and traditional), Japanese and
# Korean. libthai0 is the word list Qt breaks Thai lines with. Desktops set up for those
# languages already have them (docs/PACKAGING.md says what each system needs).
I18N_APT_PACKAGES := fonts-noto-core fonts-noto-cjk libthai0

.PHONY: i18n-fonts
i18n-fonts:
	@./scripts/ensure-apt-packages $(I18N_APT_PACKAGES)

$(QM_DIR)/takeitdown_%.qm: $(TS_DIR)/takeitdown_%.ts | $(STAMP)
	@mkdir -p $(QM_DIR)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

translations-extract: setup
	$(BIN)/pyside6-lupdate -no-obsolete -locations none -source-language en \
		$(UI_SOURCES) -ts $(TS_FILES)

# Packaging (docs/PACKAGING.md). `make package` builds the Linux bundle in dist/ (PyInstaller's
# work folder is .pyinstaller/; build/ holds only the recipes) and packs it into a .tar.gz with
# a .desktop file and icon. TAKEITDOWN_ENDPOINT=https://... bakes in the intake service the
# packaged app uses. `make package-test` then runs the frozen app's --self-test offscreen and
# on X11 (under xvfb-run), checks it leaves nothing in HOME, XDG_* or TMPDIR, and measures its
# size and start-up time.
PACKAGE_STAMP        := $(VENV)/.installed-package
PACKAGE_APT_PACKAGES := binutils gcc ffmpeg xvfb x11-utils dbus-x11 libglib2.0-bin desktop-file-utils

.PHONY: package-deps

$(PACKAGE_STAMP): $(DISTRIBUTION_FILES) | $(STAMP)
	$(BIN)/pip install --quiet $(LOCAL_DISTRIBUTIONS) -e '.[intake,dev,package]'
	touch $@

package-deps: setup system-deps $(PACKAGE_STAMP)
	@./scripts/ensure-apt-packages $(PACKAGE_APT_PACKAGES)

package: package-deps
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN \
		--workpath .pyinstaller --distpath dist build/takeitdown.spec
	$(BIN)/python build/tools/make_tarball.py

# -noreset: by default Xvfb resets whenever its last client leaves (between two timed starts,
# say), and a client connecting during that reset is refused ("no Qt platform plugin").
package-test: package
	xvfb-run -a -s "-screen 0 1280x1024x24 -noreset" $(BIN)/python build/tools/check_bundle.py
