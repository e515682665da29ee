export interface JsonResponse<T = any> {
  status: number;
  headers: Headers;
  body: T;
}

/** JSON when it is JSON; anything else (a proxy's or a router's plain text) as the raw text, so assertions can show it. */
const parseBody = (text: string) => {
  if (!text) return null;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
};

/** A small JSON client over fetch, so tests read like the HTTP calls they make. */
export const createClient = (baseUrl: string, defaultHeaders: Record<string, string> = {}) => {
  const send = async <T = any>(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {}
  ): Promise<JsonResponse<T>> => {
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      headers: { ...(body === undefined ? {} : { 'Content-Type': 'application/json' }), ...defaultHeaders, ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, headers: response.headers, body: parseBody(text) };
  };
  return {
    get: <T = any>(path: string, headers?: Record<string, string>) => send<T>('GET', path, undefined, headers),
    post: <T = any>(path: string, body?: unknown, headers?: Record<string, string>) =>
      send<T>('POST', path, body ?? {}, headers),
    put: <T = any>(path: string, body?: unknown, headers?: Record<string, string>) =>
      send<T>('PUT', path, body ?? {}, headers),
    delete: <T = any>(path: string, headers?: Record<string, string>) => send<T>('DELETE', path, undefined, headers),
    send,
  };
};

export const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

/** `POST /api/upload` with one small text file as a multipart form, as an integration uploads one. */
export const uploadFile = async (
  baseUrl: string,
  headers: Record<string, string>,
  name = 'hello.txt',
  fields: Record<string, string> = {}
): Promise<JsonResponse> => {
  const form = new FormData();
  form.append('files', new Blob(['hello'], { type: 'text/plain' }), name);
  for (const [field, value] of Object.entries(fields)) form.append(field, value);
  const response = await fetch(`${baseUrl}/api/upload`, { method: 'POST', headers, body: form });
  return { status: response.status, headers: response.headers, body: parseBody(await response.text()) };
};

/** A response as the client receives it, to compare byte for byte: status, every header but Date, the body's bytes. */
export const rawResponse = async (url: string, init: RequestInit = {}) => {
  const response = await fetch(url, init);
  return {
    status: response.status,
    headers: [...response.headers].filter(([name]) => name !== 'date'),
    body: Buffer.from(await response.arrayBuffer()).toString('base64'),
  };
};
