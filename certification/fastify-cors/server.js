// fastify + @fastify/cors, configured the way the @fastify/cors README tells users to, for ../policy.yaml.
// CORS_CONFIG picks the configuration: documented (default), per-route, default.
'use strict';

const Fastify = require('fastify');
const cors = require('@fastify/cors');

// ../policy.yaml in @fastify/cors option terms (https://github.com/fastify/fastify-cors#options).
const corsOptions = {
  origin: ['https://app.localhost', 'http://localhost:5173', 'http://127.0.0.1:5173'],
  methods: ['GET', 'POST', 'PUT', 'DELETE'],
  allowedHeaders: ['Content-Type', 'Authorization', 'X-Request-Id'],
  exposedHeaders: ['X-Total-Count'],
  credentials: true,
  maxAge: 600,
};

// ../per-route-policy.yaml: /api/public overrides origin, methods and credentials.
const publicOverride = { origin: '*', methods: ['GET'], credentials: false };

const methods = ['GET', 'POST', 'PUT', 'DELETE'];
const data = async (req, reply) => reply.header('X-Total-Count', '2').send({ ok: true });

async function main() {
  const config = process.env.CORS_CONFIG || 'documented';
  const fastify = Fastify();
  switch (config) {
    case 'documented':
      // "Usage": register the plugin with the options; it adds an onRequest hook and an OPTIONS * route.
      await fastify.register(cors, corsOptions);
      for (const url of ['/api/data', '/api/items']) fastify.route({ method: methods, url, handler: data });
      break;
    case 'per-route':
      // "Route-Level CORS Overrides": config.cors on each route, over the options given at registration.
      await fastify.register(cors, corsOptions);
      for (const url of ['/api/data', '/api/items']) {
        fastify.route({ method: methods, url, config: { cors: corsOptions }, handler: data });
      }
      fastify.get('/api/public', { config: { cors: publicOverride } }, data);
      break;
    case 'default':
      // "You can use it as is without passing any option".
      await fastify.register(cors);
      for (const url of ['/api/data', '/api/items']) fastify.route({ method: methods, url, handler: data });
      break;
    default:
      console.error(`unknown CORS_CONFIG '${config}' (documented, per-route, default)`);
      process.exit(2);
  }
  fastify.get('/health', async (req, reply) => reply.type('text/plain').send('ok'));

  const port = Number(process.env.PORT || 3000);
  await fastify.listen({ port, host: '127.0.0.1' });
  console.log(`fastify-cors/${config} on http://127.0.0.1:${port}`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
