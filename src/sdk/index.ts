/** Dev-only: drive the engine with the real AWS SDK for JavaScript v3 (see handler.ts and README). */
export { EngineHandler, type EngineHandlerOptions, type HandledCall } from './handler';
