# Slimmer: two commands to get going.
#   make serve   preview the portal at http://127.0.0.1:1313/, rebuilt and reloaded on every save
#   make test    run every test
# Both install libcmark-dev and libmimalloc-dev first when missing (apt-get; sudo when not root).

SWIFT ?= swift
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
OUTPUT ?= public
BUILD_FLAGS ?=
SERVE_FLAGS ?=

.PHONY: all deps build check serve test test-deps lint format bench clean a11y

all: build

deps:
	@if [ ! -f /usr/include/cmark.h ] || [ ! -f /usr/include/mimalloc.h ] || ! command -v pkg-config >/dev/null; then \
		echo "Installing libcmark-dev, libmimalloc-dev and pkg-config with apt-get"; \
		$(SUDO) apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq libcmark-dev libmimalloc-dev pkg-config; \
	fi

build: deps
	$(SWIFT) build -c release --product slimmer
	.build/release/slimmer build --output $(OUTPUT) $(BUILD_FLAGS)

# Every check of a build, nothing written; problems become annotations under GitHub Actions.
check: deps
	$(SWIFT) build -c release --product slimmer
	.build/release/slimmer check $(BUILD_FLAGS)

# The preview server: builds into memory, watches the files, reloads the browser.
serve: deps
	$(SWIFT) build -c release --product slimmer
	.build/release/slimmer serve $(SERVE_FLAGS)

# The calendar tests parse the .ics files with a real parser: Python's icalendar.
test-deps:
	@python3 -c "import icalendar" 2>/dev/null || python3 -m pip install --quiet icalendar

test: deps test-deps
	$(SWIFT) build --build-tests
	$(SWIFT) test
	$(SWIFT) format lint --strict --recursive Sources Tests Benchmarks Package.swift

lint:
	$(SWIFT) format lint --strict --recursive Sources Tests Benchmarks Package.swift

format:
	$(SWIFT) format --in-place --recursive Sources Tests Benchmarks Package.swift

# Slimmer against Hugo on a generated corpus, clean builds alternated (Benchmarks/README.md).
# Installs hugo and cmark (the Markdown floor) with apt-get when missing; takes several minutes.
BENCH_FLAGS ?= --sizes 1000,10000 --runs 3 --slimmer-only 100000

bench: deps
	@missing=""; \
	command -v hugo >/dev/null || missing="$$missing hugo"; \
	command -v cmark >/dev/null || missing="$$missing cmark"; \
	if [ -n "$$missing" ]; then \
		echo "Installing$$missing with apt-get"; \
		$(SUDO) apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing; \
	fi
	$(SWIFT) build -c release --product slimmer
	$(SWIFT) build -c release --product slimmer-bench
	.build/release/slimmer-bench compare $(BENCH_FLAGS)

clean:
	rm -rf .build $(OUTPUT)

# WCAG 2.1 AA in a real browser (Tools/a11y/README.md): axe-core on every page of the portal in
# headless Chromium, reflow, skip link and focus at 390, 640 and 320 px, the Nu HTML checker, and
# screenshots of the home page in .build/a11y/. Installs Debian's chromium, chromium-driver, a
# Java runtime, python3-venv and a font with apt-get when missing, and Tools/a11y/requirements.txt
# (pinned, --no-deps) into a virtualenv in .build/a11y/venv. A11Y_SCRATCH is the Swift build
# folder of the debug slimmer it uses.
A11Y_SCRATCH ?= .build
A11Y_VENV := .build/a11y/venv
A11Y_FLAGS ?=

a11y: deps
	@missing=""; \
	command -v python3 >/dev/null || missing="$$missing python3"; \
	python3 -c "import ensurepip, venv" 2>/dev/null || missing="$$missing python3-venv"; \
	[ -x /usr/bin/chromium ] || missing="$$missing chromium"; \
	[ -x /usr/bin/chromedriver ] || missing="$$missing chromium-driver"; \
	command -v java >/dev/null || missing="$$missing default-jre-headless"; \
	[ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || missing="$$missing fonts-dejavu-core"; \
	if [ -n "$$missing" ]; then \
		echo "Installing$$missing with apt-get"; \
		$(SUDO) apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing; \
	fi
	@if ! cmp -s Tools/a11y/requirements.txt $(A11Y_VENV)/requirements.txt; then \
		echo "Installing Tools/a11y/requirements.txt into $(A11Y_VENV)"; \
		rm -rf $(A11Y_VENV) && python3 -m venv $(A11Y_VENV) && \
		$(A11Y_VENV)/bin/python -m pip install --quiet --disable-pip-version-check --no-deps \
			-r Tools/a11y/requirements.txt && \
		cp Tools/a11y/requirements.txt $(A11Y_VENV)/requirements.txt; \
	fi
	$(SWIFT) build --scratch-path $(A11Y_SCRATCH) --product slimmer
	$(A11Y_VENV)/bin/python Tools/a11y/check.py --slimmer $(A11Y_SCRATCH)/debug/slimmer $(A11Y_FLAGS)
