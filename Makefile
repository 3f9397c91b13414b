# Every target installs what it needs; `make` then `make test` is the whole quick start.
SHELL := /bin/bash
.DEFAULT_GOAL := all
export REDOCLY_TELEMETRY := off
export REDOCLY_SUPPRESS_UPDATE_NOTICE := true
MOCK_PORT ?= 4010

.PHONY: all install lint generate check-generated typecheck build test test-unit mock clean

all: install lint generate typecheck build

install: node_modules/.install-stamp

node_modules/.install-stamp: package.json package-lock.json
	npm ci --no-audit --no-fund
	@touch $@

lint: install
	npx redocly lint spec/openapi.yaml

generate: install
	npm run --silent generate

check-generated: install
	npm run --silent check-generated

typecheck: install
	npx tsc --noEmit -p tsconfig.json

build: install
	npx tsup

# The full suite: spec lint, generated/ in sync, types, unit + contract tests (every operation
# called against Prism).
test: install lint check-generated typecheck
	CONTRACT_COVERAGE=strict npx vitest run

mock: install
	MOCK_PORT=$(MOCK_PORT) npm run --silent mock

clean:
	rm -rf dist node_modules
