// The seed guide's express example "Production: restrict to your frontend", copied as it stands (PORT from the
// environment, 127.0.0.1, /health added), and the guide's five common mistakes as a user would make them there.
// CORS_CONFIG: production (default) or one of the mistake-* names below.
'use strict';

const express = require('express');
const cors = require('cors');

const app = express();
const config = process.env.CORS_CONFIG || 'production';

// /health first: CORS does not matter there, and it must answer 200 in every configuration.
app.get('/health', (req, res) => res.type('text/plain').send('ok'));

switch (config) {
  case 'production':
    // Production: restrict to your frontend
    app.use(cors({
      origin: 'https://myapp.com',
      methods: ['GET', 'POST', 'PUT', 'DELETE'],
      allowedHeaders: ['Content-Type', 'Authorization'],
      credentials: true, // required for cookies and auth headers
      maxAge: 86400 // cache preflight response for 24h
    }));
    app.get('/api/data', (req, res) => res.json({ ok: true }));
    break;

  case 'mistake-wildcard-with-credentials':
    // Common mistake 1: origin '*' combined with credentials: true
    app.use(cors({
      origin: '*',
      methods: ['GET', 'POST', 'PUT', 'DELETE'],
      allowedHeaders: ['Content-Type', 'Authorization'],
      credentials: true,
      maxAge: 86400
    }));
    app.get('/api/data', (req, res) => res.json({ ok: true }));
    break;

  case 'mistake-cors-after-routes':
    // Common mistake 2: app.use(cors()) placed after the routes
    app.get('/api/data', (req, res) => res.json({ ok: true }));
    app.use(cors({
      origin: 'https://myapp.com',
      methods: ['GET', 'POST', 'PUT', 'DELETE'],
      allowedHeaders: ['Content-Type', 'Authorization'],
      credentials: true,
      maxAge: 86400
    }));
    break;

  case 'mistake-authorization-not-allowed':
    // Common mistake 3: allowedHeaders without Authorization, while the client sends Authorization
    app.use(cors({
      origin: 'https://myapp.com',
      methods: ['GET', 'POST', 'PUT', 'DELETE'],
      allowedHeaders: ['Content-Type'],
      credentials: true,
      maxAge: 86400
    }));
    app.get('/api/data', (req, res) => res.json({ ok: true }));
    break;

  case 'mistake-callback-without-no-origin-guard': {
    // Common mistake 4 (from "Dynamic multi-origin validation"): the origin callback without the !origin guard
    const allowedOrigins = ['https://myapp.com'];
    app.use(cors({
      origin: (origin, callback) => {
        if (allowedOrigins.includes(origin)) {
          callback(null, true);
        } else {
          callback(new Error(`Origin ${origin} not allowed`));
        }
      },
      methods: ['GET', 'POST', 'PUT', 'DELETE'],
      allowedHeaders: ['Content-Type', 'Authorization'],
      credentials: true,
      maxAge: 86400
    }));
    app.get('/api/data', (req, res) => res.json({ ok: true }));
    break;
  }

  case 'mistake-localhost-not-127':
    // Common mistake 5: localhost vs 127.0.0.1 in development; only localhost is allowed (graded with dev-policy.yaml)
    app.use(cors({
      origin: 'http://localhost:3000',
      methods: ['GET', 'POST', 'PUT', 'DELETE'],
      allowedHeaders: ['Content-Type', 'Authorization'],
      credentials: true,
      maxAge: 86400
    }));
    app.get('/api/data', (req, res) => res.json({ ok: true }));
    break;

  default:
    console.error(`unknown CORS_CONFIG '${config}'`);
    process.exit(2);
}

const port = Number(process.env.PORT || 3000);
app.listen(port, '127.0.0.1', () => console.log(`express-seed/${config} on http://127.0.0.1:${port}`));
