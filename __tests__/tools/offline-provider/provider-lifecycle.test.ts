import { decodeMsgpack, encodeMsgpack } from "../../../tools/offline-provider/cty";
import { OfflineProvider } from "../../../tools/offline-provider/provider";
import { loadPinnedProviderSchema } from "../../../lib/provider-schema";

const provider = new OfflineProvider(loadPinnedProviderSchema());
const msgpack = (value: Parameters<typeof encodeMsgpack>[0]) => ({ msgpack: encodeMsgpack(value) });

describe("OfflineProvider lifecycle (what cdktf deploy, diff and destroy ask of it)", () => {
  const config = { name: "images", folder_id: "b1gfolder", labels: null, id: null, created_at: null, status: null, timeouts: null };

  function create(): Record<string, unknown> {
    const planned = provider.planResourceChange("yandex_container_registry", undefined, msgpack(config), msgpack(config)).planned_state;
    return decodeMsgpack(provider.applyResourceChange("yandex_container_registry", planned).new_state.msgpack) as Record<string, unknown>;
  }

  test("apply gives every computed attribute a placeholder, the same for the same configuration", () => {
    const state = create();
    expect(state).toMatchObject({ name: "images", folder_id: "b1gfolder", id: expect.stringMatching(/^offline[0-9a-f]{17}$/) });
    expect(create()).toEqual(state);
  });

  test("a read after apply (refresh) returns the applied state unchanged", () => {
    const state = create();
    expect(decodeMsgpack(provider.readResource("yandex_container_registry", msgpack(state as never)).new_state.msgpack)).toEqual(state);
  });

  test("an unchanged configuration plans the prior state again, with nothing to replace", () => {
    const state = create();
    const plan = provider.planResourceChange("yandex_container_registry", msgpack(state as never), msgpack(state as never), msgpack(config));
    expect(decodeMsgpack(plan.planned_state.msgpack)).toEqual(state);
    expect(plan.requires_replace).toEqual([]);
  });

  test("a destroy plans and applies a null state", () => {
    const state = create();
    const plan = provider.planResourceChange("yandex_container_registry", msgpack(state as never), msgpack(null), msgpack(null));
    expect(decodeMsgpack(plan.planned_state.msgpack)).toBeNull();
    const applied = provider.applyResourceChange("yandex_container_registry", plan.planned_state);
    expect(decodeMsgpack(applied.new_state.msgpack)).toBeNull();
    expect(applied.diagnostics).toEqual([]);
  });
});
