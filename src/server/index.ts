/** Re-exports the HTTP adapter: the app factory, the listener, settings and the OpenAPI document. */
export { createApp, type AppDeps, type KgApp } from "./app.ts";
export {
  startServer,
  settingsFromEnv,
  checkExposure,
  type RunningServer,
  type StartOptions,
} from "./main.ts";
export {
  DEFAULT_SERVER_SETTINGS,
  resolveServerSettings,
  validateServerSettings,
  isLoopbackHost,
  type ServerSettings,
  type ServerSettingsInput,
} from "./settings.ts";
export { buildOpenApi, ROUTE_DOCS } from "./openapi.ts";
