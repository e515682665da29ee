#!/usr/bin/env bash
# Install test: what a site builder does with the published package.
#
#   1. builds the plugin and packs it (`npm pack`), and checks the tarball holds only what it should;
#   2. creates a fresh Strapi 5 TypeScript app OUTSIDE the repository, by hand (pinned versions, one `article`
#      type, config/plugins.ts enabling `access-tokens`), installs the tarball into it, `strapi build`s it;
#   3. `strapi start`s it (NODE_ENV=production) on a free loopback port and checks that the admin HTML and the
#      plugin's Settings bundle are served, that a token created through the admin API authenticates a
#      content-API request and a GraphQL query (and that GraphQL exposes none of the plugin's tables), and (when the
#      REST hooks routes exist) that a hook delivers to a local receiver.
#
# Prints PASS/FAIL lines; exits non-zero on any failure. The server, the receiver and the temporary directory are
# removed on every exit path. INSTALL_TEST_KEEP=1 keeps the directory; INSTALL_TEST_SKIP_BUILD=1 packs the existing
# dist/. Each step is bounded by `timeout`.
# The whole script is one brace group: bash reads it completely before running, so editing the file during a run
# cannot change what runs.
{
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/access-tokens-install-XXXXXX")"
APP="$WORK/app"
SERVER_PID=""
RECEIVER_PID=""
FAILED=0
STRAPI_VERSION="5.54.0"

export STRAPI_TELEMETRY_DISABLED=true
export STRAPI_DISABLE_UPDATE_NOTIFICATION=true
export BROWSER=none
export FORCE_COLOR=0

log() { printf '\n== %s\n' "$*"; }
pass() { printf 'PASS %s\n' "$*"; }
fail() {
  printf 'FAIL %s\n' "$*"
  FAILED=1
}
die() {
  fail "$*"
  exit 1
}

stop_pid_group() {
  local pid="$1"
  [ -n "$pid" ] || return 0
  kill -0 "$pid" 2>/dev/null || return 0
  kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
  for _ in $(seq 1 50); do
    kill -0 "$pid" 2>/dev/null || return 0
    sleep 0.2
  done
  kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid" 2>/dev/null || true
}

cleanup() {
  local code=$?
  trap - EXIT INT TERM
  stop_pid_group "$SERVER_PID"
  stop_pid_group "$RECEIVER_PID"
  if [ "$code" -ne 0 ] || [ "$FAILED" -ne 0 ]; then
    if [ -f "$WORK/server.log" ]; then
      printf '\n-- last 60 lines of the server log\n'
      tail -n 60 "$WORK/server.log" || true
    fi
  fi
  if [ -n "${INSTALL_TEST_KEEP:-}" ]; then
    echo "Kept $WORK"
  else
    rm -rf "$WORK"
  fi
  if [ "$code" -eq 0 ] && [ "$FAILED" -eq 0 ]; then
    echo "install test: PASS"
  else
    echo "install test: FAIL"
    [ "$code" -eq 0 ] && code=1
  fi
  exit "$code"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

free_port() {
  node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})"
}

# http METHOD URL [BODY] [extra curl args...]: prints the body to $WORK/response, returns the status on stdout.
http() {
  local method="$1" url="$2" body="${3:-}"
  shift 3 || shift $#
  local args=(-sS -o "$WORK/response" -w '%{http_code}' --max-time 30 -X "$method" "$@")
  if [ -n "$body" ]; then args+=(-H 'Content-Type: application/json' --data "$body"); fi
  curl "${args[@]}" "$url" || true
}

json_get() { # json_get FILE EXPRESSION (a JS expression on `j`)
  node -e "const j=JSON.parse(require('fs').readFileSync(process.argv[1],'utf8'));const v=($2);if(v===undefined||v===null)process.exit(1);console.log(v)" "$1"
}

# ---------------------------------------------------------------------------------------------------------------
log "plugin build and npm pack"
cd "$ROOT"
if [ -z "${INSTALL_TEST_SKIP_BUILD:-}" ]; then
  timeout --kill-after=10 600 npm run build >"$WORK/plugin-build.log" 2>&1 || {
    tail -n 40 "$WORK/plugin-build.log"
    die "npm run build"
  }
