import { TransactionInstruction } from "@solana/web3.js";
import { CASE_INPUTS, SEED, typicalRecord } from "../../tools/sbf/tests/differential/inputs";
import { buildNative, caseTable } from "../../tools/sbf/tests/differential/native";
import { buildProbe, inlineData } from "../../tools/sbf/tests/differential/probe";
import { defineScenarios } from "../scenario";

// What each construct the SBF toolchain legalises costs: the differential probe
// (tools/sbf/tests/workspace/programs/sbf-probe, SBPF v3) running one representative input of
// each case from instruction data, results through return data (entrypoint and return-data
// overhead included). Building here keeps the numbers those of the current sources; both builds
// are incremental. The number of cases the differential suite compares is in `counts`.
const probe = buildProbe("v3");
const table = caseTable(buildNative());
const programs = [{ name: "sbf_probe", programId: probe.programId, so: probe.so }];

export const scenarios = defineScenarios(
  table
    .filter((c) => CASE_INPUTS[c.name]?.kind !== "panic")
    .map((c) => ({
      key: `sbf_probe.${c.name.split("::")[1]}`,
      programs,
      run: (ctx) => ctx.send([new TransactionInstruction({ programId: probe.programId, keys: [], data: inlineData(c, [typicalRecord(c.name, SEED)]) })]),
    })),
);
