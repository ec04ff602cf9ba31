// koa + @koa/cors (routes by @koa/router), configured the way the @koa/cors README tells users to, for ../policy.yaml.
// CORS_CONFIG picks the configuration: documented (default), per-route, default, default-credentials.
'use strict';

const Koa = require('koa');
const Router = require('@koa/router');
const cors = require('@koa/cors');

// ../policy.yaml in @koa/cors option terms (https://github.com/koajs/cors#corsoptions). `origin` is a string or
// a function of ctx; a list of origins is a function that returns the request's Origin when it is listed.
const allowedOrigins = ['https://app.localhost', 'http://localhost:5173', 'http://127.0.0.1:5173'];
const corsOptions = {
  origin(ctx) {
    const origin = ctx.get('Origin');
    return allowedOrigins.includes(origin) ? origin : '';
  },
  allowMethods: ['GET', 'POST', 'PUT', 'DELETE'],
  allowHeaders: ['Content-Type', 'Authorization', 'X-Request-Id'],
  exposeHeaders: ['X-Total-Count'],
  credentials: true,
  maxAge: 600,
};

// ../per-route-policy.yaml: /api/public overrides origin, methods and credentials.
const publicOptions = { ...corsOptions, origin: '*', allowMethods: ['GET'], credentials: false };

const data = (ctx) => {
  ctx.set('X-Total-Count', '2');
  ctx.body = { ok: true };
};

const app = new Koa();
const router = new Router();
const config = process.env.CORS_CONFIG || 'documented';

function routes(...middleware) {
  for (const path of ['/api/data', '/api/items']) {
    router.get(path, ...middleware, data).post(path, ...middleware, data)
      .put(path, ...middleware, data).delete(path, ...middleware, data);
  }
}

switch (config) {
  case 'documented':
    // app.use(cors(options)) before the router: it answers every preflight itself.
    app.use(cors(corsOptions));
    routes();
    break;
  case 'per-route': {
    // cors(options) as route middleware, plus an OPTIONS route per path for its preflights.
    const routeCors = cors(corsOptions);
    for (const path of ['/api/data', '/api/items']) router.options(path, routeCors);
    routes(routeCors);
    const publicCors = cors(publicOptions);
    router.options('/api/public', publicCors);
    router.get('/api/public', publicCors, data);
    break;
  }
  case 'default':
    // "Quick start": app.use(cors()) with the default options.
    app.use(cors());
    routes();
    break;
  case 'default-credentials':
    // cors({ credentials: true }) with the default origin: "If credentials set ... origin ... set to the request
    // Origin header".
    app.use(cors({ credentials: true }));
    routes();
    break;
  default:
    console.error(`unknown CORS_CONFIG '${config}' (documented, per-route, default, default-credentials)`);
    process.exit(2);
}
router.get('/health', (ctx) => {
  ctx.type = 'text/plain';
  ctx.body = 'ok';
});
app.use(router.routes());
app.use(router.allowedMethods());

const port = Number(process.env.PORT || 3000);
app.listen(port, '127.0.0.1', () => console.log(`koa-cors/${config} on http://127.0.0.1:${port}`));