fi
timeout 120 npm pack --json --pack-destination "$WORK" >"$WORK/pack.json" 2>"$WORK/pack.err" || {
  cat "$WORK/pack.err"
  die "npm pack"
}
TARBALL="$WORK/$(json_get "$WORK/pack.json" 'j[0].filename')"
[ -f "$TARBALL" ] || die "npm pack produced no tarball"
pass "npm pack: $(basename "$TARBALL") ($(du -k "$TARBALL" | cut -f1) kB, $(json_get "$WORK/pack.json" 'j[0].entryCount') files)"

# Only the built plugin and its documents: no sources, tests, playground or scripts.
tar -tzf "$TARBALL" | sed 's#^package/##' >"$WORK/tarball-files.txt"
UNEXPECTED="$(grep -Ev '^(dist/.+|strapi-server\.js|strapi-admin\.js|package\.json|README\.md|LICENSE|CHANGELOG\.md)$' "$WORK/tarball-files.txt" || true)"
if [ -n "$UNEXPECTED" ]; then
  fail "tarball has unexpected files:"
  printf '  %s\n' $UNEXPECTED
else
  pass "tarball holds only dist/, the entry files, package.json, README.md, LICENSE and CHANGELOG.md"
fi
for required in dist/server/index.js dist/admin/index.js strapi-server.js strapi-admin.js README.md LICENSE CHANGELOG.md; do
  grep -qx "$required" "$WORK/tarball-files.txt" || fail "tarball lacks $required"
done

# ---------------------------------------------------------------------------------------------------------------
log "fresh Strapi $STRAPI_VERSION app in $APP"
mkdir -p "$APP"/{config,public/uploads,src/api/article/{content-types/article,controllers,routes,services},types}
cp "$TARBALL" "$APP/"
cp "$ROOT/tests/app/favicon.png" "$APP/favicon.png"
HAS_HOOKS=0
if grep -q "hooks" "$ROOT/server/src/routes/content-api.ts"; then HAS_HOOKS=1; fi

node - "$ROOT/package.json" "$APP/package.json" "$(basename "$TARBALL")" "$STRAPI_VERSION" <<'NODE'
const fs = require('fs');
const [rootPkgFile, appPkgFile, tarball, strapiVersion] = process.argv.slice(2);
const rootPkg = JSON.parse(fs.readFileSync(rootPkgFile, 'utf8'));
const pkg = {
  name: 'access-tokens-install-test',
  private: true,
  version: '0.0.0',
  scripts: { build: 'strapi build', start: 'strapi start', develop: 'strapi develop' },
  dependencies: {
    '@strapi/plugin-graphql': strapiVersion,
    '@strapi/plugin-users-permissions': strapiVersion,
    '@strapi/strapi': strapiVersion,
    'better-sqlite3': '^12.9.0',
    react: '^18.3.1',
    'react-dom': '^18.3.1',
    'react-router-dom': '^6.30.3',
    'styled-components': '^6.1.13',
    'strapi-plugin-access-tokens': `file:./${tarball}`,
  },
  devDependencies: { typescript: '5.9.3' },
  // The same pins as the repository: versions whose platform packages all exist in the registry.
  overrides: rootPkg.overrides,
  engines: { node: '>=18.0.0 <=24.x.x' },
  strapi: { uuid: 'access-tokens-install-test' },
};
fs.writeFileSync(appPkgFile, JSON.stringify(pkg, null, 2) + '\n');
NODE

cat >"$APP/tsconfig.json" <<'EOF'
{
  "compilerOptions": {
    "module": "CommonJS",
    "moduleResolution": "Node",
    "lib": ["ES2020"],
    "target": "ES2019",
    "strict": false,
    "skipLibCheck": true,
    "forceConsistentCasingInFileNames": true,
    "incremental": true,
    "esModuleInterop": true,
    "resolveJsonModule": true,
    "noEmitOnError": true,
    "noImplicitThis": true,
    "outDir": "dist",
    "rootDir": "."
  },
  "include": ["./", "./**/*.ts", "./**/*.js", "src/**/*.json"],
  "exclude": ["node_modules/", "build/", "dist/", ".cache/", ".tmp/", "src/admin/", "**/*.test.*", "src/plugins/**"]
}
EOF

cat >"$APP/config/database.ts" <<'EOF'
import path from 'path';

export default ({ env }) => ({
  connection: {
    client: 'sqlite',
    connection: { filename: path.join(__dirname, '..', '..', env('DATABASE_FILENAME', '.tmp/data.db')) },
    useNullAsDefault: true,
  },
});
EOF

