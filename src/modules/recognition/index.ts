/** The recognition module's door: its routes, the background work the server starts and the notice job. */
export { recognitionRoutes } from './recognition.routes.ts';
export { drainRecognition, startRecognition } from './recognition-engine.ts';
export { queueGestureNotices, sendGestureNotice } from './gesture-notice-send.ts';
