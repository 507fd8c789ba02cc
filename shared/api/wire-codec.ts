// The HTTP transport of browser mode carries a payload as JSON with its byte arrays beside it, each sent as
// bytes (a multipart form: renderer/platform/wire-http.ts and electron/web/web-host.ts). Inside the JSON
// a byte array is a reference to its part. Scans used to travel base64-encoded in the JSON: every one made
// strings of several megabytes on both sides, which V8 keeps until a full collection, so the host's memory
// grew with each page. IPC needs none of this: Electron's structured clone carries typed arrays as they are.

/** A payload as JSON, and the byte arrays it holds in the order its references give. */
export interface WireMessage {
  json: string;
  parts: Uint8Array[];
}

/** The form field that holds the JSON; the parts are fields "0", "1", … */
export const wireJsonField = 'json';

const partTag = '$part';

export function packWire(value: unknown): WireMessage {
  const parts: Uint8Array[] = [];
  // Read the holder's original value: JSON.stringify has already applied toJSON (Node's Buffer has one).
  const json = JSON.stringify(value, function (this: Record<string, unknown>, key: string, v: unknown) {
    const original = this[key];
    if (!(original instanceof Uint8Array)) return v;
    parts.push(original);
    return { [partTag]: parts.length - 1 };
  });
  return { json: json ?? '', parts };
}

/** The payload back, each reference replaced by its part; a reference to a part that is not there throws. */
export function unpackWire({ json, parts }: WireMessage): unknown {
  if (json === '') return undefined;
  return JSON.parse(json, (_key, v: unknown) => {
    if (typeof v === 'object' && v !== null && !Array.isArray(v)) {
      const keys = Object.keys(v);
      const index = (v as Record<string, unknown>)[partTag];
      if (keys.length === 1 && typeof index === 'number') {
        const part = parts[index];
        if (part === undefined) throw new Error(`the payload refers to part ${index}, which was not sent`);
        return part;
      }
    }
    return v;
  });
}
