/** The recognition module's door: its routes and the background work the server starts. */
export { recognitionRoutes } from './recognition.routes.ts';
export { drainRecognition, startRecognition } from './recognition-engine.ts';
