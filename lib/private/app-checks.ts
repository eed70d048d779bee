import { Annotations, Aspects, IAspect, TerraformStack } from "cdktf";
import { Construct, IConstruct } from "constructs";
import { APP_RULES, appResources, AppRule, checkAppRules } from "../validate/app-rules";
import { Severity } from "../validate/findings";
import { JsonObject } from "../validate/values";

/** The app rules whose findings are warnings at synth: the quotas and the broadcast message size. */
export const SYNTH_WARNING_RULES: readonly AppRule[] = APP_RULES.filter((r) => r.severity === Severity.WARNING);

/** One warning of the whole app, with the construct path it is about (the stack's when the document names none). */
export interface AppWarning {
  readonly stack: string;
  readonly constructPath: string;
  readonly message: string;
}

/**
 * The warnings of the app rules over every stack of `app`, as their documents stand now: the same
 * rules `npm run check` runs, over the JSON each stack synthesizes to.
 */
export function appWarnings(app: IConstruct): AppWarning[] {
  const stacks = app.node.findAll().filter(TerraformStack.isStack);
  const resources = appResources(stacks.map((s) => ({ name: s.node.id, doc: s.toTerraform() as JsonObject })));
  const paths = new Map(resources.map((r) => [`${r.stack} ${r.address}`, r.constructPath]));
  return checkAppRules(resources, SYNTH_WARNING_RULES).map((f) => ({
    stack: f.stack,
    constructPath: paths.get(`${f.stack} ${f.address}`) ?? f.stack,
    message: `${f.message} [${f.rule}]`,
  }));
}

// The warnings of an app, computed once: cdktf synthesizes stack after stack, and each stack
// collects its own annotations, so every stack's visit adds the warnings that fall in it.
const computed = new WeakMap<IConstruct, AppWarning[]>();

class AppWarningsAspect implements IAspect {
  public visit(node: IConstruct): void {
    if (!TerraformStack.isStack(node)) return;
    const root = node.node.root;
    const warnings = computed.get(root) ?? appWarnings(root);
    computed.set(root, warnings);
    for (const w of warnings.filter((x) => x.stack === node.node.id)) {
      const target = node.node.findAll().find((c) => c.node.path === w.constructPath) ?? node;
      Annotations.of(target).addWarning(w.message);
    }
  }
}

const ASPECT = new AppWarningsAspect();

/**
 * Makes synth warn, through cdktf annotations, about what the whole app does that the cloud may refuse:
 * a quota the app alone exceeds (registries, triggers, service accounts per cloud) and a broadcast batch
 * over the gateway's 128 KB WebSocket message limit. Call it from each construct's constructor; it adds
 * one aspect to every stack of the app once, so calling it again costs nothing.
 */
export function addAppChecks(scope: Construct): void {
  for (const stack of scope.node.root.node.findAll().filter(TerraformStack.isStack)) {
    if (!Aspects.of(stack).all.includes(ASPECT)) Aspects.of(stack).add(ASPECT);
  }
}
