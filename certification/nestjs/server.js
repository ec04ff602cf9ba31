// NestJS on @nestjs/platform-express with app.enableCors(options), as the NestJS CORS docs tell users to
// (https://docs.nestjs.com/security/cors), for ../policy.yaml. Plain JavaScript: the decorators are applied with
// Reflect.decorate, so there is no build step.
// CORS_CONFIG picks the configuration: documented (default), per-route, default.
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { Controller, Delete, Get, Header, HttpCode, Module, Post, Put } from '@nestjs/common';

// ../policy.yaml in enableCors (CorsOptions, the express cors package's options) terms.
const corsOptions = {
  origin: ['https://app.localhost', 'http://localhost:5173', 'http://127.0.0.1:5173'],
  methods: ['GET', 'POST', 'PUT', 'DELETE'],
  allowedHeaders: ['Content-Type', 'Authorization', 'X-Request-Id'],
  exposedHeaders: ['X-Total-Count'],
  credentials: true,
  maxAge: 600,
};

// ../per-route-policy.yaml: /api/public overrides origin, methods and credentials.
const publicOptions = { ...corsOptions, origin: '*', methods: ['GET'], credentials: false };

class ApiController {
  read() { return { ok: true }; }
  create() { return { ok: true }; }
  replace() { return { ok: true }; }
  remove() { return { ok: true }; }
  readPublic() { return { ok: true }; }
}
class HealthController {
  health() { return 'ok'; }
}

const paths = ['data', 'items'];
const totalCount = Header('X-Total-Count', '2');
const decorate = (cls, method, ...decorators) =>
  Reflect.decorate(decorators, cls.prototype, method, Object.getOwnPropertyDescriptor(cls.prototype, method));
decorate(ApiController, 'read', Get(paths), totalCount);
decorate(ApiController, 'create', Post(paths), HttpCode(200), totalCount);
decorate(ApiController, 'replace', Put(paths), totalCount);
decorate(ApiController, 'remove', Delete(paths), totalCount);
decorate(HealthController, 'health', Get(), Header('Content-Type', 'text/plain'));

const config = process.env.CORS_CONFIG || 'documented';
if (config === 'per-route') decorate(ApiController, 'readPublic', Get('public'), totalCount);
Reflect.decorate([Controller('api')], ApiController);
Reflect.decorate([Controller('health')], HealthController);
class AppModule {}
Reflect.decorate([Module({ controllers: [ApiController, HealthController] })], AppModule);

const app = await NestFactory.create(AppModule, { logger: ['error', 'warn'] });
switch (config) {
  case 'documented':
    // "app.enableCors(options)": the options object is the cors package's.
    app.enableCors(corsOptions);
    break;
  case 'per-route':
    // "a callback function that lets you define the configuration object asynchronously based on the request".
    app.enableCors((req, callback) => callback(null, req.path === '/api/public' ? publicOptions : corsOptions));
    break;
  case 'default':
    // app.enableCors() with no options.
    app.enableCors();
    break;
  default:
    console.error(`unknown CORS_CONFIG '${config}' (documented, per-route, default)`);
    process.exit(2);
}
const port = Number(process.env.PORT || 3000);
await app.listen(port, '127.0.0.1');
console.log(`nestjs/${config} on http://127.0.0.1:${port}`);
