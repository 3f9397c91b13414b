# Every target installs what it needs; `make` then `make test` is the whole quick start.
SHELL := /bin/bash
.DEFAULT_GOAL := all
export REDOCLY_TELEMETRY := off
export REDOCLY_SUPPRESS_UPDATE_NOTICE := true
MOCK_PORT ?= 4010

.PHONY: all install lint generate check-generated typecheck build build-mock test test-consumer test-e2e test-docs docs docs-figures mock mock-webhook backend-example contract-diff bench clean

all: install lint generate typecheck build

install: node_modules/.install-stamp

# --ignore-scripts: the package's own `prepare` build (for installs from git) would build dist/ here, and
# `make build` builds it again; no dependency install script is allowed anyway (allowScripts).
node_modules/.install-stamp: package.json package-lock.json
	npm ci --no-audit --no-fund --ignore-scripts
	@touch $@

lint: install
	npx redocly lint spec/openapi.yaml

generate: install
	npm run --silent generate

check-generated: install
	npm run --silent check-generated

typecheck: install
	npx tsc --noEmit -p tsconfig.json
	npx tsc --noEmit -p examples/backend/tsconfig.json
	npx tsc --noEmit -p examples/storefront/tsconfig.json

build: install build-mock
	npx tsdown --logLevel warn
	@echo "Built dist/ ($$(find dist -type f | wc -l) files)."

# The mock package (mock/, npm workspace scalev-v3-mock): plain JavaScript and the bundled spec in mock/dist.
build-mock: install
	npm run --silent build -w scalev-v3-mock
	@echo "Built mock/dist ($$(find mock/dist -type f | wc -l) files)."

MOCK_SOURCES := $(wildcard mock/*.ts mock/state/*.ts mock/webhooks/*.ts mock/msw/*.ts) mock/package.json scripts/spec-refs.ts
mock/dist/cli.js: node_modules/.install-stamp $(MOCK_SOURCES) generated/openapi.json
	npm run --silent build -w scalev-v3-mock

# Bundled again when spec/ is newer than generated/openapi.json, so the mock never serves an old spec.
generated/openapi.json: $(shell find spec -type f)
	npm run --silent generate

# The full suite: spec lint, generated/ in sync, types, unit + contract tests (every operation
# called against Prism), the packed package in a consumer project (with every code block of the docs),
# the browser example, the API reference.
test: install lint check-generated typecheck
	CONTRACT_COVERAGE=strict npx vitest run
	$(MAKE) test-consumer
	$(MAKE) test-e2e
	$(MAKE) test-docs

# `npm pack`, installed into a temporary project: require/import, Bun, Deno, edge-runtime, type-checks
# (oldest supported TypeScript too), publint, attw, import cost, git/local installs, examples/backend.
test-consumer: install
	npx vitest run --config test/consumer/vitest.config.ts

# Headless Chromium drives the browser example against the mock (installs Debian chromium if missing).
test-e2e: install
	bash scripts/install-chromium.sh
	npx tsx test/e2e/run.ts

# The API reference in headless Chromium: search finds an operation, which shows its credential and scope.
test-docs: docs
	bash scripts/install-chromium.sh
	npx vitest run --config test/docs/vitest.config.ts

# Static HTML reference of every operation and webhook: build/api-reference/index.html (git-ignored).
docs: install
	npx tsx scripts/docs/build-reference.ts

# Rewrites the figures marked in the docs (package size, bundle sizes, counts); the consumer tests check them.
docs-figures: build
	npx tsx scripts/docs/figures.ts

# The mock on http://127.0.0.1:$(MOCK_PORT), serving generated/openapi.json (reloaded when it changes);
# MOCK_HOST, MOCK_STATEFUL=0, MOCK_DYNAMIC=1, MOCK_SPEC=file and ARGS="--seed 42" as in mock/README.md.
# exec: the mock is this recipe's process, so a signal to make reaches it (make passes SIGTERM on).
mock: install generated/openapi.json mock/dist/cli.js
	MOCK_PORT=$(MOCK_PORT) exec node mock/dist/cli.js --spec "$${MOCK_SPEC:-generated/openapi.json}" $(ARGS)

# Sends correctly signed example webhook events to a local receiver: make mock-webhook URL=http://127.0.0.1:3000/webhooks
mock-webhook: install mock/dist/cli.js
	node mock/dist/cli.js webhook $(URL) --spec generated/openapi.json

# examples/backend against `make mock` (run that first): http://127.0.0.1:3000, webhooks signed with the
# same fake secret as `make mock-webhook`.
backend-example: install
	SCALEV_BASE_URL=$${SCALEV_BASE_URL:-http://127.0.0.1:$(MOCK_PORT)} SCALEV_API_KEY=$${SCALEV_API_KEY:-sk_test_mock0000000000} \
	SCALEV_WEBHOOK_SECRET=$${SCALEV_WEBHOOK_SECRET:-dev-only-fake-webhook-secret-do-not-use} \
	npx tsx --tsconfig examples/backend/tsconfig.json examples/backend/src/server.ts

# Every difference between the bundled spec and a published contract: make contract-diff CONTRACT=path/to/openapi.json
# (SPEC=other.json to check another bundled spec). The script exits 1 when something differs, 2 on bad input.
contract-diff:
	@test -n "$(CONTRACT)" || { echo "usage: make contract-diff CONTRACT=path/to/openapi.json [SPEC=other.json]" >&2; exit 2; }
	@$(MAKE) --no-print-directory install
	npx tsx scripts/contract-diff.ts --contract "$(CONTRACT)" $(if $(SPEC),--spec "$(SPEC)")

bench: install
	npx tsx bench/run.ts

clean:
	rm -rf dist build mock/dist node_modules