cat >"$APP/config/server.ts" <<'EOF'
export default ({ env }) => ({
  host: env('HOST', '0.0.0.0'),
  port: env.int('PORT', 1337),
  app: { keys: env.array('APP_KEYS') },
});
EOF

cat >"$APP/config/admin.ts" <<'EOF'
export default ({ env }) => ({
  auth: { secret: env('ADMIN_JWT_SECRET') },
  apiToken: { salt: env('API_TOKEN_SALT') },
  transfer: { token: { salt: env('TRANSFER_TOKEN_SALT') } },
  secrets: { encryptionKey: env('ENCRYPTION_KEY') },
  flags: { nps: false, promoteEE: false },
});
EOF

cat >"$APP/config/middlewares.ts" <<'EOF'
export default [
  'strapi::logger',
  'strapi::errors',
  'strapi::security',
  'strapi::cors',
  'strapi::poweredBy',
  'strapi::query',
  'strapi::body',
  'strapi::session',
  'strapi::favicon',
  'strapi::public',
];
EOF

cat >"$APP/config/plugins.ts" <<'EOF'
export default ({ env }) => ({
  'access-tokens': {
    enabled: true,
    config: {
      secret: env('ACCESS_TOKENS_SECRET'),
      // The test's hook receiver listens on 127.0.0.1; a real app leaves private targets refused.
      hooks: { allowPrivateTargets: true, pollIntervalMs: 200 },
    },
  },
});
EOF

cat >"$APP/src/index.ts" <<'EOF'
export default {
  register() {},
  bootstrap() {},
};
EOF

cat >"$APP/src/api/article/content-types/article/schema.json" <<'EOF'
{
  "kind": "collectionType",
  "collectionName": "articles",
  "info": { "singularName": "article", "pluralName": "articles", "displayName": "Article" },
  "options": { "draftAndPublish": false },
  "attributes": {
    "title": { "type": "string", "required": true },
    "body": { "type": "text" }
  }
}
EOF
for kind in controllers routes services; do
  factory="createCore${kind^}"
  factory="${factory%s}"
  [ "$kind" = "routes" ] && factory="createCoreRouter"
  cat >"$APP/src/api/article/$kind/article.ts" <<EOF
import { factories } from '@strapi/strapi';

export default factories.$factory('api::article.article');
EOF
done

log "npm install (fresh app)"
cd "$APP"
started=$SECONDS
timeout --kill-after=10 1200 npm install --no-audit --no-fund --prefer-offline --loglevel=error >"$WORK/install.log" 2>&1 || {
  tail -n 60 "$WORK/install.log"
  die "npm install in the fresh app"
}
[ -f node_modules/strapi-plugin-access-tokens/package.json ] || die "the plugin is not in the app's node_modules"
node -e "require('better-sqlite3')(':memory:')" || die "better-sqlite3 does not load"
pass "npm install of the tarball into a fresh app ($((SECONDS - started)) s, $(du -sm node_modules | cut -f1) MB)"

