import { parseWatchArgs, WATCH_USAGE, WatchExitCode } from "../../lib/watch/args";

describe("parseWatchArgs", () => {
  test("reads URLs, flags, repeated headers and query pairs", () => {
    expect(
      parseWatchArgs([
        "wss://a.example/dev",
        "--json",
        "--once",
        "--timeout",
        "2.5",
        "--header",
        "Authorization: Bearer abc:def",
        "--header=X-Trace:1",
        "--header",
        " X-Spaced : v ",
        "--query",
        "token=x=y",
        "--query",
        "t=1",
        "--query",
        "empty=",
        "ws://127.0.0.1:8080/prod",
        "--outputs-file",
        "out.json",
      ]),
    ).toEqual({
      args: {
        urls: ["wss://a.example/dev", "ws://127.0.0.1:8080/prod"],
        outputsFile: "out.json",
        json: true,
        once: true,
        timeoutSeconds: 2.5,
        headers: { Authorization: "Bearer abc:def", "X-Trace": "1", "X-Spaced": "v" },
        query: [
          ["token", "x=y"],
          ["t", "1"],
          ["empty", ""],
        ],
      },
    });
  });

  test("defaults to no URL, no flags, no credentials", () => {
    expect(parseWatchArgs([])).toEqual({
      args: { urls: [], outputsFile: undefined, json: false, once: false, timeoutSeconds: undefined, headers: {}, query: [] },
    });
  });

  test.each([["--help"], ["-h"], ["wss://a/ws", "--help", "--timeout", "0"]])("asks for help with %s", (...argv) => {
    expect(parseWatchArgs(argv)).toEqual({ help: true });
  });

  test("fails on an unknown flag, naming it", () => {
    expect(parseWatchArgs(["--bogus"])).toEqual({ error: "Unknown option '--bogus'" });
  });

  test.each(["--header", "--query", "--timeout", "--outputs-file"])("fails on %s without its value, naming it", (flag) => {
    expect(parseWatchArgs(["wss://a/ws", flag])).toEqual({ error: expect.stringMatching(new RegExp(`^Option '${flag} <value>' argument missing$`)) });
  });

  test("fails on a boolean flag given a value", () => {
    expect(parseWatchArgs(["--once=yes"])).toEqual({ error: expect.stringContaining("--once") });
  });

  test.each([
    ["http://a.example/ws", 'expected a ws:// or wss:// URL, got "http://a.example/ws" (http://)'],
    ["a.example/ws", 'expected a ws:// or wss:// URL, got "a.example/ws"'],
    ["wss://a.example/ws?token=s3cret", null],
    ["https://a.example/ws?token=s3cret", 'expected a ws:// or wss:// URL, got "https://a.example/ws?token=***" (https://)'],
  ])("checks that %s is a ws:// or wss:// URL", (url, error) => {
    const parsed = parseWatchArgs([url]);
    if (error === null) expect(parsed).toEqual({ args: expect.objectContaining({ urls: [url] }) });
    else expect(parsed).toEqual({ error });
  });

  test.each(["0", "-1", "soon", "", " "])("fails on --timeout %p", (value) => {
    expect(parseWatchArgs([`--timeout=${value}`])).toEqual({ error: `--timeout takes a number of seconds above 0, got ${JSON.stringify(value)}` });
  });

  test.each([
    ["Bearer s3cret", '--header takes "Name: value" with a header name before the colon (no colon given)'],
    ["s3cret", '--header takes "Name: value" with a header name before the colon (no colon given)'],
    [": s3cret", '--header takes "Name: value" with a header name before the colon'],
    ["Bad Name: s3cret", '--header takes "Name: value" with a header name before the colon'],
  ])("fails on --header %p without echoing its value", (header, error) => {
    const parsed = parseWatchArgs(["--header", header]);
    expect(parsed).toEqual({ error });
    expect(JSON.stringify(parsed)).not.toContain("s3cret");
  });

  test.each([
    ["s3cret", '--query takes name=value with a name before the "=" (no "=" given)'],
    ["=s3cret", '--query takes name=value with a name before the "="'],
  ])("fails on --query %p without echoing its value", (pair, error) => {
    const parsed = parseWatchArgs(["--query", pair]);
    expect(parsed).toEqual({ error });
    expect(JSON.stringify(parsed)).not.toContain("s3cret");
  });

  test("reports every problem at once, one per line", () => {
    expect(parseWatchArgs(["http://a/ws", "--timeout", "0", "--query", "x"])).toEqual({
      error: [
        'expected a ws:// or wss:// URL, got "http://a/ws" (http://)',
        '--timeout takes a number of seconds above 0, got "0"',
        '--query takes name=value with a name before the "=" (no "=" given)',
      ].join("\n"),
    });
  });
});

describe("WATCH_USAGE", () => {
  test("documents every flag and every exit code", () => {
    for (const flag of ["--outputs-file", "--json", "--once", "--timeout", "--header", "--query", "--help"]) expect(WATCH_USAGE).toContain(flag);
    expect(WATCH_USAGE).toMatch(/^ {2}0 {2}Ctrl-C/m);
    expect(WATCH_USAGE).toMatch(/^ {2}2 {2}bad usage/m);
    expect(WATCH_USAGE).toMatch(/^ {2}3 {2}--timeout passed/m);
    expect(WATCH_USAGE).toMatch(/^ {2}4 {2}a gateway answered 401 or 403/m);
    expect([WatchExitCode.OK, WatchExitCode.USAGE, WatchExitCode.TIMEOUT, WatchExitCode.UNAUTHORIZED]).toEqual([0, 2, 3, 4]);
  });
});
