// hono's built-in cors middleware on @hono/node-server, configured the way the hono docs tell users to
// (https://hono.dev/docs/middleware/builtin/cors), for ../policy.yaml.
// CORS_CONFIG picks the configuration: documented (default), per-route, default.
'use strict';

const { serve } = require('@hono/node-server');
const { Hono } = require('hono');
const { cors } = require('hono/cors');

// ../policy.yaml in hono cors option terms.
const corsOptions = {
  origin: ['https://app.localhost', 'http://localhost:5173', 'http://127.0.0.1:5173'],
  allowMethods: ['GET', 'POST', 'PUT', 'DELETE'],
  allowHeaders: ['Content-Type', 'Authorization', 'X-Request-Id'],
  exposeHeaders: ['X-Total-Count'],
  credentials: true,
  maxAge: 600,
};

// ../per-route-policy.yaml: /api/public overrides origin, methods and credentials.
const publicOptions = { ...corsOptions, origin: '*', allowMethods: ['GET'], credentials: false };

const data = (c) => {
  c.header('X-Total-Count', '2');
  return c.json({ ok: true });
};

const app = new Hono();
const config = process.env.CORS_CONFIG || 'documented';

function routes() {
  for (const path of ['/api/data', '/api/items']) {
    app.on(['GET', 'POST', 'PUT', 'DELETE'], path, data);
  }
}

switch (config) {
  case 'documented':
    // app.use('/api/*', cors(options)) before the routes.
    app.use('/api/*', cors(corsOptions));
    routes();
    break;
  case 'per-route':
    // cors(options) registered on each route's path; /api/public with its own options.
    app.use('/api/data', cors(corsOptions));
    app.use('/api/items', cors(corsOptions));
    app.use('/api/public', cors(publicOptions));
    routes();
    app.get('/api/public', data);
    break;
  case 'default':
    // app.use('/api/*', cors()) with the default options.
    app.use('/api/*', cors());
    routes();
    break;
  default:
    console.error(`unknown CORS_CONFIG '${config}' (documented, per-route, default)`);
    process.exit(2);
}
app.get('/health', (c) => c.text('ok'));

const port = Number(process.env.PORT || 3000);
serve({ fetch: app.fetch, port, hostname: '127.0.0.1' }, () =>
  console.log(`hono-cors/${config} on http://127.0.0.1:${port}`));
