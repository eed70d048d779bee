export * from "./compare";
export * from "./render";
export * from "./synth-at";
