import { childPath, FindingKind } from "../findings";
import { isInterpolated, isObject } from "../values";
import { known, ProviderRule } from "./rule";

/** The log levels a gateway's `log_options.min_level` can name. */
export const GATEWAY_LOG_LEVELS: readonly string[] = ["TRACE", "DEBUG", "INFO", "WARN", "ERROR", "FATAL"];

/** YC-GATEWAY-LOG-LEVEL: a gateway's `log_options.min_level` is one of the API's log levels. */
export const GATEWAY_LOG_LEVEL_RULE: ProviderRule = {
  id: "YC-GATEWAY-LOG-LEVEL",
  rationale: "The schema takes any min_level string, and an unknown level fails only at apply with an unknown log level error.",
  resourceTypes: ["yandex_api_gateway"],
  kind: FindingKind.API,
  source: "cloudapi logging/v1/log_entry.proto (LogLevel.Level), used by apigateway/v1/apigateway.proto (LogOptions.min_level)",
  check(body, report) {
    const options = known(body.log_options);
    (Array.isArray(options) ? options : [options]).forEach((option, i) => {
      if (!isObject(option)) return;
      const level = known(option.min_level);
      if (typeof level === "string" && level !== "" && !isInterpolated(level) && !GATEWAY_LOG_LEVELS.includes(level)) {
        const path = Array.isArray(options) ? childPath(childPath("log_options", i), "min_level") : "log_options.min_level";
        report(path, `got ${JSON.stringify(level)}; must be one of ${GATEWAY_LOG_LEVELS.join(", ")}`);
      }
    });
  },
};
