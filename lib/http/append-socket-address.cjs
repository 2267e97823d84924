// Preloaded into the app's server process (`node --require`, see lib/cli/serve.ts). Before Next.js sees a
// request, the address of the socket it arrived on is appended to X-Forwarded-For, as every proxy does.
// Next itself only fills that header when it is absent, so without this a client talking to the app
// directly could name any address it liked (lib/sign-in/client-address.ts relies on the last entry).
"use strict";
const http = require("node:http");

const MARK = Symbol.for("newsroom.appendSocketAddress");
if (!http.Server.prototype[MARK]) {
  const emit = http.Server.prototype.emit;
  http.Server.prototype.emit = function emitWithSocketAddress(event, request, ...rest) {
    if (event === "request" && request?.socket?.remoteAddress) {
      const prior = request.headers["x-forwarded-for"];
      const address = request.socket.remoteAddress;
      request.headers["x-forwarded-for"] = prior ? `${prior}, ${address}` : address;
    }
    return emit.call(this, event, request, ...rest);
  };
  http.Server.prototype[MARK] = true;
}
