import { redactUrl, watchUrlProblem, withQuery } from "../../lib/watch";

describe("redactUrl", () => {
  test.each([
    ["wss://a.example/ws", "wss://a.example/ws"],
    ["wss://a.example", "wss://a.example"],
    ["wss://a.example/ws?token=s3cret", "wss://a.example/ws?token=***"],
    ["wss://a.example/ws?token=s3cret&token=again&x=1#frag", "wss://a.example/ws?token=***&token=***&x=***"],
    ["wss://a.example/ws?", "wss://a.example/ws?"],
    ["wss://user:s3cret@a.example/ws", "wss://***@a.example/ws"],
    ["wss://token-as-user@a.example/ws?a%20b=s3cret", "wss://***@a.example/ws?a%20b=***"],
    ["not a url?token=s3cret", "not a url?***"],
    ["not a url?token=s3\ncret", "not a url?***"],
    ["//user:s3cret@host/ws", "//***@host/ws"],
  ])("shows %s as %s", (url, shown) => {
    expect(redactUrl(url)).toBe(shown);
  });
});

describe("withQuery", () => {
  test("appends each pair in order, encoded, keeping what the URL had", () => {
    expect(
      withQuery("wss://a.example/ws?x=1", [
        ["token", "a b&c"],
        ["token", "2"],
      ]),
    ).toBe("wss://a.example/ws?x=1&token=a+b%26c&token=2");
  });

  test("returns the URL untouched when there is nothing to add", () => {
    expect(withQuery("wss://a.example", [])).toBe("wss://a.example");
  });
});

describe("watchUrlProblem", () => {
  test.each(["ws://127.0.0.1:1/ws", "wss://a.example/ws?token=x", "WSS://A.EXAMPLE/ws"])("accepts %s", (url) => {
    expect(watchUrlProblem(url)).toBeUndefined();
  });

  test("names the scheme it got, and shows the URL redacted", () => {
    expect(watchUrlProblem("https://a.example/ws?token=s3cret")).toBe(
      'expected a ws:// or wss:// URL, got "https://a.example/ws?token=***" (https://)',
    );
    expect(watchUrlProblem("a.example/ws")).toBe('expected a ws:// or wss:// URL, got "a.example/ws"');
  });
});