# The plugin must not pull in a second copy of what Strapi provides: two @strapi/utils make its errors 500s, two
# react-intl or design-system copies break the admin's React contexts.
DUPLICATES="$(node -e '
  const lock = require("./package-lock.json");
  const shared = ["@strapi/utils", "@strapi/design-system", "@strapi/icons", "react-intl", "react", "react-dom", "react-router-dom", "styled-components"];
  const copies = {};
  for (const [path, entry] of Object.entries(lock.packages)) {
    const name = path.replace(/^.*node_modules\//, "");
    if (shared.includes(name)) (copies[name] ??= []).push(`${entry.version} in ${path}`);
  }
  for (const [name, where] of Object.entries(copies)) if (where.length > 1) console.log(`${name} (${where.length} copies: ${where.join("; ")})`);
')"
if [ -n "$DUPLICATES" ]; then
  fail "the install has several copies of packages Strapi provides: $DUPLICATES"
else
  pass "one copy each of @strapi/utils, @strapi/design-system, @strapi/icons, react-intl, react and styled-components"
fi

APP_ENV=(
  NODE_ENV=production
  HOST=127.0.0.1
  APP_KEYS=install-test-key-a,install-test-key-b
  ADMIN_JWT_SECRET=install-test-admin-jwt-secret
  API_TOKEN_SALT=install-test-api-token-salt
  TRANSFER_TOKEN_SALT=install-test-transfer-token-salt
  ENCRYPTION_KEY=install-test-encryption-key
  JWT_SECRET=install-test-users-permissions-jwt-secret
  ACCESS_TOKENS_SECRET=install-test-access-tokens-secret-0123456789
)

log "strapi build"
started=$SECONDS
env "${APP_ENV[@]}" timeout --kill-after=10 900 node_modules/.bin/strapi build >"$WORK/build.log" 2>&1 || {
  tail -n 60 "$WORK/build.log"
  die "strapi build"
}
pass "strapi build ($((SECONDS - started)) s)"

# The admin build (dist/build for a TypeScript app) must contain the plugin's Settings bundle and translations.
ADMIN_BUILD=""
for dir in dist/build build; do
  if [ -f "$dir/index.html" ]; then
    ADMIN_BUILD="$dir"
    break
  fi
done
[ -n "$ADMIN_BUILD" ] || die "no admin build (index.html) under dist/build or build"
PLUGIN_CHUNK="$(grep -l 'settings.link.tokens' "$ADMIN_BUILD"/*.js 2>/dev/null | head -n 1 || true)"
if [ -n "$PLUGIN_CHUNK" ]; then
  pass "the admin build contains the plugin's Settings bundle ($(basename "$PLUGIN_CHUNK"))"
else
  fail "no chunk of the admin build contains the plugin's translations (settings.link.tokens)"
fi

# ---------------------------------------------------------------------------------------------------------------
PORT="$(free_port)"
BASE="http://127.0.0.1:$PORT"
log "strapi start on $BASE"
env "${APP_ENV[@]}" PORT="$PORT" setsid node_modules/.bin/strapi start >"$WORK/server.log" 2>&1 &
SERVER_PID=$!
ready=0
for _ in $(seq 1 360); do
  kill -0 "$SERVER_PID" 2>/dev/null || die "strapi start exited early"
  if [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$BASE/_health" || true)" = "204" ]; then
    ready=1
    break
  fi
  sleep 0.5
done
[ "$ready" = 1 ] || die "strapi start was not ready within 3 minutes"
pass "strapi start answers /_health"

status="$(http GET "$BASE/admin")"
if [ "$status" = 200 ] && grep -qi '<html' "$WORK/response"; then
  pass "GET /admin serves the admin HTML"
else
  fail "GET /admin answered $status"
fi
if [ -n "$PLUGIN_CHUNK" ]; then
  status="$(http GET "$BASE/admin/$(basename "$PLUGIN_CHUNK")")"
  if [ "$status" = 200 ] && grep -q 'settings.link.tokens' "$WORK/response"; then
    pass "the plugin's Settings bundle is served (/admin/$(basename "$PLUGIN_CHUNK"))"
  else
    fail "GET /admin/$(basename "$PLUGIN_CHUNK") answered $status"
  fi
fi

status="$(http POST "$BASE/admin/register-admin" \
  '{"firstname":"Install","lastname":"Test","email":"install-test@example.com","password":"Install-test-1234"}')"
[ "$status" = 200 ] || [ "$status" = 201 ] || die "POST /admin/register-admin answered $status: $(head -c 300 "$WORK/response")"
ADMIN_JWT="$(json_get "$WORK/response" 'j.data.token ?? j.data.accessToken')" || die "no admin JWT in the register-admin response"
pass "registered the first admin"

status="$(http POST "$BASE/access-tokens/tokens" '{"name":"Install test","accessLevel":"read-write"}' \
  -H "Authorization: Bearer $ADMIN_JWT")"
[ "$status" = 201 ] || die "POST /access-tokens/tokens answered $status: $(head -c 300 "$WORK/response")"
TOKEN="$(json_get "$WORK/response" 'j.data.accessKey')" || die "no accessKey in the token creation response"
pass "created a token through the admin API (${TOKEN:0:4}…)"

status="$(http GET "$BASE/api/articles")"
if [ "$status" = 403 ] || [ "$status" = 401 ]; then
  pass "GET /api/articles without a token is refused ($status)"
else
  fail "GET /api/articles without a token answered $status (public access should be off)"
fi
status="$(http GET "$BASE/api/articles" '' -H "Authorization: Bearer $TOKEN")"
if [ "$status" = 200 ]; then
  pass "GET /api/articles with the token: 200"
else
  fail "GET /api/articles with the token answered $status: $(head -c 300 "$WORK/response")"
fi
status="$(http GET "$BASE/api/access-tokens/me" '' -H "Authorization: Bearer $TOKEN")"
if [ "$status" = 200 ] && [ "$(json_get "$WORK/response" 'j.data.name')" = "Install test" ]; then
  pass "GET /api/access-tokens/me names the token"
else
  fail "GET /api/access-tokens/me answered $status: $(head -c 300 "$WORK/response")"
fi

# GraphQL (@strapi/plugin-graphql is installed): the token works there, and the plugin's own tables are not exposed.
status="$(http POST "$BASE/graphql" '{"query":"{ articles { title } }"}' -H "Authorization: Bearer $TOKEN")"
if [ "$status" = 200 ] && ! grep -q '"errors"' "$WORK/response"; then
  pass "POST /graphql { articles } with the token: 200"
else
  fail "POST /graphql { articles } answered $status: $(head -c 300 "$WORK/response")"
fi
status="$(http POST "$BASE/graphql" '{"query":"{ accessTokensTokens { documentId } }"}' -H "Authorization: Bearer $TOKEN")"
if grep -q 'GRAPHQL_VALIDATION_FAILED' "$WORK/response" && ! grep -q '"documentId"' "$WORK/response"; then
  pass "GraphQL has no query over the plugin's tokens ($status, GRAPHQL_VALIDATION_FAILED)"
else
  fail "POST /graphql { accessTokensTokens } answered $status: $(head -c 300 "$WORK/response")"
fi

# ---------------------------------------------------------------------------------------------------------------
if [ "$HAS_HOOKS" = 1 ]; then
  log "REST hook delivery"
  RECEIVER_PORT="$(free_port)"
  RECEIVED="$WORK/received.jsonl"
  : >"$RECEIVED"
  setsid node -e "
    const fs = require('fs');
    require('http').createServer((req, res) => {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        fs.appendFileSync(process.argv[1], JSON.stringify({ headers: req.headers, body }) + '\n');
        res.writeHead(200, { 'Content-Type': 'application/json' }).end('{}');
      });
    }).listen(Number(process.argv[2]), '127.0.0.1');
  " "$RECEIVED" "$RECEIVER_PORT" >"$WORK/receiver.log" 2>&1 &
  RECEIVER_PID=$!
  for _ in $(seq 1 50); do
    curl -s -o /dev/null --max-time 1 -X POST "http://127.0.0.1:$RECEIVER_PORT/ping" && break
    sleep 0.1
  done
  : >"$RECEIVED"

  status="$(http POST "$BASE/api/access-tokens/hooks" \
    "{\"targetUrl\":\"http://127.0.0.1:$RECEIVER_PORT/hook\",\"event\":\"entry.create\",\"contentType\":\"api::article.article\"}" \
    -H "Authorization: Bearer $TOKEN")"
  if [ "$status" = 201 ]; then
    pass "subscribed a receiver (POST /api/access-tokens/hooks: 201)"
  else
    fail "POST /api/access-tokens/hooks answered $status: $(head -c 300 "$WORK/response")"
  fi

  status="$(http POST "$BASE/api/articles" '{"data":{"title":"Hello from the install test"}}' -H "Authorization: Bearer $TOKEN")"
  if [ "$status" = 200 ] || [ "$status" = 201 ]; then
    pass "created an article with the token ($status)"
  else
    fail "POST /api/articles answered $status: $(head -c 300 "$WORK/response")"
  fi

  delivered=0
  for _ in $(seq 1 60); do
    if grep -q 'Hello from the install test' "$RECEIVED" 2>/dev/null; then
      delivered=1
      break
    fi
    sleep 0.5
  done
  if [ "$delivered" = 1 ]; then
    pass "the hook delivered the new article to the receiver"
    if grep -qi 'webhook-signature' "$RECEIVED"; then
      pass "the delivery is signed (webhook-signature header)"
    else
      fail "the delivery carries no webhook-signature header"
    fi
  else
    fail "no hook delivery arrived within 30 s"
  fi
else
  echo "SKIP REST hook delivery: server/src/routes/content-api.ts has no hooks routes yet"
fi

[ "$FAILED" = 0 ]
exit
}
