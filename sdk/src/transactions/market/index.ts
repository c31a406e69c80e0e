export * from "./flows";
export * from "./unsigned";
