/** One HTTP request of the install test: status, raw text and parsed JSON (or null), bounded to 30 s. */
const request = async (method, url, { body, token } = {}) => {
  const headers = {};
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (token) headers.Authorization = `Bearer ${token}`;
  const res = await fetch(url, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
    signal: AbortSignal.timeout(30_000),
  });
  const text = await res.text();
  let json = null;
  try {
    json = JSON.parse(text);
  } catch {
    /* not JSON */
  }
  return { status: res.status, text, json };
};

/** The start of a response, for FAIL lines. */
const describe = (response) => `${response.status}: ${response.text.slice(0, 300)}`;

/** Strapi's error shape: `{ data: null, error: { status, name, message } }` with the HTTP status repeated. */
const isStrapiError = (response, status, name) =>
  response.status === status &&
  response.json?.data === null &&
  response.json?.error?.status === status &&
  response.json.error.name === name &&
  typeof response.json.error.message === 'string';

module.exports = { describe, isStrapiError, request };
