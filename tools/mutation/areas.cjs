"use strict";
// The areas of lib/ that mutation testing scores one at a time: the files each mutates and the
// in-process test files that exercise them (jest testMatch globs). Tests that run a built CLI in a
// child process are left out: the child runs the unmutated build/, so they cannot kill a mutant.
// Every file under lib/ except the index.ts re-exports belongs to exactly one area
// (__tests__/tools/mutation/areas.test.ts checks this). `target` is the score an area must keep.

const test = (name) => `**/__tests__/${name}.test.ts`;

module.exports.AREAS = {
  constructs: {
    target: 80,
    mutate: [
      "lib/cr-websocket-trigger.ts",
      "lib/websocket-gateway.ts",
      "lib/registry.ts",
      "lib/service-account.ts",
      "lib/private/app-checks.ts",
      "lib/private/import-id.ts",
      "lib/private/jq.ts",
      "lib/private/labels.ts",
      "lib/private/lazy-string.ts",
      "lib/private/moved.ts",
      "lib/private/prop-problems.ts",
      "lib/broadcaster-grant.ts",
      "lib/container-registry-event.ts",
      "lib/removal-policy.ts",
      "lib/connect-authorizer.ts",
      "lib/prop-validation-error.ts",
      "lib/remote-state.ts",
      "lib/private/broadcaster-grants.ts",
      "lib/private/default-grants.ts",
      "lib/private/names.ts",
      "lib/private/openapi-spec.ts",
      "lib/private/websocket-path.ts",
      "lib/private/unique-names.ts",
    ],
    tests: [
      test("cr-websocket-trigger"),
      test("addresses"),
      test("registry"),
      test("service-account"),
      test("removed-props"),
      test("private/app-checks"),
      test("private/jq"),
      test("private/moved"),
      test("private/moved-edges"),
      test("private/prop-problems"),
      test("private/unique-names"),
      test("private/lazy-string"),
      test("cr-websocket-trigger.properties"),
      test("websocket-gateway"),
      test("broadcaster-grant"),
      test("broadcaster-role-grant.properties"),
      test("private/broadcaster-grants-own-gateway"),
      test("connect-authorizer"),
      test("prop-validation-error"),
      test("remote-state"),
      test("private/names"),
      test("private/openapi-spec"),
      test("validate/gateway-grant"),
    ],
  },
  validate: {
    target: 80,
    mutate: ["lib/validate/**/*.ts", "!lib/**/index.ts"],
    tests: [test("validate/**/*")],
  },
  watch: {
    target: 80,
    mutate: ["lib/watch/**/*.ts", "!lib/**/index.ts"],
    tests: [test("watch/args"), test("watch/events"), test("watch/urls"), test("watch/watcher")],
  },
  local: {
    mutate: ["lib/local/**/*.ts", "!lib/**/index.ts"],
    tests: [
      test("local/app-model"),
      test("local/gateway-server"),
      test("local/local-run"),
      test("local/registry-events"),
      test("local/trigger-engine"),
    ],
  },
  review: {
    mutate: ["lib/review/**/*.ts", "!lib/**/index.ts"],
    tests: [
      test("review/compare"),
      test("review/compare-vs-reference"),
      test("review/documents"),
      test("review/graph"),
      test("review/picture"),
      test("review/rename"),
      test("review/text-diff"),
    ],
  },
  support: {
    mutate: [
      "lib/private/cli.ts",
      "lib/private/git-repository.ts",
      "lib/private/app-synth.ts",
      "lib/private/stack-order.ts",
      "lib/provider-schema/**/*.ts",
      "lib/adopt/**/*.ts",
      "!lib/**/index.ts",
    ],
    // not provider-schema/pinned: it regenerates .gen/ and compares it with the sandbox's copy, which differs there
    tests: [
      test("private/cli"),
      test("private/stack-order"),
      test("review/graph"),
      test("tools/offline-provider/provider"),
      test("adopt/adoption"),
      test("adopt/main-ts"),
    ],
  },
};
