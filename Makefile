# Slimmer: two commands to get going.
#   make serve   preview the portal at http://127.0.0.1:1313/, rebuilt and reloaded on every save
#   make test    run every test
# Both install libcmark-dev first when it is missing (apt-get; sudo when not root).

SWIFT ?= swift
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
OUTPUT ?= public
BUILD_FLAGS ?=
SERVE_FLAGS ?=

.PHONY: all deps build check serve test test-deps lint format bench clean

all: build

deps:
	@if [ ! -f /usr/include/cmark.h ] || ! command -v pkg-config >/dev/null; then \
		echo "Installing libcmark-dev and pkg-config with apt-get"; \
		$(SUDO) apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq libcmark-dev pkg-config; \
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
