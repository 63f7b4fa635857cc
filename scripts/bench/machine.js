// What the numbers were measured on, for the report header.
import { existsSync, readFileSync } from "node:fs";
import { cpus, loadavg, totalmem, release, platform } from "node:os";
import { npmVersion } from "./npm.js";
import { peakMemoryMethod } from "./measure-process.js";

/** { cpu, cores, memoryGiB, os, node, npm, load, peakMemoryMethod } of this machine. */
export function describeMachine() {
  const processors = cpus();
  return {
    cpu: processors[0]?.model?.trim() || "unknown",
    cores: processors.length,
    memoryGiB: totalmem() / 1024 ** 3,
    os: `${osName()} (${platform()} ${release()})`,
    node: process.version,
    npm: npmVersion(),
    loadAtStart: loadavg()
      .map((value) => value.toFixed(2))
      .join(" "),
    peakMemoryMethod: peakMemoryMethod(),
  };
}

function osName() {
  const file = "/etc/os-release";
  if (!existsSync(file)) return platform();
  const match = /^PRETTY_NAME="?([^"\n]+)"?/m.exec(readFileSync(file, "utf8"));
  return match?.[1] ?? platform();
}
