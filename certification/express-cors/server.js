// express + cors, configured the way the cors README tells users to, for ../policy.yaml.
// CORS_CONFIG picks the configuration: documented (default), per-route, default.
'use strict';

const express = require('express');
const cors = require('cors');

// ../policy.yaml in cors option terms (https://github.com/expressjs/cors#configuration-options).
const corsOptions = {
  origin: ['https://app.localhost', 'http://localhost:5173', 'http://127.0.0.1:5173'],
  methods: ['GET', 'POST', 'PUT', 'DELETE'],
  allowedHeaders: ['Content-Type', 'Authorization', 'X-Request-Id'],
  exposedHeaders: ['X-Total-Count'],
  credentials: true,
  maxAge: 600,
};

// ../per-route-policy.yaml: /api/public overrides origin, methods, credentials and exposed headers.
const publicOptions = { ...corsOptions, origin: '*', methods: ['GET'], credentials: false };

const data = (req, res) => res.set('X-Total-Count', '2').json({ ok: true });
const health = (req, res) => res.type('text/plain').send('ok');

const app = express();
const config = process.env.CORS_CONFIG || 'documented';

switch (config) {
  case 'documented':
    // "Configuring CORS": one application-level middleware; it also answers every preflight.
    app.use(cors(corsOptions));
    for (const path of ['/api/data', '/api/items']) {
      app.route(path).get(data).post(data).put(data).delete(data);
    }
    break;
  case 'per-route': {
    // "Enable CORS for a Single Route" plus "Enabling CORS Pre-Flight": cors(options) on each route,
    // and an OPTIONS handler per route for its preflights.
    const routeCors = cors(corsOptions);
    for (const path of ['/api/data', '/api/items']) {
      app.options(path, routeCors);
      app.route(path).get(routeCors, data).post(routeCors, data).put(routeCors, data).delete(routeCors, data);
    }
    const publicCors = cors(publicOptions);
    app.options('/api/public', publicCors);
    app.get('/api/public', publicCors, data);
    break;
  }
  case 'default':
    // "Simple Usage (Enable All CORS Requests)": cors() with no options.
    app.use(cors());
    for (const path of ['/api/data', '/api/items']) {
      app.route(path).get(data).post(data).put(data).delete(data);
    }
    break;
  default:
    console.error(`unknown CORS_CONFIG '${config}' (documented, per-route, default)`);
    process.exit(2);
}
app.get('/health', health);

const port = Number(process.env.PORT || 3000);
app.listen(port, '127.0.0.1', () => console.log(`express-cors/${config} on http://127.0.0.1:${port}`));
