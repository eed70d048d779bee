import { helpText, UsageError } from "../../lib/private/cli";
import { parseWatchArgs, WATCH_SPEC } from "../../lib/watch/args";

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
    });
  });

  test("defaults to no URL, no flags, no credentials", () => {
    expect(parseWatchArgs([])).toEqual({
      urls: [],
      outputsFile: undefined,
      json: false,
      once: false,
      timeoutSeconds: undefined,
      headers: {},
      query: [],
    });
  });

  test.each([["--help"], ["-h"], ["wss://a/ws", "--help", "--timeout", "0"]])("asks for help with %s", (...argv) => {
    expect(parseWatchArgs(argv)).toBeUndefined();
  });

  test("fails on an unknown flag, naming it", () => {
    expect(() => parseWatchArgs(["--bogus"])).toThrow(new UsageError("unknown flag --bogus"));
  });

  test.each(["--header", "--query", "--timeout", "--outputs-file"])("fails on %s without its value, naming it", (flag) => {
    expect(() => parseWatchArgs(["wss://a/ws", flag])).toThrow(new UsageError(`${flag} needs a value`));
  });

  test("fails on a boolean flag given a value", () => {
    expect(() => parseWatchArgs(["--once=yes"])).toThrow(new UsageError("--once takes no value"));
  });

  test.each([
    ["http://a.example/ws", 'expected a ws:// or wss:// URL, got "http://a.example/ws" (http://)'],
    ["a.example/ws", 'expected a ws:// or wss:// URL, got "a.example/ws"'],
    ["wss://a.example/ws?token=s3cret", null],
    ["https://a.example/ws?token=s3cret", 'expected a ws:// or wss:// URL, got "https://a.example/ws?token=***" (https://)'],
  ])("checks that %s is a ws:// or wss:// URL", (url, error) => {
    if (error === null) expect(parseWatchArgs([url])).toEqual(expect.objectContaining({ urls: [url] }));
    else expect(() => parseWatchArgs([url])).toThrow(new UsageError(error));
  });

  test.each(["0", "-1", "soon", " "])("fails on --timeout %p", (value) => {
    expect(() => parseWatchArgs([`--timeout=${value}`])).toThrow(
      new UsageError(`--timeout takes a number of seconds above 0, got ${JSON.stringify(value)}`),
    );
  });

  test.each([
    ["Bearer s3cret", '--header takes "Name: value" with a header name before the colon (no colon given)'],
    ["s3cret", '--header takes "Name: value" with a header name before the colon (no colon given)'],
    [": s3cret", '--header takes "Name: value" with a header name before the colon'],
    ["Bad Name: s3cret", '--header takes "Name: value" with a header name before the colon'],
  ])("fails on --header %p without echoing its value", (header, error) => {
    const parse = () => parseWatchArgs(["--header", header]);
    expect(parse).toThrow(new UsageError(error));
    expect(parse).not.toThrow(/s3cret/);
  });

  test.each([
    ["s3cret", '--query takes name=value with a name before the "=" (no "=" given)'],
    ["=s3cret", '--query takes name=value with a name before the "="'],
  ])("fails on --query %p without echoing its value", (pair, error) => {
    const parse = () => parseWatchArgs(["--query", pair]);
    expect(parse).toThrow(new UsageError(error));
    expect(parse).not.toThrow(/s3cret/);
  });

  test("reports every problem at once, one per line", () => {
    expect(() => parseWatchArgs(["http://a/ws", "--timeout", "0", "--query", "x"])).toThrow(
      new UsageError(
        [
          'expected a ws:// or wss:// URL, got "http://a/ws" (http://)',
          '--timeout takes a number of seconds above 0, got "0"',
          '--query takes name=value with a name before the "=" (no "=" given)',
        ].join("\n"),
      ),
    );
  });
});

describe("WATCH_SPEC", () => {
  test("documents every flag and every exit code of the watch", () => {
    const help = helpText(WATCH_SPEC, "cr-websocket-watch");
    for (const flag of ["--outputs-file", "--json", "--once", "--timeout", "--header", "--query", "--help"]) expect(help).toContain(flag);
    expect(help).toMatch(/^Usage: cr-websocket-watch \[URL\.\.\.\] \[options\]$/m);
    expect(help).toMatch(/^ {3}0 {2}success: Ctrl-C/m);
    expect(help).toMatch(/^ {3}1 {2}could not run: no URL given/m);
    expect(help).toMatch(/^ {3}4 {2}refused: a gateway answered 401 or 403/m);
    expect(help).toMatch(/^ {3}5 {2}timeout: --timeout passed/m);
    expect(help).toMatch(/^ {2}64 {2}usage error/m);
  });
});
