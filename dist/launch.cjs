const __initlintBundleUrl = require('node:url').pathToFileURL(__filename).href;
"use strict";
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);

// src/launch.ts
var launch_exports = {};
__export(launch_exports, {
  launch: () => launch,
  runKind: () => runKind
});
module.exports = __toCommonJS(launch_exports);
var import_node_fs = require("node:fs");
var import_node_module = require("node:module");
var import_node_os = require("node:os");
var import_node_path = require("node:path");
var import_node_vm = require("node:vm");

// src/languages/shell/wasm-flags.ts
var WASM_BASELINE_ONLY_FLAGS = ["--no-wasm-tier-up", "--no-wasm-dynamic-tiering"];
function useBaselineWasm() {
  const v8 = process.getBuiltinModule("node:v8");
  for (const flag of WASM_BASELINE_ONLY_FLAGS) v8.setFlagsFromString(flag);
}

// src/launch.ts
var GROWTH_TO_REWRITE = 1.1;
var HEADER = 4;
var UNIT_NAME = /\.(service|socket|timer|path|mount|automount|swap|target|slice|scope|device|conf)$/;
function runKind(args) {
  let units = false;
  for (const arg of args) {
    if (arg === "-" || arg === "--stdin") return "all";
    if (arg.startsWith("-")) continue;
    if (UNIT_NAME.test(arg)) units = true;
    else if ((0, import_node_fs.statSync)(arg, { throwIfNoEntry: false })) return "all";
  }
  return units ? "units" : "all";
}
function cacheDir() {
  const uid = process.getuid?.();
  const dir = (0, import_node_path.join)((0, import_node_os.tmpdir)(), `initlint-v8-cache-${uid ?? "user"}`);
  try {
    (0, import_node_fs.mkdirSync)(dir, { recursive: true, mode: 448 });
    const st = (0, import_node_fs.lstatSync)(dir);
    const ours = st.isDirectory() && (uid === void 0 || st.uid === uid) && (st.mode & 18) === 0;
    return ours ? dir : void 0;
  } catch {
    return void 0;
  }
}
function readCache(path) {
  try {
    const file = (0, import_node_fs.readFileSync)(path);
    return file.length > HEADER ? { data: file.subarray(HEADER), bytecode: file.readUInt32LE(0) } : void 0;
  } catch {
    return void 0;
  }
}
function shortHash(text) {
  let hash = 2166136261;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 16777619);
  return (hash >>> 0).toString(16).padStart(8, "0");
}
var CACHE_TAIL = /^v\d+\.\d+\.\d+-\w+-(\d+-\d+)(-units)?\.v8$/;
function pruneCaches(dir, bundle, hash, stamp) {
  try {
    for (const name of (0, import_node_fs.readdirSync)(dir)) {
      const ours = name.startsWith(`${bundle}-${hash}-`) ? CACHE_TAIL.exec(name.slice(bundle.length + hash.length + 2)) : void 0;
      const old = !ours && name.startsWith(`${bundle}-`) && CACHE_TAIL.test(name.slice(bundle.length + 1));
      if (old || ours && ours[1] !== stamp) (0, import_node_fs.unlinkSync)((0, import_node_path.join)(dir, name));
    }
  } catch {
  }
}
function writeCache(path, data, bytecode) {
  const temp = `${path}.${process.pid}.tmp`;
  try {
    const fd = (0, import_node_fs.openSync)(temp, "wx", 384);
    try {
      const header = Buffer.alloc(HEADER);
      header.writeUInt32LE(Math.min(bytecode, 4294967295));
      (0, import_node_fs.writeSync)(fd, header);
      (0, import_node_fs.writeSync)(fd, data);
    } finally {
      (0, import_node_fs.closeSync)(fd);
    }
    (0, import_node_fs.renameSync)(temp, path);
  } catch {
  }
}
function runAsModule(script, file) {
  const Module = (0, import_node_module.createRequire)(file)("node:module");
  const mod = new Module(file);
  mod.filename = file;
  mod.paths = Module._nodeModulePaths((0, import_node_path.dirname)(file));
  const requireHere = (0, import_node_module.createRequire)(file);
  const wrapper = script.runInThisContext();
  wrapper.call(mod.exports, mod.exports, requireHere, mod, file, (0, import_node_path.dirname)(file));
  mod.loaded = true;
}
function plainLoad(file) {
  (0, import_node_module.enableCompileCache)?.();
  (0, import_node_module.createRequire)(file)(file);
}
function launch(file) {
  const dir = process.env.NODE_DISABLE_COMPILE_CACHE ? void 0 : cacheDir();
  let stats;
  try {
    stats = (0, import_node_fs.statSync)(file);
  } catch {
  }
  if (!dir || !stats || typeof process.getBuiltinModule !== "function") return plainLoad(file);
  const kind = runKind(process.argv.slice(2));
  if (kind === "all") useBaselineWasm();
  const bundle = (0, import_node_path.basename)(file);
  const hash = shortHash((0, import_node_path.dirname)(file));
  const stamp = `${stats.size}-${Math.trunc(stats.mtimeMs)}`;
  const cachePath = (0, import_node_path.join)(dir, `${bundle}-${hash}-${process.version}-${process.arch}-${stamp}${kind === "units" ? "-units" : ""}.v8`);
  const cached = readCache(cachePath);
  const source = (0, import_node_fs.readFileSync)(file, "utf8").replace(/^#!/, "//");
  const script = new import_node_vm.Script(`(function (exports, require, module, __filename, __dirname) { ${source}
})`, { filename: file, cachedData: cached?.data });
  process.once("exit", () => {
    const refused = !cached || script.cachedDataRejected;
    if (!refused && kind === "units") return;
    const bytecode = process.getBuiltinModule("node:v8").getHeapCodeStatistics().bytecode_and_metadata_size;
    const grew = cached !== void 0 && bytecode > cached.bytecode * GROWTH_TO_REWRITE;
    if (!refused && !grew) return;
    writeCache(cachePath, script.createCachedData(), bytecode);
    if (!cached) pruneCaches(dir, bundle, hash, stamp);
  });
  runAsModule(script, file);
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  launch,
  runKind
});
