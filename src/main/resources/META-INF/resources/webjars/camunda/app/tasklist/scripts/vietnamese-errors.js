// Tasklist custom script (config.js: customScripts): when the engine refuses a submitted form, its
// answer reads "Cannot submit task form <task id>: <reason>" or "Cannot instantiate process definition
// <definition id>: <reason>". The reason is the system's own Vietnamese message (InputRejected, form
// field validation); officials see only that reason, without the engine's English prefix and the ids.
//
// The Tasklist sends forms through the Camunda SDK (superagent over XMLHttpRequest) and shows the
// answer's "message" in a notification, so the prefix is taken off where the answer is read: in the
// body of a failed XMLHttpRequest to .../submit-form. Other requests and successful answers are left
// as they are.

const SUBMIT_FORM = /\/submit-form(?:[?#]|$)/;
// The ids hold no spaces; a definition id holds colons ("campaignProcess:1:<uuid>").
const PREFIX = /^(?:Cannot submit task form|Cannot instantiate process definition) \S+: /;

/** The reason alone (prefixes may be nested when one step's refusal is wrapped by another). */
export function withoutEnginePrefix(message) {
  let m = message;
  while (PREFIX.test(m)) m = m.replace(PREFIX, '');
  return m;
}

function cleanBody(body) {
  if (body && typeof body === 'object' && typeof body.message === 'string') {
    return { ...body, message: withoutEnginePrefix(body.message) };
  }
  if (typeof body !== 'string' || !body.includes('Cannot ')) return body;
  try {
    const json = JSON.parse(body);
    if (json && typeof json.message === 'string') {
      json.message = withoutEnginePrefix(json.message);
      return JSON.stringify(json);
    }
  } catch (e) {
    // not JSON: leave it
  }
  return body;
}

function install(XHR) {
  const proto = XHR && XHR.prototype;
  if (!proto || proto.tdktVietnameseErrors) return;
  Object.defineProperty(proto, 'tdktVietnameseErrors', { value: true });

  const open = proto.open;
  proto.open = function (method, url) {
    this.tdktSubmitForm = SUBMIT_FORM.test(String(url));
    return open.apply(this, arguments);
  };

  for (const name of ['responseText', 'response']) {
    const original = Object.getOwnPropertyDescriptor(proto, name);
    if (!original || !original.get) continue;
    Object.defineProperty(proto, name, {
      configurable: true,
      enumerable: original.enumerable,
      get() {
        const value = original.get.call(this);
        if (!this.tdktSubmitForm || this.readyState !== 4 || this.status < 400) return value;
        return cleanBody(value);
      },
    });
  }
}

install(window.XMLHttpRequest);
